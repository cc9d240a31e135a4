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

// Chain names the chain and hub contract a cursor follows.
type Chain struct {
	ID  uint64
	Hub common.Address
}

// Cursor returns the last fully processed block of chain; ok is false if none is stored
// yet (the follower starts from its configured first block).
func (s *Store) Cursor(ctx context.Context, chain Chain) (block uint64, ok bool, err error) {
	return cursor(ctx, s.queryRow, chain)
}

// Cursor is [Store.Cursor] read in the transaction.
func (t *Tx) Cursor(ctx context.Context, chain Chain) (block uint64, ok bool, err error) {
	return cursor(ctx, t.queryRow, chain)
}

func cursor(ctx context.Context, queryRow func(context.Context, string, ...any) *sql.Row, chain Chain) (uint64, bool, error) {
	var b int64
	err := queryRow(ctx, `SELECT block FROM cursor WHERE chain_id = ? AND hub = ?`,
		int64(chain.ID), hexAddr(chain.Hub)).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: cursor: %w", err)
	}
	return uint64(b), true, nil
}

// SetCursor records block as the last fully processed block of chain. Call it on the Tx
// that stores the block's events. It may move backwards (to re-follow after a reorg).
func (t *Tx) SetCursor(ctx context.Context, chain Chain, block uint64) error {
	_, err := t.exec(ctx, `INSERT INTO cursor (chain_id, hub, block) VALUES (?, ?, ?)
		ON CONFLICT (chain_id, hub) DO UPDATE SET block = excluded.block`,
		int64(chain.ID), hexAddr(chain.Hub), int64(block))
	if err != nil {
		return fmt.Errorf("store: set cursor: %w", err)
	}
	return nil
}

// SetCursor is [Tx.SetCursor] in a transaction of its own.
func (s *Store) SetCursor(ctx context.Context, chain Chain, block uint64) error {
	return s.do(ctx, func(t *Tx) error { return t.SetCursor(ctx, chain, block) })
}

// UpsertDeal stores the deal id as the JSON the SDK gives (must be valid JSON), seen at
// block; a deal already stored is replaced.
func (t *Tx) UpsertDeal(ctx context.Context, id [32]byte, deal json.RawMessage, block uint64) error {
	if !json.Valid(deal) {
		return fmt.Errorf("store: deal %s: invalid JSON", hexID(id))
	}
	_, err := t.exec(ctx, `INSERT INTO deals (id, body, block) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET body = excluded.body, block = excluded.block`,
		hexID(id), string(deal), int64(block))
	if err != nil {
		return fmt.Errorf("store: upsert deal %s: %w", hexID(id), err)
	}
	return nil
}

// UpsertDeal is [Tx.UpsertDeal] in a transaction of its own.
func (s *Store) UpsertDeal(ctx context.Context, id [32]byte, deal json.RawMessage, block uint64) error {
	return s.do(ctx, func(t *Tx) error { return t.UpsertDeal(ctx, id, deal, block) })
}

// Deal returns the stored JSON of deal id and its block; ErrUnknownDeal if none.
func (s *Store) Deal(ctx context.Context, id [32]byte) (json.RawMessage, uint64, error) {
	var (
		body  string
		block int64
	)
	err := s.queryRow(ctx, `SELECT body, block FROM deals WHERE id = ?`, hexID(id)).Scan(&body, &block)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, 0, fmt.Errorf("%w: %s", ErrUnknownDeal, hexID(id))
	}
	if err != nil {
		return nil, 0, fmt.Errorf("store: deal: %w", err)
	}
	return json.RawMessage(body), uint64(block), nil
}

// Task is a task as stored.
type Task struct {
	ID                   [32]byte
	Deal                 [32]byte
	Index                uint64 // position in the deal's bag
	Status               plan.Status
	Trust                uint64
	Tag                  protocol.Tag
	Executor             string
	ContributionDeadline time.Time // zero: none
	FinalDeadline        time.Time // zero: none
	// Ref is the deal's category reference time (whole seconds; zero: unknown).
	Ref time.Duration
	// App is the deal's app (zero: unknown, as for a task stored before it was kept).
	App          common.Address
	ResultDigest [32]byte // zero until known
	UpdatedAt    time.Time
	// ConsensusValue and RevealDeadline are set while the task is REVEALING (zero
	// otherwise): the winning result hash and when reveals close.
	ConsensusValue [32]byte
	RevealDeadline time.Time
	// RevealAsked is when the scheduler first asked the consensus group to reveal, with
	// its permit (wall clock; zero: not yet). The permit is in the reveal requests.
	RevealAsked time.Time
}

