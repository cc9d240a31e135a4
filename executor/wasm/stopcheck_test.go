package wasm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/conformance"
)

// loopForever is a function body that never ends by itself; loopOnce
// goes through its loop once and returns.
var (
	loopForever = []byte{0x03, 0x40, 0x0c, 0, 0x0b}
	loopOnce    = cat([]byte{0x03, 0x40}, i32(1), []byte{0x1a}, i32(0), []byte{0x0d, 0, 0x0b})
)

// bare is a module with one function, exported as "run" and as _start,
// whose body (no locals) is body, and a memory: no imports nor globals, so
// that addStopChecks has to add the global section; exports false leaves
// out the export section too.
func bare(body []byte, exports bool) []byte {
	code := cat([]byte{0}, body, []byte{0x0b})
	m := cat([]byte{0, 'a', 's', 'm', 1, 0, 0, 0},
		section(1, vec([]byte{0x60, 0, 0})...),
		section(3, vec([]byte{0})...),
		section(5, vec([]byte{0, 1})...))
	if exports {
		m = append(m, section(7, vec(cat(name("run"), []byte{0, 0}), cat(name("_start"), []byte{0, 0}))...)...)
	}
	return append(m, section(10, vec(cat(binary.AppendUvarint(nil, uint64(len(code))), code))...)...)
}

// TestStopChecksStopLoops rewrites modules of every section layout and
// checks, in wazero without its own context checks, that the rewritten
// module still compiles, runs as before while the stop global is 0, and
// traps at its next loop iteration once the global is set from another
// goroutine.
func TestStopChecksStopLoops(t *testing.T) {
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCloseOnContextDone(false))
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	for _, c := range []struct {
		name string
		code func(body []byte) []byte
		fn   string
	}{
		{"globals and exports", func(b []byte) []byte { return module(b) }, "_start"},
		{"no globals", func(b []byte) []byte { return bare(b, true) }, "run"},
		{"no globals nor exports", func(b []byte) []byte { return bare(b, false) }, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, body := range [][]byte{loopOnce, loopForever} {
				code, ok := addStopChecks(c.code(body))
				if !ok {
					t.Fatal("addStopChecks refused a module it knows")
				}
				mod, err := rt.InstantiateWithConfig(ctx, code, wazero.NewModuleConfig().WithName("").WithStartFunctions())
				if err != nil {
					t.Fatalf("the rewritten module does not instantiate: %v", err)
				}
				g, ok := mod.ExportedGlobal(stopExport).(api.MutableGlobal)
				if !ok || g.Get() != 0 {
					t.Fatalf("no stop global exported (%v), or not 0", ok)
				}
				if c.fn == "" { // nothing to call: the layout compiled and has its global
					mod.Close(ctx)
					return
				}
				if bytes.Equal(body, loopForever) {
					time.AfterFunc(20*time.Millisecond, func() { g.Set(1) })
				}
				_, err = mod.ExportedFunction(c.fn).Call(ctx)
				mod.Close(ctx)
				if bytes.Equal(body, loopForever) {
					if err == nil || !strings.Contains(err.Error(), "unreachable") {
						t.Fatalf("the endless loop ended with %v, want the stop check's trap", err)
					}
				} else if err != nil {
					t.Fatalf("a loop that ends: %v", err)
				}
			}
		})
	}
}

