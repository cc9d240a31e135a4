package process

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/conformance"
)

func TestMain(m *testing.M) {
	code := m.Run()
	conformance.Cleanup()
	os.Exit(code)
}

func TestConformance(t *testing.T) {
	conformance.Run(t, func(*testing.T) executor.Executor { return New() },
		conformance.Apps{TestApp: conformance.BuildGo(t, conformance.TestAppPkg, "", "")})
}

func TestReadOnlyModesAreRestored(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "sub", "f.txt")
	os.MkdirAll(filepath.Dir(f), 0o750)
	os.WriteFile(f, []byte("x"), 0o640)
	restore, err := makeReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(f); fi.Mode().Perm() != 0o444 {
		t.Fatalf("during the run: got mode %v, want 0444", fi.Mode().Perm())
	}
	restore()
	for path, want := range map[string]os.FileMode{f: 0o640, filepath.Dir(f): 0o750} {
		if fi, _ := os.Stat(path); fi.Mode().Perm() != want {
			t.Errorf("%s: got mode %v after restore, want %v", path, fi.Mode().Perm(), want)
		}
	}
}

func TestExamples(t *testing.T) {
	conformance.RunExamples(t, New(),
		conformance.BuildGo(t, conformance.HelloPkg, "", ""), conformance.BuildGo(t, conformance.DatasetPkg, "", ""),
		func(host string) string { return host })
}
