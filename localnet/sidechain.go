package localnet

// Two chains locally (Config.Sidechain, docs/bridge.md "Two chains locally"): the
// protocol runs on a gas-free sidechain (Net.Devnet: base fee and gas price 0, chain id
// devnet.ChainID) bridged to a main chain (Net.Main, chain id MainChainID) by three
// validators of which two must sign each transfer. The main chain is a default devnet
// (its TestToken, and a hub nobody needs); its BridgeVault locks that token, and the
// sidechain's SideBridge mints the BridgedToken the side hub counts in. Both chains
// share the dev accounts (the main devnet imports the side devnet's keys), so the
// requester is the same address on both.
//
// Files, under the side devnet's data directory: mainchain/ (the main devnet),
// sidechain.json (the bridge contracts, their deployment blocks, the relay ports and
// whether the side accounts were funded), bridge/validator-<i>.db (each validator's
// state).

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/internal/freeport"
)

// MainChainID is the main chain's id in a Sidechain network: devnet.ChainID + 1 (the
// sidechain, where the protocol runs, keeps devnet.ChainID).
const MainChainID = devnet.ChainID + 1

// Bridge defaults of a Sidechain network.
const (
	Validators         = 3
	ValidatorThreshold = 2
	// DefaultMainHTTPPort and DefaultMainWSPort are `poco devnet --sidechain`'s main chain
	// ports; DefaultRelayPort the first validator's relay port (the next ones follow).
	DefaultMainHTTPPort = 8645
	DefaultMainWSPort   = 8646
	DefaultRelayPort    = 8791
	// validatorRole is the dev account of the first validator (roles 0–2 and the last one
	// are the requester, pool owner, publisher and faucet).
	validatorRole = 3
)

// What each role gets on the sidechain on first start, bridged from its main chain
// tokens: SideDeposit into its side hub account (toHub) and SideWallet in its wallet
// (the faucet gets SideFaucet, from which it deposits each worker's WorkerDeposit).
var (
	SideDeposit = big.NewInt(10_000 * devnet.RLC)
	SideWallet  = big.NewInt(1_000 * devnet.RLC)
	SideFaucet  = big.NewInt(100_000 * devnet.RLC)
)

// SidechainConfig configures the main chain and the bridge of a Sidechain network.
type SidechainConfig struct {
	// MainHTTPPort and MainWSPort are the main chain's JSON-RPC ports (0: free ones).
	MainHTTPPort, MainWSPort int
	// RelayPorts are the validators' relay ports on 127.0.0.1; missing or 0: free ones.
	RelayPorts []int
	// Confirmations is the validators' confirmation depth (default 1).
	Confirmations uint64
	// Poll is the validators' round interval (default 200 ms); Stagger their turn to
	// submit (default 1 s).
	Poll, Stagger time.Duration
}

// sideState is sidechain.json.
type sideState struct {
	Vault      common.Address `json:"vault"`
	MainToken  common.Address `json:"mainToken"`
	MainBlock  uint64         `json:"mainBlock"`
	SideBridge common.Address `json:"sideBridge"`
	SideToken  common.Address `json:"sideToken"`
	SideBlock  uint64         `json:"sideBlock"`
	RelayPorts []int          `json:"relayPorts"`
	Funded     bool           `json:"funded"`
}

// sidechain is the bridge part of a Net.
type sidechain struct {
	st         sideState
	path       string
	main, side *bridge.Endpoint
	keys       []*ecdsa.PrivateKey
	validators []*bridge.Validator
	urls       []string
}

