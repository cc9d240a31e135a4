package index

import (
	"context"
	"database/sql"
	"errors"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ErrNotFound is returned by the lookups for what the index does not hold.
var ErrNotFound = errors.New("index: not found")

// Task statuses as the explorer shows them (the contracts' names, lowercase).
const (
	StatusUnset     = "unset"
	StatusActive    = "active"
	StatusRevealing = "revealing"
	StatusCompleted = "completed"
	StatusFailed    = "failed"
)

// Contribution statuses.
const (
	ContributionContributed = "contributed"
	ContributionProved      = "proved"
	ContributionRejected    = "rejected"
)

// statusOf maps the last status-changing event of a task to its status.
func statusOf(last sql.NullString) string {
	switch last.String {
	case "TaskStarted", "TaskContribute":
		return StatusActive
	case "TaskConsensus":
		return StatusRevealing
	case "TaskFinalize":
		return StatusCompleted
	case "TaskClaimed":
		return StatusFailed
	}
	return StatusUnset
}

const lastStatusEvent = `(SELECT e.name FROM events e WHERE e.task_id = t.id
	AND e.name IN ('TaskStarted', 'TaskContribute', 'TaskConsensus', 'TaskFinalize', 'TaskClaimed')
	ORDER BY e.block DESC, e.log_index DESC LIMIT 1)`

const contributionStatus = `CASE
	WHEN EXISTS (SELECT 1 FROM events e WHERE e.task_id = c.task_id AND e.account = c.worker AND e.name = 'ContributionRejected') THEN 'rejected'
	WHEN EXISTS (SELECT 1 FROM events e WHERE e.task_id = c.task_id AND e.account = c.worker AND e.name = 'TaskReveal') THEN 'proved'
	WHEN EXISTS (SELECT 1 FROM events e WHERE e.task_id = c.task_id AND e.tx_hash = c.tx_hash AND e.name = 'TaskFinalize') THEN 'proved'
	ELSE 'contributed' END`

const assetOwner = `(SELECT o.owner FROM asset_owners o WHERE o.asset = a.address ORDER BY o.block DESC, o.log_index DESC LIMIT 1)`

const workerScore = `COALESCE((SELECT s.new_score FROM scores s WHERE s.worker = %s ORDER BY s.block DESC, s.log_index DESC LIMIT 1), 0)`

func unix(t int64) time.Time {
	if t == 0 {
		return time.Time{}
	}
	return time.Unix(t, 0).UTC()
}

// Stats are the home page's figures.
type Stats struct {
	Block          uint64    `json:"block"` // last indexed block
	BlockTime      time.Time `json:"blockTime"`
	Deals          int64     `json:"deals"`
	Tasks          int64     `json:"tasks"` // in every deal's bag
	TasksCompleted int64     `json:"tasksCompleted"`
	TasksFailed    int64     `json:"tasksFailed"`
	Workers        int64     `json:"workers"`       // ever contributed
	ActiveWorkers  int64     `json:"activeWorkers"` // contributed in the last hour (chain time)
	Pools          int64     `json:"pools"`
	Apps           int64     `json:"apps"`
	Datasets       int64     `json:"datasets"`
	Volume         string    `json:"volume"` // the cost of every deal, in token units
	// TasksPerMinute: tasks completed in the last 10 minutes (chain time) / 10.
	TasksPerMinute float64 `json:"tasksPerMinute"`
}

func (d *DB) one(ctx context.Context, q string, args ...any) (int64, error) {
	var n sql.NullInt64
	err := d.db.QueryRowContext(ctx, q, args...).Scan(&n)
	return n.Int64, err
}

func (d *DB) sum(ctx context.Context, q string, args ...any) (string, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	total := new(big.Int)
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			return "", err
		}
		if v, ok := new(big.Int).SetString(s.String, 10); ok {
			total.Add(total, v)
		}
	}
	return total.String(), rows.Err()
}

// Stats returns the live figures.
func (d *DB) Stats(ctx context.Context) (*Stats, error) {
	s := &Stats{}
	cur, ok, err := d.Cursor(ctx)
	if err != nil {
		return nil, err
	}
	if ok {
		s.Block = cur.Block
		t, _ := d.one(ctx, `SELECT time FROM blocks WHERE number = ?`, int64(cur.Block))
		s.BlockTime = unix(t)
	}
	now := s.BlockTime.Unix()
	for _, q := range []struct {
		dst  *int64
		q    string
		args []any
	}{
		{&s.Deals, `SELECT COUNT(*) FROM deals`, nil},
		{&s.Tasks, `SELECT COALESCE(SUM(bot_size), 0) FROM deals`, nil},
		{&s.TasksCompleted, `SELECT COUNT(*) FROM events WHERE name = 'TaskFinalize'`, nil},
		{&s.TasksFailed, `SELECT COUNT(*) FROM events WHERE name = 'TaskClaimed'`, nil},
		{&s.Workers, `SELECT COUNT(DISTINCT worker) FROM contributions`, nil},
		{&s.ActiveWorkers, `SELECT COUNT(DISTINCT worker) FROM contributions WHERE time >= ?`, []any{now - 3600}},
		{&s.Pools, `SELECT COUNT(*) FROM assets WHERE kind = 'workerpool'`, nil},
		{&s.Apps, `SELECT COUNT(*) FROM assets WHERE kind = 'app'`, nil},
		{&s.Datasets, `SELECT COUNT(*) FROM assets WHERE kind = 'dataset'`, nil},
	} {
		if *q.dst, err = d.one(ctx, q.q, q.args...); err != nil {
			return nil, err
		}
	}
	recent, err := d.one(ctx, `SELECT COUNT(*) FROM events WHERE name = 'TaskFinalize' AND time >= ?`, now-600)
	if err != nil {
		return nil, err
	}
	s.TasksPerMinute = float64(recent) / 10
	if s.Volume, err = d.sum(ctx, `SELECT cost FROM deals`); err != nil {
		return nil, err
	}
	return s, nil
}

