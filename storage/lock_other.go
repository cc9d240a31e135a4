//go:build !unix

package storage

import "os"

// tryLock reports false: without flock(2), a store never takes over
// another's pack.
func tryLock(*os.File) bool { return false }
