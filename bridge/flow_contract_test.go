package bridge_test

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/bridge"
)

// TestContractDigest: the digests the contracts compute (transferDigest, validatorSetDigest)
// equal bridge.Transfer.Digest and bridge.ValidatorSetDigest byte for byte, on both ends,
// and the contracts' EIP-712 domain is the one bridge.Domain describes.
func TestContractDigest(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	rng := rand.New(rand.NewPCG(1, 2))
	for _, ep := range []*bridge.Endpoint{e.mainEP, e.sideEP} {
		c := e.chainOf(ep)
		dom := callView(t, c, ep.Contract(), vaultABI.PackEip712Domain(), vaultABI.UnpackEip712Domain)
		if dom.Name != bridge.DomainName || dom.Version != bridge.DomainVersion || dom.ChainId.Cmp(ep.ChainID()) != 0 || dom.VerifyingContract != ep.Contract() {
			t.Fatalf("eip712Domain of %s = %+v, want %+v", ep.Contract(), dom, ep.Domain())
		}
		for i := range 20 {
			tr := randomTransfer(rng, big.NewInt(int64(rng.Uint32())))
			if i == 0 { // zero / extreme values
				tr = bridge.Transfer{SourceChainID: new(big.Int), Nonce: new(big.Int), Amount: new(big.Int)}
			}
			got, err := ep.TransferDigest(e.ctx, tr)
			if err != nil {
				t.Fatal(err)
			}
			if want := tr.Digest(ep.Domain()); got != want {
				t.Fatalf("transfer %+v: contract digest %s, Go digest %s", tr, got, want)
			}
		}
		for n := 1; n <= 5; n++ {
			var vals []common.Address
			for range n {
				vals = append(vals, randomTransfer(rng, big.NewInt(1)).Recipient)
			}
			thr, ep64 := uint64(rng.UintN(uint(n))+1), rng.Uint64()
			got := callView(t, c, ep.Contract(), vaultABI.PackValidatorSetDigest(vals, new(big.Int).SetUint64(thr), new(big.Int).SetUint64(ep64)),
				vaultABI.UnpackValidatorSetDigest)
			if want := bridge.ValidatorSetDigest(ep.Domain(), vals, thr, ep64); common.Hash(got) != want {
				t.Fatalf("validator set digest: contract %x, Go %s", got, want)
			}
		}
	}
}

