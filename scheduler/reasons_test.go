package scheduler

import (
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
)

var now0 = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)

func waddr(i int) common.Address { return common.Address{19: byte(i + 1)} }
func thash(i int) [32]byte       { return [32]byte{31: byte(i + 1)} }

// pworker is a live, idle wasm worker with free slots.
func pworker(i, free int) plan.Worker {
	return plan.Worker{ID: waddr(i), Cores: 2, Slots: max(free, 1), FreeSlots: free, Executors: []string{"wasm"}, LastSeen: now0}
}

// ptask is an UNSET wasm task of reference time 10 s, due in an hour (final deadline in
// three).
func ptask(i int, trust uint64) plan.Task {
	return plan.Task{ID: thash(100 + i), Deal: thash(0), Trust: trust, Executor: "wasm", Ref: 10 * time.Second,
		ContributionDeadline: now0.Add(time.Hour), FinalDeadline: now0.Add(3 * time.Hour)}
}

func vote(t *plan.Task, worker int, result int) {
	t.Status = plan.StatusActive
	t.Contributions = append(t.Contributions, plan.Vote{Worker: waddr(worker), ResultHash: thash(result), Weight: 2})
	t.Assigned = append(t.Assigned, plan.Assignment{Worker: waddr(worker), Since: now0.Add(-time.Minute)})
}

// round plans state as the plan loop does and describes its tasks with the extras the
// store would give (x may be nil).
func round(state plan.State, x *describer) map[[32]byte]string {
	state.Now = now0
	state.HeartbeatTimeout = 20 * time.Second
	decisions := plan.Plan(state, 1)
	after := afterPlan(state, decisions, now0)
	d := &describer{}
	if x != nil {
		*d = *x
	}
	d.state, d.now, d.reach = after, now0, offers.ReachOf(liveScores(after))
	out := map[[32]byte]string{}
	for i := range after.Tasks {
		out[after.Tasks[i].ID] = d.describe(&after.Tasks[i])
	}
	return out
}

// The sentence says what a task waits for, from the planner's decisions and the task's
// state.
func TestAReasonSaysWhatATaskWaitsFor(t *testing.T) {
	deadline := plan.ProgressDeadline(now0, 10*time.Second, 0).Format("15:04:05 UTC")
	revealing := ptask(0, 5)
	for i := range 3 {
		vote(&revealing, i, 7)
	}
	revealing.Status = plan.StatusRevealing
	revealing.RevealAsked = now0.Add(-time.Minute)
	late := ptask(0, 1)
	late.ContributionDeadline = now0.Add(-time.Minute)
	expired := ptask(0, 1)
	expired.ContributionDeadline, expired.FinalDeadline = now0.Add(-2*time.Hour), now0.Add(-time.Minute)
	lostOne := ptask(0, 1)
	lostOne.Assigned = []plan.Assignment{{Worker: waddr(0), Since: now0.Add(-time.Minute)}}
	agreed := ptask(0, 3)
	vote(&agreed, 0, 7)
	vote(&agreed, 1, 7)
	gpu := ptask(0, 1)
	gpu.Tag = protocol.TagGPU
	lostWorker := pworker(0, 1)
	lostWorker.LastSeen = now0.Add(-time.Minute)

	for _, c := range []struct {
		name    string
		workers []plan.Worker
		tasks   []plan.Task
		x       *describer
		want    []string // in the first task's sentence
	}{
		{"a GPU task on a pool without GPUs", []plan.Worker{pworker(0, 2), pworker(1, 2)}, []plan.Task{gpu}, nil,
			[]string{"waiting for a worker with a GPU (no worker offers a GPU)"}},
		{"a task just given to a worker", []plan.Worker{pworker(0, 2)}, []plan.Task{ptask(0, 1)}, nil,
			[]string{"waiting for worker " + waddr(0).Hex() + " to contribute (progress deadline " + deadline + ")"}},
		{"a task behind another on a busy pool", []plan.Worker{pworker(0, 1)}, []plan.Task{ptask(0, 1), ptask(1, 1)}, nil,
			[]string{"waiting for a worker (no worker has a free slot)"}},
		{"no worker at all", nil, []plan.Task{ptask(0, 1)}, nil,
			[]string{"waiting for a worker (no worker has registered with the pool)"}},
		{"a lost worker's replicate goes to another", []plan.Worker{lostWorker, pworker(1, 1)}, []plan.Task{lostOne},
			&describer{withdraw: map[[32]byte][]store.Withdrawal{lostOne.ID: {{Worker: waddr(0), Cause: store.WithdrawnLost, At: now0}}}},
			[]string{"worker " + waddr(0).Hex() + " lost; replicate given to " + waddr(1).Hex() + " (progress deadline " + deadline + ")"}},
		{"trust out of the live workers' reach", []plan.Worker{pworker(0, 1), pworker(1, 1)}, []plan.Task{ptask(0, 100)}, nil,
			[]string{"trust 100 is not reachable with this pool's live workers (", "until the final deadline 15:00:00 UTC"}},
		{"enough workers agree", []plan.Worker{pworker(0, 1), pworker(1, 1), pworker(2, 1)}, []plan.Task{agreed},
			&describer{reveals: map[[32]byte][]store.RevealRequest{agreed.ID: {{Worker: waddr(0)}, {Worker: waddr(1)}}}},
			[]string{"enough workers agree: waiting for the first reveal from " + waddr(0).Hex() + ", " + waddr(1).Hex() + " (asked at 12:00:00 UTC)"}},
		{"reveals open", []plan.Worker{pworker(0, 1)}, []plan.Task{revealing},
			&describer{revealed: map[[32]byte]store.Task{revealing.ID: {ConsensusValue: thash(7), RevealDeadline: now0.Add(10 * time.Minute)}},
				reveals: map[[32]byte][]store.RevealRequest{revealing.ID: {{Worker: waddr(0), Revealed: true, Upload: true}, {Worker: waddr(1)}, {Worker: waddr(2)}}}},
			[]string{"waiting for reveals until 12:10:00 UTC: 1 of 3 winners revealed"}},
		{"every winner revealed", []plan.Worker{pworker(0, 1)}, []plan.Task{revealing},
			&describer{revealed: map[[32]byte]store.Task{revealing.ID: {ConsensusValue: thash(7), RevealDeadline: now0.Add(10 * time.Minute)}},
				reveals: map[[32]byte][]store.RevealRequest{revealing.ID: {{Worker: waddr(0), Revealed: true, Upload: true, Results: []byte("r")},
					{Worker: waddr(1), Revealed: true}, {Worker: waddr(2), Revealed: true}}}},
			[]string{"every winner revealed; the result is stored: finalizing"}},
		{"contribution deadline passed", []plan.Worker{pworker(0, 1)}, []plan.Task{late}, nil,
			[]string{"contribution deadline passed at 11:59:00 UTC", "anyone can claim it with `poco task claim` after 15:00:00 UTC"}},
		{"final deadline passed", []plan.Worker{pworker(0, 1)}, []plan.Task{expired}, nil,
			[]string{"final deadline passed at 11:59:00 UTC: anyone can claim the task with `poco task claim`"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := round(plan.State{Workers: c.workers, Tasks: c.tasks}, c.x)[c.tasks[len(c.tasks)-1].ID]
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("got %q, want it to say %q", got, w)
				}
			}
		})
	}
}

