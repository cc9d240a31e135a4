package explorer

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestChartRender(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	h := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Hour) }
	c := chartSpec{
		ID: "c1", Title: "Price <per> task", Desc: "A test chart.", XLabel: "time (UTC)", YLabel: "RLC",
		From: t0, To: h(9), Bucket: time.Hour,
		Series: []chartSeries{
			{Name: "price", Key: "price", Points: []chartPoint{{h(0), 0, "0"}, {h(2), 7, "7"}, {h(5), 3, "3"}}},
			{Name: "failed", Key: "failed", Bars: true, Points: []chartPoint{{h(2), 1, "1"}, {h(8), 2, "2"}}},
		},
		Ref: &chartRef{V: 5, Label: "best offer"},
	}
	out := string(renderChart(c))
	for _, want := range []string{
		`role="img"`, `aria-labelledby="c1-title c1-desc"`, `<title id="c1-title">Price &lt;per&gt; task</title>`, `<desc id="c1-desc">A test chart. 5 points`,
		`data-chart="c1" data-points="5"`, `data-series="price" data-points="3"`, `data-series="failed" data-points="2"`,
		`>time (UTC)</text>`, `>RLC</text>`, `class="chart-ref" data-value="5"`, `<details class="chart-data">`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the chart lacks %s:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "<circle "); n != 3 {
		t.Errorf("%d circles, want 3", n)
	}
	if n := strings.Count(out, `<rect class="chart-point"`); n != 2 {
		t.Errorf("%d bars, want 2", n)
	}
	// The table: one row per bucket holding a point (hours 0, 2, 5, 8).
	if n := strings.Count(out, `<tr><th scope="row">`); n != 4 {
		t.Errorf("%d table rows, want 4", n)
	}
	if strings.Contains(out, "style=") || strings.Contains(out, "<script") {
		t.Error("the chart has inline style or script")
	}
	// Scales: y from 0 to 8 (the maximum, 7, rounded up to a step of 2); x over the 10
	// hour buckets from 10:00, points at their bucket's middle.
	lo, hi, step := c.yScale()
	if lo != 0 || hi != 8 || step != 2 {
		t.Errorf("y scale %v..%v step %v, want 0..8 step 2", lo, hi, step)
	}
	plotW, plotH := float64(chartW)-padLeft-padRight, float64(chartH)-padTop-padBottom
	circles := regexp.MustCompile(`<circle class="chart-point" cx="([0-9.]+)" cy="([0-9.]+)"`).FindAllStringSubmatch(out, -1)
	want := [][2]float64{{padLeft + plotW*0.5/10, padTop + plotH}, {padLeft + plotW*2.5/10, padTop + plotH/8}, {padLeft + plotW*5.5/10, padTop + plotH*5/8}}
	for i, m := range circles {
		if m[1] != fmtPx(want[i][0]) || m[2] != fmtPx(want[i][1]) {
			t.Errorf("point %d at (%s, %s), want (%s, %s)", i, m[1], m[2], fmtPx(want[i][0]), fmtPx(want[i][1]))
		}
	}
	// Whole values: no tick between them.
	if _, _, step := (chartSpec{Integer: true, Series: []chartSeries{{Points: []chartPoint{{h(1), 2, "2"}}}}}).yScale(); step != 1 {
		t.Errorf("integer chart: step %v, want 1", step)
	}
	// Ticks are round: 0.05 steps print as such.
	out2 := string(renderChart(chartSpec{ID: "r", From: t0, To: h(3), Bucket: time.Hour,
		Series: []chartSeries{{Name: "p", Key: "p", Points: []chartPoint{{h(1), 0.15, "0.15"}}}}}))
	for _, want := range []string{">0.05</text>", ">0.1</text>", ">0.15</text>"} {
		if !strings.Contains(out2, want) {
			t.Errorf("the ticks lack %s:\n%s", want, out2)
		}
	}
	if !strings.Contains(out, `d="M`+fmtPx(want[0][0])+" "+fmtPx(want[0][1])+" L") {
		t.Errorf("the line does not start at the first point")
	}
}

func fmtPx(v float64) string { return fmt.Sprintf("%.1f", v) }

func TestChartEmpty(t *testing.T) {
	t0 := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	out := string(renderChart(chartSpec{ID: "e", Title: "Nothing", Desc: "Empty.", From: t0, To: t0.Add(24 * time.Hour), Bucket: time.Hour,
		Series: []chartSeries{{Name: "completed", Key: "completed", Bars: true}}}))
	for _, want := range []string{`data-points="0"`, `class="chart-empty"`, ">No data yet</text>", "Empty. No data yet."} {
		if !strings.Contains(out, want) {
			t.Errorf("the empty chart lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<details") || strings.Contains(out, "<circle") || strings.Contains(out, `<rect class="chart-point"`) {
		t.Errorf("the empty chart has points or a table:\n%s", out)
	}
}

func TestNiceStep(t *testing.T) {
	for _, c := range []struct{ span, want float64 }{{7, 2}, {4, 1}, {100, 50}, {9000, 5000}, {0, 1}} {
		if got := niceStep(c.span, 4); got != c.want {
			t.Errorf("niceStep(%v, 4) = %v, want %v", c.span, got, c.want)
		}
	}
}
