package protocoltest

// The hub's multicall (PocoHub.sol, "multicall"): several hub calls in one transaction, each
// a delegatecall of the hub to itself, so hub functions and the task module's (through the
// fallback) run with the caller's msg.sender; the first failing call's revert data is
// re-thrown unchanged and nothing of the calls before it is kept; no ether is accepted.
// A worker uses it to send the trust-1 results of several deals in one transaction.

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// mcDigest is the result of task idx (each task has its own).
func mcDigest(idx uint64) [32]byte { return pocotest.Digest(fmt.Sprintf("multicall task %d", idx)) }

// mcItems are `w`'s contributeAndFinalize items for the tasks idxs of d, with the
// scheduler's authorizations for `w`.
func mcItems(e *pocotest.Env, w *chaintest.Account, d bindings.Deal, idxs ...uint64) []bindings.ContributeAndFinalizeItem {
	items := make([]bindings.ContributeAndFinalizeItem, len(idxs))
	for i, idx := range idxs {
		items[i] = e.ContributeAndFinalizeItem(w, d, idx, mcDigest(idx))
	}
	return items
}

// mcBatch is the calldata of contributeAndFinalizeBatch of `w` for the tasks idxs of d.
func mcBatch(e *pocotest.Env, w *chaintest.Account, d bindings.Deal, idxs ...uint64) []byte {
	return e.Poco.PackContributeAndFinalizeBatch(d, mcItems(e, w, d, idxs...))
}

// mcWantStatus fails unless every task idxs of d reads status want.
func mcWantStatus(t *testing.T, e *pocotest.Env, what string, d bindings.Deal, want uint8, idxs ...uint64) {
	t.Helper()
	for _, idx := range idxs {
		if got := e.Task(d, idx).Status; got != want {
			t.Errorf("%s: task %d of deal %x reads status %d, want %d", what, idx, d.Id[:4], got, want)
		}
	}
}

// mcCallErr simulates calldata to the hub from `from` and returns the call's error,
// failing unless the call reverted.
func mcCallErr(t *testing.T, e *pocotest.Env, from common.Address, data []byte, value *big.Int) error {
	t.Helper()
	err := callErr(e, ethereum.CallMsg{From: from, To: &e.D.Hub, Data: data, Value: value})
	if err == nil {
		t.Fatalf("the call %x... succeeded, want a revert", data[:min(len(data), 4)])
	}
	return err
}

// mcRevertData is the revert data of calldata to the hub from `from` (nil when the call
// reverts without data); it fails unless the call reverted.
func mcRevertData(t *testing.T, e *pocotest.Env, from common.Address, data []byte) []byte {
	t.Helper()
	err := mcCallErr(t, e, from, data, nil)
	rev, ok := chain.DecodeRevert(err, e.ABIs...)
	if !ok {
		if !strings.Contains(err.Error(), "execution reverted") {
			t.Fatalf("the call failed with %v, want a revert", err)
		}
		return nil
	}
	return rev.Data
}

// mcSameRevert fails unless `via` (a multicall) reverts with exactly the revert data of
// `direct`, both sent from `from`.
func mcSameRevert(t *testing.T, e *pocotest.Env, what string, from common.Address, via, direct []byte) {
	t.Helper()
	got, want := mcRevertData(t, e, from, via), mcRevertData(t, e, from, direct)
	if !bytes.Equal(got, want) {
		t.Errorf("%s: multicall reverts with %s (%x), the call sent alone with %s (%x)", what,
			chain.DecodeRevertData(got, e.ABIs...).Error(), got, chain.DecodeRevertData(want, e.ABIs...).Error(), want)
	}
}

