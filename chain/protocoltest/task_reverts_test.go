package protocoltest

// Every revert path of the task module (contracts/src/PocoTasks.sol), each with its exact
// custom error and arguments. Reverts are checked by simulating the call (eth_call) on the
// head block, so `time` arguments are the head block's timestamp.

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// tkAuthBy is an authorization for worker on task idx signed by `key` (not necessarily the scheduler).
func tkAuthBy(t *testing.T, key *ecdsa.PrivateKey, d bindings.Deal, idx uint64, worker common.Address) []byte {
	t.Helper()
	sig, err := protocol.SignAuthorization(key, worker, pocotest.TaskID(d, idx), common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func tkClaimItem(e *pocotest.Env, d bindings.Deal, idx uint64) bindings.ClaimItem {
	return bindings.ClaimItem{Idx: tkU(idx), Contributors: e.Contributors(d, idx)}
}

// tkAgree has W0 and W1 agree on task idx of a trust-3 deal: their group satisfies the
// consensus rule (4×3 > 5×2), the task stays ACTIVE.
func tkAgree(t *testing.T, e *pocotest.Env, d bindings.Deal, idx uint64, digest [32]byte) {
	t.Helper()
	e.Contribute(e.Workers[0], d, idx, digest)
	e.Contribute(e.Workers[1], d, idx, digest)
	tkWantStatus(t, e, d, idx, tkActive)
}

// tkConsensus is tkAgree, then W0's reveal with the scheduler's permit, which opens the
// reveals (REVEALING); it returns the reveal deadline. W1 has not revealed.
func tkConsensus(t *testing.T, e *pocotest.Env, d bindings.Deal, idx uint64, digest [32]byte) uint64 {
	t.Helper()
	tkAgree(t, e, d, idx, digest)
	r := e.Reveal(e.Workers[0], d, idx, digest)
	tkWantStatus(t, e, d, idx, tkRevealing)
	return tkRevealDeadline(t, e, d, r)
}

// tkAt moves the head block to exactly ts; it fails if the chain is already past it.
func tkAt(t *testing.T, e *pocotest.Env, ts uint64) {
	t.Helper()
	e.AdvanceTo(ts)
	if now := e.Now(); now != ts {
		t.Fatalf("chain clock: head at %d, want exactly %d (already past it)", now, ts)
	}
}

// ───────────────────────────── deal and index ─────────────────────────────

func TestTaskOperationsRefuseADealThatIsNotTheStoredOne(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 3})
	fast := tkMatch(e, tkDealSpec{volume: 2, trust: 1})
	w := e.Workers[0]
	good := pocotest.Digest("good")

	tampers := []struct {
		name string
		edit func(*bindings.Deal)
	}{
		{"worker stake 0", func(d *bindings.Deal) { d.WorkerStake = new(big.Int) }},
		{"pool owner replaced", func(d *bindings.Deal) { d.WorkerpoolOwner = w.Address }},
		{"trust lowered", func(d *bindings.Deal) { d.Trust = tkB(1) }},
		{"bag enlarged", func(d *bindings.Deal) { d.BotSize = tkB(1000) }},
		{"pool price raised", func(d *bindings.Deal) { d.WorkerpoolPrice = tkB(1000 * pocotest.RLC) }},
		{"sponsor replaced", func(d *bindings.Deal) { d.Sponsor = w.Address }},
		{"scheduler ratio changed", func(d *bindings.Deal) { d.SchedulerRewardRatio = tkB(100) }},
		{"start time moved", func(d *bindings.Deal) { d.StartTime = new(big.Int).Add(d.StartTime, tkB(1)) }},
		{"unknown id", func(d *bindings.Deal) { d.Id = crypto.Keccak256Hash([]byte("no such deal")) }},
	}
	for _, tc := range tampers {
		d := deal
		tc.edit(&d)
		item := e.ContributeItem(w, d, 0, good)
		rev := e.Revert(w, e.Poco.PackContribute(d, item), "PocoUnknownDeal")
		tkCheckArgs(t, rev, d.Id)
	}

	// Every entry point checks the deal first.
	bad := deal
	bad.WorkerStake = new(big.Int)
	badFast := fast
	badFast.WorkerpoolPrice = tkB(1)
	ci := e.ContributeItem(w, deal, 0, good)
	cf := e.ContributeAndFinalizeItem(w, fast, 0, good)
	fi := e.FinalizeItem(deal, 0, good)
	for _, c := range []struct {
		name string
		from *chaintest.Account
		data []byte
		id   [32]byte
	}{
		{"contribute", w, e.Poco.PackContribute(bad, ci), bad.Id},
		{"contributeBatch", w, e.Poco.PackContributeBatch(bad, []bindings.ContributeItem{ci}), bad.Id},
		{"reveal", w, e.Poco.PackReveal(bad, tkPlainReveal(0, good)), bad.Id},
		{"revealBatch", w, e.Poco.PackRevealBatch(bad, []bindings.RevealItem{tkPlainReveal(0, good)}), bad.Id},
		{"finalize", e.PoolOwner, e.Poco.PackFinalize(bad, fi), bad.Id},
		{"finalizeBatch", e.PoolOwner, e.Poco.PackFinalizeBatch(bad, []bindings.FinalizeItem{fi}), bad.Id},
		{"claim", w, e.Poco.PackClaim(bad, tkClaimItem(e, deal, 0)), bad.Id},
		{"claimBatch", w, e.Poco.PackClaimBatch(bad, []bindings.ClaimItem{tkClaimItem(e, deal, 0)}), bad.Id},
		{"contributeAndFinalize", w, e.Poco.PackContributeAndFinalize(badFast, cf), badFast.Id},
		{"contributeAndFinalizeBatch", w, e.Poco.PackContributeAndFinalizeBatch(badFast, []bindings.ContributeAndFinalizeItem{cf}), badFast.Id},
	} {
		rev := e.Revert(c.from, c.data, "PocoUnknownDeal")
		if len(rev.ArgsOrdered) != 1 || tkArg(rev.ArgsOrdered[0]) != tkArg(c.id) {
			t.Errorf("%s: PocoUnknownDeal args: got %v, want (%x)", c.name, rev.ArgsOrdered, c.id)
		}
	}
}

