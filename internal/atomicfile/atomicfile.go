// Package atomicfile writes files so that a reader sees either the old content or the new,
// never a part: the data goes to a temporary file in the same directory, is synced to disk,
// and is renamed over the target. The rename itself is on disk once the directory is
// synced (SyncDir): until then a crash may leave the old content, never a torn file.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write writes data to path with permissions perm, atomically, creating the directory
// (0700) if needed.
func Write(path string, data []byte, perm os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// SyncDir flushes the directory dir to disk: the renames Write made in it (and removals)
// survive a crash only once the directory itself is synced. Callers that write several
// files group them under one SyncDir.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
