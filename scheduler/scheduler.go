package scheduler

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
	"github.com/pocolabs/poco/sdk"
)

// Defaults for the zero values of Config.
const (
	DefaultHeartbeatInterval = 5 * time.Second
	DefaultHeartbeatTimeout  = 20 * time.Second
	DefaultPollInterval      = time.Second
	DefaultListen            = "127.0.0.1:7070"
	DefaultOfferInterval     = 5 * time.Second
	DefaultCheckRate         = 0.3
	DefaultBenchAfterWrong   = 10 * time.Minute
	DefaultBenchAfterLate    = 10 * time.Minute
	DefaultMissesToBench     = 3
	DefaultStakeRefresh      = time.Minute
	DefaultTxInFlight        = 4
)

// MaxTxInFlight is the most Config.TxInFlight may be.
const MaxTxInFlight = 64

// DefaultMinStake is the free balance a worker must hold in the hub to join a pool, and
// the stake each replicate it holds at once must be backed by, unless Config.MinStake says
// otherwise: 10 RLC, the price of 100 tasks at the devnet's 0.1 RLC. A key with nothing
// at stake costs nothing to make and nothing to lose, so admission needs something real;
// a worker's deposit bounds its capacity (1,000 RLC, what `poco devnet` deposits for each
// of its workers, backs 100 replicates at once).
func DefaultMinStake() *big.Int { return sdk.RLC(10) }

// MissMemory is how long a missed progress deadline counts against its worker: Config.
// MissesToBench misses within it bench the worker.
const MissMemory = 24 * time.Hour

// OffenseMemory is how long a result proven wrong counts against its worker: an offense
// after a longer clean spell benches it as its first did.
const OffenseMemory = 7 * 24 * time.Hour

// maxBenchDoublings caps the doublings of a repeat offender's bench (2^10 × the first).
const maxBenchDoublings = 10

// maxBlockRange is the most blocks the follower reads in one query and stores in one
// transaction.
const maxBlockRange = 1000

