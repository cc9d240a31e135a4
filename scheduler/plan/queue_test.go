package plan

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// queued is a one-slot worker whose declared queue, proof and stake leave it free
// effective slots (FreeSlots), with its measured run times; opts adjust it.
func queued(free int, runs map[[32]byte]time.Duration, opts ...func(*Worker)) Worker {
	return worker(0, append([]func(*Worker){func(w *Worker) {
		w.RunSlots, w.FreeSlots, w.Slots, w.RunTimes = 1, free, free, runs
	}}, opts...)...)
}

// bag is n untouched trust-1 tasks of deal 0 whose category gives ref.
func bag(n int, ref time.Duration) []Task {
	ts := make([]Task, n)
	for i := range ts {
		ts[i] = task(i, 1, func(t *Task) { t.Ref = ref })
	}
	return ts
}

func assignedTo(ds []Decision) int {
	n := 0
	for _, d := range ds {
		if !d.Unassign && !d.Reveal {
			n++
		}
	}
	return n
}

// A worker whose runs of the deal are measured at a millisecond gets a queue as deep as
// its effective slots: a window of 2 s holds 2,000 such runs.
func TestAFastDealGetsADeepQueue(t *testing.T) {
	w := queued(65, map[[32]byte]time.Duration{hash(0): time.Millisecond})
	ds := Plan(state([]Worker{w}, bag(100, 300*time.Second)...), 1)
	if n := assignedTo(ds); n != 65 {
		t.Fatalf("%d replicates given, want 65: the worker's effective slots, since its runs take a millisecond", n)
	}
}

// A category of minutes, not measured on the worker yet, queues nothing: the worker
// takes one replicate per slot, and the others go to idle workers rather than wait.
// Measured at 500 ms, a 2-s window holds three more beyond the running one.
func TestALongCategoryKeepsTheQueueShort(t *testing.T) {
	ws := []Worker{queued(65, nil), worker(1, slots(65), func(w *Worker) { w.RunSlots = 1 })}
	ds := Plan(state(ws, bag(10, 300*time.Second)...), 1)
	per := map[int]int{}
	for _, d := range ds {
		per[int(d.Worker[19])-1]++
	}
	if per[0] != 1 || per[1] != 1 {
		t.Fatalf("replicates per worker %v, want 1 each: a 5-minute task does not queue", per)
	}
	// A task queued behind a running 5-minute one is explained as such.
	st := state(ws[:1], bag(1, 300*time.Second)...)
	st.Workers[0].Running, st.Workers[0].Held = 1, 300*time.Second
	if rs := Explain(st.Tasks[0], st); len(rs) != 1 || rs[0].Reason != ReasonQueueFull {
		t.Fatalf("rejections %+v, want the queue full", rs)
	}

	w := queued(65, map[[32]byte]time.Duration{hash(0): 500 * time.Millisecond})
	if n := assignedTo(Plan(state([]Worker{w}, bag(10, 300*time.Second)...), 1)); n != 4 {
		t.Fatalf("%d replicates of 500 ms given, want 4: one running, three within the 2-s window", n)
	}
	// A window of 10 s holds 20 of them.
	st = state([]Worker{w}, bag(30, 300*time.Second)...)
	st.QueueWindow = 10 * time.Second
	if n := assignedTo(Plan(st, 1)); n != 20 {
		t.Fatalf("%d replicates of 500 ms given with a 10-s window, want 20", n)
	}
}

// The work a worker already holds counts: a worker running a long task of another deal
// takes no fast one into its queue beyond what the window holds, and one whose slots
// hold less than a window of work takes a long task after it.
func TestTheQueueCountsTheWorkHeld(t *testing.T) {
	fast := map[[32]byte]time.Duration{hash(0): time.Millisecond}
	busy := queued(65, fast, func(w *Worker) { w.Running, w.Held = 1, 300*time.Second })
	if n := assignedTo(Plan(state([]Worker{busy}, bag(5, 300*time.Second)...), 1)); n != 0 {
		t.Fatalf("%d replicates given to a worker holding 5 minutes of work, want 0", n)
	}
	light := queued(65, nil, func(w *Worker) { w.Running, w.Held = 10, 100*time.Millisecond })
	if n := assignedTo(Plan(state([]Worker{light}, bag(5, 300*time.Second)...), 1)); n != 1 {
		t.Fatalf("%d long replicates given to a worker holding 100 ms of work, want 1 (then its queue is full)", n)
	}
}

// However fast its runs, a worker never gets more replicates than its free effective
// slots: the least of what it declared, proved and staked (FreeSlots), as without the
// window. A worker that reports fake-fast runs thus gains no more than one that declares
// a deep queue.
func TestTheQueueNeverExceedsTheEffectiveSlots(t *testing.T) {
	for _, free := range []int{0, 1, 3, 9} {
		w := queued(free, map[[32]byte]time.Duration{hash(0): 0})
		if n := assignedTo(Plan(state([]Worker{w}, bag(100, 300*time.Second)...), 1)); n != free {
			t.Errorf("%d replicates given to a worker with %d free slots and instant runs, want %d", n, free, free)
		}
	}
	// Unknown run slots (an older state): bounded by the free slots alone.
	w := worker(0, slots(7))
	if n := assignedTo(Plan(state([]Worker{w}, bag(100, 300*time.Second)...), 1)); n != 7 {
		t.Errorf("%d replicates given without RunSlots, want the 7 free slots", n)
	}
}

func TestExpectedRun(t *testing.T) {
	app, slow, other := common.Address{1}, common.Address{2}, common.Address{3}
	w := Worker{Speed: 4, RunTimes: map[[32]byte]time.Duration{hash(1): 30 * time.Millisecond},
		AppRunTimes: map[common.Address]time.Duration{app: 20 * time.Millisecond, slow: 3 * time.Second, {}: time.Millisecond}}
	for _, c := range []struct {
		task Task
		want time.Duration
	}{
		{Task{Deal: hash(1), App: app, Ref: time.Hour}, 30 * time.Millisecond}, // the deal measured
		{Task{Deal: hash(2), App: app, Ref: time.Hour}, UnknownRun},            // its app measured fast: the floor
		{Task{Deal: hash(2), App: slow, Ref: time.Hour}, 3 * time.Second},      // its app measured slow
		{Task{Deal: hash(2), App: other, Ref: time.Hour}, 15 * time.Minute},    // the reference time at speed 4
		{Task{Deal: hash(2), Ref: time.Hour}, 15 * time.Minute},                // no app known: not the zero app's runs
		{Task{Deal: hash(2)}, UnknownRun},                                      // nothing known
	} {
		if got := w.ExpectedRun(&c.task); got != c.want {
			t.Errorf("ExpectedRun(%+v) = %v, want %v", c.task, got, c.want)
		}
	}
}
