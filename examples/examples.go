// Package examples holds Poco's example apps (one folder each, a Go program for
// GOOS=wasip1) and builds them for programs that need one at run time: `poco demo`, the
// local network and the end-to-end tests.
//
// The sources are embedded in the poco binary, so Build works from any folder: it writes
// the app's source into a throwaway module and runs `go build` there. The apps use the
// standard library only, so nothing is downloaded; the Go toolchain must be installed.
// Builds are cached by the hash of the source and the toolchain version.
package examples

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
)

//go:embed hello/main.go dataset/main.go
var sources embed.FS

// Names of the example apps.
const (
	Hello   = "hello"   // greets its arguments, summarises its first input file
	Dataset = "dataset" // digests the dataset file
)

// Names lists the example apps.
func Names() []string { return []string{Dataset, Hello} }

// Source is the Go source of app name.
func Source(name string) ([]byte, error) {
	if !slices.Contains(Names(), name) {
		return nil, fmt.Errorf("examples: no example app %q (have %v)", name, Names())
	}
	return sources.ReadFile(name + "/main.go")
}

// Build compiles example app name to a WASI module under cacheDir and returns its path;
// a module already built from the same source by the same toolchain is reused.
func Build(ctx context.Context, name, cacheDir string) (string, error) {
	src, err := Source(name)
	if err != nil {
		return "", err
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("examples: building the %s app needs the Go toolchain (`go` on PATH): %w", name, err)
	}
	version, err := exec.CommandContext(ctx, goBin, "env", "GOVERSION").Output()
	if err != nil {
		return "", fmt.Errorf("examples: go env GOVERSION: %w", err)
	}
	sum := sha256.Sum256(append(append(src, 0), bytes.TrimSpace(version)...))
	out := filepath.Join(cacheDir, fmt.Sprintf("%s-%s.wasm", name, hex.EncodeToString(sum[:6])))
	if _, err := os.Stat(out); err == nil {
		return out, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return "", err
	}
	mod, err := os.MkdirTemp("", "poco-example-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(mod)
	gomod := fmt.Sprintf("module poco.example/%s\n\ngo 1.21\n", name)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(mod, "main.go"), src, 0o644); err != nil {
		return "", err
	}
	tmp := out + ".tmp"
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-o", tmp, ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "GOFLAGS=-mod=mod", "GOWORK=off", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("examples: building %s for wasip1/wasm (%s): %v\n%s", name, runtime.Version(), err, b)
	}
	if err := os.Rename(tmp, out); err != nil {
		return "", err
	}
	return out, nil
}