// mcSendFailing sends calldata (and value) to the hub from `from` with a fixed gas limit,
// so no estimate refuses it, mines it and returns its receipt; it fails unless the
// transaction was mined and failed.
func mcSendFailing(t *testing.T, e *pocotest.Env, from *chaintest.Account, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	nonce, err := e.Client.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := e.Client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(e.ChainID), &types.DynamicFeeTx{
		ChainID: e.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 5_000_000, To: &e.D.Hub, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	e.Commit()
	r, err := bind.WaitMined(ctx, e.Client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusFailed {
		t.Fatalf("the transaction succeeded, want it mined and failed")
	}
	if len(r.Logs) != 0 {
		t.Errorf("the failed transaction kept %d logs", len(r.Logs))
	}
	return r
}

// mcBalances are the free and locked balances in the hub of every actor of e, and the
// kitty, by name.
func mcBalances(e *pocotest.Env) map[string][2]*big.Int {
	out := map[string][2]*big.Int{}
	for a, name := range tkNames(e) {
		f, l := e.Account(a)
		out[name] = [2]*big.Int{f, l}
	}
	return out
}

// mcChanges is after − before, by name, for the balances that changed.
func mcChanges(before, after map[string][2]*big.Int) map[string]string {
	out := map[string]string{}
	for name, b := range before {
		a := after[name]
		df, dl := new(big.Int).Sub(a[0], b[0]), new(big.Int).Sub(a[1], b[1])
		if df.Sign() != 0 || dl.Sign() != 0 {
			out[name] = fmt.Sprintf("free %+d locked %+d", df, dl)
		}
	}
	return out
}

// mcOnlyHubLogs fails unless every log of r was emitted by the hub.
func mcOnlyHubLogs(t *testing.T, e *pocotest.Env, what string, r *types.Receipt) {
	t.Helper()
	for _, l := range r.Logs {
		if l.Address != e.D.Hub {
			t.Errorf("%s: a log of %s, want the hub's only", what, l.Address.Hex())
		}
	}
}

// mcNameDeal names d's id, its tasks' ids and its tasks' result hashes (with mcDigest) as
// `as`, "as#idx" and "hash as#idx", so that the events of two deals of the same shape read
// the same.
func mcNameDeal(n *tkEventNamer, d bindings.Deal, as string, tasks uint64) {
	n.name(common.Hash(d.Id).Hex(), as)
	for idx := range tasks {
		tid := pocotest.TaskID(d, idx)
		n.name(common.Hash(tid).Hex(), fmt.Sprintf("%s#%d", as, idx))
		n.name(common.Hash(protocol.ResultHash(tid, mcDigest(idx))).Hex(), fmt.Sprintf("hash %s#%d", as, idx))
	}
}

// A worker completes the trust-1 tasks of two deals with one multicall of two
// contributeAndFinalizeBatch: every task reads COMPLETED, every balance moves exactly as
// when the same batches of two other deals of the same shape are sent as two transactions,
// the receipt carries the same events in the same order, with the worker as contributor
// (msg.sender), and another worker sending the same calls through multicall is refused
// with the error it gets sending them directly.
func TestMulticallCompletesTasksOfTwoDealsAsTwoTransactionsWould(t *testing.T) {
	e := pocotest.New(t)
	w, other := e.Workers[0], e.Workers[1]
	const tasks = 3
	all := tkRange(0, tasks)
	spec := tkDealSpec{volume: tasks, trust: 1}
	apartA, apartB := tkMatch(e, spec), tkMatch(e, spec)
	viaA, viaB := tkMatch(e, spec), tkMatch(e, spec)
	if kitty := e.Free(pocotest.KittyAddress); kitty.Sign() != 0 {
		t.Fatalf("kitty holds %s, want 0 (both runs must find it empty to be paid alike)", kitty)
	}

	// msg.sender is the multicall's sender: W1 cannot use W0's authorizations through it.
	callsA := [][]byte{mcBatch(e, w, viaA, all...), mcBatch(e, w, viaB, all...)}
	mcSameRevert(t, e, "W1 sends W0's batch", other.Address, e.Poco.PackMulticall(callsA), callsA[0])
	tkRevert(t, e, other, e.Poco.PackMulticall(callsA), "PocoInvalidAuthorization",
		pocotest.TaskID(viaA, 0), other.Address, e.PoolOwner.Address)

	// Apart: two transactions.
	before := mcBalances(e)
	r1 := e.Tx(w, mcBatch(e, w, apartA, all...))
	r2 := e.Tx(w, mcBatch(e, w, apartB, all...))
	apart := mcChanges(before, mcBalances(e))
	mcWantStatus(t, e, "apart", apartA, tkCompleted, all...)
	mcWantStatus(t, e, "apart", apartB, tkCompleted, all...)

	// Together: one multicall.
	before = mcBalances(e)
	rm := e.Tx(w, e.Poco.PackMulticall(callsA))
	via := mcChanges(before, mcBalances(e))
	mcWantStatus(t, e, "multicall", viaA, tkCompleted, all...)
	mcWantStatus(t, e, "multicall", viaB, tkCompleted, all...)
	t.Logf("gas: two transactions %d + %d = %d, one multicall %d", r1.GasUsed, r2.GasUsed, r1.GasUsed+r2.GasUsed, rm.GasUsed)

	if fmt.Sprint(via) != fmt.Sprint(apart) {
		t.Errorf("balance changes: multicall %v, two transactions %v", via, apart)
	}
	wantWorker := fmt.Sprintf("free %+d locked +0", 2*tasks*tkWorkersPot(tkPoolPrice))
	if via["W0"] != wantWorker {
		t.Errorf("W0's balance change through multicall: %q, want %q (the workers' share of %d tasks)", via["W0"], wantWorker, 2*tasks)
	}

	n := tkNewEventNamer(t, e)
	mcNameDeal(n, apartA, "deal A", tasks)
	mcNameDeal(n, viaA, "deal A", tasks)
	mcNameDeal(n, apartB, "deal B", tasks)
	mcNameDeal(n, viaB, "deal B", tasks)
	got, want := n.events(t, e.D.Hub, rm), n.events(t, e.D.Hub, r1, r2)
	tkSameEvents(t, "multicall against two transactions", got, want)
	if len(rm.Logs) != len(r1.Logs)+len(r2.Logs) {
		t.Errorf("multicall receipt has %d logs, the two transactions %d", len(rm.Logs), len(r1.Logs)+len(r2.Logs))
	}
	mcOnlyHubLogs(t, e, "multicall", rm)
	if finals := n.find(t, e.D.Hub, "TaskFinalize", rm); len(finals) != 2*tasks {
		t.Errorf("multicall emitted %d TaskFinalize, want %d", len(finals), 2*tasks)
	}
	for _, ev := range n.find(t, e.D.Hub, "TaskContribute", rm) {
		if !strings.Contains(ev, "worker=W0") {
			t.Errorf("through multicall %s, want worker=W0 (the sender)", ev)
		}
	}
	e.CheckConservation()
}

// The first failing call reverts the whole multicall with that call's own revert data,
// unchanged, and nothing of the calls before it is kept: a mined multicall that fails
// leaves the first deal's tasks UNSET and every balance as it was, and the same first
// call then succeeds on its own.
func TestMulticallRevertsWithTheFailingCallsErrorAndKeepsNothing(t *testing.T) {
	e := pocotest.New(t)
	w, other := e.Workers[0], e.Workers[1]
	spec := tkDealSpec{volume: 2, trust: 1}
	a, b := tkMatch(e, spec), tkMatch(e, spec)
	e.Tx(w, mcBatch(e, w, b, 0)) // task 0 of b is COMPLETED
	first := mcBatch(e, w, a, 0, 1)

	for _, tc := range []struct {
		name   string
		second []byte
		from   *chaintest.Account
		err    string
		args   []any
	}{
		{"a task already completed", mcBatch(e, w, b, 1, 0), w,
			"PocoTaskWrongStatus", []any{pocotest.TaskID(b, 0), uint8(tkCompleted)}},
		{"another worker's authorization", e.Poco.PackContributeAndFinalizeBatch(b, mcItems(e, other, b, 1)), w,
			"PocoInvalidAuthorization", []any{pocotest.TaskID(b, 1), w.Address, e.PoolOwner.Address}},
		{"a deal that is not the stored one", e.Poco.PackContributeAndFinalizeBatch(func() bindings.Deal {
			d := b
			d.WorkerpoolPrice = tkB(1)
			return d
		}(), mcItems(e, w, b, 1)), w, "PocoUnknownDeal", []any{b.Id}},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			data := e.Poco.PackMulticall([][]byte{first, tc.second})
			rev := e.Revert(tc.from, data, tc.err)
			tkCheckArgs(t, rev, tc.args...)
			mcSameRevert(t, e, tc.name, tc.from.Address, data, tc.second)

			book := tkNewBook(e)
			mcSendFailing(t, e, tc.from, data, nil)
			book.check(t, "after the failed multicall")
			mcWantStatus(t, e, "after the failed multicall", a, tkUnset, 0, 1)
			mcWantStatus(t, e, "after the failed multicall", b, tkUnset, 1)
		})
	}

	// The first call was not kept: its tasks complete now, on their own.
	e.Tx(w, first)
	mcWantStatus(t, e, "after the first call alone", a, tkCompleted, 0, 1)
	e.CheckConservation()
}

