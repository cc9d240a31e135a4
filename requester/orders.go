package requester

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// OrdersDir is the local order folder, $POCO_HOME/orders (~/.poco/orders): signed app,
// dataset and workerpool orders, one per *.json file, in the form `poco order sign`
// writes ({"order":{…},"sign":"0x…"}). `poco run` looks there for orders when it is not
// given order files; the devnet writes its pool's and example apps' orders there.
func OrdersDir() string { return filepath.Join(config.Home(), "orders") }

// Candidate is a signed order and where it comes from (a file path, for messages).
type Candidate struct {
	Order  sdk.SignedOrder
	Source string
}

// ReadOrders reads the signed orders of the *.json files in dir, sorted by file name,
// with parse (nil: sdk.ParseSignedOrder). Files that parse does not accept are returned
// in skipped, each error naming its file. A missing dir holds no orders: no error.
func ReadOrders(dir string, parse func([]byte) (sdk.SignedOrder, error)) (orders []Candidate, skipped []error, err error) {
	if parse == nil {
		parse = sdk.ParseSignedOrder
	}
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading the order folder: %w", err)
	}
	for _, e := range ents {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".json") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(p)
		if err == nil {
			var so sdk.SignedOrder
			if so, err = parse(data); err == nil {
				orders = append(orders, Candidate{Order: so, Source: p})
				continue
			}
		}
		skipped = append(skipped, fmt.Errorf("%s: %w", p, err))
	}
	return orders, skipped, nil
}

// Want is the request a requester wants to make.
type Want struct {
	Requester  common.Address
	App        common.Address
	Dataset    common.Address // zero: no dataset
	Workerpool common.Address // zero: any pool with a usable order
	Category   *uint64        // nil: the workerpool order's, the smallest that suits (see Choose)
	Trust      uint64         // 0 counts as 1
	Tag        protocol.Tag
	Volume     uint64 // tasks; each order chosen must have this many left
	// NeedRef is the time a task of the app needs on the reference machine, margin
	// included (its recorded size: Hint.NeedRef); 0: unknown. Without Category, workerpool
	// orders of a shorter category are not usable: their tasks would run out of time.
	NeedRef time.Duration
}

// Orders are the orders a request is matched with, and where each comes from.
type Orders struct {
	App        sdk.SignedAppOrder
	Dataset    *sdk.SignedDatasetOrder // nil without a dataset
	Workerpool sdk.SignedWorkerpoolOrder

	AppSource, DatasetSource, WorkerpoolSource string

	// Category is the workerpool order's category, and CategoryReason why it is the one,
	// in words ("the smallest category offered at the lowest price …").
	Category       protocol.Category
	CategoryReason string
}

// TaskPrice is what one task costs the requester: app + dataset + workerpool prices.
func (o *Orders) TaskPrice() *big.Int {
	p := new(big.Int).Add(orZero(o.App.Order.AppPrice), orZero(o.Workerpool.Order.WorkerpoolPrice))
	if o.Dataset != nil {
		p.Add(p, orZero(o.Dataset.Order.DatasetPrice))
	}
	return p
}

// NoOrderError says that no usable order of a kind was found, and why each candidate
// was not usable.
type NoOrderError struct {
	Kind  sdk.OrderKind
	Asset common.Address // the app, dataset or workerpool wanted (zero: any workerpool)
	// Refused are the candidates of the kind looked at, each with why it is not usable.
	Refused []Refusal
}

// Refusal is a candidate order that is not usable, and why ("it is restricted to …").
type Refusal struct {
	Source, Reason string
}

func (e *NoOrderError) Error() string {
	what := fmt.Sprintf("no usable %s", e.Kind)
	if e.Asset != (common.Address{}) {
		what += " for " + e.Kind.Asset() + " " + e.Asset.Hex()
	}
	if len(e.Refused) == 0 {
		return what + ": none was found"
	}
	reasons := make([]string, len(e.Refused))
	for i, r := range e.Refused {
		reasons[i] = r.Source + ": " + r.Reason
	}
	return what + ": " + strings.Join(reasons, "; ")
}

