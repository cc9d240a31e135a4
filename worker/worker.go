package worker

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/machine"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/sdk"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

// Defaults of Config.
const (
	DefaultBatchWindow = 200 * time.Millisecond
	// DefaultQueueFactor is the queue a worker declares per slot unless Config.Queue says
	// otherwise: an upper bound. The scheduler fills it only as deep as the task's run
	// time calls for (about two seconds of work beyond the running slots: a deep queue for
	// tasks of milliseconds, none for tasks of minutes), and the pool counts it only once
	// the worker has proved it (the scheduler's Worker capacity).
	DefaultQueueFactor = 64
	// LegacyQueueFactor is the queue per slot a worker that did not set Config.Queue
	// declares to a scheduler that fills a queue as deep as declared (one without
	// api.Session.QueueByRunTime): the former default, so that tasks of minutes do not
	// pile up on it.
	LegacyQueueFactor   = 8
	DefaultPollWait     = 30 * time.Second
	DefaultRefusedRetry = time.Minute
	DefaultTxInFlight   = 4
	// DefaultOutputBytes caps a task's output folder when Config.OutputBytes is 0: the
	// largest object a store takes by default, since a result must be uploaded.
	DefaultOutputBytes = storage.DefaultMaxSize
)

// Config configures a Worker.
type Config struct {
	// Client signs as the worker: contributions, reveals, contributeAndFinalize.
	Client *sdk.Client
	// Key logs in to the scheduler; it must be the Client's account.
	Key *ecdsa.PrivateKey
	// SchedulerURL is the pool's scheduler ("http://host:port").
	SchedulerURL string
	// HTTPClient talks to the scheduler; nil: one of the worker's own, which keeps
	// enough idle connections for its concurrent calls (long poll, reports, heartbeat)
	// so that none has to open a new one.
	HTTPClient *http.Client
	// Store is where apps, datasets and inputs come from and results go.
	Store storage.Store
	// Executors run apps, by name ("wasm", "process"); an app's registered type picks
	// one (api.ExecutorOf).
	Executors map[string]executor.Executor
	// Slots is how many tasks run at once (default runtime.NumCPU()).
	Slots int
	// Queue is how many further tasks the worker holds at most, accepted and waiting for
	// a slot (declared to the scheduler as Capabilities.Queue); default DefaultQueueFactor
	// × Slots (LegacyQueueFactor × Slots to a scheduler without
	// api.Session.QueueByRunTime), negative for none. A queue keeps the slots busy across
	// the round trips to the scheduler and while results wait for their block, so results
	// come in runs that the chain goroutine contributes in one batched transaction per
	// deal. The scheduler sizes the queue it fills by the tasks' run times (deep for
	// tasks of milliseconds, none for tasks of minutes), within this bound.
	Queue int
	// StateDir holds the tasks' state (tasks/), kept results (results/) and work folders
	// (work/). One worker per folder.
	StateDir string
	// ScratchDir is where the tasks that fetch nothing (no dataset, no input file) get
	// their work folder (job.Runner.ScratchDir), emptied at start like StateDir/work.
	// Default: a folder on /dev/shm when it is a memory file system (tmpfs) with room
	// for Slots+1 outputs of OutputBytes, else none: every task's folder is in
	// StateDir/work. "-": none.
	ScratchDir string
	// MemoryBytes is the memory an app may use (0: the executor's ceiling) and
	// OutputBytes the most its output folder may hold (0: DefaultOutputBytes). The time
	// limit is the deal's category time (Deal.WorkClockTimeRef), the same for every worker
	// of a task.
	MemoryBytes uint64
	OutputBytes int64
	// GPUs is the number of GPUs declared to the scheduler, which gives the worker at
	// most that many GPU tasks (tag bit 8) at once; each runs with one GPU of its own,
	// GPUDevices[i] (default: device ids "0" … GPUs−1; machine.FindGPUs finds them).
	GPUs       int
	GPUDevices []string
	// TEE, when set, makes evidence from the TEE this worker runs in (attest.TDXProvider
	// inside a TDX confidential VM; attest.DevProvider, which proves nothing, for
	// development): with SMS, the worker declares a TEE and runs TEE deals (see
	// Confidential tasks). Its StateDir must be inside the TEE: it holds the tasks'
	// enclave keys.
	TEE attest.Provider
	// SMS is the secret management service that releases TEE tasks' secrets to their
	// enclaves; needed with TEE.
	SMS *smsapi.Client
	// Speed is the speed factor declared to the scheduler (api.Capabilities.Speed): how
	// fast this machine runs tasks against the reference machine (package machine). 0:
	// Run measures it at start with machine.Cached, kept in StateDir/machine.json and
	// measured again only for another benchmark version, Go version or machine (about
	// 2 s the first time). Set it to skip the measurement (`poco worker --speed F`; tests).
	Speed  float64
	Logger *slog.Logger
	// BatchWindow is the longest a result waits for others before one batched
	// transaction per deal is sent (default DefaultBatchWindow); it is sent sooner when
	// no other result is coming (no task running or waiting for a slot).
	BatchWindow time.Duration
	// TxInFlight is how many batch transactions may be waiting to be mined at once
	// (default DefaultTxInFlight): results (and reveal requests) that arrive while one is
	// being mined are sent without waiting for it, so they can go in the same next block.
	// 1 sends one at a time, as before: fewer and larger batches, so less gas per task,
	// at about a block more latency per step when blocks are slower than the work.
	TxInFlight int
	// PollWait is the long poll's wait (default DefaultPollWait, at most api.MaxWait).
	PollWait time.Duration
	// RefusedRetry is how long the worker waits before logging in again after the
	// scheduler refused it (403: not enough stake, not on the allow-list…); default
	// DefaultRefusedRetry.
	RefusedRetry time.Duration
	// OnTask, if set, receives the timing of each task run (benchmarks). It is called
	// with the worker's lock held: return quickly.
	OnTask func(TaskTiming)
	// Saboteur is a TESTING AID: it makes the worker lie like the saboteurs of
	// docs/trust.md, to test that the protocol catches them and makes them pay. Never set
	// it otherwise.
	Saboteur Saboteur
}

