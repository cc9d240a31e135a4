package worker

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// maxBatch is the most tasks one transaction carries; batches are smaller when the gas
// earlier batches used says that this many would not fit one transaction (sdk.BatchSizer).
const maxBatch = 50

// maxChainTries is how many times a task's transaction is tried when it fails for a
// reason that is neither the contract's refusal nor an unreachable chain (a node that
// refuses the transaction, one sent but never mined…); then the task is checked on chain
// and, not done there, handed back to the scheduler as failed.
const maxChainTries = 5

type opKind int

const (
	opContribute opKind = iota
	opReveal
	opContributeAndFinalize
)

func (k opKind) String() string {
	return [...]string{"contribute", "reveal", "contributeAndFinalize"}[k]
}

// phase is the task phase an operation of this kind starts from.
func (k opKind) phase() Phase {
	if k == opReveal {
		return PhaseContributed
	}
	return PhaseComputed
}

// chainOp is one task's transaction, as the chain goroutine batches it.
type chainOp struct {
	kind     opKind
	at       time.Time // when it was queued
	t        *task
	deal     *sdk.Deal
	index    uint64
	digest   [32]byte
	auth     []byte
	permit   []byte // the scheduler's reveal permit (a reveal)
	result   []byte
	callback []byte // resultsCallback, for a deal with a callback contract
	// enclave and enclaveSign, for a TEE task's contribution: the task's enclave and its
	// signature of the contribution (auth is then the authorization for that enclave).
	enclave     common.Address
	enclaveSign []byte
}

// enqueueLocked hands t's next transaction to the chain goroutine.
func (w *Worker) enqueueLocked(t *task, kind opKind) {
	j := t.rec.Job
	op := &chainOp{kind: kind, at: time.Now(), t: t, deal: j.Deal, index: j.Index, digest: t.rec.Digest,
		auth: j.Authorization, permit: t.rec.Permit, result: t.rec.Results}
	if j.Deal.Callback != (common.Address{}) {
		op.callback = t.rec.Callback
	}
	if kind != opReveal {
		if err := w.enclaveSignLocked(t, op); err != nil {
			w.failLocked(t, "cannot sign the contribution as the task's enclave: "+err.Error())
			return
		}
	}
	t.queued = true
	w.chainMu.Lock()
	w.chainOps = append(w.chainOps, op)
	w.chainMu.Unlock()
	w.wakeChain()
}

// chainLoop is the only goroutine that starts transactions. It gathers operations until
// the oldest has waited BatchWindow, or sooner once no other result is coming (see more),
// then sends one transaction per deal and kind, and waits for them in a goroutine of
// their own while it gathers the next (at most Config.TxInFlight batches at once). The sdk
// client reads the account's next nonce and sends under one lock, so nonces follow each
// other. Operations whose transaction could not be sent (the chain unreachable) are
// queued again after a pause that grows with each failure in a row.
func (w *Worker) chainLoop(ctx context.Context) {
	var (
		wg       sync.WaitGroup
		inFlight = make(chan struct{}, w.cfg.TxInFlight)
		mu       sync.Mutex
		backoff  = time.Second
	)
	defer wg.Wait()
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.chainWake:
		}
		if !w.gather(ctx) {
			return
		}
		select {
		case inFlight <- struct{}{}:
		case <-ctx.Done():
			return
		}
		w.chainMu.Lock()
		ops := w.chainOps
		w.chainOps = nil
		w.chainMu.Unlock()
		if len(ops) == 0 {
			<-inFlight
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			retry := w.flush(ctx, ops)
			<-inFlight
			if ctx.Err() != nil {
				return
			}
			mu.Lock()
			pause := backoff
			if len(retry) == 0 {
				backoff = time.Second
			} else {
				backoff = min(2*backoff, time.Minute)
			}
			mu.Unlock()
			if len(retry) > 0 {
				// Kept out of the queue during the pause, so that the next batch does
				// not send them again at once.
				if !sleep(ctx, pause) {
					return
				}
				w.chainMu.Lock()
				w.chainOps = append(retry, w.chainOps...)
				w.chainMu.Unlock()
			}
			w.wakeChain() // operations queued while the loop waited for a free batch
		}()
	}
}

