package sms

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/sms/seal"
)

var tagTEETDX = protocol.MustParseTag("0x9")

// createTEEApp registers an app whose enclave description allows desc.
func (x *smsEnv) createTEEApp(name string, desc attest.EnclaveDescription) common.Address {
	x.t.Helper()
	e := x.e
	mr, _ := json.Marshal(desc)
	r := e.SendTo(e.AppOwner, e.D.AppRegistry, e.AppsABI.PackCreateApp(e.AppOwner.Address, name, "OCI",
		[]byte("/ipfs/bafkreitee"+name), crypto.Keccak256Hash([]byte(name)), mr))
	transfer := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	for _, l := range r.Logs {
		if l.Address == e.D.AppRegistry && len(l.Topics) == 4 && l.Topics[0] == transfer {
			return common.BytesToAddress(l.Topics[3].Bytes())
		}
	}
	x.t.Fatal("no app minted")
	return common.Address{}
}

// teeDeal matches a deal of volume 2 for app with e.Dataset (withDataset) and params,
// tagged tag (request and pool; the app order too when tee).
func (x *smsEnv) deal(app common.Address, tag protocol.Tag, params string) common.Hash {
	x.t.Helper()
	e := x.e
	o := e.DatasetOrders()
	o.App.App, o.Request.App = app, app
	o.App.Tag, o.Workerpool.Tag, o.Request.Tag = tag, tag, tag
	o.Request.Params = params
	o.Request.Volume = big.NewInt(2)
	d := e.Match(e.Requester, e.SignAll(o))
	return d.Id
}

// session builds a signed session request; tweak may change it before the worker signs.
type sessionOpts struct {
	worker      *chaintest.Account
	deal        common.Hash
	idx         uint64
	enclaveKey  *ecdsa.PrivateKey
	authWorker  *common.Address // default: worker
	authEnclave *common.Address // default: the enclave key's address
	provider    attest.Provider // default: DevProvider
	reportNonce *common.Hash    // default: the nonce sent
	client      *api.Client     // default: x.c
}

func (x *smsEnv) request(o sessionOpts) api.SessionRequest {
	x.t.Helper()
	c := o.client
	if c == nil {
		c = x.c
	}
	st, err := c.Status(bg)
	if err != nil {
		x.t.Fatal(err)
	}
	nonce, err := c.Challenge(bg, o.worker.Address)
	if err != nil {
		x.t.Fatal(err)
	}
	task := protocol.TaskID(o.deal, o.idx)
	enclave := crypto.PubkeyToAddress(o.enclaveKey.PublicKey)
	aw, ae := o.worker.Address, enclave
	if o.authWorker != nil {
		aw = *o.authWorker
	}
	if o.authEnclave != nil {
		ae = *o.authEnclave
	}
	auth, err := protocol.SignAuthorization(x.e.PoolOwner.Key, aw, task, ae)
	if err != nil {
		x.t.Fatal(err)
	}
	p := o.provider
	if p == nil {
		p = attest.DevProvider{}
	}
	rn := nonce.Challenge
	if o.reportNonce != nil {
		rn = *o.reportNonce
	}
	ev, err := p.Evidence(bg, attest.ReportData(st.ChainID, task, enclave, rn))
	if err != nil {
		x.t.Fatal(err)
	}
	r := api.SessionRequest{Deal: o.deal, Index: o.idx, Worker: o.worker.Address,
		EnclavePublicKey: crypto.FromECDSAPub(&o.enclaveKey.PublicKey), Authorization: auth,
		Nonce: nonce.Challenge, Evidence: ev}
	if err := api.SignSession(signer(o.worker), st, &r); err != nil {
		x.t.Fatal(err)
	}
	return r
}

func TestSessions(t *testing.T) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { testSessions(t, newSMSEnv(t, k.dsn(t))) })
	}
}

