package scheduler

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// Login: a worker without enough stake and one off the allow-list are refused with a
// sentence saying why; a bad signature and a reused challenge are refused; a good login
// registers and shows in the status.
func TestLoginAndAdmission(t *testing.T) {
	e := newTestEnv(t, 2)
	cfg := e.config()
	cfg.MinStake = sdk.RLC(10)
	s := e.start(cfg)
	url := s.URL()

	// No deposit (the app owner's account): refused, with what is missing.
	poor := e.AppOwner
	_, err := login(bg, url, poor.Address, keySigner(poor))
	if statusOf(err) != http.StatusForbidden {
		t.Fatalf("login without stake: %v, want 403", err)
	}
	want := "worker " + poor.Address.Hex() + " has 0 RLC free, the pool needs 10 RLC staked: deposit more with `poco account deposit`"
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("refusal %q does not say %q", err, want)
	}

	// A bad signature: the challenge signed by another key.
	w0 := e.Workers[0]
	_, err = login(bg, url, w0.Address, keySigner(e.Workers[1]))
	if statusOf(err) != http.StatusUnauthorized || !strings.Contains(err.Error(), "not by worker "+w0.Address.Hex()) {
		t.Fatalf("login with another key's signature: %v, want 401", err)
	}
	// Garbage instead of a signature.
	_, err = login(bg, url, w0.Address, func([32]byte) []byte { return []byte{1, 2, 3} })
	if statusOf(err) != http.StatusUnauthorized {
		t.Fatalf("login with a 3-byte signature: %v, want 401", err)
	}
	// A challenge is used once.
	var ch api.Challenge
	if err := call(bg, "POST", url+api.PathChallenge, "", api.ChallengeRequest{Worker: w0.Address}, &ch); err != nil {
		t.Fatal(err)
	}
	sig := keySigner(w0)(api.LoginDigest(ch.Challenge))
	sig[64] += 27 // v = 27/28 is accepted too
	lg := api.Login{Worker: w0.Address, Challenge: ch.Challenge, Signature: sig}
	var sess api.Session
	if err := call(bg, "POST", url+api.PathLogin, "", lg, &sess); err != nil {
		t.Fatalf("login: %v", err)
	}
	if err := call(bg, "POST", url+api.PathLogin, "", lg, nil); statusOf(err) != http.StatusUnauthorized {
		t.Fatalf("reused challenge: %v, want 401", err)
	}
	if sess.Token == "" || sess.Workerpool != e.Pool || sess.Scheduler != e.PoolOwner.Address || sess.Hub != e.D.Hub ||
		sess.ChainID != e.ChainID.Uint64() || time.Duration(sess.HeartbeatInterval) != cfg.HeartbeatInterval {
		t.Fatalf("session %+v", sess)
	}

	// Calls need the session, and work needs a registration.
	if err := call(bg, "GET", url+api.PathWork, "", nil, nil); statusOf(err) != http.StatusUnauthorized {
		t.Fatalf("work without a token: %v, want 401", err)
	}
	if err := call(bg, "GET", url+api.PathWork, "nope", nil, nil); statusOf(err) != http.StatusUnauthorized {
		t.Fatalf("work with a bad token: %v, want 401", err)
	}
	if err := call(bg, "GET", url+api.PathWork, sess.Token, nil, nil); statusOf(err) != http.StatusConflict {
		t.Fatalf("work before registering: %v, want 409", err)
	}
	caps := api.Capabilities{Cores: 4, Slots: 2, Executors: []string{"wasm"}}
	if err := call(bg, "POST", url+api.PathRegister, sess.Token, caps, nil); err != nil {
		t.Fatalf("register: %v", err)
	}
	if err := call(bg, "POST", url+api.PathHeartbeat, sess.Token, nil, nil); err != nil {
		t.Fatalf("heartbeat: %v", err)
	}
	var work api.Work
	if err := call(bg, "GET", url+api.PathWork+"?wait=0", sess.Token, nil, &work); err != nil || !work.Empty() {
		t.Fatalf("work: %+v, %v", work, err)
	}
	var st api.Status
	if err := call(bg, "GET", url+api.PathStatus, "", nil, &st); err != nil {
		t.Fatal(err)
	}
	if st.Workers != 1 || st.Workerpool != e.Pool || st.Scheduler != e.PoolOwner.Address || st.Deals != 0 {
		t.Fatalf("status %+v", st)
	}

	// A private pool: only the allow-listed worker gets in.
	cfg2 := e.config()
	cfg2.DBPath = e.dbPath + "-private"
	cfg2.AllowList = []common.Address{w0.Address}
	private := e.start(cfg2)
	_, err = login(bg, private.URL(), e.Workers[1].Address, keySigner(e.Workers[1]))
	if statusOf(err) != http.StatusForbidden || !strings.Contains(err.Error(), "is not on the allow-list") {
		t.Fatalf("login off the allow-list: %v, want 403", err)
	}
	if _, err := login(bg, private.URL(), w0.Address, keySigner(w0)); err != nil {
		t.Fatalf("allow-listed login: %v", err)
	}
}

