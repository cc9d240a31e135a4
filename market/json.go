package market

import (
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// The API writes every number that may exceed 2^53 (prices, amounts, volumes, trust,
// categories, task indexes) as a decimal string, which JavaScript readers (ethers, viem)
// keep exactly where a JSON number would lose digits; it reads such numbers as JSON
// numbers or strings alike, so that older answers still read. Counters the market sets
// itself (block numbers, times, limits, chain ids) stay JSON numbers.

// orderAlias is Order without its JSON methods.
type orderAlias Order

// orderWire is the JSON form of an Order: its numbers as strings.
type orderWire struct {
	*orderAlias
	Price     protocol.Uint    `json:"price"`
	Category  *protocol.Uint64 `json:"category,omitempty"`
	Trust     protocol.Uint64  `json:"trust,omitempty"`
	Volume    protocol.Uint64  `json:"volume"`
	Remaining protocol.Uint64  `json:"remaining"`
}

// MarshalJSON writes the order with its numbers as decimal strings, the signed order
// included (as the order types write it, whatever form it was published in).
func (o Order) MarshalJSON() ([]byte, error) {
	w := orderWire{orderAlias: (*orderAlias)(&o), Price: protocol.Uint{Int: o.Price},
		Trust: protocol.Uint64(o.Trust), Volume: protocol.Uint64(o.Volume), Remaining: protocol.Uint64(o.Remaining)}
	if o.Category != nil {
		c := protocol.Uint64(*o.Category)
		w.Category = &c
	}
	if hasBareNumber(o.Signed) {
		// Published before the market wrote numbers as strings: write it again.
		if so, err := o.SignedOrder(); err == nil {
			if body, err := json.Marshal(so); err == nil {
				w.Signed = body
			}
		}
	}
	return json.Marshal(w)
}

// bareNumber finds a JSON number value (a colon, then a digit); in an order written with
// strings, every value is a string (a match inside a string only costs a rewrite).
var bareNumber = regexp.MustCompile(`:\s*[0-9]`)

func hasBareNumber(b []byte) bool { return bareNumber.Match(b) }

// UnmarshalJSON reads an order, its numbers as JSON numbers or strings.
func (o *Order) UnmarshalJSON(b []byte) error {
	var w orderWire
	w.orderAlias = (*orderAlias)(&Order{})
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*o = Order(*w.orderAlias)
	o.Price, o.Trust, o.Volume, o.Remaining = w.Price.Int, uint64(w.Trust), uint64(w.Volume), uint64(w.Remaining)
	o.Category = nil
	if w.Category != nil {
		c := uint64(*w.Category)
		o.Category = &c
	}
	return nil
}

// dealAlias is sdk.Deal with its JSON form.
type dealAlias sdk.Deal

// dealWire is the JSON form of a deal in the API: its amounts and the numbers that come
// from orders as strings.
type dealWire struct {
	*dealAlias
	AppPrice        protocol.Uint   `json:"appPrice"`
	DatasetPrice    protocol.Uint   `json:"datasetPrice"`
	WorkerpoolPrice protocol.Uint   `json:"workerpoolPrice"`
	WorkerStake     protocol.Uint   `json:"workerStake"`
	Trust           protocol.Uint64 `json:"trust"`
	Category        protocol.Uint64 `json:"category"`
	BotFirst        protocol.Uint64 `json:"botFirst"`
	BotSize         protocol.Uint64 `json:"botSize"`
}

func toDealWire(d *sdk.Deal) dealWire {
	return dealWire{dealAlias: (*dealAlias)(d), AppPrice: protocol.Uint{Int: d.AppPrice},
		DatasetPrice: protocol.Uint{Int: d.DatasetPrice}, WorkerpoolPrice: protocol.Uint{Int: d.WorkerpoolPrice},
		WorkerStake: protocol.Uint{Int: d.WorkerStake}, Trust: protocol.Uint64(d.Trust),
		Category: protocol.Uint64(d.Category), BotFirst: protocol.Uint64(d.BotFirst), BotSize: protocol.Uint64(d.BotSize)}
}

func fromDealWire(w dealWire) *sdk.Deal {
	d := sdk.Deal(*w.dealAlias)
	nz := func(x *big.Int) *big.Int {
		if x == nil {
			return new(big.Int)
		}
		return x
	}
	d.AppPrice, d.DatasetPrice, d.WorkerpoolPrice, d.WorkerStake = nz(w.AppPrice.Int), nz(w.DatasetPrice.Int), nz(w.WorkerpoolPrice.Int), nz(w.WorkerStake.Int)
	d.Trust, d.Category, d.BotFirst, d.BotSize = uint64(w.Trust), uint64(w.Category), uint64(w.BotFirst), uint64(w.BotSize)
	return &d
}

// dealPageWire is the JSON form of a DealPage.
type dealPageWire struct {
	Deals []dealWire `json:"deals"`
	Next  string     `json:"next,omitempty"`
}

// MarshalJSON writes the deals with their amounts as decimal strings.
func (p DealPage) MarshalJSON() ([]byte, error) {
	w := dealPageWire{Deals: make([]dealWire, 0, len(p.Deals)), Next: p.Next}
	for i, d := range p.Deals {
		if d == nil {
			return nil, fmt.Errorf("deal %d of the page is nil", i)
		}
		w.Deals = append(w.Deals, toDealWire(d))
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads a page of deals, their numbers as JSON numbers or strings.
func (p *DealPage) UnmarshalJSON(b []byte) error {
	var w struct {
		Deals []json.RawMessage `json:"deals"`
		Next  string            `json:"next"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	p.Deals, p.Next = make([]*sdk.Deal, 0, len(w.Deals)), w.Next
	for i, raw := range w.Deals {
		dw := dealWire{dealAlias: &dealAlias{}}
		if err := json.Unmarshal(raw, &dw); err != nil {
			return fmt.Errorf("deal %d of the page: %w", i, err)
		}
		p.Deals = append(p.Deals, fromDealWire(dw))
	}
	return nil
}
