package cli

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/result"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

// runEnv is a market (marketEnv) with a storage gateway serving a directory store, whose
// URL is in the configuration file, and poco run polling fast. The test plays the
// workers and the scheduler with the SDK (marketEnv.completeTask).
type runEnv struct {
	*marketEnv
	store   *storage.DirStore
	gateway string
	orders  string // the order folder, $POCO_HOME/orders
}

func newRunEnv(t *testing.T) *runEnv {
	t.Helper()
	m := newMarketEnv(t)
	t.Setenv(EnvStorage, "")
	store, err := storage.Dir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(storage.Handler(store))
	t.Cleanup(srv.Close)
	e := &runEnv{marketEnv: m, store: store, gateway: srv.URL, orders: requester.OrdersDir()}
	e.setConfigStorage(t, srv.URL)
	old := runPollInterval
	runPollInterval = 20 * time.Millisecond
	t.Cleanup(func() { runPollInterval = old })
	return e
}

func (e *runEnv) setConfigStorage(t *testing.T, url string) {
	t.Helper()
	path := os.Getenv(EnvConfig)
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Storage = url
	if err := config.Save(path, cfg); err != nil {
		t.Fatal(err)
	}
}

// putResult stores the tar of an output folder holding files, as a worker uploads it, and
// returns the results field pointing at it and the folder's digest.
func (e *runEnv) putResult(t *testing.T, files map[string]string) (string, common.Hash) {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := result.DigestOf(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tarball bytes.Buffer
	if err := job.WriteTar(&tarball, dir); err != nil {
		t.Fatal(err)
	}
	c, _, err := e.store.Put(bgCtx, &tarball)
	if err != nil {
		t.Fatal(err)
	}
	return string(storage.ResultJSON(c)), common.Hash(d.Value)
}

// runView is `poco run --json`.
type runView struct {
	DealID      common.Hash  `json:"dealId"`
	Tx          *txView      `json:"tx"`
	RequestHash *common.Hash `json:"requestHash"`
	Orders      *struct {
		App, Workerpool struct {
			Hash common.Hash `json:"hash"`
			File string      `json:"file"`
		}
		Dataset *struct{} `json:"dataset"`
	} `json:"orders"`
	Cost     string `json:"cost"`
	Category *struct {
		ID         uint64 `json:"id"`
		Name       string `json:"name"`
		RefSeconds uint64 `json:"refSeconds"`
		Reason     string `json:"reason"`
	} `json:"category"`
	Counts struct {
		Unset, Active, Revealing, Completed, Failed, Total int
	} `json:"counts"`
	Out   string `json:"out"`
	Tasks []struct {
		Index        uint64      `json:"index"`
		ID           common.Hash `json:"id"`
		Status       string      `json:"status"`
		ResultDigest common.Hash `json:"resultDigest"`
		Results      string      `json:"results"`
		Location     string      `json:"location"`
		Dir          string      `json:"dir"`
		Verified     *bool       `json:"verified"`
		AppError     string      `json:"appError"`
		Problem      string      `json:"problem"`
	} `json:"tasks"`
	Problems []string `json:"problems"`
}

func decodeRun(t *testing.T, out string) runView {
	t.Helper()
	var v runView
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("poco run --json printed %q: %v", out, err)
	}
	return v
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// poco run with the orders from the order folder: it chooses the cheapest usable ones,
// matches, follows the deal while the tasks are done, downloads and checks the results.
func TestRunCLIFromOrderFolder(t *testing.T) {
	e := newRunEnv(t)
	appFile, _, poolFile, _ := e.signedOrders(t, "", defaultPrices())
	copyFile(t, appFile, filepath.Join(e.orders, "app-hello.json"))
	copyFile(t, poolFile, filepath.Join(e.orders, "workerpool-0.json"))
	// Decoys: a cheaper app order for another requester, a dearer pool order, a file that
	// is not an order.
	poco(t, "order", "init", "app", e.app.Hex(), "--price", "1", "--volume", "10", "--requester-restrict", e.poolOwner.Hex(), "--out", e.file("cheap.json"))
	poco(t, "order", "sign", e.file("cheap.json"), "--from", e.appOwner.Hex(), "--out", filepath.Join(e.orders, "app-cheap.json"))
	poco(t, "order", "init", "workerpool", e.pool.Hex(), "--price", "20", "--volume", "10", "--category", "XS", "--out", e.file("dear.json"))
	poco(t, "order", "sign", e.file("dear.json"), "--from", e.poolOwner.Hex(), "--out", filepath.Join(e.orders, "workerpool-dear.json"))
	if err := os.WriteFile(filepath.Join(e.orders, "notes.json"), []byte(`{"hello":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	input, _ := e.putResult(t, map[string]string{"x": "input"}) // any stored object
	inputCID, _ := storage.ParseResult([]byte(input))

	client := e.client(t, common.Address{})
	before, err := client.DealsOfRequester(bgCtx, e.requester)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "results")
	type ran struct {
		stdout, stderr string
		err            error
	}
	done := make(chan ran, 1)
	go func() {
		o, errOut, err := runPoco(t, "", "run", e.app.Hex(), "--workerpool", e.pool.Hex(), "--volume", "2",
			"--args", "hello world", "--input", storage.Location(inputCID), "--out", out, "--yes", "--json")
		done <- ran{o, errOut, err}
	}()

	// The worker's side: wait for the deal, then complete its tasks.
	deadline := time.Now().Add(20 * time.Second)
	var dealID common.Hash
	for dealID == (common.Hash{}) {
		select {
		case r := <-done:
			t.Fatalf("poco run ended before a deal was made: %v\nstdout %s\nstderr %s", r.err, r.stdout, r.stderr)
		default:
		}
		deals, err := client.DealsOfRequester(bgCtx, e.requester)
		if err != nil {
			t.Fatal(err)
		}
		if len(deals) > len(before) {
			d := deals[len(deals)-1]
			dealID = d.ID
			want := `{"args":"hello world","inputs":["` + storage.Location(inputCID) + `"]}`
			if d.Params != want || d.BotSize != 2 || d.Trust != 1 || d.Workerpool != e.pool || d.App != e.app ||
				d.AppPrice.Int64() != 3e9 || d.WorkerpoolPrice.Int64() != 10e9 {
				t.Fatalf("the deal poco run made: %+v; want params %s, 2 tasks at 3 + 10 RLC", d, want)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("poco run made no deal")
		}
		time.Sleep(20 * time.Millisecond)
	}
	res0, digest0 := e.putResult(t, map[string]string{"out.txt": "task 0\n", "sub/more.txt": "more"})
	res1, digest1 := e.putResult(t, map[string]string{"out.txt": "task 1\n"})
	time.Sleep(100 * time.Millisecond) // let it see the tasks UNSET first
	e.completeTask(t, dealID, 0, digest0, res0)
	e.completeTask(t, dealID, 1, digest1, res1)

	var r ran
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("poco run did not end once the tasks were done")
	}
	if r.err != nil {
		t.Fatalf("poco run: %v\nstdout %s\nstderr %s", r.err, r.stdout, r.stderr)
	}
	v := decodeRun(t, r.stdout)
	if v.DealID != dealID || v.Tx == nil || v.RequestHash == nil || v.Cost != "26" || v.Out != out || len(v.Problems) != 0 || v.Problems == nil ||
		v.Counts.Completed != 2 || v.Counts.Total != 2 || len(v.Tasks) != 2 || v.Orders == nil || v.Orders.Dataset != nil ||
		v.Orders.App.File != filepath.Join(e.orders, "app-hello.json") || v.Orders.Workerpool.File != filepath.Join(e.orders, "workerpool-0.json") {
		t.Fatalf("poco run --json: %+v", v)
	}
	checkTx(t, "poco run", *v.Tx)
	if c := v.Category; c == nil || c.ID != 0 || c.Name != "XS" || c.RefSeconds != 300 || !strings.Contains(c.Reason, "the smallest category offered at the lowest usable price") {
		t.Errorf("poco run --json's category: %+v", c)
	}
	for i, want := range []struct {
		digest  common.Hash
		results string
		file    string
	}{{digest0, res0, "task 0\n"}, {digest1, res1, "task 1\n"}} {
		task := v.Tasks[i]
		loc, _ := storage.ParseResult([]byte(want.results))
		if task.Index != uint64(i) || task.Status != "COMPLETED" || task.ResultDigest != want.digest || task.Results != want.results ||
			task.Location != storage.Location(loc) || task.Dir != filepath.Join(out, []string{"0", "1"}[i]) || task.Verified == nil || !*task.Verified ||
			task.Problem != "" || task.ID != common.Hash(protocol.TaskID(dealID, uint64(i))) {
			t.Errorf("task %d: %+v", i, task)
		}
		if b, err := os.ReadFile(filepath.Join(task.Dir, "out.txt")); err != nil || string(b) != want.file {
			t.Errorf("task %d's downloaded out.txt: %q, %v", i, b, err)
		}
	}
	if b, err := os.ReadFile(filepath.Join(out, "0", "sub", "more.txt")); err != nil || string(b) != "more" {
		t.Errorf("task 0's sub/more.txt: %q, %v", b, err)
	}
	for _, want := range []string{"Running 2 task(s) of app " + e.app.Hex(), "13 RLC per task (app 3 + workerpool 10), 26 RLC in all",
		"Made deal " + dealID.Hex(), "0/2 task(s) done: UNSET 2, ACTIVE 0, REVEALING 0, COMPLETED 0, FAILED 0",
		"2/2 task(s) done: UNSET 0, ACTIVE 0, REVEALING 0, COMPLETED 2, FAILED 0"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}

	// Watching the finished deal prints the table; the results are already there. It
	// fits 100 columns: ids and digests abbreviated, folders relative to the results'.
	table := poco(t, "run", "--watch", dealID.Hex(), "--out", out)
	for _, want := range []string{"Deal " + dealID.Hex() + ": 2 tasks: COMPLETED 2.", "INDEX", "TASK", "STATUS", "RESULT DIGEST", "RESULTS",
		digest0.Hex()[:8] + "…" + digest0.Hex()[60:], digest1.Hex()[:8] + "…", "0" + string(filepath.Separator) + " (verified)", "Results in " + out} {
		if !strings.Contains(table, want) {
			t.Errorf("poco run --watch does not print %q:\n%s", want, table)
		}
	}
	checkTableWidth(t, table, 100)
	// --wide: every field whole.
	wide := poco(t, "run", "--watch", dealID.Hex(), "--out", out, "--wide")
	for _, want := range []string{digest0.Hex(), digest1.Hex(), common.Hash(protocol.TaskID(dealID, 1)).Hex(), v.Tasks[0].Location,
		filepath.Join(out, "0") + " (verified)"} {
		if !strings.Contains(wide, want) {
			t.Errorf("poco run --watch --wide does not print %q:\n%s", want, wide)
		}
	}
	// The app order used has 8 tasks left, the other is for another requester: a run of 9
	// finds none (with the dear pool order, which has 10 left).
	pocoFails(t, []string{"no usable app order for app " + e.app.Hex(), "app-hello.json: it has 8 of its 10 task(s) left, 9 wanted",
		"app-cheap.json: it is restricted to requester " + e.poolOwner.Hex(), "--app-order FILE", "Skipped, not signed orders", "notes.json: not an order"},
		"run", e.app.Hex(), "--workerpool", e.pool.Hex(), "--volume", "9", "--yes")
}

// --watch of a deal matched by hand: one result verifies, the other's digest does not
// match the chain's, which is said, kept aside and fails the command.
func TestRunCLIWatchDigestMismatch(t *testing.T) {
	e := newRunEnv(t)
	e.setConfigStorage(t, "http://127.0.0.1:1") // nothing there: --storage wins
	p := defaultPrices()
	p.reqVolume = "2"
	a, _, w, r := e.signedOrders(t, "", p)
	deal := e.match(t, a, "", w, r)
	res0, digest0 := e.putResult(t, map[string]string{"out.txt": "good"})
	res1, _ := e.putResult(t, map[string]string{"out.txt": "tampered"})
	wrong := crypto.Keccak256Hash([]byte("the agreed result"))
	e.completeTask(t, deal.DealID, 0, digest0, res0)
	e.completeTask(t, deal.DealID, 1, wrong, res1)

	out := filepath.Join(t.TempDir(), "out")
	stdout, _, err := runPoco(t, "", "run", "--watch", deal.DealID.Hex(), "--storage", e.gateway, "--out", out)
	if err == nil || !strings.Contains(err.Error(), "The downloaded result of task(s) 1 does NOT match the digest on chain") {
		t.Fatalf("poco run --watch with a mismatched result: %v\n%s", err, stdout)
	}
	for _, want := range []string{"0" + string(filepath.Separator) + " (verified)", "1.unverified" + string(filepath.Separator) + " (DIGEST MISMATCH)",
		wrong.Hex()[:8] + "…", "does NOT match", "do not trust it"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the table does not say %q:\n%s", want, stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "1")); !os.IsNotExist(err) {
		t.Errorf("the mismatched result is in %s: %v", filepath.Join(out, "1"), err)
	}
	if b, err := os.ReadFile(filepath.Join(out, "1.unverified", "out.txt")); err != nil || string(b) != "tampered" {
		t.Errorf("the mismatched result is not kept aside: %q %v", b, err)
	}

	// --json: the same, as data, and the same failure.
	stdout, _, err = runPoco(t, "", "run", "--watch", deal.DealID.Hex(), "--storage", e.gateway, "--out", out, "--json")
	if err == nil {
		t.Fatal("poco run --watch --json with a mismatched result succeeded")
	}
	v := decodeRun(t, stdout)
	if v.Tx != nil || v.Orders != nil || v.Category != nil || v.Counts.Completed != 2 || len(v.Tasks) != 2 || len(v.Problems) != 1 ||
		v.Tasks[0].Verified == nil || !*v.Tasks[0].Verified || v.Tasks[1].Verified == nil || *v.Tasks[1].Verified ||
		v.Tasks[1].ResultDigest != wrong || !strings.Contains(v.Tasks[1].Problem, "does not match its on-chain digest") ||
		v.Tasks[1].Dir != filepath.Join(out, "1.unverified") {
		t.Fatalf("poco run --watch --json: %+v", v)
	}

	// Without --storage, the configuration file's gateway is used (and unreachable here).
	_, _, err = runPoco(t, "", "run", "--watch", deal.DealID.Hex(), "--out", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "Could not download results") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("poco run --watch with the configuration's unreachable gateway: %v", err)
	}
	// --no-download needs no gateway.
	if out := poco(t, "run", "--watch", deal.DealID.Hex(), "--no-download"); !strings.Contains(out, "not downloaded") {
		t.Errorf("poco run --watch --no-download:\n%s", out)
	}
}

// A deal whose final deadline passed: a task completed, one claimed (FAILED), one left
// unfinished. poco run --watch says so and fails; once everything is claimed, it fails
// for the FAILED tasks.
func TestRunCLIFailedTasks(t *testing.T) {
	e := newRunEnv(t)
	cat, err := e.client(t, e.requester).CreateCategory(bgCtx, "TEST", "one second", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	p := defaultPrices()
	p.reqVolume, p.category = "3", cat.Name
	a, _, w, r := e.signedOrders(t, "", p)
	v := e.match(t, a, "", w, r)
	res, digest := e.putResult(t, map[string]string{"out.txt": "done"})
	e.completeTask(t, v.DealID, 0, digest, res)
	deal, err := e.client(t, common.Address{}).Deal(bgCtx, v.DealID)
	if err != nil {
		t.Fatal(err)
	}
	e.advanceChain(t, deal.FinalDeadline())
	poco(t, "task", "claim", v.DealID.Hex(), "1")

	out := filepath.Join(t.TempDir(), "out")
	stdout, _, err := runPoco(t, "", "run", "--watch", v.DealID.Hex(), "--out", out, "--json")
	if err == nil {
		t.Fatalf("poco run --watch of a deal with a FAILED task succeeded:\n%s", stdout)
	}
	for _, want := range []string{"1 of the 3 task(s) FAILED", "1 task(s) were still unfinished at the deal's final deadline",
		"poco deal claim " + v.DealID.Hex()} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q: %v", want, err)
		}
	}
	rv := decodeRun(t, stdout)
	if rv.Counts.Completed != 1 || rv.Counts.Failed != 1 || rv.Counts.Unset != 1 || rv.Counts.Total != 3 || len(rv.Problems) != 2 ||
		rv.Tasks[0].Verified == nil || !*rv.Tasks[0].Verified || rv.Tasks[1].Status != "FAILED" || rv.Tasks[1].Verified != nil ||
		rv.Tasks[2].Status != "UNSET" {
		t.Fatalf("poco run --watch --json: %+v", rv)
	}

	poco(t, "deal", "claim", v.DealID.Hex())
	stdout, _, err = runPoco(t, "", "run", "--watch", v.DealID.Hex(), "--out", out)
	if err == nil || !strings.Contains(err.Error(), "2 of the 3 task(s) FAILED") || strings.Contains(err.Error(), "unfinished") {
		t.Fatalf("poco run --watch once claimed: %v", err)
	}
	for _, want := range []string{"3 tasks: COMPLETED 1, FAILED 2.", "Results in " + out, "0" + string(filepath.Separator) + " (verified)", "FAILED"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the table does not say %q:\n%s", want, stdout)
		}
	}
}

// What poco run refuses, each with a sentence saying what to give, before paying.
func TestRunCLIErrors(t *testing.T) {
	e := newRunEnv(t)
	app, pool := e.app.Hex(), e.pool.Hex()
	base := []string{"run", app, "--workerpool", pool, "--yes"}
	args := func(extra ...string) []string { return append(append([]string{}, base...), extra...) }

	// No orders at all.
	pocoFails(t, []string{"no workerpool order for workerpool " + pool + " in the order folder " + e.orders,
		"--workerpool-order FILE"}, base...)
	pocoFails(t, []string{"no workerpool order in the order folder", "--workerpool P names the pool"}, "run", app, "--yes")

	appFile, _, poolFile, _ := e.signedOrders(t, "", defaultPrices())
	copyFile(t, poolFile, filepath.Join(e.orders, "pool.json"))
	// A pool order, no app order.
	pocoFails(t, []string{"no app order for app " + app + " in the order folder", "--app-order FILE", "poco order init app"}, base...)
	// Explicit files: of the wrong kind, or that do not fit.
	pocoFails(t, []string{"--app-order " + poolFile + " holds a workerpool order: --app-order takes a signed app order"}, args("--app-order", poolFile)...)
	pocoFails(t, []string{"the workerpool order in --workerpool-order " + poolFile + " cannot be used: its trust goes up to 1, not 3"},
		args("--app-order", appFile, "--workerpool-order", poolFile, "--trust", "3")...)
	pocoFails(t, []string{"no usable workerpool order", "pool.json: its category is 0, not 1"}, args("--app-order", appFile, "--category", "S")...)
	pocoFails(t, []string{"--dataset-order without --dataset"}, args("--dataset-order", appFile)...)
	// An order signed by someone else than the owner.
	forged, err := e.client(t, e.requester).SignAppOrder(sdk.NewAppOrder(e.app, nil, 5))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(forged)
	if err := os.WriteFile(filepath.Join(e.orders, "forged.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	pocoFails(t, []string{"no usable app order for app " + app, "forged.json: the app order", "not by its owner " + e.appOwner.Hex()}, base...)

	// Orders there, but no --yes and no terminal to ask.
	pocoFails(t, []string{"this run costs 13 RLC: pass --yes to pay"}, "run", app, "--workerpool", pool, "--app-order", appFile)
	// Bad flags.
	pocoFails(t, []string{`--input "bafk" is not a stored file's location: want /ipfs/<cid>`}, args("--input", "bafk")...)
	pocoFails(t, []string{"--trust must be at least 1"}, args("--trust", "0")...)
	pocoFails(t, []string{"which app? give its address"}, "run")
	pocoFails(t, []string{`app "hello" is not an address`}, "run", "hello")
	pocoFails(t, []string{"--watch follows an existing deal: give no APP"}, "run", app, "--watch", common.Hash{1}.Hex())
	pocoFails(t, []string{"--args is for making a deal: --watch follows an existing one"}, "run", "--watch", common.Hash{1}.Hex(), "--args", "x")
	pocoFails(t, []string{"no deal " + common.Hash{1}.Hex()}, "run", "--watch", common.Hash{1}.Hex(), "--no-download")
	// No storage gateway anywhere.
	e.setConfigStorage(t, "")
	pocoFails(t, []string{"no storage gateway to download the results from: pass --storage URL", EnvStorage, "--no-download"}, base...)
	pocoFails(t, []string{`unknown storage location "ftp://x"`, "ipfs+http://HOST:5001"}, args("--storage", "ftp://x")...)
	t.Setenv(EnvStorage, e.gateway)
	pocoFails(t, []string{"this run costs 13 RLC"}, "run", app, "--workerpool", pool, "--app-order", appFile)

	// Nothing was paid: no deal.
	deals, err := e.client(t, common.Address{}).DealsOfRequester(bgCtx, e.requester)
	if err != nil || len(deals) != 0 {
		t.Fatalf("deals after refused runs: %d, %v", len(deals), err)
	}
}

// The progress line: redrawn in place on a terminal, else a line per change.
func TestRunCLIProgress(t *testing.T) {
	var buf bytes.Buffer
	p := &runProgress{w: &buf, tty: true, start: time.Now()}
	p.update(requester.Counts{Unset: 1, Completed: 1})
	p.update(requester.Counts{Completed: 1, Failed: 1})
	p.finish()
	want := "\r\x1b[K[############------------] 1/2 done  UNSET 1  ACTIVE 0  REVEALING 0  COMPLETED 1  FAILED 0  0s" +
		"\r\x1b[K[########################] 2/2 done  UNSET 0  ACTIVE 0  REVEALING 0  COMPLETED 1  FAILED 1  0s\n"
	if buf.String() != want {
		t.Errorf("terminal progress:\n%q\nwant\n%q", buf.String(), want)
	}
	buf.Reset()
	p = &runProgress{w: &buf, start: time.Now()}
	p.update(requester.Counts{Unset: 2})
	p.update(requester.Counts{Unset: 2}) // unchanged: no line
	p.update(requester.Counts{Unset: 1, Active: 1})
	p.finish()
	want = "0/2 task(s) done: UNSET 2, ACTIVE 0, REVEALING 0, COMPLETED 0, FAILED 0 (0s)\n" +
		"0/2 task(s) done: UNSET 1, ACTIVE 1, REVEALING 0, COMPLETED 0, FAILED 0 (0s)\n"
	if buf.String() != want {
		t.Errorf("plain progress:\n%q\nwant\n%q", buf.String(), want)
	}
}

// checkTableWidth fails when a line of the table in out (from its INDEX header to the
// first empty line or sentence after it) is wider than width columns.
func checkTableWidth(t *testing.T, out string, width int) {
	t.Helper()
	in := false
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "INDEX") {
			in = true
		}
		if !in {
			continue
		}
		if line == "" || !unicode.IsDigit(rune(line[0])) && !strings.HasPrefix(line, "INDEX") {
			break
		}
		if n := utf8.RuneCountInString(line); n > width {
			t.Errorf("a line of the table is %d columns wide, more than %d:\n%s", n, width, line)
		}
	}
	if !in {
		t.Errorf("no table in:\n%s", out)
	}
}
