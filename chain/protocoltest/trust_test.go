package protocoltest

// The rules that make a hidden spot-check pay (docs/protocol.md): a task's reveals open only
// with the scheduler's permit, on a result group that satisfies the consensus rule at that
// moment, so a worker cannot know whether its vote alone will decide; a result proven wrong
// costs the worker its stake, its whole score and its rewards still vesting; votes weigh at
// most MAX_WEIGHT; rewards of replicated deals vest for VESTING_PERIOD in two buckets; a
// claim judges the contributions against a reference group. Amounts are computed here from
// the rules, never read back from the contract.

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// tkWin has the workers ws agree on a one-task deal of spec and win it: all contribute,
// ws[0] reveals first with the scheduler's permit, the others after it without one, and the
// scheduler finalizes. It returns the deal, the finalize receipt and each worker's reward,
// computed from the rules with the weights of the workers' scores.
func tkWin(t *testing.T, e *pocotest.Env, spec tkDealSpec, ws ...*chaintest.Account) (bindings.Deal, *types.Receipt, []int64) {
	t.Helper()
	spec.volume = 1
	weights := make([]uint64, len(ws))
	for i, w := range ws {
		weights[i] = protocol.Weight(e.Score(w.Address))
	}
	deal := tkMatch(e, spec)
	good := pocotest.Digest("win")
	for _, w := range ws {
		e.Contribute(w, deal, 0, good)
	}
	e.Reveal(ws[0], deal, 0, good)
	for _, w := range ws[1:] {
		e.Tx(w, e.Poco.PackReveal(deal, tkPlainReveal(0, good)))
	}
	r := e.Finalize(deal, 0, good)
	tkWantStatus(t, e, deal, 0, tkCompleted)
	price := tkB(tkPoolPrice)
	if spec.poolPrice != nil {
		price = spec.poolPrice
	}
	rewards, _ := protocol.SplitRewards(price, nil, tkSchedRatio, weights)
	out := make([]int64, len(rewards))
	for i, x := range rewards {
		out[i] = x.Int64()
	}
	return deal, r, out
}

// tkTxGas sends calldata to the hub with a fixed gas limit (no estimation) and mines it.
func tkTxGas(t *testing.T, e *pocotest.Env, from *chaintest.Account, data []byte, gas uint64) *types.Receipt {
	t.Helper()
	opts := e.TransactOpts(from)
	opts.GasLimit = gas
	bc := bind.NewBoundContract(e.D.Hub, abi.ABI{}, e.Client, e.Client, e.Client)
	return e.Send(t, func() (*types.Transaction, error) { return bc.RawTransact(opts, data) }, e.ABIs...)
}

// tkBalances is one address's free and locked balances.
func tkBalances(e *pocotest.Env, a common.Address) [2]int64 {
	f, l := e.Account(a)
	return [2]int64{f.Int64(), l.Int64()}
}

// tkWantBalanceChange fails unless a's balances moved from `before` by (free, locked).
func tkWantBalanceChange(t *testing.T, e *pocotest.Env, what string, a common.Address, before [2]int64, free, locked int64) {
	t.Helper()
	now := tkBalances(e, a)
	if got := [2]int64{now[0] - before[0], now[1] - before[1]}; got != [2]int64{free, locked} {
		t.Errorf("%s: free changed by %d and locked by %d, want %d and %d", what, got[0], got[1], free, locked)
	}
}

// tkEventsOf keeps the rendered events that name `who` as an argument.
func tkEventsOf(events []string, who string) []string {
	var out []string
	for _, ev := range events {
		if strings.Contains(ev, "="+who+",") || strings.Contains(ev, "="+who+")") {
			out = append(out, ev)
		}
	}
	return out
}

// ───────────────────────────── constants ─────────────────────────────

func TestHubStatesTheConstantsOfTheCheckRules(t *testing.T) {
	e := pocotest.New(t)
	if got := pocotest.Call(e, e.Poco.PackMAXWEIGHT(), e.Poco.UnpackMAXWEIGHT).Uint64(); got != tkMaxWeight {
		t.Errorf("MAX_WEIGHT: got %d, want %d", got, tkMaxWeight)
	}
	if protocol.MaxWeight != tkMaxWeight {
		t.Errorf("protocol.MaxWeight: got %d, want %d", protocol.MaxWeight, tkMaxWeight)
	}
	if got := pocotest.Call(e, e.Poco.PackVESTINGPERIOD(), e.Poco.UnpackVESTINGPERIOD).Uint64(); got != tkVesting {
		t.Errorf("VESTING_PERIOD: got %d, want %d (one day)", got, tkVesting)
	}
	if got := pocotest.Call(e, e.Poco.PackREVEALPERMIT(), e.Poco.UnpackREVEALPERMIT); got != protocol.RevealPermitTag {
		t.Errorf("REVEAL_PERMIT: got %x, want keccak256(\"poco.reveal-permit\") = %x", got, protocol.RevealPermitTag)
	}
}

// ───────────────────────────── the reveal permit ─────────────────────────────