// gather waits, while operations are queued, until the oldest has waited BatchWindow or
// no other result is coming; it returns false when ctx ends. Each new operation (or a
// run that ended) wakes it to check again.
func (w *Worker) gather(ctx context.Context) bool {
	for {
		w.chainMu.Lock()
		var oldest time.Time
		if len(w.chainOps) > 0 {
			oldest = w.chainOps[0].at
			for _, op := range w.chainOps[1:] {
				if op.at.Before(oldest) {
					oldest = op.at
				}
			}
		}
		w.chainMu.Unlock()
		left := w.cfg.BatchWindow - time.Since(oldest)
		if oldest.IsZero() || left <= 0 || !w.more() {
			return ctx.Err() == nil
		}
		t := time.NewTimer(left)
		select {
		case <-ctx.Done():
			t.Stop()
			return false
		case <-t.C:
		case <-w.chainWake:
			t.Stop()
		}
	}
}

// more reports whether another result may come soon, worth waiting for in the batch: a
// task running or waiting for a slot, or computed and not handed to the chain goroutine
// yet (uploading before contributeAndFinalize).
func (w *Worker) more() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, t := range w.tasks {
		if t.rec.Phase == PhaseRunning || (t.rec.Phase == PhaseComputed && !t.queued) {
			return true
		}
	}
	return false
}

// wakeChain wakes the chain goroutine.
func (w *Worker) wakeChain() {
	select {
	case w.chainWake <- struct{}{}:
	default:
	}
}

// opKey is a batch's kind and deal: flush sends one batch (or more, when too large for
// one transaction) per key.
type opKey struct {
	kind opKind
	deal common.Hash
}

// maxMultiDeal is the most tasks one transaction of several deals' results carries
// (fewer when the gas earlier ones used says they would not fit).
const maxMultiDeal = 4 * maxBatch

