// Command testapp is the app the executor conformance suite runs. Its first
// argument picks a behaviour; it is built for each executor (wasip1 for wasm,
// the host for process).
package main

import (
	crand "crypto/rand"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: testapp MODE [ARGS...]")
		os.Exit(64)
	}
	args := os.Args[2:]
	switch os.Args[1] {
	case "exit": // exit CODE
		code, _ := strconv.Atoi(args[0])
		os.Exit(code)
	case "echo": // echo STDOUT STDERR
		fmt.Print(args[0])
		fmt.Fprint(os.Stderr, args[1])
	case "spam": // spam N: N bytes on stdout
		n, _ := strconv.Atoi(args[0])
		os.Stdout.Write([]byte(strings.Repeat("x", n)))
	case "env": // print args, IEXEC_* variables and the first input file
		fmt.Printf("args=%s\n", strings.Join(args, ","))
		for _, kv := range os.Environ() {
			fmt.Println(kv)
		}
		in := os.Getenv("IEXEC_IN")
		b, err := os.ReadFile(filepath.Join(in, os.Getenv("IEXEC_INPUT_FILE_NAME_1")))
		fmt.Printf("input1=%q err=%v\n", b, err)
	case "writein": // try to write into the input folder
		in := os.Getenv("IEXEC_IN")
		err1 := os.WriteFile(filepath.Join(in, "intruder.txt"), []byte("x"), 0o644)
		f, err2 := os.OpenFile(filepath.Join(in, os.Getenv("IEXEC_INPUT_FILE_NAME_1")), os.O_WRONLY|os.O_APPEND, 0)
		if err2 == nil {
			_, err2 = f.Write([]byte("tampered"))
			f.Close()
		}
		if err1 == nil || err2 == nil {
			fmt.Println("write-allowed")
			os.Exit(1)
		}
		fmt.Println("write-denied")
	case "writeout": // writeout NAME SIZE: SIZE bytes into IEXEC_OUT/NAME
		n, _ := strconv.Atoi(args[1])
		err := os.WriteFile(filepath.Join(os.Getenv("IEXEC_OUT"), args[0]), []byte(strings.Repeat("o", n)), 0o644)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "loop": // spin forever
		x := 0
		for {
			x++
		}
	case "spin": // spin N iterations of arithmetic, print the result
		n, _ := strconv.Atoi(args[0])
		var h uint64 = 14695981039346656037
		for i := 0; i < n; i++ {
			h = (h ^ uint64(i)) * 1099511628211
		}
		fmt.Println(h)
	case "alloc": // alloc MIB: allocate and touch MIB MiB, 1 MiB at a time
		n, _ := strconv.Atoi(args[0])
		var keep [][]byte
		for i := 0; i < n; i++ {
			b := make([]byte, 1<<20)
			for j := range b {
				b[j] = byte(j)
			}
			keep = append(keep, b)
		}
		fmt.Println("allocated", len(keep))
	case "nondet": // print what would differ between runs on a real host
		var b [8]byte
		crand.Read(b[:])
		fmt.Println(time.Now().UnixNano(), rand.Int64(), b, time.Since(time.Time{}))
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(64)
	}
}
