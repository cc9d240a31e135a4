package bridge

// The validators against the real contracts (BridgeVault on a main chain, SideBridge,
// BridgedToken and a PocoHub on a sidechain), on two go-ethereum simulated chains.

import (
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
)

const sideChainID = 7777

// simNet is a bridge deployed on two simulated chains, validators are accounts 0–2 of
// both (threshold 2); account 3 is alice, 4 the deployer, 5 bob.
type simNet struct {
	t                 *testing.T
	main, side        *chaintest.Chain
	vault, sideBridge common.Address
	hub               common.Address
	v                 []*Validator
	listen, dbs       []string
	conf              uint64
}

func newSimNet(t *testing.T, supply int64) *simNet {
	t.Helper()
	sn := &simNet{t: t, conf: 2, v: make([]*Validator, 3)}
	sn.main = chaintest.New(t, 6)
	sn.side = chaintest.New(t, 6, chaintest.WithBackendOption(func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.ChainID = big.NewInt(sideChainID)
		ec.Genesis.Config = &cfg
		ec.NetworkId = sideChainID
	}))
	vals := []common.Address{sn.main.Accounts[0].Address, sn.main.Accounts[1].Address, sn.main.Accounts[2].Address}
	deployer := sn.main.Accounts[4]
	mineMain, mineSide := WithMine(func() { sn.main.Commit() }), WithMine(func() { sn.side.Commit() })

	tt := bindings.NewTestToken()
	code := append(common.FromHex(bindings.TestTokenMetaData.Bin), tt.PackConstructor(deployer.Address, big.NewInt(supply))...)
	r, err := transact(ctx, sn.main.Client, sn.main.ChainID, deployer.Key, nil, code, makeOptions([]Option{mineMain}))
	mustNo(t, err)
	token := r.ContractAddress
	_, err = transact(ctx, sn.main.Client, sn.main.ChainID, deployer.Key, &token,
		tt.PackTransfer(sn.main.Accounts[3].Address, big.NewInt(supply)), makeOptions([]Option{mineMain}))
	mustNo(t, err)
	sn.vault, err = DeployVault(ctx, sn.main.Client, deployer.Key, token, big.NewInt(sideChainID), vals, 2, nil, common.Address{}, mineMain)
	mustNo(t, err)
	var sideToken common.Address
	sn.sideBridge, sideToken, err = DeploySide(ctx, sn.side.Client, deployer.Key, "Bridged RLC", "bRLC", sn.main.ChainID, vals, 2, nil, common.Address{}, mineSide)
	mustNo(t, err)
	d, err := chain.Deploy(ctx, sn.side.Client, sn.side.TransactOpts(deployer), chain.DeployOptions{Token: sideToken, Mine: func() { sn.side.Commit() }})
	mustNo(t, err)
	sn.hub = d.Hub
	mustNo(t, SetHub(ctx, sn.side.Client, deployer.Key, sn.sideBridge, d.Hub, mineSide))

	dir := t.TempDir()
	for i := range 3 {
		sn.listen = append(sn.listen, freeAddr(t))
		sn.dbs = append(sn.dbs, filepath.Join(dir, "sim"+string(rune('0'+i))+".db"))
	}
	t.Cleanup(func() {
		for i := range sn.v {
			sn.stop(i)
		}
	})
	return sn
}

func (sn *simNet) endpoints() (m, s *Endpoint) {
	sn.t.Helper()
	m, err := NewEndpoint(ctx, sn.main.Client, sn.vault, WithMine(func() { sn.main.Commit() }))
	mustNo(sn.t, err)
	s, err = NewEndpoint(ctx, sn.side.Client, sn.sideBridge, WithMine(func() { sn.side.Commit() }))
	mustNo(sn.t, err)
	return m, s
}

