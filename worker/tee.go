package worker

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/sms/seal"
	"github.com/pocolabs/poco/worker/job"
)

// Confidential (TEE) tasks: see "Confidential tasks" in the package documentation.

// checkConfidential refuses what this worker cannot do for deal and its params: a TEE
// deal without an attestation provider or an SMS; secrets or encrypted results without
// a TEE deal; encrypted results that replicated workers could not agree on or that a
// callback contract would have to check.
func (w *Worker) checkConfidential(deal *sdk.Deal, params api.Params) error {
	if !deal.Tag.HasTEE() {
		if len(params.Secrets) > 0 || params.EncryptResult {
			return refuse("secrets and encrypted results need a TEE deal: add the tag tee,tdx")
		}
		return nil
	}
	switch {
	case w.cfg.TEE == nil:
		return refuse("the deal asks for a TEE (tag bit 0); this worker has no attestation provider: it does not run in a TEE")
	case w.cfg.SMS == nil:
		return refuse("the deal asks for a TEE; this worker knows no SMS (secret management service) to get the task's secrets from")
	case params.EncryptResult && deal.Trust > 1:
		return refuse("encrypted results differ from worker to worker (the encryption is randomized), so the %d workers of trust %d could not agree: encrypt_result needs a deal of trust 1",
			deal.Trust, deal.Trust)
	case params.EncryptResult && deal.Callback != (common.Address{}):
		return refuse("an encrypted result cannot be passed to the deal's callback contract %s: ask for one or the other", deal.Callback.Hex())
	}
	return nil
}

// enclaveKey returns t's enclave key, made and saved in t's state first when it has none.
func (w *Worker) enclaveKey(t *task) (*ecdsa.PrivateKey, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.currentLocked(t) {
		return nil, context.Canceled // dropped meanwhile
	}
	if len(t.rec.EnclaveKey) > 0 {
		k, err := crypto.ToECDSA(t.rec.EnclaveKey)
		if err != nil {
			return nil, refuse("the task's saved enclave key is unreadable: %v", err)
		}
		return k, nil
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("making the enclave key: %w", err)
	}
	t.rec.EnclaveKey = crypto.FromECDSA(k)
	// On disk before any use: the scheduler authorizes this enclave next.
	if err := w.state.save(t.id, t.rec); err != nil {
		t.rec.EnclaveKey = nil
		return nil, err
	}
	if err := w.state.syncDir(); err != nil {
		t.rec.EnclaveKey = nil
		return nil, err
	}
	w.log.Info("enclave key made for the task", "task", t.id.Hex(), "enclave", crypto.PubkeyToAddress(k.PublicKey).Hex())
	return k, nil
}

// schedulerRefusal is whether err is the scheduler's answer that another try will not
// change (a 4xx other than 401, 408, 409… see refusal).
func schedulerRefusal(err error) *api.StatusError {
	var se *api.StatusError
	if errors.As(err, &se) && se.Status == http.StatusConflict {
		return se // 409 here: the replicate was withdrawn or the task closed
	}
	return refusal(err)
}

// smsRefusal is whether err is the SMS's refusal that another try will not change.
func smsRefusal(err error) *smsapi.RefusedError {
	var r *smsapi.RefusedError
	if !errors.As(err, &r) || r.Status < 400 || r.Status >= 500 {
		return nil
	}
	switch r.Code {
	case smsapi.CodeChallenge, smsapi.CodeChainUnavailable, smsapi.CodeInternal:
		return nil
	}
	return r
}

