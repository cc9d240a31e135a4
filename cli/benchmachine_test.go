package cli

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/pocolabs/poco/machine"
)

// `poco bench machine --json` prints the documented fields: every part with its score,
// the reference score and their ratio, the factor that combines them, the machine.
func TestBenchMachineJSONHasTheDocumentedFields(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no nvidia-smi
	out, errOut, err := runPoco(t, "", "bench", "machine", "--short", "--gpu", "--json")
	if err != nil {
		t.Fatalf("bench machine: %v (stderr %s)", err, errOut)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	for _, k := range []string{"benchmark", "factor", "parts", "machine", "seconds", "measured", "short", "gpu"} {
		if _, ok := r[k]; !ok {
			t.Errorf("the result lacks %q: %s", k, out)
		}
	}
	if r["benchmark"] != float64(machine.Version) || r["short"] != true {
		t.Errorf("benchmark %v, short %v: want %d, true", r["benchmark"], r["short"], machine.Version)
	}
	parts, _ := r["parts"].([]any)
	var logSum float64
	var names []string
	for _, p := range parts {
		p := p.(map[string]any)
		for _, k := range []string{"name", "unit", "score", "reference", "factor", "spread"} {
			if _, ok := p[k]; !ok {
				t.Errorf("part %v lacks %q", p, k)
			}
		}
		names = append(names, p["name"].(string))
		score, ref, factor := p["score"].(float64), p["reference"].(float64), p["factor"].(float64)
		if score <= 0 || ref <= 0 || math.Abs(factor-score/ref) > 0.01*factor {
			t.Errorf("part %v: want a positive score and reference, and factor = score/reference", p)
		}
		logSum += math.Log(factor)
	}
	if strings.Join(names, ",") != "integer,hash,memory" {
		t.Errorf("parts %v, want integer, hash, memory", names)
	}
	if want := math.Exp(logSum / 3); math.Abs(r["factor"].(float64)-want) > 0.011 {
		t.Errorf("factor %v, want the geometric mean of the parts' factors, %.3f", r["factor"], want)
	}
	m, _ := r["machine"].(map[string]any)
	if m["arch"] != runtime.GOARCH || m["os"] != runtime.GOOS || m["cpus"] != float64(runtime.NumCPU()) || m["go"] != runtime.Version() {
		t.Errorf("machine %v: want this one", m)
	}
	gpu, _ := r["gpu"].(map[string]any)
	if gpu["measured"] != false || !strings.Contains(gpu["note"].(string), "No GPU found") {
		t.Errorf("gpu %v: want none found, nothing measured, and a note saying so", gpu)
	}

	// For people: a table and the factor in a sentence.
	table, _, err := runPoco(t, "", "bench", "machine", "--short")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Machine benchmark 1 on", "PART", "integer", "hash", "memory", "Speed factor: ", "Short run (--short)"} {
		if !strings.Contains(table, want) {
			t.Errorf("bench machine does not print %q:\n%s", want, table)
		}
	}
}

// With an nvidia-smi that lists a GPU, the report names it and says it was not measured.
func TestBenchMachineGPUIsFoundNotMeasured(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "nvidia-smi"), []byte("#!/bin/sh\necho '0, NVIDIA H100 80GB HBM3, 81559'\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	out, _, err := runPoco(t, "", "bench", "machine", "--short", "--gpu")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"GPU: 1 GPU(s) found (NVIDIA H100 80GB HBM3) but not measured", "CPU and memory only", "0: NVIDIA H100 80GB HBM3, 81559 MiB"} {
		if !strings.Contains(out, want) {
			t.Errorf("bench machine --gpu does not say %q:\n%s", want, out)
		}
	}
}
