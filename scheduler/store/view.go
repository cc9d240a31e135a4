package store

// The planner's view in memory: the open tasks (with their contributions, assignments
// and reveal requests) and the workers, as last read from the database, kept up to date
// by re-reading what each write touched. The database stays the record: the view is
// read whole from it at the first read after the store opens, and after that only the
// parts of the tasks and the workers that writes marked are read again, so that a plan
// round, which reads every open task and every worker, and a worker's request cost what
// changed since the last read rather than the whole open set.

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/plan"
)

// marks are the tasks and workers a write touched: their rows in the view must be read
// again. all: every one (a write whose rows are not known).
type marks struct {
	all     bool
	tasks   map[[32]byte]uint8 // → the parts changed (partRow…)
	workers map[common.Address]struct{}
}

func (m *marks) task(id [32]byte, parts uint8) {
	if m.tasks == nil {
		m.tasks = map[[32]byte]uint8{}
	}
	m.tasks[id] |= parts
}

func (m *marks) worker(a common.Address) {
	if m.workers == nil {
		m.workers = map[common.Address]struct{}{}
	}
	m.workers[a] = struct{}{}
}

func (m *marks) empty() bool { return !m.all && len(m.tasks) == 0 && len(m.workers) == 0 }

// view is the store's planner view. Every write of a column it holds marks the task or
// worker it changed (Tx.markTask, Tx.markWorker, or Store.mark for a statement outside a
// transaction), once committed; a read of the view first reads again what is marked
// (refresh). A refresh reads after the writes whose marks it took have committed, so the
// view is never older than the last commit that marked before it.
//
// It holds, of each task that is not COMPLETED or FAILED, its row (Task) and permit, its
// contributions (chain order), its assignments (by time assigned) and its reveal
// requests (oldest first); of each worker, its row. A task that ends leaves the view,
// unless it has a replicate still assigned (WithdrawClosed withdraws it) or withdrawn and
// not told to its worker (ended). The worker API's report writes patch the view instead
// of marking it (see report).
type view struct {
	mu      sync.Mutex // guards pending
	pending marks      // written since the last refresh

	rmu     sync.Mutex // guards what follows: one refresh (and read of the view) at a time
	loaded  bool
	tasks   map[[32]byte]*viewTask
	workers map[common.Address]*viewWorker
	// ended holds the COMPLETED or FAILED tasks that still have a replicate assigned
	// (WithdrawClosed withdraws it) or withdrawn without its worker being told (the worker
	// API tells it); byWorker indexes the tasks of tasks and ended by their assignments'
	// workers.
	ended    map[[32]byte]*viewTask
	byWorker map[common.Address]map[[32]byte]struct{}
	// order is the IDs of tasks, sorted (see sortedTasks); emptied when a task opens or
	// leaves.
	order [][32]byte
	// runs are the workers' measured run times, by worker and deal: fed by the reports
	// that end a run (reportAll) and, when the view is read whole (after a restart), by
	// the runs stored with the assignments of the deals with an open task (readRuns); a
	// deal with no task open is dropped (planWorkers).
	runs map[common.Address]map[[32]byte]*runStat
	// appRuns are the same runs by worker and app, kept when their deals end (a new deal
	// of the app starts from them), at most maxAppRuns apps per worker: the app whose
	// last run is the oldest is dropped first. runSeq numbers the runs, to tell which.
	appRuns map[common.Address]map[common.Address]*appRun
	runSeq  uint64
}

type viewTask struct {
	Task
	permit  []byte          // the reveal permit (nil: none)
	votes   []Contribution  // chain order
	assigns []viewAssign    // ORDER BY since, rowid
	reveals []RevealRequest // oldest first; Revealed and Permit are filled when read out
	// revealRows are the reveals' rowids (the order they were stored in).
	revealRows []int64
}

type viewAssign struct {
	rowid           int64
	worker          common.Address
	state           AssignmentState
	step            string
	check           bool
	since, deadline time.Time
	auth            []byte
	digest          [32]byte
	err             string
	cancelSent      bool
	// startedMs is when its first "started" report was taken (unix milliseconds; 0:
	// none), run how long from then to its "computed" report (negative: not measured).
	startedMs int64
	run       time.Duration
}

