package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/scheduler"
)

// localnetFlags are the flags `poco devnet` and `poco demo` share.
type localnetFlags struct {
	dataDir                    string
	httpPort, wsPort           int
	storagePort, schedulerPort int
	marketPort, smsPort        int
	tee                        bool
	accounts, workers          int
	explorerPort               int
	blockTime                  time.Duration
	verbose                    bool
	saboteurs                  int
	strategy                   string
	storage                    string // where apps and results live ("": <datadir>/storage)
	// --sidechain: the protocol on a gas-free sidechain bridged to a main chain.
	sidechain                bool
	mainHTTPPort, mainWSPort int
	relayPort                int
}

func (f *localnetFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.dataDir, "datadir", devnet.DefaultDataDir(), "directory of the chain, the dev keys, the store and the pool")
	fl.IntVar(&f.httpPort, "http-port", devnet.DefaultHTTPPort, "JSON-RPC over HTTP port on 127.0.0.1 (0 picks a free one)")
	fl.IntVar(&f.wsPort, "ws-port", devnet.DefaultWSPort, "JSON-RPC over WebSocket port on 127.0.0.1 (0 picks a free one)")
	fl.IntVar(&f.storagePort, "storage-port", localnet.DefaultStoragePort, "storage gateway port on 127.0.0.1 (0 picks a free one)")
	fl.StringVar(&f.storage, "storage", "", "keep apps, inputs and results on this store, e.g. an IPFS node: ipfs+http://127.0.0.1:5001 (default: a store folder in --datadir); the configuration file names it and the gateway serves it")
	fl.IntVar(&f.schedulerPort, "scheduler-port", localnet.DefaultSchedulerPort, "the pool scheduler's worker API port on 127.0.0.1 (0 picks a free one)")
	fl.IntVar(&f.marketPort, "market-port", localnet.DefaultMarketPort, "the market's port on 127.0.0.1 (0 picks a free one)")
	fl.IntVar(&f.smsPort, "sms-port", localnet.DefaultSMSPort, "the secret management service's port on 127.0.0.1 (0 picks a free one)")
	fl.BoolVar(&f.tee, "tee", true, "the workers run TEE tasks with DEVELOPMENT attestation, which the devnet's SMS accepts (nothing is protected: docs/confidential.md)")
	fl.IntVar(&f.explorerPort, "explorer-port", localnet.DefaultExplorerPort, "the explorer's web port on 127.0.0.1 (0 picks a free one)")
	fl.DurationVar(&f.blockTime, "block-time", 0, "block period, whole seconds (0: a block as soon as a transaction arrives)")
	fl.IntVar(&f.accounts, "accounts", devnet.DefaultAccounts, "number of dev accounts to create on first start")
	fl.IntVar(&f.workers, "workers", 4, "workers in the default pool (0: none)")
	fl.IntVar(&f.saboteurs, "saboteurs", 0, "TESTING AID: how many of the pool's workers (the first ones) are saboteurs that lie (docs/trust.md)")
	fl.StringVar(&f.strategy, "strategy", "colluding", "with --saboteurs: how they lie: colluding (one shared wrong result), independent (each its own) or score-building (honest until together they would win)")
	fl.BoolVarP(&f.verbose, "verbose", "v", false, "log the scheduler's and workers' activity on standard error")
	fl.BoolVar(&f.sidechain, "sidechain", false, "run two chains: the protocol on a gas-free sidechain (--http-port, --ws-port) bridged by 3 validators (threshold 2) to a main chain (--main-http-port, --main-ws-port) where the token lives (docs/bridge.md)")
	fl.IntVar(&f.mainHTTPPort, "main-http-port", localnet.DefaultMainHTTPPort, "with --sidechain: the main chain's JSON-RPC over HTTP port on 127.0.0.1 (0 picks a free one)")
	fl.IntVar(&f.mainWSPort, "main-ws-port", localnet.DefaultMainWSPort, "with --sidechain: the main chain's JSON-RPC over WebSocket port on 127.0.0.1 (0 picks a free one)")
	fl.IntVar(&f.relayPort, "relay-port", localnet.DefaultRelayPort, "with --sidechain: the first bridge validator's relay port on 127.0.0.1, the others the next ports (0 picks free ones)")
}

