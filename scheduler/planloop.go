package scheduler

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
)

// roundGap is the least time between the starts of two rounds of the plan loop, and of
// the transaction loop. Both are woken by every worker report and every stored block,
// and a round reads every open task: reports come in bursts (a worker reports each step
// of each replicate), and one round after a burst does what a round per report did, for
// a fraction of the CPU. A wake-up waits at most this long, a small part of a block.
const roundGap = 20 * time.Millisecond

// paced waits, when the last round started less than roundGap ago, for the rest of the
// gap, and then takes the wake-up sent meanwhile from kick (this round covers it). It
// reports false if ctx ended.
func paced(ctx context.Context, last time.Time, kick chan struct{}) bool {
	if wait := roundGap - time.Since(last); wait > 0 {
		if !sleep(ctx, wait) {
			return false
		}
		select {
		case <-kick:
		default:
		}
	}
	return true
}

// planLoop runs planOnce every PollInterval, and when woken (at most once per roundGap),
// until ctx ends.
func (s *Scheduler) planLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	p := &planner{waiting: map[[32]byte]string{}, judged: map[[32]byte]bool{}}
	var lastErr string
	var last time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.planKick:
		}
		if !paced(ctx, last, s.planKick) {
			return
		}
		last = time.Now()
		if err := s.planOnce(ctx, p); err != nil && ctx.Err() == nil {
			if err.Error() != lastErr { // one line per distinct failure
				s.log.Warn("planning failed; retrying", "err", err)
			}
			lastErr = err.Error()
		} else {
			lastErr = ""
		}
	}
}

// planner is the plan loop's memory between rounds.
type planner struct {
	waiting map[[32]byte]string // deal → why its tasks lack workers, as last logged
	judged  map[[32]byte]bool   // deals whose trust was compared with the live workers'
	reasons map[[32]byte]string // open task → its sentence as last stored (nil: not read yet)
	// described is when the open tasks were last described (describeTasks).
	described time.Time
}

// describeEvery is how often, at most, the plan loop describes the open tasks and logs
// why they wait: rounds come as often as workers report and blocks arrive, and describing
// reads the reveals and withdrawals and explains every waiting task, work a sentence (or
// a log line) a second behind does not need.
const describeEvery = time.Second

// planOnce is one round of the plan loop:
//
//  1. store the heartbeats held in memory;
//  2. withdraw the replicates that can no longer be contributed (task past ACTIVE or
//     contribution deadline passed): their workers are told to drop them;
//  3. plan (plan.Plan, from planState) from the stored workers and open tasks,
//     and apply the decisions in one transaction: new assignments (hidden checks marked as
//     such) with their signed authorizations and progress deadlines, withdrawals of lost
//     workers' replicates and of replicates past their progress deadline (a miss of their
//     worker: its proven slots halved, a bench after Config.MissesToBench misses), and
//     reveal requests to the consensus groups the planner lets reveal, with the signed
//     permit that opens the reveals (signed once per task, stored);
//  4. choose one uploader among each asked consensus group (requestReveals), and ask the
//     members of a REVEALING task's group not asked yet;
//  5. at most every describeEvery: log why tasks wait for workers when that changed
//     (explainWaiting), and describe each open task in a sentence, stored when it
//     changed (describeTasks).
//
// It does nothing until the follower has caught up with the chain once, so that it plans
// from what the chain says rather than from a stale database.
func (s *Scheduler) planOnce(ctx context.Context, p *planner) error {
	defer s.planRounds.Add(1)
	cursor, synced := s.cursorState()
	if !synced {
		return nil
	}
	chainNow, err := s.chainTime(ctx)
	if err != nil {
		return err
	}
	now := s.now()
	s.mu.Lock()
	s.chainNow = chainNow
	s.mu.Unlock()
	if err := s.flushHeartbeats(ctx); err != nil {
		return err
	}
	changed := false
	n, err := s.st.WithdrawClosed(ctx, chainNow, now)
	if err != nil {
		return err
	}
	if n > 0 {
		s.log.Info("replicates withdrawn: their tasks take no more contributions", "count", n)
		changed = true
	}

	state, seen, err := s.planState(ctx, chainNow, now)
	if err != nil {
		return err
	}
	s.judgeTrust(p, state)
	seed := s.planSeed(cursor)
	decisions := plan.Plan(state, seed)
	if len(decisions) > 0 {
		applied, err := s.applyPlan(ctx, state, decisions, now, chainNow, seed)
		if err != nil {
			return err
		}
		changed = changed || applied
	}

	revealChanged, err := s.requestReveals(ctx, seen, now)
	if err != nil {
		return err
	}
	if changed || revealChanged {
		s.notify()
	}
	if now.Sub(p.described) < describeEvery {
		return nil
	}
	p.described = now
	s.explainWaiting(p, state, decisions)
	return s.describeTasks(ctx, p, state, decisions, now, chainNow)
}

