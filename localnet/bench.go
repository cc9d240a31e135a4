package localnet

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/oci"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/worker"
)

// timings collects the workers' time per task (total and the app's own run).
type timings struct {
	mu       sync.Mutex
	overhead []time.Duration
	runs     map[common.Hash]taskRun
}

func newTimings() *timings { return &timings{runs: map[common.Hash]taskRun{}} }

// taskRun is a worker's run of a task: when it began (the worker had the assignment)
// and when it ended (the result computed).
type taskRun struct{ start, end time.Time }

func (t *timings) add(tt worker.TaskTiming) {
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	t.overhead = append(t.overhead, tt.Total-tt.App)
	r, ok := t.runs[tt.Task]
	if start := now.Add(-tt.Total); !ok || start.Before(r.start) {
		r.start = start
	}
	if now.After(r.end) { // replicated: from the first replica's start to the last's end
		r.end = now
	}
	t.runs[tt.Task] = r
}

func (t *timings) overheadP50() float64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.overhead) == 0 {
		return 0
	}
	xs := slices.Clone(t.overhead)
	slices.Sort(xs)
	return float64(xs[len(xs)/2]) / float64(time.Millisecond)
}

// BenchConfig configures Bench.
type BenchConfig struct {
	// Deals is how many deals of Tasks tasks are bought, as a stream (default 1), and
	// InFlight how many of them are bought at once, the next as soon as the oldest ends
	// (default DefaultInFlight).
	Deals          int
	InFlight       int
	Tasks, Workers int
	// Queue is each worker's queue (worker.Config.Queue: 0 is the worker's default).
	Queue int
	// GroupDeals runs the scheduler with Config.GroupDeals.
	GroupDeals bool
	Trust      uint64
	// Executor picks the app to buy: "wasm" (default, the hello example) or "oci" (the
	// ociapp example image, run by an oci executor on the engine at OCIHost, else
	// oci.FindHost's, else a podman service started for the benchmark).
	Executor string
	OCIHost  string
	// BlockTime is the chain's block period (0: a block per transaction).
	BlockTime time.Duration
	// DataDir is a fresh folder for the network (default: a temporary one, removed after).
	DataDir string
	Logger  *slog.Logger
	// Progress, if not nil, receives the number of tasks ended each time it changes.
	Progress func(ended, total int)
	// Warm runs a warm-up deal of Tasks tasks at trust 1 before the measured part, so that
	// the workers have compiled the app and proven their slots (a fresh worker is given
	// one replicate at a time, one more per contribution seen on chain): the figures are
	// then a running pool's, not a cold start's.
	Warm bool
	// CPUProfile, if not nil, receives a CPU profile (runtime/pprof) of the whole process
	// over the measured part: from the first match sent to the last task finalized.
	CPUProfile io.Writer
}

