package store

// What the scheduler daemon needs besides the planner's view: consensus, rejections and
// offenses from chain events, the authorization and progress of each replicate, reveal
// requests, and the reads its loops and worker API make.

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/scheduler/plan"
)

// ───────────────────────────── chain events ─────────────────────────────

// SetTaskConsensus records that task reached consensus on value (a result hash): it is
// REVEALING until revealDeadline. ErrUnknownTask, ErrTerminal as SetTaskStatus.
func (t *Tx) SetTaskConsensus(ctx context.Context, task, value [32]byte, revealDeadline, at time.Time) error {
	t.markTask(task, partRow)
	res, err := t.exec(ctx, `UPDATE tasks SET status = ?, consensus_value = ?, reveal_deadline = ?, updated_at = ?
		WHERE id = ? AND status < 3`,
		int(plan.StatusRevealing), hexID(value), unixTime(revealDeadline), unixTime(at), hexID(task))
	return t.checkTaskUpdate(ctx, task, res, err, "set consensus")
}

// RejectContribution records that worker's contribution to task was rejected on chain (a
// finalize or a claim: ContributionRejected). ErrUnknownTask if the task is not stored; a
// contribution that is not stored is ignored.
func (t *Tx) RejectContribution(ctx context.Context, task [32]byte, worker common.Address) error {
	t.markTask(task, partVotes)
	if !t.exists(ctx, `SELECT 1 FROM tasks WHERE id = ?`, hexID(task)) {
		return fmt.Errorf("%w: %s", ErrUnknownTask, hexID(task))
	}
	_, err := t.exec(ctx, `UPDATE contributions SET rejected = 1 WHERE task_id = ? AND worker = ?`,
		hexID(task), hexAddr(worker))
	if err != nil {
		return fmt.Errorf("store: reject contribution: %w", err)
	}
	return nil
}

// ProvenWrong marks the rejected contributions of task whose result hash is not final
// (every rejected one when final is nil: a claim) as proven wrong, and returns their
// workers. A contribution already marked is not returned again, so replaying the block
// that ended the task counts no offense twice.
func (t *Tx) ProvenWrong(ctx context.Context, task [32]byte, final *[32]byte) ([]common.Address, error) {
	t.markTask(task, partVotes)
	other := ""
	if final != nil {
		other = hexID(*final)
	}
	rows, err := t.query(ctx, `UPDATE contributions SET proven_wrong = 1
		WHERE task_id = ? AND rejected = 1 AND proven_wrong = 0 AND result_hash <> ? RETURNING worker`,
		hexID(task), other)
	if err != nil {
		return nil, fmt.Errorf("store: proven wrong: %w", err)
	}
	defer rows.Close()
	var out []common.Address
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return nil, fmt.Errorf("store: proven wrong: %w", err)
		}
		a, err := parseAddr(w)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: proven wrong: %w", err)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return out, nil
}

// RecordReveal records worker's reveal of digest for task: its contribution is revealed,
// its assignment (if any) moves to revealed, and the task's result digest is set if it
// was not. A task that is not stored is ignored.
func (t *Tx) RecordReveal(ctx context.Context, task [32]byte, worker common.Address, digest [32]byte, at time.Time) error {
	t.markTask(task, partRow|partVotes|partAssigns)
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`UPDATE contributions SET revealed = 1 WHERE task_id = ? AND worker = ?`, []any{hexID(task), hexAddr(worker)}},
		{`UPDATE assignments SET state = 'revealed', updated_at = ? WHERE task_id = ? AND worker = ? AND state = 'contributed'`,
			[]any{unixTime(at), hexID(task), hexAddr(worker)}},
		{`UPDATE tasks SET result_digest = ?, updated_at = ? WHERE id = ? AND result_digest = ''`,
			[]any{digestText(digest), unixTime(at), hexID(task)}},
	} {
		if _, err := t.exec(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("store: record reveal: %w", err)
		}
	}
	return nil
}

// SetWorkerScore records a registered worker's new score; an unknown worker is ignored.
func (t *Tx) SetWorkerScore(ctx context.Context, worker common.Address, score uint64, at time.Time) error {
	t.markWorker(worker)
	_, err := t.exec(ctx, `UPDATE workers SET score = ?, updated_at = ? WHERE address = ?`,
		int64(score), unixTime(at), hexAddr(worker))
	if err != nil {
		return fmt.Errorf("store: worker score: %w", err)
	}
	return nil
}

// ───────────────────────────── tasks ─────────────────────────────

