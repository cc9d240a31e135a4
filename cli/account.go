package cli

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/sdk"
)

const accountAmountHelp = `AMOUNT is a number of RLC, with up to 9 decimals: 12, 12.5, 0.000000001 ("RLC"
after it is allowed).`

const chainSigningHelp = `It acts as --from (or POCO_ACCOUNT, or account in the configuration file), whose key
is in the keystore.
` + walletPasswordHelp

func newAccountCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "account",
		Short: "Show balances; deposit tokens into the hub, withdraw them, release vested rewards",
		Long: `An account's tokens are in two places: its wallet (the token contract) and the hub.
In the hub they are free (they can be withdrawn, or locked by a deal or a
contribution) or locked (guaranteeing deals and contributions in progress).
Requesters pay for deals, and workers and schedulers stake, from their free balance:
deposit tokens from the wallet first.

A worker's rewards from replicated deals (trust above 1) are locked too, vesting for a
day: a worker proven wrong meanwhile forfeits them. Once matured they are released to
the free balance by the worker's next reward, or by ` + "`poco account release`" + `.

Amounts are written and printed in RLC (9 decimals); with --json they are decimal
strings of RLC, like "12.5".`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newAccountShowCommand(g), newAccountDepositCommand(g), newAccountWithdrawCommand(g), newAccountReleaseCommand(g))
	return cmd
}

// ───────────────────── helpers shared by the account, asset and category commands ─────────────────────

// txResultJSON describes a mined transaction.
type txResultJSON struct {
	Hash    string `json:"hash"`
	Block   uint64 `json:"block"`
	GasUsed uint64 `json:"gasUsed"`
}

func newTxResultJSON(r *types.Receipt) txResultJSON {
	if r == nil {
		return txResultJSON{}
	}
	var block uint64
	if r.BlockNumber != nil {
		block = r.BlockNumber.Uint64()
	}
	return txResultJSON{Hash: r.TxHash.Hex(), Block: block, GasUsed: r.GasUsed}
}

// parseAmountArg reads an amount of RLC that must be above zero.
func parseAmountArg(what, v string) (*big.Int, error) {
	amount, err := sdk.ParseRLC(v)
	if err != nil {
		return nil, fmt.Errorf("the amount to %s: %w", what, err)
	}
	if amount.Sign() == 0 {
		return nil, fmt.Errorf("the amount to %s must be above 0 RLC", what)
	}
	return amount, nil
}

// oneArg accepts exactly one argument, described by what ("the AMOUNT to deposit, in
// RLC, like 12.5") when it is missing.
func oneArg(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 0:
			return fmt.Errorf("%s needs %s", cmd.CommandPath(), what)
		case len(args) > 1:
			return fmt.Errorf("%s takes one argument, %s; it got %d: %s", cmd.CommandPath(), what, len(args), strings.Join(args, " "))
		}
		return nil
	}
}

// negativeAmountFlagError explains "unknown shorthand flag: '5' in -5": a negative
// amount, read by the flag parser as a flag.
func negativeAmountFlagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	if i := strings.LastIndex(msg, " in -"); strings.HasPrefix(msg, "unknown shorthand flag") && i > 0 {
		arg := msg[i+len(" in "):]
		if _, perr := sdk.ParseRLC(strings.TrimPrefix(arg, "-")); perr == nil {
			return fmt.Errorf("the amount %s is negative: give an amount above 0 RLC (%s moves tokens the other way)", arg, oppositeOf(cmd.Name()))
		}
	}
	return err
}

func oppositeOf(verb string) string {
	if verb == "deposit" {
		return "poco account withdraw"
	}
	return "poco account deposit"
}