// Config configures a Scheduler.
type Config struct {
	// Client signs as the workerpool's owner: it signs the authorizations and the reveal
	// permits, and sends the finalize and claim transactions.
	Client     *sdk.Client
	Workerpool common.Address
	// DBPath is the SQLite file holding the scheduler's state (created if missing, with
	// its directory).
	DBPath string
	// Listen is the worker API's address ("127.0.0.1:0" picks a free port; Addr tells
	// which). Empty: DefaultListen.
	Listen string
	// MinStake is the free balance a worker must hold in the hub to be admitted, and the
	// stake per replicate it holds at once: a worker counts at most its free balance /
	// MinStake slots (read at login, refreshed every StakeRefresh with its heartbeats).
	// nil: DefaultMinStake; zero: no stake needed, and stake bounds no capacity.
	MinStake *big.Int
	// StakeRefresh is how often a live worker's free balance is read again (0:
	// DefaultStakeRefresh): chain reads stay at one per worker per StakeRefresh.
	StakeRefresh time.Duration
	// AllowList, when not empty, is the only workers admitted (a private pool).
	AllowList []common.Address
	// Requesters, when not empty, restricts the pool's offers in the market to these
	// requesters: one offer per requester (requesterrestrict set), none for anyone else.
	Requesters []common.Address
	// HeartbeatInterval is how often workers are told to send a heartbeat;
	// HeartbeatTimeout how long a silent worker keeps its replicates.
	HeartbeatInterval, HeartbeatTimeout time.Duration
	// PollInterval is how often the chain is polled and the plan and transaction loops
	// run when nothing wakes them earlier.
	PollInterval time.Duration
	// StartBlock is the first block followed on a fresh database (the hub's deployment
	// block); later starts resume after the stored cursor.
	StartBlock uint64
	// Confirmations makes the follower store only blocks at least that deep (0: up to the
	// head), for chains that may reorganize their last blocks.
	Confirmations uint64
	Logger        *slog.Logger // nil: slog.Default()
	// Clock is the wall clock (nil: time.Now): heartbeats, progress deadlines, reveal
	// timeouts and the plan's time. Tests move it forward; the chain's time is the chain's.
	Clock func() time.Time
	// Seed seeds the planner's random draws (plan.Plan: ties between equally ranked
	// workers, a check's worker); 0: a seed drawn on the first start and stored. Each
	// round plans with the seed plus the last block stored, so a plan replays from the
	// database.
	Seed uint64

	// CheckRate is the share of the tasks of trust 2 or more whose result a second worker,
	// drawn at random, checks once the first workers agree, before the reveals may open
	// (plan.Checks; which tasks is decided by a secret key stored on the first start). 0:
	// DefaultCheckRate; negative: no checks.
	CheckRate float64
	// BenchAfterWrong is how long a worker whose result was proven wrong on chain (a
	// finalize or claim rejected it with another result) gets no replicate; it doubles
	// with each further offense within OffenseMemory. 0: DefaultBenchAfterWrong; negative:
	// nobody is benched.
	BenchAfterWrong time.Duration
	// RevealTimeout is how long a consensus group asked to reveal may stay silent before
	// the task gets another worker, who can open the reveals itself (0:
	// plan.DefaultRevealTimeout). A group whose members are all lost gets one at once.
	RevealTimeout time.Duration
	// QueueWindow bounds the work a worker holds beyond its running slots: it is given a
	// replicate it cannot start at once only while the expected run time of those it holds
	// and has not computed is less than its slots × QueueWindow (0:
	// plan.DefaultQueueWindow; see plan.State.QueueWindow and the package doc's Worker
	// capacity).
	QueueWindow time.Duration
	// GroupDeals gives a trust-1 task first to a worker that already holds a task of its
	// deal (plan.State.GroupDeals): fewer, larger result transactions, about a fifth less
	// gas per task for a stream of deals, and less parallelism within a deal. For a pool
	// on a chain where gas is dear; off by default.
	GroupDeals bool
	// MissesToBench is how many progress deadlines a worker may miss within MissMemory
	// before the pool benches it (0: DefaultMissesToBench); BenchAfterLate is how long
	// the bench lasts, doubled by each further miss within MissMemory (0:
	// DefaultBenchAfterLate; negative: nobody is benched for missing deadlines). Each miss
	// also halves the worker's proven slots and gives its replicate to another worker.
	MissesToBench  int
	BenchAfterLate time.Duration

	// TxInFlight is how many of the scheduler's transactions (finalize and claim batches)
	// may be being mined at once (0: DefaultTxInFlight; at most MaxTxInFlight). With more
	// than one, a round does not wait for the receipts of the rounds before it: tasks that
	// become finalizable while a batch is being mined go in the next block rather than
	// the one after, at the price of more, smaller transactions (more gas per task). 1:
	// one at a time, each batch waiting for the previous one's receipt — fewer, larger
	// batches and less gas, about a block more latency per finalize.
	TxInFlight int

	// Market, when set, is where the scheduler publishes the pool's workerpool orders
	// from its free capacity (package offers): Pricing sets their prices (nil: 0),
	// OfferTasksPerSlot their volume per free slot (0: 1), OfferInterval how often they
	// are brought up to date (0: DefaultOfferInterval).
	Market            *market.Client
	Pricing           offers.Pricing
	OfferTasksPerSlot uint64
	OfferInterval     time.Duration
}

