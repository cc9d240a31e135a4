// Package conformance is the test suite every executor passes. An executor's
// tests call Run with a factory and the conformance test app built for that
// executor (BuildGo builds it from source, once per test binary).
package conformance

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocolabs/poco/executor"
)

// TestAppPkg is the import path of the app the suite runs.
const TestAppPkg = "github.com/pocolabs/poco/executor/conformance/testapp"

// Apps are the paths of the apps the suite runs, built for the executor.
type Apps struct {
	TestApp string // TestAppPkg built for the executor

	// StopMargin is how long past its limit, or past its cancellation, a run may take
	// to be stopped (0: Margin). An executor that stops its runs through another
	// process (a container engine's API) may need more on a loaded machine.
	StopMargin time.Duration
}

// Margin is how long past its limit a run may take to be stopped, by default.
const Margin = time.Second

func (a Apps) stopMargin() time.Duration {
	if a.StopMargin > 0 {
		return a.StopMargin
	}
	return Margin
}

// Run runs the suite against the executor newExec returns.
func Run(t *testing.T, newExec func(t *testing.T) executor.Executor, apps Apps) {
	h := &harness{newExec: newExec, apps: apps}

	t.Run("exit code 0 is reported", func(t *testing.T) {
		res := h.run(t, nil, executor.Limits{}, "exit", "0")
		if !res.OK() {
			t.Fatalf("got exit %d err %v, want a successful run", res.ExitCode, res.Err)
		}
	})
	t.Run("non-zero exit codes propagate", func(t *testing.T) {
		for _, code := range []int{1, 7, 42} {
			res := h.run(t, nil, executor.Limits{}, "exit", fmt.Sprint(code))
			if res.ExitCode != code || res.Err != nil {
				t.Errorf("got exit %d err %v, want exit %d and no error", res.ExitCode, res.Err, code)
			}
		}
	})
	t.Run("stdout and stderr are captured", func(t *testing.T) {
		res := h.run(t, nil, executor.Limits{}, "echo", "to-stdout", "to-stderr")
		if string(res.Stdout) != "to-stdout" || string(res.Stderr) != "to-stderr" {
			t.Fatalf("got stdout %q stderr %q, want %q and %q", res.Stdout, res.Stderr, "to-stdout", "to-stderr")
		}
		if res.StdoutTruncated || res.StderrTruncated {
			t.Fatalf("got truncated flags on short output")
		}
	})
	t.Run("stdout beyond the cap is truncated, not failed", func(t *testing.T) {
		res := h.run(t, nil, executor.Limits{}, "spam", fmt.Sprint(3*executor.OutputCap))
		if !res.OK() || len(res.Stdout) != executor.OutputCap || !res.StdoutTruncated {
			t.Fatalf("got ok=%v len(stdout)=%d truncated=%v, want ok, %d, true", res.OK(), len(res.Stdout), res.StdoutTruncated, executor.OutputCap)
		}
	})
	t.Run("environment and args are visible to the app", func(t *testing.T) {
		var spec executor.Spec
		res := h.run(t, func(s *executor.Spec) { spec = *s }, executor.Limits{}, "env", "a b", "c")
		out := string(res.Stdout)
		if !res.OK() {
			t.Fatalf("run failed: exit %d err %v stderr %s", res.ExitCode, res.Err, res.Stderr)
		}
		want := []string{
			"args=a b,c\n",
			"IEXEC_TASK_ID=" + spec.TaskID + "\n",
			"IEXEC_DEAL_ID=" + spec.DealID + "\n",
			"IEXEC_BAG_SIZE=3\n", "IEXEC_BAG_INDEX=2\n",
			"IEXEC_INPUT_FILES_NUMBER=2\n",
			"IEXEC_INPUT_FILE_NAME_1=in1.txt\n", "IEXEC_INPUT_FILE_NAME_2=in2.txt\n",
			"IEXEC_DATASET_FILENAME=dataset.bin\n",
			"IEXEC_IN=", "IEXEC_OUT=",
			`input1="first input" err=<nil>`,
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("app output lacks %q; got:\n%s", w, out)
			}
		}
	})
	t.Run("inputs are read-only", func(t *testing.T) {
		if !h.caps(t).ReadOnlyInput {
			t.Skip("executor does not enforce read-only inputs (see its Capabilities and package doc)")
		}
		var spec executor.Spec
		res := h.run(t, func(s *executor.Spec) { spec = *s }, executor.Limits{}, "writein")
		if !res.OK() || !strings.Contains(string(res.Stdout), "write-denied") {
			t.Fatalf("got exit %d err %v stdout %q, want the app's writes denied", res.ExitCode, res.Err, res.Stdout)
		}
		if _, err := os.Stat(filepath.Join(spec.InputDir, "intruder.txt")); err == nil {
			t.Fatal("a file appeared in the input folder")
		}
		if b, _ := os.ReadFile(filepath.Join(spec.InputDir, "in1.txt")); string(b) != "first input" {
			t.Fatalf("input file changed to %q", b)
		}
	})
	t.Run("output files are collected", func(t *testing.T) {
		var spec executor.Spec
		res := h.run(t, func(s *executor.Spec) { spec = *s }, executor.Limits{OutputBytes: 100}, "writeout", "result.txt", "100")
		if !res.OK() {
			t.Fatalf("run failed: exit %d err %v stderr %s", res.ExitCode, res.Err, res.Stderr)
		}
		b, err := os.ReadFile(filepath.Join(spec.OutputDir, "result.txt"))
		if err != nil || len(b) != 100 {
			t.Fatalf("got %d bytes, err %v; want 100 bytes in the output folder", len(b), err)
		}
	})
	t.Run("output larger than the limit fails the run", func(t *testing.T) {
		res := h.run(t, nil, executor.Limits{OutputBytes: 100}, "writeout", "result.txt", "101")
		if !errors.Is(res.Err, executor.ErrOutputTooLarge) {
			t.Fatalf("got err %v, want ErrOutputTooLarge", res.Err)
		}
	})
	t.Run("time limit stops an infinite loop", func(t *testing.T) {
		limit := 300 * time.Millisecond
		res := h.run(t, nil, executor.Limits{Time: limit}, "loop")
		if !errors.Is(res.Err, executor.ErrTimeout) {
			t.Fatalf("got exit %d err %v, want ErrTimeout", res.ExitCode, res.Err)
		}
		if margin := h.apps.stopMargin(); res.Duration < limit || res.Duration > limit+margin {
			t.Fatalf("stopped after %v, want between %v and %v", res.Duration, limit, limit+margin)
		}
		t.Logf("limit %v: stopped after %v", limit, res.Duration)
	})
	t.Run("memory limit stops an allocation bomb", func(t *testing.T) {
		caps := h.caps(t)
		if !caps.MemoryLimit {
			t.Skip("executor does not enforce memory limits (see its Capabilities and package doc)")
		}
		res := h.run(t, nil, executor.Limits{MemoryBytes: 64 << 20, Time: 20 * time.Second}, "alloc", "1024")
		if res.OK() || strings.Contains(string(res.Stdout), "allocated") {
			t.Fatalf("got exit %d err %v stdout %q, want the app stopped", res.ExitCode, res.Err, res.Stdout)
		}
		if caps.ReportsMemoryLimit && !errors.Is(res.Err, executor.ErrMemoryLimit) {
			t.Fatalf("got exit %d err %v, want ErrMemoryLimit", res.ExitCode, res.Err)
		}
		// Within the limit the same app succeeds.
		res = h.run(t, nil, executor.Limits{MemoryBytes: 256 << 20}, "alloc", "16")
		if !res.OK() {
			t.Fatalf("16 MiB under a 256 MiB limit: got exit %d err %v stderr %s", res.ExitCode, res.Err, res.Stderr)
		}
	})
	t.Run("cancellation stops a run promptly", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		after := 200 * time.Millisecond
		timer := time.AfterFunc(after, cancel)
		defer timer.Stop()
		res := h.runCtx(t, ctx, nil, executor.Limits{Time: time.Minute}, "loop")
		if !errors.Is(res.Err, executor.ErrCanceled) {
			t.Fatalf("got exit %d err %v, want ErrCanceled", res.ExitCode, res.Err)
		}
		if margin := h.apps.stopMargin(); res.Duration > after+margin {
			t.Fatalf("stopped after %v, want under %v", res.Duration, after+margin)
		}
	})
	t.Run("a missing app is ErrBadApp", func(t *testing.T) {
		e := h.newExec(t)
		spec := h.spec(t, "exit", "0")
		spec.App.Path = filepath.Join(t.TempDir(), "no-such-app")
		if _, err := e.Run(context.Background(), spec); !errors.Is(err, executor.ErrBadApp) {
			t.Fatalf("got %v, want ErrBadApp", err)
		}
	})
	t.Run("an invalid spec is ErrInvalidSpec", func(t *testing.T) {
		e := h.newExec(t)
		spec := h.spec(t, "exit", "0")
		spec.InputFiles = []string{"../escape"}
		if _, err := e.Run(context.Background(), spec); !errors.Is(err, executor.ErrInvalidSpec) {
			t.Fatalf("got %v, want ErrInvalidSpec", err)
		}
	})
	t.Run("concurrent runs are independent", func(t *testing.T) {
		e := h.newExec(t)
		var wg sync.WaitGroup
		for code := range 4 {
			wg.Go(func() {
				spec := h.spec(t, "exit", fmt.Sprint(code))
				res, err := e.Run(context.Background(), spec)
				if err != nil || res.ExitCode != code {
					t.Errorf("run %d: got exit %d err %v", code, res.ExitCode, err)
				}
			})
		}
		wg.Wait()
	})
}

