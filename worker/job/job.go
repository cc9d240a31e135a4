// Package job runs one task on a worker, from the stored app to the stored
// result.
//
// # Pipeline
//
// Runner.Run takes a Job (what the scheduler hands a worker for one task) and:
//
//  1. fetches the app from the store (Job.App.Multiaddr, /ipfs/<cid>), reading
//     at most Job.MaxAppBytes (DefaultMaxAppBytes when 0), and checks that the
//     sha256 of its bytes equals Job.App.Checksum (with Runner.AppCache, once
//     per app: see App cache);
//  2. makes the work folder WorkDir/<taskid>/ (taskid as 0x-hex; a leftover
//     from an earlier run of the task is removed first; Runner.ScratchDir
//     instead of WorkDir for a job with no dataset and no input) with:
//     app/<sha256-hex>  the module, named by its checksum (so an executor
//     cache keyed by path never serves another app); not made with
//     Runner.AppCache, whose AppCache/<sha256-hex> the executor runs instead,
//     in/               the dataset and the input files, read-only to the app,
//     out/              the app's output folder (IEXEC_OUT);
//  3. fetches the dataset (Job.Dataset, optional) into in/<cid> and checks the
//     sha256 of its bytes against Job.Dataset.Checksum, then each input
//     location into in/<cid>. Files are named by their CID string: the app
//     learns the names from IEXEC_DATASET_FILENAME and
//     IEXEC_INPUT_FILE_NAME_<i>, in Job.Inputs' order; an input listed twice
//     is fetched once and named twice;
//  4. runs the executor with a Spec built from the Job (TaskID and DealID as
//     0x-prefixed lowercase hex, BagSize, Index, Args, Limits);
//  5. computes the result digest of out/ with result.DigestOf (computed.json
//     or the canonical folder hash, see docs/results.md);
//  6. packs out/ as a deterministic tar (see WriteTar) and uploads it to the
//     store (or keeps it, see Deferred upload); Outcome.Location is
//     /ipfs/<cid> of the tar and
//     Outcome.ResultsJSON the on-chain results field
//     {"storage":"ipfs","location":"/ipfs/<cid>"};
//  7. removes the work folder (Runner.KeepWorkDir keeps it, for debugging).
//
// # Confidential tasks
//
// A TEE task's Job carries what the worker's enclave received from the secret
// management service (SMS):
//
//   - Job.DatasetKey: the dataset is encrypted (seal.EncryptDataset). Its
//     encrypted bytes are fetched next to in/ (not into it), checked against
//     Job.Dataset.Checksum (the owner registers the checksum of the encrypted
//     file), then decrypted into in/<cid>, the dataset file the app reads. A
//     dataset that does not decrypt with the key fails the task with
//     ReasonDatasetDecrypt;
//
//   - Job.Secrets: given to the app as environment variables
//     (executor.Spec.Secrets: IEXEC_APP_DEVELOPER_SECRET,
//     IEXEC_REQUESTER_SECRET_1…);
//
//   - Job.ResultKey: the result is encrypted to the beneficiary's result key.
//     out/ is checked as usual (result.DigestOf) and packed as a
//     deterministic tar (WriteTar), which seal.SealResult encrypts; the result
//     kept or uploaded is then the tar of a folder holding only
//
//     result.enc     seal.SealResult(ResultKey, plain result tar)
//     computed.json  {"deterministic-output-path":"result.enc"}
//
//     (EncryptedFile, written by WriteTar like any folder), and the digest is
//     what result.DigestOf gives for that folder: sha256(result.enc), a digest
//     of ciphertext that says nothing about the result. The beneficiary opens
//     result.enc with seal.OpenResult and its private key, and gets the plain
//     result tar. Encryption is randomized: two workers never produce the same
//     encrypted result, so encrypted results suit deals of trust 1 only. Error
//     results are not encrypted (the error document holds a reason code
//     only), and an encrypted result has no callback data.
//
// # App cache
//
// With Runner.AppCache set, a verified module is kept as AppCache/<sha256-hex>
// and later jobs of the same app run that file: no fetch, no checksum, no copy.
// The guarantee is unchanged — the executor only runs bytes whose sha256 was
// checked against Job.App.Checksum — because a cached file is trusted only
// when all of these hold:
//
//   - this Runner wrote it, or found it there with the checksum it had just
//     checked, after fetching Job.App.Multiaddr and checking the fetched
//     bytes in this process (the runner remembers each (multiaddr, checksum)
//     pair it verified, in memory: a restarted worker fetches and checks each
//     app once more, and an app registered at another location with the same
//     checksum is fetched and checked too, so a missing location fails the
//     same way with or without the cache);
//   - it was written to a temporary file, checked, made read-only (0555) and
//     only then renamed into place, so a file under a checksum name is whole
//     and was verified when written;
//   - at each use it is still a regular file, without any write permission,
//     of the size that was verified. Anything else is not trusted: it is
//     removed and the app fetched and checked again.
//
// A cached app over a later job's MaxAppBytes fails with app-too-large, as a
// fetch would. The folder is only written by Runners (one worker's); nothing
// evicts its files (an app is a few MB; the operator may empty the folder
// while the worker is stopped).
//
// # Deferred upload
//
// With Runner.ResultDir set, step 6 does not upload: the tar is kept as
// ResultDir/<taskid>.tar (taskid as 0x-hex; written to a temporary file,
// synced, then renamed, so a kept result is always whole), or, when it is at
// most Runner.InlineResultBytes, returned in Outcome.Result for the caller to
// keep (Runner.UploadResult uploads it); its CID is computed locally with
// storage.Sum, exactly as the store would name it. A result whose files total
// at most 4 MiB is packed in memory, a larger one through a file in the work
// folder.
// Outcome.Location and Outcome.ResultsJSON are therefore known before
// anything is uploaded, and Outcome.ResultFile names the kept tar. Error
// results are kept the same way. Later, Runner.Upload(ctx, taskid) puts the
// kept tar in the store (checking that the store names it by the same CID)
// and Runner.Drop(taskid) deletes it. A worker uses this to commit to its
// result on chain first and upload only when the scheduler asks it to (the
// one worker of the consensus group chosen to upload), or before a
// contributeAndFinalize, which needs the results field.
//
// # Error results
//
// A task whose app cannot produce a result still ends with a result, so the
// bag completes and honest workers agree on the failure. Outcome.Failed is
// true, Outcome.Code is one of the Reason* codes, Outcome.Reason says what
// happened in words, and the result is the error document
//
//	{"error":"<code>","task":"0x<taskid>"}
//
// (exactly these bytes: ErrorDocument), uploaded as a tar holding error.json
// (the document) and computed.json ({"deterministic-output-path":"error.json"}).
// The digest is sha256(document) (ErrorDigest), which is also what
// result.DigestOf gives for the unpacked tar, so anyone can check an error
// result the way they check any result. Details (exit code, bytes used) are
// in Reason only: they do not change the digest.
//
// Failures (deterministic, the task's own fault): app too large, app
// checksum mismatch, app missing or malformed, time limit, memory limit,
// output too large, non-zero exit, app crash (trap), a malformed result
// (bad computed.json, symlinks or special files in out/), dataset checksum
// mismatch, dataset or input missing from the store or badly addressed.
//
// Infrastructure errors return a Go error and no Outcome: the store
// unreachable or failing (other than "not found"), content in the store that
// does not match its CID, a local disk error, the context canceled, an
// executor error that is not about the app. The caller retries the task
// rather than contributing a failure.
package job

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/result"
	"github.com/pocolabs/poco/sms/seal"
	"github.com/pocolabs/poco/storage"
)

