package machine

import (
	"context"
	"crypto/sha256"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func TestFactorIsTheGeometricMeanOfThePartsRoundedToAHundredth(t *testing.T) {
	parts := func(fs ...float64) []Part {
		var ps []Part
		for _, f := range fs {
			ps = append(ps, Part{Factor: f})
		}
		return ps
	}
	for _, tc := range []struct {
		name    string
		factors []float64
		want    float64
	}{
		{"the reference machine is 1", []float64{1, 1, 1}, 1},
		{"twice as fast and half as fast cancel out", []float64{2, 0.5}, 1},
		{"one part four times faster is 4^(1/3)", []float64{4, 1, 1}, 1.59},
		{"every part twice as fast is 2", []float64{2, 2, 2}, 2},
		{"rounded to a hundredth", []float64{1.004, 1.004, 1.004}, 1},
		{"never below 0.01", []float64{0.0001, 0.0001, 0.0001}, 0.01},
		{"a part at 0 does not zero the factor", []float64{0, 1, 1}, 0.01},
		{"no part, no factor", nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Combine(parts(tc.factors...)); got != tc.want {
				t.Errorf("Combine(%v) = %v, want %v", tc.factors, got, tc.want)
			}
		})
	}
}

func TestKernelsComputeTheRightResults(t *testing.T) {
	for n, want := range map[int]int{1: 1, 4: 2, 6: 4, 8: 92, queensN: queensSolutions} {
		if got := queens(n); got != want {
			t.Errorf("queens(%d) = %d, want %d", n, got, want)
		}
	}
	buf := make([]byte, hashBytes+100)
	fill(buf, 1)
	for _, n := range []int{0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, hashBytes} {
		if got, want := sum256(buf[:n]), sha256.Sum256(buf[:n]); got != want {
			t.Errorf("sum256 of %d bytes = %x, want crypto/sha256's %x", n, got, want)
		}
	}
}

func TestAWrongResultIsAnErrorNotAScore(t *testing.T) {
	k := memoryKernel(1 << 10)
	k.setup()
	if err := k.check(); !errors.Is(err, ErrWrongResult) {
		t.Errorf("a copy that was not made: %v, want ErrWrongResult", err)
	}
	k.run()
	if err := k.check(); err != nil {
		t.Errorf("a copy made: %v", err)
	}
	q := queensKernel()
	if err := q.check(); !errors.Is(err, ErrWrongResult) || !strings.Contains(err.Error(), "not 724") {
		t.Errorf("N-queens not run: %v, want ErrWrongResult saying it is not 724", err)
	}
}

