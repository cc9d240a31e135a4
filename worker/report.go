package worker

import (
	"context"
	"errors"
	"fmt"
	"slices"
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

// maxReportBatch and maxReportBytes bound what one request of the report loop carries:
// at most this many reports (api.MaxReports) and about this many bytes of them (a
// scheduler reads at most 1 MiB per report and 8 MiB per request).
const (
	maxReportBatch = api.MaxReports
	maxReportBytes = 4 << 20
)

// reportSize is about how many bytes r takes in a request.
func reportSize(r *api.Report) int {
	return 400 + 2*(len(r.Results)+len(r.Callback)) + len(r.Error) + len(r.Code)
}

// nextReports is the head of the queue that one request carries (at least one report).
func (w *Worker) nextReports() []api.Report {
	w.reportMu.Lock()
	defer w.reportMu.Unlock()
	n, size := 0, 0
	for n < len(w.reportQ) && n < maxReportBatch {
		size += reportSize(&w.reportQ[n])
		if n > 0 && size > maxReportBytes {
			break
		}
		n++
	}
	return slices.Clone(w.reportQ[:n])
}

// reportLoop sends the queued reports in order, everything queued in one request (up to
// maxReportBatch; api.Client.Reports, which falls back to one request per report with a
// scheduler that predates the batch endpoint). Each report is answered apart: one taken,
// or refused for good (a 4xx other than those below: logged), leaves the queue; at the
// first one the scheduler cannot take now (not logged in, unreachable, 5xx, 401, 408,
// 409, 429), it and those after it stay queued and are sent again, in the same order,
// after a growing pause (the scheduler applies none of a request's reports after one
// that failed, so each task's steps arrive in order).
func (w *Worker) reportLoop(ctx context.Context) {
	backoff := 200 * time.Millisecond
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.reportWake:
		}
		for {
			batch := w.nextReports()
			if len(batch) == 0 {
				break
			}
			errs, err := w.api.Reports(ctx, batch)
			if ctx.Err() != nil {
				return
			}
			// The answered reports that leave the queue: taken, or refused for good.
			n := 0
			for _, e := range errs {
				if e != nil && refusal(e) == nil {
					err = e // 401 (session lost), 409 (not registered yet), 408, 429, 5xx
					break
				}
				r := batch[n]
				if e != nil {
					w.log.Warn("the scheduler refused a report: dropped", "task", r.TaskID.Hex(), "step", r.Step, "err", e)
				} else {
					w.log.Debug("reported", "task", r.TaskID.Hex(), "step", r.Step)
				}
				n++
			}
			if n > 0 {
				backoff = 200 * time.Millisecond
				w.reportMu.Lock()
				w.reportQ = w.reportQ[n:]
				w.reportMu.Unlock()
				for _, r := range batch[:n] {
					w.delivered(r.TaskID)
				}
			}
			if n == len(batch) {
				continue
			}
			if err == nil && n > 0 && n == len(errs) && errs[n-1] != nil {
				continue // one request per report: a refusal ended it; send the rest now
			}
			if err == nil {
				err = fmt.Errorf("the scheduler answered %d of %d reports", len(errs), len(batch))
			}
			// 401 (session lost) and 409 (not registered yet) pass once the session loop
			// logs in and registers again; 408, 429 and 5xx are worth another try too.
			if !errors.Is(err, api.ErrNotLoggedIn) {
				r := batch[n]
				w.log.Warn("report failed; trying again", "task", r.TaskID.Hex(), "step", r.Step, "reports", len(batch)-n, "err", err, "retry", backoff)
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
		}
	}
}
