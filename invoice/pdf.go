package invoice

import (
	"fmt"
	"io"

	"codeberg.org/go-pdf/fpdf"
)

// WritePDF writes the invoice as a PDF document (A4 landscape, as many pages as its deals
// need): title, account, period, chain and hub, the table of deals, the requester's
// payments by payee, the totals and the reconciliation line.
func (inv *Invoice) WritePDF(w io.Writer) error {
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.SetTitle("Poco invoice "+inv.Account.Hex(), false)
	pdf.SetAuthor("poco invoice", false)
	pdf.SetCreator("poco", false)
	pdf.SetCreationDate(inv.GeneratedAt)
	pdf.SetMargins(12, 12, 12)
	pdf.SetAutoPageBreak(true, 14)
	pdf.AliasNbPages("{nb}")
	pdf.SetFooterFunc(func() {
		pdf.SetY(-10)
		pdf.SetFont("Helvetica", "", 7)
		pdf.SetTextColor(110, 110, 110)
		pdf.CellFormat(0, 4, fmt.Sprintf("Poco invoice of %s, %s - page %d/{nb}", inv.Account.Hex(), inv.period(), pdf.PageNo()), "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()

	pdf.SetFont("Helvetica", "B", 18)
	pdf.CellFormat(0, 10, "Invoice", "", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 10)
	kv := func(k, v string) {
		pdf.SetFont("Helvetica", "B", 10)
		pdf.CellFormat(28, 5.5, k, "", 0, "L", false, 0, "")
		pdf.SetFont("Helvetica", "", 10)
		pdf.CellFormat(0, 5.5, v, "", 1, "L", false, 0, "")
	}
	kv("Account", inv.Account.Hex())
	kv("Period", inv.period()+", UTC")
	kv("Chain", fmt.Sprintf("%d, hub %s, token %s", inv.ChainID, inv.Hub.Hex(), inv.Token.Hex()))
	kv("Blocks", inv.blocks())
	kv("Amounts", "RLC (9 decimals), read from the hub's balance events")
	pdf.Ln(4)

	// Deals.
	section := func(title string) {
		pdf.SetFont("Helvetica", "B", 12)
		pdf.CellFormat(0, 8, title, "", 1, "L", false, 0, "")
	}
	section("Deals")
	cols := []struct {
		title string
		w     float64
		align string
	}{
		{"Deal", 34, "L"}, {"Role", 26, "L"}, {"Block", 16, "R"}, {"Done", 14, "R"}, {"Refunded", 18, "R"},
		{"Price/task", 24, "R"}, {"Locked", 26, "R"}, {"Unlocked", 26, "R"}, {"Debits", 30, "R"},
		{"Credits", 30, "R"}, {"Net", 29, "R"},
	}
	header := func() {
		pdf.SetFont("Helvetica", "B", 8.5)
		pdf.SetFillColor(225, 230, 240)
		for _, c := range cols {
			pdf.CellFormat(c.w, 6, c.title, "1", 0, c.align, true, 0, "")
		}
		pdf.Ln(-1)
		pdf.SetFont("Helvetica", "", 8.5)
	}
	if len(inv.Lines) == 0 {
		pdf.SetFont("Helvetica", "I", 10)
		pdf.CellFormat(0, 6, "No deal in the period.", "", 1, "L", false, 0, "")
	} else {
		header()
		for i, l := range inv.Lines {
			if pdf.GetY() > 190 {
				pdf.AddPage()
				header()
			}
			price := ""
			if l.PricePerTask != nil {
				price = rlc(l.PricePerTask)
			}
			cells := []string{
				shortASCII(l.Deal.Hex()), string(l.Role), fmt.Sprint(l.DealBlock), fmt.Sprint(l.TasksCompleted),
				fmt.Sprint(l.TasksRefunded), price, rlc(l.Locked), rlc(l.Unlocked), rlc(l.Debits), rlc(l.Credits), rlc(l.Net),
			}
			fill := i%2 == 1
			pdf.SetFillColor(245, 246, 250)
			for j, c := range cols {
				pdf.CellFormat(c.w, 5.5, cells[j], "LR", 0, c.align, fill, 0, "")
			}
			pdf.Ln(-1)
		}
		pdf.CellFormat(273, 0, "", "T", 1, "L", false, 0, "")
	}

	// Who the requester's payments went to.
	var req []*Line
	for _, l := range inv.Lines {
		if l.Role == Requester {
			req = append(req, l)
		}
	}
	if len(req) > 0 {
		pdf.Ln(4)
		if pdf.GetY() > 170 {
			pdf.AddPage()
		}
		section("Payments for completed tasks, by payee")
		pcols := []struct {
			title string
			w     float64
		}{{"Deal", 34}, {"Completed", 20}, {"Paid", 30}, {"App owner", 30}, {"Dataset owner", 30}, {"Pool (scheduler + workers)", 46}, {"Refunded", 30}}
		pdf.SetFont("Helvetica", "B", 8.5)
		pdf.SetFillColor(225, 230, 240)
		for _, c := range pcols {
			align := "R"
			if c.title == "Deal" {
				align = "L"
			}
			pdf.CellFormat(c.w, 6, c.title, "1", 0, align, true, 0, "")
		}
		pdf.Ln(-1)
		pdf.SetFont("Helvetica", "", 8.5)
		for _, l := range req {
			cells := []string{shortASCII(l.Deal.Hex()), fmt.Sprint(l.TasksCompleted), rlc(l.Seized), rlc(l.ToAppOwner), rlc(l.ToDataset), rlc(l.ToPool), rlc(l.Unlocked)}
			for j, c := range pcols {
				align := "R"
				if j == 0 {
					align = "L"
				}
				pdf.CellFormat(c.w, 5.5, cells[j], "1", 0, align, false, 0, "")
			}
			pdf.Ln(-1)
		}
	}

	// Totals and reconciliation.
	pdf.Ln(4)
	if pdf.GetY() > 120 {
		pdf.AddPage()
	}
	section("Totals")
	for i, r := range inv.totalRows() {
		style := ""
		if r[0] == "Net" {
			style = "B"
		}
		pdf.SetFont("Helvetica", style, 9.5)
		pdf.SetFillColor(245, 246, 250)
		pdf.CellFormat(70, 5.5, r[0], "", 0, "L", i%2 == 1, 0, "")
		pdf.CellFormat(40, 5.5, r[1]+" RLC", "", 1, "R", i%2 == 1, 0, "")
	}
	pdf.Ln(4)
	pdf.SetFont("Helvetica", "B", 11)
	if inv.Reconciliation.Reconciled {
		pdf.SetTextColor(0, 110, 40)
	} else {
		pdf.SetTextColor(180, 0, 0)
	}
	pdf.MultiCell(0, 6, inv.Reconciled(), "", "L", false)
	pdf.SetTextColor(0, 0, 0)
	if len(inv.Unattributed) > 0 {
		pdf.SetFont("Helvetica", "", 8)
		pdf.MultiCell(0, 4.5, fmt.Sprintf("%d balance event(s) tied to no known deal are counted under Other.", len(inv.Unattributed)), "", "L", false)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("making the PDF: %w", err)
	}
	return pdf.Output(w)
}

func shortASCII(h string) string {
	if len(h) <= 18 {
		return h
	}
	return h[:10] + "..." + h[len(h)-4:]
}