// Trust 1: a worker runs the three tasks of a deal with contributeAndFinalize, with the
// authorization the scheduler gave in the job.
func TestTrustOneDeal(t *testing.T) {
	e := newTestEnv(t, 1)
	s := e.start(e.config())
	w := e.newWorker(e.Workers[0], s.URL).start()
	d := e.match(3, 1, nil)
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	for _, idx := range d.Indexes() {
		tk := e.task(d, idx)
		if len(tk.Contributions) != 1 || tk.Contributions[0].Worker != w.acc.Address ||
			tk.ResultDigest != pocotest.Digest("good") || string(tk.Results) != string(results(pocotest.Digest("good"))) {
			t.Fatalf("task %d: %+v", idx, tk)
		}
	}
	waitFor(t, 10*time.Second, "the scheduler to see the tasks completed", func() bool {
		st, err := s.Status(bg)
		return err == nil && st.Tasks["COMPLETED"] == 3 && st.Deals == 1
	})
	if n := e.logs.count("deal seen", d.ID.Hex()); n != 1 {
		t.Errorf("%d \"deal seen\" lines for the deal, want 1", n)
	}
}

// Trust 3: two agreeing fresh workers reach consensus; the scheduler asks both to reveal,
// one to upload, and finalizes with the uploaded results location.
func TestReplicatedDealIsRevealedAndFinalized(t *testing.T) {
	e := newTestEnv(t, 3)
	s := e.start(e.config())
	ws := []*worker{e.newWorker(e.Workers[0], s.URL).start(), e.newWorker(e.Workers[1], s.URL).start(),
		e.newWorker(e.Workers[2], s.URL).start()}
	d := e.match(2, 3, nil)
	e.waitTasks(d, sdk.TaskCompleted, 40*time.Second)
	good := pocotest.Digest("good")
	for _, idx := range d.Indexes() {
		tk := e.task(d, idx)
		if tk.ResultDigest != good || string(tk.Results) != string(results(good)) || len(tk.Contributions) != 2 {
			t.Fatalf("task %d: %+v", idx, tk)
		}
		for _, c := range tk.Contributions {
			if c.Status != sdk.ContributionProved {
				t.Errorf("task %d: contribution of %s is %s, want PROVED", idx, c.Worker.Hex(), c.Status)
			}
		}
		uploaders := 0
		for _, w := range ws {
			if w.has(w.uploads, tk.ID) {
				uploaders++
			}
		}
		if uploaders != 1 {
			t.Errorf("task %d: %d workers were asked to upload, want 1", idx, uploaders)
		}
	}
	checkFinalizeBatches(t, e, d)
}