func TestFirstRevealNeedsTheSchedulersPermitForThisTask(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 3})
	other := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	good := pocotest.Digest("good")
	tkAgree(t, e, deal, 0, good) // the group satisfies the rule: only the permit is missing
	t0 := pocotest.TaskID(deal, 0)
	w0, w1 := e.Workers[0], e.Workers[1]
	pool := e.PoolOwner.Address
	signed := func(by *chaintest.Account, taskid [32]byte) []byte {
		sig, err := protocol.SignRevealPermit(by.Key, taskid)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	flipped := e.Permit(deal, 0)
	flipped[10] ^= 1
	for _, c := range []struct {
		name   string
		permit []byte
	}{
		{"no permit", []byte{}},
		{"a permit signed by the requester", signed(e.Requester, t0)},
		{"a permit signed by the revealing worker", signed(w0, t0)},
		{"the scheduler's permit for another task of the deal", e.Permit(deal, 1)},
		{"the scheduler's permit for the same index of another deal", e.Permit(other, 0)},
		{"the scheduler's authorization of the worker instead of a permit", e.Authorize(deal, 0, w0.Address, common.Address{})},
		{"a permit with a flipped bit", flipped},
		{"a truncated permit", e.Permit(deal, 0)[:40]},
	} {
		runOn(t, e, "refuses "+c.name, func(t *testing.T) {
			item := bindings.RevealItem{Idx: tkU(0), ResultDigest: good, Permit: c.permit}
			tkRevert(t, e, w0, e.Poco.PackReveal(deal, item), "PocoInvalidRevealPermit", t0, pool)
			tkRevert(t, e, w0, e.Poco.PackRevealBatch(deal, []bindings.RevealItem{item}), "PocoInvalidRevealPermit", t0, pool)
		})
	}
	runOn(t, e, "a compact (EIP-2098) permit by the scheduler opens the reveals", func(t *testing.T) {
		compact, err := protocol.CompactSignature(e.Permit(deal, 0))
		if err != nil {
			t.Fatal(err)
		}
		if signer, err := protocol.RevealPermitSigner(t0, e.Permit(deal, 0)); err != nil || signer != pool {
			t.Fatalf("RevealPermitSigner: got %s (%v), want the pool owner %s", signer.Hex(), err, pool.Hex())
		}
		e.Tx(w0, e.Poco.PackReveal(deal, bindings.RevealItem{Idx: tkU(0), ResultDigest: good, Permit: compact}))
		tkWantStatus(t, e, deal, 0, tkRevealing)
	})
	runOn(t, e, "later reveals ignore the permit", func(t *testing.T) {
		e.Tx(w1, e.Poco.PackReveal(deal, bindings.RevealItem{Idx: tkU(0), ResultDigest: good, Permit: signed(e.Requester, t0)}))
		tkWantContribution(t, e, deal, 0, "W1", w1.Address, tkProved)
	})
}

// The consensus rule is checked by the first reveal, at that moment: contributions do not
// close the task, and a later dissenting contribution can take the rule away from a group.
func TestFirstRevealOpensOnlyAGroupThatSatisfiesTheRuleNow(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	n := tkNewEventNamer(t, e)
	taskid := pocotest.TaskID(deal, 0)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	n.name(common.Hash(taskid).Hex(), "task")
	n.name(common.Hash(protocol.ResultHash(taskid, good)).Hex(), "H(good)")
	w0, w1, w2, w3 := e.Workers[0], e.Workers[1], e.Workers[2], e.Workers[3]
	open := func(w *chaintest.Account, d [32]byte) []byte {
		return e.Poco.PackReveal(deal, e.RevealItem(deal, 0, d))
	}

	runOn(t, e, "a group below the threshold cannot open the reveals", func(t *testing.T) {
		e.Contribute(w0, deal, 0, good) // group 2, total 3: 2×3 = 6 ≤ 3×2 = 6
		tkRevert(t, e, w0, open(w0, good), "PocoNoConsensus", taskid, 2, 3)
	})
	runOn(t, e, "contributions go on after a group satisfies the rule, without TaskConsensus", func(t *testing.T) {
		r := e.Contribute(w1, deal, 0, good) // group 4, total 5: 12 > 10
		if err := tkCallGas(e, w0.Address, open(w0, good), 0); err != nil {
			t.Fatalf("first reveal with the group satisfying the rule: got %v, want success", err)
		}
		if got := n.find(t, e.D.Hub, "TaskConsensus", r); len(got) != 0 {
			t.Errorf("contribute emitted %v, want no TaskConsensus", got)
		}
		tkWantStatus(t, e, deal, 0, tkActive)
	})
	runOn(t, e, "a dissenting check contribution takes the rule away before any reveal", func(t *testing.T) {
		e.Contribute(w2, deal, 0, bad) // total 7: 4×3 = 12 ≤ 7×2 = 14
		tkRevert(t, e, w0, open(w0, good), "PocoNoConsensus", taskid, 4, 7)
		tkRevert(t, e, w2, open(w2, bad), "PocoNoConsensus", taskid, 2, 7)
	})
	runOn(t, e, "one more agreeing vote brings it back, and the first reveal opens the reveals", func(t *testing.T) {
		e.Contribute(w3, deal, 0, good) // group 8, total 11: 24 > 22
		r := e.Reveal(w0, deal, 0, good)
		deadline := tkRevealDeadline(t, e, deal, r)
		tkSameEvents(t, "the opening reveal", n.events(t, e.D.Hub, r), []string{
			fmt.Sprintf("TaskConsensus(taskid=task, consensusValue=H(good), revealDeadline=%d)", deadline),
			"TaskReveal(taskid=task, worker=W0, resultDigest=" + common.Hash(good).Hex() + ")",
		})
		task := tkWantStatus(t, e, deal, 0, tkRevealing)
		if task.Winners != 3 || task.RevealDeadline.Uint64() != deadline {
			t.Errorf("winners %d deadline %s, want 3 %d", task.Winners, task.RevealDeadline, deadline)
		}
	})
}

// ───────────────────────────── the hidden check ─────────────────────────────

