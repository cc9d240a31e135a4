package sdk

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
)

var bg = context.Background()

// env starts a deployed protocol (pocotest: funded actors, one app, dataset and pool).
func env(t *testing.T) *pocotest.Env {
	t.Helper()
	return pocotest.New(t, pocotest.Options{Workers: 3})
}

// client returns an SDK client signing as acc on e's chain, mining each transaction.
func client(t *testing.T, e *pocotest.Env, acc *chaintest.Account) *Client {
	t.Helper()
	opts := []Option{WithMiner(func() { e.Commit() }), WithPollInterval(5 * time.Millisecond), WithReceiptTimeout(20 * time.Second)}
	if acc != nil {
		opts = append(opts, WithKey(acc.Key))
	}
	c, err := New(bg, e.Client, e.D.Hub, opts...)
	if err != nil {
		t.Fatalf("sdk.New: %v", err)
	}
	return c
}

// must returns v, or panics (failing the test, with the stack) when err is not nil. Only
// for the test's own goroutine.
func must[T any](v T, err error) T {
	if err != nil {
		panic("unexpected error: " + err.Error())
	}
	return v
}

func ok(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}

// wantCode fails unless err is an *Error with code; it returns the error's sentence.
func wantCode(t *testing.T, err error, code string) string {
	t.Helper()
	if err == nil {
		t.Fatalf("expected error %s, got none", code)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("expected *sdk.Error %s, got %T: %v", code, err, err)
	}
	if e.Code != code {
		t.Fatalf("expected code %s, got %s: %v", code, e.Code, err)
	}
	if strings.Contains(e.Error(), "the contract refused: "+code) {
		t.Fatalf("error %s has no sentence: %v", code, err)
	}
	return e.Error()
}

func wantContains(t *testing.T, s string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(s, p) {
			t.Fatalf("%q does not contain %q", s, p)
		}
	}
}

// advanceTo moves the chain's clock so the next block is at or after ts. It retries while
// the simulated chain's tx pool still lists a just-mined transaction (its reset after a
// new block is asynchronous, and AdjustTime refuses to run with pending transactions).
func advanceTo(t *testing.T, e *pocotest.Env, ts uint64) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		now := e.Now()
		if now >= ts {
			return
		}
		err := e.Backend.AdjustTime(time.Duration(ts-now) * time.Second)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("adjust time: %v", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
