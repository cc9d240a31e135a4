package invoice

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/sdk"
)

// lineKey identifies an invoice line.
type lineKey struct {
	deal common.Hash
	role Role
}

// settleKey identifies one deal's settlement within one transaction: the hub pays a
// deal's parties once per call (a task or a batch), in a fixed order.
type settleKey struct {
	tx   common.Hash
	deal common.Hash
}

// settlement is what a call did to a deal: tasks finalized and claimed, and which of the
// deal-level payments of the account were already attributed.
type settlement struct {
	completed, claimed uint64
	used               map[string]bool
}

// builder holds the state of one invoice while it reads the events.
type builder struct {
	ctx    context.Context
	client *sdk.Client
	inv    *Invoice

	deals     map[common.Hash]*sdk.Deal   // known deals
	taskDeal  map[common.Hash]common.Hash // task id → deal id
	notDeal   map[common.Hash]bool        // refs that are no deal
	lines     map[lineKey]*Line
	settles   map[settleKey]*settlement
	dealTasks map[common.Hash][2]uint64 // deal → tasks completed, claimed in the period
	matchedIn map[settleKey]bool        // deals matched in the transaction
	moves     struct{ deposit, withdraw, reward, vest, seize, lock, unlock, release *big.Int }
	other     *big.Int
}

func newInt() *big.Int { return new(big.Int) }

// account reads the period's events into inv's lines and totals.
func (inv *Invoice) account(ctx context.Context, client *sdk.Client, evs []sdk.Event) error {
	b := &builder{
		ctx: ctx, client: client, inv: inv,
		deals: map[common.Hash]*sdk.Deal{}, taskDeal: map[common.Hash]common.Hash{}, notDeal: map[common.Hash]bool{},
		lines: map[lineKey]*Line{}, settles: map[settleKey]*settlement{}, dealTasks: map[common.Hash][2]uint64{},
		matchedIn: map[settleKey]bool{}, other: newInt(),
	}
	m := &b.moves
	m.deposit, m.withdraw, m.reward, m.vest, m.seize, m.lock, m.unlock, m.release = newInt(), newInt(), newInt(), newInt(), newInt(), newInt(), newInt(), newInt()

	// First pass: deals and task outcomes of the period.
	for _, ev := range evs {
		switch e := ev.(type) {
		case *sdk.OrdersMatchedEvent:
			b.deals[e.Deal.ID] = e.Deal
			b.matchedIn[settleKey{e.TxHash, e.Deal.ID}] = true
		case *sdk.TaskStartedEvent:
			b.taskDeal[e.TaskID] = e.DealID
		case *sdk.TaskFinalizeEvent:
			b.taskDeal[e.TaskID] = e.DealID
			b.settle(e.TxHash, e.DealID).completed++
			c := b.dealTasks[e.DealID]
			c[0]++
			b.dealTasks[e.DealID] = c
		case *sdk.TaskClaimedEvent:
			b.taskDeal[e.TaskID] = e.DealID
			b.settle(e.TxHash, e.DealID).claimed++
			c := b.dealTasks[e.DealID]
			c[1]++
			b.dealTasks[e.DealID] = c
		}
	}
	// Second pass: the account's balance events.
	acct := inv.Account
	for _, ev := range evs {
		var err error
		switch e := ev.(type) {
		case *sdk.DepositEvent:
			if e.Owner == acct {
				m.deposit.Add(m.deposit, e.Amount)
			}
		case *sdk.WithdrawEvent:
			if e.Owner == acct {
				m.withdraw.Add(m.withdraw, e.Amount)
			}
		case *sdk.ReleaseEvent:
			if e.Worker == acct {
				m.release.Add(m.release, e.Amount)
			}
		case *sdk.LockEvent:
			if e.Owner == acct {
				m.lock.Add(m.lock, e.Amount)
				err = b.balance(e.LogMeta, "Lock", e.Amount, e.Ref)
			}
		case *sdk.UnlockEvent:
			if e.Owner == acct {
				m.unlock.Add(m.unlock, e.Amount)
				err = b.balance(e.LogMeta, "Unlock", e.Amount, e.Ref)
			}
		case *sdk.SeizeEvent:
			if e.Owner == acct {
				m.seize.Add(m.seize, e.Amount)
				err = b.balance(e.LogMeta, "Seize", e.Amount, e.Ref)
			}
		case *sdk.RewardEvent:
			if e.Owner == acct {
				m.reward.Add(m.reward, e.Amount)
				err = b.balance(e.LogMeta, "Reward", e.Amount, e.Ref)
			}
		case *sdk.VestEvent:
			if e.Worker == acct {
				m.vest.Add(m.vest, e.Amount)
				err = b.balance(e.LogMeta, "Vest", e.Amount, e.Ref)
			}
		}
		if err != nil {
			return err
		}
	}
	b.finish()
	return nil
}

