package sms

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/internal/ratelimit"
	"github.com/pocolabs/poco/sms/api"
)

//go:embed openapi.json
var openAPI []byte

// Handler is the HTTP API (package sms/api documents it; the OpenAPI document is at
// api.PathOpenAPI).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api.PathHealth, s.handleHealth)
	mux.HandleFunc("GET "+api.PathMetrics, s.handleMetrics)
	mux.HandleFunc("GET "+api.PathOpenAPI, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	mux.HandleFunc("GET "+api.PathStatus, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, s.Status())
	})
	mux.HandleFunc("POST "+api.PathChallenges, s.handleChallenge)
	mux.HandleFunc("POST "+api.PathSessions, s.handleSession)
	secret := func(kind string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { s.handleSecret(w, r, kind) }
	}
	for _, p := range []struct{ pattern, kind string }{
		{"/v1/datasets/{owner}/key", api.KindDatasetKey},
		{"/v1/apps/{owner}/secret", api.KindAppSecret},
		{"/v1/requesters/{owner}/secrets/{name}", api.KindRequesterSecret},
		{"/v1/beneficiaries/{owner}/result-key", api.KindResultKey},
	} {
		mux.HandleFunc(p.pattern, secret(p.kind))
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusWriter{ResponseWriter: w, code: 200}
		if strings.HasPrefix(r.URL.Path, "/v1/") && !s.client.Allow(ratelimit.ClientIP(r)) {
			writeErr(rec, refuse(429, api.CodeLimit, "too many requests from %s: at most %g a second (burst %d); slow down",
				ratelimit.ClientIP(r), s.cfg.Limits.ClientRate, s.cfg.Limits.ClientBurst))
		} else {
			if r.Body != nil && s.cfg.Limits.MaxBodyBytes > 0 {
				r.Body = http.MaxBytesReader(rec, r.Body, s.cfg.Limits.MaxBodyBytes)
			}
			mux.ServeHTTP(rec, r)
		}
		_, route := mux.Handler(r)
		if route == "" {
			route = "other"
		}
		s.m.request(route, rec.code, time.Since(start))
	})
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) { w.code = code; w.ResponseWriter.WriteHeader(code) }

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeErr(w http.ResponseWriter, err error) {
	var e *Error
	if !errors.As(err, &e) {
		e = internal(err)
	}
	writeJSON(w, e.Status, api.Error{Error: e.Message, Code: e.Code})
}

// readJSON reads a JSON body into v, refusing one too large or malformed.
func readJSON(r *http.Request, v any) error {
	body, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return refuse(413, api.CodeLimit, "the request body is larger than %d bytes, the most this SMS accepts", tooBig.Limit)
	}
	if err != nil {
		return refuse(400, api.CodeBadRequest, "reading the request body: %v", err)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return refuse(400, api.CodeBadRequest, "the request body is not the JSON expected: %v", err)
	}
	return nil
}

func (s *Service) handleHealth(w http.ResponseWriter, r *http.Request) {
	h := s.Health(r.Context())
	code := 200
	if !h.OK {
		code = 503
	}
	writeJSON(w, code, h)
}

func (s *Service) handleMetrics(w http.ResponseWriter, r *http.Request) {
	byKind, byVersion, _ := s.store.CountSecrets(r.Context())
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.m.write(w, byKind, byVersion, s.keys.Current())
}

func (s *Service) handleChallenge(w http.ResponseWriter, r *http.Request) {
	var req api.ChallengeRequest
	if err := readJSON(r, &req); err != nil {
		writeErr(w, err)
		return
	}
	c, err := s.NewChallenge(r.Context(), req.Address)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, 200, c)
}

func (s *Service) handleSecret(w http.ResponseWriter, r *http.Request, kind string) {
	o := r.PathValue("owner")
	if !common.IsHexAddress(o) {
		writeErr(w, refuse(400, api.CodeBadRequest, "%q is not an address: want 0x and 40 hex digits", o))
		return
	}
	t := api.Target{Kind: kind, Owner: common.HexToAddress(o), Name: r.PathValue("name")}
	switch r.Method {
	case http.MethodHead:
		ok, err := s.Has(r.Context(), t)
		if err != nil {
			w.WriteHeader(500)
			return
		}
		if !ok {
			w.WriteHeader(404)
			return
		}
		w.WriteHeader(204)
	case http.MethodPut:
		var req api.Write
		if err := readJSON(r, &req); err != nil {
			writeErr(w, err)
			return
		}
		if err := s.Write(r.Context(), t, req); err != nil {
			writeErr(w, err)
			return
		}
		w.WriteHeader(204)
	default:
		w.Header().Set("Allow", "PUT, HEAD")
		writeErr(w, refuse(405, api.CodeBadRequest, "%s %s: secrets are written (PUT) and checked (HEAD), never read back", r.Method, r.URL.Path))
	}
}