// Worker A's vote alone would decide a trust-5 task; it lies. The scheduler had planned a
// check nobody could see: B contributes the honest result before any reveal, so A's group no
// longer satisfies the rule and A's reveal is refused. More honest workers join, they win,
// and A loses its stake, its whole score and its rewards still vesting, which the winners
// share.
func TestHiddenCheckCatchesAWorkerWhoseVoteAloneWouldDecide(t *testing.T) {
	e := pocotest.New(t)
	a := e.Workers[0]
	honest := e.Workers[1:6] // B, the checker, then four more
	forfeit := tkEarnScore(t, e, a, 18)
	if got := protocol.Weight(18); got != 5 {
		t.Fatalf("weight of score 18: got %d, want 5", got)
	}
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 5})
	b := tkNewBook(e)
	n := tkNewEventNamer(t, e)
	n.name(a.Address.Hex(), "A")
	taskid := pocotest.TaskID(deal, 0)
	n.name(common.Hash(taskid).Hex(), "task")
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	goodHash, badHash := protocol.ResultHash(taskid, good), protocol.ResultHash(taskid, bad)

	// A alone: 5×5 = 25 > 6×4 = 24. With the permit, its reveal would open the reveals on
	// its wrong result.
	e.Contribute(a, deal, 0, bad)
	if err := tkCallGas(e, a.Address, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, bad)), 0); err != nil {
		t.Fatalf("A's reveal before the check: got %v, want success (its vote alone decides)", err)
	}
	// The hidden check: B's honest vote comes first. 25 ≤ 8×4 = 32.
	e.Contribute(honest[0], deal, 0, good)
	tkRevert(t, e, a, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, bad)), "PocoNoConsensus", taskid, 5, 8)
	tkRevert(t, e, honest[0], e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoNoConsensus", taskid, 2, 8)

	// Four more honest votes: good group 4, 8, 16, 32, totals 10, 14, 22, 38; 160 > 152 at the last.
	tally := protocol.NewTally(5)
	tally.Vote(badHash, 5)
	tally.Vote(goodHash, 2)
	for i, w := range honest[1:] {
		e.Contribute(w, deal, 0, good)
		satisfied, err := tally.Vote(goodHash, 2)
		if err != nil {
			t.Fatal(err)
		}
		if last := i == len(honest)-2; satisfied != last {
			t.Fatalf("Go tally after honest vote %d: rule holds %v, want %v", i+2, satisfied, last)
		} else if !last {
			tkRevert(t, e, w, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoNoConsensus", taskid, tally.Group(goodHash), tally.Total())
		}
	}
	e.Reveal(honest[0], deal, 0, good)
	for _, w := range honest[1:] {
		e.Tx(w, e.Poco.PackReveal(deal, tkPlainReveal(0, good)))
	}
	fin := e.Finalize(deal, 0, good)

	weights := []uint64{2, 2, 2, 2, 2}
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(tkWorkerStake+forfeit), tkSchedRatio, weights)
	want := []tkDelta{
		{a.Address, -tkWorkerStake, -forfeit}, // stake locked then seized, vesting rewards forfeited
		{e.Requester.Address, 0, -(tkAppPrice + tkPoolPrice)},
		{e.AppOwner.Address, tkAppPrice, 0},
		{e.PoolOwner.Address, tkPoolStake + sched.Int64(), -tkPoolStake},
	}
	for i, w := range honest {
		want = append(want, tkDelta{w.Address, 0, rewards[i].Int64()})
	}
	b.check(t, "A caught", want...)
	tkSameEvents(t, "A's events at the finalize", tkEventsOf(n.events(t, e.D.Hub, fin), "A"), []string{
		"ContributionRejected(taskid=task, worker=A)",
		fmt.Sprintf("Seize(owner=A, amount=%d, ref=task)", forfeit),
		fmt.Sprintf("VestingForfeited(worker=A, amount=%d, ref=task)", forfeit),
		fmt.Sprintf("Seize(owner=A, amount=%d, ref=task)", tkWorkerStake),
		"ScoreChanged(worker=A, ref=task, oldScore=18, newScore=0)",
	})
	tkWantScore(t, e, "A", a.Address, 0)
	tkWantVesting(t, e, "A", a.Address, [4]uint64{})
	tkWantContribution(t, e, deal, 0, "A", a.Address, tkRejected)
	for i, w := range honest {
		tkWantScore(t, e, fmt.Sprint("honest ", i), w.Address, 1)
	}
	e.CheckConservation()
}

// ───────────────────────────── scores and weights ─────────────────────────────

func TestScoreChangesAtFinalize(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	w0, w1, w2, w3 := e.Workers[0], e.Workers[1], e.Workers[2], e.Workers[3]
	tkEarnScore(t, e, w0, 6)
	for _, w := range []*chaintest.Account{w1, w2, w3} {
		tkEarnScore(t, e, w, 3)
	}
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")

	// One trust-3 task: W0 wrong, W1 and W2 reveal, W3 does not (all weigh 2: 24 > 22).
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3, category: cat})
	e.Contribute(w0, deal, 0, bad)
	for _, w := range []*chaintest.Account{w1, w2, w3} {
		e.Contribute(w, deal, 0, good)
	}
	r := e.Reveal(w1, deal, 0, good)
	e.Reveal(w2, deal, 0, good)
	e.AdvanceTo(tkRevealDeadline(t, e, deal, r))
	e.Finalize(deal, 0, good)
	runOn(t, e, "confirmed winners gain one point each", func(t *testing.T) {
		tkWantScore(t, e, "W1", w1.Address, 4)
		tkWantScore(t, e, "W2", w2.Address, 4)
	})
	runOn(t, e, "an unrevealed member of the consensus group keeps two thirds", func(t *testing.T) {
		tkWantScore(t, e, "W3", w3.Address, 2)
	})
	runOn(t, e, "a result proven wrong drops the score to zero", func(t *testing.T) {
		tkWantScore(t, e, "W0", w0.Address, 0)
	})
	runOn(t, e, "a lone winner's score does not change", func(t *testing.T) {
		d := tkMatch(e, tkDealSpec{volume: 1, trust: 3, category: cat})
		e.Contribute(w1, d, 0, good)
		e.Contribute(w2, d, 0, good)
		r := e.Reveal(w1, d, 0, good)
		e.AdvanceTo(tkRevealDeadline(t, e, d, r))
		e.Finalize(d, 0, good)
		tkWantScore(t, e, "W1 (the only reveal)", w1.Address, 4)
		tkWantScore(t, e, "W2 (unrevealed)", w2.Address, 2)
	})
	runOn(t, e, "winners of a trust-1 deal gain nothing, even confirmed", func(t *testing.T) {
		tkWin(t, e, tkDealSpec{trust: 1}, w1, w3)
		tkWantScore(t, e, "W1", w1.Address, 4)
		tkWantScore(t, e, "W3", w3.Address, 2)
	})
}

