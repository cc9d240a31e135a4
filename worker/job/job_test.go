package job

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/conformance"
	"github.com/pocolabs/poco/executor/process"
	"github.com/pocolabs/poco/executor/wasm"
	"github.com/pocolabs/poco/result"
	"github.com/pocolabs/poco/sms/seal"
	"github.com/pocolabs/poco/storage"
)

// cacheDir is a compilation cache shared by the test machines, to keep the
// tests quick; TestDeterministicAcrossMachines uses its own caches.
var cacheDir string

func TestMain(m *testing.M) {
	cacheDir, _ = os.MkdirTemp("", "poco-job-cache-")
	code := m.Run()
	conformance.Cleanup()
	os.RemoveAll(cacheDir)
	os.Exit(code)
}

// machine is one worker: its own store folder, work folder and executor.
type machine struct {
	store *storage.DirStore
	r     *Runner
}

func newMachine(t *testing.T) *machine { return newMachineCache(t, cacheDir) }

func newMachineCache(t *testing.T, cache string) *machine {
	t.Helper()
	st, err := storage.Dir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ex, err := wasm.New(wasm.Options{CacheDir: cache})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ex.Close(context.Background()) })
	return &machine{store: st, r: &Runner{Store: st, Executor: ex, WorkDir: t.TempDir()}}
}