func TestTaskIndexMustBeInsideTheDealsBag(t *testing.T) {
	e := pocotest.New(t)
	// One request of volume 3 matched twice: with a pool order of volume 1 (bag [0, 1)), then
	// with another pool order (bag [1, 3)).
	o := tkOrders(e, tkDealSpec{volume: 3, trust: 1})
	o.Workerpool.Volume = tkB(1)
	o.Sigs.Workerpool = e.Sign(e.PoolOwner.Key, o.Workerpool.Hash(e.Domain))
	first := e.Match(e.Requester, o)
	o.Workerpool = e.WorkerpoolOrder()
	o.Sigs.Workerpool = e.Sign(e.PoolOwner.Key, o.Workerpool.Hash(e.Domain))
	second := e.Match(e.Requester, o)
	if first.BotFirst.Int64() != 0 || first.BotSize.Int64() != 1 || second.BotFirst.Int64() != 1 || second.BotSize.Int64() != 2 {
		t.Fatalf("bags: got [%s,+%s) and [%s,+%s), want [0,+1) and [1,+2)", first.BotFirst, first.BotSize, second.BotFirst, second.BotSize)
	}
	w := e.Workers[0]
	good := pocotest.Digest("good")
	for _, c := range []struct {
		deal             bindings.Deal
		idx, first, size uint64
	}{
		{first, 1, 0, 1},
		{second, 0, 1, 2},
		{second, 3, 1, 2},
		{second, 1 << 60, 1, 2},
	} {
		d, idx := c.deal, c.idx
		ci := e.ContributeItem(w, d, idx, good)
		fi := e.FinalizeItem(d, idx, good)
		for name, call := range map[string]struct {
			from *chaintest.Account
			data []byte
		}{
			"contribute":            {w, e.Poco.PackContribute(d, ci)},
			"contributeBatch":       {w, e.Poco.PackContributeBatch(d, []bindings.ContributeItem{ci})},
			"contributeAndFinalize": {w, e.Poco.PackContributeAndFinalize(d, e.ContributeAndFinalizeItem(w, d, idx, good))},
			"reveal":                {w, e.Poco.PackReveal(d, tkPlainReveal(idx, good))},
			"finalize":              {e.PoolOwner, e.Poco.PackFinalize(d, fi)},
			"claim":                 {w, e.Poco.PackClaim(d, bindings.ClaimItem{Idx: tkU(idx)})},
		} {
			rev := e.Revert(call.from, call.data, "PocoTaskIndexOutOfRange")
			if got, want := argsString(rev), tkArgs(idx, c.first, c.size); got != want {
				t.Errorf("%s idx %d: PocoTaskIndexOutOfRange args: got (%s), want (%s)", name, idx, got, want)
			}
		}
	}
	// Index 1 is the first task of the second deal, and a different task from index 0 of the first.
	e.ContributeAndFinalize(w, second, 1, good)
	e.ContributeAndFinalize(w, first, 0, good)
	tkWantStatus(t, e, second, 1, tkCompleted)
	tkWantStatus(t, e, first, 0, tkCompleted)
}

func argsString(rev *chain.RevertError) string {
	s := make([]string, len(rev.ArgsOrdered))
	for i, a := range rev.ArgsOrdered {
		s[i] = tkArg(a)
	}
	return strings.Join(s, ", ")
}

func tkArgs(vals ...any) string {
	s := make([]string, len(vals))
	for i, a := range vals {
		s[i] = tkArg(a)
	}
	return strings.Join(s, ", ")
}

// ───────────────────────────── status ─────────────────────────────

