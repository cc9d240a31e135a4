package localnet_test

// End-to-end tests: a whole network in this process (dev chain, storage gateway,
// scheduler, workers with the wasm executor), driven as a requester would. They wait on
// conditions, never on fixed sleeps.

import (
	"context"
	"crypto/sha256"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/executor/conformance"
	"github.com/pocolabs/poco/executor/oci/ocitest"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/worker/job"
)

func TestMain(m *testing.M) {
	code := m.Run()
	conformance.Cleanup()
	ocitest.Stop() // the podman service the OCI tests started, if any
	os.Exit(code)
}

// testnet starts a network in a temporary folder on free ports.
func testnet(t *testing.T, cfg localnet.Config) *localnet.Net {
	t.Helper()
	base := t.TempDir()
	cfg.Devnet.DataDir = filepath.Join(base, "devnet")
	cfg.Devnet.ConfigPath = filepath.Join(base, "config.json")
	if cfg.Devnet.IdleBlockInterval == 0 {
		cfg.Devnet.IdleBlockInterval = time.Second
	}
	if cfg.WorkerSpeed == 0 {
		cfg.WorkerSpeed = 1 // no benchmark at start: tests do not need the machine's factor
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 100 * time.Millisecond
	}
	if cfg.HeartbeatInterval == 0 {
		cfg.HeartbeatInterval, cfg.HeartbeatTimeout = 300*time.Millisecond, 3*time.Second
	}
	if os.Getenv("POCO_TEST_LOG") != "" {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	n, err := localnet.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("starting the network: %v", err)
	}
	t.Cleanup(func() { n.Close() })
	return n
}