func TestShortMeasureGivesEveryPartAndTheirCombinedFactor(t *testing.T) {
	r, err := Measure(context.Background(), Options{Short: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.Benchmark != Version || !r.Short || r.Machine != ThisMachine() || r.Measured.IsZero() || r.Seconds <= 0 || r.GPU != nil {
		t.Errorf("result %+v: want version %d, short, this machine, a time, no GPU report", r, Version)
	}
	var names []string
	for _, p := range r.Parts {
		names = append(names, p.Name)
		if p.Score <= 0 || p.Reference != reference[p.Name] || p.Unit == "" || p.Spread < 0 || p.Spread >= 1 {
			t.Errorf("part %+v: want a positive score, the reference score %v, a unit, a spread in [0, 1)", p, reference[p.Name])
		}
		if want := p.Score / p.Reference; math.Abs(p.Factor-want) > 0.01*want {
			t.Errorf("part %s: factor %v, want score/reference = %v", p.Name, p.Factor, want)
		}
	}
	if strings.Join(names, ",") != "integer,hash,memory" {
		t.Errorf("parts %v, want integer, hash, memory", names)
	}
	if r.Factor != Combine(r.Parts) || r.Factor <= 0 {
		t.Errorf("factor %v, want Combine(parts) = %v", r.Factor, Combine(r.Parts))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Measure(ctx, Options{Short: true}); !errors.Is(err, context.Canceled) {
		t.Errorf("a canceled measurement: %v", err)
	}
}

func TestCPUModelIsReadFromCPUInfo(t *testing.T) {
	for _, tc := range []struct{ name, cpuinfo, want string }{
		{"x86 model name", "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R)  Xeon(R) Gold 6338 CPU @ 2.00GHz\n\nprocessor\t: 1\nmodel name\t: other\n",
			"Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"},
		{"ARM hardware line", "processor\t: 0\nBogoMIPS\t: 108.00\nCPU part\t: 0xd08\n\nHardware\t: BCM2835\n", "BCM2835"},
		{"a numeric processor line is not a model", "processor\t: 0\nBogoMIPS\t: 50.00\n", ""},
		{"RISC-V uarch", "processor\t: 0\nisa\t: rv64imafdc\nuarch\t: sifive,u74-mc\n", "sifive,u74-mc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "cpuinfo")
			if err := os.WriteFile(p, []byte(tc.cpuinfo), 0o644); err != nil {
				t.Fatal(err)
			}
			if got := cpuModel(p); got != tc.want {
				t.Errorf("cpuModel = %q, want %q", got, tc.want)
			}
		})
	}
	if got := cpuModel(filepath.Join(t.TempDir(), "none")); got != "" {
		t.Errorf("no cpuinfo: %q, want \"\"", got)
	}
}

// fakeMeasure replaces the cache's measurement with one that counts its calls and
// returns factor; it resets the process's cache before and after.
func fakeMeasure(t *testing.T, factor float64) *int {
	t.Helper()
	calls := new(int)
	var mu sync.Mutex
	old := measureFull
	reset := func() {
		cache.Lock()
		cache.byProfile = map[Profile]*Result{}
		cache.Unlock()
	}
	reset()
	measureFull = func(context.Context) (*Result, error) {
		mu.Lock()
		*calls++
		mu.Unlock()
		return &Result{Benchmark: Version, Factor: factor, Parts: []Part{{Name: PartInteger, Factor: factor}}, Machine: ThisMachine()}, nil
	}
	t.Cleanup(func() {
		measureFull = old
		reset()
	})
	return calls
}

func TestCachedMeasuresOncePerMachineAndKeepsTheResult(t *testing.T) {
	calls := fakeMeasure(t, 1.5)
	file := filepath.Join(t.TempDir(), "state", "machine.json")
	r, fromCache, err := Cached(context.Background(), file)
	if err != nil || fromCache || r.Factor != 1.5 || *calls != 1 {
		t.Fatalf("first call: %+v, fromCache %v, %v, %d measurement(s); want a measurement of 1.5", r, fromCache, err, *calls)
	}
	if got := readResult(file); got == nil || got.Factor != 1.5 || got.Machine != ThisMachine() {
		t.Fatalf("the cache file holds %+v, want the result for this machine", got)
	}

	t.Run("a restart reads the file and does not measure", func(t *testing.T) {
		cache.Lock()
		cache.byProfile = map[Profile]*Result{} // a new process
		cache.Unlock()
		r, fromCache, err := Cached(context.Background(), file)
		if err != nil || !fromCache || r.Factor != 1.5 || *calls != 1 {
			t.Errorf("%+v, fromCache %v, %v, %d measurement(s); want the cached 1.5 and no measurement", r, fromCache, err, *calls)
		}
	})
	t.Run("another worker of the process reuses the result and gets its own file", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "machine.json")
		r, fromCache, err := Cached(context.Background(), other)
		if err != nil || !fromCache || r.Factor != 1.5 || *calls != 1 {
			t.Errorf("%+v, fromCache %v, %v, %d measurement(s); want the process's 1.5", r, fromCache, err, *calls)
		}
		if readResult(other) == nil {
			t.Error("no cache file written for the other worker")
		}
	})
	for _, tc := range []struct {
		name   string
		change func(*Result)
	}{
		{"another CPU model measures again", func(r *Result) { r.Machine.CPU = "another CPU" }},
		{"another CPU count measures again", func(r *Result) { r.Machine.CPUs++ }},
		{"another benchmark version measures again", func(r *Result) { r.Benchmark, r.Machine.Benchmark = Version+1, Version+1 }},
		{"another Go version measures again", func(r *Result) { r.Machine.Go = "go0.1" }},
		{"a short run is never reused", func(r *Result) { r.Short = true }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "machine.json")
			stale := &Result{Benchmark: Version, Factor: 9, Parts: []Part{{Name: PartInteger, Factor: 9}}, Machine: ThisMachine()}
			tc.change(stale)
			writeResult(f, stale)
			cache.Lock()
			cache.byProfile = map[Profile]*Result{}
			cache.Unlock()
			before := *calls
			r, fromCache, err := Cached(context.Background(), f)
			if err != nil || fromCache || r.Factor != 1.5 || *calls != before+1 {
				t.Errorf("%+v, fromCache %v, %v: want a new measurement of 1.5, not the stale 9", r, fromCache, err)
			}
			if got := readResult(f); got == nil || got.Factor != 1.5 {
				t.Errorf("the stale file was not replaced: %+v", got)
			}
		})
	}
	t.Run("a corrupt file is measured again", func(t *testing.T) {
		f := filepath.Join(t.TempDir(), "machine.json")
		os.WriteFile(f, []byte("{not json"), 0o600)
		cache.Lock()
		cache.byProfile = map[Profile]*Result{}
		cache.Unlock()
		if r, fromCache, err := Cached(context.Background(), f); err != nil || fromCache || r.Factor != 1.5 {
			t.Errorf("%+v, fromCache %v, %v", r, fromCache, err)
		}
	})
}

