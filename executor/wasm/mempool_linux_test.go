package wasm

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// withoutPagemap runs f with reset falling back to mincore, as on a system
// whose /proc/self/pagemap cannot be read.
func withoutPagemap(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	saved := pagemapFD
	pagemapFD = func() int { return -1 }
	defer func() { pagemapFD = saved }()
	f(t)
}

// TestPagemapWorks: pagemapWorks refuses a pagemap that does not tell the
// page states apart, so that the reset then falls back to mincore instead
// of taking written pages for clean ones: one that reads all zeros (every
// page "never touched"), all ones ("present, swapped, a file's"), every
// page present and private (no file pages), or that cannot be read.
func TestPagemapWorks(t *testing.T) {
	for _, c := range []struct {
		name  string
		entry func([]byte) (uint64, bool)
	}{
		{"zeros", func([]byte) (uint64, bool) { return 0, true }},
		{"ones", func([]byte) (uint64, bool) { return ^uint64(0), true }},
		{"all private", func([]byte) (uint64, bool) { return pmPresent, true }},
		{"unreadable", func([]byte) (uint64, bool) { return 0, false }},
	} {
		if pagemapWorks(c.entry) {
			t.Errorf("pagemapWorks accepts a pagemap that reads %s", c.name)
		}
	}
	if pagemapFD() < 0 {
		t.Log("/proc/self/pagemap cannot be read here, or does not report page states: reset falls back to mincore")
	}
}

// TestResetRestoresMemory plays runs on pooled memories directly: each run
// reads and writes random pages of the image's range and above it, within
// a random length; after each, the memory taken from the pool again must
// read as the image followed by zeros, up to the highest length any run
// had. Both ways of resetting, with an image and without, with runs that
// stay under what an idle memory keeps resident and runs that go over it.
func TestResetRestoresMemory(t *testing.T) {
	for _, path := range []struct {
		name string
		run  func(*testing.T, func(*testing.T))
	}{
		{"pagemap", func(t *testing.T, f func(*testing.T)) { f(t) }},
		{"mincore", withoutPagemap},
	} {
		t.Run(path.name, func(t *testing.T) {
			path.run(t, testResetRestoresMemory)
		})
	}
}

func testResetRestoresMemory(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	image := make([]byte, 5*int(pageBytes)+123) // the last page partly the image's, partly zero
	for i := range image {
		image[i] = byte(rng.Uint32()) | 1 // no zero byte: a dropped page would show
	}
	for _, c := range []struct {
		name    string
		image   []byte
		maxSize uint64
	}{
		{"image", image, 64 << 20},
		{"no image", nil, 64 << 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newMemPool()
			defer p.close()
			img := p.newImage(c.image)
			if c.image != nil && img == nil {
				t.Fatal("no image file")
			}
			defer img.close()
			want := func(size uint64) []byte {
				w := make([]byte, size)
				copy(w, c.image)
				return w
			}
			top := uint64(0)
			for run := range 40 {
				m := p.forRun(img)
				lm := m.Allocate(pageSize, c.maxSize)
				// Mostly small runs; every eighth one over keepResidentBytes.
				size := uint64(1+rng.IntN(64)) * pageSize
				if run%8 == 7 {
					size = keepResidentBytes + uint64(1+rng.IntN(32))*pageSize
				}
				mem := lm.Reallocate(size)
				if mem == nil {
					t.Fatalf("run %d: no memory of %d bytes", run, size)
				}
				top = max(top, size)
				if !bytes.Equal(mem, want(size)) {
					t.Fatalf("run %d starts on a memory that is not the image followed by zeros", run)
				}
				// Read some pages, write others (a byte, or the whole page),
				// in the image's range and above it.
				pages := int(size / pageBytes)
				for range 1 + rng.IntN(64) {
					at := rng.IntN(pages) * int(pageBytes)
					switch rng.IntN(3) {
					case 0:
						_ = mem[at]
					case 1:
						mem[at+rng.IntN(int(pageBytes))] ^= 0xff
					case 2:
						for i := range int(pageBytes) {
							mem[at+i] = byte(i) | 1
						}
					}
				}
				if run%5 == 0 { // the image's first and last pages, and the page above it
					for _, at := range []int{0, len(c.image) - 1, len(c.image) + 1} {
						if at >= 0 && at < len(mem) {
							mem[at] ^= 0x55
						}
					}
				}
				m.release()
				if n := p.idleCount(); n != 1 {
					t.Fatalf("run %d: %d memories idle after release, want 1 (reset failed?)", run, n)
				}
			}
			// The whole reservation below the highest length: image, then zeros.
			m := p.forRun(img)
			lm := m.Allocate(pageSize, c.maxSize)
			if mem := lm.Reallocate(top); !bytes.Equal(mem, want(top)) {
				t.Fatal("after the runs, the memory is not the image followed by zeros")
			}
			m.release()
		})
	}
}

// The isolation tests again, with reset falling back to mincore.
func TestRunsDoNotSeeEachOtherWithoutPagemap(t *testing.T) {
	withoutPagemap(t, TestRunsDoNotSeeEachOther)
}

func TestGoAppMemoryStartsZeroWithoutPagemap(t *testing.T) {
	withoutPagemap(t, TestGoAppMemoryStartsZero)
}
