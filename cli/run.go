package cli

import (
	"bufio"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
)

// EnvStorage names the environment variable giving the storage gateway's URL when
// --storage is not given; the configuration file's "storage" comes last.
const EnvStorage = "POCO_STORAGE"

// runPollInterval is how often `poco run` reads the chain for the deal's task events
// (requester.Follow; tests shorten it).
var runPollInterval = 2 * time.Second

// runPlainEvery is how often, without a terminal, `poco run` repeats a progress line when
// nothing changed.
const runPlainEvery = 30 * time.Second

type runFlags struct {
	dataset, workerpool, category, tag, args string
	inputs                                   []string
	volume, trust                            uint64
	appOrder, datasetOrder, poolOrder        string
	ordersDir, out, storage, watch           string
	market, maxPrice                         string
	yes, noDownload, gpu                     bool
	wide                                     bool // the results table with whole hashes and paths
	// outBase, when set and out is not, puts the results in outBase/<DEALID> (poco demo).
	outBase string
	// Confidential tasks (docs/confidential.md): requester secrets by name, results
	// encrypted to the beneficiary's result key, the key to decrypt them, the SMS.
	secrets        []string
	encryptResult  bool
	resultKey, sms string
}

func newRunCommand(g *globals) *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run APP [--dataset D] [--workerpool P] [--volume N] [--trust T] [--args \"…\"] [--input /ipfs/CID]… | run --watch DEAL",
		Short: "Run tasks of an app: buy them, follow them, download and check their results",
		Long: `Runs --volume tasks of APP (an app's address) as the --from account, the requester:

 1. finds an app order for APP, a workerpool order (of --workerpool P, or of any pool) and,
    with --dataset D, a dataset order: the files --app-order, --workerpool-order and
    --dataset-order when given (signed orders, as ` + "`poco order sign`" + ` writes them), else
    the cheapest usable one in the market's book (--market URL, else POCO_MARKET, else
    "market" in the configuration file; ` + "`poco devnet`" + ` sets it), else, with --orders DIR or
    when no market is configured, in the order folder ($POCO_HOME/orders/*.json). Usable:
    for that asset, signed by its owner on this hub, with --volume tasks left, of the
    --category asked (default: any at least as long as the app's recorded size, see
    below), up to the --trust asked, offering the --tag asked, restricted to nobody else,
    and (with --max-price) costing at most that per task. When nothing suits it says why:
    no pool offers that category or tag (a GPU), not enough volume, prices above
    --max-price, …. Among usable pool orders of the lowest price it takes the smallest
    category (the soonest deadlines: a failed task is refunded sooner), the same on every
    run, and says which and why. The app's recorded size is the reference time a task
    needs, margin included, that ` + "`poco app bench APP --record`" + ` or
    ` + "`poco app deploy --category-hint`" + ` wrote in $POCO_HOME/apps/APP.json;
 2. signs a request order for them (their prices as maximum prices; parameters
    {"args": --args, "inputs": [--input …]}) and matches the orders: one transaction that
    locks (app + dataset + workerpool price) × volume from your free balance in the hub
    (` + "`poco account deposit`" + ` first). It asks before paying; --yes does not ask, and is
    needed when standard input is not a terminal;
 3. follows the deal's tasks, with a progress line on standard error (UNSET, ACTIVE,
    REVEALING, COMPLETED and FAILED counts), until each is COMPLETED or FAILED, or the
    deal's final deadline passes;
 4. downloads each COMPLETED task's result from the storage gateway (--storage URL, else
    POCO_STORAGE, else "storage" in the configuration file) into --out DIR/<index>/
    (default poco-results/<DEALID>/<index>/), unpacked from its tar (files and folders
    only, nothing outside), and checks that its digest is the one on chain; a result
    that does not match is kept in DIR/<index>.unverified/ and reported. --no-download
    skips this step;
 5. prints a table that fits 100 columns: index, task id and result digest (abbreviated),
    status, results location (abbreviated /ipfs/<cid>), and where the result was put
    (relative to the results folder) with its check; --wide prints whole ids, digests,
    locations and paths, --json every field.

--watch DEAL does steps 3 to 5 for an existing deal (no order, no payment).

Confidential tasks (docs/confidential.md). --secret NAME (repeatable) gives the app your
secrets kept by the SMS under these names (` + "`poco requester push-secret`" + `), as
IEXEC_REQUESTER_SECRET_1, _2, … in order (params "secrets"); --encrypt-result has the
enclave encrypt each result to your result key (` + "`poco result keygen`" + `, ` + "`poco result push-key`" + `;
params "encrypt_result"). Both need a TEE task: without a TEE bit in --tag, the tag
tee,tdx is added and said on standard error. When an SMS is configured (--sms, else
POCO_SMS, else "sms" in the configuration file), it first checks that each named secret
and, with --encrypt-result, your result key are there, and buys nothing otherwise.
Encrypted results are downloaded as usual and said to be encrypted; --result-key FILE
decrypts each into DIR/<index>.decrypted/ (a result whose digest matches only once
decrypted counts as verified); else decrypt them later with ` + "`poco result decrypt`" + `.

It fails (exit status 1), after printing the table, when a task FAILED, when the final
deadline passed with tasks unfinished (claim them for a refund: ` + "`poco deal claim`" + `), when a
result could not be downloaded or does not match its digest, or when an app ended with an
error result (its error.json says why).

With --json: {"dealId", "tx" (the match: {"hash", "block", "gasUsed"}, absent with --watch),
"requestHash", "orders" ({"app", "dataset", "workerpool"}: each {"hash", "file"}), "cost",
"category" ({"id", "name", "refSeconds", "reason", "needSeconds", "hint"}), "counts"
({"unset", "active", "revealing", "completed", "failed", "total"}), "out", "tasks":
[{"index", "id", "status", "resultDigest", "results", "location", "dir", "verified",
"appError", "encrypted", "decrypted", "problem"}], "problems": [sentences]}; amounts are
decimal strings of RLC. See docs/run.md and docs/confidential.md.`,
		Example: `  poco run 0xAPP --workerpool 0xPOOL --volume 3 --args "--n 42" --yes
  poco run 0xAPP --dataset 0xDATASET --trust 3 --input /ipfs/bafk… --out results --json --yes
  poco run 0xAPP --gpu --max-price 0.5 --yes          # the cheapest GPU offer of the market
  poco run 0xAPP --app-order app-signed.json --workerpool-order pool-signed.json --yes
  poco run 0xAPP --secret db-password --encrypt-result --result-key ~/.poco/result.key --yes
  poco run --watch 0x5c1b…e3a0`,
		Args: func(cmd *cobra.Command, args []string) error {
			if f.watch != "" {
				if len(args) > 0 {
					return fmt.Errorf("--watch follows an existing deal: give no APP (got %q)", args[0])
				}
				return nil
			}
			if len(args) != 1 {
				return errors.New("which app? give its address: poco run APP (or --watch DEAL to follow a deal)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			if f.watch != "" {
				return runWatch(cmd, s, &f)
			}
			return runNew(cmd, s, &f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.dataset, "dataset", "", "the dataset to run the app on (default: none)")
	fl.StringVar(&f.workerpool, "workerpool", "", "the workerpool to run in (default: any pool with a usable order)")
	fl.Uint64Var(&f.volume, "volume", 1, "number of tasks")
	fl.Uint64Var(&f.trust, "trust", 1, "trust level: 1 for one worker per task, more for agreeing workers")
	fl.StringVar(&f.category, "category", "", "category: an id or a name (XS, S, M, L, XL); default: the smallest at the lowest price that fits the app's recorded size")
	fl.StringVar(&f.tag, "tag", "", `tag the tasks need: names ("tee", "gpu", …) or 0x-hex`)
	fl.BoolVar(&f.gpu, "gpu", false, "the tasks need a GPU (adds the gpu tag: a pool offering it, a worker with a GPU)")
	fl.StringVar(&f.args, "args", "", "the app's arguments")
	fl.StringArrayVar(&f.inputs, "input", nil, "an input file's location, /ipfs/<cid> (repeat for several)")
	fl.StringVar(&f.appOrder, "app-order", "", "the app order to use (a signed order file)")
	fl.StringVar(&f.datasetOrder, "dataset-order", "", "the dataset order to use (a signed order file)")
	fl.StringVar(&f.poolOrder, "workerpool-order", "", "the workerpool order to use (a signed order file)")
	fl.StringVar(&f.ordersDir, "orders", "", "the order folder to choose orders from, instead of the market (default $POCO_HOME/orders when no market is configured)")
	fl.StringVar(&f.market, "market", "", "the market to buy from (env "+EnvMarket+", else \"market\" in the configuration file); none: the order folder")
	fl.StringVar(&f.maxPrice, "max-price", "", "the most one task may cost, in RLC (app + dataset + workerpool prices); default: no maximum")
	fl.StringVar(&f.out, "out", "", "folder for the results, one sub-folder per task index (default poco-results/DEALID)")
	fl.StringVar(&f.storage, "storage", "", "where to download results from: a storage gateway URL, ipfs+http://HOST:5001 (an IPFS node's RPC API) or a local store folder (env "+EnvStorage+", else the configuration file's \"storage\")")
	fl.BoolVar(&f.noDownload, "no-download", false, "do not download the results")
	fl.BoolVar(&f.yes, "yes", false, "pay without asking")
	fl.StringVar(&f.watch, "watch", "", "follow this existing deal instead of making one")
	fl.BoolVar(&f.wide, "wide", false, "print the results table with whole task ids, digests, locations and paths")
	fl.StringArrayVar(&f.secrets, "secret", nil, "a requester secret the app gets, by its name at the SMS (repeat for several; needs a TEE task)")
	fl.BoolVar(&f.encryptResult, "encrypt-result", false, "encrypt the results to your result key at the SMS (needs a TEE task)")
	fl.StringVar(&f.resultKey, "result-key", "", "the result private key file to decrypt encrypted results with (`poco result keygen`)")
	fl.StringVar(&f.sms, "sms", "", smsFlagHelp)
	return cmd
}

// runWatch follows an existing deal.
func runWatch(cmd *cobra.Command, s *Settings, f *runFlags) error {
	for _, name := range []string{"dataset", "workerpool", "volume", "trust", "category", "tag", "gpu", "args", "input",
		"app-order", "dataset-order", "workerpool-order", "orders", "market", "max-price", "yes", "secret", "encrypt-result", "sms"} {
		if cmd.Flags().Changed(name) {
			return fmt.Errorf("--%s is for making a deal: --watch follows an existing one", name)
		}
	}
	id, err := parseID32("deal id", f.watch)
	if err != nil {
		return err
	}
	if f.resultKey != "" {
		if _, err := loadResultKey(f.resultKey); err != nil {
			return fmt.Errorf("--result-key: %w", err)
		}
	}
	store, err := runStore(s, f)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	c, err := s.client(ctx, false)
	if err != nil {
		return err
	}
	defer c.Close()
	deal, err := c.Deal(ctx, id)
	if err != nil {
		return err
	}
	return runFollow(cmd, s, c, deal, f, store, &runJSON{DealID: deal.ID})
}

// runNew chooses the orders, makes the deal and follows it.
func runNew(cmd *cobra.Command, s *Settings, f *runFlags, appArg string) error {
	_, err := runNewDeal(cmd, s, f, appArg)
	return err
}

// runNewDeal is runNew, returning the deal it made (nil when it made none, with the
// error; the deal and the error when following it failed).
func runNewDeal(cmd *cobra.Command, s *Settings, f *runFlags, appArg string) (*sdk.Deal, error) {
	ctx := cmd.Context()
	app, err := parseAddress("app", appArg)
	if err != nil {
		return nil, err
	}
	if s.Account == (common.Address{}) {
		return nil, fmt.Errorf("who pays? a run is paid by its requester: pass --from ADDRESS (or set %s); `poco wallet list` shows your keys", EnvAccount)
	}
	want := requester.Want{Requester: s.Account, App: app, Volume: f.volume, Trust: f.trust}
	if f.dataset != "" {
		if want.Dataset, err = parseAddress("--dataset", f.dataset); err != nil {
			return nil, err
		}
	} else if f.datasetOrder != "" {
		return nil, errors.New("--dataset-order without --dataset: name the dataset to run on with --dataset ADDRESS")
	}
	if f.workerpool != "" {
		if want.Workerpool, err = parseAddress("--workerpool", f.workerpool); err != nil {
			return nil, err
		}
	}
	if err := orderCheckVolume(f.volume); err != nil {
		return nil, err
	}
	if f.trust == 0 {
		return nil, errors.New("--trust must be at least 1 (1: one worker per task)")
	}
	if want.Tag, err = orderTagFlag(f.tag); err != nil {
		return nil, err
	}
	if f.gpu { // the GPU tag bit (8): only pools offering it, only workers with a GPU
		want.Tag = want.Tag.Or(protocol.TagGPU)
	}
	params := api.Params{Args: f.args}
	var teeNote string
	if want.Tag, teeNote, err = runConfidential(f.secrets, f.encryptResult, f.trust, want.Tag, &params); err != nil {
		return nil, err
	}
	if f.resultKey != "" && !f.encryptResult {
		return nil, errors.New("--result-key decrypts results encrypted with --encrypt-result: add --encrypt-result, or drop --result-key")
	}
	if teeNote != "" {
		fmt.Fprintln(cmd.ErrOrStderr(), teeNote)
	}
	for _, in := range f.inputs {
		cid, err := storage.ParseLocation(strings.TrimSpace(in))
		if err != nil {
			return nil, fmt.Errorf("--input %q is not a stored file's location: want /ipfs/<cid> (upload it to the storage gateway first)", in)
		}
		params.Inputs = append(params.Inputs, storage.Location(cid))
	}
	store, err := runStore(s, f)
	if err != nil {
		return nil, err
	}
	if f.resultKey != "" {
		if _, err := loadResultKey(f.resultKey); err != nil {
			return nil, fmt.Errorf("--result-key: %w", err)
		}
	}
	if err := runCheckSMS(cmd, s, f.sms, s.Account, f.secrets, f.encryptResult); err != nil {
		return nil, err
	}
	if f.out != "" {
		if fi, err := os.Stat(f.out); err == nil && !fi.IsDir() {
			return nil, fmt.Errorf("--out %s is a file: the results go into a folder", f.out)
		}
	}
	// The key is unlocked before anything is read: a wrong password fails first.
	c, err := s.client(ctx, true)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	hint, err := requester.ReadHint(requester.AppsDir(), app)
	if err != nil {
		return nil, err
	}
	if f.category != "" {
		cat, err := orderCategoryFlag(ctx, c, f.category)
		if err != nil {
			return nil, err
		}
		want.Category = &cat
		if hint != nil {
			if cc, err := c.Category(ctx, cat); err == nil && cc.Ref() < hint.NeedRef() {
				fmt.Fprintf(cmd.ErrOrStderr(), "Warning: category %s allows %s on the reference machine, less than the %s a task of app %s needs (recorded in %s): tasks may run out of time.\n",
					cc.Name, cc.Ref(), hint.NeedRef(), app.Hex(), requester.HintPath(requester.AppsDir(), app))
			}
		}
	} else if hint != nil {
		want.NeedRef = hint.NeedRef()
	}
	var maxPrice *big.Int
	if f.maxPrice != "" {
		if maxPrice, err = sdk.ParseRLC(f.maxPrice); err != nil {
			return nil, fmt.Errorf("--max-price %q: %w", f.maxPrice, err)
		}
	}
	orders, err := runChooseOrders(cmd, s, c, f, want, maxPrice)
	if err != nil {
		return nil, err
	}
	if maxPrice != nil && orders.TaskPrice().Cmp(maxPrice) > 0 {
		return nil, fmt.Errorf("the cheapest usable orders cost %s per task (app %s + workerpool %s%s), above --max-price %s: nothing was bought",
			sdk.FormatRLC(orders.TaskPrice()), sdk.FormatAmount(orders.App.Order.AppPrice), sdk.FormatAmount(orders.Workerpool.Order.WorkerpoolPrice),
			datasetPriceText(orders), sdk.FormatRLC(maxPrice))
	}
	request := requester.NewRequest(want, orders, params.String())
	cost := orders.TaskPrice()
	cost.Mul(cost, new(big.Int).SetUint64(f.volume))
	category := newRunCategoryJSON(orders, hint)
	if err := runConfirm(cmd, f, want, orders, cost, category); err != nil {
		return nil, err
	}
	signed, err := c.SignRequestOrder(request)
	if err != nil {
		return nil, err
	}
	deal, err := c.MatchOrders(ctx, sdk.MatchInput{App: orders.App, Dataset: orders.Dataset, Workerpool: orders.Workerpool, Request: signed})
	if err != nil {
		return nil, err
	}
	v := &runJSON{DealID: deal.ID, Cost: sdk.FormatAmount(deal.Cost()), Category: category}
	reqHash := c.HashRequestOrder(request)
	v.RequestHash = &reqHash
	tx := txResultJSON{Hash: deal.TxHash.Hex(), Block: deal.Block}
	if r, err := c.Backend().TransactionReceipt(ctx, deal.TxHash); err == nil {
		tx = newTxResultJSON(r)
	}
	v.Tx = &tx
	v.Orders = &runOrdersJSON{
		App:        runOrderJSON{Hash: deal.OrderHashes[0], File: orders.AppSource},
		Workerpool: runOrderJSON{Hash: deal.OrderHashes[2], File: orders.WorkerpoolSource},
	}
	if orders.Dataset != nil {
		v.Orders.Dataset = &runOrderJSON{Hash: deal.OrderHashes[1], File: orders.DatasetSource}
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "Made deal %s: %s, in block %d (transaction %s); %s locked.\n",
		deal.ID.Hex(), tasksText(deal), deal.Block, deal.TxHash.Hex(), sdk.FormatRLC(deal.Cost()))
	return deal, runFollow(cmd, s, c, deal, f, store, v)
}

// runStore is the store results are downloaded from (nil with --no-download): a storage
// gateway, an IPFS node or a local store folder (see openStore).
func runStore(s *Settings, f *runFlags) (storage.Store, error) {
	if f.noDownload {
		return nil, nil
	}
	u := storageValue(s, f.storage)
	if u == "" {
		return nil, fmt.Errorf("no storage gateway to download the results from: pass --storage URL (or set %s, or \"storage\" in %s), or --no-download",
			EnvStorage, s.ConfigPath)
	}
	return openStore(u)
}

func datasetPriceText(o *requester.Orders) string {
	if o.Dataset == nil {
		return ""
	}
	return " + dataset " + sdk.FormatAmount(o.Dataset.Order.DatasetPrice)
}

// runChooseOrders reads the order files given and, for the others, the market's book
// (when a market is configured and no --orders folder is given) or the order folder,
// and chooses.
func runChooseOrders(cmd *cobra.Command, s *Settings, c *sdk.Client, f *runFlags, want requester.Want, maxPrice *big.Int) (*requester.Orders, error) {
	dir := f.ordersDir
	if dir == "" {
		dir = requester.OrdersDir()
	}
	var folder []requester.Candidate
	var skipped []error
	needFolder := f.appOrder == "" || f.poolOrder == "" || (want.Dataset != (common.Address{}) && f.datasetOrder == "")
	if url := configuredMarket(s, f.market); needFolder && f.ordersDir == "" && url != "" {
		given := map[sdk.OrderKind][]requester.Candidate{}
		for _, g := range []struct {
			flag, path string
			kind       sdk.OrderKind
		}{{"app-order", f.appOrder, sdk.KindApp}, {"dataset-order", f.datasetOrder, sdk.KindDataset}, {"workerpool-order", f.poolOrder, sdk.KindWorkerpool}} {
			if g.path == "" {
				continue
			}
			so, err := readOrderFile(cmd, g.path)
			if err != nil {
				return nil, fmt.Errorf("--%s: %w", g.flag, err)
			}
			if so.Kind() != g.kind {
				return nil, fmt.Errorf("--%s %s holds a %s: --%s takes a signed %s", g.flag, g.path, so.Kind(), g.flag, g.kind)
			}
			given[g.kind] = []requester.Candidate{{Order: so, Source: g.path}}
		}
		return runChooseFromBook(cmd.Context(), c, market.NewClient(url), want, maxPrice, given)
	}
	if needFolder {
		var err error
		if folder, skipped, err = requester.ReadOrders(dir, parseOrderFile); err != nil {
			return nil, err
		}
	}
	pick := func(flag, path string, kind sdk.OrderKind) ([]requester.Candidate, error) {
		if path == "" {
			return folder, nil
		}
		so, err := readOrderFile(cmd, path)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", flag, err)
		}
		if so.Kind() != kind {
			return nil, fmt.Errorf("--%s %s holds a %s: --%s takes a signed %s", flag, path, so.Kind(), flag, kind)
		}
		return []requester.Candidate{{Order: so, Source: path}}, nil
	}
	apps, err := pick("app-order", f.appOrder, sdk.KindApp)
	if err != nil {
		return nil, err
	}
	pools, err := pick("workerpool-order", f.poolOrder, sdk.KindWorkerpool)
	if err != nil {
		return nil, err
	}
	var datasets []requester.Candidate
	if want.Dataset != (common.Address{}) {
		if datasets, err = pick("dataset-order", f.datasetOrder, sdk.KindDataset); err != nil {
			return nil, err
		}
	}
	orders, err := requester.Choose(cmd.Context(), c, want, apps, datasets, pools)
	var none *requester.NoOrderError
	if !errors.As(err, &none) {
		return orders, err
	}
	flag := map[sdk.OrderKind]string{sdk.KindApp: "app-order", sdk.KindDataset: "dataset-order", sdk.KindWorkerpool: "workerpool-order"}[none.Kind]
	given := map[sdk.OrderKind]string{sdk.KindApp: f.appOrder, sdk.KindDataset: f.datasetOrder, sdk.KindWorkerpool: f.poolOrder}[none.Kind]
	if given != "" {
		return nil, fmt.Errorf("the %s in --%s %s cannot be used: %s", none.Kind, flag, given, runReasons(none.Refused, true))
	}
	what := none.Kind.String()
	if none.Asset != (common.Address{}) {
		what += " for " + none.Kind.Asset() + " " + none.Asset.Hex()
	}
	msg := fmt.Sprintf("no %s in the order folder %s", what, dir)
	if len(none.Refused) > 0 {
		msg = fmt.Sprintf("no usable %s in the order folder %s (%s)", what, dir, runReasons(none.Refused, false))
	}
	msg += fmt.Sprintf(": give a signed one with --%s FILE (`poco order init %s` then `poco order sign` as the %s's owner), or put it in %s",
		flag, none.Kind.Asset(), none.Kind.Asset(), dir)
	if none.Kind == sdk.KindWorkerpool && want.Workerpool == (common.Address{}) && len(none.Refused) == 0 {
		msg += "; --workerpool P names the pool"
	}
	if len(skipped) > 0 {
		var names []string
		for _, e := range skipped {
			names = append(names, e.Error())
		}
		msg += ". Skipped, not signed orders: " + strings.Join(names, "; ")
	}
	return nil, errors.New(msg)
}

// runReasons joins why each order was refused, naming the file by its base name unless
// only one file was given.
func runReasons(refused []requester.Refusal, only bool) string {
	out := make([]string, len(refused))
	for i, r := range refused {
		if only {
			out[i] = r.Reason
		} else {
			out[i] = filepath.Base(r.Source) + ": " + r.Reason
		}
	}
	return strings.Join(out, "; ")
}

// runCategoryJSON is the category `poco run` chose and why.
type runCategoryJSON struct {
	ID         uint64 `json:"id"`
	Name       string `json:"name"`
	RefSeconds uint64 `json:"refSeconds"` // its time on the reference machine
	Reason     string `json:"reason"`
	// NeedSeconds is the app's recorded size (a task's reference time, margin
	// included), and Hint the file it is recorded in; absent when none is.
	NeedSeconds float64 `json:"needSeconds,omitempty"`
	Hint        string  `json:"hint,omitempty"`
}

func newRunCategoryJSON(o *requester.Orders, hint *requester.Hint) *runCategoryJSON {
	v := &runCategoryJSON{ID: o.Category.ID, Name: o.Category.Name, RefSeconds: o.Category.WorkClockTimeRef, Reason: o.CategoryReason}
	if hint != nil {
		v.NeedSeconds, v.Hint = hint.NeedSeconds, requester.HintPath(requester.AppsDir(), hint.App)
	}
	return v
}

// runConfirm says what the run costs and asks (unless --yes).
func runConfirm(cmd *cobra.Command, f *runFlags, want requester.Want, o *requester.Orders, cost *big.Int, cat *runCategoryJSON) error {
	w := cmd.ErrOrStderr()
	prices := []string{"app " + sdk.FormatAmount(o.App.Order.AppPrice)}
	if o.Dataset != nil {
		prices = append(prices, "dataset "+sdk.FormatAmount(o.Dataset.Order.DatasetPrice))
	}
	prices = append(prices, "workerpool "+sdk.FormatAmount(o.Workerpool.Order.WorkerpoolPrice))
	fmt.Fprintf(w, "Running %d task(s) of app %s in workerpool %s (category %s, trust %d): %s per task (%s), %s in all.\n",
		f.volume, want.App.Hex(), o.Workerpool.Order.Workerpool.Hex(), cat.Name, max(want.Trust, 1),
		sdk.FormatRLC(o.TaskPrice()), strings.Join(prices, " + "), sdk.FormatRLC(cost))
	why := fmt.Sprintf("  category: %s (id %d, %s on the reference machine), %s", cat.Name, cat.ID, o.Category.Ref(), cat.Reason)
	switch {
	case cat.Hint != "" && want.Category == nil:
		why += fmt.Sprintf(" (recorded in %s)", cat.Hint)
	case want.Category == nil:
		why += fmt.Sprintf("; `poco app bench %s --record` measures it", want.App.Hex())
	}
	fmt.Fprintln(w, why+".")
	fmt.Fprintf(w, "  app order: %s\n", o.AppSource)
	if o.Dataset != nil {
		fmt.Fprintf(w, "  dataset order: %s\n", o.DatasetSource)
	}
	fmt.Fprintf(w, "  workerpool order: %s\n", o.WorkerpoolSource)
	if f.yes {
		return nil
	}
	if !isTerminal(cmd.InOrStdin()) {
		return fmt.Errorf("this run costs %s: pass --yes to pay (standard input is not a terminal to ask)", sdk.FormatRLC(cost))
	}
	fmt.Fprintf(w, "Pay %s? [y/N] ", sdk.FormatRLC(cost))
	line, _ := bufio.NewReader(cmd.InOrStdin()).ReadString('\n')
	if a := strings.ToLower(strings.TrimSpace(line)); a != "y" && a != "yes" {
		return errors.New("not paid: nothing was done")
	}
	return nil
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// ───────────────────────────── following and results ─────────────────────────────

// runJSON is what `poco run --json` prints.
type runJSON struct {
	DealID      common.Hash    `json:"dealId"`
	Tx          *txResultJSON  `json:"tx,omitempty"`
	RequestHash *common.Hash   `json:"requestHash,omitempty"`
	Orders      *runOrdersJSON `json:"orders,omitempty"`
	Cost        string         `json:"cost,omitempty"`
	// Category is the deal's category and why it was chosen (absent with --watch).
	Category *runCategoryJSON `json:"category,omitempty"`
	Counts   runCountsJSON    `json:"counts"`
	Out      string           `json:"out,omitempty"`
	Tasks    []runTaskJSON    `json:"tasks"`
	Problems []string         `json:"problems"`
}

type runOrdersJSON struct {
	App        runOrderJSON  `json:"app"`
	Dataset    *runOrderJSON `json:"dataset,omitempty"`
	Workerpool runOrderJSON  `json:"workerpool"`
}

type runOrderJSON struct {
	Hash common.Hash `json:"hash"`
	File string      `json:"file"`
}

type runCountsJSON struct {
	requester.Counts
	Total int `json:"total"`
}

type runTaskJSON struct {
	Index        uint64         `json:"index"`
	ID           common.Hash    `json:"id"`
	Status       sdk.TaskStatus `json:"status"`
	ResultDigest common.Hash    `json:"resultDigest,omitzero"`
	Results      string         `json:"results,omitempty"`  // the on-chain results field
	Location     string         `json:"location,omitempty"` // /ipfs/<cid> of the result
	Dir          string         `json:"dir,omitempty"`      // where it was downloaded
	Verified     *bool          `json:"verified,omitempty"` // its digest is the on-chain one
	AppError     string         `json:"appError,omitempty"` // an error result's code
	// Encrypted is the downloaded encrypted result file (--encrypt-result), Decrypted
	// where --result-key decrypted it.
	Encrypted string `json:"encrypted,omitempty"`
	Decrypted string `json:"decrypted,omitempty"`
	Problem   string `json:"problem,omitempty"`
}

// runFollow follows the deal, downloads the results and prints the table.
func runFollow(cmd *cobra.Command, s *Settings, c *sdk.Client, deal *sdk.Deal, f *runFlags, store storage.Store, v *runJSON) error {
	ctx := cmd.Context()
	p := &runProgress{w: cmd.ErrOrStderr(), tty: isTerminal(cmd.ErrOrStderr()), start: time.Now()}
	fmt.Fprintf(p.w, "Following deal %s: %s.\n", deal.ID.Hex(), tasksText(deal))
	tasks, ferr := requester.Follow(ctx, c, deal, runPollInterval, func(n requester.Counts, _ []*sdk.Task) { p.update(n) })
	p.finish()
	if ferr != nil && !errors.Is(ferr, requester.ErrDeadlinePassed) {
		return fmt.Errorf("%w (follow the deal again with `poco run --watch %s`)", ferr, deal.ID.Hex())
	}
	counts := requester.Count(tasks)
	v.Counts = runCountsJSON{Counts: counts, Total: counts.Total()}
	v.Problems = []string{}
	out := f.out
	switch {
	case out == "" && f.outBase != "":
		out = filepath.Join(f.outBase, deal.ID.Hex())
	case out == "":
		out = filepath.Join("poco-results", deal.ID.Hex())
	}
	if store != nil {
		v.Out = out
	}
	var resultKey *ecdsa.PrivateKey
	if f.resultKey != "" {
		var err error
		if resultKey, err = loadResultKey(f.resultKey); err != nil {
			return fmt.Errorf("--result-key: %w", err)
		}
	}
	var mismatched, failedDownloads, appErrors, encrypted []string
	for _, t := range tasks {
		row := runTaskJSON{Index: t.Index, ID: t.ID, Status: t.Status, ResultDigest: t.ResultDigest}
		if t.Status == sdk.TaskCompleted {
			row.Results = string(t.Results)
			if cid, err := storage.ParseResult(t.Results); err == nil {
				row.Location = storage.Location(cid)
			}
		}
		if t.Status == sdk.TaskCompleted && store != nil {
			d, err := requester.Download(ctx, store, t, filepath.Join(out, strconv.FormatUint(t.Index, 10)))
			if d != nil {
				row.Dir, row.AppError = d.Dir, d.AppError
				verified := d.Verified
				sealedFile, decrypted, plainOK, derr := runDecryptTask(d.Dir, resultKey, t)
				row.Encrypted, row.Decrypted = sealedFile, decrypted
				switch {
				case derr != nil && err == nil:
					err = fmt.Errorf("decrypting the result of task %d: %w", t.Index, derr)
				case plainOK && errors.Is(err, requester.ErrDigestMismatch):
					err, verified = nil, true // the digest is the decrypted result's
				}
				if sealedFile != "" && decrypted == "" {
					encrypted = append(encrypted, fmt.Sprint(t.Index))
				}
				row.Verified = &verified
			}
			switch {
			case errors.Is(err, requester.ErrDigestMismatch):
				row.Problem = err.Error()
				mismatched = append(mismatched, fmt.Sprint(t.Index))
			case err != nil:
				row.Problem = err.Error()
				failedDownloads = append(failedDownloads, fmt.Sprintf("task %d: %v", t.Index, err))
			case d.AppError != "":
				row.Problem = fmt.Sprintf("the app failed (%s): see %s", d.AppError, filepath.Join(d.Dir, "error.json"))
				appErrors = append(appErrors, fmt.Sprintf("%d (%s)", t.Index, d.AppError))
			}
		}
		v.Tasks = append(v.Tasks, row)
	}
	// What went wrong, in sentences.
	if counts.Failed > 0 {
		v.Problems = append(v.Problems, fmt.Sprintf("%d of the %d task(s) FAILED: nobody finished them before the deal's final deadline and they were claimed (the payer was refunded for them).",
			counts.Failed, counts.Total()))
	}
	if ferr != nil {
		v.Problems = append(v.Problems, fmt.Sprintf("%d task(s) were still unfinished at the deal's final deadline %s: claim them for a refund with `poco deal claim %s`.",
			counts.Total()-counts.Done(), formatChainTime(deal.FinalDeadline()), deal.ID.Hex()))
	}
	if len(mismatched) > 0 {
		v.Problems = append(v.Problems, fmt.Sprintf("The downloaded result of task(s) %s does NOT match the digest on chain: it is not the result the workers agreed on; it is kept in %s for inspection, do not trust it.",
			strings.Join(mismatched, ", "), filepath.Join(out, "<index>"+requester.UnverifiedSuffix)))
	}
	if len(failedDownloads) > 0 {
		v.Problems = append(v.Problems, "Could not download "+pluralize(uint64(len(failedDownloads)), "a result", "results")+": "+strings.Join(failedDownloads, "; ")+".")
	}
	if len(appErrors) > 0 {
		v.Problems = append(v.Problems, fmt.Sprintf("The app failed in task(s) %s: their result is an error report (error.json), agreed on by the workers.", strings.Join(appErrors, ", ")))
	}
	if len(encrypted) > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "The result of task(s) %s is encrypted to your result key: decrypt it with `poco result decrypt %s --key-file FILE`, or follow the deal again with `poco run --watch %s --result-key FILE`.\n",
			strings.Join(encrypted, ", "), filepath.Join(out, "<index>"), deal.ID.Hex())
	}
	if err := s.output(cmd, v, func(w io.Writer) { printRun(w, deal, v, store != nil, f.wide) }); err != nil {
		return err
	}
	if len(v.Problems) > 0 {
		return errors.New(strings.Join(v.Problems, " "))
	}
	return nil
}