// TasksWithStatus returns the tasks in one of statuses, by ID.
func (s *Store) TasksWithStatus(ctx context.Context, statuses ...plan.Status) ([]Task, error) {
	var out []Task
	for _, st := range statuses {
		rows, err := s.query(ctx, taskSelect+` WHERE status = ? ORDER BY id`, int(st))
		if err != nil {
			return nil, fmt.Errorf("store: tasks: %w", err)
		}
		ts, err := scanTasks(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, ts...)
	}
	return out, nil
}

// RevealTasks returns the tasks whose consensus group is asked to reveal, by ID: those
// REVEALING, and those not COMPLETED or FAILED whose reveals the scheduler permitted.
func (s *Store) RevealTasks(ctx context.Context) ([]Task, error) {
	var out []Task
	err := s.withView(ctx, func(v *view) error {
		for _, t := range v.sortedTasks((*viewTask).asked) {
			out = append(out, t.Task)
		}
		return nil
	})
	return out, err
}

// RevealView is a task whose consensus group is asked to reveal (see RevealViews), with
// its contributions in chain order and its reveal requests oldest first.
type RevealView struct {
	Task          Task
	Contributions []Contribution
	Reveals       []RevealRequest
}

// RevealViews returns the tasks RevealTasks returns, by ID, each with its contributions
// and reveal requests, served from the planner's view in memory (see view) whatever the
// number of tasks: the plan loop and the transaction loop look after every such task in each of
// their rounds, and rounds come with every worker report and block.
func (s *Store) RevealViews(ctx context.Context) ([]RevealView, error) {
	var out []RevealView
	err := s.withView(ctx, func(v *view) error {
		for _, t := range v.sortedTasks((*viewTask).asked) {
			out = append(out, RevealView{Task: t.Task, Contributions: slices.Clone(t.votes), Reveals: t.revealRequests()})
		}
		return nil
	})
	return out, err
}

// ExpiredTasks returns the tasks that are not COMPLETED or FAILED and whose final
// deadline is at or before now (they can be claimed), by deal and index.
func (s *Store) ExpiredTasks(ctx context.Context, now time.Time) ([]Task, error) {
	var out []Task
	err := s.withView(ctx, func(v *view) error {
		cut := unixTime(now)
		for _, t := range v.tasks {
			if !t.FinalDeadline.IsZero() && unixTime(t.FinalDeadline) <= cut {
				out = append(out, t.Task)
			}
		}
		return nil
	})
	slices.SortFunc(out, byDealIndex)
	return out, err
}

// Counts returns the number of deals and of tasks by status.
func (s *Store) Counts(ctx context.Context) (deals int, tasks map[plan.Status]int, err error) {
	if err := s.queryRow(ctx, `SELECT COUNT(*) FROM deals`).Scan(&deals); err != nil {
		return 0, nil, fmt.Errorf("store: counts: %w", err)
	}
	rows, err := s.query(ctx, `SELECT status, COUNT(*) FROM tasks GROUP BY status`)
	if err != nil {
		return 0, nil, fmt.Errorf("store: counts: %w", err)
	}
	defer rows.Close()
	tasks = map[plan.Status]int{}
	for rows.Next() {
		var st, n int
		if err := rows.Scan(&st, &n); err != nil {
			return 0, nil, fmt.Errorf("store: counts: %w", err)
		}
		tasks[plan.Status(st)] = n
	}
	return deals, tasks, rows.Err()
}

// Contribution is a contribution as stored.
type Contribution struct {
	Worker     common.Address
	ResultHash [32]byte
	Weight     uint64
	Block      uint64
	Rejected   bool // rejected on chain, by a finalize or a claim
	Revealed   bool // its reveal is on chain
}

// Contributions returns task's contributions in the order they were recorded (chain order).
func (s *Store) Contributions(ctx context.Context, task [32]byte) ([]Contribution, error) {
	rows, err := s.query(ctx, `SELECT worker, result_hash, weight, block, rejected, revealed
		FROM contributions WHERE task_id = ? ORDER BY rowid`, hexID(task))
	if err != nil {
		return nil, fmt.Errorf("store: contributions: %w", err)
	}
	var out []Contribution
	err = scanContributions(rows, false, func(_ [32]byte, c Contribution) { out = append(out, c) })
	return out, err
}

// scanContributions scans rows of (worker, result_hash, weight, block, rejected,
// revealed), each led by its task ID if withTask, into fn, and closes them.
func scanContributions(rows *sql.Rows, withTask bool, fn func(task [32]byte, c Contribution)) error {
	defer rows.Close()
	for rows.Next() {
		var (
			id, w, h      string
			weight, block int64
			c             Contribution
			task          [32]byte
			err0          error
		)
		dest := []any{&w, &h, &weight, &block, &c.Rejected, &c.Revealed}
		if withTask {
			dest = append([]any{&id}, dest...)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("store: contributions: %w", err)
		}
		if withTask {
			task, err0 = parseID(id)
		}
		var err1, err2 error
		c.Worker, err1 = parseAddr(w)
		c.ResultHash, err2 = parseID(h)
		if err := errors.Join(err0, err1, err2); err != nil {
			return err
		}
		c.Weight, c.Block = uint64(weight), uint64(block)
		fn(task, c)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: contributions: %w", err)
	}
	return nil
}

