package storage

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
)

// Gateway serves a Store over HTTP:
//
//	GET  /ipfs/<cid>  the content (application/octet-stream; ETag "<cid>";
//	                  Content-Length; immutable caching; 304 on If-None-Match)
//	HEAD /ipfs/<cid>  the same headers, no body
//	POST /ipfs        (or PUT) stores the request body, answers 201 with
//	                  {"cid": "...", "size": N}; 413 over MaxUpload; with Auth
//	                  set, 401 unless signed by an allowed wallet (see
//	                  UploadAuth) and 403 if the body is not what was signed
//
// Unknown CIDs give 404 and malformed ones 400, with a one-line text body.
// Content is verified while it is sent; if the store's copy turns out to be
// corrupt the connection is aborted, so a client never receives a complete
// response with wrong bytes (and clients verify anyway: see HTTP).
type Gateway struct {
	Store     Store
	MaxUpload int64 // largest upload accepted; <= 0 means DefaultMaxSize
	// Auth, when set, admits only uploads signed by one of its signers.
	// Downloads stay open.
	Auth *UploadAuth
	// Log, when set, gets a line for every upload and every refusal.
	Log *slog.Logger
}

// Handler returns a Gateway for s accepting uploads up to DefaultMaxSize.
func Handler(s Store) *Gateway { return &Gateway{Store: s, MaxUpload: DefaultMaxSize} }

// UploadResponse is the gateway's answer to an upload.
type UploadResponse struct {
	CID  string `json:"cid"`
	Size int64  `json:"size"`
}

func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/ipfs" || r.URL.Path == "/ipfs/":
		switch r.Method {
		case http.MethodPost, http.MethodPut:
			g.upload(w, r)
		default:
			w.Header().Set("Allow", "POST, PUT")
			http.Error(w, "method not allowed: upload with POST /ipfs", http.StatusMethodNotAllowed)
		}
	case strings.HasPrefix(r.URL.Path, "/ipfs/"):
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			g.get(w, r)
		default:
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		}
	default:
		http.NotFound(w, r)
	}
}

func (g *Gateway) maxUpload() int64 {
	if g.MaxUpload <= 0 {
		return DefaultMaxSize
	}
	return g.MaxUpload
}

