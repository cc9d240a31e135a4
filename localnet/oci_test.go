package localnet_test

// End-to-end tests of OCI apps (the oci executor on podman or Docker, see
// executor/oci/ocitest) and of GPU scheduling by tag.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/oci"
	"github.com/pocolabs/poco/executor/oci/ocitest"
	"github.com/pocolabs/poco/executor/wasm"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/worker/job"
)

func ociExecutor(t *testing.T) *oci.Executor {
	t.Helper()
	ex, err := oci.New(context.Background(), oci.Options{Host: ocitest.Engine(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ex.Close(context.Background()) })
	return ex
}

// ociImage builds the ociapp example image and returns the archive and its digest.
func ociImage(t *testing.T, ctx context.Context) ([]byte, [32]byte) {
	t.Helper()
	path, digest, err := examples.BuildImage(ctx, filepath.Join(os.TempDir(), "poco-test-examples"))
	if err != nil {
		t.Fatal(err)
	}
	archive, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := hex.DecodeString(strings.TrimPrefix(digest, "sha256:"))
	if err != nil || len(sum) != 32 {
		t.Fatalf("image digest %q", digest)
	}
	return archive, [32]byte(sum)
}

func publishOCI(t *testing.T, ctx context.Context, n *localnet.Net, name string, archive []byte, digest [32]byte) *localnet.App {
	t.Helper()
	app, err := n.PublishAppType(ctx, name, "OCI", archive, digest)
	if err != nil {
		t.Fatal(err)
	}
	return app
}

// A bag of OCI tasks at trust 5 completes with the container's results.
func TestOCIBagAtTrustFive(t *testing.T) {
	ex := ociExecutor(t)
	n := testnet(t, localnet.Config{Workers: 5, Executors: map[string]executor.Executor{"oci": ex}})
	ctx := ctxFor(t, 5*time.Minute)
	archive, digest := ociImage(t, ctx)
	app := publishOCI(t, ctx, n, examples.OCIApp, archive, digest)
	c := client(t, ctx, n)
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 6, Trust: 5, Params: api.Params{Args: "poco oci"}})
	allCompleted(t, wait(t, ctx, c, deal), 6)
	for _, task := range tasks(t, ctx, c, deal) {
		got := readResult(t, download(t, ctx, n, task), "result.txt")
		want := "hello from a container, poco oci\ntask " + job.Hex(task.ID) + " of deal " + job.Hex(deal.ID)
		if !strings.HasPrefix(got, want) {
			t.Errorf("task %d result %q, want it to start with %q", task.Index, got, want)
		}
		if len(task.Contributions) < 2 {
			t.Errorf("task %d has %d contributions, want agreeing workers (trust 5)", task.Index, len(task.Contributions))
		}
	}
}

// An image whose digest is not the app's checksum is refused; a container that tries
// the network does not reach it; a container over its memory ends with an error result.
func TestOCIIsolation(t *testing.T) {
	ex := ociExecutor(t)
	n := testnet(t, localnet.Config{Workers: 2, WorkerMemory: 64 << 20, Executors: map[string]executor.Executor{"oci": ex}})
	ctx := ctxFor(t, 4*time.Minute)
	c := client(t, ctx, n)
	archive, digest := ociImage(t, ctx)
	app := publishOCI(t, ctx, n, examples.OCIApp, archive, digest)
	wrong := publishOCI(t, ctx, n, "wrong-digest", archive, sha256.Sum256([]byte("another image")))

	// A server on the host, on every interface, that the container must not reach.
	ln, err := net.Listen("tcp", "0.0.0.0:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var accepted sync.WaitGroup
	reached := make(chan struct{}, 1)
	accepted.Go(func() {
		if conn, err := ln.Accept(); err == nil {
			conn.Close()
			reached <- struct{}{}
		}
	})
	target := fmt.Sprintf("%s:%d", hostIP(), ln.Addr().(*net.TCPAddr).Port)

	errorCases := []struct {
		name string
		app  *localnet.App
		args string
		code string
	}{
		{"an image with another digest", wrong, "", job.ReasonAppChecksum},
		{"a container over its memory", app, "alloc 512", job.ReasonMemory},
	}
	for _, tc := range errorCases {
		t.Run(tc.name, func(t *testing.T) {
			deal := buy(t, ctx, n, localnet.Request{App: tc.app, Volume: 1, Trust: 1, Params: api.Params{Args: tc.args}})
			allCompleted(t, wait(t, ctx, c, deal), 1)
			task := tasks(t, ctx, c, deal)[0]
			doc := readResult(t, download(t, ctx, n, task), job.ErrorFile)
			if want := string(job.ErrorDocument(task.ID, tc.code)); doc != want {
				t.Errorf("error result %s, want %s", doc, want)
			}
		})
	}
	t.Run("a container that tries the network fails to", func(t *testing.T) {
		deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 1, Trust: 1, Params: api.Params{Args: "net " + target}})
		allCompleted(t, wait(t, ctx, c, deal), 1)
		got := readResult(t, download(t, ctx, n, tasks(t, ctx, c, deal)[0]), "result.txt")
		if !strings.HasPrefix(got, "network: no connection to "+target) {
			t.Errorf("result %q, want no connection to %s", got, target)
		}
		select {
		case <-reached:
			t.Error("the server on the host accepted a connection")
		default:
		}
	})
	t.Run("the container sees no network, a read-only root, no capabilities, a non-root user", func(t *testing.T) {
		deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 1, Trust: 1, Params: api.Params{Args: "sandbox"}})
		allCompleted(t, wait(t, ctx, c, deal), 1)
		got := readResult(t, download(t, ctx, n, tasks(t, ctx, c, deal)[0]), "result.txt")
		for _, want := range []string{"uid=65534 ", "interfaces=lo\n", "rootfs-writable=false", "caps=0000000000000000"} {
			if !strings.Contains(got, want) {
				t.Errorf("result %q lacks %q", got, want)
			}
		}
	})
	ln.Close()
	accepted.Wait()
}