func testSessions(t *testing.T, x *smsEnv) {
	e := x.e
	teeApp := x.createTEEApp("tee-app", attest.EnclaveDescription{Framework: "tdx", MRTD: []string{attest.DefaultDevMeasurement.MRTD}})

	// Secrets: the dataset key, an app secret, the requester's API secret, its result key.
	dsKey := strings.Repeat("c3", 32)
	resultKey, _ := crypto.GenerateKey()
	resultPub := hex.EncodeToString(crypto.FromECDSAPub(&resultKey.PublicKey))
	for _, p := range []struct {
		s   *chaintest.Account
		t   api.Target
		val string
	}{
		{e.DatasetOwner, api.Target{Kind: api.KindDatasetKey, Owner: e.Dataset}, dsKey},
		{e.AppOwner, api.Target{Kind: api.KindAppSecret, Owner: teeApp}, "app developer secret"},
		{e.Requester, api.Target{Kind: api.KindRequesterSecret, Owner: e.Requester.Address, Name: "API"}, "api token 42"},
		{e.Requester, api.Target{Kind: api.KindResultKey, Owner: e.Requester.Address}, resultPub},
	} {
		if err := x.c.Push(bg, signer(p.s), p.t, p.val); err != nil {
			t.Fatalf("push %s: %v", p.t, err)
		}
	}

	dealID := x.deal(teeApp, tagTEETDX, `{"secrets":["API"],"encrypt_result":true}`)
	workerA, workerB := e.Workers[0], e.Workers[1]
	enclaveKey, _ := crypto.GenerateKey()
	ok := sessionOpts{worker: workerA, deal: dealID, idx: 1, enclaveKey: enclaveKey}

	// The whole path: sealed secrets that only the enclave key opens.
	req := x.request(ok)
	resp, err := x.c.OpenSession(bg, req)
	if err != nil {
		t.Fatalf("open session: %v", err)
	}
	if resp.Task != protocol.TaskID(dealID, 1) || resp.Format != attest.FormatDev || !resp.Insecure || resp.TCBStatus != "Development" {
		t.Fatalf("response: %+v", resp)
	}
	plain, err := seal.Open(enclaveKey, resp.Sealed)
	if err != nil {
		t.Fatalf("open the sealed secrets: %v", err)
	}
	var got api.Secrets
	if err := json.Unmarshal(plain, &got); err != nil {
		t.Fatal(err)
	}
	want := api.Secrets{DatasetKey: dsKey, AppSecret: "app developer secret",
		RequesterSecrets: []api.NamedSecret{{Name: "API", Value: "api token 42"}}, ResultKey: resultPub}
	if gb, wb := mustJSON(got), mustJSON(want); gb != wb {
		t.Fatalf("secrets:\n got %s\nwant %s", gb, wb)
	}
	if k, _ := seal.ParseKey(got.DatasetKey); hex.EncodeToString(k[:]) != dsKey {
		t.Fatal("dataset key does not parse back")
	}
	other, _ := crypto.GenerateKey()
	if _, err := seal.Open(other, resp.Sealed); err == nil {
		t.Fatal("another key opens the sealed secrets")
	}

	// The same request replayed.
	_, err = x.c.OpenSession(bg, req)
	wantCode(t, err, api.CodeChallenge)

	// The same request sent many times at once: one session only.
	req = x.request(ok)
	results := make(chan error, 6)
	for range 6 {
		go func() { _, err := x.c.OpenSession(bg, req); results <- err }()
	}
	opened := 0
	for range 6 {
		if err := <-results; err == nil {
			opened++
		} else if !api.IsCode(err, api.CodeChallenge) {
			t.Fatalf("concurrent replay refused with %v", err)
		}
	}
	if opened != 1 {
		t.Fatalf("%d sessions opened by one request sent 6 times at once", opened)
	}

	// Another worker: the authorization names worker A, the request comes from B.
	aAddr := workerA.Address
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerB, deal: dealID, idx: 1, enclaveKey: enclaveKey, authWorker: &aAddr}))
	wantCode(t, err, api.CodeAuthorization)

	// An authorization for another enclave.
	otherEnclave := crypto.PubkeyToAddress(other.PublicKey)
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: dealID, idx: 1, enclaveKey: enclaveKey, authEnclave: &otherEnclave}))
	wantCode(t, err, api.CodeAuthorization)

	// An authorization signed by someone else than the pool owner.
	r := x.request(ok)
	r.Authorization, _ = protocol.SignAuthorization(e.Requester.Key, workerA.Address, protocol.TaskID(dealID, 1), crypto.PubkeyToAddress(enclaveKey.PublicKey))
	_ = api.SignSession(signer(workerA), mustStatus(t, x.c), &r)
	_, err = x.c.OpenSession(bg, r)
	wantCode(t, err, api.CodeAuthorization)

	// Evidence over another nonce.
	otherNonce := common.HexToHash("0x1234")
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: dealID, idx: 1, enclaveKey: enclaveKey, reportNonce: &otherNonce}))
	wantCode(t, err, api.CodeAttestation)

	// Evidence made for another enclave key, sent with this one.
	r = x.request(ok)
	st := mustStatus(t, x.c)
	r.Evidence, _ = attest.DevProvider{}.Evidence(bg, attest.ReportData(st.ChainID, protocol.TaskID(dealID, 1), otherEnclave, r.Nonce))
	_ = api.SignSession(signer(workerA), st, &r)
	_, err = x.c.OpenSession(bg, r)
	wantCode(t, err, api.CodeAttestation)

	// The worker's signature: by another key, or over another request.
	r = x.request(ok)
	_ = api.SignSession(signer(workerB), st, &r)
	_, err = x.c.OpenSession(bg, r)
	wantCode(t, err, api.CodeSignature)
	r = x.request(ok)
	r.Index = 0
	_, err = x.c.OpenSession(bg, r)
	wantCode(t, err, api.CodeSignature)

	// A nonce issued to another address.
	r = x.request(ok)
	ch, _ := x.c.Challenge(bg, workerB.Address)
	r.Nonce = ch.Challenge
	_ = api.SignSession(signer(workerA), st, &r)
	_, err = x.c.OpenSession(bg, r)
	wantCode(t, err, api.CodeChallenge)

	// Dev evidence at an SMS without the insecure flag.
	_, _, secure := x.start(Config{})
	if st, _ := secure.Status(bg); st.InsecureDevAttestation || contains(st.Formats, attest.FormatDev) {
		t.Fatalf("secure SMS status: %+v", st)
	}
	_, err = secure.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: dealID, idx: 1, enclaveKey: enclaveKey, client: secure}))
	wantCode(t, err, api.CodeAttestation)

	// A measurement the app does not allow.
	bad := attest.DefaultDevMeasurement
	bad.MRTD = strings.Repeat("ee", 48)
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: dealID, idx: 1, enclaveKey: enclaveKey, provider: attest.DevProvider{Measurement: bad}}))
	wantCode(t, err, api.CodeMeasurement)

	// A measurement the app allows but the pool policy does not.
	_, _, strict := x.start(Config{InsecureDevAttestation: true, Policy: Policy{Pools: map[common.Address]PoolPolicy{
		e.Pool: {Enclave: attest.EnclaveDescription{RTMR3: []string{strings.Repeat("11", 48)}}}}}})
	_, err = strict.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: dealID, idx: 1, enclaveKey: enclaveKey, client: strict}))
	wantCode(t, err, api.CodeMeasurement)

	// Apps without a TDX enclave description, in TEE deals.
	plainApp := x.createTEEApp("no-desc", attest.EnclaveDescription{Framework: "scone"})
	sconeDeal := x.deal(plainApp, tagTEETDX, "")
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: sconeDeal, idx: 0, enclaveKey: enclaveKey}))
	wantCode(t, err, api.CodeMeasurement)

	noDescDeal := x.deal(e.App, tagTEETDX, "") // e.App registered no enclave description
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: noDescDeal, idx: 0, enclaveKey: enclaveKey}))
	wantCode(t, err, api.CodeMeasurement)

	// A non-TEE deal using the same dataset.
	nonTEE := x.deal(e.App, protocol.Tag{}, `{"secrets":["API"]}`)
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: nonTEE, idx: 0, enclaveKey: enclaveKey}))
	wantCode(t, err, api.CodeNotTEE)

	// A requester secret nobody pushed; a result key nobody pushed.
	missing := x.deal(teeApp, tagTEETDX, `{"secrets":["API","NOPE"]}`)
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: missing, idx: 0, enclaveKey: enclaveKey}))
	wantCode(t, err, api.CodeMissingSecret)
	if !strings.Contains(err.Error(), "NOPE") {
		t.Fatalf("the refusal does not name the secret: %v", err)
	}

	// An index beyond the deal's bag, and an unknown deal.
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: dealID, idx: 2, enclaveKey: enclaveKey}))
	wantCode(t, err, api.CodeTaskClosed)
	_, err = x.c.OpenSession(bg, x.request(sessionOpts{worker: workerA, deal: common.HexToHash("0xdead"), idx: 0, enclaveKey: enclaveKey}))
	wantCode(t, err, api.CodeTaskClosed)

	// The task is still open: another session for it works.
	if _, err := x.c.OpenSession(bg, x.request(ok)); err != nil {
		t.Fatalf("second session: %v", err)
	}

	// Past the contribution deadline.
	e.AdjustTime(8 * 3600 * time.Second)
	_, err = x.c.OpenSession(bg, x.request(ok))
	wantCode(t, err, api.CodeTaskClosed)

	// Metrics count sessions opened and refused by code.
	m := metricsText(t, x.srv.URL)
	for _, w := range []string{"poco_sms_sessions_opened_total 3", `poco_sms_sessions_refused_total{code="authorization"} 3`,
		`poco_sms_sessions_refused_total{code="not-tee"} 1`} {
		if !strings.Contains(m, w) {
			t.Errorf("metrics lack %s:\n%s", w, m)
		}
	}
}

func mustJSON(v any) string { b, _ := json.Marshal(v); return string(b) }

func mustStatus(t *testing.T, c *api.Client) api.Status {
	t.Helper()
	st, err := c.Status(bg)
	if err != nil {
		t.Fatal(err)
	}
	return st
}
