package worker

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/api"
)

// report queues r for the scheduler.
func (w *Worker) report(r api.Report) {
	w.reportMu.Lock()
	w.reportQ = append(w.reportQ, r)
	w.reportMu.Unlock()
	w.wakeReports()
}

// reportQueued reports whether a report of task id waits in the queue.
func (w *Worker) reportQueued(id common.Hash) bool {
	w.reportMu.Lock()
	defer w.reportMu.Unlock()
	for _, r := range w.reportQ {
		if r.TaskID == id {
			return true
		}
	}
	return false
}

// delivered notes that a report of task id left the queue: for a dropped task with no
// report left, the request for work outstanding now is the last whose answer may still
// hold its job unknowingly (see Worker.dropped).
func (w *Worker) delivered(id common.Hash) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if at, ok := w.dropped[id]; ok && at == 0 && !w.reportQueued(id) {
		w.dropped[id] = w.pollSeq
	}
}

// reportLocked is report, for callers holding w.mu (the queue has its own lock).
func (w *Worker) reportLocked(r api.Report) { w.report(r) }

// reportProgressLocked reports t's current step (task.progress), unless that step was
// the last one queued for t. The scheduler sends a worker all its pending work again
// whenever something new comes, so without this every new job would make the worker
// repeat the progress of every task still pending (each report a request and a planning
// round), which swamps the report queue when many tasks are in flight. The queue itself
// delivers each report (it retries until the scheduler takes or refuses it), and a
// restarted worker starts with nothing reported, so it reports each task once again.
func (w *Worker) reportProgressLocked(t *task) {
	r := t.progress()
	if r.Step == t.reported {
		return
	}
	t.reported = r.Step
	w.reportLocked(r)
}

func (w *Worker) wakeReports() {
	select {
	case w.reportWake <- struct{}{}:
	default:
	}
}

// reportLoop sends the queued reports in order. A report the scheduler cannot take now
// (not logged in, unreachable, 5xx) is tried again, with a growing pause; one it refuses
// (another 4xx) is logged and dropped.
func (w *Worker) reportLoop(ctx context.Context) {
	backoff := 200 * time.Millisecond
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.reportWake:
		}
		for {
			w.reportMu.Lock()
			if len(w.reportQ) == 0 {
				w.reportMu.Unlock()
				break
			}
			r := w.reportQ[0]
			w.reportMu.Unlock()
			err := w.api.Report(ctx, r)
			if ctx.Err() != nil {
				return
			}
			// 401 (session lost) and 409 (not registered yet) pass once the session loop
			// logs in and registers again; 408 and 429 are worth another try too.
			if err != nil && refusal(err) == nil {
				if !errors.Is(err, api.ErrNotLoggedIn) {
					w.log.Warn("report failed; trying again", "task", r.TaskID.Hex(), "step", r.Step, "err", err, "retry", backoff)
				}
				t := time.NewTimer(backoff)
				select {
				case <-ctx.Done():
					t.Stop()
					return
				case <-t.C:
				case <-w.reportWake: // logged in again, or a new report: try now
					t.Stop()
				}
				backoff = min(2*backoff, 30*time.Second)
				continue
			}
			if err != nil {
				w.log.Warn("the scheduler refused a report: dropped", "task", r.TaskID.Hex(), "step", r.Step, "err", err)
			} else {
				w.log.Debug("reported", "task", r.TaskID.Hex(), "step", r.Step)
			}
			backoff = 200 * time.Millisecond
			w.reportMu.Lock()
			w.reportQ = w.reportQ[1:]
			w.reportMu.Unlock()
			w.delivered(r.TaskID)
		}
	}
}
