// Command teeapp is a test app for confidential tasks: it writes to $IEXEC_OUT/result.txt
// the dataset file's content and the secrets it got as environment variables, so a test
// can see that the worker decrypted the dataset and passed the secrets.
//
// Build: GOOS=wasip1 GOARCH=wasm go build (the worker's tests do).
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	var data []byte
	if name := os.Getenv("IEXEC_DATASET_FILENAME"); name != "" {
		b, err := os.ReadFile(filepath.Join(os.Getenv("IEXEC_IN"), name))
		if err != nil {
			fmt.Fprintln(os.Stderr, "teeapp:", err)
			os.Exit(1)
		}
		data = b
	}
	text := fmt.Sprintf("dataset: %s\napp secret: %s\nrequester secret 1: %s\nrequester secret 2: %s\n",
		data, os.Getenv("IEXEC_APP_DEVELOPER_SECRET"), os.Getenv("IEXEC_REQUESTER_SECRET_1"),
		os.Getenv("IEXEC_REQUESTER_SECRET_2"))
	if err := os.WriteFile(filepath.Join(os.Getenv("IEXEC_OUT"), "result.txt"), []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "teeapp:", err)
		os.Exit(1)
	}
	fmt.Print(text)
}
