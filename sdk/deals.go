package sdk

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/protocol"
)

// Deal is a deal of a bag of tasks as recorded by matchOrders (the OrdersMatched event),
// with where it was made. Every task operation sends it back to the hub, which checks it
// against the hash it stored.
type Deal struct {
	ID common.Hash `json:"id"`

	App             common.Address `json:"app"`
	AppOwner        common.Address `json:"appOwner"`
	AppPrice        *big.Int       `json:"appPrice"`
	Dataset         common.Address `json:"dataset"` // zero: no dataset
	DatasetOwner    common.Address `json:"datasetOwner"`
	DatasetPrice    *big.Int       `json:"datasetPrice"`
	Workerpool      common.Address `json:"workerpool"`
	WorkerpoolOwner common.Address `json:"workerpoolOwner"` // the scheduler
	WorkerpoolPrice *big.Int       `json:"workerpoolPrice"`

	Trust            uint64       `json:"trust"`
	Category         uint64       `json:"category"`
	WorkClockTimeRef uint64       `json:"workClockTimeRef"` // seconds
	Tag              protocol.Tag `json:"tag"`

	Requester   common.Address `json:"requester"`
	Beneficiary common.Address `json:"beneficiary"`
	Callback    common.Address `json:"callback"`
	Sponsor     common.Address `json:"sponsor"` // who pays

	StartTime            uint64   `json:"startTime"` // unix seconds
	BotFirst             uint64   `json:"botFirst"`  // first task index
	BotSize              uint64   `json:"botSize"`   // number of tasks
	WorkerStake          *big.Int `json:"workerStake"`
	SchedulerRewardRatio uint64   `json:"schedulerRewardRatio"`

	Params string `json:"params"`
	// OrderHashes are the app, dataset, workerpool and request order hashes.
	OrderHashes [4]common.Hash `json:"orderHashes"`

	Block  uint64      `json:"block"`
	TxHash common.Hash `json:"txHash"`
}

// DealFromBinding converts the contract's deal struct. It fails only for values beyond
// 64 bits in fields this type holds as uint64 (trust, category, times, indexes, ratios).
func DealFromBinding(b bindings.Deal) (*Deal, error) {
	var bad string
	u := func(name string, x *big.Int) uint64 {
		if x == nil {
			return 0
		}
		if !x.IsUint64() {
			bad = name
			return 0
		}
		return x.Uint64()
	}
	d := &Deal{
		ID: b.Id, App: b.App, AppOwner: b.AppOwner, AppPrice: orZero(b.AppPrice),
		Dataset: b.Dataset, DatasetOwner: b.DatasetOwner, DatasetPrice: orZero(b.DatasetPrice),
		Workerpool: b.Workerpool, WorkerpoolOwner: b.WorkerpoolOwner, WorkerpoolPrice: orZero(b.WorkerpoolPrice),
		Trust: u("trust", b.Trust), Category: u("category", b.Category), WorkClockTimeRef: u("workClockTimeRef", b.WorkClockTimeRef),
		Tag: b.Tag, Requester: b.Requester, Beneficiary: b.Beneficiary, Callback: b.Callback, Sponsor: b.Sponsor,
		StartTime: u("startTime", b.StartTime), BotFirst: u("botFirst", b.BotFirst), BotSize: u("botSize", b.BotSize),
		WorkerStake: orZero(b.WorkerStake), SchedulerRewardRatio: u("schedulerRewardRatio", b.SchedulerRewardRatio),
	}
	if bad != "" {
		return nil, fmt.Errorf("deal %s: its %s does not fit in 64 bits; this client cannot handle it", common.Hash(b.Id).Hex(), bad)
	}
	return d, nil
}

