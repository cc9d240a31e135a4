package bridge

// The Go client of the bridge contracts (contracts/src/bridge): one Endpoint is one
// chain's bridge contract, a BridgeVault on the main chain or a SideBridge on the
// sidechain. Both share the names of everything the validators and the CLI use, so
// Outgoing, Executed, Execute and ValidatorSet work the same on either end.

import (
	"context"
	"crypto/ecdsa"
	"errors"
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
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/protocol"
)

// Backend is what an Endpoint needs from a chain client: *ethclient.Client and the
// client of go-ethereum's simulated backend (simulated.Client) both satisfy it.
type Backend interface {
	bind.ContractBackend // calls, transactions, headers, logs (ethereum.LogFilterer)
	bind.DeployBackend   // receipts
	ChainID(ctx context.Context) (*big.Int, error)
}

// Outgoing is one TransferOut event of a bridge contract: a transfer leaving its chain.
type Outgoing struct {
	// Transfer is the message the validators sign for the destination: SourceChainID is
	// the source chain's id, SourceID = SourceID(TxHash, LogIndex).
	Transfer  Transfer
	From      common.Address // who locked or burned
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	LogIndex  uint
}

// Errors of the bridge contracts. Execute and the other transactions return a
// *RevertError that wraps the matching one (errors.Is) and the decoded revert
// (errors.As to *chain.RevertError).
var (
	ErrAlreadyExecuted     = errors.New("bridge: transfer already executed")
	ErrWrongSourceChain    = errors.New("bridge: transfer from another chain than the counterpart")
	ErrBelowThreshold      = errors.New("bridge: fewer signatures than the threshold")
	ErrUnknownSigner       = errors.New("bridge: a signer is not a current validator (or signed for another chain or contract)")
	ErrDuplicateSigner     = errors.New("bridge: a validator signed twice")
	ErrInvalidSignature    = errors.New("bridge: malformed signature")
	ErrPaused              = errors.New("bridge: paused")
	ErrNotPaused           = errors.New("bridge: not paused")
	ErrDailyLimit          = errors.New("bridge: daily limit reached")
	ErrInvalidValidatorSet = errors.New("bridge: invalid validator set")
	ErrNotGuardian         = errors.New("bridge: only the guardian may do this")
	ErrZeroAmount          = errors.New("bridge: zero amount")
	ErrZeroAddress         = errors.New("bridge: zero address")
	ErrToHubNotSupported   = errors.New("bridge: the vault cannot deposit into a hub")
	ErrHubAlreadySet       = errors.New("bridge: the side hub is already set")
	ErrHubNotSet           = errors.New("bridge: the side hub is not set")
	ErrHubWrongToken       = errors.New("bridge: the hub counts in another token")
	ErrOnlyBridge          = errors.New("bridge: only the bridge mints and burns")
	// ErrNotBridge: the address holds no bridge contract.
	ErrNotBridge = errors.New("bridge: not a bridge contract")
	// ErrNotSide and ErrNotVault: the operation exists on the other end only.
	ErrNotSide  = errors.New("bridge: not a side bridge")
	ErrNotVault = errors.New("bridge: not a bridge vault")
)

// revertErrors maps the contracts' custom error names to the errors above.
var revertErrors = map[string]error{
	"BridgeAlreadyExecuted":     ErrAlreadyExecuted,
	"BridgeWrongSourceChain":    ErrWrongSourceChain,
	"BridgeBelowThreshold":      ErrBelowThreshold,
	"BridgeUnknownSigner":       ErrUnknownSigner,
	"BridgeDuplicateSigner":     ErrDuplicateSigner,
	"BridgeInvalidSignature":    ErrInvalidSignature,
	"BridgePaused":              ErrPaused,
	"BridgeNotPaused":           ErrNotPaused,
	"BridgeDailyLimit":          ErrDailyLimit,
	"BridgeInvalidValidatorSet": ErrInvalidValidatorSet,
	"BridgeNotGuardian":         ErrNotGuardian,
	"BridgeZeroAmount":          ErrZeroAmount,
	"BridgeZeroAddress":         ErrZeroAddress,
	"BridgeToHubNotSupported":   ErrToHubNotSupported,
	"BridgeHubAlreadySet":       ErrHubAlreadySet,
	"BridgeHubNotSet":           ErrHubNotSet,
	"BridgeHubWrongToken":       ErrHubWrongToken,
	"BridgeOnlyBridge":          ErrOnlyBridge,
}