// BenchResult is what `poco bench e2e --json` prints.
type BenchResult struct {
	Tasks        int    `json:"tasks"` // over all the deals
	Deals        int    `json:"deals"`
	InFlight     int    `json:"in_flight"` // deals bought at once (BenchConfig.InFlight)
	GroupDeals   bool   `json:"group_deals"`
	TasksPerDeal int    `json:"tasks_per_deal"`
	Executor     string `json:"executor"`
	Workers      int    `json:"workers"`
	// Queue is each worker's queue as declared (its default when BenchConfig.Queue is 0).
	Queue int    `json:"queue"`
	Trust uint64 `json:"trust"`
	// Warm: the workers ran a warm-up deal before the measured part (BenchConfig.Warm).
	Warm bool `json:"warm"`
	// BlockTimeS is the block period in seconds (0: a block per transaction).
	BlockTimeS float64 `json:"block_time_s"`
	// Seconds from the match being sent to the last task finalized.
	Seconds    float64 `json:"seconds"`
	TasksPerS  float64 `json:"tasks_per_s"`
	GasPerTask uint64  `json:"gas_per_task"` // all the deal's transactions (match included) / tasks
	// GasByMethod is those transactions by the hub's method they call.
	GasByMethod map[string]GasUse `json:"gas_by_method"`
	// CeilingTasksPerS is what the chain could carry: block gas limit / gas per task, per
	// block time (with a block per transaction, per second).
	CeilingTasksPerS float64 `json:"ceiling_tasks_per_s"`
	CeilingRatio     float64 `json:"ceiling_ratio"`
	// BlocksMatchToFinalP50 is the median over tasks of (block of its finalize − block of
	// the match).
	BlocksMatchToFinalP50 float64 `json:"blocks_match_to_final_p50"`
	BlocksMatchToFinalMax uint64  `json:"blocks_match_to_final_max"`
	// WorkerOverheadMsP50 is the median over tasks of the worker's time on a task beyond
	// the app's own run (fetching, checking, digest, packing the result).
	WorkerOverheadMsP50 float64 `json:"worker_overhead_ms_p50"`
	// CPUMsPerTask is the process's CPU time (user+sys, getrusage) over the measured part
	// / tasks; CPUUtilization is that CPU time / (seconds × NumCPU).
	CPUMsPerTask   float64 `json:"cpu_ms_per_task"`
	CPUUtilization float64 `json:"cpu_utilization"`
	// StagesMsP50 and StagesMsP90: per-stage timeline (see Stages).
	StagesMsP50 Stages        `json:"stages_ms_p50"`
	StagesMsP90 Stages        `json:"stages_ms_p90"`
	PerDeal     []DealFigures `json:"per_deal"`
	Completed   int           `json:"completed"`
	Failed      int           `json:"failed"`
	// FollowRPCCalls is how many chain reads the requester's side made to follow the
	// deals to their end, with requester.Follow (what `poco run` uses) polling every
	// 100 ms: headers, getLogs, view calls. FollowRPCCallsPerTask and
	// FollowRPCCallsPerBlock divide it by the tasks and by the blocks the run spanned.
	FollowRPCCalls         int64   `json:"follow_rpc_calls"`
	FollowRPCCallsPerTask  float64 `json:"follow_rpc_calls_per_task"`
	FollowRPCCallsPerBlock float64 `json:"follow_rpc_calls_per_block"`
	// RPCCalls is how many JSON-RPC requests all the chain clients of the process made
	// (the workers', the scheduler's, the requester's and the bench's own, sdk.RPCCalls)
	// over the measured part, by method; RPCCallsPerTask divides them by the tasks.
	RPCCalls        map[string]int64   `json:"rpc_calls"`
	RPCCallsPerTask map[string]float64 `json:"rpc_calls_per_task"`
}

// followInterval is how often the bench's requester polls the chain for its deals.
const followInterval = 100 * time.Millisecond

