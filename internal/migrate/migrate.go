// Package migrate applies versioned SQL schema migrations, the same way for every Poco
// database (the scheduler's, the market's, the explorer's index; SQLite or PostgreSQL).
//
// Migrations are files NNNN_name.sql, numbered 1, 2, … without gaps. Apply creates the
// table schema_migrations (version, name, applied_at) and runs each step the database
// lacks in a transaction of its own, recording it there; it refuses a database whose
// version is beyond the steps it knows (ErrTooNew) rather than misread it.
package migrate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"time"
)

// Errors (match with errors.Is).
var (
	ErrTooNew  = errors.New("database schema is newer than this program knows")
	ErrInvalid = errors.New("invalid migration set")
)

// Step is one migration.
type Step struct {
	Version int
	Name    string // file name
	SQL     string
}

// Load reads the files matching pattern in fsys (e.g. "migrations/*.sql"), sorted, and
// checks that their versions run 1..N.
func Load(fsys fs.FS, pattern string) ([]Step, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	var out []Step // fs.Glob sorts; zero-padded numbers sort numerically
	for i, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != i+1 {
			return nil, fmt.Errorf("%w: %s: want version %d as NNNN_name.sql", ErrInvalid, base, i+1)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		out = append(out, Step{Version: v, Name: base, SQL: string(body)})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no file matches %s", ErrInvalid, pattern)
	}
	return out, nil
}

// MustLoad is Load for embedded migrations: a bad set is a programming error.
func MustLoad(fsys fs.FS, pattern string) []Step {
	steps, err := Load(fsys, pattern)
	if err != nil {
		panic(err)
	}
	return steps
}

// Apply brings db up to the last of steps. rebind turns a query written with ?
// placeholders into the driver's (nil: as written, for SQLite).
func Apply(ctx context.Context, db *sql.DB, steps []Step, rebind func(string) string) error {
	if rebind == nil {
		rebind = func(q string) string { return q }
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER NOT NULL PRIMARY KEY,
		name       TEXT    NOT NULL,
		applied_at BIGINT  NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range steps {
		if err := applyStep(ctx, db, m, len(steps), rebind); err != nil {
			return err
		}
	}
	return nil
}

func applyStep(ctx context.Context, db *sql.DB, m Step, known int, rebind func(string) string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // after Commit, a no-op
	// Read the version inside the write transaction: another process may have migrated
	// since.
	var cur int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
		return err
	}
	if cur > known {
		return fmt.Errorf("%w: database is at version %d, this program knows up to %d", ErrTooNew, cur, known)
	}
	if cur >= m.Version {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		m.Version, m.Name, time.Now().Unix()); err != nil {
		return err
	}
	return tx.Commit()
}
