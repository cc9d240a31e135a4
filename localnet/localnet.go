// Package localnet runs a whole Poco network in one process: a dev chain (package devnet),
// a content-addressed store with its HTTP gateway, a market (package market), a worker
// pool (one scheduler, N workers, each with its own wallet and deposited stake) whose
// scheduler publishes the pool's offers to the market from its free capacity, and the
// signed orders a requester needs to buy from that pool. `poco devnet`, `poco demo`, `poco bench e2e` and the
// end-to-end tests all start it.
//
// # Roles
//
// The devnet's dev accounts play fixed roles: account 0 is the requester (the default
// account of the configuration file), account 1 owns the workerpool and runs the
// scheduler, account 2 publishes apps and datasets, and the last account funds the
// workers (a devnet with fewer accounts shares them: role i is account i modulo the
// count). Workers get their own keys, kept in <datadir>/workers/keystore (same password
// as the dev keys), each funded with WorkerEther and WorkerDeposit on first use: the
// deposit is well above the pool's minimum stake (Config.MinStake, the scheduler's
// default of 10 RLC unless set), so each worker is admitted and its stake backs 100
// replicates at once.
//
// # Two chains
//
// With Config.Sidechain the protocol runs on a gas-free sidechain bridged to a main chain
// by three validators (sidechain.go, docs/bridge.md "Two chains locally"): Net.Devnet is
// the sidechain, Net.Main the main chain, and the roles get their side tokens through the
// bridge.
//
// # Files
//
// Everything lives under the devnet's data directory, so a restart resumes the same
// network: localnet.json (the pool's address), storage/ (the store), market.db (the
// market's book), scheduler.db,
// workers/<address>/ (each worker's in-flight state), wasm-cache/, apps/.
package localnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/wasm"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/sms"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/wallet"
	"github.com/pocolabs/poco/worker"
)

// Funding of each worker, on first use.
var (
	WorkerEther   = new(big.Int).Mul(big.NewInt(1_000), big.NewInt(1e18))
	WorkerDeposit = big.NewInt(1_000 * devnet.RLC)
)

// Default ports of `poco devnet` beside the chain's 8545/8546.
const (
	DefaultStoragePort   = 8547
	DefaultSchedulerPort = 8548
	DefaultMarketPort    = 8780
)

// PoolTasksPerSlot is how many tasks the pool's offers in the market sell per free slot
// of its live workers (scheduler.Config.OfferTasksPerSlot): enough for a demo's bag.
const PoolTasksPerSlot = 100

