package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/storage"
)

// helloModule builds the hello example app (cached across tests and runs).
func helloModule(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p, err := examples.Build(ctx, examples.Hello, filepath.Join(os.TempDir(), "poco-test-examples"))
	if err != nil {
		t.Fatalf("building the hello example: %v", err)
	}
	return p
}

// appBenchView is `poco app bench --json`.
type appBenchView struct {
	App        string          `json:"app"`
	Address    *common.Address `json:"address"`
	Runs       int             `json:"runs"`
	Seconds    []float64       `json:"seconds"`
	Median     float64         `json:"medianSeconds"`
	Factor     float64         `json:"factor"`
	FactorFrom string          `json:"factorFrom"`
	Reference  float64         `json:"referenceSeconds"`
	Margin     float64         `json:"margin"`
	Need       float64         `json:"needSeconds"`
	Category   struct {
		ID         uint64 `json:"id"`
		Name       string `json:"name"`
		RefSeconds uint64 `json:"refSeconds"`
		Reason     string `json:"reason"`
	} `json:"category"`
	Categories string `json:"categories"`
	Recorded   string `json:"recorded"`
}

// The hello app, run here as a worker runs it on a sample task, takes milliseconds: it
// fits the smallest category, XS.
func TestAppBenchRecommendsXSForHello(t *testing.T) {
	walletTestEnv(t)
	module := helloModule(t)
	input := writeTestFile(t, "sample.txt", "one\ntwo\nthree\n")
	var v appBenchView
	out, errOut, err := runPoco(t, "", "app", "bench", module, "--args", "poco world", "--input", input, "--runs", "2", "--speed", "0.5", "--json")
	if err != nil {
		t.Fatalf("app bench: %v (stderr %s)", err, errOut)
	}
	decodeJSON(t, out, &v)
	if v.App != module || v.Address != nil || v.Runs != 2 || len(v.Seconds) != 2 || v.Factor != 0.5 || v.FactorFrom != "given" || v.Margin != 2 {
		t.Fatalf("app bench --json: %+v", v)
	}
	for _, s := range v.Seconds {
		if s <= 0 || s > 10 {
			t.Errorf("a run of the hello app took %v s", s)
		}
	}
	// Scaled to the reference machine (a machine at 0.5 is half as fast: the reference
	// runs it in half the time), then the margin.
	if !near(v.Reference, v.Median*0.5) || !near(v.Need, v.Reference*2) {
		t.Errorf("reference %v s for a median of %v s at factor 0.5, need %v s with margin 2", v.Reference, v.Median, v.Need)
	}
	if v.Category.Name != "XS" || v.Category.ID != 0 || v.Category.RefSeconds != 300 || v.Categories != "default" || v.Recorded != "" {
		t.Errorf("recommended %+v among %s categories, want XS (id 0, 300 s) of the default ones, nothing recorded", v.Category, v.Categories)
	}

	table := poco(t, "app", "bench", module, "--runs", "1", "--speed", "1")
	for _, want := range []string{"App " + module + ", 1 run(s) here", "This machine's speed factor: 1.00 (--speed)",
		"Recommended category: XS (id 0, 5m0s on the reference machine), the smallest of the default categories that fits",
		"poco app deploy … --category-hint XS"} {
		if !strings.Contains(table, want) {
			t.Errorf("app bench does not print %q:\n%s", want, table)
		}
	}

	// What it refuses, with the fix.
	pocoFails(t, []string{"no category fits", "the longest, XL, allows 10h0m0s", "split the work"},
		"app", "bench", module, "--runs", "1", "--speed", "1", "--margin", "1e8")
	pocoFails(t, []string{"--record needs the app's address", "--category-hint"}, "app", "bench", module, "--speed", "1", "--record")
	pocoFails(t, []string{`--input "nope.txt" is neither a file nor a stored file's location`}, "app", "bench", module, "--speed", "1", "--input", "nope.txt")
	pocoFails(t, []string{"--runs 0: run it at least once"}, "app", "bench", module, "--runs", "0")
	bad := writeTestFile(t, "bad.wasm", "not wasm")
	pocoFails(t, []string{"the app failed on the sample task (app-invalid)"}, "app", "bench", bad, "--speed", "1")
}

