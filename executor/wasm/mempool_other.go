//go:build !linux

package wasm

import "context"

// Elsewhere than on Linux, linear memories are wazero's own (the Go heap,
// allocated per run): the pool is Linux-only (mmap, mincore, madvise).

type memPool struct{}

func newMemPool() *memPool { return nil }

func (*memPool) close() {}

type runMemory struct{}

func (*memPool) forRun(*memImage) *runMemory { return nil }

// memImage is a module's initial memory (Linux only).
type memImage struct{}

func (*memPool) newImage([]byte) *memImage { return nil }

func (*memImage) close() {}

func (*runMemory) bind(ctx context.Context) context.Context { return ctx }

func (*runMemory) release() {}

const runtimeReusesMemory = false

func (*memPool) idleCount() int { return 0 }