// ───────────────────────────── deals and tasks ─────────────────────────────

// DealSummary is a deal in lists.
type DealSummary struct {
	ID              string    `json:"id"`
	Block           uint64    `json:"block"`
	Time            time.Time `json:"time"`
	TxHash          string    `json:"txHash"`
	App             string    `json:"app"`
	AppName         string    `json:"appName"`
	Dataset         string    `json:"dataset"`
	DatasetName     string    `json:"datasetName"`
	Workerpool      string    `json:"workerpool"`
	WorkerpoolName  string    `json:"workerpoolName"`
	Requester       string    `json:"requester"`
	Category        uint64    `json:"category"`
	CategoryName    string    `json:"categoryName"`
	Trust           uint64    `json:"trust"`
	BotSize         uint64    `json:"botSize"`
	Cost            string    `json:"cost"`
	WorkerpoolPrice string    `json:"workerpoolPrice"`
	Completed       int64     `json:"completed"`
	Failed          int64     `json:"failed"`
}

// Deal is a deal with its orders and its bag of tasks.
type Deal struct {
	DealSummary
	AppOwner             string        `json:"appOwner"`
	AppPrice             string        `json:"appPrice"`
	DatasetOwner         string        `json:"datasetOwner"`
	DatasetPrice         string        `json:"datasetPrice"`
	WorkerpoolOwner      string        `json:"workerpoolOwner"`
	Tag                  string        `json:"tag"`
	Beneficiary          string        `json:"beneficiary"`
	Callback             string        `json:"callback"`
	Sponsor              string        `json:"sponsor"`
	StartTime            time.Time     `json:"startTime"`
	BotFirst             uint64        `json:"botFirst"`
	WorkerStake          string        `json:"workerStake"`
	SchedulerRewardRatio uint64        `json:"schedulerRewardRatio"`
	Params               string        `json:"params"`
	OrderHashes          [4]string     `json:"orderHashes"` // app, dataset, workerpool, request
	Tasks                []TaskSummary `json:"tasks"`
	// TasksShown < BotSize when the bag is larger than the page's limit.
	TasksShown int `json:"tasksShown"`
}

const dealCols = `d.id, d.block, d.time, d.tx_hash, d.app, COALESCE(aa.name, ''), d.dataset, COALESCE(ad.name, ''),
	d.workerpool, COALESCE(ap.name, ''), d.requester, d.category, COALESCE(cat.name, ''), d.trust, d.bot_size, d.cost,
	d.workerpool_price,
	(SELECT COUNT(*) FROM events e WHERE e.deal_id = d.id AND e.name = 'TaskFinalize'),
	(SELECT COUNT(*) FROM events e WHERE e.deal_id = d.id AND e.name = 'TaskClaimed')`

const dealFrom = ` FROM deals d LEFT JOIN assets aa ON aa.address = d.app LEFT JOIN assets ad ON ad.address = d.dataset
	LEFT JOIN assets ap ON ap.address = d.workerpool LEFT JOIN categories cat ON cat.id = d.category`

func scanDeal(sc interface{ Scan(...any) error }, s *DealSummary, extra ...any) error {
	var b, t int64
	var cat, trust, size int64
	dst := []any{&s.ID, &b, &t, &s.TxHash, &s.App, &s.AppName, &s.Dataset, &s.DatasetName, &s.Workerpool, &s.WorkerpoolName,
		&s.Requester, &cat, &s.CategoryName, &trust, &size, &s.Cost, &s.WorkerpoolPrice, &s.Completed, &s.Failed}
	if err := sc.Scan(append(dst, extra...)...); err != nil {
		return err
	}
	s.Block, s.Time, s.Category, s.Trust, s.BotSize = uint64(b), unix(t), uint64(cat), uint64(trust), uint64(size)
	if s.Dataset == zeroAddr {
		s.Dataset = ""
	}
	return nil
}

const zeroAddr = "0x0000000000000000000000000000000000000000"

// DealFilter selects deals.
type DealFilter struct {
	Requester, Workerpool, App, Dataset, Sponsor, Party string // Party: any of them
	Sponsored                                           string // deals it paid for another requester
	Limit                                               int
	Offset                                              int // deals to skip (pages)
}

