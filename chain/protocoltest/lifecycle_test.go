package protocoltest

// Full task lifecycles (DESIGN.md §3 "Tasks, contributions, consensus"): every balance change
// is asserted exactly, with amounts computed here from the rules (hand arithmetic, or the
// protocol package's Go mirror), never read back from the contract.

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

func tkResults(digest [32]byte) []byte {
	return []byte(fmt.Sprintf(`{"storage":"ipfs","location":"/ipfs/%x"}`, digest[:8]))
}

func tkWantStatus(t *testing.T, e *pocotest.Env, d bindings.Deal, idx uint64, want uint8) bindings.Task {
	t.Helper()
	task := e.Task(d, idx)
	if task.Status != want {
		t.Fatalf("task %d status: got %d, want %d", idx, task.Status, want)
	}
	return task
}

func tkWantScore(t *testing.T, e *pocotest.Env, who string, w common.Address, want uint64) {
	t.Helper()
	if got := e.Score(w); got != want {
		t.Errorf("score of %s: got %d, want %d", who, got, want)
	}
}

func tkWantContribution(t *testing.T, e *pocotest.Env, d bindings.Deal, idx uint64, who string, w common.Address, want uint8) {
	t.Helper()
	if got := e.Contribution(d, idx, w).Status; got != want {
		t.Errorf("contribution of %s to task %d: status got %d, want %d", who, idx, got, want)
	}
}

// ───────────────────────────── a. trust 1 fast path ─────────────────────────────

func TestFastPathCompletesTaskAndPaysAppDatasetPoolAndWorkerExactly(t *testing.T) {
	e := pocotest.New(t)
	b := tkNewBook(e)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 1, dataset: true})
	const price = tkAppPrice + tkDatasetPrice + tkPoolPrice // 14 RLC
	b.check(t, "matchOrders",
		tkDelta{e.Requester.Address, -price, price},
		tkDelta{e.PoolOwner.Address, -tkPoolStake, tkPoolStake})

	w := e.Workers[0]
	digest := pocotest.Digest("good")
	item := e.ContributeAndFinalizeItem(w, deal, 0, digest)
	item.Results = []byte(`{"storage":"ipfs","location":"/ipfs/bafyfastpath"}`)
	r := e.Tx(w, e.Poco.PackContributeAndFinalize(deal, item))

	task := tkWantStatus(t, e, deal, 0, tkCompleted)
	if task.Contributors != 1 || task.Winners != 1 {
		t.Errorf("task counters: got contributors %d winners %d, want 1 1", task.Contributors, task.Winners)
	}
	var fin []*bindings.PocoTaskFinalize
	for _, l := range r.Logs {
		if ev, err := e.Poco.UnpackTaskFinalizeEvent(l); err == nil {
			fin = append(fin, ev)
		}
	}
	if len(fin) != 1 {
		t.Fatalf("TaskFinalize events: got %d, want 1", len(fin))
	}
	if fin[0].Taskid != pocotest.TaskID(deal, 0) || fin[0].Dealid != deal.Id || fin[0].Idx.Sign() != 0 ||
		fin[0].ResultDigest != digest || string(fin[0].Results) != string(item.Results) {
		t.Errorf("TaskFinalize: got (%x, %x, %s, %x, %q), want (%x, %x, 0, %x, %q)", fin[0].Taskid, fin[0].Dealid,
			fin[0].Idx, fin[0].ResultDigest, fin[0].Results, pocotest.TaskID(deal, 0), deal.Id, digest, item.Results)
	}

	// workersPot = 10 RLC × 99 / 100 = 9.9 RLC to the worker; the scheduler keeps 0.1 RLC and
	// gets its 3 RLC pool stake back; no stake, no score for the worker.
	const pot = 9_900_000_000
	if tkWorkersPot(tkPoolPrice) != pot {
		t.Fatalf("workers pot: got %d, want %d", tkWorkersPot(tkPoolPrice), pot)
	}
	b.check(t, "contributeAndFinalize",
		tkDelta{e.Requester.Address, 0, -price},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.DatasetOwner.Address, tkDatasetPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + tkPoolPrice - pot, -tkPoolStake},
		tkDelta{w.Address, pot, 0})
	tkWantScore(t, e, "W0", w.Address, 0)
	e.CheckConservation()
}

func TestFastPathBatchCompletesEveryTaskAndPaysTheCallingWorker(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 5, trust: 1})
	b := tkNewBook(e)
	n := tkNewEventNamer(t, e)
	const price = tkAppPrice + tkPoolPrice
	for _, batch := range []struct {
		w    *chaintest.Account
		name string
		idxs []uint64
	}{{e.Workers[1], "W1", []uint64{0, 1, 2}}, {e.Workers[2], "W2", []uint64{4, 3}}} {
		var items []bindings.ContributeAndFinalizeItem
		var want []string
		for _, idx := range batch.idxs {
			digest := pocotest.Digest(fmt.Sprint("task ", idx))
			items = append(items, e.ContributeAndFinalizeItem(batch.w, deal, idx, digest))
			n.name(common.Hash(pocotest.TaskID(deal, idx)).Hex(), fmt.Sprint("task", idx))
			n.name(common.Hash(digest).Hex(), fmt.Sprint("digest", idx))
			want = append(want, fmt.Sprintf("TaskFinalize(taskid=task%d, dealid=deal, idx=%d, resultDigest=digest%d, results=%q)",
				idx, idx, idx, tkResults(digest)))
		}
		n.name(common.Hash(deal.Id).Hex(), "deal")
		r := e.Tx(batch.w, e.Poco.PackContributeAndFinalizeBatch(deal, items))
		tkSameEvents(t, batch.name+" batch TaskFinalize", n.find(t, e.D.Hub, "TaskFinalize", r), want)
		k := int64(len(batch.idxs))
		b.check(t, batch.name+" batch",
			tkDelta{e.Requester.Address, 0, -price * k},
			tkDelta{e.AppOwner.Address, tkAppPrice * k, 0},
			tkDelta{e.PoolOwner.Address, (tkPoolStake + tkPoolPrice - tkWorkersPot(tkPoolPrice)) * k, -tkPoolStake * k},
			tkDelta{batch.w.Address, tkWorkersPot(tkPoolPrice) * k, 0})
		tkWantScore(t, e, batch.name, batch.w.Address, 0)
	}
	for idx := uint64(0); idx < 5; idx++ {
		tkWantStatus(t, e, deal, idx, tkCompleted)
	}
	e.CheckConservation()
}

// ───────────────────────────── b. trust 5, a dissenter first ─────────────────────────────

// tkEarnScore gives w `score` more points the way a worker earns them: it wins `score` tasks
// of a trust-2 deal together with a partner (the env's last worker, or the one before when
// w is the last), both revealing, so every win is confirmed (+1). The rewards vest (trust
// above 1): it returns w's, computed from the rules, after checking that w's balances
// (free + locked) grew by exactly that.
func tkEarnScore(t *testing.T, e *pocotest.Env, w *chaintest.Account, score int) int64 {
	t.Helper()
	partner := e.Workers[len(e.Workers)-1]
	if partner == w {
		partner = e.Workers[len(e.Workers)-2]
	}
	before := e.Score(w.Address)
	weights := []uint64{protocol.Weight(before), protocol.Weight(e.Score(partner.Address))}
	free, locked := e.Account(w.Address)
	held := new(big.Int).Add(free, locked)
	deal := tkMatch(e, tkDealSpec{volume: int64(score), trust: 2})
	good := pocotest.Digest("earn")
	var chunks [][]uint64 // batches of at most 100 tasks
	for from := 0; from < score; from += 100 {
		chunks = append(chunks, tkRange(uint64(from), uint64(min(from+100, score))))
	}
	for _, idxs := range chunks {
		e.Tx(w, e.Poco.PackContributeBatch(deal, tkContributeItems(e, w, deal, idxs, good)))
		e.Tx(partner, e.Poco.PackContributeBatch(deal, tkContributeItems(e, partner, deal, idxs, good)))
	}
	for _, idxs := range chunks {
		var opening, later []bindings.RevealItem
		var fins []bindings.FinalizeItem
		for _, idx := range idxs {
			opening = append(opening, e.RevealItem(deal, idx, good))
			later = append(later, tkPlainReveal(idx, good))
			fins = append(fins, e.FinalizeItem(deal, idx, good))
		}
		e.Tx(w, e.Poco.PackRevealBatch(deal, opening))
		e.Tx(partner, e.Poco.PackRevealBatch(deal, later))
		e.Tx(e.PoolOwner, e.Poco.PackFinalizeBatch(deal, fins))
	}
	if got := e.Score(w.Address); got != before+uint64(score) {
		t.Fatalf("earning score: got %d, want %d", got, before+uint64(score))
	}
	rewards, _ := protocol.SplitRewards(tkB(tkPoolPrice), nil, tkSchedRatio, weights)
	earned := rewards[0].Int64() * int64(score)
	free, locked = e.Account(w.Address)
	if got := new(big.Int).Sub(new(big.Int).Add(free, locked), held); got.Int64() != earned {
		t.Fatalf("earning score: balances grew by %s, want the rewards %d", got, earned)
	}
	return earned
}

