package index

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"github.com/pocolabs/poco/internal/migrate"
)

// BusyTimeout is how long a write waits for another writer's lock before failing.
const BusyTimeout = 10 * time.Second

// ErrSchemaTooNew is returned by Open for a database written by a newer version.
var ErrSchemaTooNew = migrate.ErrTooNew

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are the embedded steps (the same SQL serves SQLite and PostgreSQL).
var migrations = migrate.MustLoad(migrationFS, "migrations/*.sql")

// SchemaVersion is the schema version this code writes (its last migration).
func SchemaVersion() int { return len(migrations) }

// DB is the explorer's database: the indexer writes it, the web server reads it. It is
// safe for concurrent use; readers never wait for the writer (SQLite's WAL, PostgreSQL's
// MVCC).
type DB struct {
	db  *conn
	raw *sql.DB
}

// IsPostgres reports whether dsn names a PostgreSQL database (a postgres:// or
// postgresql:// URL, or a libpq "key=value" string starting with host=, dbname= or user=)
// rather than an SQLite file.
func IsPostgres(dsn string) bool { return migrate.IsPostgresDSN(dsn) }

// Open opens the index at dsn and brings its schema up to date: a PostgreSQL database
// when IsPostgres(dsn) (it must exist; the tables are created in its search path), else
// the SQLite file at that path (created if needed). ":memory:" is not supported (readers
// need their own connections): use a file.
func Open(dsn string) (*DB, error) {
	if IsPostgres(dsn) {
		return openPostgres(dsn)
	}
	path := dsn
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("index: invalid database path %q", path)
	}
	dsn = path + "?_txlock=immediate" +
		"&_pragma=busy_timeout(" + strconv.FormatInt(BusyTimeout.Milliseconds(), 10) + ")" +
		"&_pragma=journal_mode(WAL)" +
		// The index can be rebuilt from the chain: NORMAL loses at most the last
		// transactions on power loss, never consistency (cursor and rows commit together).
		"&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	d := &DB{db: &conn{db: db}, raw: db}
	if err := d.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return d, nil
}

func openPostgres(dsn string) (*DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("index: open the PostgreSQL database: %w", err)
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(16)
	d := &DB{db: &conn{db: db, pg: true}, raw: db}
	if err := d.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("index: open the PostgreSQL database: %w", err)
	}
	return d, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.raw.Close() }

// SQL is the underlying database, for read-only queries of integrations (PostgreSQL
// takes $1, $2, … placeholders, SQLite ?).
func (d *DB) SQL() *sql.DB { return d.raw }

// Name is "sqlite" or "postgres".
func (d *DB) Name() string {
	if d.db.pg {
		return "postgres"
	}
	return "sqlite"
}

// conn runs the queries of this package, written with ? placeholders, on either
// database: for PostgreSQL it rewrites the placeholders as $1, $2, … and makes text
// arguments valid there (UTF-8 without NUL bytes).
type conn struct {
	db *sql.DB
	pg bool
}

// rebind rewrites ? placeholders (outside quoted literals) as $n for PostgreSQL.
func rebind(pg bool, query string) string {
	if !pg || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n, quoted := 0, false
	for _, r := range query {
		switch {
		case r == '\'':
			quoted = !quoted
		case r == '?' && !quoted:
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// clean makes string arguments storable in PostgreSQL's TEXT (no NUL, valid UTF-8);
// SQLite stores them as they are.
func clean(pg bool, args []any) []any {
	if !pg {
		return args
	}
	copied := false
	for i, a := range args {
		if s, ok := a.(string); ok && (strings.IndexByte(s, 0) >= 0 || !utf8.ValidString(s)) {
			if !copied {
				args, copied = append([]any(nil), args...), true
			}
			args[i] = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
		}
	}
	return args
}

func (c *conn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return c.db.QueryContext(ctx, rebind(c.pg, q), clean(c.pg, args)...)
}

func (c *conn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return c.db.QueryRowContext(ctx, rebind(c.pg, q), clean(c.pg, args)...)
}

func (c *conn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return c.db.ExecContext(ctx, rebind(c.pg, q), clean(c.pg, args)...)
}

// txn is a write transaction of conn.
type txn struct {
	tx *sql.Tx
	pg bool
}

func (t *txn) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, rebind(t.pg, q), clean(t.pg, args)...)
}

func (t *txn) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, rebind(t.pg, q), clean(t.pg, args)...)
}

// stmt is a statement prepared in a txn.
type stmt struct {
	st *sql.Stmt
	pg bool
}

func (t *txn) PrepareContext(ctx context.Context, q string) (*stmt, error) {
	st, err := t.tx.PrepareContext(ctx, rebind(t.pg, q))
	if err != nil {
		return nil, err
	}
	return &stmt{st, t.pg}, nil
}

func (s *stmt) ExecContext(ctx context.Context, args ...any) (sql.Result, error) {
	return s.st.ExecContext(ctx, clean(s.pg, args)...)
}

func (d *DB) migrate(ctx context.Context) error {
	return migrate.Apply(ctx, d.raw, migrations, func(q string) string { return rebind(d.db.pg, q) })
}

// tx runs fn in one write transaction, committed if fn returns nil.
func (d *DB) tx(ctx context.Context, fn func(*txn) error) (err error) {
	sqlTx, err := d.raw.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	tx := &txn{sqlTx, d.db.pg}
	defer func() {
		if p := recover(); p != nil {
			_ = sqlTx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	return sqlTx.Commit()
}

// Cursor is the last block whose events are all stored.
type Cursor struct {
	ChainID string `json:"chainId"`
	Hub     string `json:"hub"`
	Block   uint64 `json:"block"`
	Hash    string `json:"hash"`
}

// Cursor returns the cursor; ok is false before the first indexed range.
func (d *DB) Cursor(ctx context.Context) (c Cursor, ok bool, err error) {
	var b int64
	err = d.db.QueryRowContext(ctx, `SELECT chain_id, hub, block, hash FROM cursor WHERE id = 1`).Scan(&c.ChainID, &c.Hub, &b, &c.Hash)
	if errors.Is(err, sql.ErrNoRows) {
		return Cursor{}, false, nil
	}
	if err != nil {
		return Cursor{}, false, err
	}
	c.Block = uint64(b)
	return c, true, nil
}
