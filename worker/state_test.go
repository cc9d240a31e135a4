package worker

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/worker/job"
)

// readRecord reads a task state file.
func readRecord(t *testing.T, path string) record {
	t.Helper()
	var r record
	if err := json.Unmarshal(must(os.ReadFile(path)), &r); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return r
}

// countSteps is how many times worker reported step for task.
func (f *fakeScheduler) countSteps(worker common.Address, task common.Hash, step api.Step) int {
	n := 0
	for _, s := range f.stepsOf(worker, task) {
		if s == step {
			n++
		}
	}
	return n
}

// waitReportN waits for the n-th report of step for task by worker and returns it.
func (f *fakeScheduler) waitReportN(worker common.Address, task common.Hash, step api.Step, n int) api.Report {
	f.t.Helper()
	var got api.Report
	f.waitFor("report "+string(step)+" again", func() bool {
		k := 0
		for _, r := range f.reports {
			if r.worker == worker && r.TaskID == task && r.Step == step {
				if k++; k == n {
					got = r.Report
					return true
				}
			}
		}
		return false
	})
	return got
}

// The store keeps the newer of the durable record and the latest one; a latest record
// that does not read whole, or is older, is passed over; one left without its durable
// record (a task removed) is deleted.
func TestStateStoreKeepsTheNewerRecord(t *testing.T) {
	te := newEnv(t, 1)
	deal := te.deal(te.hello, 2, 3)
	s := &stateStore{dir: t.TempDir()}
	id := deal.TaskID(deal.BotFirst)
	r := &record{Job: te.sched.job(deal, deal.BotFirst, te.e.Workers[0].Address, false), Phase: PhaseComputed}
	load := func() *record {
		t.Helper()
		recs, bad, err := s.load()
		if err != nil || len(bad) != 0 || len(recs) != 1 {
			t.Fatalf("load: %d records, bad %v, %v", len(recs), bad, err)
		}
		return recs[id]
	}
	ok := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	ok(s.save(id, r))
	ok(s.syncDir())
	r.Phase = PhaseContributed
	ok(s.note(id, r))
	if got := load(); got.Phase != PhaseContributed {
		t.Fatalf("after a note: phase %s, want the latest, contributed", got.Phase)
	}
	ok(os.WriteFile(s.nextPath(id), []byte(`{"job":{"deal":`), 0o600)) // torn
	if got := load(); got.Phase != PhaseComputed {
		t.Fatalf("with a torn latest record: phase %s, want the durable one, computed", got.Phase)
	}
	r.Phase = PhaseRevealed
	ok(s.note(id, r))
	r.Phase = PhaseRunning
	ok(s.save(id, r))
	if got := load(); got.Phase != PhaseRunning {
		t.Fatalf("after a durable save over a note: phase %s, want running", got.Phase)
	}
	// A latest record whose durable one is gone: left from a removal.
	other := deal.TaskID(deal.BotFirst + 1)
	r2 := &record{Job: te.sched.job(deal, deal.BotFirst+1, te.e.Workers[0].Address, false), Phase: PhaseContributed}
	ok(s.note(other, r2))
	load()
	if _, err := os.Stat(s.nextPath(other)); !os.IsNotExist(err) {
		t.Errorf("a latest record without its durable one is left: %v", err)
	}
	ok(s.remove(id))
	if ents, _ := os.ReadDir(s.dir); len(ents) != 0 {
		t.Errorf("%d files left after remove", len(ents))
	}
}

