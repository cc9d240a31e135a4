package explorer

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/sdk"
)

// BookLimit is the most orders of each side of a category's book the market page shows.
const BookLimit = 100

// marketTimeout bounds the order book queries of one market page.
const marketTimeout = 5 * time.Second

// Market is the market page's data.
type Market struct {
	Categories []Category `json:"categories"`
	// Source says where the offers come from: "order book" (the market service's live
	// book, with the deals' price history) or "deals" (no market configured, or it could
	// not be reached: offers seen in deals).
	Source string `json:"source"`
	// MarketURL is the market service read, when one is configured.
	MarketURL string `json:"marketUrl,omitempty"`
	// BookError says why the order book could not be read (Source is then "deals").
	BookError string `json:"bookError,omitempty"`
	// Series are the charts' (charts.go): tasks completed and failed, and per category
	// the price per task and the tasks offered over time.
	Series *MarketSeries `json:"series,omitempty"`
}

// Category is a category's market: figures, offers and price history from the deals
// (index.Category), and its live order book when the explorer reads a market.
type Category struct {
	index.Category
	Book *Book `json:"book,omitempty"`
}

// Book is one category's open orders in the market service.
type Book struct {
	// Offers are the open workerpool orders, cheapest first (at most BookLimit).
	Offers []BookOrder `json:"offers"`
	// Requests are the open request orders, best paying first (at most BookLimit).
	Requests []BookOrder `json:"requests"`
	// Cheapest is the cheapest open workerpool offer.
	Cheapest *BookOrder `json:"cheapest,omitempty"`
	// OfferVolume and RequestVolume are the tasks still for sale and still wanted in
	// the orders listed.
	OfferVolume   uint64 `json:"offerVolume"`
	RequestVolume uint64 `json:"requestVolume"`
	// More is true when a side has more orders than listed.
	More bool `json:"more,omitempty"`
}

// BookOrder is an open order of the book.
type BookOrder struct {
	Hash string `json:"hash"`
	// Asset is the workerpool of an offer, the app of a request; Signer its owner or
	// the requester.
	Asset     string `json:"asset"`
	AssetName string `json:"assetName,omitempty"`
	Signer    string `json:"signer"`
	// Price per task in token units: an offer's price, a request's workerpool maximum.
	Price     string    `json:"price"`
	Trust     uint64    `json:"trust"`
	Tag       string    `json:"tag"`
	Volume    uint64    `json:"volume"`
	Remaining uint64    `json:"remaining"`
	Published time.Time `json:"published"`
}

func (s *Server) market(r *http.Request) (any, error) {
	ctx := r.Context()
	cats, err := s.cfg.DB.Market(ctx)
	if err != nil {
		return nil, err
	}
	out := &Market{Categories: make([]Category, len(cats)), Source: "deals"}
	for i, c := range cats {
		out.Categories[i].Category = c
	}
	if s.cfg.Market == nil {
		return out, nil
	}
	out.MarketURL = s.cfg.Market.URL()
	names, err := s.assetNames(ctx)
	if err != nil {
		return nil, err
	}
	bctx, cancel := context.WithTimeout(ctx, marketTimeout)
	defer cancel()
	for i := range out.Categories {
		c := &out.Categories[i]
		b, err := s.book(bctx, c.ID, names)
		if err != nil {
			out.BookError = err.Error()
			for j := range out.Categories {
				out.Categories[j].Book = nil
			}
			return out, nil
		}
		c.Book = b
	}
	out.Source = "order book"
	return out, nil
}

// assetNames maps the indexed apps, datasets and workerpools to their names.
func (s *Server) assetNames(ctx context.Context) (map[string]string, error) {
	as, err := s.cfg.DB.Assets(ctx, "", 10000)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(as))
	for _, a := range as {
		names[a.Address] = a.Name
	}
	return names, nil
}

// book reads category's open offers and requests from the market.
func (s *Server) book(ctx context.Context, category uint64, names map[string]string) (*Book, error) {
	b := &Book{Offers: []BookOrder{}, Requests: []BookOrder{}}
	for _, side := range []struct {
		kind sdk.OrderKind
		dst  *[]BookOrder
		vol  *uint64
	}{{sdk.KindWorkerpool, &b.Offers, &b.OfferVolume}, {sdk.KindRequest, &b.Requests, &b.RequestVolume}} {
		cat := category
		page, err := s.cfg.Market.Query(ctx, side.kind, market.Filter{Category: &cat, Limit: BookLimit})
		if err != nil {
			return nil, err
		}
		if page.Next != "" {
			b.More = true
		}
		for _, o := range page.Orders {
			asset := strings.ToLower(o.Asset.Hex())
			price := "0"
			if o.Price != nil {
				price = new(big.Int).Set(o.Price).String()
			}
			*side.dst = append(*side.dst, BookOrder{
				Hash: o.Hash.Hex(), Asset: asset, AssetName: names[asset], Signer: strings.ToLower(o.Signer.Hex()),
				Price: price, Trust: max(o.Trust, 1), Tag: o.Tag.String(), Volume: o.Volume, Remaining: o.Remaining,
				Published: o.Published,
			})
			*side.vol += o.Remaining
		}
	}
	if len(b.Offers) > 0 {
		c := b.Offers[0]
		b.Cheapest = &c
	}
	return b, nil
}
