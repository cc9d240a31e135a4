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
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

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

// ReorgDepth is how many blocks below the last one read Follow reads again at each poll,
// so that a reorganization of up to that many blocks is seen: the changes of the blocks
// read again replace those read before.
const ReorgDepth = 12

// Follow follows the deal's tasks until every task is COMPLETED or FAILED, and returns
// them. Every interval (DefaultInterval when 0 or less) it reads the latest block (one
// call) and, when there are new blocks, the status changes of the deal's tasks in them
// from the hub's events (Client.DealTaskChanges: two eth_getLogs calls, whatever the
// number of tasks), from the deal's block at the first poll (a deal made before Follow
// started) and from ReorgDepth blocks below the last block read after that (a reorg);
// a node that refuses a range as too large gets it in halves. So the number of calls
// grows with the blocks, not with the tasks: 3 per poll that sees new blocks, 1 per poll
// that does not. progress (if not nil) is called after each poll with the counts and the
// tasks.
//
// The tasks, by index, carry what the events say: ID, DealID, Index, Status, and, once
// COMPLETED, ResultDigest and Results; their Contributions are empty and their times
// zero (read a task's whole history with Client.TaskOf or Client.DealTasks). A task is
// never changed once handed over: a change comes as a new *sdk.Task in the next slice.
//
// Follow stops early with an error matching ErrDeadlinePassed when the chain's time
// reaches the deal's final deadline with tasks still unfinished (the tasks are returned
// too), and with ctx's error when ctx ends. A poll that fails is retried; five failures
// in a row end Follow with the last error.
func Follow(ctx context.Context, c *sdk.Client, deal *sdk.Deal, interval time.Duration, progress func(Counts, []*sdk.Task)) ([]*sdk.Task, error) {
	if interval <= 0 {
		interval = DefaultInterval
	}
	final := deal.FinalDeadline()
	f := newFollower(deal)
	var last []*sdk.Task
	for failures := 0; ; {
		tasks, now, err := f.poll(ctx, c)
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
			// The time is the block's the tasks were read at: a task unfinished there
			// stays so.
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

// follower is Follow's state: the deal's tasks and the status changes read so far.
type follower struct {
	deal    *sdk.Deal
	ids     map[common.Hash]uint64
	tasks   []*sdk.Task        // by position (index - BotFirst)
	changes [][]sdk.TaskChange // by position, in chain order
	scanned uint64             // the last block read; valid when started
	started bool
}

func newFollower(deal *sdk.Deal) *follower {
	f := &follower{deal: deal, ids: make(map[common.Hash]uint64, deal.BotSize),
		tasks: make([]*sdk.Task, deal.BotSize), changes: make([][]sdk.TaskChange, deal.BotSize)}
	for i, idx := range deal.Indexes() {
		id := deal.TaskID(idx)
		f.ids[id] = idx
		f.tasks[i] = &sdk.Task{ID: id, DealID: deal.ID, Index: idx, Status: sdk.TaskUnset,
			Contributions: []sdk.Contribution{}, TotalWeight: new(big.Int)}
	}
	return f
}

// poll reads the latest block, then the changes of the blocks not read yet (and of the
// last ReorgDepth blocks read), and returns a fresh slice of the tasks as of that block,
// with the block's time.
func (f *follower) poll(ctx context.Context, c *sdk.Client) ([]*sdk.Task, time.Time, error) {
	head, now, err := c.Head(ctx)
	if err != nil {
		return nil, now, err
	}
	if !f.started || head != f.scanned {
		from := f.deal.Block
		if f.started {
			base := min(f.scanned, head) + 1
			if base > ReorgDepth && base-ReorgDepth > from {
				from = base - ReorgDepth
			}
		}
		changes, err := c.DealTaskChanges(ctx, f.deal, f.ids, from, head)
		if err != nil {
			return nil, now, err
		}
		f.apply(from, changes)
		f.started, f.scanned = true, head
	}
	return append([]*sdk.Task(nil), f.tasks...), now, nil
}

// apply drops the changes of blocks from `from` on (read again) and adds changes, then
// rebuilds the tasks whose changes moved.
func (f *follower) apply(from uint64, changes []sdk.TaskChange) {
	touched := map[int]bool{}
	for i, chs := range f.changes {
		n := len(chs)
		for n > 0 && chs[n-1].Block >= from {
			n--
		}
		if n != len(chs) {
			f.changes[i], touched[i] = chs[:n:n], true
		}
	}
	for _, ch := range changes {
		idx, ok := f.ids[ch.TaskID]
		if !ok {
			continue
		}
		i := int(idx - f.deal.BotFirst)
		f.changes[i] = append(f.changes[i], ch)
		touched[i] = true
	}
	for i := range touched {
		t := &sdk.Task{ID: f.tasks[i].ID, DealID: f.deal.ID, Index: f.tasks[i].Index, Status: sdk.TaskUnset,
			Contributions: []sdk.Contribution{}, TotalWeight: new(big.Int)}
		for _, ch := range f.changes[i] {
			if rank(ch.Status) >= rank(t.Status) {
				t.Status = ch.Status
				if ch.Status == sdk.TaskCompleted {
					t.ResultDigest, t.Results = ch.ResultDigest, ch.Results
				}
			}
		}
		f.tasks[i] = t
	}
}

// rank orders statuses along a task's life: a change never takes a task back.
func rank(s sdk.TaskStatus) int {
	switch s {
	case sdk.TaskActive:
		return 1
	case sdk.TaskRevealing:
		return 2
	case sdk.TaskCompleted, sdk.TaskFailed:
		return 3
	}
	return 0
}
