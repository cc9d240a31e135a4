package bridge

// The validator daemon (`poco bridge`, docs/bridge.md "Validators"). Each round, for each
// direction (deposit: main → side; withdraw: side → main), it
//
//  1. reads the source bridge's outgoing transfers up to the head minus the confirmation
//     depth, records each with the digest it will sign (SQLite, before signing), then
//     signs it;
//  2. for each transfer not yet executed: notes it executed if the destination says so;
//     refuses it if the source no longer shows it (a reorganization deeper than the
//     depth); else gathers its peers' signatures through their relays (GET /v1/transfers/…),
//     keeping only those that recover to a member of the destination's current validator
//     set, and once it holds the threshold, waits its turn (its position in the validator
//     list × the stagger) and submits execute — "already executed" counts as done.
//
// A transfer is only ever signed from its recorded digest: a restarted validator signs
// the same digest again (the same bytes: RFC 6979), and a source that later shows another
// transfer under a recorded nonce is refused (ErrConflict), loudly.

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
)

// Defaults of Config.
const (
	DefaultConfirmations = 12
	DefaultPoll          = 5 * time.Second
	DefaultStagger       = 15 * time.Second
	DefaultListen        = "127.0.0.1:8791"
	DefaultMaxRange      = 2000
	peerTimeout          = 5 * time.Second
)

// Chain is one side of the bridge as a validator uses it: the bridge contract there as a
// source of transfers and as the destination that executes them. *Endpoint is one; the
// tests also use an in-memory one.
type Chain interface {
	ChainID() *big.Int
	// Domain is the EIP-712 domain of this chain's bridge contract.
	Domain() protocol.Domain
	Head(ctx context.Context) (uint64, error)
	// Outgoing are the TransferOut events of blocks from..to, in order.
	Outgoing(ctx context.Context, from, to uint64) ([]Outgoing, error)
	Executed(ctx context.Context, nonce *big.Int) (bool, error)
	// Execute submits t with sigs; ErrAlreadyExecuted (wrapped) when it already executed.
	Execute(ctx context.Context, key *ecdsa.PrivateKey, t Transfer, sigs [][]byte) (common.Hash, error)
	ValidatorSet(ctx context.Context) (validators []common.Address, threshold, epoch uint64, err error)
}

var _ Chain = (*Endpoint)(nil)

// Config configures a Validator.
type Config struct {
	Key        *ecdsa.PrivateKey // the validator's key: signs transfers, pays for execute
	Main, Side Chain
	DBPath     string
	// Listen is the relay's address (host:port; port 0 picks one).
	Listen string
	// Peers are the other validators' relay base URLs.
	Peers []string
	// Confirmations: a transfer is signed once its block is this deep (head − block ≥ it).
	Confirmations uint64
	// Poll is the time between rounds.
	Poll time.Duration
	// Stagger is how long the validator at position p of the destination's list waits,
	// × p, after it first holds the threshold of signatures, before it submits: usually
	// the first one submits, and the others find the transfer executed.
	Stagger time.Duration
	// Start is the first block to read on each source when the database has no cursor
	// yet (the bridge contract's deployment block).
	MainStart, SideStart uint64
	// MaxRange bounds the blocks one log query spans.
	MaxRange   uint64
	Logger     *slog.Logger
	HTTPClient *http.Client
	Now        func() time.Time

	// manual: Start serves the relay only; the caller runs Round (tests).
	manual bool
	// crash, if set, is called at named points of signing ("recorded", "signed"); an
	// error stops there as a crash would (tests).
	crash func(point string) error
}

// Validator is a running validator.
type Validator struct {
	cfg   Config
	addr  common.Address
	store *Store
	log   *slog.Logger
	m     *metrics
	peers []*RelayClient

	mu         sync.Mutex
	readySince map[string]time.Time // direction/nonce → when the threshold was first held
	gone       map[string]bool      // direction/nonce → no longer on the source (reported)
	state      map[Direction]*dirState
	peerErr    map[string]string
	conflict   error
	roundErr   error
	lastRound  time.Time

	ln     net.Listener
	srv    *http.Server
	cancel context.CancelFunc
	done   chan struct{}
}

type dirState struct {
	Head, Safe, Cursor uint64
	Err                string
}

