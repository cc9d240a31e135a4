package bridge

// The relay: the HTTP endpoint each validator serves, through which validators share
// their signatures (docs/bridge.md "Validators"), plus health and Prometheus metrics.
//
//	GET /health                              Health (503 when not OK)
//	GET /metrics                             Prometheus text format
//	GET /v1/transfers/{direction}/{nonce}    Record: the transfer, its digest, every
//	                                         signature this validator holds (its own and
//	                                         peers'), executed or not; 404 if unknown
//	GET /v1/transfers?tx=0x…                 []Record read from that source transaction
//	GET /v1/transfers?limit=N                []Record, the last N seen (default 20)
//
// A signature served here proves nothing by itself: the reader checks that it recovers,
// over the digest it computed itself, to a member of the destination's validator set.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Relay paths.
const (
	PathHealth    = "/health"
	PathMetrics   = "/metrics"
	PathTransfers = "/v1/transfers"
)

// Handler is the relay's HTTP API.
func (v *Validator) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathHealth, func(w http.ResponseWriter, r *http.Request) {
		h := v.Health(r.Context())
		code := 200
		if !h.OK {
			code = 503
		}
		writeJSON(w, code, h)
	})
	mux.HandleFunc("GET "+PathMetrics, func(w http.ResponseWriter, r *http.Request) {
		counts, _ := v.store.Counts(r.Context())
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		v.m.write(w, counts)
	})
	mux.HandleFunc("GET "+PathTransfers+"/{direction}/{nonce}", func(w http.ResponseWriter, r *http.Request) {
		d, err := ParseDirection(r.PathValue("direction"))
		if err != nil {
			writeError(w, 400, err.Error())
			return
		}
		nonce, ok := new(big.Int).SetString(r.PathValue("nonce"), 10)
		if !ok || nonce.Sign() < 0 {
			writeError(w, 400, fmt.Sprintf("nonce %q: want a decimal number", r.PathValue("nonce")))
			return
		}
		rec, err := v.store.Get(r.Context(), d, nonce)
		if errors.Is(err, ErrNotFound) {
			writeError(w, 404, fmt.Sprintf("this validator has not seen %s nonce %s at its confirmation depth", d, nonce))
			return
		}
		if err != nil {
			writeError(w, 500, err.Error())
			return
		}
		writeJSON(w, 200, rec)
	})
	mux.HandleFunc("GET "+PathTransfers, func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		var recs []Record
		var err error
		if tx := q.Get("tx"); tx != "" {
			b, derr := hexutil.Decode(tx)
			if derr != nil || len(b) != 32 {
				writeError(w, 400, fmt.Sprintf("tx %q: want 0x and 64 hex digits", tx))
				return
			}
			recs, err = v.store.ByTx(r.Context(), common.BytesToHash(b))
		} else {
			limit := 20
			if l := q.Get("limit"); l != "" {
				if limit, err = strconv.Atoi(l); err != nil || limit < 1 || limit > 1000 {
					writeError(w, 400, fmt.Sprintf("limit %q: want 1 to 1000", l))
					return
				}
			}
			recs, err = v.store.Recent(r.Context(), limit)
		}
		if err != nil {
			writeError(w, 500, err.Error())
			return
		}
		if recs == nil {
			recs = []Record{}
		}
		writeJSON(w, 200, recs)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusWriter{ResponseWriter: w, code: 200}
		mux.ServeHTTP(rec, r)
		route := r.Pattern
		if route == "" {
			route = "other"
		}
		v.m.request(route, rec.code, time.Since(start))
	})
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) { w.code = code; w.ResponseWriter.WriteHeader(code) }

// relayError is the body of an error answer.
type relayError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, relayError{Error: msg})
}

// RelayClient reads a validator's relay.
type RelayClient struct {
	base string
	hc   *http.Client
}

