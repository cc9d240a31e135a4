package worker

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/conformance"
	"github.com/pocolabs/poco/executor/wasm"
	"github.com/pocolabs/poco/machine"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/result"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

var bg = context.Background()

// cacheDir is a wasm compilation cache shared by every worker of the test binary.
var cacheDir string

func TestMain(m *testing.M) {
	cacheDir, _ = os.MkdirTemp("", "poco-worker-cache-")
	code := m.Run()
	conformance.Cleanup()
	os.RemoveAll(cacheDir)
	os.Exit(code)
}

// must returns v, or panics (failing the test binary, with the stack) when err is set.
// Only for the test's own goroutine.
func must[T any](v T, err error) T {
	if err != nil {
		panic("unexpected error: " + err.Error())
	}
	return v
}

// testEnv is a chain with the protocol deployed, the hello app registered and stored, a
// store, and a fake scheduler for the fixture's pool.
type testEnv struct {
	t     *testing.T
	e     *pocotest.Env
	store *storage.DirStore
	sched *fakeScheduler
	url   string

	dev, pool, req *sdk.Client // app owner, scheduler (pool owner), requester
	mineMu         sync.Mutex
	hello          common.Address
	input          []byte
	inputLoc       string
}

func newEnv(t *testing.T, workers int, chainOpts ...chaintest.Option) *testEnv {
	t.Helper()
	e := pocotest.New(t, pocotest.Options{Workers: workers, Chain: chainOpts})
	te := &testEnv{t: t, e: e, input: []byte("one\ntwo\nthree\n")}
	te.store = must(storage.Dir(t.TempDir()))
	te.dev, te.pool, te.req = te.client(e.AppOwner), te.client(e.PoolOwner), te.client(e.Requester)
	var srv *httptest.Server
	te.sched, srv = newFakeScheduler(t, e.Pool, e.PoolOwner.Key)
	te.url = srv.URL
	te.sched.hub, te.sched.chainID = e.D.Hub, e.ChainID.Uint64()
	te.inputLoc = te.put(te.input)
	te.hello = te.createApp("hello", "WASM", readApp(t, conformance.HelloPkg))
	return te
}

// client is an SDK client signing as acc, mining every transaction.
func (te *testEnv) client(acc *chaintest.Account) *sdk.Client {
	te.t.Helper()
	// The simulated chain's Commit is not safe for concurrent use: one at a time.
	mine := func() {
		te.mineMu.Lock()
		defer te.mineMu.Unlock()
		te.e.Commit()
	}
	return must(sdk.New(bg, te.e.Client, te.e.D.Hub, sdk.WithKey(acc.Key), sdk.WithMiner(mine),
		sdk.WithPollInterval(5*time.Millisecond), sdk.WithReceiptTimeout(20*time.Second)))
}

func (te *testEnv) put(data []byte) string {
	te.t.Helper()
	c, _, err := te.store.Put(bg, bytes.NewReader(data))
	if err != nil {
		te.t.Fatal(err)
	}
	return storage.Location(c)
}

func readApp(t *testing.T, pkg string) []byte {
	t.Helper()
	return must(os.ReadFile(conformance.BuildGo(t, pkg, "wasip1", "wasm")))
}

// createApp stores code and registers it as an app of type typ.
func (te *testEnv) createApp(name, typ string, code []byte) common.Address {
	te.t.Helper()
	return must(te.dev.CreateApp(bg, sdk.AppSpec{Name: name, Type: typ, Multiaddr: te.put(code), Checksum: sha256.Sum256(code)}))
}

// deal matches volume tasks of app at trust in the fixture's pool, with the hello
// arguments and the input file.
func (te *testEnv) deal(app common.Address, volume, trust uint64) *sdk.Deal {
	te.t.Helper()
	ao := must(te.dev.SignAppOrder(sdk.NewAppOrder(app, sdk.RLC(1), 100)))
	wo := must(te.pool.SignWorkerpoolOrder(sdk.NewWorkerpoolOrder(te.e.Pool, sdk.RLC(10), 100, 0, 10)))
	ro := sdk.RequestFor(te.req.Address(), ao.Order, nil, wo.Order, volume)
	ro.Trust = new(big.Int).SetUint64(trust)
	ro.Params = api.Params{Args: "poco world", Inputs: []string{te.inputLoc}}.String()
	so := must(te.req.SignRequestOrder(ro))
	return must(te.req.MatchOrders(bg, sdk.MatchInput{App: ao, Workerpool: wo, Request: so}))
}

