package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/wasm"
	"github.com/pocolabs/poco/machine"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

type appBenchFlags struct {
	dataset, args, storage string
	inputs                 []string
	runs                   int
	speed, margin          float64
	memoryMB               int64
	timeout                time.Duration
	record                 bool
}

// appBenchJSON is what `poco app bench --json` prints.
type appBenchJSON struct {
	App     string          `json:"app"`               // the file or the address given
	Address *common.Address `json:"address,omitempty"` // the app's address, when given one
	Runs    int             `json:"runs"`
	Seconds []float64       `json:"seconds"` // each run's time here
	Median  float64         `json:"medianSeconds"`
	Factor  float64         `json:"factor"` // this machine's speed factor
	// FactorFrom says where the factor comes from: "given" (--speed), "measured" or
	// "cached" (the machine benchmark, in FactorFile).
	FactorFrom string  `json:"factorFrom"`
	FactorFile string  `json:"factorFile,omitempty"`
	Benchmark  int     `json:"benchmark,omitempty"` // the machine benchmark's version
	Reference  float64 `json:"referenceSeconds"`    // Median × Factor
	Margin     float64 `json:"margin"`
	Need       float64 `json:"needSeconds"` // Reference × Margin
	// Category is the smallest category at least Need long, among Categories: "hub" (the
	// chain's, for an app given by address) or "default" (protocol.DefaultCategories).
	Category   runCategoryJSON `json:"category"`
	Categories string          `json:"categories"`
	Recorded   string          `json:"recorded,omitempty"` // the hint file written (--record)
}

