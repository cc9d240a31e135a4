package wasm

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/conformance"
)

func TestMain(m *testing.M) {
	code := m.Run()
	conformance.Cleanup()
	if helloDir != "" {
		os.RemoveAll(helloDir)
	}
	os.Exit(code)
}

func build(t testing.TB, pkg string) string {
	return conformance.BuildGo(t, pkg, "wasip1", "wasm")
}

func newExecutor(t testing.TB, opts Options) *Executor {
	e, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close(context.Background()) })
	return e
}

func TestConformance(t *testing.T) {
	cacheDir := t.TempDir()
	conformance.Run(t, func(t *testing.T) executor.Executor {
		return newExecutor(t, Options{CacheDir: cacheDir})
	}, conformance.Apps{TestApp: build(t, conformance.TestAppPkg)})
}

func spec(t testing.TB, app string, args ...string) executor.Spec {
	return executor.Spec{
		TaskID: "0x01", DealID: "0x02", BagSize: 1,
		Args: args, InputDir: t.TempDir(), OutputDir: t.TempDir(),
		Limits: executor.Limits{Time: 10 * time.Second},
		App:    executor.AppRef{Path: app},
	}
}

func TestRunsAreDeterministic(t *testing.T) {
	app := build(t, conformance.TestAppPkg)
	var outs [][]byte
	for range 2 { // fresh executors: nothing shared but the module file
		res, err := newExecutor(t, Options{}).Run(context.Background(), spec(t, app, "nondet"))
		if err != nil || !res.OK() {
			t.Fatalf("run: %v %v %s", err, res.Err, res.Stderr)
		}
		outs = append(outs, res.Stdout)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Fatalf("two runs printing time.Now and random numbers differ:\n%s\n%s", outs[0], outs[1])
	}
}

func TestDiskCacheServesANewExecutor(t *testing.T) {
	app := build(t, conformance.TestAppPkg)
	dir := t.TempDir()
	for i := range 2 {
		res, err := newExecutor(t, Options{CacheDir: dir}).Run(context.Background(), spec(t, app, "exit", "0"))
		if err != nil || !res.OK() {
			t.Fatalf("run %d: %v %v", i, err, res.Err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) == 0 {
			t.Fatalf("run %d: cache dir is empty", i)
		}
	}
}

func TestBadModuleIsErrBadApp(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.wasm")
	os.WriteFile(bad, []byte("not wasm"), 0o644)
	_, err := newExecutor(t, Options{}).Run(context.Background(), spec(t, bad))
	if err == nil || !errors.Is(err, executor.ErrBadApp) {
		t.Fatalf("got %v, want ErrBadApp", err)
	}
	// a valid module that is not a WASI command (no _start), run twice: the
	// second run finds it compiled
	e := newExecutor(t, Options{})
	noStart := writeModule(t, []byte{0, 'a', 's', 'm', 1, 0, 0, 0})
	for i := range 2 {
		if _, err := e.Run(context.Background(), spec(t, noStart)); !errors.Is(err, executor.ErrBadApp) {
			t.Fatalf("run %d of a module without _start: got %v, want ErrBadApp", i, err)
		}
	}
}

// BenchmarkWasmTrivialRun measures a run of an app that exits at once: the
// executor's overhead per task. warm: module compiled in memory; disk: a new
// executor per run finding the module in the disk cache; cold: no cache.
func BenchmarkWasmTrivialRun(b *testing.B) {
	app := build(b, conformance.TestAppPkg)
	s := spec(b, app, "exit", "0")
	run := func(b *testing.B, e *Executor) {
		res, err := e.Run(context.Background(), s)
		if err != nil || !res.OK() {
			b.Fatal(err, res.Err)
		}
	}
	b.Run("warm", func(b *testing.B) {
		e := newExecutor(b, Options{})
		run(b, e)
		for b.Loop() {
			run(b, e)
		}
	})
	b.Run("warm-no-checks", func(b *testing.B) { // what the runaway checks cost
		e := newExecutor(b, Options{checks: noChecks})
		run(b, e)
		for b.Loop() {
			run(b, e)
		}
	})
	b.Run("disk", func(b *testing.B) {
		dir := b.TempDir()
		run(b, newExecutor(b, Options{CacheDir: dir}))
		for b.Loop() {
			e, _ := New(Options{CacheDir: dir})
			run(b, e)
			e.Close(context.Background())
		}
	})
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			e, _ := New(Options{})
			run(b, e)
			e.Close(context.Background())
		}
	})
}

// BenchmarkWasmCompute measures what the checks that stop runaway modules
// cost a CPU-bound app: the module's own (addStopChecks, the default),
// wazero's (WithCloseOnContextDone), none.
func BenchmarkWasmCompute(b *testing.B) {
	app := build(b, conformance.TestAppPkg)
	s := spec(b, app, "spin", "50000000")
	for _, c := range []struct {
		name string
		opts Options
	}{{"stop-checks", Options{}}, {"wazero-checks", Options{checks: wazeroChecks}}, {"no-checks", Options{checks: noChecks}}} {
		b.Run(c.name, func(b *testing.B) {
			e := newExecutor(b, c.opts)
			if err := e.Prepare(context.Background(), s.App, s.Limits); err != nil { // compiled outside the loop
				b.Fatal(err)
			}
			for b.Loop() {
				if res, err := e.Run(context.Background(), s); err != nil || !res.OK() {
					b.Fatal(err, res.Err)
				}
			}
		})
	}
}

func TestExamples(t *testing.T) {
	conformance.RunExamples(t, newExecutor(t, Options{}), build(t, conformance.HelloPkg), build(t, conformance.DatasetPkg),
		func(string) string { return executor.GuestOutputDir })
}

// TestNoLinksOutOfTheFolders: an app cannot reach a file beside its
// folders through a symbolic link it makes in them (testdata/escape);
// before outputFS, it read the file through a link in its output folder.
func TestNoLinksOutOfTheFolders(t *testing.T) {
	app := build(t, "github.com/pocolabs/poco/executor/wasm/testdata/escape")
	e := newExecutor(t, Options{})
	base := t.TempDir()
	s := spec(t, app)
	s.InputDir, s.OutputDir = filepath.Join(base, "in"), filepath.Join(base, "out")
	const secret = "another task's result"
	for _, err := range []error{os.Mkdir(s.InputDir, 0o755), os.Mkdir(s.OutputDir, 0o755), os.WriteFile(filepath.Join(base, "secret.txt"), []byte(secret), 0o644)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	res, err := e.Run(context.Background(), s)
	if err != nil || !res.OK() {
		t.Fatalf("run: %v %v %s", err, res.Err, res.Stderr)
	}
	if bytes.Contains(res.Stdout, []byte(secret)) {
		t.Fatalf("the app read a file outside its folders:\n%s", res.Stdout)
	}
	for _, dir := range []string{s.InputDir, s.OutputDir} {
		if _, err := os.Lstat(filepath.Join(dir, "link")); !os.IsNotExist(err) {
			t.Fatalf("a link was made in %s (%v):\n%s", dir, err, res.Stdout)
		}
	}
	t.Logf("%s", res.Stdout)
}
