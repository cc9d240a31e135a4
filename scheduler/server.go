package scheduler

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// challengeTTL is how long a login challenge may be used.
const challengeTTL = time.Minute

// maxChallenges bounds the challenges kept in memory (expired ones are dropped first).
const maxChallenges = 10_000

// maxBody is the largest request body the worker API reads.
const maxBody = 1 << 20

// maxDeclared bounds the slots and the queue a worker may declare. The pool counts only
// what a worker proves and its stake backs; the bound keeps the sums in range.
const maxDeclared = 1 << 30

type challenge struct {
	worker  common.Address
	expires time.Time
}

// session is a logged-in worker. Sessions live in memory: after a restart of the
// scheduler, workers get 401 and log in again.
type session struct {
	worker     common.Address
	registered bool
	speed      float64   // its declared speed factor (0: unknown)
	free       *big.Int  // its free balance in the hub, read at login (nil: not read)
	freeAt     time.Time // when
	// delivered remembers what this session was already given, so that a long poll
	// waits for something new instead of returning the same work at once.
	delivered map[string]bool
	// resent holds the replicates the worker holds uncontributed that this session gave
	// (api.Session.ResendsHeld): once started, each is given once per session.
	resent map[[32]byte]bool
}

func (s *Scheduler) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+api.PathChallenge, s.handleChallenge)
	mux.HandleFunc("POST "+api.PathLogin, s.handleLogin)
	mux.HandleFunc("POST "+api.PathRegister, s.authed(s.handleRegister))
	mux.HandleFunc("POST "+api.PathHeartbeat, s.authed(s.handleHeartbeat))
	mux.HandleFunc("GET "+api.PathWork, s.authed(s.handleWork))
	mux.HandleFunc("POST "+api.PathReport, s.authed(s.handleReport))
	mux.HandleFunc("POST "+api.PathReports, s.authed(s.handleReports))
	mux.HandleFunc("POST "+api.PathEnclave, s.authed(s.handleEnclave))
	mux.HandleFunc("GET "+api.PathStatus, s.handleStatus)
	mux.HandleFunc("GET "+api.PathTasks+"{task}", s.handleTask)
	mux.HandleFunc("GET "+api.PathDeals+"{deal}/tasks", s.handleDealTasks)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: %s %s", r.Method, r.URL.Path)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, api.Error{Error: fmt.Sprintf(format, args...)})
}

// decode reads a JSON body into v, answering 400 itself when it cannot.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(v); err != nil {
		writeError(w, http.StatusBadRequest, "bad request body: %v", err)
		return false
	}
	return true
}

