// Package pocotest starts a deployed Poco protocol on go-ethereum's simulated chain (mainnet
// rules, Prague) with funded actors and registered assets, and wraps every protocol call a
// test needs: build and sign orders, match them, contribute, reveal, finalize, claim, and
// expect a named custom error. Every helper fails the test on an unexpected result, so
// tests read as the rule they check.
package pocotest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/protocol"
)

// RLC is one token (9 decimals).
const RLC = 1_000_000_000

// Amounts every actor starts with.
var (
	WalletTokens  = big.NewInt(1_000_000 * RLC) // in each account's wallet
	DepositTokens = big.NewInt(100_000 * RLC)   // deposited into the hub by payers and workers
)

// Env is a deployed protocol with its actors.
type Env struct {
	*chaintest.Chain
	T chaintest.TB

	D      *chain.Deployment
	Poco   *bindings.Poco // packs and unpacks hub calls (merged hub + task module ABI)
	Hub    *bind.BoundContract
	Domain protocol.Domain
	ABIs   []*abi.ABI // for revert decoding

	TokenABI    *bindings.TestToken
	Token       *bind.BoundContract
	AppsABI     *bindings.AppRegistry
	Apps        *bind.BoundContract
	DatasetsABI *bindings.DatasetRegistry
	Datasets    *bind.BoundContract
	PoolsABI    *bindings.WorkerpoolRegistry
	Pools       *bind.BoundContract

	Owner        *chaintest.Account // deployer, manages categories
	AppOwner     *chaintest.Account // no deposit: receives app payments
	DatasetOwner *chaintest.Account // no deposit: receives dataset payments
	PoolOwner    *chaintest.Account // the scheduler's key; deposited for pool stakes
	Requester    *chaintest.Account // deposited
	Workers      []*chaintest.Account

	App, Dataset, Pool common.Address

	salt         uint64
	contributors map[[32]byte][]Contributor
}

// Contributor is a recorded contribution: its worker and result hash.
type Contributor struct {
	Worker     common.Address
	ResultHash [32]byte
}

// Options for New.
type Options struct {
	Workers int // default 8
	Chain   []chaintest.Option
}

// New deploys the protocol and prepares the actors: every account holds WalletTokens;
// the pool owner, the requester and the workers deposited DepositTokens; one app, one
// dataset and one workerpool are registered.
func New(t chaintest.TB, opts ...Options) *Env {
	t.Helper()
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	if o.Workers == 0 {
		o.Workers = 8
	}
	c := chaintest.New(t, 5+o.Workers, o.Chain...)
	e := &Env{
		Chain: c, T: t,
		Owner: c.Accounts[0], AppOwner: c.Accounts[1], DatasetOwner: c.Accounts[2],
		PoolOwner: c.Accounts[3], Requester: c.Accounts[4], Workers: c.Accounts[5:],
		contributors: map[[32]byte][]Contributor{},
	}
	supply := new(big.Int).Mul(WalletTokens, big.NewInt(int64(len(c.Accounts)+1)))
	d, err := chain.Deploy(context.Background(), c.Client, c.TransactOpts(e.Owner), chain.DeployOptions{
		TestTokenSupply: supply, Mine: func() { c.Commit() },
	})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.D = d
	e.Poco = bindings.NewPoco()
	e.Hub = e.Poco.Instance(c.Client, d.Hub)
	e.Domain = protocol.DefaultDomain(c.ChainID, d.Hub)
	e.TokenABI = bindings.NewTestToken()
	e.Token = e.TokenABI.Instance(c.Client, d.Token)
	e.AppsABI = bindings.NewAppRegistry()
	e.Apps = e.AppsABI.Instance(c.Client, d.AppRegistry)
	e.DatasetsABI = bindings.NewDatasetRegistry()
	e.Datasets = e.DatasetsABI.Instance(c.Client, d.DatasetRegistry)
	e.PoolsABI = bindings.NewWorkerpoolRegistry()
	e.Pools = e.PoolsABI.Instance(c.Client, d.WorkerpoolRegistry)
	wallet, err := bindings.TestWalletMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	e.ABIs = append(chain.ABIs(), wallet)

	for _, acc := range c.Accounts[1:] {
		e.SendTo(e.Owner, d.Token, e.TokenABI.PackTransfer(acc.Address, WalletTokens))
	}
	e.Deposit(e.PoolOwner, DepositTokens)
	e.Deposit(e.Requester, DepositTokens)
	for _, w := range e.Workers {
		e.Deposit(w, DepositTokens)
	}
	e.App = e.CreateApp(e.AppOwner, "hello-wasm")
	e.Dataset = e.CreateDataset(e.DatasetOwner, "numbers")
	e.Pool = e.CreatePool(e.PoolOwner, "pool one")
	return e
}