// DefaultMaxAppBytes caps the app's size when Job.MaxAppBytes is 0.
const DefaultMaxAppBytes int64 = 64 << 20

// Reason codes: Outcome.Code and the "error" field of the error document.
const (
	ReasonAppTooLarge     = "app-too-large"    // the app is over Job.MaxAppBytes
	ReasonAppChecksum     = "app-checksum"     // sha256 of the app != Job.App.Checksum
	ReasonAppInvalid      = "app-invalid"      // missing from the store, bad location, or the executor cannot load it
	ReasonTimeout         = "timeout"          // ran past Limits.Time
	ReasonMemory          = "memory"           // ran out of Limits.MemoryBytes
	ReasonOutputTooLarge  = "output-too-large" // out/ over Limits.OutputBytes
	ReasonExitCode        = "exit-code"        // the app exited non-zero
	ReasonAppFault        = "app-fault"        // the app crashed (trap or signal)
	ReasonResultInvalid   = "result-invalid"   // out/ has no valid digest or holds non-plain files
	ReasonDatasetChecksum = "dataset-checksum" // sha256 of the dataset != Job.Dataset.Checksum
	ReasonInputMissing    = "input-missing"    // the dataset or an input is missing or badly addressed
	ReasonDatasetDecrypt  = "dataset-decrypt"  // the dataset does not decrypt with the key the SMS released (Job.DatasetKey)
)

// Names inside an error result's tar.
const (
	ErrorFile = "error.json"
	// EncryptedFile holds an encrypted result (Job.ResultKey) in the result tar.
	EncryptedFile = "result.enc"
)

// Job is one task as a worker runs it.
type Job struct {
	TaskID, DealID [32]byte
	BagSize, Index uint64
	App            AppRef
	Dataset        *DatasetRef // nil: no dataset
	Inputs         []string    // /ipfs/<cid> locations of the input files
	Args           []string
	Limits         executor.Limits
	MaxAppBytes    int64 // 0: DefaultMaxAppBytes (DefaultMaxImageBytes for an image)
	// GPUs are the host GPUs (device ids) the task may use (executor.Spec.GPUs).
	GPUs []string
	// DatasetKey, for a TEE task whose dataset is encrypted, is the dataset's key: the
	// fetched bytes are checked against Dataset.Checksum, then decrypted (see
	// Confidential tasks). nil: the dataset is used as fetched.
	DatasetKey *[seal.KeySize]byte
	// Secrets are the secrets the app gets as environment variables (TEE tasks only).
	Secrets *executor.Secrets
	// Replicated: the task's result is compared with other workers' (executor.Spec.Replicated).
	Replicated bool
	// ResultKey, when set, is the beneficiary's result key: the result is encrypted to
	// it (see Confidential tasks).
	ResultKey *ecdsa.PublicKey
	// Tamper is a TESTING AID for saboteur workers (docs/trust.md): when set, it runs on
	// the output folder after the app and before the digest, so that the result packed,
	// digested and uploaded is whatever it leaves there. Never set it otherwise.
	Tamper func(outDir string) error
}

// AppRef names the app's module.
type AppRef struct {
	Multiaddr string   // /ipfs/<cid>
	Checksum  [32]byte // sha256 of the module bytes; for an Image, the image's digest
	// Image: the app is an OCI image archive and Checksum its manifest digest, which the
	// executor checks (executor.AppRef.Digest) instead of the sha256 of the file.
	Image bool
}

