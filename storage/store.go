package storage

import (
	"context"
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

// limitReader reads at most max bytes and fails with err past that.
type limitReader struct {
	r   io.Reader
	n   int64 // bytes left before the limit
	err error
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, l.err
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, l.err
	}
	return n, err
}
