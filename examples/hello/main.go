// Command hello is an example Poco app: it greets its arguments and
// summarises its first input file, deterministically, into
// $IEXEC_OUT/result.txt, and names that file in $IEXEC_OUT/computed.json.
//
// Build: GOOS=wasip1 GOARCH=wasm go build (or make examples).
package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := os.Getenv("IEXEC_OUT")
	var b strings.Builder
	fmt.Fprintf(&b, "hello, %s\n", strings.Join(os.Args[1:], " "))
	fmt.Fprintf(&b, "task %s of deal %s, index %s of %s\n",
		os.Getenv("IEXEC_TASK_ID"), os.Getenv("IEXEC_DEAL_ID"), os.Getenv("IEXEC_BAG_INDEX"), os.Getenv("IEXEC_BAG_SIZE"))
	if name := os.Getenv("IEXEC_INPUT_FILE_NAME_1"); name != "" {
		data, err := os.ReadFile(filepath.Join(os.Getenv("IEXEC_IN"), name))
		if err != nil {
			fail(err)
		}
		fmt.Fprintf(&b, "input %s: %d bytes, %d lines, sha256 %x\n", name, len(data), strings.Count(string(data), "\n"), sha256.Sum256(data))
	}
	result := filepath.Join(out, "result.txt")
	if err := os.WriteFile(result, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
	computed, _ := json.Marshal(map[string]string{"deterministic-output-path": result})
	if err := os.WriteFile(filepath.Join(out, "computed.json"), computed, 0o644); err != nil {
		fail(err)
	}
	fmt.Print(b.String())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "hello:", err)
	os.Exit(1)
}
