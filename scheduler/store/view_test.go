package store

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/plan"
)

// snapshot is everything the store serves from its view in memory.
type snapshot struct {
	Open        []plan.Task
	Workers     []plan.Worker
	Expired     []Task
	RevealTasks []Task
	RevealViews []RevealView
	OpenReveals map[[32]byte][]RevealRequest
	Assignments map[common.Address][]AssignmentRecord
	Reveals     map[common.Address][]RevealRequest
	Pairs       map[string]string // task/worker → Assignment and Reveal, or their error
}

func takeSnapshot(t *testing.T, s *Store, tasks [][32]byte, workers []common.Address) snapshot {
	t.Helper()
	var (
		sn  = snapshot{Assignments: map[common.Address][]AssignmentRecord{}, Reveals: map[common.Address][]RevealRequest{}, Pairs: map[string]string{}}
		err error
	)
	sn.Open, err = s.OpenTasks(ctx)
	must(t, err)
	sn.Workers, err = s.Workers(ctx)
	must(t, err)
	sn.Expired, err = s.ExpiredTasks(ctx, t0.Add(2*time.Hour))
	must(t, err)
	sn.RevealTasks, err = s.RevealTasks(ctx)
	must(t, err)
	sn.RevealViews, err = s.RevealViews(ctx)
	must(t, err)
	sn.OpenReveals, err = s.OpenReveals(ctx)
	must(t, err)
	for _, w := range workers {
		sn.Assignments[w], err = s.WorkerAssignments(ctx, w)
		must(t, err)
		sn.Reveals[w], err = s.WorkerReveals(ctx, w)
		must(t, err)
		for _, id := range tasks {
			a, aerr := s.Assignment(ctx, id, w)
			r, rerr := s.Reveal(ctx, id, w)
			sn.Pairs[fmt.Sprintf("%x/%x", id[31], w[19])] = fmt.Sprintf("%+v %v | %+v %v", a, aerr, r, rerr)
		}
	}
	return sn
}

