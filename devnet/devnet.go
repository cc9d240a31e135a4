// Package devnet runs a local development chain for Poco: a real go-ethereum node embedded
// in the process (not the simulated backend), with the protocol deployed and dev accounts
// funded, that wallets, tools and every `poco` command can use.
//
// # What runs
//
// A go-ethereum full node (node + eth service) with no peer-to-peer networking (no
// discovery, no listening, no peers), serving JSON-RPC over HTTP and WebSocket on
// 127.0.0.1 only, with the eth, net, web3 and txpool namespaces. Blocks are produced by
// go-ethereum's simulated beacon client (eth/catalyst.SimulatedBeacon, the one behind
// `geth --dev`): on demand, a block as soon as a transaction arrives (Config.BlockTime 0),
// or one block every Config.BlockTime. The chain follows Ethereum mainnet's rules up to
// Prague (chain.PragueRules), so gas is what mainnet charges, with a 60M block gas limit,
// and its chain id is ChainID.
//
// On first start, Start generates Config.Accounts dev keys, funds each with 1,000,000
// ether in the genesis block, deploys the protocol with chain.Deploy (a TestToken minted to
// account 0, the registries, the task module and the hub, whose constructor creates the
// default categories), gives every dev account 1,000,000 RLC and deposits 10,000 RLC of
// them into the hub, so that every account is ready to act as requester, worker or owner.
// It then writes the user configuration file (config.File) that every `poco` command
// reads: the HTTP endpoint, the chain id, the contract addresses, the keystore, dev account
// 0 as default account and the password file.
//
// # A second chain
//
// Two devnets can run side by side as a main chain and a sidechain (package localnet's
// Sidechain mode): Config.ChainID gives the second one another chain id, Config.KeysFrom
// the first one's dev accounts, Config.NoUserConfig leaves the configuration file to the
// other, Config.ZeroFee makes it gas-free (base fee 0 for ever, a tip of 0 accepted and
// suggested: an account without ether sends transactions), and Config.Token deploys the
// token the protocol counts in (the SideBridge's BridgedToken) instead of the TestToken.
//
// # What persists
//
// Everything lives in Config.DataDir, which is also a valid geth data directory:
//
//	devnet.json   chain id, genesis hash, deployment, dev accounts (written last on first start)
//	genesis.json  the genesis block specification
//	keystore/     dev keys, keystore v3 files (light scrypt unless configured otherwise)
//	password      the keys' password (mode 0600)
//	geth/         the node: chain database (chaindata), LOCK, nodekey
//
// The node keeps all state (archive mode, hash-based state storage): every block's state
// is written to the database when the block is inserted, and the database is synced to
// disk after each new head (go-ethereum otherwise writes asynchronously, and a killed
// process would lose its last blocks). So stopping — cleanly with Close, or even with
// SIGKILL — and starting again on the same data directory resumes the same chain (same
// genesis, same head, same state). Later starts reuse everything: the dev accounts are
// those of the first start, the block time may change, and the configuration file only
// gets its endpoint updated if the port changed (a file that describes another chain is
// saved aside, then replaced).
//
// The dev keys and their password are stored in clear next to each other: they are for
// development only and must never hold anything of value.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/config"
)

// ChainID is the devnet's chain id: 0x706f636f, "poco" in ASCII (1886348143). It is
// distinct from the ids other local chains use (1337 for geth --dev and the simulated
// backend, 31337 for Hardhat and Anvil), so a wallet or a `poco` command pointed at the
// wrong local chain notices it.
const ChainID uint64 = 0x706f636f

// Defaults.
const (
	DefaultHTTPPort = 8545
	DefaultWSPort   = 8546
	DefaultAccounts = 10
	// GasLimit is the block gas limit (Ethereum mainnet's at the time of writing).
	GasLimit uint64 = 60_000_000
)

// RLC is one token (the test token has 9 decimals).
const RLC = 1_000_000_000

