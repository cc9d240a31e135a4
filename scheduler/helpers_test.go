package scheduler

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

var bg = context.Background()

// testEnv is a deployed protocol on the simulated chain, with one miner lock shared by
// every client of the test (blocks are sealed one at a time).
type testEnv struct {
	*pocotest.Env
	t       *testing.T
	mineMu  sync.Mutex
	dbPath  string
	logs    *logRecorder
	clients map[common.Address]*sdk.Client
}

func newTestEnv(t *testing.T, workers int) *testEnv {
	t.Helper()
	e := &testEnv{Env: pocotest.New(t, pocotest.Options{Workers: workers}), t: t,
		dbPath: filepath.Join(t.TempDir(), "scheduler.db"), logs: &logRecorder{},
		clients: map[common.Address]*sdk.Client{}}
	return e
}

func (e *testEnv) mine() {
	e.mineMu.Lock()
	defer e.mineMu.Unlock()
	e.Commit()
}

// client returns an SDK client signing as acc (nil: read-only), mining each transaction.
func (e *testEnv) client(acc *chaintest.Account) *sdk.Client {
	e.t.Helper()
	var addr common.Address
	opts := []sdk.Option{sdk.WithMiner(e.mine), sdk.WithReceiptTimeout(20 * time.Second)}
	if acc != nil {
		addr = acc.Address
		opts = append(opts, sdk.WithKey(acc.Key))
	}
	if c, ok := e.clients[addr]; ok {
		return c
	}
	c, err := sdk.New(bg, e.Client, e.D.Hub, opts...)
	if err != nil {
		e.t.Fatalf("sdk.New: %v", err)
	}
	e.clients[addr] = c
	return c
}

// config is a scheduler configuration for tests: short intervals, a free port, and no
// hidden checks (tests of checks turn them on), so replicate counts are exact.
func (e *testEnv) config() Config {
	return Config{
		Client: e.client(e.PoolOwner), Workerpool: e.Pool, DBPath: e.dbPath, Listen: "127.0.0.1:0",
		HeartbeatInterval: 100 * time.Millisecond, HeartbeatTimeout: 5 * time.Second,
		PollInterval: 50 * time.Millisecond, Logger: slog.New(e.logs.handler(e.t)), Seed: 1,
		CheckRate: -1,
	}
}

// waitRounds waits until the plan loop of s has run n more rounds.
func waitRounds(t *testing.T, s *Scheduler, n uint64) {
	t.Helper()
	from := s.planRounds.Load()
	waitFor(t, 10*time.Second, fmt.Sprintf("%d plan rounds", n), func() bool { return s.planRounds.Load() >= from+n })
}

// start makes and starts a scheduler; it is closed when the test ends.
func (e *testEnv) start(cfg Config) *Scheduler {
	e.t.Helper()
	s, err := New(cfg)
	if err != nil {
		e.t.Fatalf("New: %v", err)
	}
	if err := s.Start(bg); err != nil {
		e.t.Fatalf("Start: %v", err)
	}
	e.t.Cleanup(func() { s.Close() })
	return s
}

// match makes a deal of volume tasks at trust in category cat (nil: 0) and returns it as
// the SDK reads it.
func (e *testEnv) match(volume, trust int64, cat *big.Int) *sdk.Deal {
	e.t.Helper()
	o := e.DefaultOrders()
	if cat != nil {
		o.Workerpool.Category, o.Request.Category = cat, cat
	}
	o.Request.Volume, o.Request.Trust = big.NewInt(volume), big.NewInt(trust)
	bd := e.Match(e.Requester, e.SignAll(o))
	d, err := e.client(nil).Deal(bg, bd.Id)
	if err != nil {
		e.t.Fatalf("deal: %v", err)
	}
	return d
}

// taskStatus reads task idx of d from the chain.
func (e *testEnv) task(d *sdk.Deal, idx uint64) *sdk.Task {
	e.t.Helper()
	tk, err := e.client(nil).TaskOf(bg, d, idx)
	if err != nil {
		e.t.Fatalf("task: %v", err)
	}
	return tk
}

// waitTasks waits until every task of d is in status want on chain.
func (e *testEnv) waitTasks(d *sdk.Deal, want sdk.TaskStatus, timeout time.Duration) {
	e.t.Helper()
	waitFor(e.t, timeout, fmt.Sprintf("every task of the deal %s", want), func() bool {
		ts, err := e.client(nil).DealTasks(bg, d)
		if err != nil {
			return false
		}
		for _, tk := range ts {
			if tk.Status != want {
				return false
			}
		}
		return true
	})
}

