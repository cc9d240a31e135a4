package worker

import (
	"archive/tar"
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/result"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/sms"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/sms/seal"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

// teeTag is what TEE apps and pools declare: TEE with the TDX framework.
var teeTag = protocol.TagTEE.Or(protocol.TagTEETDX)

// startSMS runs the secret management service (package sms) on te's chain, accepting
// development evidence, and returns its client.
func startSMS(t *testing.T, te *testEnv) *smsapi.Client {
	t.Helper()
	st := must(sms.OpenStore(bg, filepath.Join(t.TempDir(), "sms.db")))
	t.Cleanup(func() { st.Close() })
	keys := must(sms.ParseKeyring("1:" + strings.Repeat("ab", 32)))
	chain := must(sdk.New(bg, te.e.Client, te.e.D.Hub))
	svc := must(sms.New(sms.Config{Chain: chain, Store: st, Keys: keys, InsecureDevAttestation: true}))
	srv := httptest.NewServer(svc.Handler())
	t.Cleanup(srv.Close)
	return smsapi.NewClient(srv.URL, nil)
}

// untar reads a tar's regular files.
func untar(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	tr := tar.NewReader(bytes.NewReader(b))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out[h.Name] = must(io.ReadAll(tr))
	}
}

// A TEE deal end to end with the real SMS: the worker makes an enclave key, gets the
// scheduler's authorization for it, attests (development evidence) to the SMS and gets
// the secrets; the app reads the decrypted dataset and the secrets; the result is
// encrypted to the beneficiary's key; contributeAndFinalize carries the enclave's
// signature, which the chain checks (a TEE deal needs one).
func TestTEEDealWithEncryptedDatasetAndResult(t *testing.T) {
	te := newEnv(t, 1)
	wacc := te.e.Workers[0]
	smsc := startSMS(t, te)

	code := readApp(t, "./testdata/teeapp")
	app := must(te.dev.CreateApp(bg, sdk.AppSpec{Name: "tee-app", Type: "WASM", Multiaddr: te.put(code),
		Checksum: sha256.Sum256(code), MrEnclave: []byte(`{"framework":"tdx"}`)}))
	dsKey := must(seal.NewKey())
	enc := must(seal.EncryptDataset(dsKey, []byte("confidential rows")))
	dsOwner := te.client(te.e.DatasetOwner)
	ds := must(dsOwner.CreateDataset(bg, sdk.DatasetSpec{Name: "secret rows", Multiaddr: te.put(enc), Checksum: sha256.Sum256(enc)}))
	beneficiary := must(crypto.GenerateKey())
	reqAddr := te.req.Address()
	for _, p := range []struct {
		who   *ecdsa.PrivateKey
		t     smsapi.Target
		value string
	}{
		{te.e.DatasetOwner.Key, smsapi.Target{Kind: smsapi.KindDatasetKey, Owner: ds}, hex.EncodeToString(dsKey[:])},
		{te.e.AppOwner.Key, smsapi.Target{Kind: smsapi.KindAppSecret, Owner: app}, "app-dev-secret"},
		{te.e.Requester.Key, smsapi.Target{Kind: smsapi.KindRequesterSecret, Owner: reqAddr, Name: "token"}, "s3cr3t-token"},
		{te.e.Requester.Key, smsapi.Target{Kind: smsapi.KindResultKey, Owner: reqAddr},
			hex.EncodeToString(seal.MarshalPublicKey(&beneficiary.PublicKey))},
	} {
		if err := smsc.Push(bg, sdk.KeySigner{Key: p.who}, p.t, p.value); err != nil {
			t.Fatalf("pushing %s: %v", p.t, err)
		}
	}

	ao := sdk.NewAppOrder(app, sdk.RLC(1), 10)
	ao.Tag = teeTag
	sao := must(te.dev.SignAppOrder(ao))
	sdo := must(dsOwner.SignDatasetOrder(sdk.NewDatasetOrder(ds, sdk.RLC(1), 10)))
	wo := sdk.NewWorkerpoolOrder(te.e.Pool, sdk.RLC(10), 10, 0, 10)
	wo.Tag = teeTag
	swo := must(te.pool.SignWorkerpoolOrder(wo))
	ro := sdk.RequestFor(reqAddr, sao.Order, &sdo.Order, swo.Order, 1)
	ro.Trust, ro.Tag = big.NewInt(1), teeTag
	ro.Params = api.Params{Secrets: []string{"token"}, EncryptResult: true}.String()
	sro := must(te.req.SignRequestOrder(ro))
	deal := must(te.req.MatchOrders(bg, sdk.MatchInput{App: sao, Dataset: &sdo, Workerpool: swo, Request: sro}))
	if !deal.Tag.HasTEE() {
		t.Fatalf("deal tag %s has no TEE bit", deal.Tag)
	}

	cfg := te.config(wacc, t.TempDir())
	cfg.TEE, cfg.SMS = attest.DevProvider{}, smsc
	w := te.start(cfg)
	if !w.Capabilities().TEE {
		t.Fatal("a worker with a TEE provider and an SMS does not declare a TEE")
	}
	te.sched.waitFor("the worker to register with a TEE", func() bool { return te.sched.caps[wacc.Address].TEE })

	j := te.sched.job(deal, deal.BotFirst, wacc.Address, true)
	j.Authorization = nil // a TEE task's job comes without one: the worker asks for its enclave's
	te.sched.give(wacc.Address, api.Work{Jobs: []api.Job{j}})
	rep := te.sched.waitReport(wacc.Address, j.TaskID, api.StepFinalized)

	tk := must(te.pool.TaskOf(bg, deal, deal.BotFirst))
	if tk.Status != sdk.TaskCompleted {
		t.Fatalf("task %s on chain, want COMPLETED", tk.Status)
	}
	te.sched.mu.Lock()
	enclaves := append([]common.Address(nil), te.sched.enclaves...)
	te.sched.mu.Unlock()
	if len(enclaves) != 1 {
		t.Fatalf("the worker asked for %d enclave authorizations, want 1", len(enclaves))
	}

	// The uploaded result: computed.json and result.enc, whose sha256 is the digest on
	// chain; only the beneficiary's key opens it.
	c := must(storage.ParseResult(rep.Results))
	rc := must(te.store.Get(bg, c))
	files := untar(t, must(io.ReadAll(rc)))
	rc.Close()
	sealed, ok := files[job.EncryptedFile]
	if len(files) != 2 || !ok || files[result.ComputedJSON] == nil {
		t.Fatalf("the uploaded result holds %d files, want %s and %s", len(files), result.ComputedJSON, job.EncryptedFile)
	}
	if tk.ResultDigest != common.Hash(sha256.Sum256(sealed)) {
		t.Fatalf("digest on chain %s is not sha256 of the encrypted result", tk.ResultDigest.Hex())
	}
	if _, err := seal.OpenResult(must(crypto.GenerateKey()), sealed); err == nil {
		t.Fatal("another key opened the result")
	}
	plain := untar(t, must(seal.OpenResult(beneficiary, sealed)))
	want := "dataset: confidential rows\napp secret: app-dev-secret\nrequester secret 1: s3cr3t-token\nrequester secret 2: \n"
	if got := string(plain["result.txt"]); got != want {
		t.Fatalf("the app wrote %q, want %q", got, want)
	}
	if bytes.Contains(sealed, []byte("confidential rows")) {
		t.Fatal("the uploaded result holds the plain dataset")
	}
}