// Saboteur decides when a saboteur worker lies (a TESTING AID; see localnet for the
// strategies). A lying worker replaces the task's whole output by one file, result.txt,
// holding the lie, before the digest: the digest it commits and the result it uploads then
// agree, as a real cheater's would, so only other workers can expose it.
type Saboteur interface {
	// Assigned tells that worker was given task idx of deal.
	Assigned(worker common.Address, deal *sdk.Deal, idx uint64)
	// Lie is asked once the app ran: the bytes that replace the output, or nil to tell the
	// truth.
	Lie(ctx context.Context, worker common.Address, deal *sdk.Deal, idx uint64) []byte
}

// Liar is the Saboteur of a lone worker that always lies, each time its own way (`poco
// worker --faulty`, a TESTING AID).
type Liar struct{}

// Assigned does nothing: a lone liar needs no accomplices.
func (Liar) Assigned(common.Address, *sdk.Deal, uint64) {}

// Lie is always a lie of this worker's own.
func (Liar) Lie(_ context.Context, w common.Address, deal *sdk.Deal, idx uint64) []byte {
	return fmt.Appendf(nil, "a lie by %s on task %s\n", w.Hex(), deal.TaskID(idx).Hex())
}

// Worker is the worker daemon: see the package documentation.
type Worker struct {
	cfg     Config
	addr    common.Address
	log     *slog.Logger
	api     *api.Client
	state   *stateStore
	runners map[string]*job.Runner
	results *job.Runner // any runner: they share ResultDir, for Upload and Drop
	workDir string
	scratch string // job.Runner.ScratchDir ("": none)
	appDir  string // verified app modules (job.Runner.AppCache)
	caps    api.Capabilities
	// queueDefault: Config.Queue was not set (see declared).
	queueDefault bool
	slots        chan struct{}
	gpus         chan string // free GPU device ids

	running atomic.Bool
	runCtx  context.Context // Run's context, for goroutines started from callbacks
	wg      sync.WaitGroup

	cache chainCache // immutable chain reads: verified deals, apps, datasets

	mu      sync.Mutex
	tasks   map[common.Hash]*task
	session api.Session
	// pollSeq numbers the requests for work, from 1; dropped holds the tasks this
	// worker forgot (finished, given up, canceled) whose jobs the scheduler may still
	// send: 0 while a report of the task is still queued, else the pollSeq of the
	// request outstanding when the last one was delivered. A job for such a task comes
	// from a scheduler that had not read that report when it answered, and is not run
	// again (see accept).
	pollSeq uint64
	dropped map[common.Hash]uint64

	chainMu   sync.Mutex
	chainOps  []*chainOp
	chainWake chan struct{}
	sizer     sdk.BatchSizer // batch sizes by the gas batches used (chain.go)

	reportMu   sync.Mutex
	reportQ    []api.Report
	reportWake chan struct{}

	// resultsKept: a replicated task's result was kept as a file in StateDir/results
	// since the last syncState, whose rename is on disk only once that folder is synced.
	resultsKept atomic.Bool
}

// task is a task the worker holds; rec is saved at every change.
type task struct {
	id  common.Hash
	rec *record
	// cancel stops the task's run (set while its goroutine runs).
	cancel context.CancelFunc
	// queued: a transaction for it is waiting in the chain goroutine or being sent.
	queued bool
	// uploading: an upload goroutine runs for it.
	uploading bool
	// reported is the last progress step queued for the scheduler (reportProgressLocked).
	reported api.Step
}

// TaskTiming is how long a task took on the worker: Total from reading the job's app
// and dataset on chain to the result packed (chain reads, fetches, checksum checks, the
// run, the digest, the result tar), App the app's own run (the executor's).
type TaskTiming struct {
	Task       common.Hash
	Total, App time.Duration
}