// Amounts every dev account gets on first start. Do not modify.
var (
	EtherPerAccount   = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18)) // 1e6 ether, in the genesis
	TokensPerAccount  = big.NewInt(1_000_000 * RLC)                               // transferred to its wallet
	DepositPerAccount = big.NewInt(10_000 * RLC)                                  // deposited into the hub, out of TokensPerAccount
)

// Config configures Start.
type Config struct {
	// DataDir holds the chain and the dev keys; default DefaultDataDir(). It must be a new
	// or empty directory, or one a previous Start created.
	DataDir string
	// HTTPPort and WSPort are the JSON-RPC ports on 127.0.0.1. 0 picks a free port (see
	// HTTPEndpoint and WSEndpoint for the one in use); when both are 0, WebSocket is served
	// on the HTTP port. The `poco devnet` command defaults to DefaultHTTPPort and
	// DefaultWSPort. The same port for both serves both on it.
	HTTPPort, WSPort int
	// BlockTime is the block period, a whole number of seconds; 0 produces a block as soon
	// as a transaction arrives.
	BlockTime time.Duration
	// Accounts is the number of dev accounts to create on first start (default
	// DefaultAccounts); later starts keep the accounts created first.
	Accounts int
	// ConfigPath is the user configuration file to write; default config.DefaultPath().
	ConfigPath string
	// Logger receives the devnet's progress (Info) and the node's warnings and errors;
	// nil discards them.
	Logger *slog.Logger
	// IdleBlockInterval: with instant blocks, when no block was made for this long, the
	// devnet makes one (a 0-value transfer of ClockAccount), so the chain's time follows
	// the wall clock and deadlines pass while nothing happens. 0 means
	// DefaultIdleBlockInterval; negative turns it off.
	IdleBlockInterval time.Duration
	// ScryptN and ScryptP are the keystore's key derivation parameters for new keys;
	// 0 means keystore.LightScryptN and keystore.LightScryptP (dev keys whose password
	// sits next to them gain nothing from a slow derivation).
	ScryptN, ScryptP int

	// ChainID is the chain id of a new chain (0: ChainID). Two devnets bridged to each
	// other need distinct ids. A resumed chain keeps the id it was created with; a nonzero
	// ChainID that differs from it is refused.
	ChainID uint64
	// ZeroFee makes a gas-free chain (a sidechain's): the base fee is 0 and stays 0 (the
	// block gas limit is ZeroFeeGasLimit, so a block never uses more than the EIP-1559
	// target and the base fee never rises), the transaction pool and block production
	// accept a tip of 0, and the node suggests a gas price and tip of 0, so an account
	// holding no ether can send transactions; the dev accounts get no ether in the
	// genesis. It applies to a new chain; a resumed chain keeps the mode it was created
	// with.
	ZeroFee bool
	// Token, if set, deploys on first start the ERC-20 the protocol counts in, instead of
	// the TestToken (for a sidechain: the SideBridge, whose BridgedToken it returns). The
	// devnet then gives the dev accounts no tokens (it holds none to give): whoever
	// issues the token funds them.
	Token func(ctx context.Context, s TokenSetup) (common.Address, error)
	// KeysFrom is the data directory of another devnet whose dev keys and password this
	// devnet uses on first start (the same accounts on two chains); "" creates new keys.
	KeysFrom string
	// NoUserConfig leaves the configuration file alone (a second devnet beside the one
	// the commands use).
	NoUserConfig bool
}

// TokenSetup is what Config.Token gets: the new chain, its id, the dev accounts, and
// the key of account 0, which deploys the protocol after Token returns.
type TokenSetup struct {
	Client   *ethclient.Client
	ChainID  uint64
	Deployer *ecdsa.PrivateKey
	Accounts []common.Address
}

// ZeroFeeGasLimit is the block gas limit of a ZeroFee chain: 10 billion, so that the
// base fee, which EIP-1559 raises only after a block above half the limit, stays 0.
const ZeroFeeGasLimit uint64 = 10_000_000_000

