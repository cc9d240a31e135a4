package index_test

import (
	"strings"
	"testing"

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
