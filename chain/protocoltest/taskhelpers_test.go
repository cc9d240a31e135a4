package protocoltest

// Helpers shared by lifecycle_test.go and task_reverts_test.go. Every name starts with
// "tk" so that it cannot collide with the helpers of the package's other test files.

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// Task and contribution states (PocoTypes.sol).
const (
	tkUnset     = 0
	tkActive    = 1
	tkRevealing = 2
	tkCompleted = 3
	tkFailed    = 4

	tkContributed = 1
	tkProved      = 2
	tkRejected    = 3
)

// Protocol figures the tests compute with, restated from DESIGN.md §3 and PocoStore.sol
// rather than read back from the contract.
const (
	tkAppPrice      = 3 * pocotest.RLC  // pocotest.AppOrder
	tkDatasetPrice  = 1 * pocotest.RLC  // pocotest.DatasetOrder
	tkPoolPrice     = 10 * pocotest.RLC // pocotest.WorkerpoolOrder
	tkWorkerStake   = tkPoolPrice * 30 / 100
	tkPoolStake     = tkPoolPrice * 30 / 100
	tkSchedRatio    = 1 // WorkerpoolRegistry default
	tkKittyMin      = 1 * pocotest.RLC
	tkKittyRatio    = 10
	tkContribRatio  = 7
	tkRevealRatio   = 2
	tkFinalRatio    = 10
	tkCallbackGas   = 100_000
	tkCallbackExtra = 10_000
	tkVesting       = 24 * 3600 // VESTING_PERIOD: rewards of replicated deals stay locked this long
	tkMaxWeight     = 13        // MAX_WEIGHT
)

func tkB(x int64) *big.Int { return big.NewInt(x) }