func ctxFor(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func hello(t *testing.T, ctx context.Context, n *localnet.Net) *localnet.App {
	t.Helper()
	p, err := examples.Build(ctx, examples.Hello, filepath.Join(os.TempDir(), "poco-test-examples"))
	if err != nil {
		t.Fatal(err)
	}
	return publish(t, ctx, n, "hello", p)
}

func testApp(t *testing.T, ctx context.Context, n *localnet.Net) *localnet.App {
	t.Helper()
	p := conformance.BuildGo(t, "github.com/pocolabs/poco/executor/conformance/testapp", "wasip1", "wasm")
	return publish(t, ctx, n, "testapp", p)
}

func publish(t *testing.T, ctx context.Context, n *localnet.Net, name, path string) *localnet.App {
	t.Helper()
	module, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	app, err := n.PublishApp(ctx, name, module)
	if err != nil {
		t.Fatal(err)
	}
	return app
}

func client(t *testing.T, ctx context.Context, n *localnet.Net) *sdk.Client {
	t.Helper()
	c, err := n.Client(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func buy(t *testing.T, ctx context.Context, n *localnet.Net, r localnet.Request) *sdk.Deal {
	t.Helper()
	deal, err := n.Buy(ctx, r)
	if err != nil {
		t.Fatalf("buying %d tasks: %v", r.Volume, err)
	}
	return deal
}

func wait(t *testing.T, ctx context.Context, c *sdk.Client, deal *sdk.Deal) map[uint64]localnet.Ending {
	t.Helper()
	ended, err := localnet.WaitDeal(ctx, c, deal, nil)
	if err != nil {
		t.Fatal(err)
	}
	return ended
}

// download fetches task's result from the gateway into a fresh folder, checking its
// digest against the chain's, and returns the folder.
func download(t *testing.T, ctx context.Context, n *localnet.Net, task *sdk.Task) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := requester.Download(ctx, n.Store, task, dir); err != nil {
		t.Fatalf("task %d: %v", task.Index, err)
	}
	return dir
}

func tasks(t *testing.T, ctx context.Context, c *sdk.Client, deal *sdk.Deal) []*sdk.Task {
	t.Helper()
	ts, err := c.DealTasks(ctx, deal)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

func allCompleted(t *testing.T, ended map[uint64]localnet.Ending, n int) {
	t.Helper()
	if len(ended) != n {
		t.Fatalf("%d tasks ended, want %d", len(ended), n)
	}
	for idx, e := range ended {
		if e.Status != sdk.TaskCompleted {
			t.Errorf("task %d ended %v, want COMPLETED", idx, e.Status)
		}
	}
}

func readResult(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// 1. A bag of 20 trust-1 tasks completes; every result downloads and matches its
// on-chain digest.
func TestBagOfTwentyTrustOne(t *testing.T) {
	n := testnet(t, localnet.Config{Workers: 4})
	ctx := ctxFor(t, 3*time.Minute)
	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 20, Trust: 1, Params: api.Params{Args: "poco world"}})
	allCompleted(t, wait(t, ctx, c, deal), 20)
	for _, task := range tasks(t, ctx, c, deal) {
		dir := download(t, ctx, n, task)
		got := readResult(t, dir, "result.txt")
		want := "hello, poco world\ntask " + job.Hex(task.ID) + " of deal " + job.Hex(deal.ID)
		if !strings.HasPrefix(got, want) {
			t.Errorf("task %d result %q, want it to start with %q", task.Index, got, want)
		}
		if len(task.Contributions) != 1 {
			t.Errorf("task %d has %d contributions, want 1 (trust 1)", task.Index, len(task.Contributions))
		}
	}
}

// 2. A bag of 20 tasks at trust 5 with six workers of which one is a saboteur that always
// lies (its lie is what it commits and would upload): every task completes with the honest
// result; the saboteur loses its stake on every task it contributed to, and its score;
// honest scores rise; a dissent makes the scheduler add replicates until four agree. (Six workers: a task the faulty worker dissented on holds
// five, and its hidden check needs a sixth; a check by the faulty worker itself is
// outvoted by two more.)
func TestTrustFiveWithAFaultyWorker(t *testing.T) {
	const workers = 6
	n := testnet(t, localnet.Config{Workers: workers, Saboteurs: []int{0}, Strategy: localnet.Independent})
	ctx := ctxFor(t, 4*time.Minute)
	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	faulty := n.WorkerAddress(0)
	before := map[common.Address]sdk.Balance{}
	for i := 0; i < workers; i++ {
		a := n.WorkerAddress(i)
		b, err := c.Account(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		before[a] = b
	}
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 20, Trust: 5, Params: api.Params{Args: "trust five"}})
	allCompleted(t, wait(t, ctx, c, deal), 20)

	rejected, freshDissents := 0, 0
	for _, task := range tasks(t, ctx, c, deal) {
		dir := download(t, ctx, n, task)
		if got := readResult(t, dir, "result.txt"); !strings.HasPrefix(got, "hello, trust five\n") {
			t.Errorf("task %d result %q is not the honest one", task.Index, got)
		}
		agree, fresh := 0, true
		for _, ct := range task.Contributions {
			switch {
			case ct.Worker == faulty:
				rejected++
				if ct.Status != sdk.ContributionRejected {
					t.Errorf("task %d: the faulty worker's contribution is %v, want REJECTED", task.Index, ct.Status)
				}
			case ct.ResultHash == task.ConsensusValue:
				agree++
				// A worker's weight is max(score/3, 3) - 1: 2 until its score reaches 12.
				fresh = fresh && ct.Weight == 2
			}
		}
		if !hasWorker(task, faulty) {
			continue
		}
		// Honest scores rise during the deal, and heavier votes need fewer companions; while
		// every agreeing vote still weighs 2, a dissent means four of them at trust 5.
		if fresh {
			freshDissents++
			if agree < 4 {
				t.Errorf("task %d: the faulty worker dissented and only %d fresh workers agreed; trust 5 needs 4", task.Index, agree)
			}
		}
	}
	if rejected == 0 {
		t.Fatal("the faulty worker contributed to no task: the test proves nothing (more tasks or fewer workers)")
	}
	if freshDissents == 0 {
		t.Error("no task had the faulty worker's dissent against fresh workers only: the four-vote rule was not exercised")
	}
	t.Logf("the faulty worker was rejected on %d of 20 tasks, %d of them against fresh workers only", rejected, freshDissents)

	after, err := c.Account(ctx, faulty)
	if err != nil {
		t.Fatal(err)
	}
	lost := new(big.Int).Mul(deal.WorkerStake, big.NewInt(int64(rejected)))
	if want := new(big.Int).Sub(before[faulty].Total(), lost); after.Total().Cmp(want) != 0 {
		t.Errorf("faulty worker holds %s, want %s (its stake %s lost %d times)", after.Total(), want, deal.WorkerStake, rejected)
	}
	score, err := c.Score(ctx, faulty)
	if err != nil {
		t.Fatal(err)
	}
	if score != 0 {
		t.Errorf("faulty worker's score is %d, want 0 (fresh, only rejections)", score)
	}
	for i := 1; i < workers; i++ {
		a := n.WorkerAddress(i)
		s, err := c.Score(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if s == 0 {
			t.Errorf("honest worker %d's score did not rise", i)
		}
		b, _ := c.Account(ctx, a)
		if b.Total().Cmp(before[a].Total()) <= 0 {
			t.Errorf("honest worker %d earned nothing: %s then %s", i, before[a].Total(), b.Total())
		}
	}
}

// 2b. Consecutive deals at trust 5 in a pool where three workers of ten (30%) are colluding
// saboteurs, lying together with one result that matches what they commit and upload:
// checked on chain, at most one result in five is wrong (the trust-5 bound; in practice
// none), every saboteur that worked ends with fewer tokens and a score of 0, and the honest
// workers earned.
func TestConsecutiveDealsAtTrustFiveWithThirtyPercentSaboteurs(t *testing.T) {
	const workers, deals, volume = 10, 3, 8
	saboteurs := []int{0, 1, 2}
	n := testnet(t, localnet.Config{Workers: workers, Saboteurs: saboteurs, Strategy: localnet.Colluding})
	ctx := ctxFor(t, 6*time.Minute)
	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	before := map[common.Address]*big.Int{}
	for i := 0; i < workers; i++ {
		b, err := c.Account(ctx, n.WorkerAddress(i))
		if err != nil {
			t.Fatal(err)
		}
		before[n.WorkerAddress(i)] = b.Total()
	}
	isSaboteur := map[common.Address]bool{}
	for _, i := range saboteurs {
		isSaboteur[n.WorkerAddress(i)] = true
	}
	worked := map[common.Address]bool{}
	total, wrong := 0, 0
	for d := range deals {
		args := fmt.Sprintf("deal %d", d)
		deal := buy(t, ctx, n, localnet.Request{App: app, Volume: volume, Trust: 5, Params: api.Params{Args: args}})
		wait(t, ctx, c, deal)
		for _, task := range tasks(t, ctx, c, deal) {
			total++
			for _, ct := range task.Contributions {
				worked[ct.Worker] = true
			}
			if task.Status != sdk.TaskCompleted {
				t.Errorf("deal %d task %d ended %s", d, task.Index, task.Status)
				continue
			}
			if got := readResult(t, download(t, ctx, n, task), "result.txt"); !strings.HasPrefix(got, "hello, "+args+"\n") {
				wrong++
				t.Logf("deal %d task %d: the saboteurs' lie was accepted: %q", d, task.Index, got)
			}
		}
	}
	t.Logf("%d wrong results of %d tasks (bound %d)", wrong, total, total/5)
	if wrong > total/5 {
		t.Errorf("%d wrong results of %d tasks: above the trust-5 bound of one in five", wrong, total)
	}
	sabWorked := 0
	for a := range isSaboteur {
		if !worked[a] {
			continue
		}
		sabWorked++
		b, err := c.Account(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if b.Total().Cmp(before[a]) >= 0 {
			t.Errorf("saboteur %s holds %s, had %s: cheating must cost it", a.Hex(), b.Total(), before[a])
		}
		if s, err := c.Score(ctx, a); err != nil || s != 0 {
			t.Errorf("saboteur %s's score is %d (%v), want 0", a.Hex(), s, err)
		}
	}
	if sabWorked == 0 {
		t.Fatal("no saboteur got any work: the test proves nothing")
	}
	earned := new(big.Int)
	for i := 0; i < workers; i++ {
		a := n.WorkerAddress(i)
		if isSaboteur[a] {
			continue
		}
		b, err := c.Account(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		earned.Add(earned, new(big.Int).Sub(b.Total(), before[a]))
	}
	if earned.Sign() <= 0 {
		t.Errorf("the honest workers earned %s in all", earned)
	}
}

func hasWorker(task *sdk.Task, w common.Address) bool {
	for _, ct := range task.Contributions {
		if ct.Worker == w {
			return true
		}
	}
	return false
}

// 3. A worker killed in the middle of a task: the task completes through another worker.
func TestKilledWorkerTaskCompletesElsewhere(t *testing.T) {
	n := testnet(t, localnet.Config{Workers: 1})
	ctx := ctxFor(t, 3*time.Minute)
	app := testApp(t, ctx, n)
	c := client(t, ctx, n)
	// spin keeps the app busy for seconds in the wasm executor.
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 1, Trust: 1, Params: api.Params{Args: "spin 100000000"}})
	// The scheduler says so once the task is assigned; the worker's long poll hands it
	// the job at once, and the app then spins for seconds.
	sc := api.NewClient(n.SchedulerURL(), nil)
	worker0 := n.WorkerAddress(0).Hex()
	waitFor(t, ctx, "the only worker to take the task", func() bool {
		st, err := sc.Task(ctx, deal.TaskID(deal.BotFirst))
		return err == nil && strings.Contains(st.Reason, "waiting for worker "+worker0+" to contribute")
	})
	if err := n.StopWorker(0); err != nil { // as if killed: it reports nothing more
		t.Fatal(err)
	}
	if _, err := n.AddWorker(ctx, false); err != nil {
		t.Fatal(err)
	}
	allCompleted(t, wait(t, ctx, c, deal), 1)
	task := tasks(t, ctx, c, deal)[0]
	if len(task.Contributions) != 1 || task.Contributions[0].Worker != n.WorkerAddress(1) {
		t.Fatalf("contributions %+v, want one by the second worker %s", task.Contributions, n.WorkerAddress(1).Hex())
	}
}

// 4. The scheduler stopped in the middle of a deal and started again: the deal completes,
// nothing is paid twice.
func TestSchedulerRestartMidDeal(t *testing.T) {
	n := testnet(t, localnet.Config{Workers: 4})
	ctx := ctxFor(t, 4*time.Minute)
	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	requester := n.Devnet.Accounts()[0]
	before, err := c.Account(ctx, requester)
	if err != nil {
		t.Fatal(err)
	}
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 12, Trust: 4, Params: api.Params{Args: "restart"}})
	// Stop the scheduler as soon as two tasks are finalized.
	midway, stopped := context.WithCancel(ctx)
	_, err = localnet.WaitDeal(midway, c, deal, func(k int) {
		if k >= 2 && midway.Err() == nil {
			if err := n.StopScheduler(); err != nil {
				t.Error(err)
			}
			stopped()
		}
	})
	if midway.Err() == nil {
		t.Fatalf("the deal ended before the scheduler could be stopped (%v)", err)
	}
	stopped()
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	allCompleted(t, wait(t, ctx, c, deal), 12)

	after, err := c.Account(ctx, requester)
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(before.Total(), after.Total()); paid.Cmp(deal.Cost()) != 0 {
		t.Errorf("the requester paid %s, want the deal's cost %s", paid, deal.Cost())
	}
	finals := 0
	evs, err := c.Events(ctx, deal.Block, mustHead(t, ctx, c))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint64]bool{}
	for _, ev := range evs {
		if e, ok := ev.(*sdk.TaskFinalizeEvent); ok && e.DealID == deal.ID {
			finals++
			if seen[e.Index] {
				t.Errorf("task %d finalized twice", e.Index)
			}
			seen[e.Index] = true
		}
	}
	if finals != 12 {
		t.Errorf("%d finalize events, want 12", finals)
	}
}