// tkTrustFiveDissenterFirst runs a trust-5 task where Workers[0] (with score dissScore and
// `forfeit` tokens of rewards still vesting) contributes a wrong result first, then
// `agreeing` fresh workers contribute the right one. It checks each vote against
// protocol.Tally and the status after each vote (ACTIVE throughout: a permitted first
// reveal is refused with PocoNoConsensus until the last agreeing vote, and opens the
// reveals after it), and the exact settlement: the dissenter loses its stake, its vesting
// rewards and its whole score; the winners' rewards vest.
func tkTrustFiveDissenterFirst(t *testing.T, e *pocotest.Env, dissScore uint64, agreeing int, forfeit int64) {
	diss := e.Workers[0]
	agree := e.Workers[1 : 1+agreeing]
	tkWantScore(t, e, "dissenter", diss.Address, dissScore)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 5})
	b := tkNewBook(e)
	n := tkNewEventNamer(t, e)
	taskid := pocotest.TaskID(deal, 0)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	goodHash, badHash := protocol.ResultHash(taskid, good), protocol.ResultHash(taskid, bad)
	opener := agree[0]

	tally := protocol.NewTally(5)
	e.Contribute(diss, deal, 0, bad)
	if _, err := tally.Vote(badHash, protocol.Weight(dissScore)); err != nil {
		t.Fatal(err)
	}
	task := tkWantStatus(t, e, deal, 0, tkActive)
	if task.TotalWeight.Cmp(tally.Total()) != 0 {
		t.Errorf("total weight after the dissenter: got %s, want %s", task.TotalWeight, tally.Total())
	}
	for i, w := range agree {
		r := e.Contribute(w, deal, 0, good)
		satisfied, err := tally.Vote(goodHash, protocol.Weight(0))
		if err != nil {
			t.Fatal(err)
		}
		last := i == len(agree)-1
		if satisfied != last {
			t.Fatalf("Go tally: the rule holds after agreeing vote %d: %v; the test expects it only at vote %d", i+1, satisfied, agreeing)
		}
		if got := n.find(t, e.D.Hub, "TaskConsensus", r); len(got) != 0 {
			t.Errorf("agreeing vote %d: contribute emitted %v, want no TaskConsensus (the first reveal emits it)", i+1, got)
		}
		task := tkWantStatus(t, e, deal, 0, tkActive)
		g := pocotest.Call(e, e.Poco.PackGroup(taskid, goodHash), e.Poco.UnpackGroup)
		if task.TotalWeight.Cmp(tally.Total()) != 0 || g.Weight.Cmp(tally.Group(goodHash)) != 0 || g.Members.Int64() != int64(i+1) || g.Consensus {
			t.Errorf("after agreeing vote %d: total %s group %s members %s consensus %v, want total %s group %s members %d false",
				i+1, task.TotalWeight, g.Weight, g.Members, g.Consensus, tally.Total(), tally.Group(goodHash), i+1)
		}
		if !last {
			// group × 5 ≤ total × 4: the scheduler's permit cannot open the reveals yet.
			tkRevert(t, e, opener, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)),
				"PocoNoConsensus", taskid, tally.Group(goodHash), tally.Total())
		}
	}
	stakes := []tkDelta{{diss.Address, -tkWorkerStake, tkWorkerStake}}
	for _, w := range agree {
		stakes = append(stakes, tkDelta{w.Address, -tkWorkerStake, tkWorkerStake})
	}
	b.check(t, "contributions lock the worker stake (30% of the pool price)", stakes...)

	r := e.Reveal(opener, deal, 0, good)
	deadline := tkRevealDeadline(t, e, deal, r)
	n.name(common.Hash(taskid).Hex(), "task")
	n.name(common.Hash(goodHash).Hex(), "H(good)")
	tkSameEvents(t, "the first, permitted reveal", n.find(t, e.D.Hub, "TaskConsensus", r),
		[]string{fmt.Sprintf("TaskConsensus(taskid=task, consensusValue=H(good), revealDeadline=%d)", deadline)})
	task = tkWantStatus(t, e, deal, 0, tkRevealing)
	g := pocotest.Call(e, e.Poco.PackGroup(taskid, goodHash), e.Poco.UnpackGroup)
	if task.Winners != uint16(agreeing) || !g.Consensus || task.RevealDeadline.Uint64() != deadline {
		t.Fatalf("after the first reveal: winners %d consensus flag %v deadline %s, want %d true %d",
			task.Winners, g.Consensus, task.RevealDeadline, agreeing, deadline)
	}
	if gb := pocotest.Call(e, e.Poco.PackGroup(taskid, badHash), e.Poco.UnpackGroup); gb.Consensus {
		t.Errorf("the dissenter's group is flagged as the consensus")
	}
	for _, w := range agree[1:] {
		e.Tx(w, e.Poco.PackReveal(deal, tkPlainReveal(0, good))) // the reveals are open: no permit needed
	}
	e.Finalize(deal, 0, good)
	tkWantStatus(t, e, deal, 0, tkCompleted)

	weights := make([]uint64, agreeing)
	for i := range weights {
		weights[i] = protocol.Weight(0)
	}
	// The pot: the pool price, the dissenter's stake and its forfeited rewards.
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(tkWorkerStake+forfeit), tkSchedRatio, weights)
	want := []tkDelta{
		{diss.Address, 0, -tkWorkerStake - forfeit}, // seized
		{e.Requester.Address, 0, -(tkAppPrice + tkPoolPrice)},
		{e.AppOwner.Address, tkAppPrice, 0},
		{e.PoolOwner.Address, tkPoolStake + sched.Int64(), -tkPoolStake},
	}
	for i, w := range agree {
		want = append(want, tkDelta{w.Address, tkWorkerStake, -tkWorkerStake + rewards[i].Int64()}) // the reward vests
	}
	b.check(t, "finalize", want...)

	tkWantContribution(t, e, deal, 0, "dissenter", diss.Address, tkRejected)
	tkWantScore(t, e, "dissenter", diss.Address, 0)
	tkWantVesting(t, e, "dissenter", diss.Address, [4]uint64{})
	for i, w := range agree {
		tkWantContribution(t, e, deal, 0, fmt.Sprint("winner ", i), w.Address, tkProved)
		tkWantScore(t, e, fmt.Sprint("winner ", i), w.Address, 1)
	}
	e.CheckConservation()
}

func TestTrustFiveFreshDissenterFirstNeedsFourAgreeingAndLosesItsStake(t *testing.T) {
	e := pocotest.New(t)
	// Hand arithmetic (DESIGN.md §3): dissenter group 2, total 3; agreeing groups 2, 4, 8, 16
	// with totals 5, 7, 11, 19: 8×5 = 40 ≤ 11×4 = 44 (the permit cannot open the reveals yet),
	// 16×5 = 80 > 19×4 = 76.
	{
		n, h := protocol.NewTally(5), [32]byte{1}
		n.Vote([32]byte{2}, 2)
		for i := 0; i < 3; i++ {
			n.Vote(h, 2)
		}
		if n.Group(h).Int64() != 8 || n.Total().Int64() != 11 {
			t.Fatalf("tally after 3 agreeing: group %s total %s, want 8 11", n.Group(h), n.Total())
		}
	}
	// The pot is the pool price plus the seized stake: (10 + 3) × 99% = 12.87 RLC, a quarter
	// each (3.2175 RLC); the scheduler keeps 13 − 12.87 = 0.13 RLC.
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(tkWorkerStake), tkSchedRatio, []uint64{2, 2, 2, 2})
	if rewards[0].Int64() != 3_217_500_000 || sched.Int64() != 130_000_000 {
		t.Fatalf("SplitRewards: got %s / %s, want 3217500000 / 130000000", rewards[0], sched)
	}
	tkTrustFiveDissenterFirst(t, e, 0, 4, 0)
}

