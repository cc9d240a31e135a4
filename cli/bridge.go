package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/sdk"
)

// Environment variables of the bridge commands (after their flags, before the
// configuration file's "bridge" object).
const (
	EnvBridgeMainRPC = "POCO_BRIDGE_MAIN_RPC"
	EnvBridgeSideRPC = "POCO_BRIDGE_SIDE_RPC"
	EnvBridgeMain    = "POCO_BRIDGE_MAIN"
	EnvBridgeSide    = "POCO_BRIDGE_SIDE"
	EnvBridgePeers   = "POCO_BRIDGE_PEERS"
)

// bridgeFlags are the flags every bridge command shares.
type bridgeFlags struct {
	mainRPC, sideRPC, mainBridge, sideBridge string
	peers                                    []string
}

func (f *bridgeFlags) register(cmd *cobra.Command) {
	fs := cmd.PersistentFlags()
	fs.StringVar(&f.mainRPC, "main-rpc", "", "JSON-RPC endpoint of the main chain (env "+EnvBridgeMainRPC+`, else "bridge.mainRpc" in the configuration file)`)
	fs.StringVar(&f.sideRPC, "side-rpc", "", "JSON-RPC endpoint of the sidechain (env "+EnvBridgeSideRPC+`, else "bridge.sideRpc")`)
	fs.StringVar(&f.mainBridge, "main-bridge", "", "address of the BridgeVault on the main chain (env "+EnvBridgeMain+`, else "bridge.mainBridge")`)
	fs.StringVar(&f.sideBridge, "side-bridge", "", "address of the SideBridge on the sidechain (env "+EnvBridgeSide+`, else "bridge.sideBridge")`)
	fs.StringSliceVar(&f.peers, "peers", nil, "relays of the validators, base URLs, comma-separated: the daemon's peers, and where `status` asks for signatures (env "+EnvBridgePeers+`, else "bridge.relays")`)
}

// bridgeSettings are the resolved bridge options.
type bridgeSettings struct {
	*Settings
	file                   config.Bridge // the configuration file's "bridge" object (zero: none)
	mainRPC, sideRPC       string
	mainBridge, sideBridge common.Address
	peers                  []string
}

func (f *bridgeFlags) settings(g *globals) (*bridgeSettings, error) {
	s, err := g.settings()
	if err != nil {
		return nil, err
	}
	var file config.Bridge
	if s.Config != nil && s.Config.Bridge != nil {
		file = *s.Config.Bridge
		if file.SideRPC == "" { // "" means the file's own chain (config.Bridge)
			file.SideRPC = s.Config.RPC
		}
	}
	b := &bridgeSettings{Settings: s, file: file}
	b.mainRPC = pick(f.mainRPC, os.Getenv(EnvBridgeMainRPC), file.MainRPC)
	b.sideRPC = pick(f.sideRPC, os.Getenv(EnvBridgeSideRPC), file.SideRPC)
	if b.mainBridge, err = pickAddress("--main-bridge", f.mainBridge, os.Getenv(EnvBridgeMain), file.MainBridge); err != nil {
		return nil, err
	}
	if b.sideBridge, err = pickAddress("--side-bridge", f.sideBridge, os.Getenv(EnvBridgeSide), file.SideBridge); err != nil {
		return nil, err
	}
	switch {
	case len(f.peers) > 0:
		b.peers = splitList(f.peers)
	case os.Getenv(EnvBridgePeers) != "":
		b.peers = splitList([]string{os.Getenv(EnvBridgePeers)})
	default:
		b.peers = file.Relays
	}
	return b, nil
}

