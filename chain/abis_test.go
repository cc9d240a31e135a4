package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestABIsCoverEveryProtocolContract(t *testing.T) {
	abis := ABIs()
	if _, ok := abis[0].Errors["PocoUnknownDeal"]; !ok {
		t.Fatal("the first ABI is not the merged hub (no PocoUnknownDeal)")
	}
	want := map[string]bool{"AppCreated": false, "DatasetCreated": false, "WorkerpoolCreated": false, "Transfer": false}
	for _, a := range abis {
		for name := range want {
			if _, ok := a.Events[name]; ok {
				want[name] = true
			}
		}
	}
	for name, found := range want {
		if !found {
			t.Errorf("no ABI declares %s", name)
		}
	}
	abis[0] = nil
	if ABIs()[0] == nil {
		t.Fatal("ABIs returns a shared slice: a caller's change leaked")
	}
}

// The hub's errors and events follow the contracts: the reveal permit and the vesting are
// there, reopen is gone.
func TestABIsKnowTheRevealPermitAndVesting(t *testing.T) {
	hub := ABIs()[0]
	for _, name := range []string{"PocoInvalidRevealPermit", "PocoNoConsensus"} {
		def, ok := hub.Errors[name]
		if !ok {
			t.Errorf("the hub's ABI has no error %s", name)
			continue
		}
		args := []any{[32]byte{1}, common.HexToAddress("0xa1")}
		if name == "PocoNoConsensus" {
			args = []any{[32]byte{1}, big.NewInt(4), big.NewInt(9)}
		}
		packed, err := def.Inputs.Pack(args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rev := DecodeRevertData(append(def.ID[:4:4], packed...), ABIs()...)
		if rev.Name != name || len(rev.ArgsOrdered) != len(args) {
			t.Errorf("%s decodes as %q with %v", name, rev.Name, rev.ArgsOrdered)
		}
	}
	id := hub.Errors["PocoNoConsensus"].ID
	if rev := DecodeRevertData(append(id[:4:4], make([]byte, 96)...), ABIs()...); rev.Args["groupWeight"] == nil || rev.Args["totalWeight"] == nil {
		t.Errorf("PocoNoConsensus's arguments are not named: %v", rev.Args)
	}
	for _, name := range []string{"Vest", "Release", "VestingForfeited"} {
		if _, ok := hub.Events[name]; !ok {
			t.Errorf("the hub's ABI has no event %s", name)
		}
	}
	for _, name := range []string{"vesting", "releaseVested"} {
		if _, ok := hub.Methods[name]; !ok {
			t.Errorf("the hub's ABI has no method %s", name)
		}
	}
	if _, ok := hub.Errors["PocoAlreadyRevealed"]; ok {
		t.Error("the hub's ABI still has PocoAlreadyRevealed")
	}
	if _, ok := hub.Events["TaskReopen"]; ok {
		t.Error("the hub's ABI still has TaskReopen")
	}
	if _, ok := hub.Methods["reopen"]; ok {
		t.Error("the hub's ABI still has reopen")
	}
}
