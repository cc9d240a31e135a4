package cli

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/sdk"
)

// The asset commands: app, dataset and workerpool. Each asset is an ERC-721 token of
// its registry, whose id is the asset's address; deploy registers one, show reads it,
// count counts them, transfer gives one to another account.

// assetKind is what the show, count and transfer commands need to know of a registry.
type assetKind struct {
	name     string // "app"
	plural   string // "apps"
	registry func(c *sdk.Client) common.Address
	count    func(ctx context.Context, c *sdk.Client) (uint64, error)
	owner    func(ctx context.Context, c *sdk.Client, asset common.Address) (common.Address, error)
	transfer func(ctx context.Context, c *sdk.Client, asset, to common.Address) (*types.Receipt, error)
	// show reads the asset ("no app at 0x…" when there is none) and returns its JSON form
	// and the function printing it for people.
	show func(ctx context.Context, c *sdk.Client, asset common.Address) (any, func(io.Writer), error)
	// example is an address for the examples of the help.
	example string
	// identity is the value to change to register another asset with the same owner.
	identity string
}

var (
	appKind = assetKind{
		name: "app", plural: "apps",
		registry: (*sdk.Client).AppRegistry,
		count:    func(ctx context.Context, c *sdk.Client) (uint64, error) { return c.AppCount(ctx) },
		owner: func(ctx context.Context, c *sdk.Client, a common.Address) (common.Address, error) {
			return c.AppOwner(ctx, a)
		},
		transfer: func(ctx context.Context, c *sdk.Client, a, to common.Address) (*types.Receipt, error) {
			return c.TransferApp(ctx, a, to)
		},
		show: func(ctx context.Context, c *sdk.Client, a common.Address) (any, func(io.Writer), error) {
			app, err := c.App(ctx, a)
			if err != nil {
				return nil, nil, err
			}
			v := newAppJSON(app)
			return v, func(w io.Writer) { writeApp(w, v) }, nil
		},
		example: "0x5FbDB2315678afecb367f032d93F642f64180aa3", identity: "name",
	}
	datasetKind = assetKind{
		name: "dataset", plural: "datasets",
		registry: (*sdk.Client).DatasetRegistry,
		count:    func(ctx context.Context, c *sdk.Client) (uint64, error) { return c.DatasetCount(ctx) },
		owner: func(ctx context.Context, c *sdk.Client, a common.Address) (common.Address, error) {
			return c.DatasetOwner(ctx, a)
		},
		transfer: func(ctx context.Context, c *sdk.Client, a, to common.Address) (*types.Receipt, error) {
			return c.TransferDataset(ctx, a, to)
		},
		show: func(ctx context.Context, c *sdk.Client, a common.Address) (any, func(io.Writer), error) {
			d, err := c.Dataset(ctx, a)
			if err != nil {
				return nil, nil, err
			}
			v := newDatasetJSON(d)
			return v, func(w io.Writer) { writeDataset(w, v) }, nil
		},
		example: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", identity: "name",
	}
	workerpoolKind = assetKind{
		name: "workerpool", plural: "workerpools",
		registry: (*sdk.Client).WorkerpoolRegistry,
		count:    func(ctx context.Context, c *sdk.Client) (uint64, error) { return c.WorkerpoolCount(ctx) },
		owner: func(ctx context.Context, c *sdk.Client, a common.Address) (common.Address, error) {
			return c.WorkerpoolOwner(ctx, a)
		},
		transfer: func(ctx context.Context, c *sdk.Client, a, to common.Address) (*types.Receipt, error) {
			return c.TransferWorkerpool(ctx, a, to)
		},
		show: func(ctx context.Context, c *sdk.Client, a common.Address) (any, func(io.Writer), error) {
			p, err := c.Workerpool(ctx, a)
			if err != nil {
				return nil, nil, err
			}
			v := newWorkerpoolJSON(p)
			return v, func(w io.Writer) { writeWorkerpool(w, v) }, nil
		},
		example: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0", identity: "description",
	}
)

// ───────────────────────────── apps ─────────────────────────────

// appTypes are the app types deploy accepts.
var appTypes = []string{"WASM", "OCI"}

