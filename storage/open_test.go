package storage

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestOpenForms(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	for _, loc := range []string{filepath.Join(dir, "a"), "file://" + filepath.Join(dir, "b"), "file://localhost" + filepath.Join(dir, "c")} {
		s, err := Open(ctx, loc)
		if err != nil {
			t.Fatalf("Open(%q): %v", loc, err)
		}
		d, ok := s.(*DirStore)
		if !ok || !strings.HasPrefix(d.Path(), dir) {
			t.Fatalf("Open(%q) = %T %v, want a DirStore under %s", loc, s, s, dir)
		}
	}

	for _, loc := range []string{"http://127.0.0.1:5080", "https://storage.example.org/"} {
		s, err := Open(ctx, loc)
		if err != nil {
			t.Fatalf("Open(%q): %v", loc, err)
		}
		if _, ok := s.(*HTTPStore); !ok {
			t.Fatalf("Open(%q) = %T, want *HTTPStore", loc, s)
		}
	}

	bad := map[string]string{
		"":                  "no storage location",
		"ftp://example.org": "unknown storage location",
		"ipfs://bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e": "ipfs+http://HOST:5001",
		"http://":                      "has no host",
		"ipfs+http://":                 "has no host",
		"ipfs+http://h:5001?offline=1": "not understood",
		"file://host/x":                "file:///absolute/path",
	}
	for loc, want := range bad {
		_, err := Open(ctx, loc)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%q) = %v; want an error saying %q", loc, err, want)
		}
	}
}

func TestOpenKuboErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	// Nothing listens.
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.Listener.Addr().String()
	srv.Close()
	if _, err := Open(ctx, "ipfs+http://"+addr); err == nil || !strings.Contains(err.Error(), "unreachable") {
		t.Errorf("Open of a closed port: %v; want an 'unreachable' error", err)
	}

	// Something that is not a kubo RPC API (a gateway, say).
	gw := httptest.NewServer(http.NotFoundHandler())
	defer gw.Close()
	u := "ipfs+" + gw.URL
	if _, err := Open(ctx, u); err == nil || !strings.Contains(err.Error(), "no kubo RPC API") {
		t.Errorf("Open(%s) of a non-kubo server: %v; want 'no kubo RPC API'", u, err)
	}

	// Credentials in the URL go out as basic authentication and are not
	// repeated in errors.
	var gotUser, gotPass string
	auth := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUser, gotPass, _ = r.BasicAuth()
		if gotPass != "s3cret" {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		w.Write([]byte(`{"Version":"0.43.0"}`))
	}))
	defer auth.Close()
	host := strings.TrimPrefix(auth.URL, "http://")
	if _, err := Open(ctx, "ipfs+http://alice:s3cret@"+host); err != nil || gotUser != "alice" {
		t.Errorf("Open with credentials: %v (user %q)", err, gotUser)
	}
	_, err := Open(ctx, "ipfs+http://alice:wrong@"+host)
	if err == nil || !strings.Contains(err.Error(), "API.Authorizations") || strings.Contains(err.Error(), "wrong") {
		t.Errorf("Open with wrong credentials: %v; want an error about API.Authorizations without the password", err)
	}
}
