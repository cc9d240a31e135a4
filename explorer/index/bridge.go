package index

// The token bridge (package bridge, docs/bridge.md): the side bridge's events on the
// followed chain (Indexer, Config.SideBridge), the main chain's vault (MainWatcher), and
// the transfers in both directions with their state (Bridge* queries).

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/bindings"
)

var (
	sideBridgeABI = bindings.NewSideBridge()
	vaultABI      = bindings.NewBridgeVault()

	bridgeOutTopic = crypto.Keccak256Hash([]byte("TransferOut(uint256,address,address,uint256,bool)"))
	bridgeInTopic  = crypto.Keccak256Hash([]byte("TransferIn(uint256,bytes32,address,uint256,bool)"))
)

// Names of the bridge events.
const (
	BridgeTransferOut = "TransferOut"
	BridgeTransferIn  = "TransferIn"
)

// BridgeEvent is a TransferOut or TransferIn event of a bridge contract.
type BridgeEvent struct {
	Bridge    common.Address
	Name      string // BridgeTransferOut or BridgeTransferIn
	Nonce     uint64
	From      common.Address // TransferOut only
	Recipient common.Address
	Amount    *big.Int
	ToHub     bool
	SourceID  common.Hash // TransferIn's sourceId; for TransferOut SourceID(tx, log index)
	Block     uint64
	LogIndex  uint
	TxHash    common.Hash
}

// decodeBridgeLog decodes a bridge contract's TransferOut or TransferIn (both contracts
// emit the same events); ev is nil for its other events and for nonces beyond int64.
func decodeBridgeLog(l *types.Log) (*BridgeEvent, error) {
	if len(l.Topics) == 0 {
		return nil, nil
	}
	ev := &BridgeEvent{Bridge: l.Address, Block: l.BlockNumber, LogIndex: l.Index, TxHash: l.TxHash}
	var nonce *big.Int
	switch l.Topics[0] {
	case bridgeOutTopic:
		e, err := sideBridgeABI.UnpackTransferOutEvent(l)
		if err != nil {
			return nil, fmt.Errorf("bridge TransferOut in tx %s: %w", l.TxHash.Hex(), err)
		}
		ev.Name, nonce, ev.From, ev.Recipient, ev.Amount, ev.ToHub = BridgeTransferOut, e.Nonce, e.From, e.Recipient, e.Amount, e.ToHub
		ev.SourceID = bridge.SourceID(l.TxHash, l.Index)
	case bridgeInTopic:
		e, err := sideBridgeABI.UnpackTransferInEvent(l)
		if err != nil {
			return nil, fmt.Errorf("bridge TransferIn in tx %s: %w", l.TxHash.Hex(), err)
		}
		ev.Name, nonce, ev.Recipient, ev.Amount, ev.ToHub, ev.SourceID = BridgeTransferIn, e.Nonce, e.Recipient, e.Amount, e.ToHub, e.SourceId
	default:
		return nil, nil // validator sets, pauses, limits: not indexed
	}
	if nonce == nil || !nonce.IsInt64() {
		return nil, nil
	}
	ev.Nonce = nonce.Uint64()
	return ev, nil
}

// decodeBridge is decode for the side bridge's logs.
func decodeBridge(l *types.Log) (any, row, error) {
	ev, err := decodeBridgeLog(l)
	if err != nil || ev == nil {
		return nil, row{}, err
	}
	return ev, row{name: ev.Name}, nil
}

const insertBridgeEvent = `INSERT INTO bridge_events (block, log_index, tx_hash, time, bridge, name, nonce, from_addr, recipient, amount, to_hub, source_id)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (block, log_index) DO NOTHING`

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func fromOf(e *BridgeEvent) string {
	if e.Name != BridgeTransferOut {
		return ""
	}
	return addr(e.From)
}

