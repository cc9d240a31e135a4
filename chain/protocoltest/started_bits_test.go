package protocoltest

// The started bits (PocoStore.sol): on a trust-1 deal, every task that leaves UNSET sets one
// bit — tasks 0 to 63 in the low 64 bits of the deal's hash slot, the others in a word per
// 256 tasks — and contributeAndFinalize stores nothing else. These tests check that every
// path that reads a task's status sees a fast-path completion (and the reverse), across the
// deal slot and both words, and that the task(dealid, idx) view reads every state.

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// tkSplitDeal matches one trust-1 request of 300 tasks as two deals: the first takes 60
// (its pool order's volume), the second the other 240, tasks 60 to 299. The second bag
// starts among the deal slot's bits (60–63), fills the first word (64–255) and goes on in
// the second (256–299).
func tkSplitDeal(t *testing.T, e *pocotest.Env) (first, second bindings.Deal) {
	t.Helper()
	o := e.DefaultOrders()
	o.Request.Volume = tkB(300)
	o.Workerpool.Volume = tkB(60)
	first = e.Match(e.Requester, e.SignAll(o))
	o.Workerpool = e.WorkerpoolOrder()
	second = e.Match(e.Requester, e.SignAll(o))
	if first.BotFirst.Uint64() != 0 || first.BotSize.Uint64() != 60 ||
		second.BotFirst.Uint64() != 60 || second.BotSize.Uint64() != 240 || second.Trust.Uint64() != 1 {
		t.Fatalf("deals %s+%s and %s+%s, want 0+60 and 60+240 at trust 1",
			first.BotFirst, first.BotSize, second.BotFirst, second.BotSize)
	}
	return first, second
}

// tkFastItems are contributeAndFinalize items of W0 for the tasks idxs of d.
func tkFastItems(e *pocotest.Env, d bindings.Deal, idxs ...uint64) []bindings.ContributeAndFinalizeItem {
	items := make([]bindings.ContributeAndFinalizeItem, len(idxs))
	for i, idx := range idxs {
		items[i] = e.ContributeAndFinalizeItem(e.Workers[0], d, idx, pocotest.Digest("good"))
	}
	return items
}

// tkWantTask fails unless the task view reads want for task idx of d.
func tkWantTask(t *testing.T, e *pocotest.Env, d bindings.Deal, idx uint64, want bindings.Task) {
	t.Helper()
	got := e.Task(d, idx)
	if want.RevealDeadline == nil {
		want.RevealDeadline = new(big.Int)
	}
	if want.TotalWeight == nil {
		want.TotalWeight = new(big.Int)
	}
	if got.Status != want.Status || got.Contributors != want.Contributors || got.Winners != want.Winners ||
		got.RevealDeadline.Cmp(want.RevealDeadline) != 0 || got.TotalWeight.Cmp(want.TotalWeight) != 0 ||
		got.Split != want.Split || got.ResultTag != want.ResultTag {
		t.Fatalf("task(%x, %d) = %+v, want %+v", d.Id[:4], idx, got, want)
	}
}

