package index_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/internal/pgtest"
	"github.com/pocolabs/poco/sdk"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}

// stores are the databases every index test runs against: dsn gives a new, empty one
// (an SQLite file, a PostgreSQL database of pgtest: skipped without a server, except in
// CI where it fails).
var stores = []struct {
	name string
	dsn  func(t testing.TB) string
}{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "index.db") }},
	{"postgres", func(t testing.TB) string { return pgtest.DSN(t, "poco_explorer") }},
}

// eachStore runs test once per store; newDSN gives a new, empty database of that store.
func eachStore(t *testing.T, test func(t *testing.T, newDSN func() string)) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			test(t, func() string { return st.dsn(t) })
		})
	}
}

func ctxFor(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func client(t testing.TB, e *pocotest.Env) *sdk.Client {
	t.Helper()
	c, err := sdk.New(context.Background(), e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func open(t testing.TB, path string) *index.DB {
	t.Helper()
	db, err := index.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func indexer(t testing.TB, e *pocotest.Env, db *index.DB, cfg index.Config) *index.Indexer {
	t.Helper()
	cfg.Client, cfg.DB = client(t, e), db
	ix, err := index.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// replicated runs a trust-3 deal of 3 tasks: on task 0, worker 0 dissents and workers
// 1-3 agree, reveal and are finalized; tasks 1 and 2 stay unset. It returns the deal.
func replicated(e *pocotest.Env) bindings.Deal {
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
	return deal
}

// trustOne runs a trust-1 deal of 2 tasks, task 0 done by contributeAndFinalize.
func trustOne(e *pocotest.Env) bindings.Deal {
	deal := e.MatchDefault(2, 1)
	e.ContributeAndFinalize(e.Workers[4], deal, 0, pocotest.Digest("fast"))
	return deal
}

func id(h [32]byte) string { return common.Hash(h).Hex() }

func low(a common.Address) string { return strings.ToLower(a.Hex()) }

func TestIndexStoresEvents(t *testing.T) { eachStore(t, testIndexStoresEvents) }

func testIndexStoresEvents(t *testing.T, newDSN func() string) {
	e := pocotest.New(t)
	ctx := ctxFor(t)
	d1 := replicated(e)
	d2 := trustOne(e)
	db := open(t, newDSN())
	var steps []index.Progress
	ix := indexer(t, e, db, index.Config{BatchBlocks: 7, OnCommit: func(p index.Progress) { steps = append(steps, p) }})
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	head, _ := e.Client.BlockNumber(ctx)
	if cur, ok, err := db.Cursor(ctx); err != nil || !ok || cur.Block != head {
		t.Fatalf("cursor %+v %v %v, want block %d", cur, ok, err, head)
	}
	if len(steps) < 2 {
		t.Errorf("%d steps with ranges of 7 blocks up to block %d", len(steps), head)
	}

	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Deals != 2 || st.Tasks != 5 || st.TasksCompleted != 2 || st.TasksFailed != 0 || st.Workers != 5 || st.Pools != 1 || st.Apps != 1 || st.Datasets != 1 {
		t.Errorf("stats %+v", st)
	}
	wantVolume := new(big.Int).Add(mustDeal(t, d1).Cost(), mustDeal(t, d2).Cost())
	if st.Volume != wantVolume.String() {
		t.Errorf("volume %s, want %s", st.Volume, wantVolume)
	}

	deal, err := db.Deal(ctx, id(d1.Id))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{index.StatusCompleted, index.StatusUnset, index.StatusUnset}
	for i, ts := range deal.Tasks {
		if ts.Status != want[i] || ts.Index != uint64(i) || ts.ID != id(pocotest.TaskID(d1, uint64(i))) {
			t.Errorf("task %d: %+v, want status %s", i, ts, want[i])
		}
	}
	if deal.Trust != 3 || deal.AppName != "hello-wasm" || deal.WorkerpoolName != "pool one" || deal.Completed != 1 {
		t.Errorf("deal %+v", deal.DealSummary)
	}

	task, err := db.Task(ctx, id(pocotest.TaskID(d1, 0)))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range task.Contributions {
		got[c.Worker] = c.Status
	}
	if got[low(e.Workers[0].Address)] != index.ContributionRejected || got[low(e.Workers[1].Address)] != index.ContributionProved || len(got) != 4 {
		t.Errorf("contributions %v", got)
	}
	var names []string
	for _, ev := range task.Timeline {
		names = append(names, ev.Name)
	}
	if s := strings.Join(names, ","); !strings.Contains(s, "TaskStarted,TaskContribute") || !strings.Contains(s, "TaskConsensus") ||
		!strings.HasSuffix(s, "TaskFinalize") || !strings.Contains(s, "ContributionRejected") {
		t.Errorf("timeline %s", s)
	}
	if task.ResultDigest != id(pocotest.Digest("good")) || !strings.HasPrefix(task.Location, "/ipfs/") || task.ConsensusValue == "" {
		t.Errorf("task result %q %q consensus %q", task.ResultDigest, task.Location, task.ConsensusValue)
	}
	if task.Timeline[0].Time.IsZero() {
		t.Error("events have no time")
	}

	// Scores equal the chain's: 0 for the dissenter (fresh: nothing to lose), 1 for the others.
	for i, w := range e.Workers[:5] {
		wk, err := db.Worker(ctx, w.Address.Hex())
		if err != nil {
			t.Fatalf("worker %d: %v", i, err)
		}
		if chainScore := e.Score(w.Address); wk.Score != chainScore {
			t.Errorf("worker %d: indexed score %d, chain %d", i, wk.Score, chainScore)
		}
		if i == 0 && (wk.Rejected != 1 || wk.Seized == "0") {
			t.Errorf("dissenter %+v", wk)
		}
		if i >= 1 && i <= 3 && (len(wk.ScoreHistory) != 1 || wk.Rewards == "0" || len(wk.Pools) != 1) {
			t.Errorf("worker %d: %+v", i, wk)
		}
	}
	fast, err := db.Task(ctx, id(pocotest.TaskID(d2, 0)))
	if err != nil || fast.Status != index.StatusCompleted || len(fast.Contributions) != 1 || fast.Contributions[0].Status != index.ContributionProved {
		t.Errorf("trust-1 task %+v %v", fast, err)
	}

	pool, err := db.Asset(ctx, e.Pool.Hex())
	if err != nil || pool.Kind != "workerpool" || pool.Owner != low(e.PoolOwner.Address) || pool.WorkerStakeRatio != 30 ||
		pool.Completed != 2 || len(pool.Workers) != 5 || len(pool.Orders) != 2 || pool.Earnings == "0" {
		t.Errorf("pool %+v %v", pool, err)
	}
	hits, err := db.Search(ctx, "HELLO")
	if err != nil || len(hits) != 1 || hits[0].Kind != "app" || hits[0].ID != low(e.App) {
		t.Errorf("search by name: %+v %v", hits, err)
	}
	hits, err = db.Search(ctx, task.Timeline[0].TxHash)
	if err != nil || len(hits) != 1 || hits[0].Kind != "tx" {
		t.Errorf("search by tx: %+v %v", hits, err)
	}
	hits, err = db.Search(ctx, id(d2.Id))
	if err != nil || len(hits) != 1 || hits[0].Kind != "deal" {
		t.Errorf("search by deal: %+v %v", hits, err)
	}
	addr, err := db.AddressInfo(ctx, e.Requester.Address.Hex())
	if err != nil || len(addr.Requested) != 2 || !contains(addr.Roles, "requester") || len(addr.Activity) == 0 {
		t.Errorf("requester %+v %v", addr, err)
	}
	market, err := db.Market(ctx)
	if err != nil || len(market) != 5 || market[0].Cheapest == nil || market[0].Cheapest.Price != fmt.Sprint(10*pocotest.RLC) {
		t.Errorf("market %+v %v", market, err)
	}
}

// TestIndexVesting: the rewards of replicated deals vest, are released or forfeited; the
// index keeps each as the worker's activity, and a worker's vesting equals the chain's.
func TestIndexVesting(t *testing.T) { eachStore(t, testIndexVesting) }

func testIndexVesting(t *testing.T, newDSN func() string) {
	e := pocotest.New(t)
	ctx := ctxFor(t)
	replicated(e) // workers 1-3 win: their rewards vest
	w := e.Workers
	forfeit := e.Vesting(w[2].Address)
	// A second trust-3 deal, the same day: worker 2 dissents and is proven wrong.
	deal := e.MatchDefault(1, 3)
	good := pocotest.Digest("good")
	e.Contribute(w[2], deal, 0, pocotest.Digest("bad"))
	for _, wk := range []int{1, 3, 4} {
		e.Contribute(w[wk], deal, 0, good)
	}
	for _, wk := range []int{1, 3, 4} {
		e.Reveal(w[wk], deal, 0, good)
	}
	e.Finalize(deal, 0, good)
	// A day later, worker 1's rewards are released.
	e.AdvanceTo(e.Now() + 24*3600)
	e.Tx(e.Owner, e.Poco.PackReleaseVested(w[1].Address))

	db := open(t, newDSN())
	if err := indexer(t, e, db, index.Config{}).Sync(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 4; i++ {
		wk, err := db.Worker(ctx, w[i].Address.Hex())
		if err != nil {
			t.Fatalf("worker %d: %v", i, err)
		}
		v := e.Vesting(w[i].Address)
		if chain := new(big.Int).Add(v.Older, v.Newer); wk.Vesting != chain.String() {
			t.Errorf("worker %d: indexed vesting %s, chain %s", i, wk.Vesting, chain)
		}
		if wk.Rewards == "0" {
			t.Errorf("worker %d: no rewards indexed: %+v", i, wk)
		}
	}
	names := func(i int) map[string]int {
		t.Helper()
		a, err := db.AddressInfo(ctx, w[i].Address.Hex())
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, ev := range a.Activity {
			out[ev.Name]++
		}
		return out
	}
	if n := names(1); n["Vest"] != 2 || n["Release"] != 1 {
		t.Errorf("worker 1's activity %v, want 2 Vest and 1 Release", n)
	}
	if n := names(2); n["VestingForfeited"] != 1 || n["Vest"] != 1 {
		t.Errorf("worker 2's activity %v, want 1 Vest and 1 VestingForfeited", n)
	}
	wk, err := db.Worker(ctx, w[2].Address.Hex())
	if err != nil {
		t.Fatal(err)
	}
	if lost := new(big.Int).Add(forfeit.Older, forfeit.Newer); wk.Forfeited != lost.String() || wk.Vesting != "0" || wk.Score != 0 {
		t.Errorf("worker 2 (proven wrong): forfeited %s, vesting %s, score %d; want %s, 0, 0", wk.Forfeited, wk.Vesting, wk.Score, lost)
	}
	if wk1, _ := db.Worker(ctx, w[1].Address.Hex()); wk1.Vesting != "0" || wk1.Forfeited != "0" {
		t.Errorf("worker 1 after its release: vesting %s, forfeited %s", wk1.Vesting, wk1.Forfeited)
	}
	// The proven-wrong task's status and timeline.
	task, err := db.Task(ctx, id(pocotest.TaskID(deal, 0)))
	if err != nil || task.Status != index.StatusCompleted || task.ConsensusValue == "" {
		t.Errorf("second task %+v %v", task, err)
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func mustDeal(t *testing.T, b bindings.Deal) *sdk.Deal {
	d, err := sdk.DealFromBinding(b)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// dump writes every indexed row (not the block hashes, whose sampling depends on the
// ranges read) as text, to compare two databases.
func dump(t *testing.T, db *index.DB) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT block, log_index, tx_hash, time, name, task_id, deal_id, account, other, amount, hash, detail, data FROM events ORDER BY block, log_index`,
		`SELECT * FROM deals ORDER BY id`, `SELECT * FROM tasks ORDER BY id`, `SELECT * FROM contributions ORDER BY task_id, worker`,
		`SELECT * FROM scores ORDER BY block, log_index`, `SELECT * FROM assets ORDER BY address`,
		`SELECT * FROM asset_owners ORDER BY block, log_index`, `SELECT * FROM pool_policies ORDER BY block, log_index`,
		`SELECT * FROM categories ORDER BY id`, `SELECT block, hash FROM cursor`,
	} {
		rows, err := db.SQL().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

// fresh indexes the whole chain into a new database and dumps it.
func fresh(t *testing.T, e *pocotest.Env, newDSN func() string) string {
	t.Helper()
	db := open(t, newDSN())
	if err := indexer(t, e, db, index.Config{}).Sync(ctxFor(t)); err != nil {
		t.Fatal(err)
	}
	return dump(t, db)
}

// TestRestartResumes: a second indexer on the same file starts after the stored cursor
// and ends with the same rows as one that indexed everything at once.
func TestRestartResumes(t *testing.T) { eachStore(t, testRestartResumes) }

func testRestartResumes(t *testing.T, newDSN func() string) {
	e := pocotest.New(t)
	ctx := ctxFor(t)
	path := newDSN()
	replicated(e)
	db := open(t, path)
	if err := indexer(t, e, db, index.Config{}).Sync(ctx); err != nil {
		t.Fatal(err)
	}
	before, _, _ := db.Cursor(ctx)
	db.Close()

	trustOne(e)
	db = open(t, path)
	var first *index.Progress
	ix := indexer(t, e, db, index.Config{OnCommit: func(p index.Progress) {
		if first == nil {
			first = &p
		}
	}})
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if first == nil || first.From != before.Block+1 {
		t.Fatalf("after a restart the indexer began at %+v, want block %d", first, before.Block+1)
	}
	if got, want := dump(t, db), fresh(t, e, newDSN); got != want {
		t.Errorf("resumed index differs from a fresh one:\n%s\nwant\n%s", got, want)
	}
	if st, _ := db.Stats(ctx); st.Deals != 2 {
		t.Errorf("stats after restart %+v", st)
	}
}

// TestReorgRollsBack indexes a chain, replaces its last blocks by a fork (go-ethereum's
// simulated Fork) and checks that the index is rolled back to the common ancestor and
// equals a fresh index of the new chain.
func TestReorgRollsBack(t *testing.T) { eachStore(t, testReorgRollsBack) }

func testReorgRollsBack(t *testing.T, newDSN func() string) {
	e := pocotest.New(t)
	ctx := ctxFor(t)
	ancestor, _ := e.Client.HeaderByNumber(ctx, nil)
	d1 := replicated(e) // on the branch that will be dropped
	db := open(t, newDSN())
	var rolled []index.Progress
	ix := indexer(t, e, db, index.Config{OnCommit: func(p index.Progress) {
		if p.RolledBack > 0 {
			rolled = append(rolled, p)
		}
	}})
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Deal(ctx, id(d1.Id)); err != nil {
		t.Fatalf("deal before the fork: %v", err)
	}
	oldHead, _ := e.Client.BlockNumber(ctx)

	// Fork from the block before the deal: the head goes back there, and the new branch
	// gets other transactions and more blocks than the old one.
	if err := e.Backend.Fork(ancestor.Hash()); err != nil {
		t.Fatal(err)
	}
	e.Backend.Rollback() // drop the old branch's transactions the pool took back
	for i := 0; i < 3; i++ {
		e.Commit()
	}
	d2 := trustOne(e)
	for head, _ := e.Client.BlockNumber(ctx); head <= oldHead+2; head, _ = e.Client.BlockNumber(ctx) {
		e.Commit()
	}
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if ix.Reorgs() != 1 || len(rolled) != 1 || rolled[0].Ancestor > ancestor.Number.Uint64() {
		t.Fatalf("reorgs %d, rollbacks %+v; want one back to block %d at most", ix.Reorgs(), rolled, ancestor.Number)
	}
	if _, err := db.Deal(ctx, id(d1.Id)); err != index.ErrNotFound {
		t.Errorf("the dropped branch's deal is still indexed (%v)", err)
	}
	if _, err := db.Deal(ctx, id(d2.Id)); err != nil {
		t.Errorf("the new branch's deal: %v", err)
	}
	if got, want := dump(t, db), fresh(t, e, newDSN); got != want {
		t.Errorf("index after the reorganisation differs from a fresh one:\n%s\nwant\n%s", got, want)
	}
	// A reorganisation at the same height (the cursor's block replaced by another).
	head, _ := e.Client.HeaderByNumber(ctx, nil)
	parent, _ := e.Client.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(1)))
	if err := e.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	e.Backend.Rollback()
	e.AdjustTime(7 * time.Second) // a different block at the same height
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if cur, _, _ := db.Cursor(ctx); ix.Reorgs() != 2 || cur.Block != head.Number.Uint64() {
		t.Errorf("same-height reorganisation: %d reorgs, cursor %+v", ix.Reorgs(), cur)
	}
	if got, want := dump(t, db), fresh(t, e, newDSN); got != want {
		t.Errorf("index after the second reorganisation differs from a fresh one")
	}
}
