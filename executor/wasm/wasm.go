// Package wasm is the default executor: it runs WebAssembly (WASI preview 1)
// modules in wazero, sandboxed and deterministic.
//
// Guarantees:
//   - no wall clock, no monotonic clock, no sleep and no random source from
//     the host: wazero's defaults give a fixed fake clock and a seeded
//     pseudo-random source (its stream given by fixedRand, the same bytes
//     at less cost), so two runs of a spec print the same bytes;
//   - no network and no files but the two folders: Spec.InputDir is mounted
//     read-only at /iexec_in, Spec.OutputDir read-write at /iexec_out, and
//     the guest cannot make symbolic links (outputFS: wazero would follow
//     them on the host, out of the folders);
//   - Limits.MemoryBytes caps the linear memory (rounded down to 64 KiB
//     pages, at least one); a run that ends abnormally with its memory within
//     an eighth of the cap reports ErrMemoryLimit;
//   - Limits.Time stops a runaway module within milliseconds: the module
//     is given a loop budget and a stop flag, checked at the head of every
//     loop (addStopChecks: a few instructions per iteration, and a call out
//     to Go every 65,536 units of budget (a tight loop's iteration is one, a
//     long body's proportionally more), where the flag is read and the
//     goroutine can be preempted), which the host raises when the run's
//     context ends; a module that cannot be rewritten with certainty runs
//     as it is under wazero's WithCloseOnContextDone instead (a call out to
//     Go at every loop iteration: 1.1 ms of a Go app's start);
//   - compiled modules are cached on disk (Options.CacheDir, shared between
//     executors and restarts) and in memory per executor, keyed by the
//     module's sha256; a module is compiled once per executor, however many
//     runs ask for it at once, and Prepare compiles one ahead of its first
//     task;
//   - a run does not wait for its module's compilation (about a second of
//     one core for a Go-built module): after a short grace (compileGrace,
//     time to load it from the disk cache) it runs the module in wazero's
//     interpreter, translated in a fraction of that time, while the
//     compilation goes on in the background for the later runs
//     (Options.WaitForCompiler turns this off); the same limits, folders
//     and memories apply (runaway loops are stopped by wazero's context
//     checks there, not the stop checks). Only a run that ends by itself
//     there is kept: one still running when the compilation ends, or that
//     traps or reaches its time limit, is run again on the compiled module
//     (run), so a task's result is the compiled module's and it takes at
//     most the compilation and its time limit, as when waiting; the
//     interpreter's translation is dropped once the module is compiled. A
//     replicated task (Spec.Replicated) always waits for the compiler: the
//     engines may differ in a NaN's bits, which an app could print to split
//     the workers that compare results;
//   - runs are isolated: each is a fresh instance (its own globals, tables,
//     memory contents, args, env, folders); on Linux the linear memories
//     are mappings reused from run to run (no allocation, no copy when the
//     memory grows), zeroed before reuse: every page a run wrote is
//     cleared or given back to the kernel (mempool_linux.go);
//   - a module's data segments are joined before compilation (packData),
//     which leaves its initial memory byte for byte as it was but spares
//     the Go toolchain's tens of thousands of segments at each
//     instantiation; on Linux they are then taken out of the module
//     (splitData) and its initial memory is mapped copy-on-write from a
//     file instead (memImage): a run copies only the pages it writes, and
//     a reused memory gets its image back by dropping its private pages.
package wasm

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/pocolabs/poco/executor"
)

const pageSize = 64 << 10

// Options configure an Executor.
type Options struct {
	// CacheDir holds compiled modules across executors and restarts; ""
	// keeps them in memory only.
	CacheDir string

	// CompileWorkers is how many goroutines compile a module's functions
	// (wazero's experimental.WithCompilationWorkers); 0 or 1: one, the
	// calling goroutine. More shorten a compilation's wall time (the hello
	// module: ~1.0 s → ~0.6 s with 2 on 2 cores) for a few percent more
	// CPU, but did not bring a cold pool's first results any earlier in
	// the e2e bench (docs/performance.md), so they are not the default.
	CompileWorkers int

	// WaitForCompiler makes a module's first runs wait for its compilation
	// (about a second of one core for a Go-built module). By default they
	// do not: until the compiled module is ready, runs interpret it in
	// wazero's interpreter (its translation takes about a seventh of the
	// compiler's time; a run of a Go app's start about 5× longer), so a
	// pool's first results of a new app come within a block rather than
	// after the compilation. The results are the same: both engines follow
	// the WebAssembly semantics, whose only freedom (the bits of a NaN) the
	// compiler already leaves to the machine it runs on, and a run that
	// traps, times out or is still running when the compilation ends is run
	// again compiled (see run).
	WaitForCompiler bool

	// checks chooses how runaway modules are stopped (tests and
	// benchmarks only; the zero value is the executor's choice).
	checks checkMode
	// holdCompile, when not nil, holds the compilations started in the
	// background until it is closed (tests: runs meanwhile interpret).
	holdCompile chan struct{}
	// holdTranslate, when not nil, holds the interpreter's translations
	// until it is closed (tests: the compilation ends meanwhile).
	holdTranslate chan struct{}
}