func storeBridgeEvent(ctx context.Context, st *stmt, e *BridgeEvent, t int64) error {
	_, err := st.ExecContext(ctx, int64(e.Block), int64(e.LogIndex), hash(e.TxHash), t, addr(e.Bridge), e.Name, int64(e.Nonce),
		fromOf(e), addr(e.Recipient), amount(e.Amount), boolInt(e.ToHub), hash(e.SourceID))
	return err
}

// ───────────────────────────── the main chain ─────────────────────────────

// MainConfig configures a MainWatcher.
type MainConfig struct {
	// Main is the bridge's vault on the main chain.
	Main *bridge.Endpoint
	// SideBridge is the side bridge the Indexer follows (its withdrawals are checked).
	SideBridge common.Address
	DB         *DB
	// StartBlock is the first main-chain block read (the vault's deployment block).
	StartBlock uint64
	// Confirmations: only main-chain blocks this deep are read (default 0).
	Confirmations uint64
	// BatchBlocks is the most blocks read at once (default 5000).
	BatchBlocks uint64
	// PollInterval is how often Run reads the main chain again (default 5 s).
	PollInterval time.Duration
	// MaxChecks is the most pending withdrawals whose executed(nonce) is asked per
	// round, oldest first (default 100).
	MaxChecks int
	Logger    *slog.Logger
	// OnCommit is called after each round that stored something (live updates).
	OnCommit func(Progress)
}

// MainWatcher reads the vault's transfers on the main chain into the DB: its
// TransferOut events (main → side locks) and TransferIn events (side → main withdrawals
// executed), and asks executed(nonce) for the withdrawals not yet known executed.
type MainWatcher struct {
	cfg     MainConfig
	log     *slog.Logger
	vault   string
	chainID string
	mu      sync.Mutex
}

// NewMainWatcher makes a watcher; Run or Sync start it.
func NewMainWatcher(cfg MainConfig) (*MainWatcher, error) {
	if cfg.Main == nil || cfg.DB == nil {
		return nil, errors.New("index: a main-chain bridge endpoint and a database are needed")
	}
	if cfg.Main.IsSide() {
		return nil, fmt.Errorf("index: %s is a side bridge, not the main chain's vault", cfg.Main.Contract().Hex())
	}
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = DefaultBatchBlocks
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 5 * time.Second
	}
	if cfg.MaxChecks <= 0 {
		cfg.MaxChecks = 100
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &MainWatcher{cfg: cfg, log: log, vault: addr(cfg.Main.Contract()), chainID: cfg.Main.ChainID().String()}, nil
}

// Run reads the main chain until ctx ends; errors reading it are logged and retried.
func (w *MainWatcher) Run(ctx context.Context) error {
	return syncLoop(ctx, w.Sync, w.cfg.PollInterval, w.log, "explorer bridge: will retry reading the main chain")
}

// Sync reads the vault's events up to the main chain's head (less Confirmations), then
// asks executed(nonce) for up to MaxChecks withdrawals still pending.
func (w *MainWatcher) Sync(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	head, err := w.cfg.Main.Head(ctx)
	if err != nil {
		return err
	}
	stored := 0
	if head >= w.cfg.Confirmations {
		safe := head - w.cfg.Confirmations
		next, err := w.next(ctx)
		if err != nil {
			return err
		}
		for next <= safe {
			to := min(safe, next+w.cfg.BatchBlocks-1)
			n, err := w.scan(ctx, next, to)
			if err != nil {
				return err
			}
			stored += n
			next = to + 1
		}
	}
	n, err := w.check(ctx)
	if err != nil {
		return err
	}
	if stored+n > 0 && w.cfg.OnCommit != nil {
		w.cfg.OnCommit(Progress{Head: head, Events: stored + n})
	}
	return nil
}

