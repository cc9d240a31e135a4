package protocoltest

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
)

// balances is a snapshot of an address's tokens in its wallet and in the hub.
type acctBalances struct{ wallet, free, locked *big.Int }

func balancesOf(e *pocotest.Env, a common.Address) acctBalances {
	e.T.Helper()
	f, l := e.Account(a)
	return acctBalances{wallet: e.TokenBalance(a), free: f, locked: l}
}

// wantMoved checks that each balance moved by exactly the given deltas since `before`.
func wantMoved(t chaintest.TB, who string, before, after acctBalances, dWallet, dFree, dLocked *big.Int) {
	t.Helper()
	wantBig(t, who+" wallet", after.wallet, new(big.Int).Add(before.wallet, dWallet))
	wantBig(t, who+" free", after.free, new(big.Int).Add(before.free, dFree))
	wantBig(t, who+" locked", after.locked, new(big.Int).Add(before.locked, dLocked))
}

func negated(x *big.Int) *big.Int { return new(big.Int).Neg(x) }

func tokenAllowance(e *pocotest.Env, owner, spender common.Address) *big.Int {
	e.T.Helper()
	v, err := bind.Call(e.Token, nil, e.TokenABI.PackAllowance(owner, spender), e.TokenABI.UnpackAllowance)
	if err != nil {
		e.T.Fatal(err)
	}
	return v
}

func TestDepositCreditsTheCallersFreeBalance(t *testing.T) {
	e := pocotest.New(t)
	acc, amount := e.AppOwner, rlcs(5)
	before, hubBefore := balancesOf(e, acc.Address), e.TokenBalance(e.D.Hub)

	e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, amount))
	r := e.Tx(acc, e.Poco.PackDeposit(amount))

	wantMoved(t, "depositor", before, balancesOf(e, acc.Address), negated(amount), amount, new(big.Int))
	wantBig(t, "hub tokens", e.TokenBalance(e.D.Hub), new(big.Int).Add(hubBefore, amount))
	ev := oneEvent(t, r, e.D.Hub, "Deposit", e.Poco.UnpackDepositEvent)
	wantEq(t, "Deposit.owner", ev.Owner, acc.Address)
	wantEq(t, "Deposit.from", ev.From, acc.Address)
	wantBig(t, "Deposit.amount", ev.Amount, amount)
	e.CheckConservation()
}

func TestDepositForCreditsTheTargetAndChargesTheCaller(t *testing.T) {
	e := pocotest.New(t)
	payer, target, amount := e.AppOwner, e.DatasetOwner, rlcs(4)
	payerBefore, targetBefore := balancesOf(e, payer.Address), balancesOf(e, target.Address)

	e.SendTo(payer, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, amount))
	r := e.Tx(payer, e.Poco.PackDepositFor(amount, target.Address))

	wantMoved(t, "payer", payerBefore, balancesOf(e, payer.Address), negated(amount), new(big.Int), new(big.Int))
	wantMoved(t, "target", targetBefore, balancesOf(e, target.Address), new(big.Int), amount, new(big.Int))
	ev := oneEvent(t, r, e.D.Hub, "Deposit", e.Poco.UnpackDepositEvent)
	wantEq(t, "Deposit.owner", ev.Owner, target.Address)
	wantEq(t, "Deposit.from", ev.From, payer.Address)
	wantBig(t, "Deposit.amount", ev.Amount, amount)
	e.CheckConservation()
}

func TestApproveAndCallDepositsInOneTransaction(t *testing.T) {
	e := pocotest.New(t)
	acc, amount := e.DatasetOwner, rlcs(7)
	before := balancesOf(e, acc.Address)

	r := e.SendTo(acc, e.D.Token, e.TokenABI.PackApproveAndCall(e.D.Hub, amount, []byte{0xca, 0xfe}))

	wantMoved(t, "depositor", before, balancesOf(e, acc.Address), negated(amount), amount, new(big.Int))
	ev := oneEvent(t, r, e.D.Hub, "Deposit", e.Poco.UnpackDepositEvent)
	wantEq(t, "Deposit.owner", ev.Owner, acc.Address)
	wantEq(t, "Deposit.from", ev.From, acc.Address)
	wantBig(t, "Deposit.amount", ev.Amount, amount)
	wantBig(t, "allowance left to the hub", tokenAllowance(e, acc.Address, e.D.Hub), new(big.Int))
	e.CheckConservation()
}