// ───────────────────────────── transactions ─────────────────────────────

// SendTo sends calldata to `to` from `from`, mines it and returns the receipt; a revert
// fails the test with the decoded error.
func (e *Env) SendTo(from *chaintest.Account, to common.Address, data []byte) *types.Receipt {
	e.T.Helper()
	bc := bind.NewBoundContract(to, abi.ABI{}, e.Client, e.Client, e.Client)
	return e.Send(e.T, func() (*types.Transaction, error) {
		return bc.RawTransact(e.TransactOpts(from), data)
	}, e.ABIs...)
}

// Tx sends calldata to the hub.
func (e *Env) Tx(from *chaintest.Account, data []byte) *types.Receipt {
	e.T.Helper()
	return e.SendTo(from, e.D.Hub, data)
}

// RevertTo simulates calldata to `to` from `from` and returns the decoded revert; it fails
// the test if the call does not revert with the custom error `name`.
func (e *Env) RevertTo(from common.Address, to common.Address, data []byte, name string) *chain.RevertError {
	e.T.Helper()
	_, err := e.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err == nil {
		e.T.Fatalf("expected revert %s, the call succeeded", name)
	}
	rev, ok := chain.DecodeRevert(err, e.ABIs...)
	if !ok {
		e.T.Fatalf("expected revert %s, got error %v", name, err)
	}
	if rev.Name != name {
		e.T.Fatalf("expected revert %s, got %s", name, rev.Error())
	}
	return rev
}

// Revert expects calldata to the hub from `from` to revert with `name`.
func (e *Env) Revert(from *chaintest.Account, data []byte, name string) *chain.RevertError {
	e.T.Helper()
	return e.RevertTo(from.Address, e.D.Hub, data, name)
}

// Call runs a view call on the hub.
func Call[T any](e *Env, data []byte, unpack func([]byte) (T, error)) T {
	e.T.Helper()
	v, err := bind.Call(e.Hub, nil, data, unpack)
	if err != nil {
		e.T.Fatalf("call: %v", err)
	}
	return v
}

// ───────────────────────────── accounts and assets ─────────────────────────────

// Deposit approves and deposits `amount` tokens for `acc`.
func (e *Env) Deposit(acc *chaintest.Account, amount *big.Int) {
	e.T.Helper()
	e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, amount))
	e.Tx(acc, e.Poco.PackDeposit(amount))
}

// Account returns the free and locked balances of `addr` in the hub.
func (e *Env) Account(addr common.Address) (free, locked *big.Int) {
	e.T.Helper()
	out := Call(e, e.Poco.PackAccount(addr), e.Poco.UnpackAccount)
	return out.Free, out.Locked
}

// Free returns the free balance of `addr`.
func (e *Env) Free(addr common.Address) *big.Int { f, _ := e.Account(addr); return f }

// Locked returns the locked balance of `addr`.
func (e *Env) Locked(addr common.Address) *big.Int { _, l := e.Account(addr); return l }

// Score returns a worker's reputation.
func (e *Env) Score(addr common.Address) uint64 {
	e.T.Helper()
	return Call(e, e.Poco.PackScore(addr), e.Poco.UnpackScore).Uint64()
}

// TokenBalance returns the ERC-20 balance of `addr`.
func (e *Env) TokenBalance(addr common.Address) *big.Int {
	e.T.Helper()
	v, err := bind.Call(e.Token, nil, e.TokenABI.PackBalanceOf(addr), e.TokenABI.UnpackBalanceOf)
	if err != nil {
		e.T.Fatal(err)
	}
	return v
}

// CreateApp registers a WASM app owned by `owner`; `name` makes it unique.
func (e *Env) CreateApp(owner *chaintest.Account, name string) common.Address {
	e.T.Helper()
	multiaddr := []byte("/ipfs/bafkreiexample" + name)
	checksum := crypto.Keccak256Hash([]byte(name))
	r := e.SendTo(owner, e.D.AppRegistry, e.AppsABI.PackCreateApp(owner.Address, name, "WASM", multiaddr, checksum, nil))
	return e.createdAsset(r, e.D.AppRegistry)
}

