package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/sdk"
)

// CallTimeout bounds every call of a Client but the long poll (Work), which gets its
// wait plus CallTimeout.
const CallTimeout = 30 * time.Second

// StatusError is a call the scheduler answered with an error status: Status is the HTTP
// status code and Message the Error body's text (or the raw body when it is not one).
type StatusError struct {
	Path    string
	Status  int
	Message string
}

func (e *StatusError) Error() string {
	msg := e.Message
	if msg == "" {
		msg = http.StatusText(e.Status)
	}
	return fmt.Sprintf("scheduler refused %s (%d): %s", e.Path, e.Status, msg)
}

// IsStatus reports whether err is (or wraps) a *StatusError with the given status code.
func IsStatus(err error, status int) bool {
	var e *StatusError
	return errors.As(err, &e) && e.Status == status
}

// ErrNotLoggedIn is returned by calls that need a session before Login succeeded.
var ErrNotLoggedIn = errors.New("not logged in to the scheduler: call Login first")

// Client is the worker's side of the API. It keeps the session token of the last Login
// and sends it with every call; a call answered 401 logs in again once with the same key
// (and registers again with the last Capabilities, as a new session needs) and is
// retried. It is safe for concurrent use.
type Client struct {
	base string
	http *http.Client

	mu      sync.Mutex
	key     *ecdsa.PrivateKey
	session Session
	caps    *Capabilities
	gen     uint64     // bumped at every login, to log in once for concurrent 401s
	login   sync.Mutex // one login at a time
	// single: the scheduler answered PathReports 404 or 405 (it predates it) in this
	// session: Reports sends one report per request (PathReport) until the next login.
	single bool
}

// NewClient returns a client of the scheduler at baseURL ("http://host:port"). A nil
// httpClient means a default one; its Timeout, if any, must exceed the long polls' wait.
func NewClient(baseURL string, httpClient *http.Client) *Client {
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), http: httpClient}
}

// BaseURL is the scheduler's address as given to NewClient.
func (c *Client) BaseURL() string { return c.base }

// Session returns the current session (zero before Login).
func (c *Client) Session() Session {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.session
}

// Login signs the scheduler's challenge with key (the worker's account) and opens a
// session, which later calls use. The key is kept for automatic logins after a 401.
func (c *Client) Login(ctx context.Context, key *ecdsa.PrivateKey) (Session, error) {
	if key == nil {
		return Session{}, errors.New("login: no key")
	}
	c.login.Lock()
	defer c.login.Unlock()
	return c.doLogin(ctx, key)
}

// doLogin runs the challenge and login calls; c.login is held.
func (c *Client) doLogin(ctx context.Context, key *ecdsa.PrivateKey) (Session, error) {
	worker := crypto.PubkeyToAddress(key.PublicKey)
	var ch Challenge
	if err := c.do(ctx, http.MethodPost, PathChallenge, "", ChallengeRequest{Worker: worker}, &ch); err != nil {
		return Session{}, err
	}
	sig, err := sdk.KeySigner{Key: key}.SignDigest(LoginDigest(ch.Challenge))
	if err != nil {
		return Session{}, fmt.Errorf("login: signing the challenge: %w", err)
	}
	var s Session
	if err := c.do(ctx, http.MethodPost, PathLogin, "", Login{Worker: worker, Challenge: ch.Challenge, Signature: sig}, &s); err != nil {
		return Session{}, err
	}
	if s.Token == "" {
		return Session{}, fmt.Errorf("login: the scheduler at %s answered without a token", c.base)
	}
	c.mu.Lock()
	c.key, c.session = key, s
	c.gen++
	c.single = false // a new session may be a new scheduler: try the batch endpoint again
	c.mu.Unlock()
	return s, nil
}

// Register declares what the worker can run. The capabilities are kept and declared
// again after an automatic login.
func (c *Client) Register(ctx context.Context, caps Capabilities) error {
	if err := c.authed(ctx, http.MethodPost, PathRegister, "", caps, nil); err != nil {
		return err
	}
	c.mu.Lock()
	c.caps = &caps
	c.mu.Unlock()
	return nil
}

