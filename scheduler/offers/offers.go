// Package offers is a workerpool's pool strategy: it keeps the pool's workerpool orders
// in a market (package market) in line with what the pool can serve now.
//
// The scheduler calls [Publisher.Update] with the pool's [Capacity] (its live workers,
// their free slots and GPUs: the slots it counts, which a worker's declaration alone
// cannot raise). A worker too slow to finish any task before its contribution deadline
// (plan.MinSpeed) counts for nothing there: the planner gives it no task, so the pool does
// not sell its slots. For each category of the hub (or Config.Categories) the pool wants
// in the book:
//
//   - an offer without tag, while a live worker has a free slot: its volume is the free
//     slots × Config.TasksPerSlot (the volume wanted: the order in the book sells at most
//     that, and at least seven eighths of it, see Update);
//   - an offer with the GPU tag, while a live worker with a GPU has one free: its volume
//     is the free GPUs × Config.TasksPerSlot;
//   - an offer with the TEE tags (TEE and the TDX framework, protocol.TagTEE |
//     protocol.TagTEETDX: 0x9), while a live worker that declares a TEE has a free slot:
//     its volume is those workers' free slots × Config.TasksPerSlot. Only workers that
//     declare a TEE run TEE tasks (the planner's ReasonNoTEE), so the pool never offers
//     a TEE it has no live worker for.
//
// With Config.Requesters (a pool that sells only to listed requesters), each of these
// offers is published once per requester, restricted to it (requesterrestrict), and no
// unrestricted offer is published. Like the offers of the several categories, each carries
// the pool's whole free capacity: the first deal takes it, and the next Update shrinks
// the others.
//
// Each offer's price comes from a [Pricing] strategy ([Fixed], [Utilization], or any
// other). Its trust is Config.Trust, lowered to what the live workers can reach together
// ([Reach]): a deal of a higher trust would wait for workers the pool does not have, and
// be claimed at its final deadline. The volume is capped so that the owner's free balance in the hub covers the pool
// stake of the whole volume (the market refuses an order it cannot pay for).
//
// Update compares what it wants with the pool's open orders in the book: an order whose
// price or trust no longer is what the pool wants, or whose remaining volume is above the
// wanted one (the pool never sells more than its free slots) or below seven eighths of
// it, is replaced (a new order signed and published, then the old one unpublished), and
// every other open workerpool order of the pool in the book (stale ones from an earlier
// run, offers the pool can no longer serve) is unpublished, all in one request to the
// market (market.Client.UnpublishMany; one each from a market that refuses it). So a
// fall of the free slots shows at once, a rise once it is worth an eighth of the offer:
// a slot freed here and there does not replace every offer, each replacement costing a
// signature, a publication the market checks on chain, and an unpublication. The owner's
// free balance is read again only when something is to be published or it would make an
// offer smaller: the market drops an order its signer can no longer pay for, which then
// is published again for what the balance covers. No live worker: no offer; no live GPU
// worker: no GPU offer; no live TEE worker with a free slot: no TEE offer.
// [Publisher.Withdraw] unpublishes them all (the scheduler calls it when it stops).
//
// Unpublishing takes an order out of the book, not off the chain: whoever kept a copy can
// still match it until its volume is used (cancel it on chain with `poco order cancel`).
package offers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/sdk"
)

// DefaultTrust is the highest trust the pool's offers accept unless Config.Trust says
// otherwise: the scheduler replicates tasks as much as their trust needs.
const DefaultTrust = 100

// Capacity is what a pool can serve now.
type Capacity struct {
	Workers    int // live workers
	Slots      int // their slots as the scheduler counts them (plan.Worker.Slots: what they proved and their stake backs)
	FreeSlots  int // slots not holding a replicate
	GPUWorkers int // live workers with a GPU
	GPUs       int // their GPUs
	FreeGPUs   int // GPUs not running a task
	TEEWorkers int // live workers that declare a TEE
	TEESlots   int // their slots
	FreeTEE    int // their free slots
	Reach      Reach
	// TooSlow counts the live workers left out of all the above: too slow to finish any
	// task before its contribution deadline (plan.MinSpeed), the planner gives them none.
	TooSlow int
}