// ───────────────────────────── assignments ─────────────────────────────

// AssignmentRecord is one replicate as the worker API serves it.
type AssignmentRecord struct {
	Task          [32]byte
	Deal          [32]byte
	Index         uint64
	TaskStatus    plan.Status
	Worker        common.Address
	State         AssignmentState
	Since         time.Time
	Authorization []byte // the scheduler's signature for this worker and task
	Step          string // the last step the worker reported ("" for none)
	Digest        [32]byte
	Error         string
	CancelSent    bool      // the worker was told to drop it
	Check         bool      // a hidden check (never told to the worker)
	Deadline      time.Time // its progress deadline (wall clock; zero: none)
}

const assignmentSelect = `SELECT a.task_id, t.deal_id, t.idx, t.status, a.worker, a.state, a.since, a.auth_sig,
	a.step, a.digest, a.error, a.cancel_sent, a.is_check, a.deadline FROM assignments a JOIN tasks t ON t.id = a.task_id`

func scanAssignments(rows *sql.Rows) ([]AssignmentRecord, error) {
	defer rows.Close()
	var out []AssignmentRecord
	for rows.Next() {
		var (
			task, deal, worker, state, auth, digest string
			idx, since, deadline                    int64
			status                                  int
			a                                       AssignmentRecord
			err1, err2, err3, err4, err5            error
		)
		if err := rows.Scan(&task, &deal, &idx, &status, &worker, &state, &since, &auth, &a.Step, &digest, &a.Error, &a.CancelSent, &a.Check, &deadline); err != nil {
			return nil, fmt.Errorf("store: scan assignment: %w", err)
		}
		a.Task, err1 = parseID(task)
		a.Deal, err2 = parseID(deal)
		a.Worker, err3 = parseAddr(worker)
		if auth != "" {
			a.Authorization, err4 = hexutil.Decode(auth)
		}
		if digest != "" {
			a.Digest, err5 = parseID(digest)
		}
		if err := errors.Join(err1, err2, err3, err4, err5); err != nil {
			return nil, err
		}
		a.Index, a.TaskStatus, a.State, a.Since = uint64(idx), plan.Status(status), AssignmentState(state), fromUnix(since)
		a.Deadline = fromUnix(deadline)
		out = append(out, a)
	}
	return out, rows.Err()
}

// SetAuthorization stores the scheduler's signed authorization for worker's replicate of
// task; ErrNotAssigned if there is no such assignment.
func (t *Tx) SetAuthorization(ctx context.Context, task [32]byte, worker common.Address, sig []byte) error {
	t.markTask(task, partAssigns)
	res, err := t.exec(ctx, `UPDATE assignments SET auth_sig = ? WHERE task_id = ? AND worker = ?`,
		hexutil.Encode(sig), hexID(task), hexAddr(worker))
	return oneRow(res, err, fmt.Errorf("%w: task %s, worker %s", ErrNotAssigned, hexID(task), hexAddr(worker)))
}

// SetDeadline sets the progress deadline (wall clock) of worker's replicate of task;
// ErrNotAssigned if there is no such assignment.
func (t *Tx) SetDeadline(ctx context.Context, task [32]byte, worker common.Address, deadline time.Time) error {
	t.markTask(task, partAssigns)
	res, err := t.exec(ctx, `UPDATE assignments SET deadline = ? WHERE task_id = ? AND worker = ?`,
		unixTime(deadline), hexID(task), hexAddr(worker))
	return oneRow(res, err, fmt.Errorf("%w: task %s, worker %s", ErrNotAssigned, hexID(task), hexAddr(worker)))
}

// ExtendDeadline moves the progress deadline of worker's replicate of task to deadline
// if that is later, while the replicate is assigned and has a deadline (a queued
// replicate's run starts later than its assignment). It reports whether it moved it.
func (s *Store) ExtendDeadline(ctx context.Context, task [32]byte, worker common.Address, deadline time.Time) (bool, error) {
	var moved bool
	err := s.report(&reportWrite{task: task, worker: worker,
		write: func(ctx context.Context, tx *Tx) (bool, error) {
			res, err := tx.exec(ctx, extendDeadlineSQL, unixTime(deadline), hexID(task), hexAddr(worker), unixTime(deadline))
			if err != nil {
				return true, fmt.Errorf("store: extend deadline: %w", err)
			}
			n, err := res.RowsAffected()
			moved = n > 0
			return moved, err
		},
		fix: func(a *viewAssign) { a.deadline = fromUnix(unixTime(deadline)) }})
	return moved, err
}

