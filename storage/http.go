package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/ipfs/go-cid"
)

// Gateway serves a Store over HTTP:
//
//	GET  /ipfs/<cid>  the content (application/octet-stream; ETag "<cid>";
//	                  Content-Length; immutable caching; 304 on If-None-Match)
//	HEAD /ipfs/<cid>  the same headers, no body
//	POST /ipfs        (or PUT) stores the request body, answers 201 with
//	                  {"cid": "...", "size": N}; 413 over MaxUpload
//
// Unknown CIDs give 404 and malformed ones 400, with a one-line text body.
// Content is verified while it is sent; if the store's copy turns out to be
// corrupt the connection is aborted, so a client never receives a complete
// response with wrong bytes (and clients verify anyway: see HTTP).
type Gateway struct {
	Store     Store
	MaxUpload int64 // largest upload accepted; <= 0 means DefaultMaxSize
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
	if r.ContentLength > max {
		http.Error(w, fmt.Sprintf("object over %d bytes", max), http.StatusRequestEntityTooLarge)
		return
	}
	body := &limitReader{r: r.Body, n: max, err: fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)}
	c, n, err := g.Store.Put(r.Context(), body)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			http.Error(w, fmt.Sprintf("object over %d bytes", max), http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "upload failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", Location(c))
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(UploadResponse{CID: c.String(), Size: n})
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

// Put uploads r. It fails with ErrTooLarge if the gateway refuses the size
// and with ErrCorrupt if the gateway reports a CID other than the content's.
func (h *HTTPStore) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	s := newSummer()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.base+"/ipfs", io.NopCloser(io.TeeReader(r, s)))
	if err != nil {
		s.Abort(err)
		return cid.Undef, 0, fmt.Errorf("storage: %w", err)
	}
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

func readMsg(resp *http.Response) string {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	return strings.TrimSpace(string(b))
}