// checkMode is how a runtime stops runaway modules.
type checkMode int

const (
	stopChecks   checkMode = iota // the module's own loop checks (addStopChecks) where possible, else wazero's
	wazeroChecks                  // wazero's WithCloseOnContextDone for every module (what was done before)
	noChecks                      // none: Limits.Time is not enforced (benchmarks: what the checks cost)
)

// Executor runs wasm modules. It is safe for concurrent use.
type Executor struct {
	opts  Options
	cache wazero.CompilationCache
	mem   *memPool // linear memories reused across runs; nil: wazero's own

	mu       sync.Mutex
	runtimes map[uint32]*runtime // by memory limit in pages
	digests  map[string]fileDigest
	closed   bool           // Close was called: no compilation starts in the background
	bg       sync.WaitGroup // compilations started in the background (compiledForRun)
}

// runtime holds, for one memory limit, the wazero runtimes and the
// modules compiled in them.
type runtime struct {
	pages  uint32
	interp bool           // wazero's interpreter: the fast-start tier (see Options.WaitForCompiler)
	rt     wazero.Runtime // without wazero's context checks (modules with stop checks, or noChecks)

	mu      sync.Mutex
	checked wazero.Runtime            // with WithCloseOnContextDone; nil until a module needs it
	modules map[[32]byte]*compilation // by the module file's sha256
	// tier is the interpreter twin of a compiling runtime (same memory
	// limit), made on first use; compiling holds the paths whose
	// compilation a run started in the background (compiledForRun).
	tier      *runtime
	compiling map[string]chan struct{} // closed when that compilation ends
}

type fileDigest struct {
	size    int64
	modTime time.Time
	sum     [32]byte
}

var (
	_ executor.Executor = (*Executor)(nil)
	_ executor.Closer   = (*Executor)(nil)
	_ executor.Preparer = (*Executor)(nil)
)

// New returns an executor; Close releases its runtimes.
func New(opts Options) (*Executor, error) {
	cache := wazero.NewCompilationCache()
	if opts.CacheDir != "" {
		var err error
		if cache, err = wazero.NewCompilationCacheWithDir(opts.CacheDir); err != nil {
			return nil, fmt.Errorf("wasm: compilation cache: %w", err)
		}
	}
	return &Executor{opts: opts, cache: cache, mem: newMemPool(), runtimes: map[uint32]*runtime{}, digests: map[string]fileDigest{}}, nil
}

func (*Executor) Name() string { return "wasm" }

func (*Executor) Capabilities() executor.Capabilities {
	return executor.Capabilities{Sandboxed: true, Deterministic: true, MemoryLimit: true, ReportsMemoryLimit: true, ReadOnlyInput: true}
}

// Close closes the runtimes and the in-memory cache (the disk cache stays),
// once the compilations started in the background have ended.
func (e *Executor) Close(ctx context.Context) error {
	e.mu.Lock()
	e.closed = true
	e.mu.Unlock()
	e.bg.Wait()
	e.mu.Lock()
	defer e.mu.Unlock()
	var errs []error
	for _, r := range e.runtimes {
		errs = append(errs, r.close(ctx)...)
		r.mu.Lock()
		t := r.tier
		r.mu.Unlock()
		if t != nil {
			errs = append(errs, t.close(ctx)...)
		}
	}
	e.runtimes = map[uint32]*runtime{}
	if e.mem != nil {
		e.mem.close()
	}
	return errors.Join(append(errs, e.cache.Close(ctx))...)
}

