package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ipfs/go-cid"
)

// DirStore keeps objects in a local folder. An object of at most PackMax
// bytes (a task's result, typically) is appended to a pack file of the
// folder's ".pack" folder (see pack.go); a larger one is a file of the
// folder named by its CID (base32 CIDv1), written to a temporary file in the
// folder while its CID is computed, synced, renamed into place, and the
// folder synced. Put returns once the object is on disk, either way: a Put
// that succeeded survives a crash of the process or the machine. Reads
// re-verify the content against its CID (see Store.Get).
//
// Several stores, in one process or several, may share a folder: each
// appends to packs of its own and finds the objects of the others' packs
// when it does not know an object it is asked for.
type DirStore struct {
	path    string
	maxSize int64
	// sync makes a pack file's appended records durable; tests replace it.
	sync func(*os.File) error

	mu    sync.Mutex
	index map[cid.Cid]packLoc // objects in packs
	packs map[string]*pack    // by file name
	cur   *pack               // the pack Put appends to; nil until the first small Put
}

// Dir returns a store in directory path, creating it if needed, for objects
// of at most DefaultMaxSize bytes (see SetMaxSize). It reads the folder's
// pack files to know the objects they hold.
func Dir(path string) (*DirStore, error) {
	if err := mkdirDurable(path); err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	d := &DirStore{path: path, maxSize: DefaultMaxSize, sync: (*os.File).Sync,
		index: map[cid.Cid]packLoc{}, packs: map[string]*pack{}}
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.refresh(); err != nil {
		return nil, fmt.Errorf("%w (store folder %s)", err, path)
	}
	return d, nil
}

// mkdirDurable creates folder path and its missing parents, syncing the
// folder above each one it creates, so that the store's folder does not
// vanish in a crash after a Put that succeeded.
func mkdirDurable(path string) error {
	fi, err := os.Stat(path)
	if err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("%s is not a folder", path)
		}
		return nil
	}
	var created []string
	for p := filepath.Clean(path); ; p = filepath.Dir(p) {
		if _, err := os.Stat(p); err == nil || p == filepath.Dir(p) {
			break
		}
		created = append(created, p)
	}
	if err := os.MkdirAll(path, 0o755); err != nil {
		return err
	}
	for _, p := range created {
		if err := syncDir(filepath.Dir(p)); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the store's pack files, letting another store append to
// them. The store must not be used afterwards.
func (d *DirStore) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	var first error
	for _, p := range d.packs {
		if p.f != nil {
			if err := p.f.Close(); err != nil && first == nil {
				first = fmt.Errorf("storage: closing pack %s: %w", p.name, err)
			}
			p.f = nil
		}
	}
	d.cur = nil
	return first
}

// SetMaxSize sets the largest object Put accepts.
func (d *DirStore) SetMaxSize(n int64) { d.maxSize = n }

// MaxSize returns the largest object Put accepts.
func (d *DirStore) MaxSize() int64 { return d.maxSize }

// Path returns the store's directory.
func (d *DirStore) Path() string { return d.path }

func (d *DirStore) file(c cid.Cid) string { return filepath.Join(d.path, c.String()) }

// Put streams r into the store and returns once the object is on disk. It
// fails with ErrTooLarge, storing nothing, when r holds more than MaxSize
// bytes.
func (d *DirStore) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	lr := newLimitReader(ctxReader{ctx, r}, d.maxSize)
	buf := packBufs.Get().(*packBuf)
	defer packBufs.Put(buf)
	data := buf[packHead : packHead+PackMax+1]
	n, eof, err := fill(lr, data)
	switch {
	case err != nil:
		return cid.Undef, 0, putErr(ctx, err)
	case eof: // all of it, at most PackMax bytes
		c := leafCID(data[:n])
		if err := d.putSmall(buf, c, n); err != nil {
			return cid.Undef, 0, err
		}
		return c, int64(n), nil
	}
	return d.putFile(ctx, io.MultiReader(bytes.NewReader(data[:n]), lr))
}

// fill reads r into buf until buf is full or r ends (eof). Unlike
// io.ReadFull it tells a reader's own io.ErrUnexpectedEOF (an HTTP body cut
// short) from the end of the content.
func fill(r io.Reader, buf []byte) (n int, eof bool, err error) {
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err == io.EOF {
			return n, true, nil
		}
		if err != nil {
			return n, false, err
		}
	}
	return n, false, nil
}

