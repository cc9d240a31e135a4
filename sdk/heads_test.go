package sdk

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/pocotest"
)

// waitClient is a client of e's chain signing as the requester, with no miner hook: it
// waits for receipts as it would on a real node, on backend (nil: e.Client).
func waitClient(t *testing.T, e *pocotest.Env, backend Backend, opts ...Option) *Client {
	t.Helper()
	if backend == nil {
		backend = e.Client
	}
	opts = append([]Option{WithKey(e.Requester.Key), WithReceiptTimeout(time.Minute)}, opts...)
	c := must(New(bg, backend, e.D.Hub, opts...))
	t.Cleanup(c.Close)
	return c
}

// sendOne sends a harmless transaction (a call of the hub's owner()) and returns its hash;
// nothing mines it.
func sendOne(t *testing.T, c *Client) common.Hash {
	t.Helper()
	tx, err := c.send(bg, txInfo{to: c.hub}, c.poco.PackOwner())
	ok(t, err)
	return tx.Hash()
}

// waitAsync runs waitMined in a goroutine, under ctx.
func waitAsync(ctx context.Context, c *Client, h common.Hash) <-chan error {
	done := make(chan error, 1)
	go func() {
		r, err := c.waitMined(ctx, h)
		if err == nil && r.TxHash != h {
			err = errors.New("the receipt of another transaction")
		}
		done <- err
	}()
	return done
}

// mineOne sends a transaction, waits for it under ctx, mines a block after pause (the
// waiter has read "not found" by then) and checks that the waiter sees the receipt.
func mineOne(ctx context.Context, t *testing.T, e *pocotest.Env, c *Client, pause time.Duration) {
	t.Helper()
	done := waitAsync(ctx, c, sendOne(t, c))
	time.Sleep(pause)
	e.Commit()
	ok(t, <-done)
}

// untilLive waits until c's head subscription is up.
func untilLive(t *testing.T, c *Client) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, live, _ := c.heads.state(); live {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the head subscription did not come up")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// untilHead waits until c's head subscription has announced block n.
func untilHead(t *testing.T, c *Client, n uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, live, latest := c.heads.state(); live && latest >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the head subscription did not announce block %d", n)
		}
		time.Sleep(time.Millisecond)
	}
}

// With a subscription, waiters are woken by the new head: with an hour-long block time
// (a re-check every 30 s, polls every second) the receipts are seen long before the test's
// 20-s limit only if the head woke them. Several waiters share the client's one
// subscription.
func TestWaitMinedWakesOnANewHead(t *testing.T) {
	e := env(t)
	c := waitClient(t, e, nil, WithBlockTime(time.Hour))
	// A first wait opens the subscription (a receipt seen by polling, the block mined
	// meanwhile).
	first := waitAsync(bg, c, sendOne(t, c))
	untilLive(t, c)
	e.Commit()
	ok(t, <-first)
	untilHead(t, c, must(e.Client.BlockNumber(bg)))

	ctx, cancel := context.WithTimeout(bg, 20*time.Second)
	defer cancel()
	var waits []<-chan error
	for range 3 {
		waits = append(waits, waitAsync(ctx, c, sendOne(t, c)))
	}
	time.Sleep(50 * time.Millisecond) // let the waiters read "not found" and sleep
	e.Commit()
	for i, w := range waits {
		if err := <-w; err != nil {
			t.Fatalf("waiter %d: %v (not woken by the new head)", i, err)
		}
	}
	// A waiter may see its receipt a moment before the subscription announces its block.
	untilHead(t, c, must(c.BlockNumber(bg)))
}

// hiddenSubscriber hides the backend's SubscribeNewHead, as over HTTP.
type hiddenSubscriber struct{ Backend }

// Without a subscription (an HTTP endpoint), waitMined polls at a tenth of the block time.
func TestWaitMinedPollsWithoutSubscription(t *testing.T) {
	e := env(t)
	c := waitClient(t, e, hiddenSubscriber{e.Client}, WithBlockTime(100*time.Millisecond))
	ctx, cancel := context.WithTimeout(bg, 20*time.Second)
	defer cancel()
	mineOne(ctx, t, e, c, 50*time.Millisecond)
	c.heads.mu.Lock()
	unsupported, running := c.heads.unsupported, c.heads.running
	c.heads.mu.Unlock()
	if !unsupported || running {
		t.Errorf("heads: unsupported %t, running %t; want polling only", unsupported, running)
	}
	if got := pollEvery(100 * time.Millisecond); got != 10*time.Millisecond {
		t.Errorf("poll interval for 100-ms blocks: %s, want 10ms", got)
	}
	if got := pollEvery(12 * time.Second); got != time.Second {
		t.Errorf("poll interval for 12-s blocks: %s, want 1s (the cap)", got)
	}
}

// flakySubscriber's subscriptions fail: the first subscribe attempts are refused, and
// every subscription made is dropped with an error when the test says so.
type flakySubscriber struct {
	Backend
	mu     sync.Mutex
	refuse int // subscribe attempts still to refuse
	made   int
	failCh []chan error
}

func (f *flakySubscriber) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.refuse > 0 {
		f.refuse--
		return nil, errors.New("connection refused")
	}
	f.made++
	inner, err := f.Backend.(headSubscriber).SubscribeNewHead(ctx, ch)
	if err != nil {
		return nil, err
	}
	fail := make(chan error, 1)
	f.failCh = append(f.failCh, fail)
	return &failingSub{Subscription: inner, fail: fail}, nil
}

