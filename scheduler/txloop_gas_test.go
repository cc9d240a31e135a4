package scheduler

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// txTestScheduler is the part of a Scheduler that sendBatch uses, logging into log.
func txTestScheduler(c *sdk.Client, log io.Writer) *Scheduler {
	return &Scheduler{c: c, log: slog.New(slog.NewTextHandler(log, nil)),
		cfg: Config{PollInterval: time.Millisecond, Clock: time.Now}}
}

func newTxState() *txState {
	return &txState{pending: map[[32]byte]uint64{}, backoff: map[[32]byte]time.Time{}, tries: map[txKey]int{}}
}

func tasksOf(n int) []store.Task {
	ts := make([]store.Task, n)
	for i := range ts {
		ts[i] = store.Task{ID: [32]byte{byte(i + 1)}, Index: uint64(i)}
	}
	return ts
}

// A batch the SDK finds too large for one transaction is split in halves until each
// part fits; every task is sent once, and the next batches are cut small enough.
func TestSendBatchSplitsWhatDoesNotFit(t *testing.T) {
	var log strings.Builder
	s := txTestScheduler(nil, &log)
	x := newTxState()
	const fits = 8 // the most tasks one transaction takes
	var sizes []int
	send := func(ts []store.Task) (*types.Receipt, error) {
		sizes = append(sizes, len(ts))
		if len(ts) > fits {
			return nil, &sdk.GasError{Op: "estimating gas", Estimate: uint64(len(ts)) * 2_000_000, Cap: sdk.MaxTxGas}
		}
		return &types.Receipt{BlockNumber: big.NewInt(7), GasUsed: uint64(len(ts)) * 1_900_000}, nil
	}
	d := &sdk.Deal{ID: common.Hash{1}}
	s.sendBatch(context.Background(), x, "finalize", d, tasksOf(20), send)
	if want := []int{20, 10, 5, 5, 10, 5, 5}; !slices.Equal(sizes, want) {
		t.Fatalf("batches sent %v, want %v", sizes, want)
	}
	if len(x.pending) != 20 {
		t.Fatalf("%d tasks sent, want 20", len(x.pending))
	}
	for _, c := range chunks(x, "finalize", tasksOf(40)) {
		if len(c) > fits {
			t.Fatalf("after the split, a batch of %d tasks is planned; want at most %d", len(c), fits)
		}
	}
	if !strings.Contains(log.String(), "too large for one transaction") {
		t.Errorf("the split is not logged:\n%s", log.String())
	}
}

// A finalize the node refuses every time is sent maxTxTries times, with a growing
// backoff, then given up with an error in the log, not sent forever.
func TestSendBatchGivesUpAfterBoundedTries(t *testing.T) {
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	c, err := sdk.New(context.Background(), e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	bd := e.MatchDefault(1, 3)
	d, err := c.Deal(context.Background(), bd.Id)
	if err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	s := txTestScheduler(c, &log)
	x := newTxState()
	task := store.Task{ID: d.TaskID(d.BotFirst), Index: d.BotFirst, Status: plan.StatusUnset}
	sends := 0
	send := func([]store.Task) (*types.Receipt, error) {
		sends++
		return nil, errors.New("the node refuses this transaction")
	}
	var waits []time.Duration
	for range 3 * maxTxTries {
		if x.gaveUp("finalize", task.ID) {
			break
		}
		if until, ok := x.backoff[task.ID]; ok {
			waits = append(waits, time.Until(until).Round(time.Millisecond))
			delete(x.backoff, task.ID) // as if the wait had passed
		}
		s.sendBatch(context.Background(), x, "finalize", d, []store.Task{task}, send)
	}
	if sends != maxTxTries || !x.gaveUp("finalize", task.ID) {
		t.Fatalf("sent %d times (gave up: %t), want %d then give up", sends, x.gaveUp("finalize", task.ID), maxTxTries)
	}
	for i := 1; i < len(waits); i++ {
		if waits[i] <= waits[i-1] {
			t.Errorf("backoff does not grow: %v", waits)
		}
	}
	if !strings.Contains(log.String(), "failed too many times; giving it up") || !strings.Contains(log.String(), "claimed after its final deadline") {
		t.Errorf("the give-up is not logged clearly:\n%s", log.String())
	}
}