func TestOperationsInTheWrongTaskStatusAreRefused(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 4, trust: 3, category: cat})
	good := pocotest.Digest("good")
	w0, w2 := e.Workers[0], e.Workers[2]
	tid := func(idx uint64) [32]byte { return pocotest.TaskID(deal, idx) }

	// Task 0 UNSET: nothing to reveal (with the permit or without), nothing to finalize.
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, tkPlainReveal(0, good)), "PocoTaskWrongStatus", tid(0), uint8(tkUnset))
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoTaskWrongStatus", tid(0), uint8(tkUnset))
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 0, good)), "PocoTaskWrongStatus", tid(0), uint8(tkUnset))

	// Task 1 ACTIVE (one vote): the reveals are not open, so nothing to finalize.
	e.Contribute(w0, deal, 1, good)
	tkWantStatus(t, e, deal, 1, tkActive)
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 1, good)), "PocoTaskWrongStatus", tid(1), uint8(tkActive))
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalizeBatch(deal, []bindings.FinalizeItem{e.FinalizeItem(deal, 1, good)}), "PocoTaskWrongStatus", tid(1), uint8(tkActive))
	// Even with a group that satisfies the rule, until a permitted reveal opens the reveals.
	tkAgree(t, e, deal, 2, good)
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 2, good)), "PocoTaskWrongStatus", tid(2), uint8(tkActive))

	// Task 2 REVEALING: no more contributions, in a batch neither.
	e.Reveal(e.Workers[0], deal, 2, good)
	tkWantStatus(t, e, deal, 2, tkRevealing)
	tkRevert(t, e, w2, e.Poco.PackContribute(deal, e.ContributeItem(w2, deal, 2, good)), "PocoTaskWrongStatus", tid(2), uint8(tkRevealing))
	tkRevert(t, e, w2, e.Poco.PackContributeBatch(deal, []bindings.ContributeItem{e.ContributeItem(w2, deal, 3, good), e.ContributeItem(w2, deal, 2, good)}),
		"PocoTaskWrongStatus", tid(2), uint8(tkRevealing))

	// Task 2 COMPLETED: finalize twice, contribute, reveal, claim.
	e.Reveal(e.Workers[1], deal, 2, good)
	e.Finalize(deal, 2, good)
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 2, good)), "PocoTaskWrongStatus", tid(2), uint8(tkCompleted))
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalizeBatch(deal, []bindings.FinalizeItem{e.FinalizeItem(deal, 2, good)}), "PocoTaskWrongStatus", tid(2), uint8(tkCompleted))
	tkRevert(t, e, w2, e.Poco.PackContribute(deal, e.ContributeItem(w2, deal, 2, good)), "PocoTaskWrongStatus", tid(2), uint8(tkCompleted))
	tkRevert(t, e, e.Workers[0], e.Poco.PackReveal(deal, tkPlainReveal(2, good)), "PocoTaskWrongStatus", tid(2), uint8(tkCompleted))
	tkRevert(t, e, w2, e.Poco.PackClaim(deal, tkClaimItem(e, deal, 2)), "PocoTaskWrongStatus", tid(2), uint8(tkCompleted))
	e.AdvanceTo(pocotest.FinalDeadline(deal))
	tkRevert(t, e, w2, e.Poco.PackClaim(deal, tkClaimItem(e, deal, 2)), "PocoTaskWrongStatus", tid(2), uint8(tkCompleted))

	// Task 3 FAILED: claim twice (and in a batch), contribute, finalize.
	e.Claim(w2, deal, 3)
	tkRevert(t, e, w2, e.Poco.PackClaim(deal, tkClaimItem(e, deal, 3)), "PocoTaskWrongStatus", tid(3), uint8(tkFailed))
	tkRevert(t, e, w2, e.Poco.PackClaimBatch(deal, []bindings.ClaimItem{tkClaimItem(e, deal, 1), tkClaimItem(e, deal, 3)}), "PocoTaskWrongStatus", tid(3), uint8(tkFailed))
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 3, good)), "PocoTaskWrongStatus", tid(3), uint8(tkFailed))
}

func TestFastPathNeedsAnUnstartedTask(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 3, trust: 1})
	good := pocotest.Digest("good")
	w0, w1 := e.Workers[0], e.Workers[1]
	// contribute() at trust 1 starts the task (ACTIVE, its group satisfies the rule at once).
	e.Contribute(w0, deal, 0, good)
	tkRevert(t, e, w1, e.Poco.PackContributeAndFinalize(deal, e.ContributeAndFinalizeItem(w1, deal, 0, good)),
		"PocoTaskWrongStatus", pocotest.TaskID(deal, 0), uint8(tkActive))
	// A task completed on the fast path takes nothing more.
	e.ContributeAndFinalize(w0, deal, 1, good)
	tkRevert(t, e, w1, e.Poco.PackContributeAndFinalize(deal, e.ContributeAndFinalizeItem(w1, deal, 1, good)),
		"PocoTaskWrongStatus", pocotest.TaskID(deal, 1), uint8(tkCompleted))
	tkRevert(t, e, w0, e.Poco.PackContributeAndFinalizeBatch(deal, []bindings.ContributeAndFinalizeItem{
		e.ContributeAndFinalizeItem(w0, deal, 2, good), e.ContributeAndFinalizeItem(w0, deal, 1, good)}),
		"PocoTaskWrongStatus", pocotest.TaskID(deal, 1), uint8(tkCompleted))
	tkRevert(t, e, w1, e.Poco.PackContribute(deal, e.ContributeItem(w1, deal, 1, good)),
		"PocoTaskWrongStatus", pocotest.TaskID(deal, 1), uint8(tkCompleted))
	// The same task twice in one batch.
	tkRevert(t, e, w0, e.Poco.PackContributeAndFinalizeBatch(deal, []bindings.ContributeAndFinalizeItem{
		e.ContributeAndFinalizeItem(w0, deal, 2, good), e.ContributeAndFinalizeItem(w0, deal, 2, good)}),
		"PocoTaskWrongStatus", pocotest.TaskID(deal, 2), uint8(tkCompleted))
}

