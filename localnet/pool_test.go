package localnet_test

// A pool that keeps its promises (issue 12): capacity counts only what workers have
// shown, a worker that takes tasks and does not progress loses them and is benched, and a
// bag survives a worker killed in the middle. Real network, a fake worker speaking the
// worker API; no sleeps, only conditions.

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// fakeWorker logs in to the pool's scheduler with a key of its own (funded with a
// deposit), registers what it is told, heartbeats and takes the work it is given — and
// never runs any of it: a hoarder.
type fakeWorker struct {
	addr common.Address
	key  *ecdsa.PrivateKey
	c    *api.Client

	mu      sync.Mutex
	jobs    map[common.Hash]bool
	cancels map[common.Hash]bool
}

// startFakeWorker funds a fresh key with deposit RLC in the hub, logs it in and registers
// caps; it heartbeats and polls for work until the test ends.
func startFakeWorker(t *testing.T, ctx context.Context, n *localnet.Net, deposit int64, caps api.Capabilities) *fakeWorker {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeWorker{addr: crypto.PubkeyToAddress(key.PublicKey), key: key, c: api.NewClient(n.SchedulerURL(), nil),
		jobs: map[common.Hash]bool{}, cancels: map[common.Hash]bool{}}
	faucet, err := n.Client(ctx, n.Faucet())
	if err != nil {
		t.Fatal(err)
	}
	defer faucet.Close()
	if _, err := faucet.DepositFor(ctx, sdk.RLC(deposit), f.addr); err != nil {
		t.Fatalf("funding the fake worker: %v", err)
	}
	sess, err := f.c.Login(ctx, key)
	if err != nil {
		t.Fatalf("the fake worker's login: %v", err)
	}
	f.register(t, ctx, caps)
	wctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() })
	wg.Add(2)
	go func() { // heartbeats
		defer wg.Done()
		tick := time.NewTicker(time.Duration(sess.HeartbeatInterval))
		defer tick.Stop()
		for {
			select {
			case <-wctx.Done():
				return
			case <-tick.C:
				_ = f.c.Heartbeat(wctx)
			}
		}
	}()
	go func() { // takes work, does none of it
		defer wg.Done()
		for wctx.Err() == nil {
			w, err := f.c.Work(wctx, time.Second)
			if err != nil {
				select {
				case <-wctx.Done():
				case <-time.After(100 * time.Millisecond):
				}
				continue
			}
			f.mu.Lock()
			for _, j := range w.Jobs {
				f.jobs[j.TaskID] = true
			}
			for _, id := range w.Cancel {
				f.cancels[id] = true
			}
			f.mu.Unlock()
		}
	}()
	return f
}

func (f *fakeWorker) register(t *testing.T, ctx context.Context, caps api.Capabilities) {
	t.Helper()
	if err := f.c.Register(ctx, caps); err != nil {
		t.Fatalf("the fake worker's registration: %v", err)
	}
}

func (f *fakeWorker) count() (jobs, cancels int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.jobs), len(f.cancels)
}

// capacity is worker's line in the scheduler's public status.
func capacity(t *testing.T, ctx context.Context, n *localnet.Net, worker common.Address) api.WorkerCapacity {
	t.Helper()
	st, err := api.NewClient(n.SchedulerURL(), nil).Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range st.Capacity {
		if c.Worker == worker {
			return c
		}
	}
	t.Fatalf("worker %s is not in the scheduler's status", worker.Hex())
	return api.WorkerCapacity{}
}

// A worker with stake that registers 20 slots, heartbeats and never reports progress
// holds one task (it proved one slot), loses it at its progress deadline, and the task is
// done by honest workers before the contribution deadline; the miss shows in the
// scheduler's status and benches it (here after one miss), and a benched worker gets no
// work: a whole second deal goes to the others. The same holds with the scheduler's
// --group-deals, which gives a trust-1 task first to a worker holding its deal, the
// hoarder included: its effective slots still bound what it gets.
func TestAHoardingWorkerIsDetectedAndBenched(t *testing.T) {
	for _, group := range []bool{false, true} {
		t.Run(fmt.Sprintf("group deals %v", group), func(t *testing.T) { testHoarder(t, group) })
	}
}