// stepped records the run time of a report of step taken at ms (unix milliseconds), as
// setStepSQL does in the database: the first "started" starts the run, the first
// "computed" after it ends it.
func (a *viewAssign) stepped(step string, ms int64) {
	switch {
	case step == "started" && a.startedMs == 0:
		a.startedMs = ms
	case step == "computed" && a.startedMs > 0 && a.run < 0:
		a.run = time.Duration(max(0, ms-a.startedMs)) * time.Millisecond
	}
}

// runStat is a worker's measured runs of one deal's replicates: their sum and count, both
// halved when the count reaches maxRuns, so that the mean follows the last ones.
type runStat struct {
	sum time.Duration
	n   int
}

// maxRuns is how many runs a runStat counts before it halves.
const maxRuns = 32

func (r *runStat) add(d time.Duration) {
	if r.n >= maxRuns {
		r.sum, r.n = r.sum/2, r.n/2
	}
	r.sum += d
	r.n++
}

func (r *runStat) mean() time.Duration { return r.sum / time.Duration(max(1, r.n)) }

// appRun is a worker's measured runs of one app's replicates, and the number (view.runSeq)
// of the last one.
type appRun struct {
	runStat
	last uint64
}

// maxAppRuns is how many apps' runs the view keeps per worker.
const maxAppRuns = 32

// addRun records a measured run of worker on a replicate of deal, whose app is app (zero:
// unknown, counted for the deal only).
func (v *view) addRun(worker common.Address, deal [32]byte, app common.Address, d time.Duration) {
	m := v.runs[worker]
	if m == nil {
		m = map[[32]byte]*runStat{}
		v.runs[worker] = m
	}
	r := m[deal]
	if r == nil {
		r = &runStat{}
		m[deal] = r
	}
	r.add(d)
	if app == (common.Address{}) {
		return
	}
	v.runSeq++
	am := v.appRuns[worker]
	if am == nil {
		am = map[common.Address]*appRun{}
		v.appRuns[worker] = am
	}
	ar := am[app]
	if ar == nil {
		if len(am) >= maxAppRuns {
			oldest, seq := common.Address{}, uint64(math.MaxUint64)
			for a, x := range am {
				if x.last < seq {
					oldest, seq = a, x.last
				}
			}
			delete(am, oldest)
		}
		ar = &appRun{}
		am[app] = ar
	}
	ar.add(d)
	ar.last = v.runSeq
}

// toCancel reports whether a is withdrawn and its worker not told yet.
func (a *viewAssign) toCancel() bool { return a.state == Lost && !a.cancelSent }

type viewWorker struct {
	address           common.Address
	caps              Capabilities
	score             uint64
	lastSeen, benched time.Time
	proven            int
	staked            sql.NullInt64
}

