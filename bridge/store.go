package bridge

// The validator daemon's state (SQLite, modernc.org/sqlite): where it is on each source
// chain, every transfer it read there with the one digest it may sign for it, the
// signatures it holds, and what executed. The digest is written (synchronous, in WAL mode)
// before the signature exists, so a validator restarted after any crash signs again the
// same digest (ECDSA signatures here are deterministic, RFC 6979: the very same bytes) and
// never a different transfer under a nonce it already signed.

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/internal/migrate"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Direction is the way a transfer crosses the bridge.
type Direction string

// Directions.
const (
	Deposit  Direction = "deposit"  // main → side: locked in the vault, minted on the side
	Withdraw Direction = "withdraw" // side → main: burned on the side, released from the vault
)

// Directions lists both, deposit first.
var Directions = []Direction{Deposit, Withdraw}

// ParseDirection reads "deposit" or "withdraw".
func ParseDirection(s string) (Direction, error) {
	switch d := Direction(strings.ToLower(s)); d {
	case Deposit, Withdraw:
		return d, nil
	}
	return "", fmt.Errorf("direction %q: want deposit (main → side) or withdraw (side → main)", s)
}

// Store errors (match with errors.Is).
var (
	ErrNotFound = errors.New("bridge: no such transfer")
	// ErrConflict: the source shows, under a nonce this validator already recorded (and
	// maybe signed), a different transfer: a reorganization deeper than the confirmation
	// depth, or a faulty source node. The validator refuses to sign it.
	ErrConflict = errors.New("bridge: a different transfer under a nonce already signed")
)

// Signature is one validator's signature of a transfer's digest.
type Signature struct {
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
	Own       bool           `json:"own,omitempty"` // this validator's
}

// Record is a transfer as a validator stores it.
type Record struct {
	Direction  Direction      `json:"direction"`
	Transfer   Transfer       `json:"transfer"`
	From       common.Address `json:"from"`
	Block      uint64         `json:"block"`
	BlockHash  common.Hash    `json:"blockHash"`
	TxHash     common.Hash    `json:"txHash"`
	LogIndex   uint           `json:"logIndex"`
	Digest     common.Hash    `json:"digest"` // for the destination contract
	Executed   bool           `json:"executed"`
	ExecuteTx  common.Hash    `json:"executeTx,omitempty"` // zero when executed by someone else
	SeenAt     time.Time      `json:"seenAt"`
	ExecutedAt time.Time      `json:"executedAt,omitempty"`
	Signatures []Signature    `json:"signatures"`
}

// Store is a validator's database; safe for concurrent use.
type Store struct {
	db *sql.DB
}

//go:embed migrations/*.sql
var migrationFS embed.FS

var migrations = migrate.MustLoad(migrationFS, "migrations/*.sql")

