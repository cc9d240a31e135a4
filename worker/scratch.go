package worker

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"

	"github.com/pocolabs/poco/worker/job"
)

// memFSDir is where the worker looks for a memory file system for its scratch folder.
var memFSDir = "/dev/shm"

// scratchDir picks the folder for the work folders of tasks that fetch nothing
// (job.Runner.ScratchDir): Config.ScratchDir when set ("-" for none); else, when
// memFSDir is a tmpfs with room for a full output of every slot and the queue's first
// (Slots+1 × OutputBytes), a folder there named after the state folder (so two
// workers on one machine never share one; Run makes it, and removes it when it stops);
// else none (StateDir/work). On the
// development machine a task's folders cost ~0.5 ms of system CPU on ext4 and ~0.03 ms
// on tmpfs.
func scratchDir(cfg Config) string {
	switch cfg.ScratchDir {
	case "-":
		return ""
	case "":
	default:
		return cfg.ScratchDir
	}
	free, ok := memFSFree(memFSDir)
	if !ok || free/int64(cfg.Slots+1) < cfg.OutputBytes {
		return ""
	}
	abs, err := filepath.Abs(cfg.StateDir)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(memFSDir, "poco-work-"+hex.EncodeToString(sum[:8]))
}

// scratchRoom reports whether the scratch folder has room for a full output of j for
// every slot (checked before each run: what else uses the memory file system may have
// filled it since the start).
func (w *Worker) scratchRoom(j job.Job) bool {
	free, ok := memFSFree(w.scratch)
	if !ok {
		return w.cfg.ScratchDir != "" // a folder the operator chose, not a tmpfs: trusted
	}
	return free/int64(w.cfg.Slots) >= max(j.Limits.OutputBytes, 1)
}
