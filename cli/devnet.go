package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/devnet"
)

func newDevnetCommand(g *globals) *cobra.Command {
	var (
		dataDir          string
		httpPort, wsPort int
		accounts         int
		blockTime        time.Duration
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local development chain with the protocol deployed and funded dev accounts",
		Long: `Runs a go-ethereum dev node inside this process, with JSON-RPC over HTTP and WebSocket on
127.0.0.1 (no peer-to-peer networking), until interrupted (Ctrl-C or SIGTERM), then shuts
it down cleanly.

On first start in a data directory it creates the chain (Ethereum mainnet rules up to
Prague, 60M gas blocks, chain id 1886348143 = 0x706f636f), deploys the token and the
protocol (with the default categories), funds --accounts dev accounts with 1,000,000 ether
and 1,000,000 RLC each, deposits 10,000 RLC of each into the hub, and writes the
configuration file (--config) that every other poco command reads: endpoint, chain id,
contract addresses, keystore, default account (dev account 0) and password file.

The chain is kept in --datadir: starting again resumes it (same contracts, balances,
assets and deals); only the configuration file's endpoint is updated if the port changed.
Delete the directory to start from scratch.

Blocks are made as soon as a transaction arrives, or every --block-time (whole seconds).
With instant blocks, an idle devnet still makes a block every 5 seconds (a 0-value
transfer of a devnet-only clock account), so the chain's time follows the wall clock and
deadlines pass while nothing else happens.
The dev keys are keystore files in <datadir>/keystore with their password in
<datadir>/password: they are for development only.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
			status := out // progress lines; with --json, stdout carries only the JSON summary
			if g.json {
				status = errOut
			}
			fmt.Fprintf(status, "Starting the devnet in %s ...\n", dataDir)
			d, err := devnet.Start(ctx, devnet.Config{
				DataDir:    dataDir,
				HTTPPort:   httpPort,
				WSPort:     wsPort,
				BlockTime:  blockTime,
				Accounts:   accounts,
				ConfigPath: pick(g.configPath, os.Getenv(EnvConfig), config.DefaultPath()),
				Logger:     slog.New(slog.NewTextHandler(errOut, &slog.HandlerOptions{Level: slog.LevelWarn})),
			})
			if err != nil {
				if ctx.Err() != nil {
					return fmt.Errorf("interrupted while starting: %w", err)
				}
				return err
			}
			defer d.Close()
			if n := len(d.Accounts()); !d.Created() && cmd.Flags().Changed("accounts") && accounts != n {
				fmt.Fprintf(status, "Note: --accounts applies to a new devnet; this one has %d accounts.\n", n)
			}

			sum, err := devnetSummary(cmd, d)
			if err != nil {
				return err
			}
			if g.json {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(sum); err != nil {
					return err
				}
				fmt.Fprintln(status, "Running; press Ctrl-C to stop.")
			} else {
				writeDevnetSummary(out, sum)
			}

			select {
			case <-ctx.Done():
			case <-d.Done():
			}
			stop() // from here a second Ctrl-C ends the process at once
			fmt.Fprintln(status, "\nStopping the devnet ...")
			if err := d.Close(); err != nil {
				return err
			}
			fmt.Fprintf(status, "Devnet stopped. Its chain is kept in %s; run `poco devnet` again to resume it.\n", d.DataDir())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "datadir", devnet.DefaultDataDir(), "directory of the chain and the dev keys")
	f.IntVar(&httpPort, "http-port", devnet.DefaultHTTPPort, "JSON-RPC over HTTP port on 127.0.0.1 (0 picks a free one)")
	f.IntVar(&wsPort, "ws-port", devnet.DefaultWSPort, "JSON-RPC over WebSocket port on 127.0.0.1 (0 picks a free one)")
	f.DurationVar(&blockTime, "block-time", 0, "block period, whole seconds (0: a block as soon as a transaction arrives)")
	f.IntVar(&accounts, "accounts", devnet.DefaultAccounts, "number of dev accounts to create on first start")
	return cmd
}

// devnetSummaryJSON is what `poco devnet --json` prints once the devnet runs.
type devnetSummaryJSON struct {
	HTTP         string              `json:"http"`
	WS           string              `json:"ws"`
	ChainID      uint64              `json:"chainId"`
	Created      bool                `json:"created"`
	StartupMS    int64               `json:"startupMs"`
	BlockTime    string              `json:"blockTime"`
	Head         uint64              `json:"head"`
	DataDir      string              `json:"dataDir"`
	Contracts    chain.Deployment    `json:"contracts"`
	Accounts     []devnetAccountJSON `json:"accounts"`
	Keystore     string              `json:"keystore"`
	PasswordFile string              `json:"passwordFile"`
	Config       string              `json:"config"`
	ConfigBackup string              `json:"configBackup,omitempty"`
}

type devnetAccountJSON struct {
	Address common.Address `json:"address"`
	Wei     string         `json:"wei"`
	Tokens  string         `json:"tokens"`  // wallet, token units (9 decimals)
	Deposit string         `json:"deposit"` // free in the hub
	Locked  string         `json:"locked"`
}

func devnetSummary(cmd *cobra.Command, d *devnet.Devnet) (*devnetSummaryJSON, error) {
	bals, err := d.Balances(cmd.Context())
	if err != nil {
		return nil, err
	}
	s := &devnetSummaryJSON{
		HTTP: d.HTTPEndpoint(), WS: d.WSEndpoint(), ChainID: d.ChainID(), Created: d.Created(),
		StartupMS: d.StartupTime().Milliseconds(), BlockTime: d.BlockTime().String(), Head: d.Head(),
		DataDir: d.DataDir(), Contracts: d.Deployment(), Keystore: d.KeystoreDir(),
		PasswordFile: d.PasswordFile(), Config: d.ConfigPath(), ConfigBackup: d.ConfigBackup(),
	}
	for _, b := range bals {
		s.Accounts = append(s.Accounts, devnetAccountJSON{Address: b.Address, Wei: b.Ether.String(),
			Tokens: b.Tokens.String(), Deposit: b.Free.String(), Locked: b.Locked.String()})
	}
	return s, nil
}

func writeDevnetSummary(w io.Writer, s *devnetSummaryJSON) {
	how := fmt.Sprintf("chain resumed in %v", time.Duration(s.StartupMS)*time.Millisecond)
	if s.Created {
		how = fmt.Sprintf("new chain created in %v", time.Duration(s.StartupMS)*time.Millisecond)
	}
	blocks := "one as soon as a transaction arrives"
	if s.BlockTime != "0s" {
		blocks = "one every " + s.BlockTime
	}
	fmt.Fprintf(w, "\nDevnet running (%s)\n\n", how)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  JSON-RPC HTTP\t%s\n", s.HTTP)
	fmt.Fprintf(tw, "  JSON-RPC WebSocket\t%s\n", s.WS)
	fmt.Fprintf(tw, "  Chain id\t%d (%#x)\n", s.ChainID, s.ChainID)
	fmt.Fprintf(tw, "  Blocks\t%s; head block #%d\n", blocks, s.Head)
	fmt.Fprintf(tw, "  Data directory\t%s\n", s.DataDir)
	tw.Flush()

	fmt.Fprintf(w, "\nContracts\n")
	c := s.Contracts
	for _, row := range []struct {
		name string
		addr common.Address
	}{{"Hub", c.Hub}, {"Token (RLC)", c.Token}, {"App registry", c.AppRegistry},
		{"Dataset registry", c.DatasetRegistry}, {"Workerpool registry", c.WorkerpoolRegistry}, {"Task module", c.Tasks}} {
		fmt.Fprintf(tw, "  %s\t%s\n", row.name, row.addr)
	}
	tw.Flush()

	fmt.Fprintf(w, "\nDev accounts (development only: never send them anything of value)\n")
	fmt.Fprintf(tw, "  #\tAddress\tETH\tRLC wallet\tRLC deposited\tRLC locked\n")
	for i, a := range s.Accounts {
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\t%s\n", i, a.Address, units(a.Wei, 18, 4), units(a.Tokens, 9, 9),
			units(a.Deposit, 9, 9), units(a.Locked, 9, 9))
	}
	tw.Flush()
	fmt.Fprintf(tw, "  Keystore\t%s\n", s.Keystore)
	fmt.Fprintf(tw, "  Password file\t%s (for --password-file)\n", s.PasswordFile)
	tw.Flush()

	fmt.Fprintf(w, "\nConfiguration file %s\n", s.Config)
	fmt.Fprintf(w, "  every poco command reads it: this endpoint, these contracts, account #0 by default\n")
	if s.ConfigBackup != "" {
		fmt.Fprintf(w, "  it described another chain: the previous file is saved as %s\n", s.ConfigBackup)
	}
	fmt.Fprintf(w, "\nRunning; press Ctrl-C to stop.\n")
}

// units writes an integer amount of base units as a decimal number of whole units, with at
// most maxFrac decimals (truncated).
func units(amount string, decimals, maxFrac int) string {
	x, ok := new(big.Int).SetString(amount, 10)
	if !ok {
		return amount
	}
	neg := x.Sign() < 0
	x.Abs(x)
	q, r := new(big.Int).QuoRem(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil), new(big.Int))
	s := q.String()
	rs := r.String()
	frac := strings.Repeat("0", decimals-len(rs)) + rs
	if frac = strings.TrimRight(frac[:min(maxFrac, decimals)], "0"); frac != "" {
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}