// OpenStore opens (creating it if needed) the database file at path and brings its
// schema up to date.
func OpenStore(path string) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("bridge store: invalid database path %q", path)
	}
	dsn := path + "?_txlock=immediate&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)" +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("bridge store: open %s: %w", path, err)
	}
	if err := migrate.Apply(context.Background(), db, migrations, nil); err != nil {
		db.Close()
		return nil, fmt.Errorf("bridge store: open %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Cursor is the next block of source to read in direction d; ok is false when none is
// stored yet.
func (s *Store) Cursor(ctx context.Context, d Direction, source common.Address) (next uint64, ok bool, err error) {
	var n int64
	err = s.db.QueryRowContext(ctx, `SELECT next_block FROM cursors WHERE direction = ? AND source = ?`,
		string(d), hexAddr(source)).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("bridge store: cursor: %w", err)
	}
	return uint64(n), true, nil
}

// SetCursor stores the next block of source to read in direction d.
func (s *Store) SetCursor(ctx context.Context, d Direction, source common.Address, next uint64) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO cursors (direction, source, next_block) VALUES (?, ?, ?)
		ON CONFLICT (direction, source) DO UPDATE SET next_block = excluded.next_block`,
		string(d), hexAddr(source), int64(next))
	if err != nil {
		return fmt.Errorf("bridge store: set cursor: %w", err)
	}
	return nil
}

// Record stores r (without its signatures), the transfer this validator will sign for
// (r.Direction, r.Transfer.Nonce) under r.Digest. Recording the same digest again is a
// no-op (a replayed block); a different one fails with ErrConflict and changes nothing.
func (s *Store) Record(ctx context.Context, r Record, at time.Time) error {
	if r.Transfer.Nonce == nil || r.Transfer.Amount == nil || r.Transfer.SourceChainID == nil {
		return fmt.Errorf("bridge store: record: transfer lacks nonce, amount or source chain")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var digest string
	err = tx.QueryRowContext(ctx, `SELECT digest FROM transfers WHERE direction = ? AND nonce = ?`,
		string(r.Direction), r.Transfer.Nonce.String()).Scan(&digest)
	switch {
	case err == nil:
		if digest != hexHash(r.Digest) {
			return fmt.Errorf("%w: %s nonce %s: recorded digest %s, the source now shows %s (tx %s)",
				ErrConflict, r.Direction, r.Transfer.Nonce, digest, hexHash(r.Digest), hexHash(r.TxHash))
		}
		return nil
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("bridge store: record: %w", err)
	}
	t := r.Transfer
	_, err = tx.ExecContext(ctx, `INSERT INTO transfers (direction, nonce, source_chain_id, source_id, sender,
		recipient, amount, to_hub, block, block_hash, tx_hash, log_index, digest, seen_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		string(r.Direction), t.Nonce.String(), t.SourceChainID.String(), hexHash(t.SourceID), hexAddr(r.From),
		hexAddr(t.Recipient), t.Amount.String(), boolInt(t.ToHub), int64(r.Block), hexHash(r.BlockHash),
		hexHash(r.TxHash), int64(r.LogIndex), hexHash(r.Digest), at.Unix())
	if err != nil {
		return fmt.Errorf("bridge store: record: %w", err)
	}
	return tx.Commit()
}

// AddSignature stores sig for (d, nonce); a signature already held from that signer is
// kept as it was.
func (s *Store) AddSignature(ctx context.Context, d Direction, nonce *big.Int, sig Signature, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO signatures (direction, nonce, signer, signature, own, added_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		string(d), nonce.String(), hexAddr(sig.Signer), hexutil.Encode(sig.Signature), boolInt(sig.Own), at.Unix())
	if err != nil {
		return fmt.Errorf("bridge store: add signature: %w", err)
	}
	return nil
}

// MarkExecuted records that (d, nonce) executed on the destination (by tx, or by someone
// else when tx is zero).
func (s *Store) MarkExecuted(ctx context.Context, d Direction, nonce *big.Int, tx common.Hash, at time.Time) error {
	res, err := s.db.ExecContext(ctx, `UPDATE transfers SET executed = 1, execute_tx = ?, executed_at = ?
		WHERE direction = ? AND nonce = ? AND executed = 0`,
		txText(tx), at.Unix(), string(d), nonce.String())
	if err != nil {
		return fmt.Errorf("bridge store: mark executed: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		if _, err := s.Get(ctx, d, nonce); err != nil {
			return err
		}
	}
	return nil
}

// Get returns the transfer (d, nonce) with its signatures; ErrNotFound if unknown.
func (s *Store) Get(ctx context.Context, d Direction, nonce *big.Int) (Record, error) {
	rs, err := s.query(ctx, `WHERE direction = ? AND nonce = ?`, string(d), nonce.String())
	if err != nil {
		return Record{}, err
	}
	if len(rs) == 0 {
		return Record{}, fmt.Errorf("%w: %s nonce %s", ErrNotFound, d, nonce)
	}
	return rs[0], nil
}

// ByTx returns the transfers read from source transaction tx.
func (s *Store) ByTx(ctx context.Context, tx common.Hash) ([]Record, error) {
	return s.query(ctx, `WHERE tx_hash = ? ORDER BY direction, CAST(nonce AS INTEGER)`, hexHash(tx))
}

// Pending returns the transfers of d not yet executed, oldest nonce first.
func (s *Store) Pending(ctx context.Context, d Direction) ([]Record, error) {
	return s.query(ctx, `WHERE direction = ? AND executed = 0 ORDER BY CAST(nonce AS INTEGER)`, string(d))
}

