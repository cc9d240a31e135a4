package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// corruptPacked flips a bit of byte i of c's content in its pack file.
func corruptPacked(t *testing.T, d *DirStore, c interface{ String() string }, i int) {
	t.Helper()
	d.mu.Lock()
	var l packLoc
	found := false
	for k, v := range d.index {
		if k.String() == c.String() {
			l, found = v, true
		}
	}
	d.mu.Unlock()
	if !found {
		t.Fatalf("%s is not in a pack", c)
	}
	path := filepath.Join(d.packPath(), l.p.name)
	os.Chmod(path, 0o644)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, 1)
	if _, err := f.ReadAt(b, l.off+int64(i)); err != nil {
		t.Fatal(err)
	}
	b[0] ^= 0x80
	if _, err := f.WriteAt(b, l.off+int64(i)); err != nil {
		t.Fatal(err)
	}
}

// Sum's shortcut for content of one chunk gives what the importer gives.
func TestSumSmall(t *testing.T) {
	for _, size := range []int{0, 1, 300, PackMax, PackMax + 1, ChunkSize, ChunkSize + 1} {
		data := seeded(size, int64(size))
		want, err := layout(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		got, n, err := Sum(bytes.NewReader(data))
		if err != nil || !got.Equals(want) || n != int64(size) {
			t.Errorf("%d bytes: Sum = %s, %d, %v; the importer gives %s", size, got, n, err, want)
		}
		if size <= ChunkSize {
			if c := leafCID(data); !c.Equals(want) {
				t.Errorf("%d bytes: leafCID = %s, want %s", size, c, want)
			}
		}
	}
}

// A Put that returned has had its bytes synced (the sync started after the
// write), and a store opened afresh on the folder finds every object.
func TestDirPutIsOnDiskAfterReturn(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var synced atomic.Int64 // the pack's size when its last sync started
	d.sync = func(f *os.File) error {
		fi, err := f.Stat()
		if err != nil {
			return err
		}
		synced.Store(fi.Size())
		return f.Sync()
	}
	want := map[string][]byte{}
	for i, size := range []int{0, 1, 300, 4096, PackMax, PackMax + 1, 2*ChunkSize + 3} {
		data := seeded(size, int64(i))
		c, n, err := d.Put(ctx, bytes.NewReader(data))
		if err != nil || n != int64(size) {
			t.Fatalf("%d bytes: Put: %d, %v", size, n, err)
		}
		want[c.String()] = data
		if size <= PackMax {
			l, ok, _ := d.lookup(c, false)
			if !ok {
				t.Fatalf("%d bytes: not in a pack", size)
			}
			if end := l.off + l.n + 4; synced.Load() < end {
				t.Fatalf("%d bytes: Put returned with the pack synced up to %d bytes, the record ends at %d", size, synced.Load(), end)
			}
		} else if _, err := os.Stat(filepath.Join(dir, c.String())); err != nil {
			t.Fatalf("%d bytes: no file of its own: %v", size, err)
		}
	}
	again, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	list, err := again.List()
	if err != nil || len(list) != len(want) {
		t.Fatalf("reopened: List = %d objects, %v; want %d", len(list), err, len(want))
	}
	for _, c := range list {
		if got := readAll(t, again, c); !bytes.Equal(got, want[c.String()]) {
			t.Errorf("reopened: %s: other content", c)
		}
		if n, err := again.Stat(ctx, c); err != nil || n != int64(len(want[c.String()])) {
			t.Errorf("reopened: Stat(%s) = %d, %v", c, n, err)
		}
	}
}

// Concurrent Puts share syncs: the first sync is held until every Put has
// written its record, so one more sync covers all the others.
func TestDirGroupSync(t *testing.T) {
	const n = 32
	ctx := context.Background()
	dir := t.TempDir()
	d, _ := Dir(dir)
	// The pack exists before the puts start, so that its size tells how
	// many records were written.
	if _, _, err := d.Put(ctx, bytes.NewReader([]byte("first"))); err != nil {
		t.Fatal(err)
	}
	start := d.cur.written.Load()
	recLen := int64(4 + 4 + 2 + 36 + 8 + 4) // head, a 36-byte raw CID, 8 bytes, CRC
	release := make(chan struct{})
	var syncs atomic.Int32
	d.sync = func(f *os.File) error {
		if syncs.Add(1) == 1 {
			<-release
		}
		return f.Sync()
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, errs[i] = d.Put(ctx, bytes.NewReader([]byte(fmt.Sprintf("obj %04d", i))))
		}()
	}
	for d.cur.written.Load() < start+n*recLen {
		runtime.Gosched()
	}
	close(release)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("put %d: %v", i, err)
		}
	}
	if s := syncs.Load(); s != 2 {
		t.Errorf("%d puts took %d syncs, want 2 (the one held, then one for all the others)", n, s)
	}
	again, _ := Dir(dir)
	if l, _ := again.List(); len(l) != n+1 {
		t.Errorf("reopened: %d objects, want %d", len(l), n+1)
	}
}

