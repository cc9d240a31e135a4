package machine

import (
	"context"
	"encoding/json"
	"os"
	"sync"

	"github.com/pocolabs/poco/internal/atomicfile"
)

// cache holds the results measured in this process, by Profile; its lock also makes
// measurements one at a time (two at once would slow each other down).
var cache = struct {
	sync.Mutex
	byProfile map[Profile]*Result
}{byProfile: map[Profile]*Result{}}

// measureFull is the measurement Cached makes (tests replace it).
var measureFull = func(ctx context.Context) (*Result, error) { return Measure(ctx, Options{}) }

// Cached returns this machine's benchmark result, measuring it only when neither this
// process nor file holds one for this Profile (ThisMachine: benchmark version, Go
// version, OS, architecture, CPU model and count). A result measured is written to file
// (a JSON Result, atomically); a file that cannot be read or written is not an error: the
// result is measured again, and the next start measures again. fromCache says whether
// the result was reused. Concurrent calls in one process measure once.
func Cached(ctx context.Context, file string) (r *Result, fromCache bool, err error) {
	cache.Lock()
	defer cache.Unlock()
	p := ThisMachine()
	if r := readResult(file); r != nil && usable(r, p) {
		cache.byProfile[p] = r
		return r, true, nil
	}
	if r, ok := cache.byProfile[p]; ok {
		writeResult(file, r)
		return r, true, nil
	}
	r, err = measureFull(ctx)
	if err != nil {
		return nil, false, err
	}
	cache.byProfile[p] = r
	writeResult(file, r)
	return r, false, nil
}

// usable reports whether a cached result stands for profile p: the same profile, a
// full run, a factor.
func usable(r *Result, p Profile) bool {
	return r.Benchmark == Version && r.Machine == p && !r.Short && r.Factor > 0 && len(r.Parts) > 0
}

func readResult(file string) *Result {
	if file == "" {
		return nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var r Result
	if json.Unmarshal(b, &r) != nil {
		return nil
	}
	return &r
}

func writeResult(file string, r *Result) {
	if file == "" {
		return
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return
	}
	atomicfile.Write(file, append(b, '\n'), 0o600)
}
