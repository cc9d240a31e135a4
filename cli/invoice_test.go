package cli

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
)

// runInvoiceCommand runs `poco invoice ARGS` on a root holding only that command and the
// global flags.
func runInvoiceCommand(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := &cobra.Command{Use: "poco", SilenceUsage: true, SilenceErrors: true}
	g := &globals{}
	g.register(root.PersistentFlags())
	root.AddCommand(newInvoiceCommand(g))
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(append([]string{"invoice"}, args...))
	err := root.Execute()
	return out.String(), err
}

func TestInvoiceCommandRefusesBadArguments(t *testing.T) {
	t.Setenv(EnvConfig, t.TempDir()+"/none.json")
	t.Setenv(EnvRPC, "")
	t.Setenv(EnvHub, "")
	t.Setenv(EnvAccount, "")
	future := time.Now().UTC().AddDate(0, 0, 2).Format(time.DateOnly)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--to", "2026-01-01"}, "--from DATE is required"},
		{[]string{"--from", "yesterday"}, `--from "yesterday" is not a date`},
		{[]string{"--from", "2026-01-01", "--to", "2026-13-01"}, `--to "2026-13-01" is not a date`},
		{[]string{"--from", "2026-02-01", "--to", "2026-01-01"}, "must be after --from"},
		{[]string{"--from", "2026-01-01", "--to", "2026-01-01"}, "must be after --from"},
		{[]string{"--from", future}, "must be after --from"}, // --to defaults to now
		{[]string{"--from", "2025-01-01", "--format", "xml"}, `unknown --format "xml"`},
		{[]string{"--from", "2025-01-01", "--format", "pdf"}, "pass --output FILE"},
		{[]string{"--from", "2025-01-01", "--format", "csv", "--json"}, "disagree"},
		{[]string{"--from", "2025-01-01", "--account", "0x12"}, "--account"},
		{[]string{"--from", "2025-01-01"}, "which account?"},
		{[]string{"--from", "2025-01-01", "--account", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}, "no chain configured"},
	} {
		out, err := runInvoiceCommand(t, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("poco invoice %s: error %v (printed %q), want one saying %q", strings.Join(c.args, " "), err, out, c.want)
		}
	}
}

func TestInvoicePeriodDates(t *testing.T) {
	now := time.Date(2026, 12, 6, 10, 30, 0, 0, time.UTC)
	from, to, err := invoicePeriod("2026-11-01", "2026-12-01T08:00:00+01:00", now)
	if err != nil {
		t.Fatal(err)
	}
	if !from.Equal(time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)) || !to.Equal(time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC)) {
		t.Errorf("period %s to %s", from, to)
	}
	if _, to, err = invoicePeriod("2026-11-01", "", now); err != nil || !to.Equal(now) {
		t.Errorf("default --to: %s, %v", to, err)
	}
}

// TestInvoiceCLIOnDevnet runs the command against a devnet: a deposit and a withdrawal in
// the period, a deposit after it; the JSON, CSV and PDF invoices reconcile.
func TestInvoiceCLIOnDevnet(t *testing.T) {
	d := cliChainEnv(t)
	me := d.Accounts()[0].Hex()
	// Periods are in the chain's time, which may run ahead of the wall clock.
	chainTime := func() time.Time {
		h, err := d.Client().HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return time.Unix(int64(h.Time), 0).UTC()
	}
	from := chainTime().Add(time.Second).Format(time.RFC3339) // blocks from the next one on
	if _, _, err := runPoco(t, "", "account", "deposit", "12.5"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runPoco(t, "", "account", "withdraw", "2"); err != nil {
		t.Fatal(err)
	}
	to := chainTime().Add(time.Second).Format(time.RFC3339) // up to the withdrawal's block
	if _, _, err := runPoco(t, "", "account", "deposit", "1"); err != nil {
		t.Fatal(err)
	}

	out, err := runInvoiceCommand(t, "--from", from, "--to", to, "--json")
	if err != nil {
		t.Fatalf("poco invoice --json: %v\n%s", err, out)
	}
	var inv struct {
		Account string `json:"account"`
		Totals  struct {
			Deposits, Withdrawals, Net int64
		} `json:"totals"`
		Reconciliation struct {
			Reconciled bool `json:"reconciled"`
		} `json:"reconciliation"`
	}
	decodeJSON(t, out, &inv)
	if !strings.EqualFold(inv.Account, me) || !inv.Reconciliation.Reconciled || inv.Totals.Deposits != 12_500_000_000 ||
		inv.Totals.Withdrawals != 2_000_000_000 || inv.Totals.Net != 10_500_000_000 {
		t.Errorf("poco invoice --json: %+v\n%s", inv, out)
	}

	out, err = runInvoiceCommand(t, "--from", from, "--to", to, "--format", "csv", "--account", strings.ToLower(me))
	if err != nil || !strings.HasPrefix(out, "deal,role,") || !strings.Contains(out, ",total,") || !strings.Contains(out, ",10.5\n") {
		t.Errorf("poco invoice --format csv: %v\n%s", err, out)
	}

	pdf := t.TempDir() + "/invoice.pdf"
	out, err = runInvoiceCommand(t, "--from", from, "--to", to, "--format", "pdf", "-o", pdf)
	if err != nil || !strings.Contains(out, "reconciled: yes") {
		t.Errorf("poco invoice --format pdf: %v\n%s", err, out)
	}
	if b, err := os.ReadFile(pdf); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("%s: %v, %.8q", pdf, err, b)
	}

	future := chainTime().AddDate(0, 0, 2)
	out, err = runInvoiceCommand(t, "--from", future.Format(time.RFC3339), "--to", future.Add(time.Hour).Format(time.RFC3339))
	if err == nil || !strings.Contains(err.Error(), "the period is in the future") {
		t.Errorf("a period in the future: %v\n%s", err, out)
	}
}
