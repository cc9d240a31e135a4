package explorer_test

// The charts in a real headless Chromium: a local network runs two bags (3 tasks at
// trust 1, 2 tasks at trust 3) and the market, pool and worker pages must render each
// SVG chart with as many points as the JSON API's series, the tasks completed adding up
// to 5, at 1400 and 390 pixels wide. Screenshots go to a temporary folder the test logs.

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// shownChart is what the browser shows of a chart.
type shownChart struct {
	ID       string             `json:"id"`
	Points   int                `json:"points"`   // circles and bars drawn
	Declared int                `json:"declared"` // its data-points
	Values   map[string]float64 `json:"values"`   // sum of data-value per series
	Counts   map[string]int     `json:"counts"`   // points per series
	Rows     int                `json:"rows"`     // rows of its data table
	Width    float64            `json:"width"`    // of the SVG, in CSS pixels
	Ref      string             `json:"ref"`      // the reference line's value
	Labelled bool               `json:"labelled"` // role=img named by its title and desc
}

const readCharts = `Array.from(document.querySelectorAll("figure.chart")).map(f => {
	const svg = f.querySelector("svg");
	const values = {}, counts = {};
	f.querySelectorAll("g.chart-series").forEach(g => {
		const k = g.dataset.series;
		counts[k] = g.querySelectorAll(".chart-point").length;
		values[k] = Array.from(g.querySelectorAll(".chart-point")).reduce((s, p) => s + parseFloat(p.dataset.value), 0);
	});
	const ids = (svg.getAttribute("aria-labelledby") || "").split(" ");
	const ref = f.querySelector(".chart-ref");
	return {id: f.dataset.chart, points: f.querySelectorAll(".chart-point").length, declared: parseInt(f.dataset.points),
		values, counts, rows: f.querySelectorAll("details tbody tr").length, width: svg.getBoundingClientRect().width,
		ref: ref ? ref.dataset.value : "",
		labelled: svg.getAttribute("role") === "img" && ids.length === 2 && ids.every(id => document.getElementById(id) !== null)};
})`

func TestChartsBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no network, no browser")
	}
	browser := chromium(t)
	shots := screenshotDir(t, "poco-explorer-charts-")

	base := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	n, err := localnet.Start(ctx, localnet.Config{
		Devnet: devnetConfig(base), Workers: 3, PollInterval: 100 * time.Millisecond,
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
	c, err := n.Client(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, r := range []localnet.Request{{App: app, Volume: 3, Trust: 1, Params: api.Params{Args: "charts"}}, {App: app, Volume: 2, Trust: 3, Params: api.Params{Args: "charts"}}} {
		deal, err := n.Buy(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := localnet.WaitDeal(ctx, c, deal, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := n.Explorer().Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	pool := strings.ToLower(n.Pool.Hex())
	worker := strings.ToLower(n.WorkerAddress(0).Hex())
	price, _ := strconv.ParseFloat(strings.TrimSuffix(sdk.FormatRLC(localnet.PoolPrice), " RLC"), 64)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	// The series the API gives, for the default range.
	var market explorer.Market
	var poolData struct {
		Series explorer.PoolSeries `json:"series"`
	}
	var workerData struct {
		Series explorer.WorkerSeries `json:"series"`
	}
	for _, g := range []struct {
		path string
		v    any
	}{{"/api/market", &market}, {"/api/assets/" + pool, &poolData}, {"/api/workers/" + worker, &workerData}} {
		if err := getJSON(explorerURL+g.path, g.v); err != nil {
			t.Fatal(err)
		}
	}
	if market.Series == nil || len(market.Series.Categories) == 0 {
		t.Fatalf("/api/market has no series: %+v", market.Series)
	}
	cat := market.Series.Categories[0]
	pts := func(s index.Series) int { return len(s.Points) }
	total := func(s index.Series) float64 {
		v := 0.0
		for _, p := range s.Points {
			f, _ := strconv.ParseFloat(p.Value, 64)
			v += f
		}
		return v
	}
	if total(market.Series.Completed) != 5 || total(poolData.Series.Completed) != 5 || pts(cat.Price) == 0 || pts(workerData.Series.Earnings) == 0 {
		t.Errorf("the API's series do not match the history: market %+v, pool %+v, worker %+v", market.Series, poolData.Series, workerData.Series)
	}

	type want struct {
		points    int
		completed float64 // sum of the completed bars, when > 0
		price     float64 // every price point's value, when > 0
		ref       bool
	}
	pages := []struct {
		path, name string
		charts     map[string]want
	}{
		{"/market", "market", map[string]want{
			"market-tasks":                              {points: pts(market.Series.Completed) + pts(market.Series.Failed), completed: 5},
			fmt.Sprintf("category-%d-price", cat.ID):    {points: pts(cat.Price), price: price, ref: true},
			fmt.Sprintf("category-%d-capacity", cat.ID): {points: -1}, // sampled when the page reads the book: at least 1
		}},
		{"/pools/" + pool, "pool", map[string]want{
			"pool-tasks": {points: pts(poolData.Series.Completed) + pts(poolData.Series.Failed), completed: 5},
			"pool-price": {points: pts(poolData.Series.Price), price: price},
		}},
		{"/workers/" + worker, "worker", map[string]want{
			"worker-score":    {points: pts(workerData.Series.Score)},
			"worker-earnings": {points: pts(workerData.Series.Earnings)},
		}},
	}
	for _, width := range []int64{1400, 390} {
		if err := chromedp.Do(bctx, chromedp.EmulateViewport(width, 900)); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			if p.name == "market" {
				// The pool publishes its offer again after its deals: wait for it in the book.
				waitUntil(t, time.Minute, "the pool's offer in the order book", func() bool {
					var m explorer.Market
					return getJSON(explorerURL+"/api/market", &m) == nil && len(m.Categories) > 0 &&
						m.Categories[0].Book != nil && m.Categories[0].Book.Cheapest != nil
				})
			}
			if err := chromedp.Do(bctx, chromedp.Navigate(explorerURL+p.path), chromedp.WaitVisible("figure.chart svg")); err != nil {
				t.Fatalf("loading %s: %v", p.path, err)
			}
			png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(shots, fmt.Sprintf("%s-%d.png", p.name, width)), png, 0o644); err != nil {
				t.Fatal(err)
			}
			shown, err := chromedp.Run(bctx, chromedp.Evaluate[[]shownChart](readCharts))
			if err != nil {
				t.Fatal(err)
			}
			byID := map[string]shownChart{}
			for _, s := range shown {
				byID[s.ID] = s
			}
			for id, w := range p.charts {
				s, ok := byID[id]
				where := fmt.Sprintf("%s at %d px, chart %s", p.path, width, id)
				switch {
				case !ok:
					t.Errorf("%s: not shown (charts %v)", where, shown)
					continue
				case w.points >= 0 && s.Points != w.points, w.points < 0 && s.Points < 1, s.Points != s.Declared:
					t.Errorf("%s: %d points drawn (%d declared), want %d", where, s.Points, s.Declared, w.points)
				case !s.Labelled:
					t.Errorf("%s: not an image named by its title and description", where)
				case s.Points > 0 && s.Rows == 0:
					t.Errorf("%s: no data table", where)
				case s.Width < min(300, 0.6*float64(width)) || s.Width > float64(width):
					t.Errorf("%s: %.0f px wide", where, s.Width)
				}
				if w.completed > 0 && s.Values["completed"] != w.completed {
					t.Errorf("%s: the completed bars add up to %v, want %v", where, s.Values["completed"], w.completed)
				}
				if w.price > 0 && (s.Counts["price"] == 0 || math.Abs(s.Values["price"]-w.price*float64(s.Counts["price"])) > 1e-9) {
					t.Errorf("%s: prices %v over %d points, want %v each", where, s.Values["price"], s.Counts["price"], w.price)
				}
				if w.ref && s.Ref != strconv.FormatFloat(price, 'f', -1, 64) {
					t.Errorf("%s: best offer line at %q, want %v", where, s.Ref, price)
				}
			}
			// No inline style or script in the charts (the Content-Security-Policy forbids them).
			inline, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("figure.chart [style], figure.chart script, .range-tabs [style]").length`))
			if err != nil {
				t.Fatal(err)
			}
			if inline != 0 {
				t.Errorf("%s at %d px: %d chart elements with inline style or script", p.path, width, inline)
			}
			overflow, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
			if err != nil {
				t.Fatal(err)
			}
			if overflow {
				t.Errorf("%s at %d px scrolls sideways", p.path, width)
			}
		}
	}

	// The range tabs: 24 hours, marked as the current page, keeps the points (all the
	// history is in the last hour), in buckets of an hour.
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(1400, 900), chromedp.Navigate(explorerURL+"/market"), chromedp.WaitVisible(".range-tabs"),
		chromedp.Click(`.range-tabs a[href$="range=24h"]`), chromedp.WaitVisible(`.range-tabs a[href$="range=24h"][aria-current="page"]`)); err != nil {
		t.Fatalf("the 24 hours tab: %v", err)
	}
	shown, err := chromedp.Run(bctx, chromedp.Evaluate[[]shownChart](readCharts))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shown {
		if s.ID == "market-tasks" && (s.Values["completed"] != 5 || s.Points < 1 || s.Points > 4) {
			t.Errorf("market tasks over 24 hours: %+v", s)
		}
	}
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err == nil {
		err = os.WriteFile(filepath.Join(shots, "market-24h-1400.png"), png, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}
