package machine

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// GPU is a GPU nvidia-smi lists.
type GPU struct {
	// Index is the device id as nvidia-smi numbers it (what a container engine takes).
	Index     string `json:"index"`
	Name      string `json:"name"`
	MemoryMiB int64  `json:"memoryMiB"`
}

// GPUReport is what the benchmark can say of the machine's GPUs. It never measures one:
// that needs a compute kernel run through the GPU's driver library, which this binary
// does not link (no cgo, nothing downloaded). Measured is there so that a later version
// that does measure can say so.
type GPUReport struct {
	Devices  []GPU `json:"devices"`
	Measured bool  `json:"measured"`
	// Note says, in a sentence, what was found and why nothing was measured.
	Note string `json:"note"`
}

// FindGPUs lists the host's NVIDIA GPUs with nvidia-smi. No nvidia-smi on PATH, or one
// that fails (no driver), means no GPU: nil and the reason.
func FindGPUs(ctx context.Context) ([]GPU, error) {
	smi, err := exec.LookPath("nvidia-smi")
	if err != nil {
		return nil, fmt.Errorf("no nvidia-smi on PATH: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, smi, "--query-gpu=index,name,memory.total", "--format=csv,noheader,nounits").Output()
	if err != nil {
		return nil, fmt.Errorf("nvidia-smi: %w", err)
	}
	return parseGPUs(string(out))
}

// parseGPUs reads nvidia-smi's "index, name, memory" lines.
func parseGPUs(out string) ([]GPU, error) {
	var gpus []GPU
	for _, l := range strings.Split(out, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		f := strings.Split(l, ",")
		if len(f) != 3 {
			return nil, fmt.Errorf("nvidia-smi printed %q, not \"index, name, memory\"", l)
		}
		g := GPU{Index: strings.TrimSpace(f[0]), Name: strings.TrimSpace(f[1])}
		if _, err := strconv.Atoi(g.Index); err != nil {
			return nil, fmt.Errorf("nvidia-smi printed %q, not a GPU index", g.Index)
		}
		g.MemoryMiB, _ = strconv.ParseInt(strings.TrimSpace(f[2]), 10, 64) // "[N/A]" on some boards: 0
		gpus = append(gpus, g)
	}
	return gpus, nil
}

// DetectGPUs reports the GPUs found (FindGPUs) and says that none is measured.
func DetectGPUs(ctx context.Context) *GPUReport {
	gpus, err := FindGPUs(ctx)
	r := &GPUReport{Devices: gpus}
	if r.Devices == nil {
		r.Devices = []GPU{}
	}
	switch {
	case err != nil:
		r.Note = fmt.Sprintf("No GPU found (%v): nothing to measure.", err)
	case len(gpus) == 0:
		r.Note = "No GPU found (nvidia-smi lists none): nothing to measure."
	default:
		names := make([]string, len(gpus))
		for i, g := range gpus {
			names[i] = g.Name
		}
		r.Note = fmt.Sprintf("%d GPU(s) found (%s) but not measured: measuring one needs a compute kernel run through the GPU's driver library, "+
			"which this binary does not link. The speed factor covers the CPU and memory only.", len(gpus), strings.Join(names, ", "))
	}
	return r
}
