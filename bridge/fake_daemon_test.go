package bridge

// An honest in-memory pair of chains for the validator tests: blocks with TransferOut
// events, reorganizations that undo what the dropped blocks did, and an execute that
// checks the threshold of distinct validators' signatures over the EIP-712 digest, the
// nonce executed at most once, and moves the tokens (lock/release on main, mint/burn on
// the side, with the side hub's accounts).

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
)

type fakeBlock struct {
	hash   common.Hash
	events []Outgoing
	undo   []func()
}

type fakeChain struct {
	mu        sync.Mutex
	id        *big.Int
	contract  common.Address
	side      bool
	blocks    []*fakeBlock
	forks     int // changes every block hash after a reorg
	vals      []common.Address
	threshold uint64
	nonce     int64
	executed  map[string]common.Hash
	wallet    map[common.Address]*big.Int // token balances
	hub       map[common.Address]*big.Int // side only: hub accounts
	locked    *big.Int                    // main: held by the vault; side: unused
	supply    *big.Int                    // side: bridged tokens in existence
	executes  int                         // successful executes
	down      bool
}

var _ Chain = (*fakeChain)(nil)

func newFakeChain(id int64, contract common.Address, side bool, vals []common.Address, threshold uint64) *fakeChain {
	c := &fakeChain{id: big.NewInt(id), contract: contract, side: side, vals: vals, threshold: threshold,
		executed: map[string]common.Hash{}, wallet: map[common.Address]*big.Int{}, hub: map[common.Address]*big.Int{},
		locked: new(big.Int), supply: new(big.Int)}
	c.blocks = []*fakeBlock{{hash: c.blockHash(0)}}
	return c
}

func (c *fakeChain) blockHash(n int) common.Hash {
	return crypto.Keccak256Hash(c.id.Bytes(), big.NewInt(int64(n)).Bytes(), big.NewInt(int64(c.forks)).Bytes())
}

func (c *fakeChain) bal(m map[common.Address]*big.Int, a common.Address) *big.Int {
	if m[a] == nil {
		m[a] = new(big.Int)
	}
	return m[a]
}

var errDown = errors.New("fake chain: node unreachable")

func (c *fakeChain) ChainID() *big.Int       { return c.id }
func (c *fakeChain) Domain() protocol.Domain { return Domain(c.id, c.contract) }

func (c *fakeChain) Head(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.down {
		return 0, errDown
	}
	return uint64(len(c.blocks) - 1), nil
}

func (c *fakeChain) Outgoing(_ context.Context, from, to uint64) ([]Outgoing, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Outgoing
	for n := from; n <= to && n < uint64(len(c.blocks)); n++ {
		out = append(out, c.blocks[n].events...)
	}
	return out, nil
}

func (c *fakeChain) Executed(_ context.Context, nonce *big.Int) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.executed[nonce.String()]
	return ok, nil
}

func (c *fakeChain) ValidatorSet(context.Context) ([]common.Address, uint64, uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.vals), c.threshold, 1, nil
}

func (c *fakeChain) Execute(_ context.Context, key *ecdsa.PrivateKey, t Transfer, sigs [][]byte) (common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.executed[t.Nonce.String()]; ok {
		return common.Hash{}, fmt.Errorf("%w: nonce %s", ErrAlreadyExecuted, t.Nonce)
	}
	digest := t.Digest(c.Domain())
	seen := map[common.Address]bool{}
	for _, s := range sigs {
		a, err := Signer(digest, s)
		if err != nil || !slices.Contains(c.vals, a) || seen[a] {
			return common.Hash{}, fmt.Errorf("fake chain: bad signature from %s", a.Hex())
		}
		seen[a] = true
	}
	if uint64(len(seen)) < c.threshold {
		return common.Hash{}, fmt.Errorf("fake chain: %d signatures, threshold %d", len(seen), c.threshold)
	}
	if c.side {
		c.supply.Add(c.supply, t.Amount)
		if t.ToHub {
			c.bal(c.hub, t.Recipient).Add(c.bal(c.hub, t.Recipient), t.Amount)
		} else {
			c.bal(c.wallet, t.Recipient).Add(c.bal(c.wallet, t.Recipient), t.Amount)
		}
	} else {
		if c.locked.Cmp(t.Amount) < 0 {
			return common.Hash{}, errors.New("fake chain: vault holds too little")
		}
		c.locked.Sub(c.locked, t.Amount)
		c.bal(c.wallet, t.Recipient).Add(c.bal(c.wallet, t.Recipient), t.Amount)
	}
	tx := crypto.Keccak256Hash([]byte("execute"), c.id.Bytes(), t.Nonce.Bytes())
	c.executed[t.Nonce.String()] = tx
	c.executes++
	c.mine(nil, nil)
	return tx, nil
}

// mine appends a block holding ev (if any), with undo to reverse its effects.
func (c *fakeChain) mine(ev *Outgoing, undo func()) {
	n := len(c.blocks)
	b := &fakeBlock{hash: c.blockHash(n)}
	if ev != nil {
		ev.Block, ev.BlockHash = uint64(n), b.hash
		ev.TxHash = crypto.Keccak256Hash(b.hash[:], []byte("tx"))
		ev.LogIndex = 0
		ev.Transfer.SourceID = SourceID(ev.TxHash, ev.LogIndex)
		b.events = append(b.events, *ev)
		b.undo = append(b.undo, undo)
	}
	c.blocks = append(c.blocks, b)
}

// Mine appends k empty blocks.
func (c *fakeChain) Mine(k int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for range k {
		c.mine(nil, nil)
	}
}

// send is a user's outgoing transfer: a lock on main, a burn on the side.
func (c *fakeChain) send(from common.Address, amount int64, recipient common.Address, toHub bool) (Outgoing, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	amt := big.NewInt(amount)
	if c.bal(c.wallet, from).Cmp(amt) < 0 {
		return Outgoing{}, fmt.Errorf("fake chain: %s holds %s, wants to send %d", from.Hex(), c.wallet[from], amount)
	}
	if c.side && toHub {
		return Outgoing{}, errors.New("fake chain: toHub is for deposits only")
	}
	nonce := c.nonce
	c.nonce++
	c.wallet[from].Sub(c.wallet[from], amt)
	if c.side {
		c.supply.Sub(c.supply, amt)
	} else {
		c.locked.Add(c.locked, amt)
	}
	ev := Outgoing{From: from, Transfer: Transfer{SourceChainID: c.id, Nonce: big.NewInt(nonce), Recipient: recipient,
		Amount: amt, ToHub: toHub}}
	c.mine(&ev, func() {
		c.wallet[from].Add(c.wallet[from], amt)
		if c.side {
			c.supply.Add(c.supply, amt)
		} else {
			c.locked.Sub(c.locked, amt)
		}
		c.nonce--
	})
	return c.blocks[len(c.blocks)-1].events[0], nil
}

// Reorg drops the last depth blocks (undoing them) and gives every later block a new hash.
func (c *fakeChain) Reorg(depth int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for range depth {
		b := c.blocks[len(c.blocks)-1]
		for i := len(b.undo) - 1; i >= 0; i-- {
			b.undo[i]()
		}
		c.blocks = c.blocks[:len(c.blocks)-1]
	}
	c.forks++
}

func (c *fakeChain) setDown(down bool) { c.mu.Lock(); c.down = down; c.mu.Unlock() }

func (c *fakeChain) balance(m map[common.Address]*big.Int, a common.Address) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bal(m, a).Int64()
}

func (c *fakeChain) executeCount() int { c.mu.Lock(); defer c.mu.Unlock(); return c.executes }