// Deals lists deals, newest first.
func (d *DB) Deals(ctx context.Context, f DealFilter) ([]DealSummary, error) {
	var where []string
	var args []any
	for _, c := range []struct{ col, v string }{
		{"d.requester", f.Requester}, {"d.workerpool", f.Workerpool}, {"d.app", f.App}, {"d.dataset", f.Dataset}, {"d.sponsor", f.Sponsor},
	} {
		if c.v != "" {
			where = append(where, c.col+" = ?")
			args = append(args, strings.ToLower(c.v))
		}
	}
	if f.Sponsored != "" {
		where = append(where, `d.sponsor = ? AND d.requester <> ?`)
		args = append(args, strings.ToLower(f.Sponsored), strings.ToLower(f.Sponsored))
	}
	if f.Party != "" {
		p := strings.ToLower(f.Party)
		where = append(where, `(d.requester = ? OR d.sponsor = ? OR d.beneficiary = ? OR d.app_owner = ? OR d.dataset_owner = ? OR d.workerpool_owner = ?)`)
		args = append(args, p, p, p, p, p, p)
	}
	q := `SELECT ` + dealCols + dealFrom
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, " AND ")
	}
	if f.Limit <= 0 {
		f.Limit = 50
	}
	q += ` ORDER BY d.block DESC, d.log_index DESC LIMIT ? OFFSET ?`
	args = append(args, f.Limit, max(f.Offset, 0))
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []DealSummary{}
	for rows.Next() {
		var s DealSummary
		if err := scanDeal(rows, &s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// MaxTasksShown is the most tasks of a bag Deal returns.
const MaxTasksShown = 1000

// Deal returns a deal with its tasks' statuses.
func (d *DB) Deal(ctx context.Context, id string) (*Deal, error) {
	out := &Deal{}
	var start, first, ratio int64
	err := scanDeal(d.db.QueryRowContext(ctx, `SELECT `+dealCols+`, d.app_owner, d.app_price, d.dataset_owner, d.dataset_price,
		d.workerpool_owner, d.tag, d.beneficiary, d.callback, d.sponsor, d.start_time, d.bot_first, d.worker_stake,
		d.scheduler_reward_ratio, d.params, d.order_app, d.order_dataset, d.order_workerpool, d.order_request`+dealFrom+` WHERE d.id = ?`,
		strings.ToLower(id)), &out.DealSummary, &out.AppOwner, &out.AppPrice, &out.DatasetOwner, &out.DatasetPrice,
		&out.WorkerpoolOwner, &out.Tag, &out.Beneficiary, &out.Callback, &out.Sponsor, &start, &first, &out.WorkerStake, &ratio,
		&out.Params, &out.OrderHashes[0], &out.OrderHashes[1], &out.OrderHashes[2], &out.OrderHashes[3])
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	out.StartTime, out.BotFirst, out.SchedulerRewardRatio = unix(start), uint64(first), uint64(ratio)
	if out.Tasks, err = d.tasksWhere(ctx, `t.deal_id = ? ORDER BY t.idx LIMIT ?`, out.ID, MaxTasksShown); err != nil {
		return nil, err
	}
	out.TasksShown = len(out.Tasks)
	return out, nil
}

// TaskSummary is a task in lists.
type TaskSummary struct {
	ID            string    `json:"id"`
	DealID        string    `json:"dealId"`
	Index         uint64    `json:"index"`
	Status        string    `json:"status"`
	Contributions int64     `json:"contributions"`
	Updated       time.Time `json:"updated,omitzero"` // time of its last event
	UpdatedBlock  uint64    `json:"updatedBlock,omitempty"`
}

func (d *DB) tasksWhere(ctx context.Context, where string, args ...any) ([]TaskSummary, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT t.id, t.deal_id, t.idx, `+lastStatusEvent+`,
		(SELECT COUNT(*) FROM contributions c WHERE c.task_id = t.id),
		(SELECT MAX(e.time) FROM events e WHERE e.task_id = t.id),
		(SELECT MAX(e.block) FROM events e WHERE e.task_id = t.id)
		FROM tasks t WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []TaskSummary{}
	for rows.Next() {
		var s TaskSummary
		var idx int64
		var last sql.NullString
		var upd, ub sql.NullInt64
		if err := rows.Scan(&s.ID, &s.DealID, &idx, &last, &s.Contributions, &upd, &ub); err != nil {
			return nil, err
		}
		s.Index, s.Status, s.Updated, s.UpdatedBlock = uint64(idx), statusOf(last), unix(upd.Int64), uint64(ub.Int64)
		out = append(out, s)
	}
	return out, rows.Err()
}

// LatestTasks returns the tasks with the most recent events.
func (d *DB) LatestTasks(ctx context.Context, limit int) ([]TaskSummary, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT task_id FROM events WHERE task_id IS NOT NULL ORDER BY block DESC, log_index DESC LIMIT ?`, limit*20)
	if err != nil {
		return nil, err
	}
	var ids []string
	seen := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		if !seen[id] && len(ids) < limit {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	rows.Close()
	out := []TaskSummary{}
	for _, id := range ids {
		ts, err := d.tasksWhere(ctx, `t.id = ?`, id)
		if err != nil {
			return nil, err
		}
		out = append(out, ts...)
	}
	return out, nil
}

// Event is an indexed event.
type Event struct {
	Block    uint64    `json:"block"`
	LogIndex uint64    `json:"logIndex"`
	TxHash   string    `json:"txHash"`
	Time     time.Time `json:"time"`
	Name     string    `json:"name"`
	TaskID   string    `json:"taskId,omitempty"`
	DealID   string    `json:"dealId,omitempty"`
	Account  string    `json:"account,omitempty"`
	Other    string    `json:"other,omitempty"`
	Amount   string    `json:"amount,omitempty"`
	Hash     string    `json:"hash,omitempty"`
	Detail   string    `json:"detail,omitempty"`
}

func (d *DB) events(ctx context.Context, where string, args ...any) ([]Event, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT block, log_index, tx_hash, time, name, COALESCE(task_id, ''), COALESCE(deal_id, ''),
		COALESCE(account, ''), COALESCE(other, ''), COALESCE(amount, ''), COALESCE(hash, ''), COALESCE(detail, '')
		FROM events WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Event{}
	for rows.Next() {
		var e Event
		var b, li, t int64
		if err := rows.Scan(&b, &li, &e.TxHash, &t, &e.Name, &e.TaskID, &e.DealID, &e.Account, &e.Other, &e.Amount, &e.Hash, &e.Detail); err != nil {
			return nil, err
		}
		e.Block, e.LogIndex, e.Time = uint64(b), uint64(li), unix(t)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Contribution is a worker's contribution to a task.
type Contribution struct {
	TaskID     string    `json:"taskId"`
	DealID     string    `json:"dealId"`
	Index      uint64    `json:"index"`
	Worker     string    `json:"worker"`
	ResultHash string    `json:"resultHash"`
	Weight     uint64    `json:"weight"`
	Status     string    `json:"status"` // contributed, proved, rejected
	Block      uint64    `json:"block"`
	Time       time.Time `json:"time"`
	TxHash     string    `json:"txHash"`
	Workerpool string    `json:"workerpool"`
}

func (d *DB) contributions(ctx context.Context, where string, args ...any) ([]Contribution, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT c.task_id, COALESCE(t.deal_id, ''), COALESCE(t.idx, 0), c.worker, c.result_hash,
		c.weight, `+contributionStatus+`, c.block, c.time, c.tx_hash, COALESCE(dl.workerpool, '')
		FROM contributions c LEFT JOIN tasks t ON t.id = c.task_id LEFT JOIN deals dl ON dl.id = t.deal_id WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Contribution{}
	for rows.Next() {
		var c Contribution
		var idx, w, b, t int64
		if err := rows.Scan(&c.TaskID, &c.DealID, &idx, &c.Worker, &c.ResultHash, &w, &c.Status, &b, &t, &c.TxHash, &c.Workerpool); err != nil {
			return nil, err
		}
		c.Index, c.Weight, c.Block, c.Time = uint64(idx), uint64(w), uint64(b), unix(t)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Task is a task with its timeline.
type Task struct {
	TaskSummary
	Deal           DealSummary    `json:"deal"`
	Timeline       []Event        `json:"timeline"`
	Contributions  []Contribution `json:"contributions"`
	ConsensusValue string         `json:"consensusValue,omitempty"`
	RevealDeadline time.Time      `json:"revealDeadline,omitzero"`
	ResultDigest   string         `json:"resultDigest,omitempty"`
	// Results is the results pointer of TaskFinalize, e.g. {"storage":"ipfs","location":"/ipfs/…"}.
	Results string `json:"results,omitempty"`
	// Location is the results' location ("/ipfs/…") when Results says one.
	Location string `json:"location,omitempty"`
}

// Task returns a task, its deal, its timeline and contributions.
func (d *DB) Task(ctx context.Context, id string) (*Task, error) {
	id = strings.ToLower(id)
	ts, err := d.tasksWhere(ctx, `t.id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, ErrNotFound
	}
	out := &Task{TaskSummary: ts[0]}
	if err := scanDeal(d.db.QueryRowContext(ctx, `SELECT `+dealCols+dealFrom+` WHERE d.id = ?`, out.DealID), &out.Deal); err != nil {
		return nil, err
	}
	if out.Timeline, err = d.events(ctx, `task_id = ? ORDER BY block, log_index`, id); err != nil {
		return nil, err
	}
	for _, e := range out.Timeline {
		switch e.Name {
		case "TaskConsensus":
			out.ConsensusValue = e.Hash
			if s, err := strconv.ParseInt(e.Detail, 10, 64); err == nil {
				out.RevealDeadline = unix(s)
			}
		case "TaskFinalize":
			out.ResultDigest, out.Results = e.Hash, e.Detail
			out.Location = resultLocation(e.Detail)
		}
	}
	if out.Contributions, err = d.contributions(ctx, `c.task_id = ? ORDER BY c.block, c.log_index`, id); err != nil {
		return nil, err
	}
	return out, nil
}

// resultLocation extracts "location" from a results pointer, or returns it when it is a
// plain path.
func resultLocation(results string) string {
	r := strings.TrimSpace(results)
	if strings.HasPrefix(r, "/") {
		return r
	}
	const key = `"location"`
	i := strings.Index(r, key)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(r[i+len(key):], " :")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	rest = rest[1:]
	if j := strings.IndexByte(rest, '"'); j >= 0 {
		return rest[:j]
	}
	return ""
}

// TxEvents returns the events of a transaction.
func (d *DB) TxEvents(ctx context.Context, tx string) ([]Event, error) {
	return d.events(ctx, `tx_hash = ? ORDER BY block, log_index`, strings.ToLower(tx))
}

// ───────────────────────────── workers ─────────────────────────────

// WorkerSummary is a worker in lists.
type WorkerSummary struct {
	Address       string    `json:"address"`
	Score         uint64    `json:"score"` // from its last ScoreChanged event (0 without)
	Contributions int64     `json:"contributions"`
	Rejected      int64     `json:"rejected"`
	LastSeen      time.Time `json:"lastSeen"`
}

// Workers lists the workers that contributed, by number of contributions.
func (d *DB) Workers(ctx context.Context, limit int) ([]WorkerSummary, error) {
	return d.WorkersPage(ctx, limit, 0)
}

// WorkersPage lists limit workers after offset, in the order of Workers.
func (d *DB) WorkersPage(ctx context.Context, limit, offset int) ([]WorkerSummary, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT c.worker, COUNT(*), MAX(c.time), `+strings.Replace(workerScore, "%s", "c.worker", 1)+`,
		(SELECT COUNT(*) FROM events e WHERE e.name = 'ContributionRejected' AND e.account = c.worker)
		FROM contributions c GROUP BY c.worker ORDER BY COUNT(*) DESC, c.worker LIMIT ? OFFSET ?`, limit, max(offset, 0))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []WorkerSummary{}
	for rows.Next() {
		var w WorkerSummary
		var t, s int64
		if err := rows.Scan(&w.Address, &w.Contributions, &t, &s, &w.Rejected); err != nil {
			return nil, err
		}
		w.LastSeen, w.Score = unix(t), uint64(s)
		out = append(out, w)
	}
	return out, rows.Err()
}

// ScorePoint is one score change.
type ScorePoint struct {
	Block    uint64    `json:"block"`
	Time     time.Time `json:"time"`
	Ref      string    `json:"ref"` // the deal or task
	OldScore uint64    `json:"oldScore"`
	NewScore uint64    `json:"newScore"`
}

// Worker is a worker's record; ScoreHistory is its first ScoresShown score changes,
// oldest first (WorkerScores pages through them).
type Worker struct {
	WorkerSummary
	Proved       int64          `json:"proved"`
	Contributed  int64          `json:"contributed"` // neither proved nor rejected yet
	Rewards      string         `json:"rewards"`     // paid free or vesting (Reward and Vest events, token units)
	Seized       string         `json:"seized"`      // stakes and vesting rewards lost (Seize events)
	Vesting      string         `json:"vesting"`     // still vesting, in the locked balance: Vest − Release − VestingForfeited
	Forfeited    string         `json:"forfeited"`   // vesting rewards lost to results proven wrong (also in Seized)
	ScoreHistory []ScorePoint   `json:"scoreHistory"`
	Pools        []AssetSummary `json:"pools"` // pools served
	Recent       []Contribution `json:"recent"`
}

// Worker returns a worker's record; ErrNotFound if it never contributed nor scored.
func (d *DB) Worker(ctx context.Context, address string) (*Worker, error) {
	a := strings.ToLower(address)
	w := &Worker{WorkerSummary: WorkerSummary{Address: a}}
	n, err := d.one(ctx, `SELECT (SELECT COUNT(*) FROM contributions WHERE worker = ?) + (SELECT COUNT(*) FROM scores WHERE worker = ?)`, a, a)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, ErrNotFound
	}
	s, err := d.one(ctx, `SELECT `+strings.Replace(workerScore, "%s", "?", 1), a)
	if err != nil {
		return nil, err
	}
	w.Score = uint64(s)
	all, err := d.contributions(ctx, `c.worker = ? ORDER BY c.block DESC, c.log_index DESC`, a)
	if err != nil {
		return nil, err
	}
	w.Contributions = int64(len(all))
	pools := map[string]bool{}
	for _, c := range all {
		switch c.Status {
		case ContributionRejected:
			w.Rejected++
		case ContributionProved:
			w.Proved++
		default:
			w.Contributed++
		}
		if w.LastSeen.Before(c.Time) {
			w.LastSeen = c.Time
		}
		pools[c.Workerpool] = true
	}
	w.Recent = all[:min(len(all), 200)]
	if w.Rewards, err = d.sum(ctx, `SELECT amount FROM events WHERE name IN ('Reward', 'Vest') AND account = ?`, a); err != nil {
		return nil, err
	}
	if w.Seized, err = d.sum(ctx, `SELECT amount FROM events WHERE name = 'Seize' AND account = ?`, a); err != nil {
		return nil, err
	}
	if w.Forfeited, err = d.sum(ctx, `SELECT amount FROM events WHERE name = 'VestingForfeited' AND account = ?`, a); err != nil {
		return nil, err
	}
	vested, err := d.sum(ctx, `SELECT amount FROM events WHERE name = 'Vest' AND account = ?`, a)
	if err != nil {
		return nil, err
	}
	released, err := d.sum(ctx, `SELECT amount FROM events WHERE name = 'Release' AND account = ?`, a)
	if err != nil {
		return nil, err
	}
	w.Vesting = subAmounts(vested, released, w.Forfeited)
	if w.ScoreHistory, err = d.WorkerScores(ctx, a, ScoresShown, 0); err != nil {
		return nil, err
	}
	w.Pools = []AssetSummary{}
	for p := range pools {
		if p == "" {
			continue
		}
		if a, err := d.Asset(ctx, p); err == nil {
			w.Pools = append(w.Pools, a.AssetSummary)
		}
	}
	sort.Slice(w.Pools, func(i, j int) bool { return w.Pools[i].Address < w.Pools[j].Address })
	return w, nil
}

// ───────────────────────────── assets ─────────────────────────────

// AssetSummary is an app, dataset or workerpool in lists.
type AssetSummary struct {
	Address string    `json:"address"`
	Kind    string    `json:"kind"` // app, dataset, workerpool
	Name    string    `json:"name"` // a workerpool's description
	Owner   string    `json:"owner"`
	Block   uint64    `json:"block"`
	Time    time.Time `json:"time"`
	Deals   int64     `json:"deals"`
	Tasks   int64     `json:"tasks"` // tasks bought in its deals
}

// Asset is an asset's record; a pool's Workers are the first PoolWorkersShown (PoolWorkers
// pages through them).
type Asset struct {
	AssetSummary
	Type      string `json:"type,omitempty"`
	Multiaddr string `json:"multiaddr,omitempty"`
	Checksum  string `json:"checksum,omitempty"`
	MrEnclave string `json:"mrenclave,omitempty"`
	TxHash    string `json:"txHash"`
	// Workerpools only.
	WorkerStakeRatio     uint64          `json:"workerStakeRatio,omitempty"`
	SchedulerRewardRatio uint64          `json:"schedulerRewardRatio,omitempty"`
	Completed            int64           `json:"completed"`
	Failed               int64           `json:"failed"`
	Earnings             string          `json:"earnings"` // the owner's rewards from its deals
	Workers              []WorkerSummary `json:"workers,omitempty"`
	// Orders are the distinct orders of the asset used in deals, with their prices.
	Orders []OrderUse    `json:"orders"`
	Deals  []DealSummary `json:"recentDeals"`
}

// OrderUse is an order seen in deals.
type OrderUse struct {
	Hash     string    `json:"hash"`
	Price    string    `json:"price"`
	Category uint64    `json:"category"`
	Deals    int64     `json:"deals"`
	Tasks    int64     `json:"tasks"`
	Last     time.Time `json:"last"`
}

func kindColumn(kind string) (col, price, order string) {
	switch kind {
	case "app":
		return "app", "app_price", "order_app"
	case "dataset":
		return "dataset", "dataset_price", "order_dataset"
	}
	return "workerpool", "workerpool_price", "order_workerpool"
}

const assetCols = `a.address, a.kind, a.name, COALESCE(` + assetOwner + `, ''), a.block, a.time`

func (d *DB) assetUsage(ctx context.Context, s *AssetSummary) error {
	col, _, _ := kindColumn(s.Kind)
	return d.db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(bot_size), 0) FROM deals WHERE `+col+` = ?`, s.Address).Scan(&s.Deals, &s.Tasks)
}

