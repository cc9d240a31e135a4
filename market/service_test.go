package market

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

var bg = context.Background()

const rlc = pocotest.RLC

// marketEnv is a chain with the protocol deployed, a market service on a store, and its
// HTTP API.
type marketEnv struct {
	t      *testing.T
	e      *pocotest.Env
	reader *sdk.Client
	store  Store
	dsn    string
	svc    *Service
	srv    *httptest.Server
	mc     *Client
}

func newMarketEnv(t *testing.T, dsn string, limits Limits) *marketEnv {
	t.Helper()
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	reader, err := sdk.New(bg, e.Client, e.D.Hub, sdk.WithMiner(func() { e.Commit() }), sdk.WithPollInterval(5*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	m := &marketEnv{t: t, e: e, reader: reader, dsn: dsn}
	m.start(limits)
	return m
}

// start (re)starts the service on the store of dsn.
func (m *marketEnv) start(limits Limits) {
	m.t.Helper()
	m.store = openTestStore(m.t, m.dsn)
	svc, err := New(Config{Chain: m.reader, Store: m.store, Limits: limits})
	if err != nil {
		m.t.Fatal(err)
	}
	m.svc = svc
	m.sync()
	m.srv = httptest.NewServer(svc.Handler())
	m.t.Cleanup(m.srv.Close)
	m.mc = NewClient(m.srv.URL)
}

func (m *marketEnv) stop() {
	m.srv.Close()
	m.store.Close()
}

func (m *marketEnv) sync() {
	m.t.Helper()
	if err := m.svc.Sync(bg); err != nil {
		m.t.Fatalf("sync: %v", err)
	}
}

func (m *marketEnv) signedApp(o protocol.AppOrder) sdk.SignedAppOrder {
	return sdk.SignedAppOrder{Order: o, Sig: m.e.Sign(m.e.AppOwner.Key, o.Hash(m.e.Domain))}
}

func (m *marketEnv) signedDataset(o protocol.DatasetOrder) sdk.SignedDatasetOrder {
	return sdk.SignedDatasetOrder{Order: o, Sig: m.e.Sign(m.e.DatasetOwner.Key, o.Hash(m.e.Domain))}
}

func (m *marketEnv) signedPool(o protocol.WorkerpoolOrder) sdk.SignedWorkerpoolOrder {
	return sdk.SignedWorkerpoolOrder{Order: o, Sig: m.e.Sign(m.e.PoolOwner.Key, o.Hash(m.e.Domain))}
}

func (m *marketEnv) signedRequest(o protocol.RequestOrder) sdk.SignedRequestOrder {
	return sdk.SignedRequestOrder{Order: o, Sig: m.e.Sign(m.e.Requester.Key, o.Hash(m.e.Domain))}
}

func (m *marketEnv) publish(so sdk.SignedOrder) *Order {
	m.t.Helper()
	o, err := m.mc.Publish(bg, so)
	if err != nil {
		m.t.Fatalf("publish %s: %v", so.Kind(), err)
	}
	if o.Status != StatusOpen || o.Hash != so.Unsigned().Hash(m.e.Domain) {
		m.t.Fatalf("published %+v", o)
	}
	return o
}

func (m *marketEnv) order(h common.Hash) *Order {
	m.t.Helper()
	o, err := m.mc.Order(bg, h)
	if err != nil {
		m.t.Fatalf("order %s: %v", h.Hex(), err)
	}
	return o
}

// wantRefusal fails unless err is a market *Error with code and a message containing parts.
func wantRefusal(t *testing.T, err error, code string, parts ...string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want refusal %s, got %v", code, err)
	}
	if e.Code != code {
		t.Fatalf("want refusal %s, got %s: %s", code, e.Code, e.Message)
	}
	for _, p := range parts {
		if !strings.Contains(e.Message, p) {
			t.Fatalf("refusal %q does not say %q", e.Message, p)
		}
	}
}

func TestMarket(t *testing.T) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { testMarket(t, k.dsn(t)) })
	}
}

