package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"

	"github.com/ipfs/go-cid"
)

// KuboStore is a Store backed by an IPFS node (kubo) through its RPC API
// (the "API" address of the node's configuration, usually
// http://127.0.0.1:5001, not its gateway).
//
// Put adds content with the import settings that make kubo compute the same
// CID as [Sum] (CIDv1, raw leaves, 256 KiB fixed-size chunks, at most 174
// links per node, balanced layout, sha2-256) and pins it; it fails with
// ErrCorrupt if the node reports another CID, so a node whose import
// settings differ is noticed at the first upload rather than by a task.
// Get streams the content with `cat` and verifies it as it is read, like
// every other store. Get may fetch the content from the IPFS network when
// the node is online; Has and Stat only look at what the node holds itself
// (they never wait on the network), and so does Get when the store is
// offline (see SetOffline).
type KuboStore struct {
	base    string // e.g. "http://127.0.0.1:5001"; "/api/v0/..." is appended
	client  *http.Client
	user    *url.Userinfo // basic authentication, from the URL; nil: none
	maxSize int64
	offline bool
}

// Kubo returns a store talking to the kubo RPC API at apiURL (for example
// "http://127.0.0.1:5001"). User information in the URL
// ("http://user:pass@host:5001") is sent as HTTP basic authentication
// (kubo's API.Authorizations). A nil client means http.DefaultClient.
// Objects are limited to DefaultMaxSize bytes (see SetMaxSize).
func Kubo(apiURL string, client *http.Client) *KuboStore {
	if client == nil {
		client = http.DefaultClient
	}
	k := &KuboStore{client: client, maxSize: DefaultMaxSize}
	if u, err := url.Parse(apiURL); err == nil && u.User != nil {
		k.user = u.User
		u.User = nil
		apiURL = u.String()
	}
	k.base = strings.TrimRight(apiURL, "/")
	return k
}

// SetMaxSize sets the largest object Put and Get accept.
func (k *KuboStore) SetMaxSize(n int64) { k.maxSize = n }

// SetOffline makes Get read only what the node holds (a missing object then
// fails at once with ErrNotFound instead of being searched for on the IPFS
// network until the context ends).
func (k *KuboStore) SetOffline(offline bool) { k.offline = offline }

// API returns the RPC API's base URL (without credentials).
func (k *KuboStore) API() string { return k.base }

// kuboAddParams are the `ipfs add` options that give the CIDs of [Sum]
// whatever the node's Import.* configuration says.
var kuboAddParams = url.Values{
	"cid-version":    {"1"},
	"raw-leaves":     {"true"},
	"chunker":        {fmt.Sprintf("size-%d", ChunkSize)},
	"max-file-links": {fmt.Sprint(MaxLinks)},
	"hash":           {"sha2-256"},
	"trickle":        {"false"},
	"inline":         {"false"},
	"pin":            {"true"},
	"progress":       {"false"},
	"quieter":        {"true"},
}

// Version asks the node for its version ("0.43.1"). It is a cheap way to
// check that the URL points at a kubo RPC API.
func (k *KuboStore) Version(ctx context.Context) (string, error) {
	resp, err := k.call(ctx, "version", nil, nil, "")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var v struct{ Version string }
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&v); err != nil || v.Version == "" {
		return "", fmt.Errorf("storage: %s/api/v0/version gave no kubo version (is this an IPFS node's RPC API?): %v", k.base, err)
	}
	return v.Version, nil
}

