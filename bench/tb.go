package bench

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pocolabs/poco/chain/chaintest"
)

// runTB is the chaintest.TB a benchmark runs under outside `go test`: Fatal stops the
// scenario by panicking with a failure that guard turns into an error, and the cleanups
// (closing the simulated chain) run when the scenario ends.
type runTB struct {
	cleanups []func()
}

// failure is the panic value of runTB.Fatal.
type failure struct{ err error }

func (t *runTB) Helper() {}

func (t *runTB) Fatal(args ...any) {
	panic(failure{errors.New(strings.TrimSuffix(fmt.Sprintln(args...), "\n"))})
}

func (t *runTB) Fatalf(format string, args ...any) { panic(failure{fmt.Errorf(format, args...)}) }

func (t *runTB) Logf(string, ...any) {}

func (t *runTB) Cleanup(f func()) { t.cleanups = append(t.cleanups, f) }

// finish runs the cleanups, last registered first.
func (t *runTB) finish() {
	for i := len(t.cleanups) - 1; i >= 0; i-- {
		t.cleanups[i]()
	}
	t.cleanups = nil
}

// guard runs f with a fresh runTB and returns its failure, prefixed with name, as an
// error; the cleanups f registered run before guard returns.
func guard(name string, f func(tb chaintest.TB)) (err error) {
	tb := &runTB{}
	defer tb.finish()
	defer func() {
		switch r := recover().(type) {
		case nil:
		case failure:
			err = fmt.Errorf("%s: %w", name, r.err)
		default:
			err = fmt.Errorf("%s: unexpected panic: %v", name, r)
		}
	}()
	f(tb)
	return nil
}
