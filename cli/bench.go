package cli

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/bench"
	"github.com/pocolabs/poco/bench/trust"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/market/marketbench"
	"github.com/pocolabs/poco/worker"
)

func newBenchCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the protocol against the figures of DESIGN.md §6, and this machine's speed factor",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newBenchMachineCommand(g))
	cmd.AddCommand(newBenchGasCommand(g))
	cmd.AddCommand(newBenchE2ECommand(g))
	cmd.AddCommand(newBenchMarketCommand(g))
	cmd.AddCommand(newBenchTrustCommand(g))
	return cmd
}

func newBenchTrustCommand(g *globals) *cobra.Command {
	var (
		cfg      trust.Config
		strategy string
		policy   string
		parallel int
	)
	cmd := &cobra.Command{
		Use:   "trust [--strategy S --trust T] [--workers N --saboteurs F --tasks K --seed X]",
		Short: "Measure how many wrong results saboteurs get accepted, and what cheating earns them",
		Long: `Plays a pool of --workers workers, a fraction --saboteurs of them saboteurs, through a
stream of deals of --tasks tasks in all, with the scheduler's real planner (replicates,
hidden checks, reveal permits, benching) and the Go mirror of the contracts (consensus,
reveals, rewards, penalties, vesting, scores, claims), block by block, so reputations and
balances evolve as on chain (docs/trust.md). Saboteur strategies:

  colluding        always return the same wrong result
  independent      always return a wrong result of their own
  score-building   return the right result unless the saboteurs on the task would win it
                   together with a wrong one (their weights satisfy the consensus rule
                   against the votes on chain, and they are enough for the planner)
  honest           play honest (a reference)

With --strategy it plays one configuration at --trust and prints one result; with --json
one object with the fields strategy, trust, workers, saboteurs, tasks, wrong_rate,
wrong_bound (1/trust), replicas_per_task, contributions_per_task, unresolved_rate,
saboteur_net_gain_rlc (what sabotage earned the saboteurs: their tokens at the end less
what the same workers end with playing honest on the same seed), saboteur_balance_change_rlc,
honest_net_gain_rlc, checks_per_task, caught, honest_caught, simulated_seconds.

Without --strategy it prints the table of every strategy at trust 1, 5, 10 and 100, then
the fixed-quorum baselines (2-of-3, and first-2-agree as BOINC does) with every strategy;
with --json a JSON array of those objects. --policy plays one baseline instead of Poco.

The floors (issue 11, docs/trust.md): at 30% saboteurs over 10,000 tasks, wrong_rate <=
1/trust at trust 5, 10 and 100 (aim 0.1/trust), saboteur_net_gain_rlc < 0, and at most 2
replicas per task at trust 5. Trust 1 means no verification: one worker decides.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg.Policy = trust.Policy(policy)
			out := cmd.OutOrStdout()
			if strategy == "" && policy == string(trust.PolicyPoco) {
				rows, err := trust.Table(cfg, []uint64{1, 5, 10, 100}, parallel)
				if err != nil {
					return err
				}
				if g.json {
					enc := json.NewEncoder(out)
					enc.SetIndent("", "  ")
					return enc.Encode(rows)
				}
				return writeTrustTable(out, rows)
			}
			if strategy == "" {
				strategy = string(trust.Colluding)
			}
			st, err := trust.ParseStrategy(strategy)
			if err != nil {
				return err
			}
			cfg.Strategy = st
			r, err := trust.Run(cfg)
			if err != nil {
				return err
			}
			if g.json {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			return writeTrustTable(out, []trust.Result{r})
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Workers, "workers", 20, "workers in the pool")
	f.Float64Var(&cfg.Saboteurs, "saboteurs", 0.3, "fraction of the workers that are saboteurs, in [0, 1)")
	f.StringVar(&strategy, "strategy", "", "saboteur strategy: colluding, independent, score-building or honest (empty: the whole table)")
	f.Uint64Var(&cfg.Trust, "trust", 5, "the deals' trust (with --strategy)")
	f.IntVar(&cfg.Tasks, "tasks", 10000, "tasks played")
	f.Uint64Var(&cfg.Seed, "seed", 1, "random seed: the same seed replays the same run")
	f.StringVar(&policy, "policy", string(trust.PolicyPoco), "how results are accepted: poco, or a baseline: 2-of-3, first-2-agree")
	f.Float64Var(&cfg.CheckRate, "check-rate", 0, "share of results checked by a hidden extra worker (0: the scheduler's default, 0.3; negative: none)")
	f.DurationVar(&cfg.BenchFirst, "bench-after-wrong", 0, "how long the pool benches a worker after its first result proven wrong, doubling after each (0: the scheduler's default, 10m; negative: never)")
	f.IntVar(&parallel, "parallel", runtime.GOMAXPROCS(0), "configurations played at once for the table")
	return cmd
}

// writeTrustTable prints trust benchmark rows, one per line.
func writeTrustTable(out io.Writer, rows []trust.Result) error {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "policy\tstrategy\ttrust\twrong\tbound\treplicas/task\tcontributions/task\tunresolved\tsaboteur gain (RLC)\tsaboteur balance (RLC)\thonest gain (RLC)\t")
	for _, r := range rows {
		trustCol, bound := fmt.Sprint(r.Trust), fmt.Sprintf("%.4f", r.WrongBound)
		gain, balance, honest := fmt.Sprintf("%+.1f", r.SaboteurNetGainRLC), fmt.Sprintf("%+.1f", r.SaboteurBalanceChangeRLC), fmt.Sprintf("%+.1f", r.HonestNetGainRLC)
		if r.Policy != trust.PolicyPoco {
			trustCol, bound, gain, balance, honest = "-", "-", "-", "-", "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.4f\t%s\t%.2f\t%.2f\t%.4f\t%s\t%s\t%s\t\n", r.Policy, r.Strategy, trustCol, r.WrongRate, bound,
			r.ReplicasPerTask, r.ContributionsPerTask, r.UnresolvedRate, gain, balance, honest)
	}
	return tw.Flush()
}

func newBenchE2ECommand(g *globals) *cobra.Command {
	var (
		cfg        localnet.BenchConfig
		verbose    bool
		cpuProfile string
	)
	cmd := &cobra.Command{
		Use:   "e2e --tasks N --workers W --trust T [--deals D [--in-flight K]] [--block-time D]",
		Short: "Run a bag of tasks on a fresh in-process network and measure it",
		Long: `Starts a fresh network in this process (dev chain with --block-time blocks, storage
gateway, a scheduler and --workers workers with the wasm executor), buys a bag of --tasks
tasks of the hello example app at --trust, waits until every task is finalized, and
prints the figures below. With --deals D it buys a stream of D such deals, --in-flight
at once (the next is bought as soon as the oldest ends; the purchases run concurrently, so
several deals can be matched in one block), so tasks_per_s is sustained over the stream
rather than one bag's ramp; per_deal gives each deal's tasks/s. The bench fails unless
every task, read back from the chain, is COMPLETED.

  tasks, deals, in_flight, tasks_per_deal, workers, trust, block_time_s
  seconds                    from sending the first match to the last task finalized
  tasks_per_s                tasks (all deals) / seconds
  cpu_ms_per_task            CPU time of the whole process (user+sys, getrusage) over
                             the measured part / tasks: chain, scheduler, workers,
                             storage and the bench together
  cpu_utilization            that CPU time / (seconds x number of CPUs)
  stages_ms_p50, _p90        per-stage timeline: ms from the task's match being sent to
      seen                     the match's block seen (announced by a head
                               subscription; at most the assigned time)
      assigned                 a worker began running the task (its first replica)
      computed                 the worker's result computed (the last replica's)
      contributed              the block of the task's last contribution seen
      consensus                the block of its consensus event seen
      revealed                 the block of its last reveal seen
      finalized                the block of its finalize event seen
                             a stage without an event (one transaction doing several
                             steps, as at trust 1) takes the next stage's time
  gas_per_task               gas of every transaction of the deals (matches included) / tasks
  gas_by_method              those transactions by the hub method they call: txs and gas
                             ("multicall of M": several calls of M in one transaction,
                             a worker's result batches of several deals)
  ceiling_tasks_per_s        block gas limit / gas_per_task / block time: what the chain
                             could carry (with --block-time 0, per second)
  ceiling_ratio              tasks_per_s / ceiling_tasks_per_s
  blocks_match_to_final_p50  median over tasks of finalize block - match block (and _max)
  worker_overhead_ms_p50     median over tasks of a worker's time on the task beyond the
                             app's own run (fetch, checks, digest, result packing)
  follow_rpc_calls           chain reads the requester made to follow its deals to the
                             end, the way poco run does (requester.Follow, polling every
                             100 ms): _per_task and _per_block divide it by the tasks
                             and by the blocks the run spanned
  rpc_calls_per_task         JSON-RPC requests of all the process's chain clients
                             (workers, scheduler, requester, bench) over the measured
                             part / tasks, by method (rpc_calls: the counts); the text
                             output gives the total and the methods by count
  completed, failed

The aims (DESIGN.md §6): ceiling_ratio >= 0.5 at --tasks 1000 --workers 16 --trust 1
--block-time 1s; 2 blocks from match to result at trust 1 and 4 for replicated tasks;
worker overhead <= 5 ms per task.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.InFlight < 1 {
				return fmt.Errorf("bench e2e: --in-flight %d: give at least 1 (deals bought at once)", cfg.InFlight)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			errOut := cmd.ErrOrStderr()
			if verbose {
				cfg.Logger = slog.New(slog.NewTextHandler(errOut, &slog.HandlerOptions{Level: slog.LevelInfo}))
			}
			last := time.Now()
			cfg.Progress = func(ended, total int) {
				if ended == total || time.Since(last) > time.Second {
					last = time.Now()
					fmt.Fprintf(errOut, "%d/%d tasks ended\n", ended, total)
				}
			}
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				cfg.CPUProfile = f
			}
			r, err := localnet.Bench(ctx, cfg)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.json {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "tasks\t%d (%d completed, %d failed)\n", r.Tasks, r.Completed, r.Failed)
			fmt.Fprintf(tw, "deals\t%d of %d tasks (%d in flight)\n", r.Deals, r.TasksPerDeal, r.InFlight)
			fmt.Fprintf(tw, "executor\t%s\n", r.Executor)
			fmt.Fprintf(tw, "workers\t%d (queue %d each)\n", r.Workers, r.Queue)
			fmt.Fprintf(tw, "trust\t%d\n", r.Trust)
			if r.GroupDeals {
				fmt.Fprintf(tw, "scheduler\t--group-deals\n")
			}
			fmt.Fprintf(tw, "warm\t%t\n", r.Warm)
			fmt.Fprintf(tw, "block time\t%gs\n", r.BlockTimeS)
			fmt.Fprintf(tw, "seconds\t%.2f\n", r.Seconds)
			fmt.Fprintf(tw, "tasks per second\t%.1f (ceiling %.1f, ratio %.3f)\n", r.TasksPerS, r.CeilingTasksPerS, r.CeilingRatio)
			fmt.Fprintf(tw, "gas per task\t%d\n", r.GasPerTask)
			methods := slices.SortedFunc(maps.Keys(r.GasByMethod), func(a, b string) int {
				return cmp.Compare(r.GasByMethod[b].Gas, r.GasByMethod[a].Gas)
			})
			for _, m := range methods {
				u := r.GasByMethod[m]
				fmt.Fprintf(tw, "  %s\t%d txs, %.0f gas each, %.0f per task\n", m, u.Txs,
					float64(u.Gas)/float64(u.Txs), float64(u.Gas)/float64(r.Tasks))
			}
			fmt.Fprintf(tw, "blocks match to final\tp50 %.1f, max %d\n", r.BlocksMatchToFinalP50, r.BlocksMatchToFinalMax)
			fmt.Fprintf(tw, "worker overhead\tp50 %.2f ms per task\n", r.WorkerOverheadMsP50)
			fmt.Fprintf(tw, "cpu per task\t%.2f ms (utilization %.2f)\n", r.CPUMsPerTask, r.CPUUtilization)
			fmt.Fprintf(tw, "following the deals\t%d chain reads: %.3f per task, %.1f per block\n",
				r.FollowRPCCalls, r.FollowRPCCallsPerTask, r.FollowRPCCallsPerBlock)
			fmt.Fprintf(tw, "rpc calls per task\t%s\n", rpcPerTask(r.RPCCallsPerTask))
			for _, st := range []struct {
				name string
				s    localnet.Stages
			}{{"p50", r.StagesMsP50}, {"p90", r.StagesMsP90}} {
				fmt.Fprintf(tw, "stages ms %s\tseen %.0f, assigned %.0f, computed %.0f, contributed %.0f, consensus %.0f, revealed %.0f, finalized %.0f\n",
					st.name, st.s.Seen, st.s.Assigned, st.s.Computed, st.s.Contributed, st.s.Consensus, st.s.Revealed, st.s.Finalized)
			}
			for i, d := range r.PerDeal {
				fmt.Fprintf(tw, "deal %d\t%d tasks in %.2f s, %.1f tasks/s\n", i+1, d.Tasks, d.Seconds, d.TasksPerS)
			}
			return tw.Flush()
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Tasks, "tasks", 100, "tasks in the bag (in each deal)")
	f.IntVar(&cfg.Deals, "deals", 1, "deals bought as a stream (--in-flight at once)")
	f.IntVar(&cfg.InFlight, "in-flight", localnet.DefaultInFlight, "with --deals: how many deals are bought at once, the next as soon as the oldest ends")
	f.IntVar(&cfg.Workers, "workers", 4, "workers in the pool")
	f.IntVar(&cfg.Queue, "queue", 0, fmt.Sprintf("each worker's queue: the most tasks it holds beyond its slots, filled by the scheduler as the run times call for (0: the worker's default, %d per slot)", worker.DefaultQueueFactor))
	f.Uint64Var(&cfg.Trust, "trust", 1, "the deal's trust")
	f.BoolVar(&cfg.GroupDeals, "group-deals", false, "run the scheduler with --group-deals (trust-1 tasks grouped by deal on the workers: less gas per task)")
	f.DurationVar(&cfg.BlockTime, "block-time", 0, "block period, whole seconds (0: a block per transaction)")
	f.StringVar(&cfg.Executor, "executor", "wasm", "the app to buy: wasm (the hello example) or oci (the ociapp example image, run by podman or Docker: --oci-host, else DOCKER_HOST)")
	f.StringVar(&cfg.OCIHost, "oci-host", "", "the container engine's API address for --executor oci (default: DOCKER_HOST, Docker's or podman's system socket, else a podman service started for the run)")
	f.BoolVarP(&verbose, "verbose", "v", false, "log the network's activity on stderr")
	f.BoolVar(&cfg.Warm, "warm", false, "run a warm-up deal of --tasks tasks at trust 1 first (app compiled, workers' slots proven): a running pool's figures rather than a cold start's")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the whole process over the measured part (first match to last task finalized) to this file, for go tool pprof")
	return cmd
}

