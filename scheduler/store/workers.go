package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/scheduler/plan"
)

// Capabilities is what a worker declares when it registers (stored as JSON).
type Capabilities struct {
	Cores     int      `json:"cores"`
	Slots     int      `json:"slots"`           // replicates it runs at once
	Queue     int      `json:"queue,omitempty"` // replicates it holds beyond Slots, waiting to run
	GPUs      int      `json:"gpus"`
	TEE       bool     `json:"tee"`
	Executors []string `json:"executors"` // "wasm", "oci", …
	MemoryMB  int64    `json:"memory_mb,omitempty"`
	Speed     float64  `json:"speed,omitempty"` // speed factor against the reference machine (0: unknown)
}

// Declared is the replicates the worker says it can hold: its slots and queue (at least 1).
func (c Capabilities) Declared() int { return max(1, c.Slots) + max(0, c.Queue) }

// Worker is a registered worker as stored.
type Worker struct {
	Address      common.Address
	Capabilities Capabilities
	Score        uint64
	LastSeen     time.Time
	// StakeSlots is how many replicates its free balance in the hub backs (free balance /
	// the pool's minimum stake); nil when the pool asks no stake (no limit).
	StakeSlots *int
}

// UpsertWorker registers w, or replaces its capabilities, score, last heartbeat and
// stake slots. What it proved (its proven slots) and its misses and offenses are kept.
func (t *Tx) UpsertWorker(ctx context.Context, w Worker, at time.Time) error {
	t.markWorker(w.Address)
	caps, err := json.Marshal(w.Capabilities)
	if err != nil {
		return fmt.Errorf("store: worker %s: %w", hexAddr(w.Address), err)
	}
	_, err = t.exec(ctx, `INSERT INTO workers (address, capabilities, score, last_seen, updated_at, stake_slots)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (address) DO UPDATE SET capabilities = excluded.capabilities,
		score = excluded.score, last_seen = excluded.last_seen, updated_at = excluded.updated_at,
		stake_slots = excluded.stake_slots`,
		hexAddr(w.Address), string(caps), int64(w.Score), unixTime(w.LastSeen), unixTime(at), stakeSlots(w.StakeSlots))
	if err != nil {
		return fmt.Errorf("store: upsert worker %s: %w", hexAddr(w.Address), err)
	}
	return nil
}

// stakeSlots is n as stored: NULL for nil (no limit).
func stakeSlots(n *int) sql.NullInt64 {
	if n == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: int64(max(0, *n)), Valid: true}
}

// SetStakeSlots records how many replicates worker's free balance backs now (nil: no
// limit); ErrUnknownWorker if it is not registered.
func (s *Store) SetStakeSlots(ctx context.Context, worker common.Address, n *int) error {
	res, err := s.exec(ctx, `UPDATE workers SET stake_slots = ? WHERE address = ?`, stakeSlots(n), hexAddr(worker))
	s.mark(0, nil, worker)
	return oneRow(res, err, fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker)))
}

// SetProvenSlots sets the replicates worker has proven it can hold (at least 1; tests,
// and operators who vouch for a worker); ErrUnknownWorker if it is not registered.
func (s *Store) SetProvenSlots(ctx context.Context, worker common.Address, n int) error {
	res, err := s.exec(ctx, `UPDATE workers SET proven_slots = ? WHERE address = ?`, max(1, n), hexAddr(worker))
	s.mark(0, nil, worker)
	return oneRow(res, err, fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker)))
}

// UpsertWorker is [Tx.UpsertWorker] in a transaction of its own.
func (s *Store) UpsertWorker(ctx context.Context, w Worker, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.UpsertWorker(ctx, w, at) })
}

