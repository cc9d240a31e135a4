package market

import (
	_ "embed"
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
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/internal/ratelimit"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// Paths of the API (docs/market.md, and the OpenAPI document at PathOpenAPI).
const (
	PathHealth     = "/health"
	PathMetrics    = "/metrics"
	PathOpenAPI    = "/v1/openapi.json"
	PathInfo       = "/v1/info"
	PathOrders     = "/v1/orders"    // POST: publish; GET /v1/orders/{hash}: one order
	PathOrderbook  = "/v1/orderbook" // GET /v1/orderbook/{app|dataset|workerpool|request}
	PathChallenge  = "/v1/challenge"
	PathUnpublish  = "/v1/unpublish"
	PathCategories = "/v1/categories"
	PathDeals      = "/v1/deals"
	PathStream     = "/v1/stream"
)

//go:embed openapi.json
var openAPI []byte

// Info describes the market.
type Info struct {
	ChainID uint64         `json:"chainId"`
	Hub     common.Address `json:"hub"`
	Store   string         `json:"store"`
	Limits  Limits         `json:"limits"`
}

// Handler is the HTTP API.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+PathHealth, s.handleHealth)
	mux.HandleFunc("GET "+PathMetrics, s.handleMetrics)
	mux.HandleFunc("GET "+PathOpenAPI, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	mux.HandleFunc("GET "+PathInfo, func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, Info{ChainID: s.chain.ChainID().Uint64(), Hub: s.chain.Hub(), Store: s.store.Name(), Limits: s.cfg.Limits})
	})
	mux.HandleFunc("POST "+PathOrders, s.handlePublish)
	mux.HandleFunc("GET "+PathOrders+"/{hash}", s.handleOrder)
	mux.HandleFunc("GET "+PathOrderbook+"/{kind}", s.handleQuery)
	mux.HandleFunc("POST "+PathChallenge, s.handleChallenge)
	mux.HandleFunc("POST "+PathUnpublish, s.handleUnpublish)
	mux.HandleFunc("GET "+PathCategories, s.handleCategories)
	mux.HandleFunc("GET "+PathDeals, s.handleDeals)
	mux.HandleFunc("GET "+PathStream, s.handleStream)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusWriter{ResponseWriter: w, code: 200}
		if strings.HasPrefix(r.URL.Path, "/v1/") && r.URL.Path != PathStream && !s.client.Allow(ratelimit.ClientIP(r)) {
			writeErr(rec, refuse(429, CodeRateLimited, "too many requests from %s: at most %g a second (burst %d); slow down", ratelimit.ClientIP(r), s.cfg.Limits.ClientRate, s.cfg.Limits.ClientBurst))
		} else {
			if r.Body != nil && s.cfg.Limits.MaxBodyBytes > 0 {
				r.Body = http.MaxBytesReader(rec, r.Body, s.cfg.Limits.MaxBodyBytes)
			}
			mux.ServeHTTP(rec, r)
		}
		route := r.Pattern
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
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeErr(w http.ResponseWriter, err error) {
	var e *Error
	if !errors.As(err, &e) {
		switch {
		case errors.Is(err, ErrBadCursor):
			e = refuse(400, CodeBadRequest, "the next cursor is not one this market wrote: start again without it")
		default:
			e = refuse(500, "internal", "the market failed: %v", err)
		}
	}
	writeJSON(w, e.Status, e)
}

// readBody reads a request body, refusing one larger than the limit.
func (s *Service) readBody(r *http.Request) ([]byte, error) {
	body, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return nil, refuse(413, CodeBodyTooLarge, "the request body is larger than %d bytes, the most this market accepts", tooBig.Limit)
	}
	if err != nil {
		return nil, refuse(400, CodeBadRequest, "reading the request body: %v", err)
	}
	return body, nil
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
	counts, _ := s.store.Counts(r.Context())
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.m.write(w, counts, s.hub.count())
}