// Binding is the deal as the contracts take it.
func (d *Deal) Binding() bindings.Deal {
	return bindings.Deal{
		Id: d.ID, App: d.App, AppOwner: d.AppOwner, AppPrice: orZero(d.AppPrice),
		Dataset: d.Dataset, DatasetOwner: d.DatasetOwner, DatasetPrice: orZero(d.DatasetPrice),
		Workerpool: d.Workerpool, WorkerpoolOwner: d.WorkerpoolOwner, WorkerpoolPrice: orZero(d.WorkerpoolPrice),
		Trust: u64(d.Trust), Category: u64(d.Category), WorkClockTimeRef: u64(d.WorkClockTimeRef), Tag: d.Tag,
		Requester: d.Requester, Beneficiary: d.Beneficiary, Callback: d.Callback, Sponsor: d.Sponsor,
		StartTime: u64(d.StartTime), BotFirst: u64(d.BotFirst), BotSize: u64(d.BotSize),
		WorkerStake: orZero(d.WorkerStake), SchedulerRewardRatio: u64(d.SchedulerRewardRatio),
	}
}

// TaskID is the id of task idx (an index in [BotFirst, BotFirst+BotSize)).
func (d *Deal) TaskID(idx uint64) common.Hash { return protocol.TaskID(d.ID, idx) }

// Indexes lists the deal's task indexes.
func (d *Deal) Indexes() []uint64 {
	out := make([]uint64, d.BotSize)
	for i := range out {
		out[i] = d.BotFirst + uint64(i)
	}
	return out
}

// HasDataset reports whether the deal uses a dataset.
func (d *Deal) HasDataset() bool { return d.Dataset != (common.Address{}) }

// TaskPrice is what the payer pays per task: app + dataset + workerpool prices.
func (d *Deal) TaskPrice() *big.Int {
	p := new(big.Int).Add(orZero(d.AppPrice), orZero(d.DatasetPrice))
	return p.Add(p, orZero(d.WorkerpoolPrice))
}

// Cost is what the payer locked for the deal: TaskPrice × BotSize.
func (d *Deal) Cost() *big.Int { return new(big.Int).Mul(d.TaskPrice(), u64(d.BotSize)) }

// Start is when the deal was made (the block's time).
func (d *Deal) Start() time.Time { return time.Unix(int64(d.StartTime), 0).UTC() }

// ContributionDeadline is when contributions close: start + 7 × the category's time.
func (d *Deal) ContributionDeadline() time.Time {
	return time.Unix(int64(protocol.ContributionDeadline(d.StartTime, d.WorkClockTimeRef)), 0).UTC()
}

// FinalDeadline is when unfinished tasks may be claimed: start + 10 × the category's time.
func (d *Deal) FinalDeadline() time.Time {
	return time.Unix(int64(protocol.FinalDeadline(d.StartTime, d.WorkClockTimeRef)), 0).UTC()
}

// PoolStakePercent is the percent of the workerpool price that the workerpool owner (the
// scheduler) locks per task when a deal is made: the hub's PocoStore.POOL_STAKE_RATIO.
// Finalizing a task unlocks its share; claiming it gives that share to the kitty.
const PoolStakePercent = 30

// SchedulerStakePerTask is what the workerpool owner locks for one task of the deal:
// PoolStakePercent of the workerpool price, rounded down as the contract does.
func (d *Deal) SchedulerStakePerTask() *big.Int {
	return poolStake(d.WorkerpoolPrice, 1)
}

// SchedulerStake is what the workerpool owner locked for the whole deal:
// SchedulerStakePerTask × BotSize. For n of its tasks (what a claim of n tasks gives to
// the kitty), multiply SchedulerStakePerTask by n.
func (d *Deal) SchedulerStake() *big.Int {
	return poolStake(d.WorkerpoolPrice, d.BotSize)
}

// poolStake is the pool owner's stake for n tasks at the workerpool price price, computed
// as the hub does: (price × PoolStakePercent / 100) × n.
func poolStake(price *big.Int, n uint64) *big.Int {
	s := new(big.Int).Mul(orZero(price), big.NewInt(PoolStakePercent))
	s.Div(s, big.NewInt(100))
	return s.Mul(s, u64(n))
}

// ───────────────────────────── matching ─────────────────────────────

