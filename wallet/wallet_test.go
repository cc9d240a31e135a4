package wallet

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // BIP-32 fingerprints are defined with RIPEMD-160
)

const (
	testMnemonic    = "test test test test test test test test test test test junk"
	abandonMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
)

func TestWalletMnemonicStandardAddresses(t *testing.T) {
	for _, tc := range []struct {
		mnemonic string
		index    uint32
		want     string
	}{
		{testMnemonic, 0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
		{testMnemonic, 1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
		{abandonMnemonic, 0, "0x9858EfFD232B4033E47d90003D41EC34EcaEda94"},
		// Case and spacing do not matter.
		{"  TEST test\ttest test test test test test test test test\njunk\n", 0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
	} {
		key, err := DeriveKey(tc.mnemonic, "", tc.index)
		if err != nil {
			t.Fatalf("DeriveKey(%q, %d): %v", tc.mnemonic, tc.index, err)
		}
		if got := crypto.PubkeyToAddress(key.PublicKey).Hex(); got != tc.want {
			t.Errorf("DeriveKey(%q, %d) = %s, want %s", tc.mnemonic, tc.index, got, tc.want)
		}
	}
	// Anvil's and Hardhat's first development key.
	key, _ := DeriveKey(testMnemonic, "", 0)
	if got := hex.EncodeToString(crypto.FromECDSA(key)); got != "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" {
		t.Errorf("first key of the test mnemonic = %s", got)
	}
	// A passphrase gives other keys.
	withPass, err := DeriveKey(abandonMnemonic, "TREZOR", 0)
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(withPass.PublicKey).Hex() == "0x9858EfFD232B4033E47d90003D41EC34EcaEda94" {
		t.Error("the passphrase was ignored")
	}
	if DerivationPath(7) != "m/44'/60'/0'/0/7" {
		t.Errorf("DerivationPath(7) = %s", DerivationPath(7))
	}
	if _, err := DeriveKey(testMnemonic, "", MaxIndex+1); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("index 2^31: err = %v", err)
	}
}

func TestWalletImportMnemonic(t *testing.T) {
	dir := t.TempDir()
	acct, err := ImportMnemonic(dir, testMnemonic, "", 0, "pw", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	if acct.Address.Hex() != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Errorf("address %s", acct.Address.Hex())
	}
	key, err := Unlock(dir, acct.Address, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(key.PublicKey) != acct.Address {
		t.Error("unlocked key has another address")
	}
	_, err = ImportMnemonic(dir, testMnemonic, "", 0, "pw", LightScrypt())
	if !errors.Is(err, ErrKeyExists) || !strings.Contains(err.Error(), acct.Address.Hex()) {
		t.Errorf("second import: err = %v, want ErrKeyExists naming the address", err)
	}
}

func TestWalletMnemonicErrors(t *testing.T) {
	for _, tc := range []struct {
		mnemonic string
		want     string
	}{
		{"", "empty"},
		{"test test test test test test test test test test junk", "it has 11 words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24"},
		{"test test test test test test test test test test test test test junk", "it has 14 words"},
		{"test test xyz test test test test test test test test junk", `word 3, "xyz", is not in the BIP-39 English word list`},
		{"test test test test test test test test test test test junkk", `word 12, "junkk", is not in the BIP-39 English word list (did you mean "junk"?)`},
		{"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon", "bad checksum"},
		{"junk test test test test test test test test test test test", "bad checksum"},
	} {
		err := ValidateMnemonic(tc.mnemonic)
		if !errors.Is(err, ErrInvalidMnemonic) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ValidateMnemonic(%q) = %v, want an ErrInvalidMnemonic saying %q", tc.mnemonic, err, tc.want)
		}
		if _, err := DeriveKey(tc.mnemonic, "", 0); !errors.Is(err, ErrInvalidMnemonic) {
			t.Errorf("DeriveKey(%q) = %v, want ErrInvalidMnemonic", tc.mnemonic, err)
		}
	}
	if err := ValidateMnemonic(abandonMnemonic); err != nil {
		t.Errorf("valid mnemonic refused: %v", err)
	}
}

// BIP-32 test vectors 1 and 2 (https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki),
// compared as serialized extended private keys: this checks keys, chain codes and the
// derivation of both hardened and normal children.
func TestWalletBIP32Vectors(t *testing.T) {
	const h = hardened
	for _, v := range []struct {
		seed  string
		path  []uint32
		xprvs []string // master, then after each step of path
	}{
		{
			seed: "000102030405060708090a0b0c0d0e0f",
			path: []uint32{0 + h, 1, 2 + h, 2, 1000000000},
			xprvs: []string{
				"xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
				"xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7",
				"xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs",
				"xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM",
				"xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334",
				"xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76",
			},
		},
		{
			seed: "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
			path: []uint32{0, 2147483647 + h, 1},
			xprvs: []string{
				"xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U",
				"xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt",
				"xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9",
				"xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef",
			},
		},
	} {
		seed, _ := hex.DecodeString(v.seed)
		k, err := masterKey(seed)
		if err != nil {
			t.Fatal(err)
		}
		if got := serializeXprv(k, 0, nil, 0); got != v.xprvs[0] {
			t.Errorf("seed %s: master = %s, want %s", v.seed, got, v.xprvs[0])
		}
		for depth, i := range v.path {
			parent := k
			if k, err = k.child(i); err != nil {
				t.Fatal(err)
			}
			if got := serializeXprv(k, byte(depth+1), &parent, i); got != v.xprvs[depth+1] {
				t.Errorf("seed %s: step %d = %s, want %s", v.seed, depth+1, got, v.xprvs[depth+1])
			}
		}
		// deriveBIP32 walks the same path.
		key, err := deriveBIP32(seed, v.path)
		if err != nil {
			t.Fatal(err)
		}
		if new(big.Int).Set(key.D).Cmp(k.key) != 0 {
			t.Errorf("seed %s: deriveBIP32 gives another key than the step by step walk", v.seed)
		}
	}
}

// serializeXprv writes an extended private key as BIP-32's base58check xprv string.
func serializeXprv(k extendedKey, depth byte, parent *extendedKey, index uint32) string {
	b := binary.BigEndian.AppendUint32(nil, 0x0488ADE4)
	b = append(b, depth)
	if parent == nil {
		b = append(b, 0, 0, 0, 0)
	} else {
		priv, _ := crypto.ToECDSA(parent.keyBytes())
		sha := sha256.Sum256(crypto.CompressPubkey(&priv.PublicKey))
		r := ripemd160.New()
		r.Write(sha[:])
		b = append(b, r.Sum(nil)[:4]...)
	}
	b = binary.BigEndian.AppendUint32(b, index)
	b = append(b, k.chainCode...)
	b = append(b, 0)
	b = append(b, k.keyBytes()...)
	sum1 := sha256.Sum256(b)
	sum2 := sha256.Sum256(sum1[:])
	b = append(b, sum2[:4]...)
	return base58(b)
}

func base58(b []byte) string {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	n := new(big.Int).SetBytes(b)
	var out []byte
	mod := new(big.Int)
	for n.Sign() > 0 {
		n.DivMod(n, big.NewInt(58), mod)
		out = append(out, alphabet[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

var gethName = regexp.MustCompile(`^UTC--\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{9}Z--([0-9a-f]{40})$`)

func TestWalletCreateIsReadByGoEthereum(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys", "store")
	acct, err := Create(dir, "correct horse", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	m := gethName.FindStringSubmatch(filepath.Base(acct.Path))
	if m == nil || m[1] != hex.EncodeToString(acct.Address[:]) {
		t.Errorf("file name %s is not geth's UTC--<time>--<address>", filepath.Base(acct.Path))
	}
	if filepath.Dir(acct.Path) != dir {
		t.Errorf("file %s is not in %s", acct.Path, dir)
	}
	if runtime.GOOS != "windows" {
		assertMode(t, acct.Path, 0o600)
		assertMode(t, dir, 0o700)
	}

	data, err := os.ReadFile(acct.Path)
	if err != nil {
		t.Fatal(err)
	}
	key, err := keystore.DecryptKey(data, "correct horse")
	if err != nil {
		t.Fatalf("go-ethereum cannot decrypt the file: %v", err)
	}
	if key.Address != acct.Address || crypto.PubkeyToAddress(key.PrivateKey.PublicKey) != acct.Address {
		t.Errorf("decrypted address %s, want %s", key.Address.Hex(), acct.Address.Hex())
	}
	if _, err := keystore.DecryptKey(data, "wrong"); !errors.Is(err, keystore.ErrDecrypt) {
		t.Errorf("go-ethereum with a wrong password: %v", err)
	}
	var v3 struct {
		Version int `json:"version"`
		Crypto  struct {
			KDF       string         `json:"kdf"`
			KDFParams map[string]any `json:"kdfparams"`
		} `json:"crypto"`
	}
	if err := json.Unmarshal(data, &v3); err != nil || v3.Version != 3 || v3.Crypto.KDF != "scrypt" {
		t.Errorf("not a keystore v3 scrypt file: %s", data)
	}

	// geth's own keystore finds the account in the directory and unlocks it.
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	if !ks.HasAddress(acct.Address) {
		t.Error("geth's keystore does not list the account")
	} else if err := ks.Unlock(ks.Accounts()[0], "correct horse"); err != nil {
		t.Errorf("geth's keystore cannot unlock it: %v", err)
	}

	// Unlock: right and wrong password.
	priv, err := Unlock(dir, acct.Address, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !priv.Equal(key.PrivateKey) {
		t.Error("Unlock gives another key")
	}
	_, err = Unlock(dir, acct.Address, "Correct horse")
	if !errors.Is(err, ErrWrongPassword) || err.Error() != "wrong password for "+acct.Address.Hex() {
		t.Errorf("wrong password: err = %v", err)
	}
}

func TestWalletStandardScrypt(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt takes 256 MB and about a second")
	}
	acct, err := Create(t.TempDir(), "pw")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(acct.Path)
	var f struct {
		Crypto struct {
			KDFParams struct{ N, P int } `json:"kdfparams"`
		} `json:"crypto"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if f.Crypto.KDFParams.N != keystore.StandardScryptN || f.Crypto.KDFParams.P != keystore.StandardScryptP {
		t.Errorf("scrypt n=%d p=%d, want geth's standard %d and %d", f.Crypto.KDFParams.N, f.Crypto.KDFParams.P,
			keystore.StandardScryptN, keystore.StandardScryptP)
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", path, got, want)
	}
}

func TestWalletImportKeyListFind(t *testing.T) {
	dir := t.TempDir()
	if accounts, err := List(filepath.Join(dir, "missing")); err != nil || len(accounts) != 0 {
		t.Errorf("List of a missing directory = %v, %v", accounts, err)
	}
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	acct, err := ImportKey(dir, key, "pw", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	if acct.Address != addr {
		t.Errorf("imported %s, want %s", acct.Address.Hex(), addr.Hex())
	}
	_, err = ImportKey(dir, key, "other", LightScrypt())
	if !errors.Is(err, ErrKeyExists) || !strings.Contains(err.Error(), addr.Hex()) || !strings.Contains(err.Error(), filepath.Base(acct.Path)) {
		t.Errorf("second import: %v", err)
	}
	created, err := Create(dir, "pw2", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	// Files that are not keys are ignored.
	os.WriteFile(filepath.Join(dir, "README"), []byte("not a key"), 0o600)
	os.WriteFile(filepath.Join(dir, "other.json"), []byte(`{"address":"nope"}`), 0o600)
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte(`{"address":"`+hex.EncodeToString(addr[:])+`","crypto":{}}`), 0o600)
	os.Mkdir(filepath.Join(dir, "sub"), 0o700)

	accounts, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(accounts) != 2 || accounts[0] != acct || accounts[1] != created {
		t.Errorf("List = %v, want [%v %v]", accounts, acct, created)
	}
	if got, err := Find(dir, created.Address); err != nil || got != created {
		t.Errorf("Find = %v, %v", got, err)
	}
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	_, err = Find(dir, other)
	want := "no key for " + other.Hex() + " in " + dir + ": create one with `poco wallet create` or import one"
	if !errors.Is(err, ErrNoKey) || err.Error() != want {
		t.Errorf("Find of an unknown address: %v, want %q", err, want)
	}
	if _, err := Unlock(filepath.Join(dir, "missing"), addr, "pw"); !errors.Is(err, ErrNoKey) {
		t.Errorf("Unlock in a missing directory: %v", err)
	}
	got, err := Unlock(dir, addr, "pw")
	if err != nil || !got.Equal(key) {
		t.Errorf("Unlock = %v", err)
	}
	// Two files for one address: ambiguous.
	data, _ := os.ReadFile(acct.Path)
	os.WriteFile(filepath.Join(dir, "copy"), data, 0o600)
	if _, err := Find(dir, addr); err == nil || !strings.Contains(err.Error(), "2 files") {
		t.Errorf("two files for one address: %v", err)
	}
}

func TestWalletEmptyPasswordRefused(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir, "", LightScrypt()); !errors.Is(err, ErrEmptyPassword) {
		t.Errorf("Create with an empty password: %v", err)
	}
	key, _ := crypto.GenerateKey()
	if _, err := ImportKey(dir, key, "", LightScrypt()); !errors.Is(err, ErrEmptyPassword) {
		t.Errorf("ImportKey with an empty password: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files written: %v", entries)
	}
}

func TestWalletParsePrivateKey(t *testing.T) {
	const hexKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	for _, s := range []string{hexKey, "0x" + hexKey, " 0x" + strings.ToUpper(hexKey) + "\n"} {
		key, err := ParsePrivateKey(s)
		if err != nil {
			t.Fatalf("ParsePrivateKey(%q): %v", s, err)
		}
		if crypto.PubkeyToAddress(key.PublicKey).Hex() != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
			t.Errorf("ParsePrivateKey(%q) gives another key", s)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"", "empty"},
		{hexKey[:60], "has 60 characters"},
		{"zz" + hexKey[2:], "not hexadecimal"},
		{strings.Repeat("0", 64), "not a valid secp256k1 key"},
		{strings.Repeat("f", 64), "not a valid secp256k1 key"},
	} {
		_, err := ParsePrivateKey(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParsePrivateKey(%q) = %v, want an error saying %q", tc.in, err, tc.want)
		}
		if err != nil && len(tc.in) > 8 && strings.Contains(err.Error(), tc.in[2:10]) {
			t.Errorf("error %q quotes the key", err)
		}
	}
}

func TestWalletReadPassword(t *testing.T) {
	t.Setenv(EnvPassword, "")
	dir := t.TempDir()
	file := filepath.Join(dir, "pw")
	os.WriteFile(file, []byte("s3cret \r\nsecond line\n"), 0o600)
	noTerminal := func(string) (string, error) { return "", ErrNoTerminal }
	typed := func(answers ...string) func(string) (string, error) {
		return func(string) (string, error) {
			a := answers[0]
			answers = answers[1:]
			return a, nil
		}
	}

	if pw, err := ReadPassword(PasswordOptions{File: file, Terminal: noTerminal}); err != nil || pw != "s3cret " {
		t.Errorf("from a file: %q, %v", pw, err)
	}
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, []byte("\n"), 0o600)
	if _, err := ReadPassword(PasswordOptions{File: empty, New: true}); !errors.Is(err, ErrEmptyPassword) {
		t.Errorf("empty file for a new key: %v", err)
	}
	if _, err := ReadPassword(PasswordOptions{File: filepath.Join(dir, "missing")}); err == nil || !strings.Contains(err.Error(), "password file") {
		t.Errorf("missing file: %v", err)
	}

	_, err := ReadPassword(PasswordOptions{Terminal: noTerminal})
	if !errors.Is(err, ErrNoPassword) {
		t.Fatalf("no source: %v", err)
	}
	for _, way := range []string{"--password-file", "POCO_PASSWORD", "terminal"} {
		if !strings.Contains(err.Error(), way) {
			t.Errorf("no-source error %q does not name %s", err, way)
		}
	}

	if pw, err := ReadPassword(PasswordOptions{Terminal: typed("typed")}); err != nil || pw != "typed" {
		t.Errorf("from the terminal: %q, %v", pw, err)
	}
	if pw, err := ReadPassword(PasswordOptions{New: true, Terminal: typed("new", "new")}); err != nil || pw != "new" {
		t.Errorf("new, confirmed: %q, %v", pw, err)
	}
	if _, err := ReadPassword(PasswordOptions{New: true, Terminal: typed("new", "nwe")}); err == nil || !strings.Contains(err.Error(), "differ") {
		t.Errorf("new, not confirmed: %v", err)
	}
	if _, err := ReadPassword(PasswordOptions{New: true, Terminal: typed("")}); !errors.Is(err, ErrEmptyPassword) {
		t.Errorf("new, empty: %v", err)
	}

	t.Setenv(EnvPassword, "from-env")
	if pw, err := ReadPassword(PasswordOptions{Terminal: noTerminal}); err != nil || pw != "from-env" {
		t.Errorf("from the environment: %q, %v", pw, err)
	}
	if pw, err := ReadPassword(PasswordOptions{File: file}); err != nil || pw != "s3cret " {
		t.Errorf("the file comes before the environment: %q, %v", pw, err)
	}
}
