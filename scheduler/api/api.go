// Package api is the HTTP protocol between a pool's scheduler and its workers, shared
// by both sides: paths, request and response bodies, the login challenge, the task
// parameters a deal carries, and a client the worker uses.
//
// # Session
//
//  1. POST PathChallenge {"worker"} → Challenge: a one-time text to sign, valid for a
//     minute.
//  2. POST PathLogin Login{worker, challenge, signature}: the signature is the worker
//     wallet's EIP-191 personal signature of the challenge text (LoginDigest). The
//     scheduler admits the worker only if its free on-chain balance covers the pool's
//     minimum stake and, for a private pool, it is on the allow-list; otherwise 403 with an
//     Error saying why. → Session{token, …}. Every later call carries
//     "Authorization: Bearer <token>"; a 401 means log in again.
//  3. POST PathRegister Capabilities: what the worker can run (again after every login).
//  4. POST PathHeartbeat (no body) every Session.HeartbeatInterval; a worker silent for
//     longer than Session.HeartbeatTimeout is lost: its unfinished replicates go to others.
//  5. GET PathWork?wait=SECONDS (long poll, at most MaxWait): → Work, the replicates to
//     run and the reveals to make (with the scheduler's permit that opens them); it
//     returns as soon as there is something, or empty after the wait. Work is given again
//     until the worker reports progress on it, so a worker that restarts loses nothing;
//     and, once in each session (Session.ResendsHeld), every job whose replicate the
//     worker still holds uncontributed, its start reported or not. A
//     Job never says why it was given: a worker cannot tell a hidden check of another
//     worker's result from ordinary work.
//  6. POST PathReports Reports{reports: [Report, …]} → ReportResults: the steps of the
//     worker's tasks (see Step), many in one request (at most MaxReports), in the order
//     they happened. Each report is answered apart, in the same order, with the status
//     PathReport would have answered it (204 taken; 400 malformed, 404 not this worker's
//     task: refused, not worth another try; 5xx: try again), so a refused report does not
//     drop the others. The reports of a request are applied in order and stored together
//     (one transaction); after the first one that fails with a 5xx, the later ones are
//     not applied and are answered 503, so that a worker that sends them again keeps
//     each task's steps in order. A failure of the request itself (401, 409 not
//     registered, a body too large or not JSON…) answers it whole, as for PathReport.
//     POST PathReport Report sends one report; a scheduler from before PathReports has
//     only this one, and answers PathReports 404 (Client.Reports then falls back to it).
//  7. POST PathEnclave EnclaveRequest{task, enclave} → EnclaveAuthorization, for a TEE
//     task (deal tag bit 0) only: the worker makes a fresh enclave key for the task and
//     asks for the scheduler's authorization for (worker, task, enclave), which its
//     contribution carries (a Job of a TEE task comes without one). The scheduler signs
//     only while the worker holds the replicate (assigned, not withdrawn, the task still
//     taking contributions); the same enclave gets the same authorization again, a new
//     enclave (the worker restarted and made a new key) a new one, which replaces the
//     old. Refusals: 400 (no enclave, not a TEE deal), 404 (no replicate of the task for
//     this worker), 409 (the replicate was withdrawn or given up, or the task no longer
//     takes contributions).
//
// Errors are a JSON Error body with a 4xx/5xx status.
//
// # Public, read-only endpoints
//
// No login; anyone may read them, workers included, so they never say which replicate
// is a hidden check:
//
//   - GET PathStatus → Status: the pool's workers and their capacity.
//   - GET PathTasks + TASKID → TaskState: the task's status and, in a sentence, why it
//     is where it is ("waiting for a worker with a GPU (no worker offers a GPU)"), with
//     when that last changed. 404 for a task the scheduler does not follow.
//   - GET PathDeals + DEALID + "/tasks" → DealTasks: the same for every task of the deal,
//     by index, in one answer. 404 for a deal the scheduler does not follow.
package api

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/sdk"
)

// Paths of the worker API.
const (
	PathChallenge = "/v1/challenge"
	PathLogin     = "/v1/login"
	PathRegister  = "/v1/register"
	PathHeartbeat = "/v1/heartbeat"
	PathWork      = "/v1/work"
	PathReport    = "/v1/report"  // POST, one Report
	PathReports   = "/v1/reports" // POST, Reports: many in one request (ReportResults)
	PathEnclave   = "/v1/enclave" // POST, TEE tasks: the authorization for an enclave
	PathStatus    = "/v1/status"  // GET, no login: the pool's public status (Status)
	// PathTasks + TASKID: GET, no login: why the task is where it is (TaskState).
	PathTasks = "/v1/tasks/"
	// PathDeals + DEALID + "/tasks": GET, no login: the same for each task of the deal,
	// in one answer (DealTasks).
	PathDeals = "/v1/deals/"
)