// Scheduler is a workerpool's scheduler: it follows the pool's deals on chain, hands
// replicates to workers over the worker API, opens the reveals with its permit, and
// finalizes and claims tasks.
type Scheduler struct {
	cfg     Config
	c       *sdk.Client
	st      *store.Store
	log     *slog.Logger
	chain   store.Chain
	allow   map[common.Address]bool
	secrets store.Secrets // the check key and plan seed, stored on the first start

	ln       net.Listener
	srv      *http.Server
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	started  bool
	closeErr error
	closed   sync.Once

	inflight sync.WaitGroup // worker API handlers running
	closing  bool           // no more worker API calls (under mu)

	offers   *offers.Publisher // nil without Config.Market
	planKick chan struct{}     // wakes the plan loop (capacity 1)
	headKick chan struct{}     // wakes the follower: a new head was announced (capacity 1)
	txKick   chan struct{}     // wakes the transaction loop (capacity 1)
	// planRounds counts the plan loop's rounds (tests wait for rounds to pass).
	planRounds atomic.Uint64

	mu         sync.Mutex
	changed    chan struct{}                // closed (and replaced) when a worker's work may have changed
	sessions   map[string]*session          // by token
	challenges map[string]challenge         // by challenge text
	seen       map[common.Address]time.Time // last heartbeat (wall clock), not yet all stored
	stakeRead  map[common.Address]time.Time // when each worker's free balance was last read
	chainNow   time.Time                    // the chain's time at the last plan round
	saved      map[common.Address]time.Time // last heartbeat written to the store
	deals      map[common.Hash]*sdk.Deal    // cache of stored deals
	executors  map[common.Address]string    // app → executor, cache
	// head is the last head announced (watchHeads) and when it came (wall clock); zero
	// while no subscription is live.
	head      chainHead
	headAsked time.Time // when the follower last asked the node for its head (chainHeadNumber)
	cursor    uint64    // last block whose events are stored
	hasCursor bool
	synced    bool // the follower caught up with the head at least once
}