func (f *flakySubscriber) dropAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.failCh {
		select {
		case c <- errors.New("websocket: close 1006 (abnormal closure)"):
		default:
		}
	}
}

func (f *flakySubscriber) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.made
}

// failingSub is a subscription whose Err channel the test can fail.
type failingSub struct {
	ethereum.Subscription
	fail chan error
	once sync.Once
	out  chan error
}

func (s *failingSub) Err() <-chan error {
	s.once.Do(func() {
		s.out = make(chan error, 1)
		go func() {
			select {
			case err := <-s.fail:
				s.out <- err
			case err := <-s.Subscription.Err():
				s.out <- err
			}
		}()
	})
	return s.out
}

// A subscription that cannot be opened, or drops, never leaves a waiter hanging: it polls
// meanwhile, and the subscription is opened again.
func TestWaitMinedSurvivesSubscriptionFailures(t *testing.T) {
	e := env(t)
	f := &flakySubscriber{Backend: e.Client, refuse: 1}
	c := waitClient(t, e, f, WithBlockTime(200*time.Millisecond))
	ctx, cancel := context.WithTimeout(bg, 30*time.Second)
	defer cancel()

	// The first subscribe is refused: the waiter polls and sees its receipt.
	mineOne(ctx, t, e, c, 20*time.Millisecond)

	// Then the subscription comes up (after a pause); drop it under a waiter.
	untilLive(t, c)
	done := waitAsync(ctx, c, sendOne(t, c))
	time.Sleep(20 * time.Millisecond)
	f.dropAll()
	e.Commit()
	ok(t, <-done)

	// It is opened again, and wakes waiters again.
	deadline := time.Now().Add(20 * time.Second)
	for f.count() < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if f.count() < 2 {
		t.Fatalf("subscriptions made: %d, want a new one after the drop", f.count())
	}
	untilLive(t, c)
	mineOne(ctx, t, e, c, 20*time.Millisecond)
}

// A waiter whose context ends returns at once with the context's error, subscription or
// not; so does one past the receipt timeout.
func TestWaitMinedEndsWithItsContext(t *testing.T) {
	e := env(t)
	for _, b := range []Backend{e.Client, hiddenSubscriber{e.Client}} {
		c := waitClient(t, e, b, WithBlockTime(time.Hour))
		ctx, cancel := context.WithCancel(bg)
		done := waitAsync(ctx, c, common.Hash{1})
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("%T: waitMined after its context was canceled: %v", b, err)
		}
		short := waitClient(t, e, b, WithBlockTime(time.Hour), WithReceiptTimeout(50*time.Millisecond))
		if err := <-waitAsync(bg, short, common.Hash{1}); err == nil || !strings.Contains(err.Error(), "is not mined after 50ms") {
			t.Errorf("%T: waitMined past the receipt timeout: %v", b, err)
		}
	}
}

// countingBackend counts the calls waitMined and send make.
type countingBackend struct {
	Backend
	mu                                  sync.Mutex
	receipts, blockNumbers, heads, tips int
}

func (b *countingBackend) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return b.Backend.(headSubscriber).SubscribeNewHead(ctx, ch)
}

func (b *countingBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	b.mu.Lock()
	b.receipts++
	b.mu.Unlock()
	return b.Backend.TransactionReceipt(ctx, h)
}

func (b *countingBackend) BlockNumber(ctx context.Context) (uint64, error) {
	b.mu.Lock()
	b.blockNumbers++
	b.mu.Unlock()
	return b.Backend.BlockNumber(ctx)
}

func (b *countingBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		b.mu.Lock()
		b.heads++
		b.mu.Unlock()
	}
	return b.Backend.HeaderByNumber(ctx, n)
}

func (b *countingBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	b.mu.Lock()
	b.tips++
	b.mu.Unlock()
	return b.Backend.SuggestGasTipCap(ctx)
}

func (b *countingBackend) counts() [4]int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return [4]int{b.receipts, b.blockNumbers, b.heads, b.tips}
}

// With the subscription up, a transaction costs fewer calls: sending takes the head from
// the subscription and one gas price suggestion per head; waiting reads the receipt once
// on sending and once per new head, and needs no block number.
func TestSubscriptionSparesCalls(t *testing.T) {
	e := env(t)
	b := &countingBackend{Backend: e.Client}
	c := waitClient(t, e, b, WithBlockTime(time.Hour))
	first := waitAsync(bg, c, sendOne(t, c))
	untilLive(t, c)
	e.Commit()
	ok(t, <-first)

	before := b.counts()
	ctx, cancel := context.WithTimeout(bg, 20*time.Second)
	defer cancel()
	w1 := waitAsync(ctx, c, sendOne(t, c))
	w2 := waitAsync(ctx, c, sendOne(t, c))
	for b.counts()[0]-before[0] < 2 { // both waiters read "not found" first
		time.Sleep(time.Millisecond)
	}
	e.Commit()
	ok(t, <-w1)
	ok(t, <-w2)
	after := b.counts()
	got := [4]int{}
	for i := range got {
		got[i] = after[i] - before[i]
	}
	// Two transactions: each receipt read when sent and at the head (4), no block
	// number, no head read, one tip suggestion for both.
	if got != [4]int{4, 0, 0, 1} {
		t.Errorf("calls for two transactions mined in one block: receipts %d, block numbers %d, head reads %d, tip suggestions %d; want 4, 0, 0, 1",
			got[0], got[1], got[2], got[3])
	}
}
