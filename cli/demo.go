package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/sdk"
)

// demoTrip is the demo's round trip through the bridge (poco demo --sidechain).
type demoTrip struct {
	bridged         *big.Int // what the requester bridged main → side for the bag
	before          demoBalances
	reqHubAfterLock *big.Int // the requester's side hub total once bridged
	workerBefore    *big.Int // worker 0's side hub total before the bag
}

// demoBalances are the balances the demo shows.
type demoBalances struct {
	reqMain, reqSide       *big.Int // wallet on main; hub free+locked + wallet on side
	workerMain, workerSide *big.Int
	vault, supply          *big.Int // locked on main; bridged supply on side
}

func readDemoBalances(ctx context.Context, n *localnet.Net) (demoBalances, error) {
	var b demoBalances
	c, err := n.Client(ctx, nil)
	if err != nil {
		return b, err
	}
	defer c.Close()
	req := crypto.PubkeyToAddress(n.Requester().PublicKey)
	var worker common.Address
	if n.Workers() > 0 {
		worker = n.WorkerAddress(0)
	}
	side := func(a common.Address) (*big.Int, error) {
		acc, err := c.Account(ctx, a)
		if err != nil {
			return nil, err
		}
		w, err := n.SideBridge().TokenBalance(ctx, a)
		if err != nil {
			return nil, err
		}
		return new(big.Int).Add(acc.Total(), w), nil
	}
	if b.reqMain, err = n.MainBridge().TokenBalance(ctx, req); err != nil {
		return b, err
	}
	if b.reqSide, err = side(req); err != nil {
		return b, err
	}
	if b.workerMain, err = n.MainBridge().TokenBalance(ctx, worker); err != nil {
		return b, err
	}
	if b.workerSide, err = side(worker); err != nil {
		return b, err
	}
	if b.vault, err = n.VaultLocked(ctx); err != nil {
		return b, err
	}
	b.supply, err = n.BridgedSupply(ctx)
	return b, err
}

// demoBridgeIn bridges amount of the requester's main chain tokens into its side hub
// account and waits for the validators.
func demoBridgeIn(ctx context.Context, out io.Writer, n *localnet.Net, amount *big.Int) (*demoTrip, error) {
	before, err := readDemoBalances(ctx, n)
	if err != nil {
		return nil, err
	}
	t := &demoTrip{bridged: amount, before: before}
	req := n.Requester()
	fmt.Fprintf(out, "\nBridging %s of the requester's main chain tokens into its hub account on the sidechain ...\n", sdk.FormatRLC(amount))
	o, err := n.BridgeToSide(ctx, req, amount, crypto.PubkeyToAddress(req.PublicKey), true)
	if err != nil {
		return nil, err
	}
	if err := n.WaitBridged(ctx, o); err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "  locked on main in %s, minted into the side hub by the validators (nonce %s)\n", o.TxHash.Hex(), o.Transfer.Nonce)
	c, err := n.Client(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	acc, err := c.Account(ctx, crypto.PubkeyToAddress(req.PublicKey))
	if err != nil {
		return nil, err
	}
	t.reqHubAfterLock = acc.Total()
	t.workerBefore = new(big.Int)
	if n.Workers() > 0 {
		wacc, err := c.Account(ctx, n.WorkerAddress(0))
		if err != nil {
			return nil, err
		}
		t.workerBefore = wacc.Total()
	}
	return t, nil
}

