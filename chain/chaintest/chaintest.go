// Package chaintest is a test harness around go-ethereum's in-process simulated
// backend (ethclient/simulated), configured with Ethereum mainnet rules up to and
// including Prague by default, so that gas figures measured against it are mainnet-like;
// WithRules runs Osaka (mainnet today, with the EIP-7825 transaction gas cap) or
// go-ethereum's dev rules instead.
//
// The stock simulated backend runs params.AllDevChainProtocolChanges, which
// activates Osaka and later forks (EIP-7825 transaction gas cap, CLZ opcode,
// MODEXP repricing, ...). This package replaces that chain configuration with
// PragueConfig before the node starts.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pocolabs/poco/chain"
)

// DefaultGasLimit is the block gas limit used unless WithGasLimit is given.
// It matches Ethereum mainnet's block gas limit at the time of writing (60M,
// raised from 45M in late 2025).
const DefaultGasLimit uint64 = 60_000_000

// ChainID is the chain id of every simulated chain. It is the id the stock
// simulated backend uses (1337); only the fork rules are changed.
var ChainID = big.NewInt(1337)

// keySeed is the fixed seed the account keys are derived from, so that account
// addresses are identical across runs.
const keySeed = "poco/chaintest/account"

// InitialBalance is the balance, in wei, every account starts with (1e6 ether).
var InitialBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// TB is the part of testing.TB the harness uses. *testing.T and *testing.B satisfy it;
// programs outside `go test` (the gas benchmark) provide their own.
type TB interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Logf(format string, args ...any)
	Cleanup(func())
}

// Account is a funded externally owned account of a simulated chain.

type Account struct {
	// Key is the account's private key.
	Key *ecdsa.PrivateKey
	// Address is the account's address, derived from Key.
	Address common.Address
}

// Chain is a running simulated chain with funded accounts. Blocks are only
// produced by Commit, AdjustTime and Send.
type Chain struct {
	// Backend is the underlying simulated backend.
	Backend *simulated.Backend
	// Client is the RPC client of the chain (an in-process ethclient); it
	// satisfies bind.ContractBackend.
	Client simulated.Client
	// ChainID is the chain id transactions must be signed for.
	ChainID *big.Int
	// Accounts are the funded accounts, in key-derivation order.
	Accounts []*Account

	t TB
	// sealMu keeps Commit and AdjustTime from sealing blocks at once: the simulated
	// beacon is not safe for concurrent sealing (tests that mine on a timer while a
	// client's miner hook commits too).
	sealMu sync.Mutex
}

// Option customizes a Chain created by New.
type Option func(*options)

type options struct {
	gasLimit uint64
	rules    Rules
	backend  []func(*node.Config, *ethconfig.Config)
}

// WithGasLimit sets the block gas limit (and the eth_call / eth_estimateGas
// gas cap) to gasLimit instead of DefaultGasLimit.
func WithGasLimit(gasLimit uint64) Option {
	return func(o *options) { o.gasLimit = gasLimit }
}

// WithBackendOption appends a raw simulated-backend option. It runs after this
// package's own configuration, so it can override anything, including the
// chain config in ethConf.Genesis.Config.
func WithBackendOption(opt func(*node.Config, *ethconfig.Config)) Option {
	return func(o *options) { o.backend = append(o.backend, opt) }
}

// PragueConfig returns the chain rules of every simulated chain: Ethereum mainnet
// up to Prague (chain.PragueRules) with ChainID.
func PragueConfig() *params.ChainConfig { return chain.PragueRules(ChainID) }

// AccountKey returns the deterministic private key of account i: the keccak256
// hash of a fixed seed and the big-endian index.
func AccountKey(i int) *ecdsa.PrivateKey {
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], uint64(i))
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(keySeed), idx[:]))
	if err != nil {
		// Only if the hash is zero or >= the curve order: ~2^-128.
		panic(fmt.Sprintf("chaintest: account key %d: %v", i, err))
	}
	return key
}