// Put adds the content of r to the node and pins it. It fails with
// ErrTooLarge over the maximum size and with ErrCorrupt if the node reports
// a CID other than the one [Sum] computes for the content.
func (k *KuboStore) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	s := newSummer()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	// The body is written while the node reads it: nothing is held in memory.
	type fedResult struct {
		copied bool  // all of r went to the node and to s
		srcErr error // reading r failed (or it is too large)
	}
	fed := make(chan fedResult, 1)
	go func() {
		var res fedResult
		err := func() error {
			h := textproto.MIMEHeader{}
			h.Set("Content-Disposition", `form-data; name="file"; filename="object"`)
			h.Set("Content-Type", "application/octet-stream")
			part, err := mw.CreatePart(h)
			if err != nil {
				return err
			}
			src := &errReader{r: newLimitReader(ctxReader{ctx, r}, k.maxSize)}
			_, err = io.Copy(io.MultiWriter(part, s), src)
			res.srcErr = src.err
			if err != nil {
				return err
			}
			res.copied = true
			return mw.Close()
		}()
		fed <- res
		pw.CloseWithError(err) // nil: EOF
	}()
	resp, err := k.call(ctx, "add", kuboAddParams, pr, mw.FormDataContentType())
	// The answer is a stream of JSON objects; with quieter=true only the
	// root's. It is read to its end before the upload is ended: the node
	// may answer before it has read the closing boundary, and cutting the
	// request body then makes the HTTP client close the connection under
	// the answer being read.
	var added, message string
	var answerErr error
	if err == nil {
		defer resp.Body.Close()
		dec := json.NewDecoder(io.LimitReader(resp.Body, 1<<20))
		for {
			var ev struct {
				Hash    string
				Message string // an error object in the stream
			}
			if err := dec.Decode(&ev); err == io.EOF {
				break
			} else if err != nil {
				answerErr = err
				break
			}
			if ev.Hash != "" {
				added = ev.Hash
			} else if ev.Message != "" {
				message = ev.Message
				break
			}
		}
		if message == "" && answerErr == nil {
			message = resp.Trailer.Get("X-Stream-Error")
		}
	}
	// Unblock the writer if the node stopped reading.
	pr.CloseWithError(errors.New("storage: upload ended"))
	res := <-fed
	fail := func(e error) (cid.Cid, int64, error) {
		s.Abort(e)
		return cid.Undef, 0, e
	}
	switch {
	case ctx.Err() != nil:
		return fail(ctx.Err())
	case errors.Is(res.srcErr, ErrTooLarge):
		return fail(res.srcErr)
	case res.srcErr != nil:
		return fail(fmt.Errorf("storage: put: reading the content: %w", res.srcErr))
	case err != nil:
		return fail(err)
	case message != "":
		return fail(fmt.Errorf("storage: add to %s: %s", k.base, message))
	case answerErr != nil:
		return fail(fmt.Errorf("storage: add to %s: bad answer: %w", k.base, answerErr))
	case !res.copied:
		return fail(fmt.Errorf("storage: add to %s: the node answered before reading all the content", k.base))
	case added == "":
		return fail(fmt.Errorf("storage: add to %s: the node answered without a CID", k.base))
	}
	mine, err := s.Sum()
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
	}
	if added != mine.String() {
		return cid.Undef, 0, fmt.Errorf("%w: IPFS node %s stored %q for content that is %s (%d bytes): "+
			"its add command did not apply the import options sent (cid-version=1, raw-leaves, chunker=size-%d, max-file-links=%d): use a recent kubo (tested with v0.43.0)",
			ErrCorrupt, k.base, added, mine, s.n, ChunkSize, MaxLinks)
	}
	return mine, s.n, nil
}

// Get streams c's content from the node (`cat`). The reader returns
// ErrCorrupt at the end if the bytes do not match c. Unless the store is
// offline, a node that does not hold c looks for it on the IPFS network
// until ctx ends.
func (k *KuboStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	q := url.Values{"arg": {Location(c)}}
	if k.offline {
		q.Set("offline", "true")
	}
	resp, err := k.call(ctx, "cat", q, nil, "")
	if err != nil {
		return nil, k.notFound(c, err)
	}
	return newVerifyReader(&trailerReader{resp: resp, where: k.base}, c, k.maxSize), nil
}

