package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// ───────────────────────────── time series (charts) ─────────────────────────────

// Window is the time span of a series and the width of its buckets: every point stands
// for the bucket [Time, Time+Bucket) it starts, aligned on multiples of Bucket seconds
// since the Unix epoch (UTC), the same on SQLite and PostgreSQL.
type Window struct {
	From   time.Time `json:"from"`
	To     time.Time `json:"to"`
	Bucket int64     `json:"bucketSeconds"`
}

// NewWindow is the window from from to to (UTC, whole seconds) in buckets of bucket
// seconds (at least 1); From moves back to the start of its bucket, so that the first
// bucket is whole.
func NewWindow(from, to time.Time, bucket int64) Window {
	w := Window{To: to.UTC().Truncate(time.Second), Bucket: max(bucket, 1)}
	w.From = unix(w.bucketOf(from.Unix()))
	return w
}

func (w Window) from() int64 { return w.From.Unix() }
func (w Window) to() int64   { return w.To.Unix() }

// bucketOf is the start of t's bucket.
func (w Window) bucketOf(t int64) int64 {
	b := w.Bucket
	if t < 0 {
		return (t - b + 1) / b * b
	}
	return t / b * b
}

// Point is one bucket of a series. Value is a decimal integer: a count, a score, or an
// amount in token units. Count is what the bucket holds (deals, events, samples).
type Point struct {
	Time  time.Time `json:"time"`
	Value string    `json:"value"`
	Count int64     `json:"count"`
}

// Series is a named series of buckets, oldest first; buckets holding nothing are left out.
type Series struct {
	Name   string  `json:"name"`
	Unit   string  `json:"unit"`
	Points []Point `json:"points"`
}

func newSeries(name, unit string) Series { return Series{Name: name, Unit: unit, Points: []Point{}} }

// FirstTime is the time of the first indexed block stored (one holding an event or
// ending a range; zero when none).
func (d *DB) FirstTime(ctx context.Context) (time.Time, error) {
	t, err := d.one(ctx, `SELECT time FROM blocks ORDER BY number LIMIT 1`)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	return unix(t), err
}

// LastTime is the time of the last indexed block (zero when none).
func (d *DB) LastTime(ctx context.Context) (time.Time, error) {
	t, err := d.one(ctx, `SELECT MAX(time) FROM blocks`)
	return unix(t), err
}

// TaskOutcomes are the tasks completed (TaskFinalize) and failed (TaskClaimed) per bucket
// of w, of every deal, or of the deals of workerpool when it is not empty.
func (d *DB) TaskOutcomes(ctx context.Context, w Window, workerpool string) (completed, failed Series, err error) {
	completed, failed = newSeries("completed", "tasks"), newSeries("failed", "tasks")
	b := fmt.Sprint(w.Bucket) // a number, not user input: a literal keeps the SQL portable
	q := `SELECT (e.time / ` + b + `) * ` + b + ` AS bucket, e.name, COUNT(*) FROM events e`
	args := []any{}
	if workerpool != "" {
		q += ` JOIN tasks t ON t.id = e.task_id JOIN deals dl ON dl.id = t.deal_id WHERE dl.workerpool = ? AND`
		args = append(args, strings.ToLower(workerpool))
	} else {
		q += ` WHERE`
	}
	q += ` e.name IN ('TaskFinalize', 'TaskClaimed') AND e.time >= ? AND e.time <= ? GROUP BY (e.time / ` + b + `) * ` + b + `, e.name ORDER BY bucket, e.name`
	args = append(args, w.from(), w.to())
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return completed, failed, err
	}
	defer rows.Close()
	for rows.Next() {
		var t, n int64
		var name string
		if err := rows.Scan(&t, &name, &n); err != nil {
			return completed, failed, err
		}
		p := Point{Time: unix(w.bucketOf(t)), Value: fmt.Sprint(n), Count: n}
		if name == "TaskFinalize" {
			completed.Points = append(completed.Points, p)
		} else {
			failed.Points = append(failed.Points, p)
		}
	}
	return completed, failed, rows.Err()
}

