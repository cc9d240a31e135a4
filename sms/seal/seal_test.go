package seal

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestDatasetRoundTripAndTamper(t *testing.T) {
	k, _ := NewKey()
	plain := []byte("the secret dataset: 42 rows of private figures")
	enc, err := EncryptDataset(k, plain)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(enc, plain[:10]) {
		t.Fatal("ciphertext contains the plaintext")
	}
	got, err := DecryptDataset(k, enc)
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("round trip: %v %q", err, got)
	}
	other, _ := NewKey()
	if _, err := DecryptDataset(other, enc); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("wrong key: %v", err)
	}
	enc[len(enc)-1] ^= 1
	if _, err := DecryptDataset(k, enc); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("tampered: %v", err)
	}
	if _, err := DecryptDataset(k, plain); !errors.Is(err, ErrNotEncrypted) {
		t.Fatalf("plain: %v", err)
	}
	if _, err := ParseKey("abc"); !errors.Is(err, ErrKey) {
		t.Fatalf("short key: %v", err)
	}
}

func TestSealOpensOnlyWithTheKey(t *testing.T) {
	k, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	c, err := SealResult(&k.PublicKey, []byte("result"))
	if err != nil {
		t.Fatal(err)
	}
	if m, err := OpenResult(k, c); err != nil || string(m) != "result" {
		t.Fatalf("open: %v %q", err, m)
	}
	if _, err := OpenResult(other, c); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("other key: %v", err)
	}
	pub, err := ParsePublicKey("0x" + string(hexOf(MarshalPublicKey(&k.PublicKey))))
	if err != nil || !pub.Equal(&k.PublicKey) {
		t.Fatalf("parse public key: %v", err)
	}
	if _, err := UnmarshalPublicKey([]byte{1, 2}); !errors.Is(err, ErrKey) {
		t.Fatalf("bad public key: %v", err)
	}
}

func hexOf(b []byte) []byte {
	const d = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, d[c>>4], d[c&15])
	}
	return out
}
