package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

func newDealCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "deal",
		Short: "Show, list and claim deals (the bags of tasks made by matching orders)",
		Long: `A deal is made by matching orders (` + "`poco order match`" + `): a bag of tasks of one app (and
dataset) in one workerpool, paid by the requester (or a sponsor) at the prices of the
orders. Its tasks go from UNSET to COMPLETED as the pool's workers run them; a task
not finished by the deal's final deadline can be claimed, which fails it and refunds
the payer.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newDealShowCommand(g), newDealListCommand(g), newDealClaimCommand(g))
	return cmd
}

// dealJSON is a deal as `deal show`, `deal list` and `order match` print it with --json:
// the deal's fields, named as in the SDK's Deal, with amounts in RLC (decimal strings,
// like "12.5"), addresses checksummed, ids and hashes in lowercase hex, and figures
// derived from it. Block and TxHash say where the deal was made.
type dealJSON struct {
	ID common.Hash `json:"id"`

	App             string `json:"app"`
	AppOwner        string `json:"appOwner"`
	AppPrice        string `json:"appPrice"`
	Dataset         string `json:"dataset"` // the zero address: no dataset
	DatasetOwner    string `json:"datasetOwner"`
	DatasetPrice    string `json:"datasetPrice"`
	Workerpool      string `json:"workerpool"`
	WorkerpoolOwner string `json:"workerpoolOwner"`
	WorkerpoolPrice string `json:"workerpoolPrice"`

	Trust            uint64       `json:"trust"`
	Category         uint64       `json:"category"`
	WorkClockTimeRef uint64       `json:"workClockTimeRef"` // seconds
	Tag              protocol.Tag `json:"tag"`

	Requester   string `json:"requester"`
	Beneficiary string `json:"beneficiary"`
	Callback    string `json:"callback"`
	Sponsor     string `json:"sponsor"` // who pays

	StartTime            uint64 `json:"startTime"` // unix seconds
	BotFirst             uint64 `json:"botFirst"`
	BotSize              uint64 `json:"botSize"`
	WorkerStake          string `json:"workerStake"` // per contribution
	SchedulerRewardRatio uint64 `json:"schedulerRewardRatio"`

	Params      string         `json:"params"`
	OrderHashes [4]common.Hash `json:"orderHashes"` // app, dataset, workerpool, request

	Block  uint64      `json:"block"`
	TxHash common.Hash `json:"txHash"`

	CategoryName string `json:"categoryName,omitempty"`
	// TaskPrice is what the payer pays per task; Cost, for the deal (TaskPrice × BotSize).
	TaskPrice string `json:"taskPrice"`
	Cost      string `json:"cost"`
	// SchedulerStake is what the workerpool owner locked for the deal.
	SchedulerStake       string    `json:"schedulerStake"`
	ContributionDeadline time.Time `json:"contributionDeadline"`
	FinalDeadline        time.Time `json:"finalDeadline"`
}

func newDealJSON(d *sdk.Deal, categoryName string) dealJSON {
	return dealJSON{
		ID: d.ID, App: d.App.Hex(), AppOwner: d.AppOwner.Hex(), AppPrice: sdk.FormatAmount(d.AppPrice),
		Dataset: d.Dataset.Hex(), DatasetOwner: d.DatasetOwner.Hex(), DatasetPrice: sdk.FormatAmount(d.DatasetPrice),
		Workerpool: d.Workerpool.Hex(), WorkerpoolOwner: d.WorkerpoolOwner.Hex(), WorkerpoolPrice: sdk.FormatAmount(d.WorkerpoolPrice),
		Trust: d.Trust, Category: d.Category, WorkClockTimeRef: d.WorkClockTimeRef, Tag: d.Tag,
		Requester: d.Requester.Hex(), Beneficiary: d.Beneficiary.Hex(), Callback: d.Callback.Hex(), Sponsor: d.Sponsor.Hex(),
		StartTime: d.StartTime, BotFirst: d.BotFirst, BotSize: d.BotSize, WorkerStake: sdk.FormatAmount(d.WorkerStake),
		SchedulerRewardRatio: d.SchedulerRewardRatio, Params: d.Params, OrderHashes: d.OrderHashes,
		Block: d.Block, TxHash: d.TxHash, CategoryName: categoryName,
		TaskPrice: sdk.FormatAmount(d.TaskPrice()), Cost: sdk.FormatAmount(d.Cost()), SchedulerStake: sdk.FormatAmount(d.SchedulerStake()),
		ContributionDeadline: d.ContributionDeadline(), FinalDeadline: d.FinalDeadline(),
	}
}

// dealShowJSON is what `deal show --json` prints: the deal, the chain's time and its
// tasks, and the scheduler asked why they wait (with why it could not answer).
type dealShowJSON struct {
	dealJSON
	ChainTime      time.Time  `json:"chainTime"`
	Tasks          []taskJSON `json:"tasks"`
	Scheduler      string     `json:"scheduler,omitempty"`
	SchedulerError string     `json:"schedulerError,omitempty"`
}

// categoryNames maps the hub's category ids to their names.
func categoryNames(ctx context.Context, c *sdk.Client) (map[uint64]string, error) {
	cats, err := c.Categories(ctx)
	if err != nil {
		return nil, err
	}
	names := make(map[uint64]string, len(cats))
	for _, cat := range cats {
		names[cat.ID] = cat.Name
	}
	return names, nil
}

// loadDeal resolves the settings, checks the deal id argument before any network access,
// connects read-only, and returns the deal with its tasks. Close the client when done.
func loadDeal(cmd *cobra.Command, g *globals, arg string) (*Settings, *sdk.Client, *sdk.Deal, []*sdk.Task, error) {
	s, err := g.settings()
	if err != nil {
		return nil, nil, nil, nil, err
	}
	id, err := parseID32("deal id", arg)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ctx := cmd.Context()
	c, err := s.client(ctx, false)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	deal, err := c.Deal(ctx, id)
	if err == nil {
		var tasks []*sdk.Task
		if tasks, err = c.DealTasks(ctx, deal); err == nil {
			return s, c, deal, tasks, nil
		}
	}
	c.Close()
	return nil, nil, nil, nil, err
}

func newDealShowCommand(g *globals) *cobra.Command {
	var scheduler string
	cmd := &cobra.Command{
		Use:   "show DEALID",
		Short: "Show a deal: its app, dataset, pool, prices, parties, deadlines and tasks",
		Long: `Shows the deal DEALID: its app, dataset and workerpool with their owners and prices,