// NewRelayClient is a client of the relay at base (e.g. http://10.0.0.2:8791); hc nil
// means a client with a 5 s timeout.
func NewRelayClient(base string, hc *http.Client) *RelayClient {
	if hc == nil {
		hc = &http.Client{Timeout: peerTimeout}
	}
	return &RelayClient{base: strings.TrimRight(base, "/"), hc: hc}
}

// URL is the relay's base URL.
func (c *RelayClient) URL() string { return c.base }

// Transfer is the relay's record of (d, nonce); ErrNotFound if it has none.
func (c *RelayClient) Transfer(ctx context.Context, d Direction, nonce *big.Int) (Record, error) {
	var r Record
	err := c.get(ctx, PathTransfers+"/"+string(d)+"/"+nonce.String(), nil, &r)
	return r, err
}

// ByTx is what the relay read from source transaction tx.
func (c *RelayClient) ByTx(ctx context.Context, tx common.Hash) ([]Record, error) {
	var rs []Record
	err := c.get(ctx, PathTransfers, url.Values{"tx": {tx.Hex()}}, &rs)
	return rs, err
}

// Recent are the last limit transfers the relay saw.
func (c *RelayClient) Recent(ctx context.Context, limit int) ([]Record, error) {
	var rs []Record
	err := c.get(ctx, PathTransfers, url.Values{"limit": {strconv.Itoa(limit)}}, &rs)
	return rs, err
}

// Health is the validator's health (an unhealthy one is returned with a nil error).
func (c *RelayClient) Health(ctx context.Context) (Health, error) {
	var h Health
	err := c.get(ctx, PathHealth, nil, &h)
	var se *statusError
	if errors.As(err, &se) && se.code == 503 && h.Address != (common.Address{}) {
		return h, nil
	}
	return h, err
}

type statusError struct {
	code int
	msg  string
}

func (e *statusError) Error() string { return fmt.Sprintf("relay answered %d: %s", e.code, e.msg) }

func (c *RelayClient) get(ctx context.Context, path string, q url.Values, out any) error {
	u := c.base + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return err
	}
	switch {
	case resp.StatusCode == 404:
		return fmt.Errorf("%w at %s", ErrNotFound, c.base)
	case resp.StatusCode == 503:
		_ = json.Unmarshal(body, out)
		return &statusError{code: 503, msg: strings.TrimSpace(string(body))}
	case resp.StatusCode != 200:
		var e relayError
		if json.Unmarshal(body, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(body))
		}
		return &statusError{code: resp.StatusCode, msg: e.Error}
	}
	return json.Unmarshal(body, out)
}

// ───────────────────────────── metrics ─────────────────────────────

type metrics struct {
	mu         sync.Mutex
	head       map[Direction]*atomic.Uint64
	cursor     map[Direction]*atomic.Uint64
	signedN    map[Direction]uint64
	collectedN map[Direction]uint64
	executedN  map[Direction]uint64
	conflictN  map[Direction]uint64
	peerErrN   map[string]uint64
	requests   map[[2]string]uint64
	seconds    map[string]float64
	secondsN   map[string]uint64
}

func newMetrics() *metrics {
	m := &metrics{head: map[Direction]*atomic.Uint64{}, cursor: map[Direction]*atomic.Uint64{},
		signedN: map[Direction]uint64{}, collectedN: map[Direction]uint64{}, executedN: map[Direction]uint64{},
		conflictN: map[Direction]uint64{}, peerErrN: map[string]uint64{}, requests: map[[2]string]uint64{},
		seconds: map[string]float64{}, secondsN: map[string]uint64{}}
	for _, d := range Directions {
		m.head[d], m.cursor[d] = new(atomic.Uint64), new(atomic.Uint64)
	}
	return m
}