func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// dial opens the main (main true) or side bridge contract.
func (b *bridgeSettings) dial(ctx context.Context, main bool) (*bridge.Endpoint, error) {
	rpc, addr, which, flag := b.sideRPC, b.sideBridge, "sidechain", "side"
	if main {
		rpc, addr, which, flag = b.mainRPC, b.mainBridge, "main chain", "main"
	}
	if rpc == "" || addr == (common.Address{}) {
		return nil, fmt.Errorf("the %s's bridge is not configured: pass --%s-rpc and --%s-bridge (or set them in the configuration file's \"bridge\" object, %s)",
			which, flag, flag, b.ConfigPath)
	}
	return bridge.Dial(ctx, rpc, addr)
}

func newBridgeCommand(g *globals) *cobra.Command {
	var (
		bf            bridgeFlags
		listen        string
		confirmations uint64
		dbPath        string
		poll, stagger time.Duration
		verbose       bool
	)
	cmd := &cobra.Command{
		Use:   "bridge",
		Short: "Run a bridge validator, or move tokens between the main chain and the sidechain",
		Long: `Without a subcommand, runs a bridge validator until interrupted (Ctrl-C or SIGTERM), as
the --from account, which must be one of the validators registered in both bridge
contracts (docs/bridge.md, "Validators").

It follows both chains' bridge contracts: each transfer leaving one chain is signed once
it is --confirmations blocks deep, and the signature is served on the validator's relay
(--listen). It collects the other validators' signatures from their relays (--peers),
keeps those of current validators, and once it holds the threshold, submits the transfer
to the destination contract (the first validator of the list at once, the next ones
--stagger later each, so usually one pays the gas; the contract executes a transfer only
once). A validator never signs two different transfers under one nonce: the transfer is
written to its database (--db) before it is signed, and a restarted validator resumes
where it stopped. GET /health and GET /metrics (Prometheus) on the relay.

deposit, withdraw and status are for users; deploy and set-hub for the operator who
installs the bridge; pause, unpause and daily-limit for its guardian (subcommands;
docs/bridge.md, "On real chains").`,
		Example: `  poco bridge --from 0xV… --main-rpc https://main.example --side-rpc http://side:8545 \
      --main-bridge 0x… --side-bridge 0x… --listen 0.0.0.0:8791 --peers http://v2:8791,http://v3:8791
  poco bridge deposit 10 --to-hub
  poco bridge withdraw 2.5
  poco bridge status 0xTX…`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := bf.settings(g)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			key, err := b.unlock()
			if err != nil {
				return err
			}
			mainEP, err := b.dial(ctx, true)
			if err != nil {
				return err
			}
			defer mainEP.Close()
			sideEP, err := b.dial(ctx, false)
			if err != nil {
				return err
			}
			defer sideEP.Close()
			if mainEP.IsSide() || !sideEP.IsSide() {
				return fmt.Errorf("--main-bridge must be a BridgeVault and --side-bridge a SideBridge (got a %s on the main chain and a %s on the side)",
					contractKind(mainEP), contractKind(sideEP))
			}
			if dbPath == "" {
				dbPath = filepath.Join(config.Home(), "bridge", strings.ToLower(crypto.PubkeyToAddress(key.PublicKey).Hex())+".db")
			}
			if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
				return err
			}
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			v, err := bridge.New(bridge.Config{Key: key, Main: mainEP, Side: sideEP, DBPath: dbPath, Listen: listen,
				Peers: b.peers, Confirmations: confirmations, Poll: poll, Stagger: stagger,
				MainStart: b.file.MainBlock, SideStart: b.file.SideBlock,
				Logger: slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))})
			if err != nil {
				return err
			}
			if err := v.Start(ctx); err != nil {
				v.Close()
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Bridge validator %s: main chain %s, sidechain %s, relay on %s, %d peers, state in %s. Ctrl-C to stop.\n",
				v.Address().Hex(), mainEP.ChainID(), sideEP.ChainID(), v.URL(), len(b.peers), dbPath)
			<-ctx.Done()
			fmt.Fprintln(cmd.OutOrStdout(), "Stopping the bridge validator ...")
			return v.Close()
		},
	}
	bf.register(cmd)
	f := cmd.Flags()
	f.StringVar(&listen, "listen", bridge.DefaultListen, "address the relay (signatures, /health, /metrics) listens on")
	f.Uint64Var(&confirmations, "confirmations", bridge.DefaultConfirmations, "sign a transfer once its block is this many blocks below the head (a reorganization shallower than this is absorbed)")
	f.StringVar(&dbPath, "db", "", "validator state file (SQLite; default $POCO_HOME/bridge/<address>.db)")
	f.DurationVar(&poll, "poll", bridge.DefaultPoll, "time between looks at both chains")
	f.DurationVar(&stagger, "stagger", bridge.DefaultStagger, "wait this long × the validator's position in the list before submitting a transfer that holds its signatures (0: submit at once)")
	f.BoolVar(&verbose, "verbose", false, "log debug lines too")
	cmd.AddCommand(newBridgeMoveCommand(g, &bf, true), newBridgeMoveCommand(g, &bf, false), newBridgeStatusCommand(g, &bf),
		newBridgeDeployCommand(g, &bf), newBridgeSetHubCommand(g, &bf),
		newBridgeGuardianCommand(g, &bf, "pause"), newBridgeGuardianCommand(g, &bf, "unpause"), newBridgeGuardianCommand(g, &bf, "daily-limit"))
	return cmd
}

