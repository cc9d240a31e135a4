package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

const orderFileHelp = `An order file is JSON. An unsigned order, as ` + "`poco order init`" + ` writes it, is the
order's fields named as in its EIP-712 type:

  {"app":"0x…","appprice":"3000000000","volume":"10","tag":"0x…","datasetrestrict":"0x…", …}

A signed order, as ` + "`poco order sign`" + ` writes it, wraps it with the owner's signature:

  {"order":{…},"sign":"0x…"}

Amounts (prices) in the file are whole numbers of base units, the token's smallest
denomination: 1 RLC = 10^9 = 1000000000 units, so 2.5 RLC is 2500000000. Numbers are
written as decimal strings ("2500000000"), which JavaScript tools read without losing
precision; they may also be JSON numbers or 0x-hex strings. (The --json output of the
commands, by contrast, writes amounts as decimal strings of RLC, like "2.5".) Tags are
0x-hex or names ("tee,gpu"). Addresses in mixed case must have a right EIP-55 checksum
(else write them all lower case). The market reads the same files. FILE "-" reads
standard input.`

func newOrderCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "order",
		Short: "Write, sign, inspect, presign and cancel orders; match them to make a deal",
		Long: `Orders are the offers and demands of the market, signed off chain (EIP-712):

  app order         an app's owner lets it run, at a price per task
  dataset order     a dataset's owner lets it be used, at a price per task
  workerpool order  a pool's owner (its scheduler) sells tasks of a category, up to a trust
  request order     a requester asks for tasks of an app (and dataset), with maximum prices

The usual way: each party writes its order with ` + "`poco order init`" + `, signs it with
` + "`poco order sign`" + ` (as the owner of the asset, or the requester), and anyone matches an
app, a workerpool and a request order (and a dataset order when the request names a
dataset) with ` + "`poco order match`" + `: matching is the transaction that makes a deal, a bag of
tasks that the pool then runs (` + "`poco deal show`" + `).

` + orderFileHelp,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newOrderInitCommand(g), newOrderSignCommand(g), newOrderShowCommand(g),
		newOrderPresignCommand(g), newOrderCancelCommand(g), newOrderMatchCommand(g))
	addOrderBookCommands(cmd, g)
	return cmd
}

// ───────────────────────────── order init ─────────────────────────────

// orderInitFlags are the flags every `order init` subcommand shares.
type orderInitFlags struct {
	out    string
	volume uint64
	tag    string
}

func (f *orderInitFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&f.out, "out", "o", "", "write the order to this file instead of standard output")
	cmd.Flags().Uint64Var(&f.volume, "volume", 1, "number of tasks the order is good for")
	cmd.Flags().StringVar(&f.tag, "tag", "", `tag: names ("tee", "gpu", "tee,scone", …) or 0x-hex`)
}

func newOrderInitCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a new, unsigned order (app, dataset, workerpool or request) as JSON",
		Long: `Writes a new order, not yet signed, as JSON on standard output (or in --out FILE), with
a random salt so that it differs from every other order. Sign it with ` + "`poco order sign`" + `.

Prices are given in RLC (--price 2.5) but written in the file in base units
(1 RLC = 10^9 units): --price 2.5 writes "appprice": 2500000000.

When a chain is configured, the assets named are checked to exist on it.

` + orderFileHelp,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newOrderInitAssetCommand(g, sdk.KindApp), newOrderInitAssetCommand(g, sdk.KindDataset),
		newOrderInitAssetCommand(g, sdk.KindWorkerpool), newOrderInitRequestCommand(g))
	return cmd
}

// newOrderInitAssetCommand is `order init app|dataset|workerpool`.
func newOrderInitAssetCommand(g *globals, kind sdk.OrderKind) *cobra.Command {
	var (
		f                                     orderInitFlags
		asset, price, category                string
		trust                                 uint64
		appRestrict, datasetRestrict          string
		workerpoolRestrict, requesterRestrict string
	)
	name := kind.Asset()
	example := map[sdk.OrderKind]string{
		sdk.KindApp:        "  poco order init app 0xAPP --price 3 --volume 10 > app.json\n  poco order init app --app 0xAPP --price 0.5 --volume 100 --workerpool-restrict 0xPOOL -o app.json",
		sdk.KindDataset:    "  poco order init dataset 0xDATASET --price 1 --volume 10 --app-restrict 0xAPP > dataset.json",
		sdk.KindWorkerpool: "  poco order init workerpool 0xPOOL --price 10 --volume 100 --category XS --trust 5 > pool.json",
	}[kind]
	long := fmt.Sprintf(`Writes a new %s, unsigned, as JSON: the %s (an argument or --%s), its price
per task in RLC (--price, default 0; the file holds it in base units, 1 RLC = 10^9),
the number of tasks it is good for (--volume) and who may use it (the restrictions: an
address, or nothing for anyone).`, kind, name, name)
	if kind == sdk.KindWorkerpool {
		long += `

A workerpool order sells tasks of one category (--category: an id or a name such as XS,
S, M, L, XL; ` + "`poco category list`" + ` lists them) up to a trust level (--trust: how many
agreeing workers a request may ask for, 1 for a single worker), and offers the tag bits
its workers have (--tag tee,gpu).`
	}
	long += "\n\nSign it with `poco order sign` as the " + name + "'s owner.\n\n" + orderFileHelp
	cmd := &cobra.Command{
		Use:     name + " [" + strings.ToUpper(name) + "]",
		Short:   "Write a new, unsigned " + kind.String(),
		Long:    long,
		Example: example,
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			addr, err := orderAssetArg(name, args, asset)
			if err != nil {
				return err
			}
			amount, err := orderAmountFlag("price", price)
			if err != nil {
				return err
			}
			if err := orderCheckVolume(f.volume); err != nil {
				return err
			}
			tag, err := orderTagFlag(f.tag)
			if err != nil {
				return err
			}
			var ar, dr, wr, rr common.Address
			for flag, v := range map[string]struct {
				text string
				dst  *common.Address
			}{
				"app-restrict": {appRestrict, &ar}, "dataset-restrict": {datasetRestrict, &dr},
				"workerpool-restrict": {workerpoolRestrict, &wr}, "requester-restrict": {requesterRestrict, &rr},
			} {
				if v.text == "" {
					continue
				}
				a, err := parseAddress("--"+flag, v.text)
				if err != nil {
					return err
				}
				*v.dst = a
			}
			c, err := orderInitClient(cmd.Context(), s)
			if err != nil {
				return err
			}
			if c != nil {
				defer c.Close()
				if err := orderCheckAsset(cmd.Context(), c, kind, addr); err != nil {
					return err
				}
			}
			var order protocol.Order
			switch kind {
			case sdk.KindApp:
				o := sdk.NewAppOrder(addr, amount, f.volume)
				o.Tag, o.DatasetRestrict, o.WorkerpoolRestrict, o.RequesterRestrict = tag, dr, wr, rr
				order = o
			case sdk.KindDataset:
				o := sdk.NewDatasetOrder(addr, amount, f.volume)
				o.Tag, o.AppRestrict, o.WorkerpoolRestrict, o.RequesterRestrict = tag, ar, wr, rr
				order = o
			case sdk.KindWorkerpool:
				cat, err := orderCategoryFlag(cmd.Context(), c, category)
				if err != nil {
					return err
				}
				if trust == 0 {
					return errors.New("--trust must be at least 1 (1: one worker per task)")
				}
				o := sdk.NewWorkerpoolOrder(addr, amount, f.volume, cat, trust)
				o.Tag, o.AppRestrict, o.DatasetRestrict, o.RequesterRestrict = tag, ar, dr, rr
				order = o
			}
			return writeOrderFile(cmd, s, f.out, order, "unsigned "+kind.String(), nil)
		},
	}
	f.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&asset, name, "", "the "+name+"'s address (or give it as the argument)")
	fl.StringVar(&price, "price", "0", "price per task, in RLC (e.g. 2.5)")
	if kind != sdk.KindApp {
		fl.StringVar(&appRestrict, "app-restrict", "", "only for this app")
	}
	if kind != sdk.KindDataset {
		fl.StringVar(&datasetRestrict, "dataset-restrict", "", "only with this dataset")
	}
	if kind != sdk.KindWorkerpool {
		fl.StringVar(&workerpoolRestrict, "workerpool-restrict", "", "only in this workerpool")
	}
	fl.StringVar(&requesterRestrict, "requester-restrict", "", "only for this requester")
	if kind == sdk.KindWorkerpool {
		fl.StringVar(&category, "category", "0", "category: an id or a name (XS, S, M, L, XL)")
		fl.Uint64Var(&trust, "trust", 1, "the highest trust the pool offers (agreeing workers a request may ask for)")
	}
	return cmd
}