// A fast-path completion reads COMPLETED (one contributor, one winner) in the view, whichever
// slot holds its bit, and only that task's; the deal's hash is untouched; the payments are
// those of the completed tasks only.
func TestFastPathBitsSpanTheDealSlotAndTwoWords(t *testing.T) {
	e := pocotest.New(t)
	first, d := tkSplitDeal(t, e)
	done := []uint64{60, 63, 64, 255, 256, 299}
	_, lockedBefore := e.Account(e.Requester.Address)
	freeBefore, _ := e.Account(e.Workers[0].Address)

	e.Tx(e.Workers[0], e.Poco.PackContributeAndFinalizeBatch(d, tkFastItems(e, d, done...)))

	fast := bindings.Task{Status: tkCompleted, Contributors: 1, Winners: 1}
	for _, idx := range done {
		tkWantTask(t, e, d, idx, fast)
	}
	for _, idx := range []uint64{61, 62, 65, 254, 257, 298} {
		tkWantTask(t, e, d, idx, bindings.Task{Status: tkUnset})
	}
	// The first deal's tasks, and indexes outside the deal, have no bit of the second's.
	for _, idx := range []uint64{0, 59} {
		tkWantTask(t, e, first, idx, bindings.Task{Status: tkUnset})
	}
	tkWantTask(t, e, d, 300, bindings.Task{Status: tkUnset})
	// The started bits share the deal's hash slot, but not its hash.
	stored := pocotest.Call(e, e.Poco.PackDealHash(d.Id), e.Poco.UnpackDealHash)
	wantEq(t, "dealHash after fast-path completions", common.Hash(stored), common.Hash(dealABIHash(t, d)))

	n := int64(len(done))
	_, lockedAfter := e.Account(e.Requester.Address)
	freeAfter, _ := e.Account(e.Workers[0].Address)
	wantBig(t, "requester's locked balance spent", new(big.Int).Sub(lockedBefore, lockedAfter), tkB(n*(tkAppPrice+tkPoolPrice)))
	wantBig(t, "worker's rewards", new(big.Int).Sub(freeAfter, freeBefore), tkB(n*tkWorkersPot(tkPoolPrice)))
}

// A task the fast path completed refuses every other operation with
// PocoTaskWrongStatus(taskid, COMPLETED): the fast path again (alone, in a batch, twice in
// one batch), contribute, reveal, finalize and claim; in the deal slot and in both words.
func TestFastPathCompletedTaskRefusesEveryPath(t *testing.T) {
	e := pocotest.New(t)
	_, d := tkSplitDeal(t, e)
	good := pocotest.Digest("good")
	w0, w1 := e.Workers[0], e.Workers[1]
	done := []uint64{63, 64, 256}
	for _, idx := range done {
		e.ContributeAndFinalize(w0, d, idx, good) // the single call, for every kind of slot
	}
	for _, idx := range done {
		tid := pocotest.TaskID(d, idx)
		tkRevert(t, e, w1, e.Poco.PackContributeAndFinalize(d, e.ContributeAndFinalizeItem(w1, d, idx, good)),
			"PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, w0, e.Poco.PackContributeAndFinalizeBatch(d, tkFastItems(e, d, 62, idx)),
			"PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, w1, e.Poco.PackContribute(d, e.ContributeItem(w1, d, idx, good)),
			"PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, w1, e.Poco.PackContributeBatch(d, []bindings.ContributeItem{e.ContributeItem(w1, d, 62, good), e.ContributeItem(w1, d, idx, good)}),
			"PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, w0, e.Poco.PackReveal(d, e.RevealItem(d, idx, good)), "PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, w0, e.Poco.PackReveal(d, tkPlainReveal(idx, good)), "PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(d, e.FinalizeItem(d, idx, good)), "PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalizeBatch(d, []bindings.FinalizeItem{e.FinalizeItem(d, idx, good)}),
			"PocoTaskWrongStatus", tid, uint8(tkCompleted))
	}
	// Twice in one batch: the second finds the bit the first set (in the call's copy of the
	// deal slot for 61, in storage for 65 and 257), and nothing is kept.
	for _, idx := range []uint64{61, 65, 257} {
		tkRevert(t, e, w0, e.Poco.PackContributeAndFinalizeBatch(d, tkFastItems(e, d, idx, 62, idx)),
			"PocoTaskWrongStatus", pocotest.TaskID(d, idx), uint8(tkCompleted))
		tkWantTask(t, e, d, idx, bindings.Task{Status: tkUnset})
	}
	tkWantTask(t, e, d, 62, bindings.Task{Status: tkUnset})

	// After the final deadline: no claim, alone or in a batch.
	e.AdvanceTo(pocotest.FinalDeadline(d))
	for _, idx := range done {
		tid := pocotest.TaskID(d, idx)
		tkRevert(t, e, w1, e.Poco.PackClaim(d, bindings.ClaimItem{Idx: tkU(idx)}), "PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkRevert(t, e, w1, e.Poco.PackClaimBatch(d, []bindings.ClaimItem{{Idx: tkU(62)}, {Idx: tkU(idx)}}),
			"PocoTaskWrongStatus", tid, uint8(tkCompleted))
		tkWantTask(t, e, d, idx, bindings.Task{Status: tkCompleted, Contributors: 1, Winners: 1})
	}
}