// Only the accepted and computed steps are synced; the later ones (contributed,
// reveal asked, revealed, uploaded) are written without a sync, and a restart that lost
// them (a crash before the OS wrote them, or while it did) recovers from the chain and
// the scheduler: a contribution or reveal sent again is refused, and the chain shows it
// done by this worker.
func TestRestartAfterLosingUnsyncedSteps(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	state := t.TempDir()
	// Trust 2: one contribution leaves the task ACTIVE, and is enough to reveal.
	deal := te.deal(te.hello, 1, 2)
	idx := deal.BotFirst
	id := deal.TaskID(idx)
	want := te.helloDigest(deal, idx)
	durable := filepath.Join(state, "tasks", id.Hex()+".json")
	latest := filepath.Join(state, "tasks", id.Hex()+nextExt)
	permit := must(sdk.SignRevealPermit(te.e.PoolOwner.Key, id))
	reveal := api.Work{Reveals: []api.Reveal{{Deal: deal, Index: idx, TaskID: id, Upload: true, Permit: permit}}}

	w := te.start(te.config(acc, state))
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{te.sched.job(deal, idx, acc.Address, false)}})
	first := te.sched.waitReport(acc.Address, id, api.StepContributed)
	w.stop()
	if r := readRecord(t, durable); r.Phase != PhaseComputed || r.Digest != want {
		t.Fatalf("durable record: phase %s, digest %s; want computed with %s", r.Phase, r.Digest.Hex(), want.Hex())
	}
	if r := readRecord(t, latest); r.Phase != PhaseContributed || r.ContributeTx != *first.Tx {
		t.Fatalf("latest record: phase %s, tx %s; want contributed in %s", r.Phase, r.ContributeTx.Hex(), first.Tx.Hex())
	}

	// The latest record kept: the worker resumes at contributed.
	w = te.start(te.config(acc, state))
	if rep := te.sched.waitReportN(acc.Address, id, api.StepContributed, 2); rep.Tx == nil || *rep.Tx != *first.Tx {
		t.Fatalf("resumed contributed report %+v, want the tx %s", rep, first.Tx.Hex())
	}
	w.stop()

	// Lost: the worker resumes at computed, contributes again, is refused, and the chain
	// shows its contribution. It reveals and uploads when asked.
	if err := os.Remove(latest); err != nil {
		t.Fatal(err)
	}
	w = te.start(te.config(acc, state))
	if rep := te.sched.waitReportN(acc.Address, id, api.StepContributed, 3); rep.Tx == nil || *rep.Tx != *first.Tx {
		t.Fatalf("contributed report after losing the latest record %+v, want the chain's tx %s", rep, first.Tx.Hex())
	}
	te.sched.give(acc.Address, reveal)
	up := te.sched.waitReport(acc.Address, id, api.StepUploaded)
	w.stop()
	if r := readRecord(t, durable); r.Phase != PhaseComputed {
		t.Fatalf("durable record after the reveal: phase %s, want computed (later steps are not synced)", r.Phase)
	}

	// Torn while written: the durable record again; the reveal asked again is refused,
	// the chain shows it proved, and the result is uploaded again.
	if err := os.WriteFile(latest, []byte(`{"job": {"deal": {"id": "0x`), 0o600); err != nil {
		t.Fatal(err)
	}
	w = te.start(te.config(acc, state))
	te.sched.waitReportN(acc.Address, id, api.StepContributed, 4)
	te.sched.give(acc.Address, reveal)
	again := te.sched.waitReportN(acc.Address, id, api.StepUploaded, 2)
	if string(again.Results) != string(up.Results) {
		t.Errorf("uploaded %s after the restart, %s before", again.Results, up.Results)
	}
	task := must(te.pool.TaskOf(bg, deal, idx))
	if ct, _ := task.Contribution(acc.Address); ct.Status != sdk.ContributionProved || ct.Digest != want {
		t.Errorf("contribution on chain %+v: want proved with %s", ct, want.Hex())
	}
	if n := te.sched.countSteps(acc.Address, id, api.StepFailed); n != 0 {
		t.Errorf("%d failure reports; want none", n)
	}
}