func TestTrustFiveDissenterWithScoreSixLosesItsWholeScoreAndVestingRewards(t *testing.T) {
	e := pocotest.New(t)
	earned := tkEarnScore(t, e, e.Workers[0], 6) // weight stays max(6/3, 3) − 1 = 2
	// Six confirmed wins at trust 2 with a partner: 10 RLC × 99% / 2 = 4.95 RLC each, vesting.
	if earned != 6*4_950_000_000 {
		t.Fatalf("rewards earned: got %d, want %d", earned, 6*4_950_000_000)
	}
	tkTrustFiveDissenterFirst(t, e, 6, 4, earned)
}

func TestTrustFiveHeavierDissenterRaisesTheBarToFiveAgreeing(t *testing.T) {
	e := pocotest.New(t)
	earned := tkEarnScore(t, e, e.Workers[0], 15) // weight 15/3 − 1 = 4: total 5, groups 2..32 need 32×5 = 160 > 37×4 = 148
	{
		n := protocol.NewTally(5)
		n.Vote([32]byte{2}, protocol.Weight(15))
		if got := n.AgreeingNeeded([32]byte{1}, nil); got != 5 {
			t.Fatalf("AgreeingNeeded after a weight-4 dissenter: got %d, want 5", got)
		}
	}
	tkTrustFiveDissenterFirst(t, e, 15, 5, earned)
}

// ───────────────────────────── c. a permitted group that never reveals ─────────────────────────────

// The group that satisfied the rule never used the scheduler's permit: the task is still
// ACTIVE (nothing expires, nothing needs reopening) and the scheduler assigns more workers.
// The first of them to reveal opens the reveals on the (larger) group; its silent members
// lose their stakes and a third of their score at the finalize.
func TestTaskWhosePermittedGroupNeverRevealsStaysActiveAndTakesMoreContributions(t *testing.T) {
	e := pocotest.New(t)
	tkEarnScore(t, e, e.Workers[0], 3) // so its unrevealed-contribution penalty shows: 3 → 2
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3, category: cat})
	b := tkNewBook(e)
	n := tkNewEventNamer(t, e)
	taskid := pocotest.TaskID(deal, 0)
	goodHash := protocol.ResultHash(taskid, pocotest.Digest("good"))
	n.name(common.Hash(taskid).Hex(), "task")
	n.name(common.Hash(goodHash).Hex(), "H(good)")
	good := pocotest.Digest("good")
	w0, w1, w2, w3 := e.Workers[0], e.Workers[1], e.Workers[2], e.Workers[3]

	// W0 and W1 agree: group 4, total 5, 4×3 = 12 > 5×2 = 10. Nobody reveals, for longer
	// than a reveal window: nothing expires, the task stays ACTIVE.
	e.Contribute(w0, deal, 0, good)
	e.Contribute(w1, deal, 0, good)
	e.AdvanceTo(e.Now() + 3*tkRevealRatio*10)
	task := tkWantStatus(t, e, deal, 0, tkActive)
	if task.Winners != 0 || task.RevealDeadline.Sign() != 0 {
		t.Errorf("ACTIVE task: winners %d reveal deadline %s, want 0 0", task.Winners, task.RevealDeadline)
	}
	b.check(t, "two contributions: stakes locked",
		tkDelta{w0.Address, -tkWorkerStake, tkWorkerStake}, tkDelta{w1.Address, -tkWorkerStake, tkWorkerStake})

	// Two more workers contribute the same result; W2 reveals first and opens the reveals on
	// the group of four.
	e.Contribute(w2, deal, 0, good)
	e.Contribute(w3, deal, 0, good)
	tkWantStatus(t, e, deal, 0, tkActive)
	r := e.Reveal(w2, deal, 0, good)
	deadline := tkRevealDeadline(t, e, deal, r)
	tkSameEvents(t, "W2's reveal", n.events(t, e.D.Hub, r), []string{
		fmt.Sprintf("TaskConsensus(taskid=task, consensusValue=H(good), revealDeadline=%d)", deadline),
		"TaskReveal(taskid=task, worker=W2, resultDigest=" + common.Hash(good).Hex() + ")",
	})
	task = tkWantStatus(t, e, deal, 0, tkRevealing)
	if task.Winners != 4 || task.RevealDeadline.Uint64() != deadline || task.TotalWeight.Int64() != 17 {
		t.Errorf("opened: winners %d deadline %s total %s, want 4 %d 17", task.Winners, task.RevealDeadline, task.TotalWeight, deadline)
	}
	tkRevert(t, e, e.Workers[4], e.Poco.PackContribute(deal, e.ContributeItem(e.Workers[4], deal, 0, good)),
		"PocoTaskWrongStatus", taskid, uint8(tkRevealing))
	e.Tx(w3, e.Poco.PackReveal(deal, tkPlainReveal(0, good)))
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, 0, good)), "PocoRevealsPending", taskid, 2, 4, deadline)
	e.AdvanceTo(deadline)
	e.Finalize(deal, 0, good)
	tkWantStatus(t, e, deal, 0, tkCompleted)

	// Two seized stakes: pot (10 + 6) × 99% = 15.84 RLC, 7.92 each (vesting); scheduler 0.16 RLC.
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(2*tkWorkerStake), tkSchedRatio, []uint64{2, 2})
	if rewards[0].Int64() != 7_920_000_000 || rewards[1].Int64() != 7_920_000_000 || sched.Int64() != 160_000_000 {
		t.Fatalf("SplitRewards: got %s %s / %s", rewards[0], rewards[1], sched)
	}
	b.check(t, "finalize: the silent members lose their stakes",
		tkDelta{w0.Address, 0, -tkWorkerStake},
		tkDelta{w1.Address, 0, -tkWorkerStake},
		tkDelta{w2.Address, 0, rewards[0].Int64()}, // stake locked, then back; the reward vests
		tkDelta{w3.Address, 0, rewards[1].Int64()},
		tkDelta{e.Requester.Address, 0, -(tkAppPrice + tkPoolPrice)},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + sched.Int64(), -tkPoolStake})
	tkWantContribution(t, e, deal, 0, "W0", w0.Address, tkRejected)
	tkWantContribution(t, e, deal, 0, "W1", w1.Address, tkRejected)
	tkWantScore(t, e, "W0 (unrevealed)", w0.Address, 2)
	tkWantScore(t, e, "W1 (unrevealed)", w1.Address, 0)
	tkWantScore(t, e, "W2", w2.Address, 1)
	tkWantScore(t, e, "W3", w3.Address, 1)
	e.CheckConservation()
}

func TestFinalizeAfterRevealDeadlineWithOneRevealSeizesTheSilentWinnerAndLeavesTheLoneWinnersScore(t *testing.T) {
	e := pocotest.New(t)
	tkEarnScore(t, e, e.Workers[0], 3)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3, category: cat})
	b := tkNewBook(e)
	good := pocotest.Digest("good")
	w0, w1 := e.Workers[0], e.Workers[1]
	e.Contribute(w0, deal, 0, good)
	e.Contribute(w1, deal, 0, good)
	r := e.Reveal(w0, deal, 0, good)
	e.AdvanceTo(tkRevealDeadline(t, e, deal, r))
	e.Finalize(deal, 0, good)
	tkWantStatus(t, e, deal, 0, tkCompleted)
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(tkWorkerStake), tkSchedRatio, []uint64{2})
	b.check(t, "finalize with one of two reveals",
		tkDelta{w0.Address, 0, rewards[0].Int64()}, // stake back, the reward vests
		tkDelta{w1.Address, -tkWorkerStake, 0},
		tkDelta{e.Requester.Address, 0, -(tkAppPrice + tkPoolPrice)},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + sched.Int64(), -tkPoolStake})
	tkWantContribution(t, e, deal, 0, "W1", w1.Address, tkRejected)
	tkWantScore(t, e, "W0 (a lone winner: unconfirmed)", w0.Address, 3)
	tkWantScore(t, e, "W1", w1.Address, 0)
	e.CheckConservation()
}

// ───────────────────────────── d. claim and the kitty ─────────────────────────────