func newOrderInitRequestCommand(g *globals) *cobra.Command {
	var (
		f                                 orderInitFlags
		app, dataset, workerpool          string
		appMax, datasetMax, workerpoolMax string
		category, params, argsText        string
		beneficiary, callback             string
		trust                             uint64
	)
	cmd := &cobra.Command{
		Use:   "request --app APP [--dataset DATASET] [--workerpool POOL] ...",
		Short: "Write a new, unsigned request order: what you want to run, and at what price",
		Long: `Writes a new request order, unsigned, as JSON. The requester is you: the --from
account (or POCO_ACCOUNT, or the configuration file's account), who pays for the tasks
and signs the request with ` + "`poco order sign`" + `.

It asks for --volume tasks of --app, on --dataset if given, in --workerpool (or any pool
if none is given), of a --category (an id or a name: XS, S, M, L, XL) at a --trust level
(1: one worker per task; higher: more agreeing workers), paying at most --app-max-price,
--dataset-max-price and --workerpool-max-price RLC per task (default 0: set them to at
least the prices of the orders you want to match); the file holds them in base units
(1 RLC = 10^9).

--params is the task's parameters as a JSON object (args, input files, …); --args "…" is
a shortcut for {"args":"…"} (both may be given). The results belong to --beneficiary
(default: you); --callback names a contract that receives each result.

` + orderFileHelp,
		Example: `  poco order init request --app 0xAPP --workerpool 0xPOOL --app-max-price 3 \
      --workerpool-max-price 10 --volume 5 --args "hello world" > request.json
  poco order init request --app 0xAPP --dataset 0xDATASET --dataset-max-price 1 \
      --category S --trust 3 --params '{"args":"--fast","inputFiles":["https://…"]}' -o request.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			if s.Account == (common.Address{}) {
				return fmt.Errorf("a request order is made for its requester, who pays: pass --from ADDRESS (or set %s); `poco wallet list` shows your keys", EnvAccount)
			}
			if app == "" {
				return errors.New("which app? give --app ADDRESS")
			}
			appAddr, err := parseAddress("--app", app)
			if err != nil {
				return err
			}
			addrFlag := func(flag, v string) (common.Address, error) {
				if v == "" {
					return common.Address{}, nil
				}
				return parseAddress("--"+flag, v)
			}
			datasetAddr, err := addrFlag("dataset", dataset)
			if err != nil {
				return err
			}
			poolAddr, err := addrFlag("workerpool", workerpool)
			if err != nil {
				return err
			}
			benef, err := addrFlag("beneficiary", beneficiary)
			if err != nil {
				return err
			}
			cb, err := addrFlag("callback", callback)
			if err != nil {
				return err
			}
			amounts := map[string]*big.Int{}
			for flag, v := range map[string]string{"app-max-price": appMax, "dataset-max-price": datasetMax, "workerpool-max-price": workerpoolMax} {
				if amounts[flag], err = orderAmountFlag(flag, v); err != nil {
					return err
				}
			}
			if datasetAddr == (common.Address{}) && amounts["dataset-max-price"].Sign() > 0 {
				return errors.New("--dataset-max-price without --dataset: name the dataset the request uses")
			}
			if err := orderCheckVolume(f.volume); err != nil {
				return err
			}
			if trust == 0 {
				return errors.New("--trust must be at least 1 (1: one worker per task)")
			}
			tag, err := orderTagFlag(f.tag)
			if err != nil {
				return err
			}
			p, err := orderParams(params, argsText, cmd.Flags().Changed("args"))
			if err != nil {
				return err
			}
			c, err := orderInitClient(cmd.Context(), s)
			if err != nil {
				return err
			}
			if c != nil {
				defer c.Close()
				if err := orderCheckAsset(cmd.Context(), c, sdk.KindApp, appAddr); err != nil {
					return err
				}
				if datasetAddr != (common.Address{}) {
					if err := orderCheckAsset(cmd.Context(), c, sdk.KindDataset, datasetAddr); err != nil {
						return err
					}
				}
				if poolAddr != (common.Address{}) {
					if err := orderCheckAsset(cmd.Context(), c, sdk.KindWorkerpool, poolAddr); err != nil {
						return err
					}
				}
			}
			cat, err := orderCategoryFlag(cmd.Context(), c, category)
			if err != nil {
				return err
			}
			o := sdk.NewRequestOrder(s.Account, appAddr, datasetAddr, poolAddr, cat, f.volume)
			o.AppMaxPrice, o.DatasetMaxPrice, o.WorkerpoolMaxPrice = amounts["app-max-price"], amounts["dataset-max-price"], amounts["workerpool-max-price"]
			o.Trust = new(big.Int).SetUint64(trust)
			o.Tag, o.Params, o.Callback = tag, p, cb
			if benef != (common.Address{}) {
				o.Beneficiary = benef
			}
			return writeOrderFile(cmd, s, f.out, o, "unsigned request order", nil)
		},
	}
	f.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&app, "app", "", "the app to run (required)")
	fl.StringVar(&dataset, "dataset", "", "the dataset to run it on (default: none)")
	fl.StringVar(&workerpool, "workerpool", "", "the workerpool to run in (default: any)")
	fl.StringVar(&appMax, "app-max-price", "0", "the most you pay the app per task, in RLC")
	fl.StringVar(&datasetMax, "dataset-max-price", "0", "the most you pay the dataset per task, in RLC")
	fl.StringVar(&workerpoolMax, "workerpool-max-price", "0", "the most you pay the workerpool per task, in RLC")
	fl.StringVar(&category, "category", "0", "category: an id or a name (XS, S, M, L, XL)")
	fl.Uint64Var(&trust, "trust", 1, "trust level: 1 for one worker per task, more for agreeing workers")
	fl.StringVar(&params, "params", "", `the task's parameters, a JSON object (e.g. '{"args":"x"}')`)
	fl.StringVar(&argsText, "args", "", `the app's arguments: sets "args" in the parameters`)
	fl.StringVar(&beneficiary, "beneficiary", "", "who gets the results (default: the requester)")
	fl.StringVar(&callback, "callback", "", "a contract to receive each result (default: none)")
	return cmd
}

// orderAssetArg picks the asset address from the argument or its flag.
func orderAssetArg(name string, args []string, flag string) (common.Address, error) {
	v := flag
	switch {
	case len(args) == 1 && flag != "" && !strings.EqualFold(args[0], flag):
		return common.Address{}, fmt.Errorf("two %ss given: %s and --%s %s; give one", name, args[0], name, flag)
	case len(args) == 1:
		v = args[0]
	case v == "":
		return common.Address{}, fmt.Errorf("which %s? give its address, as an argument or with --%s", name, name)
	}
	return parseAddress(name, v)
}

func orderAmountFlag(flag, v string) (*big.Int, error) {
	x, err := sdk.ParseRLC(v)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flag, err)
	}
	return x, nil
}

