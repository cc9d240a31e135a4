package explorer

import (
	"context"
	"fmt"
	"html/template"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/pocolabs/poco/explorer/index"
)

// Charts (issue 17): the market, pool and worker pages show their evolution as SVG
// charts (svgchart.go) over a time range picked with ?range=, and their JSON
// (/api/market, /api/assets/{pool}, /api/workers/{address}) gains the same "series".

// chartRange is a time range of the charts.
type chartRange struct {
	Key, Label string
	Span       time.Duration // 0: since the first event
	Bucket     time.Duration // 0: chosen from the span
}

// chartRanges are the ranges offered, as ?range= takes them.
var chartRanges = []chartRange{
	{"1h", "1 hour", time.Hour, time.Minute},
	{"24h", "24 hours", 24 * time.Hour, time.Hour},
	{"7d", "7 days", 7 * 24 * time.Hour, time.Hour},
	{"all", "All", 0, 0},
}

// DefaultChartRange is the range of a page without ?range=: everything, in buckets that
// fit its span (minutes for a young network, hours, then days).
const DefaultChartRange = "all"

// SeriesRange is the range of a page's series: its key and its window (from, to, bucket).
type SeriesRange struct {
	Range string `json:"range"`
	index.Window
}

// chartWindow reads ?range= (400 for an unknown one) and makes its window, ending at the
// later of now and the last indexed block's time.
func (s *Server) chartWindow(r *http.Request) (SeriesRange, error) {
	key := r.URL.Query().Get("range")
	if key == "" {
		key = DefaultChartRange
	}
	var rg *chartRange
	for i := range chartRanges {
		if chartRanges[i].Key == key {
			rg = &chartRanges[i]
		}
	}
	if rg == nil {
		return SeriesRange{}, badRequest{fmt.Sprintf("unknown range %q: use 1h, 24h, 7d or all", key)}
	}
	ctx := r.Context()
	end := time.Now()
	if last, err := s.cfg.DB.LastTime(ctx); err != nil {
		return SeriesRange{}, err
	} else if last.After(end) {
		end = last
	}
	from, bucket := end.Add(-rg.Span), rg.Bucket
	if rg.Span == 0 {
		first, err := s.cfg.DB.FirstTime(ctx)
		if err != nil {
			return SeriesRange{}, err
		}
		if first.IsZero() || first.After(end) {
			first = end.Add(-time.Hour)
		}
		from = first
		switch span := end.Sub(first); {
		case span <= 2*time.Hour:
			bucket = time.Minute
		case span <= 3*24*time.Hour:
			bucket = time.Hour
		default:
			bucket = 24 * time.Hour
		}
		// At least 30 buckets, so that a young network's few do not fill the width.
		if earliest := end.Add(-30 * bucket); from.After(earliest) {
			from = earliest
		}
	}
	return SeriesRange{Range: key, Window: index.NewWindow(from, end, int64(bucket/time.Second))}, nil
}

// rangeTabs links the ranges of path as tabs, the current one marked.
func rangeTabs(path, current string) template.HTML {
	var b strings.Builder
	b.WriteString(`<nav class="range-tabs" aria-label="Time range of the charts"><ul>`)
	for _, rg := range chartRanges {
		cur := ""
		if rg.Key == current {
			cur = ` aria-current="page"`
		}
		fmt.Fprintf(&b, `<li><a href="%s?range=%s"%s>%s</a></li>`, template.HTMLEscapeString(path), rg.Key, cur, rg.Label)
	}
	b.WriteString(`</ul></nav>`)
	return template.HTML(b.String())
}

// ───────────────────────────── page data ─────────────────────────────

// MarketSeries are the market page's series: the tasks completed and failed in every
// category, and each category's price and offered capacity.
type MarketSeries struct {
	SeriesRange
	Completed  index.Series     `json:"completed"`
	Failed     index.Series     `json:"failed"`
	Categories []CategorySeries `json:"categories"`

	tabs, tasks template.HTML
}

// CategorySeries is a category's price per task (from deals), the live book's best offer
// (when a market is read) and the tasks offered in its book (sampled).
type CategorySeries struct {
	ID        uint64       `json:"id"`
	Price     index.Series `json:"price"`
	BestOffer string       `json:"bestOffer,omitempty"`
	Capacity  index.Series `json:"capacity"`

	charts template.HTML
}