func TestWithdrawSendsFreeTokensBackToTheCaller(t *testing.T) {
	e := pocotest.New(t)
	acc, amount := e.Requester, rlcs(2)
	before, hubBefore := balancesOf(e, acc.Address), e.TokenBalance(e.D.Hub)

	r := e.Tx(acc, e.Poco.PackWithdraw(amount))

	wantMoved(t, "withdrawer", before, balancesOf(e, acc.Address), amount, negated(amount), new(big.Int))
	wantBig(t, "hub tokens", e.TokenBalance(e.D.Hub), new(big.Int).Sub(hubBefore, amount))
	ev := oneEvent(t, r, e.D.Hub, "Withdraw", e.Poco.UnpackWithdrawEvent)
	wantEq(t, "Withdraw.owner", ev.Owner, acc.Address)
	wantEq(t, "Withdraw.to", ev.To, acc.Address)
	wantBig(t, "Withdraw.amount", ev.Amount, amount)

	// The whole free balance can be withdrawn, and then nothing more.
	rest := e.Free(acc.Address)
	e.Tx(acc, e.Poco.PackWithdraw(rest))
	wantBig(t, "free after withdrawing everything", e.Free(acc.Address), new(big.Int))
	expectRevert(e, acc, e.Poco.PackWithdraw(big.NewInt(1)), "PocoInsufficientFreeBalance", acc.Address, 0, 1)
	e.CheckConservation()
}

func TestWithdrawToSendsFreeTokensToAnotherAddress(t *testing.T) {
	e := pocotest.New(t)
	acc, to, amount := e.Requester, e.AppOwner, rlcs(3)
	accBefore, toBefore := balancesOf(e, acc.Address), balancesOf(e, to.Address)

	r := e.Tx(acc, e.Poco.PackWithdrawTo(amount, to.Address))

	wantMoved(t, "withdrawer", accBefore, balancesOf(e, acc.Address), new(big.Int), negated(amount), new(big.Int))
	wantMoved(t, "recipient", toBefore, balancesOf(e, to.Address), amount, new(big.Int), new(big.Int))
	ev := oneEvent(t, r, e.D.Hub, "Withdraw", e.Poco.UnpackWithdrawEvent)
	wantEq(t, "Withdraw.owner", ev.Owner, acc.Address)
	wantEq(t, "Withdraw.to", ev.To, to.Address)
	wantBig(t, "Withdraw.amount", ev.Amount, amount)
	e.CheckConservation()
}

func TestAccountOperationsRejectInvalidArguments(t *testing.T) {
	e := pocotest.New(t)
	acc := e.Requester
	free := e.Free(acc.Address)
	more := new(big.Int).Add(free, big.NewInt(1))
	// Allow deposits so that only the hub's own checks can fail.
	e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, rlcs(1000)))

	for _, tc := range []struct {
		name string
		data []byte
		err  string
		args []any
	}{
		{"deposit of zero", e.Poco.PackDeposit(big.NewInt(0)), "PocoZeroAmount", nil},
		{"depositFor of zero", e.Poco.PackDepositFor(big.NewInt(0), e.AppOwner.Address), "PocoZeroAmount", nil},
		{"depositFor the zero address", e.Poco.PackDepositFor(big.NewInt(1), common.Address{}), "PocoZeroAddress", nil},
		{"withdraw of zero", e.Poco.PackWithdraw(big.NewInt(0)), "PocoZeroAmount", nil},
		{"withdrawTo of zero", e.Poco.PackWithdrawTo(big.NewInt(0), e.AppOwner.Address), "PocoZeroAmount", nil},
		{"withdrawTo the zero address", e.Poco.PackWithdrawTo(big.NewInt(1), common.Address{}), "PocoZeroAddress", nil},
		{"withdraw above the free balance", e.Poco.PackWithdraw(more), "PocoInsufficientFreeBalance",
			[]any{acc.Address, free, more}},
		{"withdrawTo above the free balance", e.Poco.PackWithdrawTo(more, e.AppOwner.Address), "PocoInsufficientFreeBalance",
			[]any{acc.Address, free, more}},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			expectRevert(e, acc, tc.data, tc.err, tc.args...)
		})
	}
}

func TestWithdrawCannotTakeLockedTokens(t *testing.T) {
	e := pocotest.New(t)
	deal := e.MatchDefault(5, 1)
	cost := new(big.Int).Mul(new(big.Int).Add(deal.AppPrice, deal.WorkerpoolPrice), deal.BotSize)
	free, locked := e.Account(e.Requester.Address)
	wantBig(t, "requester locked", locked, cost)
	wantBig(t, "requester free", free, new(big.Int).Sub(pocotest.DepositTokens, cost))

	// The requester deposited DepositTokens but part is locked in the deal.
	expectRevert(e, e.Requester, e.Poco.PackWithdraw(pocotest.DepositTokens),
		"PocoInsufficientFreeBalance", e.Requester.Address, free, pocotest.DepositTokens)
	e.Tx(e.Requester, e.Poco.PackWithdraw(free))
	wantBig(t, "locked after withdrawing the free balance", e.Locked(e.Requester.Address), cost)
	e.CheckConservation()
}

