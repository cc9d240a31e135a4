package store

import (
	"errors"
	"testing"
	"time"

	"github.com/pocolabs/poco/scheduler/plan"
)

// A reason written for a task is served with when it was written, also after the
// database is opened again (a restarted scheduler answers at once); a deal's tasks come
// in one query, by index; unknown tasks and deals say so.
func TestReasonsAreStoredAndServedAfterARestart(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	at := t0.Add(time.Minute)
	must(t, s.SetReasons(ctx, map[[32]byte]string{hash(100): "waiting for a worker with a GPU (no worker offers a GPU)"}, at))
	s.Close()

	s = open(t, path)
	defer s.Close()
	got, err := s.TaskState(ctx, hash(100))
	must(t, err)
	if got.Reason != "waiting for a worker with a GPU (no worker offers a GPU)" || !got.Since.Equal(at) || got.Deal != hash(0) || got.Index != 0 {
		t.Fatalf("after a restart task 0 is %+v, want its reason written at %s", got, at)
	}
	states, err := s.DealTaskStates(ctx, hash(0))
	must(t, err)
	if len(states) != 2 || states[0].Index != 0 || states[1].Index != 1 || states[1].Reason != "" || !states[1].Since.IsZero() {
		t.Fatalf("deal 0's task states: %+v, want tasks 0 and 1, the second without a reason", states)
	}
	reasons, err := s.Reasons(ctx)
	must(t, err)
	if len(reasons) != 2 || reasons[hash(100)] == "" {
		t.Fatalf("the open tasks' reasons: %v", reasons)
	}
	must(t, s.SetTaskStatus(ctx, hash(100), plan.StatusCompleted, at))
	if reasons, _ = s.Reasons(ctx); len(reasons) != 1 {
		t.Fatalf("a COMPLETED task is still listed among the open tasks' reasons: %v", reasons)
	}
	if _, err := s.TaskState(ctx, hash(7)); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("an unknown task: %v, want ErrUnknownTask", err)
	}
	if _, err := s.DealTaskStates(ctx, hash(7)); !errors.Is(err, ErrUnknownDeal) {
		t.Fatalf("an unknown deal: %v, want ErrUnknownDeal", err)
	}
}

// Withdrawals say who lost a replicate of an open task and why: lost, late (a miss is
// recorded) or given up.
func TestWithdrawalsSayWhy(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	must(t, s.UpsertWorker(ctx, newWorker(2), t0))
	for i := range 3 {
		must(t, s.Assign(ctx, hash(100), addr(i), t0))
	}
	at := t0.Add(time.Minute)
	must(t, s.Tx(ctx, func(tx *Tx) error {
		if err := tx.Unassign(ctx, hash(100), addr(0), at); err != nil {
			return err
		}
		if err := tx.Unassign(ctx, hash(100), addr(1), at); err != nil {
			return err
		}
		_, err := tx.RecordMiss(ctx, hash(100), addr(1), at)
		return err
	}))
	must(t, s.SetAssignmentState(ctx, hash(100), addr(2), Failed, at))
	ws, err := s.Withdrawals(ctx)
	must(t, err)
	got := map[string]WithdrawCause{}
	for _, w := range ws[hash(100)] {
		got[w.Worker.Hex()] = w.Cause
		if !w.At.Equal(at) {
			t.Errorf("withdrawal of %s at %s, want %s", w.Worker.Hex(), w.At, at)
		}
	}
	want := map[string]WithdrawCause{addr(0).Hex(): WithdrawnLost, addr(1).Hex(): WithdrawnLate, addr(2).Hex(): WithdrawnGaveUp}
	for w, c := range want {
		if got[w] != c {
			t.Errorf("worker %s: cause %q, want %q", w, got[w], c)
		}
	}
}
