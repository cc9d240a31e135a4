package market

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/internal/ratelimit"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// Limits protect the market; a zero field means no limit.
type Limits struct {
	// OpenOrdersPerSigner is how many open orders of one kind a signer may have.
	OpenOrdersPerSigner int
	// MaxBodyBytes is the largest request body accepted.
	MaxBodyBytes int64
	// SignerRate and SignerBurst limit publications and unpublications per signer
	// (requests per second, and the burst allowed above it).
	SignerRate  float64
	SignerBurst int
	// ClientRate and ClientBurst limit the API calls per client IP address.
	ClientRate  float64
	ClientBurst int
}

// DefaultLimits are the limits of `poco market` unless told otherwise.
func DefaultLimits() Limits {
	return Limits{OpenOrdersPerSigner: 1000, MaxBodyBytes: 64 << 10, SignerRate: 10, SignerBurst: 50, ClientRate: 100, ClientBurst: 200}
}

// Config configures a Service.
type Config struct {
	// Chain is a client of the hub the market serves (read-only is enough).
	Chain *sdk.Client
	// Store keeps the book; the Service does not close it.
	Store  Store
	Limits Limits
	// PollInterval is how often Run looks for new blocks (default 2 s).
	PollInterval time.Duration
	// Confirmations: events are applied once this many blocks deep (default 0).
	Confirmations uint64
	// StartBlock is where to start reading events when the store has no cursor yet
	// (nil: the chain's head at the first start; orders are checked against the chain's
	// current state when published, so earlier events do not matter).
	StartBlock *uint64
	// ChallengeTTL is how long an unpublish challenge may be used (default 1 minute).
	ChallengeTTL time.Duration
	Logger       *slog.Logger
}

// Service is the market: it checks and keeps orders, follows the chain to keep them
// current, and serves the HTTP API (Handler).
type Service struct {
	cfg    Config
	chain  *sdk.Client
	store  Store
	log    *slog.Logger
	signer *ratelimit.Limiter
	client *ratelimit.Limiter
	hub    *broker
	m      *metrics

	syncMu sync.Mutex
	// applyMu orders publications and Sync's rechecks: a publication checks and stores
	// an order under a read lock; apply collects the orders its events concern and
	// empties the head cache under the write lock. So an order stored while blocks are
	// applied either is collected, or was checked at a state that includes them, and an
	// order's stored remaining volume is the chain's as of the blocks applied (see
	// recheck).
	applyMu sync.RWMutex
	stateMu sync.Mutex
	head    uint64
	syncErr error
	synced  time.Time

	chMu       sync.Mutex
	challenges map[string]challenge

	catMu      sync.Mutex
	categories []protocol.Category

	cache headCache // chain reads at the current head (see headCache)
	// heads carries the newest announced head number to Run (followHeads; a buffer of
	// one, the older number replaced). syncOnPoll (tests that call Sync themselves):
	// Run does not sync on announced heads.
	heads      chan uint64
	syncOnPoll bool
}

type challenge struct {
	addr    common.Address
	expires time.Time
}

