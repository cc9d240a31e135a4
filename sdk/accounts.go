package sdk

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Balance is an account's tokens in the hub: Free can be withdrawn or locked; Locked
// guarantees deals and contributions in progress.
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

// Score returns a worker's reputation: +1 per winning revealed contribution on a
// replicated task, ×2/3 per losing or unrevealed one. It follows the worker across pools.
func (c *Client) Score(ctx context.Context, worker common.Address) (uint64, error) {
	s, err := c.callBig(ctx, c.hub, c.poco.PackScore(worker))
	if err != nil {
		return 0, err
	}
	return s.Uint64(), nil
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
