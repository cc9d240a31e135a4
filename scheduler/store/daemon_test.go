package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/plan"
)

// The reveals of a task the planner let reveal, then its consensus, as the daemon and the
// follower store them: the permit is kept once set, ACTIVE tasks' requests are served,
// every contribution counts for the planner until the task ends, and a hidden check is
// stored as one.
func TestRevealPermitAndConsensus(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	must(t, s.UpsertWorker(ctx, newWorker(2), t0))
	task := hash(100)
	must(t, s.Tx(ctx, func(tx *Tx) error {
		return errors.Join(
			tx.Assign(ctx, task, addr(0), t0), tx.Assign(ctx, task, addr(1), t0),
			tx.AssignCheck(ctx, task, addr(2), t0.Add(time.Second)),
			tx.SetAuthorization(ctx, task, addr(0), []byte{1, 2, 3}),
			tx.SetTaskStatus(ctx, task, plan.StatusActive, t0),
			tx.RecordContribution(ctx, task, plan.Vote{Worker: addr(0), ResultHash: hash(9), Weight: 2}, 11),
			tx.RecordContribution(ctx, task, plan.Vote{Worker: addr(1), ResultHash: hash(8), Weight: 2}, 11),
			tx.RecordContribution(ctx, task, plan.Vote{Worker: addr(2), ResultHash: hash(9), Weight: 2}, 12))
	}))
	tasks, err := s.OpenTasks(ctx)
	must(t, err)
	got := tasks[0]
	if len(got.Contributions) != 3 || len(got.Assigned) != 3 || !got.Assigned[2].Check || got.Assigned[0].Check ||
		!got.FinalDeadline.Equal(t0.Add(3*time.Hour)) || !got.RevealAsked.IsZero() {
		t.Fatalf("planner's view: %+v", got)
	}
	if a, _ := s.Assignment(ctx, task, addr(2)); !a.Check {
		t.Fatalf("the check's assignment %+v is not marked", a)
	}

	// The planner lets the group of hash 9 reveal: permit, then requests.
	if p, err := s.RevealPermit(ctx, task); err != nil || p != nil {
		t.Fatalf("permit before any: %x, %v", p, err)
	}
	var asked int
	must(t, s.Tx(ctx, func(tx *Tx) error {
		if err := tx.SetRevealPermit(ctx, task, []byte{0xaa, 0xbb}, t0.Add(time.Minute)); err != nil {
			return err
		}
		var err error
		asked, err = tx.AskReveals(ctx, task, []common.Address{addr(0), addr(2)}, t0.Add(time.Minute))
		return err
	}))
	// Asked again (the next round): nothing changes, the first permit and time stay.
	must(t, s.Tx(ctx, func(tx *Tx) error { return tx.SetRevealPermit(ctx, task, []byte{0xcc}, t0.Add(time.Hour)) }))
	again, err := s.AskReveals(ctx, task, []common.Address{addr(0), addr(2)}, t0.Add(time.Hour))
	must(t, err)
	if asked != 2 || again != 0 {
		t.Fatalf("asked %d then %d, want 2 then 0", asked, again)
	}
	if p, _ := s.RevealPermit(ctx, task); string(p) != string([]byte{0xaa, 0xbb}) {
		t.Fatalf("permit %x, want the first one", p)
	}
	tk, _ := s.Task(ctx, task)
	if !tk.RevealAsked.Equal(t0.Add(time.Minute)) || tk.Status != plan.StatusActive {
		t.Fatalf("task after the reveal request: %+v", tk)
	}
	if ts, _ := s.RevealTasks(ctx); len(ts) != 1 || ts[0].ID != task {
		t.Fatalf("reveal tasks %+v, want the ACTIVE task asked to reveal", ts)
	}
	rs, _ := s.WorkerReveals(ctx, addr(2))
	if len(rs) != 1 || string(rs[0].Permit) != string([]byte{0xaa, 0xbb}) {
		t.Fatalf("reveal requests of the check's worker on the ACTIVE task: %+v", rs)
	}

	// The first reveal opens the reveals: the consensus is stored.
	must(t, s.Tx(ctx, func(tx *Tx) error { return tx.SetTaskConsensus(ctx, task, hash(9), t0.Add(2*time.Minute), t0) }))
	tk, _ = s.Task(ctx, task)
	if tk.Status != plan.StatusRevealing || tk.ConsensusValue != hash(9) || !tk.RevealDeadline.Equal(t0.Add(2*time.Minute)) {
		t.Fatalf("task after consensus: %+v", tk)
	}
	a, err := s.Assignment(ctx, task, addr(0))
	must(t, err)
	if a.State != Contributed || string(a.Authorization) != string([]byte{1, 2, 3}) || a.Index != 0 || a.Deal != hash(0) {
		t.Fatalf("assignment %+v", a)
	}
	must(t, s.SetUploader(ctx, task, addr(0), t0))
	if rs, _ := s.WorkerReveals(ctx, addr(0)); len(rs) != 1 || !rs[0].Upload || rs[0].State != RevealAsked {
		t.Fatalf("reveal requests of worker 0: %+v", rs)
	}
	// A reveal report acks a plain request, not the uploader's until it uploads.
	must(t, s.AckReveal(ctx, task, addr(0), t0))
	must(t, s.AckReveal(ctx, task, addr(2), t0))
	if rs, _ := s.WorkerReveals(ctx, addr(2)); len(rs) != 0 {
		t.Fatalf("worker 2 still asked after its report: %+v", rs)
	}
	if rs, _ := s.WorkerReveals(ctx, addr(0)); len(rs) != 1 {
		t.Fatal("the uploader's request was acked before it uploaded")
	}
}

