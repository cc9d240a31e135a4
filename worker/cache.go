package worker

import (
	"context"
	"fmt"
	"reflect"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/sdk"
)

// maxCached bounds each of the chain caches; a full cache is emptied and starts again
// (a worker sees few deals, apps and datasets at a time: this only bounds a long run).
const maxCached = 4096

// chainCache remembers, per worker, what the chain says that cannot change, so that the
// tasks of one deal read the chain once rather than once per task:
//
//   - the hash the hub stores for a deal (set by matchOrders, never changed), kept only
//     once a deal the scheduler sent matched it, with that deal's fields (its binding);
//     a later job is still checked, at no chain cost: a deal with the very same fields
//     (reflect.DeepEqual of the bindings) hashes the same, and any other is hashed and
//     compared with the stored hash;
//   - apps and datasets: a registry entry is written once, when the asset is created at
//     its address, and never changed, so (type, multiaddr, checksum) read once holds.
//
// Failed reads and "not found" answers are not remembered.
type chainCache struct {
	mu       sync.Mutex
	deals    map[common.Hash]verifiedDeal
	apps     map[common.Address]*sdk.App
	datasets map[common.Address]*sdk.Dataset
}

// cached looks key up in *m (read under the lock: remember may replace the map).
func cached[K comparable, V any](c *chainCache, m *map[K]V, key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := (*m)[key]
	return v, ok
}

// remember stores key → v in *m, emptying it first when full.
func remember[K comparable, V any](c *chainCache, m *map[K]V, key K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if *m == nil || len(*m) >= maxCached {
		*m = map[K]V{}
	}
	(*m)[key] = v
}

// verifiedDeal is a deal whose hash matched the hub's: the hash and the binding hashed.
type verifiedDeal struct {
	hash    common.Hash
	binding bindings.Deal
}

// dealOnChain reports whether deal is the deal the hub recorded under its id (its
// hash matches the stored one). A deal equal, field for field, to one already verified is
// not hashed again (hashing costs an ABI encoding per task); the hub is read once per
// deal id that matched.
func (w *Worker) dealOnChain(ctx context.Context, deal *sdk.Deal) (bool, error) {
	b := deal.Binding()
	v, ok := cached(&w.cache, &w.cache.deals, deal.ID)
	if ok && reflect.DeepEqual(b, v.binding) {
		return true, nil
	}
	want, err := sdk.DealHash(b)
	if err != nil {
		return false, refuse("the deal the scheduler sent cannot be encoded: %v", err)
	}
	if ok {
		return want == v.hash, nil
	}
	h, err := w.cfg.Client.StoredDealHash(ctx, deal.ID)
	if err != nil {
		return false, fmt.Errorf("reading deal %s: %w", deal.ID.Hex(), err)
	}
	if h != want {
		// Only a verified deal is kept: a mismatch (or a deal not on chain yet, whose
		// stored hash is zero) is read again next time.
		return false, nil
	}
	remember(&w.cache, &w.cache.deals, deal.ID, verifiedDeal{hash: h, binding: b})
	return true, nil
}

// app reads app's registry entry once.
func (w *Worker) app(ctx context.Context, addr common.Address) (*sdk.App, error) {
	if a, ok := cached(&w.cache, &w.cache.apps, addr); ok {
		return a, nil
	}
	a, err := w.cfg.Client.App(ctx, addr)
	if err == nil {
		remember(&w.cache, &w.cache.apps, addr, a)
	}
	return a, err
}

// dataset reads dataset's registry entry once.
func (w *Worker) dataset(ctx context.Context, addr common.Address) (*sdk.Dataset, error) {
	if d, ok := cached(&w.cache, &w.cache.datasets, addr); ok {
		return d, nil
	}
	d, err := w.cfg.Client.Dataset(ctx, addr)
	if err == nil {
		remember(&w.cache, &w.cache.datasets, addr, d)
	}
	return d, err
}
