package explorer_test

// A real headless Chromium (driven by chromedp) loads each page of the explorer of a
// local network that ran a bag of tasks at trust 5 with a faulty worker. Screenshots go
// to a temporary folder whose path the test logs. In CI (CI=true) a missing Chromium
// fails the test; elsewhere it is skipped.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// chromium finds the browser: $POCO_CHROMIUM, else chromium, chromium-browser or
// google-chrome on the PATH.
func chromium(t *testing.T) string {
	if p := os.Getenv("POCO_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium on this machine: CI must install Debian's chromium package (apt-get install -y chromium) for the explorer's browser test")
	}
	t.Skip("no Chromium found (chromium, chromium-browser, google-chrome or $POCO_CHROMIUM): skipping the explorer's browser test; install it with apt-get install -y chromium")
	return ""
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no network, no browser")
	}
	browser := chromium(t)
	shots := screenshotDir(t, "poco-explorer-screenshots-")

	// A network with five workers, worker 0 faulty, and a bag of 8 tasks at trust 5.
	base := t.TempDir()
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	n, err := localnet.Start(ctx, localnet.Config{
		Devnet:            devnetConfig(base),
		Workers:           5,
		Saboteurs:         []int{0},
		PollInterval:      100 * time.Millisecond,
		HeartbeatInterval: 300 * time.Millisecond, HeartbeatTimeout: 3 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	app := publishHello(t, ctx, n)
	explorerURL, err := n.StartExplorer(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer n.StopExplorer()
	deal, err := n.Buy(ctx, localnet.Request{App: app, Volume: 8, Trust: 5, Params: api.Params{Args: "explorer"}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := n.Client(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := localnet.WaitDeal(ctx, c, deal, nil); err != nil {
		t.Fatal(err)
	}
	t.Logf("the bag of %d tasks ended %v after the start", deal.BotSize, time.Since(t0).Round(time.Millisecond))
	tasks, err := c.DealTasks(ctx, deal)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Explorer().Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	faulty := n.WorkerAddress(0)
	score, err := c.Score(ctx, faulty)
	if err != nil {
		t.Fatal(err)
	}

	// The browser, started as docs/… and the machine notes require: no network lookups.
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	// Every console message that reports a Content-Security-Policy violation (the
	// explorer sends a strict policy: no inline script or style, no eval).
	violations := watchCSP(bctx)

	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100)) // quality 100: PNG (below: JPEG)
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	open := func(path, name string) string {
		t.Helper()
		if err := chromedp.Do(bctx, chromedp.Navigate(explorerURL+path), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
			t.Fatalf("loading %s: %v", path, err)
		}
		text, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("main")))
		if err != nil {
			t.Fatal(err)
		}
		shot(name)
		return text
	}
	dealID := strings.ToLower(deal.ID.Hex())

	t.Logf("the browser starts %v after the start", time.Since(t0).Round(time.Millisecond))
	// Every page loads and shows its content.
	for _, p := range []struct{ path, name, want string }{
		{"/", "home", "Tasks completed"},
		{"/deals", "deals", deal.ID.Hex()[:8]},
		{"/pools", "pools", "poco devnet pool"},
		{"/pools/" + n.Pool.Hex(), "pool", "Policies"},
		{"/workers", "workers", "Score"},
		{"/workers/" + faulty.Hex(), "worker", "rejected"},
		{"/apps", "apps", "hello"},
		{"/apps/" + app.Address.Hex(), "app", "WASM"},
		{"/tasks/" + tasks[0].ID.Hex(), "task", "TaskFinalize"},
		{"/api/docs", "api", "/api/stream"},
	} {
		if text := open(p.path, p.name); !strings.Contains(text, p.want) {
			t.Errorf("%s does not show %q:\n%.600s", p.path, p.want, text)
		}
	}

	// The market page shows the market's live order book with the pool's published price.
	if text := open("/market", "market"); !strings.Contains(text, sdk.FormatRLC(localnet.PoolPrice)) || !strings.Contains(text, "Live order book") {
		t.Errorf("the market page does not show the order book with the pool's price %s:\n%.800s", sdk.FormatRLC(localnet.PoolPrice), text)
	}
	var book explorer.Market
	if err := getJSON(explorerURL+"/api/market", &book); err != nil || book.Source != "order book" {
		t.Errorf("/api/market: source %q, %v", book.Source, err)
	}
	cheapest := ""
	for _, c := range book.Categories {
		if c.Book != nil && c.Book.Cheapest != nil && c.Book.Cheapest.Asset == strings.ToLower(n.Pool.Hex()) {
			cheapest = c.Book.Cheapest.Price
		}
	}
	if cheapest != localnet.PoolPrice.String() {
		t.Errorf("the order book's cheapest offer of pool %s: price %q, want %s", n.Pool.Hex(), cheapest, localnet.PoolPrice)
	}

	// Searching the faulty worker's address, as a person would: its rejected
	// contributions and its score, equal to the chain's (0: a result proven wrong costs a
	// worker its whole score).
	err = chromedp.Do(bctx, chromedp.Navigate(explorerURL+"/"), chromedp.WaitVisible("#q"),
		chromedp.SendKeys("#q", faulty.Hex()), chromedp.Submit("#q"), chromedp.WaitVisible("dd.score"))
	if err != nil {
		t.Fatalf("searching the faulty worker: %v", err)
	}
	loc, _ := chromedp.Run(bctx, chromedp.Location())
	if !strings.Contains(loc, "/address/"+strings.ToLower(faulty.Hex())) {
		t.Errorf("the search landed on %s", loc)
	}
	shot("search-faulty-worker")
	shown, err := chromedp.Run(bctx, chromedp.Text("dd.score"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(shown) != fmt.Sprint(score) {
		t.Errorf("the faulty worker's page shows score %q, the chain says %d", shown, score)
	}
	rejected, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("table.contributions .status-rejected").length`))
	if err != nil {
		t.Fatal(err)
	}
	if rejected == 0 {
		t.Error("the faulty worker's page shows no rejected contribution")
	}

	// The deal page lists every task with the chain's status.
	open("/deals/"+dealID, "deal")
	rows, err := chromedp.Run(bctx, chromedp.Evaluate[[][]string](
		`Array.from(document.querySelectorAll("tr[data-task]")).map(r => [r.dataset.task, r.querySelector(".status").textContent.trim()])`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, task := range tasks {
		want[strings.ToLower(task.ID.Hex())] = strings.ToLower(task.Status.String())
	}
	if len(rows) != len(tasks) {
		t.Errorf("the deal page lists %d tasks, want %d", len(rows), len(tasks))
	}
	for _, r := range rows {
		if want[r[0]] != r[1] {
			t.Errorf("task %s: the page says %q, the chain %q", r[0], r[1], want[r[0]])
		}
	}

	// The deal in words: where it stands, its deadlines, its tag, result links and its
	// transactions with the gas they used.
	state, err := chromedp.Run(bctx, chromedp.Text("#deal-state"))
	if err != nil || !strings.Contains(state, "completed") && !strings.Contains(state, "failed") {
		t.Errorf("the ended deal's state: %q %v", state, err)
	}
	facts, err := chromedp.Run(bctx, chromedp.Evaluate[[]int](`[document.querySelectorAll("td.result a").length,
		document.querySelectorAll("table.txs tbody tr").length,
		Array.from(document.querySelectorAll("td.gas")).filter(td => /^[0-9]{1,3}(,[0-9]{3})+$/.test(td.textContent.trim())).length,
		document.querySelectorAll("dl.deadlines time[datetime]").length]`))
	if err != nil || len(facts) != 4 || facts[0] == 0 || facts[1] == 0 || facts[2] != facts[1] || facts[3] != 2 {
		t.Errorf("the deal page's result links, transactions, gas used and deadlines: %v %v", facts, err)
	}

	// Live updates: the script connects to the event stream.
	if err := chromedp.Do(bctx, chromedp.WaitVisible("#live.on")); err != nil {
		t.Errorf("live updates did not connect: %v", err)
	}

	// Laptop and phone: home, market, deal and worker at 1400 and 390 pixels, without
	// sideways scrolling of the page; at 1400 the home page's tables show every column
	// and do not scroll inside their frames either.
	for _, vp := range []struct {
		w, h  int64
		scale float64
	}{{1400, 900, 1}, {390, 844, 2}} {
		if err := chromedp.Do(bctx, chromedp.EmulateViewport(vp.w, vp.h, chromedp.EmulateScale(vp.scale))); err != nil {
			t.Fatal(err)
		}
		for _, p := range []struct{ path, name string }{
			{"/", "home"}, {"/market", "market"}, {"/deals/" + dealID, "deal"}, {"/workers/" + faulty.Hex(), "worker"},
		} {
			name := fmt.Sprintf("%s-%d", p.name, vp.w)
			open(p.path, name)
			fits, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth <= window.innerWidth`))
			if err != nil {
				t.Fatal(err)
			}
			if !fits {
				w, _ := chromedp.Run(bctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
				t.Errorf("%s at %d px scrolls sideways: %d px wide", p.path, vp.w, w)
			}
			if vp.w == 1400 && p.name == "home" {
				bad, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`[].concat(
					Array.from(document.querySelectorAll("main th")).filter(th => getComputedStyle(th).display === "none").map(th => "hidden column " + th.textContent),
					Array.from(document.querySelectorAll("main .scroll")).filter(s => s.scrollWidth > s.clientWidth + 1).map(s => "scrolling table " + s.scrollWidth + " > " + s.clientWidth))`))
				if err != nil || len(bad) > 0 {
					t.Errorf("the home page at 1400 px: %v %v", bad, err)
				}
			}
			if n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`(window.pocoCSPViolations || []).length`)); err != nil || n != 0 {
				t.Errorf("%s: %d CSP violations seen by the page (%v)", p.path, n, err)
			}
		}
	}
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}

	// A phone: the deal page in a 390-pixel viewport, without horizontal page scroll.
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)), chromedp.Navigate(explorerURL+"/deals/"+dealID), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
		t.Fatal(err)
	}
	shot("deal-phone")
	overflow, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if err != nil {
		t.Fatal(err)
	}
	if overflow {
		t.Error("on a phone the deal page scrolls sideways")
	}
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}

	// A task that needs a GPU, on this pool whose workers have none: its page and its
	// deal's say why it waits, as the pool's scheduler says, and follow the scheduler
	// live: stopped, the page says it cannot be reached; started again, the reason is back.
	// Live updates under the policy: the home page's deal count follows a new deal.
	open("/", "home-before-live-update")
	dealsBefore, err := chromedp.Run(bctx, chromedp.Text("#stat-deals"))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx, chromedp.WaitVisible("#live.on")); err != nil {
		t.Errorf("live updates did not connect on the home page: %v", err)
	}
	gpuDeal, err := n.Buy(ctx, localnet.Request{App: app, Volume: 2, Trust: 1, Tag: protocol.TagGPU})
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelector("#stat-deals").textContent.trim() !== %q`, strings.TrimSpace(dealsBefore)),
		chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Errorf("the open home page did not update its deal count (%s) live: %v", dealsBefore, err)
	}
	shot("home-after-live-update")
	const noGPU = "waiting for a worker with a GPU (no worker offers a GPU)"
	sched := api.NewClient(n.SchedulerURL(), nil)
	waitUntil(t, time.Minute, "the scheduler to say why the GPU task waits", func() bool {
		st, err := sched.Task(ctx, gpuDeal.TaskID(0))
		return err == nil && st.Reason == noGPU
	})
	if err := n.Explorer().Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	gpuTask := strings.ToLower(gpuDeal.TaskID(0).Hex())
	if text := open("/tasks/"+gpuTask, "task-waiting-for-a-gpu"); !strings.Contains(text, "Why it waits") || !strings.Contains(text, noGPU) {
		t.Errorf("the GPU task's page does not say why it waits:\n%.800s", text)
	}
	if err := n.StopScheduler(); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void](`document.querySelector("#why") && document.querySelector("#why").textContent.includes("cannot be reached")`,
		chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		text, _ := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("main")))
		t.Errorf("with its scheduler stopped, the open task page does not say it cannot be reached (%v):\n%.800s", err, text)
	}
	shot("task-scheduler-down")
	if err := n.StartScheduler(ctx); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void](`document.querySelector("#why") && document.querySelector("#why").textContent.includes("no worker offers a GPU")`,
		chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Errorf("with its scheduler started again, the open task page does not say why the task waits again: %v", err)
	}
	if text := open("/deals/"+strings.ToLower(gpuDeal.ID.Hex()), "deal-waiting-for-a-gpu"); strings.Count(text, noGPU) != 2 {
		t.Errorf("the GPU deal's page does not say why each of its 2 tasks waits:\n%.1200s", text)
	} else if !strings.Contains(text, "GPU") || !strings.Contains(text, "running") {
		t.Errorf("the GPU deal's page does not say it is running with the tag GPU:\n%.1200s", text)
	}
	if n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`(window.pocoCSPViolations || []).length`)); err != nil || n != 0 {
		t.Errorf("%d CSP violations seen by the page (%v)", n, err)
	}
	if v := violations(); len(v) > 0 {
		t.Errorf("the browser reported Content-Security-Policy violations:\n%s", strings.Join(v, "\n"))
	}
	// The checks above can fail: an inline style attribute is refused, and both the page's
	// listener and the console report it.
	if err := chromedp.Do(bctx, chromedp.Evaluate[chromedp.Void](`document.body.setAttribute("style", "color: red")`),
		chromedp.Poll[chromedp.Void](`window.pocoCSPViolations.length > 0`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Errorf("an inline style attribute was not reported as a CSP violation by the page: %v", err)
	}
	waitUntil(t, 5*time.Second, "the console to report the inline style as a CSP violation", func() bool { return len(violations()) > 0 })
}

// watchCSP collects the console messages of the browser of ctx that report a
// Content-Security-Policy violation; the func returns those seen so far.
func watchCSP(ctx context.Context) func() []string {
	var mu sync.Mutex
	var seen []string
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if strings.Contains(m.Text, "Content Security Policy") || strings.Contains(m.Text, "Content-Security-Policy") {
				mu.Lock()
				seen = append(seen, string(m.Type)+": "+m.Text)
				mu.Unlock()
			}
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// publishHello builds the hello example app and registers it on the network n.
func publishHello(t *testing.T, ctx context.Context, n *localnet.Net) *localnet.App {
	t.Helper()
	module, err := examples.Build(ctx, examples.Hello, filepath.Join(os.TempDir(), "poco-test-examples"))
	if err != nil {
		t.Fatal(err)
	}
	wasm, err := os.ReadFile(module)
	if err != nil {
		t.Fatal(err)
	}
	app, err := n.PublishApp(ctx, "hello", wasm)
	if err != nil {
		t.Fatal(err)
	}
	return app
}

// screenshotDir makes a folder for a browser test's screenshots (kept after the test, to
// look at) and logs its path.
func screenshotDir(t *testing.T, prefix string) string {
	t.Helper()
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// waitUntil polls cond until it holds, failing the test after timeout.
func waitUntil(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func devnetConfig(base string) devnet.Config {
	return devnet.Config{DataDir: filepath.Join(base, "devnet"), ConfigPath: filepath.Join(base, "config.json"), IdleBlockInterval: time.Second}
}

func getJSON(url string, v any) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
