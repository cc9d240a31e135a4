package chain

import "testing"

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
