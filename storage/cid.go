package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
)

const (
	// ChunkSize is the fixed chunk size of kubo's default chunker
	// ("size-262144").
	ChunkSize = 262144
	// MaxLinks is the most children a UnixFS node gets (kubo's default,
	// boxo's helpers.DefaultLinksPerBlock).
	MaxLinks = 174
	// DefaultMaxSize is the largest object a store accepts unless told
	// otherwise: 1 GiB.
	DefaultMaxSize int64 = 1 << 30
)

var (
	// ErrNotFound matches the errors for objects a store does not hold.
	ErrNotFound = errors.New("storage: object not found")
	// ErrTooLarge is returned for objects over a store's maximum size.
	ErrTooLarge = errors.New("storage: object too large")
	// ErrCorrupt is returned when bytes do not match their CID.
	ErrCorrupt = errors.New("storage: content does not match its CID")
)

type notFoundError struct {
	c     cid.Cid
	where string
}

func (e *notFoundError) Error() string {
	return fmt.Sprintf("no object %s in %s", e.c, e.where)
}

func (e *notFoundError) Is(target error) bool { return target == ErrNotFound }

func corrupt(want, got cid.Cid) error {
	return fmt.Errorf("%w: want %s, content hashes to %s", ErrCorrupt, want, got)
}

// prefix is the CID builder for the dag-pb nodes: CIDv1, sha2-256. Leaves
// use the raw codec (DagBuilderParams.RawLeaves).
var prefix = cid.Prefix{Version: 1, Codec: cid.DagProtobuf, MhType: mh.SHA2_256, MhLength: -1}

// Sum reads r to EOF and returns its CID (see the package documentation)
// and length. It holds one chunk and the DAG's links in memory, not the
// content.
func Sum(r io.Reader) (cid.Cid, int64, error) {
	buf := packBufs.Get().(*packBuf)
	defer packBufs.Put(buf)
	small := buf[:PackMax+1]
	n, eof, err := fill(r, small)
	switch {
	case err != nil:
		return cid.Undef, int64(n), err
	case eof: // all of it, in one chunk
		return leafCID(small[:n]), int64(n), nil
	}
	// The chunker takes a reader's own io.ErrUnexpectedEOF for the end:
	// errReader keeps it.
	src := &errReader{r: r}
	cr := &countReader{r: io.MultiReader(bytes.NewReader(small[:n]), src)}
	c, err := layout(cr)
	if err == nil && src.err != nil {
		err = src.err
	}
	return c, cr.n, err
}

// leafCID returns the CID of content of at most ChunkSize bytes: the CIDv1
// of a raw block (raw codec, sha2-256), which is what the importer gives
// content that fits in one chunk, without running it.
func leafCID(data []byte) cid.Cid {
	sum := sha256.Sum256(data)
	h, _ := mh.Encode(sum[:], mh.SHA2_256)
	return cid.NewCidV1(cid.Raw, h)
}

// Verify checks that data is the content of c. It returns nil or an error
// matching ErrCorrupt.
func Verify(c cid.Cid, data []byte) error {
	got, err := layout(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if !got.Equals(c) {
		return corrupt(c, got)
	}
	return nil
}

func layout(r io.Reader) (cid.Cid, error) {
	p := prefix
	params := helpers.DagBuilderParams{
		Dagserv:    nullDAG{},
		RawLeaves:  true,
		Maxlinks:   MaxLinks,
		CidBuilder: &p,
	}
	db, err := params.New(chunker.NewSizeSplitter(r, ChunkSize))
	if err != nil {
		return cid.Undef, err
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, err
	}
	return nd.Cid(), nil
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// nullDAG drops the nodes the importer produces: only the root's CID is
// wanted, and the balanced layout never reads nodes back.
type nullDAG struct{}

var _ ipld.DAGService = nullDAG{}

func (nullDAG) Get(_ context.Context, c cid.Cid) (ipld.Node, error) {
	return nil, ipld.ErrNotFound{Cid: c}
}

func (nullDAG) GetMany(context.Context, []cid.Cid) <-chan *ipld.NodeOption {
	ch := make(chan *ipld.NodeOption)
	close(ch)
	return ch
}
func (nullDAG) Add(context.Context, ipld.Node) error        { return nil }
func (nullDAG) AddMany(context.Context, []ipld.Node) error  { return nil }
func (nullDAG) Remove(context.Context, cid.Cid) error       { return nil }
func (nullDAG) RemoveMany(context.Context, []cid.Cid) error { return nil }

// summer computes a CID from bytes written to it, running the importer in a
// goroutine fed through a pipe.
type summer struct {
	pw   *io.PipeWriter
	n    int64
	done chan struct{}
	c    cid.Cid
	err  error
}

func newSummer() *summer {
	pr, pw := io.Pipe()
	s := &summer{pw: pw, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		s.c, s.err = layout(pr)
		if s.err != nil {
			pr.CloseWithError(s.err)
		} else {
			pr.Close()
		}
	}()
	return s
}

func (s *summer) Write(p []byte) (int, error) {
	n, err := s.pw.Write(p)
	s.n += int64(n)
	return n, err
}

// Sum ends the input and returns the CID.
func (s *summer) Sum() (cid.Cid, error) {
	s.pw.Close()
	<-s.done
	return s.c, s.err
}

// Abort stops the importer.
func (s *summer) Abort(err error) {
	if err == nil {
		err = io.ErrClosedPipe
	}
	s.pw.CloseWithError(err)
	<-s.done
}

// verifyReader passes r through and, at EOF, returns ErrCorrupt instead of
// io.EOF if what was read does not hash to want.
type verifyReader struct {
	r      io.Reader
	closer io.Closer
	want   cid.Cid
	max    int64 // 0: no limit
	s      *summer
	err    error
}

func newVerifyReader(rc io.ReadCloser, want cid.Cid, max int64) *verifyReader {
	return &verifyReader{r: rc, closer: rc, want: want, max: max, s: newSummer()}
}

func (v *verifyReader) Read(p []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	n, err := v.r.Read(p)
	if n > 0 {
		if _, werr := v.s.Write(p[:n]); werr != nil {
			v.fail(werr)
			return 0, v.err
		}
		if v.max > 0 && v.s.n > v.max {
			v.fail(fmt.Errorf("%w: %s is over %d bytes", ErrCorrupt, v.want, v.max))
			return 0, v.err
		}
	}
	switch {
	case err == io.EOF:
		got, serr := v.s.Sum()
		if serr != nil {
			v.err = serr
		} else if !got.Equals(v.want) {
			v.err = corrupt(v.want, got)
		} else {
			v.err = io.EOF
		}
		if v.err != io.EOF {
			return 0, v.err // do not hand out the last bytes of corrupt content
		}
		return n, io.EOF
	case err != nil:
		v.fail(err)
		return n, err
	}
	return n, nil
}

func (v *verifyReader) fail(err error) {
	v.err = err
	v.s.Abort(err)
}

func (v *verifyReader) Close() error {
	if v.err == nil {
		v.fail(errors.New("storage: reader closed"))
	}
	return v.closer.Close()
}
