package plan

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
)

// Worker is what the scheduler knows of one registered worker.
type Worker struct {
	ID        common.Address
	Score     uint64 // reputation score; its vote weighs protocol.Weight(Score)
	Cores     int
	Slots     int // replicates it can hold at once: its declared slots and queue
	FreeSlots int // replicates it can still take (after those it already runs)
	GPUs      int
	FreeGPUs  int // GPUs not running a task
	TEE       bool
	Executors []string // executors it runs: "wasm", "oci"
	LastSeen  time.Time
}

// Status is a task's on-chain state, numbered as in the contracts:
//
//	UNSET ──first contribution──▶ ACTIVE ──consensus──▶ REVEALING ──finalize──▶ COMPLETED
//	  │                             │                      │
//	  └──────────────── claim after the final deadline ────┴──────────────────▶ FAILED
type Status uint8

// Task states.
const (
	StatusUnset Status = iota
	StatusActive
	StatusRevealing
	StatusCompleted
	StatusFailed
)

var statusNames = [...]string{"UNSET", "ACTIVE", "REVEALING", "COMPLETED", "FAILED"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("STATUS(%d)", uint8(s))
}

// IsTerminal reports whether the task can no longer change (COMPLETED or FAILED).
func (s Status) IsTerminal() bool { return s == StatusCompleted || s == StatusFailed }

// TakesContributions reports whether the contract still accepts contributions (UNSET or
// ACTIVE): only then does the task want workers.
func (s Status) TakesContributions() bool { return s == StatusUnset || s == StatusActive }

// Vote is a contribution already on chain.
type Vote struct {
	Worker     common.Address
	ResultHash [32]byte
	Weight     uint64 // the contributor's weight when it contributed; 0 is read as fresh (2)
}

// Assignment is a replicate given to a worker that has not necessarily contributed yet.
type Assignment struct {
	Worker common.Address
	Since  time.Time
}

// Task is one task of a deal, as the scheduler tracks it.
type Task struct {
	ID                   [32]byte
	Deal                 [32]byte
	Trust                uint64
	Tag                  protocol.Tag // bit 0 asks for a TEE, bit 8 for a GPU
	Executor             string       // "wasm", "oci"
	Contributions        []Vote
	Assigned             []Assignment // a worker that contributed may stay listed here
	Status               Status
	ContributionDeadline time.Time // zero: none
	// Excluded are workers that may not take a replicate of the task and whose vote does
	// not count: their replicate was withdrawn or given up, or their contribution was
	// rejected when the task was reopened. They are rejected as already assigned.
	Excluded []common.Address
}

// State is the read-only snapshot a plan is made from. Workers are identified by ID; a
// later duplicate of an ID is ignored.
type State struct {
	Now              time.Time
	Workers          []Worker
	Tasks            []Task
	HeartbeatTimeout time.Duration // a worker unseen for longer is lost; zero: nobody is
}

// Decision is one change Plan asks for: assign Worker to Task, or, with Unassign, withdraw
// Worker's assignment (Reason is then ReasonLost).
type Decision struct {
	Task     [32]byte
	Worker   common.Address
	Unassign bool
	Reason   Reason
}

// Need is how many replicates a task wants now.
type Need struct {
	Assign    int // workers to assign now (at most the eligible candidates)
	Shortfall int // further agreeing workers, counted fresh, that no candidate can supply yet
}

// Plan decides new assignments and withdrawals for every task in state, following the
// package's decision rules. Ties between equally ranked workers are broken by a generator
// seeded with seed, so the same state and seed give the same plan. Decisions come task by
// task, earliest contribution deadline first, withdrawals before assignments.
func Plan(state State, seed uint64) []Decision {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pool := newPool(state)
	order := make([]int, len(state.Tasks))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ta, tb := &state.Tasks[a], &state.Tasks[b]
		return cmp.Or(compareDeadlines(ta.ContributionDeadline, tb.ContributionDeadline),
			bytes.Compare(ta.ID[:], tb.ID[:]))
	})

	var out []Decision
	for _, i := range order {
		t := &state.Tasks[i]
		if !open(t, state.Now) {
			continue
		}
		c := newTaskCtx(t, pool)
		reason := ReasonReplicate
		for _, w := range c.lostAssignees {
			out = append(out, Decision{Task: t.ID, Worker: w, Unassign: true, Reason: ReasonLost})
			reason = ReasonReassign
		}
		cands := c.rank(c.eligible(), rng)
		need := c.need(cands)
		for _, w := range cands[:need.Assign] {
			w.FreeSlots--
			if t.Tag.HasGPU() {
				w.FreeGPUs--
			}
			out = append(out, Decision{Task: t.ID, Worker: w.ID, Reason: reason})
		}
	}
	return out
}

