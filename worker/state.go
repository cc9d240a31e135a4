package worker

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
}

// stateStore keeps one JSON file per task, written atomically.
type stateStore struct{ dir string }

func (s stateStore) path(id common.Hash) string { return filepath.Join(s.dir, id.Hex()+".json") }

func (s stateStore) save(id common.Hash, r *record) error {
	r.Updated = time.Now().UTC()
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("worker: encoding the state of task %s: %w", id.Hex(), err)
	}
	if err := atomicfile.Write(s.path(id), b, 0o600); err != nil {
		return fmt.Errorf("worker: saving the state of task %s: %w", id.Hex(), err)
	}
	return nil
}

func (s stateStore) remove(id common.Hash) error {
	if err := os.Remove(s.path(id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("worker: removing the state of task %s: %w", id.Hex(), err)
	}
	return nil
}

// load reads every task's state. Files that cannot be read are returned as errors next
// to the good ones (the caller logs them and moves on).
func (s stateStore) load() (map[common.Hash]*record, []error, error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, nil, fmt.Errorf("worker: reading the state folder: %w", err)
	}
	out := map[common.Hash]*record{}
	var bad []error
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || !e.Type().IsRegular() || strings.HasPrefix(name, ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(s.dir, e.Name()))
		if err != nil {
			bad = append(bad, err)
			continue
		}
		var r record
		if err := json.Unmarshal(b, &r); err != nil || r.Job.Deal == nil || r.Phase == "" {
			bad = append(bad, fmt.Errorf("worker: task state %s is unreadable (%v): ignored", e.Name(), err))
			continue
		}
		id := r.Job.Deal.TaskID(r.Job.Index)
		if id.Hex() != name {
			bad = append(bad, fmt.Errorf("worker: task state %s holds task %s: ignored", e.Name(), id.Hex()))
			continue
		}
		out[id] = &r
	}
	return out, bad, nil
}