func orderCheckVolume(v uint64) error {
	if v == 0 {
		return errors.New("--volume must be at least 1: it is the number of tasks the order is good for")
	}
	return nil
}

func orderTagFlag(v string) (protocol.Tag, error) {
	t, err := protocol.ParseTag(v)
	if err != nil {
		return t, fmt.Errorf("--tag: %w", err)
	}
	return t, nil
}

// orderParams builds the request's params: --params (a JSON object) with --args set in it.
func orderParams(params, args string, hasArgs bool) (string, error) {
	if params == "" && !hasArgs {
		return "", nil
	}
	m := map[string]any{}
	if params != "" {
		dec := json.NewDecoder(strings.NewReader(params))
		dec.UseNumber()
		if err := dec.Decode(&m); err != nil {
			return "", fmt.Errorf(`--params is not a JSON object (like '{"args":"hello"}'): %v`, err)
		}
		if dec.More() {
			return "", errors.New(`--params holds more than one JSON value: give one object, like '{"args":"hello"}'`)
		}
		if !hasArgs {
			return params, nil // as written: the requester signs exactly this text
		}
	}
	m["args"] = args
	b, err := json.Marshal(m)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// orderInitClient connects read-only to the configured chain, or returns nil when no
// chain is configured (orders can be written offline).
func orderInitClient(ctx context.Context, s *Settings) (*sdk.Client, error) {
	if s.RequireChain() != nil {
		return nil, nil
	}
	return s.client(ctx, false)
}

// orderAssetOwner is the owner of the asset of kind at addr (zero: not registered).
func orderAssetOwner(ctx context.Context, c *sdk.Client, kind sdk.OrderKind, addr common.Address) (common.Address, error) {
	switch kind {
	case sdk.KindApp:
		return c.AppOwner(ctx, addr)
	case sdk.KindDataset:
		return c.DatasetOwner(ctx, addr)
	case sdk.KindWorkerpool:
		return c.WorkerpoolOwner(ctx, addr)
	}
	return common.Address{}, fmt.Errorf("a %s has no asset", kind)
}

func orderCheckAsset(ctx context.Context, c *sdk.Client, kind sdk.OrderKind, addr common.Address) error {
	owner, err := orderAssetOwner(ctx, c, kind, addr)
	if err != nil {
		return err
	}
	if owner == (common.Address{}) {
		return orderUnknownAsset(kind, addr)
	}
	return nil
}

func orderUnknownAsset(kind sdk.OrderKind, addr common.Address) error {
	name := kind.Asset()
	return fmt.Errorf("no %s at %s on this hub: check the address (`poco %s show %s`), or deploy one with `poco %s deploy`",
		name, addr.Hex(), name, addr.Hex(), name)
}

// orderCategoryFlag reads --category: an id or a name, checked against the hub's
// categories when connected (c not nil), else against the default ones.
func orderCategoryFlag(ctx context.Context, c *sdk.Client, v string) (uint64, error) {
	v = strings.TrimSpace(v)
	id, err := strconv.ParseUint(v, 10, 64)
	isID := err == nil
	if c == nil {
		if isID {
			return id, nil
		}
		if cat, ok := protocol.CategoryByName(v); ok {
			return cat.ID, nil
		}
		return 0, fmt.Errorf("--category %q is neither an id nor a category name (XS, S, M, L, XL)", v)
	}
	cats, err := c.Categories(ctx)
	if err != nil {
		return 0, err
	}
	names := make([]string, len(cats))
	for i, cat := range cats {
		if isID && cat.ID == id || !isID && strings.EqualFold(cat.Name, v) {
			return cat.ID, nil
		}
		names[i] = fmt.Sprintf("%d %s", cat.ID, cat.Name)
	}
	return 0, fmt.Errorf("--category %q: there is no such category on this hub; there are: %s (`poco category list`)", v, strings.Join(names, ", "))
}

// ───────────────────────────── order files ─────────────────────────────

// readOrderInput reads a file, or standard input for "-".
func readOrderInput(cmd *cobra.Command, path string) ([]byte, error) {
	if path == "-" {
		data, err := io.ReadAll(cmd.InOrStdin())
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return data, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no file %s", path)
		}
		return nil, err
	}
	return data, nil
}