func (s *Service) handleSession(w http.ResponseWriter, r *http.Request) {
	var req api.SessionRequest
	if err := readJSON(r, &req); err != nil {
		writeErr(w, err)
		return
	}
	resp, err := s.OpenSession(r.Context(), req)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, 200, resp)
}

// ───────────────────────────── metrics ─────────────────────────────

type metrics struct {
	mu       sync.Mutex
	requests map[[2]string]uint64 // route, status code
	seconds  map[string]float64
	secondsN map[string]uint64
	opened   uint64
	refused  map[string]uint64
	writes   map[string]uint64
}

func newMetrics() *metrics {
	return &metrics{requests: map[[2]string]uint64{}, seconds: map[string]float64{}, secondsN: map[string]uint64{},
		refused: map[string]uint64{}, writes: map[string]uint64{}}
}

func (m *metrics) request(route string, code int, d time.Duration) {
	m.mu.Lock()
	m.requests[[2]string{route, fmt.Sprint(code)}]++
	m.seconds[route] += d.Seconds()
	m.secondsN[route]++
	m.mu.Unlock()
}

func (m *metrics) sessionOpened()             { m.mu.Lock(); m.opened++; m.mu.Unlock() }
func (m *metrics) sessionRefused(code string) { m.mu.Lock(); m.refused[code]++; m.mu.Unlock() }
func (m *metrics) wrote(kind string)          { m.mu.Lock(); m.writes[kind]++; m.mu.Unlock() }

func sortedKeys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

var secretKinds = []string{api.KindDatasetKey, api.KindAppSecret, api.KindRequesterSecret, api.KindResultKey}

func (m *metrics) write(w io.Writer, byKind map[string]int, byVersion map[int]int, current int) {
	var b strings.Builder
	help := func(name, typ, text string) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", name, text, name, typ)
	}
	m.mu.Lock()
	help("poco_sms_http_requests_total", "counter", "HTTP requests, by route and status code.")
	for _, k := range sortedKeys(m.requests, func(a, b [2]string) bool { return a[0]+a[1] < b[0]+b[1] }) {
		fmt.Fprintf(&b, "poco_sms_http_requests_total{route=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}
	help("poco_sms_http_request_duration_seconds", "summary", "Time spent serving HTTP requests, by route.")
	for _, r := range sortedKeys(m.secondsN, func(a, b string) bool { return a < b }) {
		fmt.Fprintf(&b, "poco_sms_http_request_duration_seconds_sum{route=%q} %g\n", r, m.seconds[r])
		fmt.Fprintf(&b, "poco_sms_http_request_duration_seconds_count{route=%q} %d\n", r, m.secondsN[r])
	}
	help("poco_sms_sessions_opened_total", "counter", "Sessions that released secrets to an enclave.")
	fmt.Fprintf(&b, "poco_sms_sessions_opened_total %d\n", m.opened)
	help("poco_sms_sessions_refused_total", "counter", "Sessions refused, by reason code.")
	for _, c := range sortedKeys(m.refused, func(a, b string) bool { return a < b }) {
		fmt.Fprintf(&b, "poco_sms_sessions_refused_total{code=%q} %d\n", c, m.refused[c])
	}
	help("poco_sms_secret_writes_total", "counter", "Secrets written, by kind.")
	for _, k := range secretKinds {
		fmt.Fprintf(&b, "poco_sms_secret_writes_total{kind=%q} %d\n", k, m.writes[k])
	}
	m.mu.Unlock()
	if byKind != nil {
		help("poco_sms_secrets", "gauge", "Secrets stored, by kind.")
		for _, k := range secretKinds {
			fmt.Fprintf(&b, "poco_sms_secrets{kind=%q} %d\n", k, byKind[k])
		}
		help("poco_sms_secrets_by_key_version", "gauge", "Secrets stored, by the master key version they are encrypted under.")
		for _, v := range sortedKeys(byVersion, func(a, b int) bool { return a < b }) {
			fmt.Fprintf(&b, "poco_sms_secrets_by_key_version{version=\"%d\"} %d\n", v, byVersion[v])
		}
	}
	help("poco_sms_master_key_version", "gauge", "The current master key version.")
	fmt.Fprintf(&b, "poco_sms_master_key_version %d\n", current)
	io.WriteString(w, b.String())
}