its trust, category, tag, requester, beneficiary, callback, sponsor (who pays) and
parameters, when it was made and its deadlines, its bag of tasks (botFirst, botSize),
the stake each worker locks per contribution, and a table of its tasks with their
status. When the pool's scheduler is known (--scheduler URL, else POCO_SCHEDULER, else
"scheduler" in the configuration file, which ` + "`poco devnet`" + ` writes), it also says why the
unfinished tasks wait, asking the scheduler once for the whole deal (as ` + "`poco task why`" + `
does for one task); a scheduler that cannot answer is noted, never an error.

With --json: the deal's fields ("id", "app", "appOwner", "appPrice", "dataset", …,
"block" and "txHash" of the transaction that made it) with "categoryName",
"taskPrice", "cost", "schedulerStake", "contributionDeadline", "finalDeadline",
"chainTime" and "tasks", each task as ` + "`poco task show --json`" + ` prints it (without the
deal's trust and deadlines) with, from the scheduler, "reason" and "reasonSince"; then
"scheduler" (its URL) and "schedulerError" (why it could not answer). Amounts are
decimal strings of RLC, like "12.5"; addresses are checksummed; times are RFC 3339.`,
		Example: "  poco deal show 0x5c1b…e3a0\n  poco deal show 0x5c1b…e3a0 --json | jq '.tasks[].status'",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, c, deal, tasks, err := loadDeal(cmd, g, args[0])
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			now, err := c.ChainTime(ctx)
			if err != nil {
				return err
			}
			var categoryName string
			if cat, err := c.Category(ctx, deal.Category); err == nil {
				categoryName = cat.Name
			}
			v := dealShowJSON{dealJSON: newDealJSON(deal, categoryName), ChainTime: now, Tasks: make([]taskJSON, len(tasks)),
				Scheduler: s.schedulerURL(scheduler)}
			var reasons map[uint64]api.TaskState
			if v.Scheduler != "" {
				if reasons, err = dealReasons(ctx, v.Scheduler, deal.ID); err != nil {
					v.SchedulerError = err.Error()
				}
			}
			for i, t := range tasks {
				v.Tasks[i] = newTaskJSON(t)
				if r, ok := reasons[t.Index]; ok {
					v.Tasks[i].Reason, v.Tasks[i].ReasonSince = r.Reason, r.Since
				}
			}
			return s.output(cmd, v, func(w io.Writer) {
				printDeal(w, deal, categoryName, tasks, now)
				switch {
				case v.SchedulerError != "":
					fmt.Fprintf(w, "\nWhy tasks wait: unknown, %s.\n", v.SchedulerError)
				case reasons != nil:
					printReasons(w, tasks, reasons, v.Scheduler)
				}
			})
		},
	}
	cmd.Flags().StringVar(&scheduler, "scheduler", "", "the pool's scheduler URL, to say why tasks wait (env "+EnvScheduler+", else \"scheduler\" in the configuration file)")
	return cmd
}

// relativeTime writes how far t is from now: "in 49m0s", "3m0s ago".
func relativeTime(t, now time.Time) string {
	d := t.Sub(now).Round(time.Second)
	switch {
	case d > 0:
		return "in " + d.String()
	case d < 0:
		return (-d).String() + " ago"
	}
	return "now"
}

func printDeal(w io.Writer, d *sdk.Deal, categoryName string, tasks []*sdk.Task, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, format string, a ...any) { fmt.Fprintf(tw, "%s:\t"+format+"\n", append([]any{k}, a...)...) }
	row("Deal", "%s", d.ID.Hex())
	row("Made", "%s (block %d, transaction %s)", formatChainTime(d.Start()), d.Block, d.TxHash.Hex())
	row("App", "%s  owner %s  %s per task", d.App.Hex(), d.AppOwner.Hex(), sdk.FormatRLC(d.AppPrice))
	if d.HasDataset() {
		row("Dataset", "%s  owner %s  %s per task", d.Dataset.Hex(), d.DatasetOwner.Hex(), sdk.FormatRLC(d.DatasetPrice))
	} else {
		row("Dataset", "none")
	}
	row("Workerpool", "%s  owner %s  %s per task", d.Workerpool.Hex(), d.WorkerpoolOwner.Hex(), sdk.FormatRLC(d.WorkerpoolPrice))
	row("Price", "%s per task, %s for %d task(s)", sdk.FormatRLC(d.TaskPrice()), sdk.FormatRLC(d.Cost()), d.BotSize)
	cat := fmt.Sprint(d.Category)
	if categoryName != "" {
		cat += " " + categoryName
	}
	row("Category", "%s (%s per task on the reference machine)", cat, time.Duration(d.WorkClockTimeRef)*time.Second)
	row("Trust", "%d", d.Trust)
	row("Tag", "%s", tagNamesText(d.Tag))
	row("Requester", "%s", d.Requester.Hex())
	row("Beneficiary", "%s", d.Beneficiary.Hex())
	if d.Callback != (common.Address{}) {
		row("Callback", "%s", d.Callback.Hex())
	} else {
		row("Callback", "none")
	}
	if d.Sponsor == d.Requester {
		row("Paid by", "%s (the requester)", d.Sponsor.Hex())
	} else {
		row("Paid by", "%s (sponsor)", d.Sponsor.Hex())
	}
	row("Params", "%s", textOrNone(d.Params))
	row("Tasks", "%s; botFirst %d, botSize %d", tasksText(d), d.BotFirst, d.BotSize)
	row("Worker stake", "%s per contribution; the scheduler keeps %d%% of the pool reward", sdk.FormatRLC(d.WorkerStake), d.SchedulerRewardRatio)
	row("Scheduler stake", "%s for the deal", sdk.FormatRLC(d.SchedulerStake()))
	row("Contributions until", "%s (%s)", formatChainTime(d.ContributionDeadline()), relativeTime(d.ContributionDeadline(), now))
	row("Final deadline", "%s (%s); unfinished tasks can be claimed after it", formatChainTime(d.FinalDeadline()), relativeTime(d.FinalDeadline(), now))
	tw.Flush()

	counts := map[sdk.TaskStatus]int{}
	for _, t := range tasks {
		counts[t.Status]++
	}
	var parts []string
	for st := sdk.TaskUnset; st <= sdk.TaskFailed; st++ {
		if counts[st] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[st], st))
		}
	}
	fmt.Fprintf(w, "\nTasks: %s\n", strings.Join(parts, ", "))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tSTATUS\tCONTRIBUTIONS\tTASK ID\tRESULT DIGEST")
	for _, t := range tasks {
		digest := "-"
		if t.ResultDigest != (common.Hash{}) {
			digest = t.ResultDigest.Hex()
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\n", t.Index, t.Status, len(t.Contributions), t.ID.Hex(), digest)
	}
	tw.Flush()
}

func newDealListCommand(g *globals) *cobra.Command {
	var requester, workerpool string
	cmd := &cobra.Command{
		Use:   "list [--requester ADDRESS | --workerpool ADDRESS]",
		Short: "List the deals of a requester (default: you) or of a workerpool",
		Long: `Lists the deals whose requester is --requester (default: the --from account), or the
deals of --workerpool, oldest first: id, number of tasks, app, workerpool, price per
task and when each was made. With --json: an array of deals ([] when there are none),
as ` + "`poco deal show --json`" + ` prints them without their tasks and the chain's time.`,
		Example: "  poco deal list\n  poco deal list --workerpool 0xPOOL --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if requester != "" && workerpool != "" {
				return errors.New("give --requester or --workerpool, not both")
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			var who string
			var addr common.Address
			switch {
			case workerpool != "":
				if addr, err = parseAddress("--workerpool", workerpool); err != nil {
					return err
				}
				who = "workerpool " + addr.Hex()
			case requester != "":
				if addr, err = parseAddress("--requester", requester); err != nil {
					return err
				}
				who = "requester " + addr.Hex()
			default:
				if s.Account == (common.Address{}) {
					return fmt.Errorf("whose deals? pass --requester ADDRESS or --workerpool ADDRESS, or --from ADDRESS (or set %s)", EnvAccount)
				}
				addr = s.Account
				who = "requester " + addr.Hex()
			}
			ctx := cmd.Context()
			c, err := s.client(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			var deals []*sdk.Deal
			if workerpool != "" {
				deals, err = c.DealsOfWorkerpool(ctx, addr)
			} else {
				deals, err = c.DealsOfRequester(ctx, addr)
			}
			if err != nil {
				return err
			}
			if len(deals) == 0 && !s.JSON {
				fmt.Fprintf(cmd.ErrOrStderr(), "no deals for %s\n", who)
				return nil
			}
			rows := make([]dealJSON, len(deals))
			if len(deals) > 0 {
				names, err := categoryNames(ctx, c)
				if err != nil {
					return err
				}
				for i, d := range deals {
					rows[i] = newDealJSON(d, names[d.Category])
				}
			}
			return s.output(cmd, rows, func(w io.Writer) {
				tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "DEAL\tTASKS\tAPP\tWORKERPOOL\tPRICE/TASK\tMADE")
				for _, d := range deals {
					fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\n", d.ID.Hex(), d.BotSize, d.App.Hex(), d.Workerpool.Hex(),
						sdk.FormatRLC(d.TaskPrice()), formatChainTime(d.Start()))
				}
				tw.Flush()
			})
		},
	}
	cmd.Flags().StringVar(&requester, "requester", "", "list the deals of this requester")
	cmd.Flags().StringVar(&workerpool, "workerpool", "", "list the deals of this workerpool")
	return cmd
}