// A dissenting worker: the scheduler adds replicates until the honest result reaches
// consensus; the dissent is rejected at finalize.
func TestDissentGetsMoreReplicates(t *testing.T) {
	e := newTestEnv(t, 4)
	s := e.start(e.config())
	bad := e.newWorker(e.Workers[0], s.URL)
	bad.digest = func(common.Hash) [32]byte { return pocotest.Digest("bad") }
	bad.start()
	d := e.match(1, 3, nil)
	id := d.TaskID(d.BotFirst)
	waitFor(t, 20*time.Second, "the dissenter's contribution", func() bool { return len(e.task(d, d.BotFirst).Contributions) == 1 })
	// Three honest workers come: 3 agreeing votes are needed against the dissent at trust 3.
	for _, acc := range e.Workers[1:] {
		e.newWorker(acc, s.URL).start()
	}
	e.waitTasks(d, sdk.TaskCompleted, 40*time.Second)
	tk := e.task(d, d.BotFirst)
	if tk.ResultDigest != pocotest.Digest("good") || len(tk.Contributions) != 4 {
		t.Fatalf("task: %+v", tk)
	}
	if c, _ := tk.Contribution(bad.acc.Address); c.Status != sdk.ContributionRejected {
		t.Fatalf("the dissent is %s, want REJECTED", c.Status)
	}
	if bad.has(bad.uploads, id) {
		t.Fatal("the dissenter was asked to upload")
	}
}

// The scheduler is closed mid-deal and started again on the same database: it resumes
// from its cursor, serves the pending work again and the deal completes.
func TestRestartMidDeal(t *testing.T) {
	e := newTestEnv(t, 2)
	cfg := e.config()
	s := e.start(cfg)
	addr := s.Addr()
	url := func() string { return "http://" + addr }
	e.newWorker(e.Workers[0], url).start()
	e.newWorker(e.Workers[1], url).start()
	d := e.match(3, 3, nil)
	waitFor(t, 20*time.Second, "a first contribution", func() bool {
		for _, idx := range d.Indexes() {
			if len(e.task(d, idx).Contributions) > 0 {
				return true
			}
		}
		return false
	})
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	// Work goes on while it is down: the chain moves, the workers retry.
	time.Sleep(200 * time.Millisecond)

	cfg.Listen = addr
	s2 := e.start(cfg)
	e.waitTasks(d, sdk.TaskCompleted, 40*time.Second)
	waitFor(t, 10*time.Second, "the restarted scheduler to see the tasks completed", func() bool {
		st, err := s2.Status(bg)
		return err == nil && st.Tasks["COMPLETED"] == 3 && st.Deals == 1
	})
	if n := e.logs.count("deal seen", d.ID.Hex()); n != 1 {
		t.Errorf("the deal was seen %d times, want once (the restart resumes after the cursor)", n)
	}
	if n := e.logs.count("level=WARN", "finalize failed"); n != 0 {
		t.Errorf("%d refused finalize transactions, want none", n)
	}
}

// Nobody works for the pool: after the deal's final deadline the scheduler claims its
// tasks and the requester gets its payment back.
func TestClaimAfterFinalDeadline(t *testing.T) {
	e := newTestEnv(t, 1)
	cat := e.CreateCategory("tiny", 2) // final deadline: start + 20 s
	locked := e.Locked(e.Requester.Address)
	s := e.start(e.config())
	d := e.match(2, 1, cat)
	if got := e.Locked(e.Requester.Address); got.Cmp(locked) <= 0 {
		t.Fatalf("the requester locked nothing: %s", got)
	}
	waitFor(t, 10*time.Second, "the scheduler to see the deal", func() bool {
		st, err := s.Status(bg)
		return err == nil && st.Deals == 1
	})
	if e.task(d, d.BotFirst).Status != sdk.TaskUnset {
		t.Fatal("task started")
	}
	e.advance(time.Duration(d.FinalDeadline().Unix()-int64(e.Now())+1) * time.Second)
	e.waitTasks(d, sdk.TaskFailed, 20*time.Second)
	if got := e.Locked(e.Requester.Address); got.Cmp(locked) != 0 {
		t.Fatalf("the requester still has %s locked, want %s", got, locked)
	}
	if n := e.logs.count("claim sent", d.ID.Hex()); n != 1 {
		t.Errorf("%d claim transactions, want 1 (one batch for the deal)", n)
	}
}

