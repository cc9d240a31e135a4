package sdk

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Balance is an account's tokens in the hub: Free can be withdrawn or locked; Locked
// guarantees deals and contributions in progress and, for a worker, holds its rewards
// still vesting (see Vesting).
type Balance struct {
	Free   *big.Int `json:"free"`
	Locked *big.Int `json:"locked"`
}

// Total is Free + Locked.
func (b Balance) Total() *big.Int { return new(big.Int).Add(b.Free, b.Locked) }

// Account returns the free and locked balances of addr in the hub.
func (c *Client) Account(ctx context.Context, addr common.Address) (Balance, error) {
	out, err := callAs(ctx, c, c.hub, c.poco.PackAccount(addr), c.poco.UnpackAccount)
	if err != nil {
		return Balance{}, err
	}
	return Balance{Free: out.Free, Locked: out.Locked}, nil
}

// TokenBalance returns the tokens addr holds in its wallet (outside the hub).
func (c *Client) TokenBalance(ctx context.Context, addr common.Address) (*big.Int, error) {
	return callAs(ctx, c, c.token, c.tokenABI.PackBalanceOf(addr), c.tokenABI.UnpackBalanceOf)
}

// Allowance returns how many of owner's tokens the hub may take (ERC-20 allowance).
func (c *Client) Allowance(ctx context.Context, owner common.Address) (*big.Int, error) {
	return callAs(ctx, c, c.token, c.tokenABI.PackAllowance(owner, c.hub), c.tokenABI.UnpackAllowance)
}

// Score returns a worker's reputation: +1 per revealed winning contribution confirmed by
// another revealed one on a replicated deal, ×2/3 per consensus vote left unrevealed, back
// to 0 for a result proven wrong. It follows the worker across pools.
func (c *Client) Score(ctx context.Context, worker common.Address) (uint64, error) {
	s, err := c.callBig(ctx, c.hub, c.poco.PackScore(worker))
	if err != nil {
		return 0, err
	}
	return s.Uint64(), nil
}

// Vesting is a worker's rewards from replicated deals (trust above 1) that are still
// locked: two buckets, each released to the free balance at its release time. A worker
// proven wrong (its result is not the one finalized, or it is outside the reference group
// of a claim) forfeits both. An empty bucket has a zero release time.
type Vesting struct {
	Older        *big.Int  `json:"older"`
	OlderRelease time.Time `json:"olderRelease,omitzero"`
	Newer        *big.Int  `json:"newer"`
	NewerRelease time.Time `json:"newerRelease,omitzero"`
}

// Total is what still vests: Older + Newer (part of the worker's locked balance).
func (v Vesting) Total() *big.Int { return new(big.Int).Add(orZero(v.Older), orZero(v.Newer)) }

// Releasable is what has matured at now (the chain's time, see ChainTime): the buckets
// whose release time is not after now, which ReleaseVested (or the worker's next reward)
// moves to the free balance.
func (v Vesting) Releasable(now time.Time) *big.Int {
	out := new(big.Int)
	if v.Older != nil && v.Older.Sign() > 0 && !v.OlderRelease.After(now) {
		out.Add(out, v.Older)
	}
	if v.Newer != nil && v.Newer.Sign() > 0 && !v.NewerRelease.After(now) {
		out.Add(out, v.Newer)
	}
	return out
}

// Vesting returns addr's rewards still vesting. A reward of a replicated deal stays locked
// for at least a day (the hub's VESTING_PERIOD) and matures within two.
func (c *Client) Vesting(ctx context.Context, addr common.Address) (Vesting, error) {
	out, err := callAs(ctx, c, c.hub, c.poco.PackVesting(addr), c.poco.UnpackVesting)
	if err != nil {
		return Vesting{}, err
	}
	release := func(amount, ts *big.Int) time.Time {
		if amount == nil || amount.Sign() == 0 || ts == nil || !ts.IsInt64() {
			return time.Time{}
		}
		return time.Unix(ts.Int64(), 0).UTC()
	}
	return Vesting{Older: orZero(out.Older), OlderRelease: release(out.Older, out.OlderRelease),
		Newer: orZero(out.Newer), NewerRelease: release(out.Newer, out.NewerRelease)}, nil
}

// ReleaseVested moves worker's matured vesting rewards to its free balance (anyone may send
// it, for any worker). Nothing changes when nothing has matured (see Vesting.Releasable).
func (c *Client) ReleaseVested(ctx context.Context, worker common.Address) (*types.Receipt, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	return c.transact(ctx, c.hub, c.poco.PackReleaseVested(worker))
}

