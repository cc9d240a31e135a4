package cli

import (
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/sdk"
)

func newSchedulerCommand(g *globals) *cobra.Command {
	var (
		pool             string
		dbPath           string
		listen           string
		minStake         string
		allow            []string
		requesters       []string
		heartbeatTimeout time.Duration
		confirmations    uint64
		verbose          bool
		marketFlag       string
		noOffers         bool
		strategy         string
		price, maxPrice  string
		tasksPerSlot     uint64
		checkRate        float64
		benchAfterWrong  time.Duration
		benchAfterLate   time.Duration
		missesToBench    int
		txInFlight       int
		groupDeals       bool
		revealTimeout    time.Duration
	)
	cmd := &cobra.Command{
		Use:   "scheduler --workerpool ADDRESS",
		Short: "Run a workerpool's scheduler: hand its deals' tasks to workers, finalize and claim them",
		Long: `Runs the scheduler of a workerpool until interrupted (Ctrl-C or SIGTERM). It must run
as the workerpool's owner (--from, with its keystore password): it signs the workers'
authorizations and reveal permits, and sends the finalize and claim transactions.

It follows the pool's deals on chain and serves the worker API on --listen: workers log in
with their key (admitted when their free balance in the hub covers --min-stake, and, with
--allow, only those listed: a private pool), declare what they can run, and long-poll for
replicates to run and results to reveal. The scheduler gives each task as many replicates
as its trust needs (its plan may add a check of a result by another worker), moves the
replicates of workers silent for --heartbeat-timeout to others, gives its permit and asks
the agreeing workers to reveal once enough workers agree and its checks are in (the
reveals open with that permit), finalizes the task when they did and one of them uploaded
the result, assigns more workers to a task whose winners never reveal, and claims the
tasks not done by their deal's final deadline (the requester is refunded).

A worker counts only the capacity it has shown: the least of the slots (and queue) it
declares, the slots it has proven (1 at first, one more for each replicate it contributes
in time, halved at each progress deadline it misses) and the slots its stake backs (its
free balance in the hub / --min-stake, read at login and again every minute). Each
replicate must be contributed before its progress deadline (half again the category's
reference time at the worker's declared speed factor, plus 30 s, counted from when its
run starts); past it, the replicate goes to another worker, and a worker that misses
--misses-to-bench deadlines within a day gets no work for --bench-after-late, doubled at
each further miss. The public status (GET /v1/status) lists each worker's slots and misses.

It keeps, for each task, why it waits in a sentence ("waiting for a worker with a GPU (no
worker offers a GPU)"), served on its public, read-only endpoints GET /v1/tasks/TASKID and
GET /v1/deals/DEALID/tasks: ` + "`poco task why`" + `, ` + "`poco deal show`" + ` and the explorer read them
(docs/pools.md, "Why a task waits").

Checks keep workers honest: --check-rate of the results of replicated tasks (trust 2 or
more) are run again by a second worker, drawn at random, once the first workers agree and
before anyone may reveal. A worker cannot tell a check from ordinary work, nor know when
it commits its result whether it will be checked (a secret key the scheduler keeps
decides). A worker whose result is proven wrong on chain (it loses its stake, score and
vesting rewards) also gets no work from the pool for --bench-after-wrong, doubled at each
further offense within a week. A consensus group asked to reveal and silent for
--reveal-timeout gets another worker, who can open the reveals itself.

With a market (--market, POCO_MARKET or "market" in the configuration file, as
` + "`poco devnet`" + ` writes it), the scheduler also publishes the pool's offers there from its free
capacity: one workerpool order per category while a live worker has a free slot (volume
--tasks-per-slot per free slot, within what the owner's free balance can stake), one
GPU-tagged order while a GPU worker has a free GPU, priced by --pricing, refreshed as
workers come, go and fill up, and withdrawn from the book when the pool can no longer
serve them or the scheduler stops (docs/market.md). --no-offers turns this off. With
--requesters, each offer is published once per listed requester, restricted to it, and
nobody else can buy from the pool.

Its state is in an SQLite file (--db, default $POCO_HOME/scheduler/<workerpool>.db):
stopping and starting it again resumes where it was.`,
		Example: `  poco scheduler --workerpool 0x… --from 0x…
  poco scheduler --workerpool 0x… --listen 0.0.0.0:7070 --min-stake 50 --allow 0xA…,0xB… --requesters 0xC…
  poco scheduler --workerpool 0x… --market http://127.0.0.1:8780 --pricing utilization --price 0.1 --max-price 1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			if pool == "" {
				return fmt.Errorf("which workerpool? pass --workerpool ADDRESS (`poco workerpool list` shows yours)")
			}
			poolAddr, err := parseAddress("workerpool", pool)
			if err != nil {
				return err
			}
			stake, err := sdk.ParseRLC(minStake)
			if err != nil {
				return fmt.Errorf("--min-stake: %w", err)
			}
			allowList, err := parseAddressList("--allow", allow)
			if err != nil {
				return err
			}
			requesterList, err := parseAddressList("--requesters", requesters)
			if err != nil {
				return err
			}
			if txInFlight < 1 || txInFlight > scheduler.MaxTxInFlight {
				return fmt.Errorf("--tx-in-flight %d: give 1 (one transaction at a time, least gas) to %d", txInFlight, scheduler.MaxTxInFlight)
			}
			if missesToBench < 1 {
				return fmt.Errorf("--misses-to-bench %d: give how many missed progress deadlines within a day bench a worker, 1 or more", missesToBench)
			}
			if dbPath == "" {
				dbPath = filepath.Join(config.Home(), "scheduler", strings.ToLower(poolAddr.Hex())+".db")
			}
			var startBlock uint64
			if s.Config != nil && s.Config.Contracts.Hub == s.Hub {
				startBlock = s.Config.Contracts.Block // nothing to follow before the deployment
			}

			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			c, err := s.client(ctx, true)
			if err != nil {
				return err
			}
			defer c.Close()
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			var mkt *market.Client
			var pricing offers.Pricing
			if url := configuredMarket(s, marketFlag); url != "" && !noOffers {
				lo, err := sdk.ParseRLC(price)
				if err != nil {
					return fmt.Errorf("--price: %w", err)
				}
				switch strategy {
				case "fixed":
					pricing = offers.Fixed{Each: lo}
				case "utilization":
					hi, err := sdk.ParseRLC(maxPrice)
					if err != nil {
						return fmt.Errorf("--max-price: %w", err)
					}
					if hi.Cmp(lo) < 0 {
						return fmt.Errorf("--max-price %s is below --price %s: the price rises from --price (idle pool) to --max-price (every slot busy)", maxPrice, price)
					}
					pricing = offers.Utilization{Min: lo, Max: hi}
				default:
					return fmt.Errorf("--pricing %q: use fixed or utilization", strategy)
				}
				mkt = market.NewClient(url)
			}
			if checkRate < 0 || checkRate > 1 {
				return fmt.Errorf("--check-rate %g: give the share of results checked, from 0 (none) to 1 (all)", checkRate)
			}
			sched, err := scheduler.New(scheduler.Config{
				Market: mkt, Pricing: pricing, OfferTasksPerSlot: tasksPerSlot,
				Client: c, Workerpool: poolAddr, DBPath: dbPath, Listen: listen, MinStake: stake,
				AllowList: allowList, Requesters: requesterList, HeartbeatTimeout: heartbeatTimeout, StartBlock: startBlock,
				HeartbeatInterval: min(scheduler.DefaultHeartbeatInterval, heartbeatTimeout/4),
				Confirmations:     confirmations,
				CheckRate:         flagCheckRate(checkRate),
				BenchAfterWrong:   flagBench(benchAfterWrong),
				BenchAfterLate:    flagBench(benchAfterLate),
				MissesToBench:     missesToBench,
				RevealTimeout:     revealTimeout,
				TxInFlight:        txInFlight,
				GroupDeals:        groupDeals,
				Logger:            slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level})),
			})
			if err != nil {
				return err
			}
			if err := sched.Start(ctx); err != nil {
				sched.Close()
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Scheduler of workerpool %s: worker API on %s, state in %s. Ctrl-C to stop.\n",
				poolAddr.Hex(), sched.URL(), dbPath)
			<-ctx.Done()
			fmt.Fprintln(cmd.OutOrStdout(), "Stopping the scheduler ...")
			return sched.Close()
		},
	}
	f := cmd.Flags()
	f.StringVar(&pool, "workerpool", "", "address of the workerpool to schedule (owned by the --from account)")
	f.StringVar(&dbPath, "db", "", "scheduler state file (default $POCO_HOME/scheduler/<workerpool>.db)")
	f.StringVar(&listen, "listen", scheduler.DefaultListen, "address the worker API listens on")
	f.StringVar(&minStake, "min-stake", sdk.FormatAmount(scheduler.DefaultMinStake()),
		"free balance (RLC) a worker must hold in the hub to be admitted, and per slot it is counted: a worker with 10× this counts at most 10 slots. "+
			"The default, the price of 100 tasks at the devnet's 0.1 RLC, makes a worker's key cost something real to make and to lose (0: anyone, any capacity)")
	f.StringSliceVar(&allow, "allow", nil, "a private pool: only admit these workers (addresses, comma-separated; default: anyone)")
	f.StringSliceVar(&requesters, "requesters", nil, "sell only to these requesters: the pool's offers are published once per requester, restricted to it, and none for anyone else (addresses, comma-separated; default: anyone)")
	f.DurationVar(&heartbeatTimeout, "heartbeat-timeout", scheduler.DefaultHeartbeatTimeout, "a worker silent this long loses its unfinished replicates")
	f.Uint64Var(&confirmations, "confirmations", 0, "follow only blocks this deep (for chains that reorganize)")
	f.BoolVar(&verbose, "verbose", false, "log debug lines too (every work sent to a worker)")
	f.StringVar(&marketFlag, "market", "", "market to publish the pool's offers to (env "+EnvMarket+", else \"market\" in the configuration file; none: no offers)")
	f.BoolVar(&noOffers, "no-offers", false, "publish no offers, even with a market configured")
	f.StringVar(&strategy, "pricing", "fixed", "price strategy of the offers: fixed (--price) or utilization (from --price when idle to --max-price when every slot is busy)")
	f.StringVar(&price, "price", "0.1", "price per task (RLC) of the offers; with --pricing utilization, the idle price")
	f.StringVar(&maxPrice, "max-price", "1", "with --pricing utilization, the price per task (RLC) when every slot is busy")
	f.Uint64Var(&tasksPerSlot, "tasks-per-slot", 100, "volume of the offers: tasks per free worker slot")
	f.Float64Var(&checkRate, "check-rate", scheduler.DefaultCheckRate, "share of the results of replicated tasks (trust 2 or more) checked by a second, randomly drawn worker before anyone can reveal (0 to 1; 0: none); a worker cannot tell a check from ordinary work")
	f.DurationVar(&benchAfterWrong, "bench-after-wrong", scheduler.DefaultBenchAfterWrong, "a worker whose result is proven wrong on chain gets no work for this long, doubled at each further offense within a week (0: never benched)")
	f.DurationVar(&revealTimeout, "reveal-timeout", plan.DefaultRevealTimeout, "a consensus group asked to reveal and silent this long gets another worker, who can open the reveals (at once when its members are all lost)")
	f.IntVar(&missesToBench, "misses-to-bench", scheduler.DefaultMissesToBench, "a worker that misses this many progress deadlines within a day is benched (each miss also gives its replicate to another worker and halves its proven slots)")
	f.DurationVar(&benchAfterLate, "bench-after-late", scheduler.DefaultBenchAfterLate, "how long a worker benched for missed progress deadlines gets no work, doubled at each further miss within a day (0: never benched for it)")
	f.BoolVar(&groupDeals, "group-deals", false, "give a trust-1 task first to a worker that already holds a task of its deal: fewer, larger result batches (about an eighth less gas per task for a stream of deals, with workers that send several deals' batches in one transaction), less parallelism within a deal; for a chain where gas is dear")
	f.IntVar(&txInFlight, "tx-in-flight", scheduler.DefaultTxInFlight, "finalize and claim transactions being mined at once: tasks ready while one is mined go in the next block; 1: one at a time, each waiting for the last one's receipt (fewer, larger batches, less gas, about a block more per finalize)")
	return cmd
}

// parseAddressList reads a repeatable, comma-separated address flag.
func parseAddressList(flag string, values []string) ([]common.Address, error) {
	var out []common.Address
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part == "" {
				continue
			}
			addr, err := parseAddress(flag, part)
			if err != nil {
				return nil, err
			}
			out = append(out, addr)
		}
	}
	return out, nil
}

// flagCheckRate maps --check-rate to scheduler.Config.CheckRate, where 0 means the default:
// 0 on the command line is no checks.
func flagCheckRate(rate float64) float64 {
	if rate == 0 {
		return -1
	}
	return rate
}

// flagBench maps --bench-after-wrong to scheduler.Config.BenchAfterWrong, where 0 means
// the default: 0 on the command line is no bench.
func flagBench(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}