func TestFastPathIsOnlyForTrustOne(t *testing.T) {
	e := pocotest.New(t)
	for _, trust := range []int64{2, 3, 10} {
		deal := tkMatch(e, tkDealSpec{volume: 1, trust: trust})
		w := e.Workers[0]
		item := e.ContributeAndFinalizeItem(w, deal, 0, pocotest.Digest("x"))
		tkRevert(t, e, w, e.Poco.PackContributeAndFinalize(deal, item), "PocoTrustNotOne", pocotest.TaskID(deal, 0), trust)
		tkRevert(t, e, w, e.Poco.PackContributeAndFinalizeBatch(deal, []bindings.ContributeAndFinalizeItem{item}), "PocoTrustNotOne", pocotest.TaskID(deal, 0), trust)
	}
}

// ───────────────────────────── deadlines ─────────────────────────────

func TestDeadlinesBoundEveryStep(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 4, trust: 3, category: cat})
	fast := tkMatch(e, tkDealSpec{volume: 1, trust: 1, category: cat})
	if deal.WorkClockTimeRef.Uint64() != 10 || fast.WorkClockTimeRef.Uint64() != 10 {
		t.Fatalf("deal reference time: got %s and %s, want the category's 10", deal.WorkClockTimeRef, fast.WorkClockTimeRef)
	}
	good := pocotest.Digest("good")
	w0, w1, w2 := e.Workers[0], e.Workers[1], e.Workers[2]
	tid := func(idx uint64) [32]byte { return pocotest.TaskID(deal, idx) }
	// DESIGN.md §3: contribution = start + 7×ref, reveal = first reveal + 2×ref, final = start + 10×ref.
	final := deal.StartTime.Uint64() + tkFinalRatio*10

	// Claim before the final deadline.
	tkRevert(t, e, w2, e.Poco.PackClaim(deal, tkClaimItem(e, deal, 0)), "PocoDeadlineNotReached", tid(0), final, e.Now())

	// Task 2: the reveals opened with one reveal, so it can be finalized until the final deadline.
	tkConsensus(t, e, deal, 2, good)

	// Task 0: a group satisfies the rule, the reveals are not open: they can open until the
	// final deadline.
	tkAgree(t, e, deal, 0, good)

	// Task 1: W0's reveal opens the reveals; W1 may reveal until the reveal deadline, exclusive.
	dl1 := tkConsensus(t, e, deal, 1, good)
	tkAt(t, e, dl1-1)
	if err := tkCallGas(e, w1.Address, e.Poco.PackReveal(deal, tkPlainReveal(1, good)), 0); err != nil {
		t.Errorf("reveal one second before the reveal deadline: got %v, want success", err)
	}
	tkAt(t, e, dl1)
	tkRevert(t, e, w1, e.Poco.PackReveal(deal, tkPlainReveal(1, good)), "PocoDeadlinePassed", tid(1), dl1, dl1)
	tkRevert(t, e, w1, e.Poco.PackRevealBatch(deal, []bindings.RevealItem{tkPlainReveal(1, good)}), "PocoDeadlinePassed", tid(1), dl1, dl1)

	// Contribution deadline: start + 7 × ref, inclusive.
	cdl := deal.StartTime.Uint64() + tkContribRatio*10
	tkAt(t, e, cdl-1)
	if err := tkCallGas(e, w2.Address, e.Poco.PackContribute(deal, e.ContributeItem(w2, deal, 3, good)), 0); err != nil {
		t.Errorf("contribute one second before the contribution deadline: got %v, want success", err)
	}
	tkAt(t, e, cdl)
	tkRevert(t, e, w2, e.Poco.PackContribute(deal, e.ContributeItem(w2, deal, 3, good)), "PocoDeadlinePassed", tid(3), cdl, cdl)
	tkRevert(t, e, w2, e.Poco.PackContributeBatch(deal, []bindings.ContributeItem{e.ContributeItem(w2, deal, 3, good)}), "PocoDeadlinePassed", tid(3), cdl, cdl)
	fcdl := fast.StartTime.Uint64() + tkContribRatio*10
	tkAt(t, e, fcdl)
	tkRevert(t, e, w2, e.Poco.PackContributeAndFinalize(fast, e.ContributeAndFinalizeItem(w2, fast, 0, good)),
		"PocoDeadlinePassed", pocotest.TaskID(fast, 0), fcdl, fcdl)

	// Final deadline: start + 10 × ref, inclusive; then claim works, and no first reveal can
	// open an ACTIVE task any more.
	tkAt(t, e, final-1)
	tkRevert(t, e, w2, e.Poco.PackClaim(deal, tkClaimItem(e, deal, 2)), "PocoDeadlineNotReached", tid(2), final, final-1)
	if err := tkCallGas(e, w0.Address, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), 0); err != nil {
		t.Errorf("first reveal one second before the final deadline: got %v, want success", err)
	}
	tkAt(t, e, final)
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoDeadlinePassed", tid(0), final, final)
	tkRevert(t, e, w0, e.Poco.PackRevealBatch(deal, []bindings.RevealItem{e.RevealItem(deal, 0, good)}), "PocoDeadlinePassed", tid(0), final, final)
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 2, good)), "PocoDeadlinePassed", tid(2), final, final)
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalizeBatch(deal, []bindings.FinalizeItem{e.FinalizeItem(deal, 2, good)}), "PocoDeadlinePassed", tid(2), final, final)
	e.Claim(w2, deal, 2)
	tkWantStatus(t, e, deal, 2, tkFailed)
}