func orderInputName(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

// readOrderFile reads and checks an order file (signed or not).
func readOrderFile(cmd *cobra.Command, path string) (sdk.SignedOrder, error) {
	data, err := readOrderInput(cmd, path)
	if err != nil {
		return nil, err
	}
	so, err := parseOrderFile(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", orderInputName(path), err)
	}
	return so, nil
}

// parseOrderFile reads a signed order ({"order":{…},"sign":"0x…"}) or a bare order, and
// says which field is wrong when one is. It is sdk.ParseSignedOrder, which the market uses
// too, after a check that says where broken JSON is broken.
func parseOrderFile(data []byte) (sdk.SignedOrder, error) {
	if len(strings.TrimSpace(string(data))) == 0 {
		return nil, errors.New("empty: want an order in JSON, as `poco order init` writes it")
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, jsonProblem(data, err)
	}
	return sdk.ParseSignedOrder(data)
}

// isHexID reports whether s is 0x followed by 64 hex digits.
func isHexID(s string) bool {
	if len(s) != 66 || !(strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X")) {
		return false
	}
	_, err := hexutil.Decode("0x" + s[2:])
	return err == nil
}

// parseID32 parses a deal or task id: 0x followed by 64 hex digits.
func parseID32(what, v string) (common.Hash, error) {
	if !isHexID(strings.TrimSpace(v)) {
		return common.Hash{}, fmt.Errorf("%s %q is not an id: want 0x followed by 64 hex digits", what, v)
	}
	return common.HexToHash(strings.TrimSpace(v)), nil
}

// jsonProblem says where JSON text is broken.
func jsonProblem(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := 1, 1
		for _, b := range data[:min(int(se.Offset), len(data))] {
			if b == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
		}
		return fmt.Errorf("not valid JSON: line %d, column %d: %v", line, col, se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("want a JSON object (an order, as `poco order init` writes it), got a JSON %s", te.Value)
	}
	return fmt.Errorf("not valid JSON: %v", err)
}

// writeOrderFile writes an order (signed or not) as indented JSON to out ("" or "-":
// standard output). Written to a file, it then says so (JSON with --json).
func writeOrderFile(cmd *cobra.Command, s *Settings, out string, v any, what string, hash *common.Hash) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if out == "" || out == "-" {
		_, err := cmd.OutOrStdout().Write(data)
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("writing the order: %w", err)
	}
	result := struct {
		File string       `json:"file"`
		Hash *common.Hash `json:"hash,omitempty"`
	}{out, hash}
	return s.output(cmd, result, func(w io.Writer) {
		if hash != nil {
			fmt.Fprintf(w, "Wrote the %s %s to %s\n", what, hash.Hex(), out)
		} else {
			fmt.Fprintf(w, "Wrote the %s to %s\n", what, out)
		}
	})
}

// withSignature returns so with the signature sig.
func withSignature(so sdk.SignedOrder, sig []byte) sdk.SignedOrder {
	switch o := so.Unsigned().(type) {
	case protocol.AppOrder:
		return sdk.SignedAppOrder{Order: o, Sig: sig}
	case protocol.DatasetOrder:
		return sdk.SignedDatasetOrder{Order: o, Sig: sig}
	case protocol.WorkerpoolOrder:
		return sdk.SignedWorkerpoolOrder{Order: o, Sig: sig}
	case protocol.RequestOrder:
		return sdk.SignedRequestOrder{Order: o, Sig: sig}
	}
	return so
}

// orderParty is who must sign or presign an order: the asset's owner (zero when the
// asset is not registered), or the requester. asset is the app, dataset or workerpool
// (zero for a request).
func orderParty(ctx context.Context, c *sdk.Client, so sdk.SignedOrder) (owner, asset common.Address, err error) {
	switch o := so.Unsigned().(type) {
	case protocol.AppOrder:
		asset = o.App
	case protocol.DatasetOrder:
		asset = o.Dataset
	case protocol.WorkerpoolOrder:
		asset = o.Workerpool
	case protocol.RequestOrder:
		return o.Requester, common.Address{}, nil
	}
	owner, err = orderAssetOwner(ctx, c, so.Kind(), asset)
	return owner, asset, err
}

// ───────────────────────────── order sign ─────────────────────────────