func (g *Gateway) upload(w http.ResponseWriter, r *http.Request) {
	max := g.maxUpload()
	refuse := func(code int, msg string, args ...any) {
		if g.Log != nil {
			g.Log.Warn("upload refused", append([]any{"status", code, "reason", msg, "remote", r.RemoteAddr}, args...)...)
		}
		http.Error(w, msg, code)
	}
	tooLarge := func() {
		refuse(http.StatusRequestEntityTooLarge, fmt.Sprintf("object over %d bytes, the most this gateway accepts", max))
	}
	if r.ContentLength > max {
		tooLarge()
		return
	}
	var body io.Reader = newLimitReader(r.Body, max)
	var signer string
	if g.Auth != nil {
		who, sum, err := g.Auth.Check(r.Header)
		if err != nil {
			refuse(http.StatusUnauthorized, strings.TrimPrefix(err.Error(), "storage: "), "signer", who.Hex())
			return
		}
		signer = who.Hex()
		body = newShaReader(body, sum)
	}
	c, n, err := g.Store.Put(r.Context(), body)
	if err != nil {
		switch {
		case errors.Is(err, ErrTooLarge):
			tooLarge()
		case errors.Is(err, ErrChecksum):
			refuse(http.StatusForbidden, strings.TrimPrefix(err.Error(), "storage: "), "signer", signer)
		default:
			refuse(http.StatusInternalServerError, "upload failed: "+err.Error())
		}
		return
	}
	cs := c.String()
	if g.Log != nil {
		attrs := []any{"cid", cs, "size", n, "remote", r.RemoteAddr}
		if signer != "" {
			attrs = append(attrs, "signer", signer)
		}
		g.Log.Info("stored", attrs...)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", "/ipfs/"+cs)
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(UploadResponse{CID: cs, Size: n})
}

func (g *Gateway) get(w http.ResponseWriter, r *http.Request) {
	s := strings.TrimPrefix(r.URL.Path, "/ipfs/")
	if strings.Contains(s, "/") {
		http.Error(w, "paths inside objects are not supported: use /ipfs/<cid>", http.StatusBadRequest)
		return
	}
	c, err := cid.Decode(s)
	if err != nil {
		http.Error(w, fmt.Sprintf("malformed CID %q: %v", s, err), http.StatusBadRequest)
		return
	}
	size, err := g.Store.Stat(r.Context(), c)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, "no object "+c.String(), http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	etag := `"` + c.String() + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "public, max-age=29030400, immutable")
	h.Set("X-Ipfs-Path", Location(c))
	if inm := r.Header.Get("If-None-Match"); inm != "" && (inm == etag || inm == c.String() || inm == "*") {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", "application/octet-stream")
	h.Set("Content-Length", strconv.FormatInt(size, 10))
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	rc, err := g.Store.Get(r.Context(), c)
	if err != nil {
		h.Del("Content-Length")
		if errors.Is(err, ErrNotFound) {
			http.Error(w, "no object "+c.String(), http.StatusNotFound)
			return
		}
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rc.Close()
	w.WriteHeader(http.StatusOK)
	if _, err := io.Copy(w, rc); err != nil {
		panic(http.ErrAbortHandler) // cut the response: the client must not take it as complete
	}
}

// HTTPStore is a Store backed by a Gateway at a base URL. It verifies every
// download and checks the CID the gateway reports for every upload against
// its own computation.
type HTTPStore struct {
	base    string
	client  *http.Client
	maxSize int64
	key     *ecdsa.PrivateKey // signs uploads when set
}

// HTTP returns a store talking to the gateway at baseURL (for example
// "http://127.0.0.1:5080"; "/ipfs/..." is appended). A nil client means
// http.DefaultClient. Downloads are limited to DefaultMaxSize bytes.
func HTTP(baseURL string, client *http.Client) *HTTPStore {
	if client == nil {
		client = http.DefaultClient
	}
	return &HTTPStore{base: strings.TrimRight(baseURL, "/"), client: client, maxSize: DefaultMaxSize}
}

// SetMaxSize sets the largest object Get accepts before failing with
// ErrCorrupt.
func (h *HTTPStore) SetMaxSize(n int64) { h.maxSize = n }

// SetKey makes Put sign every upload with key (see UploadAuth), for
// gateways that accept only signed uploads; nil stops signing.
func (h *HTTPStore) SetKey(key *ecdsa.PrivateKey) { h.key = key }

// Base returns the gateway's base URL.
func (h *HTTPStore) Base() string { return h.base }

// Put uploads r. It fails with ErrTooLarge if the gateway refuses the size,
// with ErrUnauthorized if it refuses the upload's signature (or its lack),
// and with ErrCorrupt if the gateway reports a CID other than the
// content's. With a key (SetKey) the upload is signed: the content's sha256
// is computed first, reading r twice when it is an io.ReadSeeker (a file)
// and else through a temporary file.
func (h *HTTPStore) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	header := http.Header{}
	if h.key != nil {
		body, sum, done, err := sha256Of(r)
		if err != nil {
			return cid.Undef, 0, fmt.Errorf("storage: hashing the upload: %w", err)
		}
		defer done()
		if err := SignUpload(header, h.key, sum, time.Now()); err != nil {
			return cid.Undef, 0, err
		}
		r = body
	}
	s := newSummer()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.base+"/ipfs", io.NopCloser(io.TeeReader(r, s)))
	if err != nil {
		s.Abort(err)
		return cid.Undef, 0, fmt.Errorf("storage: %w", err)
	}
	req.Header = header
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := h.client.Do(req)
	if err != nil {
		s.Abort(err)
		return cid.Undef, 0, fmt.Errorf("storage: upload to %s: %w", h.base, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusRequestEntityTooLarge:
		s.Abort(ErrTooLarge)
		return cid.Undef, 0, fmt.Errorf("%w: %s", ErrTooLarge, readMsg(resp))
	case resp.StatusCode == http.StatusUnauthorized:
		s.Abort(ErrUnauthorized)
		return cid.Undef, 0, fmt.Errorf("%w by %s: %s", ErrUnauthorized, h.base, strings.TrimPrefix(readMsg(resp), "upload not authorized: "))
	case resp.StatusCode == http.StatusForbidden && h.key != nil:
		s.Abort(ErrChecksum)
		return cid.Undef, 0, fmt.Errorf("%w: %s: %s", ErrChecksum, h.base, readMsg(resp))
	case resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK:
		s.Abort(errors.New("upload failed"))
		return cid.Undef, 0, fmt.Errorf("storage: upload to %s: %s: %s", h.base, resp.Status, readMsg(resp))
	}
	var up UploadResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&up); err != nil {
		s.Abort(err)
		return cid.Undef, 0, fmt.Errorf("storage: upload to %s: bad answer: %w", h.base, err)
	}
	mine, err := s.Sum()
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: upload: %w", err)
	}
	if up.CID != mine.String() || up.Size != s.n {
		return cid.Undef, 0, fmt.Errorf("%w: gateway %s stored %s (%d bytes), content is %s (%d bytes)",
			ErrCorrupt, h.base, up.CID, up.Size, mine, s.n)
	}
	return mine, s.n, nil
}

