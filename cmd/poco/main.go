// Command poco is the Poco command-line tool; its commands are defined in package cli.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/pocolabs/poco/cli"
)

// gcPercent is the garbage collector's target (GOGC) unless the environment sets one.
// Poco's daemons (chain node, scheduler, workers, storage) make many short-lived
// objects (JSON, RPC messages, EVM frames) over a small live heap, so collecting half as
// often saves CPU at little memory cost: a 1000-task `poco bench e2e` used ~9 % less CPU
// per task with 200 than with Go's 100 (2.97–3.05 against 3.14–3.44 ms), at the same peak
// resident memory (~300 MB; docs/performance.md). GOGC (and GOMEMLIMIT) in the
// environment still decide.
const gcPercent = 200

func main() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	if err := cli.NewRootCommand().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "poco: "+strings.Join(strings.Fields(err.Error()), " "))
		os.Exit(1)
	}
}
