package scheduler

import (
	"bytes"
	"cmp"
	"context"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// maxBatch is the most tasks one finalizeBatch or claimBatch carries; batches are smaller
// when the gas of earlier batches says that this many would not fit one transaction
// (sdk.BatchSizer, sdk.MaxTxGas).
const maxBatch = 50

// maxTxTries is how many times the scheduler sends a task's finalize (or claim) that
// fails: then it gives the task's transaction up, with an error in the log, rather than
// resend it forever (a finalize given up leaves the task to be claimed after its final
// deadline). The count is kept in memory: a restart allows maxTxTries more.
const maxTxTries = 5

// txLoop decides the scheduler's transactions, finalize and claim, every PollInterval and
// when woken (at most once per roundGap), until ctx ends. With Config.TxInFlight above 1,
// each batch is sent and waited for in a goroutine of its own (at most TxInFlight at
// once): a round does not wait for the transactions of the rounds before it, so tasks that
// become finalizable while a finalize is being mined go in the next block. With 1, the
// round sends its batches and waits for each receipt itself, and the next round gathers
// everything that became ready meanwhile. The sdk client reads the account's next nonce
// and sends under one lock, so nonces follow each other; a task whose transaction is in
// flight is left out of the next rounds until it is mined or refused.
func (s *Scheduler) txLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.PollInterval)
	defer t.Stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	x := &txState{pending: map[[32]byte]uint64{}, backoff: map[[32]byte]time.Time{}, tries: map[txKey]int{},
		inflight: map[[32]byte]bool{}}
	if s.cfg.TxInFlight > 1 {
		sem := make(chan struct{}, s.cfg.TxInFlight)
		x.launch = func(f func()) bool {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				f()
			}()
			return true
		}
	}
	var lastErr string
	var last time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.txKick:
		}
		if !paced(ctx, last, s.txKick) {
			return
		}
		last = time.Now()
		if err := s.txOnce(ctx, x); err != nil && ctx.Err() == nil {
			if err.Error() != lastErr {
				s.log.Warn("transaction round failed; retrying", "err", err)
			}
			lastErr = err.Error()
		} else {
			lastErr = ""
		}
	}
}

// txState is what the transaction loop remembers between rounds (in memory only: after a
// restart a transaction mined but not yet followed may be sent again; the hub refuses it,
// and the refusal is handled like any other).
type txState struct {
	// pending holds a task whose transaction was mined (or that the chain shows already
	// changed) until the follower has stored that block: the database is behind the chain.
	pending map[[32]byte]uint64
	// backoff holds a task whose transaction failed for another reason until the time
	// given, so that a persistent refusal does not loop.
	backoff map[[32]byte]time.Time
	// tries counts the failed transactions of each kind for a task; at maxTxTries the
	// transaction is given up (see gaveUp).
	tries map[txKey]int
	// sizer sizes the batches by the gas earlier batches used.
	sizer sdk.BatchSizer
	// mu guards pending, backoff, tries and inflight: batches are sent from goroutines of
	// their own (see launch).
	mu sync.Mutex
	// inflight holds the tasks whose transaction is being sent or mined.
	inflight map[[32]byte]bool
	// launch, if not nil, runs a batch's sending in the background (false: ctx ended, not
	// run); nil: inline.
	launch func(func()) bool
}

// dispatch sends a batch of tasks with send (sendBatch), in the background when x.launch
// is set; its tasks are held (see held) until it is done.
func (s *Scheduler) dispatch(x *txState, ts []store.Task, send func()) {
	if x.launch == nil {
		send()
		return
	}
	x.mu.Lock()
	for _, t := range ts {
		x.inflight[t.ID] = true
	}
	x.mu.Unlock()
	done := func() {
		x.mu.Lock()
		for _, t := range ts {
			delete(x.inflight, t.ID)
		}
		x.mu.Unlock()
	}
	if !x.launch(func() { defer done(); send() }) {
		done()
	}
}