// The other order: a task that a contribution started, that finalize completed or that a
// claim failed refuses the fast path with its own status, alone or in a batch, in the deal
// slot and in both words.
func TestStartedTasksRefuseTheFastPath(t *testing.T) {
	e := pocotest.New(t)
	_, d := tkSplitDeal(t, e)
	good := pocotest.Digest("good")
	w0, w1 := e.Workers[0], e.Workers[1]
	refused := func(idx uint64, status uint8) {
		t.Helper()
		tid := pocotest.TaskID(d, idx)
		tkRevert(t, e, w1, e.Poco.PackContributeAndFinalize(d, e.ContributeAndFinalizeItem(w1, d, idx, good)),
			"PocoTaskWrongStatus", tid, status)
		// First in the batch: past the final deadline the task checked first decides.
		tkRevert(t, e, w0, e.Poco.PackContributeAndFinalizeBatch(d, tkFastItems(e, d, idx, 62)),
			"PocoTaskWrongStatus", tid, status)
	}
	started := []uint64{63, 64, 256}
	for _, idx := range started {
		e.Contribute(w0, d, idx, good)
		refused(idx, tkActive)
	}
	for _, idx := range started {
		r := e.Reveal(w0, d, idx, good) // trust 1: one vote is a consensus
		refused(idx, tkRevealing)
		deadline := tkRevealDeadline(t, e, d, r)
		e.Finalize(d, idx, good)
		refused(idx, tkCompleted)
		// The stored task, not the fast path's reading of the bit.
		got := e.Task(d, idx)
		if got.Status != tkCompleted || got.Contributors != 1 || got.Winners != 1 ||
			got.RevealDeadline.Uint64() != deadline || got.ResultTag != protocol.ResultTag(protocol.ResultHash(pocotest.TaskID(d, idx), good)) {
			t.Fatalf("task %d after finalize: %+v", idx, got)
		}
	}
	// A claim of an unstarted task (the bit set by the claim) and of an ACTIVE one.
	e.Contribute(w0, d, 257, good)
	e.AdvanceTo(pocotest.FinalDeadline(d))
	for _, idx := range []uint64{60, 65, 257} {
		e.Claim(w1, d, idx)
		refused(idx, tkFailed)
		tkWantStatus(t, e, d, idx, tkFailed)
	}
	tkWantTask(t, e, d, 62, bindings.Task{Status: tkUnset})
}

// The task view reads every state of a trust-1 deal's tasks, fast path included, and a
// replicated deal's stored states (no bits there).
func TestTaskViewReadsEveryState(t *testing.T) {
	e := pocotest.New(t)
	d := tkMatch(e, tkDealSpec{volume: 6, trust: 1})
	good := pocotest.Digest("good")
	w0 := e.Workers[0]
	tkWantStatus(t, e, d, 0, tkUnset)
	e.Contribute(w0, d, 1, good)
	tkWantStatus(t, e, d, 1, tkActive)
	e.Contribute(w0, d, 2, good)
	e.Reveal(w0, d, 2, good)
	tkWantStatus(t, e, d, 2, tkRevealing)
	e.Contribute(w0, d, 3, good)
	e.Reveal(w0, d, 3, good)
	e.Finalize(d, 3, good)
	tkWantStatus(t, e, d, 3, tkCompleted)
	e.ContributeAndFinalize(w0, d, 4, good)
	tkWantTask(t, e, d, 4, bindings.Task{Status: tkCompleted, Contributors: 1, Winners: 1})
	e.AdvanceTo(pocotest.FinalDeadline(d))
	e.Claim(w0, d, 5)
	tkWantStatus(t, e, d, 5, tkFailed)
	e.Claim(w0, d, 1)
	tkWantStatus(t, e, d, 1, tkFailed)
	tkWantStatus(t, e, d, 0, tkUnset)
	tkWantStatus(t, e, d, 6, tkUnset) // outside the deal

	r := tkMatch(e, tkDealSpec{volume: 2, trust: 3})
	tkAgree(t, e, r, 0, good)
	tkWantStatus(t, e, r, 0, tkActive)
	tkWantStatus(t, e, r, 1, tkUnset)
}