// planState builds the planner's snapshot from the store (its view in memory of the
// database, see the store's package doc): the workers with their last
// heartbeats, effective slots and speed factors, the open tasks with their category's
// reference time and their replicates' progress deadlines, the pool's checks and reveal
// timeout. Heartbeats and progress deadlines are wall-clock times, task deadlines and
// benches chain times: the planner has one clock, so the chain times are moved into
// wall-clock time (a deadline is open while the chain time is before it, which is the
// same as the wall clock being before it plus the offset).
//
// A consensus group asked to reveal whose members are all lost (or gave up) cannot open
// the reveals: its task is shown to the planner as asked, and last assigned, a reveal
// timeout ago, so it gets another worker now rather than after Config.RevealTimeout.
func (s *Scheduler) planState(ctx context.Context, chainNow, now time.Time) (plan.State, map[common.Address]time.Time, error) {
	ws, err := s.st.Workers(ctx)
	if err != nil {
		return plan.State{}, nil, err
	}
	seen := s.lastSeen(ws)
	offset := now.Sub(chainNow)
	for i := range ws {
		ws[i].LastSeen = seen[ws[i].ID]
		ws[i].BenchedUntil = shift(ws[i].BenchedUntil, offset)
	}
	tasks, err := s.st.OpenTasks(ctx)
	if err != nil {
		return plan.State{}, nil, err
	}
	for i := range tasks {
		tasks[i].ContributionDeadline = shift(tasks[i].ContributionDeadline, offset)
		tasks[i].FinalDeadline = shift(tasks[i].FinalDeadline, offset)
	}
	if err := s.markGoneGroups(ctx, tasks, seen, now); err != nil {
		return plan.State{}, nil, err
	}
	return plan.State{Now: now, Workers: ws, Tasks: tasks, HeartbeatTimeout: s.cfg.HeartbeatTimeout,
		Checks: s.checks(), RevealTimeout: s.cfg.RevealTimeout, QueueWindow: s.cfg.QueueWindow,
		GroupDeals: s.cfg.GroupDeals}, seen, nil
}

