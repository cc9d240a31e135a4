package protocoltest

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

const (
	invDefaultSeed   = 37 // among the first 40 seeds, one that reaches most outcomes
	invSteps         = 300
	invShortSteps    = 100
	invRef           = 20                 // seconds: the test category's reference time, so deadlines pass
	invWorkers       = 6                  // workers of the random phase
	invWide          = 20                 // more workers, for batches wider than the task module's tally (16)
	invSponsorFunds  = 300 * pocotest.RLC // small, so sponsored matches sometimes lack funds
	invAhead         = 30 * 24 * 3600     // the chain clock runs this far ahead of the wall clock
	invVestingPeriod = 24 * 3600          // VESTING_PERIOD
	invGasLimit      = 25_000_000         // of every transaction the random phase sends
	invMaxWeight     = 13                 // MAX_WEIGHT
)

// Task and contribution states, as the contract numbers them.
const (
	invUnset, invActive, invRevealing, invCompleted, invFailed = 0, 1, 2, 3, 4
	invCUnset, invContributed, invProved, invRejected          = 0, 1, 2, 3
)

// Order kinds, as the contract numbers them.
const (
	invKApp, invKDataset, invKPool, invKRequest = 0, 1, 2, 3
)

var invKindNames = [4]string{"app", "dataset", "pool", "request"}

// ───────────────────────────── model ─────────────────────────────

type invBal struct{ free, locked uint64 }

type invOrder struct {
	kind     int
	n        int // creation number, for logs
	hash     [32]byte
	volume   uint64
	consumed uint64
	price    uint64
	sig      []byte
	poison   bool // signed by the wrong key or restricted against the env's actors
	badSig   bool // signed by the wrong key
	app      protocol.AppOrder
	ds       protocol.DatasetOrder
	wp       protocol.WorkerpoolOrder
	req      protocol.RequestOrder
	trust    uint64 // pool and request orders
	hasData  bool   // request orders
	maxPrice [3]uint64
}

func (o *invOrder) remaining() uint64 {
	if o.consumed >= o.volume {
		return 0
	}
	return o.volume - o.consumed
}

func (o *invOrder) String() string { return fmt.Sprintf("%s#%d", invKindNames[o.kind], o.n) }

type invDeal struct {
	d                            bindings.Deal
	n                            int
	trust                        uint64
	appPrice, dsPrice, wpPrice   uint64
	stake, poolStake, schedRatio uint64
	start, ref                   uint64
	sponsor, appOwner, dsOwner   common.Address
	first, size                  uint64
	tasks                        []*invTask
}

func (d *invDeal) price() uint64           { return d.appPrice + d.dsPrice + d.wpPrice }
func (d *invDeal) contribDeadline() uint64 { return d.start + protocol.ContributionDeadlineRatio*d.ref }
func (d *invDeal) finalDeadline() uint64   { return d.start + protocol.FinalDeadlineRatio*d.ref }
func (d *invDeal) revealWindow() uint64    { return protocol.RevealDeadlineRatio * d.ref }
func (d *invDeal) String() string          { return fmt.Sprintf("deal#%d", d.n) }
func (tk *invTask) String() string         { return fmt.Sprintf("%s/task %d", tk.deal, tk.idx) }
func (tk *invTask) final() bool            { return tk.status == invCompleted || tk.status == invFailed }
func (tk *invTask) digestFor(label string) [32]byte {
	return pocotest.Digest(fmt.Sprintf("%s %x", label, tk.id))
}

type invGroup struct {
	weight  *big.Int
	members uint64
}

type invContrib struct {
	worker *chaintest.Account
	digest [32]byte
	hash   [32]byte
	weight uint64
	status uint8
	lazy   bool // never chosen for a valid reveal: a silent contributor
}

type invTask struct {
	deal           *invDeal
	idx            uint64
	id             [32]byte
	honest         [32]byte
	status         uint8
	contribs       []*invContrib
	groups         map[[32]byte]*invGroup
	total          *big.Int
	winners        uint64
	reveals        uint64
	revealDeadline uint64
	opened         bool            // a permitted first reveal opened the reveals (REVEALING, then maybe ended)
	consensus      [32]byte        // the group the reveals opened on
	tally          *protocol.Tally // independent mirror of the consensus rule
	fastPath       bool
	lazy           bool // never picked for a valid reveal: it mostly stays ACTIVE until claimed
}

// invVest is a worker's vesting buckets, as the contract stores them (release times of
// emptied buckets included).
type invVest struct{ older, olderRel, newer, newerRel uint64 }

// invTxEvents counts what the model expects of the vesting, reveal and rejection events of
// one transaction.
type invTxEvents struct {
	vest, release, forfeit uint64 // summed amounts of Vest, Release, VestingForfeited
	opened, rejected       int    // TaskConsensus and ContributionRejected events
}

// listed is tk's contributions in the order finalize and claim meet them: the contributor
// list's, ascending worker address. The order decides which contributors a settlement
// tallies (TallyCapacity) and the order of their events.
func (tk *invTask) listed() []*invContrib {
	out := slices.Clone(tk.contribs)
	slices.SortFunc(out, func(a, b *invContrib) int { return bytes.Compare(a.worker.Address[:], b.worker.Address[:]) })
	return out
}

func (tk *invTask) contrib(w common.Address) *invContrib {
	for _, c := range tk.contribs {
		if c.worker.Address == w {
			return c
		}
	}
	return nil
}

// invVariant makes an operation wrong on purpose.
type invVariant struct {
	unknownDeal  bool // a deal that differs from the matched one
	badIdx       bool // an index outside the deal's bag
	badAuth      bool // the scheduler's authorization of another worker
	notScheduler bool // sent by someone else than the pool owner
	wrongDigest  bool // a digest that is not the consensus one
	wrongList    bool // a contributor list that is not the task's
	permit       int  // the reveal permit: invPermitOK or a wrong one
}

// Reveal permits a reveal may carry.
const (
	invPermitOK          = iota // the scheduler's permit for the task
	invPermitNone               // an empty permit
	invPermitWrongSigner        // signed by someone else than the pool owner
	invPermitOtherTask          // the scheduler's permit for another task
)

var invPermitNames = [...]string{"", "no permit", "permit by the wrong signer", "permit for another task"}

func (v invVariant) String() string {
	var s []string
	for _, f := range []struct {
		on   bool
		name string
	}{{v.unknownDeal, "unknown deal"}, {v.badIdx, "bad idx"}, {v.badAuth, "bad authorization"},
		{v.notScheduler, "not scheduler"}, {v.wrongDigest, "wrong digest"}, {v.wrongList, "wrong contributors"},
		{v.permit != invPermitOK, invPermitNames[v.permit]}} {
		if f.on {
			s = append(s, f.name)
		}
	}
	if len(s) == 0 {
		return ""
	}
	return " [" + strings.Join(s, ", ") + "]"
}

// invTB adds the seed and the current step to every failure of the env's helpers.
type invTB struct {
	*testing.T
	ctx func() string
}

func (w invTB) Fatalf(format string, args ...any) {
	w.T.Helper()
	w.T.Fatalf("%s\n%s", w.ctx(), fmt.Sprintf(format, args...))
}

func (w invTB) Fatal(args ...any) {
	w.T.Helper()
	w.T.Fatalf("%s\n%s", w.ctx(), fmt.Sprint(args...))
}

type invSim struct {
	t     *testing.T
	e     *pocotest.Env
	rng   *rand.Rand
	seed  uint64
	step  int
	steps int
	desc  string
	hist  []string

	cat                    *big.Int
	stakeRatio, schedRatio uint64
	now                    uint64
	t0                     uint64 // the chain's time when the run starts (times in logs are relative to it)

	workers []*chaintest.Account // the random phase's workers
	wide    []*chaintest.Account // the wide phase's workers
	actors  []*chaintest.Account // the accounts the random phase uses
	checked []*chaintest.Account // the accounts checked after every step

	names     map[common.Address]string
	bal       map[common.Address]*invBal
	wallet    map[common.Address]uint64
	allowance map[common.Address]uint64
	score     map[common.Address]uint64
	vest      map[common.Address]*invVest
	txEv      invTxEvents // expected events of the transaction being applied
	kitty     uint64
	hubTokens uint64

	orders    [4][]*invOrder
	allOrders []*invOrder
	deals     []*invDeal
	tasks     []*invTask
	taskByID  map[[32]byte]*invTask

	ended     map[[32]byte]int // TaskFinalize and TaskClaimed events seen per task
	lastEnded [][32]byte       // those of the last transaction
	touched   []*invTask
	pending   []*invCall
	stats     map[string]int
}

func (s *invSim) ctx() string {
	return fmt.Sprintf("seed %d (replay with POCO_INVARIANT_SEED=%d), step %d/%d: %s",
		s.seed, s.seed, s.step, s.steps, s.desc)
}

func (s *invSim) fatalf(format string, args ...any) {
	s.t.Helper()
	s.t.Fatalf("%s\n%s", s.ctx(), fmt.Sprintf(format, args...))
}

func (s *invSim) chance(p float64) bool { return s.rng.Float64() < p }
func (s *invSim) name(a common.Address) string {
	if n, ok := s.names[a]; ok {
		return n
	}
	return a.Hex()[:10]
}

func (s *invSim) count(k string) { s.stats[k]++ }

// rel shows a deadline relative to the chain's clock.
func (s *invSim) rel(ts uint64) string {
	if ts == 0 {
		return "none"
	}
	return fmt.Sprintf("%+d s", int64(ts)-int64(s.now))
}

func (s *invSim) log(format string, args ...any) {
	s.desc = fmt.Sprintf(format, args...)
	s.hist = append(s.hist, fmt.Sprintf("step %d, t0+%d: %s", s.step, s.now-s.t0, s.desc))
}

// ───────────────────────────── balances ─────────────────────────────

func (s *invSim) b(a common.Address) *invBal {
	x := s.bal[a]
	if x == nil {
		x = &invBal{}
		s.bal[a] = x
	}
	return x
}

func (s *invSim) mLock(a common.Address, amt uint64) {
	b := s.b(a)
	if b.free < amt {
		s.fatalf("model: lock %d from %s whose free balance is %d", amt, s.name(a), b.free)
	}
	b.free -= amt
	b.locked += amt
}

func (s *invSim) mUnlock(a common.Address, amt uint64) {
	b := s.b(a)
	if b.locked < amt {
		s.fatalf("model: unlock %d from %s whose locked balance is %d", amt, s.name(a), b.locked)
	}
	b.locked -= amt
	b.free += amt
}

func (s *invSim) mSeize(a common.Address, amt uint64) {
	b := s.b(a)
	if b.locked < amt {
		s.fatalf("model: seize %d from %s whose locked balance is %d", amt, s.name(a), b.locked)
	}
	b.locked -= amt
}

func (s *invSim) mReward(a common.Address, amt uint64) { s.b(a).free += amt }

// vesting returns a's vesting buckets in the model.
func (s *invSim) vesting(a common.Address) *invVest {
	v := s.vest[a]
	if v == nil {
		v = &invVest{}
		s.vest[a] = v
	}
	return v
}

// mMatured releases a's buckets whose release time is at or before t (PocoStore._matured).
func (s *invSim) mMatured(a common.Address, t uint64, why string) {
	v := s.vesting(a)
	var released uint64
	if v.older != 0 && v.olderRel <= t {
		released, v.older = v.older, 0
	}
	if v.newer != 0 && v.newerRel <= t {
		released, v.newer = released+v.newer, 0
	}
	if released == 0 {
		return
	}
	b := s.b(a)
	if b.locked < released {
		s.fatalf("model: release %d from %s whose locked balance is %d", released, s.name(a), b.locked)
	}
	b.locked -= released
	b.free += released
	s.txEv.release += released
	s.count("~ vesting released " + why)
}

// mVest adds a worker's reward to its locked balance, vesting until t + VESTING_PERIOD in
// the `newer` bucket, after releasing what has matured; when `older` is empty, `newer`
// moves there first (PocoStore._vest).
func (s *invSim) mVest(a common.Address, amt, t uint64) {
	if amt == 0 {
		return
	}
	s.mMatured(a, t, "at a reward")
	v := s.vesting(a)
	if v.older == 0 && v.newer != 0 {
		v.older, v.olderRel, v.newer = v.newer, v.newerRel, 0
		s.count("~ vesting: newer bucket moved to older")
	}
	if v.newer+amt < v.newer {
		s.fatalf("model: %s's vesting bucket overflows", s.name(a)) // uint64: far below the contract's 2^88 − 1
	}
	v.newer += amt
	v.newerRel = t + invVestingPeriod
	s.b(a).locked += amt
	s.txEv.vest += amt
	s.count("~ reward vests")
}

// mForfeit takes a worker's rewards still vesting, after releasing the matured ones, and
// returns the amount (PocoStore._forfeit).
func (s *invSim) mForfeit(a common.Address, t uint64) uint64 {
	s.mMatured(a, t, "at a forfeit")
	v := s.vesting(a)
	amt := v.older + v.newer
	*v = invVest{}
	if amt != 0 {
		s.mSeize(a, amt)
		s.txEv.forfeit += amt
		s.count("~ vesting forfeited")
	}
	return amt
}

// invSettlement mirrors the task module's Settlement for one call: the amounts of the first
// 16 distinct contributors it meets are applied at the end of the call, in that order; the
// others' at once. Workers' rewards vest on replicated deals.
type invSettlement struct {
	s     *invSim
	t     uint64 // the call's block time
	vest  bool
	order []common.Address
	tally map[common.Address]*invTally
	dust  uint64 // claim: rounding dust of the shared stakes, for the kitty
}

type invTally struct{ unlock, reward, seize uint64 }

const invTallyCapacity = 16

func (s *invSim) settlement(dl *invDeal, t uint64) *invSettlement {
	return &invSettlement{s: s, t: t, vest: dl.trust > 1, tally: map[common.Address]*invTally{}}
}

func (st *invSettlement) worker(a common.Address, unlock, reward, seize uint64) {
	x := st.tally[a]
	if x == nil && len(st.order) < invTallyCapacity {
		x = &invTally{}
		st.tally[a] = x
		st.order = append(st.order, a)
	}
	if x == nil {
		st.s.mSeize(a, seize)
		st.s.mUnlock(a, unlock)
		st.pay(a, reward)
		st.s.count("~ settlement: tally full, a contributor paid at once")
		return
	}
	x.unlock += unlock
	x.reward += reward
	x.seize += seize
}

func (st *invSettlement) pay(a common.Address, amt uint64) {
	if st.vest {
		st.s.mVest(a, amt, st.t)
	} else {
		st.s.mReward(a, amt)
	}
}

// finish applies the tallied amounts (and the claim's dust), as _settle does.
func (st *invSettlement) finish() {
	for _, a := range st.order {
		x := st.tally[a]
		st.s.mSeize(a, x.seize)
		st.s.mUnlock(a, x.unlock)
		st.pay(a, x.reward)
	}
	st.s.kitty += st.dust
}