// authed checks the bearer token of the call and hands its session to h.
func (s *Scheduler) authed(h func(http.ResponseWriter, *http.Request, *session)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || token == "" {
			writeError(w, http.StatusUnauthorized, "not logged in: log in (%s) and send \"Authorization: Bearer <token>\"", api.PathLogin)
			return
		}
		s.mu.Lock()
		sess := s.sessions[token]
		s.mu.Unlock()
		if sess == nil {
			writeError(w, http.StatusUnauthorized, "unknown or expired session (the scheduler restarted, or the worker logged in again elsewhere): log in again")
			return
		}
		h(w, r, sess)
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

func (s *Scheduler) handleChallenge(w http.ResponseWriter, r *http.Request) {
	var req api.ChallengeRequest
	if !decode(w, r, &req) {
		return
	}
	if req.Worker == (common.Address{}) {
		writeError(w, http.StatusBadRequest, "no worker address in the challenge request")
		return
	}
	now := s.now()
	expires := now.Add(challengeTTL)
	text := fmt.Sprintf("Poco worker login\nworkerpool: %s\nworker: %s\nnonce: %s\nexpires: %s",
		s.cfg.Workerpool.Hex(), req.Worker.Hex(), randomHex(16), expires.UTC().Format(time.RFC3339))
	s.mu.Lock()
	if len(s.challenges) >= maxChallenges {
		for k, c := range s.challenges {
			if now.After(c.expires) {
				delete(s.challenges, k)
			}
		}
	}
	full := len(s.challenges) >= maxChallenges
	if !full {
		s.challenges[text] = challenge{worker: req.Worker, expires: expires}
	}
	s.mu.Unlock()
	if full {
		writeError(w, http.StatusServiceUnavailable, "too many logins in progress: try again in a minute")
		return
	}
	writeJSON(w, http.StatusOK, api.Challenge{Challenge: text, Expires: expires})
}

func (s *Scheduler) handleLogin(w http.ResponseWriter, r *http.Request) {
	var req api.Login
	if !decode(w, r, &req) {
		return
	}
	s.mu.Lock()
	ch, ok := s.challenges[req.Challenge]
	delete(s.challenges, req.Challenge) // one use, even a failed one
	s.mu.Unlock()
	switch {
	case !ok:
		writeError(w, http.StatusUnauthorized, "unknown challenge (already used, or from before a restart): ask for a new one (%s)", api.PathChallenge)
		return
	case s.now().After(ch.expires):
		writeError(w, http.StatusUnauthorized, "the challenge expired at %s: ask for a new one (%s)", ch.expires.UTC().Format(time.RFC3339), api.PathChallenge)
		return
	case ch.worker != req.Worker:
		writeError(w, http.StatusUnauthorized, "the challenge was given to worker %s, not %s", ch.worker.Hex(), req.Worker.Hex())
		return
	}
	sig := append([]byte(nil), req.Signature...)
	if len(sig) == 65 && sig[64] < 2 {
		sig[64] += 27 // v = 0/1 → 27/28
	}
	signer, err := protocol.RecoverSigner(api.LoginDigest(req.Challenge), sig)
	if err != nil {
		writeError(w, http.StatusUnauthorized, "the login signature does not verify: %v", err)
		return
	}
	if signer != req.Worker {
		writeError(w, http.StatusUnauthorized, "the challenge was signed by %s, not by worker %s: sign it with the worker's key", signer.Hex(), req.Worker.Hex())
		return
	}
	free, msg, status := s.admit(r.Context(), req.Worker)
	if msg != "" {
		s.log.Info("worker refused", "worker", req.Worker.Hex(), "why", msg)
		writeError(w, status, "%s", msg)
		return
	}
	token := randomHex(32)
	s.mu.Lock()
	for t, old := range s.sessions { // one session per worker: the latest login
		if old.worker == req.Worker {
			delete(s.sessions, t)
		}
	}
	s.sessions[token] = &session{worker: req.Worker, delivered: map[string]bool{}, free: free, freeAt: s.now()}
	if free != nil {
		s.stakeRead[req.Worker] = s.now()
	}
	s.mu.Unlock()
	s.log.Info("worker logged in", "worker", req.Worker.Hex())
	writeJSON(w, http.StatusOK, api.Session{Token: token, Workerpool: s.cfg.Workerpool, Scheduler: s.c.Address(),
		ChainID: s.chain.ID, Hub: s.chain.Hub, ResendsHeld: true, QueueByRunTime: true,
		HeartbeatInterval: api.Duration(s.cfg.HeartbeatInterval), HeartbeatTimeout: api.Duration(s.cfg.HeartbeatTimeout)})
}

// admit applies the pool's admission rules to worker; it returns why it is refused (and
// the status to answer) or "", and the worker's free balance when the pool asks a stake.
func (s *Scheduler) admit(ctx context.Context, worker common.Address) (*big.Int, string, int) {
	if len(s.allow) > 0 && !s.allow[worker] {
		return nil, fmt.Sprintf("worker %s is not on the allow-list of workerpool %s (a private pool): ask its owner %s to add it",
			worker.Hex(), s.cfg.Workerpool.Hex(), s.c.Address().Hex()), http.StatusForbidden
	}
	if s.cfg.MinStake.Sign() > 0 {
		bal, err := s.c.Account(ctx, worker)
		if err != nil {
			return nil, fmt.Sprintf("cannot read the balance of worker %s from the chain: %v", worker.Hex(), err), http.StatusServiceUnavailable
		}
		if bal.Free.Cmp(s.cfg.MinStake) < 0 {
			return nil, fmt.Sprintf("worker %s has %s free, the pool needs %s staked: deposit more with `poco account deposit`",
				worker.Hex(), sdk.FormatRLC(bal.Free), sdk.FormatRLC(s.cfg.MinStake)), http.StatusForbidden
		}
		return bal.Free, "", 0
	}
	return nil, "", 0
}

// stakeSlots is how many replicates a free balance backs at once: free / Config.MinStake,
// or nil (no limit) when the pool asks no stake.
func (s *Scheduler) stakeSlots(free *big.Int) *int {
	if s.cfg.MinStake.Sign() <= 0 {
		return nil
	}
	n := math.MaxInt32
	if q := new(big.Int).Div(free, s.cfg.MinStake); q.IsInt64() && q.Int64() < math.MaxInt32 {
		n = int(q.Int64())
	}
	return &n
}

// refreshStake reads worker's free balance again when the last reading is older than
// Config.StakeRefresh, and records the slots it backs: one chain read per worker per
// StakeRefresh at most. A failed read keeps the last reading.
func (s *Scheduler) refreshStake(ctx context.Context, worker common.Address) {
	if s.cfg.MinStake.Sign() <= 0 {
		return
	}
	now := s.now()
	s.mu.Lock()
	due := now.Sub(s.stakeRead[worker]) >= s.cfg.StakeRefresh
	if due {
		s.stakeRead[worker] = now // one read at a time per worker
	}
	s.mu.Unlock()
	if !due {
		return
	}
	bal, err := s.c.Account(ctx, worker)
	if err == nil {
		err = s.st.SetStakeSlots(ctx, worker, s.stakeSlots(bal.Free))
	}
	if err != nil {
		s.log.Debug("refreshing a worker's stake failed; keeping the last reading", "worker", worker.Hex(), "err", err)
	}
}

func (s *Scheduler) handleRegister(w http.ResponseWriter, r *http.Request, sess *session) {
	var caps api.Capabilities
	if !decode(w, r, &caps) {
		return
	}
	if caps.Slots < 1 {
		caps.Slots = 1
	}
	if caps.Cores < 0 || caps.GPUs < 0 || caps.MemoryMB < 0 || caps.Queue < 0 || caps.Speed < 0 {
		writeError(w, http.StatusBadRequest, "capabilities cannot be negative")
		return
	}
	if caps.Slots > maxDeclared || caps.Queue > maxDeclared {
		writeError(w, http.StatusBadRequest, "%d slots and a queue of %d: declare at most %d of each", caps.Slots, caps.Queue, maxDeclared)
		return
	}
	ctx := r.Context()
	score, err := s.c.Score(ctx, sess.worker)
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "cannot read the score of worker %s from the chain: %v", sess.worker.Hex(), err)
		return
	}
	var staked *int
	if s.cfg.MinStake.Sign() > 0 {
		// The balance read at login, unless it is older than a refresh.
		s.mu.Lock()
		free := sess.free
		if s.now().Sub(sess.freeAt) >= s.cfg.StakeRefresh {
			free = nil
		}
		s.mu.Unlock()
		if free == nil {
			bal, err := s.c.Account(ctx, sess.worker)
			if err != nil {
				writeError(w, http.StatusServiceUnavailable, "cannot read the balance of worker %s from the chain: %v", sess.worker.Hex(), err)
				return
			}
			free = bal.Free
			s.mu.Lock()
			sess.free, sess.freeAt, s.stakeRead[sess.worker] = free, s.now(), s.now()
			s.mu.Unlock()
		}
		staked = s.stakeSlots(free)
	}
	now := s.now()
	c := store.Capabilities{Cores: caps.Cores, Slots: caps.Slots, Queue: caps.Queue, GPUs: caps.GPUs, TEE: caps.TEE,
		Executors: caps.Executors, MemoryMB: caps.MemoryMB, Speed: caps.Speed}
	err = s.st.UpsertWorker(ctx, store.Worker{Address: sess.worker, Score: score, LastSeen: now, Capabilities: c, StakeSlots: staked}, now)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "storing the worker: %v", err)
		return
	}
	s.mu.Lock()
	sess.registered, sess.speed = true, caps.Speed
	s.seen[sess.worker], s.saved[sess.worker] = now, now
	s.mu.Unlock()
	args := []any{"worker", sess.worker.Hex(), "slots", caps.Slots, "queue", caps.Queue, "executors", caps.Executors,
		"gpus", caps.GPUs, "tee", caps.TEE, "speed", caps.Speed, "score", score}
	if staked != nil {
		args = append(args, "stake_slots", *staked)
	}
	s.log.Info("worker registered", args...)
	if staked != nil && *staked == 0 {
		s.log.Warn("worker's free stake backs no slot: it gets no task until it deposits more (poco account deposit)",
			"worker", sess.worker.Hex(), "min_stake_per_slot", sdk.FormatRLC(s.cfg.MinStake))
	}
	if len(caps.Executors) == 0 {
		s.log.Warn("worker declares no executor: it will get no task", "worker", sess.worker.Hex())
	}
	kick(s.planKick)
	w.WriteHeader(http.StatusNoContent)
}

