package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/internal/anvil"
	"github.com/pocolabs/poco/sms/attest"
)

// teeAppModule builds worker/testdata/teeapp, the test app of confidential tasks (it
// prints its dataset and its secrets), as a WASM module.
func teeAppModule(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "teeapp.wasm")
	cmd := exec.Command("go", "build", "-o", out, "../worker/testdata/teeapp")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the teeapp: %v\n%s", err, b)
	}
	return out
}

// writeConfidentialFile writes content to dir/name (0600) and returns its path.
func writeConfidentialFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// getBytes GETs url and returns its body.
func getBytes(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s, %v", url, resp.Status, err)
	}
	return b
}

// TestConfidentialOnAnvil follows docs/confidential.md against anvil, every step a poco
// command: a deployment with storage, market, a pool and its scheduler, an SMS accepting
// development attestation and a worker with the development TEE; a dataset owner
// encrypts, uploads, registers a dataset and pushes its key; an app developer publishes
// the teeapp as a TEE app with the dev measurement and pushes its secret; a requester
// pushes a secret and a result key and runs the app on the dataset with an encrypted
// result, which only its key decrypts. Then the refusals: a run of the dataset with an
// app that is not TEE, and a push of the dataset's key by its former owner.
func TestConfidentialOnAnvil(t *testing.T) {
	start, last := time.Now(), time.Now()
	step := func(what string) {
		t.Logf("%-48s %6.1fs (total %5.1fs)", what, time.Since(last).Seconds(), time.Since(start).Seconds())
		last = time.Now()
	}

	// 1. The operator: a deployment, storage, market, pool, scheduler, SMS and a TEE worker.
	e := newDeployEnv(t, "cancun")
	e.importKey(t)
	var v deployView
	pocoJSON(t, &v, e.deployArgs()...)
	if !v.Verified || v.Contracts.Hub == "" {
		t.Fatalf("deploy printed %+v", v)
	}
	step("deploy")

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var daemons []*background
	defer func() {
		cancel()
		for _, d := range daemons {
			d.wait(t)
		}
	}()
	storageURL, marketURL, schedulerURL, smsURL := "http://"+freeAddr(t), "http://"+freeAddr(t), "http://"+freeAddr(t), "http://"+freeAddr(t)
	daemons = append(daemons,
		pocoBackground(t, ctx, "storage", "serve", "--dir", filepath.Join(e.dir, "storage"), "--listen", strings.TrimPrefix(storageURL, "http://")),
		pocoBackground(t, ctx, "market", "--listen", strings.TrimPrefix(marketURL, "http://"), "--db", filepath.Join(e.dir, "market.db"), "--poll", "200ms"),
		pocoBackground(t, ctx, "sms", "--insecure-dev-attestation", "--listen", strings.TrimPrefix(smsURL, "http://"),
			"--db", filepath.Join(e.dir, "sms.db"), "--master-key-file", filepath.Join(e.dir, "sms-master.key")))
	poco(t, "config", "set", "storage", storageURL)
	poco(t, "config", "set", "market", marketURL)
	poco(t, "config", "set", "sms", smsURL)
	waitFor(t, daemons, "the SMS to answer", func() bool {
		var st struct {
			Hub                    common.Address `json:"hub"`
			InsecureDevAttestation bool           `json:"insecureDevAttestation"`
		}
		return getJSON(smsURL+"/v1/status", &st) == nil && st.InsecureDevAttestation && st.Hub == common.HexToAddress(v.Contracts.Hub)
	})

	poco(t, "account", "deposit", "1000")
	var pool struct {
		Address common.Address `json:"address"`
	}
	pocoJSON(t, &pool, "workerpool", "deploy", "--description", "tee pool")
	daemons = append(daemons, pocoBackground(t, ctx, "scheduler", "--workerpool", pool.Address.Hex(),
		"--listen", strings.TrimPrefix(schedulerURL, "http://"), "--db", filepath.Join(e.dir, "scheduler.db")))
	poco(t, "config", "set", "scheduler", schedulerURL)

	// Anvil's accounts 1 (the worker), 2 (the dataset owner) and 3 (the dataset's next owner).
	mnemonic := writeConfidentialFile(t, e.dir, "mnemonic", anvil.Mnemonic+"\n")
	account := func(index int) common.Address {
		var a struct {
			Address common.Address `json:"address"`
		}
		pocoJSON(t, &a, "wallet", "import", "--mnemonic-file", mnemonic, "--index", fmt.Sprint(index), "--keystore", e.ks, "--password-file", e.pw)
		return a.Address
	}
	worker, owner, nextOwner := account(1), account(2), account(3)
	poco(t, "account", "deposit", "100", "--for", worker.Hex())
	daemons = append(daemons, pocoBackground(t, ctx, "worker", "--scheduler", schedulerURL, "--from", worker.Hex(), "--speed", "1",
		"--state", filepath.Join(e.dir, "worker"), "--tee", "dev", "--sms", smsURL))
	waitFor(t, daemons, "the TEE worker to log in to the scheduler", func() bool {
		var st struct{ Workers int }
		return getJSON(schedulerURL+"/v1/status", &st) == nil && st.Workers == 1
	})
	waitFor(t, daemons, "the pool's TEE offers in the market", func() bool {
		out, _, err := runPoco(t, "", "orderbook", "workerpool", "--min-tag", "tee,tdx", "--json")
		return err == nil && strings.Contains(strings.ToLower(out), strings.ToLower(pool.Address.Hex()))
	})
	step("services, pool and TEE worker")

	// 2. The dataset owner: encrypt, upload, register, push the key, publish a TEE order.
	const plaintext = "patient,score\nalice-7f3c9e,42\n"
	dir := filepath.Join(e.dir, "owner")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	csv := writeConfidentialFile(t, dir, "secret.csv", plaintext)
	var enc struct {
		Encrypted string `json:"encrypted"`
		KeyFile   string `json:"keyFile"`
		Checksum  string `json:"checksum"`
	}
	pocoJSON(t, &enc, "dataset", "encrypt", csv)
	if enc.Encrypted != csv+".enc" || enc.KeyFile != csv+".key" || enc.Checksum == "" {
		t.Fatalf("dataset encrypt printed %+v", enc)
	}
	var put storedJSON
	pocoJSON(t, &put, "storage", "put", enc.Encrypted)
	if put.Sha256 != enc.Checksum {
		t.Errorf("storage put: sha256 %s, dataset encrypt: checksum %s", put.Sha256, enc.Checksum)
	}
	if stored := getBytes(t, storageURL+put.Location); bytes.Contains(stored, []byte("alice-7f3c9e")) || !bytes.HasPrefix(stored, []byte("POCO-DS1")) {
		t.Fatalf("the storage holds %q: want the POCO-DS1 ciphertext, not the plaintext", stored)
	}
	var ds struct {
		Address common.Address `json:"address"`
		Owner   common.Address `json:"owner"`
	}
	pocoJSON(t, &ds, "dataset", "deploy", "--name", "patients", "--multiaddr", put.Location, "--checksum", enc.Checksum, "--from", owner.Hex())
	if ds.Owner != owner {
		t.Fatalf("dataset deploy: owner %s, want %s", ds.Owner.Hex(), owner.Hex())
	}
	var has secretJSON
	pocoJSON(t, &has, "dataset", "check-secret", ds.Address.Hex())
	if has.Exists {
		t.Fatalf("dataset check-secret before the push: %+v", has)
	}
	pocoJSON(t, &has, "dataset", "push-secret", ds.Address.Hex(), "--key-file", enc.KeyFile, "--from", owner.Hex())
	if !has.Pushed || has.Signer != owner.Hex() {
		t.Fatalf("dataset push-secret: %+v", has)
	}
	pocoJSON(t, &has, "dataset", "check-secret", ds.Address.Hex())
	if !has.Exists || has.Kind != "dataset-key" || has.Owner != ds.Address.Hex() {
		t.Fatalf("dataset check-secret after the push: %+v", has)
	}
	dsOrder, dsSigned := filepath.Join(dir, "dataset-order.json"), filepath.Join(dir, "dataset-order-signed.json")
	poco(t, "order", "init", "dataset", ds.Address.Hex(), "--price", "0", "--volume", "100", "--tag", "tee,tdx", "-o", dsOrder)
	poco(t, "order", "sign", dsOrder, "--from", owner.Hex(), "-o", dsSigned)
	poco(t, "order", "publish", dsSigned)
	step("dataset owner")

	// 3. The app developer: the teeapp, a TEE app allowing the development measurement.
	enclave := fmt.Sprintf(`{"framework":"tdx","mrtd":[%q]}`, attest.DefaultDevMeasurement.MRTD)
	teeApp := teeAppModule(t)
	pocoFails(t, []string{"--enclave", "allows any measurement"}, "app", "publish", teeApp, "--tag", "tee,tdx", "--enclave", `{"framework":"tdx"}`)
	var app struct {
		App struct {
			Address   common.Address `json:"address"`
			MrEnclave hexutil.Bytes  `json:"mrenclave"`
		} `json:"app"`
	}
	pocoJSON(t, &app, "app", "publish", teeApp, "--name", "teeapp", "--price", "0", "--tag", "tee,tdx", "--enclave", enclave)
	if app.App.Address == (common.Address{}) || string(app.App.MrEnclave) != enclave {
		t.Fatalf("app publish --enclave printed %+v: want the app with its enclave description", app)
	}
	appSecret := writeConfidentialFile(t, e.dir, "app-secret.txt", "app-secret-d41e8\n")
	poco(t, "app", "push-secret", app.App.Address.Hex(), "--secret-file", appSecret)
	step("app developer")

	// 4. The requester: a secret, a result key, the run, the decryption.
	reqSecret := writeConfidentialFile(t, e.dir, "api.txt", "api-token-5b2e0\n")
	poco(t, "requester", "push-secret", "api-token", "--secret-file", reqSecret)
	resultKey := filepath.Join(e.dir, "result.key")
	poco(t, "result", "keygen", "--out", resultKey)
	poco(t, "result", "push-key", "--key-file", resultKey)
	var run struct {
		runView
		Tasks []struct {
			Status    string `json:"status"`
			Verified  *bool  `json:"verified"`
			Dir       string `json:"dir"`
			Encrypted string `json:"encrypted"`
			Decrypted string `json:"decrypted"`
			Problem   string `json:"problem"`
		} `json:"tasks"`
	}
	results := filepath.Join(e.dir, "results")
	pocoJSON(t, &run, "run", app.App.Address.Hex(), "--dataset", ds.Address.Hex(), "--workerpool", pool.Address.Hex(),
		"--secret", "api-token", "--encrypt-result", "--result-key", resultKey, "--yes", "--out", results)
	if run.Counts.Completed != 1 || len(run.Tasks) != 1 || run.Tasks[0].Verified == nil || !*run.Tasks[0].Verified {
		t.Fatalf("poco run: %+v, want its one task completed and its result verified", run)
	}
	task := run.Tasks[0]
	if task.Encrypted == "" || task.Decrypted == "" {
		t.Fatalf("poco run: task %+v, want its encrypted result and where it was decrypted", task)
	}
	out, err := os.ReadFile(filepath.Join(task.Decrypted, "result.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "dataset: " + plaintext + "\napp secret: app-secret-d41e8\nrequester secret 1: api-token-5b2e0\n"; !strings.HasPrefix(string(out), want) {
		t.Errorf("the decrypted result is %q, want it to start with %q", out, want)
	}
	sealed, err := os.ReadFile(task.Encrypted)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(sealed, []byte("POCO-RS1")) {
		t.Errorf("the downloaded result %s starts with %q, want POCO-RS1", task.Encrypted, sealed[:min(len(sealed), 8)])
	}
	for _, plain := range []string{"alice-7f3c9e", "app-secret-d41e8", "api-token-5b2e0"} {
		if bytes.Contains(sealed, []byte(plain)) {
			t.Errorf("the downloaded encrypted result holds %q in clear", plain)
		}
	}
	otherKey := filepath.Join(e.dir, "other.key")
	poco(t, "result", "keygen", "--out", otherKey)
	pocoFails(t, []string{"cannot be decrypted with this key"}, "result", "decrypt", task.Encrypted, "--key-file", otherKey,
		"--out", filepath.Join(e.dir, "other.decrypted"))
	if _, err := os.Stat(filepath.Join(e.dir, "other.decrypted")); err == nil {
		t.Error("result decrypt with another key wrote its --out")
	}
	step("requester: TEE run, decryption")

	// 5. Refusals. A task that is not a TEE task cannot use the dataset: its order asks for
	// tee,tdx, which an app that is not a TEE app cannot give (the deal's tag covers every
	// order's), so `poco run` finds no usable dataset order and buys nothing. The reason
	// is that of the first pool order tried: the pool's plain offer does not offer the
	// tag; its TEE offer goes with no app order that declares a TEE.
	var hello struct {
		App struct {
			Address common.Address `json:"address"`
		} `json:"app"`
	}
	pocoJSON(t, &hello, "app", "publish", helloModule(t), "--price", "0")
	// The TEE run used the pool's capacity: wait for its offers to be back in the market,
	// or the run would find nothing to buy before it looks at the dataset order.
	waitFor(t, daemons, "the pool's offers back in the market", func() bool {
		out, _, err := runPoco(t, "", "orderbook", "workerpool", "--json")
		return err == nil && strings.Contains(strings.ToLower(out), strings.ToLower(pool.Address.Hex()))
	})
	deals := e.nonce(t)
	msg := pocoFails(t, []string{"no usable dataset order for dataset " + ds.Address.Hex()},
		"run", hello.App.Address.Hex(), "--dataset", ds.Address.Hex(), "--workerpool", pool.Address.Hex(), "--yes", "--out", filepath.Join(e.dir, "hello"))
	if !strings.Contains(msg, "it needs tag 0x"+strings.Repeat("0", 63)+"9") && !strings.Contains(msg, "it asks for TEE and the app order does not declare it") {
		t.Errorf("poco run of a plain app on the TEE dataset: %q, want the dataset order refused for its TEE tag", msg)
	}
	if e.nonce(t) != deals {
		t.Error("poco run of a plain app on the TEE dataset sent a transaction")
	}

	// The dataset changes hands: its former owner may no longer push its key.
	poco(t, "dataset", "transfer", ds.Address.Hex(), "--to", nextOwner.Hex(), "--from", owner.Hex())
	pocoFails(t, []string{"only the owner of dataset " + ds.Address.Hex(), nextOwner.Hex(), "--from " + nextOwner.Hex()},
		"dataset", "push-secret", ds.Address.Hex(), "--key-file", enc.KeyFile, "--from", owner.Hex())
	pocoJSON(t, &has, "dataset", "push-secret", ds.Address.Hex(), "--key-file", enc.KeyFile, "--from", nextOwner.Hex())
	if !has.Pushed || has.Signer != nextOwner.Hex() {
		t.Errorf("dataset push-secret by the new owner: %+v", has)
	}
	step("refusals")
}
