package invoice

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/sdk"
)

// Formats Write accepts.
var Formats = []string{"text", "json", "csv", "pdf"}

// Write writes the invoice in format: text, json, csv or pdf.
func (inv *Invoice) Write(w io.Writer, format string) error {
	switch format {
	case "text", "":
		return inv.WriteText(w)
	case "json":
		return inv.WriteJSON(w)
	case "csv":
		return inv.WriteCSV(w)
	case "pdf":
		return inv.WritePDF(w)
	}
	return fmt.Errorf("unknown invoice format %q: use one of %s", format, strings.Join(Formats, ", "))
}

// WriteJSON writes the invoice as indented JSON; amounts are integers of nRLC.
func (inv *Invoice) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(inv)
}

// CSVHeader is the first row of WriteCSV.
var CSVHeader = []string{
	"deal", "role", "app", "dataset", "workerpool", "deal_block", "volume", "tasks_completed", "tasks_refunded",
	"price_per_task", "to_app_owner", "to_dataset_owner", "to_pool",
	"locked", "unlocked", "seized", "rewarded", "vested", "credits", "debits", "net",
}

// WriteCSV writes one row per deal and role, then rows for deposits, withdrawals, other
// balance events and the total. Amounts are RLC with 9 decimals.
func (inv *Invoice) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	opt := func(x *big.Int) string {
		if x == nil {
			return ""
		}
		return rlc(x)
	}
	for _, l := range inv.Lines {
		ds := ""
		if l.Dataset != (common.Address{}) {
			ds = l.Dataset.Hex()
		}
		row := []string{
			l.Deal.Hex(), string(l.Role), l.App.Hex(), ds, l.Workerpool.Hex(),
			strconv.FormatUint(l.DealBlock, 10), strconv.FormatUint(l.Volume, 10),
			strconv.FormatUint(l.TasksCompleted, 10), strconv.FormatUint(l.TasksRefunded, 10),
			opt(l.PricePerTask), opt(l.ToAppOwner), opt(l.ToDataset), opt(l.ToPool),
			rlc(l.Locked), rlc(l.Unlocked), rlc(l.Seized), rlc(l.Rewarded), rlc(l.Vested),
			rlc(l.Credits), rlc(l.Debits), rlc(l.Net),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	t := inv.Totals
	summary := func(role string, credits, debits *big.Int) error {
		row := make([]string, len(CSVHeader))
		row[1] = role
		row[18], row[19], row[20] = rlc(credits), rlc(debits), rlc(new(big.Int).Sub(credits, debits))
		return cw.Write(row)
	}
	zero := new(big.Int)
	if err := summary("deposits", t.Deposits, zero); err != nil {
		return err
	}
	if err := summary("withdrawals", zero, t.Withdrawals); err != nil {
		return err
	}
	if t.Other.Sign() > 0 {
		if err := summary("other", t.Other, zero); err != nil {
			return err
		}
	} else if t.Other.Sign() < 0 {
		if err := summary("other", zero, new(big.Int).Neg(t.Other)); err != nil {
			return err
		}
	}
	credits := new(big.Int).Add(t.Earned, t.Deposits)
	if t.Other.Sign() > 0 {
		credits.Add(credits, t.Other)
	}
	debits := new(big.Int).Add(t.Paid, t.Lost)
	debits.Add(debits, t.Withdrawals)
	if t.Other.Sign() < 0 {
		debits.Sub(debits, t.Other)
	}
	if err := summary("total", credits, debits); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// rlc formats nRLC as RLC with its decimals ("12.5").
func rlc(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return sdk.FormatAmount(x)
}

// Reconciled is the invoice's reconciliation sentence.
func (inv *Invoice) Reconciled() string {
	r := inv.Reconciliation
	if r.Reconciled {
		return fmt.Sprintf("reconciled: yes (balance %s -> %s RLC, change %s RLC = invoice net)", rlc(r.Opening.Total), rlc(r.Closing.Total), rlc(r.Change))
	}
	return fmt.Sprintf("reconciled: NO: balance change %s RLC, invoice net %s RLC, difference %s RLC (free %s, locked %s)",
		rlc(r.Change), rlc(inv.Totals.Net), rlc(r.Difference), rlc(r.FreeDifference), rlc(r.LockedDifference))
}

func (inv *Invoice) period() string {
	return inv.From.Format(time.RFC3339) + " to " + inv.To.Format(time.RFC3339) + " (exclusive)"
}

func (inv *Invoice) blocks() string {
	if inv.Blocks == 0 {
		return "no block in the period"
	}
	s := fmt.Sprintf("blocks %d to %d", inv.FirstBlock, inv.LastBlock)
	if inv.Partial {
		s += " (period not over: up to the latest block)"
	}
	return s
}

// WriteText writes the invoice for people.
func (inv *Invoice) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "Invoice of %s\n", inv.Account.Hex())
	fmt.Fprintf(tw, "Period:\t%s\n", inv.period())
	fmt.Fprintf(tw, "Chain:\t%d, hub %s, %s\n\n", inv.ChainID, inv.Hub.Hex(), inv.blocks())
	if len(inv.Lines) == 0 {
		fmt.Fprintln(tw, "No deal in the period.")
	} else {
		fmt.Fprintln(tw, "DEAL\tROLE\tDONE\tREFUNDED\tLOCKED\tUNLOCKED\tDEBITS\tCREDITS\tNET")
		for _, l := range inv.Lines {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", short(l.Deal.Hex()), l.Role, l.TasksCompleted, l.TasksRefunded,
				rlc(l.Locked), rlc(l.Unlocked), rlc(l.Debits), rlc(l.Credits), rlc(l.Net))
		}
	}
	first := true
	for _, l := range inv.Lines {
		if l.Role != Requester {
			continue
		}
		if first {
			fmt.Fprintln(tw, "\nPAYMENTS OF COMPLETED TASKS\tCOMPLETED\tPAID\tAPP OWNER\tDATASET OWNER\tPOOL\tREFUNDED")
			first = false
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\n", short(l.Deal.Hex()), l.TasksCompleted, rlc(l.Seized),
			rlc(l.ToAppOwner), rlc(l.ToDataset), rlc(l.ToPool), rlc(l.Unlocked))
	}
	fmt.Fprintln(tw)
	for _, r := range inv.totalRows() {
		fmt.Fprintf(tw, "%s\t%s RLC\n", r[0], r[1])
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, inv.Reconciled())
	return tw.Flush()
}

// totalRows are the totals' labels and amounts, as every format prints them.
func (inv *Invoice) totalRows() [][2]string {
	t, r := inv.Totals, inv.Reconciliation
	return [][2]string{
		{"Paid for tasks", rlc(t.Paid)},
		{"Refunded (failed tasks)", rlc(t.Refunded)},
		{"Earned", rlc(t.Earned)},
		{"Lost (seized stakes)", rlc(t.Lost)},
		{"Net of deals", rlc(t.DealNet)},
		{"Deposits", rlc(t.Deposits)},
		{"Withdrawals", rlc(t.Withdrawals)},
		{"Other", rlc(t.Other)},
		{"Net", rlc(t.Net)},
		{fmt.Sprintf("Opening balance (block %d)", r.Opening.Block), rlc(r.Opening.Total)},
		{fmt.Sprintf("Closing balance (block %d)", r.Closing.Block), rlc(r.Closing.Total)},
	}
}

func short(h string) string {
	if len(h) <= 14 {
		return h
	}
	return h[:8] + "…" + h[len(h)-4:]
}
