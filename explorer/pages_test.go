package explorer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/sdk"
)

// TestSecurityHeadersPagesAndDealWords: every response carries the security headers and
// no page has inline script or style; lists go on over pages (?page=, ?limit=) in the
// pages and the API; the deal page says where the deal stands, its deadlines, its tag in
// words, its tasks' result links and its transactions with their gas used.
func TestSecurityHeadersPagesAndDealWords(t *testing.T) {
	e := pocotest.New(t)
	var deals []common.Hash
	for range 3 {
		deals = append(deals, common.Hash(e.MatchDefault(3, 1).Id))
	}
	last := e.MatchDefault(3, 1)
	deals = append(deals, common.Hash(last.Id))
	e.ContributeAndFinalize(e.Workers[0], last, 0, pocotest.Digest("good"))
	e.ContributeAndFinalize(e.Workers[1], last, 2, pocotest.Digest("good"))

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
	fetch := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Get(x.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	dealID := strings.ToLower(deals[3].Hex())

	// Security headers on pages, the API, static files, errors; no inline script or style.
	inlineScript := regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`)
	for _, p := range []string{"/", "/deals", "/deals/" + dealID, "/workers", "/pools", "/apps", "/market", "/api/stats", "/api/deals",
		"/static/style.css", "/static/live.js", "/nowhere", "/deals/0x12"} {
		resp, body := fetch(p)
		h := resp.Header
		if h.Get("Content-Security-Policy") != explorer.ContentSecurityPolicy || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("Referrer-Policy") != "strict-origin-when-cross-origin" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: headers %v", p, h)
		}
		if strings.Contains(body, " style=") || inlineScript.MatchString(body) || strings.Contains(body, "<style") {
			t.Errorf("GET %s: inline style or script", p)
		}
	}
	for _, d := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "img-src 'self' data:"} {
		if !strings.Contains(explorer.ContentSecurityPolicy, d) {
			t.Errorf("the policy lacks %q", d)
		}
	}

	// Page 2 of the deals, one a page: the third newest, with links both ways.
	_, body := fetch("/deals?limit=1&page=2")
	if !strings.Contains(body, shortHash(deals[2])) || strings.Contains(body, shortHash(deals[3])) ||
		!strings.Contains(body, `href="/deals?limit=1"`) || !strings.Contains(body, `href="/deals?limit=1&amp;page=3"`) {
		t.Errorf("/deals?limit=1&page=2:\n%.3000s", body)
	}
	resp, body := fetch("/api/deals?limit=2&page=2")
	var list []struct{ ID string }
	if err := json.Unmarshal([]byte(body), &list); err != nil || len(list) != 2 || list[0].ID != strings.ToLower(deals[1].Hex()) {
		t.Errorf("/api/deals?limit=2&page=2: %v %.300s", err, body)
	}
	if l := resp.Header.Get("Link"); !strings.Contains(l, `</api/deals?limit=2>; rel="prev"`) || strings.Contains(l, "next") {
		t.Errorf("/api/deals?limit=2&page=2 Link: %q", l)
	}
	if _, body := fetch("/api/deals?limit=2&page=3"); strings.TrimSpace(body) != "[]" {
		t.Errorf("past the last page: %s", body)
	}
	// A deal's tasks over pages.
	var dp struct {
		State, StateText, TagWords string
		Tasks                      []struct{ Index uint64 }
		TasksPage                  struct {
			Page, Limit int
			More        bool
		}
		FinalDeadline *struct {
			Time time.Time
			In   string
		}
		ContributionDeadline *struct{ Time time.Time }
		Results              map[string]struct{ Location, URL string }
		Transactions         []struct {
			Hash    string
			GasUsed *uint64
			Events  []struct {
				Name  string
				Count int
			}
		}
	}
	if _, body := fetch("/api/deals/" + dealID + "?limit=1&page=2"); json.Unmarshal([]byte(body), &dp) != nil ||
		len(dp.Tasks) != 1 || dp.Tasks[0].Index != 1 || !dp.TasksPage.More || dp.TasksPage.Page != 2 {
		t.Errorf("/api/deals/%s?limit=1&page=2: %+v\n%.500s", dealID, dp, body)
	}
	if _, body := fetch("/deals/" + dealID + "?limit=1&page=3"); strings.Count(body, "<tr data-task=") != 1 || !strings.Contains(body, "Page 3") {
		t.Errorf("/deals/%s?limit=1&page=3:\n%.3000s", dealID, body)
	}
	// An asset's deals and an address's requested deals over pages.
	if _, body := fetch("/pools/" + e.Pool.Hex() + "?limit=1&page=2"); !strings.Contains(body, shortHash(deals[2])) || !strings.Contains(body, "Page 2") {
		t.Errorf("page 2 of the pool's deals:\n%.3000s", body)
	}
	if _, body := fetch("/address/" + e.Requester.Address.Hex() + "?limit=1&dealpage=3"); !strings.Contains(body, shortHash(deals[1])) ||
		strings.Contains(body, shortHash(deals[3])) || !strings.Contains(body, "Page 3") {
		t.Errorf("page 3 of the requester's deals:\n%.3000s", body)
	}
	// Workers, pools and apps pages.
	if _, body := fetch("/api/workers?limit=1&page=2"); !strings.Contains(body, "address") {
		t.Errorf("/api/workers?limit=1&page=2: %s", body)
	}
	if _, body := fetch("/workers?limit=1"); !strings.Contains(body, `rel="next"`) {
		t.Errorf("/workers?limit=1 has no next page:\n%.2000s", body)
	}

	// The deal in words: 2 of 3 tasks done, the third running; deadlines ahead; tag none;
	// result links; the transactions (the match, the two contributeAndFinalize) with gas.
	dp.Tasks = nil
	_, body = fetch("/api/deals/" + dealID)
	if err := json.Unmarshal([]byte(body), &dp); err != nil {
		t.Fatal(err)
	}
	if dp.State != explorer.DealRunning || dp.TagWords != "none" || dp.FinalDeadline == nil || dp.ContributionDeadline == nil ||
		!strings.HasPrefix(dp.FinalDeadline.In, "in ") || !dp.FinalDeadline.Time.After(dp.ContributionDeadline.Time) {
		t.Errorf("deal %s: state %q, tag %q, deadlines %+v %+v", dealID, dp.State, dp.TagWords, dp.FinalDeadline, dp.ContributionDeadline)
	}
	if len(dp.Results) != 2 {
		t.Errorf("deal results: %+v", dp.Results)
	}
	names := map[string]bool{}
	for _, tx := range dp.Transactions {
		if tx.GasUsed == nil || *tx.GasUsed == 0 {
			t.Errorf("transaction %s: no gas used", tx.Hash)
		}
		for _, ev := range tx.Events {
			names[ev.Name] = true
		}
	}
	if len(dp.Transactions) != 3 || !names["OrdersMatched"] || !names["TaskFinalize"] || !names["TaskContribute"] {
		t.Errorf("deal transactions: %+v", dp.Transactions)
	}
	_, body = fetch("/deals/" + dealID)
	for _, want := range []string{`data-state="running"`, "Contribution deadline", "Final deadline", "<time datetime=", "none", "Transactions", "Gas used", "finalize", "match"} {
		if !strings.Contains(body, want) {
			t.Errorf("the deal page does not say %q", want)
		}
	}
	for _, tx := range dp.Transactions {
		if g := *tx.GasUsed; g < 1000 || !strings.Contains(body, `<td class="gas">`+withCommas(g)+`</td>`) {
			t.Errorf("the deal page does not print the gas used %d as %s", g, withCommas(g))
		}
	}
	if strings.Count(body, `>result</a>`) != 2 {
		t.Errorf("the deal page does not link the 2 results:\n%.4000s", body)
	}
	if _, body := fetch("/deals/" + strings.ToLower(deals[0].Hex())); !strings.Contains(body, "running") || strings.Contains(body, "<code title=\"\"></code>") {
		t.Errorf("an untouched deal is not running, or shows empty result cells")
	}
	taskID := strings.ToLower(common.Hash(pocotest.TaskID(last, 1)).Hex())
	if _, body := fetch("/tasks/" + taskID); !strings.Contains(body, "Final deadline") || !strings.Contains(body, "Tag") {
		t.Errorf("the task page lacks the deadlines or the tag:\n%.2000s", body)
	}
}

func shortHash(h common.Hash) string {
	s := strings.ToLower(h.Hex())
	return s[:8] + "…" + s[len(s)-4:]
}

// withCommas writes n with thousands separators, independently of the server's.
func withCommas(n uint64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// TestRecordListsGoOnOverPages: a pool's workers (?workerpage=), an address's sponsored
// deals (?sponsoredpage=) and owned assets (?ownedpage=) and a worker's score history
// (?scorepage=) go on over pages in the pages and the API, as the other lists do.
func TestRecordListsGoOnOverPages(t *testing.T) {
	e := pocotest.New(t)
	// Two replicated deals: workers 1-3 agree twice (two score changes each), worker 0 dissents.
	for range 2 {
		deal := e.MatchDefault(1, 3)
		good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
		e.Contribute(e.Workers[0], deal, 0, bad)
		for _, w := range e.Workers[1:4] {
			e.Contribute(w, deal, 0, good)
		}
		for _, w := range e.Workers[1:4] {
			e.Reveal(w, deal, 0, good)
		}
		e.Finalize(deal, 0, good)
	}
	// Worker 7 sponsors three deals of the requester.
	sponsor := e.Workers[7]
	var sponsored []common.Hash
	for range 3 {
		o := e.SignAll(e.DefaultOrders())
		o.Request.Volume = big.NewInt(1)
		e.SignAll(o)
		r := e.Tx(sponsor, e.Poco.PackSponsorMatchOrders(chain.AppOrderArg(o.App), chain.DatasetOrderArg(o.Dataset),
			chain.WorkerpoolOrderArg(o.Workerpool), chain.RequestOrderArg(o.Request), o.Sigs))
		sponsored = append(sponsored, common.Hash(e.DealFrom(r).Id))
	}
	// The app owner owns three apps.
	apps := []common.Address{e.App, e.CreateApp(e.AppOwner, "second-app"), e.CreateApp(e.AppOwner, "third-app")}

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
	fetch := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Get(x.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %s", path, resp.Status)
		}
		return resp, string(b)
	}
	type pageOf struct {
		Page, Limit int
		More        bool
	}

	// The pool's 4 workers, 2 a page: page 2 holds the last two, with a link back.
	var pool struct {
		Workers     []struct{ Address string }
		WorkersPage pageOf
	}
	_, body := fetch("/api/assets/" + e.Pool.Hex())
	var all struct{ Workers []struct{ Address string } }
	if err := json.Unmarshal([]byte(body), &all); err != nil || len(all.Workers) != 4 {
		t.Fatalf("the pool's workers: %v %.500s", err, body)
	}
	if _, body := fetch("/api/assets/" + e.Pool.Hex() + "?limit=2&workerpage=2"); json.Unmarshal([]byte(body), &pool) != nil ||
		len(pool.Workers) != 2 || pool.Workers[0].Address != all.Workers[2].Address || pool.WorkersPage != (pageOf{2, 2, false}) {
		t.Errorf("page 2 of the pool's workers: %+v\n%.500s", pool, body)
	}
	if _, body := fetch("/api/assets/" + e.Pool.Hex() + "?limit=1&workerpage=2"); json.Unmarshal([]byte(body), &pool) != nil ||
		len(pool.Workers) != 1 || pool.Workers[0].Address != all.Workers[1].Address || !pool.WorkersPage.More {
		t.Errorf("page 2 of the pool's workers, 1 a page: %+v", pool)
	}
	_, body = fetch("/pools/" + e.Pool.Hex() + "?limit=1&workerpage=2")
	if !strings.Contains(body, "/workers/"+all.Workers[1].Address) || strings.Contains(body, "/workers/"+all.Workers[0].Address+`"`) ||
		!strings.Contains(body, `href="/pools/`+e.Pool.Hex()+`?limit=1&amp;workerpage=3"`) || !strings.Contains(body, `href="/pools/`+e.Pool.Hex()+`?limit=1"`) {
		t.Errorf("page 2 of the pool page's workers:\n%.4000s", body)
	}

	// The sponsor's deals, newest first, 1 a page: page 2 is the second newest.
	var addr struct {
		Sponsored     []struct{ ID string }
		SponsoredPage pageOf
		Owned         []struct{ Address, Name string }
		OwnedPage     pageOf
		Roles         []string
	}
	if _, body := fetch("/api/address/" + sponsor.Address.Hex() + "?limit=1&sponsoredpage=2"); json.Unmarshal([]byte(body), &addr) != nil ||
		len(addr.Sponsored) != 1 || addr.Sponsored[0].ID != strings.ToLower(sponsored[1].Hex()) || addr.SponsoredPage != (pageOf{2, 1, true}) {
		t.Errorf("page 2 of the sponsored deals: %+v\n%.500s", addr, body)
	}
	if _, body := fetch("/api/address/" + sponsor.Address.Hex()); json.Unmarshal([]byte(body), &addr) != nil ||
		len(addr.Sponsored) != 3 || addr.SponsoredPage.More || !slices.Contains(addr.Roles, "sponsor") {
		t.Errorf("the sponsored deals: %+v", addr)
	}
	_, body = fetch("/address/" + sponsor.Address.Hex() + "?limit=1&sponsoredpage=3")
	if !strings.Contains(body, shortHash(sponsored[0])) || strings.Contains(body, shortHash(sponsored[2])) ||
		!strings.Contains(body, `href="/address/`+sponsor.Address.Hex()+`?limit=1&amp;sponsoredpage=2"`) || !strings.Contains(body, "Page 3") {
		t.Errorf("page 3 of the address page's sponsored deals:\n%.4000s", body)
	}

	// The app owner's assets, newest first, 1 a page: page 2 is the second app.
	if _, body := fetch("/api/address/" + e.AppOwner.Address.Hex() + "?limit=1&ownedpage=2"); json.Unmarshal([]byte(body), &addr) != nil ||
		len(addr.Owned) != 1 || addr.Owned[0].Address != strings.ToLower(apps[1].Hex()) || addr.OwnedPage != (pageOf{2, 1, true}) ||
		!slices.Contains(addr.Roles, "app owner") {
		t.Errorf("page 2 of the owned assets: %+v\n%.500s", addr, body)
	}
	_, body = fetch("/address/" + e.AppOwner.Address.Hex() + "?limit=1&ownedpage=2")
	if !strings.Contains(body, "second-app") || strings.Contains(body, ">third-app</a>") || strings.Contains(body, ">hello-wasm</a>") ||
		!strings.Contains(body, `href="/address/`+e.AppOwner.Address.Hex()+`?limit=1&amp;ownedpage=3"`) {
		t.Errorf("page 2 of the address page's owned assets:\n%.4000s", body)
	}

	// Worker 1's score history, oldest first, 1 a page: page 2 is the second change.
	worker := strings.ToLower(e.Workers[1].Address.Hex())
	var wk struct {
		ScoreHistory     []struct{ OldScore, NewScore uint64 }
		ScoreHistoryPage pageOf
	}
	if _, body := fetch("/api/workers/" + worker); json.Unmarshal([]byte(body), &wk) != nil || len(wk.ScoreHistory) != 2 ||
		wk.ScoreHistory[1].NewScore <= wk.ScoreHistory[0].NewScore || wk.ScoreHistoryPage.More {
		t.Fatalf("worker 1's score history: %+v\n%.500s", wk, body)
	}
	second := wk.ScoreHistory[1]
	if _, body := fetch("/api/workers/" + worker + "?limit=1&scorepage=2"); json.Unmarshal([]byte(body), &wk) != nil ||
		len(wk.ScoreHistory) != 1 || wk.ScoreHistory[0] != second || wk.ScoreHistoryPage != (pageOf{2, 1, false}) {
		t.Errorf("page 2 of worker 1's score history: %+v\n%.500s", wk, body)
	}
	_, body = fetch("/workers/" + worker + "?limit=1&scorepage=2")
	if !strings.Contains(body, fmt.Sprintf("%d → %d", second.OldScore, second.NewScore)) || strings.Contains(body, fmt.Sprintf("→ %d<", second.OldScore)) ||
		!strings.Contains(body, `href="/workers/`+worker+`?limit=1"`) || !strings.Contains(body, "Page 2") {
		t.Errorf("page 2 of the worker page's score history:\n%.4000s", body)
	}
}