type appJSON struct {
	Address   string `json:"address"`
	Owner     string `json:"owner"`
	Name      string `json:"name"`
	Type      string `json:"type"`
	Multiaddr string `json:"multiaddr"`
	Checksum  string `json:"checksum"`
	MrEnclave string `json:"mrenclave,omitempty"` // hex, 0x-prefixed
	// CategoryHint is the size recorded for `poco run` (deploy --category-hint).
	CategoryHint *appHintJSON `json:"categoryHint,omitempty"`
}

// appHintJSON is an app's recorded size: the category its tasks fit, in a file.
type appHintJSON struct {
	Category    string  `json:"category"`
	NeedSeconds float64 `json:"needSeconds"`
	File        string  `json:"file"`
}

func newAppJSON(a *sdk.App) appJSON {
	v := appJSON{Address: a.Address.Hex(), Owner: a.Owner.Hex(), Name: a.Name, Type: a.Type,
		Multiaddr: a.Multiaddr, Checksum: a.Checksum.Hex()}
	if len(a.MrEnclave) > 0 {
		v.MrEnclave = hexutil.Encode(a.MrEnclave)
	}
	return v
}

func writeApp(w io.Writer, v appJSON) {
	tw := newTable(w)
	fmt.Fprintf(tw, "App\t%s\n", v.Address)
	fmt.Fprintf(tw, "Owner\t%s\n", v.Owner)
	fmt.Fprintf(tw, "Name\t%s\n", v.Name)
	fmt.Fprintf(tw, "Type\t%s\n", v.Type)
	fmt.Fprintf(tw, "Multiaddr\t%s\n", v.Multiaddr)
	fmt.Fprintf(tw, "Checksum\t%s\n", v.Checksum)
	fmt.Fprintf(tw, "MrEnclave\t%s\n", describeMrEnclave(v.MrEnclave))
	tw.Flush()
}

// describeMrEnclave shows an enclave description as text when it is printable, else hex.
func describeMrEnclave(hexed string) string {
	if hexed == "" {
		return "none (not a TEE app)"
	}
	b, err := hexutil.Decode(hexed)
	if err != nil || !utf8.Valid(b) {
		return hexed
	}
	for _, r := range string(b) {
		if !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			return hexed
		}
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

func newAppCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "app",
		Short: "Deploy, show, count and transfer apps",
		Long: `An app is a program that workers run: its name, its type (how it runs: WASM or OCI),
where to get it (multiaddr), the checksum of its content and, for an app running in a
TEE, its enclave description (mrenclave). Each app is an ERC-721 token of the app
registry, whose id is the app's address; its owner signs the app's orders and receives
what deals pay for the app. A TEE app's developer may give it a secret through the SMS
(push-secret, check-secret; docs/confidential.md).`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newAppDeployCommand(g), newAppPublishCommand(g), newAppBenchCommand(g), newAssetShowCommand(g, appKind), newAssetCountCommand(g, appKind),
		newAssetTransferCommand(g, appKind), newAppPushSecretCommand(g), newAppCheckSecretCommand(g))
	return cmd
}

