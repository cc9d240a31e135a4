// Package cli defines the commands of the poco program (cmd/poco). Each command lives in
// its own file and is assembled by NewRootCommand; cmd/poco only runs it.
package cli

import (
	"github.com/spf13/cobra"
)

// NewRootCommand returns the `poco` command with every subcommand. Errors are returned
// to the caller, which prints them: the commands print neither errors nor usage on failure.
func NewRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "poco",
		Short:         "Poco: a decentralized marketplace for computing power",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	g := &globals{}
	g.register(root.PersistentFlags())
	root.AddCommand(newBenchCommand(g))
	root.AddCommand(newWalletCommand(g))
	root.AddCommand(newDevnetCommand(g))
	root.AddCommand(newOrderCommand(g))
	root.AddCommand(newDealCommand(g))
	root.AddCommand(newTaskCommand(g))
	root.AddCommand(newAccountCommand(g))
	root.AddCommand(newAppCommand(g))
	root.AddCommand(newDatasetCommand(g))
	root.AddCommand(newWorkerpoolCommand(g))
	root.AddCommand(newCategoryCommand(g))
	root.AddCommand(newSchedulerCommand(g))
	root.AddCommand(newRunCommand(g))
	root.AddCommand(newDemoCommand(g))
	root.AddCommand(newWorkerCommand(g))
	root.AddCommand(newExplorerCommand(g))
	root.AddCommand(newMarketCommand(g), newOrderbookCommand(g))
	root.AddCommand(newDeployCommand(g), newConfigCommand(g))
	root.AddCommand(newStorageCommand(g))
	root.AddCommand(newRequesterCommand(g), newResultCommand(g))
	root.AddCommand(newSMSCommand(g))
	root.AddCommand(newInvoiceCommand(g))
	root.AddCommand(newBridgeCommand(g))
	return root
}
