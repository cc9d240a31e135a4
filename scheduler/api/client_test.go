package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
)

// fakeServer is just enough of a scheduler to exercise the client's mechanics.
type fakeServer struct {
	t *testing.T

	mu         sync.Mutex
	challenges map[string]common.Address
	tokens     map[string]common.Address
	logins     int
	registers  []Capabilities
	heartbeats int
	reports    []Report
	waits      []string
	refuse     string // login refusal (403) when set
	work       Work
	// batchRefusal, when set, is the status PathReports is answered with (else 404, as
	// a scheduler that predates it); batchTries counts its requests.
	batchRefusal int
	batchTries   int
}

func newFake(t *testing.T) (*fakeServer, *httptest.Server) {
	f := &fakeServer{t: t, challenges: map[string]common.Address{}, tokens: map[string]common.Address{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakeServer) fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{Error: msg})
}

func (f *fakeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	reply := func(v any) { json.NewEncoder(w).Encode(v) }
	switch r.URL.Path {
	case PathChallenge:
		var req ChallengeRequest
		json.NewDecoder(r.Body).Decode(&req)
		ch := fmt.Sprintf("Log in to the test pool as %s, nonce %d", req.Worker.Hex(), len(f.challenges))
		f.challenges[ch] = req.Worker
		reply(Challenge{Challenge: ch, Expires: time.Now().Add(time.Minute)})
		return
	case PathLogin:
		var req Login
		json.NewDecoder(r.Body).Decode(&req)
		who, ok := f.challenges[req.Challenge]
		delete(f.challenges, req.Challenge)
		signer, err := protocol.RecoverSigner(LoginDigest(req.Challenge), req.Signature)
		if !ok || err != nil || signer != who || who != req.Worker {
			f.fail(w, http.StatusUnauthorized, "bad signature")
			return
		}
		if f.refuse != "" {
			f.fail(w, http.StatusForbidden, f.refuse)
			return
		}
		f.logins++
		tok := fmt.Sprintf("token-%d", f.logins)
		f.tokens[tok] = who
		reply(Session{Token: tok, HeartbeatInterval: Duration(5 * time.Second)})
		return
	case PathStatus:
		reply(Status{Workers: len(f.tokens)})
		return
	}
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if _, ok := f.tokens[tok]; !ok {
		f.fail(w, http.StatusUnauthorized, "unknown session: log in again")
		return
	}
	switch r.URL.Path {
	case PathRegister:
		var c Capabilities
		json.NewDecoder(r.Body).Decode(&c)
		f.registers = append(f.registers, c)
	case PathHeartbeat:
		f.heartbeats++
	case PathWork:
		f.waits = append(f.waits, r.URL.Query().Get("wait"))
		reply(f.work)
	case PathReports:
		f.batchTries++
		if f.batchRefusal == 0 {
			http.NotFound(w, r)
			return
		}
		f.fail(w, f.batchRefusal, "refused whole")
	case PathReport:
		var rep Report
		json.NewDecoder(r.Body).Decode(&rep)
		if rep.Step == "bogus" {
			f.fail(w, http.StatusBadRequest, "unknown step \"bogus\"")
			return
		}
		f.reports = append(f.reports, rep)
	default:
		http.NotFound(w, r)
	}
}

// expire forgets every session, as a restarted scheduler would.
func (f *fakeServer) expire() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tokens = map[string]common.Address{}
}

func TestClientSession(t *testing.T) {
	ctx := context.Background()
	f, srv := newFake(t)
	key, _ := crypto.GenerateKey()
	c := NewClient(srv.URL+"/", nil)

	if err := c.Heartbeat(ctx); err != ErrNotLoggedIn {
		t.Fatalf("heartbeat before login: %v", err)
	}
	s, err := c.Login(ctx, key)
	if err != nil || s.Token != "token-1" || c.Session().Token != "token-1" {
		t.Fatalf("login: %+v, %v", s, err)
	}
	caps := Capabilities{Cores: 2, Slots: 2, Executors: []string{"wasm"}}
	if err := c.Register(ctx, caps); err != nil {
		t.Fatal(err)
	}
	if err := c.Heartbeat(ctx); err != nil {
		t.Fatal(err)
	}
	f.work = Work{Cancel: []common.Hash{{1}}}
	w, err := c.Work(ctx, 1500*time.Millisecond)
	if err != nil || len(w.Cancel) != 1 || w.Cancel[0] != (common.Hash{1}) {
		t.Fatalf("work: %+v, %v", w, err)
	}
	if _, err := c.Work(ctx, time.Hour); err != nil {
		t.Fatal(err)
	}
	digest := common.Hash{7}
	if err := c.Report(ctx, Report{TaskID: common.Hash{1}, Step: StepComputed, Digest: &digest}); err != nil {
		t.Fatal(err)
	}

	// The scheduler forgets the session: the next call logs in again, registers again
	// and goes through.
	f.expire()
	if err := c.Report(ctx, Report{TaskID: common.Hash{1}, Step: StepContributed}); err != nil {
		t.Fatalf("report after the session expired: %v", err)
	}
	// Concurrent 401s log in once.
	f.expire()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.Heartbeat(ctx); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()

	f.mu.Lock()
	defer f.mu.Unlock()
	if f.logins != 3 {
		t.Errorf("%d logins, want 3 (first, after each expiry)", f.logins)
	}
	if len(f.registers) != 3 || f.registers[2].Slots != 2 || f.registers[2].Executors[0] != "wasm" {
		t.Errorf("registers %+v, want the capabilities again after each login", f.registers)
	}
	if strings.Join(f.waits, ",") != "2,60" {
		t.Errorf("waits %v, want 2 (rounded up) and 60 (MaxWait)", f.waits)
	}
	if len(f.reports) != 2 || f.reports[0].Digest == nil || *f.reports[0].Digest != digest || f.reports[1].Step != StepContributed {
		t.Errorf("reports %+v", f.reports)
	}
	if f.heartbeats != 5 {
		t.Errorf("%d heartbeats, want 5", f.heartbeats)
	}
}

