// Package marketbench measures the market (`poco bench market`): it fills a book with
// signed orders through the full publication path (signature, ownership, volume and
// funds checked against an in-process simulated chain) and times queries through the
// HTTP API, for each store.
package marketbench

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// Config of a run.
type Config struct {
	Orders  int // orders in the book (default 100,000)
	Queries int // queries timed per store (default 2,000)
	// PostgresDSN, when set, also measures PostgreSQL; the run works in a schema of its
	// own, dropped at the end.
	PostgresDSN string
	// Progress, when set, is told what the run is doing.
	Progress func(format string, args ...any)
}

// Result is the measure of one store.
type Result struct {
	Store  string `json:"store"`
	Orders int    `json:"orders"`
	// PublishPerS is orders published per second through Service.Publish (every chain
	// check included), with as many publishers as CPUs.
	PublishPerS float64 `json:"publish_per_s"`
	// SignatureChecksPerS is signature recoveries per second on the same CPUs alone: the
	// bound publication should reach.
	SignatureChecksPerS float64 `json:"signature_checks_per_s"`
	QueryP50Ms          float64 `json:"query_p50_ms"`
	QueryP99Ms          float64 `json:"query_p99_ms"`
	Queries             int     `json:"queries"`
}

// Run measures SQLite, then PostgreSQL when a DSN is given.
func Run(ctx context.Context, cfg Config) (results []Result, err error) {
	if cfg.Orders <= 0 {
		cfg.Orders = 100_000
	}
	if cfg.Queries <= 0 {
		cfg.Queries = 2000
	}
	if cfg.Progress == nil {
		cfg.Progress = func(string, ...any) {}
	}
	tb := &runTB{}
	defer tb.finish()
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(failure); ok {
				err = f.err
				return
			}
			panic(r)
		}
	}()
	cfg.Progress("deploying the protocol on a simulated chain")
	w := newWorld(tb)
	cfg.Progress("signing %d orders", cfg.Orders)
	orders, sigPerS := w.orders(cfg.Orders)

	dir, err := os.MkdirTemp("", "poco-bench-market-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	stores := []struct{ name, dsn string }{{"sqlite", filepath.Join(dir, "market.db")}}
	if cfg.PostgresDSN != "" {
		dsn, drop, err := benchSchema(ctx, cfg.PostgresDSN)
		if err != nil {
			return nil, err
		}
		defer drop()
		stores = append(stores, struct{ name, dsn string }{"postgres", dsn})
	}
	for _, st := range stores {
		r, err := w.measure(ctx, cfg, st.dsn, orders)
		if err != nil {
			return results, fmt.Errorf("%s: %w", st.name, err)
		}
		r.SignatureChecksPerS = round(sigPerS)
		results = append(results, *r)
	}
	return results, nil
}

// benchSchema makes a schema of its own in the database of dsn and returns a DSN using
// it, and how to drop it.
func benchSchema(ctx context.Context, dsn string) (string, func(), error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("poco_market_bench_%d", os.Getpid())
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+name); err != nil {
		db.Close()
		return "", nil, fmt.Errorf("postgres: create schema %s: %w", name, err)
	}
	drop := func() {
		_, _ = db.Exec("DROP SCHEMA " + name + " CASCADE")
		db.Close()
	}
	if u, err := url.Parse(dsn); err == nil && strings.HasPrefix(u.Scheme, "postgres") {
		q := u.Query()
		q.Set("search_path", name)
		u.RawQuery = q.Encode()
		return u.String(), drop, nil
	}
	return dsn + " search_path=" + name, drop, nil
}

// world is a chain with assets to sell and actors with funds.
type world struct {
	e        *pocotest.Env
	reader   *sdk.Client
	apps     []common.Address
	datasets []common.Address
	pools    []common.Address
}

func newWorld(tb chaintest.TB) *world {
	e := pocotest.New(tb, pocotest.Options{Workers: 1})
	reader, err := sdk.New(context.Background(), e.Client, e.D.Hub)
	if err != nil {
		tb.Fatal(err)
	}
	w := &world{e: e, reader: reader, apps: []common.Address{e.App}, datasets: []common.Address{e.Dataset}, pools: []common.Address{e.Pool}}
	for i := range 19 {
		w.apps = append(w.apps, e.CreateApp(e.AppOwner, fmt.Sprintf("bench app %d", i)))
	}
	for i := range 4 {
		w.datasets = append(w.datasets, e.CreateDataset(e.DatasetOwner, fmt.Sprintf("bench dataset %d", i)))
	}
	for i := range 9 {
		w.pools = append(w.pools, e.CreatePool(e.PoolOwner, fmt.Sprintf("bench pool %d", i)))
	}
	return w
}