// Secrets and encrypted results need a TEE deal; a TEE deal needs a TEE worker. Each is
// refused at once with its sentence (StepFailed: the scheduler gives the replicate to
// another worker).
func TestConfidentialRefusals(t *testing.T) {
	te := newEnv(t, 1)
	wacc := te.e.Workers[0]
	te.start(te.config(wacc, t.TempDir())) // no TEE provider

	// A deal without TEE whose params name secrets.
	ao := must(te.dev.SignAppOrder(sdk.NewAppOrder(te.hello, sdk.RLC(1), 100)))
	wo := sdk.NewWorkerpoolOrder(te.e.Pool, sdk.RLC(10), 100, 0, 10)
	wo.Tag = teeTag
	swo := must(te.pool.SignWorkerpoolOrder(wo))
	ro := sdk.RequestFor(te.req.Address(), ao.Order, nil, swo.Order, 1)
	ro.Params = api.Params{Args: "x", Secrets: []string{"token"}}.String()
	plain := must(te.req.MatchOrders(bg, sdk.MatchInput{App: ao, Workerpool: swo, Request: must(te.req.SignRequestOrder(ro))}))

	// A TEE deal.
	code := readApp(t, "./testdata/teeapp")
	app := must(te.dev.CreateApp(bg, sdk.AppSpec{Name: "tee-app", Type: "WASM", Multiaddr: te.put(code),
		Checksum: sha256.Sum256(code), MrEnclave: []byte(`{"framework":"tdx"}`)}))
	tao := sdk.NewAppOrder(app, sdk.RLC(1), 10)
	tao.Tag = teeTag
	stao := must(te.dev.SignAppOrder(tao))
	tro := sdk.RequestFor(te.req.Address(), stao.Order, nil, swo.Order, 1)
	tee := must(te.req.MatchOrders(bg, sdk.MatchInput{App: stao, Workerpool: swo, Request: must(te.req.SignRequestOrder(tro))}))

	te.sched.waitFor("the worker to register", func() bool { _, ok := te.sched.caps[wacc.Address]; return ok })
	if te.sched.caps[wacc.Address].TEE {
		t.Fatal("a worker without a TEE provider declares a TEE")
	}
	for _, tc := range []struct {
		deal *sdk.Deal
		want string
	}{
		{plain, "secrets and encrypted results need a TEE deal: add the tag tee,tdx"},
		{tee, "this worker has no attestation provider"},
	} {
		j := te.sched.job(tc.deal, tc.deal.BotFirst, wacc.Address, true)
		te.sched.give(wacc.Address, api.Work{Jobs: []api.Job{j}})
		rep := te.sched.waitReport(wacc.Address, j.TaskID, api.StepFailed)
		if !strings.Contains(rep.Error, tc.want) {
			t.Errorf("refusal %q, want it to say %q", rep.Error, tc.want)
		}
	}
}

