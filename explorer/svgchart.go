package explorer

import (
	"fmt"
	"html/template"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A tiny server-side chart renderer: accessible inline SVG (role="img", <title> and
// <desc> named by aria-labelledby), axes with labels, one <circle> (line series) or
// <rect> (bar series) per point carrying data-value and data-time, and the same data as
// a table in a <details> for screen readers and for reading exact values. No script, no
// inline style: colours come from the CSS classes of style.css's charts section.

// chart geometry, in viewBox units.
const (
	chartW, chartH                               = 480, 240
	padLeft, padRight, padTop, padBottom float64 = 64, 14, 14, 44
)

// chartPoint is one point: its bucket's start, its value on the y axis, and how the
// table and the point's tooltip show it.
type chartPoint struct {
	T     time.Time
	V     float64
	Label string
}

// chartSeries is a series of a chart: a line through points (with a dot each) or bars.
type chartSeries struct {
	Name   string // shown in the legend and the table's header
	Key    string // data-series
	Bars   bool
	Points []chartPoint
}

// chartRef is a horizontal reference line (e.g. the live book's best offer).
type chartRef struct {
	V     float64
	Label string
}

// chartSpec is a chart to render.
type chartSpec struct {
	ID     string // unique in the page: element ids derive from it
	Title  string
	Desc   string // what the chart shows (its <desc>, before the figures)
	XLabel string
	YLabel string
	From   time.Time
	To     time.Time
	Bucket time.Duration
	Series []chartSeries
	Ref    *chartRef
	// YFormat formats y axis ticks (nil: %g).
	YFormat func(float64) string
	// Empty is the message of a chart without points (default "No data yet").
	Empty string
	// Integer: the values are whole numbers (counts, scores): no tick between them.
	Integer bool
}

// points is the number of points of every series.
func (c chartSpec) points() int {
	n := 0
	for _, s := range c.Series {
		n += len(s.Points)
	}
	return n
}

// niceStep is a round step (1, 2 or 5 × 10ⁿ) near span/n.
func niceStep(span float64, n int) float64 {
	if span <= 0 || n <= 0 {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*mag {
			return m * mag
		}
	}
	return 10 * mag
}

// yScale is the y axis: from 0 (or below, for negative values) to a round maximum.
func (c chartSpec) yScale() (lo, hi, step float64) {
	for _, s := range c.Series {
		for _, p := range s.Points {
			hi = math.Max(hi, p.V)
			lo = math.Min(lo, p.V)
		}
	}
	if c.Ref != nil {
		hi, lo = math.Max(hi, c.Ref.V), math.Min(lo, c.Ref.V)
	}
	if hi == lo {
		hi = lo + 1
	}
	step = niceStep(hi-lo, 4)
	if c.Integer && step < 1 {
		step = 1
	}
	hi = math.Ceil(hi/step) * step
	lo = math.Floor(lo/step) * step
	return lo, hi, step
}

func fmtNum(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// renderChart renders c as a <figure>: the SVG, a legend and the data table.
func renderChart(c chartSpec) template.HTML {
	var b strings.Builder
	esc := template.HTMLEscapeString
	id := esc(c.ID)
	n := c.points()
	empty := c.Empty
	if empty == "" {
		empty = "No data yet"
	}
	from, to := c.From.Unix(), c.To.Unix()
	bucket := int64(c.Bucket / time.Second)
	if bucket <= 0 {
		bucket = 1
	}
	// The x axis spans whole buckets, from From's to To's.
	x0 := from / bucket * bucket
	x1 := (to/bucket + 1) * bucket
	if x1 <= x0 {
		x1 = x0 + bucket
	}
	plotW, plotH := chartW-padLeft-padRight, chartH-padTop-padBottom
	xAt := func(t int64) float64 { return padLeft + float64(t-x0)/float64(x1-x0)*plotW }
	lo, hi, step := c.yScale()
	yAt := func(v float64) float64 { return padTop + (hi-v)/(hi-lo)*plotH }
	yfmt := c.YFormat
	if yfmt == nil {
		yfmt = fmtNum
	}
	desc := c.Desc
	if n == 0 {
		desc += " " + empty + "."
	} else {
		desc += fmt.Sprintf(" %d points from %s to %s; the table below gives them.", n, c.From.UTC().Format("2006-01-02 15:04"), c.To.UTC().Format("2006-01-02 15:04 UTC"))
	}
	fmt.Fprintf(&b, `<figure class="chart" data-chart="%s" data-points="%d">`, id, n)
	fmt.Fprintf(&b, `<svg class="chart-svg" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-title %s-desc" preserveAspectRatio="xMidYMid meet" focusable="false">`, chartW, chartH, id, id)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, id, esc(c.Title), id, esc(desc))
	// Grid and y ticks.
	b.WriteString(`<g class="chart-grid" aria-hidden="true">`)
	dec := max(0, -int(math.Floor(math.Log10(step))))
	for i := 0; lo+float64(i)*step <= hi+step/2; i++ {
		// rounded to the step's decimals: no 0.15000000000000002
		v, _ := strconv.ParseFloat(strconv.FormatFloat(lo+float64(i)*step, 'f', dec, 64), 64)
		y := yAt(v)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, padLeft, y, chartW-padRight, y)
		fmt.Fprintf(&b, `<text class="chart-tick" x="%.1f" y="%.1f" text-anchor="end" dominant-baseline="middle">%s</text>`, padLeft-6, y, esc(yfmt(v)))
	}
	// x ticks: about 4, on bucket boundaries.
	span := x1 - x0
	xstep := max(bucket, int64(niceStep(float64(span), 4)/float64(bucket))*bucket)
	layout := "15:04"
	if span > 2*24*3600 {
		layout = "Jan 2"
	} else if span > 24*3600 {
		layout = "Jan 2 15h"
	}
	for t := (x0 + xstep - 1) / xstep * xstep; t <= x1; t += xstep {
		x := xAt(t)
		if x < padLeft+20 || x > chartW-padRight-20 {
			continue // its label would be cut
		}
		fmt.Fprintf(&b, `<line class="chart-xtick" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, x, padTop+plotH, x, padTop+plotH+4)
		fmt.Fprintf(&b, `<text class="chart-tick" x="%.1f" y="%.1f" text-anchor="middle">%s</text>`, x, padTop+plotH+16, esc(time.Unix(t, 0).UTC().Format(layout)))
	}
	b.WriteString(`</g>`)
	// Axes and their labels.
	fmt.Fprintf(&b, `<g class="chart-axis" aria-hidden="true"><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`,
		padLeft, padTop, padLeft, padTop+plotH, padLeft, padTop+plotH, chartW-padRight, padTop+plotH)
	fmt.Fprintf(&b, `<text class="chart-label" x="%.1f" y="%.1f" text-anchor="middle">%s</text>`, padLeft+plotW/2, float64(chartH)-6, esc(c.XLabel))
	fmt.Fprintf(&b, `<text class="chart-label" x="12" y="%.1f" text-anchor="middle" dominant-baseline="middle" transform="rotate(-90 12 %.1f)">%s</text></g>`, padTop+plotH/2, padTop+plotH/2, esc(c.YLabel))
	if n == 0 {
		fmt.Fprintf(&b, `<text class="chart-empty" x="%.1f" y="%.1f" text-anchor="middle" dominant-baseline="middle">%s</text>`, padLeft+plotW/2, padTop+plotH/2, esc(empty))
	}
	if c.Ref != nil {
		y := yAt(c.Ref.V)
		ty := y - 5 // its label above the line, else below when at the top
		if ty < padTop+12 {
			ty = y + 15
		}
		fmt.Fprintf(&b, `<g class="chart-ref" data-value="%s"><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke-dasharray="6 4"/><text x="%.1f" y="%.1f" text-anchor="end">%s</text></g>`,
			esc(fmtNum(c.Ref.V)), padLeft, y, chartW-padRight, y, chartW-padRight-4, ty, esc(c.Ref.Label))
	}
	// Series.
	bars := 0
	for _, s := range c.Series {
		if s.Bars {
			bars++
		}
	}
	bucketW := float64(bucket) / float64(x1-x0) * plotW
	barW := math.Max(2, bucketW*0.8/float64(max(bars, 1)))
	bar := 0
	for i, s := range c.Series {
		fmt.Fprintf(&b, `<g class="chart-series chart-series-%d" data-series="%s" data-points="%d">`, i, esc(s.Key), len(s.Points))
		if s.Bars {
			for _, p := range s.Points {
				t := p.T.Unix()
				x := xAt(t) + (bucketW-barW*float64(bars))/2 + barW*float64(bar)
				y := yAt(math.Max(p.V, 0))
				h := math.Abs(yAt(0) - yAt(p.V))
				fmt.Fprintf(&b, `<rect class="chart-point" x="%.1f" y="%.1f" width="%.1f" height="%.1f" data-value="%s" data-time="%s"><title>%s</title></rect>`,
					x, y, barW, math.Max(h, 0), esc(fmtNum(p.V)), p.T.UTC().Format(time.RFC3339), esc(s.Name+", "+p.T.UTC().Format("2006-01-02 15:04")+": "+p.Label))
			}
			bar++
		} else {
			if len(s.Points) > 1 {
				b.WriteString(`<path class="chart-line" fill="none" d="`)
				for j, p := range s.Points {
					cmd := "L"
					if j == 0 {
						cmd = "M"
					}
					fmt.Fprintf(&b, "%s%.1f %.1f ", cmd, xAt(p.T.Unix())+bucketW/2, yAt(p.V))
				}
				b.WriteString(`"/>`)
			}
			for _, p := range s.Points {
				fmt.Fprintf(&b, `<circle class="chart-point" cx="%.1f" cy="%.1f" r="4" data-value="%s" data-time="%s"><title>%s</title></circle>`,
					xAt(p.T.Unix())+bucketW/2, yAt(p.V), esc(fmtNum(p.V)), p.T.UTC().Format(time.RFC3339), esc(s.Name+", "+p.T.UTC().Format("2006-01-02 15:04")+": "+p.Label))
			}
		}
		b.WriteString(`</g>`)
	}
	b.WriteString(`</svg>`)
	// Legend (visible) and table (for screen readers and exact values).
	b.WriteString(`<figcaption class="chart-legend">`)
	for i, s := range c.Series {
		fmt.Fprintf(&b, `<span class="chart-key chart-key-%d">%s</span> `, i, esc(s.Name))
	}
	if c.Ref != nil {
		fmt.Fprintf(&b, `<span class="chart-key chart-key-ref">%s</span>`, esc(c.Ref.Label))
	}
	b.WriteString(`</figcaption>`)
	if n > 0 {
		fmt.Fprintf(&b, `<details class="chart-data"><summary>%s: the data</summary><div class="scroll"><table><caption class="visually-hidden">%s</caption><thead><tr><th scope="col">Time (UTC, bucket start)</th>`, esc(c.Title), esc(c.Title))
		for _, s := range c.Series {
			fmt.Fprintf(&b, `<th scope="col">%s</th>`, esc(s.Name))
		}
		b.WriteString(`</tr></thead><tbody>`)
		// One row per bucket holding a point of any series.
		var times []int64
		seen := map[int64]bool{}
		for _, s := range c.Series {
			for _, p := range s.Points {
				if t := p.T.Unix(); !seen[t] {
					seen[t] = true
					times = append(times, t)
				}
			}
		}
		slices.Sort(times)
		for _, t := range times {
			fmt.Fprintf(&b, `<tr><th scope="row">%s</th>`, time.Unix(t, 0).UTC().Format("2006-01-02 15:04"))
			for _, s := range c.Series {
				v := "—"
				for _, p := range s.Points {
					if p.T.Unix() == t {
						v = p.Label
					}
				}
				fmt.Fprintf(&b, `<td>%s</td>`, esc(v))
			}
			b.WriteString(`</tr>`)
		}
		b.WriteString(`</tbody></table></div></details>`)
	}
	b.WriteString(`</figure>`)
	return template.HTML(b.String())
}