// next is the first main-chain block not read yet.
func (w *MainWatcher) next(ctx context.Context) (uint64, error) {
	var chainID string
	var b int64
	err := w.cfg.DB.db.QueryRowContext(ctx, `SELECT chain_id, block FROM bridge_main_cursor WHERE vault = ?`, w.vault).Scan(&chainID, &b)
	if errors.Is(err, sql.ErrNoRows) {
		return w.cfg.StartBlock, nil
	}
	if err != nil {
		return 0, dbErr(err)
	}
	if chainID != w.chainID {
		return 0, dbErr(fmt.Errorf("this database read vault %s on chain %s, not chain %s: use another file", w.vault, chainID, w.chainID))
	}
	return max(uint64(b)+1, w.cfg.StartBlock), nil
}

// scan stores the vault's transfers of blocks from..to and moves the cursor.
func (w *MainWatcher) scan(ctx context.Context, from, to uint64) (int, error) {
	b := w.cfg.Main.Backend()
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.cfg.Main.Contract()}, Topics: [][]common.Hash{{bridgeOutTopic, bridgeInTopic}},
	})
	if err != nil {
		return 0, fmt.Errorf("reading the vault's logs of main-chain blocks %d to %d: %w", from, to, err)
	}
	var evs []*BridgeEvent
	times := map[uint64]int64{}
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		ev, err := decodeBridgeLog(l)
		if err != nil {
			return 0, err
		}
		if ev == nil {
			continue
		}
		if _, ok := times[l.BlockNumber]; !ok {
			if l.BlockTimestamp != 0 {
				times[l.BlockNumber] = int64(l.BlockTimestamp)
			} else {
				h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
				if err != nil {
					return 0, fmt.Errorf("reading main-chain block %d: %w", l.BlockNumber, err)
				}
				times[l.BlockNumber] = int64(h.Time)
			}
		}
		evs = append(evs, ev)
	}
	err = w.cfg.DB.tx(ctx, func(tx *txn) error {
		for _, e := range evs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO bridge_main (vault, name, nonce, block, log_index, tx_hash, time, from_addr, recipient, amount, to_hub, source_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (vault, name, nonce) DO UPDATE SET block = excluded.block,
				log_index = excluded.log_index, tx_hash = excluded.tx_hash, time = excluded.time, from_addr = excluded.from_addr,
				recipient = excluded.recipient, amount = excluded.amount, to_hub = excluded.to_hub, source_id = excluded.source_id`,
				w.vault, e.Name, int64(e.Nonce), int64(e.Block), int64(e.LogIndex), hash(e.TxHash), times[e.Block], fromOf(e),
				addr(e.Recipient), amount(e.Amount), boolInt(e.ToHub), hash(e.SourceID)); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO bridge_main_cursor (vault, chain_id, block) VALUES (?, ?, ?)
			ON CONFLICT (vault) DO UPDATE SET block = excluded.block`, w.vault, w.chainID, int64(to))
		return err
	})
	if err != nil {
		return 0, dbErr(err)
	}
	return len(evs), nil
}

// check asks executed(nonce) for the oldest withdrawals not known executed; those
// executed are stored without their transaction (the log scan adds it when it reads it).
func (w *MainWatcher) check(ctx context.Context) (int, error) {
	rows, err := w.cfg.DB.db.QueryContext(ctx, `SELECT o.nonce, o.recipient, o.amount FROM bridge_events o
		WHERE o.bridge = ? AND o.name = 'TransferOut' AND NOT EXISTS (SELECT 1 FROM bridge_main i
			WHERE i.vault = ? AND i.name = 'TransferIn' AND i.nonce = o.nonce)
		ORDER BY o.nonce LIMIT ?`, addr(w.cfg.SideBridge), w.vault, w.cfg.MaxChecks)
	if err != nil {
		return 0, dbErr(err)
	}
	type pending struct {
		nonce             int64
		recipient, amount string
	}
	var ps []pending
	for rows.Next() {
		var p pending
		if err := rows.Scan(&p.nonce, &p.recipient, &p.amount); err != nil {
			rows.Close()
			return 0, dbErr(err)
		}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, dbErr(err)
	}
	n := 0
	for _, p := range ps {
		done, err := w.cfg.Main.Executed(ctx, big.NewInt(p.nonce))
		if err != nil {
			return n, fmt.Errorf("asking the vault whether withdrawal %d was executed: %w", p.nonce, err)
		}
		if !done {
			continue
		}
		if _, err := w.cfg.DB.db.ExecContext(ctx, `INSERT INTO bridge_main (vault, name, nonce, block, log_index, tx_hash, time, from_addr, recipient, amount, to_hub, source_id)
			VALUES (?, 'TransferIn', ?, 0, 0, '', 0, '', ?, ?, 0, '') ON CONFLICT (vault, name, nonce) DO NOTHING`,
			w.vault, p.nonce, p.recipient, p.amount); err != nil {
			return n, dbErr(err)
		}
		n++
	}
	return n, nil
}

