package sms

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
)

// smsEnv is a chain with the protocol deployed, an SMS on an SQLite store and its HTTP
// API, and the real client.
type smsEnv struct {
	t      *testing.T
	e      *pocotest.Env
	reader *sdk.Client
	store  Store
	keys   *Keyring
	keyPth string
	svc    *Service
	srv    *httptest.Server
	c      *api.Client
}

func newSMSEnv(t *testing.T, dsn ...string) *smsEnv {
	t.Helper()
	e := pocotest.New(t, pocotest.Options{Workers: 2})
	reader, err := sdk.New(bg, e.Client, e.D.Hub, sdk.WithMiner(func() { e.Commit() }), sdk.WithPollInterval(5*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	keys, keyPath := testKeyring(t)
	path := filepath.Join(t.TempDir(), "sms.db")
	if len(dsn) > 0 {
		path = dsn[0]
	}
	x := &smsEnv{t: t, e: e, reader: reader, keys: keys, keyPth: keyPath, store: openTestStore(t, path)}
	x.svc, x.srv, x.c = x.start(Config{InsecureDevAttestation: true})
	return x
}

// start starts another SMS on the same chain and store with cfg's other fields.
func (x *smsEnv) start(cfg Config) (*Service, *httptest.Server, *api.Client) {
	x.t.Helper()
	cfg.Chain, cfg.Store, cfg.Keys = x.reader, x.store, x.keys
	svc, err := New(cfg)
	if err != nil {
		x.t.Fatal(err)
	}
	srv := httptest.NewServer(svc.Handler())
	x.t.Cleanup(srv.Close)
	return svc, srv, api.NewClient(srv.URL, nil)
}

func signer(a *chaintest.Account) api.Signer { return sdk.KeySigner{Key: a.Key} }

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if err == nil {
		t.Fatalf("accepted; want refusal with code %s", code)
	}
	if !api.IsCode(err, code) {
		t.Fatalf("refused with %v; want code %s", err, code)
	}
	t.Logf("refused as expected (%s): %v", code, err)
}

// rawWrite PUTs a write as given.
func (x *smsEnv) rawWrite(srvURL string, tg api.Target, w api.Write) error {
	b, _ := json.Marshal(w)
	req, _ := http.NewRequest(http.MethodPut, srvURL+tg.Path(), bytes.NewReader(b))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == 204 {
		return nil
	}
	var e api.Error
	body, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(body, &e)
	return &api.RefusedError{Status: resp.StatusCode, Code: e.Code, Msg: e.Error}
}

// signedWrite builds a write of value to tg by s over a fresh challenge.
func (x *smsEnv) signedWrite(s api.Signer, tg api.Target, value string) api.Write {
	x.t.Helper()
	st, err := x.c.Status(bg)
	if err != nil {
		x.t.Fatal(err)
	}
	ch, err := x.c.Challenge(bg, s.Address())
	if err != nil {
		x.t.Fatal(err)
	}
	sig, err := api.SignText(s, api.WriteMessage(st.ChainID, st.Hub, tg, sha256.Sum256([]byte(value)), ch.Challenge))
	if err != nil {
		x.t.Fatal(err)
	}
	return api.Write{Value: value, Signer: s.Address(), Challenge: ch.Challenge, Signature: sig}
}

func (x *smsEnv) has(tg api.Target) bool {
	x.t.Helper()
	ok, err := x.c.Has(bg, tg)
	if err != nil {
		x.t.Fatal(err)
	}
	return ok
}

func TestWrites(t *testing.T) {
	for _, k := range storeKinds {
		t.Run(k.name, func(t *testing.T) { testWrites(t, newSMSEnv(t, k.dsn(t))) })
	}
}

func testWrites(t *testing.T, x *smsEnv) {
	e := x.e
	dsKey := api.Target{Kind: api.KindDatasetKey, Owner: e.Dataset}
	key := strings.Repeat("5a", 32)

	if x.has(dsKey) {
		t.Fatal("HEAD before any write: exists")
	}
	if err := x.c.Push(bg, signer(e.DatasetOwner), dsKey, key); err != nil {
		t.Fatalf("owner pushes the dataset key: %v", err)
	}
	if !x.has(dsKey) {
		t.Fatal("HEAD after the write: missing")
	}
	wantCode(t, x.c.Push(bg, signer(e.Requester), dsKey, key), api.CodeNotOwner)
	wantCode(t, x.c.Push(bg, signer(e.Requester), api.Target{Kind: api.KindDatasetKey, Owner: common.HexToAddress("0x1234")}, key), api.CodeNotFound)

	// App secret by the app's owner only.
	appSecret := api.Target{Kind: api.KindAppSecret, Owner: e.App}
	wantCode(t, x.c.Push(bg, signer(e.DatasetOwner), appSecret, "app"), api.CodeNotOwner)
	if err := x.c.Push(bg, signer(e.AppOwner), appSecret, "app secret value"); err != nil {
		t.Fatal(err)
	}
	// Requester secrets and result keys by the address itself.
	reqSecret := api.Target{Kind: api.KindRequesterSecret, Owner: e.Requester.Address, Name: "API"}
	wantCode(t, x.c.Push(bg, signer(e.AppOwner), reqSecret, "x"), api.CodeNotOwner)
	if err := x.c.Push(bg, signer(e.Requester), reqSecret, "first"); err != nil {
		t.Fatal(err)
	}
	if err := x.c.Push(bg, signer(e.Requester), reqSecret, "second value"); err != nil {
		t.Fatalf("replace: %v", err)
	}
	if v, _, _ := x.svc.secret(bg, api.KindRequesterSecret, e.Requester.Address, "API"); v != "second value" {
		t.Fatalf("replaced value: %q", v)
	}
	resKey := api.Target{Kind: api.KindResultKey, Owner: e.Requester.Address}
	rk, _ := crypto.GenerateKey()
	if err := x.c.Push(bg, signer(e.Requester), resKey, hex.EncodeToString(crypto.FromECDSAPub(&rk.PublicKey))); err != nil {
		t.Fatal(err)
	}

	// The dataset moves to the requester: the old owner is refused, the new one accepted.
	id := new(big.Int).SetBytes(e.Dataset[:])
	e.SendTo(e.DatasetOwner, e.D.DatasetRegistry, e.DatasetsABI.PackTransferFrom(e.DatasetOwner.Address, e.Requester.Address, id))
	wantCode(t, x.c.Push(bg, signer(e.DatasetOwner), dsKey, key), api.CodeNotOwner)
	newKey := strings.Repeat("6b", 32)
	if err := x.c.Push(bg, signer(e.Requester), dsKey, newKey); err != nil {
		t.Fatalf("new owner: %v", err)
	}
	if v, _, _ := x.svc.secret(bg, api.KindDatasetKey, e.Dataset, ""); v != newKey {
		t.Fatalf("dataset key after the new owner's write: %q", v)
	}

	// A reused challenge.
	w := x.signedWrite(signer(e.Requester), reqSecret, "v1 stored value")
	if err := x.rawWrite(x.srv.URL, reqSecret, w); err != nil {
		t.Fatal(err)
	}
	wantCode(t, x.rawWrite(x.srv.URL, reqSecret, w), api.CodeChallenge)
	// A challenge issued to someone else.
	w = x.signedWrite(signer(e.Requester), reqSecret, "v2")
	ch, _ := x.c.Challenge(bg, e.AppOwner.Address)
	w.Challenge = ch.Challenge
	w.Signature, _ = api.SignText(signer(e.Requester), api.WriteMessage(x.reader.ChainID().Uint64(), e.D.Hub, reqSecret, sha256.Sum256([]byte("v2")), ch.Challenge))
	wantCode(t, x.rawWrite(x.srv.URL, reqSecret, w), api.CodeChallenge)
	// A forged signature: signed by another key, claiming the requester.
	w = x.signedWrite(signer(e.Requester), reqSecret, "v3")
	w.Signature, _ = api.SignText(signer(e.AppOwner), api.WriteMessage(x.reader.ChainID().Uint64(), e.D.Hub, reqSecret, sha256.Sum256([]byte("v3")), w.Challenge))
	wantCode(t, x.rawWrite(x.srv.URL, reqSecret, w), api.CodeSignature)
	// A signature over another value.
	w = x.signedWrite(signer(e.Requester), reqSecret, "v4")
	w.Value = "v5"
	wantCode(t, x.rawWrite(x.srv.URL, reqSecret, w), api.CodeSignature)
	// Bad values.
	wantCode(t, x.c.Push(bg, signer(e.Requester), dsKey, "not hex"), api.CodeBadRequest)
	wantCode(t, x.c.Push(bg, signer(e.Requester), dsKey, strings.Repeat("ab", 31)), api.CodeBadRequest)
	wantCode(t, x.c.Push(bg, signer(e.Requester), reqSecret, strings.Repeat("x", api.MaxSecretBytes+1)), api.CodeLimit)
	wantCode(t, x.c.Push(bg, signer(e.Requester), reqSecret, ""), api.CodeBadRequest)
	wantCode(t, x.c.Push(bg, signer(e.Requester), api.Target{Kind: api.KindRequesterSecret, Owner: e.Requester.Address, Name: "bad*name"}, "x"), api.CodeBadRequest)
	wantCode(t, x.c.Push(bg, signer(e.Requester), resKey, "04abcd"), api.CodeBadRequest)

	// GET never reads a secret back.
	resp, err := http.Get(x.srv.URL + reqSecret.Path())
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 {
		t.Fatalf("GET a secret: %s", resp.Status)
	}

	// The database holds only ciphertext.
	db := x.store.(*sqlStore).db
	rows, err := db.Query(`SELECT kind, owner, name, ciphertext, nonce FROM secrets`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var kind, owner, name string
		var ct, nonce []byte
		if err := rows.Scan(&kind, &owner, &name, &ct, &nonce); err != nil {
			t.Fatal(err)
		}
		n++
		all := bytes.Join([][]byte{ct, nonce}, nil) // kind, owner and name are the row's key, not secret
		for _, secret := range []string{newKey, "app secret value", "v1 stored value", "second value"} {
			raw, _ := hex.DecodeString(secret)
			if bytes.Contains(all, []byte(secret)) || (len(raw) > 0 && bytes.Contains(all, raw)) {
				t.Fatalf("row %s %s/%s holds the secret %q in clear", kind, owner, name, secret)
			}
		}
	}
	rows.Close()
	if n != 4 {
		t.Fatalf("%d rows, want 4", n)
	}

	if got := x.svc.Status().MasterKeyVersion; got != 1 {
		t.Fatalf("master key version %d", got)
	}
}

func TestServiceRotation(t *testing.T) {
	x := newSMSEnv(t)
	e := x.e
	tg := api.Target{Kind: api.KindAppSecret, Owner: e.App}
	if err := x.c.Push(bg, signer(e.AppOwner), tg, "before rotation"); err != nil {
		t.Fatal(err)
	}
	// Rotate the key file: versions 1 and 2; a restarted SMS uses 2.
	if v, err := Rotate(x.keyPth); err != nil || v != 2 {
		t.Fatalf("rotate: %d %v", v, err)
	}
	k2, err := LoadKeyring(x.keyPth)
	if err != nil {
		t.Fatal(err)
	}
	x.keys = k2
	svc, _, c := x.start(Config{InsecureDevAttestation: true})
	if st, _ := c.Status(bg); st.MasterKeyVersion != 2 {
		t.Fatalf("status after rotation: %+v", st)
	}
	if v, ok, err := svc.secret(bg, api.KindAppSecret, e.App, ""); err != nil || !ok || v != "before rotation" {
		t.Fatalf("old secret after rotation: %q %v %v", v, ok, err)
	}
	if n, err := svc.Reencrypt(bg); err != nil || n != 1 {
		t.Fatalf("reencrypt: %d %v", n, err)
	}
	if r, _ := x.store.GetSecret(bg, api.KindAppSecret, e.App, ""); r.KeyVersion != 2 {
		t.Fatalf("rewrapped under v%d", r.KeyVersion)
	}
	if v, _, err := svc.secret(bg, api.KindAppSecret, e.App, ""); err != nil || v != "before rotation" {
		t.Fatalf("rewrapped secret: %q %v", v, err)
	}
}

func TestHTTPMisc(t *testing.T) {
	x := newSMSEnv(t)
	st, err := x.c.Status(bg)
	if err != nil || st.ChainID != x.reader.ChainID().Uint64() || st.Hub != x.e.D.Hub || !st.InsecureDevAttestation ||
		st.MasterKeyVersion != 1 || !contains(st.Formats, attest.FormatDev) {
		t.Fatalf("status: %+v %v", st, err)
	}
	_ = x.c.Push(bg, signer(x.e.AppOwner), api.Target{Kind: api.KindAppSecret, Owner: x.e.App}, "s")
	for path, want := range map[string]string{
		api.PathHealth:  `"ok":true`,
		api.PathMetrics: `poco_sms_secrets{kind="app-secret"} 1`,
		api.PathOpenAPI: `"openapi": "3.0.3"`,
	} {
		resp, err := http.Get(x.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Fatalf("GET %s: %s\n%s", path, resp.Status, b)
		}
		if path == api.PathMetrics && !strings.Contains(string(b), `poco_sms_http_requests_total{route="POST /v1/challenges",code="200"}`) {
			t.Fatalf("metrics lack requests by route:\n%s", b)
		}
		if path == api.PathOpenAPI {
			var doc struct {
				OpenAPI string         `json:"openapi"`
				Paths   map[string]any `json:"paths"`
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			for _, p := range []string{api.PathChallenges, api.PathSessions, api.PathStatus, "/v1/datasets/{owner}/key",
				"/v1/apps/{owner}/secret", "/v1/requesters/{owner}/secrets/{name}", "/v1/beneficiaries/{owner}/result-key"} {
				if doc.Paths[p] == nil {
					t.Errorf("openapi lacks %s", p)
				}
			}
		}
	}
	// Open challenges per address are limited.
	_, _, c := x.start(Config{Limits: Limits{OpenChallengesPerAddress: 2}})
	a := common.HexToAddress("0x77")
	for i := 0; i < 2; i++ {
		if _, err := c.Challenge(bg, a); err != nil {
			t.Fatal(err)
		}
	}
	_, err = c.Challenge(bg, a)
	wantCode(t, err, api.CodeLimit)
	// Body size and rate limits.
	_, srv, c := x.start(Config{Limits: Limits{MaxBodyBytes: 100, ClientRate: 1, ClientBurst: 3}})
	err = c.Push(bg, signer(x.e.AppOwner), api.Target{Kind: api.KindAppSecret, Owner: x.e.App}, strings.Repeat("x", 200))
	wantCode(t, err, api.CodeLimit)
	var last error
	for i := 0; i < 5; i++ {
		_, last = api.NewClient(srv.URL, nil).Challenge(bg, a)
	}
	wantCode(t, last, api.CodeLimit)
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func metricsText(t *testing.T, base string) string {
	t.Helper()
	resp, err := http.Get(base + api.PathMetrics)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func TestLoadPolicy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "policy.json")
	pool := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	mrtd := strings.Repeat("ab", 48)
	if err := os.WriteFile(path, []byte(`{"default":{"enclave":{"mrtd":["`+mrtd+`"]}},
		"pools":{"`+pool.Hex()+`":{"tcbStatuses":["UpToDate","SWHardeningNeeded"]}}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := LoadPolicy(path)
	if err != nil {
		t.Fatal(err)
	}
	good := attest.Report{Format: attest.FormatTDX, Measurement: attest.Measurement{MRTD: mrtd}, TCBStatus: "SWHardeningNeeded"}
	if err := p.Check(pool, good, false); err != nil {
		t.Fatalf("pool policy: %v", err)
	}
	if err := p.Check(common.Address{}, good, false); !errors.Is(err, attest.ErrTCB) {
		t.Fatalf("default policy, SWHardeningNeeded: %v", err)
	}
	other := good
	other.Measurement.MRTD = strings.Repeat("cd", 48)
	other.TCBStatus = "UpToDate"
	if err := p.Check(common.Address{}, other, false); !errors.Is(err, attest.ErrMeasurement) {
		t.Fatalf("default policy, other MRTD: %v", err)
	}
	debug := good
	debug.Debug = true
	if err := p.Check(pool, debug, false); !errors.Is(err, attest.ErrDebug) {
		t.Fatalf("debug: %v", err)
	}
	dev := attest.Report{Format: attest.FormatDev, Measurement: attest.Measurement{MRTD: mrtd}, TCBStatus: "Development", Insecure: true}
	if err := p.Check(common.Address{}, dev, false); err == nil {
		t.Fatal("dev report accepted by a secure SMS's policy")
	}
	if err := p.Check(common.Address{}, dev, true); err != nil {
		t.Fatalf("dev report, insecure SMS: %v", err)
	}
	if err := os.WriteFile(path, []byte(`{"defualt":{}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadPolicy(path); err == nil {
		t.Fatal("a misspelt field accepted")
	}
}
