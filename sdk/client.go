package sdk

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/protocol"
)

// Backend is what the client needs from a chain connection. *ethclient.Client and
// go-ethereum's simulated.Client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
}

// Signer signs transactions and digests for one account. [WithKey] makes one from a
// private key; wallets may provide their own.
type Signer interface {
	// Address is the account that signs.
	Address() common.Address
	// SignTx signs tx for the chain chainID.
	SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
	// SignDigest signs a 32-byte digest as the contracts expect it: 65 bytes r ‖ s ‖ v,
	// v in {27, 28}, s in the lower half of the curve order.
	SignDigest(digest [32]byte) ([]byte, error)
}

// KeySigner is a Signer holding a private key.
type KeySigner struct{ Key *ecdsa.PrivateKey }

// Address is the key's address.
func (s KeySigner) Address() common.Address { return crypto.PubkeyToAddress(s.Key.PublicKey) }

// SignTx signs tx with the key for chainID.
func (s KeySigner) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.Key)
}

// SignDigest signs digest with the key (see protocol.SignOrder).
func (s KeySigner) SignDigest(digest [32]byte) ([]byte, error) {
	return protocol.SignOrder(digest, s.Key)
}

// Option configures a Client.
type Option func(*options)

type options struct {
	signer         Signer
	mine           func()
	receiptTimeout time.Duration
	pollInterval   time.Duration
	startBlock     uint64
	logRange       uint64
	confirmations  uint64
	endpoint       string
	blockTime      time.Duration
}

// WithKey makes the client sign and send transactions with key. Without a key (or
// WithSigner), the client is read-only and write methods fail with ErrNoSigner.
func WithKey(key *ecdsa.PrivateKey) Option {
	return func(o *options) {
		if key != nil {
			o.signer = KeySigner{Key: key}
		}
	}
}

// WithSigner makes the client sign with s (a wallet, a remote signer).
func WithSigner(s Signer) Option { return func(o *options) { o.signer = s } }

// WithMiner sets a function called after each transaction is sent and before waiting for
// its receipt: the simulated chain's Commit. A real node mines by itself.
func WithMiner(mine func()) Option { return func(o *options) { o.mine = mine } }

// WithReceiptTimeout sets how long to wait for a transaction to be mined (default 2 minutes).
func WithReceiptTimeout(d time.Duration) Option { return func(o *options) { o.receiptTimeout = d } }

// WithPollInterval sets how often Follow asks for new blocks (default 2 s).
func WithPollInterval(d time.Duration) Option { return func(o *options) { o.pollInterval = d } }

// WithBlockTime tells the client the chain's block time (default: the gap between the
// latest two blocks' timestamps, read once; 1 s if that is 0). Waiting for a receipt
// without a head subscription (an HTTP endpoint) polls every tenth of it, between 10 ms
// and 1 s.
func WithBlockTime(d time.Duration) Option { return func(o *options) { o.blockTime = d } }

// WithStartBlock sets the first block searched for logs when looking up deals and tasks
// (the hub's deployment block; default 0).
func WithStartBlock(n uint64) Option { return func(o *options) { o.startBlock = n } }

// WithLogRange splits log queries into ranges of at most n blocks, for endpoints that limit
// eth_getLogs ranges (default 0: one query; Follow uses 1000 when unset).
func WithLogRange(n uint64) Option { return func(o *options) { o.logRange = n } }

// WithConfirmations makes Follow hand over only events at least n blocks deep (default 0).
func WithConfirmations(n uint64) Option { return func(o *options) { o.confirmations = n } }

// WithEndpointName names the chain in error messages ("cannot reach the chain at NAME");
// Dial sets it to the URL.
func WithEndpointName(name string) Option { return func(o *options) { o.endpoint = name } }

// ErrNoSigner is returned by write methods of a read-only client.
var ErrNoSigner = errors.New("this client has no key to sign with, so it can only read: give it an account (a key or a keystore account) to send transactions")

