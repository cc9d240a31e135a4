package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestBenchGasJSON(t *testing.T) {
	cmd := NewRootCommand()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs([]string{"bench", "gas", "--json"})
	if err := cmd.Execute(); err != nil {
		t.Fatalf("bench gas --json: %v (stderr %q)", err, errOut.String())
	}

	// The documented shape, read as plain JSON values.
	var rows []map[string]any
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("output is not a JSON array of objects: %v\n%s", err, out.String())
	}
	got := map[string]map[string]any{}
	for _, r := range rows {
		for _, key := range []string{"scenario", "gas_per_task", "reference_gas_per_task", "ratio"} {
			if _, ok := r[key]; !ok {
				t.Errorf("object %v lacks %q", r, key)
			}
		}
		name, _ := r["scenario"].(string)
		got[name] = r
	}
	for name, ref := range map[string]float64{"trust1-bag100": 870_000, "replicated3-bag100": 1_900_000, "single-trust1": 730_000} {
		r, ok := got[name]
		if !ok {
			t.Errorf("no scenario %s in %s", name, out.String())
			continue
		}
		gas, _ := r["gas_per_task"].(float64)
		if gas <= 0 || gas != math.Trunc(gas) {
			t.Errorf("%s: gas_per_task %v, want a positive integer", name, r["gas_per_task"])
		}
		if r["reference_gas_per_task"] != ref {
			t.Errorf("%s: reference_gas_per_task %v, want %v", name, r["reference_gas_per_task"], ref)
		}
		ratio, _ := r["ratio"].(float64)
		if want := math.Round(gas/ref*1e4) / 1e4; ratio != want {
			t.Errorf("%s: ratio %v, want gas/ref = %v", name, ratio, want)
		}
		if r["state"] != "warm" {
			t.Errorf("%s: state %v, want warm", name, r["state"])
		}
		if r["rules"] != "osaka" {
			t.Errorf("%s: rules %v, want osaka (Ethereum mainnet today) by default", name, r["rules"])
		}
	}
}

func TestBenchGasRefusesUnknownRules(t *testing.T) {
	cmd := NewRootCommand()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs([]string{"bench", "gas", "--rules", "shanghai"})
	err := cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), `"shanghai"`) || !strings.Contains(err.Error(), "osaka") {
		t.Fatalf("error %v, want one naming the unknown rules and the known ones", err)
	}
}

func TestUnknownCommand(t *testing.T) {
	cmd := NewRootCommand()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs([]string{"bench", "gas", "--nope"})
	err := cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), "--nope") {
		t.Fatalf("error %v, want an unknown flag error", err)
	}
	if out.Len() != 0 {
		t.Errorf("the command printed %q; errors are for the caller to print", out.String())
	}
}

func TestBenchTrustJSONHasTheDocumentedFields(t *testing.T) {
	out, errOut, err := runPoco(t, "", "bench", "trust", "--workers", "10", "--saboteurs", "0.3", "--strategy", "colluding",
		"--trust", "5", "--tasks", "200", "--seed", "1", "--json")
	if err != nil {
		t.Fatalf("bench trust: %v (stderr %s)", err, errOut)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"strategy", "trust", "workers", "saboteurs", "tasks", "wrong_rate", "wrong_bound",
		"replicas_per_task", "contributions_per_task", "unresolved_rate", "saboteur_net_gain_rlc", "honest_net_gain_rlc"} {
		if _, ok := r[k]; !ok {
			t.Errorf("the result lacks %q: %s", k, out)
		}
	}
	if r["strategy"] != "colluding" || r["trust"] != 5.0 || r["workers"] != 10.0 || r["saboteurs"] != 3.0 || r["tasks"] != 200.0 || r["wrong_bound"] != 0.2 {
		t.Errorf("the result does not describe the run asked for: %s", out)
	}
	if _, _, err := runPoco(t, "", "bench", "trust", "--strategy", "sneaky"); err == nil || !strings.Contains(err.Error(), "unknown saboteur strategy") {
		t.Errorf("an unknown strategy: %v", err)
	}
}
