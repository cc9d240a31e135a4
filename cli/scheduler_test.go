package cli

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// `poco scheduler` asks a stake by default: 10 RLC, said in the flag's help.
func TestSchedulerDefaultMinimumStake(t *testing.T) {
	cmd, _, err := NewRootCommand().Find([]string{"scheduler"})
	if err != nil {
		t.Fatal(err)
	}
	f := cmd.Flags().Lookup("min-stake")
	if f == nil || f.DefValue != "10" || !strings.Contains(f.Usage, "0: anyone") {
		t.Fatalf("--min-stake %+v, want a default of 10 RLC that says how to turn it off", f)
	}
	for _, name := range []string{"allow", "requesters", "misses-to-bench", "bench-after-late"} {
		if cmd.Flags().Lookup(name) == nil {
			t.Errorf("no --%s flag", name)
		}
	}
}

// --allow and --requesters take addresses, repeated or comma-separated; a bad one is
// named with its flag.
func TestParseAddressList(t *testing.T) {
	a, b := common.HexToAddress("0xa0"), common.HexToAddress("0xb0")
	got, err := parseAddressList("--requesters", []string{a.Hex() + ", " + b.Hex(), ""})
	if err != nil || len(got) != 2 || got[0] != a || got[1] != b {
		t.Fatalf("parsed %v, %v; want %s and %s", got, err, a.Hex(), b.Hex())
	}
	if _, err := parseAddressList("--requesters", []string{"0xnope"}); err == nil || !strings.Contains(err.Error(), "--requesters") {
		t.Fatalf("a bad address: %v, want an error naming --requesters", err)
	}
}