func TestClaimAfterFinalDeadlineRefundsPayerFeedsKittyAndKittyPaysNextFinalizer(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 3, category: cat})
	n := tkNewEventNamer(t, e)
	t0, t1 := pocotest.TaskID(deal, 0), pocotest.TaskID(deal, 1)
	n.name(common.Hash(t0).Hex(), "task0")
	n.name(common.Hash(t1).Hex(), "task1")
	n.name(common.Hash(deal.Id).Hex(), "deal")
	w0 := e.Workers[0]
	e.Contribute(w0, deal, 1, pocotest.Digest("good")) // task 1 ACTIVE, task 0 untouched
	e.AdvanceTo(pocotest.FinalDeadline(deal))
	b := tkNewBook(e)
	const price = tkAppPrice + tkPoolPrice
	kitty := func() int64 { return pocotest.Call(e, e.Poco.PackKitty(), e.Poco.UnpackKitty).Int64() }

	anyone := e.Workers[5]
	r := e.Claim(anyone, deal, 0)
	tkWantStatus(t, e, deal, 0, tkFailed)
	tkSameEvents(t, "claim of a task nobody contributed to", n.events(t, e.D.Hub, r), []string{
		"TaskClaimed(taskid=task0, dealid=deal, idx=0)",
		fmt.Sprintf("Unlock(owner=requester, amount=%d, ref=task0)", price),
		fmt.Sprintf("Seize(owner=poolOwner(scheduler), amount=%d, ref=task0)", tkPoolStake),
		fmt.Sprintf("KittyFill(amount=%d, ref=task0)", tkPoolStake),
	})
	b.check(t, "claim task 0",
		tkDelta{e.Requester.Address, price, -price},
		tkDelta{e.PoolOwner.Address, 0, -tkPoolStake},
		tkDelta{pocotest.KittyAddress, 0, tkPoolStake})
	if kitty() != tkPoolStake {
		t.Errorf("kitty(): got %d, want %d", kitty(), tkPoolStake)
	}

	r = e.Claim(anyone, deal, 1)
	tkWantStatus(t, e, deal, 1, tkFailed)
	if got := n.find(t, e.D.Hub, "KittyFill", r); len(got) != 1 || got[0] != fmt.Sprintf("KittyFill(amount=%d, ref=task1)", tkPoolStake) {
		t.Errorf("claim task 1 KittyFill: got %v", got)
	}
	b.check(t, "claim task 1 (one contribution)",
		tkDelta{e.Requester.Address, price, -price},
		tkDelta{e.PoolOwner.Address, 0, -tkPoolStake},
		tkDelta{w0.Address, tkWorkerStake, -tkWorkerStake},
		tkDelta{pocotest.KittyAddress, 0, tkPoolStake})
	tkWantScore(t, e, "W0", w0.Address, 0)
	const k1 = 2 * tkPoolStake // 6 RLC
	if kitty() != k1 {
		t.Fatalf("kitty(): got %d, want %d", kitty(), k1)
	}
	e.CheckConservation()

	// Another deal's task finalized on the fast path: 10% of 6 RLC is 0.6 RLC, below the
	// 1 RLC minimum, so the bonus is 1 RLC.
	const bonus1 = 1 * pocotest.RLC
	if tkKittyBonus(k1) != bonus1 {
		t.Fatalf("bonus: got %d, want %d", tkKittyBonus(k1), bonus1)
	}
	d2 := tkMatch(e, tkDealSpec{volume: 1, trust: 1})
	b.snap()
	r = e.ContributeAndFinalize(e.Workers[1], d2, 0, pocotest.Digest("d2"))
	n.name(common.Hash(pocotest.TaskID(d2, 0)).Hex(), "d2task0")
	tkSameEvents(t, "kitty drain", n.find(t, e.D.Hub, "KittyDrain", r), []string{fmt.Sprintf("KittyDrain(amount=%d, taskid=d2task0)", bonus1)})
	b.check(t, "fast path pays the scheduler a kitty bonus",
		tkDelta{e.Requester.Address, 0, -price},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + tkPoolPrice - tkWorkersPot(tkPoolPrice) + bonus1, -tkPoolStake},
		tkDelta{e.Workers[1].Address, tkWorkersPot(tkPoolPrice), 0},
		tkDelta{pocotest.KittyAddress, 0, -bonus1})
	if kitty() != k1-bonus1 {
		t.Fatalf("kitty(): got %d, want %d", kitty(), k1-bonus1)
	}

	// Ten more claimed tasks (claimBatch) bring the kitty to 5 + 30 = 35 RLC; a replicated
	// finalize then gets 10% of it: 3.5 RLC.
	d3 := tkMatch(e, tkDealSpec{volume: 10, trust: 2, category: cat})
	n.name(common.Hash(d3.Id).Hex(), "d3")
	e.AdvanceTo(pocotest.FinalDeadline(d3))
	b.snap()
	var claims []bindings.ClaimItem
	for _, idx := range tkRange(0, 10) {
		claims = append(claims, bindings.ClaimItem{Idx: tkU(idx), Contributors: nil})
	}
	r = e.Tx(anyone, e.Poco.PackClaimBatch(d3, claims))
	tkSameEvents(t, "claimBatch KittyFill", n.find(t, e.D.Hub, "KittyFill", r), []string{fmt.Sprintf("KittyFill(amount=%d, ref=d3)", 10*tkPoolStake)})
	b.check(t, "claimBatch of 10",
		tkDelta{e.Requester.Address, 10 * price, -10 * price},
		tkDelta{e.PoolOwner.Address, 0, -10 * tkPoolStake},
		tkDelta{pocotest.KittyAddress, 0, 10 * tkPoolStake})
	const k2 = k1 - bonus1 + 10*tkPoolStake // 35 RLC
	const bonus2 = 3_500_000_000
	if kitty() != k2 || tkKittyBonus(k2) != bonus2 {
		t.Fatalf("kitty(): got %d (bonus %d), want %d (bonus %d)", kitty(), tkKittyBonus(k2), k2, bonus2)
	}
	d4 := tkMatch(e, tkDealSpec{volume: 1, trust: 2})
	good := pocotest.Digest("d4")
	e.Contribute(e.Workers[2], d4, 0, good)
	e.Reveal(e.Workers[2], d4, 0, good)
	b.snap()
	e.Finalize(d4, 0, good)
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), nil, tkSchedRatio, []uint64{2})
	b.check(t, "finalize pays 10% of the kitty",
		tkDelta{e.Requester.Address, 0, -price},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + sched.Int64() + bonus2, -tkPoolStake},
		tkDelta{e.Workers[2].Address, tkWorkerStake, -tkWorkerStake + rewards[0].Int64()}, // trust 2: the reward vests
		tkDelta{pocotest.KittyAddress, 0, -bonus2})
	if kitty() != k2-bonus2 {
		t.Errorf("kitty(): got %d, want %d", kitty(), k2-bonus2)
	}
	e.CheckConservation()
}

// A batch pays the kitty bonus task by task: each finalization takes its share of what the
// kitty holds then, until it is empty; the tasks after that get none (the hub stops reading
// an empty kitty for the rest of the call, which must not change what anyone is paid).
func TestBatchDrainsTheKittyTaskByTaskUntilEmpty(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	kitty := func() int64 { return pocotest.Call(e, e.Poco.PackKitty(), e.Poco.UnpackKitty).Int64() }
	anyone := e.Workers[5]

	// One claimed task feeds the kitty with the pool's stake: 3 RLC.
	d1 := tkMatch(e, tkDealSpec{volume: 1, trust: 1, category: cat})
	e.AdvanceTo(pocotest.FinalDeadline(d1))
	e.Claim(anyone, d1, 0)
	if kitty() != tkPoolStake {
		t.Fatalf("kitty(): got %d, want %d", kitty(), tkPoolStake)
	}

	// Five fast-path tasks in one batch: 10% of 3, 2 and 1 RLC is below the 1 RLC minimum,
	// so the first three tasks get 1 RLC each and empty the kitty; the last two get nothing.
	const tasks = 5
	d2 := tkMatch(e, tkDealSpec{volume: tasks, trust: 1})
	n := tkNewEventNamer(t, e)
	w := e.Workers[1]
	items := make([]bindings.ContributeAndFinalizeItem, tasks)
	for i := range items {
		items[i] = e.ContributeAndFinalizeItem(w, d2, uint64(i), pocotest.Digest(fmt.Sprintf("t%d", i)))
		n.name(common.Hash(pocotest.TaskID(d2, uint64(i))).Hex(), fmt.Sprintf("task%d", i))
	}
	b := tkNewBook(e)
	b.snap()
	r := e.Tx(w, e.Poco.PackContributeAndFinalizeBatch(d2, items))
	bonus := int64(pocotest.RLC)
	tkSameEvents(t, "kitty drains", n.find(t, e.D.Hub, "KittyDrain", r), []string{
		fmt.Sprintf("KittyDrain(amount=%d, taskid=task0)", bonus),
		fmt.Sprintf("KittyDrain(amount=%d, taskid=task1)", bonus),
		fmt.Sprintf("KittyDrain(amount=%d, taskid=task2)", bonus),
	})
	price := int64(tkAppPrice + tkPoolPrice)
	b.check(t, "batch of five on the fast path",
		tkDelta{e.Requester.Address, 0, -tasks * price},
		tkDelta{e.AppOwner.Address, tasks * tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tasks*(tkPoolStake+tkPoolPrice-tkWorkersPot(tkPoolPrice)) + 3*bonus, -tasks * tkPoolStake},
		tkDelta{w.Address, tasks * tkWorkersPot(tkPoolPrice), 0},
		tkDelta{pocotest.KittyAddress, 0, -3 * bonus})
	if kitty() != 0 {
		t.Errorf("kitty(): got %d, want 0", kitty())
	}
	for i := range uint64(tasks) {
		tkWantStatus(t, e, d2, i, tkCompleted)
	}
	e.CheckConservation()
}