func newAppDeployCommand(g *globals) *cobra.Command {
	var name, appType, multiaddr, checksum, mrenclaveFile, enclave, owner, categoryHint string
	cmd := &cobra.Command{
		Use:   "deploy --name NAME --type WASM|OCI --multiaddr MULTIADDR --checksum 0x<64 hex digits> [--category-hint C]",
		Short: "Register an app and print its address",
		Long: `Registers an app in the app registry and prints it with its address (with --json:
{"address", "owner", "name", "type", "multiaddr", "checksum", "mrenclave", "categoryHint":
{"category", "needSeconds", "file"}}).

  --name         the app's name
  --type         how it runs: WASM or OCI (case does not matter)
  --multiaddr    where workers get it: a CID (/ipfs/bafy…) or an image reference
  --checksum     the digest workers check before running it: 0x and 64 hex digits
                 (32 bytes, e.g. the SHA-256 of the file)
  --enclave      the enclave description of a TEE app (Intel TDX), as JSON or a file
                 holding it: {"framework":"tdx","mrtd":["<96 hex>"],"rtmr3":["<96 hex>"]},
                 checked and stored compact; its orders then need the tag tee,tdx
                 (` + "`poco order init app --tag tee,tdx`" + `, docs/confidential.md)
  --mrenclave-file  a file holding an enclave description stored as is, unchecked
                 (its bytes, surrounding white space removed)
  --owner        the account to own the app (default: the --from account)
  --category-hint  the category its tasks fit (a name or an id), as ` + "`poco app bench`" + `
                 recommends: recorded in $POCO_HOME/apps/ADDRESS.json, where ` + "`poco run`" + `
                 finds it and buys that category or a larger one (the registry has no
                 field for it: the record is local; docs/run.md)

The address depends only on these values: the same app registered twice by the same
owner would get the same address, so deploy first checks that it is not registered yet.

` + chainSigningHelp,
		Example: `  poco app deploy --name hello --type WASM --multiaddr /ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi \
      --checksum 0x2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
  poco app deploy --name enclave-app --type OCI --multiaddr docker.io/me/app:1.0 \
      --checksum 0x2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 --enclave enclave.json --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			spec := sdk.AppSpec{Name: name, Multiaddr: multiaddr}
			var err error
			if err = requireFlags(map[string]string{"--name": name, "--type": appType, "--multiaddr": multiaddr, "--checksum": checksum}); err != nil {
				return err
			}
			if spec.Type, err = parseAppType(appType); err != nil {
				return err
			}
			if spec.Checksum, err = parseChecksum(checksum); err != nil {
				return err
			}
			if enclave != "" {
				if mrenclaveFile != "" {
					return errors.New("give the enclave description once: --enclave (checked) or --mrenclave-file (as is), not both")
				}
				if spec.MrEnclave, err = parseEnclave(enclave); err != nil {
					return err
				}
			}
			if mrenclaveFile != "" {
				data, err := os.ReadFile(mrenclaveFile)
				if err != nil {
					return fmt.Errorf("reading the --mrenclave-file: %w", err)
				}
				spec.MrEnclave = []byte(strings.TrimSpace(string(data)))
				if len(spec.MrEnclave) == 0 {
					return fmt.Errorf("the --mrenclave-file %s is empty: give the enclave description of the TEE app, or no --mrenclave-file for a normal app", mrenclaveFile)
				}
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			if spec.Owner, err = parseOwnerFlag(owner); err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			var hintCat protocol.Category
			if categoryHint != "" {
				id, err := orderCategoryFlag(ctx, c, categoryHint)
				if err != nil {
					return fmt.Errorf("--category-hint: %w", err)
				}
				if hintCat, err = c.Category(ctx, id); err != nil {
					return err
				}
			}
			predicted, err := c.PredictApp(ctx, spec)
			if err != nil {
				return err
			}
			if err := refuseRegistered(ctx, c, appKind, predicted); err != nil {
				return err
			}
			addr, err := c.CreateApp(ctx, spec)
			if err != nil {
				return err
			}
			app, err := c.App(ctx, addr)
			if err != nil {
				return err
			}
			v := newAppJSON(app)
			if categoryHint != "" {
				h := requester.Hint{App: addr, NeedSeconds: float64(hintCat.WorkClockTimeRef), Category: hintCat.Name,
					Source: "poco app deploy --category-hint", Recorded: time.Now().UTC()}
				file, err := requester.WriteHint(requester.AppsDir(), h)
				if err != nil {
					return fmt.Errorf("app %s is registered, but %w", addr.Hex(), err)
				}
				v.CategoryHint = &appHintJSON{Category: h.Category, NeedSeconds: h.NeedSeconds, File: file}
			}
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Registered app %s.\n\n", v.Address)
				writeApp(w, v)
				if v.MrEnclave != "" {
					fmt.Fprintf(w, "\nA TEE app: sign its orders with the tag tee,tdx (poco order init app --tag tee,tdx, or poco app publish --tag tee,tdx).\n")
				}
				if h := v.CategoryHint; h != nil {
					fmt.Fprintf(w, "\nIts tasks fit category %s: recorded in %s, where `poco run` finds it.\n", h.Category, h.File)
				}
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&name, "name", "", "the app's name")
	f.StringVar(&appType, "type", "", "how the app runs: "+strings.Join(appTypes, " or "))
	f.StringVar(&multiaddr, "multiaddr", "", "where workers get the app: a CID (/ipfs/…) or an image reference")
	f.StringVar(&checksum, "checksum", "", "digest of the app's content: 0x and 64 hex digits")
	f.StringVar(&enclave, "enclave", "", `enclave description of a TEE app, JSON or a file: {"framework":"tdx","mrtd":[…],"rtmr3":[…]}`)
	f.StringVar(&mrenclaveFile, "mrenclave-file", "", "file holding the enclave description of a TEE app, stored unchecked")
	f.StringVar(&owner, "owner", "", "account to own the app (default: the --from account)")
	f.StringVar(&categoryHint, "category-hint", "", "the category its tasks fit, as `poco app bench` recommends (XS, S, …): recorded for `poco run`")
	return cmd
}

func parseAppType(v string) (string, error) {
	for _, t := range appTypes {
		if strings.EqualFold(v, t) {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown app type %q: --type is %s", v, strings.Join(appTypes, " or "))
}

// ───────────────────────────── datasets ─────────────────────────────

type datasetJSON struct {
	Address   string `json:"address"`
	Owner     string `json:"owner"`
	Name      string `json:"name"`
	Multiaddr string `json:"multiaddr"`
	Checksum  string `json:"checksum"`
}

func newDatasetJSON(d *sdk.Dataset) datasetJSON {
	return datasetJSON{Address: d.Address.Hex(), Owner: d.Owner.Hex(), Name: d.Name, Multiaddr: d.Multiaddr, Checksum: d.Checksum.Hex()}
}

func writeDataset(w io.Writer, v datasetJSON) {
	tw := newTable(w)
	fmt.Fprintf(tw, "Dataset\t%s\n", v.Address)
	fmt.Fprintf(tw, "Owner\t%s\n", v.Owner)
	fmt.Fprintf(tw, "Name\t%s\n", v.Name)
	fmt.Fprintf(tw, "Multiaddr\t%s\n", v.Multiaddr)
	fmt.Fprintf(tw, "Checksum\t%s\n", v.Checksum)
	tw.Flush()
}

func newDatasetCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dataset",
		Short: "Deploy, show, count and transfer datasets",
		Long: `A dataset is data an app may be run on: its name, where to get it (multiaddr) and
the checksum of its content. Each dataset is an ERC-721 token of the dataset registry,
whose id is the dataset's address; its owner signs the dataset's orders and receives
what deals pay for the dataset. A confidential dataset is encrypted before it is uploaded
(encrypt), and its key given to the SMS (push-secret, check-secret), which releases it
only to attested enclaves running its deals (docs/confidential.md).`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newDatasetDeployCommand(g), newDatasetPublishCommand(g), newAssetShowCommand(g, datasetKind), newAssetCountCommand(g, datasetKind),
		newAssetTransferCommand(g, datasetKind), newDatasetEncryptCommand(g), newDatasetPushSecretCommand(g), newDatasetCheckSecretCommand(g))
	return cmd
}

func newDatasetDeployCommand(g *globals) *cobra.Command {
	var name, multiaddr, checksum, owner string
	cmd := &cobra.Command{
		Use:   "deploy --name NAME --multiaddr MULTIADDR --checksum 0x<64 hex digits>",
		Short: "Register a dataset and print its address",
		Long: `Registers a dataset in the dataset registry and prints it with its address (with
--json: {"address", "owner", "name", "multiaddr", "checksum"}).

  --name         the dataset's name
  --multiaddr    where workers get it: a CID (/ipfs/bafy…) or a URL
  --checksum     the digest of its content: 0x and 64 hex digits (32 bytes)
  --owner        the account to own the dataset (default: the --from account)

The address depends only on these values, so deploy first checks that the same
dataset is not registered yet.

` + chainSigningHelp,
		Example: `  poco dataset deploy --name cats --multiaddr /ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi \
      --checksum 0x2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			spec := sdk.DatasetSpec{Name: name, Multiaddr: multiaddr}
			var err error
			if err = requireFlags(map[string]string{"--name": name, "--multiaddr": multiaddr, "--checksum": checksum}); err != nil {
				return err
			}
			if spec.Checksum, err = parseChecksum(checksum); err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			if spec.Owner, err = parseOwnerFlag(owner); err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			predicted, err := c.PredictDataset(ctx, spec)
			if err != nil {
				return err
			}
			if err := refuseRegistered(ctx, c, datasetKind, predicted); err != nil {
				return err
			}
			addr, err := c.CreateDataset(ctx, spec)
			if err != nil {
				return err
			}
			d, err := c.Dataset(ctx, addr)
			if err != nil {
				return err
			}
			v := newDatasetJSON(d)
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Registered dataset %s.\n\n", v.Address)
				writeDataset(w, v)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&name, "name", "", "the dataset's name")
	f.StringVar(&multiaddr, "multiaddr", "", "where workers get the dataset: a CID (/ipfs/…) or a URL")
	f.StringVar(&checksum, "checksum", "", "digest of the dataset's content: 0x and 64 hex digits")
	f.StringVar(&owner, "owner", "", "account to own the dataset (default: the --from account)")
	return cmd
}