// The dataset example needs its dataset: without one the sample task fails, which is said;
// with a dataset file it runs and fits XS.
func TestAppBenchWithADatasetFile(t *testing.T) {
	walletTestEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	module, err := examples.Build(ctx, examples.Dataset, filepath.Join(os.TempDir(), "poco-test-examples"))
	if err != nil {
		t.Fatal(err)
	}
	pocoFails(t, []string{"the app failed on the sample task (exit-code)", "check --args, --dataset and --input"},
		"app", "bench", module, "--runs", "1", "--speed", "1")
	data := writeTestFile(t, "numbers.csv", strings.Repeat("1,2,3\n", 1000))
	var v appBenchView
	pocoJSON(t, &v, "app", "bench", module, "--dataset", data, "--runs", "1", "--speed", "1")
	if v.Category.Name != "XS" || len(v.Seconds) != 1 {
		t.Errorf("app bench of the dataset example: %+v", v)
	}
}

// A deployed app: `poco app deploy --category-hint` records the owner's word, `poco app
// bench ADDRESS --record` fetches the module from the gateway, checks it against its
// checksum, sizes it with the hub's categories and records the measurement instead.
func TestAppBenchAndDeployRecordTheCategoryForPocoRun(t *testing.T) {
	e := newRunEnv(t)
	data, err := os.ReadFile(helloModule(t))
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := e.store.Put(bgCtx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	var deployed struct {
		Address      common.Address `json:"address"`
		CategoryHint *struct {
			Category    string  `json:"category"`
			NeedSeconds float64 `json:"needSeconds"`
			File        string  `json:"file"`
		} `json:"categoryHint"`
	}
	pocoJSON(t, &deployed, "app", "deploy", "--name", "hello-bench", "--type", "WASM", "--multiaddr", storage.Location(c),
		"--checksum", "0x"+hex.EncodeToString(sum[:]), "--category-hint", "S")
	h := deployed.CategoryHint
	if h == nil || h.Category != "S" || h.NeedSeconds != 1200 || h.File != requester.HintPath(requester.AppsDir(), deployed.Address) {
		t.Fatalf("deploy --category-hint S: %+v", h)
	}
	if got, err := requester.ReadHint(requester.AppsDir(), deployed.Address); err != nil || got.Category != "S" || got.NeedRef() != 20*time.Minute ||
		got.Source != "poco app deploy --category-hint" {
		t.Fatalf("the recorded hint: %+v, %v", got, err)
	}

	var v appBenchView
	pocoJSON(t, &v, "app", "bench", deployed.Address.Hex(), "--args", "poco world", "--runs", "1", "--speed", "2", "--record")
	if v.Address == nil || *v.Address != deployed.Address || v.Categories != "hub" || v.Category.Name != "XS" ||
		v.Recorded != requester.HintPath(requester.AppsDir(), deployed.Address) {
		t.Fatalf("app bench ADDRESS --record: %+v", v)
	}
	got, err := requester.ReadHint(requester.AppsDir(), deployed.Address)
	if err != nil || got.Category != "XS" || got.Source != "poco app bench" || got.Bench == nil || got.Bench.Factor != 2 || !near(got.NeedSeconds, v.Need) {
		t.Fatalf("the hint after app bench --record: %+v, %v", got, err)
	}

	// A module that is not the registered one is refused, as a worker refuses it.
	other := append(append([]byte{}, data...), 0)
	oc, _, err := e.store.Put(bgCtx, bytes.NewReader(other))
	if err != nil {
		t.Fatal(err)
	}
	var wrong struct {
		Address common.Address `json:"address"`
	}
	pocoJSON(t, &wrong, "app", "deploy", "--name", "hello-wrong", "--type", "WASM", "--multiaddr", storage.Location(oc),
		"--checksum", "0x"+hex.EncodeToString(sum[:]))
	pocoFails(t, []string{"the app failed on the sample task (app-checksum)"}, "app", "bench", wrong.Address.Hex(), "--speed", "1")
	pocoFails(t, []string{"--category-hint", `"XXL"`, "no such category"}, "app", "deploy", "--name", "x", "--type", "WASM",
		"--multiaddr", storage.Location(c), "--checksum", "0x"+hex.EncodeToString(sum[:]), "--category-hint", "XXL")
}

func near(a, b float64) bool { return a-b < 1e-5 && b-a < 1e-5 }

func decodeJSON(t *testing.T, out string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("printed %q: %v", out, err)
	}
}