// Config.TxInFlight defaults to DefaultTxInFlight; 1 (one transaction at a time) is kept.
func TestTxInFlightSetting(t *testing.T) {
	te := newEnv(t, 1)
	for _, c := range []struct{ set, want int }{{0, DefaultTxInFlight}, {1, 1}, {8, 8}} {
		cfg := te.config(te.e.Workers[0], t.TempDir())
		cfg.TxInFlight = c.set
		w := must(New(cfg))
		if w.cfg.TxInFlight != c.want {
			t.Errorf("TxInFlight %d: the worker uses %d, want %d", c.set, w.cfg.TxInFlight, c.want)
		}
	}
}

// The scratch folder: none with "-", the one given, else a folder on a tmpfs with room
// for the outputs, one per state folder.
func TestScratchDirChoice(t *testing.T) {
	cfg := Config{StateDir: t.TempDir(), Slots: 2, OutputBytes: 1 << 20}
	if got := scratchDir(Config{ScratchDir: "-"}); got != "" {
		t.Errorf(`ScratchDir "-": %q, want none`, got)
	}
	if got := scratchDir(Config{ScratchDir: "/x/y"}); got != "/x/y" {
		t.Errorf("ScratchDir /x/y: %q", got)
	}
	old := memFSDir
	defer func() { memFSDir = old }()
	memFSDir = t.TempDir()
	if _, ok := memFSFree(memFSDir); !ok {
		if got := scratchDir(cfg); got != "" {
			t.Errorf("%s is not a tmpfs: %q, want none", memFSDir, got)
		}
	}
	memFSDir = "/dev/shm"
	free, ok := memFSFree(memFSDir)
	if !ok {
		t.Skip("no tmpfs at /dev/shm")
	}
	a := scratchDir(cfg)
	other := cfg
	other.StateDir = t.TempDir()
	b := scratchDir(other)
	if filepath.Dir(a) != "/dev/shm" || filepath.Dir(b) != "/dev/shm" || a == b {
		t.Errorf("scratch folders %q and %q: want two folders in /dev/shm", a, b)
	}
	big := cfg
	big.OutputBytes = free
	if got := scratchDir(big); got != "" {
		t.Errorf("no room for %d outputs of %d bytes: %q, want none", big.Slots+1, big.OutputBytes, got)
	}
	// Before each run: room for a full output per slot, or the task runs on disk.
	w := &Worker{cfg: cfg, scratch: memFSDir}
	if !w.scratchRoom(job.Job{Limits: executor.Limits{OutputBytes: 1 << 20}}) {
		t.Errorf("no room for a 1 MiB output in %s (%d bytes free)", memFSDir, free)
	}
	if w.scratchRoom(job.Job{Limits: executor.Limits{OutputBytes: free}}) {
		t.Errorf("room for %d outputs of %d bytes in %s", cfg.Slots, free, memFSDir)
	}
}

// A deal the worker verified is remembered with its fields: a later job whose deal has
// the same id but another field changed is hashed, does not match the hub's, and is
// refused without being run.
func TestForgedDealAfterAVerifiedOne(t *testing.T) {
	te := newEnv(t, 1)
	acc := te.e.Workers[0]
	te.start(te.config(acc, t.TempDir()))
	deal := te.deal(te.hello, 2, 1)
	first, second := deal.BotFirst, deal.BotFirst+1
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{te.sched.job(deal, first, acc.Address, true)}})
	te.sched.waitReport(acc.Address, deal.TaskID(first), api.StepFinalized)

	forged := *deal
	forged.WorkClockTimeRef *= 10 // more time for the app than the requester bought
	j := te.sched.job(deal, second, acc.Address, true)
	j.Deal = &forged
	te.sched.give(acc.Address, api.Work{Jobs: []api.Job{j}})
	rep := te.sched.waitReport(acc.Address, deal.TaskID(second), api.StepFailed)
	if !strings.Contains(rep.Error, "not deal") || !strings.Contains(rep.Error, "as recorded on chain") {
		t.Errorf("forged deal reported as %q", rep.Error)
	}
	if n := te.sched.countSteps(acc.Address, deal.TaskID(second), api.StepComputed); n != 0 {
		t.Errorf("the forged deal's task was run (%d computed reports)", n)
	}
}