// ───────────────────────────── workerpools ─────────────────────────────

type workerpoolJSON struct {
	Address              string `json:"address"`
	Owner                string `json:"owner"`
	Description          string `json:"description"`
	WorkerStakeRatio     uint64 `json:"workerStakeRatio"`     // percent
	SchedulerRewardRatio uint64 `json:"schedulerRewardRatio"` // percent
}

func newWorkerpoolJSON(p *sdk.Workerpool) workerpoolJSON {
	return workerpoolJSON{Address: p.Address.Hex(), Owner: p.Owner.Hex(), Description: p.Description,
		WorkerStakeRatio: p.WorkerStakeRatio, SchedulerRewardRatio: p.SchedulerRewardRatio}
}

func writeWorkerpool(w io.Writer, v workerpoolJSON) {
	tw := newTable(w)
	fmt.Fprintf(tw, "Workerpool\t%s\n", v.Address)
	fmt.Fprintf(tw, "Owner\t%s\t(its scheduler)\n", v.Owner)
	fmt.Fprintf(tw, "Description\t%s\n", v.Description)
	fmt.Fprintf(tw, "Worker stake\t%d%%\t(of the pool price, locked by a worker per contribution)\n", v.WorkerStakeRatio)
	fmt.Fprintf(tw, "Scheduler reward\t%d%%\t(of the pool reward, kept by the scheduler)\n", v.SchedulerRewardRatio)
	tw.Flush()
}

func newWorkerpoolCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "workerpool",
		Short: "Deploy, show, count and transfer workerpools; set their policies",
		Long: `A workerpool is a group of workers run by a scheduler, its owner: the owner signs the
pool's orders, authorizes workers and finalizes tasks. Its policies are the worker
stake ratio (the percent of the pool price a worker locks per contribution) and the
scheduler reward ratio (the percent of the pool reward the scheduler keeps). Each pool
is an ERC-721 token of the workerpool registry, whose id is the pool's address.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newWorkerpoolDeployCommand(g), newAssetShowCommand(g, workerpoolKind), newAssetCountCommand(g, workerpoolKind),
		newAssetTransferCommand(g, workerpoolKind), newWorkerpoolPolicyCommand(g))
	return cmd
}

func newWorkerpoolDeployCommand(g *globals) *cobra.Command {
	var description, owner string
	cmd := &cobra.Command{
		Use:   "deploy --description TEXT",
		Short: "Register a workerpool and print its address",
		Long: `Registers a workerpool in the workerpool registry, with the default policies (worker
stake 30 %, scheduler reward 1 %; change them with ` + "`poco workerpool policy`" + `), and
prints it with its address (with --json: {"address", "owner", "description",
"workerStakeRatio", "schedulerRewardRatio"}).

The address depends only on the owner and the description, so deploy first checks
that the same pool is not registered yet. --owner gives the pool to another account
(default: the --from account).

` + chainSigningHelp,
		Example: `  poco workerpool deploy --description "my GPU farm"
  poco workerpool deploy --description "pool #2" --owner 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := requireFlags(map[string]string{"--description": description}); err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			spec := sdk.WorkerpoolSpec{Description: description}
			if spec.Owner, err = parseOwnerFlag(owner); err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			predicted, err := c.PredictWorkerpool(ctx, spec)
			if err != nil {
				return err
			}
			if err := refuseRegistered(ctx, c, workerpoolKind, predicted); err != nil {
				return err
			}
			addr, err := c.CreateWorkerpool(ctx, spec)
			if err != nil {
				return err
			}
			p, err := c.Workerpool(ctx, addr)
			if err != nil {
				return err
			}
			v := newWorkerpoolJSON(p)
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Registered workerpool %s.\n\n", v.Address)
				writeWorkerpool(w, v)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&description, "description", "", "the pool's description")
	f.StringVar(&owner, "owner", "", "account to own the pool (default: the --from account)")
	return cmd
}

