package scheduler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// followLoop stores the hub's events block range by block range, each range with the
// cursor in one transaction, until ctx ends. Errors (an unreachable node) are logged and
// retried.
func (s *Scheduler) followLoop(ctx context.Context) {
	failures := 0
	for ctx.Err() == nil {
		progressed, err := s.followOnce(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			failures++
			if failures == 1 || failures%30 == 0 {
				s.log.Warn("following the chain failed; retrying", "err", err, "failures", failures)
			}
			sleep(ctx, min(time.Duration(failures)*s.cfg.PollInterval, 30*time.Second))
		case err == nil && !progressed:
			failures = 0
			sleep(ctx, s.cfg.PollInterval)
		default:
			failures = 0
		}
	}
}

// followOnce stores the events of the blocks after the cursor, up to the head less
// Config.Confirmations (at most maxBlockRange blocks). It reports whether it stored
// anything.
func (s *Scheduler) followOnce(ctx context.Context) (bool, error) {
	head, err := s.c.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	if head < s.cfg.Confirmations {
		s.setSynced()
		return false, nil
	}
	head -= s.cfg.Confirmations // the last block deep enough
	s.mu.Lock()
	from := s.cfg.StartBlock
	if s.hasCursor {
		from = s.cursor + 1
	}
	s.mu.Unlock()
	if from > head {
		s.setSynced()
		return false, nil
	}
	to := min(head, from+maxBlockRange-1)
	evs, err := s.c.Events(ctx, from, to)
	if err != nil {
		return false, err
	}
	// Read what the transaction needs from the chain before it starts: the executor of
	// each new deal's app.
	var deals []*sdk.Deal
	for _, ev := range evs {
		if m, ok := ev.(*sdk.OrdersMatchedEvent); ok && m.Deal.Workerpool == s.cfg.Workerpool {
			if _, err := s.executorOf(ctx, m.Deal.App); err != nil {
				return false, err
			}
			deals = append(deals, m.Deal)
		}
	}
	now := time.Now()
	err = s.st.Tx(ctx, func(tx *store.Tx) error {
		for _, ev := range evs {
			if err := s.applyEvent(ctx, tx, ev, now); err != nil {
				return fmt.Errorf("block %d, %s event: %w", ev.Meta().Block, ev.EventName(), err)
			}
		}
		return tx.SetCursor(ctx, s.chain, to)
	})
	if err != nil {
		return false, err
	}
	s.mu.Lock()
	s.cursor, s.hasCursor = to, true
	if to == head {
		s.synced = true
	}
	s.mu.Unlock()
	for _, d := range deals {
		exec, _ := s.executorOf(ctx, d.App)
		s.log.Info("deal seen", "deal", d.ID.Hex(), "tasks", d.BotSize, "first", d.BotFirst, "trust", d.Trust,
			"category", d.Category, "ref_s", d.WorkClockTimeRef, "app", d.App.Hex(), "executor", exec,
			"requester", d.Requester.Hex(), "block", d.Block)
		if exec == "" {
			s.log.Warn("no executor for the deal's app type: its tasks wait until the final deadline, then are claimed",
				"deal", d.ID.Hex(), "app", d.App.Hex())
		}
	}
	if len(evs) > 0 {
		s.kickAll()
		s.notify()
	}
	return true, nil
}

func (s *Scheduler) setSynced() {
	s.mu.Lock()
	first := !s.synced
	s.synced = true
	s.mu.Unlock()
	if first {
		s.kickAll()
	}
}

// applyEvent stores one event. Events of tasks that are not the pool's are ignored, and so is
// a status change of a task already COMPLETED or FAILED (a replayed block).
func (s *Scheduler) applyEvent(ctx context.Context, tx *store.Tx, ev sdk.Event, now time.Time) error {
	var err error
	switch e := ev.(type) {
	case *sdk.OrdersMatchedEvent:
		d := e.Deal
		if d.Workerpool != s.cfg.Workerpool {
			return nil
		}
		body, jerr := json.Marshal(d)
		if jerr != nil {
			return jerr
		}
		if err := tx.UpsertDeal(ctx, d.ID, body, e.Block); err != nil {
			return err
		}
		exec, _ := s.executorOf(ctx, d.App) // cached by followOnce
		tasks := make([]store.Task, 0, d.BotSize)
		for _, idx := range d.Indexes() {
			tasks = append(tasks, store.Task{ID: d.TaskID(idx), Deal: d.ID, Index: idx, Status: plan.StatusUnset,
				Trust: d.Trust, Tag: d.Tag, Executor: exec,
				ContributionDeadline: d.ContributionDeadline(), FinalDeadline: d.FinalDeadline()})
		}
		err = tx.AddTasks(ctx, tasks, now)
	case *sdk.TaskStartedEvent:
		err = tx.SetTaskStatus(ctx, e.TaskID, plan.StatusActive, now)
	case *sdk.TaskContributeEvent:
		err = tx.RecordContribution(ctx, e.TaskID, plan.Vote{Worker: e.Worker, ResultHash: e.ResultHash, Weight: e.Weight}, e.Block)
	case *sdk.TaskConsensusEvent:
		err = tx.SetTaskConsensus(ctx, e.TaskID, e.ConsensusValue, e.RevealDeadline, now)
	case *sdk.TaskRevealEvent:
		err = tx.RecordReveal(ctx, e.TaskID, e.Worker, e.Digest, now)
	case *sdk.TaskReopenEvent:
		err = tx.ReopenTask(ctx, e.TaskID, now)
	case *sdk.TaskFinalizeEvent:
		if err = tx.SetTaskResult(ctx, e.TaskID, e.Digest, now); err == nil {
			err = tx.SetTaskStatus(ctx, e.TaskID, plan.StatusCompleted, now)
		}
	case *sdk.TaskClaimedEvent:
		err = tx.SetTaskStatus(ctx, e.TaskID, plan.StatusFailed, now)
	case *sdk.ScoreChangedEvent:
		err = tx.SetWorkerScore(ctx, e.Worker, e.NewScore, now)
	}
	if errors.Is(err, store.ErrUnknownTask) || errors.Is(err, store.ErrTerminal) {
		return nil
	}
	return err
}

// executorOf returns the executor of app's type ("" if none), reading the app once.
func (s *Scheduler) executorOf(ctx context.Context, app common.Address) (string, error) {
	s.mu.Lock()
	exec, ok := s.executors[app]
	s.mu.Unlock()
	if ok {
		return exec, nil
	}
	a, err := s.c.App(ctx, app)
	switch {
	case errors.Is(err, sdk.ErrNotFound):
		exec = "" // no such app (cannot happen for a matched deal): nobody can run it
	case err != nil:
		return "", fmt.Errorf("reading app %s: %w", app.Hex(), err)
	default:
		exec = api.ExecutorOf(a.Type)
	}
	s.mu.Lock()
	s.executors[app] = exec
	s.mu.Unlock()
	return exec, nil
}
