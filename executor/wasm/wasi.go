// What the guest gets through WASI besides wazero's defaults: its folders
// (fsConfig) and its random bytes (fixedRand).

package wasm

import (
	"math/rand"
	"sync"

	"github.com/tetratelabs/wazero"
	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/experimental/sysfs"

	"github.com/pocolabs/poco/executor"
)

// fsConfig mounts spec's folders as the guest sees them: the input folder
// read-only at executor.GuestInputDir, the output folder at
// executor.GuestOutputDir (outputFS), in that order (the guest's
// preopened descriptors 3 and 4).
func fsConfig(spec executor.Spec) wazero.FSConfig {
	cfg := wazero.NewFSConfig().WithReadOnlyDirMount(spec.InputDir, executor.GuestInputDir)
	return cfg.(sysfs.FSConfig).WithSysFSMount(outputFS{sysfs.DirFS(spec.OutputDir)}, executor.GuestOutputDir)
}

// outputFS is the output folder: wazero's DirFS, except that the guest
// cannot make symbolic links. wazero checks the paths the guest names (no
// "..", nothing absolute) but then opens them on the host, which follows
// links: a link the guest made to "../../x" (relative targets are allowed)
// would let it read and write any file the worker can, another task's
// folders and the worker's own files included. (The input folder is
// read-only: no links can be made there.)
//
// Its files are DirFS's own. Skipping wazero's reopening of a file at each
// fd_fdstat_set_flags (8 system calls per file a Go app opens) was tried
// and dropped: the file opened with O_TRUNC is then closed after it was
// written instead of before, and on ext4 that close makes the kernel
// allocate the file's blocks at once (auto_da_alloc): 0.08 ms more per run
// of the hello app.
type outputFS struct{ experimentalsys.FS }

// Symlink refuses: see outputFS.
func (outputFS) Symlink(_, _ string) experimentalsys.Errno { return experimentalsys.EPERM }

// randPrefixLen is how much of the random stream is computed once.
const randPrefixLen = 4096

// randPrefix is the start of what wazero's default random source (the
// guest's random_get) gives: math/rand seeded with 42.
var randPrefix = sync.OnceValue(func() []byte {
	b := make([]byte, randPrefixLen)
	rand.New(rand.NewSource(42)).Read(b)
	return b
})

// fixedRand gives a run the same bytes as wazero's default random source,
// without seeding a math/rand source for every run (0.015 ms and 5 KB; a Go
// app calls random_get once, at its start): the first randPrefixLen bytes come from
// randPrefix, and a run that reads beyond them gets a source of its own,
// moved past them. (math/rand's Read gives the same bytes however the reads
// are split.)
type fixedRand struct {
	pos  int
	rest *rand.Rand
}

// Read implements io.Reader: len(p) bytes of the stream, always.
func (r *fixedRand) Read(p []byte) (int, error) {
	n := 0
	if r.rest == nil {
		n = copy(p, randPrefix()[r.pos:])
		r.pos += n
		if n == len(p) {
			return n, nil
		}
		r.rest = rand.New(rand.NewSource(42))
		r.rest.Read(make([]byte, randPrefixLen))
	}
	m, err := r.rest.Read(p[n:])
	return n + m, err
}
