package offers_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
)

// The offers following the pool's capacity in a market: scheduler.TestOffersFollowCapacity.

func TestFromWorkers(t *testing.T) {
	ws := []plan.Worker{{Slots: 4, FreeSlots: 3}, {Slots: 2, FreeSlots: 2, GPUs: 1, FreeGPUs: 1}, {Slots: 8, FreeSlots: 8}}
	c := offers.FromWorkers(ws, func(w plan.Worker) bool { return w.Slots != 8 }) // the third is lost
	if c != (offers.Capacity{Workers: 2, Slots: 6, FreeSlots: 5, GPUWorkers: 1, GPUs: 1, FreeGPUs: 1, Reach: offers.ReachOf([]uint64{0, 0})}) {
		t.Fatalf("capacity %+v", c)
	}
}

func TestFromWorkersCountsTEEWorkers(t *testing.T) {
	ws := []plan.Worker{{Slots: 4, FreeSlots: 3, TEE: true}, {Slots: 2, FreeSlots: 2}, {Slots: 3, FreeSlots: 1, TEE: true}}
	c := offers.FromWorkers(ws, nil)
	if c.TEEWorkers != 2 || c.TEESlots != 7 || c.FreeTEE != 4 || c.FreeSlots != 6 {
		t.Fatalf("capacity %+v: want 2 TEE workers, 7 TEE slots, 4 free", c)
	}
	if c := offers.FromWorkers(ws, func(w plan.Worker) bool { return !w.TEE }); c.TEEWorkers != 0 || c.FreeTEE != 0 {
		t.Fatalf("TEE capacity without a live TEE worker: %+v", c)
	}
	if offers.TEETag.String() != "0x0000000000000000000000000000000000000000000000000000000000000009" {
		t.Fatalf("TEE offers' tag %s, want 0x…09 (TEE and TDX)", offers.TEETag)
	}
}

func TestPricing(t *testing.T) {
	u := offers.Utilization{Min: big.NewInt(100), Max: big.NewInt(300), GPUFactor: 3}
	c := offers.Capacity{Workers: 2, Slots: 10, FreeSlots: 5, GPUWorkers: 1, GPUs: 2, FreeGPUs: 2}
	for _, tc := range []struct {
		q    offers.Quote
		want int64
	}{
		{offers.Quote{Capacity: c}, 200},
		{offers.Quote{Capacity: offers.Capacity{Slots: 4, FreeSlots: 4}}, 100},
		{offers.Quote{Capacity: offers.Capacity{Slots: 4}}, 300},
		{offers.Quote{GPU: true, Capacity: c}, 300}, // GPUs idle: 100 × 3
	} {
		if got := u.Price(tc.q); got.Int64() != tc.want {
			t.Errorf("Utilization.Price(%+v) = %s, want %d", tc.q, got, tc.want)
		}
	}
	f := offers.Fixed{Each: big.NewInt(7), GPU: big.NewInt(9)}
	if f.Price(offers.Quote{}).Int64() != 7 || f.Price(offers.Quote{GPU: true}).Int64() != 9 {
		t.Error("Fixed prices")
	}
}

// The trust a pool offers is bounded by its live workers: all agreeing they must satisfy
// the consensus rule, and be as many as the scheduler's minimum of agreeing workers.
func TestReachBoundsTheTrust(t *testing.T) {
	fresh := func(n int) []uint64 { return make([]uint64, n) }
	capped := func(n int) []uint64 { // weight 13 each
		s := make([]uint64, n)
		for i := range s {
			s[i] = 42
		}
		return s
	}
	// quorum is the highest trust n agreeing workers are enough for (plan.MinAgreeing).
	quorum := func(n int) uint64 {
		t := uint64(1)
		for plan.MinAgreeing(t+1) <= n {
			t++
		}
		return t
	}
	for _, tc := range []struct {
		name   string
		scores []uint64
		trust  uint64
	}{
		{"no worker", nil, 0},
		{"one fresh worker weighs 2", fresh(1), 2},
		{"three fresh workers weigh 8", fresh(3), 8},
		{"a weight-3 and a fresh worker weigh 6", []uint64{12, 0}, 6},
		{"one capped worker: bounded by the minimum of agreeing workers", capped(1), min(13, quorum(1))},
		{"two capped workers: 169 by weight, fewer by number", capped(2), min(169, quorum(2))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := offers.ReachOf(tc.scores)
			if got := r.Trust(); got != tc.trust {
				t.Fatalf("reach %+v: trust %d, want %d (%s)", r, got, tc.trust, r.Why())
			}
		})
	}
	// Twenty capped workers weigh more than a uint64 holds: the weight saturates and their
	// number bounds the trust.
	r := offers.ReachOf(capped(20))
	if r.Weight != math.MaxUint64 || r.Trust() != r.Quorum || plan.MinAgreeing(r.Trust()) > 20 || plan.MinAgreeing(r.Trust()+1) != 21 {
		t.Fatalf("reach of 20 capped workers %+v", r)
	}
}