// Client is a typed client of one Poco hub. It is safe for concurrent use; transactions
// of one client are sent one at a time so their nonces follow each other.
type Client struct {
	backend Backend
	o       options
	closer  func()

	chainID *big.Int
	domain  protocol.Domain
	hub     common.Address
	token   common.Address
	apps    common.Address
	dsets   common.Address
	pools   common.Address

	poco     *bindings.Poco
	tokenABI *bindings.TestToken
	appsABI  *bindings.AppRegistry
	dsetsABI *bindings.DatasetRegistry
	poolsABI *bindings.WorkerpoolRegistry
	abis     []*abi.ABI
	pocoRaw  *abi.ABI

	// logLimit is the getLogs range splitLogs fell back to after the node refused a
	// longer one (0: none refused); later reads start from it.
	logLimit atomic.Uint64

	sendMu    sync.Mutex
	price     *big.Int    // the last gas price suggestion (gasPrice), under sendMu
	priceHead common.Hash // the head it was asked at
	nonce     uint64      // the account's next nonce (nextNonce), under sendMu
	nonceRead time.Time   // when it was read from the node; zero: read it before the next send
	noSim     bool        // the node has no eth_simulateV1: estimate (under sendMu)

	// staleNonce asks the next send to read the nonce from the node again (a transaction
	// not mined in time, a dropped head subscription).
	staleNonce atomic.Bool

	heads *heads // the new-head subscription receipts are waited on

	mu             sync.Mutex
	approveAndCall int // 0 unknown, 1 supported, -1 not supported
	multicall      int // the hub's multicall: 0 unknown, 1 supported, -1 not supported
	categories     []protocol.Category

	skipPrecheck bool // tests: let the contract check matches
}

// New connects to the hub at address hub through backend: it reads the chain id and the
// token and registry addresses from the hub, and fails with a clear error when there is
// no hub there.
func New(ctx context.Context, backend Backend, hub common.Address, opts ...Option) (*Client, error) {
	o := options{receiptTimeout: 2 * time.Minute, pollInterval: 2 * time.Second}
	for _, opt := range opts {
		opt(&o)
	}
	c := &Client{
		backend: backend, o: o, hub: hub,
		poco: bindings.NewPoco(), tokenABI: bindings.NewTestToken(), appsABI: bindings.NewAppRegistry(),
		dsetsABI: bindings.NewDatasetRegistry(), poolsABI: bindings.NewWorkerpoolRegistry(),
	}
	c.abis = chain.ABIs()
	c.pocoRaw = c.abis[0]
	c.heads = newHeads(c)

	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, c.netErr("reading the chain id", err)
	}
	c.chainID = id
	c.domain = protocol.DefaultDomain(id, hub)
	code, err := backend.CodeAt(ctx, hub, nil)
	if err != nil {
		return nil, c.netErr("reading the hub's code", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("no Poco hub at %s on chain %s: is the address right, is the devnet running?", hub.Hex(), id)
	}
	for _, v := range []struct {
		dst  *common.Address
		data []byte
		name string
	}{
		{&c.token, c.poco.PackToken(), "token"},
		{&c.apps, c.poco.PackAppRegistry(), "appRegistry"},
		{&c.dsets, c.poco.PackDatasetRegistry(), "datasetRegistry"},
		{&c.pools, c.poco.PackWorkerpoolRegistry(), "workerpoolRegistry"},
	} {
		out, err := backend.CallContract(ctx, ethereum.CallMsg{To: &hub, Data: v.data}, nil)
		if err == nil {
			var addr common.Address
			if addr, err = c.poco.UnpackToken(out); err == nil {
				*v.dst = addr
				continue
			}
		}
		if isNetworkError(err) {
			return nil, c.netErr("reading the hub", err)
		}
		return nil, fmt.Errorf("the contract at %s on chain %s is not a Poco hub (its %s() view failed: %v): is the address right?", hub.Hex(), id, v.name, err)
	}
	return c, nil
}

// Dial connects to the JSON-RPC endpoint rpcURL (http, ws or ipc) and calls New. Close
// the client to close the connection.
func Dial(ctx context.Context, rpcURL string, hub common.Address, opts ...Option) (*Client, error) {
	rc, err := rpc.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fmt.Errorf("cannot reach the chain at %s: %w", rpcURL, err)
	}
	c, err := New(ctx, newDialed(rc), hub, append([]Option{WithEndpointName(rpcURL)}, opts...)...)
	if err != nil {
		rc.Close()
		return nil, err
	}
	c.closer = rc.Close
	return c, nil
}

// Close closes the client's head subscription (see waitMined) and the connection opened
// by Dial (a client made by New leaves its backend open).
func (c *Client) Close() {
	c.heads.close()
	if c.closer != nil {
		c.closer()
	}
}

// Backend is the chain connection.
func (c *Client) Backend() Backend { return c.backend }

// ChainID is the chain's id.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Hub is the hub's address.
func (c *Client) Hub() common.Address { return c.hub }

// Token is the address of the ERC-20 token the hub counts in.
func (c *Client) Token() common.Address { return c.token }