// New checks cfg and prepares the state folder; Run starts the worker.
func New(cfg Config) (*Worker, error) {
	switch {
	case cfg.Client == nil || !cfg.Client.CanSign():
		return nil, errors.New("worker: needs an sdk.Client that signs as the worker")
	case cfg.Key == nil:
		return nil, errors.New("worker: needs the worker's key to log in to the scheduler")
	case crypto.PubkeyToAddress(cfg.Key.PublicKey) != cfg.Client.Address():
		return nil, fmt.Errorf("worker: the login key is %s's but the chain client signs as %s: use one account",
			crypto.PubkeyToAddress(cfg.Key.PublicKey).Hex(), cfg.Client.Address().Hex())
	case cfg.SchedulerURL == "":
		return nil, errors.New("worker: no scheduler URL")
	case cfg.Store == nil:
		return nil, errors.New("worker: no store")
	case len(cfg.Executors) == 0:
		return nil, errors.New("worker: no executor")
	case cfg.StateDir == "":
		return nil, errors.New("worker: no state folder")
	}
	if cfg.Slots <= 0 {
		cfg.Slots = runtime.NumCPU()
	}
	if cfg.GPUs < 0 {
		return nil, errors.New("worker: a negative number of GPUs")
	}
	if cfg.Speed < 0 || math.IsNaN(cfg.Speed) || math.IsInf(cfg.Speed, 0) {
		return nil, fmt.Errorf("worker: speed factor %v: want a positive factor (1: the reference machine), or 0 to measure it", cfg.Speed)
	}
	if len(cfg.GPUDevices) > 0 && len(cfg.GPUDevices) != cfg.GPUs {
		return nil, fmt.Errorf("worker: %d GPUs declared but %d GPU device ids given", cfg.GPUs, len(cfg.GPUDevices))
	}
	queueDefault := cfg.Queue == 0
	switch {
	case cfg.Queue == 0:
		cfg.Queue = DefaultQueueFactor * cfg.Slots
	case cfg.Queue < 0:
		cfg.Queue = 0
	}
	if cfg.BatchWindow <= 0 {
		cfg.BatchWindow = DefaultBatchWindow
	}
	if cfg.PollWait <= 0 {
		cfg.PollWait = DefaultPollWait
	}
	if cfg.TxInFlight <= 0 {
		cfg.TxInFlight = DefaultTxInFlight
	}
	cfg.PollWait = min(cfg.PollWait, api.MaxWait)
	if cfg.OutputBytes <= 0 {
		cfg.OutputBytes = DefaultOutputBytes
	}
	if cfg.RefusedRetry <= 0 {
		cfg.RefusedRetry = DefaultRefusedRetry
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	w := &Worker{
		cfg: cfg, addr: cfg.Client.Address(), queueDefault: queueDefault,
		api:     api.NewClient(cfg.SchedulerURL, httpClient(cfg.HTTPClient)),
		state:   &stateStore{dir: filepath.Join(cfg.StateDir, "tasks")},
		runners: map[string]*job.Runner{},
		workDir: filepath.Join(cfg.StateDir, "work"),
		appDir:  filepath.Join(cfg.StateDir, "apps"),
		slots:   make(chan struct{}, cfg.Slots),
		tasks:   map[common.Hash]*task{}, chainWake: make(chan struct{}, 1), reportWake: make(chan struct{}, 1),
		pollSeq: 1, dropped: map[common.Hash]uint64{},
	}
	w.log = cfg.Logger.With("worker", w.addr.Hex())
	w.scratch = scratchDir(cfg)
	w.gpus = make(chan string, cfg.GPUs)
	for _, id := range gpuIDs(cfg) {
		w.gpus <- id
	}
	for _, d := range []string{w.state.dir, w.workDir, w.appDir, filepath.Join(cfg.StateDir, "results")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("worker: state folder: %w", err)
		}
	}
	var names []string
	for name, ex := range cfg.Executors {
		if ex == nil {
			return nil, fmt.Errorf("worker: executor %q is nil", name)
		}
		w.runners[name] = &job.Runner{Store: cfg.Store, Executor: ex, WorkDir: w.workDir, ScratchDir: w.scratch, ScratchRoom: w.scratchRoom,
			ResultDir: filepath.Join(cfg.StateDir, "results"), InlineResultBytes: inlineResultBytes, AppCache: w.appDir}
		names = append(names, name)
	}
	slices.Sort(names)
	w.results = w.runners[names[0]]
	w.caps = api.Capabilities{Cores: runtime.NumCPU(), Slots: cfg.Slots, Queue: cfg.Queue, MemoryMB: int64(cfg.MemoryBytes >> 20),
		GPUs: cfg.GPUs, TEE: cfg.TEE != nil && cfg.SMS != nil, Executors: names, Speed: cfg.Speed}
	switch {
	case cfg.TEE != nil && cfg.SMS == nil:
		w.log.Warn("a TEE attestation provider but no SMS: the worker declares no TEE (TEE deals need the SMS's secrets)")
	case cfg.TEE != nil && cfg.TEE.Format() == attest.FormatDev:
		w.log.Warn("DEVELOPMENT attestation: this worker's evidence proves nothing, and only an SMS started with --insecure-dev-attestation accepts it; never use it with real secrets",
			"sms", cfg.SMS.URL())
	case cfg.TEE != nil:
		w.log.Info("TEE worker", "evidence", cfg.TEE.Format(), "sms", cfg.SMS.URL())
	}
	return w, nil
}

