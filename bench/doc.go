// Package bench measures what the Poco protocol costs and compares it with the figures of
// DESIGN.md §6.
//
// # Gas
//
// GasUnder runs a set of scenarios, each on its own freshly deployed protocol
// (chain/pocotest: go-ethereum's simulated chain with a 60M block gas limit) under the
// chain rules given (chaintest.Rules: prague; osaka, Ethereum mainnet today, which prices
// the protocol the same and caps a transaction at 2^24 gas; or dev, geth --dev's rules,
// where creating state costs about three times more), and reports the gas per task: the
// sum of the GasUsed of the scenario's transactions (as mined, so intrinsic and calldata
// costs and refunds are included) divided by the number of tasks of its deal. Deposits,
// token approvals and asset registration are set up by the fixture and not counted.
//
// The figures are steady-state ("warm") figures. A protocol in a running market has
// actors whose hub accounts and balances already exist, so writing to them costs a
// storage update, not a creation. Each scenario therefore runs twice on the same chain
// with the same requester, pool, app and dataset: a first run warms the state up and is
// thrown away, and a second, identical run with a fresh request order (so a new deal and
// new tasks) is measured. App, dataset and workerpool orders are offers published once
// with a volume of 1000 and matched by every request, as in a running market, so the
// measured run finds them partly consumed. Scenarios that need fresh workers (reputation 0, whose
// weight makes three agreeing contributions the first to satisfy the consensus rule at
// trust 5) use another trio of workers for the warm-up; the measured workers have deposited
// but never worked, so their first vesting rewards create their vesting records.
//
// Every measured transaction must succeed and every task of the measured deal (and of
// the warm-up) must end COMPLETED, or Gas returns an error: the benchmark cannot
// silently measure failures.
//
// The scenarios with a reference figure are those of DESIGN.md §6:
//
//   - trust1-bag100: a deal of 100 tasks at trust 1; matchOrders, then one worker sends
//     contributeAndFinalizeBatch for the 100 tasks in one transaction.
//   - replicated3-bag100: a deal of 100 tasks at trust 5; matchOrders, three fresh
//     workers each send one contributeBatch (the consensus rule holds from the third) and
//     one revealBatch (the first worker's carries the scheduler's reveal permit of every
//     task, which opens the reveal phase; the others carry none), then the scheduler sends
//     one finalizeBatch, whose worker rewards vest (trust above 1).
//   - single-trust1: a one-task deal at trust 1; matchOrders and contributeAndFinalize.
//
// Extra scenarios without a reference: replicated3-single (the replicated flow for one
// task with single, non-batch calls), trust1-bag100-dataset (trust1-bag100 with a
// paid dataset), trust1-4deals (four trust-1 deals of 25 tasks, matched apart; one worker
// sends one contributeAndFinalizeBatch per deal, four transactions) and
// trust1-4deals-multicall (the same, the four batches sent as one hub multicall
// transaction; under a gas cap it is split in halves by deals).
//
// Under rules with a per-transaction gas cap, a batch whose estimate is over the cap is
// sent in halves (recursively), as workers and the scheduler do, and every part counts.
//
// gas-snapshot.json holds the committed figures, measured under SnapshotRules (prague;
// Gas measures under them); TestGasSnapshot fails when a scenario
// costs more than 1% over its snapshot (run `go test ./bench -run TestGasSnapshot
// -update` to accept a change).
//
// # End to end
//
// `poco bench e2e` (localnet.Bench) runs a whole network in one process (dev chain,
// storage gateway, scheduler, workers) and buys --deals deals of --tasks tasks of the
// hello app at --trust, --in-flight deals at once (default 4, bought concurrently; the
// next is bought as soon as the oldest ends), so tasks_per_s over a stream is sustained
// rather than one bag's ramp; per_deal gives each deal's own tasks/s (its deals overlap). Every task is read back from the chain at the
// end and must be COMPLETED, or the bench fails. It prints:
//
//   - cpu_ms_per_task: the process's CPU time (user+sys, getrusage RUSAGE_SELF) from the
//     first match sent to the last task ended, divided by the tasks: the chain, scheduler,
//     workers, storage and the bench's own polling together. cpu_utilization is that CPU
//     time / (wall time × runtime.NumCPU()).
//   - stages_ms_p50 and stages_ms_p90: per task, milliseconds from its deal's match being
//     sent, then a percentile over tasks, per stage. Block arrival times come from the
//     bench polling the chain's head every 20 ms (so they are late by up to 20 ms); the
//     events are read once, at the end, with the SDK (sdk.Client.Events); the worker
//     times come from the workers' per-task report (worker.Config.OnTask).
//     seen: the match's block seen (at most the assigned time); assigned: a worker began
//     running the task (the first replica's start: the worker had its assignment and the
//     task's inputs); computed: a worker's result computed (the last replica's); contributed:
//     the block of the task's last contribution; consensus: the block of its
//     TaskConsensus event; revealed: the block of its last reveal; finalized: the block of
//     its TaskFinalize event. A stage without an event of its own (at trust 1 one
//     contributeAndFinalize does contribute, consensus, reveal and finalize) takes the
//     time of the next stage, so the stages never decrease.
package bench
