package bridge_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/chaintest"
)

var updateBridgeGas = flag.Bool("update-bridge-gas", false, "rewrite bench/bridge-gas-snapshot.json with the measured figures")

// bridgeGasSnapshot is the committed bridge gas snapshot (next to the protocol's).
const bridgeGasSnapshot = "../bench/bridge-gas-snapshot.json"

// bridgeGasTolerance is how much a figure may exceed its snapshot (1%).
const bridgeGasTolerance = 0.01

type bridgeGasFile struct {
	Rules string            `json:"rules"`
	Note  string            `json:"note"`
	Gas   map[string]uint64 `json:"gas"`
}

const bridgeGasNote = "gas of one transaction; 3 validators, threshold 2 (2 signatures); steady = storage already " +
	"non-zero (not the first transfer of the day, the nonce word, the vault and the recipient already hold tokens); " +
	"first = the first transfer through a fresh bridge; lock excludes the approve transaction"

// measureBridgeGas runs the bridge under rules and returns the gas of each operation.
func measureBridgeGas(t *testing.T, rules chaintest.Rules) map[string]uint64 {
	t.Helper()
	e := newBridgeEnv(t, envOptions{rules: rules})
	alice, bob := e.users[0], e.users[1]
	gas := map[string]uint64{}
	used := func(c *chaintest.Chain, h common.Hash) uint64 {
		t.Helper()
		r, err := c.Client.TransactionReceipt(e.ctx, h)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("receipt %s: %v", h, err)
		}
		return r.GasUsed
	}
	lock := func(name string, toHub bool) bridge.Outgoing {
		out := e.lock(alice, 10*rlc, bob.Address, toHub)
		if name != "" {
			gas[name] = used(e.main, out.TxHash)
		}
		return out
	}
	exec := func(name string, dst *bridge.Endpoint, tr bridge.Transfer) {
		h := e.execute(dst, tr, 0, 2)
		if name != "" {
			gas[name] = used(e.chainOf(dst), h)
		}
	}
	burn := func(name string) bridge.Outgoing {
		out := e.burn(bob, 1*rlc, alice.Address)
		if name != "" {
			gas[name] = used(e.side, out.TxHash)
		}
		return out
	}

	first := lock("lock-first", false)
	exec("execute-mint-first", e.sideEP, first.Transfer)
	exec("execute-mint", e.sideEP, lock("lock", false).Transfer)
	exec("execute-mint-tohub", e.sideEP, lock("", true).Transfer)
	exec("execute-mint-tohub", e.sideEP, lock("", true).Transfer) // steady: the hub account exists
	b1 := burn("burn-first")
	exec("execute-release-first", e.mainEP, b1.Transfer)
	exec("execute-release", e.mainEP, burn("burn").Transfer)
	return gas
}

// TestContractGasSnapshot compares the gas of lock, burn and execute (3 validators,
// threshold 2), measured under mainnet (Prague) rules, with bench/bridge-gas-snapshot.json:
// it fails when a figure grew by more than 1% or the set of figures changed, and logs
// drops. -update-bridge-gas rewrites the file. The same figures under go-ethereum's dev
// rules (Osaka and later: state creation about 3× dearer) are logged for reference.
func TestContractGasSnapshot(t *testing.T) {
	measured := measureBridgeGas(t, chaintest.RulesPrague)
	dev := measureBridgeGas(t, chaintest.RulesDev)
	names := make([]string, 0, len(measured))
	for n := range measured {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		t.Logf("%-22s %7d gas (prague)  %7d gas (dev rules)", n, measured[n], dev[n])
	}
	if *updateBridgeGas {
		b, err := json.MarshalIndent(bridgeGasFile{Rules: string(chaintest.RulesPrague), Note: bridgeGasNote, Gas: measured}, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(bridgeGasSnapshot, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", bridgeGasSnapshot)
		return
	}
	const hint = "if intended, run `go test ./bridge -run TestContractGasSnapshot -update-bridge-gas` and commit bench/bridge-gas-snapshot.json"
	b, err := os.ReadFile(bridgeGasSnapshot)
	if err != nil {
		t.Fatalf("%v: %s", err, hint)
	}
	var snap bridgeGasFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&snap); err != nil {
		t.Fatalf("%s: %v", bridgeGasSnapshot, err)
	}
	if snap.Rules != string(chaintest.RulesPrague) {
		t.Fatalf("%s was measured under %q rules, the test measures under prague: %s", bridgeGasSnapshot, snap.Rules, hint)
	}
	for _, n := range names {
		want, ok := snap.Gas[n]
		if !ok {
			t.Errorf("%s (%d gas) is missing from the snapshot: %s", n, measured[n], hint)
			continue
		}
		change := (float64(measured[n]) - float64(want)) / float64(want)
		switch {
		case change > bridgeGasTolerance:
			t.Errorf("gas of %s grew from %d to %d (%+.2f%%): %s", n, want, measured[n], 100*change, hint)
		case change < -bridgeGasTolerance:
			t.Logf("gas of %s dropped from %d to %d (%+.2f%%): consider updating the snapshot: %s", n, want, measured[n], 100*change, hint)
		}
	}
	for n := range snap.Gas {
		if _, ok := measured[n]; !ok {
			t.Errorf("the snapshot lists %s, which the test no longer measures: %s", n, hint)
		}
	}
	// Sanity: the figures stay in the range a bridge transfer should cost.
	for n, g := range measured {
		if g > 200_000 {
			t.Errorf("%s costs %d gas, more than 200k", n, g)
		}
	}
}
