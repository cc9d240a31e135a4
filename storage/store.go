package storage

import (
	"context"
	"fmt"
	"io"

	"github.com/ipfs/go-cid"
)

// Store is a content-addressed object store.
type Store interface {
	// Put stores the content of r and returns its CID and size. Storing
	// content that is already there succeeds and changes nothing.
	Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error)
	// Get returns a reader of c's content. The reader verifies the content
	// as it is read and returns ErrCorrupt instead of io.EOF on a mismatch.
	Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error)
	// Has tells whether the store holds c.
	Has(ctx context.Context, c cid.Cid) (bool, error)
	// Stat returns the size of c's content.
	Stat(ctx context.Context, c cid.Cid) (int64, error)
}

// ctxReader fails reads once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// limitReader reads at most max bytes and fails with an error matching
// ErrTooLarge past that.
type limitReader struct {
	r   io.Reader
	max int64 // the limit
	n   int64 // bytes read
}

func newLimitReader(r io.Reader, max int64) *limitReader { return &limitReader{r: r, max: max} }

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n > l.max {
		return 0, l.tooLarge()
	}
	if left := l.max - l.n; left < int64(len(p))-1 {
		p = p[:left+1]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.max {
		return n, l.tooLarge()
	}
	return n, err
}

func (l *limitReader) tooLarge() error {
	return fmt.Errorf("%w: over %d bytes", ErrTooLarge, l.max)
}