// AppRegistry is the app registry's address.
func (c *Client) AppRegistry() common.Address { return c.apps }

// DatasetRegistry is the dataset registry's address.
func (c *Client) DatasetRegistry() common.Address { return c.dsets }

// WorkerpoolRegistry is the workerpool registry's address.
func (c *Client) WorkerpoolRegistry() common.Address { return c.pools }

// Domain is the EIP-712 domain orders are signed under.
func (c *Client) Domain() protocol.Domain { return c.domain }

// Address is the signer's address, or the zero address for a read-only client.
func (c *Client) Address() common.Address {
	if c.o.signer == nil {
		return common.Address{}
	}
	return c.o.signer.Address()
}

// Signer is the client's signer (nil for a read-only client).
func (c *Client) Signer() Signer { return c.o.signer }

// CanSign reports whether the client has a signer.
func (c *Client) CanSign() bool { return c.o.signer != nil }

// Deployment returns the addresses of the protocol's contracts (the task module's read
// from the hub).
func (c *Client) Deployment(ctx context.Context) (chain.Deployment, error) {
	tasks, err := c.callAddress(ctx, c.hub, c.poco.PackTasksModule())
	if err != nil {
		return chain.Deployment{}, err
	}
	return chain.Deployment{Token: c.token, AppRegistry: c.apps, DatasetRegistry: c.dsets,
		WorkerpoolRegistry: c.pools, Tasks: tasks, Hub: c.hub}, nil
}

// HubOwner is the hub's owner, who creates categories.
func (c *Client) HubOwner(ctx context.Context) (common.Address, error) {
	return c.callAddress(ctx, c.hub, c.poco.PackOwner())
}

// BlockNumber is the chain's latest block number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return 0, c.netErr("reading the block number", err)
	}
	return n, nil
}

// ChainTime is the timestamp of the latest block: the clock deadlines are compared with.
func (c *Client) ChainTime(ctx context.Context) (time.Time, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, c.netErr("reading the latest block", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// Head is the latest block's number and timestamp, read with one call.
func (c *Client) Head(ctx context.Context) (uint64, time.Time, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, time.Time{}, c.netErr("reading the latest block", err)
	}
	return h.Number.Uint64(), time.Unix(int64(h.Time), 0).UTC(), nil
}

// ───────────────────────────── calls ─────────────────────────────

// call runs a view call on the latest block, as the signer when there is one.
func (c *Client) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return c.callAt(ctx, to, data, nil)
}

// callAt runs a view call on block (nil: the latest).
func (c *Client) callAt(ctx context.Context, to common.Address, data []byte, block *big.Int) ([]byte, error) {
	out, err := c.backend.CallContract(ctx, ethereum.CallMsg{From: c.Address(), To: &to, Data: data}, block)
	if err != nil {
		return nil, c.wrapErr(err, txInfo{to: to}, "calling "+to.Hex())
	}
	return out, nil
}

func callAs[T any](ctx context.Context, c *Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return callAtAs(ctx, c, to, data, nil, unpack)
}

// callAtAs is callAs on block (nil: the latest).
func callAtAs[T any](ctx context.Context, c *Client, to common.Address, data []byte, block *big.Int, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.callAt(ctx, to, data, block)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("decoding the answer of %s: %w", to.Hex(), err)
	}
	return v, nil
}

func (c *Client) callAddress(ctx context.Context, to common.Address, data []byte) (common.Address, error) {
	return callAs(ctx, c, to, data, c.poco.UnpackOwner)
}

func (c *Client) callBig(ctx context.Context, to common.Address, data []byte) (*big.Int, error) {
	return callAs(ctx, c, to, data, c.poco.UnpackKitty)
}

// ───────────────────────────── transactions ─────────────────────────────

// txInfo describes a transaction (or call) for error messages.
type txInfo struct {
	to    common.Address
	roles map[common.Address]string // who is who, for sentences ("the workerpool owner")
	// gasLeft is gas the transaction must still have at some point beyond what it
	// uses: a contract that checks gasleft() there refuses to go on with less (the hub
	// before a deal's callback, callbackGasLeft). A simulated run's peak use does not
	// show it, so gasLimit adds it; the node's estimate finds it by itself.
	gasLeft uint64
}

// transact sends data to `to` from the signer: estimates gas (a revert is decoded and
// nothing is sent), signs, sends, calls the miner hook, waits for the receipt and turns a
// failed receipt into an error.
func (c *Client) transact(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	return c.transactInfo(ctx, txInfo{to: to}, data)
}