// newTable returns a tabwriter for key/value tables; Flush it.
func newTable(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// ───────────────────────────── account show ─────────────────────────────

// accountJSON is an account's balances; amounts are decimal strings of RLC.
type accountJSON struct {
	Address string `json:"address"`
	Wallet  string `json:"wallet"` // tokens in the wallet, outside the hub
	Free    string `json:"free"`   // in the hub, free
	Locked  string `json:"locked"` // in the hub, locked
	// Vesting is the part of Locked that is the worker's rewards still vesting, Releasable
	// the part of it matured (poco account release moves it to Free), and Releases when
	// each part is released ([] when nothing vests).
	Vesting    string        `json:"vesting"`
	Releasable string        `json:"releasable"`
	Releases   []releaseJSON `json:"releases"`
	Score      uint64        `json:"score"` // the worker's reputation

	now time.Time // the chain's time when read
}

// releaseJSON is a part of the vesting rewards and when it matures.
type releaseJSON struct {
	Amount string    `json:"amount"`
	Time   time.Time `json:"time"`
}

func fetchAccount(ctx context.Context, c *sdk.Client, addr common.Address) (accountJSON, error) {
	wallet, err := c.TokenBalance(ctx, addr)
	if err != nil {
		return accountJSON{}, err
	}
	bal, err := c.Account(ctx, addr)
	if err != nil {
		return accountJSON{}, err
	}
	score, err := c.Score(ctx, addr)
	if err != nil {
		return accountJSON{}, err
	}
	v, err := c.Vesting(ctx, addr)
	if err != nil {
		return accountJSON{}, err
	}
	now, err := c.ChainTime(ctx)
	if err != nil {
		return accountJSON{}, err
	}
	a := accountJSON{Address: addr.Hex(), Wallet: sdk.FormatAmount(wallet), Free: sdk.FormatAmount(bal.Free),
		Locked: sdk.FormatAmount(bal.Locked), Vesting: sdk.FormatAmount(v.Total()),
		Releasable: sdk.FormatAmount(v.Releasable(now)), Releases: []releaseJSON{}, Score: score, now: now}
	for _, part := range []struct {
		amount *big.Int
		at     time.Time
	}{{v.Older, v.OlderRelease}, {v.Newer, v.NewerRelease}} {
		if part.amount.Sign() > 0 {
			a.Releases = append(a.Releases, releaseJSON{Amount: sdk.FormatAmount(part.amount), Time: part.at})
		}
	}
	return a, nil
}

func writeAccountRows(tw io.Writer, a accountJSON) {
	fmt.Fprintf(tw, "Wallet\t%s RLC\t(outside the hub)\n", a.Wallet)
	fmt.Fprintf(tw, "Free\t%s RLC\t(in the hub: can be withdrawn, or locked by deals and contributions)\n", a.Free)
	fmt.Fprintf(tw, "Locked\t%s RLC\t(in the hub: guarantees deals and contributions in progress, and holds rewards vesting)\n", a.Locked)
	if len(a.Releases) == 0 {
		return
	}
	fmt.Fprintf(tw, "Vesting\t%s RLC\t(of Locked: rewards of replicated deals, forfeited if a result is proven wrong)\n", a.Vesting)
	for _, r := range a.Releases {
		if r.Time.After(a.now) {
			fmt.Fprintf(tw, "\t%s RLC\treleased from %s (%s)\n", r.Amount, formatChainTime(r.Time), relativeTime(r.Time, a.now))
		} else {
			fmt.Fprintf(tw, "\t%s RLC\tmatured at %s: poco account release moves it to Free\n", r.Amount, formatChainTime(r.Time))
		}
	}
}

func newAccountShowCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show [ADDRESS]",
		Short: "Show an account's tokens: in its wallet, free, locked and vesting in the hub; its worker score",
		Long: `Shows the tokens of ADDRESS (else --from, POCO_ACCOUNT or the configuration file's
account): in its wallet, free and locked in the hub, the part of the locked tokens that
is a worker's rewards still vesting with when each part is released (rewards of
replicated deals vest for a day, and are forfeited if a result of the worker is proven
wrong meanwhile), and its score as a worker (+1 per revealed winning contribution to a
replicated task confirmed by another worker's reveal, ×2/3 per consensus vote left
unrevealed, back to 0 for a result proven wrong).

With --json: {"address", "wallet", "free", "locked", "vesting", "releasable",
"releases": [{"amount", "time"}], "score"}, amounts as decimal strings of RLC;
"releasable" is the part of "vesting" already matured, which ` + "`poco account release`" + `
moves to "free". No password is needed.`,
		Example: `  poco account show
  poco account show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			addr, err := s.address(args)
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer c.Close()
			a, err := fetchAccount(cmd.Context(), c, addr)
			if err != nil {
				return err
			}
			return s.output(cmd, a, func(w io.Writer) {
				tw := newTable(w)
				fmt.Fprintf(tw, "Account\t%s\n", a.Address)
				writeAccountRows(tw, a)
				fmt.Fprintf(tw, "Score\t%d\t(as a worker)\n", a.Score)
				tw.Flush()
			})
		},
	}
}

// ───────────────────────────── deposit and withdraw ─────────────────────────────

// accountMoveJSON is what deposit, withdraw and release print.
type accountMoveJSON struct {
	Action string       `json:"action"` // "deposit", "withdraw" or "release"
	Amount string       `json:"amount"`
	From   string       `json:"from"` // the account that signed
	To     string       `json:"to"`   // whose hub balance (deposit, release) or wallet (withdraw) received it
	Tx     txResultJSON `json:"tx"`
	// Account is the signer's balances after the transaction.
	Account accountJSON `json:"account"`
	// Recipient is To's balances after the transaction, when To is another account.
	Recipient *accountJSON `json:"recipient,omitempty"`
}

func printAccountMove(cmd *cobra.Command, s *Settings, c *sdk.Client, m accountMoveJSON, to common.Address) error {
	ctx := cmd.Context()
	a, err := fetchAccount(ctx, c, c.Address())
	if err != nil {
		return err
	}
	m.Account = a
	if to != c.Address() {
		r, err := fetchAccount(ctx, c, to)
		if err != nil {
			return err
		}
		m.Recipient = &r
	}
	return s.output(cmd, m, func(w io.Writer) {
		switch {
		case m.Action == "release" && m.Recipient == nil:
			fmt.Fprintf(w, "Released %s RLC of vested rewards of %s to its free balance.\n", m.Amount, m.To)
		case m.Action == "release":
			fmt.Fprintf(w, "Released %s RLC of vested rewards of %s to its free balance (sent by %s).\n", m.Amount, m.To, m.From)
		case m.Action == "deposit" && m.Recipient == nil:
			fmt.Fprintf(w, "Deposited %s RLC from the wallet of %s into the hub.\n", m.Amount, m.From)
		case m.Action == "deposit":
			fmt.Fprintf(w, "Deposited %s RLC from the wallet of %s into the hub, for %s.\n", m.Amount, m.From, m.To)
		case m.Recipient == nil:
			fmt.Fprintf(w, "Withdrew %s RLC from the hub to the wallet of %s.\n", m.Amount, m.From)
		default:
			fmt.Fprintf(w, "Withdrew %s RLC of %s from the hub to the wallet of %s.\n", m.Amount, m.From, m.To)
		}
		fmt.Fprintf(w, "Transaction %s, block %d.\n", m.Tx.Hash, m.Tx.Block)
		for _, a := range []*accountJSON{&m.Account, m.Recipient} {
			if a == nil {
				continue
			}
			fmt.Fprintf(w, "\nBalances of %s now:\n", a.Address)
			tw := newTable(w)
			writeAccountRows(tw, *a)
			tw.Flush()
		}
	})
}

func newAccountDepositCommand(g *globals) *cobra.Command {
	var forFlag string
	cmd := &cobra.Command{
		Use:   "deposit AMOUNT [--for ADDRESS]",
		Short: "Move tokens from your wallet to your free balance in the hub",
		Long: `Moves AMOUNT RLC from the wallet of the --from account into the hub, as free balance
of that account (or of --for ADDRESS). When the hub is not yet allowed to take the
tokens, the token's approveAndCall does it in the same transaction (or approve, then
deposit, for a token without it).

