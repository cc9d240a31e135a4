// Package machine measures how fast this machine runs tasks against the reference machine
// that the categories' times refer to (protocol.Category.WorkClockTimeRef): a fixed,
// versioned benchmark and the speed factor it gives. docs/machine.md defines the reference.
//
// Guarantees:
//
//   - The benchmark is fixed by its Version: the same kernels, sizes, trial lengths and
//     reference scores. Changing any of them changes Version, and results of another
//     version are never reused.
//   - Every part checks its own output (a known count, a digest equal to crypto/sha256's, a
//     copy equal to its source): a machine that computes wrongly gets an error, not a score.
//   - The factor is the geometric mean of the parts' factors (score / reference score),
//     rounded to 0.01 and at least 0.01: 1 is the reference machine, 2 runs a task in half
//     its category's reference time. It measures one core (the one-task-per-slot view), in
//     about 2 s (Options.Short: about 50 ms, noisier, never cached).
//   - Cached measures at most once per process and Profile (benchmark version, Go version,
//     OS, architecture, CPU model and count) and keeps the result in a file, so a worker
//     reports the same factor at every start on the same machine and binary.
//   - GPUs are detected with nvidia-smi, never measured: the report says so (GPUReport).
package machine

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"time"
)

// Version is the benchmark's version: it names the kernels, their sizes, the trials and
// the reference scores below. Bump it when any of them changes.
const Version = 1

// Part names.
const (
	PartInteger = "integer" // N-queens(10) by bit masks: branches, shifts, recursion
	PartHash    = "hash"    // SHA-256 in portable Go over 64 KiB: 32-bit arithmetic
	PartMemory  = "memory"  // copying 64 MiB: memory bandwidth beyond the caches
)

// reference are the reference machine's scores of benchmark Version, by part
// (Part.Reference): the reference machine scores them and has factor 1
// (docs/machine.md says which machine that is).
var reference = map[string]float64{
	PartInteger: 4150, // N-queens(10) solved per second
	PartHash:    220,  // MB (10^6 bytes) hashed per second
	PartMemory:  4.3,  // GB (10^9 bytes) copied per second
}

// Part is one measured part of the benchmark.
type Part struct {
	Name      string  `json:"name"`
	Unit      string  `json:"unit"`
	Score     float64 `json:"score"`     // the best trial's rate, in Unit
	Reference float64 `json:"reference"` // the reference machine's score
	Factor    float64 `json:"factor"`    // Score / Reference
	// Spread is (best − worst) / best over the trials: how much the machine disturbed
	// the measurement (0.05: the worst trial ran 5% slower than the best).
	Spread float64 `json:"spread"`
}

// Profile identifies a machine and binary for the cache: a result is reused only for
// the same Profile.
type Profile struct {
	Benchmark int    `json:"benchmark"` // Version
	Go        string `json:"go"`        // the Go version the binary was built with
	OS        string `json:"os"`
	Arch      string `json:"arch"`
	CPU       string `json:"cpu"`  // the CPU model (/proc/cpuinfo), "" when unknown
	CPUs      int    `json:"cpus"` // logical CPUs
}

// Result is a benchmark run.
type Result struct {
	Benchmark int     `json:"benchmark"` // Version
	Factor    float64 `json:"factor"`
	Parts     []Part  `json:"parts"`
	Machine   Profile `json:"machine"`
	// Seconds is how long the measurement took.
	Seconds  float64   `json:"seconds"`
	Measured time.Time `json:"measured"`
	// Short: measured with Options.Short, noisier; not for routing.
	Short bool `json:"short,omitempty"`
	// GPU is what was found of GPUs (Options.GPU), nil when not asked.
	GPU *GPUReport `json:"gpu,omitempty"`
}

// Options tune Measure.
type Options struct {
	// Short measures each part for a few milliseconds on smaller buffers (the memory
	// part then stays in the caches): about 50 ms in all, for tests and smoke checks.
	// Its factor is not comparable with a full run's.
	Short bool
	// GPU also looks for GPUs (DetectGPUs) and says whether they could be measured.
	GPU bool
}

// trials is how each part is measured: trial runs of the kernel, each repeating it
// until at least trialTime passed; the part's score is the best trial's rate.
type trials struct {
	n         int
	trialTime time.Duration
	memBytes  int
}