// registered answers 409 and returns false when the session's worker has not registered.
func (s *Scheduler) registered(w http.ResponseWriter, sess *session) bool {
	s.mu.Lock()
	ok := sess.registered
	s.mu.Unlock()
	if !ok {
		writeError(w, http.StatusConflict, "worker %s is not registered: send its capabilities (%s) after logging in", sess.worker.Hex(), api.PathRegister)
	}
	return ok
}

func (s *Scheduler) handleHeartbeat(w http.ResponseWriter, r *http.Request, sess *session) {
	if !s.registered(w, sess) {
		return
	}
	s.mu.Lock()
	s.seen[sess.worker] = s.now()
	s.mu.Unlock()
	s.refreshStake(r.Context(), sess.worker)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Scheduler) handleWork(w http.ResponseWriter, r *http.Request, sess *session) {
	if !s.registered(w, sess) {
		return
	}
	var wait time.Duration
	if v := r.URL.Query().Get("wait"); v != "" {
		secs, err := strconv.ParseFloat(v, 64)
		if err != nil || secs < 0 {
			writeError(w, http.StatusBadRequest, "wait=%q: want a number of seconds", v)
			return
		}
		wait = min(time.Duration(secs*float64(time.Second)), api.MaxWait)
	}
	ctx := r.Context()
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	expired := wait == 0
	for {
		changed := s.changes() // before reading, so no change is missed
		s.mu.Lock()
		resent := sess.resent
		s.mu.Unlock()
		work, cancels, held, err := s.workFor(ctx, sess.worker, resent)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			writeError(w, http.StatusInternalServerError, "reading the work: %v", err)
			return
		}
		if s.hasNew(sess, work) || expired {
			if err := s.st.MarkCancelSent(ctx, sess.worker, cancels); err != nil {
				writeError(w, http.StatusInternalServerError, "reading the work: %v", err)
				return
			}
			s.markDelivered(sess, work)
			s.mu.Lock()
			sess.resent = held // given now or before in this session; those no longer held are forgotten
			s.mu.Unlock()
			if len(work.Jobs)+len(work.Reveals)+len(work.Cancel) > 0 {
				s.log.Debug("work sent", "worker", sess.worker.Hex(), "jobs", len(work.Jobs), "reveals", len(work.Reveals), "cancel", len(work.Cancel))
			}
			writeJSON(w, http.StatusOK, work)
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-deadline.C:
			expired = true
		case <-changed:
		}
	}
}

