package protocol

import (
	"math"
	"math/big"
	"testing"
)

func TestLog2Floors(t *testing.T) {
	cases := []struct{ x, want uint64 }{
		{0, 0}, {1, 0}, {2, 1}, {3, 1}, {4, 2}, {31, 4}, {32, 5}, {99, 6}, {1 << 40, 40}, {math.MaxUint64, 63},
	}
	for _, c := range cases {
		if got := Log2(c.x); got != c.want {
			t.Errorf("Log2(%d) = %d, want %d", c.x, got, c.want)
		}
	}
}

func TestSplitRewards(t *testing.T) {
	cases := []struct {
		name          string
		pool, seized  int64
		ratio         uint64
		weights       []uint64
		wantWorkers   []int64
		wantScheduler int64
	}{
		{
			// total 1000, pot 990; three fresh winners (log2 2 = 1 each): 330 each.
			name: "equal weights share the pot equally, scheduler keeps its 1%",
			pool: 1000, ratio: 1, weights: []uint64{2, 2, 2},
			wantWorkers: []int64{330, 330, 330}, wantScheduler: 10,
		},
		{
			// total 1000 + 300 = 1300, pot 1300×99/100 = 1287; log2: 1, 5, 6 (Σ 12):
			// 1287×1/12 = 107, 1287×5/12 = 536, 1287×6/12 = 643; scheduler 1300 − 1286 = 14.
			name: "rewards follow log2 of weights and include seized stakes",
			pool: 1000, seized: 300, ratio: 1, weights: []uint64{2, 32, 99},
			wantWorkers: []int64{107, 536, 643}, wantScheduler: 14,
		},
		{
			// total 100, pot 90; 90/3 = 30 each.
			name: "scheduler keeps its ratio",
			pool: 100, ratio: 10, weights: []uint64{2, 3, 2},
			wantWorkers: []int64{30, 30, 30}, wantScheduler: 10,
		},
		{
			// total 10, pot 9; 9/4 = 2 each (8); the scheduler gets 1 + the rounding 1 = 2.
			name: "rounding dust goes to the scheduler",
			pool: 10, ratio: 10, weights: []uint64{2, 2, 2, 2},
			wantWorkers: []int64{2, 2, 2, 2}, wantScheduler: 2,
		},
		{
			name: "a single winner (trust 1) takes the whole pot",
			pool: 25, ratio: 1, weights: []uint64{2},
			wantWorkers: []int64{24}, wantScheduler: 1,
		},
		{
			name: "no winners: the scheduler gets everything",
			pool: 25, seized: 5, ratio: 1, weights: nil,
			wantWorkers: []int64{}, wantScheduler: 30,
		},
		{
			name: "ratio 100: workers get nothing",
			pool: 25, ratio: 100, weights: []uint64{2, 2},
			wantWorkers: []int64{0, 0}, wantScheduler: 25,
		},
		{
			name: "ratio above 100 reads as 100",
			pool: 25, ratio: 150, weights: []uint64{2},
			wantWorkers: []int64{0}, wantScheduler: 25,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			workers, scheduler := SplitRewards(big.NewInt(c.pool), big.NewInt(c.seized), c.ratio, c.weights)
			if len(workers) != len(c.wantWorkers) {
				t.Fatalf("got %d worker rewards, want %d", len(workers), len(c.wantWorkers))
			}
			sum := new(big.Int).Set(scheduler)
			for i, w := range workers {
				if w.Int64() != c.wantWorkers[i] {
					t.Errorf("worker %d: got %s, want %d", i, w, c.wantWorkers[i])
				}
				sum.Add(sum, w)
			}
			if scheduler.Int64() != c.wantScheduler {
				t.Errorf("scheduler: got %s, want %d", scheduler, c.wantScheduler)
			}
			if sum.Int64() != c.pool+c.seized {
				t.Errorf("rewards sum to %s, want pool + seized = %d (no token lost)", sum, c.pool+c.seized)
			}
		})
	}
}

func TestSplitRewardsHandlesUint256Amounts(t *testing.T) {
	pool := new(big.Int).Lsh(big.NewInt(1), 250)
	workers, scheduler := SplitRewards(pool, nil, 1, []uint64{2, 2})
	sum := new(big.Int).Add(scheduler, new(big.Int).Add(workers[0], workers[1]))
	if sum.Cmp(pool) != 0 {
		t.Errorf("sum %s, want %s", sum, pool)
	}
}

func TestReputationUpdates(t *testing.T) {
	cases := []struct {
		name string
		got  uint64
		want uint64
	}{
		{"a win adds one", ScoreAfterWin(0), 1},
		{"a win adds one to 41", ScoreAfterWin(41), 42},
		{"a win saturates", ScoreAfterWin(math.MaxUint64), math.MaxUint64},
		{"a loss keeps two thirds, floored: 0", ScoreAfterLoss(0), 0},
		{"a loss keeps two thirds, floored: 1 → 0", ScoreAfterLoss(1), 0},
		{"a loss keeps two thirds, floored: 2 → 1", ScoreAfterLoss(2), 1},
		{"a loss keeps two thirds: 30 → 20", ScoreAfterLoss(30), 20},
		{"a loss keeps two thirds, floored: 100 → 66", ScoreAfterLoss(100), 66},
		{"a loss does not overflow", ScoreAfterLoss(math.MaxUint64), 12297829382473034410},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.name, c.got, c.want)
		}
	}
}