func newOrderSignCommand(g *globals) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "sign FILE|-",
		Short: "Sign an order as its owner (the asset's owner, or the requester)",
		Long: `Signs the order in FILE ("-": standard input) with the key of the --from account and
writes the signed order ({"order":{…},"sign":"0x…"}) on standard output, or in --out FILE.

The signer must be the order's owner: the owner of its app, dataset or workerpool, or
the requester of a request order. That is checked on chain before anything is signed.
A signature already in the file is replaced. The signature is valid for this hub and
chain only.

` + orderFileHelp + `

` + walletPasswordHelp,
		Example: `  poco order sign app.json > app-signed.json
  poco order init app 0xAPP --price 3 | poco order sign - -o app-signed.json
  poco order sign request.json --from 0xREQUESTER -o request-signed.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			so, err := readOrderFile(cmd, args[0])
			if err != nil {
				return err
			}
			if s.Account == (common.Address{}) {
				return fmt.Errorf("who signs? pass --from ADDRESS, the %s's owner (or set %s)", so.Kind(), EnvAccount)
			}
			ctx := cmd.Context()
			c, err := s.client(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			owner, asset, err := orderParty(ctx, c, so)
			if err != nil {
				return err
			}
			kind := so.Kind()
			switch {
			case kind == sdk.KindRequest && owner != s.Account:
				return fmt.Errorf("you (%s) are not the requester of this request order: its requester is %s, who pays and must sign it (--from %s), or write your own with `poco order init request`",
					s.Account.Hex(), owner.Hex(), owner.Hex())
			case kind != sdk.KindRequest && owner == (common.Address{}):
				return orderUnknownAsset(kind, asset)
			case owner != s.Account:
				return fmt.Errorf("you (%s) do not own %s %s: its owner is %s, who must sign the %s (--from %s)",
					s.Account.Hex(), kind.Asset(), asset.Hex(), owner.Hex(), kind, owner.Hex())
			}
			key, err := s.unlock()
			if err != nil {
				return err
			}
			hash := c.HashOrder(so.Unsigned())
			sig, err := protocol.SignOrder(hash, key)
			if err != nil {
				return fmt.Errorf("signing the %s: %w", kind, err)
			}
			if len(so.Signature()) > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "note: replacing the signature that was in %s\n", orderInputName(args[0]))
			}
			return writeOrderFile(cmd, s, out, withSignature(so, sig), "signed "+kind.String(), &hash)
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "write the signed order to this file instead of standard output")
	return cmd
}

// ───────────────────────────── order show ─────────────────────────────

// orderView is what `order show` finds out about an order.
type orderView struct {
	Kind  sdk.OrderKind
	Hash  common.Hash
	Order protocol.Order
	// Owner is who must sign it: the asset's owner (zero if not registered) or the requester.
	Owner                       common.Address
	Volume, Consumed, Remaining *big.Int
	Presigner                   common.Address // zero: not presigned
	// Signed: the file holds a signature; Signer: who made it.
	Signed bool
	Signer common.Address
	// Valid: signed or presigned by its owner, as matchOrders requires; Problem says why not.
	Valid   bool
	Problem string
	// CategoryName names the category of a workerpool or request order.
	CategoryName string
}

// orderShowJSON is what `order show --json` prints.
type orderShowJSON struct {
	Kind      sdk.OrderKind `json:"kind"`
	Hash      common.Hash   `json:"hash"`
	Order     any           `json:"order"` // an appOrderJSON, datasetOrderJSON, workerpoolOrderJSON or requestOrderJSON
	Owner     string        `json:"owner"`
	Volume    *big.Int      `json:"volume"`
	Consumed  *big.Int      `json:"consumed"`
	Remaining *big.Int      `json:"remaining"`
	Presigner string        `json:"presigner,omitempty"`
	Signed    bool          `json:"signed"`
	Signer    string        `json:"signer,omitempty"`
	Valid     bool          `json:"valid"`
	Problem   string        `json:"problem,omitempty"`

	CategoryName string `json:"categoryName,omitempty"`
}

func (v orderView) json() orderShowJSON {
	out := orderShowJSON{Kind: v.Kind, Hash: v.Hash, Order: newOrderJSON(v.Order), Owner: v.Owner.Hex(),
		Volume: bigOrZero(v.Volume), Consumed: bigOrZero(v.Consumed), Remaining: bigOrZero(v.Remaining),
		Signed: v.Signed, Valid: v.Valid, Problem: v.Problem, CategoryName: v.CategoryName}
	if v.Presigner != (common.Address{}) {
		out.Presigner = v.Presigner.Hex()
	}
	if v.Signer != (common.Address{}) {
		out.Signer = v.Signer.Hex()
	}
	return out
}

// The orders as `order show --json` prints them: the fields of the order file, with the
// prices as decimal strings of RLC (the file holds base units) and the addresses
// checksummed. Not an order file: a file is the order as `poco order init` or `poco order
// sign` wrote it.
type (
	appOrderJSON struct {
		App                string       `json:"app"`
		AppPrice           string       `json:"appprice"`
		Volume             *big.Int     `json:"volume"`
		Tag                protocol.Tag `json:"tag"`
		DatasetRestrict    string       `json:"datasetrestrict"`
		WorkerpoolRestrict string       `json:"workerpoolrestrict"`
		RequesterRestrict  string       `json:"requesterrestrict"`
		Salt               common.Hash  `json:"salt"`
	}
	datasetOrderJSON struct {
		Dataset            string       `json:"dataset"`
		DatasetPrice       string       `json:"datasetprice"`
		Volume             *big.Int     `json:"volume"`
		Tag                protocol.Tag `json:"tag"`
		AppRestrict        string       `json:"apprestrict"`
		WorkerpoolRestrict string       `json:"workerpoolrestrict"`
		RequesterRestrict  string       `json:"requesterrestrict"`
		Salt               common.Hash  `json:"salt"`
	}
	workerpoolOrderJSON struct {
		Workerpool        string       `json:"workerpool"`
		WorkerpoolPrice   string       `json:"workerpoolprice"`
		Volume            *big.Int     `json:"volume"`
		Tag               protocol.Tag `json:"tag"`
		Category          *big.Int     `json:"category"`
		Trust             *big.Int     `json:"trust"`
		AppRestrict       string       `json:"apprestrict"`
		DatasetRestrict   string       `json:"datasetrestrict"`
		RequesterRestrict string       `json:"requesterrestrict"`
		Salt              common.Hash  `json:"salt"`
	}
	requestOrderJSON struct {
		App                string       `json:"app"`
		AppMaxPrice        string       `json:"appmaxprice"`
		Dataset            string       `json:"dataset"`
		DatasetMaxPrice    string       `json:"datasetmaxprice"`
		Workerpool         string       `json:"workerpool"`
		WorkerpoolMaxPrice string       `json:"workerpoolmaxprice"`
		Requester          string       `json:"requester"`
		Volume             *big.Int     `json:"volume"`
		Tag                protocol.Tag `json:"tag"`
		Category           *big.Int     `json:"category"`
		Trust              *big.Int     `json:"trust"`
		Beneficiary        string       `json:"beneficiary"`
		Callback           string       `json:"callback"`
		Params             string       `json:"params"`
		Salt               common.Hash  `json:"salt"`
	}
)

// newOrderJSON is the order as `order show --json` prints it.
func newOrderJSON(o protocol.Order) any {
	switch o := o.(type) {
	case protocol.AppOrder:
		return appOrderJSON{App: o.App.Hex(), AppPrice: sdk.FormatAmount(o.AppPrice), Volume: bigOrZero(o.Volume), Tag: o.Tag,
			DatasetRestrict: o.DatasetRestrict.Hex(), WorkerpoolRestrict: o.WorkerpoolRestrict.Hex(),
			RequesterRestrict: o.RequesterRestrict.Hex(), Salt: o.Salt}
	case protocol.DatasetOrder:
		return datasetOrderJSON{Dataset: o.Dataset.Hex(), DatasetPrice: sdk.FormatAmount(o.DatasetPrice), Volume: bigOrZero(o.Volume),
			Tag: o.Tag, AppRestrict: o.AppRestrict.Hex(), WorkerpoolRestrict: o.WorkerpoolRestrict.Hex(),
			RequesterRestrict: o.RequesterRestrict.Hex(), Salt: o.Salt}
	case protocol.WorkerpoolOrder:
		return workerpoolOrderJSON{Workerpool: o.Workerpool.Hex(), WorkerpoolPrice: sdk.FormatAmount(o.WorkerpoolPrice),
			Volume: bigOrZero(o.Volume), Tag: o.Tag, Category: bigOrZero(o.Category), Trust: bigOrZero(o.Trust),
			AppRestrict: o.AppRestrict.Hex(), DatasetRestrict: o.DatasetRestrict.Hex(), RequesterRestrict: o.RequesterRestrict.Hex(),
			Salt: o.Salt}
	case protocol.RequestOrder:
		return requestOrderJSON{App: o.App.Hex(), AppMaxPrice: sdk.FormatAmount(o.AppMaxPrice), Dataset: o.Dataset.Hex(),
			DatasetMaxPrice: sdk.FormatAmount(o.DatasetMaxPrice), Workerpool: o.Workerpool.Hex(),
			WorkerpoolMaxPrice: sdk.FormatAmount(o.WorkerpoolMaxPrice), Requester: o.Requester.Hex(), Volume: bigOrZero(o.Volume),
			Tag: o.Tag, Category: bigOrZero(o.Category), Trust: bigOrZero(o.Trust), Beneficiary: o.Beneficiary.Hex(),
			Callback: o.Callback.Hex(), Params: o.Params, Salt: o.Salt}
	}
	return o
}