// TestStopChecksRefuse: modules the rewrite is not sure of are left as they
// are, and the executor still stops them (wazero's checks) or still refuses
// them.
func TestStopChecksRefuse(t *testing.T) {
	withStart := module(loopOnce) // a start section (id 8) naming _start's function: it runs twice
	secs, _ := sections(withStart)
	for _, s := range secs {
		if s.id == 10 {
			withStart = cat(withStart[:s.at], section(8, 1), withStart[s.at:])
		}
	}
	for _, c := range []struct {
		name string
		code []byte
		want func(executor.Result, error) bool
	}{
		{"start function", withStart, returns},
		{"simd", module(cat(loopForever[:2], []byte{0xfd, 12}, make([]byte, 16), []byte{0x1a}, loopForever[2:])), timesOut},
		{"global beyond the module's", module(cat([]byte{0x23, 1, 0x1a}, loopForever)), refused},
		{"no memory", bytes.Replace(bare(loopForever, true), section(5, vec([]byte{0, 1})...), nil, 1), timesOut},
		{"export named like the stop global", func() []byte {
			m := module(loopForever)
			secs, _ := sections(m)
			for _, s := range secs {
				if s.id == 7 {
					exports := section(7, vec(cat(name("_start"), []byte{0, 1}), cat(name(stopExport), []byte{2, 0}))...)
					m = cat(m[:s.at], exports, m[s.at+len(s.raw):])
				}
			}
			return m
		}(), timesOut},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, ok := addStopChecks(c.code); ok {
				t.Fatal("addStopChecks rewrote a module it should leave alone")
			}
			e := newExecutor(t, Options{})
			s := spec(t, writeModule(t, c.code))
			s.Limits.Time = 100 * time.Millisecond
			if res, err := e.Run(context.Background(), s); !c.want(res, err) {
				t.Fatalf("the module without stop checks ended with %v, exit %d, %v", err, res.ExitCode, res.Err)
			}
		})
	}
}

func returns(r executor.Result, err error) bool { return err == nil && r.OK() }

func timesOut(r executor.Result, err error) bool {
	return err == nil && errors.Is(r.Err, executor.ErrTimeout)
}

func refused(_ executor.Result, err error) bool { return errors.Is(err, executor.ErrBadApp) }

// TestGoModulesGetStopChecks: the Go toolchain's modules are rewritten, and
// an endless Go loop is stopped through the stop global, by the time limit
// and by the caller's cancellation.
func TestGoModulesGetStopChecks(t *testing.T) {
	app := build(t, conformance.TestAppPkg)
	e := newExecutor(t, Options{})
	s := spec(t, app, "loop")
	s.Limits.Time = 200 * time.Millisecond
	res, err := e.Run(context.Background(), s)
	if err != nil || !errors.Is(res.Err, executor.ErrTimeout) || res.ExitCode != -1 {
		t.Fatalf("endless loop: %v, exit %d, %v; want ErrTimeout", err, res.ExitCode, res.Err)
	}
	s.Limits.Time = 0
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	if res, err = e.Run(ctx, s); err != nil || !errors.Is(res.Err, executor.ErrCanceled) {
		t.Fatalf("canceled endless loop: %v, %v; want ErrCanceled", err, res.Err)
	}
	r, err := e.runtime(context.Background(), memoryPages(0))
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.compiled(context.Background(), r, app)
	if err != nil || !c.stoppable {
		t.Fatalf("the Go test app was not given stop checks (%v): it ran under wazero's", err)
	}
	if _, ok := addStopChecks(packData(mustRead(t, hello(t)))); !ok {
		t.Fatal("the hello app cannot be given stop checks")
	}
}

