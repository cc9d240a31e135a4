// Package scheduler is a workerpool's scheduler daemon: it follows the pool's deals on
// chain, hands their tasks' replicates to workers over the worker API (package api),
// asks the winners to reveal, and sends the pool owner's transactions: finalize, reopen
// and claim. All of its state is in one SQLite database (package store), so it can stop
// at any time and resume where it was.
//
// # Loops
//
// [Scheduler.Start] runs four goroutines, and a fifth with Config.Market:
//
//   - The follower reads the hub's events after the stored cursor (at most 1000 blocks a
//     query, up to the head less Config.Confirmations) and stores, in one transaction with the new cursor, the pool's deals
//     (OrdersMatched with deal.Workerpool = Config.Workerpool) and all their tasks, the
//     executor of each task (from its app's type, api.ExecutorOf), contributions with
//     their weights, consensus (REVEALING, consensus value, reveal deadline), reveals,
//     reopens (the consensus group's contributions are rejected and stop counting, as on
//     chain), finalizations (COMPLETED), claims (FAILED) and workers' score changes. Events
//     of other pools' tasks are ignored.
//   - The plan loop builds a plan.State from the database (workers with their last
//     heartbeat, open tasks with their contributions, assignments and excluded workers)
//     and applies plan.Plan's decisions in one transaction: each new replicate is stored
//     with the scheduler's signed authorization; a lost worker's uncontributed replicate
//     is withdrawn (its worker gets it in Work.Cancel if it comes back) and given to
//     another worker. Replicates that can no longer be contributed (the task reached
//     consensus, ended, or its contribution deadline passed) are withdrawn too. For each
//     REVEALING task it asks every member of the consensus group to reveal and chooses one
//     uploader (the first to have contributed), replaced if it is lost or gives up.
//   - The transaction loop, the only goroutine that sends transactions (one account, so
//     nonces follow each other), claims (claimBatch per deal) the tasks still open after
//     their deal's final deadline, finalizes (finalizeBatch per deal) the REVEALING tasks
//     whose winners all revealed, or at least one did and the reveal deadline passed, once
//     the uploader reported the results location, and reopens a REVEALING task whose
//     reveal deadline passed with no reveal while contributions are still open.
//   - The worker API (HTTP, see package api): challenge and login (the signature must
//     recover the worker's address; admission needs a free balance of at least
//     Config.MinStake and, for a private pool, the allow-list), registration (the score is
//     read from chain), heartbeats, long-polled work, reports and the public status.
//   - With Config.Market, the offer loop (package offers) keeps the pool's workerpool
//     orders in that market in line with its live workers' free capacity every
//     Config.OfferInterval: one offer per category while a live worker has a free slot,
//     one with the GPU tag while a live GPU worker has a free GPU, their volume the free
//     slots (GPUs) × Config.OfferTasksPerSlot and their price from Config.Pricing
//     (offers.Fixed, offers.Utilization, …). A changed offer is republished and the old
//     one unpublished; an offer the pool can no longer serve is unpublished, and so are
//     all of them when the scheduler stops.
//
// Long polls are woken whenever the follower stores events or the plan loop changes
// something. Deadlines are judged by the chain's time (the latest block's), never the
// wall clock; heartbeats by the wall clock.
//
// # A task's life in the scheduler
//
//	UNSET/ACTIVE: the planner assigns as many replicates as the consensus needs
//	  (trust 1: one, with Job.Finalize: the worker runs contributeAndFinalize itself)
//	  ── a worker reports failed, or is lost ──▶ its replicate goes to another worker
//	REVEALING: the consensus group is asked to reveal, one member to upload
//	  ── all winners revealed (or one and the reveal deadline passed) + results ──▶ finalize
//	  ── reveal deadline passed, nobody revealed ──▶ reopen: ACTIVE again, new replicates
//	any non-terminal state after the final deadline ──▶ claim: FAILED, requester refunded
//
// A worker is never given two replicates of one task: an assignment is stored once per
// (task, worker), and workers whose replicate was withdrawn or given up, or whose
// contribution was rejected by a reopen, are excluded from the task's candidates.
//
// # Worker capacity
//
// A worker declares Slots (replicates it runs at once) and Queue (replicates it holds
// beyond them, waiting for a slot). The planner's FreeSlots for it is Slots + Queue less
// its pending replicates: assigned, on a task not COMPLETED or FAILED, and not yet
// reported computed (store.Workers). A replicate whose result is computed only waits for
// the chain — the worker batches its contributions, one transaction per deal for many
// tasks — and no longer holds capacity, so a worker keeps getting work while its results
// are mined; a queue lets its results come in runs that batch well. GPU tasks are bounded
// by the declared GPUs alone (they do not queue).
//
// # Restart guarantees
//
//   - A block range's events and the cursor are committed together, so after a crash the
//     follower replays exactly the ranges not stored, and replaying is harmless.
//   - Assignments (with their authorizations), the steps workers reported, reveal requests
//     and uploaded result locations are stored: a restarted scheduler serves the same
//     pending work again. Login sessions are in memory: workers get 401 and log in again.
//   - The plan and transaction loops wait until the follower has caught up with the chain
//     once, so they act on the chain's state rather than a stale database. A transaction
//     mined just before a restart may still be sent again; the hub refuses it, and a
//     refused transaction is never retried blindly: the scheduler reads the task's state
//     on chain and waits for the follower when it already changed, or backs off.
package scheduler