// markGoneGroups moves back, to a reveal timeout ago, when the reveals were asked of the
// ACTIVE tasks whose asked consensus group has no member left that could reveal (each is
// lost or gave up, and none revealed) and that wait for no live worker's contribution,
// and when their replicates were assigned. The planner then sees the group silent and
// gives the task one more worker, who can open the reveals; while that worker works, the
// task waits for it.
func (s *Scheduler) markGoneGroups(ctx context.Context, tasks []plan.Task, seen map[common.Address]time.Time, now time.Time) error {
	asked := false
	for _, t := range tasks {
		asked = asked || (!t.RevealAsked.IsZero() && t.Status.TakesContributions())
	}
	if !asked {
		return nil
	}
	reveals, err := s.st.OpenReveals(ctx)
	if err != nil {
		return err
	}
	for i := range tasks {
		t := &tasks[i]
		rs := reveals[t.ID]
		if t.RevealAsked.IsZero() || !t.Status.TakesContributions() || len(rs) == 0 {
			continue
		}
		gone := true
		for _, r := range rs {
			if r.Revealed || (r.State != store.RevealFailed && !s.isLost(seen[r.Worker], now)) {
				gone = false
				break
			}
		}
		voted := map[common.Address]bool{}
		for _, v := range t.Contributions {
			voted[v.Worker] = true
		}
		for _, a := range t.Assigned {
			if !voted[a.Worker] && !s.isLost(seen[a.Worker], now) {
				gone = false // a live worker's contribution is coming
			}
		}
		if !gone {
			continue
		}
		early := now.Add(-s.cfg.RevealTimeout - time.Second)
		t.RevealAsked = minTime(t.RevealAsked, early)
		for j := range t.Assigned {
			t.Assigned[j].Since = minTime(t.Assigned[j].Since, early)
		}
	}
	return nil
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// shift moves a chain time by offset; the zero time (none) stays zero.
func shift(t time.Time, offset time.Duration) time.Time {
	if t.IsZero() {
		return t
	}
	return t.Add(offset)
}

// checks is the pool's check policy: Config.CheckRate (none when negative) drawn with the
// stored secret key.
func (s *Scheduler) checks() plan.Checks {
	return plan.Checks{Rate: max(s.cfg.CheckRate, 0), Key: s.secrets.CheckKey}
}

// planSeed is the seed of a round: Config.Seed, or the seed stored on the first start,
// plus the last block stored. Tie-breaks change as the chain moves, and a round replays
// from the database alone (its state and cursor), also after a restart.
func (s *Scheduler) planSeed(cursor uint64) uint64 {
	base := s.cfg.Seed
	if base == 0 {
		base = s.secrets.PlanSeed
	}
	return base + cursor
}

// judgeTrust logs, once per deal, a deal whose trust the pool's live, unbenched workers
// cannot reach together (offers.Reach): its tasks wait for more workers or heavier votes,
// and are claimed at the final deadline if none come.
func (s *Scheduler) judgeTrust(p *planner, state plan.State) {
	var reach *offers.Reach
	for _, t := range state.Tasks {
		if p.judged[t.Deal] {
			continue
		}
		p.judged[t.Deal] = true
		if reach == nil {
			r := offers.ReachOf(liveScores(state))
			reach = &r
		}
		if t.Trust > reach.Trust() {
			s.log.Warn("the pool's live workers cannot reach the deal's trust: its tasks wait for more workers or heavier votes, and are claimed at the final deadline if none come",
				"deal", common.Hash(t.Deal).Hex(), "trust", t.Trust, "reachable", reach.Trust(), "why", reach.Why())
		}
	}
	open := map[[32]byte]bool{}
	for _, t := range state.Tasks {
		open[t.Deal] = true
	}
	for deal := range p.judged {
		if !open[deal] {
			delete(p.judged, deal) // ended: it will not come back
		}
	}
}

// liveScores are the scores of state's workers that can take work: alive, not benched
// and fast enough for any task (plan.Worker.FastEnough).
func liveScores(state plan.State) []uint64 {
	var out []uint64
	for _, w := range state.Workers {
		lost := state.HeartbeatTimeout > 0 && state.Now.Sub(w.LastSeen) > state.HeartbeatTimeout
		if !lost && !state.Now.Before(w.BenchedUntil) && w.FastEnough() {
			out = append(out, w.Score)
		}
	}
	return out
}

// flushHeartbeats writes the heartbeats held in memory that are at least a second newer
// than the stored ones (the store keeps seconds).
func (s *Scheduler) flushHeartbeats(ctx context.Context) error {
	s.mu.Lock()
	due := map[common.Address]time.Time{}
	for w, t := range s.seen {
		if t.Sub(s.saved[w]) >= time.Second {
			due[w] = t
		}
	}
	s.mu.Unlock()
	if len(due) == 0 {
		return nil
	}
	err := s.st.Tx(ctx, func(tx *store.Tx) error {
		for w, t := range due {
			if err := tx.Heartbeat(ctx, w, t); err != nil && !errors.Is(err, store.ErrUnknownWorker) {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.mu.Lock()
	for w, t := range due {
		s.saved[w] = t
	}
	s.mu.Unlock()
	return nil
}

// applyPlan stores the plan's decisions in one transaction: each assignment with the
// scheduler's authorization for that worker and task (a check marked as such) and its
// progress deadline (plan.ProgressDeadline from now, the task's reference time and the
// worker's speed factor), each withdrawal — one past its progress deadline counts a miss
// of its worker, and may bench it (see late) —, and each reveal decision: the task's
// permit (signed once, then reused) and a reveal request to every worker that voted for
// the group. It logs one line for the assignments, one per withdrawal and one per task
// whose reveals it asks, and reports whether anything changed. chainNow is the chain's
// time (misses and benches are chain times).
func (s *Scheduler) applyPlan(ctx context.Context, state plan.State, decisions []plan.Decision, now, chainNow time.Time, seed uint64) (bool, error) {
	tasks := make(map[[32]byte]*plan.Task, len(state.Tasks))
	for i := range state.Tasks {
		tasks[state.Tasks[i].ID] = &state.Tasks[i]
	}
	speeds := make(map[common.Address]float64, len(state.Workers))
	for _, w := range state.Workers {
		speeds[w.ID] = w.Speed
	}
	// Sign first: the signer may be slow (a remote wallet) and the transaction short.
	sigs, err := s.signDecisions(ctx, decisions, tasks)
	if err != nil {
		return false, err
	}
	var r applied
	err = s.st.Tx(ctx, func(tx *store.Tx) error {
		r = applied{tasks: map[[32]byte]bool{}, workers: map[common.Address]bool{}}
		for i, d := range decisions {
			var err error
			switch {
			case d.Unassign:
				before := len(r.withdrawn)
				err = r.unassign(ctx, tx, d, now)
				if err == nil && d.Reason == plan.ReasonLate && len(r.withdrawn) > before {
					err = s.late(ctx, tx, &r, d, chainNow)
				}
			case d.Reveal:
				err = r.reveal(ctx, tx, d, tasks[d.Task], sigs[i], now)
			default:
				var deadline time.Time
				if t := tasks[d.Task]; t != nil {
					deadline = plan.ProgressDeadline(now, t.Ref, speeds[d.Worker])
				}
				err = r.assign(ctx, tx, d, sigs[i], now, deadline)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	for _, d := range r.withdrawn {
		if d.Reason != plan.ReasonLate {
			s.log.Info("replicate withdrawn from a lost worker", "task", common.Hash(d.Task).Hex(), "worker", d.Worker.Hex())
		}
	}
	for _, m := range r.misses {
		s.log.Info("replicate withdrawn: its worker missed its progress deadline; it goes to another worker",
			"task", common.Hash(m.task).Hex(), "worker", m.worker.Hex(), "misses", m.misses, "within", MissMemory)
		if !m.benchedUntil.IsZero() {
			s.log.Warn("worker benched: it missed too many progress deadlines", "worker", m.worker.Hex(), "misses", m.misses,
				"within", MissMemory, "until", m.benchedUntil)
		}
	}
	if r.assigned > 0 {
		s.log.Info("replicates assigned", "replicates", r.assigned, "checks", r.checks, "tasks", len(r.tasks),
			"workers", len(r.workers), "withdrawn", len(r.withdrawn), "seed", seed)
	}
	for _, a := range r.asked {
		s.log.Info("reveals asked: enough workers agree", "task", common.Hash(a.task).Hex(), "group", common.Hash(a.group).Hex(),
			"workers", a.workers)
	}
	return r.assigned+len(r.withdrawn)+len(r.asked) > 0, nil
}

// signDecisions signs what the decisions need: each new replicate's authorization, and
// the reveal permit of each task asked to reveal for the first time (nil for a task asked
// before: its permit is stored).
func (s *Scheduler) signDecisions(ctx context.Context, decisions []plan.Decision, tasks map[[32]byte]*plan.Task) ([][]byte, error) {
	sigs := make([][]byte, len(decisions))
	for i, d := range decisions {
		switch {
		case d.Unassign:
		case d.Reveal:
			if t := tasks[d.Task]; t == nil || !t.RevealAsked.IsZero() {
				continue
			}
			permit, err := s.st.RevealPermit(ctx, d.Task)
			if err == nil && permit == nil {
				permit, err = s.c.SignRevealPermit(d.Task)
			}
			if err != nil {
				return nil, fmt.Errorf("the reveal permit of task %s: %w", common.Hash(d.Task).Hex(), err)
			}
			sigs[i] = permit
		default:
			if t := tasks[d.Task]; t != nil && t.Tag.HasTEE() {
				// A TEE task's worker asks for the authorization of its enclave
				// (api.PathEnclave): one without an enclave is of no use to it.
				continue
			}
			sig, err := s.c.SignAuthorization(d.Worker, d.Task, common.Address{})
			if err != nil {
				return nil, fmt.Errorf("signing the authorization of worker %s for task %s: %w", d.Worker.Hex(), common.Hash(d.Task).Hex(), err)
			}
			sigs[i] = sig
		}
	}
	return sigs, nil
}

// applied is what applyPlan stored.
type applied struct {
	assigned, checks int
	tasks            map[[32]byte]bool
	workers          map[common.Address]bool
	withdrawn        []plan.Decision
	misses           []miss
	asked            []askedReveals
}

// miss is a progress deadline missed, as recorded.
type miss struct {
	task         [32]byte
	worker       common.Address
	misses       int       // its misses within MissMemory, this one included
	benchedUntil time.Time // zero: not benched by it
}

// late records that d's worker missed its progress deadline (its replicate was just
// withdrawn): a miss, which halves its proven slots (store.Tx.RecordMiss), and, once it
// has Config.MissesToBench misses within MissMemory, a bench from chainNow of
// Config.BenchAfterLate, doubled by each further miss (at most 2^10 times), never
// shortening a bench it already has.
func (s *Scheduler) late(ctx context.Context, tx *store.Tx, r *applied, d plan.Decision, chainNow time.Time) error {
	fresh, err := tx.RecordMiss(ctx, d.Task, d.Worker, chainNow)
	if err != nil || !fresh {
		return err
	}
	n, err := tx.Misses(ctx, d.Worker, chainNow.Add(-MissMemory))
	if err != nil {
		return err
	}
	m := miss{task: d.Task, worker: d.Worker, misses: n}
	if n >= s.cfg.MissesToBench && s.cfg.BenchAfterLate > 0 {
		m.benchedUntil = chainNow.Add(s.cfg.BenchAfterLate << min(n-s.cfg.MissesToBench, maxBenchDoublings))
		if err := tx.BenchUntil(ctx, d.Worker, m.benchedUntil); err != nil {
			return err
		}
	}
	r.misses = append(r.misses, m)
	return nil
}

type askedReveals struct {
	task, group [32]byte
	workers     int // asked now
}

func (r *applied) unassign(ctx context.Context, tx *store.Tx, d plan.Decision, now time.Time) error {
	err := tx.Unassign(ctx, d.Task, d.Worker, now)
	if errors.Is(err, store.ErrNotAssigned) {
		return nil
	}
	if err == nil {
		r.withdrawn = append(r.withdrawn, d)
	}
	return err
}

func (r *applied) assign(ctx context.Context, tx *store.Tx, d plan.Decision, sig []byte, now, deadline time.Time) error {
	err := tx.AssignReplicate(ctx, store.NewReplicate{Task: d.Task, Worker: d.Worker, At: now, Check: d.Reason == plan.ReasonCheck,
		Authorization: sig, Deadline: deadline})
	if errors.Is(err, store.ErrAlreadyAssigned) || errors.Is(err, store.ErrTerminal) || errors.Is(err, store.ErrUnknownWorker) {
		return nil
	}
	if err != nil {
		return err
	}
	r.assigned++
	if d.Reason == plan.ReasonCheck {
		r.checks++
	}
	r.tasks[d.Task], r.workers[d.Worker] = true, true
	return nil
}

// reveal stores the permit of task t, if it is new (one stored is kept), and asks every
// worker that voted for the decision's group to reveal.
func (r *applied) reveal(ctx context.Context, tx *store.Tx, d plan.Decision, t *plan.Task, permit []byte, now time.Time) error {
	if t == nil {
		return nil
	}
	if permit != nil {
		err := tx.SetRevealPermit(ctx, d.Task, permit, now)
		if errors.Is(err, store.ErrTerminal) {
			return nil
		}
		if err != nil {
			return err
		}
	}
	var group []common.Address
	for _, v := range t.Contributions {
		if v.ResultHash == d.Group {
			group = append(group, v.Worker)
		}
	}
	n, err := tx.AskReveals(ctx, d.Task, group, now)
	if n > 0 {
		r.asked = append(r.asked, askedReveals{task: d.Task, group: d.Group, workers: n})
	}
	return err
}

// explainWaiting logs why open tasks that got no decision still lack workers
// (plan.Explain's summary): one line per deal and reason, when the reason changes. A task
// waiting for its hidden check counts as lacking one worker.
func (s *Scheduler) explainWaiting(p *planner, state plan.State, decisions []plan.Decision) {
	decided := map[[32]byte]bool{}
	for _, d := range decisions {
		decided[d.Task] = true
	}
	type waiting struct {
		tasks, missing int
	}
	now := map[[32]byte]map[string]*waiting{} // deal → reason → tasks
	r := plan.NewReader(state)                // the pool copied once for all the tasks
	for _, t := range state.Tasks {
		if decided[t.ID] {
			continue
		}
		need := r.ReplicatesWanted(t)
		if need.Shortfall == 0 {
			continue
		}
		why := r.Explain(t).Summary()
		if why == "" {
			why = "no worker registered"
		}
		if now[t.Deal] == nil {
			now[t.Deal] = map[string]*waiting{}
		}
		w := now[t.Deal][why]
		if w == nil {
			w = &waiting{}
			now[t.Deal][why] = w
		}
		w.tasks++
		w.missing += need.Shortfall
	}
	for deal, byWhy := range now {
		whys := slices.Sorted(maps.Keys(byWhy))
		key := strings.Join(whys, "; ")
		if p.waiting[deal] == key {
			continue
		}
		p.waiting[deal] = key
		for _, why := range whys {
			w := byWhy[why]
			s.log.Info("tasks wait for workers", "deal", common.Hash(deal).Hex(), "tasks", w.tasks,
				"workers_missing", w.missing, "why", why)
		}
	}
	for deal := range p.waiting {
		if now[deal] == nil {
			delete(p.waiting, deal)
		}
	}
}

// requestReveals looks after the consensus groups asked to reveal: the tasks the planner
// let reveal (still ACTIVE until the first reveal, with the permit, opens the reveals) and
// the REVEALING ones. A REVEALING task's group is its consensus value's voters, and those
// not asked yet are asked — all of them in the same round, so every winner reveals in the
// same block; an ACTIVE task's is the workers asked. In each group one member that is
// alive and has not given up uploads the result, until a result location is known: the
// first to have contributed; if it is lost or gives up, the next. It reports whether a
// request changed.
//
// It reads every such task with its contributions and reveal requests at once
// (store.RevealViews, from the store's view in memory), decides, and stores the new
// requests and uploaders in one transaction.
func (s *Scheduler) requestReveals(ctx context.Context, seen map[common.Address]time.Time, now time.Time) (bool, error) {
	views, err := s.st.RevealViews(ctx)
	if err != nil {
		return false, err
	}
	type ask struct {
		task    store.Task
		workers []common.Address
	}
	type upload struct {
		task     [32]byte
		worker   common.Address
		replaced bool
	}
	var asks []ask
	var uploads []upload
	for _, v := range views {
		group, missing := revealGroup(v.Task, v.Contributions, v.Reveals)
		rs := v.Reveals
		if len(missing) > 0 {
			asks = append(asks, ask{task: v.Task, workers: missing})
			revealed := map[common.Address]bool{}
			for _, c := range v.Contributions {
				revealed[c.Worker] = c.Revealed
			}
			rs = slices.Clone(rs)
			for _, w := range missing { // as stored by AskReveals below
				rs = append(rs, store.RevealRequest{Task: v.Task.ID, Deal: v.Task.Deal, Index: v.Task.Index, Worker: w,
					State: store.RevealAsked, Revealed: revealed[w], Since: now})
			}
		}
		if w, ok := s.chooseUploader(group, rs, seen, now); ok {
			uploads = append(uploads, upload{task: v.Task.ID, worker: w, replaced: hasUploader(rs)})
		}
	}
	if len(asks) == 0 && len(uploads) == 0 {
		return false, nil
	}
	err = s.st.Tx(ctx, func(tx *store.Tx) error {
		for _, a := range asks {
			if _, err := tx.AskReveals(ctx, a.task.ID, a.workers, now); err != nil {
				return err
			}
		}
		for _, u := range uploads {
			if err := tx.SetUploader(ctx, u.task, u.worker, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	for _, a := range asks {
		s.log.Info("reveals asked: the reveals are open", "task", common.Hash(a.task.ID).Hex(), "workers", len(a.workers),
			"reveal_deadline", a.task.RevealDeadline)
	}
	for _, u := range uploads {
		if !u.replaced {
			s.log.Info("uploader chosen", "task", common.Hash(u.task).Hex(), "worker", u.worker.Hex())
		} else {
			s.log.Info("uploader replaced: the previous one is lost, gave up or does not reveal", "task", common.Hash(u.task).Hex(),
				"worker", u.worker.Hex())
		}
	}
	return true, nil
}

// revealGroup is the consensus group of task t, in the order its members contributed
// (cs): for a REVEALING task, the voters of its consensus value, of whom missing are
// those without a reveal request in rs (to be asked); otherwise the workers asked (rs).
func revealGroup(t store.Task, cs []store.Contribution, rs []store.RevealRequest) (group, missing []common.Address) {
	requested := map[common.Address]bool{}
	for _, r := range rs {
		requested[r.Worker] = true
	}
	for _, c := range cs {
		switch {
		case t.Status == plan.StatusRevealing && c.ResultHash == t.ConsensusValue:
			group = append(group, c.Worker)
			if !requested[c.Worker] {
				missing = append(missing, c.Worker)
			}
		case t.Status != plan.StatusRevealing && requested[c.Worker]:
			group = append(group, c.Worker)
		}
	}
	return group, missing
}

// chooseUploader decides which member of group uploads the result, until a result
// location is known (rs: the task's reveal requests). It keeps the current uploader while
// it is alive, has not given up, and has revealed or still may (another member revealed
// while it has not, RevealTimeout after it was asked: it is silent). Else it chooses, in
// contribution order, the first live member that has not given up and revealed, or
// failing that the first that has not revealed either. ok reports whether it chose one
// (to be stored with SetUploader).
func (s *Scheduler) chooseUploader(group []common.Address, rs []store.RevealRequest,
	seen map[common.Address]time.Time, now time.Time) (worker common.Address, ok bool) {
	inGroup := map[common.Address]bool{}
	for _, w := range group {
		inGroup[w] = true
	}
	byWorker := map[common.Address]store.RevealRequest{}
	var current *store.RevealRequest
	anyRevealed := false
	for i := range rs {
		if len(rs[i].Results) > 0 {
			return common.Address{}, false // a result location is known
		}
		byWorker[rs[i].Worker] = rs[i]
		anyRevealed = anyRevealed || (rs[i].Revealed && inGroup[rs[i].Worker])
		if rs[i].Upload && rs[i].State != store.RevealFailed && inGroup[rs[i].Worker] {
			current = &rs[i]
		}
	}
	usable := func(r store.RevealRequest) bool {
		return r.State != store.RevealFailed && !s.isLost(seen[r.Worker], now)
	}
	silent := func(r store.RevealRequest) bool {
		return !r.Revealed && anyRevealed && now.Sub(r.Since) > s.cfg.RevealTimeout
	}
	if current != nil && usable(*current) && !silent(*current) {
		return common.Address{}, false
	}
	var next *store.RevealRequest
	for _, w := range group {
		r, asked := byWorker[w]
		if !asked || !usable(r) || (current != nil && current.Worker == w) {
			continue
		}
		if r.Revealed {
			next = &r
			break
		}
		if next == nil && !silent(r) {
			next = &r
		}
	}
	if next == nil {
		return common.Address{}, false
	}
	return next.Worker, true
}

func hasUploader(rs []store.RevealRequest) bool {
	for _, r := range rs {
		if r.Upload {
			return true
		}
	}
	return false
}