// MatchInput is four orders to make a deal from. Dataset is nil when the deal uses no
// dataset. An empty signature means the order is presigned.
type MatchInput struct {
	App        SignedAppOrder
	Dataset    *SignedDatasetOrder
	Workerpool SignedWorkerpoolOrder
	Request    SignedRequestOrder
	// SkipChecks sends the match without the client's own checks (the contract checks
	// everything anyway; the client's checks only explain refusals better and earlier).
	SkipChecks bool
}

func (in MatchInput) datasetOrder() (protocol.DatasetOrder, []byte) {
	if in.Dataset == nil {
		return protocol.DatasetOrder{}, nil
	}
	return in.Dataset.Order, in.Dataset.Sig
}

// MatchOrders makes a deal from the orders; the requester pays. Before sending, it checks
// the orders as the contract will (CheckMatch) and explains any refusal. It returns the
// deal with the block and transaction that made it.
func (c *Client) MatchOrders(ctx context.Context, in MatchInput) (*Deal, error) {
	return c.match(ctx, in, false)
}

// SponsorMatchOrders is MatchOrders with the signer paying instead of the requester.
func (c *Client) SponsorMatchOrders(ctx context.Context, in MatchInput) (*Deal, error) {
	return c.match(ctx, in, true)
}

func (c *Client) match(ctx context.Context, in MatchInput, sponsor bool) (*Deal, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	payer := in.Request.Order.Requester
	if sponsor {
		payer = c.Address()
	}
	roles := map[common.Address]string{in.Request.Order.Requester: "the requester"}
	if !in.SkipChecks && !c.skipPrecheck {
		if _, err := c.CheckMatch(ctx, in, payer); err != nil {
			return nil, err
		}
	}
	if owner, err := c.assetOwner(ctx, c.pools, in.Workerpool.Order.Workerpool); err == nil && owner != (common.Address{}) {
		if _, ok := roles[owner]; !ok {
			roles[owner] = "the workerpool owner"
		}
	}
	d, dsig := in.datasetOrder()
	sigs := bindings.PocoHubOrderSignatures{App: nonNil(in.App.Sig), Dataset: nonNil(dsig),
		Workerpool: nonNil(in.Workerpool.Sig), Request: nonNil(in.Request.Sig)}
	ao, do, wo, ro := chain.AppOrderArg(in.App.Order), chain.DatasetOrderArg(d),
		chain.WorkerpoolOrderArg(in.Workerpool.Order), chain.RequestOrderArg(in.Request.Order)
	data := c.poco.PackMatchOrders(ao, do, wo, ro, sigs)
	if sponsor {
		data = c.poco.PackSponsorMatchOrders(ao, do, wo, ro, sigs)
	}
	r, err := c.transactInfo(ctx, txInfo{to: c.hub, roles: roles}, data)
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if l.Address != c.hub {
			continue
		}
		if ev, err := c.poco.UnpackOrdersMatchedEvent(l); err == nil {
			return dealFromEvent(ev)
		}
	}
	return nil, fmt.Errorf("transaction %s made no deal (no OrdersMatched event)", r.TxHash.Hex())
}

func dealFromEvent(ev *bindings.PocoOrdersMatched) (*Deal, error) {
	d, err := DealFromBinding(ev.Deal)
	if err != nil {
		return nil, err
	}
	d.Params = ev.Params
	for i, h := range ev.OrderHashes {
		d.OrderHashes[i] = h
	}
	if ev.Raw != nil {
		d.Block = ev.Raw.BlockNumber
		d.TxHash = ev.Raw.TxHash
	}
	return d, nil
}

// local builds the *Error the contract would give for a custom error name and arguments,
// with the same sentence, found before sending anything.
func (c *Client) local(info txInfo, name string, args map[string]any) *Error {
	e := c.translate(&chain.RevertError{Name: name, Args: args}, info)
	e.Revert = nil
	return e
}