// Bench runs a fresh local network with cfg.Workers workers, buys a bag of cfg.Tasks tasks
// of the hello example at cfg.Trust and measures how it went.
func Bench(ctx context.Context, cfg BenchConfig) (*BenchResult, error) {
	if cfg.Tasks <= 0 || cfg.Workers <= 0 || cfg.Trust == 0 {
		return nil, fmt.Errorf("bench e2e: --tasks, --workers and --trust must be at least 1")
	}
	dir := cfg.DataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "poco-bench-e2e-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	var extra map[string]executor.Executor
	switch cfg.Executor {
	case "", "wasm":
		cfg.Executor = "wasm"
	case "oci":
		host := cfg.OCIHost
		if host == "" {
			host = oci.FindHost()
		}
		if host == "" { // no engine running: a podman service for the benchmark
			h, stop, err := oci.StartPodman(ctx)
			if err != nil {
				return nil, fmt.Errorf("bench e2e --executor oci: %w (or give a Docker or podman API address)", err)
			}
			defer stop()
			host = h
		}
		ex, err := oci.New(ctx, oci.Options{Host: host, Logger: cfg.Logger})
		if err != nil {
			return nil, err
		}
		defer ex.Close(ctx)
		extra = map[string]executor.Executor{"oci": ex}
	default:
		return nil, fmt.Errorf("bench e2e: --executor %q: want wasm or oci", cfg.Executor)
	}
	timings := newTimings()
	net, err := Start(ctx, Config{
		Executors: extra,
		Devnet: devnet.Config{DataDir: filepath.Join(dir, "devnet"), ConfigPath: filepath.Join(dir, "config.json"),
			BlockTime: cfg.BlockTime, Logger: cfg.Logger},
		Workers:      cfg.Workers,
		WorkerQueue:  cfg.Queue,
		GroupDeals:   cfg.GroupDeals,
		Logger:       cfg.Logger,
		PollInterval: 100 * time.Millisecond,
		WorkerSpeed:  1, // the run measures the pipeline, not the machine benchmark at start
		onTask:       timings.add,
	})
	if err != nil {
		return nil, err
	}
	defer net.Close()
	app, err := benchApp(ctx, net, cfg.Executor, dir)
	if err != nil {
		return nil, err
	}
	c, err := net.Client(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	// The requester follows its deals as `poco run` does, through a client whose reads
	// are counted.
	counter := &sdk.CountingBackend{Backend: c.Backend()}
	fc, err := sdk.New(ctx, counter, net.Devnet.Deployment().Hub, sdk.WithStartBlock(net.Devnet.Deployment().Block))
	if err != nil {
		return nil, err
	}

	if cfg.Deals <= 0 {
		cfg.Deals = 1
	}
	if cfg.InFlight <= 0 {
		cfg.InFlight = DefaultInFlight
	}
	total := cfg.Tasks * cfg.Deals
	rc, err := net.Client(ctx, net.Requester()) // the stream's purchases
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	if cfg.Warm {
		d, err := net.Buy(ctx, Request{App: app, Volume: uint64(cfg.Tasks), Trust: 1, Params: api.Params{Args: "bench-warm-up"}})
		if err != nil {
			return nil, err
		}
		if _, err := WaitDeal(ctx, c, d, nil); err != nil {
			return nil, fmt.Errorf("bench e2e: warm-up deal: %w", err)
		}
	}
	arrivals := newBlockClock(ctx, c)
	defer arrivals.stop()

	var cpu0 syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &cpu0); err != nil {
		return nil, err
	}
	if cfg.CPUProfile != nil {
		if err := pprof.StartCPUProfile(cfg.CPUProfile); err != nil {
			return nil, fmt.Errorf("bench e2e: cpu profile: %w", err)
		}
	}
	profiling := cfg.CPUProfile != nil
	stopProfile := func() {
		if profiling {
			pprof.StopCPUProfile()
			profiling = false
		}
	}
	defer stopProfile()
	rpc0 := sdk.RPCCalls()
	t0 := time.Now()
	// A stream of deals: cfg.InFlight deals bought at once, and the next bought as soon
	// as the oldest ends, so the workers do not run dry between bags. The purchases run
	// concurrently through one requester client (its matches can share a block): bought
	// one after the other, at most one deal a block would be matched, and the stream
	// would measure the buyer.
	type bought struct {
		deal   *sdk.Deal
		sent   time.Time
		ended  map[uint64]Ending
		doneAt time.Time
		err    error
		ready  chan struct{}
	}
	deals := make([]*bought, cfg.Deals)
	for i := range deals {
		deals[i] = &bought{ready: make(chan struct{})}
	}
	buyCtx, stopBuying := context.WithCancel(ctx)
	var buying sync.WaitGroup
	defer func() { stopBuying(); buying.Wait() }()
	next := 0
	buyNext := func() {
		if next >= cfg.Deals {
			return
		}
		b, i := deals[next], next
		next++
		buying.Add(1)
		go func() {
			defer buying.Done()
			defer close(b.ready)
			b.sent = time.Now()
			b.deal, b.err = net.BuyWith(buyCtx, rc, Request{App: app, Volume: uint64(cfg.Tasks), Trust: cfg.Trust,
				Params: api.Params{Args: fmt.Sprintf("bench-%d", i)}})
		}()
	}
	for range cfg.InFlight {
		buyNext()
	}
	endedBefore := 0
	counter.Reset()
	for i := 0; i < cfg.Deals; i++ {
		b := deals[i]
		<-b.ready
		if b.err != nil {
			return nil, fmt.Errorf("bench e2e: buying deal %d: %w", i, b.err)
		}
		tasks, err := requester.Follow(ctx, fc, b.deal, followInterval, func(n requester.Counts, _ []*sdk.Task) {
			if cfg.Progress != nil {
				cfg.Progress(endedBefore+n.Done(), total)
			}
		})
		if err != nil {
			return nil, err
		}
		b.doneAt = time.Now()
		endedBefore += len(tasks)
		buyNext()
	}
	elapsed := time.Since(t0)
	rpcCalls := sdk.RPCCallsSince(rpc0)
	stopProfile()
	var cpu1 syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &cpu1); err != nil {
		return nil, err
	}
	cpu := tvDur(cpu1.Utime) + tvDur(cpu1.Stime) - tvDur(cpu0.Utime) - tvDur(cpu0.Stime)

	r := &BenchResult{Tasks: total, Deals: cfg.Deals, InFlight: min(cfg.InFlight, cfg.Deals), GroupDeals: cfg.GroupDeals, TasksPerDeal: cfg.Tasks, Executor: cfg.Executor, Workers: cfg.Workers, Queue: net.WorkerQueue(0),
		Trust: cfg.Trust, Warm: cfg.Warm, BlockTimeS: cfg.BlockTime.Seconds(),
		Seconds: elapsed.Seconds(), TasksPerS: float64(total) / elapsed.Seconds(),
		CPUMsPerTask:   float64(cpu) / float64(time.Millisecond) / float64(total),
		CPUUtilization: cpu.Seconds() / (elapsed.Seconds() * float64(runtime.NumCPU()))}
	r.FollowRPCCalls = counter.Calls()
	r.FollowRPCCallsPerTask = float64(r.FollowRPCCalls) / float64(total)
	r.RPCCalls, r.RPCCallsPerTask = rpcCalls, map[string]float64{}
	for m, n := range rpcCalls {
		r.RPCCallsPerTask[m] = float64(n) / float64(total)
	}

	// How each task ended, its block, and the per-stage timeline: from one read of the
	// deals' events and the clock of the blocks' arrival.
	arrivals.stop()
	first := deals[0].deal.Block
	for _, b := range deals {
		first = min(first, b.deal.Block)
	}
	last, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	evs, err := c.Events(ctx, first, last)
	if err != nil {
		return nil, err
	}
	byID := map[common.Hash]*bought{}
	for _, b := range deals {
		b.ended = map[uint64]Ending{}
		byID[b.deal.ID] = b
	}
	for _, ev := range evs {
		switch e := ev.(type) {
		case *sdk.TaskFinalizeEvent:
			if b := byID[e.DealID]; b != nil {
				b.ended[e.Index] = Ending{Index: e.Index, Status: sdk.TaskCompleted, Block: e.Meta().Block, Digest: e.Digest}
			}
		case *sdk.TaskClaimedEvent:
			if b := byID[e.DealID]; b != nil {
				b.ended[e.Index] = Ending{Index: e.Index, Status: sdk.TaskFailed, Block: e.Meta().Block}
			}
		}
	}
	var blocks []uint64
	last = first
	for _, b := range deals {
		for _, e := range b.ended {
			blocks = append(blocks, e.Block-b.deal.Block)
			last = max(last, e.Block)
			if e.Status == sdk.TaskCompleted {
				r.Completed++
			} else {
				r.Failed++
			}
		}
		secs := b.doneAt.Sub(b.sent).Seconds()
		r.PerDeal = append(r.PerDeal, DealFigures{Tasks: len(b.ended), Seconds: secs, TasksPerS: float64(len(b.ended)) / secs})
	}
	if len(blocks) == 0 {
		return r, fmt.Errorf("bench e2e: no task of the %d deal(s) ended on chain", len(deals))
	}
	slices.Sort(blocks)
	r.BlocksMatchToFinalP50 = medianU(blocks)
	r.BlocksMatchToFinalMax = blocks[len(blocks)-1]
	r.FollowRPCCallsPerBlock = float64(r.FollowRPCCalls) / float64(last-first+1)

	origins := map[common.Hash]origin{}
	for _, b := range deals {
		origins[b.deal.ID] = origin{sent: b.sent, block: b.deal.Block}
	}
	r.StagesMsP50, r.StagesMsP90 = stageTimeline(evs, origins, arrivals, timings)

	gas, limit, byMethod, err := hubGas(ctx, net, first, last)
	if err != nil {
		return nil, err
	}
	r.GasPerTask, r.GasByMethod = gas/uint64(total), byMethod
	period := cfg.BlockTime.Seconds()
	if period == 0 {
		period = 1
	}
	if r.GasPerTask > 0 {
		r.CeilingTasksPerS = float64(limit) / float64(r.GasPerTask) / period
		r.CeilingRatio = r.TasksPerS / r.CeilingTasksPerS
	}
	r.WorkerOverheadMsP50 = timings.overheadP50()
	// Honest results: every task read back from the chain must be COMPLETED.
	for _, b := range deals {
		tasks, err := c.DealTasks(ctx, b.deal)
		if err != nil {
			return r, err
		}
		for _, t := range tasks {
			if t.Status != sdk.TaskCompleted {
				return r, fmt.Errorf("bench e2e: deal %s task %d is %v, not COMPLETED", b.deal.ID.Hex(), t.Index, t.Status)
			}
		}
	}
	if r.Failed > 0 || r.Completed != total {
		return r, fmt.Errorf("bench e2e: %d of %d tasks completed, %d failed", r.Completed, total, r.Failed)
	}
	return r, nil
}