// add merges m into the marks waiting for the next refresh.
func (v *view) add(m *marks) {
	if m.empty() {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	p := &v.pending
	p.all = p.all || m.all
	for id, parts := range m.tasks {
		p.task(id, parts)
	}
	for a := range m.workers {
		p.worker(a)
	}
}

// mark records that a statement run outside a transaction changed parts of tasks, and
// workers.
func (s *Store) mark(parts uint8, tasks [][32]byte, workers ...common.Address) {
	var m marks
	for _, id := range tasks {
		m.task(id, parts)
	}
	for _, a := range workers {
		m.worker(a)
	}
	s.view.add(&m)
}

// markTask records that the transaction changed parts of task (see view).
func (t *Tx) markTask(id [32]byte, parts uint8) { t.marks.task(id, parts) }

// markWorker records that the transaction changed worker (see view).
func (t *Tx) markWorker(a common.Address) { t.marks.worker(a) }

// withView runs fn on the view brought up to date, holding it.
func (s *Store) withView(ctx context.Context, fn func(v *view) error) error {
	v := &s.view
	v.rmu.Lock()
	defer v.rmu.Unlock()
	if err := s.refresh(ctx); err != nil {
		return fmt.Errorf("store: reading the planner's view: %w", err)
	}
	return fn(v)
}

// refresh reads again what the marks name (everything, the first time). On failure the
// marks are kept (all of them: the view is read whole next time).
func (s *Store) refresh(ctx context.Context) error {
	v := &s.view
	v.mu.Lock()
	m := v.pending
	v.pending = marks{}
	v.mu.Unlock()
	full := m.all || !v.loaded
	if !full && m.empty() {
		return nil
	}
	err := s.read(ctx, func(tx *Tx) error {
		if full {
			return s.loadView(ctx, tx)
		}
		return s.updateView(ctx, tx, m)
	})
	if err != nil {
		v.mu.Lock()
		v.pending.all = true
		v.mu.Unlock()
		v.loaded = false
	}
	return err
}

// loadView reads the whole view.
func (s *Store) loadView(ctx context.Context, tx *Tx) error {
	v := &s.view
	v.tasks, v.workers, v.ended = map[[32]byte]*viewTask{}, map[common.Address]*viewWorker{}, map[[32]byte]*viewTask{}
	v.byWorker, v.order = map[common.Address]map[[32]byte]struct{}{}, nil
	rows, err := tx.query(ctx, `SELECT id FROM tasks INDEXED BY tasks_open WHERE status < 3
		UNION SELECT task_id FROM assignments INDEXED BY assignments_assigned WHERE state = 'assigned'
		UNION SELECT task_id FROM assignments INDEXED BY assignments_to_cancel WHERE state = 'lost' AND cancel_sent = 0`)
	if err != nil {
		return err
	}
	var ids [][32]byte
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		tid, err := parseID(id)
		if err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, tid)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	parts := make(map[[32]byte]uint8, len(ids))
	for _, id := range ids {
		parts[id] = partAll
	}
	if err := s.readTasks(ctx, tx, parts); err != nil {
		return err
	}
	if err := s.readWorkers(ctx, tx, nil); err != nil {
		return err
	}
	if err := s.readRuns(ctx, tx); err != nil {
		return err
	}
	v.loaded = true
	return nil
}

// readRuns reads the measured runs of the deals with an open task into the view (the
// runs of their ended tasks too: the view keeps those it measured while it was up). The
// runs per app are read only the first time: a view read whole again (after a failed
// refresh) keeps those it has, which include the ended deals' and already count the
// open ones'.
func (s *Store) readRuns(ctx context.Context, tx *Tx) error {
	v := &s.view
	v.runs = map[common.Address]map[[32]byte]*runStat{}
	apps := v.appRuns == nil
	if apps {
		v.appRuns = map[common.Address]map[common.Address]*appRun{}
	}
	rows, err := tx.query(ctx, `SELECT a.worker, t.deal_id, t.app, a.run_ms FROM tasks t
		JOIN assignments a ON a.task_id = t.id
		WHERE t.deal_id IN (SELECT DISTINCT deal_id FROM tasks INDEXED BY tasks_open WHERE status < 3) AND a.run_ms >= 0
		ORDER BY a.rowid`)
	if err != nil {
		return err
	}
	return eachRow(rows, func(worker, deal, app string, ms int64) error {
		w, err1 := parseAddr(worker)
		d, err2 := parseID(deal)
		a, err3 := parseApp(app)
		if err := errors.Join(err1, err2, err3); err != nil {
			return err
		}
		if !apps {
			a = common.Address{} // counted for the deal only
		}
		v.addRun(w, d, a, time.Duration(ms)*time.Millisecond)
		return nil
	})
}

// updateView reads again the tasks and workers of m.
func (s *Store) updateView(ctx context.Context, tx *Tx, m marks) error {
	if len(m.tasks) > 0 {
		if err := s.readTasks(ctx, tx, m.tasks); err != nil {
			return err
		}
	}
	if len(m.workers) > 0 {
		return s.readWorkers(ctx, tx, mapKeys(m.workers))
	}
	return nil
}

func mapKeys[K comparable](m map[K]struct{}) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// idList is ids as the JSON array of their hex forms (the parameter of the json_each
// reads: one statement whatever the number of IDs).
func idList[T [32]byte | common.Address](ids []T) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('"')
		switch x := any(id).(type) {
		case [32]byte:
			b.WriteString(hexID(x))
		case common.Address:
			b.WriteString(hexAddr(x))
		}
		b.WriteByte('"')
	}
	b.WriteByte(']')
	return b.String()
}

