//go:build !unix

package job

import (
	"io"
	"os"
)

// copyFileTo copies the regular file at path to w through buf and returns the number of
// bytes copied.
func copyFileTo(w io.Writer, path string, buf []byte) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	// Wrapped: io.CopyBuffer would otherwise use the file's WriteTo, which allocates a
	// buffer of its own for every file.
	return io.CopyBuffer(w, struct{ io.Reader }{f}, buf)
}