func (m *machine) put(t *testing.T, data []byte) string {
	t.Helper()
	c, _, err := m.store.Put(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return storage.Location(c)
}

func readApp(t *testing.T, pkg string) []byte {
	t.Helper()
	b, err := os.ReadFile(conformance.BuildGo(t, pkg, "wasip1", "wasm"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	taskID = [32]byte{0xaa, 1}
	dealID = [32]byte{0xbb, 2}
	words  = []byte("one\ntwo\nthree\n")
)

// helloJob stores the hello app and an input file on m and returns the job.
func helloJob(t *testing.T, m *machine) Job {
	app := readApp(t, conformance.HelloPkg)
	return Job{
		TaskID: taskID, DealID: dealID, BagSize: 10, Index: 4,
		App:    AppRef{Multiaddr: m.put(t, app), Checksum: sha256.Sum256(app)},
		Inputs: []string{m.put(t, words)},
		Args:   []string{"poco", "world"},
		Limits: executor.Limits{Time: 20 * time.Second, MemoryBytes: 256 << 20, OutputBytes: 1 << 20},
	}
}

// fetchResult downloads, verifies and unpacks the result at loc.
func fetchResult(t *testing.T, st storage.Store, o Outcome) string {
	t.Helper()
	c, err := storage.ParseResult(o.ResultsJSON)
	if err != nil {
		t.Fatal(err)
	}
	if storage.Location(c) != o.Location {
		t.Fatalf("results json %s does not match location %s", o.ResultsJSON, o.Location)
	}
	rc, err := st.Get(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	if err := storage.Verify(c, data); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.FromSlash(h.Name))
		if h.Typeflag == tar.TypeDir {
			os.MkdirAll(p, 0o755)
			continue
		}
		b, _ := io.ReadAll(tr)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestHelloEndToEnd(t *testing.T) {
	m := newMachine(t)
	j := helloJob(t, m)
	o, err := m.r.Run(context.Background(), j)
	if err != nil {
		t.Fatal(err)
	}
	if o.Failed || o.ExitCode != 0 {
		t.Fatalf("failed: %s: %s (exit %d, stderr %s)", o.Code, o.Reason, o.ExitCode, o.Stderr)
	}
	inName := strings.TrimPrefix(j.Inputs[0], "/ipfs/")
	want := fmt.Sprintf("hello, poco world\ntask %s of deal %s, index 4 of 10\ninput %s: %d bytes, 3 lines, sha256 %x\n",
		Hex(taskID), Hex(dealID), inName, len(words), sha256.Sum256(words))
	// computed.json names result.txt: the digest is its sha256.
	if o.Digest != sha256.Sum256([]byte(want)) {
		t.Errorf("digest %x, want sha256 of the expected result.txt", o.Digest)
	}
	dir := fetchResult(t, m.store, o)
	got, _ := os.ReadFile(filepath.Join(dir, "result.txt"))
	if string(got) != want {
		t.Errorf("result.txt = %q, want %q", got, want)
	}
	d, err := result.DigestOf(dir)
	if err != nil || d.Value != o.Digest {
		t.Errorf("DigestOf(downloaded result) = %s, %v; want %s", d, err, Hex(o.Digest))
	}
	if ents, _ := os.ReadDir(m.r.WorkDir); len(ents) != 0 {
		t.Errorf("work folder left behind: %v", ents)
	}
}

func TestTamperedOutputIsWhatIsDigestedAndUploaded(t *testing.T) {
	// A saboteur's lie replaces the output before the digest: the committed digest and the
	// uploaded result agree, so the requester's own check cannot tell it from the truth.
	m := newMachine(t)
	j := helloJob(t, m)
	honest, err := m.r.Run(context.Background(), j)
	if err != nil {
		t.Fatal(err)
	}
	j.Tamper = func(out string) error {
		if err := os.RemoveAll(out); err != nil {
			return err
		}
		os.MkdirAll(out, 0o755)
		return os.WriteFile(filepath.Join(out, "result.txt"), []byte("a lie"), 0o644)
	}
	o, err := m.r.Run(context.Background(), j)
	if err != nil || o.Failed {
		t.Fatalf("tampered run: %v %+v", err, o)
	}
	if o.Digest == honest.Digest {
		t.Fatal("the lie has the honest digest")
	}
	dir := fetchResult(t, m.store, o)
	if got, _ := os.ReadFile(filepath.Join(dir, "result.txt")); string(got) != "a lie" {
		t.Errorf("uploaded result.txt = %q, want the lie", got)
	}
	if d, err := result.DigestOf(dir); err != nil || d.Value != o.Digest {
		t.Errorf("the uploaded lie digests to %s, %v; want the committed %s", d, err, Hex(o.Digest))
	}
}

func TestDeterministicAcrossMachines(t *testing.T) {
	a, b := newMachineCache(t, t.TempDir()), newMachineCache(t, t.TempDir())
	ja, jb := helloJob(t, a), helloJob(t, b)
	if ja.App != jb.App || ja.Inputs[0] != jb.Inputs[0] {
		t.Fatal("same content gave different locations")
	}
	oa, err := a.r.Run(context.Background(), ja)
	if err != nil {
		t.Fatal(err)
	}
	ob, err := b.r.Run(context.Background(), jb)
	if err != nil {
		t.Fatal(err)
	}
	if oa.Failed || ob.Failed {
		t.Fatalf("failed: %s / %s", oa.Reason, ob.Reason)
	}
	if oa.Digest != ob.Digest || oa.Location != ob.Location || !bytes.Equal(oa.ResultsJSON, ob.ResultsJSON) {
		t.Errorf("machines disagree: %x %s vs %x %s", oa.Digest, oa.Location, ob.Digest, ob.Location)
	}
}

func TestDatasetApp(t *testing.T) {
	m := newMachine(t)
	app := readApp(t, conformance.DatasetPkg)
	data := []byte("a,b\n1,2\n")
	loc := m.put(t, data)
	j := Job{TaskID: taskID, DealID: dealID, BagSize: 1,
		App:     AppRef{Multiaddr: m.put(t, app), Checksum: sha256.Sum256(app)},
		Dataset: &DatasetRef{Multiaddr: loc, Checksum: sha256.Sum256(data)},
		Inputs:  []string{loc}, // the dataset's CID again: one file, two names
		Limits:  executor.Limits{Time: 20 * time.Second},
	}
	o, err := m.r.Run(context.Background(), j)
	if err != nil || o.Failed {
		t.Fatalf("err %v, outcome %+v", err, o)
	}
	name := strings.TrimPrefix(loc, "/ipfs/")
	want := fmt.Sprintf("%s %d sha256:%x\n", name, len(data), sha256.Sum256(data))
	if o.Digest != sha256.Sum256([]byte(want)) {
		t.Errorf("digest %x does not match %q", o.Digest, want)
	}
}

// failureCases returns, for the apps stored on m, one job per failure kind.
func failureCases(t *testing.T, m *machine) []struct {
	code string
	job  Job
} {
	test := readApp(t, conformance.TestAppPkg)
	testRef := AppRef{Multiaddr: m.put(t, test), Checksum: sha256.Sum256(test)}
	garbage := []byte("not a wasm module")
	data := []byte("dataset bytes")
	missing, _, _ := storage.Sum(bytes.NewReader([]byte("never stored")))
	lim := executor.Limits{Time: 20 * time.Second, MemoryBytes: 256 << 20, OutputBytes: 1 << 20}
	base := func(app AppRef, args ...string) Job {
		return Job{TaskID: taskID, DealID: dealID, BagSize: 3, App: app, Args: args, Limits: lim}
	}
	cases := []struct {
		code string
		job  Job
	}{}
	add := func(code string, j Job) {
		cases = append(cases, struct {
			code string
			job  Job
		}{code, j})
	}
	j := base(testRef, "exit", "0")
	j.MaxAppBytes = 1000
	add(ReasonAppTooLarge, j)
	j = base(AppRef{Multiaddr: testRef.Multiaddr, Checksum: sha256.Sum256([]byte("other"))}, "exit", "0")
	add(ReasonAppChecksum, j)
	add(ReasonAppInvalid, base(AppRef{Multiaddr: m.put(t, garbage), Checksum: sha256.Sum256(garbage)}))
	add(ReasonAppInvalid, base(AppRef{Multiaddr: storage.Location(missing), Checksum: testRef.Checksum}))
	j = base(testRef, "loop")
	j.Limits.Time = 200 * time.Millisecond
	add(ReasonTimeout, j)
	j = base(testRef, "alloc", "512")
	j.Limits.MemoryBytes = 32 << 20
	add(ReasonMemory, j)
	add(ReasonOutputTooLarge, base(testRef, "writeout", "big.bin", "2000000"))
	add(ReasonExitCode, base(testRef, "exit", "3"))
	j = base(testRef, "exit", "0")
	j.Dataset = &DatasetRef{Multiaddr: m.put(t, data), Checksum: sha256.Sum256([]byte("other"))}
	add(ReasonDatasetChecksum, j)
	j = base(testRef, "exit", "0")
	j.Dataset = &DatasetRef{Multiaddr: storage.Location(missing), Checksum: sha256.Sum256(data)}
	add(ReasonInputMissing, j)
	j = base(testRef, "exit", "0")
	j.Inputs = []string{"https://example.com/x"}
	add(ReasonInputMissing, j)
	return cases
}

func TestFailures(t *testing.T) {
	a, b := newMachine(t), newMachine(t)
	ca, cb := failureCases(t, a), failureCases(t, b)
	for i, c := range ca {
		t.Run(c.code, func(t *testing.T) {
			oa, err := a.r.Run(context.Background(), c.job)
			if err != nil {
				t.Fatalf("Go error %v, want a failed outcome", err)
			}
			if !oa.Failed || oa.Code != c.code || oa.Reason == "" {
				t.Fatalf("outcome %+v, want failed with %s", oa, c.code)
			}
			t.Logf("%s: %s", oa.Code, oa.Reason)
			if oa.Digest != ErrorDigest(taskID, c.code) {
				t.Errorf("digest %x, want the error digest", oa.Digest)
			}
			ob, err := b.r.Run(context.Background(), cb[i].job)
			if err != nil || ob.Digest != oa.Digest || ob.Location != oa.Location || ob.Code != oa.Code {
				t.Errorf("second machine: %v %+v, want the same error result", err, ob)
			}
			dir := fetchResult(t, a.store, oa)
			doc, _ := os.ReadFile(filepath.Join(dir, ErrorFile))
			if want := fmt.Sprintf(`{"error":%q,"task":%q}`, c.code, Hex(taskID)); string(doc) != want {
				t.Errorf("error document %s, want %s", doc, want)
			}
			if d, err := result.DigestOf(dir); err != nil || d.Value != oa.Digest {
				t.Errorf("DigestOf(error result) = %s, %v; want %s", d, err, Hex(oa.Digest))
			}
			if ents, _ := os.ReadDir(a.r.WorkDir); len(ents) != 0 {
				t.Errorf("work folder left behind: %v", ents)
			}
		})
	}
	wantMsg := map[string]string{ReasonAppTooLarge: "app too large", ReasonAppChecksum: "app checksum mismatch: got 0x"}
	for code, msg := range wantMsg {
		for _, c := range ca {
			if c.code == code {
				o, _ := a.r.Run(context.Background(), c.job)
				if !strings.HasPrefix(o.Reason, msg) {
					t.Errorf("%s reason %q, want it to start with %q", code, o.Reason, msg)
				}
			}
		}
	}
}

func TestFailureDoesNotAffectOthers(t *testing.T) {
	m := newMachine(t)
	cases := failureCases(t, m)
	hello := helloJob(t, m)
	want, err := m.r.Run(context.Background(), hello)
	if err != nil || want.Failed {
		t.Fatal(err, want.Reason)
	}
	// Sequentially: each failure, then hello on the same runner.
	for _, c := range cases {
		if o, err := m.r.Run(context.Background(), c.job); err != nil || !o.Failed {
			t.Fatalf("%s: %v %+v", c.code, err, o)
		}
		o, err := m.r.Run(context.Background(), hello)
		if err != nil || o.Failed || o.Digest != want.Digest || o.Location != want.Location {
			t.Fatalf("hello after %s: %v %+v", c.code, err, o)
		}
	}
	// Concurrently: failures and good tasks side by side (distinct task ids).
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(cases))
	for i, c := range cases {
		wg.Add(2)
		go func() {
			defer wg.Done()
			j := c.job
			j.TaskID = [32]byte{1, byte(i)}
			o, err := m.r.Run(context.Background(), j)
			if err != nil || !o.Failed || o.Code != c.code || o.Digest != ErrorDigest(j.TaskID, c.code) {
				errs <- fmt.Errorf("failing %s: %v %+v", c.code, err, o)
			}
		}()
		go func() {
			defer wg.Done()
			j := hello
			j.TaskID = [32]byte{2, byte(i)}
			o, err := m.r.Run(context.Background(), j)
			if err != nil || o.Failed {
				errs <- fmt.Errorf("hello %d: %v %+v", i, err, o)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// flakyStore fails Get or Put as an unreachable store would.
type flakyStore struct {
	storage.Store
	failGet, failPut bool
}

var errDown = errors.New("connection refused")

func (f *flakyStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if f.failGet {
		return nil, errDown
	}
	return f.Store.Get(ctx, c)
}

func (f *flakyStore) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	if f.failPut {
		return cid.Undef, 0, errDown
	}
	return f.Store.Put(ctx, r)
}

func TestInfrastructureErrors(t *testing.T) {
	m := newMachine(t)
	hello := helloJob(t, m)
	bad := hello
	bad.App.Checksum = [32]byte{} // would be a failed task, if the store worked
	for _, tc := range []struct {
		name     string
		get, put bool
		job      Job
	}{
		{"get fails", true, false, hello},
		{"put fails", false, true, hello},
		{"put of an error result fails", false, true, bad},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &Runner{Store: &flakyStore{Store: m.store, failGet: tc.get, failPut: tc.put},
				Executor: m.r.Executor, WorkDir: m.r.WorkDir}
			o, err := r.Run(context.Background(), tc.job)
			if !errors.Is(err, errDown) || o.Failed {
				t.Errorf("got %v, %+v; want the store's error and no outcome", err, o)
			}
		})
	}
	t.Run("canceled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		o, err := m.r.Run(ctx, hello)
		if !errors.Is(err, context.Canceled) || o.Failed {
			t.Errorf("got %v, %+v; want context.Canceled", err, o)
		}
	})
	t.Run("canceled while running", func(t *testing.T) {
		test := readApp(t, conformance.TestAppPkg)
		j := Job{TaskID: taskID, App: AppRef{Multiaddr: m.put(t, test), Checksum: sha256.Sum256(test)},
			Args: []string{"loop"}, Limits: executor.Limits{Time: time.Minute}}
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		o, err := m.r.Run(ctx, j)
		if err == nil || o.Failed {
			t.Errorf("got %v, %+v; want a Go error", err, o)
		}
	})
}

func TestKeepWorkDir(t *testing.T) {
	m := newMachine(t)
	m.r.KeepWorkDir = true
	j := helloJob(t, m)
	if _, err := m.r.Run(context.Background(), j); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(m.r.WorkDir, Hex(taskID))
	if _, err := os.Stat(filepath.Join(dir, "out", "result.txt")); err != nil {
		t.Errorf("kept work folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "app", fmt.Sprintf("%x", j.App.Checksum))); err != nil {
		t.Errorf("app file: %v", err)
	}
	// A second run of the task starts from a clean folder.
	if o, err := m.r.Run(context.Background(), j); err != nil || o.Failed {
		t.Fatal(err, o.Reason)
	}
}

func TestWriteTarDeterministic(t *testing.T) {
	mk := func(mtime time.Time, mode os.FileMode) string {
		d := t.TempDir()
		os.MkdirAll(filepath.Join(d, "a", "b"), 0o700)
		os.MkdirAll(filepath.Join(d, "empty"), 0o700)
		for _, f := range []string{"a.txt", "a/b/c", "a/z", "Z"} {
			p := filepath.Join(d, filepath.FromSlash(f))
			os.WriteFile(p, []byte("content of "+f), mode)
			os.Chtimes(p, mtime, mtime)
		}
		return d
	}
	var b1, b2 bytes.Buffer
	if err := WriteTar(&b1, mk(time.Unix(1e9, 0), 0o600)); err != nil {
		t.Fatal(err)
	}
	if err := WriteTar(&b2, mk(time.Unix(2e9, 5), 0o755)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("same content, different tar bytes")
	}
	var names []string
	tr := tar.NewReader(&b1)
	for {
		h, err := tr.Next()
		if err != nil {
			break
		}
		if !h.ModTime.Equal(time.Unix(0, 0)) || h.Uid != 0 || h.Uname != "" {
			t.Errorf("%s: time %v uid %d uname %q", h.Name, h.ModTime, h.Uid, h.Uname)
		}
		names = append(names, h.Name)
	}
	if got, want := strings.Join(names, " "), "Z a.txt a/ a/b/ a/b/c a/z empty/"; got != want {
		t.Errorf("entries %q, want %q", got, want)
	}

	d := mk(time.Now(), 0o644)
	os.Symlink("a.txt", filepath.Join(d, "link"))
	if err := WriteTar(io.Discard, d); !errors.Is(err, result.ErrNotPlain) {
		t.Errorf("symlink: %v, want ErrNotPlain", err)
	}
}

func TestErrorDocument(t *testing.T) {
	got := string(ErrorDocument([32]byte{1}, ReasonTimeout))
	want := `{"error":"timeout","task":"0x0100000000000000000000000000000000000000000000000000000000000000"}`
	if got != want {
		t.Errorf("ErrorDocument = %s, want %s", got, want)
	}
	if ErrorDigest([32]byte{1}, ReasonTimeout) != sha256.Sum256([]byte(want)) {
		t.Error("ErrorDigest is not sha256 of the document")
	}
}

func TestDeferredUpload(t *testing.T) {
	m := newMachine(t)
	j := helloJob(t, m)
	want, err := m.r.Run(context.Background(), j) // uploads at once
	if err != nil || want.Failed || want.ResultFile != "" {
		t.Fatalf("immediate upload: %v %+v", err, want)
	}

	// A second machine with the same app and input, deferring its upload.
	d := newMachine(t)
	d.r.ResultDir = filepath.Join(t.TempDir(), "results")
	jd := helloJob(t, d)
	o, err := d.r.Run(context.Background(), jd)
	if err != nil || o.Failed {
		t.Fatalf("deferred: %v %+v", err, o)
	}
	if o.Digest != want.Digest || o.Location != want.Location || !bytes.Equal(o.ResultsJSON, want.ResultsJSON) {
		t.Errorf("deferred outcome %x %s, want %x %s as when uploading at once", o.Digest, o.Location, want.Digest, want.Location)
	}
	if o.ResultFile != d.r.ResultPath(taskID) {
		t.Errorf("ResultFile %q, want %q", o.ResultFile, d.r.ResultPath(taskID))
	}
	c, err := storage.ParseLocation(o.Location)
	if err != nil {
		t.Fatal(err)
	}
	if has, _ := d.store.Has(context.Background(), c); has {
		t.Fatal("the deferred result is in the store before Upload")
	}
	if ents, _ := os.ReadDir(d.r.ResultDir); len(ents) != 1 {
		t.Errorf("result folder holds %d entries, want the kept tar only", len(ents))
	}
	got, err := d.r.Upload(context.Background(), taskID)
	if err != nil || !got.Equals(c) {
		t.Fatalf("Upload = %s, %v; want %s", got, err, c)
	}
	dir := fetchResult(t, d.store, o)
	if dg, err := result.DigestOf(dir); err != nil || dg.Value != o.Digest {
		t.Errorf("DigestOf(uploaded result) = %s, %v", dg, err)
	}
	if _, err := d.r.Upload(context.Background(), taskID); err != nil {
		t.Errorf("second upload: %v", err)
	}

	// A store that names content otherwise is caught.
	r := &Runner{Store: &renamingStore{d.store}, Executor: d.r.Executor, WorkDir: d.r.WorkDir, ResultDir: d.r.ResultDir}
	if _, err := r.Upload(context.Background(), taskID); err == nil || !strings.Contains(err.Error(), "named the result") {
		t.Errorf("upload to a store naming it otherwise: %v", err)
	}

	if err := d.r.Drop(taskID); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(o.ResultFile); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("kept tar after Drop: %v", err)
	}
	if err := d.r.Drop(taskID); err != nil {
		t.Errorf("second Drop: %v", err)
	}
	if _, err := d.r.Upload(context.Background(), taskID); !errors.Is(err, ErrNoResult) {
		t.Errorf("Upload after Drop: %v, want ErrNoResult", err)
	}

	// Error results are kept too, with the same location as when uploaded.
	cases := failureCases(t, d)
	fc := cases[len(cases)-1].job // input badly addressed
	fo, err := d.r.Run(context.Background(), fc)
	if err != nil || !fo.Failed || fo.ResultFile == "" || fo.Digest != ErrorDigest(taskID, ReasonInputMissing) {
		t.Fatalf("deferred error result: %v %+v", err, fo)
	}
	fc2 := failureCases(t, m)[len(cases)-1].job
	fu, err := m.r.Run(context.Background(), fc2)
	if err != nil || fu.Location != fo.Location {
		t.Errorf("error result location %s deferred, %s uploaded (%v)", fo.Location, fu.Location, err)
	}
	if _, err := d.r.Upload(context.Background(), taskID); err != nil {
		t.Fatal(err)
	}
	fetchResult(t, d.store, fo)
}

// With InlineResultBytes, a small result is returned in the Outcome rather than written
// to ResultDir, under the same location; UploadResult puts those bytes in the store (and
// catches a store that names them otherwise). A larger one is still kept as a file.
func TestInlineResult(t *testing.T) {
	m := newMachine(t)
	j := helloJob(t, m)
	want, err := m.r.Run(context.Background(), j) // uploads at once
	if err != nil || want.Failed {
		t.Fatalf("immediate upload: %v %+v", err, want)
	}
	d := newMachine(t)
	d.r.ResultDir = filepath.Join(t.TempDir(), "results")
	d.r.InlineResultBytes = 64 << 10
	o, err := d.r.Run(context.Background(), helloJob(t, d))
	if err != nil || o.Failed || o.Result == nil || o.ResultFile != "" {
		t.Fatalf("inline: %v, result %d bytes, file %q", err, len(o.Result), o.ResultFile)
	}
	if o.Digest != want.Digest || o.Location != want.Location || !bytes.Equal(o.ResultsJSON, want.ResultsJSON) {
		t.Errorf("inline outcome %x %s, want %x %s as when uploading at once", o.Digest, o.Location, want.Digest, want.Location)
	}
	if ents, _ := os.ReadDir(d.r.ResultDir); len(ents) != 0 {
		t.Errorf("result folder holds %d entries, want none", len(ents))
	}
	c, err := storage.ParseLocation(o.Location)
	if err != nil {
		t.Fatal(err)
	}
	if has, _ := d.store.Has(context.Background(), c); has {
		t.Fatal("the inline result is in the store before UploadResult")
	}
	r := &Runner{Store: &renamingStore{d.store}, Executor: d.r.Executor, WorkDir: d.r.WorkDir}
	if _, err := r.UploadResult(context.Background(), taskID, o.Result); err == nil || !strings.Contains(err.Error(), "named the result") {
		t.Errorf("upload to a store naming it otherwise: %v", err)
	}
	if got, err := d.r.UploadResult(context.Background(), taskID, o.Result); err != nil || !got.Equals(c) {
		t.Fatalf("UploadResult = %s, %v; want %s", got, err, c)
	}
	fetchResult(t, d.store, o)

	d.r.InlineResultBytes = int64(len(o.Result)) - 1
	f, err := d.r.Run(context.Background(), helloJob(t, d))
	if err != nil || f.Result != nil || f.ResultFile != d.r.ResultPath(taskID) || f.Location != o.Location {
		t.Fatalf("over the inline size: %v, result %d bytes, file %q, location %s", err, len(f.Result), f.ResultFile, f.Location)
	}
}

// With ScratchDir, a job that fetches nothing runs in a folder there; one with an input
// in WorkDir.
func TestScratchDir(t *testing.T) {
	m := newMachine(t)
	m.r.ScratchDir = t.TempDir()
	m.r.KeepWorkDir = true
	j := helloJob(t, m)
	if _, err := m.r.Run(context.Background(), j); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(m.r.WorkDir, Hex(taskID), "in")); err != nil {
		t.Errorf("a job with an input: %v", err)
	}
	j.Inputs, j.Args, j.TaskID = nil, []string{"poco"}, [32]byte{9}
	if o, err := m.r.Run(context.Background(), j); err != nil || o.Failed {
		t.Fatal(err, o.Reason)
	}
	if _, err := os.Stat(filepath.Join(m.r.ScratchDir, Hex(j.TaskID), "out")); err != nil {
		t.Errorf("a job without inputs: %v", err)
	}
	if _, err := os.Stat(filepath.Join(m.r.WorkDir, Hex(j.TaskID))); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a job without inputs has a folder in WorkDir: %v", err)
	}
	// No room in the scratch folder: WorkDir.
	m.r.ScratchRoom = func(Job) bool { return false }
	j.TaskID = [32]byte{10}
	if o, err := m.r.Run(context.Background(), j); err != nil || o.Failed {
		t.Fatal(err, o.Reason)
	}
	if _, err := os.Stat(filepath.Join(m.r.WorkDir, Hex(j.TaskID), "out")); err != nil {
		t.Errorf("a job without room in the scratch folder: %v", err)
	}
}

// renamingStore stores content but answers with another CID.
type renamingStore struct{ storage.Store }

func (s *renamingStore) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	_, n, err := s.Store.Put(ctx, r)
	c, _, _ := storage.Sum(bytes.NewReader([]byte("something else")))
	return c, n, err
}

