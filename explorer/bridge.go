package explorer

// The token bridge's page (/bridge) and API (/api/bridge): the transfers between the
// main chain and the side chain the explorer follows, with their state, and the totals.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/explorer/index"
)

// BridgeOptions configures the bridge's page (Options.Bridge, ServerConfig.Bridge).
type BridgeOptions struct {
	// SideBridge is the SideBridge contract on the chain the explorer follows: its
	// TransferOut (side → main) and TransferIn (main → side, executed) events are indexed.
	SideBridge common.Address
	// Main, when set, is the BridgeVault on the main chain: its locks (main → side) are
	// read, and whether the withdrawals (side → main) were executed there. Without it,
	// the page shows the deposits once executed on the side chain and the withdrawals
	// without their state.
	Main *bridge.Endpoint
	// MainStartBlock is the first main-chain block read (the vault's deployment block).
	MainStartBlock uint64
	// MainConfirmations: only main-chain blocks this deep are read (default 0).
	MainConfirmations uint64
	// MainPollInterval is how often the main chain is read again (default 5 s).
	MainPollInterval time.Duration
}

// Bridge transfer states.
const (
	BridgePending  = "pending"  // seen on the source chain, not executed on the destination
	BridgeExecuted = "executed" // executed on the destination chain
	BridgeUnknown  = "unknown"  // the destination chain is not followed
)

// BridgeTransfer is a transfer as the bridge page shows it.
type BridgeTransfer struct {
	index.BridgeTransfer
	State     string `json:"state"`     // pending, executed, unknown
	StateText string `json:"stateText"` // the state in words
	// Age is the time since the source event (since the execution when the source is not
	// read), AgeSeconds the same in seconds.
	Age        string `json:"age"`
	AgeSeconds int64  `json:"ageSeconds"`
}

// BridgeFigures are the bridge's totals (amounts in token units).
type BridgeFigures struct {
	// LockedOnMain is the vault's token balance on the main chain ("" when the vault is
	// not configured or did not answer).
	LockedOnMain string `json:"lockedOnMain,omitempty"`
	// BridgedSupply is the bridged token's supply on the side chain: its totalSupply, or
	// when that cannot be read the amounts minted less those burned, as indexed.
	BridgedSupply string `json:"bridgedSupply"`
	// Transfers in flight each way: seen on the source chain, not executed on the
	// destination. Side → main is nil without the vault (not known).
	MainToSideInFlight       int64  `json:"mainToSideInFlight"`
	MainToSideInFlightAmount string `json:"mainToSideInFlightAmount"`
	SideToMainInFlight       *int64 `json:"sideToMainInFlight,omitempty"`
	SideToMainInFlightAmount string `json:"sideToMainInFlightAmount,omitempty"`
}

// BridgePage is the bridge page's data: a page of each direction's transfers, newest
// first (?page= main → side, ?withdrawpage= side → main, ?limit=), and the totals.
type BridgePage struct {
	SideBridge  string `json:"sideBridge"`
	SideChainID string `json:"sideChainId,omitempty"`
	Vault       string `json:"vault,omitempty"`
	MainChainID string `json:"mainChainId,omitempty"`
	// MainBlock is the last main-chain block read.
	MainBlock       uint64           `json:"mainBlock,omitempty"`
	Totals          BridgeFigures    `json:"totals"`
	MainToSide      []BridgeTransfer `json:"mainToSide"`
	SideToMain      []BridgeTransfer `json:"sideToMain"`
	MainToSidePager Pager            `json:"mainToSidePage"`
	SideToMainPager Pager            `json:"sideToMainPage"`
}

func (BridgePage) PageTitle() string { return "Bridge" }

// AddressBridge is an address's latest bridge transfers, each way.
type AddressBridge struct {
	MainToSide []BridgeTransfer `json:"mainToSide"`
	SideToMain []BridgeTransfer `json:"sideToMain"`
}

// AddressBridgeShown is how many transfers each way the address page lists.
const AddressBridgeShown = 50

// bridgeView is the server's side of the bridge (nil when not configured).
type bridgeView struct {
	opts  BridgeOptions
	side  string
	vault string

	tokenMu sync.Mutex
	token   common.Address // the bridged token, once read
}

func newBridgeView(o *BridgeOptions) *bridgeView {
	if o == nil {
		return nil
	}
	v := &bridgeView{opts: *o, side: strings.ToLower(o.SideBridge.Hex())}
	if o.Main != nil {
		v.vault = strings.ToLower(o.Main.Contract().Hex())
	}
	return v
}

func (s *Server) routeBridge() {
	if s.bridge == nil {
		return
	}
	s.mux.HandleFunc("GET /bridge", s.page("bridge", s.bridgePage))
	s.mux.HandleFunc("GET /api/bridge", s.json(s.bridgePage))
}