func TestWeightIsCappedAtThirteen(t *testing.T) {
	e := pocotest.New(t)
	w := e.Workers[0]
	deal := tkMatch(e, tkDealSpec{volume: 4, trust: 5})
	score := uint64(0)
	for i, c := range []struct {
		earn     int
		uncapped uint64 // max(score/3, 3) − 1
		want     uint64
	}{
		{39, 12, 12},  // score 39
		{3, 13, 13},   // score 42: the cap is reached
		{3, 14, 13},   // score 45
		{255, 99, 13}, // score 300
	} {
		tkEarnScore(t, e, w, c.earn)
		score += uint64(c.earn)
		if got := max(score/3, 3) - 1; got != c.uncapped {
			t.Fatalf("uncapped weight of score %d: got %d, want %d", score, got, c.uncapped)
		}
		if got := protocol.Weight(score); got != c.want {
			t.Errorf("protocol.Weight(%d): got %d, want %d", score, got, c.want)
		}
		idx := uint64(i)
		r := e.Contribute(w, deal, idx, pocotest.Digest("x"))
		ev := oneEvent(t, r, e.D.Hub, "TaskContribute", e.Poco.UnpackTaskContributeEvent)
		if ev.Weight.Uint64() != c.want || uint64(e.Contribution(deal, idx, w.Address).Weight) != c.want {
			t.Errorf("score %d: TaskContribute weight %s, stored weight %d, want %d", score, ev.Weight,
				e.Contribution(deal, idx, w.Address).Weight, c.want)
		}
	}
	// Batches read the caller's weight once for all their tasks: every contribution of a
	// contributeBatch, and every task of the trust-1 fast path, reports the same weight 13.
	batch := tkMatch(e, tkDealSpec{volume: 3, trust: 5})
	r := e.Tx(w, e.Poco.PackContributeBatch(batch, tkContributeItems(e, w, batch, tkRange(0, 3), pocotest.Digest("b"))))
	fast := tkMatch(e, tkDealSpec{volume: 3, trust: 1})
	var items []bindings.ContributeAndFinalizeItem
	for _, idx := range tkRange(0, 3) {
		items = append(items, e.ContributeAndFinalizeItem(w, fast, idx, pocotest.Digest("f")))
	}
	rf := e.Tx(w, e.Poco.PackContributeAndFinalizeBatch(fast, items))
	for what, rc := range map[string]*types.Receipt{"contributeBatch": r, "contributeAndFinalizeBatch": rf} {
		evs := eventsIn(rc, e.D.Hub, e.Poco.UnpackTaskContributeEvent)
		if len(evs) != 3 {
			t.Fatalf("%s: %d TaskContribute events, want 3", what, len(evs))
		}
		for _, ev := range evs {
			if ev.Weight.Uint64() != tkMaxWeight {
				t.Errorf("%s: TaskContribute weight %s, want %d", what, ev.Weight, tkMaxWeight)
			}
		}
	}
	for _, idx := range tkRange(0, 3) {
		if got := uint64(e.Contribution(batch, idx, w.Address).Weight); got != tkMaxWeight {
			t.Errorf("contributeBatch task %d: stored weight %d, want %d", idx, got, tkMaxWeight)
		}
	}

	// One vote of weight 13 satisfies a trust of 13 (13×13 = 169 > 14×12 = 168), not 14.
	good := pocotest.Digest("alone")
	d13 := tkMatch(e, tkDealSpec{volume: 1, trust: 13})
	d14 := tkMatch(e, tkDealSpec{volume: 1, trust: 14})
	e.Contribute(w, d13, 0, good)
	e.Contribute(w, d14, 0, good)
	tkRevert(t, e, w, e.Poco.PackReveal(d14, e.RevealItem(d14, 0, good)), "PocoNoConsensus", pocotest.TaskID(d14, 0), tkMaxWeight, tkMaxWeight+1)
	e.Reveal(w, d13, 0, good)
	tkWantStatus(t, e, d13, 0, tkRevealing)
}

// ───────────────────────────── vesting ─────────────────────────────

