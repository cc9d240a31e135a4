package protocol

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
)

// MaxWeight is the contract's MAX_WEIGHT: no vote weighs more, so one worker's credibility
// never exceeds 13/14. A single contribution satisfies a trust of 13 at most, and a trust
// above 169 always needs three agreeing workers or more; a worker of weight 13 still
// outweighs one fresh dissenter at trust 5 (13 × 5 > 16 × 4).
const MaxWeight = 13

// Weight is a worker's vote weight from its reputation score: min(max(score/3, 3) − 1,
// MaxWeight) (integer division). A fresh worker (score 0) weighs 2; weight grows past 2 only
// from score 12 (weight 3) and stops at 13 (score 42).
func Weight(score uint64) uint64 {
	return min(max(score/3, 3)-1, MaxWeight)
}

// ErrZeroWeight is returned by Tally.Vote for a weight of 0.
var ErrZeroWeight = errors.New("vote weight must be at least 1")

// Tally accumulates a task's contributions as the contract does (credibility-based fault
// tolerance, after Sarmenta):
//
//   - the total starts at 1;
//   - a result group's weight is the product of its voters' weights;
//   - total = 1 + Σ groups;
//   - a group satisfies the consensus rule when group × trust > total × (trust − 1).
//
// The contract keeps taking contributions after a group satisfies the rule, until the
// first reveal (with the scheduler's permit) opens the reveal phase on a group that
// satisfies it at that moment; so does Tally: a later dissenting vote can take the rule
// away from a group. At trust 2 and above at most one group satisfies the rule at a time
// (it holds more than half the total); at trust 1 every group does.
//
// Arithmetic is in big.Int, so no product overflows. The zero Tally is not usable; call
// NewTally.
type Tally struct {
	trust  *big.Int // ≥ 1
	total  *big.Int
	groups map[[32]byte]*big.Int
	order  [][32]byte // groups in the order of their first vote
	votes  int
}

// NewTally starts the tally of a task whose deal has the given trust. The deal's trust is
// at least 1; a trust of 0 is read as 1 (any single contribution wins).
func NewTally(trust uint64) *Tally {
	return &Tally{
		trust:  new(big.Int).SetUint64(max(trust, 1)),
		total:  big.NewInt(1),
		groups: make(map[[32]byte]*big.Int),
	}
}

// Vote adds a contribution of the given weight (usually Weight(score)) to the group of
// resultHash and reports whether that group satisfies the consensus rule afterwards. A
// weight of 0 returns ErrZeroWeight and changes nothing.
func (t *Tally) Vote(resultHash [32]byte, weight uint64) (satisfied bool, err error) {
	if weight == 0 {
		return false, ErrZeroWeight
	}
	w := new(big.Int).SetUint64(weight)
	g, ok := t.groups[resultHash]
	if !ok {
		g = new(big.Int)
		t.groups[resultHash] = g
		t.order = append(t.order, resultHash)
	}
	t.total.Sub(t.total, g)
	if ok {
		g.Mul(g, w)
	} else {
		g.Set(w)
	}
	t.total.Add(t.total, g)
	t.votes++
	return satisfies(g, t.total, t.trust), nil
}

// Satisfied reports whether resultHash's group satisfies the consensus rule now:
// group × trust > total × (trust − 1). A result nobody voted for never does.
func (t *Tally) Satisfied(resultHash [32]byte) bool {
	g, ok := t.groups[resultHash]
	return ok && satisfies(g, t.total, t.trust)
}

func satisfies(group, total, trust *big.Int) bool {
	lhs := new(big.Int).Mul(group, trust)
	rhs := new(big.Int).Sub(trust, big.NewInt(1))
	rhs.Mul(rhs, total)
	return lhs.Cmp(rhs) > 0
}

// Leader is the heaviest result group, the earliest voted on a tie; ok is false before the
// first vote.
func (t *Tally) Leader() (resultHash [32]byte, ok bool) {
	for i, h := range t.order {
		if i == 0 || t.groups[h].Cmp(t.groups[resultHash]) > 0 {
			resultHash, ok = h, true
		}
	}
	return resultHash, ok
}

// Consensus is the group that satisfies the consensus rule now, if any: the group a
// permitted first reveal would open the reveal phase on. At trust 1, where every group
// does, it is the Leader.
func (t *Tally) Consensus() (resultHash [32]byte, ok bool) {
	h, ok := t.Leader()
	if ok && t.Satisfied(h) {
		return h, true
	}
	return [32]byte{}, false
}

