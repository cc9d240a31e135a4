// Package executor defines how a worker runs one task of a deal: the Executor
// contract, the task Spec and the Result, and the environment an app sees.
//
// Every executor (wasm, process, …) gives an app the same view, modelled on
// iExec's IEXEC_IN/IEXEC_OUT convention: an input folder holding the task's
// input files and the dataset file, which the app can only read; an output
// folder where the app writes its results (and optionally a computed.json
// naming a deterministic output file); the task's arguments (Spec.Args) as
// the program's arguments after argv[0]; and these environment variables,
// and no others from the host:
//
//	IEXEC_TASK_ID                the task id (0x-prefixed hex)
//	IEXEC_DEAL_ID                the deal id (0x-prefixed hex)
//	IEXEC_BAG_SIZE               number of tasks in the deal (the bag)
//	IEXEC_BAG_INDEX              this task's index in the bag, from 0
//	IEXEC_IN                     path of the input folder, as the app sees it
//	IEXEC_OUT                    path of the output folder, as the app sees it
//	IEXEC_INPUT_FILES_NUMBER     number of input files
//	IEXEC_INPUT_FILE_NAME_1..N   input file names, relative to IEXEC_IN
//	IEXEC_DATASET_FILENAME       dataset file name in IEXEC_IN ("" if none)
//
// and, for a TEE task only (Spec.Secrets), after those and in this order, the secrets the
// secret management service released to the task's enclave:
//
//	IEXEC_APP_DEVELOPER_SECRET   the app developer's secret (only when there is one)
//	IEXEC_REQUESTER_SECRET_1..N  the requester's secrets, in the order the deal's params
//	                             name them (only those)
//
// The wasm executor mounts the folders at /iexec_in and /iexec_out; the
// process executor passes the host paths.
//
// Guarantees every executor gives, checked by package executor/conformance:
// exit codes propagate; stdout and stderr are captured up to OutputCap bytes
// each; a run is stopped at Limits.Time (Result.Err = ErrTimeout) and when
// ctx is done (ErrCanceled); an output folder larger than Limits.OutputBytes
// fails the run (ErrOutputTooLarge); memory limits and read-only inputs are
// enforced as far as the executor's Capabilities say.
package executor

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// Guest paths of the folders in sandboxed executors.
const (
	GuestInputDir  = "/iexec_in"
	GuestOutputDir = "/iexec_out"
)

// OutputCap is how many bytes of stdout and of stderr a Result keeps.
const OutputCap = 64 << 10

// Outcome kinds, set in Result.Err (match with errors.Is).
var (
	ErrTimeout        = errors.New("executor: task ran past its time limit")
	ErrMemoryLimit    = errors.New("executor: task exceeded its memory limit")
	ErrOutputTooLarge = errors.New("executor: task output folder exceeds its size limit")
	ErrCanceled       = errors.New("executor: task run canceled")
	ErrAppFault       = errors.New("executor: app crashed (trap or signal)")
)

// Errors returned by Run when a task cannot be run at all.
var (
	ErrBadApp      = errors.New("executor: app cannot be loaded")
	ErrInvalidSpec = errors.New("executor: invalid task spec")
	// ErrAppDigest: the app is not the one Spec.App.Digest names (returned wrapped
	// together with ErrBadApp by executors that check digests themselves, such as oci).
	ErrAppDigest = errors.New("executor: app digest mismatch")
)

// Executor runs tasks. Implementations are safe for concurrent use.
type Executor interface {
	// Name is the executor's name as workers declare it ("wasm", "process").
	Name() string
	// Capabilities says what the executor enforces; no scheduling policy.
	Capabilities() Capabilities
	// Run runs one task to completion. It returns an error (wrapping
	// ErrBadApp or ErrInvalidSpec) only when the task could not be run;
	// how a run ended is in the Result (ExitCode, Err).
	Run(ctx context.Context, spec Spec) (Result, error)
}

// Preparer is implemented by executors that can get an app ready before its
// first task (the wasm executor compiles the module: about a second of one
// core for a Go-built one, which the first task would otherwise wait for). A
// worker may call Prepare as soon as it has the app's file, concurrently with
// Run; it is cheap when the app is ready already. Errors are Run's (ErrBadApp).
type Preparer interface {
	Prepare(ctx context.Context, app AppRef, limits Limits) error
}

