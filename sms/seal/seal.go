// Package seal holds the encryption formats of confidential computing in Poco:
//
//   - encrypted datasets: a file encrypted with AES-256-GCM under a 32-byte key
//     ([EncryptDataset], [DecryptDataset]). The dataset's owner registers the checksum
//     of the encrypted file and pushes the key to the SMS; the worker checks the
//     encrypted bytes against the checksum, then decrypts inside its enclave;
//   - sealed messages to a secp256k1 public key ([Seal], [Open]): ECIES (ECDH on
//     secp256k1, concatenation KDF, AES-128-CTR, HMAC-SHA-256), used for what the SMS
//     releases to an enclave key and for results encrypted to a beneficiary's result key.
//
// Dataset file layout: "POCO-DS1" (8 bytes) ‖ 12-byte nonce ‖ ciphertext ‖ 16-byte tag,
// the magic being the GCM additional data. Sealed result layout: "POCO-RS1" ‖ ECIES
// ciphertext.
package seal

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// Magic prefixes.
var (
	DatasetMagic = []byte("POCO-DS1")
	ResultMagic  = []byte("POCO-RS1")
)

// KeySize is the size of a dataset key.
const KeySize = 32

// Errors.
var (
	ErrNotEncrypted = errors.New("seal: not a Poco encrypted file (no POCO-DS1 header)")
	ErrWrongKey     = errors.New("seal: decryption failed: wrong key or tampered data")
	ErrKey          = errors.New("seal: bad key")
)

// NewKey returns a fresh random dataset key.
func NewKey() ([KeySize]byte, error) {
	var k [KeySize]byte
	_, err := rand.Read(k[:])
	return k, err
}

// ParseKey reads a dataset key written as 64 hex digits (with or without 0x, white
// space around it ignored).
func ParseKey(s string) ([KeySize]byte, error) {
	var k [KeySize]byte
	s = strings.TrimPrefix(strings.TrimSpace(s), "0x")
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != KeySize {
		return k, fmt.Errorf("%w: want %d bytes as %d hex digits", ErrKey, KeySize, 2*KeySize)
	}
	copy(k[:], b)
	return k, nil
}

// EncryptDataset encrypts plain under key.
func EncryptDataset(key [KeySize]byte, plain []byte) ([]byte, error) {
	g, err := gcm(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(DatasetMagic)+g.NonceSize()+len(plain)+g.Overhead())
	out = append(out, DatasetMagic...)
	nonce := make([]byte, g.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	out = append(out, nonce...)
	return g.Seal(out, nonce, plain, DatasetMagic), nil
}

// DecryptDataset decrypts what EncryptDataset made.
func DecryptDataset(key [KeySize]byte, enc []byte) ([]byte, error) {
	if !bytes.HasPrefix(enc, DatasetMagic) {
		return nil, ErrNotEncrypted
	}
	g, err := gcm(key)
	if err != nil {
		return nil, err
	}
	rest := enc[len(DatasetMagic):]
	if len(rest) < g.NonceSize()+g.Overhead() {
		return nil, fmt.Errorf("%w (file too short)", ErrWrongKey)
	}
	plain, err := g.Open(nil, rest[:g.NonceSize()], rest[g.NonceSize():], DatasetMagic)
	if err != nil {
		return nil, ErrWrongKey
	}
	return plain, nil
}

func gcm(key [KeySize]byte) (cipher.AEAD, error) {
	b, err := aes.NewCipher(key[:])
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}

// Seal encrypts msg to the secp256k1 public key pub (ECIES).
func Seal(pub *ecdsa.PublicKey, msg []byte) ([]byte, error) {
	if pub == nil || pub.Curve != crypto.S256() {
		return nil, fmt.Errorf("%w: not a secp256k1 public key", ErrKey)
	}
	return ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), msg, nil, nil)
}

// Open decrypts what Seal encrypted to key's public key.
func Open(key *ecdsa.PrivateKey, sealed []byte) ([]byte, error) {
	m, err := ecies.ImportECDSA(key).Decrypt(sealed, nil, nil)
	if err != nil {
		return nil, ErrWrongKey
	}
	return m, nil
}

// SealResult encrypts a result archive to the beneficiary's result key.
func SealResult(pub *ecdsa.PublicKey, plain []byte) ([]byte, error) {
	c, err := Seal(pub, plain)
	if err != nil {
		return nil, err
	}
	return append(append([]byte(nil), ResultMagic...), c...), nil
}

// OpenResult decrypts what SealResult made.
func OpenResult(key *ecdsa.PrivateKey, sealed []byte) ([]byte, error) {
	if !bytes.HasPrefix(sealed, ResultMagic) {
		return nil, errors.New("seal: not an encrypted Poco result (no POCO-RS1 header)")
	}
	return Open(key, sealed[len(ResultMagic):])
}

// ParsePublicKey reads a secp256k1 public key: 65 bytes uncompressed (0x04 ‖ X ‖ Y) or
// 33 bytes compressed, as hex with or without 0x.
func ParsePublicKey(s string) (*ecdsa.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%w: public key is not hex: %v", ErrKey, err)
	}
	return UnmarshalPublicKey(b)
}

// UnmarshalPublicKey reads a secp256k1 public key, 65 bytes uncompressed or 33 compressed.
func UnmarshalPublicKey(b []byte) (*ecdsa.PublicKey, error) {
	switch len(b) {
	case 65:
		p, err := crypto.UnmarshalPubkey(b)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrKey, err)
		}
		return p, nil
	case 33:
		p, err := crypto.DecompressPubkey(b)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrKey, err)
		}
		return p, nil
	}
	return nil, fmt.Errorf("%w: a secp256k1 public key is 65 bytes (uncompressed) or 33 (compressed), not %d", ErrKey, len(b))
}

// MarshalPublicKey writes pub as 65 bytes uncompressed.
func MarshalPublicKey(pub *ecdsa.PublicKey) []byte { return crypto.FromECDSAPub(pub) }