// PriceSeries is the workerpool price per task of the deals made in w, per bucket: the
// average weighted by tasks (token units, rounded down), Count the deals. category < 0
// means every category; workerpool "" every pool.
func (d *DB) PriceSeries(ctx context.Context, w Window, category int64, workerpool string) (Series, error) {
	s := newSeries("price", "token units per task")
	q := `SELECT time, workerpool_price, bot_size FROM deals WHERE time >= ? AND time <= ?`
	args := []any{w.from(), w.to()}
	if category >= 0 {
		q += ` AND category = ?`
		args = append(args, category)
	}
	if workerpool != "" {
		q += ` AND workerpool = ?`
		args = append(args, strings.ToLower(workerpool))
	}
	rows, err := d.db.QueryContext(ctx, q+` ORDER BY block, log_index`, args...)
	if err != nil {
		return s, err
	}
	defer rows.Close()
	var cur int64 = -1 << 62
	total, tasks := new(big.Int), int64(0)
	flush := func() {
		if len(s.Points) == 0 {
			return
		}
		avg := new(big.Int)
		if tasks > 0 {
			avg.Quo(total, big.NewInt(tasks))
		}
		s.Points[len(s.Points)-1].Value = avg.String()
	}
	for rows.Next() {
		var t, n int64
		var price string
		if err := rows.Scan(&t, &price, &n); err != nil {
			return s, err
		}
		if bt := w.bucketOf(t); bt != cur {
			flush()
			cur, tasks = bt, 0
			total.SetInt64(0)
			s.Points = append(s.Points, Point{Time: unix(bt)})
		}
		p, ok := new(big.Int).SetString(price, 10)
		if !ok {
			continue
		}
		n = max(n, 1)
		total.Add(total, p.Mul(p, big.NewInt(n)))
		tasks += n
		s.Points[len(s.Points)-1].Count++
	}
	flush()
	return s, rows.Err()
}

// BookSample is a sample of a category's side of offers in the market's live order book.
type BookSample struct {
	Category uint64
	Time     time.Time
	Offers   int64  // open workerpool orders
	Tasks    uint64 // tasks they still offer
	Cheapest string // cheapest price per task in token units, "" without an offer
}

// RecordBookSample stores s, its time truncated to the minute: at most one sample a
// category and minute is kept, the latest.
func (d *DB) RecordBookSample(ctx context.Context, s BookSample) error {
	t := s.Time.Unix() / 60 * 60
	_, err := d.db.ExecContext(ctx, `INSERT INTO book_samples (category, time, offers, tasks, cheapest) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (category, time) DO UPDATE SET offers = excluded.offers, tasks = excluded.tasks, cheapest = excluded.cheapest`,
		int64(s.Category), t, s.Offers, int64(s.Tasks), s.Cheapest)
	return err
}

// LastBookSample is the time of category's latest book sample (zero when none).
func (d *DB) LastBookSample(ctx context.Context, category uint64) (time.Time, error) {
	t, err := d.one(ctx, `SELECT MAX(time) FROM book_samples WHERE category = ?`, int64(category))
	return unix(t), err
}

// CapacitySeries is the tasks offered by the open workerpool orders of category's book,
// sampled (RecordBookSample): per bucket of w, the latest sample's, Count the samples.
func (d *DB) CapacitySeries(ctx context.Context, w Window, category uint64) (Series, error) {
	s := newSeries("capacity", "tasks offered")
	rows, err := d.db.QueryContext(ctx, `SELECT time, tasks FROM book_samples WHERE category = ? AND time >= ? AND time <= ? ORDER BY time`,
		int64(category), w.from(), w.to())
	if err != nil {
		return s, err
	}
	defer rows.Close()
	for rows.Next() {
		var t, n int64
		if err := rows.Scan(&t, &n); err != nil {
			return s, err
		}
		bt := w.bucketOf(t)
		if k := len(s.Points); k > 0 && s.Points[k-1].Time.Unix() == bt {
			s.Points[k-1].Value, s.Points[k-1].Count = fmt.Sprint(n), s.Points[k-1].Count+1
			continue
		}
		s.Points = append(s.Points, Point{Time: unix(bt), Value: fmt.Sprint(n), Count: 1})
	}
	return s, rows.Err()
}