// DefaultInFlight is BenchConfig.InFlight's default: how many deals of a --deals stream
// are bought at once.
const DefaultInFlight = 4

// Stages is the per-stage timeline of `poco bench e2e`: milliseconds from the match
// being sent (per task, then a percentile over tasks). See bench/doc.go for each stage's
// source.
type Stages struct {
	Seen        float64 `json:"seen"`
	Assigned    float64 `json:"assigned"`
	Computed    float64 `json:"computed"`
	Contributed float64 `json:"contributed"`
	Consensus   float64 `json:"consensus"`
	Revealed    float64 `json:"revealed"`
	Finalized   float64 `json:"finalized"`
}

// DealFigures are one deal's figures in a --deals stream.
type DealFigures struct {
	Tasks     int     `json:"tasks"`
	Seconds   float64 `json:"seconds"` // from sending its match to its last task ended
	TasksPerS float64 `json:"tasks_per_s"`
}

func tvDur(tv syscall.Timeval) time.Duration {
	return time.Duration(tv.Sec)*time.Second + time.Duration(tv.Usec)*time.Microsecond
}

// blockClock records when each block was first seen: announced by a new-head
// subscription, or, where the connection cannot subscribe, by polling the chain's head
// every 20 ms.
type blockClock struct {
	mu      sync.Mutex
	arrived map[uint64]time.Time
	cancel  context.CancelFunc
	done    chan struct{}
}