// txKey is one kind of transaction ("finalize", "claim") for one task.
type txKey struct {
	kind string
	task [32]byte
}

// gaveUp reports whether the scheduler stopped sending kind for task (maxTxTries failed).
func (x *txState) gaveUp(kind string, task [32]byte) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.tries[txKey{kind, task}] >= maxTxTries
}

// chunks cuts ts into batches for kind sized by x.sizer, at most maxBatch each.
func chunks[T any](x *txState, kind string, ts []T) [][]T {
	var out [][]T
	for len(ts) > 0 {
		n := x.sizer.Size(kind, len(ts), maxBatch)
		out = append(out, ts[:n])
		ts = ts[n:]
	}
	return out
}

// held reports whether task must wait (see txState).
func (x *txState) held(task [32]byte, cursor uint64, now time.Time) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.inflight[task] {
		return true
	}
	if b, ok := x.pending[task]; ok {
		if cursor < b {
			return true
		}
		delete(x.pending, task)
	}
	if t, ok := x.backoff[task]; ok {
		if now.Before(t) {
			return true
		}
		delete(x.backoff, task)
	}
	return false
}

// txOnce decides and sends one round of transactions, judging deadlines by the chain's
// time (the latest block's), never the wall clock:
//
//   - claim, per deal in one claimBatch (of at most maxBatch tasks), every task not COMPLETED or FAILED after the
//     deal's final deadline (this also refunds the requester of a deal no worker took);
//   - finalize, per deal in one finalizeBatch (idem), every REVEALING task whose winners all
//     revealed, or at least one did and the reveal deadline passed, once the uploader
//     reported the results location (a REVEALING task always has a reveal: the first one
//     opened the reveals).
func (s *Scheduler) txOnce(ctx context.Context, x *txState) error {
	cursor, synced := s.cursorState()
	if !synced {
		return nil
	}
	chainNow, err := s.chainTime(ctx)
	if err != nil {
		return err
	}
	now := s.now()

	expired, err := s.st.ExpiredTasks(ctx, chainNow)
	if err != nil {
		return err
	}
	claims := map[common.Hash][]store.Task{}
	var claimOrder []common.Hash
	for _, t := range expired {
		if x.held(t.ID, cursor, now) || x.gaveUp("claim", t.ID) {
			continue
		}
		if _, ok := claims[t.Deal]; !ok {
			claimOrder = append(claimOrder, t.Deal)
		}
		claims[t.Deal] = append(claims[t.Deal], t)
	}
	for _, id := range claimOrder {
		d, err := s.deal(ctx, id)
		if err != nil {
			return err
		}
		for _, chunk := range chunks(x, "claim", claims[id]) {
			s.dispatch(x, chunk, func() {
				s.sendBatch(ctx, x, "claim", d, chunk, func(ts []store.Task) (*types.Receipt, error) {
					idxs := make([]uint64, len(ts))
					for i, t := range ts {
						idxs[i] = t.Index
					}
					return s.c.ClaimBatch(ctx, d, idxs)
				})
			})
		}
	}

	views, err := s.st.RevealViews(ctx)
	if err != nil {
		return err
	}
	finals := map[common.Hash][]finalizeItem{}
	var finalOrder []common.Hash
	for _, v := range views {
		t := v.Task
		if t.Status != plan.StatusRevealing || x.held(t.ID, cursor, now) || x.gaveUp("finalize", t.ID) ||
			!chainNow.Before(t.FinalDeadline) {
			continue // past the final deadline it is claimed instead
		}
		d, err := s.deal(ctx, t.Deal)
		if err != nil {
			return err
		}
		item := finalizable(d, t, v.Contributions, v.Reveals, chainNow)
		if item != nil {
			if _, ok := finals[t.Deal]; !ok {
				finalOrder = append(finalOrder, t.Deal)
			}
			finals[t.Deal] = append(finals[t.Deal], *item)
		}
	}
	for _, id := range finalOrder {
		d, err := s.deal(ctx, id)
		if err != nil {
			return err
		}
		items := finals[id]
		slices.SortFunc(items, func(a, b finalizeItem) int { return cmp.Compare(a.task.Index, b.task.Index) })
		byID := make(map[[32]byte]finalizeItem, len(items))
		ts := make([]store.Task, len(items))
		for i, it := range items {
			ts[i], byID[it.task.ID] = it.task, it
		}
		for _, chunk := range chunks(x, "finalize", ts) {
			s.dispatch(x, chunk, func() {
				s.sendBatch(ctx, x, "finalize", d, chunk, func(ts []store.Task) (*types.Receipt, error) {
					ins := make([]sdk.FinalizeInput, len(ts))
					for i, t := range ts {
						ins[i] = byID[t.ID].input
					}
					return s.c.FinalizeBatch(ctx, d, ins)
				})
			})
		}
	}
	return nil
}

