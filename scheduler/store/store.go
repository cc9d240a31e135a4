package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
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

// maxIdleConns is how many idle connections the store keeps open. Each keeps its prepared
// statements (see prepared); a connection closed for want of room is reopened later, with
// its pragmas, schema and statements read and prepared again. The scheduler's loops and
// the worker API's calls use about this many at once.
const maxIdleConns = 16

// Store is the scheduler's database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
	// stmts caches the prepared statement of each query text (see prepared).
	stmts sync.Map // string → *sql.Stmt
	// view is the planner's view in memory (see view.go).
	view view
	// reports batches the worker API's report writes (see report).
	reports reports
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
		"&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxIdleConns(maxIdleConns)
	s := &Store{db: db}
	if err := s.migrate(context.Background(), migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.Range(func(_, v any) bool {
		_ = v.(*sql.Stmt).Close()
		return true
	})
	return s.db.Close()
}

// prepared returns the prepared statement of query, preparing it the first time: SQLite
// parses and plans a statement's text each time it is prepared, which costs more than
// running the short queries of the scheduler, so each text is prepared once per
// connection and reused (database/sql prepares it again on a connection that lacks it).
func (s *Store) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := s.stmts.Load(query); ok {
		return st.(*sql.Stmt), nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if prev, loaded := s.stmts.LoadOrStore(query, st); loaded {
		_ = st.Close()
		return prev.(*sql.Stmt), nil
	}
	return st, nil
}

// exec runs query outside a transaction, with its prepared statement.
func (s *Store) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// query runs query outside a transaction, with its prepared statement.
func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow runs query outside a transaction, with its prepared statement (a statement
// that cannot be prepared is run as is, so that its Row carries the error).
func (s *Store) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := s.prepared(ctx, query)
	if err != nil {
		return s.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// migrate applies the steps of ms the database lacks, one transaction each.
func (s *Store) migrate(ctx context.Context, ms []migrate.Step) error {
	return migrate.Apply(ctx, s.db, ms, nil)
}

// tx runs fn in one immediate transaction, committed if fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) (err error) {
	return s.begin(ctx, nil, fn)
}

// read runs fn in one read-only transaction: it sees one snapshot of the database, and
// takes no write lock (with WAL, writers go on meanwhile). fn must not write.
func (s *Store) read(ctx context.Context, fn func(*Tx) error) error {
	return s.begin(ctx, &sql.TxOptions{ReadOnly: true}, func(tx *sql.Tx) error { return fn(&Tx{tx: tx, s: s}) })
}

func (s *Store) begin(ctx context.Context, opts *sql.TxOptions, fn func(*sql.Tx) error) (err error) {
	tx, err := s.db.BeginTx(ctx, opts)
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
	s  *Store
	// marks are the tasks and workers of the planner's view this transaction wrote (see
	// view): read again after it ends.
	marks marks
}

// exec runs query in the transaction, with its prepared statement.
func (t *Tx) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return t.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

// query runs query in the transaction, with its prepared statement.
func (t *Tx) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := t.s.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return t.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
}

// queryRow runs query in the transaction, with its prepared statement.
func (t *Tx) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := t.s.prepared(ctx, query)
	if err != nil {
		return t.tx.QueryRowContext(ctx, query, args...)
	}
	return t.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

// Tx runs fn in one transaction: everything fn writes is committed if it returns nil, and
// nothing is if it returns an error (returned as is) or panics. fn must not keep tx, nor
// call the Store's own methods (they would wait for this transaction's lock).
func (s *Store) Tx(ctx context.Context, fn func(*Tx) error) error {
	t := &Tx{s: s}
	err := s.tx(ctx, func(tx *sql.Tx) error { t.tx = tx; return fn(t) })
	// Marked even when it failed (a failed commit may still have written): reading a row
	// again that did not change costs a read, missing one would leave the view stale.
	s.view.add(&t.marks)
	return err
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