// A multicall of no calls returns an empty list and changes nothing; the results of
// calls are their return data, in order, as each call returns it alone.
func TestMulticallReturnsEachCallsResultInOrder(t *testing.T) {
	e := pocotest.New(t)
	w := e.Workers[0]

	none := pocotest.Call(e, e.Poco.PackMulticall([][]byte{}), e.Poco.UnpackMulticall)
	if len(none) != 0 {
		t.Errorf("multicall of no calls returned %d results, want none", len(none))
	}
	book := tkNewBook(e)
	r := e.Tx(w, e.Poco.PackMulticall(nil))
	book.check(t, "multicall of no calls")
	if len(r.Logs) != 0 {
		t.Errorf("multicall of no calls emitted %d logs", len(r.Logs))
	}

	calls := [][]byte{e.Poco.PackAccount(w.Address), e.Poco.PackScore(w.Address), e.Poco.PackCategoryCount(), e.Poco.PackAccount(e.Requester.Address)}
	got := pocotest.Call(e, e.Poco.PackMulticall(calls), e.Poco.UnpackMulticall)
	if len(got) != len(calls) {
		t.Fatalf("multicall of %d calls returned %d results", len(calls), len(got))
	}
	for i, c := range calls {
		want, err := e.Client.CallContract(context.Background(), ethereum.CallMsg{From: w.Address, To: &e.D.Hub, Data: c}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got[i], want) {
			t.Errorf("result %d: %x, the call alone returns %x", i, got[i], want)
		}
	}
	acc, err := e.Poco.UnpackAccount(got[0])
	if err != nil || acc.Free.Cmp(pocotest.DepositTokens) != 0 {
		t.Errorf("result 0 decodes to %+v (%v), want W0's free balance %s", acc, err, pocotest.DepositTokens)
	}
}

