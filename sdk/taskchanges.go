package sdk

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TaskChange is a change of a task's status, from one of the hub's task events:
// TaskStarted (ACTIVE), TaskConsensus (REVEALING), TaskFinalize (COMPLETED, with the
// result digest and results) or TaskClaimed (FAILED).
type TaskChange struct {
	LogMeta
	TaskID common.Hash `json:"taskId"`
	Status TaskStatus  `json:"status"`
	// ResultDigest and Results are set on a COMPLETED change.
	ResultDigest common.Hash `json:"resultDigest,omitzero"`
	Results      []byte      `json:"results,omitempty"`
}

var (
	dealTaskEventSigs = []common.Hash{pocoABI.Events["TaskStarted"].ID, pocoABI.Events["TaskFinalize"].ID, pocoABI.Events["TaskClaimed"].ID}
	consensusEventSig = pocoABI.Events["TaskConsensus"].ID
)

// DealTaskChanges returns the status changes of deal's tasks in blocks from to to, in
// chain order, with two eth_getLogs calls whatever the number of tasks: one for the
// events that index the deal id (TaskStarted, TaskFinalize, TaskClaimed), one for the
// hub's TaskConsensus events, which index only the task id, of which it keeps those of
// the tasks in ids (task id → index; nil: every task of deal, computed here). Ranges of
// more than WithLogRange blocks are split; so is a range the node refuses as too large
// (an error that speaks of a range, a limit or too many results), in halves, down to
// single blocks, and the client starts its later reads from the range accepted then.
func (c *Client) DealTaskChanges(ctx context.Context, deal *Deal, ids map[common.Hash]uint64, from, to uint64) ([]TaskChange, error) {
	if from > to {
		return nil, nil
	}
	if ids == nil {
		ids = make(map[common.Hash]uint64, deal.BotSize)
		for _, idx := range deal.Indexes() {
			ids[deal.TaskID(idx)] = idx
		}
	}
	dealLogs, err := c.splitLogs(ctx, from, to, [][]common.Hash{dealTaskEventSigs, nil, {deal.ID}})
	if err != nil {
		return nil, err
	}
	consLogs, err := c.splitLogs(ctx, from, to, [][]common.Hash{{consensusEventSig}})
	if err != nil {
		return nil, err
	}
	out := make([]TaskChange, 0, len(dealLogs)+len(consLogs))
	for i := range dealLogs {
		l := &dealLogs[i]
		ch := TaskChange{LogMeta: metaOf(l)}
		if ev, err := c.poco.UnpackTaskStartedEvent(l); err == nil {
			ch.TaskID, ch.Status = ev.Taskid, TaskActive
		} else if ev, err := c.poco.UnpackTaskFinalizeEvent(l); err == nil {
			ch.TaskID, ch.Status, ch.ResultDigest, ch.Results = ev.Taskid, TaskCompleted, ev.ResultDigest, ev.Results
		} else if ev, err := c.poco.UnpackTaskClaimedEvent(l); err == nil {
			ch.TaskID, ch.Status = ev.Taskid, TaskFailed
		} else {
			continue
		}
		if _, ok := ids[ch.TaskID]; ok {
			out = append(out, ch)
		}
	}
	for i := range consLogs {
		l := &consLogs[i]
		if len(l.Topics) < 2 {
			continue
		}
		if _, ok := ids[l.Topics[1]]; !ok {
			continue
		}
		out = append(out, TaskChange{LogMeta: metaOf(l), TaskID: l.Topics[1], Status: TaskRevealing})
	}
	sortChanges(out)
	return out, nil
}

// sortChanges orders changes by block, then log index.
func sortChanges(chs []TaskChange) {
	slices.SortStableFunc(chs, func(a, b TaskChange) int {
		if c := cmp.Compare(a.Block, b.Block); c != 0 {
			return c
		}
		return cmp.Compare(a.LogIndex, b.LogIndex)
	})
}

// splitLogs reads the hub's logs of blocks from to to, in ranges of WithLogRange blocks
// when set, halving a range the node refuses as too large; the client remembers the
// range that was accepted then, so later reads start from it.
func (c *Client) splitLogs(ctx context.Context, from, to uint64, topics [][]common.Hash) ([]types.Log, error) {
	step := c.o.logRange
	if step == 0 {
		step = to - from + 1
	}
	if l := c.logLimit.Load(); l > 0 && l < step {
		step = l
	}
	var out []types.Log
	for start := from; start <= to; {
		end := min(to, start+step-1)
		logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(start), ToBlock: new(big.Int).SetUint64(end),
			Addresses: []common.Address{c.hub}, Topics: topics,
		})
		if err != nil {
			if end > start && ctx.Err() == nil && rangeTooLarge(err) {
				step = max(1, (end-start+1)/2)
				c.logLimit.Store(step)
				continue
			}
			return nil, c.netErr(fmt.Sprintf("reading the hub's logs of blocks %d to %d", start, end), err)
		}
		out = append(out, logs...)
		if end == to {
			break
		}
		start = end + 1
	}
	return out, nil
}

// rangeTooLarge says whether a node's getLogs error is one of the ways nodes refuse a
// range that is too long or has too many results ("block range is too large", "query
// returned more than 10000 results", "exceed maximum block range", "limit exceeded"...).
func rangeTooLarge(err error) bool {
	s := strings.ToLower(err.Error())
	if strings.Contains(s, "rate limit") || strings.Contains(s, "429") {
		return false // too many requests, not too long a range
	}
	for _, w := range []string{"range", "limit", "too large", "too many", "more than", "exceed"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
