package worker

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// DetectGPUs lists the host's NVIDIA GPUs by their index, as `nvidia-smi` numbers them
// (the device ids a container engine takes). No nvidia-smi, or one that fails (no
// driver), means no GPU: nil and the reason.
func DetectGPUs(ctx context.Context) ([]string, error) {
	smi, err := exec.LookPath("nvidia-smi")
	if err != nil {
		return nil, fmt.Errorf("no nvidia-smi on PATH: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, smi, "--query-gpu=index", "--format=csv,noheader").Output()
	if err != nil {
		return nil, fmt.Errorf("nvidia-smi: %w", err)
	}
	return parseGPUIndexes(string(out))
}

// parseGPUIndexes reads nvidia-smi's one index a line.
func parseGPUIndexes(out string) ([]string, error) {
	var ids []string
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if _, err := strconv.Atoi(l); err != nil {
			return nil, fmt.Errorf("nvidia-smi printed %q, not a GPU index", l)
		}
		ids = append(ids, l)
	}
	return ids, nil
}

// gpuIDs are the device ids of cfg's GPUs: cfg.GPUDevices, else 0 … GPUs−1.
func gpuIDs(cfg Config) []string {
	if len(cfg.GPUDevices) > 0 {
		return cfg.GPUDevices
	}
	ids := make([]string, cfg.GPUs)
	for i := range ids {
		ids[i] = strconv.Itoa(i)
	}
	return ids
}
