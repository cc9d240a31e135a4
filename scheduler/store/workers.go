package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
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
}

// Worker is a registered worker as stored.
type Worker struct {
	Address      common.Address
	Capabilities Capabilities
	Score        uint64
	LastSeen     time.Time
}

// UpsertWorker registers w, or replaces its capabilities, score and last heartbeat.
func (t *Tx) UpsertWorker(ctx context.Context, w Worker, at time.Time) error {
	caps, err := json.Marshal(w.Capabilities)
	if err != nil {
		return fmt.Errorf("store: worker %s: %w", hexAddr(w.Address), err)
	}
	_, err = t.tx.ExecContext(ctx, `INSERT INTO workers (address, capabilities, score, last_seen, updated_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (address) DO UPDATE SET capabilities = excluded.capabilities,
		score = excluded.score, last_seen = excluded.last_seen, updated_at = excluded.updated_at`,
		hexAddr(w.Address), string(caps), int64(w.Score), unixTime(w.LastSeen), unixTime(at))
	if err != nil {
		return fmt.Errorf("store: upsert worker %s: %w", hexAddr(w.Address), err)
	}
	return nil
}

// UpsertWorker is [Tx.UpsertWorker] in a transaction of its own.
func (s *Store) UpsertWorker(ctx context.Context, w Worker, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.UpsertWorker(ctx, w, at) })
}

