package store

import (
	"database/sql"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/pocolabs/poco/internal/migrate"
	"github.com/pocolabs/poco/scheduler/plan"
)

// worker0 is worker 0 as the planner sees it.
func worker0(t *testing.T, s *Store) plan.Worker {
	t.Helper()
	ws, err := s.Workers(ctx)
	must(t, err)
	for _, w := range ws {
		if w.ID == addr(0) {
			return w
		}
	}
	t.Fatal("worker 0 not listed")
	return plan.Worker{}
}

// addTasks stores n more tasks of deal 0 (indexes from 10).
func addTasks(t *testing.T, s *Store, n int) {
	t.Helper()
	var ts []Task
	for i := range n {
		ts = append(ts, newTask(10+i, 0))
	}
	must(t, s.AddTasks(ctx, ts, t0))
}

// A fresh worker counts one slot whatever it declares; each replicate it contributes
// before it is found late proves one more, up to what it declared; each progress deadline
// it misses halves them, down to one. Replaying a contribution or a miss counts nothing
// twice, and a late contribution to a withdrawn replicate proves nothing.
func TestProvenSlotsAdditiveIncreaseMultiplicativeDecrease(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	addTasks(t, s, 8)
	w := newWorker(0)
	w.Capabilities.Slots, w.Capabilities.Queue = 2, 3 // declares 5
	must(t, s.UpsertWorker(ctx, w, t0))
	must(t, s.SetProvenSlots(ctx, addr(0), 1)) // as a fresh worker
	proven := func() int { t.Helper(); return worker0(t, s).Slots }
	if n := proven(); n != 1 {
		t.Fatalf("a fresh worker counts %d slots, want 1", n)
	}
	contribute := func(i int) {
		t.Helper()
		must(t, s.Assign(ctx, hash(110+i), addr(0), t0))
		v := plan.Vote{Worker: addr(0), ResultHash: hash(9), Weight: 2}
		must(t, s.RecordContribution(ctx, hash(110+i), v, 20))
		must(t, s.RecordContribution(ctx, hash(110+i), v, 20)) // a replayed block
	}
	for i, want := range []int{2, 3, 4, 5, 5} { // capped at the declared 5
		contribute(i)
		if n := proven(); n != want {
			t.Fatalf("after %d contributions: %d slots, want %d", i+1, n, want)
		}
	}
	// Re-registering with a huge declaration proves nothing more.
	w.Capabilities.Slots = 1_000_000_000
	must(t, s.UpsertWorker(ctx, w, t0))
	if n := proven(); n != 5 {
		t.Fatalf("after declaring a billion slots: %d, want the 5 it proved", n)
	}

	// Misses halve, at least 1; one per task.
	for i, want := range []int{2, 1, 1} {
		must(t, s.Assign(ctx, hash(115+i), addr(0), t0))
		must(t, s.Tx(ctx, func(tx *Tx) error {
			if err := tx.Unassign(ctx, hash(115+i), addr(0), t0); err != nil {
				return err
			}
			fresh, err := tx.RecordMiss(ctx, hash(115+i), addr(0), t0.Add(time.Duration(i)*time.Minute))
			if err == nil && !fresh {
				err = errors.New("a first miss reported as already recorded")
			}
			return err
		}))
		if n := proven(); n != want {
			t.Fatalf("after %d misses: %d slots, want %d", i+1, n, want)
		}
	}
	must(t, s.Tx(ctx, func(tx *Tx) error {
		fresh, err := tx.RecordMiss(ctx, hash(115), addr(0), t0.Add(time.Hour))
		if fresh {
			return errors.New("a miss counted twice")
		}
		n, err2 := tx.Misses(ctx, addr(0), t0.Add(time.Minute))
		if n != 2 {
			return errors.New("misses since the second: want 2")
		}
		return errors.Join(err, err2)
	}))
	// The late worker contributes to its withdrawn replicate after all: it proves nothing.
	must(t, s.RecordContribution(ctx, hash(115), plan.Vote{Worker: addr(0), ResultHash: hash(9), Weight: 2}, 30))
	if n := proven(); n != 1 {
		t.Fatalf("a withdrawn replicate's contribution proved a slot: %d, want 1", n)
	}
	caps, err := s.Capacities(ctx, t0)
	must(t, err)
	if c := caps[0]; c.Address != addr(0) || c.Declared != 1_000_000_003 || c.Proven != 1 || c.Slots != 1 ||
		c.Misses != 3 || !c.LastMiss.Equal(t0.Add(2*time.Minute)) || c.Staked != nil {
		t.Fatalf("capacity %+v", c)
	}
}

