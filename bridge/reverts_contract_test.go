package bridge_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/secp256k1"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
)

// TestContractExecuteReverts: every way execute refuses a transfer, each with its named
// error and arguments, through the contract (eth_call) and through Endpoint.Execute
// (typed errors).
func TestContractExecuteReverts(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	alice, bob := e.users[0], e.users[1]
	out := e.lock(alice, 10*rlc, bob.Address, false)
	tr := out.Transfer
	pack := func(tr bridge.Transfer, sigs [][]byte) []byte { return vaultABI.PackExecute(bindingOf(tr), sigs) }
	try := func(tr bridge.Transfer, sigs [][]byte, sentinel error, name string) *chainRevert {
		t.Helper()
		rev := expectRevert(t, e.side, e.relayer.Address, e.sideBridge, pack(tr, sigs), name)
		_, err := e.sideEP.Execute(e.ctx, e.relayer.Key, tr, sigs)
		expectErr(t, err, sentinel, name)
		return rev
	}

	// A transfer claiming another source chain (signed properly for it).
	wrong := tr
	wrong.SourceChainID = big.NewInt(999)
	rev := try(wrong, e.sign(e.sideEP, wrong, 0, 1), bridge.ErrWrongSourceChain, "BridgeWrongSourceChain")
	if argBig(t, rev, "got").Int64() != 999 || argBig(t, rev, "want").Cmp(mainChainID) != 0 {
		t.Fatal(rev)
	}

	// Below the threshold: one signature, none.
	rev = try(tr, e.sign(e.sideEP, tr, 1), bridge.ErrBelowThreshold, "BridgeBelowThreshold")
	if argBig(t, rev, "have").Int64() != 1 || argBig(t, rev, "need").Int64() != 2 {
		t.Fatal(rev)
	}
	try(tr, nil, bridge.ErrBelowThreshold, "BridgeBelowThreshold")

	// The same validator twice.
	rev = try(tr, e.sign(e.sideEP, tr, 1, 1), bridge.ErrDuplicateSigner, "BridgeDuplicateSigner")
	if argAddr(t, rev, "signer") != e.validatorSet[1] {
		t.Fatal(rev)
	}
	// A byte-different signature of the same validator (the other s) is still a duplicate:
	// refused as malleable first.
	sigs := e.sign(e.sideEP, tr, 0, 1)
	rev = try(tr, [][]byte{sigs[0], sigs[1], malleate(sigs[1])}, bridge.ErrInvalidSignature, "BridgeInvalidSignature")
	if argBig(t, rev, "index").Int64() != 2 {
		t.Fatal(rev)
	}

	// Not a validator.
	stranger, _ := crypto.GenerateKey()
	digest := tr.Digest(e.sideEP.Domain())
	rev = try(tr, append(e.sign(e.sideEP, tr, 0), signWith(t, digest, stranger)...), bridge.ErrUnknownSigner, "BridgeUnknownSigner")
	if argAddr(t, rev, "signer") != crypto.PubkeyToAddress(stranger.PublicKey) {
		t.Fatal(rev)
	}

	// Signed for another chain (the vault's domain on main) or another contract on this
	// chain: the signatures recover to strangers.
	try(tr, e.sign(e.mainEP, tr, 0, 1), bridge.ErrUnknownSigner, "BridgeUnknownSigner")
	otherDomain := bridge.Domain(sideChainID, e.hub)
	try(tr, signWith(t, tr.Digest(otherDomain), e.keys(0, 1)...), bridge.ErrUnknownSigner, "BridgeUnknownSigner")
	// A field changed after signing.
	more := tr
	more.Amount = big.NewInt(11 * rlc)
	try(more, e.sign(e.sideEP, tr, 0, 1), bridge.ErrUnknownSigner, "BridgeUnknownSigner")
	toHub := tr
	toHub.ToHub = true
	try(toHub, e.sign(e.sideEP, tr, 0, 1), bridge.ErrUnknownSigner, "BridgeUnknownSigner")

	// Malformed signatures: 64 bytes, v not 27/28, high s.
	short := append([][]byte{}, sigs...)
	short[0] = short[0][:64]
	rev = try(tr, short, bridge.ErrInvalidSignature, "BridgeInvalidSignature")
	if argBig(t, rev, "index").Int64() != 0 {
		t.Fatal(rev)
	}
	badV := [][]byte{sigs[0], append([]byte{}, sigs[1]...)}
	badV[1][64] = 0
	rev = try(tr, badV, bridge.ErrInvalidSignature, "BridgeInvalidSignature")
	if argBig(t, rev, "index").Int64() != 1 {
		t.Fatal(rev)
	}
	try(tr, [][]byte{malleate(sigs[0]), sigs[1]}, bridge.ErrInvalidSignature, "BridgeInvalidSignature")

	// Executed once, then a replay with other signers is refused.
	e.execute(e.sideEP, tr, 0, 1)
	rev = expectRevert(t, e.side, e.relayer.Address, e.sideBridge, pack(tr, e.sign(e.sideEP, tr, 1, 2)), "BridgeAlreadyExecuted")
	if argBig(t, rev, "nonce").Cmp(tr.Nonce) != 0 {
		t.Fatal(rev)
	}

	// The vault refuses toHub (side → main transfers never carry it).
	hubBack := bridge.Transfer{SourceChainID: sideChainID, SourceID: common.Hash{1}, Nonce: big.NewInt(5), Recipient: bob.Address, Amount: big.NewInt(1), ToHub: true}
	expectRevert(t, e.main, e.relayer.Address, e.vault, pack(hubBack, e.sign(e.mainEP, hubBack, 0, 1)), "BridgeToHubNotSupported")
	_, err := e.mainEP.Execute(e.ctx, e.relayer.Key, hubBack, e.sign(e.mainEP, hubBack, 0, 1))
	expectErr(t, err, bridge.ErrToHubNotSupported, "BridgeToHubNotSupported")

	// Paused: refused, and accepted again once unpaused.
	next := e.lock(alice, 1*rlc, bob.Address, false).Transfer
	if _, err := e.sideEP.Pause(e.ctx, e.guardian.Key); err != nil {
		t.Fatal(err)
	}
	try(next, e.sign(e.sideEP, next, 0, 1), bridge.ErrPaused, "BridgePaused")
	if _, err := e.sideEP.Unpause(e.ctx, e.guardian.Key); err != nil {
		t.Fatal(err)
	}
	e.execute(e.sideEP, next, 0, 1)
}

