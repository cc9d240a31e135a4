package sdk

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// callCounter counts the calls a client's sends and waits make, by method. It passes
// the head subscription and, unless noSim, eth_simulateV1 through; simErr, when set, is
// what its eth_simulateV1 answers.
type callCounter struct {
	Backend
	noSim  bool
	simErr error
	noPeak bool // its eth_simulateV1 answers without maxUsedGas (older nodes)

	mu sync.Mutex
	n  map[string]int
}

func (b *callCounter) add(m string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.n == nil {
		b.n = map[string]int{}
	}
	b.n[m]++
}

func (b *callCounter) count(m string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n[m]
}

// counter returns b as a Backend: with SimulateV1 (a simulator) unless b.noSim.
func (b *callCounter) backend() Backend {
	if b.noSim {
		return b
	}
	return simCounter{b}
}

type simCounter struct{ *callCounter }

func (b simCounter) SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, at *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error) {
	b.add("simulate")
	if b.simErr != nil {
		return nil, b.simErr
	}
	res, err := b.Backend.(simulator).SimulateV1(ctx, opts, at)
	if b.noPeak {
		for i := range res {
			for j := range res[i].Calls {
				res[i].Calls[j].MaxUsedGas = 0
			}
		}
	}
	return res, err
}

func (b *callCounter) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return b.Backend.(headSubscriber).SubscribeNewHead(ctx, ch)
}

func (b *callCounter) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	b.add("nonce")
	return b.Backend.PendingNonceAt(ctx, a)
}

func (b *callCounter) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	b.add("estimate")
	return b.Backend.EstimateGas(ctx, msg)
}

func (b *callCounter) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	// Counted once the node has the transaction: a test that waits for the count and
	// then mines a block finds the transaction in it.
	err := b.Backend.SendTransaction(ctx, tx)
	b.add("send")
	return err
}

func (b *callCounter) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	b.add("receipt")
	return b.Backend.TransactionReceipt(ctx, h)
}

// Transactions of one client read the account's nonce once: the client counts them.
// Another sender of the same key takes the next nonce, pending or mined: the client's
// next transaction is refused, and the client reads the nonce again and sends it.
func TestNonceKeptAndRecoveredAfterAnOutsideSend(t *testing.T) {
	e := env(t)
	b := &callCounter{}
	b.Backend = e.Client
	opts := []Option{WithMiner(func() { e.Commit() }), WithKey(e.Requester.Key), WithReceiptTimeout(20 * time.Second)}
	c := must(New(bg, b.backend(), e.D.Hub, opts...))
	defer c.Close()
	for range 3 {
		must(c.Deposit(bg, RLC(1)))
	}
	if n := b.count("nonce"); n != 1 {
		t.Fatalf("three transactions read the nonce %d times; want once", n)
	}
	// Another client of the same key (a user's wallet) sends one, mined.
	other := must(New(bg, e.Client, e.D.Hub, opts...))
	defer other.Close()
	must(other.Deposit(bg, RLC(1)))
	before := b.count("send")
	r, err := c.Deposit(bg, RLC(1))
	ok(t, err)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the deposit after an outside send failed")
	}
	if sends := b.count("send") - before; sends != 2 {
		t.Errorf("after an outside mined send: %d sends; want 2 (refused as too low, then sent again)", sends)
	}
	// The other sender's transaction is pending (not mined) when the client sends: the
	// nonce is taken in the pool.
	tx, err := other.send(bg, txInfo{to: other.hub}, other.poco.PackOwner())
	ok(t, err)
	r, err = c.Deposit(bg, RLC(1))
	ok(t, err)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("the deposit after an outside pending send failed")
	}
	if theirs := must(e.Client.TransactionReceipt(bg, tx.Hash())); theirs.Status != types.ReceiptStatusSuccessful {
		t.Error("the outside transaction was not mined")
	}
	if got, want := must(e.Client.NonceAt(bg, e.Requester.Address, nil)), must(e.Client.PendingNonceAt(bg, e.Requester.Address)); got != want {
		t.Errorf("nonce %d mined, %d pending: a transaction is stuck", got, want)
	}
}

