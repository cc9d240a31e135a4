package offers_test

import (
	"bytes"
	"context"
	"io"
	"math"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/sdk"
)

// The offers following the pool's capacity in a market: scheduler.TestOffersFollowCapacity.

func TestFromWorkers(t *testing.T) {
	ws := []plan.Worker{{Slots: 4, FreeSlots: 3}, {Slots: 2, FreeSlots: 2, GPUs: 1, FreeGPUs: 1}, {Slots: 8, FreeSlots: 8},
		{Slots: 16, FreeSlots: 16, GPUs: 2, FreeGPUs: 2, TEE: true, Speed: 0.2, Score: 40}}
	c := offers.FromWorkers(ws, func(w plan.Worker) bool { return w.Slots != 8 }) // the third is lost
	// The fourth is live but too slow for any task (speed 0.2, plan.MinSpeed): counted in
	// TooSlow only, none of its slots, GPUs, TEE or score.
	if c != (offers.Capacity{Workers: 2, Slots: 6, FreeSlots: 5, GPUWorkers: 1, GPUs: 1, FreeGPUs: 1, Reach: offers.ReachOf([]uint64{0, 0}), TooSlow: 1}) {
		t.Fatalf("capacity %+v", c)
	}
}

// A worker's queue adds at most OfferedQueue per running slot to the offers, however deep
// the scheduler may fill it for fast tasks; the replicates it holds use the counted slots
// first. A worker whose running slots are unknown is counted whole.
func TestOffersCountAShortQueue(t *testing.T) {
	most := 1 + offers.OfferedQueue // a one-slot worker's share
	for _, tc := range []struct {
		name        string
		w           plan.Worker
		slots, free int
	}{
		{"proven deep, idle", plan.Worker{RunSlots: 1, Slots: 65, FreeSlots: 65}, most, most},
		{"proven deep, holding 3", plan.Worker{RunSlots: 1, Slots: 65, FreeSlots: 62}, most, most - 3},
		{"proven deep, holding more than counted", plan.Worker{RunSlots: 1, Slots: 65, FreeSlots: 40}, most, 0},
		{"two running slots", plan.Worker{RunSlots: 2, Slots: 130, FreeSlots: 130}, 2 * most, 2 * most},
		{"below the cap", plan.Worker{RunSlots: 1, Slots: 4, FreeSlots: 3}, 4, 3},
		{"running slots unknown", plan.Worker{Slots: 65, FreeSlots: 65}, 65, 65},
		{"TEE", plan.Worker{RunSlots: 1, Slots: 65, FreeSlots: 60, TEE: true}, most, most - 5},
	} {
		c := offers.FromWorkers([]plan.Worker{tc.w}, nil)
		if c.Slots != tc.slots || c.FreeSlots != tc.free {
			t.Errorf("%s: %d slots, %d free; want %d, %d", tc.name, c.Slots, c.FreeSlots, tc.slots, tc.free)
		}
		if tc.w.TEE && (c.TEESlots != tc.slots || c.FreeTEE != tc.free) {
			t.Errorf("%s: %d TEE slots, %d free; want %d, %d", tc.name, c.TEESlots, c.FreeTEE, tc.slots, tc.free)
		}
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

// bookEnv is a chain, a market in process, and a Publisher of the chain's pool whose
// chain reads are counted.
type bookEnv struct {
	t     *testing.T
	e     *pocotest.Env
	svc   *market.Service
	mc    *market.Client
	reads *sdk.CountingBackend
	p     *offers.Publisher
	// requests counts the market's requests by path; with old, the market is one that
	// takes one order per unpublish request (no hashes).
	mu       sync.Mutex
	requests map[string]int
	old      bool
}

func (b *bookEnv) count(path string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.requests[path]
}

func newBookEnv(t *testing.T) *bookEnv {
	t.Helper()
	ctx := context.Background()
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	st, err := market.OpenStore(ctx, filepath.Join(t.TempDir(), "market.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	reader, err := sdk.New(ctx, e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := market.New(market.Config{Chain: reader, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Sync(ctx); err != nil { // follows the chain from here
		t.Fatal(err)
	}
	b := &bookEnv{t: t, e: e, svc: svc, requests: map[string]int{}}
	h := svc.Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b.mu.Lock()
		b.requests[r.URL.Path]++
		old := b.old
		b.mu.Unlock()
		if old && r.URL.Path == market.PathUnpublish {
			body, _ := io.ReadAll(r.Body)
			if bytes.Contains(body, []byte(`"hashes"`)) {
				w.WriteHeader(400)
				w.Write([]byte(`{"code":"bad-request","error":"say what to unpublish: a hash, or all with a kind"}`))
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	reads := &sdk.CountingBackend{Backend: e.Client}
	owner, err := sdk.New(ctx, reads, e.D.Hub, sdk.WithKey(e.PoolOwner.Key))
	if err != nil {
		t.Fatal(err)
	}
	p, err := offers.New(offers.Config{Client: owner, Market: market.NewClient(srv.URL), Workerpool: e.Pool,
		Pricing: offers.Fixed{Each: big.NewInt(10 * pocotest.RLC)}, Categories: []uint64{0}})
	if err != nil {
		t.Fatal(err)
	}
	b.mc, b.reads, b.p = market.NewClient(srv.URL), reads, p
	return b
}

// update updates the offers for free slots of one worker's 16 and returns whether the
// book changed and the chain reads it made.
func (b *bookEnv) update(free int) (bool, int64) {
	b.t.Helper()
	return b.updateTo(offers.Capacity{Workers: 1, Slots: 16, FreeSlots: free, Reach: offers.ReachOf([]uint64{0})})
}

func (b *bookEnv) updateTo(c offers.Capacity) (bool, int64) {
	b.t.Helper()
	b.reads.Reset()
	changed, err := b.p.Update(context.Background(), c)
	if err != nil {
		b.t.Fatalf("update to %+v: %v", c, err)
	}
	return changed, b.reads.Calls()
}

// offer is the pool's one open order in the book.
func (b *bookEnv) offer() *market.Order {
	b.t.Helper()
	page, err := b.mc.Query(context.Background(), sdk.KindWorkerpool, market.Filter{Workerpool: b.e.Pool, Limit: market.MaxLimit})
	if err != nil {
		b.t.Fatal(err)
	}
	if len(page.Orders) != 1 {
		b.t.Fatalf("%d open orders of the pool in the book, want 1", len(page.Orders))
	}
	return page.Orders[0]
}

// remaining is the pool's one open order's remaining volume.
func (b *bookEnv) remaining() uint64 { return b.offer().Remaining }

// TestOfferReplacedOnlyWhenItSellsTooMuchOrTooLittle: the offer follows every fall of the
// free slots at once, but a rise only once the offer sells less than seven eighths of
// them; an Update with nothing to publish reads nothing on chain.
func TestOfferReplacedOnlyWhenItSellsTooMuchOrTooLittle(t *testing.T) {
	b := newBookEnv(t)
	if changed, _ := b.update(8); !changed || b.offer().Remaining != 8 {
		t.Fatalf("first offer: changed %v, offer of %d", changed, b.remaining())
	}
	first := b.offer().Hash
	if changed, reads := b.update(8); changed || reads != 0 {
		t.Fatalf("the same capacity again: changed %v, %d chain reads, want neither", changed, reads)
	}
	// One slot taken: the offer must not sell it.
	if changed, _ := b.update(7); !changed || b.offer().Remaining != 7 || b.offer().Hash == first {
		t.Fatalf("one slot fewer: changed %v, offer of %d", changed, b.remaining())
	}
	seven := b.offer().Hash
	// One slot back: 7 of 8 is kept, without reading the chain.
	if changed, reads := b.update(8); changed || reads != 0 || b.offer().Hash != seven {
		t.Fatalf("one slot more: changed %v, %d chain reads, offer of %d; want the offer of 7 kept, no read", changed, reads, b.remaining())
	}
	// Ten free: 7 is less than seven eighths of 10, replaced.
	if changed, _ := b.update(10); !changed || b.offer().Remaining != 10 {
		t.Fatalf("ten free slots: changed %v, offer of %d", changed, b.remaining())
	}
}

// TestOfferBalanceReadWhenItMatters: the owner's balance read by an earlier Update is
// reused only while it covers the offers: an offer the market drops for want of funds is
// republished for what the balance covers, and a deposit then lets it grow again.
func TestOfferBalanceReadWhenItMatters(t *testing.T) {
	b := newBookEnv(t)
	e := b.e
	b.update(10)
	// The owner keeps the stake of 4 tasks (30% of 10 RLC each); the market drops the offer.
	stake := big.NewInt(10 * pocotest.RLC * sdk.PoolStakePercent / 100)
	e.Tx(e.PoolOwner, e.Poco.PackWithdraw(new(big.Int).Sub(e.Free(e.PoolOwner.Address), new(big.Int).Mul(stake, big.NewInt(4)))))
	if err := b.svc.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if changed, _ := b.update(10); !changed || b.offer().Remaining != 4 {
		t.Fatalf("after the withdrawal: changed %v, offer of %d; want an offer of the 4 tasks the balance covers", changed, b.remaining())
	}
	e.Deposit(e.PoolOwner, big.NewInt(1000*pocotest.RLC))
	if changed, _ := b.update(10); !changed || b.offer().Remaining != 10 {
		t.Fatalf("after a deposit: changed %v, offer of %d; want the offer of 10 back", changed, b.remaining())
	}
}

// TestOffersUnpublishedTogether: the offers replaced in one Update leave the book with one
// challenge and one unpublish request; from a market that takes one order per request,
// one each.
func TestOffersUnpublishedTogether(t *testing.T) {
	for _, old := range []bool{false, true} {
		b := newBookEnv(t)
		b.old = old
		gpu := func(free int) offers.Capacity {
			return offers.Capacity{Workers: 1, Slots: 16, FreeSlots: free, GPUWorkers: 1, GPUs: 16, FreeGPUs: free, Reach: offers.ReachOf([]uint64{0})}
		}
		b.updateTo(gpu(16))
		before := b.open()
		if len(before) != 2 {
			t.Fatalf("%d offers, want 2 (plain and GPU)", len(before))
		}
		challenges, unpublishes := b.count(market.PathChallenge), b.count(market.PathUnpublish)
		if changed, _ := b.updateTo(gpu(8)); !changed {
			t.Fatal("half the slots taken: the offers did not change")
		}
		after := b.open()
		if len(after) != 2 || after[0].Remaining != 8 || after[1].Remaining != 8 {
			t.Fatalf("offers after half the slots were taken: %d, want 2 of 8 tasks", len(after))
		}
		for _, o := range before {
			if _, err := b.mc.Order(context.Background(), o.Hash); err == nil {
				t.Fatalf("replaced offer %s still in the book", o.Hash.Hex())
			}
		}
		wantC, wantU := 1, 1
		if old {
			wantC, wantU = 3, 3 // the refused request, then one each
		}
		if c, u := b.count(market.PathChallenge)-challenges, b.count(market.PathUnpublish)-unpublishes; c != wantC || u != wantU {
			t.Fatalf("old market %v: %d challenges and %d unpublish requests for 2 offers, want %d and %d", old, c, u, wantC, wantU)
		}
	}
}

// open is the pool's open orders in the book.
func (b *bookEnv) open() []*market.Order {
	b.t.Helper()
	page, err := b.mc.Query(context.Background(), sdk.KindWorkerpool, market.Filter{Workerpool: b.e.Pool, Limit: market.MaxLimit})
	if err != nil {
		b.t.Fatal(err)
	}
	return page.Orders
}
