package sdk

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
)

// sendSpy is a chain connection that records the gas limit of every transaction sent.
type sendSpy struct {
	simulated.Client
	mu   sync.Mutex
	gass []uint64
}

func (s *sendSpy) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	s.mu.Lock()
	s.gass = append(s.gass, tx.Gas())
	s.mu.Unlock()
	return s.Client.SendTransaction(ctx, tx)
}

func (s *sendSpy) sent() []uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]uint64(nil), s.gass...)
}

// On a chain with geth's dev rules (Osaka's 2^24 transaction cap, state creation priced
// about 3× Prague), a batch of contributions over the cap is refused by the SDK with
// ErrTooMuchGas before anything is sent; its halves land; no transaction ever asks for
// more than MaxTxGas, not even one whose estimate fits but whose margin would not.
func TestTransactionsFitTheTxGasCap(t *testing.T) {
	e := pocotest.New(t, pocotest.Options{Workers: 3, Chain: []chaintest.Option{chaintest.WithRules(chaintest.RulesDev)}})
	sched := client(t, e, e.PoolOwner)
	spy := &sendSpy{Client: e.Client}
	w, err := New(bg, spy, e.D.Hub, WithKey(e.Workers[0].Key), WithMiner(func() { e.Commit() }),
		WithPollInterval(5*time.Millisecond), WithReceiptTimeout(20*time.Second))
	ok(t, err)
	const tasks = 96 // about 236k gas each under the dev rules: 22.7M, over the 2^24 cap
	deal := must(sched.Deal(bg, e.MatchDefault(tasks, 3).Id))
	ins := make([]ContributeInput, tasks)
	for i := range ins {
		idx := deal.BotFirst + uint64(i)
		auth := must(sched.SignAuthorization(w.Address(), deal.TaskID(idx), common.Address{}))
		ins[i] = ContributeInput{Index: idx, Digest: pocotest.Digest(fmt.Sprint("r", i)), Authorization: auth}
	}

	_, err = w.ContributeBatch(bg, deal, ins)
	if !errors.Is(err, ErrTooMuchGas) || !IsTooMuchGas(err) {
		t.Fatalf("a %d-task batch under dev rules: got %v, want ErrTooMuchGas", tasks, err)
	}
	var ge *GasError
	if !errors.As(err, &ge) || ge.Cap != MaxTxGas {
		t.Fatalf("want a *GasError with cap %d, got %#v", MaxTxGas, ge)
	}
	wantContains(t, err.Error(), "16777216", "split the batch")
	if n := len(spy.sent()); n != 0 {
		t.Fatalf("%d transactions were sent for a batch over the cap", n)
	}

	// Split: the first part is sized so its estimate fits the cap but the estimate plus
	// the SDK's 25% margin does not; it must be sent at the cap, not above.
	split := tasks * 2 / 3
	var parts [][]ContributeInput
	for _, p := range [][]ContributeInput{ins[:split], ins[split:]} {
		r, err := w.ContributeBatch(bg, deal, p)
		if IsTooMuchGas(err) {
			h := len(p) / 2
			parts = append(parts, p[:h], p[h:])
			continue
		}
		ok(t, err)
		t.Logf("%d contributions: %d gas (%d per task)", len(p), r.GasUsed, r.GasUsed/uint64(len(p)))
	}
	for _, p := range parts {
		r := must(w.ContributeBatch(bg, deal, p))
		t.Logf("%d contributions: %d gas (%d per task)", len(p), r.GasUsed, r.GasUsed/uint64(len(p)))
	}
	sent := spy.sent()
	if len(sent) == 0 {
		t.Fatal("nothing sent")
	}
	atCap := false
	for _, g := range sent {
		if g > MaxTxGas {
			t.Fatalf("a transaction asked for %d gas, over the cap %d", g, MaxTxGas)
		}
		atCap = atCap || g == MaxTxGas
	}
	t.Logf("gas limits sent: %v", sent)
	if !atCap {
		t.Fatalf("the %d-task batch (estimate within the cap, estimate + margin over it) was not sent at the cap: %v", split, sent)
	}
	for i, tk := range must(sched.DealTasks(bg, deal)) {
		if _, found := tk.Contribution(w.Address()); !found {
			t.Fatalf("task %d has no contribution from the worker", i)
		}
	}
}

// The node's refusals for size are recognised as ErrTooMuchGas; other errors are not.
func TestTooLargeRecognisesNodeRefusals(t *testing.T) {
	for _, msg := range []string{
		"gas required exceeds allowance (16777216)",
		"transaction gas limit too high (cap: 16777216, tx: 20000000)",
		"exceeds block gas limit",
		"oversized data",
	} {
		err := tooLarge(errors.New(msg), "sending the transaction", 20_000_000, MaxTxGas)
		if !errors.Is(err, ErrTooMuchGas) {
			t.Errorf("%q: not recognised as too much gas (%v)", msg, err)
		}
	}
	for _, msg := range []string{"nonce too low", "execution reverted", "connection refused"} {
		if err := tooLarge(errors.New(msg), "x", 0, MaxTxGas); err != nil {
			t.Errorf("%q taken for too much gas: %v", msg, err)
		}
	}
	if got := txCap(30_000_000); got != MaxTxGas {
		t.Errorf("cap under a 30M block: %d", got)
	}
	if got := txCap(10_000_000); got != 10_000_000 {
		t.Errorf("cap under a 10M block: %d", got)
	}
}