// Closer is implemented by executors holding resources (caches, runtimes).
type Closer interface {
	Close(ctx context.Context) error
}

// Capabilities describes what an executor enforces.
type Capabilities struct {
	// Sandboxed: the app cannot reach the host beyond its two folders.
	Sandboxed bool
	// Deterministic: no wall clock, no random source, no network; two runs
	// of the same spec give the same output.
	Deterministic bool
	// MemoryLimit: Limits.MemoryBytes is enforced.
	MemoryLimit bool
	// ReportsMemoryLimit: a run stopped by the memory limit ends with
	// Result.Err = ErrMemoryLimit (otherwise it just fails).
	ReportsMemoryLimit bool
	// ReadOnlyInput: the app cannot write into the input folder.
	ReadOnlyInput bool
	// GPU: the executor can expose a GPU to the app.
	GPU bool
}

// Spec is one task run.
type Spec struct {
	TaskID, DealID string
	BagSize, Index uint64
	Args           []string
	// InputDir holds the input files and the dataset file; OutputDir is
	// where results go. Both are host folders and must exist.
	InputDir, OutputDir string
	// InputFiles and DatasetFile are names relative to InputDir.
	InputFiles  []string
	DatasetFile string
	Limits      Limits
	App         AppRef
	// GPUs are the host GPUs (device ids as nvidia-smi numbers them) the app may use;
	// empty: none. Only executors with Capabilities.GPU honour it.
	GPUs []string
	// Secrets are the task's secrets (TEE tasks only; nil otherwise), passed to the app as
	// environment variables (see Env). Never log them.
	Secrets *Secrets
	// Replicated: other workers run the same task and their results are compared (a deal
	// of trust above 1). The executor must then give the bytes any other machine gives,
	// with no shortcut that could differ (the wasm executor does not interpret such a
	// task's module while it compiles).
	Replicated bool
}

// Secrets are what a TEE task's enclave received from the secret management service
// for the app.
type Secrets struct {
	// AppDeveloper is the app developer's secret ("": none): IEXEC_APP_DEVELOPER_SECRET.
	AppDeveloper string
	// Requester are the requester's secrets, in the deal's params order:
	// IEXEC_REQUESTER_SECRET_1…N.
	Requester []string
}

// String hides the values, so that a Spec printed in a log shows none.
func (s *Secrets) String() string {
	if s == nil {
		return "<nil>"
	}
	return fmt.Sprintf("{app developer secret: %t, requester secrets: %d}", s.AppDeveloper != "", len(s.Requester))
}

// GoString hides the values too (%#v).
func (s *Secrets) GoString() string { return s.String() }

// Limits bounds a run. A zero field means no limit (or the executor's ceiling).
type Limits struct {
	Time        time.Duration // wall-clock time (the task's category time)
	MemoryBytes uint64        // memory the app may use
	OutputBytes int64         // total size of the output folder
}

// AppRef locates the app: a .wasm module, a native executable or an OCI image archive.
type AppRef struct {
	Path string
	// Digest, for executors whose apps are named by a digest of their own ("sha256:<hex>":
	// an OCI image's manifest digest), is the digest Run checks before running (failing
	// with ErrAppDigest); "" skips the check. Other executors ignore it: the worker checks
	// their app file's sha256 itself.
	Digest string
}

// Result is how a run ended.
type Result struct {
	ExitCode        int // -1 when the app did not exit by itself
	Stdout, Stderr  []byte
	StdoutTruncated bool
	StderrTruncated bool
	Duration        time.Duration
	// Err is nil when the app ran to completion (whatever its exit code),
	// else one of ErrTimeout, ErrMemoryLimit, ErrOutputTooLarge,
	// ErrCanceled, ErrAppFault (possibly wrapped).
	Err error
}

// OK reports whether the app completed with exit code 0 within its limits.
func (r Result) OK() bool { return r.Err == nil && r.ExitCode == 0 }

