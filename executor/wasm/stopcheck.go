package wasm

import (
	"encoding/binary"
	"slices"
)

// Stopping a runaway module cheaply.
//
// wazero's own way (RuntimeConfig.WithCloseOnContextDone) compiles, at the
// head of every loop, a call out of the guest into Go that asks whether the
// module was closed: a full exit to the Go side and back per loop
// iteration. For a Go-built module that is most of its start-up: 1.1 ms of
// the hello app's 2.8 ms per run, 40 % of the executor's CPU per task.
//
// addStopChecks does the same job mostly inside the guest. It gives the
// module two more mutable i32 globals: stop (exported as stopExport, so
// that the host can set it; 0) and budget (yieldEvery), and, at the head
// of every loop:
//
//	budget -= cost           // 1 + the loop body's bytes / loopCostBytes
//	if budget <= 0 {
//	  budget = yieldEvery
//	  drop(memory.grow(0))     // a call out to Go, and back
//	  if stop { unreachable }  // trap
//	}
//
// so that a loop iteration costs a load, a subtraction, a store and a
// branch, and every yieldEvery units of budget (all loops together: a
// tight loop's iteration is one unit, a long body's proportionally more,
// so the straight-line work between two call-outs is bounded too) the
// guest calls out to Go. That call matters beyond the stop flag: compiled wasm
// code cannot be preempted by the Go scheduler, nor stopped for the
// garbage collector, so a guest that never called out would keep its
// goroutine's P (with as many runaway guests as GOMAXPROCS, the process
// would freeze: the timer that ends a run could not fire) and hold up
// every stop-the-world; memory.grow(0) changes nothing (it returns the
// size, dropped) but, in wazevo, runs Go code (MemoryInstance.Grow), where
// a pending preemption is taken. To stop a run, the host sets stop to 1
// (from another goroutine, when the run's context ends); the guest traps at
// its next call-out, and the executor, which knows it asked, reports the
// run as timed out or canceled. A function that calls others but has no
// loop gets the same check at its entry, so that recursion without loops
// is stopped too (wazero's checks, at loop heads only, miss it); what is
// left unchecked is recursion through functions whose loops it does not
// enter, straight-line code, which ends by itself, and the loop-free
// functions a loop calls, whose length its cost does not count (a loop
// calling long ones still runs yieldEvery passes between call-outs). The rewrite
// changes nothing else: the code leaves the operand stack as it found it,
// and neither global can be reached by the guest's own code, so a run's
// output is byte for byte what it was.
//
// It is only done when that is certain, else the module is run as it is
// with wazero's checks: every instruction must be one this reader knows
// (WebAssembly 2.0 without SIMD, and no threads, exceptions, tail calls,
// multiple memories), no instruction may name a global beyond the module's
// own (else a new global would make an invalid module valid, and reachable
// by the guest), the module must have a memory (for memory.grow) and no
// start function (it would run inside instantiation, before the host has
// the global to set), and no export already called stopExport.

// yieldEvery is how many loop iterations the guest runs between two calls
// out to Go: a few hundred microseconds of a tight loop, for ~1 µs of
// call.
const yieldEvery = 1 << 16

// stopExport names the stop global among the module's exports.
const stopExport = "poco.executor.stop"

// loopCostBytes is how many bytes of a loop's body (its nested loops and
// blocks included) cost one more unit of the budget per iteration: a tight
// loop costs 1, a loop of 1 MB of straight-line code 16,385, so that the
// work between two calls out to Go stays bounded whatever a loop's length
// (within a small factor: an instruction is 1 to ~10 bytes).
const loopCostBytes = 64

// loopCost is what one pass through a loop whose body is n bytes costs the
// budget.
func loopCost(n int) int64 { return min(1+int64(n)/loopCostBytes, yieldEvery) }

// stopCheck is the code inserted after each loop's block type (and at the
// entry of a function that calls but has no loop), costing cost; the stop
// global's index is stop, the budget's stop+1. The cost is written as a
// 5-byte signed LEB128 at costAt, so that a loop's can be set once its end
// is found (setCost).
func stopCheck(b []byte, stop uint64, cost int64) (out []byte, costAt int) {
	global := func(op byte, idx uint64) { b = binary.AppendUvarint(append(b, op), idx) }
	budget := stop + 1
	global(0x23, budget) // global.get budget
	b = append(b, 0x41)  // i32.const cost
	costAt = len(b)
	b = setCost(append(b, 0, 0, 0, 0, 0), costAt, cost)
	b = append(b, 0x6b)                         // i32.sub
	global(0x24, budget)                        // global.set budget
	global(0x23, budget)                        // global.get budget
	b = append(b, 0x41, 0, 0x4c, 0x04, 0x40)    // i32.const 0, i32.le_s, if
	b = appendSleb(append(b, 0x41), yieldEvery) // i32.const yieldEvery
	global(0x24, budget)                        // global.set budget
	b = append(b, 0x41, 0, 0x40, 0, 0x1a)       // i32.const 0, memory.grow 0, drop
	global(0x23, stop)                          // global.get stop
	b = append(b, 0x04, 0x40, 0x00, 0x0b)       // if unreachable end
	return append(b, 0x0b), costAt              // end
}