func TestRewardsOfReplicatedDealsVestForADayInTwoBuckets(t *testing.T) {
	e := pocotest.New(t)
	w0, w1 := e.Workers[0], e.Workers[1]
	n := tkNewEventNamer(t, e)
	events := func(r *types.Receipt) []string { return tkEventsOf(n.events(t, e.D.Hub, r), "W0") }
	at := func(r *types.Receipt, want uint64) {
		t.Helper()
		if got := tkBlockTime(t, e, r); got != want {
			t.Fatalf("block time: got %d, want %d", got, want)
		}
	}

	// A first reward fills `newer`; the scheduler's and the app owner's shares are free.
	b := tkNewBook(e)
	_, r, rw := tkWin(t, e, tkDealSpec{trust: 2}, w0, w1)
	R := rw[0] // 10 RLC × 99% / 2 = 4.95 RLC
	if R != 4_950_000_000 {
		t.Fatalf("reward: got %d, want 4950000000", R)
	}
	_, sched := protocol.SplitRewards(tkB(tkPoolPrice), nil, tkSchedRatio, []uint64{2, 2})
	b.check(t, "a reward of a trust-2 deal",
		tkDelta{e.Requester.Address, -(tkAppPrice + tkPoolPrice), 0},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, sched.Int64(), 0},
		tkDelta{w0.Address, 0, R},
		tkDelta{w1.Address, 0, rw[1]})
	t1 := tkBlockTime(t, e, r)
	tkWantVesting(t, e, "W0 after one reward", w0.Address, [4]uint64{0, 0, uint64(R), t1 + tkVesting})
	if got := n.find(t, e.D.Hub, "Vest", r); len(got) != 2 || !strings.HasPrefix(got[0],
		fmt.Sprintf("Vest(worker=W0, amount=%d, releaseTime=%d, ref=", R, t1+tkVesting)) {
		t.Errorf("Vest events: got %v, want W0's and W1's", got)
	}

	// An hour later, a second reward: `newer` becomes `older`, a new `newer` starts.
	e.AdvanceTo(e.Now() + 3600)
	_, r, _ = tkWin(t, e, tkDealSpec{trust: 2}, w0, w1)
	t2 := tkBlockTime(t, e, r)
	tkWantVesting(t, e, "W0 after two rewards", w0.Address, [4]uint64{uint64(R), t1 + tkVesting, uint64(R), t2 + tkVesting})

	// Another hour later, a third: added to `newer`, whose release moves.
	e.AdvanceTo(e.Now() + 3600)
	_, r, _ = tkWin(t, e, tkDealSpec{trust: 2}, w0, w1)
	t3 := tkBlockTime(t, e, r)
	tkWantVesting(t, e, "W0 after three rewards", w0.Address, [4]uint64{uint64(R), t1 + tkVesting, 2 * uint64(R), t3 + tkVesting})

	// releaseVested, by anyone: nothing before the release time, `older` from it on.
	e.AdvanceTo(t1 + tkVesting - 2)
	before := tkBalances(e, w0.Address)
	r = e.Tx(e.AppOwner, e.Poco.PackReleaseVested(w0.Address))
	at(r, t1+tkVesting-1)
	tkSameEvents(t, "releaseVested a second early", n.events(t, e.D.Hub, r), nil)
	tkWantVesting(t, e, "W0 a second early", w0.Address, [4]uint64{uint64(R), t1 + tkVesting, 2 * uint64(R), t3 + tkVesting})
	// (With a set gas limit: estimated at the head's time, a second early, the call would
	// get too little gas for the release.)
	r = tkTxGas(t, e, e.AppOwner, e.Poco.PackReleaseVested(w0.Address), 200_000)
	at(r, t1+tkVesting)
	tkSameEvents(t, "releaseVested at the release time", n.events(t, e.D.Hub, r), []string{fmt.Sprintf("Release(worker=W0, amount=%d)", R)})
	tkWantBalanceChange(t, e, "W0 released", w0.Address, before, R, -R)
	tkWantVesting(t, e, "W0 released", w0.Address, [4]uint64{0, t1 + tkVesting, 2 * uint64(R), t3 + tkVesting})

	// A fourth reward: `older` is empty, so `newer` moves there first.
	_, r, _ = tkWin(t, e, tkDealSpec{trust: 2}, w0, w1)
	t4 := tkBlockTime(t, e, r)
	tkWantVesting(t, e, "W0 after a fourth reward", w0.Address, [4]uint64{2 * uint64(R), t3 + tkVesting, uint64(R), t4 + tkVesting})

	// From `older`'s release time on, a fifth reward releases it first, in its settlement.
	e.AdvanceTo(t3 + tkVesting)
	before = tkBalances(e, w0.Address)
	deal, r, _ := tkWin(t, e, tkDealSpec{trust: 2}, w0, w1)
	t5 := tkBlockTime(t, e, r)
	n.name(common.Hash(pocotest.TaskID(deal, 0)).Hex(), "task5")
	tkSameEvents(t, "W0's events at the fifth finalize", events(r), []string{
		fmt.Sprintf("Unlock(owner=W0, amount=%d, ref=task5)", tkWorkerStake),
		fmt.Sprintf("Release(worker=W0, amount=%d)", 2*R),
		fmt.Sprintf("Vest(worker=W0, amount=%d, releaseTime=%d, ref=task5)", R, t5+tkVesting),
		"ScoreChanged(worker=W0, ref=task5, oldScore=4, newScore=5)",
	})
	tkWantBalanceChange(t, e, "W0 after the fifth reward", w0.Address, before, 2*R, R-2*R)
	tkWantVesting(t, e, "W0 after a fifth reward", w0.Address, [4]uint64{uint64(R), t4 + tkVesting, uint64(R), t5 + tkVesting})

	// A trust-1 deal pays at once, and leaves the buckets alone (even the matured one).
	e.AdvanceTo(t4 + tkVesting)
	before = tkBalances(e, w0.Address)
	deal, r, rw = tkWin(t, e, tkDealSpec{trust: 1}, w0, w1)
	n.name(common.Hash(pocotest.TaskID(deal, 0)).Hex(), "task6")
	tkSameEvents(t, "W0's events at a trust-1 finalize", events(r), []string{
		fmt.Sprintf("Unlock(owner=W0, amount=%d, ref=task6)", tkWorkerStake),
		fmt.Sprintf("Reward(owner=W0, amount=%d, ref=task6)", rw[0]),
	})
	tkWantBalanceChange(t, e, "W0 after a trust-1 reward", w0.Address, before, rw[0], 0)
	tkWantVesting(t, e, "W0 after a trust-1 reward", w0.Address, [4]uint64{uint64(R), t4 + tkVesting, uint64(R), t5 + tkVesting})
	e.CheckConservation()
}