// close closes r's runtimes and the memory images of its modules.
func (r *runtime) close(ctx context.Context) []error {
	errs := []error{r.rt.Close(ctx)}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.checked != nil && r.checked != r.rt {
		errs = append(errs, r.checked.Close(ctx))
	}
	for _, c := range r.modules {
		select {
		case <-c.done:
			c.img.close() // mappings of it in use stay valid
		default: // still compiling: its run will fail on the closed runtime
		}
	}
	return errs
}

func memoryPages(limit uint64) uint32 {
	if limit == 0 || limit >= 65536*pageSize {
		return 65536
	}
	return uint32(max(limit/pageSize, 1))
}

func (e *Executor) runtime(ctx context.Context, pages uint32) (*runtime, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if r, ok := e.runtimes[pages]; ok {
		return r, nil
	}
	rt, err := e.newRuntime(ctx, pages, false, false)
	if err != nil {
		return nil, err
	}
	r := &runtime{pages: pages, rt: rt, modules: map[[32]byte]*compilation{}, compiling: map[string]chan struct{}{}}
	e.runtimes[pages] = r
	return r, nil
}

// interpreter returns r's interpreter twin, made on first use.
func (e *Executor) interpreter(ctx context.Context, r *runtime) (*runtime, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.tier == nil {
		// Its runs are stopped by wazero's context checks (see compile): its one
		// runtime has them, unless no checks are wanted at all.
		checks := e.opts.checks != noChecks
		rt, err := e.newRuntime(ctx, r.pages, checks, true)
		if err != nil {
			return nil, err
		}
		r.tier = &runtime{pages: r.pages, interp: true, rt: rt, modules: map[[32]byte]*compilation{}}
		if checks {
			r.tier.checked = rt
		}
	}
	return r.tier, nil
}

func (e *Executor) compileWorkers() int { return max(e.opts.CompileWorkers, 1) }

// newRuntime returns a wazero runtime with WASI, with or without wazero's
// context checks.
func (e *Executor) newRuntime(ctx context.Context, pages uint32, closeOnDone, interp bool) (wazero.Runtime, error) {
	cfg := wazero.NewRuntimeConfig()
	if interp {
		cfg = wazero.NewRuntimeConfigInterpreter()
	}
	cfg = cfg.WithCompilationCache(e.cache).
		WithMemoryLimitPages(pages).
		WithCloseOnContextDone(closeOnDone)
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("wasm: instantiating WASI: %w", err)
	}
	return rt, nil
}

// checkedRuntime returns r's runtime with wazero's context checks, made on
// first use.
func (e *Executor) checkedRuntime(ctx context.Context, r *runtime) (wazero.Runtime, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.checked == nil {
		rt, err := e.newRuntime(ctx, r.pages, true, r.interp)
		if err != nil {
			return nil, err
		}
		r.checked = rt
	}
	return r.checked, nil
}

// compiled returns the module at path, compiled for r, from the caches when
// possible. The file's digest is remembered by (size, mtime). A module is
// compiled once per runtime: concurrent runs of a module being compiled wait
// for that compilation (or for their context), and runs of other modules
// are not held up by it.
func (e *Executor) compiled(ctx context.Context, r *runtime, path string) (*compilation, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	e.mu.Lock()
	d, ok := e.digests[path]
	e.mu.Unlock()
	var code []byte
	if !ok || d.size != fi.Size() || !d.modTime.Equal(fi.ModTime()) {
		if code, err = os.ReadFile(path); err != nil {
			return nil, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
		}
		d = fileDigest{size: fi.Size(), modTime: fi.ModTime(), sum: sha256.Sum256(code)}
		e.mu.Lock()
		e.digests[path] = d
		e.mu.Unlock()
	}
	for {
		r.mu.Lock()
		c, ok := r.modules[d.sum]
		if !ok && code == nil { // to compile: read the file (again) first
			r.mu.Unlock()
			if code, err = os.ReadFile(path); err != nil {
				return nil, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
			}
			if sum := sha256.Sum256(code); sum != d.sum { // changed since hashed: compile what was read
				d.sum = sum
				e.mu.Lock()
				e.digests[path] = d
				e.mu.Unlock()
			}
			continue
		}
		if !ok {
			c = &compilation{done: make(chan struct{})}
			r.modules[d.sum] = c
		}
		r.mu.Unlock()
		if ok {
			select {
			case <-c.done:
			case <-ctx.Done():
				return nil, context.Cause(ctx)
			}
			if c.err == nil {
				return c, nil
			}
			if c.failed { // the module itself is bad
				return nil, c.err
			}
			continue // the compiling run gave up (its context ended): try again
		}
		c.err = e.compile(ctx, r, c, code)
		r.mu.Lock()
		if c.err != nil && !c.failed {
			delete(r.modules, d.sum)
		}
		r.mu.Unlock()
		close(c.done)
		if c.err != nil {
			return nil, c.err
		}
		return c, nil
	}
}

