package worker

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// reportWorker is a worker with only its report queue and loop, logged in to a fake
// scheduler: enough to test how reports travel.
func reportWorker(t *testing.T) (*Worker, *fakeScheduler) {
	t.Helper()
	owner := must(crypto.GenerateKey())
	f, srv := newFakeScheduler(t, common.Address{1}, owner)
	w := &Worker{api: api.NewClient(srv.URL, nil), reportWake: make(chan struct{}, 1),
		tasks: map[common.Hash]*task{}, dropped: map[common.Hash]uint64{},
		log: slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	must(w.api.Login(bg, must(crypto.GenerateKey())))
	return w, f
}

// startReports runs w's report loop until the end of the test.
func startReports(t *testing.T, w *Worker) {
	ctx, cancel := context.WithCancel(bg)
	done := make(chan struct{})
	go func() { defer close(done); w.reportLoop(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
}

// someReports queues n reports of n tasks and returns them.
func someReports(w *Worker, n int) []api.Report {
	var rs []api.Report
	for i := range n {
		r := api.Report{TaskID: common.Hash{byte(i + 1)}, Step: api.StepStarted}
		rs = append(rs, r)
		w.report(r)
	}
	return rs
}

// taken is the task of each report f took from w, in order.
func (f *fakeScheduler) taken() []common.Hash {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []common.Hash
	for _, r := range f.reports {
		out = append(out, r.TaskID)
	}
	return out
}

func ids(rs ...api.Report) []common.Hash {
	var out []common.Hash
	for _, r := range rs {
		out = append(out, r.TaskID)
	}
	return out
}

// waitQueueEmpty waits until w's report queue is empty.
func (w *Worker) waitQueueEmpty(t *testing.T) {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		w.reportMu.Lock()
		n := len(w.reportQ)
		w.reportMu.Unlock()
		if n == 0 {
			return
		}
		if time.Now().After(end) {
			t.Fatalf("%d reports still queued after 20 s", n)
		}
	}
}

// Everything queued goes in one request; a report the scheduler refuses for good is
// dropped (and counts as delivered) without holding back the others.
func TestQueuedReportsGoInOneRequest(t *testing.T) {
	w, f := reportWorker(t)
	rs := someReports(w, 5)
	refused := rs[2].TaskID
	f.answer = func(r api.Report) int {
		if r.TaskID == refused {
			return http.StatusNotFound
		}
		return 0
	}
	// The refused task was dropped by the worker while its report was queued: once the
	// report leaves the queue, the request for work outstanding (7) is the last whose
	// answer may hold its job unknowingly.
	w.dropped[refused], w.pollSeq = 0, 7
	startReports(t, w)
	f.waitFor("four reports taken", func() bool { return len(f.reports) == 4 })
	w.waitQueueEmpty(t)

	if got, want := f.taken(), ids(rs[0], rs[1], rs[3], rs[4]); !slices.Equal(got, want) {
		t.Errorf("taken %x, want %x", got, want)
	}
	f.mu.Lock()
	batches, singles := slices.Clone(f.batches), f.singles
	f.mu.Unlock()
	if !slices.Equal(batches, []int{5}) || singles != 0 {
		t.Errorf("requests: batches %v and %d single reports, want one batch of 5", batches, singles)
	}
	w.mu.Lock()
	at := w.dropped[refused]
	w.mu.Unlock()
	if at != 7 {
		t.Errorf("the refused report's task is marked delivered at poll %d, want 7", at)
	}
}

// A report the scheduler cannot take now (5xx) is sent again with those after it, in
// order; those it took before are not sent again.
func TestAReportNotTakenIsSentAgainInOrder(t *testing.T) {
	w, f := reportWorker(t)
	rs := someReports(w, 4)
	failOnce := true
	f.answer = func(r api.Report) int {
		if r.TaskID == rs[1].TaskID && failOnce {
			failOnce = false
			return http.StatusInternalServerError
		}
		return 0
	}
	startReports(t, w)
	f.waitFor("four reports taken", func() bool { return len(f.reports) == 4 })
	w.waitQueueEmpty(t)
	if got, want := f.taken(), ids(rs...); !slices.Equal(got, want) {
		t.Errorf("taken %x, want %x: each once, in order", got, want)
	}
	f.mu.Lock()
	batches := slices.Clone(f.batches)
	f.mu.Unlock()
	if !slices.Equal(batches, []int{4, 3}) {
		t.Errorf("batches %v, want [4 3]: the failed report and those after it sent again", batches)
	}
}

// A scheduler from before the batch endpoint (404) gets one report per request, in
// order, for the rest of the session; a refusal still drops only its report.
func TestReportsFallBackToOneRequestEach(t *testing.T) {
	w, f := reportWorker(t)
	f.noBatch = true
	rs := someReports(w, 4)
	f.answer = func(r api.Report) int {
		if r.TaskID == rs[1].TaskID {
			return http.StatusNotFound
		}
		return 0
	}
	startReports(t, w)
	f.waitFor("three reports taken", func() bool { return len(f.reports) == 3 })
	w.waitQueueEmpty(t)
	more := api.Report{TaskID: common.Hash{9}, Step: api.StepComputed}
	w.report(more)
	f.waitFor("the next report taken", func() bool { return len(f.reports) == 4 })
	if got, want := f.taken(), ids(rs[0], rs[2], rs[3], more); !slices.Equal(got, want) {
		t.Errorf("taken %x, want %x", got, want)
	}
	f.mu.Lock()
	batches, singles := len(f.batches), f.singles
	f.mu.Unlock()
	if batches != 0 || singles != 5 {
		t.Errorf("%d batches and %d single requests, want 0 and 5", batches, singles)
	}
}

// A worker stopped while the scheduler could not take its reports reports each task's
// progress again after a restart (the queue lives in memory).
func TestReportsQueuedAtAStopAreSentAfterTheRestart(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	state := t.TempDir()
	deal := te.deal(te.hello, 1, 3) // trust 3: the task stays ACTIVE after its contribution
	id := deal.TaskID(deal.BotFirst)
	te.sched.mu.Lock()
	te.sched.answer = func(api.Report) int { return http.StatusServiceUnavailable }
	te.sched.mu.Unlock()

	w := te.start(te.config(acc, state))
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{te.sched.job(deal, deal.BotFirst, acc.Address, false)}})
	for end := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		w.reportMu.Lock()
		var steps []api.Step
		for _, r := range w.reportQ {
			steps = append(steps, r.Step)
		}
		w.reportMu.Unlock()
		if slices.Equal(steps, []api.Step{api.StepStarted, api.StepComputed, api.StepContributed}) {
			break
		}
		if time.Now().After(end) {
			t.Fatalf("reports queued: %v, want started, computed, contributed", steps)
		}
	}
	if task := must(te.pool.TaskOf(bg, deal, deal.BotFirst)); task.Status != sdk.TaskActive || len(task.Contributions) != 1 {
		t.Fatalf("task before the restart: %s with %d contributions", task.Status, len(task.Contributions))
	}
	w.stop()
	if n := len(te.sched.taken()); n != 0 {
		t.Fatalf("%d reports taken while the scheduler refused them", n)
	}

	te.sched.mu.Lock()
	te.sched.answer = nil
	te.sched.mu.Unlock()
	te.start(te.config(acc, state))
	rep := te.sched.waitReport(acc.Address, id, api.StepContributed)
	task := must(te.pool.TaskOf(bg, deal, deal.BotFirst))
	if ct, ok := task.Contribution(acc.Address); !ok || rep.Tx == nil || ct.TxHash != *rep.Tx {
		t.Fatalf("report after the restart %+v, contribution %+v", rep, ct)
	}
}

