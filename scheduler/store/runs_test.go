package store

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/internal/migrate"
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

// TestAppRunTimesOutliveTheirDeals holds that a worker's runs count for their app too
// (plan.Worker.AppRunTimes), that they stay when the deal ends, so that the replicates of
// a new deal of that app count, in the work held, the app's run time (at least
// plan.UnknownRun) rather than the category's reference time; that a task with no app
// known counts for its deal only; that a view read whole again keeps them; and that a
// store opened again reads the app runs of the deals still open.
func TestAppRunTimesOutliveTheirDeals(t *testing.T) {
	s, path := newStore(t)
	app, fast := common.Address{0xa1}, common.Address{0xf0}
	must(t, s.Tx(ctx, func(tx *Tx) error {
		var tasks []Task
		for i, deal := range []int{0, 0, 1, 1, 2, 3, 3} {
			tk := newTask(i, deal)
			tk.Ref = 300 * time.Second
			tk.App = map[int]common.Address{0: app, 1: app, 3: fast}[deal] // deal 2: no app known
			tasks = append(tasks, tk)
		}
		return errors.Join(
			tx.UpsertDeal(ctx, hash(0), dealJSON(0), 10), tx.UpsertDeal(ctx, hash(1), dealJSON(1), 10),
			tx.UpsertDeal(ctx, hash(2), dealJSON(2), 10), tx.UpsertDeal(ctx, hash(3), dealJSON(3), 10),
			tx.AddTasks(ctx, tasks, t0),
			tx.UpsertWorker(ctx, newWorker(0), t0))
	}))
	_, err := s.Workers(ctx) // the view is up, as in a running scheduler
	must(t, err)
	at := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	report := func(task int, d time.Duration) {
		t.Helper()
		must(t, errors.Join(s.Reports(ctx, []WorkerReport{
			{Task: hash(100 + task), Worker: addr(0), At: at, SetStep: true, Step: "started"},
			{Task: hash(100 + task), Worker: addr(0), At: at.Add(d), SetStep: true, Step: "computed"},
		})...))
	}
	run := func(task int, d time.Duration) {
		t.Helper()
		must(t, s.Assign(ctx, hash(100+task), addr(0), t0))
		_, err := s.Workers(ctx) // the worker learns of its job from the view
		must(t, err)
		report(task, d)
	}
	run(0, 400*time.Millisecond) // deal 0, app: 400 ms
	run(4, time.Millisecond)     // deal 2, no app: 1 ms, for the deal only
	run(5, 2*time.Millisecond)   // deal 3, fast: 2 ms
	for _, i := range []int{0, 1, 4, 5, 6} {
		must(t, s.SetTaskStatus(ctx, hash(100+i), plan.StatusCompleted, t0)) // deals 0, 2 and 3 end
	}
	// Deal 1 (app) is new to the worker: it holds tasks 2 and 3, not started.
	must(t, s.Assign(ctx, hash(102), addr(0), t0))
	must(t, s.Assign(ctx, hash(103), addr(0), t0))
	ws, err := s.Workers(ctx)
	must(t, err)
	w := ws[0]
	if len(w.RunTimes) != 0 {
		t.Errorf("run times %v after the measured deals ended, want none", w.RunTimes)
	}
	want := map[common.Address]time.Duration{app: 400 * time.Millisecond, fast: 2 * time.Millisecond}
	if fmt.Sprint(w.AppRunTimes) != fmt.Sprint(want) {
		t.Errorf("app run times %v, want %v", w.AppRunTimes, want)
	}
	if w.Held != 800*time.Millisecond {
		t.Errorf("held %v, want 800ms: two replicates of a new deal of an app measured at 400 ms", w.Held)
	}
	if got := w.ExpectedRun(&plan.Task{Deal: hash(9), App: fast, Ref: 300 * time.Second}); got != plan.UnknownRun {
		t.Errorf("a new deal of an app measured at 2 ms expects %v, want the floor %v", got, plan.UnknownRun)
	}

	// Deal 1 runs once (600 ms): the app's mean is 500 ms live; a store opened again
	// reads the runs of deal 1 only (deal 0 is closed), so 600 ms.
	report(2, 600*time.Millisecond)
	ws, err = s.Workers(ctx)
	must(t, err)
	if got := ws[0].AppRunTimes[app]; got != 500*time.Millisecond {
		t.Errorf("app run time %v after a second run, want 500ms", got)
	}
	// A view read whole again (as after a failed refresh) keeps its app runs, the ended
	// deal's included, and does not count the open deal's twice.
	s.view.add(&marks{all: true})
	ws, err = s.Workers(ctx)
	must(t, err)
	if got := ws[0].AppRunTimes[app]; got != 500*time.Millisecond {
		t.Errorf("app run time %v after the view was read whole again, want 500ms", got)
	}
	must(t, s.Close())
	s = open(t, path)
	defer s.Close()
	ws, err = s.Workers(ctx)
	must(t, err)
	want = map[common.Address]time.Duration{app: 600 * time.Millisecond}
	if fmt.Sprint(ws[0].AppRunTimes) != fmt.Sprint(want) {
		t.Errorf("after a restart: app run times %v, want %v (the runs of the open deal)", ws[0].AppRunTimes, want)
	}
	if ws[0].Held != 600*time.Millisecond {
		t.Errorf("after a restart: held %v, want 600ms (task 3 at the deal's measured run)", ws[0].Held)
	}
}

