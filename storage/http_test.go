package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

func newGateway(t *testing.T, max int64) (*DirStore, *httptest.Server) {
	t.Helper()
	d, err := Dir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	g := Handler(d)
	g.MaxUpload = max
	srv := httptest.NewServer(g)
	t.Cleanup(srv.Close)
	return d, srv
}

func TestGatewayRaw(t *testing.T) {
	d, srv := newGateway(t, 1<<20)
	data := seeded(ChunkSize+10, 3)

	// Upload.
	resp, err := http.Post(srv.URL+"/ipfs", "application/octet-stream", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var up UploadResponse
	json.NewDecoder(resp.Body).Decode(&up)
	resp.Body.Close()
	want, _, _ := Sum(bytes.NewReader(data))
	if resp.StatusCode != http.StatusCreated || up.CID != want.String() || up.Size != int64(len(data)) {
		t.Fatalf("upload: %s %+v", resp.Status, up)
	}
	if ok, _ := d.Has(context.Background(), want); !ok {
		t.Fatal("not stored")
	}

	// PUT works too.
	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/ipfs", strings.NewReader("put"))
	resp, err = http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("PUT: %v %v", resp.Status, err)
	}
	resp.Body.Close()

	// Download.
	resp, err = http.Get(srv.URL + "/ipfs/" + up.CID)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	h := resp.Header
	if resp.StatusCode != 200 || !bytes.Equal(body, data) ||
		h.Get("Content-Type") != "application/octet-stream" ||
		h.Get("ETag") != `"`+up.CID+`"` ||
		h.Get("Content-Length") != strconv.Itoa(len(data)) {
		t.Fatalf("GET: %s %v (%d bytes)", resp.Status, h, len(body))
	}

	// HEAD.
	resp, err = http.Head(srv.URL + "/ipfs/" + up.CID)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.ContentLength != int64(len(data)) || resp.Header.Get("ETag") != `"`+up.CID+`"` {
		t.Fatalf("HEAD: %s %v", resp.Status, resp.Header)
	}

	// If-None-Match.
	req, _ = http.NewRequest(http.MethodGet, srv.URL+"/ipfs/"+up.CID, nil)
	req.Header.Set("If-None-Match", `"`+up.CID+`"`)
	resp, err = http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusNotModified {
		t.Fatalf("If-None-Match: %v %v", resp.Status, err)
	}
	resp.Body.Close()

	// 404, 400, 413.
	absent := rawCID(t, []byte("absent"))
	for _, tc := range []struct {
		method, path string
		body         []byte
		code         int
		msg          string
	}{
		{"GET", "/ipfs/" + absent.String(), nil, 404, "no object " + absent.String()},
		{"HEAD", "/ipfs/" + absent.String(), nil, 404, ""},
		{"GET", "/ipfs/bafyNOTACID", nil, 400, "malformed CID"},
		{"GET", "/ipfs/" + up.CID + "/sub", nil, 400, "paths inside objects"},
		{"POST", "/ipfs", seeded(1<<20+1, 1), 413, "over 1048576 bytes"},
		{"DELETE", "/ipfs/" + up.CID, nil, 405, ""},
	} {
		req, _ := http.NewRequest(tc.method, srv.URL+tc.path, bytes.NewReader(tc.body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.code || !strings.Contains(string(b), tc.msg) {
			t.Errorf("%s %s: %s %q", tc.method, tc.path, resp.Status, b)
		}
	}
}

func TestGatewayOversizeChunked(t *testing.T) {
	d, srv := newGateway(t, 1000)
	// No Content-Length: the limit is enforced while reading.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/ipfs", io.MultiReader(bytes.NewReader(seeded(1001, 1))))
	req.ContentLength = -1
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("got %s", resp.Status)
	}
	if l, _ := d.List(); len(l) != 0 {
		t.Fatalf("stored %v", l)
	}
}

func TestHTTPStore(t *testing.T) {
	ctx := context.Background()
	_, srv := newGateway(t, 4<<20)
	s := HTTP(srv.URL+"/", srv.Client())
	var _ Store = s
	for i, size := range []int{0, 1, ChunkSize, ChunkSize + 1, 1<<20 + 7} {
		data := seeded(size, int64(i))
		c, n, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		want, _, _ := Sum(bytes.NewReader(data))
		if !c.Equals(want) || n != int64(size) {
			t.Fatalf("Put: %s %d", c, n)
		}
		if ok, err := s.Has(ctx, c); !ok || err != nil {
			t.Fatalf("Has: %v %v", ok, err)
		}
		if sz, err := s.Stat(ctx, c); sz != int64(size) || err != nil {
			t.Fatalf("Stat: %d %v", sz, err)
		}
		if got := readAll(t, s, c); !bytes.Equal(got, data) {
			t.Fatal("content differs")
		}
	}
	absent := rawCID(t, []byte("absent"))
	if ok, err := s.Has(ctx, absent); ok || err != nil {
		t.Fatalf("Has absent: %v %v", ok, err)
	}
	if _, err := s.Get(ctx, absent); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get absent: %v", err)
	}
	if _, _, err := s.Put(ctx, bytes.NewReader(seeded(4<<20+1, 1))); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Put oversize: %v", err)
	}
}

// liar serves other bytes than asked for, and claims a wrong CID on upload.
type liar struct{ body []byte }

func (l liar) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		io.Copy(io.Discard, r.Body)
		w.WriteHeader(http.StatusCreated)
		c, _, _ := Sum(bytes.NewReader(l.body))
		json.NewEncoder(w).Encode(UploadResponse{CID: c.String(), Size: int64(len(l.body))})
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(l.body)))
	w.Write(l.body)
}

func TestHTTPStoreLyingGateway(t *testing.T) {
	ctx := context.Background()
	for _, size := range []int{5, 2*ChunkSize + 3} {
		srv := httptest.NewServer(liar{seeded(size, 1)})
		s := HTTP(srv.URL, nil)
		asked, _, _ := Sum(bytes.NewReader(seeded(size, 2)))
		rc, err := s.Get(ctx, asked)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc)
		rc.Close()
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("size %d: lying download: %v, want ErrCorrupt", size, err)
		}
		if len(got) == size {
			t.Errorf("size %d: all the wrong bytes were handed out", size)
		}
		if _, _, err := s.Put(ctx, bytes.NewReader(seeded(size, 2))); !errors.Is(err, ErrCorrupt) {
			t.Errorf("size %d: lying upload: %v, want ErrCorrupt", size, err)
		}
		srv.Close()
	}
}

// A corrupt file behind the gateway: the response is cut short, and the
// HTTP client reports an error rather than content.
func TestGatewayCorruptFile(t *testing.T) {
	ctx := context.Background()
	d, srv := newGateway(t, 4<<20)
	data := seeded(3*ChunkSize, 4)
	c, _, err := d.Put(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	path := d.Path() + "/" + c.String()
	data[0] ^= 1
	if err := writeFile(path, data); err != nil {
		t.Fatal(err)
	}
	rc, err := HTTP(srv.URL, nil).Get(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(rc)
	rc.Close()
	if err == nil {
		t.Fatal("corrupt object downloaded without error")
	}
}
