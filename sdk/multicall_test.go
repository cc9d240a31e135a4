package sdk

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// A worker's trust-1 results of three deals go in one transaction: every task is
// completed and paid to the worker, as three batches would. A batch the contract refuses
// refuses the whole transaction with that batch's own error, explained, and keeps nothing
// of the others.
func TestContributeAndFinalizeDealsInOneTransaction(t *testing.T) {
	e := env(t)
	sched := client(t, e, e.PoolOwner)
	w := client(t, e, e.Workers[0])
	if ok, err := w.HasMulticall(bg); err != nil || !ok {
		t.Fatalf("HasMulticall: %v, %v; want true", ok, err)
	}
	digest := crypto.Keccak256Hash([]byte("result"))
	results := func(deal *Deal, idxs ...uint64) DealResults {
		b := DealResults{Deal: deal}
		for _, i := range idxs {
			b.Items = append(b.Items, ContributeAndFinalizeInput{Index: i, Digest: digest, Results: []byte("r"),
				Authorization: must(sched.SignAuthorization(w.Address(), deal.TaskID(i), common.Address{}))})
		}
		return b
	}
	var deals []*Deal
	for range 3 {
		deals = append(deals, must(sched.Deal(bg, e.MatchDefault(2, 1).Id)))
	}
	before := must(w.Account(bg, w.Address())).Total()
	var batches []DealResults
	for _, d := range deals {
		batches = append(batches, results(d, d.Indexes()...))
	}
	r := must(w.ContributeAndFinalizeDeals(bg, batches))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt status %d", r.Status)
	}
	for _, d := range deals {
		for _, tk := range must(w.DealTasks(bg, d)) {
			if tk.Status != TaskCompleted || tk.ResultDigest != digest {
				t.Fatalf("deal %s task %d: %s, digest %s", d.ID.Hex(), tk.Index, tk.Status, tk.ResultDigest.Hex())
			}
		}
	}
	gained := must(w.Account(bg, w.Address())).Total()
	gained.Sub(gained, before)

	// A fourth deal's batch, and a third deal's task again (completed above): refused
	// with PocoTaskWrongStatus, and the fourth deal's task is left UNSET.
	fourth := must(sched.Deal(bg, e.MatchDefault(1, 1).Id))
	_, err := w.ContributeAndFinalizeDeals(bg, []DealResults{results(fourth, fourth.BotFirst), results(deals[2], deals[2].BotFirst)})
	wantContains(t, wantCode(t, err, "PocoTaskWrongStatus"), "COMPLETED")
	if tk := must(w.TaskOf(bg, fourth, fourth.BotFirst)); tk.Status != TaskUnset {
		t.Fatalf("the fourth deal's task is %s after the refused transaction, want UNSET", tk.Status)
	}
	// Sent on its own, the fourth deal's task pays a sixth of what the three deals' six
	// tasks paid in one transaction.
	b := must(w.Account(bg, w.Address())).Total()
	must(w.ContributeAndFinalizeBatch(bg, fourth, results(fourth, fourth.BotFirst).Items))
	one := must(w.Account(bg, w.Address())).Total()
	one.Sub(one, b)
	if want := new(big.Int).Mul(one, big.NewInt(6)); one.Sign() <= 0 || gained.Cmp(want) != 0 {
		t.Fatalf("six tasks in one transaction paid %s, want 6 × %s as one task on its own", gained, one)
	}
	// A deal with a callback contract is sent on its own.
	cb := *fourth
	cb.Callback = common.HexToAddress("0x1234")
	if _, err := w.ContributeAndFinalizeDeals(bg, []DealResults{{Deal: &cb}}); err == nil || !strings.Contains(err.Error(), "callback") {
		t.Fatalf("a deal with a callback: %v, want a refusal naming the callback", err)
	}
	if _, err := w.ContributeAndFinalizeDeals(bg, nil); err == nil {
		t.Fatal("no batch at all: no error")
	}
}