func contractKind(e *bridge.Endpoint) string {
	if e.IsSide() {
		return "SideBridge"
	}
	return "BridgeVault"
}

// bridgeTransferView is what deposit and withdraw print with --json.
type bridgeTransferView struct {
	Direction bridge.Direction `json:"direction"`
	Nonce     string           `json:"nonce"`
	From      common.Address   `json:"from"`
	Recipient common.Address   `json:"recipient"`
	Amount    string           `json:"amount"` // smallest unit
	ToHub     bool             `json:"toHub"`
	ChainID   string           `json:"sourceChainId"`
	TxHash    common.Hash      `json:"txHash"`
	Block     uint64           `json:"block"`
}

func newBridgeMoveCommand(g *globals, bf *bridgeFlags, deposit bool) *cobra.Command {
	var (
		to    string
		toHub bool
	)
	use, short := "withdraw AMOUNT", "Move tokens from the sidechain back to the main chain (burned on the side, released from the vault)"
	if deposit {
		use, short = "deposit AMOUNT", "Move tokens from the main chain to the sidechain (locked in the vault, minted on the side)"
	}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long: short + `, as the --from account. AMOUNT is in RLC (9 decimals: 1.5 is 1500000000 units).
The command returns once the source transaction is mined; the validators sign the transfer
once it is deep enough and one of them executes it on the destination: follow it with
` + "`poco bridge status TX`" + `.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := bf.settings(g)
			if err != nil {
				return err
			}
			amount, err := sdk.ParseRLC(args[0])
			if err != nil {
				return fmt.Errorf("amount: %w", err)
			}
			if amount.Sign() <= 0 {
				return fmt.Errorf("amount %s: give a positive amount of RLC", args[0])
			}
			key, err := b.unlock()
			if err != nil {
				return err
			}
			recipient := crypto.PubkeyToAddress(key.PublicKey)
			if to != "" {
				if recipient, err = parseAddress("--to", to); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			if toHub {
				// The vault cannot see the sidechain: a deposit for a hub the side bridge
				// lacks would lock tokens that no execute can mint. Check first.
				side, err := b.dial(ctx, false)
				if err != nil {
					return fmt.Errorf("--to-hub: %w", err)
				}
				hub, err := side.Hub(ctx)
				side.Close()
				if err != nil {
					return fmt.Errorf("--to-hub: reading the sidechain bridge's hub: %w", err)
				}
				if hub == (common.Address{}) {
					return bridgeError(bridge.ErrHubNotSet)
				}
			}
			e, err := b.dial(ctx, deposit)
			if err != nil {
				return err
			}
			defer e.Close()
			var out bridge.Outgoing
			d := bridge.Deposit
			if deposit {
				out, err = e.Lock(ctx, key, amount, recipient, toHub)
			} else {
				d = bridge.Withdraw
				out, err = e.Burn(ctx, key, amount, recipient)
			}
			if err != nil {
				return bridgeError(err)
			}
			t := out.Transfer
			v := bridgeTransferView{Direction: d, Nonce: t.Nonce.String(), From: out.From, Recipient: t.Recipient,
				Amount: t.Amount.String(), ToHub: t.ToHub, ChainID: t.SourceChainID.String(), TxHash: out.TxHash, Block: out.Block}
			return b.output(cmd, v, func(w io.Writer) {
				where := "its wallet on the sidechain"
				switch {
				case !deposit:
					where = "its wallet on the main chain"
				case toHub:
					where = "its account in the sidechain's hub"
				}
				fmt.Fprintf(w, "%s #%s: %s for %s, into %s.\nSource transaction %s (block %d).\n",
					strings.ToUpper(string(d[:1]))+string(d[1:]), v.Nonce, sdk.FormatRLC(t.Amount), t.Recipient.Hex(), where, out.TxHash.Hex(), out.Block)
				fmt.Fprintf(w, "The validators sign it once it is deep enough; follow it with: poco bridge status %s\n", out.TxHash.Hex())
			})
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "recipient on the other chain (default: the --from account)")
	if deposit {
		cmd.Flags().BoolVar(&toHub, "to-hub", false, "deposit the minted tokens straight into the recipient's account in the sidechain's hub (ready to pay for tasks)")
	}
	return cmd
}

// bridgeError turns the contracts' refusals into advice.
func bridgeError(err error) error {
	switch {
	case errors.Is(err, bridge.ErrPaused):
		return fmt.Errorf("the bridge is paused by its guardian: try again later (%w)", err)
	case errors.Is(err, bridge.ErrDailyLimit):
		return fmt.Errorf("the bridge's daily limit is reached: try a smaller amount or tomorrow (%w)", err)
	case errors.Is(err, bridge.ErrHubNotSet):
		return fmt.Errorf("the sidechain bridge has no hub yet: deposit without --to-hub (%w)", err)
	}
	return err
}

// bridgeStatusView is what status prints with --json.
type bridgeStatusView struct {
	Direction     bridge.Direction   `json:"direction"`
	Nonce         string             `json:"nonce"`
	Transfer      bridge.Transfer    `json:"transfer"`
	From          common.Address     `json:"from"`
	TxHash        common.Hash        `json:"txHash"`
	Block         uint64             `json:"block"`
	Confirmations uint64             `json:"confirmations"` // head − block
	Digest        common.Hash        `json:"digest"`
	Executed      bool               `json:"executed"`
	Threshold     uint64             `json:"threshold"`
	Signed        int                `json:"signed"`
	Validators    []bridgeSigView    `json:"validators"`
	Relays        []bridge.PeerState `json:"relays"`
}

type bridgeSigView struct {
	Address   common.Address `json:"address"`
	Signed    bool           `json:"signed"`
	Signature hexutil.Bytes  `json:"signature,omitempty"`
}

// bridgeRelaysView is what status without TX prints with --json.
type bridgeRelaysView struct {
	Relays []bridgeRelayView `json:"relays"`
}

type bridgeRelayView struct {
	URL    string          `json:"url"`
	Error  string          `json:"error,omitempty"`
	Health *bridge.Health  `json:"health,omitempty"`
	Recent []bridge.Record `json:"recent,omitempty"`
}

func newBridgeStatusCommand(g *globals, bf *bridgeFlags) *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "status [TX]",
		Short: "Show a transfer's confirmations, its validators' signatures and whether it executed; without TX, the validators' relays",
		Long: `With TX (the hash of a deposit's or a withdrawal's source transaction), shows the
transfer, how deep it is on its source chain, which validators of the destination signed
it (asking every relay of --peers) against the threshold, and whether it executed on the
destination. Without TX, shows each relay's health and the last transfers it saw.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := bf.settings(g)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if len(args) == 0 {
				return bridgeRelaysStatus(ctx, cmd, b, limit)
			}
			raw, err := hexutil.Decode(args[0])
			if err != nil || len(raw) != 32 {
				return fmt.Errorf("%q is not a transaction hash: want 0x and 64 hex digits", args[0])
			}
			v, err := bridgeTransferStatus(ctx, b, common.BytesToHash(raw))
			if err != nil {
				return err
			}
			return b.output(cmd, v, func(w io.Writer) { printBridgeStatus(w, v) })
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 10, "without TX: how many recent transfers to list per relay")
	return cmd
}