// compiledForRun is compiled for a run: while the module's compilation for r
// is not done, it starts it in the background (once) and returns the module
// translated for r's interpreter twin instead, with a channel closed when
// the compilation ends (nil for a compiled module), unless mustWait or
// Options.WaitForCompiler. A module r has compiled (or found bad) is
// returned as compiled would.
func (e *Executor) compiledForRun(ctx context.Context, r *runtime, path string, mustWait bool) (c *compilation, compiling <-chan struct{}, err error) {
	switch c, ended := e.compiledEnded(r, path); {
	case c != nil:
		return c, nil, nil
	case ended || mustWait || e.opts.WaitForCompiler:
		c, err = e.compiled(ctx, r, path)
		return c, nil, err
	}
	r.mu.Lock()
	done, started := r.compiling[path]
	if !started {
		done = make(chan struct{})
		r.compiling[path] = done
	}
	r.mu.Unlock()
	end := func() {
		r.mu.Lock()
		delete(r.compiling, path)
		r.mu.Unlock()
		close(done)
	}
	// Not tied to the run: the compiled module serves the app's later runs, and a
	// run that ends early must not waste the work.
	// The runs learn that it ended (done) before a finished translation is retired, so
	// that a translation finishing meanwhile is retired by its run (below).
	bg := context.WithoutCancel(ctx)
	if !started && !e.goBackground(func() {
		if e.opts.holdCompile != nil {
			<-e.opts.holdCompile
		}
		_, err := e.compiled(bg, r, path) // its errors are the interpreter's too: the runs report them
		end()
		if err == nil {
			e.retireInterpreted(r, path)
		}
	}) {
		end()
		return nil, nil, errors.New("wasm: the executor is closed")
	}
	// A module in the disk cache is loaded in a few tens of milliseconds:
	// worth a short wait rather than the interpreter's translation.
	wait := time.NewTimer(compileGrace)
	defer wait.Stop()
	select {
	case <-done:
		c, err = e.compiled(ctx, r, path)
		return c, nil, err
	case <-ctx.Done():
		return nil, nil, context.Cause(ctx)
	case <-wait.C:
	}
	t, err := e.interpreter(ctx, r)
	if err != nil {
		return nil, nil, err
	}
	c, err = e.compiled(ctx, t, path)
	select {
	case <-done:
		// The compilation ended while the module was translated, and may have found
		// the translation unfinished (retireInterpreted leaves it then): retire it
		// here, or it would be kept until Close. The run then takes the compiled
		// module.
		e.retireInterpreted(r, path)
	default:
	}
	return c, done, err
}

// retireInterpreted drops the interpreter's translation of the module at
// path once r has compiled it (a Go-built module's takes ~70 MB): no new run
// takes it, and it is closed when the last run on it ends.
func (e *Executor) retireInterpreted(r *runtime, path string) {
	e.mu.Lock()
	d, ok := e.digests[path]
	e.mu.Unlock()
	r.mu.Lock()
	t := r.tier
	r.mu.Unlock()
	if !ok || t == nil {
		return
	}
	t.mu.Lock()
	c, ok := t.modules[d.sum]
	if ok {
		select {
		case <-c.done:
			delete(t.modules, d.sum)
		default: // still being translated: left to the executor's Close
			ok = false
		}
	}
	t.mu.Unlock()
	if ok && c.err == nil {
		c.retire()
	}
}

// compileGrace is how long a run waits for its module's compilation before
// it interprets the module instead: enough to load one from the disk cache
// (Options.CacheDir), a small part of compiling a Go-built module (about a
// second of one core) or of translating it for the interpreter (~130 ms).
const compileGrace = 100 * time.Millisecond