func TestKittyBonusIsCappedByWhatTheKittyHolds(t *testing.T) {
	e := pocotest.New(t)
	cat := e.CreateCategory("T", 10)
	cheap := tkMatch(e, tkDealSpec{volume: 1, trust: 1, category: cat, poolPrice: tkB(pocotest.RLC)})
	e.AdvanceTo(pocotest.FinalDeadline(cheap))
	e.Claim(e.Workers[0], cheap, 0)
	const k = pocotest.RLC * 30 / 100 // 0.3 RLC, below the 1 RLC minimum bonus
	if got := pocotest.Call(e, e.Poco.PackKitty(), e.Poco.UnpackKitty).Int64(); got != k {
		t.Fatalf("kitty(): got %d, want %d", got, k)
	}
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 1})
	b := tkNewBook(e)
	e.ContributeAndFinalize(e.Workers[1], deal, 0, pocotest.Digest("x"))
	b.check(t, "bonus = the whole kitty",
		tkDelta{e.Requester.Address, 0, -(tkAppPrice + tkPoolPrice)},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + tkPoolPrice - tkWorkersPot(tkPoolPrice) + k, -tkPoolStake},
		tkDelta{e.Workers[1].Address, tkWorkersPot(tkPoolPrice), 0},
		tkDelta{pocotest.KittyAddress, 0, -k})
	e.CheckConservation()
}

// ───────────────────────────── e. a bag of 100 tasks ─────────────────────────────

func TestBagOfHundredTasksCompletesWithBatchesAtTrustOneAndThree(t *testing.T) {
	e := pocotest.New(t)
	const price = tkAppPrice + tkPoolPrice

	// Trust 1: five workers, fast-path batches of 1, 9, 15, 25 and 50 tasks.
	d1 := tkMatch(e, tkDealSpec{volume: 100, trust: 1})
	b := tkNewBook(e)
	next := uint64(0)
	for i, size := range []uint64{1, 9, 15, 25, 50} {
		w := e.Workers[i]
		var items []bindings.ContributeAndFinalizeItem
		for _, idx := range tkRange(next, next+size) {
			items = append(items, e.ContributeAndFinalizeItem(w, d1, idx, pocotest.Digest(fmt.Sprint("bag ", idx))))
		}
		next += size
		r := e.Tx(w, e.Poco.PackContributeAndFinalizeBatch(d1, items))
		t.Logf("contributeAndFinalizeBatch of %d: %d gas", size, r.GasUsed)
		k := int64(size)
		b.check(t, fmt.Sprintf("fast-path batch of %d by W%d", size, i),
			tkDelta{e.Requester.Address, 0, -price * k},
			tkDelta{e.AppOwner.Address, tkAppPrice * k, 0},
			tkDelta{e.PoolOwner.Address, (tkPoolStake + tkPoolPrice - tkWorkersPot(tkPoolPrice)) * k, -tkPoolStake * k},
			tkDelta{w.Address, tkWorkersPot(tkPoolPrice) * k, 0})
	}
	for idx := uint64(0); idx < 100; idx++ {
		tkWantStatus(t, e, d1, idx, tkCompleted)
	}
	e.CheckConservation()

	// Trust 3: two fresh workers agree on every task (group 4, total 5: 12 > 10).
	d3 := tkMatch(e, tkDealSpec{volume: 100, trust: 3})
	b.snap()
	n := tkNewEventNamer(t, e)
	n.name(common.Hash(d3.Id).Hex(), "d3")
	w5, w6 := e.Workers[5], e.Workers[6]
	digest := func(idx uint64) [32]byte { return pocotest.Digest(fmt.Sprint("bag3 ", idx)) }
	contribute := func(w *chaintest.Account, from, to uint64) {
		var items []bindings.ContributeItem
		for _, idx := range tkRange(from, to) {
			items = append(items, tkContributeItems(e, w, d3, []uint64{idx}, digest(idx))...)
		}
		r := e.Tx(w, e.Poco.PackContributeBatch(d3, items))
		t.Logf("contributeBatch of %d: %d gas", to-from, r.GasUsed)
		// A batch locks all its stakes at once, with the deal as ref.
		tkSameEvents(t, "contributeBatch Lock", n.find(t, e.D.Hub, "Lock", r),
			[]string{fmt.Sprintf("Lock(owner=%s, amount=%d, ref=d3)", n.value(w.Address), int64(to-from)*tkWorkerStake)})
	}
	// W5 reveals first, with the scheduler's permit of each task; W6 needs none.
	reveal := func(w *chaintest.Account, from, to uint64, permits bool) {
		var items []bindings.RevealItem
		for _, idx := range tkRange(from, to) {
			if permits {
				items = append(items, e.RevealItem(d3, idx, digest(idx)))
			} else {
				items = append(items, tkPlainReveal(idx, digest(idx)))
			}
		}
		e.Tx(w, e.Poco.PackRevealBatch(d3, items))
	}
	contribute(w5, 0, 40)
	contribute(w5, 40, 100)
	contribute(w6, 0, 100)
	for idx := uint64(0); idx < 100; idx++ {
		tkWantStatus(t, e, d3, idx, tkActive)
	}
	b.check(t, "trust-3 contributions",
		tkDelta{w5.Address, -100 * tkWorkerStake, 100 * tkWorkerStake},
		tkDelta{w6.Address, -100 * tkWorkerStake, 100 * tkWorkerStake})
	reveal(w5, 0, 30, true)
	reveal(w5, 30, 100, true)
	for idx := uint64(0); idx < 100; idx++ {
		tkWantStatus(t, e, d3, idx, tkRevealing)
	}
	reveal(w6, 0, 100, false)
	var times []uint64
	for _, chunk := range [][2]uint64{{0, 1}, {1, 34}, {34, 100}} {
		var items []bindings.FinalizeItem
		for _, idx := range tkRange(chunk[0], chunk[1]) {
			items = append(items, e.FinalizeItem(d3, idx, digest(idx)))
		}
		r := e.Tx(e.PoolOwner, e.Poco.PackFinalizeBatch(d3, items))
		times = append(times, tkBlockTime(t, e, r))
		t.Logf("finalizeBatch of %d: %d gas", chunk[1]-chunk[0], r.GasUsed)
		// One balance event per account and kind, and one ScoreChanged per worker, per batch.
		k := int64(chunk[1] - chunk[0])
		var w5Events []string
		for _, ev := range n.events(t, e.D.Hub, r) {
			if strings.Contains(ev, "=W5,") {
				w5Events = append(w5Events, ev)
			}
		}
		r5, _ := protocol.SplitRewards(tkB(tkPoolPrice), nil, tkSchedRatio, []uint64{2, 2})
		tkSameEvents(t, fmt.Sprintf("finalizeBatch of %d, W5's events", k), w5Events, []string{
			fmt.Sprintf("Unlock(owner=W5, amount=%d, ref=d3)", k*tkWorkerStake),
			fmt.Sprintf("Vest(worker=W5, amount=%d, releaseTime=%d, ref=d3)", k*r5[0].Int64(), tkBlockTime(t, e, r)+tkVesting),
			fmt.Sprintf("ScoreChanged(worker=W5, ref=d3, oldScore=%d, newScore=%d)", chunk[0], chunk[1]),
		})
	}
	for idx := uint64(0); idx < 100; idx++ {
		tkWantStatus(t, e, d3, idx, tkCompleted)
	}
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), nil, tkSchedRatio, []uint64{2, 2})
	// Three rewards within a day: the first batch's fills `newer`, the second moves it to
	// `older` and starts a new `newer`, the third adds to `newer` and pushes its release.
	r5 := uint64(rewards[0].Int64())
	tkWantVesting(t, e, "W5", w5.Address, [4]uint64{r5, times[0] + tkVesting, 99 * r5, times[2] + tkVesting})
	b.check(t, "trust-3 reveals and finalizes (the workers' rewards vest)",
		tkDelta{e.Requester.Address, 0, -100 * price},
		tkDelta{e.AppOwner.Address, 100 * tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, 100 * (tkPoolStake + sched.Int64()), -100 * tkPoolStake},
		tkDelta{w5.Address, 100 * tkWorkerStake, 100 * (rewards[0].Int64() - tkWorkerStake)},
		tkDelta{w6.Address, 100 * tkWorkerStake, 100 * (rewards[1].Int64() - tkWorkerStake)})
	tkWantScore(t, e, "W5", w5.Address, 100)
	tkWantScore(t, e, "W6", w6.Address, 100)
	for i := 0; i < 5; i++ {
		tkWantScore(t, e, fmt.Sprint("W", i), e.Workers[i].Address, 0)
	}
	e.CheckConservation()
}