func newAppBenchCommand(g *globals) *cobra.Command {
	var f appBenchFlags
	cmd := &cobra.Command{
		Use:   "bench APP [--dataset D] [--args \"…\"] [--input FILE|/ipfs/CID]… [--runs N] [--record]",
		Short: "Run an app here on sample inputs and recommend the smallest category that fits it",
		Long: fmt.Sprintf(`Runs APP here as a worker runs it (the wasm executor, through the worker's task
pipeline: app and dataset checksums, input and output folders, result digest) --runs times
on the sample task given (--args, --dataset, --input), and sizes it against the reference
machine of the categories' times (docs/machine.md):

  reference time = the median run time here × this machine's speed factor
  needed time    = reference time × --margin (default %d)

and recommends the smallest category whose reference time is at least the needed time.

APP is a WebAssembly module file (before deploying it), or a deployed app's address (type
WASM): its module is fetched from the storage gateway (--storage, else %s, else the
configuration file's "storage") and checked against its registered checksum, and the
categories are the hub's (else the default ones: XS 5 min, S 20 min, M 1 h, L 3 h, XL 10 h).
--dataset is a dataset file or a deployed dataset's address; --input a file or a stored
file's location (/ipfs/<cid>), repeated for several.

The speed factor is --speed F, else the machine benchmark's (`+"`poco bench machine`"+`), measured
once and kept in $POCO_HOME/machine.json.

--record (APP an address) writes the result in $POCO_HOME/apps/APP.json, where `+"`poco run`"+`
finds it and buys the smallest category that fits; for a file, record it when deploying:
`+"`poco app deploy … --category-hint CATEGORY`"+`.

With --json: {"app", "address", "runs", "seconds", "medianSeconds", "factor",
"factorFrom", "factorFile", "benchmark", "referenceSeconds", "margin", "needSeconds",
"category": {"id", "name", "refSeconds", "reason"}, "categories", "recorded"}.`, requester.Margin, EnvStorage),
		Example: `  poco app bench hello.wasm --args "poco world" --input sample.txt
  poco app bench 0xAPP --args "--n 42" --runs 5 --record`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return errors.New("which app? give a WebAssembly module file or a deployed app's address: poco app bench APP")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			return appBench(cmd, s, &f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.dataset, "dataset", "", "the dataset of the sample task: a file, or a deployed dataset's address")
	fl.StringVar(&f.args, "args", "", "the app's arguments in the sample task")
	fl.StringArrayVar(&f.inputs, "input", nil, "an input file of the sample task: a file, or a stored file's location /ipfs/<cid> (repeat for several)")
	fl.IntVar(&f.runs, "runs", 3, "how many times to run it (the median counts)")
	fl.Float64Var(&f.speed, "speed", 0, "this machine's speed factor (0: the machine benchmark's, measured once and cached)")
	fl.Float64Var(&f.margin, "margin", requester.Margin, "how much longer than the measured reference time the category must allow")
	fl.Int64Var(&f.memoryMB, "memory-mb", 256, "memory the app may use, in MiB, as on the pool's workers")
	fl.DurationVar(&f.timeout, "timeout", time.Hour, "the longest one run may take")
	fl.StringVar(&f.storage, "storage", "", "storage gateway URL for a deployed app, dataset or /ipfs/ input (env "+EnvStorage+", else the configuration file's \"storage\")")
	fl.BoolVar(&f.record, "record", false, "record the result for APP (an address) in $POCO_HOME/apps, where `poco run` finds it")
	return cmd
}

func appBench(cmd *cobra.Command, s *Settings, f *appBenchFlags, appArg string) error {
	ctx := cmd.Context()
	switch {
	case f.runs < 1:
		return fmt.Errorf("--runs %d: run it at least once", f.runs)
	case f.speed < 0:
		return fmt.Errorf("--speed %v: give a positive speed factor (1: the reference machine), or 0 to use the machine benchmark's", f.speed)
	case f.margin < 1:
		return fmt.Errorf("--margin %v: the category must allow at least the measured time (1 or more; %d is the default)", f.margin, requester.Margin)
	case f.memoryMB < 0 || f.timeout <= 0:
		return errors.New("--memory-mb cannot be negative, and --timeout must be positive")
	}
	tmp, err := os.MkdirTemp("", "poco-app-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	local, err := storage.Dir(filepath.Join(tmp, "store"))
	if err != nil {
		return err
	}
	b := &appBenchSetup{s: s, f: f, local: local}
	defer b.close()

	// The app.
	v := appBenchJSON{App: appArg, Runs: f.runs, Margin: f.margin, Categories: "default"}
	cats := protocol.DefaultCategories
	var ref job.AppRef
	if common.IsHexAddress(appArg) && !fileExists(appArg) {
		addr, err := parseAddress("app", appArg)
		if err != nil {
			return err
		}
		v.Address = &addr
		c, err := b.client(ctx)
		if err != nil {
			return err
		}
		app, err := c.App(ctx, addr)
		if err != nil {
			return err
		}
		if api.ExecutorOf(app.Type) != "wasm" {
			return fmt.Errorf("app %s is of type %s: only WASM apps can be benchmarked here for now", addr.Hex(), app.Type)
		}
		if ref.Multiaddr, err = b.fetch(ctx, "the app", app.Multiaddr); err != nil {
			return err
		}
		ref.Checksum = app.Checksum
		if cats, err = c.Categories(ctx); err != nil {
			return err
		}
		v.Categories = "hub"
	} else {
		if f.record {
			return fmt.Errorf("--record needs the app's address: deploy %s, then record its category with `poco app deploy … --category-hint CATEGORY` or `poco app bench ADDRESS --record`", appArg)
		}
		if ref.Multiaddr, ref.Checksum, err = b.putFile("the app", appArg); err != nil {
			return err
		}
	}

	// The sample task.
	j := job.Job{TaskID: crypto.Keccak256Hash([]byte("poco app bench")), BagSize: 1, App: ref,
		Args: api.Params{Args: f.args}.ArgList(), Limits: executor.Limits{Time: f.timeout, MemoryBytes: uint64(f.memoryMB) << 20}}
	if f.dataset != "" {
		ds := &job.DatasetRef{}
		if common.IsHexAddress(f.dataset) && !fileExists(f.dataset) {
			addr, err := parseAddress("--dataset", f.dataset)
			if err != nil {
				return err
			}
			c, err := b.client(ctx)
			if err != nil {
				return err
			}
			d, err := c.Dataset(ctx, addr)
			if err != nil {
				return err
			}
			if ds.Multiaddr, err = b.fetch(ctx, "the dataset", d.Multiaddr); err != nil {
				return err
			}
			ds.Checksum = d.Checksum
		} else if ds.Multiaddr, ds.Checksum, err = b.putFile("--dataset", f.dataset); err != nil {
			return err
		}
		j.Dataset = ds
	}
	for _, in := range f.inputs {
		var loc string
		if fileExists(in) {
			loc, _, err = b.putFile("--input", in)
		} else if _, perr := storage.ParseLocation(in); perr == nil {
			loc, err = b.fetch(ctx, "--input "+in, in)
		} else {
			err = fmt.Errorf("--input %q is neither a file nor a stored file's location (/ipfs/<cid>)", in)
		}
		if err != nil {
			return err
		}
		j.Inputs = append(j.Inputs, loc)
	}

	// The speed factor (before the runs: the benchmark loads the machine).
	if f.speed > 0 {
		v.Factor, v.FactorFrom = f.speed, "given"
	} else {
		v.FactorFile = filepath.Join(config.Home(), "machine.json")
		r, cached, err := machine.Cached(ctx, v.FactorFile)
		if err != nil {
			return fmt.Errorf("measuring this machine's speed factor: %w (--speed F gives one)", err)
		}
		v.Factor, v.Benchmark, v.FactorFrom = r.Factor, r.Benchmark, "measured"
		if cached {
			v.FactorFrom = "cached"
		}
	}

	// The runs.
	// The runs measure the compiled module, as a worker runs the app once it has
	// compiled it: none is interpreted while it compiles.
	ex, err := wasm.New(wasm.Options{WaitForCompiler: true})
	if err != nil {
		return err
	}
	defer ex.Close(context.Background())
	runner := &job.Runner{Store: local, Executor: ex, WorkDir: filepath.Join(tmp, "work"), ResultDir: filepath.Join(tmp, "results")}
	for i := range f.runs {
		o, err := runner.Run(ctx, j)
		if err != nil {
			return fmt.Errorf("running the app: %w", err)
		}
		if o.Failed {
			if o.Code == job.ReasonTimeout {
				return fmt.Errorf("run %d ran past --timeout %s: a task of it needs at least %s on the reference machine; give a longer --timeout, or split the work",
					i+1, f.timeout, time.Duration(float64(f.timeout)*v.Factor).Round(time.Second))
			}
			return fmt.Errorf("the app failed on the sample task (%s): %s; a task that fails cannot be sized (check --args, --dataset and --input)", o.Code, o.Reason)
		}
		v.Seconds = append(v.Seconds, roundMicro(o.Duration.Seconds()))
		runner.Drop(j.TaskID)
	}
	sorted := slices.Clone(v.Seconds)
	slices.Sort(sorted)
	v.Median = sorted[len(sorted)/2]
	if len(sorted)%2 == 0 {
		v.Median = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	v.Median = roundMicro(v.Median)
	v.Reference = roundMicro(v.Median * v.Factor)
	v.Need = roundMicro(v.Reference * v.Margin)
	need := time.Duration(math.Ceil(v.Need * float64(time.Second)))
	cat, ok := requester.SmallestFitting(cats, need)
	if !ok {
		longest := slices.MaxFunc(cats, func(a, b protocol.Category) int { return int(a.WorkClockTimeRef) - int(b.WorkClockTimeRef) })
		return fmt.Errorf("no category fits: a task needs %s on the reference machine (%s here × speed factor %.2f × margin %g), and the longest, %s, allows %s: split the work into smaller tasks",
			need.Round(time.Second), time.Duration(v.Median*float64(time.Second)).Round(time.Millisecond), v.Factor, v.Margin, longest.Name, longest.Ref())
	}
	v.Category = runCategoryJSON{ID: cat.ID, Name: cat.Name, RefSeconds: cat.WorkClockTimeRef,
		Reason: fmt.Sprintf("the smallest category of at least %s on the reference machine", need)}
	if f.record {
		h := requester.Hint{App: *v.Address, NeedSeconds: v.Need, Category: cat.Name, Source: "poco app bench", Recorded: time.Now().UTC(),
			Bench: &requester.HintBench{Runs: f.runs, LocalSeconds: v.Median, Factor: v.Factor, Benchmark: v.Benchmark,
				ReferenceSeconds: v.Reference, Margin: v.Margin, Args: f.args}}
		if v.Recorded, err = requester.WriteHint(requester.AppsDir(), h); err != nil {
			return err
		}
	}
	return s.output(cmd, v, func(w io.Writer) { printAppBench(w, &v) })
}

func printAppBench(w io.Writer, v *appBenchJSON) {
	sec := func(x float64) time.Duration { return time.Duration(x * float64(time.Second)) }
	lo, hi := slices.Min(v.Seconds), slices.Max(v.Seconds)
	fmt.Fprintf(w, "App %s, %d run(s) here: %s median (%s to %s).\n", v.App, v.Runs, roundDur(sec(v.Median)), roundDur(sec(lo)), roundDur(sec(hi)))
	switch v.FactorFrom {
	case "given":
		fmt.Fprintf(w, "This machine's speed factor: %.2f (--speed).\n", v.Factor)
	default:
		fmt.Fprintf(w, "This machine's speed factor: %.2f (machine benchmark %d, %s; %s).\n", v.Factor, v.Benchmark, v.FactorFrom, v.FactorFile)
	}
	fmt.Fprintf(w, "On the reference machine: %s a task; with a %g× margin, %s.\n", roundDur(sec(v.Reference)), v.Margin, roundDur(sec(v.Need)))
	which := "the default categories"
	if v.Categories == "hub" {
		which = "this hub's categories"
	}
	fmt.Fprintf(w, "Recommended category: %s (id %d, %s on the reference machine), the smallest of %s that fits.\n",
		v.Category.Name, v.Category.ID, time.Duration(v.Category.RefSeconds)*time.Second, which)
	switch {
	case v.Recorded != "":
		fmt.Fprintf(w, "Recorded in %s: `poco run %s` buys category %s or larger.\n", v.Recorded, v.Address.Hex(), v.Category.Name)
	case v.Address != nil:
		fmt.Fprintf(w, "Record it for `poco run`: poco app bench %s … --record\n", v.Address.Hex())
	default:
		fmt.Fprintf(w, "Record it when deploying: poco app deploy … --category-hint %s\n", v.Category.Name)
	}
}

// roundDur rounds d to 3 significant digits or so, for reading.
func roundDur(d time.Duration) time.Duration {
	switch {
	case d >= time.Minute:
		return d.Round(time.Second)
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

// roundMicro rounds seconds to the microsecond.
func roundMicro(sec float64) float64 { return math.Round(sec*1e6) / 1e6 }

func fileExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// appBenchSetup gathers what the sample task needs into a local store.
type appBenchSetup struct {
	s      *Settings
	f      *appBenchFlags
	local  *storage.DirStore
	c      *sdk.Client
	remote storage.Store
}

func (b *appBenchSetup) close() {
	if b.c != nil {
		b.c.Close()
	}
}

// client is a read-only client of the configured chain.
func (b *appBenchSetup) client(ctx context.Context) (*sdk.Client, error) {
	if b.c != nil {
		return b.c, nil
	}
	c, err := b.s.client(ctx, false)
	if err != nil {
		return nil, err
	}
	b.c = c
	return c, nil
}

// putFile puts a local file in the local store: its location and sha256.
func (b *appBenchSetup) putFile(what, path string) (string, [32]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", [32]byte{}, fmt.Errorf("%s %s: %w", what, path, err)
	}
	c, _, err := b.local.Put(context.Background(), bytes.NewReader(data))
	if err != nil {
		return "", [32]byte{}, err
	}
	return storage.Location(c), sha256.Sum256(data), nil
}

// fetch copies a stored object from the storage gateway into the local store (verified
// against its CID) and returns its location.
func (b *appBenchSetup) fetch(ctx context.Context, what, location string) (string, error) {
	c, err := storage.ParseLocation(location)
	if err != nil {
		return "", fmt.Errorf("%s is at %q, not a stored file's location (/ipfs/<cid>)", what, location)
	}
	if b.remote == nil {
		var fromFile string
		if b.s.Config != nil {
			fromFile = b.s.Config.Storage
		}
		u := pick(b.f.storage, os.Getenv(EnvStorage), fromFile)
		if u == "" {
			return "", fmt.Errorf("%s is stored at %s: pass --storage URL, the storage gateway to fetch it from (or set %s, or \"storage\" in %s)",
				what, location, EnvStorage, b.s.ConfigPath)
		}
		b.remote = storage.HTTP(u, nil)
	}
	rc, err := b.remote.Get(ctx, c)
	if err != nil {
		return "", fmt.Errorf("fetching %s (%s): %w", what, location, err)
	}
	defer rc.Close()
	got, _, err := b.local.Put(ctx, rc)
	if err != nil {
		return "", fmt.Errorf("fetching %s (%s): %w", what, location, err)
	}
	if !got.Equals(c) {
		return "", fmt.Errorf("fetching %s: the gateway served %s for %s", what, got, c)
	}
	return storage.Location(c), nil
}