// Heartbeat records that worker was seen at at (a heartbeat older than the one stored is
// ignored); ErrUnknownWorker if it is not registered.
func (t *Tx) Heartbeat(ctx context.Context, worker common.Address, at time.Time) error {
	t.markWorker(worker)
	res, err := t.exec(ctx, `UPDATE workers SET last_seen = MAX(last_seen, ?) WHERE address = ?`,
		unixTime(at), hexAddr(worker))
	if err != nil {
		return fmt.Errorf("store: heartbeat %s: %w", hexAddr(worker), err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return cmpErr(err, fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker)))
	}
	return nil
}

// Heartbeat is [Tx.Heartbeat] in a transaction of its own.
func (s *Store) Heartbeat(ctx context.Context, worker common.Address, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.Heartbeat(ctx, worker, at) })
}

// Workers returns every registered worker as the planner sees it, by address.
//
// Slots is what the pool counts of the worker (its effective slots): the least of its
// declared slots plus queue, the slots it has proven (see [Tx.RecordContribution] and
// [Tx.RecordMiss]) and the slots its stake backs (StakeSlots, when set).
// FreeSlots is Slots less its running replicates, never below zero: a running replicate
// is one in state assigned, on a task that is not COMPLETED or FAILED, whose worker has
// not reported it computed yet (step "" or started). Once its result is known it only
// waits for the chain (the worker batches contributions) and takes no slot, so a worker
// gets new replicates while its results are being mined — but at most Slots of them wait
// so: beyond, each takes a slot again, so a worker that reports results it never
// contributes holds at most twice its Slots. Capacity given by a plan is spent even before
// the worker reports again. FreeGPUs is the GPUs less those of its running replicates
// that are GPU tasks. BenchedUntil is a chain time (see Offenses); Speed its declared
// speed factor. RunSlots is its declared slots; Running its running replicates (as
// above); RunTimes its mean measured run per deal with an open task (the scheduler's
// wall-clock time from its first "started" report to its "computed" one, the last 32
// runs weighing most: see runStat); AppRunTimes the same per app, over the last 32 apps
// it ran, ended deals included (see view.appRuns); Held the expected run time of its
// running replicates together (plan.Worker.ExpectedRun).
func (s *Store) Workers(ctx context.Context) ([]plan.Worker, error) {
	var out []plan.Worker
	err := s.withView(ctx, func(v *view) error {
		out = v.planWorkers()
		return nil
	})
	return out, err
}

// effectiveSlots is the least of declared, proven and staked (NULL: no limit), never
// below zero.
func effectiveSlots(declared, proven int, staked sql.NullInt64) int {
	n := min(declared, proven)
	if staked.Valid && staked.Int64 < int64(n) {
		n = int(staked.Int64)
	}
	return max(0, n)
}

// WorkerCapacity is one worker's capacity as the pool counts it, with its misses
// ([Store.Capacities]).
type WorkerCapacity struct {
	Address  common.Address
	LastSeen time.Time
	Declared int // slots plus queue, as registered
	Proven   int
	Staked   *int // nil when the pool asks no stake
	Slots    int  // the least of the three
	// Misses are the progress deadlines it missed since the time asked; LastMiss the
	// last one's (chain times).
	Misses       int
	LastMiss     time.Time
	BenchedUntil time.Time
	Speed        float64 // its declared speed factor (0: unknown)
}