func (s *Service) handlePublish(w http.ResponseWriter, r *http.Request) {
	body, err := s.readBody(r)
	if err != nil {
		writeErr(w, err)
		return
	}
	so, err := sdk.ParseSignedOrder(body)
	if err != nil {
		s.m.refused(CodeBadOrder)
		writeErr(w, refuse(400, CodeBadOrder, "%v", err))
		return
	}
	o, err := s.Publish(r.Context(), so)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, 201, o)
}

func (s *Service) handleOrder(w http.ResponseWriter, r *http.Request) {
	h, err := hexutil.Decode(r.PathValue("hash"))
	if err != nil || len(h) != 32 {
		writeErr(w, refuse(400, CodeBadRequest, "%q is not an order hash: want 0x and 64 hex digits", r.PathValue("hash")))
		return
	}
	o, err := s.Order(r.Context(), common.BytesToHash(h))
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, 200, o)
}

// queryParams are the parameters of GET /v1/orderbook/{kind}, and the kinds each applies to.
var queryParams = map[string][]sdk.OrderKind{
	"app": nil, "dataset": nil, "workerpool": nil, "requester": nil, "owner": nil,
	"category": {sdk.KindWorkerpool, sdk.KindRequest}, "mintag": nil, "maxtag": nil,
	"mintrust": {sdk.KindWorkerpool, sdk.KindRequest}, "maxtrust": {sdk.KindWorkerpool, sdk.KindRequest},
	"minvolume": nil, "maxprice": nil, "minprice": nil, "strict": nil, "status": nil, "limit": nil, "next": nil,
}

// ParseFilter reads a Filter from the query parameters of GET /v1/orderbook/{kind}.
func ParseFilter(kind sdk.OrderKind, q url.Values) (Filter, error) {
	var f Filter
	for k := range q {
		kinds, ok := queryParams[k]
		if !ok {
			known := make([]string, 0, len(queryParams))
			for p := range queryParams {
				known = append(known, p)
			}
			sort.Strings(known)
			return f, refuse(400, CodeBadRequest, "unknown parameter %q: the book is filtered by %s", k, strings.Join(known, ", "))
		}
		if kinds != nil && kind != kinds[0] && kind != kinds[1] {
			return f, refuse(400, CodeBadRequest, "%s orders have no %s: that filter is for workerpool and request orders", kind.Asset(), k)
		}
	}
	var err error
	addrParam := func(name string, dst *common.Address) {
		v := q.Get(name)
		if v == "" || err != nil {
			return
		}
		a, e := protocol.ParseAddress(v)
		if e != nil {
			err = refuse(400, CodeBadRequest, "%s %v", name, e)
			return
		}
		*dst = a
	}
	uintParam := func(name string) uint64 {
		v := q.Get(name)
		if v == "" || err != nil {
			return 0
		}
		n, e := strconv.ParseUint(v, 10, 64)
		if e != nil {
			err = refuse(400, CodeBadRequest, "%s %q is not a whole number", name, v)
		}
		return n
	}
	bigParam := func(name string) *big.Int {
		v := q.Get(name)
		if v == "" || err != nil {
			return nil
		}
		n, ok := new(big.Int).SetString(v, 10)
		if !ok || n.Sign() < 0 {
			err = refuse(400, CodeBadRequest, "%s %q is not an amount in base units (a whole number; 1 RLC = 10^9)", name, v)
		}
		return n
	}
	tagParam := func(name string) *protocol.Tag {
		v := q.Get(name)
		if v == "" || err != nil {
			return nil
		}
		t, e := protocol.ParseTag(v)
		if e != nil {
			err = refuse(400, CodeBadRequest, "%s: %v", name, e)
			return nil
		}
		if _, high := tagColumns(t); high {
			err = refuse(400, CodeBadRequest, "%s: tag bits above 62 cannot be searched", name)
		}
		return &t
	}
	addrParam("app", &f.App)
	addrParam("dataset", &f.Dataset)
	addrParam("workerpool", &f.Workerpool)
	addrParam("requester", &f.Requester)
	addrParam("owner", &f.Owner)
	if q.Has("category") {
		c := uintParam("category")
		f.Category = &c
	}
	if t := tagParam("mintag"); t != nil {
		f.MinTag = *t
	}
	f.MaxTag = tagParam("maxtag")
	f.MinTrust = uintParam("mintrust")
	f.MaxTrust = uintParam("maxtrust")
	f.MinVolume = uintParam("minvolume")
	f.MaxPrice = bigParam("maxprice")
	f.MinPrice = bigParam("minprice")
	limit := uintParam("limit")
	if err != nil {
		return f, err
	}
	if limit > MaxLimit {
		return f, refuse(400, CodeBadRequest, "limit %d is above %d, the largest page this market serves", limit, MaxLimit)
	}
	f.Limit = int(limit)
	if v := q.Get("strict"); v != "" {
		b, e := strconv.ParseBool(v)
		if e != nil {
			return f, refuse(400, CodeBadRequest, "strict %q: want true or false", v)
		}
		f.Strict = b
	}
	if v := q.Get("status"); v != "" {
		f.Status = Status(v)
		if !f.Status.Valid() {
			return f, refuse(400, CodeBadRequest, "status %q: want open, filled, cancelled or dead", v)
		}
	}
	f.After = q.Get("next")
	return f, nil
}