func TestClientErrors(t *testing.T) {
	ctx := context.Background()
	f, srv := newFake(t)
	key, _ := crypto.GenerateKey()
	c := NewClient(srv.URL, srv.Client())

	f.refuse = "not enough stake: free balance 1 RLC, the pool asks for 10 RLC"
	_, err := c.Login(ctx, key)
	if !IsStatus(err, http.StatusForbidden) || !strings.Contains(err.Error(), "not enough stake") {
		t.Fatalf("refused login: %v", err)
	}
	f.refuse = ""
	if _, err := c.Login(ctx, key); err != nil {
		t.Fatal(err)
	}
	err = c.Report(ctx, Report{Step: "bogus"})
	var se *StatusError
	if !errors.As(err, &se) || se.Status != http.StatusBadRequest || se.Message != `unknown step "bogus"` || se.Path != PathReport {
		t.Fatalf("bad report: %#v", err)
	}
	if st, err := c.Status(ctx); err != nil || st.Workers != 1 {
		t.Fatalf("status: %+v, %v", st, err)
	}

	// A 401 that persists after logging in again is returned, not retried forever.
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case PathChallenge:
			json.NewEncoder(w).Encode(Challenge{Challenge: "x"})
		case PathLogin:
			json.NewEncoder(w).Encode(Session{Token: "t"})
		default:
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte("go away"))
		}
	}))
	defer bad.Close()
	c2 := NewClient(bad.URL, nil)
	if _, err := c2.Login(ctx, key); err != nil {
		t.Fatal(err)
	}
	if err := c2.Heartbeat(ctx); !IsStatus(err, http.StatusUnauthorized) || !strings.Contains(err.Error(), "go away") {
		t.Fatalf("persistent 401: %v", err)
	}

	// An unreachable scheduler says where it tried.
	srv.Close()
	if _, err := c.Login(ctx, key); err == nil || !strings.Contains(err.Error(), "cannot reach the scheduler at "+srv.URL) {
		t.Fatalf("unreachable: %v", err)
	}
}

// Reports to a scheduler without PathReports (it answers 404) go one per request, in
// order, up to the first one not taken; after a new login the batch endpoint is tried
// again.
func TestClientReportsFallBackToOneRequestEach(t *testing.T) {
	ctx := context.Background()
	f, srv := newFake(t)
	key, _ := crypto.GenerateKey()
	c := NewClient(srv.URL, nil)
	if _, err := c.Login(ctx, key); err != nil {
		t.Fatal(err)
	}
	a, b := Report{TaskID: common.Hash{1}, Step: StepStarted}, Report{TaskID: common.Hash{2}, Step: StepStarted}
	errs, err := c.Reports(ctx, []Report{a, {TaskID: common.Hash{3}, Step: "bogus"}, b})
	if err != nil || len(errs) != 2 || errs[0] != nil || !IsStatus(errs[1], http.StatusBadRequest) {
		t.Fatalf("reports: %v, %v; want taken, then refused (400), and the third not sent", errs, err)
	}
	f.expire() // a restarted scheduler: the next call logs in again
	errs, err = c.Reports(ctx, []Report{b})
	if err != nil || len(errs) != 1 || errs[0] != nil {
		t.Fatalf("reports after a new login: %v, %v", errs, err)
	}
	f.mu.Lock()
	got := f.reports
	f.mu.Unlock()
	if len(got) != 2 || got[0].TaskID != a.TaskID || got[1].TaskID != b.TaskID {
		t.Fatalf("the scheduler took %+v, want a then b", got)
	}
	if errs, err := c.Reports(ctx, nil); errs != nil || err != nil {
		t.Fatalf("no reports: %v, %v", errs, err)
	}
}

// Reports in a request the scheduler refuses whole as unreadable (413, 400) go one per
// request this time, each answered apart; the next reports try one request again.
func TestClientReportsOfARequestRefusedWholeGoOneByOne(t *testing.T) {
	ctx := context.Background()
	f, srv := newFake(t)
	f.batchRefusal = http.StatusRequestEntityTooLarge
	key, _ := crypto.GenerateKey()
	c := NewClient(srv.URL, nil)
	if _, err := c.Login(ctx, key); err != nil {
		t.Fatal(err)
	}
	a, b := Report{TaskID: common.Hash{1}, Step: StepStarted}, Report{TaskID: common.Hash{2}, Step: StepStarted}
	errs, err := c.Reports(ctx, []Report{a, b})
	if err != nil || len(errs) != 2 || errs[0] != nil || errs[1] != nil {
		t.Fatalf("reports: %v, %v; want both taken", errs, err)
	}
	if _, err := c.Reports(ctx, []Report{a}); err != nil {
		t.Fatal(err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.reports) != 3 || f.batchTries != 2 {
		t.Fatalf("%d reports taken, %d batch requests; want 3 and 2", len(f.reports), f.batchTries)
	}
}
