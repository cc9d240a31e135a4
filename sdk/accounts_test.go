package sdk

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/pocotest"
)

func TestDepositAndWithdraw(t *testing.T) {
	e := env(t)
	c := client(t, e, e.AppOwner) // wallet tokens, nothing deposited
	me := c.Address()
	wallet := must(c.TokenBalance(bg, me))
	if wallet.Cmp(pocotest.WalletTokens) != 0 {
		t.Fatalf("wallet %s", FormatRLC(wallet))
	}

	// The test token has approveAndCall: one transaction.
	before := must(c.BlockNumber(bg))
	must(c.Deposit(bg, RLC(50)))
	if after := must(c.BlockNumber(bg)); after != before+1 {
		t.Fatalf("deposit took %d blocks, want 1 (approveAndCall)", after-before)
	}
	if bal := must(c.Account(bg, me)); bal.Free.Cmp(RLC(50)) != 0 || bal.Locked.Sign() != 0 || bal.Total().Cmp(RLC(50)) != 0 {
		t.Fatalf("balance after deposit %+v", bal)
	}
	// An existing allowance is used as it is.
	must(c.transact(bg, c.Token(), c.tokenABI.PackApprove(c.Hub(), RLC(7))))
	if a := must(c.Allowance(bg, me)); a.Cmp(RLC(7)) != 0 {
		t.Fatalf("allowance %s", a)
	}
	before = must(c.BlockNumber(bg))
	must(c.Deposit(bg, RLC(7)))
	if after := must(c.BlockNumber(bg)); after != before+1 {
		t.Fatalf("deposit with an allowance took %d blocks", after-before)
	}
	// Without approveAndCall: approve, then deposit.
	c.setApproveAndCall(-1)
	must(c.Deposit(bg, RLC(3)))
	c.setApproveAndCall(0)
	// For another account.
	must(c.DepositFor(bg, RLC(5), e.DatasetOwner.Address))
	if f := must(c.Account(bg, e.DatasetOwner.Address)).Free; f.Cmp(RLC(5)) != 0 {
		t.Fatalf("deposit for: %s", f)
	}
	if f := must(c.Account(bg, me)).Free; f.Cmp(RLC(60)) != 0 {
		t.Fatalf("free after the deposits %s", FormatRLC(f))
	}

	// Refusals, with sentences, before anything is sent.
	_, err := c.Deposit(bg, new(big.Int))
	wantCode(t, err, "PocoZeroAmount")
	_, err = c.Deposit(bg, new(big.Int).Add(wallet, RLC(1)))
	wantContains(t, wantCode(t, err, "ERC20InsufficientBalance"), "your wallet holds 999935 RLC; you cannot deposit 1000001 RLC: get 66 more tokens first")
	_, err = c.Withdraw(bg, RLC(61))
	if msg := wantCode(t, err, "PocoInsufficientFreeBalance"); msg != "your free balance is 60 RLC; you cannot withdraw 61 RLC" {
		t.Fatalf("withdraw too much: %q", msg)
	}
	_, err = c.WithdrawTo(bg, RLC(1), common.Address{})
	wantCode(t, err, "PocoZeroAddress")

	must(c.Withdraw(bg, RLC(10)))
	must(c.WithdrawTo(bg, RLC(10), e.DatasetOwner.Address))
	if f := must(c.Account(bg, me)).Free; f.Cmp(RLC(40)) != 0 {
		t.Fatalf("free after the withdrawals %s", FormatRLC(f))
	}
	if w := must(c.TokenBalance(bg, e.DatasetOwner.Address)); w.Cmp(new(big.Int).Add(pocotest.WalletTokens, RLC(10))) != 0 {
		t.Fatalf("receiver's wallet %s", FormatRLC(w))
	}
	if s := must(c.Score(bg, me)); s != 0 {
		t.Fatalf("score %d", s)
	}
	if k := must(c.Kitty(bg)); k.Sign() != 0 {
		t.Fatalf("kitty %s", k)
	}
	e.CheckConservation()
}

// A locked balance is mentioned when a withdrawal is refused.
func TestWithdrawMentionsLockedTokens(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Requester)
	e.MatchDefault(1, 1) // locks 13 RLC of the requester
	free := must(c.Account(bg, c.Address())).Free
	_, err := c.Withdraw(bg, new(big.Int).Add(free, RLC(1)))
	wantContains(t, wantCode(t, err, "PocoInsufficientFreeBalance"), "(13 RLC more are locked by deals and contributions in progress)")
}
