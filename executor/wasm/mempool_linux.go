package wasm

import (
	"context"
	"encoding/binary"
	"math"
	"os"
	"sync"
	"syscall"
	"unsafe"

	"github.com/tetratelabs/wazero/experimental"
)

// Linear memories on Linux: each is a private anonymous mapping reserved at
// the memory's maximum size (address space only: pages are backed when
// first touched), so growing it never copies, and the mappings are reused
// from run to run instead of being allocated, zeroed and garbage-collected
// per task.
//
// Isolation: a mapping goes back to the pool only once its run has ended
// (the module closed, _start returned) and only after every page the run
// could have touched is zero again (its image's again, in the image's
// range). The pages in question are those below the run's high-water mark
// (the guest cannot reach beyond its memory's length). /proc/self/pagemap
// says which of them the run wrote: those that are private pages of the
// mapping (or swapped out). Written pages are cleared with memclr (the
// image's bytes copied back, in its range), which keeps them resident for
// the next run (cheaper than dropping them and taking a page fault for
// each on the next run); swapped-out ones are dropped with
// madvise(MADV_DONTNEED), after which they read as zero (as the image);
// pages never touched, and the image's pages the run only read, are left
// as they are (resetByPagemap). Where pagemap cannot be read, mincore says
// which pages are resident: those are cleared, the others dropped, and the
// image's whole range is dropped (resetByMincore). A mapping whose private
// resident pages exceed keepResidentBytes is dropped with
// madvise(MADV_DONTNEED) instead (the kernel hands back zero pages, or the
// image's), so the pool does not pin a large run's memory. When the reset
// fails in any way, the mapping is unmapped, never reused.
//
// Initial memory images: a module whose data segments were taken out at
// compilation (splitData) gets its initial memory from a memImage, a file
// holding that memory's first bytes, mapped privately (copy on write) over
// the start of the mapping. A run reads those pages straight from the page
// cache and copies only those it writes (a page fault each, on its first
// run on a mapping: after that the written pages stay private, restored
// by the reset), instead of wazero copying every data segment at each
// instantiation (1.6 MB for a Go module, 0.35 ms). Mappings are pooled per
// image.

const (
	// keepResidentBytes is the most memory a pooled mapping keeps
	// resident between runs (zeroed): with maxIdleMemories, at most 256 MiB
	// pinned by idle memories.
	keepResidentBytes = 16 << 20
	// maxIdleMemories is how many mappings the pool keeps between runs.
	maxIdleMemories = 16
)

type memPool struct {
	mu   sync.Mutex
	idle map[poolKey][]*region
	n    int
}

type poolKey struct {
	max uint64    // reserved size
	img *memImage // mapped at the start; nil: none
}

type region struct {
	mem []byte    // the whole mapping
	img *memImage // mapped over mem[:img.size], or nil
	hwm uint64    // bytes handed to the guest in this run
	top uint64    // the highest hwm since the mapping was last dropped, rounded to pages

	pm   []byte       // resetByPagemap's buffers, kept from reset to reset
	acts []pageAction //
}

func newMemPool() *memPool { return &memPool{idle: map[poolKey][]*region{}} }

var pageBytes = uint64(syscall.Getpagesize())

// memImage is a module's initial memory in a file (unlinked), to be mapped
// copy-on-write at the start of its linear memories.
type memImage struct {
	f    *os.File
	data []byte // the image (for memories that are not mappings)
	size uint64 // the file's size: len(data) rounded up to pages
}