// RevertError is a reverted bridge transaction: Revert is the decoded revert data, Err
// the matching Err* of this package (nil for a revert of another kind, e.g. an ERC-20
// error). errors.Is and errors.As see both.
type RevertError struct {
	Err    error
	Revert *chain.RevertError
}

func (e *RevertError) Error() string { return "bridge: reverted: " + e.Revert.Error() }

// Unwrap returns Err and Revert.
func (e *RevertError) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Revert}
	}
	return []error{e.Err, e.Revert}
}

var (
	vaultABI = bindings.NewBridgeVault()
	sideABI  = bindings.NewSideBridge()
	tokenABI = bindings.NewBridgedToken()

	transferOutTopic = crypto.Keccak256Hash([]byte("TransferOut(uint256,address,address,uint256,bool)"))
)

var bridgeABIs = sync.OnceValue(func() []*abi.ABI {
	var out []*abi.ABI
	for _, m := range []*bind.MetaData{&bindings.BridgeVaultMetaData, &bindings.SideBridgeMetaData, &bindings.BridgedTokenMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic("bridge: a generated ABI does not parse: " + err.Error())
		}
		out = append(out, a)
	}
	return append(out, chain.ABIs()...)
})

// ABIs returns the ABIs every bridge revert decodes against (chain.DecodeRevert): the
// bridge contracts, the bridged token, and the protocol's (the side hub's deposit).
func ABIs() []*abi.ABI { return append([]*abi.ABI(nil), bridgeABIs()...) }

// decodeErr turns an error carrying revert data into a *RevertError; others pass as is.
func decodeErr(err error) error {
	if err == nil {
		return nil
	}
	rev, ok := chain.DecodeRevert(err, bridgeABIs()...)
	if !ok {
		return err
	}
	return &RevertError{Err: revertErrors[rev.Name], Revert: rev}
}

// Option configures how an Endpoint or a Deploy* function waits for its transactions.
type Option func(*options)

type options struct {
	mine func()
	poll time.Duration
}

// WithMine makes every wait for a transaction call mine first, and again between polls:
// pass the simulated backend's Commit (a real node mines by itself).
func WithMine(mine func()) Option { return func(o *options) { o.mine = mine } }

// WithPollInterval sets how often receipts are asked for: default 10 ms with WithMine,
// else one second.
func WithPollInterval(d time.Duration) Option { return func(o *options) { o.poll = d } }

func makeOptions(opts []Option) options {
	var o options
	for _, f := range opts {
		f(&o)
	}
	if o.poll == 0 {
		o.poll = time.Second
		if o.mine != nil {
			o.poll = 10 * time.Millisecond
		}
	}
	return o
}

// Endpoint is one bridge contract (a BridgeVault or a SideBridge) on one chain.
type Endpoint struct {
	backend  Backend
	contract common.Address
	chainID  *big.Int
	side     bool
	bound    *bind.BoundContract
	opts     options
	closer   func()

	sendMu sync.Mutex // one transaction at a time per endpoint: nonces stay in order
}

// Dial connects to rpcURL and opens the bridge contract at contract there.
func Dial(ctx context.Context, rpcURL string, contract common.Address, opts ...Option) (*Endpoint, error) {
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("bridge: dial %s: %w", rpcURL, err)
	}
	e, err := NewEndpoint(ctx, c, contract, opts...)
	if err != nil {
		c.Close()
		return nil, err
	}
	e.closer = c.Close
	return e, nil
}

