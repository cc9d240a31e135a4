package explorer_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestPagesAndAPI renders every page and API endpoint of an explorer over a simulated
// chain where a trust-3 task rejected a dissenting worker.
func TestPagesAndAPI(t *testing.T) {
	e := pocotest.New(t)
	deal := e.MatchDefault(3, 3)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	e.Contribute(e.Workers[0], deal, 0, bad)
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
	dealID := common.Hash(deal.Id).Hex()
	taskID := common.Hash(pocotest.TaskID(deal, 0)).Hex()
	faulty := strings.ToLower(e.Workers[0].Address.Hex())
	winner := strings.ToLower(e.Workers[1].Address.Hex())
	// An asset's usage is counted (its deals' list is elsewhere on the page).
	if _, body := get(t, x.URL()+"/pools/"+e.Pool.Hex()); !regexp.MustCompile(`<dt>Usage</dt><dd>[0-9]+ deals, [0-9]+ tasks</dd>`).MatchString(body) {
		t.Errorf("the pool page's usage is not counted:\n%.3000s", body)
	}
	for _, p := range []struct{ path, want string }{
		// A winner's reward of a replicated deal vests; the task page says how a result is accepted.
		{"/address/" + winner, "locked and vesting until"}, {"/workers/" + winner, "Rewards vesting"},
		{"/tasks/" + taskID, "reveals open only once the scheduler's planned workers, checks included, have voted"},
		{"/", "Tasks completed"}, {"/market", "seen in deals"}, {"/pools", "pool one"}, {"/pools/" + e.Pool.Hex(), "Policies"},
		{"/workers", faulty}, {"/workers/" + faulty, "rejected"}, {"/apps", "hello-wasm"}, {"/apps/" + e.App.Hex(), "WASM"},
		{"/datasets/" + e.Dataset.Hex(), "numbers"}, {"/deals", dealID}, {"/deals/" + dealID, "completed"},
		{"/tasks/" + taskID, "TaskConsensus"}, {"/address/" + faulty, "rejected"}, {"/address/" + e.Requester.Address.Hex(), "requester"},
		{"/search?q=nothing-here", "Nothing matches"}, {"/api/docs", "/api/stream"}, {"/static/style.css", "--accent"},
	} {
		code, body := get(t, x.URL()+p.path)
		if code != 200 || !strings.Contains(body, p.want) {
			t.Errorf("GET %s: %d, want 200 with %q", p.path, code, p.want)
		}
	}
	for _, p := range []string{"/api", "/api/status", "/api/stats", "/api/home", "/api/market", "/api/deals", "/api/deals/" + dealID,
		"/api/tasks", "/api/tasks/" + taskID, "/api/workers", "/api/workers/" + faulty, "/api/assets?kind=app", "/api/assets/" + e.Pool.Hex(),
		"/api/address/" + faulty, "/api/search?q=pool"} {
		code, body := get(t, x.URL()+p)
		var v any
		if code != 200 || json.Unmarshal([]byte(body), &v) != nil {
			t.Errorf("GET %s: %d %.200s", p, code, body)
		}
	}
	for _, p := range []struct {
		path string
		code int
	}{{"/deals/0x1234", 400}, {"/deals/0x" + strings.Repeat("ab", 32), 404}, {"/nowhere", 404}, {"/api/tasks/0x" + strings.Repeat("cd", 32), 404}} {
		if code, _ := get(t, x.URL()+p.path); code != p.code {
			t.Errorf("GET %s: %d, want %d", p.path, code, p.code)
		}
	}
	// The worker's API record: rejected contribution, score equal to the chain's.
	_, body := get(t, x.URL()+"/api/workers/"+faulty)
	var w struct {
		Score      uint64
		ChainScore *uint64
		Rejected   int64
	}
	if err := json.Unmarshal([]byte(body), &w); err != nil || w.Rejected != 1 || w.ChainScore == nil || *w.ChainScore != w.Score {
		t.Errorf("worker record %s: %+v %v", body, w, err)
	}
	// Search redirects to the one thing found.
	resp, err := http.Get(x.URL() + "/search?q=" + dealID)
	if err != nil || resp.Request.URL.Path != "/deals/"+dealID {
		t.Errorf("search by deal id landed on %v (%v)", resp.Request.URL, err)
	}
	resp.Body.Close()
}

