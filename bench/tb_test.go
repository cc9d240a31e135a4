package bench

import (
	"strings"
	"testing"

	"github.com/pocolabs/poco/chain/chaintest"
)

func TestGuard(t *testing.T) {
	var cleaned []int
	err := guard("demo", func(tb chaintest.TB) {
		tb.Cleanup(func() { cleaned = append(cleaned, 1) })
		tb.Cleanup(func() { cleaned = append(cleaned, 2) })
		tb.Fatalf("boom %d", 7)
		t.Error("Fatalf returned")
	})
	if err == nil || err.Error() != "demo: boom 7" {
		t.Errorf("error %v, want demo: boom 7", err)
	}
	if len(cleaned) != 2 || cleaned[0] != 2 || cleaned[1] != 1 {
		t.Errorf("cleanups ran %v, want [2 1]", cleaned)
	}

	err = guard("demo", func(tb chaintest.TB) { tb.Fatal("a", 1) })
	if err == nil || err.Error() != "demo: a 1" {
		t.Errorf("error %v, want demo: a 1", err)
	}
	err = guard("demo", func(chaintest.TB) { panic("oops") })
	if err == nil || !strings.Contains(err.Error(), "oops") {
		t.Errorf("error %v, want the panic", err)
	}
	if err := guard("demo", func(chaintest.TB) {}); err != nil {
		t.Errorf("error %v, want nil", err)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[uint64]string{0: "0", 999: "999", 1000: "1,000", 43016: "43,016", 1_900_000: "1,900,000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
