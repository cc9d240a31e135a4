package worker

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

// fakeScheduler is a minimal scheduler for the worker's tests: it logs workers in
// (checking their signatures), and hands each worker the work the test queued for it,
// once. It records every report.
type fakeScheduler struct {
	t       *testing.T
	pool    common.Address
	owner   *ecdsa.PrivateKey // signs authorizations
	hbEach  time.Duration
	hub     common.Address
	chainID uint64

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every change
	challenges map[string]common.Address
	tokens     map[string]common.Address
	caps       map[common.Address]api.Capabilities
	heartbeats map[common.Address]int
	pending    map[common.Address]*api.Work
	reports    []workerReport
	logins     int              // login attempts with a good signature
	registers  int              // registrations
	refuse     string           // when set, logins are refused (403) with this reason
	enclaves   []common.Address // enclaves authorized (api.PathEnclave), in order
	// noBatch: PathReports is answered 404, as a scheduler from before it would.
	noBatch bool
	// legacyQueues: the session does not say that queues are sized by run time
	// (api.Session.QueueByRunTime), as a scheduler from before it would.
	legacyQueues bool
	// answer, when set, is the status a report gets (0 or 2xx: taken and recorded);
	// in a PathReports request, the reports after one answered 5xx get 503, as the
	// scheduler answers them.
	answer func(api.Report) int
	// requests counts the report requests: the reports each PathReports request
	// carried, and the PathReport requests.
	batches []int
	singles int
}

// expire forgets every session, as a restarted scheduler would.
func (f *fakeScheduler) expire() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tokens = map[string]common.Address{}
}

type workerReport struct {
	worker common.Address
	api.Report
}

func newFakeScheduler(t *testing.T, pool common.Address, owner *ecdsa.PrivateKey) (*fakeScheduler, *httptest.Server) {
	f := &fakeScheduler{t: t, pool: pool, owner: owner, hbEach: 500 * time.Millisecond,
		changed: make(chan struct{}), challenges: map[string]common.Address{}, tokens: map[string]common.Address{},
		caps: map[common.Address]api.Capabilities{}, heartbeats: map[common.Address]int{}, pending: map[common.Address]*api.Work{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

// changedLocked wakes everyone waiting for a change.
func (f *fakeScheduler) changedLocked() {
	close(f.changed)
	f.changed = make(chan struct{})
}

func reply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (f *fakeScheduler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case api.PathChallenge:
		var req api.ChallengeRequest
		json.NewDecoder(r.Body).Decode(&req)
		f.mu.Lock()
		ch := fmt.Sprintf("poco test scheduler: log in as %s (%d)", req.Worker.Hex(), len(f.challenges))
		f.challenges[ch] = req.Worker
		f.mu.Unlock()
		reply(w, 200, api.Challenge{Challenge: ch, Expires: time.Now().Add(time.Minute)})
		return
	case api.PathLogin:
		var req api.Login
		json.NewDecoder(r.Body).Decode(&req)
		signer, err := protocol.RecoverSigner(api.LoginDigest(req.Challenge), req.Signature)
		f.mu.Lock()
		defer f.mu.Unlock()
		if who, ok := f.challenges[req.Challenge]; !ok || err != nil || signer != who || who != req.Worker {
			reply(w, http.StatusUnauthorized, api.Error{Error: fmt.Sprintf("bad login (signer %s, %v)", signer.Hex(), err)})
			return
		}
		delete(f.challenges, req.Challenge)
		f.logins++
		f.changedLocked()
		if f.refuse != "" {
			reply(w, http.StatusForbidden, api.Error{Error: f.refuse})
			return
		}
		tok := fmt.Sprintf("tok-%s-%d", req.Worker.Hex(), len(f.tokens))
		f.tokens[tok] = req.Worker
		reply(w, 200, api.Session{Token: tok, Workerpool: f.pool, Hub: f.hub, ChainID: f.chainID, HeartbeatInterval: api.Duration(f.hbEach),
			HeartbeatTimeout: api.Duration(10 * f.hbEach), QueueByRunTime: !f.legacyQueues})
		return
	}
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	f.mu.Lock()
	who, ok := f.tokens[tok]
	f.mu.Unlock()
	if !ok {
		reply(w, http.StatusUnauthorized, api.Error{Error: "log in first"})
		return
	}
	switch r.URL.Path {
	case api.PathRegister:
		var c api.Capabilities
		json.NewDecoder(r.Body).Decode(&c)
		f.mu.Lock()
		f.caps[who] = c
		f.registers++
		f.changedLocked()
		f.mu.Unlock()
		reply(w, 200, struct{}{})
	case api.PathHeartbeat:
		f.mu.Lock()
		f.heartbeats[who]++
		f.changedLocked()
		f.mu.Unlock()
		reply(w, 200, struct{}{})
	case api.PathReport:
		var rep api.Report
		json.NewDecoder(r.Body).Decode(&rep)
		f.mu.Lock()
		f.singles++
		status := f.takeLocked(who, rep)
		f.mu.Unlock()
		if status/100 != 2 {
			reply(w, status, api.Error{Error: "refused by the test"})
			return
		}
		reply(w, 200, struct{}{})
	case api.PathReports:
		f.mu.Lock()
		noBatch := f.noBatch
		f.mu.Unlock()
		if noBatch {
			http.NotFound(w, r)
			return
		}
		var req api.Reports
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			reply(w, http.StatusBadRequest, api.Error{Error: err.Error()})
			return
		}
		f.mu.Lock()
		f.batches = append(f.batches, len(req.Reports))
		out := api.ReportResults{Results: make([]api.ReportResult, len(req.Reports))}
		failed := false
		for i, rep := range req.Reports {
			status := http.StatusServiceUnavailable
			if !failed {
				status = f.takeLocked(who, rep)
				failed = status/100 == 5
			}
			out.Results[i] = api.ReportResult{Status: status}
			if status/100 != 2 {
				out.Results[i].Error = "refused by the test"
			}
		}
		f.mu.Unlock()
		reply(w, 200, out)
	case api.PathEnclave:
		// The scheduler's part for a TEE task: the authorization for the worker's enclave.
		var req api.EnclaveRequest
		json.NewDecoder(r.Body).Decode(&req)
		if req.Enclave == (common.Address{}) {
			reply(w, http.StatusBadRequest, api.Error{Error: "no enclave"})
			return
		}
		sig, err := sdk.SignAuthorization(f.owner, who, req.Task, req.Enclave)
		if err != nil {
			reply(w, http.StatusInternalServerError, api.Error{Error: err.Error()})
			return
		}
		f.mu.Lock()
		f.enclaves = append(f.enclaves, req.Enclave)
		f.changedLocked()
		f.mu.Unlock()
		reply(w, 200, api.EnclaveAuthorization{Task: req.Task, Enclave: req.Enclave, Authorization: sig})
	case api.PathWork:
		secs, _ := strconv.Atoi(r.URL.Query().Get("wait"))
		deadline := time.After(time.Duration(secs) * time.Second)
		for {
			f.mu.Lock()
			work, changed := f.pending[who], f.changed
			if work != nil {
				delete(f.pending, who)
			}
			f.mu.Unlock()
			if work != nil {
				reply(w, 200, work)
				return
			}
			select {
			case <-changed:
			case <-deadline:
				reply(w, 200, api.Work{})
				return
			case <-r.Context().Done():
				return
			}
		}
	default:
		http.NotFound(w, r)
	}
}

// takeLocked answers one report: its status, and the report recorded when taken.
func (f *fakeScheduler) takeLocked(who common.Address, rep api.Report) int {
	status := http.StatusNoContent
	if f.answer != nil {
		if st := f.answer(rep); st != 0 {
			status = st
		}
	}
	if status/100 == 2 {
		f.reports = append(f.reports, workerReport{who, rep})
		f.t.Logf("report from %s: %s %s %s%s", who.Hex()[:8], rep.TaskID.Hex()[:10], rep.Step, rep.Error, rep.Code)
	}
	f.changedLocked()
	return status
}

// give queues work for worker (handed over at its next poll).
func (f *fakeScheduler) give(worker common.Address, work api.Work) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.pending[worker]
	if p == nil {
		p = &api.Work{}
		f.pending[worker] = p
	}
	p.Jobs = append(p.Jobs, work.Jobs...)
	p.Reveals = append(p.Reveals, work.Reveals...)
	p.Cancel = append(p.Cancel, work.Cancel...)
	f.changedLocked()
}