// bridgeConfig is the localnet's sidechain configuration from the flags.
func (f *localnetFlags) bridgeConfig() localnet.SidechainConfig {
	c := localnet.SidechainConfig{MainHTTPPort: f.mainHTTPPort, MainWSPort: f.mainWSPort}
	if f.relayPort != 0 {
		for i := range localnet.Validators {
			c.RelayPorts = append(c.RelayPorts, f.relayPort+i)
		}
	}
	return c
}

// startLocalnet starts the devnet and its pool as the flags say, printing progress on
// status.
func startLocalnet(ctx context.Context, cmd *cobra.Command, g *globals, f *localnetFlags, status io.Writer) (*localnet.Net, error) {
	level := slog.LevelWarn
	if f.verbose {
		level = slog.LevelInfo
	}
	logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))
	strategy, err := localnet.ParseStrategy(f.strategy)
	if err != nil {
		return nil, err
	}
	if f.saboteurs < 0 || f.saboteurs > f.workers {
		return nil, fmt.Errorf("--saboteurs %d: give 0 to --workers (%d)", f.saboteurs, f.workers)
	}
	var saboteurs []int
	for i := range f.saboteurs {
		saboteurs = append(saboteurs, i)
	}
	if len(saboteurs) > 0 {
		fmt.Fprintf(status, "WARNING: %d of the pool's %d workers are saboteurs (%s): a testing aid to watch the protocol catch them (docs/trust.md).\n", f.saboteurs, f.workers, strategy)
	}
	if f.sidechain {
		fmt.Fprintf(status, "Starting the devnet in %s: a main chain, a gas-free sidechain and 3 bridge validators ...\n", f.dataDir)
	} else {
		fmt.Fprintf(status, "Starting the devnet in %s ...\n", f.dataDir)
	}
	n, err := localnet.Start(ctx, localnet.Config{
		Devnet: devnet.Config{
			DataDir:    f.dataDir,
			HTTPPort:   f.httpPort,
			WSPort:     f.wsPort,
			BlockTime:  f.blockTime,
			Accounts:   f.accounts,
			ConfigPath: pick(g.configPath, os.Getenv(EnvConfig), config.DefaultPath()),
			Logger:     logger,
		},
		Workers:       f.workers,
		NoWorkers:     f.workers == 0,
		Saboteurs:     saboteurs,
		Strategy:      strategy,
		StoragePort:   f.storagePort,
		Storage:       f.storage,
		SchedulerPort: f.schedulerPort,
		MarketPort:    f.marketPort,
		SMSPort:       f.smsPort,
		TEE:           f.tee,
		MinStake:      scheduler.DefaultMinStake(),
		Logger:        logger,
		Sidechain:     f.sidechain,
		Bridge:        f.bridgeConfig(),
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("interrupted while starting: %w", err)
		}
		return nil, err
	}
	if _, err := n.StartExplorer(ctx, f.explorerPort); err != nil {
		n.Close()
		return nil, err
	}
	d := n.Devnet
	if k := len(d.Accounts()); !d.Created() && cmd.Flags().Changed("accounts") && f.accounts != k {
		fmt.Fprintf(status, "Note: --accounts applies to a new devnet; this one has %d accounts.\n", k)
	}
	return n, nil
}

// publishExamples builds the example apps, publishes them on the devnet, publishes their
// orders to the market and writes them and the pool's into the order folder, then waits
// for the pool's offers in the market. Without a Go toolchain it
// says so and publishes only the pool's orders.
func publishExamples(ctx context.Context, n *localnet.Net, status io.Writer) (map[string]*localnet.App, error) {
	apps := map[string]*localnet.App{}
	for _, name := range examples.Names() {
		p, err := examples.Build(ctx, name, filepath.Join(n.Devnet.DataDir(), "apps"))
		if err != nil {
			fmt.Fprintf(status, "Note: example app %s not published: %v\n", name, err)
			continue
		}
		module, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if apps[name], err = n.PublishApp(ctx, name, module); err != nil {
			return nil, err
		}
	}
	if err := n.WriteOrders(ctx, requester.OrdersDir(), apps); err != nil {
		return nil, err
	}
	if n.Workers() > 0 {
		if err := n.WaitOffers(ctx, 30*time.Second); err != nil {
			fmt.Fprintf(status, "Note: %v\n", err)
		}
	}
	return apps, nil
}

