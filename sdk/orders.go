package sdk

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/protocol"
)

// OrderKind is the kind of an order, as the contracts number them.
type OrderKind uint8

// Order kinds.
const (
	KindApp OrderKind = iota
	KindDataset
	KindWorkerpool
	KindRequest
)

// String is "app order", "dataset order", "workerpool order" or "request order".
func (k OrderKind) String() string {
	switch k {
	case KindApp, KindDataset, KindWorkerpool:
		return k.Asset() + " order"
	case KindRequest:
		return "request order"
	}
	return fmt.Sprintf("order of kind %d", uint8(k))
}

// Asset is the asset the order sells: "app", "dataset", "workerpool" ("request" for a
// request order).
func (k OrderKind) Asset() string {
	switch k {
	case KindApp:
		return "app"
	case KindDataset:
		return "dataset"
	case KindWorkerpool:
		return "workerpool"
	case KindRequest:
		return "request"
	}
	return fmt.Sprintf("kind %d", uint8(k))
}

// MarshalText writes the kind's asset name: "app", "dataset", "workerpool" or "request".
func (k OrderKind) MarshalText() ([]byte, error) { return []byte(k.Asset()), nil }

// UnmarshalText reads "app", "dataset", "workerpool" or "request" (or a number).
func (k *OrderKind) UnmarshalText(b []byte) error {
	for _, v := range []OrderKind{KindApp, KindDataset, KindWorkerpool, KindRequest} {
		if string(b) == v.Asset() || string(b) == fmt.Sprint(uint8(v)) {
			*k = v
			return nil
		}
	}
	return fmt.Errorf("unknown order kind %q: want app, dataset, workerpool or request", b)
}

// Party names the party of a restriction: "app", "dataset", "workerpool" or "requester".
func (k OrderKind) Party() string {
	if k == KindRequest {
		return "requester"
	}
	return k.Asset()
}

// ───────────────────────────── builders ─────────────────────────────

