package index_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer/index"
)

func TestPagedLists(t *testing.T) { eachStore(t, testPagedLists) }

// testPagedLists: the paged lists (deals, a deal's tasks, workers, assets, a worker's
// contributions, an address's events), a deal's terms, transactions and result
// locations, on both stores.
func testPagedLists(t *testing.T, newDSN func() string) {
	e := pocotest.New(t)
	ctx := ctxFor(t)
	d1 := replicated(e)
	d2 := trustOne(e)
	db := open(t, newDSN())
	if err := indexer(t, e, db, index.Config{}).Sync(ctx); err != nil {
		t.Fatal(err)
	}
	deal1, deal2 := strings.ToLower(id(d1.Id)), strings.ToLower(id(d2.Id))

	all, err := db.Deals(ctx, index.DealFilter{Limit: 10, Offset: 0})
	if err != nil || len(all) != 2 || all[0].ID != deal2 {
		t.Fatalf("deals %+v %v", all, err)
	}
	if p2, err := db.Deals(ctx, index.DealFilter{Limit: 1, Offset: 1}); err != nil || len(p2) != 1 || p2[0].ID != deal1 {
		t.Errorf("page 2 of the deals: %+v %v", p2, err)
	}
	if tasks, err := db.DealTasks(ctx, deal1, 2, 1); err != nil || len(tasks) != 2 || tasks[0].Index != 1 || tasks[1].Index != 2 {
		t.Errorf("tasks 1-2 of deal 1: %+v %v", tasks, err)
	}
	ws, err := db.WorkersPage(ctx, 10, 0)
	if err != nil || len(ws) != 5 {
		t.Fatalf("workers %+v %v", ws, err)
	}
	if w2, err := db.WorkersPage(ctx, 2, 2); err != nil || len(w2) != 2 || w2[0].Address != ws[2].Address {
		t.Errorf("workers 2-3: %+v %v", w2, err)
	}
	if as, err := db.AssetsPage(ctx, "", 1, 1); err != nil || len(as) != 1 {
		t.Errorf("assets page 2: %+v %v", as, err)
	}
	worker := low(e.Workers[1].Address)
	if cs, err := db.WorkerContributions(ctx, worker, 1, 0); err != nil || len(cs) != 1 || cs[0].Worker != worker {
		t.Errorf("contributions of %s: %+v %v", worker, cs, err)
	}
	if evs, err := db.AddressEvents(ctx, worker, 2, 1); err != nil || len(evs) != 2 {
		t.Errorf("events of %s, page 2: %+v %v", worker, evs, err)
	}
	terms, err := db.DealTerms(ctx, deal1)
	if err != nil || terms.WorkClockTimeRef == 0 || terms.StartTime.IsZero() || !strings.HasPrefix(terms.Tag, "0x") {
		t.Errorf("terms of deal 1: %+v %v", terms, err)
	}
	// Deal 1: the match, 4 contributions, 3 reveals (with the consensus), the finalize.
	txs, err := db.DealTxs(ctx, deal1, 100, 0)
	if err != nil || len(txs) != 9 || txs[0].Events[0].Name != "OrdersMatched" || txs[8].Events[len(txs[8].Events)-1].Name != "TaskFinalize" {
		t.Errorf("transactions of deal 1: %+v %v", txs, err)
	}
	if p, err := db.DealTxs(ctx, deal1, 4, 8); err != nil || len(p) != 1 {
		t.Errorf("the last page of deal 1's transactions: %+v %v", p, err)
	}
	if res, err := db.DealResults(ctx, deal2); err != nil || len(res) != 1 {
		t.Errorf("results of deal 2: %+v %v", res, err)
	}
}

func TestPagedRecordLists(t *testing.T) { eachStore(t, testPagedRecordLists) }

