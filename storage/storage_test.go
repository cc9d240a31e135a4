package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// Vectors from kubo: `ipfs add --cid-version=1` (raw leaves, sha2-256).
// A file of at most one chunk is a single raw block, so its CID is the raw
// block's CID.
var kuboVectors = []struct {
	name, data, cid string
}{
	{"empty", "", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"},
	{"hello world", "hello world", "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"},
	// `echo "hello world" | ipfs add --cid-version=1`
	{"hello world\\n", "hello world\n", "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"},
}

func TestKuboVectors(t *testing.T) {
	for _, v := range kuboVectors {
		c, n, err := Sum(bytes.NewReader([]byte(v.data)))
		if err != nil {
			t.Fatal(err)
		}
		if c.String() != v.cid || n != int64(len(v.data)) {
			t.Errorf("%s: got %s (%d bytes), want %s", v.name, c, n, v.cid)
		}
		// Independently of boxo: a raw block's CID is CIDv1(raw, sha2-256(data)).
		if raw := rawCID(t, []byte(v.data)); raw.String() != v.cid {
			t.Errorf("%s: raw block CID %s, want %s", v.name, raw, v.cid)
		}
		if err := Verify(c, []byte(v.data)); err != nil {
			t.Errorf("%s: Verify: %v", v.name, err)
		}
		if err := Verify(c, []byte(v.data+"x")); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: Verify of other bytes: %v, want ErrCorrupt", v.name, err)
		}
	}
}

func rawCID(t testing.TB, data []byte) cid.Cid {
	h, err := mh.Sum(data, mh.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	return cid.NewCidV1(cid.Raw, h)
}

// seeded returns n pseudo-random bytes, the same on every run.
func seeded(n int, seed int64) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(seed)).Read(b)
	return b
}

// TestMultiChunk checks files of several chunks. Sum runs boxo's balanced
// importer with kubo's default parameters (262,144-byte fixed chunks, 174
// links, raw leaves, CIDv1 sha2-256) — the same code path `ipfs add
// --cid-version=1` takes — so its CIDs are kubo's. To guard against a
// wrong parameter on our side, the root is also rebuilt here by hand from
// the dag-pb and UnixFS specifications (one level of links to raw leaves,
// which holds up to 174 chunks) and the CIDs compared; and the results are
// pinned so a change in boxo cannot move them silently.
func TestMultiChunk(t *testing.T) {
	pinned := map[int]string{
		ChunkSize + 1: "bafybeihazrwaw6jap6b4ueakkihngg4kiuus5migbr6oe6sh36nqxhmdju",
		1<<20 + 12345: "bafybeibgccnbwu573ws5b7scfxfrs5diqzbbuktponua7aj45hatu4a25u",
		// 175 chunks: two levels (the hand-built check covers one level only).
		MaxLinks*ChunkSize + 1: "bafybeifbuye6dl73uofrcjvbylqcsrlccsuvjqetghwswiy7cahthnrvni",
	}
	for size, want := range pinned {
		data := seeded(size, int64(size))
		c, n, err := Sum(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if n != int64(size) || c.Prefix().Codec != cid.DagProtobuf || c.Version() != 1 {
			t.Fatalf("size %d: got %s (%d bytes)", size, c, n)
		}
		if size <= MaxLinks*ChunkSize {
			if hand := handRoot(t, data); !hand.Equals(c) {
				t.Errorf("size %d: boxo gives %s, hand-built root %s", size, c, hand)
			}
		}
		if c.String() != want {
			t.Errorf("size %d: got %s, pinned %s", size, c, want)
		}
		t.Logf("size %d: %s", size, c)
		if err := Verify(c, data); err != nil {
			t.Error(err)
		}
		data[len(data)/2] ^= 1
		if err := Verify(c, data); !errors.Is(err, ErrCorrupt) {
			t.Errorf("flipped bit: %v", err)
		}
	}
}

// handRoot builds the dag-pb root of a UnixFS file of 2..174 chunks with raw
// leaves, following the dag-pb (links first, then data) and UnixFS
// (Type=File, filesize, blocksizes) encodings.
func handRoot(t testing.TB, data []byte) cid.Cid {
	pv := func(b []byte, v uint64) []byte { return binary.AppendUvarint(b, v) }
	field := func(b []byte, tag byte, p []byte) []byte {
		return append(pv(append(b, tag), uint64(len(p))), p...)
	}
	var ufs []byte
	ufs = append(ufs, 0x08, 0x02)                  // Type = File
	ufs = pv(append(ufs, 0x18), uint64(len(data))) // filesize
	var node []byte
	for off := 0; off < len(data); off += ChunkSize {
		chunk := data[off:min(off+ChunkSize, len(data))]
		var link []byte
		link = field(link, 0x0a, rawCID(t, chunk).Bytes()) // Hash
		link = field(link, 0x12, nil)                      // Name ""
		link = pv(append(link, 0x18), uint64(len(chunk)))  // Tsize
		node = field(node, 0x12, link)
		ufs = pv(append(ufs, 0x20), uint64(len(chunk))) // blocksizes
	}
	node = field(node, 0x0a, ufs)
	sum := sha256.Sum256(node)
	h, err := mh.Encode(sum[:], mh.SHA2_256)
	if err != nil {
		t.Fatal(err)
	}
	return cid.NewCidV1(cid.DagProtobuf, h)
}

func TestDirRoundTrip(t *testing.T) {
	ctx := context.Background()
	d, err := Dir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for i, size := range []int{0, 1, ChunkSize, ChunkSize + 1, 1<<20 + 7} {
		data := seeded(size, int64(i))
		c, n, err := d.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		want, _, _ := Sum(bytes.NewReader(data))
		if !c.Equals(want) || n != int64(size) {
			t.Fatalf("size %d: Put gave %s %d, want %s", size, c, n, want)
		}
		if ok, err := d.Has(ctx, c); !ok || err != nil {
			t.Fatalf("Has: %v %v", ok, err)
		}
		if s, err := d.Stat(ctx, c); s != int64(size) || err != nil {
			t.Fatalf("Stat: %d %v", s, err)
		}
		got := readAll(t, d, c)
		if !bytes.Equal(got, data) {
			t.Fatalf("size %d: content differs", size)
		}
		// Storing again is a no-op.
		if c2, _, err := d.Put(ctx, bytes.NewReader(data)); err != nil || !c2.Equals(c) {
			t.Fatalf("second Put: %s %v", c2, err)
		}
	}
	list, err := d.List()
	if err != nil || len(list) != 5 {
		t.Fatalf("List: %v %v", list, err)
	}
	ents, _ := os.ReadDir(d.Path())
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), ".put-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
	// Sizes 0 and 1 went to a pack, the others to files of their own.
	if len(ents) != 4 {
		t.Errorf("%d entries in the folder, want 3 files and the pack folder", len(ents))
	}
}