func (c *Client) transactInfo(ctx context.Context, info txInfo, data []byte) (*types.Receipt, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	tx, sentHead, err := c.sendTx(ctx, info, data)
	if err != nil {
		return nil, err
	}
	if c.o.mine != nil {
		c.o.mine()
	}
	receipt, err := c.waitMinedAfter(ctx, tx.Hash(), sentHead)
	if err != nil {
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, c.replayFailure(ctx, info, tx, receipt)
	}
	return receipt, nil
}

// send estimates, signs and sends one transaction.
func (c *Client) send(ctx context.Context, info txInfo, data []byte) (*types.Transaction, error) {
	tx, _, err := c.sendTx(ctx, info, data)
	return tx, err
}

// sendTx is send; it also returns the latest head the client's subscription had
// announced before the transaction went out (0: none), which waitMinedAfter takes: no
// block up to it can hold the transaction.
func (c *Client) sendTx(ctx context.Context, info txInfo, data []byte) (*types.Transaction, uint64, error) {
	from := c.o.signer.Address()
	to := info.to
	c.sendMu.Lock()
	defer c.sendMu.Unlock()

	// The head the subscription announced, if it is up (see waitMined): one call less.
	head := c.heads.head()
	if head == nil {
		var err error
		if head, err = c.backend.HeaderByNumber(ctx, nil); err != nil {
			return nil, 0, c.netErr("reading the latest block", err)
		}
	}
	// Never ask for more than one transaction may use (see MaxTxGas): a node refuses a
	// transaction over the cap, and sending it again would only be refused again.
	limit := txCap(head.GasLimit)
	gas, err := c.gasLimit(ctx, info, ethereum.CallMsg{From: from, To: &to, Data: data}, head, limit)
	if err != nil {
		return nil, 0, err
	}
	var tip, price *big.Int
	if head.BaseFee != nil {
		if tip, err = c.gasPrice(ctx, head, c.backend.SuggestGasTipCap); err != nil {
			return nil, 0, c.netErr("reading the gas price", err)
		}
	} else if price, err = c.gasPrice(ctx, head, c.backend.SuggestGasPrice); err != nil {
		return nil, 0, c.netErr("reading the gas price", err)
	}
	// The nonce is kept by the client (see nextNonce). A node that refuses it (another
	// sender of the same key took it) makes the client read it again and send once more.
	for attempt := 0; ; attempt++ {
		nonce, err := c.nextNonce(ctx, from)
		if err != nil {
			return nil, 0, err
		}
		var tx *types.Transaction
		if tip != nil {
			feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
			tx = types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: nonce, GasTipCap: tip,
				GasFeeCap: feeCap, Gas: gas, To: &to, Data: data})
		} else {
			tx = types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gas, To: &to, Data: data})
		}
		signed, err := c.o.signer.SignTx(tx, c.chainID)
		if err != nil {
			return nil, 0, fmt.Errorf("signing the transaction: %w", err)
		}
		_, live, sentHead := c.heads.state()
		if !live {
			sentHead = 0
		}
		err = c.backend.SendTransaction(ctx, signed)
		if err == nil {
			c.nonce = nonce + 1
			return signed, sentHead, nil
		}
		// Whatever went wrong, the node's count is read again before the next send.
		c.nonceRead = time.Time{}
		if attempt < 2 && isNonceError(err) {
			continue
		}
		if e := tooLarge(err, "sending the transaction", gas, limit); e != nil {
			return nil, 0, e
		}
		return nil, 0, c.wrapErr(err, info, "sending the transaction")
	}
}

// nonceRefresh is how long the client trusts the nonce it keeps before reading the
// node's count again: a transaction the node dropped (its pool restarted or evicted it)
// leaves a gap that only the node's count reveals.
const nonceRefresh = 30 * time.Second

// nextNonce is the nonce of the account's next transaction. The client keeps it, one
// more per transaction sent, so a transaction costs no eth_getTransactionCount; it reads
// the node's count (pending transactions included) on the first send, after any send
// error (a nonce another sender of the same key took), after a transaction that was
// never mined or a dropped head subscription (the node may have restarted and lost its
// pool; see staleNonce), and every nonceRefresh. Called under sendMu.
func (c *Client) nextNonce(ctx context.Context, from common.Address) (uint64, error) {
	if c.staleNonce.Swap(false) || c.nonceRead.IsZero() || time.Since(c.nonceRead) > nonceRefresh {
		n, err := c.backend.PendingNonceAt(ctx, from)
		if err != nil {
			c.nonceRead = time.Time{}
			return 0, c.netErr("reading the account's nonce", err)
		}
		c.nonce, c.nonceRead = n, time.Now()
	}
	return c.nonce, nil
}

