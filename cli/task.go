package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

func newTaskCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "task",
		Short: "Show and claim the tasks of deals",
		Long: `A task is one run of a deal's bag of tasks, named by its id (keccak256 of the deal id
and its index) or by its deal and index. Its status goes UNSET → ACTIVE → REVEALING →
COMPLETED as workers contribute, agree and reveal, or FAILED when claimed after the
deal's final deadline.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newTaskShowCommand(g), newTaskClaimCommand(g))
	return cmd
}

const taskArgsHelp = `The task is TASKID, or DEALID INDEX (its deal and its index in the deal's bag).`

// taskArgs checks the arguments: TASKID, or DEALID INDEX.
func taskArgs(_ *cobra.Command, args []string) error {
	switch len(args) {
	case 1:
		_, err := parseID32("task id", args[0])
		return err
	case 2:
		if _, err := parseID32("deal id", args[0]); err != nil {
			return err
		}
		if _, err := strconv.ParseUint(args[1], 10, 64); err != nil {
			return fmt.Errorf("task index %q is not a number: give DEALID INDEX, the index of the task in the deal's bag (0, 1, …)", args[1])
		}
		return nil
	}
	return fmt.Errorf("give a task: TASKID, or DEALID INDEX (got %d arguments)", len(args))
}

// resolveTask finds the task named by args (TASKID, or DEALID INDEX) and its deal.
func resolveTask(ctx context.Context, c *sdk.Client, args []string) (*sdk.Deal, *sdk.Task, error) {
	if len(args) == 2 {
		deal, err := dealArg(ctx, c, args[0])
		if err != nil {
			return nil, nil, err
		}
		idx, _ := strconv.ParseUint(args[1], 10, 64)
		t, err := c.TaskOf(ctx, deal, idx)
		if err != nil {
			return nil, nil, err
		}
		return deal, t, nil
	}
	id, err := parseID32("task id", args[0])
	if err != nil {
		return nil, nil, err
	}
	dealID := common.Hash{}
	var idx uint64
	t, err := c.Task(ctx, id)
	switch {
	case err == nil:
		dealID, idx = t.DealID, t.Index
	case sdk.IsCode(err, sdk.CodeUnknownTask):
		// Nobody contributed yet: find the deal whose bag holds this id.
		var found bool
		if dealID, idx, found, err = findTaskDeal(ctx, c, id); err != nil {
			return nil, nil, err
		}
		if !found {
			return nil, nil, fmt.Errorf("no task %s on this hub: no deal has a task with this id (is it a deal id? `poco deal show` takes those)", id.Hex())
		}
	default:
		return nil, nil, err
	}
	deal, err := c.Deal(ctx, dealID)
	if err != nil {
		return nil, nil, err
	}
	if t == nil {
		if t, err = c.TaskOf(ctx, deal, idx); err != nil {
			return nil, nil, err
		}
	}
	return deal, t, nil
}

// findTaskDeal looks for the deal with a task taskid among every deal of the hub.
func findTaskDeal(ctx context.Context, c *sdk.Client, taskid common.Hash) (common.Hash, uint64, bool, error) {
	abi, err := bindings.PocoMetaData.ParseABI()
	if err != nil {
		return common.Hash{}, 0, false, err
	}
	logs, err := c.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{c.Hub()}, Topics: [][]common.Hash{{abi.Events["OrdersMatched"].ID}},
	})
	if err != nil {
		return common.Hash{}, 0, false, fmt.Errorf("reading the hub's deals to find task %s: %w", taskid.Hex(), err)
	}
	for _, l := range logs {
		ev, err := c.DecodeEvent(l)
		if err != nil {
			continue
		}
		m, ok := ev.(*sdk.OrdersMatchedEvent)
		if !ok {
			continue
		}
		for _, idx := range m.Deal.Indexes() {
			if protocol.TaskID(m.Deal.ID, idx) == taskid {
				return m.Deal.ID, idx, true, nil
			}
		}
	}
	return common.Hash{}, 0, false, nil
}

// taskShowJSON is what `task show --json` prints.
type taskShowJSON struct {
	*sdk.Task
	// ResultsText is Results as text, when it is UTF-8.
	ResultsText          string    `json:"resultsText,omitempty"`
	Trust                uint64    `json:"trust"`
	ContributionDeadline time.Time `json:"contributionDeadline"`
	FinalDeadline        time.Time `json:"finalDeadline"`
	ChainTime            time.Time `json:"chainTime"`
}

func newTaskShowCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show TASKID | show DEALID INDEX",
		Short: "Show a task: status, contributions, consensus and result",
		Long: `Shows a task: its status and what it means, its deal and index, its contributions
(worker, result hash, weight, status, revealed digest), the consensus value and reveal
deadline once workers agree, the result digest and the results pointer once it is
COMPLETED, when it started, reached consensus and ended, and the deal's deadlines.

` + taskArgsHelp + `

With --json: {"id", "dealId", "index", "status", "contributions", "winners",
"totalWeight", "consensusValue", "revealDeadline", "resultDigest", "results" (hex),
"resultsText", "startedAt", "consensusAt", "endedAt", "trust", "contributionDeadline",
"finalDeadline", "chainTime"}.`,
		Example: "  poco task show 0x9f2e…41d7\n  poco task show 0x5c1b…e3a0 0 --json",
		Args:    taskArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			c, err := s.client(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			deal, t, err := resolveTask(ctx, c, args)
			if err != nil {
				return err
			}
			now, err := c.ChainTime(ctx)
			if err != nil {
				return err
			}
			normalizeTask(t)
			v := taskShowJSON{Task: t, Trust: deal.Trust, ContributionDeadline: deal.ContributionDeadline(),
				FinalDeadline: deal.FinalDeadline(), ChainTime: now}
			if len(t.Results) > 0 && utf8.Valid(t.Results) {
				v.ResultsText = string(t.Results)
			}
			return s.output(cmd, v, func(w io.Writer) { printTask(w, v) })
		},
	}
}

func printTask(w io.Writer, v taskShowJSON) {
	t := v.Task
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, format string, a ...any) { fmt.Fprintf(tw, "%s:\t"+format+"\n", append([]any{k}, a...)...) }
	row("Task", "%s", t.ID.Hex())
	row("Status", "%s (%s)", t.Status, t.Status.Meaning())
	row("Deal", "%s, index %d (trust %d)", t.DealID.Hex(), t.Index, v.Trust)
	if !t.StartedAt.IsZero() {
		row("Started", "%s", formatChainTime(t.StartedAt))
	}
	if t.ConsensusValue != (common.Hash{}) {
		row("Consensus", "%s at %s, %d winner(s)", t.ConsensusValue.Hex(), formatChainTime(t.ConsensusAt), t.Winners)
	}
	if !t.RevealDeadline.IsZero() {
		row("Reveal deadline", "%s (%s)", formatChainTime(t.RevealDeadline), relativeTime(t.RevealDeadline, v.ChainTime))
	}
	if t.Reopens > 0 {
		row("Reopened", "%d time(s)", t.Reopens)
	}
	if t.ResultDigest != (common.Hash{}) {
		row("Result digest", "%s", t.ResultDigest.Hex())
	}
	if len(t.Results) > 0 {
		if v.ResultsText != "" {
			row("Results", "%s", v.ResultsText)
		} else {
			row("Results", "%s", t.Results)
		}
	}
	if t.CallbackSuccess != nil {
		row("Callback", "%s", map[bool]string{true: "called successfully", false: "called, and it failed"}[*t.CallbackSuccess])
	}
	switch {
	case t.Status == sdk.TaskCompleted:
		row("Finalized", "%s", formatChainTime(t.EndedAt))
	case t.Status == sdk.TaskFailed:
		row("Claimed", "%s", formatChainTime(t.EndedAt))
	default:
		row("Contributions until", "%s (%s)", formatChainTime(v.ContributionDeadline), relativeTime(v.ContributionDeadline, v.ChainTime))
		row("Final deadline", "%s (%s); claimable after it if unfinished", formatChainTime(v.FinalDeadline), relativeTime(v.FinalDeadline, v.ChainTime))
	}
	tw.Flush()
	if len(t.Contributions) == 0 {
		fmt.Fprintln(w, "\nNo contributions yet.")
		return
	}
	fmt.Fprintf(w, "\nContributions: %d\n", len(t.Contributions))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WORKER\tSTATUS\tWEIGHT\tRESULT HASH\tDIGEST")
	for _, ct := range t.Contributions {
		digest := "-"
		if ct.Digest != (common.Hash{}) {
			digest = ct.Digest.Hex()
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", ct.Worker.Hex(), ct.Status, ct.Weight, ct.ResultHash.Hex(), digest)
	}
	tw.Flush()
}

func newTaskClaimCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "claim TASKID | claim DEALID INDEX",
		Short: "Fail an unfinished task after its deal's final deadline, refunding the payer",
		Long: `After the deal's final deadline, claims the task (anyone may, as the --from account):
it becomes FAILED, the payer gets its price back, its contributors' stakes are
unlocked and the workerpool owner's stake for it goes to the kitty. A COMPLETED or
FAILED task cannot be claimed; before the deadline it says when it can be.
` + "`poco deal claim`" + ` claims every unfinished task of a deal at once.

` + taskArgsHelp,
		Example: "  poco task claim 0x9f2e…41d7\n  poco task claim 0x5c1b…e3a0 3",
		Args:    taskArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			c, err := s.client(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			deal, t, err := resolveTask(ctx, c, args)
			if err != nil {
				return err
			}
			if t.Status.Final() {
				return fmt.Errorf("task %s is %s (%s): there is nothing to claim", t.ID.Hex(), t.Status, t.Status.Meaning())
			}
			if err := claimDeadlineCheck(ctx, c, deal, "task "+t.ID.Hex()); err != nil {
				return err
			}
			return sendClaim(cmd, s, deal, []*sdk.Task{t}, false)
		},
	}
}