// RangeTabs, TasksChart and ChartsOf render the market page's charts ("" without series).
func (m *Market) RangeTabs() template.HTML {
	if m.Series == nil {
		return ""
	}
	return m.Series.tabs
}

// TasksChart is the chart of the tasks completed and failed.
func (m *Market) TasksChart() template.HTML {
	if m.Series == nil {
		return ""
	}
	return m.Series.tasks
}

// ChartsOf is category id's price and capacity charts.
func (m *Market) ChartsOf(id uint64) template.HTML {
	if m.Series == nil {
		return ""
	}
	for _, c := range m.Series.Categories {
		if c.ID == id {
			return c.charts
		}
	}
	return ""
}

// PoolSeries are a workerpool's tasks completed and failed, and its price per task.
type PoolSeries struct {
	SeriesRange
	Completed index.Series `json:"completed"`
	Failed    index.Series `json:"failed"`
	Price     index.Series `json:"price"`

	html template.HTML
}

// HTML renders the pool's charts section.
func (p *PoolSeries) HTML() template.HTML { return p.html }

// WorkerSeries are a worker's score and cumulated earnings.
type WorkerSeries struct {
	SeriesRange
	Score    index.Series `json:"score"`
	Earnings index.Series `json:"earnings"`

	html template.HTML
}

// HTML renders the worker's charts section.
func (w *WorkerSeries) HTML() template.HTML { return w.html }

// ───────────────────────────── loading ─────────────────────────────

// charted adds the series of the range asked to what load returns: a market, a pool (not
// another asset) or a worker.
func (s *Server) charted(load func(*http.Request) (any, error)) func(*http.Request) (any, error) {
	return func(r *http.Request) (any, error) {
		data, err := load(r)
		if err != nil {
			return nil, err
		}
		switch v := data.(type) {
		case *Market:
			if v.Series, err = s.marketSeries(r, v); err != nil {
				return nil, err
			}
		case AssetPage:
			if v.Kind == "workerpool" {
				if v.Series, err = s.poolSeries(r, v.Address); err != nil {
					return nil, err
				}
			}
			return v, nil
		case WorkerPage:
			if v.Series, err = s.workerSeries(r, v.Address); err != nil {
				return nil, err
			}
			return v, nil
		}
		return data, nil
	}
}

func (s *Server) marketSeries(r *http.Request, m *Market) (*MarketSeries, error) {
	ctx := r.Context()
	// The book just read is a sample of the offered capacity (a failure to store it does
	// not fail the page).
	for _, c := range m.Categories {
		if c.Book != nil {
			if err := s.recordSample(ctx, c.ID, c.Book); err != nil {
				s.log.Warn("explorer: storing a sample of the order book", "category", c.ID, "err", err)
			}
		}
	}
	rg, err := s.chartWindow(r)
	if err != nil {
		return nil, err
	}
	ms := &MarketSeries{SeriesRange: rg, Categories: []CategorySeries{}, tabs: rangeTabs("/market", rg.Range)}
	if ms.Completed, ms.Failed, err = s.cfg.DB.TaskOutcomes(ctx, rg.Window, ""); err != nil {
		return nil, err
	}
	ms.tasks = renderChart(outcomesChart("market-tasks", "Tasks completed and failed", "in every category", rg, ms.Completed, ms.Failed))
	for _, c := range m.Categories {
		cs := CategorySeries{ID: c.ID}
		if cs.Price, err = s.cfg.DB.PriceSeries(ctx, rg.Window, int64(c.ID), ""); err != nil {
			return nil, err
		}
		if cs.Capacity, err = s.cfg.DB.CapacitySeries(ctx, rg.Window, c.ID); err != nil {
			return nil, err
		}
		var ref *chartRef
		if c.Book != nil && c.Book.Cheapest != nil {
			cs.BestOffer = c.Book.Cheapest.Price
			ref = &chartRef{V: units(cs.BestOffer), Label: "best offer now: " + rlc(cs.BestOffer)}
		}
		id := fmt.Sprintf("category-%d", c.ID)
		price := priceChart(id+"-price", "Price per task in "+c.Name, "The average workerpool price per task of the deals made in category "+c.Name+", per "+bucketWord(rg.Bucket)+".", rg, cs.Price)
		price.Ref = ref
		capacity := chartSpec{
			ID: id + "-capacity", Title: "Tasks offered in " + c.Name,
			Desc:   "The tasks still offered by the open workerpool orders of category " + c.Name + " in the market's order book, as sampled by the explorer (the latest sample of each " + bucketWord(rg.Bucket) + ").",
			XLabel: "time (UTC)", YLabel: "tasks offered", From: rg.From, To: rg.To, Bucket: time.Duration(rg.Bucket) * time.Second,
			Series: []chartSeries{countSeries("tasks offered", "capacity", cs.Capacity, false)},
			Empty:  "No sample of the order book yet", Integer: true,
		}
		if m.MarketURL == "" && len(cs.Capacity.Points) == 0 {
			capacity.Empty = "No market read: no sample of an order book"
		}
		cs.charts = renderChart(price) + renderChart(capacity)
		ms.Categories = append(ms.Categories, cs)
	}
	return ms, nil
}

