package worker

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/worker/job"
)

// spyBackend is the chain connection of a worker under test: it records the gas limit of
// every transaction sent and, with fail set, refuses each one with that error, as a node
// would that never takes it.
type spyBackend struct {
	simulated.Client
	fail error

	mu   sync.Mutex
	sent []uint64
}

func (s *spyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	s.mu.Lock()
	s.sent = append(s.sent, tx.Gas())
	s.mu.Unlock()
	if s.fail != nil {
		return s.fail
	}
	return s.Client.SendTransaction(ctx, tx)
}

func (s *spyBackend) gasSent() []uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]uint64(nil), s.sent...)
}

// spyConfig is te.config(acc, state) with the worker's client on a spyBackend.
func (te *testEnv) spyConfig(acc *chaintest.Account, state string, fail error) (Config, *spyBackend) {
	te.t.Helper()
	cfg := te.config(acc, state)
	spy := &spyBackend{Client: te.e.Client, fail: fail}
	mine := func() {
		te.mineMu.Lock()
		defer te.mineMu.Unlock()
		te.e.Commit()
	}
	cfg.Client = must(sdk.New(bg, spy, te.e.D.Hub, sdk.WithKey(acc.Key), sdk.WithMiner(mine),
		sdk.WithPollInterval(5*time.Millisecond), sdk.WithReceiptTimeout(20*time.Second)))
	return cfg, spy
}

// Under geth's dev rules (Osaka's 2^24 transaction cap, state creation about 3× Prague's
// price), a first contribution costs about 236k gas: the worker's batch of 80
// contributions (19M gas) does not fit one transaction. The worker splits it, every
// contribution lands, no transaction asks for more than the cap, and the next batches
// are sized by the gas seen.
func TestContributionBatchSplitToFitTheTxGasCap(t *testing.T) {
	const tasks = 80
	te := newEnv(t, 1, chaintest.WithRules(chaintest.RulesDev))
	acc := te.e.Workers[0]
	cfg, spy := te.spyConfig(acc, t.TempDir(), nil)
	cfg.Slots = 4
	cfg.BatchWindow = time.Hour // one flush once every task is computed: one batch of 80
	w := te.start(cfg)

	deal := te.deal(te.hello, tasks, 3) // trust 3: contributions, no finalization
	var jobs []api.Job
	for _, idx := range deal.Indexes() {
		jobs = append(jobs, te.sched.job(deal, idx, acc.Address, false))
	}
	te.sched.give(acc.Address, api.Work{Jobs: jobs})

	txs := map[common.Hash]int{}
	for _, idx := range deal.Indexes() {
		rep := te.sched.waitReport(acc.Address, deal.TaskID(idx), api.StepContributed)
		task := must(te.pool.TaskOf(bg, deal, idx))
		ct, ok := task.Contribution(acc.Address)
		if !ok || rep.Tx == nil || ct.TxHash != *rep.Tx {
			t.Fatalf("task %d: contribution %+v, report %+v", idx, ct, rep)
		}
		txs[ct.TxHash]++
	}
	if len(txs) < 2 {
		t.Fatalf("%d contributions landed in %d transaction(s): the batch was not split", tasks, len(txs))
	}
	for _, g := range spy.gasSent() {
		if g > sdk.MaxTxGas {
			t.Fatalf("a transaction asked for %d gas, over the cap %d (sent: %v)", g, sdk.MaxTxGas, spy.gasSent())
		}
	}
	t.Logf("%d contributions in %d transactions, gas limits %v", tasks, len(txs), spy.gasSent())
	if n := w.sizer.Size(opContribute.String(), maxBatch, maxBatch); n >= tasks {
		t.Errorf("after the split, the next contribution batch is sized %d tasks; want fewer than %d", n, tasks)
	}
}

// A transaction the node refuses every time, for a reason that is neither the
// contract's nor the network's, is tried maxChainTries times, then the task is handed
// back (reported failed, its state removed), not retried forever.
func TestFailingTransactionIsHandedBack(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	state := t.TempDir()
	cfg, spy := te.spyConfig(acc, state, errors.New("the node refuses this transaction"))
	te.start(cfg)

	deal := te.deal(te.hello, 2, 3)
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{
		te.sched.job(deal, deal.BotFirst, acc.Address, false), te.sched.job(deal, deal.BotFirst+1, acc.Address, false)}})
	for _, idx := range deal.Indexes() {
		rep := te.sched.waitReport(acc.Address, deal.TaskID(idx), api.StepFailed)
		if rep.NotNeeded || !strings.Contains(rep.Error, "failed 5 times") || !strings.Contains(rep.Error, "the node refuses this transaction") {
			t.Errorf("task %d reported %q (not needed: %t), want a failure after 5 tries", idx, rep.Error, rep.NotNeeded)
		}
	}
	// Both tasks went in one batch: 5 tries of it, and nothing after.
	time.Sleep(2 * time.Second)
	if n := len(spy.gasSent()); n != maxChainTries {
		t.Errorf("the failing transaction was sent %d times, want %d", n, maxChainTries)
	}
	if ents, _ := os.ReadDir(filepath.Join(state, "tasks")); len(ents) != 0 {
		t.Errorf("tasks/ holds %d entries after the tasks were handed back", len(ents))
	}
}

