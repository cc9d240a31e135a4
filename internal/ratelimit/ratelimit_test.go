package ratelimit

import (
	"net/http"
	"testing"
)

func TestBurstThenRefusedPerKey(t *testing.T) {
	l := New(0.001, 3) // practically no refill during the test
	for i := range 3 {
		if !l.Allow("a") {
			t.Fatalf("request %d of the burst refused", i+1)
		}
	}
	if l.Allow("a") {
		t.Fatal("a fourth request within the burst of 3 allowed")
	}
	if !l.Allow("b") {
		t.Fatal("another key shares the first key's bucket")
	}
	if !New(0, 1).Allow("x") || !New(0, 1).Allow("x") {
		t.Fatal("rate 0 must allow everything")
	}
	if got := ClientIP(&http.Request{RemoteAddr: "10.1.2.3:4567"}); got != "10.1.2.3" {
		t.Fatalf("ClientIP = %q", got)
	}
}
