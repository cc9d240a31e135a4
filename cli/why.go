package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// schedulerTimeout bounds a question to a scheduler: its answer is advice, never worth
// a hanging command.
const schedulerTimeout = 10 * time.Second

// schedulerURL is the scheduler to ask why tasks wait: --scheduler, else POCO_SCHEDULER,
// else the configuration file's "scheduler" ("" when none is known).
func (s *Settings) schedulerURL(flag string) string {
	var file string
	if s.Config != nil {
		file = s.Config.Scheduler
	}
	return strings.TrimRight(pick(flag, os.Getenv(EnvScheduler), file), "/")
}

// errNoScheduler says how to name the pool's scheduler.
func (s *Settings) errNoScheduler() error {
	return fmt.Errorf("which scheduler? why a task waits is known to its pool's scheduler: pass --scheduler URL "+
		"(the address of the pool's `poco scheduler`, e.g. http://127.0.0.1:7070), set %s, or add \"scheduler\" to %s "+
		"(`poco devnet` writes its own)", EnvScheduler, s.ConfigPath)
}

// schedulerClient is a client of the scheduler at url for its public endpoints.
func schedulerClient(url string) *api.Client {
	return api.NewClient(url, &http.Client{Timeout: schedulerTimeout})
}

// whyJSON is what `task why --json` prints.
type whyJSON struct {
	api.TaskState
	Scheduler string `json:"scheduler"`
}

func newTaskWhyCommand(g *globals) *cobra.Command {
	var scheduler string
	cmd := &cobra.Command{
		Use:   "why TASKID | why DEALID INDEX",
		Short: "Say why a task waits, as its pool's scheduler sees it",
		Long: `Asks the pool's scheduler why the task is where it is, and prints its answer: the task's
status as the scheduler last saw it on chain and, in a sentence, what it waits for and
why, with when that last changed. For example:

  waiting for a worker with a GPU (no worker offers a GPU)
  2 of 3 replicates running on 0x…, 0x… (first progress deadline 12:03:10 UTC); 1 contributed
  worker 0x… lost; replicate given to 0x… (progress deadline 12:03:10 UTC)
  waiting for reveals until 12:10:00 UTC: 1 of 3 winners revealed
  contribution deadline passed at 12:40:00 UTC without a result enough workers agree on:
    the task will fail; anyone can claim it with ` + "`poco task claim`" + ` after 12:55:00 UTC, …

The scheduler is --scheduler URL, else POCO_SCHEDULER, else "scheduler" in the
configuration file (` + "`poco devnet`" + ` writes its own). It needs no chain and no key: one
question to the scheduler's public endpoint (GET /v1/tasks/TASKID).

` + taskArgsHelp + `

With --json: {"task", "deal", "index", "status", "reason", "since", "scheduler"}.`,
		Example: "  poco task why 0x9f2e…41d7\n  poco task why 0x5c1b…e3a0 3 --scheduler http://127.0.0.1:7070",
		Args:    taskArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			url := s.schedulerURL(scheduler)
			if url == "" {
				return s.errNoScheduler()
			}
			id, err := taskIDOf(args)
			if err != nil {
				return err
			}
			st, err := schedulerClient(url).Task(cmd.Context(), id)
			if err != nil {
				return whyError(err, url, "task "+id.Hex())
			}
			v := whyJSON{TaskState: st, Scheduler: url}
			return s.output(cmd, v, func(w io.Writer) { printWhy(w, v, time.Now()) })
		},
	}
	cmd.Flags().StringVar(&scheduler, "scheduler", "", "the pool's scheduler URL (env "+EnvScheduler+", else \"scheduler\" in the configuration file)")
	return cmd
}

// taskIDOf is the task named by args (TASKID, or DEALID INDEX: its id is computed, no
// chain needed).
func taskIDOf(args []string) (common.Hash, error) {
	if len(args) == 2 {
		deal, err := parseID32("deal id", args[0])
		if err != nil {
			return common.Hash{}, err
		}
		idx, _ := strconv.ParseUint(args[1], 10, 64)
		return protocol.TaskID(deal, idx), nil
	}
	id, err := parseID32("task id", args[0])
	return common.Hash(id), err
}

// whyError turns a failed question to the scheduler at url about what into a sentence.
func whyError(err error, url, what string) error {
	var se *api.StatusError
	if errors.As(err, &se) && se.Status == http.StatusNotFound {
		return fmt.Errorf("the scheduler at %s does not follow %s (%s): is it another pool's? `poco task show` and `poco deal show` say which pool it is in",
			url, what, se.Message)
	}
	return fmt.Errorf("cannot ask the scheduler at %s why %s waits: %w", url, what, err)
}

func printWhy(w io.Writer, v whyJSON, now time.Time) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, format string, a ...any) { fmt.Fprintf(tw, "%s:\t"+format+"\n", append([]any{k}, a...)...) }
	row("Task", "%s (deal %s, index %d)", v.Task.Hex(), v.Deal.Hex(), v.Index)
	row("Status", "%s", v.Status)
	row("Why", "%s", v.Reason)
	if !v.Since.IsZero() {
		row("Since", "%s (%s)", formatChainTime(v.Since), relativeTime(v.Since, now))
	}
	row("Scheduler", "%s", v.Scheduler)
	tw.Flush()
}

// dealReasons asks the scheduler at url why each task of deal waits, in one question;
// it returns the answers by index.
func dealReasons(ctx context.Context, url string, deal common.Hash) (map[uint64]api.TaskState, error) {
	ctx, cancel := context.WithTimeout(ctx, schedulerTimeout)
	defer cancel()
	dt, err := schedulerClient(url).DealTasks(ctx, deal)
	if err != nil {
		return nil, whyError(err, url, "deal "+deal.Hex())
	}
	out := make(map[uint64]api.TaskState, len(dt.Tasks))
	for _, t := range dt.Tasks {
		out[t.Index] = t
	}
	return out, nil
}

// printReasons writes why the unfinished tasks wait, one line per sentence with the
// indexes of the tasks it describes ("tasks 0-4, 7: waiting for …"), most tasks first.
func printReasons(w io.Writer, tasks []*sdk.Task, reasons map[uint64]api.TaskState, url string) {
	byWhy := map[string][]uint64{}
	for _, t := range tasks {
		if t.Status.Final() {
			continue
		}
		if r, ok := reasons[t.Index]; ok && r.Reason != "" {
			byWhy[r.Reason] = append(byWhy[r.Reason], t.Index)
		}
	}
	if len(byWhy) == 0 {
		return
	}
	whys := make([]string, 0, len(byWhy))
	for why := range byWhy {
		whys = append(whys, why)
	}
	sort.Slice(whys, func(i, j int) bool {
		a, b := byWhy[whys[i]], byWhy[whys[j]]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a[0] < b[0]
	})
	fmt.Fprintf(w, "\nWhy tasks wait (the pool's scheduler, %s):\n", url)
	for _, why := range whys {
		fmt.Fprintf(w, "  %s: %s\n", indexRanges(byWhy[why]), why)
	}
}

// indexRanges writes sorted task indexes as "task 3" or "tasks 0-4, 7".
func indexRanges(idx []uint64) string {
	if len(idx) == 1 {
		return fmt.Sprintf("task %d", idx[0])
	}
	var parts []string
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && idx[j+1] == idx[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d-%d", idx[i], idx[j]))
		} else {
			parts = append(parts, fmt.Sprint(idx[i]))
		}
		i = j + 1
	}
	return "tasks " + strings.Join(parts, ", ")
}