// New opens the validator's database; Start runs it.
func New(cfg Config) (*Validator, error) {
	if cfg.Key == nil || cfg.Main == nil || cfg.Side == nil {
		return nil, errors.New("bridge: a validator needs its key and both chains")
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = DefaultMaxRange
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: peerTimeout}
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	st, err := OpenStore(cfg.DBPath)
	if err != nil {
		return nil, err
	}
	v := &Validator{cfg: cfg, addr: crypto.PubkeyToAddress(cfg.Key.PublicKey), store: st, m: newMetrics(),
		readySince: map[string]time.Time{}, gone: map[string]bool{}, state: map[Direction]*dirState{Deposit: {}, Withdraw: {}},
		peerErr: map[string]string{}}
	v.log = cfg.Logger.With("validator", v.addr.Hex())
	for _, p := range cfg.Peers {
		if p = strings.TrimSpace(p); p != "" {
			v.peers = append(v.peers, NewRelayClient(p, cfg.HTTPClient))
		}
	}
	return v, nil
}

// Address is the validator's address.
func (v *Validator) Address() common.Address { return v.addr }

// Store is the validator's database.
func (v *Validator) Store() *Store { return v.store }

// Start serves the relay and runs rounds every Poll until Close.
func (v *Validator) Start(ctx context.Context) error {
	ln, err := net.Listen("tcp", v.cfg.Listen)
	if err != nil {
		return fmt.Errorf("bridge: relay cannot listen on %s: %w", v.cfg.Listen, err)
	}
	v.ln = ln
	v.srv = &http.Server{Handler: v.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go v.srv.Serve(ln)
	for _, d := range Directions {
		_, dst := v.chains(d)
		vals, thr, _, err := dst.ValidatorSet(ctx)
		if err != nil {
			v.log.Warn("cannot read the validator set", "direction", d, "err", err)
			continue
		}
		if !slices.Contains(vals, v.addr) {
			v.log.Warn("this key is not in the destination's validator set: its signatures will not count",
				"direction", d, "validators", len(vals), "threshold", thr)
		}
	}
	if v.cfg.manual {
		return nil
	}
	ctx, v.cancel = context.WithCancel(context.WithoutCancel(ctx))
	v.done = make(chan struct{})
	go func() {
		defer close(v.done)
		t := time.NewTimer(0)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			v.Round(ctx)
			t.Reset(v.cfg.Poll)
		}
	}()
	v.log.Info("bridge validator started", "relay", v.URL(), "peers", len(v.peers), "confirmations", v.cfg.Confirmations)
	return nil
}

// URL is the relay's base URL (after Start).
func (v *Validator) URL() string {
	if v.ln == nil {
		return ""
	}
	return "http://" + v.ln.Addr().String()
}

// Close stops the rounds and the relay and closes the database.
func (v *Validator) Close() error {
	if v.cancel != nil {
		v.cancel()
		<-v.done
	}
	if v.srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = v.srv.Shutdown(ctx)
		cancel()
	}
	return v.store.Close()
}

func (v *Validator) chains(d Direction) (src, dst Chain) {
	if d == Deposit {
		return v.cfg.Main, v.cfg.Side
	}
	return v.cfg.Side, v.cfg.Main
}

// Round runs one round in both directions; it returns the first error (also kept for the
// health endpoint and logged).
func (v *Validator) Round(ctx context.Context) error {
	var errs []error
	for _, d := range Directions {
		err := v.scan(ctx, d)
		if err == nil {
			err = v.settle(ctx, d)
		}
		v.mu.Lock()
		v.state[d].Err = ""
		if err != nil {
			v.state[d].Err = err.Error()
		}
		v.mu.Unlock()
		if err != nil && ctx.Err() == nil {
			v.log.Warn("bridge round failed", "direction", d, "err", err)
			errs = append(errs, fmt.Errorf("%s: %w", d, err))
		}
	}
	v.mu.Lock()
	v.roundErr, v.lastRound = errors.Join(errs...), v.cfg.Now()
	v.mu.Unlock()
	return errors.Join(errs...)
}

