package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// With instant blocks (BlockTime 0), a block is made only when a transaction arrives, so
// an idle chain's clock stops: a deadline that passed in the wall clock has not passed on
// chain until someone sends something, and calls such as a claim are refused until then.
// The clock keeps the chain's time close to the wall clock: when no block was made for
// IdleBlockInterval, it sends a 0-value transfer from a devnet-only account to itself,
// which makes a block.

// DefaultIdleBlockInterval is how long an instant-block devnet stays without a block.
const DefaultIdleBlockInterval = 5 * time.Second

// clockKey is the well-known key of the clock account, funded in the genesis. It is public
// on purpose: it exists only on devnets, to make blocks, and holds nothing of value.
var clockKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("poco devnet clock")))

// ClockAccount is the address of the account that makes blocks on an idle devnet.
var ClockAccount = crypto.PubkeyToAddress(clockKey.PublicKey)

// startClock runs the clock until stop is closed; it does nothing with a block period.
func (d *Devnet) startClock(interval time.Duration) {
	d.clockStop, d.clockDone = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(d.clockDone)
		if d.cfg.BlockTime != 0 || interval <= 0 {
			return
		}
		tick := time.NewTicker(min(interval, time.Second))
		defer tick.Stop()
		// Idleness is measured on the wall clock since the head last changed, not from the
		// head's timestamp: blocks sealed within one second get parent+1 timestamps, so a
		// burst of blocks can put the head's time ahead of the wall clock.
		lastHead, lastChange := d.eth.BlockChain().CurrentBlock().Number.Uint64(), time.Now()
		for {
			select {
			case <-d.clockStop:
				return
			case <-tick.C:
			}
			head := d.eth.BlockChain().CurrentBlock()
			if n := head.Number.Uint64(); n != lastHead {
				lastHead, lastChange = n, time.Now()
				continue
			}
			if pending, queued := d.eth.TxPool().Stats(); time.Since(lastChange) < interval || pending+queued > 0 {
				continue
			}
			if err := d.tick(head.BaseFee); err != nil {
				d.log.Warn("devnet: making an idle block", "err", err)
			}
			lastChange = time.Now() // give the block time to come before trying again
		}
	}()
}

// MakeBlock makes a block now (the clock account's 0-value transfer to itself) and waits
// until the head moves past the current one: with a block period, until the next block.
// A bridge validator waiting for a confirmation block on an idle instant-block devnet
// need not wait for the clock.
func (d *Devnet) MakeBlock(ctx context.Context) error {
	head := d.eth.BlockChain().CurrentBlock()
	if err := d.tick(head.BaseFee); err != nil {
		return fmt.Errorf("devnet: making a block: %w", err)
	}
	for d.eth.BlockChain().CurrentBlock().Number.Cmp(head.Number) <= 0 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pollInterval):
		}
	}
	return nil
}

// tick sends the clock account's 0-value transfer to itself.
func (d *Devnet) tick(baseFee *big.Int) error {
	d.tickMu.Lock() // the clock and MakeBlock: one nonce at a time
	defer d.tickMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	nonce, err := d.client.PendingNonceAt(ctx, ClockAccount)
	if err != nil {
		return err
	}
	// The miner leaves out transactions tipping less than its minimum (a million wei);
	// one it leaves out stays pending, and the dev beacon would then seal empty blocks in
	// a loop, each a second later than the last: the chain's clock would run away.
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(baseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(clockKey, types.LatestSignerForChainID(new(big.Int).SetUint64(d.st.ChainID)),
		&types.DynamicFeeTx{Nonce: nonce, To: &ClockAccount, Gas: 21000, GasTipCap: tip, GasFeeCap: feeCap})
	if err != nil {
		return err
	}
	return d.client.SendTransaction(ctx, tx)
}