// AddTasks stores new tasks, stamped updated at; their deal must be stored. A task whose
// ID is already stored is left as it is, so replaying a block is harmless.
func (t *Tx) AddTasks(ctx context.Context, tasks []Task, at time.Time) error {
	for _, tk := range tasks {
		t.markTask(tk.ID, partAll)
		_, err := t.exec(ctx, `INSERT INTO tasks (id, deal_id, idx, status, trust, tag, executor,
				contribution_deadline, final_deadline, result_digest, updated_at, ref, app)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			hexID(tk.ID), hexID(tk.Deal), int64(tk.Index), int(tk.Status), int64(tk.Trust), hexID(tk.Tag),
			tk.Executor, unixTime(tk.ContributionDeadline), unixTime(tk.FinalDeadline),
			digestText(tk.ResultDigest), unixTime(at), int64(tk.Ref/time.Second), appText(tk.App))
		if err != nil {
			if !t.exists(ctx, `SELECT 1 FROM deals WHERE id = ?`, hexID(tk.Deal)) {
				return fmt.Errorf("%w: %s (task %s)", ErrUnknownDeal, hexID(tk.Deal), hexID(tk.ID))
			}
			return fmt.Errorf("store: add task %s: %w", hexID(tk.ID), err)
		}
	}
	return nil
}

// AddTasks is [Tx.AddTasks] in a transaction of its own.
func (s *Store) AddTasks(ctx context.Context, tasks []Task, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.AddTasks(ctx, tasks, at) })
}

// SetTaskStatus sets task's status; ErrUnknownTask if there is no such task, ErrTerminal
// if it is COMPLETED or FAILED and status differs.
func (t *Tx) SetTaskStatus(ctx context.Context, task [32]byte, status plan.Status, at time.Time) error {
	if status > plan.StatusFailed {
		return fmt.Errorf("store: task %s: invalid status %v", hexID(task), status)
	}
	t.markTask(task, partRow)
	res, err := t.exec(ctx, `UPDATE tasks SET status = ?, updated_at = ? WHERE id = ? AND (status < 3 OR status = ?)`,
		int(status), unixTime(at), hexID(task), int(status))
	return t.checkTaskUpdate(ctx, task, res, err, "set status")
}

// SetTaskStatus is [Tx.SetTaskStatus] in a transaction of its own.
func (s *Store) SetTaskStatus(ctx context.Context, task [32]byte, status plan.Status, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.SetTaskStatus(ctx, task, status, at) })
}

// SetTaskResult records task's result digest; ErrUnknownTask if there is no such task.
func (t *Tx) SetTaskResult(ctx context.Context, task [32]byte, digest [32]byte, at time.Time) error {
	t.markTask(task, partRow)
	res, err := t.exec(ctx, `UPDATE tasks SET result_digest = ?, updated_at = ? WHERE id = ?`,
		digestText(digest), unixTime(at), hexID(task))
	return t.checkTaskUpdate(ctx, task, res, err, "set result")
}

// SetTaskResult is [Tx.SetTaskResult] in a transaction of its own.
func (s *Store) SetTaskResult(ctx context.Context, task [32]byte, digest [32]byte, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.SetTaskResult(ctx, task, digest, at) })
}

// checkTaskUpdate turns an UPDATE of one task that changed nothing into ErrUnknownTask or
// ErrTerminal.
func (t *Tx) checkTaskUpdate(ctx context.Context, task [32]byte, res sql.Result, err error, what string) error {
	if err != nil {
		return fmt.Errorf("store: %s of task %s: %w", what, hexID(task), err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return err
	}
	if !t.exists(ctx, `SELECT 1 FROM tasks WHERE id = ?`, hexID(task)) {
		return fmt.Errorf("%w: %s", ErrUnknownTask, hexID(task))
	}
	return fmt.Errorf("%w: %s", ErrTerminal, hexID(task))
}

// Task returns the stored task id; ErrUnknownTask if none.
func (s *Store) Task(ctx context.Context, id [32]byte) (Task, error) {
	rows, err := s.query(ctx, taskSelect+` WHERE id = ?`, hexID(id))
	if err != nil {
		return Task{}, fmt.Errorf("store: task: %w", err)
	}
	ts, err := scanTasks(rows)
	if err != nil {
		return Task{}, err
	}
	if len(ts) == 0 {
		return Task{}, fmt.Errorf("%w: %s", ErrUnknownTask, hexID(id))
	}
	return ts[0], nil
}

const taskSelect = `SELECT id, deal_id, idx, status, trust, tag, executor, contribution_deadline,
	final_deadline, result_digest, updated_at, consensus_value, reveal_deadline, reveal_asked, ref, app FROM tasks`

func scanTasks(rows *sql.Rows) ([]Task, error) {
	defer rows.Close()
	var out []Task
	for rows.Next() {
		var (
			id, deal, tag, digest, cons, app       string
			idx, trust, cdl, fdl, upd, rdl, asked  int64
			ref                                    int64
			status                                 int
			tk                                     Task
			errID, errDeal, errTag, errDig, errCon error
		)
		if err := rows.Scan(&id, &deal, &idx, &status, &trust, &tag, &tk.Executor, &cdl, &fdl, &digest, &upd, &cons, &rdl, &asked, &ref, &app); err != nil {
			return nil, fmt.Errorf("store: scan task: %w", err)
		}
		tk.ID, errID = parseID(id)
		tk.Deal, errDeal = parseID(deal)
		tk.Tag, errTag = parseID(tag)
		if digest != "" {
			tk.ResultDigest, errDig = parseID(digest)
		}
		if cons != "" {
			tk.ConsensusValue, errCon = parseID(cons)
		}
		if err := errors.Join(errID, errDeal, errTag, errDig, errCon); err != nil {
			return nil, err
		}
		tk.Index, tk.Status, tk.Trust = uint64(idx), plan.Status(status), uint64(trust)
		tk.ContributionDeadline, tk.FinalDeadline, tk.UpdatedAt = fromUnix(cdl), fromUnix(fdl), fromUnix(upd)
		tk.RevealDeadline, tk.RevealAsked = fromUnix(rdl), fromUnix(asked)
		tk.Ref = time.Duration(ref) * time.Second
		var err error
		if tk.App, err = parseApp(app); err != nil {
			return nil, err
		}
		out = append(out, tk)
	}
	return out, rows.Err()
}

// appText is a task's app as stored: the empty string when unknown.
func appText(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return hexAddr(a)
}

func parseApp(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, nil
	}
	return parseAddr(s)
}

func digestText(d [32]byte) string {
	if d == ([32]byte{}) {
		return ""
	}
	return hexID(d)
}

func (t *Tx) exists(ctx context.Context, query string, args ...any) bool {
	var one int
	return t.queryRow(ctx, query, args...).Scan(&one) == nil
}
