package requester

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/sdk"
)

// rangeLimited refuses getLogs ranges longer than maxRange (when set), as some nodes do.
// The tests count reads with an sdk.CountingBackend over it, refused ones included.
type rangeLimited struct {
	sdk.Backend
	refused  atomic.Int64
	maxRange uint64
}

func (b *rangeLimited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if b.maxRange > 0 && q.FromBlock != nil && q.ToBlock != nil && q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > b.maxRange {
		b.refused.Add(1)
		return nil, errors.New("block range is too large")
	}
	return b.Backend.FilterLogs(ctx, q)
}

// followRun is what following one deal cost.
type followRun struct {
	tasks, polls, blocks int
	calls                int64 // the follower's calls
	refused              int64 // getLogs calls refused as too long
	oldPerPoll           int64 // the calls of one poll the old way (ChainTime + DealTasks)
}

// followDeal makes a trust-1 deal of n tasks, finalizes `before` of them before Follow
// starts, then the rest in batches of `batch`, one block per batch, each mined from
// Follow's progress callback; it checks the tasks Follow returns against DealTasks.
func followDeal(tb testing.TB, n, before, batch int, maxRange uint64) followRun {
	e := pocotest.New(tb, pocotest.Options{Workers: 1})
	ctx := context.Background()
	mk := func(b sdk.Backend, acc *chaintest.Account) *sdk.Client {
		opts := []sdk.Option{sdk.WithMiner(func() { e.Commit() }), sdk.WithPollInterval(time.Millisecond), sdk.WithReceiptTimeout(20 * time.Second)}
		if acc != nil {
			opts = append(opts, sdk.WithKey(acc.Key))
		}
		c, err := sdk.New(ctx, b, e.D.Hub, opts...)
		if err != nil {
			tb.Fatalf("sdk.New: %v", err)
		}
		return c
	}
	sched, worker := mk(e.Client, e.PoolOwner), mk(e.Client, e.Workers[0])
	rl := &rangeLimited{Backend: e.Client, maxRange: maxRange}
	cb := &sdk.CountingBackend{Backend: rl}
	follower := mk(cb, nil)
	// Orders of volume n, and a deposit that covers n tasks (13 tokens each).
	o := e.DefaultOrders()
	o.App.Volume, o.Workerpool.Volume, o.Request.Volume = big.NewInt(int64(n)), big.NewInt(int64(n)), big.NewInt(int64(n))
	o.Request.Trust = big.NewInt(1)
	e.Deposit(e.Requester, big.NewInt(int64(n)*13*pocotest.RLC))
	deal, err := sched.Deal(ctx, e.Match(e.Requester, e.SignAll(o)).Id)
	if err != nil {
		tb.Fatal(err)
	}
	// Mine a few empty blocks so the deal's block is well below the head.
	for range 20 {
		e.Commit()
	}
	next := deal.BotFirst
	end := deal.BotFirst + deal.BotSize
	finalize := func(k int) {
		var ins []sdk.ContributeAndFinalizeInput
		for ; k > 0 && next < end; k, next = k-1, next+1 {
			auth, err := sched.SignAuthorization(worker.Address(), deal.TaskID(next), common.Address{})
			if err != nil {
				tb.Fatal(err)
			}
			ins = append(ins, sdk.ContributeAndFinalizeInput{Index: next, Digest: pocotest.Digest(fmt.Sprint(next)),
				Results: []byte(fmt.Sprintf("/ipfs/result-%d", next)), Authorization: auth})
		}
		if len(ins) > 0 {
			if _, err := worker.ContributeAndFinalizeBatch(ctx, deal, ins); err != nil {
				tb.Fatal(err)
			}
		}
	}
	for done := 0; done < before; done += batch {
		finalize(min(batch, before-done))
	}
	start, _ := e.Client.BlockNumber(ctx)
	cb.Reset()
	run := followRun{tasks: n}
	tasks, err := Follow(ctx, follower, deal, time.Millisecond, func(c Counts, ts []*sdk.Task) {
		run.polls++
		if c.Total() != n || len(ts) != n {
			tb.Fatalf("progress with %d tasks (%d counted), want %d", len(ts), c.Total(), n)
		}
		finalize(batch)
	})
	if err != nil {
		tb.Fatal(err)
	}
	run.calls, run.refused = cb.Calls(), rl.refused.Load()
	head, _ := e.Client.BlockNumber(ctx)
	run.blocks = int(head - start)

	// The old way, once: the chain's time, then every task (its getLogs do not split
	// ranges: lift the limit).
	cb.Reset()
	rl.maxRange = 0
	if _, err := follower.ChainTime(ctx); err != nil {
		tb.Fatal(err)
	}
	want, err := follower.DealTasks(ctx, deal)
	if err != nil {
		tb.Fatal(err)
	}
	run.oldPerPoll = cb.Calls()
	if len(tasks) != len(want) {
		tb.Fatalf("Follow returned %d tasks, DealTasks %d", len(tasks), len(want))
	}
	for i, t := range tasks {
		w := want[i]
		if t.ID != w.ID || t.Index != w.Index || t.DealID != w.DealID || t.Status != w.Status ||
			t.ResultDigest != w.ResultDigest || string(t.Results) != string(w.Results) {
			tb.Fatalf("task %d: Follow says %+v, DealTasks %+v", i, t, w)
		}
	}
	return run
}

