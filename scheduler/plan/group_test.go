package plan

import (
	"testing"
	"time"
)

// With GroupDeals, a trust-1 task goes first to a worker that holds a task of its deal
// (assigned in the state or given in the plan): of four workers with free slots, one
// takes a bag of 8 whole, and a second deal's tasks go to the worker that holds one of
// them although others are more idle. Without it, or
// at trust 3, the tasks spread over the workers as before (idle first).
func TestGroupDealsGathersTrustOneTasks(t *testing.T) {
	perWorker := func(ds []Decision) map[[20]byte]int {
		out := map[[20]byte]int{}
		for _, d := range ds {
			if !d.Unassign && !d.Reveal {
				out[d.Worker]++
			}
		}
		return out
	}
	ws := workers(4, slots(8))
	// Worker 2 already holds a task of deal 1, whose 4 other tasks are untouched; it is
	// the least idle worker, so only grouping sends them to it.
	ws[2].FreeSlots = 5
	tasks := bag(8, time.Second)
	tasks = append(tasks, task(49, 1, assigned(2), func(t *Task) { t.Deal, t.Ref = hash(1), time.Second }))
	for i := range 4 {
		tasks = append(tasks, task(50+i, 1, func(t *Task) { t.Deal, t.Ref = hash(1), time.Second }))
	}

	st := state(ws, tasks...)
	st.GroupDeals = true
	got := perWorker(Plan(st, 7))
	if len(got) != 2 || got[addr(2)] != 4 {
		t.Fatalf("grouped: replicates per worker %v, want deal 0's 8 on one worker and deal 1's 4 on worker 2", got)
	}
	for w, n := range got {
		if w != addr(2) && n != 8 {
			t.Fatalf("grouped: replicates per worker %v, want deal 0's 8 on one worker", got)
		}
	}

	st.GroupDeals = false
	if got := perWorker(Plan(st, 7)); len(got) != 4 {
		t.Fatalf("not grouped: replicates per worker %v, want all four workers used", got)
	}

	// Replicated tasks are never grouped: colluding workers must not gather on a deal.
	var replicated []Task
	for i := range 4 {
		replicated = append(replicated, task(i, 3, func(t *Task) { t.Ref = time.Second }))
	}
	st = state(workers(8, slots(8)), replicated...)
	st.GroupDeals = true
	for w, n := range perWorker(Plan(st, 7)) {
		if n > 2 {
			t.Fatalf("grouped at trust 3: worker %x holds %d of 4 tasks; the idle-first rank spreads them", w, n)
		}
	}
}
