package explorer

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/protocol"
)

// ───────────────────────────── security headers ─────────────────────────────

// ContentSecurityPolicy is the policy of every response: scripts, styles and
// connections only from the explorer itself (no inline script or style, no eval), images
// also as data: URLs, never framed.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// securityHeaders sets the headers every response carries.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("X-Frame-Options", "DENY")
}

// ───────────────────────────── pages of lists ─────────────────────────────

// Pager is the position of a page in a list: ?page=N (from 1) and ?limit=.
type Pager struct {
	Page  int  `json:"page"`
	Limit int  `json:"limit"`
	More  bool `json:"more"` // a next page exists
	param string
	u     url.URL
}

// pager reads the page of param ("page", or another for a second list on a page) and
// the limit (default def) of a request.
func pager(r *http.Request, param string, def int) Pager {
	p := Pager{Page: 1, Limit: limit(r, def), param: param, u: *r.URL}
	if n, err := strconv.Atoi(r.URL.Query().Get(param)); err == nil && n > 1 {
		p.Page = min(n, 1_000_000)
	}
	return p
}

// Offset is how many items the page skips.
func (p Pager) Offset() int { return (p.Page - 1) * p.Limit }

// fetch is how many items to ask for: one more than shown tells whether more follow.
func (p Pager) fetch() int { return p.Limit + 1 }

// pageOf keeps the page's items of those fetched and notes whether more follow.
func pageOf[T any](p *Pager, items []T) []T {
	if len(items) > p.Limit {
		p.More = true
		return items[:p.Limit]
	}
	return items
}

// paged is page p of a list whose record already holds its first page at the default
// size def (first): those when p is that page and they are fewer than def (no more
// follow), else the page load reads (limit, offset).
func paged[T any](p *Pager, def int, first []T, load func(limit, offset int) ([]T, error)) ([]T, error) {
	if p.Page == 1 && p.Limit == def && len(first) < def {
		return first, nil
	}
	items, err := load(p.fetch(), p.Offset())
	if err != nil {
		return nil, err
	}
	return pageOf(p, items), nil
}

// URL is the address of page n of the same list.
func (p Pager) URL(n int) string {
	q := p.u.Query()
	if n <= 1 {
		q.Del(p.param)
	} else {
		q.Set(p.param, strconv.Itoa(n))
	}
	u := url.URL{Path: p.u.Path, RawQuery: q.Encode()}
	return u.String()
}

// Prev is the previous page's address ("" on the first).
func (p Pager) Prev() string {
	if p.Page <= 1 {
		return ""
	}
	return p.URL(p.Page - 1)
}

// Next is the next page's address ("" on the last).
func (p Pager) Next() string {
	if !p.More {
		return ""
	}
	return p.URL(p.Page + 1)
}

// Shown reports whether the list has more than one page.
func (p Pager) Shown() bool { return p.Page > 1 || p.More }

// links are the Link header's values (RFC 8288) of a page's neighbours.
func (p Pager) links() []string {
	var out []string
	if v := p.Prev(); v != "" {
		out = append(out, "<"+v+`>; rel="prev"`)
	}
	if v := p.Next(); v != "" {
		out = append(out, "<"+v+`>; rel="next"`)
	}
	return out
}

func jsonOf(v any) ([]byte, error) { return json.Marshal(v) }

// DealList is a page of deals; in JSON, the deals (the neighbours in a Link header).
type DealList struct {
	Items []index.DealSummary
	Pager Pager
}

func (l DealList) MarshalJSON() ([]byte, error) { return jsonOf(l.Items) }
func (l DealList) links() []string              { return l.Pager.links() }

// WorkerList is a page of workers; in JSON, the workers.
type WorkerList struct {
	Items []index.WorkerSummary
	Pager Pager
}

func (l WorkerList) MarshalJSON() ([]byte, error) { return jsonOf(l.Items) }
func (l WorkerList) links() []string              { return l.Pager.links() }

// AssetList is a page of assets; in JSON, the assets.
type AssetList struct {
	Items []index.AssetSummary
	Pager Pager
}

func (l AssetList) MarshalJSON() ([]byte, error) { return jsonOf(l.Items) }
func (l AssetList) links() []string              { return l.Pager.links() }

// ───────────────────────────── deals in words ─────────────────────────────

// Deal states.
const (
	DealRunning      = "running"
	DealCompleted    = "completed"
	DealPartlyFailed = "partly failed"
	DealFailed       = "failed"
	DealClaimable    = "claimable"
)

// dealState says where a deal stands: its state and a sentence for people. final is its
// final deadline (zero when unknown), now the time it is judged at.
func dealState(id string, botSize uint64, completed, failed int64, final, now time.Time) (string, string) {
	done := uint64(completed + failed)
	open := int64(botSize) - completed - failed
	switch {
	case done >= botSize && failed == 0:
		return DealCompleted, fmt.Sprintf("All %d tasks completed.", botSize)
	case done >= botSize && completed == 0:
		return DealFailed, fmt.Sprintf("All %d tasks failed: claimed after the final deadline, their price refunded to the payer.", botSize)
	case done >= botSize:
		return DealPartlyFailed, fmt.Sprintf("%d of %d tasks completed, %d failed (claimed after the final deadline, refunded).", completed, botSize, failed)
	case !final.IsZero() && !now.Before(final):
		return DealClaimable, fmt.Sprintf("The final deadline passed with %d tasks unfinished: anyone may claim them, which fails them and refunds their price to the payer: poco deal claim %s", open, id)
	}
	return DealRunning, fmt.Sprintf("%d of %d tasks unfinished; %d completed, %d failed.", open, botSize, completed, failed)
}