// claimJSON is what `deal claim` and `task claim` print with --json; amounts are decimal
// strings of RLC.
type claimJSON struct {
	DealID  common.Hash   `json:"dealId"`
	Claimed int           `json:"claimed"`
	Indexes []uint64      `json:"indexes"`
	TaskIDs []common.Hash `json:"taskIds"`
	// Refund is what went back to the payer's free balance.
	Refund string `json:"refund"`
	Payer  string `json:"payer"`
	// ToKitty is the workerpool owner's stake for these tasks, given to the kitty.
	ToKitty string `json:"toKitty"`
	// Tx is the claim's transaction; absent when there was nothing to claim.
	Tx *txResultJSON `json:"tx,omitempty"`
}

func newDealClaimCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "claim DEALID",
		Short: "Fail the deal's unfinished tasks after its final deadline, refunding the payer",
		Long: `After the deal's final deadline (deal start + 10 × its category's time), claims every
task of the deal that is neither COMPLETED nor FAILED, in one transaction sent by the
--from account (anyone may claim): the tasks become FAILED, the payer gets their
price back in its free balance, the workers' stakes are unlocked, and the workerpool
owner's stake for them goes to the kitty. Before the deadline it says when it can be
done.

With --json: {"dealId", "claimed", "indexes", "taskIds", "refund", "payer", "toKitty",
"tx": {"hash", "block", "gasUsed"}}, amounts as decimal strings of RLC; "tx" is absent
when there was nothing to claim.`,
		Example: "  poco deal claim 0x5c1b…e3a0",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, c, deal, tasks, err := loadDeal(cmd, g, args[0])
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			var open []*sdk.Task
			for _, t := range tasks {
				if !t.Status.Final() {
					open = append(open, t)
				}
			}
			if len(open) == 0 {
				v := claimJSON{DealID: deal.ID, Indexes: []uint64{}, TaskIDs: []common.Hash{}, Refund: "0",
					Payer: deal.Sponsor.Hex(), ToKitty: "0"}
				return s.output(cmd, v, func(w io.Writer) {
					fmt.Fprintf(w, "Nothing to claim: the %d task(s) of deal %s are all COMPLETED or FAILED.\n", len(tasks), deal.ID.Hex())
				})
			}
			if err := claimDeadlineCheck(ctx, c, deal, fmt.Sprintf("the %d unfinished task(s) of deal %s", len(open), deal.ID.Hex())); err != nil {
				return err
			}
			return sendClaim(cmd, s, deal, open, true)
		},
	}
}

