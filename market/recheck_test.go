package market

import (
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// countedEnv is a market whose chain reads are counted (no head cache: Run is not
// started, so every check reads the chain).
func countedEnv(t *testing.T) (*marketEnv, *sdk.CountingBackend) {
	t.Helper()
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	cb := &sdk.CountingBackend{Backend: e.Client}
	reader, err := sdk.New(bg, cb, e.D.Hub, sdk.WithMiner(func() { e.Commit() }), sdk.WithPollInterval(5*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	m := &marketEnv{t: t, e: e, reader: reader, dsn: storeKinds[0].dsn(t)}
	m.start(DefaultLimits())
	return m, cb
}

// syncReads is how many chain reads a Sync makes.
func (m *marketEnv) syncReads(cb *sdk.CountingBackend) int64 {
	m.t.Helper()
	cb.Reset()
	m.sync()
	return cb.Calls()
}

// TestRecheckReadsWhatMoved: Sync checks an open order again only for what its events
// changed: a deposit of the pool's owner reads its balance once, not each order's
// consumed volume and the pool's owner; a match reads the matched order's volume and the
// owner's balance, and leaves the other orders as they are.
func TestRecheckReadsWhatMoved(t *testing.T) {
	m, cb := countedEnv(t)
	e := m.e
	var ws []protocol.WorkerpoolOrder
	for range 3 {
		w := e.WorkerpoolOrder()
		m.publish(m.signedPool(w))
		ws = append(ws, w)
	}
	m.sync()
	// A block the market has nothing to do with (a presigned order): the head, and the
	// hub's and the registries' logs it follows in one read, none of them there.
	events := m.svc.m.events.Load()
	e.Tx(e.PoolOwner, e.Poco.PackPresignWorkerpoolOrder(chain.WorkerpoolOrderArg(e.WorkerpoolOrder())))
	empty := m.syncReads(cb)
	if empty != 2 || m.svc.m.events.Load() != events {
		t.Fatalf("a block of an event the market does not follow: %d chain reads, %d events read; want 2 reads (the head, the logs), no event",
			empty, m.svc.m.events.Load()-events)
	}

	e.Deposit(e.PoolOwner, big.NewInt(10*rlc))
	if got := m.syncReads(cb); got != empty+1 {
		t.Fatalf("a deposit of the pool's owner with 3 open pool orders: %d chain reads, want %d (the blocks', and the owner's balance once)", got, empty+1)
	}

	o := e.DefaultOrders()
	o.Workerpool = ws[0]
	o.Request = e.RequestOrder(o.App, pocotest.NoDataset(), ws[0])
	o.Request.Volume = big.NewInt(3)
	e.Match(e.Requester, e.SignAll(o))
	if got := m.syncReads(cb); got != empty+2 {
		t.Fatalf("a match of one of 3 open pool orders: %d chain reads, want %d (the blocks', the matched order's volume, the owner's balance)", got, empty+2)
	}
	for i, w := range ws {
		want := uint64(1000)
		if i == 0 {
			want = 997
		}
		if got := m.order(w.Hash(e.Domain)); got.Status != StatusOpen || got.Remaining != want {
			t.Fatalf("pool order %d after the match: %s, %d remaining, want open, %d", i, got.Status, got.Remaining, want)
		}
	}
}

// TestRecheckReadsVolumeBeforeDeath: an order found short of funds for the volume the
// market last read reads its volume again before it is found dead.
func TestRecheckReadsVolumeBeforeDeath(t *testing.T) {
	m := newMarketEnv(t, storeKinds[0].dsn(t), DefaultLimits())
	e := m.e
	w := e.WorkerpoolOrder()
	w.Volume = big.NewInt(10)
	h := common.Hash(w.Hash(e.Domain))
	m.publish(m.signedPool(w))
	o := e.DefaultOrders()
	o.Workerpool = w
	o.Request = e.RequestOrder(o.App, pocotest.NoDataset(), w)
	o.Request.Volume = big.NewInt(8)
	e.Match(e.Requester, e.SignAll(o))
	m.sync()
	// The book says 10 tasks are left (as if the match were in a block not applied yet).
	if _, err := m.store.SetState(bg, h, StatusOpen, "", 10); err != nil {
		t.Fatal(err)
	}
	// The owner keeps the stake of the 2 tasks left, not of 10.
	stake := big.NewInt(10 * rlc * sdk.PoolStakePercent / 100)
	keep := new(big.Int).Mul(stake, big.NewInt(2))
	e.Tx(e.PoolOwner, e.Poco.PackWithdraw(new(big.Int).Sub(e.Free(e.PoolOwner.Address), keep)))
	m.sync()
	if got := m.order(h); got.Status != StatusOpen || got.Remaining != 2 {
		t.Fatalf("pool order with 2 tasks left, funded for 2: %s (%s), %d remaining, want open, 2", got.Status, got.Reason, got.Remaining)
	}
	// One more withdrawal: short even for 2 tasks, dead.
	e.Tx(e.PoolOwner, e.Poco.PackWithdraw(big.NewInt(1)))
	m.sync()
	if got := m.order(h); got.Status != StatusDead || !strings.Contains(got.Reason, "free in the hub") {
		t.Fatalf("pool order short of funds: %+v", got)
	}
}

// TestRecheckDeadOrderReadWhole: a dead order is read whole before it is listed again: an
// order dead because its pool changed hands stays dead when only its signer's balance
// moves, and is open again once the pool is back.
func TestRecheckDeadOrderReadWhole(t *testing.T) {
	m := newMarketEnv(t, storeKinds[0].dsn(t), DefaultLimits())
	e := m.e
	o := m.publish(m.signedPool(e.WorkerpoolOrder()))
	token := new(big.Int).SetBytes(e.Pool[:])
	other := e.Workers[0]
	e.SendTo(e.PoolOwner, e.D.WorkerpoolRegistry, e.PoolsABI.PackSafeTransferFrom(e.PoolOwner.Address, other.Address, token))
	m.sync()
	wantDead := func(when string) {
		t.Helper()
		if got := m.order(o.Hash); got.Status != StatusDead || !strings.Contains(got.Reason, "now belongs to "+other.Address.Hex()) {
			t.Fatalf("pool order %s: %+v", when, got)
		}
	}
	wantDead("after the transfer")
	e.Deposit(e.PoolOwner, big.NewInt(10*rlc))
	m.sync()
	wantDead("after a deposit of its signer")
	e.SendTo(other, e.D.WorkerpoolRegistry, e.PoolsABI.PackSafeTransferFrom(other.Address, e.PoolOwner.Address, token))
	m.sync()
	if got := m.order(o.Hash); got.Status != StatusOpen || got.Reason != "" || got.Remaining != 1000 {
		t.Fatalf("pool order after the pool came back: %+v", got)
	}
}

// TestUnpublishMany: several orders leave the book with one challenge; those not in the
// book are skipped; one of someone else's among them unpublishes nothing.
func TestUnpublishMany(t *testing.T) {
	m := newMarketEnv(t, storeKinds[0].dsn(t), DefaultLimits())
	e := m.e
	var hs []common.Hash
	for range 3 {
		hs = append(hs, m.publish(m.signedPool(e.WorkerpoolOrder())).Hash)
	}
	app := m.publish(m.signedApp(e.AppOrder())).Hash
	pool := sdk.KeySigner{Key: e.PoolOwner.Key}
	unknown := common.HexToHash("0x01")

	_, err := m.mc.UnpublishMany(bg, pool, []common.Hash{hs[2], app})
	wantRefusal(t, err, CodeForbidden, "cannot unpublish it", "nothing was unpublished")
	if o := m.order(hs[2]); o.Status != StatusOpen {
		t.Fatalf("pool order after a refused unpublish: %+v", o)
	}
	removed, err := m.mc.UnpublishMany(bg, pool, []common.Hash{hs[0], unknown, hs[1]})
	if err != nil || len(removed) != 2 || !slices.Contains(removed, hs[0]) || !slices.Contains(removed, hs[1]) {
		t.Fatalf("unpublish many: %v %v, want %s and %s", removed, err, hs[0].Hex(), hs[1].Hex())
	}
	for i, h := range hs {
		_, err := m.mc.Order(bg, h)
		if gone := err != nil; gone != (i < 2) {
			t.Fatalf("pool order %d in the book: %v, want %v", i, !gone, i == 2)
		}
	}
	_, err = m.mc.UnpublishMany(bg, pool, make([]common.Hash, MaxUnpublish+1))
	wantRefusal(t, err, CodeBadRequest, "at most 500")
	ch, _ := m.mc.Challenge(bg, pool.Address())
	sig, _ := pool.SignDigest(ChallengeDigest(ch.Challenge))
	_, err = m.svc.Unpublish(bg, Unpublish{Address: pool.Address(), Challenge: ch.Challenge, Signature: sig, Hash: &hs[2], Hashes: hs[2:]})
	wantRefusal(t, err, CodeBadRequest, "one of them")
}

// TestReleasedRewardsReviveAnOrder: a worker's rewards that vest are locked; when they are
// released (the Release event), its free balance grows, and an order it signed that had
// died short of funds is open again at once, not at its next other balance event.
func TestReleasedRewardsReviveAnOrder(t *testing.T) {
	e := pocotest.New(t, pocotest.Options{Workers: 3})
	reader, err := sdk.New(bg, e.Client, e.D.Hub, sdk.WithMiner(func() { e.Commit() }), sdk.WithPollInterval(5*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	m := &marketEnv{t: t, e: e, reader: reader, dsn: storeKinds[0].dsn(t)}
	m.start(DefaultLimits())
	w := e.Workers[0]
	// A trust-3 deal the three workers win: their rewards vest.
	deal := e.MatchDefault(1, 3)
	good := pocotest.Digest("good")
	for _, wk := range e.Workers {
		e.Contribute(wk, deal, 0, good)
	}
	for _, wk := range e.Workers {
		e.Reveal(wk, deal, 0, good)
	}
	e.Finalize(deal, 0, good)
	vesting := e.Vesting(w.Address)
	if e.Locked(w.Address).Sign() == 0 {
		t.Fatalf("the worker's rewards did not vest: %+v", vesting)
	}
	// The worker asks for one task at a price its vested rewards cover.
	r := e.RequestOrder(e.AppOrder(), pocotest.NoDataset(), e.WorkerpoolOrder())
	r.Requester, r.AppMaxPrice, r.WorkerpoolMaxPrice, r.Volume = w.Address, new(big.Int), big.NewInt(1), big.NewInt(1)
	o := m.publish(sdk.SignedRequestOrder{Order: r, Sig: e.Sign(w.Key, r.Hash(e.Domain))})
	e.Tx(w, e.Poco.PackWithdraw(e.Free(w.Address)))
	m.sync()
	if got := m.order(o.Hash); got.Status != StatusDead || !strings.Contains(got.Reason, "free in the hub") {
		t.Fatalf("request order after its signer withdrew everything: %+v", got)
	}
	e.AdvanceTo(e.Now() + 24*3600)
	e.Tx(e.Owner, e.Poco.PackReleaseVested(w.Address))
	if e.Free(w.Address).Sign() == 0 {
		t.Fatal("nothing was released")
	}
	m.sync()
	if got := m.order(o.Hash); got.Status != StatusOpen {
		t.Fatalf("request order after its signer's rewards were released: %s (%s), want open", got.Status, got.Reason)
	}
}
