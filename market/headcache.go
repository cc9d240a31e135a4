package market

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/sdk"
)

// headCache keeps the chain reads the market's checks make (an asset's owner, an
// order's consumed volume, an account's free balance) for the chain's current head only,
// so that a burst of publications in one block (a pool's offers: one order per category,
// the same pool and owner) reads each of them once instead of once per order.
//
// The head is the one a new-head subscription of the market's chain connection last
// announced (Run keeps it up). Every new head, a dropped subscription and every block of
// events Sync applies empty the cache; a read started before one of these is not kept.
// Without a live subscription (a connection over HTTP, or Run not started) nothing is
// kept and every check reads the chain, as before.
//
// A cached value can only be a few milliseconds old (the moment between a block and its
// announcement), and the market uses it only to accept: a check that would refuse an
// order reads the chain again before refusing (Service.publish), and Sync's rechecks of
// the orders its events concern read the chain for what those events moved (they must see
// at least the blocks they apply: Sync empties the cache first, see Service.recheck).
type headCache struct {
	mu       sync.Mutex
	live     bool
	head     uint64
	gen      uint64 // changes with every head, drop and invalidation
	owners   map[ownerKey]common.Address
	consumed map[common.Hash]*big.Int
	free     map[common.Address]*big.Int
}

type ownerKey struct {
	kind  sdk.OrderKind
	asset common.Address
}

// snapshot returns the generation reads made now belong to, and whether the cache is
// live (reads may be kept).
func (c *headCache) snapshot() (uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen, c.live
}

// resetLocked empties the cache and starts a new generation.
func (c *headCache) resetLocked() {
	c.gen++
	c.owners, c.consumed, c.free = nil, nil, nil
}

func (c *headCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.resetLocked()
}

func (c *headCache) newHead(n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.resetLocked()
	c.live, c.head = true, n
}

func (c *headCache) down() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.resetLocked()
	c.live = false
}

// cached is m[k], if kept and the cache is live.
func cached[K comparable, V any](c *headCache, m *map[K]V, k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := (*m)[k]
	return v, ok && c.live
}

// keep stores v as m[k] if the cache is live and still in generation gen (the one the
// read of v started in: see snapshot).
func keep[K comparable, V any](c *headCache, gen uint64, m *map[K]V, k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.live && gen == c.gen {
		if *m == nil {
			*m = map[K]V{}
		}
		(*m)[k] = v
	}
}

func (c *headCache) owner(k ownerKey) (common.Address, bool) { return cached(c, &c.owners, k) }
func (c *headCache) putOwner(gen uint64, k ownerKey, a common.Address) {
	keep(c, gen, &c.owners, k, a)
}
func (c *headCache) consumedOf(h common.Hash) (*big.Int, bool) { return cached(c, &c.consumed, h) }
func (c *headCache) putConsumed(gen uint64, h common.Hash, v *big.Int) {
	keep(c, gen, &c.consumed, h, v)
}
func (c *headCache) freeOf(a common.Address) (*big.Int, bool) { return cached(c, &c.free, a) }
func (c *headCache) putFree(gen uint64, a common.Address, v *big.Int) {
	keep(c, gen, &c.free, a, v)
}

// followHeads keeps the cache's head subscription up until ctx ends (for good, with
// no cache, on a connection that cannot subscribe).
func (s *Service) followHeads(ctx context.Context) {
	defer s.cache.down()
	sub, ok := s.chain.Backend().(interface {
		SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
	})
	if !ok {
		return
	}
	backoff := 500 * time.Millisecond
	for ctx.Err() == nil {
		ch := make(chan *types.Header, 16)
		hs, err := sub.SubscribeNewHead(ctx, ch)
		if errors.Is(err, rpc.ErrNotificationsUnsupported) {
			return
		}
		if err == nil {
			backoff = 500 * time.Millisecond
			s.followed(ctx, hs, ch)
		}
		s.cache.down()
		select {
		case <-ctx.Done():
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

func (s *Service) followed(ctx context.Context, hs ethereum.Subscription, ch <-chan *types.Header) {
	defer hs.Unsubscribe()
	for {
		select {
		case h := <-ch:
			n := h.Number.Uint64()
			s.cache.newHead(n)
			if s.syncOnPoll {
				continue
			}
			select { // the newest number for Run; an older one not yet taken is dropped
			case <-s.heads:
			default:
			}
			select {
			case s.heads <- n:
			default:
			}
		case <-hs.Err():
			return
		case <-ctx.Done():
			return
		}
	}
}