// Assignment returns worker's assignment on task; ErrNotAssigned if there is none.
func (s *Store) Assignment(ctx context.Context, task [32]byte, worker common.Address) (AssignmentRecord, error) {
	var (
		out   AssignmentRecord
		found bool
	)
	err := s.withView(ctx, func(v *view) error {
		if t := v.task(task); t != nil {
			for i := range t.assigns {
				if t.assigns[i].worker == worker {
					out, found = t.assignment(&t.assigns[i]), true
				}
			}
			if !found {
				return fmt.Errorf("%w: task %s, worker %s", ErrNotAssigned, hexID(task), hexAddr(worker))
			}
		}
		return nil
	})
	if err != nil || found {
		return out, err
	}
	// A task that ended, with nothing left to do for its workers: not in the view.
	rows, err := s.query(ctx, assignmentSelect+` WHERE a.task_id = ? AND a.worker = ?`, hexID(task), hexAddr(worker))
	if err != nil {
		return AssignmentRecord{}, fmt.Errorf("store: assignment: %w", err)
	}
	as, err := scanAssignments(rows)
	if err != nil {
		return AssignmentRecord{}, err
	}
	if len(as) == 0 {
		return AssignmentRecord{}, fmt.Errorf("%w: task %s, worker %s", ErrNotAssigned, hexID(task), hexAddr(worker))
	}
	return as[0], nil
}

// WorkerAssignments returns what the worker API may have to tell worker about its
// replicates: those on tasks that are not COMPLETED or FAILED, and those withdrawn
// (lost) that it was not told to drop yet; oldest first.
func (s *Store) WorkerAssignments(ctx context.Context, worker common.Address) ([]AssignmentRecord, error) {
	var out []aged[AssignmentRecord]
	err := s.withView(ctx, func(v *view) error {
		for id := range v.byWorker[worker] {
			t := v.task(id)
			for i := range t.assigns {
				a := &t.assigns[i]
				if a.worker == worker && (!t.Status.IsTerminal() || a.toCancel()) {
					out = append(out, aged[AssignmentRecord]{t.assignment(a), a.since, a.rowid})
				}
			}
		}
		return nil
	})
	return oldestFirst(out), err
}

// aged is an item read from the view with the keys it is listed by: the time it was
// stored (since), then its rowid.
type aged[T any] struct {
	item  T
	since time.Time
	rowid int64
}

// oldestFirst is the items of in, oldest first (then by rowid).
func oldestFirst[T any](in []aged[T]) []T {
	slices.SortFunc(in, func(a, b aged[T]) int { return cmp.Or(a.since.Compare(b.since), cmp.Compare(a.rowid, b.rowid)) })
	out := make([]T, len(in))
	for i := range in {
		out[i] = in[i].item
	}
	return out
}

// SetAssignmentStep records the last step worker reported on its replicate of task, with
// the digest (if not nil) and error it gave; ErrNotAssigned if there is no such
// assignment.
func (s *Store) SetAssignmentStep(ctx context.Context, task [32]byte, worker common.Address, step string, digest *[32]byte, errText string, at time.Time) error {
	d := ""
	if digest != nil {
		d = hexID(*digest)
	}
	return s.report(&reportWrite{task: task, worker: worker,
		write: func(ctx context.Context, tx *Tx) (bool, error) {
			ms := at.UnixMilli()
			res, err := tx.exec(ctx, setStepSQL, step, d, d, errText, unixTime(at), step, ms, step, ms, hexID(task), hexAddr(worker))
			return true, oneRow(res, err, fmt.Errorf("%w: task %s, worker %s", ErrNotAssigned, hexID(task), hexAddr(worker)))
		},
		fix: func(a *viewAssign) {
			a.stepped(step, at.UnixMilli())
			a.step, a.err = step, errText
			if digest != nil {
				a.digest = *digest
			}
		}})
}

// WorkerReport is what one report of a worker on its task writes (Store.Reports): in
// this order, each only if the ones before it succeeded, the writes whose fields are set.
type WorkerReport struct {
	Task   [32]byte
	Worker common.Address
	At     time.Time
	// AckReveal: the reveal request is acked (AckReveal).
	AckReveal bool
	// RevealState, when not empty: the reveal request moves to it, with Results and
	// Callback when not empty (SetRevealState).
	RevealState       RevealState
	Results, Callback []byte
	// State, when not empty: the assignment moves to it (SetAssignmentState).
	State AssignmentState
	// SetStep: the assignment's step, digest (when not nil) and error are recorded
	// (SetAssignmentStep).
	SetStep bool
	Step    string
	Digest  *[32]byte
	Error   string
	// Deadline, when not zero: the replicate's progress deadline moves to it if that is
	// later (ExtendDeadline).
	Deadline time.Time
}

