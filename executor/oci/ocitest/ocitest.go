// Package ocitest gives tests a container engine and images for the oci executor.
//
// Engine returns DOCKER_HOST when it is set; otherwise, when a podman binary is on PATH,
// it starts `podman system service` on a socket in a temporary folder (once per test
// binary; Stop, from TestMain, stops it) and returns its address. Without podman the test
// is skipped, except under CI=true, where podman must be installed (.ci/run installs it)
// and its absence fails the test.
package ocitest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/pocolabs/poco/executor/oci"
	"github.com/pocolabs/poco/executor/oci/image"
)

var engine struct {
	sync.Mutex
	host string
	stop func()
	err  error
}

// Engine returns the address of a container engine for the test (see the package doc).
func Engine(t testing.TB) string {
	t.Helper()
	if h := os.Getenv("DOCKER_HOST"); h != "" {
		return h
	}
	if _, err := exec.LookPath("podman"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("podman is not installed, and CI must run the OCI tests: .ci/run installs podman and runc")
		}
		t.Skip("no container engine: install podman and runc (apt-get install podman runc) or set DOCKER_HOST to run the OCI tests")
	}
	engine.Lock()
	defer engine.Unlock()
	if engine.host == "" && engine.err == nil {
		engine.host, engine.stop, engine.err = oci.StartPodman(context.Background())
	}
	if engine.err != nil {
		t.Fatalf("starting podman's service: %v", engine.err)
	}
	return engine.host
}

// Stop stops the podman service Engine started, if any, and removes what Image built.
func Stop() {
	engine.Lock()
	if engine.stop != nil {
		engine.stop()
		engine.stop, engine.host = nil, ""
	}
	engine.Unlock()
	images.Lock()
	defer images.Unlock()
	if images.dir != "" {
		os.RemoveAll(images.dir)
		images.dir, images.built = "", nil
	}
}

var images struct {
	sync.Mutex
	dir   string
	built map[string]built
}

type built struct{ path, digest string }

// Image builds the Go package pkg as a static Linux binary and packs it as an OCI image
// archive whose entrypoint is that binary (/app), once per test binary; it returns the
// archive's path and the image's digest.
func Image(t testing.TB, pkg string) (path, digest string) {
	t.Helper()
	images.Lock()
	defer images.Unlock()
	if b, ok := images.built[pkg]; ok {
		return b.path, b.digest
	}
	if images.dir == "" {
		dir, err := os.MkdirTemp("", "poco-oci-images-")
		if err != nil {
			t.Fatal(err)
		}
		images.dir, images.built = dir, map[string]built{}
	}
	n := len(images.built)
	bin := filepath.Join(images.dir, fmt.Sprintf("app-%d", n))
	cmd := exec.Command("go", "build", "-trimpath", "-o", bin, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH="+runtime.GOARCH)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", pkg, err, out)
	}
	exe, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(images.dir, fmt.Sprintf("image-%d.tar", n))
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	digest, err = image.Write(f, []image.File{{Path: "app", Mode: 0o755, Data: exe}},
		image.Config{Entrypoint: []string{"/app"}, User: "65534:65534"})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	images.built[pkg] = built{path, digest}
	return path, digest
}