type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, f.err
	}
	return n, err
}

// Among concurrent Puts, one whose content fails to read reports its own
// error and stores nothing; the others succeed and are on disk.
func TestDirGroupSyncOneFails(t *testing.T) {
	const n = 24
	ctx := context.Background()
	dir := t.TempDir()
	d, _ := Dir(dir)
	bad := errors.New("the uploader's connection broke")
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var r io.Reader = bytes.NewReader([]byte(fmt.Sprintf("object %d", i)))
			if i == n/2 {
				r = &failingReader{r: r, err: bad}
			}
			_, _, errs[i] = d.Put(ctx, r)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if i == n/2 {
			if !errors.Is(err, bad) {
				t.Errorf("the failing put: %v, want its reader's error", err)
			}
		} else if err != nil {
			t.Errorf("put %d: %v", i, err)
		}
	}
	again, _ := Dir(dir)
	for i := range n {
		c := leafCID([]byte(fmt.Sprintf("object %d", i)))
		ok, err := again.Has(ctx, c)
		if err != nil || ok != (i != n/2) {
			t.Errorf("reopened: object %d: Has = %v, %v", i, ok, err)
		}
	}
}

// A failed sync fails every Put it was to cover, with the sync's error;
// the store then appends to a new pack, and later Puts succeed.
func TestDirSyncFails(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d, _ := Dir(dir)
	ioErr := errors.New("input/output error")
	var fail atomic.Bool
	fail.Store(true)
	d.sync = func(f *os.File) error {
		if fail.Load() {
			return ioErr
		}
		return f.Sync()
	}
	c, _, err := d.Put(ctx, bytes.NewReader([]byte("lost")))
	if !errors.Is(err, ioErr) {
		t.Fatalf("Put with a failing sync: %v, want the sync's error", err)
	}
	if ok, _ := d.Has(ctx, c); ok {
		t.Error("an object whose Put failed is listed")
	}
	broken := d.cur
	fail.Store(false)
	c2, _, err := d.Put(ctx, bytes.NewReader([]byte("kept")))
	if err != nil {
		t.Fatalf("Put after the failure: %v", err)
	}
	if d.cur == broken {
		t.Error("the store went on appending to the pack whose sync failed")
	}
	again, _ := Dir(dir)
	if got := readAll(t, again, c2); string(got) != "kept" {
		t.Errorf("reopened: %q", got)
	}
}

// Two stores on one folder see each other's objects; a store opened on a
// folder whose pack ends in a torn record (a crash during an append) finds
// the records before it and goes on working.
func TestDirSharedFolderAndTornPack(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a, _ := Dir(dir)
	b, _ := Dir(dir)
	ca, _, err := a.Put(ctx, bytes.NewReader([]byte("from a")))
	if err != nil {
		t.Fatal(err)
	}
	cb, _, err := b.Put(ctx, bytes.NewReader([]byte("from b")))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, b, ca); string(got) != "from a" {
		t.Errorf("b reads a's object: %q", got)
	}
	if n, err := a.Stat(ctx, cb); err != nil || n != 6 {
		t.Errorf("a stats b's object: %d, %v", n, err)
	}
	if l, _ := a.List(); len(l) != 2 {
		t.Errorf("a lists %d objects, want 2", len(l))
	}
	// Storing a's object through b adds nothing to b's pack.
	before := b.cur.written.Load()
	if c, _, err := b.Put(ctx, bytes.NewReader([]byte("from a"))); err != nil || !c.Equals(ca) {
		t.Fatalf("b stores a's object again: %s, %v", c, err)
	}
	if b.cur.written.Load() != before {
		t.Error("b appended a copy of an object a's pack holds")
	}

	// A record cut short at the end of a's pack.
	path := filepath.Join(a.packPath(), a.cur.name)
	os.Chmod(path, 0o644)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	buf := packBufs.Get().(*packBuf)
	copy(buf[packHead:], "torn away")
	rec, _ := record(buf, leafCID([]byte("torn away")), 9)
	f.Write(rec[:len(rec)-6])
	f.Close()

	c, err := Dir(dir)
	if err != nil {
		t.Fatalf("opening a folder with a torn pack: %v", err)
	}
	if l, _ := c.List(); len(l) != 2 {
		t.Errorf("after the torn record: %d objects, want 2", len(l))
	}
	if ok, _ := c.Has(ctx, leafCID([]byte("torn away"))); ok {
		t.Error("the torn record is taken for an object")
	}
	if _, _, err := c.Put(ctx, bytes.NewReader([]byte("after"))); err != nil {
		t.Fatal(err)
	}
}

