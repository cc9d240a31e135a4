package bridge_test

// A two-chain test bed for the bridge contracts: a "main" simulated chain with a test
// token and a BridgeVault, and a "side" simulated chain (another chain id) with a
// SideBridge, its BridgedToken and a Poco protocol deployed on that token as the side hub.
// Both run mainnet (Prague) rules, so the gas figures are mainnet-like.

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
)

// Chain ids of the two simulated chains.
var (
	mainChainID = big.NewInt(1337)
	sideChainID = big.NewInt(7357)
)

const rlc = 1_000_000_000 // one token, 9 decimals

var (
	vaultABI = bindings.NewBridgeVault()
	sideABI  = bindings.NewSideBridge()
	tokenABI = bindings.NewBridgedToken()
	testTok  = bindings.NewTestToken()
	pocoABI  = bindings.NewPoco()
)

// bridgeEnv is the two chains with the bridge deployed.
type bridgeEnv struct {
	t          *testing.T
	ctx        context.Context
	main, side *chaintest.Chain
	mainEP     *bridge.Endpoint // the vault
	sideEP     *bridge.Endpoint // the side bridge

	token        common.Address // main chain ERC-20 (TestToken)
	vault        common.Address
	sideBridge   common.Address
	bridged      common.Address // BridgedToken
	hub          common.Address // side Poco hub on the bridged token
	deployer     *chaintest.Account
	guardian     *chaintest.Account // also the deployer
	validators   []*ecdsa.PrivateKey
	validatorSet []common.Address
	users        []*chaintest.Account // funded with tokens on main
	relayer      *chaintest.Account   // sends execute transactions
	outsider     *chaintest.Account   // no role anywhere
}

type envOptions struct {
	validators int    // default 3
	threshold  uint64 // default 2
	dailyLimit *big.Int
	noHub      bool // leave the side bridge without a hub
	rules      chaintest.Rules
}

// newChainWithID starts a simulated chain running rules (default Prague) whose chain id is id.
func newChainWithID(t *testing.T, n int, id *big.Int, rules chaintest.Rules) *chaintest.Chain {
	t.Helper()
	if rules == "" {
		rules = chaintest.RulesPrague
	}
	return chaintest.New(t, n, chaintest.WithRules(rules), chaintest.WithBackendOption(func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.ChainID = new(big.Int).Set(id)
		ec.Genesis.Config = &cfg
	}))
}

// Accounts of both chains (same keys on both): 0 deployer and guardian, 1..3 validators,
// 4..7 users, 8 relayer, 9 outsider.
const nAccounts = 10

func newBridgeEnv(t *testing.T, o envOptions) *bridgeEnv {
	t.Helper()
	if o.validators == 0 {
		o.validators = 3
	}
	if o.threshold == 0 {
		o.threshold = 2
	}
	ctx := context.Background()
	main := newChainWithID(t, nAccounts, mainChainID, o.rules)
	side := newChainWithID(t, nAccounts, sideChainID, o.rules)
	if main.ChainID.Cmp(mainChainID) != 0 || side.ChainID.Cmp(sideChainID) != 0 {
		t.Fatalf("chain ids %s and %s, want %s and %s", main.ChainID, side.ChainID, mainChainID, sideChainID)
	}
	e := &bridgeEnv{
		t: t, ctx: ctx, main: main, side: side,
		deployer: main.Accounts[0], guardian: main.Accounts[0],
		users: main.Accounts[4:8], relayer: main.Accounts[8], outsider: main.Accounts[9],
	}
	for i := range o.validators {
		k := chaintest.AccountKey(1000 + i) // validator keys need no ether: they only sign
		e.validators = append(e.validators, k)
		e.validatorSet = append(e.validatorSet, crypto.PubkeyToAddress(k.PublicKey))
	}

	// Main: a test token and the vault.
	supply := big.NewInt(100_000_000 * rlc)
	r := main.Send(t, func() (*types.Transaction, error) {
		_, tx, err := bind.DeployContract(main.TransactOpts(e.deployer), common.FromHex(bindings.TestTokenMetaData.Bin), main.Client,
			testTok.PackConstructor(e.deployer.Address, supply))
		return tx, err
	})
	e.token = r.ContractAddress
	for _, u := range e.users {
		e.mainTx(e.deployer, e.token, testTok.PackTransfer(u.Address, big.NewInt(1_000_000*rlc)))
	}
	var err error
	e.vault, err = bridge.DeployVault(ctx, main.Client, e.deployer.Key, e.token, sideChainID, e.validatorSet, o.threshold,
		o.dailyLimit, e.guardian.Address, bridge.WithMine(func() { main.Commit() }))
	if err != nil {
		t.Fatalf("deploy vault: %v", err)
	}

	// Side: the bridge with its token, then the protocol on that token, then the hub.
	e.sideBridge, e.bridged, err = bridge.DeploySide(ctx, side.Client, e.deployer.Key, "Poco Bridged RLC", "bRLC", mainChainID,
		e.validatorSet, o.threshold, o.dailyLimit, e.guardian.Address, bridge.WithMine(func() { side.Commit() }))
	if err != nil {
		t.Fatalf("deploy side bridge: %v", err)
	}
	d, err := chain.Deploy(ctx, side.Client, side.TransactOpts(e.deployer), chain.DeployOptions{Token: e.bridged, Mine: func() { side.Commit() }})
	if err != nil {
		t.Fatalf("deploy the side protocol: %v", err)
	}
	e.hub = d.Hub
	if !o.noHub {
		if err := bridge.SetHub(ctx, side.Client, e.guardian.Key, e.sideBridge, e.hub, bridge.WithMine(func() { side.Commit() })); err != nil {
			t.Fatalf("set hub: %v", err)
		}
	}

	e.mainEP, err = bridge.NewEndpoint(ctx, main.Client, e.vault, bridge.WithMine(func() { main.Commit() }))
	if err != nil {
		t.Fatal(err)
	}
	e.sideEP, err = bridge.NewEndpoint(ctx, side.Client, e.sideBridge, bridge.WithMine(func() { side.Commit() }))
	if err != nil {
		t.Fatal(err)
	}
	if e.mainEP.IsSide() || !e.sideEP.IsSide() {
		t.Fatalf("IsSide: vault %v, side bridge %v", e.mainEP.IsSide(), e.sideEP.IsSide())
	}
	return e
}