type harness struct {
	newExec func(t *testing.T) executor.Executor
	apps    Apps
}

func (h *harness) caps(t *testing.T) executor.Capabilities { return h.newExec(t).Capabilities() }

// spec builds a valid spec with two input files and a dataset.
func (h *harness) spec(t *testing.T, args ...string) executor.Spec {
	in, out := t.TempDir(), t.TempDir()
	for name, content := range map[string]string{"in1.txt": "first input", "in2.txt": "second", "dataset.bin": "dataset bytes"} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return executor.Spec{
		TaskID:      "0x" + strings.Repeat("ab", 32),
		DealID:      "0x" + strings.Repeat("cd", 32),
		BagSize:     3,
		Index:       2,
		Args:        args,
		InputDir:    in,
		OutputDir:   out,
		InputFiles:  []string{"in1.txt", "in2.txt"},
		DatasetFile: "dataset.bin",
		Limits:      executor.Limits{Time: 30 * time.Second},
		App:         executor.AppRef{Path: h.apps.TestApp},
	}
}

func (h *harness) run(t *testing.T, edit func(*executor.Spec), l executor.Limits, args ...string) executor.Result {
	return h.runCtx(t, context.Background(), edit, l, args...)
}

func (h *harness) runCtx(t *testing.T, ctx context.Context, edit func(*executor.Spec), l executor.Limits, args ...string) executor.Result {
	t.Helper()
	spec := h.spec(t, args...)
	if l.Time == 0 {
		l.Time = spec.Limits.Time
	}
	spec.Limits = l
	if edit != nil {
		edit(&spec)
	}
	res, err := h.newExec(t).Run(ctx, spec)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

var builds struct {
	sync.Mutex
	dir   string
	paths map[string]string
}

// BuildGo builds the Go package pkg for goos/goarch ("" for the host) once
// per test binary and returns the binary's path. Call Cleanup from TestMain
// to remove the builds.
func BuildGo(t testing.TB, pkg, goos, goarch string) string {
	t.Helper()
	builds.Lock()
	defer builds.Unlock()
	key := pkg + "@" + goos + "/" + goarch
	if p, ok := builds.paths[key]; ok {
		return p
	}
	if builds.dir == "" {
		dir, err := os.MkdirTemp("", "poco-executor-apps-")
		if err != nil {
			t.Fatal(err)
		}
		builds.dir, builds.paths = dir, map[string]string{}
	}
	out := filepath.Join(builds.dir, fmt.Sprintf("%s-%s-%s-%d", filepath.Base(pkg), goos, goarch, len(builds.paths)))
	if goos == "wasip1" {
		out += ".wasm"
	}
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Env = os.Environ()
	if goos != "" {
		cmd.Env = append(cmd.Env, "GOOS="+goos, "GOARCH="+goarch)
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s for %s/%s: %v\n%s", pkg, goos, goarch, err, b)
	}
	builds.paths[key] = out
	return out
}

// Cleanup removes what BuildGo built.
func Cleanup() {
	builds.Lock()
	defer builds.Unlock()
	if builds.dir != "" {
		os.RemoveAll(builds.dir)
		builds.dir, builds.paths = "", nil
	}
}
