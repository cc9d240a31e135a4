package protocol

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Contract constants the Ledger mirrors (PocoStore.sol, PocoTasks.sol).
const (
	PoolStakeRatio = 30      // percent of the pool price the pool owner locks per task
	KittyRatio     = 10      // percent of the kitty a finalizing scheduler receives
	KittyMin       = 1e9     // minimum kitty bonus (1 RLC), capped by what the kitty holds
	VestingPeriod  = 86400   // seconds a reward of a replicated deal stays locked and forfeitable
	TallyCapacity  = 16      // contributors a batch settles together; beyond, each is paid at once
	maxVestingUnit = 1 << 63 // the contract's buckets hold 2^88 − 1; uint64 amounts never reach it
)

// KittyAddress is the contract's KITTY pseudo-account: address(uint160(uint256(keccak256("poco.kitty")))).
var KittyAddress = common.BytesToAddress(crypto.Keccak256([]byte("poco.kitty")))

// MaxTotalWeight is the largest total weight a task may reach (the contract stores it in 56
// bits): a group of 15 contributors of weight MaxWeight fits, a 16th reverts with
// PocoWeightOverflow (13^16 > 2^56 − 1), as does a 56th fresh one (weight 2).
var MaxTotalWeight = new(big.Int).SetUint64(1<<56 - 1)

// TaskStatus is a task's state, numbered as in the contracts.
type TaskStatus uint8

// Task states.
const (
	TaskUnset TaskStatus = iota
	TaskActive
	TaskRevealing
	TaskCompleted
	TaskFailed
)

var taskStatusNames = [...]string{"UNSET", "ACTIVE", "REVEALING", "COMPLETED", "FAILED"}

func (s TaskStatus) String() string {
	if int(s) < len(taskStatusNames) {
		return taskStatusNames[s]
	}
	return fmt.Sprintf("TaskStatus(%d)", uint8(s))
}

// ContributionStatus is a contribution's state, numbered as in the contracts.
type ContributionStatus uint8

// Contribution states.
const (
	ContributionUnset ContributionStatus = iota
	ContributionContributed
	ContributionProved
	ContributionRejected
)

// LedgerError is a refusal of the Ledger, named after the custom error the contract reverts
// with in the same situation (Name, e.g. "PocoNoConsensus").
type LedgerError struct {
	Name   string
	Detail string
}

func (e *LedgerError) Error() string { return e.Name + ": " + e.Detail }

func refuse(name, format string, args ...any) error {
	return &LedgerError{Name: name, Detail: fmt.Sprintf(format, args...)}
}

// Balance is an account's free and locked tokens.
type Balance struct{ Free, Locked uint64 }

// Vesting is a worker's rewards still at risk, in the contract's two buckets (part of its
// locked balance); release times are unix seconds.
type Vesting struct {
	Older, OlderRelease uint64
	Newer, NewerRelease uint64
}

// Total is what still vests.
func (v Vesting) Total() uint64 { return v.Older + v.Newer }

// LedgerDeal is what a task operation needs of a deal (the fields of the contract's Deal it
// reads).
type LedgerDeal struct {
	ID                                             [32]byte
	AppOwner, DatasetOwner, WorkerpoolOwner, Payer common.Address // Payer: the deal's sponsor
	AppPrice, DatasetPrice, WorkerpoolPrice        uint64
	Trust                                          uint64 // ≥ 1
	WorkClockTimeRef, StartTime                    uint64 // seconds
	BotFirst, BotSize                              uint64
	WorkerStake, SchedulerRewardRatio              uint64
}

// TaskPrice is what the payer pays per task.
func (d *LedgerDeal) TaskPrice() uint64 { return d.AppPrice + d.DatasetPrice + d.WorkerpoolPrice }

// ContributionDeadline, FinalDeadline are the deal's task deadlines (unix seconds).
func (d *LedgerDeal) ContributionDeadline() uint64 {
	return d.StartTime + ContributionDeadlineRatio*d.WorkClockTimeRef
}

// FinalDeadline is when unfinished tasks can be claimed.
func (d *LedgerDeal) FinalDeadline() uint64 {
	return d.StartTime + FinalDeadlineRatio*d.WorkClockTimeRef
}

// LedgerContribution is one stored contribution, in contribution order.
type LedgerContribution struct {
	Worker     common.Address
	ResultHash [32]byte
	Seal       [32]byte // the contract keeps its first 16 bytes
	Weight     uint64
	Status     ContributionStatus
}

