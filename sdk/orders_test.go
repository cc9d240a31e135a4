package sdk

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// sdkOrders signs a matching app, pool and request order (no dataset) with the env's
// owners, through the SDK.
func sdkOrders(t *testing.T, e *pocotest.Env, volume uint64) (app, pool, req *Client, in MatchInput) {
	t.Helper()
	app, pool, req = client(t, e, e.AppOwner), client(t, e, e.PoolOwner), client(t, e, e.Requester)
	ao := must(app.SignAppOrder(NewAppOrder(e.App, RLC(3), 1000)))
	wo := must(pool.SignWorkerpoolOrder(NewWorkerpoolOrder(e.Pool, RLC(10), 1000, 0, 10)))
	ro := must(req.SignRequestOrder(RequestFor(e.Requester.Address, ao.Order, nil, wo.Order, volume)))
	return app, pool, req, MatchInput{App: ao, Workerpool: wo, Request: ro}
}

func TestOrderHashesAndSignatures(t *testing.T) {
	e := env(t)
	app, pool, req, in := sdkOrders(t, e, 1)
	ds := client(t, e, e.DatasetOwner)
	do := must(ds.SignDatasetOrder(NewDatasetOrder(e.Dataset, RLC(1), 5)))

	// The SDK's hashes are the hub's.
	onchain := func(data []byte) common.Hash {
		return common.Hash(must(bind.Call(e.Hub, nil, data, e.Poco.UnpackHashAppOrder)))
	}
	if h := onchain(e.Poco.PackHashAppOrder(chain.AppOrderArg(in.App.Order))); h != app.HashAppOrder(in.App.Order) {
		t.Fatal("app order hash differs from the hub's")
	}
	if h := onchain(e.Poco.PackHashDatasetOrder(chain.DatasetOrderArg(do.Order))); h != ds.HashDatasetOrder(do.Order) {
		t.Fatal("dataset order hash differs")
	}
	if h := onchain(e.Poco.PackHashWorkerpoolOrder(chain.WorkerpoolOrderArg(in.Workerpool.Order))); h != pool.HashWorkerpoolOrder(in.Workerpool.Order) {
		t.Fatal("workerpool order hash differs")
	}
	if h := onchain(e.Poco.PackHashRequestOrder(chain.RequestOrderArg(in.Request.Order))); h != req.HashRequestOrder(in.Request.Order) ||
		h != req.HashOrder(in.Request.Order) {
		t.Fatal("request order hash differs")
	}
	for _, so := range []SignedOrder{in.App, do, in.Workerpool, in.Request} {
		ok(t, req.CheckSignature(bg, so))
	}
	// Salts differ: two otherwise equal orders have different hashes.
	if NewAppOrder(e.App, RLC(3), 1).Salt == NewAppOrder(e.App, RLC(3), 1).Salt {
		t.Fatal("same salt twice")
	}
	// Signed by someone else than the owner.
	wrong := must(req.SignAppOrder(in.App.Order))
	err := req.CheckSignature(bg, wrong)
	wantContains(t, wantCode(t, err, "PocoInvalidSignature"), "is signed by "+req.Address().Hex()+", not by its owner "+app.Address().Hex())
}

func TestSignedOrderJSON(t *testing.T) {
	e := env(t)
	_, _, _, in := sdkOrders(t, e, 3)
	in.Request.Order.Params = `{"args":"--n 42","inputs":["https://x/y"]}`
	in.Request.Order.Tag = protocol.TagGPU
	for _, so := range []SignedOrder{in.App, in.Workerpool, in.Request, SignedDatasetOrder{Order: NewDatasetOrder(e.Dataset, RLC(1), 2), Sig: []byte{1, 2}}} {
		data, err := json.Marshal(so)
		ok(t, err)
		if !strings.Contains(string(data), `"sign":"0x`) || !strings.HasPrefix(string(data), `{"order":{`) {
			t.Fatalf("JSON form %s", data)
		}
		back, err := ParseSignedOrder(data)
		ok(t, err)
		if back.Kind() != so.Kind() || back.Unsigned().Hash(e.Domain) != so.Unsigned().Hash(e.Domain) ||
			string(back.Signature()) != string(so.Signature()) {
			t.Fatalf("%s did not survive JSON: %s", so.Kind(), data)
		}
	}
	var k OrderKind
	if err := json.Unmarshal([]byte(`"workerpool"`), &k); err != nil || k != KindWorkerpool || string(must(json.Marshal(KindRequest))) != `"request"` {
		t.Fatalf("OrderKind JSON: %v %v", k, err)
	}
	var a SignedAppOrder
	ok(t, json.Unmarshal(must(json.Marshal(in.App)), &a))
	if a.Order.Hash(e.Domain) != in.App.Order.Hash(e.Domain) {
		t.Fatal("SignedAppOrder JSON round trip")
	}
	for _, bad := range []string{`nope`, `{"order":{"foo":1},"sign":"0x"}`, `{"order":{"app":"0x01","appprice":-1,"volume":1},"sign":"0x"}`} {
		if _, err := ParseSignedOrder([]byte(bad)); err == nil {
			t.Fatalf("ParseSignedOrder(%s) accepted it", bad)
		}
	}
}