// A worker proven wrong loses its rewards still vesting; those that have matured are
// released to it first.
func TestForfeitureReleasesMaturedRewardsFirst(t *testing.T) {
	e := pocotest.New(t)
	w0, w1, w2, w3, w4 := e.Workers[0], e.Workers[1], e.Workers[2], e.Workers[3], e.Workers[4]
	n := tkNewEventNamer(t, e)
	_, r, rw := tkWin(t, e, tkDealSpec{trust: 2}, w0, w3)
	R := rw[0]
	t1 := tkBlockTime(t, e, r)
	e.AdvanceTo(e.Now() + 3600)
	_, r, _ = tkWin(t, e, tkDealSpec{trust: 2}, w0, w3)
	t2 := tkBlockTime(t, e, r)
	tkWantVesting(t, e, "W0", w0.Address, [4]uint64{uint64(R), t1 + tkVesting, uint64(R), t2 + tkVesting})

	// A day after the first reward, W0 contributes a wrong result.
	e.AdvanceTo(t1 + tkVesting)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	n.name(common.Hash(pocotest.TaskID(deal, 0)).Hex(), "task")
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	e.Contribute(w0, deal, 0, bad)
	for _, w := range []*chaintest.Account{w1, w2, w4} {
		e.Contribute(w, deal, 0, good)
	}
	e.Reveal(w1, deal, 0, good)
	e.Tx(w2, e.Poco.PackReveal(deal, tkPlainReveal(0, good)))
	e.Tx(w4, e.Poco.PackReveal(deal, tkPlainReveal(0, good)))
	b := tkNewBook(e)
	fin := e.Finalize(deal, 0, good)
	if tkBlockTime(t, e, fin) >= t2+tkVesting {
		t.Fatalf("the finalize ran after the second reward vested")
	}
	tkSameEvents(t, "W0's events", tkEventsOf(n.events(t, e.D.Hub, fin), "W0"), []string{
		"ContributionRejected(taskid=task, worker=W0)",
		fmt.Sprintf("Release(worker=W0, amount=%d)", R),
		fmt.Sprintf("Seize(owner=W0, amount=%d, ref=task)", R),
		fmt.Sprintf("VestingForfeited(worker=W0, amount=%d, ref=task)", R),
		fmt.Sprintf("Seize(owner=W0, amount=%d, ref=task)", tkWorkerStake),
		"ScoreChanged(worker=W0, ref=task, oldScore=2, newScore=0)",
	})
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(tkWorkerStake+R), tkSchedRatio, []uint64{2, 2, 2})
	b.check(t, "finalize",
		tkDelta{w0.Address, R, -R - R - tkWorkerStake}, // the matured reward freed, the other forfeited, the stake seized
		tkDelta{w1.Address, tkWorkerStake, -tkWorkerStake + rewards[0].Int64()},
		tkDelta{w2.Address, tkWorkerStake, -tkWorkerStake + rewards[1].Int64()},
		tkDelta{w4.Address, tkWorkerStake, -tkWorkerStake + rewards[2].Int64()},
		tkDelta{e.Requester.Address, 0, -(tkAppPrice + tkPoolPrice)},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + sched.Int64(), -tkPoolStake})
	tkWantVesting(t, e, "W0", w0.Address, [4]uint64{})
	e.CheckConservation()
}

// ───────────────────────────── claim ─────────────────────────────