// httpClient is c, or when nil the worker's own client: http.DefaultTransport's settings
// but for the idle connections kept per host (2 by default). The worker's report loop,
// long poll, heartbeat and enclave requests go to the scheduler at once; with 2 idle
// connections for them (and for every other client in the process sharing the default
// transport) a report often found none free and opened a connection of its own: 148
// connections for 200 tasks of a bench run with 8 workers in one process.
func httpClient(c *http.Client) *http.Client {
	if c != nil {
		return c
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 8
	return &http.Client{Transport: t}
}

// inlineResultBytes is the largest result tar kept in the task's record (record.Result)
// rather than in StateDir/results: the record is written at the computed step anyway,
// so a small result costs no file of its own (no create, sync, rename, read back and
// removal per task).
const inlineResultBytes = 64 << 10

// Address is the worker's account.
func (w *Worker) Address() common.Address { return w.addr }

// declared is what the worker declares to the scheduler of session s: its Capabilities,
// with the queue of a worker that did not set Config.Queue lowered to LegacyQueueFactor
// per slot when s does not say the scheduler sizes queues by run time.
func (w *Worker) declared(s api.Session) api.Capabilities {
	c := w.Capabilities()
	if w.queueDefault && !s.QueueByRunTime {
		c.Queue = LegacyQueueFactor * c.Slots
	}
	return c
}

// Capabilities is what the worker declares to the scheduler. Its Speed is 0 until Run
// measured it, when Config.Speed is 0.
func (w *Worker) Capabilities() api.Capabilities {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.caps
}

// machineFile is where the worker keeps its benchmark result (machine.Cached).
const machineFile = "machine.json"

// measureSpeed sets the declared speed factor from the machine benchmark when
// Config.Speed does not give one. A benchmark that fails leaves it unknown (0: the
// scheduler counts 1).
func (w *Worker) measureSpeed(ctx context.Context) {
	if w.cfg.Speed > 0 {
		w.warnIfTooSlow(w.cfg.Speed)
		return
	}
	r, cached, err := machine.Cached(ctx, filepath.Join(w.cfg.StateDir, machineFile))
	if err != nil {
		if ctx.Err() == nil {
			w.log.Warn("the machine benchmark failed: declaring no speed factor (the scheduler counts 1); --speed F sets one", "err", err)
		}
		return
	}
	w.mu.Lock()
	w.caps.Speed = r.Factor
	w.mu.Unlock()
	how := "measured"
	if cached {
		how = "cached"
	}
	w.log.Info("speed factor against the reference machine", "factor", r.Factor, "benchmark", r.Benchmark, "how", how,
		"parts", r.String(), "cache", filepath.Join(w.cfg.StateDir, machineFile))
	w.warnIfTooSlow(r.Factor)
}

// warnIfTooSlow says when a speed factor is too low for any task (plan.MinSpeed): the
// scheduler gives such a worker no task and does not offer its slots, since at that speed
// a task of any category would end after its contribution deadline.
func (w *Worker) warnIfTooSlow(factor float64) {
	if factor > plan.MinSpeed {
		return
	}
	w.log.Warn("this machine is too slow for any task: schedulers give it none, since a task would end after its contribution deadline",
		"factor", factor, "needs", fmt.Sprintf("above %.3f", plan.MinSpeed))
}

// Run runs the worker until ctx is done, then returns nil once its goroutines stopped
// (transactions in flight are abandoned: their tasks' state says what to do on the next
// start). It fails at once only if the state folder cannot be read.
func (w *Worker) Run(ctx context.Context) error {
	if !w.running.CompareAndSwap(false, true) {
		return errors.New("worker: already running")
	}
	defer w.running.Store(false)
	ctx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
		w.wg.Wait()
		if w.scratch != "" {
			os.Remove(w.scratch) // when empty: a stopped worker leaves no folder in memory
		}
	}()
	w.runCtx = ctx
	// A Run after an earlier one starts from the state folder only.
	w.mu.Lock()
	w.tasks = map[common.Hash]*task{}
	w.dropped = map[common.Hash]uint64{}
	w.mu.Unlock()
	w.chainMu.Lock()
	w.chainOps = nil
	w.chainMu.Unlock()

	// Work folders are only used during a run: whatever is there is a leftover. So are
	// the app cache's temporary files (".app-*": a write cut short).
	for _, dir := range []string{w.workDir, w.scratch} {
		if dir == "" {
			continue
		}
		if ents, err := os.ReadDir(dir); err == nil {
			for _, e := range ents {
				os.RemoveAll(filepath.Join(dir, e.Name()))
			}
		}
	}
	if w.scratch != "" {
		if err := os.MkdirAll(w.scratch, 0o700); err != nil {
			if w.cfg.ScratchDir != "" {
				return fmt.Errorf("worker: scratch folder: %w", err)
			}
			w.log.Warn("cannot make the scratch folder in memory: every task's work folder is in the state folder", "err", err)
			w.scratch = ""
			for _, r := range w.runners {
				r.ScratchDir = ""
			}
		}
	}
	if ents, err := os.ReadDir(w.appDir); err == nil {
		for _, e := range ents {
			if strings.HasPrefix(e.Name(), ".") {
				os.RemoveAll(filepath.Join(w.appDir, e.Name()))
			}
		}
	}
	recs, bad, err := w.state.load()
	if err != nil {
		return err
	}
	for _, err := range bad {
		w.log.Error("task state", "err", err)
	}
	w.measureSpeed(ctx) // before the first registration, which declares it

	w.start(ctx, w.chainLoop)
	w.start(ctx, w.reportLoop)
	w.start(ctx, w.gcLoop)
	w.resume(ctx, recs)
	w.sessionLoop(ctx)
	return nil
}