// job is task idx of deal for worker, with the scheduler's authorization.
func (f *fakeScheduler) job(deal *sdk.Deal, idx uint64, worker common.Address, finalize bool) api.Job {
	f.t.Helper()
	id := deal.TaskID(idx)
	auth, err := sdk.SignAuthorization(f.owner, worker, id, common.Address{})
	if err != nil {
		f.t.Fatal(err)
	}
	return api.Job{Deal: deal, Index: idx, TaskID: id, Authorization: auth, Finalize: finalize}
}

// waitFor waits until cond (called with f.mu held) holds.
func (f *fakeScheduler) waitFor(what string, cond func() bool) {
	f.t.Helper()
	timeout := time.After(40 * time.Second)
	for {
		f.mu.Lock()
		ok, changed := cond(), f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-changed:
		case <-timeout:
			f.t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// waitReport waits for worker's report of step for task, and returns it.
func (f *fakeScheduler) waitReport(worker common.Address, task common.Hash, step api.Step) api.Report {
	f.t.Helper()
	var got api.Report
	f.waitFor(fmt.Sprintf("%s to report %s for %s", worker.Hex(), step, task.Hex()), func() bool {
		for _, r := range f.reports {
			if r.worker == worker && r.TaskID == task && r.Step == step {
				got = r.Report
				return true
			}
		}
		return false
	})
	return got
}

// reportsOf returns the steps worker reported for task, in order.
func (f *fakeScheduler) stepsOf(worker common.Address, task common.Hash) []api.Step {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []api.Step
	for _, r := range f.reports {
		if r.worker == worker && r.TaskID == task {
			out = append(out, r.Step)
		}
	}
	return out
}
