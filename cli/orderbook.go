package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// addOrderBookCommands adds `order publish` and `order unpublish` to the order command.
func addOrderBookCommands(order *cobra.Command, g *globals) {
	order.AddCommand(newOrderPublishCommand(g), newOrderUnpublishCommand(g))
}

func marketFlag(cmd *cobra.Command, v *string) {
	cmd.Flags().StringVar(v, "market", "", "URL of the market (env "+EnvMarket+", else \"market\" in the configuration file, else "+DefaultMarketURL+")")
}

func newOrderPublishCommand(g *globals) *cobra.Command {
	var url string
	cmd := &cobra.Command{
		Use:   "publish FILE...",
		Short: "Publish signed orders to the market",
		Long: `Publishes signed orders (files as ` + "`poco order sign`" + ` writes them, "-" for standard input)
to the market (` + "`poco market`" + `), where requesters and pools find them. The market checks
each against the chain: the signature must be its owner's for this chain and hub, the
asset the signer's, volume must be left, and the signer must be able to pay (a pool
owner the stake of the remaining volume, a requester its maximum prices). Each refusal
says why.`,
		Example: "  poco order publish app.json pool.json",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			mc := market.NewClient(marketURL(s, url))
			var out []*market.Order
			for _, path := range args {
				so, err := readOrderFile(cmd, path)
				if err != nil {
					return err
				}
				o, err := mc.Publish(cmd.Context(), so)
				if err != nil {
					return fmt.Errorf("%s: %w", orderInputName(path), err)
				}
				out = append(out, o)
			}
			return s.output(cmd, out, func(w io.Writer) {
				for _, o := range out {
					fmt.Fprintf(w, "Published %s %s: %s, %d of %d tasks left, %s per task.\n",
						o.Kind, o.Hash.Hex(), o.Status, o.Remaining, o.Volume, sdk.FormatRLC(o.Price))
				}
			})
		},
	}
	marketFlag(cmd, &url)
	return cmd
}

func newOrderUnpublishCommand(g *globals) *cobra.Command {
	var (
		url  string
		all  bool
		kind string
	)
	cmd := &cobra.Command{
		Use:   "unpublish HASH... | --all --kind KIND",
		Short: "Take your orders out of the market",
		Long: `Takes orders you published out of the market: the orders given by hash, or with --all
every order of --kind (app, dataset, workerpool or request) published by the --from
account. The market asks the account to sign a one-time challenge, so your key is
unlocked. This does not cancel the orders on chain: whoever holds them can still match
them; ` + "`poco order cancel`" + ` does.`,
		Example: "  poco order unpublish 0x5f…\n  poco order unpublish --all --kind workerpool",
		RunE: func(cmd *cobra.Command, args []string) error {
			if all == (len(args) > 0) {
				return fmt.Errorf("give the hashes of the orders to unpublish, or --all with --kind")
			}
			var k sdk.OrderKind
			if all {
				if err := k.UnmarshalText([]byte(kind)); err != nil {
					return fmt.Errorf("--kind: %w", err)
				}
			}
			var hashes []common.Hash
			for _, a := range args {
				h, err := parseID32("order hash", a)
				if err != nil {
					return err
				}
				hashes = append(hashes, h)
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			key, err := s.unlock()
			if err != nil {
				return err
			}
			signer := sdk.KeySigner{Key: key}
			mc := market.NewClient(marketURL(s, url))
			removed := []common.Hash{}
			if all {
				if removed, err = mc.UnpublishAll(cmd.Context(), signer, k); err != nil {
					return err
				}
			}
			for _, h := range hashes {
				r, err := mc.Unpublish(cmd.Context(), signer, h)
				if err != nil {
					return err
				}
				removed = append(removed, r...)
			}
			return s.output(cmd, map[string]any{"removed": removed}, func(w io.Writer) {
				if len(removed) == 0 {
					fmt.Fprintln(w, "No order to unpublish.")
				}
				for _, h := range removed {
					fmt.Fprintf(w, "Unpublished %s.\n", h.Hex())
				}
			})
		},
	}
	marketFlag(cmd, &url)
	cmd.Flags().BoolVar(&all, "all", false, "unpublish all your orders of --kind")
	cmd.Flags().StringVar(&kind, "kind", "", "with --all: app, dataset, workerpool or request")
	return cmd
}

// ───────────────────────────── poco orderbook ─────────────────────────────

func newOrderbookCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "orderbook",
		Short: "Show the market's order book: app, dataset, workerpool or request orders",
		Long: `Shows the open orders of the market (` + "`poco market`" + `), best first: offers (app, dataset,
workerpool) by price ascending, requests by the workerpool price they accept descending,
then by publication time. Filters narrow the book; --next pages on.

The party filters (--app, --dataset, --workerpool, --requester) match an order's own
asset, or a request's app, dataset and requester, exactly; on the other orders they keep
those whose restriction allows the party (no restriction, or that address), or only
those restricted to it with --strict.`,
		Args: cobra.NoArgs,
	}
	for _, k := range []sdk.OrderKind{sdk.KindApp, sdk.KindDataset, sdk.KindWorkerpool, sdk.KindRequest} {
		cmd.AddCommand(newOrderbookKindCommand(g, k))
	}
	return cmd
}

