package index

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// BusyTimeout is how long a write waits for another writer's lock before failing.
const BusyTimeout = 10 * time.Second

// ErrSchemaTooNew is returned by Open for a database written by a newer version.
var ErrSchemaTooNew = errors.New("index: database schema is newer than this program knows")

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration struct {
	version int
	name    string
	sql     string
}

var migrations = func() []migration {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	var out []migration
	for i, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != i+1 {
			panic(fmt.Sprintf("index: migration %s: want version %d as NNNN_name.sql", base, i+1))
		}
		body, err := fs.ReadFile(migrationFS, name)
		if err != nil {
			panic(err)
		}
		out = append(out, migration{v, base, string(body)})
	}
	return out
}()

// SchemaVersion is the schema version this code writes (its last migration).
func SchemaVersion() int { return len(migrations) }

// DB is the explorer's database: the indexer writes it, the web server reads it. It is
// safe for concurrent use; readers never wait for the writer (WAL).
type DB struct {
	db *sql.DB
}

// Open opens (creating it if needed) the SQLite database at path and brings its schema up
// to date. ":memory:" is not supported (readers need their own connections): use a file.
func Open(path string) (*DB, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("index: invalid database path %q", path)
	}
	dsn := path + "?_txlock=immediate" +
		"&_pragma=busy_timeout(" + strconv.FormatInt(BusyTimeout.Milliseconds(), 10) + ")" +
		"&_pragma=journal_mode(WAL)" +
		// The index can be rebuilt from the chain: NORMAL loses at most the last
		// transactions on power loss, never consistency (cursor and rows commit together).
		"&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	d := &DB{db: db}
	if err := d.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return d, nil
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// SQL is the underlying database, for read-only queries of integrations.
func (d *DB) SQL() *sql.DB { return d.db }

func (d *DB) migrate(ctx context.Context) error {
	if _, err := d.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER NOT NULL PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at BIGINT  NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range migrations {
		err := d.tx(ctx, func(tx *sql.Tx) error {
			var cur int
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
				return err
			}
			if cur > len(migrations) {
				return fmt.Errorf("%w: database is at version %d, this program knows up to %d", ErrSchemaTooNew, cur, len(migrations))
			}
			if cur >= m.version {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, time.Now().Unix())
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// tx runs fn in one write transaction, committed if fn returns nil.
func (d *DB) tx(ctx context.Context, fn func(*sql.Tx) error) (err error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
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
