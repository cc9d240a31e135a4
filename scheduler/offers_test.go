package scheduler

import (
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/sdk"
)

// startMarket runs a market service on e's chain, in process, and returns its client.
func (e *testEnv) startMarket() *market.Client {
	e.t.Helper()
	st, err := market.OpenStore(bg, filepath.Join(e.t.TempDir(), "market.db"))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { st.Close() })
	svc, err := market.New(market.Config{Chain: e.client(nil), Store: st})
	if err != nil {
		e.t.Fatal(err)
	}
	srv := httptest.NewServer(svc.Handler())
	e.t.Cleanup(srv.Close)
	return market.NewClient(srv.URL)
}

// poolOffers is the pool's open offers of category 0 in the market: without tag, with
// the GPU tag (nil when absent); TEE offers are left out (poolTEEOffer). While an offer is replaced, the old and the new one are
// both open for a moment: the newer counts.
func poolOffers(t *testing.T, mc *market.Client, e *testEnv) (plain, gpu *market.Order) {
	t.Helper()
	cat := uint64(0)
	page, err := mc.Query(bg, sdk.KindWorkerpool, market.Filter{Workerpool: e.Pool, Category: &cat, Limit: market.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range page.Orders {
		if o.Tag.HasTEE() {
			continue // poolTEEOffer
		}
		dst := &plain
		if o.Tag.HasGPU() {
			dst = &gpu
		}
		if *dst == nil || o.Published.After((*dst).Published) {
			*dst = o
		}
	}
	return plain, gpu
}

func TestOffersFollowCapacity(t *testing.T) {
	e := newTestEnv(t, 2)
	mc := e.startMarket()
	cfg := e.config()
	cfg.HeartbeatTimeout = 700 * time.Millisecond
	cfg.Market = mc
	rlc := big.NewInt(pocotest.RLC)
	cfg.Pricing = offers.Utilization{Min: rlc, Max: new(big.Int).Mul(rlc, big.NewInt(5))}
	cfg.OfferInterval = 50 * time.Millisecond
	s := e.start(cfg)

	// No worker: no offer.
	time.Sleep(300 * time.Millisecond)
	if p, g := poolOffers(t, mc, e); p != nil || g != nil {
		t.Fatalf("offers without any worker: %+v %+v", p, g)
	}

	// A worker declaring 4 slots joins: it has proven one, so an offer of 1 task. Once it
	// has proven its 4: an offer of 4 tasks at the idle price, no GPU offer.
	a := e.newWorker(e.Workers[0], s.URL)
	a.caps.Queue, a.stall = 0, true
	a.start()
	var plain, gpu *market.Order
	waitFor(t, 10*time.Second, "an offer of 1 task", func() bool {
		plain, gpu = poolOffers(t, mc, e)
		return plain != nil && plain.Remaining == 1
	})
	must(t, s.st.SetProvenSlots(bg, a.acc.Address, 4))
	waitFor(t, 10*time.Second, "an offer of 4 tasks", func() bool {
		plain, gpu = poolOffers(t, mc, e)
		return plain != nil && plain.Remaining == 4
	})
	if gpu != nil {
		t.Fatalf("a GPU offer without a GPU worker: %+v", gpu)
	}
	// One fresh worker (weight 2) satisfies the consensus rule up to trust 2 only: the
	// offer's trust is lowered from the configured one.
	if plain.Price.Cmp(rlc) != 0 || plain.Trust != 2 {
		t.Fatalf("idle offer: price %s trust %d, want 1 RLC, trust 2", plain.Price, plain.Trust)
	}
	if n := e.logs.count("offers' trust lowered to what the live workers can reach", "trust=2", "configured=100"); n != 1 {
		t.Errorf("%d log lines of the lowered trust, want 1", n)
	}
	first := plain.Hash

	// A GPU worker joins: the offer grows to 8 tasks, and a GPU offer of 1 task appears.
	b := e.newWorker(e.Workers[1], s.URL)
	b.caps.Queue, b.caps.GPUs, b.stall = 0, 1, true
	b.start()
	waitFor(t, 10*time.Second, "the GPU worker registered", func() bool {
		return s.st.SetProvenSlots(bg, b.acc.Address, 4) == nil
	})
	waitFor(t, 10*time.Second, "an offer of 8 tasks and a GPU offer", func() bool {
		plain, gpu = poolOffers(t, mc, e)
		return plain != nil && plain.Remaining == 8 && gpu != nil && gpu.Remaining == 1
	})
	if plain.Hash == first {
		t.Fatal("the offer's volume changed but its order did not")
	}
	if plain.Trust != 4 || gpu.Trust != 4 {
		t.Fatalf("offers' trust with two fresh workers: %d and %d, want 4 (weights 2 × 2)", plain.Trust, gpu.Trust)
	}
	// The new offer is published first, then the old one unpublished.
	waitFor(t, 10*time.Second, "the replaced offer to leave the book", func() bool {
		o, err := mc.Order(bg, first)
		return err != nil || o.Status != market.StatusOpen
	})

	// Two tasks take two slots of eight: the utilization strategy raises the price.
	e.match(2, 1, nil)
	waitFor(t, 10*time.Second, "an offer of 6 tasks at a higher price", func() bool {
		plain, _ = poolOffers(t, mc, e)
		return plain != nil && plain.Remaining == 6
	})
	want := new(big.Int).Mul(rlc, big.NewInt(2)) // 1 + (5−1) × 2/8
	if plain.Price.Cmp(want) != 0 {
		t.Fatalf("price at 2/8 used: %s, want %s", plain.Price, want)
	}

	// The GPU worker leaves: no more GPU offer, and the trust falls back to 2.
	b.stop()
	waitFor(t, 10*time.Second, "the GPU offer withdrawn", func() bool {
		plain, gpu = poolOffers(t, mc, e)
		return gpu == nil && plain != nil && plain.Remaining <= 4 && plain.Trust == 2
	})

	// The scheduler stops: its offers leave the book.
	s.Close()
	if p, g := poolOffers(t, mc, e); p != nil || g != nil {
		t.Fatalf("offers left after the scheduler stopped: %+v %+v", p, g)
	}
}

// A worker too slow for any task (plan.MinSpeed) is live but sells nothing: with it alone
// the pool publishes no offer and its log says why; a worker at speed 1 that joins is
// offered, and the slow one's slots are not added to its offer nor its vote to the trust.
func TestTooSlowWorkersAreNotOffered(t *testing.T) {
	e := newTestEnv(t, 2)
	mc := e.startMarket()
	cfg := e.config()
	cfg.Market = mc
	cfg.OfferInterval = 50 * time.Millisecond
	s := e.start(cfg)

	slow := e.newWorker(e.Workers[0], s.URL)
	slow.caps.Queue, slow.caps.Speed, slow.stall = 0, 0.2, true
	slow.start()
	waitFor(t, 10*time.Second, "the scheduler's warning about the slow worker", func() bool {
		return e.logs.count("live workers too slow for any task are not offered", "workers=1", "at 0.20", "above 0.214") == 1
	})
	must(t, s.st.SetProvenSlots(bg, slow.acc.Address, 4))
	time.Sleep(300 * time.Millisecond) // several offer rounds
	if p, g := poolOffers(t, mc, e); p != nil || g != nil {
		t.Fatalf("offers with only a worker too slow for any task: %+v %+v", p, g)
	}

	fast := e.newWorker(e.Workers[1], s.URL)
	fast.caps.Queue, fast.caps.Speed, fast.stall = 0, 1, true
	fast.start()
	waitFor(t, 10*time.Second, "the fast worker registered", func() bool {
		return s.st.SetProvenSlots(bg, fast.acc.Address, 4) == nil
	})
	var plain *market.Order
	waitFor(t, 10*time.Second, "an offer of the fast worker's 4 tasks", func() bool {
		plain, _ = poolOffers(t, mc, e)
		return plain != nil && plain.Remaining == 4
	})
	time.Sleep(300 * time.Millisecond)
	if plain, _ = poolOffers(t, mc, e); plain == nil || plain.Remaining != 4 || plain.Trust != 2 {
		t.Fatalf("offer %+v, want the fast worker's 4 tasks at trust 2 (its weight alone)", plain)
	}
	if n := e.logs.count("live workers too slow for any task are not offered"); n != 1 {
		t.Errorf("%d warnings about the slow worker, want 1 (logged when their number changes)", n)
	}
	// The public status flags the slow worker, with its factor.
	if c := capacityOf(t, s, slow.acc.Address); !c.Live || !c.TooSlow || c.Speed != 0.2 {
		t.Errorf("slow worker's status %+v, want live, speed 0.2, too slow", c)
	}
	if c := capacityOf(t, s, fast.acc.Address); !c.Live || c.TooSlow || c.Speed != 1 {
		t.Errorf("fast worker's status %+v, want live, speed 1, not too slow", c)
	}
}
