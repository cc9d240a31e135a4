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
//     goes to the work that expires first. A task whose status is past ACTIVE, or whose
//     contribution deadline has passed, gets nothing: the contract would refuse the
//     contribution.
//  2. An assignment whose worker is lost (no heartbeat for more than
//     State.HeartbeatTimeout, or no longer in State.Workers) and that has not contributed
//     is withdrawn ([Decision] with Unassign, [ReasonLost]) while the task is still before
//     its contribution deadline; its replicate is then given to another worker in step 4.
//  3. The task's contributions are tallied as the contract does ([protocol.Tally]). The
//     leading result group is the heaviest, the earliest voted on a tie. Every live
//     assignee that has not contributed yet is assumed to vote with the leading group, with
//     the weight of its score. Then the ranked candidates' weights are added, in order,
//     until consensus would be reached: that count, capped by the number of candidates, is
//     assigned now; what is missing beyond the candidates is the shortfall ([Need]).
//  4. A candidate is a worker that passes every filter (see [Reason]; one rejection reason
//     per filter): it has not contributed to nor been assigned to the task nor is it in
//     Task.Excluded (never two replicates of a task on one worker), supports the task's
//     executor, offers a TEE if the tag asks for one (bit 0) and a GPU if the tag asks for
//     one (bit 8), is not lost, and has a free slot, and a free GPU for a GPU task.
//     Candidates are ranked idle first (more free slots), then by higher score (a heavier
//     vote means fewer replicates), then by a seeded random draw.
//  5. Capacity is spent as the plan goes: each assignment takes one of the worker's free
//     slots, and one of its free GPUs for a GPU task, so a later task in the same plan sees
//     what is left. A worker is never given more replicates than it has free slots (nor
//     more GPU tasks than free GPUs).
package plan
