//go:build !linux

package worker

// memFSFree reports whether dir is on a memory file system: only known on Linux.
func memFSFree(string) (int64, bool) { return 0, false }
