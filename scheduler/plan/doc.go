// Package plan is the scheduler's planning core: from a read-only snapshot of the pool's
// workers and open tasks ([State]) it decides which workers run which replicates
// ([Plan]), how many replicates a task still wants ([ReplicatesWanted]) and why a worker
// cannot take a task ([Explain]).
//
// Everything here is a pure function: no I/O, no clock (State.Now is the time), no global
// randomness (ties are broken by a generator seeded from the caller's seed), and the State
// is never modified. The same State and seed always give the same plan, so a logged plan
// can be replayed.
//
// # Decision rules
//
// Plan applies them in this order:
//
//  1. Tasks are taken earliest contribution deadline first (ties by task ID), so capacity
//     goes to the work that expires first. A task whose status is past ACTIVE gets nothing.
//  2. An assignment whose worker is lost (no heartbeat for more than
//     State.HeartbeatTimeout, or no longer in State.Workers), or past its progress deadline
//     (Assignment.Deadline, see [ProgressDeadline]), and that has not contributed is
//     withdrawn ([Decision] with Unassign, [ReasonLost] or [ReasonLate]) while the task is
//     still before its contribution deadline; its replicate is then given to another worker.
//  3. The task's contributions are tallied as the contract does ([protocol.Tally]); the
//     leading group is the heaviest, the earliest voted on a tie. While the leading group
//     does not satisfy the consensus rule with [MinAgreeing] members, or live assignees have
//     not contributed yet, the task wants replicates: every live assignee is assumed to vote
//     with the leading group, then ranked candidates are added until the rule and
//     MinAgreeing would hold; that count, capped by the candidates, is assigned now
//     ([ReasonReplicate], [ReasonReassign]); what is missing beyond them is the shortfall
//     ([Need]). Nothing is assigned past the contribution deadline.
//  4. Once every assignee has contributed and the leading group satisfies the rule with
//     MinAgreeing members, a task of trust 2 or more that State.Checks draws as checked, and
//     whose check has not contributed yet, gets one more replicate: its hidden check
//     ([ReasonCheck]), given to a worker drawn at random among the eligible ones, not by
//     rank. The first workers committed before the check was even decided, so none can
//     lie only when unchecked. If a check disagrees with the leading group, the reveals
//     wait and more checks are drawn, until the checks side with one result (strictly more
//     of their votes) whose group satisfies the rule — however heavy the leading group is.
//     When every worker of the pool has already taken the task (or cannot run it), no check
//     can be added: the contract's rule alone decides.
//  5. Otherwise the consensus group may reveal: a [Decision] with Reveal names the group
//     ([ReasonConsensus]); the scheduler signs the permit that opens the reveals. If the
//     group stays silent State.RevealTimeout after it was asked (or after the last
//     replicate), the task gets one more replicate ([ReasonSilent]), whose worker can open
//     the reveals itself.
//  6. A candidate is a worker that passes every filter (see [Reason]; one rejection reason
//     per filter): it has not contributed to nor been assigned to the task nor is it in
//     Task.Excluded (never two replicates of a task on one worker), supports the task's
//     executor, offers a TEE if the tag asks for one (bit 0) and a GPU if the tag asks for
//     one (bit 8), is not lost, has a free slot (and a free GPU for a GPU task) and room
//     in its queue (fewer than Worker.RunSlots replicates not computed, or less than
//     RunSlots × State.QueueWindow of expected run time held: [Worker.ExpectedRun]), is not
//     benched (Worker.BenchedUntil), and is fast enough: at its speed factor
//     (Worker.Speed), the task's run (Task.Ref / speed, half again for margin) would end
//     before the contribution deadline. Candidates are ranked idle first (more free slots),
//     then by higher score (a heavier vote means fewer replicates), then by a seeded random
//     draw; with State.GroupDeals, for a task of trust 1 or less, a worker that holds a
//     task of its deal (assigned one in State.Tasks, or given one in this plan) comes
//     before all others.
//  7. Capacity is spent as the plan goes: each assignment takes one of the worker's free
//     slots, and one of its free GPUs for a GPU task, and adds the task's expected run
//     time to the work it holds ([Worker.Spend]), so a later task in the same plan sees
//     what is left. A worker is never given more replicates than it has free slots (nor
//     more GPU tasks than free GPUs).
package plan