// A pack record whose content was damaged on disk: Get reports ErrCorrupt,
// and a store opened afresh does not take the record for an object.
func TestDirCorruptPack(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d, _ := Dir(dir)
	c, _, err := d.Put(ctx, bytes.NewReader(seeded(300, 3)))
	if err != nil {
		t.Fatal(err)
	}
	corruptPacked(t, d, c, 10)
	rc, err := d.Get(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(rc)
	rc.Close()
	if !errors.Is(err, ErrCorrupt) {
		t.Errorf("read of a damaged record: %v, want ErrCorrupt", err)
	}
	again, _ := Dir(dir)
	if ok, err := again.Has(ctx, c); ok || err != nil {
		t.Errorf("reopened: Has = %v, %v; want false (the record fails its CRC)", ok, err)
	}
}

// An upload cut short (an HTTP body shorter than its Content-Length reads
// as io.ErrUnexpectedEOF) fails and stores nothing; Sum fails likewise.
func TestDirTruncatedUpload(t *testing.T) {
	ctx := context.Background()
	d, _ := Dir(t.TempDir())
	cut := func() io.Reader {
		return &failingReader{r: bytes.NewReader([]byte("half an obj")), err: io.ErrUnexpectedEOF}
	}
	if _, _, err := d.Put(ctx, cut()); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("Put of a cut body: %v, want io.ErrUnexpectedEOF", err)
	}
	if l, _ := d.List(); len(l) != 0 {
		t.Errorf("a cut body was stored: %v", l)
	}
	if _, _, err := Sum(cut()); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("Sum of a cut body: %v", err)
	}
	long := &failingReader{r: bytes.NewReader(seeded(ChunkSize+10, 1)), err: io.ErrUnexpectedEOF}
	if _, _, err := Sum(long); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("Sum of a cut body of two chunks: %v", err)
	}
}

func packNames(t *testing.T, d *DirStore) []string {
	t.Helper()
	ents, err := os.ReadDir(d.packPath())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// A store appends to the pack of a store that was closed (its flock is
// gone) rather than start a pack per opening; a pack whose writer is still
// open, or whose end is torn, is left alone. Whatever the pack, every object
// is found again after reopening.
func TestDirAdoptsIdlePack(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	put := func(d *DirStore, s string) {
		t.Helper()
		if _, _, err := d.Put(ctx, bytes.NewReader([]byte(s))); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := Dir(dir)
	put(a, "one")
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	b, _ := Dir(dir)
	put(b, "two")
	if n := packNames(t, b); len(n) != 1 {
		t.Fatalf("after a was closed, b started a pack of its own: %v", n)
	}
	c, _ := Dir(dir)
	put(c, "three") // b is open: c may not append to b's pack
	if n := packNames(t, c); len(n) != 2 {
		t.Fatalf("c appended to the pack b still has open: %v", n)
	}
	b.Close()
	c.Close()

	// A torn record at the end of b's pack (the crash of a writer).
	d, _ := Dir(dir)
	l, ok, _ := d.lookup(leafCID([]byte("two")), false)
	if !ok {
		t.Fatal("two is not in a pack")
	}
	torn := l.p.path
	d.Close()
	f, err := os.OpenFile(torn, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("PCK1\x40\x00"))
	f.Close()

	e, _ := Dir(dir)
	put(e, "four")
	put(e, "five")
	if l, _, _ := e.lookup(leafCID([]byte("four")), false); l.p.path == torn {
		t.Error("e appended after a torn record")
	}
	e.Close()
	again, _ := Dir(dir)
	for _, s := range []string{"one", "two", "three", "four", "five"} {
		if got := readAll(t, again, leafCID([]byte(s))); string(got) != s {
			t.Errorf("reopened: %q reads %q", s, got)
		}
	}
}