// The parts of a task in the view, read again apart (a mark names the parts a write
// changed).
const (
	partRow     uint8 = 1 << iota // the task's row and permit
	partVotes                     // its contributions
	partAssigns                   // its assignments
	partReveals                   // its reveal requests
	partAll     = partRow | partVotes | partAssigns | partReveals
)

// readTasks reads the marked parts of tasks into the view (every part of a task the view
// does not hold): those not COMPLETED or FAILED, with their contributions, assignments
// and reveal requests; an ended one is kept (in ended) while it has a replicate assigned
// or one withdrawn that its worker was not told of.
func (s *Store) readTasks(ctx context.Context, tx *Tx, parts map[[32]byte]uint8) error {
	v := &s.view
	fresh := make(map[[32]byte]*viewTask, len(parts))
	var lists [4][][32]byte // by part: the IDs to read
	for id, p := range parts {
		t := &viewTask{}
		if old := v.task(id); old != nil && p != partAll {
			*t = *old // the parts not read again are kept; the others are replaced below
		} else {
			p = partAll
		}
		if p&partRow != 0 {
			t.Task, t.permit = Task{}, nil
		}
		if p&partVotes != 0 {
			t.votes = nil
		}
		if p&partAssigns != 0 {
			t.assigns = nil
		}
		if p&partReveals != 0 {
			t.reveals, t.revealRows = nil, nil
		}
		parts[id] = p
		fresh[id] = t
		for i := range lists {
			if p&(1<<i) != 0 {
				lists[i] = append(lists[i], id)
			}
		}
	}
	found := map[[32]byte]bool{}
	if ids := lists[0]; len(ids) > 0 {
		list := idList(ids)
		rows, err := tx.query(ctx, taskSelect+` WHERE id IN (SELECT value FROM json_each(?))`, list)
		if err != nil {
			return err
		}
		ts, err := scanTasks(rows)
		if err != nil {
			return err
		}
		for _, t := range ts {
			fresh[t.ID].Task, found[t.ID] = t, true
		}
		rows, err = tx.query(ctx, `SELECT id, reveal_permit, '', 0 FROM tasks
			WHERE id IN (SELECT value FROM json_each(?)) AND reveal_permit <> ''`, list)
		if err != nil {
			return err
		}
		err = eachRow(rows, func(id, permit, _ string, _ int64) error {
			tid, err1 := parseID(id)
			p, err2 := hexutil.Decode(permit)
			if err := errors.Join(err1, err2); err != nil {
				return err
			}
			fresh[tid].permit = p
			return nil
		})
		if err != nil {
			return err
		}
	}
	if ids := lists[1]; len(ids) > 0 {
		rows, err := tx.query(ctx, `SELECT task_id, worker, result_hash, weight, block, rejected, revealed
			FROM contributions WHERE task_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`, idList(ids))
		if err != nil {
			return err
		}
		err = scanContributions(rows, true, func(task [32]byte, c Contribution) {
			if t := fresh[task]; t != nil {
				t.votes = append(t.votes, c)
			}
		})
		if err != nil {
			return err
		}
	}
	if ids := lists[2]; len(ids) > 0 {
		if err := readAssigns(ctx, tx, idList(ids), fresh); err != nil {
			return err
		}
	}
	if ids := lists[3]; len(ids) > 0 {
		if err := readReveals(ctx, tx, idList(ids), fresh); err != nil {
			return err
		}
	}
	for id, t := range fresh {
		wasOpen := v.tasks[id] != nil
		v.drop(id)
		switch {
		case parts[id]&partRow != 0 && !found[id]:
		case !t.Status.IsTerminal():
			if wasOpen {
				v.tasks[id] = t // same set: the order stands
			} else {
				v.setOpen(t)
			}
		case slices.ContainsFunc(t.assigns, func(a viewAssign) bool { return a.state == Assigned || a.toCancel() }):
			v.ended[id] = t
		}
		if wasOpen && v.tasks[id] == nil {
			v.order = v.order[:0] // it left
		}
		if v.task(id) == nil {
			continue
		}
		for _, w := range t.workers() {
			m := v.byWorker[w]
			if m == nil {
				m = map[[32]byte]struct{}{}
				v.byWorker[w] = m
			}
			m[id] = struct{}{}
		}
	}
	return nil
}