// New starts a simulated chain running PragueConfig (or the rules of WithRules) with nAccounts funded
// accounts (InitialBalance each) and registers t.Cleanup to shut it down.
// Errors in Chain's helper methods fail t.
func New(t TB, nAccounts int, opts ...Option) *Chain {
	t.Helper()
	o := options{gasLimit: DefaultGasLimit}
	for _, opt := range opts {
		opt(&o)
	}

	accounts := make([]*Account, nAccounts)
	alloc := make(types.GenesisAlloc, nAccounts)
	for i := range accounts {
		key := AccountKey(i)
		accounts[i] = &Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accounts[i].Address] = types.Account{Balance: new(big.Int).Set(InitialBalance)}
	}

	backendOpts := []func(*node.Config, *ethconfig.Config){
		func(_ *node.Config, ethConf *ethconfig.Config) {
			// simulated.NewBackend sets ethConf.Genesis (with the dev config
			// and the system-contract alloc merged with ours) BEFORE running
			// the options, so replacing its Config here takes effect.
			ethConf.Genesis.Config = o.rules.Config()
			ethConf.OverrideOsaka = nil
			ethConf.OverrideAmsterdam = nil
			ethConf.OverrideBPO1 = nil
			ethConf.OverrideBPO2 = nil
			ethConf.OverrideUBT = nil
			ethConf.RPCGasCap = o.gasLimit
			// The block builder stops adding transactions when its recommit budget (2 s by
			// default) runs out; on a busy machine that left transactions of a Commit for
			// the next block. Tests mine explicitly, so give the builder all the time.
			ethConf.Miner.Recommit = time.Minute
		},
		simulated.WithBlockGasLimit(o.gasLimit),
	}
	backend := simulated.NewBackend(alloc, append(backendOpts, o.backend...)...)
	t.Cleanup(func() { backend.Close() })

	c := &Chain{
		Backend:  backend,
		Client:   backend.Client(),
		Accounts: accounts,
		t:        t,
	}
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatalf("chaintest: chain id: %v", err)
	}
	c.ChainID = id
	return c
}

// TransactOpts returns fresh abigen v2 transaction options signing as acc.
// Gas limit and fees are left to be estimated by the binding.
func (c *Chain) TransactOpts(acc *Account) *bind.TransactOpts {
	return bind.NewKeyedTransactor(acc.Key, c.ChainID)
}

// Commit seals the pending transactions into a new block and returns its hash.
// The block timestamp is max(wall clock, parent timestamp + 1).
func (c *Chain) Commit() common.Hash {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	return c.Backend.Commit()
}

// AdjustTime seals a new, empty block whose timestamp is the head's timestamp
// plus d (whole seconds). It fails the test if transactions are pending.
func (c *Chain) AdjustTime(d time.Duration) {
	c.t.Helper()
	// Right after a commit the transaction pool may still list the transactions just
	// mined (it resets asynchronously), and the backend refuses to adjust the time of a
	// block with pending transactions: retry briefly.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c.sealMu.Lock()
		err := c.Backend.AdjustTime(d)
		c.sealMu.Unlock()
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			c.t.Fatalf("chaintest: adjust time by %v: %v", d, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Now returns the timestamp of the head block.
func (c *Chain) Now() uint64 {
	c.t.Helper()
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatalf("chaintest: head header: %v", err)
	}
	return head.Time
}

// Send calls send (typically a binding's transaction method, or
// bind.DeployContract), seals a block and returns the transaction's receipt.
// It fails t if send returns an error (e.g. a revert during gas estimation) or
// if the receipt status is failed; reverts are decoded with chain.DecodeRevert
// against abis (a failed transaction is replayed with eth_call on the parent
// block's state to recover its revert data).
func (c *Chain) Send(t TB, send func() (*types.Transaction, error), abis ...*abi.ABI) *types.Receipt {
	t.Helper()
	tx, err := send()
	if err != nil {
		t.Fatalf("chaintest: send: %s", describe(err, abis))
	}
	receipt := c.mined(t, tx.Hash())
	if receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("chaintest: tx %s failed (gas used %d of %d): %s",
			tx.Hash().Hex(), receipt.GasUsed, tx.Gas(), c.replay(tx, receipt, abis))
	}
	return receipt
}