// CheckMatch checks the orders as matchOrders will, with payer paying, and returns the
// volume of the deal they would make. A refusal is an *Error with the contract's code and
// a sentence saying what to change.
func (c *Client) CheckMatch(ctx context.Context, in MatchInput, payer common.Address) (*big.Int, error) {
	a, w, r := in.App.Order, in.Workerpool.Order, in.Request.Order
	d, dsig := in.datasetOrder()
	hasDataset := d.Dataset != (common.Address{})
	datasetPrice, datasetTag := new(big.Int), protocol.Tag{}
	if hasDataset {
		datasetPrice, datasetTag = orZero(d.DatasetPrice), d.Tag
	}
	for _, o := range []protocol.Order{a, d, w, r} {
		if err := o.Validate(); err != nil {
			return nil, err
		}
	}
	info := txInfo{to: c.hub, roles: map[common.Address]string{r.Requester: "the requester"}}
	fail := func(name string, args map[string]any) (*big.Int, error) { return nil, c.local(info, name, args) }
	kind := func(k OrderKind) uint8 { return uint8(k) }

	// Category and trust.
	if orZero(r.Category).Cmp(orZero(w.Category)) != 0 {
		return fail("PocoCategoryMismatch", map[string]any{"requestCategory": orZero(r.Category), "workerpoolCategory": orZero(w.Category)})
	}
	count, err := c.CategoryCount(ctx)
	if err != nil {
		return nil, err
	}
	if orZero(r.Category).Cmp(u64(count)) >= 0 {
		return fail("PocoUnknownCategory", map[string]any{"category": orZero(r.Category), "count": u64(count)})
	}
	if atLeastOne(r.Trust).Cmp(atLeastOne(w.Trust)) > 0 { // a trust of 0 counts as 1
		return fail("PocoTrustTooHigh", map[string]any{"requestTrust": orZero(r.Trust), "workerpoolTrust": orZero(w.Trust)})
	}
	if r.Trust != nil && r.Trust.Cmp(big.NewInt(maxTrust)) > 0 {
		return fail("PocoTrustOutOfRange", map[string]any{"trust": r.Trust, "max": big.NewInt(maxTrust)})
	}
	// Prices.
	for _, p := range []struct {
		k          OrderKind
		max, price *big.Int
	}{{KindApp, r.AppMaxPrice, a.AppPrice}, {KindDataset, r.DatasetMaxPrice, datasetPrice}, {KindWorkerpool, r.WorkerpoolMaxPrice, w.WorkerpoolPrice}} {
		if orZero(p.max).Cmp(orZero(p.price)) < 0 {
			return fail("PocoPriceTooHigh", map[string]any{"kind": kind(p.k), "maxPrice": orZero(p.max), "price": orZero(p.price)})
		}
	}
	// Tags.
	required := a.Tag.Or(datasetTag).Or(r.Tag)
	if !w.Tag.Covers(required) {
		return fail("PocoTagNotOffered", map[string]any{"required": [32]byte(required), "offered": [32]byte(w.Tag)})
	}
	if datasetTag.Or(r.Tag).HasTEE() && !a.Tag.HasTEE() {
		return fail("PocoTeeRequiresTeeApp", map[string]any{"required": [32]byte(datasetTag.Or(r.Tag)), "appTag": [32]byte(a.Tag)})
	}
	// The request names these assets.
	if r.App != a.App {
		return fail("PocoRequestMismatch", map[string]any{"kind": kind(KindApp), "requested": r.App, "offered": a.App})
	}
	if r.Dataset != d.Dataset {
		return fail("PocoRequestMismatch", map[string]any{"kind": kind(KindDataset), "requested": r.Dataset, "offered": d.Dataset})
	}
	// Restrictions.
	type restriction struct {
		order, party    OrderKind
		allowed, actual common.Address
	}
	rs := []restriction{
		{KindApp, KindDataset, a.DatasetRestrict, d.Dataset},
		{KindApp, KindWorkerpool, a.WorkerpoolRestrict, w.Workerpool},
		{KindApp, KindRequest, a.RequesterRestrict, r.Requester},
	}
	if hasDataset {
		rs = append(rs,
			restriction{KindDataset, KindApp, d.AppRestrict, a.App},
			restriction{KindDataset, KindWorkerpool, d.WorkerpoolRestrict, w.Workerpool},
			restriction{KindDataset, KindRequest, d.RequesterRestrict, r.Requester})
	}
	rs = append(rs,
		restriction{KindWorkerpool, KindApp, w.AppRestrict, a.App},
		restriction{KindWorkerpool, KindDataset, w.DatasetRestrict, d.Dataset},
		restriction{KindWorkerpool, KindRequest, w.RequesterRestrict, r.Requester},
		restriction{KindRequest, KindWorkerpool, r.Workerpool, w.Workerpool})
	for _, x := range rs {
		if x.allowed != (common.Address{}) && x.allowed != x.actual {
			return fail("PocoRestricted", map[string]any{"order": kind(x.order), "party": kind(x.party), "allowed": x.allowed, "actual": x.actual})
		}
	}
	// Assets.
	appOwner, err := c.assetOwner(ctx, c.apps, a.App)
	if err != nil {
		return nil, err
	}
	if appOwner == (common.Address{}) {
		return fail("PocoAssetNotRegistered", map[string]any{"kind": kind(KindApp), "asset": a.App})
	}
	var datasetOwner common.Address
	if hasDataset {
		if datasetOwner, err = c.assetOwner(ctx, c.dsets, d.Dataset); err != nil {
			return nil, err
		}
		if datasetOwner == (common.Address{}) {
			return fail("PocoAssetNotRegistered", map[string]any{"kind": kind(KindDataset), "asset": d.Dataset})
		}
	}
	poolOwner, err := c.assetOwner(ctx, c.pools, w.Workerpool)
	if err != nil {
		return nil, err
	}
	if poolOwner == (common.Address{}) {
		return fail("PocoAssetNotRegistered", map[string]any{"kind": kind(KindWorkerpool), "asset": w.Workerpool})
	}
	if _, ok := info.roles[poolOwner]; !ok {
		info.roles[poolOwner] = "the workerpool owner"
	}
	// Signatures.
	if err := c.checkSignature(ctx, in.App, appOwner); err != nil {
		return nil, err
	}
	if err := c.checkSignature(ctx, in.Workerpool, poolOwner); err != nil {
		return nil, err
	}
	if err := c.checkSignature(ctx, in.Request, r.Requester); err != nil {
		return nil, err
	}
	if hasDataset {
		if err := c.checkSignature(ctx, SignedDatasetOrder{Order: d, Sig: dsig}, datasetOwner); err != nil {
			return nil, err
		}
	}
	// Volumes.
	type vol struct {
		k      OrderKind
		o      protocol.Order
		volume *big.Int
	}
	vs := []vol{{KindApp, a, a.Volume}, {KindWorkerpool, w, w.Volume}, {KindRequest, r, r.Volume}}
	if hasDataset {
		vs = append(vs, vol{KindDataset, d, d.Volume})
	}
	var volume *big.Int
	for _, v := range vs {
		h := v.o.Hash(c.domain)
		used, err := c.Consumed(ctx, h)
		if err != nil {
			return nil, err
		}
		left := new(big.Int).Sub(orZero(v.volume), used)
		if left.Sign() <= 0 {
			return fail("PocoOrderConsumed", map[string]any{"kind": kind(v.k), "orderHash": [32]byte(h), "volume": orZero(v.volume)})
		}
		if volume == nil || left.Cmp(volume) < 0 {
			volume = left
		}
	}
	// Balances: the payer locks the price of every task, the pool owner 30 % of the pool price.
	cost := new(big.Int).Add(orZero(a.AppPrice), datasetPrice)
	cost.Add(cost, orZero(w.WorkerpoolPrice)).Mul(cost, volume)
	stake := new(big.Int).Mul(orZero(w.WorkerpoolPrice), big.NewInt(PoolStakePercent))
	stake.Div(stake, big.NewInt(100)).Mul(stake, volume)
	payerBal, err := c.Account(ctx, payer)
	if err != nil {
		return nil, err
	}
	if payerBal.Free.Cmp(cost) < 0 {
		return fail("PocoInsufficientFreeBalance", map[string]any{"account": payer, "free": payerBal.Free, "needed": cost})
	}
	poolFree := payerBal.Free
	if poolOwner == payer {
		poolFree = new(big.Int).Sub(payerBal.Free, cost)
	} else if poolBal, err := c.Account(ctx, poolOwner); err != nil {
		return nil, err
	} else {
		poolFree = poolBal.Free
	}
	if poolFree.Cmp(stake) < 0 {
		return fail("PocoInsufficientFreeBalance", map[string]any{"account": poolOwner, "free": poolFree, "needed": stake})
	}
	return volume, nil
}

