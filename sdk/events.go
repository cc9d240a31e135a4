package sdk

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/bindings"
)

// Event is an event of the hub, decoded. Every concrete type embeds LogMeta (where the
// event is) and its fields.
type Event interface {
	// EventName is the Solidity event's name ("OrdersMatched", "TaskFinalize", ...).
	EventName() string
	// Meta says where the event is.
	Meta() *LogMeta
}

// LogMeta is the position of an event on chain.
type LogMeta struct {
	Block     uint64      `json:"block"`
	BlockHash common.Hash `json:"blockHash"`
	TxHash    common.Hash `json:"txHash"`
	TxIndex   uint        `json:"txIndex"`
	LogIndex  uint        `json:"logIndex"`
}

// Meta returns m.
func (m *LogMeta) Meta() *LogMeta { return m }

func metaOf(l *types.Log) LogMeta {
	return LogMeta{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, TxIndex: l.TxIndex, LogIndex: l.Index}
}

// Account events.
type (
	// DepositEvent: Amount tokens of From credited to Owner's free balance.
	DepositEvent struct {
		LogMeta
		Owner, From common.Address
		Amount      *big.Int
	}
	// WithdrawEvent: Amount of Owner's free balance sent to To.
	WithdrawEvent struct {
		LogMeta
		Owner, To common.Address
		Amount    *big.Int
	}
	// LockEvent: Amount moved from Owner's free to locked balance because of Ref (a deal
	// or task).
	LockEvent struct {
		LogMeta
		Owner  common.Address
		Amount *big.Int
		Ref    common.Hash
	}
	// UnlockEvent: Amount moved from locked back to free.
	UnlockEvent struct {
		LogMeta
		Owner  common.Address
		Amount *big.Int
		Ref    common.Hash
	}
	// SeizeEvent: Amount taken from Owner's locked balance, to be paid to others.
	SeizeEvent struct {
		LogMeta
		Owner  common.Address
		Amount *big.Int
		Ref    common.Hash
	}
	// RewardEvent: Amount added to Owner's free balance.
	RewardEvent struct {
		LogMeta
		Owner  common.Address
		Amount *big.Int
		Ref    common.Hash
	}
	// VestEvent: a reward of Amount, earned on a replicated deal because of Ref, added to
	// Worker's locked balance; it vests, with the worker's other rewards of the last day,
	// at ReleaseTime.
	VestEvent struct {
		LogMeta
		Worker      common.Address
		Amount      *big.Int
		ReleaseTime time.Time
		Ref         common.Hash
	}
	// ReleaseEvent: Amount of Worker's vested rewards moved from locked to free.
	ReleaseEvent struct {
		LogMeta
		Worker common.Address
		Amount *big.Int
	}
	// VestingForfeitedEvent: Worker, proven wrong by Ref, lost Amount of rewards still
	// vesting (a SeizeEvent of the same amount comes with it).
	VestingForfeitedEvent struct {
		LogMeta
		Worker common.Address
		Amount *big.Int
		Ref    common.Hash
	}
	// KittyFillEvent: pool stakes of failed tasks went to the kitty.
	KittyFillEvent struct {
		LogMeta
		Amount *big.Int
		Ref    common.Hash
	}
	// KittyDrainEvent: the kitty paid Amount to the scheduler that finalized TaskID.
	KittyDrainEvent struct {
		LogMeta
		Amount *big.Int
		TaskID common.Hash
	}
)

// Category, order and ownership events.
type (
	CategoryCreatedEvent struct {
		LogMeta
		ID               uint64
		Name             string
		Description      string
		WorkClockTimeRef uint64
	}
	OrderPresignedEvent struct {
		LogMeta
		Kind      OrderKind
		OrderHash common.Hash
		Owner     common.Address
	}
	OrderCancelledEvent struct {
		LogMeta
		Kind      OrderKind
		OrderHash common.Hash
		Owner     common.Address
	}
	OwnershipTransferredEvent struct {
		LogMeta
		PreviousOwner, NewOwner common.Address
	}
	// EIP712DomainChangedEvent: the hub's EIP-712 domain changed (never, in practice).
	EIP712DomainChangedEvent struct{ LogMeta }
)

// OrdersMatchedEvent: a deal was made.
type OrdersMatchedEvent struct {
	LogMeta
	Deal *Deal
}

