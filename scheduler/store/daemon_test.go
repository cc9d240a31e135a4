package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/plan"
)

// A consensus, then a reopen, as the follower stores them: the consensus group's votes no
// longer count, its workers are excluded from the task, and its reveal requests are gone.
func TestConsensusReopenAndExclusions(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	must(t, s.UpsertWorker(ctx, newWorker(2), t0))
	task := hash(100)
	must(t, s.Tx(ctx, func(tx *Tx) error {
		return errors.Join(
			tx.Assign(ctx, task, addr(0), t0), tx.Assign(ctx, task, addr(1), t0), tx.Assign(ctx, task, addr(2), t0),
			tx.SetAuthorization(ctx, task, addr(0), []byte{1, 2, 3}),
			tx.RecordContribution(ctx, task, plan.Vote{Worker: addr(0), ResultHash: hash(9), Weight: 2}, 11),
			tx.RecordContribution(ctx, task, plan.Vote{Worker: addr(1), ResultHash: hash(9), Weight: 2}, 11),
			tx.SetTaskConsensus(ctx, task, hash(9), t0.Add(time.Minute), t0))
	}))
	must(t, s.Unassign(ctx, task, addr(2), t0)) // withdrawn: the task reached consensus
	tk, err := s.Task(ctx, task)
	must(t, err)
	if tk.Status != plan.StatusRevealing || tk.ConsensusValue != hash(9) || !tk.RevealDeadline.Equal(t0.Add(time.Minute)) {
		t.Fatalf("task after consensus: %+v", tk)
	}
	a, err := s.Assignment(ctx, task, addr(0))
	must(t, err)
	if a.State != Contributed || string(a.Authorization) != string([]byte{1, 2, 3}) || a.Index != 0 || a.Deal != hash(0) {
		t.Fatalf("assignment %+v", a)
	}
	must(t, s.AskReveals(ctx, task, []common.Address{addr(0), addr(1)}, t0))
	must(t, s.SetUploader(ctx, task, addr(1), t0))
	if rs, _ := s.WorkerReveals(ctx, addr(1)); len(rs) != 1 || !rs[0].Upload || rs[0].State != RevealAsked {
		t.Fatalf("reveal requests of worker 1: %+v", rs)
	}
	// A reveal report acks a plain request, not the uploader's until it uploads.
	must(t, s.AckReveal(ctx, task, addr(0), t0))
	must(t, s.AckReveal(ctx, task, addr(1), t0))
	if rs, _ := s.WorkerReveals(ctx, addr(0)); len(rs) != 0 {
		t.Fatalf("worker 0 still asked after its report: %+v", rs)
	}
	if rs, _ := s.WorkerReveals(ctx, addr(1)); len(rs) != 1 {
		t.Fatal("the uploader's request was acked before it uploaded")
	}

	// Nobody revealed: reopen.
	must(t, s.Tx(ctx, func(tx *Tx) error { return tx.ReopenTask(ctx, task, t0) }))
	tk, _ = s.Task(ctx, task)
	if tk.Status != plan.StatusActive || tk.ConsensusValue != ([32]byte{}) || !tk.RevealDeadline.IsZero() {
		t.Fatalf("task after reopen: %+v", tk)
	}
	if rs, _ := s.TaskReveals(ctx, task); len(rs) != 0 {
		t.Fatalf("reveal requests left after the reopen: %+v", rs)
	}
	cs, _ := s.Contributions(ctx, task)
	if len(cs) != 2 || !cs[0].Rejected || !cs[1].Rejected {
		t.Fatalf("contributions after the reopen: %+v", cs)
	}
	tasks, err := s.OpenTasks(ctx)
	must(t, err)
	got := tasks[0]
	if len(got.Contributions) != 0 || len(got.Assigned) != 0 ||
		!slices.Equal(got.Excluded, []common.Address{addr(0), addr(1), addr(2)}) {
		t.Fatalf("planner's view after the reopen: %+v", got)
	}
	// The planner gives the task to nobody of them.
	ws, _ := s.Workers(ctx)
	if ds := plan.Plan(plan.State{Now: t0, Workers: ws, Tasks: tasks}, 1); len(ds) != 1 || ds[0].Task != hash(101) {
		t.Fatalf("plan %+v, want only task 1 assigned", ds)
	}
}

// Reveals, uploads and results as the worker API and the follower record them.
func TestRevealsAndResults(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	task := hash(101)
	must(t, s.Tx(ctx, func(tx *Tx) error {
		return errors.Join(
			tx.Assign(ctx, task, addr(0), t0),
			tx.RecordContribution(ctx, task, plan.Vote{Worker: addr(0), ResultHash: hash(9), Weight: 2}, 11),
			tx.SetTaskConsensus(ctx, task, hash(9), t0.Add(time.Minute), t0))
	}))
	must(t, s.AskReveals(ctx, task, []common.Address{addr(0)}, t0))
	if err := s.SetUploader(ctx, task, addr(1), t0); !errors.Is(err, ErrNotAssigned) {
		t.Fatalf("uploader without a request: %v", err)
	}
	must(t, s.SetUploader(ctx, task, addr(0), t0))
	must(t, s.Tx(ctx, func(tx *Tx) error { return tx.RecordReveal(ctx, task, addr(0), hash(7), t0) }))
	must(t, s.SetRevealState(ctx, task, addr(0), RevealAcked, []byte(`{"location":"x"}`), nil, t0))
	r, err := s.Reveal(ctx, task, addr(0))
	must(t, err)
	if !r.Revealed || !r.Upload || r.State != RevealAcked || string(r.Results) != `{"location":"x"}` || len(r.Callback) != 0 {
		t.Fatalf("reveal request %+v", r)
	}
	tk, _ := s.Task(ctx, task)
	a, _ := s.Assignment(ctx, task, addr(0))
	if tk.ResultDigest != hash(7) || a.State != Revealed {
		t.Fatalf("task digest %x, assignment %s", tk.ResultDigest, a.State)
	}
	// Expired and closed tasks.
	if ts, _ := s.ExpiredTasks(ctx, t0.Add(3*time.Hour)); len(ts) != 2 {
		t.Fatalf("%d expired tasks at the final deadline, want 2", len(ts))
	}
	if ts, _ := s.ExpiredTasks(ctx, t0.Add(time.Hour)); len(ts) != 0 {
		t.Fatalf("%d expired tasks before the final deadline, want 0", len(ts))
	}
	must(t, s.Assign(ctx, hash(100), addr(1), t0))
	if n, err := s.WithdrawClosed(ctx, t0.Add(time.Hour), t0); err != nil || n != 1 {
		t.Fatalf("withdrawn at the contribution deadline: %d, %v, want 1", n, err)
	}
	as, _ := s.WorkerAssignments(ctx, addr(1))
	if len(as) != 1 || as[0].State != Lost || as[0].CancelSent {
		t.Fatalf("worker 1's assignments %+v", as)
	}
	must(t, s.MarkCancelSent(ctx, addr(1), [][32]byte{hash(100)}))
	if a, _ := s.Assignment(ctx, hash(100), addr(1)); !a.CancelSent {
		t.Fatal("cancel not recorded")
	}
	deals, counts, err := s.Counts(ctx)
	must(t, err)
	if deals != 1 || counts[plan.StatusUnset] != 1 || counts[plan.StatusRevealing] != 1 {
		t.Fatalf("counts %d %v", deals, counts)
	}
}
