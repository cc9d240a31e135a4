package store

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

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// BusyTimeout is how long a transaction waits for another writer's lock before failing.
const BusyTimeout = 10 * time.Second

// Errors the store returns; test them with errors.Is.
var (
	ErrSchemaTooNew     = errors.New("store: database schema is newer than this program knows")
	ErrAlreadyAssigned  = errors.New("store: worker already assigned to this task")
	ErrNotAssigned      = errors.New("store: worker has no live assignment on this task")
	ErrUnknownTask      = errors.New("store: unknown task")
	ErrUnknownWorker    = errors.New("store: unknown worker")
	ErrUnknownDeal      = errors.New("store: unknown deal")
	ErrTerminal         = errors.New("store: task is COMPLETED or FAILED and cannot change")
	ErrInvalidMigration = errors.New("store: invalid migration set")
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations are the embedded steps, numbered 1, 2, … without gaps.
var migrations = mustLoadMigrations(migrationFS)

func mustLoadMigrations(fsys fs.FS) []migration {
	ms, err := loadMigrations(fsys)
	if err != nil {
		panic(err)
	}
	return ms
}

// loadMigrations reads migrations/NNNN_name.sql, sorted, and checks that the versions
// run 1..N.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration // fs.Glob sorts; zero-padded numbers sort numerically
	for i, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != i+1 {
			return nil, fmt.Errorf("%w: %s: want version %d as NNNN_name.sql", ErrInvalidMigration, base, i+1)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(body)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: none", ErrInvalidMigration)
	}
	return out, nil
}

// SchemaVersion is the schema version this code writes (the last migration).
func SchemaVersion() int { return len(migrations) }

// Store is the scheduler's database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
}

// Open opens (creating it if needed) the database file at path and brings its schema up
// to date. It fails with ErrSchemaTooNew on a database from a newer version of the code.
func Open(path string) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("store: invalid database path %q", path)
	}
	dsn := path + "?_txlock=immediate" +
		"&_pragma=busy_timeout(" + strconv.FormatInt(BusyTimeout.Milliseconds(), 10) + ")" +
		"&_pragma=foreign_keys(1)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(FULL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: db}
	if err := s.migrate(context.Background(), migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the steps of ms the database lacks, one transaction each.
func (s *Store) migrate(ctx context.Context, ms []migration) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER NOT NULL PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms {
		err := s.tx(ctx, func(tx *sql.Tx) error {
			// Read the version inside the write transaction: another process may have
			// migrated since.
			var cur int
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
				return err
			}
			if cur > len(ms) {
				return fmt.Errorf("%w: database is at version %d, this program knows up to %d",
					ErrSchemaTooNew, cur, len(ms))
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

// tx runs fn in one immediate transaction, committed if fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
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

// Tx is a transaction of the store; its methods are those of Store, all applied
// atomically when the function given to [Store.Tx] returns nil.
type Tx struct {
	tx *sql.Tx
}

// Tx runs fn in one transaction: everything fn writes is committed if it returns nil, and
// nothing is if it returns an error (returned as is) or panics. fn must not keep tx, nor
// call the Store's own methods (they would wait for this transaction's lock).
func (s *Store) Tx(ctx context.Context, fn func(*Tx) error) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return fn(&Tx{tx: tx}) })
}

// do runs one Tx method as its own transaction.
func (s *Store) do(ctx context.Context, fn func(*Tx) error) error { return s.Tx(ctx, fn) }

// Encoding helpers (see the package comment).

func hexID(b [32]byte) string { return hexutil.Encode(b[:]) }

func hexAddr(a common.Address) string { return hexutil.Encode(a[:]) }

func parseID(s string) ([32]byte, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != 32 {
		return [32]byte{}, fmt.Errorf("store: bad 32-byte hex %q", s)
	}
	return [32]byte(b), nil
}

func parseAddr(s string) (common.Address, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != common.AddressLength {
		return common.Address{}, fmt.Errorf("store: bad address %q", s)
	}
	return common.Address(b), nil
}

func unixTime(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0).UTC()
}