func TestCachedMeasuresOnceForConcurrentWorkers(t *testing.T) {
	calls := fakeMeasure(t, 0.8)
	dir := t.TempDir()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, _, err := Cached(context.Background(), filepath.Join(dir, string(rune('a'+i)), "machine.json"))
			if err != nil || r.Factor != 0.8 {
				t.Errorf("worker %d: %+v, %v", i, r, err)
			}
		}()
	}
	wg.Wait()
	if *calls != 1 {
		t.Errorf("%d measurements for 8 workers in one process, want 1", *calls)
	}
}

func TestGPUsAreFoundWithNvidiaSMIAndNeverClaimedMeasured(t *testing.T) {
	t.Run("nvidia-smi lists two", func(t *testing.T) {
		dir := t.TempDir()
		script := "#!/bin/sh\necho '0, NVIDIA H100 80GB HBM3, 81559'\necho '1, NVIDIA H100 80GB HBM3, [N/A]'\n"
		if err := os.WriteFile(filepath.Join(dir, "nvidia-smi"), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
		t.Setenv("PATH", dir)
		r := DetectGPUs(context.Background())
		if len(r.Devices) != 2 || r.Devices[0] != (GPU{Index: "0", Name: "NVIDIA H100 80GB HBM3", MemoryMiB: 81559}) ||
			r.Devices[1].Index != "1" || r.Devices[1].MemoryMiB != 0 {
			t.Errorf("devices %+v", r.Devices)
		}
		if r.Measured || !strings.Contains(r.Note, "2 GPU(s) found (NVIDIA H100 80GB HBM3, NVIDIA H100 80GB HBM3) but not measured") ||
			!strings.Contains(r.Note, "CPU and memory only") {
			t.Errorf("report %+v: want not measured, and a note saying so", r)
		}
	})
	t.Run("no nvidia-smi", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		r := DetectGPUs(context.Background())
		if r.Devices == nil || len(r.Devices) != 0 || r.Measured || !strings.Contains(r.Note, "No GPU found (no nvidia-smi on PATH") {
			t.Errorf("report %+v", r)
		}
	})
	t.Run("a driver that fails", func(t *testing.T) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "nvidia-smi"), []byte("#!/bin/sh\necho 'NVIDIA-SMI has failed' >&2\nexit 9\n"), 0o755)
		t.Setenv("PATH", dir)
		if _, err := FindGPUs(context.Background()); err == nil || !strings.Contains(err.Error(), "nvidia-smi") {
			t.Errorf("FindGPUs: %v, want nvidia-smi's failure", err)
		}
	})
	if _, err := parseGPUs("zero, X, 1\n"); err == nil {
		t.Error("parseGPUs took a non-numeric index")
	}
}
