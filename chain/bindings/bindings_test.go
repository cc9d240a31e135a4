package bindings

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// The merged Poco ABI must expose everything reachable at the Hub address: all
// of PocoHub's and PocoTasks' functions, events and errors, with identical IDs.
func TestPocoABIIsUnionOfHubAndTasks(t *testing.T) {
	poco := NewPoco().GetABI()
	if PocoMetaData.Bin != "" {
		t.Error("Poco is an ABI-only binding but carries bytecode")
	}
	for name, part := range map[string]struct {
		abi abi.ABI
		bin string
	}{
		"PocoHub":   {NewPocoHub().GetABI(), PocoHubMetaData.Bin},
		"PocoTasks": {NewPocoTasks().GetABI(), PocoTasksMetaData.Bin},
	} {
		if part.bin == "" {
			t.Errorf("%s has no creation bytecode", name)
		}
		for _, m := range part.abi.Methods {
			if _, err := poco.MethodById(m.ID); err != nil {
				t.Errorf("Poco lacks %s function %s", name, m.Sig)
			}
		}
		for _, e := range part.abi.Events {
			if _, err := poco.EventByID(e.ID); err != nil {
				t.Errorf("Poco lacks %s event %s", name, e.Sig)
			}
		}
		for _, e := range part.abi.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			if _, err := poco.ErrorByID(id); err != nil {
				t.Errorf("Poco lacks %s error %s", name, e.Sig)
			}
		}
	}
	hub := NewPocoHub().GetABI()
	if poco.HasFallback() != hub.HasFallback() || poco.HasReceive() != hub.HasReceive() {
		t.Error("Poco fallback/receive must be the Hub's")
	}
}