// mDrainKitty is the kitty bonus of one finalization: 10% of the kitty, at least 1 RLC,
// at most the kitty.
func (s *invSim) mDrainKitty() uint64 {
	if s.kitty == 0 {
		return 0
	}
	bonus := min(s.kitty, max(s.kitty*10/100, pocotest.RLC))
	s.kitty -= bonus
	s.count("~ kitty bonus paid")
	return bonus
}

// ───────────────────────────── chain plumbing ─────────────────────────────

func (s *invSim) syncTime(want uint64) {
	s.t.Helper()
	s.now = s.e.Now()
	if s.now != want {
		s.fatalf("chain clock at %d, want %d (is the chain still ahead of the wall clock?)", s.now, want)
	}
}

func (s *invSim) advance(secs uint64) {
	s.t.Helper()
	if secs == 0 {
		return
	}
	before := s.now
	s.e.AdjustTime(time.Duration(secs) * time.Second)
	s.syncTime(before + secs)
}

func (s *invSim) advanceTo(ts uint64) {
	if ts > s.now {
		s.advance(ts - s.now)
	}
}

// scan counts the TaskFinalize and TaskClaimed events of a receipt.
func (s *invSim) scan(r *types.Receipt) {
	s.lastEnded = s.lastEnded[:0]
	for _, l := range r.Logs {
		if l.Address != s.e.D.Hub {
			continue
		}
		if ev, err := s.e.Poco.UnpackTaskFinalizeEvent(l); err == nil {
			s.ended[ev.Taskid]++
			s.lastEnded = append(s.lastEnded, ev.Taskid)
		} else if ev, err := s.e.Poco.UnpackTaskClaimedEvent(l); err == nil {
			s.ended[ev.Taskid]++
			s.lastEnded = append(s.lastEnded, ev.Taskid)
		}
	}
	for _, id := range s.lastEnded {
		if s.ended[id] > 1 {
			s.fatalf("task %x ended %d times (TaskFinalize/TaskClaimed events)", id, s.ended[id])
		}
	}
}

// expectEnded checks that the last transaction ended exactly these tasks.
func (s *invSim) expectEnded(tasks ...*invTask) {
	s.t.Helper()
	if len(s.lastEnded) != len(tasks) {
		s.fatalf("transaction ended %d tasks, want %d", len(s.lastEnded), len(tasks))
	}
	for i, tk := range tasks {
		if s.lastEnded[i] != tk.id {
			s.fatalf("transaction ended task %x, want %s (%x)", s.lastEnded[i], tk, tk.id)
		}
	}
}

// exec runs one call to `to` whose expected outcome when executed at block time t is
// expect(t): "" for success, else the name of the custom error it must revert with. When
// the call must fail at the head's time, the revert is checked with eth_call (which runs at
// the head's timestamp); when it must succeed both at the head's time (gas estimation) and
// at the next block's (execution), the transaction is sent and apply updates the model
// with the execution time; when the outcome differs between the two (a deadline edge), the
// clock moves one second and the call is decided again.
func (s *invSim) exec(op string, from *chaintest.Account, to common.Address, data []byte,
	expect func(t uint64) string, apply func(r *types.Receipt, t uint64)) bool {
	s.t.Helper()
	for {
		now := s.now
		if want := expect(now); want != "" {
			s.e.RevertTo(from.Address, to, data, want)
			s.count(op + " refused: " + want)
			return false
		}
		if expect(now+1) != "" {
			s.advance(1)
			continue
		}
		r := s.send(from, to, data)
		s.syncTime(now + 1)
		s.scan(r)
		s.txEv = invTxEvents{}
		if apply != nil {
			apply(r, now+1)
		}
		s.checkTxEvents(r)
		s.count(op + " ok")
		return true
	}
}

// checkTxEvents compares the vesting, reveal-opening and rejection events of a receipt
// with what the model expected of the transaction.
func (s *invSim) checkTxEvents(r *types.Receipt) {
	s.t.Helper()
	var got invTxEvents
	for _, l := range r.Logs {
		if l.Address != s.e.D.Hub {
			continue
		}
		p := s.e.Poco
		if ev, err := p.UnpackVestEvent(l); err == nil {
			got.vest += ev.Amount.Uint64()
			if ev.ReleaseTime.Uint64() != s.now+invVestingPeriod {
				s.fatalf("Vest %+v: release time, want the block time %d + 1 day", ev, s.now)
			}
		} else if ev, err := p.UnpackReleaseEvent(l); err == nil {
			got.release += ev.Amount.Uint64()
		} else if ev, err := p.UnpackVestingForfeitedEvent(l); err == nil {
			got.forfeit += ev.Amount.Uint64()
		} else if _, err := p.UnpackTaskConsensusEvent(l); err == nil {
			got.opened++
		} else if _, err := p.UnpackContributionRejectedEvent(l); err == nil {
			got.rejected++
		}
	}
	if got != s.txEv {
		s.fatalf("events of the transaction: got %+v, model %+v", got, s.txEv)
	}
}

// send mines a transaction with a fixed gas limit: an estimate, made at the head's time,
// would miss what changes at the next block's time (a vesting bucket that matures then
// costs a release) and could leave the transaction short of gas.
func (s *invSim) send(from *chaintest.Account, to common.Address, data []byte) *types.Receipt {
	s.t.Helper()
	opts := s.e.TransactOpts(from)
	opts.GasLimit = invGasLimit
	bc := bind.NewBoundContract(to, abi.ABI{}, s.e.Client, s.e.Client, s.e.Client)
	return s.e.Send(s.e.T, func() (*types.Transaction, error) { return bc.RawTransact(opts, data) }, s.e.ABIs...)
}

func (s *invSim) hub(op string, from *chaintest.Account, data []byte, expect func(t uint64) string,
	apply func(r *types.Receipt, t uint64)) bool {
	s.t.Helper()
	return s.exec(op, from, s.e.D.Hub, data, expect, apply)
}

func invNever(uint64) string { return "" }

// ───────────────────────────── test ─────────────────────────────

// TestInvariantsUnderRandomOperations drives the deployed protocol with a long random
// sequence of operations (deposits, withdrawals, order cancels, matches, the four task
// steps, claim, releaseVested, pool policy changes, clock jumps of seconds and of days),
// valid ones and ones the contract must refuse, and keeps a Go model of what the chain
// should hold. The model follows the rules exactly: contributions until the reveals open;
// the first reveal needs the scheduler's permit (some carry none, or a wrong one) and a
// group that satisfies the consensus rule at that moment (some are tried too early, or
// after a dissenting vote took the rule away); finalize and claim penalties (a wrong result
// loses its stake, vesting rewards and score; an unrevealed consensus vote a third of its
// score; a claim judges by the consensus group or the strictly heaviest one, ties judge
// nobody, the rounding dust goes to the kitty); confirmed wins only score; vote weights
// capped at 13; rewards of replicated deals vesting in two buckets, released at the next
// reward, at a forfeit or by releaseVested; the task module's 16-worker tally.
//
// After every step it checks the model against the chain: every account's free and locked
// balance, the kitty, the hub's token balance (conservation: the free and locked balances,
// vesting rewards included, add up to the hub's tokens), every worker's vesting buckets and
// score, every order's consumed volume, every task's stored state (and the contributions and
// result groups of the tasks it touched), the vesting, reveal-opening and rejection events
// of each transaction, and that no task ever ended (TaskFinalize or TaskClaimed) twice. Then
// a finalizeBatch and a claimBatch with more distinct contributors than the task module
// tallies per call (16), and a drain: past the last final deadline everything left is
// claimed, no task can end twice, only vesting rewards stay locked (besides the kitty), and
// two days later, once everyone's rewards are released, nothing does.
//
// The sequence is fixed by a seed (math/rand/v2 PCG). POCO_INVARIANT_SEED=<n> replays or
// explores another seed (POCO_INVARIANT_SEED=random picks one and prints it);
// POCO_INVARIANT_STEPS=<n> changes the length; POCO_INVARIANT_TRACE=<file> writes every
// operation to the file. A failure names the seed and the step.
func TestInvariantsUnderRandomOperations(t *testing.T) {
	seed := uint64(invDefaultSeed)
	if v := os.Getenv("POCO_INVARIANT_SEED"); v != "" {
		if v == "random" {
			seed = uint64(time.Now().UnixNano())
		} else {
			n, err := strconv.ParseUint(v, 0, 64)
			if err != nil {
				t.Fatalf("POCO_INVARIANT_SEED=%q: %v", v, err)
			}
			seed = n
		}
	}
	steps := invSteps
	if testing.Short() {
		steps = invShortSteps
	}
	if v := os.Getenv("POCO_INVARIANT_STEPS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			t.Fatalf("POCO_INVARIANT_STEPS=%q: want a count", v)
		}
		steps = n
	}

	s := &invSim{
		t: t, seed: seed, steps: steps,
		rng:       rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		names:     map[common.Address]string{},
		bal:       map[common.Address]*invBal{},
		wallet:    map[common.Address]uint64{},
		allowance: map[common.Address]uint64{},
		score:     map[common.Address]uint64{},
		vest:      map[common.Address]*invVest{},
		taskByID:  map[[32]byte]*invTask{},
		ended:     map[[32]byte]int{},
		stats:     map[string]int{},
		desc:      "setup",
	}
	t.Cleanup(func() {
		if path := os.Getenv("POCO_INVARIANT_TRACE"); path != "" {
			if err := os.WriteFile(path, []byte(strings.Join(s.hist, "\n")+"\n"), 0o644); err != nil {
				t.Errorf("POCO_INVARIANT_TRACE: %v", err)
			}
		}
		if t.Failed() {
			from := max(0, len(s.hist)-25)
			t.Logf("seed %d; last operations:\n  %s", s.seed, strings.Join(s.hist[from:], "\n  "))
		}
	})
	start := time.Now()
	s.setup(invTB{T: t, ctx: s.ctx})
	s.check()
	for s.step = 1; s.step <= steps; s.step++ {
		s.randomStep()
		s.check()
		if s.step%25 == 0 {
			s.e.CheckConservation() // pocotest's own sum, besides check's batched one
		}
	}
	s.e.CheckConservation()
	random := time.Since(start)
	s.step = steps + 1
	s.widePhase()
	s.e.CheckConservation()
	wide := time.Since(start) - random
	s.drain()
	t.Logf("random phase %v, wide phase %v, drain %v", random.Round(time.Millisecond), wide.Round(time.Millisecond),
		(time.Since(start) - random - wide).Round(time.Millisecond))

	keys := make([]string, 0, len(s.stats))
	for k := range s.stats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "\n  %-55s %d", k, s.stats[k])
	}
	// The run is a pure function of the seed: the digest of its operations and final
	// balances is the same on every run (compare two runs' logs).
	h := crypto.NewKeccakState()
	for _, line := range s.hist {
		h.Write([]byte(line))
	}
	for _, a := range s.e.Accounts {
		fmt.Fprintf(h, "%x %d %d", a.Address, s.b(a.Address).free, s.b(a.Address).locked)
	}
	t.Logf("seed %d: %d steps, %d deals, %d tasks, %d orders in %v; run digest %x; outcomes:%s",
		seed, steps, len(s.deals), len(s.tasks), len(s.allOrders), time.Since(start).Round(time.Millisecond),
		h.Sum(nil)[:8], b.String())
}

func (s *invSim) setup(tb chaintest.TB) {
	e := pocotest.New(tb, pocotest.Options{Workers: invWorkers + invWide})
	s.e = e
	e.Deposit(e.Owner, big.NewInt(invSponsorFunds))
	s.cat = e.CreateCategory("INV", invRef)
	pol, err := bind.Call(e.Pools, nil, e.PoolsABI.PackPolicyOf(e.Pool), e.PoolsABI.UnpackPolicyOf)
	if err != nil {
		s.fatalf("policyOf: %v", err)
	}
	s.stakeRatio, s.schedRatio = pol.WorkerStakeRatio.Uint64(), pol.SchedulerRewardRatio.Uint64()
	// Blocks are stamped max(wall clock, parent + 1): put the chain far ahead of the wall
	// clock, so every block is parent + 1 (or a chosen jump) and the run is deterministic.
	e.AdjustTime(invAhead * time.Second)
	s.now = e.Now()
	s.t0 = s.now

	for _, n := range []struct {
		a    *chaintest.Account
		name string
	}{{e.Owner, "owner/sponsor"}, {e.AppOwner, "app owner"}, {e.DatasetOwner, "dataset owner"},
		{e.PoolOwner, "pool owner"}, {e.Requester, "requester"}} {
		s.names[n.a.Address] = n.name
	}
	for i, w := range e.Workers {
		s.names[w.Address] = fmt.Sprintf("worker%d", i)
	}
	s.names[pocotest.KittyAddress] = "kitty"
	// The random phase uses the first workers; the others join for the wide batches.
	s.workers, s.wide = e.Workers[:invWorkers], e.Workers[invWorkers:]
	s.actors = e.Accounts[:len(e.Accounts)-len(s.wide)]
	s.checked = s.actors
	s.names[e.Pool] = "pool"
	s.names[e.App] = "app"
	s.names[e.Dataset] = "dataset"
	for _, a := range e.Accounts {
		f, l := e.Account(a.Address)
		s.bal[a.Address] = &invBal{free: f.Uint64(), locked: l.Uint64()}
		s.wallet[a.Address] = e.TokenBalance(a.Address).Uint64()
		s.score[a.Address] = e.Score(a.Address)
	}
	s.hubTokens = e.TokenBalance(e.D.Hub).Uint64()
}

// ───────────────────────────── checks ─────────────────────────────

