package index

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

// Paged lists: each takes a limit and an offset (rows to skip), newest or first first as
// the unpaged list it pages through.

// DealTasks lists a deal's tasks by index, limit of them after offset.
func (d *DB) DealTasks(ctx context.Context, id string, limit, offset int) ([]TaskSummary, error) {
	return d.tasksWhere(ctx, `t.deal_id = ? ORDER BY t.idx LIMIT ? OFFSET ?`, strings.ToLower(id), limit, max(offset, 0))
}

// WorkerContributions lists a worker's contributions, newest first.
func (d *DB) WorkerContributions(ctx context.Context, address string, limit, offset int) ([]Contribution, error) {
	return d.contributions(ctx, `c.worker = ? ORDER BY c.block DESC, c.log_index DESC LIMIT ? OFFSET ?`, strings.ToLower(address), limit, max(offset, 0))
}

// AddressEvents lists the events naming an address, newest first.
func (d *DB) AddressEvents(ctx context.Context, address string, limit, offset int) ([]Event, error) {
	a := strings.ToLower(address)
	return d.events(ctx, `(account = ? OR other = ?) ORDER BY block DESC, log_index DESC LIMIT ? OFFSET ?`, a, a, limit, max(offset, 0))
}

// DealTerms are what a deal's deadlines and requirements are computed from.
type DealTerms struct {
	Tag              string    // the deal's tag, 0x-hex
	StartTime        time.Time // the deal's start
	WorkClockTimeRef uint64    // its category's reference time, seconds
}

// DealTerms returns a deal's tag, start time and category reference time.
func (d *DB) DealTerms(ctx context.Context, id string) (*DealTerms, error) {
	var start, ref int64
	out := &DealTerms{}
	err := d.db.QueryRowContext(ctx, `SELECT d.tag, d.start_time, COALESCE(cat.work_clock_time_ref, 0)
		FROM deals d LEFT JOIN categories cat ON cat.id = d.category WHERE d.id = ?`, strings.ToLower(id)).Scan(&out.Tag, &start, &ref)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	out.StartTime, out.WorkClockTimeRef = unix(start), uint64(ref)
	return out, nil
}

// DealTx is a transaction that emitted events of a deal.
type DealTx struct {
	Hash  string    `json:"hash"`
	Block uint64    `json:"block"`
	Time  time.Time `json:"time"`
	// Events counts its events of the deal by name, in the order they were first emitted.
	Events []EventCount `json:"events"`
}

// EventCount is how many events of a name a transaction emitted.
type EventCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// DealTxs lists the transactions that emitted events of a deal (its match, the
// contributions, reveals, finalizes and claims of its tasks), oldest first, limit of them
// after offset.
func (d *DB) DealTxs(ctx context.Context, id string, limit, offset int) ([]DealTx, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT tx_hash, block, time, name, log_index FROM events
		WHERE deal_id = ? OR task_id IN (SELECT t.id FROM tasks t WHERE t.deal_id = ?) ORDER BY block, log_index`, strings.ToLower(id), strings.ToLower(id))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []DealTx{}
	at := map[string]int{}
	for rows.Next() {
		var h, name string
		var b, t, li int64
		if err := rows.Scan(&h, &b, &t, &name, &li); err != nil {
			return nil, err
		}
		i, ok := at[h]
		if !ok {
			i = len(out)
			at[h] = i
			out = append(out, DealTx{Hash: h, Block: uint64(b), Time: unix(t)})
		}
		tx := &out[i]
		if n := len(tx.Events); n > 0 && tx.Events[n-1].Name == name {
			tx.Events[n-1].Count++
			continue
		}
		found := false
		for j := range tx.Events {
			if tx.Events[j].Name == name {
				tx.Events[j].Count++
				found = true
				break
			}
		}
		if !found {
			tx.Events = append(tx.Events, EventCount{Name: name, Count: 1})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	offset = max(offset, 0)
	if offset >= len(out) {
		return []DealTx{}, nil
	}
	return out[offset:min(len(out), offset+limit)], nil
}

// DealResults returns the result locations ("/ipfs/…" or a URL) of a deal's finalized
// tasks, by task id.
func (d *DB) DealResults(ctx context.Context, id string) (map[string]string, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT task_id, COALESCE(detail, '') FROM events WHERE deal_id = ? AND name = 'TaskFinalize' AND task_id IS NOT NULL`, strings.ToLower(id))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var task, det string
		if err := rows.Scan(&task, &det); err != nil {
			return nil, err
		}
		if loc := resultLocation(det); loc != "" {
			out[task] = loc
		}
	}
	return out, rows.Err()
}

// The first page of the lists a record carries (a pool's workers in Asset, a worker's
// score history in Worker, an address's requested and sponsored deals and owned assets in
// AddressInfo); the paged lists below give the others.
const (
	PoolWorkersShown = 200
	ScoresShown      = 100
	AddressDeals     = 50 // requested, and sponsored
	OwnedShown       = 200
)

// PoolWorkers lists the workers that contributed to a pool's deals, by number of
// contributions to them (then address), limit of them after offset.
func (d *DB) PoolWorkers(ctx context.Context, pool string, limit, offset int) ([]WorkerSummary, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT c.worker, COUNT(*), MAX(c.time), `+strings.Replace(workerScore, "%s", "c.worker", 1)+`
		FROM contributions c JOIN tasks t ON t.id = c.task_id JOIN deals dl ON dl.id = t.deal_id
		WHERE dl.workerpool = ? GROUP BY c.worker ORDER BY COUNT(*) DESC, c.worker LIMIT ? OFFSET ?`, strings.ToLower(pool), limit, max(offset, 0))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []WorkerSummary{}
	for rows.Next() {
		var w WorkerSummary
		var t, s int64
		if err := rows.Scan(&w.Address, &w.Contributions, &t, &s); err != nil {
			return nil, err
		}
		w.LastSeen, w.Score = unix(t), uint64(s)
		out = append(out, w)
	}
	return out, rows.Err()
}

// WorkerScores lists a worker's score changes, oldest first, limit of them after offset.
func (d *DB) WorkerScores(ctx context.Context, address string, limit, offset int) ([]ScorePoint, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT block, time, ref, old_score, new_score FROM scores WHERE worker = ?
		ORDER BY block, log_index LIMIT ? OFFSET ?`, strings.ToLower(address), limit, max(offset, 0))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ScorePoint{}
	for rows.Next() {
		var p ScorePoint
		var b, t, o, nw int64
		if err := rows.Scan(&b, &t, &p.Ref, &o, &nw); err != nil {
			return nil, err
		}
		p.Block, p.Time, p.OldScore, p.NewScore = uint64(b), unix(t), uint64(o), uint64(nw)
		out = append(out, p)
	}
	return out, rows.Err()
}

// OwnedAssets lists the apps, datasets and workerpools an address owns, newest first,
// limit of them after offset.
func (d *DB) OwnedAssets(ctx context.Context, owner string, limit, offset int) ([]AssetSummary, error) {
	return d.assets(ctx, `SELECT `+assetCols+` FROM assets a WHERE `+assetOwner+` = ? ORDER BY a.block DESC, a.address LIMIT ? OFFSET ?`,
		strings.ToLower(owner), limit, max(offset, 0))
}