// compiledEnded returns r's compilation of the module at path when it has
// ended well, with ended true; ended alone when compiled would answer at once
// all the same (the compilation failed, or the file cannot be read). A run's
// fast path: one stat and two look-ups.
func (e *Executor) compiledEnded(r *runtime, path string) (c *compilation, ended bool) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, true
	}
	e.mu.Lock()
	d, ok := e.digests[path]
	e.mu.Unlock()
	if !ok || d.size != fi.Size() || !d.modTime.Equal(fi.ModTime()) {
		return nil, false
	}
	r.mu.Lock()
	c, ok = r.modules[d.sum]
	r.mu.Unlock()
	if !ok {
		return nil, false
	}
	select {
	case <-c.done:
		if c.err != nil {
			return nil, true
		}
		return c, true
	default:
		return nil, false
	}
}

// goBackground runs f in a goroutine that Close waits for, unless Close was
// called (false: f does not run).
func (e *Executor) goBackground(f func()) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return false
	}
	e.bg.Add(1)
	go func() {
		defer e.bg.Done()
		f()
	}()
	return true
}

// rewriteStopChecks is addStopChecks; tests replace it to check what a
// faulty rewrite would do.
var rewriteStopChecks = addStopChecks

// compilation is a module compiled, or being compiled, for a runtime.
type compilation struct {
	done      chan struct{}  // closed when m or err is set
	rt        wazero.Runtime // the runtime m was compiled in, to instantiate it in
	m         wazero.CompiledModule
	stoppable bool         // m has the stop checks: its runs are stopped through its stopExport global
	command   bool         // m exports _start (a WASI command)
	img       *memImage    // m's initial memory, its data segments taken out; nil: none, or in m
	runs      atomic.Int64 // runs of m begun
	err       error
	failed    bool // err is the module's fault: compiling it again would fail again

	// An interpreter's translation is retired once the compiled module is
	// there (retireInterpreted): closed when its last run ends.
	mu      sync.Mutex
	active  int  // runs on m (acquire, release)
	retired bool // no new run: closed when active is 0
}

// acquire counts a run on c's module; false when it is retired.
func (c *compilation) acquire() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.retired {
		return false
	}
	c.active++
	return true
}

// release ends a run acquire counted.
func (c *compilation) release() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.active--
	if c.retired && c.active == 0 {
		c.close()
	}
}

// retire takes no new run, and closes c's module now or at its last run's end.
func (c *compilation) retire() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.retired = true
	if c.active == 0 {
		c.close()
	}
}

// close closes the module and its memory image (called once, under c.mu).
func (c *compilation) close() {
	c.m.Close(context.Background())
	c.img.close()
	c.img = nil
}