func TestPresignCancelAndStatus(t *testing.T) {
	e := env(t)
	app, pool, req, in := sdkOrders(t, e, 2)
	// Presign the three orders and match them without signatures.
	must(app.PresignAppOrder(bg, in.App.Order))
	must(pool.PresignWorkerpoolOrder(bg, in.Workerpool.Order))
	must(req.PresignRequestOrder(bg, in.Request.Order))
	st := must(req.OrderStatus(bg, in.App.Order))
	if st.Presigner != app.Address() || st.Consumed.Sign() != 0 || st.Remaining.Cmp(big.NewInt(1000)) != 0 || st.Kind != KindApp {
		t.Fatalf("status %+v", st)
	}
	in.App.Sig, in.Workerpool.Sig, in.Request.Sig = nil, nil, nil
	deal := must(req.MatchOrders(bg, in))
	if deal.BotSize != 2 {
		t.Fatalf("volume %d", deal.BotSize)
	}
	st = must(req.OrderStatus(bg, in.Request.Order))
	if st.Consumed.Cmp(big.NewInt(2)) != 0 || st.Remaining.Sign() != 0 {
		t.Fatalf("request status %+v", st)
	}
	if c := must(req.Consumed(bg, req.HashAppOrder(in.App.Order))); c.Cmp(big.NewInt(2)) != 0 {
		t.Fatalf("consumed %s", c)
	}
	// Only the owner presigns or cancels.
	_, err := req.PresignAppOrder(bg, in.App.Order)
	wantContains(t, wantCode(t, err, "PocoNotOrderOwner"), "only the app order's owner "+app.Address().Hex()+" may presign or cancel it, not you")
	// Cancelling uses the whole volume.
	must(app.CancelAppOrder(bg, in.App.Order))
	if st := must(app.OrderStatus(bg, in.App.Order)); st.Remaining.Sign() != 0 || st.Consumed.Cmp(big.NewInt(1000)) != 0 {
		t.Fatalf("cancelled %+v", st)
	}
	ds := client(t, e, e.DatasetOwner)
	do := NewDatasetOrder(e.Dataset, RLC(1), 4)
	must(ds.PresignDatasetOrder(bg, do))
	must(ds.CancelDatasetOrder(bg, do))
	must(pool.CancelWorkerpoolOrder(bg, in.Workerpool.Order))
	ro := RequestFor(req.Address(), in.App.Order, &do, in.Workerpool.Order, 1)
	must(req.CancelRequestOrder(bg, ro))
	if st := must(req.OrderStatus(bg, ro)); st.Remaining.Sign() != 0 || st.Kind != KindRequest {
		t.Fatalf("cancelled request %+v", st)
	}
}

