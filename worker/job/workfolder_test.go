package job

import (
	"bytes"
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"testing"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/storage"
)

// writeFiles is an executor that writes files, slash-separated names relative to the
// work folder (the output folder's parent), a name ending in "/" a folder; it runs
// nothing.
type writeFiles []string

func (writeFiles) Name() string                        { return "fake" }
func (writeFiles) Capabilities() executor.Capabilities { return executor.Capabilities{} }
func (w writeFiles) Run(_ context.Context, spec executor.Spec) (executor.Result, error) {
	dir := filepath.Dir(spec.OutputDir)
	for _, name := range w {
		p := filepath.Join(dir, filepath.FromSlash(name))
		var err error
		if name[len(name)-1] == '/' {
			err = os.Mkdir(p, 0o755)
		} else {
			err = os.WriteFile(p, []byte("content of "+name), 0o644)
		}
		if err != nil {
			return executor.Result{}, err
		}
	}
	return executor.Result{}, nil
}

// The work folder is removed after every run, whether it holds only what the run listed
// (removed entry by entry) or more (left to os.RemoveAll), and the result is the tar of
// out/ either way.
func TestWorkFolderRemoved(t *testing.T) {
	result := []string{"out/a/", "out/a/b/", "out/a/b/c.txt", "out/a/d.txt", "out/a0.txt", "out/result.txt"}
	for _, c := range []struct {
		name  string
		extra []string
	}{
		{"only the result", nil},
		{"a file beside out", []string{"stray.txt"}},
		{"a folder beside out", []string{"tmp/", "tmp/x"}},
		{"a file in in", []string{"in/left.txt"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, err := storage.Dir(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			app := []byte("\x00asm\x01\x00\x00\x00")
			loc, _, err := st.Put(context.Background(), bytes.NewReader(app))
			if err != nil {
				t.Fatal(err)
			}
			files := append(append([]string{}, result...), c.extra...)
			r := &Runner{Store: st, Executor: writeFilesWithComputed{files}, WorkDir: t.TempDir(), AppCache: t.TempDir()}
			j := Job{TaskID: taskID, DealID: dealID, BagSize: 1, App: AppRef{Multiaddr: storage.Location(loc), Checksum: sha256.Sum256(app)}}
			o, err := r.Run(context.Background(), j)
			if err != nil || o.Failed {
				t.Fatalf("run: %v %+v", err, o)
			}
			if ents, _ := os.ReadDir(r.WorkDir); len(ents) != 0 {
				t.Errorf("work folder left behind: %v", ents)
			}

			// The same files packed by WriteTar give the uploaded result.
			ref := t.TempDir()
			if err := os.Mkdir(filepath.Join(ref, "out"), 0o755); err != nil {
				t.Fatal(err)
			}
			if _, err := (writeFilesWithComputed{result}).Run(context.Background(), executor.Spec{OutputDir: filepath.Join(ref, "out")}); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := WriteTar(&buf, filepath.Join(ref, "out")); err != nil {
				t.Fatal(err)
			}
			want, _, err := storage.Sum(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if o.Location != storage.Location(want) {
				t.Errorf("result %s, want the tar of out/ %s", o.Location, storage.Location(want))
			}
		})
	}
}

// writeFilesWithComputed is writeFiles with a computed.json naming result.txt.
type writeFilesWithComputed struct{ files writeFiles }

func (writeFilesWithComputed) Name() string                        { return "fake" }
func (writeFilesWithComputed) Capabilities() executor.Capabilities { return executor.Capabilities{} }
func (w writeFilesWithComputed) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	if _, err := w.files.Run(ctx, spec); err != nil {
		return executor.Result{}, err
	}
	return executor.Result{}, os.WriteFile(filepath.Join(spec.OutputDir, "computed.json"), []byte(`{"deterministic-output-path":"result.txt"}`), 0o644)
}
