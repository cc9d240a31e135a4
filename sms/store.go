package sms

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/internal/migrate"
)

// Errors of the store; test them with errors.Is.
var (
	ErrNotFound         = errors.New("sms: no such secret")
	ErrSchemaTooNew     = migrate.ErrTooNew
	ErrTooManyOpen      = errors.New("sms: too many open challenges for this address")
	ErrChallengeUnknown = errors.New("sms: unknown challenge")
	ErrChallengeOther   = errors.New("sms: challenge issued to another address")
	ErrChallengeUsed    = errors.New("sms: challenge already used")
	ErrChallengeExpired = errors.New("sms: challenge expired")
)

// SecretRow is a secret as stored: only ciphertext, its nonce and the master key version
// it is encrypted under.
type SecretRow struct {
	Kind       string
	Owner      common.Address
	Name       string
	Ciphertext []byte
	Nonce      []byte
	KeyVersion int
	UpdatedAt  time.Time
}

// IssuedChallenge is a challenge as stored.
type IssuedChallenge struct {
	Challenge common.Hash
	Address   common.Address
	Expires   time.Time
}

// Store keeps encrypted secrets, challenges and used session nonces. Both
// implementations (SQLite, PostgreSQL) pass the same test suite.
type Store interface {
	// PutSecret inserts or replaces the secret of (kind, owner, name).
	PutSecret(ctx context.Context, r SecretRow) error
	// GetSecret returns a secret row (ErrNotFound).
	GetSecret(ctx context.Context, kind string, owner common.Address, name string) (*SecretRow, error)
	// HasSecret reports whether a secret exists.
	HasSecret(ctx context.Context, kind string, owner common.Address, name string) (bool, error)
	// CountSecrets is the number of secrets by kind, and by key version.
	CountSecrets(ctx context.Context) (byKind map[string]int, byVersion map[int]int, err error)
	// Reencrypt rewraps every secret not under keys' current version under it, and
	// returns how many it rewrapped. A secret written meanwhile is left as written.
	Reencrypt(ctx context.Context, keys *Keyring) (int, error)

	// PutChallenge records a new challenge, unless its address already holds maxOpen
	// unused, unexpired ones at now (ErrTooManyOpen; maxOpen ≤ 0: no limit). It also
	// forgets challenges expired long ago.
	PutChallenge(ctx context.Context, c IssuedChallenge, maxOpen int, now time.Time) error
	// ConsumeChallenge marks the challenge used for purpose, atomically, when it was
	// issued to addr, is unused and not expired at now; else it fails with
	// ErrChallengeUnknown, ErrChallengeOther, ErrChallengeUsed or ErrChallengeExpired.
	ConsumeChallenge(ctx context.Context, challenge common.Hash, addr common.Address, purpose string, now time.Time) error
	// ConsumeSessionNonce is ConsumeChallenge for a session, and records the nonce as used
	// for task by worker, in the same transaction: a nonce serves one session only.
	ConsumeSessionNonce(ctx context.Context, nonce common.Hash, worker common.Address, task common.Hash, now time.Time) error

	// Ping checks the database answers.
	Ping(ctx context.Context) error
	// Name is "sqlite" or "postgres".
	Name() string
	Close() error
}

// OpenStore opens the store at dsn: a postgres:// or postgresql:// URL (or a libpq
// "key=value" string starting with "host=", "dbname=" or "user=") for PostgreSQL, else
// the path of an SQLite file (created if missing). The schema is brought up to date.
func OpenStore(ctx context.Context, dsn string) (Store, error) {
	return openSQL(ctx, dsn)
}

type dialect int

const (
	dialectSQLite dialect = iota
	dialectPostgres
)

//go:embed migrations
var migrationFS embed.FS

type sqlStore struct {
	db  *sql.DB
	d   dialect
	wmu sync.Mutex // SQLite: one writer at a time in this process
}

func (s *sqlStore) writing() func() {
	if s.d != dialectSQLite {
		return func() {}
	}
	s.wmu.Lock()
	return s.wmu.Unlock
}