// A restart does not start a failing transaction's tries over: the count is saved with
// the task.
func TestFailedTriesSurviveARestart(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	state := t.TempDir()
	deal := te.deal(te.hello, 1, 3)
	idx := deal.BotFirst
	// As if a worker had tried the contribution 4 times and stopped.
	saveRecord(t, state, &record{Job: te.sched.job(deal, idx, acc.Address, false), Phase: PhaseComputed,
		Digest: te.helloDigest(deal, idx), ChainTries: maxChainTries - 1})
	cfg, spy := te.spyConfig(acc, state, errors.New("the node refuses this transaction"))
	te.start(cfg)
	rep := te.sched.waitReport(acc.Address, deal.TaskID(idx), api.StepFailed)
	if !strings.Contains(rep.Error, "failed 5 times") {
		t.Errorf("reported %q, want a failure after 5 tries", rep.Error)
	}
	if n := len(spy.gasSent()); n != 1 {
		t.Errorf("after the restart the transaction was sent %d times, want 1 (the 5th try)", n)
	}
}

// Trust-1 results of several deals computed together go in one transaction (the hub's
// multicall). When the contract refuses one deal's batch, the others still land: each
// deal's batch is then sent on its own, and the refused task, done by another worker,
// is reported not needed.
func TestTrustOneResultsOfSeveralDealsShareATransaction(t *testing.T) {
	te := newEnv(t, 2)
	a, b := te.e.Workers[0], te.e.Workers[1]
	cfg := te.config(a, t.TempDir())
	cfg.BatchWindow = time.Hour // one flush once every task is computed
	te.start(cfg)
	deals := []*sdk.Deal{te.deal(te.hello, 2, 1), te.deal(te.hello, 2, 1), te.deal(te.hello, 1, 1)}
	var jobs []api.Job
	for _, d := range deals {
		for _, idx := range d.Indexes() {
			jobs = append(jobs, te.sched.job(d, idx, a.Address, true))
		}
	}
	te.sched.give(a.Address, api.Work{Jobs: jobs})
	txs := map[common.Hash]int{}
	for _, d := range deals {
		for _, idx := range d.Indexes() {
			rep := te.sched.waitReport(a.Address, d.TaskID(idx), api.StepFinalized)
			task := must(te.pool.TaskOf(bg, d, idx))
			if task.Status != sdk.TaskCompleted || task.ResultDigest != te.helloDigest(d, idx) || rep.Tx == nil {
				t.Fatalf("deal %s task %d: %s, digest %s", d.ID.Hex(), idx, task.Status, task.ResultDigest.Hex())
			}
			txs[*rep.Tx]++
		}
	}
	if len(txs) != 1 {
		t.Fatalf("5 tasks of 3 deals finalized in %d transactions %v; want one", len(txs), txs)
	}

	// Worker b: a task a finished already, with a fresh deal's two.
	cfg = te.config(b, t.TempDir())
	cfg.BatchWindow = time.Hour
	te.start(cfg)
	fresh := te.deal(te.hello, 2, 1)
	done := deals[0]
	jobs = []api.Job{te.sched.job(done, done.BotFirst, b.Address, true)}
	for _, idx := range fresh.Indexes() {
		jobs = append(jobs, te.sched.job(fresh, idx, b.Address, true))
	}
	te.sched.give(b.Address, api.Work{Jobs: jobs})
	for _, idx := range fresh.Indexes() {
		te.sched.waitReport(b.Address, fresh.TaskID(idx), api.StepFinalized)
		if task := must(te.pool.TaskOf(bg, fresh, idx)); task.Status != sdk.TaskCompleted || task.ResultDigest != te.helloDigest(fresh, idx) {
			t.Fatalf("fresh deal's task %d: %s", idx, task.Status)
		}
	}
	fail := te.sched.waitReport(b.Address, done.TaskID(done.BotFirst), api.StepFailed)
	if !fail.NotNeeded || !strings.Contains(fail.Error, "COMPLETED") {
		t.Errorf("the task done by another worker: %q (not needed: %t), want not needed: COMPLETED", fail.Error, fail.NotNeeded)
	}
}

// specRecorder runs tasks with Executor and records, by deal id, whether each task's run
// was marked replicated.
type specRecorder struct {
	executor.Executor
	mu         sync.Mutex
	replicated map[string]bool
}

func (s *specRecorder) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	s.mu.Lock()
	s.replicated[spec.DealID] = spec.Replicated
	s.mu.Unlock()
	return s.Executor.Run(ctx, spec)
}

// A task of a deal of trust above 1 runs as replicated (the wasm executor then never
// interprets it: executor.Spec.Replicated); a trust-1 task does not.
func TestReplicatedTasksRunAsSuch(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	cfg := te.config(acc, t.TempDir())
	rec := &specRecorder{Executor: cfg.Executors["wasm"], replicated: map[string]bool{}}
	cfg.Executors = map[string]executor.Executor{"wasm": rec}
	te.start(cfg)
	one, three := te.deal(te.hello, 1, 1), te.deal(te.hello, 1, 3)
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{
		te.sched.job(one, one.BotFirst, acc.Address, true), te.sched.job(three, three.BotFirst, acc.Address, false)}})
	te.sched.waitReport(acc.Address, one.TaskID(one.BotFirst), api.StepComputed)
	te.sched.waitReport(acc.Address, three.TaskID(three.BotFirst), api.StepComputed)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	r1, ok1 := rec.replicated[job.Hex(one.ID)]
	r3, ok3 := rec.replicated[job.Hex(three.ID)]
	if !ok1 || !ok3 || r1 || !r3 {
		t.Fatalf("runs marked replicated: trust 1 %v (ran %v), trust 3 %v (ran %v); want false and true", r1, ok1, r3, ok3)
	}
}