// Validate checks the fields every executor needs.
func (s Spec) Validate() error {
	if s.App.Path == "" {
		return fmt.Errorf("%w: no app path", ErrInvalidSpec)
	}
	for _, d := range []struct{ name, path string }{{"input", s.InputDir}, {"output", s.OutputDir}} {
		if d.path == "" {
			return fmt.Errorf("%w: no %s folder", ErrInvalidSpec, d.name)
		}
		if fi, err := os.Stat(d.path); err != nil || !fi.IsDir() {
			return fmt.Errorf("%w: %s folder %q is not a folder", ErrInvalidSpec, d.name, d.path)
		}
	}
	for _, f := range append(append([]string(nil), s.InputFiles...), s.DatasetFile) {
		if f != "" && !filepath.IsLocal(f) {
			return fmt.Errorf("%w: file name %q must be relative to the input folder", ErrInvalidSpec, f)
		}
	}
	if s.Limits.OutputBytes < 0 {
		return fmt.Errorf("%w: negative output limit", ErrInvalidSpec)
	}
	return nil
}

// Env returns the app's environment as KEY=VALUE pairs, in a fixed order,
// with inDir and outDir the folders as the app sees them.
func (s Spec) Env(inDir, outDir string) []string {
	env := []string{
		"IEXEC_TASK_ID=" + s.TaskID,
		"IEXEC_DEAL_ID=" + s.DealID,
		"IEXEC_BAG_SIZE=" + strconv.FormatUint(s.BagSize, 10),
		"IEXEC_BAG_INDEX=" + strconv.FormatUint(s.Index, 10),
		"IEXEC_IN=" + inDir,
		"IEXEC_OUT=" + outDir,
		"IEXEC_INPUT_FILES_NUMBER=" + strconv.Itoa(len(s.InputFiles)),
	}
	for i, f := range s.InputFiles {
		env = append(env, "IEXEC_INPUT_FILE_NAME_"+strconv.Itoa(i+1)+"="+f)
	}
	env = append(env, "IEXEC_DATASET_FILENAME="+s.DatasetFile)
	if s.Secrets != nil {
		if s.Secrets.AppDeveloper != "" {
			env = append(env, "IEXEC_APP_DEVELOPER_SECRET="+s.Secrets.AppDeveloper)
		}
		for i, v := range s.Secrets.Requester {
			env = append(env, "IEXEC_REQUESTER_SECRET_"+strconv.Itoa(i+1)+"="+v)
		}
	}
	return env
}

// DirSize is the total size in bytes of the regular files under dir.
func DirSize(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			fi, err := d.Info()
			if err != nil {
				return err
			}
			total += fi.Size()
		}
		return nil
	})
	return total, err
}

// CheckOutput sets r.Err to ErrOutputTooLarge when the output folder is
// larger than the limit (and r.Err is not already set).
func CheckOutput(r *Result, spec Spec) error {
	if spec.Limits.OutputBytes == 0 || r.Err != nil {
		return nil
	}
	n, err := DirSize(spec.OutputDir)
	if err != nil {
		return fmt.Errorf("executor: measuring output folder: %w", err)
	}
	if n > spec.Limits.OutputBytes {
		r.Err = fmt.Errorf("%w: %d bytes, limit %d", ErrOutputTooLarge, n, spec.Limits.OutputBytes)
	}
	return nil
}

// CappedBuffer keeps the first Cap bytes written to it and counts the rest.
// It never fails a write, so an app is not disturbed by the cap.
type CappedBuffer struct {
	Cap       int
	buf       []byte
	truncated bool
}

// NewCappedBuffer returns a buffer keeping up to OutputCap bytes.
func NewCappedBuffer() *CappedBuffer { return &CappedBuffer{Cap: OutputCap} }

func (b *CappedBuffer) Write(p []byte) (int, error) {
	room := b.Cap - len(b.buf)
	if len(p) > room {
		b.buf = append(b.buf, p[:max(room, 0)]...)
		b.truncated = true
	} else {
		b.buf = append(b.buf, p...)
	}
	return len(p), nil
}

// Bytes returns what was kept and whether anything was dropped.
func (b *CappedBuffer) Bytes() ([]byte, bool) { return b.buf, b.truncated }
