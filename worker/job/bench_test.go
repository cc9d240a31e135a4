package job

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/storage"
)

// writeHello is an executor that writes what the hello app writes (a line of text and
// computed.json) without running anything: it leaves the runner's own cost per task.
type writeHello struct{}

func (writeHello) Name() string                        { return "fake" }
func (writeHello) Capabilities() executor.Capabilities { return executor.Capabilities{} }
func (writeHello) Run(_ context.Context, spec executor.Spec) (executor.Result, error) {
	out := spec.OutputDir
	if err := os.WriteFile(filepath.Join(out, "result.txt"), []byte("Hello, poco! task "+spec.TaskID+"\n"), 0o600); err != nil {
		return executor.Result{}, err
	}
	return executor.Result{}, os.WriteFile(filepath.Join(out, "computed.json"), []byte(`{"deterministic-output-path":"result.txt"}`), 0o600)
}

// nameOnly is a store whose Put names the content and keeps nothing: what a remote
// store does with an upload is not the runner's cost.
type nameOnly struct{ storage.Store }

func (nameOnly) Put(_ context.Context, r io.Reader) (cid.Cid, int64, error) { return storage.Sum(r) }

// BenchmarkRunnerTask is the runner's own cost for one task of the hello app, as a
// worker runs it (app cached, result kept and then uploaded and dropped), with the app's
// run left out (writeHello) and uploads only named (nameOnly): folders, digest, tar, the
// kept result. -benchmem gives its allocations;
// with `-cpu 1` and /usr/bin/time, its CPU. ScratchDir=tmpfs runs the work folder on
// /dev/shm (skipped without it) and InlineResultBytes=0 keeps the result as a file.
func BenchmarkRunnerTask(b *testing.B) {
	for _, c := range []struct {
		name    string
		scratch bool
		inline  int64
	}{{"disk,file", false, 0}, {"disk,inline", false, 64 << 10}, {"tmpfs,inline", true, 64 << 10}} {
		b.Run(c.name, func(b *testing.B) {
			dir := b.TempDir()
			st, err := storage.Dir(filepath.Join(dir, "store"))
			if err != nil {
				b.Fatal(err)
			}
			r := &Runner{Store: nameOnly{st}, Executor: writeHello{}, WorkDir: filepath.Join(dir, "work"),
				ResultDir: filepath.Join(dir, "results"), AppCache: filepath.Join(dir, "apps"), InlineResultBytes: c.inline}
			if c.scratch {
				if fi, err := os.Stat("/dev/shm"); err != nil || !fi.IsDir() {
					b.Skip("no /dev/shm")
				}
				r.ScratchDir = filepath.Join("/dev/shm", "poco-bench-"+strconv.Itoa(os.Getpid()))
				b.Cleanup(func() { os.RemoveAll(r.ScratchDir) })
			}
			app := []byte("\x00asm\x01\x00\x00\x00")
			loc, _, err := st.Put(context.Background(), bytes.NewReader(app))
			if err != nil {
				b.Fatal(err)
			}
			j := Job{DealID: dealID, BagSize: 1, App: AppRef{Multiaddr: storage.Location(loc), Checksum: sha256.Sum256(app)}}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				j.TaskID = [32]byte{byte(i), byte(i >> 8), byte(i >> 16), 7}
				o, err := r.Run(context.Background(), j)
				if err != nil || o.Failed {
					b.Fatal(err, o.Reason)
				}
				if _, err := r.UploadResult(context.Background(), j.TaskID, o.Result); err != nil {
					b.Fatal(err)
				}
				if err := r.Drop(j.TaskID); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
