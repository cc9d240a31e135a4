package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/market"
)

// redactDSN hides the password of a PostgreSQL DSN given as a URL; a "key=value" DSN is
// not shown.
func redactDSN(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		return u.Redacted()
	}
	return "(key=value DSN)"
}

func newExplorerCommand(g *globals) *cobra.Command {
	var (
		listen        string
		dbPath        string
		marketFlag    string
		schedFlag     string
		smsFlag       string
		bridgeFlag    string
		confirmations uint64
		bookSample    time.Duration
		verbose       bool
	)
	cmd := &cobra.Command{
		Use:   "explorer",
		Short: "Run the block explorer: index the hub's events and serve web pages and a JSON API",
		Long: `Runs the block explorer until interrupted (Ctrl-C or SIGTERM): it follows every event of
the configured chain's hub and registries into an SQLite file (--db PATH, default
$POCO_HOME/explorer/<chain>-<hub>.db) or a PostgreSQL database (--db postgres://…, which
must exist), and serves on --listen the market, the pools, workers, apps and datasets,
deals, tasks and any address's activity as web pages, with a JSON API under /api (see
/api/docs).

The market page shows the live order book (open offers and requests per category, the
cheapest pool) of the market service named by --market, else ` + EnvMarket + `, else "market" in
the configuration file, beside the price history of the deals made; with none (or
--market none) it shows the offers seen in deals.

The task and deal pages say why unfinished tasks wait, as the pool's scheduler says (its
public endpoints), fetched again every few seconds: the scheduler of --scheduler URL,
else ` + EnvScheduler + `, else "scheduler" in the configuration file (` + "`poco devnet`" + ` writes
its own); --scheduler none, or none configured, and the pages say it is not known. A
scheduler that does not answer is said so on the page, which works on.

Stopping and starting it again resumes indexing where it stopped; a chain reorganisation is
rolled back to the last common block and indexed again. ` + "`poco devnet`" + ` and ` + "`poco demo`" + ` start
one of their own.`,
		Example: `  poco explorer
  poco explorer --listen 0.0.0.0:8549 --db /var/lib/poco/explorer.db --confirmations 3
  poco explorer --db postgres://poco@db.example.org/explorer --market https://market.example.org`,
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
			where := dbPath
			if index.IsPostgres(dbPath) {
				where = "PostgreSQL database " + redactDSN(dbPath)
			} else if err := os.MkdirAll(filepath.Dir(dbPath), 0o755); err != nil {
				return err
			}
			var mc *market.Client
			if u := configuredMarket(s, marketFlag); u != "" && u != "none" {
				mc = market.NewClient(u)
			}
			sched := s.schedulerURL(schedFlag)
			if sched == "none" {
				sched = ""
			}
			smsURL := ""
			if smsFlag != "none" {
				if smsURL, err = s.smsURL(smsFlag); err != nil {
					return err
				}
			}
			br, closeBridge, err := explorerBridge(ctx, s, c.ChainID().Uint64(), bridgeFlag)
			if err != nil {
				return err
			}
			defer closeBridge()
			var start uint64
			if s.Config != nil && s.Config.Contracts.Hub == s.Hub {
				start = s.Config.Contracts.Block // nothing to index before the deployment
			}
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			x, err := explorer.Start(ctx, explorer.Options{
				Client: c, DBPath: dbPath, Market: mc, Scheduler: sched, SMS: smsURL, Bridge: br, Listen: listen, StartBlock: start, Confirmations: confirmations,
				BookSampleInterval: bookSampleInterval(bookSample),
				Logger:             slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level})),
			})
			if err != nil {
				return err
			}
			book := "no market: the market page shows the offers seen in deals"
			if mc != nil {
				book = "order book of " + mc.URL()
			}
			why := "no scheduler: the pages cannot say why tasks wait"
			if sched != "" {
				why = "why tasks wait from the scheduler at " + sched
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Explorer of hub %s: %s (index in %s; %s; %s). Ctrl-C to stop.\n", c.Hub().Hex(), x.URL(), where, book, why)
			<-ctx.Done()
			fmt.Fprintln(cmd.OutOrStdout(), "Stopping the explorer ...")
			return x.Close()
		},
	}
	f := cmd.Flags()
	f.StringVar(&listen, "listen", explorer.DefaultListen, "address to serve the pages and the API on")
	f.StringVar(&dbPath, "db", "", "index: an SQLite file, or a PostgreSQL DSN postgres://… (default $POCO_HOME/explorer/<chain>-<hub>.db)")
	f.StringVar(&marketFlag, "market", "", "market whose order book the market page shows (default "+EnvMarket+", else the configuration file's; none: no market)")
	f.StringVar(&schedFlag, "scheduler", "", "the pool's scheduler, which says why tasks wait (default "+EnvScheduler+", else the configuration file's; none: no scheduler)")
	f.StringVar(&bridgeFlag, "bridge", "", "the token bridge's transfers on a /bridge page: auto (the configuration file's \"bridge\" when it is this chain's) or none (default auto)")
	f.StringVar(&smsFlag, "sms", "", "the network's secret management service: the pages say when it accepts development attestation (default "+EnvSMS+", else the configuration file's; none: no SMS)")
	f.Uint64Var(&confirmations, "confirmations", 0, "index only blocks this deep (reorganisations are rolled back either way)")
	f.DurationVar(&bookSample, "book-sample", explorer.DefaultBookSampleInterval, "how often to sample the market's order book for the market page's chart of tasks offered (0: only when the page reads it)")
	f.BoolVar(&verbose, "verbose", false, "log every indexed range")
	return cmd
}

// bookSampleInterval maps --book-sample to explorer.Options.BookSampleInterval (where 0
// means the default and a negative value never).
func bookSampleInterval(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}

// explorerBridge is the bridge the explorer shows: the configuration file's "bridge" when
// its side bridge is on the chain the explorer follows (chainID), with the vault on the
// main chain when that is reachable; nil with --bridge none or without one.
func explorerBridge(ctx context.Context, s *Settings, chainID uint64, flag string) (*explorer.BridgeOptions, func(), error) {
	none := func() {}
	switch flag {
	case "", "auto":
	case "none":
		return nil, none, nil
	default:
		return nil, none, fmt.Errorf("--bridge %q: give auto or none", flag)
	}
	if s.Config == nil || s.Config.Bridge == nil || s.Config.Bridge.SideBridge == (common.Address{}) {
		return nil, none, nil
	}
	b := s.Config.Bridge
	if b.SideChainID != 0 && b.SideChainID != chainID {
		return nil, none, nil // the bridge of another chain
	}
	opts := &explorer.BridgeOptions{SideBridge: b.SideBridge, MainStartBlock: b.MainBlock}
	if b.MainRPC == "" || b.MainBridge == (common.Address{}) {
		return opts, none, nil
	}
	main, err := bridge.Dial(ctx, b.MainRPC, b.MainBridge)
	if err != nil {
		return nil, none, fmt.Errorf("the bridge's vault on the main chain (%s at %s, the configuration file's \"bridge\"): %w; --bridge none shows no bridge", b.MainBridge.Hex(), b.MainRPC, err)
	}
	opts.Main = main
	return opts, main.Close, nil
}
