package cli

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/machine"
)

func newBenchMachineCommand(g *globals) *cobra.Command {
	var opts machine.Options
	cmd := &cobra.Command{
		Use:   "machine [--gpu] [--short] [--json]",
		Short: "Measure this machine's speed factor against the reference machine of the categories' times",
		Long: fmt.Sprintf(`Runs the machine benchmark (version %d) on one core and prints the machine's speed
factor against the reference machine the categories' reference times refer to (docs/machine.md):
1 is the reference machine, 2 runs a task in half its category's time. Workers run the same
benchmark at their first start and declare the factor to their pool's scheduler, which gives
them only tasks they can finish in time.

Parts, each the best of 5 trials of 100 ms (with --short: 2 trials of 4 ms, on buffers that fit
in the caches; noisier, for tests and smoke checks):

  integer   N-queens(10) by bit masks, solved per second (branches, shifts, recursion)
  hash      SHA-256 in portable Go over 64 KiB, MB per second (32-bit arithmetic)
  memory    copying 64 MiB word by word, GB per second (bandwidth to memory)

Each part's factor is its score over the reference machine's; the speed factor is their
geometric mean, rounded to 0.01. It takes about 2 s.

--gpu also looks for GPUs (nvidia-smi) and says what it found; GPUs are not measured (that
needs the GPU's driver library, which this binary does not link): the factor covers the
CPU and memory only.

With --json: {"benchmark", "factor", "parts": [{"name", "unit", "score", "reference",
"factor", "spread"}], "machine": {"benchmark", "go", "os", "arch", "cpu", "cpus"},
"seconds", "measured", "short", "gpu": {"devices": [{"index", "name", "memoryMiB"}],
"measured", "note"}}; "short" only with --short, "gpu" only with --gpu.`, machine.Version),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := g.settings()
			if err != nil {
				return err
			}
			r, err := machine.Measure(ctx, opts)
			if err != nil {
				return err
			}
			return s.output(cmd, r, func(w io.Writer) { printMachine(w, r) })
		},
	}
	cmd.Flags().BoolVar(&opts.GPU, "gpu", false, "also look for GPUs and say whether they could be measured")
	cmd.Flags().BoolVar(&opts.Short, "short", false, "a quick, noisier run (about 50 ms): for tests and smoke checks, not for routing")
	return cmd
}

func printMachine(w io.Writer, r *machine.Result) {
	m := r.Machine
	cpu := m.CPU
	if cpu == "" {
		cpu = "an unknown CPU"
	}
	fmt.Fprintf(w, "Machine benchmark %d on %s (%d CPUs, %s/%s, %s), one core:\n", r.Benchmark, cpu, m.CPUs, m.OS, m.Arch, m.Go)
	tw := newTable(w)
	fmt.Fprintln(tw, "PART\tSCORE\tREFERENCE\tFACTOR\tSPREAD")
	for _, p := range r.Parts {
		fmt.Fprintf(tw, "%s\t%g %s\t%g\t%.2f\t%.0f%%\n", p.Name, p.Score, p.Unit, p.Reference, p.Factor, 100*p.Spread)
	}
	tw.Flush()
	fmt.Fprintf(w, "Speed factor: %.2f (the geometric mean of the parts; 1 is the reference machine, docs/machine.md). Measured in %.1f s.\n",
		r.Factor, r.Seconds)
	if r.Short {
		fmt.Fprintln(w, "Short run (--short): noisier and in the caches; not comparable with a full run.")
	}
	if r.GPU != nil {
		fmt.Fprintln(w, "GPU: "+r.GPU.Note)
		for _, d := range r.GPU.Devices {
			fmt.Fprintf(w, "  %s: %s, %d MiB\n", d.Index, d.Name, d.MemoryMiB)
		}
	}
}
