package worker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/worker/job"
)

// infraRetries is how many times a task whose run fails for an infrastructure reason
// (store or chain unreachable, disk error) is tried before the worker gives it up.
const infraRetries = 3

// permanent is an error that retrying will not fix: the task is given up at once.
type permanent struct{ msg string }

func (p *permanent) Error() string { return p.msg }

func refuse(format string, args ...any) error { return &permanent{msg: fmt.Sprintf(format, args...)} }

// startRun runs t in a goroutine: wait for a slot, prepare, run, keep the result, then
// hand it to the chain goroutine.
func (w *Worker) startRun(ctx context.Context, t *task) {
	tctx, cancel := context.WithCancel(ctx)
	t.cancel = cancel
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer cancel()
		w.runTask(tctx, ctx, t)
	}()
}

// runTask runs t under tctx (canceled when the task is dropped) within the worker's ctx.
func (w *Worker) runTask(tctx, ctx context.Context, t *task) {
	log := w.log.With("task", t.id.Hex())
	select {
	case w.slots <- struct{}{}:
	case <-tctx.Done():
		return
	}
	released := false
	release := func() {
		if !released {
			released = true
			<-w.slots
		}
	}
	defer release()

	w.mu.Lock()
	if !w.currentLocked(t) {
		w.mu.Unlock()
		return
	}
	t.reported = api.StepStarted
	w.reportLocked(api.Report{TaskID: t.id, Step: api.StepStarted})
	jb := t.rec.Job
	w.mu.Unlock()

	// A GPU task takes one of the worker's GPUs for its run (the scheduler gives at
	// most as many GPU tasks as GPUs: this only waits for a run that is ending).
	var gpus []string
	if jb.Deal.Tag.HasGPU() && cap(w.gpus) > 0 {
		select {
		case id := <-w.gpus:
			gpus = []string{id}
		case <-tctx.Done():
			return
		}
	}
	releaseGPU := func() {
		for _, id := range gpus {
			w.gpus <- id
		}
		gpus = nil
	}
	defer releaseGPU()

	var out job.Outcome
	var err error
	var took time.Duration
	for attempt := 1; ; attempt++ {
		t0 := time.Now()
		out, err = w.runOnce(tctx, t, jb, gpus)
		took = time.Since(t0)
		var p *permanent
		if err == nil || errors.As(err, &p) || tctx.Err() != nil || attempt >= infraRetries {
			break
		}
		wait := time.Duration(attempt) * 2 * time.Second
		log.Warn("the run failed; trying again", "err", err, "retry", wait)
		if !sleep(tctx, wait) {
			break
		}
	}
	releaseGPU()
	release()

	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.currentLocked(t) || ctx.Err() != nil {
		// Dropped meanwhile, or the worker is stopping: the state says "running", and
		// the next start runs the task again.
		if !w.currentLocked(t) {
			w.results.Drop(t.id)
		}
		return
	}
	if err != nil {
		w.failLocked(t, err.Error())
		return
	}
	if w.cfg.OnTask != nil {
		w.cfg.OnTask(TaskTiming{Task: t.id, Total: took, App: out.Duration})
	}
	digest := common.Hash(out.Digest)
	t.rec.Phase, t.rec.Digest, t.rec.Results = PhaseComputed, digest, out.ResultsJSON
	t.rec.Failed, t.rec.Code, t.rec.Callback = out.Failed, out.Code, out.Callback
	t.rec.Result = out.Result // nil when kept in StateDir/results
	if !t.rec.Job.Finalize {
		if out.ResultFile != "" {
			w.resultsKept.Store(true) // its folder synced with the record (syncState)
		}
		w.saveDurableLocked(t) // before the contribution: see saveDurableLocked
	}
	// A trust-1 task's computed step is not saved: its contributeAndFinalize commits to
	// nothing that must be revealed later, and it is forgotten as soon as that is mined
	// (about a block). A worker stopped meanwhile runs the task again from its accepted
	// record; a contributeAndFinalize already mined is then refused and found done on
	// chain (see refused). Saving it would cost a file created and removed per task.
	if out.Failed {
		log.Info("the app failed: contributing the error result", "code", out.Code, "reason", out.Reason, "digest", digest.Hex())
	} else {
		log.Info("result computed", "digest", digest.Hex(), "duration", out.Duration.Round(time.Millisecond), "location", out.Location)
	}
	w.reportProgressLocked(t)
	w.afterComputeLocked(ctx, t)
}

// afterComputeLocked sends a computed task on: contribute, or (trust 1) upload and
// contributeAndFinalize.
func (w *Worker) afterComputeLocked(ctx context.Context, t *task) {
	if !t.rec.Job.Finalize {
		w.enqueueLocked(t, opContribute)
		return
	}
	if t.rec.Uploaded {
		w.enqueueLocked(t, opContributeAndFinalize)
		return
	}
	w.uploadThen(ctx, t, func(err error) {
		if err != nil {
			w.failLocked(t, "cannot upload the result before contributeAndFinalize: "+err.Error())
			return
		}
		w.enqueueLocked(t, opContributeAndFinalize)
	})
}