// bigOrZero is x, or 0 for nil (a field absent from an order file).
func bigOrZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

func newOrderShowCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show FILE|-",
		Short: "Show an order: its hash, volume used and left, and whether its signature is valid",
		Long: `Shows the order in FILE ("-": standard input), signed or not: its kind, hash (its id on
chain), what it offers or asks for, its volume, how much of it deals have consumed
and how much remains (a cancelled order has none left), who presigned it on chain if
anyone, and whether it is validly signed (or presigned) by its owner, as matching
requires.

With --json: {"kind", "hash", "order", "owner", "volume", "consumed", "remaining",
"presigner", "signed", "signer", "valid", "problem", "categoryName"}: "order" has the
fields of the order file, but its prices are decimal strings of RLC (like "2.5"), not
the file's base units; addresses are checksummed; "presigner", "signer", "problem"
and "categoryName" are absent when empty.`,
		Example: `  poco order show app-signed.json
  poco order show request.json --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			so, err := readOrderFile(cmd, args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			c, err := s.client(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			st, err := c.OrderStatus(ctx, so.Unsigned())
			if err != nil {
				return err
			}
			owner, asset, err := orderParty(ctx, c, so)
			if err != nil {
				return err
			}
			v := orderView{Kind: so.Kind(), Hash: st.Hash, Order: so.Unsigned(), Owner: owner, Volume: st.Volume,
				Consumed: st.Consumed, Remaining: st.Remaining, Presigner: st.Presigner, Signed: len(so.Signature()) > 0}
			if v.Signed {
				if signer, err := protocol.RecoverSigner(st.Hash, so.Signature()); err == nil {
					v.Signer = signer
				}
			}
			var cat *big.Int
			switch o := so.Unsigned().(type) {
			case protocol.WorkerpoolOrder:
				cat = o.Category
			case protocol.RequestOrder:
				cat = o.Category
			}
			if cat != nil && cat.IsUint64() {
				if count, err := c.CategoryCount(ctx); err != nil {
					return err
				} else if cat.Uint64() < count {
					cc, err := c.Category(ctx, cat.Uint64())
					if err != nil {
						return err
					}
					v.CategoryName = cc.Name
				}
			}
			if err := c.CheckSignature(ctx, so); err != nil {
				var e *sdk.Error
				if !errors.As(err, &e) {
					return err
				}
				v.Problem = err.Error()
			} else {
				v.Valid = true
			}
			return s.output(cmd, v.json(), func(w io.Writer) { printOrder(w, v, asset) })
		},
	}
}

func printOrder(w io.Writer, v orderView, asset common.Address) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, format string, a ...any) { fmt.Fprintf(tw, "%s:\t"+format+"\n", append([]any{k}, a...)...) }
	row("Kind", "%s", v.Kind)
	row("Hash", "%s", v.Hash.Hex())
	restrict := func(name string, a common.Address) {
		if a != (common.Address{}) {
			row("Only "+name, "%s", a.Hex())
		}
	}
	ownerText := func() string {
		if v.Owner == (common.Address{}) {
			return "not registered"
		}
		return "owner " + v.Owner.Hex()
	}
	switch o := v.Order.(type) {
	case protocol.AppOrder:
		row("App", "%s (%s)", asset.Hex(), ownerText())
		row("Price", "%s per task", sdk.FormatRLC(o.AppPrice))
		row("Tag", "%s", tagNamesText(o.Tag))
		restrict("dataset", o.DatasetRestrict)
		restrict("workerpool", o.WorkerpoolRestrict)
		restrict("requester", o.RequesterRestrict)
	case protocol.DatasetOrder:
		row("Dataset", "%s (%s)", asset.Hex(), ownerText())
		row("Price", "%s per task", sdk.FormatRLC(o.DatasetPrice))
		row("Tag", "%s", tagNamesText(o.Tag))
		restrict("app", o.AppRestrict)
		restrict("workerpool", o.WorkerpoolRestrict)
		restrict("requester", o.RequesterRestrict)
	case protocol.WorkerpoolOrder:
		row("Workerpool", "%s (%s)", asset.Hex(), ownerText())
		row("Price", "%s per task", sdk.FormatRLC(o.WorkerpoolPrice))
		row("Category", "%s", categoryText(o.Category, v.CategoryName))
		row("Trust", "up to %s", o.Trust)
		row("Tag", "%s (offered)", tagNamesText(o.Tag))
		restrict("app", o.AppRestrict)
		restrict("dataset", o.DatasetRestrict)
		restrict("requester", o.RequesterRestrict)
	case protocol.RequestOrder:
		row("Requester", "%s", o.Requester.Hex())
		row("App", "%s, at most %s per task", o.App.Hex(), sdk.FormatRLC(o.AppMaxPrice))
		if o.Dataset != (common.Address{}) {
			row("Dataset", "%s, at most %s per task", o.Dataset.Hex(), sdk.FormatRLC(o.DatasetMaxPrice))
		} else {
			row("Dataset", "none")
		}
		if o.Workerpool != (common.Address{}) {
			row("Workerpool", "%s, at most %s per task", o.Workerpool.Hex(), sdk.FormatRLC(o.WorkerpoolMaxPrice))
		} else {
			row("Workerpool", "any, at most %s per task", sdk.FormatRLC(o.WorkerpoolMaxPrice))
		}
		row("Category", "%s", categoryText(o.Category, v.CategoryName))
		row("Trust", "%s", o.Trust)
		row("Tag", "%s", tagNamesText(o.Tag))
		row("Beneficiary", "%s", o.Beneficiary.Hex())
		if o.Callback != (common.Address{}) {
			row("Callback", "%s", o.Callback.Hex())
		}
		row("Params", "%s", textOrNone(o.Params))
	}
	row("Volume", "%s tasks: %s consumed, %s remaining", v.Volume, v.Consumed, v.Remaining)
	if v.Presigner != (common.Address{}) {
		row("Presigned by", "%s", v.Presigner.Hex())
	}
	switch {
	case v.Valid && v.Signed && v.Signer == v.Owner:
		row("Signature", "valid: signed by its owner %s", v.Owner.Hex())
	case v.Valid:
		row("Signature", "valid (presigned on chain, or by a contract owner)")
	case !v.Signed:
		row("Signature", "none: %s", v.Problem)
	default:
		row("Signature", "NOT VALID: %s", v.Problem)
	}
	tw.Flush()
}

// categoryText is "0 (XS)", or "7 (no such category on this hub)".
func categoryText(id *big.Int, name string) string {
	if name == "" {
		return fmt.Sprintf("%s (no such category on this hub)", orderBig(id))
	}
	return fmt.Sprintf("%s (%s)", orderBig(id), name)
}

func orderBig(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func tagNamesText(t protocol.Tag) string {
	if t.IsZero() {
		return "none"
	}
	return strings.Join(t.Names(), ",")
}

func textOrNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// ───────────────────────────── presign and cancel ─────────────────────────────

// orderTxJSON is what presign and cancel print with --json.
type orderTxJSON struct {
	Kind   sdk.OrderKind `json:"kind"`
	Hash   common.Hash   `json:"hash"`   // the order's
	Action string        `json:"action"` // "presigned" or "cancelled"
	Tx     txResultJSON  `json:"tx"`
}

func newOrderPresignCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "presign FILE|-",
		Short: "Sign an order on chain instead of with a signature (its owner only)",
		Long: `Records on chain that the order in FILE ("-": standard input) is signed by its owner,
