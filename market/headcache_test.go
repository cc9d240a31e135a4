package market

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/sdk"
)

// cachedEnv is a market following the chain's heads (Run), so that its checks keep the
// reads of the current head. The test applies the blocks itself (Sync), so that it
// controls the moment between a head and its events applied.
func cachedEnv(t *testing.T) *marketEnv {
	t.Helper()
	m := newMarketEnv(t, storeKinds[0].dsn(t), DefaultLimits())
	m.svc.cfg.PollInterval = time.Hour // Sync is called by the test
	m.svc.syncOnPoll = true
	ctx, cancel := context.WithCancel(bg)
	done := make(chan struct{})
	go func() { defer close(done); m.svc.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	// Blocks until the subscription, started by Run, announces one.
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		m.e.Commit()
		for wait := time.Now().Add(100 * time.Millisecond); time.Now().Before(wait); time.Sleep(2 * time.Millisecond) {
			if _, live := m.svc.cache.snapshot(); live {
				return m
			}
		}
	}
	t.Fatal("the market's head subscription announced no head")
	return nil
}

// waitNewHead waits until the cache follows a head after generation gen.
func (m *marketEnv) waitNewHead(gen uint64) {
	m.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		if g, live := m.svc.cache.snapshot(); live && g > gen {
			return
		}
	}
	m.t.Fatal("the market's head subscription announced no head")
}

// mine runs tx and waits for the market to see its block's head.
func (m *marketEnv) mine(tx func()) {
	m.t.Helper()
	gen, _ := m.svc.cache.snapshot()
	tx()
	m.waitNewHead(gen)
}

// TestHeadCacheReadsOncePerHead: a burst of publications in one block reads the pool's
// owner and account once; a change on chain in the next block is seen by the next
// publication.
func TestHeadCacheReadsOncePerHead(t *testing.T) {
	m := cachedEnv(t)
	e := m.e
	for range 3 {
		m.publish(m.signedPool(e.WorkerpoolOrder()))
	}
	if _, ok := m.svc.cache.owner(ownerKey{sdk.KindWorkerpool, e.Pool}); !ok {
		t.Fatal("the pool's owner was not kept for the head")
	}
	if _, ok := m.svc.cache.freeOf(e.PoolOwner.Address); !ok {
		t.Fatal("the pool owner's free balance was not kept for the head")
	}
	// The owner withdraws everything in the next block: the next order is refused.
	m.mine(func() { e.Tx(e.PoolOwner, e.Poco.PackWithdraw(e.Free(e.PoolOwner.Address))) })
	_, err := m.mc.Publish(bg, m.signedPool(e.WorkerpoolOrder()))
	wantRefusal(t, err, CodeInsufficientFunds, "the workerpool owner "+e.PoolOwner.Address.Hex())
}

// TestHeadCacheStaleOwner: an owner cached for a head the chain has already left (the
// moment before the new head is announced) never makes the market refuse the new owner,
// nor keep an order of the former one once Sync has applied the transfer.
func TestHeadCacheStaleOwner(t *testing.T) {
	m := cachedEnv(t)
	e := m.e
	m.publish(m.signedPool(e.WorkerpoolOrder()))
	m.sync()
	// The pool changes hands; the cache is told the former owner for this head.
	newOwner := e.Workers[0]
	e.Deposit(newOwner, big.NewInt(1000*rlc))
	m.mine(func() {
		e.SendTo(e.PoolOwner, e.D.WorkerpoolRegistry, e.PoolsABI.PackSafeTransferFrom(e.PoolOwner.Address, newOwner.Address, new(big.Int).SetBytes(e.Pool[:])))
	})
	gen, _ := m.svc.cache.snapshot()
	m.svc.cache.putOwner(gen, ownerKey{sdk.KindWorkerpool, e.Pool}, e.PoolOwner.Address)

	w := e.WorkerpoolOrder()
	byNew := m.publish(sdk.SignedWorkerpoolOrder{Order: w, Sig: e.Sign(newOwner.Key, w.Hash(e.Domain))})
	if byNew.Signer != newOwner.Address {
		t.Fatalf("the new owner's order is kept as %s's", byNew.Signer.Hex())
	}
	gen, _ = m.svc.cache.snapshot()
	m.svc.cache.putOwner(gen, ownerKey{sdk.KindWorkerpool, e.Pool}, e.PoolOwner.Address)
	byFormer := m.publish(m.signedPool(e.WorkerpoolOrder())) // accepted from the stale value …
	m.sync()                                                 // … and dropped with the transfer's block
	if o := m.order(byFormer.Hash); o.Status != StatusDead || !strings.Contains(o.Reason, "now belongs to "+newOwner.Address.Hex()) {
		t.Fatalf("the former owner's order after the transfer: %+v", o)
	}
	// With the transfer applied, nothing stale is left: the former owner is refused.
	_, err := m.mc.Publish(bg, m.signedPool(e.WorkerpoolOrder()))
	wantRefusal(t, err, CodeBadSignature, "belongs to "+newOwner.Address.Hex())
}

