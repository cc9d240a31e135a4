package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/sdk"
)

// Defaults of Config.
const (
	DefaultBatchBlocks  = 5000
	DefaultPollInterval = time.Second
)

// Config configures an Indexer.
type Config struct {
	// Client reads the chain (read-only is enough).
	Client *sdk.Client
	// DB is where the index is written.
	DB *DB
	// StartBlock is the first block indexed (the hub's deployment block).
	StartBlock uint64
	// Confirmations: only blocks this deep are indexed (default 0: up to the head; a
	// reorganisation is then rolled back when seen).
	Confirmations uint64
	// BatchBlocks is the most blocks read and stored in one transaction (default 5000).
	BatchBlocks uint64
	// PollInterval is how often Run looks for new blocks once caught up (default 1 s).
	PollInterval time.Duration
	// Logger receives progress and reorganisations (nil: discarded).
	Logger *slog.Logger
	// OnCommit is called after each committed range or rollback (live updates).
	OnCommit func(Progress)
	// SideBridge, when set, is the token bridge's SideBridge on this chain: its
	// TransferOut and TransferIn events are indexed too (bridge.go).
	SideBridge common.Address
}

// Progress describes one committed step of the indexer.
type Progress struct {
	// From and To are the blocks just stored (inclusive); both 0 after a rollback only.
	From uint64 `json:"from"`
	To   uint64 `json:"to"`
	// Head is the chain's head when the step began.
	Head uint64 `json:"head"`
	// Events is the number of events stored.
	Events int `json:"events"`
	// RolledBack is the number of blocks undone by a reorganisation, Ancestor the last
	// block kept (the common ancestor).
	RolledBack uint64 `json:"rolledBack,omitempty"`
	Ancestor   uint64 `json:"ancestor,omitempty"`
}

// Indexer follows the hub and its registries into a DB.
type Indexer struct {
	cfg      Config
	log      *slog.Logger
	chainID  string
	hub      string
	addrs    []common.Address
	apps     *bindings.AppRegistry
	dsets    *bindings.DatasetRegistry
	pools    *bindings.WorkerpoolRegistry
	mu       sync.Mutex // one step at a time
	reorgs   int
	lastHead uint64
	// bridgeReady: the side bridge's events are indexed from StartBlock (bridge.go).
	bridgeReady bool
}

// New makes an indexer; Run or Sync start it.
func New(cfg Config) (*Indexer, error) {
	if cfg.Client == nil || cfg.DB == nil {
		return nil, errors.New("index: a client and a database are needed")
	}
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = DefaultBatchBlocks
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	addrs := []common.Address{cfg.Client.Hub(), cfg.Client.AppRegistry(), cfg.Client.DatasetRegistry(), cfg.Client.WorkerpoolRegistry()}
	if cfg.SideBridge != (common.Address{}) {
		addrs = append(addrs, cfg.SideBridge)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := cfg.Client
	return &Indexer{
		cfg: cfg, log: log, chainID: c.ChainID().String(), hub: addr(c.Hub()),
		addrs: addrs,
		apps:  bindings.NewAppRegistry(), dsets: bindings.NewDatasetRegistry(), pools: bindings.NewWorkerpoolRegistry(),
	}, nil
}

// Reorgs is the number of reorganisations rolled back since New.
func (ix *Indexer) Reorgs() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.reorgs
}

// Run indexes until ctx ends: it catches up, then polls for new blocks. Errors reading
// the chain are logged and retried; it returns ctx's error, or a database error.
func (ix *Indexer) Run(ctx context.Context) error {
	return syncLoop(ctx, ix.Sync, ix.cfg.PollInterval, ix.log, "explorer index: will retry")
}