// flush sends ops, one batch per kind and deal, all at once, and returns those to try
// again later (the chain could not be reached). Trust-1 results of several deals share
// transactions (see multiDeal).
func (w *Worker) flush(ctx context.Context, ops []*chainOp) (retry []*chainOp) {
	var order []opKey
	groups := map[opKey][]*chainOp{}
	w.mu.Lock()
	for _, op := range ops {
		if !w.currentLocked(op.t) || op.t.rec.Phase != op.kind.phase() {
			op.t.queued = false
			continue // dropped or moved on meanwhile
		}
		k := opKey{op.kind, op.deal.ID}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], op)
	}
	w.mu.Unlock()
	// A contribution's digest must be on disk before the contribution is sent (the
	// worker must be able to reveal what it committed, even after a crash). A
	// contributeAndFinalize leaves nothing to reveal: its computed step is not synced
	// (see runTask).
	synced := true
	for _, k := range order {
		if k.kind == opContribute {
			synced = w.syncState() == nil
			break
		}
	}
	// The groups go out together, each waited for in its own goroutine: a contribution
	// does not wait for the receipt of a reveal gathered with it (it would miss that
	// block). The sdk client sends one at a time, so nonces still follow each other.
	var (
		mu sync.Mutex
		wg sync.WaitGroup
	)
	multi, order := w.multiDeal(ctx, order, groups)
	for _, batches := range multi {
		wg.Add(1)
		go func() {
			defer wg.Done()
			back := w.sendDeals(ctx, batches)
			mu.Lock()
			retry = append(retry, back...)
			mu.Unlock()
		}()
	}
	for _, k := range order {
		g := groups[k]
		if k.kind == opContribute && !synced {
			mu.Lock()
			retry = append(retry, g...)
			mu.Unlock()
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			var back []*chainOp
			for len(g) > 0 {
				n := w.sizer.Size(k.kind.String(), len(g), maxBatch)
				back = append(back, w.send(ctx, g[:n])...)
				g = g[n:]
			}
			mu.Lock()
			retry = append(retry, back...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return retry
}

// multiDeal takes from order the contributeAndFinalize groups of deals without a
// callback contract and, when there are two or more and the hub can run several calls in
// one transaction (sdk.Client.HasMulticall), returns them as transactions of several
// deals' batches: one transaction's fixed cost (about 67,000 gas as measured, the
// signature, the receipt) for all the deals of a flush instead of one per deal. Each
// batch holds at most maxBatch tasks, each transaction at most maxMultiDeal, both fewer
// when the gas earlier transactions used says they would not fit. What it does not take
// stays in the order it returns.
func (w *Worker) multiDeal(ctx context.Context, order []opKey, groups map[opKey][]*chainOp) (txs [][][]*chainOp, rest []opKey) {
	var take []opKey
	for _, k := range order {
		if k.kind == opContributeAndFinalize && groups[k][0].deal.Callback == (common.Address{}) {
			take = append(take, k)
		} else {
			rest = append(rest, k)
		}
	}
	if len(take) < 2 {
		return nil, order
	}
	if ok, err := w.cfg.Client.HasMulticall(ctx); !ok {
		if err != nil {
			w.log.Debug("cannot tell whether the hub has a multicall; sending a transaction per deal", "err", err)
		}
		return nil, order
	}
	kind := opContributeAndFinalize.String()
	var (
		cur [][]*chainOp
		n   int
	)
	for _, k := range take {
		for g := groups[k]; len(g) > 0; {
			m := w.sizer.Size(kind, len(g), maxBatch)
			if n > 0 && w.sizer.Size(kind, n+m, maxMultiDeal) < n+m {
				txs = append(txs, cur)
				cur, n = nil, 0
			}
			cur = append(cur, g[:m])
			n += m
			g = g[m:]
		}
	}
	return append(txs, cur), rest
}

// sendDeals sends batches of several deals' contributeAndFinalize in one transaction.
// When that fails for any reason but an unreachable chain, each batch is sent on its own
// (send), which finds the one the contract refuses, splits what is too large and counts
// failed tries, as for any batch.
func (w *Worker) sendDeals(ctx context.Context, batches [][]*chainOp) (retry []*chainOp) {
	if len(batches) == 1 {
		return w.send(ctx, batches[0])
	}
	in := make([]sdk.DealResults, len(batches))
	var all []*chainOp
	for i, b := range batches {
		in[i] = sdk.DealResults{Deal: b[0].deal, Items: cafInputs(b)}
		all = append(all, b...)
	}
	kind := opContributeAndFinalize
	r, err := w.cfg.Client.ContributeAndFinalizeDeals(ctx, in)
	switch {
	case err == nil:
		w.log.Info("transaction mined", "op", kind, "deals", len(batches), "tasks", len(all), "tx", r.TxHash.Hex(), "gas", r.GasUsed)
		w.sizer.Used(kind.String(), len(all), r.GasUsed)
		for _, op := range all {
			w.done(op, r.TxHash, nil)
		}
		return nil
	case ctx.Err() != nil:
		return all
	case sdk.CodeOf(err) == "" && sdk.IsUnreachable(err):
		w.log.Warn("cannot reach the chain; trying again", "op", kind, "deals", len(batches), "tasks", len(all), "err", err)
		return all
	}
	if sdk.IsTooMuchGas(err) {
		w.sizer.TooLarge(kind.String(), len(all))
	}
	w.log.Info("transaction of several deals failed; sending each deal's batch on its own", "op", kind,
		"deals", len(batches), "tasks", len(all), "err", err)
	for _, b := range batches {
		retry = append(retry, w.send(ctx, b)...)
	}
	return retry
}

// send sends one batch. A batch too large for one transaction (sdk.ErrTooMuchGas) is
// split in halves, each sent on its own. A refusal by the contract splits the batch into
// single transactions, so one task that moved on does not hold the others back; a single
// refused task is checked on chain (it may be done already) and otherwise given up. Any
// other failure is tried again later, unchanged, at most maxChainTries times (an
// unreachable chain is waited for without counting).
func (w *Worker) send(ctx context.Context, ops []*chainOp) (retry []*chainOp) {
	deal, kind := ops[0].deal, ops[0].kind
	r, err := w.transact(ctx, kind, deal, ops)
	switch {
	case err == nil:
		w.log.Info("transaction mined", "op", kind, "deal", deal.ID.Hex(), "tasks", len(ops), "tx", r.TxHash.Hex(), "gas", r.GasUsed)
		w.sizer.Used(kind.String(), len(ops), r.GasUsed)
		for _, op := range ops {
			w.done(op, r.TxHash, nil)
		}
		return nil
	case ctx.Err() != nil:
		return ops
	case sdk.IsTooMuchGas(err) && len(ops) > 1:
		w.sizer.TooLarge(kind.String(), len(ops))
		h := len(ops) / 2
		w.log.Info("batch too large for one transaction; splitting it", "op", kind, "deal", deal.ID.Hex(),
			"tasks", len(ops), "halves", []int{h, len(ops) - h}, "err", err)
		retry = append(retry, w.send(ctx, ops[:h])...)
		return append(retry, w.send(ctx, ops[h:])...)
	case sdk.IsTooMuchGas(err):
		// One task alone does not fit a transaction: nothing to split, no use retrying.
		return w.refused(ctx, ops[0], err)
	case sdk.CodeOf(err) == "" && sdk.IsUnreachable(err):
		w.log.Warn("cannot reach the chain; trying again", "op", kind, "deal", deal.ID.Hex(), "tasks", len(ops), "err", err)
		return ops
	case sdk.CodeOf(err) == "":
		return w.failedTry(ctx, ops, err)
	case len(ops) > 1:
		w.log.Info("batch refused; sending its tasks one by one", "op", kind, "deal", deal.ID.Hex(), "tasks", len(ops), "err", err)
		for _, op := range ops {
			retry = append(retry, w.send(ctx, []*chainOp{op})...)
		}
		return retry
	}
	return w.refused(ctx, ops[0], err)
}

// failedTry counts a failed attempt at the transaction of ops (saved with each task) and
// returns them to try again later, or, for the tasks that reached maxChainTries, logs
// why and gives them up: each is checked on chain (a transaction mined after all counts)
// and otherwise reported failed, so the scheduler hands it to another worker.
func (w *Worker) failedTry(ctx context.Context, ops []*chainOp, err error) (retry []*chainOp) {
	kind, deal := ops[0].kind, ops[0].deal
	var exhausted []*chainOp
	w.mu.Lock()
	for _, op := range ops {
		if !w.currentLocked(op.t) {
			op.t.queued = false
			continue
		}
		op.t.rec.ChainTries++
		w.saveLocked(op.t)
		if op.t.rec.ChainTries >= maxChainTries {
			exhausted = append(exhausted, op)
		} else {
			retry = append(retry, op)
		}
	}
	w.mu.Unlock()
	if len(retry) > 0 {
		w.log.Warn("transaction failed; trying again", "op", kind, "deal", deal.ID.Hex(), "tasks", len(retry),
			"try", retry[0].t.rec.ChainTries, "of", maxChainTries, "err", err)
	}
	if len(exhausted) > 0 {
		w.log.Error("transaction failed too many times; handing its tasks back", "op", kind, "deal", deal.ID.Hex(),
			"tasks", len(exhausted), "tries", maxChainTries, "err", err)
		giveUp := fmt.Errorf("its transaction failed %d times (last: %w)", maxChainTries, err)
		for _, op := range exhausted {
			back := w.refused(ctx, op, giveUp)
			if len(back) == 0 || ctx.Err() != nil {
				retry = append(retry, back...)
				continue
			}
			// The chain could not be read to check the task: give it up all the same,
			// rather than send its transaction again.
			w.mu.Lock()
			op.t.queued = false
			if w.currentLocked(op.t) {
				w.failLocked(op.t, fmt.Sprintf("%s %v", kind, giveUp))
			}
			w.mu.Unlock()
		}
	}
	return retry
}

// transact sends the batch transaction of ops (one kind, one deal).
func (w *Worker) transact(ctx context.Context, kind opKind, deal *sdk.Deal, ops []*chainOp) (*types.Receipt, error) {
	c := w.cfg.Client
	switch kind {
	case opContribute:
		ins := make([]sdk.ContributeInput, len(ops))
		for i, op := range ops {
			ins[i] = sdk.ContributeInput{Index: op.index, Digest: op.digest, Authorization: op.auth,
				Enclave: op.enclave, EnclaveSign: op.enclaveSign}
		}
		return c.ContributeBatch(ctx, deal, ins)
	case opReveal:
		ins := make([]sdk.RevealInput, len(ops))
		for i, op := range ops {
			ins[i] = sdk.RevealInput{Index: op.index, Digest: op.digest, Permit: op.permit}
		}
		return c.RevealBatch(ctx, deal, ins)
	default:
		return c.ContributeAndFinalizeBatch(ctx, deal, cafInputs(ops))
	}
}

// cafInputs are the contributeAndFinalize inputs of ops.
func cafInputs(ops []*chainOp) []sdk.ContributeAndFinalizeInput {
	ins := make([]sdk.ContributeAndFinalizeInput, len(ops))
	for i, op := range ops {
		ins[i] = sdk.ContributeAndFinalizeInput{Index: op.index, Digest: op.digest, Results: op.result,
			ResultsCallback: op.callback, Authorization: op.auth, Enclave: op.enclave, EnclaveSign: op.enclaveSign}
	}
	return ins
}

// refused handles a task whose transaction the contract refused: if the chain shows it
// done by this worker (a transaction mined before a restart, or sent twice), it is a
// success; otherwise the task moved on (deadline passed, finalized…) or cannot
// be done: it is reported failed and dropped.
func (w *Worker) refused(ctx context.Context, op *chainOp, err error) []*chainOp {
	t, e := w.cfg.Client.TaskOf(ctx, op.deal, op.index)
	if e != nil {
		if ctx.Err() != nil || sdk.CodeOf(e) == "" {
			return []*chainOp{op} // cannot read the chain: try again later
		}
	}
	if t != nil {
		if ct, ok := t.Contribution(w.addr); ok {
			done := false
			switch op.kind {
			case opContribute:
				done = ct.ResultHash == common.Hash(protocol.ResultHash(t.ID, op.digest))
			case opReveal:
				done = ct.Status == sdk.ContributionProved
			case opContributeAndFinalize:
				done = t.Status == sdk.TaskCompleted && t.ResultDigest == common.Hash(op.digest)
			}
			if done {
				w.log.Info("the chain shows the task already done", "op", op.kind, "task", t.ID.Hex())
				tx := ct.TxHash // the contribution's transaction
				if op.kind == opReveal {
					tx = common.Hash{} // the reveal's is not at hand
				}
				w.done(op, tx, t)
				return nil
			}
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	op.t.queued = false
	if !w.currentLocked(op.t) {
		return nil
	}
	if why, ok := movedOn(op.kind, t); ok {
		// Not a failure: the task went on (or ended) without this worker's part, which
		// happens to a replicate withdrawn or outrun by other workers.
		w.log.Info("the task went on without this worker: dropped", "task", op.t.id.Hex(), "op", op.kind, "why", why)
		w.reportLocked(api.Report{TaskID: op.t.id, Step: api.StepFailed, NotNeeded: true,
			Error: op.kind.String() + " not needed: " + why})
		w.dropLocked(op.t)
		return nil
	}
	w.failLocked(op.t, fmt.Sprintf("%s refused: %v", op.kind, err))
	return nil
}

// movedOn reports whether the chain's task t (nil: unknown) no longer takes what an
// operation of kind brings, and why: a contribution once its reveals opened or it ended,
// a reveal or contributeAndFinalize once it ended.
func movedOn(kind opKind, t *sdk.Task) (string, bool) {
	switch {
	case t == nil:
		return "", false
	case t.Status.Final():
		return "the task is " + t.Status.String(), true
	case kind == opContribute && t.Status == sdk.TaskRevealing:
		return "the task's reveals opened without this contribution", true
	}
	return "", false
}

// done records a mined operation: new phase, saved, reported. chainTask, when known, is
// the task as read from the chain.
func (w *Worker) done(op *chainOp, tx common.Hash, chainTask *sdk.Task) {
	w.mu.Lock()
	defer w.mu.Unlock()
	t := op.t
	t.queued = false
	if !w.currentLocked(t) {
		return
	}
	t.rec.ChainTries = 0 // saved below with the new phase
	switch op.kind {
	case opContribute:
		t.rec.Phase, t.rec.ContributeTx = PhaseContributed, tx
		w.saveLocked(t)
		w.reportProgressLocked(t)
		if t.rec.RevealAsked {
			w.enqueueLocked(t, opReveal)
		}
	case opReveal:
		t.rec.Phase, t.rec.RevealTx = PhaseRevealed, tx
		w.saveLocked(t)
		w.reportProgressLocked(t) // revealed
		// The result is uploaded once the reveal is mined, not when it is sent. The
		// contract takes contributions until the task's first reveal (with the
		// scheduler's permit) is mined and turns it REVEALING; the scheduler gives the
		// permit to every winner at once, so this reveal may be the one that opens the
		// reveals. Uploaded before it is mined, the plain result would be public while
		// contributions are still taken: a replica or check the scheduler assigned and
		// that has not contributed yet could copy its digest and contribute it without
		// running the task. A pending reveal shows the digest to who reads a public
		// mempool, but the store is read by more (private mempools, sequencers), and if
		// the reveal fails (no consensus after all: another contribution landed first)
		// the task stays ACTIVE with the result public. Once the reveal is mined the task
		// is REVEALING for good and copying is useless. The cost is small: the receipt is
		// seen as soon as its block is (sdk: head subscription), and the scheduler's
		// finalize goes in the next block either way.
		if t.rec.UploadAsked && !t.rec.Uploaded && !t.uploading {
			w.startUpload(w.runCtx, t)
		}
	case opContributeAndFinalize:
		results := t.rec.Results
		if chainTask != nil && len(chainTask.Results) > 0 {
			results = chainTask.Results
		}
		w.reportLocked(api.Report{TaskID: t.id, Step: api.StepFinalized, Tx: txPtr(tx), Results: results})
		w.log.Info("task finalized", "task", t.id.Hex(), "results", string(results))
		w.dropLocked(t)
	}
}
