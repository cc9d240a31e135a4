package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/internal/migrate"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/plan"
)

var (
	ctx   = context.Background()
	t0    = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	chain = Chain{ID: 31337, Hub: common.Address{19: 0x42}}
)

func addr(i int) common.Address { return common.Address{0: 0xab, 19: byte(i + 1)} }
func hash(i int) [32]byte       { return [32]byte{0: 0xcd, 31: byte(i + 1)} }

func open(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func newStore(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "scheduler.db")
	s := open(t, path)
	t.Cleanup(func() { s.Close() })
	return s, path
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func dealJSON(i int) json.RawMessage {
	return json.RawMessage(fmt.Sprintf(`{"dealid":"%x","volume":2,"trust":1}`, hash(i)))
}

func newTask(i, deal int) Task {
	return Task{ID: hash(100 + i), Deal: hash(deal), Index: uint64(i), Trust: 1, Executor: "wasm",
		ContributionDeadline: t0.Add(time.Hour), FinalDeadline: t0.Add(3 * time.Hour)}
}

func newWorker(i int) Worker {
	return Worker{Address: addr(i), Score: uint64(i), LastSeen: t0,
		Capabilities: Capabilities{Cores: 4, Slots: 2, Executors: []string{"wasm"}}}
}

// seed stores deal 0 with tasks 0 and 1 and workers 0 and 1, which have proven their two
// slots.
func seed(t *testing.T, s *Store) {
	t.Helper()
	must(t, s.Tx(ctx, func(tx *Tx) error {
		return errors.Join(
			tx.UpsertDeal(ctx, hash(0), dealJSON(0), 10),
			tx.AddTasks(ctx, []Task{newTask(0, 0), newTask(1, 0)}, t0),
			tx.UpsertWorker(ctx, newWorker(0), t0),
			tx.UpsertWorker(ctx, newWorker(1), t0),
			tx.SetCursor(ctx, chain, 10))
	}))
	must(t, s.SetProvenSlots(ctx, addr(0), 2))
	must(t, s.SetProvenSlots(ctx, addr(1), 2))
}

func countRows(t *testing.T, s *Store, query string) int {
	t.Helper()
	var n int
	must(t, s.db.QueryRow(query).Scan(&n))
	return n
}

func TestMigrationsApplyOnceAcrossReopen(t *testing.T) {
	s, path := newStore(t)
	if got := countRows(t, s, `SELECT COUNT(*) FROM schema_migrations`); got != SchemaVersion() {
		t.Fatalf("schema_migrations has %d rows, want %d", got, SchemaVersion())
	}
	var mode string
	must(t, s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	var fk int
	must(t, s.db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
	if mode != "wal" || fk != 1 {
		t.Fatalf("journal_mode %q, foreign_keys %d; want wal, 1", mode, fk)
	}
	seed(t, s)
	must(t, s.Close())

	for range 2 {
		s = open(t, path)
		if got := countRows(t, s, `SELECT COUNT(*) FROM schema_migrations`); got != SchemaVersion() {
			t.Fatalf("after reopen schema_migrations has %d rows, want %d", got, SchemaVersion())
		}
		if got := countRows(t, s, `SELECT COUNT(*) FROM tasks`); got != 2 {
			t.Fatalf("after reopen %d tasks, want 2", got)
		}
		must(t, s.Close())
	}
}

func TestLaterMigrationIsApplied(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	more := append(slices.Clone(migrations), migrate.Step{Version: len(migrations) + 1, Name: "9999_extra.sql",
		SQL: `ALTER TABLE workers ADD COLUMN region TEXT NOT NULL DEFAULT ''`})
	must(t, s.migrate(ctx, more))
	must(t, s.migrate(ctx, more)) // idempotent
	if got := countRows(t, s, `SELECT COUNT(*) FROM workers WHERE region = ''`); got != 2 {
		t.Fatalf("%d workers with the new column, want 2", got)
	}

	// A failing migration leaves no trace.
	bad := append(slices.Clone(more), migrate.Step{Version: len(more) + 1, Name: "bad.sql",
		SQL: `CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);`})
	if err := s.migrate(ctx, bad); err == nil {
		t.Fatal("a failing migration succeeded")
	}
	if got := countRows(t, s, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'`); got != 0 {
		t.Fatal("a failed migration left its table behind")
	}
	if got := countRows(t, s, `SELECT MAX(version) FROM schema_migrations`); got != len(more) {
		t.Fatalf("version %d after a failed migration, want %d", got, len(more))
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	s, path := newStore(t)
	_, err := s.db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future.sql', 0)`,
		SchemaVersion()+1)
	must(t, err)
	must(t, s.Close())

	_, err = Open(path)
	if !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open of a newer database: %v, want ErrSchemaTooNew", err)
	}
}

func TestLoadMigrationsChecksNumbering(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"gap":     {"migrations/0001_a.sql": {}, "migrations/0003_c.sql": {}},
		"badname": {"migrations/init.sql": {}},
		"none":    {},
	} {
		if _, err := migrate.Load(fsys, "migrations/*.sql"); !errors.Is(err, ErrInvalidMigration) {
			t.Errorf("%s: %v, want ErrInvalidMigration", name, err)
		}
	}
}

func TestCursorAndDealCommitTogether(t *testing.T) {
	s, path := newStore(t)
	if _, ok, err := s.Cursor(ctx, chain); err != nil || ok {
		t.Fatalf("fresh cursor: ok %v, err %v; want none", ok, err)
	}
	must(t, s.Tx(ctx, func(tx *Tx) error {
		if err := tx.UpsertDeal(ctx, hash(1), dealJSON(1), 7); err != nil {
			return err
		}
		if err := tx.AddTasks(ctx, []Task{newTask(0, 1)}, t0); err != nil {
			return err
		}
		return tx.SetCursor(ctx, chain, 7)
	}))
	must(t, s.Close())

	s = open(t, path)
	defer s.Close()
	block, ok, err := s.Cursor(ctx, chain)
	if err != nil || !ok || block != 7 {
		t.Fatalf("cursor after reopen: %d %v %v, want 7", block, ok, err)
	}
	body, dblock, err := s.Deal(ctx, hash(1))
	must(t, err)
	if string(body) != string(dealJSON(1)) || dblock != 7 {
		t.Fatalf("deal after reopen: %s at %d", body, dblock)
	}
	if _, err := s.Task(ctx, hash(100)); err != nil {
		t.Fatalf("task after reopen: %v", err)
	}
	// Another chain has its own cursor.
	if _, ok, _ := s.Cursor(ctx, Chain{ID: 1, Hub: chain.Hub}); ok {
		t.Fatal("cursor shared between chains")
	}
}

func TestFailedTxLeavesNothing(t *testing.T) {
	s, path := newStore(t)
	must(t, s.SetCursor(ctx, chain, 5))
	boom := errors.New("event decoding failed")
	err := s.Tx(ctx, func(tx *Tx) error {
		must(t, tx.UpsertDeal(ctx, hash(2), dealJSON(2), 6))
		must(t, tx.AddTasks(ctx, []Task{newTask(0, 2)}, t0))
		must(t, tx.SetCursor(ctx, chain, 6))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Tx returned %v, want fn's error", err)
	}
	// A panicking fn rolls back too.
	func() {
		defer func() { _ = recover() }()
		_ = s.Tx(ctx, func(tx *Tx) error {
			must(t, tx.SetCursor(ctx, chain, 6))
			panic("crash")
		})
	}()
	must(t, s.Close())

	s = open(t, path)
	defer s.Close()
	if block, _, _ := s.Cursor(ctx, chain); block != 5 {
		t.Fatalf("cursor %d after failed Tx, want 5", block)
	}
	if _, _, err := s.Deal(ctx, hash(2)); !errors.Is(err, ErrUnknownDeal) {
		t.Fatalf("deal of a failed Tx: %v, want ErrUnknownDeal", err)
	}
	if got := countRows(t, s, `SELECT COUNT(*) FROM tasks`); got != 0 {
		t.Fatalf("%d tasks from a failed Tx", got)
	}
}

func TestRestartKeepsState(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	must(t, s.Assign(ctx, hash(100), addr(0), t0.Add(time.Minute)))
	must(t, s.Assign(ctx, hash(100), addr(1), t0.Add(2*time.Minute)))
	must(t, s.RecordContribution(ctx, hash(100), plan.Vote{Worker: addr(1), ResultHash: hash(9), Weight: 3}, 11))
	must(t, s.SetTaskStatus(ctx, hash(100), plan.StatusActive, t0))
	must(t, s.Heartbeat(ctx, addr(0), t0.Add(5*time.Minute)))
	must(t, s.Close())

	s = open(t, path)
	defer s.Close()
	tasks, err := s.OpenTasks(ctx)
	must(t, err)
	want0 := plan.Task{ID: hash(100), Deal: hash(0), Trust: 1, Executor: "wasm", Status: plan.StatusActive,
		ContributionDeadline: t0.Add(time.Hour), FinalDeadline: t0.Add(3 * time.Hour),
		Contributions: []plan.Vote{{Worker: addr(1), ResultHash: hash(9), Weight: 3}},
		Assigned: []plan.Assignment{
			{Worker: addr(0), Since: t0.Add(time.Minute)},
			{Worker: addr(1), Since: t0.Add(2 * time.Minute)},
		}}
	if len(tasks) != 2 || fmt.Sprint(tasks[0]) != fmt.Sprint(want0) {
		t.Fatalf("open tasks after restart:\n got %+v\nwant %+v", tasks, want0)
	}
	ws, err := s.Workers(ctx)
	must(t, err)
	want := []plan.Worker{
		// Worker 0 still runs task 0 (no run time measured, no reference time: it holds
		// plan.UnknownRun of work); worker 1 has contributed, so its slot is free.
		{ID: addr(0), Score: 0, Cores: 4, Slots: 2, FreeSlots: 1, Executors: []string{"wasm"}, LastSeen: t0.Add(5 * time.Minute),
			RunSlots: 2, Running: 1, Held: plan.UnknownRun},
		{ID: addr(1), Score: 1, Cores: 4, Slots: 2, FreeSlots: 2, Executors: []string{"wasm"}, LastSeen: t0, RunSlots: 2},
	}
	if fmt.Sprint(ws) != fmt.Sprint(want) {
		t.Fatalf("workers after restart:\n got %+v\nwant %+v", ws, want)
	}
	var state string
	must(t, s.db.QueryRow(`SELECT state FROM assignments WHERE worker = ?`, hexAddr(addr(1))).Scan(&state))
	if state != string(Contributed) {
		t.Fatalf("contributor's assignment is %q, want contributed", state)
	}
}

// The scheduler's secrets, a task's reveal permit and a worker's offenses survive a
// restart; the secrets are drawn once.
func TestRestartKeepsSecretsPermitAndOffenses(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	random := bytes.NewReader(bytes.Repeat([]byte{7}, 40))
	secrets, err := s.Secrets(ctx, random)
	must(t, err)
	if secrets.CheckKey != [32]byte(bytes.Repeat([]byte{7}, 32)) || secrets.PlanSeed != 0x0707070707070707 {
		t.Fatalf("secrets %+v, want the random bytes", secrets)
	}
	must(t, s.Tx(ctx, func(tx *Tx) error {
		off := Offenses{Count: 2, Last: t0, BenchedUntil: t0.Add(20 * time.Minute)}
		return errors.Join(tx.SetRevealPermit(ctx, hash(100), []byte{1, 2, 3}, t0), tx.SetOffenses(ctx, addr(1), off))
	}))
	if err := s.Tx(ctx, func(tx *Tx) error { return tx.SetOffenses(ctx, addr(9), Offenses{Count: 1}) }); !errors.Is(err, ErrUnknownWorker) {
		t.Fatalf("offenses of an unknown worker: %v, want ErrUnknownWorker", err)
	}
	must(t, s.Close())

	s = open(t, path)
	defer s.Close()
	again, err := s.Secrets(ctx, bytes.NewReader(nil)) // nothing to draw: all stored
	must(t, err)
	if again != secrets {
		t.Fatalf("secrets after restart %+v, want %+v", again, secrets)
	}
	if p, _ := s.RevealPermit(ctx, hash(100)); string(p) != string([]byte{1, 2, 3}) {
		t.Fatalf("permit after restart %x", p)
	}
	off, err := s.Offenses(ctx, addr(1))
	must(t, err)
	if off != (Offenses{Count: 2, Last: t0, BenchedUntil: t0.Add(20 * time.Minute)}) {
		t.Fatalf("offenses after restart %+v", off)
	}
	ws, _ := s.Workers(ctx)
	if !ws[1].BenchedUntil.Equal(t0.Add(20*time.Minute)) || !ws[0].BenchedUntil.IsZero() {
		t.Fatalf("workers' benches %v, %v", ws[0].BenchedUntil, ws[1].BenchedUntil)
	}
	// Re-registering does not lift a bench.
	must(t, s.UpsertWorker(ctx, newWorker(1), t0.Add(time.Minute)))
	if off, _ := s.Offenses(ctx, addr(1)); off.Count != 2 || off.BenchedUntil.IsZero() {
		t.Fatalf("offenses after re-registering %+v", off)
	}
}

func TestAssignUniqueAndErrors(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	must(t, s.Assign(ctx, hash(100), addr(0), t0))
	if err := s.Assign(ctx, hash(100), addr(0), t0); !errors.Is(err, ErrAlreadyAssigned) {
		t.Fatalf("second Assign: %v, want ErrAlreadyAssigned", err)
	}
	// Withdrawn, then picked again: still never twice.
	must(t, s.Unassign(ctx, hash(100), addr(0), t0))
	must(t, s.Unassign(ctx, hash(100), addr(0), t0)) // idempotent
	if err := s.Assign(ctx, hash(100), addr(0), t0); !errors.Is(err, ErrAlreadyAssigned) {
		t.Fatalf("Assign after Unassign: %v, want ErrAlreadyAssigned", err)
	}
	if err := s.Unassign(ctx, hash(101), addr(0), t0); !errors.Is(err, ErrNotAssigned) {
		t.Fatalf("Unassign of nothing: %v, want ErrNotAssigned", err)
	}
	if err := s.Assign(ctx, hash(999), addr(0), t0); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("Assign to unknown task: %v", err)
	}
	if err := s.Assign(ctx, hash(101), addr(99), t0); !errors.Is(err, ErrUnknownWorker) {
		t.Fatalf("Assign of unknown worker: %v", err)
	}
	if err := s.Heartbeat(ctx, addr(99), t0); !errors.Is(err, ErrUnknownWorker) {
		t.Fatalf("Heartbeat of unknown worker: %v", err)
	}
	// The constraint holds in SQL too, not just in Assign.
	if _, err := s.db.Exec(`INSERT INTO assignments (task_id, worker, since, updated_at) VALUES (?, ?, 0, 0)`,
		hexID(hash(100)), hexAddr(addr(0))); err == nil {
		t.Fatal("raw duplicate assignment accepted")
	}
	// The lost assignment is not listed for the planner.
	tasks, err := s.OpenTasks(ctx)
	must(t, err)
	if len(tasks[0].Assigned) != 0 {
		t.Fatalf("withdrawn assignment listed: %+v", tasks[0].Assigned)
	}
}

func TestTaskStatusAndIntegrity(t *testing.T) {
	s, _ := newStore(t)
	seed(t, s)
	must(t, s.SetTaskResult(ctx, hash(100), hash(7), t0))
	must(t, s.SetTaskStatus(ctx, hash(100), plan.StatusCompleted, t0.Add(time.Minute)))
	must(t, s.SetTaskStatus(ctx, hash(100), plan.StatusCompleted, t0.Add(time.Minute))) // same: fine
	if err := s.SetTaskStatus(ctx, hash(100), plan.StatusActive, t0); !errors.Is(err, ErrTerminal) {
		t.Fatalf("leaving COMPLETED: %v, want ErrTerminal", err)
	}
	if err := s.Assign(ctx, hash(100), addr(1), t0); !errors.Is(err, ErrTerminal) {
		t.Fatalf("Assign to a completed task: %v, want ErrTerminal", err)
	}
	if err := s.SetTaskStatus(ctx, hash(999), plan.StatusActive, t0); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("status of unknown task: %v, want ErrUnknownTask", err)
	}
	tk, err := s.Task(ctx, hash(100))
	must(t, err)
	want := newTask(0, 0)
	want.Status, want.ResultDigest, want.UpdatedAt = plan.StatusCompleted, hash(7), t0.Add(time.Minute)
	if tk != want {
		t.Fatalf("task:\n got %+v\nwant %+v", tk, want)
	}
	tasks, err := s.OpenTasks(ctx)
	must(t, err)
	if len(tasks) != 1 || tasks[0].ID != hash(101) {
		t.Fatalf("open tasks %+v, want only task 1", tasks)
	}

	// Tasks need their deal; replaying AddTasks changes nothing.
	if err := s.AddTasks(ctx, []Task{newTask(5, 77)}, t0); !errors.Is(err, ErrUnknownDeal) {
		t.Fatalf("task of unknown deal: %v, want ErrUnknownDeal", err)
	}
	must(t, s.AddTasks(ctx, []Task{newTask(0, 0)}, t0))
	if tk, _ := s.Task(ctx, hash(100)); tk.Status != plan.StatusCompleted {
		t.Fatal("replayed AddTasks overwrote a task")
	}
	if err := s.UpsertDeal(ctx, hash(3), json.RawMessage(`{`), 1); err == nil {
		t.Fatal("invalid deal JSON accepted")
	}
	// Replayed contribution is kept once.
	v := plan.Vote{Worker: addr(0), ResultHash: hash(9), Weight: 1 << 63}
	must(t, s.RecordContribution(ctx, hash(101), v, 12))
	must(t, s.RecordContribution(ctx, hash(101), v, 12))
	tasks, _ = s.OpenTasks(ctx)
	if len(tasks[0].Contributions) != 1 || tasks[0].Contributions[0] != v {
		t.Fatalf("contributions %+v, want one %+v", tasks[0].Contributions, v)
	}
}