// helloDigest is the digest of the hello app's result for task idx of deal.
func (te *testEnv) helloDigest(deal *sdk.Deal, idx uint64) common.Hash {
	text := fmt.Sprintf("hello, poco world\ntask %s of deal %s, index %d of %d\ninput %s: %d bytes, 3 lines, sha256 %x\n",
		deal.TaskID(idx).Hex(), deal.ID.Hex(), idx-deal.BotFirst, deal.BotSize,
		strings.TrimPrefix(te.inputLoc, "/ipfs/"), len(te.input), sha256.Sum256(te.input))
	return sha256.Sum256([]byte(text))
}

// runningWorker is a worker started by start.
type runningWorker struct {
	*Worker
	stop func() // cancels Run and waits for it
}

// config is a worker configuration for acc against the env's scheduler and store.
func (te *testEnv) config(acc *chaintest.Account, state string) Config {
	te.t.Helper()
	ex := must(wasm.New(wasm.Options{CacheDir: cacheDir}))
	te.t.Cleanup(func() { ex.Close(bg) })
	return Config{
		Client: te.client(acc), Key: acc.Key, SchedulerURL: te.url, Store: te.store,
		Executors: map[string]executor.Executor{"wasm": ex}, Slots: 2, StateDir: state,
		MemoryBytes: 256 << 20, OutputBytes: 1 << 20, Speed: 1.25, // injected: no benchmark in tests
		Logger:   slog.New(slog.NewTextHandler(testWriter{te.t}, &slog.HandlerOptions{Level: slog.LevelDebug})).With("acc", acc.Address.Hex()[:8]),
		PollWait: 5 * time.Second, BatchWindow: 300 * time.Millisecond,
	}
}

func (te *testEnv) start(cfg Config) *runningWorker {
	te.t.Helper()
	w := must(New(cfg))
	ctx, cancel := context.WithCancel(bg)
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				te.t.Errorf("Run: %v", err)
			}
		case <-time.After(20 * time.Second):
			var buf bytes.Buffer
			pprof.Lookup("goroutine").WriteTo(&buf, 2)
			te.t.Errorf("the worker did not stop within 20 s; goroutines:\n%s", buf.Bytes())
		}
	}
	te.t.Cleanup(stop)
	return &runningWorker{Worker: w, stop: stop}
}

// testWriter sends log lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// fetchDigest downloads the result at results (the on-chain field), checks it against
// its CID, unpacks it and returns its digest.
func (te *testEnv) fetchDigest(results []byte) common.Hash {
	te.t.Helper()
	c := must(storage.ParseResult(results))
	rc := must(te.store.Get(bg, c))
	defer rc.Close()
	data := must(io.ReadAll(rc))
	dir := te.t.TempDir()
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			te.t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.FromSlash(h.Name))
		if h.Typeflag == tar.TypeDir {
			os.MkdirAll(p, 0o755)
			continue
		}
		if err := os.WriteFile(p, must(io.ReadAll(tr)), 0o644); err != nil {
			te.t.Fatal(err)
		}
	}
	return must(result.DigestOf(dir)).Value
}

// Four workers on one replicated task (trust 3): a faulty one contributes first, three
// honest ones agree (the cheater's dissent raises the bar from two to three); the honest
// ones reveal when told, with the scheduler's permit that opens the reveals, one uploads;
// the scheduler finalizes and the cheater loses its stake.
// liar is a saboteur that always lies.
type liar struct{}

func (liar) Assigned(common.Address, *sdk.Deal, uint64) {}
func (liar) Lie(_ context.Context, w common.Address, _ *sdk.Deal, idx uint64) []byte {
	return fmt.Appendf(nil, "a lie by %s on task %d", w.Hex(), idx)
}