// DatasetRef names the dataset.
type DatasetRef struct {
	Multiaddr string   // /ipfs/<cid>
	Checksum  [32]byte // sha256 of the dataset bytes
}

// Outcome is how a task ended. A failed task has a result too (the error
// document), with its Digest, Location and ResultsJSON.
type Outcome struct {
	Digest      [32]byte // the result digest to contribute
	Location    string   // /ipfs/<cid> of the result tar (uploaded, or kept: see ResultFile)
	ResultsJSON []byte   // {"storage":"ipfs","location":"/ipfs/<cid>"}
	Failed      bool
	Code        string // a Reason* code when Failed
	Reason      string // what failed, in words, when Failed
	ExitCode    int    // the app's exit code (-1: did not exit by itself; 0 when it did not run)
	Duration    time.Duration
	Stderr      []byte // the app's stderr (capped by the executor), for logs
	// ResultFile is the kept result tar when Runner.ResultDir is set (the upload is
	// deferred to Runner.Upload); "" when the result was uploaded or is in Result.
	ResultFile string
	// Result is the result tar itself when Runner.ResultDir is set and the tar is at
	// most Runner.InlineResultBytes: it is then not written to ResultDir, and the caller
	// keeps it (and uploads it with Runner.UploadResult).
	Result []byte
	// Callback is the result's callback data (computed.json's callback-data, see
	// docs/results.md; result.Digest.Callback), nil when it has none. A deal with a
	// callback contract passes it as resultsCallback at finalize.
	Callback []byte
}

// Runner runs jobs. It is safe for concurrent use with distinct task ids.
type Runner struct {
	Store    storage.Store
	Executor executor.Executor
	WorkDir  string
	// ScratchDir, when set, is used instead of WorkDir for the jobs that fetch nothing
	// into in/ (no dataset, no input files): a folder on a memory file system (tmpfs),
	// where making, writing and removing a task's small folders costs a fraction of
	// what it costs on a journaling disk. Its free space should hold the output of
	// every job running at once (Limits.OutputBytes each).
	ScratchDir string
	// ScratchRoom, when set, is asked before a job runs in ScratchDir whether there is
	// room there for its output (a full memory file system would fail the app's writes,
	// and the task with them): false runs it in WorkDir.
	ScratchRoom func(Job) bool
	// KeepWorkDir leaves WorkDir/<taskid> after the run, for debugging.
	KeepWorkDir bool
	// ResultDir, when set, defers uploads: results are kept in this folder as
	// <taskid>.tar until Upload or Drop (see "Deferred upload" in the package doc).
	ResultDir string
	// InlineResultBytes, with ResultDir, is the largest result tar returned in
	// Outcome.Result instead of being written to ResultDir (0: every result goes to
	// ResultDir). A worker keeps such a result in its own task record, which it writes
	// anyway, and so spares a file, its sync and its removal per task.
	InlineResultBytes int64
	// AppCache, when set, keeps verified app modules in this folder as
	// <sha256-hex>, so that each app is fetched and checked once (see "App cache"
	// in the package doc).
	AppCache string

	appMu    sync.Mutex
	verified map[AppRef]int64 // apps checked in this process → their size in bytes
}

// failure is a task failure (as opposed to an infrastructure error).
type failure struct{ code, reason string }

func (f *failure) Error() string { return f.code + ": " + f.reason }

func fail(code, format string, args ...any) error {
	return &failure{code: code, reason: fmt.Sprintf(format, args...)}
}

// Hex returns id as 0x-prefixed lowercase hex.
func Hex(id [32]byte) string { return "0x" + hex.EncodeToString(id[:]) }

// ErrorDocument returns the canonical error document of a failed task:
// {"error":"<code>","task":"0x<taskid>"}, no spaces, no newline.
func ErrorDocument(task [32]byte, code string) []byte {
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
		Task  string `json:"task"`
	}{code, Hex(task)})
	return b
}

// ErrorDigest is the result digest of a task failed with code:
// sha256(ErrorDocument(task, code)).
func ErrorDigest(task [32]byte, code string) [32]byte {
	return sha256.Sum256(ErrorDocument(task, code))
}

// Run runs the job; see the package doc. It returns an error only for
// infrastructure failures; a task failure is an Outcome with Failed set.
func (r *Runner) Run(ctx context.Context, j Job) (Outcome, error) {
	if r.Store == nil || r.Executor == nil || r.WorkDir == "" {
		return Outcome{}, errors.New("job: runner needs a Store, an Executor and a WorkDir")
	}
	base := r.WorkDir
	if r.ScratchDir != "" && j.Dataset == nil && len(j.Inputs) == 0 && (r.ScratchRoom == nil || r.ScratchRoom(j)) {
		base = r.ScratchDir
	}
	dir := filepath.Join(base, Hex(j.TaskID))
	// A leftover from an earlier run of the task is removed first; the common case (no
	// leftover) costs one mkdir.
	err := os.Mkdir(dir, 0o755)
	if errors.Is(err, fs.ErrExist) {
		if err := os.RemoveAll(dir); err != nil {
			return Outcome{}, fmt.Errorf("job: clearing work folder: %w", err)
		}
		err = os.Mkdir(dir, 0o755)
	}
	if errors.Is(err, fs.ErrNotExist) { // WorkDir itself not made yet
		err = os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("job: work folder: %w", err)
	}
	var made workFolder
	if !r.KeepWorkDir {
		defer func() { made.remove(dir) }()
	}
	out, err := r.run(ctx, j, dir, &made)
	var f *failure
	if errors.As(err, &f) {
		return r.failed(ctx, j, out, f)
	}
	if err != nil {
		return Outcome{}, err
	}
	return out, nil
}