// start runs f in a goroutine Run waits for.
func (w *Worker) start(ctx context.Context, f func(context.Context)) {
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		f(ctx)
	}()
}

// resume picks up the tasks found in the state folder.
func (w *Worker) resume(ctx context.Context, recs map[common.Hash]*record) {
	if len(recs) > 0 {
		w.log.Info("resuming tasks from the state folder", "tasks", len(recs))
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for id, rec := range recs {
		t := &task{id: id, rec: rec}
		w.tasks[id] = t
		log := w.log.With("task", id.Hex(), "phase", rec.Phase)
		switch rec.Phase {
		case PhaseRunning:
			log.Info("running the task again: it was running when the worker stopped")
			w.startRun(ctx, t)
		case PhaseComputed:
			if w.resultMissing(t) {
				log.Warn("the kept result is missing: running the task again")
				rec.Phase = PhaseRunning
				w.saveLocked(t)
				w.startRun(ctx, t)
				continue
			}
			log.Info("contributing the result computed before the restart")
			w.reportProgressLocked(t)
			w.afterComputeLocked(ctx, t)
		case PhaseContributed:
			w.reportProgressLocked(t)
			if rec.RevealAsked {
				w.enqueueLocked(t, opReveal)
			}
		case PhaseRevealed:
			w.reportProgressLocked(t)
			if rec.UploadAsked && !rec.Uploaded {
				w.startUpload(ctx, t)
			}
		default:
			log.Error("unknown phase: dropping the task")
			w.dropLocked(t)
		}
	}
}

// resultMissing reports whether a computed task's result, which it still needs, is not
// kept: neither in its record (record.Result) nor in StateDir/results. A trust-1 task
// whose result is uploaded needs it no more (contributeAndFinalize carries the results
// field, in the record).
func (w *Worker) resultMissing(t *task) bool {
	if t.rec.Result != nil || (t.rec.Job.Finalize && t.rec.Uploaded) {
		return false
	}
	_, err := os.Stat(w.results.ResultPath(t.id))
	return err != nil
}

// ───────────────────────────── session ─────────────────────────────

// sessionLoop logs in, registers and serves work, again after every failure, until ctx
// is done.
func (w *Worker) sessionLoop(ctx context.Context) {
	backoff := time.Second
	for ctx.Err() == nil {
		s, err := w.api.Login(ctx, w.cfg.Key)
		var caps api.Capabilities
		if err == nil {
			caps = w.declared(s)
			err = w.api.Register(ctx, caps)
		}
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			if se := refusal(err); se != nil {
				w.log.Error("the scheduler refuses this worker; trying again later", "scheduler", w.cfg.SchedulerURL,
					"reason", se.Message, "status", se.Status, "retry", w.cfg.RefusedRetry)
				sleep(ctx, w.cfg.RefusedRetry)
				continue
			}
			w.log.Warn("cannot log in to the scheduler; trying again", "err", err, "retry", backoff)
			sleep(ctx, backoff)
			backoff = min(2*backoff, 30*time.Second)
			continue
		}
		if err := w.checkSession(s); err != nil {
			w.log.Error("this scheduler is not on the worker's chain; trying again later", "scheduler", w.cfg.SchedulerURL,
				"err", err, "retry", w.cfg.RefusedRetry)
			sleep(ctx, w.cfg.RefusedRetry)
			continue
		}
		backoff = time.Second
		w.mu.Lock()
		w.session = s
		w.mu.Unlock()
		w.log.Info("logged in", "scheduler", w.cfg.SchedulerURL, "workerpool", s.Workerpool.Hex(),
			"slots", caps.Slots, "queue", caps.Queue, "executors", caps.Executors, "speed", caps.Speed)
		w.wakeReports()
		w.serve(ctx, s)
	}
}

// refusal returns the scheduler's answer when err is a refusal that waiting a moment will
// not change (403 not enough stake or not allowed, 400, 404…), nil otherwise (network
// errors, 5xx, and 401, 408, 409, 429, which another try may pass).
func refusal(err error) *api.StatusError {
	var se *api.StatusError
	if !errors.As(err, &se) || se.Status < 400 || se.Status >= 500 {
		return nil
	}
	switch se.Status {
	case http.StatusUnauthorized, http.StatusRequestTimeout, http.StatusConflict, http.StatusTooManyRequests:
		return nil
	}
	return se
}

// checkSession checks that the scheduler works on the worker's chain and hub (when it
// says which).
func (w *Worker) checkSession(s api.Session) error {
	c := w.cfg.Client
	if s.ChainID != 0 && (!c.ChainID().IsUint64() || s.ChainID != c.ChainID().Uint64()) {
		return fmt.Errorf("the scheduler is on chain %d, the worker on chain %s", s.ChainID, c.ChainID())
	}
	if s.Hub != (common.Address{}) && s.Hub != c.Hub() {
		return fmt.Errorf("the scheduler uses hub %s, the worker hub %s", s.Hub.Hex(), c.Hub().Hex())
	}
	return nil
}