func jobKey(j api.Job) string       { return "job " + j.TaskID.Hex() }
func revealKey(r api.Reveal) string { return fmt.Sprintf("reveal %s %t", r.TaskID.Hex(), r.Upload) }

// hasNew reports whether work holds something the session was not given yet.
func (s *Scheduler) hasNew(sess *session, work api.Work) bool {
	if len(work.Cancel) > 0 {
		return true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, j := range work.Jobs {
		if !sess.delivered[jobKey(j)] {
			return true
		}
	}
	for _, r := range work.Reveals {
		if !sess.delivered[revealKey(r)] {
			return true
		}
	}
	return false
}

// markDelivered records what the session was just given. Only the current work is kept:
// what left it (started, acknowledged, ended) does not come back as it was.
func (s *Scheduler) markDelivered(sess *session, work api.Work) {
	delivered := make(map[string]bool, len(work.Jobs)+len(work.Reveals))
	for _, j := range work.Jobs {
		delivered[jobKey(j)] = true
	}
	for _, r := range work.Reveals {
		delivered[revealKey(r)] = true
	}
	s.mu.Lock()
	sess.delivered = delivered
	s.mu.Unlock()
}

// workFor is what worker should do now: its replicates not started yet, those it holds
// uncontributed (their start reported) that this session did not give yet (resent:
// those it gave; api.Session.ResendsHeld), its reveal requests not acknowledged yet, and
// the replicates withdrawn from it that it was not told about (returned apart too, to be
// marked as told). held is every replicate it holds uncontributed: once this work is
// given, the session has given each of them.
func (s *Scheduler) workFor(ctx context.Context, worker common.Address, resent map[[32]byte]bool) (work api.Work, cancels [][32]byte, held map[[32]byte]bool, err error) {
	work = api.Work{Jobs: []api.Job{}, Reveals: []api.Reveal{}, Cancel: []common.Hash{}}
	as, err := s.st.WorkerAssignments(ctx, worker)
	if err != nil {
		return work, nil, nil, err
	}
	for _, a := range as {
		switch {
		case a.State == store.Lost && !a.CancelSent:
			work.Cancel = append(work.Cancel, a.Task)
			cancels = append(cancels, a.Task)
		case a.State == store.Assigned && a.TaskStatus.TakesContributions():
			if held == nil {
				held = map[[32]byte]bool{}
			}
			held[a.Task] = true
			if a.Step != "" && resent[a.Task] {
				continue
			}
			d, err := s.deal(ctx, a.Deal)
			if err != nil {
				return work, nil, nil, err
			}
			work.Jobs = append(work.Jobs, api.Job{Deal: d, Index: a.Index, TaskID: a.Task,
				Authorization: a.Authorization, Finalize: d.Trust <= 1})
		}
	}
	rs, err := s.st.WorkerReveals(ctx, worker)
	if err != nil {
		return work, nil, nil, err
	}
	for _, r := range rs {
		if r.Revealed && !r.Upload {
			continue // done on chain: nothing left to ask
		}
		d, err := s.deal(ctx, r.Deal)
		if err != nil {
			return work, nil, nil, err
		}
		work.Reveals = append(work.Reveals, api.Reveal{Deal: d, Index: r.Index, TaskID: r.Task, Upload: r.Upload, Permit: r.Permit})
	}
	return work, cancels, held, nil
}

// maxReportsBody is the largest body PathReports reads (maxBody is one report's).
const maxReportsBody = 8 << 20

// handleReport takes one report (api.PathReport).
func (s *Scheduler) handleReport(w http.ResponseWriter, r *http.Request, sess *session) {
	if !s.registered(w, sess) {
		return
	}
	var rep api.Report
	if !decode(w, r, &rep) {
		return
	}
	res := s.takeReports(r.Context(), sess, []api.Report{rep})[0]
	if res.Status/100 != 2 {
		writeError(w, res.Status, "%s", res.Error)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// handleReports takes many reports in one request (api.PathReports) and answers each.
func (s *Scheduler) handleReports(w http.ResponseWriter, r *http.Request, sess *session) {
	if !s.registered(w, sess) {
		return
	}
	var req api.Reports
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxReportsBody)).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "bad request body: %v", err)
		return
	}
	if len(req.Reports) > api.MaxReports {
		writeError(w, http.StatusRequestEntityTooLarge, "%d reports in one request: send at most %d", len(req.Reports), api.MaxReports)
		return
	}
	writeJSON(w, http.StatusOK, api.ReportResults{Results: s.takeReports(r.Context(), sess, req.Reports)})
}