type ledgerGroup struct {
	weight    *big.Int
	members   int
	consensus bool
}

// LedgerTask is a task's stored state.
type LedgerTask struct {
	ID             [32]byte
	Status         TaskStatus
	Contributions  []LedgerContribution
	Winners        int
	RevealDeadline uint64
	total          *big.Int
	groups         map[[32]byte]*ledgerGroup
}

// Group is the weight and member count of resultHash's group, and whether the reveals
// opened on it.
func (t *LedgerTask) Group(resultHash [32]byte) (weight *big.Int, members int, consensus bool) {
	g := t.groups[resultHash]
	if g == nil {
		return new(big.Int), 0, false
	}
	return new(big.Int).Set(g.weight), g.members, g.consensus
}

// TotalWeight is 1 + Σ groups.
func (t *LedgerTask) TotalWeight() *big.Int { return new(big.Int).Set(t.total) }

// Contribution returns worker's contribution.
func (t *LedgerTask) Contribution(worker common.Address) (LedgerContribution, bool) {
	for _, c := range t.Contributions {
		if c.Worker == worker {
			return c, true
		}
	}
	return LedgerContribution{}, false
}

func (t *LedgerTask) contribution(worker common.Address) *LedgerContribution {
	for i := range t.Contributions {
		if t.Contributions[i].Worker == worker {
			return &t.Contributions[i]
		}
	}
	return nil
}

func (t *LedgerTask) clone() *LedgerTask {
	c := *t
	c.Contributions = append([]LedgerContribution(nil), t.Contributions...)
	c.total = new(big.Int).Set(t.total)
	c.groups = make(map[[32]byte]*ledgerGroup, len(t.groups))
	for h, g := range t.groups {
		c.groups[h] = &ledgerGroup{weight: new(big.Int).Set(g.weight), members: g.members, consensus: g.consensus}
	}
	return &c
}

// Ledger is the Go mirror of the hub's accounts and task module: the same state transitions,
// the same integer arithmetic, the same refusals (named after the contract's errors). It is
// what `poco bench trust` plays the protocol on, and a differential test holds it against the
// deployed contracts.
//
// It does not check signatures, authorizations, enclaves or callbacks, nor who sends a
// transaction: callers pass only operations the contract would authorize (permit says
// whether a reveal carries a valid scheduler permit). Amounts are uint64 (a 9-decimal token
// with RLC's supply fits with room to spare); an operation that would overflow panics. Each
// operation is atomic: when it refuses, nothing changed. Now is the block time the next
// operation runs at.
type Ledger struct {
	Now uint64

	accounts map[common.Address]Balance
	scores   map[common.Address]uint64
	vestings map[common.Address]Vesting
	tasks    map[[32]byte]*LedgerTask

	undo []func() // journal of the running operation
}

// NewLedger is an empty ledger at time now.
func NewLedger(now uint64) *Ledger {
	return &Ledger{
		Now:      now,
		accounts: map[common.Address]Balance{},
		scores:   map[common.Address]uint64{},
		vestings: map[common.Address]Vesting{},
		tasks:    map[[32]byte]*LedgerTask{},
	}
}

// ───────────────────────────── views ─────────────────────────────

// Balance is addr's free and locked balance.
func (l *Ledger) Balance(addr common.Address) Balance { return l.accounts[addr] }

// Score is worker's reputation.
func (l *Ledger) Score(worker common.Address) uint64 { return l.scores[worker] }

// SetScore sets worker's reputation, for simulations that start from a given state.
func (l *Ledger) SetScore(worker common.Address, score uint64) { l.scores[worker] = score }

// Vesting is worker's rewards still vesting.
func (l *Ledger) Vesting(worker common.Address) Vesting { return l.vestings[worker] }

// Kitty is what the kitty holds.
func (l *Ledger) Kitty() uint64 { return l.accounts[KittyAddress].Locked }

// Task is task taskid's state (nil if nothing happened to it). The caller must not modify it.
func (l *Ledger) Task(taskid [32]byte) *LedgerTask { return l.tasks[taskid] }

// Held is the sum of every free and locked balance: what the hub's token balance must be.
func (l *Ledger) Held() uint64 {
	var sum uint64
	for _, b := range l.accounts {
		sum += b.Free + b.Locked
	}
	return sum
}

