package wasm

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
)

// packGap is the largest run of zeros between two data segments that
// packData fills in to join them: up to 4 KiB of zeros copied instead of
// one more segment to evaluate.
const packGap = 4 << 10

// packData returns the module code with its data segments joined into as
// few segments as it can, or code itself when it cannot or need not.
//
// Why: the Go toolchain writes a module's initial memory as one data
// segment per run of non-zero bytes, tens of thousands of them (the hello
// example has 38,222 for 0.95 MB), and wazero evaluates each segment's
// offset (two small allocations) and copies it at every instantiation:
// ~1.5 ms and ~40,000 allocations per task, the largest part of a Go app's
// instantiation. Joined, the same bytes are one copy of 1.6 MB.
//
// The result is the same module: the memory it starts with holds the same
// bytes. It is only rewritten when that is certain: the module defines its
// own memory (fresh memory is zero, so filling the gaps with zeros changes
// nothing; an imported memory may hold data), every segment is active on
// memory 0 at a constant offset (i32.const), and there is no data count
// section (without one the code cannot name a segment: memory.init and
// data.drop need it), so segment numbers do not matter. Segments are copied
// into the joined image in their order, so overlapping ones keep the
// spec's last-writer-wins. A module whose segments reach beyond its memory
// still fails to instantiate (the joined segment ends where the last did).
// Anything not understood leaves the module as it is.
func packData(code []byte) []byte {
	secs, data, memory, segs, ok := ownData(code)
	if !ok || memory == nil || len(segs) < 2 {
		return code
	}
	if count, n := uleb(memory); n == 0 || count == 0 {
		return code
	}
	packed := packSegments(segs)
	if len(packed) == len(segs) {
		return code
	}
	var sec []byte
	sec = binary.AppendUvarint(sec, uint64(len(packed)))
	for _, s := range packed {
		sec = append(sec, 0, 0x41) // active on memory 0, i32.const
		sec = appendSleb(sec, int64(int32(s.off)))
		sec = append(sec, 0x0b)
		sec = binary.AppendUvarint(sec, uint64(len(s.init)))
		sec = append(sec, s.init...)
	}
	return replaceSection(code, secs[data], sec)
}

// wasmHeader is how a binary module (version 1) starts.
var wasmHeader = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// wasmSection is one section of a module's code.
type wasmSection struct {
	id   byte
	at   int    // where it starts in the code
	raw  []byte // the whole section: id, size, body
	body []byte
}

// sections splits a module's code into its sections; ok is false when it
// does not start with wasmHeader or a section's size runs past the end.
func sections(code []byte) (secs []wasmSection, ok bool) {
	if len(code) < 8 || !bytes.Equal(code[:8], wasmHeader) {
		return nil, false
	}
	for i := 8; i < len(code); {
		size, n := uleb(code[i+1:])
		if n == 0 || uint64(len(code)-i-1-n) < size {
			return nil, false
		}
		end := i + 1 + n + int(size)
		secs = append(secs, wasmSection{id: code[i], at: i, raw: code[i:end], body: code[i+1+n : end]})
		i = end
	}
	return secs, true
}

// appendSection appends a section of id and body to out.
func appendSection(out []byte, id byte, body []byte) []byte {
	out = append(out, id)
	out = binary.AppendUvarint(out, uint64(len(body)))
	return append(out, body...)
}

// replaceSection returns code with its section s replaced by one of the
// same id with body.
func replaceSection(code []byte, s wasmSection, body []byte) []byte {
	out := make([]byte, 0, len(code)-len(s.raw)+len(body)+6)
	out = appendSection(append(out, code[:s.at]...), s.id, body)
	return append(out, code[s.at+len(s.raw):]...)
}

// ownData reads what packData and splitData need of a module: its
// sections, which of them is the data section, the memory section's body
// (nil: none) and the data segments. ok is false when the code cannot be
// read, the module imports a memory (or has imports importedGlobals does
// not read), has a data count section, or has no data section of segments
// parseData reads.
func ownData(code []byte) (secs []wasmSection, data int, memory []byte, segs []segment, ok bool) {
	if secs, ok = sections(code); !ok {
		return nil, 0, nil, nil, false
	}
	data = -1
	for i, s := range secs {
		switch s.id {
		case 2: // imports
			if _, importsMemory, ok := importedGlobals(s.body); !ok || importsMemory {
				return nil, 0, nil, nil, false
			}
		case 5: // memories
			memory = s.body
		case 11:
			data = i
		case 12: // data count: the code may name segments
			return nil, 0, nil, nil, false
		}
	}
	if data < 0 {
		return nil, 0, nil, nil, false
	}
	if segs, ok = parseData(secs[data].body); !ok {
		return nil, 0, nil, nil, false
	}
	return secs, data, memory, segs, true
}

