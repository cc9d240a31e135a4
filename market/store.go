package market

import (
	"context"
	"database/sql"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/internal/migrate"
	"github.com/pocolabs/poco/sdk"
)

// Errors of the store; test them with errors.Is.
var (
	ErrNotFound     = errors.New("market: no such order")
	ErrSchemaTooNew = migrate.ErrTooNew
	ErrBadCursor    = errors.New("market: the page cursor is not one this market wrote")
)

// Store keeps the order book, the deals seen and the chain cursor. Both implementations
// (SQLite, PostgreSQL) pass the same test suite.
type Store interface {
	// Put inserts the order, or updates the state (status, reason, remaining) of the
	// order with its hash, keeping its publication time and rank. It returns the order
	// as stored.
	Put(ctx context.Context, o *Order) (*Order, error)
	// Get returns the order with hash h (ErrNotFound).
	Get(ctx context.Context, h common.Hash) (*Order, error)
	// GetMany returns the orders of the hashes the book has, in no particular order.
	GetMany(ctx context.Context, hs []common.Hash) ([]*Order, error)
	// SetState changes an order's status, reason and remaining volume.
	SetState(ctx context.Context, h common.Hash, st Status, reason string, remaining uint64) (*Order, error)
	// Delete removes orders; it returns those it removed.
	Delete(ctx context.Context, hs []common.Hash) ([]common.Hash, error)
	// Query returns a page of orders of kind, best first: offers by price ascending,
	// requests by workerpool maximum price descending, then by publication.
	Query(ctx context.Context, kind sdk.OrderKind, f Filter) (*Page, error)
	// BySigner lists the orders of signer of the kinds and statuses given (all when
	// empty).
	BySigner(ctx context.Context, signer common.Address, kinds []sdk.OrderKind, statuses []Status) ([]*Order, error)
	// ByAsset lists the app, dataset and workerpool orders of asset of the statuses given.
	ByAsset(ctx context.Context, asset common.Address, statuses []Status) ([]*Order, error)
	// CountOpen is the number of open orders of signer of kind.
	CountOpen(ctx context.Context, signer common.Address, kind sdk.OrderKind) (int, error)
	// Counts is the number of orders by kind and status.
	Counts(ctx context.Context) (map[sdk.OrderKind]map[Status]int, error)
	// PutDeal records a deal (again: no change).
	PutDeal(ctx context.Context, d *sdk.Deal) error
	// Deals returns a page of deals, newest first.
	Deals(ctx context.Context, f DealFilter) (*DealPage, error)
	// Cursor is the next block to read events from (ok false when none was saved).
	Cursor(ctx context.Context) (block uint64, ok bool, err error)
	// SetCursor saves the next block to read.
	SetCursor(ctx context.Context, block uint64) error
	// Name is "sqlite" or "postgres".
	Name() string
	Close() error
}

// OpenStore opens the store at dsn: a postgres:// or postgresql:// URL (or a libpq
// "key=value" string starting with "host=") for PostgreSQL, else the path of an SQLite
// file (created if missing). The schema is brought up to date.
func OpenStore(ctx context.Context, dsn string) (Store, error) {
	return openSQL(ctx, dsn)
}

type dialect int

const (
	dialectSQLite dialect = iota
	dialectPostgres
)

//go:embed migrations
var migrationFS embed.FS

// sqlStore is the Store on database/sql, for both dialects.
type sqlStore struct {
	db *sql.DB
	d  dialect
	// wmu serializes SQLite's writers in this process: one writer at a time anyway, and
	// waiting here is cheaper than SQLite's busy retries.
	wmu sync.Mutex
}

// writing takes the write lock (SQLite only) and returns its release.
func (s *sqlStore) writing() func() {
	if s.d != dialectSQLite {
		return func() {}
	}
	s.wmu.Lock()
	return s.wmu.Unlock
}