// ErrNotApplied is the error of a report that Store.Reports did not write because one
// before it failed.
var ErrNotApplied = errors.New("store: report not applied: an earlier report of the same request failed; send it again")

// Reports stores reports in order, each as the methods its fields name would, all in one
// transaction (with the other report writes queued meanwhile; see report), and returns
// each one's error: nil; ErrNotAssigned (wrapped) for a report that found no such
// assignment or reveal request, after which the later reports are not written
// (ErrNotApplied); or the transaction's error, which then is every report's. It returns
// once they are committed.
func (s *Store) Reports(ctx context.Context, reports []WorkerReport) []error {
	ws := make([]*reportWrite, len(reports))
	failed := false // set by the writes, which run one after the other
	for i := range reports {
		w := reportOf(&reports[i])
		write := w.write
		w.write = func(ctx context.Context, tx *Tx) (bool, error) {
			if failed {
				return false, ErrNotApplied
			}
			changed, err := write(ctx, tx)
			failed = err != nil
			return changed, err
		}
		ws[i] = w
	}
	s.reportAll(ws)
	errs := make([]error, len(ws))
	for i, w := range ws {
		errs[i] = w.err
	}
	return errs
}

// reportOf is the report write of r.
func reportOf(r *WorkerReport) *reportWrite {
	task, worker, at := hexID(r.Task), hexAddr(r.Worker), unixTime(r.At)
	notAssigned := func() error { return fmt.Errorf("%w: task %s, worker %s", ErrNotAssigned, task, worker) }
	noReveal := func() error {
		return fmt.Errorf("%w: no reveal request of task %s for worker %s", ErrNotAssigned, task, worker)
	}
	var stepped, moved bool
	return &reportWrite{task: r.Task, worker: r.Worker,
		write: func(ctx context.Context, tx *Tx) (bool, error) {
			if r.AckReveal {
				tx.markTask(r.Task, partReveals)
				res, err := tx.exec(ctx, ackRevealSQL, at, task, worker)
				if err := oneRow(res, err, noReveal()); err != nil {
					return false, err
				}
			}
			if r.RevealState != "" {
				tx.markTask(r.Task, partReveals)
				res, err := tx.exec(ctx, setRevealStateSQL, string(r.RevealState), nonNil(r.Results), nonNil(r.Results),
					nonNil(r.Callback), nonNil(r.Callback), at, task, worker)
				if err := oneRow(res, err, noReveal()); err != nil {
					return false, err
				}
			}
			if r.State != "" {
				if err := tx.SetAssignmentState(ctx, r.Task, r.Worker, r.State, r.At); err != nil {
					return false, err
				}
			}
			if r.SetStep {
				d := ""
				if r.Digest != nil {
					d = hexID(*r.Digest)
				}
				ms := r.At.UnixMilli()
				res, err := tx.exec(ctx, setStepSQL, r.Step, d, d, r.Error, at, r.Step, ms, r.Step, ms, task, worker)
				if err := oneRow(res, err, notAssigned()); err != nil {
					return false, err
				}
				stepped = true
			}
			if !r.Deadline.IsZero() {
				dl := unixTime(r.Deadline)
				res, err := tx.exec(ctx, extendDeadlineSQL, dl, task, worker, dl)
				if err != nil {
					return stepped, fmt.Errorf("store: extend deadline: %w", err)
				}
				n, err := res.RowsAffected()
				if err != nil {
					return stepped, err
				}
				moved = n > 0
			}
			return stepped || moved, nil
		},
		fix: func(a *viewAssign) {
			if stepped {
				a.stepped(r.Step, r.At.UnixMilli())
				a.step, a.err = r.Step, r.Error
				if r.Digest != nil {
					a.digest = *r.Digest
				}
			}
			if moved {
				a.deadline = fromUnix(unixTime(r.Deadline))
			}
		}}
}

// MarkCancelSent records that worker was told to drop its replicates of tasks.
func (s *Store) MarkCancelSent(ctx context.Context, worker common.Address, tasks [][32]byte) error {
	if len(tasks) == 0 {
		return nil
	}
	return s.do(ctx, func(t *Tx) error {
		for _, task := range tasks {
			t.markTask(task, partAssigns)
			if _, err := t.exec(ctx, `UPDATE assignments SET cancel_sent = 1 WHERE task_id = ? AND worker = ?`,
				hexID(task), hexAddr(worker)); err != nil {
				return fmt.Errorf("store: cancel sent: %w", err)
			}
		}
		return nil
	})
}

