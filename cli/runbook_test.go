package cli

import (
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/sdk"
)

// startBook runs a market service on the test chain, in process, and makes it the
// configured market (POCO_MARKET).
func (e *runEnv) startBook(t *testing.T) *market.Client {
	t.Helper()
	st, err := market.OpenStore(bgCtx, filepath.Join(t.TempDir(), "market.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc, err := market.New(market.Config{Chain: e.client(t, common.Address{}), Store: st})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc.Handler())
	t.Cleanup(srv.Close)
	t.Setenv(EnvMarket, srv.URL)
	return market.NewClient(srv.URL)
}

// `poco run APP` with a market configured buys the cheapest compatible offers of the
// book, says what it pays first, and says why nothing matched when nothing does.
func TestRunCLIFromMarket(t *testing.T) {
	e := newRunEnv(t)
	mc := e.startBook(t)
	app, _, dear, _ := e.signedOrders(t, "", defaultPrices()) // pool at 10 RLC
	p := defaultPrices()
	p.pool = "4"
	_, _, cheap, _ := e.signedOrders(t, "cheap-", p)
	p.pool = "2"
	p.poolVolume = "1"
	_, _, small, _ := e.signedOrders(t, "small-", p) // cheapest, but 1 task only
	var published []*market.Order
	pocoJSON(t, &published, "order", "publish", app, dear, cheap, small)
	cheapHash := published[2].Hash

	client := e.client(t, common.Address{})
	done := make(chan error, 1)
	var stdout, stderr string
	go func() {
		var err error
		stdout, stderr, err = runPoco(t, "", "run", e.app.Hex(), "--volume", "2", "--no-download", "--yes", "--json")
		done <- err
	}()
	var deal *sdk.Deal
	for deadline := time.Now().Add(20 * time.Second); deal == nil; time.Sleep(20 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("poco run ended before a deal was made: %v\nstdout %s\nstderr %s", err, stdout, stderr)
		default:
		}
		deals, err := client.DealsOfRequester(bgCtx, e.requester)
		if err != nil {
			t.Fatal(err)
		}
		if len(deals) > 0 {
			deal = deals[len(deals)-1]
		}
		if time.Now().After(deadline) {
			t.Fatal("poco run made no deal")
		}
	}
	if deal.WorkerpoolPrice.Int64() != 4e9 || deal.BotSize != 2 || deal.Workerpool != e.pool {
		t.Fatalf("the deal poco run made from the book: %+v; want 2 tasks at the 4 RLC offer", deal)
	}
	res, digest := e.putResult(t, map[string]string{"out.txt": "x"})
	e.completeTask(t, deal.ID, 0, digest, res)
	e.completeTask(t, deal.ID, 1, digest, res)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("poco run: %v\nstderr %s", err, stderr)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("poco run did not end")
	}
	v := decodeRun(t, stdout)
	if v.Orders == nil || v.Orders.Workerpool.File != mc.URL()+market.PathOrders+"/"+cheapHash.Hex() || v.Cost != "14" {
		t.Fatalf("poco run --json: %+v", v)
	}
	for _, want := range []string{"7 RLC per task (app 3 + workerpool 4), 14 RLC in all", "workerpool order: " + mc.URL()} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}

	// Nothing matches: a GPU, a maximum price, too many tasks, an app nobody sells.
	pocoFails(t, []string{"nothing to buy in the market at " + mc.URL(), "no pool offers tag gpu in category 0"},
		"run", e.app.Hex(), "--category", "XS", "--gpu", "--yes")
	pocoFails(t, []string{"costs more than --max-price 1 RLC per task", "the cheapest: 2 RLC"},
		"run", e.app.Hex(), "--max-price", "1", "--yes")
	pocoFails(t, []string{"no workerpool order has 11 task(s) left"}, "run", e.app.Hex(), "--volume", "11", "--yes")
	pocoFails(t, []string{"no usable app order", "it has 8 of its 10 task(s) left, 9 wanted"}, "run", e.app.Hex(), "--volume", "9", "--yes")
	pocoFails(t, []string{"the cheapest usable orders cost 5 RLC per task", "above --max-price 4 RLC"}, "run", e.app.Hex(), "--max-price", "4", "--yes")
	pocoFails(t, []string{"the market has no open app order for app " + e.dataset.Hex()}, "run", e.dataset.Hex(), "--yes")
}