// startSidechain starts the side devnet (n.Devnet), the main devnet (n.Main), the
// bridge contracts, the validators, and funds the side accounts on first start.
func (n *Net) startSidechain(ctx context.Context) error {
	cfg := n.cfg
	sc := &n.cfg.Bridge
	if sc.Confirmations == 0 {
		sc.Confirmations = 1
	}
	if sc.Poll == 0 {
		sc.Poll = 200 * time.Millisecond
	}
	if sc.Stagger == 0 {
		sc.Stagger = time.Second
	}
	dc := cfg.Devnet
	if dc.Accounts != 0 && dc.Accounts < validatorRole+Validators+1 {
		return fmt.Errorf("localnet: a sidechain network needs at least %d dev accounts (requester, pool owner, publisher, %d validators, faucet), not %d",
			validatorRole+Validators+1, Validators, dc.Accounts)
	}
	if dc.ChainID != 0 && dc.ChainID == MainChainID {
		return fmt.Errorf("localnet: the sidechain's chain id %d is the main chain's", dc.ChainID)
	}
	if dc.IdleBlockInterval == 0 {
		// Validators wait for a confirmation block: on an idle instant-block chain it
		// comes from the devnet's clock.
		dc.IdleBlockInterval = time.Second
	}
	dc.ZeroFee = true
	var sideBridge, sideToken common.Address
	var sideBlock uint64
	dc.Token = func(ctx context.Context, s devnet.TokenSetup) (common.Address, error) {
		head, err := s.Client.BlockNumber(ctx)
		if err != nil {
			return common.Address{}, err
		}
		sideBlock = head
		vals := s.Accounts[validatorRole : validatorRole+Validators]
		sideBridge, sideToken, err = bridge.DeploySide(ctx, s.Client, s.Deployer, "Bridged RLC", "bRLC",
			new(big.Int).SetUint64(MainChainID), vals, ValidatorThreshold, nil, common.Address{},
			bridge.WithPollInterval(10*time.Millisecond))
		return sideToken, err
	}
	var err error
	if n.Devnet, err = devnet.Start(ctx, dc); err != nil {
		return err
	}
	dir := n.Devnet.DataDir()
	s := &sidechain{path: filepath.Join(dir, "sidechain.json")}
	n.side = s
	mainDir := filepath.Join(dir, "mainchain")
	if n.Devnet.Created() {
		// A main chain left by an interrupted first start has other keys.
		if err := os.RemoveAll(mainDir); err != nil {
			return err
		}
		s.st = sideState{SideBridge: sideBridge, SideToken: sideToken, SideBlock: sideBlock}
		if err := s.save(); err != nil {
			return err
		}
	} else if err := readJSON(s.path, &s.st); err != nil {
		return fmt.Errorf("localnet: %s: %w (delete the data directory to start over)", s.path, err)
	}
	if s.st.SideBridge == (common.Address{}) {
		return fmt.Errorf("localnet: %s names no side bridge (delete the data directory to start over)", s.path)
	}

	mc := devnet.Config{
		DataDir: mainDir, HTTPPort: sc.MainHTTPPort, WSPort: sc.MainWSPort, BlockTime: dc.BlockTime,
		ChainID: MainChainID, KeysFrom: dir, NoUserConfig: true, Logger: n.log.With("chain", "main"),
		IdleBlockInterval: dc.IdleBlockInterval, ScryptN: dc.ScryptN, ScryptP: dc.ScryptP,
	}
	if n.Main, err = devnet.Start(ctx, mc); err != nil {
		return fmt.Errorf("localnet: main chain: %w", err)
	}
	if n.password, err = devnet.ReadPassword(n.Devnet.PasswordFile()); err != nil {
		return err
	}
	if n.dev, err = decryptAll(n.Devnet.KeystoreDir(), n.password); err != nil {
		return err
	}
	n.accounts = n.Devnet.Accounts()
	for i := range Validators {
		s.keys = append(s.keys, n.role(validatorRole+i))
	}
	vals := make([]common.Address, len(s.keys))
	for i, k := range s.keys {
		vals[i] = crypto.PubkeyToAddress(k.PublicKey)
	}

	opt := bridge.WithPollInterval(10 * time.Millisecond)
	if s.st.Vault == (common.Address{}) {
		head, err := n.Main.Client().BlockNumber(ctx)
		if err != nil {
			return err
		}
		s.st.MainToken, s.st.MainBlock = n.Main.Deployment().Token, head
		n.log.Info("localnet: deploying the bridge vault on the main chain")
		if s.st.Vault, err = bridge.DeployVault(ctx, n.Main.Client(), n.role(0), s.st.MainToken,
			new(big.Int).SetUint64(n.Devnet.ChainID()), vals, ValidatorThreshold, nil, common.Address{}, opt); err != nil {
			return fmt.Errorf("localnet: %w", err)
		}
		if err := s.save(); err != nil {
			return err
		}
	}
	if s.main, err = bridge.NewEndpoint(ctx, n.Main.Client(), s.st.Vault, opt); err != nil {
		return fmt.Errorf("localnet: the vault: %w", err)
	}
	if s.side, err = bridge.NewEndpoint(ctx, n.Devnet.Client(), s.st.SideBridge, opt); err != nil {
		return fmt.Errorf("localnet: the side bridge: %w", err)
	}
	hub, err := s.side.Hub(ctx)
	if err != nil {
		return err
	}
	if hub == (common.Address{}) {
		if err := bridge.SetHub(ctx, n.Devnet.Client(), n.role(0), s.st.SideBridge, n.Devnet.Deployment().Hub, opt); err != nil {
			return fmt.Errorf("localnet: %w", err)
		}
	}

	// The relays' ports: as configured, else those of the last start, else free ones.
	ports := make([]int, Validators)
	for i := range ports {
		switch {
		case i < len(sc.RelayPorts) && sc.RelayPorts[i] != 0:
			ports[i] = sc.RelayPorts[i]
		case i < len(s.st.RelayPorts) && s.st.RelayPorts[i] != 0 && portFree(s.st.RelayPorts[i]):
			ports[i] = s.st.RelayPorts[i]
		default:
			if ports[i], err = freeport.Port(); err != nil {
				return err
			}
		}
	}
	s.st.RelayPorts = ports
	if err := s.save(); err != nil {
		return err
	}
	s.urls = make([]string, Validators)
	for i, p := range ports {
		s.urls[i] = fmt.Sprintf("http://127.0.0.1:%d", p)
	}
	s.validators = make([]*bridge.Validator, Validators)
	if err := os.MkdirAll(filepath.Join(dir, "bridge"), 0o700); err != nil {
		return err
	}
	for i := range Validators {
		if err := n.StartValidator(ctx, i); err != nil {
			return err
		}
	}
	if err := n.writeBridgeConfig(); err != nil {
		return err
	}
	if !s.st.Funded {
		if err := n.fundSide(ctx); err != nil {
			return err
		}
		s.st.Funded = true
		if err := s.save(); err != nil {
			return err
		}
	}
	return nil
}