// checkedReport is a report checked against what the store holds: what it writes
// (nothing when write is nil), or why it is refused.
type checkedReport struct {
	res   api.ReportResult
	write *store.WorkerReport
	logs  func() // what to log once it is stored
}

// notApplied answers a report that followed a failed one in the same request.
var notApplied = api.ReportResult{Status: http.StatusServiceUnavailable, Error: "not applied: an earlier report of this request failed; send it again"}

// takeReports checks and stores a worker's reports, in order, and answers each with the
// status a single report would get (api.PathReports). The writes of all the reports are
// stored in one transaction and wake the planning loops once. A report refused (400,
// 404) is not written and the others go on; after one that fails (500), the later ones
// are not applied (503), so that the worker sends them again in order.
func (s *Scheduler) takeReports(ctx context.Context, sess *session, rs []api.Report) []api.ReportResult {
	now := s.now()
	out := make([]api.ReportResult, len(rs))
	checked := make([]checkedReport, 0, len(rs))
	failed := len(rs)
	for i := range rs {
		c := s.checkReport(ctx, sess, &rs[i], now)
		checked = append(checked, c)
		if c.res.Status/100 == 5 {
			failed = i
			break
		}
	}
	writes := make([]store.WorkerReport, 0, len(checked))
	for _, c := range checked {
		if c.write != nil {
			writes = append(writes, *c.write)
		}
	}
	var errs []error
	if len(writes) > 0 {
		errs = s.st.Reports(ctx, writes)
	}
	stored := false
	for i, c := range checked {
		if c.write != nil {
			err := errs[0]
			errs = errs[1:]
			switch {
			case errors.Is(err, store.ErrNotApplied):
				c.res = notApplied
			case err != nil:
				c.res = api.ReportResult{Status: http.StatusInternalServerError, Error: fmt.Sprintf("storing the report: %v", err)}
			default:
				stored = true
				if c.logs != nil {
					c.logs()
				}
			}
		}
		out[i] = c.res
	}
	for i := failed + 1; i < len(rs); i++ {
		out[i] = notApplied
	}
	if stored {
		s.kickAll()
	}
	return out
}

