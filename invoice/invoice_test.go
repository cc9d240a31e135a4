package invoice

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/sdk"
)

var bg = context.Background()

func nrlc(s string) *big.Int {
	v, err := sdk.ParseRLC(strings.TrimPrefix(s, "-"))
	if err != nil {
		panic(err)
	}
	if strings.HasPrefix(s, "-") {
		v.Neg(v)
	}
	return v
}

func total(e *pocotest.Env, a common.Address) *big.Int {
	f, l := e.Account(a)
	return new(big.Int).Add(f, l)
}

// scenario runs, on a simulated chain, a period with a deposit, a withdrawal, a deal made
// before the period with two tasks completed (trust-1 fast path) and one claimed after
// its final deadline (refunded), and a replicated deal (trust 3) made in the period whose
// unrevealed winner loses its stake; then one more deposit after the period, which the
// invoice must leave out.
type scenario struct {
	e        *pocotest.Env
	client   *sdk.Client
	from, to time.Time
	opening  map[common.Address]*big.Int // total balances just before the period
	closing  map[common.Address]*big.Int // total balances at its end
	dealA    bindings.Deal
	dealB    bindings.Deal
	dealC    bindings.Deal
	actors   map[string]common.Address
}

func runScenario(t *testing.T) *scenario {
	t.Helper()
	e := pocotest.New(t, pocotest.Options{Workers: 3})
	w0, w1, w2 := e.Workers[0], e.Workers[1], e.Workers[2]
	s := &scenario{e: e, opening: map[common.Address]*big.Int{}, closing: map[common.Address]*big.Int{}}
	s.actors = map[string]common.Address{
		"requester": e.Requester.Address, "app owner": e.AppOwner.Address, "dataset owner": e.DatasetOwner.Address,
		"pool owner": e.PoolOwner.Address, "worker 0": w0.Address, "worker 1": w1.Address, "worker 2": w2.Address,
	}

	// Before the period: deal A, 3 tasks of 3 + 1 + 10 RLC.
	o := e.DatasetOrders()
	o.Request.Volume = big.NewInt(3)
	s.dealA = e.Match(e.Requester, e.SignAll(o))
	// Deal C (trust 3): its task starts before the period; worker 0 joins it in the period.
	oc := e.DefaultOrders()
	oc.Request.Trust = big.NewInt(3)
	s.dealC = e.Match(e.Requester, e.SignAll(oc))
	e.Contribute(w2, s.dealC, 0, pocotest.Digest("c"))
	e.AdjustTime(60 * time.Second)
	for _, a := range s.actors {
		s.opening[a] = total(e, a)
	}
	s.from = time.Unix(int64(e.Now())+1, 0).UTC()

	// The period.
	e.Deposit(e.Requester, big.NewInt(50*pocotest.RLC))
	good := pocotest.Digest("good")
	e.Contribute(w0, s.dealC, 0, pocotest.Digest("c"))
	e.ContributeAndFinalize(w0, s.dealA, 0, good)
	e.ContributeAndFinalize(w0, s.dealA, 1, good)
	e.Contribute(w1, s.dealA, 2, good) // never finalized: claimed below

	ob := e.DefaultOrders() // deal B: one task of 3 + 10 RLC at trust 3
	ob.Request.Trust = big.NewInt(3)
	s.dealB = e.Match(e.Requester, e.SignAll(ob))
	for _, w := range []*chaintest.Account{w0, w1, w2} {
		e.Contribute(w, s.dealB, 0, good)
	}
	e.Reveal(w0, s.dealB, 0, good)
	e.Reveal(w1, s.dealB, 0, good)
	e.AdjustTime(time.Duration(s.dealB.WorkClockTimeRef.Uint64()/5+1) * time.Second) // the revealed decide alone
	e.Finalize(s.dealB, 0, good)                                                     // w2 did not reveal: loses its stake

	e.AdvanceTo(pocotest.FinalDeadline(s.dealA))
	e.Claim(e.Requester, s.dealA, 2)
	e.Tx(e.AppOwner, e.Poco.PackWithdraw(big.NewInt(1*pocotest.RLC)))
	e.CheckConservation()
	for _, a := range s.actors {
		s.closing[a] = total(e, a)
	}
	s.to = time.Unix(int64(e.Now())+1, 0).UTC()

	// After the period.
	e.AdjustTime(10 * time.Second)
	e.Deposit(e.Requester, big.NewInt(7*pocotest.RLC))

	c, err := sdk.New(bg, e.Client, e.D.Hub, sdk.WithMiner(func() { e.Commit() }))
	if err != nil {
		t.Fatal(err)
	}
	s.client = c
	return s
}

