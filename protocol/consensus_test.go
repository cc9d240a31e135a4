package protocol

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"testing"
)

var (
	resultA = [32]byte{0xaa}
	resultB = [32]byte{0xbb}
)

func TestWeightIsMaxScoreOverThreeAndThreeMinusOneCappedAt13(t *testing.T) {
	cases := []struct{ score, want uint64 }{
		{0, 2}, {1, 2}, {11, 2}, {12, 3}, {14, 3}, {15, 4}, {18, 5}, {41, 12}, {42, 13}, {99, 13}, {300, 13},
		{math.MaxUint64, 13},
	}
	for _, c := range cases {
		if got := Weight(c.score); got != c.want {
			t.Errorf("Weight(%d) = %d, want %d", c.score, got, c.want)
		}
	}
}

func TestFreshWorkersNeededPerTrust(t *testing.T) {
	cases := []struct {
		trust uint64
		want  int
	}{
		{0, 1}, {1, 1}, {2, 1}, {3, 2}, {4, 2}, {5, 3}, {8, 3}, {9, 4}, {64, 6}, {65, 7}, {100, 7}, {128, 7}, {129, 8},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("trust %d needs %d fresh agreeing workers", c.trust, c.want), func(t *testing.T) {
			if got := ReplicatesNeeded(c.trust, nil); got != c.want {
				t.Errorf("ReplicatesNeeded = %d, want %d", got, c.want)
			}
			// The same through the tally, vote by vote.
			tally := NewTally(c.trust)
			for i := 1; i <= c.want; i++ {
				reached, err := tally.Vote(resultA, Weight(0))
				if err != nil {
					t.Fatal(err)
				}
				if reached != (i == c.want) {
					t.Fatalf("after %d votes: reached = %v (%s)", i, reached, tally)
				}
			}
		})
	}
}

func TestReputedWorkersNeedFewerReplicates(t *testing.T) {
	// Weight 13 (score 42 or more): one worker alone gives group 13, total 14: 13t > 14(t−1)
	// ⇔ t < 14.
	if got := ReplicatesNeeded(13, []uint64{1000}); got != 1 {
		t.Errorf("trust 13, one worker of weight 13: got %d, want 1", got)
	}
	if got := ReplicatesNeeded(14, []uint64{1000}); got != 2 {
		t.Errorf("trust 14, a worker of weight 13 then fresh ones: got %d, want 2", got)
	}
	// Three capped workers reach at most trust 2197; 170 needs three (13² = 169 < 170 − 1 + …).
	if got := ReplicatesNeeded(170, []uint64{42, 42, 42, 42}); got != 3 {
		t.Errorf("trust 170, capped workers: got %d, want 3", got)
	}
	// The list runs out: later workers count as fresh.
	if got := ReplicatesNeeded(100, []uint64{0, 0}); got != 7 {
		t.Errorf("trust 100, scores run out: got %d, want 7", got)
	}
}

func TestOneFreshDissenterAtTrust5NeedsFourAgreeingWorkers(t *testing.T) {
	tally := NewTally(5)
	if reached, _ := tally.Vote(resultB, 2); reached {
		t.Fatal("a single dissenter reached consensus at trust 5")
	}
	if got := tally.AgreeingNeeded(resultA, nil); got != 4 {
		t.Errorf("AgreeingNeeded after one dissenter = %d, want 4", got)
	}
	for i := 1; i <= 3; i++ {
		if reached, _ := tally.Vote(resultA, 2); reached {
			t.Fatalf("consensus after %d agreeing votes", i)
		}
	}
	// Three are not enough: group 8, total 11: 8×5 = 40 ≤ 11×4 = 44.
	assertGroupTotal(t, tally, resultA, 8, 11)
	reached, err := tally.Vote(resultA, 2)
	if err != nil || !reached {
		t.Fatalf("fourth agreeing vote: reached %v, err %v", reached, err)
	}
	// Four are: group 16, total 19: 16×5 = 80 > 19×4 = 76.
	assertGroupTotal(t, tally, resultA, 16, 19)
	if w, ok := tally.Consensus(); !ok || w != resultA {
		t.Errorf("Consensus = %x, %v; want %x, true", w, ok, resultA)
	}
}

func TestWorkedExampleCredibility3168Over3172(t *testing.T) {
	// Votes of weight 3 for one value, then 32 and 99 for another. At trust 100 no vote
	// before the last reaches consensus (after 32: 3200 ≤ 36×99), the last does
	// (316800 > 3172×99 = 314028).
	tally := NewTally(100)
	for i, v := range []struct {
		result [32]byte
		weight uint64
	}{{resultA, 3}, {resultB, 32}, {resultB, 99}} {
		reached, err := tally.Vote(v.result, v.weight)
		if err != nil || reached != (i == 2) {
			t.Fatalf("vote %d: reached %v, err %v", i, reached, err)
		}
	}
	assertGroupTotal(t, tally, resultB, 3168, 3172)
	if got, want := tally.CredibilityRat(resultB), big.NewRat(3168, 3172); got.Cmp(want) != 0 {
		t.Errorf("credibility = %s, want %s", got, want)
	}
	if got, want := tally.CredibilityRat(resultA), big.NewRat(3, 3172); got.Cmp(want) != 0 {
		t.Errorf("credibility of the other value = %s, want %s", got, want)
	}
	if c := tally.Credibility(resultB); c < 0.9987 || c > 0.9988 {
		t.Errorf("Credibility = %v, want 99.87%%", c)
	}
}