// Trust is the trust the tally checks against (at least 1).
func (t *Tally) Trust() uint64 { return t.trust.Uint64() }

// Votes is the number of accepted votes.
func (t *Tally) Votes() int { return t.votes }

// Total is 1 + Σ groups (a copy).
func (t *Tally) Total() *big.Int { return new(big.Int).Set(t.total) }

// Group is the weight of resultHash's group (a copy; 0 if nobody voted for it).
func (t *Tally) Group(resultHash [32]byte) *big.Int {
	if g, ok := t.groups[resultHash]; ok {
		return new(big.Int).Set(g)
	}
	return new(big.Int)
}

// CredibilityRat is group / total for resultHash, exactly.
func (t *Tally) CredibilityRat(resultHash [32]byte) *big.Rat {
	return new(big.Rat).SetFrac(t.Group(resultHash), t.total)
}

// Credibility is group / total for resultHash: the estimated probability that this result
// is right, given the votes so far.
func (t *Tally) Credibility(resultHash [32]byte) float64 {
	f, _ := t.CredibilityRat(resultHash).Float64()
	return f
}

// Clone is an independent copy of t, to ask "what if" without changing t.
func (t *Tally) Clone() *Tally {
	c := &Tally{
		trust:  new(big.Int).Set(t.trust),
		total:  new(big.Int).Set(t.total),
		groups: make(map[[32]byte]*big.Int, len(t.groups)),
		order:  slices.Clone(t.order),
		votes:  t.votes,
	}
	for h, g := range t.groups {
		c.groups[h] = new(big.Int).Set(g)
	}
	return c
}

// AgreeingNeeded is how many more votes for resultHash, from workers with the given
// reputation scores taken in order, make its group satisfy the consensus rule, assuming
// nobody dissents meanwhile. Workers beyond the end of scores are counted as fresh (score 0,
// weight 2), so the answer is always finite. It is 0 when the group already satisfies it.
func (t *Tally) AgreeingNeeded(resultHash [32]byte, scores []uint64) int {
	if t.Satisfied(resultHash) {
		return 0
	}
	g := t.Group(resultHash)
	total := t.Total()
	for n := 1; ; n++ {
		w := uint64(2)
		if n <= len(scores) {
			w = Weight(scores[n-1])
		}
		total.Sub(total, g)
		if g.Sign() == 0 {
			g.SetUint64(w)
		} else {
			g.Mul(g, new(big.Int).SetUint64(w))
		}
		total.Add(total, g)
		if satisfies(g, total, t.trust) {
			return n
		}
	}
}

// RevealGraceDivisor is the contract's REVEAL_GRACE_DIVISOR: a task whose revealed winners
// decide it alone may be finalized a fifth of its category's reference time after its
// reveals opened, without waiting for silent winners until the reveal deadline.
const RevealGraceDivisor = 5

// RevealedDecide reports whether the winners that revealed decide a task without the silent
// ones, as the contract's finalize checks it: their weights' product revealed satisfies the
// consensus rule as if the silent winners had never voted,
// revealed × trust > (total − group + revealed) × (trust − 1), where group is the consensus
// group's weight and total the task's total weight. (The grace period is the caller's to
// check.) A trust of 0 is read as 1.
func RevealedDecide(trust uint64, total, group, revealed *big.Int) bool {
	t := new(big.Int).SetUint64(max(trust, 1))
	without := new(big.Int).Sub(total, group)
	without.Add(without, revealed)
	return satisfies(revealed, without, t)
}

// ReplicatesNeeded is the minimum number of agreeing workers, with the given reputation
// scores taken in order, that reach consensus at trust on a task nobody has contributed to
// yet, assuming no dissent. Workers beyond the end of scores (all of them for an empty
// slice) count as fresh (weight 2); with fresh workers it is the smallest n with
// 2^n ≥ trust (1 for trust ≤ 2, 2 for 3–4, 3 for 5–8, 7 for 65–128). It is at least 1:
// a task needs one contribution even at trust 1 (or 0, read as 1).
func ReplicatesNeeded(trust uint64, scores []uint64) int {
	return NewTally(trust).AgreeingNeeded([32]byte{}, scores)
}

// String summarizes the tally for logs.
func (t *Tally) String() string {
	if h, ok := t.Consensus(); ok {
		return fmt.Sprintf("tally{trust %s, %d votes, total %s, consensus on %x}", t.trust, t.votes, t.total, h)
	}
	return fmt.Sprintf("tally{trust %s, %d votes, total %s, no consensus}", t.trust, t.votes, t.total)
}