func (s *scenario) build(t *testing.T, a common.Address) *Invoice {
	t.Helper()
	inv, err := Build(bg, s.client, a, s.from, s.to)
	if err != nil {
		t.Fatalf("Build(%s): %v", a.Hex(), err)
	}
	return inv
}

func line(t *testing.T, inv *Invoice, deal common.Hash, role Role) *Line {
	t.Helper()
	for _, l := range inv.Lines {
		if l.Deal == deal && l.Role == role {
			return l
		}
	}
	t.Fatalf("invoice of %s has no %s line for deal %s; lines: %+v", inv.Account.Hex(), role, deal.Hex(), inv.Lines)
	return nil
}

func eq(t *testing.T, what string, got *big.Int, want string) {
	t.Helper()
	if got == nil || got.Cmp(nrlc(want)) != 0 {
		t.Errorf("%s = %s RLC, want %s", what, rlc(got), want)
	}
}

func TestInvoiceReconcilesEveryRole(t *testing.T) {
	s := runScenario(t)
	e := s.e
	invs := map[string]*Invoice{}
	for name, a := range s.actors {
		inv := s.build(t, a)
		invs[name] = inv
		r := inv.Reconciliation
		if !r.Reconciled {
			t.Errorf("%s: %s", name, inv.Reconciled())
		}
		// The balances Build read at the period's edges are the ones the test saw.
		if r.Opening.Total.Cmp(s.opening[a]) != 0 || r.Closing.Total.Cmp(s.closing[a]) != 0 {
			t.Errorf("%s: balances %s -> %s, the test saw %s -> %s", name, rlc(r.Opening.Total), rlc(r.Closing.Total), rlc(s.opening[a]), rlc(s.closing[a]))
		}
		if inv.Totals.Net.Cmp(new(big.Int).Sub(s.closing[a], s.opening[a])) != 0 {
			t.Errorf("%s: invoice net %s RLC, balance change %s", name, rlc(inv.Totals.Net), rlc(new(big.Int).Sub(s.closing[a], s.opening[a])))
		}
		if inv.Partial || inv.Blocks == 0 {
			t.Errorf("%s: blocks %d..%d (%d), partial %v", name, inv.FirstBlock, inv.LastBlock, inv.Blocks, inv.Partial)
		}
		t.Logf("%-13s net %12s RLC  (%s)", name, rlc(inv.Totals.Net), inv.Reconciled())
	}

	// Requester: deal A (made before the period) 2 tasks paid 14 RLC each, one refunded;
	// deal B (made in it) 13 RLC locked and paid; 50 RLC deposited; the deposit of 7 after
	// the period is left out.
	req := invs["requester"]
	a := line(t, req, s.dealA.Id, Requester)
	if a.TasksCompleted != 2 || a.TasksRefunded != 1 {
		t.Errorf("deal A tasks: %d completed, %d refunded; want 2, 1", a.TasksCompleted, a.TasksRefunded)
	}
	eq(t, "deal A price per task", a.PricePerTask, "14")
	eq(t, "deal A paid", a.Seized, "28")
	eq(t, "deal A refunded", a.Unlocked, "14")
	eq(t, "deal A locked in the period", a.Locked, "0")
	eq(t, "deal A to app owner", a.ToAppOwner, "6")
	eq(t, "deal A to dataset owner", a.ToDataset, "2")
	eq(t, "deal A to pool", a.ToPool, "20")
	b := line(t, req, s.dealB.Id, Requester)
	eq(t, "deal B locked", b.Locked, "13")
	eq(t, "deal B paid", b.Seized, "13")
	eq(t, "requester paid", req.Totals.Paid, "41")
	eq(t, "requester refunded", req.Totals.Refunded, "14")
	eq(t, "requester deposits", req.Totals.Deposits, "50")
	eq(t, "requester net", req.Totals.Net, "9")

	app := invs["app owner"]
	eq(t, "app owner deal A", line(t, app, s.dealA.Id, AppOwner).Net, "6")
	eq(t, "app owner deal B", line(t, app, s.dealB.Id, AppOwner).Net, "3")
	eq(t, "app owner withdrawals", app.Totals.Withdrawals, "1")
	eq(t, "app owner net", app.Totals.Net, "8")
	eq(t, "dataset owner net", invs["dataset owner"].Totals.Net, "2")

	// Pool owner: its stakes (3 RLC a task) back for completed tasks, seized for the
	// claimed one; its reward share (1%) of each completed task's pot.
	pool := invs["pool owner"]
	pa := line(t, pool, s.dealA.Id, Scheduler)
	eq(t, "pool deal A stakes back", pa.Unlocked, "6")
	eq(t, "pool deal A stake seized", pa.Seized, "3")
	eq(t, "pool deal A reward", pa.Rewarded, "0.2")
	pb := line(t, pool, s.dealB.Id, Scheduler)
	eq(t, "pool deal B stake locked", pb.Locked, "3")
	eq(t, "pool deal B stake back", pb.Unlocked, "3")
	eq(t, "pool deal B reward", pb.Rewarded, "0.13") // 1% of 10 + w2's 3 RLC stake

	// Workers: w0 earned 9.9 RLC twice on the fast path and half of 12.87 (vesting) on deal
	// B; w2 lost its 3 RLC stake.
	w0 := invs["worker 0"]
	eq(t, "worker 0 deal A rewards", line(t, w0, s.dealA.Id, Worker).Rewarded, "19.8")
	eq(t, "worker 0 deal B vested", line(t, w0, s.dealB.Id, Worker).Vested, "6.435")
	eq(t, "worker 0 net", w0.Totals.Net, "26.235")
	eq(t, "worker 0 deal C stake locked", line(t, w0, s.dealC.Id, Worker).Locked, "3") // a task started before the period
	w1 := line(t, invs["worker 1"], s.dealA.Id, Worker)
	eq(t, "worker 1 deal A stake locked", w1.Locked, "3")
	eq(t, "worker 1 deal A stake back", w1.Unlocked, "3")
	w2 := line(t, invs["worker 2"], s.dealB.Id, Worker)
	eq(t, "worker 2 stake lost", w2.Seized, "3")
	eq(t, "worker 2 net", invs["worker 2"].Totals.Net, "-3")

	// An invoice that does not cover everything shows the difference: the same events
	// against other balances.
	bad := *req
	bad.Reconciliation.Closing.Total = new(big.Int).Add(req.Reconciliation.Closing.Total, big.NewInt(1))
	bad.Reconciliation.Closing.Free = new(big.Int).Add(req.Reconciliation.Closing.Free, big.NewInt(1))
	bad.reconcile()
	if bad.Reconciliation.Reconciled || !strings.Contains(bad.Reconciled(), "difference 0.000000001 RLC") {
		t.Errorf("off by one nRLC: %s", bad.Reconciled())
	}
	_ = e
}