// A finalize's and a claim's rejections, as the follower stores them: only the
// contributions rejected with another result are proven wrong, once each.
func TestRejectionsAndProvenWrong(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	must(t, s.UpsertWorker(ctx, newWorker(2), t0))
	fin, claimed := hash(100), hash(101)
	must(t, s.Tx(ctx, func(tx *Tx) error {
		return errors.Join(
			tx.RecordContribution(ctx, fin, plan.Vote{Worker: addr(0), ResultHash: hash(9), Weight: 2}, 11),
			tx.RecordContribution(ctx, fin, plan.Vote{Worker: addr(1), ResultHash: hash(9), Weight: 2}, 11),
			tx.RecordContribution(ctx, fin, plan.Vote{Worker: addr(2), ResultHash: hash(8), Weight: 2}, 11),
			tx.RecordContribution(ctx, claimed, plan.Vote{Worker: addr(2), ResultHash: hash(7), Weight: 2}, 11))
	}))
	var wrong, replay, claim []common.Address
	must(t, s.Tx(ctx, func(tx *Tx) error {
		// Finalized on hash 9: worker 1 did not reveal (rejected, not wrong), worker 2 was wrong.
		err := errors.Join(tx.RejectContribution(ctx, fin, addr(1)), tx.RejectContribution(ctx, fin, addr(2)),
			tx.RejectContribution(ctx, claimed, addr(2)))
		if err != nil {
			return err
		}
		final := hash(9)
		if wrong, err = tx.ProvenWrong(ctx, fin, &final); err != nil {
			return err
		}
		if replay, err = tx.ProvenWrong(ctx, fin, &final); err != nil {
			return err
		}
		claim, err = tx.ProvenWrong(ctx, claimed, nil)
		return err
	}))
	if !slices.Equal(wrong, []common.Address{addr(2)}) || len(replay) != 0 || !slices.Equal(claim, []common.Address{addr(2)}) {
		t.Fatalf("proven wrong: %v, replayed %v, claim %v; want worker 2, nothing, worker 2", wrong, replay, claim)
	}
	if err := s.Tx(ctx, func(tx *Tx) error { return tx.RejectContribution(ctx, hash(999), addr(0)) }); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("rejection on an unknown task: %v, want ErrUnknownTask", err)
	}
	cs, _ := s.Contributions(ctx, fin)
	if cs[0].Rejected || !cs[1].Rejected || !cs[2].Rejected {
		t.Fatalf("contributions %+v", cs)
	}
	// Every contribution still counts for the planner until the task ends.
	tasks, _ := s.OpenTasks(ctx)
	if len(tasks[0].Contributions) != 3 || len(tasks[0].Excluded) != 0 {
		t.Fatalf("planner's view %+v", tasks[0])
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
	_, err := s.AskReveals(ctx, task, []common.Address{addr(0)}, t0)
	must(t, err)
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