type chainRevert = chainRevertError

// malleate returns the other valid-looking signature of the same message: (r, n − s, v^1).
func malleate(sig []byte) []byte {
	out := append([]byte{}, sig...)
	s := new(big.Int).SetBytes(out[32:64])
	s.Sub(secp256k1.S256().Params().N, s)
	s.FillBytes(out[32:64])
	out[64] ^= 1 // 27 <-> 28
	return out
}

// TestContractHubReverts: toHub before the hub is set (BridgeHubNotSet), and setHub's
// refusals: not the guardian, zero, a hub on another token, a second time.
func TestContractHubReverts(t *testing.T) {
	e := newBridgeEnv(t, envOptions{noHub: true})
	alice, bob := e.users[0], e.users[1]
	out := e.lock(alice, 5*rlc, bob.Address, true)
	_, err := e.sideEP.Execute(e.ctx, e.relayer.Key, out.Transfer, e.sign(e.sideEP, out.Transfer, 0, 1))
	expectErr(t, err, bridge.ErrHubNotSet, "BridgeHubNotSet")
	if h, _ := e.sideEP.Hub(e.ctx); h != (common.Address{}) {
		t.Fatalf("hub %s before setHub", h)
	}

	rev := expectRevert(t, e.side, e.outsider.Address, e.sideBridge, sideABI.PackSetHub(e.hub), "BridgeNotGuardian")
	if argAddr(t, rev, "caller") != e.outsider.Address {
		t.Fatal(rev)
	}
	expectRevert(t, e.side, e.guardian.Address, e.sideBridge, sideABI.PackSetHub(common.Address{}), "BridgeZeroAddress")
	// A hub deployed on another token (a test token on the sidechain).
	r := e.side.Send(t, func() (*types.Transaction, error) {
		_, tx, err := bind.DeployContract(e.side.TransactOpts(e.deployer), common.FromHex(bindings.TestTokenMetaData.Bin), e.side.Client,
			testTok.PackConstructor(e.deployer.Address, big.NewInt(1)))
		return tx, err
	})
	otherHub := deployHubOn(t, e, r.ContractAddress)
	rev = expectRevert(t, e.side, e.guardian.Address, e.sideBridge, sideABI.PackSetHub(otherHub), "BridgeHubWrongToken")
	if argAddr(t, rev, "token") != r.ContractAddress || argAddr(t, rev, "expected") != e.bridged {
		t.Fatal(rev)
	}

	rcpt := e.sideTx(e.guardian, e.sideBridge, sideABI.PackSetHub(e.hub))
	if len(logsOf(rcpt, e.sideBridge, "HubSet(address)")) != 1 {
		t.Fatal("no HubSet event")
	}
	rev = expectRevert(t, e.side, e.guardian.Address, e.sideBridge, sideABI.PackSetHub(e.hub), "BridgeHubAlreadySet")
	if argAddr(t, rev, "hub") != e.hub {
		t.Fatal(rev)
	}
	// The stuck transfer goes through now.
	e.execute(e.sideEP, out.Transfer, 0, 2)
	if got := e.hubFree(bob.Address); got.Cmp(big.NewInt(5*rlc)) != 0 {
		t.Fatalf("hub balance %s", got)
	}
}