func TestInvoiceFormats(t *testing.T) {
	s := runScenario(t)
	inv := s.build(t, s.e.Requester.Address)

	var js bytes.Buffer
	if err := inv.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back Invoice
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatalf("json: %v\n%s", err, js.String())
	}
	if !back.Reconciliation.Reconciled || back.Totals.Net.Cmp(inv.Totals.Net) != 0 || len(back.Lines) != len(inv.Lines) {
		t.Errorf("json round trip: %+v", back.Totals)
	}

	var cs bytes.Buffer
	if err := inv.WriteCSV(&cs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	if strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Errorf("csv header %v", rows[0])
	}
	last := rows[len(rows)-1]
	if last[1] != "total" || last[20] != rlc(inv.Totals.Net) {
		t.Errorf("csv total row %v, want net %s", last, rlc(inv.Totals.Net))
	}
	if got := len(rows) - 1 - 3; got != len(inv.Lines) { // header; deposits, withdrawals, total
		t.Errorf("csv has %d deal rows, want %d:\n%s", got, len(inv.Lines), cs.String())
	}

	var txt bytes.Buffer
	if err := inv.WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(txt.String(), "reconciled: yes") {
		t.Errorf("text:\n%s", txt.String())
	}
	t.Logf("text:\n%s", txt.String())
}

// needTool returns the path of a poppler tool; without it the test skips, or fails under
// CI=true (.ci/run installs poppler-utils).
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found (Debian package poppler-utils)", name)
		}
		t.Skipf("%s not found (Debian package poppler-utils)", name)
	}
	return p
}