type finalizeItem struct {
	task  store.Task
	input sdk.FinalizeInput
}

// finalizable returns the finalize input of task t if it can be finalized now (nil if
// not), from its contributions cs and reveal requests rs.
func finalizable(d *sdk.Deal, t store.Task, cs []store.Contribution, rs []store.RevealRequest, chainNow time.Time) *finalizeItem {
	winners, reveals := 0, 0
	for _, c := range cs {
		if c.ResultHash == t.ConsensusValue {
			winners++
			if c.Revealed {
				reveals++
			}
		}
	}
	if reveals == 0 || t.ResultDigest == ([32]byte{}) {
		return nil
	}
	if reveals < winners && chainNow.Before(t.RevealDeadline) && !revealedDecide(d, t, cs, chainNow) {
		return nil // the other winners may still reveal, and are needed
	}
	var results, callback []byte
	for _, r := range rs {
		if len(r.Results) == 0 {
			continue
		}
		if results == nil || r.Upload {
			results = r.Results
		}
		// Callback data counts only if it is the result's (its hash is the digest).
		if len(r.Callback) > 0 && bytes.Equal(crypto.Keccak256(r.Callback), t.ResultDigest[:]) {
			callback = r.Callback
		}
	}
	if results == nil {
		return nil // wait for the uploader
	}
	if d.Callback != (common.Address{}) && callback == nil {
		return nil // the deal's callback needs the data: wait for it
	}
	return &finalizeItem{task: t, input: sdk.FinalizeInput{Index: t.Index, Digest: t.ResultDigest,
		Results: results, ResultsCallback: callback}}
}

// revealedDecide reports whether the hub lets task t be finalized before its reveal
// deadline: a fifth of the category's reference time after the reveals opened, the winners
// that revealed decide the task without the silent ones (protocol.RevealedDecide). A winner
// that vanished after contributing then holds the task a fifth of the reference time, not
// the whole reveal window.
func revealedDecide(d *sdk.Deal, t store.Task, cs []store.Contribution, chainNow time.Time) bool {
	ref := time.Duration(d.WorkClockTimeRef) * time.Second
	opened := t.RevealDeadline.Add(-protocol.RevealDeadlineRatio * ref)
	if chainNow.Before(opened.Add(ref / protocol.RevealGraceDivisor)) {
		return false
	}
	tally := protocol.NewTally(d.Trust)
	revealed := big.NewInt(1)
	for _, c := range cs {
		_, _ = tally.Vote(c.ResultHash, max(c.Weight, 2))
		if c.ResultHash == t.ConsensusValue && c.Revealed {
			revealed.Mul(revealed, new(big.Int).SetUint64(max(c.Weight, 2)))
		}
	}
	return protocol.RevealedDecide(d.Trust, tally.Total(), tally.Group(t.ConsensusValue), revealed)
}