// readReveals reads the reveal requests of the tasks of list (a JSON array) into fresh.
func readReveals(ctx context.Context, tx *Tx, list string, fresh map[[32]byte]*viewTask) error {
	rows, err := tx.query(ctx, `SELECT rowid, task_id, worker, upload, state, results, callback, since FROM reveals
		WHERE task_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`, list)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id, worker, state string
			rowid, since      int64
			r                 RevealRequest
		)
		if err := rows.Scan(&rowid, &id, &worker, &r.Upload, &state, &r.Results, &r.Callback, &since); err != nil {
			return err
		}
		tid, err1 := parseID(id)
		w, err2 := parseAddr(worker)
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		if t := fresh[tid]; t != nil {
			r.Task, r.Worker, r.State, r.Since = tid, w, RevealState(state), fromUnix(since)
			t.reveals, t.revealRows = append(t.reveals, r), append(t.revealRows, rowid)
		}
	}
	return rows.Err()
}

// workers are the workers of t's assignments and reveal requests.
func (t *viewTask) workers() []common.Address {
	out := make([]common.Address, 0, len(t.assigns)+len(t.reveals))
	for _, a := range t.assigns {
		out = append(out, a.worker)
	}
	for _, r := range t.reveals {
		out = append(out, r.Worker)
	}
	return out
}

// readAssigns reads the assignments of the tasks of list (a JSON array) into fresh.
func readAssigns(ctx context.Context, tx *Tx, list string, fresh map[[32]byte]*viewTask) error {
	rows, err := tx.query(ctx, `SELECT rowid, task_id, worker, state, step, is_check, since, deadline, auth_sig,
		digest, error, cancel_sent, started_ms, run_ms FROM assignments WHERE task_id IN (SELECT value FROM json_each(?))
		ORDER BY since, rowid`, list)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id, worker, state, auth, digest string
			a                               viewAssign
			since, deadline, runMs          int64
			err3, err4                      error
		)
		if err := rows.Scan(&a.rowid, &id, &worker, &state, &a.step, &a.check, &since, &deadline, &auth, &digest,
			&a.err, &a.cancelSent, &a.startedMs, &runMs); err != nil {
			return err
		}
		a.run = time.Duration(runMs) * time.Millisecond
		tid, err1 := parseID(id)
		w, err2 := parseAddr(worker)
		if auth != "" {
			a.auth, err3 = hexutil.Decode(auth)
		}
		if digest != "" {
			a.digest, err4 = parseID(digest)
		}
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return err
		}
		a.worker, a.state, a.since, a.deadline = w, AssignmentState(state), fromUnix(since), fromUnix(deadline)
		if t := fresh[tid]; t != nil {
			t.assigns = append(t.assigns, a)
		}
	}
	return rows.Err()
}

// drop takes task id out of the view.
func (v *view) drop(id [32]byte) {
	t := v.tasks[id]
	if t == nil {
		t = v.ended[id]
	}
	if t == nil {
		return
	}
	for _, w := range t.workers() {
		if m := v.byWorker[w]; m != nil {
			delete(m, id)
			if len(m) == 0 {
				delete(v.byWorker, w)
			}
		}
	}
	delete(v.tasks, id)
	delete(v.ended, id)
}

// setOpen puts t in the view's open tasks.
func (v *view) setOpen(t *viewTask) {
	if _, ok := v.tasks[t.ID]; !ok {
		v.order = v.order[:0]
	}
	v.tasks[t.ID] = t
}

// task is task id in the view (open, or ended and kept), or nil.
func (v *view) task(id [32]byte) *viewTask {
	if t := v.tasks[id]; t != nil {
		return t
	}
	return v.ended[id]
}

// assignment is worker's assignment on t as the worker API reads it.
func (t *viewTask) assignment(a *viewAssign) AssignmentRecord {
	return AssignmentRecord{Task: t.ID, Deal: t.Deal, Index: t.Index, TaskStatus: t.Status, Worker: a.worker,
		State: a.state, Since: a.since, Authorization: slices.Clone(a.auth), Step: a.step, Digest: a.digest,
		Error: a.err, CancelSent: a.cancelSent, Check: a.check, Deadline: a.deadline}
}