// Capacities returns every registered worker's capacity, by address, counting the misses
// recorded at or after since.
func (s *Store) Capacities(ctx context.Context, since time.Time) ([]WorkerCapacity, error) {
	rows, err := s.query(ctx, `SELECT w.address, w.capabilities, w.last_seen, w.proven_slots, w.stake_slots,
		w.benched_until, COUNT(m.at), COALESCE(MAX(m.at), 0)
		FROM workers w LEFT JOIN misses m ON m.worker = w.address AND m.at >= ?
		GROUP BY w.address ORDER BY w.address`, unixTime(since))
	if err != nil {
		return nil, fmt.Errorf("store: capacities: %w", err)
	}
	defer rows.Close()
	var out []WorkerCapacity
	for rows.Next() {
		var (
			addr, caps                          string
			seen, proven, benched, misses, last int64
			staked                              sql.NullInt64
			c                                   Capabilities
		)
		if err := rows.Scan(&addr, &caps, &seen, &proven, &staked, &benched, &misses, &last); err != nil {
			return nil, fmt.Errorf("store: capacities: %w", err)
		}
		a, err := parseAddr(addr)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(caps), &c); err != nil {
			return nil, fmt.Errorf("store: worker %s capabilities: %w", addr, err)
		}
		w := WorkerCapacity{Address: a, LastSeen: fromUnix(seen), Declared: c.Declared(), Proven: int(proven),
			Misses: int(misses), LastMiss: fromUnix(last), BenchedUntil: fromUnix(benched), Speed: c.Speed}
		if staked.Valid {
			n := int(staked.Int64)
			w.Staked = &n
		}
		w.Slots = effectiveSlots(w.Declared, w.Proven, staked)
		out = append(out, w)
	}
	return out, rows.Err()
}

// AssignmentState is the life of one replicate.
type AssignmentState string

// Assignment states.
const (
	Assigned    AssignmentState = "assigned"    // given to the worker, no contribution yet
	Contributed AssignmentState = "contributed" // its contribution is on chain
	Revealed    AssignmentState = "revealed"    // its reveal is on chain
	Lost        AssignmentState = "lost"        // withdrawn (Unassign): the worker went silent
	Failed      AssignmentState = "failed"      // the worker reported it could not run it
)

// Assign gives a replicate of task to worker, at at. ErrAlreadyAssigned if worker was
// ever assigned to task (even if withdrawn since); ErrUnknownTask, ErrUnknownWorker if
// either is not stored; ErrTerminal if the task is COMPLETED or FAILED.
func (t *Tx) Assign(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	return t.assign(ctx, task, worker, at, false)
}

// AssignCheck is Assign for the replicate of a hidden check (plan.ReasonCheck): stored as
// one, so the planner knows the task was checked; the worker is never told.
func (t *Tx) AssignCheck(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	return t.assign(ctx, task, worker, at, true)
}

func (t *Tx) assign(ctx context.Context, task [32]byte, worker common.Address, at time.Time, check bool) error {
	return t.insertAssignment(ctx, NewReplicate{Task: task, Worker: worker, At: at, Check: check}, "")
}

// NewReplicate is a replicate given to a worker with what the plan loop stores with it
// (see [Tx.AssignReplicate]).
type NewReplicate struct {
	Task   [32]byte
	Worker common.Address
	At     time.Time
	Check  bool // a hidden check (see AssignCheck)
	// Authorization is the scheduler's signature for the worker and task (as
	// SetAuthorization); Deadline its progress deadline (as SetDeadline; zero: none).
	Authorization []byte
	Deadline      time.Time
}

// AssignReplicate is Assign (or AssignCheck) followed by SetAuthorization and, when
// Deadline is set, SetDeadline, in one statement. Errors as Assign.
func (t *Tx) AssignReplicate(ctx context.Context, r NewReplicate) error {
	return t.insertAssignment(ctx, r, hexutil.Encode(r.Authorization))
}

