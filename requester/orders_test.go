package requester

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// poolCandidate is a workerpool order of category cat at price, named source.
func poolCandidate(source string, cat uint64, price int64) Candidate {
	return Candidate{Source: source, Order: sdk.SignedWorkerpoolOrder{Order: protocol.WorkerpoolOrder{
		WorkerpoolPrice: big.NewInt(price), Category: new(big.Int).SetUint64(cat), Volume: big.NewInt(10),
		Salt: common.Hash{byte(cat), byte(price)}}}}
}

func defaultCategories() map[uint64]protocol.Category {
	cats := map[uint64]protocol.Category{}
	for _, c := range protocol.DefaultCategories {
		cats[c.ID] = c
	}
	return cats
}

func sources(cs []Candidate) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Source)
	}
	return strings.Join(out, " ")
}

func TestRankPoolsPrefersTheCheapestThenTheSmallestCategory(t *testing.T) {
	cats := defaultCategories()
	for _, tc := range []struct {
		name  string
		pools []Candidate
		want  string
	}{
		{"at the same price, the smallest category first, whatever the order given",
			[]Candidate{poolCandidate("m", 2, 5), poolCandidate("xs", 0, 5), poolCandidate("l", 3, 5), poolCandidate("xl", 4, 5), poolCandidate("s", 1, 5)},
			"xs s m l xl"},
		{"price comes first: a cheaper large category before a dearer small one",
			[]Candidate{poolCandidate("xs", 0, 9), poolCandidate("xl", 4, 1)},
			"xl xs"},
		{"a category the hub does not have goes last at its price",
			[]Candidate{poolCandidate("unknown", 9, 5), poolCandidate("m", 2, 5), poolCandidate("cheap-unknown", 9, 1)},
			"cheap-unknown m unknown"},
		{"same price and category: the order given (file names, publication)",
			[]Candidate{poolCandidate("b", 1, 5), poolCandidate("a", 1, 5), poolCandidate("c", 0, 5)},
			"c b a"},
		{"other kinds are dropped",
			[]Candidate{{Source: "app", Order: sdk.SignedAppOrder{}}, poolCandidate("s", 1, 5)},
			"s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sources(RankPools(tc.pools, cats)); got != tc.want {
				t.Errorf("ranked %s, want %s", got, tc.want)
			}
		})
	}
}

// The "arbitrary categories" finding: offers of every category at one price, given in
// any order (as a book republishes them), always rank the same category first.
func TestRankPoolsIsDeterministicWithTiedPrices(t *testing.T) {
	cats := defaultCategories()
	var pools []Candidate
	for _, id := range []uint64{2, 0, 3, 4, 1} {
		pools = append(pools, poolCandidate(fmt.Sprintf("cat-%d", id), id, 7))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 20 {
		rng.Shuffle(len(pools), func(i, j int) { pools[i], pools[j] = pools[j], pools[i] })
		first := RankPools(pools, cats)[0]
		if first.Source != "cat-0" {
			t.Fatalf("run %d (order %s): chose %s, want cat-0 (XS) every time", run, sources(pools), first.Source)
		}
	}
}

func TestSmallestFittingCategory(t *testing.T) {
	cats := protocol.DefaultCategories
	for _, tc := range []struct {
		need time.Duration
		want string
		ok   bool
	}{
		{time.Millisecond, "XS", true},
		{5 * time.Minute, "XS", true},
		{5*time.Minute + time.Second, "S", true},
		{2 * time.Hour, "L", true},
		{10 * time.Hour, "XL", true},
		{11 * time.Hour, "", false},
	} {
		t.Run(tc.need.String(), func(t *testing.T) {
			got, ok := SmallestFitting(cats, tc.need)
			if ok != tc.ok || got.Name != tc.want {
				t.Errorf("SmallestFitting(%s) = %q, %v; want %q, %v", tc.need, got.Name, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestHintsAreRecordedPerApp(t *testing.T) {
	dir := t.TempDir()
	app, other := common.Address{1}, common.Address{2}
	if h, err := ReadHint(dir, app); h != nil || err != nil {
		t.Fatalf("no hint recorded: %+v, %v; want nil, nil", h, err)
	}
	h := Hint{App: app, NeedSeconds: 0.0042, Category: "XS", Source: "poco app bench", Recorded: time.Unix(1, 0).UTC(),
		Bench: &HintBench{Runs: 3, LocalSeconds: 0.002, Factor: 1.05, Benchmark: 1, ReferenceSeconds: 0.0021, Margin: 2}}
	p, err := WriteHint(dir, h)
	if err != nil || p != HintPath(dir, app) {
		t.Fatalf("WriteHint: %s, %v", p, err)
	}
	got, err := ReadHint(dir, app)
	if err != nil || got.NeedSeconds != h.NeedSeconds || got.Category != "XS" || *got.Bench != *h.Bench || got.NeedRef() != 5*time.Millisecond {
		t.Fatalf("ReadHint: %+v, %v; want what was written, a need of 5ms rounded up", got, err)
	}
	if h, err := ReadHint(dir, other); h != nil || err != nil {
		t.Errorf("another app's hint: %+v, %v; want none", h, err)
	}
	if err := os.WriteFile(HintPath(dir, other), []byte(`{"app":"0x01","needSeconds":-1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadHint(dir, other); err == nil || !strings.Contains(err.Error(), "poco app bench "+other.Hex()+" --record") {
		t.Errorf("a broken hint file: %v, want an error saying how to record it again", err)
	}
	if _, err := WriteHint(dir, Hint{App: app}); err == nil {
		t.Error("WriteHint took a hint without a size")
	}
}