// A selector neither the hub nor the task module knows reverts the multicall as it
// reverts alone (without data: the fallback delegates it to the module, which has no
// fallback), and the calls before it are not kept.
func TestMulticallRefusesAnUnknownSelector(t *testing.T) {
	e := pocotest.New(t)
	w := e.Workers[0]
	d := tkMatch(e, tkDealSpec{volume: 1, trust: 1})
	for _, bad := range [][]byte{{0xde, 0xad, 0xbe, 0xef}, {0x01}, {}} {
		data := e.Poco.PackMulticall([][]byte{mcBatch(e, w, d, 0), bad})
		if got := mcRevertData(t, e, w.Address, data); len(got) != 0 {
			t.Errorf("calldata %x in a multicall: reverted with %x, want no data", bad, got)
		}
		if got := mcRevertData(t, e, w.Address, bad); len(got) != 0 {
			t.Errorf("calldata %x alone: reverted with %x, want no data", bad, got)
		}
	}
	book := tkNewBook(e)
	mcSendFailing(t, e, w, e.Poco.PackMulticall([][]byte{mcBatch(e, w, d, 0), {0xde, 0xad, 0xbe, 0xef}}), nil)
	book.check(t, "after the failed multicall")
	mcWantStatus(t, e, "after the failed multicall", d, tkUnset, 0)
}