// ScoreSeries is worker's score per bucket of w: its value at the end of each bucket in
// which it changed, Count the changes; when it had a score before w, the series starts
// with it at w's first bucket (Count 0).
func (d *DB) ScoreSeries(ctx context.Context, w Window, worker string) (Series, error) {
	s := newSeries("score", "score")
	rows, err := d.db.QueryContext(ctx, `SELECT time, new_score FROM scores WHERE worker = ? AND time <= ? ORDER BY block, log_index`,
		strings.ToLower(worker), w.to())
	if err != nil {
		return s, err
	}
	defer rows.Close()
	var before *Point
	for rows.Next() {
		var t, v int64
		if err := rows.Scan(&t, &v); err != nil {
			return s, err
		}
		if t < w.from() {
			before = &Point{Time: unix(w.bucketOf(w.from())), Value: fmt.Sprint(v)}
			continue
		}
		s.Points = appendLast(s.Points, w.bucketOf(t), fmt.Sprint(v))
	}
	if before != nil && (len(s.Points) == 0 || !s.Points[0].Time.Equal(before.Time)) {
		s.Points = append([]Point{*before}, s.Points...)
	}
	return s, rows.Err()
}

// appendLast sets the value of bucket bt (the last one, or a new one) and counts it.
func appendLast(ps []Point, bt int64, v string) []Point {
	if k := len(ps); k > 0 && ps[k-1].Time.Unix() == bt {
		ps[k-1].Value, ps[k-1].Count = v, ps[k-1].Count+1
		return ps
	}
	return append(ps, Point{Time: unix(bt), Value: v, Count: 1})
}

// EarningsSeries is worker's rewards received (Reward and Vest events, token units),
// cumulated since its first: the total at the end of each bucket of w in which it earned,
// Count the payments; when it earned before w, the series starts with that total at w's
// first bucket (Count 0).
func (d *DB) EarningsSeries(ctx context.Context, w Window, worker string) (Series, error) {
	s := newSeries("earnings", "token units")
	rows, err := d.db.QueryContext(ctx, `SELECT time, amount FROM events WHERE name IN ('Reward', 'Vest') AND account = ? AND time <= ? ORDER BY block, log_index`,
		strings.ToLower(worker), w.to())
	if err != nil {
		return s, err
	}
	defer rows.Close()
	total := new(big.Int)
	earlier := false
	for rows.Next() {
		var t int64
		var amount *string
		if err := rows.Scan(&t, &amount); err != nil {
			return s, err
		}
		if amount != nil {
			if v, ok := new(big.Int).SetString(*amount, 10); ok {
				total.Add(total, v)
			}
		}
		if t < w.from() {
			earlier = true
			continue
		}
		if earlier && len(s.Points) == 0 && w.bucketOf(t) != w.bucketOf(w.from()) {
			// the total before the window, at its start
			prev := new(big.Int).Set(total)
			if amount != nil {
				if v, ok := new(big.Int).SetString(*amount, 10); ok {
					prev.Sub(prev, v)
				}
			}
			s.Points = append(s.Points, Point{Time: unix(w.bucketOf(w.from())), Value: prev.String()})
		}
		s.Points = appendLast(s.Points, w.bucketOf(t), total.String())
	}
	if earlier && len(s.Points) == 0 {
		s.Points = append(s.Points, Point{Time: unix(w.bucketOf(w.from())), Value: total.String()})
	}
	return s, rows.Err()
}
