// Package api is the HTTP interface of the secret management service (`poco sms`,
// package sms): its paths, messages, the texts wallets sign, and a client.
//
// Writes. Every secret is written by a wallet signature over a fresh challenge:
//
//	POST /v1/challenges            {"address":"0x…"}  → {"challenge":"0x…","expires":"…"}
//	PUT  /v1/datasets/{dataset}/key                    dataset key, by the dataset's owner on chain
//	PUT  /v1/apps/{app}/secret                         app developer secret, by the app's owner
//	PUT  /v1/requesters/{requester}/secrets/{name}     a requester secret, by the requester
//	PUT  /v1/beneficiaries/{beneficiary}/result-key    a result encryption public key
//
// A write's body is a [Write]; its signature is an EIP-191 personal signature of
// [WriteMessage]. HEAD on the same paths answers 204 when the secret exists and 404 when
// not; nothing ever returns a secret to anyone but an attested enclave.
//
// Sessions. A worker running a TEE task asks for a nonce (POST /v1/challenges with its
// address), makes evidence over attest.ReportData(chain, task, enclave, nonce) and sends
// a [SessionRequest] to POST /v1/sessions. The answer's Sealed is the task's [Secrets]
// encrypted to the enclave public key (seal.Seal).
//
//	GET /v1/status    chain, hub, accepted evidence formats, whether dev evidence is accepted
//	GET /health, GET /metrics, GET /openapi.json
//
// Errors are JSON {"error": "<sentence>", "code": "<name>"}: code is one of the Code*
// values, so clients and tests can tell refusals apart.
package api

import (
	"fmt"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/sms/attest"
)

// Paths.
const (
	PathChallenges = "/v1/challenges"
	PathSessions   = "/v1/sessions"
	PathStatus     = "/v1/status"
	PathHealth     = "/health"
	PathMetrics    = "/metrics"
	PathOpenAPI    = "/openapi.json"
)

// Kinds of secrets.
const (
	KindDatasetKey      = "dataset-key"
	KindAppSecret       = "app-secret"
	KindRequesterSecret = "requester-secret"
	KindResultKey       = "result-key"
)

// Limits on values.
const (
	MaxSecretBytes = 4096 // an app or requester secret
	MaxNameBytes   = 64   // a requester secret's name
)