// workerpoolPolicyJSON is what `workerpool policy` prints.
type workerpoolPolicyJSON struct {
	Workerpool workerpoolJSON `json:"workerpool"` // after the change
	Previous   struct {
		WorkerStakeRatio     uint64 `json:"workerStakeRatio"`
		SchedulerRewardRatio uint64 `json:"schedulerRewardRatio"`
	} `json:"previous"`
	Tx txResultJSON `json:"tx"`
}

func newWorkerpoolPolicyCommand(g *globals) *cobra.Command {
	var stake, reward string
	cmd := &cobra.Command{
		Use:   "policy ADDRESS [--worker-stake-ratio PERCENT] [--scheduler-reward-ratio PERCENT]",
		Short: "Change a workerpool's worker stake and scheduler reward ratios",
		Long: `Sets the policies of the workerpool ADDRESS, which the --from account must own:

  --worker-stake-ratio      the percent of the pool price a worker locks per
                            contribution (0 to 100)
  --scheduler-reward-ratio  the percent of the pool reward the scheduler keeps
                            (0 to 100)

A ratio not given keeps its current value. Deals already made keep the values they
were made with. It prints the pool's policies before and after (with --json:
{"workerpool", "previous", "tx"}).

` + chainSigningHelp,
		Example: `  poco workerpool policy 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0 --worker-stake-ratio 40 --scheduler-reward-ratio 5`,
		Args:    oneArg("the ADDRESS of the workerpool"),
		RunE: func(cmd *cobra.Command, args []string) error {
			pool, err := parseAddress("workerpool", args[0])
			if err != nil {
				return err
			}
			if stake == "" && reward == "" {
				return errors.New("nothing to change: give --worker-stake-ratio PERCENT, --scheduler-reward-ratio PERCENT, or both")
			}
			newStake, err := parsePercent("--worker-stake-ratio", stake)
			if err != nil {
				return err
			}
			newReward, err := parsePercent("--scheduler-reward-ratio", reward)
			if err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			before, err := c.Workerpool(ctx, pool)
			if err != nil {
				return err
			}
			if before.Owner != c.Address() {
				return fmt.Errorf("only the owner of workerpool %s, %s, may change its policy, not you (%s): pass --from %s",
					pool.Hex(), before.Owner.Hex(), c.Address().Hex(), before.Owner.Hex())
			}
			if stake == "" {
				newStake = before.WorkerStakeRatio
			}
			if reward == "" {
				newReward = before.SchedulerRewardRatio
			}
			r, err := c.ChangeWorkerpoolPolicy(ctx, pool, newStake, newReward)
			if err != nil {
				return err
			}
			after, err := c.Workerpool(ctx, pool)
			if err != nil {
				return err
			}
			v := workerpoolPolicyJSON{Workerpool: newWorkerpoolJSON(after), Tx: newTxResultJSON(r)}
			v.Previous.WorkerStakeRatio, v.Previous.SchedulerRewardRatio = before.WorkerStakeRatio, before.SchedulerRewardRatio
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Changed the policy of workerpool %s (transaction %s, block %d).\n\n", v.Workerpool.Address, v.Tx.Hash, v.Tx.Block)
				tw := newTable(w)
				fmt.Fprintf(tw, "\tBefore\tNow\n")
				fmt.Fprintf(tw, "Worker stake\t%d%%\t%d%%\n", v.Previous.WorkerStakeRatio, v.Workerpool.WorkerStakeRatio)
				fmt.Fprintf(tw, "Scheduler reward\t%d%%\t%d%%\n", v.Previous.SchedulerRewardRatio, v.Workerpool.SchedulerRewardRatio)
				tw.Flush()
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&stake, "worker-stake-ratio", "", "percent of the pool price a worker locks per contribution (0 to 100)")
	f.StringVar(&reward, "scheduler-reward-ratio", "", "percent of the pool reward the scheduler keeps (0 to 100)")
	return cmd
}

// parsePercent reads a whole percentage, 0 to 100; "" gives 0.
func parsePercent(flag, v string) (uint64, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), "%"), 10, 64)
	if err != nil || n > 100 {
		return 0, fmt.Errorf("%s %q is not a percentage: give a whole number from 0 to 100", flag, v)
	}
	return n, nil
}

// ───────────────────────────── show, count, transfer ─────────────────────────────