// Workers read the sentences too: a task whose hidden check runs reads like a task
// whose ordinary replicate runs, and one waiting for its check's worker like one waiting
// for any worker. No sentence says "check".
func TestAHiddenCheckReadsLikeAnyReplicate(t *testing.T) {
	checks := plan.Checks{Rate: 1, Key: [32]byte{1}}

	// A checked task whose three workers agree gets its check on worker 3 …
	checked := ptask(0, 5)
	for i := range 3 {
		vote(&checked, i, 7)
	}
	got := round(plan.State{Workers: []plan.Worker{pworker(0, 1), pworker(1, 1), pworker(2, 1), pworker(3, 1)},
		Tasks: []plan.Task{checked}, Checks: checks}, nil)[checked.ID]
	// … and reads like a task whose fourth replicate, given before, runs on worker 3.
	ordinary := ptask(1, 5)
	for i := range 3 {
		vote(&ordinary, i, 7)
	}
	ordinary.Assigned = append(ordinary.Assigned, plan.Assignment{Worker: waddr(3), Since: now0,
		Deadline: plan.ProgressDeadline(now0, 10*time.Second, 0)})
	want := round(plan.State{Workers: []plan.Worker{pworker(0, 1), pworker(1, 1), pworker(2, 1), pworker(3, 0)},
		Tasks: []plan.Task{ordinary}}, nil)[ordinary.ID]
	if got != want || !strings.Contains(got, "3 of 4 replicates contributed: waiting for worker "+waddr(3).Hex()) {
		t.Errorf("a running check reads %q, an ordinary replicate %q: want the same sentence", got, want)
	}

	// Waiting for a check's worker reads like waiting for one more ordinary replicate.
	busy := []plan.Worker{pworker(0, 1), pworker(1, 1), pworker(2, 1), pworker(3, 0)}
	got = round(plan.State{Workers: busy, Tasks: []plan.Task{checked}, Checks: checks}, nil)[checked.ID]
	short := ptask(1, 3) // trust 3: one fresh vote needs one more
	vote(&short, 0, 7)
	want = round(plan.State{Workers: []plan.Worker{pworker(0, 1), pworker(1, 0), pworker(2, 0), pworker(3, 0)}, Tasks: []plan.Task{short}}, nil)[short.ID]
	if got != want || got != "waiting for another worker (no worker has a free slot)" {
		t.Errorf("waiting for a check's worker reads %q, for another replicate %q: want both \"waiting for another worker (no worker has a free slot)\"", got, want)
	}
	if strings.Contains(strings.ToLower(got), "check") {
		t.Errorf("%q names the check", got)
	}
}

