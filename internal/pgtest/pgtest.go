// Package pgtest gives tests a PostgreSQL database of their own (market and explorer
// index tests). Tests use the server of POCO_TEST_POSTGRES_DSN when it is set (the role
// must be allowed to create databases); otherwise they start a throwaway cluster (initdb
// into a temporary folder, postgres on a free loopback port, as the user nobody when the
// tests run as root) with the binaries found on PATH, in /usr/local/bin, /usr/local/pgsql/bin
// or Debian's /usr/lib/postgresql/<version>/bin. Each test gets a database of its own.
// Without a server they are skipped, except in CI (CI=true) where they fail.
package pgtest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"github.com/pocolabs/poco/internal/freeport"
)

// EnvDSN names the variable holding the DSN of an existing server to use.
const EnvDSN = "POCO_TEST_POSTGRES_DSN"

var pg struct {
	once    sync.Once
	admin   string // DSN of a database to create test databases from
	err     error
	cmd     *exec.Cmd
	dir     string
	counter int
	mu      sync.Mutex
}

// BinDir is the folder holding initdb and postgres ("" when there is none), for tests that
// run a server of their own (e2e).
func BinDir() string { return postgresBinDir() }

// postgresBinDir finds the folder holding initdb and postgres.
func postgresBinDir() string {
	if p, err := exec.LookPath("initdb"); err == nil {
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "postgres")); err == nil {
			return filepath.Dir(p)
		}
	}
	dirs := []string{"/usr/local/bin", "/usr/local/pgsql/bin"}
	debian, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(debian, func(i, j int) bool { return versionOf(debian[i]) > versionOf(debian[j]) })
	dirs = append(dirs, debian...)
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err != nil {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "postgres")); err == nil {
			return d
		}
	}
	return ""
}

func versionOf(dir string) int {
	var v int
	fmt.Sscanf(filepath.Base(filepath.Dir(dir)), "%d", &v)
	return v
}

// asUser runs cmd as nobody when this process is root (postgres refuses to run as root).
func asUser(cmd *exec.Cmd) {
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
}

func startPostgres() (string, error) {
	if dsn := os.Getenv(EnvDSN); dsn != "" {
		return dsn, nil
	}
	bin := postgresBinDir()
	if bin == "" {
		return "", fmt.Errorf("no PostgreSQL server: set %s or install PostgreSQL (initdb and postgres not found on PATH, /usr/local/bin, /usr/lib/postgresql/*/bin)", EnvDSN)
	}
	dir, err := os.MkdirTemp("", "poco-pgtest-")
	if err != nil {
		return "", err
	}
	pg.dir = dir
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o700); err != nil {
		return "", err
	}
	if os.Geteuid() == 0 {
		for _, p := range []string{dir, data} {
			if err := os.Chown(p, 65534, 65534); err != nil {
				return "", err
			}
		}
	}
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C")
	asUser(initdb)
	if out, err := initdb.CombinedOutput(); err != nil {
		return "", fmt.Errorf("initdb: %v\n%s", err, out)
	}
	port, err := freeport.Port()
	if err != nil {
		return "", err
	}
	logf, err := os.Create(filepath.Join(dir, "postgres.log"))
	if err != nil {
		return "", err
	}
	if os.Geteuid() == 0 {
		_ = os.Chown(logf.Name(), 65534, 65534)
	}
	cmd := exec.Command(filepath.Join(bin, "postgres"), "-D", data, "-p", fmt.Sprint(port), "-k", dir,
		"-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
		"-c", "full_page_writes=off", "-c", "max_connections=200")
	cmd.Stdout, cmd.Stderr = logf, logf
	asUser(cmd)
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("start postgres: %w", err)
	}
	pg.cmd = cmd
	dsn := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		db, err := sql.Open("pgx", dsn)
		if err == nil {
			err = db.Ping()
			db.Close()
		}
		if err == nil {
			return dsn, nil
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logf.Name())
			return "", fmt.Errorf("postgres did not start: %v\n%s", err, log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop stops the cluster DSN started, if any, and removes its files: call it from
// TestMain after m.Run.
func Stop() {
	if pg.cmd != nil && pg.cmd.Process != nil {
		_ = pg.cmd.Process.Signal(syscall.SIGINT) // fast shutdown
		done := make(chan struct{})
		go func() { _ = pg.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = pg.cmd.Process.Kill()
		}
	}
	if pg.dir != "" {
		_ = os.RemoveAll(pg.dir)
	}
}

// withDatabase returns dsn with its database replaced by name.
func withDatabase(dsn, name string) string {
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		u.Path = "/" + name
		return u.String()
	}
	return dsn + " dbname=" + name
}

// DSN returns the DSN of a fresh database for t (its name starts with prefix), dropped
// when t ends. It skips t when no server is available, unless CI=true where it fails.
func DSN(t testing.TB, prefix string) string {
	t.Helper()
	pg.once.Do(func() { pg.admin, pg.err = startPostgres() })
	if pg.err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL tests must run in CI: %v", pg.err)
		}
		t.Skipf("skipping PostgreSQL test: %v", pg.err)
	}
	pg.mu.Lock()
	pg.counter++
	name := fmt.Sprintf("%s_%d_%d", prefix, os.Getpid(), pg.counter)
	pg.mu.Unlock()
	admin, err := sql.Open("pgx", pg.admin)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", pg.admin)
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_, _ = db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	return withDatabase(pg.admin, name)
}