// newImage writes data to an unlinked file (in /dev/shm when there is one:
// memory, not disk); nil when there is no pool or it fails (the caller then
// leaves the module's data segments to wazero).
func (p *memPool) newImage(data []byte) *memImage {
	if p == nil || len(data) == 0 {
		return nil
	}
	var f *os.File
	var err error
	for _, dir := range []string{"/dev/shm", os.TempDir()} {
		if f, err = os.CreateTemp(dir, "poco-wasm-image-"); err == nil {
			break
		}
	}
	if err != nil {
		return nil
	}
	os.Remove(f.Name()) // the file lives as long as it is open or mapped
	size := (uint64(len(data)) + pageBytes - 1) &^ (pageBytes - 1)
	if _, err := f.Write(data); err != nil || f.Truncate(int64(size)) != nil {
		f.Close()
		return nil
	}
	return &memImage{f: f, data: data, size: size}
}

// close closes the image's file; mappings of it stay valid.
func (m *memImage) close() {
	if m != nil {
		m.f.Close()
	}
}

func (p *memPool) get(max uint64, img *memImage) *region {
	max = (max + pageBytes - 1) &^ (pageBytes - 1)
	if max == 0 {
		max = pageBytes
	}
	if max > math.MaxInt/2 { // a 32-bit address space: the Go heap, as without a pool
		return nil
	}
	if img != nil && img.size > max {
		return nil
	}
	key := poolKey{max, img}
	p.mu.Lock()
	if rs := p.idle[key]; len(rs) > 0 {
		r := rs[len(rs)-1]
		if p.idle[key] = rs[:len(rs)-1]; len(p.idle[key]) == 0 {
			delete(p.idle, key) // holds the image: let it go with its module
		}
		p.n--
		p.mu.Unlock()
		return r
	}
	p.mu.Unlock()
	mem, err := syscall.Mmap(-1, 0, int(max), syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return nil
	}
	if img != nil { // the image over the start of the reservation, copy on write
		_, _, e := syscall.Syscall6(syscall.SYS_MMAP, uintptr(unsafe.Pointer(&mem[0])), uintptr(img.size),
			syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_FIXED, img.f.Fd(), 0)
		if e != 0 {
			syscall.Munmap(mem)
			return nil
		}
	}
	return &region{mem: mem, img: img}
}

// put zeroes r and keeps it for a later run, or unmaps it.
func (p *memPool) put(r *region) {
	if !r.reset() {
		syscall.Munmap(r.mem)
		return
	}
	key := poolKey{uint64(len(r.mem)), r.img}
	var evicted *region
	p.mu.Lock()
	if p.idle != nil && p.n >= maxIdleMemories && len(p.idle[key]) < maxIdleMemories/2 {
		// Full: make room by unmapping one of another kind (another
		// module's image, another limit), so that the memories of the
		// modules running now are the ones kept.
		for k, rs := range p.idle {
			if k != key && len(rs) > 0 {
				evicted = rs[len(rs)-1]
				if p.idle[k] = rs[:len(rs)-1]; len(p.idle[k]) == 0 {
					delete(p.idle, k)
				}
				p.n--
				break
			}
		}
	}
	if p.idle != nil && p.n < maxIdleMemories {
		p.idle[key] = append(p.idle[key], r)
		p.n++
		r = nil
	}
	p.mu.Unlock()
	for _, r := range []*region{r, evicted} {
		if r != nil {
			syscall.Munmap(r.mem)
		}
	}
}

// close unmaps the idle mappings; mappings in use are unmapped when their
// runs put them back.
func (p *memPool) close() {
	p.mu.Lock()
	idle := p.idle
	p.idle, p.n = nil, 0
	p.mu.Unlock()
	for _, rs := range idle {
		for _, r := range rs {
			syscall.Munmap(r.mem)
		}
	}
}

// reset makes every byte of r that a run could have written zero again
// (or the image's again, below its size); false when it could not tell or
// do so.
func (r *region) reset() bool {
	hwm := (r.hwm + pageBytes - 1) &^ (pageBytes - 1)
	r.hwm = 0
	r.top = max(r.top, hwm)
	if r.top == 0 {
		return true
	}
	if fd := pagemapFD(); fd >= 0 {
		return r.resetByPagemap(fd, hwm)
	}
	return r.resetByMincore(hwm)
}