func TestClaimOfAnActiveTaskPaysTheMinoritysStakeAndVestingToTheHeaviestGroup(t *testing.T) {
	e := pocotest.New(t)
	w0, w1, w2 := e.Workers[0], e.Workers[1], e.Workers[2]
	forfeit := tkEarnScore(t, e, w2, 3)
	cat := e.CreateCategory("T", 10)
	const price = 10_000_000_004 // stakes of 30%: 3_000_000_001, an odd amount
	const stake = price * 30 / 100
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 5, category: cat, poolPrice: tkB(price)})
	if deal.WorkerStake.Int64() != stake {
		t.Fatalf("worker stake: got %s, want %d", deal.WorkerStake, int64(stake))
	}
	b := tkNewBook(e)
	n := tkNewEventNamer(t, e)
	taskid := pocotest.TaskID(deal, 0)
	n.name(common.Hash(taskid).Hex(), "task")
	n.name(common.Hash(deal.Id).Hex(), "deal")
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	e.Contribute(w0, deal, 0, good)
	e.Contribute(w1, deal, 0, good)
	e.Contribute(w2, deal, 0, bad)
	// Group 4 against 2, total 7: 4×5 = 20 ≤ 7×4 = 28, the reveals cannot open.
	tkRevert(t, e, w0, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoNoConsensus", taskid, 4, 7)
	e.AdvanceTo(pocotest.FinalDeadline(deal))
	r := e.Claim(e.Requester, deal, 0)

	// The heaviest group (W0, W1) gets W2's stake and vesting rewards, by log2 of the weights
	// (1 : 1); the odd unit goes to the kitty with the pool's stake. The shares vest (trust 5).
	pot := stake + forfeit
	share := pot / 2
	dust := pot - 2*share
	if dust != 1 {
		t.Fatalf("dust: got %d, want 1", dust)
	}
	release := tkBlockTime(t, e, r) + tkVesting
	tkSameEvents(t, "claim", n.events(t, e.D.Hub, r), []string{
		fmt.Sprintf("Seize(owner=W2, amount=%d, ref=task)", forfeit),
		fmt.Sprintf("VestingForfeited(worker=W2, amount=%d, ref=task)", forfeit),
		"ContributionRejected(taskid=task, worker=W2)",
		"TaskClaimed(taskid=task, dealid=deal, idx=0)",
		fmt.Sprintf("Unlock(owner=requester, amount=%d, ref=task)", tkAppPrice+price),
		fmt.Sprintf("Unlock(owner=W0, amount=%d, ref=task)", stake),
		fmt.Sprintf("Vest(worker=W0, amount=%d, releaseTime=%d, ref=task)", share, release),
		fmt.Sprintf("Unlock(owner=W1, amount=%d, ref=task)", stake),
		fmt.Sprintf("Vest(worker=W1, amount=%d, releaseTime=%d, ref=task)", share, release),
		fmt.Sprintf("Seize(owner=W2, amount=%d, ref=task)", stake),
		"ScoreChanged(worker=W2, ref=task, oldScore=3, newScore=0)",
		fmt.Sprintf("Seize(owner=poolOwner(scheduler), amount=%d, ref=task)", stake),
		fmt.Sprintf("KittyFill(amount=%d, ref=task)", stake+dust),
	})
	b.check(t, "claim",
		tkDelta{e.Requester.Address, tkAppPrice + price, -(tkAppPrice + price)},
		tkDelta{e.PoolOwner.Address, 0, -stake},
		tkDelta{pocotest.KittyAddress, 0, stake + dust},
		tkDelta{w0.Address, 0, share},
		tkDelta{w1.Address, 0, share},
		tkDelta{w2.Address, -stake, -forfeit})
	tkWantStatus(t, e, deal, 0, tkFailed)
	tkWantContribution(t, e, deal, 0, "W2", w2.Address, tkRejected)
	tkWantContribution(t, e, deal, 0, "W0", w0.Address, tkContributed)
	tkWantScore(t, e, "W2", w2.Address, 0)
	tkWantScore(t, e, "W0", w0.Address, 0)
	tkWantVesting(t, e, "W2", w2.Address, [4]uint64{})
	e.CheckConservation()
}

func TestClaimWithoutAStrictlyHeaviestGroupUnlocksEveryStake(t *testing.T) {
	e := pocotest.New(t)
	earned := tkEarnScore(t, e, e.Workers[1], 3) // its score and vesting rewards must survive
	vesting := tkVestingOf(e, e.Workers[1].Address)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 5, category: cat})
	b := tkNewBook(e)
	n := tkNewEventNamer(t, e)
	good, bad, other := pocotest.Digest("good"), pocotest.Digest("bad"), pocotest.Digest("other")
	ws := e.Workers
	// Task 0: one vote each way (2 against 2). Task 1: two votes each way and a lighter third
	// result (4, 4 and 2).
	e.Contribute(ws[0], deal, 0, good)
	e.Contribute(ws[1], deal, 0, bad)
	e.Contribute(ws[2], deal, 1, good)
	e.Contribute(ws[3], deal, 1, good)
	e.Contribute(ws[4], deal, 1, bad)
	e.Contribute(ws[5], deal, 1, bad)
	e.Contribute(ws[6], deal, 1, other)
	e.AdvanceTo(pocotest.FinalDeadline(deal))
	r := e.Tx(e.Requester, e.Poco.PackClaimBatch(deal, []bindings.ClaimItem{tkClaimItem(e, deal, 0), tkClaimItem(e, deal, 1)}))
	for _, name := range []string{"ContributionRejected", "Seize", "Vest", "Reward", "ScoreChanged"} {
		for _, ev := range n.find(t, e.D.Hub, name, r) {
			if !strings.Contains(ev, "poolOwner") {
				t.Errorf("claim without a reference group: unexpected %s", ev)
			}
		}
	}
	const price = tkAppPrice + tkPoolPrice
	b.check(t, "claimBatch: every stake back",
		tkDelta{e.Requester.Address, 2 * price, -2 * price},
		tkDelta{e.PoolOwner.Address, 0, -2 * tkPoolStake},
		tkDelta{pocotest.KittyAddress, 0, 2 * tkPoolStake})
	for i := 0; i < 7; i++ {
		idx := uint64(0)
		if i >= 2 {
			idx = 1
		}
		tkWantContribution(t, e, deal, idx, fmt.Sprint("W", i), ws[i].Address, tkContributed)
	}
	tkWantScore(t, e, "W1", ws[1].Address, 3)
	tkWantVesting(t, e, "W1", ws[1].Address, vesting)
	if vesting[2] != uint64(earned) {
		t.Errorf("W1's rewards vesting: got %d, want %d", vesting[2], earned)
	}
	e.CheckConservation()
}

