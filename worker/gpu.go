package worker

import "strconv"

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
