// Package invoice builds an account's invoice for a period from the hub's events: for a
// requester, every deal it paid for with its tasks completed and refunded and who was paid
// what; for an app, dataset or workerpool owner and for a worker, what it earned, staked
// and lost. Amounts come from the balance events (Lock, Unlock, Seize, Reward, Vest,
// Release, Deposit, Withdraw), so the invoice reconciles exactly with the change of the
// account's hub balance over the period, which Build reads from the chain's state at the
// period's first and last block and compares.
package invoice

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/sdk"
)

// Role is what an account was in a deal.
type Role string

// The roles of an invoice line.
const (
	Requester    Role = "requester"     // paid for the deal (the deal's payer: requester or sponsor)
	AppOwner     Role = "app-owner"     // paid per completed task
	DatasetOwner Role = "dataset-owner" // paid per completed task
	Scheduler    Role = "scheduler"     // the workerpool owner: stakes per task, keeps its reward share
	Worker       Role = "worker"        // stakes per contribution, shares the pool reward
)

// Line is what one account did in one deal in one role during the period. Amounts are in
// nRLC (the token's smallest unit, 9 decimals). Credits add to the account's hub balance,
// debits take from it; locks and unlocks move tokens between its free and locked balance
// and change neither.
type Line struct {
	Deal       common.Hash    `json:"deal"`
	Role       Role           `json:"role"`
	App        common.Address `json:"app"`
	Dataset    common.Address `json:"dataset,omitzero"`
	Workerpool common.Address `json:"workerpool"`
	DealBlock  uint64         `json:"dealBlock"`
	Volume     uint64         `json:"volume"`
	// TasksCompleted and TasksRefunded count the deal's tasks finalized and claimed
	// (failed, refunded) during the period.
	TasksCompleted uint64 `json:"tasksCompleted"`
	TasksRefunded  uint64 `json:"tasksRefunded"`
	// Requester lines: the price per task (app + dataset + pool) and where the payments
	// of the completed tasks went.
	PricePerTask *big.Int `json:"pricePerTask,omitempty"`
	ToAppOwner   *big.Int `json:"toAppOwner,omitempty"`
	ToDataset    *big.Int `json:"toDatasetOwner,omitempty"`
	ToPool       *big.Int `json:"toPool,omitempty"` // scheduler and workers

	Locked   *big.Int `json:"locked"`   // Lock: free → locked (deal price, stakes)
	Unlocked *big.Int `json:"unlocked"` // Unlock: locked → free (refunds, stakes back)
	Seized   *big.Int `json:"seized"`   // Seize: taken (payments, lost stakes and rewards)
	Rewarded *big.Int `json:"rewarded"` // Reward: paid to the free balance
	Vested   *big.Int `json:"vested"`   // Vest: paid to the locked balance, vesting
	Credits  *big.Int `json:"credits"`  // Rewarded + Vested
	Debits   *big.Int `json:"debits"`   // Seized
	Net      *big.Int `json:"net"`      // Credits − Debits
}

// Balance is an account's hub balance at a block.
type Balance struct {
	Block  uint64   `json:"block"`
	Free   *big.Int `json:"free"`
	Locked *big.Int `json:"locked"`
	Total  *big.Int `json:"total"`
}

// Totals sums the invoice.
type Totals struct {
	Paid        *big.Int `json:"paid"`        // requester lines' debits: what the account paid for tasks
	Refunded    *big.Int `json:"refunded"`    // requester lines' unlocks: prices of failed tasks given back
	Earned      *big.Int `json:"earned"`      // credits of every line
	Lost        *big.Int `json:"lost"`        // debits of the non-requester lines (seized stakes, forfeits)
	DealNet     *big.Int `json:"dealNet"`     // Σ lines' net
	Deposits    *big.Int `json:"deposits"`    // Deposit events crediting the account
	Withdrawals *big.Int `json:"withdrawals"` // Withdraw events debiting it
	Released    *big.Int `json:"released"`    // vested rewards released (locked → free)
	Other       *big.Int `json:"other"`       // net of balance events not tied to a deal
	Net         *big.Int `json:"net"`         // DealNet + Deposits − Withdrawals + Other
}

// Reconciliation compares the invoice with the balances read from the chain.
type Reconciliation struct {
	Opening Balance  `json:"opening"` // after the block before the period
	Closing Balance  `json:"closing"` // after the period's last block
	Change  *big.Int `json:"change"`  // Closing.Total − Opening.Total
	// Difference is Change − Totals.Net: zero when the invoice accounts for every nRLC.
	Difference *big.Int `json:"difference"`
	// FreeDifference and LockedDifference compare each part of the balance with what the
	// events say it became.
	FreeDifference   *big.Int `json:"freeDifference"`
	LockedDifference *big.Int `json:"lockedDifference"`
	Reconciled       bool     `json:"reconciled"`
}