// Heartbeat tells the scheduler the worker is alive.
func (c *Client) Heartbeat(ctx context.Context) error {
	return c.authed(ctx, http.MethodPost, PathHeartbeat, "", nil, nil)
}

// Work long-polls for work: it returns as soon as the scheduler has some, or empty after
// wait (rounded to whole seconds, at most MaxWait; 0 asks without waiting).
func (c *Client) Work(ctx context.Context, wait time.Duration) (Work, error) {
	wait = min(max(wait, 0), MaxWait)
	secs := int((wait + time.Second - 1) / time.Second)
	var w Work
	err := c.authed(ctx, http.MethodGet, PathWork, "wait="+strconv.Itoa(secs), nil, &w)
	return w, err
}

// Report reports one step of one task.
func (c *Client) Report(ctx context.Context, r Report) error {
	return c.authed(ctx, http.MethodPost, PathReport, "", r, nil)
}

// Reports sends reports, in order, in one request (PathReports; at most MaxReports, more
// is refused). It returns one answer per report for the reports the scheduler answered,
// a prefix of rs: nil for a report taken, a *StatusError for one refused or failed (its
// Status says which, as for Report). The request itself failing (scheduler unreachable,
// 401 after a new login, 409…) is the error, with no answer.
//
// A scheduler that predates PathReports (it answers it 404 or 405) is sent the reports
// one per request (PathReport) instead, for the rest of the session; so are the reports
// of a request refused whole with 400 or 413 (a body it cannot read), this time. Then
// the answers stop after the first report that was not taken (the later ones were not
// sent).
func (c *Client) Reports(ctx context.Context, rs []Report) ([]error, error) {
	if len(rs) == 0 {
		return nil, nil
	}
	c.mu.Lock()
	single := c.single
	c.mu.Unlock()
	if !single {
		var out ReportResults
		err := c.authed(ctx, http.MethodPost, PathReports, "", Reports{Reports: rs}, &out)
		if IsStatus(err, http.StatusNotFound) || IsStatus(err, http.StatusMethodNotAllowed) {
			c.mu.Lock()
			c.single = true
			c.mu.Unlock()
			return c.reportEach(ctx, rs)
		}
		if IsStatus(err, http.StatusBadRequest) || IsStatus(err, http.StatusRequestEntityTooLarge) {
			// The request refused whole (a body too large, or one report that does not
			// decode): these reports one at a time, each answered apart.
			return c.reportEach(ctx, rs)
		}
		if err != nil {
			return nil, err
		}
		if len(out.Results) > len(rs) {
			return nil, fmt.Errorf("scheduler %s %s: %d answers to %d reports", http.MethodPost, PathReports, len(out.Results), len(rs))
		}
		errs := make([]error, len(out.Results))
		for i, r := range out.Results {
			if r.Status/100 != 2 {
				errs[i] = &StatusError{Path: PathReports, Status: r.Status, Message: r.Error}
			}
		}
		return errs, nil
	}
	return c.reportEach(ctx, rs)
}

// reportEach is Reports, one request per report, up to the first one not taken.
func (c *Client) reportEach(ctx context.Context, rs []Report) ([]error, error) {
	var errs []error
	for _, r := range rs {
		err := c.Report(ctx, r)
		var se *StatusError
		if err != nil && !errors.As(err, &se) {
			if len(errs) == 0 {
				return nil, err
			}
			return errs, nil
		}
		errs = append(errs, err)
		if err != nil {
			break
		}
	}
	return errs, nil
}

// Enclave asks for the scheduler's authorization for the worker to contribute to task
// with enclave (a TEE task; see PathEnclave) and returns it.
func (c *Client) Enclave(ctx context.Context, task common.Hash, enclave common.Address) ([]byte, error) {
	var a EnclaveAuthorization
	if err := c.authed(ctx, http.MethodPost, PathEnclave, "", EnclaveRequest{Task: task, Enclave: enclave}, &a); err != nil {
		return nil, err
	}
	if len(a.Authorization) == 0 {
		return nil, fmt.Errorf("scheduler %s: no authorization for enclave %s of task %s", c.base, enclave.Hex(), task.Hex())
	}
	return a.Authorization, nil
}