the --from account, which must own its app, dataset or workerpool (or be the request's
requester). A presigned order needs no signature in its file: matching accepts it as
long as the presigner still owns it. It costs a transaction; a signature costs nothing.

With --json: {"kind", "hash" (the order's), "action": "presigned", "tx": {"hash",
"block", "gasUsed"}}.

` + orderFileHelp,
		Example: "  poco order presign app.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return orderTransact(cmd, g, args[0], "presigned")
		},
	}
}

func newOrderCancelCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "cancel FILE|-",
		Short: "Cancel an order on chain so no deal can use it any more (its owner only)",
		Long: `Cancels the order in FILE ("-": standard input), signed or not: its whole volume then
counts as consumed, so no further deal can use it (deals already made are not
affected). Only its owner, the --from account, may cancel it.

With --json: {"kind", "hash" (the order's), "action": "cancelled", "tx": {"hash",
"block", "gasUsed"}}.

` + orderFileHelp,
		Example: "  poco order cancel app-signed.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return orderTransact(cmd, g, args[0], "cancelled")
		},
	}
}

func orderTransact(cmd *cobra.Command, g *globals, path, action string) error {
	s, err := g.settings()
	if err != nil {
		return err
	}
	so, err := readOrderFile(cmd, path)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	c, err := s.client(ctx, true)
	if err != nil {
		return err
	}
	defer c.Close()
	presign := action == "presigned"
	var r *types.Receipt
	switch o := so.Unsigned().(type) {
	case protocol.AppOrder:
		r, err = orderChoose(presign, c.PresignAppOrder, c.CancelAppOrder)(ctx, o)
	case protocol.DatasetOrder:
		r, err = orderChoose(presign, c.PresignDatasetOrder, c.CancelDatasetOrder)(ctx, o)
	case protocol.WorkerpoolOrder:
		r, err = orderChoose(presign, c.PresignWorkerpoolOrder, c.CancelWorkerpoolOrder)(ctx, o)
	case protocol.RequestOrder:
		r, err = orderChoose(presign, c.PresignRequestOrder, c.CancelRequestOrder)(ctx, o)
	}
	if err != nil {
		return err
	}
	v := orderTxJSON{Kind: so.Kind(), Hash: c.HashOrder(so.Unsigned()), Action: action, Tx: newTxResultJSON(r)}
	return s.output(cmd, v, func(w io.Writer) {
		if presign {
			fmt.Fprintf(w, "Presigned the %s %s (transaction %s, block %d): it can be matched without a signature.\n",
				v.Kind, v.Hash.Hex(), v.Tx.Hash, v.Tx.Block)
		} else {
			fmt.Fprintf(w, "Cancelled the %s %s (transaction %s, block %d): no volume remains for new deals.\n",
				v.Kind, v.Hash.Hex(), v.Tx.Hash, v.Tx.Block)
		}
	})
}

func orderChoose[F any](first bool, a, b F) F {
	if first {
		return a
	}
	return b
}

// ───────────────────────────── order match ─────────────────────────────

// matchJSON is what `order match --json` prints; amounts are decimal strings of RLC.
type matchJSON struct {
	DealID          common.Hash  `json:"dealId"`
	Volume          uint64       `json:"volume"` // the deal's number of tasks
	BotFirst        uint64       `json:"botFirst"`
	AppPrice        string       `json:"appPrice"`
	DatasetPrice    string       `json:"datasetPrice"`
	WorkerpoolPrice string       `json:"workerpoolPrice"`
	TaskPrice       string       `json:"taskPrice"`
	Payer           string       `json:"payer"`
	PayerLocked     string       `json:"payerLocked"`
	Scheduler       string       `json:"scheduler"`
	SchedulerLocked string       `json:"schedulerLocked"`
	Tx              txResultJSON `json:"tx"`
	Deal            dealJSON     `json:"deal"`
}

func newOrderMatchCommand(g *globals) *cobra.Command {
	var appFile, datasetFile, poolFile, requestFile string
	var sponsor bool
	cmd := &cobra.Command{
		Use:   "match --app FILE --workerpool FILE --request FILE [--dataset FILE] [--sponsor]",
		Short: "Match signed orders on chain: the transaction that makes a deal",
		Long: `Matches an app order, a workerpool order and a request order (and a dataset order when
the request names a dataset), each signed by its owner or presigned: one transaction,
sent by the --from account, that makes a deal of as many tasks as the smallest
remaining volume of the orders. The workerpool's scheduler then runs them.

The orders must agree: the request's app and dataset are the orders', its maximum
prices are at least their prices, its category is the pool's, its trust at most the
pool's, the pool offers every tag bit asked for, and no restriction excludes a party.
Each of these is checked before anything is sent, and a refusal says what to change.

The requester pays: (app + dataset + workerpool price) × tasks is locked from its free
balance in the hub; with --sponsor, the --from account pays instead. The workerpool
owner locks a stake of ` + fmt.Sprint(sdk.PoolStakePercent) + ` % of the workerpool price per task.