` + accountAmountHelp + `

It prints the transaction and the new balances (with --json: {"action", "amount",
"from", "to", "tx": {"hash", "block", "gasUsed"}, "account", "recipient"}).

` + chainSigningHelp,
		Example: `  poco account deposit 50
  poco account deposit 12.5 --from 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --password-file ~/pw
  poco account deposit 100 --for 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --json`,
		Args: oneArg("the AMOUNT to deposit, in RLC, like 12.5"),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := parseAmountArg("deposit", args[0])
			if err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			var target common.Address
			if forFlag != "" {
				if target, err = parseAddress("--for", forFlag); err != nil {
					return err
				}
				if target == (common.Address{}) {
					return fmt.Errorf("--for is the zero address: give the account to credit")
				}
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			if target == (common.Address{}) {
				target = c.Address()
			}
			r, err := c.DepositFor(cmd.Context(), amount, target)
			if err != nil {
				return err
			}
			return printAccountMove(cmd, s, c, accountMoveJSON{Action: "deposit", Amount: sdk.FormatAmount(amount),
				From: c.Address().Hex(), To: target.Hex(), Tx: newTxResultJSON(r)}, target)
		},
	}
	cmd.SetFlagErrorFunc(negativeAmountFlagError)
	cmd.Flags().StringVar(&forFlag, "for", "", "credit this account's free balance instead of your own")
	return cmd
}

func newAccountWithdrawCommand(g *globals) *cobra.Command {
	var toFlag string
	cmd := &cobra.Command{
		Use:   "withdraw AMOUNT [--to ADDRESS]",
		Short: "Move tokens from your free balance in the hub back to your wallet",
		Long: `Moves AMOUNT RLC of the free balance of the --from account in the hub to its wallet