// TEE tasks of a replicated deal (trust 3) are contributed in one batch, each with its
// own enclave and the enclave's signature (the contract checks both); each task's
// enclave key and authorization are in its saved state, so a restart signs with the same
// enclave.
func TestTEEContributeBatch(t *testing.T) {
	te := newEnv(t, 1)
	wacc := te.e.Workers[0]
	smsc := startSMS(t, te)
	code := readApp(t, "./testdata/teeapp")
	app := must(te.dev.CreateApp(bg, sdk.AppSpec{Name: "tee-app", Type: "WASM", Multiaddr: te.put(code),
		Checksum: sha256.Sum256(code), MrEnclave: []byte(`{"framework":"tdx"}`)}))
	if err := smsc.Push(bg, sdk.KeySigner{Key: te.e.Requester.Key},
		smsapi.Target{Kind: smsapi.KindRequesterSecret, Owner: te.req.Address(), Name: "token"}, "tok"); err != nil {
		t.Fatal(err)
	}
	ao := sdk.NewAppOrder(app, sdk.RLC(1), 10)
	ao.Tag = teeTag
	sao := must(te.dev.SignAppOrder(ao))
	wo := sdk.NewWorkerpoolOrder(te.e.Pool, sdk.RLC(10), 10, 0, 10)
	wo.Tag = teeTag
	swo := must(te.pool.SignWorkerpoolOrder(wo))
	ro := sdk.RequestFor(te.req.Address(), sao.Order, nil, swo.Order, 2)
	ro.Trust = big.NewInt(3)
	ro.Params = api.Params{Secrets: []string{"token"}}.String()
	deal := must(te.req.MatchOrders(bg, sdk.MatchInput{App: sao, Workerpool: swo, Request: must(te.req.SignRequestOrder(ro))}))

	cfg := te.config(wacc, t.TempDir())
	cfg.TEE, cfg.SMS = attest.DevProvider{}, smsc
	cfg.BatchWindow = 2 * time.Second // both results in one transaction
	w := te.start(cfg)
	te.sched.waitFor("the worker to register with a TEE", func() bool { return te.sched.caps[wacc.Address].TEE })
	var jobs []api.Job
	for i := range uint64(2) {
		j := te.sched.job(deal, deal.BotFirst+i, wacc.Address, false)
		j.Authorization = nil
		jobs = append(jobs, j)
	}
	te.sched.give(wacc.Address, api.Work{Jobs: jobs})
	var txs []common.Hash
	for _, j := range jobs {
		rep := te.sched.waitReport(wacc.Address, j.TaskID, api.StepContributed)
		txs = append(txs, *rep.Tx)
		tk := must(te.pool.TaskOf(bg, deal, j.Index))
		if _, ok := tk.Contribution(wacc.Address); !ok || tk.Status != sdk.TaskActive {
			t.Fatalf("task %d: status %s, contribution of the worker %v", j.Index, tk.Status, ok)
		}
		recs, _, err := w.state.load()
		if err != nil {
			t.Fatal(err)
		}
		rec := recs[j.TaskID]
		if rec == nil || len(rec.EnclaveKey) != 32 {
			t.Fatalf("task %d: no enclave key in the saved state", j.Index)
		}
		enclave := crypto.PubkeyToAddress(must(crypto.ToECDSA(rec.EnclaveKey)).PublicKey)
		if who, err := protocol.AuthorizationSigner(wacc.Address, j.TaskID, enclave, rec.EnclaveAuth); err != nil || who != te.e.PoolOwner.Address {
			t.Fatalf("task %d: the saved authorization is not the pool owner's for enclave %s (%s, %v)", j.Index, enclave.Hex(), who.Hex(), err)
		}
	}
	if txs[0] != txs[1] {
		t.Errorf("the two contributions went in two transactions %s and %s, want one batch", txs[0].Hex(), txs[1].Hex())
	}
}