// ReplicatesWanted is how many more workers task wants now, given state's workers and
// their current capacity: the candidates are ranked as Plan ranks them (without the random
// tie-break, which cannot change the count), pending live assignees count as agreeing with
// the leading group, and candidates are added in rank order until consensus. It is zero
// for a task that takes no more contributions or whose consensus is reached or assured.
func ReplicatesWanted(task Task, state State) Need {
	if !open(&task, state.Now) {
		return Need{}
	}
	c := newTaskCtx(&task, newPool(state))
	return c.need(c.rank(c.eligible(), nil))
}

// Explain lists, for each worker of state that cannot take a replicate of task now, the
// first filter it fails (capacity as in state). Rejections.Summary turns it into a line.
func Explain(task Task, state State) Rejections {
	c := newTaskCtx(&task, newPool(state))
	var out Rejections
	for _, w := range c.pool.workers {
		if r, ok := c.reject(w); ok {
			out = append(out, Rejection{Worker: *w, Reason: r})
		}
	}
	return out
}

// open reports whether the task still takes contributions at now.
func open(t *Task, now time.Time) bool {
	return t.Status.TakesContributions() &&
		(t.ContributionDeadline.IsZero() || now.Before(t.ContributionDeadline))
}

// compareDeadlines orders deadlines earliest first, with no deadline (zero) last.
func compareDeadlines(a, b time.Time) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return a.Compare(b)
}

// pool is the plan's private, mutable copy of the workers: capacity is spent on it.
type pool struct {
	workers []*Worker // state order, duplicates dropped
	byID    map[common.Address]*Worker
	now     time.Time
	timeout time.Duration
}

func newPool(s State) *pool {
	p := &pool{byID: make(map[common.Address]*Worker, len(s.Workers)), now: s.Now, timeout: s.HeartbeatTimeout}
	for _, w := range s.Workers {
		if _, dup := p.byID[w.ID]; dup {
			continue
		}
		w.Executors = slices.Clone(w.Executors)
		p.byID[w.ID] = &w
		p.workers = append(p.workers, &w)
	}
	return p
}

func (p *pool) lost(w *Worker) bool {
	return p.timeout > 0 && p.now.Sub(w.LastSeen) > p.timeout
}

// taskCtx is what the filters and the replicate count need to know about one task.
type taskCtx struct {
	task          *Task
	pool          *pool
	contributed   map[common.Address]bool
	assigned      map[common.Address]bool // every listed assignee, lost or not
	pendingScores []uint64                // live assignees that have not contributed
	lostAssignees []common.Address        // assignees to withdraw
}

func newTaskCtx(t *Task, p *pool) *taskCtx {
	c := &taskCtx{task: t, pool: p, contributed: map[common.Address]bool{}, assigned: map[common.Address]bool{}}
	for _, v := range t.Contributions {
		c.contributed[v.Worker] = true
	}
	for _, a := range t.Assigned {
		if c.assigned[a.Worker] {
			continue
		}
		c.assigned[a.Worker] = true
		if c.contributed[a.Worker] {
			continue
		}
		w, known := p.byID[a.Worker]
		if !known || p.lost(w) {
			if open(t, p.now) {
				c.lostAssignees = append(c.lostAssignees, a.Worker)
			}
			continue
		}
		c.pendingScores = append(c.pendingScores, w.Score)
	}
	for _, w := range t.Excluded {
		c.assigned[w] = true
	}
	return c
}

// filter is one eligibility rule: a worker that fails it is rejected for reason.
type filter struct {
	reason Reason
	pass   func(c *taskCtx, w *Worker) bool
}

