package wasm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pocolabs/poco/executor"
)

// runsOf is how many runs r's compilation and its interpreter twin's began,
// over every module each holds.
func runsOf(r *runtime) (compiled, interpreted int64) {
	r.mu.Lock()
	for _, c := range r.modules {
		compiled += c.runs.Load()
	}
	tier := r.tier
	r.mu.Unlock()
	if tier != nil {
		tier.mu.Lock()
		for _, c := range tier.modules {
			interpreted += c.runs.Load()
		}
		tier.mu.Unlock()
	}
	return compiled, interpreted
}

// interpretedModule is the one module r's interpreter twin holds (nil: none).
func interpretedModule(t *testing.T, r *runtime) *compilation {
	t.Helper()
	r.mu.Lock()
	tier := r.tier
	r.mu.Unlock()
	if tier == nil {
		return nil
	}
	tier.mu.Lock()
	defer tier.mu.Unlock()
	if len(tier.modules) > 1 {
		t.Fatalf("the interpreter holds %d modules, want at most 1", len(tier.modules))
	}
	for _, c := range tier.modules {
		return c
	}
	return nil
}

// closedAfterUse reports whether c is retired with no run left on it (its
// module closed).
func closedAfterUse(c *compilation) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.retired && c.active == 0
}

// While a module compiles, its runs interpret it: the hello app prints and
// writes the same bytes as compiled, a runaway loop is still stopped at its
// time limit, and once the compilation has ended the runs use the compiled
// module. With WaitForCompiler, runs never interpret.
func TestRunsInterpretWhileTheModuleCompiles(t *testing.T) {
	hold := make(chan struct{})
	e := newExecutor(t, Options{holdCompile: hold})
	app := hello(t)
	output := func(e *Executor) []byte {
		t.Helper()
		s := helloSpec(t, app, 7)
		res, err := e.Run(context.Background(), s)
		if err != nil || !res.OK() {
			t.Fatalf("run: %v %v %s", err, res.Err, res.Stderr)
		}
		result, _ := os.ReadFile(filepath.Join(s.OutputDir, "result.txt"))
		return cat(res.Stdout, []byte{0}, result)
	}
	interpreted := output(e)
	r := e.runtimes[memoryPages(helloSpec(t, app, 7).Limits.MemoryBytes)]
	if c, i := runsOf(r); c != 0 || i != 1 {
		t.Fatalf("with the compilation held: %d compiled runs, %d interpreted; want 0 and 1", c, i)
	}
	tc := interpretedModule(t, r)

	// The stop checks work in the interpreter too; a run stopped at its time
	// limit there is run again compiled (compiled here by the run itself: the
	// background compilation is held), which the limit stops as well.
	loop := spec(t, writeModule(t, module(loopForever)))
	loop.Limits.Time = 100 * time.Millisecond
	start := time.Now()
	res, err := e.Run(context.Background(), loop)
	if err != nil || !errors.Is(res.Err, executor.ErrTimeout) {
		t.Fatalf("the endless loop, interpreted: %v, %v; want ErrTimeout", err, res.Err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("the endless loop was stopped after %v (limit 100 ms, twice)", took)
	}
	if c, i := runsOf(e.runtimes[memoryPages(0)]); c != 1 || i != 1 {
		t.Fatalf("the endless loop ran %d times compiled, %d interpreted; want 1 and 1", c, i)
	}

	close(hold)
	e.bg.Wait() // the compilations end
	compiled := output(e)
	// The interpreter's translation (~70 MB for a Go-built module) is dropped
	// once the compiled module is there.
	if c, i := runsOf(r); c != 1 || i != 0 || tc.runs.Load() != 1 || !closedAfterUse(tc) {
		t.Fatalf("after the compilation: %d compiled runs, %d interpreted (the translation retired: %v, its runs %d); want 1, 0, true, 1",
			c, i, closedAfterUse(tc), tc.runs.Load())
	}
	if !bytes.Equal(interpreted, compiled) {
		t.Fatalf("interpreted output %q, compiled %q", interpreted, compiled)
	}

	w := newExecutor(t, Options{WaitForCompiler: true})
	if out := output(w); !bytes.Equal(out, compiled) {
		t.Fatalf("output waiting for the compiler %q, want %q", out, compiled)
	}
	if c, i := runsOf(w.runtimes[memoryPages(helloSpec(t, app, 7).Limits.MemoryBytes)]); c != 1 || i != 0 {
		t.Fatalf("with WaitForCompiler: %d compiled runs, %d interpreted; want 1 and 0", c, i)
	}
}

// A bad module is refused the same way whichever engine meets it first.
func TestBadModuleIsRefusedWhileCompiling(t *testing.T) {
	hold := make(chan struct{})
	e := newExecutor(t, Options{holdCompile: hold})
	bad := writeModule(t, []byte("\x00asm\x01\x00\x00\x00\x01\x05garbage"))
	_, err := e.Run(context.Background(), spec(t, bad))
	if !errors.Is(err, executor.ErrBadApp) {
		t.Fatalf("interpreted: %v, want ErrBadApp", err)
	}
	close(hold)
	e.bg.Wait()
	if _, err := e.Run(context.Background(), spec(t, bad)); !errors.Is(err, executor.ErrBadApp) {
		t.Fatalf("compiled: %v, want ErrBadApp", err)
	}
}

// A run the interpreter is still on when its module's compilation ends is
// run again from the start on the compiled module, within the same time
// limit: a long task is not left to the slower engine.
func TestInterpretedRunMovesToTheCompiledModule(t *testing.T) {
	hold := make(chan struct{})
	e := newExecutor(t, Options{holdCompile: hold})
	// 300 million loop iterations: seconds interpreted, a fraction of that compiled.
	count := cat([]byte{0x03, 0x40, 0x20, 0}, i32(1), []byte{0x6a, 0x22, 0}, i32(300_000_000), []byte{0x49, 0x0d, 0, 0x0b})
	s := spec(t, writeModule(t, module(count)))
	s.Limits.Time = time.Minute
	r, err := e.runtime(context.Background(), memoryPages(0))
	if err != nil {
		t.Fatal(err)
	}
	type ended struct {
		res executor.Result
		err error
	}
	out := make(chan ended, 1)
	go func() {
		res, err := e.Run(context.Background(), s)
		out <- ended{res, err}
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if _, i := runsOf(r); i == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the run did not start in the interpreter")
		}
	}
	tc := interpretedModule(t, r)
	close(hold) // the compilation ends: the interpreted run stops and starts over compiled
	got := <-out
	if got.err != nil || !got.res.OK() {
		t.Fatalf("run: %v, %+v", got.err, got.res)
	}
	if c, _ := runsOf(r); c != 1 || tc.runs.Load() != 1 {
		t.Fatalf("%d compiled runs, %d interpreted; want 1 and 1 (moved to the compiled module)", c, tc.runs.Load())
	}
	// The translation was retired while its run was on it, and closed when
	// the run left it.
	if !closedAfterUse(tc) {
		t.Fatal("the interpreter's translation is still open after its last run")
	}
}