// Hub functions run through multicall for its sender: a deposit then a withdrawal in one
// multicall move the sender's wallet and hub balance as the two sent apart by another
// account do, with the same events; receiveApproval, which only the token may call, is
// refused through multicall as it is directly.
func TestMulticallRunsHubFunctionsForItsSender(t *testing.T) {
	e := pocotest.New(t)
	via, apart := e.Workers[2], e.Workers[3]
	in, out := rlcs(5), rlcs(2)
	for _, acc := range []*chaintest.Account{via, apart} {
		e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, in))
	}
	viaBefore, apartBefore := balancesOf(e, via.Address), balancesOf(e, apart.Address)

	rm := e.Tx(via, e.Poco.PackMulticall([][]byte{e.Poco.PackDeposit(in), e.Poco.PackWithdraw(out)}))
	r1 := e.Tx(apart, e.Poco.PackDeposit(in))
	r2 := e.Tx(apart, e.Poco.PackWithdraw(out))

	net := new(big.Int).Sub(in, out)
	wantMoved(t, "multicall sender", viaBefore, balancesOf(e, via.Address), negated(net), net, new(big.Int))
	wantMoved(t, "sender apart", apartBefore, balancesOf(e, apart.Address), negated(net), net, new(big.Int))
	wantBig(t, "allowance left to the hub", tokenAllowance(e, via.Address, e.D.Hub), new(big.Int))

	n := tkNewEventNamer(t, e)
	n.name(via.Address.Hex(), "caller")
	n.name(apart.Address.Hex(), "caller")
	got := n.events(t, e.D.Hub, rm)
	tkSameEvents(t, "deposit+withdraw through multicall against apart", got, n.events(t, e.D.Hub, r1, r2))
	tkSameEvents(t, "deposit+withdraw through multicall", got, []string{
		fmt.Sprintf("Deposit(owner=caller, from=caller, amount=%s)", in),
		fmt.Sprintf("Withdraw(owner=caller, to=caller, amount=%s)", out),
	})
	if len(rm.Logs) != len(r1.Logs)+len(r2.Logs) {
		t.Errorf("multicall receipt has %d logs (token transfers included), the two transactions %d", len(rm.Logs), len(r1.Logs)+len(r2.Logs))
	}

	approval := e.Poco.PackReceiveApproval(via.Address, rlcs(1), e.D.Token, nil)
	rev := e.Revert(via, e.Poco.PackMulticall([][]byte{approval}), "PocoNotToken")
	tkCheckArgs(t, rev, via.Address, e.D.Token)
	mcSameRevert(t, e, "receiveApproval", via.Address, e.Poco.PackMulticall([][]byte{approval}), approval)
	e.CheckConservation()
}

// multicall is not payable: a call or a transaction with ether reverts, its calls do not
// run, and the hub holds no ether.
func TestMulticallRefusesEther(t *testing.T) {
	e := pocotest.New(t)
	acc := e.Requester
	e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, rlcs(1)))
	data := e.Poco.PackMulticall([][]byte{e.Poco.PackDeposit(rlcs(1))})
	for _, value := range []*big.Int{big.NewInt(1), big.NewInt(1e18)} {
		if err := mcCallErr(t, e, acc.Address, data, value); !strings.Contains(err.Error(), "execution reverted") {
			t.Errorf("multicall with %s wei: %v, want a revert", value, err)
		}
	}
	mcCallErr(t, e, acc.Address, e.Poco.PackMulticall(nil), big.NewInt(1))

	book := tkNewBook(e)
	mcSendFailing(t, e, acc, data, big.NewInt(1e18))
	book.check(t, "after a multicall with ether")
	bal, err := e.Client.BalanceAt(context.Background(), e.D.Hub, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "hub ether balance", bal, new(big.Int))
	// Without ether the same multicall deposits.
	e.Tx(acc, data)
	book.check(t, "after the multicall without ether", tkDelta{addr: acc.Address, free: rlcs(1).Int64()})
}