func openSQL(ctx context.Context, dsn string) (*sqlStore, error) {
	db, postgres, dir, err := migrate.OpenService(dsn)
	if err != nil {
		return nil, fmt.Errorf("sms: %w", err)
	}
	s := &sqlStore{db: db, d: dialectSQLite}
	if postgres {
		s.d = dialectPostgres
	}
	steps, err := migrate.Load(migrationFS, "migrations/"+dir+"/*.sql")
	if err == nil {
		err = migrate.Apply(ctx, db, steps, s.q)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sms: %w", err)
	}
	return s, nil
}

func (s *sqlStore) Name() string {
	if s.d == dialectPostgres {
		return "postgres"
	}
	return "sqlite"
}

func (s *sqlStore) Close() error                   { return s.db.Close() }
func (s *sqlStore) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// q rewrites ? placeholders as $1, $2, … for PostgreSQL.
func (s *sqlStore) q(query string) string {
	if s.d != dialectPostgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (s *sqlStore) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	defer s.writing()()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func addr(a common.Address) string { return strings.ToLower(a.Hex()) }
func hash(h common.Hash) string    { return strings.ToLower(h.Hex()) }

func (s *sqlStore) PutSecret(ctx context.Context, r SecretRow) error {
	if r.UpdatedAt.IsZero() {
		r.UpdatedAt = time.Now()
	}
	defer s.writing()()
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO secrets (kind, owner, name, ciphertext, nonce, key_version, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (kind, owner, name) DO UPDATE SET ciphertext = excluded.ciphertext, nonce = excluded.nonce,
			key_version = excluded.key_version, updated_at = excluded.updated_at`),
		r.Kind, addr(r.Owner), r.Name, r.Ciphertext, r.Nonce, r.KeyVersion, r.UpdatedAt.Unix())
	if err != nil {
		return fmt.Errorf("sms: store the secret: %w", err)
	}
	return nil
}

func (s *sqlStore) GetSecret(ctx context.Context, kind string, owner common.Address, name string) (*SecretRow, error) {
	r := &SecretRow{Kind: kind, Owner: owner, Name: name}
	var updated int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT ciphertext, nonce, key_version, updated_at FROM secrets
		WHERE kind = ? AND owner = ? AND name = ?`), kind, addr(owner), name).
		Scan(&r.Ciphertext, &r.Nonce, &r.KeyVersion, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("sms: read a secret: %w", err)
	}
	r.UpdatedAt = time.Unix(updated, 0).UTC()
	return r, nil
}

func (s *sqlStore) HasSecret(ctx context.Context, kind string, owner common.Address, name string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM secrets WHERE kind = ? AND owner = ? AND name = ?`),
		kind, addr(owner), name).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("sms: look up a secret: %w", err)
	}
	return n > 0, nil
}

func (s *sqlStore) CountSecrets(ctx context.Context) (map[string]int, map[int]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, key_version, COUNT(*) FROM secrets GROUP BY kind, key_version`)
	if err != nil {
		return nil, nil, fmt.Errorf("sms: count secrets: %w", err)
	}
	defer rows.Close()
	byKind, byVersion := map[string]int{}, map[int]int{}
	for rows.Next() {
		var kind string
		var ver, n int
		if err := rows.Scan(&kind, &ver, &n); err != nil {
			return nil, nil, err
		}
		byKind[kind] += n
		byVersion[ver] += n
	}
	return byKind, byVersion, rows.Err()
}