// TestStopChecksStopRecursion: a function without loops that calls itself
// twice, 60 deep (2^60 calls on a stack 60 deep), is stopped by the check
// at its entry; wazero's checks (loop heads only) would let it run.
func TestStopChecksStopRecursion(t *testing.T) {
	start := cat([]byte{0}, i32(60), []byte{0x10, 2, 0x0b}) // f(60)
	f := cat([]byte{0},                                     // no locals
		[]byte{0x20, 0, 0x45, 0x04, 0x40, 0x0f, 0x0b}, // if d == 0 { return }
		[]byte{0x20, 0}, i32(1), []byte{0x6b, 0x10, 2}, // f(d-1)
		[]byte{0x20, 0}, i32(1), []byte{0x6b, 0x10, 2}, // f(d-1)
		[]byte{0x0b})
	code := cat([]byte{0, 'a', 's', 'm', 1, 0, 0, 0},
		section(1, vec([]byte{0x60, 1, 0x7f, 0}, []byte{0x60, 0, 0})...), // (i32)->(), ()->()
		section(2, vec(cat(name("wasi_snapshot_preview1"), name("proc_exit"), []byte{0, 0}))...),
		section(3, vec([]byte{1}, []byte{0})...), // _start, f
		section(5, vec([]byte{0, 1})...),
		section(7, vec(cat(name("_start"), []byte{0, 1}))...),
		section(10, vec(cat(binary.AppendUvarint(nil, uint64(len(start))), start), cat(binary.AppendUvarint(nil, uint64(len(f))), f))...))
	if _, ok := addStopChecks(code); !ok {
		t.Fatal("addStopChecks refused the module")
	}
	s := spec(t, writeModule(t, code))
	s.Limits.Time = 100 * time.Millisecond
	if res, err := newExecutor(t, Options{}).Run(context.Background(), s); err != nil || !errors.Is(res.Err, executor.ErrTimeout) {
		t.Fatalf("endless recursion: %v, %v; want ErrTimeout", err, res.Err)
	}
}

// TestStopChecksYieldToGo runs endless loops with a single P: compiled wasm
// code cannot be preempted, so unless the guest calls out to Go now and
// then, the timer that ends the run never fires and the run never ends (the
// test then fails by its timeout).
func TestStopChecksYieldToGo(t *testing.T) {
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(1))
	e := newExecutor(t, Options{})
	for _, app := range []string{writeModule(t, module(loopForever)), build(t, conformance.TestAppPkg)} {
		s := spec(t, app, "loop")
		s.Limits.Time = 100 * time.Millisecond
		res, err := e.Run(context.Background(), s)
		if err != nil || !errors.Is(res.Err, executor.ErrTimeout) {
			t.Fatalf("endless loop on one P: %v, %v; want ErrTimeout", err, res.Err)
		}
	}
}