func atLeastOne(x *big.Int) *big.Int {
	if x == nil || x.Sign() == 0 {
		return big.NewInt(1)
	}
	return x
}

// maxTrust is the highest trust a request may ask for.
const maxTrust = 1<<32 - 1

// ───────────────────────────── deal lookups ─────────────────────────────

var (
	pocoABI          = mustABI(&bindings.PocoMetaData)
	ordersMatchedSig = pocoABI.Events["OrdersMatched"].ID
	dealArgs         = abi.Arguments{{Type: pocoABI.Events["OrdersMatched"].Inputs[4].Type}}
)

func mustABI(m *bind.MetaData) *abi.ABI {
	a, err := m.ParseABI()
	if err != nil {
		panic(err)
	}
	return a
}

// DealHash is the hash the hub keeps for a deal: keccak256(abi.encode(deal)) with its low
// 64 bits cleared (the hub stores the top 192 bits, and its tasks' started bits beside them).
func DealHash(d bindings.Deal) (common.Hash, error) {
	enc, err := dealArgs.Pack(d)
	if err != nil {
		return common.Hash{}, fmt.Errorf("encoding the deal: %w", err)
	}
	h := crypto.Keccak256Hash(enc)
	clear(h[24:])
	return h, nil
}

// StoredDealHash is the hash the hub keeps for dealid (see DealHash), zero when there is no
// such deal.
func (c *Client) StoredDealHash(ctx context.Context, dealid [32]byte) (common.Hash, error) {
	h, err := callAs(ctx, c, c.hub, c.poco.PackDealHash(dealid), c.poco.UnpackDealHash)
	return h, err
}