func tkU(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

// tkWorkersPot is the workers' share of a pot, as DESIGN.md §3 states it.
func tkWorkersPot(pot int64) int64 { return pot * (100 - tkSchedRatio) / 100 }

// tkKittyBonus is the bonus a finalizing scheduler gets from a kitty holding k.
func tkKittyBonus(k int64) int64 { return min(k, max(k*tkKittyRatio/100, tkKittyMin)) }

// ───────────────────────────── deals ─────────────────────────────

// tkDealSpec describes the deal tkMatch makes from the env's default orders.
type tkDealSpec struct {
	volume, trust int64
	category      *big.Int // nil: category 0 (XS)
	dataset       bool     // use e.Dataset (price 1 RLC)
	tee           bool     // app order and pool order carry the TEE bit
	callback      common.Address
	poolPrice     *big.Int           // nil: 10 RLC
	sponsor       *chaintest.Account // nil: the requester pays (matchOrders)
}

// tkOrders builds and signs the orders of spec.
func tkOrders(e *pocotest.Env, spec tkDealSpec) *pocotest.Orders {
	var o *pocotest.Orders
	if spec.dataset {
		o = e.DatasetOrders()
	} else {
		o = e.DefaultOrders()
	}
	o.Request.Volume = tkB(max(spec.volume, 1))
	o.Request.Trust = tkB(max(spec.trust, 1))
	if spec.trust > o.Workerpool.Trust.Int64() {
		o.Workerpool.Trust = tkB(spec.trust) // the pool accepts the request's trust
	}
	if spec.category != nil {
		o.Workerpool.Category = spec.category
		o.Request.Category = spec.category
	}
	if spec.poolPrice != nil {
		o.Workerpool.WorkerpoolPrice = spec.poolPrice
		o.Request.WorkerpoolMaxPrice = spec.poolPrice
	}
	if spec.tee {
		o.App.Tag = protocol.TagTEE
		o.Workerpool.Tag = protocol.TagTEE
	}
	o.Request.Callback = spec.callback
	return e.SignAll(o)
}

// tkMatch makes the deal of spec and returns it (from OrdersMatched).
func tkMatch(e *pocotest.Env, spec tkDealSpec) bindings.Deal {
	e.T.Helper()
	o := tkOrders(e, spec)
	if spec.sponsor == nil {
		return e.Match(e.Requester, o)
	}
	r := e.Tx(spec.sponsor, e.Poco.PackSponsorMatchOrders(chain.AppOrderArg(o.App), chain.DatasetOrderArg(o.Dataset),
		chain.WorkerpoolOrderArg(o.Workerpool), chain.RequestOrderArg(o.Request), o.Sigs))
	return e.DealFrom(r)
}

// tkRevealDeadline is the reveal deadline of a task whose reveals opened in `receipt` (its
// first, permitted reveal).
func tkRevealDeadline(t *testing.T, e *pocotest.Env, d bindings.Deal, r *types.Receipt) uint64 {
	t.Helper()
	return tkBlockTime(t, e, r) + tkRevealRatio*d.WorkClockTimeRef.Uint64()
}

// tkBlockTime is the timestamp of the block that mined `receipt`.
func tkBlockTime(t *testing.T, e *pocotest.Env, r *types.Receipt) uint64 {
	t.Helper()
	head, err := e.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return head.Time
}

// tkPlainReveal is a reveal item without the scheduler's permit: enough once the task's
// reveals are open, refused (PocoInvalidRevealPermit) as the first reveal of an ACTIVE task.
func tkPlainReveal(idx uint64, digest [32]byte) bindings.RevealItem {
	return bindings.RevealItem{Idx: tkU(idx), ResultDigest: digest, Permit: []byte{}}
}

// tkVestingOf is a worker's vesting buckets as plain numbers: older, olderRelease, newer,
// newerRelease.
func tkVestingOf(e *pocotest.Env, w common.Address) [4]uint64 {
	v := e.Vesting(w)
	return [4]uint64{v.Older.Uint64(), v.OlderRelease.Uint64(), v.Newer.Uint64(), v.NewerRelease.Uint64()}
}

// tkWantVesting fails unless w's vesting buckets are want (older, olderRelease, newer,
// newerRelease).
func tkWantVesting(t *testing.T, e *pocotest.Env, who string, w common.Address, want [4]uint64) {
	t.Helper()
	if got := tkVestingOf(e, w); got != want {
		t.Errorf("vesting of %s: got older %d (release %d) newer %d (release %d), want older %d (release %d) newer %d (release %d)",
			who, got[0], got[1], got[2], got[3], want[0], want[1], want[2], want[3])
	}
}

// tkContributeItems builds one worker's contributions to tasks idxs, all with digest, and records them.
func tkContributeItems(e *pocotest.Env, w *chaintest.Account, d bindings.Deal, idxs []uint64, digest [32]byte) []bindings.ContributeItem {
	items := make([]bindings.ContributeItem, len(idxs))
	for i, idx := range idxs {
		items[i] = e.ContributeItem(w, d, idx, digest)
		e.RecordContribution(d, idx, w.Address, items[i].ResultHash)
	}
	return items
}

// tkRange is [from, to).
func tkRange(from, to uint64) []uint64 {
	var r []uint64
	for i := from; i < to; i++ {
		r = append(r, i)
	}
	return r
}

// tkDeployCallback deploys a TestCallback contract.
func tkDeployCallback(t *testing.T, e *pocotest.Env) common.Address {
	t.Helper()
	var addr common.Address
	e.Send(t, func() (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(e.TransactOpts(e.Owner), common.FromHex(bindings.TestCallbackMetaData.Bin), e.Client, nil)
		addr = a
		return tx, err
	}, e.ABIs...)
	return addr
}

// ───────────────────────────── balances ─────────────────────────────

// tkBook remembers the free and locked balances of every actor of an env (and the kitty),
// so a test can state the exact change it expects of each one; everyone it does not name
// must be unchanged.
type tkBook struct {
	e      *pocotest.Env
	addrs  []common.Address
	names  map[common.Address]string
	free   map[common.Address]*big.Int
	locked map[common.Address]*big.Int
}

// tkDelta is an expected change of one address's free and locked balances.
type tkDelta struct {
	addr         common.Address
	free, locked int64
}

// tkNames names the env's actors for messages.
func tkNames(e *pocotest.Env) map[common.Address]string {
	n := map[common.Address]string{
		e.Owner.Address: "owner", e.AppOwner.Address: "appOwner", e.DatasetOwner.Address: "datasetOwner",
		e.PoolOwner.Address: "poolOwner(scheduler)", e.Requester.Address: "requester", pocotest.KittyAddress: "kitty",
	}
	for i, w := range e.Workers {
		n[w.Address] = fmt.Sprintf("W%d", i)
	}
	return n
}

func tkNewBook(e *pocotest.Env) *tkBook {
	b := &tkBook{e: e, names: tkNames(e)}
	for a := range b.names {
		b.addrs = append(b.addrs, a)
	}
	sort.Slice(b.addrs, func(i, j int) bool { return b.names[b.addrs[i]] < b.names[b.addrs[j]] })
	b.snap()
	return b
}

func (b *tkBook) snap() {
	b.free, b.locked = map[common.Address]*big.Int{}, map[common.Address]*big.Int{}
	for _, a := range b.addrs {
		b.free[a], b.locked[a] = b.e.Account(a)
	}
}

// check compares every balance with the last snapshot plus want, then takes a new snapshot.
func (b *tkBook) check(t *testing.T, what string, want ...tkDelta) {
	t.Helper()
	exp := map[common.Address]tkDelta{}
	for _, d := range want {
		if _, ok := b.names[d.addr]; !ok {
			t.Fatalf("%s: tkBook does not follow %s", what, d.addr.Hex())
		}
		cur := exp[d.addr]
		cur.free += d.free
		cur.locked += d.locked
		exp[d.addr] = cur
	}
	var bad []string
	for _, a := range b.addrs {
		f, l := b.e.Account(a)
		df := new(big.Int).Sub(f, b.free[a])
		dl := new(big.Int).Sub(l, b.locked[a])
		w := exp[a]
		if df.Cmp(tkB(w.free)) != 0 {
			bad = append(bad, fmt.Sprintf("%s free changed by %s, want %d", b.names[a], df, w.free))
		}
		if dl.Cmp(tkB(w.locked)) != 0 {
			bad = append(bad, fmt.Sprintf("%s locked changed by %s, want %d", b.names[a], dl, w.locked))
		}
	}
	if len(bad) > 0 {
		t.Errorf("%s: balances:\n  %s", what, strings.Join(bad, "\n  "))
	}
	b.snap()
}

// ───────────────────────────── reverts ─────────────────────────────

// tkArg renders a value for comparison: integers in decimal, addresses and hashes in hex.
func tkArg(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case int:
		return fmt.Sprint(x)
	case int64:
		return fmt.Sprint(x)
	case uint64:
		return fmt.Sprint(x)
	case uint8:
		return fmt.Sprint(x)
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case common.Hash:
		return x.Hex()
	default:
		return fmt.Sprintf("%v", x)
	}
}