// headSubscriber is a backend that pushes new heads (a WebSocket connection).
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

func newBlockClock(ctx context.Context, c *sdk.Client) *blockClock {
	ctx, cancel := context.WithCancel(ctx)
	k := &blockClock{arrived: map[uint64]time.Time{}, cancel: cancel, done: make(chan struct{})}
	prev, err := c.BlockNumber(ctx)
	seen := func(head uint64) {
		now := time.Now()
		k.mu.Lock()
		for b := prev + 1; b <= head; b++ {
			k.arrived[b] = now
		}
		k.mu.Unlock()
		prev = max(prev, head)
	}
	var (
		sub   ethereum.Subscription
		heads = make(chan *types.Header, 64)
	)
	if hs, ok := c.Backend().(headSubscriber); ok && err == nil {
		sub, _ = hs.SubscribeNewHead(ctx, heads)
	}
	go func() {
		defer close(k.done)
		if sub != nil { // one call per block instead of 50 polls a second
			defer sub.Unsubscribe()
		subscribed:
			for {
				select {
				case <-ctx.Done():
					return
				case <-sub.Err(): // dropped: poll
					break subscribed
				case h := <-heads:
					seen(h.Number.Uint64())
				}
			}
		}
		for err == nil {
			select {
			case <-ctx.Done():
				return
			case <-time.After(20 * time.Millisecond):
			}
			head, herr := c.BlockNumber(ctx)
			if herr != nil {
				err = herr
				continue
			}
			seen(head)
		}
	}()
	return k
}

