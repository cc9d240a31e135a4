package localnet

import (
	"context"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/oci"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/worker"
)

// timings collects the workers' time per task (total and the app's own run).
type timings struct {
	mu       sync.Mutex
	overhead []time.Duration
}

func newTimings() *timings { return &timings{} }

func (t *timings) add(tt worker.TaskTiming) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.overhead = append(t.overhead, tt.Total-tt.App)
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
	Tasks, Workers int
	Trust          uint64
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
}

// BenchResult is what `poco bench e2e --json` prints.
type BenchResult struct {
	Tasks    int    `json:"tasks"`
	Executor string `json:"executor"`
	Workers  int    `json:"workers"`
	Trust    uint64 `json:"trust"`
	// BlockTimeS is the block period in seconds (0: a block per transaction).
	BlockTimeS float64 `json:"block_time_s"`
	// Seconds from the match being sent to the last task finalized.
	Seconds    float64 `json:"seconds"`
	TasksPerS  float64 `json:"tasks_per_s"`
	GasPerTask uint64  `json:"gas_per_task"` // all the deal's transactions (match included) / tasks
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
	Completed           int     `json:"completed"`
	Failed              int     `json:"failed"`
}

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

	t0 := time.Now()
	deal, err := net.Buy(ctx, Request{App: app, Volume: uint64(cfg.Tasks), Trust: cfg.Trust,
		Params: api.Params{Args: "bench"}})
	if err != nil {
		return nil, err
	}
	ended, err := WaitDeal(ctx, c, deal, func(n int) {
		if cfg.Progress != nil {
			cfg.Progress(n, cfg.Tasks)
		}
	})
	if err != nil {
		return nil, err
	}
	elapsed := time.Since(t0)

	r := &BenchResult{Tasks: cfg.Tasks, Executor: cfg.Executor, Workers: cfg.Workers, Trust: cfg.Trust, BlockTimeS: cfg.BlockTime.Seconds(),
		Seconds: elapsed.Seconds(), TasksPerS: float64(cfg.Tasks) / elapsed.Seconds()}
	var blocks []uint64
	last := deal.Block
	for _, e := range ended {
		blocks = append(blocks, e.Block-deal.Block)
		last = max(last, e.Block)
		if e.Status == sdk.TaskCompleted {
			r.Completed++
		} else {
			r.Failed++
		}
	}
	slices.Sort(blocks)
	r.BlocksMatchToFinalP50 = medianU(blocks)
	r.BlocksMatchToFinalMax = blocks[len(blocks)-1]

	gas, limit, err := hubGas(ctx, net, deal.Block, last)
	if err != nil {
		return nil, err
	}
	r.GasPerTask = gas / uint64(cfg.Tasks)
	period := cfg.BlockTime.Seconds()
	if period == 0 {
		period = 1
	}
	if r.GasPerTask > 0 {
		r.CeilingTasksPerS = float64(limit) / float64(r.GasPerTask) / period
		r.CeilingRatio = r.TasksPerS / r.CeilingTasksPerS
	}
	r.WorkerOverheadMsP50 = timings.overheadP50()
	return r, nil
}

// hubGas sums the gas of the transactions to the hub in blocks from..to, and returns the
// block gas limit.
func hubGas(ctx context.Context, net *Net, from, to uint64) (gas, limit uint64, err error) {
	cl := net.Devnet.Client()
	hub := net.Devnet.Deployment().Hub
	for b := from; b <= to; b++ {
		block, err := cl.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return 0, 0, err
		}
		limit = block.GasLimit()
		for _, tx := range block.Transactions() {
			if tx.To() == nil || *tx.To() != hub {
				continue
			}
			rc, err := cl.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return 0, 0, err
			}
			gas += rc.GasUsed
		}
	}
	return gas, limit, nil
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