// check compares the whole model with the chain.
func (s *invSim) check() {
	s.t.Helper()
	e := s.e
	// One batch of view calls: the hub's tokens, every account and the kitty, scores, the
	// kitty view, every order's consumed volume, every task's stored state.
	hubTokens := s.view(e.D.Token, e.TokenABI.PackBalanceOf(e.D.Hub))
	accounts := make([]*invCall, len(e.Accounts)+1)
	for i, a := range e.Accounts {
		accounts[i] = s.view(e.D.Hub, e.Poco.PackAccount(a.Address))
	}
	accounts[len(e.Accounts)] = s.view(e.D.Hub, e.Poco.PackAccount(pocotest.KittyAddress))
	scores := make([]*invCall, len(s.checked))
	vestings := make([]*invCall, len(s.checked))
	for i, a := range s.checked {
		scores[i] = s.view(e.D.Hub, e.Poco.PackScore(a.Address))
		vestings[i] = s.view(e.D.Hub, e.Poco.PackVesting(a.Address))
	}
	kitty := s.view(e.D.Hub, e.Poco.PackKitty())
	consumed := make([]*invCall, len(s.allOrders))
	for i, o := range s.allOrders {
		consumed[i] = s.view(e.D.Hub, e.Poco.PackConsumed(o.hash))
	}
	var tasks []*invTask
	var taskCalls []*invCall
	for _, tk := range s.tasks {
		tasks = append(tasks, tk)
		taskCalls = append(taskCalls, s.view(e.D.Hub, e.Poco.PackTask(tk.deal.d.Id, new(big.Int).SetUint64(tk.idx))))
	}
	s.runViews()

	// (1) conservation: the accounts (the kitty included) hold what the hub holds, and
	// the hub holds what the model says.
	held := invUnpack(s, hubTokens, e.TokenABI.UnpackBalanceOf)
	sum := new(big.Int)
	chainBal := map[common.Address][2]*big.Int{}
	for i, c := range accounts {
		out := invUnpack(s, c, e.Poco.UnpackAccount)
		sum.Add(sum, out.Free).Add(sum, out.Locked)
		addr := pocotest.KittyAddress
		if i < len(e.Accounts) {
			addr = e.Accounts[i].Address
		}
		chainBal[addr] = [2]*big.Int{out.Free, out.Locked}
	}
	if held.Cmp(sum) != 0 {
		s.fatalf("conservation broken: hub holds %s tokens, accounts sum to %s", held, sum)
	}
	if held.Uint64() != s.hubTokens {
		s.fatalf("hub holds %s tokens, model %d", held, s.hubTokens)
	}
	// (4) every account's free and locked balance, and scores.
	for i, a := range s.checked {
		got, m := chainBal[a.Address], s.b(a.Address)
		if got[0].Uint64() != m.free || got[1].Uint64() != m.locked {
			s.fatalf("%s: chain free %s locked %s, model free %d locked %d",
				s.name(a.Address), got[0], got[1], m.free, m.locked)
		}
		if got := invUnpack(s, scores[i], e.Poco.UnpackScore).Uint64(); got != s.score[a.Address] {
			s.fatalf("%s: chain score %d, model %d", s.name(a.Address), got, s.score[a.Address])
		}
		v := invUnpack(s, vestings[i], e.Poco.UnpackVesting)
		vest := invVest{v.Older.Uint64(), v.OlderRelease.Uint64(), v.Newer.Uint64(), v.NewerRelease.Uint64()}
		if mv := *s.vesting(a.Address); vest != mv {
			s.fatalf("%s: chain vesting %+v, model %+v", s.name(a.Address), vest, mv)
		}
		if vest.older+vest.newer > m.locked {
			s.fatalf("%s: vesting %+v exceeds the locked balance %d", s.name(a.Address), vest, m.locked)
		}
	}
	if k := chainBal[pocotest.KittyAddress]; k[0].Sign() != 0 || k[1].Uint64() != s.kitty {
		s.fatalf("kitty: chain free %s locked %s, model locked %d", k[0], k[1], s.kitty)
	}
	if k := invUnpack(s, kitty, e.Poco.UnpackKitty); k.Uint64() != s.kitty {
		s.fatalf("kitty() = %s, model %d", k, s.kitty)
	}
	var total uint64
	for _, b := range s.bal {
		total += b.free + b.locked
	}
	if total+s.kitty != s.hubTokens {
		s.fatalf("model broke conservation: accounts %d + kitty %d != hub %d", total, s.kitty, s.hubTokens)
	}
	// (3) no order filled beyond its volume, and each as the model says.
	for i, o := range s.allOrders {
		c := invUnpack(s, consumed[i], e.Poco.UnpackConsumed).Uint64()
		if c != o.consumed {
			s.fatalf("%s: consumed %d on chain, model %d (volume %d)", o, c, o.consumed, o.volume)
		}
		if c > o.volume {
			s.fatalf("%s: consumed %d beyond its volume %d", o, c, o.volume)
		}
	}
	for i, tk := range tasks {
		s.compareTask(tk, invUnpack(s, taskCalls[i], e.Poco.UnpackTask), slices.Contains(s.touched, tk))
	}
	// (2) tasks: ended exactly once when final, never twice.
	s.touched = s.touched[:0]
	for id, n := range s.ended {
		tk := s.taskByID[id]
		if tk == nil {
			s.fatalf("task %x ended but is unknown to the model", id)
		}
		if n != 1 || !tk.final() {
			s.fatalf("%s: ended %d times, model status %d", tk, n, tk.status)
		}
	}
	for _, tk := range s.tasks {
		if tk.final() && s.ended[tk.id] != 1 {
			s.fatalf("%s: final in the model but ended %d times on chain", tk, s.ended[tk.id])
		}
	}
}

// checkTask compares a task (and, when deep, its contributions and groups) with the chain.
func (s *invSim) checkTask(tk *invTask, deep bool) {
	s.t.Helper()
	s.compareTask(tk, s.e.Task(tk.deal.d, tk.idx), deep)
}

// compareTask compares a task's stored state with the model; deep adds its contributions
// and result groups.
func (s *invSim) compareTask(tk *invTask, got bindings.Task, deep bool) {
	s.t.Helper()
	e := s.e
	want := bindings.Task{Status: tk.status, RevealDeadline: new(big.Int).SetUint64(tk.revealDeadline),
		TotalWeight: new(big.Int)}
	if tk.fastPath {
		want.Contributors, want.Winners = 1, 1
	} else {
		want.Contributors, want.Winners = uint16(len(tk.contribs)), uint16(tk.winners)
		if tk.total != nil {
			want.TotalWeight.Set(tk.total)
		}
		// The task holds the tag of its first result, of its consensus once the reveals
		// opened; split once a second result came.
		if len(tk.contribs) > 0 {
			tag := tk.contribs[0].hash
			if tk.opened {
				tag = tk.consensus
			}
			want.ResultTag = protocol.ResultTag(tag)
			want.Split = len(tk.groups) > 1
		}
	}
	if got.Status != want.Status || got.Contributors != want.Contributors || got.Winners != want.Winners ||
		got.RevealDeadline.Cmp(want.RevealDeadline) != 0 || got.TotalWeight.Cmp(want.TotalWeight) != 0 ||
		got.ResultTag != want.ResultTag || got.Split != want.Split {
		s.fatalf("%s: chain task\n  %+v\nmodel\n  %+v", tk, got, want)
	}
	if !deep {
		return
	}
	for _, c := range tk.contribs {
		cc := pocotest.Call(e, e.Poco.PackContribution(tk.id, c.worker.Address), e.Poco.UnpackContribution)
		seal := protocol.ResultSeal(c.worker.Address, tk.id, c.digest)
		if cc.Status != c.status || uint64(cc.Weight) != c.weight || !slices.Equal(cc.Seal[:], seal[:16]) ||
			cc.ResultTag != protocol.ResultTag(c.hash) {
			s.fatalf("%s: contribution of %s on chain %+v, model status %d weight %d",
				tk, s.name(c.worker.Address), cc, c.status, c.weight)
		}
	}
	for h, g := range tk.groups {
		gg := pocotest.Call(e, e.Poco.PackGroup(tk.id, h), e.Poco.UnpackGroup)
		isConsensus := tk.opened && h == tk.consensus
		if gg.Weight.Cmp(g.weight) != 0 || gg.Members.Uint64() != g.members || gg.Consensus != isConsensus {
			s.fatalf("%s: group %x on chain weight %s members %s consensus %v, model %s, %d, %v",
				tk, h[:4], gg.Weight, gg.Members, gg.Consensus, g.weight, g.members, isConsensus)
		}
	}
	if rec := e.Contributors(tk.deal.d, tk.idx); len(rec) != len(tk.contribs) && !tk.fastPath {
		s.fatalf("%s: pocotest recorded %d contributors, model %d", tk, len(rec), len(tk.contribs))
	}
}

// invCall is one view call of a batch.
type invCall struct {
	to   common.Address
	data []byte
	out  hexutil.Bytes
}

// view queues a view call for the next runViews.
func (s *invSim) view(to common.Address, data []byte) *invCall {
	c := &invCall{to: to, data: data}
	s.pending = append(s.pending, c)
	return c
}

// runViews runs the queued view calls on the head block, as JSON-RPC batches when the
// client allows it (much cheaper than one round trip each).
func (s *invSim) runViews() {
	s.t.Helper()
	calls := s.pending
	s.pending = nil
	rc := s.rpcClient()
	if rc == nil {
		for _, c := range calls {
			to := c.to
			out, err := s.e.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: c.data}, nil)
			if err != nil {
				s.fatalf("view call: %v", err)
			}
			c.out = out
		}
		return
	}
	for len(calls) > 0 {
		n := min(len(calls), 200)
		elems := make([]rpc.BatchElem, n)
		for i, c := range calls[:n] {
			elems[i] = rpc.BatchElem{Method: "eth_call", Result: &c.out, Args: []any{
				map[string]any{"to": c.to, "input": hexutil.Bytes(c.data)}, "latest"}}
		}
		if err := rc.BatchCallContext(context.Background(), elems); err != nil {
			s.fatalf("view batch: %v", err)
		}
		for _, el := range elems {
			if el.Error != nil {
				s.fatalf("view call: %v", el.Error)
			}
		}
		calls = calls[n:]
	}
}

// rpcClient digs the JSON-RPC client out of the simulated backend's client (a struct
// embedding *ethclient.Client, whose field hides its Client method), or returns nil.
func (s *invSim) rpcClient() *rpc.Client {
	v := reflect.ValueOf(s.e.Client)
	if v.Kind() != reflect.Struct {
		return nil
	}
	f := v.FieldByName("Client")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
		return ec.Client()
	}
	return nil
}

func invUnpack[T any](s *invSim, c *invCall, f func([]byte) (T, error)) T {
	s.t.Helper()
	v, err := f(c.out)
	if err != nil {
		s.fatalf("invUnpack view result: %v", err)
	}
	return v
}

// ───────────────────────────── steps ─────────────────────────────

func (s *invSim) randomStep() {
	ops := []struct {
		weight int
		run    func()
	}{
		{8, s.opAdvance},
		{4, s.opDeposit},
		{4, s.opWithdraw},
		{3, s.opCancel},
		{2, s.opPolicy},
		{6, s.opMatch},
		{7, s.opContributeAndFinalize},
		{28, s.opContribute},
		{20, s.opReveal},
		{11, s.opFinalize},
		{7, s.opClaim},
		{2, s.opReleaseVested},
	}
	total := 0
	for _, o := range ops {
		total += o.weight
	}
	n := s.rng.IntN(total)
	for _, o := range ops {
		if n < o.weight {
			o.run()
			return
		}
		n -= o.weight
	}
}

func (s *invSim) opAdvance() {
	var deadlines []uint64
	for _, tk := range s.tasks {
		if tk.final() {
			continue
		}
		for _, d := range []uint64{tk.deal.contribDeadline(), tk.deal.finalDeadline(), tk.revealDeadline} {
			if d > s.now+2 && !slices.Contains(deadlines, d) {
				deadlines = append(deadlines, d)
			}
		}
	}
	slices.Sort(deadlines)
	deadlines = deadlines[:min(len(deadlines), 3)] // the next few

	var releases []uint64 // vesting release times ahead
	for _, w := range s.workers {
		v := s.vesting(w.Address)
		for _, b := range [][2]uint64{{v.older, v.olderRel}, {v.newer, v.newerRel}} {
			if b[0] != 0 && b[1] > s.now+2 {
				releases = append(releases, b[1])
			}
		}
	}
	switch r := s.rng.IntN(20); {
	case r < 8 && len(deadlines) > 0:
		// Land just before, at or after a deadline: the next transaction runs one second later.
		d := deadlines[s.rng.IntN(len(deadlines))] - 2 + s.rng.Uint64N(3)
		s.log("advance to t0+%d (%+d s)", d-s.t0, int(d)-int(s.now))
		s.advanceTo(d)
	case r < 16:
		d := 1 + s.rng.Uint64N(30)
		s.log("advance %d s", d)
		s.advance(d)
	case r < 17:
		d := 30 + s.rng.Uint64N(60)
		s.log("advance %d s", d)
		s.advance(d)
	case r < 19 && len(releases) > 0:
		// Days: land just before, at or after a worker's vesting release time.
		d := releases[s.rng.IntN(len(releases))] - 2 + s.rng.Uint64N(3)
		s.log("advance to a vesting release: t0+%d (%+d s)", d-s.t0, int(d)-int(s.now))
		s.advanceTo(d)
		s.count("advance to a vesting release")
	default:
		d := invVestingPeriod/2 + s.rng.Uint64N(2*invVestingPeriod)
		s.log("advance %d s (%.1f days)", d, float64(d)/invVestingPeriod)
		s.advance(d)
		s.count("advance by days")
	}
	s.count("advance")
}

// opReleaseVested has anyone release a worker's matured vesting rewards; for someone
// without any, or before they mature, it changes nothing.
func (s *invSim) opReleaseVested() {
	var matured, vesting []*chaintest.Account
	for _, w := range s.workers {
		v := s.vesting(w.Address)
		if v.older+v.newer == 0 {
			continue
		}
		vesting = append(vesting, w)
		if (v.older != 0 && v.olderRel <= s.now+1) || (v.newer != 0 && v.newerRel <= s.now+1) {
			matured = append(matured, w)
		}
	}
	var who *chaintest.Account
	switch r := s.rng.IntN(10); {
	case r < 5 && len(matured) > 0:
		who = matured[s.rng.IntN(len(matured))]
	case r < 8 && len(vesting) > 0:
		who = vesting[s.rng.IntN(len(vesting))]
	default:
		who = s.actors[s.rng.IntN(len(s.actors))]
	}
	caller := s.actors[s.rng.IntN(len(s.actors))]
	v := *s.vesting(who.Address)
	s.log("%s releases %s's vesting rewards (%d until %s, %d until %s)", s.name(caller.Address), s.name(who.Address),
		v.older, s.rel(v.olderRel), v.newer, s.rel(v.newerRel))
	s.hub("releaseVested", caller, s.e.Poco.PackReleaseVested(who.Address), invNever, func(_ *types.Receipt, t uint64) {
		s.mMatured(who.Address, t, "by releaseVested")
	})
}

// pickFunded returns an actor, half the time the one among the payers and workers with
// the least free balance (so the ones that run dry get funds back).
func (s *invSim) pickFunded() *chaintest.Account {
	e := s.e
	if s.chance(0.5) {
		cands := append([]*chaintest.Account{e.Owner, e.PoolOwner, e.Requester}, s.workers...)
		low := cands[0]
		for _, a := range cands {
			if s.b(a.Address).free < s.b(low.Address).free {
				low = a
			}
		}
		return low
	}
	return s.actors[s.rng.IntN(len(s.actors))]
}

func (s *invSim) approve(acc *chaintest.Account, amount uint64) {
	s.exec("approve", acc, s.e.D.Token, s.e.TokenABI.PackApprove(s.e.D.Hub, new(big.Int).SetUint64(amount)), invNever,
		func(*types.Receipt, uint64) { s.allowance[acc.Address] = amount })
}

