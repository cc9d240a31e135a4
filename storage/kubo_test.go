package storage

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/pocolabs/poco/internal/kubotest"
)

// The kubo tests run against a real daemon (internal/kubotest): without the
// ipfs binary they skip, and under CI=true they fail.

func TestKuboPutGetSameCIDs(t *testing.T) {
	n := kubotest.Start(t)
	ctx := context.Background()
	k := Kubo(n.API, nil)
	sizes := []int{0, 11, ChunkSize, ChunkSize + 1, 3 << 20}
	if !testing.Short() {
		// Over MaxLinks chunks: the balanced layout gets a second level.
		sizes = append(sizes, (MaxLinks+3)*ChunkSize+12345)
	}
	for _, size := range sizes {
		data := seeded(size, int64(size))
		want, _, err := Sum(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		c, got, err := k.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%d bytes: Put: %v", size, err)
		}
		if !c.Equals(want) || got != int64(size) {
			t.Fatalf("%d bytes: Put gave %s, %d bytes; Sum says %s, %d bytes", size, c, got, want, size)
		}
		if back := readAll(t, k, c); !bytes.Equal(back, data) {
			t.Fatalf("%d bytes: Get gave %d other bytes", size, len(back))
		}
		if sz, err := k.Stat(ctx, c); err != nil || sz != int64(size) {
			t.Fatalf("%d bytes: Stat = %d, %v", size, sz, err)
		}
		if ok, err := k.Has(ctx, c); err != nil || !ok {
			t.Fatalf("%d bytes: Has = %v, %v", size, ok, err)
		}
		// Putting it again changes nothing.
		if c2, _, err := k.Put(ctx, bytes.NewReader(data)); err != nil || !c2.Equals(c) {
			t.Fatalf("%d bytes: second Put: %s, %v", size, c2, err)
		}
	}
}

// TestKuboDefaultAdd checks that a plain `ipfs add --cid-version=1` with the
// node's default configuration (not the options Put sends) gives the CIDs of
// Sum, so content added by hand by an operator is found under the same CID.
func TestKuboDefaultAdd(t *testing.T) {
	n := kubotest.Start(t)
	for _, size := range []int{100, 3 << 20} {
		data := seeded(size, 7)
		f := filepath.Join(t.TempDir(), "f")
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got := strings.TrimSpace(n.Run(t, "add", "--cid-version=1", "-Q", f))
		want, _, _ := Sum(bytes.NewReader(data))
		if got != want.String() {
			t.Fatalf("%d bytes: ipfs add --cid-version=1 gave %s, Sum %s", size, got, want)
		}
	}
}

func TestKuboHasStatAbsent(t *testing.T) {
	n := kubotest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	k := Kubo(n.API, nil)
	absent, _, _ := Sum(bytes.NewReader(seeded(3<<20, 99)))
	absentRaw, _, _ := Sum(strings.NewReader("never stored"))
	for _, cc := range []cid.Cid{absent, absentRaw} {
		c := cc.String()
		if ok, err := k.Has(ctx, cc); err != nil || ok {
			t.Fatalf("Has(%s) = %v, %v; want false, nil", c, ok, err)
		}
		if _, err := k.Stat(ctx, cc); !errors.Is(err, ErrNotFound) {
			t.Fatalf("Stat(%s) = %v; want ErrNotFound", c, err)
		}
		k.SetOffline(true)
		if _, err := k.Get(ctx, cc); !errors.Is(err, ErrNotFound) {
			t.Fatalf("offline Get(%s) = %v; want ErrNotFound", c, err)
		}
		k.SetOffline(false)
		// The daemon runs offline: even a network Get fails at once.
		if _, err := k.Get(ctx, cc); !errors.Is(err, ErrNotFound) {
			t.Fatalf("Get(%s) = %v; want ErrNotFound", c, err)
		}
	}

	// An object of which the node holds only a part is not "had".
	data := seeded(3<<20, 5)
	c, _, err := k.Put(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	n.Run(t, "pin", "rm", c.String())
	leaves := strings.Fields(n.Run(t, "refs", c.String()))
	if len(leaves) != 12 {
		t.Fatalf("3 MiB object has %d leaves, want 12", len(leaves))
	}
	n.Run(t, "block", "rm", leaves[5])
	if ok, err := k.Has(ctx, c); err != nil || ok {
		t.Fatalf("Has(partly held object) = %v, %v; want false, nil", ok, err)
	}
	if _, err := k.Stat(ctx, c); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Stat(partly held object) = %v; want ErrNotFound", err)
	}
}

