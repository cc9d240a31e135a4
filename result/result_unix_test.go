//go:build unix

package result

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestRefusesNamedPipes(t *testing.T) {
	t.Run("in the folder", func(t *testing.T) {
		dir := build(t, golden...)
		if err := syscall.Mkfifo(filepath.Join(dir, "a", "pipe"), 0o644); err != nil {
			t.Skip("no fifos:", err)
		}
		if _, err := DigestOf(dir); !errors.Is(err, ErrNotPlain) || !strings.Contains(err.Error(), "a/pipe is a named pipe") {
			t.Errorf("got %v, want ErrNotPlain naming a/pipe", err)
		}
	})
	t.Run("named by computed.json", func(t *testing.T) {
		dir := build(t, file{ComputedJSON, `{"deterministic-output-path":"pipe"}`})
		if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
			t.Skip("no fifos:", err)
		}
		if _, err := DigestOf(dir); !errors.Is(err, ErrNotPlain) || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("got %v, want ErrNotPlain saying named pipe", err)
		}
	})
}