// Config configures Start.
type Config struct {
	// Devnet configures the chain (its DataDir holds the whole network).
	Devnet devnet.Config
	// Workers is the number of workers (default 4); 0 workers needs NoWorkers.
	Workers   int
	NoWorkers bool
	// Slots is how many tasks each worker runs at once (default: the machine's cores
	// shared among the workers, at least 1).
	Slots int
	// GroupDeals is the scheduler's Config.GroupDeals: trust-1 tasks grouped by deal on
	// the workers.
	GroupDeals bool
	// WorkerQueue is how many further tasks each worker holds, waiting for a slot
	// (worker.Config.Queue: 0 is the worker's default, negative none).
	WorkerQueue int
	// StoragePort, SchedulerPort, MarketPort and SMSPort on 127.0.0.1; 0 picks a free
	// port.
	StoragePort, SchedulerPort, MarketPort, SMSPort int
	// Storage is where apps, inputs and results are kept, as storage.Open takes it (for
	// example an IPFS node, "ipfs+http://127.0.0.1:5001"); the configuration file then
	// names it, so requesters use it too. "" keeps them in <datadir>/storage. The
	// network's storage gateway serves the store either way.
	Storage string
	// HeartbeatInterval and HeartbeatTimeout of the pool (0: the scheduler's defaults).
	HeartbeatInterval, HeartbeatTimeout time.Duration
	// PollInterval of the scheduler's loops (0: its default).
	PollInterval time.Duration
	// MinStake for workers to join the pool, and per replicate a worker holds at once
	// (nil: scheduler.DefaultMinStake, 10 RLC; the workers' WorkerDeposit of 1,000 RLC
	// backs 100 replicates each). It must be below WorkerDeposit.
	MinStake *big.Int
	// RevealTimeout, MissesToBench and BenchAfterLate are the scheduler's (0: its
	// defaults): how long a consensus group may stay silent, and how many missed progress
	// deadlines bench a worker, for how long.
	RevealTimeout  time.Duration
	MissesToBench  int
	BenchAfterLate time.Duration
	// Saboteurs lists the workers (by index) that are saboteurs playing Strategy (a
	// TESTING AID, docs/trust.md): they lie with results that match what they commit and
	// upload, so only the protocol can catch them.
	Saboteurs []int
	Strategy  Strategy // "" is Colluding
	// WorkerMemory is each task's memory limit (default 256 MiB); WorkerOutputBytes its
	// output folder's (0: the worker's default).
	WorkerMemory      uint64
	WorkerOutputBytes int64
	// Logger receives the network's logs (nil: discarded).
	Logger *slog.Logger

	// Executors are further executors every worker offers beside "wasm" (e.g. "oci").
	Executors map[string]executor.Executor
	// WorkerGPUs declares GPUs for some workers, by index (tests of GPU scheduling).
	WorkerGPUs map[int]int
	// TEE makes every worker declare a TEE with DEVELOPMENT attestation
	// (attest.DevProvider), which the network's SMS accepts: TEE deals run end to end,
	// protected by nothing (docs/confidential.md).
	TEE bool
	// WorkerSpeed is the speed factor the workers declare (worker.Config.Speed); 0 measures
	// it with `poco bench machine`'s benchmark at start (about 2 s, once per process).
	WorkerSpeed float64

	// Sidechain runs the protocol on a gas-free sidechain bridged to a main chain
	// (sidechain.go): Devnet configures the sidechain, Bridge the main chain and the
	// validators.
	Sidechain bool
	Bridge    SidechainConfig

	// onTask receives each task's timing on a worker (benchmarks).
	onTask func(worker.TaskTiming)
}

// Net is a running local network.
type Net struct {
	cfg    Config
	log    *slog.Logger
	Devnet *devnet.Devnet
	// Main is the main chain of a Sidechain network (nil otherwise); Devnet is then the
	// sidechain, where the protocol runs.
	Main *devnet.Devnet
	side *sidechain

	started time.Duration // how long Start took

	password string
	dev      map[common.Address]*ecdsa.PrivateKey
	accounts []common.Address

	Store      storage.Store // Config.Storage, else a DirStore in <datadir>/storage
	gateway    *http.Server
	gatewayURL string

	Pool      common.Address
	poolOwner *ecdsa.PrivateKey

	market       *market.Service
	marketStore  market.Store
	marketServer *http.Server
	marketURL    string
	marketStop   context.CancelFunc
	marketDone   chan struct{}

	smsServer *http.Server
	smsStore  sms.Store
	smsChain  *sdk.Client
	smsURL    string

	mu        sync.Mutex
	sched     *scheduler.Scheduler
	schedAddr string // where the scheduler listened first
	workers   []*workerProc
	wasmCache string
	wasm      *wasm.Executor // shared by the workers: one compilation cache

	explorer       *explorer.Explorer
	explorerClient *sdk.Client
	closeOnce      sync.Once

	cabal      *cabal      // the saboteurs' shared mind (nil without saboteurs)
	cabalChain *sdk.Client // its read-only chain client
}

type workerProc struct {
	key      *ecdsa.PrivateKey
	saboteur bool
	cancel   context.CancelFunc
	done     chan error
	queue    int // the queue it declared when last started (worker.Capabilities)
}

// stateFile is <datadir>/localnet.json.
type stateFile struct {
	Pool common.Address `json:"workerpool"`
}