// filters is the eligibility chain, in the order it runs; a worker is a candidate only if
// it passes all of them. Permanent mismatches (executor, TEE, GPU) come before transient
// ones (heartbeat, capacity), so that Explain names the reason waiting will not fix.
var filters = []filter{
	// Never two replicates of a task on one worker.
	{ReasonContributed, func(c *taskCtx, w *Worker) bool { return !c.contributed[w.ID] }},
	{ReasonAssigned, func(c *taskCtx, w *Worker) bool { return !c.assigned[w.ID] }},
	// What the task needs to run.
	{ReasonNoExecutor, func(c *taskCtx, w *Worker) bool { return slices.Contains(w.Executors, c.task.Executor) }},
	{ReasonNoTEE, func(c *taskCtx, w *Worker) bool { return !c.task.Tag.HasTEE() || w.TEE }},
	{ReasonNoGPU, func(c *taskCtx, w *Worker) bool { return !c.task.Tag.HasGPU() || w.GPUs > 0 }},
	// Alive, and room now.
	{ReasonLost, func(c *taskCtx, w *Worker) bool { return !c.pool.lost(w) }},
	{ReasonNoFreeSlot, func(c *taskCtx, w *Worker) bool { return w.FreeSlots > 0 }},
	{ReasonNoFreeGPU, func(c *taskCtx, w *Worker) bool { return !c.task.Tag.HasGPU() || w.FreeGPUs > 0 }},
}

// reject returns the first filter w fails.
func (c *taskCtx) reject(w *Worker) (Reason, bool) {
	for _, f := range filters {
		if !f.pass(c, w) {
			return f.reason, true
		}
	}
	return 0, false
}

func (c *taskCtx) eligible() []*Worker {
	var out []*Worker
	for _, w := range c.pool.workers {
		if _, rejected := c.reject(w); !rejected {
			out = append(out, w)
		}
	}
	return out
}

// ranked is a candidate with its random tie-break draw.
type ranked struct {
	w   *Worker
	tie uint64
}

// rankers order candidates, best first; the first ranker that tells two apart decides.
var rankers = []func(a, b ranked) int{
	// Idle first: more free slots.
	func(a, b ranked) int { return cmp.Compare(b.w.FreeSlots, a.w.FreeSlots) },
	// Higher score first: a heavier vote means fewer replicates.
	func(a, b ranked) int { return cmp.Compare(b.w.Score, a.w.Score) },
	// Seeded random draw, so equal workers share the load and a plan replays.
	func(a, b ranked) int { return cmp.Compare(a.tie, b.tie) },
}

// rank orders ws best first. With rng nil the tie-break keeps state order.
func (c *taskCtx) rank(ws []*Worker, rng *rand.Rand) []*Worker {
	rs := make([]ranked, len(ws))
	for i, w := range ws {
		rs[i] = ranked{w: w, tie: uint64(i)}
		if rng != nil {
			rs[i].tie = rng.Uint64()
		}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		for _, r := range rankers {
			if d := r(a, b); d != 0 {
				return d
			}
		}
		return 0
	})
	out := make([]*Worker, len(rs))
	for i, r := range rs {
		out[i] = r.w
	}
	return out
}

// need applies decision rule 3 to the ranked candidates.
func (c *taskCtx) need(cands []*Worker) Need {
	tally := protocol.NewTally(c.task.Trust)
	var (
		groups [][32]byte
		lead   [32]byte
	)
	for _, v := range c.task.Contributions {
		weight := v.Weight
		if weight == 0 {
			weight = protocol.Weight(0) // unknown: counted fresh
		}
		_, err := tally.Vote(v.ResultHash, weight)
		if errors.Is(err, protocol.ErrConsensusReached) {
			break
		}
		if !slices.Contains(groups, v.ResultHash) {
			groups = append(groups, v.ResultHash)
		}
	}
	for i, h := range groups { // heaviest group; the earliest voted on a tie
		if i == 0 || tally.Group(h).Cmp(tally.Group(lead)) > 0 {
			lead = h
		}
	}
	for _, s := range c.pendingScores {
		if _, done := tally.Consensus(); done {
			break
		}
		_, _ = tally.Vote(lead, protocol.Weight(s))
	}
	scores := make([]uint64, len(cands))
	for i, w := range cands {
		scores[i] = w.Score
	}
	n := tally.AgreeingNeeded(lead, scores)
	if n < 0 { // consensus on another group: no more votes are taken
		return Need{}
	}
	assign := min(n, len(cands))
	return Need{Assign: assign, Shortfall: n - assign}
}