// ───────────── signing ─────────────

// sign returns the signatures of the validators idx (in that order) of t for the
// destination endpoint dst.
func (e *bridgeEnv) sign(dst *bridge.Endpoint, t bridge.Transfer, idx ...int) [][]byte {
	e.t.Helper()
	return signWith(e.t, t.Digest(dst.Domain()), e.keys(idx...)...)
}

func (e *bridgeEnv) keys(idx ...int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, len(idx))
	for i, j := range idx {
		out[i] = e.validators[j]
	}
	return out
}

func signWith(t *testing.T, digest common.Hash, keys ...*ecdsa.PrivateKey) [][]byte {
	t.Helper()
	out := make([][]byte, len(keys))
	for i, k := range keys {
		sig, err := bridge.Sign(k, digest)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = sig
	}
	return out
}

// dst returns the destination endpoint of a transfer out of src.
func (e *bridgeEnv) dst(src *bridge.Endpoint) *bridge.Endpoint {
	if src == e.mainEP {
		return e.sideEP
	}
	return e.mainEP
}

// chainOf returns the simulated chain of an endpoint.
func (e *bridgeEnv) chainOf(ep *bridge.Endpoint) *chaintest.Chain {
	if ep == e.mainEP {
		return e.main
	}
	return e.side
}

// ───────────── transactions ─────────────

func abis() []*abi.ABI { return bridge.ABIs() }

func (e *bridgeEnv) mainTx(from *chaintest.Account, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	return sendTx(e.t, e.main, from, to, data)
}

func (e *bridgeEnv) sideTx(from *chaintest.Account, to common.Address, data []byte) *types.Receipt {
	e.t.Helper()
	return sendTx(e.t, e.side, from, to, data)
}

func sendTx(t *testing.T, c *chaintest.Chain, from *chaintest.Account, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	bc := bind.NewBoundContract(to, abi.ABI{}, c.Client, c.Client, c.Client)
	return c.Send(t, func() (*types.Transaction, error) { return bc.RawTransact(c.TransactOpts(from), data) }, abis()...)
}

// lock approves and locks amount of user's tokens on main; it returns the transfer.
func (e *bridgeEnv) lock(user *chaintest.Account, amount int64, recipient common.Address, toHub bool) bridge.Outgoing {
	e.t.Helper()
	out, err := e.mainEP.Lock(e.ctx, user.Key, big.NewInt(amount), recipient, toHub)
	if err != nil {
		e.t.Fatalf("lock: %v", err)
	}
	return out
}

// burn burns amount of user's bridged tokens on side; it returns the transfer.
func (e *bridgeEnv) burn(user *chaintest.Account, amount int64, recipient common.Address) bridge.Outgoing {
	e.t.Helper()
	out, err := e.sideEP.Burn(e.ctx, user.Key, big.NewInt(amount), recipient)
	if err != nil {
		e.t.Fatalf("burn: %v", err)
	}
	return out
}

// execute executes t on dst with the signatures of validators idx, sent by the relayer.
func (e *bridgeEnv) execute(dst *bridge.Endpoint, t bridge.Transfer, idx ...int) common.Hash {
	e.t.Helper()
	h, err := dst.Execute(e.ctx, e.relayer.Key, t, e.sign(dst, t, idx...))
	if err != nil {
		e.t.Fatalf("execute nonce %s on chain %s: %v", t.Nonce, dst.ChainID(), err)
	}
	return h
}

// ───────────── expectations ─────────────

