package examples

import (
	"bytes"
	"context"
	"os"
	"testing"
)

func TestBuildIsCachedAndMakesAWasmModule(t *testing.T) {
	dir := t.TempDir()
	p, err := Build(context.Background(), Hello, dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\x00asm")) {
		t.Fatalf("%s is not a wasm module", p)
	}
	st, _ := os.Stat(p)
	p2, err := Build(context.Background(), Hello, dir)
	if err != nil || p2 != p {
		t.Fatalf("second build: %s %v, want the cached %s", p2, err, p)
	}
	st2, _ := os.Stat(p2)
	if !st2.ModTime().Equal(st.ModTime()) {
		t.Fatal("the cached module was rebuilt")
	}
	if _, err := Build(context.Background(), "nope", dir); err == nil {
		t.Fatal("unknown example built")
	}
}