// Start starts the network: the devnet (created or resumed), the storage gateway, the
// pool (registered on first start), the scheduler and the workers (created and funded on
// first use).
func Start(ctx context.Context, cfg Config) (_ *Net, err error) {
	if cfg.Workers == 0 && !cfg.NoWorkers {
		cfg.Workers = 4
	}
	if cfg.Workers < 0 {
		return nil, fmt.Errorf("localnet: %d workers: give 0 or more", cfg.Workers)
	}
	if cfg.Slots <= 0 {
		cfg.Slots = max(1, runtime.NumCPU()/max(1, cfg.Workers))
	}
	if cfg.WorkerMemory == 0 {
		cfg.WorkerMemory = 256 << 20
	}
	if cfg.MinStake == nil {
		cfg.MinStake = scheduler.DefaultMinStake()
	}
	if cfg.MinStake.Cmp(WorkerDeposit) >= 0 {
		return nil, fmt.Errorf("localnet: the pool's minimum stake %s is not below the %s deposited for each worker: its workers could not join",
			sdk.FormatRLC(cfg.MinStake), sdk.FormatRLC(WorkerDeposit))
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	n := &Net{cfg: cfg, log: log}
	t0 := time.Now()
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if err := checkSidechainDir(cfg); err != nil {
		return nil, err
	}
	if cfg.Sidechain {
		if err := n.startSidechain(ctx); err != nil {
			return nil, err
		}
	} else if n.Devnet, err = devnet.Start(ctx, cfg.Devnet); err != nil {
		return nil, err
	}
	dir := n.Devnet.DataDir()
	if n.password, err = devnet.ReadPassword(n.Devnet.PasswordFile()); err != nil {
		return nil, err
	}
	if n.dev, err = decryptAll(n.Devnet.KeystoreDir(), n.password); err != nil {
		return nil, err
	}
	n.accounts = n.Devnet.Accounts()
	if len(n.accounts) == 0 {
		return nil, errors.New("localnet: the devnet has no dev accounts")
	}
	n.poolOwner = n.role(1)
	n.wasmCache = filepath.Join(dir, "wasm-cache")

	if cfg.Storage != "" {
		if n.Store, err = storage.Open(ctx, cfg.Storage); err != nil {
			return nil, fmt.Errorf("localnet: storage: %w", err)
		}
	} else if n.Store, err = storage.Dir(filepath.Join(dir, "storage")); err != nil {
		return nil, err
	}
	if err := n.startGateway(cfg.StoragePort); err != nil {
		return nil, err
	}
	if err := n.startMarket(ctx, cfg.MarketPort); err != nil {
		return nil, err
	}
	if err := n.startSMS(ctx, cfg.SMSPort); err != nil {
		return nil, err
	}
	if err := n.writeStorageConfig(); err != nil {
		return nil, err
	}
	if err := n.writeSMSConfig(); err != nil {
		return nil, err
	}
	if err := n.ensurePool(ctx); err != nil {
		return nil, err
	}
	if err := n.StartScheduler(ctx); err != nil {
		return nil, err
	}
	if err := n.writeSchedulerConfig(); err != nil {
		return nil, err
	}
	strategy, err := ParseStrategy(string(cfg.Strategy))
	if err != nil {
		return nil, err
	}
	if n.cabalChain, err = n.Client(ctx, nil); err != nil {
		return nil, err
	}
	n.cabal = newCabal(strategy, n.cabalChain)
	if len(cfg.Saboteurs) > 0 {
		log.Warn("SABOTEURS (testing aid): some workers of this network lie", "workers", cfg.Saboteurs, "strategy", strategy)
	}
	for i := 0; i < cfg.Workers; i++ {
		if _, err := n.AddWorker(ctx, contains(cfg.Saboteurs, i)); err != nil {
			return nil, err
		}
	}
	n.started = time.Since(t0)
	return n, nil
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func decryptAll(dir, password string) (map[common.Address]*ecdsa.PrivateKey, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	keys := map[common.Address]*ecdsa.PrivateKey{}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		k, err := keystore.DecryptKey(data, password)
		if err != nil {
			return nil, fmt.Errorf("localnet: key %s: %w", e.Name(), err)
		}
		keys[k.Address] = k.PrivateKey
	}
	return keys, nil
}

func (n *Net) startGateway(port int) error {
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("localnet: storage gateway on port %d: %w (use another port)", port, err)
	}
	n.gatewayURL = "http://" + ln.Addr().String()
	n.gateway = &http.Server{Handler: storage.Handler(n.Store), ReadHeaderTimeout: 10 * time.Second}
	go n.gateway.Serve(ln)
	return nil
}