// ───────────────────────────── contribute ─────────────────────────────

func TestWorkerContributesOnceToATask(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 5})
	w := e.Workers[0]
	e.Contribute(w, deal, 0, pocotest.Digest("good"))
	for _, digest := range [][32]byte{pocotest.Digest("good"), pocotest.Digest("other")} {
		tkRevert(t, e, w, e.Poco.PackContribute(deal, e.ContributeItem(w, deal, 0, digest)), "PocoAlreadyContributed", pocotest.TaskID(deal, 0), w.Address)
	}
	// Twice in one batch.
	tkRevert(t, e, w, e.Poco.PackContributeBatch(deal, []bindings.ContributeItem{
		e.ContributeItem(w, deal, 1, pocotest.Digest("a")), e.ContributeItem(w, deal, 1, pocotest.Digest("b"))}),
		"PocoAlreadyContributed", pocotest.TaskID(deal, 1), w.Address)
}

func TestContributionNeedsTheSchedulersAuthorizationForThisWorkerAndTask(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 3})
	fast := tkMatch(e, tkDealSpec{volume: 1, trust: 1})
	w0, w1 := e.Workers[0], e.Workers[1]
	good := pocotest.Digest("good")
	t0 := pocotest.TaskID(deal, 0)
	pool := e.PoolOwner.Address

	for _, c := range []struct {
		name string
		sig  []byte
	}{
		{"signed by the requester", tkAuthBy(t, e.Requester.Key, deal, 0, w0.Address)},
		{"signed by the worker itself", tkAuthBy(t, w0.Key, deal, 0, w0.Address)},
		{"for another worker", e.Authorize(deal, 0, w1.Address, common.Address{})},
		{"for another task", e.Authorize(deal, 1, w0.Address, common.Address{})},
		{"for another enclave", e.Authorize(deal, 0, w0.Address, common.HexToAddress("0x1234"))},
		{"empty", nil},
		{"truncated", e.Authorize(deal, 0, w0.Address, common.Address{})[:40]},
	} {
		item := e.ContributeItem(w0, deal, 0, good)
		item.AuthorizationSign = c.sig
		rev := e.Revert(w0, e.Poco.PackContribute(deal, item), "PocoInvalidAuthorization")
		if got, want := argsString(rev), tkArgs(t0, w0.Address, pool); got != want {
			t.Errorf("%s: args got (%s), want (%s)", c.name, got, want)
		}
	}
	// W1 replaying W0's valid authorization (and W0's whole item).
	tkRevert(t, e, w1, e.Poco.PackContribute(deal, e.ContributeItem(w0, deal, 0, good)), "PocoInvalidAuthorization", t0, w1.Address, pool)
	// The fast path checks it too.
	item := e.ContributeAndFinalizeItem(w0, fast, 0, good)
	tkRevert(t, e, w1, e.Poco.PackContributeAndFinalize(fast, item), "PocoInvalidAuthorization", pocotest.TaskID(fast, 0), w1.Address, pool)
	item.AuthorizationSign = tkAuthBy(t, w0.Key, fast, 0, w0.Address)
	tkRevert(t, e, w0, e.Poco.PackContributeAndFinalize(fast, item), "PocoInvalidAuthorization", pocotest.TaskID(fast, 0), w0.Address, pool)
	// A compact (EIP-2098) signature by the scheduler is accepted.
	ci := e.ContributeItem(w0, deal, 0, good)
	compact, err := protocol.CompactSignature(ci.AuthorizationSign)
	if err != nil {
		t.Fatal(err)
	}
	ci.AuthorizationSign = compact
	e.Tx(w0, e.Poco.PackContribute(deal, ci))
}

func TestContributionNeedsFreeBalanceForTheStake(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 3, trust: 3})
	w := e.Workers[7]
	const keep = 5 * pocotest.RLC // enough for one stake (3 RLC), not for two
	e.Tx(w, e.Poco.PackWithdraw(new(big.Int).Sub(pocotest.DepositTokens, tkB(keep))))
	tkRevert(t, e, w, e.Poco.PackContributeBatch(deal, tkContributeItems(e, w, deal, []uint64{0, 1}, pocotest.Digest("x"))),
		"PocoInsufficientFreeBalance", w.Address, int64(keep), int64(2*tkWorkerStake))
	e.Contribute(w, deal, 2, pocotest.Digest("x"))
	tkRevert(t, e, w, e.Poco.PackContribute(deal, e.ContributeItem(w, deal, 0, pocotest.Digest("x"))),
		"PocoInsufficientFreeBalance", w.Address, int64(keep-tkWorkerStake), int64(tkWorkerStake))
}

// ───────────────────────────── reveal ─────────────────────────────

