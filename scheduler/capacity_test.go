package scheduler

import (
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// fakeClock is the wall clock moved forward by the test (Config.Clock); the chain's
// clock is the simulated chain's.
type fakeClock struct{ offset atomic.Int64 }

func (c *fakeClock) now() time.Time          { return time.Now().Add(time.Duration(c.offset.Load())) }
func (c *fakeClock) advance(d time.Duration) { c.offset.Add(int64(d)) }

// capacityOf is worker's line in the pool's public status.
func capacityOf(t *testing.T, s *Scheduler, worker common.Address) api.WorkerCapacity {
	t.Helper()
	var st api.Status
	must(t, call(bg, "GET", s.URL()+api.PathStatus, "", nil, &st))
	for _, c := range st.Capacity {
		if c.Worker == worker {
			return c
		}
	}
	t.Fatalf("worker %s not in the status %+v", worker.Hex(), st)
	return api.WorkerCapacity{}
}

// A worker that declares a billion slots, heartbeats and never runs what it takes: it
// holds one replicate (it proved no more), loses it at its progress deadline to the next
// worker, each miss shows in the status, and at Config.MissesToBench misses it is
// benched: it gets no more work, and an honest worker does the whole deal.
func TestAHoardingWorkerLosesItsReplicatesAndIsBenched(t *testing.T) {
	e := newTestEnv(t, 2)
	cat := e.CreateCategory("ten", 10) // progress deadline: 45 s at speed 1; contributions: start + 70 s
	clock := &fakeClock{}
	cfg := e.config()
	cfg.Clock = clock.now
	cfg.HeartbeatTimeout = time.Hour // the clock jumps: only deadlines may pass
	cfg.MissesToBench, cfg.BenchAfterLate = 2, 10*time.Minute
	s := e.start(cfg)
	hoarder := e.newWorker(e.Workers[0], s.URL)
	hoarder.caps.Slots, hoarder.caps.Queue, hoarder.stall = 1_000_000_000, 1_000_000_000, true
	hoarder.start()
	d := e.match(3, 1, cat)

	waitFor(t, 20*time.Second, "the hoarder's first job", func() bool { return hoarder.count(hoarder.jobs) == 1 })
	waitRounds(t, s, 5)
	if n := hoarder.count(hoarder.jobs); n != 1 {
		t.Fatalf("the hoarder holds %d replicates, want 1: it proved one slot", n)
	}
	if c := capacityOf(t, s, hoarder.acc.Address); c.Declared != 2_000_000_000 || c.Proven != 1 || c.Slots != 1 ||
		c.Staked == nil || *c.Staked != 10_000 || c.Misses != 0 {
		t.Fatalf("the hoarder's capacity %+v, want 2e9 declared, 1 proven, 10,000 staked (100,000 RLC / 10), 1 counted", c)
	}

	// Its progress deadline passes: the replicate goes back, a miss is counted, and the
	// next task comes (one miss is not a bench).
	clock.advance(46 * time.Second)
	waitFor(t, 10*time.Second, "the first miss", func() bool { return capacityOf(t, s, hoarder.acc.Address).Misses == 1 })
	waitFor(t, 10*time.Second, "the cancel and a second job", func() bool {
		return hoarder.count(hoarder.cancels) == 1 && hoarder.count(hoarder.jobs) == 2
	})
	if n := e.logs.count("replicate withdrawn: its worker missed its progress deadline", hoarder.acc.Address.Hex(), "misses=1"); n != 1 {
		t.Errorf("%d log lines of the first miss, want 1", n)
	}

	// The second miss benches it.
	clock.advance(46 * time.Second)
	waitFor(t, 10*time.Second, "the bench", func() bool {
		c := capacityOf(t, s, hoarder.acc.Address)
		return c.Misses == 2 && c.BenchedUntil != nil
	})
	if n := e.logs.count("level=WARN", "worker benched: it missed too many progress deadlines", "misses=2"); n != 1 {
		t.Errorf("%d log lines of the bench, want 1", n)
	}
	c := capacityOf(t, s, hoarder.acc.Address)
	chainNow := time.Unix(int64(e.Now()), 0)
	if c.BenchedUntil.Before(chainNow.Add(9*time.Minute)) || c.Proven != 1 || c.LastMiss == nil {
		t.Fatalf("capacity after two misses %+v at chain time %s: want a bench of 10 minutes", c, chainNow)
	}

	// An honest worker does the whole deal; the benched hoarder gets nothing more.
	honest := e.newWorker(e.Workers[1], s.URL).start()
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	for _, idx := range d.Indexes() {
		if tk := e.task(d, idx); tk.Contributions[0].Worker != honest.acc.Address {
			t.Errorf("task %d done by %s, want the honest worker", idx, tk.Contributions[0].Worker.Hex())
		}
	}
	if n := hoarder.count(hoarder.jobs); n != 2 {
		t.Errorf("the benched hoarder got %d jobs in all, want the 2 it lost", n)
	}
}

// A replicate that waited in the worker's queue is judged from when its run started.
func TestAQueuedReplicatesDeadlineCountsFromItsStart(t *testing.T) {
	e := newTestEnv(t, 1)
	cat := e.CreateCategory("ten", 10)
	clock := &fakeClock{}
	cfg := e.config()
	cfg.Clock = clock.now
	cfg.HeartbeatTimeout = time.Hour
	s := e.start(cfg)
	w := e.Workers[0]
	sess := registered(t, s.URL(), w, api.Capabilities{Slots: 1, Executors: []string{"wasm"}, Speed: 2})
	d := e.match(1, 1, cat)
	id := d.TaskID(d.BotFirst)
	var a0 time.Time
	waitFor(t, 20*time.Second, "the replicate and its deadline", func() bool {
		a, err := s.st.Assignment(bg, id, w.Address)
		a0 = a.Deadline
		return err == nil && !a.Deadline.IsZero()
	})
	a, _ := s.st.Assignment(bg, id, w.Address)
	if want := plan.ProgressDeadline(a.Since, 10*time.Second, 2); a0.Sub(want).Abs() > time.Second {
		t.Fatalf("deadline %s, want %s: since + 10 s / speed 2 × 1.5 + 30 s", a0, want)
	}
	clock.advance(30 * time.Second) // it waited in the queue
	must(t, call(bg, "POST", s.URL()+api.PathReport, sess.Token, api.Report{TaskID: id, Step: api.StepStarted}, nil))
	a, _ = s.st.Assignment(bg, id, w.Address)
	if want := plan.ProgressDeadline(clock.now(), 10*time.Second, 2); a.Deadline.Sub(want).Abs() > time.Second {
		t.Fatalf("deadline after the start %s, want %s", a.Deadline, want)
	}
	// A second start report does not move it again.
	clock.advance(30 * time.Second)
	must(t, call(bg, "POST", s.URL()+api.PathReport, sess.Token, api.Report{TaskID: id, Step: api.StepStarted}, nil))
	if again, _ := s.st.Assignment(bg, id, w.Address); !again.Deadline.Equal(a.Deadline) {
		t.Fatalf("a second start report moved the deadline from %s to %s", a.Deadline, again.Deadline)
	}
}

// A worker's slots are bounded by its free balance / the minimum stake, refreshed with
// its heartbeats; a worker with too little stake for a slot gets no work.
func TestStakeBoundsAWorkersSlots(t *testing.T) {
	e := newTestEnv(t, 1)
	cfg := e.config()
	cfg.MinStake = sdk.RLC(40_000) // the worker's 100,000 RLC back 2 slots
	cfg.StakeRefresh = 100 * time.Millisecond
	s := e.start(cfg)
	w := e.newWorker(e.Workers[0], s.URL)
	w.stall = true
	w.start()
	waitFor(t, 10*time.Second, "the worker registered", func() bool { return s.st.SetProvenSlots(bg, w.acc.Address, 4) == nil })
	if c := capacityOf(t, s, w.acc.Address); c.Staked == nil || *c.Staked != 2 || c.Slots != 2 || c.Proven != 4 || c.Declared != 4 {
		t.Fatalf("capacity %+v, want 4 declared and proven, 2 staked and counted", c)
	}
	// It withdraws most of its deposit: at its next refresh, its stake backs no slot.
	_, err := w.c.Withdraw(bg, sdk.RLC(70_000))
	must(t, err)
	waitFor(t, 10*time.Second, "the stake read again", func() bool {
		c := capacityOf(t, s, w.acc.Address)
		return c.Staked != nil && *c.Staked == 0 && c.Slots == 0
	})
	d := e.match(1, 1, nil)
	waitFor(t, 10*time.Second, "the task waiting", func() bool {
		return e.logs.count("tasks wait for workers", d.ID.Hex(), "free slot") > 0
	})
	if n := w.count(w.jobs); n != 0 {
		t.Fatalf("a worker whose stake backs no slot got %d jobs", n)
	}
}

// A consensus group asked to reveal whose members are all lost gets another worker at
// once, not after the reveal timeout; that worker opens the reveals.
func TestAConsensusGroupThatIsAllLostGetsAnotherWorkerAtOnce(t *testing.T) {
	e := newTestEnv(t, 3)
	cfg := e.config()
	cfg.HeartbeatTimeout = time.Second
	cfg.RevealTimeout = time.Hour
	s := e.start(cfg)
	var group []*worker
	for _, acc := range e.Workers[:2] {
		w := e.newWorker(acc, s.URL)
		w.noReveal = true
		group = append(group, w.start())
	}
	d := e.match(1, 3, nil) // trust 3: two fresh workers agree
	id := d.TaskID(d.BotFirst)
	waitFor(t, 20*time.Second, "the group asked to reveal", func() bool {
		return group[0].permit(id) != nil && group[1].permit(id) != nil
	})
	for _, w := range group {
		w.stop() // both die before revealing
	}
	third := e.newWorker(e.Workers[2], s.URL).start()
	// The group's members never reveal (noReveal): only the third worker can open the
	// reveals. It records its reveal once the receipt is back, which may be after the
	// chain shows the task REVEALING: wait for both.
	waitFor(t, 20*time.Second, "the reveals opened by the third worker", func() bool {
		return e.task(d, d.BotFirst).Status == sdk.TaskRevealing && third.has(third.revealed, id)
	})
}

// With Config.Requesters the pool's offers are restricted: one per listed requester,
// none for anyone else.
func TestOffersRestrictedToListedRequesters(t *testing.T) {
	e := newTestEnv(t, 1)
	mc := e.startMarket()
	cfg := e.config()
	cfg.Market, cfg.OfferInterval = mc, 50*time.Millisecond
	cfg.Pricing = offers.Fixed{Each: big.NewInt(pocotest.RLC)}
	a, b := common.HexToAddress("0xA0"), common.HexToAddress("0xB0")
	cfg.Requesters = []common.Address{a, b}
	s := e.start(cfg)
	w := e.newWorker(e.Workers[0], s.URL)
	w.stall = true
	w.start()
	cat := uint64(0)
	var orders []*market.Order
	waitFor(t, 10*time.Second, "two offers of category 0", func() bool {
		page, err := mc.Query(bg, sdk.KindWorkerpool, market.Filter{Workerpool: e.Pool, Category: &cat, Limit: market.MaxLimit})
		orders = nil
		if err == nil {
			orders = page.Orders
		}
		return len(orders) == 2
	})
	got := map[common.Address]bool{}
	for _, o := range orders {
		so, err := o.SignedOrder()
		must(t, err)
		wo, ok := so.(sdk.SignedWorkerpoolOrder)
		if !ok {
			t.Fatalf("order %s is a %T", o.Hash.Hex(), so)
		}
		got[wo.Order.RequesterRestrict] = true
	}
	if len(got) != 2 || !got[a] || !got[b] {
		t.Fatalf("offers restricted to %v, want one for each of %s and %s and none unrestricted", got, a.Hex(), b.Hex())
	}
	for _, o := range s.Offers() {
		if o.Requester != a && o.Requester != b {
			t.Errorf("offer %+v for requester %s, want only %s and %s", o, o.Requester.Hex(), a.Hex(), b.Hex())
		}
	}
}

// Without a minimum stake configured, the pool asks DefaultMinStake: a key with nothing
// deposited is refused, with what to do.
func TestTheDefaultMinimumStakeRefusesAnUnfundedKey(t *testing.T) {
	e := newTestEnv(t, 1)
	cfg := e.config()
	cfg.MinStake = nil
	s := e.start(cfg)
	_, err := login(bg, s.URL(), e.AppOwner.Address, keySigner(e.AppOwner))
	if statusOf(err) != 403 || !strings.Contains(err.Error(), "the pool needs 10 RLC staked: deposit more with `poco account deposit`") {
		t.Fatalf("login of an unfunded key: %v, want 403 and the 10 RLC it lacks", err)
	}
	if _, err := login(bg, s.URL(), e.Workers[0].Address, keySigner(e.Workers[0])); err != nil {
		t.Fatalf("login of a funded worker: %v", err)
	}
}

// The speed factor routes a long task away from a slow worker: a task of a 60-second
// category has 7 minutes to be contributed; at speed 0.1 it needs 10 minutes, 15 with the
// margin, so the slow worker gets nothing and the task's reason says why, and a worker at
// speed 1 that joins takes it. The line is the margin: a worker at speed 0.25 needs 4
// minutes, 6 with the margin, and takes the next such task.
func TestTheSpeedFactorRoutesALongTaskAwayFromASlowWorker(t *testing.T) {
	e := newTestEnv(t, 3)
	long := e.CreateCategory("sixty", 60)
	s := e.start(e.config())
	slow := e.newWorker(e.Workers[0], s.URL)
	slow.caps.Speed = 0.1
	slow.start()
	d := e.match(1, 1, long)
	c := api.NewClient(s.URL(), nil)
	const want = "waiting for a worker (no worker is fast enough to finish before the contribution deadline)"
	waitFor(t, 20*time.Second, "the long task's reason", func() bool {
		st, err := c.Task(bg, d.TaskID(d.BotFirst))
		return err == nil && st.Reason == want
	})
	waitRounds(t, s, 3)
	if n := slow.count(slow.jobs); n != 0 {
		t.Fatalf("the slow worker was given %d replicates of the long task", n)
	}

	fast := e.newWorker(e.Workers[1], s.URL)
	fast.caps.Speed = 1
	fast.start()
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	if tk := e.task(d, d.BotFirst); tk.Contributions[0].Worker != fast.acc.Address || slow.count(slow.jobs) != 0 {
		t.Errorf("the long task was done by %s (slow worker's jobs: %d), want the fast worker alone",
			tk.Contributions[0].Worker.Hex(), slow.count(slow.jobs))
	}

	fast.stop()
	medium := e.newWorker(e.Workers[2], s.URL)
	medium.caps.Speed = 0.25
	medium.start()
	d2 := e.match(1, 1, long)
	e.waitTasks(d2, sdk.TaskCompleted, 30*time.Second)
	if tk := e.task(d2, d2.BotFirst); tk.Contributions[0].Worker != medium.acc.Address || slow.count(slow.jobs) != 0 {
		t.Errorf("the second task was done by %s (slow worker's jobs: %d), want the worker at speed 0.25",
			tk.Contributions[0].Worker.Hex(), slow.count(slow.jobs))
	}
}

// A worker that inflates its speed factor to be given long tasks gains nothing: its
// progress deadline shrinks with the speed it claims (1.5 × the reference time / speed,
// plus 30 s of room), so when it does not deliver at that speed it loses the replicate
// as soon as the room is spent, counts a miss, and the task goes to an honest worker.
func TestAWorkerThatInflatesItsSpeedLosesTheTaskAtItsOwnDeadline(t *testing.T) {
	e := newTestEnv(t, 2)
	long := e.CreateCategory("sixty", 60)
	clock := &fakeClock{}
	cfg := e.config()
	cfg.Clock = clock.now
	cfg.HeartbeatTimeout = time.Hour // the clock jumps: only deadlines may pass
	s := e.start(cfg)
	liar := e.newWorker(e.Workers[0], s.URL)
	liar.caps.Speed, liar.stall = 1000, true
	liar.start()
	d := e.match(1, 1, long)
	waitFor(t, 20*time.Second, "the liar's job", func() bool { return liar.count(liar.jobs) == 1 })
	a, err := s.st.Assignment(bg, d.TaskID(d.BotFirst), liar.acc.Address)
	must(t, err)
	if want := plan.ProgressDeadline(a.Since, time.Minute, 1000); a.Deadline.Sub(want).Abs() > time.Second || a.Deadline.Sub(a.Since) > 31*time.Second {
		t.Fatalf("the liar's progress deadline is %s after its assignment, want %s (0.09 s at the speed it claims, plus 30 s)",
			a.Deadline.Sub(a.Since), want.Sub(a.Since))
	}

	honest := e.newWorker(e.Workers[1], s.URL)
	honest.caps.Speed = 1
	honest.start()
	clock.advance(31 * time.Second) // a minute-long task cannot be done in 31 s at speed 1000's promise
	waitFor(t, 10*time.Second, "the liar's miss", func() bool { return capacityOf(t, s, liar.acc.Address).Misses == 1 })
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	if tk := e.task(d, d.BotFirst); tk.Contributions[0].Worker != honest.acc.Address {
		t.Errorf("the task was done by %s, want the honest worker", tk.Contributions[0].Worker.Hex())
	}
}

// A worker's queue is filled as deep as the run times of its tasks call for, within its
// effective slots: a worker that declares one slot and a queue of 64 holds one replicate
// of a 10-s category while no run of the deal is measured (a queued task would wait ten
// seconds on it); once it reports a run of milliseconds (started, then computed), it is
// given the deal's other tasks, as many as the slots it proved (8 here: 8 running and its
// computed result waiting), then, with 64 proven, all of them. A second deal of the same
// app starts from the app's run time, at least plan.UnknownRun: up to 8 replicates at once
// (2 s of queue window over 250 ms), not one.
func TestTheQueueFollowsTheMeasuredRunTimes(t *testing.T) {
	e := newTestEnv(t, 1)
	cat := e.CreateCategory("ten", 10)
	cfg := e.config()
	cfg.HeartbeatTimeout = time.Hour
	s := e.start(cfg)
	w := e.Workers[0]
	sess := registered(t, s.URL(), w, api.Capabilities{Slots: 1, Queue: 64, Executors: []string{"wasm"}})
	if !sess.QueueByRunTime {
		t.Fatal("the session does not say that queues are sized by run time: new workers would declare the legacy queue")
	}
	must(t, s.st.SetProvenSlots(bg, w.Address, 8))
	held := func() []store.AssignmentRecord {
		as, err := s.st.WorkerAssignments(bg, w.Address)
		must(t, err)
		return as
	}
	d := e.match(20, 1, cat)
	waitFor(t, 20*time.Second, "the first replicate", func() bool { return len(held()) > 0 })
	waitRounds(t, s, 5)
	as := held()
	if len(as) != 1 {
		t.Fatalf("the worker holds %d replicates of a 10-s category before any run is measured, want 1", len(as))
	}
	var reason string
	waitFor(t, 10*time.Second, "a waiting task's reason to name the full queue", func() bool {
		st, err := s.st.TaskState(bg, d.TaskID(d.BotFirst+1))
		reason = st.Reason
		return err == nil && strings.Contains(reason, "queue holds enough work")
	})
	first := common.Hash(as[0].Task)
	digest := common.Hash{1}
	must(t, call(bg, "POST", s.URL()+api.PathReport, sess.Token, api.Report{TaskID: first, Step: api.StepStarted}, nil))
	must(t, call(bg, "POST", s.URL()+api.PathReport, sess.Token, api.Report{TaskID: first, Step: api.StepComputed, Digest: &digest}, nil))
	waitFor(t, 10*time.Second, "a deeper queue", func() bool { return len(held()) > 1 })
	waitRounds(t, s, 5)
	if n := len(held()); n != 9 {
		t.Fatalf("the worker holds %d replicates after a fast run, want 9: 8 proven slots running or queued, 1 computed", n)
	}
	must(t, s.st.SetProvenSlots(bg, w.Address, 65))
	s.kickAll()
	waitFor(t, 10*time.Second, "the whole deal on the worker", func() bool { return len(held()) == 20 })

	d2 := e.match(20, 1, cat)
	ofD2 := func() int {
		n := 0
		for _, a := range held() {
			if common.Hash(a.Deal) == d2.ID {
				n++
			}
		}
		return n
	}
	waitFor(t, 20*time.Second, "replicates of the second deal", func() bool { return ofD2() > 0 })
	waitRounds(t, s, 5)
	// 8 when the first deal's 19 queued replicates, at its measured run, hold less than
	// 250 ms of the window (they do unless this machine took over 13 ms between the
	// test's two reports); never more, and more than the 1 a 10-s category gives.
	if n := ofD2(); n < 2 || n > 8 {
		t.Fatalf("the worker holds %d replicates of a second deal of an app it ran in milliseconds, want 8 (2 to 8)", n)
	}
}