// serve heartbeats and long-polls for work until ctx is done or the session is lost.
func (w *Worker) serve(ctx context.Context, s api.Session) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	interval := time.Duration(s.HeartbeatInterval)
	if interval <= 0 {
		interval = 10 * time.Second
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-sctx.Done():
				return
			case <-t.C:
				err := w.api.Heartbeat(sctx)
				if err != nil && sctx.Err() == nil {
					w.log.Warn("heartbeat failed", "err", err)
					if api.IsStatus(err, http.StatusUnauthorized) || api.IsStatus(err, http.StatusConflict) {
						cancel() // the session is gone: log in and register again
					}
				}
			}
		}
	}()
	fails := 0
	first := true // the session's first answer repeats the jobs held (ResendsHeld)
	for sctx.Err() == nil {
		asked := time.Now()
		seq := w.nextPoll()
		work, err := w.api.Work(sctx, w.cfg.PollWait)
		if err != nil {
			if sctx.Err() != nil {
				return
			}
			if api.IsStatus(err, http.StatusUnauthorized) || api.IsStatus(err, http.StatusForbidden) ||
				api.IsStatus(err, http.StatusConflict) { // 409: not registered in this session
				w.log.Warn("the scheduler ended the session; logging in again", "err", err)
				return
			}
			fails++
			wait := min(time.Duration(fails)*time.Second, 30*time.Second)
			w.log.Warn("asking for work failed", "err", err, "retry", wait)
			sleep(sctx, wait)
			continue
		}
		fails = 0
		if work.Empty() {
			first = false
			continue
		}
		news := w.handle(ctx, work, seq)
		if !news && !first && time.Since(asked) < w.cfg.PollWait/2 {
			// Nothing new, and at once: work given again before our reports arrived. Do
			// not spin. (A poll that waited its time out repeats the jobs still queued
			// here, which is no reason to stop listening for new work.)
			sleep(sctx, time.Second)
		}
		first = false
	}
}

// nextPoll numbers a new request for work (one at a time) and forgets the dropped tasks
// whose last report was delivered before an earlier request: this one's answer cannot
// hold them unknowingly.
func (w *Worker) nextPoll() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pollSeq++
	for id, at := range w.dropped {
		if at != 0 && at < w.pollSeq {
			delete(w.dropped, id)
		}
	}
	return w.pollSeq
}

// handle acts on work; it reports whether any of it was new.
func (w *Worker) handle(ctx context.Context, work api.Work, seq uint64) bool {
	news := false
	for _, id := range work.Cancel {
		if w.cancelTask(id) {
			news = true
		}
	}
	var accepted []*task
	for _, j := range work.Jobs {
		isNew, t := w.accept(j, seq)
		if isNew {
			news = true
		}
		if t != nil {
			accepted = append(accepted, t)
		}
	}
	if len(accepted) > 0 {
		// The new tasks' records on disk before they start (one folder sync for all):
		// a scheduler without ResendsHeld does not give a job again once its start is
		// reported (with it, the records were not synced and this does nothing).
		w.syncState()
		w.mu.Lock()
		for _, t := range accepted {
			if w.currentLocked(t) && t.cancel == nil {
				w.startRun(ctx, t)
			}
		}
		w.mu.Unlock()
	}
	for _, r := range work.Reveals {
		if w.reveal(ctx, r) {
			news = true
		}
	}
	return news
}

// accept takes a job: a new task is saved and returned, for the caller to start; a known
// one is reported again. It reports whether the job was new.
func (w *Worker) accept(j api.Job, seq uint64) (bool, *task) {
	if j.Deal == nil {
		w.log.Warn("the scheduler sent a job without its deal: ignored", "task", j.TaskID.Hex())
		return false, nil
	}
	id := j.Deal.TaskID(j.Index)
	if id != j.TaskID {
		w.log.Warn("the scheduler sent a job whose task id is not its deal's task", "task", j.TaskID.Hex(), "deal", j.Deal.ID.Hex(), "index", j.Index)
		w.report(api.Report{TaskID: j.TaskID, Step: api.StepFailed,
			Error: fmt.Sprintf("task id %s is not task %d of deal %s (%s)", j.TaskID.Hex(), j.Index, j.Deal.ID.Hex(), id.Hex())})
		return true, nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if t, ok := w.tasks[id]; ok {
		w.reportProgressLocked(t)
		return false, nil
	}
	if at, ok := w.dropped[id]; ok {
		if at == 0 || seq <= at {
			// Done here, and the scheduler answered before reading the report that
			// says so: running it again would only be refused by the chain.
			return false, nil
		}
		delete(w.dropped, id) // given again knowingly: a new assignment
	}
	if pool := w.session.Workerpool; pool != (common.Address{}) && j.Deal.Workerpool != pool {
		w.reportLocked(api.Report{TaskID: id, Step: api.StepFailed,
			Error: fmt.Sprintf("deal %s is in workerpool %s, not this scheduler's %s", j.Deal.ID.Hex(), j.Deal.Workerpool.Hex(), pool.Hex())})
		return true, nil
	}
	t := &task{id: id, rec: &record{Job: j, Phase: PhaseRunning}}
	// A scheduler with ResendsHeld gives this job again in the next session, whatever
	// happens to this process or machine: the accepted record would add nothing, so it
	// is not written (the first durable save, if any, holds the whole job). Without it,
	// the record is on disk before the task starts (see saveDurableLocked).
	if !w.session.ResendsHeld {
		if err := w.state.save(id, t.rec); err != nil {
			w.log.Error("cannot save a new task: refusing it", "task", id.Hex(), "err", err)
			w.reportLocked(api.Report{TaskID: id, Step: api.StepFailed, Error: "the worker cannot save its state: " + err.Error()})
			return true, nil
		}
	}
	w.tasks[id] = t
	if w.cfg.Saboteur != nil {
		w.cfg.Saboteur.Assigned(w.addr, j.Deal, j.Index)
	}
	w.log.Info("task accepted", "task", id.Hex(), "deal", j.Deal.ID.Hex(), "index", j.Index, "finalize", j.Finalize)
	return true, t
}

// cancelTask stops and forgets a task.
func (w *Worker) cancelTask(id common.Hash) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	t, ok := w.tasks[id]
	if !ok {
		return false
	}
	w.log.Info("task canceled by the scheduler", "task", id.Hex(), "phase", t.rec.Phase)
	w.dropLocked(t)
	return true
}