// Heartbeat records that worker was seen at at (a heartbeat older than the one stored is
// ignored); ErrUnknownWorker if it is not registered.
func (t *Tx) Heartbeat(ctx context.Context, worker common.Address, at time.Time) error {
	res, err := t.tx.ExecContext(ctx, `UPDATE workers SET last_seen = MAX(last_seen, ?) WHERE address = ?`,
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

// Workers returns every registered worker as the planner sees it, by address. FreeSlots
// is the declared slots plus queue less the worker's pending assignments, and FreeGPUs the
// GPUs less those of them that are GPU tasks, never below zero; so capacity given by a
// plan is spent even before the worker reports again. A pending assignment is one in
// state assigned, on a task that is not COMPLETED or FAILED, whose worker has not
// reported it computed yet (step "" or started): once its result is known it only waits
// for the chain (the worker batches contributions) and takes no slot, so a worker gets
// new replicates while its results are being mined. BenchedUntil is a chain time (see
// Offenses).
func (s *Store) Workers(ctx context.Context) ([]plan.Worker, error) {
	var out []plan.Worker
	err := s.tx(ctx, func(tx *sql.Tx) error {
		running := map[common.Address][2]int{} // slots, GPUs in use
		rows, err := tx.QueryContext(ctx, `SELECT a.worker, t.tag FROM assignments a
			JOIN tasks t ON t.id = a.task_id
			WHERE a.state = 'assigned' AND a.step IN ('', 'started') AND t.status < 3`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var w, tag string
			if err := rows.Scan(&w, &tag); err != nil {
				rows.Close()
				return err
			}
			addr, err1 := parseAddr(w)
			tg, err2 := parseID(tag)
			if err := errors.Join(err1, err2); err != nil {
				rows.Close()
				return err
			}
			r := running[addr]
			r[0]++
			if protocol.Tag(tg).HasGPU() {
				r[1]++
			}
			running[addr] = r
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}

		rows, err = tx.QueryContext(ctx, `SELECT address, capabilities, score, last_seen, benched_until FROM workers ORDER BY address`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var (
				addr, caps           string
				score, seen, benched int64
				c                    Capabilities
			)
			if err := rows.Scan(&addr, &caps, &score, &seen, &benched); err != nil {
				return err
			}
			a, err := parseAddr(addr)
			if err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(caps), &c); err != nil {
				return fmt.Errorf("worker %s capabilities: %w", addr, err)
			}
			r := running[a]
			out = append(out, plan.Worker{
				ID: a, Score: uint64(score), Cores: c.Cores,
				Slots: c.Slots + c.Queue, FreeSlots: max(0, c.Slots+c.Queue-r[0]), GPUs: c.GPUs, FreeGPUs: max(0, c.GPUs-r[1]),
				TEE: c.TEE, Executors: c.Executors, LastSeen: fromUnix(seen), BenchedUntil: fromUnix(benched),
			})
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: workers: %w", err)
	}
	return out, nil
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
	var status int
	err := t.tx.QueryRowContext(ctx, `SELECT status FROM tasks WHERE id = ?`, hexID(task)).Scan(&status)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%w: %s", ErrUnknownTask, hexID(task))
	case err != nil:
		return fmt.Errorf("store: assign: %w", err)
	case plan.Status(status).IsTerminal():
		return fmt.Errorf("%w: %s", ErrTerminal, hexID(task))
	}
	if !t.exists(ctx, `SELECT 1 FROM workers WHERE address = ?`, hexAddr(worker)) {
		return fmt.Errorf("%w: %s", ErrUnknownWorker, hexAddr(worker))
	}
	res, err := t.tx.ExecContext(ctx, `INSERT INTO assignments (task_id, worker, since, state, updated_at, is_check)
		VALUES (?, ?, ?, 'assigned', ?, ?) ON CONFLICT (task_id, worker) DO NOTHING`,
		hexID(task), hexAddr(worker), unixTime(at), unixTime(at), check)
	if err != nil {
		return fmt.Errorf("store: assign: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return cmpErr(err, fmt.Errorf("%w: task %s, worker %s", ErrAlreadyAssigned, hexID(task), hexAddr(worker)))
	}
	return nil
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
	var cur string
	err := t.tx.QueryRowContext(ctx, `SELECT state FROM assignments WHERE task_id = ? AND worker = ?`,
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
	_, err = t.tx.ExecContext(ctx, `UPDATE assignments SET state = ?, updated_at = ? WHERE task_id = ? AND worker = ?`,
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
// moves the worker's assignment, if any, to contributed. A contribution of that worker to
// that task already stored is kept as it is (replaying a block is harmless).
// ErrUnknownTask if the task is not stored.
func (t *Tx) RecordContribution(ctx context.Context, task [32]byte, v plan.Vote, block uint64) error {
	if !t.exists(ctx, `SELECT 1 FROM tasks WHERE id = ?`, hexID(task)) {
		return fmt.Errorf("%w: %s", ErrUnknownTask, hexID(task))
	}
	_, err := t.tx.ExecContext(ctx, `INSERT INTO contributions (task_id, worker, result_hash, weight, block)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (task_id, worker) DO NOTHING`,
		hexID(task), hexAddr(v.Worker), hexID(v.ResultHash), int64(v.Weight), int64(block))
	if err != nil {
		return fmt.Errorf("store: record contribution: %w", err)
	}
	_, err = t.tx.ExecContext(ctx, `UPDATE assignments SET state = 'contributed', updated_at = ?
		WHERE task_id = ? AND worker = ? AND state IN ('assigned', 'lost', 'failed')`,
		time.Now().Unix(), hexID(task), hexAddr(v.Worker))
	if err != nil {
		return fmt.Errorf("store: record contribution: %w", err)
	}
	return nil
}

// RecordContribution is [Tx.RecordContribution] in a transaction of its own.
func (s *Store) RecordContribution(ctx context.Context, task [32]byte, v plan.Vote, block uint64) error {
	return s.do(ctx, func(t *Tx) error { return t.RecordContribution(ctx, task, v, block) })
}

// OpenTasks returns the tasks that are not COMPLETED or FAILED, by ID, as the planner
// sees them: with their contributions in the order they were recorded (every one counts,
// as on chain, until the task is finalized or claimed), their assignments that are not
// withdrawn (assigned, contributed, revealed) oldest first, with their check flag, the
// final deadline and when the reveals were asked. A lost or failed assignment is left
// out, so the planner does not count its worker as a pending vote, and its worker is
// listed in Excluded so the planner does not pick it again (Assign would answer
// ErrAlreadyAssigned). Deadlines are chain times, RevealAsked a wall-clock time.
func (s *Store) OpenTasks(ctx context.Context) ([]plan.Task, error) {
	var out []plan.Task
	err := s.tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, taskSelect+` WHERE status < 3 ORDER BY id`)
		if err != nil {
			return err
		}
		ts, err := scanTasks(rows)
		if err != nil {
			return err
		}
		byID := make(map[[32]byte]*plan.Task, len(ts))
		out = make([]plan.Task, len(ts))
		for i, tk := range ts {
			out[i] = plan.Task{ID: tk.ID, Deal: tk.Deal, Trust: tk.Trust, Tag: tk.Tag, Executor: tk.Executor,
				Status: tk.Status, ContributionDeadline: tk.ContributionDeadline, FinalDeadline: tk.FinalDeadline,
				RevealAsked: tk.RevealAsked}
			byID[tk.ID] = &out[i]
		}

		rows, err = tx.QueryContext(ctx, `SELECT c.task_id, c.worker, c.result_hash, c.weight FROM contributions c
			JOIN tasks t ON t.id = c.task_id WHERE t.status < 3 ORDER BY c.rowid`)
		if err != nil {
			return err
		}
		err = eachRow(rows, func(id, worker, hash string, weight int64) error {
			tid, err1 := parseID(id)
			w, err2 := parseAddr(worker)
			h, err3 := parseID(hash)
			if err := errors.Join(err1, err2, err3); err != nil {
				return err
			}
			tk := byID[tid]
			tk.Contributions = append(tk.Contributions, plan.Vote{Worker: w, ResultHash: h, Weight: uint64(weight)})
			return nil
		})
		if err != nil {
			return err
		}

		rows, err = tx.QueryContext(ctx, `SELECT a.task_id, a.worker, CASE WHEN a.is_check = 1 THEN 'check' ELSE '' END,
			a.since FROM assignments a JOIN tasks t ON t.id = a.task_id
			WHERE t.status < 3 AND a.state IN ('assigned', 'contributed', 'revealed')
			ORDER BY a.since, a.rowid`)
		if err != nil {
			return err
		}
		err = eachRow(rows, func(id, worker, kind string, since int64) error {
			tid, err1 := parseID(id)
			w, err2 := parseAddr(worker)
			if err := errors.Join(err1, err2); err != nil {
				return err
			}
			tk := byID[tid]
			tk.Assigned = append(tk.Assigned, plan.Assignment{Worker: w, Since: fromUnix(since), Check: kind == "check"})
			return nil
		})
		if err != nil {
			return err
		}

		rows, err = tx.QueryContext(ctx, `SELECT a.task_id, a.worker, '', 0 FROM assignments a
			JOIN tasks t ON t.id = a.task_id WHERE t.status < 3 AND a.state IN ('lost', 'failed')
			ORDER BY 1, 2`)
		if err != nil {
			return err
		}
		return eachRow(rows, func(id, worker, _ string, _ int64) error {
			tid, err1 := parseID(id)
			w, err2 := parseAddr(worker)
			if err := errors.Join(err1, err2); err != nil {
				return err
			}
			tk := byID[tid]
			tk.Excluded = append(tk.Excluded, w)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: open tasks: %w", err)
	}
	return out, nil
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
	err := t.tx.QueryRowContext(ctx, `SELECT offenses, last_offense, benched_until FROM workers WHERE address = ?`,
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
	res, err := t.tx.ExecContext(ctx, `UPDATE workers SET offenses = ?, last_offense = ?, benched_until = ? WHERE address = ?`,
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
