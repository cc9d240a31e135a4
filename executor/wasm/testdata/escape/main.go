// Command escape is a test app for the wasm executor: it tries to reach a
// file outside its folders through a symbolic link it makes in each of
// them (to ../secret.txt, relative, as WASI allows), and prints what it
// did and read. The executor must refuse the links, so that the file's
// content is never printed.
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, dir := range []string{os.Getenv("IEXEC_OUT"), os.Getenv("IEXEC_IN")} {
		link := dir + "/link"
		err := os.Symlink("../secret.txt", link)
		fmt.Printf("symlink in %s: %v\n", dir, err)
		b, err := os.ReadFile(link)
		fmt.Printf("read through it: %q %v\n", b, err)
	}
}