// compile compiles code for r into c (c.failed when the module is at
// fault): joined data segments, and the stop checks when they can be added
// (then in r's runtime without wazero's checks), else in the runtime with
// them.
func (e *Executor) compile(ctx context.Context, r *runtime, c *compilation, code []byte) (err error) {
	if r.interp && e.opts.holdTranslate != nil {
		<-e.opts.holdTranslate
	}
	defer func() {
		if err != nil {
			c.img.close()
			c.img = nil
		}
	}()
	code = packData(code)
	if stripped, image, ok := splitData(code); ok {
		if c.img = e.mem.newImage(image); c.img != nil {
			code = stripped
		}
	}
	ctx = experimental.WithCompilationWorkers(ctx, e.compileWorkers())
	c.rt = r.rt
	var checked []byte
	var ok bool
	checks := e.opts.checks
	if r.interp && checks == stopChecks {
		// The stop flag is a global the host sets from another goroutine:
		// compiled code reads it from memory, the interpreter as a plain Go
		// value (a data race). Its own context checks read an atomic, and
		// cost it little: a load per loop iteration.
		checks = wazeroChecks
	}
	switch checks {
	case stopChecks:
		if checked, ok = rewriteStopChecks(code); ok {
			c.stoppable = true
			break
		}
		fallthrough
	case wazeroChecks:
		if c.rt, err = e.checkedRuntime(ctx, r); err != nil {
			return err
		}
	}
	plain := code // before the stop checks
	if c.stoppable {
		code = checked
	}
	c.m, err = c.rt.CompileModule(ctx, code)
	if err != nil && c.stoppable && ctx.Err() == nil {
		// The rewritten module was refused. The rewrite keeps a valid module
		// valid, so this is the module's own fault, but were it the rewrite's,
		// refusing a good app would make every worker report the same wrong
		// failure: compile the module as it came, with wazero's checks.
		c.stoppable = false
		if c.rt, err = e.checkedRuntime(ctx, r); err != nil {
			return err
		}
		c.m, err = c.rt.CompileModule(ctx, plain)
	}
	if err != nil {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		c.failed = true
		return fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	_, c.command = c.m.ExportedFunctions()["_start"] // once here, not at each run: the map is built at each call
	return nil
}

// Prepare compiles the app's module for runs under limits (only
// MemoryBytes matters) and keeps it, in memory and in Options.CacheDir, so
// that the app's first task does not wait for its compilation (about a
// second of one core for a Go-built module): a worker may call it as soon as
// it has the app's file, before its first task is due. It is cheap when the
// module is compiled already (a stat and a map look-up), and safe to call
// concurrently with Run and with itself: a module is compiled once, and a
// run that needs it meanwhile waits for that compilation. Errors are Run's:
// ErrBadApp for a file that cannot be read or is not a valid module.
func (e *Executor) Prepare(ctx context.Context, app executor.AppRef, limits executor.Limits) error {
	r, err := e.runtime(ctx, memoryPages(limits.MemoryBytes))
	if err != nil {
		return err
	}
	_, err = e.compiled(ctx, r, app.Path)
	return err
}

// Run runs spec's module's _start to completion or to a limit.
func (e *Executor) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	if err := spec.Validate(); err != nil {
		return executor.Result{}, err
	}
	pages := memoryPages(spec.Limits.MemoryBytes)
	r, err := e.runtime(ctx, pages)
	if err != nil {
		return executor.Result{}, err
	}
	// A replicated task's result is compared with other machines': the
	// interpreter could differ from the compiler in a NaN's bits, which an
	// app could print to split honest workers into two results.
	c, compiling, err := e.compiledForRun(ctx, r, spec.App.Path, spec.Replicated)
	for {
		if err != nil {
			if ctx.Err() != nil { // canceled while the module was being compiled
				return executor.Result{ExitCode: -1, Err: fmt.Errorf("%w: %v", executor.ErrCanceled, context.Cause(ctx))}, nil
			}
			return executor.Result{}, err
		}
		res, restart, err := e.run(ctx, spec, pages, c, compiling)
		if !restart {
			return res, err
		}
		// The interpreted run did not end by itself (see run): the compiled
		// module runs the task from the start, with the whole time limit, as
		// if the run had waited for the compilation; its output replaces the
		// interrupted run's.
		if err := clearFolder(spec.OutputDir); err != nil {
			return executor.Result{}, fmt.Errorf("wasm: clearing the output folder for the compiled module's run: %w", err)
		}
		c, err = e.compiled(ctx, r, spec.App.Path)
		compiling = nil
	}
}

// errCompiled ends an interpreted run when its module's compilation is done
// (Run then runs the compiled module).
var errCompiled = errors.New("the module is compiled")

// clearFolder removes what is in dir, not dir itself.
func clearFolder(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, ent := range ents {
		if err := os.RemoveAll(filepath.Join(dir, ent.Name())); err != nil {
			return err
		}
	}
	return nil
}