type segment struct {
	off  uint32
	init []byte
}

// parseData reads a data section whose segments are all active on memory 0
// at an i32.const offset; ok is false for anything else.
func parseData(b []byte) (segs []segment, ok bool) {
	count, n := uleb(b)
	if n == 0 || count > uint64(len(b)) {
		return nil, false
	}
	b = b[n:]
	segs = make([]segment, 0, count)
	for range count {
		if len(b) < 2 || b[0] != 0 || b[1] != 0x41 {
			return nil, false
		}
		off, n := sleb32(b[2:])
		if n == 0 || len(b) < 3+n || b[2+n] != 0x0b {
			return nil, false
		}
		b = b[3+n:]
		size, n := uleb(b)
		if n == 0 || uint64(len(b)-n) < size {
			return nil, false
		}
		segs = append(segs, segment{off: uint32(off), init: b[n : n+int(size)]})
		b = b[n+int(size):]
	}
	return segs, len(b) == 0
}

// packSegments joins segments less than packGap apart into one each,
// writing them in their original order so that overlaps resolve as at
// instantiation.
func packSegments(segs []segment) []segment {
	order := make([]int, len(segs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(segs[a].off, segs[b].off) })
	type group struct{ start, end uint64 }
	var groups []group
	groupOf := make([]int, len(segs))
	for _, i := range order {
		s, e := uint64(segs[i].off), uint64(segs[i].off)+uint64(len(segs[i].init))
		if n := len(groups); n > 0 && s <= groups[n-1].end+packGap {
			groups[n-1].end = max(groups[n-1].end, e)
		} else {
			groups = append(groups, group{s, e})
		}
		groupOf[i] = len(groups) - 1
	}
	if len(groups) == len(segs) {
		return segs
	}
	out := make([]segment, len(groups))
	for g, gr := range groups {
		out[g] = segment{off: uint32(gr.start), init: make([]byte, gr.end-gr.start)}
	}
	for i, s := range segs { // original order: a later segment overwrites an earlier one
		g := &out[groupOf[i]]
		copy(g.init[s.off-g.off:], s.init)
	}
	return out
}

// uleb reads an unsigned LEB128 number of at most 64 bits; n is 0 when b
// does not start with one.
func uleb(b []byte) (v uint64, n int) {
	v, n = binary.Uvarint(b)
	if n <= 0 {
		return 0, 0
	}
	return v, n
}

// sleb32 reads a signed LEB128 number of at most 32 bits (5 bytes); n is 0
// when b does not start with one.
func sleb32(b []byte) (v int32, n int) {
	var r int64
	var shift uint
	for i := 0; i < len(b) && i < 5; i++ {
		c := b[i]
		r |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				r |= -1 << shift
			}
			if r < -1<<31 || r > 1<<31-1 {
				return 0, 0
			}
			return int32(r), i + 1
		}
	}
	return 0, 0
}

func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// splitData returns the module code with its data section emptied, and the
// initial memory those segments made (from address 0 to the end of the
// last), for the executor to map under the module's memory itself (see
// memImage) instead of wazero copying the segments at every instantiation.
// ok is false when that is not certain to give the same memory: it needs
// packData's conditions (the module's own memory, every segment active on
// memory 0 at an i32.const offset, no data count section) and every segment
// within the memory's initial size (else instantiation must fail, and
// still does with the segments left in).
func splitData(code []byte) (stripped, image []byte, ok bool) {
	secs, data, memory, segs, ok := ownData(code)
	if !ok || memory == nil || len(segs) == 0 {
		return nil, nil, false
	}
	// memories: count, then limits (flags 0: min; 1: min, max)
	count, n := uleb(memory)
	if n == 0 || count != 1 || len(memory) < n+1 || memory[n] > 1 {
		return nil, nil, false
	}
	pages, m := uleb(memory[n+1:])
	if m == 0 || pages > 65536 {
		return nil, nil, false
	}
	end := uint64(0)
	for _, s := range segs {
		end = max(end, uint64(s.off)+uint64(len(s.init)))
	}
	if end > pages*pageSize {
		return nil, nil, false
	}
	image = make([]byte, end)
	for _, s := range segs { // in order: a later segment overwrites an earlier one
		copy(image[s.off:], s.init)
	}
	return replaceSection(code, secs[data], []byte{0}), image, true // a data section of no segments
}
