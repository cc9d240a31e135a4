//go:build unix

package job

import (
	"io"
	"io/fs"
	"syscall"
)

// copyFileTo copies the regular file at path to w through buf and returns the number of
// bytes copied. The file is read with plain system calls: os.Open would also try to add
// it to the runtime's poller (two fcntl pairs and an epoll_ctl that fails for a regular
// file), five calls per file of every result for nothing. O_NOFOLLOW: a symlink put in
// place of a listed file fails the open instead of being followed out of the folder.
func copyFileTo(w io.Writer, path string, buf []byte) (int64, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return 0, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var n int64
	for {
		m, err := syscall.Read(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return n, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if m == 0 {
			return n, nil
		}
		if _, err := w.Write(buf[:m]); err != nil {
			return n, err
		}
		n += int64(m)
	}
}