func (r *Runner) run(ctx context.Context, j Job, dir string, made *workFolder) (Outcome, error) {
	var o Outcome
	appDir, inDir, outDir := filepath.Join(dir, "app"), filepath.Join(dir, "in"), filepath.Join(dir, "out")
	dirs := []string{appDir, inDir, outDir}
	if r.AppCache != "" && !j.App.Image {
		dirs = dirs[1:] // the module runs from the cache (images are copied to app/)
	}
	for _, d := range dirs {
		if err := os.Mkdir(d, 0o755); err != nil {
			return o, fmt.Errorf("job: work folder: %w", err)
		}
	}
	made.dirs = dirs

	// 1. The app.
	appPath, err := r.app(ctx, j, appDir)
	if err != nil {
		return o, err
	}

	// 2. Dataset and inputs.
	spec := executor.Spec{
		TaskID: Hex(j.TaskID), DealID: Hex(j.DealID),
		BagSize: j.BagSize, Index: j.Index,
		Args:     j.Args,
		InputDir: inDir, OutputDir: outDir,
		Limits:     j.Limits,
		App:        executor.AppRef{Path: appPath},
		GPUs:       j.GPUs,
		Secrets:    j.Secrets,
		Replicated: j.Replicated,
	}
	if j.App.Image {
		spec.App.Digest = "sha256:" + hex.EncodeToString(j.App.Checksum[:])
	}
	fetched := map[string]bool{}
	if j.Dataset != nil {
		fetchDir := inDir
		if j.DatasetKey != nil {
			fetchDir = dir // the encrypted bytes stay out of the app's sight
		}
		name, sum, err := r.fetchInput(ctx, fetchDir, "dataset", j.Dataset.Multiaddr)
		if err != nil {
			return o, err
		}
		if sum != j.Dataset.Checksum {
			return o, fail(ReasonDatasetChecksum, "dataset checksum mismatch: got %s, want %s", Hex(sum), Hex(j.Dataset.Checksum))
		}
		if j.DatasetKey != nil {
			if err := decryptDataset(*j.DatasetKey, filepath.Join(dir, name), filepath.Join(inDir, name)); err != nil {
				return o, err
			}
		}
		spec.DatasetFile = name
		fetched[name] = true
	}
	for i, loc := range j.Inputs {
		c, err := storage.ParseLocation(loc)
		if err == nil && fetched[c.String()] {
			spec.InputFiles = append(spec.InputFiles, c.String())
			continue
		}
		name, _, err := r.fetchInput(ctx, inDir, fmt.Sprintf("input %d", i+1), loc)
		if err != nil {
			return o, err
		}
		fetched[name] = true
		spec.InputFiles = append(spec.InputFiles, name)
	}

	// 3. Run.
	res, err := r.Executor.Run(ctx, spec)
	o.ExitCode, o.Duration, o.Stderr = res.ExitCode, res.Duration, res.Stderr
	switch {
	case errors.Is(err, executor.ErrAppDigest):
		return o, fail(ReasonAppChecksum, "%v", err)
	case errors.Is(err, executor.ErrBadApp):
		return o, fail(ReasonAppInvalid, "%v", err)
	case err != nil:
		return o, fmt.Errorf("job: executor: %w", err)
	}
	if err := classify(ctx, res); err != nil {
		return o, err
	}

	if j.Tamper != nil {
		if err := j.Tamper(outDir); err != nil {
			return o, fmt.Errorf("job: tamper: %w", err)
		}
	}

	// 4. Digest, pack, upload.
	d, err := result.DigestOf(outDir)
	switch {
	case errors.Is(err, result.ErrBadComputedJSON), errors.Is(err, result.ErrEscape), errors.Is(err, result.ErrNotPlain):
		return o, fail(ReasonResultInvalid, "result digest: %v", err)
	case err != nil:
		return o, fmt.Errorf("job: result digest: %w", err)
	}
	if j.ResultKey != nil {
		// The plain result is checked (above) and packed, then encrypted: what is kept,
		// uploaded and digested is the encrypted result's folder.
		encDir, err := encryptResult(j.ResultKey, dir, outDir)
		if err != nil {
			return o, err
		}
		if d, err = result.DigestOf(encDir); err != nil {
			return o, fmt.Errorf("job: encrypted result digest: %w", err)
		}
		outDir = encDir
	}
	ents, size, err := tarEntries(outDir)
	if err != nil {
		if errors.Is(err, result.ErrNotPlain) {
			return o, fail(ReasonResultInvalid, "%v", err)
		}
		return o, fmt.Errorf("job: result tar: %w", err)
	}
	var rd io.Reader
	if size <= memTarBytes {
		// A small result is packed in memory: no tar file in the work folder.
		var buf bytes.Buffer
		if err := writeTarEntries(&buf, ents); err != nil {
			return o, fmt.Errorf("job: result tar: %w", err)
		}
		rd = &buf
	} else {
		tf, err := os.Create(filepath.Join(dir, "result.tar"))
		if err != nil {
			return o, fmt.Errorf("job: result tar: %w", err)
		}
		defer tf.Close()
		if err := writeTarEntries(tf, ents); err != nil {
			return o, fmt.Errorf("job: result tar: %w", err)
		}
		if _, err := tf.Seek(0, io.SeekStart); err != nil {
			return o, fmt.Errorf("job: result tar: %w", err)
		}
		rd = tf
	}
	c, kept, err := r.store(ctx, j.TaskID, rd, &o)
	if err != nil {
		return o, err
	}
	o.Digest, o.Location, o.ResultsJSON, o.ResultFile = d.Value, storage.Location(c), storage.ResultJSON(c), kept
	o.Callback = d.Callback
	// Nothing but the listed result and the folders made above is in the work folder
	// when no app was copied into it, nothing was fetched, the result is not encrypted
	// (its plain files stay in out/) and its tar was packed in memory.
	if len(dirs) == 2 && j.Dataset == nil && len(j.Inputs) == 0 && j.ResultKey == nil && size <= memTarBytes {
		made.known, made.ents = true, ents
	}
	return o, nil
}

