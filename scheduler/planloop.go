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

	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
)

// planLoop runs planOnce every PollInterval, and when woken, until ctx ends.
func (s *Scheduler) planLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	p := &planner{waiting: map[[32]byte]string{}}
	var lastErr string
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.planKick:
		}
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
}

// planOnce is one round of the plan loop:
//
//  1. store the heartbeats held in memory;
//  2. withdraw the replicates that can no longer be contributed (task past ACTIVE or
//     contribution deadline passed): their workers are told to drop them;
//  3. plan (plan.Plan) from the stored workers and open tasks, and apply the decisions in
//     one transaction: new assignments with their signed authorizations, withdrawals of
//     lost workers' replicates;
//  4. ask the consensus group of every REVEALING task to reveal, with one uploader.
//
// It does nothing until the follower has caught up with the chain once, so that it plans
// from what the chain says rather than from a stale database.
func (s *Scheduler) planOnce(ctx context.Context, p *planner) error {
	if _, synced := s.cursorState(); !synced {
		return nil
	}
	chainNow, err := s.c.ChainTime(ctx)
	if err != nil {
		return err
	}
	now := time.Now()
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

	ws, err := s.st.Workers(ctx)
	if err != nil {
		return err
	}
	seen := s.lastSeen(ws)
	for i := range ws {
		ws[i].LastSeen = seen[ws[i].ID]
	}
	tasks, err := s.st.OpenTasks(ctx)
	if err != nil {
		return err
	}
	// Heartbeats are wall-clock times, deadlines chain times: the planner has one clock,
	// so the deadlines are moved into wall-clock time (a deadline is open while the chain
	// time is before it, which is the same as the wall clock being before it plus the
	// offset).
	offset := now.Sub(chainNow)
	for i := range tasks {
		if !tasks[i].ContributionDeadline.IsZero() {
			tasks[i].ContributionDeadline = tasks[i].ContributionDeadline.Add(offset)
		}
	}
	state := plan.State{Now: now, Workers: ws, Tasks: tasks, HeartbeatTimeout: s.cfg.HeartbeatTimeout}
	decisions := plan.Plan(state, s.cfg.Seed)
	if len(decisions) > 0 {
		applied, err := s.applyPlan(ctx, decisions, now)
		if err != nil {
			return err
		}
		changed = changed || applied
	}
	s.explainWaiting(p, state, decisions)

	revealChanged, err := s.requestReveals(ctx, seen, now)
	if err != nil {
		return err
	}
	if changed || revealChanged {
		s.notify()
	}
	return nil
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
// scheduler's authorization for that worker and task, each withdrawal. It logs one line
// for the batch and reports whether anything changed.
func (s *Scheduler) applyPlan(ctx context.Context, decisions []plan.Decision, now time.Time) (bool, error) {
	// Sign first: the signer may be slow (a remote wallet) and the transaction short.
	sigs := make([][]byte, len(decisions))
	for i, d := range decisions {
		if d.Unassign {
			continue
		}
		sig, err := s.c.SignAuthorization(d.Worker, d.Task, common.Address{})
		if err != nil {
			return false, fmt.Errorf("signing the authorization of worker %s for task %s: %w", d.Worker.Hex(), common.Hash(d.Task).Hex(), err)
		}
		sigs[i] = sig
	}
	var assigned, withdrawn int
	tasks, workers := map[[32]byte]bool{}, map[common.Address]bool{}
	err := s.st.Tx(ctx, func(tx *store.Tx) error {
		assigned, withdrawn = 0, 0
		for i, d := range decisions {
			if d.Unassign {
				err := tx.Unassign(ctx, d.Task, d.Worker, now)
				if errors.Is(err, store.ErrNotAssigned) {
					continue
				}
				if err != nil {
					return err
				}
				withdrawn++
				s.log.Info("replicate withdrawn from a lost worker", "task", common.Hash(d.Task).Hex(), "worker", d.Worker.Hex())
				continue
			}
			err := tx.Assign(ctx, d.Task, d.Worker, now)
			if errors.Is(err, store.ErrAlreadyAssigned) || errors.Is(err, store.ErrTerminal) || errors.Is(err, store.ErrUnknownWorker) {
				continue
			}
			if err != nil {
				return err
			}
			if err := tx.SetAuthorization(ctx, d.Task, d.Worker, sigs[i]); err != nil {
				return err
			}
			assigned++
			tasks[d.Task], workers[d.Worker] = true, true
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	if assigned > 0 {
		s.log.Info("replicates assigned", "replicates", assigned, "tasks", len(tasks), "workers", len(workers), "withdrawn", withdrawn)
	}
	return assigned+withdrawn > 0, nil
}

// explainWaiting logs why open tasks that got no decision still lack workers
// (plan.Explain's summary): one line per deal and reason, when the reason changes.
func (s *Scheduler) explainWaiting(p *planner, state plan.State, decisions []plan.Decision) {
	decided := map[[32]byte]bool{}
	for _, d := range decisions {
		decided[d.Task] = true
	}
	type waiting struct {
		tasks, missing int
	}
	now := map[[32]byte]map[string]*waiting{} // deal → reason → tasks
	for _, t := range state.Tasks {
		if decided[t.ID] {
			continue
		}
		need := plan.ReplicatesWanted(t, state)
		if need.Shortfall == 0 {
			continue
		}
		why := plan.Explain(t, state).Summary()
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

// requestReveals asks every member of the consensus group of each REVEALING task to
// reveal, and makes sure one member that is alive and has not given up uploads the
// result, until a result location is known. The first member to have contributed is
// chosen; if it is lost or gives up, the next. It reports whether a request changed.
func (s *Scheduler) requestReveals(ctx context.Context, seen map[common.Address]time.Time, now time.Time) (bool, error) {
	tasks, err := s.st.TasksWithStatus(ctx, plan.StatusRevealing)
	if err != nil {
		return false, err
	}
	changed := false
	for _, t := range tasks {
		cs, err := s.st.Contributions(ctx, t.ID)
		if err != nil {
			return false, err
		}
		var group []common.Address
		for _, c := range cs {
			if !c.Rejected && c.ResultHash == t.ConsensusValue {
				group = append(group, c.Worker)
			}
		}
		rs, err := s.st.TaskReveals(ctx, t.ID)
		if err != nil {
			return false, err
		}
		asked := map[common.Address]store.RevealRequest{}
		for _, r := range rs {
			asked[r.Worker] = r
		}
		var missing []common.Address
		for _, w := range group {
			if _, ok := asked[w]; !ok {
				missing = append(missing, w)
				asked[w] = store.RevealRequest{Worker: w, State: store.RevealAsked}
			}
		}
		if len(missing) > 0 {
			if err := s.st.AskReveals(ctx, t.ID, missing, now); err != nil {
				return false, err
			}
			changed = true
			s.log.Info("consensus reached: reveals asked", "task", common.Hash(t.ID).Hex(), "workers", len(missing),
				"reveal_deadline", t.RevealDeadline)
		}

		// The uploader: keep a live one, else choose the first live member that has not
		// given up. Once a result location is known, nobody else needs to upload.
		var current *store.RevealRequest
		resultsKnown := false
		for i := range rs {
			if len(rs[i].Results) > 0 {
				resultsKnown = true
			}
			if rs[i].Upload && rs[i].State != store.RevealFailed {
				current = &rs[i]
			}
		}
		if resultsKnown || (current != nil && !s.isLost(seen[current.Worker], now)) {
			continue
		}
		for _, w := range group {
			r := asked[w]
			if r.State == store.RevealFailed || s.isLost(seen[w], now) || (current != nil && current.Worker == w) {
				continue
			}
			if err := s.st.SetUploader(ctx, t.ID, w, now); err != nil {
				return false, err
			}
			changed = true
			if current == nil && !hasUploader(rs) {
				s.log.Info("uploader chosen", "task", common.Hash(t.ID).Hex(), "worker", w.Hex())
			} else {
				s.log.Info("uploader replaced: the previous one is lost or gave up", "task", common.Hash(t.ID).Hex(), "worker", w.Hex())
			}
			break
		}
	}
	return changed, nil
}

func hasUploader(rs []store.RevealRequest) bool {
	for _, r := range rs {
		if r.Upload {
			return true
		}
	}
	return false
}