// New checks cfg and opens the database. Start runs the scheduler.
func New(cfg Config) (*Scheduler, error) {
	if cfg.Client == nil {
		return nil, errors.New("scheduler: no chain client")
	}
	if !cfg.Client.CanSign() {
		return nil, errors.New("scheduler: the chain client has no key: the scheduler signs as the workerpool's owner (pass --from)")
	}
	if cfg.Workerpool == (common.Address{}) {
		return nil, errors.New("scheduler: no workerpool address")
	}
	if cfg.DBPath == "" {
		return nil, errors.New("scheduler: no database path")
	}
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	if cfg.MinStake == nil {
		cfg.MinStake = DefaultMinStake()
	}
	if cfg.MinStake.Sign() < 0 {
		return nil, fmt.Errorf("scheduler: minimum stake %s is negative: give 0 (no stake needed) or more", sdk.FormatRLC(cfg.MinStake))
	}
	if cfg.StakeRefresh <= 0 {
		cfg.StakeRefresh = DefaultStakeRefresh
	}
	if cfg.MissesToBench <= 0 {
		cfg.MissesToBench = DefaultMissesToBench
	}
	if cfg.BenchAfterLate == 0 {
		cfg.BenchAfterLate = DefaultBenchAfterLate
	}
	if cfg.HeartbeatInterval <= 0 {
		cfg.HeartbeatInterval = DefaultHeartbeatInterval
	}
	if cfg.HeartbeatTimeout <= 0 {
		cfg.HeartbeatTimeout = max(DefaultHeartbeatTimeout, 3*cfg.HeartbeatInterval)
	}
	if cfg.HeartbeatTimeout < cfg.HeartbeatInterval {
		return nil, fmt.Errorf("scheduler: the heartbeat timeout (%s) is shorter than the heartbeat interval (%s): every worker would be lost", cfg.HeartbeatTimeout, cfg.HeartbeatInterval)
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.CheckRate == 0 {
		cfg.CheckRate = DefaultCheckRate
	}
	if cfg.CheckRate > 1 {
		return nil, fmt.Errorf("scheduler: check rate %g is above 1: it is the share of the results checked, from 0 to 1", cfg.CheckRate)
	}
	if cfg.BenchAfterWrong == 0 {
		cfg.BenchAfterWrong = DefaultBenchAfterWrong
	}
	if cfg.QueueWindow <= 0 {
		cfg.QueueWindow = plan.DefaultQueueWindow
	}
	if cfg.RevealTimeout <= 0 {
		cfg.RevealTimeout = plan.DefaultRevealTimeout
	}
	if cfg.TxInFlight < 0 || cfg.TxInFlight > MaxTxInFlight {
		return nil, fmt.Errorf("scheduler: %d transactions in flight: give 1 (one at a time, least gas) to %d (0: the default, %d)",
			cfg.TxInFlight, MaxTxInFlight, DefaultTxInFlight)
	}
	if cfg.TxInFlight == 0 {
		cfg.TxInFlight = DefaultTxInFlight
	}
	if dir := filepath.Dir(cfg.DBPath); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("scheduler: database directory: %w", err)
		}
	}
	st, err := store.Open(cfg.DBPath)
	if err != nil {
		return nil, fmt.Errorf("scheduler: %w", err)
	}
	secrets, err := st.Secrets(context.Background(), rand.Reader)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("scheduler: %w", err)
	}
	s := &Scheduler{
		cfg: cfg, c: cfg.Client, st: st, secrets: secrets,
		log:        cfg.Logger.With("workerpool", cfg.Workerpool.Hex()),
		chain:      store.Chain{ID: cfg.Client.ChainID().Uint64(), Hub: cfg.Client.Hub()},
		allow:      map[common.Address]bool{},
		planKick:   make(chan struct{}, 1),
		headKick:   make(chan struct{}, 1),
		txKick:     make(chan struct{}, 1),
		changed:    make(chan struct{}),
		sessions:   map[string]*session{},
		challenges: map[string]challenge{},
		seen:       map[common.Address]time.Time{},
		stakeRead:  map[common.Address]time.Time{},
		saved:      map[common.Address]time.Time{},
		deals:      map[common.Hash]*sdk.Deal{},
		executors:  map[common.Address]string{},
	}
	for _, a := range cfg.AllowList {
		s.allow[a] = true
	}
	if cfg.Market != nil {
		if s.cfg.OfferInterval <= 0 {
			s.cfg.OfferInterval = DefaultOfferInterval
		}
		s.offers, err = offers.New(offers.Config{Client: cfg.Client, Market: cfg.Market, Workerpool: cfg.Workerpool,
			Pricing: cfg.Pricing, TasksPerSlot: cfg.OfferTasksPerSlot, Requesters: cfg.Requesters,
			Logger: s.log.With("part", "offers")})
		if err != nil {
			st.Close()
			return nil, fmt.Errorf("scheduler: %w", err)
		}
	}
	return s, nil
}