// TestMarketPageOrderBook: given a market, the market page shows its open offers per
// category (the cheapest pool with its price, the volumes) beside the deals' price
// history; a market that cannot be reached leaves the page as without one, saying why.
func TestMarketPageOrderBook(t *testing.T) {
	e := pocotest.New(t)
	e.MatchDefault(2, 1) // a deal at 10 RLC: the price history
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := sdk.New(ctx, e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	st, err := market.OpenStore(ctx, filepath.Join(t.TempDir(), "market.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc, err := market.New(market.Config{Chain: c, Store: st, Limits: market.DefaultLimits()})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	msrv := httptest.NewServer(svc.Handler())
	defer msrv.Close()
	mc := market.NewClient(msrv.URL)
	w := e.WorkerpoolOrder()
	w.WorkerpoolPrice, w.Volume = big.NewInt(7*pocotest.RLC), big.NewInt(50)
	if _, err := mc.Publish(ctx, sdk.SignedWorkerpoolOrder{Order: w, Sig: e.Sign(e.PoolOwner.Key, w.Hash(e.Domain))}); err != nil {
		t.Fatal(err)
	}

	x, err := explorer.Start(ctx, explorer.Options{Client: c, DBPath: filepath.Join(t.TempDir(), "x.db"), Listen: "127.0.0.1:0", Market: mc})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if err := x.Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	price := sdk.FormatRLC(big.NewInt(7 * pocotest.RLC))
	code, body := get(t, x.URL()+"/market")
	for _, want := range []string{"Live order book", price, "pool one", "Tasks offered", "Price history (1 deals)", sdk.FormatRLC(big.NewInt(10 * pocotest.RLC))} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET /market: %d, want %q in\n%.3000s", code, want, body)
		}
	}
	var m explorer.Market
	_, body = get(t, x.URL()+"/api/market")
	if err := json.Unmarshal([]byte(body), &m); err != nil || m.Source != "order book" || len(m.Categories) == 0 {
		t.Fatalf("/api/market: %v %.500s", err, body)
	}
	b := m.Categories[0].Book
	if b == nil || b.Cheapest == nil || b.Cheapest.Price != big.NewInt(7*pocotest.RLC).String() ||
		b.Cheapest.Asset != strings.ToLower(e.Pool.Hex()) || b.OfferVolume != 50 || len(m.Categories[0].History) != 1 {
		t.Errorf("category 0 book %+v, history %+v", b, m.Categories[0].History)
	}
	if m.Categories[1].Book == nil || len(m.Categories[1].Book.Offers) != 0 {
		t.Errorf("category 1 book %+v", m.Categories[1].Book)
	}

	// A market that cannot be reached: the offers seen in deals, and why.
	msrv.Close()
	srv, err := explorer.NewServer(explorer.ServerConfig{DB: x.DB, Market: mc})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	code, body = get(t, hs.URL+"/market")
	if code != 200 || !strings.Contains(body, "could not be read") || !strings.Contains(body, "seen in deals") || strings.Contains(body, price) {
		t.Errorf("GET /market with the market down: %d\n%.2000s", code, body)
	}
}

// TestPagesSayWhyTasksWait: an unfinished task's page, and its deal's, say why it waits
// as the pool's scheduler says (the deal's in one question); a finished task asks
// nothing; no scheduler, a scheduler down and one that does not follow the deal are each
// said, and the pages still render.
func TestPagesSayWhyTasksWait(t *testing.T) {
	e := pocotest.New(t)
	deal := e.MatchDefault(2, 1)
	e.ContributeAndFinalize(e.Workers[0], deal, 0, pocotest.Digest("good"))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := sdk.New(ctx, e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	x, err := explorer.Start(ctx, explorer.Options{Client: c, DBPath: filepath.Join(t.TempDir(), "x.db"), Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if err := x.Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	dealID := common.Hash(deal.Id)
	done, open := common.Hash(pocotest.TaskID(deal, 0)), common.Hash(pocotest.TaskID(deal, 1))
	const why = "waiting for a worker with a GPU (no worker offers a GPU)"
	var asked []string
	sched := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		state := api.TaskState{Task: open, Deal: dealID, Index: 1, Status: "UNSET", Reason: why, Since: time.Now()}
		switch r.URL.Path {
		case api.TaskPath(open):
			json.NewEncoder(w).Encode(state)
		case api.DealTasksPath(dealID):
			json.NewEncoder(w).Encode(api.DealTasks{Deal: dealID, Tasks: []api.TaskState{
				{Task: done, Deal: dealID, Index: 0, Status: "COMPLETED", Reason: "completed: the result is final on chain"}, state}})
		default:
			w.WriteHeader(http.StatusNotFound)
			json.NewEncoder(w).Encode(api.Error{Error: "not followed"})
		}
	}))
	defer sched.Close()
	page := func(scheduler, path string) string {
		t.Helper()
		srv, err := explorer.NewServer(explorer.ServerConfig{DB: x.DB, Scheduler: scheduler})
		if err != nil {
			t.Fatal(err)
		}
		hs := httptest.NewServer(srv)
		defer hs.Close()
		code, body := get(t, hs.URL+path)
		if code != 200 {
			t.Fatalf("GET %s: %d\n%.1000s", path, code, body)
		}
		return body
	}
	taskPage, dealPage := "/tasks/"+strings.ToLower(open.Hex()), "/deals/"+strings.ToLower(dealID.Hex())
	for _, c := range []struct {
		name, scheduler, path string
		want                  []string
	}{
		{"the scheduler's reason on the task page", sched.URL, taskPage, []string{"Why it waits", why, "data-poll"}},
		{"the scheduler's reason on the deal page", sched.URL, dealPage, []string{"Why it waits", why}},
		{"no scheduler known", "", taskPage, []string{"This explorer knows no scheduler for this pool"}},
		{"a scheduler down", "http://127.0.0.1:1", taskPage, []string{"The pool&#39;s scheduler at http://127.0.0.1:1 cannot be reached now"}},
		{"a scheduler down, on the deal page", "http://127.0.0.1:1", dealPage, []string{"cannot be reached now"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			body := page(c.scheduler, c.path)
			for _, w := range c.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s does not say %q:\n%.3000s", c.path, w, body)
				}
			}
		})
	}
	asked = nil
	if body := page(sched.URL, "/tasks/"+strings.ToLower(done.Hex())); strings.Contains(body, "Why it waits") || len(asked) != 0 {
		t.Errorf("a completed task's page asked the scheduler %v or shows why it waits", asked)
	}
	if body := page(sched.URL, dealPage); strings.Count(body, "completed: the result is final") != 0 || len(asked) != 1 {
		t.Errorf("the deal page asked the scheduler %v (want one question) or shows a finished task's reason", asked)
	}
	// The JSON API carries the same.
	srv, err := explorer.NewServer(explorer.ServerConfig{DB: x.DB, Scheduler: sched.URL})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	var tp struct {
		Why *explorer.Why
	}
	if _, body := get(t, hs.URL+"/api"+taskPage); json.Unmarshal([]byte(body), &tp) != nil || tp.Why == nil || tp.Why.Reason != why {
		t.Errorf("/api%s: %s", taskPage, body)
	}
}