// Status reads the pool's public status (no session needed).
func (c *Client) Status(ctx context.Context) (Status, error) {
	var s Status
	err := c.do(ctx, http.MethodGet, PathStatus, "", nil, &s)
	return s, err
}

// Task reads what the scheduler says of task (no session needed); a task it does not
// follow is a *StatusError with status 404.
func (c *Client) Task(ctx context.Context, task common.Hash) (TaskState, error) {
	var s TaskState
	err := c.do(ctx, http.MethodGet, TaskPath(task), "", nil, &s)
	return s, err
}

// DealTasks reads what the scheduler says of each task of deal, in one call (no session
// needed); a deal it does not follow is a *StatusError with status 404.
func (c *Client) DealTasks(ctx context.Context, deal common.Hash) (DealTasks, error) {
	var s DealTasks
	err := c.do(ctx, http.MethodGet, DealTasksPath(deal), "", nil, &s)
	return s, err
}

// authed makes a call with the session token; on 401 it logs in again (once for
// concurrent callers) and retries once.
func (c *Client) authed(ctx context.Context, method, path, query string, in, out any) error {
	c.mu.Lock()
	token, gen, key := c.session.Token, c.gen, c.key
	c.mu.Unlock()
	if token == "" {
		return ErrNotLoggedIn
	}
	err := c.doToken(ctx, method, path, query, token, in, out)
	if !IsStatus(err, http.StatusUnauthorized) || key == nil {
		return err
	}
	if err := c.relogin(ctx, gen); err != nil {
		return fmt.Errorf("session expired and logging in again failed: %w", err)
	}
	c.mu.Lock()
	token = c.session.Token
	c.mu.Unlock()
	return c.doToken(ctx, method, path, query, token, in, out)
}

// relogin logs in again unless another caller already did since generation gen, and
// registers the last capabilities again.
func (c *Client) relogin(ctx context.Context, gen uint64) error {
	c.login.Lock()
	defer c.login.Unlock()
	c.mu.Lock()
	key, cur := c.key, c.gen
	c.mu.Unlock()
	if cur != gen {
		return nil // someone logged in meanwhile
	}
	if _, err := c.doLogin(ctx, key); err != nil {
		return err
	}
	c.mu.Lock()
	caps, token := c.caps, c.session.Token
	c.mu.Unlock()
	if caps != nil {
		if err := c.doToken(ctx, http.MethodPost, PathRegister, "", token, *caps, nil); err != nil {
			return fmt.Errorf("registering again: %w", err)
		}
	}
	return nil
}

func (c *Client) do(ctx context.Context, method, path, query string, in, out any) error {
	return c.doToken(ctx, method, path, query, "", in, out)
}

// doToken makes one HTTP call: in is sent as JSON (nil: no body), a 2xx answer is decoded
// into out (nil: ignored), another status becomes a *StatusError.
func (c *Client) doToken(ctx context.Context, method, path, query, token string, in, out any) error {
	timeout := CallTimeout
	if path == PathWork {
		timeout += MaxWait
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	u := c.base + path
	if query != "" {
		u += "?" + query
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("%s: encoding the request: %w", path, err)
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return fmt.Errorf("scheduler %s: %w", c.base, err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("cannot reach the scheduler at %s (%s %s): %w", c.base, method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("scheduler %s %s: reading the answer: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		return &StatusError{Path: path, Status: resp.StatusCode, Message: errorText(data)}
	}
	if out == nil || len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("scheduler %s %s: decoding the answer: %w", method, path, err)
	}
	return nil
}

// errorText is the text of an Error body, or the body itself, trimmed.
func errorText(data []byte) string {
	var e Error
	if json.Unmarshal(data, &e) == nil && e.Error != "" {
		return e.Error
	}
	s := strings.TrimSpace(string(data))
	if len(s) > 500 {
		s = s[:500] + "…"
	}
	return s
}
