package scheduler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// followLoop stores the hub's events block range by block range, each range with the
// cursor in one transaction, until ctx ends. Errors (an unreachable node) are logged and
// retried. Caught up, it waits for the next new head announced (watchHeads), or
// PollInterval when none is.
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
			s.waitHead(ctx, s.cfg.PollInterval)
		default:
			failures = 0
		}
	}
}

// waitHead waits until a new head is announced (headKick), d passes or ctx ends.
func (s *Scheduler) waitHead(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	case <-s.headKick:
	}
}

// headSubscriber is a chain connection that announces new heads: ethclient over a
// WebSocket or IPC endpoint, go-ethereum's simulated backend.
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// resubscribeAfter is how long watchHeads waits before subscribing again after a
// subscription failed or ended (the follower polls meanwhile).
const resubscribeAfter = 5 * time.Second

// watchHeads wakes the follower at each new head the node announces, until ctx ends, so
// that a block is stored as soon as it is mined rather than up to PollInterval later (half
// of it on average, at each step of a task the scheduler must see). The poll stays: it is
// what the follower does when the connection cannot subscribe (an HTTP endpoint: then
// watchHeads returns at once), while a failed subscription is made again, and if
// announcements stop without an error.
func (s *Scheduler) watchHeads(ctx context.Context) {
	sub, ok := s.c.Backend().(headSubscriber)
	if !ok {
		return
	}
	failures := 0
	for ctx.Err() == nil {
		heads := make(chan *types.Header, 16)
		hs, err := sub.SubscribeNewHead(ctx, heads)
		if errors.Is(err, rpc.ErrNotificationsUnsupported) {
			s.log.Info("the chain endpoint does not announce new heads (HTTP): the follower polls it", "every", s.cfg.PollInterval)
			return
		}
		if err != nil {
			if failures++; failures == 1 || failures%30 == 0 {
				s.log.Warn("subscribing to new heads failed; polling meanwhile", "err", err, "every", s.cfg.PollInterval,
					"retry_in", resubscribeAfter, "failures", failures)
			}
			sleep(ctx, resubscribeAfter)
			continue
		}
		if failures > 0 {
			s.log.Info("new heads followed by subscription again")
		}
		failures = 0
		err = s.relayHeads(ctx, hs, heads)
		hs.Unsubscribe()
		s.mu.Lock()
		s.head = chainHead{}
		s.mu.Unlock()
		if ctx.Err() != nil {
			return
		}
		s.log.Warn("the new-head subscription ended; polling meanwhile", "err", err, "every", s.cfg.PollInterval,
			"retry_in", resubscribeAfter)
		sleep(ctx, resubscribeAfter)
	}
}

// relayHeads wakes the follower for each head received on heads, until ctx ends or the
// subscription fails (its error returned).
func (s *Scheduler) relayHeads(ctx context.Context, hs ethereum.Subscription, heads <-chan *types.Header) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-hs.Err():
			return err
		case h := <-heads:
			s.mu.Lock()
			if h != nil {
				s.head = chainHead{number: h.Number.Uint64(), time: time.Unix(int64(h.Time), 0).UTC(), at: time.Now()}
			}
			s.mu.Unlock()
			kick(s.headKick)
		}
	}
}

// chainHead is a head announced by the node.
type chainHead struct {
	number uint64
	time   time.Time // its timestamp
	at     time.Time // when it was received (wall clock, time.Now)
}

// headFresh is how long an announced head stands for the chain's latest block without
// asking the node. Heads are announced as they come, so a live subscription's last head
// is the latest however old it is (a dev chain mines only when there are transactions);
// the bound only limits what a subscription that stopped without an error could hide.
const headFresh = 30 * time.Second

// chainTime is the chain's time, the latest block's timestamp, that deadlines are judged
// by: the last head announced when it is fresh (headFresh), else read from the node. The
// plan and transaction loops ask for it every round.
func (s *Scheduler) chainTime(ctx context.Context) (time.Time, error) {
	s.mu.Lock()
	h := s.head
	s.mu.Unlock()
	if !h.time.IsZero() && time.Since(h.at) < headFresh {
		return h.time, nil
	}
	return s.c.ChainTime(ctx)
}