func TestOnlyAnUnrevealedContributorCanReveal(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	good := pocotest.Digest("good")
	tkAgree(t, e, deal, 0, good)
	t0 := pocotest.TaskID(deal, 0)
	w3 := e.Workers[3]
	// The permit and the group pass, the revealer is no contributor: the first reveal fails
	// as a whole, the task stays ACTIVE.
	tkRevert(t, e, w3, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoCannotReveal", t0, w3.Address, uint8(0))
	tkRevert(t, e, e.Requester, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoCannotReveal", t0, e.Requester.Address, uint8(0))
	tkWantStatus(t, e, deal, 0, tkActive)
	e.Reveal(e.Workers[0], deal, 0, good)
	tkRevert(t, e, w3, e.Poco.PackReveal(deal, tkPlainReveal(0, good)), "PocoCannotReveal", t0, w3.Address, uint8(0))
	tkRevert(t, e, e.Workers[0], e.Poco.PackReveal(deal, tkPlainReveal(0, good)), "PocoCannotReveal", t0, e.Workers[0].Address, uint8(tkProved))
	tkRevert(t, e, e.Workers[1], e.Poco.PackRevealBatch(deal, []bindings.RevealItem{tkPlainReveal(0, good), tkPlainReveal(0, good)}),
		"PocoCannotReveal", t0, e.Workers[1].Address, uint8(tkProved))
}

func TestRevealMustMatchTheConsensusAndTheWorkersOwnSeal(t *testing.T) {
	e := pocotest.New(t)
	// trust 3: the dissenter W0 first, then W1..W3 agree (24 > 22 at the third): bad group 2,
	// good group 8, total 11.
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	w0, w1, w2 := e.Workers[0], e.Workers[1], e.Workers[2]
	e.Contribute(w0, deal, 0, bad)
	for _, w := range e.Workers[1:4] {
		e.Contribute(w, deal, 0, good)
	}
	tkWantStatus(t, e, deal, 0, tkActive)
	t0 := pocotest.TaskID(deal, 0)
	permitted := func(d [32]byte) bindings.RevealItem { return e.RevealItem(deal, 0, d) }

	// While ACTIVE, a first reveal opens the reveals on the revealed result's group, which
	// must satisfy the rule: the dissenter's group does not (2×3 ≤ 11×2), nor a result nobody
	// contributed (group 0).
	tkRevert(t, e, w1, e.Poco.PackReveal(deal, permitted(bad)), "PocoNoConsensus", t0, 2, 11)
	tkRevert(t, e, w1, e.Poco.PackReveal(deal, permitted(pocotest.Digest("other"))), "PocoNoConsensus", t0, 0, 11)
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, permitted(bad)), "PocoNoConsensus", t0, 2, 11)
	// The dissenter copying the consensus digest: the group opens, its seal does not match.
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, permitted(good)), "PocoRevealMismatch", t0, w0.Address)
	tkWantStatus(t, e, deal, 0, tkActive)

	e.Reveal(w1, deal, 0, good)
	tkWantStatus(t, e, deal, 0, tkRevealing)
	// Once REVEALING: a winner revealing anything but the consensus digest.
	tkRevert(t, e, w2, e.Poco.PackReveal(deal, tkPlainReveal(0, bad)), "PocoRevealMismatch", t0, w2.Address)
	tkRevert(t, e, w2, e.Poco.PackReveal(deal, tkPlainReveal(0, pocotest.Digest("other"))), "PocoRevealMismatch", t0, w2.Address)
	// The dissenter copying the consensus digest: the hash matches, its seal does not.
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, tkPlainReveal(0, good)), "PocoRevealMismatch", t0, w0.Address)
	// The dissenter revealing its own digest: not the consensus.
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, tkPlainReveal(0, bad)), "PocoRevealMismatch", t0, w0.Address)
	e.Tx(w2, e.Poco.PackReveal(deal, tkPlainReveal(0, good)))
}

// ───────────────────────────── finalize ─────────────────────────────

func TestOnlyTheSchedulerFinalizes(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3, category: cat})
	good := pocotest.Digest("good")
	tkConsensus(t, e, deal, 0, good)
	e.Reveal(e.Workers[1], deal, 0, good)
	pool := e.PoolOwner.Address
	for _, who := range []*chaintest.Account{e.Workers[0], e.Requester, e.AppOwner, e.Owner} {
		tkRevert(t, e, who, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 0, good)), "PocoNotScheduler", who.Address, pool)
		tkRevert(t, e, who, e.Poco.PackFinalizeBatch(deal, []bindings.FinalizeItem{e.FinalizeItem(deal, 0, good)}), "PocoNotScheduler", who.Address, pool)
	}
	e.Finalize(deal, 0, good)
}

func TestFinalizeWaitsForEveryWinnerOrTheRevealDeadline(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3, category: cat})
	good := pocotest.Digest("good")
	dl := tkConsensus(t, e, deal, 0, good) // W0 revealed (a REVEALING task always has a reveal), W1 not yet
	t0 := pocotest.TaskID(deal, 0)
	fin := func() []byte { return e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 0, good)) }
	tkRevert(t, e, e.PoolOwner, fin(), "PocoRevealsPending", t0, 1, 2, dl)
	e.AdvanceTo(dl - 1)
	tkRevert(t, e, e.PoolOwner, fin(), "PocoRevealsPending", t0, 1, 2, dl)
	e.AdvanceTo(dl)
	e.Tx(e.PoolOwner, fin())
	tkWantStatus(t, e, deal, 0, tkCompleted)
}

func TestFinalizeOfEveryWinnerNeedsNoWait(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	good := pocotest.Digest("good")
	tkConsensus(t, e, deal, 0, good)
	e.Reveal(e.Workers[1], deal, 0, good)
	e.Finalize(deal, 0, good)
	tkWantStatus(t, e, deal, 0, tkCompleted)
}

