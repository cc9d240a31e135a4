package explorer_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/sdk"
	smsapi "github.com/pocolabs/poco/sms/api"
)

// Every page says, loudly, when the network's SMS accepts development attestation; an
// SMS with real attestation, or none known, adds nothing.
func TestPagesSayTheSMSAcceptsDevelopmentAttestation(t *testing.T) {
	e := pocotest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := sdk.New(ctx, e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	x, err := explorer.Start(ctx, explorer.Options{Client: c, DBPath: filepath.Join(t.TempDir(), "x.db"), Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	sms := func(insecure bool) *httptest.Server {
		return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != smsapi.PathStatus {
				w.WriteHeader(http.StatusNotFound)
				return
			}
			json.NewEncoder(w).Encode(smsapi.Status{ChainID: 1337, InsecureDevAttestation: insecure, Formats: []string{"tdx-quote-v4"}})
		}))
	}
	dev, real := sms(true), sms(false)
	defer dev.Close()
	defer real.Close()
	const banner = "accepts development attestation"
	for _, c := range []struct {
		name, sms string
		want      bool
	}{{"dev attestation", dev.URL, true}, {"real attestation", real.URL, false}, {"no SMS known", "", false}, {"an SMS down", "http://127.0.0.1:1", false}} {
		t.Run(c.name, func(t *testing.T) {
			srv, err := explorer.NewServer(explorer.ServerConfig{DB: x.DB, SMS: c.sms})
			if err != nil {
				t.Fatal(err)
			}
			hs := httptest.NewServer(srv)
			defer hs.Close()
			for _, path := range []string{"/", "/deals", "/market"} {
				code, body := get(t, hs.URL+path)
				if code != 200 {
					t.Fatalf("GET %s: %d", path, code)
				}
				if got := strings.Contains(body, banner); got != c.want {
					t.Errorf("GET %s shows the development-attestation banner: %v, want %v", path, got, c.want)
				}
			}
		})
	}
}
