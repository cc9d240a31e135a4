package worker

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/sdk"
)

// maxCached bounds each of the chain caches; a full cache is emptied and starts again
// (a worker sees few deals, apps and datasets at a time: this only bounds a long run).
const maxCached = 4096

// chainCache remembers, per worker, what the chain says that cannot change, so that the
// tasks of one deal read the chain once rather than once per task:
//
//   - the hash the hub stores for a deal (set by matchOrders, never changed), kept only
//     once a deal the scheduler sent matched it; a job is still checked against it, by
//     hashing the deal the scheduler sent, at no chain cost;
//   - apps and datasets: a registry entry is written once, when the asset is created at
//     its address, and never changed, so (type, multiaddr, checksum) read once holds.
//
// Failed reads and "not found" answers are not remembered.
type chainCache struct {
	mu       sync.Mutex
	deals    map[common.Hash]common.Hash
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

// storedDealHash is the hub's hash of deal id, from the cache when a job of the deal
// already matched it.
func (w *Worker) storedDealHash(ctx context.Context, id, want common.Hash) (common.Hash, error) {
	if h, ok := cached(&w.cache, &w.cache.deals, id); ok {
		return h, nil
	}
	h, err := w.cfg.Client.StoredDealHash(ctx, id)
	if err == nil && h == want {
		// Only a verified deal is kept: a mismatch (or a deal not on chain yet, whose
		// stored hash is zero) is read again next time.
		remember(&w.cache, &w.cache.deals, id, h)
	}
	return h, err
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