// WithdrawClosed withdraws (state assigned → lost) the replicates that can no longer be
// contributed: on tasks past ACTIVE, or whose contribution deadline is at or before now
// (chain time). It returns how many it withdrew; their workers are then told to drop them.
func (s *Store) WithdrawClosed(ctx context.Context, now, at time.Time) (int, error) {
	// Most rounds have nothing to withdraw: the view says so without a statement.
	var due bool
	if err := s.withView(ctx, func(v *view) error { due = v.withdrawable(now); return nil }); err != nil {
		return 0, err
	}
	if !due {
		return 0, nil
	}
	rows, err := s.query(ctx, `UPDATE assignments SET state = 'lost', updated_at = ?
		WHERE state = 'assigned' AND EXISTS (SELECT 1 FROM tasks t WHERE t.id = assignments.task_id
			AND (t.status >= 2 OR (t.contribution_deadline > 0 AND t.contribution_deadline <= ?)))
		RETURNING task_id`,
		unixTime(at), unixTime(now))
	if err != nil {
		return 0, fmt.Errorf("store: withdraw closed: %w", err)
	}
	var tasks [][32]byte
	err = func() error {
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return err
			}
			tid, err := parseID(id)
			if err != nil {
				return err
			}
			tasks = append(tasks, tid)
		}
		return rows.Err()
	}()
	s.mark(partAssigns, tasks)
	if err != nil {
		s.view.add(&marks{all: true}) // the rows not read back may have been withdrawn too
		return 0, fmt.Errorf("store: withdraw closed: %w", err)
	}
	return len(tasks), nil
}

// ───────────────────────────── reveal requests ─────────────────────────────

// RevealState is the life of a reveal request.
type RevealState string

// Reveal request states.
const (
	RevealAsked  RevealState = "asked"  // delivered to the worker until it reports progress
	RevealAcked  RevealState = "acked"  // the worker reported its reveal (the uploader: its upload)
	RevealFailed RevealState = "failed" // the worker gave up
)

// RevealRequest is a consensus-group member asked to reveal its result for a task.
type RevealRequest struct {
	Task     [32]byte
	Deal     [32]byte
	Index    uint64
	Worker   common.Address
	Upload   bool // it also uploads the result
	State    RevealState
	Results  []byte // what the worker reported as the results location (upload)
	Callback []byte // the callback data it reported
	Revealed bool   // its reveal is on chain
	Since    time.Time
	// Permit is the scheduler's signed permit that opens the task's reveals (the task's,
	// the same for every member).
	Permit []byte
}

const revealSelect = `SELECT r.task_id, t.deal_id, t.idx, r.worker, r.upload, r.state, r.results, r.callback,
	COALESCE(c.revealed, 0), r.since, t.reveal_permit FROM reveals r JOIN tasks t ON t.id = r.task_id
	LEFT JOIN contributions c ON c.task_id = r.task_id AND c.worker = r.worker`

func scanReveals(rows *sql.Rows) ([]RevealRequest, error) {
	defer rows.Close()
	var out []RevealRequest
	for rows.Next() {
		var (
			task, deal, worker, state, permit string
			idx, since                        int64
			r                                 RevealRequest
			err1, err2, err3, err4            error
		)
		if err := rows.Scan(&task, &deal, &idx, &worker, &r.Upload, &state, &r.Results, &r.Callback, &r.Revealed, &since, &permit); err != nil {
			return nil, fmt.Errorf("store: scan reveal: %w", err)
		}
		r.Task, err1 = parseID(task)
		r.Deal, err2 = parseID(deal)
		r.Worker, err3 = parseAddr(worker)
		if permit != "" {
			r.Permit, err4 = hexutil.Decode(permit)
		}
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return nil, err
		}
		r.Index, r.State, r.Since = uint64(idx), RevealState(state), fromUnix(since)
		out = append(out, r)
	}
	return out, rows.Err()
}

// SetRevealPermit records the scheduler's signed permit that opens task's reveals, and at
// as the time the reveals were first asked. Both are kept once set: a later call changes
// nothing, so a restarted scheduler serves the same permit. ErrUnknownTask, ErrTerminal as
// SetTaskStatus.
func (t *Tx) SetRevealPermit(ctx context.Context, task [32]byte, permit []byte, at time.Time) error {
	t.markTask(task, partRow)
	res, err := t.exec(ctx, `UPDATE tasks SET
		reveal_permit = CASE WHEN reveal_permit = '' THEN ? ELSE reveal_permit END,
		reveal_asked = CASE WHEN reveal_asked = 0 THEN ? ELSE reveal_asked END
		WHERE id = ? AND status < 3`, hexutil.Encode(permit), unixTime(at), hexID(task))
	return t.checkTaskUpdate(ctx, task, res, err, "set reveal permit")
}

