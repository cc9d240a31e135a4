package protocoltest

import (
	"math/big"
	"testing"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

func TestDeploymentCreatesTheFiveDefaultCategories(t *testing.T) {
	e := pocotest.New(t)
	want := []struct {
		name string
		ref  int64
	}{{"XS", 300}, {"S", 1200}, {"M", 3600}, {"L", 10800}, {"XL", 36000}}

	wantBig(t, "categoryCount", pocotest.Call(e, e.Poco.PackCategoryCount(), e.Poco.UnpackCategoryCount), big.NewInt(int64(len(want))))
	for id, w := range want {
		c := pocotest.Call(e, e.Poco.PackCategory(big.NewInt(int64(id))), e.Poco.UnpackCategory)
		wantEq(t, "category name", c.Name, w.name)
		wantBig(t, "category "+w.name+" workClockTimeRef", c.WorkClockTimeRef, big.NewInt(w.ref))
		if c.Description == "" {
			t.Errorf("category %s: empty description", w.name)
		}
		// The Go mirror agrees on names and reference times.
		g, ok := protocol.DefaultCategory(uint64(id))
		if !ok || g.Name != c.Name || g.WorkClockTimeRef != c.WorkClockTimeRef.Uint64() {
			t.Errorf("protocol.DefaultCategory(%d) = %+v, want name %s ref %s", id, g, c.Name, c.WorkClockTimeRef)
		}
	}
}

func TestOwnerCreatesACategory(t *testing.T) {
	e := pocotest.New(t)
	ref := big.NewInt(86400)
	r := e.Tx(e.Owner, e.Poco.PackCreateCategory("XXL", "A day on the reference machine", ref))

	ev := oneEvent(t, r, e.D.Hub, "CategoryCreated", e.Poco.UnpackCategoryCreatedEvent)
	wantBig(t, "CategoryCreated.id", ev.Id, big.NewInt(5))
	wantEq(t, "CategoryCreated.name", ev.Name, "XXL")
	wantEq(t, "CategoryCreated.description", ev.Description, "A day on the reference machine")
	wantBig(t, "CategoryCreated.workClockTimeRef", ev.WorkClockTimeRef, ref)

	wantBig(t, "categoryCount", pocotest.Call(e, e.Poco.PackCategoryCount(), e.Poco.UnpackCategoryCount), big.NewInt(6))
	c := pocotest.Call(e, e.Poco.PackCategory(big.NewInt(5)), e.Poco.UnpackCategory)
	wantEq(t, "name", c.Name, "XXL")
	wantEq(t, "description", c.Description, "A day on the reference machine")
	wantBig(t, "workClockTimeRef", c.WorkClockTimeRef, ref)

	// The largest reference time a category accepts is 2^32 − 1 seconds.
	maxRef := big.NewInt(1<<32 - 1)
	e.Tx(e.Owner, e.Poco.PackCreateCategory("max", "largest reference time", maxRef))
	wantBig(t, "workClockTimeRef of category 6",
		pocotest.Call(e, e.Poco.PackCategory(big.NewInt(6)), e.Poco.UnpackCategory).WorkClockTimeRef, maxRef)

	// A deal in the new category carries its reference time.
	o := e.DefaultOrders()
	o.Workerpool.Category, o.Request.Category = big.NewInt(5), big.NewInt(5)
	deal := e.Match(e.Requester, e.SignAll(o))
	wantBig(t, "deal category", deal.Category, big.NewInt(5))
	wantBig(t, "deal workClockTimeRef", deal.WorkClockTimeRef, ref)

	// The id after the last one is still unknown, to a match and to the view: both report
	// the current count.
	o = e.DefaultOrders()
	o.Workerpool.Category, o.Request.Category = big.NewInt(7), big.NewInt(7)
	e.SignAll(o)
	expectRevert(e, e.Requester, e.PackMatch(o), "PocoUnknownCategory", 7, 7)
	expectRevert(e, e.Requester, e.Poco.PackCategory(big.NewInt(7)), "PocoUnknownCategory", 7, 7)
}

func TestCreateCategoryRejectsNonOwnerAndInvalidReferenceTime(t *testing.T) {
	e := pocotest.New(t)
	for _, tc := range []struct {
		name string
		ref  *big.Int
		from int // index in e.Accounts
		err  string
		args []any
	}{
		{name: "a caller that is not the owner", ref: big.NewInt(60), from: 4, err: "OwnableUnauthorizedAccount",
			args: []any{e.Requester.Address}},
		{name: "a zero reference time", ref: big.NewInt(0), err: "PocoInvalidWorkClockTimeRef", args: []any{0}},
		{name: "a reference time above 2^32-1", ref: big.NewInt(1 << 32), err: "PocoInvalidWorkClockTimeRef",
			args: []any{big.NewInt(1 << 32)}},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			expectRevert(e, e.Accounts[tc.from], e.Poco.PackCreateCategory("new", "new category", tc.ref), tc.err, tc.args...)
		})
	}
	wantBig(t, "categoryCount", pocotest.Call(e, e.Poco.PackCategoryCount(), e.Poco.UnpackCategoryCount), big.NewInt(5))
}

func TestCategoryViewRevertsForUnknownID(t *testing.T) {
	e := pocotest.New(t)
	for _, tc := range []struct {
		name string
		id   *big.Int
	}{{"id equal to count", big.NewInt(5)}, {"id above count", big.NewInt(6)}, {"id 2^255", new(big.Int).Lsh(big.NewInt(1), 255)}} {
		runOn(t, e, tc.name, func(t *testing.T) {
			expectRevert(e, e.Requester, e.Poco.PackCategory(tc.id), "PocoUnknownCategory", tc.id, 5)
		})
	}
}
