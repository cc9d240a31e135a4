package sms

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/internal/ratelimit"
	"github.com/pocolabs/poco/protocol"
	schedapi "github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/sms/seal"
)

// Limits protect the service; a zero field means no limit.
type Limits struct {
	// MaxBodyBytes is the largest request body accepted.
	MaxBodyBytes int64 `json:"maxBodyBytes"`
	// ClientRate and ClientBurst limit the API calls per client IP address (requests per
	// second, and the burst allowed above it).
	ClientRate  float64 `json:"clientRate"`
	ClientBurst int     `json:"clientBurst"`
	// OpenChallengesPerAddress is how many unused, unexpired challenges one address may
	// hold.
	OpenChallengesPerAddress int `json:"openChallengesPerAddress"`
}

// DefaultLimits are the limits of `poco sms` unless told otherwise.
func DefaultLimits() Limits {
	return Limits{MaxBodyBytes: 256 << 10, ClientRate: 50, ClientBurst: 100, OpenChallengesPerAddress: 16}
}

// PoolPolicy is what a workerpool's tasks may run in: the measurements allowed (empty
// fields allow any value) and the TCB statuses accepted (empty: DefaultTCBStatuses).
type PoolPolicy struct {
	Enclave     attest.EnclaveDescription `json:"enclave"`
	TCBStatuses []string                  `json:"tcbStatuses,omitempty"`
}

// DefaultTCBStatuses are the TCB statuses accepted when a policy names none.
var DefaultTCBStatuses = []string{"UpToDate"}

// Policy is the SMS operator's policy, on top of each app's enclave description: per
// workerpool, and a default for the others. The zero Policy allows any measurement with
// an UpToDate TCB. File format (JSON):
//
//	{"default": {"enclave": {"mrtd": ["<96 hex>"]}, "tcbStatuses": ["UpToDate"]},
//	 "pools": {"0xPool…": {"enclave": {"rtmr1": ["<96 hex>"]}, "tcbStatuses": ["UpToDate", "SWHardeningNeeded"]}}}
type Policy struct {
	Default PoolPolicy                    `json:"default"`
	Pools   map[common.Address]PoolPolicy `json:"pools,omitempty"`
}