// New makes a Service. Call Run (or Sync) to follow the chain.
func New(cfg Config) (*Service, error) {
	if cfg.Chain == nil || cfg.Store == nil {
		return nil, errors.New("market: a chain client and a store are needed")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 2 * time.Second
	}
	if cfg.ChallengeTTL <= 0 {
		cfg.ChallengeTTL = time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	s := &Service{
		cfg: cfg, chain: cfg.Chain, store: cfg.Store, log: cfg.Logger,
		signer:     ratelimit.New(cfg.Limits.SignerRate, cfg.Limits.SignerBurst),
		client:     ratelimit.New(cfg.Limits.ClientRate, cfg.Limits.ClientBurst),
		hub:        newBroker(),
		m:          newMetrics(),
		heads:      make(chan uint64, 1),
		challenges: map[string]challenge{},
	}
	return s, nil
}

// Error is a refusal of the market: an HTTP status, a stable code and a sentence.
type Error struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"error"`
}

func (e *Error) Error() string { return e.Message }

// Error codes.
const (
	CodeBadRequest        = "bad-request"
	CodeBadOrder          = "bad-order"
	CodeUnknownAsset      = "unknown-asset"
	CodeBadSignature      = "bad-signature"
	CodeNoVolume          = "no-volume"
	CodeInsufficientFunds = "insufficient-funds"
	CodeTooManyOrders     = "too-many-orders"
	CodeRateLimited       = "rate-limited"
	CodeBodyTooLarge      = "body-too-large"
	CodeNotFound          = "not-found"
	CodeUnauthorized      = "unauthorized"
	CodeForbidden         = "forbidden"
	CodeUnavailable       = "unavailable"
)

func refuse(status int, code, format string, args ...any) *Error {
	return &Error{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// where names the market's chain and hub, for messages.
func (s *Service) where() string {
	return fmt.Sprintf("chain %s, hub %s", s.chain.ChainID(), s.chain.Hub().Hex())
}

// reads says how the chain is read by a check: from the head's cache where it holds the
// value (cached), and whether a cached value was used (hit).
type reads struct {
	cached bool
	hit    bool
	gen    uint64 // the cache's generation when the check began
}

// newReads starts a check's reads, from the cache if useCache.
func (s *Service) newReads(useCache bool) *reads {
	gen, live := s.cache.snapshot()
	return &reads{cached: useCache && live, gen: gen}
}

// owner is who must sign the order: the asset's current owner (zero if it is not
// registered) or the requester.
func (s *Service) owner(ctx context.Context, r *reads, kind sdk.OrderKind, asset, requester common.Address) (common.Address, error) {
	k := ownerKey{kind, asset}
	if kind != sdk.KindRequest && r.cached {
		if a, ok := s.cache.owner(k); ok {
			r.hit = true
			return a, nil
		}
	}
	var (
		a   common.Address
		err error
	)
	switch kind {
	case sdk.KindApp:
		a, err = s.chain.AppOwner(ctx, asset)
	case sdk.KindDataset:
		a, err = s.chain.DatasetOwner(ctx, asset)
	case sdk.KindWorkerpool:
		a, err = s.chain.WorkerpoolOwner(ctx, asset)
	default:
		return requester, nil
	}
	if err == nil {
		s.cache.putOwner(r.gen, k, a)
	}
	return a, err
}

// free is what addr has free in the hub.
func (s *Service) free(ctx context.Context, r *reads, addr common.Address) (*big.Int, error) {
	if r.cached {
		if f, ok := s.cache.freeOf(addr); ok {
			r.hit = true
			return f, nil
		}
	}
	bal, err := s.chain.Account(ctx, addr)
	if err != nil {
		return nil, err
	}
	s.cache.putFree(r.gen, addr, bal.Free)
	return bal.Free, nil
}

// need is what the signer must keep free for the order's remaining volume: the pool
// stake (PoolStakePercent of the price per task) for a workerpool order, the maximum
// prices for a request order, nothing for app and dataset orders.
func need(so sdk.SignedOrder, remaining uint64) (*big.Int, string) {
	n := new(big.Int).SetUint64(remaining)
	switch v := so.Unsigned().(type) {
	case protocol.WorkerpoolOrder:
		stake := new(big.Int).Mul(bigU(v.WorkerpoolPrice), big.NewInt(sdk.PoolStakePercent))
		stake.Div(stake, big.NewInt(100)).Mul(stake, n)
		return stake, fmt.Sprintf("the pool stake for its %d remaining tasks (%d%% of the price per task)", remaining, sdk.PoolStakePercent)
	case protocol.RequestOrder:
		p := new(big.Int).Add(bigU(v.AppMaxPrice), bigU(v.DatasetMaxPrice))
		p.Add(p, bigU(v.WorkerpoolMaxPrice)).Mul(p, n)
		return p, fmt.Sprintf("the most its %d remaining tasks may cost (app, dataset and workerpool maximum prices)", remaining)
	}
	return nil, ""
}

func (s *Service) remaining(ctx context.Context, r *reads, o *Order) (uint64, error) {
	used, ok := (*big.Int)(nil), false
	if r.cached {
		if used, ok = s.cache.consumedOf(o.Hash); ok {
			r.hit = true
		}
	}
	if !ok {
		var err error
		if used, err = s.chain.Consumed(ctx, o.Hash); err != nil {
			return 0, err
		}
		s.cache.putConsumed(r.gen, o.Hash, used)
	}
	if used.Cmp(new(big.Int).SetUint64(o.Volume)) >= 0 {
		return 0, nil
	}
	return o.Volume - used.Uint64(), nil
}

// errCachedOwner is checkOnChain's answer when the owner cached at this head is not the
// order's signer: publish then checks the order against the chain again.
var errCachedOwner = errors.New("market: the order's signer is not the cached owner")

func unavailable(err error) *Error {
	return refuse(503, CodeUnavailable, "the market cannot read the chain now: %v", err)
}

// Publish checks a signed order against the chain and puts it in the book. It is
// refused (an *Error saying why) unless the signature is its owner's for this chain and
// hub, the asset is the signer's, volume is left on chain and the signer can pay.
// Publishing an order already in the book checks it again and keeps its rank.
func (s *Service) Publish(ctx context.Context, so sdk.SignedOrder) (*Order, error) {
	o, err := s.publish(ctx, so)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			s.m.refused(e.Code)
		}
		return nil, err
	}
	s.m.published(o.Kind)
	return o, nil
}

func (s *Service) publish(ctx context.Context, so sdk.SignedOrder) (*Order, error) {
	if so == nil {
		return nil, refuse(400, CodeBadOrder, "no order given")
	}
	if err := so.Unsigned().Validate(); err != nil {
		return nil, refuse(400, CodeBadOrder, "the %s is not valid: %v", so.Kind(), err)
	}
	o, err := newOrder(so, s.chain.Domain())
	if err != nil {
		return nil, refuse(400, CodeBadOrder, "%v", err)
	}
	kind, h := o.Kind, o.Hash.Hex()
	var requester common.Address
	if r, ok := so.Unsigned().(protocol.RequestOrder); ok {
		requester = r.Requester
		if requester == (common.Address{}) {
			return nil, refuse(400, CodeBadOrder, "the request order %s names no requester", h)
		}
	}
	// The signer, as far as the signature tells, for the rate limit.
	var recovered common.Address
	var recoverErr error
	if sig := so.Signature(); len(sig) > 0 {
		recovered, recoverErr = protocol.RecoverSigner(o.Hash, sig)
		if recoverErr != nil {
			return nil, refuse(400, CodeBadSignature, "the signature of the %s %s is malformed (%v): sign it again with its owner's key", kind, h, recoverErr)
		}
		if !s.signer.Allow(recovered.Hex()) {
			return nil, refuse(429, CodeRateLimited, "too many publications by %s: at most %g a second (burst %d); try again in a moment", recovered.Hex(), s.cfg.Limits.SignerRate, s.cfg.Limits.SignerBurst)
		}
	}
	// The checks against the chain, first with the values read at this head if the market
	// has them; a refusal is only given after reading the chain again.
	s.applyMu.RLock()
	defer s.applyMu.RUnlock()
	r := s.newReads(len(so.Signature()) > 0)
	err = s.checkOnChain(ctx, r, so, o, recovered, requester)
	if r.hit && err != nil {
		err = s.checkOnChain(ctx, s.newReads(false), so, o, recovered, requester)
	}
	if err != nil {
		return nil, err
	}
	owner := o.Signer
	prev, err := s.store.Get(ctx, o.Hash)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if limit := s.cfg.Limits.OpenOrdersPerSigner; limit > 0 && (prev == nil || prev.Status != StatusOpen) {
		n, err := s.store.CountOpen(ctx, owner, kind)
		if err != nil {
			return nil, err
		}
		if n >= limit {
			return nil, refuse(429, CodeTooManyOrders, "%s already has %d open %ss in this market, the most it allows: unpublish some first (poco order unpublish)", owner.Hex(), n, kind)
		}
	}
	stored, err := s.store.Put(ctx, o)
	if err != nil {
		return nil, err
	}
	if prev == nil {
		s.hub.publish(Change{Type: ChangePublished, Order: stored})
	} else if prev.Status != stored.Status || prev.Remaining != stored.Remaining {
		s.hub.publish(Change{Type: ChangeUpdated, Order: stored})
	}
	return stored, nil
}

// checkOnChain checks an order against the chain's state: its asset is registered, its
// signature is its owner's (or the owner presigned it or, a contract, accepts it), volume
// is left and the owner can pay. It sets o.Signer and o.Remaining.
func (s *Service) checkOnChain(ctx context.Context, r *reads, so sdk.SignedOrder, o *Order, recovered, requester common.Address) error {
	kind, h := o.Kind, o.Hash.Hex()
	owner, err := s.owner(ctx, r, kind, o.Asset, requester)
	if err != nil {
		return unavailable(err)
	}
	if r.hit && (owner == (common.Address{}) || len(so.Signature()) == 0 || recovered != owner) {
		// Not the owner this head's reads found: the chain decides (publish reads it again).
		return errCachedOwner
	}
	if owner == (common.Address{}) {
		return refuse(422, CodeUnknownAsset, "the %s %s of the %s %s is not registered on this hub (%s): register it first, or publish to the market of the chain it is on", kind.Asset(), o.Asset.Hex(), kind, h, s.where())
	}
	if len(so.Signature()) == 0 && !s.signer.Allow(owner.Hex()) {
		return refuse(429, CodeRateLimited, "too many publications by %s: at most %g a second (burst %d); try again in a moment", owner.Hex(), s.cfg.Limits.SignerRate, s.cfg.Limits.SignerBurst)
	}
	if len(so.Signature()) == 0 || recovered != owner {
		// Presigned, or signed by someone else: a contract owner (ERC-1271) or a presign
		// may still make it valid.
		if err := s.chain.CheckSignature(ctx, so); err != nil {
			if sdk.CodeOf(err) != "PocoInvalidSignature" {
				return unavailable(err)
			}
			switch {
			case len(so.Signature()) == 0:
				return refuse(403, CodeBadSignature, "the %s %s has no signature and is not presigned on chain by %s, who must sign it", kind, h, owner.Hex())
			case kind == sdk.KindRequest:
				return refuse(403, CodeBadSignature, "the request order %s is signed by %s, not by its requester %s (or it was signed for another chain or hub: this market serves %s)", h, recovered.Hex(), owner.Hex(), s.where())
			default:
				return refuse(403, CodeBadSignature, "the %s %s is signed by %s, but the %s %s belongs to %s: only an asset's owner may publish its orders (or the order was signed for another chain or hub: this market serves %s)",
					kind, h, recovered.Hex(), kind.Asset(), o.Asset.Hex(), owner.Hex(), s.where())
			}
		}
	}
	o.Signer = owner
	rem, err := s.remaining(ctx, r, o)
	if err != nil {
		return unavailable(err)
	}
	if rem == 0 {
		return refuse(422, CodeNoVolume, "the %s %s has no volume left on chain: its %d tasks are used by deals, or it was cancelled", kind, h, o.Volume)
	}
	o.Remaining = rem
	if needed, what := need(so, rem); needed != nil && needed.Sign() > 0 {
		free, err := s.free(ctx, r, owner)
		if err != nil {
			return unavailable(err)
		}
		if free.Cmp(needed) < 0 {
			who := "the workerpool owner"
			if kind == sdk.KindRequest {
				who = "the requester"
			}
			return refuse(422, CodeInsufficientFunds, "%s %s has %s free in the hub, less than %s of the %s %s, %s: deposit %s more (poco account deposit)",
				who, owner.Hex(), sdk.FormatRLC(free), what, kind, h, sdk.FormatRLC(needed), sdk.FormatRLC(new(big.Int).Sub(needed, free)))
		}
	}
	return nil
}

// ───────────────────────────── unpublish ─────────────────────────────

// Challenge is a one-time text an address signs (EIP-191 personal message) to unpublish
// its orders.
type Challenge struct {
	Address   common.Address `json:"address"`
	Challenge string         `json:"challenge"`
	Expires   time.Time      `json:"expires"`
}

// ChallengeDigest is the digest signed: the EIP-191 personal-message hash of the text
// (what wallets show as "Sign message").
func ChallengeDigest(text string) [32]byte {
	var d [32]byte
	copy(d[:], accounts.TextHash([]byte(text)))
	return d
}

// NewChallenge returns a challenge for addr, valid for Config.ChallengeTTL.
func (s *Service) NewChallenge(addr common.Address) Challenge {
	var nonce [16]byte
	_, _ = rand.Read(nonce[:])
	exp := time.Now().Add(s.cfg.ChallengeTTL).UTC().Truncate(time.Second)
	text := fmt.Sprintf("Poco market: unpublish orders of %s on chain %s, hub %s.\nNonce: %s\nExpires: %s",
		addr.Hex(), s.chain.ChainID(), s.chain.Hub().Hex(), hex.EncodeToString(nonce[:]), exp.Format(time.RFC3339))
	s.chMu.Lock()
	defer s.chMu.Unlock()
	now := time.Now()
	for k, c := range s.challenges {
		if now.After(c.expires) {
			delete(s.challenges, k)
		}
	}
	s.challenges[text] = challenge{addr: addr, expires: exp}
	return Challenge{Address: addr, Challenge: text, Expires: exp}
}

// Unpublish is a signed request to take orders out of the book: one order (Hash), several
// (Hashes: at most MaxUnpublish, those not in the book skipped), or all the signer's
// orders of Kind (All).
type Unpublish struct {
	Address   common.Address `json:"address"`
	Challenge string         `json:"challenge"`
	Signature hexutil.Bytes  `json:"signature"`
	Hash      *common.Hash   `json:"hash,omitempty"`
	Hashes    []common.Hash  `json:"hashes,omitempty"`
	Kind      *sdk.OrderKind `json:"kind,omitempty"`
	All       bool           `json:"all,omitempty"`
}

// MaxUnpublish is the most orders one request may name (Unpublish.Hashes).
const MaxUnpublish = 500

// authenticate checks the challenge's signature and uses the challenge up.
func (s *Service) authenticate(u Unpublish) error {
	s.chMu.Lock()
	c, ok := s.challenges[u.Challenge]
	if ok {
		delete(s.challenges, u.Challenge)
	}
	s.chMu.Unlock()
	switch {
	case !ok:
		return refuse(401, CodeUnauthorized, "unknown or already used challenge: ask for a new one (POST /v1/challenge) and sign it")
	case time.Now().After(c.expires):
		return refuse(401, CodeUnauthorized, "the challenge expired at %s: ask for a new one and sign it at once", c.expires.Format(time.RFC3339))
	case c.addr != u.Address:
		return refuse(401, CodeUnauthorized, "the challenge was made for %s, not for %s", c.addr.Hex(), u.Address.Hex())
	}
	d := ChallengeDigest(u.Challenge)
	sig := append([]byte(nil), u.Signature...)
	if len(sig) == 65 && sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(d[:], sig)
	if err != nil || len(sig) != 65 {
		return refuse(401, CodeUnauthorized, "the challenge's signature is malformed: sign the challenge text as a personal message (EIP-191) with the key of %s", u.Address.Hex())
	}
	if got := crypto.PubkeyToAddress(*pub); got != u.Address {
		return refuse(401, CodeUnauthorized, "the challenge is signed by %s, not by %s", got.Hex(), u.Address.Hex())
	}
	return nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Unpublish takes orders out of the book, after checking the signed challenge. It
// returns the hashes removed.
func (s *Service) Unpublish(ctx context.Context, u Unpublish) ([]common.Hash, error) {
	if !s.signer.Allow(u.Address.Hex()) {
		return nil, refuse(429, CodeRateLimited, "too many requests by %s: try again in a moment", u.Address.Hex())
	}
	if n := btoi(u.Hash != nil) + btoi(len(u.Hashes) > 0) + btoi(u.All); n != 1 {
		return nil, refuse(400, CodeBadRequest, "say what to unpublish: a hash, hashes, or all with a kind (one of them)")
	}
	if len(u.Hashes) > MaxUnpublish {
		return nil, refuse(400, CodeBadRequest, "%d hashes to unpublish: at most %d a request", len(u.Hashes), MaxUnpublish)
	}
	if u.All && u.Kind == nil {
		return nil, refuse(400, CodeBadRequest, "to unpublish all your orders, say of which kind: app, dataset, workerpool or request")
	}
	if err := s.authenticate(u); err != nil {
		return nil, err
	}
	var hs []common.Hash
	switch {
	case len(u.Hashes) > 0:
		os, err := s.store.GetMany(ctx, u.Hashes)
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			if o.Signer != u.Address {
				return nil, refuse(403, CodeForbidden, "the %s %s was published by %s: %s cannot unpublish it (nothing was unpublished)", o.Kind, o.Hash.Hex(), o.Signer.Hex(), u.Address.Hex())
			}
			hs = append(hs, o.Hash)
		}
	case u.Hash != nil:
		o, err := s.store.Get(ctx, *u.Hash)
		if errors.Is(err, ErrNotFound) {
			return nil, refuse(404, CodeNotFound, "no order %s in this market", u.Hash.Hex())
		}
		if err != nil {
			return nil, err
		}
		if o.Signer != u.Address {
			return nil, refuse(403, CodeForbidden, "the %s %s was published by %s: %s cannot unpublish it", o.Kind, o.Hash.Hex(), o.Signer.Hex(), u.Address.Hex())
		}
		hs = []common.Hash{o.Hash}
	default:
		os, err := s.store.BySigner(ctx, u.Address, []sdk.OrderKind{*u.Kind}, nil)
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			hs = append(hs, o.Hash)
		}
	}
	removed, err := s.store.Delete(ctx, hs)
	if err != nil {
		return nil, err
	}
	for _, h := range removed {
		s.hub.publish(Change{Type: ChangeRemoved, Hash: h})
	}
	s.m.unpublished(len(removed))
	if removed == nil {
		removed = []common.Hash{}
	}
	return removed, nil
}

// ───────────────────────────── reads ─────────────────────────────

// Query returns a page of the book (see Store.Query).
func (s *Service) Query(ctx context.Context, kind sdk.OrderKind, f Filter) (*Page, error) {
	return s.store.Query(ctx, kind, f)
}

// Order returns one order of the book, whatever its status.
func (s *Service) Order(ctx context.Context, h common.Hash) (*Order, error) {
	o, err := s.store.Get(ctx, h)
	if errors.Is(err, ErrNotFound) {
		return nil, refuse(404, CodeNotFound, "no order %s in this market", h.Hex())
	}
	return o, err
}

// Categories lists the hub's categories (cached; refreshed when one is created).
func (s *Service) Categories(ctx context.Context) ([]protocol.Category, error) {
	s.catMu.Lock()
	defer s.catMu.Unlock()
	if s.categories != nil {
		return s.categories, nil
	}
	cats, err := s.chain.Categories(ctx)
	if err != nil {
		return nil, unavailable(err)
	}
	s.categories = cats
	return cats, nil
}

// ───────────────────────────── following the chain ─────────────────────────────

var transferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// followedTopics are the events apply reads: the hub's that change an order's state or
// its signer's balance, or the categories, and the registries' transfers (the hub emits
// no Transfer).
var followedTopics = func() []common.Hash {
	a, err := bindings.PocoMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	out := []common.Hash{transferTopic}
	for _, name := range []string{"OrdersMatched", "OrderCancelled", "Deposit", "Withdraw", "Lock", "Unlock", "Seize", "Reward", "Release", "CategoryCreated"} {
		ev, ok := a.Events[name]
		if !ok {
			panic("market: the hub's ABI has no event " + name)
		}
		out = append(out, ev.ID)
	}
	return out
}()

// Run follows the chain until ctx ends, applying its events to the book. It also
// follows the chain's heads where the connection can subscribe to them: each announced
// head is applied at once (without asking the node for its head number), and the checks
// of the orders published in one block read each value once (see headCache). While heads
// are announced, the node is polled only when none came for headSilence (a stalled
// subscription); otherwise every PollInterval.
func (s *Service) Run(ctx context.Context) error {
	go s.followHeads(ctx)
	var announced *uint64
	for {
		var err error
		if announced != nil {
			err = s.SyncTo(ctx, *announced)
		} else {
			err = s.Sync(ctx)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.log.Warn("market: following the chain", "err", err)
		}
		wait := s.cfg.PollInterval
		if _, live := s.cache.snapshot(); live {
			wait = max(wait, headSilence)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case h := <-s.heads:
			announced = &h
		case <-time.After(wait):
			announced = nil
		}
	}
}

// headSilence is how long Run waits for an announced head before it asks the node for
// its head number anyway.
const headSilence = 30 * time.Second

// Sync applies the events of every block up to the chain's head (less the
// confirmations) that it has not applied yet, and saves where it stopped.
func (s *Service) Sync(ctx context.Context) error { return s.syncUpTo(ctx, nil) }

// SyncTo is Sync with head as the chain's head, as a head subscription announced it.
func (s *Service) SyncTo(ctx context.Context, head uint64) error { return s.syncUpTo(ctx, &head) }

func (s *Service) syncUpTo(ctx context.Context, head *uint64) error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	err := s.sync(ctx, head)
	s.stateMu.Lock()
	s.syncErr = err
	if err == nil {
		s.synced = time.Now()
	}
	s.stateMu.Unlock()
	return err
}

// sync is Sync under syncMu; known, when set, is the chain's head as announced.
func (s *Service) sync(ctx context.Context, known *uint64) error {
	var head uint64
	if known != nil {
		head = *known
	} else {
		n, err := s.chain.BlockNumber(ctx)
		if err != nil {
			return err
		}
		head = n
	}
	s.stateMu.Lock()
	s.head = head
	s.stateMu.Unlock()
	s.m.setHead(head)
	next, ok, err := s.store.Cursor(ctx)
	if err != nil {
		return err
	}
	if !ok {
		next = head + 1
		if s.cfg.StartBlock != nil {
			next = *s.cfg.StartBlock
		}
		if err := s.store.SetCursor(ctx, next); err != nil {
			return err
		}
	}
	if head < s.cfg.Confirmations {
		return nil
	}
	safe := head - s.cfg.Confirmations
	for next <= safe {
		to := min(safe, next+999)
		if err := s.apply(ctx, next, to); err != nil {
			return fmt.Errorf("blocks %d to %d: %w", next, to, err)
		}
		next = to + 1
		if err := s.store.SetCursor(ctx, next); err != nil {
			return err
		}
		s.m.setCursor(next)
	}
	return nil
}

// Cursor is the next block the service will read.
func (s *Service) Cursor(ctx context.Context) (uint64, error) {
	n, _, err := s.store.Cursor(ctx)
	return n, err
}

// apply reads the hub's and the registries' events of blocks from..to and brings the
// orders they concern up to date.
func (s *Service) apply(ctx context.Context, from, to uint64) error {
	// One read: the hub's events the market follows (not the tasks' own, several per
	// task) and the registries' transfers.
	all, err := s.chain.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{s.chain.Hub(), s.chain.AppRegistry(), s.chain.DatasetRegistry(), s.chain.WorkerpoolRegistry()},
		Topics:    [][]common.Hash{followedTopics},
	})
	if err != nil {
		return fmt.Errorf("reading the hub's and the registries' logs: %w", err)
	}
	var (
		evs  []sdk.Event
		logs []types.Log
	)
	for _, l := range all {
		if l.Address != s.chain.Hub() {
			logs = append(logs, l)
			continue
		}
		ev, err := s.chain.DecodeEvent(l)
		if err != nil {
			return err
		}
		evs = append(evs, ev)
	}
	var (
		cancelled []common.Hash
		matched   []common.Hash
		accounts  = map[common.Address]bool{}
		assets    = map[common.Address]bool{}
	)
	for _, ev := range evs {
		s.m.event()
		switch e := ev.(type) {
		case *sdk.OrdersMatchedEvent:
			if err := s.store.PutDeal(ctx, e.Deal); err != nil {
				return err
			}
			for _, h := range e.Deal.OrderHashes {
				if h != (common.Hash{}) {
					matched = append(matched, h)
				}
			}
		case *sdk.OrderCancelledEvent:
			cancelled = append(cancelled, e.OrderHash)
		case *sdk.DepositEvent:
			accounts[e.Owner] = true
		case *sdk.WithdrawEvent:
			accounts[e.Owner] = true
		case *sdk.LockEvent:
			accounts[e.Owner] = true
		case *sdk.UnlockEvent:
			accounts[e.Owner] = true
		case *sdk.SeizeEvent:
			accounts[e.Owner] = true
		case *sdk.RewardEvent:
			accounts[e.Owner] = true
		case *sdk.ReleaseEvent: // a worker's vested rewards, now free
			accounts[e.Worker] = true
		case *sdk.CategoryCreatedEvent:
			s.catMu.Lock()
			s.categories = nil
			s.catMu.Unlock()
		}
	}
	for _, l := range logs {
		if len(l.Topics) == 4 && l.Topics[0] == transferTopic {
			s.m.event()
			assets[common.BytesToAddress(l.Topics[3].Bytes())] = true
		}
	}
	check, why, err := s.collect(ctx, cancelled, matched, accounts, assets)
	if err != nil {
		return err
	}
	r := s.newReads(true)
	free := map[common.Address]*big.Int{}
	for h, o := range check {
		if o.Status != StatusOpen && o.Status != StatusDead {
			continue
		}
		if err := s.recheck(ctx, r, o, why[h], free); err != nil {
			return err
		}
	}
	return nil
}

// collect marks the cancelled orders of the blocks apply applies and returns the orders
// to check again, each with what moved; it empties the head cache. It holds applyMu: a
// publication checked before these blocks is in the store (and collected if they concern
// it), one checked after reads a state that includes them.
func (s *Service) collect(ctx context.Context, cancelled, matched []common.Hash, accounts, assets map[common.Address]bool) (map[common.Hash]*Order, map[common.Hash]moved, error) {
	s.applyMu.Lock()
	defer s.applyMu.Unlock()
	if len(cancelled) > 0 {
		os, err := s.store.GetMany(ctx, cancelled)
		if err != nil {
			return nil, nil, err
		}
		for _, o := range os {
			if o.Status == StatusCancelled {
				continue
			}
			up, err := s.store.SetState(ctx, o.Hash, StatusCancelled, "", 0)
			if err != nil {
				return nil, nil, err
			}
			s.hub.publish(Change{Type: ChangeUpdated, Order: up})
		}
	}
	// Orders to check again: matched ones, those of accounts whose balance moved, those
	// of assets that changed hands, each with what moved (see recheck).
	check := map[common.Hash]*Order{}
	why := map[common.Hash]moved{}
	add := func(os []*Order, m moved) {
		for _, o := range os {
			check[o.Hash] = o
			why[o.Hash] |= m
		}
	}
	live := []Status{StatusOpen, StatusDead}
	if len(matched) > 0 {
		os, err := s.store.GetMany(ctx, matched)
		if err != nil {
			return nil, nil, err
		}
		add(os, movedConsumed)
	}
	for a := range accounts {
		os, err := s.store.BySigner(ctx, a, []sdk.OrderKind{sdk.KindWorkerpool, sdk.KindRequest}, live)
		if err != nil {
			return nil, nil, err
		}
		add(os, movedBalance)
	}
	for a := range assets {
		os, err := s.store.ByAsset(ctx, a, live)
		if err != nil {
			return nil, nil, err
		}
		add(os, movedOwner)
	}
	// The values cached before these blocks were applied may not show them: read the
	// chain again (once per owner, account and order, while no new head comes).
	s.cache.invalidate()
	return check, why, nil
}

// moved says what the events of the blocks Sync applies changed for an order: its
// consumed volume (an OrdersMatched names it), its signer's free balance (a deposit,
// withdrawal, lock, unlock, seizure, reward or release of vested rewards of the signer),
// its asset's owner (a registry's Transfer).
type moved uint8

const (
	movedConsumed moved = 1 << iota
	movedBalance
	movedOwner
)

// recheck reads an order's state on chain and updates it in the book.
//
// An open order is read again only for what moved: its consumed volume changes only by a
// match (OrdersMatched names its hash) or a cancellation (OrderCancelled, applied before
// the rechecks), its asset's owner only by a registry's Transfer, and Sync applies every
// block, so what did not move is what the market last read (at publication, or at the
// last recheck, both at a state no older than the blocks Sync had applied then). Before
// it is found dead for its signer's balance, its consumed volume is read too (a refusal
// reads the chain); a dead order is read whole before it is listed again.
func (s *Service) recheck(ctx context.Context, r *reads, o *Order, m moved, free map[common.Address]*big.Int) error {
	so, err := o.SignedOrder()
	if err != nil {
		return err
	}
	all := o.Status != StatusOpen || o.Remaining == 0
	st, reason := StatusOpen, ""
	rem, readRem := o.Remaining, all || m&movedConsumed != 0
	if readRem {
		if rem, err = s.remaining(ctx, r, o); err != nil {
			return err
		}
	}
	if rem == 0 {
		st = StatusFilled
	}
	if st == StatusOpen && o.Kind != sdk.KindRequest && (all || m&movedOwner != 0) {
		owner, err := s.owner(ctx, r, o.Kind, o.Asset, common.Address{})
		if err != nil {
			return err
		}
		if owner != o.Signer {
			st, reason = StatusDead, fmt.Sprintf("the %s %s now belongs to %s, not to the order's signer %s", o.Kind.Asset(), o.Asset.Hex(), owner.Hex(), o.Signer.Hex())
		}
	}
	if st == StatusOpen {
		if needed, what := need(so, rem); needed != nil && needed.Sign() > 0 {
			f, ok := free[o.Signer]
			if !ok {
				if f, err = s.free(ctx, r, o.Signer); err != nil {
					return err
				}
				free[o.Signer] = f
			}
			if f.Cmp(needed) < 0 && !readRem {
				// Short for the volume last read: read it before finding the order dead.
				if rem, err = s.remaining(ctx, r, o); err != nil {
					return err
				}
				needed, what = need(so, rem)
			}
			switch {
			case rem == 0:
				st = StatusFilled
			case f.Cmp(needed) < 0:
				st, reason = StatusDead, fmt.Sprintf("its signer %s has %s free in the hub, less than %s, %s", o.Signer.Hex(), sdk.FormatRLC(f), what, sdk.FormatRLC(needed))
			}
		}
	}
	if st == o.Status && rem == o.Remaining && reason == o.Reason {
		return nil
	}
	up, err := s.store.SetState(ctx, o.Hash, st, reason, rem)
	if err != nil {
		return err
	}
	s.hub.publish(Change{Type: ChangeUpdated, Order: up})
	return nil
}

// Health is the service's state.
type Health struct {
	OK       bool   `json:"ok"`
	Store    string `json:"store"`
	ChainID  uint64 `json:"chainId"`
	Hub      string `json:"hub"`
	Head     uint64 `json:"head"`
	Cursor   uint64 `json:"cursor"`
	LastSync string `json:"lastSync,omitempty"`
	Error    string `json:"error,omitempty"`
}

// Health reports whether the service can serve: its store answers and its last sync
// with the chain succeeded.
func (s *Service) Health(ctx context.Context) Health {
	h := Health{OK: true, Store: s.store.Name(), ChainID: s.chain.ChainID().Uint64(), Hub: s.chain.Hub().Hex()}
	s.stateMu.Lock()
	h.Head = s.head
	if !s.synced.IsZero() {
		h.LastSync = s.synced.UTC().Format(time.RFC3339)
	}
	if s.syncErr != nil {
		h.OK, h.Error = false, "following the chain: "+s.syncErr.Error()
	}
	s.stateMu.Unlock()
	c, err := s.Cursor(ctx)
	if err != nil {
		h.OK, h.Error = false, "store: "+err.Error()
	}
	h.Cursor = c
	return h
}