// Start checks that the client signs as the workerpool's owner, listens on cfg.Listen (so
// Addr is known when it returns) and starts the chain follower, the plan loop, the
// transaction loop and the worker API. They run until ctx ends or Close is called.
func (s *Scheduler) Start(ctx context.Context) error {
	if s.started {
		return errors.New("scheduler: already started (make a new one with New to restart)")
	}
	owner, err := s.c.WorkerpoolOwner(ctx, s.cfg.Workerpool)
	if err != nil {
		return fmt.Errorf("scheduler: reading the owner of workerpool %s: %w", s.cfg.Workerpool.Hex(), err)
	}
	if owner == (common.Address{}) {
		return fmt.Errorf("scheduler: workerpool %s is not registered on this hub: create it with `poco workerpool create`", s.cfg.Workerpool.Hex())
	}
	if owner != s.c.Address() {
		return fmt.Errorf("scheduler: workerpool %s belongs to %s, but this scheduler signs as %s: run it with the owner's account (--from %s)",
			s.cfg.Workerpool.Hex(), owner.Hex(), s.c.Address().Hex(), owner.Hex())
	}
	cursor, ok, err := s.st.Cursor(ctx, s.chain)
	if err != nil {
		return fmt.Errorf("scheduler: %w", err)
	}
	s.cursor, s.hasCursor = cursor, ok
	from := s.cfg.StartBlock
	if ok {
		from = cursor + 1
	}
	// Heartbeats stored before a restart still count: a worker is lost only after the
	// timeout, counted from its last stored heartbeat.
	ws, err := s.st.Workers(ctx)
	if err != nil {
		return fmt.Errorf("scheduler: %w", err)
	}
	for _, w := range ws {
		s.saved[w.ID] = w.LastSeen
	}

	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("scheduler: listening for workers on %s: %w", s.cfg.Listen, err)
	}
	s.ln = ln
	s.started = true
	ctx, cancel := context.WithCancel(ctx)
	s.cancel = cancel
	s.srv = &http.Server{Handler: s.track(s.routes()), ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }}

	s.wg.Add(5)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("worker API stopped", "err", err)
		}
	}()
	go func() { defer s.wg.Done(); s.followLoop(ctx) }()
	go func() { defer s.wg.Done(); s.watchHeads(ctx) }()
	go func() { defer s.wg.Done(); s.planLoop(ctx) }()
	go func() { defer s.wg.Done(); s.txLoop(ctx) }()
	if s.offers != nil {
		s.wg.Add(1)
		go func() { defer s.wg.Done(); s.offerLoop(ctx) }()
	}
	go func() {
		<-ctx.Done()
		s.stopAPI()
	}()
	s.log.Info("scheduler started", "owner", owner.Hex(), "api", s.URL(), "from_block", from,
		"min_stake", sdk.FormatRLC(s.cfg.MinStake), "allow_list", len(s.allow), "requesters", len(s.cfg.Requesters),
		"check_rate", max(s.cfg.CheckRate, 0), "bench_after_wrong", max(s.cfg.BenchAfterWrong, 0),
		"misses_to_bench", s.cfg.MissesToBench, "bench_after_late", max(s.cfg.BenchAfterLate, 0),
		"reveal_timeout", s.cfg.RevealTimeout, "queue_window", s.cfg.QueueWindow, "group_deals", s.cfg.GroupDeals, "tx_in_flight", s.cfg.TxInFlight, "db", s.cfg.DBPath)
	return nil
}

// Addr is the worker API's listening address (host:port); "" before Start.
func (s *Scheduler) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// URL is the worker API's base URL (http://host:port); "" before Start.
func (s *Scheduler) URL() string {
	if s.ln == nil {
		return ""
	}
	return "http://" + s.Addr()
}

// Close stops the loops and the worker API, waits for them and closes the database.
// Everything the scheduler needs is in the database: New and Start on the same DBPath
// resume where it stopped.
func (s *Scheduler) Close() error {
	s.closed.Do(func() {
		if s.cancel != nil {
			s.cancel()
			s.stopAPI()
			s.wg.Wait()
		}
		s.closeErr = s.st.Close()
	})
	return s.closeErr
}

// track counts the worker API calls in flight, and refuses new ones once the scheduler
// is closing.
func (s *Scheduler) track(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		if s.closing {
			s.mu.Unlock()
			writeError(w, http.StatusServiceUnavailable, "the scheduler is stopping")
			return
		}
		s.inflight.Add(1)
		s.mu.Unlock()
		defer s.inflight.Done()
		h.ServeHTTP(w, r)
	})
}

// stopAPI closes the worker API's listener and connections at once (long polls end with
// the loops' context) and waits for the calls in flight.
func (s *Scheduler) stopAPI() {
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	_ = s.srv.Close()
	s.inflight.Wait()
}