// setCost writes cost (0 to yieldEvery) at b[at:at+5] as a 5-byte signed
// LEB128 (a valid, if not minimal, encoding of an i32).
func setCost(b []byte, at int, cost int64) []byte {
	for k := range 4 {
		b[at+k] = byte(cost>>(7*k))&0x7f | 0x80
	}
	b[at+4] = byte(cost>>28) & 0x07
	return b
}

// addStopChecks returns the module code with the stop global and the loop
// checks, or ok false when it cannot be sure to do it right (the caller then
// runs code as it is, with wazero's checks).
func addStopChecks(code []byte) (out []byte, ok bool) {
	secs, ok := sections(code)
	if !ok {
		return nil, false
	}
	var (
		imported, defined          uint64
		memory                     bool
		globalAt, exportAt, codeAt = -1, -1, -1
	)
	for i, s := range secs {
		switch s.id {
		case 0, 1, 3, 4, 9, 11, 12: // custom, types, functions, tables, elements, data, data count
		case 2:
			var importsMemory bool
			if imported, importsMemory, ok = importedGlobals(s.body); !ok {
				return nil, false
			}
			memory = memory || importsMemory
		case 5:
			count, n := uleb(s.body)
			memory = memory || (n > 0 && count > 0)
		case 6:
			var n int
			if defined, n = uleb(s.body); n == 0 {
				return nil, false
			}
			globalAt = i
		case 7:
			if !exportsAllow(s.body) {
				return nil, false
			}
			exportAt = i
		case 10:
			codeAt = i
		default: // 8: start function; 13: tags (exceptions); others unknown
			return nil, false
		}
	}
	if codeAt < 0 || !memory {
		return nil, false
	}
	stop := imported + defined // then the budget: stop+1
	if stop >= 1_000_000 {     // wazero's limit on globals, and a bound for the LEB sizes below
		return nil, false
	}
	newCode, ok := checkLoops(secs[codeAt].body, stop)
	if !ok {
		return nil, false
	}

	// stop: mutable i32 0; budget: mutable i32 yieldEvery
	global := appendSleb([]byte{0x7f, 0x01, 0x41, 0x00, 0x0b, 0x7f, 0x01, 0x41}, yieldEvery)
	global = append(global, 0x0b)
	export := append(binary.AppendUvarint(nil, uint64(len(stopExport))), stopExport...)
	export = append(export, 0x03) // a global
	export = binary.AppendUvarint(export, stop)
	// grown returns a vector section's body with more entries.
	grown := func(body, entries []byte, more uint64) []byte {
		count, n := uleb(body)
		b := binary.AppendUvarint(nil, count+more)
		b = append(b, body[n:]...)
		return append(b, entries...)
	}

	out = make([]byte, 0, len(code)+len(newCode)-len(secs[codeAt].body)+64)
	out = append(out, code[:8]...)
	// rank orders the non-custom sections as the format requires.
	rank := func(id byte) int {
		switch id {
		case 12:
			return 10
		case 10:
			return 11
		case 11:
			return 12
		}
		return int(id)
	}
	wroteGlobal, wroteExport := false, false
	for i, s := range secs {
		if s.id != 0 {
			if !wroteGlobal && rank(s.id) > 6 {
				out = appendSection(out, 6, grown([]byte{0}, global, 2))
				wroteGlobal = true
			}
			if !wroteExport && rank(s.id) > 7 {
				out = appendSection(out, 7, grown([]byte{0}, export, 1))
				wroteExport = true
			}
		}
		switch i {
		case globalAt:
			out = appendSection(out, 6, grown(s.body, global, 2))
			wroteGlobal = true
		case exportAt:
			out = appendSection(out, 7, grown(s.body, export, 1))
			wroteExport = true
		case codeAt:
			out = appendSection(out, 10, newCode)
		default:
			out = append(out, s.raw...)
		}
	}
	return out, true // the code section comes after both, so both were written
}