// TestContractRoundTrip: a lock on main is read back by Outgoing with its source id, is
// executed on side (tokens minted to the recipient, TransferIn emitted) and cannot be
// executed twice; a burn on side goes back the same way and releases the tokens.
func TestContractRoundTrip(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	alice, bob := e.users[0], e.users[1]
	before := e.mainBalance(alice.Address)

	out := e.lock(alice, 500*rlc, bob.Address, false)
	if out.Transfer.Nonce.Sign() != 0 || out.From != alice.Address || out.Transfer.Recipient != bob.Address ||
		out.Transfer.Amount.Cmp(big.NewInt(500*rlc)) != 0 || out.Transfer.ToHub ||
		out.Transfer.SourceChainID.Cmp(mainChainID) != 0 || out.Transfer.SourceID != bridge.SourceID(out.TxHash, out.LogIndex) {
		t.Fatalf("lock returned %+v", out)
	}
	if got := new(big.Int).Sub(before, e.mainBalance(alice.Address)); got.Cmp(big.NewInt(500*rlc)) != 0 {
		t.Fatalf("alice paid %s", got)
	}
	if got := e.mainBalance(e.vault); got.Cmp(big.NewInt(500*rlc)) != 0 {
		t.Fatalf("vault holds %s", got)
	}
	head, err := e.mainEP.Head(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := e.mainEP.Outgoing(e.ctx, 0, head)
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 1 || outs[0].Transfer.SourceID != out.Transfer.SourceID || outs[0].Block != out.Block || outs[0].BlockHash != out.BlockHash {
		t.Fatalf("Outgoing = %+v, want [%+v]", outs, out)
	}
	if n, _ := e.mainEP.OutgoingNonce(e.ctx); n.Uint64() != 1 {
		t.Fatalf("outgoing nonce %s", n)
	}

	// Executed on side with two of three validators, in any order.
	txh := e.execute(e.sideEP, out.Transfer, 2, 0)
	if got := e.sideBalance(bob.Address); got.Cmp(big.NewInt(500*rlc)) != 0 {
		t.Fatalf("bob holds %s bridged tokens", got)
	}
	r, err := e.side.Client.TransactionReceipt(e.ctx, txh)
	if err != nil {
		t.Fatal(err)
	}
	if ins := logsOf(r, e.sideBridge, "TransferIn(uint256,bytes32,address,uint256,bool)"); len(ins) != 1 {
		t.Fatalf("%d TransferIn events", len(ins))
	} else if ev, err := vaultABI.UnpackTransferInEvent(ins[0]); err != nil || ev.Nonce.Sign() != 0 || ev.SourceId != out.Transfer.SourceID || ev.Recipient != bob.Address {
		t.Fatalf("TransferIn %+v (%v)", ev, err)
	}
	if done, err := e.sideEP.Executed(e.ctx, out.Transfer.Nonce); err != nil || !done {
		t.Fatalf("executed = %v, %v", done, err)
	}
	// Replay: refused by Execute, and by the contract itself.
	if _, err := e.sideEP.Execute(e.ctx, e.relayer.Key, out.Transfer, e.sign(e.sideEP, out.Transfer, 0, 1)); !errors.Is(err, bridge.ErrAlreadyExecuted) {
		t.Fatalf("replay: %v", err)
	}
	rev := expectRevert(t, e.side, e.relayer.Address, e.sideBridge,
		vaultABI.PackExecute(bindingOf(out.Transfer), e.sign(e.sideEP, out.Transfer, 0, 1)), "BridgeAlreadyExecuted")
	if argBig(t, rev, "nonce").Sign() != 0 {
		t.Fatal(rev)
	}

	// Back: bob burns 200 for carol on main.
	carol := e.users[2]
	carolBefore := e.mainBalance(carol.Address)
	back := e.burn(bob, 200*rlc, carol.Address)
	if back.Transfer.SourceChainID.Cmp(sideChainID) != 0 || back.Transfer.Nonce.Sign() != 0 || back.Transfer.ToHub || back.From != bob.Address {
		t.Fatalf("burn returned %+v", back)
	}
	if got := e.bridgedSupply(); got.Cmp(big.NewInt(300*rlc)) != 0 {
		t.Fatalf("bridged supply %s after the burn", got)
	}
	e.execute(e.mainEP, back.Transfer, 0, 1, 2)
	if got := new(big.Int).Sub(e.mainBalance(carol.Address), carolBefore); got.Cmp(big.NewInt(200*rlc)) != 0 {
		t.Fatalf("carol received %s", got)
	}
	if got := e.mainBalance(e.vault); got.Cmp(big.NewInt(300*rlc)) != 0 {
		t.Fatalf("vault holds %s", got)
	}
	if _, err := e.mainEP.Execute(e.ctx, e.relayer.Key, back.Transfer, e.sign(e.mainEP, back.Transfer, 0, 1)); !errors.Is(err, bridge.ErrAlreadyExecuted) {
		t.Fatalf("replay on main: %v", err)
	}
	// Reads of the endpoint.
	if tok, _ := e.mainEP.Token(e.ctx); tok != e.token {
		t.Fatalf("vault token %s", tok)
	}
	if tok, _ := e.sideEP.Token(e.ctx); tok != e.bridged {
		t.Fatalf("side token %s", tok)
	}
	if id, _ := e.sideEP.CounterpartChainID(e.ctx); id.Cmp(mainChainID) != 0 {
		t.Fatalf("side counterpart %s", id)
	}
	vals, thr, ep, err := e.mainEP.ValidatorSet(e.ctx)
	if err != nil || len(vals) != 3 || thr != 2 || ep != 0 || vals[1] != e.validatorSet[1] {
		t.Fatalf("validator set %v %d %d %v", vals, thr, ep, err)
	}
	if b, _ := e.sideEP.TokenBalance(e.ctx, bob.Address); b.Cmp(big.NewInt(300*rlc)) != 0 {
		t.Fatalf("TokenBalance %s", b)
	}
	if g, _ := e.sideEP.Guardian(e.ctx); g != e.guardian.Address {
		t.Fatalf("guardian %s", g)
	}
	if _, err := e.mainEP.Burn(e.ctx, bob.Key, big.NewInt(1), bob.Address); !errors.Is(err, bridge.ErrNotSide) {
		t.Fatalf("Burn on the vault: %v", err)
	}
	if _, err := e.sideEP.Lock(e.ctx, bob.Key, big.NewInt(1), bob.Address, false); !errors.Is(err, bridge.ErrNotVault) {
		t.Fatalf("Lock on the side: %v", err)
	}
	if _, err := bridge.NewEndpoint(e.ctx, e.main.Client, e.token); !errors.Is(err, bridge.ErrNotBridge) {
		t.Fatalf("NewEndpoint on the token: %v", err)
	}
	if _, err := bridge.NewEndpoint(e.ctx, e.main.Client, common.HexToAddress("0x1234")); !errors.Is(err, bridge.ErrNotBridge) {
		t.Fatalf("NewEndpoint on no code: %v", err)
	}
}

// TestContractToHub: a main → side transfer with toHub lands in the recipient's free
// balance of the side hub (deployed on the bridged token), not in its wallet.
func TestContractToHub(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	alice, bob := e.users[0], e.users[1]
	out := e.lock(alice, 70*rlc, bob.Address, true)
	if !out.Transfer.ToHub {
		t.Fatal("toHub lost")
	}
	e.execute(e.sideEP, out.Transfer, 0, 1)
	if got := e.hubFree(bob.Address); got.Cmp(big.NewInt(70*rlc)) != 0 {
		t.Fatalf("bob's hub balance %s", got)
	}
	if got := e.sideBalance(bob.Address); got.Sign() != 0 {
		t.Fatalf("bob's wallet %s", got)
	}
	if got := e.sideBalance(e.hub); got.Cmp(big.NewInt(70*rlc)) != 0 {
		t.Fatalf("hub holds %s", got)
	}
	if got := e.sideBalance(e.sideBridge); got.Sign() != 0 {
		t.Fatalf("the bridge kept %s", got)
	}
	// Bob withdraws from the hub and burns back: the round trip closes.
	e.sideTx(bob, e.hub, pocoABI.PackWithdraw(big.NewInt(70*rlc)))
	back := e.burn(bob, 70*rlc, alice.Address)
	e.execute(e.mainEP, back.Transfer, 1, 2)
	if got := e.mainBalance(e.vault); got.Sign() != 0 {
		t.Fatalf("vault holds %s", got)
	}
	if h, _ := e.sideEP.Hub(e.ctx); h != e.hub {
		t.Fatalf("hub %s", h)
	}
}

func bindingOf(t bridge.Transfer) bindingsTransfer {
	return bindingsTransfer{SourceChainId: t.SourceChainID, SourceId: t.SourceID, Nonce: t.Nonce, Recipient: t.Recipient, Amount: t.Amount, ToHub: t.ToHub}
}

// TestContractOutgoingRange: Outgoing returns the TransferOut events of exactly the
// blocks asked, in nonce order, with their block, hash and source id, and nothing for an
// empty or reversed range; each end counts its own nonces from 0.
func TestContractOutgoingRange(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	var outs []bridge.Outgoing
	for i := range 4 {
		outs = append(outs, e.lock(e.users[i%2], int64(i+1)*rlc, e.users[2].Address, i == 3))
		e.main.Commit() // an empty block between the locks
	}
	for i, o := range outs {
		if o.Transfer.Nonce.Int64() != int64(i) || o.Transfer.ToHub != (i == 3) {
			t.Fatalf("lock %d: %+v", i, o)
		}
	}
	got, err := e.mainEP.Outgoing(e.ctx, outs[1].Block, outs[2].Block)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].TxHash != outs[1].TxHash || got[1].TxHash != outs[2].TxHash {
		t.Fatalf("Outgoing(%d, %d) = %+v", outs[1].Block, outs[2].Block, got)
	}
	for i, g := range got {
		w := outs[i+1]
		if g.Block != w.Block || g.BlockHash != w.BlockHash || g.LogIndex != w.LogIndex || g.From != w.From ||
			g.Transfer.SourceID != bridge.SourceID(w.TxHash, w.LogIndex) || g.Transfer.Amount.Cmp(w.Transfer.Amount) != 0 {
			t.Fatalf("Outgoing[%d] = %+v, want %+v", i, g, w)
		}
	}
	if got, err := e.mainEP.Outgoing(e.ctx, outs[0].Block+1, outs[1].Block-1); err != nil || len(got) != 0 {
		t.Fatalf("empty range: %v %v", got, err)
	}
	if got, err := e.mainEP.Outgoing(e.ctx, outs[2].Block, outs[1].Block); err != nil || got != nil {
		t.Fatalf("reversed range: %v %v", got, err)
	}
	// The side bridge has its own nonces.
	e.execute(e.sideEP, outs[0].Transfer, 0, 1)
	b := e.burn(e.users[2], 1, e.users[0].Address)
	if b.Transfer.Nonce.Sign() != 0 {
		t.Fatalf("first burn nonce %s", b.Transfer.Nonce)
	}
	head, _ := e.sideEP.Head(e.ctx)
	if got, err := e.sideEP.Outgoing(e.ctx, 0, head); err != nil || len(got) != 1 || got[0].Transfer.SourceChainID.Cmp(sideChainID) != 0 {
		t.Fatalf("side Outgoing %+v %v", got, err)
	}
}