// checkSidechainDir refuses to start a sidechain network on a data directory that holds
// a single-chain devnet, and the other way round.
func checkSidechainDir(cfg Config) error {
	dir := cfg.Devnet.DataDir
	if dir == "" {
		dir = devnet.DefaultDataDir()
	}
	if _, err := os.Stat(filepath.Join(dir, "devnet.json")); err != nil {
		return nil // new (or an interrupted first start): either kind may be created
	}
	_, err := os.Stat(filepath.Join(dir, "sidechain.json"))
	switch side := err == nil; {
	case side && !cfg.Sidechain:
		return fmt.Errorf("localnet: %s holds a sidechain network (two chains and a bridge): start it with --sidechain, or use another data directory", dir)
	case !side && cfg.Sidechain:
		return fmt.Errorf("localnet: %s holds a single-chain devnet: start it without --sidechain, or use another data directory (--datadir) for a sidechain network", dir)
	}
	return nil
}

// fundSide bridges the roles' side tokens from their main chain tokens and waits until
// the validators executed every transfer.
func (n *Net) fundSide(ctx context.Context) error {
	type grant struct {
		key    *ecdsa.PrivateKey
		amount *big.Int
		toHub  bool
	}
	var grants []grant
	seen := map[common.Address]bool{}
	for _, r := range []int{0, 1, 2} {
		k := n.role(r)
		if a := crypto.PubkeyToAddress(k.PublicKey); !seen[a] {
			seen[a] = true
			grants = append(grants, grant{k, SideDeposit, true}, grant{k, SideWallet, false})
		}
	}
	grants = append(grants, grant{n.Faucet(), SideFaucet, false})
	n.log.Info("localnet: bridging the side accounts' tokens", "transfers", len(grants))
	var outs []bridge.Outgoing
	for _, g := range grants {
		out, err := n.BridgeToSide(ctx, g.key, g.amount, crypto.PubkeyToAddress(g.key.PublicKey), g.toHub)
		if err != nil {
			return fmt.Errorf("localnet: funding the sidechain: %w", err)
		}
		outs = append(outs, out)
	}
	for _, out := range outs {
		if err := n.WaitBridged(ctx, out); err != nil {
			return fmt.Errorf("localnet: funding the sidechain: %w", err)
		}
	}
	return nil
}