// A result with callback data: the digest is its keccak256 and the Outcome carries it.
func TestCallbackData(t *testing.T) {
	st, err := storage.Dir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	app := []byte("#!/bin/sh\nprintf '{\"callback-data\":\"0xc0ffee\"}' > \"$IEXEC_OUT/computed.json\"\n")
	c, _, err := st.Put(context.Background(), bytes.NewReader(app))
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Store: st, Executor: process.New(), WorkDir: t.TempDir()}
	o, err := r.Run(context.Background(), Job{TaskID: taskID, DealID: dealID, BagSize: 1,
		App: AppRef{Multiaddr: storage.Location(c), Checksum: sha256.Sum256(app)}, Limits: executor.Limits{Time: 20 * time.Second}})
	if err != nil || o.Failed {
		t.Fatalf("run: %v %+v", err, o)
	}
	if !bytes.Equal(o.Callback, []byte{0xc0, 0xff, 0xee}) || o.Digest != [32]byte(crypto.Keccak256([]byte{0xc0, 0xff, 0xee})) {
		t.Errorf("callback %x, digest %x; want c0ffee and its keccak256", o.Callback, o.Digest)
	}
}

// countingStore counts the Gets of each CID.
type countingStore struct {
	storage.Store
	mu   sync.Mutex
	gets map[string]int
}

