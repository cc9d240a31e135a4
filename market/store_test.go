package market

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

var testDomain = protocol.DefaultDomain(big.NewInt(1337), common.HexToAddress("0x00000000000000000000000000000000000000aa"))

func addr(n int) common.Address { return common.BigToAddress(big.NewInt(int64(n))) }

func fakeSig() []byte {
	s := make([]byte, 65)
	s[64] = 27
	return s
}

// bookOrder makes a stored order of so, signed by signer, without a chain.
func bookOrder(t testing.TB, so sdk.SignedOrder, signer common.Address) *Order {
	t.Helper()
	o, err := newOrder(so, testDomain)
	if err != nil {
		t.Fatal(err)
	}
	o.Signer = signer
	return o
}

func put(t testing.TB, s Store, o *Order) *Order {
	t.Helper()
	out, err := s.Put(context.Background(), o)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	return out
}

func hashes(os []*Order) []common.Hash {
	out := make([]common.Hash, len(os))
	for i, o := range os {
		out[i] = o.Hash
	}
	return out
}

func wantHashes(t *testing.T, got []*Order, want ...*Order) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d orders %v, want %d %v", len(got), hashes(got), len(want), hashes(want))
	}
	for i := range want {
		if got[i].Hash != want[i].Hash {
			t.Fatalf("order %d: got %s (price %s), want %s (price %s)", i, got[i].Hash.Hex(), got[i].Price, want[i].Hash.Hex(), want[i].Price)
		}
	}
}

func TestStore(t *testing.T) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			testStore(t, k.dsn(t))
		})
	}
}