// run runs c's module once for spec, within spec.Limits.Time. With
// compiling not nil (c is interpreted while its module compiles), the run is
// stopped when compiling is closed, and restart is true unless the guest
// ended by itself first (returned or exited, with any code): an interpreted
// run that traps or reaches its time limit is run again compiled, since the
// two engines may differ in how deep a call stack they allow, and a run
// stopped for the time limit would have run faster compiled. A task's
// result is thus the compiled module's, or the same bytes sooner, and a run
// takes at most the compilation and its time limit, as when waiting for the
// compiler.
func (e *Executor) run(ctx context.Context, spec executor.Spec, pages uint32, c *compilation, compiling <-chan struct{}) (_ executor.Result, restart bool, _ error) {
	if !c.command {
		return executor.Result{}, false, fmt.Errorf("%w: module exports no _start (not a WASI command)", executor.ErrBadApp)
	}
	if compiling != nil {
		if !c.acquire() { // retired: the compiled module is there
			return executor.Result{}, true, nil
		}
		defer c.release()
	}

	stdout, stderr := executor.NewCappedBuffer(), executor.NewCappedBuffer()
	cfg := wazero.NewModuleConfig().
		WithName(""). // anonymous: many instances may run at once
		WithArgs(append([]string{"app"}, spec.Args...)...).
		WithStdout(stdout).
		WithStderr(stderr).
		WithStartFunctions().         // _start is called below, to classify how it ends
		WithRandSource(&fixedRand{}). // wazero's default stream, cheaper
		WithFSConfig(fsConfig(spec))
	for _, kv := range spec.Env(executor.GuestInputDir, executor.GuestOutputDir) {
		k, v, _ := cutEnv(kv)
		cfg = cfg.WithEnv(k, v)
	}

	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if spec.Limits.Time > 0 {
		runCtx, cancel = context.WithTimeoutCause(ctx, spec.Limits.Time, executor.ErrTimeout)
	}
	defer cancel()
	if compiling != nil {
		var stop context.CancelCauseFunc
		runCtx, stop = context.WithCancelCause(runCtx)
		defer stop(nil)
		go func() {
			select {
			case <-compiling:
				stop(errCompiled)
			case <-runCtx.Done():
			}
		}()
	}

	c.runs.Add(1)
	mem := e.mem.forRun(c.img)
	defer mem.release() // after mod.Close below: the guest can no longer run
	start := time.Now()
	mod, err := c.rt.InstantiateModule(mem.bind(runCtx), c.m, cfg)
	if err != nil {
		return executor.Result{}, false, fmt.Errorf("%w: instantiating: %v", executor.ErrBadApp, err)
	}
	var stopped atomic.Bool // the run's context ended and the stop flag was raised
	stopAfter := func() bool { return false }
	if c.stoppable {
		g, ok := mod.ExportedGlobal(stopExport).(api.MutableGlobal)
		if !ok {
			mod.Close(context.Background())
			return executor.Result{}, false, fmt.Errorf("wasm: BUG: module compiled with stop checks has no %s global", stopExport)
		}
		stopAfter = context.AfterFunc(runCtx, func() {
			stopped.Store(true)
			g.Set(1) // the guest traps at its next loop iteration
		})
	}
	_, callErr := mod.ExportedFunction("_start").Call(runCtx)
	stopAfter()
	res := executor.Result{Duration: time.Since(start)}
	var memBytes uint64
	if m := mod.Memory(); m != nil && !reflect.ValueOf(m).IsNil() { // a module may have no memory (wazero gives a typed nil)
		memBytes = uint64(m.Size())
	}
	mod.Close(context.Background())

	var exit *sys.ExitError
	if compiling != nil && callErr != nil && ctx.Err() == nil && (!errors.As(callErr, &exit) || stopped.Load() ||
		exit.ExitCode() == sys.ExitCodeDeadlineExceeded || exit.ExitCode() == sys.ExitCodeContextCanceled) {
		return executor.Result{}, true, nil // trapped, timed out, or stopped for the compiled module
	}
	res.Stdout, res.StdoutTruncated = stdout.Bytes()
	res.Stderr, res.StderrTruncated = stderr.Bytes()
	switch {
	case callErr == nil:
		res.ExitCode = 0
	case errors.As(callErr, &exit) && exit.ExitCode() == sys.ExitCodeDeadlineExceeded, errors.As(callErr, &exit) && exit.ExitCode() == sys.ExitCodeContextCanceled,
		stopped.Load() && !errors.As(callErr, &exit): // the trap of the stop checks
		res.ExitCode = -1
		if context.Cause(runCtx) == executor.ErrTimeout && ctx.Err() == nil {
			res.Err = fmt.Errorf("%w (%v)", executor.ErrTimeout, spec.Limits.Time)
		} else {
			res.Err = fmt.Errorf("%w: %v", executor.ErrCanceled, context.Cause(ctx))
		}
	case errors.As(callErr, &exit):
		res.ExitCode = int(exit.ExitCode())
	default: // a trap
		res.ExitCode = -1
		res.Err = fmt.Errorf("%w: %v", executor.ErrAppFault, callErr)
	}
	limit := uint64(pages) * pageSize
	if res.ExitCode != 0 && (res.Err == nil || errors.Is(res.Err, executor.ErrAppFault)) && memBytes >= limit-limit/8 {
		res.Err = fmt.Errorf("%w: %d bytes of %d used", executor.ErrMemoryLimit, memBytes, limit)
	}
	if err := executor.CheckOutput(&res, spec); err != nil {
		return res, false, err
	}
	return res, false, nil
}

func cutEnv(kv string) (k, v string, ok bool) {
	for i := 0; i < len(kv); i++ {
		if kv[i] == '=' {
			return kv[:i], kv[i+1:], true
		}
	}
	return kv, "", false
}