func bridgeTransferStatus(ctx context.Context, b *bridgeSettings, tx common.Hash) (bridgeStatusView, error) {
	mainEP, err := b.dial(ctx, true)
	if err != nil {
		return bridgeStatusView{}, err
	}
	defer mainEP.Close()
	sideEP, err := b.dial(ctx, false)
	if err != nil {
		return bridgeStatusView{}, err
	}
	defer sideEP.Close()
	d, src, dst := bridge.Deposit, mainEP, sideEP
	r, err := mainEP.Backend().TransactionReceipt(ctx, tx)
	if errors.Is(err, ethereum.NotFound) {
		d, src, dst = bridge.Withdraw, sideEP, mainEP
		r, err = sideEP.Backend().TransactionReceipt(ctx, tx)
	}
	if errors.Is(err, ethereum.NotFound) {
		return bridgeStatusView{}, fmt.Errorf("transaction %s is on neither chain (not mined yet, or reorganized away)", tx.Hex())
	}
	if err != nil {
		return bridgeStatusView{}, err
	}
	block := r.BlockNumber.Uint64()
	outs, err := src.Outgoing(ctx, block, block)
	if err != nil {
		return bridgeStatusView{}, err
	}
	var out *bridge.Outgoing
	for i := range outs {
		if outs[i].TxHash == tx {
			out = &outs[i]
			break
		}
	}
	if out == nil {
		return bridgeStatusView{}, fmt.Errorf("transaction %s moved nothing across the bridge (no TransferOut of %s)", tx.Hex(), src.Contract().Hex())
	}
	head, err := src.Head(ctx)
	if err != nil {
		return bridgeStatusView{}, err
	}
	t := out.Transfer
	v := bridgeStatusView{Direction: d, Nonce: t.Nonce.String(), Transfer: t, From: out.From, TxHash: tx, Block: block,
		Digest: t.Digest(dst.Domain()), Relays: []bridge.PeerState{}}
	if head > block {
		v.Confirmations = head - block
	}
	if v.Executed, err = dst.Executed(ctx, t.Nonce); err != nil {
		return bridgeStatusView{}, err
	}
	vals, threshold, _, err := dst.ValidatorSet(ctx)
	if err != nil {
		return bridgeStatusView{}, err
	}
	v.Threshold = threshold
	sigs := map[common.Address][]byte{}
	for _, url := range b.peers {
		rec, err := bridge.NewRelayClient(url, nil).Transfer(ctx, d, t.Nonce)
		st := bridge.PeerState{URL: url, OK: err == nil || errors.Is(err, bridge.ErrNotFound)}
		if err != nil {
			st.Error = err.Error()
		}
		v.Relays = append(v.Relays, st)
		for _, s := range rec.Signatures {
			if signer, err := bridge.Signer(v.Digest, s.Signature); err == nil && signer == s.Signer {
				sigs[signer] = s.Signature
			}
		}
	}
	for _, a := range vals {
		sv := bridgeSigView{Address: a, Signature: sigs[a], Signed: sigs[a] != nil}
		if sv.Signed {
			v.Signed++
		}
		v.Validators = append(v.Validators, sv)
	}
	return v, nil
}