// Task events.
type (
	TaskStartedEvent struct {
		LogMeta
		TaskID, DealID common.Hash
		Index          uint64
	}
	TaskContributeEvent struct {
		LogMeta
		TaskID     common.Hash
		Worker     common.Address
		ResultHash common.Hash
		Weight     uint64
	}
	TaskConsensusEvent struct {
		LogMeta
		TaskID         common.Hash
		ConsensusValue common.Hash
		RevealDeadline time.Time
	}
	TaskRevealEvent struct {
		LogMeta
		TaskID common.Hash
		Worker common.Address
		Digest common.Hash
	}
	ContributionRejectedEvent struct {
		LogMeta
		TaskID common.Hash
		Worker common.Address
	}
	TaskFinalizeEvent struct {
		LogMeta
		TaskID, DealID common.Hash
		Index          uint64
		Digest         common.Hash
		Results        []byte
	}
	TaskClaimedEvent struct {
		LogMeta
		TaskID, DealID common.Hash
		Index          uint64
	}
	ScoreChangedEvent struct {
		LogMeta
		Worker             common.Address
		Ref                common.Hash
		OldScore, NewScore uint64
	}
	ResultCallbackEvent struct {
		LogMeta
		TaskID   common.Hash
		Callback common.Address
		Success  bool
	}
)

// UnknownEvent is a hub log this client cannot decode.
type UnknownEvent struct {
	LogMeta
	Log types.Log
}

func (*DepositEvent) EventName() string              { return "Deposit" }
func (*WithdrawEvent) EventName() string             { return "Withdraw" }
func (*LockEvent) EventName() string                 { return "Lock" }
func (*UnlockEvent) EventName() string               { return "Unlock" }
func (*SeizeEvent) EventName() string                { return "Seize" }
func (*RewardEvent) EventName() string               { return "Reward" }
func (*VestEvent) EventName() string                 { return "Vest" }
func (*ReleaseEvent) EventName() string              { return "Release" }
func (*VestingForfeitedEvent) EventName() string     { return "VestingForfeited" }
func (*KittyFillEvent) EventName() string            { return "KittyFill" }
func (*KittyDrainEvent) EventName() string           { return "KittyDrain" }
func (*CategoryCreatedEvent) EventName() string      { return "CategoryCreated" }
func (*OrderPresignedEvent) EventName() string       { return "OrderPresigned" }
func (*OrderCancelledEvent) EventName() string       { return "OrderCancelled" }
func (*OwnershipTransferredEvent) EventName() string { return "OwnershipTransferred" }
func (*EIP712DomainChangedEvent) EventName() string  { return "EIP712DomainChanged" }
func (*OrdersMatchedEvent) EventName() string        { return "OrdersMatched" }
func (*TaskStartedEvent) EventName() string          { return "TaskStarted" }
func (*TaskContributeEvent) EventName() string       { return "TaskContribute" }
func (*TaskConsensusEvent) EventName() string        { return "TaskConsensus" }
func (*TaskRevealEvent) EventName() string           { return "TaskReveal" }
func (*ContributionRejectedEvent) EventName() string { return "ContributionRejected" }
func (*TaskFinalizeEvent) EventName() string         { return "TaskFinalize" }
func (*TaskClaimedEvent) EventName() string          { return "TaskClaimed" }
func (*ScoreChangedEvent) EventName() string         { return "ScoreChanged" }
func (*ResultCallbackEvent) EventName() string       { return "ResultCallback" }
func (*UnknownEvent) EventName() string              { return "Unknown" }

func u64Of(x *big.Int) uint64 {
	if x == nil || !x.IsUint64() {
		return ^uint64(0)
	}
	return x.Uint64()
}