func testHoarder(t *testing.T, group bool) {
	// A block a second keeps the chain's clock, which the contribution deadline follows,
	// to the wall clock, which the progress deadline follows.
	n := testnet(t, localnet.Config{NoWorkers: true, MissesToBench: 1, GroupDeals: group, Devnet: devnet.Config{BlockTime: time.Second}})
	ctx := ctxFor(t, 4*time.Minute)
	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	// A 10-second category: progress deadline 45 s after a replicate is given (10 s × 1.5
	// + 30 s), contributions until 70 s after the deal.
	cat, err := n.CreateCategory(ctx, "ten", 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	hoarder := startFakeWorker(t, ctx, n, 100, api.Capabilities{Cores: 8, Slots: 20, Executors: []string{"wasm"}})
	deal := buy(t, ctx, n, localnet.Request{App: app, Category: cat.ID, Volume: 6, Trust: 1, Params: api.Params{Args: "hoard"}})
	waitFor(t, ctx, "the hoarder's first task", func() bool { jobs, _ := hoarder.count(); return jobs > 0 })
	for range 2 {
		if _, err := n.AddWorker(ctx, false); err != nil {
			t.Fatal(err)
		}
	}
	ended := wait(t, ctx, c, deal)
	allCompleted(t, ended, 6)
	for _, task := range tasks(t, ctx, c, deal) {
		if hasWorker(task, hoarder.addr) {
			t.Errorf("task %d has the hoarder's contribution", task.Index)
		}
		// Trust 1: contributeAndFinalize succeeds only before the contribution deadline.
		if len(task.Contributions) != 1 {
			t.Errorf("task %d has %d contributions, want 1", task.Index, len(task.Contributions))
		}
	}
	jobs, cancels := hoarder.count()
	if jobs != 1 || cancels != 1 {
		t.Errorf("the hoarder got %d tasks and %d cancels, want 1 of each: it proved a single slot, lost its task and was benched", jobs, cancels)
	}
	hc := capacity(t, ctx, n, hoarder.addr)
	if hc.Misses != 1 || hc.BenchedUntil == nil || hc.Declared != 20 || hc.Slots != 1 || !hc.Live {
		t.Errorf("the hoarder in the status: %+v; want 1 miss, benched, 20 declared, 1 slot counted, live", hc)
	}
	if now, err := c.ChainTime(ctx); err == nil {
		t.Logf("the deal's tasks all done %.0f s before its contribution deadline (chain time)", deal.ContributionDeadline().Sub(now).Seconds())
	}

	// Benched, it gets nothing of a second deal, which the honest workers do.
	second := buy(t, ctx, n, localnet.Request{App: app, Volume: 6, Trust: 1, Params: api.Params{Args: "after"}})
	allCompleted(t, wait(t, ctx, c, second), 6)
	if again, _ := hoarder.count(); again != 1 {
		t.Errorf("the benched hoarder got %d tasks in all, want still 1", again)
	}
	if !capacity(t, ctx, n, hoarder.addr).Live {
		t.Error("the hoarder stopped heartbeating: the test proves nothing about benching a live worker")
	}
}

// offerVolume is the remaining volume of the pool's newest offer of category 0 in the
// market (0: none).
func offerVolume(ctx context.Context, n *localnet.Net) (uint64, error) {
	cat := uint64(0)
	page, err := market.NewClient(n.MarketURL()).Query(ctx, sdk.KindWorkerpool,
		market.Filter{Workerpool: n.Pool, Category: &cat, Limit: market.MaxLimit})
	if err != nil {
		return 0, err
	}
	var newest *market.Order
	for _, o := range page.Orders {
		if newest == nil || o.Published.After(newest.Published) {
			newest = o
		}
	}
	if newest == nil {
		return 0, errors.New("no offer")
	}
	return newest.Remaining, nil
}

// A worker that declares a billion slots (and queue) does not change the pool's offers:
// they count the one slot it proved, as for a worker that declares one.
func TestAnInflatedSlotCountDoesNotChangeTheOffers(t *testing.T) {
	n := testnet(t, localnet.Config{Workers: 2})
	ctx := ctxFor(t, 2*time.Minute)
	per := uint64(localnet.PoolTasksPerSlot)
	volumeIs := func(what string, want uint64) {
		t.Helper()
		var got uint64
		var err error
		waitFor(t, ctx, what, func() bool {
			got, err = offerVolume(ctx, n)
			return err == nil && got == want
		})
	}
	// Two fresh workers: one proven slot each.
	volumeIs("the offers of two fresh workers", 2*per)
	fake := startFakeWorker(t, ctx, n, 100, api.Capabilities{Cores: 1, Slots: 1, Executors: []string{"wasm"}})
	volumeIs("the offers with a third worker of one slot", 3*per)
	fake.register(t, ctx, api.Capabilities{Cores: 1, Slots: 1_000_000_000, Queue: 1_000_000_000, Executors: []string{"wasm"}})
	if c := capacity(t, ctx, n, fake.addr); c.Declared != 2_000_000_000 || c.Slots != 1 {
		t.Fatalf("the inflated worker in the status: %+v; want 2e9 declared, 1 slot counted", c)
	}
	// Once a fourth worker of one slot shows in the offers, the inflated registration
	// (stored before it) has been counted too.
	startFakeWorker(t, ctx, n, 100, api.Capabilities{Cores: 1, Slots: 1, Executors: []string{"wasm"}})
	volumeIs("the offers with a fourth worker of one slot", 4*per)
	if got, err := offerVolume(ctx, n); err != nil || got != 4*per {
		t.Fatalf("offers of %d tasks (%v), want %d: the inflated slot count changed them", got, err, 4*per)
	}
}

// unrevealed reports whether worker has a contribution on chain to a task of deal that it
// has not revealed yet (killed now, it leaves a consensus group short of a reveal), and
// how many of the deal's tasks ended (finalized or claimed).
func unrevealed(ctx context.Context, c *sdk.Client, deal *sdk.Deal, worker common.Address) (bool, int) {
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return false, 0
	}
	evs, err := c.Events(ctx, deal.Block, head)
	if err != nil {
		return false, 0
	}
	ours := map[common.Hash]bool{}
	for _, idx := range deal.Indexes() {
		ours[deal.TaskID(idx)] = true
	}
	pending := map[common.Hash]bool{}
	ended := 0
	for _, ev := range evs {
		switch e := ev.(type) {
		case *sdk.TaskContributeEvent:
			if e.Worker == worker && ours[e.TaskID] {
				pending[e.TaskID] = true
			}
		case *sdk.TaskRevealEvent:
			if e.Worker == worker {
				delete(pending, e.TaskID)
			}
		case *sdk.TaskFinalizeEvent:
			if e.DealID == deal.ID {
				ended++
			}
		case *sdk.TaskClaimedEvent:
			if e.DealID == deal.ID {
				ended++
			}
		}
	}
	return len(pending) > 0, ended
}