// Following a large deal costs calls per block, not per task; the tasks it returns are
// those DealTasks reads one by one.
func TestFollowLargeDealCallsPerBlock(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	run := followDeal(t, n, n/4, 50, 0)
	// Each poll: one header, then (new blocks) two getLogs. The first poll backfills.
	// Every poll here sees one new block: calls ≤ 3 × blocks + 3, whatever n.
	if limit := int64(3*run.blocks + 3); run.calls > limit {
		t.Fatalf("%d calls in %d polls over %d blocks for %d tasks, want at most %d", run.calls, run.polls, run.blocks, n, limit)
	}
	t.Logf("%d tasks, %d blocks, %d polls: %d calls (%.4f per task); the old way: %d calls per poll, %d in all (%.1f per task)",
		n, run.blocks, run.polls, run.calls, float64(run.calls)/float64(n), run.oldPerPoll,
		run.oldPerPoll*int64(run.polls), float64(run.oldPerPoll*int64(run.polls))/float64(n))
}

// A node that refuses long getLogs ranges gets them in halves.
func TestFollowSplitsRefusedRanges(t *testing.T) {
	run := followDeal(t, 40, 20, 10, 4)
	if run.refused == 0 {
		t.Fatal("no range was refused: the test does not test splitting")
	}
	t.Logf("%d tasks, %d blocks, %d polls: %d calls with ranges of at most 4 blocks", run.tasks, run.blocks, run.polls, run.calls)
}

// A reorganization within ReorgDepth blocks replaces what Follow read of them.
func TestFollowerReorg(t *testing.T) {
	deal := &sdk.Deal{ID: common.HexToHash("0xd1"), BotFirst: 0, BotSize: 2, Block: 10}
	f := newFollower(deal)
	id0, id1 := deal.TaskID(0), deal.TaskID(1)
	ch := func(block uint64, id common.Hash, s sdk.TaskStatus) sdk.TaskChange {
		return sdk.TaskChange{LogMeta: sdk.LogMeta{Block: block}, TaskID: id, Status: s}
	}
	f.apply(10, []sdk.TaskChange{ch(11, id0, sdk.TaskActive), ch(12, id0, sdk.TaskCompleted), ch(12, id1, sdk.TaskActive)})
	if f.tasks[0].Status != sdk.TaskCompleted || f.tasks[1].Status != sdk.TaskActive {
		t.Fatalf("statuses %s %s", f.tasks[0].Status, f.tasks[1].Status)
	}
	// Block 12 reorganized away: task 0's finalize is now in block 13, task 1 never started.
	f.apply(12, []sdk.TaskChange{ch(13, id0, sdk.TaskCompleted)})
	if f.tasks[0].Status != sdk.TaskCompleted || f.tasks[1].Status != sdk.TaskUnset || len(f.changes[0]) != 2 {
		t.Fatalf("after the reorg: %s %s, %d changes", f.tasks[0].Status, f.tasks[1].Status, len(f.changes[0]))
	}
}

// BenchmarkFollowLargeDeal reports the RPC calls Follow makes per task for deals of
// 1,000 and 10,000 tasks finalized 50 a block (a quarter before Follow starts), and what
// the old way (every task every poll) costs.
func BenchmarkFollowLargeDeal(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("tasks=%d", n), func(b *testing.B) {
			var run followRun
			for b.Loop() {
				run = followDeal(b, n, n/4, 50, 0)
			}
			b.ReportMetric(float64(run.calls)/float64(run.tasks), "rpc_calls/task")
			b.ReportMetric(float64(run.oldPerPoll*int64(run.polls))/float64(run.tasks), "old_rpc_calls/task")
			b.ReportMetric(float64(run.calls)/float64(max(1, run.blocks)), "rpc_calls/block")
		})
	}
}