func TestReplicatedTaskWithACheater(t *testing.T) {
	te := newEnv(t, 4)
	honestA, cheater := te.e.Workers[0], te.e.Workers[3]
	var honest []*runningWorker
	for _, acc := range te.e.Workers[:3] {
		honest = append(honest, te.start(te.config(acc, t.TempDir())))
	}
	a := honest[0]
	cfg := te.config(cheater, t.TempDir())
	cfg.Saboteur = liar{}
	te.start(cfg)

	deal := te.deal(te.hello, 1, 3)
	idx := deal.BotFirst
	id := deal.TaskID(idx)
	want := te.helloDigest(deal, idx)

	// The cheater first: its contribution is on chain with a wrong digest.
	te.sched.give(cheater.Address, api.Work{Jobs: []api.Job{te.sched.job(deal, idx, cheater.Address, false)}})
	rep := te.sched.waitReport(cheater.Address, id, api.StepContributed)
	if rep.Tx == nil || rep.Digest == nil || *rep.Digest == want {
		t.Fatalf("cheater's contributed report %+v: want a tx and a digest other than %s", rep, want.Hex())
	}
	task := must(te.pool.TaskOf(bg, deal, idx))
	ct, ok := task.Contribution(cheater.Address)
	if !ok || ct.ResultHash == common.Hash(protocol.ResultHash(id, want)) ||
		ct.ResultHash != common.Hash(protocol.ResultHash(id, *rep.Digest)) || ct.TxHash != *rep.Tx {
		t.Fatalf("cheater's contribution %+v: want the wrong digest %s", ct, rep.Digest.Hex())
	}

	// The honest workers: consensus on the right digest.
	for _, w := range honest {
		te.sched.give(w.Address(), api.Work{Jobs: []api.Job{te.sched.job(deal, idx, w.Address(), false)}})
	}
	for _, w := range honest {
		rep := te.sched.waitReport(w.Address(), id, api.StepContributed)
		if rep.Digest == nil || *rep.Digest != want {
			t.Fatalf("%s contributed %v, want %s", w.Address().Hex(), rep.Digest, want.Hex())
		}
		if comp := te.sched.waitReport(w.Address(), id, api.StepComputed); comp.Digest == nil || *comp.Digest != want || comp.Code != "" {
			t.Fatalf("computed report %+v", comp)
		}
	}
	// Agreeing is not enough: the reveals open with the scheduler's permit.
	task = must(te.pool.TaskOf(bg, deal, idx))
	if task.Status != sdk.TaskActive || task.ConsensusValue != (common.Hash{}) {
		t.Fatalf("task after the honest contributions: %s, consensus %s; want ACTIVE until a permitted reveal", task.Status, task.ConsensusValue.Hex())
	}

	// Reveal with the permit; a uploads.
	permit := must(sdk.SignRevealPermit(te.e.PoolOwner.Key, id))
	for _, w := range honest {
		te.sched.give(w.Address(), api.Work{Reveals: []api.Reveal{{Deal: deal, Index: idx, TaskID: id, Upload: w == a, Permit: permit}}})
	}
	for _, w := range honest {
		te.sched.waitReport(w.Address(), id, api.StepRevealed)
	}
	task = must(te.pool.TaskOf(bg, deal, idx))
	if task.Status != sdk.TaskRevealing || task.ConsensusValue != common.Hash(protocol.ResultHash(id, want)) {
		t.Fatalf("task after the reveals: %s, consensus %s", task.Status, task.ConsensusValue.Hex())
	}
	up := te.sched.waitReport(a.Address(), id, api.StepUploaded)
	if got := te.fetchDigest(up.Results); got != want {
		t.Fatalf("uploaded result digest %s, want %s", got.Hex(), want.Hex())
	}
	task = must(te.pool.TaskOf(bg, deal, idx))
	for _, w := range honest {
		if ct, _ := task.Contribution(w.Address()); ct.Status != sdk.ContributionProved || ct.Digest != want {
			t.Fatalf("%s's contribution after the reveal: %+v", w.Address().Hex(), ct)
		}
	}
	// The scheduler finalizes with the uploaded result: the cheater is slashed.
	must(te.pool.Finalize(bg, deal, sdk.FinalizeInput{Index: idx, Digest: want, Results: up.Results}))
	task = must(te.pool.TaskOf(bg, deal, idx))
	if ct, _ := task.Contribution(cheater.Address); task.Status != sdk.TaskCompleted || ct.Status != sdk.ContributionRejected {
		t.Fatalf("after finalize: task %s, cheater's contribution %s", task.Status, ct.Status)
	}
	bal := must(te.pool.Account(bg, cheater.Address))
	if lost := new(big.Int).Sub(pocotest.DepositTokens, bal.Free); lost.Cmp(deal.WorkerStake) != 0 || bal.Locked.Sign() != 0 {
		t.Fatalf("cheater's balance %+v: want its stake %s lost", bal, deal.WorkerStake)
	}
	// The honest workers' rewards vest (trust above 1).
	if v := must(te.pool.Vesting(bg, honestA.Address)); v.Total().Sign() <= 0 {
		t.Fatalf("honest worker's vesting %+v: want a reward", v)
	}

	// The scheduler saw the registrations and heartbeats.
	te.sched.waitFor("heartbeats", func() bool { return te.sched.heartbeats[honestA.Address] > 0 })
	te.sched.mu.Lock()
	caps := te.sched.caps[honestA.Address]
	te.sched.mu.Unlock()
	if caps.Slots != 2 || caps.Queue != 2*DefaultQueueFactor || len(caps.Executors) != 1 || caps.Executors[0] != "wasm" || caps.MemoryMB != 256 ||
		caps.Speed != 1.25 {
		t.Errorf("capabilities %+v", caps)
	}
	if steps := te.sched.stepsOf(honestA.Address, id); fmt.Sprint(steps) != "[started computed contributed revealed uploaded]" {
		t.Errorf("honest worker's reports %v", steps)
	}
}

