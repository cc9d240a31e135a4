package market

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/sdk"
)

// ───────────────────────────── changes (SSE) ─────────────────────────────

// Change types of the stream.
const (
	ChangePublished = "published" // a new order in the book
	ChangeUpdated   = "updated"   // its status or remaining volume changed
	ChangeRemoved   = "removed"   // unpublished by its signer
)

// Change is one change of the book, as the stream sends it.
type Change struct {
	Type  string      `json:"type"`
	Order *Order      `json:"order,omitempty"`
	Hash  common.Hash `json:"hash"`
}

// broker hands changes to the stream's subscribers; a subscriber too slow to keep up
// loses changes (its channel is full) rather than slowing the market.
type broker struct {
	mu   sync.Mutex
	subs map[chan Change]struct{}
}

func newBroker() *broker { return &broker{subs: map[chan Change]struct{}{}} }

func (b *broker) subscribe() (chan Change, func()) {
	ch := make(chan Change, 256)
	b.mu.Lock()
	b.subs[ch] = struct{}{}
	b.mu.Unlock()
	return ch, func() {
		b.mu.Lock()
		delete(b.subs, ch)
		b.mu.Unlock()
	}
}

func (b *broker) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

func (b *broker) publish(c Change) {
	if c.Order != nil {
		c.Hash = c.Order.Hash
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- c:
		default:
		}
	}
}

// ───────────────────────────── metrics ─────────────────────────────

// metrics are the service's counters, written in the Prometheus text format.
type metrics struct {
	mu           sync.Mutex
	publishedN   map[sdk.OrderKind]uint64
	refusedN     map[string]uint64
	requests     map[[2]string]uint64 // route, status code
	seconds      map[string]float64
	secondsN     map[string]uint64
	unpublishedN atomic.Uint64
	events       atomic.Uint64
	head         atomic.Uint64
	cursor       atomic.Uint64
}

func newMetrics() *metrics {
	return &metrics{publishedN: map[sdk.OrderKind]uint64{}, refusedN: map[string]uint64{},
		requests: map[[2]string]uint64{}, seconds: map[string]float64{}, secondsN: map[string]uint64{}}
}

func (m *metrics) published(k sdk.OrderKind) { m.mu.Lock(); m.publishedN[k]++; m.mu.Unlock() }
func (m *metrics) refused(code string)       { m.mu.Lock(); m.refusedN[code]++; m.mu.Unlock() }
func (m *metrics) unpublished(n int)         { m.unpublishedN.Add(uint64(n)) }
func (m *metrics) event()                    { m.events.Add(1) }
func (m *metrics) setHead(n uint64)          { m.head.Store(n) }
func (m *metrics) setCursor(n uint64)        { m.cursor.Store(n) }

func (m *metrics) request(route string, code int, d time.Duration) {
	m.mu.Lock()
	m.requests[[2]string{route, fmt.Sprint(code)}]++
	m.seconds[route] += d.Seconds()
	m.secondsN[route]++
	m.mu.Unlock()
}

func sortedKeys[K comparable](m map[K]uint64, less func(a, b K) bool) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

func (m *metrics) write(w io.Writer, counts map[sdk.OrderKind]map[Status]int, subscribers int) {
	var b strings.Builder
	help := func(name, typ, text string) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", name, text, name, typ)
	}
	kinds := []sdk.OrderKind{sdk.KindApp, sdk.KindDataset, sdk.KindWorkerpool, sdk.KindRequest}
	m.mu.Lock()
	help("poco_market_published_total", "counter", "Orders accepted by publish, by kind.")
	for _, k := range kinds {
		fmt.Fprintf(&b, "poco_market_published_total{kind=%q} %d\n", k.Asset(), m.publishedN[k])
	}
	help("poco_market_refused_total", "counter", "Publications refused, by reason code.")
	for _, c := range sortedKeys(m.refusedN, func(a, b string) bool { return a < b }) {
		fmt.Fprintf(&b, "poco_market_refused_total{code=%q} %d\n", c, m.refusedN[c])
	}
	help("poco_market_http_requests_total", "counter", "HTTP requests, by route and status code.")
	for _, k := range sortedKeys(m.requests, func(a, b [2]string) bool { return a[0]+a[1] < b[0]+b[1] }) {
		fmt.Fprintf(&b, "poco_market_http_requests_total{route=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}
	help("poco_market_http_request_duration_seconds", "summary", "Time spent serving HTTP requests, by route.")
	for _, r := range sortedKeys(m.secondsN, func(a, b string) bool { return a < b }) {
		fmt.Fprintf(&b, "poco_market_http_request_duration_seconds_sum{route=%q} %g\n", r, m.seconds[r])
		fmt.Fprintf(&b, "poco_market_http_request_duration_seconds_count{route=%q} %d\n", r, m.secondsN[r])
	}
	m.mu.Unlock()
	help("poco_market_unpublished_total", "counter", "Orders removed by their signers.")
	fmt.Fprintf(&b, "poco_market_unpublished_total %d\n", m.unpublishedN.Load())
	help("poco_market_chain_events_total", "counter", "Chain events read (the hub events the market follows and registry transfers).")
	fmt.Fprintf(&b, "poco_market_chain_events_total %d\n", m.events.Load())
	help("poco_market_chain_head_block", "gauge", "The chain's head block at the last look.")
	fmt.Fprintf(&b, "poco_market_chain_head_block %d\n", m.head.Load())
	help("poco_market_chain_cursor_block", "gauge", "The next block the market will read.")
	fmt.Fprintf(&b, "poco_market_chain_cursor_block %d\n", m.cursor.Load())
	help("poco_market_stream_subscribers", "gauge", "Clients of the change stream.")
	fmt.Fprintf(&b, "poco_market_stream_subscribers %d\n", subscribers)
	if counts != nil {
		help("poco_market_orders", "gauge", "Orders in the book, by kind and status.")
		for _, k := range kinds {
			for _, st := range []Status{StatusOpen, StatusFilled, StatusCancelled, StatusDead} {
				fmt.Fprintf(&b, "poco_market_orders{kind=%q,status=%q} %d\n", k.Asset(), st, counts[k][st])
			}
		}
	}
	io.WriteString(w, b.String())
}