// startMarket starts the market (its book in <datadir>/market.db) on port, following
// the chain from the hub's deployment.
func (n *Net) startMarket(ctx context.Context, port int) error {
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("localnet: market on port %d: %w (use another port)", port, err)
	}
	st, err := market.OpenStore(ctx, filepath.Join(n.Devnet.DataDir(), "market.db"))
	if err != nil {
		ln.Close()
		return fmt.Errorf("localnet: %w", err)
	}
	c, err := n.Client(ctx, nil)
	if err != nil {
		ln.Close()
		st.Close()
		return err
	}
	start := n.Devnet.Deployment().Block
	svc, err := market.New(market.Config{Chain: c, Store: st, Limits: market.DefaultLimits(), PollInterval: 500 * time.Millisecond,
		StartBlock: &start, Logger: n.log.With("part", "market")})
	if err != nil {
		ln.Close()
		st.Close()
		c.Close()
		return err
	}
	mctx, stop := context.WithCancel(context.Background())
	n.market, n.marketStore, n.marketStop, n.marketDone = svc, st, stop, make(chan struct{})
	n.marketURL = "http://" + ln.Addr().String()
	n.marketServer = &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return mctx }}
	go n.marketServer.Serve(ln)
	go func() {
		defer close(n.marketDone)
		defer c.Close()
		_ = svc.Run(mctx)
	}()
	return nil
}

// MarketURL is the market's base URL.
func (n *Net) MarketURL() string { return n.marketURL }

// stopMarket stops the market's API and chain follower and closes its store.
func (n *Net) stopMarket() error {
	if n.marketServer == nil {
		return nil
	}
	n.marketStop()
	err := n.marketServer.Close()
	<-n.marketDone
	return errors.Join(err, n.marketStore.Close())
}

// writeStorageConfig records the storage (Config.Storage, else the gateway) and the
// market in the configuration file the devnet wrote, so that commands such as `poco run`
// download results from it and buy from the market.
func (n *Net) writeStorageConfig() error {
	path := n.Devnet.ConfigPath()
	f, err := config.Load(path)
	if err != nil {
		return err
	}
	f.Storage = n.gatewayURL
	if n.cfg.Storage != "" {
		f.Storage = n.cfg.Storage
	}
	f.Market = n.marketURL
	return config.Save(path, f)
}

// writeSchedulerConfig records the pool's scheduler in the configuration file the devnet
// wrote, so that `poco task why` and `poco deal show` ask it why tasks wait.
func (n *Net) writeSchedulerConfig() error {
	path := n.Devnet.ConfigPath()
	f, err := config.Load(path)
	if err != nil {
		return err
	}
	f.Scheduler = "http://" + n.schedAddr
	return config.Save(path, f)
}

// Client returns an SDK client of the chain signing with key (nil: read-only).
func (n *Net) Client(ctx context.Context, key *ecdsa.PrivateKey) (*sdk.Client, error) {
	opts := []sdk.Option{sdk.WithStartBlock(n.Devnet.Deployment().Block), sdk.WithPollInterval(200 * time.Millisecond)}
	if key != nil {
		opts = append(opts, sdk.WithKey(key))
	}
	return sdk.Dial(ctx, n.Devnet.WSEndpoint(), n.Devnet.Deployment().Hub, opts...)
}

// role is dev account i's key; with fewer accounts, roles share them (i modulo the count).
func (n *Net) role(i int) *ecdsa.PrivateKey { return n.dev[n.accounts[i%len(n.accounts)]] }

// Requester is the requester's key (dev account 0).
func (n *Net) Requester() *ecdsa.PrivateKey { return n.role(0) }

// PoolOwner is the workerpool owner's key (dev account 1), the scheduler's.
func (n *Net) PoolOwner() *ecdsa.PrivateKey { return n.poolOwner }

// Publisher is the key that publishes apps and datasets (dev account 2).
func (n *Net) Publisher() *ecdsa.PrivateKey { return n.role(2) }

// Faucet is the key that funds the workers (the last dev account).
func (n *Net) Faucet() *ecdsa.PrivateKey { return n.role(len(n.accounts) - 1) }

// StorageLocation is Config.Storage: where the network keeps its objects when it is not
// the gateway's own folder ("" then).
// A password in it is shown as "xxxxx".
func (n *Net) StorageLocation() string {
	if u, err := url.Parse(n.cfg.Storage); err == nil && u.User != nil {
		return u.Redacted()
	}
	return n.cfg.Storage
}

