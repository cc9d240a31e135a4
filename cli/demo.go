package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/examples"
)

func newDemoCommand(g *globals) *cobra.Command {
	var (
		f     localnetFlags
		tasks uint64
		trust uint64
		args  string
		wide  bool
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Start the local network and run a bag of tasks on it, as a requester would",
		Long: `Starts the same network as ` + "`poco devnet`" + ` (a dev chain, a storage gateway, a worker pool with
--workers workers, a market where the pool's scheduler publishes its offers, the example
apps and their orders), then buys --tasks tasks of the hello example app at --trust from
the pool's cheapest offer in the market's book, as dev account 0, exactly as
` + "`poco run`" + ` does: it shows the tasks' progress, downloads every result, checks it against
its digest on chain, and prints the table of results and where they are. The network
then keeps running (press Ctrl-C to stop it); run ` + "`poco run`" + ` in another terminal to buy more.

At trust 5 each task is computed by several workers that must agree (Proof-of-Contribution):
with fresh workers, three or more replicates per task.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			status := cmd.ErrOrStderr()
			n, err := startLocalnet(ctx, cmd, g, &f, status)
			if err != nil {
				return err
			}
			defer n.Close()
			apps, err := publishExamples(ctx, n, status)
			if err != nil {
				return err
			}
			app, ok := apps[examples.Hello]
			if !ok {
				return errors.New("the hello example app could not be built: poco demo needs the Go toolchain (`go` on PATH)")
			}
			sum, err := devnetSummary(cmd, n, apps)
			if err != nil {
				return err
			}
			writeDevnetSummary(cmd.OutOrStdout(), sum)
			fmt.Fprintf(cmd.OutOrStdout(), "\nBuying %d tasks of the hello app at trust %d from pool %s, through the market %s ...\n\n",
				tasks, trust, n.Pool.Hex(), n.MarketURL())

			s, err := g.settings() // the configuration file the devnet just wrote
			if err != nil {
				return err
			}
			rf := &runFlags{volume: tasks, trust: trust, args: args, yes: true, workerpool: n.Pool.Hex(),
				outBase: filepath.Join(n.Devnet.DataDir(), "demo-results"), wide: wide}
			cmd.SetContext(ctx)
			deal, err := runNewDeal(cmd, s, rf, app.Address.Hex())
			if err != nil {
				fmt.Fprintf(status, "The demo's run had problems: %v\n", err)
			}
			if deal != nil {
				fmt.Fprintf(cmd.OutOrStdout(), "\nSee the deal, its tasks and the workers' scores in the explorer: %s/deals/%s\n",
					n.Explorer().URL(), deal.ID.Hex())
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "\nSee the requester's activity in the explorer: %s/address/%s\n",
					n.Explorer().URL(), s.Account.Hex())
			}
			fmt.Fprintf(cmd.OutOrStdout(), "\nThe network keeps running: try `poco run %s --volume 3 --args \"hi\" --yes` in another terminal, "+
				"or `poco deal list`. Press Ctrl-C to stop.\n", app.Address.Hex())
			return waitAndStop(ctx, stop, n, status)
		},
	}
	f.register(cmd)
	// The demo's bag needs no TEE: its workers declare none unless asked (--tee), so its
	// output stays free of the development-attestation warnings.
	f.tee = false
	cmd.Flags().Lookup("tee").DefValue = "false"
	cmd.Flags().Uint64Var(&tasks, "tasks", 100, "tasks in the bag")
	cmd.Flags().Uint64Var(&trust, "trust", 5, "the deal's trust")
	cmd.Flags().StringVar(&args, "args", "poco demo", "the app's arguments")
	cmd.Flags().BoolVar(&wide, "wide", false, "print the results table with whole task ids, digests, locations and paths")
	return cmd
}