// Invoice is an account's invoice for [From, To).
type Invoice struct {
	Account common.Address `json:"account"`
	ChainID uint64         `json:"chainId"`
	Hub     common.Address `json:"hub"`
	Token   common.Address `json:"token"`
	From    time.Time      `json:"from"`
	To      time.Time      `json:"to"` // exclusive
	// FirstBlock and LastBlock are the period's blocks (inclusive); Blocks is how many
	// (zero: no block was made in the period).
	FirstBlock uint64 `json:"firstBlock"`
	LastBlock  uint64 `json:"lastBlock"`
	Blocks     uint64 `json:"blocks"`
	// Partial: the period is not over; the invoice stops at the chain's latest block.
	Partial bool `json:"partial,omitempty"`
	// Unit of every amount: nRLC, 10^-9 RLC.
	Unit  string  `json:"unit"`
	Lines []*Line `json:"lines"`
	// Unattributed lists balance events of the account tied to no known deal.
	Unattributed   []string       `json:"unattributed,omitempty"`
	Totals         Totals         `json:"totals"`
	Reconciliation Reconciliation `json:"reconciliation"`
	GeneratedAt    time.Time      `json:"generatedAt"`
}

// Errors of Build's period checks.
var (
	ErrEmptyPeriod  = errors.New("the period is empty: --to must be after --from")
	ErrFuturePeriod = errors.New("the period is in the future")
)

// Build reads the invoice of account for [from, to) from the hub of client.
func Build(ctx context.Context, client *sdk.Client, account common.Address, from, to time.Time) (*Invoice, error) {
	from, to = from.UTC(), to.UTC()
	if !to.After(from) {
		return nil, fmt.Errorf("%w (from %s, to %s)", ErrEmptyPeriod, from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	b := client.Backend()
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the latest block: %w", err)
	}
	headN, headT := head.Number.Uint64(), time.Unix(int64(head.Time), 0).UTC()
	if from.After(headT) {
		return nil, fmt.Errorf("%w: it starts at %s, after the chain's latest block (%d, %s)",
			ErrFuturePeriod, from.Format(time.RFC3339), headN, headT.Format(time.RFC3339))
	}
	inv := &Invoice{
		Account: account, ChainID: client.ChainID().Uint64(), Hub: client.Hub(), Token: client.Token(),
		From: from, To: to, Unit: "nRLC", GeneratedAt: time.Now().UTC().Truncate(time.Second),
	}
	first, err := firstBlockAtOrAfter(ctx, client, from, headN)
	if err != nil {
		return nil, err
	}
	end, err := firstBlockAtOrAfter(ctx, client, to, headN)
	if err != nil {
		return nil, err
	}
	if end > headN {
		inv.Partial = true
	}
	// Blocks first .. end-1 are in the period; end may be headN+1 (none at or after to yet).
	inv.FirstBlock, inv.LastBlock = first, end-1
	if end > first {
		inv.Blocks = end - first
	} else {
		inv.LastBlock = max(first, 1) - 1 // no block: opening and closing are the same state
	}
	var openAt uint64
	opening := zeroBalance()
	if first > 0 {
		openAt = first - 1
		if opening, err = balanceAt(ctx, client, account, openAt); err != nil {
			return nil, err
		}
	}
	closing := opening
	if inv.Blocks > 0 {
		if closing, err = balanceAt(ctx, client, account, inv.LastBlock); err != nil {
			return nil, err
		}
	}
	inv.Reconciliation.Opening, inv.Reconciliation.Closing = opening, closing

	var evs []sdk.Event
	if inv.Blocks > 0 {
		if evs, err = client.Events(ctx, inv.FirstBlock, inv.LastBlock); err != nil {
			return nil, err
		}
	}
	if err := inv.account(ctx, client, evs); err != nil {
		return nil, err
	}
	inv.reconcile()
	return inv, nil
}

func zeroBalance() Balance {
	return Balance{Free: new(big.Int), Locked: new(big.Int), Total: new(big.Int)}
}

// firstBlockAtOrAfter is the first block whose timestamp is at or after t, headN+1 when
// none is: a binary search over headers (timestamps never decrease).
func firstBlockAtOrAfter(ctx context.Context, client *sdk.Client, t time.Time, headN uint64) (uint64, error) {
	lo, hi := uint64(0), headN+1
	for lo < hi {
		mid := lo + (hi-lo)/2
		h, err := client.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return 0, fmt.Errorf("reading block %d: %w", mid, err)
		}
		if int64(h.Time) >= t.Unix() {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

var pocoABI = bindings.NewPoco()

// balanceAt reads account's hub balance after block n.
func balanceAt(ctx context.Context, client *sdk.Client, account common.Address, n uint64) (Balance, error) {
	hub := client.Hub()
	out, err := client.Backend().CallContract(ctx, ethereum.CallMsg{To: &hub, Data: pocoABI.PackAccount(account)}, new(big.Int).SetUint64(n))
	if err != nil {
		return Balance{}, fmt.Errorf("reading the hub balance of %s at block %d (the node must keep that block's state): %w", account.Hex(), n, err)
	}
	if len(out) == 0 { // the hub was not deployed yet at block n
		b := zeroBalance()
		b.Block = n
		return b, nil
	}
	a, err := pocoABI.UnpackAccount(out)
	if err != nil {
		return Balance{}, fmt.Errorf("decoding the hub balance of %s at block %d: %w", account.Hex(), n, err)
	}
	return Balance{Block: n, Free: a.Free, Locked: a.Locked, Total: new(big.Int).Add(a.Free, a.Locked)}, nil
}