// Forget drops a COMPLETED or FAILED task from memory (simulations that run many tasks); a
// forgotten task reads as never started.
func (l *Ledger) Forget(taskid [32]byte) {
	if t := l.tasks[taskid]; t != nil && (t.Status == TaskCompleted || t.Status == TaskFailed) {
		delete(l.tasks, taskid)
	}
}

// ───────────────────────────── journal ─────────────────────────────

func (l *Ledger) atomic(f func() error) error {
	l.undo = l.undo[:0]
	err := f()
	if err != nil {
		for i := len(l.undo) - 1; i >= 0; i-- {
			l.undo[i]()
		}
	}
	l.undo = l.undo[:0]
	return err
}

// journal records, for atomic's undo, how to put m[k] back as it is now (absent
// included).
func journal[K comparable, V any](l *Ledger, m map[K]V, k K) {
	old, had := m[k]
	l.undo = append(l.undo, func() {
		if had {
			m[k] = old
		} else {
			delete(m, k)
		}
	})
}

func (l *Ledger) setBalance(a common.Address, b Balance) {
	journal(l, l.accounts, a)
	l.accounts[a] = b
}

func (l *Ledger) setScore(w common.Address, s uint64) {
	journal(l, l.scores, w)
	l.scores[w] = s
}

func (l *Ledger) setVesting(w common.Address, v Vesting) {
	journal(l, l.vestings, w)
	if v == (Vesting{}) {
		delete(l.vestings, w)
	} else {
		l.vestings[w] = v
	}
}

// task returns taskid's state for writing, journaled.
func (l *Ledger) task(taskid [32]byte) *LedgerTask {
	t, had := l.tasks[taskid]
	if !had {
		t = &LedgerTask{ID: taskid, total: big.NewInt(1), groups: map[[32]byte]*ledgerGroup{}}
	}
	saved := t.clone()
	l.undo = append(l.undo, func() {
		if had {
			l.tasks[taskid] = saved
		} else {
			delete(l.tasks, taskid)
		}
	})
	l.tasks[taskid] = t
	return t
}

// ───────────────────────────── balances ─────────────────────────────

func add(a, b uint64) uint64 {
	if a+b < a {
		panic("protocol.Ledger: amount overflows uint64")
	}
	return a + b
}

func sub(a, b uint64, what string) uint64 {
	if b > a {
		panic("protocol.Ledger: " + what + " underflows (a bug: the contract would panic)")
	}
	return a - b
}

// Deposit credits amount to owner's free balance.
func (l *Ledger) Deposit(owner common.Address, amount uint64) error {
	if amount == 0 {
		return refuse("PocoZeroAmount", "deposit of 0")
	}
	return l.atomic(func() error {
		b := l.accounts[owner]
		b.Free = add(b.Free, amount)
		l.setBalance(owner, b)
		return nil
	})
}

// Withdraw takes amount from owner's free balance.
func (l *Ledger) Withdraw(owner common.Address, amount uint64) error {
	if amount == 0 {
		return refuse("PocoZeroAmount", "withdrawal of 0")
	}
	return l.atomic(func() error {
		b := l.accounts[owner]
		if b.Free < amount {
			return refuse("PocoInsufficientFreeBalance", "%s has %d free, needs %d", owner.Hex(), b.Free, amount)
		}
		b.Free -= amount
		l.setBalance(owner, b)
		return nil
	})
}

func (l *Ledger) lock(a common.Address, amount uint64) error {
	if amount == 0 {
		return nil
	}
	b := l.accounts[a]
	if b.Free < amount {
		return refuse("PocoInsufficientFreeBalance", "%s has %d free, needs %d", a.Hex(), b.Free, amount)
	}
	b.Free -= amount
	b.Locked = add(b.Locked, amount)
	l.setBalance(a, b)
	return nil
}

func (l *Ledger) unlock(a common.Address, amount uint64) {
	if amount == 0 {
		return
	}
	b := l.accounts[a]
	b.Locked = sub(b.Locked, amount, "unlock")
	b.Free = add(b.Free, amount)
	l.setBalance(a, b)
}

func (l *Ledger) seize(a common.Address, amount uint64) {
	if amount == 0 {
		return
	}
	b := l.accounts[a]
	b.Locked = sub(b.Locked, amount, "seize")
	l.setBalance(a, b)
}

func (l *Ledger) reward(a common.Address, amount uint64) {
	if amount == 0 {
		return
	}
	b := l.accounts[a]
	b.Free = add(b.Free, amount)
	l.setBalance(a, b)
}