func putErr(ctx context.Context, err error) error {
	if errors.Is(err, ErrTooLarge) {
		return err
	}
	if cerr := ctx.Err(); cerr != nil {
		return cerr
	}
	return fmt.Errorf("storage: put: %w", err)
}

// putFile stores r as a file of its own.
func (d *DirStore) putFile(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	tmp, err := os.CreateTemp(d.path, ".put-*")
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: %w", err)
	}
	keep := false
	defer func() {
		if !keep {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	s := newSummer()
	n, err := io.Copy(io.MultiWriter(tmp, s), r)
	if err != nil {
		s.Abort(err)
		return cid.Undef, 0, putErr(ctx, err)
	}
	c, err := s.Sum()
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o444); err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
	}
	if err := os.Rename(tmp.Name(), d.file(c)); err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
	}
	keep = true
	// The new name is durable only once the folder is synced.
	if err := syncDir(d.path); err != nil {
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
	}
	return c, n, nil
}

// Get opens c's file. The reader returns ErrCorrupt at the end if the file
// does not hash to c (or is larger than MaxSize).
func (d *DirStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// A file named by the CID comes first: the folder's layout before
	// packs, and what an operator may put there by hand.
	f, err := os.Open(d.file(c))
	if errors.Is(err, fs.ErrNotExist) {
		l, ok, lerr := d.lookup(c, true)
		if lerr != nil {
			return nil, lerr
		}
		if ok {
			return l.reader(c)
		}
	}
	if err != nil {
		return nil, d.err(c, err)
	}
	return newVerifyReader(f, c, d.maxSize), nil
}

// reader returns a reader of the packed object c, checked against c before
// it hands out any byte (a packed object is small: it is read whole).
func (l packLoc) reader(c cid.Cid) (io.ReadCloser, error) {
	f := l.p.f
	if f == nil { // another store's pack
		var err error
		if f, err = os.Open(l.p.path); err != nil {
			return nil, fmt.Errorf("storage: reading %s: %w", c, err)
		}
		defer f.Close()
	}
	data := make([]byte, l.n)
	if _, err := f.ReadAt(data, l.off); err != nil {
		return nil, fmt.Errorf("storage: reading %s from pack %s: %w", c, l.p.name, err)
	}
	if got := leafCID(data); !got.Equals(c) {
		return io.NopCloser(errorReader{corrupt(c, got)}), nil
	}
	return io.NopCloser(bytes.NewReader(data)), nil
}

type errorReader struct{ err error }

func (e errorReader) Read([]byte) (int, error) { return 0, e.err }

// Has tells whether the store holds c.
func (d *DirStore) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := d.Stat(ctx, c)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Stat returns the size of c's content.
func (d *DirStore) Stat(ctx context.Context, c cid.Cid) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	fi, err := os.Stat(d.file(c)) // a file first, as in Get
	if errors.Is(err, fs.ErrNotExist) {
		l, ok, lerr := d.lookup(c, true)
		if lerr != nil {
			return 0, lerr
		}
		if ok {
			return l.n, nil
		}
	}
	if err != nil {
		return 0, d.err(c, err)
	}
	if !fi.Mode().IsRegular() {
		return 0, fmt.Errorf("%w: %s is not a regular file", ErrCorrupt, d.file(c))
	}
	return fi.Size(), nil
}

func (d *DirStore) err(c cid.Cid, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return &notFoundError{c: c, where: d.path}
	}
	return fmt.Errorf("storage: %w", err)
}

// List returns the CIDs of the objects in the store.
func (d *DirStore) List() ([]cid.Cid, error) {
	ents, err := os.ReadDir(d.path)
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.refresh(); err != nil {
		return nil, err
	}
	out := make([]cid.Cid, 0, len(d.index))
	for c := range d.index {
		out = append(out, c)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if c, err := cid.Decode(e.Name()); err == nil && c.String() == e.Name() {
			if _, ok := d.index[c]; !ok {
				out = append(out, c)
			}
		}
	}
	return out, nil
}