// pagemapFD is /proc/self/pagemap, opened on first use and kept open; -1
// where it cannot be read or does not say what resetByPagemap relies on,
// which pagemapWorks checks once on mappings of its own; reset then uses
// mincore instead. Tests replace it to run the fallback.
var pagemapFD = sync.OnceValue(func() int {
	fd, err := syscall.Open("/proc/self/pagemap", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return -1
	}
	if !pagemapWorks(pagemapEntry(fd)) {
		syscall.Close(fd)
		return -1
	}
	return fd
})

// pagemapEntry returns a function reading fd's (/proc/self/pagemap's)
// entry for the page holding b[0].
func pagemapEntry(fd int) func(b []byte) (uint64, bool) {
	return func(b []byte) (uint64, bool) {
		var e [8]byte
		n, err := syscall.Pread(fd, e[:], int64(uint64(uintptr(unsafe.Pointer(&b[0])))/pageBytes*8))
		return binary.LittleEndian.Uint64(e[:]), err == nil && n == 8
	}
}

// pagemapWorks checks that entry (reading /proc/self/pagemap) reports the states
// resetByPagemap tells apart, as it must see them: an anonymous page never
// touched is neither present nor swapped, one written is present and not a
// file's; a private file mapping's page that was read is present and the
// file's, and once written present and not the file's. (A system whose
// pagemap reports less, such as all zeros, would have written pages taken
// for clean ones.)
func pagemapWorks(entry func(b []byte) (uint64, bool)) bool {
	ps := int(pageBytes)
	anon, err := syscall.Mmap(-1, 0, 2*ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return false
	}
	defer syscall.Munmap(anon)
	anon[0] = 1
	written, ok1 := entry(anon)
	untouched, ok2 := entry(anon[ps:])
	if !ok1 || !ok2 || written&(pmPresent|pmFile) != pmPresent || untouched&(pmPresent|pmSwapped) != 0 {
		return false
	}
	img := (&memPool{}).newImage([]byte{1})
	if img == nil {
		return false
	}
	defer img.close()
	file, err := syscall.Mmap(int(img.f.Fd()), 0, ps, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		return false
	}
	defer syscall.Munmap(file)
	if file[0] != 1 { // the read maps the file's page
		return false
	}
	read, ok1 := entry(file)
	file[0] = 2 // a private copy
	copied, ok2 := entry(file)
	return ok1 && ok2 && read&(pmPresent|pmFile) == pmPresent|pmFile && copied&(pmPresent|pmFile) == pmPresent
}

// Bits of a /proc/self/pagemap entry (Documentation/admin-guide/mm/pagemap.rst).
const (
	pmPresent = 1 << 63 // the page is mapped (in RAM)
	pmSwapped = 1 << 62 // not mapped, but has content elsewhere (swap, or being migrated)
	pmFile    = 1 << 61 // a page of a file (for the image's range: the file's, never written)
)

// pagemapChunk is how many pages' entries reset reads at a time.
const pagemapChunk = 512