// CreateDataset registers a dataset owned by `owner`.
func (e *Env) CreateDataset(owner *chaintest.Account, name string) common.Address {
	e.T.Helper()
	r := e.SendTo(owner, e.D.DatasetRegistry, e.DatasetsABI.PackCreateDataset(owner.Address, name,
		[]byte("/ipfs/bafkreidataset"+name), crypto.Keccak256Hash([]byte("dataset "+name))))
	return e.createdAsset(r, e.D.DatasetRegistry)
}

// CreatePool registers a workerpool owned by `owner`.
func (e *Env) CreatePool(owner *chaintest.Account, description string) common.Address {
	e.T.Helper()
	r := e.SendTo(owner, e.D.WorkerpoolRegistry, e.PoolsABI.PackCreateWorkerpool(owner.Address, description))
	return e.createdAsset(r, e.D.WorkerpoolRegistry)
}

// createdAsset reads the minted token id from the ERC-721 Transfer event.
func (e *Env) createdAsset(r *types.Receipt, registry common.Address) common.Address {
	transfer := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	for _, l := range r.Logs {
		if l.Address == registry && len(l.Topics) == 4 && l.Topics[0] == transfer {
			return common.BytesToAddress(l.Topics[3].Bytes())
		}
	}
	e.T.Fatalf("no asset minted by registry %s", registry)
	return common.Address{}
}

// ───────────────────────────── orders ─────────────────────────────

func (e *Env) nextSalt() common.Hash {
	e.salt++
	return common.BigToHash(new(big.Int).SetUint64(e.salt))
}

// AppOrder returns a valid app order for e.App: price 3 RLC, volume 1000.
func (e *Env) AppOrder() protocol.AppOrder {
	return protocol.AppOrder{App: e.App, AppPrice: big.NewInt(3 * RLC), Volume: big.NewInt(1000), Salt: e.nextSalt()}
}

// DatasetOrder returns a valid dataset order for e.Dataset: price 1 RLC, volume 1000.
func (e *Env) DatasetOrder() protocol.DatasetOrder {
	return protocol.DatasetOrder{Dataset: e.Dataset, DatasetPrice: big.NewInt(1 * RLC), Volume: big.NewInt(1000), Salt: e.nextSalt()}
}

// NoDataset is the dataset order to pass when the deal uses no dataset.
func NoDataset() protocol.DatasetOrder { return protocol.DatasetOrder{} }

// WorkerpoolOrder returns a valid pool order for e.Pool: price 10 RLC, category 0, trust 10, volume 1000.
func (e *Env) WorkerpoolOrder() protocol.WorkerpoolOrder {
	return protocol.WorkerpoolOrder{Workerpool: e.Pool, WorkerpoolPrice: big.NewInt(10 * RLC), Volume: big.NewInt(1000),
		Category: big.NewInt(0), Trust: big.NewInt(10), Salt: e.nextSalt()}
}

