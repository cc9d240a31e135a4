package scheduler

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/plan"
)

// Many reports in one request (api.PathReports): each is answered apart with the status
// a single report would get, the refused ones change nothing and hold back nothing, and
// those taken are stored as single reports would be (a queued replicate's deadline moves
// at its start).
func TestReportsInOneRequestAreEachAnswered(t *testing.T) {
	e := newTestEnv(t, 1)
	cat := e.CreateCategory("ten", 10)
	clock := &fakeClock{}
	cfg := e.config()
	cfg.Clock = clock.now
	cfg.HeartbeatTimeout = time.Hour
	s := e.start(cfg)
	w := e.Workers[0]
	sess := registered(t, s.URL(), w, api.Capabilities{Slots: 2, Executors: []string{"wasm"}, Speed: 2})
	must(t, s.st.SetProvenSlots(bg, w.Address, 2)) // a new worker proves one slot at first
	d := e.match(2, 1, cat)
	t0, t1 := d.TaskID(d.BotFirst), d.TaskID(d.BotFirst+1)
	waitFor(t, 20*time.Second, "both replicates", func() bool {
		_, err0 := s.st.Assignment(bg, t0, w.Address)
		_, err1 := s.st.Assignment(bg, t1, w.Address)
		return err0 == nil && err1 == nil
	})
	var work api.Work
	must(t, call(bg, "GET", s.URL()+api.PathWork+"?wait=0", sess.Token, nil, &work))
	if len(work.Jobs) != 2 {
		t.Fatalf("%d jobs given, want 2", len(work.Jobs))
	}
	clock.advance(30 * time.Second) // they waited in the queue
	digest := common.Hash{7}
	reports := []api.Report{
		{TaskID: t0, Step: api.StepStarted},
		{TaskID: common.Hash{1}, Step: api.StepStarted}, // not its task: 404
		{TaskID: t1, Step: api.StepStarted},
		{TaskID: t0, Step: "dreaming"}, // 400
		{TaskID: t0, Step: api.StepComputed, Digest: &digest},
		{TaskID: t1, Step: api.StepUploaded}, // no results location: 400
	}
	var out api.ReportResults
	must(t, call(bg, "POST", s.URL()+api.PathReports, sess.Token, api.Reports{Reports: reports}, &out))
	var got []int
	for _, r := range out.Results {
		got = append(got, r.Status)
		if r.Status/100 != 2 && r.Error == "" {
			t.Errorf("a refusal (%d) without its reason", r.Status)
		}
	}
	if want := []int{204, 404, 204, 400, 204, 400}; !slices.Equal(got, want) {
		t.Fatalf("statuses %v, want %v (%+v)", got, want, out.Results)
	}
	deadline := plan.ProgressDeadline(clock.now(), 10*time.Second, 2)
	for _, c := range []struct {
		task   common.Hash
		step   string
		digest common.Hash
	}{{t0, "computed", digest}, {t1, "started", common.Hash{}}} {
		a, err := s.st.Assignment(bg, c.task, w.Address)
		must(t, err)
		if a.Step != c.step || a.Digest != c.digest || a.Deadline.Sub(deadline).Abs() > time.Second {
			t.Errorf("task %s stored with step %q, digest %x, deadline %s; want %q, %x, %s",
				c.task.Hex(), a.Step, a.Digest, a.Deadline, c.step, c.digest, deadline)
		}
	}
	// Started: neither job is given again in this session.
	must(t, call(bg, "GET", s.URL()+api.PathWork+"?wait=0", sess.Token, nil, &work))
	if len(work.Jobs) != 0 {
		t.Errorf("%d jobs given again after their start was reported", len(work.Jobs))
	}

	// A request with more than api.MaxReports is refused whole.
	err := call(bg, "POST", s.URL()+api.PathReports, sess.Token, api.Reports{Reports: make([]api.Report, api.MaxReports+1)}, nil)
	if statusOf(err) != http.StatusRequestEntityTooLarge {
		t.Errorf("%d reports in one request: %v, want 413", api.MaxReports+1, err)
	}
	// Not logged in: the request is refused whole, as a single report would be.
	if err := call(bg, "POST", s.URL()+api.PathReports, "nope", api.Reports{Reports: reports[:1]}, nil); statusOf(err) != http.StatusUnauthorized {
		t.Errorf("reports without a session: %v, want 401", err)
	}
}

// A replicate whose start was reported is not given again in the session, but is given
// once in each new session (api.Session.ResendsHeld): a worker whose machine crashed
// before its record reached the disk gets the job back when it logs in again.
func TestAHeldJobIsGivenOncePerSession(t *testing.T) {
	e := newTestEnv(t, 1)
	s := e.start(e.config())
	w := e.Workers[0]
	sess, err := login(bg, s.URL(), w.Address, keySigner(w))
	must(t, err)
	if !sess.ResendsHeld {
		t.Fatal("the session does not say that held jobs are given again")
	}
	caps := api.Capabilities{Slots: 1, Executors: []string{"wasm"}}
	must(t, call(bg, "POST", s.URL()+api.PathRegister, sess.Token, caps, nil))
	d := e.match(1, 1, nil)
	id := d.TaskID(d.BotFirst)
	jobs := func(token string) []common.Hash {
		t.Helper()
		var work api.Work
		must(t, call(bg, "GET", s.URL()+api.PathWork+"?wait=0", token, nil, &work))
		var out []common.Hash
		for _, j := range work.Jobs {
			out = append(out, j.TaskID)
		}
		return out
	}
	waitFor(t, 20*time.Second, "the job", func() bool { return slices.Equal(jobs(sess.Token), []common.Hash{id}) })
	must(t, call(bg, "POST", s.URL()+api.PathReports, sess.Token, api.Reports{Reports: []api.Report{{TaskID: id, Step: api.StepStarted}}}, nil))
	if got := jobs(sess.Token); len(got) != 0 {
		t.Fatalf("jobs after the start was reported: %x, want none", got)
	}
	for range 2 { // a new session, as after a restart of the worker: given once again
		sess, err = login(bg, s.URL(), w.Address, keySigner(w))
		must(t, err)
		must(t, call(bg, "POST", s.URL()+api.PathRegister, sess.Token, caps, nil))
		if got := jobs(sess.Token); !slices.Equal(got, []common.Hash{id}) {
			t.Fatalf("jobs at a new session's first poll: %x, want the held one", got)
		}
		if got := jobs(sess.Token); len(got) != 0 {
			t.Fatalf("jobs at the next poll: %x, want none", got)
		}
	}
}
