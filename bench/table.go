package bench

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pocolabs/poco/chain/chaintest"
)

// GasFootnote explains how the figures of WriteGasTable were measured.
const GasFootnote = `Gas per task, state "warm": each scenario runs on a fresh deployment (go-ethereum simulated
chain under the rules named above, 60M block gas limit) once to warm the state up, with the
same requester, pool, app and dataset, then a second identical run with a fresh request is
measured. App, dataset and pool orders are offers of volume 1000 that every request matches,
as in a running market. The replicated scenarios warm up with another trio of workers, so
the measured workers are fresh (reputation 0). All transactions from matchOrders to the final
result are counted (a batch over the per-transaction gas cap is sent in parts, each counted);
deposits and asset registration are not. Reference: iExec PoCo, DESIGN.md §6.`

// RulesLine says which chain rules results were measured under, in words.
func RulesLine(rules string) string {
	switch chaintest.Rules(rules) {
	case chaintest.RulesPrague:
		return "rules: prague (Ethereum mainnet before Osaka; no per-transaction gas cap)"
	case chaintest.RulesOsaka:
		return "rules: osaka (Ethereum mainnet today: Prague's prices, at most 16,777,216 gas per transaction)"
	case chaintest.RulesDev:
		return "rules: dev (geth --dev: Osaka and later forks, state creation about 3× Prague's price, at most 16,777,216 gas per transaction)"
	}
	return "rules: " + rules
}

// WriteGasTable writes the rules of results (RulesLine), then results as an aligned
// table (scenario left-aligned, figures right-aligned) followed by GasFootnote.
func WriteGasTable(w io.Writer, results []GasResult) error {
	var b strings.Builder
	if len(results) > 0 && results[0].Rules != "" {
		b.WriteString(RulesLine(results[0].Rules) + "\n\n")
	}
	rows := [][]string{{"scenario", "gas/task", "transactions", "reference", "ratio", "aim", "within aim"}}
	for _, r := range results {
		ref, ratio, aim, within := "—", "—", "—", "—"
		if r.ReferenceGasPerTask != 0 {
			ref = thousands(r.ReferenceGasPerTask)
			ratio = strconv.FormatFloat(r.Ratio, 'f', 4, 64)
		}
		if r.Aim != 0 {
			aim = "≤ " + thousands(r.Aim)
			within = "no"
			if r.WithinAim() {
				within = "yes"
			}
		}
		rows = append(rows, []string{r.Scenario, thousands(r.GasPerTask), strconv.Itoa(r.Transactions), ref, ratio, aim, within})
	}
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	for n, row := range rows {
		for i, cell := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(cell))
			switch {
			case i == 0:
				b.WriteString(cell + pad)
			default:
				b.WriteString("  " + pad + cell)
			}
		}
		b.WriteByte('\n')
		if n == 0 {
			total := len(widths)*2 - 2
			for _, wd := range widths {
				total += wd
			}
			b.WriteString(strings.Repeat("─", total) + "\n")
		}
	}
	b.WriteString("\n" + GasFootnote + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// thousands formats n with comma separators: 1234567 → "1,234,567".
func thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