// Trust 1: the worker uploads and contributes-and-finalizes, the two tasks of a deal in
// one transaction; an app that fails still completes its task with the error result; an
// app this worker cannot run is reported failed.
func TestTrustOne(t *testing.T) {
	te := newEnv(t, 2)
	acc := te.e.Workers[0]
	w := te.start(te.config(acc, t.TempDir()))

	deal := te.deal(te.hello, 2, 1)
	// The hello module again, registered with a wrong checksum, and as a container.
	hello := readApp(t, conformance.HelloPkg)
	bad := must(te.dev.CreateApp(bg, sdk.AppSpec{Name: "wrong checksum", Type: "WASM", Multiaddr: te.put(hello), Checksum: sha256.Sum256([]byte("not it"))}))
	badDeal := te.deal(bad, 1, 1)
	oci := must(te.dev.CreateApp(bg, sdk.AppSpec{Name: "container", Type: "OCI", Multiaddr: te.put(hello), Checksum: sha256.Sum256(hello)}))
	ociDeal := te.deal(oci, 1, 1)

	var jobs []api.Job
	for _, idx := range deal.Indexes() {
		jobs = append(jobs, te.sched.job(deal, idx, acc.Address, true))
	}
	jobs = append(jobs, te.sched.job(badDeal, badDeal.BotFirst, acc.Address, true), te.sched.job(ociDeal, ociDeal.BotFirst, acc.Address, true))
	te.sched.give(acc.Address, api.Work{Jobs: jobs})

	var txs []common.Hash
	for _, idx := range deal.Indexes() {
		id := deal.TaskID(idx)
		rep := te.sched.waitReport(acc.Address, id, api.StepFinalized)
		task := must(te.pool.TaskOf(bg, deal, idx))
		want := te.helloDigest(deal, idx)
		if task.Status != sdk.TaskCompleted || task.ResultDigest != want || !bytes.Equal(task.Results, rep.Results) || rep.Tx == nil {
			t.Fatalf("task %d: %s, digest %s (want %s), results %s (reported %s)", idx, task.Status, task.ResultDigest.Hex(), want.Hex(), task.Results, rep.Results)
		}
		if got := te.fetchDigest(task.Results); got != want {
			t.Fatalf("stored result of task %d: digest %s", idx, got.Hex())
		}
		txs = append(txs, *rep.Tx)
	}
	if txs[0] != txs[1] {
		t.Errorf("the deal's two tasks were finalized in two transactions %s, %s; want one batch", txs[0].Hex(), txs[1].Hex())
	}

	badID := badDeal.TaskID(badDeal.BotFirst)
	comp := te.sched.waitReport(acc.Address, badID, api.StepComputed)
	if comp.Code != job.ReasonAppChecksum || comp.Digest == nil || *comp.Digest != common.Hash(job.ErrorDigest(badID, job.ReasonAppChecksum)) {
		t.Fatalf("failing app's computed report %+v", comp)
	}
	te.sched.waitReport(acc.Address, badID, api.StepFinalized)
	if task := must(te.pool.TaskOf(bg, badDeal, badDeal.BotFirst)); task.Status != sdk.TaskCompleted || task.ResultDigest != *comp.Digest {
		t.Fatalf("failing app's task: %s, %s", task.Status, task.ResultDigest.Hex())
	}

	fail := te.sched.waitReport(acc.Address, ociDeal.TaskID(ociDeal.BotFirst), api.StepFailed)
	if !strings.Contains(fail.Error, `"oci" executor`) {
		t.Errorf("unsupported executor reported as %q", fail.Error)
	}

	// Another worker given the finished tasks: its batch is refused, then each task; the
	// chain shows them done without it, so it reports them not needed (no failure) and
	// drops them.
	other := te.e.Workers[1]
	te.start(te.config(other, t.TempDir()))
	jobs = nil
	for _, idx := range deal.Indexes() {
		jobs = append(jobs, te.sched.job(deal, idx, other.Address, true))
	}
	te.sched.give(other.Address, api.Work{Jobs: jobs})
	for _, idx := range deal.Indexes() {
		fail := te.sched.waitReport(other.Address, deal.TaskID(idx), api.StepFailed)
		if !fail.NotNeeded || !strings.Contains(fail.Error, "contributeAndFinalize not needed") || !strings.Contains(fail.Error, "COMPLETED") {
			t.Errorf("late worker's report: %q (not needed: %t), want contributeAndFinalize not needed: the task is COMPLETED", fail.Error, fail.NotNeeded)
		}
	}

	// Finished tasks leave nothing behind.
	w.stop()
	for _, dir := range []string{filepath.Join(w.cfg.StateDir, "tasks"), filepath.Join(w.cfg.StateDir, "results"), w.workDir, w.scratch} {
		if ents, _ := os.ReadDir(dir); len(ents) != 0 {
			t.Errorf("%s holds %d entries after every task ended", dir, len(ents))
		}
	}
}