func (s *invSim) expDeposit(from common.Address, amount uint64) string {
	switch {
	case amount == 0:
		return "PocoZeroAmount"
	case s.allowance[from] < amount:
		return "ERC20InsufficientAllowance"
	case s.wallet[from] < amount:
		return "ERC20InsufficientBalance"
	}
	return ""
}

func (s *invSim) applyDeposit(from, to common.Address, amount uint64) {
	s.allowance[from] -= amount
	s.wallet[from] -= amount
	s.hubTokens += amount
	s.mReward(to, amount)
}

func (s *invSim) opDeposit() {
	e := s.e
	acc := s.pickFunded()
	amount := min(s.wallet[acc.Address], (1+s.rng.Uint64N(400))*pocotest.RLC+s.rng.Uint64N(pocotest.RLC))
	switch r := s.rng.IntN(100); {
	case r < 5:
		amount = 0
	case r < 8:
		amount = s.wallet[acc.Address] + 1 // more than the wallet holds
	}
	a := new(big.Int).SetUint64(amount)
	switch r := s.rng.IntN(10); {
	case r < 4:
		s.log("%s approves and deposits %d", s.name(acc.Address), amount)
		s.approve(acc, amount)
		s.hub("deposit", acc, e.Poco.PackDeposit(a), func(uint64) string { return s.expDeposit(acc.Address, amount) },
			func(*types.Receipt, uint64) { s.applyDeposit(acc.Address, acc.Address, amount) })
	case r < 7:
		s.log("%s deposits %d with approveAndCall", s.name(acc.Address), amount)
		s.exec("approveAndCall", acc, e.D.Token, e.TokenABI.PackApproveAndCall(e.D.Hub, a, nil),
			func(uint64) string {
				switch {
				case amount == 0:
					return "PocoZeroAmount"
				case s.wallet[acc.Address] < amount:
					return "ERC20InsufficientBalance"
				}
				return ""
			},
			func(*types.Receipt, uint64) {
				s.allowance[acc.Address] = amount
				s.applyDeposit(acc.Address, acc.Address, amount)
			})
	case r < 9:
		to := s.pickFunded()
		s.log("%s deposits %d for %s", s.name(acc.Address), amount, s.name(to.Address))
		s.approve(acc, amount)
		s.hub("depositFor", acc, e.Poco.PackDepositFor(a, to.Address),
			func(uint64) string { return s.expDeposit(acc.Address, amount) },
			func(*types.Receipt, uint64) { s.applyDeposit(acc.Address, to.Address, amount) })
	default:
		amount++
		s.log("%s deposits %d without approving it", s.name(acc.Address), amount)
		s.hub("deposit", acc, e.Poco.PackDeposit(new(big.Int).SetUint64(amount)),
			func(uint64) string { return s.expDeposit(acc.Address, amount) },
			func(*types.Receipt, uint64) { s.applyDeposit(acc.Address, acc.Address, amount) })
	}
	s.checkWallets()
}

func (s *invSim) checkWallets() {
	for _, a := range s.checked {
		if got := s.e.TokenBalance(a.Address).Uint64(); got != s.wallet[a.Address] {
			s.fatalf("%s: wallet holds %d tokens, model %d", s.name(a.Address), got, s.wallet[a.Address])
		}
	}
}

func (s *invSim) opWithdraw() {
	e := s.e
	acc := s.actors[s.rng.IntN(len(s.actors))]
	free := s.b(acc.Address).free
	to := acc
	var amount uint64
	switch r := s.rng.IntN(10); {
	case r < 4:
		amount = 1 + s.rng.Uint64N(max(free/3, 1))
	case r < 5:
		amount = free
		if slices.Contains(s.workers, acc) {
			// Leave a worker less than a typical stake, so its next contributions fail.
			amount -= min(free, s.rng.Uint64N(3*pocotest.RLC))
		}
	case r < 7:
		amount = free + 1 + s.rng.Uint64N(10*pocotest.RLC)
	case r < 8:
		amount = 0
	default:
		amount = 1 + s.rng.Uint64N(max(free/3, 1))
		to = s.actors[s.rng.IntN(len(s.actors))]
	}
	a := new(big.Int).SetUint64(amount)
	data := e.Poco.PackWithdraw(a)
	if to != acc {
		data = e.Poco.PackWithdrawTo(a, to.Address)
	}
	s.log("%s withdraws %d (free %d) to %s", s.name(acc.Address), amount, free, s.name(to.Address))
	s.hub("withdraw", acc, data, func(uint64) string {
		switch {
		case amount == 0:
			return "PocoZeroAmount"
		case s.b(acc.Address).free < amount:
			return "PocoInsufficientFreeBalance"
		}
		return ""
	}, func(*types.Receipt, uint64) {
		s.b(acc.Address).free -= amount
		s.wallet[to.Address] += amount
		s.hubTokens -= amount
	})
	s.checkWallets()
}

func (s *invSim) opPolicy() {
	e := s.e
	pick := func() uint64 {
		return []uint64{0, 1, 30, 50, 100, s.rng.Uint64N(101)}[s.rng.IntN(6)]
	}
	stake, sched := pick(), pick()
	from := e.PoolOwner
	want := ""
	switch r := s.rng.IntN(10); {
	case r == 0:
		from = s.workers[s.rng.IntN(len(s.workers))]
		want = "RegistryNotOwner"
	case r == 1:
		stake = 101
		want = "RegistryRatioTooHigh"
	}
	s.log("%s sets the pool policy to stake %d%%, scheduler %d%%", s.name(from.Address), stake, sched)
	s.exec("changePolicy", from, e.D.WorkerpoolRegistry,
		e.PoolsABI.PackChangePolicy(e.Pool, new(big.Int).SetUint64(stake), new(big.Int).SetUint64(sched)),
		func(uint64) string { return want },
		func(*types.Receipt, uint64) { s.stakeRatio, s.schedRatio = stake, sched })
}

// ───────────────────────────── orders ─────────────────────────────

func (s *invSim) owner(kind int) *chaintest.Account {
	return []*chaintest.Account{s.e.AppOwner, s.e.DatasetOwner, s.e.PoolOwner, s.e.Requester}[kind]
}

func (s *invSim) orderHash(o *invOrder) [32]byte {
	d := s.e.Domain
	switch o.kind {
	case invKApp:
		return o.app.Hash(d)
	case invKDataset:
		return o.ds.Hash(d)
	case invKPool:
		return o.wp.Hash(d)
	}
	return o.req.Hash(d)
}

// sign signs a new order (a 65- or 64-byte signature, a presignature, or the wrong key's
// signature) and adds it to the model.
func (s *invSim) addOrder(o *invOrder) *invOrder {
	e := s.e
	o.n = len(s.orders[o.kind])
	o.hash = s.orderHash(o)
	owner := s.owner(o.kind)
	switch r := s.rng.IntN(100); {
	case r < 8:
		var data []byte
		switch o.kind {
		case invKApp:
			data = e.Poco.PackPresignAppOrder(chain.AppOrderArg(o.app))
		case invKDataset:
			data = e.Poco.PackPresignDatasetOrder(chain.DatasetOrderArg(o.ds))
		case invKPool:
			data = e.Poco.PackPresignWorkerpoolOrder(chain.WorkerpoolOrderArg(o.wp))
		default:
			data = e.Poco.PackPresignRequestOrder(chain.RequestOrderArg(o.req))
		}
		if s.chance(0.2) {
			// Only the owner may presign.
			s.hub("presign", s.workers[0], data, func(uint64) string { return "PocoNotOrderOwner" }, nil)
		}
		s.hub("presign", owner, data, invNever, nil)
		o.sig = nil
	case r < 12:
		o.sig = e.Sign(s.workers[1].Key, o.hash)
		o.poison, o.badSig = true, true
	case r < 22:
		sig, err := protocol.CompactSignature(e.Sign(owner.Key, o.hash))
		if err != nil {
			s.fatalf("compact signature: %v", err)
		}
		o.sig = sig
	default:
		o.sig = e.Sign(owner.Key, o.hash)
	}
	s.orders[o.kind] = append(s.orders[o.kind], o)
	s.allOrders = append(s.allOrders, o)
	return o
}

func (s *invSim) randPrice(maxRLC uint64) uint64 {
	switch s.rng.IntN(8) {
	case 0:
		return 0
	case 1:
		return maxRLC * pocotest.RLC
	}
	return s.rng.Uint64N(maxRLC*pocotest.RLC + 1)
}

func (s *invSim) randVolume(maxV uint64) uint64 {
	if s.chance(0.02) {
		return 0
	}
	return 1 + s.rng.Uint64N(maxV)
}

// restriction returns a restriction: usually none, sometimes the right party, rarely a
// wrong one (which poisons the order).
func (s *invSim) restriction(right common.Address, o *invOrder) common.Address {
	switch r := s.rng.IntN(100); {
	case r < 8:
		return right
	case r < 10:
		o.poison = true
		return s.workers[2].Address
	}
	return common.Address{}
}

func (s *invSim) newAppOrder() *invOrder {
	e := s.e
	o := &invOrder{kind: invKApp, app: e.AppOrder()}
	o.price, o.volume = s.randPrice(5), s.randVolume(10)
	o.app.AppPrice, o.app.Volume = new(big.Int).SetUint64(o.price), new(big.Int).SetUint64(o.volume)
	switch s.rng.IntN(3) {
	case 0:
		// Restricted to the dataset: matches only requests that use it.
		if s.chance(0.15) {
			o.app.DatasetRestrict = e.Dataset
		}
	case 1:
		o.app.WorkerpoolRestrict = s.restriction(e.Pool, o)
	default:
		o.app.RequesterRestrict = s.restriction(e.Requester.Address, o)
	}
	return s.addOrder(o)
}

func (s *invSim) newDatasetOrder() *invOrder {
	e := s.e
	o := &invOrder{kind: invKDataset, ds: e.DatasetOrder()}
	o.price, o.volume = s.randPrice(3), s.randVolume(8)
	o.ds.DatasetPrice, o.ds.Volume = new(big.Int).SetUint64(o.price), new(big.Int).SetUint64(o.volume)
	switch s.rng.IntN(3) {
	case 0:
		o.ds.AppRestrict = s.restriction(e.App, o)
	case 1:
		o.ds.WorkerpoolRestrict = s.restriction(e.Pool, o)
	default:
		o.ds.RequesterRestrict = s.restriction(e.Requester.Address, o)
	}
	return s.addOrder(o)
}

func (s *invSim) newPoolOrder(minTrust uint64) *invOrder {
	e := s.e
	o := &invOrder{kind: invKPool, wp: e.WorkerpoolOrder()}
	o.price, o.volume = s.randPrice(20), s.randVolume(10)
	if o.price == 0 && s.chance(0.7) {
		o.price = 1 + s.rng.Uint64N(20*pocotest.RLC)
	}
	o.trust = max(minTrust, 1) + s.rng.Uint64N(6-max(minTrust, 1))
	if minTrust >= 2 && s.chance(0.08) {
		o.trust = minTrust - 1 // too low for this request
	}
	o.wp.WorkerpoolPrice, o.wp.Volume = new(big.Int).SetUint64(o.price), new(big.Int).SetUint64(o.volume)
	o.wp.Trust, o.wp.Category = new(big.Int).SetUint64(o.trust), new(big.Int).Set(s.cat)
	if s.chance(0.02) {
		o.wp.Category = big.NewInt(0) // another category: never matches the test's requests
		o.poison = true
	}
	switch s.rng.IntN(3) {
	case 0:
		o.wp.AppRestrict = s.restriction(e.App, o)
	case 1:
		if s.chance(0.15) {
			o.wp.DatasetRestrict = e.Dataset
		}
	default:
		o.wp.RequesterRestrict = s.restriction(e.Requester.Address, o)
	}
	return s.addOrder(o)
}

func (s *invSim) newRequestOrder() *invOrder {
	e := s.e
	o := &invOrder{kind: invKRequest, hasData: s.chance(0.5)}
	a, w := e.AppOrder(), e.WorkerpoolOrder()
	d := pocotest.NoDataset()
	if o.hasData {
		d = e.DatasetOrder()
	}
	o.req = e.RequestOrder(a, d, w)
	o.trust = []uint64{0, 1, 1, 1, 1, 2, 3, 3, 3, 4, 5, 5}[s.rng.IntN(12)]
	o.volume = s.randVolume(5)
	o.maxPrice = [3]uint64{100 * pocotest.RLC, 100 * pocotest.RLC, 100 * pocotest.RLC}
	if s.chance(0.06) {
		o.maxPrice[s.rng.IntN(3)] = s.rng.Uint64N(3 * pocotest.RLC)
		o.poison = true // most offers cost more: rarely matches
	}
	if !o.hasData {
		o.maxPrice[invKDataset] = 0
	}
	o.req.AppMaxPrice = new(big.Int).SetUint64(o.maxPrice[invKApp])
	o.req.DatasetMaxPrice = new(big.Int).SetUint64(o.maxPrice[invKDataset])
	o.req.WorkerpoolMaxPrice = new(big.Int).SetUint64(o.maxPrice[invKPool])
	o.req.Workerpool = common.Address{}
	switch r := s.rng.IntN(100); {
	case r < 30:
		o.req.Workerpool = e.Pool
	case r < 32:
		o.req.Workerpool = s.workers[3].Address
		o.poison = true
	}
	o.req.Category = new(big.Int).Set(s.cat)
	o.req.Trust = new(big.Int).SetUint64(o.trust)
	o.req.Volume = new(big.Int).SetUint64(o.volume)
	o.req.Params = fmt.Sprintf(`{"args":"--step %d"}`, s.step)
	return s.addOrder(o)
}

// pickOrder returns an existing order that fits, or a new one: mostly open, clean orders,
// sometimes any order (consumed, cancelled or poisoned ones included).
func (s *invSim) pickOrder(kind int, fits func(*invOrder) bool, fresh func() *invOrder) *invOrder {
	var open, any []*invOrder
	for _, o := range s.orders[kind] {
		if fits != nil && !fits(o) {
			continue
		}
		any = append(any, o)
		if o.remaining() > 0 && !o.poison {
			open = append(open, o)
		}
	}
	switch r := s.rng.IntN(100); {
	case r < 50 && len(open) > 0:
		return open[s.rng.IntN(len(open))]
	case r < 54 && len(any) > 0:
		return any[s.rng.IntN(len(any))]
	}
	return fresh()
}

func invRestricted(allowed, actual common.Address) bool {
	return allowed != (common.Address{}) && allowed != actual
}