func (t *Tx) insertAssignment(ctx context.Context, r NewReplicate, auth string) error {
	t.markTask(r.Task, partAssigns)
	task, worker := hexID(r.Task), hexAddr(r.Worker)
	res, err := t.exec(ctx, `INSERT INTO assignments (task_id, worker, since, state, updated_at, is_check, auth_sig, deadline)
		SELECT ?, ?, ?, 'assigned', ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM tasks WHERE id = ? AND status < 3)
			AND EXISTS (SELECT 1 FROM workers WHERE address = ?)
		ON CONFLICT (task_id, worker) DO NOTHING`,
		task, worker, unixTime(r.At), unixTime(r.At), r.Check, auth, unixTime(r.Deadline), task, worker)
	if err != nil {
		return fmt.Errorf("store: assign: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n > 0 {
		return err
	}
	// Nothing inserted: say why.
	var status int
	err = t.queryRow(ctx, `SELECT status FROM tasks WHERE id = ?`, task).Scan(&status)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%w: %s", ErrUnknownTask, task)
	case err != nil:
		return fmt.Errorf("store: assign: %w", err)
	case plan.Status(status).IsTerminal():
		return fmt.Errorf("%w: %s", ErrTerminal, task)
	}
	if !t.exists(ctx, `SELECT 1 FROM workers WHERE address = ?`, worker) {
		return fmt.Errorf("%w: %s", ErrUnknownWorker, worker)
	}
	return fmt.Errorf("%w: task %s, worker %s", ErrAlreadyAssigned, task, worker)
}

// Assign is [Tx.Assign] in a transaction of its own.
func (s *Store) Assign(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.Assign(ctx, task, worker, at) })
}

// Unassign withdraws worker's replicate of task (state assigned → lost); the worker is
// not assigned to that task again. Withdrawing it twice is harmless; ErrNotAssigned if it
// has no such assignment or has already contributed.
func (t *Tx) Unassign(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	return t.SetAssignmentState(ctx, task, worker, Lost, at)
}

// Unassign is [Tx.Unassign] in a transaction of its own.
func (s *Store) Unassign(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.Unassign(ctx, task, worker, at) })
}

// allowedFrom lists the states an assignment may move to each state from.
var allowedFrom = map[AssignmentState][]AssignmentState{
	Lost:        {Assigned},
	Failed:      {Assigned},
	Contributed: {Assigned, Lost, Failed}, // a withdrawn worker may still contribute
	Revealed:    {Contributed},
}

// SetAssignmentState moves worker's assignment on task to state (Lost or Failed from
// Assigned, Contributed from Assigned, Lost or Failed, Revealed from Contributed).
// Setting the state it is already in is harmless; ErrNotAssigned otherwise.
func (t *Tx) SetAssignmentState(ctx context.Context, task [32]byte, worker common.Address, state AssignmentState, at time.Time) error {
	from, ok := allowedFrom[state]
	if !ok {
		return fmt.Errorf("store: cannot set an assignment to %q", state)
	}
	t.markTask(task, partAssigns)
	var cur string
	err := t.queryRow(ctx, `SELECT state FROM assignments WHERE task_id = ? AND worker = ?`,
		hexID(task), hexAddr(worker)).Scan(&cur)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%w: task %s, worker %s", ErrNotAssigned, hexID(task), hexAddr(worker))
	case err != nil:
		return fmt.Errorf("store: assignment: %w", err)
	case AssignmentState(cur) == state:
		return nil
	}
	allowed := false
	for _, f := range from {
		allowed = allowed || AssignmentState(cur) == f
	}
	if !allowed {
		return fmt.Errorf("%w: task %s, worker %s is %s, not %s", ErrNotAssigned, hexID(task), hexAddr(worker), cur, state)
	}
	_, err = t.exec(ctx, `UPDATE assignments SET state = ?, updated_at = ? WHERE task_id = ? AND worker = ?`,
		string(state), unixTime(at), hexID(task), hexAddr(worker))
	if err != nil {
		return fmt.Errorf("store: assignment: %w", err)
	}
	return nil
}

// SetAssignmentState is [Tx.SetAssignmentState] in a transaction of its own.
func (s *Store) SetAssignmentState(ctx context.Context, task [32]byte, worker common.Address, state AssignmentState, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.SetAssignmentState(ctx, task, worker, state, at) })
}