// NewSalt returns 32 random bytes, so that two otherwise equal orders differ.
func NewSalt() common.Hash {
	var s common.Hash
	if _, err := rand.Read(s[:]); err != nil {
		panic("sdk: crypto/rand failed: " + err.Error())
	}
	return s
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// NewAppOrder offers volume runs of app at price (units) per task, to anyone, with a
// random salt.
func NewAppOrder(app common.Address, price *big.Int, volume uint64) protocol.AppOrder {
	return protocol.AppOrder{App: app, AppPrice: orZero(price), Volume: u64(volume), Salt: NewSalt()}
}

// NewDatasetOrder offers volume uses of dataset at price per task, to anyone.
func NewDatasetOrder(dataset common.Address, price *big.Int, volume uint64) protocol.DatasetOrder {
	return protocol.DatasetOrder{Dataset: dataset, DatasetPrice: orZero(price), Volume: u64(volume), Salt: NewSalt()}
}

// NewWorkerpoolOrder offers volume tasks of category at up to trust in pool, at price per
// task, to anyone.
func NewWorkerpoolOrder(pool common.Address, price *big.Int, volume, category, trust uint64) protocol.WorkerpoolOrder {
	return protocol.WorkerpoolOrder{Workerpool: pool, WorkerpoolPrice: orZero(price), Volume: u64(volume),
		Category: u64(category), Trust: u64(trust), Salt: NewSalt()}
}

// NewRequestOrder asks for volume tasks of app (on dataset, zero for none) of category,
// in workerpool (zero: any pool), at trust 1, with the results for the requester. Its
// maximum prices are zero: set them (or use RequestFor).
func NewRequestOrder(requester, app, dataset, workerpool common.Address, category, volume uint64) protocol.RequestOrder {
	return protocol.RequestOrder{
		App: app, AppMaxPrice: new(big.Int), Dataset: dataset, DatasetMaxPrice: new(big.Int),
		Workerpool: workerpool, WorkerpoolMaxPrice: new(big.Int), Requester: requester,
		Volume: u64(volume), Category: u64(category), Trust: big.NewInt(1), Beneficiary: requester,
		Salt: NewSalt(),
	}
}

// RequestFor builds the request that matches the given orders: their assets and prices as
// maximums, the pool's category, restricted to that pool, trust 1, volume tasks, results
// for the requester. dataset may be nil. Change Trust, Params, Tag, ... before signing.
func RequestFor(requester common.Address, app protocol.AppOrder, dataset *protocol.DatasetOrder, pool protocol.WorkerpoolOrder, volume uint64) protocol.RequestOrder {
	r := NewRequestOrder(requester, app.App, common.Address{}, pool.Workerpool, 0, volume)
	r.AppMaxPrice = new(big.Int).Set(orZero(app.AppPrice))
	if dataset != nil {
		r.Dataset = dataset.Dataset
		r.DatasetMaxPrice = new(big.Int).Set(orZero(dataset.DatasetPrice))
	}
	r.WorkerpoolMaxPrice = new(big.Int).Set(orZero(pool.WorkerpoolPrice))
	r.Category = new(big.Int).Set(orZero(pool.Category))
	return r
}

// ───────────────────────────── signed orders ─────────────────────────────

// SignedOrder is one of SignedAppOrder, SignedDatasetOrder, SignedWorkerpoolOrder and
// SignedRequestOrder.
type SignedOrder interface {
	Kind() OrderKind
	// Unsigned is the order itself.
	Unsigned() protocol.Order
	// Signature is the owner's signature, empty for a presigned order.
	Signature() []byte
}

// SignedAppOrder is an app order and its owner's signature (empty when presigned). Its
// JSON form is {"order":{...},"sign":"0x…"}, the order fields named as in the EIP-712 type.
type SignedAppOrder struct {
	Order protocol.AppOrder `json:"order"`
	Sig   hexutil.Bytes     `json:"sign"`
}

// SignedDatasetOrder is a dataset order and its owner's signature.
type SignedDatasetOrder struct {
	Order protocol.DatasetOrder `json:"order"`
	Sig   hexutil.Bytes         `json:"sign"`
}

// SignedWorkerpoolOrder is a workerpool order and its owner's signature.
type SignedWorkerpoolOrder struct {
	Order protocol.WorkerpoolOrder `json:"order"`
	Sig   hexutil.Bytes            `json:"sign"`
}

// SignedRequestOrder is a request order and its requester's signature.
type SignedRequestOrder struct {
	Order protocol.RequestOrder `json:"order"`
	Sig   hexutil.Bytes         `json:"sign"`
}

func (SignedAppOrder) Kind() OrderKind        { return KindApp }
func (SignedDatasetOrder) Kind() OrderKind    { return KindDataset }
func (SignedWorkerpoolOrder) Kind() OrderKind { return KindWorkerpool }
func (SignedRequestOrder) Kind() OrderKind    { return KindRequest }

func (s SignedAppOrder) Unsigned() protocol.Order        { return s.Order }
func (s SignedDatasetOrder) Unsigned() protocol.Order    { return s.Order }
func (s SignedWorkerpoolOrder) Unsigned() protocol.Order { return s.Order }
func (s SignedRequestOrder) Unsigned() protocol.Order    { return s.Order }

func (s SignedAppOrder) Signature() []byte        { return s.Sig }
func (s SignedDatasetOrder) Signature() []byte    { return s.Sig }
func (s SignedWorkerpoolOrder) Signature() []byte { return s.Sig }
func (s SignedRequestOrder) Signature() []byte    { return s.Sig }

// ParseSignedOrder reads an order file: a signed order in its JSON form
// ({"order":{...},"sign":"0x…"}) or a bare order (its fields only: no signature, for an
// order presigned on chain), and tells its kind from the order's fields. Numbers may be
// JSON numbers or strings (decimal, or hex after 0x), addresses are checked as
// protocol.ParseAddress does, and an unknown or missing field is refused; each error names
// the field and what it wants. The command line, the SDK and the market all read orders
// with it.
func ParseSignedOrder(data []byte) (SignedOrder, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil || top == nil {
		if err == nil {
			err = errors.New("null")
		}
		return nil, fmt.Errorf("not an order (want {\"order\":{...},\"sign\":\"0x…\"}, or the order's fields): %w", err)
	}
	orderRaw := json.RawMessage(data)
	var sig hexutil.Bytes
	if raw, ok := top["order"]; ok {
		keys := make([]string, 0, len(top))
		for k := range top {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if k != "order" && k != "sign" {
				return nil, fmt.Errorf(`unknown field %q next to "order": a signed order holds "order" and "sign" only`, k)
			}
		}
		orderRaw = raw
		if s, ok := top["sign"]; ok && string(s) != "null" {
			if err := json.Unmarshal(s, &sig); err != nil {
				return nil, fmt.Errorf(`field "sign": want the signature as 0x followed by hex digits, got %s`, s)
			}
		}
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(orderRaw, &fields); err != nil || fields == nil {
		return nil, errors.New(`"order" is not a JSON object: want the order's fields, as ` + "`poco order init`" + ` writes them`)
	}
	has := func(k string) bool { _, ok := fields[k]; return ok }
	var (
		so       SignedOrder
		required []string
		err      error
	)
	switch {
	case has("requester") || has("appmaxprice"):
		var o SignedRequestOrder
		o.Sig, err = sig, json.Unmarshal(orderRaw, &o.Order)
		so, required = o, []string{"app", "requester", "volume"}
	case has("workerpoolprice"):
		var o SignedWorkerpoolOrder
		o.Sig, err = sig, json.Unmarshal(orderRaw, &o.Order)
		so, required = o, []string{"workerpool", "volume"}
	case has("datasetprice"):
		var o SignedDatasetOrder
		o.Sig, err = sig, json.Unmarshal(orderRaw, &o.Order)
		so, required = o, []string{"dataset", "volume"}
	// appprice, or no price field (a typo? the unknown field is named below).
	case has("appprice") || has("app"):
		var o SignedAppOrder
		o.Sig, err = sig, json.Unmarshal(orderRaw, &o.Order)
		so, required = o, []string{"app", "volume"}
	case has("dataset"):
		var o SignedDatasetOrder
		o.Sig, err = sig, json.Unmarshal(orderRaw, &o.Order)
		so, required = o, []string{"dataset", "volume"}
	case has("workerpool"):
		var o SignedWorkerpoolOrder
		o.Sig, err = sig, json.Unmarshal(orderRaw, &o.Order)
		so, required = o, []string{"workerpool", "volume"}
	default:
		return nil, errors.New("not an order: it has none of the fields appprice, datasetprice, workerpoolprice, requester (write one with `poco order init`)")
	}
	if err != nil {
		return nil, err
	}
	for _, k := range required {
		if !has(k) {
			return nil, fmt.Errorf("the %s has no %q field", so.Kind(), k)
		}
	}
	if err := so.Unsigned().Validate(); err != nil {
		return nil, err
	}
	return so, nil
}

// ───────────────────────────── hashing and signing ─────────────────────────────

// HashOrder is the order's EIP-712 hash on this hub (its id on chain).
func (c *Client) HashOrder(o protocol.Order) common.Hash { return o.Hash(c.domain) }

// HashAppOrder is the app order's hash on this hub.
func (c *Client) HashAppOrder(o protocol.AppOrder) common.Hash { return o.Hash(c.domain) }

// HashDatasetOrder is the dataset order's hash on this hub.
func (c *Client) HashDatasetOrder(o protocol.DatasetOrder) common.Hash { return o.Hash(c.domain) }

// HashWorkerpoolOrder is the workerpool order's hash on this hub.
func (c *Client) HashWorkerpoolOrder(o protocol.WorkerpoolOrder) common.Hash {
	return o.Hash(c.domain)
}

// HashRequestOrder is the request order's hash on this hub.
func (c *Client) HashRequestOrder(o protocol.RequestOrder) common.Hash { return o.Hash(c.domain) }

func (c *Client) signOrder(o protocol.Order) ([]byte, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return c.o.signer.SignDigest(o.Hash(c.domain))
}

// SignAppOrder signs an app order with the client's key (which must own the app).
func (c *Client) SignAppOrder(o protocol.AppOrder) (SignedAppOrder, error) {
	sig, err := c.signOrder(o)
	return SignedAppOrder{Order: o, Sig: sig}, err
}

// SignDatasetOrder signs a dataset order with the client's key.
func (c *Client) SignDatasetOrder(o protocol.DatasetOrder) (SignedDatasetOrder, error) {
	sig, err := c.signOrder(o)
	return SignedDatasetOrder{Order: o, Sig: sig}, err
}

// SignWorkerpoolOrder signs a workerpool order with the client's key.
func (c *Client) SignWorkerpoolOrder(o protocol.WorkerpoolOrder) (SignedWorkerpoolOrder, error) {
	sig, err := c.signOrder(o)
	return SignedWorkerpoolOrder{Order: o, Sig: sig}, err
}

// SignRequestOrder signs a request order with the client's key (the requester's).
func (c *Client) SignRequestOrder(o protocol.RequestOrder) (SignedRequestOrder, error) {
	sig, err := c.signOrder(o)
	return SignedRequestOrder{Order: o, Sig: sig}, err
}

// ───────────────────────────── on-chain order state ─────────────────────────────

// Consumed is the volume of the order orderHash already used by deals (or its whole
// volume when cancelled).
func (c *Client) Consumed(ctx context.Context, orderHash [32]byte) (*big.Int, error) {
	return c.callBig(ctx, c.hub, c.poco.PackConsumed(orderHash))
}

// Presigner returns who presigned the order orderHash on chain (zero if nobody). A
// presign counts only while that address still owns the order.
func (c *Client) Presigner(ctx context.Context, orderHash [32]byte) (common.Address, error) {
	return callAs(ctx, c, c.hub, c.poco.PackPresigned(orderHash), c.poco.UnpackPresigned)
}

// OrderStatus is an order's state on chain.
type OrderStatus struct {
	Kind      OrderKind   `json:"kind"`
	Hash      common.Hash `json:"hash"`
	Volume    *big.Int    `json:"volume"`
	Consumed  *big.Int    `json:"consumed"`
	Remaining *big.Int    `json:"remaining"` // Volume − Consumed, at least 0
	// Presigner is who presigned the order on chain (zero if nobody).
	Presigner common.Address `json:"presigner,omitzero"`
}

func kindOf(o protocol.Order) (OrderKind, *big.Int) {
	switch v := o.(type) {
	case protocol.AppOrder:
		return KindApp, orZero(v.Volume)
	case protocol.DatasetOrder:
		return KindDataset, orZero(v.Volume)
	case protocol.WorkerpoolOrder:
		return KindWorkerpool, orZero(v.Volume)
	case protocol.RequestOrder:
		return KindRequest, orZero(v.Volume)
	case *protocol.AppOrder:
		return KindApp, orZero(v.Volume)
	case *protocol.DatasetOrder:
		return KindDataset, orZero(v.Volume)
	case *protocol.WorkerpoolOrder:
		return KindWorkerpool, orZero(v.Volume)
	case *protocol.RequestOrder:
		return KindRequest, orZero(v.Volume)
	}
	return 255, new(big.Int)
}

// OrderStatus returns how much of the order is used and what remains.
func (c *Client) OrderStatus(ctx context.Context, o protocol.Order) (*OrderStatus, error) {
	kind, volume := kindOf(o)
	h := o.Hash(c.domain)
	used, err := c.Consumed(ctx, h)
	if err != nil {
		return nil, err
	}
	pre, err := c.Presigner(ctx, h)
	if err != nil {
		return nil, err
	}
	rem := new(big.Int).Sub(volume, used)
	if rem.Sign() < 0 {
		rem.SetInt64(0)
	}
	return &OrderStatus{Kind: kind, Hash: h, Volume: volume, Consumed: used, Remaining: rem, Presigner: pre}, nil
}

// PresignAppOrder signs the app order on chain (for owners that cannot sign, such as
// contracts); the signer must own the app.
func (c *Client) PresignAppOrder(ctx context.Context, o protocol.AppOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackPresignAppOrder(chain.AppOrderArg(o)))
}

// PresignDatasetOrder signs the dataset order on chain.
func (c *Client) PresignDatasetOrder(ctx context.Context, o protocol.DatasetOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackPresignDatasetOrder(chain.DatasetOrderArg(o)))
}