// resetByPagemap resets r from what /proc/self/pagemap says of each page
// below r.top, which tells apart the three states that matter:
//   - not mapped and not swapped: never touched since the last drop, so it
//     reads as zero (as the image's file in the image's range): nothing to do;
//   - in the image's range, mapped from the file: the run read it but never
//     wrote it (a write to a private file mapping makes a private copy):
//     nothing to do, and the mapping stays, so the next run does not fault
//     on it again;
//   - a private page (or one swapped out): a run wrote it. Above the image
//     it is cleared (kept resident), in the image's range the image's bytes
//     are copied back over it (kept resident, so the next run writes it
//     without a copy-on-write fault); swapped-out ones are dropped.
//
// Only pages below this run's hwm can have been written since the last
// reset; those above it (up to r.top) count towards what the mapping keeps
// resident. The old way (resetByMincore) dropped the whole image's range at
// each reset, which made every run fault it in again (~30 faults, mapping
// ~300 pages, for the hello app), and called madvise on each stretch of
// never-touched pages, since mincore cannot tell them from swapped-out ones.
func (r *region) resetByPagemap(fd int, hwm uint64) bool {
	imgPages := uint64(0)
	if r.img != nil {
		imgPages = min(r.img.size, r.top) / pageBytes
	}
	hwmPages, pages := hwm/pageBytes, r.top/pageBytes
	first := uint64(uintptr(unsafe.Pointer(&r.mem[0]))) / pageBytes
	if r.pm == nil {
		r.pm, r.acts = make([]byte, 8*pagemapChunk), make([]pageAction, 0, pagemapChunk)
	}
	resident := uint64(0) // private pages kept
	acts := r.acts[:0]
	for p0 := uint64(0); p0 < pages; p0 += pagemapChunk {
		n := min(pagemapChunk, pages-p0)
		buf := r.pm[:8*n]
		if k, err := syscall.Pread(fd, buf, int64((first+p0)*8)); err != nil || k != len(buf) {
			return r.drop()
		}
		acts = acts[:0]
		for i := range n {
			e, p := binary.LittleEndian.Uint64(buf[8*i:]), p0+i
			private := e&pmPresent != 0 && (p >= imgPages || e&pmFile == 0)
			if private {
				resident++
			}
			a := keepPage
			switch {
			case p >= hwmPages: // not written since the last reset
			case private && p < imgPages:
				a = restorePage
			case private:
				a = clearPage
			case e&pmPresent == 0 && e&pmSwapped != 0:
				a = dropPage
			}
			acts = append(acts, a)
		}
		if resident*pageBytes > keepResidentBytes {
			return r.drop()
		}
		for i := uint64(0); i < n; {
			j := i + 1
			for j < n && acts[j] == acts[i] {
				j++
			}
			from, to := (p0+i)*pageBytes, (p0+j)*pageBytes
			switch acts[i] {
			case clearPage:
				clear(r.mem[from:to])
			case restorePage:
				data := r.img.data[min(from, uint64(len(r.img.data))):min(to, uint64(len(r.img.data)))]
				clear(r.mem[from+uint64(copy(r.mem[from:to], data)) : to])
			case dropPage:
				if !dontNeed(r.mem[from:to]) {
					return r.drop()
				}
			}
			i = j
		}
	}
	r.acts = acts
	return true
}

// pageAction is what resetByPagemap does to a page.
type pageAction uint8

const (
	keepPage    pageAction = iota // as it should be
	clearPage                     // written above the image: zero it
	restorePage                   // written in the image's range: copy the image's bytes back
	dropPage                      // swapped out: give it back to the kernel
)

// resetByMincore is reset where /proc/self/pagemap cannot be read: the
// image's range is dropped whole, and the pages above it are cleared where
// mincore says they are resident and dropped where it does not (never
// touched, or written and swapped out: mincore cannot tell which).
func (r *region) resetByMincore(hwm uint64) bool {
	base := uint64(0) // where the anonymous part starts
	if r.img != nil {
		// The private copies of the image's pages are dropped: the range
		// reads as the file again. (mincore tells nothing here: it reports
		// the file's pages in the page cache.)
		base = min(r.img.size, r.top)
		if !dontNeed(r.mem[:base]) {
			return r.drop()
		}
		if base == r.top {
			return true
		}
	}
	// Resident pages above this run's hwm are an earlier run's, cleared
	// then; they count towards what the mapping keeps, but need no clearing.
	vec := make([]byte, (r.top-base)/pageBytes)
	if _, _, e := syscall.Syscall(syscall.SYS_MINCORE, uintptr(unsafe.Pointer(&r.mem[base])), uintptr(r.top-base), uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
		return r.drop()
	}
	resident := uint64(0)
	for _, v := range vec {
		resident += uint64(v & 1)
	}
	if resident*pageBytes > keepResidentBytes {
		return r.drop()
	}
	// Below the hwm: resident runs of pages are cleared; non-resident ones are
	// given back to the kernel, since "not resident" is also what mincore says
	// of a page the run wrote that was then swapped out, and such a page would
	// come back with its content.
	pages := (max(hwm, base) - base) / pageBytes
	mem := r.mem[base:]
	for i := uint64(0); i < pages; {
		resident := vec[i]&1 != 0
		j := i + 1
		for j < pages && (vec[j]&1 != 0) == resident {
			j++
		}
		if resident {
			clear(mem[i*pageBytes : j*pageBytes])
		} else if !dontNeed(mem[i*pageBytes : j*pageBytes]) {
			return r.drop()
		}
		i = j
	}
	return true
}

