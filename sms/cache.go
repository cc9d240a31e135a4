package sms

import (
	"context"
	"sync"
)

// readOnce remembers what the chain says of things that do not change once they exist
// (a matched deal, a registered app), so that sessions of the tasks of one deal read the
// deal and its app once: sdk.Client.Deal searches the hub's logs for it. Errors are not
// remembered. At most max entries are kept; when full, it starts over.
type readOnce[K comparable, V any] struct {
	max int
	mu  sync.Mutex
	m   map[K]V
}

func newReadOnce[K comparable, V any](max int) *readOnce[K, V] {
	return &readOnce[K, V]{max: max, m: make(map[K]V)}
}

func (c *readOnce[K, V]) get(ctx context.Context, k K, read func(context.Context, K) (V, error)) (V, error) {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := read(ctx, k)
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = v
	c.mu.Unlock()
	return v, nil
}
