// Package scheduler is a workerpool's scheduler daemon: it follows the pool's deals on
// chain, hands their tasks' replicates to workers over the worker API (package api), has
// some results checked by a second worker before anyone may reveal, opens the reveals
// with its signed permit, and sends the pool owner's transactions: finalize and claim.
// All of its state is in one SQLite database (package store), so it can stop at any time
// and resume where it was.
//
// # Loops
//
// [Scheduler.Start] runs five goroutines, and a sixth with Config.Market:
//
//   - The follower reads the hub's events after the stored cursor (at most 1000 blocks a
//     query, up to the head less Config.Confirmations) whenever the node announces a new
//     head (a subscription, on a WebSocket or IPC endpoint: a goroutine of its own relays
//     them, subscribing again after a failure) and every Config.PollInterval (the only
//     wake-up on an HTTP endpoint; with a live subscription it takes the head announced
//     and asks the node for it at most once a second), and stores, in one transaction with
//     the new cursor, the pool's deals (OrdersMatched with deal.Workerpool =
//     Config.Workerpool) and all their tasks, the executor of each task (from its app's
//     type, api.ExecutorOf), contributions with their weights, the consensus the first
//     reveal opened (TaskConsensus: REVEALING, consensus value, reveal deadline), reveals,
//     rejected contributions, finalizations (COMPLETED), claims (FAILED) and workers' score
//     changes. At a finalize, every contribution rejected with another result than the
//     finalized one is proven wrong; at a claim, every rejected one. Its worker gets an
//     offense and is benched, from the block's time, for Config.BenchAfterWrong × 2^(n−1),
//     n its offenses (counted again from 1 after OffenseMemory without one; at most 2^10
//     times); the plan loop gives a benched worker nothing. Events of other pools' tasks
//     are ignored.
//   - The plan loop builds a plan.State from the store (served from its view in memory,
//     which follows the database: see the store's package doc) (workers with their last
//     heartbeat, bench, effective slots and speed factor, open tasks with their
//     contributions, assignments and their progress deadlines, excluded workers, final
//     deadlines and category reference time, the pool's checks: Config.CheckRate with the
//     secret key stored on the first start, and Config.RevealTimeout) and applies
//     plan.Plan's decisions in one transaction: each new replicate is stored with the
//     scheduler's signed authorization (none for a TEE task, whose worker asks for the
//     authorization of its enclave: see the worker API; a hidden check stored as one: its
//     worker is never told) and its progress deadline (plan.ProgressDeadline); a lost worker's
//     uncontributed replicate is withdrawn (its worker gets it in Work.Cancel if it comes
//     back) and given to another worker, and so is a replicate past its progress deadline,
//     which counts a miss of its worker (see Worker capacity); and when the planner lets a
//     consensus group
//     reveal (enough workers agree and the task's check, if it is checked, contributed and
//     agrees), the scheduler signs the task's reveal permit once, stores it, and asks every
//     worker that voted for the group to reveal with it. Replicates that can no longer be
//     contributed (the reveals opened, the task ended, or its contribution deadline passed)
//     are withdrawn too. Each asked group gets one uploader (the first to have contributed;
//     one that revealed rather than one that stays silent; replaced if it is lost or gives
//     up), and once the task is REVEALING every voter of its consensus value is asked,
//     all in the same round (the tasks asked to reveal are read with their contributions
//     and requests at once, store.RevealViews, and the new requests stored in one
//     transaction).
//     A task whose trust the live workers cannot reach together is logged once per deal,
//     and why the tasks of a deal wait for workers each time the reason changes (looked
//     at once a second, describeEvery). Last,
//     each open task is described in a sentence — what it waits for and why — from the
//     round's decisions, plan.Explain over the state they leave, the task's
//     contributions, reveal requests, deadlines and withdrawn replicates (reasons.go);
//     rounds are described at most once a second (describeEvery), and a sentence is
//     stored only when it changes, with when it changed (see Why a task waits).
//   - The transaction loop, the only one that starts transactions (each batch is sent
//     and waited for in a goroutine of its own, at most Config.TxInFlight at once,
//     DefaultTxInFlight unless set; with 1, one at a time, each round waiting for its
//     receipts: fewer, larger batches, less gas, a block more per finalize; the sdk client
//     reads the pending nonce and sends under one lock, so nonces follow each other, and a
//     task in flight is left out of later rounds), claims (claimBatch per
//     deal) the tasks still open after
//     their deal's final deadline, and finalizes (finalizeBatch per deal) the REVEALING
//     tasks whose winners all revealed, or at least one did (a REVEALING task always has a
//     reveal: the first opened the reveals) and the reveal deadline passed, once the
//     uploader reported the results location.
//   - The worker API (HTTP, see package api): challenge and login (the signature must
//     recover the worker's address; admission needs a free balance of at least
//     Config.MinStake, DefaultMinStake unless set, and, for a private pool, the
//     allow-list), registration (the score is read from chain, the free balance kept as
//     the worker's stake slots), heartbeats (which read the free balance again every
//     Config.StakeRefresh), long-polled work (replicates, and reveal requests with the
//     permit), reports (a first StepStarted moves the replicate's progress deadline to
//     what it would be from now, if later: a queued replicate is judged from its start),
//     enclave authorizations (api.PathEnclave: for a TEE task only — deal tag bit 0, given
//     only to workers that declare a TEE — the worker holding the replicate, assigned and
//     not withdrawn while the task takes contributions, gets the pool owner's signature
//     for (worker, task, enclave), stored as the replicate's authorization; the same
//     enclave gets the same signature, a new one, after the worker restarted, a new
//     signature; anyone else a 4xx sentence) and the public, read-only endpoints: the status (each worker's declared, proven,
//     staked and effective slots, its misses within MissMemory and its bench) and why
//     each task waits (api.PathTasks, api.PathDeals).
//   - With Config.Market, the offer loop (package offers) keeps the pool's workerpool
//     orders in that market in line with its live, unbenched workers' free capacity every
//     Config.OfferInterval: one offer per category while such a worker has a free slot,
//     one with the GPU tag while a GPU worker has a free GPU, one with the TEE tags
//     (TEE|TDX, 0x9) while a worker that declares a TEE has a free slot, their volume the
//     free slots (GPUs, TEE workers' slots) × Config.OfferTasksPerSlot, their price from Config.Pricing (offers.Fixed,
//     offers.Utilization, …) and their trust the configured one lowered to what those
//     workers reach together (offers.Reach; a change is logged); with Config.Requesters,
//     each once per listed requester, restricted to it. A changed offer is
//     republished and the old one unpublished (a rise only once the book holds less
//     than 7/8 of it); an offer the pool can no longer serve is
//     unpublished, and so are all of them when the scheduler stops.
//
// The plan and transaction loops run every Config.PollInterval and whenever the follower
// stores events or a worker reports, at most once per roundGap (20 ms): a burst of
// reports is one round, not one round each. A worker sends its queued reports in one
// request (api.PathReports): they are checked in order, stored in one transaction
// (store.Store.Reports, with the other reports arriving meanwhile) and wake the loops
// once. Long polls are woken whenever the follower
// stores events or the plan loop changes something. Deadlines and benches are judged by the chain's time (the latest block's),
// never the wall clock; heartbeats, reveal requests' silence and the plan's clock by the
// wall clock (the plan loop moves chain times into it).
//
// # A task's life in the scheduler
//
//	UNSET/ACTIVE: the planner assigns as many replicates as the consensus needs, and at
//	  least plan.MinAgreeing(trust) agreeing workers (trust 1: one, with Job.Finalize: the
//	  worker runs contributeAndFinalize itself)
//	  ── a worker reports failed, or is lost ──▶ its replicate goes to another worker
//	  ── the first workers agree, the task is drawn for a check (trust ≥ 2, Config.CheckRate)
//	     ──▶ one more replicate, to a worker drawn at random: the hidden check
//	  ── they agree (and the check with them) ──▶ permit signed, the group asked to reveal
//	  ── the group silent for Config.RevealTimeout (at once when its members are all lost
//	     or gave up) ──▶ one more replicate, whose worker is asked in turn and can open
//	     the reveals
//	  ── an assignee past its progress deadline without a contribution ──▶ withdrawn, a
//	     miss of its worker; its replicate goes to another worker
//	REVEALING (the first reveal, with the permit, opened the reveals on the group):
//	  ── all winners revealed (or one and the reveal deadline passed) + results ──▶ finalize
//	any non-terminal state after the final deadline ──▶ claim: FAILED, requester refunded
//	finalize or claim ──▶ the workers proven wrong are benched
//
// A worker is never given two replicates of one task: an assignment is stored once per
// (task, worker), and workers whose replicate was withdrawn or given up are excluded from
// the task's candidates. Every contribution on chain counts until the task is finalized
// or claimed, as on chain.
//
// A check needs a worker that has not worked on the task: in a pool where a dissent took
// every worker, a checked task waits for one until its contribution deadline, then
// reveals without its check. Checks that disagree with the leading group hold the reveals
// until more checks side with it; while none can, the task waits, and if its contribution
// deadline comes first it is claimed at its final deadline (plan's decision rules).
//
// # Worker capacity
//
// A worker declares Slots (replicates it runs at once) and Queue (replicates it holds
// beyond them, waiting for a slot), but the pool counts only what it has shown: its
// effective slots are the least of Slots + Queue, its proven slots and its stake slots
// (store.Workers). Proven slots start at 1, grow by one for each replicate it contributes
// before it is found late (up to Slots + Queue) and halve, at least 1, at each progress
// deadline it misses: additive increase, multiplicative decrease. Stake slots are its
// free balance in the hub / Config.MinStake. The planner's FreeSlots for it is its
// effective slots less its running replicates: assigned, on a task not COMPLETED or
// FAILED, and not yet reported computed. A replicate whose result is computed only waits
// for the chain — the worker batches its contributions, one transaction per deal for many
// tasks — and no longer holds a slot, so a worker keeps getting work while its results
// are mined (up to as many waiting results as it has effective slots); a queue lets its
// results come in runs that batch well. GPU tasks are bounded by the declared GPUs alone
// (they do not queue). The offers (package offers) sum the same effective slots, with
// a worker's queue counted up to offers.OfferedQueue (8) per running slot, however deep the
// planner fills it: a worker that declares a billion slots counts what it proved.
//
// The declared queue is a ceiling (the worker's default: 64 per slot); how much of it is
// filled follows the tasks' run times. Beyond its declared Slots, a worker is given a
// replicate only while the work it holds and has not computed, each replicate counted at
// its expected run time, is less than Slots × Config.QueueWindow (plan.State.QueueWindow,
// 2 s by default): tasks of milliseconds queue up to the effective slots, tasks of
// minutes not at all, and a task queued behind others starts within about a window. The
// expected run time (plan.Worker.ExpectedRun) is the worker's measured run of the deal —
// from the scheduler taking its first StepStarted report to its StepComputed one, stored
// with the replicate (store: started_ms, run_ms), the mean of its last 32 runs of the deal
// — else its measured run of the deal's app on other deals (plan.Worker.AppRunTimes, the
// last 32 apps it ran, kept while the scheduler runs and read back for the open deals
// after a restart), at least plan.UnknownRun, else the category's reference time over its
// declared speed, else plan.UnknownRun. A
// worker that reports fake-fast runs gets the queue its declared Queue allows and no
// more: the effective slots bound it as before (2 × effective slots held at most before
// its first missed progress deadline: 18 for a one-slot worker with the former default
// queue of 8, 130 with 64, once it has proved 65 slots and its stake backs them), and
// missed deadlines withdraw its replicates and halve its proven slots.
//
// Each replicate must be contributed by its progress deadline (plan.ProgressDeadline from
// its assignment, the task's reference time and the worker's declared speed factor; from
// its start, if later). Past it, the plan loop withdraws it and gives it to another
// worker, records a miss (store: misses) and halves the worker's proven slots; a worker
// with Config.MissesToBench misses within MissMemory is benched for Config.BenchAfterLate,
// doubled by each further miss (the same bench as for results proven wrong, the longer
// holding). Misses and benches are logged and shown in the public status.
//
// # Why a task waits
//
// The sentences (api.TaskState.Reason) say what a task waits for: a worker with a GPU
// that no worker offers, the workers running its replicates and their first progress
// deadline, a lost or late worker's replicate given to another, the first reveal of an
// agreeing group, the reveals until the reveal deadline, a trust the live workers cannot
// reach, a deadline passed and who can claim the task. They are stored in the tasks table
// when they change and served by GET api.PathTasks+TASKID and api.PathDeals+DEALID+"/tasks"
// (a deal's in one answer); a COMPLETED or FAILED task is described from its status.
// Anyone may read them, workers too, so they never say why a replicate was given: a
// hidden check reads like any replicate, and a task waiting for its check's worker like
// one waiting for any worker.
//
// # Restart guarantees
//
//   - A block range's events and the cursor are committed together, so after a crash the
//     follower replays exactly the ranges not stored, and replaying is harmless (an
//     offense is counted once per contribution proven wrong).
//   - Assignments (with their authorizations and check flags), the steps workers
//     reported, reveal permits, reveal requests and uploaded result locations are stored:
//     a restarted scheduler serves the same pending work and the same permits again.
//     Offenses, misses, benches, proven and stake slots, progress deadlines, the run
//     times measured from the reports (which size the queues) and each task's sentence
//     are stored. Login sessions are in memory: workers get 401 and log in again.
//   - The check key and the plan seed are drawn on the first start and stored, so a
//     restart checks the same tasks. Each plan round is seeded with Config.Seed (or the
//     stored seed) plus the last block stored: tie-breaks change as the chain moves, and a
//     round replays from the database alone.
//   - The plan and transaction loops wait until the follower has caught up with the chain
//     once, so they act on the chain's state rather than a stale database. A transaction
//     mined just before a restart may still be sent again; the hub refuses it, and a
//     refused transaction is never retried blindly: the scheduler reads the task's state
//     on chain and waits for the follower when it already changed, or backs off.
package scheduler