// TestContractOutReverts: lock and burn refuse a zero amount, the zero recipient, a missing
// allowance or balance, and a paused bridge.
func TestContractOutReverts(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	alice, bob := e.users[0], e.users[1]
	e.mainTx(alice, e.token, testTok.PackApprove(e.vault, big.NewInt(100*rlc)))
	expectRevert(t, e.main, alice.Address, e.vault, vaultABI.PackLock(big.NewInt(0), bob.Address, false), "BridgeZeroAmount")
	expectRevert(t, e.main, alice.Address, e.vault, vaultABI.PackLock(big.NewInt(1), common.Address{}, false), "BridgeZeroAddress")
	expectRevert(t, e.main, alice.Address, e.vault, vaultABI.PackLock(big.NewInt(101*rlc), bob.Address, false), "ERC20InsufficientAllowance")
	expectRevert(t, e.main, e.outsider.Address, e.vault, vaultABI.PackLock(big.NewInt(1), bob.Address, false), "ERC20InsufficientAllowance")
	_, err := e.mainEP.Lock(e.ctx, alice.Key, big.NewInt(0), bob.Address, false)
	expectErr(t, err, bridge.ErrZeroAmount, "BridgeZeroAmount")

	e.execute(e.sideEP, e.lock(alice, 10*rlc, bob.Address, false).Transfer, 0, 1)
	expectRevert(t, e.side, bob.Address, e.sideBridge, sideABI.PackBurn(big.NewInt(0), alice.Address), "BridgeZeroAmount")
	expectRevert(t, e.side, bob.Address, e.sideBridge, sideABI.PackBurn(big.NewInt(1), common.Address{}), "BridgeZeroAddress")
	expectRevert(t, e.side, bob.Address, e.sideBridge, sideABI.PackBurn(big.NewInt(10*rlc+1), alice.Address), "ERC20InsufficientBalance")
	_, err = e.sideEP.Burn(e.ctx, alice.Key, big.NewInt(1), alice.Address)
	expectErr(t, err, nil, "ERC20InsufficientBalance")

	for _, ep := range []*bridge.Endpoint{e.mainEP, e.sideEP} {
		if _, err := ep.Pause(e.ctx, e.guardian.Key); err != nil {
			t.Fatal(err)
		}
	}
	expectRevert(t, e.main, alice.Address, e.vault, vaultABI.PackLock(big.NewInt(1), bob.Address, false), "BridgePaused")
	expectRevert(t, e.side, bob.Address, e.sideBridge, sideABI.PackBurn(big.NewInt(1), alice.Address), "BridgePaused")
	_, err = e.sideEP.Burn(e.ctx, bob.Key, big.NewInt(1), alice.Address)
	expectErr(t, err, bridge.ErrPaused, "BridgePaused")
}

