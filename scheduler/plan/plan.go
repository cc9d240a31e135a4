package plan

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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
	// BenchedUntil: the pool gives the worker no replicate before this time (a result of
	// its was proven wrong, or it missed progress deadlines). Zero: not benched.
	BenchedUntil time.Time
	// Speed is the worker's speed factor against the reference machine the categories'
	// times refer to (`poco bench machine`): 2 runs a task in half its reference time. 0 is
	// unknown, counted as 1.
	Speed float64
	// RunSlots is how many replicates it runs at once (its declared slots, without the
	// queue); 0: unknown, and its queue is then bounded by FreeSlots alone. Running is how
	// many of its replicates are not computed yet (running or queued), and Held their
	// expected run time together ([Worker.ExpectedRun]). Beyond RunSlots, it takes a replicate
	// only while Held is less than RunSlots × State.QueueWindow (see queueRoom).
	RunSlots int
	Running  int
	Held     time.Duration
	// RunTimes is its measured run time per deal (the mean of its replicates' runs, from
	// its started and computed reports); a deal it has no measure of is not listed.
	// AppRunTimes is the same per app, over the deals of that app it ran lately, open or
	// ended: what a new deal of an app it knows is expected to take before a run of the
	// deal itself is measured.
	RunTimes    map[[32]byte]time.Duration
	AppRunTimes map[common.Address]time.Duration
}

// Spend takes, from w's capacity, what a new replicate of t uses: a free slot, a free GPU
// for a GPU task, and t's expected run time in the work it holds.
func (w *Worker) Spend(t *Task) {
	w.FreeSlots--
	if t.Tag.HasGPU() {
		w.FreeGPUs--
	}
	w.Running++
	w.Held += w.ExpectedRun(t)
}

// DefaultQueueWindow is State.QueueWindow's zero value. The window covers the round trips
// between a worker and the scheduler (a queued task is there when a slot frees); results
// waiting for their block are computed and count no run time, so it need not cover the
// block time.
const DefaultQueueWindow = 2 * time.Second

// UnknownRun is the run time expected of a task of a deal its worker has no measure of
// and whose category gives no reference time: DefaultQueueWindow / 8, so that such tasks
// queue about 8 per slot, the worker's default queue before run times sized it. It is
// also the least a run measured on another deal of the same app counts for.
const UnknownRun = DefaultQueueWindow / 8

// ExpectedRun is how long a replicate of t is expected to run on w: its measured run
// time for t's deal (RunTimes) when it has one; else its measured run time for t's app
// (AppRunTimes), but at least UnknownRun; else [RefRun].
//
// The floor matters because another deal of the same app may run far longer (other
// params, another dataset): until one of its runs is measured, a worker that ran the app
// fast queues at most about 8 replicates per slot of it, not a whole window's worth of
// the old deal's run time.
func (w *Worker) ExpectedRun(t *Task) time.Duration {
	if d, ok := w.RunTimes[t.Deal]; ok {
		return max(0, d)
	}
	if d, ok := w.AppRunTimes[t.App]; ok && t.App != (common.Address{}) {
		return max(UnknownRun, d)
	}
	return RefRun(t.Ref, w.Speed)
}

// RefRun is the run time expected of a task of reference time ref on a worker of the
// given speed factor that never ran one: ref / speed (the longest it may take, as a
// category names an upper bound: such a task takes a short queue until a run is
// measured), or UnknownRun when ref is zero.
func RefRun(ref time.Duration, speed float64) time.Duration {
	if ref <= 0 {
		return UnknownRun
	}
	if speed <= 0 {
		speed = 1
	}
	return time.Duration(float64(ref) / speed)
}

