package bench

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite gas-snapshot.json with the measured figures")

const snapshotFile = "gas-snapshot.json"

// tolerance is how much a scenario's gas per task may exceed its snapshot (1%).
const tolerance = 0.01

// snapshot is the content of gas-snapshot.json: the gas per task of every scenario, and
// the chain rules they were measured under (SnapshotRules).
type snapshot struct {
	Rules      string            `json:"rules"`
	GasPerTask map[string]uint64 `json:"gas_per_task"`
}

// TestGasSnapshot compares the gas per task of every scenario, measured under
// SnapshotRules (Prague; Osaka, mainnet's rules today, prices the same), with
// gas-snapshot.json: it fails when one grew by more than 1% (or the scenarios, or the
// rules, of the snapshot disagree) and logs the ones that dropped by more than 1%. With
// -update it rewrites the snapshot.
func TestGasSnapshot(t *testing.T) {
	results := gasResults(t)
	measured := map[string]uint64{}
	for _, r := range results {
		measured[r.Scenario] = r.GasPerTask
		if r.Rules != string(SnapshotRules) {
			t.Fatalf("%s measured under %q rules, want the snapshot's %q", r.Scenario, r.Rules, SnapshotRules)
		}
		t.Logf("%-22s %9d gas/task  %v", r.Scenario, r.GasPerTask, r.Detail)
	}

	if *update {
		b, err := json.MarshalIndent(snapshot{Rules: string(SnapshotRules), GasPerTask: measured}, "", "  ") // maps marshal with sorted keys
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(snapshotFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", snapshotFile)
		return
	}

	const hint = "if intended, run `go test ./bench -run TestGasSnapshot -update` and commit bench/" + snapshotFile
	b, err := os.ReadFile(snapshotFile)
	if err != nil {
		t.Fatalf("%v: %s", err, hint)
	}
	var snap snapshot
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&snap); err != nil {
		t.Fatalf("%s: %v", snapshotFile, err)
	}
	if snap.Rules != string(SnapshotRules) {
		t.Fatalf("%s holds figures measured under %q rules; the test measures under %q: %s", snapshotFile, snap.Rules, SnapshotRules, hint)
	}
	snapshot := snap.GasPerTask

	for _, name := range sortedKeys(measured) {
		got := measured[name]
		want, ok := snapshot[name]
		if !ok {
			t.Errorf("scenario %s (%d gas/task) is missing from %s: %s", name, got, snapshotFile, hint)
			continue
		}
		change := (float64(got) - float64(want)) / float64(want)
		switch {
		case change > tolerance:
			t.Errorf("gas of %s grew from %d to %d (%+.2f%%): %s", name, want, got, 100*change, hint)
		case change < -tolerance:
			t.Logf("gas of %s dropped from %d to %d (%+.2f%%): consider updating the snapshot, "+
				"run `go test ./bench -run TestGasSnapshot -update` and commit bench/%s", name, want, got, 100*change, snapshotFile)
		}
	}
	for _, name := range sortedKeys(snapshot) {
		if _, ok := measured[name]; !ok {
			t.Errorf("%s lists scenario %s, which the benchmark no longer runs: %s", snapshotFile, name, hint)
		}
	}
}

// TestGasChecks checks the results beyond their figures: the scenarios and references of
// DESIGN.md §6, the ratios, the counted transactions.
func TestGasChecks(t *testing.T) {
	results := gasResults(t)
	if got := names(results); !slices.Equal(got, Scenarios()) {
		t.Fatalf("scenarios %v, want %v", got, Scenarios())
	}
	want := map[string]struct {
		ref, aim uint64
		txs      int
		steps    []string
	}{
		Trust1Bag100:        {870_000, 25_000, 2, []string{"matchOrders", "contributeAndFinalizeBatch"}},
		Replicated3Bag100:   {1_900_000, 250_000, 8, []string{"matchOrders", "contributeBatch#1", "contributeBatch#2", "contributeBatch#3", "revealBatch#1", "revealBatch#2", "revealBatch#3", "finalizeBatch"}},
		SingleTrust1:        {730_000, 250_000, 2, []string{"matchOrders", "contributeAndFinalize"}},
		Replicated3Single:   {0, 0, 8, []string{"matchOrders", "contribute#1", "contribute#2", "contribute#3", "reveal#1", "reveal#2", "reveal#3", "finalize"}},
		Trust1Bag100Dataset: {0, 0, 2, []string{"matchOrders", "contributeAndFinalizeBatch"}},
		Trust1FourDeals:     {0, 0, 8, []string{"matchOrders", "contributeAndFinalizeBatch"}},
		Trust1FourDealsMC:   {0, 0, 5, []string{"matchOrders", "multicall"}},
	}
	for _, r := range results {
		w := want[r.Scenario]
		if r.ReferenceGasPerTask != w.ref || r.Aim != w.aim || r.Transactions != w.txs || r.State != StateWarm {
			t.Errorf("%s: reference %d aim %d transactions %d state %q, want %d %d %d %q",
				r.Scenario, r.ReferenceGasPerTask, r.Aim, r.Transactions, r.State, w.ref, w.aim, w.txs, StateWarm)
		}
		var sum uint64
		for _, g := range r.Detail {
			sum += g
		}
		if sum != r.GasTotal || r.GasPerTask != (r.GasTotal+uint64(r.Tasks)/2)/uint64(r.Tasks) {
			t.Errorf("%s: detail sums to %d, total %d, %d tasks, gas/task %d", r.Scenario, sum, r.GasTotal, r.Tasks, r.GasPerTask)
		}
		if got := sortedKeys(r.Detail); !slices.Equal(got, sorted(w.steps)) {
			t.Errorf("%s: steps %v, want %v", r.Scenario, got, sorted(w.steps))
		}
		wantRatio := 0.0
		if w.ref != 0 {
			wantRatio = float64(int64(float64(r.GasPerTask)/float64(w.ref)*1e4+0.5)) / 1e4
		}
		if r.Ratio != wantRatio {
			t.Errorf("%s: ratio %v, want %v", r.Scenario, r.Ratio, wantRatio)
		}
	}

	var table strings.Builder
	if err := WriteGasTable(&table, results); err != nil {
		t.Fatal(err)
	}
	for _, s := range append(Scenarios(), "within aim", `"warm"`) {
		if !strings.Contains(table.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, table.String())
		}
	}
}

// gasResults runs Gas once for all the tests of the package.
var gasResults = func() func(t *testing.T) []GasResult {
	var (
		once    sync.Once
		results []GasResult
		err     error
	)
	return func(t *testing.T) []GasResult {
		t.Helper()
		once.Do(func() { results, err = Gas() })
		if err != nil {
			t.Fatal(err)
		}
		return results
	}
}()

func names(results []GasResult) []string {
	var out []string
	for _, r := range results {
		out = append(out, r.Scenario)
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sorted(s []string) []string { return slices.Sorted(slices.Values(s)) }
