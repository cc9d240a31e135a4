package wallet

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tyler-smith/go-bip39"
	"golang.org/x/text/unicode/norm"
)

// hardened marks a hardened BIP-32 child index.
const hardened uint32 = 1 << 31

// MaxIndex is the largest account index ImportMnemonic and DeriveKey accept: the last
// index of the path is not hardened, so it is below 2^31.
const MaxIndex = hardened - 1

// DerivationPath is the BIP-44 path of the Ethereum account with the given index, as
// MetaMask, Ledger and geth use it: m/44'/60'/0'/0/index.
func DerivationPath(index uint32) string {
	return fmt.Sprintf("m/44'/60'/0'/0/%d", index)
}

// ErrInvalidMnemonic is wrapped by every error about a malformed mnemonic; the message says
// what is wrong with it.
var ErrInvalidMnemonic = errors.New("invalid mnemonic")

// ValidateMnemonic checks a BIP-39 mnemonic of the English word list: its word count, its
// words and its checksum. Case and extra white space are ignored.
func ValidateMnemonic(mnemonic string) error {
	_, err := normalizeMnemonic(mnemonic)
	return err
}

// normalizeMnemonic validates mnemonic and returns its words in lower case separated by
// single spaces, the form its seed is computed from.
func normalizeMnemonic(mnemonic string) (string, error) {
	words := strings.Fields(strings.ToLower(norm.NFKD.String(mnemonic)))
	switch n := len(words); {
	case n == 0:
		return "", fmt.Errorf("%w: it is empty", ErrInvalidMnemonic)
	case n < 12 || n > 24 || n%3 != 0:
		return "", fmt.Errorf("%w: it has %d words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24", ErrInvalidMnemonic, n)
	}
	for i, w := range words {
		if _, ok := bip39.GetWordIndex(w); !ok {
			return "", fmt.Errorf("%w: word %d, %q, is not in the BIP-39 English word list%s",
				ErrInvalidMnemonic, i+1, w, suggestWord(w))
		}
	}
	joined := strings.Join(words, " ")
	if _, err := bip39.EntropyFromMnemonic(joined); err != nil {
		if errors.Is(err, bip39.ErrChecksumIncorrect) {
			return "", fmt.Errorf("%w: bad checksum: every word is in the word list, but one is wrong or out of place", ErrInvalidMnemonic)
		}
		return "", fmt.Errorf("%w: %v", ErrInvalidMnemonic, err)
	}
	return joined, nil
}

// suggestWord names the word of the list that w may be a typo of: BIP-39 English words are
// told apart by their first four letters.
func suggestWord(w string) string {
	if len(w) < 3 {
		return ""
	}
	prefix := w
	if len(prefix) > 4 {
		prefix = prefix[:4]
	}
	var matches []string
	for _, c := range bip39.GetWordList() {
		if strings.HasPrefix(c, prefix) {
			matches = append(matches, c)
		}
	}
	if len(matches) == 1 {
		return fmt.Sprintf(" (did you mean %q?)", matches[0])
	}
	return ""
}

// DeriveKey returns the private key at m/44'/60'/0'/0/index of a BIP-39 mnemonic (English
// word list) with its optional passphrase (the "25th word"; empty when there is none).
func DeriveKey(mnemonic, passphrase string, index uint32) (*ecdsa.PrivateKey, error) {
	if index > MaxIndex {
		return nil, fmt.Errorf("account index %d is too large: at most %d", index, MaxIndex)
	}
	words, err := normalizeMnemonic(mnemonic)
	if err != nil {
		return nil, err
	}
	seed := bip39.NewSeed(words, norm.NFKD.String(passphrase))
	defer clear(seed)
	return deriveBIP32(seed, []uint32{44 + hardened, 60 + hardened, 0 + hardened, 0, index})
}

// extendedKey is a BIP-32 extended private key.
type extendedKey struct {
	key       *big.Int
	chainCode []byte
}

// deriveBIP32 derives the private key at path (indices at or above 2^31 are hardened)
// from a seed, per BIP-32.
func deriveBIP32(seed []byte, path []uint32) (*ecdsa.PrivateKey, error) {
	k, err := masterKey(seed)
	if err != nil {
		return nil, err
	}
	for _, i := range path {
		if k, err = k.child(i); err != nil {
			return nil, err
		}
	}
	return crypto.ToECDSA(k.keyBytes())
}

var curveOrder = crypto.S256().Params().N

func masterKey(seed []byte) (extendedKey, error) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	k := new(big.Int).SetBytes(sum[:32])
	if k.Sign() == 0 || k.Cmp(curveOrder) >= 0 {
		return extendedKey{}, errors.New("this seed gives an invalid BIP-32 master key")
	}
	return extendedKey{key: k, chainCode: sum[32:]}, nil
}

func (k extendedKey) keyBytes() []byte {
	b := make([]byte, 32)
	return k.key.FillBytes(b)
}

// child is BIP-32's CKDpriv.
func (k extendedKey) child(i uint32) (extendedKey, error) {
	var data []byte
	if i >= hardened {
		data = append([]byte{0}, k.keyBytes()...)
	} else {
		priv, err := crypto.ToECDSA(k.keyBytes())
		if err != nil {
			return extendedKey{}, err
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, i)
	mac := hmac.New(sha512.New, k.chainCode)
	mac.Write(data)
	sum := mac.Sum(nil)
	clear(data)
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(curveOrder) >= 0 {
		return extendedKey{}, fmt.Errorf("BIP-32 child %d is invalid (probability below 2^-127): use another index", i&^hardened)
	}
	child := il.Add(il, k.key)
	child.Mod(child, curveOrder)
	if child.Sign() == 0 {
		return extendedKey{}, fmt.Errorf("BIP-32 child %d is invalid (probability below 2^-127): use another index", i&^hardened)
	}
	return extendedKey{key: child, chainCode: sum[32:]}, nil
}