// DecodeEvent decodes one hub log. Logs of other contracts or events give an UnknownEvent.
func (c *Client) DecodeEvent(l types.Log) (Event, error) {
	p := c.poco
	m := metaOf(&l)
	if l.Address != c.hub || len(l.Topics) == 0 {
		return &UnknownEvent{LogMeta: m, Log: l}, nil
	}
	ev, ok := pocoABI.EventByID(l.Topics[0])
	if ok != nil {
		return &UnknownEvent{LogMeta: m, Log: l}, nil
	}
	var (
		out Event
		err error
	)
	lp := &l
	switch ev.Name {
	case "Deposit":
		var e *bindings.PocoDeposit
		if e, err = p.UnpackDepositEvent(lp); err == nil {
			out = &DepositEvent{m, e.Owner, e.From, e.Amount}
		}
	case "Withdraw":
		var e *bindings.PocoWithdraw
		if e, err = p.UnpackWithdrawEvent(lp); err == nil {
			out = &WithdrawEvent{m, e.Owner, e.To, e.Amount}
		}
	case "Lock":
		var e *bindings.PocoLock
		if e, err = p.UnpackLockEvent(lp); err == nil {
			out = &LockEvent{m, e.Owner, e.Amount, e.Ref}
		}
	case "Unlock":
		var e *bindings.PocoUnlock
		if e, err = p.UnpackUnlockEvent(lp); err == nil {
			out = &UnlockEvent{m, e.Owner, e.Amount, e.Ref}
		}
	case "Seize":
		var e *bindings.PocoSeize
		if e, err = p.UnpackSeizeEvent(lp); err == nil {
			out = &SeizeEvent{m, e.Owner, e.Amount, e.Ref}
		}
	case "Reward":
		var e *bindings.PocoReward
		if e, err = p.UnpackRewardEvent(lp); err == nil {
			out = &RewardEvent{m, e.Owner, e.Amount, e.Ref}
		}
	case "Vest":
		var e *bindings.PocoVest
		if e, err = p.UnpackVestEvent(lp); err == nil {
			out = &VestEvent{m, e.Worker, e.Amount, time.Unix(int64(u64Of(e.ReleaseTime)), 0).UTC(), e.Ref}
		}
	case "Release":
		var e *bindings.PocoRelease
		if e, err = p.UnpackReleaseEvent(lp); err == nil {
			out = &ReleaseEvent{m, e.Worker, e.Amount}
		}
	case "VestingForfeited":
		var e *bindings.PocoVestingForfeited
		if e, err = p.UnpackVestingForfeitedEvent(lp); err == nil {
			out = &VestingForfeitedEvent{m, e.Worker, e.Amount, e.Ref}
		}
	case "KittyFill":
		var e *bindings.PocoKittyFill
		if e, err = p.UnpackKittyFillEvent(lp); err == nil {
			out = &KittyFillEvent{m, e.Amount, e.Ref}
		}
	case "KittyDrain":
		var e *bindings.PocoKittyDrain
		if e, err = p.UnpackKittyDrainEvent(lp); err == nil {
			out = &KittyDrainEvent{m, e.Amount, e.Taskid}
		}
	case "CategoryCreated":
		var e *bindings.PocoCategoryCreated
		if e, err = p.UnpackCategoryCreatedEvent(lp); err == nil {
			out = &CategoryCreatedEvent{m, u64Of(e.Id), e.Name, e.Description, u64Of(e.WorkClockTimeRef)}
		}
	case "OrderPresigned":
		var e *bindings.PocoOrderPresigned
		if e, err = p.UnpackOrderPresignedEvent(lp); err == nil {
			out = &OrderPresignedEvent{m, OrderKind(e.Kind), e.OrderHash, e.Owner}
		}
	case "OrderCancelled":
		var e *bindings.PocoOrderCancelled
		if e, err = p.UnpackOrderCancelledEvent(lp); err == nil {
			out = &OrderCancelledEvent{m, OrderKind(e.Kind), e.OrderHash, e.Owner}
		}
	case "OwnershipTransferred":
		var e *bindings.PocoOwnershipTransferred
		if e, err = p.UnpackOwnershipTransferredEvent(lp); err == nil {
			out = &OwnershipTransferredEvent{m, e.PreviousOwner, e.NewOwner}
		}
	case "EIP712DomainChanged":
		out = &EIP712DomainChangedEvent{m}
	case "OrdersMatched":
		var e *bindings.PocoOrdersMatched
		if e, err = p.UnpackOrdersMatchedEvent(lp); err == nil {
			var d *Deal
			if d, err = dealFromEvent(e); err == nil {
				out = &OrdersMatchedEvent{m, d}
			}
		}
	case "TaskStarted":
		var e *bindings.PocoTaskStarted
		if e, err = p.UnpackTaskStartedEvent(lp); err == nil {
			out = &TaskStartedEvent{m, e.Taskid, e.Dealid, u64Of(e.Idx)}
		}
	case "TaskContribute":
		var e *bindings.PocoTaskContribute
		if e, err = p.UnpackTaskContributeEvent(lp); err == nil {
			out = &TaskContributeEvent{m, e.Taskid, e.Worker, e.ResultHash, u64Of(e.Weight)}
		}
	case "TaskConsensus":
		var e *bindings.PocoTaskConsensus
		if e, err = p.UnpackTaskConsensusEvent(lp); err == nil {
			out = &TaskConsensusEvent{m, e.Taskid, e.ConsensusValue, time.Unix(int64(u64Of(e.RevealDeadline)), 0).UTC()}
		}
	case "TaskReveal":
		var e *bindings.PocoTaskReveal
		if e, err = p.UnpackTaskRevealEvent(lp); err == nil {
			out = &TaskRevealEvent{m, e.Taskid, e.Worker, e.ResultDigest}
		}
	case "ContributionRejected":
		var e *bindings.PocoContributionRejected
		if e, err = p.UnpackContributionRejectedEvent(lp); err == nil {
			out = &ContributionRejectedEvent{m, e.Taskid, e.Worker}
		}
	case "TaskFinalize":
		var e *bindings.PocoTaskFinalize
		if e, err = p.UnpackTaskFinalizeEvent(lp); err == nil {
			out = &TaskFinalizeEvent{m, e.Taskid, e.Dealid, u64Of(e.Idx), e.ResultDigest, e.Results}
		}
	case "TaskClaimed":
		var e *bindings.PocoTaskClaimed
		if e, err = p.UnpackTaskClaimedEvent(lp); err == nil {
			out = &TaskClaimedEvent{m, e.Taskid, e.Dealid, u64Of(e.Idx)}
		}
	case "ScoreChanged":
		var e *bindings.PocoScoreChanged
		if e, err = p.UnpackScoreChangedEvent(lp); err == nil {
			out = &ScoreChangedEvent{m, e.Worker, e.Ref, u64Of(e.OldScore), u64Of(e.NewScore)}
		}
	case "ResultCallback":
		var e *bindings.PocoResultCallback
		if e, err = p.UnpackResultCallbackEvent(lp); err == nil {
			out = &ResultCallbackEvent{m, e.Taskid, e.Callback, e.Success}
		}
	default:
		return &UnknownEvent{LogMeta: m, Log: l}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("decoding the %s event at block %d, log %d: %w", ev.Name, l.BlockNumber, l.Index, err)
	}
	return out, nil
}