// NameRE is what a requester secret's name may be.
var NameRE = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,64}$`)

// Target names one secret.
type Target struct {
	Kind  string
	Owner common.Address // the dataset, app, requester or beneficiary address
	Name  string         // requester secrets only
}

// Path is the target's URL path.
func (t Target) Path() string {
	switch t.Kind {
	case KindDatasetKey:
		return "/v1/datasets/" + t.Owner.Hex() + "/key"
	case KindAppSecret:
		return "/v1/apps/" + t.Owner.Hex() + "/secret"
	case KindRequesterSecret:
		return "/v1/requesters/" + t.Owner.Hex() + "/secrets/" + t.Name
	case KindResultKey:
		return "/v1/beneficiaries/" + t.Owner.Hex() + "/result-key"
	}
	return ""
}

// String is the target as the signed message names it.
func (t Target) String() string {
	if t.Kind == KindRequesterSecret {
		return fmt.Sprintf("%s %s/%s", t.Kind, t.Owner.Hex(), t.Name)
	}
	return fmt.Sprintf("%s %s", t.Kind, t.Owner.Hex())
}

// ChallengeRequest asks for a challenge for address.
type ChallengeRequest struct {
	Address common.Address `json:"address"`
}

// Challenge is single-use and expires.
type Challenge struct {
	Challenge common.Hash `json:"challenge"`
	Expires   time.Time   `json:"expires"`
}

// Write is the body of a PUT.
type Write struct {
	// Value: the dataset key as 64 hex digits, a secret's text, or the result public key
	// as hex (65 bytes uncompressed or 33 compressed).
	Value     string         `json:"value"`
	Signer    common.Address `json:"signer"`
	Challenge common.Hash    `json:"challenge"`
	Signature hexutil.Bytes  `json:"signature"`
}

// WriteMessage is the text the signer of a write personal-signs (EIP-191).
func WriteMessage(chainID uint64, hub common.Address, t Target, valueSHA256 [32]byte, challenge common.Hash) string {
	return fmt.Sprintf("Poco SMS write\nchain: %d\nhub: %s\nwhat: %s\nvalue-sha256: %x\nchallenge: %s",
		chainID, hub.Hex(), t, valueSHA256[:], challenge.Hex())
}

// SessionRequest opens a task session: the worker's enclave proves itself and gets the
// task's secrets.
type SessionRequest struct {
	Deal   common.Hash    `json:"deal"`
	Index  uint64         `json:"index"`
	Worker common.Address `json:"worker"`
	// EnclavePublicKey is the per-task enclave key's public key (65 bytes); its address is
	// the enclave the scheduler authorized and the chain will check.
	EnclavePublicKey hexutil.Bytes `json:"enclavePublicKey"`
	// Authorization is the scheduler's signature for (worker, task, enclave).
	Authorization hexutil.Bytes   `json:"authorization"`
	Nonce         common.Hash     `json:"nonce"` // a challenge the SMS gave the worker
	Evidence      attest.Evidence `json:"evidence"`
	// Signature is the worker's EIP-191 signature of SessionMessage.
	Signature hexutil.Bytes `json:"signature"`
}

// SessionMessage is the text a worker personal-signs to open a session.
func SessionMessage(chainID uint64, hub common.Address, r SessionRequest, evidenceSHA256 [32]byte) string {
	return fmt.Sprintf("Poco SMS session\nchain: %d\nhub: %s\ndeal: %s\nindex: %d\nenclave-key: %x\nnonce: %s\nevidence-sha256: %x",
		chainID, hub.Hex(), r.Deal.Hex(), r.Index, []byte(r.EnclavePublicKey), r.Nonce.Hex(), evidenceSHA256[:])
}

// SessionResponse carries the sealed secrets.
type SessionResponse struct {
	Task   common.Hash   `json:"task"`
	Sealed hexutil.Bytes `json:"sealed"` // seal.Seal(enclave public key, JSON of Secrets)
	// Format, TCBStatus and Insecure say what the SMS accepted.
	Format    string `json:"format"`
	TCBStatus string `json:"tcbStatus"`
	Insecure  bool   `json:"insecure"`
}

// Secrets are what a session releases: only those the deal uses.
type Secrets struct {
	// DatasetKey is the deal's dataset key (hex), when the dataset is encrypted.
	DatasetKey string `json:"datasetKey,omitempty"`
	// AppSecret is the app developer's secret, when one was pushed.
	AppSecret string `json:"appSecret,omitempty"`
	// RequesterSecrets are the requester's secrets the deal's params name, in order.
	RequesterSecrets []NamedSecret `json:"requesterSecrets,omitempty"`
	// ResultKey is the beneficiary's result public key (hex), when the params ask for
	// encrypted results.
	ResultKey string `json:"resultKey,omitempty"`
}

// NamedSecret is one requester secret.
type NamedSecret struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Status describes the service.
type Status struct {
	ChainID uint64         `json:"chainId"`
	Hub     common.Address `json:"hub"`
	// Formats are the evidence formats accepted.
	Formats []string `json:"formats"`
	// InsecureDevAttestation: development evidence is accepted; secrets released by this
	// SMS are not protected by any TEE.
	InsecureDevAttestation bool `json:"insecureDevAttestation"`
	MasterKeyVersion       int  `json:"masterKeyVersion"`
}

// Error is the body of every error answer.
type Error struct {
	Error string `json:"error"`
	Code  string `json:"code"`
}

// Error codes.
const (
	CodeBadRequest       = "bad-request"
	CodeChallenge        = "challenge"         // unknown, used or expired challenge or nonce
	CodeSignature        = "signature"         // signature does not verify or is not the signer's
	CodeNotOwner         = "not-owner"         // the signer does not own the asset on chain
	CodeNotFound         = "not-found"         // no such secret or asset
	CodeNotTEE           = "not-tee"           // the deal does not ask for a TEE
	CodeAuthorization    = "authorization"     // the scheduler's authorization is not for this worker, task and enclave
	CodeTaskClosed       = "task-closed"       // the task is finalized, failed or past its contribution deadline
	CodeAttestation      = "attestation"       // the evidence does not verify
	CodeMeasurement      = "measurement"       // verified, but the measurement or TCB is not allowed
	CodeMissingSecret    = "missing-secret"    // the deal needs a secret nobody pushed
	CodeLimit            = "limit"             // too large, too many
	CodeInternal         = "internal"          // the SMS failed
	CodeChainUnavailable = "chain-unavailable" // the chain cannot be read
)