// TestContractBridgedTokenOnlyBridge: nobody but the side bridge mints or burns the
// bridged token, which has 9 decimals and the given name and symbol.
func TestContractBridgedTokenOnlyBridge(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	for _, who := range []common.Address{e.outsider.Address, e.guardian.Address, e.hub} {
		rev := expectRevert(t, e.side, who, e.bridged, tokenABI.PackMint(who, big.NewInt(1)), "BridgeOnlyBridge")
		if argAddr(t, rev, "caller") != who {
			t.Fatal(rev)
		}
		expectRevert(t, e.side, who, e.bridged, tokenABI.PackBurn(who, big.NewInt(0)), "BridgeOnlyBridge")
	}
	if d := callView(t, e.side, e.bridged, tokenABI.PackDecimals(), tokenABI.UnpackDecimals); d != 9 {
		t.Fatalf("decimals %d", d)
	}
	if n := callView(t, e.side, e.bridged, tokenABI.PackName(), tokenABI.UnpackName); n != "Poco Bridged RLC" {
		t.Fatalf("name %q", n)
	}
	if s := callView(t, e.side, e.bridged, tokenABI.PackSymbol(), tokenABI.UnpackSymbol); s != "bRLC" {
		t.Fatalf("symbol %q", s)
	}
	if b := callView(t, e.side, e.bridged, tokenABI.PackBridge(), tokenABI.UnpackBridge); b != e.sideBridge {
		t.Fatalf("bridge %s", b)
	}
}

// TestContractGuardian: pause, unpause, setDailyLimit and setGuardian are the guardian's
// only, each emits its event, and the no-op pause/unpause are refused.
func TestContractGuardian(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	for _, ep := range []*bridge.Endpoint{e.mainEP, e.sideEP} {
		c, addr := e.chainOf(ep), ep.Contract()
		for _, data := range [][]byte{vaultABI.PackPause(), vaultABI.PackUnpause(), vaultABI.PackSetDailyLimit(big.NewInt(1)), vaultABI.PackSetGuardian(e.outsider.Address)} {
			rev := expectRevert(t, c, e.outsider.Address, addr, data, "BridgeNotGuardian")
			if argAddr(t, rev, "caller") != e.outsider.Address {
				t.Fatal(rev)
			}
		}
		expectRevert(t, c, e.guardian.Address, addr, vaultABI.PackUnpause(), "BridgeNotPaused")
		_, err := ep.Unpause(e.ctx, e.guardian.Key)
		expectErr(t, err, bridge.ErrNotPaused, "BridgeNotPaused")
		_, err = ep.Pause(e.ctx, e.outsider.Key)
		expectErr(t, err, bridge.ErrNotGuardian, "BridgeNotGuardian")

		r := sendTx(t, c, e.guardian, addr, vaultABI.PackPause())
		if len(logsOf(r, addr, "Paused(address)")) != 1 {
			t.Fatal("no Paused event")
		}
		if p, _ := ep.Paused(e.ctx); !p {
			t.Fatal("not paused")
		}
		expectRevert(t, c, e.guardian.Address, addr, vaultABI.PackPause(), "BridgePaused")
		r = sendTx(t, c, e.guardian, addr, vaultABI.PackUnpause())
		if len(logsOf(r, addr, "Unpaused(address)")) != 1 {
			t.Fatal("no Unpaused event")
		}

		r = sendTx(t, c, e.guardian, addr, vaultABI.PackSetDailyLimit(big.NewInt(42)))
		if l := logsOf(r, addr, "DailyLimitChanged(uint256,uint256)"); len(l) != 1 {
			t.Fatal("no DailyLimitChanged event")
		} else if ev, err := vaultABI.UnpackDailyLimitChangedEvent(l[0]); err != nil || ev.Previous.Cmp(bridge.Unlimited) != 0 || ev.Limit.Int64() != 42 {
			t.Fatalf("DailyLimitChanged %+v %v", ev, err)
		}
		if l, _ := ep.DailyLimit(e.ctx); l.Int64() != 42 {
			t.Fatalf("daily limit %s", l)
		}

		expectRevert(t, c, e.guardian.Address, addr, vaultABI.PackSetGuardian(common.Address{}), "BridgeZeroAddress")
		r = sendTx(t, c, e.guardian, addr, vaultABI.PackSetGuardian(e.outsider.Address))
		if len(logsOf(r, addr, "GuardianChanged(address,address)")) != 1 {
			t.Fatal("no GuardianChanged event")
		}
		if g, _ := ep.Guardian(e.ctx); g != e.outsider.Address {
			t.Fatalf("guardian %s", g)
		}
		expectRevert(t, c, e.guardian.Address, addr, vaultABI.PackPause(), "BridgeNotGuardian")
		sendTx(t, c, e.outsider, addr, vaultABI.PackPause())
	}
}

