package sdk

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// headSubscriber is a Backend that can push new heads: *ethclient.Client over WebSocket
// or IPC (over HTTP its SubscribeNewHead fails with rpc.ErrNotificationsUnsupported), and
// the simulated chain's client.
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// headIdle is how long the head subscription stays up with no transaction waited for,
// before it is closed (the next wait opens it again).
const headIdle = time.Minute

// heads is a Client's one new-head subscription, shared by every transaction the client
// waits for (waitMined): each new head wakes every waiter, which then reads its receipt
// once. The subscription is opened by the first waiter, closed after headIdle without
// any, and opened again after a failure (a dropped connection) with a growing pause;
// meanwhile, and for good on a connection that cannot subscribe (HTTP), waiters poll.
type heads struct {
	c *Client

	mu          sync.Mutex
	wake        chan struct{} // closed at each new head and when the subscription drops, then replaced
	live        bool          // the subscription is up: a new head will close wake
	latest      uint64        // the latest head notified (meaningful while live)
	header      *types.Header // that head
	unsupported bool          // the connection cannot subscribe: poll, for good
	running     bool          // run's goroutine is up
	waiters     int
	idleSince   time.Time
	closed      bool
	stop        chan struct{} // closed by Client.Close

	blockTime time.Duration // the chain's block time, measured once (expectedBlockTime)
}

func newHeads(c *Client) *heads {
	return &heads{c: c, wake: make(chan struct{}), stop: make(chan struct{})}
}

// acquire registers a waiter, opening the subscription if it is not up, and returns
// release.
func (h *heads) acquire() (release func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.waiters++
	if !h.running && !h.unsupported && !h.closed {
		if _, ok := h.c.backend.(headSubscriber); !ok {
			h.unsupported = true
		} else {
			h.running = true
			go h.run()
		}
	}
	return func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.waiters--
		if h.waiters == 0 {
			h.idleSince = time.Now()
		}
	}
}

// state returns the channel the next head closes, whether the subscription is up and
// the latest head it notified.
func (h *heads) state() (wake <-chan struct{}, live bool, latest uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.wake, h.live, h.latest
}

// head returns the latest head notified while the subscription is up (nil otherwise):
// the chain's head, without a call.
func (h *heads) head() *types.Header {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.live {
		return nil
	}
	return h.header
}

// broadcastLocked wakes every waiter.
func (h *heads) broadcastLocked() {
	close(h.wake)
	h.wake = make(chan struct{})
}

// close stops the subscription for good (Client.Close); waiters poll.
func (h *heads) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.stop)
	}
}

// run keeps the subscription up while there are waiters.
func (h *heads) run() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-h.stop:
			cancel()
		case <-ctx.Done():
		}
	}()
	sub := h.c.backend.(headSubscriber)
	backoff := 500 * time.Millisecond
	check := time.NewTicker(headIdle / 4)
	defer check.Stop()
	// idle reports whether the goroutine should end (no waiter for headIdle, or closed),
	// marking it stopped.
	idle := func() bool {
		h.mu.Lock()
		defer h.mu.Unlock()
		if h.closed || (h.waiters == 0 && time.Since(h.idleSince) >= headIdle) {
			h.running, h.live, h.header = false, false, nil
			h.broadcastLocked()
			return true
		}
		return false
	}
	for {
		ch := make(chan *types.Header, 16)
		s, err := sub.SubscribeNewHead(ctx, ch)
		if err != nil {
			h.mu.Lock()
			if errors.Is(err, rpc.ErrNotificationsUnsupported) {
				// HTTP: no subscription will ever work on this connection.
				h.unsupported, h.running = true, false
				h.broadcastLocked()
				h.mu.Unlock()
				return
			}
			h.mu.Unlock()
			select {
			case <-ctx.Done():
				idle()
				return
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, 30*time.Second)
			if idle() {
				return
			}
			continue
		}
		h.mu.Lock()
		h.live = true
		h.mu.Unlock()
		backoff = 500 * time.Millisecond
		dropped := false
		for !dropped {
			select {
			case hd := <-ch:
				h.mu.Lock()
				h.latest, h.header = hd.Number.Uint64(), hd
				h.broadcastLocked()
				h.mu.Unlock()
			case <-s.Err():
				// The connection dropped (a nil error: unsubscribed). Waiters poll until
				// it is up again.
				h.mu.Lock()
				h.live, h.header = false, nil
				h.broadcastLocked()
				h.mu.Unlock()
				// The node may have restarted and lost its pool: the next send reads
				// the account's nonce from it again.
				h.c.staleNonce.Store(true)
				dropped = true
			case <-check.C:
				if idle() {
					s.Unsubscribe()
					return
				}
			case <-ctx.Done():
				s.Unsubscribe()
				idle()
				return
			}
		}
		s.Unsubscribe()
		select {
		case <-ctx.Done():
			idle()
			return
		case <-time.After(backoff):
		}
		if idle() {
			return
		}
	}
}

// expectedBlockTime is WithBlockTime, or else the gap between the timestamps of the
// latest block and its parent, read once (1 s when it cannot be read or is 0: a chain
// that mines on demand).
func (h *heads) expectedBlockTime(ctx context.Context) time.Duration {
	if h.c.o.blockTime > 0 {
		return h.c.o.blockTime
	}
	h.mu.Lock()
	bt := h.blockTime
	h.mu.Unlock()
	if bt > 0 {
		return bt
	}
	bt = time.Second
	if head, err := h.c.backend.HeaderByNumber(ctx, nil); err == nil && head.Number.Sign() > 0 {
		parent, err := h.c.backend.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, big.NewInt(1)))
		if err == nil && head.Time > parent.Time {
			bt = time.Duration(head.Time-parent.Time) * time.Second
		}
	}
	h.mu.Lock()
	h.blockTime = bt
	h.mu.Unlock()
	return bt
}

// pollEvery is how often a waiter polls without a subscription: a tenth of the block
// time, between 10 ms and 1 s.
func pollEvery(blockTime time.Duration) time.Duration {
	return min(max(blockTime/10, 10*time.Millisecond), time.Second)
}

// recheckEvery is how often a waiter reads its receipt although no head came, with a
// live subscription (a notification lost): twice the block time, between 1 s and 30 s.
func recheckEvery(blockTime time.Duration) time.Duration {
	return min(max(2*blockTime, time.Second), 30*time.Second)
}