func newDevnetCommand(g *globals) *cobra.Command {
	var f localnetFlags
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local network: a dev chain with the protocol deployed, a storage gateway and a worker pool",
		Long: `Runs a whole Poco network inside this process until interrupted (Ctrl-C or SIGTERM), then
shuts it down cleanly:

  - a go-ethereum dev node, with JSON-RPC over HTTP and WebSocket on 127.0.0.1 (no
    peer-to-peer networking);
  - a storage gateway (content-addressed, IPFS CIDs) on --storage-port: GET /ipfs/<cid>
    reads, POST /ipfs/ stores; its files are in <datadir>/storage;
  - a market (order book, ` + "`poco market`" + `) on --market-port, its book in <datadir>/market.db;
  - a worker pool: a workerpool registered by dev account 1, its scheduler (worker API
    on --scheduler-port, state in <datadir>/scheduler.db) and --workers workers running
    WASM apps, each with its own key (<datadir>/workers/keystore), 1,000 ether and 1,000
    RLC deposited as stake (the pool's minimum stake is the scheduler's default, 10 RLC
    per slot); the scheduler publishes the pool's offers to the market from its live
    workers' free capacity (the slots they proved), at 0.1 RLC per task;
  - a block explorer on --explorer-port: the market, pools, workers, deals, tasks (with
    why each unfinished one waits, from the pool's scheduler) and any address's
    activity, live (index in <datadir>/explorer.db);
  - with --saboteurs N (a testing aid), the pool's first N workers lie with --strategy,
    uploading wrong results that match what they commit, to watch the protocol catch and
    penalize them (docs/trust.md);
  - the example apps (examples/, built with the Go toolchain when there is one),
    published by dev account 2; their app orders are published to the market, and
    written with the pool's workerpool orders (one per category) to $POCO_HOME/orders
    (for ` + "`poco run --orders`" + `).

On first start in a data directory it creates the chain (Ethereum mainnet rules up to
Prague, 60M gas blocks, chain id 1886348143 = 0x706f636f), deploys the token and the
protocol (with the default categories), funds --accounts dev accounts with 1,000,000 ether
and 1,000,000 RLC each, deposits 10,000 RLC of each into the hub, and writes the
configuration file (--config) that every other poco command reads: endpoint, chain id,
contract addresses, keystore, default account (dev account 0), password file, the
storage gateway, the market (` + "`poco run`" + ` buys from its book) and the pool's scheduler
(` + "`poco task why`" + ` and ` + "`poco deal show`" + ` ask it why tasks wait).

The chain is kept in --datadir: starting again resumes it (same contracts, balances,
assets, deals, pool and workers; a deal in progress goes on); only the configuration
file's endpoints are updated if a port changed. Delete the directory to start from scratch.

Blocks are made as soon as a transaction arrives, or every --block-time (whole seconds).
With instant blocks, an idle devnet still makes a block every 5 seconds (a 0-value
transfer of a devnet-only clock account), so the chain's time follows the wall clock and
deadlines pass while nothing else happens.
The dev keys are keystore files in <datadir>/keystore with their password in
<datadir>/password: they are for development only.

With --sidechain it runs two chains (docs/bridge.md, "Two chains locally"): the protocol
on a gas-free sidechain (--http-port, --ws-port; base fee and gas price 0, the dev accounts
hold no ether and need none), whose token is the BridgedToken of a SideBridge, and a main
chain (--main-http-port, --main-ws-port, chain id 1886348144, in <datadir>/mainchain)
holding the RLC test token and the BridgeVault, bridged by 3 validators (dev accounts 3 to
5, relays from --relay-port) of which 2 must sign each transfer. On first start the
requester, the pool owner, the publisher and the workers' funder get their side tokens by
locking main chain tokens through the bridge. The summary (and --json's "sidechain")
shows both chains, the bridge contracts, what the vault locks and the bridged supply,
and the validators; the configuration file's "bridge" object lets ` + "`poco bridge`" + ` commands
work without flags.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
			status := out // progress lines; with --json, stdout carries only the JSON summary
			if g.json {
				status = errOut
			}
			n, err := startLocalnet(ctx, cmd, g, &f, status)
			if err != nil {
				return err
			}
			defer n.Close()
			apps, err := publishExamples(ctx, n, status)
			if err != nil {
				return err
			}
			sum, err := devnetSummary(cmd, n, apps)
			if err != nil {
				return err
			}
			if g.json {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(sum); err != nil {
					return err
				}
				fmt.Fprintln(status, "Running; press Ctrl-C to stop.")
			} else {
				writeDevnetSummary(out, sum)
				fmt.Fprintf(out, "\nRunning; press Ctrl-C to stop.\n")
			}
			return waitAndStop(ctx, stop, n, status)
		},
	}
	f.register(cmd)
	return cmd
}

// waitAndStop waits for an interrupt (or the devnet ending), then stops the network.
func waitAndStop(ctx context.Context, stop func(), n *localnet.Net, status io.Writer) error {
	select {
	case <-ctx.Done():
	case <-n.Devnet.Done():
	}
	stop() // from here a second Ctrl-C ends the process at once
	fmt.Fprintln(status, "\nStopping the devnet ...")
	if err := n.Close(); err != nil {
		return err
	}
	if n.Sidechain() {
		fmt.Fprintf(status, "Devnet stopped. Its two chains and the bridge are kept in %s; run `poco devnet --sidechain` again to resume them.\n", n.Devnet.DataDir())
		return nil
	}
	fmt.Fprintf(status, "Devnet stopped. Its chain is kept in %s; run `poco devnet` again to resume it.\n", n.Devnet.DataDir())
	return nil
}

// devnetSummaryJSON is what `poco devnet --json` prints once the devnet runs.
type devnetSummaryJSON struct {
	HTTP         string              `json:"http"`
	WS           string              `json:"ws"`
	ChainID      uint64              `json:"chainId"`
	Created      bool                `json:"created"`
	StartupMS    int64               `json:"startupMs"`
	BlockTime    string              `json:"blockTime"`
	Head         uint64              `json:"head"`
	DataDir      string              `json:"dataDir"`
	Contracts    chain.Deployment    `json:"contracts"`
	Accounts     []devnetAccountJSON `json:"accounts"`
	Keystore     string              `json:"keystore"`
	PasswordFile string              `json:"passwordFile"`
	Config       string              `json:"config"`
	ConfigBackup string              `json:"configBackup,omitempty"`
	Storage      string              `json:"storage"`
	StoredOn     string              `json:"storedOn,omitempty"` // --storage, when not the gateway's own folder
	Market       string              `json:"market"`
	SMS          string              `json:"sms"`
	// InsecureTEE: the workers run TEE tasks with development attestation.
	InsecureTEE bool              `json:"insecureTEE"`
	Explorer    string            `json:"explorer"`
	Pool        devnetPoolJSON    `json:"pool"`
	Apps        map[string]string `json:"apps"`   // example app name → address
	Orders      string            `json:"orders"` // the order folder
	// Sidechain: with --sidechain, the chain above is the gas-free sidechain, and this is
	// the main chain and the bridge.
	Sidechain *devnetSidechainJSON `json:"sidechain,omitempty"`
}

// devnetSidechainJSON describes the main chain and the bridge of `poco devnet --sidechain`.
type devnetSidechainJSON struct {
	Main struct {
		HTTP    string         `json:"http"`
		WS      string         `json:"ws"`
		ChainID uint64         `json:"chainId"`
		Head    uint64         `json:"head"`
		DataDir string         `json:"dataDir"`
		Token   common.Address `json:"token"`
		Vault   common.Address `json:"vault"`
		Locked  string         `json:"locked"` // tokens the vault holds, token units
	} `json:"main"`
	Side struct {
		Bridge        common.Address `json:"bridge"`
		Token         common.Address `json:"token"`         // the BridgedToken the hub counts in
		BridgedSupply string         `json:"bridgedSupply"` // token units
		ZeroFee       bool           `json:"zeroFee"`
	} `json:"side"`
	Threshold  uint64                `json:"threshold"`
	Validators []devnetValidatorJSON `json:"validators"`
	StartupMS  int64                 `json:"startupMs"` // the whole network, both chains and the validators
}

type devnetValidatorJSON struct {
	Address common.Address `json:"address"`
	Relay   string         `json:"relay"`
	Running bool           `json:"running"`
}

type devnetPoolJSON struct {
	Workerpool common.Address   `json:"workerpool"`
	Owner      common.Address   `json:"owner"`
	Scheduler  string           `json:"scheduler"` // the worker API's URL
	Workers    []common.Address `json:"workers"`
}

type devnetAccountJSON struct {
	Address common.Address `json:"address"`
	Wei     string         `json:"wei"`
	Tokens  string         `json:"tokens"`  // wallet, token units (9 decimals)
	Deposit string         `json:"deposit"` // free in the hub
	Locked  string         `json:"locked"`
}

func devnetSummary(cmd *cobra.Command, n *localnet.Net, apps map[string]*localnet.App) (*devnetSummaryJSON, error) {
	d := n.Devnet
	bals, err := d.Balances(cmd.Context())
	if err != nil {
		return nil, err
	}
	s := &devnetSummaryJSON{
		HTTP: d.HTTPEndpoint(), WS: d.WSEndpoint(), ChainID: d.ChainID(), Created: d.Created(),
		StartupMS: d.StartupTime().Milliseconds(), BlockTime: d.BlockTime().String(), Head: d.Head(),
		DataDir: d.DataDir(), Contracts: d.Deployment(), Keystore: d.KeystoreDir(),
		PasswordFile: d.PasswordFile(), Config: d.ConfigPath(), ConfigBackup: d.ConfigBackup(),
		Storage: n.GatewayURL(), StoredOn: n.StorageLocation(), Market: n.MarketURL(), SMS: n.SMSURL(), InsecureTEE: n.TEE(), Explorer: n.Explorer().URL(), Apps: map[string]string{}, Orders: requester.OrdersDir(),
		Pool: devnetPoolJSON{Workerpool: n.Pool, Owner: crypto.PubkeyToAddress(n.PoolOwner().PublicKey),
			Scheduler: n.SchedulerURL(), Workers: []common.Address{}},
	}
	for i := 0; i < n.Workers(); i++ {
		s.Pool.Workers = append(s.Pool.Workers, n.WorkerAddress(i))
	}
	for name, a := range apps {
		s.Apps[name] = a.Address.Hex()
	}
	for _, b := range bals {
		s.Accounts = append(s.Accounts, devnetAccountJSON{Address: b.Address, Wei: b.Ether.String(),
			Tokens: b.Tokens.String(), Deposit: b.Free.String(), Locked: b.Locked.String()})
	}
	if n.Sidechain() {
		sc, err := sidechainSummary(cmd.Context(), n)
		if err != nil {
			return nil, err
		}
		s.Sidechain = sc
	}
	return s, nil
}

func sidechainSummary(ctx context.Context, n *localnet.Net) (*devnetSidechainJSON, error) {
	info := n.BridgeInfo()
	sc := &devnetSidechainJSON{Threshold: info.Threshold, StartupMS: n.StartupTime().Milliseconds()}
	m := n.Main
	sc.Main.HTTP, sc.Main.WS, sc.Main.ChainID, sc.Main.Head, sc.Main.DataDir = m.HTTPEndpoint(), m.WSEndpoint(), m.ChainID(), m.Head(), m.DataDir()
	sc.Main.Token, sc.Main.Vault = info.MainToken, info.MainBridge
	locked, err := n.MainBridge().TokenBalance(ctx, info.MainBridge)
	if err != nil {
		return nil, err
	}
	sc.Main.Locked = locked.String()
	sc.Side.Bridge, sc.Side.Token, sc.Side.ZeroFee = info.SideBridge, info.SideToken, n.Devnet.ZeroFee()
	supply, err := n.BridgedSupply(ctx)
	if err != nil {
		return nil, err
	}
	sc.Side.BridgedSupply = supply.String()
	for i, a := range n.ValidatorAddresses() {
		sc.Validators = append(sc.Validators, devnetValidatorJSON{Address: a, Relay: info.Relays[i], Running: n.ValidatorRunning(i)})
	}
	return sc, nil
}

func writeDevnetSummary(w io.Writer, s *devnetSummaryJSON) {
	how := fmt.Sprintf("chain resumed in %v", time.Duration(s.StartupMS)*time.Millisecond)
	if s.Created {
		how = fmt.Sprintf("new chain created in %v", time.Duration(s.StartupMS)*time.Millisecond)
	}
	blocks := "one as soon as a transaction arrives"
	if s.BlockTime != "0s" {
		blocks = "one every " + s.BlockTime
	}
	fmt.Fprintf(w, "\nDevnet running (%s)\n\n", how)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if s.Sidechain != nil {
		fmt.Fprintf(w, "Sidechain (gas-free: base fee and gas price 0; the protocol runs here)\n")
	}
	fmt.Fprintf(tw, "  JSON-RPC HTTP\t%s\n", s.HTTP)
	fmt.Fprintf(tw, "  JSON-RPC WebSocket\t%s\n", s.WS)
	fmt.Fprintf(tw, "  Chain id\t%d (%#x)\n", s.ChainID, s.ChainID)
	fmt.Fprintf(tw, "  Blocks\t%s; head block #%d\n", blocks, s.Head)
	fmt.Fprintf(tw, "  Data directory\t%s\n", s.DataDir)
	tw.Flush()

	if sc := s.Sidechain; sc != nil {
		fmt.Fprintf(w, "\nMain chain (where the token lives; whole network started in %v)\n", time.Duration(sc.StartupMS)*time.Millisecond)
		fmt.Fprintf(tw, "  JSON-RPC HTTP\t%s\n", sc.Main.HTTP)
		fmt.Fprintf(tw, "  JSON-RPC WebSocket\t%s\n", sc.Main.WS)
		fmt.Fprintf(tw, "  Chain id\t%d (%#x)\n", sc.Main.ChainID, sc.Main.ChainID)
		fmt.Fprintf(tw, "  Head block\t#%d\n", sc.Main.Head)
		fmt.Fprintf(tw, "  Data directory\t%s\n", sc.Main.DataDir)
		tw.Flush()
		fmt.Fprintf(w, "\nBridge (lock on main / mint on side, burn on side / release on main; %d of %d validators sign)\n", sc.Threshold, len(sc.Validators))
		fmt.Fprintf(tw, "  Token (main)\t%s\n", sc.Main.Token)
		fmt.Fprintf(tw, "  BridgeVault (main)\t%s, locks %s RLC\n", sc.Main.Vault, units(sc.Main.Locked, 9, 9))
		fmt.Fprintf(tw, "  SideBridge (side)\t%s\n", sc.Side.Bridge)
		fmt.Fprintf(tw, "  BridgedToken (side)\t%s, supply %s RLC\n", sc.Side.Token, units(sc.Side.BridgedSupply, 9, 9))
		for i, v := range sc.Validators {
			state := "running"
			if !v.Running {
				state = "stopped"
			}
			fmt.Fprintf(tw, "  Validator %d\t%s, relay %s (%s)\n", i, v.Address, v.Relay, state)
		}
		tw.Flush()
		fmt.Fprintf(w, "  poco bridge deposit/withdraw/status read the configuration file's \"bridge\" section\n")
	}

	fmt.Fprintf(w, "\nContracts\n")
	c := s.Contracts
	for _, row := range []struct {
		name string
		addr common.Address
	}{{"Hub", c.Hub}, {"Token (RLC)", c.Token}, {"App registry", c.AppRegistry},
		{"Dataset registry", c.DatasetRegistry}, {"Workerpool registry", c.WorkerpoolRegistry}, {"Task module", c.Tasks}} {
		fmt.Fprintf(tw, "  %s\t%s\n", row.name, row.addr)
	}
	tw.Flush()

	fmt.Fprintf(w, "\nDev accounts (development only: never send them anything of value)\n")
	fmt.Fprintf(tw, "  #\tAddress\tETH\tRLC wallet\tRLC deposited\tRLC locked\n")
	for i, a := range s.Accounts {
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\t%s\n", i, a.Address, units(a.Wei, 18, 4), units(a.Tokens, 9, 9),
			units(a.Deposit, 9, 9), units(a.Locked, 9, 9))
	}
	tw.Flush()
	fmt.Fprintf(tw, "  Keystore\t%s\n", s.Keystore)
	fmt.Fprintf(tw, "  Password file\t%s (for --password-file)\n", s.PasswordFile)
	tw.Flush()

	fmt.Fprintf(w, "\nConfiguration file %s\n", s.Config)
	fmt.Fprintf(w, "  every poco command reads it: this endpoint, these contracts, account #0 by default\n")
	if s.ConfigBackup != "" {
		fmt.Fprintf(w, "  it described another chain: the previous file is saved as %s\n", s.ConfigBackup)
	}
	fmt.Fprintf(w, "\nNetwork\n")
	fmt.Fprintf(tw, "  Explorer\t%s (deals, tasks, workers, any address)\n", s.Explorer)
	fmt.Fprintf(tw, "  Storage gateway\t%s (GET /ipfs/<cid>)\n", s.Storage)
	if s.StoredOn != "" {
		fmt.Fprintf(tw, "  Stored on\t%s (apps, inputs, results; the configuration file's storage)\n", s.StoredOn)
	}
	fmt.Fprintf(tw, "  Market\t%s (order book: poco orderbook workerpool)\n", s.Market)
	fmt.Fprintf(tw, "  SMS\t%s (secrets: poco dataset push-secret, poco run --secret; INSECURE development attestation)\n", s.SMS)
	fmt.Fprintf(tw, "  Workerpool\t%s (owner %s, dev account 1)\n", s.Pool.Workerpool, s.Pool.Owner)
	fmt.Fprintf(tw, "  Scheduler\t%s (worker API)\n", s.Pool.Scheduler)
	fmt.Fprintf(tw, "  Workers\t%d\n", len(s.Pool.Workers))
	names := make([]string, 0, len(s.Apps))
	for name := range s.Apps {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(tw, "  App %s\t%s\n", name, s.Apps[name])
	}
	fmt.Fprintf(tw, "  Orders\t%s (the pool's and the apps' signed orders, for poco run)\n", s.Orders)
	tw.Flush()
	if s.InsecureTEE {
		fmt.Fprintf(w, "\nTEE tasks (tag tee,tdx) run here with DEVELOPMENT attestation, which proves nothing: the SMS\n"+
			"releases dataset keys and secrets to these workers without any TEE. Never put real secrets here.\n")
	}
	if app, ok := s.Apps["hello"]; ok {
		fmt.Fprintf(w, "\nTry: poco run %s --volume 3 --args \"hi there\" --yes\n", app)
	}
}

// units writes an integer amount of base units as a decimal number of whole units, with at
// most maxFrac decimals (truncated).
func units(amount string, decimals, maxFrac int) string {
	x, ok := new(big.Int).SetString(amount, 10)
	if !ok {
		return amount
	}
	neg := x.Sign() < 0
	x.Abs(x)
	q, r := new(big.Int).QuoRem(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil), new(big.Int))
	s := q.String()
	rs := r.String()
	frac := strings.Repeat("0", decimals-len(rs)) + rs
	if frac = strings.TrimRight(frac[:min(maxFrac, decimals)], "0"); frac != "" {
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}
