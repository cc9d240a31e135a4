package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
)

func authGateway(t *testing.T, auth *UploadAuth) (*DirStore, *httptest.Server) {
	t.Helper()
	d, err := Dir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	g := Handler(d)
	g.Auth = auth
	srv := httptest.NewServer(g)
	t.Cleanup(srv.Close)
	return d, srv
}

// post sends body with header h and returns the status and the answer's text.
func post(t *testing.T, url string, h http.Header, body []byte) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+"/ipfs", bytes.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestUploadAuth(t *testing.T) {
	ctx := context.Background()
	alice, _ := crypto.GenerateKey()
	mallory, _ := crypto.GenerateKey()
	auth := NewUploadAuth(crypto.PubkeyToAddress(alice.PublicKey))
	d, srv := authGateway(t, auth)
	data := []byte("signed content")
	sum := sha256.Sum256(data)
	stored := func() int { l, _ := d.List(); return len(l) }

	// Unsigned: refused, with a message naming the missing header.
	if code, msg := post(t, srv.URL, nil, data); code != 401 || !strings.Contains(msg, HeaderUploadSigner+" is missing") {
		t.Fatalf("unsigned: %d %q", code, msg)
	}
	if _, _, err := HTTP(srv.URL, nil).Put(ctx, bytes.NewReader(data)); !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("unsigned HTTPStore.Put: %v", err)
	}

	// Signed by a key that is not allowed.
	h := http.Header{}
	SignUpload(h, mallory, sum, time.Now())
	if code, msg := post(t, srv.URL, h, data); code != 401 || !strings.Contains(msg, "may not upload") {
		t.Fatalf("not allowed: %d %q", code, msg)
	}
	// Claims to be alice, signed by mallory.
	h.Set(HeaderUploadSigner, crypto.PubkeyToAddress(alice.PublicKey).Hex())
	if code, msg := post(t, srv.URL, h, data); code != 401 || !strings.Contains(msg, "is not "+crypto.PubkeyToAddress(alice.PublicKey).Hex()+"'s") {
		t.Fatalf("wrong signature: %d %q", code, msg)
	}
	// Alice's signature with a changed timestamp: the signature no longer matches.
	h = http.Header{}
	SignUpload(h, alice, sum, time.Now())
	good := h.Clone()
	h.Set(HeaderUploadTimestamp, "1")
	if code, msg := post(t, srv.URL, h, data); code != 401 || !strings.Contains(msg, "more than 5m0s") {
		t.Fatalf("old timestamp: %d %q", code, msg)
	}
	// Too old, validly signed.
	h = http.Header{}
	SignUpload(h, alice, sum, time.Now().Add(-10*time.Minute))
	if code, msg := post(t, srv.URL, h, data); code != 401 || !strings.Contains(msg, "sign it again now") {
		t.Fatalf("expired: %d %q", code, msg)
	}
	// Signed for other content: refused once the body is read, nothing stored.
	h = http.Header{}
	SignUpload(h, alice, sha256.Sum256([]byte("other")), time.Now())
	if code, msg := post(t, srv.URL, h, data); code != 403 || !strings.Contains(msg, "does not match its signed sha256") {
		t.Fatalf("other content: %d %q", code, msg)
	}
	if n := stored(); n != 0 {
		t.Fatalf("%d objects stored by refused uploads", n)
	}

	// Signed: accepted. Replayed: refused.
	if code, msg := post(t, srv.URL, good, data); code != 201 {
		t.Fatalf("signed: %d %q", code, msg)
	}
	if code, msg := post(t, srv.URL, good, data); code != 401 || !strings.Contains(msg, "already used") {
		t.Fatalf("replay: %d %q", code, msg)
	}

	// The client signs when given a key: from a file-like reader and from a stream.
	s := HTTP(srv.URL, nil)
	s.SetKey(alice)
	for i, r := range []io.Reader{bytes.NewReader(seeded(ChunkSize+5, 7)), io.MultiReader(bytes.NewReader(seeded(1000, 8)))} {
		c, _, err := s.Put(ctx, r)
		if err != nil {
			t.Fatalf("signed Put %d: %v", i, err)
		}
		if ok, _ := d.Has(ctx, c); !ok {
			t.Fatalf("signed Put %d: not stored", i)
		}
	}
	s.SetKey(mallory)
	if _, _, err := s.Put(ctx, bytes.NewReader(data)); !errors.Is(err, ErrUnauthorized) || !strings.Contains(err.Error(), "may not upload") {
		t.Fatalf("Put by a signer not allowed: %v", err)
	}
	// Downloads stay open.
	if got := readAll(t, HTTP(srv.URL, nil), mustSum(t, data)); !bytes.Equal(got, data) {
		t.Fatal("download differs")
	}
}

func mustSum(t *testing.T, data []byte) (c cid.Cid) {
	t.Helper()
	c, _, err := Sum(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return c
}
