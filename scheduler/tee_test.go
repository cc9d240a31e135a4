package scheduler

import (
	"bytes"
	"crypto/ecdsa"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

var teeTag = protocol.TagTEE.Or(protocol.TagTEETDX)

// matchTEE makes a deal of one task at trust 1 whose tag asks for a TEE (TDX).
func (e *testEnv) matchTEE() *sdk.Deal {
	e.t.Helper()
	o := e.DefaultOrders()
	o.App.Tag, o.Workerpool.Tag, o.Request.Tag = teeTag, teeTag, teeTag
	o.Request.Trust = common.Big1
	bd := e.Match(e.Requester, e.SignAll(o))
	d, err := e.client(nil).Deal(bg, bd.Id)
	if err != nil {
		e.t.Fatalf("deal: %v", err)
	}
	if !d.Tag.HasTEE() {
		e.t.Fatalf("deal tag %s", d.Tag)
	}
	return d
}

// The enclave endpoint signs, for the worker holding a TEE task's replicate, the
// authorization for its enclave (and none at plan time); it refuses everyone else.
func TestEnclaveAuthorization(t *testing.T) {
	e := newTestEnv(t, 2)
	s := e.start(e.config())
	A, B := e.Workers[0], e.Workers[1]
	ca := api.NewClient(s.URL(), nil)
	must(t, errOf(ca.Login(bg, A.Key)))
	must(t, ca.Register(bg, api.Capabilities{Cores: 2, Slots: 4, Executors: []string{"wasm"}, TEE: true}))
	cb := api.NewClient(s.URL(), nil)
	must(t, errOf(cb.Login(bg, B.Key)))
	must(t, cb.Register(bg, api.Capabilities{Cores: 2, Slots: 4, Executors: []string{"wasm"}}))
	stop := make(chan struct{})
	defer close(stop)
	go func() { // heartbeats, so that both stay live
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				ca.Heartbeat(bg)
				cb.Heartbeat(bg)
			}
		}
	}()

	tee := e.matchTEE()
	teeTask := common.Hash(tee.TaskID(tee.BotFirst))
	plain := e.match(1, 1, nil)
	plainTask := common.Hash(plain.TaskID(plain.BotFirst))
	var plainHolder *api.Client
	waitFor(t, 10*time.Second, "both tasks assigned", func() bool {
		_, err := s.st.Assignment(bg, teeTask, A.Address)
		if err != nil {
			return false
		}
		for _, h := range []struct {
			c   *api.Client
			who common.Address
		}{{ca, A.Address}, {cb, B.Address}} {
			if _, err := s.st.Assignment(bg, plainTask, h.who); err == nil {
				plainHolder = h.c
			}
		}
		return plainHolder != nil
	})
	// The TEE job comes without an authorization: one without an enclave is useless.
	work, err := ca.Work(bg, 0)
	must(t, err)
	found := false
	for _, j := range work.Jobs {
		if j.TaskID == teeTask {
			found = true
			if len(j.Authorization) != 0 {
				t.Fatalf("the TEE job carries an authorization without enclave")
			}
		}
	}
	if !found {
		t.Fatalf("the TEE task is not in its worker's work: %+v", work.Jobs)
	}

	enclave1 := crypto.PubkeyToAddress(mustKey(t).PublicKey)
	auth1, err := ca.Enclave(bg, teeTask, enclave1)
	must(t, err)
	if who, err := protocol.AuthorizationSigner(A.Address, teeTask, enclave1, auth1); err != nil || who != e.PoolOwner.Address {
		t.Fatalf("the authorization recovers %s (%v), want the pool owner %s", who.Hex(), err, e.PoolOwner.Address.Hex())
	}
	again, err := ca.Enclave(bg, teeTask, enclave1)
	must(t, err)
	if !bytes.Equal(again, auth1) {
		t.Fatal("the same enclave got another authorization")
	}
	// A new enclave (the worker restarted): a new authorization, which is stored.
	enclave2 := crypto.PubkeyToAddress(mustKey(t).PublicKey)
	auth2, err := ca.Enclave(bg, teeTask, enclave2)
	must(t, err)
	if who, err := protocol.AuthorizationSigner(A.Address, teeTask, enclave2, auth2); err != nil || who != e.PoolOwner.Address {
		t.Fatalf("the second enclave's authorization recovers %s (%v)", who.Hex(), err)
	}
	if a, err := s.st.Assignment(bg, teeTask, A.Address); err != nil || !bytes.Equal(a.Authorization, auth2) {
		t.Fatalf("stored authorization %x (%v), want the last one", a.Authorization, err)
	}

	// Refusals.
	for _, tc := range []struct {
		name   string
		c      *api.Client
		task   common.Hash
		enc    common.Address
		status int
	}{
		{"a task of no deal", ca, common.HexToHash("0x1234"), enclave1, http.StatusNotFound},
		{"another worker's task", cb, teeTask, enclave1, http.StatusNotFound},
		{"a task that is not TEE", plainHolder, plainTask, enclave1, http.StatusBadRequest},
		{"no enclave", ca, teeTask, common.Address{}, http.StatusBadRequest},
	} {
		if _, err := tc.c.Enclave(bg, tc.task, tc.enc); !api.IsStatus(err, tc.status) {
			t.Errorf("%s: %v, want status %d", tc.name, err, tc.status)
		} else {
			t.Logf("%s: %v", tc.name, err)
		}
	}
	// A replicate withdrawn from its worker gets no more authorizations.
	must(t, s.st.Unassign(bg, teeTask, A.Address, time.Now()))
	if _, err := ca.Enclave(bg, teeTask, enclave1); !api.IsStatus(err, http.StatusConflict) {
		t.Errorf("withdrawn replicate: %v, want 409", err)
	}
	if a, _ := s.st.Assignment(bg, teeTask, A.Address); a.State != store.Lost {
		t.Fatalf("assignment state %s", a.State)
	}
}