// ───────────────────────────── queries ─────────────────────────────

// BridgeTransfer is one crossing of the bridge, as far as the index knows it: its
// source event (on the main chain for main → side, unknown there when the main chain is
// not followed) and, once executed, its destination event.
type BridgeTransfer struct {
	Nonce       uint64    `json:"nonce"`
	From        string    `json:"from,omitempty"` // who locked or burned ('' when the source is not read)
	Recipient   string    `json:"recipient"`
	Amount      string    `json:"amount"` // token units
	ToHub       bool      `json:"toHub"`
	SourceID    string    `json:"sourceId,omitempty"`
	SourceTx    string    `json:"sourceTx,omitempty"`
	SourceBlock uint64    `json:"sourceBlock,omitempty"`
	SourceTime  time.Time `json:"sourceTime,omitzero"`
	Executed    bool      `json:"executed"`
	DestTx      string    `json:"destinationTx,omitempty"` // '' while pending, or when known executed by executed(nonce) only
	DestBlock   uint64    `json:"destinationBlock,omitempty"`
	DestTime    time.Time `json:"destinationTime,omitzero"`
}

// BridgeFilter selects bridge transfers: those of a side bridge and (for what comes
// from or goes to the main chain) of a vault ("" when the main chain is not followed),
// optionally only those an account sent or received; Limit after Offset, newest first.
type BridgeFilter struct {
	SideBridge, Vault, Account string
	Limit, Offset              int
}

func scanTransfers(rows *sql.Rows) ([]BridgeTransfer, error) {
	defer rows.Close()
	out := []BridgeTransfer{}
	for rows.Next() {
		var t BridgeTransfer
		var nonce, toHub, sb, st, db, dt int64
		var done bool
		if err := rows.Scan(&nonce, &t.From, &t.Recipient, &t.Amount, &toHub, &t.SourceID, &t.SourceTx, &sb, &st,
			&done, &t.DestTx, &db, &dt); err != nil {
			return nil, err
		}
		t.Nonce, t.ToHub, t.SourceBlock, t.SourceTime = uint64(nonce), toHub != 0, uint64(sb), unix(st)
		t.Executed, t.DestBlock, t.DestTime = done, uint64(db), unix(dt)
		out = append(out, t)
	}
	return out, rows.Err()
}

func (f BridgeFilter) args() (side, vault, account string, limit, offset int) {
	limit = f.Limit
	if limit <= 0 {
		limit = 50
	}
	return strings.ToLower(f.SideBridge), strings.ToLower(f.Vault), strings.ToLower(f.Account), limit, max(f.Offset, 0)
}

