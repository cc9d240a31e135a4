package migrate

import (
	"database/sql"
	"fmt"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

// IsPostgresDSN reports whether dsn names a PostgreSQL database (a postgres:// or
// postgresql:// URL, or a libpq "key=value" string starting with host=, dbname= or user=)
// rather than the path of an SQLite file. Every Poco store chooses its database this way.
func IsPostgresDSN(dsn string) bool {
	for _, p := range []string{"postgres://", "postgresql://", "host=", "dbname=", "user="} {
		if strings.HasPrefix(dsn, p) {
			return true
		}
	}
	return false
}

// OpenService opens dsn for a service's store (the market's, the SMS's): PostgreSQL when
// IsPostgresDSN(dsn), with a pool of 16 connections, else an SQLite file (created if
// missing) in WAL mode with immediate write transactions and a 10 s busy timeout. dir
// is the migrations folder of its dialect: "postgres" or "sqlite". The caller applies
// its migrations.
func OpenService(dsn string) (db *sql.DB, postgres bool, dir string, err error) {
	if IsPostgresDSN(dsn) {
		db, err = sql.Open("pgx", dsn)
		if err != nil {
			return nil, false, "", fmt.Errorf("open the database: %w", err)
		}
		db.SetMaxOpenConns(16)
		db.SetMaxIdleConns(16)
		return db, true, "postgres", nil
	}
	if dsn == "" || strings.ContainsAny(dsn, "?#") {
		return nil, false, "", fmt.Errorf("invalid database path %q", dsn)
	}
	db, err = sql.Open("sqlite", dsn+"?_txlock=immediate&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return nil, false, "", fmt.Errorf("open the database: %w", err)
	}
	return db, false, "sqlite", nil
}