// workFolder is what a run made in its work folder (Runner.Run), for its removal.
type workFolder struct {
	dirs  []string   // the folders made in it, in order
	known bool       // the folder holds only dirs and ents
	ents  []tarEntry // out/'s whole content, as listed for the result tar
}

// remove deletes the work folder dir. When its whole content is known, it is removed
// entry by entry (one unlink or rmdir each, children first): os.RemoveAll also tries
// every folder as a file, then reads and removes it through opened descriptors, some
// twenty system calls for the hello app's folder instead of six. Anything that does not
// go as listed (an entry the run did not list, one already gone) leaves the rest to
// os.RemoveAll, so the folder goes in any case.
func (m *workFolder) remove(dir string) {
	if m.known && m.removeKnown(dir) == nil {
		return
	}
	os.RemoveAll(dir)
}

func (m *workFolder) removeKnown(dir string) error {
	// tarEntries sorts by name with folders as "name/": an entry's content sorts after
	// it, so the reverse order removes a folder's content before the folder.
	for i := len(m.ents) - 1; i >= 0; i-- {
		e := m.ents[i]
		remove := syscall.Unlink
		if e.dir {
			remove = syscall.Rmdir
		}
		if err := remove(e.path); err != nil {
			return err
		}
	}
	for i := len(m.dirs) - 1; i >= 0; i-- {
		if err := syscall.Rmdir(m.dirs[i]); err != nil {
			return err
		}
	}
	return syscall.Rmdir(dir)
}

// decryptDataset decrypts the encrypted dataset file enc into plain (read-only to the
// app, as in/ is) and removes enc.
func decryptDataset(key [seal.KeySize]byte, enc, plain string) error {
	b, err := os.ReadFile(enc)
	if err != nil {
		return fmt.Errorf("job: reading the dataset: %w", err)
	}
	os.Remove(enc)
	p, err := seal.DecryptDataset(key, b)
	if err != nil {
		return fail(ReasonDatasetDecrypt, "the dataset does not decrypt with the key the SMS released: %v", err)
	}
	if err := os.WriteFile(plain, p, 0o444); err != nil {
		return fmt.Errorf("job: writing the dataset: %w", err)
	}
	return nil
}

// encryptResult packs outDir as a deterministic tar, encrypts it to key and writes the
// folder of the encrypted result, dir/enc: EncryptedFile and a computed.json naming it.
// It returns that folder.
func encryptResult(key *ecdsa.PublicKey, dir, outDir string) (string, error) {
	var plain bytes.Buffer
	if err := WriteTar(&plain, outDir); err != nil {
		if errors.Is(err, result.ErrNotPlain) {
			return "", fail(ReasonResultInvalid, "%v", err)
		}
		return "", fmt.Errorf("job: result tar: %w", err)
	}
	sealed, err := seal.SealResult(key, plain.Bytes())
	if err != nil {
		return "", fmt.Errorf("job: encrypting the result: %w", err)
	}
	encDir := filepath.Join(dir, "enc")
	if err := os.MkdirAll(encDir, 0o755); err != nil {
		return "", fmt.Errorf("job: work folder: %w", err)
	}
	computed, _ := json.Marshal(map[string]string{"deterministic-output-path": EncryptedFile})
	for name, b := range map[string][]byte{EncryptedFile: sealed, result.ComputedJSON: computed} {
		if err := os.WriteFile(filepath.Join(encDir, name), b, 0o644); err != nil {
			return "", fmt.Errorf("job: writing the encrypted result: %w", err)
		}
	}
	return encDir, nil
}

// classify turns an executor result into nil (success), a task failure, or
// an infrastructure error (the run was canceled).
func classify(ctx context.Context, res executor.Result) error {
	e := res.Err
	switch {
	case e == nil && res.ExitCode == 0:
		return nil
	case e == nil:
		return fail(ReasonExitCode, "app exited with code %d%s", res.ExitCode, stderrTail(res.Stderr))
	case errors.Is(e, executor.ErrTimeout):
		return fail(ReasonTimeout, "%v", e)
	case errors.Is(e, executor.ErrMemoryLimit):
		return fail(ReasonMemory, "%v", e)
	case errors.Is(e, executor.ErrOutputTooLarge):
		return fail(ReasonOutputTooLarge, "%v", e)
	case errors.Is(e, executor.ErrAppFault):
		return fail(ReasonAppFault, "%v%s", e, stderrTail(res.Stderr))
	case errors.Is(e, executor.ErrCanceled):
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("job: %w", err)
		}
		return fmt.Errorf("job: %w", e)
	default:
		return fmt.Errorf("job: executor: %w", e)
	}
}

func stderrTail(b []byte) string {
	s := strings.TrimSpace(string(b))
	if s == "" {
		return ""
	}
	if len(s) > 200 {
		s = "…" + s[len(s)-200:]
	}
	return ": " + s
}