// runOnce reads what the job needs from the chain and runs it. Errors are *permanent
// when the task cannot be run by this worker at all.
func (w *Worker) runOnce(ctx context.Context, t *task, j api.Job, gpus []string) (job.Outcome, error) {
	jj, runner, params, err := w.prepare(ctx, j)
	if err != nil {
		return job.Outcome{}, err
	}
	if j.Deal.Tag.HasTEE() {
		if err := w.confidential(ctx, t, j, params, &jj); err != nil {
			return job.Outcome{}, err
		}
	}
	jj.GPUs = gpus
	if sab := w.cfg.Saboteur; sab != nil {
		jj.Tamper = func(outDir string) error {
			lie := sab.Lie(ctx, w.addr, j.Deal, j.Index)
			if lie == nil {
				return nil
			}
			w.log.Warn("SABOTEUR (testing aid): replacing the task's output with a lie", "task", j.TaskID.Hex())
			if err := os.RemoveAll(outDir); err != nil {
				return err
			}
			if err := os.MkdirAll(outDir, 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(outDir, "result.txt"), lie, 0o644)
		}
	}
	return runner.Run(ctx, jj)
}

// prepare builds the job.Job of j from the chain: the deal checked against the hub, the
// app and dataset from their registries (not the scheduler's word), the deal's params.
// What the chain says about a deal, an app or a dataset cannot change: it is read once
// per worker (chainCache), so the other tasks of a deal cost no chain call.
func (w *Worker) prepare(ctx context.Context, j api.Job) (job.Job, *job.Runner, api.Params, error) {
	deal := j.Deal
	onChain, err := w.dealOnChain(ctx, deal)
	if err != nil {
		return job.Job{}, nil, api.Params{}, err
	}
	if !onChain {
		return job.Job{}, nil, api.Params{}, refuse("the deal the scheduler sent is not deal %s as recorded on chain", deal.ID.Hex())
	}
	if j.Index < deal.BotFirst || j.Index-deal.BotFirst >= deal.BotSize {
		return job.Job{}, nil, api.Params{}, refuse("task index %d is outside deal %s (tasks %d to %d)", j.Index, deal.ID.Hex(), deal.BotFirst, deal.BotFirst+deal.BotSize-1)
	}
	params, err := api.ParseParams(deal.Params)
	if err != nil {
		return job.Job{}, nil, api.Params{}, refuse("%v", err)
	}
	if err := w.checkConfidential(deal, params); err != nil {
		return job.Job{}, nil, api.Params{}, err
	}
	app, err := w.app(ctx, deal.App)
	if err != nil {
		if errors.Is(err, sdk.ErrNotFound) {
			return job.Job{}, nil, api.Params{}, refuse("app %s: %v", deal.App.Hex(), err)
		}
		return job.Job{}, nil, api.Params{}, fmt.Errorf("reading app %s: %w", deal.App.Hex(), err)
	}
	name := api.ExecutorOf(app.Type)
	runner := w.runners[name]
	if runner == nil {
		have := make([]string, 0, len(w.runners))
		for n := range w.runners {
			have = append(have, n)
		}
		sort.Strings(have)
		what := fmt.Sprintf("the %q executor", name)
		if name == "" {
			what = "no known executor"
		}
		return job.Job{}, nil, api.Params{}, refuse("app %s has type %q, which needs %s; this worker has %s", deal.App.Hex(), app.Type, what, strings.Join(have, ", "))
	}
	if deal.Tag.HasGPU() {
		switch {
		case w.cfg.GPUs == 0:
			return job.Job{}, nil, api.Params{}, refuse("the deal asks for a GPU (tag bit 8); this worker has none")
		case !runner.Executor.Capabilities().GPU:
			return job.Job{}, nil, api.Params{}, refuse("the deal asks for a GPU, but app %s runs with the %q executor, which cannot expose one here", deal.App.Hex(), name)
		}
	}
	jj := job.Job{
		TaskID: j.TaskID, DealID: deal.ID,
		// The app sees its index in the deal's bag, from 0.
		BagSize: deal.BotSize, Index: j.Index - deal.BotFirst,
		App:    job.AppRef{Multiaddr: app.Multiaddr, Checksum: app.Checksum, Image: name == "oci"},
		Inputs: params.Inputs,
		Args:   params.ArgList(),
		Limits: executor.Limits{Time: time.Duration(deal.WorkClockTimeRef) * time.Second,
			MemoryBytes: w.cfg.MemoryBytes, OutputBytes: w.cfg.OutputBytes},
		Replicated: deal.Trust > 1,
	}
	if deal.HasDataset() {
		ds, err := w.dataset(ctx, deal.Dataset)
		if err != nil {
			if errors.Is(err, sdk.ErrNotFound) {
				return job.Job{}, nil, api.Params{}, refuse("dataset %s: %v", deal.Dataset.Hex(), err)
			}
			return job.Job{}, nil, api.Params{}, fmt.Errorf("reading dataset %s: %w", deal.Dataset.Hex(), err)
		}
		jj.Dataset = &job.DatasetRef{Multiaddr: ds.Multiaddr, Checksum: ds.Checksum}
	}
	return jj, runner, params, nil
}