// RecordContribution stores v, seen on chain at block, as a contribution to task, and
// moves the worker's assignment, if any, to contributed. A contribution of a replicate
// still assigned (not withdrawn: its worker was not found late nor lost) proves one more
// slot: the worker's proven slots grow by one, up to its declared slots and queue. A
// contribution of that worker to that task already stored is kept as it is (replaying a
// block is harmless, and proves nothing twice). ErrUnknownTask if the task is not stored.
func (t *Tx) RecordContribution(ctx context.Context, task [32]byte, v plan.Vote, block uint64) error {
	t.markTask(task, partVotes|partAssigns)
	t.markWorker(v.Worker)
	id, worker := hexID(task), hexAddr(v.Worker)
	_, err := t.exec(ctx, `INSERT INTO contributions (task_id, worker, result_hash, weight, block)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (task_id, worker) DO NOTHING`,
		id, worker, hexID(v.ResultHash), int64(v.Weight), int64(block))
	if err != nil {
		if !t.exists(ctx, `SELECT 1 FROM tasks WHERE id = ?`, id) {
			return fmt.Errorf("%w: %s", ErrUnknownTask, id)
		}
		return fmt.Errorf("store: record contribution: %w", err)
	}
	// A replicate still assigned proves a slot (before its state moves below).
	_, err = t.exec(ctx, `UPDATE workers SET proven_slots = MAX(proven_slots, MIN(proven_slots + 1,
		MAX(1, COALESCE(json_extract(capabilities, '$.slots'), 1)) + MAX(0, COALESCE(json_extract(capabilities, '$.queue'), 0))))
		WHERE address = ? AND EXISTS (SELECT 1 FROM assignments WHERE task_id = ? AND worker = ? AND state = 'assigned')`,
		worker, id, worker)
	if err != nil {
		return fmt.Errorf("store: record contribution: %w", err)
	}
	_, err = t.exec(ctx, `UPDATE assignments SET state = 'contributed', updated_at = ?
		WHERE task_id = ? AND worker = ? AND state IN ('assigned', 'lost', 'failed')`, time.Now().Unix(), id, worker)
	if err != nil {
		return fmt.Errorf("store: record contribution: %w", err)
	}
	return nil
}

// RecordMiss records that worker missed its progress deadline on task at at (chain time):
// its replicate was withdrawn (see Unassign, in the same transaction) and its proven
// slots are halved, at least 1. A miss already recorded for that task is not counted
// again. It reports whether the miss is new.
func (t *Tx) RecordMiss(ctx context.Context, task [32]byte, worker common.Address, at time.Time) (bool, error) {
	t.markWorker(worker)
	res, err := t.exec(ctx, `INSERT INTO misses (worker, task_id, at) VALUES (?, ?, ?)
		ON CONFLICT (task_id, worker) DO NOTHING`, hexAddr(worker), hexID(task), unixTime(at))
	if err != nil {
		if !t.exists(ctx, `SELECT 1 FROM workers WHERE address = ?`, hexAddr(worker)) {
			return false, fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker))
		}
		return false, fmt.Errorf("store: record miss: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	if _, err := t.exec(ctx, `UPDATE workers SET proven_slots = MAX(1, proven_slots / 2) WHERE address = ?`,
		hexAddr(worker)); err != nil {
		return false, fmt.Errorf("store: record miss: %w", err)
	}
	return true, nil
}

// Misses is how many progress deadlines worker missed at or after since (chain time).
func (t *Tx) Misses(ctx context.Context, worker common.Address, since time.Time) (int, error) {
	var n int
	err := t.queryRow(ctx, `SELECT COUNT(*) FROM misses WHERE worker = ? AND at >= ?`,
		hexAddr(worker), unixTime(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: misses: %w", err)
	}
	return n, nil
}

// BenchUntil benches worker until until (chain time), unless it is already benched
// longer; ErrUnknownWorker if it is not registered.
func (t *Tx) BenchUntil(ctx context.Context, worker common.Address, until time.Time) error {
	t.markWorker(worker)
	res, err := t.exec(ctx, `UPDATE workers SET benched_until = MAX(benched_until, ?) WHERE address = ?`,
		unixTime(until), hexAddr(worker))
	return oneRow(res, err, fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker)))
}