// GatewayURL is the storage gateway's base URL.
func (n *Net) GatewayURL() string { return n.gatewayURL }

// SchedulerURL is the scheduler's worker API base URL ("" while it is stopped).
func (n *Net) SchedulerURL() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.sched == nil {
		return ""
	}
	return n.sched.URL()
}

// Scheduler is the running scheduler (nil while stopped).
func (n *Net) Scheduler() *scheduler.Scheduler {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.sched
}

// ensurePool registers the workerpool on first start and remembers it in localnet.json.
func (n *Net) ensurePool(ctx context.Context) error {
	path := filepath.Join(n.Devnet.DataDir(), "localnet.json")
	var st stateFile
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &st); err != nil {
			return fmt.Errorf("localnet: %s: %w (delete it to register a new pool)", path, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	c, err := n.Client(ctx, n.poolOwner)
	if err != nil {
		return err
	}
	defer c.Close()
	if st.Pool != (common.Address{}) {
		if owner, err := c.WorkerpoolOwner(ctx, st.Pool); err == nil && owner == c.Address() {
			n.Pool = st.Pool
			return nil
		}
	}
	pool, err := c.CreateWorkerpool(ctx, sdk.WorkerpoolSpec{Description: "poco devnet pool"})
	if err != nil {
		return fmt.Errorf("localnet: registering the pool: %w", err)
	}
	n.Pool = pool
	b, _ := json.MarshalIndent(stateFile{Pool: pool}, "", "  ")
	return atomicfile.Write(path, append(b, '\n'), 0o644)
}

// StartScheduler starts the pool's scheduler (its database is <datadir>/scheduler.db).
func (n *Net) StartScheduler(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.sched != nil {
		return errors.New("localnet: the scheduler is already running")
	}
	// A restarted scheduler listens where it did before, so the workers find it again.
	listen := n.schedAddr
	if listen == "" {
		listen = fmt.Sprintf("127.0.0.1:%d", n.cfg.SchedulerPort)
	}
	c, err := n.Client(ctx, n.poolOwner)
	if err != nil {
		return err
	}
	s, err := scheduler.New(scheduler.Config{
		Client:            c,
		Workerpool:        n.Pool,
		DBPath:            filepath.Join(n.Devnet.DataDir(), "scheduler.db"),
		Listen:            listen,
		MinStake:          n.cfg.MinStake,
		RevealTimeout:     n.cfg.RevealTimeout,
		GroupDeals:        n.cfg.GroupDeals,
		MissesToBench:     n.cfg.MissesToBench,
		BenchAfterLate:    n.cfg.BenchAfterLate,
		HeartbeatInterval: n.cfg.HeartbeatInterval,
		HeartbeatTimeout:  n.cfg.HeartbeatTimeout,
		PollInterval:      n.cfg.PollInterval,
		StartBlock:        n.Devnet.Deployment().Block,
		Logger:            n.log.With("part", "scheduler"),
		Market:            market.NewClient(n.marketURL),
		Pricing:           offers.Fixed{Each: PoolPrice},
		OfferTasksPerSlot: PoolTasksPerSlot,
		OfferInterval:     time.Second,
	})
	if err != nil {
		c.Close()
		return err
	}
	// The scheduler runs until StopScheduler, not until the caller's ctx ends.
	if err := s.Start(context.WithoutCancel(ctx)); err != nil {
		s.Close()
		c.Close()
		return err
	}
	n.sched, n.schedAddr = s, s.Addr()
	return nil
}

// StopScheduler stops the scheduler (its state stays in its database).
func (n *Net) StopScheduler() error {
	n.mu.Lock()
	s := n.sched
	n.sched = nil
	n.mu.Unlock()
	if s == nil {
		return nil
	}
	return s.Close()
}

// AddWorker creates (or reuses, in order) a worker key, funds it if needed and starts the
// worker, a saboteur playing Config.Strategy if saboteur is true; it returns the worker's
// index.
func (n *Net) AddWorker(ctx context.Context, saboteur bool) (int, error) {
	n.mu.Lock()
	i := len(n.workers)
	n.mu.Unlock()
	key, err := n.workerKey(i)
	if err != nil {
		return 0, err
	}
	if err := n.fund(ctx, crypto.PubkeyToAddress(key.PublicKey)); err != nil {
		return 0, err
	}
	p := &workerProc{key: key, saboteur: saboteur}
	n.mu.Lock()
	n.workers = append(n.workers, p)
	n.mu.Unlock()
	return i, n.StartWorker(ctx, i)
}

// Workers is the number of workers (running or stopped).
func (n *Net) Workers() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return len(n.workers)
}

