package cli

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/sdk"
)

// runBookLimit is how many orders of each kind `poco run` reads from the book, cheapest
// first: the first usable one wins.
const runBookLimit = 50

// runBookSource names an order of the book, for messages and --json's "file": its URL.
func runBookSource(mc *market.Client, h common.Hash) string {
	return mc.URL() + market.PathOrders + "/" + h.Hex()
}

// runBookFilter is the filter of the orders of the book that want may use: for its
// parties (restrictions included), with want.Volume left; pools of its category, tag and
// trust, at most maxPrice (nil: any).
func runBookFilter(kind sdk.OrderKind, want requester.Want, maxPrice *big.Int) market.Filter {
	f := market.Filter{App: want.App, Dataset: want.Dataset, Workerpool: want.Workerpool, Requester: want.Requester,
		MinVolume: want.Volume, Limit: runBookLimit}
	if kind == sdk.KindWorkerpool {
		f.Category, f.MinTag, f.MinTrust, f.MaxPrice = want.Category, want.Tag, max(want.Trust, 1), maxPrice
	}
	return f
}

// runBookCandidates reads the candidates of kind from the market's book.
func runBookCandidates(ctx context.Context, mc *market.Client, kind sdk.OrderKind, want requester.Want, maxPrice *big.Int) ([]requester.Candidate, error) {
	page, err := mc.Query(ctx, kind, runBookFilter(kind, want, maxPrice))
	if err != nil {
		return nil, err
	}
	var out []requester.Candidate
	for _, o := range page.Orders {
		so, err := o.SignedOrder()
		if err != nil {
			continue // not an order this client reads: skip it
		}
		out = append(out, requester.Candidate{Order: so, Source: runBookSource(mc, o.Hash)})
	}
	return out, nil
}

// runBookWhyNone says why the book holds no order of kind that want may use, relaxing the
// filter one condition at a time: the first condition that empties the book is the reason.
func runBookWhyNone(ctx context.Context, mc *market.Client, kind sdk.OrderKind, want requester.Want, maxPrice *big.Int) string {
	full := runBookFilter(kind, want, maxPrice)
	f := market.Filter{Limit: 1}
	what := kind.String()
	switch kind {
	case sdk.KindApp:
		f.App, what = want.App, "app order for app "+want.App.Hex()
	case sdk.KindDataset:
		f.Dataset, what = want.Dataset, "dataset order for dataset "+want.Dataset.Hex()
	case sdk.KindWorkerpool:
		f.Workerpool = want.Workerpool
		if want.Workerpool != (common.Address{}) {
			what = "workerpool order of workerpool " + want.Workerpool.Hex()
		}
	}
	steps := []struct {
		apply func(*market.Filter)
		why   func(cheapest *market.Order) string
	}{
		{func(*market.Filter) {}, func(*market.Order) string { return "the market has no open " + what }},
		{func(g *market.Filter) {
			g.App, g.Dataset, g.Workerpool, g.Requester = full.App, full.Dataset, full.Workerpool, full.Requester
		},
			func(*market.Order) string {
				return "every open " + what + " is restricted to another app, dataset, workerpool or requester"
			}},
		{func(g *market.Filter) { g.Category = full.Category }, func(*market.Order) string {
			return fmt.Sprintf("no pool offers category %d", *full.Category)
		}},
		{func(g *market.Filter) { g.MinTag = full.MinTag }, func(*market.Order) string {
			s := "no pool offers tag " + tagNamesText(full.MinTag)
			if full.Category != nil {
				s += fmt.Sprintf(" in category %d", *full.Category)
			}
			return s
		}},
		{func(g *market.Filter) { g.MinTrust = full.MinTrust }, func(*market.Order) string {
			return fmt.Sprintf("no pool offer accepts trust %d", full.MinTrust)
		}},
		{func(g *market.Filter) { g.MinVolume = full.MinVolume }, func(*market.Order) string {
			return fmt.Sprintf("no %s has %d task(s) left (ask for fewer with --volume)", what, full.MinVolume)
		}},
		{func(g *market.Filter) { g.MaxPrice = full.MaxPrice }, func(cheapest *market.Order) string {
			s := fmt.Sprintf("every %s that suits costs more than --max-price %s per task", what, sdk.FormatRLC(full.MaxPrice))
			if cheapest != nil {
				s += fmt.Sprintf(" (the cheapest: %s)", sdk.FormatRLC(cheapest.Price))
			}
			return s
		}},
	}
	var prev *market.Order
	for _, st := range steps {
		st.apply(&f)
		page, err := mc.Query(ctx, kind, f)
		if err != nil {
			return "the market could not be read: " + err.Error()
		}
		if len(page.Orders) == 0 {
			return st.why(prev)
		}
		prev = page.Orders[0]
	}
	return "none of them is usable"
}

// runChooseFromBook chooses the orders of want among the market's book (for the kinds
// not given as files: given holds those).
func runChooseFromBook(ctx context.Context, c *sdk.Client, mc *market.Client, want requester.Want, maxPrice *big.Int,
	given map[sdk.OrderKind][]requester.Candidate) (*requester.Orders, error) {
	kinds := []sdk.OrderKind{sdk.KindWorkerpool, sdk.KindApp}
	if want.Dataset != (common.Address{}) {
		kinds = append(kinds, sdk.KindDataset)
	}
	cands := map[sdk.OrderKind][]requester.Candidate{}
	for _, k := range kinds {
		if g, ok := given[k]; ok {
			cands[k] = g
			continue
		}
		cs, err := runBookCandidates(ctx, mc, k, want, maxPrice)
		if err != nil {
			return nil, err
		}
		if len(cs) == 0 {
			return nil, fmt.Errorf("nothing to buy in the market at %s: %s", mc.URL(), runBookWhyNone(ctx, mc, k, want, maxPrice))
		}
		cands[k] = cs
	}
	orders, err := requester.Choose(ctx, c, want, cands[sdk.KindApp], cands[sdk.KindDataset], cands[sdk.KindWorkerpool])
	var none *requester.NoOrderError
	if errors.As(err, &none) {
		reasons := make([]string, len(none.Refused))
		for i, r := range none.Refused {
			reasons[i] = strings.TrimPrefix(r.Source, mc.URL()+market.PathOrders+"/") + ": " + r.Reason
		}
		what := none.Kind.String()
		if none.Asset != (common.Address{}) {
			what += " for " + none.Kind.Asset() + " " + none.Asset.Hex()
		}
		return nil, fmt.Errorf("nothing to buy in the market at %s: no usable %s (%s)", mc.URL(), what, strings.Join(reasons, "; "))
	}
	return orders, err
}