// scan reads and signs the source's transfers that are deep enough.
func (v *Validator) scan(ctx context.Context, d Direction) error {
	src, dst := v.chains(d)
	head, err := src.Head(ctx)
	if err != nil {
		return fmt.Errorf("source head: %w", err)
	}
	v.m.setHead(d, head)
	start := v.cfg.MainStart
	if d == Withdraw {
		start = v.cfg.SideStart
	}
	source := src.Domain().VerifyingContract
	next, ok, err := v.store.Cursor(ctx, d, source)
	if err != nil {
		return err
	}
	if !ok {
		next = start
	}
	v.mu.Lock()
	v.state[d].Head, v.state[d].Cursor = head, next
	v.mu.Unlock()
	if head < v.cfg.Confirmations {
		return nil
	}
	safe := head - v.cfg.Confirmations
	v.mu.Lock()
	v.state[d].Safe = safe
	v.mu.Unlock()
	for next <= safe {
		to := min(safe, next+v.cfg.MaxRange-1)
		evs, err := src.Outgoing(ctx, next, to)
		if err != nil {
			return fmt.Errorf("source transfers %d–%d: %w", next, to, err)
		}
		for _, ev := range evs {
			if err := v.take(ctx, d, src, dst, ev); err != nil {
				return err
			}
		}
		next = to + 1
		if err := v.store.SetCursor(ctx, d, source, next); err != nil {
			return err
		}
		v.m.setCursor(d, next)
		v.mu.Lock()
		v.state[d].Cursor = next
		v.mu.Unlock()
	}
	return nil
}

// take records ev and signs it, or refuses it.
func (v *Validator) take(ctx context.Context, d Direction, src, dst Chain, ev Outgoing) error {
	t := ev.Transfer
	if t.Nonce == nil || t.Amount == nil {
		return fmt.Errorf("source event in tx %s lacks a nonce or amount", ev.TxHash.Hex())
	}
	if t.SourceChainID == nil || t.SourceChainID.Cmp(src.ChainID()) != 0 {
		v.refuse(d, fmt.Errorf("%s nonce %s (tx %s): source chain %v is not the source's %v", d, t.Nonce, ev.TxHash.Hex(), t.SourceChainID, src.ChainID()))
		return nil
	}
	if d == Withdraw && t.ToHub {
		v.refuse(d, fmt.Errorf("withdraw nonce %s (tx %s) asks for the hub: only deposits may", t.Nonce, ev.TxHash.Hex()))
		return nil
	}
	rec := Record{Direction: d, Transfer: t, From: ev.From, Block: ev.Block, BlockHash: ev.BlockHash,
		TxHash: ev.TxHash, LogIndex: ev.LogIndex, Digest: t.Digest(dst.Domain())}
	if err := v.store.Record(ctx, rec, v.cfg.Now()); err != nil {
		if errors.Is(err, ErrConflict) {
			v.refuse(d, err)
			return nil
		}
		return err
	}
	v.log.Info("transfer confirmed", "direction", d, "nonce", t.Nonce, "amount", t.Amount, "recipient", t.Recipient.Hex(),
		"block", ev.Block, "tx", ev.TxHash.Hex())
	return v.signOwn(ctx, d, t.Nonce, rec.Digest)
}

// refuse reports a transfer this validator will not sign.
func (v *Validator) refuse(d Direction, err error) {
	v.log.Error("REFUSING TO SIGN: the source chain shows a transfer this validator cannot sign; investigate the source node and the chain",
		"direction", d, "err", err)
	v.m.conflict(d)
	v.mu.Lock()
	v.conflict = err
	v.mu.Unlock()
}

// signOwn signs the recorded digest of (d, nonce) and stores the signature.
func (v *Validator) signOwn(ctx context.Context, d Direction, nonce *big.Int, digest common.Hash) error {
	if err := v.hook("recorded"); err != nil {
		return err
	}
	sig, err := Sign(v.cfg.Key, digest)
	if err != nil {
		return err
	}
	if err := v.hook("signed"); err != nil {
		return err
	}
	if err := v.store.AddSignature(ctx, d, nonce, Signature{Signer: v.addr, Signature: sig, Own: true}, v.cfg.Now()); err != nil {
		return err
	}
	v.m.signed(d)
	return nil
}

func (v *Validator) hook(point string) error {
	if v.cfg.crash == nil {
		return nil
	}
	return v.cfg.crash(point)
}

// settle moves the pending transfers of d towards execution.
func (v *Validator) settle(ctx context.Context, d Direction) error {
	pending, err := v.store.Pending(ctx, d)
	if err != nil || len(pending) == 0 {
		return err
	}
	_, dst := v.chains(d)
	vals, threshold, _, err := dst.ValidatorSet(ctx)
	if err != nil {
		return fmt.Errorf("destination validator set: %w", err)
	}
	var errs []error // one transfer's failure does not hold the others back
	for _, rec := range pending {
		if err := v.settleOne(ctx, d, dst, rec, vals, threshold); err != nil {
			errs = append(errs, fmt.Errorf("nonce %s: %w", rec.Transfer.Nonce, err))
		}
	}
	return errors.Join(errs...)
}