// The scheduler serves each task's reason on its public endpoints, a deal's in one
// answer; the sentence is written once while it does not change, and a restarted
// scheduler serves it at once. A worker that drops a replicate its task no longer needs
// is logged at INFO, not WARN.
func TestWhyATaskWaitsIsServedAndSurvivesARestart(t *testing.T) {
	e := newTestEnv(t, 2)
	s := e.start(e.config())
	e.newWorker(e.Workers[0], s.URL).start() // no GPU
	o := e.DefaultOrders()
	o.Workerpool.Tag, o.Request.Tag = protocol.TagGPU, protocol.TagGPU
	o.Request.Volume = big.NewInt(3)
	bd := e.Match(e.Requester, e.SignAll(o))
	d, err := e.client(nil).Deal(bg, bd.Id)
	must(t, err)
	c := api.NewClient(s.URL(), nil)
	const want = "waiting for a worker with a GPU (no worker offers a GPU)"
	var st api.TaskState
	waitFor(t, 20*time.Second, "the GPU task's reason", func() bool {
		st, err = c.Task(bg, d.TaskID(0))
		return err == nil && st.Reason == want
	})
	if st.Deal != d.ID || st.Index != 0 || st.Status != "UNSET" || st.Since.IsZero() {
		t.Errorf("task 0: %+v", st)
	}
	dt, err := c.DealTasks(bg, d.ID)
	must(t, err)
	if len(dt.Tasks) != 3 || dt.Workerpool != e.Pool || dt.Tasks[2].Index != 2 || dt.Tasks[2].Reason != want {
		t.Fatalf("the deal's tasks: %+v", dt)
	}
	waitRounds(t, s, 3)
	if again, _ := c.Task(bg, d.TaskID(0)); !again.Since.Equal(st.Since) {
		t.Errorf("an unchanged reason was written again: since %s, then %s", st.Since, again.Since)
	}
	if _, err := c.Task(bg, common.Hash{1}); !api.IsStatus(err, http.StatusNotFound) {
		t.Errorf("an unknown task: %v, want 404", err)
	}
	if _, err := c.DealTasks(bg, common.Hash{1}); !api.IsStatus(err, http.StatusNotFound) {
		t.Errorf("an unknown deal: %v, want 404", err)
	}

	must(t, s.Close())
	cfg := e.config()
	cfg.Clock = func() time.Time { return time.Now().Add(time.Hour) } // any later write would show
	s2, err := New(cfg)
	must(t, err)
	defer s2.Close()
	// Served from the database before the restarted scheduler runs a round.
	srv := &http.Server{Handler: s2.routes()}
	ln := listen(t)
	go srv.Serve(ln)
	defer srv.Close()
	back, err := api.NewClient("http://"+ln.Addr().String(), nil).Task(bg, d.TaskID(0))
	must(t, err)
	if back.Reason != want || !back.Since.Equal(st.Since) {
		t.Errorf("after a restart: %+v, want %q since %s", back, want, st.Since)
	}
}

func listen(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	return ln
}

// A worker that drops a replicate because the chain shows its task went on without it is
// no failure: the scheduler logs it at INFO, and gives the replicate to another worker.
func TestAReplicateDroppedOnPurposeIsNoWarning(t *testing.T) {
	e := newTestEnv(t, 2)
	s := e.start(e.config())
	acc := e.Workers[0]
	sess := registered(t, s.URL(), acc, api.Capabilities{Slots: 1, Executors: []string{"wasm"}})
	d := e.match(1, 1, nil)
	var work api.Work
	waitFor(t, 20*time.Second, "a job", func() bool {
		return call(bg, "GET", s.URL()+api.PathWork+"?wait=1", sess.Token, nil, &work) == nil && len(work.Jobs) == 1
	})
	must(t, call(bg, "POST", s.URL()+api.PathReport, sess.Token, api.Report{TaskID: d.TaskID(0), Step: api.StepFailed,
		NotNeeded: true, Error: "contribute not needed: the task's reveals opened without this contribution"}, nil))
	if n := e.logs.count("level=INFO", "worker dropped a replicate its task no longer needs"); n != 1 {
		t.Errorf("%d INFO lines for the dropped replicate, want 1", n)
	}
	if n := e.logs.count("level=WARN", "worker gave a replicate up"); n != 0 {
		t.Errorf("%d WARN lines for a replicate dropped on purpose, want 0", n)
	}
}