// DefaultDataDir is where `poco devnet` keeps its chain: $POCO_HOME/devnet or ~/.poco/devnet.
func DefaultDataDir() string { return filepath.Join(config.Home(), "devnet") }

// Devnet is a running development chain.
type Devnet struct {
	cfg     Config
	dir     string
	st      *state
	created bool
	started time.Duration

	node   *node.Node
	eth    *eth.Ethereum
	rpc    *rpc.Client
	client *ethclient.Client
	log    *slog.Logger

	configBackup string

	syncStop chan struct{}
	syncDone chan struct{}

	clockStop, clockDone chan struct{}
	tickMu               sync.Mutex
	synced               atomic.Uint64 // the latest head known to be on disk

	closeOnce sync.Once
	closeErr  error
	done      chan struct{}
}

// Start starts the devnet in cfg.DataDir: on first start it creates the chain, deploys
// the protocol and funds the dev accounts; later it resumes the chain found there. Either
// way it writes the configuration file at cfg.ConfigPath. ctx bounds the start only; the
// devnet runs until Close.
func Start(ctx context.Context, cfg Config) (_ *Devnet, err error) {
	t0 := time.Now()
	if err := cfg.normalize(); err != nil {
		return nil, err
	}
	lg := cfg.Logger
	dir := cfg.DataDir
	kind, err := inspect(dir)
	if err != nil {
		return nil, err
	}
	if err := checkPorts(cfg); err != nil {
		return nil, err
	}
	if kind == dirFresh {
		// Mark the directory as ours before anything else lands in it, so that an
		// interrupted first start is recognized (and redone) rather than refused.
		if err := writeMarker(dir); err != nil {
			return nil, fmt.Errorf("devnet: data directory %s is not writable: %w", dir, err)
		}
	}

	stack, err := node.New(nodeConfig(cfg))
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("devnet: data directory %s is in use by another process (is a devnet already running there?)", dir)
		}
		return nil, fmt.Errorf("devnet: creating the node in %s: %w", dir, err)
	}
	d := &Devnet{cfg: cfg, dir: dir, node: stack, log: lg, done: make(chan struct{})}
	defer func() {
		if err != nil {
			d.Close()
		}
	}()

	var (
		genesis *core.Genesis
		keys    []*keystore.Key
	)
	switch kind {
	case dirDevnet:
		if d.st, err = readState(dir); err != nil {
			return nil, err
		}
		if genesis, err = readGenesis(dir); err != nil {
			return nil, err
		}
		lg.Info("devnet: resuming the chain", "datadir", dir)
	default:
		if kind == dirIncomplete {
			lg.Info("devnet: a previous first start was interrupted; starting over", "datadir", dir)
			if err := wipeIncomplete(dir); err != nil {
				return nil, err
			}
		}
		d.created = true
		lg.Info("devnet: creating a new chain", "datadir", dir, "accounts", cfg.Accounts)
		if cfg.KeysFrom != "" {
			keys, err = importKeys(dir, cfg.KeysFrom)
		} else {
			keys, err = createKeys(dir, cfg.Accounts, cfg.ScryptN, cfg.ScryptP)
		}
		if err != nil {
			return nil, err
		}
		addrs := make([]common.Address, len(keys))
		for i, k := range keys {
			addrs[i] = k.Address
		}
		id := cfg.ChainID
		if id == 0 {
			id = ChainID
		}
		genesis = newGenesis(addrs, uint64(time.Now().Unix()), id, cfg.ZeroFee)
		if err := writeGenesis(dir, genesis); err != nil {
			return nil, err
		}
		d.st = &state{Version: stateVersion, ChainID: id, GenesisHash: genesis.ToBlock().Hash(),
			Accounts: addrs, ZeroFee: cfg.ZeroFee, ExternalToken: cfg.Token != nil}
	}
	if cfg.ChainID != 0 && cfg.ChainID != d.st.ChainID {
		return nil, fmt.Errorf("devnet: the chain in %s has chain id %d, not %d; delete the directory to start over",
			dir, d.st.ChainID, cfg.ChainID)
	}

	if err := d.startNode(genesis); err != nil {
		return nil, err
	}
	if got := d.eth.BlockChain().Genesis().Hash(); got != d.st.GenesisHash {
		return nil, fmt.Errorf("devnet: the chain in %s has genesis %s, devnet.json expects %s; delete the directory to start over",
			dir, got, d.st.GenesisHash)
	}

	if d.created {
		dep, err := d.setup(ctx, keys)
		if err != nil {
			return nil, err
		}
		d.st.Deployment = *dep
		d.st.CreatedAt = time.Now().UTC()
		// The deployment must be on disk before devnet.json says it exists.
		if err := d.eth.ChainDb().SyncKeyValue(); err != nil {
			return nil, fmt.Errorf("devnet: syncing the chain database: %w", err)
		}
		if err := writeState(dir, d.st); err != nil {
			return nil, err
		}
		if err := removeMarker(dir); err != nil {
			return nil, err
		}
	} else {
		if err := d.checkDeployment(ctx); err != nil {
			return nil, err
		}
		removeMarker(dir) // a crash between writing devnet.json and removing the marker
	}

	if !cfg.NoUserConfig {
		if err := d.writeUserConfig(); err != nil {
			return nil, err
		}
	}
	idle := cfg.IdleBlockInterval
	if idle == 0 {
		idle = DefaultIdleBlockInterval
	}
	d.startClock(idle)
	d.started = time.Since(t0)
	lg.Info("devnet: running", "http", d.HTTPEndpoint(), "ws", d.WSEndpoint(), "head", d.eth.BlockChain().CurrentBlock().Number,
		"took", d.started.Round(time.Millisecond))
	return d, nil
}

