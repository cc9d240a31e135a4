package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/migrate"
	"github.com/pocolabs/poco/market"
)

// Where the market is, for the commands that use one.
const (
	EnvMarket        = "POCO_MARKET"    // the market's URL
	EnvMarketDB      = "POCO_MARKET_DB" // the market's store (`poco market`)
	DefaultMarketURL = "http://127.0.0.1:8780"
	defaultMarketAt  = "127.0.0.1:8780"
)

// marketURL is the market to talk to: the flag, else POCO_MARKET, else "market" in the
// configuration file, else the default.
func marketURL(s *Settings, flag string) string {
	return pick(configuredMarket(s, flag), DefaultMarketURL)
}

// configuredMarket is the market named by the flag, POCO_MARKET or the configuration
// file ("" when none is).
func configuredMarket(s *Settings, flag string) string {
	var fromFile string
	if s != nil && s.Config != nil {
		fromFile = s.Config.Market
	}
	return pick(flag, os.Getenv(EnvMarket), fromFile)
}

func newMarketCommand(g *globals) *cobra.Command {
	var (
		listen, db    string
		poll          time.Duration
		confirmations uint64
		fromBlock     int64
		limits        = market.DefaultLimits()
		verbose       bool
	)
	cmd := &cobra.Command{
		Use:   "market",
		Short: "Run the market: an order book service for the configured hub",
		Long: `Runs the market of the configured chain and hub: an HTTP service where owners publish
their signed app, dataset and workerpool orders and requesters their request orders,
and where anyone finds the cheapest compatible offers (` + "`poco orderbook`" + `).

An order is accepted only if its signature is its owner's for this chain and hub, its
asset is the signer's, it still has volume on chain, and its signer can pay: a workerpool
owner's free balance must cover the pool stake (30 % of the price) of the remaining
volume, a requester's the maximum prices of the remaining volume. The market follows the
chain and keeps each order's status (open, filled, cancelled, dead) and remaining volume
current: deals, cancellations, balance changes and asset transfers. It resumes from
the last block it read after a restart.

Storage: an SQLite file (--db PATH, default $POCO_HOME/market.db), or PostgreSQL when
--db is a DSN (postgres://user@host/db). The API (docs/market.md) is described by
/v1/openapi.json; /metrics serves Prometheus metrics, /health the service's health.`,
		Example: "  poco market\n  poco market --listen 0.0.0.0:8780 --db postgres://market@localhost/market",
		Args:    cobra.NoArgs,
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
			dsn := pick(db, os.Getenv(EnvMarketDB), filepath.Join(config.Home(), "market.db"))
			if !migrate.IsPostgresDSN(dsn) {
				if err := os.MkdirAll(filepath.Dir(dsn), 0o700); err != nil {
					return err
				}
			}
			store, err := market.OpenStore(ctx, dsn)
			if err != nil {
				return err
			}
			defer store.Close()
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			cfg := market.Config{Chain: c, Store: store, Limits: limits, PollInterval: poll, Confirmations: confirmations,
				Logger: slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))}
			if fromBlock >= 0 {
				b := uint64(fromBlock)
				cfg.StartBlock = &b
			} else if s.Config != nil && s.Config.Contracts.Hub == s.Hub && s.Config.Contracts.Block != 0 {
				b := s.Config.Contracts.Block // every deal of the hub, when the market starts fresh
				cfg.StartBlock = &b
			}
			svc, err := market.New(cfg)
			if err != nil {
				return err
			}
			if err := svc.Sync(ctx); err != nil {
				return fmt.Errorf("reading the chain: %w", err)
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("the market cannot listen on %s: %w (is another market running? choose another with --listen)", listen, err)
			}
			srv := &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 10 * time.Second}
			errc := make(chan error, 2)
			go func() { errc <- srv.Serve(ln) }()
			go func() { errc <- svc.Run(ctx) }()
			fmt.Fprintf(cmd.OutOrStdout(), "Market of hub %s (chain %s) on http://%s, store %s. Ctrl-C to stop.\n",
				c.Hub().Hex(), c.ChainID(), ln.Addr(), store.Name())
			select {
			case <-ctx.Done():
			case err := <-errc:
				if err != nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, context.Canceled) {
					return err
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), "Stopping the market ...")
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		},
	}
	f := cmd.Flags()
	f.StringVar(&listen, "listen", defaultMarketAt, "address the API listens on")
	f.StringVar(&db, "db", "", "store: an SQLite file, or a PostgreSQL DSN postgres://… (env "+EnvMarketDB+", default $POCO_HOME/market.db)")
	f.DurationVar(&poll, "poll", 2*time.Second, "how often to look for new blocks when the chain connection cannot announce them (HTTP); over WebSocket or IPC each announced block is applied at once")
	f.Uint64Var(&confirmations, "confirmations", 0, "apply only events this many blocks deep (for chains that reorganize)")
	f.Int64Var(&fromBlock, "from-block", -1, "first block to read on a fresh store (default: the hub's deployment block when configured, else the head)")
	f.IntVar(&limits.OpenOrdersPerSigner, "max-open-orders", limits.OpenOrdersPerSigner, "open orders of one kind a signer may have (0: no limit)")
	f.Int64Var(&limits.MaxBodyBytes, "max-body", limits.MaxBodyBytes, "largest request body, bytes (0: no limit)")
	f.Float64Var(&limits.SignerRate, "signer-rate", limits.SignerRate, "publications per second per signer (0: no limit)")
	f.IntVar(&limits.SignerBurst, "signer-burst", limits.SignerBurst, "publications a signer may make at once above --signer-rate")
	f.Float64Var(&limits.ClientRate, "client-rate", limits.ClientRate, "API calls per second per client IP address (0: no limit)")
	f.IntVar(&limits.ClientBurst, "client-burst", limits.ClientBurst, "API calls a client may make at once above --client-rate")
	f.BoolVarP(&verbose, "verbose", "v", false, "log debug lines too")
	return cmd
}
