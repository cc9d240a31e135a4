package wasm

import (
	"context"
	"math"
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
// could have touched is zero again. The pages in question are those below
// the run's high-water mark (the guest cannot reach beyond its memory's
// length). Those that are resident (mincore) are cleared with memclr, which
// keeps them resident for the next run (cheaper than dropping them and
// taking a page fault for each on the next run); those that are not (never
// touched, or written and then swapped out) are dropped with
// madvise(MADV_DONTNEED), after which they read as zero. A mapping whose resident pages exceed
// keepResidentBytes is dropped with madvise(MADV_DONTNEED) instead (the
// kernel hands back zero pages), so the pool does not pin a large run's
// memory. When the reset fails in any way, the mapping is unmapped, never
// reused.

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
	idle map[uint64][]*region // by reserved size
	n    int
}

type region struct {
	mem []byte // the whole mapping
	hwm uint64 // bytes handed to the guest in this run
	top uint64 // the highest hwm since the mapping was last dropped, rounded to pages
}

func newMemPool() *memPool { return &memPool{idle: map[uint64][]*region{}} }

var pageBytes = uint64(syscall.Getpagesize())

func (p *memPool) get(max uint64) *region {
	max = (max + pageBytes - 1) &^ (pageBytes - 1)
	if max == 0 {
		max = pageBytes
	}
	if max > math.MaxInt/2 { // a 32-bit address space: the Go heap, as without a pool
		return nil
	}
	p.mu.Lock()
	if rs := p.idle[max]; len(rs) > 0 {
		r := rs[len(rs)-1]
		p.idle[max] = rs[:len(rs)-1]
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
	return &region{mem: mem}
}

// put zeroes r and keeps it for a later run, or unmaps it.
func (p *memPool) put(r *region) {
	if !r.reset() {
		syscall.Munmap(r.mem)
		return
	}
	max := uint64(len(r.mem))
	p.mu.Lock()
	if p.idle != nil && p.n < maxIdleMemories {
		p.idle[max] = append(p.idle[max], r)
		p.n++
		r = nil
	}
	p.mu.Unlock()
	if r != nil {
		syscall.Munmap(r.mem)
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

// reset makes every byte of r that a run could have written zero again;
// false when it could not tell or do so.
func (r *region) reset() bool {
	hwm := (r.hwm + pageBytes - 1) &^ (pageBytes - 1)
	r.hwm = 0
	r.top = max(r.top, hwm)
	if r.top == 0 {
		return true
	}
	// Resident pages above this run's hwm are an earlier run's, cleared
	// then; they count towards what the mapping keeps, but need no clearing.
	vec := make([]byte, r.top/pageBytes)
	if _, _, e := syscall.Syscall(syscall.SYS_MINCORE, uintptr(unsafe.Pointer(&r.mem[0])), uintptr(r.top), uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
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
	pages := hwm / pageBytes
	for i := uint64(0); i < pages; {
		resident := vec[i]&1 != 0
		j := i + 1
		for j < pages && (vec[j]&1 != 0) == resident {
			j++
		}
		if resident {
			clear(r.mem[i*pageBytes : j*pageBytes])
		} else if !dontNeed(r.mem[i*pageBytes : j*pageBytes]) {
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
// as zero after.
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
	regions []*region
}

func (p *memPool) forRun() *runMemory {
	if p == nil {
		return nil
	}
	return &runMemory{pool: p}
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
	r := m.pool.get(max)
	if r == nil { // no mapping (address space exhausted?): the Go heap, as without a pool
		return &heapMemory{}
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