// nonceMessages are what nodes answer when a transaction's nonce is taken or out of
// order: the client reads the account's count again and sends once more.
var nonceMessages = []string{
	"nonce too low",                               // geth, anvil, reth: already used
	"nonce too high",                              // nodes that refuse a gap
	"replacement transaction underpriced",         // geth: the nonce is taken by a pending transaction
	"invalid transaction nonce",                   // other nodes' wording
	"future transaction tries to replace pending", // geth: a gap behind a pending one
}

func isNonceError(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, m := range nonceMessages {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// gasLimit is the gas to send msg with: what it needs on the head's state, plus a
// margin for the state changing before it is mined (gasMargin), within limit. The need
// comes from one simulated run (simulateGas) when the node can tell, else from the
// node's estimate, which runs the call several times. Either way a call that would fail
// is found out before anything is sent: a simulated run that fails hands over to the
// estimate, whose error says why.
func (c *Client) gasLimit(ctx context.Context, info txInfo, msg ethereum.CallMsg, head *types.Header, limit uint64) (uint64, error) {
	if gas, ok := c.simulateGas(ctx, msg, head, limit); ok && gas+info.gasLeft <= limit {
		return min(gas+gasMargin(gas)+info.gasLeft, limit), nil
	}
	gas, err := c.backend.EstimateGas(ctx, msg)
	if err != nil {
		if e := c.overCap(ctx, msg, err, head.GasLimit, limit); e != nil {
			return 0, e
		}
		return 0, c.wrapErr(err, info, "estimating gas")
	}
	if gas > limit {
		return 0, &GasError{Op: "estimating gas", Estimate: gas, Cap: limit}
	}
	// A margin for state changing between estimation and inclusion, within the cap.
	return min(gas+gasMargin(gas), limit), nil
}

// gasPrice is suggest's answer (the node's tip or gas price suggestion), asked once per
// head: transactions sent in the same block interval reuse it. Called under sendMu.
func (c *Client) gasPrice(ctx context.Context, head *types.Header, suggest func(context.Context) (*big.Int, error)) (*big.Int, error) {
	if c.price != nil && c.priceHead == head.Hash() {
		return new(big.Int).Set(c.price), nil
	}
	p, err := suggest(ctx)
	if err != nil {
		return nil, err
	}
	c.price, c.priceHead = new(big.Int).Set(p), head.Hash()
	return p, nil
}

// waitMined waits for the receipt until WithReceiptTimeout. On a connection that can
// subscribe (WebSocket, IPC), it reads the receipt once at each new head, which the
// client's one head subscription announces (see heads): a receipt is seen a moment after
// its block, not up to a poll interval later. Without a subscription (HTTP, or while a
// dropped one is opened again), it polls, quickly at first (2 ms, doubling: a chain
// that mines on demand), then every tenth of the block time (WithBlockTime, between
// 10 ms and 1 s). With a miner hook (a simulated chain), it mines again while the
// transaction is still pending.
func (c *Client) waitMined(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	return c.waitMinedAfter(ctx, hash, 0)
}

// waitMinedAfter is waitMined for a transaction sent when the subscription's latest
// head was sentHead (0: unknown): while no later head has come, the receipt is not read
// (no block up to sentHead can hold the transaction), so a transaction costs one receipt
// read, at the head that mines it, instead of one more right after sending.
func (c *Client) waitMinedAfter(ctx context.Context, hash common.Hash, sentHead uint64) (*types.Receipt, error) {
	if c.o.mine != nil {
		return c.waitMinedMining(ctx, hash)
	}
	release := c.heads.acquire()
	defer release()
	deadline := time.NewTimer(c.o.receiptTimeout)
	defer deadline.Stop()
	wait := 2 * time.Millisecond
	var poll, recheck time.Duration
	for {
		// The wake channel is taken before the receipt is read: a head that comes in
		// between still wakes this waiter.
		wake, live, latest := c.heads.state()
		var receipt *types.Receipt
		err := ethereum.NotFound
		if !live || latest > sentHead {
			receipt, err = c.backend.TransactionReceipt(ctx, hash)
		}
		sentHead = 0 // only the first read may be spared: later, read at every wake
		if err == nil && receipt != nil {
			// The node may index a block's receipts a moment before making it the head;
			// returning only once it is the head lets a caller read its own write. A
			// head notified at or past the receipt's block says so without a call.
			if receipt.BlockNumber == nil || (live && latest >= receipt.BlockNumber.Uint64()) ||
				c.headReached(ctx, receipt.BlockNumber) {
				return receipt, nil
			}
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) && isNetworkError(err) {
			return nil, c.netErr("waiting for transaction "+hash.Hex(), err)
		}
		if poll == 0 {
			bt := c.heads.expectedBlockTime(ctx)
			poll, recheck = pollEvery(bt), recheckEvery(bt)
		}
		next := recheck
		if !live {
			next = wait
			wait = min(wait*2, poll)
		}
		t := time.NewTimer(next)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash.Hex(), ctx.Err())
		case <-deadline.C:
			t.Stop()
			return nil, c.notMined(hash)
		case <-wake:
		case <-t.C:
		}
		t.Stop()
	}
}