func TestADissentingCheckTakesConsensusAway(t *testing.T) {
	// Trust 5: a worker of weight 5 alone satisfies the rule (25 > 24); a fresh dissenter
	// (group 2, total 8: 25 ≤ 32) takes it away; two more agreeing weight-5 votes bring it
	// back (125 × 5 > 128 × 4).
	tally := NewTally(5)
	if ok, _ := tally.Vote(resultA, 5); !ok {
		t.Fatalf("weight 5 alone at trust 5 should satisfy the rule: %s", tally)
	}
	if h, ok := tally.Consensus(); !ok || h != resultA {
		t.Fatalf("Consensus = %x, %v; want A", h, ok)
	}
	if ok, _ := tally.Vote(resultB, 2); ok {
		t.Fatalf("a lone dissenter satisfies the rule: %s", tally)
	}
	if _, ok := tally.Consensus(); ok || tally.Satisfied(resultA) {
		t.Fatalf("consensus survived the dissent: %s", tally)
	}
	if got := tally.AgreeingNeeded(resultA, []uint64{18, 18}); got != 1 {
		t.Errorf("AgreeingNeeded after the dissent with weight-5 workers = %d, want 1 (25×5 > 28×4)", got)
	}
	tally.Vote(resultA, 5)
	if h, ok := tally.Consensus(); !ok || h != resultA {
		t.Errorf("Consensus after the second agreeing vote = %x, %v; want A", h, ok)
	}
	if got := tally.AgreeingNeeded(resultA, nil); got != 0 {
		t.Errorf("AgreeingNeeded on a satisfied group = %d, want 0", got)
	}
	if l, _ := tally.Leader(); l != resultA {
		t.Errorf("Leader = %x, want A", l)
	}
}

func TestEveryGroupSatisfiesTrustOneAndTheLeaderIsTheHeaviest(t *testing.T) {
	tally := NewTally(1)
	tally.Vote(resultB, 2)
	tally.Vote(resultA, 3)
	if !tally.Satisfied(resultA) || !tally.Satisfied(resultB) {
		t.Errorf("at trust 1 every group satisfies the rule: %s", tally)
	}
	if h, ok := tally.Consensus(); !ok || h != resultA {
		t.Errorf("Consensus = %x, want the heaviest, A", h)
	}
}

func TestFirstGroupToSatisfyTheRuleWins(t *testing.T) {
	// Trust 3: a weight-2 vote for B (group 2, total 3: 6 > 6? no), then weight-2 for A
	// (group 2, total 5), then weight 2 for A (group 4, total 7: 12 > 14? no), then A again
	// (group 8, total 11: 24 > 22): A wins although B voted first.
	tally := NewTally(3)
	for _, r := range [][32]byte{resultB, resultA, resultA} {
		if reached, _ := tally.Vote(r, 2); reached {
			t.Fatalf("early consensus: %s", tally)
		}
	}
	if reached, _ := tally.Vote(resultA, 2); !reached {
		t.Fatalf("no consensus: %s", tally)
	}
	if w, _ := tally.Consensus(); w != resultA {
		t.Errorf("winner %x, want %x", w, resultA)
	}
}

func TestTallyDoesNotOverflowAtHugeTrust(t *testing.T) {
	// At trust 2^64−1, weight-3 votes need group 3^n > trust − 1: n = 41 (3^40 < 2^64−2 <
	// 3^41). group × trust is near 2^129 there, far past uint64.
	tally := NewTally(math.MaxUint64)
	for i := 1; i <= 41; i++ {
		reached, err := tally.Vote(resultA, 3)
		if err != nil || reached != (i == 41) {
			t.Fatalf("vote %d: reached %v, err %v (%s)", i, reached, err, tally)
		}
	}
	if got := ReplicatesNeeded(math.MaxUint64, []uint64{12}); got != 64 {
		t.Errorf("trust 2^64−1, one weight-3 worker then fresh ones: got %d, want 64 (3×2^63 > 2^64−2 ≥ 3×2^62)", got)
	}
}

func TestVoteRefusesZeroWeight(t *testing.T) {
	if _, err := NewTally(1).Vote(resultA, 0); !errors.Is(err, ErrZeroWeight) {
		t.Errorf("got %v, want ErrZeroWeight", err)
	}
}

func TestCloneIsIndependent(t *testing.T) {
	tally := NewTally(5)
	tally.Vote(resultA, 2)
	c := tally.Clone()
	c.Vote(resultA, 2)
	if tally.Votes() != 1 || tally.Group(resultA).Int64() != 2 {
		t.Errorf("voting on a clone changed the original: %s", tally)
	}
}

func assertGroupTotal(t *testing.T, tally *Tally, r [32]byte, group, total int64) {
	t.Helper()
	if g := tally.Group(r); g.Int64() != group {
		t.Errorf("group = %s, want %d", g, group)
	}
	if tt := tally.Total(); tt.Int64() != total {
		t.Errorf("total = %s, want %d", tt, total)
	}
}