// A bag at trust 5 in which a worker is killed mid-bag (half the undisturbed time in, or
// once a third of the bag ended if that comes first: the machine's load varies between
// the two runs), with a contribution it has not revealed, finishes at most three of the
// category's reference times later than the same bag undisturbed (measured first, on a
// fresh network of the same size): well before the contribution deadline (seven reference
// times after the deal), which a bag stuck on the lost worker's tasks would wait for. The
// bound is on the delay, not a ratio: the lost worker costs fixed waits (its loss, the
// reveal window), while the undisturbed bag gets shorter as the pipeline gets faster.
// Blocks come every second, so the chain's clock, which every deadline follows, keeps to
// the wall clock. The killed worker's unfinished replicates go to others once it is lost;
// a task whose consensus group it is in is finalized once the winners that revealed decide
// it alone and a fifth of the category's reference time has passed since the reveals
// opened (or at the reveal deadline, twice that time, when they do not), which a short
// category keeps short beside the bag.
func TestTrustFiveBagWithAWorkerKilledAfterContributing(t *testing.T) {
	const workers, volume = 5, 72
	const ref = 5 * time.Second // contributions within 35 s of the deal, reveals within 10 s of the consensus
	// run buys the bag and returns how long it took; with killAt > 0, worker 0 is killed
	// at the first moment from killAt on where it has a contribution not revealed.
	run := func(killAt time.Duration) time.Duration {
		kill := killAt > 0
		n := testnet(t, localnet.Config{Workers: workers, Devnet: devnet.Config{BlockTime: time.Second}})
		defer n.Close() // the second run gets the machine to itself
		ctx := ctxFor(t, 3*time.Minute)
		app := hello(t, ctx, n)
		c := client(t, ctx, n)
		cat, err := n.CreateCategory(ctx, "ten", ref)
		if err != nil {
			t.Fatal(err)
		}
		if err := n.WaitOffers(ctx, 30*time.Second); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		deal := buy(t, ctx, n, localnet.Request{App: app, Category: cat.ID, Volume: volume, Trust: 5, Params: api.Params{Args: "kill"}})
		killed := make(chan time.Duration, 1)
		if kill {
			victim := n.WorkerAddress(0)
			go func() {
				tick := time.NewTicker(50 * time.Millisecond)
				defer tick.Stop()
				for {
					select {
					case <-ctx.Done():
						return
					case <-tick.C:
					}
					pending, ended := unrevealed(ctx, c, deal, victim)
					if pending && (time.Since(start) >= killAt || ended >= volume/3) {
						if err := n.StopWorker(0); err != nil { // killed: it reveals and uploads nothing more
							t.Error(err)
						}
						killed <- time.Since(start)
						return
					}
				}
			}()
		}
		end, err := localnet.WaitDeal(ctx, c, deal, nil)
		if err != nil {
			t.Fatal(err)
		}
		took := time.Since(start)
		allCompleted(t, end, volume)
		if kill {
			select {
			case at := <-killed:
				t.Logf("worker 0 killed %.1f s after the deal, with a contribution not revealed", at.Seconds())
			default:
				t.Fatal("worker 0 was never killed with a contribution not revealed: the test proves nothing")
			}
		}
		return took
	}
	undisturbed := run(0)
	disturbed := run(undisturbed / 2) // mid-bag
	delay := disturbed - undisturbed
	t.Logf("%d tasks at trust 5 on %d workers, category of %s, a block a second: %.1f s undisturbed, %.1f s with a worker killed: %.1f s later (ratio %.2f)",
		volume, workers, ref, undisturbed.Seconds(), disturbed.Seconds(), delay.Seconds(), disturbed.Seconds()/undisturbed.Seconds())
	if delay >= 3*ref {
		t.Errorf("a worker killed mid-bag delays the bag by %.1f s, want less than 3 reference times (%s)", delay.Seconds(), 3*ref)
	}
}