// StartValidator starts bridge validator i (0 to Validators−1) after StopValidator.
func (n *Net) StartValidator(ctx context.Context, i int) error {
	s := n.side
	if s == nil {
		return errors.New("localnet: not a sidechain network")
	}
	if s.validators[i] != nil {
		return fmt.Errorf("localnet: validator %d is already running", i)
	}
	var peers []string
	for j, u := range s.urls {
		if j != i {
			peers = append(peers, u)
		}
	}
	v, err := bridge.New(bridge.Config{
		Key: s.keys[i], Main: s.main, Side: s.side,
		DBPath:        filepath.Join(n.Devnet.DataDir(), "bridge", fmt.Sprintf("validator-%d.db", i)),
		Listen:        fmt.Sprintf("127.0.0.1:%d", s.st.RelayPorts[i]),
		Peers:         peers,
		Confirmations: n.cfg.Bridge.Confirmations,
		Poll:          n.cfg.Bridge.Poll,
		Stagger:       n.cfg.Bridge.Stagger,
		MainStart:     s.st.MainBlock,
		SideStart:     s.st.SideBlock,
		Logger:        n.log.With("part", "bridge", "validator", i),
	})
	if err != nil {
		return fmt.Errorf("localnet: validator %d: %w", i, err)
	}
	if err := v.Start(context.WithoutCancel(ctx)); err != nil {
		v.Close()
		return fmt.Errorf("localnet: validator %d: %w", i, err)
	}
	s.validators[i] = v
	return nil
}

// StopValidator stops bridge validator i (its state stays in its database).
func (n *Net) StopValidator(i int) error {
	s := n.side
	if s == nil || s.validators[i] == nil {
		return nil
	}
	v := s.validators[i]
	s.validators[i] = nil
	return v.Close()
}

func (n *Net) stopValidators() error {
	if n.side == nil {
		return nil
	}
	var errs []error
	for i := range n.side.validators {
		errs = append(errs, n.StopValidator(i))
	}
	return errors.Join(errs...)
}

// Sidechain reports whether the network runs the protocol on a bridged sidechain.
func (n *Net) Sidechain() bool { return n.side != nil }

// BridgeInfo is what the configuration file's "bridge" section says (nil without a
// sidechain).
func (n *Net) BridgeInfo() *config.Bridge {
	s := n.side
	if s == nil {
		return nil
	}
	return &config.Bridge{
		MainRPC: n.Main.HTTPEndpoint(), MainChainID: n.Main.ChainID(), MainBridge: s.st.Vault,
		MainToken: s.st.MainToken, MainBlock: s.st.MainBlock,
		SideRPC: n.Devnet.HTTPEndpoint(), SideChainID: n.Devnet.ChainID(), SideBridge: s.st.SideBridge,
		SideToken: s.st.SideToken, SideBlock: s.st.SideBlock,
		Relays: append([]string(nil), s.urls...), Threshold: ValidatorThreshold,
	}
}