// checkReport checks rep, a report of sess's worker, against what the store holds, and
// returns what it writes, or why it is refused (400, 404) or failed (500).
func (s *Scheduler) checkReport(ctx context.Context, sess *session, rep *api.Report, now time.Time) checkedReport {
	taken := checkedReport{res: api.ReportResult{Status: http.StatusNoContent}}
	refuse := func(status int, format string, args ...any) checkedReport {
		return checkedReport{res: api.ReportResult{Status: status, Error: fmt.Sprintf(format, args...)}}
	}
	worker := sess.worker
	a, aerr := s.st.Assignment(ctx, rep.TaskID, worker)
	hasA := aerr == nil
	var (
		rv   store.RevealRequest
		rerr = store.ErrNotAssigned
	)
	switch rep.Step {
	case api.StepStarted, api.StepComputed, api.StepContributed, api.StepFinalized:
		if hasA {
			break // the reveal request plays no part
		}
		fallthrough
	default:
		rv, rerr = s.st.Reveal(ctx, rep.TaskID, worker)
	}
	hasR := rerr == nil
	for _, err := range []error{aerr, rerr} {
		if err != nil && !errors.Is(err, store.ErrNotAssigned) {
			return refuse(http.StatusInternalServerError, "reading the task: %v", err)
		}
	}
	if !hasA && !hasR {
		return refuse(http.StatusNotFound, "worker %s was given no replicate of task %s", worker.Hex(), rep.TaskID.Hex())
	}
	errText := rep.Error
	if rep.Code != "" {
		errText = strings.TrimSpace(rep.Code + ": " + rep.Error)
	}
	wr := &store.WorkerReport{Task: rep.TaskID, Worker: worker, At: now}
	step := func() {
		wr.SetStep, wr.Step, wr.Digest, wr.Error = true, string(rep.Step), (*[32]byte)(rep.Digest), errText
	}
	switch rep.Step {
	case api.StepStarted, api.StepComputed, api.StepContributed, api.StepFinalized:
		if !hasA {
			return taken
		}
		step()
		if rep.Step == api.StepStarted && a.Step == "" {
			dl, err := s.startedDeadline(ctx, a, sess, now)
			if err != nil {
				return refuse(http.StatusInternalServerError, "storing the report: %v", err)
			}
			wr.Deadline = dl
		}
	case api.StepRevealed:
		wr.AckReveal = hasR
		if hasA {
			step()
		}
	case api.StepUploaded:
		if len(rep.Results) == 0 {
			return refuse(http.StatusBadRequest, "an uploaded report needs the results location (results)")
		}
		if hasR {
			wr.RevealState, wr.Results, wr.Callback = store.RevealAcked, rep.Results, rep.Callback
			taken.logs = func() {
				s.log.Info("result uploaded", "task", rep.TaskID.Hex(), "worker", worker.Hex(), "results", string(rep.Results))
			}
		} else {
			step()
		}
	case api.StepFailed:
		switch {
		case hasR && rv.State != store.RevealFailed:
			// It cannot reveal (or upload): if it was the uploader, the plan loop picks
			// another member of the consensus group.
			wr.RevealState = store.RevealFailed
			withdrawn := hasA && a.State == store.Lost
			taken.logs = func() {
				if withdrawn {
					// Its replicate was withdrawn: it dropped the task as told.
					s.log.Info("worker cannot reveal: its replicate was withdrawn", "task", rep.TaskID.Hex(), "worker", worker.Hex(),
						"upload", rv.Upload, "error", errText)
				} else {
					s.log.Warn("worker cannot reveal", "task", rep.TaskID.Hex(), "worker", worker.Hex(), "upload", rv.Upload, "error", errText)
				}
			}
		case hasA && a.State == store.Assigned:
			// It gives the replicate up: the plan loop gives it to another worker.
			wr.State = store.Failed
			step()
			wr.Digest = nil
			needed := a.TaskStatus.TakesContributions() && !rep.NotNeeded
			taken.logs = func() {
				if needed {
					s.log.Warn("worker gave a replicate up", "task", rep.TaskID.Hex(), "worker", worker.Hex(), "error", errText)
				} else {
					// Its task went on without it (the reveals opened, or the task ended).
					s.log.Info("worker dropped a replicate its task no longer needs", "task", rep.TaskID.Hex(), "worker", worker.Hex(),
						"status", a.TaskStatus, "error", errText)
				}
			}
		}
	default:
		return refuse(http.StatusBadRequest, "unknown step %q", rep.Step)
	}
	if wr.AckReveal || wr.RevealState != "" || wr.State != "" || wr.SetStep {
		taken.write = wr
	}
	return taken
}