// expMatch is the outcome of matching the orders, in the contract's order of checks.
func (s *invSim) expMatch(a, d, w, r *invOrder, payer common.Address) string {
	e := s.e
	hasData := d != nil
	var dPrice uint64
	var dAddr common.Address
	if hasData {
		dPrice, dAddr = d.price, e.Dataset
	}
	switch {
	case w.wp.Category.Cmp(r.req.Category) != 0:
		return "PocoCategoryMismatch"
	case r.trust > w.trust:
		return "PocoTrustTooHigh"
	case r.maxPrice[invKApp] < a.price, r.maxPrice[invKDataset] < dPrice, r.maxPrice[invKPool] < w.price:
		return "PocoPriceTooHigh"
	}
	restricted := invRestricted(a.app.DatasetRestrict, dAddr) || invRestricted(a.app.WorkerpoolRestrict, e.Pool) ||
		invRestricted(a.app.RequesterRestrict, e.Requester.Address)
	if hasData {
		restricted = restricted || invRestricted(d.ds.AppRestrict, e.App) ||
			invRestricted(d.ds.WorkerpoolRestrict, e.Pool) || invRestricted(d.ds.RequesterRestrict, e.Requester.Address)
	}
	restricted = restricted || invRestricted(w.wp.AppRestrict, e.App) || invRestricted(w.wp.DatasetRestrict, dAddr) ||
		invRestricted(w.wp.RequesterRestrict, e.Requester.Address) || invRestricted(r.req.Workerpool, e.Pool)
	if restricted {
		return "PocoRestricted"
	}
	badSig := func(o *invOrder) bool { return o.badSig }
	for _, o := range []*invOrder{a, w, r} {
		if badSig(o) {
			return "PocoInvalidSignature"
		}
	}
	for _, o := range []*invOrder{a, w, r} {
		if o.remaining() == 0 {
			return "PocoOrderConsumed"
		}
	}
	if hasData {
		if badSig(d) {
			return "PocoInvalidSignature"
		}
		if d.remaining() == 0 {
			return "PocoOrderConsumed"
		}
	}
	vol := invMatchVolume(a, d, w, r)
	if s.b(payer).free < (a.price+dPrice+w.price)*vol {
		return "PocoInsufficientFreeBalance"
	}
	if s.b(e.PoolOwner.Address).free < (w.price*30/100)*vol {
		return "PocoInsufficientFreeBalance"
	}
	return ""
}

func invMatchVolume(a, d, w, r *invOrder) uint64 {
	v := min(a.remaining(), w.remaining(), r.remaining())
	if d != nil {
		v = min(v, d.remaining())
	}
	return v
}

func (s *invSim) opMatch() {
	e := s.e
	r := s.pickOrder(invKRequest, nil, s.newRequestOrder)
	a := s.pickOrder(invKApp, nil, s.newAppOrder)
	var d *invOrder
	if r.hasData {
		d = s.pickOrder(invKDataset, nil, s.newDatasetOrder)
	}
	w := s.pickOrder(invKPool, func(o *invOrder) bool { return o.trust >= r.trust },
		func() *invOrder { return s.newPoolOrder(r.trust) })
	sponsored := s.chance(0.25)
	payer, caller := e.Requester, e.Requester
	if sponsored {
		payer, caller = e.Owner, e.Owner
	} else if s.chance(0.3) {
		caller = s.workers[s.rng.IntN(len(s.workers))]
	}
	o := &pocotest.Orders{App: a.app, Workerpool: w.wp, Request: r.req}
	o.Sigs.App, o.Sigs.Workerpool, o.Sigs.Request = a.sig, w.sig, r.sig
	ds := "no dataset"
	if d != nil {
		o.Dataset, o.Sigs.Dataset = d.ds, d.sig
		ds = d.String()
	}
	if o.Sigs.Dataset == nil {
		o.Sigs.Dataset = []byte{}
	}
	for _, p := range []*[]byte{&o.Sigs.App, &o.Sigs.Workerpool, &o.Sigs.Request} {
		if *p == nil {
			*p = []byte{}
		}
	}
	data := e.PackMatch(o)
	if sponsored {
		data = e.Poco.PackSponsorMatchOrders(chain.AppOrderArg(o.App), chain.DatasetOrderArg(o.Dataset),
			chain.WorkerpoolOrderArg(o.Workerpool), chain.RequestOrderArg(o.Request), o.Sigs)
	}
	s.log("match %s %s %s %s (trust %d/%d) paid by %s, sent by %s", a, ds, w, r, r.trust, w.trust,
		s.name(payer.Address), s.name(caller.Address))
	s.hub("match", caller, data, func(uint64) string { return s.expMatch(a, d, w, r, payer.Address) },
		func(rc *types.Receipt, t uint64) { s.applyMatch(rc, t, a, d, w, r, payer.Address) })
}

func (s *invSim) applyMatch(rc *types.Receipt, t uint64, a, d, w, r *invOrder, payer common.Address) {
	e := s.e
	vol := invMatchVolume(a, d, w, r)
	before := r.consumed
	reused := a.consumed > 0 || w.consumed > 0 || r.consumed > 0 || (d != nil && d.consumed > 0)
	for _, o := range []*invOrder{a, d, w, r} {
		if o != nil {
			o.consumed += vol
		}
	}
	dl := &invDeal{d: e.DealFrom(rc), n: len(s.deals), trust: max(r.trust, 1), appPrice: a.price, wpPrice: w.price,
		stake: w.price * s.stakeRatio / 100, poolStake: w.price * 30 / 100, schedRatio: s.schedRatio,
		start: t, ref: invRef, sponsor: payer, appOwner: e.AppOwner.Address, first: before, size: vol}
	var dsAddr common.Address
	if d != nil {
		dl.dsPrice, dl.dsOwner, dsAddr = d.price, e.DatasetOwner.Address, e.Dataset
	}
	got := dl.d
	wantID := protocol.DealID(r.hash, new(big.Int).SetUint64(before))
	if got.Id != wantID || got.App != e.App || got.AppOwner != dl.appOwner || got.AppPrice.Uint64() != dl.appPrice ||
		got.Dataset != dsAddr || got.DatasetOwner != dl.dsOwner || got.DatasetPrice.Uint64() != dl.dsPrice ||
		got.Workerpool != e.Pool || got.WorkerpoolOwner != e.PoolOwner.Address || got.WorkerpoolPrice.Uint64() != dl.wpPrice ||
		got.Trust.Uint64() != dl.trust || got.Category.Cmp(s.cat) != 0 || got.WorkClockTimeRef.Uint64() != invRef ||
		got.Requester != e.Requester.Address || got.Sponsor != payer || got.StartTime.Uint64() != t ||
		got.BotFirst.Uint64() != before || got.BotSize.Uint64() != vol || got.WorkerStake.Uint64() != dl.stake ||
		got.SchedulerRewardRatio.Uint64() != dl.schedRatio {
		s.fatalf("deal from OrdersMatched %+v differs from the model %+v", got, dl)
	}
	s.mLock(payer, dl.price()*vol)
	s.mLock(e.PoolOwner.Address, dl.poolStake*vol)
	s.deals = append(s.deals, dl)
	for i := range vol {
		idx := before + i
		tk := &invTask{deal: dl, idx: idx, id: protocol.TaskID(got.Id, idx), groups: map[[32]byte]*invGroup{},
			tally: protocol.NewTally(dl.trust)}
		tk.honest = tk.digestFor("good")
		tk.lazy = s.chance(0.2)
		dl.tasks = append(dl.tasks, tk)
		s.tasks = append(s.tasks, tk)
		s.taskByID[tk.id] = tk
	}
	s.desc += fmt.Sprintf(" → %s, %d tasks", dl, vol)
	s.count(fmt.Sprintf("~ deal: sponsored %v, dataset %v, fills a partly consumed order %v",
		payer != e.Requester.Address, d != nil, reused))
}

func (s *invSim) opCancel() {
	e := s.e
	if len(s.allOrders) == 0 {
		s.opMatch()
		return
	}
	o := s.allOrders[s.rng.IntN(len(s.allOrders))]
	from := s.owner(o.kind)
	if s.chance(0.15) {
		from = s.workers[s.rng.IntN(len(s.workers))]
	}
	var data []byte
	switch o.kind {
	case invKApp:
		data = e.Poco.PackCancelAppOrder(chain.AppOrderArg(o.app))
	case invKDataset:
		data = e.Poco.PackCancelDatasetOrder(chain.DatasetOrderArg(o.ds))
	case invKPool:
		data = e.Poco.PackCancelWorkerpoolOrder(chain.WorkerpoolOrderArg(o.wp))
	default:
		data = e.Poco.PackCancelRequestOrder(chain.RequestOrderArg(o.req))
	}
	s.log("%s cancels %s (consumed %d of %d)", s.name(from.Address), o, o.consumed, o.volume)
	s.hub("cancel", from, data, func(uint64) string {
		if from != s.owner(o.kind) {
			return "PocoNotOrderOwner"
		}
		return ""
	}, func(*types.Receipt, uint64) { o.consumed = max(o.consumed, o.volume) })
}

// ───────────────────────────── tasks ─────────────────────────────

// invDealArg is the deal to pass, or one that differs from it for the unknown-deal variant.
func invDealArg(dl *invDeal, v invVariant) bindings.Deal {
	d := dl.d
	if v.unknownDeal {
		d.WorkerStake = new(big.Int).Add(d.WorkerStake, big.NewInt(1))
	}
	return d
}

func (s *invSim) idxArg(tk *invTask, v invVariant) uint64 {
	if v.badIdx {
		if tk.deal.first > 0 && s.chance(0.5) {
			return tk.deal.first - 1
		}
		return tk.deal.first + tk.deal.size
	}
	return tk.idx
}

func (s *invSim) touch(tk *invTask) {
	if !slices.Contains(s.touched, tk) {
		s.touched = append(s.touched, tk)
	}
}

// variant picks an occasional wrong-on-purpose flavour among the allowed ones.
func (s *invSim) variant(p float64, allowed ...string) invVariant {
	var v invVariant
	if !s.chance(p) {
		return v
	}
	switch allowed[s.rng.IntN(len(allowed))] {
	case "deal":
		v.unknownDeal = true
	case "idx":
		v.badIdx = true
	case "auth":
		v.badAuth = true
	case "sender":
		v.notScheduler = true
	case "digest":
		v.wrongDigest = true
	case "list":
		v.wrongList = true
	case "permit":
		v.permit = invPermitNone + s.rng.IntN(3)
	}
	return v
}

// pickTask returns a task from cands (the ones the operation is valid for) most of the
// time, else any task (most likely a refused operation).
func (s *invSim) pickTask(cands []*invTask, p float64) *invTask {
	if len(cands) > 0 && s.chance(p) {
		return cands[s.rng.IntN(len(cands))]
	}
	if len(s.tasks) == 0 {
		return nil
	}
	// Prefer recent tasks: the ones of the last deals are the interesting ones.
	n := len(s.tasks)
	if s.chance(0.7) {
		lo := max(0, n-15)
		return s.tasks[lo+s.rng.IntN(n-lo)]
	}
	return s.tasks[s.rng.IntN(n)]
}

// expContribute is the outcome of w's contribution to tk; skipBalance leaves out the stake
// (a batch locks every stake at its end).
func (s *invSim) expContribute(tk *invTask, w *chaintest.Account, v invVariant, t uint64, skipBalance bool) string {
	switch {
	case v.unknownDeal:
		return "PocoUnknownDeal"
	case v.badIdx:
		return "PocoTaskIndexOutOfRange"
	case tk.status != invUnset && tk.status != invActive:
		return "PocoTaskWrongStatus"
	case t >= tk.deal.contribDeadline():
		return "PocoDeadlinePassed"
	case tk.contrib(w.Address) != nil:
		return "PocoAlreadyContributed"
	case v.badAuth:
		return "PocoInvalidAuthorization"
	case !skipBalance && s.b(w.Address).free < tk.deal.stake:
		return "PocoInsufficientFreeBalance"
	}
	return ""
}

func (s *invSim) opContribute() {
	type cand struct {
		tk *invTask
		w  *chaintest.Account
	}
	withTrustOne := s.chance(0.3) // trust-1 tasks are mostly left to contributeAndFinalize
	var valid []cand
	var validTasks []*invTask
	for _, tk := range s.tasks {
		if tk.final() || tk.status == invRevealing || (tk.deal.trust == 1 && !withTrustOne) {
			continue
		}
		for _, w := range s.workers {
			if s.expContribute(tk, w, invVariant{}, s.now, false) == "" {
				valid = append(valid, cand{tk, w})
				if !slices.Contains(validTasks, tk) {
					validTasks = append(validTasks, tk)
				}
			}
		}
	}
	if len(valid) == 0 && s.chance(0.5) {
		s.opMatch() // nothing to contribute to: make work
		return
	}
	if s.chance(0.3) {
		// A worker who cannot afford the stake, when there is one.
		var broke []cand
		for _, tk := range validTasks {
			for _, w := range s.workers {
				if s.expContribute(tk, w, invVariant{}, s.now, false) == "PocoInsufficientFreeBalance" {
					broke = append(broke, cand{tk, w})
				}
			}
		}
		if len(broke) > 0 {
			c := broke[s.rng.IntN(len(broke))]
			s.log("%s contributes to %s with free %d < stake %d", s.name(c.w.Address), c.tk,
				s.b(c.w.Address).free, c.tk.deal.stake)
			s.touch(c.tk)
			s.doContribute(c.tk, c.w, c.tk.honest, invVariant{})
			return
		}
	}
	if len(valid) > 0 && s.chance(0.15) {
		// One worker contributes to several tasks of a deal in one batch.
		c := valid[s.rng.IntN(len(valid))]
		var batch []*invTask
		for _, o := range valid {
			if o.w == c.w && o.tk.deal == c.tk.deal && len(batch) < 4 {
				batch = append(batch, o.tk)
			}
		}
		s.contributeBatch(c.w, batch)
		return
	}
	var tk *invTask
	var w *chaintest.Account
	if len(valid) > 0 && s.chance(0.9) {
		// A task first, then one of its possible workers, so tasks get several votes; half
		// the time the most urgent one, as a scheduler would.
		tk = validTasks[s.rng.IntN(len(validTasks))]
		if s.chance(0.5) {
			for _, o := range validTasks {
				if o.deal.contribDeadline() < tk.deal.contribDeadline() {
					tk = o
				}
			}
		}
		var ws []*chaintest.Account
		for _, c := range valid {
			if c.tk == tk {
				ws = append(ws, c.w)
			}
		}
		w = ws[s.rng.IntN(len(ws))]
	} else {
		if tk = s.pickTask(nil, 0); tk == nil {
			s.opMatch()
			return
		}
		w = s.workers[s.rng.IntN(len(s.workers))]
	}
	digest, label := s.pickDigest(tk)
	v := s.variant(0.08, "deal", "idx", "auth")
	s.log("%s contributes %s to %s (trust %d, status %d, %d contributions)%s", s.name(w.Address), label, tk,
		tk.deal.trust, tk.status, len(tk.contribs), v)
	s.touch(tk)
	s.doContribute(tk, w, digest, v)
}