// TestContractDailyLimit: the inflow executed per UTC day is capped (BridgeDailyLimit with
// the day, the would-be total and the limit); the next day has a fresh allowance; the
// guardian can raise it.
func TestContractDailyLimit(t *testing.T) {
	e := newBridgeEnv(t, envOptions{dailyLimit: big.NewInt(100 * rlc)})
	alice, bob := e.users[0], e.users[1]
	a := e.lock(alice, 60*rlc, bob.Address, false).Transfer
	b := e.lock(alice, 50*rlc, bob.Address, false).Transfer
	c := e.lock(alice, 40*rlc, bob.Address, false).Transfer
	e.execute(e.sideEP, a, 0, 1)
	day := e.side.Now() / 86400
	rev := expectRevert(t, e.side, e.relayer.Address, e.sideBridge, vaultABI.PackExecute(bindingOf(b), e.sign(e.sideEP, b, 0, 1)), "BridgeDailyLimit")
	if argBig(t, rev, "used").Int64() != 110*rlc || argBig(t, rev, "limit").Int64() != 100*rlc || argBig(t, rev, "day").Uint64() != day {
		t.Fatal(rev)
	}
	_, err := e.sideEP.Execute(e.ctx, e.relayer.Key, b, e.sign(e.sideEP, b, 0, 1))
	expectErr(t, err, bridge.ErrDailyLimit, "BridgeDailyLimit")
	e.execute(e.sideEP, c, 0, 1) // 100: exactly the limit
	if u, _ := e.sideEP.DailyUsed(e.ctx, day); u.Int64() != 100*rlc {
		t.Fatalf("used %s", u)
	}
	// The next day, b passes.
	e.side.AdjustTime(24 * time.Hour)
	e.execute(e.sideEP, b, 0, 1)
	// The limit binds per direction: main has its own (also 100).
	back := e.burn(bob, 101*rlc, alice.Address).Transfer
	_, err = e.mainEP.Execute(e.ctx, e.relayer.Key, back, e.sign(e.mainEP, back, 0, 1))
	expectErr(t, err, bridge.ErrDailyLimit, "BridgeDailyLimit")
	if _, err := e.mainEP.SetDailyLimit(e.ctx, e.guardian.Key, big.NewInt(1000*rlc)); err != nil {
		t.Fatal(err)
	}
	e.execute(e.mainEP, back, 0, 1)
}