// Recent returns the last limit transfers seen, newest first.
func (s *Store) Recent(ctx context.Context, limit int) ([]Record, error) {
	return s.query(ctx, `ORDER BY seen_at DESC, direction, CAST(nonce AS INTEGER) DESC LIMIT ?`, limit)
}

// Counts returns how many transfers of each direction are pending and executed.
func (s *Store) Counts(ctx context.Context) (map[Direction][2]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT direction, executed, COUNT(*) FROM transfers GROUP BY direction, executed`)
	if err != nil {
		return nil, fmt.Errorf("bridge store: counts: %w", err)
	}
	defer rows.Close()
	out := map[Direction][2]int{}
	for rows.Next() {
		var d string
		var ex, n int
		if err := rows.Scan(&d, &ex, &n); err != nil {
			return nil, err
		}
		c := out[Direction(d)]
		c[ex] = n
		out[Direction(d)] = c
	}
	return out, rows.Err()
}

func (s *Store) query(ctx context.Context, where string, args ...any) ([]Record, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT direction, nonce, source_chain_id, source_id, sender, recipient,
		amount, to_hub, block, block_hash, tx_hash, log_index, digest, executed, execute_tx, seen_at, executed_at
		FROM transfers `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("bridge store: query: %w", err)
	}
	var out []Record
	for rows.Next() {
		var (
			r                                                     Record
			d, nonce, chainID, sid, from, to, amt, bh, th, dg, et string
			toHub, ex                                             int
			block, li, seen, exAt                                 int64
		)
		if err := rows.Scan(&d, &nonce, &chainID, &sid, &from, &to, &amt, &toHub, &block, &bh, &th, &li, &dg,
			&ex, &et, &seen, &exAt); err != nil {
			rows.Close()
			return nil, fmt.Errorf("bridge store: query: %w", err)
		}
		r.Direction = Direction(d)
		r.Transfer = Transfer{SourceChainID: decimal(chainID), SourceID: common.HexToHash(sid), Nonce: decimal(nonce),
			Recipient: common.HexToAddress(to), Amount: decimal(amt), ToHub: toHub == 1}
		r.From, r.Block, r.BlockHash, r.TxHash = common.HexToAddress(from), uint64(block), common.HexToHash(bh), common.HexToHash(th)
		r.LogIndex, r.Digest, r.Executed = uint(li), common.HexToHash(dg), ex == 1
		if et != "" {
			r.ExecuteTx = common.HexToHash(et)
		}
		r.SeenAt = time.Unix(seen, 0).UTC()
		if exAt != 0 {
			r.ExecutedAt = time.Unix(exAt, 0).UTC()
		}
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		sigs, err := s.signatures(ctx, out[i].Direction, out[i].Transfer.Nonce)
		if err != nil {
			return nil, err
		}
		out[i].Signatures = sigs
	}
	return out, nil
}

func (s *Store) signatures(ctx context.Context, d Direction, nonce *big.Int) ([]Signature, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT signer, signature, own FROM signatures
		WHERE direction = ? AND nonce = ? ORDER BY signer`, string(d), nonce.String())
	if err != nil {
		return nil, fmt.Errorf("bridge store: signatures: %w", err)
	}
	defer rows.Close()
	out := []Signature{}
	for rows.Next() {
		var signer, sig string
		var own int
		if err := rows.Scan(&signer, &sig, &own); err != nil {
			return nil, err
		}
		b, err := hexutil.Decode(sig)
		if err != nil {
			return nil, fmt.Errorf("bridge store: bad signature %q", sig)
		}
		out = append(out, Signature{Signer: common.HexToAddress(signer), Signature: b, Own: own == 1})
	}
	return out, rows.Err()
}

func hexHash(h common.Hash) string    { return hexutil.Encode(h[:]) }
func hexAddr(a common.Address) string { return hexutil.Encode(a[:]) }
func decimal(s string) *big.Int       { x, _ := new(big.Int).SetString(s, 10); return x }
func boolInt(b bool) int              { return map[bool]int{false: 0, true: 1}[b] }
func txText(h common.Hash) string {
	return map[bool]string{true: "", false: hexHash(h)}[h == (common.Hash{})]
}