// Events returns the hub's events of blocks from to `to` (inclusive), in chain order.
func (c *Client) Events(ctx context.Context, from, to uint64) ([]Event, error) {
	logs, err := c.filterLogs(ctx, from, &to, nil)
	if err != nil {
		return nil, err
	}
	out := make([]Event, 0, len(logs))
	for _, l := range logs {
		ev, err := c.DecodeEvent(l)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}

// Follow hands every hub event from block fromBlock onward to handle, in chain order,
// polling for new blocks (WithPollInterval) and reading at most 1000 blocks per query
// (WithLogRange). With WithConfirmations(n), only events n blocks deep are handed. It
// returns handle's first error, or ctx's error when ctx ends.
func (c *Client) Follow(ctx context.Context, fromBlock uint64, handle func(Event) error) error {
	next := fromBlock
	step := c.o.logRange
	if step == 0 {
		step = 1000
	}
	for {
		head, err := c.BlockNumber(ctx)
		if err != nil {
			if err := ctxEnded(ctx); err != nil {
				return err
			}
			return err
		}
		safe := uint64(0)
		if head >= c.o.confirmations {
			safe = head - c.o.confirmations
		}
		if next <= safe && head >= c.o.confirmations {
			to := min(safe, next+step-1)
			evs, err := c.Events(ctx, next, to)
			if err != nil {
				if err := ctxEnded(ctx); err != nil {
					return err
				}
				return err
			}
			for _, ev := range evs {
				if err := handle(ev); err != nil {
					return err
				}
			}
			next = to + 1
			if next <= safe {
				continue // catching up: no wait
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(c.o.pollInterval):
		}
	}
}

// ctxEnded returns ctx's error, or DeadlineExceeded once its deadline is past (a
// connection may time out on the deadline a moment before the context says so).
func ctxEnded(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d, ok := ctx.Deadline(); ok && !time.Now().Before(d) {
		return context.DeadlineExceeded
	}
	return nil
}
