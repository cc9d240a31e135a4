package cli

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/bench"
)

func newBenchCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure the protocol against the figures of DESIGN.md §6",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newBenchGasCommand(g))
	return cmd
}

func newBenchGasCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gas",
		Short: "Measure the gas per task of the protocol's main scenarios",
		Long: `Deploys the protocol on an in-process simulated chain (mainnet Prague rules) and
measures the gas per task of each scenario, on a warmed-up state, against the iExec
PoCo reference and the aim of DESIGN.md §6:

  trust1-bag100          matchOrders + contributeAndFinalizeBatch, 100 tasks, trust 1
  replicated3-bag100     matchOrders + 3 contributeBatch + 3 revealBatch + finalizeBatch,
                         100 tasks, trust 5, three fresh agreeing workers
  single-trust1          matchOrders + contributeAndFinalize, one task, trust 1
  replicated3-single     the replicated flow for one task with single calls (no reference)
  trust1-bag100-dataset  trust1-bag100 with a paid dataset (no reference)

With --json it prints a JSON array of objects with the fields scenario, gas_per_task,
reference_gas_per_task, ratio (gas_per_task / reference_gas_per_task), aim, tasks,
transactions, gas_total, state and detail (the gas of each transaction by step).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			results, err := bench.Gas()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.json {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(results)
			}
			return bench.WriteGasTable(out, results)
		},
	}
	return cmd
}