func (c *Config) normalize() error {
	if c.DataDir == "" {
		c.DataDir = DefaultDataDir()
	}
	abs, err := filepath.Abs(c.DataDir)
	if err != nil {
		return fmt.Errorf("devnet: data directory %q: %w", c.DataDir, err)
	}
	c.DataDir = abs
	if c.ConfigPath == "" {
		c.ConfigPath = config.DefaultPath()
	}
	if abs, err := filepath.Abs(c.ConfigPath); err == nil {
		c.ConfigPath = abs
	}
	for _, p := range []struct {
		name string
		port int
	}{{"HTTP", c.HTTPPort}, {"WebSocket", c.WSPort}} {
		if p.port < 0 || p.port > 65535 {
			return fmt.Errorf("devnet: %s port %d is not a port number (0 to 65535; 0 picks a free one)", p.name, p.port)
		}
	}
	if c.BlockTime < 0 || c.BlockTime%time.Second != 0 {
		return fmt.Errorf("devnet: block time %v is not a whole number of seconds (use 0 for a block per transaction)", c.BlockTime)
	}
	if c.Accounts == 0 {
		c.Accounts = DefaultAccounts
	}
	if c.Accounts < 1 || c.Accounts > 1000 {
		return fmt.Errorf("devnet: %d dev accounts: want 1 to 1000", c.Accounts)
	}
	if c.ScryptN == 0 {
		c.ScryptN = keystore.LightScryptN
	}
	if c.ScryptP == 0 {
		c.ScryptP = keystore.LightScryptP
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return nil
}

// checkPorts fails early, with a clear message, when a fixed port is taken. (The node
// would fail too, but only after opening the chain database.)
func checkPorts(cfg Config) error {
	check := func(what string, port int, flag string) error {
		if port == 0 {
			return nil
		}
		l, err := net.Listen("tcp", net.JoinHostPort(listenHost, fmt.Sprint(port)))
		if err != nil {
			if errors.Is(err, syscall.EADDRINUSE) {
				return fmt.Errorf("devnet: %s port %d on %s is already in use (another devnet or node?); choose another with %s, or 0 for a free one",
					what, port, listenHost, flag)
			}
			return fmt.Errorf("devnet: cannot listen on %s port %d: %w", what, port, err)
		}
		return l.Close()
	}
	if err := check("HTTP", cfg.HTTPPort, "--http-port"); err != nil {
		return err
	}
	if cfg.WSPort != cfg.HTTPPort {
		return check("WebSocket", cfg.WSPort, "--ws-port")
	}
	return nil
}

// startNode registers the eth service, the log filter API and the simulated beacon on the
// node and starts it, as cmd/geth does for --dev.
func (d *Devnet) startNode(genesis *core.Genesis) error {
	ec := ethConfig(genesis, d.st.ChainID, d.st.ZeroFee)
	backend, err := eth.New(d.node, ec)
	if err != nil {
		return fmt.Errorf("devnet: opening the chain in %s: %w", d.dir, err)
	}
	d.eth = backend
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize: ec.FilterLogCacheSize, LogQueryLimit: ec.LogQueryLimit, RangeLimit: ec.RangeLimit,
	})
	d.node.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if d.st.ZeroFee {
		// Registered after the eth service's: these replace its eth_gasPrice and
		// eth_maxPriorityFeePerGas, whose oracle never suggests less than 2 wei.
		d.node.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: zeroFeeAPI{}}})
		// The pool's and the miner's minimum tip cannot be configured below 1 wei; lower
		// them once the service exists.
		backend.TxPool().SetGasTip(new(big.Int))
		if err := backend.Miner().SetGasTip(new(big.Int)); err != nil {
			return fmt.Errorf("devnet: zero fee: %w", err)
		}
	}

	beacon, err := catalyst.NewSimulatedBeacon(uint64(d.cfg.BlockTime/time.Second), common.Address{}, backend)
	if err != nil {
		return fmt.Errorf("devnet: starting block production: %w", err)
	}
	// The simulated beacon's API is what mines on demand (period 0): it watches the
	// transaction pool. Its dev_ and testing_ namespaces are not exposed over HTTP or WS.
	catalyst.RegisterSimulatedBeaconAPIs(d.node, beacon)
	d.node.RegisterLifecycle(beacon) // registered last, so stopped first

	if err := d.node.Start(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return fmt.Errorf("devnet: a JSON-RPC port is already in use: %w", err)
		}
		return fmt.Errorf("devnet: starting the node: %w", err)
	}
	d.rpc = d.node.Attach()
	d.client = ethclient.NewClient(d.rpc)
	d.startSyncLoop()
	return nil
}