// A replicated task's run never interprets: its result is compared with other
// workers', and the two engines may differ in a NaN's bits.
func TestReplicatedRunWaitsForTheCompiler(t *testing.T) {
	hold := make(chan struct{}) // never released: only a background compilation would wait on it
	e := newExecutor(t, Options{holdCompile: hold})
	app := hello(t)
	s := helloSpec(t, app, 7)
	s.Replicated = true
	res, err := e.Run(context.Background(), s)
	if err != nil || !res.OK() {
		t.Fatalf("run: %v %v %s", err, res.Err, res.Stderr)
	}
	r := e.runtimes[memoryPages(s.Limits.MemoryBytes)]
	if c, i := runsOf(r); c != 1 || i != 0 || r.tier != nil {
		t.Fatalf("a replicated task: %d compiled runs, %d interpreted, interpreter made: %v; want 1, 0, false", c, i, r.tier != nil)
	}
}

// A translation that ends after its module's compilation did (a disk-cache
// load slower than compileGrace, or a compilation shorter than the
// translation) is not kept until Close: its run takes the compiled module,
// and the interpreter holds nothing.
func TestATranslationEndingAfterTheCompilationIsDropped(t *testing.T) {
	hold, translate := make(chan struct{}), make(chan struct{})
	e := newExecutor(t, Options{holdCompile: hold, holdTranslate: translate})
	s := helloSpec(t, hello(t), 7)
	r, err := e.runtime(context.Background(), memoryPages(s.Limits.MemoryBytes))
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan error, 1)
	go func() {
		res, err := e.Run(context.Background(), s)
		if err == nil && !res.OK() {
			err = fmt.Errorf("run: %v %s", res.Err, res.Stderr)
		}
		out <- err
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		r.mu.Lock()
		translating := r.tier != nil
		r.mu.Unlock()
		if translating {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the run did not turn to the interpreter")
		}
	}
	close(hold)
	e.bg.Wait() // compiled while the translation is held
	close(translate)
	if err := <-out; err != nil {
		t.Fatal(err)
	}
	if c, i := runsOf(r); c != 1 || i != 0 || interpretedModule(t, r) != nil {
		t.Fatalf("%d compiled runs, %d interpreted, translation kept: %v; want 1, 0, false", c, i, interpretedModule(t, r) != nil)
	}
}
