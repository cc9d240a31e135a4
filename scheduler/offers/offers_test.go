package offers_test

import (
	"math/big"
	"testing"

	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
)

// The offers following the pool's capacity in a market: scheduler.TestOffersFollowCapacity.

func TestFromWorkers(t *testing.T) {
	ws := []plan.Worker{{Slots: 4, FreeSlots: 3}, {Slots: 2, FreeSlots: 2, GPUs: 1, FreeGPUs: 1}, {Slots: 8, FreeSlots: 8}}
	c := offers.FromWorkers(ws, func(w plan.Worker) bool { return w.Slots != 8 }) // the third is lost
	if c != (offers.Capacity{Workers: 2, Slots: 6, FreeSlots: 5, GPUWorkers: 1, GPUs: 1, FreeGPUs: 1}) {
		t.Fatalf("capacity %+v", c)
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