// startSyncLoop makes every new head durable. The node writes to its database without
// waiting for the write-ahead log (go-ethereum's pebble runs in asynchronous mode, for
// speed), so a process killed just after a block could lose that block; a synced write
// after each new head (or after each burst of heads) closes the gap to milliseconds.
func (d *Devnet) startSyncLoop() {
	heads := make(chan core.ChainHeadEvent, 16)
	sub := d.eth.BlockChain().SubscribeChainHeadEvent(heads)
	db := d.eth.ChainDb()
	d.syncStop, d.syncDone = make(chan struct{}), make(chan struct{})
	d.synced.Store(d.eth.BlockChain().CurrentBlock().Number.Uint64())
	go func() {
		defer close(d.syncDone)
		defer sub.Unsubscribe()
		for {
			select {
			case <-d.syncStop:
				return
			case <-sub.Err():
				return
			case ev := <-heads:
				for more := true; more; {
					select {
					case ev = <-heads:
					default:
						more = false
					}
				}
				if err := db.SyncKeyValue(); err != nil {
					d.log.Warn("devnet: syncing the chain database", "err", err)
					continue
				}
				d.synced.Store(ev.Header.Number.Uint64())
			}
		}
	}()
}

// checkDeployment makes sure a resumed chain still holds the hub.
func (d *Devnet) checkDeployment(ctx context.Context) error {
	code, err := d.client.CodeAt(ctx, d.st.Deployment.Hub, nil)
	if err != nil {
		return fmt.Errorf("devnet: reading the hub's code: %w", err)
	}
	if len(code) == 0 {
		return fmt.Errorf("devnet: the chain in %s has no contract at the hub address %s (head block %d); the chain data does not match devnet.json, delete the directory to start over",
			d.dir, d.st.Deployment.Hub, d.eth.BlockChain().CurrentBlock().Number)
	}
	return nil
}