// orders signs n orders: 40 % app, 10 % dataset, 30 % workerpool, 20 % request, with
// varied assets, prices, categories, trusts, tags and restrictions. It also returns the
// signature checks per second the CPUs do.
func (w *world) orders(n int) ([]sdk.SignedOrder, float64) {
	e := w.e
	rng := rand.New(rand.NewPCG(1, 2))
	price := func() *big.Int { return big.NewInt(rng.Int64N(10 * pocotest.RLC)) }
	tag := func() protocol.Tag {
		if rng.IntN(10) == 0 {
			return protocol.TagGPU
		}
		return protocol.Tag{}
	}
	pick := func(as []common.Address) common.Address { return as[rng.IntN(len(as))] }
	type job struct {
		o   protocol.Order
		key int // 0 app, 1 dataset, 2 pool, 3 requester
	}
	jobs := make([]job, n)
	for i := range jobs {
		vol := uint64(1 + rng.IntN(100))
		switch k := rng.IntN(10); {
		case k < 4:
			o := sdk.NewAppOrder(pick(w.apps), price(), vol)
			o.Tag = tag()
			if rng.IntN(10) == 0 {
				o.WorkerpoolRestrict = pick(w.pools)
			}
			jobs[i] = job{o, 0}
		case k < 5:
			o := sdk.NewDatasetOrder(pick(w.datasets), price(), vol)
			if rng.IntN(5) == 0 {
				o.AppRestrict = pick(w.apps)
			}
			jobs[i] = job{o, 1}
		case k < 8:
			o := sdk.NewWorkerpoolOrder(pick(w.pools), price(), vol, uint64(rng.IntN(5)), uint64(1+rng.IntN(10)))
			o.Tag = tag()
			jobs[i] = job{o, 2}
		default:
			o := sdk.NewRequestOrder(e.Requester.Address, pick(w.apps), common.Address{}, common.Address{}, uint64(rng.IntN(5)), vol)
			o.AppMaxPrice, o.WorkerpoolMaxPrice = price(), price()
			if rng.IntN(4) == 0 {
				o.Workerpool = pick(w.pools)
			}
			jobs[i] = job{o, 3}
		}
	}
	keys := []*chaintest.Account{e.AppOwner, e.DatasetOwner, e.PoolOwner, e.Requester}
	out := make([]sdk.SignedOrder, n)
	parallel(n, func(i int) {
		j := jobs[i]
		h := j.o.Hash(e.Domain)
		sig, err := protocol.SignOrder(h, keys[j.key].Key)
		if err != nil {
			panic(err)
		}
		switch o := j.o.(type) {
		case protocol.AppOrder:
			out[i] = sdk.SignedAppOrder{Order: o, Sig: sig}
		case protocol.DatasetOrder:
			out[i] = sdk.SignedDatasetOrder{Order: o, Sig: sig}
		case protocol.WorkerpoolOrder:
			out[i] = sdk.SignedWorkerpoolOrder{Order: o, Sig: sig}
		case protocol.RequestOrder:
			out[i] = sdk.SignedRequestOrder{Order: o, Sig: sig}
		}
	})
	// The bound: recovering the signers alone, on every CPU.
	m := min(n, 20_000)
	start := time.Now()
	parallel(m, func(i int) {
		_, _ = protocol.RecoverSigner(out[i].Unsigned().Hash(e.Domain), out[i].Signature())
	})
	return out, float64(m) / time.Since(start).Seconds()
}

