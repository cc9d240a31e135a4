package worker

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/scheduler/api"
)

// Phase is where a task stands on this worker.
type Phase string

// Phases, in order. A task that ends (finalized, failed, canceled, expired) has no state
// left on the worker.
const (
	PhaseRunning     Phase = "running"     // accepted: waiting for a slot, or running
	PhaseComputed    Phase = "computed"    // the result is kept and its digest known: to contribute
	PhaseContributed Phase = "contributed" // the contribution is mined: waiting to be asked to reveal
	PhaseRevealed    Phase = "revealed"    // the reveal is mined (and the result uploaded if asked)
)

// record is a task's persisted state: StateDir/tasks/<taskid>.json.
type record struct {
	Job   api.Job `json:"job"`
	Phase Phase   `json:"phase"`
	// Digest is the digest contributed (with a lying Config.Saboteur, not the true one).
	Digest  common.Hash   `json:"digest,omitzero"`
	Results hexutil.Bytes `json:"results,omitempty"` // the on-chain results field of the kept result
	Failed  bool          `json:"failed,omitempty"`  // an error result
	Code    string        `json:"code,omitempty"`    // its job.Reason* code
	// Callback is the result's callback data (nil: none), for a deal with a callback.
	Callback hexutil.Bytes `json:"callback,omitempty"`
	// Result is the kept result tar itself when it is small (at most inlineResultBytes:
	// job.Runner.InlineResultBytes), saved with the record rather than as
	// StateDir/results/<taskid>.tar; nil when it is kept there.
	Result []byte `json:"result,omitempty"`
	// RevealAsked: the scheduler asked for the reveal (before the contribution was
	// recorded: it is sent as soon as it is).
	RevealAsked bool `json:"revealAsked,omitempty"`
	// Permit is the scheduler's permit that opens the task's reveals (Reveal.Permit),
	// carried by the reveal.
	Permit hexutil.Bytes `json:"permit,omitempty"`
	// UploadAsked: the scheduler chose this worker to upload the result (Reveal.Upload).
	UploadAsked bool `json:"uploadAsked,omitempty"`
	Uploaded    bool `json:"uploaded,omitempty"`
	// ChainTries counts the failed attempts at the task's current transaction (reset
	// when one is mined). Saved, so that a restart does not start a failing
	// transaction's retries over: after maxChainTries the task is handed back.
	ChainTries int `json:"chainTries,omitempty"`
	// EnclaveKey is a TEE task's enclave key (the 32-byte secp256k1 private key), made
	// for the task and saved here before any use, so that a restarted worker signs with
	// the enclave the scheduler authorized. The state folder must be inside the TEE.
	EnclaveKey hexutil.Bytes `json:"enclaveKey,omitempty"`
	// EnclaveAuth is the scheduler's authorization for (worker, task, enclave), which the
	// contribution of a TEE task carries instead of the job's.
	EnclaveAuth  hexutil.Bytes `json:"enclaveAuth,omitempty"`
	ContributeTx common.Hash   `json:"contributeTx,omitzero"`
	RevealTx     common.Hash   `json:"revealTx,omitzero"`
	Updated      time.Time     `json:"updated"`
	// Seq counts the saves: of the durable record and the latest (stateStore), the
	// higher is the newer.
	Seq uint64 `json:"seq,omitempty"`
}

// stateStore keeps a task's state in two JSON files:
//
//   - <taskid>.json, the durable record, written at the steps whose loss would lose work
//     or funds (see Worker.saveDurableLocked): synced to disk and renamed over the
//     previous one (writeSynced); the directory is synced (syncDir) before
//     anything that relies on it leaves the worker (a report, a contribution);
//   - <taskid>.next, the latest record, written in place without a sync at the other
//     steps, whose loss a restart recovers from the chain or the scheduler.
//
// load takes the newer (Seq) of the two that reads whole; a .next torn or lost in a
// crash falls back to the durable record, an earlier state of the task.
type stateStore struct {
	dir string

	mu    sync.Mutex
	dirty bool // a durable record was renamed in since the last syncDir (removals are not synced)
	// nexts holds the tasks whose .next record may exist, so that removing a task
	// without one costs one unlink.
	nexts map[common.Hash]bool
}

func (s *stateStore) path(id common.Hash) string { return filepath.Join(s.dir, id.Hex()+".json") }

func (s *stateStore) nextPath(id common.Hash) string { return filepath.Join(s.dir, id.Hex()+nextExt) }

// nextExt names the latest (unsynced) record of a task.
const nextExt = ".next"

func (s *stateStore) encode(id common.Hash, r *record) ([]byte, error) {
	r.Seq++
	r.Updated = time.Now().UTC()
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("worker: encoding the state of task %s: %w", id.Hex(), err)
	}
	return b, nil
}

// save writes r as id's durable record: synced, renamed in; the rename is on disk at the
// next syncDir.
func (s *stateStore) save(id common.Hash, r *record) error {
	b, err := s.encode(id, r)
	if err != nil {
		return err
	}
	if err := s.writeSynced(id, b); err != nil {
		return fmt.Errorf("worker: saving the state of task %s: %w", id.Hex(), err)
	}
	s.mu.Lock()
	s.dirty = true
	s.mu.Unlock()
	return nil
}