// NewEndpoint opens the bridge contract at contract through backend: it reads the chain
// id and whether the contract is a vault or a side bridge.
func NewEndpoint(ctx context.Context, backend Backend, contract common.Address, opts ...Option) (*Endpoint, error) {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("bridge: reading the chain id: %w", err)
	}
	e := &Endpoint{
		backend:  backend,
		contract: contract,
		chainID:  id,
		bound:    bind.NewBoundContract(contract, abi.ABI{}, backend, backend, backend),
		opts:     makeOptions(opts),
	}
	code, err := backend.CodeAt(ctx, contract, nil)
	if err != nil {
		return nil, fmt.Errorf("bridge: reading the code at %s: %w", contract, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: no code at %s on chain %s", ErrNotBridge, contract, id)
	}
	side, err := call(ctx, e, vaultABI.PackIsSide(), vaultABI.UnpackIsSide)
	if err != nil {
		return nil, fmt.Errorf("%w: %s on chain %s: %v", ErrNotBridge, contract, id, err)
	}
	e.side = side
	return e, nil
}

// ChainID is the id of the endpoint's chain.
func (e *Endpoint) ChainID() *big.Int { return new(big.Int).Set(e.chainID) }

// Contract is the bridge contract's address.
func (e *Endpoint) Contract() common.Address { return e.contract }

// IsSide reports whether the contract is a SideBridge (else a BridgeVault).
func (e *Endpoint) IsSide() bool { return e.side }

// Domain is the EIP-712 domain of the contract: what validators sign transfers TO it for.
func (e *Endpoint) Domain() protocol.Domain { return Domain(e.chainID, e.contract) }

// Backend is the chain client.
func (e *Endpoint) Backend() Backend { return e.backend }

// Close closes the client if Dial opened it.
func (e *Endpoint) Close() {
	if e.closer != nil {
		e.closer()
	}
}

// Head is the number of the chain's latest block.
func (e *Endpoint) Head(ctx context.Context) (uint64, error) {
	h, err := e.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("bridge: chain %s head: %w", e.chainID, err)
	}
	return h.Number.Uint64(), nil
}