func (c *Client) notMined(hash common.Hash) error {
	// The node may have dropped it (a restart, an eviction): read the nonce again.
	c.staleNonce.Store(true)
	return fmt.Errorf("transaction %s was sent but is not mined after %s: is the chain producing blocks? (look it up later by its hash)", hash.Hex(), c.o.receiptTimeout)
}

// waitMinedMining is waitMined with a miner hook: it polls from 2 ms, doubling up to a
// second, and mines again while the transaction is pending (a simulated block can close
// before every pending transaction is in).
func (c *Client) waitMinedMining(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	deadline := time.Now().Add(c.o.receiptTimeout)
	wait := 2 * time.Millisecond
	for {
		receipt, err := c.backend.TransactionReceipt(ctx, hash)
		if err == nil && receipt != nil && c.headReached(ctx, receipt.BlockNumber) {
			return receipt, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) && isNetworkError(err) {
			return nil, c.netErr("waiting for transaction "+hash.Hex(), err)
		}
		if time.Now().After(deadline) {
			return nil, c.notMined(hash)
		}
		if _, pending, err := c.backend.TransactionByHash(ctx, hash); err == nil && pending {
			c.o.mine()
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for transaction %s: %w", hash.Hex(), ctx.Err())
		case <-time.After(wait):
		}
		wait = min(wait*2, time.Second)
	}
}

// headReached reports whether the chain's head is at or past block n (true if that cannot
// be read: the receipt is what matters then).
func (c *Client) headReached(ctx context.Context, n *big.Int) bool {
	head, err := c.backend.BlockNumber(ctx)
	return err != nil || n == nil || head >= n.Uint64()
}

// replayFailure explains a mined transaction that failed: it replays it with eth_call on
// the state after its block (where a transaction that was overtaken in its block fails
// again), then on the state before it, to recover the revert data.
func (c *Client) replayFailure(ctx context.Context, info txInfo, tx *types.Transaction, r *types.Receipt) error {
	msg := ethereum.CallMsg{From: c.o.signer.Address(), To: tx.To(), Gas: tx.Gas(), Data: tx.Data()}
	for _, block := range []*big.Int{r.BlockNumber, new(big.Int).Sub(r.BlockNumber, big.NewInt(1))} {
		if _, err := c.backend.CallContract(ctx, msg, block); err != nil {
			if rev, ok := chain.DecodeRevert(err, c.abis...); ok {
				e := c.translate(rev, info)
				e.msg = fmt.Sprintf("transaction %s failed in block %s: %s", tx.Hash().Hex(), r.BlockNumber, e.msg)
				return e
			}
		}
	}
	if r.GasUsed >= tx.Gas() {
		return fmt.Errorf("transaction %s failed: it ran out of gas (%d used of %d)", tx.Hash().Hex(), r.GasUsed, tx.Gas())
	}
	return fmt.Errorf("transaction %s failed in block %s (gas used %d of %d); replaying it did not tell why", tx.Hash().Hex(), r.BlockNumber, r.GasUsed, tx.Gas())
}

// blockTime returns the timestamp of block n, caching answers in cache (may be nil).
func (c *Client) blockTime(ctx context.Context, n uint64, cache map[uint64]time.Time) (time.Time, error) {
	if t, ok := cache[n]; ok {
		return t, nil
	}
	h, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}, c.netErr(fmt.Sprintf("reading block %d", n), err)
	}
	t := time.Unix(int64(h.Time), 0).UTC()
	if cache != nil {
		cache[n] = t
	}
	return t, nil
}
