package requester

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/pocolabs/poco/result"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

var ctx = context.Background()

type entry struct {
	name string
	typ  byte
	body string
	link string
	mode int64
}

func tarOf(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Typeflag: e.typ, Size: int64(len(e.body)), Linkname: e.link, Mode: 0o644}
		if e.mode != 0 {
			h.Mode = e.mode
		}
		if e.typ != tar.TypeReg {
			h.Size = 0
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if e.typ == tar.TypeReg {
			if _, err := tw.Write([]byte(e.body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestExtractAccepts(t *testing.T) {
	data := tarOf(t,
		entry{name: "./", typ: tar.TypeDir},
		entry{name: "a/", typ: tar.TypeDir},
		entry{name: "a/b.txt", typ: tar.TypeReg, body: "B"},
		entry{name: "./c/d/e.txt", typ: tar.TypeReg, body: "E"}, // parent folders not listed
		entry{name: "run.sh", typ: tar.TypeReg, body: "#!/bin/sh\n", mode: 0o755},
		entry{name: "empty", typ: tar.TypeReg},
	)
	dir := t.TempDir()
	if err := Extract(bytes.NewReader(data), int64(len(data)), dir); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"a/b.txt": "B", "c/d/e.txt": "E", "run.sh": "#!/bin/sh\n", "empty": ""} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v; want %q", name, got, err, want)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "run.sh")); err != nil || fi.Mode().Perm() != 0o755 {
		t.Errorf("run.sh: %v %v, want mode 0755", fi.Mode(), err)
	}
	if fi, err := os.Stat(filepath.Join(dir, "a/b.txt")); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("a/b.txt: %v %v, want mode 0644", fi.Mode(), err)
	}
}

func TestExtractRefuses(t *testing.T) {
	for _, tc := range []struct {
		name    string
		entries []entry
		want    string
	}{
		{"dot-dot", []entry{{name: "../evil", typ: tar.TypeReg, body: "x"}}, `leaves the folder`},
		{"dot-dot inside", []entry{{name: "a/../../evil", typ: tar.TypeReg, body: "x"}}, `leaves the folder`},
		{"dot-dot folder", []entry{{name: "a/../", typ: tar.TypeDir}}, `leaves the folder`},
		{"absolute", []entry{{name: "/tmp/evil", typ: tar.TypeReg, body: "x"}}, "absolute path"},
		{"symlink", []entry{{name: "link", typ: tar.TypeSymlink, link: "/etc/passwd"}}, "symbolic link"},
		{"symlink then write through it", []entry{{name: "d", typ: tar.TypeSymlink, link: "/tmp"}, {name: "d/x", typ: tar.TypeReg, body: "x"}}, "symbolic link"},
		{"hard link", []entry{{name: "a", typ: tar.TypeReg, body: "x"}, {name: "b", typ: tar.TypeLink, link: "a"}}, "hard link"},
		{"fifo", []entry{{name: "p", typ: tar.TypeFifo}}, "named pipe"},
		{"device", []entry{{name: "null", typ: tar.TypeChar}}, "device"},
		{"twice", []entry{{name: "a", typ: tar.TypeReg, body: "x"}, {name: "a", typ: tar.TypeReg, body: "y"}}, "twice"},
		{"file over folder", []entry{{name: "a/", typ: tar.TypeDir}, {name: "a", typ: tar.TypeReg, body: "y"}}, "twice"},
		{"empty name", []entry{{name: "", typ: tar.TypeReg, body: "y"}}, "no usable name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := tarOf(t, tc.entries...)
			dir := filepath.Join(t.TempDir(), "out")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			err := Extract(bytes.NewReader(data), int64(len(data)), dir)
			if !errors.Is(err, ErrBadArchive) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Extract: %v, want ErrBadArchive saying %q", err, tc.want)
			}
			// Nothing outside the folder.
			ents, _ := os.ReadDir(filepath.Dir(dir))
			if len(ents) != 1 {
				t.Errorf("the folder's parent holds %d entries, want only the folder", len(ents))
			}
		})
	}
	// Not a tar; more bytes than the archive.
	dir := t.TempDir()
	if err := Extract(strings.NewReader(strings.Repeat("x", 1000)), 1000, dir); !errors.Is(err, ErrBadArchive) {
		t.Errorf("Extract of garbage: %v, want ErrBadArchive", err)
	}
	data := tarOf(t, entry{name: "big", typ: tar.TypeReg, body: strings.Repeat("x", 100)})
	if err := Extract(bytes.NewReader(data), 50, t.TempDir()); !errors.Is(err, ErrBadArchive) || !strings.Contains(err.Error(), "more bytes") {
		t.Errorf("Extract past the size: %v, want ErrBadArchive saying more bytes", err)
	}
}