// matured releases worker's matured buckets to free and returns what is left (not stored).
func (l *Ledger) matured(worker common.Address) Vesting {
	v := l.vestings[worker]
	var released uint64
	if v.Older != 0 && v.OlderRelease <= l.Now {
		released, v.Older = v.Older, 0
	}
	if v.Newer != 0 && v.NewerRelease <= l.Now {
		released, v.Newer = released+v.Newer, 0
	}
	if released != 0 {
		b := l.accounts[worker]
		b.Locked = sub(b.Locked, released, "release")
		b.Free = add(b.Free, released)
		l.setBalance(worker, b)
	}
	return v
}

func (l *Ledger) vest(worker common.Address, amount uint64) {
	if amount == 0 {
		return
	}
	v := l.matured(worker)
	if v.Older == 0 && v.Newer != 0 {
		v.Older, v.OlderRelease, v.Newer = v.Newer, v.NewerRelease, 0
	}
	if amount >= maxVestingUnit {
		panic("protocol.Ledger: vesting amount beyond the mirror's range")
	}
	v.Newer = add(v.Newer, amount)
	v.NewerRelease = l.Now + VestingPeriod
	b := l.accounts[worker]
	b.Locked = add(b.Locked, amount)
	l.setBalance(worker, b)
	l.setVesting(worker, v)
}

// forfeit seizes worker's vesting rewards (after releasing matured ones) and returns them.
func (l *Ledger) forfeit(worker common.Address) uint64 {
	v := l.matured(worker)
	l.setVesting(worker, Vesting{})
	amount := v.Older + v.Newer
	l.seize(worker, amount)
	return amount
}

// ReleaseVested moves worker's matured vesting rewards to its free balance (anyone may).
func (l *Ledger) ReleaseVested(worker common.Address) {
	_ = l.atomic(func() error {
		l.setVesting(worker, l.matured(worker))
		return nil
	})
}

// ───────────────────────────── match ─────────────────────────────

// Match locks what a deal's match locks: the payer's price × size and the pool owner's
// stake (POOL_STAKE_RATIO of the pool price) × size. The orders' checks are not mirrored.
func (l *Ledger) Match(d *LedgerDeal) error {
	return l.atomic(func() error {
		if err := l.lock(d.Payer, d.TaskPrice()*d.BotSize); err != nil {
			return err
		}
		return l.lock(d.WorkerpoolOwner, d.WorkerpoolPrice*PoolStakeRatio/100*d.BotSize)
	})
}

// ───────────────────────────── tasks ─────────────────────────────

func (l *Ledger) taskid(d *LedgerDeal, idx uint64) ([32]byte, error) {
	if idx < d.BotFirst || idx-d.BotFirst >= d.BotSize {
		return [32]byte{}, refuse("PocoTaskIndexOutOfRange", "index %d outside [%d, %d)", idx, d.BotFirst, d.BotFirst+d.BotSize)
	}
	return TaskID(d.ID, idx), nil
}

func (l *Ledger) before(deadline uint64, what string) error {
	if l.Now >= deadline {
		return refuse("PocoDeadlinePassed", "%s deadline %d passed (now %d)", what, deadline, l.Now)
	}
	return nil
}

// Contribution is one contribute item: worker commits resultHash and seal to task Index.
type Contribution struct {
	Index      uint64
	ResultHash [32]byte
	Seal       [32]byte
}

// Commit builds the contribution of digest by worker to task idx of deal dealid.
func Commit(worker common.Address, dealid [32]byte, idx uint64, digest [32]byte) Contribution {
	taskid := TaskID(dealid, idx)
	return Contribution{Index: idx, ResultHash: ResultHash(taskid, digest), Seal: ResultSeal(worker, taskid, digest)}
}

// Contribute mirrors contribute and contributeBatch: worker's contributions to tasks of d,
// with one stake locked per item. Authorizations are assumed valid.
func (l *Ledger) Contribute(d *LedgerDeal, worker common.Address, items ...Contribution) error {
	return l.atomic(func() error {
		for _, it := range items {
			if err := l.contribute(d, worker, it); err != nil {
				return err
			}
		}
		return l.lock(worker, d.WorkerStake*uint64(len(items)))
	})
}