// SendTx submits the signed transaction tx, seals a block and returns the
// receipt, failing t like Send does.
func (c *Chain) SendTx(t TB, tx *types.Transaction, abis ...*abi.ABI) *types.Receipt {
	t.Helper()
	return c.Send(t, func() (*types.Transaction, error) {
		return tx, c.Client.SendTransaction(context.Background(), tx)
	}, abis...)
}

// receipt fetches the receipt of a transaction in a block that has just been
// sealed, retrying briefly in case transaction indexing lags behind.
// mined commits blocks while the transaction is still pending (a block can close before
// every pending transaction is in), then returns its receipt.
func (c *Chain) mined(t TB, hash common.Hash) *types.Receipt {
	t.Helper()
	for range 10 {
		c.Commit()
		if _, pending, err := c.Client.TransactionByHash(context.Background(), hash); err != nil || !pending {
			break // mined (its receipt may take a moment to be indexed)
		}
	}
	return c.receipt(t, hash)
}

func (c *Chain) receipt(t TB, hash common.Hash) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		receipt, err := c.Client.TransactionReceipt(context.Background(), hash)
		if err == nil {
			return receipt
		}
		if time.Now().After(deadline) {
			t.Fatalf("chaintest: receipt of %s: %v (was the transaction sent?)", hash.Hex(), err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// replay re-executes a failed transaction with eth_call on the state of the
// block before it and describes the resulting error.
func (c *Chain) replay(tx *types.Transaction, receipt *types.Receipt, abis []*abi.ABI) string {
	from, err := types.Sender(types.LatestSignerForChainID(c.ChainID), tx)
	if err != nil {
		return fmt.Sprintf("status 0 (sender unknown: %v)", err)
	}
	msg := ethereum.CallMsg{
		From:       from,
		To:         tx.To(),
		Gas:        tx.Gas(),
		Value:      tx.Value(),
		Data:       tx.Data(),
		AccessList: tx.AccessList(),
	}
	parent := new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1))
	if _, err := c.Client.CallContract(context.Background(), msg, parent); err != nil {
		return describe(err, abis)
	}
	return "status 0 (replay on the parent state did not fail)"
}

// describe renders err, with decoded revert data when it carries any.
func describe(err error, abis []*abi.ABI) string {
	if rev, ok := chain.DecodeRevert(err, abis...); ok {
		return fmt.Sprintf("reverted: %v", rev)
	}
	return err.Error()
}

// RevertInitCode returns contract creation code whose deployed contract reverts
// every call with exactly data (which may be empty). It is handy to exercise
// revert decoding without a Solidity compiler. data must be shorter than 24KiB.
func RevertInitCode(data []byte) []byte {
	runtime := append(copyAndExit(len(data), 0xfd), data...)   // REVERT
	return append(copyAndExit(len(runtime), 0xf3), runtime...) // RETURN
}

// copyAndExit returns 15 bytes of EVM code that copy the n bytes of code that
// follow them into memory at 0 and end execution with op (RETURN or REVERT)
// over that memory.
func copyAndExit(n int, op byte) []byte {
	const size = 15
	if n > 0xffff {
		panic("chaintest: code payload too large")
	}
	return []byte{
		0x61, byte(n >> 8), byte(n), // PUSH2 n
		0x61, 0x00, size, // PUSH2 offset of the payload
		0x60, 0x00, // PUSH1 0
		0x39,                        // CODECOPY(mem 0, offset, n)
		0x61, byte(n >> 8), byte(n), // PUSH2 n
		0x60, 0x00, // PUSH1 0
		op, // RETURN / REVERT(mem 0, n)
	}
}
