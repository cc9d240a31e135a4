package sdk

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/chain"
)

// MaxTxGas is the most gas one transaction may ask for: 16,777,216 (2^24), the cap of
// EIP-7825, in force on Ethereum mainnet since the Osaka fork (and on geth --dev and the
// simulated backend, which run Osaka and later forks). A node refuses a transaction
// whose gas limit is above it ("transaction gas limit too high (cap: 16777216, …)").
//
// The client applies it on every chain, whatever its rules: telling the rules apart
// would cost a node-specific query (there is no standard RPC for a chain's forks), a
// chain before Osaka accepts a transaction under the cap all the same, and every
// transaction of the protocol that might need more is a batch that can be split (see
// ErrTooMuchGas). The only cost is on a chain without the cap, where a batch that would
// fit a block must be sent in two or more transactions.
const MaxTxGas uint64 = 1 << 24

// simulator is a Backend that can run calls as a block would with eth_simulateV1
// (ethclient.Client, the simulated chain's client, Dial's connections): one run tells
// whether a transaction succeeds and the gas it needs, where eth_estimateGas runs it
// several times (a first run, then a search of the lowest limit that succeeds).
type simulator interface {
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
}

// slimSimulator is a simulator that decodes only the calls' figures (status, gas,
// error), not their logs: Dial's connections.
type slimSimulator interface {
	simulateFigures(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
}

// simulateGas runs msg once with eth_simulateV1 on the head's state, in a block one
// second after the head (the earliest the transaction can be mined, where an estimate
// runs in the head's own block), with limit gas. When the run succeeds it returns the
// gas the transaction needs: its peak use (before refunds) and the stipend a call may
// pass on, grown by 64/63 for the gas a call must leave to its caller; that is where
// the node's own estimate starts its search, and the run checks it is enough in all but
// contracts that read their remaining gas, which gasMargin covers. ok is false when the
// node cannot simulate, or the run failed or came back without the figures: the caller
// then estimates, which also explains a failure. Called under sendMu.
func (c *Client) simulateGas(ctx context.Context, msg ethereum.CallMsg, head *types.Header, limit uint64) (gas uint64, ok bool) {
	slim, isSlim := c.backend.(slimSimulator)
	sim, can := c.backend.(simulator)
	if (!can && !isSlim) || c.noSim {
		return 0, false
	}
	msg.Gas = limit
	at := rpc.BlockNumberOrHashWithHash(head.Hash(), false)
	opts := ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{
		BlockOverrides: &ethereum.BlockOverrides{Time: head.Time + 1},
		Calls:          []ethereum.CallMsg{msg},
	}}}
	var (
		res []ethclient.SimulateBlockResult
		err error
	)
	if isSlim {
		res, err = slim.simulateFigures(ctx, opts, &at)
	} else {
		res, err = sim.SimulateV1(ctx, opts, &at)
	}
	if err != nil {
		var re rpc.Error
		if errors.As(err, &re) && re.ErrorCode() == -32601 { // method not found: for good
			c.noSim = true
		}
		return 0, false
	}
	if len(res) != 1 || len(res[0].Calls) != 1 {
		return 0, false
	}
	r := res[0].Calls[0]
	if r.Status != types.ReceiptStatusSuccessful || r.Error != nil {
		return 0, false
	}
	if r.MaxUsedGas == 0 || r.MaxUsedGas < r.GasUsed {
		// A node that does not give the peak use (older geth, other nodes) never will:
		// the gas used after refunds may be too little, so estimate from now on.
		c.noSim = true
		return 0, false
	}
	gas = (r.MaxUsedGas + params.CallStipend) * 64 / 63
	if gas > limit {
		return 0, false
	}
	return gas, true
}

// gasMargin is what the client adds to the node's estimate, for the state changing
// between estimation and inclusion: a quarter.
func gasMargin(estimate uint64) uint64 { return estimate / 4 }

// ErrTooMuchGas matches (with errors.Is) every error saying that a transaction needs
// more gas than one transaction may use on the chain (MaxTxGas, or the block gas limit
// when it is lower), or is too large for the node to take. Nothing was sent: a batch
// that gets it should be split into smaller batches. errors.As gives a *GasError with
// the figures.
var ErrTooMuchGas = errors.New("the transaction needs more gas than the chain allows in one transaction")

// GasError is a transaction the client did not send, or the node refused, because it is
// too large for one transaction. It matches ErrTooMuchGas.
type GasError struct {
	// Op is what the client was doing ("estimating gas", "sending the transaction").
	Op string
	// Estimate is the node's gas estimate; 0 when the node could not estimate within
	// the cap (it said so in Err).
	Estimate uint64
	// Cap is the most gas one transaction may ask for: min(block gas limit, MaxTxGas).
	Cap uint64
	// Err is the node's own error, when it refused; nil when the client found the
	// estimate over the cap itself.
	Err error
}

// Error says what is too large and what to do about it.
func (e *GasError) Error() string {
	const fix = "send fewer items per transaction (split the batch)"
	switch {
	case e.Err != nil && e.Estimate != 0:
		return fmt.Sprintf("%s: the node refused a transaction of %d gas estimated (cap %d per transaction): %v: %s", e.Op, e.Estimate, e.Cap, e.Err, fix)
	case e.Err != nil:
		return fmt.Sprintf("%s: the transaction is too large for the chain (cap %d gas per transaction): %v: %s", e.Op, e.Cap, e.Err, fix)
	}
	return fmt.Sprintf("%s: the transaction needs %d gas, more than the %d one transaction may use on this chain: %s", e.Op, e.Estimate, e.Cap, fix)
}

// Is makes errors.Is(err, ErrTooMuchGas) true.
func (e *GasError) Is(target error) bool { return target == ErrTooMuchGas }