// importedGlobals counts the globals an import section imports, and says
// whether it imports a memory; ok is false when it cannot be read, or
// imports a table or memory with limits other than min or min and max
// (shared, 64-bit).
func importedGlobals(b []byte) (globals uint64, memory, ok bool) {
	count, n := uleb(b)
	if n == 0 {
		return 0, false, false
	}
	b = b[n:]
	skip := func() bool { // an unsigned LEB128
		_, n := uleb(b)
		b = b[n:]
		return n > 0
	}
	skipName := func() bool {
		l, n := uleb(b)
		if n == 0 || uint64(len(b)-n) < l {
			return false
		}
		b = b[n+int(l):]
		return true
	}
	skipLimits := func() bool {
		if len(b) < 1 || b[0] > 1 { // 0: min; 1: min, max (others: shared, 64-bit)
			return false
		}
		flags := b[0]
		b = b[1:]
		for range 1 + int(flags) {
			if !skip() {
				return false
			}
		}
		return true
	}
	for range count {
		if !skipName() || !skipName() || len(b) < 1 {
			return 0, false, false
		}
		kind := b[0]
		b = b[1:]
		switch kind {
		case 0: // function: type index
			if !skip() {
				return 0, false, false
			}
		case 1: // table: reference type, limits
			if len(b) < 1 {
				return 0, false, false
			}
			b = b[1:]
			if !skipLimits() {
				return 0, false, false
			}
		case 2: // memory: limits
			memory = true
			if !skipLimits() {
				return 0, false, false
			}
		case 3: // global: value type, mutability
			if len(b) < 2 {
				return 0, false, false
			}
			b = b[2:]
			globals++
		default:
			return 0, false, false
		}
	}
	return globals, memory, len(b) == 0
}

// exportsAllow reports whether an export section can be read and has no
// export named stopExport.
func exportsAllow(b []byte) bool {
	count, n := uleb(b)
	if n == 0 {
		return false
	}
	b = b[n:]
	for range count {
		l, n := uleb(b)
		if n == 0 || uint64(len(b)-n) < l {
			return false
		}
		if string(b[n:n+int(l)]) == stopExport {
			return false
		}
		b = b[n+int(l):]
		if len(b) < 1 {
			return false
		}
		if _, n = uleb(b[1:]); n == 0 {
			return false
		}
		b = b[1+n:]
	}
	return len(b) == 0
}

// checkLoops returns a code section's body with stopCheck after every loop
// instruction; ok is false on any instruction it does not know, or one
// naming a global at or beyond stop.
func checkLoops(sec []byte, stop uint64) (out []byte, ok bool) {
	count, n := uleb(sec)
	if n == 0 {
		return nil, false
	}
	out = make([]byte, 0, len(sec)+len(sec)/64)
	out = append(out, sec[:n]...)
	b := sec[n:]
	var body []byte
	for range count {
		size, n := uleb(b)
		if n == 0 || uint64(len(b)-n) < size {
			return nil, false
		}
		fn := b[n : n+int(size)]
		b = b[n+int(size):]
		if body, ok = checkFunction(body[:0], fn, stop); !ok {
			return nil, false
		}
		out = binary.AppendUvarint(out, uint64(len(body)))
		out = append(out, body...)
	}
	if len(b) != 0 {
		return nil, false
	}
	return out, true
}

