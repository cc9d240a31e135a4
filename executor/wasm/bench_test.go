package wasm

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/executor"
)

// helloDir holds the hello module; TestMain removes it.
var helloDir string

// helloModule builds the hello example exactly as the e2e bench does
// (examples.Build: -trimpath, GOOS=wasip1), once per test binary.
var helloModule = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "poco-wasm-hello-")
	if err != nil {
		return "", err
	}
	helloDir = dir
	return examples.Build(context.Background(), examples.Hello, dir)
})

func hello(b testing.TB) string {
	p, err := helloModule()
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// helloSpec is a task of the e2e bench: the hello app, one argument, a
// 256 MiB memory limit (the local network's default), no input file.
func helloSpec(b testing.TB, app string, i int) executor.Spec {
	return executor.Spec{
		TaskID: fmt.Sprintf("0x%x", i), DealID: "0x02", BagSize: 100, Index: uint64(i % 100),
		Args: []string{fmt.Sprintf("bench-%d", i)}, InputDir: b.TempDir(), OutputDir: b.TempDir(),
		Limits: executor.Limits{Time: 10 * time.Second, MemoryBytes: 256 << 20, OutputBytes: 1 << 20},
		App:    executor.AppRef{Path: app},
	}
}

// BenchmarkWasmHello measures the hello app the e2e bench buys. run: one
// task on an executor that has the module compiled (what every task but the
// first costs a worker); compile: compiling it (what the first task costs
// a fresh pool without a disk cache); compile-disk-cache: loading it from
// Options.CacheDir (a restarted worker). cpu-ns/op is the whole process's CPU
// (all threads, GC included), the figure docs/performance.md accounts in;
// sys-ns/op the part of it spent in the kernel, faults/op its page faults.
func BenchmarkWasmHello(b *testing.B) {
	app := hello(b)
	b.Run("run", func(b *testing.B) {
		e := newExecutor(b, Options{})
		specs := make([]executor.Spec, 16) // folders reused round-robin: the app overwrites its files
		for i := range specs {
			specs[i] = helloSpec(b, app, i)
		}
		run := func(i int) {
			res, err := e.Run(context.Background(), specs[i%len(specs)])
			if err != nil || !res.OK() {
				b.Fatal(err, res.Err, string(res.Stderr))
			}
		}
		run(0)
		b.ReportAllocs()
		cpu0, sys0, faults0, i := cpuTime(), sysTime(), pageFaults(), 0
		for b.Loop() {
			run(i)
			i++
		}
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(sysTime()-sys0)/float64(b.N), "sys-ns/op")
		b.ReportMetric(float64(pageFaults()-faults0)/float64(b.N), "faults/op")
	})
	compile := func(b *testing.B, opts Options) {
		s := helloSpec(b, app, 0)
		cpu0 := cpuTime()
		for b.Loop() {
			e, err := New(opts)
			if err != nil {
				b.Fatal(err)
			}
			if err := e.Prepare(context.Background(), s.App, s.Limits); err != nil {
				b.Fatal(err)
			}
			e.Close(context.Background())
		}
		b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
	}
	b.Run("compile", func(b *testing.B) { compile(b, Options{}) })
	b.Run("compile-2-workers", func(b *testing.B) { compile(b, Options{CompileWorkers: 2}) })
	b.Run("compile-disk-cache", func(b *testing.B) { // a restarted worker: Options.CacheDir holds it
		dir := b.TempDir()
		e := newExecutor(b, Options{CacheDir: dir})
		if err := e.Prepare(context.Background(), executor.AppRef{Path: app}, executor.Limits{}); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		compile(b, Options{CacheDir: dir})
	})
}