// Outgoing returns the TransferOut events of the contract in blocks from..to (both
// included), in chain order.
func (e *Endpoint) Outgoing(ctx context.Context, from, to uint64) ([]Outgoing, error) {
	if to < from {
		return nil, nil
	}
	logs, err := e.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{e.contract},
		Topics:    [][]common.Hash{{transferOutTopic}},
	})
	if err != nil {
		return nil, fmt.Errorf("bridge: chain %s: TransferOut logs of blocks %d..%d: %w", e.chainID, from, to, err)
	}
	out := make([]Outgoing, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		o, err := e.outgoing(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

func (e *Endpoint) outgoing(l *types.Log) (Outgoing, error) {
	ev, err := vaultABI.UnpackTransferOutEvent(l)
	if err != nil {
		return Outgoing{}, fmt.Errorf("bridge: chain %s: TransferOut in tx %s log %d: %w", e.chainID, l.TxHash, l.Index, err)
	}
	return Outgoing{
		Transfer: Transfer{
			SourceChainID: e.ChainID(),
			SourceID:      SourceID(l.TxHash, l.Index),
			Nonce:         ev.Nonce,
			Recipient:     ev.Recipient,
			Amount:        ev.Amount,
			ToHub:         ev.ToHub,
		},
		From:      ev.From,
		Block:     l.BlockNumber,
		BlockHash: l.BlockHash,
		TxHash:    l.TxHash,
		LogIndex:  l.Index,
	}, nil
}

// Executed reports whether the transfer with nonce from the counterpart chain was executed here.
func (e *Endpoint) Executed(ctx context.Context, nonce *big.Int) (bool, error) {
	return call(ctx, e, vaultABI.PackExecuted(nonce), vaultABI.UnpackExecuted)
}

// Execute sends execute(t, sigs) from key's account and waits until it is mined. It
// returns ErrAlreadyExecuted (possibly wrapped in a *RevertError) when the nonce was
// executed, by anyone, before or while it was sent, and a *RevertError wrapping the
// matching Err* for the other refusals.
func (e *Endpoint) Execute(ctx context.Context, key *ecdsa.PrivateKey, t Transfer, sigs [][]byte) (common.Hash, error) {
	if t.Nonce == nil || t.Amount == nil || t.SourceChainID == nil {
		return common.Hash{}, errors.New("bridge: execute: incomplete transfer")
	}
	done, err := e.Executed(ctx, t.Nonce)
	if err != nil {
		return common.Hash{}, err
	}
	if done {
		return common.Hash{}, ErrAlreadyExecuted
	}
	r, err := e.send(ctx, key, vaultABI.PackExecute(toBinding(t), sigs))
	if err != nil {
		if !errors.Is(err, ErrAlreadyExecuted) {
			// Reverted once mined: lost the race to another executor?
			if done, cerr := e.Executed(ctx, t.Nonce); cerr == nil && done {
				return txHashOf(r), fmt.Errorf("%w (%v)", ErrAlreadyExecuted, err)
			}
		}
		return txHashOf(r), err
	}
	return r.TxHash, nil
}

func txHashOf(r *types.Receipt) common.Hash {
	if r == nil {
		return common.Hash{}
	}
	return r.TxHash
}

// TransferDigest asks the contract for the digest validators sign for t (it must equal
// t.Digest(e.Domain())).
func (e *Endpoint) TransferDigest(ctx context.Context, t Transfer) (common.Hash, error) {
	d, err := call(ctx, e, vaultABI.PackTransferDigest(toBinding(t)), vaultABI.UnpackTransferDigest)
	return common.Hash(d), err
}

// ValidatorSet returns the current validators, threshold and epoch.
func (e *Endpoint) ValidatorSet(ctx context.Context) (validators []common.Address, threshold, epoch uint64, err error) {
	if validators, err = call(ctx, e, vaultABI.PackValidators(), vaultABI.UnpackValidators); err != nil {
		return nil, 0, 0, err
	}
	thr, err := call(ctx, e, vaultABI.PackThreshold(), vaultABI.UnpackThreshold)
	if err != nil {
		return nil, 0, 0, err
	}
	ep, err := call(ctx, e, vaultABI.PackEpoch(), vaultABI.UnpackEpoch)
	if err != nil {
		return nil, 0, 0, err
	}
	return validators, thr.Uint64(), ep.Uint64(), nil
}

// UpdateValidators installs validators with threshold as the set of the next epoch;
// sigs are the current validators' signatures of
// ValidatorSetDigest(e.Domain(), validators, threshold, epoch+1).
func (e *Endpoint) UpdateValidators(ctx context.Context, key *ecdsa.PrivateKey, validators []common.Address, threshold uint64, sigs [][]byte) (common.Hash, error) {
	r, err := e.send(ctx, key, vaultABI.PackUpdateValidators(validators, new(big.Int).SetUint64(threshold), sigs))
	return txHashOf(r), err
}

// OutgoingNonce is the nonce the next transfer out of this chain will carry.
func (e *Endpoint) OutgoingNonce(ctx context.Context) (*big.Int, error) {
	return call(ctx, e, vaultABI.PackOutgoingNonce(), vaultABI.UnpackOutgoingNonce)
}

// CounterpartChainID is the chain id the contract accepts transfers from.
func (e *Endpoint) CounterpartChainID(ctx context.Context) (*big.Int, error) {
	return call(ctx, e, vaultABI.PackCounterpartChainId(), vaultABI.UnpackCounterpartChainId)
}

// Token is the ERC-20 the contract moves: the locked token (vault) or the bridged token (side).
func (e *Endpoint) Token(ctx context.Context) (common.Address, error) {
	return call(ctx, e, vaultABI.PackToken(), vaultABI.UnpackToken)
}

// Hub is the side hub toHub transfers deposit into (zero until set); side only.
func (e *Endpoint) Hub(ctx context.Context) (common.Address, error) {
	if !e.side {
		return common.Address{}, ErrNotSide
	}
	return call(ctx, e, sideABI.PackHub(), sideABI.UnpackHub)
}

// Paused reports whether the guardian paused the bridge.
func (e *Endpoint) Paused(ctx context.Context) (bool, error) {
	return call(ctx, e, vaultABI.PackPaused(), vaultABI.UnpackPaused)
}

// Guardian is who may pause, unpause and set the daily limit.
func (e *Endpoint) Guardian(ctx context.Context) (common.Address, error) {
	return call(ctx, e, vaultABI.PackGuardian(), vaultABI.UnpackGuardian)
}

// DailyLimit is the most tokens executed into this chain per UTC day.
func (e *Endpoint) DailyLimit(ctx context.Context) (*big.Int, error) {
	return call(ctx, e, vaultABI.PackDailyLimit(), vaultABI.UnpackDailyLimit)
}

// DailyUsed is how many tokens were executed into this chain on day (unix time / 86400).
func (e *Endpoint) DailyUsed(ctx context.Context, day uint64) (*big.Int, error) {
	return call(ctx, e, vaultABI.PackDailyUsed(new(big.Int).SetUint64(day)), vaultABI.UnpackDailyUsed)
}

// TokenBalance is account's balance of the endpoint's token.
func (e *Endpoint) TokenBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	tok, err := e.Token(ctx)
	if err != nil {
		return nil, err
	}
	return bind.Call(tokenABI.Instance(e.backend, tok), &bind.CallOpts{Context: ctx}, tokenABI.PackBalanceOf(account), tokenABI.UnpackBalanceOf)
}

// Pause stops every transfer in and out (guardian's key).
func (e *Endpoint) Pause(ctx context.Context, key *ecdsa.PrivateKey) (common.Hash, error) {
	r, err := e.send(ctx, key, vaultABI.PackPause())
	return txHashOf(r), err
}

// Unpause lets transfers through again (guardian's key).
func (e *Endpoint) Unpause(ctx context.Context, key *ecdsa.PrivateKey) (common.Hash, error) {
	r, err := e.send(ctx, key, vaultABI.PackUnpause())
	return txHashOf(r), err
}

// SetDailyLimit sets the daily inflow limit (guardian's key).
func (e *Endpoint) SetDailyLimit(ctx context.Context, key *ecdsa.PrivateKey, limit *big.Int) (common.Hash, error) {
	r, err := e.send(ctx, key, vaultABI.PackSetDailyLimit(limit))
	return txHashOf(r), err
}

// Lock approves the vault for amount of key's tokens (unless already allowed) and locks
// them for recipient on the sidechain (toHub: into its side hub account); it waits until
// mined and returns the transfer. Vault only.
func (e *Endpoint) Lock(ctx context.Context, key *ecdsa.PrivateKey, amount *big.Int, recipient common.Address, toHub bool) (Outgoing, error) {
	if e.side {
		return Outgoing{}, ErrNotVault
	}
	tok, err := e.Token(ctx)
	if err != nil {
		return Outgoing{}, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	allowed, err := bind.Call(tokenABI.Instance(e.backend, tok), &bind.CallOpts{Context: ctx},
		tokenABI.PackAllowance(from, e.contract), tokenABI.UnpackAllowance)
	if err != nil {
		return Outgoing{}, fmt.Errorf("bridge: reading the allowance: %w", err)
	}
	if allowed.Cmp(amount) < 0 {
		if _, err := e.sendTo(ctx, key, tok, tokenABI.PackApprove(e.contract, amount)); err != nil {
			return Outgoing{}, fmt.Errorf("bridge: approving the vault: %w", err)
		}
	}
	r, err := e.send(ctx, key, vaultABI.PackLock(amount, recipient, toHub))
	if err != nil {
		return Outgoing{}, err
	}
	return e.outgoingOf(r)
}

// Burn burns amount of key's bridged tokens for recipient on the main chain, waits until
// mined and returns the transfer. Side only.
func (e *Endpoint) Burn(ctx context.Context, key *ecdsa.PrivateKey, amount *big.Int, recipient common.Address) (Outgoing, error) {
	if !e.side {
		return Outgoing{}, ErrNotSide
	}
	r, err := e.send(ctx, key, sideABI.PackBurn(amount, recipient))
	if err != nil {
		return Outgoing{}, err
	}
	return e.outgoingOf(r)
}

func (e *Endpoint) outgoingOf(r *types.Receipt) (Outgoing, error) {
	for _, l := range r.Logs {
		if l.Address == e.contract && len(l.Topics) > 0 && l.Topics[0] == transferOutTopic {
			return e.outgoing(l)
		}
	}
	return Outgoing{}, fmt.Errorf("bridge: transaction %s emitted no TransferOut", r.TxHash)
}

// send sends data to the contract; see transact.
func (e *Endpoint) send(ctx context.Context, key *ecdsa.PrivateKey, data []byte) (*types.Receipt, error) {
	return e.sendTo(ctx, key, e.contract, data)
}

func (e *Endpoint) sendTo(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte) (*types.Receipt, error) {
	e.sendMu.Lock()
	defer e.sendMu.Unlock()
	return transact(ctx, e.backend, e.chainID, key, &to, data, e.opts)
}

// transact signs and sends a transaction (a contract creation when to is nil), waits
// until it is mined and returns its receipt; a revert, at estimation or once mined, is a
// *RevertError (the receipt is returned too when mined).
func transact(ctx context.Context, b Backend, chainID *big.Int, key *ecdsa.PrivateKey, to *common.Address, data []byte, o options) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	var (
		tx  *types.Transaction
		err error
	)
	if to == nil {
		_, tx, err = bind.DeployContract(opts, data, b, nil)
	} else {
		tx, err = bind.NewBoundContract(*to, abi.ABI{}, b, b, b).RawTransact(opts, data)
	}
	if err != nil {
		return nil, decodeErr(err)
	}
	r, err := waitMined(ctx, b, tx.Hash(), o)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		// Replay on the state the block left, for the revert reason.
		msg := ethereum.CallMsg{From: opts.From, To: tx.To(), Gas: tx.Gas(), Data: tx.Data()}
		if _, cerr := b.CallContract(ctx, msg, r.BlockNumber); cerr != nil {
			if derr := decodeErr(cerr); derr != cerr {
				return r, derr
			}
		}
		return r, fmt.Errorf("bridge: transaction %s reverted (block %s, gas used %d of %d)", tx.Hash(), r.BlockNumber, r.GasUsed, tx.Gas())
	}
	return r, nil
}

// waitMined polls for the receipt of hash (mining first with WithMine).
func waitMined(ctx context.Context, b Backend, hash common.Hash, o options) (*types.Receipt, error) {
	for {
		if o.mine != nil {
			o.mine()
		}
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("bridge: receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("bridge: waiting for %s to be mined: %w", hash, ctx.Err())
		case <-time.After(o.poll):
		}
	}
}

func call[T any](ctx context.Context, e *Endpoint, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(e.bound, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, decodeErr(err)
	}
	return v, nil
}

func toBinding(t Transfer) bindings.BridgeTransfer {
	nz := func(x *big.Int) *big.Int {
		if x == nil {
			return new(big.Int)
		}
		return x
	}
	return bindings.BridgeTransfer{
		SourceChainId: nz(t.SourceChainID),
		SourceId:      t.SourceID,
		Nonce:         nz(t.Nonce),
		Recipient:     t.Recipient,
		Amount:        nz(t.Amount),
		ToHub:         t.ToHub,
	}
}