// writeSynced writes b to a temporary file next to id's durable record, syncs it and
// renames it over the record: open, write, fsync, close, rename: five system calls (a
// task's records are written by one goroutine at a time: the worker's lock, so the
// temporary name is the task's own). The rename is on disk at the next syncDir.
func (s *stateStore) writeSynced(id common.Hash, b []byte) error {
	path := s.path(id)
	tmp := filepath.Join(s.dir, "."+id.Hex()+tmpExt)
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(s.dir, 0o700); err == nil {
			f, err = os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
		}
	}
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// syscall.Rename: os.Rename first checks that path is not a directory (one
		// more call); a task's record never is.
		err = syscall.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// tmpExt ends the temporary files of durable records (".<taskid>.tmp").
const tmpExt = ".tmp"

// note writes r as id's latest record, in place and without a sync.
func (s *stateStore) note(id common.Hash, r *record) error {
	b, err := s.encode(id, r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	if s.nexts == nil {
		s.nexts = map[common.Hash]bool{}
	}
	s.nexts[id] = true
	s.mu.Unlock()
	if err := os.WriteFile(s.nextPath(id), b, 0o600); err != nil {
		return fmt.Errorf("worker: saving the state of task %s: %w", id.Hex(), err)
	}
	return nil
}

// syncDir puts the durable records saved so far on disk (one directory sync for all of
// them); it does nothing when none was saved since the last call.
func (s *stateStore) syncDir() error {
	s.mu.Lock()
	dirty := s.dirty
	s.dirty = false
	s.mu.Unlock()
	if !dirty {
		return nil
	}
	if err := atomicfile.SyncDir(s.dir); err != nil {
		s.mu.Lock()
		s.dirty = true
		s.mu.Unlock()
		return fmt.Errorf("worker: syncing the state folder %s: %w", s.dir, err)
	}
	return nil
}

func (s *stateStore) remove(id common.Hash) error {
	paths := []string{s.path(id)}
	s.mu.Lock()
	if s.nexts[id] {
		paths = append(paths, s.nextPath(id))
		delete(s.nexts, id)
	}
	s.mu.Unlock()
	var first error
	for _, p := range paths {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) && first == nil {
			first = fmt.Errorf("worker: removing the state of task %s: %w", id.Hex(), err)
		}
	}
	return first
}

// load reads every task's state. Files that cannot be read are returned as errors next
// to the good ones (the caller logs them and moves on); a .next record that does not
// read whole (a crash while it was written) is passed over for the durable one.
func (s *stateStore) load() (map[common.Hash]*record, []error, error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, nil, fmt.Errorf("worker: reading the state folder: %w", err)
	}
	out := map[common.Hash]*record{}
	var bad []error
	read := func(file, name string) (*record, error) {
		b, err := os.ReadFile(filepath.Join(s.dir, file))
		if err != nil {
			return nil, err
		}
		var r record
		if err := json.Unmarshal(b, &r); err != nil || r.Job.Deal == nil || r.Phase == "" {
			return nil, fmt.Errorf("worker: task state %s is unreadable (%v): ignored", file, err)
		}
		if id := r.Job.Deal.TaskID(r.Job.Index); id.Hex() != name {
			return nil, fmt.Errorf("worker: task state %s holds task %s: ignored", file, id.Hex())
		}
		return &r, nil
	}
	nexts := map[string]bool{}
	for _, e := range ents {
		if name, ok := strings.CutSuffix(e.Name(), nextExt); ok && e.Type().IsRegular() && !strings.HasPrefix(name, ".") {
			nexts[name] = true
		}
		if strings.HasPrefix(e.Name(), ".") && strings.Contains(e.Name(), tmpExt) {
			// A durable save cut short (or internal/atomicfile's, before): the record
			// it was replacing is still there.
			os.Remove(filepath.Join(s.dir, e.Name()))
		}
	}
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || !e.Type().IsRegular() || strings.HasPrefix(name, ".") {
			continue
		}
		r, err := read(e.Name(), name)
		if err != nil {
			bad = append(bad, err)
			continue
		}
		id := r.Job.Deal.TaskID(r.Job.Index)
		if nexts[name] {
			if n, err := read(name+nextExt, name); err == nil && n.Seq > r.Seq {
				r = n
			}
			s.mu.Lock()
			if s.nexts == nil {
				s.nexts = map[common.Hash]bool{}
			}
			s.nexts[id] = true
			s.mu.Unlock()
		}
		out[id] = r
	}
	// A .next without its durable record is left from a task removed (or never saved
	// durably): nothing to resume.
	for name := range nexts {
		if _, err := os.Stat(filepath.Join(s.dir, name+".json")); errors.Is(err, fs.ErrNotExist) {
			os.Remove(filepath.Join(s.dir, name+nextExt))
		}
	}
	return out, bad, nil
}
