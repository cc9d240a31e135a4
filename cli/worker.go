package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/oci"
	"github.com/pocolabs/poco/executor/process"
	"github.com/pocolabs/poco/executor/wasm"
	"github.com/pocolabs/poco/machine"
	"github.com/pocolabs/poco/sdk"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker"
)

// EnvScheduler names the environment variable giving the scheduler's URL when
// --scheduler is not given.
const EnvScheduler = "POCO_SCHEDULER"

// workerExecutors are the executors `poco worker --executors` knows.
var workerExecutors = []string{"wasm", "oci", "process"}

type workerFlags struct {
	scheduler, state, storage, executors, logLevel string
	ociHost                                        string
	slots, gpus, queue                             int
	memoryMB, outputMB                             int64
	speed                                          float64
	faulty                                         bool
	tee, sms                                       string
	batchWindow                                    time.Duration
	txInFlight                                     int
}

func newWorkerCommand(g *globals) *cobra.Command {
	var f workerFlags
	cmd := &cobra.Command{
		Use:   "worker --scheduler URL [--slots N] [--state DIR] [--storage DIR|URL] [--executors wasm,process]",
		Short: "Run a worker: compute the tasks a pool's scheduler assigns, and commit their results on chain",
		Long: `Runs a worker as the --from account until interrupted (Ctrl-C or SIGTERM):

 1. logs in to the pool's scheduler (--scheduler URL, else ` + EnvScheduler + `) by signing its
    challenge with the account's key, and declares what it can run (--slots tasks at once,
    --executors, --memory-mb, --gpus, --tee) and how fast: its speed factor against the
    reference machine, measured at the first start by ` + "`poco bench machine`" + `'s benchmark
    (about 2 s, kept in the state folder for later starts on this machine and binary;
    docs/machine.md), or --speed F. The scheduler admits it only if the account's free
    balance in the hub covers the pool's minimum stake: deposit first
    (` + "`poco account deposit`" + `); a refusal is logged and tried again every minute;
 2. runs each task it is given: the app and dataset as registered on chain, fetched from
    --storage (a storage gateway URL, an IPFS node's API as ipfs+http://HOST:5001, or a
    local store folder; else ` + EnvStorage + `, else the
    configuration file's "storage") and checked against their checksums, with the deal's
    category time as time limit;
 3. contributes each result on chain (one transaction per deal for the results of the
    last moments; each contribution locks the deal's worker stake), reveals it when the
    scheduler asks, with the scheduler's permit (given once enough workers agree and the
    scheduler's checks are in), and uploads the result when asked to; a trust-1 task is
    uploaded and finalized in one step (contributeAndFinalize). Rewards of replicated
    deals vest for a day before they are free (` + "`poco account show`" + `, ` + "`poco account release`" + `).

Its state (tasks in flight, results kept until uploaded) is in --state DIR (default
$POCO_HOME/worker/<ADDRESS>): stopped and started again, it picks up where it was. The
chain and the account are the global settings (--rpc, --hub, --from, --keystore,
--password-file, or the configuration file). Logs go to standard error (JSON with
--json).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := g.settings()
			if err != nil {
				return err
			}
			schedURL := pick(f.scheduler, os.Getenv(EnvScheduler))
			if schedURL == "" {
				return fmt.Errorf("which scheduler? pass --scheduler URL (or set %s), the worker API of the pool to work for", EnvScheduler)
			}
			if u, err := url.Parse(schedURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return fmt.Errorf("scheduler %q is not an http:// or https:// URL (like http://127.0.0.1:8548)", schedURL)
			}
			if f.slots < 0 || f.gpus < -1 || f.memoryMB < 0 || f.outputMB < 0 {
				return errors.New("--slots, --memory-mb and --output-mb cannot be negative, nor --gpus (but -1: detect)")
			}
			if f.speed < 0 {
				return fmt.Errorf("--speed %v: give a positive speed factor (1: the reference machine; `poco bench machine` measures it), or 0 to measure at start", f.speed)
			}
			level, err := parseLogLevel(f.logLevel)
			if err != nil {
				return err
			}
			if err := s.RequireChain(); err != nil {
				return err
			}
			store, err := workerStore(s, f.storage)
			if err != nil {
				return err
			}
			key, err := s.unlock()
			if err != nil {
				return err
			}
			if hs, ok := store.(*storage.HTTPStore); ok {
				hs.SetKey(key) // results go up signed: a gateway run with --auth takes them from the workers it lists
			}
			var opts []sdk.Option
			if s.Config != nil && s.Config.Contracts.Hub == s.Hub && s.Config.Contracts.Block != 0 {
				opts = append(opts, sdk.WithStartBlock(s.Config.Contracts.Block))
			}
			c, err := sdk.Dial(ctx, s.RPC, s.Hub, append(opts, sdk.WithKey(key))...)
			if err != nil {
				return err
			}
			defer c.Close()
			state := f.state
			if state == "" {
				state = filepath.Join(config.Home(), "worker", c.Address().Hex())
			}
			// GPUs: --gpus N declares N (device ids 0 … N−1); the default (-1) asks nvidia-smi.
			gpus, gpuIDs := f.gpus, []string(nil)
			if gpus < 0 {
				found, err := machine.FindGPUs(ctx)
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "No GPU detected (%v): declaring none; --gpus N overrides.\n", err)
				}
				for _, g := range found {
					gpuIDs = append(gpuIDs, g.Index)
				}
				gpus = len(gpuIDs)
			}
			execs, closeExecs, err := workerExecutorSet(ctx, f.executors, filepath.Join(state, "wasm-cache"), f.ociHost, gpus > 0)
			if err != nil {
				return err
			}
			defer closeExecs()

			var handler slog.Handler = slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level})
			if s.JSON {
				handler = slog.NewJSONHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level})
			}
			wcfg := worker.Config{
				Client: c, Key: key, SchedulerURL: schedURL, Store: store, Executors: execs,
				Slots: f.slots, Queue: f.queue, StateDir: state,
				MemoryBytes: uint64(f.memoryMB) << 20, OutputBytes: f.outputMB << 20,
				GPUs: gpus, GPUDevices: gpuIDs, Logger: slog.New(handler), BatchWindow: f.batchWindow,
				TxInFlight: f.txInFlight, Speed: f.speed,
			}
			if wcfg.TEE, wcfg.SMS, err = workerTEE(s, f.tee, f.sms); err != nil {
				return err
			}
			if f.faulty {
				wcfg.Saboteur = worker.Liar{}
			}
			w, err := worker.New(wcfg)
			if err != nil {
				return err
			}
			caps := w.Capabilities()
			fmt.Fprintf(cmd.ErrOrStderr(), "Worker %s for the scheduler at %s: %d slots, %d GPUs, executors %s, state in %s. Ctrl-C stops it.\n",
				w.Address().Hex(), schedURL, caps.Slots, caps.GPUs, strings.Join(caps.Executors, ","), state)
			if f.faulty {
				fmt.Fprintln(cmd.ErrOrStderr(), "WARNING: --faulty: this worker computes, commits and uploads WRONG results and will lose its stake, score and rewards (tests only).")
			}
			if err := w.Run(ctx); err != nil {
				return err
			}
			fmt.Fprintln(cmd.ErrOrStderr(), "Worker stopped; its tasks in flight are saved and resume at the next start.")
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.scheduler, "scheduler", "", "the scheduler's worker API URL (env "+EnvScheduler+")")
	fl.IntVar(&f.slots, "slots", runtime.NumCPU(), "tasks run at once")
	fl.IntVar(&f.queue, "queue", 0, fmt.Sprintf("most tasks held beyond the slots, waiting for one (0: %d per slot, or %d to an older scheduler that does not size queues by run time; -1: none); the scheduler fills the queue only as deep as the tasks' run times call for (about 2 s of work: deep for tasks of milliseconds, none for tasks of minutes), so this is a cap", worker.DefaultQueueFactor, worker.LegacyQueueFactor))
	fl.StringVar(&f.state, "state", "", "state folder: tasks in flight, kept results (default $POCO_HOME/worker/<ADDRESS>)")
	fl.StringVar(&f.storage, "storage", "", "where apps, datasets and inputs are read and results stored: a storage gateway URL, ipfs+http://HOST:5001 (an IPFS node's RPC API) or a local store folder (env "+EnvStorage+", else the configuration file's \"storage\")")
	fl.StringVar(&f.executors, "executors", "wasm", "executors to offer, comma-separated: "+strings.Join(workerExecutors, ", ")+" (process runs native programs unsandboxed: only for apps you trust)")
	fl.Int64Var(&f.memoryMB, "memory-mb", 256, "memory a task may use, in MiB (0: the executor's ceiling); keep it the same on every worker of a pool, or a memory-hungry task can fail on some and not others")
	fl.Int64Var(&f.outputMB, "output-mb", 0, "size a task's output folder may reach, in MiB (0: 1024, the largest result a store takes by default)")
	fl.IntVar(&f.gpus, "gpus", -1, "GPUs to declare to the scheduler, one GPU task each at a time (-1: detect NVIDIA GPUs with nvidia-smi)")
	fl.StringVar(&f.ociHost, "oci-host", "", "the container engine's API address for the oci executor (Docker or `podman system service`: unix:///run/podman/podman.sock; default DOCKER_HOST, else Docker's socket)")
	fl.Float64Var(&f.speed, "speed", 0, "speed factor to declare against the reference machine (0: measure it at start, cached in the state folder; see poco bench machine)")
	fl.StringVar(&f.tee, "tee", "", "run TEE tasks: tdx (this machine is an Intel TDX confidential VM; quotes through configfs-tsm) or dev (INSECURE development evidence, accepted only by an SMS started with --insecure-dev-attestation); needs an SMS (docs/confidential.md)")
	fl.StringVar(&f.sms, "sms", "", "with --tee: the secret management service's URL (env "+EnvSMS+", else the configuration file's \"sms\")")
	fl.DurationVar(&f.batchWindow, "batch-window", worker.DefaultBatchWindow, "how long results are gathered into one transaction per deal")
	fl.IntVar(&f.txInFlight, "tx-in-flight", worker.DefaultTxInFlight, "how many transactions may be waiting to be mined at once: results ready while one is mined go in the next without waiting for it (lower latency); 1 sends one at a time (fewer, larger batches: less gas per task, about a block more latency per step)")
	fl.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
	fl.BoolVar(&f.faulty, "faulty", false, "TEST ONLY: contribute wrong results (to see cheaters lose their stake)")
	fl.MarkHidden("faulty")
	return cmd
}

// workerTEE is the worker's TEE provider and SMS for --tee and --sms (none without --tee).
func workerTEE(s *Settings, tee, smsFlag string) (attest.Provider, *smsapi.Client, error) {
	var p attest.Provider
	switch tee {
	case "":
		if smsFlag != "" {
			return nil, nil, errors.New("--sms is for TEE tasks: give --tee tdx (or --tee dev on a devnet) too")
		}
		return nil, nil, nil
	case "tdx":
		if !attest.TDXAvailable() {
			_, err := attest.TDXProvider{}.Evidence(context.Background(), [64]byte{})
			return nil, nil, fmt.Errorf("--tee tdx: this machine cannot make TDX quotes (%v); run the worker inside an Intel TDX confidential VM, or use --tee dev on a devnet", err)
		}
		p = attest.TDXProvider{}
	case "dev":
		p = attest.DevProvider{}
	default:
		return nil, nil, fmt.Errorf("--tee %q: give tdx or dev", tee)
	}
	c, err := s.smsClient(smsFlag)
	if err != nil {
		return nil, nil, fmt.Errorf("--tee %s: %w", tee, err)
	}
	return p, c, nil
}

// workerStore opens the store named by --storage, POCO_STORAGE or the configuration
// file (storage.Open): ipfs+http(s)://HOST:PORT is an IPFS node's RPC API, an http(s)
// URL a storage gateway, a path or file:// URL a local store folder. The CLI's other
// storage resolvers (configuredStore, runStore) open what they find with openStore too.
func workerStore(s *Settings, flag string) (storage.Store, error) {
	v := storageValue(s, flag)
	if v == "" {
		return nil, fmt.Errorf("where are the apps and results stored? pass --storage URL (a storage gateway), --storage ipfs+http://HOST:5001 (an IPFS node's RPC API) or --storage DIR (a local store folder), or set %s, or \"storage\" in %s",
			EnvStorage, s.ConfigPath)
	}
	return openStore(v)
}

// storageValue is the storage named by the flag, POCO_STORAGE or the configuration
// file's "storage" ("" when none is).
func storageValue(s *Settings, flag string) string {
	var fromFile string
	if s != nil && s.Config != nil {
		fromFile = s.Config.Storage
	}
	return pick(flag, os.Getenv(EnvStorage), fromFile)
}

// openStore opens the store v names (storage.Open). An IPFS node must answer within
// 15 seconds.
func openStore(v string) (storage.Store, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return storage.Open(ctx, v)
}

// workerExecutorSet makes the executors named in list ("wasm,oci,process"); the oci
// executor talks to the engine at ociHost and exposes GPUs when gpu is set.
func workerExecutorSet(ctx context.Context, list, wasmCache, ociHost string, gpu bool) (map[string]executor.Executor, func(), error) {
	out := map[string]executor.Executor{}
	var closers []func()
	closeAll := func() {
		for _, c := range closers {
			c()
		}
	}
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" || out[name] != nil {
			continue
		}
		switch name {
		case "wasm":
			if err := os.MkdirAll(wasmCache, 0o700); err != nil {
				closeAll()
				return nil, nil, fmt.Errorf("wasm compilation cache: %w", err)
			}
			ex, err := wasm.New(wasm.Options{CacheDir: wasmCache})
			if err != nil {
				closeAll()
				return nil, nil, err
			}
			out[name] = ex
			closers = append(closers, func() { ex.Close(context.Background()) })
		case "process":
			out[name] = process.New()
		case "oci":
			ex, err := oci.New(ctx, oci.Options{Host: ociHost, GPU: gpu})
			if err != nil {
				closeAll()
				return nil, nil, err
			}
			out[name] = ex
			closers = append(closers, func() { ex.Close(context.Background()) })
		default:
			closeAll()
			return nil, nil, fmt.Errorf("unknown executor %q: this worker knows %s", name, strings.Join(workerExecutors, ", "))
		}
	}
	if len(out) == 0 {
		return nil, nil, fmt.Errorf("no executor: pass --executors with some of %s", strings.Join(workerExecutors, ", "))
	}
	return out, closeAll, nil
}

func parseLogLevel(s string) (slog.Level, error) {
	levels := []string{"debug", "info", "warn", "error"}
	i := slices.Index(levels, strings.ToLower(s))
	if i < 0 {
		return 0, fmt.Errorf("--log-level %q: want one of %s", s, strings.Join(levels, ", "))
	}
	return []slog.Level{slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError}[i], nil
}