// Kitty returns the tokens in the kitty, which rewards schedulers who finalize tasks.
func (c *Client) Kitty(ctx context.Context) (*big.Int, error) {
	return c.callBig(ctx, c.hub, c.poco.PackKitty())
}

// Deposit moves amount tokens from the signer's wallet to its free balance in the hub.
// When the hub may already take them (allowance), it deposits; otherwise it uses the
// token's approveAndCall (one transaction) when the token has it, and approve then
// deposit when it does not.
func (c *Client) Deposit(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.deposit(ctx, amount, c.Address())
}

// DepositFor moves amount tokens from the signer's wallet to target's free balance.
func (c *Client) DepositFor(ctx context.Context, amount *big.Int, target common.Address) (*types.Receipt, error) {
	return c.deposit(ctx, amount, target)
}

func (c *Client) deposit(ctx context.Context, amount *big.Int, target common.Address) (*types.Receipt, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	if amount == nil || amount.Sign() <= 0 {
		return nil, newError("PocoZeroAmount", "the amount to deposit must be above 0 RLC")
	}
	if target == (common.Address{}) {
		return nil, newError("PocoZeroAddress", "cannot deposit for the zero address: give a real address")
	}
	me := c.Address()
	held, err := c.TokenBalance(ctx, me)
	if err != nil {
		return nil, err
	}
	if held.Cmp(amount) < 0 {
		return nil, newError("ERC20InsufficientBalance", "your wallet holds %s; you cannot deposit %s: get %s more tokens first",
			FormatRLC(held), FormatRLC(amount), FormatAmount(new(big.Int).Sub(amount, held)))
	}
	depositCall := c.poco.PackDeposit(amount)
	if target != me {
		depositCall = c.poco.PackDepositFor(amount, target)
	}
	allowed, err := c.Allowance(ctx, me)
	if err != nil {
		return nil, err
	}
	if allowed.Cmp(amount) >= 0 {
		return c.transact(ctx, c.hub, depositCall)
	}
	if target == me && c.approveAndCallState() >= 0 {
		r, err := c.transact(ctx, c.token, c.tokenABI.PackApproveAndCall(c.hub, amount, []byte{}))
		if err == nil {
			c.setApproveAndCall(1)
			return r, nil
		}
		if code := CodeOf(err); code != "" && code != "Unknown" {
			return nil, err // a real refusal, explained
		}
		if r != nil || isNetworkError(err) {
			return nil, err // sent and failed, or the chain is gone: do not try again
		}
		c.setApproveAndCall(-1) // the token has no approveAndCall: approve, then deposit
	}
	if _, err := c.transact(ctx, c.token, c.tokenABI.PackApprove(c.hub, amount)); err != nil {
		return nil, err
	}
	return c.transact(ctx, c.hub, depositCall)
}

func (c *Client) approveAndCallState() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.approveAndCall
}

func (c *Client) setApproveAndCall(v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.approveAndCall = v
}

// Withdraw sends amount of the signer's free balance back to its wallet.
func (c *Client) Withdraw(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.WithdrawTo(ctx, amount, c.Address())
}

// WithdrawTo sends amount of the signer's free balance to `to`.
func (c *Client) WithdrawTo(ctx context.Context, amount *big.Int, to common.Address) (*types.Receipt, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	if amount == nil || amount.Sign() <= 0 {
		return nil, newError("PocoZeroAmount", "the amount to withdraw must be above 0 RLC")
	}
	if to == (common.Address{}) {
		return nil, newError("PocoZeroAddress", "cannot withdraw to the zero address: give a real address")
	}
	me := c.Address()
	bal, err := c.Account(ctx, me)
	if err != nil {
		return nil, err
	}
	if bal.Free.Cmp(amount) < 0 {
		msg := "your free balance is " + FormatRLC(bal.Free) + "; you cannot withdraw " + FormatRLC(amount)
		if bal.Locked.Sign() > 0 {
			msg += " (" + FormatRLC(bal.Locked) + " more are locked by deals and contributions in progress)"
		}
		return nil, newError("PocoInsufficientFreeBalance", "%s", msg)
	}
	data := c.poco.PackWithdraw(amount)
	if to != me {
		data = c.poco.PackWithdrawTo(amount, to)
	}
	return c.transact(ctx, c.hub, data)
}