// PresignWorkerpoolOrder signs the workerpool order on chain.
func (c *Client) PresignWorkerpoolOrder(ctx context.Context, o protocol.WorkerpoolOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackPresignWorkerpoolOrder(chain.WorkerpoolOrderArg(o)))
}

// PresignRequestOrder signs the request order on chain; the signer must be its requester.
func (c *Client) PresignRequestOrder(ctx context.Context, o protocol.RequestOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackPresignRequestOrder(chain.RequestOrderArg(o)))
}

// CancelAppOrder cancels the app order: its whole volume counts as consumed.
func (c *Client) CancelAppOrder(ctx context.Context, o protocol.AppOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackCancelAppOrder(chain.AppOrderArg(o)))
}

// CancelDatasetOrder cancels the dataset order.
func (c *Client) CancelDatasetOrder(ctx context.Context, o protocol.DatasetOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackCancelDatasetOrder(chain.DatasetOrderArg(o)))
}

// CancelWorkerpoolOrder cancels the workerpool order.
func (c *Client) CancelWorkerpoolOrder(ctx context.Context, o protocol.WorkerpoolOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackCancelWorkerpoolOrder(chain.WorkerpoolOrderArg(o)))
}

// CancelRequestOrder cancels the request order.
func (c *Client) CancelRequestOrder(ctx context.Context, o protocol.RequestOrder) (*types.Receipt, error) {
	return c.transact(ctx, c.hub, c.poco.PackCancelRequestOrder(chain.RequestOrderArg(o)))
}