func (s *Server) poolSeries(r *http.Request, pool string) (*PoolSeries, error) {
	ctx := r.Context()
	rg, err := s.chartWindow(r)
	if err != nil {
		return nil, err
	}
	ps := &PoolSeries{SeriesRange: rg}
	if ps.Completed, ps.Failed, err = s.cfg.DB.TaskOutcomes(ctx, rg.Window, pool); err != nil {
		return nil, err
	}
	if ps.Price, err = s.cfg.DB.PriceSeries(ctx, rg.Window, -1, pool); err != nil {
		return nil, err
	}
	ps.html = chartsSection("pool-charts", "/pools/"+pool, rg.Range,
		renderChart(outcomesChart("pool-tasks", "Tasks completed and failed", "in this pool's deals", rg, ps.Completed, ps.Failed)),
		renderChart(priceChart("pool-price", "Price per task", "The average price per task of this pool's deals, per "+bucketWord(rg.Bucket)+".", rg, ps.Price)))
	return ps, nil
}

func (s *Server) workerSeries(r *http.Request, worker string) (*WorkerSeries, error) {
	ctx := r.Context()
	rg, err := s.chartWindow(r)
	if err != nil {
		return nil, err
	}
	ws := &WorkerSeries{SeriesRange: rg}
	if ws.Score, err = s.cfg.DB.ScoreSeries(ctx, rg.Window, worker); err != nil {
		return nil, err
	}
	if ws.Earnings, err = s.cfg.DB.EarningsSeries(ctx, rg.Window, worker); err != nil {
		return nil, err
	}
	d := time.Duration(rg.Bucket) * time.Second
	score := chartSpec{
		ID: "worker-score", Title: "Score", Desc: "The worker's score at the end of each " + bucketWord(rg.Bucket) + " in which it changed.",
		XLabel: "time (UTC)", YLabel: "score", From: rg.From, To: rg.To, Bucket: d,
		Series: []chartSeries{countSeries("score", "score", ws.Score, false)}, Empty: "No score change yet", Integer: true,
	}
	earnings := chartSpec{
		ID: "worker-earnings", Title: "Earnings", Desc: "The rewards the worker received since its first (paid or vesting), cumulated, per " + bucketWord(rg.Bucket) + ".",
		XLabel: "time (UTC)", YLabel: "RLC earned", From: rg.From, To: rg.To, Bucket: d,
		Series: []chartSeries{amountSeries("earned", "earnings", ws.Earnings)}, YFormat: fmtNum, Empty: "No reward yet",
	}
	ws.html = chartsSection("worker-charts", "/workers/"+worker, rg.Range, renderChart(score), renderChart(earnings))
	return ws, nil
}

// recordSample stores a sample of category's book (the index keeps the latest of each
// minute).
func (s *Server) recordSample(ctx context.Context, category uint64, b *Book) error {
	smp := index.BookSample{Category: category, Time: time.Now(), Offers: int64(len(b.Offers)), Tasks: b.OfferVolume}
	if b.Cheapest != nil {
		smp.Cheapest = b.Cheapest.Price
	}
	return s.cfg.DB.RecordBookSample(ctx, smp)
}