// parallel runs f(0..n-1) on as many goroutines as CPUs.
func parallel(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

func (w *world) measure(ctx context.Context, cfg Config, dsn string, orders []sdk.SignedOrder) (*Result, error) {
	store, err := market.OpenStore(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	svc, err := market.New(market.Config{Chain: w.reader, Store: store}) // no limits
	if err != nil {
		return nil, err
	}
	if err := svc.Sync(ctx); err != nil {
		return nil, err
	}
	cfg.Progress("%s: publishing %d orders", store.Name(), len(orders))
	var failed atomic.Pointer[error]
	var done atomic.Int64
	start := time.Now()
	parallel(len(orders), func(i int) {
		if failed.Load() != nil {
			return
		}
		if _, err := svc.Publish(ctx, orders[i]); err != nil {
			failed.Store(&err)
		}
		if n := done.Add(1); n%20000 == 0 {
			cfg.Progress("%s: %d published", store.Name(), n)
		}
	})
	if p := failed.Load(); p != nil {
		return nil, fmt.Errorf("publishing: %w", *p)
	}
	publishPerS := float64(len(orders)) / time.Since(start).Seconds()

	srv := httptest.NewServer(svc.Handler())
	defer srv.Close()
	queries := w.queries(cfg.Queries)
	cfg.Progress("%s: timing %d queries", store.Name(), len(queries))
	client := &http.Client{}
	get := func(q string) (time.Duration, error) {
		t := time.Now()
		resp, err := client.Get(srv.URL + q)
		if err != nil {
			return 0, err
		}
		var b bytes.Buffer
		_, err = b.ReadFrom(resp.Body)
		resp.Body.Close()
		if err == nil && resp.StatusCode != 200 {
			err = fmt.Errorf("%s: %s: %s", q, resp.Status, b.String())
		}
		return time.Since(t), err
	}
	for _, q := range queries[:min(len(queries), 100)] { // warm up
		if _, err := get(q); err != nil {
			return nil, err
		}
	}
	lat := make([]float64, 0, len(queries))
	type slow struct {
		q string
		d time.Duration
	}
	var slowest []slow
	for _, q := range queries {
		d, err := get(q)
		if err != nil {
			return nil, err
		}
		lat = append(lat, float64(d.Microseconds())/1000)
		slowest = append(slowest, slow{q, d})
	}
	sort.Slice(slowest, func(i, j int) bool { return slowest[i].d > slowest[j].d })
	for _, x := range slowest[:min(5, len(slowest))] {
		cfg.Progress("%s: slow query %s: %s", store.Name(), x.d, x.q)
	}
	sort.Float64s(lat)
	pct := func(p float64) float64 { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	return &Result{Store: store.Name(), Orders: len(orders), PublishPerS: round(publishPerS), QueryP50Ms: round(pct(0.50)),
		QueryP99Ms: round(pct(0.99)), Queries: len(lat)}, nil
}

func round(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }

// queries is a mix of what requesters and pools ask: offers of an app, pools of a
// category with a minimum trust or a tag, pools usable by an app, requests a pool may
// take, datasets usable by an app, and deeper pages.
func (w *world) queries(n int) []string {
	rng := rand.New(rand.NewPCG(3, 4))
	pick := func(as []common.Address) string { return as[rng.IntN(len(as))].Hex() }
	out := make([]string, n)
	for i := range out {
		switch rng.IntN(8) {
		case 0:
			out[i] = "/v1/orderbook/app?app=" + pick(w.apps)
		case 1:
			out[i] = fmt.Sprintf("/v1/orderbook/workerpool?category=%d&mintrust=%d", rng.IntN(5), 1+rng.IntN(10))
		case 2:
			out[i] = fmt.Sprintf("/v1/orderbook/workerpool?category=%d&mintag=gpu", rng.IntN(5))
		case 3:
			out[i] = "/v1/orderbook/app?workerpool=" + pick(w.pools) + "&minvolume=10"
		case 4:
			out[i] = "/v1/orderbook/request?workerpool=" + pick(w.pools) + fmt.Sprintf("&category=%d", rng.IntN(5))
		case 5:
			out[i] = "/v1/orderbook/dataset?app=" + pick(w.apps)
		case 6:
			out[i] = "/v1/orderbook/workerpool?limit=100"
		default:
			out[i] = "/v1/orderbook/request?app=" + pick(w.apps) + "&limit=50"
		}
	}
	return out
}

// runTB is the chaintest.TB the bench runs the simulated chain under: Fatal panics with a
// failure that Run turns into an error; cleanups run when Run ends.
type runTB struct{ cleanups []func() }

type failure struct{ err error }

func (t *runTB) Helper()                           {}
func (t *runTB) Fatal(args ...any)                 { panic(failure{errors.New(fmt.Sprint(args...))}) }
func (t *runTB) Fatalf(format string, args ...any) { panic(failure{fmt.Errorf(format, args...)}) }
func (t *runTB) Logf(string, ...any)               {}
func (t *runTB) Cleanup(f func())                  { t.cleanups = append(t.cleanups, f) }
func (t *runTB) finish() {
	for i := len(t.cleanups) - 1; i >= 0; i-- {
		t.cleanups[i]()
	}
}