func (v *Validator) settleOne(ctx context.Context, d Direction, dst Chain, rec Record, vals []common.Address, threshold uint64) error {
	nonce := rec.Transfer.Nonce
	done, err := dst.Executed(ctx, nonce)
	if err != nil {
		return fmt.Errorf("destination executed: %w", err)
	}
	if done {
		v.log.Info("transfer executed on the destination", "direction", d, "nonce", nonce)
		return v.store.MarkExecuted(ctx, d, nonce, common.Hash{}, v.cfg.Now())
	}
	// A reorganization deeper than the confirmation depth may have dropped it since.
	present, err := v.stillOnSource(ctx, d, rec)
	if err != nil {
		return err
	}
	key := string(d) + "/" + nonce.String()
	if !present {
		v.mu.Lock()
		again := v.gone[key]
		v.gone[key] = true
		v.mu.Unlock()
		if !again {
			v.refuse(d, fmt.Errorf("%w: %s nonce %s (tx %s, block %d) is no longer on the source chain: a reorganization deeper than %d blocks; not signing nor submitting it",
				ErrConflict, d, nonce, rec.TxHash.Hex(), rec.Block, v.cfg.Confirmations))
		}
		return nil
	}
	if !slices.ContainsFunc(rec.Signatures, func(s Signature) bool { return s.Own }) {
		// Recorded, then stopped before the signature was stored (so nothing was
		// published): sign the recorded digest, which the source still shows.
		if err := v.signOwn(ctx, d, nonce, rec.Digest); err != nil {
			return err
		}
	}
	v.collect(ctx, d, rec, vals)
	rec, err = v.store.Get(ctx, d, nonce)
	if err != nil {
		return err
	}
	sigs := validSignatures(rec, vals)
	if uint64(len(sigs)) < threshold || threshold == 0 {
		return nil
	}
	now := v.cfg.Now()
	v.mu.Lock()
	since, ok := v.readySince[key]
	if !ok {
		since, v.readySince[key] = now, now
	}
	v.mu.Unlock()
	pos := slices.Index(vals, v.addr)
	if pos < 0 {
		pos = len(vals)
	}
	if now.Sub(since) < time.Duration(pos)*v.cfg.Stagger {
		return nil // a validator before us in the list should submit first
	}
	raw := make([][]byte, 0, threshold)
	for _, s := range sigs[:threshold] {
		raw = append(raw, s.Signature)
	}
	tx, err := dst.Execute(ctx, v.cfg.Key, rec.Transfer, raw)
	switch {
	case errors.Is(err, ErrAlreadyExecuted):
		tx = common.Hash{}
	case err != nil:
		// Maybe another validator's execute landed first: the next round sees it.
		v.log.Warn("execute failed", "direction", d, "nonce", nonce, "err", err)
		return nil
	default:
		v.m.executed(d)
		v.log.Info("transfer executed", "direction", d, "nonce", nonce, "tx", tx.Hex(), "signatures", len(raw))
	}
	v.mu.Lock()
	delete(v.readySince, key)
	v.mu.Unlock()
	return v.store.MarkExecuted(ctx, d, nonce, tx, v.cfg.Now())
}

// stillOnSource reports whether the source still holds rec's transfer in rec's block.
func (v *Validator) stillOnSource(ctx context.Context, d Direction, rec Record) (bool, error) {
	src, dst := v.chains(d)
	evs, err := src.Outgoing(ctx, rec.Block, rec.Block)
	if err != nil {
		return false, fmt.Errorf("source transfers of block %d: %w", rec.Block, err)
	}
	for _, ev := range evs {
		if ev.BlockHash == rec.BlockHash && ev.Transfer.Nonce != nil && ev.Transfer.Digest(dst.Domain()) == rec.Digest {
			return true, nil
		}
	}
	return false, nil
}