// sendBatch sends one transaction for tasks of deal d. On success the tasks wait for the
// follower to store the block. A batch too large for one transaction (sdk.ErrTooMuchGas)
// is split in halves; any other failed batch of several tasks is retried task by task,
// so one refused task does not hold the others back; a failed single task is handled by
// afterFailure.
func (s *Scheduler) sendBatch(ctx context.Context, x *txState, kind string, d *sdk.Deal, ts []store.Task,
	send func([]store.Task) (*types.Receipt, error)) {
	if len(ts) == 0 || ctx.Err() != nil {
		return
	}
	r, err := send(ts)
	if err == nil {
		idxs := make([]uint64, len(ts))
		x.mu.Lock()
		for i, t := range ts {
			x.pending[t.ID] = r.BlockNumber.Uint64()
			idxs[i] = t.Index
			delete(x.tries, txKey{kind, t.ID})
		}
		x.mu.Unlock()
		s.log.Info(kind+" sent", "deal", d.ID.Hex(), "tasks", len(ts), "indexes", idxs, "tx", r.TxHash.Hex(),
			"block", r.BlockNumber, "gas", r.GasUsed)
		x.sizer.Used(kind, len(ts), r.GasUsed)
		s.kickAll()
		return
	}
	if ctx.Err() != nil {
		return
	}
	if len(ts) > 1 && sdk.IsTooMuchGas(err) {
		x.sizer.TooLarge(kind, len(ts))
		h := len(ts) / 2
		s.log.Info(kind+" batch too large for one transaction; splitting it", "deal", d.ID.Hex(), "tasks", len(ts),
			"halves", []int{h, len(ts) - h}, "err", err)
		s.sendBatch(ctx, x, kind, d, ts[:h], send)
		s.sendBatch(ctx, x, kind, d, ts[h:], send)
		return
	}
	if len(ts) > 1 {
		s.log.Info(kind+" batch refused; trying its tasks one by one", "deal", d.ID.Hex(), "tasks", len(ts), "err", err)
		for _, t := range ts {
			s.sendBatch(ctx, x, kind, d, []store.Task{t}, send)
		}
		return
	}
	s.afterFailure(ctx, x, kind, d, ts[0], err)
}

// afterFailure handles a refused transaction for task t by reading the task's state on
// chain rather than trying again at once: if the chain shows another state than the
// database (already finalized, claimed by someone else…), the task waits for
// the follower to catch up; otherwise it waits a while (backoff, doubling with each
// failure) and the error is logged, and after maxTxTries failures the transaction is
// given up with an error.
func (s *Scheduler) afterFailure(ctx context.Context, x *txState, kind string, d *sdk.Deal, t store.Task, err error) {
	onChain, rerr := s.c.TaskOf(ctx, d, t.Index)
	if rerr == nil && plan.Status(onChain.Status) != t.Status {
		head, herr := s.c.BlockNumber(ctx)
		if herr == nil {
			x.mu.Lock()
			x.pending[t.ID] = head
			x.mu.Unlock()
			s.log.Info(kind+" not needed: the task already changed on chain", "task", common.Hash(t.ID).Hex(),
				"on_chain", onChain.Status.String(), "stored", t.Status.String())
			return
		}
	}
	k := txKey{kind, t.ID}
	x.mu.Lock()
	defer x.mu.Unlock()
	if !sdk.IsUnreachable(err) { // an unreachable chain is waited for, not counted
		x.tries[k]++
	}
	if x.tries[k] >= maxTxTries {
		next := "nothing more will be sent for it until the scheduler restarts"
		if kind == "finalize" {
			next = "it will be claimed after its final deadline " + t.FinalDeadline.UTC().Format(time.RFC3339)
		}
		s.log.Error(kind+" failed too many times; giving it up", "task", common.Hash(t.ID).Hex(), "deal", d.ID.Hex(),
			"index", t.Index, "tries", x.tries[k], "err", err, "next", next)
		return
	}
	wait := max(10*s.cfg.PollInterval, time.Second) << max(x.tries[k]-1, 0)
	x.backoff[t.ID] = s.now().Add(wait)
	s.log.Warn(kind+" failed", "task", common.Hash(t.ID).Hex(), "deal", d.ID.Hex(), "index", t.Index, "err", err,
		"try", x.tries[k], "of", maxTxTries, "retry_in", wait)
}