// testStore is a directory store with helpers to put results.
type testStore struct {
	*storage.DirStore
	t *testing.T
}

func newTestStore(t *testing.T) testStore {
	s, err := storage.Dir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return testStore{s, t}
}

// putFolder stores the tar (job.WriteTar) of a folder holding files and returns the
// results field and the folder's digest.
func (s testStore) putFolder(files map[string]string) ([]byte, common.Hash) {
	t := s.t
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := result.DigestOf(dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := job.WriteTar(&buf, dir); err != nil {
		t.Fatal(err)
	}
	c, _, err := s.Put(ctx, &buf)
	if err != nil {
		t.Fatal(err)
	}
	return storage.ResultJSON(c), common.Hash(d.Value)
}

func completed(idx uint64, results []byte, digest common.Hash) *sdk.Task {
	return &sdk.Task{ID: common.BytesToHash([]byte{byte(idx + 1)}), Index: idx, Status: sdk.TaskCompleted, Results: results, ResultDigest: digest}
}

func TestDownload(t *testing.T) {
	s := newTestStore(t)
	results, digest := s.putFolder(map[string]string{"hello.txt": "hello\n", "a/b": "B\n"})
	out := filepath.Join(t.TempDir(), "results")
	task := completed(3, results, digest)

	d, err := Download(ctx, s, task, filepath.Join(out, "3"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := storage.ParseResult(results)
	if !d.Verified || d.Existing || d.Digest != digest || d.Dir != filepath.Join(out, "3") || d.CID != want || d.Index != 3 || d.AppError != "" {
		t.Fatalf("Download: %+v", d)
	}
	if b, err := os.ReadFile(filepath.Join(out, "3", "a", "b")); err != nil || string(b) != "B\n" {
		t.Fatalf("a/b: %q %v", b, err)
	}
	// Nothing left behind but the result.
	if ents, _ := os.ReadDir(out); len(ents) != 1 || ents[0].Name() != "3" {
		t.Errorf("the results folder holds %v", ents)
	}
	// Again: already there.
	if d, err := Download(ctx, s, task, filepath.Join(out, "3")); err != nil || !d.Existing || !d.Verified {
		t.Fatalf("second Download: %+v, %v", d, err)
	}

	// A digest that does not match: kept aside, not in the folder.
	bad := completed(4, results, common.HexToHash("0x1234"))
	d, err = Download(ctx, s, bad, filepath.Join(out, "4"))
	if !errors.Is(err, ErrDigestMismatch) || d == nil || d.Verified || d.Digest != digest || d.Dir != filepath.Join(out, "4"+UnverifiedSuffix) ||
		!strings.Contains(err.Error(), "do not trust it") || !strings.Contains(err.Error(), digest.Hex()) {
		t.Fatalf("Download with the wrong digest: %+v, %v", d, err)
	}
	if _, err := os.Stat(filepath.Join(out, "4")); !os.IsNotExist(err) {
		t.Errorf("the mismatched result is in the folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "4.unverified", "hello.txt")); err != nil {
		t.Errorf("the mismatched result is not kept: %v", err)
	}
	// Again: the kept copy is replaced.
	if _, err := Download(ctx, s, bad, filepath.Join(out, "4")); !errors.Is(err, ErrDigestMismatch) {
		t.Fatalf("second Download with the wrong digest: %v", err)
	}

	// A folder that holds something else is left alone; an empty one is replaced.
	other := filepath.Join(out, "5")
	if err := os.MkdirAll(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(other, "mine.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Download(ctx, s, completed(5, results, digest), other); !errors.Is(err, ErrExists) {
		t.Fatalf("Download into a used folder: %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(filepath.Join(other, "mine.txt")); string(b) != "mine" {
		t.Fatal("Download touched a used folder")
	}
	empty := filepath.Join(out, "6")
	if err := os.MkdirAll(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if d, err := Download(ctx, s, completed(6, results, digest), empty); err != nil || !d.Verified || d.Existing {
		t.Fatalf("Download into an empty folder: %+v, %v", d, err)
	}

	// No result to download.
	unset := &sdk.Task{Index: 7, Status: sdk.TaskActive}
	if _, err := Download(ctx, s, unset, filepath.Join(out, "7")); !errors.Is(err, ErrNoResult) {
		t.Errorf("Download of an ACTIVE task: %v", err)
	}
	if _, err := Download(ctx, s, completed(8, []byte("0xdeadbeef"), digest), filepath.Join(out, "8")); !errors.Is(err, ErrNoResult) ||
		!strings.Contains(err.Error(), "0xdeadbeef") {
		t.Errorf("Download of a task without a stored result: %v", err)
	}
	missing := storage.ResultJSON(cid.MustParse("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"))
	if _, err := Download(ctx, s, completed(9, missing, digest), filepath.Join(out, "9")); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("Download of a result not in the store: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "9")); !os.IsNotExist(err) {
		t.Errorf("a failed download left a folder: %v", err)
	}
}

// A store whose copy is corrupt: nothing is unpacked.
func TestDownloadCorrupt(t *testing.T) {
	s := newTestStore(t)
	results, digest := s.putFolder(map[string]string{"hello.txt": "hello\n"})
	c, _ := storage.ParseResult(results)
	other := tarOf(t, entry{name: "hello.txt", typ: tar.TypeReg, body: "HELLO\n"})
	if err := os.WriteFile(filepath.Join(s.Path(), c.String()), other, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "0")
	if _, err := Download(ctx, s, completed(0, results, digest), dir); !errors.Is(err, storage.ErrCorrupt) {
		t.Fatalf("Download of corrupt content: %v, want ErrCorrupt", err)
	}
	if ents, _ := os.ReadDir(filepath.Dir(dir)); len(ents) != 0 {
		t.Errorf("a corrupt download left %v", ents)
	}
}

// An error result (the app failed) verifies like any result and says its code.
func TestDownloadErrorResult(t *testing.T) {
	s := newTestStore(t)
	task := completed(0, nil, common.Hash{})
	doc := job.ErrorDocument(task.ID, job.ReasonExitCode)
	results, digest := s.putFolder(map[string]string{"error.json": string(doc), "computed.json": `{"deterministic-output-path":"error.json"}`})
	if digest != common.Hash(job.ErrorDigest(task.ID, job.ReasonExitCode)) {
		t.Fatalf("error result digest %s, want job.ErrorDigest", digest.Hex())
	}
	task.Results, task.ResultDigest = results, digest
	d, err := Download(ctx, s, task, filepath.Join(t.TempDir(), "0"))
	if err != nil || !d.Verified || d.AppError != job.ReasonExitCode {
		t.Fatalf("Download of an error result: %+v, %v", d, err)
	}
}

func TestCounts(t *testing.T) {
	var tasks []*sdk.Task
	for _, s := range []sdk.TaskStatus{sdk.TaskUnset, sdk.TaskActive, sdk.TaskActive, sdk.TaskRevealing, sdk.TaskCompleted, sdk.TaskFailed, sdk.TaskCompleted} {
		tasks = append(tasks, &sdk.Task{Status: s})
	}
	n := Count(tasks)
	if n != (Counts{Unset: 1, Active: 2, Revealing: 1, Completed: 2, Failed: 1}) || n.Total() != 7 || n.Done() != 3 ||
		n.String() != "UNSET 1, ACTIVE 2, REVEALING 1, COMPLETED 2, FAILED 1" {
		t.Fatalf("Count: %+v %d %d %q", n, n.Total(), n.Done(), n)
	}
}
