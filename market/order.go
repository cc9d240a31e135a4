package market

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// Status is where an order of the book stands.
type Status string

// Order statuses.
const (
	// StatusOpen: the order can be matched: it has volume left, its signer still owns
	// its asset and can pay for it.
	StatusOpen Status = "open"
	// StatusFilled: deals used its whole volume.
	StatusFilled Status = "filled"
	// StatusCancelled: its owner cancelled it on chain.
	StatusCancelled Status = "cancelled"
	// StatusDead: it cannot be matched now (Reason says why: its asset changed hands, its
	// signer's free balance no longer covers it). An order dead for lack of funds comes
	// back to life when its signer deposits again.
	StatusDead Status = "dead"
)

// Valid reports whether s is one of the four statuses.
func (s Status) Valid() bool {
	switch s {
	case StatusOpen, StatusFilled, StatusCancelled, StatusDead:
		return true
	}
	return false
}

// Reasons an order is dead.
const (
	ReasonFunds       = "funds"       // the signer's free balance does not cover it
	ReasonTransferred = "transferred" // the asset belongs to someone else now
)

// Order is an order of the book: the signed order as published, and what the market
// knows of it. Its JSON form is the API's.
type Order struct {
	Hash   common.Hash    `json:"hash"`
	Kind   sdk.OrderKind  `json:"kind"`
	Status Status         `json:"status"`
	Reason string         `json:"reason,omitempty"` // why it is dead, as a sentence
	Signer common.Address `json:"signer"`           // the asset's owner, or the requester
	// Asset is the app, dataset or workerpool sold; for a request order, its app.
	Asset common.Address `json:"asset"`
	// Price is the price per task (offers) or, for a request order, the workerpool
	// maximum price it accepts; in base units (1 RLC = 10^9).
	Price *big.Int `json:"price"`
	// Category and Trust are those of workerpool and request orders (trust 0 reads 1).
	Category  *uint64      `json:"category,omitempty"`
	Trust     uint64       `json:"trust,omitempty"`
	Tag       protocol.Tag `json:"tag"`
	Volume    uint64       `json:"volume"`
	Remaining uint64       `json:"remaining"`
	Published time.Time    `json:"published"`
	Updated   time.Time    `json:"updated"`
	// Signed is the signed order as published: {"order":{...},"sign":"0x…"}.
	Signed json.RawMessage `json:"signed"`

	seq    int64 // publication sequence, for paging
	parsed sdk.SignedOrder
}

// SignedOrder is the order itself, with its signature.
func (o *Order) SignedOrder() (sdk.SignedOrder, error) {
	if o.parsed != nil {
		return o.parsed, nil
	}
	so, err := sdk.ParseSignedOrder(o.Signed)
	if err != nil {
		return nil, err
	}
	o.parsed = so
	return so, nil
}

// maxVolume is the largest volume the book keeps (volumes are indexed as int64).
const maxVolume = math.MaxInt64

// columns are the indexed facts of an order: the four parties (the order's own asset or
// requester, or its restriction: zero means anyone), category, trust, tag and sort key.
type columns struct {
	app, dataset, workerpool, requester common.Address
	category                            int64 // -1 for app and dataset orders
	trust                               int64
	tagBits                             int64 // bits 0–62
	tagHigh                             bool  // a bit above 62 is set
	price, sortKey                      string
}

// priceDigits is the width of a zero-padded uint256 in decimal.
const priceDigits = 78

// padPrice writes x as 78 decimal digits, so that text order is numeric order.
func padPrice(x *big.Int) string {
	s := x.String()
	return strings.Repeat("0", priceDigits-len(s)) + s
}

// maxUint256 is 2^256 − 1.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// requestSortKey sorts request orders by price descending: 2^256 − 1 − price.
func requestSortKey(x *big.Int) string { return padPrice(new(big.Int).Sub(maxUint256, x)) }

func tagColumns(t protocol.Tag) (bits int64, high bool) {
	for i := 0; i < 24; i++ {
		if t[i] != 0 {
			high = true
		}
	}
	v := new(big.Int).SetBytes(t[24:]).Uint64()
	if v>>63 != 0 {
		high = true
	}
	return int64(v &^ (1 << 63)), high
}