// Choose picks the orders to match want with: a workerpool order among pools, an app
// order among apps and, when want has a dataset, a dataset order among datasets. An
// order is usable when it is for the asset wanted, its restrictions let the others and
// the requester in, the pool's category exists on the hub and suits want (want.Category,
// else at least want.NeedRef long), its trust and tag suit want (and cover the app's and
// dataset's tags), it is signed by its owner on this hub (or presigned), and it has
// want.Volume tasks left on chain. Among usable orders it takes the cheapest; among
// workerpool orders of the same price, the one of the smallest category (the shortest
// reference time: the soonest deadlines and refund); then the first given (the order
// folder's file name order, the book's publication order). The same candidates always
// give the same choice. Give one candidate of a kind to insist on it.
//
// When nothing usable is found for a kind, the error is a *NoOrderError saying why each
// candidate was refused.
func Choose(ctx context.Context, c *sdk.Client, want Want, apps, datasets, pools []Candidate) (*Orders, error) {
	ch := &chooser{c: c, want: want, dynamic: map[string]string{}}
	poolErr := &NoOrderError{Kind: sdk.KindWorkerpool, Asset: want.Workerpool}
	var firstErr error
	ranked, err := ch.rankPools(ctx, pools)
	if err != nil {
		return nil, err
	}
	for _, p := range ranked {
		po := p.Order.(sdk.SignedWorkerpoolOrder)
		why, err := ch.poolReason(ctx, p, po.Order)
		if err != nil {
			return nil, err
		}
		if why != "" {
			poolErr.Refused = append(poolErr.Refused, Refusal{p.Source, why})
			continue
		}
		o, err := ch.rest(ctx, po, apps, datasets)
		if err == nil {
			o.Workerpool, o.WorkerpoolSource = po, p.Source
			o.Category, o.CategoryReason = ch.categoryReason(po.Order)
			return o, nil
		}
		var noOrder *NoOrderError
		if !errors.As(err, &noOrder) {
			return nil, err
		}
		if firstErr == nil {
			firstErr = err // with the cheapest pool that suits: the most useful to tell
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, poolErr
}

// NewRequest is the request for want matched with o: their assets, prices as maximum
// prices, the pool's category, restricted to that pool, want's trust, tag and volume,
// the results for the requester, and params (the params field: scheduler/api Params).
func NewRequest(want Want, o *Orders, params string) protocol.RequestOrder {
	var ds *protocol.DatasetOrder
	if o.Dataset != nil {
		ds = &o.Dataset.Order
	}
	r := sdk.RequestFor(want.Requester, o.App.Order, ds, o.Workerpool.Order, want.Volume)
	r.Trust = new(big.Int).SetUint64(max(want.Trust, 1))
	r.Tag = want.Tag
	r.Params = params
	return r
}

type chooser struct {
	c    *sdk.Client
	want Want
	// dynamic caches the chain checks of an order (signature, volume left) by hash.
	dynamic map[string]string
	// categories are the hub's categories, by id (read by rankPools).
	categories map[uint64]protocol.Category
}

// rankPools reads the hub's categories and returns the workerpool candidates in the
// order Choose tries them (RankPools).
func (ch *chooser) rankPools(ctx context.Context, pools []Candidate) ([]Candidate, error) {
	ch.categories = map[uint64]protocol.Category{}
	cands := sorted(pools, sdk.KindWorkerpool)
	if len(cands) == 0 {
		return nil, nil
	}
	n, err := ch.c.CategoryCount(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range cands {
		id := orZero(p.Order.(sdk.SignedWorkerpoolOrder).Order.Category)
		if !id.IsUint64() || id.Uint64() >= n {
			continue // refused by poolReason
		}
		if _, ok := ch.categories[id.Uint64()]; ok {
			continue
		}
		cat, err := ch.c.Category(ctx, id.Uint64())
		if err != nil {
			return nil, err
		}
		ch.categories[cat.ID] = cat
	}
	return RankPools(cands, ch.categories), nil
}

// RankPools orders workerpool candidates as Choose tries them: cheapest first; at the
// same price, the smallest category first (the shortest reference time in categories;
// a category not there last); then in the order given. Other kinds of candidates are
// dropped.
func RankPools(pools []Candidate, categories map[uint64]protocol.Category) []Candidate {
	var out []Candidate
	for _, c := range pools {
		if c.Order != nil && c.Order.Kind() == sdk.KindWorkerpool {
			out = append(out, c)
		}
	}
	ref := func(c Candidate) (uint64, bool) {
		id := orZero(c.Order.(sdk.SignedWorkerpoolOrder).Order.Category)
		if !id.IsUint64() {
			return 0, false
		}
		cat, ok := categories[id.Uint64()]
		return cat.WorkClockTimeRef, ok
	}
	price := func(c Candidate) *big.Int { return orZero(c.Order.(sdk.SignedWorkerpoolOrder).Order.WorkerpoolPrice) }
	sort.SliceStable(out, func(i, j int) bool {
		if c := price(out[i]).Cmp(price(out[j])); c != 0 {
			return c < 0
		}
		ri, oki := ref(out[i])
		rj, okj := ref(out[j])
		if oki != okj {
			return oki
		}
		return ri < rj
	})
	return out
}

// categoryReason is the category of the pool order chosen, and why it is the one.
func (ch *chooser) categoryReason(p protocol.WorkerpoolOrder) (protocol.Category, string) {
	cat := ch.categories[orZero(p.Category).Uint64()]
	switch {
	case ch.want.Category != nil:
		return cat, "the category asked for"
	case ch.want.NeedRef > 0:
		return cat, fmt.Sprintf("the smallest category offered at the lowest usable price that fits the %s a task of this app needs on the reference machine", ch.want.NeedRef)
	default:
		return cat, "the smallest category offered at the lowest usable price (nothing is known of the app's task size)"
	}
}

func (ch *chooser) hasCategory(id uint64) bool {
	_, ok := ch.categories[id]
	return ok
}

// rest picks the app and dataset orders that go with pool.
func (ch *chooser) rest(ctx context.Context, pool sdk.SignedWorkerpoolOrder, apps, datasets []Candidate) (*Orders, error) {
	w := ch.want
	o := &Orders{}
	appErr := &NoOrderError{Kind: sdk.KindApp, Asset: w.App}
	found := false
	for _, a := range sorted(apps, sdk.KindApp) {
		ao := a.Order.(sdk.SignedAppOrder)
		why, err := ch.appReason(ctx, a, ao.Order, pool.Order)
		if err != nil {
			return nil, err
		}
		if why != "" {
			appErr.Refused = append(appErr.Refused, Refusal{a.Source, why})
			continue
		}
		o.App, o.AppSource, found = ao, a.Source, true
		break
	}
	if !found {
		return nil, appErr
	}
	if w.Dataset == (common.Address{}) {
		return o, nil
	}
	dsErr := &NoOrderError{Kind: sdk.KindDataset, Asset: w.Dataset}
	for _, d := range sorted(datasets, sdk.KindDataset) {
		do := d.Order.(sdk.SignedDatasetOrder)
		why, err := ch.datasetReason(ctx, d, do.Order, o.App.Order, pool.Order)
		if err != nil {
			return nil, err
		}
		if why != "" {
			dsErr.Refused = append(dsErr.Refused, Refusal{d.Source, why})
			continue
		}
		o.Dataset, o.DatasetSource = &do, d.Source
		return o, nil
	}
	return nil, dsErr
}

func (ch *chooser) poolReason(ctx context.Context, cand Candidate, p protocol.WorkerpoolOrder) (string, error) {
	w := ch.want
	switch {
	case w.Workerpool != (common.Address{}) && p.Workerpool != w.Workerpool:
		return "it is for workerpool " + p.Workerpool.Hex(), nil
	case w.Category != nil && orZero(p.Category).Cmp(new(big.Int).SetUint64(*w.Category)) != 0:
		return fmt.Sprintf("its category is %s, not %d", orZero(p.Category), *w.Category), nil
	case !orZero(p.Category).IsUint64() || !ch.hasCategory(orZero(p.Category).Uint64()):
		return fmt.Sprintf("its category %s is not one of this hub's", orZero(p.Category)), nil
	case w.Category == nil && w.NeedRef > 0 && ch.categories[orZero(p.Category).Uint64()].Ref() < w.NeedRef:
		cat := ch.categories[orZero(p.Category).Uint64()]
		return fmt.Sprintf("its category %s allows %s on the reference machine, less than the %s a task of this app needs", cat.Name, cat.Ref(), w.NeedRef), nil
	case atLeastOne(p.Trust).Cmp(new(big.Int).SetUint64(max(w.Trust, 1))) < 0: // a trust of 0 counts as 1
		return fmt.Sprintf("its trust goes up to %s, not %d", atLeastOne(p.Trust), w.Trust), nil
	case !p.Tag.Covers(w.Tag):
		return fmt.Sprintf("it offers tag %s, the task asks for %s", p.Tag, w.Tag), nil
	}
	if why := restricted(p.AppRestrict, w.App, "app"); why != "" {
		return why, nil
	}
	if why := restricted(p.DatasetRestrict, w.Dataset, "dataset"); why != "" {
		return why, nil
	}
	if why := restricted(p.RequesterRestrict, w.Requester, "requester"); why != "" {
		return why, nil
	}
	return ch.onChain(ctx, cand)
}

func (ch *chooser) appReason(ctx context.Context, cand Candidate, a protocol.AppOrder, pool protocol.WorkerpoolOrder) (string, error) {
	w := ch.want
	switch {
	case a.App != w.App:
		return "it is for app " + a.App.Hex(), nil
	case !pool.Tag.Covers(a.Tag.Or(w.Tag)):
		return fmt.Sprintf("it needs tag %s, which workerpool %s does not offer (%s)", a.Tag, pool.Workerpool.Hex(), pool.Tag), nil
	case w.Tag.HasTEE() && !a.Tag.HasTEE():
		return "the task asks for TEE and the app order does not declare it", nil
	}
	if why := restricted(a.DatasetRestrict, w.Dataset, "dataset"); why != "" {
		return why, nil
	}
	if why := restricted(a.WorkerpoolRestrict, pool.Workerpool, "workerpool"); why != "" {
		return why, nil
	}
	if why := restricted(a.RequesterRestrict, w.Requester, "requester"); why != "" {
		return why, nil
	}
	return ch.onChain(ctx, cand)
}

func (ch *chooser) datasetReason(ctx context.Context, cand Candidate, d protocol.DatasetOrder, app protocol.AppOrder, pool protocol.WorkerpoolOrder) (string, error) {
	w := ch.want
	switch {
	case d.Dataset != w.Dataset:
		return "it is for dataset " + d.Dataset.Hex(), nil
	case !pool.Tag.Covers(d.Tag.Or(app.Tag).Or(w.Tag)):
		return fmt.Sprintf("it needs tag %s, which workerpool %s does not offer (%s)", d.Tag, pool.Workerpool.Hex(), pool.Tag), nil
	case d.Tag.HasTEE() && !app.Tag.HasTEE():
		return "it asks for TEE and the app order does not declare it", nil
	}
	if why := restricted(d.AppRestrict, w.App, "app"); why != "" {
		return why, nil
	}
	if why := restricted(d.WorkerpoolRestrict, pool.Workerpool, "workerpool"); why != "" {
		return why, nil
	}
	if why := restricted(d.RequesterRestrict, w.Requester, "requester"); why != "" {
		return why, nil
	}
	return ch.onChain(ctx, cand)
}

// onChain checks the order's signature and the volume it has left.
func (ch *chooser) onChain(ctx context.Context, cand Candidate) (string, error) {
	h := ch.c.HashOrder(cand.Order.Unsigned()).Hex()
	if why, ok := ch.dynamic[h]; ok {
		return why, nil
	}
	why, err := ch.checkOnChain(ctx, cand)
	if err != nil {
		return "", err
	}
	ch.dynamic[h] = why
	return why, nil
}

func (ch *chooser) checkOnChain(ctx context.Context, cand Candidate) (string, error) {
	if err := ch.c.CheckSignature(ctx, cand.Order); err != nil {
		var se *sdk.Error
		if errors.As(err, &se) {
			return se.Error(), nil // a sentence about the signature: not usable here
		}
		return "", err
	}
	st, err := ch.c.OrderStatus(ctx, cand.Order.Unsigned())
	if err != nil {
		return "", err
	}
	if st.Remaining.Cmp(new(big.Int).SetUint64(ch.want.Volume)) < 0 {
		return fmt.Sprintf("it has %s of its %s task(s) left, %d wanted", st.Remaining, st.Volume, ch.want.Volume), nil
	}
	return "", nil
}

// restricted says why an order restricted to allowed refuses actual ("" if it does not).
func restricted(allowed, actual common.Address, party string) string {
	if allowed == (common.Address{}) || allowed == actual {
		return ""
	}
	return "it is restricted to " + party + " " + allowed.Hex()
}

// sorted returns the candidates of kind, cheapest first, then in the order given.
func sorted(cands []Candidate, kind sdk.OrderKind) []Candidate {
	var out []Candidate
	for _, c := range cands {
		if c.Order != nil && c.Order.Kind() == kind {
			out = append(out, c)
		}
	}
	price := func(c Candidate) *big.Int {
		switch o := c.Order.Unsigned().(type) {
		case protocol.AppOrder:
			return orZero(o.AppPrice)
		case protocol.DatasetOrder:
			return orZero(o.DatasetPrice)
		case protocol.WorkerpoolOrder:
			return orZero(o.WorkerpoolPrice)
		}
		return new(big.Int)
	}
	sort.SliceStable(out, func(i, j int) bool { return price(out[i]).Cmp(price(out[j])) < 0 })
	return out
}

func atLeastOne(x *big.Int) *big.Int {
	if x == nil || x.Sign() <= 0 {
		return big.NewInt(1)
	}
	return x
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
