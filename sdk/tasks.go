package sdk

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/protocol"
)

// TaskStatus is a task's state: UNSET → ACTIVE → REVEALING → COMPLETED, or FAILED.
type TaskStatus uint8

// Task states, numbered as in the contracts.
const (
	TaskUnset TaskStatus = iota
	TaskActive
	TaskRevealing
	TaskCompleted
	TaskFailed
)

var taskStatusNames = [...]string{"UNSET", "ACTIVE", "REVEALING", "COMPLETED", "FAILED"}

func (s TaskStatus) String() string {
	if int(s) < len(taskStatusNames) {
		return taskStatusNames[s]
	}
	return fmt.Sprintf("STATUS(%d)", uint8(s))
}

// Meaning says what the state means, for people.
func (s TaskStatus) Meaning() string {
	switch s {
	case TaskUnset:
		return "not started: nobody contributed yet"
	case TaskActive:
		return "taking contributions: the reveals open with the scheduler's permit once enough workers agree"
	case TaskRevealing:
		return "consensus reached and the reveals open: waiting for the winners to reveal"
	case TaskCompleted:
		return "finalized: the result is final"
	case TaskFailed:
		return "failed: claimed after its final deadline, the payer refunded"
	}
	return "unknown state"
}

// Final reports whether the task can no longer change (COMPLETED or FAILED).
func (s TaskStatus) Final() bool { return s == TaskCompleted || s == TaskFailed }