// A worker stopped with a computed result contributes it after a restart; a task it was
// running is run again.
func TestRestart(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	state := t.TempDir()
	deal := te.deal(te.hello, 2, 3) // trust 3: one contribution leaves the task ACTIVE
	first, second := deal.BotFirst, deal.BotFirst+1

	// The first worker computes the first task and never sends it: the second task's run
	// blocks until the worker stops, so a result is still coming and the first waits
	// in its batch for the hour-long window.
	te.stopWithFirstInBatch(acc, state, deal, first, second, false)

	// Stopped between compute and contribute: nothing on chain, the state says computed.
	if task := must(te.pool.TaskOf(bg, deal, first)); task.Status != sdk.TaskUnset {
		t.Fatalf("task before the restart: %s", task.Status)
	}
	if rec := readRecord(t, filepath.Join(state, "tasks", deal.TaskID(first).Hex()+".json")); rec.Phase != PhaseComputed {
		t.Fatalf("saved state %+v", rec)
	}
	// As if the worker had been stopped while running the second task.
	saveRecord(t, state, &record{Job: te.sched.job(deal, second, acc.Address, false), Phase: PhaseRunning})

	te.start(te.config(acc, state))
	for _, idx := range []uint64{first, second} {
		id := deal.TaskID(idx)
		rep := te.sched.waitReport(acc.Address, id, api.StepContributed)
		want := te.helloDigest(deal, idx)
		task := must(te.pool.TaskOf(bg, deal, idx))
		ct, ok := task.Contribution(acc.Address)
		if !ok || ct.ResultHash != common.Hash(protocol.ResultHash(id, want)) || rep.Tx == nil || ct.TxHash != *rep.Tx {
			t.Fatalf("task %d after the restart: contribution %+v, report %+v", idx, ct, rep)
		}
	}
}