// TestHeadCacheStaleConsumed: a consumed volume cached for a head the chain has left
// never refuses an order with volume left, and an order consumed in the new block is
// filled when Sync applies it.
func TestHeadCacheStaleConsumed(t *testing.T) {
	m := cachedEnv(t)
	e := m.e
	w := e.WorkerpoolOrder()
	h := common.Hash(w.Hash(e.Domain))
	gen, _ := m.svc.cache.snapshot()
	m.svc.cache.putConsumed(gen, h, new(big.Int).Set(w.Volume)) // says: used up
	if o := m.publish(m.signedPool(w)); o.Remaining != w.Volume.Uint64() {
		t.Fatalf("remaining %d, want %d", o.Remaining, w.Volume.Uint64())
	}
	// Cancelled on chain; the cache still says nothing is used: accepted, then Sync
	// applies the cancellation.
	m.mine(func() { e.Tx(e.PoolOwner, e.Poco.PackCancelWorkerpoolOrder(chain.WorkerpoolOrderArg(w))) })
	gen, _ = m.svc.cache.snapshot()
	m.svc.cache.putConsumed(gen, h, new(big.Int))
	m.publish(m.signedPool(w))
	m.sync()
	if o := m.order(h); o.Status != StatusCancelled || o.Remaining != 0 {
		t.Fatalf("cancelled order after Sync: %+v", o)
	}
	_, err := m.mc.Publish(bg, m.signedPool(w))
	wantRefusal(t, err, CodeNoVolume)
}

// TestHeadCacheStaleBalance: a balance cached before a deposit never refuses the order
// the deposit pays for; one cached before a withdrawal lets an order in until Sync
// applies the withdrawal.
func TestHeadCacheStaleBalance(t *testing.T) {
	m := cachedEnv(t)
	e := m.e
	gen, _ := m.svc.cache.snapshot()
	m.svc.cache.putFree(gen, e.PoolOwner.Address, new(big.Int)) // before a deposit
	o := m.publish(m.signedPool(e.WorkerpoolOrder()))
	m.mine(func() { e.Tx(e.PoolOwner, e.Poco.PackWithdraw(e.Free(e.PoolOwner.Address))) })
	gen, _ = m.svc.cache.snapshot()
	m.svc.cache.putFree(gen, e.PoolOwner.Address, big.NewInt(1e6*rlc)) // before the withdrawal
	late := m.publish(m.signedPool(e.WorkerpoolOrder()))
	m.sync()
	for _, h := range []common.Hash{o.Hash, late.Hash} {
		if got := m.order(h); got.Status != StatusDead || !strings.Contains(got.Reason, "free in the hub") {
			t.Fatalf("pool order after the withdrawal: %+v", got)
		}
	}
}

// TestAnAnnouncedHeadIsApplied: Run applies a block as soon as its head is announced,
// without a poll (here an hour away) and without asking the node for its head number.
func TestAnAnnouncedHeadIsApplied(t *testing.T) {
	m := newMarketEnv(t, storeKinds[0].dsn(t), DefaultLimits())
	m.svc.cfg.PollInterval = time.Hour
	ctx, cancel := context.WithCancel(bg)
	done := make(chan struct{})
	go func() { defer close(done); m.svc.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	applied := func() uint64 {
		next, _, err := m.svc.store.Cursor(bg)
		if err != nil {
			t.Fatal(err)
		}
		return next
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(2 * time.Millisecond) { // Run's first Sync
		m.svc.stateMu.Lock()
		synced := !m.svc.synced.IsZero()
		m.svc.stateMu.Unlock()
		if synced {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run did not sync at its start")
		}
	}
	start := applied()
	for deadline := time.Now().Add(10 * time.Second); applied() <= start+2; {
		if time.Now().After(deadline) {
			t.Fatalf("the market has applied blocks up to %d (%d at the start of the test): announced heads are not applied", applied()-1, start-1)
		}
		m.e.Commit()
		time.Sleep(20 * time.Millisecond)
	}
}