// A multicall inside a multicall works as the flat one: the inner calls run for the outer
// sender, and an inner failure reverts everything with the failing call's own data.
func TestNestedMulticallKeepsTheSender(t *testing.T) {
	e := pocotest.New(t)
	w, other := e.Workers[0], e.Workers[1]
	spec := tkDealSpec{volume: 2, trust: 1}
	a, b := tkMatch(e, spec), tkMatch(e, spec)
	inner := e.Poco.PackMulticall([][]byte{mcBatch(e, w, a, 0, 1)})
	nested := e.Poco.PackMulticall([][]byte{inner, mcBatch(e, w, b, 0)})

	// Another sender is refused by the inner call's check, with its own address.
	tkRevert(t, e, other, nested, "PocoInvalidAuthorization", pocotest.TaskID(a, 0), other.Address, e.PoolOwner.Address)
	mcSameRevert(t, e, "W1 sends W0's nested calls", other.Address, nested, mcBatch(e, w, a, 0, 1))

	book := tkNewBook(e)
	r := e.Tx(w, nested)
	book.check(t, "nested multicall",
		tkDelta{addr: w.Address, free: 3 * tkWorkersPot(tkPoolPrice)},
		tkDelta{addr: e.PoolOwner.Address, free: 3 * (tkPoolPrice - tkWorkersPot(tkPoolPrice) + tkPoolStake), locked: -3 * tkPoolStake},
		tkDelta{addr: e.AppOwner.Address, free: 3 * tkAppPrice},
		tkDelta{addr: e.Requester.Address, locked: -3 * (tkAppPrice + tkPoolPrice)})
	mcWantStatus(t, e, "nested multicall", a, tkCompleted, 0, 1)
	mcWantStatus(t, e, "nested multicall", b, tkCompleted, 0)
	mcWantStatus(t, e, "nested multicall", b, tkUnset, 1)
	n := tkNewEventNamer(t, e)
	contribs := n.find(t, e.D.Hub, "TaskContribute", r)
	if len(contribs) != 3 {
		t.Errorf("nested multicall emitted %d TaskContribute, want 3", len(contribs))
	}
	for _, ev := range contribs {
		if !strings.Contains(ev, "worker=W0") {
			t.Errorf("through a nested multicall %s, want worker=W0 (the sender)", ev)
		}
	}

	// An inner failure (task 0 of b, now completed) comes out unchanged.
	again := e.Poco.PackMulticall([][]byte{e.Poco.PackMulticall([][]byte{mcBatch(e, w, b, 1), mcBatch(e, w, b, 0)})})
	tkRevert(t, e, w, again, "PocoTaskWrongStatus", pocotest.TaskID(b, 0), uint8(tkCompleted))
	mcSameRevert(t, e, "a completed task in a nested multicall", w.Address, again, mcBatch(e, w, b, 0))
	e.CheckConservation()
}

// The calls of a multicall see what the earlier ones wrote: a task completed by an earlier
// call of the same multicall is refused as completed, whether its started bit is in the
// deal's slot (task 1) or in a word (task 65), and batches of one deal split over several
// calls complete every task once.
func TestMulticallCallsSeeTheEarlierCallsOfTheSameDeal(t *testing.T) {
	e := pocotest.New(t)
	w := e.Workers[0]
	d := tkMatch(e, tkDealSpec{volume: 70, trust: 1})
	for _, idx := range []uint64{1, 65} {
		data := e.Poco.PackMulticall([][]byte{mcBatch(e, w, d, 0, idx), mcBatch(e, w, d, idx)})
		tkRevert(t, e, w, data, "PocoTaskWrongStatus", pocotest.TaskID(d, idx), uint8(tkCompleted))
	}
	book := tkNewBook(e)
	e.Tx(w, e.Poco.PackMulticall([][]byte{mcBatch(e, w, d, 0, 65), mcBatch(e, w, d, 1), mcBatch(e, w, d, 66, 2)}))
	mcWantStatus(t, e, "after the multicall", d, tkCompleted, 0, 1, 2, 65, 66)
	mcWantStatus(t, e, "after the multicall", d, tkUnset, 3, 64, 67)
	const k = 5
	book.check(t, "five tasks in three calls",
		tkDelta{addr: w.Address, free: k * tkWorkersPot(tkPoolPrice)},
		tkDelta{addr: e.PoolOwner.Address, free: k * (tkPoolPrice - tkWorkersPot(tkPoolPrice) + tkPoolStake), locked: -k * tkPoolStake},
		tkDelta{addr: e.AppOwner.Address, free: k * tkAppPrice},
		tkDelta{addr: e.Requester.Address, locked: -k * (tkAppPrice + tkPoolPrice)})
	e.CheckConservation()
}
