// Command poco is the Poco command-line tool; its commands are defined in package cli.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/pocolabs/poco/cli"
)

func main() {
	if err := cli.NewRootCommand().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "poco: "+strings.Join(strings.Fields(err.Error()), " "))
		os.Exit(1)
	}
}
