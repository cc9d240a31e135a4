package wasm

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/conformance"
)

// Hand-assembled modules, so that the tests know exactly which bytes a run
// reads and writes.

func section(id byte, body ...byte) []byte {
	return append(append([]byte{id}, binary.AppendUvarint(nil, uint64(len(body)))...), body...)
}

func vec(items ...[]byte) []byte {
	b := binary.AppendUvarint(nil, uint64(len(items)))
	for _, it := range items {
		b = append(b, it...)
	}
	return b
}

func name(s string) []byte { return append(binary.AppendUvarint(nil, uint64(len(s))), s...) }

func i32(v int32) []byte { return appendSleb([]byte{0x41}, int64(v)) }

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// activeSegment is a data segment written at off when the module starts.
func activeSegment(off int32, init []byte) []byte {
	return cat([]byte{0}, i32(off), []byte{0x0b}, binary.AppendUvarint(nil, uint64(len(init))), init)
}

// module is a WASI command: it imports proc_exit (function 0), has one
// memory of one page (exported), one mutable i32 global starting at 0, and
// _start (function 1, with one i32 local) running body. data, if any, is its data section's
// segments.
func module(body []byte, data ...[]byte) []byte {
	code := cat([]byte{1, 1, 0x7f}, body, []byte{0x0b}) // one i32 local
	m := cat([]byte{0, 'a', 's', 'm', 1, 0, 0, 0},
		section(1, vec([]byte{0x60, 1, 0x7f, 0}, []byte{0x60, 0, 0})...),                         // types: (i32)->(), ()->()
		section(2, vec(cat(name("wasi_snapshot_preview1"), name("proc_exit"), []byte{0, 0}))...), // import func type 0
		section(3, vec([]byte{1})...),                                  // one function of type 1
		section(5, vec([]byte{0, 1})...),                               // memory: min 1 page
		section(6, vec(cat([]byte{0x7f, 1}, i32(0), []byte{0x0b}))...), // global: mut i32 = 0
		section(7, vec(cat(name("_start"), []byte{0, 1}), cat(name("memory"), []byte{2, 0}))...),
		section(10, vec(cat(binary.AppendUvarint(nil, uint64(len(code))), code))...),
	)
	if len(data) > 0 {
		m = append(m, section(11, vec(data...)...)...)
	}
	return m
}

// exitIf exits with code when the i32 on the stack is not zero.
func exitIf(code int32) []byte { return cat([]byte{0x04, 0x40}, i32(code), []byte{0x10, 0, 0x0b}) }

func load(addr int32) []byte { return cat(i32(addr), []byte{0x28, 2, 0}) }

func store(addr, v int32) []byte { return cat(i32(addr), i32(v), []byte{0x36, 2, 0}) }

const (
	seed     = 0x64656573 // "seed", the data segment's bytes at seedAt
	seedAt   = 2048
	markAt   = 1024
	grownAt  = 10 * pageSize // in the pages the module grows into
	farAt    = 300 * pageSize
	growPage = 400 // 25 MiB
)

// snoop checks that it starts clean (exit 11–14 if not: a marker of an
// earlier run in its memory, its global set, its data segment overwritten,
// memory it grows into not zero), then dirties all of them, then ends.
func snoop(end []byte) []byte {
	body := cat(
		load(markAt), exitIf(11),
		[]byte{0x23, 0}, exitIf(12), // global.get 0
		load(seedAt), i32(seed), []byte{0x47}, exitIf(13), // != seed
		i32(growPage), []byte{0x40, 0, 0x1a}, // memory.grow, drop
		load(grownAt), exitIf(14), load(farAt), exitIf(14),
		store(markAt, -1), store(seedAt, 0), store(grownAt, -1), store(farAt, -1),
		i32(1), []byte{0x24, 0}, // global.set 0
		end,
	)
	return module(body, activeSegment(seedAt, binary.LittleEndian.AppendUint32(nil, seed)))
}