// A job's accepted record is written (and synced) only when the scheduler does not give
// held jobs again in a new session (api.Session.ResendsHeld): a worker restarted then
// resumes the task from it. With ResendsHeld nothing is written.
func TestAcceptedRecordWrittenOnlyWithoutResends(t *testing.T) {
	for _, resends := range []bool{false, true} {
		dir := t.TempDir()
		w := &Worker{state: &stateStore{dir: dir}, tasks: map[common.Hash]*task{}, dropped: map[common.Hash]uint64{},
			session: api.Session{ResendsHeld: resends}, reportWake: make(chan struct{}, 1),
			log: slog.New(slog.NewTextHandler(testWriter{t}, nil))}
		deal := &sdk.Deal{ID: common.Hash{byte(1)}, BotFirst: 0, BotSize: 1}
		j := api.Job{Deal: deal, Index: 0, TaskID: deal.TaskID(0), Finalize: true}
		if isNew, tk := w.accept(j, 1); !isNew || tk == nil {
			t.Fatalf("resends %t: the job was not accepted", resends)
		}
		w.state.mu.Lock()
		dirty := w.state.dirty
		w.state.mu.Unlock()
		if dirty == resends {
			t.Errorf("resends %t: a folder sync pending: %t, want %t (the record synced: %t)", resends, dirty, !resends, !resends)
		}
		recs, bad, err := (&stateStore{dir: dir}).load()
		if err != nil || len(bad) != 0 {
			t.Fatalf("resends %t: records after the restart %v, %v, %v", resends, recs, bad, err)
		}
		// With ResendsHeld the next session gives the job again: nothing is written.
		if r := recs[j.TaskID]; resends && r != nil || !resends && (r == nil || r.Phase != PhaseRunning) {
			t.Fatalf("resends %t: record after the restart %+v; want the task running only without resends", resends, r)
		}
	}
}