// TestViewFollowsEveryWrite holds that the view a store keeps up to date as it writes is
// the view a store opened afresh on the same file reads whole: after each kind of write
// (chain events, plan decisions, worker reports, heartbeats, stake, misses, benches,
// withdrawals), everything served from memory is the same from both. A write that forgot
// to mark what it changed leaves the first one stale here.
func TestViewFollowsEveryWrite(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	tasks := [][32]byte{hash(100), hash(101), hash(102)}
	workers := []common.Address{addr(0), addr(1), addr(2)}
	digest := hash(7)
	res := [32]byte{0: 0xaa}
	two := 2
	steps := []struct {
		name string
		do   func() error
	}{
		{"third worker", func() error { return s.UpsertWorker(ctx, newWorker(2), t0) }},
		{"task started", func() error { return s.SetTaskStatus(ctx, hash(100), plan.StatusActive, t0) }},
		{"replicates assigned", func() error {
			return s.Tx(ctx, func(tx *Tx) error {
				return errorsJoin(
					tx.AssignReplicate(ctx, NewReplicate{Task: hash(100), Worker: addr(0), At: t0, Authorization: []byte{1, 2},
						Deadline: t0.Add(time.Minute)}),
					tx.AssignReplicate(ctx, NewReplicate{Task: hash(100), Worker: addr(1), At: t0, Check: true}),
					tx.Assign(ctx, hash(101), addr(2), t0.Add(time.Second)),
					tx.Assign(ctx, hash(101), addr(0), t0.Add(time.Second)))
			})
		}},
		{"started", func() error { return s.SetAssignmentStep(ctx, hash(100), addr(0), "started", nil, "", t0) }},
		{"deadline extended", func() error {
			_, err := s.ExtendDeadline(ctx, hash(100), addr(0), t0.Add(2*time.Minute))
			return err
		}},
		{"deadline set", func() error {
			return s.Tx(ctx, func(tx *Tx) error { return tx.SetDeadline(ctx, hash(101), addr(2), t0.Add(3*time.Minute)) })
		}},
		{"reports of one request", func() error {
			return errorsJoin(s.Reports(ctx, []WorkerReport{
				{Task: hash(101), Worker: addr(2), At: t0, SetStep: true, Step: "started", Deadline: t0.Add(4 * time.Minute)},
				{Task: hash(101), Worker: addr(0), At: t0, SetStep: true, Step: "computed", Digest: &digest, Deadline: t0.Add(time.Hour)},
			})...)
		}},
		{"computed", func() error {
			// 1.5 s after its start: a measured run (plan.Worker.RunTimes).
			return s.SetAssignmentStep(ctx, hash(100), addr(0), "computed", &digest, "", t0.Add(1500*time.Millisecond))
		}},
		{"authorization", func() error {
			return s.Tx(ctx, func(tx *Tx) error { return tx.SetAuthorization(ctx, hash(101), addr(2), []byte{9}) })
		}},
		{"contributed", func() error {
			return s.RecordContribution(ctx, hash(100), plan.Vote{Worker: addr(0), ResultHash: res, Weight: 3}, 11)
		}},
		{"check contributed", func() error {
			return s.RecordContribution(ctx, hash(100), plan.Vote{Worker: addr(1), ResultHash: res}, 11)
		}},
		{"reveals asked", func() error {
			return s.Tx(ctx, func(tx *Tx) error {
				_, err := tx.AskReveals(ctx, hash(100), []common.Address{addr(0), addr(1)}, t0)
				return errorsJoin(tx.SetRevealPermit(ctx, hash(100), []byte{5, 5}, t0), err)
			})
		}},
		{"uploader", func() error { return s.SetUploader(ctx, hash(100), addr(1), t0) }},
		{"consensus", func() error {
			return s.Tx(ctx, func(tx *Tx) error { return tx.SetTaskConsensus(ctx, hash(100), res, t0.Add(time.Hour), t0) })
		}},
		{"reveal acked", func() error { return s.AckReveal(ctx, hash(100), addr(0), t0) }},
		{"revealed", func() error {
			return s.Tx(ctx, func(tx *Tx) error { return tx.RecordReveal(ctx, hash(100), addr(0), digest, t0) })
		}},
		{"uploaded", func() error {
			return s.SetRevealState(ctx, hash(100), addr(1), RevealAcked, []byte(`{"location":"x"}`), []byte{1}, t0)
		}},
		{"reveal reports of one request", func() error {
			return errorsJoin(s.Reports(ctx, []WorkerReport{
				{Task: hash(100), Worker: addr(0), At: t0, AckReveal: true, SetStep: true, Step: "revealed"},
				{Task: hash(100), Worker: addr(1), At: t0, RevealState: RevealAcked, Results: []byte(`{"location":"y"}`)},
			})...)
		}},
		{"gave up", func() error { return s.SetAssignmentState(ctx, hash(101), addr(2), Failed, t0) }},
		{"withdrawn", func() error { return s.Unassign(ctx, hash(101), addr(0), t0) }},
		{"missed", func() error {
			return s.Tx(ctx, func(tx *Tx) error {
				_, err := tx.RecordMiss(ctx, hash(101), addr(0), t0)
				return errorsJoin(err, tx.BenchUntil(ctx, addr(0), t0.Add(time.Hour)))
			})
		}},
		{"score, offenses", func() error {
			return s.Tx(ctx, func(tx *Tx) error {
				return errorsJoin(tx.SetWorkerScore(ctx, addr(1), 7, t0),
					tx.SetOffenses(ctx, addr(2), Offenses{Count: 1, Last: t0, BenchedUntil: t0.Add(time.Minute)}))
			})
		}},
		{"heartbeat, stake, proven", func() error {
			return errorsJoin(s.Heartbeat(ctx, addr(2), t0.Add(time.Minute)), s.SetStakeSlots(ctx, addr(1), &two),
				s.SetProvenSlots(ctx, addr(2), 1))
		}},
		{"assigned again", func() error { return s.Assign(ctx, hash(101), addr(1), t0) }},
		{"finalized", func() error {
			return s.Tx(ctx, func(tx *Tx) error {
				_, err := tx.ProvenWrong(ctx, hash(100), &res)
				return errorsJoin(tx.SetTaskResult(ctx, hash(100), digest, t0), tx.RejectContribution(ctx, hash(100), addr(1)),
					err, tx.SetTaskStatus(ctx, hash(100), plan.StatusCompleted, t0))
			})
		}},
		{"ended task's replicate still assigned", func() error {
			return s.Tx(ctx, func(tx *Tx) error { return tx.SetTaskStatus(ctx, hash(101), plan.StatusFailed, t0) })
		}},
		{"withdrawn as closed", func() error {
			n, err := s.WithdrawClosed(ctx, t0, t0)
			if err == nil && n != 1 {
				err = fmt.Errorf("withdrew %d, want 1", n)
			}
			return err
		}},
		{"told", func() error { return s.MarkCancelSent(ctx, addr(1), [][32]byte{hash(101)}) }},
		{"new deal", func() error {
			return s.Tx(ctx, func(tx *Tx) error {
				return errorsJoin(tx.UpsertDeal(ctx, hash(1), dealJSON(1), 12), tx.AddTasks(ctx, []Task{newTask(2, 1)}, t0))
			})
		}},
	}
	for _, st := range steps {
		must(t, st.do())
		got := takeSnapshot(t, s, tasks, workers)
		fresh := open(t, path)
		want := takeSnapshot(t, fresh, tasks, workers)
		must(t, fresh.Close())
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after %q the view kept in memory differs from the database:\n got  %+v\n want %+v", st.name, got, want)
		}
	}
	if len(takeSnapshot(t, s, tasks, workers).Open) != 1 {
		t.Fatal("want only the new deal's task open at the end")
	}
}