func (k *blockClock) stop() {
	k.cancel()
	<-k.done
}

// at is when block b arrived (zero if never seen).
func (k *blockClock) at(b uint64) time.Time {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.arrived[b]
}

type origin struct {
	sent  time.Time
	block uint64
}

// stageTimeline computes the p50 and p90 over tasks of each stage's time from its
// deal's match being sent. A stage a task skips (no event of it, as when one transaction
// does several steps) takes the time of the next stage.
func stageTimeline(evs []sdk.Event, origins map[common.Hash]origin, clock *blockClock, tm *timings) (p50, p90 Stages) {
	type marks struct {
		deal                                        common.Hash
		contributed, consensus, revealed, finalized uint64
	}
	tasks := map[common.Hash]*marks{}
	get := func(id common.Hash) *marks {
		m := tasks[id]
		if m == nil {
			m = &marks{}
			tasks[id] = m
		}
		return m
	}
	for _, ev := range evs {
		switch e := ev.(type) {
		case *sdk.TaskContributeEvent:
			m := get(e.TaskID)
			m.contributed = max(m.contributed, e.Meta().Block)
		case *sdk.TaskConsensusEvent:
			get(e.TaskID).consensus = e.Meta().Block
		case *sdk.TaskRevealEvent:
			m := get(e.TaskID)
			m.revealed = max(m.revealed, e.Meta().Block)
		case *sdk.TaskFinalizeEvent:
			m := get(e.TaskID)
			m.deal, m.finalized = e.DealID, e.Meta().Block
		}
	}
	tm.mu.Lock()
	runs := maps.Clone(tm.runs)
	tm.mu.Unlock()
	var cols [7][]float64
	for id, m := range tasks {
		o, ok := origins[m.deal]
		if !ok || m.finalized == 0 {
			continue
		}
		ms := func(t time.Time) float64 {
			if t.IsZero() {
				return -1
			}
			return float64(t.Sub(o.sent)) / float64(time.Millisecond)
		}
		block := func(b uint64) float64 {
			if b == 0 {
				return -1
			}
			return ms(clock.at(b))
		}
		run := runs[id]
		v := [7]float64{block(o.block), ms(run.start), ms(run.end), block(m.contributed), block(m.consensus),
			block(m.revealed), block(m.finalized)}
		if v[6] < 0 {
			continue
		}
		for i := 5; i >= 0; i-- {
			if v[i] < 0 {
				v[i] = v[i+1]
			}
		}
		// The head is polled every 20 ms: a worker may start before the poll sees the
		// match's block, which it cannot precede.
		v[0] = min(v[0], v[1])
		for i := range v {
			cols[i] = append(cols[i], v[i])
		}
	}
	pct := func(q float64) Stages {
		var x [7]float64
		for i, c := range cols {
			if len(c) == 0 {
				continue
			}
			slices.Sort(c)
			x[i] = c[min(len(c)-1, int(q*float64(len(c))))]
		}
		return Stages{x[0], x[1], x[2], x[3], x[4], x[5], x[6]}
	}
	return pct(0.5), pct(0.9)
}

