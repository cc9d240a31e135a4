package kubotest

import (
	"os"
	"regexp"
	"testing"
)

// TestVersionPinned checks that Version is the kubo version the wrapper
// module requires, so the tests look for the binary build.sh makes.
func TestVersionPinned(t *testing.T) {
	b, err := os.ReadFile("../kubo/go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*(?:require\s+)?github\.com/ipfs/kubo\s+(v\S+)`).FindSubmatch(b)
	if m == nil {
		t.Fatal("internal/kubo/go.mod requires no github.com/ipfs/kubo")
	}
	if string(m[1]) != Version {
		t.Fatalf("internal/kubo/go.mod requires kubo %s, kubotest.Version is %s: make them equal", m[1], Version)
	}
}

func TestAPIURL(t *testing.T) {
	for in, want := range map[string]string{
		"/ip4/127.0.0.1/tcp/5001\n": "http://127.0.0.1:5001",
		"/ip6/::1/tcp/45001":        "http://[::1]:45001",
	} {
		if got, err := apiURL(in); err != nil || got != want {
			t.Errorf("apiURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "/unix/tmp/api.sock", "/ip4/127.0.0.1/udp/1", "/dns4/localhost/tcp/5001"} {
		if _, err := apiURL(bad); err == nil {
			t.Errorf("apiURL(%q) succeeded", bad)
		}
	}
}

// TestStart starts and stops a daemon (skipped without the binary, except
// in CI).
func TestStart(t *testing.T) {
	n := Start(t)
	if err := ping(n.API); err != nil {
		t.Fatal(err)
	}
	if v := n.Run(t, "version"); v != "ipfs version "+Version[1:]+"\n" {
		t.Logf("testing with %q, not the pinned kubo %s", v, Version)
	}
}
