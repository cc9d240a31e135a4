package oci_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/conformance"
	"github.com/pocolabs/poco/executor/oci"
	"github.com/pocolabs/poco/executor/oci/ocitest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	ocitest.Stop()
	os.Exit(code)
}

func newExecutor(t testing.TB) *oci.Executor {
	t.Helper()
	e, err := oci.New(context.Background(), oci.Options{Host: ocitest.Engine(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close(context.Background()) })
	return e
}

func TestConformance(t *testing.T) {
	e := newExecutor(t)
	app, _ := ocitest.Image(t, conformance.TestAppPkg)
	// A stop is a kill and a wait through podman's API: with both cores busy, a run
	// canceled 200 ms in was seen to end 1.02 s after it started, near the default 1-s
	// margin.
	conformance.Run(t, func(*testing.T) executor.Executor { return e }, conformance.Apps{TestApp: app, StopMargin: 3 * time.Second})
}

func spec(t testing.TB, app string, args ...string) executor.Spec {
	return executor.Spec{
		TaskID: "0x01", DealID: "0x02", BagSize: 1,
		Args: args, InputDir: t.TempDir(), OutputDir: t.TempDir(),
		Limits: executor.Limits{Time: 30 * time.Second},
		App:    executor.AppRef{Path: app},
	}
}

func TestAnImageWithAnotherDigestIsRefused(t *testing.T) {
	e := newExecutor(t)
	app, digest := ocitest.Image(t, conformance.TestAppPkg)
	s := spec(t, app, "exit", "0")
	s.App.Digest = digest
	if res, err := e.Run(context.Background(), s); err != nil || !res.OK() {
		t.Fatalf("the right digest: got %v %v, want a successful run", err, res.Err)
	}
	s.App.Digest = "sha256:" + strings.Repeat("0", 64)
	_, err := e.Run(context.Background(), s)
	if !errors.Is(err, executor.ErrBadApp) || !errors.Is(err, executor.ErrAppDigest) {
		t.Fatalf("got %v, want ErrBadApp and ErrAppDigest", err)
	}
}

func TestAnArchiveThatIsNotAnImageIsABadApp(t *testing.T) {
	e := newExecutor(t)
	p := t.TempDir() + "/not-an-image.tar"
	os.WriteFile(p, []byte("hello"), 0o644)
	if _, err := e.Run(context.Background(), spec(t, p, "exit", "0")); !errors.Is(err, executor.ErrBadApp) {
		t.Fatalf("got %v, want ErrBadApp", err)
	}
}

func TestAGPUTaskOnAnExecutorWithoutGPUIsInvalid(t *testing.T) {
	e := newExecutor(t)
	app, _ := ocitest.Image(t, conformance.TestAppPkg)
	s := spec(t, app, "exit", "0")
	s.GPUs = []string{"0"}
	if _, err := e.Run(context.Background(), s); !errors.Is(err, executor.ErrInvalidSpec) {
		t.Fatalf("got %v, want ErrInvalidSpec", err)
	}
}

func TestTheContainerIsIsolated(t *testing.T) {
	e := newExecutor(t)
	app, _ := ocitest.Image(t, "github.com/pocolabs/poco/examples/ociapp")
	res, err := e.Run(context.Background(), spec(t, app, "sandbox"))
	if err != nil || !res.OK() {
		t.Fatalf("run: %v %v %s", err, res.Err, res.Stderr)
	}
	out := string(res.Stdout)
	for _, want := range []string{"uid=65534 ", "interfaces=lo\n", "rootfs-writable=false", "caps=0000000000000000"} {
		if !strings.Contains(out, want) {
			t.Errorf("the app reports %q; want it to say %q", out, want)
		}
	}
}

func TestUserRootIsRefused(t *testing.T) {
	if _, err := oci.New(context.Background(), oci.Options{Host: "unix:///nonexistent", User: "0:0"}); err == nil || !strings.Contains(err.Error(), "root") {
		t.Fatalf("got %v, want a refusal of root", err)
	}
}