// tkCheckArgs fails unless rev's arguments are want, in order.
func tkCheckArgs(t *testing.T, rev *chain.RevertError, want ...any) {
	t.Helper()
	got := make([]string, len(rev.ArgsOrdered))
	for i, a := range rev.ArgsOrdered {
		got[i] = tkArg(a)
	}
	exp := make([]string, len(want))
	for i, a := range want {
		exp[i] = tkArg(a)
	}
	if strings.Join(got, ", ") != strings.Join(exp, ", ") {
		t.Errorf("%s args: got (%s), want (%s)", rev.Name, strings.Join(got, ", "), strings.Join(exp, ", "))
	}
}

// tkRevert expects calldata to the hub from `from` to revert with error `name` and
// arguments `want` (in declaration order).
func tkRevert(t *testing.T, e *pocotest.Env, from *chaintest.Account, data []byte, name string, want ...any) {
	t.Helper()
	tkCheckArgs(t, e.Revert(from, data, name), want...)
}

// tkCallGas simulates calldata to the hub with an explicit gas limit and returns the error.
func tkCallGas(e *pocotest.Env, from common.Address, data []byte, gas uint64) error {
	to := e.D.Hub
	_, err := e.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Gas: gas, Data: data}, nil)
	return err
}

// ───────────────────────────── events ─────────────────────────────