// RevealPermit returns task's stored reveal permit (nil: none yet).
func (s *Store) RevealPermit(ctx context.Context, task [32]byte) ([]byte, error) {
	var permit string
	err := s.queryRow(ctx, `SELECT reveal_permit FROM tasks WHERE id = ?`, hexID(task)).Scan(&permit)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, fmt.Errorf("%w: %s", ErrUnknownTask, hexID(task))
	case err != nil:
		return nil, fmt.Errorf("store: reveal permit: %w", err)
	case permit == "":
		return nil, nil
	}
	return hexutil.Decode(permit)
}

// AskReveals asks workers to reveal their result for task (state asked, no upload); a
// worker already asked is left as it is. It returns how many were asked now.
func (t *Tx) AskReveals(ctx context.Context, task [32]byte, workers []common.Address, at time.Time) (int, error) {
	t.markTask(task, partReveals)
	n := 0
	for _, w := range workers {
		res, err := t.exec(ctx, `INSERT INTO reveals (task_id, worker, since, updated_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (task_id, worker) DO NOTHING`, hexID(task), hexAddr(w), unixTime(at), unixTime(at))
		if err != nil {
			return n, fmt.Errorf("store: ask reveals: %w", err)
		}
		if k, err := res.RowsAffected(); err == nil {
			n += int(k)
		}
	}
	return n, nil
}

// AskReveals is [Tx.AskReveals] in a transaction of its own.
func (s *Store) AskReveals(ctx context.Context, task [32]byte, workers []common.Address, at time.Time) (int, error) {
	var n int
	err := s.do(ctx, func(t *Tx) error {
		var err error
		n, err = t.AskReveals(ctx, task, workers, at)
		return err
	})
	return n, err
}

// SetUploader makes worker the one that uploads task's result (its request is asked
// again, so it is delivered with Upload), and no other; ErrNotAssigned if worker has no
// reveal request for task.
func (t *Tx) SetUploader(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	t.markTask(task, partReveals)
	res, err := t.exec(ctx, `UPDATE reveals SET upload = 1, state = 'asked', updated_at = ?
		WHERE task_id = ? AND worker = ?`, unixTime(at), hexID(task), hexAddr(worker))
	if err := oneRow(res, err, fmt.Errorf("%w: no reveal request of task %s for worker %s", ErrNotAssigned, hexID(task), hexAddr(worker))); err != nil {
		return err
	}
	_, err = t.exec(ctx, `UPDATE reveals SET upload = 0, updated_at = ? WHERE task_id = ? AND worker <> ? AND upload = 1`,
		unixTime(at), hexID(task), hexAddr(worker))
	return err
}

// SetUploader is [Tx.SetUploader] in a transaction of its own.
func (s *Store) SetUploader(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	return s.do(ctx, func(t *Tx) error { return t.SetUploader(ctx, task, worker, at) })
}

const (
	setRevealStateSQL = `UPDATE reveals SET state = ?,
		results = CASE WHEN length(?) > 0 THEN ? ELSE results END,
		callback = CASE WHEN length(?) > 0 THEN ? ELSE callback END, updated_at = ?
		WHERE task_id = ? AND worker = ?`
	ackRevealSQL = `UPDATE reveals SET
		state = CASE WHEN state = 'asked' AND NOT (upload = 1 AND length(results) = 0) THEN 'acked' ELSE state END,
		updated_at = ? WHERE task_id = ? AND worker = ?`
	// setStepSQL's arguments: step, digest, digest, error, updated_at, then step and the
	// time in unix milliseconds twice (the run time, see viewAssign.stepped), task, worker.
	setStepSQL = `UPDATE assignments SET step = ?, digest = CASE WHEN ? = '' THEN digest ELSE ? END,
		error = ?, updated_at = ?,
		started_ms = CASE WHEN ? = 'started' AND started_ms = 0 THEN ? ELSE started_ms END,
		run_ms = CASE WHEN ? = 'computed' AND started_ms > 0 AND run_ms < 0 THEN MAX(0, ? - started_ms) ELSE run_ms END
		WHERE task_id = ? AND worker = ?`
	extendDeadlineSQL = `UPDATE assignments SET deadline = ?
		WHERE task_id = ? AND worker = ? AND state = 'assigned' AND deadline > 0 AND deadline < ?`
)

