package machine

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/bits"
)

// The kernels of benchmark Version 1. They are portable Go on purpose: no SIMD, no
// SHA or AES instructions, no library whose code may change, since the apps run as
// WebAssembly, which uses none of them. Each checks its own result.

func kernels(tr trials) []kernel {
	return []kernel{queensKernel(), hashKernel(), memoryKernel(tr.memBytes)}
}

// ───────────────────────────── integer ─────────────────────────────

// queensN is the board size of the integer part; queensSolutions its known answer.
const (
	queensN         = 10
	queensSolutions = 724
)

func queensKernel() kernel {
	var last int
	return kernel{
		name: PartInteger, unit: "N-queens(10)/s",
		setup: func() {},
		run: func() float64 {
			last = queens(queensN)
			return 1
		},
		check: func() error {
			if last != queensSolutions {
				return fmt.Errorf("%w: N-queens(%d) counted %d solutions, not %d", ErrWrongResult, queensN, last, queensSolutions)
			}
			return nil
		},
		release: func() {},
	}
}

// queens counts the placements of n queens on an n×n board, none attacking another.
func queens(n int) int {
	all := uint32(1)<<n - 1
	return place(all, 0, 0, 0)
}

// place counts the completions of a board whose filled rows occupy the columns cols and
// attack the diagonals left and right on the next row.
func place(all, cols, left, right uint32) int {
	if cols == all {
		return 1
	}
	count := 0
	for free := all &^ (cols | left | right); free != 0; {
		bit := free & -free
		free ^= bit
		count += place(all, cols|bit, (left|bit)<<1&all, (right|bit)>>1)
	}
	return count
}

// ───────────────────────────── hash ─────────────────────────────

// hashBytes is the size of the buffer the hash part digests each round.
const hashBytes = 64 << 10

func hashKernel() kernel {
	var buf []byte
	var last [32]byte
	return kernel{
		name: PartHash, unit: "MB/s",
		setup: func() {
			buf = make([]byte, hashBytes)
			fill(buf, 0x9e3779b97f4a7c15)
		},
		run: func() float64 {
			last = sum256(buf)
			return hashBytes / 1e6
		},
		check: func() error {
			if want := sha256.Sum256(buf); last != want {
				return fmt.Errorf("%w: SHA-256 gave %x, not %x", ErrWrongResult, last, want)
			}
			return nil
		},
		release: func() { buf = nil },
	}
}

// fill fills b with a xorshift64 sequence from seed.
func fill(b []byte, seed uint64) {
	x := seed
	for i := 0; i+8 <= len(b); i += 8 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		binary.LittleEndian.PutUint64(b[i:], x)
	}
}

var sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// sum256 is SHA-256 (FIPS 180-4) in portable Go, the way a WebAssembly app computes it.
func sum256(msg []byte) [32]byte {
	h := [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	full := len(msg) &^ 63
	blocks(&h, msg[:full])
	// Padding: 0x80, zeros, the length in bits (big-endian), to a multiple of 64 bytes.
	var tail [128]byte
	n := copy(tail[:], msg[full:])
	tail[n] = 0x80
	size := 64
	if n >= 56 {
		size = 128
	}
	binary.BigEndian.PutUint64(tail[size-8:], uint64(len(msg))*8)
	blocks(&h, tail[:size])
	var out [32]byte
	for i, v := range h {
		binary.BigEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// blocks runs the compression function over whole 64-byte blocks of p.
func blocks(h *[8]uint32, p []byte) {
	var w [64]uint32
	for ; len(p) >= 64; p = p[64:] {
		for i := range 16 {
			w[i] = binary.BigEndian.Uint32(p[4*i:])
		}
		for i := 16; i < 64; i++ {
			s0 := bits.RotateLeft32(w[i-15], -7) ^ bits.RotateLeft32(w[i-15], -18) ^ w[i-15]>>3
			s1 := bits.RotateLeft32(w[i-2], -17) ^ bits.RotateLeft32(w[i-2], -19) ^ w[i-2]>>10
			w[i] = w[i-16] + s0 + w[i-7] + s1
		}
		a, b, c, d, e, f, g, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
		for i := range 64 {
			s1 := bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)
			ch := e&f ^ ^e&g
			t1 := hh + s1 + ch + sha256K[i] + w[i]
			s0 := bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)
			maj := a&b ^ a&c ^ b&c
			t2 := s0 + maj
			hh, g, f, e, d, c, b, a = g, f, e, d+t1, c, b, a, t1+t2
		}
		h[0] += a
		h[1] += b
		h[2] += c
		h[3] += d
		h[4] += e
		h[5] += f
		h[6] += g
		h[7] += hh
	}
}

// ───────────────────────────── memory ─────────────────────────────

// memoryKernel copies size bytes, a 64-bit word at a time, from one buffer to another:
// far larger than the caches, it measures the bandwidth to memory (a read and a write
// of every byte).
func memoryKernel(size int) kernel {
	var src, dst []uint64
	return kernel{
		name: PartMemory, unit: "GB/s",
		setup: func() {
			src, dst = make([]uint64, size/8), make([]uint64, size/8)
			x := uint64(0x2545f4914f6cdd1d)
			for i := range src {
				x ^= x << 13
				x ^= x >> 7
				x ^= x << 17
				src[i] = x
			}
			for i := 0; i < len(dst); i += 512 { // touch every page outside the timing
				dst[i] = ^src[i]
			}
		},
		run: func() float64 {
			copyWords(dst, src)
			return float64(size) / 1e9
		},
		check: func() error {
			for i := range src {
				if dst[i] != src[i] {
					return fmt.Errorf("%w: word %d of a %d-byte copy differs from its source", ErrWrongResult, i, size)
				}
			}
			return nil
		},
		release: func() { src, dst = nil, nil },
	}
}

// copyWords copies src into dst word by word (not the runtime's memmove, whose code
// changes between Go versions).
func copyWords(dst, src []uint64) {
	dst = dst[:len(src)]
	for i := 0; i+4 <= len(src); i += 4 {
		dst[i], dst[i+1], dst[i+2], dst[i+3] = src[i], src[i+1], src[i+2], src[i+3]
	}
}