func errorsJoin(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// TestReportsWrittenTogetherAreEachStored holds that reports written at once (one batch,
// see Store.report) are each stored and each seen in the view, and that one about a
// replicate that does not exist fails alone.
func TestReportsWrittenTogetherAreEachStored(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	var tasks [][32]byte
	var all []Task
	for i := range 40 {
		all = append(all, newTask(10+i, 0))
		tasks = append(tasks, all[i].ID)
	}
	must(t, s.AddTasks(ctx, all, t0))
	assignAndLoad(t, s, tasks)
	errs := make(chan error, 2*len(tasks)+1)
	for i, id := range tasks {
		go func() {
			d := [32]byte{31: byte(i)}
			errs <- s.SetAssignmentStep(ctx, id, addr(0), "computed", &d, "", t0)
		}()
		go func() {
			_, err := s.ExtendDeadline(ctx, id, addr(0), t0.Add(time.Hour))
			errs <- err
		}()
	}
	go func() { errs <- s.SetAssignmentStep(ctx, tasks[0], addr(1), "computed", nil, "", t0) }()
	failed := 0
	for range 2*len(tasks) + 1 {
		if err := <-errs; errors.Is(err, ErrNotAssigned) {
			failed++
		} else {
			must(t, err)
		}
	}
	if failed != 1 {
		t.Fatalf("%d reports failed, want the one of the replicate that does not exist", failed)
	}
	workers := []common.Address{addr(0), addr(1)}
	got := takeSnapshot(t, s, tasks, workers)
	fresh := open(t, path)
	defer fresh.Close()
	if want := takeSnapshot(t, fresh, tasks, workers); !reflect.DeepEqual(got, want) {
		t.Fatalf("the view kept in memory differs from the database:\n got  %+v\n want %+v", got, want)
	}
	as, err := fresh.WorkerAssignments(ctx, addr(0))
	must(t, err)
	for i, a := range as {
		if a.Step != "computed" || a.Digest != ([32]byte{31: byte(i)}) || !a.Deadline.Equal(t0.Add(time.Hour)) {
			t.Fatalf("replicate %d stored as %+v, want computed with its digest and the extended deadline", i, a)
		}
	}
}

// TestReportsOfARequestStopAtTheFirstFailure holds that Store.Reports writes a request's
// reports in order and none after one that failed (so that the worker, sending them
// again, keeps each task's steps in order), and that a report's writes are all made:
// a failure with its state, its step and its deadline extended.
func TestReportsOfARequestStopAtTheFirstFailure(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	tasks := [][32]byte{newTask(10, 0).ID, newTask(11, 0).ID, newTask(12, 0).ID}
	must(t, s.AddTasks(ctx, []Task{newTask(10, 0), newTask(11, 0), newTask(12, 0)}, t0))
	assignAndLoad(t, s, tasks)
	d := hash(5)
	errs := s.Reports(ctx, []WorkerReport{
		{Task: tasks[0], Worker: addr(0), At: t0, State: Failed, SetStep: true, Step: "failed", Error: "no room"},
		{Task: tasks[1], Worker: addr(0), At: t0, SetStep: true, Step: "started", Deadline: t0.Add(time.Hour)},
		{Task: tasks[2], Worker: addr(1), At: t0, SetStep: true, Step: "started"}, // no such replicate
		{Task: tasks[2], Worker: addr(0), At: t0, SetStep: true, Step: "computed", Digest: &d},
	})
	if len(errs) != 4 || errs[0] != nil || errs[1] != nil || !errors.Is(errs[2], ErrNotAssigned) || !errors.Is(errs[3], ErrNotApplied) {
		t.Fatalf("errors %v, want nil, nil, not assigned, not applied", errs)
	}
	workers := []common.Address{addr(0), addr(1)}
	got := takeSnapshot(t, s, tasks, workers)
	fresh := open(t, path)
	defer fresh.Close()
	if want := takeSnapshot(t, fresh, tasks, workers); !reflect.DeepEqual(got, want) {
		t.Fatalf("the view kept in memory differs from the database:\n got  %+v\n want %+v", got, want)
	}
	for i, want := range []struct {
		state    AssignmentState
		step     string
		deadline time.Time
	}{{Failed, "failed", t0.Add(time.Minute)}, {Assigned, "started", t0.Add(time.Hour)}, {Assigned, "", t0.Add(time.Minute)}} {
		a, err := fresh.Assignment(ctx, tasks[i], addr(0))
		must(t, err)
		if a.State != want.state || a.Step != want.step || !a.Deadline.Equal(want.deadline) {
			t.Errorf("replicate %d stored as %s, step %q, deadline %s; want %s, %q, %s", i, a.State, a.Step, a.Deadline, want.state, want.step, want.deadline)
		}
	}
}

// assignAndLoad gives each of tasks to addr(0), due in a minute, and loads the view, which
// the reports then patch.
func assignAndLoad(t *testing.T, s *Store, tasks [][32]byte) {
	t.Helper()
	must(t, s.Tx(ctx, func(tx *Tx) error {
		for _, id := range tasks {
			if err := tx.AssignReplicate(ctx, NewReplicate{Task: id, Worker: addr(0), At: t0, Deadline: t0.Add(time.Minute)}); err != nil {
				return err
			}
		}
		return nil
	}))
	_, err := s.OpenTasks(ctx)
	must(t, err)
}
