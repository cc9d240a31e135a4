package protocoltest

import (
	"math/big"
	"testing"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// The hub keeps results by tag (the top 112 bits of keccak256(resultHash)): in each
// contribution, and in the task for its first result (its consensus once the reveals open).

// tkWantGroup checks the group view of `hash` on task idx.
func tkWantGroup(t *testing.T, e *pocotest.Env, d bindings.Deal, idx uint64, what string, hash [32]byte, weight, members uint64, consensus bool) {
	t.Helper()
	g := pocotest.Call(e, e.Poco.PackGroup(pocotest.TaskID(d, idx), hash), e.Poco.UnpackGroup)
	if g.Weight.Uint64() != weight || g.Members.Uint64() != members || g.Consensus != consensus {
		t.Errorf("group %s: weight %s members %s consensus %v, want %d %d %v", what, g.Weight, g.Members, g.Consensus,
			weight, members, consensus)
	}
}

// A worker that votes one result and seals another, to reveal whichever wins, is what it
// voted: it cannot reveal the consensus (its own contribution must be the consensus), and
// finalize rejects it as a wrong result. Two colluders voting two different results are two
// groups, not one: neither reaches the consensus their joint weight would.
func TestAVoteIsTheResultItNamesWhateverItsSeal(t *testing.T) {
	e := pocotest.New(t)
	a, b, c := e.Workers[0], e.Workers[1], e.Workers[2]
	forfeit := tkEarnScore(t, e, c, 3) // weight 2 still; a score and vesting rewards to lose
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 2})
	taskid := pocotest.TaskID(deal, 0)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	goodHash, badHash := protocol.ResultHash(taskid, good), protocol.ResultHash(taskid, bad)

	e.Contribute(a, deal, 0, good)
	tkWantTask(t, e, deal, 0, bindings.Task{Status: tkActive, Contributors: 1, TotalWeight: tkB(3),
		ResultTag: protocol.ResultTag(goodHash)})
	tkWantGroup(t, e, deal, 0, "good, in the task", goodHash, 2, 1, false)
	e.Contribute(b, deal, 0, good)
	// C votes bad with the seal of good.
	hedge := e.ContributeItem(c, deal, 0, bad)
	hedge.ResultSeal = protocol.ResultSeal(c.Address, taskid, good)
	e.Tx(c, e.Poco.PackContribute(deal, hedge))
	e.RecordContribution(deal, 0, c.Address, hedge.ResultHash)
	if got := e.Contribution(deal, 0, c.Address); got.ResultTag != protocol.ResultTag(badHash) || got.Weight != 2 ||
		[16]byte(got.Seal) != [16]byte(hedge.ResultSeal[:16]) {
		t.Fatalf("C's contribution %+v: want the tag of H(bad), weight 2 and its seal's first 16 bytes", got)
	}
	// A second result: the groups move to the group table.
	tkWantTask(t, e, deal, 0, bindings.Task{Status: tkActive, Contributors: 3, TotalWeight: tkB(7), Split: true,
		ResultTag: protocol.ResultTag(goodHash)})
	tkWantGroup(t, e, deal, 0, "good", goodHash, 4, 2, false)
	tkWantGroup(t, e, deal, 0, "bad", badHash, 2, 1, false)

	r := e.Reveal(a, deal, 0, good) // 4 × 2 > 7 × 1
	tkWantTask(t, e, deal, 0, bindings.Task{Status: tkRevealing, Contributors: 3, Winners: 2, TotalWeight: tkB(7),
		Split: true, ResultTag: protocol.ResultTag(goodHash), RevealDeadline: tkU(tkRevealDeadline(t, e, deal, r))})
	tkWantGroup(t, e, deal, 0, "good, the consensus", goodHash, 4, 2, true)
	tkWantGroup(t, e, deal, 0, "bad, not the consensus", badHash, 2, 1, false)
	for _, d := range [][32]byte{good, bad} {
		tkRevert(t, e, c, e.Poco.PackReveal(deal, tkPlainReveal(0, d)), "PocoRevealMismatch", taskid, c.Address)
	}
	e.Reveal(b, deal, 0, good)
	free, locked := e.Account(c.Address)
	e.Finalize(deal, 0, good)
	// C loses its stake and its vesting rewards.
	if f, l := e.Account(c.Address); f.Cmp(free) != 0 || new(big.Int).Sub(locked, l).Int64() != tkWorkerStake+forfeit {
		t.Errorf("C's account after finalize: free %s locked %s, was %s %s; want locked less its stake and %d forfeited",
			f, l, free, locked, forfeit)
	}
	tkWantContribution(t, e, deal, 0, "C", c.Address, tkRejected)
	tkWantScore(t, e, "C", c.Address, 0) // a wrong result: the whole score
	tkWantGroup(t, e, deal, 0, "good, after finalize", goodHash, 4, 2, true)

	// Task 1: two colluders vote two different wrong results: two groups of weight 2, total
	// 5; one group of 4 would satisfy trust 2 (8 > 5), each of 2 does not (4 ≤ 5).
	t1 := pocotest.TaskID(deal, 1)
	wrong1, wrong2 := pocotest.Digest("wrong 1"), pocotest.Digest("wrong 2")
	e.Contribute(a, deal, 1, wrong1)
	e.Contribute(b, deal, 1, wrong2)
	tkWantGroup(t, e, deal, 1, "wrong 1", protocol.ResultHash(t1, wrong1), 2, 1, false)
	tkWantGroup(t, e, deal, 1, "wrong 2", protocol.ResultHash(t1, wrong2), 2, 1, false)
	for _, d := range [][32]byte{wrong1, wrong2} {
		tkRevert(t, e, a, e.Poco.PackReveal(deal, e.RevealItem(deal, 1, d)), "PocoNoConsensus", t1, 2, 5)
	}
	// No strictly heaviest group at the claim: both stakes come back.
	e.AdvanceTo(pocotest.FinalDeadline(deal))
	b1 := tkNewBook(e)
	e.Claim(e.Requester, deal, 1)
	b1.check(t, "claim",
		tkDelta{a.Address, tkWorkerStake, -tkWorkerStake}, tkDelta{b.Address, tkWorkerStake, -tkWorkerStake},
		tkDelta{e.Requester.Address, tkAppPrice + tkPoolPrice, -(tkAppPrice + tkPoolPrice)},
		tkDelta{e.PoolOwner.Address, 0, -tkPoolStake}, tkDelta{pocotest.KittyAddress, 0, tkPoolStake})
	e.CheckConservation()
}

