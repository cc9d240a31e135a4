package sms

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pocolabs/poco/internal/pgtest"
)

// The PostgreSQL tests get a database of their own from internal/pgtest (a server of
// POCO_TEST_POSTGRES_DSN, else a throwaway cluster); without a server they are skipped,
// except in CI (CI=true) where they fail.

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.Stop()
	os.Exit(code)
}

func postgresDSN(t testing.TB) string { return pgtest.DSN(t, "poco_sms") }

// storeKinds are the stores every store test runs against.
var storeKinds = []struct {
	name string
	dsn  func(t testing.TB) string
}{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "sms.db") }},
	{"postgres", postgresDSN},
}

func openTestStore(t testing.TB, dsn string) Store {
	t.Helper()
	s, err := OpenStore(context.Background(), dsn)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