// handleEnclave signs, for a TEE task, the authorization for the worker to contribute
// with the enclave it made for the task (api.PathEnclave), while the worker holds the
// replicate. It is stored as the replicate's authorization (a new enclave replaces the
// last one) and returned.
func (s *Scheduler) handleEnclave(w http.ResponseWriter, r *http.Request, sess *session) {
	if !s.registered(w, sess) {
		return
	}
	var req api.EnclaveRequest
	if !decode(w, r, &req) {
		return
	}
	ctx, worker := r.Context(), sess.worker
	if req.Enclave == (common.Address{}) {
		writeError(w, http.StatusBadRequest, "no enclave address: a TEE task's worker asks for the authorization of the enclave key it made for the task")
		return
	}
	a, err := s.st.Assignment(ctx, req.Task, worker)
	switch {
	case errors.Is(err, store.ErrNotAssigned):
		writeError(w, http.StatusNotFound, "worker %s was given no replicate of task %s", worker.Hex(), req.Task.Hex())
		return
	case err != nil:
		writeError(w, http.StatusInternalServerError, "reading the task: %v", err)
		return
	case a.State != store.Assigned:
		writeError(w, http.StatusConflict, "worker %s no longer holds its replicate of task %s (it is %s): no authorization for an enclave",
			worker.Hex(), req.Task.Hex(), a.State)
		return
	case !a.TaskStatus.TakesContributions():
		writeError(w, http.StatusConflict, "task %s takes no more contributions (it is %s)", req.Task.Hex(), a.TaskStatus)
		return
	}
	d, err := s.deal(ctx, a.Deal)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "reading the deal: %v", err)
		return
	}
	if !d.Tag.HasTEE() {
		writeError(w, http.StatusBadRequest, "task %s is not a TEE task (its deal's tag %s has no TEE bit): contribute with the job's authorization, without an enclave",
			req.Task.Hex(), d.Tag)
		return
	}
	sig, err := s.c.SignAuthorization(worker, req.Task, req.Enclave)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "signing the authorization: %v", err)
		return
	}
	if err := s.st.Tx(ctx, func(tx *store.Tx) error { return tx.SetAuthorization(ctx, req.Task, worker, sig) }); err != nil {
		writeError(w, http.StatusInternalServerError, "storing the authorization: %v", err)
		return
	}
	s.log.Info("enclave authorized", "task", req.Task.Hex(), "worker", worker.Hex(), "enclave", req.Enclave.Hex())
	writeJSON(w, http.StatusOK, api.EnclaveAuthorization{Task: req.Task, Enclave: req.Enclave, Authorization: sig})
}

