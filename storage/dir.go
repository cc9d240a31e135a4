package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ipfs/go-cid"
)

// DirStore keeps each object in a file of a local directory named by its
// CID (base32 CIDv1). Uploads are written to a temporary file in the same
// directory while their CID is computed, synced, then renamed into place.
// Reads re-verify the content against its name (see Store.Get).
type DirStore struct {
	path    string
	maxSize int64
}

// Dir returns a store in directory path, creating it if needed, for objects
// of at most DefaultMaxSize bytes (see SetMaxSize).
func Dir(path string) (*DirStore, error) {
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	return &DirStore{path: path, maxSize: DefaultMaxSize}, nil
}

// SetMaxSize sets the largest object Put accepts.
func (d *DirStore) SetMaxSize(n int64) { d.maxSize = n }

// MaxSize returns the largest object Put accepts.
func (d *DirStore) MaxSize() int64 { return d.maxSize }

// Path returns the store's directory.
func (d *DirStore) Path() string { return d.path }

func (d *DirStore) file(c cid.Cid) string { return filepath.Join(d.path, c.String()) }

// Put streams r into the store. It fails with ErrTooLarge, storing nothing,
// when r holds more than MaxSize bytes.
func (d *DirStore) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
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
	lr := &limitReader{r: ctxReader{ctx, r}, n: d.maxSize,
		err: fmt.Errorf("%w: over %d bytes", ErrTooLarge, d.maxSize)}
	n, err := io.Copy(io.MultiWriter(tmp, s), lr)
	if err != nil {
		s.Abort(err)
		if errors.Is(err, ErrTooLarge) {
			return cid.Undef, 0, err
		}
		if cerr := ctx.Err(); cerr != nil {
			return cid.Undef, 0, cerr
		}
		return cid.Undef, 0, fmt.Errorf("storage: put: %w", err)
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
	return c, n, nil
}

// Get opens c's file. The reader returns ErrCorrupt at the end if the file
// does not hash to c (or is larger than MaxSize).
func (d *DirStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(d.file(c))
	if err != nil {
		return nil, d.err(c, err)
	}
	return newVerifyReader(f, c, d.maxSize), nil
}

// Has tells whether c's file exists.
func (d *DirStore) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := d.Stat(ctx, c)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Stat returns the size of c's file.
func (d *DirStore) Stat(ctx context.Context, c cid.Cid) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	fi, err := os.Stat(d.file(c))
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
	var out []cid.Cid
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if c, err := cid.Decode(e.Name()); err == nil && c.String() == e.Name() {
			out = append(out, c)
		}
	}
	return out, nil
}