func testMarket(t *testing.T, dsn string) {
	m := newMarketEnv(t, dsn, DefaultLimits())
	e := m.e

	// The stream of changes.
	var (
		mu      sync.Mutex
		changes []Change
	)
	sctx, stopStream := context.WithCancel(bg)
	defer stopStream()
	go m.mc.Stream(sctx, nil, func(c Change) error {
		mu.Lock()
		changes = append(changes, c)
		mu.Unlock()
		return nil
	})
	for deadline := time.Now().Add(5 * time.Second); m.svc.hub.count() == 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the stream did not subscribe")
		}
	}

	// Publish the four kinds.
	a := e.AppOrder()
	a.AppPrice, a.Volume = big.NewInt(1*rlc), big.NewInt(10)
	d := e.DatasetOrder()
	d.Volume = big.NewInt(10)
	w := e.WorkerpoolOrder()
	w.WorkerpoolPrice, w.Volume, w.Trust = big.NewInt(2*rlc), big.NewInt(10), big.NewInt(1)
	r := e.RequestOrder(a, d, w)
	r.Volume = big.NewInt(2)
	ao := m.publish(m.signedApp(a))
	do := m.publish(m.signedDataset(d))
	wo := m.publish(m.signedPool(w))
	ro := m.publish(m.signedRequest(r))
	if ao.Signer != e.AppOwner.Address || ro.Signer != e.Requester.Address || wo.Remaining != 10 || *wo.Category != 0 {
		t.Fatalf("published: %+v %+v", ao, wo)
	}
	// A cheaper pool order comes first; a dearer request comes first.
	w2 := e.WorkerpoolOrder()
	w2.WorkerpoolPrice, w2.Volume, w2.Trust = big.NewInt(1*rlc), big.NewInt(5), big.NewInt(1)
	w2o := m.publish(m.signedPool(w2))
	r2 := e.RequestOrder(a, d, w)
	r2.WorkerpoolMaxPrice = big.NewInt(3 * rlc)
	r2o := m.publish(m.signedRequest(r2))
	page, err := m.mc.Query(bg, sdk.KindWorkerpool, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	wantHashes(t, page.Orders, w2o, wo)
	page, err = m.mc.Query(bg, sdk.KindRequest, Filter{Workerpool: e.Pool, App: e.App})
	if err != nil {
		t.Fatal(err)
	}
	wantHashes(t, page.Orders, r2o, ro)
	cat := uint64(0)
	page, err = m.mc.Query(bg, sdk.KindWorkerpool, Filter{Category: &cat, MinVolume: 6, Limit: 1})
	if err != nil || len(page.Orders) != 1 || page.Orders[0].Hash != wo.Hash {
		t.Fatalf("filtered query: %+v %v", page, err)
	}
	page, _ = m.mc.Query(bg, sdk.KindApp, Filter{App: e.App})
	wantHashes(t, page.Orders, ao)
	page, _ = m.mc.Query(bg, sdk.KindDataset, Filter{Dataset: e.Dataset, App: e.App})
	wantHashes(t, page.Orders, do)
	if so, err := m.order(wo.Hash).SignedOrder(); err != nil || so.Unsigned().Hash(e.Domain) != wo.Hash {
		t.Fatalf("signed order back: %v", err)
	}
	// Publishing again keeps the order and its rank.
	if again := m.publish(m.signedPool(w)); again.Published != wo.Published {
		t.Fatalf("republish changed the order: %+v", again)
	}
	// Bad queries.
	_, err = m.mc.Query(bg, sdk.KindApp, Filter{Category: &cat})
	wantRefusal(t, err, CodeBadRequest, "app orders have no category")
	if _, err := m.mc.Order(bg, common.Hash{1}); err == nil {
		t.Fatal("unknown order found")
	} else {
		wantRefusal(t, err, CodeNotFound, "no order")
	}

	// Every refusal of publish.
	t.Run("refusals", func(t *testing.T) {
		x := e.AppOrder()
		_, err := m.mc.Publish(bg, sdk.SignedAppOrder{Order: x, Sig: e.Sign(e.Requester.Key, x.Hash(e.Domain))})
		wantRefusal(t, err, CodeBadSignature, "is signed by "+e.Requester.Address.Hex(), "belongs to "+e.AppOwner.Address.Hex())
		other := protocol.DefaultDomain(big.NewInt(1), e.D.Hub)
		_, err = m.mc.Publish(bg, sdk.SignedAppOrder{Order: x, Sig: e.Sign(e.AppOwner.Key, x.Hash(other))})
		wantRefusal(t, err, CodeBadSignature, "another chain or hub")
		_, err = m.mc.Publish(bg, sdk.SignedAppOrder{Order: x})
		wantRefusal(t, err, CodeBadSignature, "no signature and is not presigned")
		_, err = m.mc.Publish(bg, sdk.SignedAppOrder{Order: x, Sig: []byte{1, 2, 3}})
		wantRefusal(t, err, CodeBadSignature, "malformed")
		rq := e.RequestOrder(a, d, w)
		_, err = m.mc.Publish(bg, sdk.SignedRequestOrder{Order: rq, Sig: e.Sign(e.AppOwner.Key, rq.Hash(e.Domain))})
		wantRefusal(t, err, CodeBadSignature, "not by its requester")

		unknown := e.AppOrder()
		unknown.App = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
		_, err = m.mc.Publish(bg, m.signedApp(unknown))
		wantRefusal(t, err, CodeUnknownAsset, "is not registered")

		gone := e.WorkerpoolOrder()
		e.Tx(e.PoolOwner, e.Poco.PackCancelWorkerpoolOrder(chain.WorkerpoolOrderArg(gone)))
		_, err = m.mc.Publish(bg, m.signedPool(gone))
		wantRefusal(t, err, CodeNoVolume, "no volume left")

		dear := e.WorkerpoolOrder()
		dear.WorkerpoolPrice, dear.Volume = big.NewInt(1_000_000*rlc), big.NewInt(1)
		_, err = m.mc.Publish(bg, m.signedPool(dear))
		wantRefusal(t, err, CodeInsufficientFunds, "workerpool owner", "pool stake", "deposit")
		greedy := e.RequestOrder(a, d, w)
		greedy.WorkerpoolMaxPrice, greedy.Volume = big.NewInt(100_001*rlc), big.NewInt(1)
		_, err = m.mc.Publish(bg, m.signedRequest(greedy))
		wantRefusal(t, err, CodeInsufficientFunds, "the requester", "deposit")

		huge := e.AppOrder()
		huge.Volume = new(big.Int).Lsh(big.NewInt(1), 70)
		_, err = m.mc.Publish(bg, m.signedApp(huge))
		wantRefusal(t, err, CodeBadOrder, "volume")

		resp, err := http.Post(m.srv.URL+PathOrders, "application/json", strings.NewReader(`{"order":{"nothing":1}}`))
		if err != nil || resp.StatusCode != 400 {
			t.Fatalf("bad order: %v %v", resp.Status, err)
		}
		resp.Body.Close()
		resp, err = http.Post(m.srv.URL+PathOrders, "application/json", bytes.NewReader(make([]byte, 100<<10)))
		if err != nil || resp.StatusCode != 413 {
			t.Fatalf("large body: %v %v", resp.Status, err)
		}
		resp.Body.Close()

		// Limits, on services of the same chain and store with tighter settings.
		tight := func(l Limits) *Client {
			svc, err := New(Config{Chain: m.reader, Store: m.store, Limits: l})
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(svc.Handler())
			t.Cleanup(srv.Close)
			return NewClient(srv.URL)
		}
		c := tight(Limits{OpenOrdersPerSigner: 1})
		_, err = c.Publish(bg, m.signedApp(e.AppOrder()))
		wantRefusal(t, err, CodeTooManyOrders, "already has 1 open app orders")
		if _, err := c.Publish(bg, m.signedApp(a)); err != nil { // already open: not a new one
			t.Fatalf("republish under the limit: %v", err)
		}
		c = tight(Limits{SignerRate: 0.001, SignerBurst: 1})
		if _, err := c.Publish(bg, m.signedApp(a)); err != nil {
			t.Fatal(err)
		}
		_, err = c.Publish(bg, m.signedApp(a))
		wantRefusal(t, err, CodeRateLimited, "too many publications by "+e.AppOwner.Address.Hex())
		c = tight(Limits{ClientRate: 0.001, ClientBurst: 2})
		c.Query(bg, sdk.KindApp, Filter{})
		c.Query(bg, sdk.KindApp, Filter{})
		_, err = c.Query(bg, sdk.KindApp, Filter{})
		wantRefusal(t, err, CodeRateLimited, "too many requests from 127.0.0.1")
	})

	// Matched on chain: the request (volume 2) is filled, the others lose 2 tasks.
	m.sync()
	deal := e.Match(e.Requester, &pocotest.Orders{App: a, Dataset: d, Workerpool: w, Request: r, Sigs: sigsOf(m, a, d, w, r)})
	m.sync()
	if o := m.order(ro.Hash); o.Status != StatusFilled || o.Remaining != 0 {
		t.Fatalf("request after the match: %+v", o)
	}
	if o := m.order(ao.Hash); o.Status != StatusOpen || o.Remaining != 8 {
		t.Fatalf("app order after the match: %+v", o)
	}
	if o := m.order(wo.Hash); o.Remaining != 8 {
		t.Fatalf("pool order after the match: %+v", o)
	}
	page, _ = m.mc.Query(bg, sdk.KindRequest, Filter{})
	wantHashes(t, page.Orders, r2o)
	deals, err := m.mc.Deals(bg, DealFilter{Requester: e.Requester.Address})
	if err != nil || len(deals.Deals) != 1 || deals.Deals[0].ID != deal.Id || deals.Deals[0].BotSize != 2 {
		t.Fatalf("deals: %+v %v", deals, err)
	}

	// Cancelled on chain.
	e.Tx(e.PoolOwner, e.Poco.PackCancelWorkerpoolOrder(chain.WorkerpoolOrderArg(w2)))
	m.sync()
	if o := m.order(w2o.Hash); o.Status != StatusCancelled || o.Remaining != 0 {
		t.Fatalf("cancelled pool order: %+v", o)
	}

	// The requester withdraws the funds its request needs: dead; deposits again: open.
	free := e.Free(e.Requester.Address)
	e.Tx(e.Requester, e.Poco.PackWithdraw(new(big.Int).Sub(free, big.NewInt(1*rlc))))
	m.sync()
	o := m.order(r2o.Hash)
	if o.Status != StatusDead || !strings.Contains(o.Reason, "free in the hub") {
		t.Fatalf("request after the withdrawal: %+v", o)
	}
	page, _ = m.mc.Query(bg, sdk.KindRequest, Filter{})
	wantHashes(t, page.Orders)
	e.Deposit(e.Requester, big.NewInt(1000*rlc))
	m.sync()
	if o := m.order(r2o.Hash); o.Status != StatusOpen || o.Reason != "" {
		t.Fatalf("request after the deposit: %+v", o)
	}

	// The app changes hands: its orders die.
	tokenID := new(big.Int).SetBytes(e.App[:])
	e.SendTo(e.AppOwner, e.D.AppRegistry, e.AppsABI.PackSafeTransferFrom(e.AppOwner.Address, e.Workers[0].Address, tokenID))
	m.sync()
	if o := m.order(ao.Hash); o.Status != StatusDead || !strings.Contains(o.Reason, "now belongs to "+e.Workers[0].Address.Hex()) {
		t.Fatalf("app order after the transfer: %+v", o)
	}

	// Unpublish: one order, then all of a kind; only by the signer, with a fresh challenge.
	pool := sdk.KeySigner{Key: e.PoolOwner.Key}
	if _, err := m.mc.Unpublish(bg, sdk.KeySigner{Key: e.Requester.Key}, wo.Hash); err == nil {
		t.Fatal("unpublished someone else's order")
	} else {
		wantRefusal(t, err, CodeForbidden, "cannot unpublish it")
	}
	removed, err := m.mc.Unpublish(bg, pool, wo.Hash)
	if err != nil || len(removed) != 1 || removed[0] != wo.Hash {
		t.Fatalf("unpublish: %v %v", removed, err)
	}
	if _, err := m.mc.Order(bg, wo.Hash); err == nil {
		t.Fatal("unpublished order still there")
	}
	ch, err := m.mc.Challenge(bg, pool.Address())
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := pool.SignDigest(ChallengeDigest(ch.Challenge))
	all := sdk.KindWorkerpool
	u := Unpublish{Address: pool.Address(), Challenge: ch.Challenge, Signature: sig, Kind: &all, All: true}
	bad := u
	bad.Signature, _ = sdk.KeySigner{Key: e.Requester.Key}.SignDigest(ChallengeDigest(ch.Challenge))
	_, err = m.svc.Unpublish(bg, bad)
	wantRefusal(t, err, CodeUnauthorized, "is signed by "+e.Requester.Address.Hex())
	_, err = m.svc.Unpublish(bg, u) // a challenge serves once, even when the try failed
	wantRefusal(t, err, CodeUnauthorized, "unknown or already used")
	ch, _ = m.mc.Challenge(bg, pool.Address())
	sig, _ = pool.SignDigest(ChallengeDigest(ch.Challenge))
	u.Challenge, u.Signature = ch.Challenge, sig
	removed, err = m.svc.Unpublish(bg, u)
	if err != nil || len(removed) != 1 || removed[0] != w2o.Hash {
		t.Fatalf("unpublish all: %v %v", removed, err)
	}
	_, err = m.svc.Unpublish(bg, u)
	wantRefusal(t, err, CodeUnauthorized, "already used")

	// Categories, health, metrics, OpenAPI.
	cats, err := m.mc.Categories(bg)
	if err != nil || len(cats) != 5 || cats[0].Name != "XS" {
		t.Fatalf("categories: %+v %v", cats, err)
	}
	h, err := m.mc.Health(bg)
	if err != nil || !h.OK || h.Cursor != h.Head+1 {
		t.Fatalf("health: %+v %v", h, err)
	}
	for path, want := range map[string]string{
		PathMetrics: `poco_market_published_total{kind="workerpool"}`,
		PathOpenAPI: `"openapi": "3.0.3"`,
	} {
		resp, err := http.Get(m.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		resp.Body.Close()
		if !strings.Contains(b.String(), want) {
			t.Fatalf("%s lacks %s:\n%s", path, want, b.String())
		}
	}
	metrics := getText(t, m.srv.URL+PathMetrics)
	for _, want := range []string{`poco_market_orders{kind="request",status="filled"} 1`, `poco_market_refused_total{code="bad-signature"}`, `poco_market_unpublished_total 2`} {
		if !strings.Contains(metrics, want) {
			t.Fatalf("metrics lack %s:\n%s", want, metrics)
		}
	}

	// The stream saw publications, updates and removals.
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	seen := map[string]bool{}
	for _, c := range changes {
		seen[c.Type] = true
	}
	mu.Unlock()
	if !seen[ChangePublished] || !seen[ChangeUpdated] || !seen[ChangeRemoved] {
		t.Fatalf("stream saw %v", seen)
	}

	// Restart: the market resumes where it stopped and catches up with what happened.
	stopStream()
	cursor, _ := m.svc.Cursor(bg)
	m.stop()
	r3 := r2 // the open request, matched with fresh app and pool orders
	w3 := e.WorkerpoolOrder()
	w3.WorkerpoolPrice, w3.Trust = big.NewInt(3*rlc), big.NewInt(1)
	a3 := e.AppOrder()
	a3.AppPrice = big.NewInt(1 * rlc)
	tokenID = new(big.Int).SetBytes(e.App[:])
	e.SendTo(e.Workers[0], e.D.AppRegistry, e.AppsABI.PackSafeTransferFrom(e.Workers[0].Address, e.AppOwner.Address, tokenID))
	e.Match(e.Requester, &pocotest.Orders{App: a3, Dataset: d, Workerpool: w3, Request: r3, Sigs: sigsOf(m, a3, d, w3, r3)})
	head, _ := m.reader.BlockNumber(bg)
	m.start(DefaultLimits())
	if got, _ := m.svc.Cursor(bg); got != head+1 {
		t.Fatalf("cursor after restart: %d, want %d (was %d before)", got, head+1, cursor)
	}
	if o := m.order(r2o.Hash); o.Status != StatusFilled {
		t.Fatalf("request matched while the market was down: %+v", o)
	}
	if o := m.order(ao.Hash); o.Status != StatusOpen || o.Remaining != 8 {
		t.Fatalf("app order back with its owner: %+v", o)
	}
	deals, _ = m.mc.Deals(bg, DealFilter{})
	if len(deals.Deals) != 2 {
		t.Fatalf("deals after restart: %d", len(deals.Deals))
	}
}

func sigsOf(m *marketEnv, a protocol.AppOrder, d protocol.DatasetOrder, w protocol.WorkerpoolOrder, r protocol.RequestOrder) (s bindings.PocoHubOrderSignatures) {
	s.App = m.signedApp(a).Sig
	s.Dataset = m.signedDataset(d).Sig
	s.Workerpool = m.signedPool(w).Sig
	s.Request = m.signedRequest(r).Sig
	return s
}

func getText(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return b.String()
}