// Get downloads c. The reader returns ErrCorrupt at the end if the gateway
// sent other bytes.
func (h *HTTPStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	resp, err := h.do(ctx, http.MethodGet, c)
	if err != nil {
		return nil, err
	}
	return newVerifyReader(resp.Body, c, h.maxSize), nil
}

// Has asks the gateway whether it holds c.
func (h *HTTPStore) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := h.Stat(ctx, c)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Stat returns the size the gateway reports for c.
func (h *HTTPStore) Stat(ctx context.Context, c cid.Cid) (int64, error) {
	resp, err := h.do(ctx, http.MethodHead, c)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	if resp.ContentLength < 0 {
		return 0, fmt.Errorf("storage: %s gave no size for %s", h.base, c)
	}
	return resp.ContentLength, nil
}

func (h *HTTPStore) do(ctx context.Context, method string, c cid.Cid) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, h.base+Location(c), nil)
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	resp, err := h.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("storage: %s %s: %w", method, h.base, err)
	}
	switch resp.StatusCode {
	case http.StatusOK:
		return resp, nil
	case http.StatusNotFound:
		resp.Body.Close()
		return nil, &notFoundError{c: c, where: h.base}
	default:
		msg := readMsg(resp)
		resp.Body.Close()
		return nil, fmt.Errorf("storage: %s %s%s: %s: %s", method, h.base, Location(c), resp.Status, msg)
	}
}

// sha256Of returns a reader of r's content from its start, the content's
// sha256, and a function to call when done with the reader.
func sha256Of(r io.Reader) (io.Reader, [32]byte, func(), error) {
	var sum [32]byte
	if rs, ok := r.(io.ReadSeeker); ok {
		start, err := rs.Seek(0, io.SeekCurrent)
		if err == nil {
			hs := sha256.New()
			if _, err := io.Copy(hs, rs); err != nil {
				return nil, sum, nil, err
			}
			hs.Sum(sum[:0])
			if _, err := rs.Seek(start, io.SeekStart); err != nil {
				return nil, sum, nil, err
			}
			return rs, sum, func() {}, nil
		}
	}
	tmp, err := os.CreateTemp("", "poco-upload-*")
	if err != nil {
		return nil, sum, nil, err
	}
	done := func() { tmp.Close(); os.Remove(tmp.Name()) }
	hs := sha256.New()
	if _, err := io.Copy(io.MultiWriter(tmp, hs), r); err != nil {
		done()
		return nil, sum, nil, err
	}
	hs.Sum(sum[:0])
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		done()
		return nil, sum, nil, err
	}
	return tmp, sum, done, nil
}

func readMsg(resp *http.Response) string {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	return strings.TrimSpace(string(b))
}