func TestInvoicePDFRendersAsAPage(t *testing.T) {
	pdftoppm, pdftotext := needTool(t, "pdftoppm"), needTool(t, "pdftotext")
	s := runScenario(t)
	inv := s.build(t, s.e.Requester.Address)
	dir := t.TempDir()
	if d := os.Getenv("POCO_INVOICE_PDF_DIR"); d != "" { // to look at it
		dir = d
	}
	pdfPath := filepath.Join(dir, "invoice.pdf")
	var buf bytes.Buffer
	if err := inv.WritePDF(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", buf.Bytes()[:min(16, buf.Len())])
	}
	if err := os.WriteFile(pdfPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// The first page, rendered at 50 dpi: A4 landscape is 585 × 413 pixels.
	if out, err := exec.Command(pdftoppm, "-png", "-r", "50", "-f", "1", "-l", "1", pdfPath, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	if len(pages) != 1 {
		t.Fatalf("rendered pages %v", pages)
	}
	f, err := os.Open(pages[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 580 || b.Dx() > 590 || b.Dy() < 408 || b.Dy() > 418 {
		t.Errorf("page is %d × %d pixels, want about 585 × 413 (A4 landscape at 50 dpi)", b.Dx(), b.Dy())
	}
	if ink := inkRatio(img); ink < 0.01 || ink > 0.5 {
		t.Errorf("%.1f%% of the page is ink: blank or garbled", 100*ink)
	} else {
		t.Logf("page %v, %.1f%% ink", img.Bounds().Size(), 100*ink)
	}

	out, err := exec.Command(pdftotext, "-layout", pdfPath, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	text := string(out)
	for _, want := range []string{
		"Invoice", inv.Account.Hex(), "reconciled: yes", s.from.Format(time.RFC3339),
		rlc(inv.Totals.Paid) + " RLC", rlc(inv.Totals.Refunded) + " RLC", rlc(inv.Totals.Net) + " RLC",
		rlc(inv.Reconciliation.Closing.Total) + " RLC", shortASCII(common.Hash(s.dealA.Id).Hex()),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text does not say %q:\n%s", want, text)
		}
	}
}

// inkRatio is the share of pixels that are not near white.
func inkRatio(img image.Image) float64 {
	b := img.Bounds()
	var ink, all int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xd000 || g < 0xd000 || bl < 0xd000 {
				ink++
			}
			all++
		}
	}
	return float64(ink) / float64(all)
}

func TestBuildRefusesBadPeriods(t *testing.T) {
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	c, err := sdk.New(bg, e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(int64(e.Now()), 0)
	if _, err := Build(bg, c, e.Requester.Address, now, now.Add(-time.Hour)); !errors.Is(err, ErrEmptyPeriod) {
		t.Errorf("to before from: %v", err)
	}
	if _, err := Build(bg, c, e.Requester.Address, now.Add(time.Hour), now.Add(2*time.Hour)); !errors.Is(err, ErrFuturePeriod) {
		t.Errorf("future period: %v", err)
	}
	inv, err := Build(bg, c, e.Requester.Address, now.Add(-time.Hour), now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !inv.Partial || !inv.Reconciliation.Reconciled {
		t.Errorf("period not over: partial %v, %s", inv.Partial, inv.Reconciled())
	}
}

// A long invoice flows onto more pages, the table's header repeated on each.
func TestInvoicePDFManyDeals(t *testing.T) {
	pdftotext := needTool(t, "pdftotext")
	inv := &Invoice{From: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Unit: "nRLC", Blocks: 1}
	b := &builder{inv: inv, deals: map[common.Hash]*sdk.Deal{}, lines: map[lineKey]*Line{}, dealTasks: map[common.Hash][2]uint64{}, other: newInt()}
	m := &b.moves
	m.deposit, m.withdraw, m.reward, m.vest, m.seize, m.lock, m.unlock, m.release = newInt(), newInt(), newInt(), newInt(), newInt(), newInt(), newInt(), newInt()
	inv.Reconciliation.Opening, inv.Reconciliation.Closing = zeroBalance(), zeroBalance()
	for i := range 80 {
		d := &sdk.Deal{ID: common.BigToHash(big.NewInt(int64(i + 1))), AppPrice: big.NewInt(3), DatasetPrice: new(big.Int), WorkerpoolPrice: big.NewInt(10), Block: uint64(i), BotSize: 1}
		b.deals[d.ID] = d
		l := b.line(d, Worker)
		l.Rewarded.SetInt64(int64(i))
		m.reward.Add(m.reward, l.Rewarded)
	}
	inv.Reconciliation.Closing.Free = new(big.Int).Set(m.reward)
	inv.Reconciliation.Closing.Total = new(big.Int).Set(m.reward)
	b.finish()
	inv.reconcile()
	if !inv.Reconciliation.Reconciled {
		t.Fatal(inv.Reconciled())
	}
	dir := t.TempDir()
	if d := os.Getenv("POCO_INVOICE_PDF_DIR"); d != "" { // to look at it
		dir = d
	}
	path := filepath.Join(dir, "long.pdf")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := inv.WritePDF(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, err := exec.Command(pdftotext, "-layout", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) < 3 { // two pages or more, and the empty tail after the last form feed
		t.Fatalf("%d page(s)", len(pages)-1)
	}
	for i, p := range pages[:len(pages)-1] {
		if i < len(pages)-2 && !strings.Contains(p, "Price/task") {
			t.Errorf("page %d has no table header:\n%s", i+1, p)
		}
		if !strings.Contains(p, fmt.Sprintf("page %d/%d", i+1, len(pages)-1)) {
			t.Errorf("page %d has no page number:\n%s", i+1, p)
		}
	}
	if !strings.Contains(pages[len(pages)-2], "reconciled: yes") {
		t.Errorf("the last page has no reconciliation line")
	}
}
