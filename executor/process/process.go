// Package process runs apps as native processes, for private pools that
// trust their apps. It is not a sandbox.
//
// Guarantees:
//   - the app gets the executor package's environment (host paths in
//     IEXEC_IN and IEXEC_OUT) plus PATH, nothing else from the host, and
//     runs in OutputDir;
//   - it runs in its own process group, killed (SIGKILL) as a whole when
//     Limits.Time passes or ctx is done;
//   - Limits.MemoryBytes is applied as RLIMIT_DATA (through /bin/sh's
//     ulimit -d; RLIMIT_AS would also count the address space runtimes
//     such as Go reserve but never use, failing them at start) — best
//     effort: allocations past it fail inside the app,
//     which usually exits non-zero, and the run is not classified as
//     ErrMemoryLimit;
//   - the input folder is made read-only (dirs 0555, files 0444) for the
//     run and restored after. This binds only an app without the right to
//     chmod it back: a trusted app running as the folder's owner can, and
//     under root (CAP_DAC_OVERRIDE) permissions do not bind at all, so
//     Capabilities().ReadOnlyInput is false when the worker runs as root.
package process

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/pocolabs/poco/executor"
)

// Executor runs native executables. It is safe for concurrent use, but
// concurrent runs must not share an input folder (its modes are changed).
type Executor struct{}

var _ executor.Executor = (*Executor)(nil)

// New returns a process executor.
func New() *Executor { return &Executor{} }

func (*Executor) Name() string { return "process" }

func (*Executor) Capabilities() executor.Capabilities {
	return executor.Capabilities{MemoryLimit: true, ReadOnlyInput: os.Geteuid() != 0}
}

// Run runs spec's executable to completion or to a limit.
func (e *Executor) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	if err := spec.Validate(); err != nil {
		return executor.Result{}, err
	}
	app, err := filepath.Abs(spec.App.Path)
	if err != nil {
		return executor.Result{}, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	if fi, err := os.Stat(app); err != nil || !fi.Mode().IsRegular() || fi.Mode().Perm()&0o111 == 0 {
		return executor.Result{}, fmt.Errorf("%w: %s is not an executable file (%v)", executor.ErrBadApp, app, err)
	}
	inDir, _ := filepath.Abs(spec.InputDir)
	outDir, _ := filepath.Abs(spec.OutputDir)

	restore, err := makeReadOnly(inDir)
	defer restore()
	if err != nil {
		return executor.Result{}, fmt.Errorf("process: making inputs read-only: %w", err)
	}

	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if spec.Limits.Time > 0 {
		runCtx, cancel = context.WithTimeoutCause(ctx, spec.Limits.Time, executor.ErrTimeout)
	}
	defer cancel()

	var cmd *exec.Cmd
	if spec.Limits.MemoryBytes > 0 {
		kib := strconv.FormatUint(max(spec.Limits.MemoryBytes/1024, 1), 10)
		cmd = exec.CommandContext(runCtx, "/bin/sh", append([]string{"-c", `ulimit -d "$0" && exec "$@"`, kib, app}, spec.Args...)...)
	} else {
		cmd = exec.CommandContext(runCtx, app, spec.Args...)
	}
	cmd.Env = append(spec.Env(inDir, outDir), "PATH=/usr/local/bin:/usr/bin:/bin")
	cmd.Dir = outDir
	stdout, stderr := executor.NewCappedBuffer(), executor.NewCappedBuffer()
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second // output pipes held by escaped children

	start := time.Now()
	if err := cmd.Start(); err != nil {
		return executor.Result{}, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	waitErr := cmd.Wait()
	// Whatever the leader did, leave no process of the group behind.
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	res := executor.Result{Duration: time.Since(start), ExitCode: cmd.ProcessState.ExitCode()}
	res.Stdout, res.StdoutTruncated = stdout.Bytes()
	res.Stderr, res.StderrTruncated = stderr.Bytes()

	switch {
	case runCtx.Err() != nil && context.Cause(runCtx) == executor.ErrTimeout && ctx.Err() == nil:
		res.ExitCode, res.Err = -1, fmt.Errorf("%w (%v)", executor.ErrTimeout, spec.Limits.Time)
	case ctx.Err() != nil:
		res.ExitCode, res.Err = -1, fmt.Errorf("%w: %v", executor.ErrCanceled, context.Cause(ctx))
	case res.ExitCode == -1:
		res.Err = fmt.Errorf("%w: %v", executor.ErrAppFault, waitErr)
	}
	if err := executor.CheckOutput(&res, spec); err != nil {
		return res, err
	}
	return res, nil
}

// makeReadOnly sets dirs under dir to 0555 and files to 0444, and returns
// a function restoring the previous modes.
func makeReadOnly(dir string) (restore func(), err error) {
	type saved struct {
		path string
		mode fs.FileMode
	}
	var done []saved
	restore = func() {
		for i := len(done) - 1; i >= 0; i-- {
			os.Chmod(done[i].path, done[i].mode)
		}
	}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		var mode fs.FileMode
		switch {
		case d.IsDir():
			mode = 0o555
		case d.Type().IsRegular():
			mode = 0o444
		default:
			return nil
		}
		done = append(done, saved{path, fi.Mode().Perm()})
		return os.Chmod(path, mode)
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return restore, err
	}
	return restore, nil
}
