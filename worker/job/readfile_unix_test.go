//go:build unix

package job

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A result file that became a symlink after it was listed is not followed when packed.
func TestCopyFileToRefusesASymlink(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret")
	if err := os.WriteFile(secret, []byte("outside"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "result.txt")
	if err := os.Symlink(secret, link); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := copyFileTo(&buf, link, make([]byte, 64))
	if err == nil || buf.Len() != 0 || n != 0 {
		t.Fatalf("copied %d bytes (%q) through a symlink, err %v; want an error", n, buf.String(), err)
	}
	var pe *os.PathError
	if !errors.As(err, &pe) {
		t.Errorf("error %v does not say which file", err)
	}
	// A plain file is copied whole, through a buffer smaller than it.
	n, err = copyFileTo(&buf, secret, make([]byte, 3))
	if err != nil || n != 7 || buf.String() != "outside" {
		t.Fatalf("copied %d bytes %q, %v; want \"outside\"", n, buf.String(), err)
	}
}
