package store

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/pocolabs/poco/scheduler/plan"
)

// TestRunTimesAreMeasuredAndKeptAcrossARestart holds that a worker's run of a replicate
// (from its "started" report to its "computed" one, as the scheduler takes them) becomes
// its measured run time for that deal (the mean of its runs), that the work it holds
// (plan.Worker.Held) counts its replicates not computed at that run time, that a run
// whose start was never reported measures nothing, and that a store opened again on the
// file serves the same: the runs are stored with the assignments.
func TestRunTimesAreMeasuredAndKeptAcrossARestart(t *testing.T) {
	s, path := newStore(t)
	must(t, s.Tx(ctx, func(tx *Tx) error {
		tasks := make([]Task, 6)
		for i := range tasks {
			tasks[i] = newTask(i, 0)
			tasks[i].Ref = 300 * time.Second
		}
		return errors.Join(
			tx.UpsertDeal(ctx, hash(0), dealJSON(0), 10),
			tx.AddTasks(ctx, tasks, t0),
			tx.UpsertWorker(ctx, newWorker(0), t0))
	}))
	for i := range 6 {
		must(t, s.Assign(ctx, hash(100+i), addr(0), t0))
	}
	at := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	// Task 0 runs 2 ms, task 1 4 ms (its reports in one request); task 2 reports computed
	// without a start (measures nothing); tasks 3 to 5 wait in the queue.
	must(t, s.SetAssignmentStep(ctx, hash(100), addr(0), "started", nil, "", at))
	must(t, s.SetAssignmentStep(ctx, hash(100), addr(0), "computed", nil, "", at.Add(2*time.Millisecond)))
	must(t, errors.Join(s.Reports(ctx, []WorkerReport{
		{Task: hash(101), Worker: addr(0), At: at.Add(3 * time.Millisecond), SetStep: true, Step: "started"},
		{Task: hash(101), Worker: addr(0), At: at.Add(7 * time.Millisecond), SetStep: true, Step: "computed"},
		{Task: hash(102), Worker: addr(0), At: at.Add(8 * time.Millisecond), SetStep: true, Step: "computed"},
		// A second "started" report (a restarted worker repeats its steps) does not move
		// the start, and a second "computed" does not measure again.
		{Task: hash(100), Worker: addr(0), At: at.Add(time.Second), SetStep: true, Step: "started"},
		{Task: hash(100), Worker: addr(0), At: at.Add(2 * time.Second), SetStep: true, Step: "computed"},
	})...))

	check := func(when string) {
		t.Helper()
		ws, err := s.Workers(ctx)
		must(t, err)
		if len(ws) != 1 {
			t.Fatalf("%s: %d workers, want 1", when, len(ws))
		}
		w := ws[0]
		want := map[[32]byte]time.Duration{hash(0): 3 * time.Millisecond}
		if fmt.Sprint(w.RunTimes) != fmt.Sprint(want) {
			t.Errorf("%s: run times %v, want %v (the mean of 2 and 4 ms)", when, w.RunTimes, want)
		}
		// Tasks 3, 4 and 5 are neither started nor computed: 3 × 3 ms held.
		if w.Running != 3 || w.Held != 9*time.Millisecond || w.RunSlots != 2 {
			t.Errorf("%s: running %d, held %v, run slots %d; want 3, 9ms, 2", when, w.Running, w.Held, w.RunSlots)
		}
	}
	check("live")
	must(t, s.Close())
	s = open(t, path)
	defer s.Close()
	check("after a restart")

	// Once the deal has no open task, its runs are forgotten (the view does not grow
	// with every deal ever run).
	for i := range 6 {
		must(t, s.SetTaskStatus(ctx, hash(100+i), plan.StatusFailed, t0))
	}
	ws, err := s.Workers(ctx)
	must(t, err)
	if len(ws[0].RunTimes) != 0 {
		t.Errorf("run times of a deal with no open task: %v, want none", ws[0].RunTimes)
	}
}

// TestRefRunCountsForADealNotMeasured holds that a replicate of a deal its worker never
// measured counts, in the work it holds, the category's reference time over its speed
// factor.
func TestRefRunCountsForADealNotMeasured(t *testing.T) {
	s, _ := newStore(t)
	w := newWorker(0)
	w.Capabilities.Speed = 2
	must(t, s.Tx(ctx, func(tx *Tx) error {
		tk := newTask(0, 0)
		tk.Ref = 300 * time.Second
		return errors.Join(
			tx.UpsertDeal(ctx, hash(0), dealJSON(0), 10),
			tx.AddTasks(ctx, []Task{tk}, t0),
			tx.UpsertWorker(ctx, w, t0))
	}))
	must(t, s.Assign(ctx, hash(100), addr(0), t0))
	ws, err := s.Workers(ctx)
	must(t, err)
	if ws[0].Held != 150*time.Second {
		t.Fatalf("held %v, want 150s (300 s at speed 2)", ws[0].Held)
	}
}
