// Command bigzero is a test app for the wasm executor: it allocates a large
// buffer, exits 3 if any byte of it is not zero, then fills it with 0xaa.
// The Go runtime takes the memory it grows into to be zero and does not
// clear it, so a run that reuses a memory left dirty by an earlier run sees
// that run's bytes here.
package main

import (
	"fmt"
	"os"
)

func main() {
	buf := make([]byte, 8<<20)
	dirty := 0
	for _, b := range buf {
		if b != 0 {
			dirty++
		}
	}
	if dirty > 0 {
		fmt.Fprintf(os.Stderr, "bigzero: %d bytes of a fresh buffer are not zero\n", dirty)
		os.Exit(3)
	}
	for i := range buf {
		buf[i] = 0xaa
	}
	fmt.Println("clean")
}
