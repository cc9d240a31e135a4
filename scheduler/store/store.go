package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/internal/migrate"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// BusyTimeout is how long a transaction waits for another writer's lock before failing.
const BusyTimeout = 10 * time.Second

// Errors the store returns; test them with errors.Is.
var (
	ErrSchemaTooNew     = migrate.ErrTooNew
	ErrAlreadyAssigned  = errors.New("store: worker already assigned to this task")
	ErrNotAssigned      = errors.New("store: worker has no live assignment on this task")
	ErrUnknownTask      = errors.New("store: unknown task")
	ErrUnknownWorker    = errors.New("store: unknown worker")
	ErrUnknownDeal      = errors.New("store: unknown deal")
	ErrTerminal         = errors.New("store: task is COMPLETED or FAILED and cannot change")
	ErrInvalidMigration = migrate.ErrInvalid
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations are the embedded steps, numbered 1, 2, … without gaps.
var migrations = migrate.MustLoad(migrationFS, "migrations/*.sql")

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
func (s *Store) migrate(ctx context.Context, ms []migrate.Step) error {
	return migrate.Apply(ctx, s.db, ms, nil)
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