func newAssetShowCommand(g *globals, k assetKind) *cobra.Command {
	fields := `{"address", "owner", "name", "multiaddr", "checksum"}`
	switch k.name {
	case "app":
		fields = `{"address", "owner", "name", "type", "multiaddr", "checksum", "mrenclave"} (mrenclave in hex, absent when empty)`
	case "workerpool":
		fields = `{"address", "owner", "description", "workerStakeRatio", "schedulerRewardRatio"} (ratios in percent)`
	}
	return &cobra.Command{
		Use:   "show ADDRESS",
		Short: "Show a registered " + k.name,
		Long: fmt.Sprintf(`Shows the %s registered at ADDRESS and its owner (with --json: %s). No password
is needed.`, k.name, fields),
		Example: fmt.Sprintf("  poco %s show %s\n  poco %s show %s --json", k.name, k.example, k.name, k.example),
		Args:    oneArg("the ADDRESS of the " + k.name),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := parseAddress(k.name, args[0])
			if err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer c.Close()
			v, table, err := k.show(cmd.Context(), c, addr)
			if err != nil {
				return err
			}
			return s.output(cmd, v, table)
		},
	}
}

// assetCountJSON is what count prints; Owner and Owned only with --owner.
type assetCountJSON struct {
	Kind  string  `json:"kind"`
	Total uint64  `json:"total"`
	Owner string  `json:"owner,omitempty"`
	Owned *uint64 `json:"owned,omitempty"`
}

func newAssetCountCommand(g *globals, k assetKind) *cobra.Command {
	var owner string
	cmd := &cobra.Command{
		Use:   "count [--owner ADDRESS]",
		Short: fmt.Sprintf("Count the %s registered, or those an account owns", k.plural),
		Long: fmt.Sprintf(`Prints how many %s were ever registered and, with --owner ADDRESS, how many of
them ADDRESS owns now (with --json: {"kind", "total", "owner", "owned"}). No password
is needed.`, k.plural),
		Example: fmt.Sprintf("  poco %s count\n  poco %s count --owner 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json", k.name, k.name),
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var who common.Address
			if owner != "" {
				var err error
				if who, err = parseAddress("--owner", owner); err != nil {
					return err
				}
				if who == (common.Address{}) {
					return fmt.Errorf("--owner is the zero address, which owns nothing: give an account's address")
				}
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			v := assetCountJSON{Kind: k.name}
			if v.Total, err = k.count(ctx, c); err != nil {
				return err
			}
			if owner != "" {
				n, err := registryBalance(ctx, c, k, who)
				if err != nil {
					return err
				}
				v.Owner, v.Owned = who.Hex(), &n
			}
			return s.output(cmd, v, func(w io.Writer) {
				if v.Owned == nil {
					fmt.Fprintf(w, "%d %s registered\n", v.Total, pluralize(v.Total, k.name, k.plural))
					return
				}
				fmt.Fprintf(w, "%s owns %d %s (of %d registered)\n", v.Owner, *v.Owned, pluralize(*v.Owned, k.name, k.plural), v.Total)
			})
		},
	}
	cmd.Flags().StringVar(&owner, "owner", "", fmt.Sprintf("count the %s this account owns", k.plural))
	return cmd
}