(or to the wallet of --to ADDRESS). Locked tokens cannot be withdrawn until the deals
and contributions they guarantee are over.

` + accountAmountHelp + `

It prints the transaction and the new balances (with --json: {"action", "amount",
"from", "to", "tx": {"hash", "block", "gasUsed"}, "account", "recipient"}).

` + chainSigningHelp,
		Example: `  poco account withdraw 25
  poco account withdraw 0.5 --to 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --json`,
		Args: oneArg("the AMOUNT to withdraw, in RLC, like 12.5"),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, err := parseAmountArg("withdraw", args[0])
			if err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			var to common.Address
			if toFlag != "" {
				if to, err = parseAddress("--to", toFlag); err != nil {
					return err
				}
				if to == (common.Address{}) {
					return fmt.Errorf("--to is the zero address: tokens sent there are lost; give a real address")
				}
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			if to == (common.Address{}) {
				to = c.Address()
			}
			r, err := c.WithdrawTo(cmd.Context(), amount, to)
			if err != nil {
				return err
			}
			return printAccountMove(cmd, s, c, accountMoveJSON{Action: "withdraw", Amount: sdk.FormatAmount(amount),
				From: c.Address().Hex(), To: to.Hex(), Tx: newTxResultJSON(r)}, to)
		},
	}
	cmd.SetFlagErrorFunc(negativeAmountFlagError)
	cmd.Flags().StringVar(&toFlag, "to", "", "send the tokens to this wallet instead of your own")
	return cmd
}

// ───────────────────────────── release ─────────────────────────────

func newAccountReleaseCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "release [ADDRESS]",
		Short: "Move a worker's matured vesting rewards to its free balance",
		Long: `Releases the rewards of the worker ADDRESS (else the --from account) that have vested:
a worker's rewards from replicated deals (trust above 1) stay locked for a day, in case
a result of the worker is proven wrong meanwhile, which forfeits them. Once matured,
the worker's next reward releases them too; this command does it now. Anyone may
release any worker's matured rewards: they always go to that worker's free balance.
` + "`poco account show`" + ` says what vests and when it matures; nothing is sent when nothing
has matured.

It prints the transaction and the new balances (with --json: {"action": "release",
"amount", "from", "to" (the worker), "tx": {"hash", "block", "gasUsed"}, "account",
"recipient"}).

` + chainSigningHelp,
		Example: `  poco account release
  poco account release 0x90F79bf6EB2c4f870365E785982E1f101E93b906 --json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			var worker common.Address
			if len(args) > 0 {
				if worker, err = parseAddress("address", args[0]); err != nil {
					return err
				}
			}
			ctx := cmd.Context()
			c, err := s.client(ctx, true)
			if err != nil {
				return err
			}
			defer c.Close()
			if len(args) == 0 {
				worker = c.Address()
			}
			v, err := c.Vesting(ctx, worker)
			if err != nil {
				return err
			}
			now, err := c.ChainTime(ctx)
			if err != nil {
				return err
			}
			if v.Releasable(now).Sign() == 0 {
				return nothingToRelease(worker, v, now)
			}
			r, err := c.ReleaseVested(ctx, worker)
			if err != nil {
				return err
			}
			released := new(big.Int)
			for _, l := range r.Logs {
				if ev, err := c.DecodeEvent(*l); err == nil {
					if rel, ok := ev.(*sdk.ReleaseEvent); ok && rel.Worker == worker {
						released.Add(released, rel.Amount)
					}
				}
			}
			return printAccountMove(cmd, s, c, accountMoveJSON{Action: "release", Amount: sdk.FormatAmount(released),
				From: c.Address().Hex(), To: worker.Hex(), Tx: newTxResultJSON(r)}, worker)
		},
	}
}

// nothingToRelease explains why release has nothing to send.
func nothingToRelease(worker common.Address, v sdk.Vesting, now time.Time) error {
	if v.Total().Sign() == 0 {
		return fmt.Errorf("%s has no rewards vesting: nothing to release (rewards of replicated deals vest for a day; poco account show %s)", worker.Hex(), worker.Hex())
	}
	next := v.NewerRelease
	if v.Older.Sign() > 0 && (v.Newer.Sign() == 0 || v.OlderRelease.Before(next)) {
		next = v.OlderRelease
	}
	return fmt.Errorf("the %s RLC of rewards vesting for %s have not matured yet: the first part is released from %s (%s); try again then",
		sdk.FormatAmount(v.Total()), worker.Hex(), formatChainTime(next), relativeTime(next, now))
}