// ValidatorAddresses are the bridge validators' accounts (dev accounts 3 to 5).
func (n *Net) ValidatorAddresses() []common.Address {
	if n.side == nil {
		return nil
	}
	out := make([]common.Address, len(n.side.keys))
	for i, k := range n.side.keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

// ValidatorRunning reports whether validator i runs.
func (n *Net) ValidatorRunning(i int) bool { return n.side != nil && n.side.validators[i] != nil }

// MainBridge and SideBridge are the bridge contracts' clients (nil without a sidechain).
func (n *Net) MainBridge() *bridge.Endpoint {
	if n.side == nil {
		return nil
	}
	return n.side.main
}

// SideBridge is the SideBridge's client.
func (n *Net) SideBridge() *bridge.Endpoint {
	if n.side == nil {
		return nil
	}
	return n.side.side
}

// BridgeToSide locks amount of key's main chain tokens for recipient on the sidechain
// (toHub: into its side hub account) and returns the transfer; WaitBridged waits for it.
func (n *Net) BridgeToSide(ctx context.Context, key *ecdsa.PrivateKey, amount *big.Int, recipient common.Address, toHub bool) (bridge.Outgoing, error) {
	if n.side == nil {
		return bridge.Outgoing{}, errors.New("localnet: not a sidechain network")
	}
	return n.side.main.Lock(ctx, key, amount, recipient, toHub)
}

// BridgeToMain burns amount of key's side tokens (its wallet's: withdraw them from the
// hub first) for recipient on the main chain; WaitBridged waits for it.
func (n *Net) BridgeToMain(ctx context.Context, key *ecdsa.PrivateKey, amount *big.Int, recipient common.Address) (bridge.Outgoing, error) {
	if n.side == nil {
		return bridge.Outgoing{}, errors.New("localnet: not a sidechain network")
	}
	return n.side.side.Burn(ctx, key, amount, recipient)
}

// WaitBridged waits until the validators executed out on its destination chain.
func (n *Net) WaitBridged(ctx context.Context, out bridge.Outgoing) error {
	if n.side == nil {
		return errors.New("localnet: not a sidechain network")
	}
	dst, src := n.side.side, n.Main
	if out.Transfer.SourceChainID != nil && out.Transfer.SourceChainID.Uint64() == n.Devnet.ChainID() {
		dst, src = n.side.main, n.Devnet
	}
	for {
		done, err := dst.Executed(ctx, out.Transfer.Nonce)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		// The validators sign once the transfer is Confirmations blocks deep: on an idle
		// instant-block chain, make those blocks rather than wait for the devnet's clock.
		if src.BlockTime() == 0 && src.Head() < out.Block+n.cfg.Bridge.Confirmations {
			if err := src.MakeBlock(ctx); err != nil {
				return err
			}
			continue
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for bridge transfer %s (nonce %s) to execute: %w", out.TxHash.Hex(), out.Transfer.Nonce, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// writeBridgeConfig records the bridge in the configuration file the side devnet wrote.
func (n *Net) writeBridgeConfig() error {
	path := n.Devnet.ConfigPath()
	f, err := config.Load(path)
	if err != nil {
		return err
	}
	f.Bridge = n.BridgeInfo()
	if err := f.Bridge.Complete(); err != nil {
		return fmt.Errorf("localnet: the bridge section: %w", err)
	}
	return config.Save(path, f)
}

func (s *sidechain) save() error {
	b, err := json.MarshalIndent(s.st, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(s.path, append(b, '\n'), 0o644)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func portFree(p int) bool {
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

// WorkerKey is worker i's key (its tokens are its own: it bridges them like anyone).
func (n *Net) WorkerKey(i int) *ecdsa.PrivateKey {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.workers[i].key
}

// BridgedSupply is the BridgedToken's total supply on the sidechain.
func (n *Net) BridgedSupply(ctx context.Context) (*big.Int, error) {
	if n.side == nil {
		return nil, errors.New("localnet: not a sidechain network")
	}
	a := bindings.NewBridgedToken()
	return bind.Call(a.Instance(n.Devnet.Client(), n.side.st.SideToken), &bind.CallOpts{Context: ctx}, a.PackTotalSupply(), a.UnpackTotalSupply)
}

// VaultLocked is what the BridgeVault holds on the main chain.
func (n *Net) VaultLocked(ctx context.Context) (*big.Int, error) {
	if n.side == nil {
		return nil, errors.New("localnet: not a sidechain network")
	}
	return n.side.main.TokenBalance(ctx, n.side.st.Vault)
}

// StartupTime is how long Start took.
func (n *Net) StartupTime() time.Duration { return n.started }