// checkFunction appends to out one function body (locals and code) with
// the loop checks.
func checkFunction(out, fn []byte, stop uint64) ([]byte, bool) {
	i := 0
	// leb skips an unsigned or signed LEB128 of at most max bytes.
	leb := func(max int) bool {
		for k := 0; k < max; k++ {
			if i >= len(fn) {
				return false
			}
			c := fn[i]
			i++
			if c&0x80 == 0 {
				return true
			}
		}
		return false
	}
	u32 := func() (uint64, bool) {
		v, n := uleb(fn[i:])
		if n == 0 || n > 5 || v > 1<<32-1 {
			return 0, false
		}
		i += n
		return v, true
	}
	// Locals: a vector of (count, value type).
	groups, ok := u32()
	if !ok {
		return nil, false
	}
	for range groups {
		if _, ok := u32(); !ok || i >= len(fn) {
			return nil, false
		}
		i++
	}
	entry := len(out) + i // where the function's code starts in out
	copied, loops, calls := 0, false, false
	// The blocks open at i: for a loop, where its body starts in fn and
	// where its check's cost is in out (else -1).
	type frame struct{ start, costAt int }
	var open []frame
	for i < len(fn) {
		op := fn[i]
		i++
		switch {
		case op == 0x0b: // end: of the innermost block, else of the function
			if len(open) == 0 {
				if i != len(fn) {
					return nil, false
				}
				break
			}
			f := open[len(open)-1]
			open = open[:len(open)-1]
			if f.costAt >= 0 {
				setCost(out, f.costAt, loopCost(i-f.start))
			}
		case op == 0x00, op == 0x01, op == 0x05, op == 0x0f, op == 0x1a, op == 0x1b, op == 0xd1,
			op >= 0x45 && op <= 0xc4: // no immediate (numeric instructions, sign extension)
		case op == 0x02, op == 0x03, op == 0x04: // block, loop, if: a block type
			if i >= len(fn) {
				return nil, false
			}
			switch c := fn[i]; {
			case c == 0x40, c == 0x7f, c == 0x7e, c == 0x7d, c == 0x7c, c == 0x70, c == 0x6f:
				i++
			case c == 0x7b: // v128
				return nil, false
			default: // a type index (s33)
				if !leb(5) {
					return nil, false
				}
			}
			f := frame{start: i, costAt: -1}
			if op == 0x03 {
				out = append(out, fn[copied:i]...)
				out, f.costAt = stopCheck(out, stop, 1)
				copied, loops = i, true
			}
			open = append(open, f)
		case op == 0x0c, op == 0x0d, op == 0x10, op == 0x20, op == 0x21, op == 0x22, op == 0x25, op == 0x26, op == 0xd2:
			// br, br_if, call, local.get/set/tee, table.get/set, ref.func: an index
			if _, ok := u32(); !ok {
				return nil, false
			}
			calls = calls || op == 0x10
		case op == 0x23, op == 0x24: // global.get/set
			if g, ok := u32(); !ok || g >= stop {
				return nil, false
			}
		case op == 0x0e: // br_table: a vector of labels, then the default
			n, ok := u32()
			if !ok {
				return nil, false
			}
			for range n + 1 {
				if _, ok := u32(); !ok {
					return nil, false
				}
			}
		case op == 0x11: // call_indirect: type, table
			calls = true
			if _, ok := u32(); !ok {
				return nil, false
			}
			if _, ok := u32(); !ok {
				return nil, false
			}
		case op == 0x1c: // select with types
			n, ok := u32()
			if !ok || n > uint64(len(fn)-i) {
				return nil, false
			}
			i += int(n)
		case op >= 0x28 && op <= 0x3e: // loads and stores: alignment, offset
			a, ok := u32()
			if !ok || a >= 64 { // bit 6: a memory index (multiple memories)
				return nil, false
			}
			if _, ok := u32(); !ok {
				return nil, false
			}
		case op == 0x3f, op == 0x40: // memory.size, memory.grow: memory 0
			if i >= len(fn) || fn[i] != 0 {
				return nil, false
			}
			i++
		case op == 0x41: // i32.const
			if !leb(5) {
				return nil, false
			}
		case op == 0x42: // i64.const
			if !leb(10) {
				return nil, false
			}
		case op == 0x43: // f32.const
			i += 4
		case op == 0x44: // f64.const
			i += 8
		case op == 0xd0: // ref.null: a reference type
			i++
		case op == 0xfc:
			sub, ok := u32()
			if !ok {
				return nil, false
			}
			var imm int // immediates: u32 indices, or the zero bytes of memory 0
			switch {
			case sub <= 7: // saturating truncations
			case sub == 8: // memory.init: segment, memory 0
				if _, ok := u32(); !ok || i >= len(fn) || fn[i] != 0 {
					return nil, false
				}
				i++
			case sub == 9, sub == 13, sub == 15, sub == 16, sub == 17: // data.drop, elem.drop, table.grow/size/fill
				imm = 1
			case sub == 10: // memory.copy: memory 0, memory 0
				if i+2 > len(fn) || fn[i] != 0 || fn[i+1] != 0 {
					return nil, false
				}
				i += 2
			case sub == 11: // memory.fill: memory 0
				if i >= len(fn) || fn[i] != 0 {
					return nil, false
				}
				i++
			case sub == 12, sub == 14: // table.init, table.copy
				imm = 2
			default:
				return nil, false
			}
			for range imm {
				if _, ok := u32(); !ok {
					return nil, false
				}
			}
		default: // SIMD, threads, exceptions, tail calls, or not an instruction
			return nil, false
		}
	}
	if i != len(fn) || len(open) != 0 || len(fn) == 0 || fn[len(fn)-1] != 0x0b {
		return nil, false
	}
	out = append(out, fn[copied:]...)
	if calls && !loops {
		// A function that calls but has no loop gets the check at its
		// entry: recursion without loops (a function calling itself twice,
		// d deep: 2^d calls on a stack d deep) would otherwise run
		// unchecked. Not in every function: where the loops are, their
		// checks suffice for Go's code (each of its functions is one
		// dispatch loop), and checks at both cost a CPU-bound Go loop 2–4×.
		check, _ := stopCheck(nil, stop, 1)
		out = slices.Insert(out, entry, check...)
	}
	return out, true
}