// Values writes f as the query parameters ParseFilter reads.
func (f Filter) Values() url.Values {
	q := url.Values{}
	for _, p := range []struct {
		name string
		a    common.Address
	}{{"app", f.App}, {"dataset", f.Dataset}, {"workerpool", f.Workerpool}, {"requester", f.Requester}, {"owner", f.Owner}} {
		if p.a != (common.Address{}) {
			q.Set(p.name, p.a.Hex())
		}
	}
	if f.Category != nil {
		q.Set("category", strconv.FormatUint(*f.Category, 10))
	}
	if !f.MinTag.IsZero() {
		q.Set("mintag", f.MinTag.String())
	}
	if f.MaxTag != nil {
		q.Set("maxtag", f.MaxTag.String())
	}
	for _, p := range []struct {
		name string
		v    uint64
	}{{"mintrust", f.MinTrust}, {"maxtrust", f.MaxTrust}, {"minvolume", f.MinVolume}, {"limit", uint64(f.Limit)}} {
		if p.v != 0 {
			q.Set(p.name, strconv.FormatUint(p.v, 10))
		}
	}
	if f.MaxPrice != nil {
		q.Set("maxprice", f.MaxPrice.String())
	}
	if f.MinPrice != nil {
		q.Set("minprice", f.MinPrice.String())
	}
	if f.Strict {
		q.Set("strict", "true")
	}
	if f.Status != "" {
		q.Set("status", string(f.Status))
	}
	if f.After != "" {
		q.Set("next", f.After)
	}
	return q
}

func parseKind(v string) (sdk.OrderKind, error) {
	var k sdk.OrderKind
	if err := k.UnmarshalText([]byte(v)); err != nil {
		return 0, refuse(404, CodeNotFound, "no %q order book: the books are app, dataset, workerpool and request", v)
	}
	return k, nil
}

func (s *Service) handleQuery(w http.ResponseWriter, r *http.Request) {
	kind, err := parseKind(r.PathValue("kind"))
	if err != nil {
		writeErr(w, err)
		return
	}
	f, err := ParseFilter(kind, r.URL.Query())
	if err != nil {
		writeErr(w, err)
		return
	}
	page, err := s.Query(r.Context(), kind, f)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, 200, page)
}

