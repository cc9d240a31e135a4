package sdk

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The scheduler's stake is computed as the hub does: 30 % of the pool price per task,
// rounded down, then times the number of tasks.
func TestDealSchedulerStake(t *testing.T) {
	if PoolStakePercent != 30 {
		t.Fatalf("PoolStakePercent %d, want the hub's POOL_STAKE_RATIO, 30", PoolStakePercent)
	}
	for _, tc := range []struct {
		price         *big.Int
		size          uint64
		perTask, deal *big.Int
	}{
		{RLC(10), 2, RLC(3), RLC(6)},
		{RLC(10), 1, RLC(3), RLC(3)},
		{big.NewInt(7), 3, big.NewInt(2), big.NewInt(6)}, // 2.1 units per task, rounded down before × 3
		{nil, 5, new(big.Int), new(big.Int)},
		{RLC(1), 0, big.NewInt(300_000_000), new(big.Int)},
	} {
		d := &Deal{WorkerpoolPrice: tc.price, BotSize: tc.size}
		if got := d.SchedulerStakePerTask(); got.Cmp(tc.perTask) != 0 {
			t.Errorf("price %v: SchedulerStakePerTask %s, want %s", tc.price, got, tc.perTask)
		}
		if got := d.SchedulerStake(); got.Cmp(tc.deal) != 0 {
			t.Errorf("price %v × %d: SchedulerStake %s, want %s", tc.price, tc.size, got, tc.deal)
		}
	}
}

// DealOfTask finds the deal of a task nobody contributed to, by scanning the deals.
func TestDealOfTask(t *testing.T) {
	e := env(t)
	c := client(t, e, nil)
	first := e.MatchDefault(2, 1)
	o := e.DefaultOrders()
	o.Request.Volume = big.NewInt(3)
	second := e.Match(e.Requester, e.SignAll(o))

	d2 := must(c.Deal(bg, second.Id))
	for _, want := range []struct {
		dealID common.Hash
		idx    uint64
	}{{first.Id, first.BotFirst.Uint64() + 1}, {second.Id, d2.BotFirst + 2}, {second.Id, d2.BotFirst}} {
		taskid := taskIDOf(want.dealID, want.idx)
		if _, err := c.Task(bg, taskid); !IsCode(err, CodeUnknownTask) {
			t.Fatalf("Task of an unstarted task: %v", err)
		}
		d, idx, err := c.DealOfTask(bg, taskid)
		if err != nil {
			t.Fatalf("DealOfTask(%s): %v", common.Hash(taskid).Hex(), err)
		}
		if d.ID != want.dealID || idx != want.idx || d.TaskID(idx) != common.Hash(taskid) {
			t.Fatalf("DealOfTask: deal %s index %d, want %s index %d", d.ID.Hex(), idx, want.dealID.Hex(), want.idx)
		}
		if d.ID == d2.ID && (d.Block != d2.Block || d.TxHash != d2.TxHash || d.Params != d2.Params || d.BotSize != 3) {
			t.Fatalf("DealOfTask's deal %+v, Deal's %+v", d, d2)
		}
	}

	// A started task is found too (the scan does not need its events).
	worker := client(t, e, e.Workers[0])
	auth := must(client(t, e, e.PoolOwner).SignAuthorization(worker.Address(), d2.TaskID(d2.BotFirst), common.Address{}))
	must(worker.ContributeAndFinalize(bg, d2, ContributeAndFinalizeInput{Index: d2.BotFirst, Digest: crypto.Keccak256Hash([]byte("x")),
		Authorization: auth}))
	if d, idx, err := c.DealOfTask(bg, d2.TaskID(d2.BotFirst)); err != nil || d.ID != d2.ID || idx != d2.BotFirst {
		t.Fatalf("DealOfTask of a completed task: %v, %v, %v", d, idx, err)
	}

	// No deal has the task: a deal id, an index past the bag, a random id.
	for _, id := range []common.Hash{first.Id, taskIDOf(second.Id, d2.BotFirst+3), crypto.Keccak256Hash([]byte("no such task"))} {
		_, _, err := c.DealOfTask(bg, id)
		msg := wantCode(t, err, CodeUnknownTask)
		if !errors.Is(err, ErrNotFound) {
			t.Fatalf("DealOfTask(%s): %v is not ErrNotFound", id.Hex(), err)
		}
		wantContains(t, msg, "no task "+id.Hex())
	}
	// From a start block after the deals, there are none to scan.
	late, err := New(bg, e.Client, e.D.Hub, WithStartBlock(must(c.BlockNumber(bg))+1))
	ok(t, err)
	if _, _, err := late.DealOfTask(bg, d2.TaskID(d2.BotFirst+1)); !IsCode(err, CodeUnknownTask) {
		t.Fatalf("DealOfTask before the start block: %v", err)
	}
}

// taskIDOf is the id of task idx of the deal dealid.
func taskIDOf(dealid common.Hash, idx uint64) common.Hash { return (&Deal{ID: dealid}).TaskID(idx) }