// A worker that takes a replicate and goes silent loses it to another worker before the
// deadline; when it comes back it is told to drop the task.
func TestLostWorkersReplicateIsReassigned(t *testing.T) {
	e := newTestEnv(t, 2)
	cfg := e.config()
	cfg.HeartbeatTimeout = time.Second
	s := e.start(cfg)
	silent := e.newWorker(e.Workers[0], s.URL)
	silent.stall = true
	silent.start()
	d := e.match(1, 1, nil)
	id := d.TaskID(d.BotFirst)
	waitFor(t, 20*time.Second, "the first worker to get the job", func() bool { return silent.has(silent.jobs, id) })
	silent.stop() // it dies with the job

	other := e.newWorker(e.Workers[1], s.URL).start()
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	if tk := e.task(d, d.BotFirst); tk.Contributions[0].Worker != other.acc.Address {
		t.Fatalf("task done by %s, want the second worker", tk.Contributions[0].Worker.Hex())
	}
	if e.logs.count("replicate withdrawn from a lost worker", id.Hex()) != 1 {
		t.Error("no log of the withdrawal")
	}
	// Back, it is told to drop the task.
	silent.start()
	waitFor(t, 10*time.Second, "the cancel", func() bool { return silent.has(silent.cancels, id) })
}

// A worker that gives a replicate up is not given it again; another worker is.
func TestFailedReplicateGoesToAnotherWorker(t *testing.T) {
	e := newTestEnv(t, 2)
	s := e.start(e.config())
	failing := e.newWorker(e.Workers[0], s.URL)
	failing.failJobs = true
	failing.start()
	d := e.match(1, 1, nil)
	id := d.TaskID(d.BotFirst)
	waitFor(t, 20*time.Second, "the first worker to get the job", func() bool { return failing.has(failing.jobs, id) })
	waitFor(t, 10*time.Second, "the failure to be logged", func() bool { return e.logs.count("worker gave a replicate up", id.Hex()) == 1 })

	other := e.newWorker(e.Workers[1], s.URL).start()
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	if tk := e.task(d, d.BotFirst); tk.Contributions[0].Worker != other.acc.Address {
		t.Fatalf("task done by %s, want the second worker", tk.Contributions[0].Worker.Hex())
	}
	failing.mu.Lock()
	given := failing.given
	failing.mu.Unlock()
	if given != 1 {
		t.Fatalf("the failing worker was given the job %d times, want 1", given)
	}
}

// A consensus group that does not reveal: after Config.RevealTimeout the task gets another
// worker, which agrees, is asked to reveal with the permit and opens the reveals; it
// uploads in place of the silent uploader, and the task is finalized after the reveal
// deadline, the silent winners rejected.
func TestSilentConsensusGroupGetsAnotherWorker(t *testing.T) {
	e := newTestEnv(t, 3)
	cat := e.CreateCategory("short", 10) // reveal: consensus + 20 s; contributions: start + 70 s
	cfg := e.config()
	cfg.RevealTimeout = 300 * time.Millisecond
	s := e.start(cfg)
	var silent []*worker
	for _, acc := range e.Workers[:2] {
		w := e.newWorker(acc, s.URL)
		w.noReveal = true
		silent = append(silent, w.start())
	}
	d := e.match(1, 3, cat)
	id := d.TaskID(d.BotFirst)
	waitFor(t, 20*time.Second, "the silent group asked to reveal", func() bool {
		return silent[0].permit(id) != nil && silent[1].permit(id) != nil
	})
	if tk := e.task(d, d.BotFirst); tk.Status != sdk.TaskActive {
		t.Fatalf("task %s before any reveal, want ACTIVE", tk.Status)
	}
	third := e.newWorker(e.Workers[2], s.URL).start()
	waitFor(t, 20*time.Second, "the reveals opened by the third worker", func() bool {
		return e.task(d, d.BotFirst).Status == sdk.TaskRevealing
	})
	tk := e.task(d, d.BotFirst)
	e.advance(time.Duration(tk.RevealDeadline.Unix()-int64(e.Now())+1) * time.Second)
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	tk = e.task(d, d.BotFirst)
	if len(tk.Contributions) != 3 || string(tk.Results) != string(results(pocotest.Digest("good"))) {
		t.Fatalf("task %+v, want 3 contributions and the third worker's upload", tk)
	}
	for _, w := range silent {
		if c, _ := tk.Contribution(w.acc.Address); c.Status != sdk.ContributionRejected {
			t.Errorf("silent worker's contribution is %s, want REJECTED", c.Status)
		}
	}
	if c, _ := tk.Contribution(third.acc.Address); c.Status != sdk.ContributionProved || !third.has(third.uploads, id) {
		t.Errorf("third worker's contribution is %s (uploader: %v), want PROVED and the upload", c.Status, third.has(third.uploads, id))
	}
	if e.logs.count("uploader replaced", id.Hex()) == 0 {
		t.Error("no log of the silent uploader's replacement")
	}
}

