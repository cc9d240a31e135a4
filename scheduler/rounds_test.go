package scheduler

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// revealFixture is a store holding one deal whose tasks reached consensus, and a
// Scheduler with just what requestReveals and finalizable use.
type revealFixture struct {
	s   *Scheduler
	st  *store.Store
	log *strings.Builder
	now time.Time
}

func newRevealFixture(t *testing.T) *revealFixture {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "scheduler.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	log := &strings.Builder{}
	now := time.Unix(1_800_000_000, 0).UTC()
	s := &Scheduler{st: st, log: slog.New(slog.NewTextHandler(log, nil)),
		cfg: Config{HeartbeatTimeout: time.Minute, RevealTimeout: time.Minute, Clock: func() time.Time { return now }}}
	return &revealFixture{s: s, st: st, log: log, now: now}
}

func wAddr(i int) common.Address { return common.Address{0: 0xee, 19: byte(i + 1)} }

func taskID(i int) [32]byte { return [32]byte{0: 0x7a, 31: byte(i + 1)} }

func resultHash(i int) [32]byte { return [32]byte{0: 0x5e, 30: byte(i), 31: 1} }

// addTasks stores deal 1 with n ACTIVE tasks.
func (f *revealFixture) addTasks(t *testing.T, n int) {
	t.Helper()
	deal := [32]byte{0: 0xde, 31: 1}
	body, _ := json.Marshal(map[string]any{"dealid": common.Hash(deal).Hex()})
	ts := make([]store.Task, n)
	for i := range ts {
		ts[i] = store.Task{ID: taskID(i), Deal: deal, Index: uint64(i), Status: plan.StatusActive, Trust: 5,
			Executor: "wasm", ContributionDeadline: f.now.Add(time.Hour), FinalDeadline: f.now.Add(3 * time.Hour)}
	}
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.st.Tx(context.Background(), func(tx *store.Tx) error {
		return errors.Join(tx.UpsertDeal(context.Background(), deal, body, 1), tx.AddTasks(context.Background(), ts, f.now))
	}))
}

// contribute records, in order, the votes of workers for task i: each a result hash.
func (f *revealFixture) contribute(t *testing.T, i int, votes ...ballot) {
	t.Helper()
	for _, v := range votes {
		err := f.st.RecordContribution(context.Background(), taskID(i), plan.Vote{Worker: wAddr(v.worker), ResultHash: v.hash, Weight: 2}, 5)
		if err != nil {
			t.Fatal(err)
		}
	}
}

type ballot struct {
	worker int
	hash   [32]byte
}