// The slots counted are the least of declared, proven and staked; a replicate computed
// but not contributed takes no slot, up to the slots counted.
func TestEffectiveSlotsAndComputedReplicates(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	addTasks(t, s, 4)
	w := newWorker(0)
	w.Capabilities.Slots = 1_000_000_000
	staked := 3
	w.StakeSlots = &staked
	must(t, s.UpsertWorker(ctx, w, t0))
	must(t, s.SetProvenSlots(ctx, addr(0), 10))
	if got := worker0(t, s); got.Slots != 3 || got.FreeSlots != 3 {
		t.Fatalf("slots %d, free %d: want 3 (the stake backs 3)", got.Slots, got.FreeSlots)
	}
	none := 0
	must(t, s.SetStakeSlots(ctx, addr(0), &none))
	if got := worker0(t, s); got.Slots != 0 || got.FreeSlots != 0 {
		t.Fatalf("slots %d, free %d with no stake: want 0", got.Slots, got.FreeSlots)
	}
	must(t, s.SetStakeSlots(ctx, addr(0), nil))
	must(t, s.SetProvenSlots(ctx, addr(0), 1))
	if got := worker0(t, s); got.Slots != 1 || got.FreeSlots != 1 {
		t.Fatalf("slots %d, free %d without a stake limit: want the proven 1", got.Slots, got.FreeSlots)
	}

	// One slot: one running replicate fills it; computed, it frees it; a second one fills
	// it, and computed too it still holds it: two results wait for the chain, twice the
	// slots counted.
	free := func() int { t.Helper(); return worker0(t, s).FreeSlots }
	d := [32]byte{7}
	for i, want := range []struct{ assigned, computed int }{{0, 1}, {0, 0}} {
		must(t, s.Assign(ctx, hash(110+i), addr(0), t0))
		if n := free(); n != want.assigned {
			t.Fatalf("replicate %d running: %d free, want %d", i, n, want.assigned)
		}
		must(t, s.SetAssignmentStep(ctx, hash(110+i), addr(0), "computed", &d, "", t0))
		if n := free(); n != want.computed {
			t.Fatalf("replicate %d computed: %d free, want %d", i, n, want.computed)
		}
	}
}

// A replicate's progress deadline is stored with it and reaches the planner with the
// task's reference time; it only moves later, and only while the replicate is assigned.
func TestProgressDeadlines(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	tk := newTask(5, 0)
	tk.Ref = 300 * time.Second
	must(t, s.AddTasks(ctx, []Task{tk}, t0))
	must(t, s.Tx(ctx, func(tx *Tx) error {
		return errors.Join(tx.Assign(ctx, tk.ID, addr(0), t0), tx.SetDeadline(ctx, tk.ID, addr(0), t0.Add(8*time.Minute)))
	}))
	if err := s.Tx(ctx, func(tx *Tx) error { return tx.SetDeadline(ctx, tk.ID, addr(1), t0) }); !errors.Is(err, ErrNotAssigned) {
		t.Fatalf("deadline of an unassigned worker: %v, want ErrNotAssigned", err)
	}
	deadline := func() time.Time {
		t.Helper()
		tasks, err := s.OpenTasks(ctx)
		must(t, err)
		i := slices.IndexFunc(tasks, func(x plan.Task) bool { return x.ID == tk.ID })
		if tasks[i].Ref != 300*time.Second {
			t.Fatalf("task's reference time %v, want 5m", tasks[i].Ref)
		}
		return tasks[i].Assigned[0].Deadline
	}
	if d := deadline(); !d.Equal(t0.Add(8 * time.Minute)) {
		t.Fatalf("deadline %v, want t0+8m", d)
	}
	if moved, err := s.ExtendDeadline(ctx, tk.ID, addr(0), t0.Add(time.Minute)); err != nil || moved {
		t.Fatalf("an earlier deadline moved it (%v, %v)", moved, err)
	}
	if moved, err := s.ExtendDeadline(ctx, tk.ID, addr(0), t0.Add(10*time.Minute)); err != nil || !moved {
		t.Fatalf("a later deadline did not move it (%v, %v)", moved, err)
	}
	if d := deadline(); !d.Equal(t0.Add(10 * time.Minute)) {
		t.Fatalf("deadline %v, want t0+10m", d)
	}
	if a, _ := s.Assignment(ctx, tk.ID, addr(0)); !a.Deadline.Equal(t0.Add(10 * time.Minute)) {
		t.Fatalf("assignment record's deadline %v", a.Deadline)
	}
}

// Migration 0004 on a database of schema 3: tasks get their reference time from their
// deal, and a registered worker starts from the slots its contributions proved.
func TestMigrationFourFromSchemaThree(t *testing.T) {
	raw, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "old.db"))
	must(t, err)
	defer raw.Close()
	must(t, migrate.Apply(ctx, raw, migrations[:3], nil))
	for _, q := range []string{
		`INSERT INTO deals (id, body, block) VALUES ('0x01', '{"workClockTimeRef":300}', 1)`,
		`INSERT INTO tasks (id, deal_id, idx, trust, tag, executor, updated_at) VALUES ('0x0a', '0x01', 0, 1, '0x00', 'wasm', 0)`,
		`INSERT INTO tasks (id, deal_id, idx, trust, tag, executor, updated_at) VALUES ('0x0b', '0x01', 1, 1, '0x00', 'wasm', 0)`,
		`INSERT INTO workers (address, capabilities, updated_at) VALUES ('0xaa', '{"slots":2,"queue":2}', 0)`,
		`INSERT INTO workers (address, capabilities, updated_at) VALUES ('0xbb', '{"slots":1,"queue":8}', 0)`,
		`INSERT INTO assignments (task_id, worker, since, state, updated_at) VALUES ('0x0a', '0xaa', 0, 'contributed', 0)`,
		`INSERT INTO assignments (task_id, worker, since, state, updated_at) VALUES ('0x0b', '0xaa', 0, 'revealed', 0)`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	must(t, migrate.Apply(ctx, raw, migrations, nil))
	var ref, provenA, provenB int
	must(t, raw.QueryRow(`SELECT ref FROM tasks WHERE id = '0x0a'`).Scan(&ref))
	must(t, raw.QueryRow(`SELECT proven_slots FROM workers WHERE address = '0xaa'`).Scan(&provenA))
	must(t, raw.QueryRow(`SELECT proven_slots FROM workers WHERE address = '0xbb'`).Scan(&provenB))
	if ref != 300 || provenA != 3 || provenB != 1 {
		t.Fatalf("after migration 4: ref %d (want 300), proven slots %d and %d (want 3: 1 + two contributions, and 1)",
			ref, provenA, provenB)
	}
}