func (s *countingStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	s.mu.Lock()
	if s.gets == nil {
		s.gets = map[string]int{}
	}
	s.gets[c.String()]++
	s.mu.Unlock()
	return s.Store.Get(ctx, c)
}

func (s *countingStore) count(loc string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gets[strings.TrimPrefix(loc, "/ipfs/")]
}

func TestAppCache(t *testing.T) {
	m := newMachine(t)
	cs := &countingStore{Store: m.store}
	r := &Runner{Store: cs, Executor: m.r.Executor, WorkDir: m.r.WorkDir, AppCache: filepath.Join(t.TempDir(), "apps")}
	j := helloJob(t, m)
	want, err := m.r.Run(context.Background(), j) // without the cache
	if err != nil || want.Failed {
		t.Fatalf("reference run: %v %+v", err, want)
	}
	cached := filepath.Join(r.AppCache, fmt.Sprintf("%x", j.App.Checksum))
	run := func(what string, j Job) Outcome {
		t.Helper()
		o, err := r.Run(context.Background(), j)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return o
	}
	for i := range 3 {
		o := run("cached run", j)
		if o.Failed || o.Digest != want.Digest || o.Location != want.Location {
			t.Fatalf("run %d: %+v, want the uncached outcome %x", i, o, want.Digest)
		}
	}
	if n := cs.count(j.App.Multiaddr); n != 1 {
		t.Errorf("the app was fetched %d times in 3 runs, want once", n)
	}
	fi, err := os.Lstat(cached)
	if err != nil || fi.Mode().Perm() != 0o555 {
		t.Fatalf("cached app %s: %v, mode %v; want a read-only file", cached, err, fi.Mode())
	}

	// A cached file that changed (writable, other bytes) is not trusted: fetched again.
	if err := os.Chmod(cached, 0o755); err != nil {
		t.Fatal(err)
	}
	if o := run("after tampering", j); o.Failed || o.Digest != want.Digest {
		t.Fatalf("after tampering: %+v", o)
	}
	if n := cs.count(j.App.Multiaddr); n != 2 {
		t.Errorf("a writable cached app was trusted (fetched %d times, want 2)", n)
	}
	if fi, err := os.Lstat(cached); err != nil || fi.Mode().Perm() != 0o555 {
		t.Errorf("the cached app was not replaced by a read-only one: %v %v", err, fi.Mode())
	}

	// The cache never stands in for a location it did not check: the same checksum at a
	// location missing from the store fails as it would without the cache.
	missing := j
	notStored, _, err := storage.Sum(bytes.NewReader([]byte("never stored")))
	if err != nil {
		t.Fatal(err)
	}
	missing.App.Multiaddr = storage.Location(notStored)
	if o := run("missing location", missing); !o.Failed || o.Code != ReasonAppInvalid {
		t.Errorf("same checksum at a missing location: %+v, want %s", o, ReasonAppInvalid)
	}
	// A wrong checksum is checked, and caches nothing.
	wrong := j
	wrong.App.Checksum = [32]byte{1}
	if o := run("wrong checksum", wrong); !o.Failed || o.Code != ReasonAppChecksum {
		t.Errorf("wrong checksum: %+v, want %s", o, ReasonAppChecksum)
	}
	if _, err := os.Stat(filepath.Join(r.AppCache, fmt.Sprintf("%x", wrong.App.Checksum))); err == nil {
		t.Error("an app that failed its checksum was cached")
	}
	// The size cap holds for cached apps too.
	small := j
	small.MaxAppBytes = 1000
	if o := run("small cap", small); !o.Failed || o.Code != ReasonAppTooLarge {
		t.Errorf("cached app over MaxAppBytes: %+v, want %s", o, ReasonAppTooLarge)
	}
	if ents, _ := os.ReadDir(r.WorkDir); len(ents) != 0 {
		t.Errorf("work folder left behind: %v", ents)
	}
}