// MaxWait is the longest long poll the scheduler serves.
const MaxWait = 60 * time.Second

// Error is the body of every failed call.
type Error struct {
	Error string `json:"error"`
}

// ChallengeRequest asks for a login challenge.
type ChallengeRequest struct {
	Worker common.Address `json:"worker"`
}

// Challenge is the text the worker signs to log in.
type Challenge struct {
	Challenge string    `json:"challenge"`
	Expires   time.Time `json:"expires"`
}

// LoginDigest is the digest a worker signs to log in: the EIP-191 personal-message hash
// of the challenge text (what wallets show as "Sign message").
func LoginDigest(challenge string) [32]byte {
	var d [32]byte
	copy(d[:], accounts.TextHash([]byte(challenge)))
	return d
}

// Login proves the worker holds its key.
type Login struct {
	Worker    common.Address `json:"worker"`
	Challenge string         `json:"challenge"`
	Signature hexutil.Bytes  `json:"signature"` // 65 bytes, v = 27/28 or 0/1
}

// Session is what a successful login returns.
type Session struct {
	Token             string         `json:"token"`
	Workerpool        common.Address `json:"workerpool"`
	Scheduler         common.Address `json:"scheduler"` // the pool owner, who signs authorizations
	ChainID           uint64         `json:"chainId"`
	Hub               common.Address `json:"hub"`
	HeartbeatInterval Duration       `json:"heartbeatInterval"`
	HeartbeatTimeout  Duration       `json:"heartbeatTimeout"`
	// ResendsHeld: the scheduler gives the worker, once in each session, the job of
	// every replicate it holds that is not contributed yet (its start or result reported
	// or not), so a worker that lost its records (a crash of its machine before they
	// reached the disk) gets them again when it logs in. Such a worker need not sync a
	// job's record to disk before reporting its start. A scheduler without it gives a
	// job only until its start is reported.
	ResendsHeld bool `json:"resendsHeld,omitempty"`
	// QueueByRunTime: the scheduler fills a worker's declared queue (Capabilities.Queue)
	// only as deep as its tasks' run times call for, so a worker may declare a deep one. A
	// scheduler without it fills the queue as declared, whatever the tasks' length: a
	// worker that did not choose its queue then declares the shallow one such schedulers
	// were given before (the worker's LegacyQueueFactor per slot).
	QueueByRunTime bool `json:"queueByRunTime,omitempty"`
}

// Capabilities is what a worker declares when it registers.
type Capabilities struct {
	Cores int `json:"cores"`
	Slots int `json:"slots"` // replicates it runs at once (≥ 1)
	// Queue is how many replicates it holds at most beyond Slots, waiting for a free slot
	// (≥ 0). A queue keeps the worker busy while its results wait for the chain and lets
	// it contribute many tasks of a deal in one batched transaction. The scheduler fills
	// it only as deep as the tasks' run times call for (about two seconds of work beyond
	// the running slots; see the scheduler's Worker capacity).
	Queue     int      `json:"queue,omitempty"`
	MemoryMB  int64    `json:"memoryMB"`
	GPUs      int      `json:"gpus"`
	TEE       bool     `json:"tee"`
	Executors []string `json:"executors"` // "wasm", "process", "oci"
	// Speed is the worker's speed factor against the reference machine the categories'
	// times refer to (2: it runs a task in half its category's reference time); 0 is
	// unknown, counted as 1. The scheduler derives each replicate's progress deadline
	// from it and gives the worker only tasks it can finish in time.
	Speed float64 `json:"speed,omitempty"`
}

// Work is what a worker should do now.
type Work struct {
	Jobs    []Job    `json:"jobs"`
	Reveals []Reveal `json:"reveals"`
	// Cancel lists tasks the worker was given but must drop (withdrawn from it, or the
	// task ended): it stops running them and does not contribute.
	Cancel []common.Hash `json:"cancel"`
}

// Empty reports whether w asks for nothing.
func (w *Work) Empty() bool { return len(w.Jobs) == 0 && len(w.Reveals) == 0 && len(w.Cancel) == 0 }

// Job is one replicate to run: task Index of Deal. The worker reads the app, dataset and
// parameters from the deal and the chain itself (it does not take the scheduler's word for
// the app's checksum).
type Job struct {
	Deal   *sdk.Deal   `json:"deal"`
	Index  uint64      `json:"index"`
	TaskID common.Hash `json:"taskId"`
	// Authorization is the scheduler's signature allowing this worker to contribute. A
	// TEE task's job has none: the worker asks for one with its enclave (PathEnclave).
	Authorization hexutil.Bytes `json:"authorization"`
	// Finalize: the deal's trust is 1, so the worker contributes and finalizes in one step
	// (contributeAndFinalize) and uploads its result first.
	Finalize bool `json:"finalize"`
}