// app returns the path of the app's module, checked: a copy in appDir, or the
// cached file with AppCache (see "App cache" in the package doc).
func (r *Runner) app(ctx context.Context, j Job, appDir string) (string, error) {
	if j.App.Image {
		return r.fetchImage(ctx, j, appDir)
	}
	name := hex.EncodeToString(j.App.Checksum[:])
	if r.AppCache == "" {
		code, err := r.fetchApp(ctx, j)
		if err != nil {
			return "", err
		}
		path := filepath.Join(appDir, name)
		if err := os.WriteFile(path, code, 0o755); err != nil {
			return "", fmt.Errorf("job: writing app: %w", err)
		}
		return path, nil
	}
	path := filepath.Join(r.AppCache, name)
	r.appMu.Lock()
	size, ok := r.verified[j.App]
	r.appMu.Unlock()
	if ok {
		fi, err := os.Lstat(path)
		switch {
		case err == nil && trusted(fi, size):
			if max := maxAppBytes(j); size > max {
				return "", fail(ReasonAppTooLarge, "app too large: over %d bytes", max)
			}
			return path, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("job: app cache: %w", err)
		}
		// Gone or changed since it was checked: fetch and check it again.
	}
	code, err := r.fetchApp(ctx, j)
	if err != nil {
		return "", err
	}
	if err := r.cacheApp(path, code); err != nil {
		return "", err
	}
	r.appMu.Lock()
	if r.verified == nil {
		r.verified = map[AppRef]int64{}
	}
	r.verified[j.App] = int64(len(code))
	r.appMu.Unlock()
	return path, nil
}

// trusted reports whether a cached app file may be run: a regular file with no write
// permission, of the size that was checked.
func trusted(fi fs.FileInfo, size int64) bool {
	return fi.Mode().IsRegular() && fi.Mode().Perm()&0o222 == 0 && fi.Size() == size
}

// cacheApp makes path hold code, just checked against its checksum (path's name). A
// trusted file already there (same checksum, so the same bytes) is kept as it is, so its
// path and time stay stable for the executor's own caches; anything else is replaced by
// a read-only file written to a temporary name first.
func (r *Runner) cacheApp(path string, code []byte) error {
	fi, statErr := os.Lstat(path)
	if statErr == nil && trusted(fi, int64(len(code))) {
		return nil
	}
	if err := os.MkdirAll(r.AppCache, 0o755); err != nil {
		return fmt.Errorf("job: app cache: %w", err)
	}
	tmp, err := os.CreateTemp(r.AppCache, ".app-*")
	if err != nil {
		return fmt.Errorf("job: app cache: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	defer tmp.Close()
	if _, err := tmp.Write(code); err != nil {
		return fmt.Errorf("job: app cache: %w", err)
	}
	if err := tmp.Chmod(0o555); err != nil {
		return fmt.Errorf("job: app cache: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("job: app cache: %w", err)
	}
	if !errors.Is(statErr, fs.ErrNotExist) {
		os.RemoveAll(path) // not trusted (writable, changed, not a file): replaced
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("job: app cache: %w", err)
	}
	return nil
}

func maxAppBytes(j Job) int64 {
	if j.MaxAppBytes <= 0 {
		return DefaultMaxAppBytes
	}
	return j.MaxAppBytes
}

// DefaultMaxImageBytes caps an OCI image archive (Job.App.Image) when Job.MaxAppBytes is 0.
const DefaultMaxImageBytes int64 = 2 << 30

// fetchImage copies the app's image archive into appDir, at most the size cap, and
// returns its path; its digest is the executor's to check (executor.AppRef.Digest).
// Images are not kept in AppCache: the container engine keeps loaded images itself.
func (r *Runner) fetchImage(ctx context.Context, j Job, appDir string) (string, error) {
	max := j.MaxAppBytes
	if max <= 0 {
		max = DefaultMaxImageBytes
	}
	c, err := storage.ParseLocation(j.App.Multiaddr)
	if err != nil {
		return "", fail(ReasonAppInvalid, "app location: %v", err)
	}
	rc, err := r.Store.Get(ctx, c)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			return "", fail(ReasonAppInvalid, "app %s not found: %v", j.App.Multiaddr, err)
		}
		return "", fmt.Errorf("job: fetching app: %w", err)
	}
	defer rc.Close()
	if err := os.MkdirAll(appDir, 0o755); err != nil {
		return "", fmt.Errorf("job: work folder: %w", err)
	}
	path := filepath.Join(appDir, hex.EncodeToString(j.App.Checksum[:])+".tar")
	f, err := os.Create(path)
	if err != nil {
		return "", fmt.Errorf("job: writing app: %w", err)
	}
	defer f.Close()
	n, err := io.Copy(f, io.LimitReader(rc, max+1))
	if err != nil {
		return "", fmt.Errorf("job: fetching app: %w", err)
	}
	if n > max {
		return "", fail(ReasonAppTooLarge, "app image too large: over %d bytes", max)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("job: writing app: %w", err)
	}
	return path, nil
}

// fetchApp reads the app, at most the size cap, and checks its checksum.
func (r *Runner) fetchApp(ctx context.Context, j Job) ([]byte, error) {
	max := maxAppBytes(j)
	c, err := storage.ParseLocation(j.App.Multiaddr)
	if err != nil {
		return nil, fail(ReasonAppInvalid, "app location: %v", err)
	}
	rc, err := r.Store.Get(ctx, c)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			return nil, fail(ReasonAppInvalid, "app %s not found: %v", j.App.Multiaddr, err)
		}
		return nil, fmt.Errorf("job: fetching app: %w", err)
	}
	defer rc.Close()
	code, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("job: fetching app: %w", err)
	}
	if int64(len(code)) > max {
		return nil, fail(ReasonAppTooLarge, "app too large: over %d bytes", max)
	}
	if sum := sha256.Sum256(code); sum != j.App.Checksum {
		return nil, fail(ReasonAppChecksum, "app checksum mismatch: got %s, want %s", Hex(sum), Hex(j.App.Checksum))
	}
	return code, nil
}

