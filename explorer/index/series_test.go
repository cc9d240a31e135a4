package index_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer/index"
)

// TestSeries checks the charts' series on a known history, on both stores: a trust-3
// deal (task 0 completed, task 1 failed by a claim two days later) and, that later day,
// a trust-1 deal (task 0 completed); and book samples.
func TestSeries(t *testing.T) { eachStore(t, testSeries) }

func testSeries(t *testing.T, newDSN func() string) {
	e := pocotest.New(t)
	ctx := ctxFor(t)
	d1 := replicated(e)
	e.AdvanceTo(pocotest.FinalDeadline(d1) + 2*24*3600)
	e.Claim(e.Requester, d1, 1)
	d2 := trustOne(e)
	db := open(t, newDSN())
	if err := indexer(t, e, db, index.Config{}).Sync(ctx); err != nil {
		t.Fatal(err)
	}
	deal1, err := db.Deal(ctx, id(d1.Id))
	if err != nil {
		t.Fatal(err)
	}
	deal2, err := db.Deal(ctx, id(d2.Id))
	if err != nil {
		t.Fatal(err)
	}
	const day = 24 * 3600
	t1, t2 := deal1.Time.Unix(), deal2.Time.Unix()
	if t2-t1 < 2*day {
		t.Fatalf("the deals are %d s apart", t2-t1)
	}
	dayOf := func(t int64) time.Time { return time.Unix(t/day*day, 0).UTC() }
	all := index.NewWindow(deal1.Time.Add(-time.Hour), deal2.Time.Add(time.Hour), day)
	str := func(s index.Series) string {
		out := ""
		for _, p := range s.Points {
			out += fmt.Sprintf("[%s %s×%d]", p.Time.Format(time.RFC3339), p.Value, p.Count)
		}
		return out
	}
	want := func(what string, s index.Series, ps ...index.Point) {
		t.Helper()
		w := str(index.Series{Points: ps})
		if got := str(s); got != w {
			t.Errorf("%s: %s, want %s", what, got, w)
		}
	}

	// Tasks completed and failed per day: one each day, the failed one the later day.
	completed, failed, err := db.TaskOutcomes(ctx, all, "")
	if err != nil {
		t.Fatal(err)
	}
	want("completed per day", completed, index.Point{Time: dayOf(t1), Value: "1", Count: 1}, index.Point{Time: dayOf(t2), Value: "1", Count: 1})
	want("failed per day", failed, index.Point{Time: dayOf(t2), Value: "1", Count: 1})
	completed, _, err = db.TaskOutcomes(ctx, all, deal1.Workerpool)
	if err != nil {
		t.Fatal(err)
	}
	if len(completed.Points) != 2 {
		t.Errorf("the pool's completed tasks: %s", str(completed))
	}
	completed, _, err = db.TaskOutcomes(ctx, all, "0x0000000000000000000000000000000000000001")
	if err != nil || len(completed.Points) != 0 {
		t.Errorf("another pool's completed tasks: %s, %v", str(completed), err)
	}
	// The later day only, in hours.
	later := index.NewWindow(deal2.Time.Add(-time.Hour), deal2.Time.Add(time.Hour), 3600)
	completed, failed, err = db.TaskOutcomes(ctx, later, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(completed.Points) != 1 || len(failed.Points) != 1 {
		t.Errorf("the later hours: completed %s, failed %s", str(completed), str(failed))
	}

	// Prices: one deal a day at the pool's price.
	price := deal1.WorkerpoolPrice
	for _, f := range []struct {
		cat  int64
		pool string
	}{{-1, ""}, {int64(deal1.Category), ""}, {-1, deal1.Workerpool}} {
		s, err := db.PriceSeries(ctx, all, f.cat, f.pool)
		if err != nil {
			t.Fatal(err)
		}
		want(fmt.Sprintf("price (category %d, pool %q)", f.cat, f.pool), s,
			index.Point{Time: dayOf(t1), Value: price, Count: 1}, index.Point{Time: dayOf(t2), Value: deal2.WorkerpoolPrice, Count: 1})
	}
	s, err := db.PriceSeries(ctx, later, int64(deal1.Category)+1, "")
	if err != nil || len(s.Points) != 0 {
		t.Errorf("price of an empty category: %s, %v", str(s), err)
	}

	// A worker's score and earnings, ending as the index says.
	w1 := low(e.Workers[1].Address)
	wk, err := db.Worker(ctx, w1)
	if err != nil {
		t.Fatal(err)
	}
	score, err := db.ScoreSeries(ctx, all, w1)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(score.Points); n == 0 || score.Points[n-1].Value != fmt.Sprint(wk.Score) {
		t.Errorf("score series %s, the worker's score %d", str(score), wk.Score)
	}
	earnings, err := db.EarningsSeries(ctx, all, w1)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(earnings.Points); n == 0 || earnings.Points[n-1].Value != wk.Rewards {
		t.Errorf("earnings series %s, the worker's rewards %s", str(earnings), wk.Rewards)
	}
	// In a window after them, both start with their earlier value.
	after := index.NewWindow(deal2.Time.Add(time.Hour), deal2.Time.Add(3*time.Hour), 3600)
	score, _ = db.ScoreSeries(ctx, after, w1)
	earnings, _ = db.EarningsSeries(ctx, after, w1)
	if len(score.Points) != 1 || score.Points[0].Count != 0 || score.Points[0].Value != fmt.Sprint(wk.Score) {
		t.Errorf("score series after: %s", str(score))
	}
	if len(earnings.Points) != 1 || earnings.Points[0].Value != wk.Rewards {
		t.Errorf("earnings series after: %s", str(earnings))
	}

	// Book samples: the latest of a minute is kept; the latest of a bucket is its value.
	base := time.Unix(t2/3600*3600+600, 0)
	for i, smp := range []struct {
		at    time.Duration
		tasks uint64
	}{{0, 10}, {30 * time.Second, 11}, {2 * time.Minute, 7}, {time.Hour, 3}} {
		if err := db.RecordBookSample(ctx, index.BookSample{Category: 0, Time: base.Add(smp.at), Offers: 1, Tasks: smp.tasks, Cheapest: price}); err != nil {
			t.Errorf("sample %d: %v", i, err)
		}
	}
	capWin := index.NewWindow(base.Add(-time.Hour), base.Add(2*time.Hour), 3600)
	c, err := db.CapacitySeries(ctx, capWin, 0)
	if err != nil {
		t.Fatal(err)
	}
	hour := base.Truncate(time.Hour).UTC()
	want("capacity per hour", c, index.Point{Time: hour, Value: "7", Count: 2}, index.Point{Time: hour.Add(time.Hour), Value: "3", Count: 1})
	c, _ = db.CapacitySeries(ctx, index.NewWindow(base, base.Add(30*time.Minute), 60), 0)
	want("capacity per minute", c, index.Point{Time: base.UTC(), Value: "11", Count: 1}, index.Point{Time: base.Add(2 * time.Minute).UTC(), Value: "7", Count: 1})
	if c, _ = db.CapacitySeries(ctx, capWin, 1); len(c.Points) != 0 {
		t.Errorf("capacity of another category: %s", str(c))
	}
	if last, err := db.LastBookSample(ctx, 0); err != nil || !last.Equal(base.Add(time.Hour).Truncate(time.Minute)) {
		t.Errorf("last sample %v, %v", last, err)
	}
}
