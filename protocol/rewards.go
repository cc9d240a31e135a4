package protocol

import (
	"math"
	"math/big"
	"math/bits"
)

// Log2 is ⌊log2 x⌋ for x ≥ 1, and 0 for x = 0 (as the contract's integer log2).
func Log2(x uint64) uint64 {
	if x == 0 {
		return 0
	}
	return uint64(bits.Len64(x) - 1)
}

// SplitRewards shares a finalized task's reward as the contract does:
//
//	total        = poolPrice + seized         (seized: the stakes of losing contributors)
//	workersPot   = total × (100 − schedulerRewardRatio) / 100
//	worker i     = workersPot × log2(w_i) / Σ_j log2(w_j)
//	scheduler    = total − Σ_i worker i
//
// where w_i is winner i's weight (Weight of its score when it contributed) and every
// division floors. The scheduler receives what rounding leaves, so
// Σ workerRewards + schedulerReward = total exactly. When Σ log2(w_j) is 0 (no winners,
// or only weights below 2) the scheduler receives everything. A ratio above 100 is
// read as 100 (the registry refuses it). nil amounts are zero.
//
// workerRewards[i] corresponds to winnerWeights[i]; all results are fresh values.
func SplitRewards(poolPrice, seized *big.Int, schedulerRewardRatio uint64, winnerWeights []uint64) (workerRewards []*big.Int, schedulerReward *big.Int) {
	total := new(big.Int)
	if poolPrice != nil {
		total.Add(total, poolPrice)
	}
	if seized != nil {
		total.Add(total, seized)
	}
	ratio := min(schedulerRewardRatio, 100)
	pot := new(big.Int).Mul(total, new(big.Int).SetUint64(100-ratio))
	pot.Quo(pot, big.NewInt(100))

	var sumLog uint64
	for _, w := range winnerWeights {
		sumLog += Log2(w) // ≤ 63 each: no overflow below 2^58 winners
	}
	workerRewards = make([]*big.Int, len(winnerWeights))
	schedulerReward = new(big.Int).Set(total)
	for i, w := range winnerWeights {
		r := new(big.Int)
		if sumLog > 0 {
			r.Mul(pot, new(big.Int).SetUint64(Log2(w)))
			r.Quo(r, new(big.Int).SetUint64(sumLog))
		}
		workerRewards[i] = r
		schedulerReward.Sub(schedulerReward, r)
	}
	return workerRewards, schedulerReward
}

// ScoreAfterWin is a worker's reputation after a revealed winning contribution confirmed by
// another revealed one (two PROVED contributions or more) on a deal of trust above 1: s + 1
// (saturating at the uint64 maximum). A lone winner's score does not change.
func ScoreAfterWin(s uint64) uint64 {
	if s == math.MaxUint64 {
		return s
	}
	return s + 1
}

// ScoreAfterLoss is a worker's reputation after a contribution in the consensus group that it
// did not reveal: ⌊s × 2 / 3⌋, computed without overflow.
func ScoreAfterLoss(s uint64) uint64 {
	return s/3*2 + s%3*2/3
}

// ScoreAfterWrong is a worker's reputation after a contribution proven wrong: a result other
// than the one finalized, or outside the reference group of a claimed task. It is 0: a
// worker caught lying starts over, however long it was honest before.
func ScoreAfterWrong(uint64) uint64 { return 0 }