// A task's total weight is stored in 56 bits: 55 fresh workers (weight 2) agreeing make
// 1 + 2^55; a 56th would make 1 + 2^56, refused with PocoWeightOverflow (the Go mirror's
// protocol.MaxTotalWeight); a dissenter of weight 2 still fits.
func TestTotalWeightOverflowsPastFiftySixBits(t *testing.T) {
	e := pocotest.New(t, pocotest.Options{Workers: 57})
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 5})
	taskid := pocotest.TaskID(deal, 0)
	good := pocotest.Digest("good")
	for _, w := range e.Workers[:55] {
		e.Contribute(w, deal, 0, good)
	}
	max55 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 55), big.NewInt(1))
	max56 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 56), big.NewInt(1))
	if max55.Cmp(protocol.MaxTotalWeight) > 0 || max56.Cmp(protocol.MaxTotalWeight) <= 0 {
		t.Fatalf("protocol.MaxTotalWeight %s: want 1 + 2^55 to fit and 1 + 2^56 not", protocol.MaxTotalWeight)
	}
	if got := e.Task(deal, 0).TotalWeight; got.Cmp(max55) != 0 {
		t.Fatalf("total weight after 55 fresh agreeing workers: %s, want 1 + 2^55", got)
	}
	w := e.Workers[55]
	tkRevert(t, e, w, e.Poco.PackContribute(deal, e.ContributeItem(w, deal, 0, good)), "PocoWeightOverflow", taskid)
	e.Contribute(w, deal, 0, pocotest.Digest("bad"))
	tkWantTask(t, e, deal, 0, bindings.Task{Status: tkActive, Contributors: 56,
		TotalWeight: new(big.Int).Add(max55, big.NewInt(2)), Split: true, ResultTag: protocol.ResultTag(protocol.ResultHash(taskid, good))})
	tkWantGroup(t, e, deal, 0, "good", protocol.ResultHash(taskid, good), 1<<55, 55, false)
}