// TestAppRunsAreBounded holds that the view keeps the runs of at most maxAppRuns apps per
// worker, dropping the app whose last run is the oldest.
func TestAppRunsAreBounded(t *testing.T) {
	v := &view{runs: map[common.Address]map[[32]byte]*runStat{}, appRuns: map[common.Address]map[common.Address]*appRun{}}
	w := addr(0)
	for i := range maxAppRuns {
		v.addRun(w, hash(i), common.Address{byte(i + 1)}, time.Millisecond)
	}
	v.addRun(w, hash(0), common.Address{1}, time.Millisecond) // app 1 runs again: app 2 is now the oldest
	v.addRun(w, hash(99), common.Address{0xff}, time.Millisecond)
	m := v.appRuns[w]
	if len(m) != maxAppRuns {
		t.Fatalf("%d apps kept, want %d", len(m), maxAppRuns)
	}
	if m[common.Address{2}] != nil || m[common.Address{1}] == nil || m[common.Address{0xff}] == nil {
		t.Errorf("kept app 1: %v, app 2: %v, the new app: %v; want app 2 dropped", m[common.Address{1}] != nil,
			m[common.Address{2}] != nil, m[common.Address{0xff}] != nil)
	}
}

// TestMigrationNineFillsTheApp holds that migration 9 gives the tasks stored before it the
// app of their deal, in the store's address encoding.
func TestMigrationNineFillsTheApp(t *testing.T) {
	raw, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "old.db"))
	must(t, err)
	defer raw.Close()
	must(t, migrate.Apply(ctx, raw, migrations[:8], nil))
	for _, q := range []string{
		`INSERT INTO deals (id, body, block) VALUES ('0x01', '{"app":"0x00000000000000000000000000000000000000aB"}', 1)`,
		`INSERT INTO deals (id, body, block) VALUES ('0x02', '{}', 1)`,
		`INSERT INTO tasks (id, deal_id, idx, trust, tag, executor, updated_at) VALUES ('0x0a', '0x01', 0, 1, '0x00', 'wasm', 0)`,
		`INSERT INTO tasks (id, deal_id, idx, trust, tag, executor, updated_at) VALUES ('0x0b', '0x02', 0, 1, '0x00', 'wasm', 0)`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	must(t, migrate.Apply(ctx, raw, migrations, nil))
	var a, b string
	must(t, raw.QueryRow(`SELECT app FROM tasks WHERE id = '0x0a'`).Scan(&a))
	must(t, raw.QueryRow(`SELECT app FROM tasks WHERE id = '0x0b'`).Scan(&b))
	if got, err := parseApp(a); err != nil || got != (common.Address{19: 0xab}) || b != "" {
		t.Fatalf("after migration 9: apps %q (%v) and %q; want 0x…ab and ''", a, err, b)
	}
}