// Deal finds the deal dealid: its OrdersMatched event, checked against the hash the hub
// stores. It searches from the client's start block (WithStartBlock); use DealAt when the
// block is known.
func (c *Client) Deal(ctx context.Context, dealid [32]byte) (*Deal, error) {
	return c.dealIn(ctx, dealid, c.o.startBlock, nil)
}

// DealAt finds the deal dealid made in block `block`.
func (c *Client) DealAt(ctx context.Context, dealid [32]byte, block uint64) (*Deal, error) {
	return c.dealIn(ctx, dealid, block, &block)
}

func (c *Client) dealIn(ctx context.Context, dealid [32]byte, from uint64, to *uint64) (*Deal, error) {
	stored, err := c.StoredDealHash(ctx, dealid)
	if err != nil {
		return nil, err
	}
	if stored == (common.Hash{}) {
		return nil, newError("PocoUnknownDeal", "no deal %s on this hub", common.Hash(dealid).Hex())
	}
	logs, err := c.filterLogs(ctx, from, to, [][]common.Hash{{ordersMatchedSig}, {dealid}})
	if err != nil {
		return nil, err
	}
	for i := range logs {
		ev, err := c.poco.UnpackOrdersMatchedEvent(&logs[i])
		if err != nil {
			continue
		}
		if h, err := DealHash(ev.Deal); err != nil || h != stored {
			continue
		}
		return dealFromEvent(ev)
	}
	where := fmt.Sprintf("from block %d", from)
	if to != nil {
		where = fmt.Sprintf("in block %d", *to)
	}
	return nil, fmt.Errorf("deal %s exists but its OrdersMatched event was not found %s: is the block (or the client's start block) right?", common.Hash(dealid).Hex(), where)
}

