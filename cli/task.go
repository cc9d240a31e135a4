package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/sdk"
)

func newTaskCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "task",
		Short: "Show and claim the tasks of deals",
		Long: `A task is one run of a deal's bag of tasks, named by its id (keccak256 of the deal id
and its index) or by its deal and index. Its status goes UNSET → ACTIVE as workers
contribute, → REVEALING when the first worker reveals with the scheduler's permit (given
once enough workers agree and the scheduler's checks are in), → COMPLETED when the
scheduler finalizes it, or FAILED when claimed after the deal's final deadline.
` + "`poco task why`" + ` asks the pool's scheduler why a task waits.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newTaskShowCommand(g), newTaskWhyCommand(g), newTaskClaimCommand(g))
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
		id, err := parseID32("deal id", args[0])
		if err != nil {
			return nil, nil, err
		}
		deal, err := c.Deal(ctx, id)
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
	t, err := c.Task(ctx, id)
	switch {
	case err == nil:
		deal, err := c.Deal(ctx, t.DealID)
		if err != nil {
			return nil, nil, err
		}
		return deal, t, nil
	case !sdk.IsCode(err, sdk.CodeUnknownTask):
		return nil, nil, err
	}
	// Nobody contributed yet: find the deal whose bag holds this id.
	deal, idx, err := c.DealOfTask(ctx, id)
	if sdk.IsCode(err, sdk.CodeUnknownTask) {
		return nil, nil, fmt.Errorf("no task %s on this hub: no deal has a task with this id (is it a deal id? `poco deal show` takes those)", id.Hex())
	}
	if err != nil {
		return nil, nil, err
	}
	if t, err = c.TaskOf(ctx, deal, idx); err != nil {
		return nil, nil, err
	}
	return deal, t, nil
}

// contributionJSON is a contribution as the task and deal commands print it with --json.
type contributionJSON struct {
	Worker     string                 `json:"worker"`
	ResultHash common.Hash            `json:"resultHash"`
	Weight     uint64                 `json:"weight"`
	Status     sdk.ContributionStatus `json:"status"`
	Digest     common.Hash            `json:"digest,omitzero"` // zero until revealed
	Block      uint64                 `json:"block"`
	TxHash     common.Hash            `json:"txHash"`
}

// taskJSON is a task as `task show` and `deal show` print it with --json: the SDK's Task,
// with the workers' addresses checksummed and the results as text too.
type taskJSON struct {
	ID            common.Hash        `json:"id"`
	DealID        common.Hash        `json:"dealId"`
	Index         uint64             `json:"index"`
	Status        sdk.TaskStatus     `json:"status"`
	Contributions []contributionJSON `json:"contributions"`
	Winners       uint64             `json:"winners"`
	// TotalWeight is the sum of the contributions' weights; for a task done by
	// contributeAndFinalize, its single contribution's weight.
	TotalWeight    *big.Int    `json:"totalWeight"`
	ConsensusValue common.Hash `json:"consensusValue,omitzero"`
	RevealDeadline time.Time   `json:"revealDeadline,omitzero"`

	ResultDigest common.Hash   `json:"resultDigest,omitzero"`
	Results      hexutil.Bytes `json:"results,omitempty"`
	// ResultsText is Results as text, when it is UTF-8.
	ResultsText     string `json:"resultsText,omitempty"`
	CallbackSuccess *bool  `json:"callbackSuccess,omitempty"`

	StartedAt   time.Time `json:"startedAt,omitzero"`
	ConsensusAt time.Time `json:"consensusAt,omitzero"`
	EndedAt     time.Time `json:"endedAt,omitzero"`

	// Reason is why the task is where it is, as the pool's scheduler says (`deal show`
	// with a known scheduler), and ReasonSince when that last changed.
	Reason      string    `json:"reason,omitempty"`
	ReasonSince time.Time `json:"reasonSince,omitzero"`
}

func newTaskJSON(t *sdk.Task) taskJSON {
	v := taskJSON{ID: t.ID, DealID: t.DealID, Index: t.Index, Status: t.Status, Contributions: make([]contributionJSON, len(t.Contributions)),
		Winners: t.Winners, TotalWeight: t.TotalWeight, ConsensusValue: t.ConsensusValue, RevealDeadline: t.RevealDeadline,
		ResultDigest: t.ResultDigest, Results: t.Results, CallbackSuccess: t.CallbackSuccess,
		StartedAt: t.StartedAt, ConsensusAt: t.ConsensusAt, EndedAt: t.EndedAt}
	if v.TotalWeight == nil {
		v.TotalWeight = new(big.Int)
	}
	for i, ct := range t.Contributions {
		v.Contributions[i] = contributionJSON{Worker: ct.Worker.Hex(), ResultHash: ct.ResultHash, Weight: ct.Weight,
			Status: ct.Status, Digest: ct.Digest, Block: ct.Block, TxHash: ct.TxHash}
	}
	if len(t.Results) > 0 && utf8.Valid(t.Results) {
		v.ResultsText = string(t.Results)
	}
	return v
}

// taskShowJSON is what `task show --json` prints: the task, with its deal's trust and
// deadlines and the chain's time.
type taskShowJSON struct {
	taskJSON
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
deadline once the reveals open (with the scheduler's permit, once enough workers agree
and the scheduler's checks are in), the result digest and the results pointer once it
is COMPLETED, when it started, when its reveals opened and when it ended, and the deal's
deadlines.

` + taskArgsHelp + `

With --json: {"id", "dealId", "index", "status", "contributions" ([] when none), "winners",
"totalWeight", "consensusValue", "revealDeadline", "resultDigest", "results" (hex),
"resultsText", "startedAt", "consensusAt", "endedAt", "trust", "contributionDeadline",
"finalDeadline", "chainTime"}; each contribution {"worker", "resultHash", "weight",
"status", "digest", "block", "txHash"}. Addresses are checksummed. A task done by
contributeAndFinalize (trust 1) has its single contribution's weight as "totalWeight".`,
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
			v := taskShowJSON{taskJSON: newTaskJSON(t), Trust: deal.Trust, ContributionDeadline: deal.ContributionDeadline(),
				FinalDeadline: deal.FinalDeadline(), ChainTime: now}
			return s.output(cmd, v, func(w io.Writer) { printTask(w, t, v) })
		},
	}
}

func printTask(w io.Writer, t *sdk.Task, v taskShowJSON) {
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