// Reveal asks a worker of the consensus group to reveal its result for task Index of Deal
// (the digest it contributed). With Upload, it is the one chosen to upload the result; it
// reports StepUploaded with the results location.
type Reveal struct {
	Deal   *sdk.Deal   `json:"deal"`
	Index  uint64      `json:"index"`
	TaskID common.Hash `json:"taskId"`
	Upload bool        `json:"upload"`
	// Permit is the scheduler's signed permit that opens the task's reveals
	// (sdk.SignRevealPermit): the first reveal of the task must carry it, later ones need
	// none. The worker reveals with it (sdk.RevealInput.Permit).
	Permit hexutil.Bytes `json:"permit,omitempty"`
}

// EnclaveRequest asks for the scheduler's authorization for the worker to contribute to
// Task with Enclave, the address of the enclave key it made for the task (PathEnclave).
type EnclaveRequest struct {
	Task    common.Hash    `json:"task"`
	Enclave common.Address `json:"enclave"`
}

// EnclaveAuthorization is the scheduler's answer: its signature for (worker, Task,
// Enclave) (sdk.SignAuthorization), which the worker's contribution carries.
type EnclaveAuthorization struct {
	Task          common.Hash    `json:"task"`
	Enclave       common.Address `json:"enclave"`
	Authorization hexutil.Bytes  `json:"authorization"`
}

// Step is a task step a worker reports.
type Step string

// Steps, in the order they happen. StepFailed ends the replicate on the worker's side
// without a contribution (an infrastructure failure: the scheduler gives the replicate to
// another worker); a task whose app fails still contributes an error result.
const (
	StepStarted     Step = "started"     // the run began
	StepComputed    Step = "computed"    // the result digest is known (Digest)
	StepContributed Step = "contributed" // the contribution is mined (Tx)
	StepRevealed    Step = "revealed"    // the reveal is mined (Tx)
	StepUploaded    Step = "uploaded"    // the result is in storage (Results)
	StepFinalized   Step = "finalized"   // contributeAndFinalize is mined (Tx, Results)
	StepFailed      Step = "failed"      // the worker gives the replicate up (Error)
)

// Report is one step of one task.
type Report struct {
	TaskID  common.Hash   `json:"taskId"`
	Step    Step          `json:"step"`
	Digest  *common.Hash  `json:"digest,omitempty"`
	Results hexutil.Bytes `json:"results,omitempty"` // the on-chain results field
	Tx      *common.Hash  `json:"tx,omitempty"`
	Error   string        `json:"error,omitempty"`
	// Code is the task failure code (worker/job Reason*) when the app failed and the
	// result is an error result.
	Code string `json:"code,omitempty"`
	// Callback is the result's callback data (result.Digest.Callback), sent with
	// StepUploaded for a deal with a callback contract: the scheduler passes it to finalize
	// as resultsCallback (its keccak256 is the digest).
	Callback hexutil.Bytes `json:"callback,omitempty"`
	// NotNeeded, with StepFailed, says the worker dropped the replicate because the chain
	// shows the task went on without it (its reveals opened, or it ended): not a failure.
	NotNeeded bool `json:"notNeeded,omitempty"`
}

// MaxReports is the most reports one request to PathReports may carry.
const MaxReports = 256

// Reports is the body of PathReports: reports in the order they happened.
type Reports struct {
	Reports []Report `json:"reports"`
}

// ReportResults answers PathReports: one result per report, in the same order.
type ReportResults struct {
	Results []ReportResult `json:"results"`
}

// ReportResult is the scheduler's answer to one report of a PathReports request: Status
// is the HTTP status PathReport would have answered it with (204: taken), Error why it
// was not taken.
type ReportResult struct {
	Status int    `json:"status"`
	Error  string `json:"error,omitempty"`
}

// Status is the pool's public status (PathStatus).
type Status struct {
	Workerpool common.Address `json:"workerpool"`
	Scheduler  common.Address `json:"scheduler"`
	Block      uint64         `json:"block"`   // the last block the scheduler processed
	Workers    int            `json:"workers"` // live workers
	Deals      int            `json:"deals"`
	Tasks      map[string]int `json:"tasks"` // by status name
	// Capacity is every registered worker as the pool counts it, by address.
	Capacity []WorkerCapacity `json:"capacity"`
}