// A trust-1 task stopped between its result and its contributeAndFinalize (its computed
// step is not saved) runs again from its accepted record after a restart, and is
// finalized with its result.
func TestTrustOneRestartRunsAgain(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	state := t.TempDir()
	deal := te.deal(te.hello, 2, 1)
	first, second := deal.BotFirst, deal.BotFirst+1
	id := deal.TaskID(first)

	// The second task's run blocks until the worker stops, so the first waits in its
	// batch for the hour-long window, uploaded and not sent.
	te.stopWithFirstInBatch(acc, state, deal, first, second, true)

	if task := must(te.pool.TaskOf(bg, deal, first)); task.Status != sdk.TaskUnset {
		t.Fatalf("task before the restart: %s", task.Status)
	}
	if r := readRecord(t, filepath.Join(state, "tasks", id.Hex()+".json")); r.Phase != PhaseRunning {
		t.Fatalf("saved state: phase %s, want running (a trust-1 result is not saved)", r.Phase)
	}
	if _, err := os.Stat(filepath.Join(state, "tasks", id.Hex()+nextExt)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a latest record for the trust-1 task: %v", err)
	}

	te.start(te.config(acc, state))
	for _, idx := range []uint64{first, second} {
		rep := te.sched.waitReport(acc.Address, deal.TaskID(idx), api.StepFinalized)
		task := must(te.pool.TaskOf(bg, deal, idx))
		if want := te.helloDigest(deal, idx); task.Status != sdk.TaskCompleted || task.ResultDigest != want || !bytes.Equal(task.Results, rep.Results) {
			t.Fatalf("task %d after the restart: %s, digest %s (want %s)", idx, task.Status, task.ResultDigest.Hex(), want.Hex())
		}
	}
	if n := te.sched.countSteps(acc.Address, id, api.StepComputed); n != 2 {
		t.Errorf("the first task was reported computed %d times, want 2 (run again after the restart)", n)
	}
}

// stopWithFirstInBatch starts a worker on state with the jobs of tasks first and second
// of deal (fin: trust-1 jobs) and stops it once first is computed and second is
// running: second's run blocks until the worker stops, so a result is still coming and
// first waits in its batch for the hour-long window, not sent.
func (te *testEnv) stopWithFirstInBatch(acc *chaintest.Account, state string, deal *sdk.Deal, first, second uint64, fin bool) {
	te.t.Helper()
	cfg := te.config(acc, state)
	cfg.BatchWindow = time.Hour
	gate := &blockIndex{Executor: cfg.Executors["wasm"], index: second, started: make(chan struct{})}
	cfg.Executors = map[string]executor.Executor{"wasm": gate}
	w := te.start(cfg)
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{te.sched.job(deal, first, acc.Address, fin), te.sched.job(deal, second, acc.Address, fin)}})
	<-gate.started
	te.sched.waitReport(acc.Address, deal.TaskID(first), api.StepComputed)
	w.stop()
}

// saveRecord saves rec as its task's durable record in the state folder state, as a
// worker stopped at rec.Phase left it.
func saveRecord(t *testing.T, state string, rec *record) {
	t.Helper()
	if err := (&stateStore{dir: filepath.Join(state, "tasks")}).save(rec.Job.Deal.TaskID(rec.Job.Index), rec); err != nil {
		t.Fatal(err)
	}
}