// SetRevealState moves worker's reveal request for task to state, recording results and
// callback when they are not empty; ErrNotAssigned if there is no such request.
func (s *Store) SetRevealState(ctx context.Context, task [32]byte, worker common.Address, state RevealState, results, callback []byte, at time.Time) error {
	res, err := s.exec(ctx, setRevealStateSQL,
		string(state), nonNil(results), nonNil(results), nonNil(callback), nonNil(callback), unixTime(at), hexID(task), hexAddr(worker))
	s.mark(partReveals, [][32]byte{task})
	return oneRow(res, err, fmt.Errorf("%w: no reveal request of task %s for worker %s", ErrNotAssigned, hexID(task), hexAddr(worker)))
}

// AckReveal records that worker reported its reveal of task: its request is acked,
// unless it is the uploader and no results location is known yet (the upload is still
// asked for). ErrNotAssigned if there is no such request.
func (s *Store) AckReveal(ctx context.Context, task [32]byte, worker common.Address, at time.Time) error {
	res, err := s.exec(ctx, ackRevealSQL, unixTime(at), hexID(task), hexAddr(worker))
	s.mark(partReveals, [][32]byte{task})
	return oneRow(res, err, fmt.Errorf("%w: no reveal request of task %s for worker %s", ErrNotAssigned, hexID(task), hexAddr(worker)))
}

// TaskReveals returns task's reveal requests, oldest first.
func (s *Store) TaskReveals(ctx context.Context, task [32]byte) ([]RevealRequest, error) {
	rows, err := s.query(ctx, revealSelect+` WHERE r.task_id = ? ORDER BY r.rowid`, hexID(task))
	if err != nil {
		return nil, fmt.Errorf("store: task reveals: %w", err)
	}
	return scanReveals(rows)
}

// Reveal returns worker's reveal request for task; ErrNotAssigned if there is none.
func (s *Store) Reveal(ctx context.Context, task [32]byte, worker common.Address) (RevealRequest, error) {
	var (
		out    RevealRequest
		inView bool
	)
	err := s.withView(ctx, func(v *view) error {
		t := v.task(task)
		if t == nil {
			return nil
		}
		inView = true
		for i := range t.reveals {
			if t.reveals[i].Worker == worker {
				out = t.reveal(&t.reveals[i])
				return nil
			}
		}
		return fmt.Errorf("%w: no reveal request of task %s for worker %s", ErrNotAssigned, hexID(task), hexAddr(worker))
	})
	if err != nil || inView {
		return out, err
	}
	// A task that ended, with nothing left to do for its workers: not in the view.
	rows, err := s.query(ctx, revealSelect+` WHERE r.task_id = ? AND r.worker = ?`, hexID(task), hexAddr(worker))
	if err != nil {
		return RevealRequest{}, fmt.Errorf("store: reveal: %w", err)
	}
	rs, err := scanReveals(rows)
	if err != nil {
		return RevealRequest{}, err
	}
	if len(rs) == 0 {
		return RevealRequest{}, fmt.Errorf("%w: no reveal request of task %s for worker %s", ErrNotAssigned, hexID(task), hexAddr(worker))
	}
	return rs[0], nil
}

// OpenReveals returns the reveal requests of the tasks that are not COMPLETED or FAILED,
// by task, oldest first.
func (s *Store) OpenReveals(ctx context.Context) (map[[32]byte][]RevealRequest, error) {
	out := map[[32]byte][]RevealRequest{}
	err := s.withView(ctx, func(v *view) error {
		for id, t := range v.tasks {
			if len(t.reveals) > 0 {
				out[id] = t.revealRequests()
			}
		}
		return nil
	})
	return out, err
}

// WorkerReveals returns worker's reveal requests still asked on tasks that are not
// COMPLETED or FAILED (ACTIVE ones wait for their first reveal, which the permit opens),
// oldest first.
func (s *Store) WorkerReveals(ctx context.Context, worker common.Address) ([]RevealRequest, error) {
	var out []aged[RevealRequest]
	err := s.withView(ctx, func(v *view) error {
		for id := range v.byWorker[worker] {
			t := v.tasks[id]
			if t == nil {
				continue
			}
			for i := range t.reveals {
				if r := &t.reveals[i]; r.Worker == worker && r.State == RevealAsked {
					out = append(out, aged[RevealRequest]{t.reveal(r), r.Since, t.revealRows[i]})
				}
			}
		}
		return nil
	})
	return oldestFirst(out), err
}

// ───────────────────────────── helpers ─────────────────────────────

// oneRow turns an UPDATE that changed no row into notFound.
func oneRow(res sql.Result, err error, notFound error) error {
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return notFound
	}
	return nil
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