// fetchInput copies the object at loc into inDir/<cid> and returns the name
// and the sha256 of its bytes.
func (r *Runner) fetchInput(ctx context.Context, inDir, what, loc string) (string, [32]byte, error) {
	c, err := storage.ParseLocation(loc)
	if err != nil {
		return "", [32]byte{}, fail(ReasonInputMissing, "%s: %v", what, err)
	}
	rc, err := r.Store.Get(ctx, c)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			return "", [32]byte{}, fail(ReasonInputMissing, "%s %s not found: %v", what, loc, err)
		}
		return "", [32]byte{}, fmt.Errorf("job: fetching %s: %w", what, err)
	}
	defer rc.Close()
	name := c.String()
	// Read-only to the app from the start (0444; this open may still write it).
	f, err := os.OpenFile(filepath.Join(inDir, name), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o444)
	if err != nil {
		return "", [32]byte{}, fmt.Errorf("job: writing %s: %w", what, err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(f, h), rc); err != nil {
		return "", [32]byte{}, fmt.Errorf("job: fetching %s: %w", what, err)
	}
	if err := f.Close(); err != nil {
		return "", [32]byte{}, fmt.Errorf("job: writing %s: %w", what, err)
	}
	return name, [32]byte(h.Sum(nil)), nil
}

func (r *Runner) upload(ctx context.Context, rd io.Reader) (cid.Cid, error) {
	c, _, err := r.Store.Put(ctx, rd)
	if err != nil {
		return cid.Undef, fmt.Errorf("job: uploading result: %w", err)
	}
	return c, nil
}

// store uploads the result tar rd, or keeps it when uploads are deferred: in o.Result
// when it is small enough (InlineResultBytes), else in ResultDir (then it also returns
// the kept file's path).
func (r *Runner) store(ctx context.Context, task [32]byte, rd io.Reader, o *Outcome) (cid.Cid, string, error) {
	if r.ResultDir == "" {
		c, err := r.upload(ctx, rd)
		return c, "", err
	}
	if buf, ok := rd.(*bytes.Buffer); ok && int64(buf.Len()) <= r.InlineResultBytes {
		b := buf.Bytes()
		c, _, err := storage.Sum(bytes.NewReader(b))
		if err != nil {
			return cid.Undef, "", fmt.Errorf("job: result CID: %w", err)
		}
		o.Result = b
		return c, "", nil
	}
	return r.keep(task, rd)
}

// ResultPath is where a deferred result of task is kept: ResultDir/<taskid>.tar.
func (r *Runner) ResultPath(task [32]byte) string {
	return filepath.Join(r.ResultDir, Hex(task)+".tar")
}