// advance moves the chain's clock by d (an empty block d later), retrying while the pool
// still lists a just-mined transaction.
func (e *testEnv) advance(d time.Duration) {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		e.mineMu.Lock()
		err := e.Backend.AdjustTime(d)
		e.mineMu.Unlock()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("adjust time: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitFor polls cond until it holds, failing the test after timeout.
func waitFor(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for: %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// logRecorder keeps the scheduler's log lines (and shows them with -v).
type logRecorder struct {
	mu    sync.Mutex
	lines []string
}

func (l *logRecorder) handler(t *testing.T) slog.Handler {
	return slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		l.mu.Lock()
		l.lines = append(l.lines, string(p))
		l.mu.Unlock()
		if testing.Verbose() {
			fmt.Print(string(p))
		}
		return len(p), nil
	}), &slog.HandlerOptions{Level: slog.LevelDebug})
}

// count returns how many lines contain every part.
func (l *logRecorder) count(parts ...string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
next:
	for _, line := range l.lines {
		for _, p := range parts {
			if !strings.Contains(line, p) {
				continue next
			}
		}
		n++
	}
	return n
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// ───────────────────────────── a worker over plain HTTP ─────────────────────────────

// httpError is a non-2xx answer of the worker API.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return fmt.Sprintf("HTTP %d: %s", e.status, e.msg) }

func statusOf(err error) int {
	var he *httpError
	if errors.As(err, &he) {
		return he.status
	}
	return 0
}

var httpClient = &http.Client{Timeout: 30 * time.Second}

// call does one worker API call: body (nil: none) as JSON, the answer decoded into out
// (nil: ignored).
func call(ctx context.Context, method, url, token string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return err
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode >= 300 {
		var e api.Error
		if json.Unmarshal(data, &e) != nil || e.Error == "" {
			e.Error = string(data)
		}
		return &httpError{status: resp.StatusCode, msg: e.Error}
	}
	if out != nil && len(data) > 0 {
		return json.Unmarshal(data, out)
	}
	return nil
}

// login asks for a challenge and signs it with key (as worker), returning the session.
func login(ctx context.Context, url string, worker common.Address, sign func([32]byte) []byte) (api.Session, error) {
	var ch api.Challenge
	if err := call(ctx, "POST", url+api.PathChallenge, "", api.ChallengeRequest{Worker: worker}, &ch); err != nil {
		return api.Session{}, err
	}
	var sess api.Session
	err := call(ctx, "POST", url+api.PathLogin, "", api.Login{Worker: worker, Challenge: ch.Challenge,
		Signature: sign(api.LoginDigest(ch.Challenge))}, &sess)
	return sess, err
}

// registered logs acc in to the scheduler at url and registers it with caps, returning
// its session.
func registered(t *testing.T, url string, acc *chaintest.Account, caps api.Capabilities) api.Session {
	t.Helper()
	sess, err := login(bg, url, acc.Address, keySigner(acc))
	must(t, err)
	must(t, call(bg, "POST", url+api.PathRegister, sess.Token, caps, nil))
	return sess
}

// keySigner signs login digests with key, v = 0/1 as go-ethereum's crypto.Sign gives it.
func keySigner(acc *chaintest.Account) func([32]byte) []byte {
	return func(d [32]byte) []byte {
		sig, err := crypto.Sign(d[:], acc.Key)
		if err != nil {
			panic(err)
		}
		return sig
	}
}

// worker is a test worker: it logs in, registers, heartbeats, long-polls its work and
// does it with the SDK (contribute or contributeAndFinalize, reveal, "upload").
type worker struct {
	e    *testEnv
	acc  *chaintest.Account
	c    *sdk.Client
	url  func() string
	caps api.Capabilities

	// Behaviour.
	digest   func(task common.Hash) [32]byte // the result it computes (default: "good")
	noReveal bool                            // contributes, then ignores reveal requests
	stall    bool                            // takes jobs and never runs them
	failJobs bool                            // gives every job up (StepFailed)
	hold     chan struct{}                   // if set, contributions wait until it is closed
	holdIf   func(task common.Hash) bool     // if set, only those of the tasks it names

	cancel context.CancelFunc
	done   chan struct{}

	mu       sync.Mutex
	jobs     map[common.Hash]bool // jobs received
	given    int                  // job deliveries, repeats included
	ran      map[common.Hash]bool // jobs run
	digests  map[common.Hash][32]byte
	revealed map[common.Hash]bool
	uploads  map[common.Hash]bool   // reveal requests received with Upload
	permits  map[common.Hash][]byte // the permits of the reveal requests received
	cancels  map[common.Hash]bool
	errs     []string
}

func (e *testEnv) newWorker(acc *chaintest.Account, url func() string) *worker {
	return &worker{e: e, acc: acc, c: e.client(acc), url: url,
		caps:   api.Capabilities{Cores: 2, Slots: 4, MemoryMB: 1024, Executors: []string{"wasm"}},
		digest: func(common.Hash) [32]byte { return pocotest.Digest("good") },
		jobs:   map[common.Hash]bool{}, ran: map[common.Hash]bool{}, digests: map[common.Hash][32]byte{},
		revealed: map[common.Hash]bool{}, uploads: map[common.Hash]bool{}, permits: map[common.Hash][]byte{},
		cancels: map[common.Hash]bool{}}
}

// start runs the worker until stop (or the end of the test).
func (w *worker) start() *worker {
	ctx, cancel := context.WithCancel(bg)
	w.cancel, w.done = cancel, make(chan struct{})
	go func() { defer close(w.done); w.run(ctx) }()
	w.e.t.Cleanup(w.stop)
	return w
}

// stop ends the worker at once: no more heartbeats, polls or transactions (a worker that
// dies).
func (w *worker) stop() {
	if w.cancel != nil {
		w.cancel()
		<-w.done
	}
}

func (w *worker) logf(format string, args ...any) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.errs = append(w.errs, fmt.Sprintf(format, args...))
}