// requestReveals, with many REVEALING tasks at once, asks exactly the voters of each
// task's consensus value to reveal — all of them in the same round, none of the dissenters
// — and each once: a winner asked before is not asked again. Each task gets one uploader,
// the first winner to have contributed that is alive. A second round changes nothing. An
// ACTIVE task whose reveals the planner asked keeps its asked group.
func TestRequestRevealsAsksEveryWinnerOnceAcrossManyTasks(t *testing.T) {
	ctx := context.Background()
	f := newRevealFixture(t)
	const n = 24
	f.addTasks(t, n+1)
	lost := 9 // a worker not seen for longer than the heartbeat timeout
	seen := map[common.Address]time.Time{}
	for w := range 10 {
		seen[wAddr(w)] = f.now
	}
	seen[wAddr(lost)] = f.now.Add(-time.Hour)

	winners := map[[32]byte][]common.Address{} // in contribution order
	uploader := map[[32]byte]common.Address{}
	for i := range n {
		good, bad := resultHash(i), resultHash(100+i)
		// Three winners in an order that changes with i, one dissenter between them; task
		// 0's first winner is the lost worker.
		order := []int{i % 8, (i + 1) % 8, (i + 2) % 8}
		if i == 0 {
			order[0] = lost
		}
		f.contribute(t, i, ballot{order[0], good}, ballot{8, bad}, ballot{order[1], good}, ballot{order[2], good})
		for _, w := range order {
			winners[taskID(i)] = append(winners[taskID(i)], wAddr(w))
		}
		uploader[taskID(i)] = wAddr(order[0])
		if i == 0 {
			uploader[taskID(i)] = wAddr(order[1])
		}
		if err := f.st.Tx(ctx, func(tx *store.Tx) error {
			return tx.SetTaskConsensus(ctx, taskID(i), good, f.now.Add(time.Hour), f.now)
		}); err != nil {
			t.Fatal(err)
		}
	}
	// Task 3's second winner was asked before (by an earlier round).
	earlier := f.now.Add(-10 * time.Second)
	if _, err := f.st.AskReveals(ctx, taskID(3), []common.Address{winners[taskID(3)][1]}, earlier); err != nil {
		t.Fatal(err)
	}
	// Task n is ACTIVE: the planner let two of its three voters reveal (its permit is stored).
	active := taskID(n)
	f.contribute(t, n, ballot{1, resultHash(n)}, ballot{2, resultHash(n)}, ballot{3, resultHash(n)})
	if err := f.st.Tx(ctx, func(tx *store.Tx) error {
		if err := tx.SetRevealPermit(ctx, active, []byte{1}, f.now); err != nil {
			return err
		}
		_, err := tx.AskReveals(ctx, active, []common.Address{wAddr(2), wAddr(3)}, f.now)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	winners[active] = []common.Address{wAddr(2), wAddr(3)}
	uploader[active] = wAddr(2)

	changed, err := f.s.requestReveals(ctx, seen, f.now)
	if err != nil {
		t.Fatal(err)
	}
	if !changed {
		t.Fatal("requestReveals reported no change")
	}
	for i := range n + 1 {
		id := taskID(i)
		rs, err := f.st.TaskReveals(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var asked, uploaders []common.Address
		for _, r := range rs {
			asked = append(asked, r.Worker)
			if r.Upload {
				uploaders = append(uploaders, r.Worker)
			}
			if id == taskID(3) && r.Worker == winners[id][1] && !r.Since.Equal(earlier) {
				t.Errorf("task 3: the winner asked before was asked again (since %v, want %v)", r.Since, earlier)
			}
		}
		want := slices.Clone(winners[id])
		sortAddrs(asked)
		sortAddrs(want)
		if !slices.Equal(asked, want) {
			t.Errorf("task %d: asked %v, want the winners %v", i, asked, want)
		}
		if len(uploaders) != 1 || uploaders[0] != uploader[id] {
			t.Errorf("task %d: uploaders %v, want only %v", i, uploaders, uploader[id].Hex())
		}
	}
	if got := strings.Count(f.log.String(), "reveals asked: the reveals are open"); got != n {
		t.Errorf("%d tasks logged as asked, want %d (one line per task, all winners at once):\n%s", got, n, f.log.String())
	}

	before := f.log.String()
	changed, err = f.s.requestReveals(ctx, seen, f.now.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if changed || f.log.String() != before {
		t.Errorf("a second round changed something (changed %v):\n%s", changed, strings.TrimPrefix(f.log.String(), before))
	}
}

func sortAddrs(as []common.Address) {
	slices.SortFunc(as, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
}

// finalizable waits for every winner's reveal (before the reveal deadline) and for the
// uploader's results location, and is ready as soon as both are stored.
func TestFinalizableOnceTheLastWinnerRevealed(t *testing.T) {
	ctx := context.Background()
	f := newRevealFixture(t)
	f.addTasks(t, 1)
	id, good := taskID(0), resultHash(0)
	f.contribute(t, 0, ballot{0, good}, ballot{1, resultHash(1)}, ballot{2, good})
	if err := f.st.Tx(ctx, func(tx *store.Tx) error {
		return tx.SetTaskConsensus(ctx, id, good, f.now.Add(time.Hour), f.now)
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.AskReveals(ctx, id, []common.Address{wAddr(0), wAddr(2)}, f.now); err != nil {
		t.Fatal(err)
	}
	d := &sdk.Deal{Trust: 5, WorkClockTimeRef: 3600}
	ready := func() *finalizeItem {
		t.Helper()
		views, err := f.st.RevealViews(ctx)
		if err != nil || len(views) != 1 {
			t.Fatalf("reveal views: %v, %v", views, err)
		}
		return finalizable(d, views[0].Task, views[0].Contributions, views[0].Reveals, f.now)
	}
	reveal := func(w int) {
		t.Helper()
		if err := f.st.Tx(ctx, func(tx *store.Tx) error {
			return tx.RecordReveal(ctx, id, wAddr(w), [32]byte{9}, f.now)
		}); err != nil {
			t.Fatal(err)
		}
	}
	if ready() != nil {
		t.Fatal("finalizable before any reveal")
	}
	reveal(0)
	if err := f.st.SetRevealState(ctx, id, wAddr(0), store.RevealAcked, []byte("ipfs://result"), nil, f.now); err != nil {
		t.Fatal(err)
	}
	if ready() != nil {
		t.Fatal("finalizable while a winner may still reveal, before the reveal deadline")
	}
	reveal(2)
	it := ready()
	if it == nil {
		t.Fatal("not finalizable once every winner revealed and the results location is known")
	}
	if string(it.input.Results) != "ipfs://result" || it.input.Digest != ([32]byte{9}) {
		t.Errorf("finalize input %+v", it.input)
	}
}

// Config.TxInFlight: 0 is the default, 1 to MaxTxInFlight are taken, anything else is
// refused with the range in the error.
func TestTxInFlightOption(t *testing.T) {
	e := newTestEnv(t, 0)
	for _, bad := range []int{-1, MaxTxInFlight + 1} {
		cfg := e.config()
		cfg.TxInFlight = bad
		if s, err := New(cfg); err == nil {
			s.Close()
			t.Errorf("TxInFlight %d accepted", bad)
		} else if !strings.Contains(err.Error(), "give 1") {
			t.Errorf("TxInFlight %d: the error does not say what to give: %v", bad, err)
		}
	}
	for in, want := range map[int]int{0: DefaultTxInFlight, 1: 1, MaxTxInFlight: MaxTxInFlight} {
		cfg := e.config()
		cfg.TxInFlight = in
		s, err := New(cfg)
		if err != nil {
			t.Fatalf("TxInFlight %d: %v", in, err)
		}
		if s.cfg.TxInFlight != want {
			t.Errorf("TxInFlight %d: configured %d, want %d", in, s.cfg.TxInFlight, want)
		}
		s.Close()
	}
}

// With a chain connection that announces new heads, the follower stores a new block when
// it is announced, not at its next poll: here the poll is an hour away.
func TestANewHeadWakesTheFollower(t *testing.T) {
	e := newTestEnv(t, 0)
	cfg := e.config()
	cfg.PollInterval = time.Hour
	s := e.start(cfg)
	waitFor(t, 10*time.Second, "the follower caught up", func() bool { _, synced := s.cursorState(); return synced })
	e.mine()
	head, err := e.client(nil).BlockNumber(bg)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, 10*time.Second, fmt.Sprintf("block %d stored", head), func() bool {
		block, _ := s.cursorState()
		return block >= head
	})
}

// With TxInFlight 1 (one transaction at a time, each round waiting for its receipts) a
// replicated deal is finalized as with the default.
func TestOneTransactionAtATimeFinalizes(t *testing.T) {
	e := newTestEnv(t, 3)
	cfg := e.config()
	cfg.TxInFlight = 1
	s := e.start(cfg)
	for _, acc := range e.Workers[:3] {
		e.newWorker(acc, s.URL).start()
	}
	d := e.match(2, 3, nil)
	e.waitTasks(d, sdk.TaskCompleted, 40*time.Second)
	checkFinalizeBatches(t, e, d)
}