func bigU(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// clampInt64 is x as an int64, MaxInt64 when larger.
func clampInt64(x *big.Int) int64 {
	x = bigU(x)
	if !x.IsInt64() {
		if x.Sign() < 0 {
			return 0
		}
		return math.MaxInt64
	}
	return x.Int64()
}

func trustOf(x *big.Int) int64 {
	t := clampInt64(x)
	if t == 0 {
		return 1
	}
	return t
}

// describe fills the order's summary fields from its signed order (not Signed) and
// returns its indexed columns.
func describe(so sdk.SignedOrder) (*Order, columns, error) {
	o := &Order{Kind: so.Kind(), parsed: so}
	var c columns
	c.category = -1
	var volume *big.Int
	switch v := so.Unsigned().(type) {
	case protocol.AppOrder:
		o.Asset, o.Price, o.Tag, volume = v.App, bigU(v.AppPrice), v.Tag, v.Volume
		c.app, c.dataset, c.workerpool, c.requester = v.App, v.DatasetRestrict, v.WorkerpoolRestrict, v.RequesterRestrict
	case protocol.DatasetOrder:
		o.Asset, o.Price, o.Tag, volume = v.Dataset, bigU(v.DatasetPrice), v.Tag, v.Volume
		c.app, c.dataset, c.workerpool, c.requester = v.AppRestrict, v.Dataset, v.WorkerpoolRestrict, v.RequesterRestrict
	case protocol.WorkerpoolOrder:
		o.Asset, o.Price, o.Tag, volume = v.Workerpool, bigU(v.WorkerpoolPrice), v.Tag, v.Volume
		c.app, c.dataset, c.workerpool, c.requester = v.AppRestrict, v.DatasetRestrict, v.Workerpool, v.RequesterRestrict
		c.category, c.trust = clampInt64(v.Category), trustOf(v.Trust)
	case protocol.RequestOrder:
		o.Asset, o.Price, o.Tag, volume = v.App, bigU(v.WorkerpoolMaxPrice), v.Tag, v.Volume
		o.Signer = v.Requester
		c.app, c.dataset, c.workerpool, c.requester = v.App, v.Dataset, v.Workerpool, v.Requester
		c.category, c.trust = clampInt64(v.Category), trustOf(v.Trust)
	default:
		return nil, c, fmt.Errorf("unknown order type %T", so.Unsigned())
	}
	volume = bigU(volume)
	if !volume.IsInt64() || volume.Sign() <= 0 {
		return nil, c, fmt.Errorf("the %s has a volume of %s tasks: this market takes volumes from 1 to %d", o.Kind, volume, int64(maxVolume))
	}
	o.Volume = volume.Uint64()
	if c.category >= 0 {
		cat := uint64(c.category)
		o.Category = &cat
		o.Trust = uint64(c.trust)
	}
	c.tagBits, c.tagHigh = tagColumns(o.Tag)
	c.price = padPrice(o.Price)
	c.sortKey = c.price
	if o.Kind == sdk.KindRequest {
		c.sortKey = requestSortKey(o.Price)
	}
	return o, c, nil
}

// Filter selects orders of one kind. Zero fields select everything.
//
// The party filters (App, Dataset, Workerpool, Requester) match an order's own asset (or
// a request's app, dataset and requester) exactly; on the other orders they match its
// restriction: zero (anyone) or the address given, or only the address given when Strict.
type Filter struct {
	App, Dataset, Workerpool, Requester common.Address
	Owner                               common.Address // the signer
	Category                            *uint64        // workerpool and request orders
	// MinTag keeps orders whose tag has every bit of MinTag; MaxTag (when set) those
	// whose tag has no bit outside it. Bits above 62 cannot be searched.
	MinTag    protocol.Tag
	MaxTag    *protocol.Tag
	MinTrust  uint64   // workerpool and request orders, trust 0 reading 1
	MaxTrust  uint64   // 0: no maximum
	MinVolume uint64   // remaining volume
	MaxPrice  *big.Int // price (offers) or workerpool maximum price (requests) at most
	MinPrice  *big.Int // at least
	Strict    bool
	Status    Status // default open
	Limit     int    // default DefaultLimit, at most MaxLimit
	After     string // the Next of the previous page
}

// Page limits.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
)

// Page is one page of a query, best orders first.
type Page struct {
	Orders []*Order `json:"orders"`
	// Next is the cursor of the next page (Filter.After), empty on the last one.
	Next string `json:"next,omitempty"`
}

// DealFilter selects deals; zero fields select everything. Deals come newest first.
type DealFilter struct {
	App, Dataset, Workerpool, Requester common.Address
	Limit                               int
	After                               string
}

// DealPage is one page of deals.
type DealPage struct {
	Deals []*sdk.Deal `json:"deals"`
	Next  string      `json:"next,omitempty"`
}

// newOrder is the book entry of a signed order on the hub of domain, open with its whole
// volume (the caller sets Remaining and Signer from the chain).
func newOrder(so sdk.SignedOrder, domain protocol.Domain) (*Order, error) {
	o, _, err := describe(so)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(so)
	if err != nil {
		return nil, err
	}
	o.Signed = body
	o.Hash = so.Unsigned().Hash(domain)
	o.Status = StatusOpen
	o.Remaining = o.Volume
	return o, nil
}