// MarshalText writes the name.
func (s TaskStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ContributionStatus is a contribution's state.
type ContributionStatus uint8

// Contribution states, numbered as in the contracts.
const (
	ContributionUnset ContributionStatus = iota
	ContributionContributed
	ContributionProved
	ContributionRejected
)

var contributionStatusNames = [...]string{"UNSET", "CONTRIBUTED", "PROVED", "REJECTED"}

func (s ContributionStatus) String() string {
	if int(s) < len(contributionStatusNames) {
		return contributionStatusNames[s]
	}
	return fmt.Sprintf("STATUS(%d)", uint8(s))
}

// MarshalText writes the name.
func (s ContributionStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Contributor is a contribution as its TaskContribute event tells it. Finalize and claim
// send the hub the workers only, in ascending address order (protocol.ContributorList):
// the hub reads what each contributed from its own storage.
type Contributor struct {
	Worker     common.Address `json:"worker"`
	ResultHash common.Hash    `json:"resultHash"`
}

// contributorList is the list finalize and claim take for the contributors cs, in any order.
func contributorList(cs []Contributor) []common.Address {
	workers := make([]common.Address, len(cs))
	for i, c := range cs {
		workers[i] = c.Worker
	}
	return protocol.ContributorList(workers)
}

// Contribution is one worker's contribution to a task.
type Contribution struct {
	Worker     common.Address     `json:"worker"`
	ResultHash common.Hash        `json:"resultHash"`
	Weight     uint64             `json:"weight"`
	Status     ContributionStatus `json:"status"`
	// Digest is the revealed result digest (zero until revealed).
	Digest common.Hash `json:"digest,omitzero"`
	Block  uint64      `json:"block"`
	TxHash common.Hash `json:"txHash"`
}

// Task is a task's state with its history from the hub's events.
type Task struct {
	ID     common.Hash `json:"id"`
	DealID common.Hash `json:"dealId"`
	Index  uint64      `json:"index"`
	Status TaskStatus  `json:"status"`

	// Contributions, in the order they were made. Never nil in a Task the client
	// returns, so that it marshals as [] when there are none.
	Contributions []Contribution `json:"contributions"`
	// Winners is the size of the consensus group (0 until the reveals open).
	Winners uint64 `json:"winners"`
	// TotalWeight is the sum of the weights of the contributions (0 before any), as the
	// hub stores it. A task done by contributeAndFinalize (trust 1) stores none: its
	// TotalWeight is then the weight of its single, winning contribution, as its
	// TaskContribute event gives it.
	TotalWeight *big.Int `json:"totalWeight"`
	// ConsensusValue is the result hash the contributions agreed on (zero until the
	// first reveal, with the scheduler's permit, opens the reveals on it).
	ConsensusValue common.Hash `json:"consensusValue,omitzero"`
	RevealDeadline time.Time   `json:"revealDeadline,omitzero"`

	// ResultDigest and Results are set once COMPLETED; Results points to the stored result.
	ResultDigest    common.Hash   `json:"resultDigest,omitzero"`
	Results         hexutil.Bytes `json:"results,omitempty"`
	CallbackSuccess *bool         `json:"callbackSuccess,omitempty"`

	StartedAt time.Time `json:"startedAt,omitzero"`
	// ConsensusAt is when the reveals opened (the first reveal, with the scheduler's permit).
	ConsensusAt time.Time `json:"consensusAt,omitzero"`
	// EndedAt is when it was finalized (COMPLETED) or claimed (FAILED).
	EndedAt time.Time `json:"endedAt,omitzero"`
}

// Contributors is the contributor list finalize and claim need.
func (t *Task) Contributors() []Contributor {
	out := make([]Contributor, len(t.Contributions))
	for i, ct := range t.Contributions {
		out[i] = Contributor{Worker: ct.Worker, ResultHash: ct.ResultHash}
	}
	return out
}

// Contribution returns worker's contribution, if any.
func (t *Task) Contribution(worker common.Address) (Contribution, bool) {
	for _, ct := range t.Contributions {
		if ct.Worker == worker {
			return ct, true
		}
	}
	return Contribution{}, false
}

// taskEventSigs are the events whose first indexed argument is the task id.
var taskEventSigs = []common.Hash{
	pocoABI.Events["TaskStarted"].ID, pocoABI.Events["TaskContribute"].ID, pocoABI.Events["TaskConsensus"].ID,
	pocoABI.Events["TaskReveal"].ID, pocoABI.Events["ContributionRejected"].ID,
	pocoABI.Events["TaskFinalize"].ID, pocoABI.Events["TaskClaimed"].ID, pocoABI.Events["ResultCallback"].ID,
}

// taskLogs returns the task events of taskids from block `from` to block `to`, per task, in
// chain order.
func (c *Client) taskLogs(ctx context.Context, taskids []common.Hash, from, to uint64) (map[common.Hash][]types.Log, error) {
	out := make(map[common.Hash][]types.Log, len(taskids))
	const chunk = 200
	for i := 0; i < len(taskids); i += chunk {
		ids := taskids[i:min(i+chunk, len(taskids))]
		logs, err := c.filterLogs(ctx, from, &to, [][]common.Hash{taskEventSigs, ids})
		if err != nil {
			return nil, err
		}
		for _, l := range logs {
			if len(l.Topics) > 1 {
				out[l.Topics[1]] = append(out[l.Topics[1]], l)
			}
		}
	}
	return out, nil
}

// Task returns task taskid with its contributions, consensus and result. The deal and
// index are found from the task's events; a task nobody contributed to has none (use
// TaskOf with its deal).
func (c *Client) Task(ctx context.Context, taskid [32]byte) (*Task, error) {
	id := common.Hash(taskid)
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := c.taskLogs(ctx, []common.Hash{id}, c.o.startBlock, head)
	if err != nil {
		return nil, err
	}
	var dealid common.Hash
	var idx uint64
	found := false
	for i := range logs[id] {
		l := &logs[id][i]
		if ev, err := c.poco.UnpackTaskStartedEvent(l); err == nil {
			dealid, idx, found = ev.Dealid, ev.Idx.Uint64(), true
		} else if ev, err := c.poco.UnpackTaskFinalizeEvent(l); err == nil {
			dealid, idx, found = ev.Dealid, ev.Idx.Uint64(), true
		} else if ev, err := c.poco.UnpackTaskClaimedEvent(l); err == nil {
			dealid, idx, found = ev.Dealid, ev.Idx.Uint64(), true
		}
		if found {
			break
		}
	}
	if !found {
		return nil, newError(CodeUnknownTask, "task %s has no trace on this hub: nobody contributed to it yet, or there is no such task (a task that has not started can be seen from its deal)", id.Hex())
	}
	return c.buildTask(ctx, id, dealid, idx, logs[id], head, map[uint64]time.Time{})
}

// TaskOf returns task idx of deal, started or not.
func (c *Client) TaskOf(ctx context.Context, deal *Deal, idx uint64) (*Task, error) {
	if err := c.checkIndex(deal, idx); err != nil {
		return nil, err
	}
	id := deal.TaskID(idx)
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := c.taskLogs(ctx, []common.Hash{id}, deal.Block, head)
	if err != nil {
		return nil, err
	}
	return c.buildTask(ctx, id, deal.ID, idx, logs[id], head, map[uint64]time.Time{})
}

// DealTasks returns every task of deal, by index.
func (c *Client) DealTasks(ctx context.Context, deal *Deal) ([]*Task, error) {
	idxs := deal.Indexes()
	ids := make([]common.Hash, len(idxs))
	for i, idx := range idxs {
		ids[i] = deal.TaskID(idx)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := c.taskLogs(ctx, ids, deal.Block, head)
	if err != nil {
		return nil, err
	}
	times := map[uint64]time.Time{}
	out := make([]*Task, len(idxs))
	for i, idx := range idxs {
		if out[i], err = c.buildTask(ctx, ids[i], deal.ID, idx, logs[ids[i]], head, times); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (c *Client) checkIndex(deal *Deal, idx uint64) error {
	if idx < deal.BotFirst || idx-deal.BotFirst >= deal.BotSize {
		return c.local(txInfo{to: c.hub}, "PocoTaskIndexOutOfRange", map[string]any{
			"idx": u64(idx), "first": u64(deal.BotFirst), "size": u64(deal.BotSize)})
	}
	return nil
}

// buildTask reads task id as of block `at` (its state there, with logs up to there), so a
// block mined between the reads cannot give, say, a COMPLETED status without its result.
func (c *Client) buildTask(ctx context.Context, id, dealid common.Hash, idx uint64, logs []types.Log, at uint64, times map[uint64]time.Time) (*Task, error) {
	block := new(big.Int).SetUint64(at)
	view, err := callAtAs(ctx, c, c.hub, c.poco.PackTask(dealid, u64(idx)), block, c.poco.UnpackTask)
	if err != nil {
		return nil, err
	}
	t := &Task{ID: id, DealID: dealid, Index: idx, Status: TaskStatus(view.Status), Winners: uint64(view.Winners),
		TotalWeight: orZero(view.TotalWeight), Contributions: []Contribution{}}
	if view.RevealDeadline != nil && view.RevealDeadline.Sign() > 0 {
		t.RevealDeadline = time.Unix(view.RevealDeadline.Int64(), 0).UTC()
	}
	timeOf := func(l *types.Log) (time.Time, error) { return c.blockTime(ctx, l.BlockNumber, times) }
	for i := range logs {
		l := &logs[i]
		if ev, err := c.poco.UnpackTaskStartedEvent(l); err == nil {
			_ = ev
			if t.StartedAt, err = timeOf(l); err != nil {
				return nil, err
			}
		} else if ev, err := c.poco.UnpackTaskContributeEvent(l); err == nil {
			t.Contributions = append(t.Contributions, Contribution{Worker: ev.Worker, ResultHash: ev.ResultHash,
				Weight: ev.Weight.Uint64(), Block: l.BlockNumber, TxHash: l.TxHash})
			if t.StartedAt.IsZero() {
				if t.StartedAt, err = timeOf(l); err != nil {
					return nil, err
				}
			}
		} else if ev, err := c.poco.UnpackTaskConsensusEvent(l); err == nil {
			t.ConsensusValue = ev.ConsensusValue
			if t.ConsensusAt, err = timeOf(l); err != nil {
				return nil, err
			}
		} else if ev, err := c.poco.UnpackTaskRevealEvent(l); err == nil {
			for j := range t.Contributions {
				if t.Contributions[j].Worker == ev.Worker {
					t.Contributions[j].Digest = ev.ResultDigest
				}
			}
		} else if ev, err := c.poco.UnpackTaskFinalizeEvent(l); err == nil {
			t.ResultDigest, t.Results = ev.ResultDigest, ev.Results
			if t.EndedAt, err = timeOf(l); err != nil {
				return nil, err
			}
		} else if _, err := c.poco.UnpackTaskClaimedEvent(l); err == nil {
			if t.EndedAt, err = timeOf(l); err != nil {
				return nil, err
			}
		} else if ev, err := c.poco.UnpackResultCallbackEvent(l); err == nil {
			ok := ev.Success
			t.CallbackSuccess = &ok
		}
	}
	for j := range t.Contributions {
		ct := &t.Contributions[j]
		v, err := callAtAs(ctx, c, c.hub, c.poco.PackContribution(id, ct.Worker), block, c.poco.UnpackContribution)
		if err != nil {
			return nil, err
		}
		ct.Status = ContributionStatus(v.Status)
		if ct.Status == ContributionUnset && t.Status == TaskCompleted {
			// contributeAndFinalize stores no contribution: its result is the task's, and
			// its weight (from its TaskContribute event) the task's total weight, which
			// the hub leaves at 0.
			ct.Status, ct.Digest = ContributionProved, t.ResultDigest
			if t.TotalWeight.Sign() == 0 {
				t.TotalWeight = new(big.Int).SetUint64(ct.Weight)
			}
		}
	}
	return t, nil
}

// Contributors returns the contributor list of task idx of deal, from its events, as
// finalize and claim need it.
func (c *Client) Contributors(ctx context.Context, deal *Deal, idx uint64) ([]Contributor, error) {
	m, err := c.contributors(ctx, deal, []uint64{idx})
	if err != nil {
		return nil, err
	}
	return m[idx], nil
}

func (c *Client) contributors(ctx context.Context, deal *Deal, idxs []uint64) (map[uint64][]Contributor, error) {
	ids := make([]common.Hash, len(idxs))
	byID := make(map[common.Hash]uint64, len(idxs))
	for i, idx := range idxs {
		if err := c.checkIndex(deal, idx); err != nil {
			return nil, err
		}
		ids[i] = deal.TaskID(idx)
		byID[ids[i]] = idx
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := c.taskLogs(ctx, ids, deal.Block, head)
	if err != nil {
		return nil, err
	}
	out := make(map[uint64][]Contributor, len(idxs))
	for id, ls := range logs {
		for i := range ls {
			if ev, err := c.poco.UnpackTaskContributeEvent(&ls[i]); err == nil {
				out[byID[id]] = append(out[byID[id]], Contributor{Worker: ev.Worker, ResultHash: ev.ResultHash})
			}
		}
	}
	for _, idx := range idxs {
		if out[idx] == nil {
			out[idx] = []Contributor{}
		}
	}
	return out, nil
}

// ───────────────────────────── worker and scheduler operations ─────────────────────────────

// SignAuthorization is the scheduler's authorization for worker to contribute to taskid
// with enclave (zero: no enclave), signed with key, the workerpool owner's.
func SignAuthorization(key *ecdsa.PrivateKey, worker common.Address, taskid [32]byte, enclave common.Address) ([]byte, error) {
	return protocol.SignAuthorization(key, worker, taskid, enclave)
}

// SignAuthorization signs, as the scheduler (the client's account must own the deal's
// workerpool), the authorization for worker to contribute to taskid.
func (c *Client) SignAuthorization(worker common.Address, taskid [32]byte, enclave common.Address) ([]byte, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	return c.o.signer.SignDigest(protocol.EthSignedHash(protocol.AuthorizationHash(worker, taskid, enclave)))
}

// ContributeInput is one contribution by the client's account (the worker).
type ContributeInput struct {
	Index uint64
	// Digest is the result digest; the client commits to it (result hash and seal).
	Digest [32]byte
	// Authorization is the scheduler's signature (SignAuthorization) for this worker and task.
	Authorization []byte
	// Enclave and EnclaveSign are for TEE tasks (zero and nil otherwise).
	Enclave     common.Address
	EnclaveSign []byte
}

func (c *Client) contributeItem(deal *Deal, in ContributeInput) (bindings.ContributeItem, error) {
	if err := c.checkIndex(deal, in.Index); err != nil {
		return bindings.ContributeItem{}, err
	}
	taskid := deal.TaskID(in.Index)
	worker := c.Address()
	return bindings.ContributeItem{Idx: u64(in.Index), ResultHash: protocol.ResultHash(taskid, in.Digest),
		ResultSeal: protocol.ResultSeal(worker, taskid, in.Digest), Enclave: in.Enclave,
		EnclaveSign: nonNil(in.EnclaveSign), AuthorizationSign: nonNil(in.Authorization)}, nil
}

// Contribute commits the worker's result for a task of deal; it locks the deal's worker
// stake.
func (c *Client) Contribute(ctx context.Context, deal *Deal, in ContributeInput) (*types.Receipt, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	item, err := c.contributeItem(deal, in)
	if err != nil {
		return nil, err
	}
	return c.taskTx(ctx, deal, c.poco.PackContribute(deal.Binding(), item))
}

// ContributeBatch contributes to several tasks of deal in one transaction.
func (c *Client) ContributeBatch(ctx context.Context, deal *Deal, ins []ContributeInput) (*types.Receipt, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	items := make([]bindings.ContributeItem, len(ins))
	for i, in := range ins {
		var err error
		if items[i], err = c.contributeItem(deal, in); err != nil {
			return nil, err
		}
	}
	return c.taskTx(ctx, deal, c.poco.PackContributeBatch(deal.Binding(), items))
}

// SignRevealPermit is the scheduler's permit that opens the reveals of taskid, signed with
// key, the workerpool owner's. The scheduler gives it once enough workers agree and the
// checks it planned (replicates the workers could not see coming) are in.
func SignRevealPermit(key *ecdsa.PrivateKey, taskid [32]byte) ([]byte, error) {
	return protocol.SignRevealPermit(key, taskid)
}

// SignRevealPermit signs, as the scheduler (the client's account must own the deal's
// workerpool), the permit that opens the reveals of taskid.
func (c *Client) SignRevealPermit(taskid [32]byte) ([]byte, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	return c.o.signer.SignDigest(protocol.EthSignedHash(protocol.RevealPermitHash(taskid)))
}

// RevealInput is one reveal.
type RevealInput struct {
	Index  uint64
	Digest [32]byte
	// Permit is the scheduler's permit (SignRevealPermit) for this task. The first reveal
	// of a task needs it; later ones ignore it (nil is fine).
	Permit []byte
}

// Reveal reveals the worker's result digest for task idx of deal. The first reveal of a
// task carries the scheduler's permit (SignRevealPermit) and opens the reveals, when the
// revealed result's group has reached consensus; later reveals, until the reveal deadline,
// ignore the permit (nil is fine).
func (c *Client) Reveal(ctx context.Context, deal *Deal, idx uint64, digest [32]byte, permit []byte) (*types.Receipt, error) {
	if err := c.checkIndex(deal, idx); err != nil {
		return nil, err
	}
	return c.taskTx(ctx, deal, c.poco.PackReveal(deal.Binding(), bindings.RevealItem{Idx: u64(idx), ResultDigest: digest, Permit: nonNil(permit)}))
}

// RevealBatch reveals for several tasks of deal in one transaction.
func (c *Client) RevealBatch(ctx context.Context, deal *Deal, ins []RevealInput) (*types.Receipt, error) {
	items := make([]bindings.RevealItem, len(ins))
	for i, in := range ins {
		if err := c.checkIndex(deal, in.Index); err != nil {
			return nil, err
		}
		items[i] = bindings.RevealItem{Idx: u64(in.Index), ResultDigest: in.Digest, Permit: nonNil(in.Permit)}
	}
	return c.taskTx(ctx, deal, c.poco.PackRevealBatch(deal.Binding(), items))
}

// FinalizeInput is one task to finalize (scheduler).
type FinalizeInput struct {
	Index uint64
	// Digest is the consensus result digest.
	Digest [32]byte
	// Results points to the stored result, e.g. {"storage":"ipfs","location":"/ipfs/<cid>"}.
	Results []byte
	// ResultsCallback is the data for the deal's callback contract; it must hash to Digest.
	ResultsCallback []byte
	// Contributors is the task's contributor list, in any order; nil reads it from the chain.
	Contributors []Contributor
}

func (c *Client) finalizeItems(ctx context.Context, deal *Deal, ins []FinalizeInput) ([]bindings.FinalizeItem, error) {
	var missing []uint64
	for _, in := range ins {
		if err := c.checkIndex(deal, in.Index); err != nil {
			return nil, err
		}
		if in.Contributors == nil {
			missing = append(missing, in.Index)
		}
	}
	var found map[uint64][]Contributor
	if len(missing) > 0 {
		var err error
		if found, err = c.contributors(ctx, deal, missing); err != nil {
			return nil, err
		}
	}
	items := make([]bindings.FinalizeItem, len(ins))
	for i, in := range ins {
		cs := in.Contributors
		if cs == nil {
			cs = found[in.Index]
		}
		items[i] = bindings.FinalizeItem{Idx: u64(in.Index), Contributors: contributorList(cs), ResultDigest: in.Digest,
			Results: nonNil(in.Results), ResultsCallback: nonNil(in.ResultsCallback)}
	}
	return items, nil
}

// Finalize completes a task of deal (the scheduler only): pays everyone and records the
// result. A contribution of another result loses its stake, the worker's vesting rewards
// and its score; on a deal of trust above 1 the winners' rewards vest (see Vesting).
func (c *Client) Finalize(ctx context.Context, deal *Deal, in FinalizeInput) (*types.Receipt, error) {
	items, err := c.finalizeItems(ctx, deal, []FinalizeInput{in})
	if err != nil {
		return nil, err
	}
	return c.taskTx(ctx, deal, c.poco.PackFinalize(deal.Binding(), items[0]))
}

// FinalizeBatch finalizes several tasks of deal in one transaction.
func (c *Client) FinalizeBatch(ctx context.Context, deal *Deal, ins []FinalizeInput) (*types.Receipt, error) {
	items, err := c.finalizeItems(ctx, deal, ins)
	if err != nil {
		return nil, err
	}
	return c.taskTx(ctx, deal, c.poco.PackFinalizeBatch(deal.Binding(), items))
}

// ContributeAndFinalizeInput is one trust-1 task done in one step by the worker.
type ContributeAndFinalizeInput struct {
	Index           uint64
	Digest          [32]byte
	Results         []byte
	ResultsCallback []byte
	Authorization   []byte
	Enclave         common.Address
	EnclaveSign     []byte
}

func (c *Client) cafItem(deal *Deal, in ContributeAndFinalizeInput) (bindings.ContributeAndFinalizeItem, error) {
	if err := c.checkIndex(deal, in.Index); err != nil {
		return bindings.ContributeAndFinalizeItem{}, err
	}
	return bindings.ContributeAndFinalizeItem{Idx: u64(in.Index), ResultDigest: in.Digest, Results: nonNil(in.Results),
		ResultsCallback: nonNil(in.ResultsCallback), Enclave: in.Enclave, EnclaveSign: nonNil(in.EnclaveSign),
		AuthorizationSign: nonNil(in.Authorization)}, nil
}

// ContributeAndFinalize contributes and finalizes a task of a trust-1 deal in one
// transaction (the worker, with the scheduler's authorization).
func (c *Client) ContributeAndFinalize(ctx context.Context, deal *Deal, in ContributeAndFinalizeInput) (*types.Receipt, error) {
	item, err := c.cafItem(deal, in)
	if err != nil {
		return nil, err
	}
	return c.taskTx(ctx, deal, c.poco.PackContributeAndFinalize(deal.Binding(), item))
}

// ContributeAndFinalizeBatch does several trust-1 tasks of deal in one transaction.
func (c *Client) ContributeAndFinalizeBatch(ctx context.Context, deal *Deal, ins []ContributeAndFinalizeInput) (*types.Receipt, error) {
	data, err := c.cafBatch(deal, ins)
	if err != nil {
		return nil, err
	}
	return c.taskTx(ctx, deal, data)
}

// cafBatch is the calldata of contributeAndFinalizeBatch for ins of deal.
func (c *Client) cafBatch(deal *Deal, ins []ContributeAndFinalizeInput) ([]byte, error) {
	items := make([]bindings.ContributeAndFinalizeItem, len(ins))
	for i, in := range ins {
		var err error
		if items[i], err = c.cafItem(deal, in); err != nil {
			return nil, err
		}
	}
	return c.poco.PackContributeAndFinalizeBatch(deal.Binding(), items), nil
}

// DealResults is one deal's trust-1 results, for [Client.ContributeAndFinalizeDeals].
type DealResults struct {
	Deal  *Deal
	Items []ContributeAndFinalizeInput
}

// ContributeAndFinalizeDeals is [Client.ContributeAndFinalizeBatch] for several deals in
// one transaction: the hub's multicall runs one batch per deal, each as if sent on its
// own, so the transaction's fixed cost (21,000 gas, a signature, a receipt to wait for)
// is paid once instead of once per deal. It is all or nothing: a batch the contract
// refuses refuses the whole transaction, with that batch's error; send each deal's batch
// with ContributeAndFinalizeBatch to find which. A deal with a callback contract is not
// taken (its callback's gas is checked inside the call: send it on its own). The hub must
// have a multicall ([Client.HasMulticall]).
func (c *Client) ContributeAndFinalizeDeals(ctx context.Context, batches []DealResults) (*types.Receipt, error) {
	if len(batches) == 0 {
		return nil, errors.New("no deal's results to send")
	}
	calls := make([][]byte, len(batches))
	roles := map[common.Address]string{}
	for i, b := range batches {
		if b.Deal.Callback != (common.Address{}) {
			return nil, fmt.Errorf("deal %s has a callback contract: send its results on their own (ContributeAndFinalizeBatch)", b.Deal.ID.Hex())
		}
		var err error
		if calls[i], err = c.cafBatch(b.Deal, b.Items); err != nil {
			return nil, err
		}
		addDealRoles(roles, b.Deal)
	}
	return c.transactInfo(ctx, txInfo{to: c.hub, roles: roles}, c.poco.PackMulticall(calls))
}

// HasMulticall reports whether the hub runs several calls in one transaction (its
// multicall, which hubs deployed before it lack): a call with no calls in it tells, once
// per client; an error means the chain could not be read, and it is asked again next time.
func (c *Client) HasMulticall(ctx context.Context) (bool, error) {
	c.mu.Lock()
	known := c.multicall
	c.mu.Unlock()
	if known != 0 {
		return known > 0, nil
	}
	out, err := c.backend.CallContract(ctx, ethereum.CallMsg{From: c.Address(), To: &c.hub, Data: c.poco.PackMulticall(nil)}, nil)
	v := -1
	switch {
	case err == nil:
		if res, e := c.poco.UnpackMulticall(out); e == nil && len(res) == 0 {
			v = 1
		}
	case !strings.Contains(err.Error(), "revert"):
		// Not the hub's answer (an unreachable node, a node's own error): ask again later.
		return false, c.netErr("asking the hub whether it has a multicall", err)
	}
	c.mu.Lock()
	c.multicall = v
	c.mu.Unlock()
	return v > 0, nil
}

// Claim fails an unfinished task after the deal's final deadline (anyone): the payer is
// refunded and the pool's stake goes to the kitty. The contributions are judged against the
// consensus group (or else the strictly heaviest group): those outside it lose their stake,
// their vesting rewards and their score, shared among the group's members, whose stakes
// are unlocked. With no such group (a tie, or no contribution), every stake is unlocked.
func (c *Client) Claim(ctx context.Context, deal *Deal, idx uint64) (*types.Receipt, error) {
	cs, err := c.Contributors(ctx, deal, idx)
	if err != nil {
		return nil, err
	}
	return c.taskTx(ctx, deal, c.poco.PackClaim(deal.Binding(), bindings.ClaimItem{Idx: u64(idx), Contributors: contributorList(cs)}))
}

// ClaimBatch claims several tasks of deal in one transaction.
func (c *Client) ClaimBatch(ctx context.Context, deal *Deal, idxs []uint64) (*types.Receipt, error) {
	m, err := c.contributors(ctx, deal, idxs)
	if err != nil {
		return nil, err
	}
	items := make([]bindings.ClaimItem, len(idxs))
	for i, idx := range idxs {
		items[i] = bindings.ClaimItem{Idx: u64(idx), Contributors: contributorList(m[idx])}
	}
	return c.taskTx(ctx, deal, c.poco.PackClaimBatch(deal.Binding(), items))
}

// taskTx sends a task operation, naming the deal's parties in error sentences.
func (c *Client) taskTx(ctx context.Context, deal *Deal, data []byte) (*types.Receipt, error) {
	roles := map[common.Address]string{}
	addDealRoles(roles, deal)
	info := txInfo{to: c.hub, roles: roles}
	if deal.Callback != (common.Address{}) {
		info.gasLeft = callbackGasLeft
	}
	return c.transactInfo(ctx, info, data)
}

// addDealRoles names deal's parties in roles, for error sentences: its scheduler (the
// pool's owner) and its payer, the scheduler's name first when they are one account.
func addDealRoles(roles map[common.Address]string, deal *Deal) {
	roles[deal.WorkerpoolOwner] = "the scheduler"
	if _, ok := roles[deal.Sponsor]; !ok {
		roles[deal.Sponsor] = "the payer"
	}
}

// callbackGasLeft is the gas the hub must have left before it calls a deal's callback
// contract: the callback's budget (CALLBACK_GAS, 100,000), grown by 64/63 for what a
// call must leave its caller, plus 10,000 for the call itself (PocoTasks._callback
// refuses with PocoCallbackGasTooLow below it).
const callbackGasLeft = 100_000*64/63 + 10_000