// OfferedQueue is how many replicates per running slot a worker's queue adds, at most, to
// what the offers sell. The scheduler fills a worker's queue as deep as the tasks' run
// times allow (up to its effective slots: 64 per slot by default, for tasks of
// milliseconds), but an offer sells tasks of a category before any of them ran, and a
// queue is no capacity for tasks of minutes: the offers count the queue the workers
// declared by default before queues were sized by run time, 8 per slot.
const OfferedQueue = 8

// offered is what a worker adds to the offers: its slots as the scheduler counts them
// (effective) and those free, with its queue counted up to OfferedQueue per running slot
// (plan.Worker.RunSlots; unknown: not capped). The replicates it holds fill the counted
// slots first.
func offered(w plan.Worker) (slots, free int) {
	slots, free = max(w.Slots, w.FreeSlots), w.FreeSlots
	if w.RunSlots > 0 {
		if most := w.RunSlots * (1 + OfferedQueue); most < slots {
			free = max(0, free-(slots-most))
			slots = most
		}
	}
	return slots, free
}

// FromWorkers sums the capacity of the workers live says can take work (alive and not
// benched) and that are fast enough for any task (plan.Worker.FastEnough; the others
// are counted in TooSlow), and what trust they reach together.
func FromWorkers(ws []plan.Worker, live func(plan.Worker) bool) Capacity {
	var c Capacity
	var scores []uint64
	for _, w := range ws {
		if live != nil && !live(w) {
			continue
		}
		if !w.FastEnough() {
			c.TooSlow++
			continue
		}
		scores = append(scores, w.Score)
		slots, free := offered(w)
		c.Workers++
		c.Slots += slots
		c.FreeSlots += free
		if w.GPUs > 0 {
			c.GPUWorkers++
			c.GPUs += w.GPUs
			c.FreeGPUs += w.FreeGPUs
		}
		if w.TEE {
			c.TEEWorkers++
			c.TEESlots += slots
			c.FreeTEE += free
		}
	}
	c.Reach = ReachOf(scores)
	return c
}

// Reach is the highest trust a set of workers can serve together: all agreeing, their
// result must satisfy the consensus rule (group × trust > total × (trust − 1), the group's
// weight the product of their vote weights), and they must number at least
// plan.MinAgreeing(trust), which the scheduler asks for whatever their weights.
type Reach struct {
	Workers int
	// Weight is the product of their vote weights (saturated at the largest uint64): all
	// agreeing, they satisfy the consensus rule up to this trust (the total is 1 + group,
	// and group × trust > (1 + group) × (trust − 1) holds for trust ≤ group).
	Weight uint64
	// Quorum is the highest trust whose plan.MinAgreeing they number.
	Quorum uint64
}