// blockIndex runs tasks with Executor, except the task of index, whose run blocks until
// its context ends (closing started when it begins).
type blockIndex struct {
	executor.Executor
	index   uint64
	started chan struct{}
}

func (b *blockIndex) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	if spec.Index != b.index {
		return b.Executor.Run(ctx, spec)
	}
	close(b.started)
	<-ctx.Done()
	return executor.Result{}, ctx.Err()
}

// A worker the scheduler refuses keeps trying, and gets in once admitted; a scheduler
// that forgets its sessions gets the worker back (logged in and registered again), and
// work goes on.
func TestSessionRecovery(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	te.sched.mu.Lock()
	te.sched.refuse = "not enough stake: free balance 0 RLC, the pool asks for 10 RLC"
	te.sched.mu.Unlock()
	cfg := te.config(acc, t.TempDir())
	cfg.RefusedRetry, cfg.PollWait = 50*time.Millisecond, time.Second
	te.start(cfg)
	te.sched.waitFor("three refused logins", func() bool { return te.sched.logins >= 3 && te.sched.registers == 0 })
	te.sched.mu.Lock()
	te.sched.refuse = ""
	te.sched.mu.Unlock()
	te.sched.waitFor("a registration", func() bool { return te.sched.registers == 1 })

	te.sched.expire()
	te.sched.waitFor("a registration after the sessions were lost", func() bool { return te.sched.registers == 2 })
	deal := te.deal(te.hello, 1, 1)
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{te.sched.job(deal, deal.BotFirst, acc.Address, true)}})
	te.sched.waitReport(acc.Address, deal.TaskID(deal.BotFirst), api.StepFinalized)
}

// Without Config.Speed, the worker declares the machine benchmark's factor, read from
// StateDir/machine.json when it holds this machine's result (measured there otherwise);
// a speed given is declared as is, a negative one refused.
func TestSpeedFactorIsDeclaredAtRegistration(t *testing.T) {
	te := newEnv(t, 2)
	state := t.TempDir()
	cached := &machine.Result{Benchmark: machine.Version, Factor: 0.77, Machine: machine.ThisMachine(),
		Parts: []machine.Part{{Name: machine.PartInteger, Factor: 0.77}}}
	b := must(json.Marshal(cached))
	if err := os.WriteFile(filepath.Join(state, "machine.json"), b, 0o600); err != nil {
		t.Fatal(err)
	}
	measured := te.config(te.e.Workers[0], state)
	measured.Speed = 0
	given := te.config(te.e.Workers[1], t.TempDir())
	given.Speed = 2.5
	te.start(measured)
	te.start(given)
	te.sched.waitFor("two registrations", func() bool { return len(te.sched.caps) == 2 })
	te.sched.mu.Lock()
	got := map[common.Address]float64{}
	for w, c := range te.sched.caps {
		got[w] = c.Speed
	}
	te.sched.mu.Unlock()
	if got[te.e.Workers[0].Address] != 0.77 || got[te.e.Workers[1].Address] != 2.5 {
		t.Errorf("declared speeds %v: want 0.77 (the cached benchmark) and 2.5 (given)", got)
	}

	// A factor too low for any task (plan.MinSpeed) is declared as well, and the log says
	// that schedulers will give this machine nothing; one above it says nothing of the kind.
	for _, c := range []struct {
		speed float64
		warns bool
	}{{0.1, true}, {0.25, false}} {
		var logged bytes.Buffer
		cfg := te.config(te.e.Workers[0], t.TempDir())
		cfg.Speed = c.speed
		cfg.Logger = slog.New(slog.NewTextHandler(&logged, nil))
		w, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		w.measureSpeed(context.Background())
		warned := strings.Contains(logged.String(), "too slow for any task") && strings.Contains(logged.String(), `needs="above 0.214"`)
		if warned != c.warns {
			t.Errorf("speed %v: warned %v, want %v; log:\n%s", c.speed, warned, c.warns, logged.String())
		}
	}

	bad := te.config(te.e.Workers[0], t.TempDir())
	bad.Speed = -1
	if _, err := New(bad); err == nil || !strings.Contains(err.Error(), "want a positive factor") {
		t.Errorf("New with speed -1: %v", err)
	}
}