func TestFinalizeNeedsTheConsensusDigest(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	e.Contribute(e.Workers[0], deal, 0, bad)
	for _, w := range e.Workers[1:4] {
		e.Contribute(w, deal, 0, good)
	}
	for _, w := range e.Workers[1:4] {
		e.Reveal(w, deal, 0, good)
	}
	t0 := pocotest.TaskID(deal, 0)
	for _, d := range [][32]byte{bad, pocotest.Digest("other"), {}} {
		tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 0, d)), "PocoResultDigestMismatch", t0, d)
	}
	e.Finalize(deal, 0, good)
}

// The contributor list finalize and claim take is every contributor of the task, each once,
// in ascending address order: anything else is refused with PocoContributorsMismatch.
func TestContributorListMustBeTheTasksInAddressOrder(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 3, trust: 3, category: cat})
	good := pocotest.Digest("good")
	w5 := e.Workers[5]
	tkConsensus(t, e, deal, 0, good)
	e.Reveal(e.Workers[1], deal, 0, good)
	e.Contribute(e.Workers[0], deal, 2, good) // ACTIVE, for claim
	e.Contribute(e.Workers[2], deal, 2, pocotest.Digest("bad"))

	variants := func(list []common.Address) map[string][]common.Address {
		if len(list) != 2 || bytes.Compare(list[0][:], list[1][:]) >= 0 {
			t.Fatalf("pocotest's list %v: want two addresses in ascending order", list)
		}
		// w5 did not contribute: in place of either contributor, in order.
		outsider := func(i int) []common.Address {
			l := slices.Clone(list)
			l[i] = w5.Address
			return protocol.ContributorList(l)
		}
		return map[string][]common.Address{
			"missing":             list[:1],
			"none":                nil,
			"reordered":           {list[1], list[0]},
			"extra":               protocol.ContributorList(append(slices.Clone(list), w5.Address)),
			"duplicated":          {list[0], list[0]},
			"duplicated last":     {list[1], list[1]},
			"outsider for first":  outsider(0),
			"outsider for second": outsider(1),
			"zero address":        {{}, list[1]},
			"outsider at the end": {list[0], common.MaxAddress},
		}
	}
	for name, list := range variants(e.Contributors(deal, 0)) {
		fi := e.FinalizeItem(deal, 0, good)
		fi.Contributors = list
		rev := e.Revert(e.PoolOwner, e.Poco.PackFinalize(deal, fi), "PocoContributorsMismatch")
		if got, want := argsString(rev), tkArgs(pocotest.TaskID(deal, 0)); got != want {
			t.Errorf("finalize, %s: args got (%s), want (%s)", name, got, want)
		}
	}
	e.AdvanceTo(pocotest.FinalDeadline(deal))
	for name, list := range variants(e.Contributors(deal, 2)) {
		rev := e.Revert(w5, e.Poco.PackClaim(deal, bindings.ClaimItem{Idx: tkU(2), Contributors: list}), "PocoContributorsMismatch")
		if got, want := argsString(rev), tkArgs(pocotest.TaskID(deal, 2)); got != want {
			t.Errorf("claim, %s: args got (%s), want (%s)", name, got, want)
		}
	}
	e.Claim(w5, deal, 2)
}

// ───────────────────────────── direct call, callback gas, absurd trust ─────────────────────────────

func TestTaskModuleRefusesDirectCalls(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	fast := tkMatch(e, tkDealSpec{volume: 1, trust: 1})
	w := e.Workers[0]
	good := pocotest.Digest("good")
	ci := e.ContributeItem(w, deal, 0, good)
	cf := e.ContributeAndFinalizeItem(w, fast, 0, good)
	fi := e.FinalizeItem(deal, 0, good)
	for name, data := range map[string][]byte{
		"contribute":                 e.Poco.PackContribute(deal, ci),
		"contributeBatch":            e.Poco.PackContributeBatch(deal, []bindings.ContributeItem{ci}),
		"reveal":                     e.Poco.PackReveal(deal, tkPlainReveal(0, good)),
		"revealBatch":                e.Poco.PackRevealBatch(deal, []bindings.RevealItem{tkPlainReveal(0, good)}),
		"finalize":                   e.Poco.PackFinalize(deal, fi),
		"finalizeBatch":              e.Poco.PackFinalizeBatch(deal, []bindings.FinalizeItem{fi}),
		"claim":                      e.Poco.PackClaim(deal, bindings.ClaimItem{Idx: tkU(0)}),
		"claimBatch":                 e.Poco.PackClaimBatch(deal, []bindings.ClaimItem{{Idx: tkU(0)}}),
		"contributeAndFinalize":      e.Poco.PackContributeAndFinalize(fast, cf),
		"contributeAndFinalizeBatch": e.Poco.PackContributeAndFinalizeBatch(fast, []bindings.ContributeAndFinalizeItem{cf}),
	} {
		from := w.Address
		if strings.HasPrefix(name, "finalize") {
			from = e.PoolOwner.Address
		}
		rev := e.RevertTo(from, e.D.Tasks, data, "PocoDirectCall")
		if len(rev.ArgsOrdered) != 0 {
			t.Errorf("%s: PocoDirectCall args: got %v, want none", name, rev.ArgsOrdered)
		}
	}
	// Through the hub the same contribution works.
	e.Contribute(w, deal, 0, good)
}