// TestContractValidatorSet: the set changes only with the current set's threshold over
// ValidatorSet(validators, threshold, epoch+1); afterwards removed validators' signatures
// are refused and the new ones' accepted; an update cannot be replayed; invalid sets
// (empty, zero address, duplicate, threshold 0 or > N, over 256) are refused, at
// deployment too.
func TestContractValidatorSet(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	alice, bob := e.users[0], e.users[1]
	// The new set keeps validators 2 and 0, drops 1 and adds two fresh ones.
	fresh := []*ecdsaKey{chaintest.AccountKey(2000), chaintest.AccountKey(2001)}
	newSet := []common.Address{e.validatorSet[2], e.validatorSet[0], crypto.PubkeyToAddress(fresh[0].PublicKey), crypto.PubkeyToAddress(fresh[1].PublicKey)}
	const newThr = 3
	dom := e.sideEP.Domain()
	digest := bridge.ValidatorSetDigest(dom, newSet, newThr, 1)
	update := func(sigs [][]byte) []byte { return vaultABI.PackUpdateValidators(newSet, big.NewInt(newThr), sigs) }

	// Below threshold, signed by the new members (not the current set), for the wrong
	// epoch, for the other chain.
	expectRevert(t, e.side, e.relayer.Address, e.sideBridge, update(signWith(t, digest, e.keys(1)...)), "BridgeBelowThreshold")
	rev := expectRevert(t, e.side, e.relayer.Address, e.sideBridge, update(signWith(t, digest, fresh...)), "BridgeUnknownSigner")
	if argAddr(t, rev, "signer") != newSet[2] {
		t.Fatal(rev)
	}
	expectRevert(t, e.side, e.relayer.Address, e.sideBridge, update(signWith(t, bridge.ValidatorSetDigest(dom, newSet, newThr, 0), e.keys(0, 1)...)), "BridgeUnknownSigner")
	expectRevert(t, e.side, e.relayer.Address, e.sideBridge, update(signWith(t, bridge.ValidatorSetDigest(e.mainEP.Domain(), newSet, newThr, 1), e.keys(0, 1)...)), "BridgeUnknownSigner")
	expectRevert(t, e.side, e.relayer.Address, e.sideBridge, update(signWith(t, digest, e.keys(0, 0)...)), "BridgeDuplicateSigner")

	// Invalid sets, properly signed.
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(chaintest.AccountKey(3000 + i).PublicKey) }
	many := make([]common.Address, 257)
	for i := range many {
		many[i] = addr(i)
	}
	for _, bad := range []struct {
		name string
		vals []common.Address
		thr  uint64
	}{
		{"empty", nil, 1},
		{"zero address", []common.Address{addr(1), {}}, 1},
		{"duplicate", []common.Address{addr(1), addr(2), addr(1)}, 2},
		{"threshold 0", []common.Address{addr(1)}, 0},
		{"threshold > N", []common.Address{addr(1), addr(2)}, 3},
		{"257 validators", many, 100},
	} {
		d := bridge.ValidatorSetDigest(dom, bad.vals, bad.thr, 1)
		data := vaultABI.PackUpdateValidators(bad.vals, new(big.Int).SetUint64(bad.thr), signWith(t, d, e.keys(0, 1)...))
		t.Run(bad.name, func(t *testing.T) {
			expectRevert(t, e.side, e.relayer.Address, e.sideBridge, data, "BridgeInvalidValidatorSet")
			_, err := bridge.DeployVault(e.ctx, e.main.Client, e.deployer.Key, e.token, sideChainID, bad.vals, bad.thr, nil, common.Address{}, bridge.WithMine(func() { e.main.Commit() }))
			expectErr(t, err, bridge.ErrInvalidValidatorSet, "BridgeInvalidValidatorSet")
		})
	}
	// 256 validators is the most.
	if _, err := bridge.DeployVault(e.ctx, e.main.Client, e.deployer.Key, e.token, sideChainID, many[:256], 1, nil, common.Address{}, bridge.WithMine(func() { e.main.Commit() })); err != nil {
		t.Fatalf("256 validators: %v", err)
	}
	if _, err := bridge.DeployVault(e.ctx, e.main.Client, e.deployer.Key, common.Address{}, sideChainID, e.validatorSet, 2, nil, common.Address{}, bridge.WithMine(func() { e.main.Commit() })); !errors.Is(err, bridge.ErrZeroAddress) {
		t.Fatalf("vault on no token: %v", err)
	}

	// The update, by validators 1 and 2 of the current set, sent by anyone.
	hash, err := e.sideEP.UpdateValidators(e.ctx, e.outsider.Key, newSet, newThr, signWith(t, digest, e.keys(1, 2)...))
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.side.Client.TransactionReceipt(e.ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if l := logsOf(r, e.sideBridge, "ValidatorsUpdated(uint256,address[],uint256)"); len(l) != 1 {
		t.Fatal("no ValidatorsUpdated event")
	} else if ev, err := vaultABI.UnpackValidatorsUpdatedEvent(l[0]); err != nil || ev.Epoch.Int64() != 1 || ev.Threshold.Int64() != newThr || len(ev.Validators) != 4 {
		t.Fatalf("ValidatorsUpdated %+v %v", ev, err)
	}
	vals, thr, ep, err := e.sideEP.ValidatorSet(e.ctx)
	if err != nil || thr != newThr || ep != 1 || len(vals) != 4 || vals[3] != newSet[3] {
		t.Fatalf("set %v %d %d %v", vals, thr, ep, err)
	}
	if callView(t, e.side, e.sideBridge, vaultABI.PackIsValidator(e.validatorSet[1]), vaultABI.UnpackIsValidator) {
		t.Fatal("validator 1 is still one")
	}
	// Replaying the update is refused: as sent (now below the new threshold), and even
	// signed by three current validators, since it names epoch 1, not 2.
	expectRevert(t, e.side, e.relayer.Address, e.sideBridge, update(signWith(t, digest, e.keys(1, 2)...)), "BridgeBelowThreshold")
	expectRevert(t, e.side, e.relayer.Address, e.sideBridge,
		update(append(signWith(t, digest, e.keys(2, 0)...), signWith(t, digest, fresh[0])...)), "BridgeUnknownSigner")

	// Transfers: removed validator 1 is refused even with enough others; the new set's
	// threshold (3) applies.
	tr := e.lock(alice, 3*rlc, bob.Address, false).Transfer
	trDigest := tr.Digest(e.sideEP.Domain())
	sigs := append(signWith(t, trDigest, e.keys(0, 2)...), signWith(t, trDigest, fresh[0])...)
	removed := append(append([][]byte{}, sigs...), signWith(t, trDigest, e.keys(1)...)...)
	rev = expectRevert(t, e.side, e.relayer.Address, e.sideBridge, vaultABI.PackExecute(bindingOf(tr), removed), "BridgeUnknownSigner")
	if argAddr(t, rev, "signer") != e.validatorSet[1] {
		t.Fatal(rev)
	}
	rev = expectRevert(t, e.side, e.relayer.Address, e.sideBridge, vaultABI.PackExecute(bindingOf(tr), sigs[:2]), "BridgeBelowThreshold")
	if argBig(t, rev, "need").Int64() != 3 {
		t.Fatal(rev)
	}
	if _, err := e.sideEP.Execute(e.ctx, e.relayer.Key, tr, sigs); err != nil {
		t.Fatal(err)
	}
	if got := e.sideBalance(bob.Address); got.Int64() != 3*rlc {
		t.Fatalf("bob %s", got)
	}
}