// tkEventNamer renders hub events as "Name(arg=value, ...)" with actors, the task and the
// deal replaced by names, so sequences compare as readable strings.
type tkEventNamer struct {
	abi   *abi.ABI
	names map[string]string // lower-case hex → name
}

func tkNewEventNamer(t *testing.T, e *pocotest.Env) *tkEventNamer {
	t.Helper()
	a, err := bindings.PocoMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	n := &tkEventNamer{abi: a, names: map[string]string{}}
	for addr, name := range tkNames(e) {
		n.names[strings.ToLower(addr.Hex())] = name
	}
	return n
}

func (n *tkEventNamer) name(hex string, as string) {
	n.names[strings.ToLower(hex)] = as
}

func (n *tkEventNamer) value(v any) string {
	var s string
	switch x := v.(type) {
	case common.Address:
		s = x.Hex()
	case [32]byte:
		s = common.Hash(x).Hex()
	case common.Hash:
		s = x.Hex()
	case []byte:
		return fmt.Sprintf("%q", x)
	default:
		return tkArg(v)
	}
	if name, ok := n.names[strings.ToLower(s)]; ok {
		return name
	}
	return s
}

// events decodes the hub's events in the receipts, in order.
func (n *tkEventNamer) events(t *testing.T, hub common.Address, receipts ...*types.Receipt) []string {
	t.Helper()
	var out []string
	for _, r := range receipts {
		for _, l := range r.Logs {
			if l.Address != hub || len(l.Topics) == 0 {
				continue
			}
			ev, err := n.abi.EventByID(l.Topics[0])
			if err != nil {
				out = append(out, "unknown event "+l.Topics[0].Hex())
				continue
			}
			vals := map[string]any{}
			var indexed abi.Arguments
			for _, in := range ev.Inputs {
				if in.Indexed {
					indexed = append(indexed, in)
				}
			}
			if err := abi.ParseTopicsIntoMap(vals, indexed, l.Topics[1:]); err != nil {
				t.Fatalf("%s topics: %v", ev.Name, err)
			}
			if err := ev.Inputs.UnpackIntoMap(vals, l.Data); err != nil {
				t.Fatalf("%s data: %v", ev.Name, err)
			}
			args := make([]string, len(ev.Inputs))
			for i, in := range ev.Inputs {
				args[i] = in.Name + "=" + n.value(vals[in.Name])
			}
			out = append(out, ev.Name+"("+strings.Join(args, ", ")+")")
		}
	}
	return out
}

// tkSameEvents fails with both lists, the first difference marked, unless got == want.
func tkSameEvents(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") == strings.Join(want, "\n") {
		return
	}
	var b strings.Builder
	for i := 0; i < max(len(got), len(want)); i++ {
		g, w := "<none>", "<none>"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		mark := "  "
		if g != w {
			mark = "≠ "
		}
		fmt.Fprintf(&b, "%s%2d got  %s\n     want %s\n", mark, i, g, w)
	}
	t.Errorf("%s: event sequence differs:\n%s", what, b.String())
}

// find returns the hub's events named `name` in the receipts, rendered.
func (n *tkEventNamer) find(t *testing.T, hub common.Address, name string, receipts ...*types.Receipt) []string {
	t.Helper()
	var out []string
	for _, ev := range n.events(t, hub, receipts...) {
		if strings.HasPrefix(ev, name+"(") {
			out = append(out, ev)
		}
	}
	return out
}

// tkDigestOf is the digest a callback deal needs: keccak256 of the callback data.
func tkDigestOf(data []byte) [32]byte { return crypto.Keccak256Hash(data) }