// dontNeed gives b's pages back to the kernel: they read as zero after.
func dontNeed(b []byte) bool {
	_, _, e := syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), syscall.MADV_DONTNEED)
	return e == 0
}

// drop gives every page of r any run touched back to the kernel: they read
// as zero after (as the image, in the image's range).
func (r *region) drop() bool {
	b := r.mem[:r.top]
	r.top = 0
	return dontNeed(b)
}

// runMemory is the allocator of one run: it takes its linear memory from
// the pool and puts it back in release, once the run is over. wazero's own
// Free (at module close, or later when a module is closed for its
// context) does nothing: the executor, which knows when the guest can no
// longer run, decides.
type runMemory struct {
	pool    *memPool
	img     *memImage // the module's initial memory, or nil
	regions []*region
}

// forRun returns the allocator of a run of a module whose initial memory
// is img (nil: zero; wazero writes the data segments).
func (p *memPool) forRun(img *memImage) *runMemory {
	if p == nil {
		return nil
	}
	return &runMemory{pool: p, img: img}
}

// bind returns ctx carrying m: InstantiateModule with it allocates from m.
func (m *runMemory) bind(ctx context.Context) context.Context {
	if m == nil {
		return ctx
	}
	return experimental.WithMemoryAllocator(ctx, m)
}

// Allocate implements experimental.MemoryAllocator.
func (m *runMemory) Allocate(_, max uint64) experimental.LinearMemory {
	r := m.pool.get(max, m.img)
	if r == nil { // no mapping (address space exhausted?): the Go heap, as without a pool
		h := &heapMemory{}
		if m.img != nil {
			h.buf = append(make([]byte, 0, m.img.size), m.img.data...)
		}
		return h
	}
	m.regions = append(m.regions, r)
	return linearMemory{r}
}

// release puts the run's memory back: call it only once the module is
// closed and its calls have returned.
func (m *runMemory) release() {
	if m == nil {
		return
	}
	for _, r := range m.regions {
		m.pool.put(r)
	}
	m.regions = nil
}

type linearMemory struct{ r *region }

func (l linearMemory) Reallocate(size uint64) []byte {
	if size > uint64(len(l.r.mem)) {
		return nil
	}
	l.r.hwm = max(l.r.hwm, size)
	return l.r.mem[:size:size]
}

func (linearMemory) Free() {}

// heapMemory is a linear memory on the Go heap, what wazero does without an
// allocator: growing it copies.
type heapMemory struct{ buf []byte }

func (h *heapMemory) Reallocate(size uint64) []byte {
	if size <= uint64(cap(h.buf)) {
		h.buf = h.buf[:size]
	} else {
		h.buf = append(h.buf[:cap(h.buf)], make([]byte, size-uint64(cap(h.buf)))...)
	}
	return h.buf
}

func (h *heapMemory) Free() { h.buf = nil }

// runtimeReusesMemory: runs take their memories from a pool.
const runtimeReusesMemory = true

// idleCount is how many memories wait in the pool.
func (p *memPool) idleCount() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n
}