// syncLoop calls sync, then again every interval, until ctx ends (its error is returned)
// or sync fails on the database (that error is returned); other errors are logged with
// msg and retried.
func syncLoop(ctx context.Context, sync func(context.Context) error, interval time.Duration, log *slog.Logger, msg string) error {
	for {
		err := sync(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			var dbErr *dbError
			if errors.As(err, &dbErr) {
				return err
			}
			log.Warn(msg, "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
	}
}

// Sync indexes every block up to the chain's head (less Confirmations), rolling back
// reorganisations it finds, and returns once caught up.
func (ix *Indexer) Sync(ctx context.Context) error {
	for {
		done, err := ix.step(ctx)
		if err != nil || done {
			return err
		}
	}
}

// dbError marks errors of the database (not retried by Run).
type dbError struct{ err error }

func (e *dbError) Error() string { return "explorer index database: " + e.err.Error() }
func (e *dbError) Unwrap() error { return e.err }

func dbErr(err error) error {
	if err == nil {
		return nil
	}
	return &dbError{err}
}

// header returns block n's header, nil when the chain has no such block.
func (ix *Indexer) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := ix.cfg.Client.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) || (err == nil && h == nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading block %d: %w", n, err)
	}
	return h, nil
}

// step stores one range of blocks, or rolls back one reorganisation; done means caught up.
func (ix *Indexer) step(ctx context.Context) (done bool, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	head, err := ix.cfg.Client.BlockNumber(ctx)
	if err != nil {
		return false, err
	}
	ix.lastHead = head
	if head < ix.cfg.Confirmations {
		return true, nil
	}
	safe := head - ix.cfg.Confirmations
	cur, ok, err := ix.cfg.DB.Cursor(ctx)
	if err != nil {
		return false, dbErr(err)
	}
	next := ix.cfg.StartBlock
	if ok {
		if cur.ChainID != ix.chainID || cur.Hub != ix.hub {
			return false, dbErr(fmt.Errorf("this database indexes hub %s on chain %s, not hub %s on chain %s: use another file", cur.Hub, cur.ChainID, ix.hub, ix.chainID))
		}
		h, err := ix.header(ctx, cur.Block)
		if err != nil {
			return false, err
		}
		if h == nil || h.Hash().Hex() != cur.Hash {
			return false, ix.rollback(ctx, cur, head)
		}
		if err := ix.backfillBridge(ctx, cur); err != nil {
			return false, err
		}
		next = cur.Block + 1
	}
	if next > safe {
		return true, nil
	}
	to := min(safe, next+ix.cfg.BatchBlocks-1)
	hTo, err := ix.header(ctx, to)
	if err != nil || hTo == nil {
		return false, err // the chain shrank meanwhile: look again
	}
	if ok {
		// The new range must continue the stored chain: its first block's parent is the
		// cursor's block (else a reorganisation happened since the check above).
		hFrom := hTo
		if next != to {
			if hFrom, err = ix.header(ctx, next); err != nil || hFrom == nil {
				return false, err
			}
		}
		if hFrom.ParentHash.Hex() != cur.Hash {
			return false, nil // rolled back on the next step
		}
	}
	logs, err := ix.cfg.Client.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(to), Addresses: ix.addrs,
	})
	if err != nil {
		return false, fmt.Errorf("reading the logs of blocks %d to %d: %w", next, to, err)
	}
	// Logs of a chain that changed during the query would not end on the block read
	// before it: check, and read the range again if so.
	if again, err := ix.header(ctx, to); err != nil || again == nil || again.Hash() != hTo.Hash() {
		return false, err
	}
	times := map[uint64]uint64{to: hTo.Time}
	for _, l := range logs {
		if l.BlockHash != (common.Hash{}) && l.BlockNumber == to && l.BlockHash != hTo.Hash() {
			return false, nil
		}
		if _, ok := times[l.BlockNumber]; !ok {
			if l.BlockTimestamp != 0 {
				times[l.BlockNumber] = l.BlockTimestamp
			} else {
				h, err := ix.header(ctx, l.BlockNumber)
				if err != nil || h == nil {
					return false, err
				}
				times[l.BlockNumber] = h.Time
			}
		}
	}
	n, err := ix.store(ctx, logs, times, to, hTo)
	if err != nil {
		return false, err
	}
	if next == ix.cfg.StartBlock || to-next > 100 || n > 0 {
		ix.log.Debug("explorer index: stored", "from", next, "to", to, "events", n, "head", head)
	}
	if ix.cfg.OnCommit != nil {
		ix.cfg.OnCommit(Progress{From: next, To: to, Head: head, Events: n})
	}
	return to >= safe, nil
}