// DealsOfRequester lists the deals whose requester is requester, oldest first.
func (c *Client) DealsOfRequester(ctx context.Context, requester common.Address) ([]*Deal, error) {
	return c.dealsBy(ctx, [][]common.Hash{{ordersMatchedSig}, nil, nil, {common.BytesToHash(requester[:])}})
}

// DealsOfWorkerpool lists the deals of workerpool, oldest first.
func (c *Client) DealsOfWorkerpool(ctx context.Context, workerpool common.Address) ([]*Deal, error) {
	return c.dealsBy(ctx, [][]common.Hash{{ordersMatchedSig}, nil, {common.BytesToHash(workerpool[:])}})
}

func (c *Client) dealsBy(ctx context.Context, topics [][]common.Hash) ([]*Deal, error) {
	logs, err := c.filterLogs(ctx, c.o.startBlock, nil, topics)
	if err != nil {
		return nil, err
	}
	var out []*Deal
	for i := range logs {
		ev, err := c.poco.UnpackOrdersMatchedEvent(&logs[i])
		if err != nil {
			continue
		}
		d, err := dealFromEvent(ev)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// DealOfTask finds the deal whose bag of tasks holds taskid, and the task's index in it,
// by scanning the deals made on the hub (its OrdersMatched events from the client's start
// block, WithStartBlock) for one with a task of that id. It is how to find the deal of a
// task nobody contributed to yet, which has no event of its own; for a started task,
// Task is cheaper and gives the same deal id and index. The scan reads every deal's
// event and hashes each of its task ids, so it costs more on a hub with many deals.
//
// When no deal holds taskid, the error is an *Error with code CodeUnknownTask (so
// errors.Is(err, ErrNotFound)).
func (c *Client) DealOfTask(ctx context.Context, taskid [32]byte) (*Deal, uint64, error) {
	id := common.Hash(taskid)
	logs, err := c.filterLogs(ctx, c.o.startBlock, nil, [][]common.Hash{{ordersMatchedSig}})
	if err != nil {
		return nil, 0, fmt.Errorf("reading the hub's deals to find task %s: %w", id.Hex(), err)
	}
	for i := range logs {
		ev, err := c.poco.UnpackOrdersMatchedEvent(&logs[i])
		if err != nil {
			continue
		}
		first, size := ev.Deal.BotFirst, ev.Deal.BotSize
		if first == nil || size == nil || !first.IsUint64() || !size.IsUint64() {
			continue
		}
		for n := uint64(0); n < size.Uint64(); n++ {
			idx := first.Uint64() + n
			if protocol.TaskID(ev.Deal.Id, idx) != id {
				continue
			}
			d, err := dealFromEvent(ev)
			if err != nil {
				return nil, 0, err
			}
			return d, idx, nil
		}
	}
	return nil, 0, newError(CodeUnknownTask, "no task %s on this hub: no deal has a task with this id", id.Hex())
}

// filterLogs queries the hub's logs from `from` to `to` (nil: the latest block), in
// ranges of WithLogRange blocks when set.
func (c *Client) filterLogs(ctx context.Context, from uint64, to *uint64, topics [][]common.Hash) ([]types.Log, error) {
	var last uint64
	if to != nil {
		last = *to
	} else {
		n, err := c.BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		last = n
	}
	if from > last {
		return nil, nil
	}
	step := c.o.logRange
	if step == 0 {
		step = last - from + 1
	}
	var out []types.Log
	for start := from; start <= last; {
		end := min(last, start+step-1)
		logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: u64(start), ToBlock: u64(end), Addresses: []common.Address{c.hub}, Topics: topics,
		})
		if err != nil {
			return nil, c.netErr(fmt.Sprintf("reading the hub's logs of blocks %d to %d", start, end), err)
		}
		out = append(out, logs...)
		if end == last {
			break
		}
		start = end + 1
	}
	return out, nil
}