// Assets lists the assets of a kind ("" for all), newest first.
func (d *DB) Assets(ctx context.Context, kind string, limit int) ([]AssetSummary, error) {
	return d.AssetsPage(ctx, kind, limit, 0)
}

// AssetsPage lists limit assets of a kind after offset, newest first.
func (d *DB) AssetsPage(ctx context.Context, kind string, limit, offset int) ([]AssetSummary, error) {
	q := `SELECT ` + assetCols + ` FROM assets a`
	var args []any
	if kind != "" {
		q += ` WHERE a.kind = ?`
		args = append(args, kind)
	}
	q += ` ORDER BY a.block DESC, a.address LIMIT ? OFFSET ?`
	args = append(args, limit, max(offset, 0))
	return d.assets(ctx, q, args...)
}

func (d *DB) assets(ctx context.Context, q string, args ...any) ([]AssetSummary, error) {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	out := []AssetSummary{}
	for rows.Next() {
		var s AssetSummary
		var b, t int64
		if err := rows.Scan(&s.Address, &s.Kind, &s.Name, &s.Owner, &b, &t); err != nil {
			rows.Close()
			return nil, err
		}
		s.Block, s.Time = uint64(b), unix(t)
		out = append(out, s)
	}
	rows.Close()
	for i := range out {
		if err := d.assetUsage(ctx, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Asset returns an app, dataset or workerpool with its usage.
func (d *DB) Asset(ctx context.Context, address string) (*Asset, error) {
	a := &Asset{}
	var b, t int64
	err := d.db.QueryRowContext(ctx, `SELECT `+assetCols+`, a.app_type, a.multiaddr, a.checksum, a.mrenclave, a.tx_hash
		FROM assets a WHERE a.address = ?`, strings.ToLower(address)).Scan(&a.Address, &a.Kind, &a.Name, &a.Owner, &b, &t,
		&a.Type, &a.Multiaddr, &a.Checksum, &a.MrEnclave, &a.TxHash)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	a.Block, a.Time = uint64(b), unix(t)
	if err := d.assetUsage(ctx, &a.AssetSummary); err != nil {
		return nil, err
	}
	col, price, order := kindColumn(a.Kind)
	rows, err := d.db.QueryContext(ctx, `SELECT `+order+`, `+price+`, category, COUNT(*), SUM(bot_size), MAX(time)
		FROM deals WHERE `+col+` = ? GROUP BY `+order+`, `+price+`, category ORDER BY MAX(block) DESC LIMIT 100`, a.Address)
	if err != nil {
		return nil, err
	}
	a.Orders = []OrderUse{}
	for rows.Next() {
		var o OrderUse
		var cat, last int64
		if err := rows.Scan(&o.Hash, &o.Price, &cat, &o.Deals, &o.Tasks, &last); err != nil {
			rows.Close()
			return nil, err
		}
		o.Category, o.Last = uint64(cat), unix(last)
		a.Orders = append(a.Orders, o)
	}
	rows.Close()
	if a.Deals, err = d.dealsOf(ctx, col, a.Address); err != nil {
		return nil, err
	}
	a.Earnings = "0"
	if a.Kind == "workerpool" {
		a.WorkerStakeRatio, a.SchedulerRewardRatio = 30, 1
		var ws, sr int64
		err := d.db.QueryRowContext(ctx, `SELECT worker_stake_ratio, scheduler_reward_ratio FROM pool_policies
			WHERE workerpool = ? ORDER BY block DESC, log_index DESC LIMIT 1`, a.Address).Scan(&ws, &sr)
		if err == nil {
			a.WorkerStakeRatio, a.SchedulerRewardRatio = uint64(ws), uint64(sr)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		if a.Completed, err = d.one(ctx, `SELECT COUNT(*) FROM events e JOIN deals dl ON dl.id = e.deal_id
			WHERE e.name = 'TaskFinalize' AND dl.workerpool = ?`, a.Address); err != nil {
			return nil, err
		}
		if a.Failed, err = d.one(ctx, `SELECT COUNT(*) FROM events e JOIN deals dl ON dl.id = e.deal_id
			WHERE e.name = 'TaskClaimed' AND dl.workerpool = ?`, a.Address); err != nil {
			return nil, err
		}
		if a.Earnings, err = d.sum(ctx, `SELECT e.amount FROM events e WHERE e.name = 'Reward' AND e.account = ?
			AND (e.hash IN (SELECT id FROM deals WHERE workerpool = ?)
			  OR e.hash IN (SELECT t.id FROM tasks t JOIN deals dl ON dl.id = t.deal_id WHERE dl.workerpool = ?))`,
			a.Owner, a.Address, a.Address); err != nil {
			return nil, err
		}
		if a.Workers, err = d.PoolWorkers(ctx, a.Address, PoolWorkersShown, 0); err != nil {
			return nil, err
		}
	} else {
		// An app's or dataset's earnings: its price times the tasks completed.
		if a.Earnings, err = d.sum(ctx, `SELECT e.amount FROM events e WHERE e.name = 'Reward' AND e.account = ?
			AND e.hash IN (SELECT id FROM deals WHERE `+col+` = ?)`, a.Owner, a.Address); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func (d *DB) dealsOf(ctx context.Context, col, address string) ([]DealSummary, error) {
	switch col {
	case "app":
		return d.Deals(ctx, DealFilter{App: address, Limit: 20})
	case "dataset":
		return d.Deals(ctx, DealFilter{Dataset: address, Limit: 20})
	}
	return d.Deals(ctx, DealFilter{Workerpool: address, Limit: 20})
}

// ───────────────────────────── addresses ─────────────────────────────

// Address is everything an address did, by role; Requested and Sponsored are its first
// AddressDeals deals of each (Deals pages through them), Owned its first OwnedShown assets
// (OwnedAssets).
type Address struct {
	Address string `json:"address"`
	// Roles it played: requester, sponsor, beneficiary, worker, workerpool owner (scheduler),
	// app owner, dataset owner.
	Roles        []string       `json:"roles"`
	Requested    []DealSummary  `json:"requested"` // deals as requester
	Sponsored    []DealSummary  `json:"sponsored"` // deals it paid for another requester
	Owned        []AssetSummary `json:"owned"`     // apps, datasets and workerpools it owns
	Worker       *Worker        `json:"worker,omitempty"`
	Asset        *AssetSummary  `json:"asset,omitempty"` // when the address is an asset
	Activity     []Event        `json:"activity"`        // its latest events (balances, orders, scores)
	ActivityMore bool           `json:"activityMore"`
}

// AddressInfo returns what an address did; an address never seen gives an empty record.
func (d *DB) AddressInfo(ctx context.Context, address string) (*Address, error) {
	a := strings.ToLower(address)
	out := &Address{Address: a, Roles: []string{}}
	var err error
	if out.Requested, err = d.Deals(ctx, DealFilter{Requester: a, Limit: AddressDeals}); err != nil {
		return nil, err
	}
	if out.Sponsored, err = d.Deals(ctx, DealFilter{Sponsored: a, Limit: AddressDeals}); err != nil {
		return nil, err
	}
	if out.Owned, err = d.OwnedAssets(ctx, a, OwnedShown, 0); err != nil {
		return nil, err
	}
	if w, err := d.Worker(ctx, a); err == nil {
		out.Worker = w
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if as, err := d.Asset(ctx, a); err == nil {
		out.Asset = &as.AssetSummary
	}
	if out.Activity, err = d.events(ctx, `(account = ? OR other = ?) ORDER BY block DESC, log_index DESC LIMIT 101`, a, a); err != nil {
		return nil, err
	}
	if len(out.Activity) > 100 {
		out.Activity, out.ActivityMore = out.Activity[:100], true
	}
	role := func(ok bool, r string) {
		if ok {
			out.Roles = append(out.Roles, r)
		}
	}
	role(len(out.Requested) > 0, "requester")
	role(len(out.Sponsored) > 0, "sponsor")
	role(out.Worker != nil, "worker")
	kinds := map[string]bool{}
	rows, err := d.db.QueryContext(ctx, `SELECT DISTINCT a.kind FROM assets a WHERE `+assetOwner+` = ?`, a)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, err
		}
		kinds[k] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	role(kinds["workerpool"], "workerpool owner")
	role(kinds["app"], "app owner")
	role(kinds["dataset"], "dataset owner")
	if n, err := d.one(ctx, `SELECT COUNT(*) FROM deals WHERE beneficiary = ? AND requester <> ?`, a, a); err == nil {
		role(n > 0, "beneficiary")
	}
	return out, nil
}

// ───────────────────────────── search ─────────────────────────────

// Hit is a search result.
type Hit struct {
	Kind  string `json:"kind"` // deal, task, tx, app, dataset, workerpool, address, category
	ID    string `json:"id"`
	Label string `json:"label"`
}

// Search finds what q names: an address, a deal or task id, a transaction hash, or an
// app, dataset, workerpool or category name (a part of it).
func (d *DB) Search(ctx context.Context, q string) ([]Hit, error) {
	q = strings.TrimSpace(q)
	lq := strings.ToLower(q)
	out := []Hit{}
	isHex := func(n int) bool {
		if len(lq) != n || !strings.HasPrefix(lq, "0x") {
			return false
		}
		for _, c := range lq[2:] {
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
				return false
			}
		}
		return true
	}
	switch {
	case isHex(42):
		if a, err := d.Asset(ctx, lq); err == nil {
			out = append(out, Hit{a.Kind, a.Address, a.Name})
		}
		out = append(out, Hit{"address", lq, lq})
		return out, nil
	case isHex(66):
		if n, err := d.one(ctx, `SELECT COUNT(*) FROM deals WHERE id = ?`, lq); err != nil {
			return nil, err
		} else if n > 0 {
			out = append(out, Hit{"deal", lq, "deal " + lq})
		}
		if n, err := d.one(ctx, `SELECT COUNT(*) FROM tasks WHERE id = ?`, lq); err != nil {
			return nil, err
		} else if n > 0 {
			out = append(out, Hit{"task", lq, "task " + lq})
		}
		if n, err := d.one(ctx, `SELECT COUNT(*) FROM events WHERE tx_hash = ?`, lq); err != nil {
			return nil, err
		} else if n > 0 {
			out = append(out, Hit{"tx", lq, "transaction " + lq})
		}
		return out, nil
	case lq == "":
		return out, nil
	}
	like := "%" + strings.NewReplacer("%", `\%`, "_", `\_`, `\`, `\\`).Replace(lq) + "%"
	rows, err := d.db.QueryContext(ctx, `SELECT kind, address, name FROM assets WHERE LOWER(name) LIKE ? ESCAPE '\'
		ORDER BY CASE WHEN LOWER(name) = ? THEN 0 ELSE 1 END, block DESC LIMIT 50`, like, lq)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.Kind, &h.ID, &h.Label); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, h)
	}
	rows.Close()
	rows, err = d.db.QueryContext(ctx, `SELECT id, name FROM categories WHERE LOWER(name) LIKE ? ESCAPE '\' ORDER BY id LIMIT 20`, like)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, Hit{"category", strconv.FormatInt(id, 10), name})
	}
	rows.Close()
	return out, nil
}

// ───────────────────────────── market ─────────────────────────────

// Category is a category with its market figures, from the deals made.
type Category struct {
	ID               uint64 `json:"id"`
	Name             string `json:"name"`
	Description      string `json:"description"`
	WorkClockTimeRef uint64 `json:"workClockTimeRef"`
	Deals            int64  `json:"deals"`
	Tasks            int64  `json:"tasks"`
	Volume           string `json:"volume"`
	// Cheapest is the cheapest workerpool price seen in this category's deals.
	Cheapest *Offer `json:"cheapest,omitempty"`
	// Offers are the workerpool orders seen in deals, cheapest first.
	Offers []Offer `json:"offers"`
	// History is the workerpool price of each deal, oldest first (at most 200).
	History []PricePoint `json:"history"`
}

// Offer is a workerpool order seen in deals.
type Offer struct {
	Workerpool     string    `json:"workerpool"`
	WorkerpoolName string    `json:"workerpoolName"`
	OrderHash      string    `json:"orderHash"`
	Price          string    `json:"price"`
	Deals          int64     `json:"deals"`
	Tasks          int64     `json:"tasks"`
	Last           time.Time `json:"last"`
}

// PricePoint is a deal's workerpool price.
type PricePoint struct {
	Time  time.Time `json:"time"`
	Block uint64    `json:"block"`
	Price string    `json:"price"`
	Tasks uint64    `json:"tasks"`
}

// subAmounts is a − b − c… of decimal amounts.
func subAmounts(a string, bs ...string) string {
	out, _ := new(big.Int).SetString(a, 10)
	if out == nil {
		out = new(big.Int)
	}
	for _, b := range bs {
		if y, ok := new(big.Int).SetString(b, 10); ok {
			out.Sub(out, y)
		}
	}
	return out.String()
}

func cmpAmount(a, b string) int {
	x, _ := new(big.Int).SetString(a, 10)
	y, _ := new(big.Int).SetString(b, 10)
	if x == nil || y == nil {
		return strings.Compare(a, b)
	}
	return x.Cmp(y)
}

// Market returns the categories with the offers seen in deals.
func (d *DB) Market(ctx context.Context) ([]Category, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, name, description, work_clock_time_ref FROM categories ORDER BY id`)
	if err != nil {
		return nil, err
	}
	out := []Category{}
	for rows.Next() {
		var c Category
		var id, ref int64
		if err := rows.Scan(&id, &c.Name, &c.Description, &ref); err != nil {
			rows.Close()
			return nil, err
		}
		c.ID, c.WorkClockTimeRef = uint64(id), uint64(ref)
		out = append(out, c)
	}
	rows.Close()
	for i := range out {
		c := &out[i]
		if err := d.db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(bot_size), 0) FROM deals WHERE category = ?`, int64(c.ID)).Scan(&c.Deals, &c.Tasks); err != nil {
			return nil, err
		}
		if c.Volume, err = d.sum(ctx, `SELECT cost FROM deals WHERE category = ?`, int64(c.ID)); err != nil {
			return nil, err
		}
		rows, err := d.db.QueryContext(ctx, `SELECT dl.workerpool, COALESCE(a.name, ''), dl.order_workerpool, dl.workerpool_price,
			COUNT(*), SUM(dl.bot_size), MAX(dl.time) FROM deals dl LEFT JOIN assets a ON a.address = dl.workerpool
			WHERE dl.category = ? GROUP BY dl.workerpool, a.name, dl.order_workerpool, dl.workerpool_price`, int64(c.ID))
		if err != nil {
			return nil, err
		}
		c.Offers = []Offer{}
		for rows.Next() {
			var o Offer
			var last int64
			if err := rows.Scan(&o.Workerpool, &o.WorkerpoolName, &o.OrderHash, &o.Price, &o.Deals, &o.Tasks, &last); err != nil {
				rows.Close()
				return nil, err
			}
			o.Last = unix(last)
			c.Offers = append(c.Offers, o)
		}
		rows.Close()
		sort.SliceStable(c.Offers, func(i, j int) bool { return cmpAmount(c.Offers[i].Price, c.Offers[j].Price) < 0 })
		if len(c.Offers) > 0 {
			o := c.Offers[0]
			c.Cheapest = &o
		}
		rows, err = d.db.QueryContext(ctx, `SELECT time, block, workerpool_price, bot_size FROM
			(SELECT time, block, log_index, workerpool_price, bot_size FROM deals WHERE category = ? ORDER BY block DESC, log_index DESC LIMIT 200) x
			ORDER BY block, log_index`, int64(c.ID))
		if err != nil {
			return nil, err
		}
		c.History = []PricePoint{}
		for rows.Next() {
			var p PricePoint
			var t, b, n int64
			if err := rows.Scan(&t, &b, &p.Price, &n); err != nil {
				rows.Close()
				return nil, err
			}
			p.Time, p.Block, p.Tasks = unix(t), uint64(b), uint64(n)
			c.History = append(c.History, p)
		}
		rows.Close()
	}
	return out, nil
}