// The store's state feeds the planner: a lost worker's replicate goes to a live one.
func TestOpenTasksFeedPlan(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	gpu := newTask(2, 0)
	gpu.Tag = protocol.TagGPU
	must(t, s.AddTasks(ctx, []Task{gpu}, t0))
	must(t, s.Assign(ctx, hash(100), addr(0), t0))
	must(t, s.Heartbeat(ctx, addr(1), t0.Add(10*time.Minute)))
	must(t, s.Close())

	s = open(t, path) // plan after a restart
	defer s.Close()
	tasks, err := s.OpenTasks(ctx)
	must(t, err)
	ws, err := s.Workers(ctx)
	must(t, err)
	now := t0.Add(10 * time.Minute) // worker 0 was last seen 10 minutes ago: lost
	got := plan.Plan(plan.State{Now: now, Workers: ws, Tasks: tasks, HeartbeatTimeout: time.Minute}, 1)
	want := []plan.Decision{
		{Task: hash(100), Worker: addr(0), Unassign: true, Reason: plan.ReasonLost},
		{Task: hash(100), Worker: addr(1), Reason: plan.ReasonReassign},
		{Task: hash(101), Worker: addr(1), Reason: plan.ReasonReplicate},
		// The GPU task (hash 102) gets nobody: no worker has a GPU.
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("plan:\n got %v\nwant %v", got, want)
	}
	// Applying the plan in one transaction, then planning again, asks for nothing more.
	must(t, s.Tx(ctx, func(tx *Tx) error {
		for _, d := range got {
			var err error
			if d.Unassign {
				err = tx.Unassign(ctx, d.Task, d.Worker, now)
			} else {
				err = tx.Assign(ctx, d.Task, d.Worker, now)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}))
	tasks, _ = s.OpenTasks(ctx)
	ws, _ = s.Workers(ctx)
	if ws[1].FreeSlots != 0 {
		t.Fatalf("worker 1 has %d free slots after two assignments, want 0", ws[1].FreeSlots)
	}
	if again := plan.Plan(plan.State{Now: now, Workers: ws, Tasks: tasks, HeartbeatTimeout: time.Minute}, 1); len(again) != 0 {
		t.Fatalf("second plan: %v, want nothing", again)
	}
}

// Concurrent writers, in one Store and in two Stores on the same file (two processes),
// wait for each other instead of failing with "database is locked".
func TestConcurrentWriters(t *testing.T) {
	s, path := newStore(t)
	seed(t, s)
	other := open(t, path)
	defer other.Close()

	const writers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for g := range writers {
		st := s
		if g%2 == 1 {
			st = other
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				n := g*each + i
				err := st.Tx(ctx, func(tx *Tx) error {
					// Read then write in one transaction: the pattern that fails under
					// deferred transactions.
					if _, _, err := tx.Cursor(ctx, chain); err != nil {
						return err
					}
					w := newWorker(10 + n)
					if err := tx.UpsertWorker(ctx, w, t0); err != nil {
						return err
					}
					return tx.SetCursor(ctx, chain, uint64(n))
				})
				if err == nil {
					err = st.Heartbeat(ctx, addr(10+n), t0.Add(time.Second))
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if got := countRows(t, s, `SELECT COUNT(*) FROM workers`); got != 2+writers*each {
		t.Fatalf("%d workers, want %d", got, 2+writers*each)
	}
}

// A worker's capacity is Slots + Queue, and a replicate stops holding it once its worker
// reports it computed (it only waits for the chain then).
func TestWorkerCapacityQueueAndComputed(t *testing.T) {
	s, _ := newStore(t)
	defer s.Close()
	seed(t, s) // tasks 0 and 1, workers 0 and 1 with 2 slots
	w := newWorker(0)
	w.Capabilities.Queue = 3
	must(t, s.Tx(ctx, func(tx *Tx) error { return tx.UpsertWorker(ctx, w, t0) }))
	must(t, s.SetProvenSlots(ctx, addr(0), 5))
	free := func() int {
		t.Helper()
		ws, err := s.Workers(ctx)
		must(t, err)
		for _, x := range ws {
			if x.ID == addr(0) {
				return x.FreeSlots
			}
		}
		t.Fatal("worker 0 not listed")
		return 0
	}
	if n := free(); n != 5 {
		t.Fatalf("free slots %d, want slots 2 + queue 3", n)
	}
	must(t, s.Assign(ctx, hash(100), addr(0), t0))
	must(t, s.Assign(ctx, hash(101), addr(0), t0))
	if n := free(); n != 3 {
		t.Fatalf("free slots %d after two assignments, want 3", n)
	}
	must(t, s.SetAssignmentStep(ctx, hash(100), addr(0), "started", nil, "", t0))
	if n := free(); n != 3 {
		t.Fatalf("free slots %d with a started replicate, want 3", n)
	}
	d := [32]byte{7}
	must(t, s.SetAssignmentStep(ctx, hash(100), addr(0), "computed", &d, "", t0))
	if n := free(); n != 4 {
		t.Fatalf("free slots %d once a replicate is computed, want 4", n)
	}
}