// HTTPEndpoint is the JSON-RPC over HTTP endpoint, e.g. http://127.0.0.1:8545.
func (d *Devnet) HTTPEndpoint() string { return d.node.HTTPEndpoint() }

// WSEndpoint is the JSON-RPC over WebSocket endpoint, e.g. ws://127.0.0.1:8546.
func (d *Devnet) WSEndpoint() string { return d.node.WSEndpoint() }

// ChainID is the chain id (Config.ChainID, by default ChainID).
func (d *Devnet) ChainID() uint64 { return d.st.ChainID }

// ZeroFee reports whether the chain is gas-free (Config.ZeroFee).
func (d *Devnet) ZeroFee() bool { return d.st.ZeroFee }

// Deployment is the deployed protocol's addresses.
func (d *Devnet) Deployment() chain.Deployment { return d.st.Deployment }

// Accounts are the dev accounts, in creation order; account 0 deployed the protocol, owns
// the token and the hub, and is the configuration file's default account.
func (d *Devnet) Accounts() []common.Address { return append([]common.Address(nil), d.st.Accounts...) }

// DataDir is the data directory (absolute).
func (d *Devnet) DataDir() string { return d.dir }

// KeystoreDir is the directory of the dev accounts' keystore v3 files.
func (d *Devnet) KeystoreDir() string { return filepath.Join(d.dir, keystoreDirName) }

// PasswordFile is the file holding the dev keys' password (dev only).
func (d *Devnet) PasswordFile() string { return filepath.Join(d.dir, passwordFileName) }

// ConfigPath is the configuration file Start wrote.
func (d *Devnet) ConfigPath() string { return d.cfg.ConfigPath }

// ConfigBackup is where Start saved the configuration file it replaced because that file
// described another chain; empty if it replaced none.
func (d *Devnet) ConfigBackup() string { return d.configBackup }

// Created reports whether this Start created the chain (first start) rather than resumed it.
func (d *Devnet) Created() bool { return d.created }

// StartupTime is how long Start took.
func (d *Devnet) StartupTime() time.Duration { return d.started }

// BlockTime is the block period; 0 means a block per transaction.
func (d *Devnet) BlockTime() time.Duration { return d.cfg.BlockTime }

// Client is an in-process client of the node (no network round trip).
func (d *Devnet) Client() *ethclient.Client { return d.client }

// Head is the number of the chain's head block.
func (d *Devnet) Head() uint64 { return d.eth.BlockChain().CurrentBlock().Number.Uint64() }

// Done is closed once the devnet has stopped.
func (d *Devnet) Done() <-chan struct{} { return d.done }

// Wait blocks until the devnet has stopped and returns Close's error.
func (d *Devnet) Wait() error {
	<-d.done
	return d.closeErr
}

// Close stops block production, then the node, which writes its state to disk and closes
// the database; the chain resumes from there on the next Start. It is safe to call more
// than once.
func (d *Devnet) Close() error {
	d.closeOnce.Do(func() {
		if d.clockStop != nil {
			close(d.clockStop)
			<-d.clockDone
		}
		if d.client != nil {
			d.client.Close()
		}
		if d.syncStop != nil {
			close(d.syncStop)
			<-d.syncDone
		}
		err := d.node.Close()
		if errors.Is(err, node.ErrNodeStopped) {
			err = nil
		}
		if err != nil {
			d.closeErr = fmt.Errorf("devnet: stopping the node: %w", err)
		}
		close(d.done)
	})
	return d.closeErr
}
