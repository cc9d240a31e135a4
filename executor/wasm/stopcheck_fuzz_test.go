package wasm

import (
	"context"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

// FuzzAddStopChecks feeds the rewrite what an app developer controls: any
// bytes. It must never panic, and a module that wazero takes must stay one
// it takes once rewritten (else a good app would fall back to wazero's
// checks; see TestRefusedRewriteFallsBackToTheModuleAsItCame). With `go
// test` it runs the seeds; `go test -fuzz FuzzAddStopChecks` explores.
func FuzzAddStopChecks(f *testing.F) {
	for _, body := range [][]byte{loopOnce, loopForever, nil, cat(loopForever[:2], loopOnce, loopForever[2:])} {
		f.Add(module(body))
		f.Add(bare(body, true))
	}
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCloseOnContextDone(false))
	f.Cleanup(func() { rt.Close(ctx) })
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	f.Fuzz(func(t *testing.T, code []byte) {
		out, ok := addStopChecks(code)
		if !ok {
			return
		}
		m, err := rt.CompileModule(ctx, code)
		if err != nil {
			return // not a module wazero takes: what the rewrite made of it does not matter
		}
		m.Close(ctx)
		m, err = rt.CompileModule(ctx, out)
		if err != nil {
			t.Fatalf("wazero takes the module but not its rewrite: %v", err)
		}
		m.Close(ctx)
	})
}
