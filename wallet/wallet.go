// Package wallet keeps the keys of Poco accounts in Ethereum keystore v3 files, the format
// geth writes and MetaMask imports. It guarantees that:
//
//   - every key it writes is encrypted by go-ethereum's accounts/keystore (scrypt with
//     geth's standard parameters unless LightScrypt is asked for), in a file named like
//     geth's (UTC--<time>--<address>) that only its owner can read (mode 0600), in a
//     directory it creates readable by its owner only (mode 0700); the file is written to
//     a temporary name and renamed, so a reader never sees half of one;
//   - a key is created from the operating system's randomness, imported from a private key,
//     or derived from a BIP-39 mnemonic on the standard Ethereum path m/44'/60'/0'/0/index,
//     so the same mnemonic gives the same addresses as MetaMask, Ledger, geth or Foundry;
//   - an address has at most one key file written by this package: importing a key that is
//     already there is refused;
//   - a private key, a mnemonic or a password never appears in an error message; a
//     malformed mnemonic is reported by what is wrong with it (word count, unknown word,
//     checksum) and a wrong password as ErrWrongPassword.
//
// Passwords are read by ReadPassword from a file, the POCO_PASSWORD environment variable or
// a prompt on a terminal.
package wallet

import (
	"github.com/pocolabs/poco/internal/atomicfile"

	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// Account is a key in a keystore directory.
type Account struct {
	Address common.Address `json:"address"`
	// Path is the keystore file holding the encrypted key.
	Path string `json:"path"`
}

var (
	// ErrNoKey is returned (wrapped, naming the address and the directory) when a keystore
	// directory holds no key for an address.
	ErrNoKey = errors.New("no key")
	// ErrWrongPassword is returned (wrapped, naming the address) when a password does not
	// decrypt a key.
	ErrWrongPassword = errors.New("wrong password")
	// ErrKeyExists is returned (wrapped) when importing a key whose address already has a
	// file in the directory.
	ErrKeyExists = errors.New("key already in the keystore")
	// ErrEmptyPassword is returned when a new key would be protected by an empty password.
	ErrEmptyPassword = errors.New("empty password refused: a keystore file is only as safe as its password")
)

// Option changes how keys are written.
type Option func(*options)

type options struct {
	scryptN, scryptP int
}

func newOptions(opts []Option) options {
	o := options{scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// LightScrypt encrypts new keys with geth's light scrypt parameters (4 MB of memory, a few
// milliseconds, like geth's --lightkdf) instead of the standard ones (256 MB, about a
// second): for tests and throwaway development accounts only, since it makes a stolen
// file's password far cheaper to guess.
func LightScrypt() Option {
	return func(o *options) { o.scryptN, o.scryptP = keystore.LightScryptN, keystore.LightScryptP }
}

// Create generates a new key and writes it, encrypted with password, in dir.
func Create(dir, password string, opts ...Option) (Account, error) {
	if password == "" {
		return Account{}, ErrEmptyPassword
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		return Account{}, fmt.Errorf("generating a key: %w", err)
	}
	return store(dir, key, password, newOptions(opts))
}

// ImportKey writes key, encrypted with password, in dir. It refuses a key whose address
// already has a file in dir (ErrKeyExists).
func ImportKey(dir string, key *ecdsa.PrivateKey, password string, opts ...Option) (Account, error) {
	if key == nil {
		return Account{}, errors.New("no private key to import")
	}
	if password == "" {
		return Account{}, ErrEmptyPassword
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	switch existing, err := Find(dir, addr); {
	case err == nil:
		return Account{}, fmt.Errorf("%w: %s is already in %s (file %s): not importing it again",
			ErrKeyExists, addr.Hex(), dir, filepath.Base(existing.Path))
	case !errors.Is(err, ErrNoKey):
		return Account{}, err
	}
	return store(dir, key, password, newOptions(opts))
}

// ImportMnemonic derives the key at m/44'/60'/0'/0/index from a BIP-39 mnemonic (English
// word list) and its optional passphrase, and imports it as ImportKey does.
func ImportMnemonic(dir, mnemonic, passphrase string, index uint32, password string, opts ...Option) (Account, error) {
	key, err := DeriveKey(mnemonic, passphrase, index)
	if err != nil {
		return Account{}, err
	}
	return ImportKey(dir, key, password, opts...)
}

// KeystoreAddress reads the address a keystore v3 file (its content, data) says it holds,
// before any password is asked: the file is not checked further than its form. It fails,
// saying what is wrong, for anything that is not a keystore v3 file.
func KeystoreAddress(data []byte) (common.Address, error) {
	var f struct {
		Address string          `json:"address"`
		Version json.RawMessage `json:"version"`
		Crypto  json.RawMessage `json:"crypto"` // "Crypto" in some files; json matches either
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return common.Address{}, fmt.Errorf("not a keystore file (want the JSON of an Ethereum keystore v3 file, as geth, MetaMask, ethers or Foundry write it): %v", err)
	}
	if f.Crypto == nil {
		return common.Address{}, errors.New(`not a keystore file: it has no "crypto" object (want an Ethereum keystore v3 file)`)
	}
	if string(f.Version) != "3" {
		return common.Address{}, fmt.Errorf("keystore file version %s: only version 3 files can be imported", f.Version)
	}
	if f.Address == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(f.Address) {
		return common.Address{}, fmt.Errorf("the keystore file's address %q is not an address", f.Address)
	}
	return common.HexToAddress(f.Address), nil
}

// ImportKeystore copies a keystore v3 file (its content, data) into dir, keeping its
// encryption, once password has decrypted it. It refuses a file that password does not
// decrypt (ErrWrongPassword), a file that says it holds another address than its key's,
// and a key whose address already has a file in dir (ErrKeyExists). A file without an
// "address" field (some tools leave it out) gets one, so that it can be found.
func ImportKeystore(dir string, data []byte, password string) (Account, error) {
	said, err := KeystoreAddress(data)
	if err != nil {
		return Account{}, err
	}
	key, err := keystore.DecryptKey(data, password)
	switch {
	case errors.Is(err, keystore.ErrDecrypt):
		return Account{}, fmt.Errorf("%w: it does not decrypt the keystore file", ErrWrongPassword)
	case err != nil:
		return Account{}, fmt.Errorf("the keystore file cannot be decrypted: %v", err)
	case said != (common.Address{}) && key.Address != said:
		return Account{}, fmt.Errorf("the keystore file says it holds %s but holds the key of %s: not importing it", said.Hex(), key.Address.Hex())
	}
	addr := key.Address
	switch existing, err := Find(dir, addr); {
	case err == nil:
		return Account{}, fmt.Errorf("%w: %s is already in %s (file %s): not importing it again",
			ErrKeyExists, addr.Hex(), dir, filepath.Base(existing.Path))
	case !errors.Is(err, ErrNoKey):
		return Account{}, err
	}
	if said == (common.Address{}) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			return Account{}, err
		}
		m["address"], _ = json.Marshal(hex.EncodeToString(addr[:]))
		if data, err = json.Marshal(m); err != nil {
			return Account{}, err
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Account{}, fmt.Errorf("creating keystore directory: %w", err)
	}
	path := filepath.Join(dir, keyFileName(addr, time.Now()))
	if err := writeFileAtomic(path, data); err != nil {
		return Account{}, fmt.Errorf("writing key file: %w", err)
	}
	return Account{Address: addr, Path: path}, nil
}

// ParsePrivateKey reads a private key written as 64 hexadecimal digits, with or without a
// 0x prefix, surrounding white space ignored. Its errors never quote the text.
func ParsePrivateKey(text string) (*ecdsa.PrivateKey, error) {
	s := strings.TrimSpace(text)
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s = s[2:]
	}
	const want = "want 64 hexadecimal digits (32 bytes), optionally prefixed by 0x"
	if s == "" {
		return nil, fmt.Errorf("the private key is empty: %s", want)
	}
	if len(s) != 64 {
		return nil, fmt.Errorf("the private key has %d characters: %s", len(s), want)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("the private key is not hexadecimal: %s", want)
	}
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, errors.New("the private key is not a valid secp256k1 key: it must be above zero and below the curve order")
	}
	return key, nil
}

// List returns the accounts of the keystore files in dir, sorted by file name (for files
// named like geth's, the order of creation). Files that are not keystore files are
// skipped; a missing directory holds no accounts.
func List(dir string) ([]Account, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading keystore directory: %w", err)
	}
	var accounts []Account
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || !e.Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, name)
		addr, ok := keyFileAddress(path)
		if !ok {
			continue
		}
		accounts = append(accounts, Account{Address: addr, Path: path})
	}
	sort.Slice(accounts, func(i, j int) bool { return accounts[i].Path < accounts[j].Path })
	return accounts, nil
}