func TestFinalizeWithTooLittleGasForTheCallbackIsRefused(t *testing.T) {
	e := pocotest.New(t)
	cb := tkDeployCallback(t, e)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 1, callback: cb})
	w := e.Workers[0]
	data := []byte("callback result")
	item := e.ContributeAndFinalizeItem(w, deal, 0, tkDigestOf(data))
	item.ResultsCallback = data
	call := e.Poco.PackContributeAndFinalize(deal, item)

	// Smallest gas limit with which the call succeeds.
	lo, hi := uint64(21_000), uint64(2_000_000)
	if err := tkCallGas(e, w.Address, call, hi); err != nil {
		t.Fatalf("call with %d gas: %v", hi, err)
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if tkCallGas(e, w.Address, call, mid) == nil {
			hi = mid
		} else {
			lo = mid
		}
	}
	needed := uint64(tkCallbackGas*64/63 + tkCallbackExtra) // 111,587
	err := tkCallGas(e, w.Address, call, hi-1)
	rev, ok := chain.DecodeRevert(err, e.ABIs...)
	if !ok || rev.Name != "PocoCallbackGasTooLow" {
		t.Fatalf("one gas below the minimum (%d): got %v, want PocoCallbackGasTooLow (the callback must not be starved silently)", hi-1, err)
	}
	if got := rev.Args["needed"].(*big.Int); got.Uint64() != needed {
		t.Errorf("PocoCallbackGasTooLow needed: got %s, want %d", got, needed)
	}
	if got := rev.Args["gasLeft"].(*big.Int); got.Uint64() >= needed {
		t.Errorf("PocoCallbackGasTooLow gasLeft: got %s, want < %d", got, needed)
	}
	// A transaction with exactly the minimum gas finalizes and runs the callback.
	opts := e.TransactOpts(w)
	opts.GasLimit = hi
	bc := bind.NewBoundContract(e.D.Hub, abi.ABI{}, e.Client, e.Client, e.Client)
	r := e.Send(t, func() (*types.Transaction, error) { return bc.RawTransact(opts, call) }, e.ABIs...)
	n := tkNewEventNamer(t, e)
	n.name(cb.Hex(), "callback")
	n.name(common.Hash(pocotest.TaskID(deal, 0)).Hex(), "task")
	tkSameEvents(t, "callback at minimum gas", n.find(t, e.D.Hub, "ResultCallback", r), []string{"ResultCallback(taskid=task, callback=callback, success=true)"})
	t.Logf("minimum gas for contributeAndFinalize with a callback: %d (used %d)", hi, r.GasUsed)
}

// TestAbsurdTrustFailsWithANamedError: IPocoErrors promises that every failure of the
// protocol reverts with one of its named errors. Pools and requests may write any trust up to
// 2²⁵⁶ − 1; either matchOrders refuses an unusable trust with a named error, or the task
// operations work with it — a Panic (arithmetic overflow in the consensus test
// `group × trust > total × (trust − 1)`, made by the first reveal) is neither.
func TestAbsurdTrustFailsWithANamedError(t *testing.T) {
	e := pocotest.New(t)
	one := big.NewInt(1)
	for _, trust := range []*big.Int{
		new(big.Int).Lsh(one, 255),
		new(big.Int).Lsh(one, 128),
		new(big.Int).Lsh(one, 32),
		new(big.Int).Sub(new(big.Int).Lsh(one, 32), one),
	} {
		o := tkOrders(e, tkDealSpec{volume: 1, trust: 1})
		o.Workerpool.Trust = trust
		o.Request.Trust = trust
		o.Sigs.Workerpool = e.Sign(e.PoolOwner.Key, o.Workerpool.Hash(e.Domain))
		o.Sigs.Request = e.Sign(e.Requester.Key, o.Request.Hash(e.Domain))
		if err := tkCallGas(e, e.Requester.Address, e.PackMatch(o), 0); err != nil {
			rev, ok := chain.DecodeRevert(err, e.ABIs...)
			if !ok || !strings.HasPrefix(rev.Name, "Poco") {
				t.Errorf("matchOrders with trust %s: got %v, want success or a named Poco error", trust, err)
			}
			continue // refused at match with a named error: fine
		}
		deal := e.Match(e.Requester, o)
		for i, w := range e.Workers[:3] {
			err := tkCallGas(e, w.Address, e.Poco.PackContribute(deal, e.ContributeItem(w, deal, 0, pocotest.Digest("x"))), 0)
			if err != nil {
				t.Errorf("BUG: matchOrders accepts trust %s, then contribution %d to the deal reverts with %v; "+
					"IPocoErrors promises a named error for every failure", trust, i+1, err)
				break
			}
			e.Contribute(w, deal, 0, pocotest.Digest("x"))
		}
		// Three fresh agreeing workers: group 8, total 9; 8 × trust ≤ 9 × (trust − 1) from trust 9.
		err := tkCallGas(e, e.Workers[0].Address, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, pocotest.Digest("x"))), 0)
		if rev, ok := chain.DecodeRevert(err, e.ABIs...); !ok || rev.Name != "PocoNoConsensus" {
			t.Errorf("first reveal at trust %s: got %v, want PocoNoConsensus", trust, err)
		} else {
			tkCheckArgs(t, rev, pocotest.TaskID(deal, 0), 8, 9)
		}
	}
}