// proxy puts a reverse proxy in front of the node's API that lets modify
// change the answers.
func proxy(t *testing.T, api string, modify func(*http.Response) error) string {
	u, err := url.Parse(api)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	rp.ModifyResponse = modify
	srv := httptest.NewServer(rp)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestKuboCorruptRefused(t *testing.T) {
	n := kubotest.Start(t)
	ctx := context.Background()
	data := seeded(3<<20, 11)
	k := Kubo(n.API, nil)
	c, _, err := k.Put(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}

	// A node (or anything between) that sends other bytes for cat.
	flip := proxy(t, n.API, func(r *http.Response) error {
		if strings.HasSuffix(r.Request.URL.Path, "/cat") {
			b, err := io.ReadAll(r.Body)
			if err != nil {
				return err
			}
			r.Body.Close()
			b[len(b)/2] ^= 1
			r.Body = io.NopCloser(bytes.NewReader(b))
		}
		return nil
	})
	rc, err := Kubo(flip, nil).Get(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(rc); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Get of altered bytes: %v; want ErrCorrupt", err)
	}
	rc.Close()

	// A node that reports another CID for an upload (other import settings).
	other, _, _ := Sum(strings.NewReader("something else"))
	lie := proxy(t, n.API, func(r *http.Response) error {
		if strings.HasSuffix(r.Request.URL.Path, "/add") {
			io.Copy(io.Discard, r.Body)
			r.Body.Close()
			r.Header.Del("Content-Length")
			r.Header.Del("Trailer")
			r.Trailer = nil
			r.Body = io.NopCloser(strings.NewReader(`{"Name":"object","Hash":"` + other.String() + `","Size":"10"}` + "\n"))
		}
		return nil
	})
	if _, _, err := Kubo(lie, nil).Put(ctx, bytes.NewReader(data)); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Put to a node reporting another CID: %v; want ErrCorrupt", err)
	}

	// Asking for a CID whose content is another object's: the bytes the
	// node holds under c are checked against c, so a wrong CID is caught by
	// not being found at all (content addressing) — and a truncated answer
	// is refused.
	cut := proxy(t, n.API, func(r *http.Response) error {
		if strings.HasSuffix(r.Request.URL.Path, "/cat") {
			r.Body = struct {
				io.Reader
				io.Closer
			}{io.LimitReader(r.Body, 1000), r.Body}
		}
		return nil
	})
	rc, err = Kubo(cut, nil).Get(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadAll(rc); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Get of a truncated answer: %v; want ErrCorrupt", err)
	}
	rc.Close()
}

func TestKuboTooLarge(t *testing.T) {
	n := kubotest.Start(t)
	ctx := context.Background()
	k := Kubo(n.API, nil)
	k.SetMaxSize(1000)
	data := seeded(5000, 3)
	if _, _, err := k.Put(ctx, bytes.NewReader(data)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Put over the maximum: %v; want ErrTooLarge", err)
	}
	c, _, _ := Sum(bytes.NewReader(data))
	if ok, err := Kubo(n.API, nil).Has(ctx, c); err != nil || ok {
		t.Fatalf("Has(refused object) = %v, %v; want false", ok, err)
	}
	// Get refuses objects over the maximum too.
	c, _, err := Kubo(n.API, nil).Put(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := k.Get(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if _, err := io.ReadAll(rc); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Get over the maximum: %v; want ErrCorrupt", err)
	}
}

func TestOpenKubo(t *testing.T) {
	n := kubotest.Start(t)
	ctx := context.Background()
	s, err := Open(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	k, ok := s.(*KuboStore)
	if !ok {
		t.Fatalf("Open(%s) gave a %T, want *KuboStore", n.URL, s)
	}
	if k.API() != n.API {
		t.Fatalf("API %s, want %s", k.API(), n.API)
	}
	c, _, err := s.Put(ctx, strings.NewReader("hello world"))
	if err != nil {
		t.Fatal(err)
	}
	if c.String() != "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e" {
		t.Fatalf("hello world: %s", c)
	}
	if Location(c) != "/ipfs/bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e" {
		t.Fatal(Location(c))
	}
}