// RequestOrder returns a request by e.Requester for the given orders at their prices, volume 1, trust 1.
func (e *Env) RequestOrder(a protocol.AppOrder, d protocol.DatasetOrder, w protocol.WorkerpoolOrder) protocol.RequestOrder {
	return protocol.RequestOrder{
		App: a.App, AppMaxPrice: a.AppPrice, Dataset: d.Dataset, DatasetMaxPrice: orZero(d.DatasetPrice),
		Workerpool: w.Workerpool, WorkerpoolMaxPrice: w.WorkerpoolPrice, Requester: e.Requester.Address,
		Volume: big.NewInt(1), Category: w.Category, Trust: big.NewInt(1), Beneficiary: e.Requester.Address,
		Params: `{"args":"--n 42"}`, Salt: e.nextSalt(),
	}
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// Sign signs an EIP-712 digest with `key`.
func (e *Env) Sign(key *ecdsa.PrivateKey, digest [32]byte) []byte {
	e.T.Helper()
	sig, err := protocol.SignOrder(digest, key)
	if err != nil {
		e.T.Fatal(err)
	}
	return sig
}

// Orders is a set of four orders with their signatures.
type Orders struct {
	App        protocol.AppOrder
	Dataset    protocol.DatasetOrder
	Workerpool protocol.WorkerpoolOrder
	Request    protocol.RequestOrder
	Sigs       bindings.PocoHubOrderSignatures
}

// DefaultOrders returns matching orders without dataset (volume 1, trust 1), unsigned.
func (e *Env) DefaultOrders() *Orders {
	a, w := e.AppOrder(), e.WorkerpoolOrder()
	return &Orders{App: a, Workerpool: w, Request: e.RequestOrder(a, NoDataset(), w)}
}

// DatasetOrders returns matching orders with e.Dataset, unsigned.
func (e *Env) DatasetOrders() *Orders {
	a, d, w := e.AppOrder(), e.DatasetOrder(), e.WorkerpoolOrder()
	return &Orders{App: a, Dataset: d, Workerpool: w, Request: e.RequestOrder(a, d, w)}
}

// SignAll signs each order with its owner's key (the env's default actors).
func (e *Env) SignAll(o *Orders) *Orders {
	o.Sigs.App = e.Sign(e.AppOwner.Key, o.App.Hash(e.Domain))
	if o.Dataset.Dataset != (common.Address{}) {
		o.Sigs.Dataset = e.Sign(e.DatasetOwner.Key, o.Dataset.Hash(e.Domain))
	}
	o.Sigs.Workerpool = e.Sign(e.PoolOwner.Key, o.Workerpool.Hash(e.Domain))
	o.Sigs.Request = e.Sign(e.Requester.Key, o.Request.Hash(e.Domain))
	return o
}

// PackMatch returns matchOrders calldata for the orders.
func (e *Env) PackMatch(o *Orders) []byte {
	return e.Poco.PackMatchOrders(chain.AppOrderArg(o.App), chain.DatasetOrderArg(o.Dataset),
		chain.WorkerpoolOrderArg(o.Workerpool), chain.RequestOrderArg(o.Request), o.Sigs)
}

// Match sends matchOrders from `caller` and returns the deal from the OrdersMatched event.
func (e *Env) Match(caller *chaintest.Account, o *Orders) bindings.Deal {
	e.T.Helper()
	d, _ := e.MatchReceipt(caller, o)
	return d
}

// MatchReceipt is Match, also returning the receipt.
func (e *Env) MatchReceipt(caller *chaintest.Account, o *Orders) (bindings.Deal, *types.Receipt) {
	e.T.Helper()
	r := e.Tx(caller, e.PackMatch(o))
	return e.DealFrom(r), r
}

// DealFrom returns the deal of the OrdersMatched event in a receipt.
func (e *Env) DealFrom(r *types.Receipt) bindings.Deal {
	e.T.Helper()
	for _, l := range r.Logs {
		if ev, err := e.Poco.UnpackOrdersMatchedEvent(l); err == nil {
			return ev.Deal
		}
	}
	e.T.Fatal("no OrdersMatched event in receipt")
	return bindings.Deal{}
}

// MatchDefault signs and matches default orders (no dataset) with the given request volume and trust.
func (e *Env) MatchDefault(volume, trust int64) bindings.Deal {
	e.T.Helper()
	o := e.DefaultOrders()
	o.Request.Volume = big.NewInt(volume)
	o.Request.Trust = big.NewInt(trust)
	return e.Match(e.Requester, e.SignAll(o))
}

// CreateCategory adds a category (as the owner) and returns its id.
func (e *Env) CreateCategory(name string, ref uint64) *big.Int {
	e.T.Helper()
	n := Call(e, e.Poco.PackCategoryCount(), e.Poco.UnpackCategoryCount)
	e.Tx(e.Owner, e.Poco.PackCreateCategory(name, name+" test category", new(big.Int).SetUint64(ref)))
	return n
}

// ───────────────────────────── tasks ─────────────────────────────

// TaskID returns the id of task `idx` of `deal`.
func TaskID(deal bindings.Deal, idx uint64) [32]byte { return protocol.TaskID(deal.Id, idx) }

// Digest returns a deterministic result digest for a label ("good", "bad", ...).
func Digest(label string) [32]byte { return crypto.Keccak256Hash([]byte("result " + label)) }

// Authorize returns the scheduler's (pool owner's) authorization for `worker` on task `idx`.
func (e *Env) Authorize(deal bindings.Deal, idx uint64, worker common.Address, enclave common.Address) []byte {
	e.T.Helper()
	sig, err := protocol.SignAuthorization(e.PoolOwner.Key, worker, TaskID(deal, idx), enclave)
	if err != nil {
		e.T.Fatal(err)
	}
	return sig
}

// ContributeItem builds a valid contribution of `digest` by `worker` to task `idx`.
func (e *Env) ContributeItem(worker *chaintest.Account, deal bindings.Deal, idx uint64, digest [32]byte) bindings.ContributeItem {
	taskid := TaskID(deal, idx)
	return bindings.ContributeItem{
		Idx:               new(big.Int).SetUint64(idx),
		ResultHash:        protocol.ResultHash(taskid, digest),
		ResultSeal:        protocol.ResultSeal(worker.Address, taskid, digest),
		AuthorizationSign: e.Authorize(deal, idx, worker.Address, common.Address{}),
	}
}

// Contribute sends a valid contribution and records the contributor for Finalize/Claim.
func (e *Env) Contribute(worker *chaintest.Account, deal bindings.Deal, idx uint64, digest [32]byte) *types.Receipt {
	e.T.Helper()
	item := e.ContributeItem(worker, deal, idx, digest)
	r := e.Tx(worker, e.Poco.PackContribute(deal, item))
	e.RecordContribution(deal, idx, worker.Address, item.ResultHash)
	return r
}

// RecordContribution notes a contribution sent by other means (batches).
func (e *Env) RecordContribution(deal bindings.Deal, idx uint64, worker common.Address, resultHash [32]byte) {
	taskid := TaskID(deal, idx)
	e.contributors[taskid] = append(e.contributors[taskid], Contributor{Worker: worker, ResultHash: resultHash})
}

// Contributions returns the recorded contributions of task `idx`, in contribution order.
func (e *Env) Contributions(deal bindings.Deal, idx uint64) []Contributor {
	return append([]Contributor(nil), e.contributors[TaskID(deal, idx)]...)
}

// Contributors returns the contributor list finalize and claim take for task `idx`: its
// recorded contributors in ascending address order (protocol.ContributorList). Never nil.
func (e *Env) Contributors(deal bindings.Deal, idx uint64) []common.Address {
	cs := e.contributors[TaskID(deal, idx)]
	workers := make([]common.Address, len(cs))
	for i, c := range cs {
		workers[i] = c.Worker
	}
	return protocol.ContributorList(workers)
}

// Permit returns the scheduler's (pool owner's) permit that opens the reveals of task `idx`.
func (e *Env) Permit(deal bindings.Deal, idx uint64) []byte {
	e.T.Helper()
	sig, err := protocol.SignRevealPermit(e.PoolOwner.Key, TaskID(deal, idx))
	if err != nil {
		e.T.Fatal(err)
	}
	return sig
}

// RevealItem builds the reveal of `digest` on task `idx`, with the scheduler's permit (only
// the first reveal of a task needs it; later ones ignore it).
func (e *Env) RevealItem(deal bindings.Deal, idx uint64, digest [32]byte) bindings.RevealItem {
	return bindings.RevealItem{Idx: new(big.Int).SetUint64(idx), ResultDigest: digest, Permit: e.Permit(deal, idx)}
}

// Reveal reveals `digest` for `worker` on task `idx`, with the scheduler's permit.
func (e *Env) Reveal(worker *chaintest.Account, deal bindings.Deal, idx uint64, digest [32]byte) *types.Receipt {
	e.T.Helper()
	return e.Tx(worker, e.Poco.PackReveal(deal, e.RevealItem(deal, idx, digest)))
}

// FinalizeItem builds the finalize item of task `idx` with its recorded contributors.
func (e *Env) FinalizeItem(deal bindings.Deal, idx uint64, digest [32]byte) bindings.FinalizeItem {
	return bindings.FinalizeItem{
		Idx: new(big.Int).SetUint64(idx), Contributors: e.Contributors(deal, idx), ResultDigest: digest,
		Results: []byte(fmt.Sprintf(`{"storage":"ipfs","location":"/ipfs/%x"}`, digest[:8])), ResultsCallback: []byte{},
	}
}

// Finalize finalizes task `idx` as the scheduler.
func (e *Env) Finalize(deal bindings.Deal, idx uint64, digest [32]byte) *types.Receipt {
	e.T.Helper()
	return e.Tx(e.PoolOwner, e.Poco.PackFinalize(deal, e.FinalizeItem(deal, idx, digest)))
}

// ContributeAndFinalizeItem builds a trust-1 fast-path item for `worker`.
func (e *Env) ContributeAndFinalizeItem(worker *chaintest.Account, deal bindings.Deal, idx uint64, digest [32]byte) bindings.ContributeAndFinalizeItem {
	return bindings.ContributeAndFinalizeItem{
		Idx: new(big.Int).SetUint64(idx), ResultDigest: digest,
		Results:           []byte(fmt.Sprintf(`{"storage":"ipfs","location":"/ipfs/%x"}`, digest[:8])),
		ResultsCallback:   []byte{},
		AuthorizationSign: e.Authorize(deal, idx, worker.Address, common.Address{}),
	}
}

// ContributeAndFinalize runs the trust-1 fast path for task `idx`.
func (e *Env) ContributeAndFinalize(worker *chaintest.Account, deal bindings.Deal, idx uint64, digest [32]byte) *types.Receipt {
	e.T.Helper()
	return e.Tx(worker, e.Poco.PackContributeAndFinalize(deal, e.ContributeAndFinalizeItem(worker, deal, idx, digest)))
}

// Claim fails task `idx` after its final deadline, from `caller`.
func (e *Env) Claim(caller *chaintest.Account, deal bindings.Deal, idx uint64) *types.Receipt {
	e.T.Helper()
	return e.Tx(caller, e.Poco.PackClaim(deal, bindings.ClaimItem{Idx: new(big.Int).SetUint64(idx), Contributors: e.Contributors(deal, idx)}))
}

// Vesting returns `worker`'s rewards still vesting.
func (e *Env) Vesting(worker common.Address) bindings.Vesting {
	e.T.Helper()
	return Call(e, e.Poco.PackVesting(worker), e.Poco.UnpackVesting)
}

// Task returns the state of task `idx`, as the hub's task(dealid, idx) view reads it.
func (e *Env) Task(deal bindings.Deal, idx uint64) bindings.Task {
	e.T.Helper()
	return Call(e, e.Poco.PackTask(deal.Id, new(big.Int).SetUint64(idx)), e.Poco.UnpackTask)
}

// Contribution returns `worker`'s stored contribution to task `idx`.
func (e *Env) Contribution(deal bindings.Deal, idx uint64, worker common.Address) bindings.Contribution {
	e.T.Helper()
	return Call(e, e.Poco.PackContribution(TaskID(deal, idx), worker), e.Poco.UnpackContribution)
}

// Deadlines of a deal, in unix seconds.
func ContributionDeadline(d bindings.Deal) uint64 {
	return d.StartTime.Uint64() + 7*d.WorkClockTimeRef.Uint64()
}

// FinalDeadline is the time from which unfinished tasks of the deal can be claimed.
func FinalDeadline(d bindings.Deal) uint64 {
	return d.StartTime.Uint64() + 10*d.WorkClockTimeRef.Uint64()
}

// AdvanceTo moves the chain's clock so the next block is at or after `ts`.
func (e *Env) AdvanceTo(ts uint64) {
	e.T.Helper()
	if now := e.Now(); now < ts {
		e.AdjustTime(secs(ts - now))
	}
}

// ───────────────────────────── invariants ─────────────────────────────

// KittyAddress is the pseudo-account holding the kitty.
var KittyAddress = common.BytesToAddress(crypto.Keccak256([]byte("poco.kitty"))[12:])

// CheckConservation fails the test unless the free and locked balances of every known
// account (the env's actors, the kitty and `extra`) add up to the tokens the hub holds.
func (e *Env) CheckConservation(extra ...common.Address) {
	e.T.Helper()
	sum := new(big.Int)
	addrs := append([]common.Address{KittyAddress}, extra...)
	for _, a := range e.Accounts {
		addrs = append(addrs, a.Address)
	}
	for _, a := range addrs {
		f, l := e.Account(a)
		sum.Add(sum, f).Add(sum, l)
	}
	if held := e.TokenBalance(e.D.Hub); held.Cmp(sum) != 0 {
		e.T.Fatalf("conservation broken: hub holds %s tokens, accounts sum to %s", held, sum)
	}
}