func newBenchGasCommand(g *globals) *cobra.Command {
	rules := string(bench.DefaultRules)
	cmd := &cobra.Command{
		Use:   "gas [--rules prague|osaka|dev]",
		Short: "Measure the gas per task of the protocol's main scenarios",
		Long: `Deploys the protocol on an in-process simulated chain and measures the gas per task of
each scenario, on a warmed-up state, against the iExec PoCo reference and the aim of
DESIGN.md §6:

  trust1-bag100          matchOrders + contributeAndFinalizeBatch, 100 tasks, trust 1
  replicated3-bag100     matchOrders + 3 contributeBatch + 3 revealBatch + finalizeBatch,
                         100 tasks, trust 5, three fresh agreeing workers
  single-trust1          matchOrders + contributeAndFinalize, one task, trust 1
  replicated3-single     the replicated flow for one task with single calls (no reference)
  trust1-bag100-dataset  trust1-bag100 with a paid dataset (no reference)
  trust1-4deals          4 deals × 25 tasks, one contributeAndFinalizeBatch transaction
                         per deal (no reference)
  trust1-4deals-multicall
                         the same four batches in one multicall transaction, as a
                         worker sends its results of several deals (no reference)

--rules picks the chain's fork rules:

  osaka   Ethereum mainnet today (the default): Prague's prices, and a transaction may use
          at most 16,777,216 gas (EIP-7825)
  prague  mainnet before Osaka, no per-transaction cap: the rules of the committed
          figures (bench/gas-snapshot.json); the same figures as osaka
  dev     go-ethereum's dev rules (geth --dev, the stock simulated backend): Osaka and
          later forks, where creating state costs about 3× Prague; where mainnet may go

Under osaka and dev, a batch over the per-transaction cap is sent in parts, as workers
and the scheduler do, and every part is counted.

With --json it prints a JSON array of objects with the fields scenario, rules,
gas_per_task, reference_gas_per_task, ratio (gas_per_task / reference_gas_per_task), aim,
tasks, transactions, gas_total, state and detail (the gas of each transaction by step).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := chaintest.ParseRules(rules)
			if err != nil {
				return err
			}
			results, err := bench.GasUnder(r)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.json {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(results)
			}
			return bench.WriteGasTable(out, results)
		},
	}
	cmd.Flags().StringVar(&rules, "rules", rules, "chain rules: osaka (Ethereum mainnet today), prague, or dev (geth --dev: Osaka and later forks)")
	return cmd
}

func newBenchMarketCommand(g *globals) *cobra.Command {
	var cfg marketbench.Config
	cmd := &cobra.Command{
		Use:   "market [--orders N] [--postgres DSN]",
		Short: "Measure the market: publication rate and query latency at N open orders",
		Long: `Deploys the protocol on an in-process simulated chain, signs --orders orders (40 % app,
10 % dataset, 30 % workerpool, 20 % request, varied assets, prices, categories, trusts,
tags and restrictions), publishes them all through the market's full checks (signature,
ownership, volume and funds read from the chain) and times --queries typical queries
through the HTTP API. It prints, for SQLite and, with --postgres DSN (env
` + envBenchPostgres + `), for PostgreSQL (in a schema of its own, dropped at the end):

  store                   sqlite or postgres
  publish_per_s           orders published per second, as many publishers as CPUs
  signature_checks_per_s  signature recoveries per second alone: the bound to compare with
  query_p50_ms            median query latency
  query_p99_ms            99th percentile (aim: under 20 ms at 100,000 orders on SQLite)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if cfg.PostgresDSN == "" {
				cfg.PostgresDSN = os.Getenv(envBenchPostgres)
			}
			errOut := cmd.ErrOrStderr()
			cfg.Progress = func(format string, args ...any) { fmt.Fprintf(errOut, format+"\n", args...) }
			results, err := marketbench.Run(ctx, cfg)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.json {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(results)
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "STORE\tORDERS\tPUBLISH/S\tSIG CHECKS/S\tQUERY P50 MS\tQUERY P99 MS")
			for _, r := range results {
				fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%.2f\t%.2f\n", r.Store, r.Orders, r.PublishPerS, r.SignatureChecksPerS, r.QueryP50Ms, r.QueryP99Ms)
			}
			return tw.Flush()
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Orders, "orders", 100_000, "orders in the book")
	f.IntVar(&cfg.Queries, "queries", 2000, "queries timed per store")
	f.StringVar(&cfg.PostgresDSN, "postgres", "", "also measure PostgreSQL at this DSN (env "+envBenchPostgres+")")
	return cmd
}

// envBenchPostgres is the PostgreSQL DSN `poco bench market` also measures.
const envBenchPostgres = "POCO_BENCH_POSTGRES_DSN"

// rpcPerTask prints JSON-RPC calls per task: the total, then each method by count
// ("12.40: eth_call 4.10, eth_estimateGas 3.00, …"), without the "eth_" prefix.
func rpcPerTask(m map[string]float64) string {
	type kv struct {
		k string
		v float64
	}
	var xs []kv
	var total float64
	for k, v := range m {
		total += v
		xs = append(xs, kv{strings.TrimPrefix(k, "eth_"), v})
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v || (xs[i].v == xs[j].v && xs[i].k < xs[j].k) })
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%s %.2f", x.k, x.v)
	}
	return fmt.Sprintf("%.2f: %s", total, strings.Join(parts, ", "))
}