// Refused matches: the SDK's own checks and the contract's reverts give the same sentences.
func TestMatchRefusals(t *testing.T) {
	e := env(t)
	app, pool, req, in := sdkOrders(t, e, 1)
	both := func(name string, in MatchInput, code string, want ...string) {
		t.Helper()
		req.skipPrecheck = false
		_, err := req.MatchOrders(bg, in)
		local := wantCode(t, err, code)
		if CodeOf(err) != code || err.(*Error).Revert != nil {
			t.Fatalf("%s: the SDK's check did not answer: %v", name, err)
		}
		req.skipPrecheck = true
		_, err = req.MatchOrders(bg, in)
		remote := wantCode(t, err, code)
		if err.(*Error).Revert == nil {
			t.Fatalf("%s: no revert from the contract: %v", name, err)
		}
		req.skipPrecheck = false
		if local != remote {
			t.Fatalf("%s: the SDK says %q, the contract %q", name, local, remote)
		}
		wantContains(t, local, want...)
	}

	// Price too high.
	cheap := in
	cheap.Request.Order.AppMaxPrice = RLC(2)
	cheap.Request = must(req.SignRequestOrder(cheap.Request.Order))
	both("price", cheap, "PocoPriceTooHigh",
		"the app order costs 3 RLC per task, above the request's maximum of 2 RLC: raise the request's app max price to 3 or find a cheaper order")

	// Wrong signature: the app order signed by the requester.
	forged := in
	forged.App = must(req.SignAppOrder(in.App.Order))
	_, err := req.MatchOrders(bg, forged)
	wantContains(t, wantCode(t, err, "PocoInvalidSignature"), "is signed by "+req.Address().Hex()+", not by its owner "+app.Address().Hex())
	req.skipPrecheck = true
	_, err = req.MatchOrders(bg, forged)
	req.skipPrecheck = false
	wantContains(t, wantCode(t, err, "PocoInvalidSignature"), "the app order 0x", "is neither signed by its owner "+app.Address().Hex()+" nor presigned")

	// Category, trust, request mismatch, restriction, unknown category, trust out of range.
	mod := func(f func(*MatchInput)) MatchInput {
		m := in
		f(&m)
		m.App = must(app.SignAppOrder(m.App.Order))
		m.Workerpool = must(pool.SignWorkerpoolOrder(m.Workerpool.Order))
		m.Request = must(req.SignRequestOrder(m.Request.Order))
		return m
	}
	both("category", mod(func(m *MatchInput) { m.Request.Order.Category = big.NewInt(2) }), "PocoCategoryMismatch",
		"the request asks for category 2 (M) but the workerpool order is for category 0 (XS)")
	both("trust", mod(func(m *MatchInput) { m.Request.Order.Trust = big.NewInt(11) }), "PocoTrustTooHigh",
		"the request asks for trust 11 but the workerpool order offers at most trust 10")
	both("restricted", mod(func(m *MatchInput) { m.App.Order.RequesterRestrict = e.Owner.Address }), "PocoRestricted",
		"the app order is restricted to requester "+e.Owner.Address.Hex()+"; this deal's requester is "+req.Address().Hex())
	both("mismatch", mod(func(m *MatchInput) { m.Request.Order.App = e.Pool }), "PocoRequestMismatch",
		"the request is for app "+e.Pool.Hex()+" but the app order is for "+e.App.Hex())
	both("unknown category", mod(func(m *MatchInput) {
		m.Request.Order.Category = big.NewInt(7)
		m.Workerpool.Order.Category = big.NewInt(7)
	}), "PocoUnknownCategory", "there is no category 7: categories go from 0 to 4")
	both("tags", mod(func(m *MatchInput) { m.Request.Order.Tag = protocol.TagGPU }), "PocoTagNotOffered",
		"the task needs [gpu] but the workerpool order offers [none]: the pool lacks [gpu]")

	// Consumed order: the same orders twice.
	deal := must(req.MatchOrders(bg, in))
	if deal.BotSize != 1 {
		t.Fatalf("deal volume %d", deal.BotSize)
	}
	both("consumed", in, "PocoOrderConsumed",
		"the request order "+req.HashRequestOrder(in.Request.Order).Hex()+" has no volume left: its 1 task(s) were all used by deals, or it was cancelled")
}

// The exact sentence for a requester without enough free balance.
func TestInsufficientBalanceSentence(t *testing.T) {
	e := env(t)
	requester := client(t, e, e.Owner) // the deployer: tokens, nothing deposited
	must(requester.Deposit(bg, RLC(12)))
	app := client(t, e, e.AppOwner)
	pool := client(t, e, e.PoolOwner)
	ao := must(app.SignAppOrder(NewAppOrder(e.App, RLC(10), 5)))
	wo := must(pool.SignWorkerpoolOrder(NewWorkerpoolOrder(e.Pool, RLC(30), 5, 0, 1)))
	ro := must(requester.SignRequestOrder(RequestFor(requester.Address(), ao.Order, nil, wo.Order, 1)))
	in := MatchInput{App: ao, Workerpool: wo, Request: ro}
	const want = "your free balance is 12 RLC; this needs 40 RLC: deposit 28 more (poco account deposit 28)"
	for _, skip := range []bool{false, true} {
		requester.skipPrecheck = skip
		_, err := requester.MatchOrders(bg, in)
		if msg := wantCode(t, err, "PocoInsufficientFreeBalance"); msg != want {
			t.Fatalf("skip checks %v: %q\nwant %q", skip, msg, want)
		}
	}
	requester.skipPrecheck = false
	// Someone else matching the requester's orders hears about the requester.
	other := client(t, e, e.Workers[0])
	_, err := other.MatchOrders(bg, in)
	wantContains(t, wantCode(t, err, "PocoInsufficientFreeBalance"),
		"the free balance of the requester "+requester.Address().Hex()+" is 12 RLC; this needs 40 RLC: it must deposit 28 more")
	// A sponsor pays instead: the match goes through.
	deal := must(other.SponsorMatchOrders(bg, in))
	if deal.Sponsor != other.Address() || deal.Requester != requester.Address() {
		t.Fatalf("sponsored deal %+v", deal)
	}
	// The pool owner's stake: 30 % of 30 RLC per task.
	must(pool.Withdraw(bg, must(pool.Account(bg, pool.Address())).Free))
	ro2 := must(requester.SignRequestOrder(RequestFor(requester.Address(), ao.Order, nil, wo.Order, 1)))
	_, err = other.SponsorMatchOrders(bg, MatchInput{App: ao, Workerpool: wo, Request: ro2})
	wantContains(t, wantCode(t, err, "PocoInsufficientFreeBalance"), "the free balance of the workerpool owner "+pool.Address().Hex()+" is 0 RLC; this needs 9 RLC")
}