// headRecheck is how often the follower asks the node for its head although the head
// subscription is live (a notification lost, or a subscription that stopped without an
// error): between, it takes the last head announced.
const headRecheck = time.Second

// chainHeadNumber is the chain's latest block number: the last head announced while the
// subscription is live and the node was asked less than headRecheck ago, else asked
// (eth_blockNumber). Without a subscription (HTTP) every call asks, as the follower's
// PollInterval wakes it (10 times a second in the bench) and a live one wakes it too.
func (s *Scheduler) chainHeadNumber(ctx context.Context) (uint64, error) {
	s.mu.Lock()
	h, asked := s.head, s.headAsked
	s.mu.Unlock()
	if !h.at.IsZero() && !asked.IsZero() && time.Since(asked) < headRecheck {
		return h.number, nil
	}
	n, err := s.c.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	s.headAsked = time.Now()
	s.mu.Unlock()
	return n, nil
}

// followOnce stores the events of the blocks after the cursor, up to the head less
// Config.Confirmations (at most maxBlockRange blocks). It reports whether it stored
// anything.
func (s *Scheduler) followOnce(ctx context.Context) (bool, error) {
	head, err := s.chainHeadNumber(ctx)
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
	// each new deal's app, the time of each block that rejected contributions.
	b := &batch{now: s.now(), blockTimes: map[uint64]time.Time{}}
	var deals []*sdk.Deal
	for _, ev := range evs {
		switch e := ev.(type) {
		case *sdk.OrdersMatchedEvent:
			if e.Deal.Workerpool == s.cfg.Workerpool {
				if _, err := s.executorOf(ctx, e.Deal.App); err != nil {
					return false, err
				}
				deals = append(deals, e.Deal)
			}
		case *sdk.ContributionRejectedEvent:
			if err := s.readBlockTime(ctx, b.blockTimes, e.Block); err != nil {
				return false, err
			}
		}
	}
	err = s.st.Tx(ctx, func(tx *store.Tx) error {
		b.offenses = b.offenses[:0]
		for _, ev := range evs {
			if err := s.applyEvent(ctx, tx, ev, b); err != nil {
				return fmt.Errorf("block %d, %s event: %w", ev.Meta().Block, ev.EventName(), err)
			}
		}
		return tx.SetCursor(ctx, s.chain, to)
	})
	if err != nil {
		return false, err
	}
	for _, o := range b.offenses {
		s.logOffense(o)
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

// batch is what one stored block range carries besides its events: the wall-clock time it
// is stored at, the times of the blocks that rejected contributions (read before the
// transaction), and the offenses it recorded (logged once it is committed).
type batch struct {
	now        time.Time
	blockTimes map[uint64]time.Time
	offenses   []offense
}

// applyEvent stores one event. Events of tasks that are not the pool's are ignored, and so is
// a status change of a task already COMPLETED or FAILED (a replayed block).
func (s *Scheduler) applyEvent(ctx context.Context, tx *store.Tx, ev sdk.Event, b *batch) error {
	now := b.now
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
				Trust: d.Trust, Tag: d.Tag, Executor: exec, App: d.App, Ref: time.Duration(d.WorkClockTimeRef) * time.Second,
				ContributionDeadline: d.ContributionDeadline(), FinalDeadline: d.FinalDeadline()})
		}
		err = tx.AddTasks(ctx, tasks, now)
	case *sdk.TaskStartedEvent:
		err = tx.SetTaskStatus(ctx, e.TaskID, plan.StatusActive, now)
	case *sdk.TaskContributeEvent:
		err = tx.RecordContribution(ctx, e.TaskID, plan.Vote{Worker: e.Worker, ResultHash: e.ResultHash, Weight: e.Weight}, e.Block)
	case *sdk.TaskConsensusEvent:
		// Emitted by the first reveal, which the scheduler's permit opened.
		err = tx.SetTaskConsensus(ctx, e.TaskID, e.ConsensusValue, e.RevealDeadline, now)
	case *sdk.TaskRevealEvent:
		err = tx.RecordReveal(ctx, e.TaskID, e.Worker, e.Digest, now)
	case *sdk.ContributionRejectedEvent:
		err = tx.RejectContribution(ctx, e.TaskID, e.Worker)
	case *sdk.TaskFinalizeEvent:
		if err = tx.SetTaskResult(ctx, e.TaskID, e.Digest, now); err == nil {
			err = tx.SetTaskStatus(ctx, e.TaskID, plan.StatusCompleted, now)
		}
		if err == nil {
			final := protocol.ResultHash(e.TaskID, e.Digest)
			err = s.recordOffenses(ctx, tx, e.TaskID, &final, e.Block, b)
		}
	case *sdk.TaskClaimedEvent:
		if err = tx.SetTaskStatus(ctx, e.TaskID, plan.StatusFailed, now); err == nil {
			err = s.recordOffenses(ctx, tx, e.TaskID, nil, e.Block, b)
		}
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