// ───────────────────────────── f. sponsored deal ─────────────────────────────

func TestSponsoredDealChargesAndRefundsTheSponsorNotTheRequester(t *testing.T) {
	e := pocotest.New(t)
	sponsor := e.Owner
	e.Deposit(sponsor, tkB(1000*pocotest.RLC))
	cat := e.CreateCategory("T", 10)
	b := tkNewBook(e)
	deal := tkMatch(e, tkDealSpec{volume: 2, trust: 1, category: cat, sponsor: sponsor})
	if deal.Sponsor != sponsor.Address || deal.Requester != e.Requester.Address {
		t.Fatalf("deal sponsor %s requester %s, want %s %s", deal.Sponsor.Hex(), deal.Requester.Hex(), sponsor.Address.Hex(), e.Requester.Address.Hex())
	}
	const price = tkAppPrice + tkPoolPrice
	b.check(t, "sponsorMatchOrders",
		tkDelta{sponsor.Address, -2 * price, 2 * price},
		tkDelta{e.PoolOwner.Address, -2 * tkPoolStake, 2 * tkPoolStake})

	e.ContributeAndFinalize(e.Workers[0], deal, 0, pocotest.Digest("s"))
	b.check(t, "task 0 finalized",
		tkDelta{sponsor.Address, 0, -price},
		tkDelta{e.AppOwner.Address, tkAppPrice, 0},
		tkDelta{e.PoolOwner.Address, tkPoolStake + tkPoolPrice - tkWorkersPot(tkPoolPrice), -tkPoolStake},
		tkDelta{e.Workers[0].Address, tkWorkersPot(tkPoolPrice), 0})

	e.AdvanceTo(pocotest.FinalDeadline(deal))
	e.Claim(e.Requester, deal, 1)
	tkWantStatus(t, e, deal, 1, tkFailed)
	b.check(t, "task 1 claimed",
		tkDelta{sponsor.Address, price, -price},
		tkDelta{e.PoolOwner.Address, 0, -tkPoolStake},
		tkDelta{pocotest.KittyAddress, 0, tkPoolStake})
	e.CheckConservation()
}

// ───────────────────────────── g. TEE ─────────────────────────────

func tkEnclaveKey(label string) *chaintest.Account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("poco test enclave " + label)))
	if err != nil {
		panic(err)
	}
	return &chaintest.Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

// tkTeeFastItem builds a fast-path item for a TEE task: the scheduler authorizes `enclave`,
// and `signer` signs the enclave challenge.
func tkTeeFastItem(t *testing.T, e *pocotest.Env, w *chaintest.Account, d bindings.Deal, idx uint64, digest [32]byte, enclave common.Address, signer *chaintest.Account) bindings.ContributeAndFinalizeItem {
	t.Helper()
	taskid := pocotest.TaskID(d, idx)
	item := e.ContributeAndFinalizeItem(w, d, idx, digest)
	item.Enclave = enclave
	item.AuthorizationSign = e.Authorize(d, idx, w.Address, enclave)
	if signer != nil {
		sig, err := protocol.SignEnclaveChallenge(signer.Key, protocol.ResultHash(taskid, digest), protocol.ResultSeal(w.Address, taskid, digest))
		if err != nil {
			t.Fatal(err)
		}
		item.EnclaveSign = sig
	}
	return item
}

func tkTeeContributeItem(t *testing.T, e *pocotest.Env, w *chaintest.Account, d bindings.Deal, idx uint64, digest [32]byte, enclave common.Address, signer *chaintest.Account) bindings.ContributeItem {
	t.Helper()
	item := e.ContributeItem(w, d, idx, digest)
	item.Enclave = enclave
	item.AuthorizationSign = e.Authorize(d, idx, w.Address, enclave)
	if signer != nil {
		sig, err := protocol.SignEnclaveChallenge(signer.Key, item.ResultHash, item.ResultSeal)
		if err != nil {
			t.Fatal(err)
		}
		item.EnclaveSign = sig
	}
	return item
}

func TestTeeTaskNeedsTheAuthorizedEnclavesSignature(t *testing.T) {
	e := pocotest.New(t)
	deal := tkMatch(e, tkDealSpec{volume: 4, trust: 1, tee: true})
	if deal.Tag != [32]byte(protocol.TagTEE) {
		t.Fatalf("deal tag: got %x, want TEE", deal.Tag)
	}
	enclave, impostor := tkEnclaveKey("a"), tkEnclaveKey("b")
	w := e.Workers[0]
	tag := deal.Tag

	// Fast path.
	t1 := pocotest.TaskID(deal, 1)
	d1 := pocotest.Digest("tee 1")
	tkRevert(t, e, w, e.Poco.PackContributeAndFinalize(deal, tkTeeFastItem(t, e, w, deal, 1, d1, common.Address{}, nil)),
		"PocoEnclaveRequired", t1, tag)
	tkRevert(t, e, w, e.Poco.PackContributeAndFinalize(deal, tkTeeFastItem(t, e, w, deal, 1, d1, enclave.Address, impostor)),
		"PocoInvalidEnclaveSignature", t1, enclave.Address)
	tkRevert(t, e, w, e.Poco.PackContributeAndFinalize(deal, tkTeeFastItem(t, e, w, deal, 1, d1, enclave.Address, nil)),
		"PocoInvalidEnclaveSignature", t1, enclave.Address)
	// The authorization names the enclave: another enclave, even one that signs, is refused.
	other := tkTeeFastItem(t, e, w, deal, 1, d1, impostor.Address, impostor)
	other.AuthorizationSign = e.Authorize(deal, 1, w.Address, enclave.Address)
	tkRevert(t, e, w, e.Poco.PackContributeAndFinalize(deal, other), "PocoInvalidAuthorization", t1, w.Address, e.PoolOwner.Address)
	e.Tx(w, e.Poco.PackContributeAndFinalize(deal, tkTeeFastItem(t, e, w, deal, 1, d1, enclave.Address, enclave)))
	tkWantStatus(t, e, deal, 1, tkCompleted)

	// contribute / reveal / finalize.
	t2 := pocotest.TaskID(deal, 2)
	d2 := pocotest.Digest("tee 2")
	tkRevert(t, e, w, e.Poco.PackContribute(deal, tkTeeContributeItem(t, e, w, deal, 2, d2, common.Address{}, nil)),
		"PocoEnclaveRequired", t2, tag)
	tkRevert(t, e, w, e.Poco.PackContribute(deal, tkTeeContributeItem(t, e, w, deal, 2, d2, enclave.Address, impostor)),
		"PocoInvalidEnclaveSignature", t2, enclave.Address)
	item := tkTeeContributeItem(t, e, w, deal, 2, d2, enclave.Address, enclave)
	e.Tx(w, e.Poco.PackContribute(deal, item))
	e.RecordContribution(deal, 2, w.Address, item.ResultHash)
	tkWantStatus(t, e, deal, 2, tkActive)
	e.Reveal(w, deal, 2, d2)
	e.Finalize(deal, 2, d2)
	tkWantStatus(t, e, deal, 2, tkCompleted)
	e.CheckConservation()
}

