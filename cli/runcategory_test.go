package cli

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/requester"
)

// runChoice runs `poco run APP` without --yes: it chooses the orders, says what it would
// buy on standard error and stops before paying. It returns that standard error.
func runChoice(t *testing.T, e *runEnv, extra ...string) string {
	t.Helper()
	_, stderr, err := runPoco(t, "", append([]string{"run", e.app.Hex(), "--volume", "2"}, extra...)...)
	if err == nil || !strings.Contains(err.Error(), "pass --yes to pay") {
		t.Fatalf("poco run without --yes: %v (stderr %s); want it to stop before paying", err, stderr)
	}
	return stderr
}

var chosenCategory = regexp.MustCompile(`\(category (\w+), trust`)

// The "arbitrary categories" finding (issue 12): a pool offering every category at one
// price. Three identical runs chose categories 2, 0 and 3. Now every run takes the
// smallest category, XS, and says why; with the app's recorded size, the smallest that
// fits it; smaller categories are not bought.
func TestRunCLIChoosesTheSmallestFittingCategoryWithTiedPrices(t *testing.T) {
	e := newRunEnv(t)
	e.startBook(t)
	var files []string
	for i, cat := range []string{"M", "XL", "L", "XS", "S"} { // published in this order
		p := defaultPrices()
		p.category = cat
		app, _, pool, _ := e.signedOrders(t, cat+"-", p)
		if i == 0 {
			files = append(files, app)
		}
		files = append(files, pool)
	}
	poco(t, append([]string{"order", "publish"}, files...)...)

	for run := range 3 {
		stderr := runChoice(t, e)
		if m := chosenCategory.FindStringSubmatch(stderr); m == nil || m[1] != "XS" {
			t.Fatalf("run %d chose %v, want XS every time:\n%s", run, m, stderr)
		}
		if !strings.Contains(stderr, "category: XS (id 0, 5m0s on the reference machine), the smallest category offered at the lowest usable price") ||
			!strings.Contains(stderr, "poco app bench "+e.app.Hex()+" --record") {
			t.Errorf("run %d does not say why XS:\n%s", run, stderr)
		}
	}

	// The app's tasks need 10 minutes on the reference machine: S (20 min) is the
	// smallest that fits, and XS is not used.
	file, err := requester.WriteHint(requester.AppsDir(), requester.Hint{App: e.app, NeedSeconds: 600, Category: "S", Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	for run := range 3 {
		stderr := runChoice(t, e)
		if m := chosenCategory.FindStringSubmatch(stderr); m == nil || m[1] != "S" {
			t.Fatalf("run %d with a 10-minute app chose %v, want S:\n%s", run, m, stderr)
		}
		if !strings.Contains(stderr, "fits the 10m0s a task of this app needs on the reference machine (recorded in "+file+")") {
			t.Errorf("run %d does not say why S:\n%s", run, stderr)
		}
	}
	// --category insists, with a warning when it is too short.
	stderr := runChoice(t, e, "--category", "XS")
	if m := chosenCategory.FindStringSubmatch(stderr); m == nil || m[1] != "XS" ||
		!strings.Contains(stderr, "Warning: category XS allows 5m0s on the reference machine, less than the 10m0s") ||
		!strings.Contains(stderr, "the category asked for") {
		t.Errorf("--category XS with a 10-minute app:\n%s", stderr)
	}
	// Longer than any offer: nothing is bought, and the reason says so.
	if _, err := requester.WriteHint(requester.AppsDir(), requester.Hint{App: e.app, NeedSeconds: (11 * time.Hour).Seconds(), Source: "test"}); err != nil {
		t.Fatal(err)
	}
	pocoFails(t, []string{"no usable workerpool order", "its category XL allows 10h0m0s on the reference machine, less than the 11h0m0s a task of this app needs"},
		"run", e.app.Hex(), "--volume", "2", "--yes")
}

// From the order folder too, with files named in any order.
func TestRunCLICategoryChoiceFromTheOrderFolder(t *testing.T) {
	e := newRunEnv(t)
	for i, cat := range []string{"L", "S", "M"} {
		p := defaultPrices()
		p.category = cat
		app, _, pool, _ := e.signedOrders(t, cat+"-", p)
		if i == 0 {
			copyFile(t, app, e.orders+"/app.json")
		}
		copyFile(t, pool, e.orders+"/"+[]string{"a", "b", "c"}[i]+"-pool.json") // L first by name
	}
	for run := range 3 {
		if m := chosenCategory.FindStringSubmatch(runChoice(t, e, "--orders", e.orders)); m == nil || m[1] != "S" {
			t.Fatalf("run %d chose %v, want S, the smallest offered", run, m)
		}
	}
}