func (l *Ledger) contribute(d *LedgerDeal, worker common.Address, it Contribution) error {
	taskid, err := l.taskid(d, it.Index)
	if err != nil {
		return err
	}
	if old := l.tasks[taskid]; old != nil && old.Status != TaskUnset && old.Status != TaskActive {
		return refuse("PocoTaskWrongStatus", "task %x is %s", taskid[:4], old.Status)
	}
	if err := l.before(d.ContributionDeadline(), "contribution"); err != nil {
		return err
	}
	if old := l.tasks[taskid]; old != nil && old.contribution(worker) != nil {
		return refuse("PocoAlreadyContributed", "%s already contributed to task %x", worker.Hex(), taskid[:4])
	}
	t := l.task(taskid)
	t.Status = TaskActive
	weight := Weight(l.scores[worker])
	g := t.groups[it.ResultHash]
	if g == nil {
		g = &ledgerGroup{weight: new(big.Int)}
		t.groups[it.ResultHash] = g
	}
	t.total.Sub(t.total, g.weight)
	if g.members == 0 {
		g.weight.SetUint64(weight)
	} else {
		g.weight.Mul(g.weight, new(big.Int).SetUint64(weight))
	}
	t.total.Add(t.total, g.weight)
	if t.total.Cmp(MaxTotalWeight) > 0 {
		return refuse("PocoWeightOverflow", "task %x", taskid[:4])
	}
	g.members++
	t.Contributions = append(t.Contributions, LedgerContribution{
		Worker: worker, ResultHash: it.ResultHash, Seal: it.Seal, Weight: weight, Status: ContributionContributed,
	})
	return nil
}

// Reveal is one reveal item: the digest of task Index, with Permit when the item carries a
// valid scheduler permit.
type Reveal struct {
	Index  uint64
	Digest [32]byte
	Permit bool
}

// Reveal mirrors reveal and revealBatch by worker. The first reveal of an ACTIVE task needs
// a permit and a group that satisfies the consensus rule; it opens the reveal phase.
func (l *Ledger) Reveal(d *LedgerDeal, worker common.Address, items ...Reveal) error {
	return l.atomic(func() error {
		for _, it := range items {
			if err := l.reveal(d, worker, it); err != nil {
				return err
			}
		}
		return nil
	})
}

func (l *Ledger) reveal(d *LedgerDeal, worker common.Address, it Reveal) error {
	taskid, err := l.taskid(d, it.Index)
	if err != nil {
		return err
	}
	resultHash := ResultHash(taskid, it.Digest)
	status := TaskUnset
	if old := l.tasks[taskid]; old != nil {
		status = old.Status
	}
	switch status {
	case TaskActive:
		if err := l.before(d.FinalDeadline(), "final"); err != nil {
			return err
		}
		if !it.Permit {
			return refuse("PocoInvalidRevealPermit", "task %x: no valid permit of the scheduler %s", taskid[:4], d.WorkerpoolOwner.Hex())
		}
		t := l.task(taskid)
		g := t.groups[resultHash]
		weight := new(big.Int)
		if g != nil {
			weight.Set(g.weight)
		}
		if !satisfies(weight, t.total, new(big.Int).SetUint64(d.Trust)) {
			return refuse("PocoNoConsensus", "task %x: group %s of total %s", taskid[:4], weight, t.total)
		}
		g.consensus = true
		t.Status = TaskRevealing
		t.Winners = g.members
		t.RevealDeadline = l.Now + RevealDeadlineRatio*d.WorkClockTimeRef
	case TaskRevealing:
	default:
		return refuse("PocoTaskWrongStatus", "task %x is %s", taskid[:4], status)
	}
	t := l.task(taskid)
	if err := l.before(t.RevealDeadline, "reveal"); err != nil {
		return err
	}
	c := t.contribution(worker)
	if c == nil || c.Status != ContributionContributed {
		st := ContributionUnset
		if c != nil {
			st = c.Status
		}
		return refuse("PocoCannotReveal", "%s has nothing to reveal on task %x (%d)", worker.Hex(), taskid[:4], st)
	}
	// The digest must be the consensus, the worker's contribution too (a worker that voted
	// another result cannot reveal the consensus), and its seal this digest's (the contract
	// keeps the first 16 bytes).
	seal := ResultSeal(worker, taskid, it.Digest)
	if g := t.groups[resultHash]; g == nil || !g.consensus || c.ResultHash != resultHash || [16]byte(seal[:16]) != [16]byte(c.Seal[:16]) {
		return refuse("PocoRevealMismatch", "%s's digest is not the consensus or not its own on task %x", worker.Hex(), taskid[:4])
	}
	c.Status = ContributionProved
	return nil
}