func TestReceiveApprovalOnlyAcceptsTheHubToken(t *testing.T) {
	e := pocotest.New(t)
	acc := e.AppOwner
	e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, rlcs(1)))

	runOn(t, e, "called directly by an EOA", func(t *testing.T) {
		expectRevert(e, acc, e.Poco.PackReceiveApproval(acc.Address, rlcs(1), e.D.Token, nil),
			"PocoNotToken", acc.Address, e.D.Token)
	})
	runOn(t, e, "called by the token for another token", func(t *testing.T) {
		// TestToken.approveAndCall always names itself, so no real transaction can reach this
		// check; an eth_call whose sender is the token contract does.
		other := common.HexToAddress("0x00000000000000000000000000000000000070CE")
		expectRevertTo(e, e.D.Token, e.D.Hub, e.Poco.PackReceiveApproval(acc.Address, rlcs(1), other, nil),
			"PocoWrongToken", other, e.D.Token)
	})
	runOn(t, e, "approveAndCall of zero", func(t *testing.T) {
		expectRevertTo(e, acc.Address, e.D.Token, e.TokenABI.PackApproveAndCall(e.D.Hub, big.NewInt(0), nil), "PocoZeroAmount")
	})
	wantBig(t, "free balance", e.Free(acc.Address), new(big.Int))
}

func TestDepositNeedsAllowanceAndWalletTokens(t *testing.T) {
	e := pocotest.New(t)
	acc, amount := e.AppOwner, rlcs(10)

	runOn(t, e, "no approval", func(t *testing.T) {
		expectRevert(e, acc, e.Poco.PackDeposit(amount), "ERC20InsufficientAllowance", e.D.Hub, 0, amount)
	})
	runOn(t, e, "approval below the amount", func(t *testing.T) {
		e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, rlcs(9)))
		expectRevert(e, acc, e.Poco.PackDeposit(amount), "ERC20InsufficientAllowance", e.D.Hub, rlcs(9), amount)
	})
	runOn(t, e, "amount above the wallet balance", func(t *testing.T) {
		tooMuch := new(big.Int).Add(pocotest.WalletTokens, big.NewInt(1))
		e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, tooMuch))
		expectRevert(e, acc, e.Poco.PackDeposit(tooMuch), "ERC20InsufficientBalance", acc.Address, pocotest.WalletTokens, tooMuch)
	})
	wantBig(t, "free balance", e.Free(acc.Address), new(big.Int))
	e.CheckConservation()
}

func TestDepositRejectsBalancesAbove128Bits(t *testing.T) {
	e := pocotest.New(t)
	acc := e.AppOwner
	huge := new(big.Int).Lsh(big.NewInt(1), 128) // one more than an account can hold
	e.SendTo(e.Owner, e.D.Token, e.TokenABI.PackMint(acc.Address, huge))
	e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, huge))
	expectRevert(e, acc, e.Poco.PackDeposit(huge), "PocoBalanceOverflow", acc.Address, huge)

	max := new(big.Int).Sub(huge, big.NewInt(1))
	e.Tx(acc, e.Poco.PackDeposit(max))
	wantBig(t, "free", e.Free(acc.Address), max)
	expectRevert(e, acc, e.Poco.PackDeposit(big.NewInt(1)), "PocoBalanceOverflow", acc.Address, huge)
}

func TestHubRejectsEther(t *testing.T) {
	e := pocotest.New(t)
	acc := e.Requester
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain transfer", nil},
		{"unknown selector", []byte{0xde, 0xad, 0xbe, 0xef}},
		{"with a deposit call", e.Poco.PackDeposit(rlcs(1))},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			err := callErr(e, ethereum.CallMsg{From: acc.Address, To: &e.D.Hub, Value: big.NewInt(1), Data: tc.data})
			if err == nil || !strings.Contains(err.Error(), "execution reverted") {
				t.Fatalf("sending 1 wei to the hub: got error %v, want a revert", err)
			}
		})
	}

	// A real transaction fails too, and the hub holds no ether.
	ctx := context.Background()
	nonce, err := e.Client.PendingNonceAt(ctx, acc.Address)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := e.Client.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(acc.Key, types.LatestSignerForChainID(e.ChainID), &types.DynamicFeeTx{
		ChainID: e.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 100_000, To: &e.D.Hub, Value: big.NewInt(1e18),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	e.Commit()
	receipt, err := bind.WaitMined(ctx, e.Client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "receipt status of an ether transfer to the hub", receipt.Status, types.ReceiptStatusFailed)
	bal, err := e.Client.BalanceAt(ctx, e.D.Hub, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "hub ether balance", bal, new(big.Int))
}