func (s *sqlStore) Reencrypt(ctx context.Context, keys *Keyring) (int, error) {
	cur := keys.Current()
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT kind, owner, name, ciphertext, nonce, key_version FROM secrets WHERE key_version <> ?`), cur)
	if err != nil {
		return 0, fmt.Errorf("sms: reencrypt: %w", err)
	}
	var old []SecretRow
	for rows.Next() {
		var r SecretRow
		var owner string
		if err := rows.Scan(&r.Kind, &owner, &r.Name, &r.Ciphertext, &r.Nonce, &r.KeyVersion); err != nil {
			rows.Close()
			return 0, err
		}
		r.Owner = common.HexToAddress(owner)
		old = append(old, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	n := 0
	for _, r := range old {
		aad := AAD(r.Kind, r.Owner, r.Name)
		plain, err := keys.Decrypt(r.KeyVersion, r.Ciphertext, r.Nonce, aad)
		if err != nil {
			return n, fmt.Errorf("sms: reencrypt %s %s/%s: %w", r.Kind, r.Owner.Hex(), r.Name, err)
		}
		ct, nonce, ver, err := keys.Encrypt(plain, aad)
		clear(plain)
		if err != nil {
			return n, err
		}
		// Compare and swap: a secret replaced since it was read keeps its new value.
		var res sql.Result
		func() {
			defer s.writing()()
			res, err = s.db.ExecContext(ctx, s.q(`UPDATE secrets SET ciphertext = ?, nonce = ?, key_version = ?
				WHERE kind = ? AND owner = ? AND name = ? AND key_version = ? AND nonce = ?`),
				ct, nonce, ver, r.Kind, addr(r.Owner), r.Name, r.KeyVersion, r.Nonce)
		}()
		if err != nil {
			return n, fmt.Errorf("sms: reencrypt: %w", err)
		}
		if k, _ := res.RowsAffected(); k > 0 {
			n++
		}
	}
	return n, nil
}

// forgetAfter is how long after expiry a challenge row is kept (used session nonces are
// kept for good in session_nonces).
const forgetAfter = time.Hour

func (s *sqlStore) PutChallenge(ctx context.Context, c IssuedChallenge, maxOpen int, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM challenges WHERE expires_at < ?`), now.Add(-forgetAfter).UnixMilli()); err != nil {
			return err
		}
		if maxOpen > 0 {
			var n int
			if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM challenges WHERE address = ? AND used_at IS NULL AND expires_at > ?`),
				addr(c.Address), now.UnixMilli()).Scan(&n); err != nil {
				return err
			}
			if n >= maxOpen {
				return fmt.Errorf("%w: %s holds %d (the most allowed); use or let them expire", ErrTooManyOpen, c.Address.Hex(), n)
			}
		}
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO challenges (challenge, address, expires_at) VALUES (?, ?, ?)`),
			hash(c.Challenge), addr(c.Address), c.Expires.UnixMilli())
		return err
	})
}

// consume marks a challenge used in tx, or says why it cannot be.
func (s *sqlStore) consume(ctx context.Context, tx *sql.Tx, challenge common.Hash, a common.Address, purpose string, now time.Time) error {
	res, err := tx.ExecContext(ctx, s.q(`UPDATE challenges SET used_at = ?, purpose = ?
		WHERE challenge = ? AND address = ? AND used_at IS NULL AND expires_at > ?`),
		now.UnixMilli(), purpose, hash(challenge), addr(a), now.UnixMilli())
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return nil
	}
	var owner string
	var expires int64
	var used sql.NullInt64
	err = tx.QueryRowContext(ctx, s.q(`SELECT address, expires_at, used_at FROM challenges WHERE challenge = ?`), hash(challenge)).
		Scan(&owner, &expires, &used)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return ErrChallengeUnknown
	case err != nil:
		return err
	case owner != addr(a):
		return ErrChallengeOther
	case used.Valid:
		return ErrChallengeUsed
	default:
		return ErrChallengeExpired
	}
}

func (s *sqlStore) ConsumeChallenge(ctx context.Context, challenge common.Hash, a common.Address, purpose string, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.consume(ctx, tx, challenge, a, purpose, now) })
}

func (s *sqlStore) ConsumeSessionNonce(ctx context.Context, nonce common.Hash, worker common.Address, task common.Hash, now time.Time) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM session_nonces WHERE nonce = ?`), hash(nonce)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrChallengeUsed
		}
		if err := s.consume(ctx, tx, nonce, worker, "session "+hash(task), now); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, s.q(`INSERT INTO session_nonces (nonce, task, worker, used_at) VALUES (?, ?, ?, ?)`),
			hash(nonce), hash(task), addr(worker), now.UnixMilli())
		return err
	})
}