func newOrderbookKindCommand(g *globals, kind sdk.OrderKind) *cobra.Command {
	var (
		url                                          string
		app, dataset, workerpool, requester, owner   string
		category, minTag, maxTag, maxPrice, minPrice string
		status, next                                 string
		minTrust, maxTrust, minVolume                uint64
		strict                                       bool
		limit                                        int
	)
	cmd := &cobra.Command{
		Use:     kind.Asset(),
		Short:   "Show the " + kind.String() + "s of the market",
		Example: map[sdk.OrderKind]string{sdk.KindApp: "  poco orderbook app --app 0xAPP", sdk.KindDataset: "  poco orderbook dataset --app 0xAPP", sdk.KindWorkerpool: "  poco orderbook workerpool --category XS --min-trust 3 --min-tag gpu", sdk.KindRequest: "  poco orderbook request --workerpool 0xPOOL"}[kind],
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			mc := market.NewClient(marketURL(s, url))
			f := market.Filter{MinTrust: minTrust, MaxTrust: maxTrust, MinVolume: minVolume, Strict: strict,
				Status: market.Status(status), Limit: limit, After: next}
			for _, p := range []struct {
				name, v string
				dst     *common.Address
			}{{"app", app, &f.App}, {"dataset", dataset, &f.Dataset}, {"workerpool", workerpool, &f.Workerpool},
				{"requester", requester, &f.Requester}, {"owner", owner, &f.Owner}} {
				if p.v != "" {
					if *p.dst, err = parseAddress("--"+p.name, p.v); err != nil {
						return err
					}
				}
			}
			if category != "" {
				id, err := strconv.ParseUint(category, 10, 64)
				if err != nil {
					cats, err := mc.Categories(cmd.Context())
					if err != nil {
						return err
					}
					found := false
					for _, c := range cats {
						if strings.EqualFold(c.Name, category) {
							id, found = c.ID, true
						}
					}
					if !found {
						return fmt.Errorf("--category %q: no such category on this hub (`poco category list` lists them)", category)
					}
				}
				f.Category = &id
			}
			if minTag != "" {
				if f.MinTag, err = protocol.ParseTag(minTag); err != nil {
					return fmt.Errorf("--min-tag: %w", err)
				}
			}
			if maxTag != "" {
				t, err := protocol.ParseTag(maxTag)
				if err != nil {
					return fmt.Errorf("--max-tag: %w", err)
				}
				f.MaxTag = &t
			}
			if maxPrice != "" {
				if f.MaxPrice, err = orderAmountFlag("max-price", maxPrice); err != nil {
					return err
				}
			}
			if minPrice != "" {
				if f.MinPrice, err = orderAmountFlag("min-price", minPrice); err != nil {
					return err
				}
			}
			page, err := mc.Query(cmd.Context(), kind, f)
			if err != nil {
				return err
			}
			return s.output(cmd, page, func(w io.Writer) { printOrderbook(w, kind, page) })
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&url, "market", "", "URL of the market (env "+EnvMarket+", else \"market\" in the configuration file, else "+DefaultMarketURL+")")
	fl.StringVar(&app, "app", "", "app address")
	fl.StringVar(&dataset, "dataset", "", "dataset address")
	fl.StringVar(&workerpool, "workerpool", "", "workerpool address")
	fl.StringVar(&requester, "requester", "", "requester address")
	fl.StringVar(&owner, "owner", "", "orders signed by this address")
	if kind == sdk.KindWorkerpool || kind == sdk.KindRequest {
		fl.StringVar(&category, "category", "", "category: an id or a name (XS, S, M, L, XL)")
		fl.Uint64Var(&minTrust, "min-trust", 0, "minimum trust")
		fl.Uint64Var(&maxTrust, "max-trust", 0, "maximum trust")
	}
	fl.StringVar(&minTag, "min-tag", "", "tag bits the orders must have (tee, gpu, … or 0x-hex)")
	fl.StringVar(&maxTag, "max-tag", "", "tag bits the orders may have at most")
	fl.Uint64Var(&minVolume, "min-volume", 0, "minimum remaining volume (tasks)")
	fl.StringVar(&maxPrice, "max-price", "", "maximum price per task, RLC")
	fl.StringVar(&minPrice, "min-price", "", "minimum price per task, RLC")
	fl.BoolVar(&strict, "strict", false, "restrictions must name the party given (not anyone)")
	fl.StringVar(&status, "status", "", "open (default), filled, cancelled or dead")
	fl.IntVar(&limit, "limit", market.DefaultLimit, fmt.Sprintf("orders per page (at most %d)", market.MaxLimit))
	fl.StringVar(&next, "next", "", "the page after the one this cursor ended")
	return cmd
}

func printOrderbook(w io.Writer, kind sdk.OrderKind, page *market.Page) {
	if len(page.Orders) == 0 {
		fmt.Fprintf(w, "No %s matches.\n", kind)
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	priceHead := "PRICE"
	if kind == sdk.KindRequest {
		priceHead = "POOL MAX PRICE"
	}
	head := []string{priceHead, "LEFT", strings.ToUpper(kind.Asset())}
	if kind == sdk.KindRequest {
		head[2] = "APP"
	}
	if kind == sdk.KindWorkerpool || kind == sdk.KindRequest {
		head = append(head, "CATEGORY", "TRUST")
	}
	head = append(head, "TAG", "SIGNER", "HASH")
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, o := range page.Orders {
		row := []string{sdk.FormatRLC(o.Price), fmt.Sprintf("%d/%d", o.Remaining, o.Volume), o.Asset.Hex()}
		if o.Category != nil {
			row = append(row, strconv.FormatUint(*o.Category, 10), strconv.FormatUint(o.Trust, 10))
		}
		row = append(row, tagNamesText(o.Tag), o.Signer.Hex(), o.Hash.Hex())
		if o.Status != market.StatusOpen {
			row[len(row)-1] += " (" + string(o.Status) + ")"
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	tw.Flush()
	if page.Next != "" {
		fmt.Fprintf(w, "More: --next %s\n", page.Next)
	}
}