func mustRead(t testing.TB, p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestHelloOutputIsPinned pins what the hello app writes for one task of
// the e2e bench (the files the worker's result digest is made of, and
// stdout) on a fresh executor, on the same executor run after run (reused
// memories), and under wazero's checks (the code as it was before the stop
// checks), so that no change to how the executor runs a module can change
// a task's result.
func TestHelloOutputIsPinned(t *testing.T) {
	app := hello(t)
	const want = "hello, bench-7\ntask 0x7 of deal 0x02, index 7 of 100\n"
	wantComputed := `{"deterministic-output-path":"/iexec_out/result.txt"}`
	digest := func(t *testing.T, e *Executor) [32]byte {
		t.Helper()
		s := helloSpec(t, app, 7)
		res, err := e.Run(context.Background(), s)
		if err != nil || !res.OK() {
			t.Fatalf("run: %v %v %s", err, res.Err, res.Stderr)
		}
		result, _ := os.ReadFile(filepath.Join(s.OutputDir, "result.txt"))
		computed, _ := os.ReadFile(filepath.Join(s.OutputDir, "computed.json"))
		if string(res.Stdout) != want || string(result) != want || string(computed) != wantComputed || len(res.Stderr) != 0 {
			t.Fatalf("hello wrote stdout %q, result.txt %q, computed.json %q, stderr %q", res.Stdout, result, computed, res.Stderr)
		}
		return sha256.Sum256(cat(res.Stdout, []byte{0}, result, []byte{0}, computed))
	}
	fresh := digest(t, newExecutor(t, Options{}))
	reused := newExecutor(t, Options{})
	for i := range 3 {
		if d := digest(t, reused); d != fresh {
			t.Fatalf("run %d on a reused executor differs from a fresh executor's", i)
		}
	}
	if d := digest(t, newExecutor(t, Options{checks: wazeroChecks})); d != fresh {
		t.Fatal("the run under wazero's checks differs from the run with stop checks")
	}
}

// TestRefusedRewriteFallsBackToTheModuleAsItCame: were the rewrite ever to
// make a valid module invalid, the executor compiles the module as it came,
// under wazero's checks, and the run's output is the same: a good app is
// never reported as a bad one because of the rewrite.
func TestRefusedRewriteFallsBackToTheModuleAsItCame(t *testing.T) {
	defer func(f func([]byte) ([]byte, bool)) { rewriteStopChecks = f }(rewriteStopChecks)
	rewriteStopChecks = func(code []byte) ([]byte, bool) {
		out, ok := addStopChecks(code)
		return append(out[:len(out):len(out)], 0x0a, 0x01), ok // a truncated extra code section: invalid
	}
	app := hello(t)
	e := newExecutor(t, Options{})
	s := helloSpec(t, app, 7)
	res, err := e.Run(context.Background(), s)
	if err != nil || !res.OK() {
		t.Fatalf("hello with a refused rewrite: %v %v %s; want it run as it came", err, res.Err, res.Stderr)
	}
	if want := "hello, bench-7\ntask 0x7 of deal 0x02, index 7 of 100\n"; string(res.Stdout) != want {
		t.Fatalf("hello wrote %q, want %q", res.Stdout, want)
	}
	r, err := e.runtime(context.Background(), memoryPages(0))
	if err != nil {
		t.Fatal(err)
	}
	c, err := e.compiled(context.Background(), r, app)
	if err != nil || c.stoppable {
		t.Fatalf("compiled: %v, stoppable %v; want the module as it came, under wazero's checks", err, c.stoppable)
	}
}

// TestLoopCostFollowsItsBody: a loop's check costs the budget in proportion
// to its body's length (nested blocks included), so that a module cannot
// stretch the work between two calls out to Go by making its loops long.
func TestLoopCostFollowsItsBody(t *testing.T) {
	for _, n := range []int{0, 10, 63, 64, 1000, 100_000} {
		// loop { block { (i32.const 1, drop) × n } br 0 }: body n×3 + 2 (block) + 1 (its end) + 2 (br) + 1 (end)
		inner := cat([]byte{0x02, 0x40}, bytes.Repeat([]byte{0x41, 1, 0x1a}, n), []byte{0x0b})
		body := cat([]byte{0x03, 0x40}, inner, []byte{0x0c, 0, 0x0b})
		code, ok := addStopChecks(module(body))
		if !ok {
			t.Fatalf("n=%d: addStopChecks refused the module", n)
		}
		at := bytes.Index(code, []byte{0x03, 0x40, 0x23})
		if at < 0 {
			t.Fatalf("n=%d: no check after the loop", n)
		}
		_, k := uleb(code[at+3:]) // the budget's index
		at += 3 + k
		if code[at] != 0x41 {
			t.Fatalf("n=%d: the check does not start with i32.const", n)
		}
		var cost int64
		for j := 4; j >= 0; j-- {
			cost = cost<<7 | int64(code[at+1+j]&0x7f)
		}
		if want := loopCost(len(inner) + 3); cost != want || (n >= 1000 && cost < 2) {
			t.Fatalf("n=%d: the loop costs %d per pass, want %d", n, cost, want)
		}
	}
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCloseOnContextDone(false))
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	long := cat([]byte{0x03, 0x40}, bytes.Repeat([]byte{0x41, 1, 0x1a}, 50_000), []byte{0x0c, 0, 0x0b})
	code, _ := addStopChecks(module(long))
	mod, err := rt.InstantiateWithConfig(ctx, code, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		t.Fatalf("the rewritten long loop does not instantiate: %v", err)
	}
	g := mod.ExportedGlobal(stopExport).(api.MutableGlobal)
	time.AfterFunc(20*time.Millisecond, func() { g.Set(1) })
	if _, err := mod.ExportedFunction("_start").Call(ctx); err == nil || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("the long endless loop ended with %v, want the stop check's trap", err)
	}
}