func printBridgeStatus(w io.Writer, v bridgeStatusView) {
	t := v.Transfer
	src, dst := "main chain", "sidechain"
	if v.Direction == bridge.Withdraw {
		src, dst = dst, src
	}
	into := ""
	if t.ToHub {
		into = " (into the sidechain hub)"
	}
	fmt.Fprintf(w, "%s #%s: %s from %s to %s%s\n", strings.ToUpper(string(v.Direction[:1]))+string(v.Direction[1:]),
		v.Nonce, sdk.FormatRLC(t.Amount), v.From.Hex(), t.Recipient.Hex(), into)
	fmt.Fprintf(w, "Source:     %s %s, tx %s, block %d, %d blocks deep\n", src, t.SourceChainID, v.TxHash.Hex(), v.Block, v.Confirmations)
	state := "no"
	if v.Executed {
		state = "yes"
	}
	fmt.Fprintf(w, "Executed on the %s: %s\n", dst, state)
	fmt.Fprintf(w, "Signatures: %d of %d validators, threshold %d\n", v.Signed, len(v.Validators), v.Threshold)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range v.Validators {
		mark := "missing"
		if s.Signed {
			mark = "signed"
		}
		fmt.Fprintf(tw, "  %s\t%s\n", s.Address.Hex(), mark)
	}
	tw.Flush()
	if len(v.Relays) == 0 {
		fmt.Fprintln(w, "No relay asked: pass --peers URL,… (or \"bridge.relays\" in the configuration file) to see the signatures.")
	}
	for _, r := range v.Relays {
		if !r.OK {
			fmt.Fprintf(w, "Relay %s unreachable: %s\n", r.URL, r.Error)
		}
	}
}