// ───────────────────────────── settlement ─────────────────────────────

type workerTally struct {
	worker                 common.Address
	unlock, reward, seized uint64
}

// settlement mirrors the contract's Settlement: amounts gathered over a call and applied
// once at its end, with room for TallyCapacity contributors.
type settlement struct {
	payerSeize, payerRefund, appReward, datasetReward                      uint64
	poolStakeUnlock, poolStakeSeize, schedulerReward, callerReward, kittyF uint64
	vest                                                                   bool
	workers                                                                []*workerTally
}

func (s *settlement) find(worker common.Address) *workerTally {
	for _, w := range s.workers {
		if w.worker == worker {
			return w
		}
	}
	if len(s.workers) == TallyCapacity {
		return nil
	}
	w := &workerTally{worker: worker}
	s.workers = append(s.workers, w)
	return w
}

func (l *Ledger) payWorker(s *settlement, worker common.Address, amount uint64) {
	if s.vest {
		l.vest(worker, amount)
	} else {
		l.reward(worker, amount)
	}
}

func (l *Ledger) tally(s *settlement, worker common.Address, unlock, reward, seized uint64) {
	w := s.find(worker)
	if w == nil {
		l.seize(worker, seized)
		l.unlock(worker, unlock)
		l.payWorker(s, worker, reward)
		return
	}
	w.unlock += unlock
	w.reward += reward
	w.seized += seized
}

// score applies a score change at once (as the contract does) and takes a tally slot as
// _setScore's lookup does.
func (l *Ledger) score(s *settlement, worker common.Address, next func(uint64) uint64) {
	old := l.scores[worker]
	n := next(old)
	if n == old {
		return
	}
	l.setScore(worker, n)
	s.find(worker)
}

func (l *Ledger) settle(d *LedgerDeal, s *settlement, caller common.Address) {
	l.seize(d.Payer, s.payerSeize)
	l.unlock(d.Payer, s.payerRefund)
	l.reward(d.AppOwner, s.appReward)
	l.reward(d.DatasetOwner, s.datasetReward)
	l.unlock(d.WorkerpoolOwner, s.poolStakeUnlock)
	l.reward(d.WorkerpoolOwner, s.schedulerReward)
	l.reward(caller, s.callerReward)
	for _, w := range s.workers {
		l.seize(w.worker, w.seized)
		l.unlock(w.worker, w.unlock)
		l.payWorker(s, w.worker, w.reward)
	}
	l.seize(d.WorkerpoolOwner, s.poolStakeSeize)
	if fill := s.poolStakeSeize + s.kittyF; fill != 0 {
		k := l.accounts[KittyAddress]
		k.Locked = add(k.Locked, fill)
		l.setBalance(KittyAddress, k)
	}
}

func (l *Ledger) drainKitty() uint64 {
	k := l.accounts[KittyAddress]
	if k.Locked == 0 {
		return 0
	}
	bonus := min(k.Locked, max(k.Locked*KittyRatio/100, KittyMin))
	k.Locked -= bonus
	l.setBalance(KittyAddress, k)
	return bonus
}

func accountTask(d *LedgerDeal, s *settlement) {
	s.payerSeize += d.TaskPrice()
	s.appReward += d.AppPrice
	s.datasetReward += d.DatasetPrice
	s.poolStakeUnlock += d.WorkerpoolPrice * PoolStakeRatio / 100
}

// ───────────────────────────── finalize ─────────────────────────────

// Final is one finalize item: task Index completes with Digest.
type Final struct {
	Index  uint64
	Digest [32]byte
}

// Finalize mirrors finalize and finalizeBatch (sent by the scheduler, the deal's pool
// owner): the contributor lists are the ledger's own.
func (l *Ledger) Finalize(d *LedgerDeal, items ...Final) error {
	return l.atomic(func() error {
		s := &settlement{vest: d.Trust > 1}
		for _, it := range items {
			if err := l.finalize(d, it, s); err != nil {
				return err
			}
		}
		l.settle(d, s, d.WorkerpoolOwner)
		return nil
	})
}