func readAll(t testing.TB, s Store, c cid.Cid) []byte {
	t.Helper()
	rc, err := s.Get(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDirNotFound(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d, _ := Dir(dir)
	c := rawCID(t, []byte("absent"))
	_, err := d.Get(ctx, c)
	if !errors.Is(err, ErrNotFound) || err.Error() != "no object "+c.String()+" in "+dir {
		t.Errorf("Get: %v", err)
	}
	if _, err := d.Stat(ctx, c); !errors.Is(err, ErrNotFound) {
		t.Errorf("Stat: %v", err)
	}
	if ok, err := d.Has(ctx, c); ok || err != nil {
		t.Errorf("Has: %v %v", ok, err)
	}
}

func TestDirCorrupt(t *testing.T) {
	ctx := context.Background()
	d, _ := Dir(t.TempDir())
	for _, size := range []int{100, 3*ChunkSize + 5} {
		data := seeded(size, 9)
		c, _, err := d.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		data[size-1] ^= 0x80 // same size, one bit differs
		if size <= PackMax {
			corruptPacked(t, d, c, size-1)
		} else {
			path := filepath.Join(d.Path(), c.String())
			os.Chmod(path, 0o644)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		rc, err := d.Get(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		_, err = io.ReadAll(rc)
		rc.Close()
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("size %d: read of corrupt file: %v, want ErrCorrupt", size, err)
		}
	}
}

func TestDirTooLarge(t *testing.T) {
	ctx := context.Background()
	d, _ := Dir(t.TempDir())
	d.SetMaxSize(1000)
	if _, _, err := d.Put(ctx, bytes.NewReader(seeded(1000, 1))); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	if _, _, err := d.Put(ctx, bytes.NewReader(seeded(1001, 1))); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the limit: %v", err)
	}
	if l, _ := d.List(); len(l) != 1 {
		t.Errorf("%d objects in the store, want 1", len(l))
	}
	if _, _, err := d.Put(ctx, bytes.NewReader(seeded(PackMax+10, 1))); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the limit, over PackMax: %v", err)
	}
	ents, _ := os.ReadDir(d.Path())
	for _, e := range ents {
		if e.Name() != packDir {
			t.Errorf("%s left in the folder", e.Name())
		}
	}
}

func TestDirCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d, _ := Dir(t.TempDir())
	if _, _, err := d.Put(ctx, bytes.NewReader(seeded(10, 1))); !errors.Is(err, context.Canceled) {
		t.Fatalf("Put: %v", err)
	}
}

func TestLocation(t *testing.T) {
	c := rawCID(t, []byte("result"))
	loc := Location(c)
	if loc != "/ipfs/"+c.String() {
		t.Fatal(loc)
	}
	for _, s := range []string{loc, "ipfs://" + c.String()} {
		if got, err := ParseLocation(s); err != nil || !got.Equals(c) {
			t.Errorf("ParseLocation(%q) = %s, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "/ipfs/", "/ipns/" + c.String(), "/ipfs/nope", loc + "/x"} {
		if _, err := ParseLocation(s); err == nil {
			t.Errorf("ParseLocation(%q) succeeded", s)
		}
	}
	j := ResultJSON(c)
	if string(j) != `{"storage":"ipfs","location":"/ipfs/`+c.String()+`"}` {
		t.Errorf("ResultJSON = %s", j)
	}
	if got, err := ParseResult(j); err != nil || !got.Equals(c) {
		t.Errorf("ParseResult = %s, %v", got, err)
	}
	if _, err := ParseResult([]byte(`{"storage":"s3","location":"/ipfs/` + c.String() + `"}`)); err == nil {
		t.Error("ParseResult accepted storage s3")
	}
}

func BenchmarkDirPut64MiB(b *testing.B) {
	data := seeded(64<<20, 1)
	d, _ := Dir(b.TempDir())
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		data[0] = byte(i) // a new object each time
		if _, _, err := d.Put(context.Background(), bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSum64MiB(b *testing.B) {
	data := seeded(64<<20, 1)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, _, err := Sum(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func writeFile(path string, data []byte) error {
	os.Chmod(path, 0o644)
	return os.WriteFile(path, data, 0o644)
}