// hostIP is an address of this machine other than loopback (the container's loopback
// is its own), or 127.0.0.1 when it has none.
func hostIP() string {
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if ip, ok := a.(*net.IPNet); ok && ip.IP.To4() != nil && !ip.IP.IsLoopback() {
			return ip.IP.String()
		}
	}
	return "127.0.0.1"
}

// gpuWasm is the wasm executor declaring a GPU (none is used): it records the GPUs each
// run was given.
type gpuWasm struct {
	*wasm.Executor
	mu   sync.Mutex
	gpus [][]string
}

func (g *gpuWasm) Capabilities() executor.Capabilities {
	c := g.Executor.Capabilities()
	c.GPU = true
	return c
}

func (g *gpuWasm) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	g.mu.Lock()
	g.gpus = append(g.gpus, spec.GPUs)
	g.mu.Unlock()
	return g.Executor.Run(ctx, spec)
}

// GPU tasks (tag bit 8) go only to the worker that declares a GPU, each with its GPU.
func TestGPUTasksGoToGPUWorkers(t *testing.T) {
	w, err := wasm.New(wasm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(context.Background())
	ex := &gpuWasm{Executor: w}
	n := testnet(t, localnet.Config{Workers: 3, WorkerGPUs: map[int]int{2: 1}, Executors: map[string]executor.Executor{"wasm": ex}})
	ctx := ctxFor(t, 3*time.Minute)
	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 4, Trust: 1, Tag: protocol.TagGPU, Params: api.Params{Args: "gpu"}})
	allCompleted(t, wait(t, ctx, c, deal), 4)
	gpuWorker := n.WorkerAddress(2)
	for _, task := range tasks(t, ctx, c, deal) {
		for _, ct := range task.Contributions {
			if ct.Worker != gpuWorker {
				t.Errorf("task %d was computed by %s, want the GPU worker %s", task.Index, ct.Worker.Hex(), gpuWorker.Hex())
			}
		}
	}
	ex.mu.Lock()
	defer ex.mu.Unlock()
	if len(ex.gpus) < 4 {
		t.Fatalf("%d runs, want 4", len(ex.gpus))
	}
	for i, g := range ex.gpus {
		if !slices.Equal(g, []string{"0"}) {
			t.Errorf("run %d had GPUs %v, want [0]", i, g)
		}
	}
}

// recorder keeps the messages and attributes logged to it.
type recorder struct {
	mu    sync.Mutex
	lines []string
}

func (r *recorder) Enabled(context.Context, slog.Level) bool { return true }
func (r *recorder) Handle(_ context.Context, rec slog.Record) error {
	var b strings.Builder
	b.WriteString(rec.Message)
	rec.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	r.mu.Lock()
	r.lines = append(r.lines, b.String())
	r.mu.Unlock()
	return nil
}
func (r *recorder) WithAttrs([]slog.Attr) slog.Handler { return r }
func (r *recorder) WithGroup(string) slog.Handler      { return r }

func (r *recorder) has(substrings ...string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, l := range r.lines {
		ok := true
		for _, s := range substrings {
			ok = ok && strings.Contains(l, s)
		}
		if ok {
			return true
		}
	}
	return false
}

// A GPU task in a pool without a GPU worker is not left waiting silently: the scheduler
// says why no worker takes it.
func TestGPUTaskWithoutGPUWorkerSaysSo(t *testing.T) {
	rec := &recorder{}
	n := testnet(t, localnet.Config{Workers: 2, Logger: slog.New(rec)})
	ctx := ctxFor(t, 2*time.Minute)
	app := hello(t, ctx, n)
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 1, Trust: 1, Tag: protocol.TagGPU})
	waitFor(t, ctx, "the scheduler to say no worker offers a GPU", func() bool {
		return rec.has("tasks wait for workers", deal.ID.Hex(), "why=no worker offers a GPU")
	})
}