// ───────────────────────────── h. callback ─────────────────────────────

func TestCallbackReceivesResultAndItsFailureDoesNotUndoFinalize(t *testing.T) {
	e := pocotest.New(t)
	cbAddr := tkDeployCallback(t, e)
	cbABI := bindings.NewTestCallback()
	cb := cbABI.Instance(e.Client, cbAddr)
	deal := tkMatch(e, tkDealSpec{volume: 5, trust: 1, callback: cbAddr})
	if deal.Callback != cbAddr {
		t.Fatalf("deal callback: got %s, want %s", deal.Callback.Hex(), cbAddr.Hex())
	}
	n := tkNewEventNamer(t, e)
	n.name(cbAddr.Hex(), "callback")
	stored := func(taskid [32]byte) []byte {
		v, err := bind.Call(cb, nil, cbABI.PackResults(taskid), cbABI.UnpackResults)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	w := e.Workers[0]
	fast := func(idx uint64, data []byte) *types.Receipt {
		item := e.ContributeAndFinalizeItem(w, deal, idx, tkDigestOf(data))
		item.ResultsCallback = data
		n.name(common.Hash(pocotest.TaskID(deal, idx)).Hex(), fmt.Sprint("task", idx))
		return e.Tx(w, e.Poco.PackContributeAndFinalize(deal, item))
	}

	for _, c := range []struct {
		mode    uint8
		name    string
		success bool
	}{{0, "RECORD", true}, {1, "REVERT", false}, {2, "BURN", false}} {
		idx := uint64(c.mode)
		e.SendTo(e.Owner, cbAddr, cbABI.PackSetMode(c.mode))
		data := []byte(fmt.Sprintf("callback data of task %d", idx))
		r := fast(idx, data)
		tkWantStatus(t, e, deal, idx, tkCompleted)
		tkSameEvents(t, c.name+" ResultCallback", n.find(t, e.D.Hub, "ResultCallback", r),
			[]string{fmt.Sprintf("ResultCallback(taskid=task%d, callback=callback, success=%v)", idx, c.success)})
		want := ""
		if c.success {
			want = string(data)
		}
		if got := stored(pocotest.TaskID(deal, idx)); string(got) != want {
			t.Errorf("%s: callback stored %q, want %q", c.name, got, want)
		}
		t.Logf("%s: fast path with callback used %d gas", c.name, r.GasUsed)
	}

	// resultsCallback must hash to the digest.
	idx := uint64(3)
	item := e.ContributeAndFinalizeItem(w, deal, idx, tkDigestOf([]byte("the real result")))
	item.ResultsCallback = []byte("something else")
	tkRevert(t, e, w, e.Poco.PackContributeAndFinalize(deal, item), "PocoCallbackDataMismatch",
		pocotest.TaskID(deal, idx), tkDigestOf([]byte("the real result")))

	// Through finalize too (RECORD mode).
	e.SendTo(e.Owner, cbAddr, cbABI.PackSetMode(0))
	data := []byte("replicated callback data")
	digest := tkDigestOf(data)
	e.Contribute(w, deal, 4, digest)
	e.Reveal(w, deal, 4, digest)
	fi := e.FinalizeItem(deal, 4, digest)
	fi.ResultsCallback = []byte("not the data")
	tkRevert(t, e, e.PoolOwner, e.Poco.PackFinalize(deal, fi), "PocoCallbackDataMismatch", pocotest.TaskID(deal, 4), digest)
	fi.ResultsCallback = data
	r := e.Tx(e.PoolOwner, e.Poco.PackFinalize(deal, fi))
	n.name(common.Hash(pocotest.TaskID(deal, 4)).Hex(), "task4")
	tkSameEvents(t, "finalize ResultCallback", n.find(t, e.D.Hub, "ResultCallback", r),
		[]string{"ResultCallback(taskid=task4, callback=callback, success=true)"})
	if got := stored(pocotest.TaskID(deal, 4)); string(got) != string(data) {
		t.Errorf("finalize: callback stored %q, want %q", got, data)
	}
	e.CheckConservation()
}

// ───────────────────────────── 3. events ─────────────────────────────

func TestReplicatedTaskEmitsItsEventsInOrder(t *testing.T) {
	e := pocotest.New(t)
	forfeit := tkEarnScore(t, e, e.Workers[0], 3) // the dissenter's score drops 3 → 0, its vesting rewards go to the pot
	// Fill the kitty with one claimed task so the finalize also drains it.
	cat := e.CreateCategory("T", 10)
	old := tkMatch(e, tkDealSpec{volume: 1, trust: 1, category: cat})
	e.AdvanceTo(pocotest.FinalDeadline(old))
	e.Claim(e.Workers[7], old, 0)

	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3})
	n := tkNewEventNamer(t, e)
	taskid := pocotest.TaskID(deal, 0)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	n.name(common.Hash(taskid).Hex(), "task")
	n.name(common.Hash(deal.Id).Hex(), "deal")
	n.name(common.Hash(good).Hex(), "good")
	n.name(common.Hash(bad).Hex(), "bad")
	n.name(common.Hash(protocol.ResultHash(taskid, good)).Hex(), "H(good)")
	n.name(common.Hash(protocol.ResultHash(taskid, bad)).Hex(), "H(bad)")
	w0, w1, w2, w3 := e.Workers[0], e.Workers[1], e.Workers[2], e.Workers[3]

	// trust 3: W0 (bad) 2×3 = 6 ≤ 3×2; W1 (good) 2×3 ≤ 5×2; W2 4×3 ≤ 7×2; W3 8×3 = 24 > 11×2 = 22.
	// Contribute emits no TaskConsensus: W1's first reveal, with the scheduler's permit, does.
	var rs []*types.Receipt
	rs = append(rs, e.Contribute(w0, deal, 0, bad), e.Contribute(w1, deal, 0, good), e.Contribute(w2, deal, 0, good),
		e.Contribute(w3, deal, 0, good))
	opening := e.Reveal(w1, deal, 0, good)
	deadline := tkRevealDeadline(t, e, deal, opening)
	rs = append(rs, opening, e.Reveal(w2, deal, 0, good), e.Reveal(w3, deal, 0, good))
	fi := e.FinalizeItem(deal, 0, good)
	fin := e.Tx(e.PoolOwner, e.Poco.PackFinalize(deal, fi))
	rs = append(rs, fin)
	release := tkBlockTime(t, e, fin) + tkVesting

	const kitty = tkPoolStake
	bonus := tkKittyBonus(kitty) // 1 RLC
	// The pot: the pool price, W0's stake and W0's forfeited rewards.
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(tkWorkerStake+forfeit), tkSchedRatio, []uint64{2, 2, 2})
	stake := tkWorkerStake
	// Contribute locks the stake after recording the vote; finalize forfeits the wrong
	// worker's vesting rewards at once, and settles every account once, at the end of the
	// call (payer, app, pool, then each contributor in the order the settlement met them:
	// losers first, then winners in the contributor list's ascending address order), with
	// the ScoreChanged of each contributor; winners' rewards vest (all three the same here).
	want := []string{
		"TaskStarted(taskid=task, dealid=deal, idx=0)",
		"TaskContribute(taskid=task, worker=W0, resultHash=H(bad), weight=2)",
		fmt.Sprintf("Lock(owner=W0, amount=%d, ref=task)", stake),
		"TaskContribute(taskid=task, worker=W1, resultHash=H(good), weight=2)",
		fmt.Sprintf("Lock(owner=W1, amount=%d, ref=task)", stake),
		"TaskContribute(taskid=task, worker=W2, resultHash=H(good), weight=2)",
		fmt.Sprintf("Lock(owner=W2, amount=%d, ref=task)", stake),
		"TaskContribute(taskid=task, worker=W3, resultHash=H(good), weight=2)",
		fmt.Sprintf("Lock(owner=W3, amount=%d, ref=task)", stake),
		fmt.Sprintf("TaskConsensus(taskid=task, consensusValue=H(good), revealDeadline=%d)", deadline),
		"TaskReveal(taskid=task, worker=W1, resultDigest=good)",
		"TaskReveal(taskid=task, worker=W2, resultDigest=good)",
		"TaskReveal(taskid=task, worker=W3, resultDigest=good)",
		"ContributionRejected(taskid=task, worker=W0)",
		fmt.Sprintf("Seize(owner=W0, amount=%d, ref=task)", forfeit),
		fmt.Sprintf("VestingForfeited(worker=W0, amount=%d, ref=task)", forfeit),
		fmt.Sprintf("KittyDrain(amount=%d, taskid=task)", bonus),
		fmt.Sprintf("TaskFinalize(taskid=task, dealid=deal, idx=0, resultDigest=good, results=%q)", fi.Results),
		fmt.Sprintf("Seize(owner=requester, amount=%d, ref=task)", tkAppPrice+tkPoolPrice),
		fmt.Sprintf("Reward(owner=appOwner, amount=%d, ref=task)", tkAppPrice),
		fmt.Sprintf("Unlock(owner=poolOwner(scheduler), amount=%d, ref=task)", tkPoolStake),
		fmt.Sprintf("Reward(owner=poolOwner(scheduler), amount=%d, ref=task)", sched.Int64()+bonus),
		fmt.Sprintf("Seize(owner=W0, amount=%d, ref=task)", stake),
		"ScoreChanged(worker=W0, ref=task, oldScore=3, newScore=0)",
	}
	names := map[common.Address]string{w1.Address: "W1", w2.Address: "W2", w3.Address: "W3"}
	for i, w := range protocol.ContributorList([]common.Address{w1.Address, w2.Address, w3.Address}) {
		want = append(want,
			fmt.Sprintf("Unlock(owner=%s, amount=%d, ref=task)", names[w], stake),
			fmt.Sprintf("Vest(worker=%s, amount=%s, releaseTime=%d, ref=task)", names[w], rewards[i], release),
			fmt.Sprintf("ScoreChanged(worker=%s, ref=task, oldScore=0, newScore=1)", names[w]))
	}
	tkSameEvents(t, "replicated task", n.events(t, e.D.Hub, rs...), want)
	e.CheckConservation()
}