func (b *builder) settle(tx, deal common.Hash) *settlement {
	k := settleKey{tx, deal}
	s := b.settles[k]
	if s == nil {
		s = &settlement{used: map[string]bool{}}
		b.settles[k] = s
	}
	return s
}

// dealOf resolves a balance event's ref (a deal or a task id) to its deal; nil when it is
// neither.
func (b *builder) dealOf(ref common.Hash) (*sdk.Deal, bool, error) {
	if d, ok := b.deals[ref]; ok {
		return d, false, nil
	}
	if b.notDeal[ref] {
		return nil, false, nil
	}
	dealid, isTask := b.taskDeal[ref]
	if !isTask {
		// A deal made before the period, or a task that started before it.
		d, err := b.client.Deal(b.ctx, ref)
		if err == nil {
			b.deals[ref] = d
			return d, false, nil
		}
		if !sdk.IsCode(err, "PocoUnknownDeal") {
			return nil, false, fmt.Errorf("finding deal %s: %w", ref.Hex(), err)
		}
		t, err := b.client.Task(b.ctx, ref)
		if err != nil {
			if sdk.IsCode(err, sdk.CodeUnknownTask) {
				b.notDeal[ref] = true
				return nil, false, nil
			}
			return nil, false, fmt.Errorf("finding task %s: %w", ref.Hex(), err)
		}
		dealid = t.DealID
		b.taskDeal[ref] = dealid
	}
	if d, ok := b.deals[dealid]; ok {
		return d, true, nil
	}
	d, err := b.client.Deal(b.ctx, dealid)
	if err != nil {
		return nil, false, fmt.Errorf("finding deal %s of task %s: %w", dealid.Hex(), ref.Hex(), err)
	}
	b.deals[dealid] = d
	return d, true, nil
}

func (b *builder) line(d *sdk.Deal, role Role) *Line {
	k := lineKey{d.ID, role}
	l := b.lines[k]
	if l == nil {
		l = &Line{
			Deal: d.ID, Role: role, App: d.App, Dataset: d.Dataset, Workerpool: d.Workerpool,
			DealBlock: d.Block, Volume: d.BotSize,
			Locked: newInt(), Unlocked: newInt(), Seized: newInt(), Rewarded: newInt(), Vested: newInt(),
		}
		b.lines[k] = l
	}
	return l
}

func mul(x *big.Int, n uint64) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return new(big.Int).Mul(x, new(big.Int).SetUint64(n))
}

// poolStakePerTask is what the pool owner locks per task (PocoStore.POOL_STAKE_RATIO).
func poolStakePerTask(d *sdk.Deal) *big.Int {
	return new(big.Int).Div(mul(d.WorkerpoolPrice, 30), big.NewInt(100))
}

// claim marks a deal-level payment of a settlement as attributed when it is the account's
// and its amount is the expected one.
func (s *settlement) claim(slot string, mine bool, amount, want *big.Int) bool {
	if !mine || s.used[slot] || want.Sign() == 0 || amount.Cmp(want) != 0 {
		return false
	}
	s.used[slot] = true
	return true
}

// balance attributes one of the account's balance events to a deal and a role, following
// the hub's settlement (PocoTasks._settle): the payer's seize (completed tasks) and
// unlock (refunds of claimed tasks), the app and dataset owners' rewards, the pool owner's
// stake unlock and reward, then the workers', and the pool owner's stake seize (claimed
// tasks). A deal-level payment is recognised by its payee and its exact amount; what is
// left belongs to the workers.
func (b *builder) balance(meta sdk.LogMeta, kind string, amount *big.Int, ref common.Hash) error {
	d, isTask, err := b.dealOf(ref)
	if err != nil {
		return err
	}
	if d == nil {
		b.inv.Unattributed = append(b.inv.Unattributed, fmt.Sprintf("%s of %s nRLC, ref %s, block %d, tx %s", kind, amount, ref.Hex(), meta.Block, meta.TxHash.Hex()))
		switch kind {
		case "Reward", "Vest":
			b.other.Add(b.other, amount)
		case "Seize":
			b.other.Sub(b.other, amount)
		}
		return nil
	}
	acct := b.inv.Account
	s := b.settle(meta.TxHash, d.ID)
	price := d.TaskPrice()
	stake := poolStakePerTask(d)
	payer, poolOwner := d.Sponsor == acct, d.WorkerpoolOwner == acct
	role := Worker
	switch kind {
	case "Lock":
		switch {
		case isTask:
			role = Worker
		case b.matchedIn[settleKey{meta.TxHash, d.ID}] && s.claim("payerLock", payer, amount, mul(price, d.BotSize)):
			role = Requester
		case b.matchedIn[settleKey{meta.TxHash, d.ID}] && s.claim("poolLock", poolOwner, amount, mul(stake, d.BotSize)):
			role = Scheduler
		case payer:
			role = Requester
		case poolOwner:
			role = Scheduler
		}
		b.line(d, role).Locked.Add(b.line(d, role).Locked, amount)
	case "Seize":
		switch {
		case s.claim("payerSeize", payer, amount, mul(price, s.completed)):
			role = Requester
		case s.claim("poolSeize", poolOwner, amount, mul(stake, s.claimed)):
			role = Scheduler
		}
		l := b.line(d, role)
		l.Seized.Add(l.Seized, amount)
	case "Unlock":
		switch {
		case s.claim("payerRefund", payer, amount, mul(price, s.claimed)):
			role = Requester
		case s.claim("poolUnlock", poolOwner, amount, mul(stake, s.completed)):
			role = Scheduler
		}
		l := b.line(d, role)
		l.Unlocked.Add(l.Unlocked, amount)
	case "Reward":
		switch {
		case s.claim("app", d.AppOwner == acct, amount, mul(d.AppPrice, s.completed)):
			role = AppOwner
		case s.claim("dataset", d.HasDataset() && d.DatasetOwner == acct, amount, mul(d.DatasetPrice, s.completed)):
			role = DatasetOwner
		case poolOwner && !s.used["scheduler"]:
			s.used["scheduler"] = true
			role = Scheduler
		}
		l := b.line(d, role)
		l.Rewarded.Add(l.Rewarded, amount)
	case "Vest":
		l := b.line(d, Worker)
		l.Vested.Add(l.Vested, amount)
	}
	return nil
}