// BridgeDeposits lists the main → side transfers: the vault's locks and the side
// bridge's executions of them, by nonce, newest first.
func (d *DB) BridgeDeposits(ctx context.Context, f BridgeFilter) ([]BridgeTransfer, error) {
	side, vault, account, limit, offset := f.args()
	rows, err := d.db.QueryContext(ctx, `SELECT n.nonce, COALESCE(o.from_addr, ''), COALESCE(o.recipient, i.recipient, ''),
		COALESCE(o.amount, i.amount, '0'), COALESCE(o.to_hub, i.to_hub, 0), COALESCE(o.source_id, i.source_id, ''),
		COALESCE(o.tx_hash, ''), COALESCE(o.block, 0), COALESCE(o.time, 0),
		CASE WHEN i.nonce IS NULL THEN 0 ELSE 1 END, COALESCE(i.tx_hash, ''), COALESCE(i.block, 0), COALESCE(i.time, 0)
		FROM (SELECT nonce FROM bridge_main WHERE vault = ? AND name = 'TransferOut'
			UNION SELECT nonce FROM bridge_events WHERE bridge = ? AND name = 'TransferIn') n
		LEFT JOIN bridge_main o ON o.vault = ? AND o.name = 'TransferOut' AND o.nonce = n.nonce
		LEFT JOIN bridge_events i ON i.bridge = ? AND i.name = 'TransferIn' AND i.nonce = n.nonce
		WHERE (CAST(? AS TEXT) = '' OR o.from_addr = ? OR COALESCE(o.recipient, i.recipient) = ?)
		ORDER BY n.nonce DESC LIMIT ? OFFSET ?`, vault, side, vault, side, account, account, account, limit, offset)
	if err != nil {
		return nil, err
	}
	return scanTransfers(rows)
}

// BridgeWithdrawals lists the side → main transfers: the side bridge's burns and, when
// the vault is given, the vault's executions of them, by nonce, newest first.
func (d *DB) BridgeWithdrawals(ctx context.Context, f BridgeFilter) ([]BridgeTransfer, error) {
	side, vault, account, limit, offset := f.args()
	rows, err := d.db.QueryContext(ctx, `SELECT o.nonce, o.from_addr, o.recipient, o.amount, o.to_hub, o.source_id, o.tx_hash, o.block, o.time,
		CASE WHEN i.nonce IS NULL THEN 0 ELSE 1 END, COALESCE(i.tx_hash, ''), COALESCE(i.block, 0), COALESCE(i.time, 0)
		FROM bridge_events o LEFT JOIN bridge_main i ON i.vault = ? AND i.name = 'TransferIn' AND i.nonce = o.nonce
		WHERE o.bridge = ? AND o.name = 'TransferOut' AND (CAST(? AS TEXT) = '' OR o.from_addr = ? OR o.recipient = ?)
		ORDER BY o.nonce DESC LIMIT ? OFFSET ?`, vault, side, account, account, account, limit, offset)
	if err != nil {
		return nil, err
	}
	return scanTransfers(rows)
}

// BridgeTotals are the index's figures of the bridge (amounts in token units).
type BridgeTotals struct {
	// Minted and Burned are the side bridge's TransferIn and TransferOut amounts:
	// Minted − Burned is the bridged supply on the side chain.
	Minted string `json:"minted"`
	Burned string `json:"burned"`
	// Locks in flight: main → side transfers read on the main chain, not executed on
	// the side chain (0 when the main chain is not followed).
	DepositsInFlight       int64  `json:"depositsInFlight"`
	DepositsInFlightAmount string `json:"depositsInFlightAmount"`
	// Withdrawals in flight: side → main transfers not known executed on the main chain
	// (all of them when the main chain is not followed).
	WithdrawalsInFlight       int64  `json:"withdrawalsInFlight"`
	WithdrawalsInFlightAmount string `json:"withdrawalsInFlightAmount"`
}