func (m *metrics) setHead(d Direction, n uint64)   { m.head[d].Store(n) }
func (m *metrics) setCursor(d Direction, n uint64) { m.cursor[d].Store(n) }
func (m *metrics) signed(d Direction)              { m.mu.Lock(); m.signedN[d]++; m.mu.Unlock() }
func (m *metrics) collected(d Direction)           { m.mu.Lock(); m.collectedN[d]++; m.mu.Unlock() }
func (m *metrics) executed(d Direction)            { m.mu.Lock(); m.executedN[d]++; m.mu.Unlock() }
func (m *metrics) conflict(d Direction)            { m.mu.Lock(); m.conflictN[d]++; m.mu.Unlock() }
func (m *metrics) peerError(p string)              { m.mu.Lock(); m.peerErrN[p]++; m.mu.Unlock() }

func (m *metrics) request(route string, code int, d time.Duration) {
	m.mu.Lock()
	m.requests[[2]string{route, strconv.Itoa(code)}]++
	m.seconds[route] += d.Seconds()
	m.secondsN[route]++
	m.mu.Unlock()
}

func (m *metrics) write(w io.Writer, counts map[Direction][2]int) {
	var b strings.Builder
	help := func(name, typ, text string) { fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", name, text, name, typ) }
	perDir := func(name, typ, text string, get func(Direction) any) {
		help(name, typ, text)
		for _, d := range Directions {
			fmt.Fprintf(&b, "%s{direction=%q} %v\n", name, d, get(d))
		}
	}
	perDir("poco_bridge_source_head_block", "gauge", "The source chain's head at the last look, by direction.", func(d Direction) any { return m.head[d].Load() })
	perDir("poco_bridge_source_cursor_block", "gauge", "The next source block to read, by direction.", func(d Direction) any { return m.cursor[d].Load() })
	m.mu.Lock()
	perDir("poco_bridge_signed_total", "counter", "Transfers this validator signed.", func(d Direction) any { return m.signedN[d] })
	perDir("poco_bridge_signatures_collected_total", "counter", "Valid peer signatures collected from relays.", func(d Direction) any { return m.collectedN[d] })
	perDir("poco_bridge_executed_total", "counter", "Transfers this validator executed on the destination.", func(d Direction) any { return m.executedN[d] })
	perDir("poco_bridge_refused_total", "counter", "Source transfers refused (a different transfer under a signed nonce, a wrong source chain).", func(d Direction) any { return m.conflictN[d] })
	help("poco_bridge_peer_errors_total", "counter", "Failed requests to peers' relays, by peer.")
	peers := make([]string, 0, len(m.peerErrN))
	for p := range m.peerErrN {
		peers = append(peers, p)
	}
	sort.Strings(peers)
	for _, p := range peers {
		fmt.Fprintf(&b, "poco_bridge_peer_errors_total{peer=%q} %d\n", p, m.peerErrN[p])
	}
	help("poco_bridge_http_requests_total", "counter", "Relay HTTP requests, by route and status code.")
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	for _, k := range keys {
		fmt.Fprintf(&b, "poco_bridge_http_requests_total{route=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}
	help("poco_bridge_http_request_duration_seconds", "summary", "Time spent serving relay requests, by route.")
	routes := make([]string, 0, len(m.secondsN))
	for r := range m.secondsN {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		fmt.Fprintf(&b, "poco_bridge_http_request_duration_seconds_sum{route=%q} %g\n", r, m.seconds[r])
		fmt.Fprintf(&b, "poco_bridge_http_request_duration_seconds_count{route=%q} %d\n", r, m.secondsN[r])
	}
	m.mu.Unlock()
	if counts != nil {
		help("poco_bridge_transfers", "gauge", "Transfers recorded, by direction and status.")
		for _, d := range Directions {
			fmt.Fprintf(&b, "poco_bridge_transfers{direction=%q,status=\"pending\"} %d\n", d, counts[d][0])
			fmt.Fprintf(&b, "poco_bridge_transfers{direction=%q,status=\"executed\"} %d\n", d, counts[d][1])
		}
	}
	io.WriteString(w, b.String())
}