// touchPages writes -1 in each 4 KiB page from from to to.
func touchPages(from, to int32) []byte {
	return cat(
		i32(from), []byte{0x21, 0}, // local.set 0
		[]byte{0x03, 0x40},                           // loop
		[]byte{0x20, 0}, i32(-1), []byte{0x36, 2, 0}, // store -1 at local 0
		[]byte{0x20, 0}, i32(4096), []byte{0x6a, 0x22, 0}, // local.tee 0 (+4096)
		i32(to), []byte{0x49, 0x0d, 0}, // br_if 0 while < to
		[]byte{0x0b},
	)
}

func writeModule(t *testing.T, code []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(p, code, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRunsDoNotSeeEachOther runs modules that leave markers in their
// memory and global and overwrite their data, ending every way a run can
// end, each followed on the same executor (so on the same reused memory) by
// a run that must find none of it.
func TestRunsDoNotSeeEachOther(t *testing.T) {
	// Each module's runs on its compiled module only, so that its memories
	// are counted below (runs interpreted while it compiles would have
	// memories of their own: TestConcurrentRunsDoNotSeeEachOther covers them).
	e := newExecutor(t, Options{WaitForCompiler: true})
	check := writeModule(t, snoop(nil))
	run := func(t *testing.T, app string, limit time.Duration) executor.Result {
		t.Helper()
		s := spec(t, app)
		s.Limits.Time = limit
		res, err := e.Run(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	clean := func(t *testing.T) {
		t.Helper()
		if res := run(t, check, 10*time.Second); res.ExitCode != 0 || res.Err != nil {
			t.Fatalf("the next run saw the previous one: exit %d (11: marker in memory, 12: global, 13: data segment, 14: grown memory), %v", res.ExitCode, res.Err)
		}
	}
	clean(t)
	for _, c := range []struct {
		name  string
		end   []byte
		limit time.Duration
		check func(executor.Result) bool
	}{
		{"returns", nil, 10 * time.Second, func(r executor.Result) bool { return r.ExitCode == 0 && r.Err == nil }},
		{"exits 7", cat(i32(7), []byte{0x10, 0}), 10 * time.Second, func(r executor.Result) bool { return r.ExitCode == 7 && r.Err == nil }},
		{"traps", []byte{0x00}, 10 * time.Second, func(r executor.Result) bool { return errors.Is(r.Err, executor.ErrAppFault) }},
		{"times out", []byte{0x03, 0x40, 0x0c, 0, 0x0b}, 100 * time.Millisecond, func(r executor.Result) bool { return errors.Is(r.Err, executor.ErrTimeout) }},
		// more than a pooled memory keeps resident: given back to the kernel, not cleared
		{"touches 24 MiB", touchPages(20*pageSize, growPage*pageSize), 10 * time.Second, func(r executor.Result) bool { return r.ExitCode == 0 && r.Err == nil }},
	} {
		t.Run(c.name, func(t *testing.T) {
			// Twice: the second run, on the memory the first left (a module
			// with data segments gets memories of its own, its initial
			// memory mapped in), checks first and would exit 11–14.
			dirty := writeModule(t, snoop(c.end))
			for i := range 2 {
				if res := run(t, dirty, c.limit); !c.check(res) {
					t.Fatalf("dirtying run %d ended with exit %d, %v", i, res.ExitCode, res.Err)
				}
			}
			clean(t)
		})
	}
	if n := e.mem.idleCount(); runtimeReusesMemory && n != 5 {
		t.Fatalf("%d memories idle after one-at-a-time runs of 5 modules (\"returns\" is the checking module), want 5 (each reused by its module's runs)", n)
	}
}

// TestConcurrentRunsDoNotSeeEachOther runs the dirtying module on many
// goroutines at once, over a pool of reused memories.
func TestConcurrentRunsDoNotSeeEachOther(t *testing.T) {
	e := newExecutor(t, Options{})
	app := writeModule(t, snoop(nil))
	errs := make(chan error, 64)
	for range 8 {
		go func() {
			for range 8 {
				res, err := e.Run(context.Background(), spec(t, app))
				if err == nil && (res.ExitCode != 0 || res.Err != nil) {
					err = fmt.Errorf("a run saw another's memory: exit %d (see snoop), %v", res.ExitCode, res.Err)
				}
				errs <- err
			}
		}()
	}
	for range 64 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// TestGoAppMemoryStartsZero: the Go runtime takes the memory it grows into
// to be zero (it does not clear fresh heap), so a Go app that allocates a
// large buffer would see an earlier run's bytes in a reused memory that was
// not cleared. testdata/bigzero checks and then dirties such a buffer.
func TestGoAppMemoryStartsZero(t *testing.T) {
	app := build(t, "github.com/pocolabs/poco/executor/wasm/testdata/bigzero")
	e := newExecutor(t, Options{})
	for i := range 3 {
		res, err := e.Run(context.Background(), spec(t, app))
		if err != nil || !res.OK() {
			t.Fatalf("run %d: %v %v %s", i, err, res.Err, res.Stderr)
		}
	}
}

// TestPackDataKeepsMemory instantiates modules as they are and with their
// data segments packed, and compares the memories they start with.
func TestPackDataKeepsMemory(t *testing.T) {
	hello, err := helloModule()
	if err != nil {
		t.Fatal(err)
	}
	helloCode, err := os.ReadFile(hello)
	if err != nil {
		t.Fatal(err)
	}
	testApp, err := os.ReadFile(build(t, conformance.TestAppPkg))
	if err != nil {
		t.Fatal(err)
	}
	pattern := func(n int, b byte) []byte { return bytes.Repeat([]byte{b}, n) }
	for _, c := range []struct {
		name     string
		code     []byte
		segments int // after packing
	}{
		{"hello (Go)", helloCode, 1},
		{"test app (Go)", testApp, 1},
		// out of order, gaps under and over packGap, overlaps: the later segment wins
		{"overlaps and gaps", module(nil,
			activeSegment(100, pattern(50, 1)),
			activeSegment(8000, pattern(10, 2)),
			activeSegment(120, pattern(10, 3)),
			activeSegment(140, pattern(30, 4)),
			activeSegment(60000, pattern(100, 5)),
			activeSegment(60050, pattern(10, 6)),
		), 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			packed := packData(c.code)
			if n := countSegments(t, packed); n != c.segments {
				t.Fatalf("%d segments after packing (%d before), want %d", n, countSegments(t, c.code), c.segments)
			}
			want := initialMemory(t, c.code)
			if b := initialMemory(t, packed); !bytes.Equal(want, b) {
				t.Fatalf("memory differs: %d bytes before packing, %d after", len(want), len(b))
			}
			// splitData: the module without its segments starts all zero,
			// and the image is the start of the memory it had (the rest zero)
			stripped, image, ok := splitData(packed)
			if !ok {
				t.Fatal("splitData refused the module")
			}
			got := initialMemory(t, stripped)
			if len(got) != len(want) || len(image) > len(want) || bytes.Count(got, []byte{0}) != len(got) {
				t.Fatalf("the stripped module starts with %d bytes (want %d, all zero), image of %d", len(got), len(want), len(image))
			}
			copy(got, image)
			if !bytes.Equal(got, want) {
				t.Fatal("image + zeros differs from the module's initial memory")
			}
		})
	}
}

// TestPackDataLeavesOtherModules: modules whose segments cannot be known to
// be replaceable are not changed.
func TestPackDataLeavesOtherModules(t *testing.T) {
	two := [][]byte{activeSegment(100, []byte{1}), activeSegment(200, []byte{2})}
	imported := module(nil, two...)
	// import the memory instead of defining it: drop the memory section and
	// add a memory import (kind 2, min 1)
	imported = bytes.Replace(imported, section(5, vec([]byte{0, 1})...), nil, 1)
	imported = bytes.Replace(imported,
		section(2, vec(cat(name("wasi_snapshot_preview1"), name("proc_exit"), []byte{0, 0}))...),
		section(2, vec(cat(name("wasi_snapshot_preview1"), name("proc_exit"), []byte{0, 0}), cat(name("env"), name("memory"), []byte{2, 0, 1}))...), 1)
	passive := module(nil, two[0], cat([]byte{1}, binary.AppendUvarint(nil, 1), []byte{2}))
	dataCount := withDataCount(module(nil, two...), 2)
	if bytes.Equal(imported, module(nil, two...)) || bytes.Equal(dataCount, module(nil, two...)) {
		t.Fatal("the test modules were not built as meant")
	}
	for _, c := range []struct {
		name string
		code []byte
	}{
		{"imported memory", imported},
		{"passive segment", passive},
		{"global offset", module(nil, two[0], cat([]byte{0, 0x23, 0, 0x0b}, binary.AppendUvarint(nil, 1), []byte{2}))},
		{"data count section", dataCount},
		{"one segment", module(nil, two[0])},
		{"segment beyond the initial memory", module(nil, two[0], activeSegment(pageSize, []byte{3}))},
		{"not wasm", []byte("not wasm")},
		{"truncated", module(nil, two...)[:40]},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, _, ok := splitData(c.code); ok != (c.name == "one segment") {
				t.Fatalf("splitData ok = %v", ok)
			}
			if got := packData(c.code); !bytes.Equal(got, c.code) {
				t.Fatal("module changed")
			}
		})
	}
}

// withDataCount inserts a data count section, which goes before the code
// section.
func withDataCount(code []byte, count int) []byte {
	secs, _ := sections(code)
	for _, s := range secs {
		if s.id == 10 {
			return cat(code[:s.at], section(12, binary.AppendUvarint(nil, uint64(count))...), code[s.at:])
		}
	}
	return code
}

func countSegments(t *testing.T, code []byte) int {
	t.Helper()
	count := 0
	secs, _ := sections(code)
	for _, s := range secs {
		if s.id == 11 {
			c, _ := uleb(s.body)
			count = int(c)
		}
	}
	return count
}

// initialMemory instantiates code (without running it) and copies its memory.
func initialMemory(t *testing.T, code []byte) []byte {
	t.Helper()
	ctx := context.Background()
	rt := wazero.NewRuntime(ctx)
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	mod, err := rt.InstantiateWithConfig(ctx, code, wazero.NewModuleConfig().WithStartFunctions())
	if err != nil {
		t.Fatal(err)
	}
	mem, _ := mod.Memory().Read(0, mod.Memory().Size())
	return bytes.Clone(mem)
}

// TestPrepare: Prepare compiles what Run would run and fails as Run would.
func TestPrepare(t *testing.T) {
	e := newExecutor(t, Options{})
	ctx := context.Background()
	bad := writeModule(t, []byte("not wasm"))
	for _, p := range []string{bad, filepath.Join(t.TempDir(), "missing.wasm")} {
		if err := e.Prepare(ctx, executor.AppRef{Path: p}, executor.Limits{}); !errors.Is(err, executor.ErrBadApp) {
			t.Fatalf("Prepare(%s) = %v, want ErrBadApp", filepath.Base(p), err)
		}
	}
	app := writeModule(t, snoop(nil))
	if err := e.Prepare(ctx, executor.AppRef{Path: app}, executor.Limits{}); err != nil {
		t.Fatal(err)
	}
	e.mu.Lock()
	r := e.runtimes[memoryPages(0)]
	e.mu.Unlock()
	compiled := func() (n int) {
		r.mu.Lock()
		defer r.mu.Unlock()
		for _, c := range r.modules {
			if c.m != nil {
				n++
			}
		}
		return n
	}
	if r == nil || compiled() != 1 {
		t.Fatal("Prepare left no compiled module")
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			res, err := e.Run(ctx, spec(t, app))
			if err == nil && !res.OK() {
				err = fmt.Errorf("exit %d, %v", res.ExitCode, res.Err)
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n := compiled(); n != 1 {
		t.Fatalf("%d compiled modules after runs of the prepared one, want 1", n)
	}
}

// TestMemoriesWithoutImageAreShared: modules without data segments (no
// initial memory image) take their memories from one pool, whatever the
// module; a module with an image gets its own.
func TestMemoriesWithoutImageAreShared(t *testing.T) {
	e := newExecutor(t, Options{})
	for _, code := range [][]byte{module(loopOnce), module(cat(loopOnce, loopOnce)), module(loopOnce), snoop(nil), snoop(nil)} {
		if res, err := e.Run(context.Background(), spec(t, writeModule(t, code))); err != nil || !res.OK() {
			t.Fatalf("run: %v %v", err, res.Err)
		}
	}
	if n := e.mem.idleCount(); runtimeReusesMemory && n != 2 {
		t.Fatalf("%d memories idle, want 2: one for the modules without data, one for snoop's image", n)
	}
}

// TestFixedRandIsWazerosDefault: a guest reads the same random bytes with
// fixedRand as with wazero's default source, across reads that cross the
// end of the precomputed prefix; and fixedRand gives math/rand's stream
// however the reads are split.
func TestFixedRandIsWazerosDefault(t *testing.T) {
	// _start: random_get(0, 3000); random_get(3000, 7000); then the memory holds 10,000 bytes.
	body := cat(i32(0), i32(3000), []byte{0x10, 0, 0x1a}, i32(3000), i32(7000), []byte{0x10, 0, 0x1a})
	code := cat(body, []byte{0x0b})
	code = cat(binary.AppendUvarint(nil, uint64(len(code)+1)), []byte{0}, code) // no locals
	m := cat([]byte{0, 'a', 's', 'm', 1, 0, 0, 0},
		section(1, vec([]byte{0x60, 2, 0x7f, 0x7f, 1, 0x7f}, []byte{0x60, 0, 0})...),
		section(2, vec(cat(name("wasi_snapshot_preview1"), name("random_get"), []byte{0, 0}))...),
		section(3, vec([]byte{1})...),
		section(5, vec([]byte{0, 1})...),
		section(7, vec(cat(name("_start"), []byte{0, 1}), cat(name("memory"), []byte{2, 0}))...),
		section(10, vec(code)...),
	)
	read := func(cfg wazero.ModuleConfig) []byte {
		ctx := context.Background()
		rt := wazero.NewRuntime(ctx)
		defer rt.Close(ctx)
		wasi_snapshot_preview1.MustInstantiate(ctx, rt)
		mod, err := rt.InstantiateWithConfig(ctx, m, cfg)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := mod.Memory().Read(0, 10000)
		return bytes.Clone(b)
	}
	want := read(wazero.NewModuleConfig())
	if bytes.Count(want, []byte{0}) > 100 {
		t.Fatal("the module did not fill its memory")
	}
	if got := read(wazero.NewModuleConfig().WithRandSource(&fixedRand{})); !bytes.Equal(got, want) {
		t.Fatal("a guest reads other random bytes with fixedRand than with wazero's default")
	}
	r, got := &fixedRand{}, []byte{}
	for _, n := range []int{1, 7, 100, 3988, 1, 0, 8, 13, 5000} {
		b := make([]byte, n)
		if k, err := r.Read(b); k != n || err != nil {
			t.Fatalf("Read(%d) = %d, %v", n, k, err)
		}
		got = append(got, b...)
	}
	if !bytes.HasPrefix(want, got) || len(got) < randPrefixLen+1000 {
		t.Fatal("fixedRand's stream, read in pieces, is not wazero's")
	}
}