func (s *Service) handleChallenge(w http.ResponseWriter, r *http.Request) {
	body, err := s.readBody(r)
	if err != nil {
		writeErr(w, err)
		return
	}
	var req struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(body, &req); err != nil || req.Address == "" {
		writeErr(w, refuse(400, CodeBadRequest, `want {"address":"0x…"}: the address whose orders to unpublish`))
		return
	}
	addr, err := protocol.ParseAddress(req.Address)
	if err != nil || addr == (common.Address{}) {
		if err == nil {
			err = errors.New("is the zero address")
		}
		writeErr(w, refuse(400, CodeBadRequest, "address %v", err))
		return
	}
	writeJSON(w, 200, s.NewChallenge(addr))
}

// Unpublished is the answer of an unpublish.
type Unpublished struct {
	Removed []common.Hash `json:"removed"`
}

func (s *Service) handleUnpublish(w http.ResponseWriter, r *http.Request) {
	body, err := s.readBody(r)
	if err != nil {
		writeErr(w, err)
		return
	}
	var addr struct {
		Address string `json:"address"`
	}
	if json.Unmarshal(body, &addr) == nil && addr.Address != "" {
		if _, err := protocol.ParseAddress(addr.Address); err != nil {
			writeErr(w, refuse(400, CodeBadRequest, "address %v", err))
			return
		}
	}
	var u Unpublish
	if err := json.Unmarshal(body, &u); err != nil {
		writeErr(w, refuse(400, CodeBadRequest, "not an unpublish request (want address, challenge, signature, and hash or kind with all): %v", err))
		return
	}
	removed, err := s.Unpublish(r.Context(), u)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, 200, Unpublished{Removed: removed})
}

// CategoryJSON is a category as the API writes it.
type CategoryJSON struct {
	ID               uint64 `json:"id"`
	Name             string `json:"name"`
	Description      string `json:"description"`
	WorkClockTimeRef uint64 `json:"workClockTimeRef"`
}

func (s *Service) handleCategories(w http.ResponseWriter, r *http.Request) {
	cats, err := s.Categories(r.Context())
	if err != nil {
		writeErr(w, err)
		return
	}
	out := make([]CategoryJSON, len(cats))
	for i, c := range cats {
		out[i] = CategoryJSON{c.ID, c.Name, c.Description, c.WorkClockTimeRef}
	}
	writeJSON(w, 200, out)
}

func (s *Service) handleDeals(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var f DealFilter
	for _, p := range []struct {
		name string
		dst  *common.Address
	}{{"app", &f.App}, {"dataset", &f.Dataset}, {"workerpool", &f.Workerpool}, {"requester", &f.Requester}} {
		if v := q.Get(p.name); v != "" {
			a, err := protocol.ParseAddress(v)
			if err != nil {
				writeErr(w, refuse(400, CodeBadRequest, "%s %v", p.name, err))
				return
			}
			*p.dst = a
		}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > MaxLimit {
			writeErr(w, refuse(400, CodeBadRequest, "limit %q: want a number from 1 to %d", v, MaxLimit))
			return
		}
		f.Limit = n
	}
	f.After = q.Get("next")
	page, err := s.store.Deals(r.Context(), f)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, 200, page)
}

// handleStream sends the book's changes as server-sent events: "event: <type>" and
// "data: <Change JSON>", for the kinds asked (?kind=app&kind=request; all by default).
func (s *Service) handleStream(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		writeErr(w, refuse(500, "internal", "streaming is not supported by this server"))
		return
	}
	kinds := map[sdk.OrderKind]bool{}
	for _, v := range r.URL.Query()["kind"] {
		k, err := parseKind(v)
		if err != nil {
			writeErr(w, refuse(400, CodeBadRequest, "kind %q: want app, dataset, workerpool or request", v))
			return
		}
		kinds[k] = true
	}
	ch, cancel := s.hub.subscribe()
	defer cancel()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(200)
	fmt.Fprint(w, ": poco market changes\n\n")
	flusher.Flush()
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
			flusher.Flush()
		case c := <-ch:
			if len(kinds) > 0 && c.Order != nil && !kinds[c.Order.Kind] {
				continue
			}
			data, _ := json.Marshal(c)
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", c.Type, data)
			flusher.Flush()
		}
	}
}