// keep writes rd to ResultPath(task) atomically (temporary file, sync, rename) and
// returns its CID, computed locally.
func (r *Runner) keep(task [32]byte, rd io.Reader) (cid.Cid, string, error) {
	if err := os.MkdirAll(r.ResultDir, 0o755); err != nil {
		return cid.Undef, "", fmt.Errorf("job: result folder: %w", err)
	}
	tmp, err := os.CreateTemp(r.ResultDir, ".result-*")
	if err != nil {
		return cid.Undef, "", fmt.Errorf("job: keeping result: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	defer tmp.Close()
	c, _, err := storage.Sum(io.TeeReader(rd, tmp))
	if err != nil {
		return cid.Undef, "", fmt.Errorf("job: keeping result: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return cid.Undef, "", fmt.Errorf("job: keeping result: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return cid.Undef, "", fmt.Errorf("job: keeping result: %w", err)
	}
	path := r.ResultPath(task)
	if err := os.Rename(tmp.Name(), path); err != nil {
		return cid.Undef, "", fmt.Errorf("job: keeping result: %w", err)
	}
	return c, path, nil
}

// ErrNoResult matches the error of Upload for a task with no kept result.
var ErrNoResult = errors.New("job: no kept result")

// Upload puts the kept result of task (see ResultDir) in the store and returns its CID,
// the one Outcome.Location named. It fails if the store names the content otherwise.
// The kept file stays until Drop. Uploading twice is harmless.
func (r *Runner) Upload(ctx context.Context, task [32]byte) (cid.Cid, error) {
	if r.ResultDir == "" {
		return cid.Undef, errors.New("job: Upload needs a runner with a ResultDir")
	}
	f, err := os.Open(r.ResultPath(task))
	if errors.Is(err, fs.ErrNotExist) {
		return cid.Undef, fmt.Errorf("%w for task %s in %s", ErrNoResult, Hex(task), r.ResultDir)
	}
	if err != nil {
		return cid.Undef, fmt.Errorf("job: kept result: %w", err)
	}
	defer f.Close()
	want, _, err := storage.Sum(f)
	if err != nil {
		return cid.Undef, fmt.Errorf("job: kept result: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return cid.Undef, fmt.Errorf("job: kept result: %w", err)
	}
	c, err := r.upload(ctx, f)
	if err != nil {
		return cid.Undef, err
	}
	if !c.Equals(want) {
		return cid.Undef, fmt.Errorf("job: the store named the result of task %s %s, but its content is %s", Hex(task), c, want)
	}
	return c, nil
}

// UploadResult puts a kept result in the store: kept, when the result was kept in
// memory (Outcome.Result), else the file kept in ResultDir (Upload). It returns the
// result's CID, and fails if the store names the content otherwise.
func (r *Runner) UploadResult(ctx context.Context, task [32]byte, kept []byte) (cid.Cid, error) {
	if kept == nil {
		return r.Upload(ctx, task)
	}
	want, _, err := storage.Sum(bytes.NewReader(kept))
	if err != nil {
		return cid.Undef, fmt.Errorf("job: kept result: %w", err)
	}
	c, err := r.upload(ctx, bytes.NewReader(kept))
	if err != nil {
		return cid.Undef, err
	}
	if !c.Equals(want) {
		return cid.Undef, fmt.Errorf("job: the store named the result of task %s %s, but its content is %s", Hex(task), c, want)
	}
	return c, nil
}

// Drop deletes the kept result of task, if any.
func (r *Runner) Drop(task [32]byte) error {
	if r.ResultDir == "" {
		return nil
	}
	if err := os.Remove(r.ResultPath(task)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("job: dropping result: %w", err)
	}
	return nil
}

// failed turns a task failure into an Outcome with the error result uploaded.
func (r *Runner) failed(ctx context.Context, j Job, o Outcome, f *failure) (Outcome, error) {
	var buf bytes.Buffer
	if err := writeErrorTar(&buf, ErrorDocument(j.TaskID, f.code)); err != nil {
		return Outcome{}, fmt.Errorf("job: error result: %w", err)
	}
	c, kept, err := r.store(ctx, j.TaskID, &buf, &o)
	if err != nil {
		return Outcome{}, err
	}
	o.Failed, o.Code, o.Reason = true, f.code, f.reason
	o.Digest = ErrorDigest(j.TaskID, f.code)
	o.Location, o.ResultsJSON, o.ResultFile = storage.Location(c), storage.ResultJSON(c), kept
	return o, nil
}

// epoch is the modification time of every tar entry.
var epoch = time.Unix(0, 0).UTC()

func header(name string, dir bool, size int64) *tar.Header {
	h := &tar.Header{Name: name, ModTime: epoch, Size: size, Mode: 0o644, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
	if dir {
		h.Name, h.Mode, h.Typeflag, h.Size = name+"/", 0o755, tar.TypeDir, 0
	}
	return h
}

func writeErrorTar(w io.Writer, doc []byte) error {
	computed, _ := json.Marshal(map[string]string{"deterministic-output-path": ErrorFile})
	tw := tar.NewWriter(w)
	for _, e := range []struct {
		name string
		data []byte
	}{{result.ComputedJSON, computed}, {ErrorFile, doc}} {
		if err := tw.WriteHeader(header(e.name, false, int64(len(e.data)))); err != nil {
			return err
		}
		if _, err := tw.Write(e.data); err != nil {
			return err
		}
	}
	return tw.Close()
}

// WriteTar writes the folder dir to w as a deterministic tar: PAX format,
// entries in byte order of their slash-separated relative paths (directories
// as "name/", the folder itself left out), every time the Unix epoch, no
// owner names or ids, mode 0644 for files and 0755 for directories. The same
// folder content gives the same bytes on any machine. A symlink or other
// non-regular entry fails with an error matching result.ErrNotPlain.
func WriteTar(w io.Writer, dir string) error {
	ents, _, err := tarEntries(dir)
	if err != nil {
		return err
	}
	return writeTarEntries(w, ents)
}

// memTarBytes is the most file content a result tar is packed in memory for; a larger
// one goes through a file in the work folder.
const memTarBytes = 4 << 20

// tarEntry is one entry of a result tar (tarEntries).
type tarEntry struct {
	rel  string
	path string
	dir  bool
	size int64
}

// tarEntries lists the folder dir as WriteTar packs it, in its order, and the total size
// of its files.
func tarEntries(dir string) ([]tarEntry, int64, error) {
	var ents []tarEntry
	var total int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			ents = append(ents, tarEntry{rel: rel, path: p, dir: true})
		case d.Type().IsRegular():
			fi, err := d.Info()
			if err != nil {
				return err
			}
			ents = append(ents, tarEntry{rel: rel, path: p, size: fi.Size()})
			total += fi.Size()
		default:
			return fmt.Errorf("%w: %s (%s)", result.ErrNotPlain, rel, d.Type())
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	// Sort by the name as written ("a/" for a directory), bytewise.
	key := func(e tarEntry) string {
		if e.dir {
			return e.rel + "/"
		}
		return e.rel
	}
	sort.Slice(ents, func(a, b int) bool { return key(ents[a]) < key(ents[b]) })
	return ents, total, nil
}

// copyBufs are the buffers writeTarEntries copies files through.
var copyBufs = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// writeTarEntries writes the entries listed by tarEntries to w as a tar.
func writeTarEntries(w io.Writer, ents []tarEntry) error {
	tw := tar.NewWriter(w)
	for _, e := range ents {
		if err := tw.WriteHeader(header(e.rel, e.dir, e.size)); err != nil {
			return err
		}
		if e.dir {
			continue
		}
		buf := copyBufs.Get().(*[]byte)
		n, err := copyFileTo(tw, e.path, *buf)
		copyBufs.Put(buf)
		if err != nil {
			return err
		}
		if n != e.size {
			return fmt.Errorf("job: %s changed size while packing", e.rel)
		}
	}
	return tw.Close()
}