// expectRevert simulates data sent to `to` on c from `from` and expects the custom error name.
func expectRevert(t *testing.T, c *chaintest.Chain, from common.Address, to common.Address, data []byte, name string) *chain.RevertError {
	t.Helper()
	_, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err == nil {
		t.Fatalf("expected revert %s, the call succeeded", name)
	}
	rev, ok := chain.DecodeRevert(err, abis()...)
	if !ok {
		t.Fatalf("expected revert %s, got error %v", name, err)
	}
	if rev.Name != name {
		t.Fatalf("expected revert %s, got %s", name, rev.Error())
	}
	return rev
}

// expectErr expects err to be a bridge.RevertError named name wrapping sentinel (when not nil).
func expectErr(t *testing.T, err error, sentinel error, name string) *chain.RevertError {
	t.Helper()
	if err == nil {
		t.Fatalf("expected %s, got no error", name)
	}
	if sentinel != nil && !errors.Is(err, sentinel) {
		t.Fatalf("expected errors.Is(%v), got %v", sentinel, err)
	}
	var rev *chain.RevertError
	if !errors.As(err, &rev) {
		t.Fatalf("expected a decoded revert %s, got %v", name, err)
	}
	if rev.Name != name {
		t.Fatalf("expected revert %s, got %s", name, rev.Error())
	}
	return rev
}

func argBig(t *testing.T, rev *chain.RevertError, name string) *big.Int {
	t.Helper()
	v, ok := rev.Args[name].(*big.Int)
	if !ok {
		t.Fatalf("%s: argument %s is %T", rev.Name, name, rev.Args[name])
	}
	return v
}

func argAddr(t *testing.T, rev *chain.RevertError, name string) common.Address {
	t.Helper()
	v, ok := rev.Args[name].(common.Address)
	if !ok {
		t.Fatalf("%s: argument %s is %T", rev.Name, name, rev.Args[name])
	}
	return v
}

// ───────────── reading ─────────────

func callView[T any](t *testing.T, c *chaintest.Chain, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	bc := bind.NewBoundContract(to, abi.ABI{}, c.Client, c.Client, c.Client)
	v, err := bind.Call(bc, nil, data, unpack)
	if err != nil {
		t.Fatalf("call %s: %v", to, err)
	}
	return v
}

func (e *bridgeEnv) mainBalance(a common.Address) *big.Int {
	e.t.Helper()
	return callView(e.t, e.main, e.token, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
}

func (e *bridgeEnv) sideBalance(a common.Address) *big.Int {
	e.t.Helper()
	return callView(e.t, e.side, e.bridged, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
}

func (e *bridgeEnv) bridgedSupply() *big.Int {
	e.t.Helper()
	return callView(e.t, e.side, e.bridged, tokenABI.PackTotalSupply(), tokenABI.UnpackTotalSupply)
}

// hubFree is a's free balance in the side hub.
func (e *bridgeEnv) hubFree(a common.Address) *big.Int {
	e.t.Helper()
	out := callView(e.t, e.side, e.hub, pocoABI.PackAccount(a), pocoABI.UnpackAccount)
	return out.Free
}

// logsOf returns the logs of r emitted by addr with the event topic of sig.
func logsOf(r *types.Receipt, addr common.Address, sig string) []*types.Log {
	topic := crypto.Keccak256Hash([]byte(sig))
	var out []*types.Log
	for _, l := range r.Logs {
		if l.Address == addr && len(l.Topics) > 0 && l.Topics[0] == topic {
			out = append(out, l)
		}
	}
	return out
}

// randomTransfer is a transfer with random fields from chain src.
func randomTransfer(rng *rand.Rand, src *big.Int) bridge.Transfer {
	var id common.Hash
	var rcpt common.Address
	for i := range id {
		id[i] = byte(rng.UintN(256))
	}
	for i := range rcpt {
		rcpt[i] = byte(rng.UintN(256))
	}
	return bridge.Transfer{
		SourceChainID: new(big.Int).Set(src),
		SourceID:      id,
		Nonce:         new(big.Int).SetUint64(rng.Uint64()),
		Recipient:     rcpt,
		Amount:        new(big.Int).Lsh(new(big.Int).SetUint64(rng.Uint64()), uint(rng.UintN(190))),
		ToHub:         rng.UintN(2) == 1,
	}
}

type bindingsTransfer = bindings.BridgeTransfer

type (
	chainRevertError = chain.RevertError
	ecdsaKey         = ecdsa.PrivateKey
)

// deployHubOn deploys a Poco protocol on the side chain counting in token; it returns the hub.
func deployHubOn(t *testing.T, e *bridgeEnv, token common.Address) common.Address {
	t.Helper()
	d, err := chain.Deploy(e.ctx, e.side.Client, e.side.TransactOpts(e.deployer), chain.DeployOptions{Token: token, Mine: func() { e.side.Commit() }})
	if err != nil {
		t.Fatal(err)
	}
	return d.Hub
}

// chainDecode decodes the revert data err carries against the bridge ABIs.
func chainDecode(err error) (*chain.RevertError, bool) { return chain.DecodeRevert(err, abis()...) }