func testStore(t *testing.T, dsn string) {
	ctx := context.Background()
	s := openTestStore(t, dsn)
	app, ds, pool, req := addr(1), addr(2), addr(3), addr(4)
	owner := addr(10)
	rlc := func(n int64) *big.Int { return big.NewInt(n * 1_000_000_000) }

	// App orders: prices 3, 1, 2 (and a restricted one at 0.5).
	a3 := put(t, s, bookOrder(t, sdk.SignedAppOrder{Order: sdk.NewAppOrder(app, rlc(3), 5), Sig: fakeSig()}, owner))
	a1 := put(t, s, bookOrder(t, sdk.SignedAppOrder{Order: sdk.NewAppOrder(app, rlc(1), 1), Sig: fakeSig()}, owner))
	a2 := put(t, s, bookOrder(t, sdk.SignedAppOrder{Order: sdk.NewAppOrder(app, rlc(2), 10), Sig: fakeSig()}, owner))
	restricted := sdk.NewAppOrder(app, big.NewInt(500_000_000), 3)
	restricted.WorkerpoolRestrict = pool
	ar := put(t, s, bookOrder(t, sdk.SignedAppOrder{Order: restricted, Sig: fakeSig()}, owner))
	otherApp := put(t, s, bookOrder(t, sdk.SignedAppOrder{Order: sdk.NewAppOrder(addr(99), rlc(0), 1), Sig: fakeSig()}, addr(11)))

	page, err := s.Query(ctx, sdk.KindApp, Filter{App: app})
	if err != nil {
		t.Fatal(err)
	}
	wantHashes(t, page.Orders, ar, a1, a2, a3)
	if page.Next != "" {
		t.Fatalf("unexpected next page %q", page.Next)
	}
	// Restrictions: another pool does not see the restricted order; strict shows only it.
	page, _ = s.Query(ctx, sdk.KindApp, Filter{App: app, Workerpool: addr(77)})
	wantHashes(t, page.Orders, a1, a2, a3)
	page, _ = s.Query(ctx, sdk.KindApp, Filter{Workerpool: pool})
	wantHashes(t, page.Orders, otherApp, ar, a1, a2, a3)
	page, _ = s.Query(ctx, sdk.KindApp, Filter{Workerpool: pool, Strict: true})
	wantHashes(t, page.Orders, ar)
	// Owner, volume, price.
	page, _ = s.Query(ctx, sdk.KindApp, Filter{Owner: addr(11)})
	wantHashes(t, page.Orders, otherApp)
	page, _ = s.Query(ctx, sdk.KindApp, Filter{App: app, MinVolume: 5})
	wantHashes(t, page.Orders, a2, a3)
	page, _ = s.Query(ctx, sdk.KindApp, Filter{App: app, MaxPrice: rlc(2)})
	wantHashes(t, page.Orders, ar, a1, a2)
	// Pagination.
	page, _ = s.Query(ctx, sdk.KindApp, Filter{App: app, Limit: 3})
	wantHashes(t, page.Orders, ar, a1, a2)
	if page.Next == "" {
		t.Fatal("no next page")
	}
	page, _ = s.Query(ctx, sdk.KindApp, Filter{App: app, Limit: 3, After: page.Next})
	wantHashes(t, page.Orders, a3)
	if _, err := s.Query(ctx, sdk.KindApp, Filter{After: "garbage"}); !errors.Is(err, ErrBadCursor) {
		t.Fatalf("bad cursor: %v", err)
	}

	// Workerpool orders: category, trust, tag.
	pw := func(price int64, cat, trust uint64, tag protocol.Tag) *Order {
		o := sdk.NewWorkerpoolOrder(pool, rlc(price), 100, cat, trust)
		o.Tag = tag
		return put(t, s, bookOrder(t, sdk.SignedWorkerpoolOrder{Order: o, Sig: fakeSig()}, addr(12)))
	}
	w1 := pw(5, 0, 1, protocol.Tag{})
	w2 := pw(4, 0, 5, protocol.TagGPU)
	w3 := pw(3, 1, 3, protocol.TagGPU.Or(protocol.TagTEE))
	page, _ = s.Query(ctx, sdk.KindWorkerpool, Filter{})
	wantHashes(t, page.Orders, w3, w2, w1)
	cat0 := uint64(0)
	page, _ = s.Query(ctx, sdk.KindWorkerpool, Filter{Category: &cat0})
	wantHashes(t, page.Orders, w2, w1)
	page, _ = s.Query(ctx, sdk.KindWorkerpool, Filter{MinTrust: 3})
	wantHashes(t, page.Orders, w3, w2)
	page, _ = s.Query(ctx, sdk.KindWorkerpool, Filter{MinTag: protocol.TagGPU})
	wantHashes(t, page.Orders, w3, w2)
	gpu := protocol.TagGPU
	page, _ = s.Query(ctx, sdk.KindWorkerpool, Filter{MaxTag: &gpu})
	wantHashes(t, page.Orders, w2, w1)

	// Request orders: by workerpool max price descending, then publication.
	pr := func(price int64, pool common.Address) *Order {
		o := sdk.NewRequestOrder(req, app, common.Address{}, pool, 0, 2)
		o.WorkerpoolMaxPrice = rlc(price)
		return put(t, s, bookOrder(t, sdk.SignedRequestOrder{Order: o, Sig: fakeSig()}, req))
	}
	r1 := pr(1, common.Address{})
	r5 := pr(5, common.Address{})
	r5b := pr(5, pool)
	r3 := pr(3, addr(78))
	page, _ = s.Query(ctx, sdk.KindRequest, Filter{})
	wantHashes(t, page.Orders, r5, r5b, r3, r1)
	page, _ = s.Query(ctx, sdk.KindRequest, Filter{Workerpool: pool})
	wantHashes(t, page.Orders, r5, r5b, r1)
	page, _ = s.Query(ctx, sdk.KindRequest, Filter{Requester: req, MinPrice: rlc(3)})
	wantHashes(t, page.Orders, r5, r5b, r3)
	page, _ = s.Query(ctx, sdk.KindRequest, Filter{Limit: 1})
	page, _ = s.Query(ctx, sdk.KindRequest, Filter{Limit: 2, After: page.Next})
	wantHashes(t, page.Orders, r5b, r3)

	// Dataset orders restricted to an app.
	do := sdk.NewDatasetOrder(ds, rlc(1), 4)
	do.AppRestrict = app
	d1 := put(t, s, bookOrder(t, sdk.SignedDatasetOrder{Order: do, Sig: fakeSig()}, addr(13)))
	page, _ = s.Query(ctx, sdk.KindDataset, Filter{Dataset: ds, App: app})
	wantHashes(t, page.Orders, d1)
	page, _ = s.Query(ctx, sdk.KindDataset, Filter{App: addr(55)})
	wantHashes(t, page.Orders)

	// State changes, re-put keeps the rank, deletion.
	got, err := s.SetState(ctx, a1.Hash, StatusFilled, "", 0)
	if err != nil || got.Status != StatusFilled || got.Remaining != 0 {
		t.Fatalf("set state: %+v %v", got, err)
	}
	page, _ = s.Query(ctx, sdk.KindApp, Filter{App: app})
	wantHashes(t, page.Orders, ar, a2, a3)
	page, _ = s.Query(ctx, sdk.KindApp, Filter{App: app, Status: StatusFilled})
	wantHashes(t, page.Orders, a1)
	again := bookOrder(t, sdk.SignedAppOrder{Order: a1.parsed.Unsigned().(protocol.AppOrder), Sig: fakeSig()}, owner)
	again.Remaining = 1
	back := put(t, s, again)
	if back.seq != a1.seq || !back.Published.Equal(a1.Published) || back.Status != StatusOpen {
		t.Fatalf("re-put changed the rank: %+v vs %+v", back, a1)
	}
	if _, err := s.SetState(ctx, common.Hash{1}, StatusDead, "x", 0); !errors.Is(err, ErrNotFound) {
		t.Fatalf("set state of unknown: %v", err)
	}
	n, err := s.CountOpen(ctx, owner, sdk.KindApp)
	if err != nil || n != 4 {
		t.Fatalf("count open: %d %v", n, err)
	}
	bs, err := s.BySigner(ctx, req, []sdk.OrderKind{sdk.KindRequest}, []Status{StatusOpen})
	if err != nil || len(bs) != 4 {
		t.Fatalf("by signer: %d %v", len(bs), err)
	}
	ba, err := s.ByAsset(ctx, app, []Status{StatusOpen, StatusDead})
	if err != nil || len(ba) != 4 {
		t.Fatalf("by asset: %d %v", len(ba), err)
	}
	gm, err := s.GetMany(ctx, []common.Hash{a2.Hash, r1.Hash, {9}})
	if err != nil || len(gm) != 2 {
		t.Fatalf("get many: %d %v", len(gm), err)
	}
	del, err := s.Delete(ctx, []common.Hash{a2.Hash, {9}})
	if err != nil || len(del) != 1 || del[0] != a2.Hash {
		t.Fatalf("delete: %v %v", del, err)
	}
	if _, err := s.Get(ctx, a2.Hash); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get deleted: %v", err)
	}
	counts, err := s.Counts(ctx)
	if err != nil || counts[sdk.KindRequest][StatusOpen] != 4 || counts[sdk.KindApp][StatusOpen] != 4 {
		t.Fatalf("counts: %v %v", counts, err)
	}
	o, err := s.Get(ctx, w3.Hash)
	if err != nil || o.Category == nil || *o.Category != 1 || o.Trust != 3 || o.Remaining != 100 || o.Signer != addr(12) {
		t.Fatalf("get: %+v %v", o, err)
	}
	if _, err := o.SignedOrder(); err != nil {
		t.Fatal(err)
	}

	// Deals and the cursor.
	for i := range 3 {
		d := &sdk.Deal{ID: common.Hash{byte(i + 1)}, App: app, Workerpool: pool, Requester: req, Block: uint64(10 + i),
			AppPrice: big.NewInt(1), DatasetPrice: new(big.Int), WorkerpoolPrice: big.NewInt(2), WorkerStake: new(big.Int)}
		if err := s.PutDeal(ctx, d); err != nil {
			t.Fatal(err)
		}
		if err := s.PutDeal(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	dp, err := s.Deals(ctx, DealFilter{Requester: req, Limit: 2})
	if err != nil || len(dp.Deals) != 2 || dp.Deals[0].Block != 12 || dp.Next == "" {
		t.Fatalf("deals: %+v %v", dp, err)
	}
	dp, err = s.Deals(ctx, DealFilter{Requester: req, Limit: 2, After: dp.Next})
	if err != nil || len(dp.Deals) != 1 || dp.Deals[0].Block != 10 || dp.Next != "" {
		t.Fatalf("deals page 2: %+v %v", dp, err)
	}
	if _, ok, err := s.Cursor(ctx); ok || err != nil {
		t.Fatalf("cursor before any: %v %v", ok, err)
	}
	if err := s.SetCursor(ctx, 41); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCursor(ctx, 42); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openTestStore(t, dsn) // reopened: everything persisted, migrations not rerun
	if b, ok, err := s.Cursor(ctx); !ok || err != nil || b != 42 {
		t.Fatalf("cursor after reopen: %d %v %v", b, ok, err)
	}
	page, _ = s.Query(ctx, sdk.KindRequest, Filter{})
	wantHashes(t, page.Orders, r5, r5b, r3, r1)
}
