package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/plan"
)

// TaskState is a task as the scheduler's public endpoint shows it: its status as last
// seen on chain and why it is where it is (Reason, written by the plan loop, with when it
// last changed).
type TaskState struct {
	Task      [32]byte
	Deal      [32]byte
	Index     uint64
	Status    plan.Status
	Reason    string    // "" until a plan round saw the task
	Since     time.Time // when Reason last changed (zero: never written)
	UpdatedAt time.Time // when the task's stored state last changed (its status, …)
}

const taskStateSelect = `SELECT id, deal_id, idx, status, reason, reason_since, updated_at FROM tasks`

func scanTaskStates(rows *sql.Rows) ([]TaskState, error) {
	defer rows.Close()
	var out []TaskState
	for rows.Next() {
		var (
			id, deal        string
			idx, since, upd int64
			status          int
			ts              TaskState
			errID, errDeal  error
		)
		if err := rows.Scan(&id, &deal, &idx, &status, &ts.Reason, &since, &upd); err != nil {
			return nil, fmt.Errorf("store: scan task state: %w", err)
		}
		ts.Task, errID = parseID(id)
		ts.Deal, errDeal = parseID(deal)
		if err := errors.Join(errID, errDeal); err != nil {
			return nil, err
		}
		ts.Index, ts.Status, ts.Since, ts.UpdatedAt = uint64(idx), plan.Status(status), fromUnix(since), fromUnix(upd)
		out = append(out, ts)
	}
	return out, rows.Err()
}

// TaskState returns task id's state; ErrUnknownTask if it is not stored (not a task of
// the pool's deals, or its deal is not seen yet).
func (s *Store) TaskState(ctx context.Context, id [32]byte) (TaskState, error) {
	rows, err := s.query(ctx, taskStateSelect+` WHERE id = ?`, hexID(id))
	if err != nil {
		return TaskState{}, fmt.Errorf("store: task state: %w", err)
	}
	ts, err := scanTaskStates(rows)
	if err != nil {
		return TaskState{}, err
	}
	if len(ts) == 0 {
		return TaskState{}, fmt.Errorf("%w: %s", ErrUnknownTask, hexID(id))
	}
	return ts[0], nil
}

// DealTaskStates returns the states of deal's tasks, by index (one query, whatever the
// deal's size); ErrUnknownDeal if the deal is not stored.
func (s *Store) DealTaskStates(ctx context.Context, deal [32]byte) ([]TaskState, error) {
	rows, err := s.query(ctx, taskStateSelect+` WHERE deal_id = ? ORDER BY idx`, hexID(deal))
	if err != nil {
		return nil, fmt.Errorf("store: deal task states: %w", err)
	}
	ts, err := scanTaskStates(rows)
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrUnknownDeal, hexID(deal))
	}
	return ts, nil
}

// Reasons returns the stored reason of every task that is not COMPLETED or FAILED, by
// task ("" for a task no plan round described yet).
func (s *Store) Reasons(ctx context.Context) (map[[32]byte]string, error) {
	rows, err := s.query(ctx, `SELECT id, reason, '', 0 FROM tasks WHERE status < 3`)
	if err != nil {
		return nil, fmt.Errorf("store: reasons: %w", err)
	}
	out := map[[32]byte]string{}
	err = eachRow(rows, func(id, reason, _ string, _ int64) error {
		tid, err := parseID(id)
		out[tid] = reason
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: reasons: %w", err)
	}
	return out, nil
}

// SetReasons writes the reasons given, by task, stamped since at, in one transaction.
// Unknown tasks are skipped (a reason is advice, not state the scheduler acts on).
func (s *Store) SetReasons(ctx context.Context, reasons map[[32]byte]string, at time.Time) error {
	if len(reasons) == 0 {
		return nil
	}
	return s.do(ctx, func(t *Tx) error {
		for id, reason := range reasons {
			if _, err := t.exec(ctx, `UPDATE tasks SET reason = ?, reason_since = ? WHERE id = ?`,
				reason, unixTime(at), hexID(id)); err != nil {
				return fmt.Errorf("store: set reason of task %s: %w", hexID(id), err)
			}
		}
		return nil
	})
}

// WithdrawCause is why a replicate was taken from its worker.
type WithdrawCause string

// Causes of a withdrawal.
const (
	WithdrawnLost   WithdrawCause = "lost"    // its worker stopped sending heartbeats
	WithdrawnLate   WithdrawCause = "late"    // its worker missed the progress deadline
	WithdrawnGaveUp WithdrawCause = "gave up" // its worker reported it failed
)

// Withdrawal is a replicate of an open task taken from its worker (or given up by it).
type Withdrawal struct {
	Worker common.Address
	Cause  WithdrawCause
	At     time.Time // when its assignment last changed (wall clock)
}

// Withdrawals returns, by task, the replicates withdrawn from (or given up by) their
// workers on the tasks that still take contributions (UNSET or ACTIVE), oldest first.
func (s *Store) Withdrawals(ctx context.Context) (map[[32]byte][]Withdrawal, error) {
	rows, err := s.query(ctx, `SELECT a.task_id, a.worker, a.state,
			EXISTS (SELECT 1 FROM misses m WHERE m.task_id = a.task_id AND m.worker = a.worker), a.updated_at
		FROM tasks t CROSS JOIN assignments a ON a.task_id = t.id
		WHERE t.status < 3 AND t.status < 2 AND a.state IN ('lost', 'failed') ORDER BY a.updated_at, a.rowid`)
	if err != nil {
		return nil, fmt.Errorf("store: withdrawals: %w", err)
	}
	defer rows.Close()
	out := map[[32]byte][]Withdrawal{}
	for rows.Next() {
		var (
			task, worker, state string
			late                bool
			at                  int64
		)
		if err := rows.Scan(&task, &worker, &state, &late, &at); err != nil {
			return nil, fmt.Errorf("store: withdrawals: %w", err)
		}
		tid, err1 := parseID(task)
		w, err2 := parseAddr(worker)
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
		cause := WithdrawnLost
		switch {
		case AssignmentState(state) == Failed:
			cause = WithdrawnGaveUp
		case late:
			cause = WithdrawnLate
		}
		out[tid] = append(out[tid], Withdrawal{Worker: w, Cause: cause, At: fromUnix(at)})
	}
	return out, rows.Err()
}