var (
	fullTrials  = trials{n: 5, trialTime: 100 * time.Millisecond, memBytes: 64 << 20}
	shortTrials = trials{n: 2, trialTime: 4 * time.Millisecond, memBytes: 1 << 20}
)

// ErrWrongResult is returned when a part computes a wrong result: the machine (or the
// binary) is faulty, and no score is given.
var ErrWrongResult = errors.New("machine: the benchmark computed a wrong result")

// Measure runs the benchmark on one core (its goroutine is locked to a thread) and
// returns the result. It takes about 2 s, or about 50 ms with opts.Short; ctx cancels it
// between trials.
func Measure(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	tr := fullTrials
	if opts.Short {
		tr = shortTrials
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	r := &Result{Benchmark: Version, Machine: ThisMachine(), Measured: start.UTC(), Short: opts.Short}
	for _, k := range kernels(tr) {
		p, err := measurePart(ctx, k, tr)
		if err != nil {
			return nil, err
		}
		r.Parts = append(r.Parts, p)
	}
	r.Factor = Combine(r.Parts)
	r.Seconds = math.Round(time.Since(start).Seconds()*1000) / 1000
	if opts.GPU {
		r.GPU = DetectGPUs(ctx)
	}
	return r, nil
}

// Combine is the speed factor of parts: the geometric mean of their factors, rounded to
// 0.01, at least 0.01 (0 without parts).
func Combine(parts []Part) float64 {
	if len(parts) == 0 {
		return 0
	}
	var logSum float64
	for _, p := range parts {
		logSum += math.Log(math.Max(p.Factor, 1e-6))
	}
	f := math.Exp(logSum / float64(len(parts)))
	return math.Max(0.01, math.Round(f*100)/100)
}

// kernel is one part: setup prepares its data (outside the timing), run does one round
// and returns the work it did in the part's unit, check verifies the last round.
type kernel struct {
	name, unit string
	setup      func()
	run        func() float64
	check      func() error
	release    func()
}

func measurePart(ctx context.Context, k kernel, tr trials) (Part, error) {
	k.setup()
	defer k.release()
	runtime.GC()
	k.run() // warm-up: caches, branch predictors, page faults
	if err := k.check(); err != nil {
		return Part{}, err
	}
	best, worst := 0.0, math.Inf(1)
	for range tr.n {
		if err := ctx.Err(); err != nil {
			return Part{}, err
		}
		var work float64
		t0 := time.Now()
		var el time.Duration
		for el < tr.trialTime {
			work += k.run()
			el = time.Since(t0)
		}
		rate := work / el.Seconds()
		best, worst = math.Max(best, rate), math.Min(worst, rate)
	}
	if err := k.check(); err != nil {
		return Part{}, err
	}
	ref := reference[k.name]
	return Part{Name: k.name, Unit: k.unit, Score: round3(best), Reference: ref, Factor: round3(best / ref),
		Spread: round3((best - worst) / best)}, nil
}

// round3 keeps 3 significant digits after the point's scale: enough for a score.
func round3(x float64) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	scale := math.Pow(10, 3-math.Ceil(math.Log10(math.Abs(x))))
	return math.Round(x*scale) / scale
}

// ThisMachine is this machine and binary's Profile.
func ThisMachine() Profile {
	return Profile{Benchmark: Version, Go: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH,
		CPU: cpuModel("/proc/cpuinfo"), CPUs: runtime.NumCPU()}
}

// cpuModel reads the CPU model from a /proc/cpuinfo file: "model name" (x86), else
// "Hardware", "cpu model", "Processor" or "uarch" (ARM, MIPS, RISC-V); "" when absent.
func cpuModel(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	found := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.Join(strings.Fields(v), " ")
		if _, seen := found[k]; !seen && v != "" {
			found[k] = v
		}
	}
	for _, k := range []string{"model name", "hardware", "cpu model", "processor", "uarch"} {
		if v := found[k]; v != "" && (k != "processor" || !isNumber(v)) {
			return v
		}
	}
	return ""
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// String is the result in one line: "factor 1.02 (integer 1.01, hash 1.03, memory 1.02)".
func (r *Result) String() string {
	parts := make([]string, len(r.Parts))
	for i, p := range r.Parts {
		parts[i] = fmt.Sprintf("%s %.2f", p.Name, p.Factor)
	}
	return fmt.Sprintf("factor %.2f (%s)", r.Factor, strings.Join(parts, ", "))
}
