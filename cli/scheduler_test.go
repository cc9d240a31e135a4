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
	for _, name := range []string{"allow", "requesters", "misses-to-bench", "bench-after-late", "tx-in-flight"} {
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

// --tx-in-flight defaults to the scheduler's 4 and says what 1 does; 0 or more than the
// scheduler takes is refused before anything starts, with the range to give.
func TestSchedulerTxInFlightFlag(t *testing.T) {
	cmd, _, err := NewRootCommand().Find([]string{"scheduler"})
	if err != nil {
		t.Fatal(err)
	}
	f := cmd.Flags().Lookup("tx-in-flight")
	if f == nil || f.DefValue != "4" || !strings.Contains(f.Usage, "1: one at a time") {
		t.Fatalf("--tx-in-flight %+v, want a default of 4 whose help says what 1 does", f)
	}
	for _, bad := range []string{"0", "65"} {
		root := NewRootCommand()
		root.SetArgs([]string{"scheduler", "--workerpool", common.Address{1}.Hex(), "--tx-in-flight", bad})
		root.SetOut(&strings.Builder{})
		root.SetErr(&strings.Builder{})
		err := root.Execute()
		if err == nil || !strings.Contains(err.Error(), "--tx-in-flight "+bad+": give 1") {
			t.Errorf("--tx-in-flight %s: %v, want a refusal that says what to give", bad, err)
		}
	}
}
