package protocol

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signature errors. RecoverSigner accepts exactly what OpenZeppelin 5's ECDSA.recover
// accepts on chain, and wraps one of these otherwise.
var (
	ErrSignatureLength = errors.New("signature must be 64 (EIP-2098) or 65 (r,s,v) bytes")
	ErrSignatureV      = errors.New("signature v must be 27 or 28")
	ErrSignatureS      = errors.New("signature s is in the upper half of the curve order (malleable)")
	ErrSignatureR      = errors.New("signature r or s is zero or not below the curve order")
	ErrBadSignature    = errors.New("signature does not recover to a public key")
)

// SignOrder signs a 32-byte digest (an order hash, or any digest the contract checks with
// ECDSA) with key. The result is 65 bytes r ‖ s ‖ v with v in {27, 28} and s in the lower
// half of the curve order, as the contract expects.
func SignOrder(digest [32]byte, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// CompactSignature converts a 65-byte r ‖ s ‖ v signature (v in {27, 28} or {0, 1}) to its
// 64-byte EIP-2098 form r ‖ vs, where vs = s with the top bit set when v is 28 (or 1).
func CompactSignature(sig []byte) ([]byte, error) {
	if len(sig) != 65 {
		return nil, fmt.Errorf("compact signature: got %d bytes, want 65: %w", len(sig), ErrSignatureLength)
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return nil, fmt.Errorf("compact signature: v = %d: %w", sig[64], ErrSignatureV)
	}
	if sig[32]&0x80 != 0 {
		return nil, fmt.Errorf("compact signature: %w", ErrSignatureS)
	}
	out := make([]byte, 64)
	copy(out, sig[:64])
	out[32] |= v << 7
	return out, nil
}

// RecoverSigner returns the address whose key made sig over digest. sig is 65 bytes
// r ‖ s ‖ v (v in {27, 28}) or 64 bytes EIP-2098 r ‖ vs. Like the contract, it refuses
// other v values, a zero r or s, and a malleable (upper-half) s.
func RecoverSigner(digest [32]byte, sig []byte) (common.Address, error) {
	var rsv [65]byte
	switch len(sig) {
	case 65:
		if sig[64] != 27 && sig[64] != 28 {
			return common.Address{}, fmt.Errorf("recover signer: v = %d: %w", sig[64], ErrSignatureV)
		}
		copy(rsv[:], sig)
		rsv[64] -= 27
	case 64:
		copy(rsv[:64], sig)
		rsv[64] = sig[32] >> 7
		rsv[32] &= 0x7f
	default:
		return common.Address{}, fmt.Errorf("recover signer: got %d bytes: %w", len(sig), ErrSignatureLength)
	}
	r := new(big.Int).SetBytes(rsv[:32])
	s := new(big.Int).SetBytes(rsv[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("recover signer: %w", ErrSignatureS)
	}
	if !crypto.ValidateSignatureValues(rsv[64], r, s, true) {
		return common.Address{}, fmt.Errorf("recover signer: %w", ErrSignatureR)
	}
	pub, err := crypto.SigToPub(digest[:], rsv[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// EthSignedHash is the EIP-191 personal-sign digest of a 32-byte hash:
// keccak256("\x19Ethereum Signed Message:\n32" ‖ h), as OpenZeppelin's
// MessageHashUtils.toEthSignedMessageHash(bytes32).
func EthSignedHash(h [32]byte) [32]byte {
	const prefix = "\x19Ethereum Signed Message:\n32"
	var b [len(prefix) + 32]byte
	copy(b[:], prefix)
	copy(b[len(prefix):], h[:])
	return crypto.Keccak256Hash(b[:])
}

// SignAuthorization is the scheduler's authorization for worker to contribute to taskid
// with enclave (zero address: no enclave): the workerpool owner's key personal-signs
// AuthorizationHash(worker, taskid, enclave). 65 bytes, v in {27, 28}.
func SignAuthorization(key *ecdsa.PrivateKey, worker common.Address, taskid [32]byte, enclave common.Address) ([]byte, error) {
	return SignOrder(EthSignedHash(AuthorizationHash(worker, taskid, enclave)), key)
}

// AuthorizationSigner recovers who signed an authorization made by SignAuthorization; the
// contract accepts it when that is the deal's workerpool owner.
func AuthorizationSigner(worker common.Address, taskid [32]byte, enclave common.Address, sig []byte) (common.Address, error) {
	return RecoverSigner(EthSignedHash(AuthorizationHash(worker, taskid, enclave)), sig)
}

// SignRevealPermit is the scheduler's permit that opens the reveals of taskid: the workerpool
// owner's key personal-signs RevealPermitHash(taskid). The first reveal of a task must carry
// it; the scheduler gives it once every replicate it planned (hidden checks included) has
// contributed. 65 bytes, v in {27, 28}.
func SignRevealPermit(key *ecdsa.PrivateKey, taskid [32]byte) ([]byte, error) {
	return SignOrder(EthSignedHash(RevealPermitHash(taskid)), key)
}

// RevealPermitSigner recovers who signed a permit made by SignRevealPermit; the contract
// accepts it when that is the deal's workerpool owner.
func RevealPermitSigner(taskid [32]byte, sig []byte) (common.Address, error) {
	return RecoverSigner(EthSignedHash(RevealPermitHash(taskid)), sig)
}

// SignEnclaveChallenge is a TEE enclave's signature of a contribution: the enclave key
// personal-signs EnclaveChallengeHash(resultHash, resultSeal). 65 bytes, v in {27, 28}.
func SignEnclaveChallenge(key *ecdsa.PrivateKey, resultHash, resultSeal [32]byte) ([]byte, error) {
	return SignOrder(EthSignedHash(EnclaveChallengeHash(resultHash, resultSeal)), key)
}

// EnclaveChallengeSigner recovers who signed an enclave challenge made by
// SignEnclaveChallenge; the contract accepts it when that is the authorized enclave.
func EnclaveChallengeSigner(resultHash, resultSeal [32]byte, sig []byte) (common.Address, error) {
	return RecoverSigner(EthSignedHash(EnclaveChallengeHash(resultHash, resultSeal)), sig)
}