// A nonce the client counted past the node's (its transaction was dropped from the
// node's pool) leaves the next transaction queued behind a gap: it is not mined in time,
// and the client reads the nonce again, so the next one fills the gap and both are
// mined; the one after that (its nonce taken by the queued one) is sent again.
func TestNonceGapRecovers(t *testing.T) {
	e := env(t)
	c := waitClient(t, e, nil, WithBlockTime(100*time.Millisecond), WithReceiptTimeout(time.Second))
	must(c.Deposit(bgMined(t, e), RLC(1)))
	c.sendMu.Lock()
	c.nonce++ // as if the last transaction had been dropped by the node
	c.sendMu.Unlock()
	stop := mineEvery(e, 20*time.Millisecond)
	defer stop()
	_, err := c.transact(bg, c.hub, c.poco.PackOwner())
	if err == nil || !errorsContains(err, "is not mined after") {
		t.Fatalf("a transaction behind a gap: %v; want not mined", err)
	}
	gapped := c.nonceNow()                          // the nonce after the queued transaction
	must(c.transact(bg, c.hub, c.poco.PackOwner())) // fills the gap
	deadline := time.Now().Add(10 * time.Second)
	for {
		mined, pending := must(e.Client.NonceAt(bg, e.Requester.Address, nil)), must(e.Client.PendingNonceAt(bg, e.Requester.Address))
		if mined == pending && mined == gapped {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("nonce %d mined, %d pending; want both at %d: the gap was not filled", mined, pending, gapped)
		}
		time.Sleep(10 * time.Millisecond)
	}
	must(c.transact(bg, c.hub, c.poco.PackOwner()))
	if mined, now := must(e.Client.NonceAt(bg, e.Requester.Address, nil)), c.nonceNow(); mined != gapped+1 || now != mined {
		t.Errorf("after the gap: nonce %d mined, client at %d; want both %d", mined, now, gapped+1)
	}
}

func (c *Client) nonceNow() uint64 {
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	return c.nonce
}

// bgMined returns a context for a first transaction of a waitClient: a goroutine mines
// until the test moves on.
func bgMined(t *testing.T, e interface{ Commit() common.Hash }) context.Context {
	stop := mineEvery(e, 20*time.Millisecond)
	t.Cleanup(stop)
	return bg
}

// mineEvery mines a block every d until stop is called.
func mineEvery(e interface{ Commit() common.Hash }, d time.Duration) (stop func()) {
	done := make(chan struct{})
	var once sync.Once
	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(d):
				e.Commit()
			}
		}
	}()
	return func() { once.Do(func() { close(done) }) }
}

