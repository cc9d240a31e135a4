package plan

import (
	"testing"
	"time"
)

func TestProgressDeadlineIsHalfAgainTheRunAtTheWorkersSpeed(t *testing.T) {
	for _, c := range []struct {
		ref   time.Duration
		speed float64
		want  time.Duration
	}{
		{300 * time.Second, 1, 480 * time.Second},   // 300 × 1.5 + 30
		{300 * time.Second, 2, 255 * time.Second},   // 150 × 1.5 + 30
		{300 * time.Second, 0, 480 * time.Second},   // unknown: 1
		{300 * time.Second, 0.5, 930 * time.Second}, // 600 × 1.5 + 30
	} {
		if got := ProgressDeadline(t0, c.ref, c.speed).Sub(t0); got != c.want {
			t.Errorf("ref %v, speed %v: %v, want %v", c.ref, c.speed, got, c.want)
		}
	}
	if !ProgressDeadline(t0, 0, 1).IsZero() {
		t.Error("no reference time must mean no deadline")
	}
}

func TestAReplicatePastItsProgressDeadlineGoesToAnotherWorker(t *testing.T) {
	late := Assignment{Worker: addr(0), Since: t0.Add(-time.Hour), Deadline: t0.Add(-time.Second)}
	tk := task(0, 1, func(t *Task) { t.Assigned = []Assignment{late} })
	var withdrawn, assigned int
	for _, d := range Plan(state(workers(3), tk), 1) {
		switch {
		case d.Unassign && d.Reason == ReasonLate && d.Worker == addr(0):
			withdrawn++
		case !d.Unassign && !d.Reveal && d.Reason == ReasonReassign && d.Worker != addr(0):
			assigned++
		}
	}
	if withdrawn != 1 || assigned != 1 {
		t.Errorf("withdrawn %d, reassigned %d; want the late replicate given to another worker", withdrawn, assigned)
	}
	// Before its deadline it keeps it.
	late.Deadline = t0.Add(time.Minute)
	tk.Assigned = []Assignment{late}
	if ds := Plan(state(workers(3), tk), 1); len(ds) != 0 {
		t.Errorf("a replicate within its deadline was touched: %v", ds)
	}
}

func TestASlowWorkerIsNotGivenATaskItCannotFinishInTime(t *testing.T) {
	// 10 minutes left; a 5-minute task needs 7.5 minutes at speed 1 (fits) and 15 at 0.5.
	tk := task(0, 1, due(10*time.Minute), func(t *Task) { t.Ref = 5 * time.Minute })
	slow := worker(0, func(w *Worker) { w.Speed = 0.5 })
	fast := worker(1, func(w *Worker) { w.Speed = 1 })
	ds := Plan(state([]Worker{slow, fast}, tk), 1)
	if len(ds) != 1 || ds[0].Worker != fast.ID {
		t.Errorf("plan %v, want the task on the fast worker only", ds)
	}
	if got := Explain(tk, state([]Worker{slow}, tk)).Summary(); got != "no worker is fast enough to finish before the contribution deadline" {
		t.Errorf("Explain: %q", got)
	}
}

// A category's own reference machine (speed 1) must be able to take its tasks: with a
// 3-second category the contribution window is 21 s, and the fixed 30 s of room in the
// progress deadline (for a slow start and the chain, not for the run) must not make every
// worker "too slow".
func TestTheReferenceMachineIsFastEnoughForAShortCategory(t *testing.T) {
	tk := task(0, 1, due(21*time.Second), func(t *Task) { t.Ref = 3 * time.Second })
	ds := Plan(state(workers(1, func(w *Worker) { w.Speed = 1 }), tk), 1)
	if len(ds) != 1 || ds[0].Unassign {
		t.Errorf("plan %v, want the task on the only worker (it runs in 3 s, 21 s are left)", ds)
	}
	// Too slow still means too slow: at speed 0.1 the run takes 30 s, more than is left.
	if ds := Plan(state(workers(1, func(w *Worker) { w.Speed = 0.1 }), tk), 1); len(ds) != 0 {
		t.Errorf("plan %v, want nothing for a worker that needs 30 s of a 21 s window", ds)
	}
}

// MinSpeed is where the too-slow filter starts to refuse every task of a fresh deal,
// whatever its category: a worker just above it is given a task whose whole contribution
// window (7 reference times) is left, one just below it is not, and FastEnough says the
// same.
func TestMinSpeedIsWhereEveryCategoryBecomesTooSlow(t *testing.T) {
	if MinSpeed < 0.21 || MinSpeed > 0.22 {
		t.Fatalf("MinSpeed %v, want 1.5 / 7", MinSpeed)
	}
	for _, ref := range []time.Duration{5 * time.Second, time.Minute, 3 * time.Hour} {
		tk := task(0, 1, due(7*ref), func(t *Task) { t.Ref = ref })
		for _, c := range []struct {
			speed float64
			fast  bool
		}{{MinSpeed * 1.01, true}, {MinSpeed * 0.99, false}, {0.1, false}, {0, true}} {
			w := worker(0, func(w *Worker) { w.Speed = c.speed })
			ds := Plan(state([]Worker{w}, tk), 1)
			if given := len(ds) == 1 && !ds[0].Unassign; given != c.fast || w.FastEnough() != c.fast {
				t.Errorf("ref %v, speed %.4f: given the task %v, FastEnough %v; want %v", ref, c.speed, given, w.FastEnough(), c.fast)
			}
		}
	}
}