// WorkerCapacity is what the pool counts of one worker: the slots it offers are the
// least of what it declared, what it proved and what its stake backs.
type WorkerCapacity struct {
	Worker common.Address `json:"worker"`
	Live   bool           `json:"live"` // heartbeats within the timeout
	// Declared is its slots plus queue, as it registered; Proven the slots it has shown
	// (1 at first, one more per replicate contributed in time, halved per progress
	// deadline missed); Staked the slots its free balance in the hub backs (its free
	// balance / the pool's minimum stake), absent when the pool asks no stake.
	Declared int  `json:"declared"`
	Proven   int  `json:"proven"`
	Staked   *int `json:"staked,omitempty"`
	Slots    int  `json:"slots"` // the least of the three: what plans and offers count
	// Misses is how many progress deadlines it missed within the scheduler's memory of
	// them (a day); LastMiss the last one's time.
	Misses   int        `json:"misses"`
	LastMiss *time.Time `json:"lastMiss,omitempty"`
	// BenchedUntil: the pool gives it no work before (a result proven wrong, or too many
	// progress deadlines missed); absent when it is not benched.
	BenchedUntil *time.Time `json:"benchedUntil,omitempty"`
	// Speed is its declared speed factor against the reference machine (absent: unknown,
	// counted as 1). TooSlow: at that factor a task of any category would end after its
	// contribution deadline (at or below plan.MinSpeed, 1.5 / 7): the pool gives it no
	// task and its slots are not offered.
	Speed   float64 `json:"speed,omitempty"`
	TooSlow bool    `json:"tooSlow,omitempty"`
}

// TaskState is what the scheduler says of one task (GET PathTasks + TASKID).
type TaskState struct {
	Task  common.Hash `json:"task"`
	Deal  common.Hash `json:"deal"`
	Index uint64      `json:"index"`
	// Status is the task's status as the scheduler last saw it on chain: UNSET, ACTIVE,
	// REVEALING, COMPLETED or FAILED.
	Status string `json:"status"`
	// Reason is the task's state in a sentence for people, e.g. "waiting for a worker
	// with a GPU (no worker offers a GPU)", "waiting for reveals until 12:03:10 UTC: 1 of 3
	// winners revealed", "contribution deadline passed …: claimable by anyone with `poco
	// task claim` after …". It is written by the scheduler's plan loop when it changes.
	Reason string `json:"reason"`
	// Since is when Reason last changed (absent when the scheduler has not described the
	// task yet).
	Since time.Time `json:"since,omitzero"`
}

// DealTasks is what the scheduler says of every task of a deal (GET PathDeals + DEALID +
// "/tasks"), by index.
type DealTasks struct {
	Workerpool common.Address `json:"workerpool"`
	Deal       common.Hash    `json:"deal"`
	Tasks      []TaskState    `json:"tasks"`
}

// TaskPath is the path of task's state (PathTasks + its id).
func TaskPath(task common.Hash) string { return PathTasks + strings.ToLower(task.Hex()) }

// DealTasksPath is the path of the states of deal's tasks.
func DealTasksPath(deal common.Hash) string {
	return PathDeals + strings.ToLower(deal.Hex()) + "/tasks"
}

// Duration is a time.Duration written as text ("5s") in JSON.
type Duration time.Duration

func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Params are the task parameters a request carries in its params field (a JSON object).
//
//	{"args": "a b c", "inputs": ["/ipfs/<cid>", …], "secrets": ["NAME", …], "encrypt_result": true}
//
// args is split on white space into the app's arguments; inputs are the input files'
// locations, given to every task of the deal. secrets name the requester's secrets kept
// by the SMS that the app gets (IEXEC_REQUESTER_SECRET_1… in this order), and
// encrypt_result asks for results encrypted to the beneficiary's result key: both need a
// TEE deal (docs/confidential.md). Other keys are ignored. An empty params field means
// no arguments and no inputs.
type Params struct {
	Args          string   `json:"args,omitempty"`
	Inputs        []string `json:"inputs,omitempty"`
	Secrets       []string `json:"secrets,omitempty"`
	EncryptResult bool     `json:"encrypt_result,omitempty"`
}

// ParseParams reads a deal's params field.
func ParseParams(s string) (Params, error) {
	var p Params
	if strings.TrimSpace(s) == "" {
		return p, nil
	}
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		return p, fmt.Errorf(`deal params are not a JSON object like {"args":"…","inputs":["/ipfs/…"]}: %v`, err)
	}
	return p, nil
}

// ArgList is p.Args split on white space.
func (p Params) ArgList() []string { return strings.Fields(p.Args) }

// String is the params field for p ("" when p is empty).
func (p Params) String() string {
	if p.Args == "" && len(p.Inputs) == 0 && len(p.Secrets) == 0 && !p.EncryptResult {
		return ""
	}
	b, _ := json.Marshal(p)
	return string(b)
}

// ExecutorOf maps an app's registered type to the executor that runs it: "WASM" → "wasm",
// "OCI"/"DOCKER" → "oci", "PROCESS" → "process" (case-insensitive). Unknown types give "".
func ExecutorOf(appType string) string {
	switch strings.ToUpper(appType) {
	case "WASM":
		return "wasm"
	case "OCI", "DOCKER":
		return "oci"
	case "PROCESS", "NATIVE":
		return "process"
	}
	return ""
}