// Has tells whether the node holds all of c's blocks itself (it does not ask
// the IPFS network).
func (k *KuboStore) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := k.Stat(ctx, c)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Stat returns the size of c's content if the node holds all of its blocks;
// otherwise it fails with ErrNotFound. It does not ask the IPFS network.
func (k *KuboStore) Stat(ctx context.Context, c cid.Cid) (int64, error) {
	q := url.Values{"arg": {Location(c)}, "with-local": {"true"}, "offline": {"true"}}
	resp, err := k.call(ctx, "files/stat", q, nil, "")
	if err != nil {
		return 0, k.notFound(c, err)
	}
	defer resp.Body.Close()
	var st struct {
		Size         int64
		Type         string
		WithLocality bool
		Local        bool
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&st); err != nil {
		return 0, fmt.Errorf("storage: files/stat on %s: bad answer: %w", k.base, err)
	}
	if st.Type != "file" {
		return 0, fmt.Errorf("storage: %s on %s is a %s, not a file", c, k.base, st.Type)
	}
	if st.WithLocality && !st.Local {
		return 0, &notFoundError{c: c, where: "IPFS node " + k.base + " (only part of it is held)"}
	}
	return st.Size, nil
}

// kuboError is an error answer of the RPC API.
type kuboError struct {
	where  string
	cmd    string
	status string
	msg    string
}

func (e *kuboError) Error() string {
	return fmt.Sprintf("storage: IPFS node %s: %s: %s", e.where, e.cmd, e.msg)
}

// notFound turns the node's answers for missing blocks into errors matching
// ErrNotFound.
func (k *KuboStore) notFound(c cid.Cid, err error) error {
	var ke *kuboError
	if errors.As(err, &ke) && isKuboNotFound(ke.msg) {
		return &notFoundError{c: c, where: "IPFS node " + k.base}
	}
	return err
}

// isKuboNotFound tells whether an error message of the RPC API says that a
// block is missing: "block was not found locally (offline): ipld: could not
// find <cid>" and its variants across kubo versions.
func isKuboNotFound(msg string) bool {
	m := strings.ToLower(msg)
	return strings.Contains(m, "not found") || strings.Contains(m, "could not find")
}

// call POSTs to /api/v0/<cmd>. Any status other than 200 becomes an error
// with the node's message.
func (k *KuboStore) call(ctx context.Context, cmd string, q url.Values, body io.Reader, contentType string) (*http.Response, error) {
	u := k.base + "/api/v0/" + cmd
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, body)
	if err != nil {
		return nil, fmt.Errorf("storage: IPFS node URL %q: %w", k.base, err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if k.user != nil {
		pass, _ := k.user.Password()
		req.SetBasicAuth(k.user.Username(), pass)
	}
	resp, err := k.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("storage: IPFS node %s %s: %w", k.base, cmd, ctx.Err())
		}
		return nil, fmt.Errorf("storage: IPFS node RPC API %s unreachable (is `ipfs daemon` running, and is this its API address, usually port 5001?): %w", k.base, err)
	}
	if resp.StatusCode == http.StatusOK {
		return resp, nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	var e struct{ Message string }
	if json.Unmarshal(b, &e) == nil && e.Message != "" {
		return nil, &kuboError{where: k.base, cmd: cmd, status: resp.Status, msg: e.Message}
	}
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden:
		return nil, fmt.Errorf("storage: IPFS node %s refused %s (%s): give the credentials of its API.Authorizations in the URL (ipfs+http://user:password@host:5001)", k.base, cmd, resp.Status)
	case http.StatusNotFound, http.StatusMethodNotAllowed:
		return nil, fmt.Errorf("storage: %s has no kubo RPC API (%s for /api/v0/%s): give the node's API address (usually port 5001), not its gateway", k.base, resp.Status, cmd)
	}
	return nil, fmt.Errorf("storage: IPFS node %s %s: %s: %s", k.base, cmd, resp.Status, strings.TrimSpace(string(b)))
}

// errReader remembers the error its reader returned (other than io.EOF).
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		e.err = err
	}
	return n, err
}

// trailerReader reads a streamed answer of the RPC API and, at its end,
// turns the error kubo sends in the X-Stream-Error trailer (an answer cut
// short by the node) into a read error.
type trailerReader struct {
	resp  *http.Response
	where string
}

func (t *trailerReader) Read(p []byte) (int, error) {
	n, err := t.resp.Body.Read(p)
	if err == io.EOF {
		if msg := t.resp.Trailer.Get("X-Stream-Error"); msg != "" {
			return n, fmt.Errorf("storage: IPFS node %s: %s", t.where, msg)
		}
	}
	return n, err
}

func (t *trailerReader) Close() error { return t.resp.Body.Close() }