func openSQL(ctx context.Context, dsn string) (*sqlStore, error) {
	db, postgres, dir, err := migrate.OpenService(dsn)
	if err != nil {
		return nil, fmt.Errorf("market: %w", err)
	}
	s := &sqlStore{db: db, d: dialectSQLite}
	if postgres {
		s.d = dialectPostgres
	}
	if err := s.migrate(ctx, dir); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *sqlStore) Name() string {
	if s.d == dialectPostgres {
		return "postgres"
	}
	return "sqlite"
}

func (s *sqlStore) Close() error { return s.db.Close() }

// q rewrites ? placeholders as $1, $2, … for PostgreSQL.
func (s *sqlStore) q(query string) string {
	if s.d != dialectPostgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// migrate brings the schema up to date with the dialect's migrations
// (migrations/<dir>/NNNN_name.sql).
func (s *sqlStore) migrate(ctx context.Context, dir string) error {
	steps, err := migrate.Load(migrationFS, "migrations/"+dir+"/*.sql")
	if err != nil {
		return fmt.Errorf("market: %w", err)
	}
	if err := migrate.Apply(ctx, s.db, steps, s.q); err != nil {
		return fmt.Errorf("market: %w", err)
	}
	return nil
}

func (s *sqlStore) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func hexAddr(a common.Address) string { return hexutil.Encode(a[:]) }
func hexHash(h common.Hash) string    { return hexutil.Encode(h[:]) }

const orderCols = `seq, hash, kind, status, reason, signer, asset, price, category, trust, tag, volume, remaining, published, updated, body`

type scanner interface{ Scan(...any) error }

// scanOrder reads a row of orderCols (and extra columns). The signed order is kept as
// stored, parsed only when asked for (Order.SignedOrder).
func scanOrder(r scanner, extra ...any) (*Order, error) {
	var (
		o                           Order
		hash, signer, asset, price  string
		tag, status, reason, body   string
		kind, category, trust       int64
		volume, rem, published, upd int64
	)
	dest := append([]any{&o.seq, &hash, &kind, &status, &reason, &signer, &asset, &price, &category, &trust, &tag, &volume, &rem, &published, &upd, &body}, extra...)
	if err := r.Scan(dest...); err != nil {
		return nil, err
	}
	o.Hash = common.HexToHash(hash)
	o.Kind = sdk.OrderKind(kind)
	o.Status, o.Reason = Status(status), reason
	o.Signer, o.Asset = common.HexToAddress(signer), common.HexToAddress(asset)
	p, ok := new(big.Int).SetString(price, 10)
	if !ok {
		return nil, fmt.Errorf("market: stored order %s has price %q", hash, price)
	}
	o.Price = p
	if category >= 0 {
		c := uint64(category)
		o.Category = &c
		o.Trust = uint64(trust)
	}
	if err := o.Tag.UnmarshalText([]byte(tag)); err != nil {
		return nil, fmt.Errorf("market: stored order %s: %w", hash, err)
	}
	o.Volume, o.Remaining = uint64(volume), uint64(rem)
	o.Published, o.Updated = time.UnixMilli(published).UTC(), time.UnixMilli(upd).UTC()
	o.Signed = json.RawMessage(body)
	return &o, nil
}

func (s *sqlStore) Put(ctx context.Context, o *Order) (*Order, error) {
	so, err := o.SignedOrder()
	if err != nil {
		return nil, err
	}
	_, c, err := describe(so)
	if err != nil {
		return nil, err
	}
	now := time.Now().UTC()
	pub := o.Published
	if pub.IsZero() {
		pub = now
	}
	tagHigh := 0
	if c.tagHigh {
		tagHigh = 1
	}
	defer s.writing()()
	var seq, published int64
	err = s.db.QueryRowContext(ctx, s.q(`INSERT INTO orders (hash, kind, status, reason, signer, asset, app, dataset, workerpool, requester,
		category, trust, tag, tag_bits, tag_high, price, sort_key, volume, remaining, published, updated, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO UPDATE SET status = excluded.status, reason = excluded.reason,
			remaining = excluded.remaining, updated = excluded.updated
		RETURNING seq, published`),
		hexHash(o.Hash), int64(o.Kind), string(o.Status), o.Reason, hexAddr(o.Signer), hexAddr(o.Asset),
		hexAddr(c.app), hexAddr(c.dataset), hexAddr(c.workerpool), hexAddr(c.requester),
		c.category, c.trust, o.Tag.String(), c.tagBits, tagHigh, c.price, c.sortKey, int64(o.Volume), int64(o.Remaining),
		pub.UnixMilli(), now.UnixMilli(), string(o.Signed)).Scan(&seq, &published)
	if err != nil {
		return nil, fmt.Errorf("market: store order %s: %w", o.Hash.Hex(), err)
	}
	out := *o
	out.seq = seq
	out.Published = time.UnixMilli(published).UTC()
	out.Updated = time.UnixMilli(now.UnixMilli()).UTC()
	return &out, nil
}

func (s *sqlStore) Get(ctx context.Context, h common.Hash) (*Order, error) {
	o, err := scanOrder(s.db.QueryRowContext(ctx, s.q(`SELECT `+orderCols+` FROM orders WHERE hash = ?`), hexHash(h)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w %s", ErrNotFound, h.Hex())
	}
	return o, err
}

func (s *sqlStore) list(ctx context.Context, query string, args ...any) ([]*Order, error) {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Order
	for rows.Next() {
		o, err := scanOrder(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func (s *sqlStore) GetMany(ctx context.Context, hs []common.Hash) ([]*Order, error) {
	var out []*Order
	for len(hs) > 0 {
		n := min(len(hs), 500)
		args := make([]any, n)
		for i, h := range hs[:n] {
			args[i] = hexHash(h)
		}
		part, err := s.list(ctx, `SELECT `+orderCols+` FROM orders WHERE hash IN (`+placeholders(n)+`)`, args...)
		if err != nil {
			return nil, err
		}
		out = append(out, part...)
		hs = hs[n:]
	}
	return out, nil
}

func (s *sqlStore) SetState(ctx context.Context, h common.Hash, st Status, reason string, remaining uint64) (*Order, error) {
	defer s.writing()()
	o, err := scanOrder(s.db.QueryRowContext(ctx, s.q(`UPDATE orders SET status = ?, reason = ?, remaining = ?, updated = ?
		WHERE hash = ? RETURNING `+orderCols), string(st), reason, int64(min(remaining, maxVolume)), time.Now().UnixMilli(), hexHash(h)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w %s", ErrNotFound, h.Hex())
	}
	return o, err
}

func (s *sqlStore) Delete(ctx context.Context, hs []common.Hash) ([]common.Hash, error) {
	defer s.writing()()
	var out []common.Hash
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, h := range hs {
			r, err := tx.ExecContext(ctx, s.q(`DELETE FROM orders WHERE hash = ?`), hexHash(h))
			if err != nil {
				return err
			}
			if n, _ := r.RowsAffected(); n > 0 {
				out = append(out, h)
			}
		}
		return nil
	})
	return out, err
}

// exactParty reports whether the party column is the order's own (matched exactly) for
// orders of kind, rather than a restriction.
func exactParty(kind sdk.OrderKind, party sdk.OrderKind) bool {
	if kind == sdk.KindRequest {
		return party != sdk.KindWorkerpool
	}
	return kind == party
}

func encodeCursor(sortKey string, seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(sortKey + "." + strconv.FormatInt(seq, 10)))
}

func decodeCursor(c string) (string, int64, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", 0, ErrBadCursor
	}
	key, seqText, ok := strings.Cut(string(b), ".")
	seq, err := strconv.ParseInt(seqText, 10, 64)
	if !ok || err != nil || len(key) != priceDigits {
		return "", 0, ErrBadCursor
	}
	for _, r := range key {
		if r < '0' || r > '9' {
			return "", 0, ErrBadCursor
		}
	}
	return key, seq, nil
}

func (s *sqlStore) Query(ctx context.Context, kind sdk.OrderKind, f Filter) (*Page, error) {
	status := f.Status
	if status == "" {
		status = StatusOpen
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	where := []string{"kind = ?", "status = ?"}
	args := []any{int64(kind), string(status)}
	parties := []struct {
		col   string
		party sdk.OrderKind
		addr  common.Address
	}{
		{"app", sdk.KindApp, f.App}, {"dataset", sdk.KindDataset, f.Dataset},
		{"workerpool", sdk.KindWorkerpool, f.Workerpool}, {"requester", sdk.KindRequest, f.Requester},
	}
	for _, p := range parties {
		if p.addr == (common.Address{}) {
			continue
		}
		if exactParty(kind, p.party) || f.Strict {
			where = append(where, p.col+" = ?")
			args = append(args, hexAddr(p.addr))
			continue
		}
		col := p.col
		if s.d == dialectSQLite {
			col = "+" + col // most orders are public: scan in price order instead of sorting
		}
		where = append(where, col+" IN (?, ?)")
		args = append(args, hexAddr(common.Address{}), hexAddr(p.addr))
	}
	if f.Owner != (common.Address{}) {
		where = append(where, "signer = ?")
		args = append(args, hexAddr(f.Owner))
	}
	if f.Category != nil {
		where = append(where, "category = ?")
		args = append(args, clampInt64(new(big.Int).SetUint64(*f.Category)))
	}
	if bits, high := tagColumns(f.MinTag); bits != 0 || high {
		if high {
			return nil, fmt.Errorf("market: tag bits above 62 cannot be searched")
		}
		where = append(where, "(tag_bits & ?) = ?")
		args = append(args, bits, bits)
	}
	if f.MaxTag != nil {
		bits, high := tagColumns(*f.MaxTag)
		if !high {
			where = append(where, "(tag_bits & ?) = 0", "tag_high = 0")
			args = append(args, ^bits&^(int64(-1)<<63))
		}
	}
	if f.MinTrust > 1 {
		where = append(where, "trust >= ?")
		args = append(args, int64(min(f.MinTrust, maxVolume)))
	}
	if f.MaxTrust > 0 {
		where = append(where, "trust <= ?")
		args = append(args, int64(min(f.MaxTrust, maxVolume)))
	}
	if f.MinVolume > 1 {
		where = append(where, "remaining >= ?")
		args = append(args, int64(min(f.MinVolume, maxVolume)))
	}
	if f.MaxPrice != nil {
		if f.MaxPrice.Sign() < 0 {
			return &Page{Orders: []*Order{}}, nil
		}
		if f.MaxPrice.Cmp(maxUint256) < 0 {
			where = append(where, "price <= ?")
			args = append(args, padPrice(f.MaxPrice))
		}
	}
	if f.MinPrice != nil && f.MinPrice.Sign() > 0 {
		if f.MinPrice.Cmp(maxUint256) > 0 {
			return &Page{Orders: []*Order{}}, nil
		}
		where = append(where, "price >= ?")
		args = append(args, padPrice(f.MinPrice))
	}
	if f.After != "" {
		key, seq, err := decodeCursor(f.After)
		if err != nil {
			return nil, err
		}
		where = append(where, "(sort_key > ? OR (sort_key = ? AND seq > ?))")
		args = append(args, key, key, seq)
	}
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+orderCols+`, sort_key FROM orders WHERE `+strings.Join(where, " AND ")+
		` ORDER BY sort_key, seq LIMIT ?`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &Page{Orders: []*Order{}}
	var lastKey string
	for rows.Next() {
		var key string
		o, err := scanOrder(rows, &key)
		if err != nil {
			return nil, err
		}
		if len(page.Orders) == limit {
			page.Next = encodeCursor(lastKey, page.Orders[limit-1].seq)
			break
		}
		page.Orders = append(page.Orders, o)
		lastKey = key
	}
	return page, rows.Err()
}

func statusArgs(where []string, args []any, statuses []Status) ([]string, []any) {
	if len(statuses) == 0 {
		return where, args
	}
	where = append(where, "status IN ("+placeholders(len(statuses))+")")
	for _, st := range statuses {
		args = append(args, string(st))
	}
	return where, args
}

func (s *sqlStore) BySigner(ctx context.Context, signer common.Address, kinds []sdk.OrderKind, statuses []Status) ([]*Order, error) {
	where := []string{"signer = ?"}
	args := []any{hexAddr(signer)}
	if len(kinds) > 0 {
		where = append(where, "kind IN ("+placeholders(len(kinds))+")")
		for _, k := range kinds {
			args = append(args, int64(k))
		}
	}
	where, args = statusArgs(where, args, statuses)
	return s.list(ctx, `SELECT `+orderCols+` FROM orders WHERE `+strings.Join(where, " AND ")+` ORDER BY seq`, args...)
}

func (s *sqlStore) ByAsset(ctx context.Context, asset common.Address, statuses []Status) ([]*Order, error) {
	where, args := statusArgs([]string{"asset = ?", "kind <> ?"}, []any{hexAddr(asset), int64(sdk.KindRequest)}, statuses)
	return s.list(ctx, `SELECT `+orderCols+` FROM orders WHERE `+strings.Join(where, " AND ")+` ORDER BY seq`, args...)
}

func (s *sqlStore) CountOpen(ctx context.Context, signer common.Address, kind sdk.OrderKind) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM orders WHERE signer = ? AND kind = ? AND status = ?`),
		hexAddr(signer), int64(kind), string(StatusOpen)).Scan(&n)
	return n, err
}

func (s *sqlStore) Counts(ctx context.Context) (map[sdk.OrderKind]map[Status]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, status, COUNT(*) FROM orders GROUP BY kind, status`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[sdk.OrderKind]map[Status]int{}
	for rows.Next() {
		var (
			k  int64
			st string
			n  int
		)
		if err := rows.Scan(&k, &st, &n); err != nil {
			return nil, err
		}
		if out[sdk.OrderKind(k)] == nil {
			out[sdk.OrderKind(k)] = map[Status]int{}
		}
		out[sdk.OrderKind(k)][Status(st)] = n
	}
	return out, rows.Err()
}

func (s *sqlStore) PutDeal(ctx context.Context, d *sdk.Deal) error {
	defer s.writing()()
	body, err := json.Marshal(d)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, s.q(`INSERT INTO deals (id, block, app, dataset, workerpool, requester, body)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
		hexHash(d.ID), int64(d.Block), hexAddr(d.App), hexAddr(d.Dataset), hexAddr(d.Workerpool), hexAddr(d.Requester), string(body))
	return err
}

func (s *sqlStore) Deals(ctx context.Context, f DealFilter) (*DealPage, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	limit = min(limit, MaxLimit)
	var where []string
	var args []any
	for _, p := range []struct {
		col  string
		addr common.Address
	}{{"app", f.App}, {"dataset", f.Dataset}, {"workerpool", f.Workerpool}, {"requester", f.Requester}} {
		if p.addr != (common.Address{}) {
			where = append(where, p.col+" = ?")
			args = append(args, hexAddr(p.addr))
		}
	}
	if f.After != "" {
		seq, err := strconv.ParseInt(f.After, 10, 64)
		if err != nil {
			return nil, ErrBadCursor
		}
		where = append(where, "seq < ?")
		args = append(args, seq)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT seq, body FROM deals`+cond+` ORDER BY seq DESC LIMIT ?`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &DealPage{Deals: []*sdk.Deal{}}
	var lastSeq int64
	for rows.Next() {
		var (
			seq  int64
			body string
		)
		if err := rows.Scan(&seq, &body); err != nil {
			return nil, err
		}
		if len(page.Deals) == limit {
			page.Next = strconv.FormatInt(lastSeq, 10)
			break
		}
		var d sdk.Deal
		if err := json.Unmarshal([]byte(body), &d); err != nil {
			return nil, err
		}
		page.Deals = append(page.Deals, &d)
		lastSeq = seq
	}
	return page, rows.Err()
}

func (s *sqlStore) Cursor(ctx context.Context) (uint64, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT value FROM meta WHERE key = ?`), "cursor").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	n, err := strconv.ParseUint(v, 10, 64)
	return n, err == nil, err
}

func (s *sqlStore) SetCursor(ctx context.Context, block uint64) error {
	defer s.writing()()
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO meta (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`), "cursor", strconv.FormatUint(block, 10))
	return err
}
