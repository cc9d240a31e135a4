package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/internal/freeport"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/market/marketbench"
)

// `poco market` on a devnet: publish with `poco order publish`, read with `poco orderbook`,
// a match on chain takes the request out of the book, `poco order unpublish` the rest.
func TestMarketCLI(t *testing.T) {
	m := newMarketEnv(t)
	addr, err := freeport.Addr()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	lines, done, errOut := runDevnet(t, ctx, "market", "--listen", addr, "--db", filepath.Join(t.TempDir(), "market.db"), "--poll", "50ms")
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("poco market: %v (stderr %s)", err, errOut)
		}
	}()
	select {
	case line := <-lines:
		if !strings.Contains(line, "Market of hub") {
			t.Fatalf("poco market printed %q", line)
		}
	case err := <-done:
		t.Fatalf("poco market stopped: %v (stderr %s)", err, errOut)
	case <-time.After(30 * time.Second):
		t.Fatal("poco market did not start")
	}
	t.Setenv(EnvMarket, "http://"+addr)

	app, _, pool, req := m.signedOrders(t, "", defaultPrices())
	out := poco(t, "order", "publish", app, pool, req)
	for _, want := range []string{"Published app order", "Published workerpool order", "Published request order", "10 of 10 tasks left"} {
		if !strings.Contains(out, want) {
			t.Fatalf("publish printed %q, want %q", out, want)
		}
	}
	pocoFails(t, []string{"no signature and is not presigned"}, "order", "publish", m.file("app.json"))

	var page market.Page
	pocoJSON(t, &page, "orderbook", "workerpool", "--category", "XS", "--min-volume", "5")
	if len(page.Orders) != 1 || page.Orders[0].Asset != m.pool || page.Orders[0].Remaining != 10 {
		t.Fatalf("orderbook workerpool: %+v", page)
	}
	out = poco(t, "orderbook", "app", "--app", m.app.Hex())
	for _, want := range []string{"PRICE", "3 RLC", "10/10", m.appOwner.Hex()} {
		if !strings.Contains(out, want) {
			t.Fatalf("orderbook app printed %q, want %q", out, want)
		}
	}
	pocoFails(t, []string{"no such category"}, "orderbook", "workerpool", "--category", "HUGE")

	// Matched on chain: the request leaves the book.
	m.match(t, app, "", pool, req)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		pocoJSON(t, &page, "orderbook", "request")
		if len(page.Orders) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the matched request is still in the book: %+v", page.Orders[0])
		}
	}
	out = poco(t, "orderbook", "request", "--status", "filled")
	if !strings.Contains(out, "(filled)") {
		t.Fatalf("filled requests: %q", out)
	}

	out = poco(t, "order", "unpublish", "--all", "--kind", "workerpool", "--from", m.poolOwner.Hex())
	if !strings.Contains(out, "Unpublished 0x") {
		t.Fatalf("unpublish printed %q", out)
	}
	out = poco(t, "orderbook", "workerpool")
	if !strings.Contains(out, "No workerpool order matches") {
		t.Fatalf("orderbook after unpublish: %q", out)
	}
}

func TestBenchMarketCLI(t *testing.T) {
	out, errOut, err := runPoco(t, "", "bench", "market", "--orders", "200", "--queries", "50", "--json")
	if err != nil {
		t.Fatalf("bench market: %v (stderr %s)", err, errOut)
	}
	var rs []marketbench.Result
	if err := json.Unmarshal([]byte(out), &rs); err != nil || len(rs) != 1 || rs[0].Store != "sqlite" || rs[0].PublishPerS <= 0 || rs[0].QueryP99Ms <= 0 {
		t.Fatalf("bench market printed %q: %v", out, err)
	}
	var raw []map[string]any
	json.Unmarshal([]byte(out), &raw)
	for _, k := range []string{"store", "publish_per_s", "query_p50_ms", "query_p99_ms"} {
		if _, ok := raw[0][k]; !ok {
			t.Fatalf("bench market lacks %s: %s", k, fmt.Sprint(raw[0]))
		}
	}
}