// BridgeTotals returns the figures of a side bridge and a vault ("" when not followed).
func (d *DB) BridgeTotals(ctx context.Context, sideBridge, vault string) (*BridgeTotals, error) {
	side, vault := strings.ToLower(sideBridge), strings.ToLower(vault)
	t := &BridgeTotals{}
	var err error
	if t.Minted, err = d.sum(ctx, `SELECT amount FROM bridge_events WHERE bridge = ? AND name = 'TransferIn'`, side); err != nil {
		return nil, err
	}
	if t.Burned, err = d.sum(ctx, `SELECT amount FROM bridge_events WHERE bridge = ? AND name = 'TransferOut'`, side); err != nil {
		return nil, err
	}
	const deposits = ` FROM bridge_main o WHERE o.vault = ? AND o.name = 'TransferOut' AND NOT EXISTS
		(SELECT 1 FROM bridge_events i WHERE i.bridge = ? AND i.name = 'TransferIn' AND i.nonce = o.nonce)`
	if t.DepositsInFlight, err = d.one(ctx, `SELECT COUNT(*)`+deposits, vault, side); err != nil {
		return nil, err
	}
	if t.DepositsInFlightAmount, err = d.sum(ctx, `SELECT o.amount`+deposits, vault, side); err != nil {
		return nil, err
	}
	const withdrawals = ` FROM bridge_events o WHERE o.bridge = ? AND o.name = 'TransferOut' AND NOT EXISTS
		(SELECT 1 FROM bridge_main i WHERE i.vault = ? AND i.name = 'TransferIn' AND i.nonce = o.nonce)`
	if t.WithdrawalsInFlight, err = d.one(ctx, `SELECT COUNT(*)`+withdrawals, side, vault); err != nil {
		return nil, err
	}
	if t.WithdrawalsInFlightAmount, err = d.sum(ctx, `SELECT o.amount`+withdrawals, side, vault); err != nil {
		return nil, err
	}
	return t, nil
}

// BridgeMainBlock is the last main-chain block read for vault (ok false before the first).
func (d *DB) BridgeMainBlock(ctx context.Context, vault string) (block uint64, ok bool, err error) {
	var b int64
	err = d.db.QueryRowContext(ctx, `SELECT block FROM bridge_main_cursor WHERE vault = ?`, strings.ToLower(vault)).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	return uint64(b), true, nil
}

// backfillBridge indexes, once, the side bridge's events of the blocks an index made
// before the bridge was configured holds (StartBlock to the cursor).
func (ix *Indexer) backfillBridge(ctx context.Context, cur Cursor) error {
	side := ix.cfg.SideBridge
	if ix.bridgeReady || side == (common.Address{}) {
		return nil
	}
	n, err := ix.cfg.DB.one(ctx, `SELECT COUNT(*) FROM bridge_indexed WHERE bridge = ?`, addr(side))
	if err != nil {
		return dbErr(err)
	}
	if n > 0 {
		ix.bridgeReady = true
		return nil
	}
	var evs []*BridgeEvent
	times := map[uint64]int64{}
	for from := ix.cfg.StartBlock; from <= cur.Block; from += ix.cfg.BatchBlocks {
		to := min(cur.Block, from+ix.cfg.BatchBlocks-1)
		logs, err := ix.cfg.Client.Backend().FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{side},
		})
		if err != nil {
			return fmt.Errorf("reading the side bridge's logs of blocks %d to %d: %w", from, to, err)
		}
		for i := range logs {
			l := &logs[i]
			ev, err := decodeBridgeLog(l)
			if err != nil {
				return err
			}
			if ev == nil || l.Removed {
				continue
			}
			if _, ok := times[l.BlockNumber]; !ok {
				h, err := ix.header(ctx, l.BlockNumber)
				if err != nil || h == nil {
					return fmt.Errorf("reading block %d: %v", l.BlockNumber, err)
				}
				times[l.BlockNumber] = int64(h.Time)
			}
			evs = append(evs, ev)
		}
	}
	err = ix.cfg.DB.tx(ctx, func(tx *txn) error {
		st, err := tx.PrepareContext(ctx, insertBridgeEvent)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if err := storeBridgeEvent(ctx, st, e, times[e.Block]); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO bridge_indexed (bridge) VALUES (?) ON CONFLICT (bridge) DO NOTHING`, addr(side))
		return err
	})
	if err != nil {
		return dbErr(err)
	}
	ix.bridgeReady = true
	ix.log.Info("explorer index: indexed the side bridge's past events", "bridge", side.Hex(), "to", cur.Block, "events", len(evs))
	return nil
}