// A scheduler that answers a request for work before reading the worker's reports sends
// jobs the worker has finished and forgotten: the worker does not run them again. A job
// given again in the answer to a later request (sent after the scheduler had the reports)
// is a new assignment, and runs.
func TestJobOfAFinishedTaskSentBeforeItsReportIsNotRunAgain(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	w := te.start(te.config(acc, t.TempDir()))
	deal := te.deal(te.hello, 2, 1)
	first, second := deal.TaskID(deal.BotFirst), deal.TaskID(deal.BotFirst+1)
	started := func(id common.Hash) int {
		n := 0
		for _, s := range te.sched.stepsOf(acc.Address, id) {
			if s == api.StepStarted {
				n++
			}
		}
		return n
	}

	old := te.sched.job(deal, deal.BotFirst, acc.Address, true)
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{old}})
	te.sched.waitReport(acc.Address, first, api.StepFinalized)
	// The request for work outstanding since the first answer: the lagging scheduler's
	// answer holds the finished job again, beside a new one.
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{old, te.sched.job(deal, deal.BotFirst+1, acc.Address, true)}})
	te.sched.waitReport(acc.Address, second, api.StepFinalized)
	if n := started(first); n != 1 {
		t.Fatalf("the finished task was started %d times, want once", n)
	}
	// The answer to a request sent after the reports were read: a new assignment. The
	// fake has read them once waitReport returns, but the worker learns it only when the
	// report's response comes back; a request it sent in between may have been answered
	// before the report was read, as far as it can tell, and such an answer is ignored
	// (rightly: see Worker.dropped). Wait for a request sent after it learned.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		w.mu.Lock()
		at, ok := w.dropped[first]
		sent := !ok || (at != 0 && at < w.pollSeq)
		w.mu.Unlock()
		if sent {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting for a request for work sent after the worker learned its reports were read")
		}
	}
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{old}})
	te.sched.waitFor("the task given again to start", func() bool { // waitFor holds the fake's lock
		n := 0
		for _, r := range te.sched.reports {
			if r.worker == acc.Address && r.TaskID == first && r.Step == api.StepStarted {
				n++
			}
		}
		return n == 2
	})
}

// A worker that did not choose its queue declares its deep default (DefaultQueueFactor
// per slot) only to a scheduler whose session says it sizes queues by run time; to an
// older one, which fills a queue as declared whatever the tasks' length, it declares
// LegacyQueueFactor per slot. A queue the operator chose is declared as chosen.
func TestTheDefaultQueueFollowsTheScheduler(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	te.sched.mu.Lock()
	te.sched.legacyQueues = true
	te.sched.mu.Unlock()
	te.start(te.config(acc, t.TempDir()))
	te.sched.waitFor("the worker to register", func() bool { _, ok := te.sched.caps[acc.Address]; return ok })
	te.sched.mu.Lock()
	got := te.sched.caps[acc.Address].Queue
	te.sched.mu.Unlock()
	if got != 2*LegacyQueueFactor {
		t.Fatalf("a two-slot worker declared a queue of %d to a scheduler without QueueByRunTime, want %d", got, 2*LegacyQueueFactor)
	}

	w := must(New(te.config(acc, t.TempDir())))
	if q := w.declared(api.Session{QueueByRunTime: true}).Queue; q != 2*DefaultQueueFactor {
		t.Errorf("declared queue %d to a scheduler with QueueByRunTime, want %d", q, 2*DefaultQueueFactor)
	}
	cfg := te.config(acc, t.TempDir())
	cfg.Queue = 5
	w = must(New(cfg))
	for _, s := range []api.Session{{}, {QueueByRunTime: true}} {
		if q := w.declared(s).Queue; q != 5 {
			t.Errorf("declared queue %d (QueueByRunTime %v) with --queue 5, want 5", q, s.QueueByRunTime)
		}
	}
}