func errOf[T any](_ T, err error) error { return err }

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// poolTEEOffer is the pool's open TEE offer of category 0 (nil when none; the newest
// while one replaces another).
func poolTEEOffer(t *testing.T, mc *market.Client, e *testEnv) *market.Order {
	t.Helper()
	cat := uint64(0)
	page, err := mc.Query(bg, sdk.KindWorkerpool, market.Filter{Workerpool: e.Pool, Category: &cat, Limit: market.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	var out *market.Order
	for _, o := range page.Orders {
		if o.Tag.HasTEE() && (out == nil || o.Published.After(out.Published)) {
			out = o
		}
	}
	return out
}

// The pool offers TEE tasks only while a live worker that declares a TEE has a free
// slot: its offer carries the tag TEE|TDX and the TEE workers' free slots.
func TestTEEOfferFollowsTEEWorkers(t *testing.T) {
	e := newTestEnv(t, 2)
	mc := e.startMarket()
	cfg := e.config()
	cfg.HeartbeatTimeout = 700 * time.Millisecond
	cfg.Market = mc
	cfg.Pricing = offers.Fixed{Each: big.NewInt(pocotest.RLC)}
	cfg.OfferInterval = 50 * time.Millisecond
	s := e.start(cfg)

	plainW := e.newWorker(e.Workers[0], s.URL)
	plainW.caps.Queue, plainW.stall = 0, true
	plainW.start()
	waitFor(t, 10*time.Second, "a plain offer", func() bool {
		p, _ := poolOffers(t, mc, e)
		return p != nil
	})
	time.Sleep(300 * time.Millisecond)
	if o := poolTEEOffer(t, mc, e); o != nil {
		t.Fatalf("a TEE offer without a TEE worker: %+v", o)
	}

	teeW := e.newWorker(e.Workers[1], s.URL)
	teeW.caps.Queue, teeW.caps.TEE, teeW.stall = 0, true, true
	teeW.start()
	var o *market.Order
	waitFor(t, 10*time.Second, "a TEE offer", func() bool {
		o = poolTEEOffer(t, mc, e)
		return o != nil
	})
	if o.Tag != offers.TEETag || o.Remaining != 1 {
		t.Fatalf("TEE offer tag %s volume %d, want %s and 1 (the TEE worker's one proven slot)", o.Tag, o.Remaining, offers.TEETag)
	}
	teeW.stop()
	waitFor(t, 10*time.Second, "the TEE offer withdrawn", func() bool { return poolTEEOffer(t, mc, e) == nil })
	if p, _ := poolOffers(t, mc, e); p == nil {
		t.Fatal("the plain offer left with the TEE worker")
	}
}