// collect asks every peer for its signatures of rec and stores those of validators.
func (v *Validator) collect(ctx context.Context, d Direction, rec Record, vals []common.Address) {
	if len(v.peers) == 0 {
		return
	}
	var wg sync.WaitGroup
	results := make([][]Signature, len(v.peers))
	for i, p := range v.peers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := p.Transfer(ctx, d, rec.Transfer.Nonce)
			v.mu.Lock()
			if err != nil && !errors.Is(err, ErrNotFound) {
				if v.peerErr[p.URL()] == "" {
					v.log.Warn("relay unreachable", "peer", p.URL(), "err", err)
				}
				v.peerErr[p.URL()] = err.Error()
				v.m.peerError(p.URL())
			} else {
				delete(v.peerErr, p.URL())
			}
			v.mu.Unlock()
			if err == nil {
				results[i] = r.Signatures
			}
		}()
	}
	wg.Wait()
	have := map[common.Address]bool{}
	for _, s := range rec.Signatures {
		have[s.Signer] = true
	}
	for _, sigs := range results {
		for _, s := range sigs {
			if have[s.Signer] || !slices.Contains(vals, s.Signer) {
				continue
			}
			signer, err := Signer(rec.Digest, s.Signature)
			if err != nil || signer != s.Signer {
				v.log.Warn("peer signature does not match our transfer", "direction", d, "nonce", rec.Transfer.Nonce,
					"claimed", s.Signer.Hex(), "recovered", signer.Hex())
				continue
			}
			if err := v.store.AddSignature(ctx, d, rec.Transfer.Nonce, Signature{Signer: s.Signer, Signature: s.Signature}, v.cfg.Now()); err != nil {
				v.log.Warn("store signature", "err", err)
				continue
			}
			have[s.Signer] = true
			v.m.collected(d)
		}
	}
}

// validSignatures are rec's signatures that recover, over rec.Digest, to a member of vals:
// at most one per signer, in ascending signer order (as contracts that reject duplicates
// by order expect).
func validSignatures(rec Record, vals []common.Address) []Signature {
	var out []Signature
	for _, s := range rec.Signatures {
		signer, err := Signer(rec.Digest, s.Signature)
		if err != nil || signer != s.Signer || !slices.Contains(vals, signer) {
			continue
		}
		if slices.ContainsFunc(out, func(o Signature) bool { return o.Signer == signer }) {
			continue
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Signature) int {
		return strings.Compare(strings.ToLower(a.Signer.Hex()), strings.ToLower(b.Signer.Hex()))
	})
	return out
}

// Health is what GET /health returns.
type Health struct {
	OK         bool                   `json:"ok"`
	Error      string                 `json:"error,omitempty"`
	Address    common.Address         `json:"address"`
	Directions map[Direction]DirState `json:"directions"`
	Peers      []PeerState            `json:"peers"`
	LastRound  string                 `json:"lastRound,omitempty"`
}

// DirState is a direction's progress.
type DirState struct {
	Head     uint64 `json:"head"`
	Safe     uint64 `json:"safe"`   // head − confirmations
	Cursor   uint64 `json:"cursor"` // next source block to read
	Pending  int    `json:"pending"`
	Executed int    `json:"executed"`
	Error    string `json:"error,omitempty"`
}

// PeerState is whether a peer's relay answered at the last look.
type PeerState struct {
	URL   string `json:"url"`
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

// Health reports the validator's state. It is not OK after a refused conflicting
// transfer (until restarted) or when the last round failed; an unreachable peer alone
// does not make it unhealthy.
func (v *Validator) Health(ctx context.Context) Health {
	counts, cerr := v.store.Counts(ctx)
	v.mu.Lock()
	defer v.mu.Unlock()
	h := Health{OK: true, Address: v.addr, Directions: map[Direction]DirState{}, Peers: []PeerState{}}
	for _, d := range Directions {
		s := v.state[d]
		h.Directions[d] = DirState{Head: s.Head, Safe: s.Safe, Cursor: s.Cursor, Pending: counts[d][0], Executed: counts[d][1], Error: s.Err}
	}
	for _, p := range v.peers {
		e := v.peerErr[p.URL()]
		h.Peers = append(h.Peers, PeerState{URL: p.URL(), OK: e == "", Error: e})
	}
	if !v.lastRound.IsZero() {
		h.LastRound = v.lastRound.UTC().Format(time.RFC3339)
	}
	switch {
	case v.conflict != nil:
		h.OK, h.Error = false, "refused to sign: "+v.conflict.Error()
	case v.roundErr != nil:
		h.OK, h.Error = false, v.roundErr.Error()
	case cerr != nil:
		h.OK, h.Error = false, "store: "+cerr.Error()
	}
	return h
}