func errorsContains(err error, s string) bool {
	for ; err != nil; err = errors.Unwrap(err) {
		if len(err.Error()) >= len(s) && contains(err.Error(), s) {
			return true
		}
	}
	return false
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// Gas comes from one simulated run where the node can simulate, and from its estimate
// where it cannot (no eth_simulateV1, or a node that does not know the method or does
// not give the peak gas use, which the client then stops asking). A transaction that would fail is found out before sending
// either way, with the contract's reason.
func TestGasFromSimulationWithEstimateFallback(t *testing.T) {
	e := env(t)
	for _, tc := range []struct {
		name           string
		b              *callCounter
		simulate, est  int // calls for two deposits
		noSimAfterward bool
	}{
		{"simulator", &callCounter{}, 2, 0, false},
		{"no simulator", &callCounter{noSim: true}, 0, 2, false},
		{"method not found", &callCounter{simErr: rpcError{-32601, "the method eth_simulateV1 does not exist/is not available"}}, 1, 2, true},
		{"simulation error", &callCounter{simErr: errors.New("some failure")}, 2, 2, false},
		{"no peak gas in the answer", &callCounter{noPeak: true}, 1, 2, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.b.Backend = e.Client
			c := must(New(bg, tc.b.backend(), e.D.Hub, WithMiner(func() { e.Commit() }), WithKey(e.Requester.Key)))
			defer c.Close()
			for range 2 {
				r := must(c.Deposit(bg, RLC(1)))
				tx, _, err := e.Client.TransactionByHash(bg, r.TxHash)
				ok(t, err)
				if r.Status != types.ReceiptStatusSuccessful || r.GasUsed >= tx.Gas() {
					t.Fatalf("deposit: status %d, gas used %d of %d", r.Status, r.GasUsed, tx.Gas())
				}
			}
			if s, est := tc.b.count("simulate"), tc.b.count("estimate"); s != tc.simulate || est != tc.est {
				t.Errorf("two deposits: %d simulations, %d estimates; want %d, %d", s, est, tc.simulate, tc.est)
			}
			if c.noSim != tc.noSimAfterward {
				t.Errorf("noSim %t; want %t", c.noSim, tc.noSimAfterward)
			}
			// A refused transaction: nothing is sent, the reason is the contract's.
			sends := tc.b.count("send")
			_, err := c.CreateCategory(bg, "x", "", time.Minute)
			wantCode(t, err, "OwnableUnauthorizedAccount")
			if n := tc.b.count("send") - sends; n != 0 {
				t.Errorf("a withdrawal that reverts was sent %d times", n)
			}
		})
	}
}

type rpcError struct {
	code int
	msg  string
}

func (e rpcError) Error() string  { return e.msg }
func (e rpcError) ErrorCode() int { return e.code }

// The gas from one simulated run is at least what the node's estimate (a search for the
// lowest limit that succeeds) finds, for a transaction that calls through contracts
// (a deposit: the token calls the hub back).
func TestSimulatedGasCoversTheEstimate(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Requester)
	defer c.Close()
	head := must(e.Client.HeaderByNumber(bg, nil))
	for _, amount := range []*big.Int{RLC(1), RLC(5)} {
		msg := ethereum.CallMsg{From: c.Address(), To: &c.token, Data: c.tokenABI.PackApproveAndCall(c.hub, amount, []byte{})}
		c.sendMu.Lock()
		sim, fine := c.simulateGas(bg, msg, head, txCap(head.GasLimit))
		c.sendMu.Unlock()
		if !fine {
			t.Fatal("the deposit could not be simulated")
		}
		est := must(e.Client.EstimateGas(bg, msg))
		if sim < est {
			t.Errorf("simulated gas %d is below the node's estimate %d", sim, est)
		}
	}
}

// With the head subscription up, a transaction's receipt is read once, at the head that
// mines it: not also right after sending (no block known then can hold it).
func TestReceiptReadOnceAtItsHead(t *testing.T) {
	e := env(t)
	b := &callCounter{}
	b.Backend = e.Client
	c := waitClient(t, e, b.backend(), WithBlockTime(time.Hour))
	first := waitAsync(bg, c, sendOne(t, c))
	untilLive(t, c)
	e.Commit()
	ok(t, <-first)
	// The first waiter may have seen its receipt before the subscription announced its
	// block: the sends below must be made after that announcement (a head announced later
	// would make them read their receipts once too early).
	untilHead(t, c, must(e.Client.BlockNumber(bg)))

	receipts, sends := b.count("receipt"), b.count("send")
	ctx, cancel := context.WithTimeout(bg, 20*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.transact(ctx, c.hub, c.poco.PackOwner())
			errs <- err
		}()
	}
	for b.count("send")-sends < 2 {
		time.Sleep(time.Millisecond)
	}
	e.Commit()
	wg.Wait()
	close(errs)
	for err := range errs {
		ok(t, err)
	}
	if n := b.count("receipt") - receipts; n != 2 {
		t.Errorf("two transactions mined in one block: %d receipt reads; want 2", n)
	}
}