// DefaultBookSampleInterval is how often the explorer samples a market's order book.
const DefaultBookSampleInterval = time.Minute

// sampleBooks samples the market's book of every indexed category every interval until
// ctx ends (the market page samples it too when it reads it).
func (s *Server) sampleBooks(ctx context.Context, every time.Duration) {
	if s.cfg.Market == nil || every <= 0 {
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := s.sampleOnce(ctx); err != nil && ctx.Err() == nil {
			s.log.Debug("explorer: sampling the order book", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Server) sampleOnce(ctx context.Context) error {
	cats, err := s.cfg.DB.Market(ctx)
	if err != nil {
		return err
	}
	bctx, cancel := context.WithTimeout(ctx, marketTimeout)
	defer cancel()
	for _, c := range cats {
		b, err := s.book(bctx, c.ID, nil)
		if err != nil {
			return err
		}
		if err := s.recordSample(ctx, c.ID, b); err != nil {
			return err
		}
	}
	return nil
}

// ───────────────────────────── chart specs ─────────────────────────────

func bucketWord(seconds int64) string {
	switch seconds {
	case 60:
		return "minute"
	case 3600:
		return "hour"
	case 24 * 3600:
		return "day"
	}
	return strconv.FormatInt(seconds, 10) + " s"
}

// units is an amount of token units in RLC, as a float for plotting.
func units(amount string) float64 {
	v, ok := new(big.Float).SetString(amount)
	if !ok {
		return 0
	}
	f, _ := new(big.Float).Quo(v, big.NewFloat(1e9)).Float64()
	return f
}

func countSeries(name, key string, s index.Series, bars bool) chartSeries {
	cs := chartSeries{Name: name, Key: key, Bars: bars}
	for _, p := range s.Points {
		v, _ := strconv.ParseFloat(p.Value, 64)
		cs.Points = append(cs.Points, chartPoint{T: p.Time, V: v, Label: p.Value})
	}
	return cs
}

func amountSeries(name, key string, s index.Series) chartSeries {
	cs := chartSeries{Name: name, Key: key}
	for _, p := range s.Points {
		cs.Points = append(cs.Points, chartPoint{T: p.Time, V: units(p.Value), Label: rlc(p.Value)})
	}
	return cs
}

func outcomesChart(id, title, what string, rg SeriesRange, completed, failed index.Series) chartSpec {
	return chartSpec{
		ID: id, Title: title, Desc: "Tasks completed and tasks failed " + what + ", per " + bucketWord(rg.Bucket) + ".",
		XLabel: "time (UTC)", YLabel: "tasks per " + bucketWord(rg.Bucket), From: rg.From, To: rg.To, Bucket: time.Duration(rg.Bucket) * time.Second,
		Series: []chartSeries{countSeries("completed", "completed", completed, true), countSeries("failed", "failed", failed, true)},
		Empty:  "No task ended in this range", Integer: true,
	}
}

func priceChart(id, title, desc string, rg SeriesRange, price index.Series) chartSpec {
	cs := amountSeries("price per task", "price", price)
	for i, p := range price.Points {
		cs.Points[i].Label = fmt.Sprintf("%s (%d deals)", rlc(p.Value), p.Count)
	}
	return chartSpec{
		ID: id, Title: title, Desc: desc, XLabel: "time (UTC)", YLabel: "RLC per task",
		From: rg.From, To: rg.To, Bucket: time.Duration(rg.Bucket) * time.Second,
		Series: []chartSeries{cs}, Empty: "No deal in this range",
	}
}

// chartsSection is a page's charts section: a heading, the range tabs and the charts.
func chartsSection(id, path, current string, charts ...template.HTML) template.HTML {
	var b strings.Builder
	fmt.Fprintf(&b, `<section class="charts" aria-labelledby="%s"><h2 id="%s">Over time</h2>`, id, id)
	b.WriteString(string(rangeTabs(path, current)))
	b.WriteString(`<div class="chart-row">`)
	for _, c := range charts {
		b.WriteString(string(c))
	}
	b.WriteString(`</div></section>`)
	return template.HTML(b.String())
}