// rollback finds the last stored block still on the chain (the common ancestor) and
// deletes everything after it, in one transaction.
func (ix *Indexer) rollback(ctx context.Context, cur Cursor, head uint64) error {
	ancestor, ancestorHash, found := uint64(0), "", false
	below := int64(cur.Block) + 1
	for !found {
		rows, err := ix.cfg.DB.db.QueryContext(ctx, `SELECT number, hash FROM blocks WHERE number < ? ORDER BY number DESC LIMIT 256`, below)
		if err != nil {
			return dbErr(err)
		}
		type blk struct {
			n    int64
			hash string
		}
		var bs []blk
		for rows.Next() {
			var b blk
			if err := rows.Scan(&b.n, &b.hash); err != nil {
				rows.Close()
				return dbErr(err)
			}
			bs = append(bs, b)
		}
		rows.Close()
		if len(bs) == 0 {
			break
		}
		for _, b := range bs {
			h, err := ix.header(ctx, uint64(b.n))
			if err != nil {
				return err
			}
			if h != nil && h.Hash().Hex() == b.hash {
				ancestor, ancestorHash, found = uint64(b.n), b.hash, true
				break
			}
		}
		below = bs[len(bs)-1].n
	}
	err := ix.cfg.DB.tx(ctx, func(tx *txn) error {
		for _, t := range []string{"events", "deals", "tasks", "contributions", "scores", "assets", "asset_owners", "pool_policies", "categories", "bridge_events"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE block > ?`, int64(ancestor)); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM blocks WHERE number > ?`, int64(ancestor)); err != nil {
			return err
		}
		if !found { // nothing in common: start again
			_, err := tx.ExecContext(ctx, `DELETE FROM cursor`)
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE cursor SET block = ?, hash = ? WHERE id = 1`, int64(ancestor), ancestorHash)
		return err
	})
	if err != nil {
		return dbErr(err)
	}
	ix.reorgs++
	undone := cur.Block - ancestor
	if !found {
		undone = cur.Block - ix.cfg.StartBlock + 1
	}
	ix.log.Info("explorer index: chain reorganisation rolled back", "from", cur.Block, "ancestor", ancestor, "blocks", undone)
	if ix.cfg.OnCommit != nil {
		ix.cfg.OnCommit(Progress{Head: head, RolledBack: undone, Ancestor: ancestor})
	}
	return nil
}

// ───────────────────────────── writing ─────────────────────────────

func addr(a common.Address) string { return strings.ToLower(a.Hex()) }

func hash(h common.Hash) string { return h.Hex() }

func amount(x *big.Int) string {
	if x == nil {
		return "0"
	}
	return x.String()
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// row is one event row.
type row struct {
	name                                        string
	taskID, dealID, account, other, amt, h, det string
}

type stmts struct {
	event, deal, task, contrib, score, asset, owner, policy, category, bridge *stmt
}

func prepare(ctx context.Context, tx *txn) (*stmts, error) {
	var s stmts
	for _, p := range []struct {
		dst **stmt
		q   string
	}{
		{&s.event, `INSERT INTO events (block, log_index, tx_hash, time, name, task_id, deal_id, account, other, amount, hash, detail, data)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (block, log_index) DO NOTHING`},
		{&s.deal, `INSERT INTO deals (id, block, log_index, tx_hash, time, app, app_owner, app_price, dataset, dataset_owner,
			dataset_price, workerpool, workerpool_owner, workerpool_price, trust, category, tag, requester, beneficiary,
			callback, sponsor, start_time, bot_first, bot_size, worker_stake, scheduler_reward_ratio, params,
			order_app, order_dataset, order_workerpool, order_request, cost)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`},
		{&s.task, `INSERT INTO tasks (id, deal_id, idx, block) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`},
		{&s.contrib, `INSERT INTO contributions (task_id, worker, result_hash, weight, block, log_index, tx_hash, time)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id, worker) DO NOTHING`},
		{&s.score, `INSERT INTO scores (block, log_index, worker, ref, old_score, new_score, time)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (block, log_index) DO NOTHING`},
		{&s.asset, `INSERT INTO assets (address, kind, name, app_type, multiaddr, checksum, mrenclave, block, tx_hash, time)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (address) DO NOTHING`},
		{&s.owner, `INSERT INTO asset_owners (block, log_index, asset, owner) VALUES (?, ?, ?, ?) ON CONFLICT (block, log_index) DO NOTHING`},
		{&s.policy, `INSERT INTO pool_policies (block, log_index, workerpool, worker_stake_ratio, scheduler_reward_ratio)
			VALUES (?, ?, ?, ?, ?) ON CONFLICT (block, log_index) DO NOTHING`},
		{&s.category, `INSERT INTO categories (id, name, description, work_clock_time_ref, block) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`},
		{&s.bridge, insertBridgeEvent},
	} {
		st, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			return nil, err
		}
		*p.dst = st
	}
	return &s, nil
}

// store writes the decoded logs of a range, the blocks' hashes and the cursor in one
// transaction; it returns the number of events stored.
func (ix *Indexer) store(ctx context.Context, logs []types.Log, times map[uint64]uint64, to uint64, hTo *types.Header) (int, error) {
	// Decode before the transaction: decoding errors are not the database's.
	type item struct {
		l   *types.Log
		ev  any
		row row
	}
	items := make([]item, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		ev, r, err := ix.decode(l)
		if err != nil {
			return 0, err
		}
		if ev == nil {
			continue
		}
		items = append(items, item{l, ev, r})
	}
	err := ix.cfg.DB.tx(ctx, func(tx *txn) error {
		s, err := prepare(ctx, tx)
		if err != nil {
			return err
		}
		blocks := map[uint64]string{to: hTo.Hash().Hex()}
		for _, it := range items {
			l := it.l
			b, li, t := int64(l.BlockNumber), int64(l.Index), int64(times[l.BlockNumber])
			blocks[l.BlockNumber] = l.BlockHash.Hex()
			data, err := json.Marshal(it.ev)
			if err != nil {
				return err
			}
			if be, ok := it.ev.(*BridgeEvent); ok { // its own table (bridge.go)
				if err := storeBridgeEvent(ctx, s.bridge, be, t); err != nil {
					return fmt.Errorf("storing bridge %s at block %d: %w", be.Name, b, err)
				}
				continue
			}
			r := it.row
			if _, err := s.event.ExecContext(ctx, b, li, hash(l.TxHash), t, r.name, nullStr(r.taskID), nullStr(r.dealID),
				nullStr(r.account), nullStr(r.other), nullStr(r.amt), nullStr(r.h), nullStr(r.det), string(data)); err != nil {
				return fmt.Errorf("storing %s at block %d: %w", r.name, b, err)
			}
			if err := ix.storeEntity(ctx, s, it.ev, l, t); err != nil {
				return fmt.Errorf("storing %s at block %d: %w", r.name, b, err)
			}
		}
		if ix.cfg.SideBridge != (common.Address{}) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO bridge_indexed (bridge) VALUES (?) ON CONFLICT (bridge) DO NOTHING`, addr(ix.cfg.SideBridge)); err != nil {
				return err
			}
		}
		for n, h := range blocks {
			if _, err := tx.ExecContext(ctx, `INSERT INTO blocks (number, hash, time) VALUES (?, ?, ?)
				ON CONFLICT (number) DO UPDATE SET hash = excluded.hash, time = excluded.time`, int64(n), h, int64(times[n])); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO cursor (id, chain_id, hub, block, hash) VALUES (1, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET block = excluded.block, hash = excluded.hash`, ix.chainID, ix.hub, int64(to), hTo.Hash().Hex())
		return err
	})
	if err != nil {
		return 0, dbErr(err)
	}
	return len(items), nil
}

// Registry events, as stored (JSON data).
type (
	AppCreated struct {
		sdk.LogMeta
		App, Owner            common.Address
		Name, Type, Multiaddr string
		Checksum              common.Hash
		MrEnclave             []byte
	}
	DatasetCreated struct {
		sdk.LogMeta
		Dataset, Owner  common.Address
		Name, Multiaddr string
		Checksum        common.Hash
	}
	WorkerpoolCreated struct {
		sdk.LogMeta
		Workerpool, Owner common.Address
		Description       string
	}
	WorkerpoolPolicyUpdated struct {
		sdk.LogMeta
		Workerpool                                       common.Address
		OldWorkerStakeRatio, NewWorkerStakeRatio         uint64
		OldSchedulerRewardRatio, NewSchedulerRewardRatio uint64
	}
	AssetTransfer struct {
		sdk.LogMeta
		Kind     string
		Asset    common.Address
		From, To common.Address
	}
)

func meta(l *types.Log) sdk.LogMeta {
	return sdk.LogMeta{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, TxIndex: l.TxIndex, LogIndex: l.Index}
}

func u64(x *big.Int) uint64 {
	if x == nil || !x.IsUint64() {
		return 0
	}
	return x.Uint64()
}

// decode turns a log into an event and its row; ev is nil for logs not indexed.
func (ix *Indexer) decode(l *types.Log) (ev any, r row, err error) {
	c := ix.cfg.Client
	switch l.Address {
	case c.AppRegistry(), c.DatasetRegistry(), c.WorkerpoolRegistry():
		return ix.decodeRegistry(l)
	}
	if ix.cfg.SideBridge != (common.Address{}) && l.Address == ix.cfg.SideBridge {
		return decodeBridge(l)
	}
	e, err := c.DecodeEvent(*l)
	if err != nil {
		return nil, r, err
	}
	r.name = e.EventName()
	switch e := e.(type) {
	case *sdk.DepositEvent:
		r.account, r.other, r.amt = addr(e.Owner), addr(e.From), amount(e.Amount)
	case *sdk.WithdrawEvent:
		r.account, r.other, r.amt = addr(e.Owner), addr(e.To), amount(e.Amount)
	case *sdk.LockEvent:
		r.account, r.amt, r.h = addr(e.Owner), amount(e.Amount), hash(e.Ref)
	case *sdk.UnlockEvent:
		r.account, r.amt, r.h = addr(e.Owner), amount(e.Amount), hash(e.Ref)
	case *sdk.SeizeEvent:
		r.account, r.amt, r.h = addr(e.Owner), amount(e.Amount), hash(e.Ref)
	case *sdk.RewardEvent:
		r.account, r.amt, r.h = addr(e.Owner), amount(e.Amount), hash(e.Ref)
	case *sdk.VestEvent:
		r.account, r.amt, r.h, r.det = addr(e.Worker), amount(e.Amount), hash(e.Ref), strconv.FormatInt(e.ReleaseTime.Unix(), 10)
	case *sdk.ReleaseEvent:
		r.account, r.amt = addr(e.Worker), amount(e.Amount)
	case *sdk.VestingForfeitedEvent:
		r.account, r.amt, r.h = addr(e.Worker), amount(e.Amount), hash(e.Ref)
	case *sdk.KittyFillEvent:
		r.amt, r.h = amount(e.Amount), hash(e.Ref)
	case *sdk.KittyDrainEvent:
		r.amt, r.taskID = amount(e.Amount), hash(e.TaskID)
	case *sdk.CategoryCreatedEvent:
		r.det = e.Name
	case *sdk.OrderPresignedEvent:
		r.account, r.h, r.det = addr(e.Owner), hash(e.OrderHash), e.Kind.Asset()
	case *sdk.OrderCancelledEvent:
		r.account, r.h, r.det = addr(e.Owner), hash(e.OrderHash), e.Kind.Asset()
	case *sdk.OwnershipTransferredEvent:
		r.account, r.other = addr(e.NewOwner), addr(e.PreviousOwner)
	case *sdk.OrdersMatchedEvent:
		r.dealID, r.account, r.other, r.amt = hash(e.Deal.ID), addr(e.Deal.Requester), addr(e.Deal.Workerpool), amount(e.Deal.Cost())
	case *sdk.TaskStartedEvent:
		r.taskID, r.dealID, r.det = hash(e.TaskID), hash(e.DealID), strconv.FormatUint(e.Index, 10)
	case *sdk.TaskContributeEvent:
		r.taskID, r.account, r.h, r.det = hash(e.TaskID), addr(e.Worker), hash(e.ResultHash), strconv.FormatUint(e.Weight, 10)
	case *sdk.TaskConsensusEvent:
		r.taskID, r.h, r.det = hash(e.TaskID), hash(e.ConsensusValue), strconv.FormatInt(e.RevealDeadline.Unix(), 10)
	case *sdk.TaskRevealEvent:
		r.taskID, r.account, r.h = hash(e.TaskID), addr(e.Worker), hash(e.Digest)
	case *sdk.ContributionRejectedEvent:
		r.taskID, r.account = hash(e.TaskID), addr(e.Worker)
	case *sdk.TaskFinalizeEvent:
		r.taskID, r.dealID, r.h, r.det = hash(e.TaskID), hash(e.DealID), hash(e.Digest), string(e.Results)
	case *sdk.TaskClaimedEvent:
		r.taskID, r.dealID = hash(e.TaskID), hash(e.DealID)
	case *sdk.ScoreChangedEvent:
		r.account, r.h, r.det = addr(e.Worker), hash(e.Ref), fmt.Sprintf("%d→%d", e.OldScore, e.NewScore)
	case *sdk.ResultCallbackEvent:
		r.taskID, r.other, r.det = hash(e.TaskID), addr(e.Callback), strconv.FormatBool(e.Success)
	case *sdk.UnknownEvent:
		return nil, r, nil
	}
	return e, r, nil
}

func (ix *Indexer) decodeRegistry(l *types.Log) (any, row, error) {
	c := ix.cfg.Client
	m := meta(l)
	var r row
	transfer := func(kind string, from, to common.Address, id *big.Int) (any, row, error) {
		asset := common.BigToAddress(id)
		r = row{name: "Transfer", account: addr(asset), other: addr(to), det: addr(from)}
		return &AssetTransfer{m, kind, asset, from, to}, r, nil
	}
	switch l.Address {
	case c.AppRegistry():
		if e, err := ix.apps.UnpackAppCreatedEvent(l); err == nil {
			r = row{name: "AppCreated", account: addr(e.App), other: addr(e.Owner), det: e.Name}
			return &AppCreated{m, e.App, e.Owner, e.Name, e.AppType, string(e.Multiaddr), e.Checksum, e.Mrenclave}, r, nil
		}
		if e, err := ix.apps.UnpackTransferEvent(l); err == nil {
			return transfer("app", e.From, e.To, e.TokenId)
		}
	case c.DatasetRegistry():
		if e, err := ix.dsets.UnpackDatasetCreatedEvent(l); err == nil {
			r = row{name: "DatasetCreated", account: addr(e.Dataset), other: addr(e.Owner), det: e.Name}
			return &DatasetCreated{m, e.Dataset, e.Owner, e.Name, string(e.Multiaddr), e.Checksum}, r, nil
		}
		if e, err := ix.dsets.UnpackTransferEvent(l); err == nil {
			return transfer("dataset", e.From, e.To, e.TokenId)
		}
	case c.WorkerpoolRegistry():
		if e, err := ix.pools.UnpackWorkerpoolCreatedEvent(l); err == nil {
			r = row{name: "WorkerpoolCreated", account: addr(e.Workerpool), other: addr(e.Owner), det: e.Description}
			return &WorkerpoolCreated{m, e.Workerpool, e.Owner, e.Description}, r, nil
		}
		if e, err := ix.pools.UnpackWorkerpoolPolicyUpdatedEvent(l); err == nil {
			p := &WorkerpoolPolicyUpdated{m, e.Workerpool, u64(e.OldWorkerStakeRatio), u64(e.NewWorkerStakeRatio),
				u64(e.OldSchedulerRewardRatio), u64(e.NewSchedulerRewardRatio)}
			r = row{name: "WorkerpoolPolicyUpdated", account: addr(e.Workerpool),
				det: fmt.Sprintf("worker stake %d%%, scheduler reward %d%%", p.NewWorkerStakeRatio, p.NewSchedulerRewardRatio)}
			return p, r, nil
		}
		if e, err := ix.pools.UnpackTransferEvent(l); err == nil {
			return transfer("workerpool", e.From, e.To, e.TokenId)
		}
	}
	return nil, r, nil // Approval and other registry events are not indexed
}

// storeEntity writes the entity rows an event makes (deals, tasks, contributions, ...).
func (ix *Indexer) storeEntity(ctx context.Context, s *stmts, ev any, l *types.Log, t int64) error {
	b, li := int64(l.BlockNumber), int64(l.Index)
	var err error
	switch e := ev.(type) {
	case *sdk.OrdersMatchedEvent:
		d := e.Deal
		if _, err = s.deal.ExecContext(ctx, hash(d.ID), b, li, hash(l.TxHash), t, addr(d.App), addr(d.AppOwner), amount(d.AppPrice),
			addr(d.Dataset), addr(d.DatasetOwner), amount(d.DatasetPrice), addr(d.Workerpool), addr(d.WorkerpoolOwner),
			amount(d.WorkerpoolPrice), int64(d.Trust), int64(d.Category), common.Hash(d.Tag).Hex(), addr(d.Requester),
			addr(d.Beneficiary), addr(d.Callback), addr(d.Sponsor), int64(d.StartTime), int64(d.BotFirst), int64(d.BotSize),
			amount(d.WorkerStake), int64(d.SchedulerRewardRatio), d.Params, hash(d.OrderHashes[0]), hash(d.OrderHashes[1]),
			hash(d.OrderHashes[2]), hash(d.OrderHashes[3]), amount(d.Cost())); err != nil {
			return err
		}
		for _, idx := range d.Indexes() {
			if _, err = s.task.ExecContext(ctx, hash(d.TaskID(idx)), hash(d.ID), int64(idx), b); err != nil {
				return err
			}
		}
	case *sdk.TaskContributeEvent:
		_, err = s.contrib.ExecContext(ctx, hash(e.TaskID), addr(e.Worker), hash(e.ResultHash), int64(e.Weight), b, li, hash(l.TxHash), t)
	case *sdk.ScoreChangedEvent:
		_, err = s.score.ExecContext(ctx, b, li, addr(e.Worker), hash(e.Ref), int64(e.OldScore), int64(e.NewScore), t)
	case *sdk.CategoryCreatedEvent:
		_, err = s.category.ExecContext(ctx, int64(e.ID), e.Name, e.Description, int64(e.WorkClockTimeRef), b)
	case *AppCreated:
		_, err = s.asset.ExecContext(ctx, addr(e.App), "app", e.Name, e.Type, e.Multiaddr, hash(e.Checksum),
			common.Bytes2Hex(e.MrEnclave), b, hash(l.TxHash), t)
	case *DatasetCreated:
		_, err = s.asset.ExecContext(ctx, addr(e.Dataset), "dataset", e.Name, "", e.Multiaddr, hash(e.Checksum), "", b, hash(l.TxHash), t)
	case *WorkerpoolCreated:
		_, err = s.asset.ExecContext(ctx, addr(e.Workerpool), "workerpool", e.Description, "", "", "", "", b, hash(l.TxHash), t)
	case *WorkerpoolPolicyUpdated:
		_, err = s.policy.ExecContext(ctx, b, li, addr(e.Workerpool), int64(e.NewWorkerStakeRatio), int64(e.NewSchedulerRewardRatio))
	case *AssetTransfer:
		_, err = s.owner.ExecContext(ctx, b, li, addr(e.Asset), addr(e.To))
	}
	return err
}