// WorkerAddress is worker i's address.
func (n *Net) WorkerAddress(i int) common.Address {
	n.mu.Lock()
	defer n.mu.Unlock()
	return crypto.PubkeyToAddress(n.workers[i].key.PublicKey)
}

// WorkerStateDir is worker i's state folder (its in-flight tasks are in tasks/).
func (n *Net) WorkerStateDir(i int) string {
	return filepath.Join(n.Devnet.DataDir(), "workers", n.WorkerAddress(i).Hex())
}

// WorkerQueue is the queue worker i declared when it last started (Config.WorkerQueue,
// or the worker's default for it).
func (n *Net) WorkerQueue(i int) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.workers[i].queue
}

// StartWorker starts worker i again after StopWorker (or KillWorker).
func (n *Net) StartWorker(ctx context.Context, i int) error {
	n.mu.Lock()
	p := n.workers[i]
	if p.cancel != nil {
		n.mu.Unlock()
		return fmt.Errorf("localnet: worker %d is already running", i)
	}
	url := ""
	if n.sched != nil {
		url = n.sched.URL()
	}
	n.mu.Unlock()
	if url == "" {
		return errors.New("localnet: start the scheduler before the workers")
	}
	c, err := n.Client(ctx, p.key)
	if err != nil {
		return err
	}
	addr := c.Address()
	ex, err := n.wasmExecutor()
	if err != nil {
		c.Close()
		return err
	}
	executors := map[string]executor.Executor{"wasm": ex}
	for name, e := range n.cfg.Executors {
		executors[name] = e
	}
	w, err := worker.New(worker.Config{
		Client:       c,
		Key:          p.key,
		SchedulerURL: url,
		Store:        n.Store,
		Executors:    executors,
		GPUs:         n.cfg.WorkerGPUs[i],
		Slots:        n.cfg.Slots,
		Queue:        n.cfg.WorkerQueue,
		StateDir:     filepath.Join(n.Devnet.DataDir(), "workers", addr.Hex()),
		PollWait:     5 * time.Second,
		MemoryBytes:  n.cfg.WorkerMemory,
		OutputBytes:  n.cfg.WorkerOutputBytes,
		Saboteur:     n.saboteurFor(p),
		Speed:        n.cfg.WorkerSpeed,
		TEE:          n.teeProvider(),
		SMS:          n.teeSMS(),
		OnTask:       n.onTask,
		Logger:       n.log.With("part", "worker", "worker", addr.Hex()[:10]),
	})
	if err != nil {
		c.Close()
		return err
	}
	wctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		err := w.Run(wctx)
		c.Close()
		done <- err
	}()
	n.mu.Lock()
	p.cancel, p.done = cancel, done
	p.queue = w.Capabilities().Queue
	n.mu.Unlock()
	return nil
}

// teeProvider is the workers' attestation provider: development evidence with
// Config.TEE, none otherwise.
func (n *Net) teeProvider() attest.Provider {
	if !n.cfg.TEE {
		return nil
	}
	return attest.DevProvider{}
}

// teeSMS is the SMS the workers open TEE sessions with (Config.TEE), else nil.
func (n *Net) teeSMS() *smsapi.Client {
	if !n.cfg.TEE {
		return nil
	}
	return n.SMSClient()
}