// dropLocked forgets t: stops its run, deletes its state and kept result. Pending
// transactions for it are skipped.
func (w *Worker) dropLocked(t *task) {
	if t.cancel != nil {
		t.cancel()
	}
	delete(w.tasks, t.id)
	w.dropped[t.id] = 0
	if !w.reportQueued(t.id) {
		w.dropped[t.id] = w.pollSeq
	}
	if err := w.state.remove(t.id); err != nil {
		w.log.Error("dropping a task", "task", t.id.Hex(), "err", err)
	}
	if t.rec.Result == nil { // a result kept in the record went with it
		if err := w.results.Drop(t.id); err != nil {
			w.log.Error("dropping a task", "task", t.id.Hex(), "err", err)
		}
	}
	w.wakeChain() // one result fewer to wait for in the batch
}

// failLocked reports that the worker gives t up and forgets it.
func (w *Worker) failLocked(t *task, msg string) {
	w.log.Warn("giving the task up", "task", t.id.Hex(), "phase", t.rec.Phase, "reason", msg)
	w.reportLocked(api.Report{TaskID: t.id, Step: api.StepFailed, Error: msg})
	w.dropLocked(t)
}

// saveLocked writes t's state without syncing it (stateStore.note), for the steps a
// restart recovers from the chain or the scheduler if the save is lost in a crash: the
// contribution or reveal mined (sent again, the contract refuses it, the chain shows it
// done), the reveal asked (the scheduler asks again), the upload done (uploading twice is
// harmless), the count of failed tries. A failure is logged (the task goes on in memory).
func (w *Worker) saveLocked(t *task) {
	if err := w.state.note(t.id, t.rec); err != nil {
		w.log.Error("saving task state", "task", t.id.Hex(), "err", err)
	}
}

// saveDurableLocked writes t's state durably (stateStore.save), for the steps whose loss
// would lose work or funds: the task accepted (a scheduler without
// api.Session.ResendsHeld does not give it again once started; one with it gives it again
// in the next session, so the accepted record is then not written at all), the result of a replicated task computed (its digest, and the result when
// kept in the record, must be on disk before it is contributed: a contribution the
// worker cannot reveal loses its stake), a TEE task's enclave authorization. The folder
// is synced (syncState) before the accepted tasks start (once per answer of the
// scheduler) and before contributions are sent (once per batch), so a group of saves
// costs one folder sync.
func (w *Worker) saveDurableLocked(t *task) {
	if err := w.state.save(t.id, t.rec); err != nil {
		w.log.Error("saving task state", "task", t.id.Hex(), "err", err)
	}
}

// syncState puts the durable saves made so far on disk, and the result files kept
// since the last call (resultsKept); see saveDurableLocked.
func (w *Worker) syncState() error {
	err := w.state.syncDir()
	if err == nil && w.resultsKept.Swap(false) {
		if err = atomicfile.SyncDir(w.results.ResultDir); err != nil {
			w.resultsKept.Store(true)
		}
	}
	if err != nil {
		w.log.Error("syncing the state folder", "err", err)
	}
	return err
}

// current returns the task if the worker still holds it as t (not dropped meanwhile).
func (w *Worker) currentLocked(t *task) bool { return w.tasks[t.id] == t }

// progress is the report of the last step the task reached.
func (t *task) progress() api.Report {
	r := api.Report{TaskID: t.id}
	switch t.rec.Phase {
	case PhaseRunning:
		r.Step = api.StepStarted
	case PhaseComputed:
		d := t.rec.Digest
		r.Step, r.Digest, r.Code = api.StepComputed, &d, t.rec.Code
	case PhaseContributed:
		d := t.rec.Digest
		r.Step, r.Digest, r.Tx = api.StepContributed, &d, txPtr(t.rec.ContributeTx)
	case PhaseRevealed:
		if t.rec.Uploaded {
			r.Step, r.Results, r.Callback = api.StepUploaded, t.rec.Results, t.rec.Callback
		} else {
			r.Step, r.Tx = api.StepRevealed, txPtr(t.rec.RevealTx)
		}
	}
	return r
}