func (l *Ledger) finalize(d *LedgerDeal, it Final, s *settlement) error {
	taskid, err := l.taskid(d, it.Index)
	if err != nil {
		return err
	}
	old := l.tasks[taskid]
	if old == nil || old.Status != TaskRevealing {
		st := TaskUnset
		if old != nil {
			st = old.Status
		}
		return refuse("PocoTaskWrongStatus", "task %x is %s", taskid[:4], st)
	}
	if err := l.before(d.FinalDeadline(), "final"); err != nil {
		return err
	}
	if g := old.groups[ResultHash(taskid, it.Digest)]; g == nil || !g.consensus {
		return refuse("PocoResultDigestMismatch", "task %x: %x is not the consensus", taskid[:4], it.Digest[:4])
	}
	var reveals, logSum uint64
	for _, c := range old.Contributions {
		if c.Status == ContributionProved {
			reveals++
			logSum += Log2(c.Weight)
		}
	}
	if reveals == 0 || (reveals < uint64(old.Winners) && l.Now < old.RevealDeadline && !old.revealedDecide(d, l.Now, it.Digest)) {
		return refuse("PocoRevealsPending", "task %x: %d of %d winners revealed", taskid[:4], reveals, old.Winners)
	}
	t := l.task(taskid)
	t.Status = TaskCompleted
	stake := d.WorkerStake
	pot := d.WorkerpoolPrice
	listed := t.listed()
	for _, c := range listed {
		if c.Status == ContributionProved {
			continue
		}
		pot += stake
		l.tally(s, c.Worker, 0, 0, stake)
		c.Status = ContributionRejected
		if t.groups[c.ResultHash].consensus {
			l.score(s, c.Worker, ScoreAfterLoss)
		} else {
			pot += l.forfeit(c.Worker)
			l.score(s, c.Worker, ScoreAfterWrong)
		}
	}
	workersPot := pot * (100 - d.SchedulerRewardRatio) / 100
	var paid uint64
	confirmed := d.Trust > 1 && reveals > 1
	for _, c := range listed {
		if c.Status != ContributionProved {
			continue
		}
		r := mulDiv(workersPot, Log2(c.Weight), logSum)
		paid += r
		l.tally(s, c.Worker, stake, r, 0)
		if confirmed {
			l.score(s, c.Worker, ScoreAfterWin)
		}
	}
	accountTask(d, s)
	s.schedulerReward += pot - paid + l.drainKitty()
	return nil
}

// listed is the task's contributions in the order finalize and claim meet them: the
// contributor list's, ascending worker address (ContributorList). The order decides which
// contributors a settlement tallies (TallyCapacity) and the order of their events.
func (t *LedgerTask) listed() []*LedgerContribution {
	out := make([]*LedgerContribution, len(t.Contributions))
	for i := range t.Contributions {
		out[i] = &t.Contributions[i]
	}
	slices.SortFunc(out, func(a, b *LedgerContribution) int { return bytes.Compare(a.Worker[:], b.Worker[:]) })
	return out
}

// revealedDecide mirrors the contract's early finalize: a fifth of the reference time after
// the reveals opened, the revealed winners decide the task alone (protocol.RevealedDecide).
func (t *LedgerTask) revealedDecide(d *LedgerDeal, now uint64, digest [32]byte) bool {
	opened := t.RevealDeadline - RevealDeadlineRatio*d.WorkClockTimeRef
	if now < opened+d.WorkClockTimeRef/RevealGraceDivisor {
		return false
	}
	revealed := big.NewInt(1)
	for _, c := range t.Contributions {
		if c.Status == ContributionProved {
			revealed.Mul(revealed, new(big.Int).SetUint64(c.Weight))
		}
	}
	g := t.groups[ResultHash(t.ID, digest)]
	return RevealedDecide(d.Trust, t.total, g.weight, revealed)
}

// mulDiv is a × b / c in 128-bit precision, as the contract's uint256 arithmetic.
func mulDiv(a, b, c uint64) uint64 {
	x := new(big.Int).Mul(new(big.Int).SetUint64(a), new(big.Int).SetUint64(b))
	return x.Quo(x, new(big.Int).SetUint64(c)).Uint64()
}

// ───────────────────────── contributeAndFinalize ─────────────────────────