// printRun writes the deal's counts, the results table and the problems. The table fits
// 100 columns (ids, digests and locations abbreviated, results' folders relative to
// v.Out), or with wide holds every field whole.
func printRun(w io.Writer, deal *sdk.Deal, v *runJSON, downloaded, wide bool) {
	fmt.Fprintf(w, "Deal %s: %s.\n", deal.ID.Hex(), runCountsText(v.Counts.Counts))
	if downloaded && v.Counts.Completed > 0 {
		fmt.Fprintf(w, "Results in %s/<index>.\n", v.Out)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tTASK\tSTATUS\tRESULT DIGEST\tRESULTS\tDOWNLOADED")
	for _, t := range v.Tasks {
		digest, loc, local := "-", "-", "-"
		if t.ResultDigest != (common.Hash{}) {
			digest = shortHash(t.ResultDigest, wide)
		}
		switch {
		case t.Location != "":
			loc = shortLocation(t.Location, wide)
		case t.Results != "":
			loc = t.Results
		}
		dir := t.Dir
		if rel, err := filepath.Rel(v.Out, t.Dir); err == nil && !wide && t.Dir != "" && !strings.HasPrefix(rel, "..") {
			dir = rel + string(filepath.Separator)
		}
		switch {
		case t.Verified != nil && *t.Verified && t.AppError != "":
			local = dir + " (verified; app failed: " + t.AppError + ")"
		case t.Verified != nil && *t.Verified:
			local = dir + " (verified)"
		case t.Verified != nil:
			local = dir + " (DIGEST MISMATCH)"
		case t.Problem != "":
			local = "FAILED TO DOWNLOAD"
		case t.Status == sdk.TaskCompleted && !downloaded:
			local = "not downloaded"
		}
		switch {
		case t.Decrypted != "":
			local += ", decrypted in " + filepath.Base(t.Decrypted)
		case t.Encrypted != "":
			local += ", encrypted"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", t.Index, shortHash(t.ID, wide), t.Status, digest, loc, local)
	}
	tw.Flush()
	for _, p := range v.Problems {
		fmt.Fprintln(w, p)
	}
}

// shortHash is h as 0x04fe01…a2901f (whole with wide).
func shortHash(h common.Hash, wide bool) string {
	x := h.Hex()
	if wide {
		return x
	}
	return x[:8] + "…" + x[len(x)-6:]
}

// shortLocation is a /ipfs/<cid> location with its CID abbreviated, /ipfs/bafk…cvxw4abc
// (whole with wide, or when short enough).
func shortLocation(loc string, wide bool) string {
	cid, ok := strings.CutPrefix(loc, "/ipfs/")
	if wide || !ok || len(cid) <= 16 {
		return loc
	}
	return "/ipfs/" + cid[:4] + "…" + cid[len(cid)-8:]
}

// runCountsText is "3 tasks: COMPLETED 2, FAILED 1", naming only the states present.
func runCountsText(n requester.Counts) string {
	var parts []string
	for _, x := range []struct {
		name string
		n    int
	}{{"UNSET", n.Unset}, {"ACTIVE", n.Active}, {"REVEALING", n.Revealing}, {"COMPLETED", n.Completed}, {"FAILED", n.Failed}} {
		if x.n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", x.name, x.n))
		}
	}
	return fmt.Sprintf("%s: %s", pluralize(uint64(n.Total()), "1 task", fmt.Sprintf("%d tasks", n.Total())), strings.Join(parts, ", "))
}

// runProgress draws the deal's progress on standard error: a bar redrawn in place on a
// terminal, else a line when the counts change (and every runPlainEvery).
type runProgress struct {
	w      io.Writer
	tty    bool
	start  time.Time
	last   *requester.Counts
	lastAt time.Time
	drawn  bool
}

func (p *runProgress) update(n requester.Counts) {
	elapsed := time.Since(p.start).Round(time.Second)
	if p.tty {
		const width = 24
		done := 0
		if n.Total() > 0 {
			done = n.Done() * width / n.Total()
		}
		fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%d done  UNSET %d  ACTIVE %d  REVEALING %d  COMPLETED %d  FAILED %d  %s",
			strings.Repeat("#", done), strings.Repeat("-", width-done), n.Done(), n.Total(),
			n.Unset, n.Active, n.Revealing, n.Completed, n.Failed, elapsed)
		p.drawn = true
		return
	}
	if p.last != nil && *p.last == n && time.Since(p.lastAt) < runPlainEvery {
		return
	}
	p.last, p.lastAt = &n, time.Now()
	fmt.Fprintf(p.w, "%d/%d task(s) done: %s (%s)\n", n.Done(), n.Total(), n, elapsed)
}

func (p *runProgress) finish() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}