// A REVEALING task that nobody finalized: the group the scheduler's permit opened is the
// reference, even against a heavier one (at trust 1 every group satisfies the rule). Its
// members, revealed or not, get their stakes back and share the others' stakes and vesting
// rewards; at trust 1 the shares are paid free.
func TestClaimOfARevealingTaskJudgesByTheConsensusGroup(t *testing.T) {
	e := pocotest.New(t)
	ws := e.Workers
	forfeit := tkEarnScore(t, e, ws[1], 3)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 1, category: cat})
	b := tkNewBook(e)
	n := tkNewEventNamer(t, e)
	taskid := pocotest.TaskID(deal, 0)
	n.name(common.Hash(taskid).Hex(), "task")
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	e.Contribute(ws[0], deal, 0, good)
	e.Contribute(ws[3], deal, 0, good)
	for _, i := range []int{1, 2, 4} {
		e.Contribute(ws[i], deal, 0, bad)
	}
	e.Reveal(ws[0], deal, 0, good) // group 4 against 8: at trust 1, 4×1 > 13×0
	tkWantStatus(t, e, deal, 0, tkRevealing)
	e.AdvanceTo(pocotest.FinalDeadline(deal))
	r := e.Claim(e.Requester, deal, 0)

	pot := 3*tkWorkerStake + forfeit
	share := pot / 2
	if pot-2*share != 0 {
		t.Fatalf("dust: got %d, want 0", pot-2*share)
	}
	for _, want := range [][]string{
		{"W0", fmt.Sprintf("Unlock(owner=W0, amount=%d, ref=task)", tkWorkerStake), fmt.Sprintf("Reward(owner=W0, amount=%d, ref=task)", share)},
		{"W3", fmt.Sprintf("Unlock(owner=W3, amount=%d, ref=task)", tkWorkerStake), fmt.Sprintf("Reward(owner=W3, amount=%d, ref=task)", share)},
		{"W1",
			fmt.Sprintf("Seize(owner=W1, amount=%d, ref=task)", forfeit),
			fmt.Sprintf("VestingForfeited(worker=W1, amount=%d, ref=task)", forfeit),
			"ContributionRejected(taskid=task, worker=W1)",
			fmt.Sprintf("Seize(owner=W1, amount=%d, ref=task)", tkWorkerStake),
			"ScoreChanged(worker=W1, ref=task, oldScore=3, newScore=0)"},
		{"W2", "ContributionRejected(taskid=task, worker=W2)", fmt.Sprintf("Seize(owner=W2, amount=%d, ref=task)", tkWorkerStake)},
		{"W4", "ContributionRejected(taskid=task, worker=W4)", fmt.Sprintf("Seize(owner=W4, amount=%d, ref=task)", tkWorkerStake)},
	} {
		tkSameEvents(t, want[0]+"'s events at the claim", tkEventsOf(n.events(t, e.D.Hub, r), want[0]), want[1:])
	}
	b.check(t, "claim",
		tkDelta{e.Requester.Address, tkAppPrice + tkPoolPrice, -(tkAppPrice + tkPoolPrice)},
		tkDelta{e.PoolOwner.Address, 0, -tkPoolStake},
		tkDelta{pocotest.KittyAddress, 0, tkPoolStake},
		tkDelta{ws[0].Address, share, 0},
		tkDelta{ws[3].Address, share, 0},
		tkDelta{ws[1].Address, -tkWorkerStake, -forfeit},
		tkDelta{ws[2].Address, -tkWorkerStake, 0},
		tkDelta{ws[4].Address, -tkWorkerStake, 0})
	tkWantContribution(t, e, deal, 0, "W0 (revealed)", ws[0].Address, tkProved)
	tkWantContribution(t, e, deal, 0, "W3 (unrevealed consensus member)", ws[3].Address, tkContributed)
	e.CheckConservation()
}

// A winner that vanishes after agreeing (its vote counted, never revealed) does not hold the
// task until the reveal deadline when the revealed winners decide it alone: a fifth of the
// reference time after the reveals opened, the scheduler may finalize. When they do not
// decide it alone, finalize still waits for every winner or the deadline.
func TestRevealedWinnersThatDecideAloneFinalizeBeforeTheRevealDeadline(t *testing.T) {
	e := pocotest.New(t)
	good := pocotest.Digest("good")
	ref := uint64(300) // XS
	for _, c := range []struct {
		name   string
		trust  int64
		decide bool // the one revealed vote of weight 2 decides alone
	}{
		// trust 2: 2×2 > (1+2)×1; trust 3: 2×3 ≤ (1+2)×2.
		{"trust 2: the revealed winner decides alone", 2, true},
		{"trust 3: it does not, finalize waits for the deadline", 3, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			deal := tkMatch(e, tkDealSpec{volume: 1, trust: c.trust})
			taskid := pocotest.TaskID(deal, 0)
			w0, w1 := e.Workers[0], e.Workers[1]
			e.Contribute(w0, deal, 0, good)
			e.Contribute(w1, deal, 0, good) // the one that vanishes
			e.Reveal(w0, deal, 0, good)
			deadline := e.Task(deal, 0).RevealDeadline.Uint64()
			opened := deadline - protocol.RevealDeadlineRatio*ref
			fin := e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 0, good))
			tkRevert(t, e, e.PoolOwner, fin, "PocoRevealsPending", taskid, 1, 2, deadline)
			e.AdvanceTo(opened + ref/protocol.RevealGraceDivisor - 2)
			tkRevert(t, e, e.PoolOwner, fin, "PocoRevealsPending", taskid, 1, 2, deadline)
			e.AdvanceTo(opened + ref/protocol.RevealGraceDivisor)
			if !c.decide {
				tkRevert(t, e, e.PoolOwner, fin, "PocoRevealsPending", taskid, 1, 2, deadline)
				e.AdvanceTo(deadline)
			}
			before := e.Locked(w1.Address)
			e.Tx(e.PoolOwner, fin)
			tkWantStatus(t, e, deal, 0, tkCompleted)
			if got := new(big.Int).Sub(before, e.Locked(w1.Address)); got.Cmp(deal.WorkerStake) != 0 {
				t.Errorf("the silent winner lost %s of its locked tokens, want its stake %s", got, deal.WorkerStake)
			}
		})
	}
}