// confidential prepares TEE task t: its enclave key (made once, saved before use), the
// scheduler's authorization for it, a session with the SMS (nonce, evidence over
// attest.ReportData, worker's signature) and the secrets it releases, which go into jj
// only (memory): dataset key, app and requester secrets (in params order), result key.
func (w *Worker) confidential(ctx context.Context, t *task, j api.Job, params api.Params, jj *job.Job) error {
	key, err := w.enclaveKey(t)
	if err != nil {
		return err
	}
	enclave := crypto.PubkeyToAddress(key.PublicKey)
	auth, err := w.api.Enclave(ctx, j.TaskID, enclave)
	if err != nil {
		if se := schedulerRefusal(err); se != nil {
			return refuse("the scheduler refuses to authorize the task's enclave %s: %s", enclave.Hex(), se.Message)
		}
		return fmt.Errorf("asking the scheduler to authorize the enclave: %w", err)
	}
	if signer, err := protocol.AuthorizationSigner(w.addr, j.TaskID, enclave, auth); err != nil || signer != j.Deal.WorkerpoolOwner {
		return refuse("the scheduler's authorization for enclave %s is not signed by the pool owner %s", enclave.Hex(), j.Deal.WorkerpoolOwner.Hex())
	}
	w.mu.Lock()
	if w.currentLocked(t) {
		t.rec.EnclaveAuth = auth
		w.saveDurableLocked(t)
	}
	w.mu.Unlock()

	sms := w.cfg.SMS
	st, err := sms.Status(ctx)
	if err != nil {
		return fmt.Errorf("reading the SMS's status: %w", err)
	}
	c := w.cfg.Client
	if !c.ChainID().IsUint64() || st.ChainID != c.ChainID().Uint64() || st.Hub != c.Hub() {
		return refuse("the SMS at %s serves chain %d and hub %s, not this worker's chain %s and hub %s",
			sms.URL(), st.ChainID, st.Hub.Hex(), c.ChainID(), c.Hub().Hex())
	}
	ch, err := sms.Challenge(ctx, w.addr)
	if err != nil {
		return fmt.Errorf("asking the SMS for a nonce: %w", err)
	}
	ev, err := w.cfg.TEE.Evidence(ctx, attest.ReportData(st.ChainID, j.TaskID, enclave, ch.Challenge))
	if err != nil {
		return fmt.Errorf("making the TEE's evidence (%s): %w", w.cfg.TEE.Format(), err)
	}
	req := smsapi.SessionRequest{Deal: j.Deal.ID, Index: j.Index, Worker: w.addr,
		EnclavePublicKey: seal.MarshalPublicKey(&key.PublicKey), Authorization: auth, Nonce: ch.Challenge, Evidence: ev}
	if err := smsapi.SignSession(sdk.KeySigner{Key: w.cfg.Key}, st, &req); err != nil {
		return fmt.Errorf("signing the SMS session: %w", err)
	}
	resp, err := sms.OpenSession(ctx, req)
	if err != nil {
		if r := smsRefusal(err); r != nil {
			return refuse("the SMS refuses the task's session (%s): %s", r.Code, r.Msg)
		}
		return fmt.Errorf("opening the SMS session: %w", err)
	}
	if resp.Task != j.TaskID {
		return refuse("the SMS answered for task %s, not %s", resp.Task.Hex(), j.TaskID.Hex())
	}
	plain, err := seal.Open(key, resp.Sealed)
	if err != nil {
		return refuse("the SMS's secrets do not open with the task's enclave key: %v", err)
	}
	var sec smsapi.Secrets
	if err := json.Unmarshal(plain, &sec); err != nil {
		return refuse("the SMS's secrets are not readable: %v", err)
	}
	if resp.Insecure {
		w.log.Warn("TEE session opened with DEVELOPMENT attestation: the SMS released the secrets without any proof of a TEE",
			"task", t.id.Hex(), "format", resp.Format)
	} else {
		w.log.Info("TEE session opened", "task", t.id.Hex(), "format", resp.Format, "tcb", resp.TCBStatus)
	}
	return applySecrets(jj, params, sec)
}

// applySecrets puts what the SMS released into jj.
func applySecrets(jj *job.Job, params api.Params, sec smsapi.Secrets) error {
	if sec.DatasetKey != "" && jj.Dataset != nil {
		k, err := seal.ParseKey(sec.DatasetKey)
		if err != nil {
			return refuse("the SMS's dataset key: %v", err)
		}
		jj.DatasetKey = &k
	}
	byName := make(map[string]string, len(sec.RequesterSecrets))
	for _, s := range sec.RequesterSecrets {
		byName[s.Name] = s.Value
	}
	var req []string
	for _, name := range params.Secrets {
		v, ok := byName[name]
		if !ok {
			return refuse("the SMS released no requester secret %q, which the deal's params name", name)
		}
		req = append(req, v)
	}
	if sec.AppSecret != "" || len(req) > 0 {
		jj.Secrets = &executor.Secrets{AppDeveloper: sec.AppSecret, Requester: req}
	}
	if params.EncryptResult {
		if sec.ResultKey == "" {
			return refuse("the deal asks for an encrypted result, but the SMS released no result key for its beneficiary")
		}
		pub, err := seal.ParsePublicKey(sec.ResultKey)
		if err != nil {
			return refuse("the beneficiary's result key: %v", err)
		}
		jj.ResultKey = pub
	}
	return nil
}

// enclaveSignLocked sets op's enclave, enclave signature and authorization for TEE task t
// (a contribution or contributeAndFinalize): the enclave key personal-signs
// keccak256(resultHash ‖ resultSeal), the values the contract computes.
func (w *Worker) enclaveSignLocked(t *task, op *chainOp) error {
	if len(t.rec.EnclaveKey) == 0 {
		return nil
	}
	key, err := crypto.ToECDSA(t.rec.EnclaveKey)
	if err != nil {
		return fmt.Errorf("the task's enclave key: %w", err)
	}
	if len(t.rec.EnclaveAuth) == 0 {
		return errors.New("no scheduler authorization for the task's enclave")
	}
	sig, err := protocol.SignEnclaveChallenge(key, protocol.ResultHash(t.id, op.digest), protocol.ResultSeal(w.addr, t.id, op.digest))
	if err != nil {
		return fmt.Errorf("the enclave's signature: %w", err)
	}
	op.enclave, op.enclaveSign, op.auth = crypto.PubkeyToAddress(key.PublicKey), sig, t.rec.EnclaveAuth
	return nil
}
