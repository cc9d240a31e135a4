package explorer_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/sdk"
)

// chartPoints maps the data-chart of each chart of an HTML page to its points.
func chartPoints(html string) map[string]int {
	out := map[string]int{}
	for _, m := range regexp.MustCompile(`<figure class="chart" data-chart="([^"]+)" data-points="(\d+)">`).FindAllStringSubmatch(html, -1) {
		out[m[1]], _ = strconv.Atoi(m[2])
	}
	return out
}

// TestChartsPagesAndAPI renders the charts of the market, pool and worker pages over a
// simulated chain where one trust-3 task completed, and their series in the JSON API.
func TestChartsPagesAndAPI(t *testing.T) {
	e := pocotest.New(t)
	deal := e.MatchDefault(3, 3)
	good := pocotest.Digest("good")
	for _, w := range e.Workers[1:4] {
		e.Contribute(w, deal, 0, good)
	}
	for _, w := range e.Workers[1:4] {
		e.Reveal(w, deal, 0, good)
	}
	e.Finalize(deal, 0, good)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := sdk.New(ctx, e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	x, err := explorer.Start(ctx, explorer.Options{Client: c, DBPath: filepath.Join(t.TempDir(), "x.db"), Listen: "127.0.0.1:0", PollInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if err := x.Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	winner := strings.ToLower(e.Workers[1].Address.Hex())
	pool := strings.ToLower(e.Pool.Hex())

	for _, rg := range []string{"", "?range=1h", "?range=24h", "?range=7d", "?range=all"} {
		for _, p := range []struct {
			path string
			want map[string]int
		}{
			{"/market", map[string]int{"market-tasks": 1, "category-0-price": 1, "category-0-capacity": 0}},
			{"/pools/" + pool, map[string]int{"pool-tasks": 1, "pool-price": 1}},
			{"/workers/" + winner, map[string]int{"worker-score": 1, "worker-earnings": 1}},
		} {
			code, body := get(t, x.URL()+p.path+rg)
			if code != 200 {
				t.Fatalf("GET %s%s: %d", p.path, rg, code)
			}
			got := chartPoints(body)
			for k, n := range p.want {
				if got[k] != n {
					t.Errorf("GET %s%s: chart %s has %d points, want %d (charts %v)", p.path, rg, k, got[k], n, got)
				}
			}
			cur := strings.TrimPrefix(rg, "?range=")
			if cur == "" {
				cur = explorer.DefaultChartRange
			}
			if !strings.Contains(body, `?range=`+cur+`" aria-current="page"`) {
				t.Errorf("GET %s%s: the range tab %s is not marked current", p.path, rg, cur)
			}
			if !strings.Contains(body, `role="img"`) || strings.Contains(body, " style=") {
				t.Errorf("GET %s%s: charts without role=img, or with inline style", p.path, rg)
			}
		}
	}
	if code, _ := get(t, x.URL()+"/market?range=1y"); code != 400 {
		t.Errorf("GET /market?range=1y: %d, want 400", code)
	}

	// The JSON API: the same series.
	var m explorer.Market
	_, body := get(t, x.URL()+"/api/market?range=24h")
	if err := json.Unmarshal([]byte(body), &m); err != nil || m.Series == nil {
		t.Fatalf("/api/market: %v\n%.500s", err, body)
	}
	if m.Series.Range != "24h" || m.Series.Bucket != 3600 || len(m.Series.Completed.Points) != 1 || m.Series.Completed.Points[0].Value != "1" ||
		len(m.Series.Failed.Points) != 0 || len(m.Series.Categories) != len(m.Categories) || len(m.Series.Categories[0].Price.Points) != 1 {
		t.Errorf("/api/market series: %+v", m.Series)
	}
	var pl, w struct {
		Series map[string]json.RawMessage `json:"series"`
	}
	_, body = get(t, x.URL()+"/api/assets/"+pool)
	if err := json.Unmarshal([]byte(body), &pl); err != nil || pl.Series["completed"] == nil || pl.Series["price"] == nil {
		t.Errorf("/api/assets/{pool} series: %v %v", err, pl.Series)
	}
	_, body = get(t, x.URL()+"/api/workers/"+winner)
	if err := json.Unmarshal([]byte(body), &w); err != nil || w.Series["score"] == nil || w.Series["earnings"] == nil {
		t.Errorf("/api/workers/{address} series: %v %v", err, w.Series)
	}
	var app map[string]any
	_, body = get(t, x.URL()+"/api/assets/"+strings.ToLower(e.App.Hex()))
	if err := json.Unmarshal([]byte(body), &app); err != nil || app["series"] != nil {
		t.Errorf("/api/assets/{app} has series: %v", err)
	}
}