// doContribute sends w's contribution of digest to tk (wrong on purpose for the variant).
func (s *invSim) doContribute(tk *invTask, w *chaintest.Account, digest [32]byte, v invVariant) bool {
	e := s.e
	deal, idx := invDealArg(tk.deal, v), s.idxArg(tk, v)
	item := e.ContributeItem(w, tk.deal.d, idx, digest)
	if v.badAuth {
		other := s.workers[(slices.Index(s.workers, w)+1)%len(s.workers)]
		item.AuthorizationSign = e.Authorize(tk.deal.d, idx, other.Address, common.Address{})
	}
	return s.hub("contribute", w, e.Poco.PackContribute(deal, item), func(t uint64) string { return s.expContribute(tk, w, v, t, false) },
		func(r *types.Receipt, t uint64) { s.applyContribute(r, t, tk, w, digest, item.ResultHash) })
}

// pickDigest is mostly the honest result, sometimes one of two colluding wrong ones.
func (s *invSim) pickDigest(tk *invTask) ([32]byte, string) {
	if s.chance(0.2) {
		label := fmt.Sprintf("bad%d", s.rng.IntN(2))
		return tk.digestFor(label), label
	}
	return tk.honest, "good"
}

// contributeBatch sends one contributeBatch of w to distinct tasks of one deal; the stakes
// are locked together at the end.
func (s *invSim) contributeBatch(w *chaintest.Account, batch []*invTask) {
	e := s.e
	dl := batch[0].deal
	items := make([]bindings.ContributeItem, len(batch))
	digests := make([][32]byte, len(batch))
	var labels []string
	for i, tk := range batch {
		var label string
		digests[i], label = s.pickDigest(tk)
		items[i] = e.ContributeItem(w, dl.d, tk.idx, digests[i])
		labels = append(labels, fmt.Sprintf("%d:%s", tk.idx, label))
		s.touch(tk)
	}
	s.log("%s contributes a batch to %s (trust %d): %s", s.name(w.Address), dl, dl.trust, strings.Join(labels, " "))
	s.hub("contributeBatch", w, e.Poco.PackContributeBatch(dl.d, items), func(t uint64) string {
		for _, tk := range batch {
			if want := s.expContribute(tk, w, invVariant{}, t, true); want != "" {
				return want
			}
		}
		if s.b(w.Address).free < dl.stake*uint64(len(batch)) {
			return "PocoInsufficientFreeBalance"
		}
		return ""
	}, func(r *types.Receipt, t uint64) {
		for i, tk := range batch {
			s.applyContribute(r, t, tk, w, digests[i], items[i].ResultHash)
		}
	})
}

func (s *invSim) applyContribute(r *types.Receipt, t uint64, tk *invTask, w *chaintest.Account, digest, hash [32]byte) {
	dl := tk.deal
	s.mLock(w.Address, dl.stake)
	weight := protocol.Weight(s.score[w.Address])
	if weight > invMaxWeight || weight != min(max(s.score[w.Address]/3, 3)-1, invMaxWeight) {
		s.fatalf("protocol.Weight(%d) = %d, want min(max(score/3, 3) − 1, 13)", s.score[w.Address], weight)
	}
	c := &invContrib{worker: w, digest: digest, hash: hash, weight: weight, status: invContributed}
	held := s.leader(tk)
	tk.contribs = append(tk.contribs, c)
	s.e.RecordContribution(dl.d, tk.idx, w.Address, hash)
	if tk.total == nil {
		tk.total = big.NewInt(1)
	}
	g := tk.groups[hash]
	if g == nil {
		g = &invGroup{weight: new(big.Int)}
		tk.groups[hash] = g
	}
	tk.total.Sub(tk.total, g.weight)
	if g.weight.Sign() == 0 {
		g.weight.SetUint64(weight)
	} else {
		g.weight.Mul(g.weight, new(big.Int).SetUint64(weight))
	}
	g.members++
	tk.total.Add(tk.total, g.weight)
	tk.status = invActive // the first contribution starts the task; none closes it
	satisfied := s.satisfies(tk, hash)
	// protocol.Tally is the Go mirror of the rule: it must agree.
	got, err := tk.tally.Vote(hash, weight)
	if err != nil || got != satisfied {
		s.fatalf("%s: protocol.Tally says the rule holds %v (%v), model %v", tk, got, err, satisfied)
	}
	switch {
	case held != nil && *held == hash:
		s.count("~ contribution after a group satisfied the rule: agrees")
	case held != nil && s.satisfies(tk, *held):
		s.count("~ contribution after a group satisfied the rule: dissents, the rule still holds")
	case held != nil:
		s.count("~ contribution after a group satisfied the rule: dissents, takes the rule away")
		s.desc += " → the rule no longer holds"
	case satisfied:
		s.desc += " → the rule holds"
	}
	var events int
	for _, l := range r.Logs {
		if ev, err := s.e.Poco.UnpackTaskContributeEvent(l); err == nil && ev.Taskid == tk.id {
			events++
			if ev.Worker != w.Address || ev.ResultHash != hash || ev.Weight.Uint64() != weight {
				s.fatalf("TaskContribute %+v, want weight %d", ev, weight)
			}
		}
	}
	if events != 1 {
		s.fatalf("%s: %d TaskContribute events", tk, events)
	}
	c.lazy = s.chance(0.15)
}

// satisfies reports whether the group of hash satisfies the consensus rule now:
// group × trust > total × (trust − 1).
func (s *invSim) satisfies(tk *invTask, hash [32]byte) bool {
	g := tk.groups[hash]
	if g == nil || tk.total == nil {
		return false
	}
	trust := new(big.Int).SetUint64(tk.deal.trust)
	lhs := new(big.Int).Mul(g.weight, trust)
	rhs := new(big.Int).Mul(tk.total, new(big.Int).Sub(trust, big.NewInt(1)))
	return lhs.Cmp(rhs) > 0
}

// leader is the result group that satisfies the rule when the deal's trust is above 1 (at
// most one can), or nil.
func (s *invSim) leader(tk *invTask) *[32]byte {
	if tk.deal.trust < 2 {
		return nil
	}
	for h := range tk.groups {
		if s.satisfies(tk, h) {
			return &h
		}
	}
	return nil
}

// expReveal is the outcome of w's reveal of digest on tk, carrying a permit of the given
// kind, in the contract's order of checks: on an ACTIVE task the reveal is the first one
// and must open the reveals (before the final deadline, with the scheduler's permit, on a
// group that satisfies the rule now); then the task must be REVEALING before its reveal
// deadline, and the reveal must be w's own, of the consensus result.
func (s *invSim) expReveal(tk *invTask, w *chaintest.Account, digest [32]byte, v invVariant, t uint64) string {
	c := tk.contrib(w.Address)
	hash := protocol.ResultHash(tk.id, digest)
	consensus := tk.consensus
	switch {
	case v.unknownDeal:
		return "PocoUnknownDeal"
	case v.badIdx:
		return "PocoTaskIndexOutOfRange"
	case tk.status == invActive:
		switch {
		case t >= tk.deal.finalDeadline():
			return "PocoDeadlinePassed"
		case v.permit != invPermitOK:
			return "PocoInvalidRevealPermit"
		case !s.satisfies(tk, hash):
			if tk.tally.Satisfied(hash) {
				s.fatalf("%s: protocol.Tally says %x satisfies the rule, the model says not", tk, hash[:4])
			}
			return "PocoNoConsensus"
		}
		if !tk.tally.Satisfied(hash) {
			s.fatalf("%s: protocol.Tally says %x does not satisfy the rule, the model says it does", tk, hash[:4])
		}
		consensus = hash // the reveals would open on it
	case tk.status != invRevealing:
		return "PocoTaskWrongStatus"
	case t >= tk.revealDeadline:
		return "PocoDeadlinePassed"
	}
	switch {
	case c == nil || c.status != invContributed:
		return "PocoCannotReveal"
	case hash != consensus || c.hash != consensus || c.digest != digest:
		return "PocoRevealMismatch"
	}
	return ""
}

// permit is the permit a reveal of tk carries for the variant.
func (s *invSim) permit(tk *invTask, kind int) []byte {
	e := s.e
	switch kind {
	case invPermitNone:
		return []byte{}
	case invPermitWrongSigner:
		signer := []*chaintest.Account{e.Requester, e.Owner, s.workers[s.rng.IntN(len(s.workers))]}[s.rng.IntN(3)]
		sig, err := protocol.SignRevealPermit(signer.Key, tk.id)
		if err != nil {
			s.fatalf("permit: %v", err)
		}
		return sig
	case invPermitOtherTask:
		sig, err := protocol.SignRevealPermit(e.PoolOwner.Key, protocol.TaskID(tk.deal.d.Id, tk.idx+1+s.rng.Uint64N(3)))
		if err != nil {
			s.fatalf("permit: %v", err)
		}
		return sig
	}
	return e.Permit(tk.deal.d, tk.idx)
}

// applyReveal records w's reveal on tk at time t; the first one opens the reveals on its
// group.
func (s *invSim) applyReveal(tk *invTask, w *chaintest.Account, digest [32]byte, t uint64) {
	if tk.status == invActive {
		hash := protocol.ResultHash(tk.id, digest)
		g := tk.groups[hash]
		tk.status, tk.opened, tk.consensus = invRevealing, true, hash
		tk.winners, tk.revealDeadline = g.members, t+tk.deal.revealWindow()
		s.txEv.opened++
		s.desc += " → reveals open"
		s.count(fmt.Sprintf("~ reveals opened: trust %d, a group of %d among %d contributions", min(tk.deal.trust, 3),
			min(g.members, 4), min(len(tk.contribs), 5)))
	}
	tk.contrib(w.Address).status = invProved
	tk.reveals++
}

func (s *invSim) opReveal() {
	e := s.e
	type cand struct {
		tk *invTask
		c  *invContrib
	}
	var valid, early []cand
	for _, tk := range s.tasks {
		if (tk.status != invRevealing && tk.status != invActive) || tk.lazy {
			continue
		}
		for _, c := range tk.contribs {
			switch s.expReveal(tk, c.worker, c.digest, invVariant{}, s.now) {
			case "":
				if !c.lazy {
					valid = append(valid, cand{tk, c})
				}
			case "PocoNoConsensus":
				early = append(early, cand{tk, c})
			}
		}
	}
	if len(valid) == 0 && s.chance(0.75) {
		s.opContribute()
		return
	}
	if len(valid) > 0 && s.chance(0.15) {
		// One worker reveals on several tasks of a deal in one batch; the first reveal of a
		// task carries the scheduler's permit (rarely, one lacks it).
		c := valid[s.rng.IntN(len(valid))]
		var batch []*invTask
		var items []bindings.RevealItem
		var kinds []int
		for _, o := range valid {
			if o.c.worker == c.c.worker && o.tk.deal == c.tk.deal {
				kind := invPermitOK
				if o.tk.status == invRevealing && s.chance(0.5) {
					kind = invPermitNone // ignored once the reveals are open
				}
				batch = append(batch, o.tk)
				kinds = append(kinds, kind)
				items = append(items, bindings.RevealItem{Idx: new(big.Int).SetUint64(o.tk.idx), ResultDigest: o.c.digest,
					Permit: s.permit(o.tk, kind)})
				s.touch(o.tk)
			}
		}
		if i := s.rng.IntN(len(items)); s.chance(0.25) {
			kinds[i] = invPermitNone
			items[i].Permit = []byte{}
		}
		w := c.c.worker
		s.log("%s reveals a batch of %d tasks of %s", s.name(w.Address), len(items), c.tk.deal)
		s.hub("revealBatch", w, e.Poco.PackRevealBatch(c.tk.deal.d, items), func(t uint64) string {
			for i, tk := range batch {
				if want := s.expReveal(tk, w, items[i].ResultDigest, invVariant{permit: kinds[i]}, t); want != "" {
					return want
				}
			}
			return ""
		}, func(_ *types.Receipt, t uint64) {
			for i, tk := range batch {
				s.applyReveal(tk, w, items[i].ResultDigest, t)
			}
		})
		return
	}
	var tk *invTask
	var w *chaintest.Account
	var digest [32]byte
	switch r := s.rng.IntN(100); {
	case r < 80 && len(valid) > 0:
		c := valid[s.rng.IntN(len(valid))]
		tk, w, digest = c.tk, c.c.worker, c.c.digest
	case r < 90 && len(early) > 0:
		// Too early, or after a dissenting vote: the group does not satisfy the rule.
		c := early[s.rng.IntN(len(early))]
		tk, w, digest = c.tk, c.c.worker, c.c.digest
	default:
		if tk = s.pickTask(nil, 0); tk == nil {
			s.opMatch()
			return
		}
		if len(tk.contribs) > 0 && s.chance(0.7) {
			c := tk.contribs[s.rng.IntN(len(tk.contribs))]
			w, digest = c.worker, c.digest // maybe a dissenter, a rejected or a proved one
		} else {
			w, digest = s.workers[s.rng.IntN(len(s.workers))], tk.honest
		}
	}
	v := s.variant(0.16, "deal", "idx", "digest", "permit", "permit")
	if v == (invVariant{}) && tk.status == invActive && s.chance(0.3) {
		v.permit = invPermitNone + s.rng.IntN(3) // the scheduler has not permitted this task's reveals
	}
	if v.wrongDigest {
		digest = tk.digestFor("bad1")
		if protocol.ResultHash(tk.id, digest) == tk.consensus {
			digest = tk.digestFor("bad0")
		}
	}
	s.log("%s reveals on %s (status %d, %d/%d reveals)%s", s.name(w.Address), tk, tk.status, tk.reveals, tk.winners, v)
	s.touch(tk)
	s.doReveal(tk, w, digest, v)
}

// doReveal sends w's reveal of digest on tk (wrong on purpose for the variant). A refusal
// for PocoNoConsensus is checked with its arguments: the group's weight and the total.
func (s *invSim) doReveal(tk *invTask, w *chaintest.Account, digest [32]byte, v invVariant) bool {
	e := s.e
	deal, idx := invDealArg(tk.deal, v), s.idxArg(tk, v)
	data := e.Poco.PackReveal(deal, bindings.RevealItem{Idx: new(big.Int).SetUint64(idx), ResultDigest: digest, Permit: s.permit(tk, v.permit)})
	switch s.expReveal(tk, w, digest, v, s.now) {
	case "PocoNoConsensus":
		weight := new(big.Int)
		if g := tk.groups[protocol.ResultHash(tk.id, digest)]; g != nil {
			weight = g.weight
		}
		checkArgs(s.e.T, s.e.RevertTo(w.Address, s.e.D.Hub, data, "PocoNoConsensus"), tk.id, weight, tk.total)
	case "PocoInvalidRevealPermit":
		checkArgs(s.e.T, s.e.RevertTo(w.Address, s.e.D.Hub, data, "PocoInvalidRevealPermit"), tk.id, s.e.PoolOwner.Address)
	}
	return s.hub("reveal", w, data, func(t uint64) string { return s.expReveal(tk, w, digest, v, t) },
		func(_ *types.Receipt, t uint64) { s.applyReveal(tk, w, digest, t) })
}

