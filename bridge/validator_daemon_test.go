package bridge

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/internal/freeport"
)

var ctx = context.Background()

// testNet is a bridge between two fake chains with n validators (threshold thr), each
// with its own database and relay; the test drives their rounds.
type testNet struct {
	t          *testing.T
	main, side *fakeChain
	keys       []*ecdsa.PrivateKey
	addrs      []common.Address
	listen     []string
	dbs        []string
	v          []*Validator // nil while down
	conf       uint64
}

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte{'v', byte(i)}))
	if err != nil {
		panic(err)
	}
	return k
}

// freeAddr is a loopback address for a relay that restarts on it (see freeport).
func freeAddr(t *testing.T) string {
	t.Helper()
	a, err := freeport.Addr()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func newTestNet(t *testing.T, n int, thr uint64, conf uint64) *testNet {
	t.Helper()
	tn := &testNet{t: t, conf: conf, v: make([]*Validator, n)}
	dir := t.TempDir()
	for i := range n {
		tn.keys = append(tn.keys, testKey(i))
		tn.addrs = append(tn.addrs, crypto.PubkeyToAddress(tn.keys[i].PublicKey))
		tn.listen = append(tn.listen, freeAddr(t))
		tn.dbs = append(tn.dbs, filepath.Join(dir, "v"+string(rune('0'+i))+".db"))
	}
	tn.main = newFakeChain(1, common.HexToAddress("0xB0"), false, tn.addrs, thr)
	tn.side = newFakeChain(77, common.HexToAddress("0x5B"), true, tn.addrs, thr)
	t.Cleanup(func() {
		for i := range tn.v {
			tn.stop(i)
		}
	})
	return tn
}

// start starts validator i (on its database, kept across restarts).
func (tn *testNet) start(i int, opts ...func(*Config)) *Validator {
	tn.t.Helper()
	var peers []string
	for j, l := range tn.listen {
		if j != i {
			peers = append(peers, "http://"+l)
		}
	}
	cfg := Config{Key: tn.keys[i], Main: tn.main, Side: tn.side, DBPath: tn.dbs[i], Listen: tn.listen[i],
		Peers: peers, Confirmations: tn.conf, manual: true,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, o := range opts {
		o(&cfg)
	}
	v, err := New(cfg)
	if err != nil {
		tn.t.Fatal(err)
	}
	if err := v.Start(ctx); err != nil {
		v.Close()
		tn.t.Fatal(err)
	}
	tn.v[i] = v
	return v
}

func (tn *testNet) stop(i int) {
	if tn.v[i] != nil {
		tn.v[i].Close()
		tn.v[i] = nil
	}
}

// round mines a block on each chain and runs one round of every running validator.
func (tn *testNet) round() {
	tn.main.Mine(1)
	tn.side.Mine(1)
	for _, v := range tn.v {
		if v != nil {
			_ = v.Round(ctx)
		}
	}
}

// until runs rounds until cond holds, at most max; it reports whether cond held.
func (tn *testNet) until(max int, cond func() bool) bool {
	for range max {
		if cond() {
			return true
		}
		tn.round()
	}
	return cond()
}

func (tn *testNet) executed(c *fakeChain, nonce int64) func() bool {
	return func() bool { ok, _ := c.Executed(ctx, big.NewInt(nonce)); return ok }
}

func mustNo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

var (
	alice = common.HexToAddress("0xA11CE")
	bob   = common.HexToAddress("0xB0B")
)

// Deposits (one into the side hub) and a withdrawal cross with 3 validators, threshold 2;
// every token is accounted for on both chains: what left main is locked in the vault and
// exists as bridged tokens on the side, and the owners' balances on both chains add up to
// what they started with.
func TestDaemonRoundTripConservesTokensExactly(t *testing.T) {
	tn := newTestNet(t, 3, 2, 3)
	for i := range 3 {
		tn.start(i)
	}
	tn.main.wallet[alice] = big.NewInt(1_000)
	_, err := tn.main.send(alice, 300, alice, false)
	mustNo(t, err)
	_, err = tn.main.send(alice, 200, bob, true) // into bob's hub account on the side
	mustNo(t, err)
	if !tn.until(20, func() bool { return tn.executed(tn.side, 0)() && tn.executed(tn.side, 1)() }) {
		t.Fatal("deposits not executed on the side within 20 rounds")
	}
	if got := tn.side.balance(tn.side.wallet, alice); got != 300 {
		t.Fatalf("alice holds %d on the side, want 300", got)
	}
	if got := tn.side.balance(tn.side.hub, bob); got != 200 {
		t.Fatalf("bob's hub account on the side holds %d, want 200", got)
	}
	_, err = tn.side.send(alice, 120, alice, false)
	mustNo(t, err)
	if !tn.until(20, tn.executed(tn.main, 0)) {
		t.Fatal("withdrawal not executed on main within 20 rounds")
	}
	tn.until(3, func() bool { return false }) // more rounds change nothing
	mainAlice, sideAlice := tn.main.balance(tn.main.wallet, alice), tn.side.balance(tn.side.wallet, alice)
	if mainAlice != 620 || sideAlice != 180 {
		t.Fatalf("alice holds %d on main and %d on the side, want 620 and 180", mainAlice, sideAlice)
	}
	if tn.main.locked.Int64() != tn.side.supply.Int64() || tn.main.locked.Int64() != 380 {
		t.Fatalf("vault locks %s, side supply %s: want both 380", tn.main.locked, tn.side.supply)
	}
	if total := mainAlice + tn.main.locked.Int64(); total != 1_000 {
		t.Fatalf("main: alice + vault = %d, want 1000", total)
	}
	if total := mainAlice + sideAlice + tn.side.balance(tn.side.hub, bob); total != 1_000 {
		t.Fatalf("alice on main + alice on the side + bob's hub account = %d, want the 1000 minted at the start", total)
	}
	if n, m := tn.side.executeCount(), tn.main.executeCount(); n != 2 || m != 1 {
		t.Fatalf("%d executes on the side and %d on main, want 2 and 1 (each transfer once)", n, m)
	}
	for i := range 3 {
		for _, d := range Directions {
			p, err := tn.v[i].Store().Pending(ctx, d)
			mustNo(t, err)
			if len(p) != 0 {
				t.Fatalf("validator %d still holds %d pending %s transfers", i, len(p), d)
			}
		}
	}
}

// With one of the three validators down (its relay unreachable), the other two reach the
// threshold and bridge; their health names the unreachable peer but stays OK.
func TestDaemonOneOfThreeDownStillBridges(t *testing.T) {
	tn := newTestNet(t, 3, 2, 2)
	tn.start(0)
	tn.start(2) // validator 1 is down
	tn.main.wallet[alice] = big.NewInt(50)
	_, err := tn.main.send(alice, 50, alice, false)
	mustNo(t, err)
	if !tn.until(15, tn.executed(tn.side, 0)) {
		t.Fatal("not executed with 2 of 3 validators up")
	}
	if got := tn.side.balance(tn.side.wallet, alice); got != 50 {
		t.Fatalf("alice holds %d on the side, want 50", got)
	}
	h := tn.v[0].Health(ctx)
	if !h.OK {
		t.Fatalf("health not OK with a peer down: %+v", h)
	}
	var downSeen bool
	for _, p := range h.Peers {
		if strings.Contains(p.URL, tn.listen[1]) && !p.OK {
			downSeen = true
		}
	}
	if !downSeen {
		t.Fatalf("health does not report peer 1 unreachable: %+v", h.Peers)
	}
}

// With two of the three down, the transfer waits (recorded and signed once, not lost);
// when one validator comes back, it goes through, once.
func TestDaemonTwoDownStallsThenBridgesWhenOneReturns(t *testing.T) {
	tn := newTestNet(t, 3, 2, 2)
	tn.start(0)
	tn.main.wallet[alice] = big.NewInt(70)
	_, err := tn.main.send(alice, 70, bob, false)
	mustNo(t, err)
	if tn.until(10, tn.executed(tn.side, 0)) {
		t.Fatal("executed with a single validator, below the threshold")
	}
	rec, err := tn.v[0].Store().Get(ctx, Deposit, big.NewInt(0))
	mustNo(t, err)
	if rec.Executed || len(rec.Signatures) != 1 || !rec.Signatures[0].Own {
		t.Fatalf("stalled transfer: executed %v, %d signatures; want pending with its own signature", rec.Executed, len(rec.Signatures))
	}
	tn.stop(0) // and validator 0 restarts too, on its database
	tn.start(0)
	tn.start(1)
	if !tn.until(10, tn.executed(tn.side, 0)) {
		t.Fatal("not executed after a second validator returned")
	}
	if got := tn.side.balance(tn.side.wallet, bob); got != 70 {
		t.Fatalf("bob holds %d on the side, want 70", got)
	}
	if n := tn.side.executeCount(); n != 1 {
		t.Fatalf("%d executes, want 1", n)
	}
}

// A validator killed after recording a transfer but before signing it, or after signing
// but before storing (so before publishing) the signature, or not killed at all, then
// restarted:
//   - if the source still shows the transfer, it signs the recorded digest — the same
//     bytes it would have published — once, and the transfer is bridged;
//   - if a reorganization deeper than its confirmation depth replaced it with another
//     transfer under the same nonce, it never signs the new one (nor the old one, unless
//     it had already published it), says so in its health, and its peers, who saw only
//     the new one, bridge that.
func TestDaemonKilledMidSignatureNeverDoubleSigns(t *testing.T) {
	for _, point := range []string{"recorded", "signed", ""} {
		for _, deepReorg := range []bool{false, true} {
			name := "killed after " + point
			if point == "" {
				name = "stopped after publishing"
			}
			if deepReorg {
				name += ", then a deep reorg"
			}
			t.Run(name, func(t *testing.T) { testKilledMidSignature(t, point, deepReorg) })
		}
	}
}

func testKilledMidSignature(t *testing.T, point string, deepReorg bool) {
	tn := newTestNet(t, 3, 2, 2)
	crash := errors.New("killed")
	tn.start(0, func(c *Config) {
		c.crash = func(p string) error {
			if p == point {
				return crash
			}
			return nil
		}
	})
	tn.main.wallet[alice] = big.NewInt(100)
	_, err := tn.main.send(alice, 40, alice, false)
	mustNo(t, err)
	tn.main.Mine(3)
	if err := tn.v[0].Round(ctx); point != "" && !errors.Is(err, crash) {
		t.Fatalf("round: %v, want the crash", err)
	}
	rec, err := tn.v[0].Store().Get(ctx, Deposit, big.NewInt(0))
	mustNo(t, err)
	if published := len(rec.Signatures); (point == "") != (published == 1) {
		t.Fatalf("%d signatures stored before the crash point %q", published, point)
	}
	first := rec.Digest
	tn.stop(0)

	recipient, amount := alice, int64(40)
	if deepReorg { // alice's lock is gone and bob's 60 takes nonce 0
		tn.main.Reorg(4)
		tn.main.wallet[bob] = big.NewInt(60)
		_, err = tn.main.send(bob, 60, bob, false)
		mustNo(t, err)
		tn.main.Mine(3)
		recipient, amount = bob, 60
	}

	v := tn.start(0)
	_ = v.Round(ctx)
	_ = v.Round(ctx)
	rec, err = v.Store().Get(ctx, Deposit, big.NewInt(0))
	mustNo(t, err)
	if rec.Digest != first {
		t.Fatalf("after restart the recorded digest is %s, want the first %s", rec.Digest.Hex(), first.Hex())
	}
	want, err := Sign(tn.keys[0], first)
	mustNo(t, err)
	switch {
	case !deepReorg || point == "":
		if len(rec.Signatures) != 1 || string(rec.Signatures[0].Signature) != string(want) {
			t.Fatalf("after restart: %d signatures, want exactly its signature of the recorded digest", len(rec.Signatures))
		}
	default:
		if len(rec.Signatures) != 0 {
			t.Fatalf("signed a transfer the source no longer shows: %d signatures", len(rec.Signatures))
		}
	}
	if h := v.Health(ctx); h.OK == deepReorg {
		t.Fatalf("health after restart: ok %v (%s), want ok %v", h.OK, h.Error, !deepReorg)
	}
	tn.start(1)
	tn.start(2)
	if !tn.until(10, tn.executed(tn.side, 0)) {
		t.Fatal("nonce 0 not bridged")
	}
	if got := tn.side.balance(tn.side.wallet, recipient); got != amount {
		t.Fatalf("%s holds %d on the side, want %d", recipient.Hex(), got, amount)
	}
	if deepReorg {
		if got := tn.side.balance(tn.side.wallet, alice); got != 0 {
			t.Fatalf("alice holds %d on the side, want 0: her lock was reorganized away", got)
		}
		rec, _ = v.Store().Get(ctx, Deposit, big.NewInt(0))
		for _, s := range rec.Signatures {
			if s.Own && string(s.Signature) != string(want) {
				t.Fatal("validator 0 holds a signature of another digest under nonce 0")
			}
		}
	}
}

// A reorganization shallower than the confirmation depth never reaches signing: the
// dropped transfer is never recorded, the one that replaced it under the same nonce is
// bridged.
func TestDaemonAbsorbsReorgShallowerThanConfirmations(t *testing.T) {
	tn := newTestNet(t, 3, 2, 4)
	for i := range 3 {
		tn.start(i)
	}
	tn.main.wallet[alice] = big.NewInt(10)
	tn.main.wallet[bob] = big.NewInt(7)
	_, err := tn.main.send(alice, 10, alice, false)
	mustNo(t, err)
	tn.round()
	tn.round() // the lock is 2 blocks deep (< 4): seen by nobody
	tn.main.Reorg(3)
	_, err = tn.main.send(bob, 7, bob, false) // nonce 0 again
	mustNo(t, err)
	if !tn.until(15, tn.executed(tn.side, 0)) {
		t.Fatal("the replacing transfer was not bridged")
	}
	if a, b := tn.side.balance(tn.side.wallet, alice), tn.side.balance(tn.side.wallet, bob); a != 0 || b != 7 {
		t.Fatalf("side: alice %d, bob %d; want 0 and 7", a, b)
	}
	for i := range 3 {
		rec, err := tn.v[i].Store().Get(ctx, Deposit, big.NewInt(0))
		mustNo(t, err)
		if rec.Transfer.Recipient != bob {
			t.Fatalf("validator %d recorded a transfer to %s", i, rec.Transfer.Recipient.Hex())
		}
		if h := tn.v[i].Health(ctx); !h.OK {
			t.Fatalf("validator %d unhealthy: %s", i, h.Error)
		}
	}
}

// The relay serves a transfer with its signatures, health and metrics; a forged
// signature served by a peer is not collected.
func TestDaemonRelayServesSignaturesHealthMetrics(t *testing.T) {
	tn := newTestNet(t, 3, 3, 1) // threshold 3: nothing executes
	v0 := tn.start(0)
	tn.start(1)
	tn.main.wallet[alice] = big.NewInt(5)
	ev, err := tn.main.send(alice, 5, alice, false)
	mustNo(t, err)
	tn.until(4, func() bool { return false })
	c := NewRelayClient(v0.URL(), nil)
	rec, err := c.Transfer(ctx, Deposit, big.NewInt(0))
	mustNo(t, err)
	if rec.TxHash != ev.TxHash || len(rec.Signatures) != 2 || rec.Executed {
		t.Fatalf("relay record: tx %s, %d signatures, executed %v; want %s, 2 (own and peer's), pending",
			rec.TxHash.Hex(), len(rec.Signatures), rec.Executed, ev.TxHash.Hex())
	}
	byTx, err := c.ByTx(ctx, ev.TxHash)
	mustNo(t, err)
	if len(byTx) != 1 {
		t.Fatalf("by tx: %d records, want 1", len(byTx))
	}
	if _, err := c.Transfer(ctx, Withdraw, big.NewInt(9)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown transfer: %v, want ErrNotFound", err)
	}
	h, err := c.Health(ctx)
	mustNo(t, err)
	if !h.OK || h.Address != tn.addrs[0] || h.Directions[Deposit].Pending != 1 {
		t.Fatalf("health %+v", h)
	}
	resp, err := http.Get(v0.URL() + PathMetrics)
	mustNo(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`poco_bridge_signed_total{direction="deposit"} 1`,
		`poco_bridge_signatures_collected_total{direction="deposit"} 1`,
		`poco_bridge_transfers{direction="deposit",status="pending"} 1`} {
		if !strings.Contains(string(body), want) {
			t.Fatalf("metrics lack %q:\n%s", want, body)
		}
	}
	// A signature over another digest, claimed by validator 2, is not collected.
	forged, _ := Sign(tn.keys[2], common.HexToHash("0x01"))
	rec0, _ := v0.Store().Get(ctx, Deposit, big.NewInt(0))
	v0.collect(ctx, Deposit, rec0, tn.addrs) // nothing new from the honest peer
	vals := tn.addrs
	if got := validSignatures(Record{Digest: rec0.Digest, Signatures: append(rec0.Signatures,
		Signature{Signer: tn.addrs[2], Signature: forged})}, vals); len(got) != 2 {
		t.Fatalf("%d valid signatures with a forged one added, want 2", len(got))
	}
}