// ContributeAndFinalize mirrors the trust-1 fast path (and its batch) by worker.
func (l *Ledger) ContributeAndFinalize(d *LedgerDeal, worker common.Address, items ...Final) error {
	return l.atomic(func() error {
		s := &settlement{}
		for _, it := range items {
			taskid, err := l.taskid(d, it.Index)
			if err != nil {
				return err
			}
			if d.Trust != 1 {
				return refuse("PocoTrustNotOne", "task %x: trust %d", taskid[:4], d.Trust)
			}
			if old := l.tasks[taskid]; old != nil && old.Status != TaskUnset {
				return refuse("PocoTaskWrongStatus", "task %x is %s", taskid[:4], old.Status)
			}
			if err := l.before(d.ContributionDeadline(), "contribution"); err != nil {
				return err
			}
			t := l.task(taskid)
			t.Status = TaskCompleted
			t.Winners = 1
			t.Contributions = append(t.Contributions, LedgerContribution{
				Worker: worker, ResultHash: ResultHash(taskid, it.Digest), Weight: Weight(l.scores[worker]), Status: ContributionProved,
			})
			workersPot := d.WorkerpoolPrice * (100 - d.SchedulerRewardRatio) / 100
			s.callerReward += workersPot
			accountTask(d, s)
			s.schedulerReward += d.WorkerpoolPrice - workersPot + l.drainKitty()
		}
		l.settle(d, s, worker)
		return nil
	})
}

// ───────────────────────────── claim ─────────────────────────────

// Claim mirrors claim and claimBatch (anyone may send it): after the final deadline each
// unfinished task FAILS, the payer is refunded, the pool's stake goes to the kitty, and the
// contributors outside the reference group lose their stake, vesting rewards and score to
// the reference group's members.
func (l *Ledger) Claim(d *LedgerDeal, idxs ...uint64) error {
	return l.atomic(func() error {
		s := &settlement{vest: d.Trust > 1}
		for _, idx := range idxs {
			if err := l.claim(d, idx, s); err != nil {
				return err
			}
		}
		l.settle(d, s, common.Address{})
		return nil
	})
}

func (l *Ledger) claim(d *LedgerDeal, idx uint64, s *settlement) error {
	taskid, err := l.taskid(d, idx)
	if err != nil {
		return err
	}
	if old := l.tasks[taskid]; old != nil && (old.Status == TaskCompleted || old.Status == TaskFailed) {
		return refuse("PocoTaskWrongStatus", "task %x is %s", taskid[:4], old.Status)
	}
	if l.Now < d.FinalDeadline() {
		return refuse("PocoDeadlineNotReached", "task %x: final deadline %d not reached (now %d)", taskid[:4], d.FinalDeadline(), l.Now)
	}
	t := l.task(taskid)
	t.Status = TaskFailed
	ref, hasRef := t.referenceGroup()
	stake := d.WorkerStake
	var pot uint64
	listed := t.listed()
	for _, c := range listed {
		if hasRef && c.ResultHash != ref {
			pot += stake + l.forfeit(c.Worker)
			l.tally(s, c.Worker, 0, 0, stake)
			c.Status = ContributionRejected
			l.score(s, c.Worker, ScoreAfterWrong)
		} else {
			l.tally(s, c.Worker, stake, 0, 0)
		}
	}
	if pot != 0 {
		var logSum, paid uint64
		for _, c := range listed {
			if c.ResultHash == ref {
				logSum += Log2(c.Weight)
			}
		}
		for _, c := range listed {
			if c.ResultHash != ref {
				continue
			}
			r := mulDiv(pot, Log2(c.Weight), logSum)
			paid += r
			l.tally(s, c.Worker, 0, r, 0)
		}
		s.kittyF += pot - paid
	}
	s.payerRefund += d.TaskPrice()
	s.poolStakeSeize += d.WorkerpoolPrice * PoolStakeRatio / 100
	return nil
}

// referenceGroup is the group a claim judges contributions by: the consensus group of a
// REVEALING task, else the strictly heaviest group; none on a tie or without contributions.
func (t *LedgerTask) referenceGroup() ([32]byte, bool) {
	var (
		ref   [32]byte
		best  *big.Int
		found bool
		tie   bool
	)
	for _, c := range t.Contributions {
		h := c.ResultHash
		if found && h == ref {
			continue
		}
		g := t.groups[h]
		if g.consensus {
			return h, true
		}
		switch {
		case !found || g.weight.Cmp(best) > 0:
			ref, best, found, tie = h, g.weight, true, false
		case g.weight.Cmp(best) == 0:
			tie = true
		}
	}
	if tie {
		return [32]byte{}, false
	}
	return ref, found
}
