package freeport

import (
	"net"
	"strconv"
	"testing"
)

// Ports come from below the ephemeral range, can be listened on, and are never handed
// out twice.
func TestPortsBelowTheEphemeralRangeAndDistinct(t *testing.T) {
	lo, hi := window()
	seen := map[int]bool{}
	for range 200 {
		p, err := Port()
		if err != nil {
			t.Fatal(err)
		}
		if hi-lo >= 64 && (p < lo || p >= hi) {
			t.Fatalf("port %d outside [%d, %d)", p, lo, hi)
		}
		if seen[p] {
			t.Fatalf("port %d handed out twice", p)
		}
		seen[p] = true
	}
	a, err := Addr()
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", a)
	if err != nil {
		t.Fatalf("cannot listen on the address given: %v", err)
	}
	defer l.Close()
	_, port, _ := net.SplitHostPort(a)
	if p, _ := strconv.Atoi(port); seen[p] {
		t.Fatalf("Addr repeated port %d", p)
	}
}

// A port something listens on is not reported free.
func TestAPortInUseIsNotFree(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	busy := l.Addr().(*net.TCPAddr).Port
	if free(busy) {
		t.Fatalf("port %d is listened on but reported free", busy)
	}
}