// ReachOf is the reach of workers with the given reputation scores.
func ReachOf(scores []uint64) Reach {
	r := Reach{Workers: len(scores)}
	if len(scores) == 0 {
		return r
	}
	r.Weight = 1
	for _, s := range scores {
		w := protocol.Weight(s)
		if r.Weight > math.MaxUint64/w {
			r.Weight = math.MaxUint64
			break
		}
		r.Weight *= w
	}
	// plan.MinAgreeing grows with the trust: find the last trust it allows.
	lo, hi := uint64(1), uint64(math.MaxUint64)
	for lo < hi {
		mid := lo + (hi-lo)/2 + 1
		if plan.MinAgreeing(mid) <= len(scores) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	r.Quorum = lo
	return r
}

// Trust is the highest trust the workers reach together: min(Weight, Quorum); 0 for no
// worker.
func (r Reach) Trust() uint64 { return min(r.Weight, r.Quorum) }

// Why says in words what bounds the reach, for logs.
func (r Reach) Why() string {
	switch {
	case r.Workers == 0:
		return "no live worker"
	case r.Weight <= r.Quorum:
		return fmt.Sprintf("%d live workers, all agreeing, satisfy the consensus rule up to trust %d, the product of their vote weights",
			r.Workers, r.Weight)
	}
	return fmt.Sprintf("the scheduler wants at least %d agreeing workers above trust %d, and the pool has %d live",
		r.Workers+1, r.Quorum, r.Workers)
}

// Used is how much of the capacity is in use, out of total: the GPUs for a GPU offer,
// else the slots.
func (c Capacity) Used(gpu bool) (used, total int) {
	if gpu {
		return c.GPUs - c.FreeGPUs, c.GPUs
	}
	return c.Slots - c.FreeSlots, c.Slots
}

// Quote is what a price is asked for: one offer of the pool.
type Quote struct {
	Category uint64
	GPU      bool // the offer carries the GPU tag
	TEE      bool // the offer carries the TEE tags
	Capacity Capacity
}

// Pricing sets the price per task of the pool's offers (base units: 1 RLC = 10^9).
type Pricing interface {
	Price(q Quote) *big.Int
}

// PricingFunc is a Pricing as a function.
type PricingFunc func(Quote) *big.Int

// Price calls f.
func (f PricingFunc) Price(q Quote) *big.Int { return f(q) }

// Fixed prices every offer at Each, GPU offers at GPU when it is set.
type Fixed struct {
	Each, GPU *big.Int
}

// Price is the fixed price.
func (f Fixed) Price(q Quote) *big.Int {
	if q.GPU && f.GPU != nil {
		return new(big.Int).Set(f.GPU)
	}
	return new(big.Int).Set(orZero(f.Each))
}

// Utilization prices an offer from Min when the pool is idle up to Max when it is full,
// in proportion of the capacity in use (slots, or GPUs for a GPU offer): busy pools cost
// more, idle ones attract work. GPUFactor, when above 1, multiplies GPU offers' prices.
type Utilization struct {
	Min, Max  *big.Int
	GPUFactor int64
}

// Price is Min + (Max − Min) × used / total.
func (u Utilization) Price(q Quote) *big.Int {
	lo, hi := orZero(u.Min), orZero(u.Max)
	p := new(big.Int).Set(lo)
	if used, total := q.Capacity.Used(q.GPU); hi.Cmp(lo) > 0 && total > 0 {
		d := new(big.Int).Sub(hi, lo)
		d.Mul(d, big.NewInt(int64(min(used, total)))).Div(d, big.NewInt(int64(total)))
		p.Add(p, d)
	}
	if q.GPU && u.GPUFactor > 1 {
		p.Mul(p, big.NewInt(u.GPUFactor))
	}
	return p
}

// Config configures a Publisher.
type Config struct {
	// Client signs as the workerpool's owner.
	Client     *sdk.Client
	Market     *market.Client
	Workerpool common.Address
	// Pricing sets the offers' prices (nil: Fixed at 0).
	Pricing Pricing
	// Categories offered (nil: every category of the hub).
	Categories []uint64
	// Trust is the highest trust the offers accept (0: DefaultTrust).
	Trust uint64
	// TasksPerSlot is how many tasks an offer sells per free slot (0: 1): more lets a
	// requester buy a bag larger than the pool runs at once, its tasks waiting their turn
	// within the category's deadline.
	TasksPerSlot uint64
	// Requesters, when not empty, are the only requesters the pool sells to: each offer
	// is published once per requester, restricted to it.
	Requesters []common.Address
	Logger     *slog.Logger // nil: discarded
}

// Offer is a workerpool order the pool keeps in the book.
type Offer struct {
	Category uint64
	GPU      bool
	TEE      bool // tagged TEE|TDX (TEETag)
	// Requester is the only requester that may buy it (zero: anyone).
	Requester common.Address
	Volume    uint64
	Price     *big.Int
	Trust     uint64      // the highest trust it accepts
	Hash      common.Hash // its order's hash
}

type key struct {
	category  uint64
	gpu, tee  bool
	requester common.Address
}

// kind is one kind of offer: plain, GPU or TEE.
type kind struct{ gpu, tee bool }

var kinds = []kind{{}, {gpu: true}, {tee: true}}

// TEETag is the tag of the pool's TEE offers: TEE, with the TDX framework.
var TEETag = protocol.TagTEE.Or(protocol.TagTEETDX)

// Publisher keeps the pool's offers in the market. Its methods are safe for concurrent
// use.
type Publisher struct {
	cfg    Config
	log    *slog.Logger
	mu     sync.Mutex
	cats   []uint64
	offers map[key]Offer
	warned map[string]bool
	trust  uint64   // the trust of the last offers, 0 before any
	free   *big.Int // the owner's free balance in the hub as last read, nil before
	// oneByOne: the market refused to unpublish several orders in one request.
	oneByOne bool
}

// New checks cfg.
func New(cfg Config) (*Publisher, error) {
	if cfg.Client == nil || !cfg.Client.CanSign() || cfg.Client.Signer() == nil {
		return nil, errors.New("offers: the client must sign as the workerpool's owner")
	}
	if cfg.Market == nil {
		return nil, errors.New("offers: no market")
	}
	if cfg.Workerpool == (common.Address{}) {
		return nil, errors.New("offers: no workerpool")
	}
	if cfg.Pricing == nil {
		cfg.Pricing = Fixed{}
	}
	if cfg.Trust == 0 {
		cfg.Trust = DefaultTrust
	}
	if cfg.TasksPerSlot == 0 {
		cfg.TasksPerSlot = 1
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &Publisher{cfg: cfg, log: cfg.Logger, cats: cfg.Categories, offers: map[key]Offer{}, warned: map[string]bool{}}, nil
}

// Offers are the offers in the book, as the last Update left them.
func (p *Publisher) Offers() []Offer {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Offer, 0, len(p.offers))
	for _, o := range p.offers {
		out = append(out, o)
	}
	return out
}

func (p *Publisher) categories(ctx context.Context) ([]uint64, error) {
	if p.cats != nil {
		return p.cats, nil
	}
	cats, err := p.cfg.Client.Categories(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the hub's categories: %w", err)
	}
	ids := make([]uint64, len(cats))
	for i, c := range cats {
		ids[i] = c.ID
	}
	p.cats = ids
	return ids, nil
}

// trustFor is the trust of the offers for c: Config.Trust, lowered to what c's workers
// reach together. A change is logged once.
func (p *Publisher) trustFor(c Capacity) uint64 {
	trust := min(p.cfg.Trust, c.Reach.Trust())
	if trust == p.trust {
		return trust
	}
	switch {
	case trust < p.cfg.Trust:
		p.log.Info("offers' trust lowered to what the live workers can reach", "trust", trust, "configured", p.cfg.Trust,
			"why", c.Reach.Why())
	case p.trust != 0:
		p.log.Info("offers' trust back to the configured one: the live workers reach it", "trust", trust, "workers", c.Workers)
	}
	p.trust = trust
	return trust
}

// want is the offers the pool wants for c, without hashes. With reuse, the owner's free
// balance read by an earlier Update serves while it covers the stake of every offer
// (reused then says so); else, and whenever it would make an offer smaller, the balance
// is read now.
func (p *Publisher) want(ctx context.Context, c Capacity, reuse bool) (_ map[key]Offer, reused bool, _ error) {
	out := map[key]Offer{}
	if c.Workers == 0 {
		return out, false, nil
	}
	cats, err := p.categories(ctx)
	if err != nil {
		return nil, false, err
	}
	trust := p.trustFor(c)
	var free *big.Int
	fresh := false
	read := func() error {
		bal, err := p.cfg.Client.Account(ctx, p.cfg.Client.Address())
		if err != nil {
			return err
		}
		p.free, free, fresh = bal.Free, bal.Free, true
		return nil
	}
	for _, cat := range cats {
		for _, k := range kinds {
			gpu, tee := k.gpu, k.tee
			slots := c.FreeSlots
			switch {
			case gpu:
				slots = min(c.FreeSlots, c.FreeGPUs)
			case tee:
				slots = c.FreeTEE
			}
			if slots <= 0 {
				continue
			}
			price := p.cfg.Pricing.Price(Quote{Category: cat, GPU: gpu, TEE: tee, Capacity: c})
			if price == nil || price.Sign() < 0 {
				price = new(big.Int)
			}
			volume := uint64(slots) * p.cfg.TasksPerSlot
			// The market takes an order only if the owner's free balance covers the pool
			// stake of its volume.
			stake := new(big.Int).Mul(price, big.NewInt(sdk.PoolStakePercent))
			stake.Div(stake, big.NewInt(100))
			if stake.Sign() > 0 {
				if free == nil {
					if reuse && p.free != nil {
						free = p.free
					} else if err := read(); err != nil {
						return nil, false, err
					}
				}
				affordable := new(big.Int).Div(free, stake)
				if affordable.IsUint64() && affordable.Uint64() < volume && !fresh {
					if err := read(); err != nil {
						return nil, false, err
					}
					affordable.Div(free, stake)
				}
				if affordable.IsUint64() && affordable.Uint64() < volume {
					p.warnOnce("stake", "the owner's free balance covers the stake of fewer tasks than the pool can take: offers are smaller (poco account deposit)",
						"free", sdk.FormatRLC(free), "stake_per_task", sdk.FormatRLC(stake))
					volume = affordable.Uint64()
				}
			}
			if volume == 0 {
				continue
			}
			if len(p.cfg.Requesters) == 0 {
				out[key{cat, gpu, tee, common.Address{}}] = Offer{Category: cat, GPU: gpu, TEE: tee, Volume: volume, Price: price, Trust: trust}
				continue
			}
			for _, r := range p.cfg.Requesters {
				out[key{cat, gpu, tee, r}] = Offer{Category: cat, GPU: gpu, TEE: tee, Requester: r, Volume: volume, Price: price, Trust: trust}
			}
		}
	}
	return out, free != nil && !fresh, nil
}

// keeps says whether the order o in the book still serves as the offer w: same price and
// trust, a remaining volume not above w's (the pool never sells more than it can serve)
// and not below seven eighths of it (rounded up: below 8 tasks, w's exactly). So a slot
// freed here and there in a large pool does not replace every offer: each replacement
// signs, publishes and unpublishes an order per offer, and makes the market check it on
// chain.
func keeps(o *market.Order, w Offer) bool {
	return o != nil && o.Price.Cmp(w.Price) == 0 && o.Trust == w.Trust &&
		o.Remaining <= w.Volume && o.Remaining >= w.Volume-w.Volume/8
}

// inLine says whether the book holds what the pool wants: each offer kept (keeps), and no
// other order of the pool.
func (p *Publisher) inLine(want map[key]Offer, book map[common.Hash]*market.Order) bool {
	n := 0
	for k, w := range want {
		cur, ok := p.offers[k]
		if !ok || !keeps(book[cur.Hash], w) {
			return false
		}
		n++
	}
	return n == len(book)
}

func (p *Publisher) warnOnce(what, msg string, args ...any) {
	if !p.warned[what] {
		p.warned[what] = true
		p.log.Warn(msg, args...)
	}
}

// book is the pool's open workerpool orders in the market, by hash.
func (p *Publisher) book(ctx context.Context) (map[common.Hash]*market.Order, error) {
	out := map[common.Hash]*market.Order{}
	f := market.Filter{Workerpool: p.cfg.Workerpool, Owner: p.cfg.Client.Address(), Limit: market.MaxLimit}
	for {
		page, err := p.cfg.Market.Query(ctx, sdk.KindWorkerpool, f)
		if err != nil {
			return nil, err
		}
		for _, o := range page.Orders {
			out[o.Hash] = o
		}
		if page.Next == "" {
			return out, nil
		}
		f.After = page.Next
	}
}

// Update brings the pool's offers in the market in line with c (see the package's
// documentation). It reports whether it changed the book.
func (p *Publisher) Update(ctx context.Context, c Capacity) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	want, reused, err := p.want(ctx, c, true)
	if err != nil {
		return false, err
	}
	book, err := p.book(ctx)
	if err != nil {
		return false, err
	}
	if reused && !p.inLine(want, book) {
		// Something to publish: with the owner's balance as it is now.
		if want, _, err = p.want(ctx, c, false); err != nil {
			return false, err
		}
	}
	changed := false
	next := map[key]Offer{}
	var errs []error
	for k, w := range want {
		cur, ok := p.offers[k]
		if ok && keeps(book[cur.Hash], w) {
			next[k] = cur
			continue
		}
		o, err := p.publish(ctx, w)
		if err != nil {
			errs = append(errs, err)
			if ok && book[cur.Hash] != nil {
				next[k] = cur // keep the old one rather than nothing
			}
			continue
		}
		next[k] = o
		changed = true
		args := []any{"category", w.Category, "gpu", w.GPU, "tee", w.TEE, "volume", w.Volume, "price", sdk.FormatRLC(w.Price),
			"trust", w.Trust, "order", o.Hash.Hex(), "workers", c.Workers, "free_slots", c.FreeSlots}
		if w.Requester != (common.Address{}) {
			args = append(args, "requester", w.Requester.Hex())
		}
		p.log.Info("offer published", args...)
	}
	keep := map[common.Hash]bool{}
	for _, o := range next {
		keep[o.Hash] = true
	}
	var drop []common.Hash
	for h := range book {
		if !keep[h] {
			drop = append(drop, h)
		}
	}
	for _, h := range p.unpublish(ctx, drop, &errs) {
		changed = true
		p.log.Info("offer unpublished", "order", h.Hex(), "workers", c.Workers, "free_slots", c.FreeSlots)
	}
	p.offers = next
	return changed, errors.Join(errs...)
}