// Unwrap returns the node's error.
func (e *GasError) Unwrap() error { return e.Err }

// IsTooMuchGas reports whether err says that a transaction is too large for one
// transaction on the chain (errors.Is(err, ErrTooMuchGas)).
func IsTooMuchGas(err error) bool { return errors.Is(err, ErrTooMuchGas) }

// IsUnreachable reports whether err says that the chain's node could not be reached (a
// connection refused or cut, a timeout): worth trying again later, unchanged.
func IsUnreachable(err error) bool { return isNetworkError(err) }

// txCap is the most gas one transaction may ask for under a block gas limit (0: unknown).
func txCap(blockGasLimit uint64) uint64 {
	if blockGasLimit > 0 && blockGasLimit < MaxTxGas {
		return blockGasLimit
	}
	return MaxTxGas
}

// tooLargeMessages are what nodes say when a transaction is too large for one
// transaction or one block: geth's estimator and transaction pool (EIP-7825 cap, block
// gas limit, size limit) and anvil's.
var tooLargeMessages = []string{
	"gas required exceeds allowance",   // geth, anvil: estimation hit its upper bound
	"transaction gas limit too high",   // geth: over the EIP-7825 cap
	"exceeds block gas limit",          // geth, anvil: over the block gas limit
	"gas limit reached",                // geth: over the block gas limit in a block builder
	"oversized data",                   // geth: a transaction over the pool's size limit
	"exceeds the transaction gas cap",  // anvil / reth wording of the EIP-7825 cap
	"intrinsic gas exceeds gas limit",  // the calldata alone is over the limit
	"transaction size limit exceeded",  // other nodes' size limit
	"exceeds maximum transaction size", // idem
}

// tooLarge turns a node's error that says the transaction is too large into a
// *GasError; it returns nil for any other error.
func tooLarge(err error, op string, estimate, cap uint64) error {
	if err == nil {
		return nil
	}
	msg := strings.ToLower(err.Error())
	for _, m := range tooLargeMessages {
		if strings.Contains(msg, m) {
			return &GasError{Op: op, Estimate: estimate, Cap: cap, Err: err}
		}
	}
	return nil
}

// overCap tells whether a failed estimation (estimateErr) failed because the transaction
// needs more gas than one transaction may use; it returns a *GasError then, nil
// otherwise. A node estimates within the cap, and a transaction that runs out of gas
// there may say so ("gas required exceeds allowance") or revert with no reason (a call
// inside it ran out of gas and its caller reverted). The second case looks like any
// refusal, so it is told apart by running the call again with the block's whole gas
// limit (eth_call is not held to the per-transaction cap): if it then succeeds, only the
// cap stood in the way.
func (c *Client) overCap(ctx context.Context, msg ethereum.CallMsg, estimateErr error, blockGasLimit, limit uint64) error {
	rev, reverted := chain.DecodeRevert(estimateErr, c.abis...)
	if !reverted {
		if e := tooLarge(estimateErr, "estimating gas", 0, limit); e != nil {
			return e
		}
	}
	if blockGasLimit <= limit || (reverted && rev != nil && rev.Name != "") {
		return nil // no room above the cap to try, or the contract said why it refused
	}
	probe := msg
	probe.Gas = blockGasLimit
	if _, err := c.backend.CallContract(ctx, probe, nil); err != nil {
		return nil
	}
	return &GasError{Op: "estimating gas", Cap: limit, Err: estimateErr}
}

// BatchSizer sizes batches of items (tasks) sent in one transaction by the gas such
// batches used before, so that a batch's estimate stays within MaxTxGas under the
// chain's pricing, whatever it is (Prague, Osaka, or geth's dev rules where creating
// state costs about three times more). Senders call Size before sending, Used after a
// batch is mined and TooLarge when one was refused with ErrTooMuchGas (and then split
// it). The zero value is ready to use; it is safe for concurrent use.
type BatchSizer struct {
	mu      sync.Mutex
	perItem map[string]uint64 // by kind of transaction: the gas of an item, as seen last
}

// batchBudget is the estimate a batch is sized for: three quarters of MaxTxGas, leaving
// room for items dearer than the ones seen (a first contribution of a task costs more
// than a later one).
const batchBudget = MaxTxGas / 4 * 3

// Size is how many of n items to send in the next transaction of kind: n, at most
// limit (0: no limit by count), and no more than the gas seen per item lets fit the budget.
// It is at least 1 when n is.
func (s *BatchSizer) Size(kind string, n, limit int) int {
	if n <= 0 {
		return 0
	}
	if limit > 0 && n > limit {
		n = limit
	}
	s.mu.Lock()
	per := s.perItem[kind]
	s.mu.Unlock()
	if per > 0 {
		if fit := int(batchBudget / per); fit < n {
			n = max(fit, 1)
		}
	}
	return n
}

// Used records that a transaction of kind carrying items items used gas.
func (s *BatchSizer) Used(kind string, items int, gas uint64) {
	if items <= 0 {
		return
	}
	per := gas / uint64(items)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.perItem == nil {
		s.perItem = map[string]uint64{}
	}
	if old := s.perItem[kind]; old > per {
		per = (old + per) / 2 // cheaper: come down gently, dearer: at once
	}
	s.perItem[kind] = per
}

// TooLarge records that a transaction of kind carrying items items needed more gas than
// one transaction may use, so that the next batches of kind are smaller.
func (s *BatchSizer) TooLarge(kind string, items int) {
	if items <= 0 {
		return
	}
	per := MaxTxGas / uint64(items)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.perItem == nil {
		s.perItem = map[string]uint64{}
	}
	s.perItem[kind] = max(s.perItem[kind], per)
}