// TestContractConstructorReverts: deployment refuses a zero guardian (vault and side
// bridge), a zero token (vault) and a bridged token without a bridge.
func TestContractConstructorReverts(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	deploy := func(bin string, input []byte, name string) {
		t.Helper()
		_, _, err := bind.DeployContract(e.main.TransactOpts(e.deployer), common.FromHex(bin), e.main.Client, input)
		rev, ok := chainDecode(err)
		if !ok || rev.Name != name {
			t.Fatalf("deploy: want %s, got %v", name, err)
		}
	}
	deploy(bindings.BridgeVaultMetaData.Bin, vaultABI.PackConstructor(e.token, sideChainID, e.validatorSet, big.NewInt(2), big.NewInt(1), common.Address{}), "BridgeZeroAddress")
	deploy(bindings.BridgeVaultMetaData.Bin, vaultABI.PackConstructor(common.Address{}, sideChainID, e.validatorSet, big.NewInt(2), big.NewInt(1), e.guardian.Address), "BridgeZeroAddress")
	deploy(bindings.SideBridgeMetaData.Bin, sideABI.PackConstructor("n", "s", mainChainID, e.validatorSet, big.NewInt(2), big.NewInt(1), common.Address{}), "BridgeZeroAddress")
	deploy(bindings.SideBridgeMetaData.Bin, sideABI.PackConstructor("n", "s", mainChainID, e.validatorSet, big.NewInt(4), big.NewInt(1), e.guardian.Address), "BridgeInvalidValidatorSet")
	deploy(bindings.BridgedTokenMetaData.Bin, tokenABI.PackConstructor("n", "s", common.Address{}), "BridgeZeroAddress")
	_, _, err := bridge.DeploySide(e.ctx, e.side.Client, e.deployer.Key, "n", "s", mainChainID, []common.Address{}, 1, nil, common.Address{}, bridge.WithMine(func() { e.side.Commit() }))
	expectErr(t, err, bridge.ErrInvalidValidatorSet, "BridgeInvalidValidatorSet")
}