// unpublish takes the orders hs out of the book, with one request per market.MaxUnpublish
// of them (one challenge signed, rather than one per order), or one request each from a
// market that takes one order a request. It returns those no longer in the book and adds
// the failures to errs.
func (p *Publisher) unpublish(ctx context.Context, hs []common.Hash, errs *[]error) []common.Hash {
	var gone []common.Hash
	for len(hs) > 1 && !p.oneByOne {
		part := hs[:min(len(hs), market.MaxUnpublish)]
		if _, err := p.cfg.Market.UnpublishMany(ctx, p.cfg.Client.Signer(), part); err != nil {
			if !isBadRequest(err) {
				*errs = append(*errs, fmt.Errorf("unpublishing %d offers: %w", len(part), err))
				return gone
			}
			p.oneByOne = true // a market without Unpublish.Hashes
			break
		}
		gone = append(gone, part...)
		hs = hs[len(part):]
	}
	for _, h := range hs {
		if _, err := p.cfg.Market.Unpublish(ctx, p.cfg.Client.Signer(), h); err != nil && !isNotFound(err) {
			*errs = append(*errs, fmt.Errorf("unpublishing offer %s: %w", h.Hex(), err))
			continue
		}
		gone = append(gone, h)
	}
	return gone
}

func (p *Publisher) publish(ctx context.Context, w Offer) (Offer, error) {
	o := sdk.NewWorkerpoolOrder(p.cfg.Workerpool, w.Price, w.Volume, w.Category, w.Trust)
	switch {
	case w.GPU:
		o.Tag = protocol.TagGPU
	case w.TEE:
		o.Tag = TEETag
	}
	o.RequesterRestrict = w.Requester
	so, err := p.cfg.Client.SignWorkerpoolOrder(o)
	if err != nil {
		return Offer{}, err
	}
	mo, err := p.cfg.Market.Publish(ctx, so)
	if err != nil {
		if w.Requester != (common.Address{}) {
			return Offer{}, fmt.Errorf("publishing the offer of category %d (gpu %v, tee %v) for requester %s: %w", w.Category, w.GPU, w.TEE, w.Requester.Hex(), err)
		}
		return Offer{}, fmt.Errorf("publishing the offer of category %d (gpu %v, tee %v): %w", w.Category, w.GPU, w.TEE, err)
	}
	w.Hash = mo.Hash
	return w, nil
}

// Withdraw unpublishes every open workerpool order of the pool in the market.
func (p *Publisher) Withdraw(ctx context.Context) error {
	_, err := p.Update(ctx, Capacity{})
	return err
}

func isNotFound(err error) bool {
	var e *market.Error
	return errors.As(err, &e) && e.Code == market.CodeNotFound
}

func isBadRequest(err error) bool {
	var e *market.Error
	return errors.As(err, &e) && e.Code == market.CodeBadRequest
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