func (w *worker) has(m map[common.Hash]bool, id common.Hash) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return m[id]
}

// permit is the permit of the last reveal request for task (nil: none received).
func (w *worker) permit(task common.Hash) []byte {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.permits[task]
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (w *worker) count(m map[common.Hash]bool) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(m)
}

// results is the results field the worker "uploads" for a digest.
func results(d [32]byte) []byte {
	return []byte(fmt.Sprintf(`{"storage":"ipfs","location":"/ipfs/bafy%x"}`, d[:6]))
}

func (w *worker) run(ctx context.Context) {
	var token string
	for ctx.Err() == nil {
		if token == "" {
			sess, err := login(ctx, w.url(), w.acc.Address, keySigner(w.acc))
			if err == nil {
				err = call(ctx, "POST", w.url()+api.PathRegister, sess.Token, w.caps, nil)
			}
			if err != nil {
				if ctx.Err() == nil {
					time.Sleep(50 * time.Millisecond) // the scheduler may be restarting
				}
				continue
			}
			token = sess.Token
			hctx, hcancel := context.WithCancel(ctx)
			go w.heartbeat(hctx, token, time.Duration(sess.HeartbeatInterval))
			defer hcancel()
		}
		var work api.Work
		err := call(ctx, "GET", w.url()+api.PathWork+"?wait=1", token, nil, &work)
		if statusOf(err) == http.StatusUnauthorized {
			token = ""
			continue
		}
		if err != nil {
			if ctx.Err() == nil {
				time.Sleep(50 * time.Millisecond)
			}
			continue
		}
		w.do(ctx, token, work)
	}
}

func (w *worker) heartbeat(ctx context.Context, token string, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if statusOf(call(ctx, "POST", w.url()+api.PathHeartbeat, token, nil, nil)) == http.StatusUnauthorized {
				return // the run loop logs in again and starts another
			}
		}
	}
}

func (w *worker) report(ctx context.Context, token string, r api.Report) {
	if err := call(ctx, "POST", w.url()+api.PathReport, token, r, nil); err != nil && ctx.Err() == nil {
		w.logf("report %s %s: %v", r.Step, r.TaskID.Hex(), err)
	}
}

func (w *worker) do(ctx context.Context, token string, work api.Work) {
	for _, id := range work.Cancel {
		w.mu.Lock()
		w.cancels[id] = true
		w.mu.Unlock()
	}
	for _, j := range work.Jobs {
		w.mu.Lock()
		seen := w.jobs[j.TaskID]
		w.jobs[j.TaskID] = true
		w.given++
		w.mu.Unlock()
		if seen || w.stall {
			continue
		}
		if w.failJobs {
			w.report(ctx, token, api.Report{TaskID: j.TaskID, Step: api.StepFailed, Error: "no space left on device"})
			continue
		}
		w.runJob(ctx, token, j)
	}
	for _, r := range work.Reveals {
		w.mu.Lock()
		w.uploads[r.TaskID] = w.uploads[r.TaskID] || r.Upload
		w.permits[r.TaskID] = r.Permit
		w.mu.Unlock()
		if w.noReveal {
			continue
		}
		w.reveal(ctx, token, r)
	}
}

