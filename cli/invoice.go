package cli

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/invoice"
)

// invoiceFlags are the flags of `poco invoice`.
type invoiceFlags struct {
	from, to, account, format, output string
}

func newInvoiceCommand(g *globals) *cobra.Command {
	f := &invoiceFlags{}
	cmd := &cobra.Command{
		Use:   "invoice --from DATE [--to DATE] [--account ADDRESS] [--format text|json|csv|pdf] [--output FILE]",
		Short: "An account's invoice for a period: deals paid for, tasks completed and refunded, earnings, reconciled with its balance",
		Long: `Lists, for an account and a period, what the hub's events say moved its tokens:

- as a requester (the payer of a deal): every deal with its tasks completed and
  refunded (failed, claimed) in the period, the price per task, what was paid, and to
  whom it went (app owner, dataset owner, pool: scheduler and workers);
- as an app or dataset owner: what each deal paid it;
- as a workerpool owner (scheduler): its stakes locked, returned and seized, its reward;
- as a worker: its stakes, rewards (free or vesting) and the stakes it lost;
- deposits and withdrawals.

The invoice reconciles with the chain: the sum of its credits and debits equals the
change of the account's hub balance (free + locked, read at the period's first and last
block) to the nRLC; it says "reconciled: yes", or shows the difference.

DATE is YYYY-MM-DD (midnight UTC) or RFC 3339 (2026-12-01T08:00:00Z); --from is
included, --to excluded (default: now). The account is --account, else --from, POCO_ACCOUNT
or the configuration file's. No password is needed.

Formats: text (default), json (amounts as integers of nRLC; --json is the same), csv (one
row per deal and role, with a header row; amounts in RLC) and pdf (needs --output). See
docs/invoices.md.`,
		Example: `  poco invoice --from 2026-11-01 --to 2026-12-01
  poco invoice --from 2026-11-01 --to 2026-12-01 --account 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --format csv > nov.csv
  poco invoice --from 2026-11-01 --to 2026-12-01 --format pdf --output invoice-2026-11.pdf`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runInvoice(cmd, g, f)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&f.from, "from", "", "start of the period, included: YYYY-MM-DD (UTC) or RFC 3339 (required)")
	fs.StringVar(&f.to, "to", "", "end of the period, excluded: YYYY-MM-DD (UTC) or RFC 3339 (default now)")
	fs.StringVar(&f.account, "account", "", "account to invoice (default the configured one: --from, POCO_ACCOUNT or the configuration file)")
	fs.StringVar(&f.format, "format", "", "text, json, csv or pdf (default text; json with --json)")
	fs.StringVarP(&f.output, "output", "o", "", "file to write (default standard output; required for pdf)")
	return cmd
}

// invoicePeriod parses and checks --from and --to (default now). Whether the period is in
// the future is for the chain's clock to say (invoice.Build): a devnet's runs ahead of
// the wall clock after a burst of blocks.
func invoicePeriod(fromArg, toArg string, now time.Time) (from, to time.Time, err error) {
	if fromArg == "" {
		return from, to, fmt.Errorf("--from DATE is required: the start of the period, like 2026-11-01")
	}
	if from, err = parseInvoiceDate("--from", fromArg); err != nil {
		return from, to, err
	}
	to = now.UTC().Truncate(time.Second)
	if toArg != "" {
		if to, err = parseInvoiceDate("--to", toArg); err != nil {
			return from, to, err
		}
	}
	if !to.After(from) {
		return from, to, fmt.Errorf("--to (%s) must be after --from (%s): the period is [from, to)", to.Format(time.RFC3339), from.Format(time.RFC3339))
	}
	return from, to, nil
}

// parseInvoiceDate reads YYYY-MM-DD (midnight UTC) or RFC 3339.
func parseInvoiceDate(flag, v string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t.UTC(), nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t.UTC(), nil
	}
	return time.Time{}, fmt.Errorf("%s %q is not a date: write YYYY-MM-DD (UTC), like 2026-11-01, or RFC 3339, like 2026-11-01T08:00:00Z", flag, v)
}

func invoiceFormat(f *invoiceFlags, jsonFlag bool) (string, error) {
	format := strings.ToLower(f.format)
	switch {
	case format == "" && jsonFlag:
		format = "json"
	case format == "":
		format = "text"
	case jsonFlag && format != "json":
		return "", fmt.Errorf("--json and --format %s disagree: pass one", format)
	}
	if !slices.Contains(invoice.Formats, format) {
		return "", fmt.Errorf("unknown --format %q: use one of %s", f.format, strings.Join(invoice.Formats, ", "))
	}
	if format == "pdf" && f.output == "" {
		return "", fmt.Errorf("--format pdf writes a file: pass --output FILE, like --output invoice.pdf")
	}
	return format, nil
}

func runInvoice(cmd *cobra.Command, g *globals, f *invoiceFlags) error {
	from, to, err := invoicePeriod(f.from, f.to, time.Now())
	if err != nil {
		return err
	}
	s, err := g.settings()
	if err != nil {
		return err
	}
	format, err := invoiceFormat(f, s.JSON)
	if err != nil {
		return err
	}
	var account common.Address
	if f.account != "" {
		if account, err = parseAddress("--account", f.account); err != nil {
			return err
		}
	} else if account = s.Account; account == (common.Address{}) {
		return fmt.Errorf("which account? pass --account ADDRESS (or --from, or set %s)", EnvAccount)
	}
	c, err := s.client(cmd.Context(), false)
	if err != nil {
		return err
	}
	defer c.Close()
	inv, err := invoice.Build(cmd.Context(), c, account, from, to)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := inv.Write(&buf, format); err != nil {
		return err
	}
	if f.output == "" {
		_, err = cmd.OutOrStdout().Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(f.output, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing the invoice: %w", err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s (%s, %d deal lines, %s)\n", f.output, format, len(inv.Lines), inv.Reconciled())
	return nil
}