// orderOwner is who must sign the order: the asset's owner, or the requester.
func (c *Client) orderOwner(ctx context.Context, so SignedOrder) (common.Address, error) {
	switch o := so.Unsigned().(type) {
	case protocol.AppOrder:
		return c.assetOwner(ctx, c.apps, o.App)
	case protocol.DatasetOrder:
		return c.assetOwner(ctx, c.dsets, o.Dataset)
	case protocol.WorkerpoolOrder:
		return c.assetOwner(ctx, c.pools, o.Workerpool)
	case protocol.RequestOrder:
		return o.Requester, nil
	}
	return common.Address{}, fmt.Errorf("unknown order type %T", so.Unsigned())
}

// CheckSignature verifies that the order is signed by its owner (the asset's owner, or
// the requester) or presigned on chain, as matchOrders will. A contract owner's
// (ERC-1271) signature is left to the contract.
func (c *Client) CheckSignature(ctx context.Context, so SignedOrder) error {
	owner, err := c.orderOwner(ctx, so)
	if err != nil {
		return err
	}
	return c.checkSignature(ctx, so, owner)
}

func (c *Client) checkSignature(ctx context.Context, so SignedOrder, owner common.Address) error {
	kind := so.Kind()
	h := common.Hash(so.Unsigned().Hash(c.domain))
	if owner == (common.Address{}) {
		return newError("PocoInvalidSignature", "the %s %s has no owner to sign it: its %s is not registered", kind, h.Hex(), kind.Asset())
	}
	if sig := so.Signature(); len(sig) > 0 {
		signer, err := protocol.RecoverSigner(h, sig)
		if err == nil && signer == owner {
			return nil
		}
		code, err2 := c.backend.CodeAt(ctx, owner, nil)
		if err2 != nil {
			return c.netErr("reading the order owner's code", err2)
		}
		if len(code) > 0 {
			return nil // ERC-1271: the contract decides
		}
		pre, err2 := c.Presigner(ctx, h)
		if err2 != nil {
			return err2
		}
		if pre == owner {
			return nil
		}
		if err != nil {
			return newError("PocoInvalidSignature", "the signature of the %s %s is malformed (%v): sign it again with the key of its owner %s", kind, h.Hex(), err, owner.Hex())
		}
		return newError("PocoInvalidSignature", "the %s %s is signed by %s, not by its owner %s: sign it with the owner's key (was the %s transferred, or the order signed for another hub or chain?)",
			kind, h.Hex(), signer.Hex(), owner.Hex(), kind.Asset())
	}
	pre, err := c.Presigner(ctx, h)
	if err != nil {
		return err
	}
	switch pre {
	case owner:
		return nil
	case common.Address{}:
		return newError("PocoInvalidSignature", "the %s %s has no signature and is not presigned: its owner %s must sign it or presign it on chain", kind, h.Hex(), owner.Hex())
	}
	return newError("PocoInvalidSignature", "the %s %s was presigned by %s, who no longer owns it: its owner %s must sign it or presign it again", kind, h.Hex(), pre.Hex(), owner.Hex())
}
