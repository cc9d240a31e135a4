// Command dataset is an example Poco app: it reads the task's dataset file
// ($IEXEC_IN/$IEXEC_DATASET_FILENAME) and writes its size and sha256 to
// $IEXEC_OUT/digest.txt, named in $IEXEC_OUT/computed.json.
//
// Build: GOOS=wasip1 GOARCH=wasm go build (or make examples).
package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	name := os.Getenv("IEXEC_DATASET_FILENAME")
	if name == "" {
		fail(fmt.Errorf("no dataset (IEXEC_DATASET_FILENAME is empty)"))
	}
	f, err := os.Open(filepath.Join(os.Getenv("IEXEC_IN"), name))
	if err != nil {
		fail(err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		fail(err)
	}
	out := os.Getenv("IEXEC_OUT")
	digest := filepath.Join(out, "digest.txt")
	line := fmt.Sprintf("%s %d sha256:%x\n", name, n, h.Sum(nil))
	if err := os.WriteFile(digest, []byte(line), 0o644); err != nil {
		fail(err)
	}
	computed, _ := json.Marshal(map[string]string{"deterministic-output-path": digest})
	if err := os.WriteFile(filepath.Join(out, "computed.json"), computed, 0o644); err != nil {
		fail(err)
	}
	fmt.Print(line)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "dataset:", err)
	os.Exit(1)
}