// claimDeadlineCheck fails with a sentence when the deal's final deadline has not passed on
// chain.
func claimDeadlineCheck(ctx context.Context, c *sdk.Client, deal *sdk.Deal, what string) error {
	now, err := c.ChainTime(ctx)
	if err != nil {
		return err
	}
	if final := deal.FinalDeadline(); now.Before(final) {
		return fmt.Errorf("too early: %s can be claimed from the final deadline %s, in %s (the chain's time is %s); until then the pool may still finish them",
			what, formatChainTime(final), final.Sub(now).Round(time.Second), formatChainTime(now))
	}
	return nil
}

// sendClaim claims tasks of deal as the --from account, in one claimBatch (batch) or one
// claim (one task), and says what it did.
func sendClaim(cmd *cobra.Command, s *Settings, deal *sdk.Deal, tasks []*sdk.Task, batch bool) error {
	ctx := cmd.Context()
	c, err := s.client(ctx, true)
	if err != nil {
		return err
	}
	defer c.Close()
	n := uint64(len(tasks))
	refund := new(big.Int).Mul(deal.TaskPrice(), new(big.Int).SetUint64(n))
	toKitty := new(big.Int).Mul(deal.SchedulerStakePerTask(), new(big.Int).SetUint64(n))
	v := claimJSON{DealID: deal.ID, Claimed: len(tasks), Indexes: make([]uint64, len(tasks)), TaskIDs: make([]common.Hash, len(tasks)),
		Refund: sdk.FormatAmount(refund), Payer: deal.Sponsor.Hex(), ToKitty: sdk.FormatAmount(toKitty)}
	for i, t := range tasks {
		v.Indexes[i], v.TaskIDs[i] = t.Index, t.ID
	}
	var r *types.Receipt
	if !batch && len(tasks) == 1 {
		r, err = c.Claim(ctx, deal, tasks[0].Index)
	} else {
		r, err = c.ClaimBatch(ctx, deal, v.Indexes)
	}
	if err != nil {
		return err
	}
	tx := newTxResultJSON(r)
	v.Tx = &tx
	return s.output(cmd, v, func(w io.Writer) {
		idx := make([]string, len(v.Indexes))
		for i, x := range v.Indexes {
			idx[i] = fmt.Sprint(x)
		}
		fmt.Fprintf(w, "Claimed %d task(s) of deal %s (index %s) in transaction %s: they are FAILED.\n", v.Claimed, deal.ID.Hex(), strings.Join(idx, ", "), tx.Hash)
		fmt.Fprintf(w, "Refunded %s to %s %s (free balance); the workerpool owner's stake of %s for them went to the kitty.\n",
			sdk.FormatRLC(refund), dealPayerText(deal), deal.Sponsor.Hex(), sdk.FormatRLC(toKitty))
	})
}