// Status is the pool's public status (api.PathStatus): the last block processed, the
// live workers, the deals, the tasks by status, and each worker's capacity as the pool
// counts it (declared, proven and staked slots) with the progress deadlines it missed
// within MissMemory and its bench.
func (s *Scheduler) Status(ctx context.Context) (api.Status, error) {
	deals, counts, err := s.st.Counts(ctx)
	if err != nil {
		return api.Status{}, err
	}
	now := s.now()
	s.mu.Lock()
	block, chainNow := s.cursor, s.chainNow
	s.mu.Unlock()
	if chainNow.IsZero() {
		chainNow = now // no plan round yet: the chain's time is close to the wall clock
	}
	caps, err := s.st.Capacities(ctx, chainNow.Add(-MissMemory))
	if err != nil {
		return api.Status{}, err
	}
	alive := 0
	capacity := make([]api.WorkerCapacity, 0, len(caps))
	s.mu.Lock()
	for _, w := range caps {
		seen := w.LastSeen
		if m := s.seen[w.Address]; m.After(seen) {
			seen = m
		}
		c := api.WorkerCapacity{Worker: w.Address, Live: !s.isLost(seen, now), Declared: w.Declared, Proven: w.Proven,
			Slots: w.Slots, Misses: w.Misses, Speed: w.Speed, TooSlow: !(&plan.Worker{Speed: w.Speed}).FastEnough()}
		if c.Live {
			alive++
		}
		c.Staked = w.Staked
		if w.Misses > 0 {
			c.LastMiss = &w.LastMiss
		}
		if w.BenchedUntil.After(chainNow) {
			c.BenchedUntil = &w.BenchedUntil
		}
		capacity = append(capacity, c)
	}
	s.mu.Unlock()
	tasks := map[string]int{}
	for st, n := range counts {
		tasks[st.String()] = n
	}
	return api.Status{Workerpool: s.cfg.Workerpool, Scheduler: s.c.Address(), Block: block,
		Workers: alive, Deals: deals, Tasks: tasks, Capacity: capacity}, nil
}

// ───────────────────────────── shared helpers ─────────────────────────────

// notify wakes every long poll: a worker's work may have changed.
func (s *Scheduler) notify() {
	s.mu.Lock()
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

// changes returns the channel the next notify closes.
func (s *Scheduler) changes() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

func kick(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// kickAll wakes the plan and transaction loops.
func (s *Scheduler) kickAll() {
	kick(s.planKick)
	kick(s.txKick)
}

// cursorState returns the last stored block and whether the follower has caught up with
// the chain's head at least once since Start.
func (s *Scheduler) cursorState() (block uint64, synced bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cursor, s.synced
}

// lastSeen merges the heartbeats held in memory with those stored for ws.
func (s *Scheduler) lastSeen(ws []plan.Worker) map[common.Address]time.Time {
	out := make(map[common.Address]time.Time, len(ws))
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range ws {
		t := w.LastSeen
		if m := s.seen[w.ID]; m.After(t) {
			t = m
		}
		out[w.ID] = t
	}
	return out
}

// now is the wall clock's time (Config.Clock).
func (s *Scheduler) now() time.Time { return s.cfg.Clock() }

// isLost reports whether a worker last seen at seen is lost at now.
func (s *Scheduler) isLost(seen, now time.Time) bool {
	return seen.IsZero() || now.Sub(seen) > s.cfg.HeartbeatTimeout
}

// deal returns the stored deal id, cached.
func (s *Scheduler) deal(ctx context.Context, id common.Hash) (*sdk.Deal, error) {
	s.mu.Lock()
	d, ok := s.deals[id]
	s.mu.Unlock()
	if ok {
		return d, nil
	}
	body, _, err := s.st.Deal(ctx, id)
	if err != nil {
		return nil, err
	}
	d = new(sdk.Deal)
	if err := json.Unmarshal(body, d); err != nil {
		return nil, fmt.Errorf("scheduler: stored deal %s: %w", id.Hex(), err)
	}
	s.mu.Lock()
	s.deals[id] = d
	s.mu.Unlock()
	return d, nil
}

// sleep waits d or until ctx ends; it reports whether ctx is still alive.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