// demoBridgeOut brings back to the main chain the requester's leftover of what it
// bridged and worker 0's earnings, then prints the balances before and after.
func demoBridgeOut(ctx context.Context, out io.Writer, n *localnet.Net, t *demoTrip) error {
	c, err := n.Client(ctx, nil)
	if err != nil {
		return err
	}
	acc, err := c.Account(ctx, crypto.PubkeyToAddress(n.Requester().PublicKey))
	c.Close()
	if err != nil {
		return err
	}
	spent := new(big.Int).Sub(t.reqHubAfterLock, acc.Total())
	leftover := new(big.Int).Sub(t.bridged, spent)
	if leftover.Cmp(acc.Free) > 0 {
		leftover.Set(acc.Free)
	}
	if leftover.Sign() < 0 {
		leftover.SetInt64(0) // the bag cost more than was bridged: the rest came from its side funds
	}
	var earned *big.Int
	type back struct {
		who    string
		key    *ecdsa.PrivateKey
		amount *big.Int
	}
	backs := []back{{"the requester's leftover", n.Requester(), leftover}}
	if n.Workers() > 0 {
		wc, err := n.Client(ctx, n.WorkerKey(0))
		if err != nil {
			return err
		}
		wacc, err := wc.Account(ctx, n.WorkerAddress(0))
		wc.Close()
		if err != nil {
			return err
		}
		earned = new(big.Int).Sub(wacc.Total(), t.workerBefore)
		amount := new(big.Int).Set(earned)
		if amount.Cmp(wacc.Free) > 0 {
			amount.Set(wacc.Free)
		}
		backs = append(backs, back{"worker 0's earnings", n.WorkerKey(0), amount})
	}
	fmt.Fprintf(out, "\nBridging back to the main chain (withdraw from the side hub, burn, release by the validators) ...\n")
	var outs []bridge.Outgoing
	for _, b := range backs {
		if b.amount.Sign() <= 0 {
			fmt.Fprintf(out, "  %s: nothing to bring back\n", b.who)
			continue
		}
		kc, err := n.Client(ctx, b.key)
		if err != nil {
			return err
		}
		_, err = kc.Withdraw(ctx, b.amount)
		kc.Close()
		if err != nil {
			return fmt.Errorf("withdrawing %s from the side hub: %w", b.who, err)
		}
		o, err := n.BridgeToMain(ctx, b.key, b.amount, crypto.PubkeyToAddress(b.key.PublicKey))
		if err != nil {
			return fmt.Errorf("burning %s: %w", b.who, err)
		}
		fmt.Fprintf(out, "  %s: %s burned on the side in %s\n", b.who, sdk.FormatRLC(b.amount), o.TxHash.Hex())
		outs = append(outs, o)
	}
	for _, o := range outs {
		if err := n.WaitBridged(ctx, o); err != nil {
			return err
		}
	}
	after, err := readDemoBalances(ctx, n)
	if err != nil {
		return err
	}
	b := t.before
	fmt.Fprintf(out, "\n  %-34s %14s %14s %14s\n", "Balances (RLC)", "before", "after", "change")
	row := func(name string, x, y *big.Int) {
		d := new(big.Int).Sub(y, x)
		sign := "+"
		if d.Sign() < 0 {
			sign = ""
		}
		fmt.Fprintf(out, "  %-34s %14s %14s %14s\n", name, units(x.String(), 9, 9), units(y.String(), 9, 9), sign+units(d.String(), 9, 9))
	}
	row("requester, main chain wallet", b.reqMain, after.reqMain)
	row("requester, sidechain (hub+wallet)", b.reqSide, after.reqSide)
	row("worker 0, main chain wallet", b.workerMain, after.workerMain)
	row("worker 0, sidechain (hub+wallet)", b.workerSide, after.workerSide)
	row("vault locked (main chain)", b.vault, after.vault)
	row("bridged supply (sidechain)", b.supply, after.supply)
	fmt.Fprintf(out, "\nThe requester spent %s on the bag", sdk.FormatRLC(spent))
	if earned != nil {
		fmt.Fprintf(out, "; worker 0 earned %s", sdk.FormatRLC(earned))
	}
	fmt.Fprintln(out, ".")
	// The requester's main balance changes by what came back minus what went: −spent
	// when the bag cost no more than was bridged.
	reqChange := new(big.Int).Sub(after.reqMain, b.reqMain)
	ok := after.vault.Cmp(after.supply) == 0 && reqChange.Cmp(new(big.Int).Sub(leftover, t.bridged)) == 0
	if len(backs) > 1 && backs[1].amount.Sign() > 0 {
		ok = ok && new(big.Int).Sub(after.workerMain, b.workerMain).Cmp(backs[1].amount) == 0
	}
	if ok {
		what := "exactly what it spent"
		if new(big.Int).Sub(t.bridged, leftover).Cmp(spent) != 0 {
			what = "exactly what it bridged minus what came back (the bag also used its earlier side funds)"
		}
		fmt.Fprintf(out, "Conserved: the vault locks exactly the bridged supply (%s), the requester's main balance changed by %s, the worker's by exactly what it earned.\n",
			sdk.FormatRLC(after.vault), what)
		return nil
	}
	return fmt.Errorf("the bridge did not conserve tokens: vault %s, bridged supply %s, requester's main change %s for %s bridged and %s brought back",
		after.vault, after.supply, reqChange, t.bridged, leftover)
}

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

With --sidechain the network has two chains (see ` + "`poco devnet --sidechain`" + `): the requester first
bridges tokens from the main chain into its hub account on the gas-free sidechain, the bag
runs there, then the requester's leftover and worker 0's earnings are withdrawn from the
side hub, burned and released on the main chain by the bridge validators; the demo prints
the balances before and after, and checks that the vault locks exactly the bridged supply.

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
			var trip *demoTrip
			if n.Sidechain() {
				// The bag's cost (price × tasks, replicates are the pool's affair) and as
				// much again: the requester bridges it main → side, into its hub account.
				amount := new(big.Int).Mul(localnet.PoolPrice, new(big.Int).SetUint64(2*max(tasks, 10)))
				if trip, err = demoBridgeIn(ctx, cmd.OutOrStdout(), n, amount); err != nil {
					return err
				}
			}
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
			if trip != nil {
				if err := demoBridgeOut(ctx, cmd.OutOrStdout(), n, trip); err != nil {
					return err
				}
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