// speed is w's speed factor, 1 when unknown.
func (w *Worker) speed() float64 {
	if w.Speed <= 0 {
		return 1
	}
	return w.Speed
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
// Check marks the replicate of a hidden check (see Checks). Deadline is when the worker
// must have contributed (its progress deadline, see ProgressDeadline); zero: none.
type Assignment struct {
	Worker   common.Address
	Since    time.Time
	Check    bool
	Deadline time.Time
}

// Task is one task of a deal, as the scheduler tracks it.
type Task struct {
	ID                   [32]byte
	Deal                 [32]byte
	App                  common.Address // the deal's app (zero: unknown)
	Trust                uint64
	Tag                  protocol.Tag // bit 0 asks for a TEE, bit 8 for a GPU
	Executor             string       // "wasm", "oci"
	Contributions        []Vote
	Assigned             []Assignment // a worker that contributed may stay listed here
	Status               Status
	ContributionDeadline time.Time // zero: none
	FinalDeadline        time.Time // zero: none; the reveals can open until then
	// Ref is the task's category reference time: how long it may run on the reference
	// machine. Zero: unknown (no worker is too slow for it).
	Ref time.Duration
	// Excluded are workers that may not take a replicate of the task: their replicate was
	// withdrawn or given up. They are rejected as already assigned.
	Excluded []common.Address
	// RevealAsked is when the scheduler first asked the consensus group to reveal (zero:
	// not yet). A task still ACTIVE RevealTimeout after it gets another replicate, whose
	// worker can open the reveals itself.
	RevealAsked time.Time
}

// State is the read-only snapshot a plan is made from. Workers are identified by ID; a
// later duplicate of an ID is ignored.
type State struct {
	Now              time.Time
	Workers          []Worker
	Tasks            []Task
	HeartbeatTimeout time.Duration // a worker unseen for longer is lost; zero: nobody is
	Checks           Checks
	// RevealTimeout is how long a consensus group asked to reveal may stay silent before the
	// task gets another replicate; zero: DefaultRevealTimeout.
	RevealTimeout time.Duration
	// QueueWindow bounds the work a worker holds beyond its running slots: it takes a
	// replicate it cannot start at once only while the expected run time of those it holds
	// and has not computed is less than its RunSlots × QueueWindow (zero:
	// DefaultQueueWindow). Tasks of milliseconds thus queue deep (up to the worker's
	// effective slots), tasks of minutes not at all: a queued task waits on its worker at
	// most about a window, even while another worker is idle.
	QueueWindow time.Duration
	// GroupDeals ranks first, for a task of trust 1 or less, the workers that already
	// hold a replicate of its deal (see the rankers): fewer, larger result transactions,
	// so less gas per task, at the cost of less parallelism within a deal.
	GroupDeals bool
}

// DefaultRevealTimeout is State.RevealTimeout's zero value.
const DefaultRevealTimeout = 2 * time.Minute

// Checks is the pool's spot-checking policy. A task of trust 2 or more is checked with
// probability Rate: once the workers planned for its consensus have all contributed and
// agree, one more worker, drawn at random, runs it before the reveals may open. The first
// workers cannot tell a checked task from another (the check is assigned after they
// committed, and its draw depends on the secret Key), so a worker that lies when it
// believes its vote decides is caught with probability Rate × (share of honest workers).
type Checks struct {
	Rate float64  // in [0, 1]; 0: no checks
	Key  [32]byte // secret of the scheduler; never give it to workers
}

// Checked reports whether the task is checked: a draw from Key and the task ID, below Rate.
func (c Checks) Checked(task [32]byte) bool {
	if c.Rate <= 0 {
		return false
	}
	h := crypto.Keccak256(c.Key[:], task[:])
	u := float64(binary.BigEndian.Uint64(h[:8])>>11) / (1 << 53) // uniform in [0, 1)
	return u < c.Rate
}

// MinAgreeing is how many distinct workers must agree on a result of a task of the given
// trust before its reveals may open, whatever their weights: max(1, ⌈log_{5/2} trust⌉ − 1),
// that is 1 up to trust 6, 2 up to 15, 3 up to 39, 4 up to 97, 5 up to 244. ⌈log_{5/2}
// trust⌉ workers drawn at random are all colluders with probability at most 1/trust while
// no more than 40% of the pool colludes; the hidden check stands in for one of them.
// Reputation can thus make a task need fewer workers than fresh ones would (⌈log₂ trust⌉),
// but never so few that a handful of colluders placed together decide it.
func MinAgreeing(trust uint64) int {
	// The smallest m with (5/2)^m ≥ trust, that is 5^m ≥ trust × 2^m.
	t := new(big.Int).SetUint64(trust)
	p5, p2 := big.NewInt(1), big.NewInt(1)
	m := 0
	for p5.Cmp(new(big.Int).Mul(t, p2)) < 0 {
		p5.Mul(p5, big.NewInt(5))
		p2.Lsh(p2, 1)
		m++
	}
	return max(1, m-1)
}

// ProgressDeadline is when a worker of the given speed factor, given a task of reference
// time ref at since, must have contributed: since + ref/speed × 1.5 + 30 s (half again the
// time it should need, plus room for a slow start and the chain). A worker that misses it
// loses the replicate to another worker. With ref zero there is no deadline (zero).
func ProgressDeadline(since time.Time, ref time.Duration, speed float64) time.Time {
	if ref <= 0 {
		return time.Time{}
	}
	return since.Add(runWithMargin(ref, speed) + 30*time.Second)
}

// runMargin is how much longer than it should need a worker may take to run a task.
const runMargin = 1.5

// runWithMargin is how long a worker of the given speed factor may take to run a task of
// reference time ref: half again the time it should need (speed 0 is read as 1).
func runWithMargin(ref time.Duration, speed float64) time.Duration {
	if speed <= 0 {
		speed = 1
	}
	return time.Duration(float64(ref) / speed * runMargin)
}

// MinSpeed is the speed factor a worker must exceed to take any task at all: a task run
// from its deal's start at that speed, with the margin, ends just at its contribution
// deadline (protocol.ContributionDeadlineRatio reference times after the start), in
// every category alike, since both scale with the reference time. A worker at or below
// it fails the too-slow filter (ReasonTooSlow) for every task, so it adds nothing to
// what the pool can sell.
const MinSpeed = runMargin / protocol.ContributionDeadlineRatio

// FastEnough reports whether w's speed factor is above MinSpeed (an unknown one is read
// as 1): whether it can finish a task started early in its contribution window in time.
func (w *Worker) FastEnough() bool { return w.speed() > MinSpeed }

// Decision is one change Plan asks for: assign Worker to Task; with Unassign, withdraw
// Worker's assignment (Reason is then ReasonLost, or ReasonLate when it missed its progress
// deadline); with Reveal, ask the consensus group of
// Task — the workers that voted Group — to reveal, with the scheduler's permit (Reason is
// then ReasonConsensus, Worker is zero).
type Decision struct {
	Task     [32]byte
	Worker   common.Address
	Unassign bool
	Reveal   bool
	Group    [32]byte
	Reason   Reason
}

// Need is how many replicates a task wants now.
type Need struct {
	Assign    int // workers to assign now (at most the eligible candidates)
	Shortfall int // further agreeing workers, counted fresh, that no candidate can supply yet
}

// skipUntouched lets Plan pass over the tasks nobody worked on while no worker has room
// (see Plan); off only in the test that holds it changes no plan.
var skipUntouched = true

// Plan decides new assignments, withdrawals and reveal requests for every task in state,
// following the package's decision rules. Ties between equally ranked workers, and the
// choice of a check's worker, are drawn from a generator seeded with seed, so the same state
// and seed give the same plan. Decisions come task by task, earliest contribution deadline
// first, withdrawals before assignments.
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
		if skipUntouched && pool.withRoom == 0 && len(t.Contributions) == 0 && len(t.Assigned) == 0 {
			// Nothing to decide for a task nobody worked on but giving it workers, and no
			// worker has room: the same plan (and the same draws) without looking at it.
			// A pool that is full has many such tasks waiting, and rounds come often.
			continue
		}
		c := newTaskCtx(t, pool, state)
		reason := ReasonReplicate
		for _, w := range c.lostAssignees {
			out = append(out, Decision{Task: t.ID, Worker: w, Unassign: true, Reason: ReasonLost})
			reason = ReasonReassign
		}
		for _, w := range c.lateAssignees {
			out = append(out, Decision{Task: t.ID, Worker: w, Unassign: true, Reason: ReasonLate})
			reason = ReasonReassign
		}
		switch c.stage() {
		case stageReveal:
			out = append(out, Decision{Task: t.ID, Reveal: true, Group: c.lead, Reason: ReasonConsensus})
			if c.silent() {
				out = c.assign(out, c.rank(c.eligible(), rng), 1, ReasonSilent)
			}
		case stageCheck:
			out = c.assign(out, c.draw(c.eligible(), rng), 1, ReasonCheck)
		case stageReplicate:
			if c.audited {
				// Under audit every replicate is a check: drawn at random, not by rank.
				cands := c.draw(c.eligible(), rng)
				out = c.assign(out, cands, c.need(cands).Assign, ReasonCheck)
				break
			}
			cands := c.rank(c.eligible(), rng)
			out = c.assign(out, cands, c.need(cands).Assign, reason)
		}
	}
	return out
}