// tagWords says which bits a tag sets: "none", "GPU", "TEE TDX", "TEE, GPU"…
func tagWords(hexTag string) string {
	t, err := protocol.ParseTag(hexTag)
	if err != nil {
		return hexTag
	}
	if t.IsZero() {
		return "none"
	}
	var fw, parts []string
	for _, b := range []struct {
		bit  uint
		name string
	}{{protocol.BitTEEScone, "Scone"}, {protocol.BitTEEGramine, "Gramine"}, {protocol.BitTEETDX, "TDX"}} {
		if t.Has(b.bit) {
			fw = append(fw, b.name)
		}
	}
	switch {
	case t.HasTEE() && len(fw) > 0:
		parts = append(parts, "TEE "+strings.Join(fw, "/"))
	case t.HasTEE():
		parts = append(parts, "TEE")
	case len(fw) > 0:
		parts = append(parts, "TEE framework "+strings.Join(fw, "/")+" (without the TEE bit)")
	}
	if t.HasGPU() {
		parts = append(parts, "GPU")
	}
	for n := uint(0); n < 256; n++ {
		switch n {
		case protocol.BitTEE, protocol.BitTEEScone, protocol.BitTEEGramine, protocol.BitTEETDX, protocol.BitGPU:
			continue
		}
		if t.Has(n) {
			parts = append(parts, "bit "+strconv.FormatUint(uint64(n), 10))
		}
	}
	return strings.Join(parts, ", ")
}

// relative says when t is from now: "in 12m", "3h ago", "now".
func relative(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := t.Sub(now).Round(time.Second)
	future := d > 0
	if !future {
		d = -d
	}
	var s string
	switch {
	case d < 5*time.Second:
		return "now"
	case d < time.Minute:
		s = fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		s = fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		s = fmt.Sprintf("%dh", int(d.Hours()))
	default:
		s = fmt.Sprintf("%dd", int(d.Hours()/24))
	}
	if future {
		return "in " + s
	}
	return s + " ago"
}

// Deadline is a deadline with its time from now.
type Deadline struct {
	Time time.Time `json:"time"`
	In   string    `json:"in"` // "in 12m", "3h ago"
}

func deadline(t, now time.Time) *Deadline {
	if t.IsZero() {
		return nil
	}
	return &Deadline{Time: t, In: relative(t, now)}
}

// deadlines are a deal's contribution and final deadlines (nil when its category is
// not indexed).
func deadlines(terms *index.DealTerms, now time.Time) (contribution, final *Deadline) {
	if terms == nil || terms.WorkClockTimeRef == 0 || terms.StartTime.IsZero() {
		return nil, nil
	}
	start, ref := uint64(terms.StartTime.Unix()), terms.WorkClockTimeRef
	return deadline(time.Unix(int64(protocol.ContributionDeadline(start, ref)), 0).UTC(), now),
		deadline(time.Unix(int64(protocol.FinalDeadline(start, ref)), 0).UTC(), now)
}

// resultURL is where a result location can be downloaded ("" when it cannot).
func (s *Server) resultURL(loc string) string {
	if strings.HasPrefix(loc, "/ipfs/") {
		gw := strings.TrimRight(s.cfg.Gateway, "/")
		if gw == "" {
			gw = "https://ipfs.io" // a public gateway; any gateway serves /ipfs/<cid>
		}
		return gw + loc
	}
	if u, err := url.Parse(loc); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return loc
	}
	return ""
}

// DealTx is a transaction of a deal with the gas it used (when read from the chain).
type DealTx struct {
	index.DealTx
	GasUsed *uint64 `json:"gasUsed,omitempty"`
}

// What says what the transaction did to the deal.
func (t DealTx) What() string {
	var parts []string
	for _, e := range t.Events {
		w := dealEventWords[e.Name]
		if w == "" {
			w = e.Name
		}
		if e.Count > 1 {
			w = fmt.Sprintf("%d × %s", e.Count, w)
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, ", ")
}

var dealEventWords = map[string]string{
	"OrdersMatched": "match", "TaskStarted": "task started", "TaskContribute": "contribution", "TaskConsensus": "consensus",
	"TaskReveal": "reveal", "ContributionRejected": "contribution rejected", "TaskFinalize": "finalize", "TaskClaimed": "claim",
	"ResultCallback": "callback",
}

// maxReceipts bounds the receipts a page reads for gas used.
const maxReceipts = 100

// gasUsed reads the receipts of txs from the chain (at most maxReceipts, within 3 s)
// for their gas used; without a client it leaves them unknown.
func (s *Server) gasUsed(ctx context.Context, txs []index.DealTx) []DealTx {
	out := make([]DealTx, len(txs))
	for i, t := range txs {
		out[i].DealTx = t
	}
	if s.cfg.Client == nil {
		return out
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	b := s.cfg.Client.Backend()
	for i := range out[:min(len(out), maxReceipts)] {
		r, err := b.TransactionReceipt(ctx, common.HexToHash(out[i].Hash))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			continue
		}
		g := r.GasUsed
		out[i].GasUsed = &g
	}
	return out
}

// chainNow is the time deadlines are judged at: the chain head's time when the chain can
// be read (a claim succeeds once a block's time passed the final deadline), else the
// clock's.
func (s *Server) chainNow(ctx context.Context) time.Time {
	if s.cfg.Client == nil {
		return time.Now()
	}
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	h, err := s.cfg.Client.Backend().HeaderByNumber(ctx, nil)
	if err != nil || h == nil {
		return time.Now()
	}
	return time.Unix(int64(h.Time), 0)
}
