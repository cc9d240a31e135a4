package worker

import "syscall"

// tmpfsMagic is the file system type of a tmpfs (statfs(2)).
const tmpfsMagic = 0x01021994

// memFSFree reports whether dir is on a memory file system (tmpfs) and how many bytes
// are free there.
func memFSFree(dir string) (free int64, ok bool) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil || st.Type != tmpfsMagic {
		return 0, false
	}
	return int64(st.Bavail) * st.Bsize, true
}