// With checks on, a task whose first workers agree gets a hidden check, a replicate like
// any other (its worker is not told), and the permit that opens the reveals comes only
// once the check contributed.
func TestAHiddenCheckComesBeforeThePermit(t *testing.T) {
	e := newTestEnv(t, 3)
	cfg := e.config()
	cfg.CheckRate = 1 // every task of trust 2 or more
	s := e.start(cfg)
	release := make(chan struct{})
	isCheck := func(acc common.Address) func(common.Hash) bool {
		return func(task common.Hash) bool {
			a, err := s.st.Assignment(bg, task, acc)
			return err == nil && a.Check
		}
	}
	var ws []*worker
	for _, acc := range e.Workers {
		w := e.newWorker(acc, s.URL)
		w.hold, w.holdIf = release, isCheck(acc.Address) // the check's worker waits before contributing
		ws = append(ws, w.start())
	}
	d := e.match(1, 3, nil) // trust 3: two fresh workers agree
	id := d.TaskID(d.BotFirst)
	var check *worker
	waitFor(t, 20*time.Second, "the check assigned after two contributions", func() bool {
		for _, w := range ws {
			if isCheck(w.acc.Address)(id) {
				check = w
				return len(e.task(d, d.BotFirst).Contributions) == 2
			}
		}
		return false
	})
	waitFor(t, 10*time.Second, "the check's worker to run its job", func() bool { return check.has(check.ran, id) })
	// The check is held back: however many rounds pass, nobody is asked to reveal.
	waitRounds(t, s, 5)
	if permit, err := s.st.RevealPermit(bg, id); err != nil || permit != nil {
		t.Fatalf("a permit (%x, %v) before the check contributed", permit, err)
	}
	for _, w := range ws {
		if w.permit(id) != nil {
			t.Fatalf("worker %s asked to reveal before the check contributed", w.acc.Address.Hex())
		}
	}
	close(release)
	e.waitTasks(d, sdk.TaskCompleted, 30*time.Second)
	tk := e.task(d, d.BotFirst)
	if len(tk.Contributions) != 3 {
		t.Fatalf("%d contributions, want the two first and the check", len(tk.Contributions))
	}
	for _, c := range tk.Contributions {
		if c.Status != sdk.ContributionProved {
			t.Errorf("contribution of %s is %s, want PROVED", c.Worker.Hex(), c.Status)
		}
	}
	for _, w := range ws {
		signer, err := protocol.RevealPermitSigner(id, w.permit(id))
		if err != nil || signer != e.PoolOwner.Address {
			t.Errorf("worker %s's permit: signer %s, %v; want the pool owner", w.acc.Address.Hex(), signer.Hex(), err)
		}
	}
	if n := e.logs.count("replicates assigned", "checks=1"); n != 1 {
		t.Errorf("%d log lines of an assigned check, want 1", n)
	}
}