// finish fills the lines' task counts and sums, sorts them and computes the totals.
func (b *builder) finish() {
	inv := b.inv
	t := &inv.Totals
	t.Paid, t.Refunded, t.Earned, t.Lost, t.DealNet = newInt(), newInt(), newInt(), newInt(), newInt()
	for _, l := range b.lines {
		d := b.deals[l.Deal]
		c := b.dealTasks[l.Deal]
		l.TasksCompleted, l.TasksRefunded = c[0], c[1]
		if l.Role == Requester {
			l.PricePerTask = d.TaskPrice()
			l.ToAppOwner = mul(d.AppPrice, l.TasksCompleted)
			l.ToDataset = mul(d.DatasetPrice, l.TasksCompleted)
			l.ToPool = mul(d.WorkerpoolPrice, l.TasksCompleted)
			t.Paid.Add(t.Paid, l.Seized)
			t.Refunded.Add(t.Refunded, l.Unlocked)
		} else {
			t.Lost.Add(t.Lost, l.Seized)
		}
		l.Credits = new(big.Int).Add(l.Rewarded, l.Vested)
		l.Debits = new(big.Int).Set(l.Seized)
		l.Net = new(big.Int).Sub(l.Credits, l.Debits)
		t.Earned.Add(t.Earned, l.Credits)
		t.DealNet.Add(t.DealNet, l.Net)
		inv.Lines = append(inv.Lines, l)
	}
	sort.Slice(inv.Lines, func(i, j int) bool {
		a, c := inv.Lines[i], inv.Lines[j]
		if a.DealBlock != c.DealBlock {
			return a.DealBlock < c.DealBlock
		}
		if a.Deal != c.Deal {
			return a.Deal.Cmp(c.Deal) < 0
		}
		return roleOrder(a.Role) < roleOrder(c.Role)
	})
	if inv.Lines == nil {
		inv.Lines = []*Line{}
	}
	t.Deposits = new(big.Int).Set(b.moves.deposit)
	t.Withdrawals = new(big.Int).Set(b.moves.withdraw)
	t.Released = new(big.Int).Set(b.moves.release)
	t.Other = new(big.Int).Set(b.other)
	t.Net = new(big.Int).Add(t.DealNet, t.Deposits)
	t.Net.Sub(t.Net, t.Withdrawals).Add(t.Net, t.Other)

	// What the events say each part of the balance became.
	m := &b.moves
	free := new(big.Int).Add(m.deposit, m.reward)
	free.Sub(free, m.withdraw).Sub(free, m.lock).Add(free, m.unlock).Add(free, m.release)
	locked := new(big.Int).Sub(m.lock, m.unlock)
	locked.Sub(locked, m.seize).Add(locked, m.vest).Sub(locked, m.release)
	r := &inv.Reconciliation
	r.FreeDifference = new(big.Int).Sub(new(big.Int).Sub(r.Closing.Free, r.Opening.Free), free)
	r.LockedDifference = new(big.Int).Sub(new(big.Int).Sub(r.Closing.Locked, r.Opening.Locked), locked)
}

func roleOrder(r Role) int {
	switch r {
	case Requester:
		return 0
	case AppOwner:
		return 1
	case DatasetOwner:
		return 2
	case Scheduler:
		return 3
	}
	return 4
}

// reconcile compares the invoice's net with the balance change.
func (inv *Invoice) reconcile() {
	r := &inv.Reconciliation
	r.Change = new(big.Int).Sub(r.Closing.Total, r.Opening.Total)
	r.Difference = new(big.Int).Sub(r.Change, inv.Totals.Net)
	r.Reconciled = r.Difference.Sign() == 0 && r.FreeDifference.Sign() == 0 && r.LockedDifference.Sign() == 0
}