// txPtr is &h, or nil for the zero hash (a transaction not at hand).
func txPtr(h common.Hash) *common.Hash {
	if h == (common.Hash{}) {
		return nil
	}
	return &h
}

// ───────────────────────────── reveal and upload ─────────────────────────────

// reveal acts on a reveal request; it reports whether it was new.
func (w *Worker) reveal(ctx context.Context, r api.Reveal) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	t, ok := w.tasks[r.TaskID]
	if !ok {
		w.reportLocked(api.Report{TaskID: r.TaskID, Step: api.StepFailed,
			Error: "this worker holds no contribution for the task (its state was lost or dropped): it cannot reveal"})
		return true
	}
	news := false
	if (r.Upload && !t.rec.UploadAsked) || !t.rec.RevealAsked || (len(t.rec.Permit) == 0 && len(r.Permit) > 0) {
		t.rec.UploadAsked = t.rec.UploadAsked || r.Upload
		t.rec.RevealAsked = true
		if len(t.rec.Permit) == 0 {
			t.rec.Permit = r.Permit
		}
		w.saveLocked(t)
		news = true
	}
	switch t.rec.Phase {
	case PhaseRunning, PhaseComputed:
		// The contribution is not recorded yet (the scheduler saw it on chain first): the
		// reveal follows it (see done).
	case PhaseContributed:
		if !t.queued {
			w.log.Info("revealing", "task", t.id.Hex(), "upload", t.rec.UploadAsked)
			w.enqueueLocked(t, opReveal)
			news = true
		}
	case PhaseRevealed:
		w.reportProgressLocked(t)
		if t.rec.UploadAsked && !t.rec.Uploaded && !t.uploading {
			w.startUpload(ctx, t)
			news = true
		}
	}
	return news
}

// startUpload uploads t's kept result after its reveal, and reports it.
func (w *Worker) startUpload(ctx context.Context, t *task) {
	w.uploadThen(ctx, t, func(err error) {
		if err != nil {
			w.log.Error("cannot upload the result", "task", t.id.Hex(), "err", err)
			w.reportLocked(api.Report{TaskID: t.id, Step: api.StepFailed, Error: "cannot upload the result: " + err.Error()})
			return
		}
		w.log.Info("result uploaded", "task", t.id.Hex(), "results", string(t.rec.Results))
		w.reportProgressLocked(t)
	})
}

// uploadThen uploads t's kept result in the background; then, with the worker's lock held
// and only if t is still current and the worker running, it records a success
// (rec.Uploaded, saved) and calls then with the upload's error.
func (w *Worker) uploadThen(ctx context.Context, t *task, then func(error)) {
	t.uploading = true
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		err := w.upload(ctx, t)
		w.mu.Lock()
		defer w.mu.Unlock()
		t.uploading = false
		if !w.currentLocked(t) || ctx.Err() != nil {
			return
		}
		if err == nil {
			t.rec.Uploaded = true
			if !t.rec.Job.Finalize {
				// A trust-1 task's steps before its contributeAndFinalize is mined are
				// not saved (see runTask).
				w.saveLocked(t)
			}
		}
		then(err)
	}()
}

// upload puts t's kept result in the store, retrying while the store fails, for at most
// about five minutes; a result that is not kept any more fails at once.
func (w *Worker) upload(ctx context.Context, t *task) error {
	w.mu.Lock()
	results, kept := t.rec.Results, t.rec.Result
	w.mu.Unlock()
	want, err := storage.ParseResult(results)
	if err != nil {
		return err
	}
	backoff := time.Second
	for attempt := 1; ; attempt++ {
		c, err := w.results.UploadResult(ctx, t.id, kept)
		switch {
		case err == nil && !c.Equals(want):
			return fmt.Errorf("the kept result is %s, but the contribution named %s", c, want)
		case err == nil:
			return nil
		case errors.Is(err, job.ErrNoResult), ctx.Err() != nil, attempt >= 10:
			return err
		}
		w.log.Warn("upload failed; trying again", "task", t.id.Hex(), "err", err, "retry", backoff)
		sleep(ctx, backoff)
		backoff = min(2*backoff, time.Minute)
	}
}

// ───────────────────────────── garbage collection ─────────────────────────────

// gcLoop forgets tasks whose deal is past its final deadline (nothing can change on
// chain for them any more), by the chain's clock, every minute.
func (w *Worker) gcLoop(ctx context.Context) {
	for {
		now, err := w.cfg.Client.ChainTime(ctx)
		if err != nil {
			now = time.Now()
		}
		w.mu.Lock()
		for _, t := range w.tasks {
			if d := t.rec.Job.Deal; now.After(d.FinalDeadline()) {
				w.log.Info("forgetting a task past its deal's final deadline", "task", t.id.Hex(), "phase", t.rec.Phase)
				w.dropLocked(t)
			}
		}
		w.mu.Unlock()
		if !sleep(ctx, time.Minute) {
			return
		}
	}
}

// sleep waits d or until ctx is done; it reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