func (s *Server) bridgePage(r *http.Request) (any, error) {
	ctx := r.Context()
	b := s.bridge
	p := BridgePage{SideBridge: b.side, Vault: b.vault, MainToSidePager: pager(r, "page", 50), SideToMainPager: pager(r, "withdrawpage", 50)}
	if s.cfg.Client != nil {
		p.SideChainID = s.cfg.Client.ChainID().String()
	}
	if b.opts.Main != nil {
		p.MainChainID = b.opts.Main.ChainID().String()
		n, ok, err := s.cfg.DB.BridgeMainBlock(ctx, b.vault)
		if err != nil {
			return nil, err
		}
		if ok {
			p.MainBlock = n
		}
	}
	now := time.Now()
	in, err := s.cfg.DB.BridgeDeposits(ctx, index.BridgeFilter{SideBridge: b.side, Vault: b.vault,
		Limit: p.MainToSidePager.fetch(), Offset: p.MainToSidePager.Offset()})
	if err != nil {
		return nil, err
	}
	p.MainToSide = b.views(pageOf(&p.MainToSidePager, in), true, now)
	out, err := s.cfg.DB.BridgeWithdrawals(ctx, index.BridgeFilter{SideBridge: b.side, Vault: b.vault,
		Limit: p.SideToMainPager.fetch(), Offset: p.SideToMainPager.Offset()})
	if err != nil {
		return nil, err
	}
	p.SideToMain = b.views(pageOf(&p.SideToMainPager, out), false, now)
	t, err := s.cfg.DB.BridgeTotals(ctx, b.side, b.vault)
	if err != nil {
		return nil, err
	}
	p.Totals = BridgeFigures{MainToSideInFlight: t.DepositsInFlight, MainToSideInFlightAmount: t.DepositsInFlightAmount}
	if b.opts.Main != nil {
		n := t.WithdrawalsInFlight
		p.Totals.SideToMainInFlight, p.Totals.SideToMainInFlightAmount = &n, t.WithdrawalsInFlightAmount
		if v, err := b.locked(ctx); err == nil {
			p.Totals.LockedOnMain = v.String()
		} else {
			s.log.Warn("explorer bridge: reading the vault's balance", "err", err)
		}
	}
	if v, err := s.bridgedSupply(ctx); err == nil {
		p.Totals.BridgedSupply = v.String()
	} else {
		minted, _ := new(big.Int).SetString(t.Minted, 10)
		burned, _ := new(big.Int).SetString(t.Burned, 10)
		if minted != nil && burned != nil {
			p.Totals.BridgedSupply = minted.Sub(minted, burned).String()
		}
	}
	return p, nil
}

// addressBridge is an address's latest transfers each way (nil without the bridge).
func (s *Server) addressBridge(ctx context.Context, a string) (*AddressBridge, error) {
	b := s.bridge
	if b == nil {
		return nil, nil
	}
	f := index.BridgeFilter{SideBridge: b.side, Vault: b.vault, Account: a, Limit: AddressBridgeShown}
	in, err := s.cfg.DB.BridgeDeposits(ctx, f)
	if err != nil {
		return nil, err
	}
	out, err := s.cfg.DB.BridgeWithdrawals(ctx, f)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	return &AddressBridge{MainToSide: b.views(in, true, now), SideToMain: b.views(out, false, now)}, nil
}

// views gives transfers their state and age; toSide: main → side (the side chain, the
// destination, is always followed).
func (b *bridgeView) views(ts []index.BridgeTransfer, toSide bool, now time.Time) []BridgeTransfer {
	out := make([]BridgeTransfer, len(ts))
	for i, t := range ts {
		v := BridgeTransfer{BridgeTransfer: t}
		switch {
		case t.Executed && t.DestTx != "":
			v.State, v.StateText = BridgeExecuted, "executed"
		case t.Executed:
			v.State, v.StateText = BridgeExecuted, "executed (its transaction is not read yet)"
		case toSide || b.opts.Main != nil:
			v.State, v.StateText = BridgePending, "waiting for signatures / executing"
		default:
			v.State, v.StateText = BridgeUnknown, "sent (the main chain is not followed)"
		}
		since := t.SourceTime
		if since.IsZero() {
			since = t.DestTime
		}
		if !since.IsZero() {
			d := max(now.Sub(since), 0)
			v.AgeSeconds, v.Age = int64(d/time.Second), age(d)
		}
		out[i] = v
	}
	return out
}

// age writes a duration for people: "45s", "12m", "3h 5m", "2d 4h".
func age(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d/time.Second))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 24*time.Hour:
		return fmt.Sprintf("%dh %dm", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
	return fmt.Sprintf("%dd %dh", int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour))
}

// locked is the vault's token balance.
func (b *bridgeView) locked(ctx context.Context) (*big.Int, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	return b.opts.Main.TokenBalance(ctx, b.opts.Main.Contract())
}

var (
	sideBridgeABI   = bindings.NewSideBridge()
	bridgedTokenABI = bindings.NewBridgedToken()
)

// bridgedSupply is the bridged token's total supply on the followed chain.
func (s *Server) bridgedSupply(ctx context.Context) (*big.Int, error) {
	if s.cfg.Client == nil {
		return nil, errors.New("no chain client")
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	b, backend := s.bridge, s.cfg.Client.Backend()
	b.tokenMu.Lock()
	tok := b.token
	b.tokenMu.Unlock()
	if tok == (common.Address{}) {
		var err error
		tok, err = bind.Call(sideBridgeABI.Instance(backend, b.opts.SideBridge), &bind.CallOpts{Context: ctx}, sideBridgeABI.PackToken(), sideBridgeABI.UnpackToken)
		if err != nil {
			return nil, err
		}
		b.tokenMu.Lock()
		b.token = tok
		b.tokenMu.Unlock()
	}
	return bind.Call(bridgedTokenABI.Instance(backend, tok), &bind.CallOpts{Context: ctx}, bridgedTokenABI.PackTotalSupply(), bridgedTokenABI.UnpackTotalSupply)
}

// bridgeRows is what the "bridgetable" template takes: transfers and a caption.
type bridgeRows struct {
	Items   []BridgeTransfer
	Caption string
}

func init() {
	funcs["bridgeRows"] = func(items []BridgeTransfer, caption string) bridgeRows { return bridgeRows{items, caption} }
	funcs["deref64"] = func(p *int64) int64 { return *p }
}