// keyFileAddress reads the address a keystore file says it holds, as geth does (the key
// itself is only checked when decrypted).
func keyFileAddress(path string) (common.Address, bool) {
	data, err := os.ReadFile(path)
	if err != nil || len(data) > 1<<20 {
		return common.Address{}, false
	}
	var f struct {
		Address string          `json:"address"`
		Crypto  json.RawMessage `json:"crypto"` // "Crypto" in old files; json matches either
	}
	if json.Unmarshal(data, &f) != nil || !common.IsHexAddress(f.Address) || f.Crypto == nil {
		return common.Address{}, false
	}
	return common.HexToAddress(f.Address), true
}

// Find returns the account of addr in dir: ErrNoKey if there is none, an error if there
// are several files for it.
func Find(dir string, addr common.Address) (Account, error) {
	accounts, err := List(dir)
	if err != nil {
		return Account{}, err
	}
	var found []Account
	for _, a := range accounts {
		if a.Address == addr {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 0:
		return Account{}, fmt.Errorf("%w for %s in %s: create one with `poco wallet create` or import one",
			ErrNoKey, addr.Hex(), dir)
	case 1:
		return found[0], nil
	}
	names := make([]string, len(found))
	for i, a := range found {
		names[i] = filepath.Base(a.Path)
	}
	return Account{}, fmt.Errorf("%d files in %s hold a key for %s (%s): keep one of them",
		len(found), dir, addr.Hex(), strings.Join(names, ", "))
}

// Unlock decrypts the key of addr in dir with password. It returns ErrNoKey if dir holds
// no key for addr and ErrWrongPassword if the password does not decrypt it.
func Unlock(dir string, addr common.Address, password string) (*ecdsa.PrivateKey, error) {
	account, err := Find(dir, addr)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(account.Path)
	if err != nil {
		return nil, fmt.Errorf("reading key file: %w", err)
	}
	key, err := keystore.DecryptKey(data, password)
	switch {
	case errors.Is(err, keystore.ErrDecrypt):
		return nil, fmt.Errorf("%w for %s", ErrWrongPassword, addr.Hex())
	case err != nil:
		return nil, fmt.Errorf("key file %s cannot be read: %v", account.Path, err)
	case key.Address != addr:
		return nil, fmt.Errorf("key file %s says it holds %s but holds the key of %s", account.Path, addr.Hex(), key.Address.Hex())
	}
	return key.PrivateKey, nil
}

// store encrypts key and writes it in dir under a geth-style name.
func store(dir string, key *ecdsa.PrivateKey, password string, o options) (Account, error) {
	id, err := uuid.NewRandom()
	if err != nil {
		return Account{}, fmt.Errorf("generating a key id: %w", err)
	}
	k := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	data, err := keystore.EncryptKey(k, password, o.scryptN, o.scryptP)
	if err != nil {
		return Account{}, fmt.Errorf("encrypting the key: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Account{}, fmt.Errorf("creating keystore directory: %w", err)
	}
	path := filepath.Join(dir, keyFileName(k.Address, time.Now()))
	if err := writeFileAtomic(path, data); err != nil {
		return Account{}, fmt.Errorf("writing key file: %w", err)
	}
	return Account{Address: k.Address, Path: path}, nil
}

// keyFileName is geth's name for a key file: UTC--<ISO 8601 time with - for :>--<address>.
func keyFileName(addr common.Address, t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("UTC--%04d-%02d-%02dT%02d-%02d-%02d.%09dZ--%s",
		t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(),
		hex.EncodeToString(addr[:]))
}

// writeFileAtomic writes data, readable by its owner only, to a hidden temporary file
// next to path and renames it to path, which must not exist.
func writeFileAtomic(path string, data []byte) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists", path)
	}
	return atomicfile.Write(path, data, 0o600)
}