// LoadPolicy reads a policy file.
func LoadPolicy(path string) (Policy, error) {
	var p Policy
	b, err := os.ReadFile(path)
	if err != nil {
		return p, fmt.Errorf("sms: policy: %w", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return p, fmt.Errorf("sms: policy %s: %w", path, err)
	}
	return p, nil
}

// For is the policy of workerpool pool.
func (p Policy) For(pool common.Address) PoolPolicy {
	if pp, ok := p.Pools[pool]; ok {
		return pp
	}
	return p.Default
}

// Check says whether a verified report is acceptable for a task of pool; insecure tells
// that the service accepts development evidence (whose TCB status is "Development").
func (p Policy) Check(pool common.Address, r attest.Report, insecure bool) error {
	if r.Debug {
		return fmt.Errorf("%w: the TD runs in debug mode, its memory is readable by the host", attest.ErrDebug)
	}
	pp := p.For(pool)
	if err := pp.Enclave.Allows(r.Measurement); err != nil {
		return fmt.Errorf("the SMS policy for workerpool %s: %w", pool.Hex(), err)
	}
	if r.Insecure && insecure && r.TCBStatus == "Development" {
		return nil
	}
	ok := pp.TCBStatuses
	if len(ok) == 0 {
		ok = DefaultTCBStatuses
	}
	for _, s := range ok {
		if strings.EqualFold(s, r.TCBStatus) {
			return nil
		}
	}
	return fmt.Errorf("%w: TCB status %q, accepted for workerpool %s: %s", attest.ErrTCB, r.TCBStatus, pool.Hex(), strings.Join(ok, ", "))
}

// Config configures a Service.
type Config struct {
	// Chain is a client of the hub (read-only is enough).
	Chain *sdk.Client
	// Store keeps the secrets; the Service does not close it.
	Store Store
	// Keys encrypt the secrets at rest.
	Keys *Keyring
	// Verifier checks TEE evidence: an attest.Verifiers map (by format), or any other
	// Verifier, taken as the one of attest.FormatTDX; nil: no format but development
	// evidence. Development evidence is always handled by the service itself (an
	// attest.DevVerifier): accepted only with InsecureDevAttestation.
	Verifier attest.Verifier
	// InsecureDevAttestation accepts development evidence, which proves nothing: secrets
	// are then not protected by any TEE. Never in production.
	InsecureDevAttestation bool
	Policy                 Policy
	Limits                 Limits
	// ChallengeTTL is how long a challenge may be used (default 2 minutes).
	ChallengeTTL time.Duration
	Logger       *slog.Logger
	// Now is the clock of challenges (default time.Now).
	Now func() time.Time
}

// Service is the secret management service: it keeps secrets written by their on-chain
// owners and releases them, sealed, to attested enclaves of authorized workers.
type Service struct {
	cfg      Config
	chain    *sdk.Client
	store    Store
	keys     *Keyring
	verifier attest.Verifier
	formats  []string
	log      *slog.Logger
	client   *ratelimit.Limiter
	m        *metrics
	deals    *readOnce[common.Hash, *sdk.Deal]   // matched deals: they do not change
	apps     *readOnce[common.Address, *sdk.App] // registered apps: they do not change
}

// New makes a Service.
func New(cfg Config) (*Service, error) {
	if cfg.Chain == nil || cfg.Store == nil || cfg.Keys == nil {
		return nil, errors.New("sms: a chain client, a store and a master keyring are needed")
	}
	if cfg.ChallengeTTL <= 0 {
		cfg.ChallengeTTL = 2 * time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &Service{
		cfg: cfg, chain: cfg.Chain, store: cfg.Store, keys: cfg.Keys, log: cfg.Logger,
		client: ratelimit.New(cfg.Limits.ClientRate, cfg.Limits.ClientBurst),
		m:      newMetrics(),
		deals:  newReadOnce[common.Hash, *sdk.Deal](4096),
		apps:   newReadOnce[common.Address, *sdk.App](4096),
	}
	// Development evidence goes to a DevVerifier that accepts it only with the insecure
	// flag, whatever cfg.Verifier would say; every other format to cfg.Verifier.
	vs := attest.Verifiers{attest.FormatDev: attest.DevVerifier{Accept: cfg.InsecureDevAttestation}}
	switch v := cfg.Verifier.(type) {
	case nil:
	case attest.Verifiers:
		for f, fv := range v {
			if f != attest.FormatDev {
				vs[f] = fv
			}
		}
	default:
		vs[attest.FormatTDX] = v
	}
	s.verifier = vs
	for f := range vs {
		if f != attest.FormatDev || cfg.InsecureDevAttestation {
			s.formats = append(s.formats, f)
		}
	}
	sort.Strings(s.formats)
	if cfg.InsecureDevAttestation {
		s.log.Warn("INSECURE: development attestation accepted; secrets released by this SMS are NOT protected by any TEE. Never use this in production.")
	}
	return s, nil
}

// Error is a refusal of the service: an HTTP status, a stable code (api.Code*) and a
// sentence.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"error"`
}

func (e *Error) Error() string { return e.Message }

func refuse(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

func unavailable(err error) *Error {
	return refuse(503, api.CodeChainUnavailable, "the SMS cannot read the chain: %v", err)
}

func internal(err error) *Error {
	return refuse(500, api.CodeInternal, "the SMS failed: %v", err)
}

// Status describes the service.
func (s *Service) Status() api.Status {
	return api.Status{ChainID: s.chain.ChainID().Uint64(), Hub: s.chain.Hub(), Formats: s.formats,
		InsecureDevAttestation: s.cfg.InsecureDevAttestation, MasterKeyVersion: s.keys.Current()}
}

// NewChallenge issues a single-use challenge to addr.
func (s *Service) NewChallenge(ctx context.Context, a common.Address) (api.Challenge, error) {
	if a == (common.Address{}) {
		return api.Challenge{}, refuse(400, api.CodeBadRequest, "a challenge is for an address: give a non-zero \"address\"")
	}
	var c common.Hash
	if _, err := rand.Read(c[:]); err != nil {
		return api.Challenge{}, internal(err)
	}
	now := s.cfg.Now()
	exp := now.Add(s.cfg.ChallengeTTL).UTC().Truncate(time.Millisecond)
	err := s.store.PutChallenge(ctx, IssuedChallenge{Challenge: c, Address: a, Expires: exp}, s.cfg.Limits.OpenChallengesPerAddress, now)
	if errors.Is(err, ErrTooManyOpen) {
		return api.Challenge{}, refuse(429, api.CodeLimit, "%s already holds %d open challenges, the most allowed: use them or wait %s for them to expire",
			a.Hex(), s.cfg.Limits.OpenChallengesPerAddress, s.cfg.ChallengeTTL)
	}
	if err != nil {
		return api.Challenge{}, internal(err)
	}
	return api.Challenge{Challenge: c, Expires: exp}, nil
}

func challengeRefusal(err error, what string, c common.Hash, a common.Address) error {
	switch {
	case errors.Is(err, ErrChallengeUnknown):
		return refuse(401, api.CodeChallenge, "%s %s is not one this SMS issued: ask POST %s for a fresh one", what, c.Hex(), api.PathChallenges)
	case errors.Is(err, ErrChallengeOther):
		return refuse(401, api.CodeChallenge, "%s %s was issued to another address than %s", what, c.Hex(), a.Hex())
	case errors.Is(err, ErrChallengeUsed):
		return refuse(401, api.CodeChallenge, "%s %s was already used: each serves one request (a replay?)", what, c.Hex())
	case errors.Is(err, ErrChallengeExpired):
		return refuse(401, api.CodeChallenge, "%s %s expired: ask for a fresh one", what, c.Hex())
	}
	return internal(err)
}

// personalSigner recovers the EIP-191 personal signer of text.
func personalSigner(text string, sig []byte) (common.Address, error) {
	return protocol.RecoverSigner([32]byte(accounts.TextHash([]byte(text))), sig)
}

// normalize checks a value's shape for kind and returns it as stored.
func normalize(t api.Target, value string) (string, error) {
	switch t.Kind {
	case api.KindDatasetKey:
		k, err := seal.ParseKey(value)
		if err != nil {
			return "", refuse(400, api.CodeBadRequest, "a dataset key is %d bytes as %d hex digits: %v", seal.KeySize, 2*seal.KeySize, err)
		}
		return hex.EncodeToString(k[:]), nil
	case api.KindAppSecret, api.KindRequesterSecret:
		if value == "" {
			return "", refuse(400, api.CodeBadRequest, "the secret is empty")
		}
		if len(value) > api.MaxSecretBytes {
			return "", refuse(413, api.CodeLimit, "the secret is %d bytes, more than the %d allowed", len(value), api.MaxSecretBytes)
		}
		return value, nil
	case api.KindResultKey:
		if _, err := seal.ParsePublicKey(value); err != nil {
			return "", refuse(400, api.CodeBadRequest, "a result key is a secp256k1 public key as hex (65 bytes uncompressed or 33 compressed): %v", err)
		}
		return strings.TrimPrefix(strings.TrimSpace(value), "0x"), nil
	}
	return "", refuse(400, api.CodeBadRequest, "unknown kind of secret %q", t.Kind)
}

// Write stores a secret written by its on-chain owner.
func (s *Service) Write(ctx context.Context, t api.Target, w api.Write) error {
	if t.Kind == api.KindRequesterSecret && !api.NameRE.MatchString(t.Name) {
		return refuse(400, api.CodeBadRequest, "secret name %q: want 1 to %d of A-Z a-z 0-9 _ . -", t.Name, api.MaxNameBytes)
	}
	if t.Kind != api.KindRequesterSecret && t.Name != "" {
		return refuse(400, api.CodeBadRequest, "only requester secrets have names")
	}
	if t.Owner == (common.Address{}) {
		return refuse(400, api.CodeBadRequest, "the path names the zero address")
	}
	value, err := normalize(t, w.Value)
	if err != nil {
		return err
	}
	msg := api.WriteMessage(s.chain.ChainID().Uint64(), s.chain.Hub(), t, sha256.Sum256([]byte(w.Value)), w.Challenge)
	got, err := personalSigner(msg, w.Signature)
	if err != nil {
		return refuse(401, api.CodeSignature, "the signature does not verify: %v", err)
	}
	if got != w.Signer {
		return refuse(401, api.CodeSignature, "the signature is by %s, not by the signer %s (wrong key, or signed over another value, target, challenge, chain or hub)", got.Hex(), w.Signer.Hex())
	}
	if err := s.store.ConsumeChallenge(ctx, w.Challenge, w.Signer, "write "+t.String(), s.cfg.Now()); err != nil {
		return challengeRefusal(err, "challenge", w.Challenge, w.Signer)
	}
	switch t.Kind {
	case api.KindDatasetKey, api.KindAppSecret:
		var owner common.Address
		what := "dataset"
		if t.Kind == api.KindDatasetKey {
			owner, err = s.chain.DatasetOwner(ctx, t.Owner)
		} else {
			what = "app"
			owner, err = s.chain.AppOwner(ctx, t.Owner)
		}
		if err != nil {
			return unavailable(err)
		}
		if owner == (common.Address{}) {
			return refuse(404, api.CodeNotFound, "no %s %s is registered on this hub", what, t.Owner.Hex())
		}
		if owner != w.Signer {
			return refuse(403, api.CodeNotOwner, "%s is not the owner of %s %s on chain (%s is)", w.Signer.Hex(), what, t.Owner.Hex(), owner.Hex())
		}
	default:
		if t.Owner != w.Signer {
			return refuse(403, api.CodeNotOwner, "only %s may write its %s, not %s", t.Owner.Hex(), t.Kind, w.Signer.Hex())
		}
	}
	ct, nonce, ver, err := s.keys.Encrypt([]byte(value), AAD(t.Kind, t.Owner, t.Name))
	if err != nil {
		return internal(err)
	}
	if err := s.store.PutSecret(ctx, SecretRow{Kind: t.Kind, Owner: t.Owner, Name: t.Name, Ciphertext: ct, Nonce: nonce,
		KeyVersion: ver, UpdatedAt: s.cfg.Now()}); err != nil {
		return internal(err)
	}
	s.m.wrote(t.Kind)
	s.log.Info("secret written", "what", t.String(), "signer", w.Signer.Hex(), "keyVersion", ver)
	return nil
}

// Has reports whether a secret exists.
func (s *Service) Has(ctx context.Context, t api.Target) (bool, error) {
	return s.store.HasSecret(ctx, t.Kind, t.Owner, t.Name)
}

// secret reads and decrypts a secret (ok false when there is none).
func (s *Service) secret(ctx context.Context, kind string, owner common.Address, name string) (string, bool, error) {
	r, err := s.store.GetSecret(ctx, kind, owner, name)
	if errors.Is(err, ErrNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	p, err := s.keys.Decrypt(r.KeyVersion, r.Ciphertext, r.Nonce, AAD(kind, owner, name))
	if err != nil {
		return "", false, err
	}
	return string(p), true, nil
}

// Reencrypt rewraps every secret under the current master key.
func (s *Service) Reencrypt(ctx context.Context) (int, error) {
	n, err := s.store.Reencrypt(ctx, s.keys)
	if err == nil {
		s.log.Info("secrets rewrapped under the current master key", "n", n, "keyVersion", s.keys.Current())
	}
	return n, err
}

// sessionInfo is what is logged of a session.
type sessionInfo struct {
	task    common.Hash
	enclave common.Address
	format  string
}

// OpenSession checks a session request end to end and returns the task's secrets sealed
// to the enclave key. Each refusal is an *Error whose Code is an api.Code*. The task's
// deadline is checked against the chain's head block time, as the hub checks it.
func (s *Service) OpenSession(ctx context.Context, r api.SessionRequest) (resp api.SessionResponse, err error) {
	var info sessionInfo
	info.format = r.Evidence.Format
	defer func() {
		outcome := "opened"
		code := ""
		if err != nil {
			var e *Error
			if errors.As(err, &e) {
				code = e.Code
			} else {
				code = api.CodeInternal
			}
			outcome = "refused"
			s.m.sessionRefused(code)
		} else {
			s.m.sessionOpened()
		}
		attrs := []any{"deal", r.Deal.Hex(), "index", r.Index, "task", info.task.Hex(), "worker", r.Worker.Hex(),
			"enclave", info.enclave.Hex(), "format", info.format, "outcome", outcome}
		if err != nil {
			attrs = append(attrs, "code", code, "reason", err.Error())
			s.log.Warn("session", attrs...)
		} else {
			s.log.Info("session", attrs...)
		}
	}()
	chainID := s.chain.ChainID().Uint64()

	// The enclave key.
	pub, perr := seal.UnmarshalPublicKey(r.EnclavePublicKey)
	if perr != nil {
		return resp, refuse(400, api.CodeBadRequest, "enclavePublicKey: %v", perr)
	}
	enclave := crypto.PubkeyToAddress(*pub)
	info.enclave = enclave
	if r.Worker == (common.Address{}) {
		return resp, refuse(400, api.CodeBadRequest, "the request names no worker")
	}

	// b) The worker signed this very request.
	got, serr := personalSigner(api.SessionMessage(chainID, s.chain.Hub(), r, api.EvidenceDigest(r)), r.Signature)
	if serr != nil {
		return resp, refuse(401, api.CodeSignature, "the worker's signature does not verify: %v", serr)
	}
	if got != r.Worker {
		return resp, refuse(401, api.CodeSignature, "the request is signed by %s, not by the worker %s", got.Hex(), r.Worker.Hex())
	}

	// a) The nonce: issued to this worker, unused, unexpired; consumed now.
	task := common.Hash(protocol.TaskID(r.Deal, r.Index))
	info.task = task
	if cerr := s.store.ConsumeSessionNonce(ctx, r.Nonce, r.Worker, task, s.cfg.Now()); cerr != nil {
		return resp, challengeRefusal(cerr, "nonce", r.Nonce, r.Worker)
	}

	// c) The deal, the index, the task still open.
	deal, derr := s.deals.get(ctx, r.Deal, func(ctx context.Context, id common.Hash) (*sdk.Deal, error) { return s.chain.Deal(ctx, id) })
	if errors.Is(derr, sdk.ErrNotFound) {
		return resp, refuse(403, api.CodeTaskClosed, "no deal %s on this hub", r.Deal.Hex())
	}
	if derr != nil {
		return resp, unavailable(derr)
	}
	if r.Index < deal.BotFirst || r.Index-deal.BotFirst >= deal.BotSize {
		return resp, refuse(403, api.CodeTaskClosed, "deal %s has tasks %d to %d, not %d", r.Deal.Hex(), deal.BotFirst, deal.BotFirst+deal.BotSize-1, r.Index)
	}
	t, terr := s.chain.TaskOf(ctx, deal, r.Index)
	if terr != nil {
		return resp, unavailable(terr)
	}
	if t.Status.Final() {
		return resp, refuse(403, api.CodeTaskClosed, "task %s is %s: it needs no secrets any more", task.Hex(), t.Status)
	}
	head, herr := s.chain.Backend().HeaderByNumber(ctx, nil)
	if herr != nil {
		return resp, unavailable(herr)
	}
	if dl := deal.ContributionDeadline(); !time.Unix(int64(head.Time), 0).Before(dl) {
		return resp, refuse(403, api.CodeTaskClosed, "task %s is past its contribution deadline (%s)", task.Hex(), dl.Format(time.RFC3339))
	}

	// d) A TEE deal.
	if !deal.Tag.HasTEE() {
		return resp, refuse(403, api.CodeNotTEE, "deal %s does not ask for a TEE (tag %s): its tasks get no secrets", r.Deal.Hex(), deal.Tag)
	}

	// e) The scheduler authorized this worker, for this task, with this enclave.
	signer, aerr := protocol.AuthorizationSigner(r.Worker, task, enclave, r.Authorization)
	if aerr != nil {
		return resp, refuse(403, api.CodeAuthorization, "the scheduler's authorization does not verify: %v", aerr)
	}
	if signer != deal.WorkerpoolOwner {
		return resp, refuse(403, api.CodeAuthorization, "the authorization is not the workerpool owner's (%s) for worker %s, task %s and enclave %s",
			deal.WorkerpoolOwner.Hex(), r.Worker.Hex(), task.Hex(), enclave.Hex())
	}

	// f) The evidence: over this chain, task, enclave and nonce.
	rep, verr := s.verifier.Verify(ctx, r.Evidence, attest.ReportData(chainID, task, enclave, r.Nonce))
	if verr != nil {
		return resp, refuse(403, api.CodeAttestation, "the evidence is refused: %v", verr)
	}
	if rep.Insecure && !s.cfg.InsecureDevAttestation {
		return resp, refuse(403, api.CodeAttestation, "%v", attest.ErrInsecureRefused)
	}

	// g) The measurement: the app's enclave description and the pool policy.
	app, aperr := s.apps.get(ctx, deal.App, s.chain.App)
	if aperr != nil {
		return resp, unavailable(aperr)
	}
	var desc attest.EnclaveDescription
	if len(app.MrEnclave) == 0 {
		return resp, refuse(403, api.CodeMeasurement, "app %s declares no enclave description: no enclave may have its secrets", deal.App.Hex())
	}
	if jerr := json.Unmarshal(app.MrEnclave, &desc); jerr != nil {
		return resp, refuse(403, api.CodeMeasurement, "app %s's enclave description is not JSON like {\"framework\":\"tdx\",\"mrtd\":[…]}: %v", deal.App.Hex(), jerr)
	}
	if !strings.EqualFold(desc.Framework, "tdx") {
		return resp, refuse(403, api.CodeMeasurement, "app %s's enclave framework is %q; this SMS attests \"tdx\" only", deal.App.Hex(), desc.Framework)
	}
	if merr := desc.Allows(rep.Measurement); merr != nil {
		return resp, refuse(403, api.CodeMeasurement, "app %s's enclave description: %v", deal.App.Hex(), merr)
	}
	if perr := s.cfg.Policy.Check(deal.Workerpool, rep, s.cfg.InsecureDevAttestation); perr != nil {
		return resp, refuse(403, api.CodeMeasurement, "%v", perr)
	}

	// h) The secrets the deal uses.
	params, pperr := schedapi.ParseParams(deal.Params)
	if pperr != nil {
		return resp, refuse(400, api.CodeBadRequest, "%v", pperr)
	}
	var out api.Secrets
	if deal.HasDataset() {
		v, ok, gerr := s.secret(ctx, api.KindDatasetKey, deal.Dataset, "")
		if gerr != nil {
			return resp, internal(gerr)
		}
		if ok {
			out.DatasetKey = v
		}
	}
	if v, ok, gerr := s.secret(ctx, api.KindAppSecret, deal.App, ""); gerr != nil {
		return resp, internal(gerr)
	} else if ok {
		out.AppSecret = v
	}
	for _, name := range params.Secrets {
		v, ok, gerr := s.secret(ctx, api.KindRequesterSecret, deal.Requester, name)
		if gerr != nil {
			return resp, internal(gerr)
		}
		if !ok {
			return resp, refuse(409, api.CodeMissingSecret, "the deal needs requester secret %q of %s, which was never pushed", name, deal.Requester.Hex())
		}
		out.RequesterSecrets = append(out.RequesterSecrets, api.NamedSecret{Name: name, Value: v})
	}
	if params.EncryptResult {
		v, ok, gerr := s.secret(ctx, api.KindResultKey, deal.Beneficiary, "")
		if gerr != nil {
			return resp, internal(gerr)
		}
		if !ok {
			return resp, refuse(409, api.CodeMissingSecret, "the deal asks for encrypted results but the beneficiary %s pushed no result key", deal.Beneficiary.Hex())
		}
		out.ResultKey = v
	}
	plain, _ := json.Marshal(out)
	sealed, serr2 := seal.Seal(pub, plain)
	clear(plain)
	if serr2 != nil {
		return resp, internal(serr2)
	}
	return api.SessionResponse{Task: task, Sealed: sealed, Format: rep.Format, TCBStatus: rep.TCBStatus, Insecure: rep.Insecure}, nil
}

// Health is the service's state.
type Health struct {
	OK      bool   `json:"ok"`
	Store   string `json:"store"`
	ChainID uint64 `json:"chainId"`
	Hub     string `json:"hub"`
	Head    uint64 `json:"head"`
	Error   string `json:"error,omitempty"`
}

// Health checks that the store and the chain answer.
func (s *Service) Health(ctx context.Context) Health {
	h := Health{OK: true, Store: s.store.Name(), ChainID: s.chain.ChainID().Uint64(), Hub: s.chain.Hub().Hex()}
	var errs []string
	if err := s.store.Ping(ctx); err != nil {
		errs = append(errs, "store: "+err.Error())
	}
	n, err := s.chain.Backend().BlockNumber(ctx)
	if err != nil {
		errs = append(errs, "chain: "+err.Error())
	}
	h.Head = n
	if len(errs) > 0 {
		h.OK, h.Error = false, strings.Join(errs, "; ")
	}
	return h
}
