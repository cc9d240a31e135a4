// Package requester is what a requester does after writing a request: choose the app,
// dataset and workerpool orders to match it with (Choose, from order files such as the
// local order folder OrdersDir), build the request (NewRequest), follow the deal's tasks
// until they end (Progress, Follow), and fetch and check each completed task's result
// (Download). `poco run` is built on it; so are the end-to-end tests.
//
// The package reads the chain through an *sdk.Client and results through a storage.Store
// (usually storage.HTTP, a gateway client that verifies every CID).
package requester

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/pocolabs/poco/sdk"
)

// Counts are a deal's tasks by status.
type Counts struct {
	Unset     int `json:"unset"`
	Active    int `json:"active"`
	Revealing int `json:"revealing"`
	Completed int `json:"completed"`
	Failed    int `json:"failed"`
}

// Count counts tasks by status.
func Count(tasks []*sdk.Task) Counts {
	var c Counts
	for _, t := range tasks {
		switch t.Status {
		case sdk.TaskUnset:
			c.Unset++
		case sdk.TaskActive:
			c.Active++
		case sdk.TaskRevealing:
			c.Revealing++
		case sdk.TaskCompleted:
			c.Completed++
		case sdk.TaskFailed:
			c.Failed++
		}
	}
	return c
}

// Total is the number of tasks counted.
func (c Counts) Total() int { return c.Unset + c.Active + c.Revealing + c.Completed + c.Failed }

// Done is the number of tasks that can no longer change: COMPLETED or FAILED.
func (c Counts) Done() int { return c.Completed + c.Failed }

// String is "UNSET 1, ACTIVE 0, REVEALING 0, COMPLETED 2, FAILED 0".
func (c Counts) String() string {
	return fmt.Sprintf("UNSET %d, ACTIVE %d, REVEALING %d, COMPLETED %d, FAILED %d",
		c.Unset, c.Active, c.Revealing, c.Completed, c.Failed)
}

// Progress reads the deal's tasks and counts them by status.
func Progress(ctx context.Context, c *sdk.Client, deal *sdk.Deal) (Counts, []*sdk.Task, error) {
	tasks, err := c.DealTasks(ctx, deal)
	if err != nil {
		return Counts{}, nil, err
	}
	return Count(tasks), tasks, nil
}

// DefaultInterval is how often Follow polls when given no interval.
const DefaultInterval = 2 * time.Second

// ErrDeadlinePassed is returned by Follow (wrapped in a sentence) when the deal's final
// deadline passed with tasks neither COMPLETED nor FAILED: nothing can finish them any
// more, and anyone may claim them, which refunds the payer (sdk Client.ClaimBatch,
// `poco deal claim`).
var ErrDeadlinePassed = errors.New("the deal's final deadline passed with tasks unfinished")

// maxPollErrors is how many polls in a row may fail (the node unreachable for a moment)
// before Follow gives up.
const maxPollErrors = 5

// Follow polls the deal's tasks every interval (DefaultInterval when 0 or less), calling
// progress (if not nil) after each poll, until every task is COMPLETED or FAILED; it
// returns the tasks as last read. It stops early with an error matching
// ErrDeadlinePassed when the chain's time reaches the deal's final deadline with tasks
// still unfinished (the tasks are returned too), and with ctx's error when ctx ends. A
// poll that fails is retried; five failures in a row end Follow with the last error.
func Follow(ctx context.Context, c *sdk.Client, deal *sdk.Deal, interval time.Duration, progress func(Counts, []*sdk.Task)) ([]*sdk.Task, error) {
	if interval <= 0 {
		interval = DefaultInterval
	}
	final := deal.FinalDeadline()
	var last []*sdk.Task
	for failures := 0; ; {
		tasks, now, err := poll(ctx, c, deal)
		switch {
		case err != nil && ctx.Err() != nil:
			return last, ctx.Err()
		case err != nil:
			if failures++; failures >= maxPollErrors {
				return last, fmt.Errorf("following deal %s: %w", deal.ID.Hex(), err)
			}
		default:
			failures, last = 0, tasks
			counts := Count(tasks)
			if progress != nil {
				progress(counts, tasks)
			}
			if counts.Done() == counts.Total() {
				return tasks, nil
			}
			// The time was read before the tasks: a task unfinished now stays so.
			if !now.Before(final) {
				return tasks, fmt.Errorf("%w: %d of the %d task(s) of deal %s are unfinished at the final deadline %s",
					ErrDeadlinePassed, counts.Total()-counts.Done(), counts.Total(), deal.ID.Hex(), final.Format("2006-01-02 15:04:05 UTC"))
			}
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return last, ctx.Err()
		case <-t.C:
		}
	}
}

// poll reads the chain's time, then the deal's tasks.
func poll(ctx context.Context, c *sdk.Client, deal *sdk.Deal) ([]*sdk.Task, time.Time, error) {
	now, err := c.ChainTime(ctx)
	if err != nil {
		return nil, now, err
	}
	tasks, err := c.DealTasks(ctx, deal)
	return tasks, now, err
}