// A worker whose result is proven wrong at finalize is benched: the follower records the
// offense from the chain's events, the record survives a restart (with the check key and
// the permits), and the worker gets no replicate until the bench ends by the chain's clock.
func TestProvenWrongWorkerIsBenched(t *testing.T) {
	e := newTestEnv(t, 4)
	cfg := e.config()
	cfg.HeartbeatTimeout = time.Second
	cfg.BenchAfterWrong = 2 * time.Minute
	s := e.start(cfg)
	addr := s.Addr()
	url := func() string { return "http://" + addr }
	bad := e.newWorker(e.Workers[0], url)
	bad.digest = func(common.Hash) [32]byte { return pocotest.Digest("bad") }
	bad.start()
	honest := []*worker{e.newWorker(e.Workers[1], url).start()}

	// Deal A: the bad worker and one honest one disagree; two more honest workers settle it.
	a := e.match(1, 3, nil)
	waitFor(t, 20*time.Second, "two contributions", func() bool { return len(e.task(a, a.BotFirst).Contributions) == 2 })
	for _, acc := range e.Workers[2:] {
		honest = append(honest, e.newWorker(acc, url).start())
	}
	e.waitTasks(a, sdk.TaskCompleted, 40*time.Second)
	if c, _ := e.task(a, a.BotFirst).Contribution(bad.acc.Address); c.Status != sdk.ContributionRejected {
		t.Fatalf("the bad contribution is %s, want REJECTED", c.Status)
	}
	waitFor(t, 10*time.Second, "the bench logged", func() bool {
		return e.logs.count("worker benched", bad.acc.Address.Hex(), "offenses=1") == 1
	})
	off, err := s.st.Offenses(bg, bad.acc.Address)
	if err != nil {
		t.Fatal(err)
	}
	chainNow := time.Unix(int64(e.Now()), 0)
	if off.Count != 1 || off.BenchedUntil.Before(chainNow.Add(time.Minute)) || off.BenchedUntil.After(chainNow.Add(2*time.Minute)) {
		t.Fatalf("offenses %+v at chain time %s, want one and a bench of about two minutes", off, chainNow)
	}
	for _, w := range honest {
		if o, _ := s.st.Offenses(bg, w.acc.Address); o.Count != 0 {
			t.Errorf("honest worker %s has offenses %+v", w.acc.Address.Hex(), o)
		}
	}
	permit, err := s.st.RevealPermit(bg, a.TaskID(a.BotFirst))
	if err != nil || permit == nil {
		t.Fatalf("no stored permit for deal A's task: %v", err)
	}
	secrets := s.secrets

	// Only the bad worker stays; the scheduler restarts.
	for _, w := range honest {
		w.stop()
	}
	must(t, s.Close())
	cfg.Listen = addr
	s = e.start(cfg)
	if s.secrets != secrets {
		t.Fatal("the restarted scheduler has other secrets (check key, plan seed)")
	}
	if again, _ := s.st.RevealPermit(bg, a.TaskID(a.BotFirst)); string(again) != string(permit) {
		t.Fatal("the restarted scheduler lost the permit")
	}
	if again, _ := s.st.Offenses(bg, bad.acc.Address); again != off {
		t.Fatalf("offenses after the restart %+v, want %+v", again, off)
	}

	// Deal B: the only live worker is benched, so the task waits.
	waitFor(t, 10*time.Second, "the honest workers lost", func() bool {
		st, err := s.Status(bg)
		return err == nil && st.Workers == 1
	})
	b := e.match(1, 1, nil)
	idB := b.TaskID(b.BotFirst)
	waitFor(t, 20*time.Second, "deal B's task waiting for a worker", func() bool {
		return e.logs.count("tasks wait for workers", b.ID.Hex(), "benched") > 0
	})
	waitRounds(t, s, 3)
	if bad.has(bad.jobs, idB) {
		t.Fatal("the benched worker got a replicate")
	}
	// Two minutes later on chain, the bench is over.
	e.advance(cfg.BenchAfterWrong + 10*time.Second)
	e.waitTasks(b, sdk.TaskCompleted, 30*time.Second)
	if !bad.has(bad.jobs, idB) {
		t.Fatal("deal B's task was not done by the worker whose bench ended")
	}
}