// The fast path stores its started bits before calling the deal's callback: a callback that
// calls the hub back to complete the same task again (as a worker the scheduler authorized)
// is refused with PocoTaskWrongStatus(taskid, COMPLETED), for a bit in the deal slot (single
// call) and in a word (batch), and the task is paid once.
func TestACallbackCannotCompleteItsTaskAgain(t *testing.T) {
	e := pocotest.New(t)
	cbAddr := tkDeployCallback(t, e)
	cbABI := bindings.NewTestCallback()
	e.SendTo(e.Owner, cbAddr, cbABI.PackSetMode(3)) // REENTER
	deal := tkMatch(e, tkDealSpec{volume: 70, trust: 1, callback: cbAddr})
	w := e.Workers[0]
	_, lockedBefore := e.Account(e.Requester.Address)
	freeBefore, _ := e.Account(w.Address)

	// item is W0's completion of task idx, whose callback data is the callback contract's own
	// contributeAndFinalize of the same task.
	item := func(idx uint64) bindings.ContributeAndFinalizeItem {
		again := bindings.ContributeAndFinalizeItem{Idx: tkU(idx), ResultDigest: tkDigestOf(nil), Results: []byte("again"),
			ResultsCallback: []byte{}, EnclaveSign: []byte{}, AuthorizationSign: e.Authorize(deal, idx, cbAddr, common.Address{})}
		data := e.Poco.PackContributeAndFinalize(deal, again)
		it := e.ContributeAndFinalizeItem(w, deal, idx, tkDigestOf(data))
		it.ResultsCallback = data
		return it
	}
	for _, c := range []struct {
		idx  uint64
		data []byte
	}{
		{5, e.Poco.PackContributeAndFinalize(deal, item(5))},
		{66, e.Poco.PackContributeAndFinalizeBatch(deal, []bindings.ContributeAndFinalizeItem{item(66)})},
	} {
		r := e.Tx(w, c.data)
		var found bool
		for _, l := range r.Logs {
			ev, err := cbABI.UnpackReenteredEvent(l)
			if err != nil {
				continue
			}
			found = true
			if ev.Ok {
				t.Fatalf("task %d: the callback completed its task again", c.idx)
			}
			rev := chain.DecodeRevertData(ev.Returned, e.ABIs...)
			if rev.Name != "PocoTaskWrongStatus" {
				t.Fatalf("task %d: the reentrant call reverted with %s, want PocoTaskWrongStatus", c.idx, rev.Name)
			}
			tkCheckArgs(t, rev, pocotest.TaskID(deal, c.idx), uint8(tkCompleted))
		}
		if !found {
			t.Fatalf("task %d: no Reentered event", c.idx)
		}
		tkWantTask(t, e, deal, c.idx, bindings.Task{Status: tkCompleted, Contributors: 1, Winners: 1})
	}
	_, lockedAfter := e.Account(e.Requester.Address)
	freeAfter, _ := e.Account(w.Address)
	wantBig(t, "requester's locked balance spent", new(big.Int).Sub(lockedBefore, lockedAfter), tkB(2*(tkAppPrice+tkPoolPrice)))
	wantBig(t, "worker's rewards", new(big.Int).Sub(freeAfter, freeBefore), tkB(2*tkWorkersPot(tkPoolPrice)))
	if free, locked := e.Account(cbAddr); free.Sign() != 0 || locked.Sign() != 0 {
		t.Fatalf("the callback contract holds %s free, %s locked", free, locked)
	}
	e.CheckConservation()
}