// testPagedRecordLists: the lists records carry go on over pages — a pool's workers, a
// worker's score changes, an address's sponsored deals and owned assets — on both stores.
func testPagedRecordLists(t *testing.T, newDSN func() string) {
	e := pocotest.New(t)
	ctx := ctxFor(t)
	replicated(e) // workers 1-3 agree: a score change each; worker 0 dissents
	replicated(e) // and again
	trustOne(e)   // worker 4
	sponsor := e.Workers[7]
	var sponsored []string
	for range 3 {
		o := e.SignAll(e.DefaultOrders())
		o.Request.Volume = big.NewInt(1)
		e.SignAll(o)
		r := e.Tx(sponsor, e.Poco.PackSponsorMatchOrders(chain.AppOrderArg(o.App), chain.DatasetOrderArg(o.Dataset),
			chain.WorkerpoolOrderArg(o.Workerpool), chain.RequestOrderArg(o.Request), o.Sigs))
		sponsored = append(sponsored, strings.ToLower(id(e.DealFrom(r).Id)))
	}
	second := e.CreateApp(e.AppOwner, "second-app")
	e.CreateApp(e.AppOwner, "third-app")
	db := open(t, newDSN())
	if err := indexer(t, e, db, index.Config{}).Sync(ctx); err != nil {
		t.Fatal(err)
	}

	// The pool's workers: 5, worker 1-3 first (2 contributions each); page 2 of 2 follows on.
	pool := low(e.Pool)
	ws, err := db.PoolWorkers(ctx, pool, 10, 0)
	if err != nil || len(ws) != 5 || ws[0].Contributions != 2 || ws[4].Contributions != 1 {
		t.Fatalf("the pool's workers: %+v %v", ws, err)
	}
	if p2, err := db.PoolWorkers(ctx, pool, 2, 2); err != nil || len(p2) != 2 || p2[0].Address != ws[2].Address || p2[1].Address != ws[3].Address {
		t.Errorf("the pool's workers 2-3: %+v %v", p2, err)
	}
	if a, err := db.Asset(ctx, pool); err != nil || len(a.Workers) != 5 {
		t.Errorf("the pool's record: %+v %v", a, err)
	}

	// Worker 1's score changes, oldest first: 0 → 1, then 1 → 2.
	worker := low(e.Workers[1].Address)
	sc, err := db.WorkerScores(ctx, worker, 10, 0)
	if err != nil || len(sc) != 2 || sc[0].NewScore != 1 || sc[1].OldScore != 1 || sc[1].NewScore != 2 {
		t.Fatalf("worker 1's score changes: %+v %v", sc, err)
	}
	if p2, err := db.WorkerScores(ctx, worker, 1, 1); err != nil || len(p2) != 1 || p2[0] != sc[1] {
		t.Errorf("worker 1's second score change: %+v %v", p2, err)
	}
	if w, err := db.Worker(ctx, worker); err != nil || len(w.ScoreHistory) != 2 {
		t.Errorf("worker 1's record: %+v %v", w, err)
	}

	// The sponsor's deals, newest first: page 2 of 1 is the second newest; none of the requester's.
	if p2, err := db.Deals(ctx, index.DealFilter{Sponsored: low(sponsor.Address), Limit: 1, Offset: 1}); err != nil || len(p2) != 1 || p2[0].ID != sponsored[1] {
		t.Errorf("the second sponsored deal: %+v %v", p2, err)
	}
	if own, err := db.Deals(ctx, index.DealFilter{Sponsored: low(e.Requester.Address), Limit: 10}); err != nil || len(own) != 0 {
		t.Errorf("the requester paid its own deals, it sponsored none: %+v %v", own, err)
	}
	info, err := db.AddressInfo(ctx, low(sponsor.Address))
	if err != nil || len(info.Sponsored) != 3 || !contains(info.Roles, "sponsor") {
		t.Errorf("the sponsor: %+v %v", info, err)
	}

	// The app owner's assets, newest first: the second app on page 2 of 1.
	owned, err := db.OwnedAssets(ctx, low(e.AppOwner.Address), 10, 0)
	if err != nil || len(owned) != 3 || owned[0].Name != "third-app" || owned[2].Address != low(e.App) {
		t.Errorf("the app owner's assets: %+v %v", owned, err)
	}
	if p2, err := db.OwnedAssets(ctx, low(e.AppOwner.Address), 1, 1); err != nil || len(p2) != 1 || p2[0].Address != low(second) {
		t.Errorf("the app owner's second asset: %+v %v", p2, err)
	}
	if info, err := db.AddressInfo(ctx, low(e.AppOwner.Address)); err != nil || len(info.Owned) != 3 || !contains(info.Roles, "app owner") {
		t.Errorf("the app owner: %+v %v", info, err)
	}
}
