package sms

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// MasterKeySize is the size of a master key (AES-256).
const MasterKeySize = 32

// Errors of the keyring.
var (
	ErrNoMasterKey = errors.New("sms: no master key")
	ErrKeyVersion  = errors.New("sms: secret encrypted under a master key version this keyring lacks")
	ErrDecrypt     = errors.New("sms: a secret does not decrypt: wrong master key, or the row was tampered with or moved")
)

// Keyring holds the master keys that encrypt secrets at rest (AES-256-GCM), by version.
// The highest version is current: new secrets are encrypted under it, and secrets written
// under an older one stay readable until Store.Reencrypt rewraps them.
//
// Text form (a key file, or an environment value): one key a line, "version:hex64",
// versions ≥ 1; empty lines and lines starting with # are ignored. In an environment
// value, keys may also be separated by commas or spaces.
type Keyring struct {
	mu      sync.RWMutex
	keys    map[int]cipher.AEAD
	current int
}

// ParseKeyring reads the text form.
func ParseKeyring(text string) (*Keyring, error) {
	k := &Keyring{keys: map[int]cipher.AEAD{}}
	var fields []string
	for _, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields = append(fields, strings.FieldsFunc(line, func(r rune) bool {
			return r == ',' || r == ' ' || r == '\t' || r == '\r'
		})...)
	}
	for _, f := range fields {
		v, h, ok := strings.Cut(f, ":")
		if !ok {
			return nil, fmt.Errorf("sms: master key %q: want version:hex64", redact(f))
		}
		ver, err := strconv.Atoi(v)
		if err != nil || ver < 1 {
			return nil, fmt.Errorf("sms: master key version %q: want an integer ≥ 1", v)
		}
		b, err := hex.DecodeString(strings.TrimPrefix(h, "0x"))
		if err != nil || len(b) != MasterKeySize {
			return nil, fmt.Errorf("sms: master key version %d: want %d bytes as %d hex digits", ver, MasterKeySize, 2*MasterKeySize)
		}
		if _, dup := k.keys[ver]; dup {
			return nil, fmt.Errorf("sms: master key version %d given twice", ver)
		}
		if err := k.add(ver, b); err != nil {
			return nil, err
		}
	}
	if len(k.keys) == 0 {
		return nil, ErrNoMasterKey
	}
	return k, nil
}

func redact(s string) string {
	if len(s) > 8 {
		return s[:8] + "…"
	}
	return s
}

func (k *Keyring) add(ver int, key []byte) error {
	block, err := aes.NewCipher(key)
	if err != nil {
		return err
	}
	g, err := cipher.NewGCM(block)
	if err != nil {
		return err
	}
	k.keys[ver] = g
	if ver > k.current {
		k.current = ver
	}
	return nil
}

// LoadKeyring reads a key file.
func LoadKeyring(path string) (*Keyring, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sms: master key file: %w", err)
	}
	k, err := ParseKeyring(string(b))
	if err != nil {
		return nil, fmt.Errorf("%w (file %s)", err, path)
	}
	return k, nil
}

// KeyringFromEnv reads the keyring from the environment variable name.
func KeyringFromEnv(name string) (*Keyring, error) {
	v := os.Getenv(name)
	if strings.TrimSpace(v) == "" {
		return nil, fmt.Errorf("%w: $%s is empty", ErrNoMasterKey, name)
	}
	k, err := ParseKeyring(v)
	if err != nil {
		return nil, fmt.Errorf("%w (from $%s)", err, name)
	}
	return k, nil
}

// NewMasterKeyLine returns a fresh random key in the text form, for version ver.
func NewMasterKeyLine(ver int) (string, error) {
	var b [MasterKeySize]byte
	if _, err := io.ReadFull(rand.Reader, b[:]); err != nil {
		return "", err
	}
	return fmt.Sprintf("%d:%s", ver, hex.EncodeToString(b[:])), nil
}

// Rotate appends a new random master key to the key file at path (created, mode 0600,
// when missing) with the next version, and returns that version. Reload the keyring
// (LoadKeyring) and run Store.Reencrypt to rewrap the existing secrets under it.
func Rotate(path string) (int, error) {
	next := 1
	old, err := os.ReadFile(path)
	switch {
	case err == nil:
		k, err := ParseKeyring(string(old))
		if err != nil && !errors.Is(err, ErrNoMasterKey) {
			return 0, fmt.Errorf("%w (file %s)", err, path)
		}
		if k != nil {
			next = k.Current() + 1
		}
	case errors.Is(err, os.ErrNotExist):
	default:
		return 0, fmt.Errorf("sms: master key file: %w", err)
	}
	line, err := NewMasterKeyLine(next)
	if err != nil {
		return 0, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return 0, fmt.Errorf("sms: master key file: %w", err)
	}
	prefix := ""
	if len(old) > 0 && old[len(old)-1] != '\n' {
		prefix = "\n"
	}
	if _, err := f.WriteString(prefix + line + "\n"); err != nil {
		f.Close()
		return 0, fmt.Errorf("sms: master key file: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return 0, err
	}
	return next, f.Close()
}

// Current is the current (highest) key version.
func (k *Keyring) Current() int {
	k.mu.RLock()
	defer k.mu.RUnlock()
	return k.current
}

// Versions lists the key versions, ascending.
func (k *Keyring) Versions() []int {
	k.mu.RLock()
	defer k.mu.RUnlock()
	out := make([]int, 0, len(k.keys))
	for v := range k.keys {
		out = append(out, v)
	}
	sort.Ints(out)
	return out
}

// AAD is the additional data that binds a secret's ciphertext to its row: a ciphertext
// moved to another kind, owner or name does not decrypt.
func AAD(kind string, owner common.Address, name string) []byte {
	return []byte("poco-sms-secret-v1\x00" + kind + "\x00" + strings.ToLower(owner.Hex()) + "\x00" + name)
}

// Encrypt encrypts plain under the current key with aad; it returns the ciphertext (with
// its tag), the nonce and the key version.
func (k *Keyring) Encrypt(plain, aad []byte) (ciphertext, nonce []byte, version int, err error) {
	k.mu.RLock()
	ver := k.current
	g := k.keys[ver]
	k.mu.RUnlock()
	if g == nil {
		return nil, nil, 0, ErrNoMasterKey
	}
	nonce = make([]byte, g.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, nil, 0, err
	}
	return g.Seal(nil, nonce, plain, aad), nonce, ver, nil
}

// Decrypt opens a ciphertext made by Encrypt under key version.
func (k *Keyring) Decrypt(version int, ciphertext, nonce, aad []byte) ([]byte, error) {
	k.mu.RLock()
	g := k.keys[version]
	k.mu.RUnlock()
	if g == nil {
		return nil, fmt.Errorf("%w: version %d", ErrKeyVersion, version)
	}
	if len(nonce) != g.NonceSize() {
		return nil, ErrDecrypt
	}
	p, err := g.Open(nil, nonce, ciphertext, aad)
	if err != nil {
		return nil, ErrDecrypt
	}
	return p, nil
}