// reveal is the reveal request r of t as read out: with its worker's reveal on chain and
// the task's permit.
func (t *viewTask) reveal(r *RevealRequest) RevealRequest {
	out := *r
	out.Deal, out.Index = t.Deal, t.Index
	out.Results, out.Callback, out.Permit = slices.Clone(r.Results), slices.Clone(r.Callback), slices.Clone(t.permit)
	for _, c := range t.votes {
		if c.Worker == r.Worker {
			out.Revealed = c.Revealed
		}
	}
	return out
}

// reveals are t's reveal requests as read out, oldest first.
func (t *viewTask) revealRequests() []RevealRequest {
	var out []RevealRequest
	for i := range t.reveals {
		out = append(out, t.reveal(&t.reveals[i]))
	}
	return out
}

// asked reports whether t's consensus group is asked to reveal (see RevealTasks):
// REVEALING, or its reveals permitted.
func (t *viewTask) asked() bool {
	return !t.Status.IsTerminal() && (t.Status == plan.StatusRevealing || !t.RevealAsked.IsZero())
}

// readWorkers reads workers into the view (every one when nil); one not stored leaves it.
func (s *Store) readWorkers(ctx context.Context, tx *Tx, workers []common.Address) error {
	v := &s.view
	const cols = `SELECT address, capabilities, score, last_seen, benched_until, proven_slots, stake_slots FROM workers`
	var (
		rows *sql.Rows
		err  error
	)
	if workers == nil {
		rows, err = tx.query(ctx, cols)
	} else {
		rows, err = tx.query(ctx, cols+` WHERE address IN (SELECT value FROM json_each(?))`, idList(workers))
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	seen := map[common.Address]bool{}
	for rows.Next() {
		var (
			addr, caps                   string
			score, last, benched, proven int64
			w                            viewWorker
		)
		if err := rows.Scan(&addr, &caps, &score, &last, &benched, &proven, &w.staked); err != nil {
			return err
		}
		a, err := parseAddr(addr)
		if err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(caps), &w.caps); err != nil {
			return fmt.Errorf("worker %s capabilities: %w", addr, err)
		}
		w.address, w.score, w.lastSeen, w.benched, w.proven = a, uint64(score), fromUnix(last), fromUnix(benched), int(proven)
		v.workers[a] = &w
		seen[a] = true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, a := range workers {
		if !seen[a] {
			delete(v.workers, a)
		}
	}
	return nil
}

// sortedTasks is the view's open tasks that keep (all when keep is nil), by ID. The
// order of the open tasks' IDs is kept from one call to the next while the set is the
// same (rounds come far more often than tasks open or end).
func (v *view) sortedTasks(keep func(*viewTask) bool) []*viewTask {
	if len(v.order) != len(v.tasks) {
		v.order = v.order[:0]
		for id := range v.tasks {
			v.order = append(v.order, id)
		}
		slices.SortFunc(v.order, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	}
	out := make([]*viewTask, 0, len(v.order))
	for _, id := range v.order {
		t := v.tasks[id]
		if t == nil { // not kept up to date: a bug, but one that only costs a sort
			v.order = v.order[:0]
			return v.sortedTasks(keep)
		}
		if keep == nil || keep(t) {
			out = append(out, t)
		}
	}
	return out
}

// planTask is t as the planner sees it (see OpenTasks), sharing nothing with the view.
func (t *viewTask) planTask() plan.Task {
	p := plan.Task{ID: t.ID, Deal: t.Deal, Trust: t.Trust, Tag: t.Tag, Executor: t.Executor,
		Status: t.Status, ContributionDeadline: t.ContributionDeadline, FinalDeadline: t.FinalDeadline,
		RevealAsked: t.RevealAsked, Ref: t.Ref, App: t.App}
	if len(t.votes) > 0 {
		p.Contributions = make([]plan.Vote, len(t.votes))
		for i, c := range t.votes {
			p.Contributions[i] = plan.Vote{Worker: c.Worker, ResultHash: c.ResultHash, Weight: c.Weight}
		}
	}
	for _, a := range t.assigns {
		switch a.state {
		case Assigned, Contributed, Revealed:
			p.Assigned = append(p.Assigned, plan.Assignment{Worker: a.worker, Since: a.since, Check: a.check, Deadline: a.deadline})
		case Lost, Failed:
			p.Excluded = append(p.Excluded, a.worker)
		}
	}
	slices.SortFunc(p.Excluded, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return p
}

// planWorkers is the view's workers as the planner sees them (see Workers), by address.
func (v *view) planWorkers() []plan.Worker {
	type load struct{ running, gpus, waiting int }
	type held struct {
		worker common.Address
		deal   [32]byte
		app    common.Address
		ref    time.Duration
	}
	loads := map[common.Address]load{}
	holds := map[held]int{} // replicates not computed, by worker and deal
	deals := map[[32]byte]bool{}
	for _, t := range v.tasks {
		deals[t.Deal] = true
		gpu := protocol.Tag(t.Tag).HasGPU()
		for _, a := range t.assigns {
			if a.state != Assigned {
				continue
			}
			l := loads[a.worker]
			switch {
			case a.step != "" && a.step != "started":
				l.waiting++
			case gpu:
				l.running++
				l.gpus++
			default:
				l.running++
			}
			if a.step == "" || a.step == "started" {
				holds[held{a.worker, t.Deal, t.App, t.Ref}]++
			}
			loads[a.worker] = l
		}
	}
	for w, m := range v.runs {
		for d := range m {
			if !deals[d] {
				delete(m, d)
			}
		}
		if len(m) == 0 {
			delete(v.runs, w)
		}
	}
	for w := range v.appRuns {
		if v.workers[w] == nil {
			delete(v.appRuns, w)
		}
	}
	out := make([]plan.Worker, 0, len(v.workers))
	index := make(map[common.Address]int, len(v.workers))
	for _, w := range v.workers {
		c, l := w.caps, loads[w.address]
		slots := effectiveSlots(c.Declared(), w.proven, w.staked)
		free := min(slots-l.running, 2*slots-l.running-l.waiting)
		pw := plan.Worker{
			ID: w.address, Score: w.score, Cores: c.Cores,
			Slots: slots, FreeSlots: max(0, free), GPUs: c.GPUs, FreeGPUs: max(0, c.GPUs-l.gpus),
			TEE: c.TEE, Executors: slices.Clone(c.Executors), LastSeen: w.lastSeen, BenchedUntil: w.benched,
			Speed: c.Speed, RunSlots: max(1, c.Slots), Running: l.running,
		}
		if m := v.runs[w.address]; len(m) > 0 {
			pw.RunTimes = make(map[[32]byte]time.Duration, len(m))
			for d, r := range m {
				pw.RunTimes[d] = r.mean()
			}
		}
		if m := v.appRuns[w.address]; len(m) > 0 {
			pw.AppRunTimes = make(map[common.Address]time.Duration, len(m))
			for a, r := range m {
				pw.AppRunTimes[a] = r.mean()
			}
		}
		index[w.address] = len(out)
		out = append(out, pw)
	}
	for h, n := range holds {
		if i, ok := index[h.worker]; ok {
			w := &out[i]
			w.Held += time.Duration(n) * w.ExpectedRun(&plan.Task{Deal: h.deal, App: h.app, Ref: h.ref})
		}
	}
	slices.SortFunc(out, func(a, b plan.Worker) int { return bytes.Compare(a.ID[:], b.ID[:]) })
	return out
}

// withdrawable reports whether WithdrawClosed may have a replicate to withdraw at now
// (chain time): one still assigned on a task past ACTIVE, or whose contribution
// deadline is at or before now.
func (v *view) withdrawable(now time.Time) bool {
	for _, t := range v.ended {
		if slices.ContainsFunc(t.assigns, func(a viewAssign) bool { return a.state == Assigned }) {
			return true
		}
	}
	cut := unixTime(now)
	for _, t := range v.tasks {
		closed := t.Status >= plan.StatusRevealing ||
			(!t.ContributionDeadline.IsZero() && unixTime(t.ContributionDeadline) <= cut)
		if closed && slices.ContainsFunc(t.assigns, func(a viewAssign) bool { return a.state == Assigned }) {
			return true
		}
	}
	return false
}

// byDealIndex orders tasks by deal, then index.
func byDealIndex(a, b Task) int {
	if c := bytes.Compare(a.Deal[:], b.Deal[:]); c != 0 {
		return c
	}
	return cmp.Compare(a.Index, b.Index)
}

// reportWrite is a write of the worker API (a worker's report on its replicate) that
// changes only columns of worker's assignment on task which fix sets in the view: once
// committed, fix is applied to the view's copy rather than marking the task to be read
// again (reading the assignments back after each report would cost more than the
// write).
type reportWrite struct {
	task   [32]byte
	worker common.Address
	// write runs the statement in tx; changed: it may have changed the row (fix is then
	// applied; nil: none, the write marks what it changed with Tx.markTask). An error
	// other than ErrNotAssigned and ErrNotApplied fails the whole batch.
	write func(ctx context.Context, tx *Tx) (changed bool, err error)
	fix   func(*viewAssign)

	changed bool
	err     error
	done    chan struct{}
}

// reports is the queue of report writes (see Store.report).
type reports struct {
	mu      sync.Mutex
	queue   []*reportWrite
	leading bool // a batch is being written; it takes the queue when done
}

// report runs w with the other report writes that come while a batch is being written,
// in one transaction (group commit): the worker API's reports come in bursts, and each
// transaction has a fixed cost larger than its one-row UPDATE. It returns once w is
// committed (or failed): a report is answered only when it is stored. The caller that
// finds no batch being written writes the queue; the queue that builds up meanwhile is
// written next, by a goroutine, so no caller waits for more than its own batch and the
// one before. Batches are written one at a time, and their fixes applied in that order.
func (s *Store) report(w *reportWrite) error {
	s.reportAll([]*reportWrite{w})
	return w.err
}

// reportAll is report for many writes at once: they join the queue together, in order
// (so they are written in one transaction, unless a batch is being written and takes
// the queue's head meanwhile), and it returns once all of them are committed or failed.
func (s *Store) reportAll(ws []*reportWrite) {
	for _, w := range ws {
		w.done = make(chan struct{})
	}
	q := &s.reports
	q.mu.Lock()
	q.queue = append(q.queue, ws...)
	lead := !q.leading
	q.leading = true
	q.mu.Unlock()
	if lead {
		s.writeReports(true)
	}
	for _, w := range ws {
		<-w.done
	}
}

// writeReports writes the queued report writes, one batch (once: the next batch, if
// any, goes on in a goroutine) or until the queue is empty.
func (s *Store) writeReports(once bool) {
	q := &s.reports
	for {
		q.mu.Lock()
		batch := q.queue
		q.queue = nil
		if len(batch) == 0 {
			q.leading = false
			q.mu.Unlock()
			return
		}
		q.mu.Unlock()
		s.writeBatch(batch)
		for _, w := range batch {
			close(w.done)
		}
		if once {
			go s.writeReports(false)
			return
		}
	}
}

func (s *Store) writeBatch(batch []*reportWrite) {
	ctx := context.Background() // the batch is not its first caller's: it ends with BusyTimeout at worst
	err := s.Tx(ctx, func(tx *Tx) error {
		for _, w := range batch {
			w.changed, w.err = w.write(ctx, tx)
			if w.err != nil && !errors.Is(w.err, ErrNotAssigned) && !errors.Is(w.err, ErrNotApplied) {
				return w.err
			}
		}
		return nil
	})
	v := &s.view
	if err != nil {
		for _, w := range batch {
			w.err = err
			s.mark(partAssigns, [][32]byte{w.task})
		}
		return
	}
	v.rmu.Lock()
	defer v.rmu.Unlock()
	if !v.loaded {
		return
	}
	for _, w := range batch {
		t := v.task(w.task)
		if !w.changed || w.err != nil || t == nil {
			continue
		}
		for i := range t.assigns {
			if a := &t.assigns[i]; a.worker == w.worker && w.fix != nil {
				measured := a.run >= 0
				w.fix(a)
				if !measured && a.run >= 0 {
					v.addRun(a.worker, t.Deal, t.App, a.run)
				}
			}
		}
	}
}