// startedDeadline is the progress deadline of a replicate whose run just started (it
// waited in the worker's queue) had it been assigned now, which the report stores if it
// is later (store.WorkerReport.Deadline): a queue does not make a worker late. It moves
// once, at the first StepStarted. Zero: no deadline to move.
func (s *Scheduler) startedDeadline(ctx context.Context, a store.AssignmentRecord, sess *session, now time.Time) (time.Time, error) {
	if a.Deadline.IsZero() || a.State != store.Assigned {
		return time.Time{}, nil
	}
	d, err := s.deal(ctx, a.Deal)
	if err != nil {
		return time.Time{}, err
	}
	s.mu.Lock()
	speed := sess.speed
	s.mu.Unlock()
	return plan.ProgressDeadline(now, time.Duration(d.WorkClockTimeRef)*time.Second, speed), nil
}

func (s *Scheduler) handleStatus(w http.ResponseWriter, r *http.Request) {
	st, err := s.Status(r.Context())
	if err != nil {
		writeError(w, http.StatusInternalServerError, "%v", err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// handleTask answers what the scheduler says of one task (api.TaskState).
func (s *Scheduler) handleTask(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "task", "task id")
	if !ok {
		return
	}
	st, err := s.st.TaskState(r.Context(), id)
	if errors.Is(err, store.ErrUnknownTask) {
		writeError(w, http.StatusNotFound, "the scheduler of workerpool %s does not follow task %s: it is no task of this pool's deals, or its deal is not seen yet",
			s.cfg.Workerpool.Hex(), common.Hash(id).Hex())
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, "reading the task: %v", err)
		return
	}
	writeJSON(w, http.StatusOK, taskState(st))
}

// handleDealTasks answers what the scheduler says of each task of a deal, in one answer
// (api.DealTasks).
func (s *Scheduler) handleDealTasks(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "deal", "deal id")
	if !ok {
		return
	}
	sts, err := s.st.DealTaskStates(r.Context(), id)
	if errors.Is(err, store.ErrUnknownDeal) {
		writeError(w, http.StatusNotFound, "the scheduler of workerpool %s does not follow deal %s: it is another pool's deal, or not seen yet",
			s.cfg.Workerpool.Hex(), common.Hash(id).Hex())
		return
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, "reading the deal's tasks: %v", err)
		return
	}
	out := api.DealTasks{Workerpool: s.cfg.Workerpool, Deal: id, Tasks: make([]api.TaskState, len(sts))}
	for i, st := range sts {
		out.Tasks[i] = taskState(st)
	}
	writeJSON(w, http.StatusOK, out)
}

// pathID reads a 32-byte 0x-hex id from the path, answering 400 itself when it is not one.
func pathID(w http.ResponseWriter, r *http.Request, name, what string) ([32]byte, bool) {
	v := r.PathValue(name)
	b, err := hexutil.Decode(v)
	if err != nil || len(b) != 32 {
		writeError(w, http.StatusBadRequest, "%s %q is not a %s: want 0x followed by 64 hex digits", name, v, what)
		return [32]byte{}, false
	}
	return [32]byte(b), true
}

// taskState is a stored task state as the public endpoints show it: a COMPLETED or FAILED
// task is described from its status, since its status changed.
func taskState(st store.TaskState) api.TaskState {
	out := api.TaskState{Task: st.Task, Deal: st.Deal, Index: st.Index, Status: st.Status.String(), Reason: st.Reason, Since: st.Since}
	switch {
	case st.Status == plan.StatusCompleted:
		out.Reason, out.Since = "completed: the result is final on chain", st.UpdatedAt
	case st.Status == plan.StatusFailed:
		out.Reason, out.Since = "failed: claimed after the final deadline; the payer was refunded", st.UpdatedAt
	case st.Reason == "":
		out.Reason = "not described yet: the scheduler describes a task after the plan round that follows its deal"
	}
	return out
}