func pluralize(n uint64, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// registryBalance is the number of assets owner holds in k's registry (ERC-721 balanceOf),
// which the SDK does not offer.
func registryBalance(ctx context.Context, c *sdk.Client, k assetKind, owner common.Address) (uint64, error) {
	registry := k.registry(c)
	erc721 := bindings.NewAppRegistry() // the three registries share the ERC-721 interface
	out, err := c.Backend().CallContract(ctx, ethereum.CallMsg{To: &registry, Data: erc721.PackBalanceOf(owner)}, nil)
	if err != nil {
		return 0, fmt.Errorf("counting the %s of %s: %w", k.plural, owner.Hex(), c.Explain(err))
	}
	n, err := erc721.UnpackBalanceOf(out)
	if err != nil {
		return 0, fmt.Errorf("counting the %s of %s: decoding the answer of the registry %s: %w", k.plural, owner.Hex(), registry.Hex(), err)
	}
	return n.Uint64(), nil
}

// assetTransferJSON is what transfer prints.
type assetTransferJSON struct {
	Kind    string       `json:"kind"`
	Address string       `json:"address"`
	From    string       `json:"from"`
	To      string       `json:"to"`
	Tx      txResultJSON `json:"tx"`
}

func newAssetTransferCommand(g *globals, k assetKind) *cobra.Command {
	var to string
	cmd := &cobra.Command{
		Use:   "transfer ADDRESS --to ACCOUNT",
		Short: fmt.Sprintf("Give one of your %s to another account", k.plural),
		Long: fmt.Sprintf(`Transfers the %s ADDRESS, which the --from account must own, to ACCOUNT: from then on
ACCOUNT owns it, signs its orders and receives what deals pay for it. Orders signed by
the previous owner are no longer valid. It prints the transaction (with --json:
{"kind", "address", "from", "to", "tx": {"hash", "block", "gasUsed"}}).

`, k.name) + chainSigningHelp,
		Example: fmt.Sprintf("  poco %s transfer %s --to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8", k.name, k.example),
		Args:    oneArg("the ADDRESS of the " + k.name + " to transfer"),
		RunE: func(cmd *cobra.Command, args []string) error {
			asset, err := parseAddress(k.name, args[0])
			if err != nil {
				return err
			}
			if to == "" {
				return fmt.Errorf("to whom? give --to ACCOUNT, the address of the new owner")
			}
			dest, err := parseAddress("--to", to)
			if err != nil {
				return err
			}
			if dest == (common.Address{}) {
				return fmt.Errorf("--to is the zero address: the %s would be lost; give the new owner's address", k.name)
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			if dest == c.Address() {
				return fmt.Errorf("--to is you (%s): give another account", dest.Hex())
			}
			r, err := k.transfer(cmd.Context(), c, asset, dest)
			if err != nil {
				return err
			}
			v := assetTransferJSON{Kind: k.name, Address: asset.Hex(), From: c.Address().Hex(), To: dest.Hex(), Tx: newTxResultJSON(r)}
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Transferred %s %s from %s to %s (transaction %s, block %d).\n", v.Kind, v.Address, v.From, v.To, v.Tx.Hash, v.Tx.Block)
			})
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "the new owner's address")
	return cmd
}

// ───────────────────────────── input checks ─────────────────────────────

// requireFlags fails naming every required flag left empty.
func requireFlags(flags map[string]string) error {
	var missing []string
	for _, name := range []string{"--name", "--type", "--multiaddr", "--checksum", "--description", "--ref"} {
		if v, ok := flags[name]; ok && strings.TrimSpace(v) == "" {
			missing = append(missing, name)
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("%s is required", missing[0])
	}
	return fmt.Errorf("%s are required", strings.Join(missing, ", "))
}

// parseChecksum reads a 32-byte digest written as 0x and 64 hex digits (0x optional).
func parseChecksum(v string) ([32]byte, error) {
	var out [32]byte
	h := strings.TrimSpace(v)
	if len(h) >= 2 && (h[:2] == "0x" || h[:2] == "0X") {
		h = h[2:]
	}
	switch {
	case !isHex(h):
		return out, fmt.Errorf("--checksum %q is not hexadecimal: want 0x followed by 64 hex digits (32 bytes, e.g. a SHA-256)", v)
	case len(h) != 64:
		return out, fmt.Errorf("--checksum %q has %d hex digits: want 0x followed by 64 hex digits (32 bytes, e.g. a SHA-256)", v, len(h))
	}
	if _, err := hex.Decode(out[:], []byte(h)); err != nil {
		return out, fmt.Errorf("--checksum %q: %v", v, err)
	}
	return out, nil
}

func isHex(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// parseOwnerFlag reads --owner; "" gives the zero address (the signer).
func parseOwnerFlag(v string) (common.Address, error) {
	if v == "" {
		return common.Address{}, nil
	}
	a, err := parseAddress("--owner", v)
	if err != nil {
		return a, err
	}
	if a == (common.Address{}) {
		return a, errors.New("--owner is the zero address, which cannot own anything: give an account's address, or no --owner to own it yourself")
	}
	return a, nil
}

// refuseRegistered fails when the predicted address of a new asset is already registered.
func refuseRegistered(ctx context.Context, c *sdk.Client, k assetKind, predicted common.Address) error {
	owner, err := k.owner(ctx, c, predicted)
	if err != nil {
		return err
	}
	if owner != (common.Address{}) {
		return fmt.Errorf("this %s is already registered at %s (owner %s), with the same owner and values: use it (poco %s show %s), or change its %s",
			k.name, predicted.Hex(), owner.Hex(), k.name, predicted.Hex(), k.identity)
	}
	return nil
}
