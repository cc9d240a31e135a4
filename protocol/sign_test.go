package protocol

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testKey is a fixed key so failures are reproducible (the well-known Hardhat account #0).
var testKey, _ = crypto.HexToECDSA("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")

func TestSignOrderRecoversSignerFrom65And64Bytes(t *testing.T) {
	want := crypto.PubkeyToAddress(testKey.PublicKey)
	_, _, _, request := fixtureOrders()
	seenV := map[byte]bool{}
	for i := range 32 {
		request.Salt = common.BigToHash(big.NewInt(int64(i)))
		digest := request.Hash(testDomain())
		sig, err := SignOrder(digest, testKey)
		if err != nil {
			t.Fatal(err)
		}
		if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
			t.Fatalf("signature %x: want 65 bytes with v in {27,28}", sig)
		}
		seenV[sig[64]] = true
		if got, err := RecoverSigner(digest, sig); err != nil || got != want {
			t.Errorf("65-byte: recovered %s, %v; want %s", got, err, want)
		}
		compact, err := CompactSignature(sig)
		if err != nil {
			t.Fatal(err)
		}
		if len(compact) != 64 {
			t.Fatalf("compact signature has %d bytes, want 64", len(compact))
		}
		if got, err := RecoverSigner(digest, compact); err != nil || got != want {
			t.Errorf("64-byte: recovered %s, %v; want %s", got, err, want)
		}
	}
	if !seenV[27] || !seenV[28] {
		t.Errorf("32 signatures covered v values %v; want both 27 and 28 exercised", seenV)
	}
}

// TestCompactSignatureEIP2098Vector checks the example of EIP-2098 itself.
func TestCompactSignatureEIP2098Vector(t *testing.T) {
	sig := common.FromHex("0x68a020a209d3d56c46f38cc50a33f704f4a9a10a59377f8dd762ac66910e9b90" +
		"7e865ad05c4035ab5792787d4a0297a43617ae897930a6fe4d822b8faea52064" + "1b")
	want := common.FromHex("0x68a020a209d3d56c46f38cc50a33f704f4a9a10a59377f8dd762ac66910e9b90" +
		"7e865ad05c4035ab5792787d4a0297a43617ae897930a6fe4d822b8faea52064")
	got, err := CompactSignature(sig)
	if err != nil || common.Bytes2Hex(got) != common.Bytes2Hex(want) {
		t.Errorf("v=27: got %x, %v; want %x", got, err, want)
	}
	sig = common.FromHex("0x9328da16089fcba9bececa81663203989f2df5fe1faa6291a45381c81bd17f76" +
		"139c6d6b623b42da56557e5e734a43dc83345ddfadec52cbe24d0cc64f550793" + "1c")
	want = common.FromHex("0x9328da16089fcba9bececa81663203989f2df5fe1faa6291a45381c81bd17f76" +
		"939c6d6b623b42da56557e5e734a43dc83345ddfadec52cbe24d0cc64f550793")
	got, err = CompactSignature(sig)
	if err != nil || common.Bytes2Hex(got) != common.Bytes2Hex(want) {
		t.Errorf("v=28: got %x, %v; want %x", got, err, want)
	}
}

func TestRecoverSignerRefusesWhatTheContractRefuses(t *testing.T) {
	digest := [32]byte{1}
	sig, err := SignOrder(digest, testKey)
	if err != nil {
		t.Fatal(err)
	}
	// The malleable twin: s' = n − s, v flipped. ecrecover accepts it; OpenZeppelin does not.
	malleable := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(malleable[32:64])
	malleable[64] ^= 27 ^ 28
	vZero := append([]byte(nil), sig...)
	vZero[64] -= 27
	zeroR := append([]byte(nil), sig...)
	copy(zeroR[:32], make([]byte, 32))

	cases := []struct {
		name string
		sig  []byte
		want error
	}{
		{"63 bytes is refused", sig[:63], ErrSignatureLength},
		{"v of 0 or 1 is refused", vZero, ErrSignatureV},
		{"upper-half s is refused", malleable, ErrSignatureS},
		{"zero r is refused", zeroR, ErrSignatureR},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := RecoverSigner(digest, c.sig); !errors.Is(err, c.want) {
				t.Errorf("got %v, want %v", err, c.want)
			}
		})
	}
	if _, err := CompactSignature(malleable); !errors.Is(err, ErrSignatureS) {
		t.Errorf("CompactSignature of a malleable signature: got %v, want ErrSignatureS", err)
	}
}

func TestEthSignedHashIsEIP191PersonalSign(t *testing.T) {
	h := crypto.Keccak256Hash([]byte("poco"))
	want := accounts.TextHash(h[:])
	if got := EthSignedHash(h); common.Bytes2Hex(got[:]) != common.Bytes2Hex(want) {
		t.Errorf("got %x, want %x", got, want)
	}
}

func TestSchedulerAuthorizationRecoversToSigner(t *testing.T) {
	owner := crypto.PubkeyToAddress(testKey.PublicKey)
	worker, enclave := addr(0x11), addr(0x22)
	taskid := TaskID([32]byte{9}, 3)
	sig, err := SignAuthorization(testKey, worker, taskid, enclave)
	if err != nil {
		t.Fatal(err)
	}
	// Independently: personal-sign of keccak256(abi.encodePacked(worker, taskid, enclave)).
	packed := append(append(worker.Bytes(), taskid[:]...), enclave.Bytes()...)
	digest := [32]byte(accounts.TextHash(crypto.Keccak256(packed)))
	if got, err := RecoverSigner(digest, sig); err != nil || got != owner {
		t.Errorf("recovered %s, %v; want %s", got, err, owner)
	}
	if got, err := AuthorizationSigner(worker, taskid, enclave, sig); err != nil || got != owner {
		t.Errorf("AuthorizationSigner = %s, %v; want %s", got, err, owner)
	}
	if got, _ := AuthorizationSigner(addr(0x12), taskid, enclave, sig); got == owner {
		t.Error("an authorization for one worker also recovers to the owner for another worker")
	}
}

func TestEnclaveChallengeRecoversToEnclave(t *testing.T) {
	enclave := crypto.PubkeyToAddress(testKey.PublicKey)
	taskid := TaskID([32]byte{9}, 3)
	digest := [32]byte{0xab}
	rh, rs := ResultHash(taskid, digest), ResultSeal(addr(0x11), taskid, digest)
	sig, err := SignEnclaveChallenge(testKey, rh, rs)
	if err != nil {
		t.Fatal(err)
	}
	want := [32]byte(accounts.TextHash(crypto.Keccak256(rh[:], rs[:])))
	if got, err := RecoverSigner(want, sig); err != nil || got != enclave {
		t.Errorf("recovered %s, %v; want %s", got, err, enclave)
	}
	if got, err := EnclaveChallengeSigner(rh, rs, sig); err != nil || got != enclave {
		t.Errorf("EnclaveChallengeSigner = %s, %v; want %s", got, err, enclave)
	}
}
