package localnet_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
)

func tokenBalance(t *testing.T, ctx context.Context, c *ethclient.Client, token, who common.Address) *big.Int {
	t.Helper()
	a := bindings.NewTestToken()
	v, err := bind.Call(a.Instance(c, token), &bind.CallOpts{Context: ctx}, a.PackBalanceOf(who), a.UnpackBalanceOf)
	if err != nil {
		t.Fatalf("balance of %s: %v", who, err)
	}
	return v
}

func totalSupply(t *testing.T, ctx context.Context, c *ethclient.Client, token common.Address) *big.Int {
	t.Helper()
	a := bindings.NewTestToken()
	v, err := bind.Call(a.Instance(c, token), &bind.CallOpts{Context: ctx}, a.PackTotalSupply(), a.UnpackTotalSupply)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// sideHoldings is what addr holds on the sidechain: wallet + hub free + hub locked.
func sideHoldings(t *testing.T, ctx context.Context, n *localnet.Net, c *sdk.Client, addr common.Address) (wallet *big.Int, acc sdk.Balance) {
	t.Helper()
	wallet = tokenBalance(t, ctx, n.Devnet.Client(), n.Devnet.Deployment().Token, addr)
	acc, err := c.Account(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	return wallet, acc
}

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

// Issue 15 item 6, first test: a round trip main → side → bag of tasks → side → main
// conserves tokens exactly, and a transfer goes through with one of the three validators
// stopped.
func TestSidechainRoundTripConservesTokens(t *testing.T) {
	t0 := time.Now()
	n := testnet(t, localnet.Config{Workers: 2, Sidechain: true})
	t.Logf("sidechain network started in %v (main chain %d, sidechain %d)", time.Since(t0).Round(time.Millisecond),
		n.Main.ChainID(), n.Devnet.ChainID())
	ctx := ctxFor(t, 4*time.Minute)
	mainC, sideC := n.Main.Client(), n.Devnet.Client()
	mainToken, sideToken := n.Main.Deployment().Token, n.Devnet.Deployment().Token
	vault := n.MainBridge().Contract()
	info := n.BridgeInfo()

	// The configuration file names the bridge.
	f, err := config.Load(n.Devnet.ConfigPath())
	if err != nil {
		t.Fatal(err)
	}
	if f.Bridge == nil || f.Bridge.MainBridge != vault || f.Bridge.SideBridge != n.SideBridge().Contract() ||
		f.Bridge.SideToken != sideToken || f.Bridge.MainChainID != localnet.MainChainID || len(f.Bridge.Relays) != 3 ||
		f.ChainID != n.Devnet.ChainID() || f.Contracts.Token != sideToken {
		t.Fatalf("configuration file: chain %d, token %s, bridge %+v; want %+v", f.ChainID, f.Contracts.Token, f.Bridge, info)
	}
	if n.Devnet.ChainID() == n.Main.ChainID() || !n.Devnet.ZeroFee() || n.Main.ZeroFee() {
		t.Fatalf("chains %d (zero fee %v) and %d (zero fee %v)", n.Devnet.ChainID(), n.Devnet.ZeroFee(), n.Main.ChainID(), n.Main.ZeroFee())
	}

	// Main chain supply: every dev account's wallet + the main hub + the vault.
	mainSupply := totalSupply(t, ctx, mainC, mainToken)
	if want := new(big.Int).Mul(devnet.TokensPerAccount, big.NewInt(int64(len(n.Devnet.Accounts())))); mainSupply.Cmp(want) != 0 {
		t.Fatalf("main supply %s, want %s", mainSupply, want)
	}
	workers := []common.Address{n.WorkerAddress(0), n.WorkerAddress(1)}
	everyone := append(n.Devnet.Accounts(), workers...)
	mainTotal := func() *big.Int {
		s := new(big.Int)
		for _, a := range everyone {
			s.Add(s, tokenBalance(t, ctx, mainC, mainToken, a))
		}
		s.Add(s, tokenBalance(t, ctx, mainC, mainToken, n.Main.Deployment().Hub))
		return s.Add(s, tokenBalance(t, ctx, mainC, mainToken, vault))
	}
	// Side: the bridged supply equals what the vault locked (nothing in flight).
	bridgedEqualsLocked := func(when string) {
		t.Helper()
		locked, supply := tokenBalance(t, ctx, mainC, mainToken, vault), totalSupply(t, ctx, sideC, sideToken)
		if locked.Cmp(supply) != 0 {
			t.Fatalf("%s: vault locks %s, bridged supply %s", when, locked, supply)
		}
		if s := mainTotal(); s.Cmp(mainSupply) != 0 {
			t.Fatalf("%s: main balances + hub + vault = %s, supply %s", when, s, mainSupply)
		}
		t.Logf("%s: vault locks %s = bridged supply", when, sdk.FormatRLC(locked))
	}
	bridgedEqualsLocked("after funding the side")

	reader := client(t, ctx, n)
	requester := n.Requester()
	reqAddr := crypto.PubkeyToAddress(requester.PublicKey)
	mainBefore := map[common.Address]*big.Int{}
	for _, a := range everyone {
		mainBefore[a] = tokenBalance(t, ctx, mainC, mainToken, a)
	}

	// 1. Lock X on main for the requester's side hub account.
	x := big.NewInt(50 * devnet.RLC)
	freeBefore, err := reader.Account(ctx, reqAddr)
	if err != nil {
		t.Fatal(err)
	}
	out, err := n.BridgeToSide(ctx, requester, x, reqAddr, true)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.WaitBridged(ctx, out); err != nil {
		t.Fatal(err)
	}
	freeAfter, _ := reader.Account(ctx, reqAddr)
	if d := new(big.Int).Sub(freeAfter.Free, freeBefore.Free); d.Cmp(x) != 0 {
		t.Fatalf("the requester's side hub account grew by %s, want %s", d, x)
	}
	bridgedEqualsLocked("after bridging X")

	// Side holdings of every account before the bag.
	holdings := func() map[common.Address]*big.Int {
		m := map[common.Address]*big.Int{}
		for _, a := range everyone {
			w, acc := sideHoldings(t, ctx, n, reader, a)
			m[a] = sum(w, acc.Free, acc.Locked)
		}
		return m
	}
	before := holdings()

	// 2. A bag of 3 tasks at trust 1 on the side.
	app := hello(t, ctx, n)
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 3, Trust: 1, Params: api.Params{Args: "bridge"}})
	allCompleted(t, wait(t, ctx, reader, deal), 3)

	// Wait until no stake stays locked (the scheduler claims and releases), then note
	// what each account earned or spent.
	deadline := time.Now().Add(time.Minute)
	for {
		locked := new(big.Int)
		for _, a := range everyone {
			_, acc := sideHoldings(t, ctx, n, reader, a)
			locked.Add(locked, acc.Locked)
		}
		if locked.Sign() == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	after := holdings()
	earned := map[common.Address]*big.Int{}
	net := new(big.Int)
	for _, a := range everyone {
		earned[a] = new(big.Int).Sub(after[a], before[a])
		net.Add(net, earned[a])
		if earned[a].Sign() != 0 {
			t.Logf("side: %s earned %s", a.Hex()[:10], sdk.FormatRLC(earned[a]))
		}
	}
	cost := new(big.Int).Mul(localnet.PoolPrice, big.NewInt(3))
	if earned[reqAddr].Cmp(new(big.Int).Neg(cost)) != 0 || net.Sign() != 0 {
		t.Fatalf("the requester spent %s (want %s); all accounts together %s (want 0)", earned[reqAddr], cost, net)
	}

	// 3. One validator of three stops: 2 still reach the threshold.
	if err := n.StopValidator(0); err != nil {
		t.Fatal(err)
	}

	// 4. Everyone holding side tokens withdraws from the hub and burns back to main.
	keys := map[common.Address]*ecdsa.PrivateKey{reqAddr: requester}
	for _, k := range []*ecdsa.PrivateKey{n.PoolOwner(), n.Publisher(), n.Faucet()} {
		keys[crypto.PubkeyToAddress(k.PublicKey)] = k
	}
	for i, a := range workers {
		keys[a] = n.WorkerKey(i)
	}
	// Workers stop first: a running worker keeps its stake locked for new work.
	n.StopWorker(0)
	n.StopWorker(1)
	burned := map[common.Address]*big.Int{}
	var outs []bridge.Outgoing
	for a, k := range keys {
		c, err := n.Client(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		acc, err := c.Account(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if acc.Free.Sign() > 0 {
			if _, err := c.Withdraw(ctx, acc.Free); err != nil {
				t.Fatalf("%s withdraws %s: %v", a, acc.Free, err)
			}
		}
		c.Close()
		w := tokenBalance(t, ctx, sideC, sideToken, a)
		burned[a] = w
		if w.Sign() == 0 {
			continue
		}
		out, err := n.BridgeToMain(ctx, k, w, a)
		if err != nil {
			t.Fatalf("%s burns %s: %v", a, w, err)
		}
		outs = append(outs, out)
	}
	t1 := time.Now()
	for _, out := range outs {
		if err := n.WaitBridged(ctx, out); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d burns executed on main with validator 0 stopped in %v", len(outs), time.Since(t1).Round(time.Millisecond))
	bridgedEqualsLocked("after the round trip")

	// Each account's main balance changed by exactly what it burned minus what it locked
	// in this test; and what it burned is what it held on the side before the bag plus
	// what it earned (everything left, unless stake stays locked).
	lockedHere := map[common.Address]*big.Int{reqAddr: x}
	for _, a := range everyone {
		got := new(big.Int).Sub(tokenBalance(t, ctx, mainC, mainToken, a), mainBefore[a])
		b := burned[a]
		if b == nil {
			b = new(big.Int)
		}
		want := new(big.Int).Sub(b, orZero(lockedHere[a]))
		if got.Cmp(want) != 0 {
			t.Errorf("%s: main balance changed by %s, want %s", a, got, want)
		}
		w, acc := sideHoldings(t, ctx, n, reader, a)
		if left := sum(w, acc.Free, acc.Locked); new(big.Int).Add(b, left).Cmp(after[a]) != 0 {
			t.Errorf("%s: burned %s + left on the side %s ≠ held after the bag %s", a, b, left, after[a])
		}
	}
	// So each account's main balance changed by what it held on the side before the bag
	// (what localnet bridged at start, plus X for the requester), plus what it earned or
	// spent there, minus what it locked in this test.
	for _, a := range everyone {
		got := new(big.Int).Sub(tokenBalance(t, ctx, mainC, mainToken, a), mainBefore[a])
		want := new(big.Int).Add(before[a], earned[a])
		want.Sub(want, orZero(lockedHere[a]))
		if got.Cmp(want) != 0 {
			t.Errorf("%s: main balance changed by %s, want side holdings %s + earned %s − locked %s",
				a, got, before[a], earned[a], orZero(lockedHere[a]))
		}
	}
	reqDelta := new(big.Int).Sub(tokenBalance(t, ctx, mainC, mainToken, reqAddr), mainBefore[reqAddr])
	t.Logf("requester: main balance changed by %s (bridged %s, spent %s on the side, brought back %s)",
		sdk.FormatRLC(reqDelta), sdk.FormatRLC(x), sdk.FormatRLC(cost), sdk.FormatRLC(burned[reqAddr]))

	// Nobody needed ether on the sidechain: the dev accounts (the validators among them,
	// which executed the transfers there) and the workers hold none.
	for _, a := range everyone {
		if wei, err := sideC.BalanceAt(ctx, a, nil); err != nil || wei.Sign() != 0 {
			t.Errorf("%s holds %v wei on the sidechain (%v), want 0", a, wei, err)
		}
	}

	// The stopped validator catches up when it starts again.
	if err := n.StartValidator(ctx, 0); err != nil {
		t.Fatal(err)
	}
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// A sidechain network resumes (both chains, the bridge, the validators, no second
// funding), and a data directory of one kind refuses to start as the other.
func TestSidechainRestartAndDataDirKinds(t *testing.T) {
	base := t.TempDir()
	cfg := localnet.Config{NoWorkers: true, Sidechain: true, WorkerSpeed: 1}
	cfg.Devnet.DataDir = base + "/side"
	cfg.Devnet.ConfigPath = base + "/config.json"
	ctx := ctxFor(t, 2*time.Minute)
	n, err := localnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	first := n.BridgeInfo()
	supply, err := n.BridgedSupply(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	n, err = localnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("resumed in %v", time.Since(t0).Round(time.Millisecond))
	again := n.BridgeInfo()
	supply2, err := n.BridgedSupply(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again.MainBridge != first.MainBridge || again.SideBridge != first.SideBridge || supply2.Cmp(supply) != 0 {
		t.Fatalf("resumed bridge %+v (supply %s), first %+v (supply %s)", again, supply2, first, supply)
	}
	// A transfer still goes through after the restart.
	req := n.Requester()
	out, err := n.BridgeToSide(ctx, req, big.NewInt(devnet.RLC), crypto.PubkeyToAddress(req.PublicKey), false)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.WaitBridged(ctx, out); err != nil {
		t.Fatal(err)
	}
	n.Close()

	single := cfg
	single.Sidechain = false
	if _, err := localnet.Start(ctx, single); err == nil {
		t.Fatal("a sidechain data directory started as a single-chain devnet")
	}
	other := localnet.Config{NoWorkers: true, WorkerSpeed: 1}
	other.Devnet.DataDir = base + "/single"
	other.Devnet.ConfigPath = base + "/config2.json"
	m, err := localnet.Start(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	other.Sidechain = true
	if _, err := localnet.Start(ctx, other); err == nil {
		t.Fatal("a single-chain data directory started as a sidechain network")
	}
}
