package bridge

import (
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// The store keeps, across reopening, the cursor, each transfer with the one digest it may
// be signed under, its signatures and whether it executed; recording a replayed transfer
// is a no-op and a different one under the same nonce is refused without changing
// anything.
func TestDaemonStoreResumes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bridge.db")
	at := time.Unix(1_700_000_000, 0)
	s, err := OpenStore(path)
	mustNo(t, err)
	src := common.HexToAddress("0xB0")
	if _, ok, err := s.Cursor(ctx, Deposit, src); ok || err != nil {
		t.Fatalf("fresh cursor: ok %v, err %v", ok, err)
	}
	mustNo(t, s.SetCursor(ctx, Deposit, src, 42))
	tr := Transfer{SourceChainID: big.NewInt(1), SourceID: common.HexToHash("0x51"), Nonce: big.NewInt(7),
		Recipient: alice, Amount: big.NewInt(1_000_000_000_000), ToHub: true}
	rec := Record{Direction: Deposit, Transfer: tr, From: bob, Block: 40, BlockHash: common.HexToHash("0xB1"),
		TxHash: common.HexToHash("0x71"), LogIndex: 3, Digest: common.HexToHash("0xD1")}
	mustNo(t, s.Record(ctx, rec, at))
	mustNo(t, s.Record(ctx, rec, at.Add(time.Hour))) // a replayed block
	other := rec
	other.Digest, other.Transfer.Recipient = common.HexToHash("0xD2"), bob
	if err := s.Record(ctx, other, at); !errors.Is(err, ErrConflict) {
		t.Fatalf("a different transfer under nonce 7: %v, want ErrConflict", err)
	}
	// The same nonce in the other direction is another transfer.
	w := rec
	w.Direction, w.Transfer.ToHub = Withdraw, false
	mustNo(t, s.Record(ctx, w, at))
	sig := Signature{Signer: alice, Signature: []byte{1, 2, 3}, Own: true}
	mustNo(t, s.AddSignature(ctx, Deposit, tr.Nonce, sig, at))
	mustNo(t, s.AddSignature(ctx, Deposit, tr.Nonce, Signature{Signer: alice, Signature: []byte{9}}, at)) // kept as it was
	mustNo(t, s.AddSignature(ctx, Deposit, tr.Nonce, Signature{Signer: bob, Signature: []byte{4}}, at))
	mustNo(t, s.MarkExecuted(ctx, Withdraw, tr.Nonce, common.HexToHash("0xE1"), at))
	if err := s.MarkExecuted(ctx, Deposit, big.NewInt(8), common.Hash{}, at); !errors.Is(err, ErrNotFound) {
		t.Fatalf("marking an unknown transfer: %v, want ErrNotFound", err)
	}
	mustNo(t, s.Close())

	s, err = OpenStore(path)
	mustNo(t, err)
	defer s.Close()
	if next, ok, err := s.Cursor(ctx, Deposit, src); next != 42 || !ok || err != nil {
		t.Fatalf("cursor after reopening: %d %v %v, want 42", next, ok, err)
	}
	got, err := s.Get(ctx, Deposit, tr.Nonce)
	mustNo(t, err)
	if got.Digest != rec.Digest || got.Transfer.StructHash() != tr.StructHash() || got.From != bob || got.Block != 40 ||
		got.LogIndex != 3 || got.Executed || !got.SeenAt.Equal(at) {
		t.Fatalf("record after reopening: %+v", got)
	}
	if len(got.Signatures) != 2 || !got.Signatures[1].Own || got.Signatures[1].Signer != alice ||
		string(got.Signatures[1].Signature) != "\x01\x02\x03" { // ordered by signer: bob's 0x…0b0b first
		t.Fatalf("signatures after reopening: %+v", got.Signatures)
	}
	pend, err := s.Pending(ctx, Deposit)
	mustNo(t, err)
	if len(pend) != 1 {
		t.Fatalf("%d pending deposits, want 1", len(pend))
	}
	if pend, _ := s.Pending(ctx, Withdraw); len(pend) != 0 {
		t.Fatalf("%d pending withdrawals, want 0", len(pend))
	}
	wr, err := s.Get(ctx, Withdraw, tr.Nonce)
	mustNo(t, err)
	if !wr.Executed || wr.ExecuteTx != common.HexToHash("0xE1") {
		t.Fatalf("withdrawal: executed %v by %s", wr.Executed, wr.ExecuteTx.Hex())
	}
	byTx, err := s.ByTx(ctx, rec.TxHash)
	mustNo(t, err)
	if len(byTx) != 2 {
		t.Fatalf("%d records of the tx, want 2", len(byTx))
	}
	counts, err := s.Counts(ctx)
	mustNo(t, err)
	if counts[Deposit] != [2]int{1, 0} || counts[Withdraw] != [2]int{0, 1} {
		t.Fatalf("counts %v", counts)
	}
}