// teeAppPkg is a test app that writes its dataset and secrets to result.txt.
const teeAppPkg = "../testdata/teeapp"

// A confidential job: the encrypted dataset is checked against the checksum of its
// encrypted bytes and decrypted for the app, the secrets reach the app's environment,
// and the result kept is the plain result tar encrypted to the beneficiary's key, whose
// digest is the digest of that ciphertext.
func TestConfidentialJob(t *testing.T) {
	m := newMachine(t)
	app := readApp(t, teeAppPkg)
	key, err := seal.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := seal.EncryptDataset(key, []byte("the secret dataset"))
	if err != nil {
		t.Fatal(err)
	}
	beneficiary, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	j := Job{TaskID: taskID, DealID: dealID, BagSize: 1,
		App:        AppRef{Multiaddr: m.put(t, app), Checksum: sha256.Sum256(app)},
		Dataset:    &DatasetRef{Multiaddr: m.put(t, enc), Checksum: sha256.Sum256(enc)},
		DatasetKey: &key,
		Secrets:    &executor.Secrets{AppDeveloper: "dev-secret", Requester: []string{"req-1", "req-2"}},
		ResultKey:  &beneficiary.PublicKey,
		Limits:     executor.Limits{Time: 20 * time.Second, MemoryBytes: 256 << 20, OutputBytes: 1 << 20},
	}
	o, err := m.r.Run(context.Background(), j)
	if err != nil || o.Failed {
		t.Fatalf("err %v, outcome %+v", err, o)
	}
	dir := fetchResult(t, m.store, o)
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 || ents[0].Name() != result.ComputedJSON || ents[1].Name() != EncryptedFile {
		t.Fatalf("encrypted result holds %v, want computed.json and %s", ents, EncryptedFile)
	}
	sealed, err := os.ReadFile(filepath.Join(dir, EncryptedFile))
	if err != nil {
		t.Fatal(err)
	}
	if o.Digest != sha256.Sum256(sealed) {
		t.Fatalf("digest %x is not sha256 of the encrypted result", o.Digest)
	}
	if d, err := result.DigestOf(dir); err != nil || d.Value != o.Digest {
		t.Fatalf("result.DigestOf the unpacked result: %x, %v; want %x", d.Value, err, o.Digest)
	}
	other, _ := crypto.GenerateKey()
	if _, err := seal.OpenResult(other, sealed); err == nil {
		t.Fatal("another key opened the encrypted result")
	}
	plain, err := seal.OpenResult(beneficiary, sealed)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(bytes.NewReader(plain))
	h, err := tr.Next()
	if err != nil || h.Name != "result.txt" {
		t.Fatalf("plain result tar: %v %v", h, err)
	}
	text, _ := io.ReadAll(tr)
	want := "dataset: the secret dataset\napp secret: dev-secret\nrequester secret 1: req-1\nrequester secret 2: req-2\n"
	if string(text) != want {
		t.Fatalf("the app wrote %q, want %q", text, want)
	}

	// A key that does not open the dataset (or a dataset that is not encrypted) fails the
	// task with its own code.
	wrong, _ := seal.NewKey()
	for name, edit := range map[string]func(*Job){
		"wrong key": func(j *Job) { j.DatasetKey = &wrong },
		"plain dataset": func(j *Job) {
			data := []byte("not encrypted")
			j.Dataset = &DatasetRef{Multiaddr: m.put(t, data), Checksum: sha256.Sum256(data)}
		},
	} {
		jj := j
		edit(&jj)
		o, err := m.r.Run(context.Background(), jj)
		if err != nil || !o.Failed || o.Code != ReasonDatasetDecrypt {
			t.Errorf("%s: err %v, outcome %+v; want a %s failure", name, err, o, ReasonDatasetDecrypt)
		}
	}
}