// ───────────────────────────── docs/protocol.md worked example ─────────────────────────────

func TestWorkedExampleOfTheProtocolDocPaysExactly(t *testing.T) {
	e := pocotest.New(t)
	d, a1, a2 := e.Workers[0], e.Workers[1], e.Workers[2]
	tkEarnScore(t, e, d, 6)
	tkEarnScore(t, e, a2, 15)
	// A day later, their rewards have vested: nothing of D's is at risk any more.
	e.AdvanceTo(e.Now() + tkVesting)
	e.Tx(e.Requester, e.Poco.PackReleaseVested(d.Address))
	e.Tx(e.Requester, e.Poco.PackReleaseVested(a2.Address))
	if v := tkVestingOf(e, d.Address); v[0]+v[2] != 0 {
		t.Fatalf("D's rewards still vesting a day later: %v", v)
	}
	deal := tkMatch(e, tkDealSpec{volume: 1, trust: 3, dataset: true})
	b := tkNewBook(e)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	e.Contribute(d, deal, 0, bad)   // group 2, total 3: 6 ≤ 6
	e.Contribute(a1, deal, 0, good) // group 2, total 5: 6 ≤ 10
	tkRevert(t, e, a1, e.Poco.PackReveal(deal, e.RevealItem(deal, 0, good)), "PocoNoConsensus", pocotest.TaskID(deal, 0), 2, 5)
	e.Contribute(a2, deal, 0, good) // weight 4: group 8, total 11: 24 > 22
	tkWantStatus(t, e, deal, 0, tkActive)
	if got := e.Contribution(deal, 0, a2.Address).Weight; got != 4 {
		t.Fatalf("A2's weight: got %d, want 4", got)
	}
	e.Reveal(a1, deal, 0, good) // with the scheduler's permit: the reveals open
	tkWantStatus(t, e, deal, 0, tkRevealing)
	e.Reveal(a2, deal, 0, good)
	e.Finalize(deal, 0, good)
	// Hand figures from the doc: pot 13, workers 12.87, log2 weights 1 : 2; the workers'
	// rewards vest (locked), D's stake is gone.
	const rlc = pocotest.RLC
	b.check(t, "worked example",
		tkDelta{e.Requester.Address, 0, -14 * rlc},
		tkDelta{e.AppOwner.Address, 3 * rlc, 0},
		tkDelta{e.DatasetOwner.Address, 1 * rlc, 0},
		tkDelta{d.Address, -3 * rlc, 0},
		tkDelta{a1.Address, 0, 4_290_000_000},
		tkDelta{a2.Address, 0, 8_580_000_000},
		tkDelta{e.PoolOwner.Address, 3*rlc + 130_000_000, -3 * rlc})
	tkWantScore(t, e, "D (proven wrong)", d.Address, 0)
	tkWantScore(t, e, "A1", a1.Address, 1)
	tkWantScore(t, e, "A2", a2.Address, 16)
	e.CheckConservation()
}

// ───────────────────────────── batches with many workers ─────────────────────────────

// A batch settles each worker once, for up to 16 distinct workers per call; beyond that it
// pays them directly. Either way every amount must be exact.
func TestBatchesWithMoreWorkersThanTheSettlementTallyPayEveryoneExactly(t *testing.T) {
	e := pocotest.New(t, pocotest.Options{Workers: 24})
	cat := e.CreateCategory("T", 10)

	// finalizeBatch: 5 tasks at trust 3, each with a dissenter then three agreeing: 20 workers.
	deal := tkMatch(e, tkDealSpec{volume: 5, trust: 3})
	b := tkNewBook(e)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	var items []bindings.FinalizeItem
	for k := uint64(0); k < 5; k++ {
		ws := e.Workers[4*k : 4*k+4]
		e.Contribute(ws[0], deal, k, bad)
		for _, w := range ws[1:] {
			e.Contribute(w, deal, k, good)
		}
		tkWantStatus(t, e, deal, k, tkActive)
		for _, w := range ws[1:] {
			e.Reveal(w, deal, k, good)
		}
		tkWantStatus(t, e, deal, k, tkRevealing)
		items = append(items, e.FinalizeItem(deal, k, good))
	}
	e.Tx(e.PoolOwner, e.Poco.PackFinalizeBatch(deal, items))
	rewards, sched := protocol.SplitRewards(tkB(tkPoolPrice), tkB(tkWorkerStake), tkSchedRatio, []uint64{2, 2, 2})
	want := []tkDelta{
		{e.Requester.Address, 0, -5 * (tkAppPrice + tkPoolPrice)},
		{e.AppOwner.Address, 5 * tkAppPrice, 0},
		{e.PoolOwner.Address, 5 * (tkPoolStake + sched.Int64()), -5 * tkPoolStake},
	}
	for k := 0; k < 5; k++ {
		want = append(want, tkDelta{e.Workers[4*k].Address, -tkWorkerStake, 0})
		for j := 1; j < 4; j++ {
			want = append(want, tkDelta{e.Workers[4*k+j].Address, 0, rewards[j-1].Int64()}) // vesting
		}
	}
	b.check(t, "finalizeBatch over 20 workers", want...)
	for k := 0; k < 5; k++ {
		for j := 1; j < 4; j++ {
			tkWantScore(t, e, fmt.Sprint("W", 4*k+j), e.Workers[4*k+j].Address, 1)
		}
	}
	e.CheckConservation()

	// claimBatch: 20 tasks with one contributor each.
	d2 := tkMatch(e, tkDealSpec{volume: 20, trust: 3, category: cat})
	for k := uint64(0); k < 20; k++ {
		e.Contribute(e.Workers[k], d2, k, good)
	}
	e.AdvanceTo(pocotest.FinalDeadline(d2))
	b.snap()
	var claims []bindings.ClaimItem
	for k := uint64(0); k < 20; k++ {
		claims = append(claims, bindings.ClaimItem{Idx: tkU(k), Contributors: e.Contributors(d2, k)})
	}
	e.Tx(e.Workers[23], e.Poco.PackClaimBatch(d2, claims))
	want = []tkDelta{
		{e.Requester.Address, 20 * (tkAppPrice + tkPoolPrice), -20 * (tkAppPrice + tkPoolPrice)},
		{e.PoolOwner.Address, 0, -20 * tkPoolStake},
		{pocotest.KittyAddress, 0, 20 * tkPoolStake},
	}
	for k := 0; k < 20; k++ {
		want = append(want, tkDelta{e.Workers[k].Address, tkWorkerStake, -tkWorkerStake})
	}
	b.check(t, "claimBatch over 20 workers", want...)
	e.CheckConservation()
}