// draw shuffles the candidates: a check's worker must not be predictable from scores or free
// slots.
func (c *taskCtx) draw(ws []*Worker, rng *rand.Rand) []*Worker {
	ws = slices.Clone(ws)
	rng.Shuffle(len(ws), func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
	return ws
}

// assign appends up to n assignments of t to the first of ws, spending their capacity.
func (c *taskCtx) assign(out []Decision, ws []*Worker, n int, reason Reason) []Decision {
	for _, w := range ws[:min(n, len(ws))] {
		w.Spend(c.task) // w is a candidate: it had room
		if c.pool.held != nil {
			c.pool.held[workerDeal{w.ID, c.task.Deal}] = true
		}
		if !c.pool.room(w) {
			c.pool.withRoom--
		}
		out = append(out, Decision{Task: c.task.ID, Worker: w.ID, Reason: reason})
	}
	return out
}

// ReplicatesWanted is how many more workers task wants now, given state's workers and
// their current capacity: the candidates are ranked as Plan ranks them (without the random
// tie-break, which cannot change the count), pending live assignees count as agreeing with
// the leading group, and candidates are added in rank order until the leading group would
// satisfy the consensus rule with MinAgreeing members. A hidden check the task waits for
// counts as one replicate. It is zero for a task that takes no more contributions or whose
// consensus is reached or assured.
func ReplicatesWanted(task Task, state State) Need { return NewReader(state).ReplicatesWanted(task) }

// Reader answers ReplicatesWanted and Explain for many tasks of one state, its pool of
// workers copied once rather than once per task (neither changes it). It must not be
// used after state's workers change.
type Reader struct {
	state State
	pool  *pool
}

// NewReader returns a Reader of state.
func NewReader(state State) *Reader { return &Reader{state: state, pool: newPool(state)} }

// ReplicatesWanted is the package's ReplicatesWanted with r's state.
func (r *Reader) ReplicatesWanted(task Task) Need {
	c := newTaskCtx(&task, r.pool, r.state)
	switch c.stage() {
	case stageCheck:
		if len(c.eligible()) > 0 {
			return Need{Assign: 1}
		}
		return Need{Shortfall: 1}
	case stageReplicate:
		return c.need(c.rank(c.eligible(), nil))
	}
	return Need{}
}

// Explain lists, for each worker of state that cannot take a replicate of task now, the
// first filter it fails (capacity as in state). Rejections.Summary turns it into a line.
func Explain(task Task, state State) Rejections { return NewReader(state).Explain(task) }

// Explain is the package's Explain with r's state.
func (r *Reader) Explain(task Task) Rejections {
	c := newTaskCtx(&task, r.pool, r.state)
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
	window  time.Duration // State.QueueWindow, its default applied
	// withRoom counts the workers with room for a replicate (see room).
	withRoom int
	// held, with State.GroupDeals only (nil otherwise), records which deals each worker
	// holds a replicate of: those assigned to it in the state's tasks, and those given in
	// this plan.
	held map[workerDeal]bool
}

type workerDeal struct {
	worker common.Address
	deal   [32]byte
}

// holds reports whether w holds a replicate of deal (see pool.held).
func (p *pool) holds(w *Worker, deal [32]byte) bool { return p.held[workerDeal{w.ID, deal}] }

func newPool(s State) *pool {
	p := &pool{byID: make(map[common.Address]*Worker, len(s.Workers)), now: s.Now, timeout: s.HeartbeatTimeout,
		window: cmp.Or(max(0, s.QueueWindow), DefaultQueueWindow)}
	if s.GroupDeals {
		p.held = map[workerDeal]bool{}
		for i := range s.Tasks {
			for _, a := range s.Tasks[i].Assigned {
				p.held[workerDeal{a.Worker, s.Tasks[i].Deal}] = true
			}
		}
	}
	for _, w := range s.Workers {
		if _, dup := p.byID[w.ID]; dup {
			continue
		}
		w.Executors = slices.Clone(w.Executors)
		p.byID[w.ID] = &w
		p.workers = append(p.workers, &w)
		if p.room(&w) {
			p.withRoom++
		}
	}
	return p
}

func (p *pool) lost(w *Worker) bool {
	return p.timeout > 0 && p.now.Sub(w.LastSeen) > p.timeout
}

// room reports whether w may take one more replicate of some task: a free slot and room
// in its queue window (neither depends on the task).
func (p *pool) room(w *Worker) bool { return w.FreeSlots > 0 && p.queueRoom(w) }

// queueRoom reports whether w may take one more replicate: it has a running slot free
// (fewer than RunSlots replicates not computed), or the work it holds (Held, the
// expected run time of those) is less than RunSlots × the queue window, so that a
// replicate given now would start within about a window. A worker whose RunSlots is
// unknown (0) is bounded by its free slots alone. Its effective slots bound it in every
// case (FreeSlots): the window only ever holds a worker's queue below what it declared,
// proved and staked.
func (p *pool) queueRoom(w *Worker) bool {
	if w.RunSlots <= 0 || w.Running < w.RunSlots {
		return true
	}
	return w.Held < time.Duration(w.RunSlots)*p.window
}

// taskCtx is what the filters, the stage and the replicate count need to know about one
// task.
type taskCtx struct {
	task          *Task
	pool          *pool
	checks        Checks
	revealTimeout time.Duration
	contributed   map[common.Address]bool
	assigned      map[common.Address]bool // every listed assignee, lost or not
	pendingScores []uint64                // live assignees that have not contributed
	lostAssignees []common.Address        // assignees to withdraw: lost
	lateAssignees []common.Address        // assignees to withdraw: past their progress deadline
	audited       bool                    // a check was assigned: every later replicate is one
	audit         map[[32]byte]int        // results of the checks' workers that contributed
	lastAssigned  time.Time

	tally   *protocol.Tally // the contributions, as the contract counts them
	lead    [32]byte        // the heaviest group (the earliest voted on a tie)
	members int             // contributions to lead
}

func newTaskCtx(t *Task, p *pool, s State) *taskCtx {
	c := &taskCtx{task: t, pool: p, checks: s.Checks, revealTimeout: s.RevealTimeout,
		contributed: map[common.Address]bool{}, assigned: map[common.Address]bool{}}
	if c.revealTimeout <= 0 {
		c.revealTimeout = DefaultRevealTimeout
	}
	c.tally = protocol.NewTally(t.Trust)
	for _, v := range t.Contributions {
		c.contributed[v.Worker] = true
		weight := v.Weight
		if weight == 0 {
			weight = protocol.Weight(0) // unknown: counted fresh
		}
		_, _ = c.tally.Vote(v.ResultHash, weight)
	}
	c.lead, _ = c.tally.Leader()
	for _, v := range t.Contributions {
		if v.ResultHash == c.lead {
			c.members++
		}
	}
	votes := map[common.Address][32]byte{}
	for _, v := range t.Contributions {
		votes[v.Worker] = v.ResultHash
	}
	c.audit = map[[32]byte]int{}
	for _, a := range t.Assigned {
		if a.Since.After(c.lastAssigned) {
			c.lastAssigned = a.Since
		}
		if a.Check {
			c.audited = true
			if h, ok := votes[a.Worker]; ok {
				c.audit[h]++
			}
		}
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
		if !a.Deadline.IsZero() && !p.now.Before(a.Deadline) {
			if open(t, p.now) {
				c.lateAssignees = append(c.lateAssignees, a.Worker)
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

// stage is what a task wants next.
type stage uint8

const (
	stageNone      stage = iota // nothing: it takes no more contributions and cannot reveal
	stageReplicate              // more replicates for its consensus (or waiting for them)
	stageCheck                  // its hidden check's replicate
	stageReveal                 // its consensus group may reveal
)

// stage applies decision rules 3 to 5 (see the package doc).
func (c *taskCtx) stage() stage {
	t := c.task
	if !t.Status.TakesContributions() || (!t.FinalDeadline.IsZero() && !c.pool.now.Before(t.FinalDeadline)) {
		return stageNone
	}
	agreed := len(t.Contributions) > 0 && c.tally.Satisfied(c.lead) && c.members >= MinAgreeing(t.Trust)
	switch {
	case agreed && len(c.pendingScores) == 0:
		checkable := open(t, c.pool.now) && !c.exhausted()
		switch {
		case c.disputed() && checkable:
			// A check disagrees: more checks, until the checks side with the leading
			// group; never reveal against them, however heavy the group is.
			return stageCheck
		case c.disputed() && open(t, c.pool.now):
			// Every worker of the pool has had its say: the contract's rule decides, as
			// it would without checks (a pool too small for its trust; see Exhausted).
			return stageReveal
		case c.disputed():
			return stageNone
		case t.Trust >= 2 && !c.audited && checkable && c.checks.Checked(t.ID):
			return stageCheck
		}
		return stageReveal
	case open(t, c.pool.now):
		return stageReplicate
	}
	return stageNone
}

// exhausted reports whether no worker of the pool can ever take a replicate of the task:
// each one already has one, or cannot run it (executor, TEE, GPU). Busy, lost or benched
// workers may take one later, so they do not count.
func (c *taskCtx) exhausted() bool {
	for _, w := range c.pool.workers {
		if r, ok := c.reject(w); !ok || r >= ReasonLost {
			return false
		}
	}
	return true
}

// disputed reports whether the checks that contributed do not side with the leading group:
// it does not have strictly more of their votes than any other result.
func (c *taskCtx) disputed() bool {
	if len(c.audit) == 0 {
		return false
	}
	lead := c.audit[c.lead]
	for h, n := range c.audit {
		if h != c.lead && n >= lead {
			return true
		}
	}
	return lead == 0
}

// silent reports whether a task ready to reveal was asked to and its group has been silent
// for longer than the reveal timeout since it was asked or last got a replicate: it then
// gets one more replicate, whose worker can open the reveals with the permit.
func (c *taskCtx) silent() bool {
	t := c.task
	if t.RevealAsked.IsZero() || !open(t, c.pool.now) {
		return false
	}
	since := t.RevealAsked
	if c.lastAssigned.After(since) {
		since = c.lastAssigned
	}
	return c.pool.now.Sub(since) > c.revealTimeout
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
	// Alive, room now, not benched.
	{ReasonLost, func(c *taskCtx, w *Worker) bool { return !c.pool.lost(w) }},
	{ReasonNoFreeSlot, func(c *taskCtx, w *Worker) bool { return w.FreeSlots > 0 }},
	{ReasonQueueFull, func(c *taskCtx, w *Worker) bool { return c.pool.queueRoom(w) }},
	{ReasonNoFreeGPU, func(c *taskCtx, w *Worker) bool { return !c.task.Tag.HasGPU() || w.FreeGPUs > 0 }},
	{ReasonBenched, func(c *taskCtx, w *Worker) bool { return !c.pool.now.Before(w.BenchedUntil) }},
	// Fast enough to contribute before the deadline: the run, at its speed factor and with
	// the progress deadline's margin (half again), would end before the contribution
	// deadline. The progress deadline's fixed room for a slow start is left out: with it,
	// no worker, not even the reference machine, could take a task of a category shorter
	// than about 6 s (its contribution window is 7 × its reference time).
	{ReasonTooSlow, func(c *taskCtx, w *Worker) bool {
		t := c.task
		if t.Ref <= 0 || t.ContributionDeadline.IsZero() {
			return true
		}
		return c.pool.now.Add(runWithMargin(t.Ref, w.speed())).Before(t.ContributionDeadline)
	}},
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

// ranked is a candidate with its random tie-break draw, and whether it holds the task's
// deal (counted only with State.GroupDeals, for a task of trust 1 or less).
type ranked struct {
	w     *Worker
	tie   uint64
	holds bool
}

// rankers order candidates, best first; the first ranker that tells two apart decides.
var rankers = []func(a, b ranked) int{
	// With State.GroupDeals, for a task of trust 1 or less, a worker that holds its deal
	// first: a worker sends its results of a deal together, one transaction for the lot,
	// whose fixed part (about 67,000 gas as measured: the transaction's own 21,000, the
	// deal's terms in calldata, the worker's account) is then shared by more tasks. Only
	// where no vote is taken: a replicated task's workers are not grouped by deal, so
	// workers that collude cannot gather on one deal's tasks, and checks are drawn at
	// random (see draw). The queue window and the effective slots still bound what one
	// worker takes.
	func(a, b ranked) int {
		switch {
		case a.holds == b.holds:
			return 0
		case a.holds:
			return -1
		}
		return 1
	},
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
	group := c.pool.held != nil && c.task.Trust <= 1
	for i, w := range ws {
		rs[i] = ranked{w: w, tie: uint64(i), holds: group && c.pool.holds(w, c.task.Deal)}
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

// need applies decision rule 3 to the ranked candidates: live pending assignees are counted
// as agreeing with the leading group, then candidates are added in rank order until the
// group satisfies the consensus rule and has MinAgreeing members.
func (c *taskCtx) need(cands []*Worker) Need {
	tally := c.tally.Clone()
	for _, s := range c.pendingScores {
		_, _ = tally.Vote(c.lead, protocol.Weight(s))
	}
	scores := make([]uint64, len(cands))
	for i, w := range cands {
		scores[i] = w.Score
	}
	n := tally.AgreeingNeeded(c.lead, scores)
	n = max(n, MinAgreeing(c.task.Trust)-c.members-len(c.pendingScores))
	assign := min(n, len(cands))
	return Need{Assign: assign, Shortfall: n - assign}
}