func bridgeRelaysStatus(ctx context.Context, cmd *cobra.Command, b *bridgeSettings, limit int) error {
	if len(b.peers) == 0 {
		return fmt.Errorf("no relay to ask: pass --peers URL,… (or \"bridge.relays\" in %s), or give a transaction hash", b.ConfigPath)
	}
	view := bridgeRelaysView{Relays: []bridgeRelayView{}}
	for _, url := range b.peers {
		c := bridge.NewRelayClient(url, nil)
		rv := bridgeRelayView{URL: url}
		h, err := c.Health(ctx)
		if err != nil {
			rv.Error = err.Error()
		} else {
			rv.Health = &h
			rv.Recent, _ = c.Recent(ctx, limit)
		}
		view.Relays = append(view.Relays, rv)
	}
	return b.output(cmd, view, func(w io.Writer) {
		for _, r := range view.Relays {
			if r.Health == nil {
				fmt.Fprintf(w, "%s: unreachable (%s)\n", r.URL, r.Error)
				continue
			}
			h := r.Health
			state := "healthy"
			if !h.OK {
				state = "UNHEALTHY: " + h.Error
			}
			fmt.Fprintf(w, "%s: validator %s, %s\n", r.URL, h.Address.Hex(), state)
			for _, d := range bridge.Directions {
				s := h.Directions[d]
				fmt.Fprintf(w, "  %-8s source head %d, read up to %d, %d pending, %d executed\n", d, s.Head, max(s.Cursor, 1)-1, s.Pending, s.Executed)
			}
			for _, rec := range r.Recent {
				state := "pending"
				if rec.Executed {
					state = "executed"
				}
				fmt.Fprintf(w, "  %s #%s %s to %s: %d signatures, %s (tx %s)\n", rec.Direction, rec.Transfer.Nonce,
					sdk.FormatRLC(rec.Transfer.Amount), rec.Transfer.Recipient.Hex(), len(rec.Signatures), state, rec.TxHash.Hex())
			}
		}
	})
}
