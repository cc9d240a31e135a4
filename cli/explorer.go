package cli

import (
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/explorer"
)

func newExplorerCommand(g *globals) *cobra.Command {
	var (
		listen        string
		dbPath        string
		confirmations uint64
		verbose       bool
	)
	cmd := &cobra.Command{
		Use:   "explorer",
		Short: "Run the block explorer: index the hub's events and serve web pages and a JSON API",
		Long: `Runs the block explorer until interrupted (Ctrl-C or SIGTERM): it follows every event of
the configured chain's hub and registries into an SQLite file (--db, default
$POCO_HOME/explorer/<chain>-<hub>.db), and serves on --listen the market, the pools,
workers, apps and datasets, deals, tasks and any address's activity as web pages, with a
JSON API under /api (see /api/docs).

Stopping and starting it again resumes indexing where it stopped; a chain reorganisation is
rolled back to the last common block and indexed again. ` + "`poco devnet`" + ` and ` + "`poco demo`" + ` start
one of their own.`,
		Example: `  poco explorer
  poco explorer --listen 0.0.0.0:8549 --db /var/lib/poco/explorer.db --confirmations 3`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			c, err := s.client(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			if dbPath == "" {
				dbPath = filepath.Join(config.Home(), "explorer", fmt.Sprintf("%s-%s.db", c.ChainID(), strings.ToLower(c.Hub().Hex())))
			}
			if err := os.MkdirAll(filepath.Dir(dbPath), 0o755); err != nil {
				return err
			}
			var start uint64
			if s.Config != nil && s.Config.Contracts.Hub == s.Hub {
				start = s.Config.Contracts.Block // nothing to index before the deployment
			}
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			x, err := explorer.Start(ctx, explorer.Options{
				Client: c, DBPath: dbPath, Listen: listen, StartBlock: start, Confirmations: confirmations,
				Logger: slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level})),
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Explorer of hub %s: %s (index in %s). Ctrl-C to stop.\n", c.Hub().Hex(), x.URL(), dbPath)
			<-ctx.Done()
			fmt.Fprintln(cmd.OutOrStdout(), "Stopping the explorer ...")
			return x.Close()
		},
	}
	f := cmd.Flags()
	f.StringVar(&listen, "listen", explorer.DefaultListen, "address to serve the pages and the API on")
	f.StringVar(&dbPath, "db", "", "index file (default $POCO_HOME/explorer/<chain>-<hub>.db)")
	f.Uint64Var(&confirmations, "confirmations", 0, "index only blocks this deep (reorganisations are rolled back either way)")
	f.BoolVar(&verbose, "verbose", false, "log every indexed range")
	return cmd
}
