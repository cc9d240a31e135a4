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

	"github.com/pocolabs/poco/executor/oci/image"
)

//go:embed hello/main.go dataset/main.go ociapp/main.go
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
	if err := compile(ctx, goBin, mod, name, "wasip1", "wasm", tmp); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, out); err != nil {
		return "", err
	}
	return out, nil
}

func compile(ctx context.Context, goBin, mod, name, goos, goarch, out string) error {
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-o", out, ".")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "GOFLAGS=-mod=mod", "GOWORK=off", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		os.Remove(out)
		return fmt.Errorf("examples: building %s for %s/%s (%s): %v\n%s", name, goos, goarch, runtime.Version(), err, b)
	}
	return nil
}

// OCIApp is the example app shipped as an OCI image (examples/ociapp; see BuildImage).
const OCIApp = "ociapp"

// BuildImage compiles the ociapp example as a static Linux binary for the host's
// architecture and packs it, alone, as an OCI image archive (entrypoint /app, user
// 65534) under cacheDir; it returns the archive's path and the image's digest, the
// checksum to register the app with (type OCI). Cached like Build.
func BuildImage(ctx context.Context, cacheDir string) (path, digest string, err error) {
	src, err := sources.ReadFile(OCIApp + "/main.go")
	if err != nil {
		return "", "", err
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		return "", "", fmt.Errorf("examples: building the %s image needs the Go toolchain (`go` on PATH): %w", OCIApp, err)
	}
	version, err := exec.CommandContext(ctx, goBin, "env", "GOVERSION").Output()
	if err != nil {
		return "", "", fmt.Errorf("examples: go env GOVERSION: %w", err)
	}
	sum := sha256.Sum256(append(append(src, 0), append(bytes.TrimSpace(version), runtime.GOARCH...)...))
	out := filepath.Join(cacheDir, fmt.Sprintf("%s-%s.tar", OCIApp, hex.EncodeToString(sum[:6])))
	if f, err := os.Open(out); err == nil {
		defer f.Close()
		info, err := image.Inspect(f)
		if err == nil {
			return out, info.Digest, nil
		}
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return "", "", err
	}
	mod, err := os.MkdirTemp("", "poco-example-")
	if err != nil {
		return "", "", err
	}
	defer os.RemoveAll(mod)
	gomod := fmt.Sprintf("module poco.example/%s\n\ngo 1.21\n", OCIApp)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		return "", "", err
	}
	if err := os.WriteFile(filepath.Join(mod, "main.go"), src, 0o644); err != nil {
		return "", "", err
	}
	bin := filepath.Join(mod, "app")
	if err := compile(ctx, goBin, mod, OCIApp, "linux", runtime.GOARCH, bin); err != nil {
		return "", "", err
	}
	exe, err := os.ReadFile(bin)
	if err != nil {
		return "", "", err
	}
	tmp := out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return "", "", err
	}
	defer os.Remove(tmp)
	defer f.Close()
	digest, err = image.Write(f, []image.File{{Path: "app", Mode: 0o755, Data: exe}},
		image.Config{Entrypoint: []string{"/app"}, User: "65534:65534", RefName: "poco/" + OCIApp + ":latest"})
	if err != nil {
		return "", "", err
	}
	if err := f.Close(); err != nil {
		return "", "", err
	}
	if err := os.Rename(tmp, out); err != nil {
		return "", "", err
	}
	return out, digest, nil
}