func (w *worker) runJob(ctx context.Context, token string, j api.Job) {
	w.report(ctx, token, api.Report{TaskID: j.TaskID, Step: api.StepStarted})
	d := w.digest(j.TaskID)
	h := common.Hash(d)
	w.mu.Lock()
	w.digests[j.TaskID], w.ran[j.TaskID] = d, true
	w.mu.Unlock()
	w.report(ctx, token, api.Report{TaskID: j.TaskID, Step: api.StepComputed, Digest: &h})
	if w.hold != nil && (w.holdIf == nil || w.holdIf(j.TaskID)) {
		select {
		case <-w.hold:
		case <-ctx.Done():
			return
		}
	}
	if j.Finalize {
		r, err := w.c.ContributeAndFinalize(ctx, j.Deal, sdk.ContributeAndFinalizeInput{Index: j.Index, Digest: d,
			Results: results(d), Authorization: j.Authorization})
		if err != nil {
			w.logf("contributeAndFinalize %s: %v", j.TaskID.Hex(), err)
			w.report(ctx, token, api.Report{TaskID: j.TaskID, Step: api.StepFailed, Error: err.Error()})
			return
		}
		tx := r.TxHash
		w.report(ctx, token, api.Report{TaskID: j.TaskID, Step: api.StepFinalized, Tx: &tx, Results: results(d)})
		return
	}
	r, err := w.c.Contribute(ctx, j.Deal, sdk.ContributeInput{Index: j.Index, Digest: d, Authorization: j.Authorization})
	if err != nil {
		w.logf("contribute %s: %v", j.TaskID.Hex(), err)
		w.report(ctx, token, api.Report{TaskID: j.TaskID, Step: api.StepFailed, Error: err.Error()})
		return
	}
	tx := r.TxHash
	w.report(ctx, token, api.Report{TaskID: j.TaskID, Step: api.StepContributed, Tx: &tx})
}

func (w *worker) reveal(ctx context.Context, token string, r api.Reveal) {
	w.mu.Lock()
	d, ok := w.digests[r.TaskID]
	done := w.revealed[r.TaskID]
	w.mu.Unlock()
	if !ok {
		w.logf("asked to reveal %s, which it did not run", r.TaskID.Hex())
		w.report(ctx, token, api.Report{TaskID: r.TaskID, Step: api.StepFailed, Error: "no result"})
		return
	}
	if !done {
		rc, err := w.c.Reveal(ctx, r.Deal, r.Index, d, r.Permit)
		if err != nil && !sdk.IsCode(err, "PocoCannotReveal") {
			w.logf("reveal %s: %v", r.TaskID.Hex(), err)
			w.report(ctx, token, api.Report{TaskID: r.TaskID, Step: api.StepFailed, Error: err.Error()})
			return
		}
		w.mu.Lock()
		w.revealed[r.TaskID] = true
		w.mu.Unlock()
		var tx *common.Hash
		if rc != nil {
			tx = &rc.TxHash
		}
		h := common.Hash(d)
		w.report(ctx, token, api.Report{TaskID: r.TaskID, Step: api.StepRevealed, Tx: tx, Digest: &h})
	}
	if r.Upload {
		w.report(ctx, token, api.Report{TaskID: r.TaskID, Step: api.StepUploaded, Results: results(d)})
	}
}

// checkFinalizeBatches checks that deal d, whose tasks are all completed, was finalized in
// one or two transactions (one batch per ready set). The scheduler logs a transaction once
// its receipt is back, which can be after the test saw the tasks completed on chain, so the
// first line is waited for.
func checkFinalizeBatches(t *testing.T, e *testEnv, d *sdk.Deal) {
	t.Helper()
	waitFor(t, 10*time.Second, "a finalize transaction logged", func() bool { return e.logs.count("finalize sent", d.ID.Hex()) >= 1 })
	if n := e.logs.count("finalize sent", d.ID.Hex()); n > 2 {
		t.Errorf("%d finalize transactions, want 1 or 2 (one batch per ready set)", n)
	}
}
