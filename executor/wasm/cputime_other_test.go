//go:build !unix

package wasm

import "time"

// cpuTime is not measured here: cpu-ns/op reads 0.
func cpuTime() time.Duration { return 0 }

func sysTime() time.Duration { return 0 }

func pageFaults() int64 { return 0 }