// hubGas sums the gas of the transactions to the hub in blocks from..to, and returns the
// block gas limit.
func hubGas(ctx context.Context, net *Net, from, to uint64) (gas, limit uint64, byMethod map[string]GasUse, err error) {
	cl := net.Devnet.Client()
	hub := net.Devnet.Deployment().Hub
	parsed, err := bindings.PocoMetaData.ParseABI()
	if err != nil {
		return 0, 0, nil, err
	}
	byMethod = map[string]GasUse{}
	for b := from; b <= to; b++ {
		block, err := cl.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return 0, 0, nil, err
		}
		limit = block.GasLimit()
		if len(block.Transactions()) == 0 {
			continue
		}
		rcs, err := cl.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(b)))
		if err != nil {
			return 0, 0, nil, err
		}
		if len(rcs) != len(block.Transactions()) {
			return 0, 0, nil, fmt.Errorf("block %d: %d receipts for %d transactions", b, len(rcs), len(block.Transactions()))
		}
		for i, tx := range block.Transactions() {
			if tx.To() == nil || *tx.To() != hub {
				continue
			}
			rc := rcs[i]
			gas += rc.GasUsed
			name := hubMethod(parsed, tx.Data())
			u := byMethod[name]
			u.Txs++
			u.Gas += rc.GasUsed
			byMethod[name] = u
		}
	}
	return gas, limit, byMethod, nil
}

// hubMethod names the hub method data calls: "other" when unknown; a multicall whose
// calls are all of one method is "multicall of" that method.
func hubMethod(parsed *abi.ABI, data []byte) string {
	m, err := parsed.MethodById(data)
	if err != nil {
		return "other"
	}
	if m.RawName != "multicall" {
		return m.RawName
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 1 {
		return m.RawName
	}
	calls, _ := args[0].([][]byte)
	inner := ""
	for _, c := range calls {
		n := hubMethod(parsed, c)
		if inner != "" && n != inner {
			return m.RawName
		}
		inner = n
	}
	if inner == "" {
		return m.RawName
	}
	return m.RawName + " of " + inner
}

// GasUse is the transactions to the hub of one method over a bench's blocks, and the gas
// they used together.
type GasUse struct {
	Txs int    `json:"txs"`
	Gas uint64 `json:"gas"`
}

func medianU(xs []uint64) float64 {
	if len(xs) == 0 {
		return 0
	}
	if len(xs)%2 == 1 {
		return float64(xs[len(xs)/2])
	}
	return float64(xs[len(xs)/2-1]+xs[len(xs)/2]) / 2
}

// benchApp publishes the app the benchmark buys: the hello example (wasm) or the
// ociapp example image (oci).
func benchApp(ctx context.Context, net *Net, executor, dir string) (*App, error) {
	if executor == "oci" {
		path, digest, err := examples.BuildImage(ctx, filepath.Join(dir, "apps"))
		if err != nil {
			return nil, err
		}
		archive, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		sum, err := hex.DecodeString(strings.TrimPrefix(digest, "sha256:"))
		if err != nil || len(sum) != 32 {
			return nil, fmt.Errorf("bench e2e: image digest %q", digest)
		}
		return net.PublishAppType(ctx, examples.OCIApp, "OCI", archive, [32]byte(sum))
	}
	module, err := buildExample(ctx, examples.Hello, dir)
	if err != nil {
		return nil, err
	}
	return net.PublishApp(ctx, "hello", module)
}

// buildExample builds an example app (cached under dir) and reads it.
func buildExample(ctx context.Context, name, dir string) ([]byte, error) {
	p, err := examples.Build(ctx, name, filepath.Join(dir, "apps"))
	if err != nil {
		return nil, err
	}
	return os.ReadFile(p)
}
