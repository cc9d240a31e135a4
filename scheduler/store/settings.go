package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Secrets are the scheduler's own random values, drawn on its first start and kept for
// good: a restarted scheduler draws the same checks and replays the same plans.
type Secrets struct {
	// CheckKey is the secret that decides which tasks are checked (plan.Checks.Key); it
	// never leaves the scheduler.
	CheckKey [32]byte
	// PlanSeed seeds the planner's random draws (tie-breaks, a check's worker).
	PlanSeed uint64
}

// Secrets returns the stored secrets, drawing those missing from random (crypto/rand.Reader
// in the daemon) and storing them first.
func (s *Store) Secrets(ctx context.Context, random io.Reader) (Secrets, error) {
	var out Secrets
	err := s.do(ctx, func(t *Tx) error {
		key, err := t.setting(ctx, "check_key", len(out.CheckKey), random)
		if err != nil {
			return err
		}
		seed, err := t.setting(ctx, "plan_seed", 8, random)
		if err != nil {
			return err
		}
		copy(out.CheckKey[:], key)
		out.PlanSeed = binary.BigEndian.Uint64(seed)
		return nil
	})
	if err != nil {
		return Secrets{}, fmt.Errorf("store: secrets: %w", err)
	}
	return out, nil
}

// setting returns the value of setting name, drawing size bytes from random and storing
// them when it is missing. A stored value of another size is refused.
func (t *Tx) setting(ctx context.Context, name string, size int, random io.Reader) ([]byte, error) {
	var v []byte
	err := t.queryRow(ctx, `SELECT value FROM settings WHERE name = ?`, name).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		v = make([]byte, size)
		if _, err := io.ReadFull(random, v); err != nil {
			return nil, fmt.Errorf("drawing %s: %w", name, err)
		}
		if _, err := t.exec(ctx, `INSERT INTO settings (name, value) VALUES (?, ?)`, name, v); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	case len(v) != size:
		return nil, fmt.Errorf("setting %s holds %d bytes, want %d", name, len(v), size)
	}
	return v, nil
}