// readBlockTime reads the time of block n into times, once.
func (s *Scheduler) readBlockTime(ctx context.Context, times map[uint64]time.Time, n uint64) error {
	if _, ok := times[n]; ok {
		return nil
	}
	h, err := s.c.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return fmt.Errorf("reading block %d: %w", n, err)
	}
	times[n] = time.Unix(int64(h.Time), 0).UTC()
	return nil
}

// offense is a worker's result proven wrong, as recorded.
type offense struct {
	worker       common.Address
	task         [32]byte
	count        int
	benchedUntil time.Time // zero: not benched (Config.BenchAfterWrong negative)
	unknown      bool      // the worker is not registered: nothing recorded
}

// recordOffenses counts an offense against each worker whose contribution to task was
// rejected with another result than final (any rejected one at a claim, final nil), and
// benches it (see bench). block is the block that ended the task.
func (s *Scheduler) recordOffenses(ctx context.Context, tx *store.Tx, task [32]byte, final *[32]byte, block uint64, b *batch) error {
	wrong, err := tx.ProvenWrong(ctx, task, final)
	if err != nil || len(wrong) == 0 {
		return err
	}
	at, ok := b.blockTimes[block]
	if !ok {
		return fmt.Errorf("the time of block %d was not read", block)
	}
	for _, w := range wrong {
		o := offense{worker: w, task: task}
		prev, err := tx.Offenses(ctx, w)
		if errors.Is(err, store.ErrUnknownWorker) {
			o.unknown = true
			b.offenses = append(b.offenses, o)
			continue
		}
		if err != nil {
			return err
		}
		next := s.bench(prev, at)
		if err := tx.SetOffenses(ctx, w, next); err != nil {
			return err
		}
		o.count, o.benchedUntil = next.Count, next.BenchedUntil
		b.offenses = append(b.offenses, o)
	}
	return nil
}

// bench is a worker's record after one more result proven wrong at at (chain time): the
// count starts again when the last offense is older than OffenseMemory, and the worker is
// benched for Config.BenchAfterWrong × 2^(count−1) (at most 2^maxBenchDoublings times),
// never shorter than a bench it already has.
func (s *Scheduler) bench(prev store.Offenses, at time.Time) store.Offenses {
	next := store.Offenses{Count: prev.Count + 1, Last: at, BenchedUntil: prev.BenchedUntil}
	if prev.Last.IsZero() || at.Sub(prev.Last) > OffenseMemory {
		next.Count = 1
	}
	if s.cfg.BenchAfterWrong > 0 {
		until := at.Add(s.cfg.BenchAfterWrong << min(next.Count-1, maxBenchDoublings))
		if until.After(next.BenchedUntil) {
			next.BenchedUntil = until
		}
	}
	return next
}

func (s *Scheduler) logOffense(o offense) {
	if o.unknown {
		s.log.Warn("a result was proven wrong on chain, but its worker is not registered here: not benched",
			"worker", o.worker.Hex(), "task", common.Hash(o.task).Hex())
		return
	}
	if o.benchedUntil.IsZero() {
		s.log.Warn("worker's result proven wrong", "worker", o.worker.Hex(), "task", common.Hash(o.task).Hex(), "offenses", o.count)
		return
	}
	s.log.Warn("worker benched: its result was proven wrong", "worker", o.worker.Hex(), "task", common.Hash(o.task).Hex(),
		"offenses", o.count, "until", o.benchedUntil)
}