// contributors is the list to pass for a task (wrong on purpose for the variant).
func (s *invSim) contributors(tk *invTask, v invVariant) []common.Address {
	rec := s.e.Contributions(tk.deal.d, tk.idx)
	if len(rec) != len(tk.contribs) {
		s.fatalf("%s: pocotest recorded %d contributors, model %d", tk, len(rec), len(tk.contribs))
	}
	for i, c := range tk.contribs {
		if rec[i].Worker != c.worker.Address || rec[i].ResultHash != c.hash {
			s.fatalf("%s: pocotest contributor %d differs from the model", tk, i)
		}
	}
	list := s.e.Contributors(tk.deal.d, tk.idx)
	if v.wrongList {
		switch {
		case len(list) == 0:
			list = append(list, s.workers[0].Address) // not a contributor
		case len(list) >= 2 && s.chance(0.5):
			list[0], list[1] = list[1], list[0] // out of order
		case len(list) >= 2 && s.chance(0.5):
			list[len(list)-1] = list[len(list)-2] // an address twice, one missing
		case s.chance(0.5):
			list[len(list)-1] = common.MaxAddress // in order, not a contributor
		default:
			list = list[:len(list)-1]
		}
	}
	return list
}

func (s *invSim) consensusDigest(tk *invTask) [32]byte {
	for _, c := range tk.contribs {
		if c.hash == tk.consensus {
			return c.digest
		}
	}
	return tk.honest
}

func (s *invSim) expFinalize(tk *invTask, v invVariant, t uint64) string {
	switch {
	case v.unknownDeal:
		return "PocoUnknownDeal"
	case v.notScheduler:
		return "PocoNotScheduler"
	case v.badIdx:
		return "PocoTaskIndexOutOfRange"
	case tk.status != invRevealing:
		return "PocoTaskWrongStatus"
	case t >= tk.deal.finalDeadline():
		return "PocoDeadlinePassed"
	case v.wrongDigest:
		return "PocoResultDigestMismatch"
	case v.wrongList:
		return "PocoContributorsMismatch"
	case tk.reveals == 0 || (tk.reveals < tk.winners && t < tk.revealDeadline && !s.revealedDecide(tk, t)):
		return "PocoRevealsPending"
	}
	return ""
}

// revealedDecide: a fifth of the reference time after the reveals opened, the revealed
// winners decide the task alone (protocol.RevealedDecide), so finalize need not wait.
func (s *invSim) revealedDecide(tk *invTask, t uint64) bool {
	ref := tk.deal.ref
	if t < tk.revealDeadline-protocol.RevealDeadlineRatio*ref+ref/protocol.RevealGraceDivisor {
		return false
	}
	revealed := big.NewInt(1)
	for _, c := range tk.contribs {
		if c.status == invProved {
			revealed.Mul(revealed, new(big.Int).SetUint64(c.weight))
		}
	}
	return protocol.RevealedDecide(tk.deal.trust, tk.total, tk.groups[tk.consensus].weight, revealed)
}

func (s *invSim) finalizeItem(tk *invTask, v invVariant) bindings.FinalizeItem {
	digest := s.consensusDigest(tk)
	if v.wrongDigest {
		digest = tk.digestFor("not the consensus")
	}
	return bindings.FinalizeItem{
		Idx: new(big.Int).SetUint64(s.idxArg(tk, v)), Contributors: s.contributors(tk, v), ResultDigest: digest,
		Results: []byte(fmt.Sprintf(`{"storage":"ipfs","location":"/ipfs/%x"}`, digest[:8])), ResultsCallback: []byte{},
	}
}

func (s *invSim) opFinalize() {
	e := s.e
	var valid []*invTask
	for _, tk := range s.tasks {
		if tk.status == invRevealing && s.expFinalize(tk, invVariant{}, s.now) == "" {
			valid = append(valid, tk)
		}
	}
	if len(valid) == 0 && s.chance(0.6) {
		s.opReveal()
		return
	}
	// Sometimes every finalizable task of one deal in one batch.
	if len(valid) > 0 && s.chance(0.2) {
		dl := valid[s.rng.IntN(len(valid))].deal
		var batch []*invTask
		var items []bindings.FinalizeItem
		for _, tk := range valid {
			if tk.deal == dl {
				batch = append(batch, tk)
				items = append(items, s.finalizeItem(tk, invVariant{}))
				s.touch(tk)
			}
		}
		dup := len(batch) >= 2 && s.chance(0.2)
		if dup {
			items = append(items, items[0]) // the same task twice: the whole batch must fail
		}
		s.log("finalize a batch of %d tasks of %s (duplicate %v)", len(items), dl, dup)
		s.hub("finalizeBatch", e.PoolOwner, e.Poco.PackFinalizeBatch(dl.d, items),
			func(t uint64) string {
				for _, tk := range batch {
					if want := s.expFinalize(tk, invVariant{}, t); want != "" {
						return want
					}
				}
				if dup {
					return "PocoTaskWrongStatus"
				}
				return ""
			},
			func(_ *types.Receipt, t uint64) {
				s.expectEnded(batch...)
				st := s.settlement(dl, t)
				for _, tk := range batch {
					s.applyFinalize(tk, st)
				}
				st.finish()
			})
		return
	}
	tk := s.pickTask(valid, 0.8)
	if tk == nil {
		s.opMatch()
		return
	}
	v := s.variant(0.15, "deal", "sender", "idx", "digest", "list")
	from := e.PoolOwner
	if v.notScheduler {
		from = s.workers[s.rng.IntN(len(s.workers))]
	}
	s.log("%s finalizes %s (status %d, %d/%d reveals)%s", s.name(from.Address), tk, tk.status, tk.reveals, tk.winners, v)
	s.touch(tk)
	s.hub("finalize", from, e.Poco.PackFinalize(invDealArg(tk.deal, v), s.finalizeItem(tk, v)),
		func(t uint64) string { return s.expFinalize(tk, v, t) },
		func(_ *types.Receipt, t uint64) {
			s.expectEnded(tk)
			st := s.settlement(tk.deal, t)
			s.applyFinalize(tk, st)
			st.finish()
		})
}

// applyFinalize pays a finalized task as the rules say, in the task module's order: every
// contribution not revealed is rejected and loses its stake; a wrong one also its vesting
// rewards (at once) and its whole score, an unrevealed consensus vote a third of its score;
// the winners share the pool price and what was taken by log2 of their weights (computed
// with the protocol package) and gain a point when confirmed (two reveals or more, trust
// above 1).
func (s *invSim) applyFinalize(tk *invTask, st *invSettlement) {
	dl := tk.deal
	taken := uint64(0)
	var winners []*invContrib
	var weights []uint64
	var wrong int
	for _, c := range tk.listed() {
		if c.status == invProved {
			winners = append(winners, c)
			weights = append(weights, c.weight)
			continue
		}
		a := c.worker.Address
		taken += dl.stake
		st.worker(a, 0, 0, dl.stake)
		c.status = invRejected
		s.txEv.rejected++
		if c.hash == tk.consensus {
			s.score[a] = protocol.ScoreAfterLoss(s.score[a])
		} else {
			taken += s.mForfeit(a, st.t)
			s.score[a] = 0
			wrong++
		}
	}
	rewards, sched := protocol.SplitRewards(new(big.Int).SetUint64(dl.wpPrice), new(big.Int).SetUint64(taken),
		dl.schedRatio, weights)
	confirmed := dl.trust > 1 && len(winners) > 1
	for i, c := range winners {
		st.worker(c.worker.Address, dl.stake, rewards[i].Uint64(), 0)
		if confirmed {
			s.score[c.worker.Address] = protocol.ScoreAfterWin(s.score[c.worker.Address])
		}
	}
	s.settleCompleted(dl, sched.Uint64())
	tk.status = invCompleted
	s.count(fmt.Sprintf("~ task completed: trust %d, %d winners (confirmed %v), %d unrevealed, %d wrong", min(dl.trust, 3),
		min(len(winners), 3), confirmed, min(len(tk.contribs)-len(winners)-wrong, 2), min(wrong, 2)))
}

// settleCompleted pays the deal-level shares of one completed task.
func (s *invSim) settleCompleted(dl *invDeal, sched uint64) {
	bonus := s.mDrainKitty()
	s.mSeize(dl.sponsor, dl.price())
	s.mReward(dl.appOwner, dl.appPrice)
	if dl.dsPrice > 0 {
		s.mReward(dl.dsOwner, dl.dsPrice)
	}
	s.mUnlock(s.e.PoolOwner.Address, dl.poolStake)
	s.mReward(s.e.PoolOwner.Address, sched+bonus)
}

func (s *invSim) expCAF(tk *invTask, v invVariant, t uint64) string {
	switch {
	case v.unknownDeal:
		return "PocoUnknownDeal"
	case v.badIdx:
		return "PocoTaskIndexOutOfRange"
	case tk.deal.trust != 1:
		return "PocoTrustNotOne"
	case tk.status != invUnset:
		return "PocoTaskWrongStatus"
	case t >= tk.deal.contribDeadline():
		return "PocoDeadlinePassed"
	case v.badAuth:
		return "PocoInvalidAuthorization"
	}
	return ""
}

func (s *invSim) opContributeAndFinalize() {
	e := s.e
	var valid []*invTask
	for _, tk := range s.tasks {
		if tk.status == invUnset && s.expCAF(tk, invVariant{}, s.now) == "" {
			valid = append(valid, tk)
		}
	}
	if len(valid) == 0 && s.chance(0.5) {
		s.opMatch()
		return
	}
	w := s.workers[s.rng.IntN(len(s.workers))]
	if len(valid) > 0 && s.chance(0.25) {
		dl := valid[s.rng.IntN(len(valid))].deal
		var batch []*invTask
		var items []bindings.ContributeAndFinalizeItem
		for _, tk := range valid {
			if tk.deal == dl && len(batch) < 4 {
				batch = append(batch, tk)
				items = append(items, e.ContributeAndFinalizeItem(w, dl.d, tk.idx, tk.honest))
				s.touch(tk)
			}
		}
		dup := s.chance(0.15)
		if dup {
			items = append(items, items[len(items)-1])
		}
		s.log("%s contributes and finalizes a batch of %d tasks of %s (duplicate %v)", s.name(w.Address), len(items), dl, dup)
		s.hub("contributeAndFinalizeBatch", w, e.Poco.PackContributeAndFinalizeBatch(dl.d, items),
			func(t uint64) string {
				for _, tk := range batch {
					if want := s.expCAF(tk, invVariant{}, t); want != "" {
						return want
					}
				}
				if dup {
					return "PocoTaskWrongStatus"
				}
				return ""
			},
			func(_ *types.Receipt, t uint64) {
				s.expectEnded(batch...)
				for _, tk := range batch {
					s.applyCAF(tk, w)
				}
			})
		return
	}
	tk := s.pickTask(valid, 0.8)
	if tk == nil {
		s.opMatch()
		return
	}
	v := s.variant(0.1, "deal", "idx", "auth")
	deal, idx := invDealArg(tk.deal, v), s.idxArg(tk, v)
	item := e.ContributeAndFinalizeItem(w, tk.deal.d, idx, tk.honest)
	if v.badAuth {
		item.AuthorizationSign = e.Authorize(tk.deal.d, idx, e.Requester.Address, common.Address{})
	}
	s.log("%s contributes and finalizes %s (trust %d, status %d)%s", s.name(w.Address), tk, tk.deal.trust, tk.status, v)
	s.touch(tk)
	s.hub("contributeAndFinalize", w, e.Poco.PackContributeAndFinalize(deal, item),
		func(t uint64) string { return s.expCAF(tk, v, t) },
		func(*types.Receipt, uint64) {
			s.expectEnded(tk)
			s.applyCAF(tk, w)
		})
}

func (s *invSim) applyCAF(tk *invTask, w *chaintest.Account) {
	dl := tk.deal
	pot := dl.wpPrice * (100 - dl.schedRatio) / 100
	s.mReward(w.Address, pot)
	s.settleCompleted(dl, dl.wpPrice-pot)
	tk.status = invCompleted
	tk.fastPath = true
	s.count("~ task completed: fast path")
}

func (s *invSim) expClaim(tk *invTask, v invVariant, t uint64) string {
	switch {
	case v.unknownDeal:
		return "PocoUnknownDeal"
	case v.badIdx:
		return "PocoTaskIndexOutOfRange"
	case tk.final():
		return "PocoTaskWrongStatus"
	case t < tk.deal.finalDeadline():
		return "PocoDeadlineNotReached"
	case v.wrongList:
		return "PocoContributorsMismatch"
	}
	return ""
}

// applyClaim fails a task as the rules say: the payer is refunded, the pool's stake goes to
// the kitty, and the contributions are judged against the reference group (the consensus
// group of a REVEALING task, else the strictly heaviest group; none on a tie): those
// outside it lose their stake, vesting rewards and score, which the group's members share
// by log2 of their weights (the rounding dust to the kitty); everyone else gets the stake
// back.
func (s *invSim) applyClaim(tk *invTask, st *invSettlement) {
	dl := tk.deal
	ref, hasRef, kind := s.reference(tk)
	var pot uint64
	var minority int
	listed := tk.listed()
	for _, c := range listed {
		a := c.worker.Address
		if hasRef && c.hash != ref {
			pot += dl.stake + s.mForfeit(a, st.t)
			st.worker(a, 0, 0, dl.stake)
			c.status = invRejected
			s.txEv.rejected++
			s.score[a] = 0
			minority++
		} else {
			st.worker(a, dl.stake, 0, 0)
		}
	}
	if pot != 0 {
		var logSum uint64
		for _, c := range tk.contribs {
			if c.hash == ref {
				logSum += protocol.Log2(c.weight)
			}
		}
		var paid uint64
		for _, c := range listed {
			if c.hash != ref {
				continue
			}
			share := new(big.Int).Mul(new(big.Int).SetUint64(pot), new(big.Int).SetUint64(protocol.Log2(c.weight)))
			share.Quo(share, new(big.Int).SetUint64(logSum))
			paid += share.Uint64()
			st.worker(c.worker.Address, 0, share.Uint64(), 0)
		}
		st.dust += pot - paid
		if pot != paid {
			s.count("~ claim: rounding dust to the kitty")
		}
	}
	s.mUnlock(dl.sponsor, dl.price())
	s.mSeize(s.e.PoolOwner.Address, dl.poolStake)
	s.kitty += dl.poolStake
	s.count(fmt.Sprintf("~ task failed from status %d, %d contributions, reference group: %s, %d penalized", tk.status,
		min(len(tk.contribs), 4), kind, min(minority, 2)))
	tk.status = invFailed
}

// reference is the group a claim judges tk's contributions by: the consensus group once the
// reveals opened, else the strictly heaviest group (whatever the order the contract meets
// the groups in); none on a tie or without contributions.
func (s *invSim) reference(tk *invTask) (ref [32]byte, ok bool, kind string) {
	if tk.status == invRevealing {
		return tk.consensus, true, "consensus"
	}
	var best *big.Int
	tie := false
	for _, c := range tk.contribs {
		w := tk.groups[c.hash].weight
		switch {
		case best == nil || w.Cmp(best) > 0:
			ref, best, tie = c.hash, w, false
		case c.hash != ref && w.Cmp(best) == 0:
			tie = true
		}
	}
	switch {
	case best == nil:
		return ref, false, "none (no contributions)"
	case tie:
		return [32]byte{}, false, "none (tie)"
	}
	return ref, true, "heaviest"
}