func (sn *simNet) start(i int) {
	sn.t.Helper()
	m, s := sn.endpoints()
	var peers []string
	for j, l := range sn.listen {
		if j != i {
			peers = append(peers, "http://"+l)
		}
	}
	v, err := New(Config{Key: sn.main.Accounts[i].Key, Main: m, Side: s, DBPath: sn.dbs[i], Listen: sn.listen[i],
		Peers: peers, Confirmations: sn.conf, manual: true, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	mustNo(sn.t, err)
	mustNo(sn.t, v.Start(ctx))
	sn.v[i] = v
}

func (sn *simNet) stop(i int) {
	if sn.v[i] != nil {
		sn.v[i].Close()
		sn.v[i] = nil
	}
}

func (sn *simNet) until(max int, cond func() bool) bool {
	for range max {
		if cond() {
			return true
		}
		sn.main.Commit()
		sn.side.Commit()
		for _, v := range sn.v {
			if v != nil {
				_ = v.Round(ctx)
			}
		}
	}
	return cond()
}

func (sn *simNet) executed(e *Endpoint, nonce int64) func() bool {
	return func() bool { ok, err := e.Executed(ctx, big.NewInt(nonce)); return err == nil && ok }
}

func balance(t *testing.T, e *Endpoint, a common.Address) int64 {
	t.Helper()
	b, err := e.TokenBalance(ctx, a)
	mustNo(t, err)
	return b.Int64()
}

// On the real contracts: a deposit waits while two of the three validators are down (the
// message is kept), goes through once one returns; a deposit into the side hub and a
// withdrawal cross with one validator down; every token is accounted for, each transfer
// executed once.
func TestDaemonRealContractsRoundTrip(t *testing.T) {
	const supply = 1_000_000_000_000
	sn := newSimNet(t, supply)
	alice, bob := sn.main.Accounts[3], sn.main.Accounts[5]
	m, s := sn.endpoints()

	sn.start(0) // 1 and 2 down
	_, err := m.Lock(ctx, alice.Key, big.NewInt(300_000), alice.Address, false)
	mustNo(t, err)
	if sn.until(6, sn.executed(s, 0)) {
		t.Fatal("executed with one validator of three, threshold 2")
	}
	rec, err := sn.v[0].Store().Get(ctx, Deposit, big.NewInt(0))
	mustNo(t, err)
	if len(rec.Signatures) != 1 || rec.Executed {
		t.Fatalf("stalled deposit: %d signatures, executed %v", len(rec.Signatures), rec.Executed)
	}
	sn.start(2) // one returns; 1 stays down
	if !sn.until(8, sn.executed(s, 0)) {
		t.Fatal("deposit not executed once a second validator returned")
	}
	if got := balance(t, s, alice.Address); got != 300_000 {
		t.Fatalf("alice holds %d bridged tokens, want 300000", got)
	}

	_, err = m.Lock(ctx, alice.Key, big.NewInt(200_000), bob.Address, true) // into bob's hub account
	mustNo(t, err)
	_, err = s.Burn(ctx, alice.Key, big.NewInt(120_000), alice.Address)
	mustNo(t, err)
	if !sn.until(10, func() bool { return sn.executed(s, 1)() && sn.executed(m, 0)() }) {
		t.Fatal("hub deposit and withdrawal not both executed")
	}
	out, err := bind.Call(bindings.NewPoco().Instance(sn.side.Client, sn.hub), nil,
		bindings.NewPoco().PackAccount(bob.Address), bindings.NewPoco().UnpackAccount)
	mustNo(t, err)
	if out.Free.Int64() != 200_000 {
		t.Fatalf("bob's free balance in the side hub: %s, want 200000", out.Free)
	}
	mainAlice, sideAlice, locked := balance(t, m, alice.Address), balance(t, s, alice.Address), balance(t, m, sn.vault)
	if mainAlice != supply-500_000+120_000 || sideAlice != 180_000 || locked != 380_000 {
		t.Fatalf("alice %d on main, %d on the side; vault %d", mainAlice, sideAlice, locked)
	}
	if mainAlice+locked != supply || sideAlice+out.Free.Int64() != locked {
		t.Fatalf("tokens not conserved: main %d + vault %d, side %d + hub %d", mainAlice, locked, sideAlice, out.Free)
	}
	sn.until(2, func() bool { return false }) // every validator sees the executions
	for _, v := range sn.v {
		if v == nil {
			continue
		}
		for _, d := range Directions {
			if p, _ := v.Store().Pending(ctx, d); len(p) != 0 {
				t.Fatalf("validator %s holds %d pending %s transfers", v.Address().Hex(), len(p), d)
			}
		}
	}
}

// On a real chain: a reorganization shallower than the confirmation depth (the block
// holding alice's lock, 1 deep, replaced by a fork from its parent where bob's lock is
// mined and alice's moves to another block) is absorbed: every validator records, signs
// and bridges each transfer from the block the canonical chain finally holds it in, never
// from the dropped block.
func TestDaemonRealChainAbsorbsShallowReorg(t *testing.T) {
	sn := newSimNet(t, 1_000_000)
	sn.conf = 3
	alice, bob := sn.main.Accounts[3], sn.main.Accounts[5]
	m, s := sn.endpoints()
	_, err := m.Lock(ctx, alice.Key, big.NewInt(10_000), alice.Address, false) // bob's funds
	mustNo(t, err)
	m.opts.mine = nil // from here the test mines
	for i := range 3 {
		sn.start(i)
	}
	tt := bindings.NewTestToken()
	tok, _ := m.Token(ctx)
	_, err = transact(ctx, sn.main.Client, sn.main.ChainID, alice.Key, &tok, tt.PackTransfer(bob.Address, big.NewInt(1_000)),
		makeOptions([]Option{WithMine(func() { sn.main.Commit() })}))
	mustNo(t, err)
	head, _ := sn.main.Client.HeaderByNumber(ctx, nil)
	parent := head.Hash()

	first, err := NewEndpoint(ctx, sn.main.Client, sn.vault, WithMine(func() { sn.main.Commit() }))
	mustNo(t, err)
	dropped, err := first.Lock(ctx, alice.Key, big.NewInt(77), alice.Address, false) // nonce 1 in block N
	mustNo(t, err)
	sn.main.Commit() // 1 deep
	for _, v := range sn.v {
		_ = v.Round(ctx)
	}
	// Fork from N−1: bob's lock first, then whatever the pool still holds.
	mustNo(t, sn.main.Backend.Fork(parent))
	mustNo(t, func() error { _, err := first.Lock(ctx, bob.Key, big.NewInt(500), bob.Address, false); return err }())
	for range 3 {
		sn.main.Commit()
	}
	if h, err := sn.main.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(dropped.Block)); err != nil || h.Hash() == dropped.BlockHash {
		t.Fatalf("no reorg happened: block %d is still %s (%v)", dropped.Block, dropped.BlockHash, err)
	}
	if !sn.until(15, func() bool { return sn.executed(s, 1)() && sn.executed(s, 2)() }) {
		t.Fatal("nonces 1 and 2 not bridged after the reorg")
	}
	now, err := m.Head(ctx)
	mustNo(t, err)
	canon, err := m.Outgoing(ctx, dropped.Block-2, now)
	mustNo(t, err)
	if len(canon) != 2 {
		t.Fatalf("%d transfers on the canonical chain after the fork, want 2 (alice's, moved, and bob's)", len(canon))
	}
	for _, want := range canon {
		if want.BlockHash == dropped.BlockHash {
			t.Fatalf("nonce %s still in the dropped block", want.Transfer.Nonce)
		}
		for i, v := range sn.v {
			rec, err := v.Store().Get(ctx, Deposit, want.Transfer.Nonce)
			mustNo(t, err)
			if rec.BlockHash != want.BlockHash || rec.TxHash != want.TxHash || rec.Digest != want.Transfer.Digest(s.Domain()) {
				t.Fatalf("validator %d recorded nonce %s from block %s tx %s, the canonical chain has it in %s tx %s", i,
					want.Transfer.Nonce, rec.BlockHash, rec.TxHash, want.BlockHash, want.TxHash)
			}
		}
	}
	for i, v := range sn.v {
		if h := v.Health(ctx); !h.OK {
			t.Fatalf("validator %d unhealthy: %s", i, h.Error)
		}
	}
	if a, b := balance(t, s, alice.Address), balance(t, s, bob.Address); a != 10_077 || b != 500 {
		t.Fatalf("side: alice %d, bob %d; want 10077 and 500", a, b)
	}
}