It prints the deal id, its tasks, the prices and what was locked; follow the deal with
` + "`poco deal show DEALID`" + `. With --json: {"dealId", "volume", "botFirst", "appPrice",
"datasetPrice", "workerpoolPrice", "taskPrice", "payer", "payerLocked", "scheduler",
"schedulerLocked", "tx": {"hash", "block", "gasUsed"}, "deal"}, amounts as decimal strings
of RLC, "deal" as ` + "`poco deal list --json`" + ` prints it.

` + orderFileHelp,
		Example: `  poco order match --app app-signed.json --workerpool pool-signed.json --request request-signed.json
  poco order match --app app.json --dataset dataset.json --workerpool pool.json --request request.json --sponsor --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for flag, v := range map[string]string{"app": appFile, "workerpool": poolFile, "request": requestFile} {
				if v == "" {
					return fmt.Errorf("missing --%s FILE: matching needs an app order, a workerpool order and a request order (and a dataset order if the request names a dataset)", flag)
				}
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			read := func(flag, path string, want sdk.OrderKind) (sdk.SignedOrder, error) {
				so, err := readOrderFile(cmd, path)
				if err != nil {
					return nil, err
				}
				if so.Kind() != want {
					return nil, fmt.Errorf("--%s %s holds a %s: --%s takes the %s", flag, path, so.Kind(), flag, want)
				}
				return so, nil
			}
			var in sdk.MatchInput
			so, err := read("app", appFile, sdk.KindApp)
			if err != nil {
				return err
			}
			in.App = so.(sdk.SignedAppOrder)
			if so, err = read("workerpool", poolFile, sdk.KindWorkerpool); err != nil {
				return err
			}
			in.Workerpool = so.(sdk.SignedWorkerpoolOrder)
			if so, err = read("request", requestFile, sdk.KindRequest); err != nil {
				return err
			}
			in.Request = so.(sdk.SignedRequestOrder)
			if datasetFile != "" {
				if so, err = read("dataset", datasetFile, sdk.KindDataset); err != nil {
					return err
				}
				d := so.(sdk.SignedDatasetOrder)
				in.Dataset = &d
			} else if in.Request.Order.Dataset != (common.Address{}) {
				return fmt.Errorf("the request uses dataset %s: give its dataset order with --dataset FILE", in.Request.Order.Dataset.Hex())
			}
			ctx := cmd.Context()
			c, err := s.client(ctx, true)
			if err != nil {
				return err
			}
			defer c.Close()
			var deal *sdk.Deal
			if sponsor {
				deal, err = c.SponsorMatchOrders(ctx, in)
			} else {
				deal, err = c.MatchOrders(ctx, in)
			}
			if err != nil {
				return err
			}
			stake := deal.SchedulerStake()
			var categoryName string
			if cat, err := c.Category(ctx, deal.Category); err == nil {
				categoryName = cat.Name
			}
			v := matchJSON{DealID: deal.ID, Volume: deal.BotSize, BotFirst: deal.BotFirst, AppPrice: sdk.FormatAmount(deal.AppPrice),
				DatasetPrice: sdk.FormatAmount(deal.DatasetPrice), WorkerpoolPrice: sdk.FormatAmount(deal.WorkerpoolPrice),
				TaskPrice: sdk.FormatAmount(deal.TaskPrice()), Payer: deal.Sponsor.Hex(), PayerLocked: sdk.FormatAmount(deal.Cost()),
				Scheduler: deal.WorkerpoolOwner.Hex(), SchedulerLocked: sdk.FormatAmount(stake),
				Tx: txResultJSON{Hash: deal.TxHash.Hex(), Block: deal.Block}, Deal: newDealJSON(deal, categoryName)}
			// The deal says where it was made; its receipt, the gas used.
			if r, err := c.Backend().TransactionReceipt(ctx, deal.TxHash); err == nil {
				v.Tx = newTxResultJSON(r)
			} else {
				fmt.Fprintf(cmd.ErrOrStderr(), "note: the deal is made, but reading the receipt of transaction %s failed (%v): its gas used is unknown\n",
					deal.TxHash.Hex(), err)
			}
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Made deal %s: %s, in block %d (transaction %s).\n", deal.ID.Hex(), tasksText(deal), deal.Block, deal.TxHash.Hex())
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
				fmt.Fprintf(tw, "  app\t%s\t%s per task\n", deal.App.Hex(), sdk.FormatRLC(deal.AppPrice))
				if deal.HasDataset() {
					fmt.Fprintf(tw, "  dataset\t%s\t%s per task\n", deal.Dataset.Hex(), sdk.FormatRLC(deal.DatasetPrice))
				}
				fmt.Fprintf(tw, "  workerpool\t%s\t%s per task\n", deal.Workerpool.Hex(), sdk.FormatRLC(deal.WorkerpoolPrice))
				fmt.Fprintf(tw, "  total\t\t%s per task\n", sdk.FormatRLC(deal.TaskPrice()))
				tw.Flush()
				fmt.Fprintf(w, "Locked %s from %s (%s), and a stake of %s from the workerpool owner %s.\n",
					sdk.FormatRLC(deal.Cost()), dealPayerText(deal), deal.Sponsor.Hex(), sdk.FormatRLC(stake), deal.WorkerpoolOwner.Hex())
				fmt.Fprintf(w, "Follow it with: poco deal show %s\n", deal.ID.Hex())
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&appFile, "app", "", "the app order file (signed)")
	f.StringVar(&datasetFile, "dataset", "", "the dataset order file (signed), when the request uses a dataset")
	f.StringVar(&poolFile, "workerpool", "", "the workerpool order file (signed)")
	f.StringVar(&requestFile, "request", "", "the request order file (signed)")
	f.BoolVar(&sponsor, "sponsor", false, "pay for the deal from the --from account instead of the requester's")
	return cmd
}

// tasksText is "1 task (index 0)" or "5 tasks (indexes 0 to 4)".
func tasksText(d *sdk.Deal) string {
	if d.BotSize == 1 {
		return fmt.Sprintf("1 task (index %d)", d.BotFirst)
	}
	return fmt.Sprintf("%d tasks (indexes %d to %d)", d.BotSize, d.BotFirst, d.BotFirst+d.BotSize-1)
}

// dealPayerText names who pays for a deal.
func dealPayerText(d *sdk.Deal) string {
	if d.Sponsor == d.Requester {
		return "the requester"
	}
	return "the sponsor"
}

// formatChainTime writes a time in UTC, to the second.
func formatChainTime(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04:05 UTC")
}