// RecordContribution is [Tx.RecordContribution] in a transaction of its own.
func (s *Store) RecordContribution(ctx context.Context, task [32]byte, v plan.Vote, block uint64) error {
	return s.do(ctx, func(t *Tx) error { return t.RecordContribution(ctx, task, v, block) })
}

// OpenTasks returns the tasks that are not COMPLETED or FAILED, by ID, as the planner
// sees them: with their contributions in the order they were recorded (every one counts,
// as on chain, until the task is finalized or claimed), their assignments that are not
// withdrawn (assigned, contributed, revealed) oldest first, with their check flag and
// progress deadline, the final deadline, the category's reference time and when the
// reveals were asked. A lost or failed assignment is left
// out, so the planner does not count its worker as a pending vote, and its worker is
// listed in Excluded so the planner does not pick it again (Assign would answer
// ErrAlreadyAssigned). Task deadlines are chain times; RevealAsked and the assignments'
// progress deadlines are wall-clock times.
func (s *Store) OpenTasks(ctx context.Context) ([]plan.Task, error) {
	var out []plan.Task
	err := s.withView(ctx, func(v *view) error {
		ts := v.sortedTasks(nil)
		out = make([]plan.Task, len(ts))
		for i, t := range ts {
			out[i] = t.planTask()
		}
		return nil
	})
	return out, err
}

// eachRow scans rows of (text, text, text, integer) into fn, and closes them.
func eachRow(rows *sql.Rows, fn func(a, b, c string, n int64) error) error {
	defer rows.Close()
	for rows.Next() {
		var (
			a, b, c string
			n       int64
		)
		if err := rows.Scan(&a, &b, &c, &n); err != nil {
			return err
		}
		if err := fn(a, b, c, n); err != nil {
			return err
		}
	}
	return rows.Err()
}

// cmpErr returns err if it is not nil, else fallback.
func cmpErr(err, fallback error) error {
	if err != nil {
		return err
	}
	return fallback
}

// Offenses is a worker's record of results proven wrong (see [Tx.ProvenWrong]); times are
// chain times.
type Offenses struct {
	Count        int       // results proven wrong that still count
	Last         time.Time // when the last one was proven wrong (zero: never)
	BenchedUntil time.Time // the pool gives it no replicate before (zero: not benched)
}

// Offenses returns worker's offenses; ErrUnknownWorker if it is not registered.
func (t *Tx) Offenses(ctx context.Context, worker common.Address) (Offenses, error) {
	var count, last, until int64
	err := t.queryRow(ctx, `SELECT offenses, last_offense, benched_until FROM workers WHERE address = ?`,
		hexAddr(worker)).Scan(&count, &last, &until)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return Offenses{}, fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker))
	case err != nil:
		return Offenses{}, fmt.Errorf("store: offenses: %w", err)
	}
	return Offenses{Count: int(count), Last: fromUnix(last), BenchedUntil: fromUnix(until)}, nil
}

// SetOffenses replaces worker's offenses; ErrUnknownWorker if it is not registered.
func (t *Tx) SetOffenses(ctx context.Context, worker common.Address, o Offenses) error {
	t.markWorker(worker)
	res, err := t.exec(ctx, `UPDATE workers SET offenses = ?, last_offense = ?, benched_until = ? WHERE address = ?`,
		int64(o.Count), unixTime(o.Last), unixTime(o.BenchedUntil), hexAddr(worker))
	return oneRow(res, err, fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker)))
}

// Offenses is [Tx.Offenses] in a transaction of its own.
func (s *Store) Offenses(ctx context.Context, worker common.Address) (Offenses, error) {
	var o Offenses
	err := s.do(ctx, func(t *Tx) error {
		var err error
		o, err = t.Offenses(ctx, worker)
		return err
	})
	return o, err
}