// saboteurFor is the network's cabal for a saboteur worker, nil for an honest one.
func (n *Net) saboteurFor(p *workerProc) worker.Saboteur {
	if !p.saboteur {
		return nil
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.cabal
}

func (n *Net) wasmExecutor() (*wasm.Executor, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.wasm == nil {
		ex, err := wasm.New(wasm.Options{CacheDir: n.wasmCache})
		if err != nil {
			return nil, err
		}
		n.wasm = ex
	}
	return n.wasm, nil
}

// StopWorker stops worker i (its in-flight state stays on disk) and waits for it.
func (n *Net) StopWorker(i int) error {
	n.mu.Lock()
	p := n.workers[i]
	cancel, done := p.cancel, p.done
	p.cancel, p.done = nil, nil
	n.mu.Unlock()
	if cancel == nil {
		return nil
	}
	cancel()
	err := <-done
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	return err
}

// workerKey returns the key of worker i, creating keys up to i in
// <datadir>/workers/keystore as needed; keys are used in the order they were created.
func (n *Net) workerKey(i int) (*ecdsa.PrivateKey, error) {
	dir := filepath.Join(n.Devnet.DataDir(), "workers", "keystore")
	for {
		accs, err := wallet.List(dir)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		if i < len(accs) {
			return wallet.Unlock(dir, accs[i].Address, n.password)
		}
		if _, err := wallet.Create(dir, n.password, wallet.LightScrypt()); err != nil {
			return nil, err
		}
		time.Sleep(time.Millisecond) // key files are named by creation time: keep the order
	}
}

// fund gives addr WorkerEther and a WorkerDeposit in the hub when it has less.
func (n *Net) fund(ctx context.Context, addr common.Address) error {
	c, err := n.Client(ctx, n.Faucet())
	if err != nil {
		return err
	}
	defer c.Close()
	eth, err := n.Devnet.Client().BalanceAt(ctx, addr, nil)
	if err != nil {
		return err
	}
	if eth.Cmp(new(big.Int).Div(WorkerEther, big.NewInt(2))) < 0 && !n.Devnet.ZeroFee() { // a gas-free chain needs none
		if err := n.sendEther(ctx, c, addr, WorkerEther); err != nil {
			return fmt.Errorf("localnet: funding worker %s: %w", addr.Hex(), err)
		}
	}
	bal, err := c.Account(ctx, addr)
	if err != nil {
		return err
	}
	if bal.Free.Cmp(new(big.Int).Div(WorkerDeposit, big.NewInt(2))) < 0 {
		if _, err := c.DepositFor(ctx, WorkerDeposit, addr); err != nil {
			return fmt.Errorf("localnet: depositing for worker %s: %w", addr.Hex(), err)
		}
	}
	return nil
}

// sendEther sends a plain value transfer from c's account and waits for it.
func (n *Net) sendEther(ctx context.Context, c *sdk.Client, to common.Address, wei *big.Int) error {
	b := n.Devnet.Client()
	from := c.Address()
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21000, To: &to, Value: wei})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainID()), n.Faucet())
	if err != nil {
		return err
	}
	if err := b.SendTransaction(ctx, signed); err != nil {
		return err
	}
	for {
		r, err := b.TransactionReceipt(ctx, signed.Hash())
		if err == nil && r != nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("transfer %s failed", signed.Hash().Hex())
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Close stops the workers, the scheduler, the gateway and the devnet.
func (n *Net) Close() error {
	var errs []error
	n.closeOnce.Do(func() {
		errs = append(errs, n.StopExplorer())
		errs = append(errs, n.stopValidators())
		n.mu.Lock()
		k := len(n.workers)
		n.mu.Unlock()
		for i := 0; i < k; i++ {
			errs = append(errs, n.StopWorker(i))
		}
		errs = append(errs, n.StopScheduler()) // it unpublishes its offers: before the market
		errs = append(errs, n.stopMarket())
		errs = append(errs, n.stopSMS())
		if n.wasm != nil {
			errs = append(errs, n.wasm.Close(context.Background()))
		}
		if n.cabalChain != nil {
			n.cabalChain.Close()
		}
		if n.gateway != nil {
			errs = append(errs, n.gateway.Close())
		}
		if n.Devnet != nil {
			errs = append(errs, n.Devnet.Close())
		}
		if n.Main != nil {
			errs = append(errs, n.Main.Close())
		}
	})
	return errors.Join(errs...)
}

func (n *Net) onTask(t worker.TaskTiming) {
	if n.cfg.onTask != nil {
		n.cfg.onTask(t)
	}
}