func (s *invSim) opClaim() {
	e := s.e
	var valid []*invTask
	for _, tk := range s.tasks {
		if !tk.final() && s.expClaim(tk, invVariant{}, s.now) == "" {
			valid = append(valid, tk)
		}
	}
	if len(valid) == 0 && s.chance(0.5) {
		s.opContribute()
		return
	}
	caller := s.actors[s.rng.IntN(len(s.actors))]
	if len(valid) > 0 && s.chance(0.2) {
		dl := valid[s.rng.IntN(len(valid))].deal
		s.claimBatch(caller, dl, valid)
		return
	}
	tk := s.pickTask(valid, 0.75)
	if tk == nil {
		s.opMatch()
		return
	}
	v := s.variant(0.12, "deal", "idx", "list")
	s.log("%s claims %s (status %d, final deadline %+d)%s", s.name(caller.Address), tk, tk.status,
		int(tk.deal.finalDeadline())-int(s.now), v)
	s.touch(tk)
	s.hub("claim", caller, e.Poco.PackClaim(invDealArg(tk.deal, v),
		bindings.ClaimItem{Idx: new(big.Int).SetUint64(s.idxArg(tk, v)), Contributors: s.contributors(tk, v)}),
		func(t uint64) string { return s.expClaim(tk, v, t) },
		func(_ *types.Receipt, t uint64) {
			s.expectEnded(tk)
			st := s.settlement(tk.deal, t)
			s.applyClaim(tk, st)
			st.finish()
		})
}

// claimBatch claims every task of dl that is in cands, in one transaction.
func (s *invSim) claimBatch(caller *chaintest.Account, dl *invDeal, cands []*invTask) {
	var batch []*invTask
	var items []bindings.ClaimItem
	for _, tk := range cands {
		if tk.deal == dl {
			batch = append(batch, tk)
			items = append(items, bindings.ClaimItem{Idx: new(big.Int).SetUint64(tk.idx), Contributors: s.contributors(tk, invVariant{})})
			s.touch(tk)
		}
	}
	s.log("%s claims a batch of %d tasks of %s", s.name(caller.Address), len(items), dl)
	s.hub("claimBatch", caller, s.e.Poco.PackClaimBatch(dl.d, items),
		func(t uint64) string {
			for _, tk := range batch {
				if want := s.expClaim(tk, invVariant{}, t); want != "" {
					return want
				}
			}
			return ""
		},
		func(_ *types.Receipt, t uint64) {
			s.expectEnded(batch...)
			st := s.settlement(dl, t)
			for _, tk := range batch {
				s.applyClaim(tk, st)
			}
			st.finish()
		})
}

// ───────────────────────────── drain ─────────────────────────────

// drain moves past every final deadline, claims every unfinished task, checks that no
// task can end a second time and that nothing stays locked but the kitty.
func (s *invSim) drain() {
	e := s.e
	s.log("drain: advance past every final deadline")
	var last uint64
	for _, dl := range s.deals {
		last = max(last, dl.finalDeadline())
	}
	s.advanceTo(last)
	for _, dl := range s.deals {
		var open []*invTask
		for _, tk := range dl.tasks {
			if !tk.final() {
				open = append(open, tk)
			}
		}
		switch {
		case len(open) == 0:
		case len(open) >= 2 && s.chance(0.5):
			s.claimBatch(s.actors[s.rng.IntN(len(s.actors))], dl, open)
		default:
			for _, tk := range open {
				s.log("drain: claim %s (status %d)", tk, tk.status)
				s.touch(tk)
				s.hub("claim", e.Requester, e.Poco.PackClaim(dl.d,
					bindings.ClaimItem{Idx: new(big.Int).SetUint64(tk.idx), Contributors: s.contributors(tk, invVariant{})}),
					func(t uint64) string { return s.expClaim(tk, invVariant{}, t) },
					func(_ *types.Receipt, t uint64) {
						s.expectEnded(tk)
						st := s.settlement(dl, t)
						s.applyClaim(tk, st)
						st.finish()
					})
			}
		}
		s.check()
	}
	s.log("drain: every task ended once; second endings refused")
	for _, tk := range s.tasks {
		s.checkTask(tk, true)
		if !tk.final() || s.ended[tk.id] != 1 {
			s.fatalf("%s: status %d, ended %d times after the drain", tk, tk.status, s.ended[tk.id])
		}
		dl := tk.deal
		s.e.Revert(e.Requester, e.Poco.PackClaim(dl.d,
			bindings.ClaimItem{Idx: new(big.Int).SetUint64(tk.idx), Contributors: s.e.Contributors(dl.d, tk.idx)}),
			"PocoTaskWrongStatus")
		s.e.Revert(e.PoolOwner, e.Poco.PackFinalize(dl.d, s.finalizeItem(tk, invVariant{})), "PocoTaskWrongStatus")
		want := "PocoTrustNotOne"
		if dl.trust == 1 {
			want = "PocoTaskWrongStatus"
		}
		s.e.Revert(s.workers[0], e.Poco.PackContributeAndFinalize(dl.d, e.ContributeAndFinalizeItem(s.workers[0], dl.d, tk.idx, tk.honest)), want)
	}
	s.check()
	// Only vesting rewards stay locked; a first reveal has no task left to open.
	for _, a := range e.Accounts {
		v := s.vesting(a.Address)
		if l := e.Locked(a.Address); l.Uint64() != v.older+v.newer {
			s.fatalf("%s still has %s locked after every task ended, %d of it vesting", s.name(a.Address), l, v.older+v.newer)
		}
	}
	// Two days later everyone's rewards have vested; anyone releases them.
	s.step++
	s.log("drain: advance two days, release every worker's vesting rewards")
	s.advance(2 * invVestingPeriod)
	for _, a := range e.Accounts {
		if v := s.vesting(a.Address); v.older+v.newer != 0 {
			caller := s.actors[s.rng.IntN(len(s.actors))]
			s.hub("releaseVested", caller, e.Poco.PackReleaseVested(a.Address), invNever, func(_ *types.Receipt, t uint64) {
				s.mMatured(a.Address, t, "by releaseVested")
			})
		}
	}
	s.check()
	for _, a := range e.Accounts {
		if l := e.Locked(a.Address); l.Sign() != 0 {
			s.fatalf("%s still has %s locked two days after every task ended", s.name(a.Address), l)
		}
	}
	var free uint64
	for _, a := range e.Accounts {
		free += e.Free(a.Address).Uint64()
	}
	if held := e.TokenBalance(e.D.Hub).Uint64(); free+s.kitty != held {
		s.fatalf("after the drain: free balances %d + kitty %d != hub tokens %d", free, s.kitty, held)
	}
	s.t.Logf("drained: kitty holds %d, hub %d", s.kitty, s.hubTokens)
}

// ───────────────────────────── wide batches ─────────────────────────────

// widePhase settles a finalizeBatch and a claimBatch with 20 and 18 distinct contributors:
// the task module tallies 16 per call and pays the others directly, which must come to
// the same balances.
func (s *invSim) widePhase() {
	e := s.e
	s.checked = e.Accounts
	s.log("wide: fund the requester and the pool owner")
	for _, acc := range []*chaintest.Account{e.Requester, e.PoolOwner} {
		amount := 1000 * uint64(pocotest.RLC)
		if !s.exec("approveAndCall", acc, e.D.Token, e.TokenABI.PackApproveAndCall(e.D.Hub, new(big.Int).SetUint64(amount), nil),
			invNever, func(*types.Receipt, uint64) {
				s.allowance[acc.Address] = amount
				s.applyDeposit(acc.Address, acc.Address, amount)
			}) {
			s.fatalf("wide phase: deposit refused")
		}
	}
	s.check()
	w := s.wide
	type vote struct {
		w    int
		good bool
	}
	// Deal 1, finalized in one batch: tasks 0–6 get two agreeing votes (the rule holds at
	// trust 3), tasks 7 and 8 a dissent after the first agreeing vote, then two more agreeing
	// votes; 20 distinct workers. The first reveal of each task, with the scheduler's permit,
	// opens its reveals.
	dl := s.wideDeal(9)
	for i, tk := range dl.tasks {
		plan := []vote{{2 * i, true}, {2*i + 1, true}}
		switch i {
		case 7:
			plan = []vote{{14, true}, {15, false}, {16, true}, {17, true}}
		case 8:
			plan = []vote{{18, true}, {19, false}, {0, true}, {1, true}}
		}
		for _, v := range plan {
			digest, label := tk.honest, "good"
			if !v.good {
				digest, label = tk.digestFor("bad0"), "bad0"
			}
			s.mustContribute(tk, w[v.w], digest, label)
		}
		if !s.satisfies(tk, protocol.ResultHash(tk.id, tk.honest)) {
			s.fatalf("wide phase: %s: the honest group does not satisfy the rule", tk)
		}
		for _, c := range tk.contribs {
			if c.digest == tk.honest {
				s.step++
				s.log("wide: %s reveals on %s", s.name(c.worker.Address), tk)
				if !s.doReveal(tk, c.worker, c.digest, invVariant{}) {
					s.fatalf("wide phase: reveal refused")
				}
				s.check()
			}
		}
	}
	s.step++
	var items []bindings.FinalizeItem
	for _, tk := range dl.tasks {
		items = append(items, s.finalizeItem(tk, invVariant{}))
		s.touch(tk)
	}
	s.log("wide: finalize the %d tasks of %s in one batch (20 distinct contributors)", len(items), dl)
	if !s.hub("finalizeBatch", e.PoolOwner, e.Poco.PackFinalizeBatch(dl.d, items),
		func(t uint64) string {
			for _, tk := range dl.tasks {
				if want := s.expFinalize(tk, invVariant{}, t); want != "" {
					return want
				}
			}
			return ""
		},
		func(_ *types.Receipt, t uint64) {
			s.expectEnded(dl.tasks...)
			st := s.settlement(dl, t)
			for _, tk := range dl.tasks {
				s.applyFinalize(tk, st)
			}
			st.finish()
		}) {
		s.fatalf("wide phase: finalizeBatch refused")
	}
	s.check()

	// Deal 2, claimed in one batch after its final deadline: 20 distinct contributors, a
	// few of whom revealed (the reveals of those tasks opened: the consensus group is the
	// reference), and dissenters on unopened tasks (the heaviest group is the reference):
	// W19 on task 2, within the claim's tally of 16 workers; W16 on task 7 and W18 on task 8,
	// beyond it. W18 is paid at once for its share of task 7 (W16's stake), so that share
	// vests before task 8 forfeits W18's vesting rewards (deal 1's too): within the tally,
	// the share would vest at the end of the call and survive.
	dl = s.wideDeal(9)
	for i, tk := range dl.tasks {
		s.mustContribute(tk, w[2*i], tk.honest, "good")
		s.mustContribute(tk, w[2*i+1], tk.honest, "good")
		switch i {
		case 2:
			s.mustContribute(tk, w[19], tk.digestFor("bad0"), "bad0")
		case 7:
			s.mustContribute(tk, w[18], tk.honest, "good")
			s.mustContribute(tk, w[16], tk.digestFor("bad1"), "bad1")
		case 8:
			s.mustContribute(tk, w[18], tk.digestFor("bad1"), "bad1")
		}
		if i%3 == 0 {
			s.step++
			s.log("wide: %s reveals on %s", s.name(w[2*i].Address), tk)
			if !s.doReveal(tk, w[2*i], tk.honest, invVariant{}) {
				s.fatalf("wide phase: reveal refused")
			}
			s.check()
		}
	}
	s.step++
	s.advanceTo(dl.finalDeadline())
	s.claimBatch(e.Requester, dl, dl.tasks)
	for _, tk := range dl.tasks {
		if tk.status != invFailed {
			s.fatalf("wide phase: claimBatch refused")
		}
	}
	s.check()
}

// wideDeal matches a trust-3 deal of `volume` tasks at fixed prices, paid by the requester.
func (s *invSim) wideDeal(volume uint64) *invDeal {
	e := s.e
	s.step++
	a := &invOrder{kind: invKApp, app: e.AppOrder(), price: 2 * pocotest.RLC, volume: volume}
	a.app.AppPrice, a.app.Volume = new(big.Int).SetUint64(a.price), new(big.Int).SetUint64(volume)
	w := &invOrder{kind: invKPool, wp: e.WorkerpoolOrder(), price: 10 * pocotest.RLC, volume: volume, trust: 3}
	w.wp.WorkerpoolPrice, w.wp.Volume = new(big.Int).SetUint64(w.price), new(big.Int).SetUint64(volume)
	w.wp.Category, w.wp.Trust = new(big.Int).Set(s.cat), big.NewInt(3)
	r := &invOrder{kind: invKRequest, req: e.RequestOrder(a.app, pocotest.NoDataset(), w.wp), volume: volume, trust: 3,
		maxPrice: [3]uint64{a.price, 0, w.price}}
	r.req.Volume, r.req.Trust, r.req.Category = new(big.Int).SetUint64(volume), big.NewInt(3), new(big.Int).Set(s.cat)
	for _, o := range []*invOrder{a, w, r} {
		o.n = len(s.orders[o.kind])
		o.hash = s.orderHash(o)
		o.sig = e.Sign(s.owner(o.kind).Key, o.hash)
		s.orders[o.kind] = append(s.orders[o.kind], o)
		s.allOrders = append(s.allOrders, o)
	}
	o := &pocotest.Orders{App: a.app, Workerpool: w.wp, Request: r.req}
	o.Sigs.App, o.Sigs.Dataset, o.Sigs.Workerpool, o.Sigs.Request = a.sig, []byte{}, w.sig, r.sig
	s.log("wide: match %s %s %s (trust 3, volume %d)", a, w, r, volume)
	n := len(s.deals)
	if !s.hub("match", e.Requester, e.PackMatch(o), func(uint64) string { return s.expMatch(a, nil, w, r, e.Requester.Address) },
		func(rc *types.Receipt, t uint64) { s.applyMatch(rc, t, a, nil, w, r, e.Requester.Address) }) {
		s.fatalf("wide phase: match refused")
	}
	s.check()
	return s.deals[n]
}

// mustContribute sends a contribution that the model says must succeed, as its own step.
func (s *invSim) mustContribute(tk *invTask, w *chaintest.Account, digest [32]byte, label string) {
	s.step++
	s.log("wide: %s contributes %s to %s", s.name(w.Address), label, tk)
	s.touch(tk)
	if !s.doContribute(tk, w, digest, invVariant{}) {
		s.fatalf("wide phase: contribution refused")
	}
	s.check()
}