func mustHead(t *testing.T, ctx context.Context, c *sdk.Client) uint64 {
	h, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// 5. No worker at all: after the final deadline the tasks are claimed and the requester is
// refunded.
func TestNoWorkerTasksClaimedAndRefunded(t *testing.T) {
	// A 1-second category puts the final deadline 10 s after the deal's start; idle blocks
	// every half second bring the chain's time there.
	n := testnet(t, localnet.Config{NoWorkers: true, Devnet: devnet.Config{IdleBlockInterval: 500 * time.Millisecond}})
	ctx := ctxFor(t, 3*time.Minute)
	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	cat, err := n.CreateCategory(ctx, "tiny", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	requester := n.Devnet.Accounts()[0]
	before, _ := c.Account(ctx, requester)
	deal := buy(t, ctx, n, localnet.Request{App: app, Category: cat.ID, Volume: 3, Trust: 1})
	ended := wait(t, ctx, c, deal)
	for idx, e := range ended {
		if e.Status != sdk.TaskFailed {
			t.Errorf("task %d ended %v, want FAILED (claimed)", idx, e.Status)
		}
	}
	after, _ := c.Account(ctx, requester)
	if after.Total().Cmp(before.Total()) != 0 || after.Locked.Sign() != 0 {
		t.Errorf("requester had %s, now %s free + %s locked: want everything back", before.Total(), after.Free, after.Locked)
	}
}

// 6. A malformed app, a checksum mismatch, an app that loops forever, an app that writes
// too much: each ends with a clear failure for its task, and a normal deal beside them
// completes.
func TestFailingAppsEndWithErrorResults(t *testing.T) {
	n := testnet(t, localnet.Config{Workers: 3, WorkerOutputBytes: 1 << 20})
	ctx := ctxFor(t, 4*time.Minute)
	c := client(t, ctx, n)
	good := hello(t, ctx, n)
	tapp := testApp(t, ctx, n)
	cat, err := n.CreateCategory(ctx, "short", 3*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	malformed, err := n.PublishApp(ctx, "malformed", []byte("\x00asm this is not a module"))
	if err != nil {
		t.Fatal(err)
	}
	module, _ := os.ReadFile(conformance.BuildGo(t, "github.com/pocolabs/poco/executor/conformance/testapp", "wasip1", "wasm"))
	mismatch, err := n.PublishAppAs(ctx, "mismatch", module, sha256.Sum256([]byte("another module")))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		app  *localnet.App
		args string
		code string
	}{
		{"malformed app", malformed, "", job.ReasonAppInvalid},
		{"checksum mismatch", mismatch, "", job.ReasonAppChecksum},
		{"endless loop", tapp, "loop", job.ReasonTimeout},
		{"too much output", tapp, "writeout big 5000000", job.ReasonOutputTooLarge},
	}
	deals := make([]*sdk.Deal, len(cases))
	for i, tc := range cases {
		deals[i] = buy(t, ctx, n, localnet.Request{App: tc.app, Category: cat.ID, Volume: 1, Trust: 1, Params: api.Params{Args: tc.args}})
	}
	normal := buy(t, ctx, n, localnet.Request{App: good, Volume: 3, Trust: 1, Params: api.Params{Args: "fine"}})
	for i, tc := range cases {
		allCompleted(t, wait(t, ctx, c, deals[i]), 1)
		task := tasks(t, ctx, c, deals[i])[0]
		dir := download(t, ctx, n, task)
		doc := readResult(t, dir, job.ErrorFile)
		if want := string(job.ErrorDocument(task.ID, tc.code)); doc != want {
			t.Errorf("%s: error result %s, want %s", tc.name, doc, want)
		}
		if task.ResultDigest != job.ErrorDigest(task.ID, tc.code) {
			t.Errorf("%s: on-chain digest %s is not the error digest", tc.name, task.ResultDigest.Hex())
		}
	}
	allCompleted(t, wait(t, ctx, c, normal), 3)
}

// waitFor polls cond until it holds or ctx ends.
func waitFor(t *testing.T, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
