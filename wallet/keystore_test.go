package wallet

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// ImportKeystore copies a keystore file that its password decrypts, and refuses a wrong
// password, a duplicate, a lying address and other versions.
func TestWalletImportKeystore(t *testing.T) {
	key, err := DeriveKey(testMnemonic, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	data, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: addr, PrivateKey: key}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "keys")
	if _, err := ImportKeystore(dir, data, "nope"); !errors.Is(err, ErrWrongPassword) {
		t.Fatalf("wrong password: %v", err)
	}
	acct, err := ImportKeystore(dir, data, "pw")
	if err != nil || acct.Address != addr {
		t.Fatalf("import: %+v, %v", acct, err)
	}
	if got, _ := os.ReadFile(acct.Path); string(got) != string(data) {
		t.Fatal("the file was not copied as it is")
	}
	if _, err := ImportKeystore(dir, data, "pw"); !errors.Is(err, ErrKeyExists) {
		t.Fatalf("duplicate: %v", err)
	}

	// Without "address" (some tools leave it out): it gets one, and can be found.
	var m map[string]any
	json.Unmarshal(data, &m)
	delete(m, "address")
	bare, _ := json.Marshal(m)
	other := filepath.Join(t.TempDir(), "keys")
	if _, err := ImportKeystore(other, bare, "pw"); err != nil {
		t.Fatal(err)
	}
	if _, err := Unlock(other, addr, "pw"); err != nil {
		t.Fatalf("unlock after importing a file without address: %v", err)
	}

	// A file that says it holds another address.
	m["address"] = "70997970c51812dc3a010c7d01b50e0d17dc79c8"
	lying, _ := json.Marshal(m)
	if _, err := ImportKeystore(t.TempDir(), lying, "pw"); err == nil || !strings.Contains(err.Error(), "says it holds") {
		t.Fatalf("lying address: %v", err)
	}
	m["version"] = 1
	v1, _ := json.Marshal(m)
	if _, err := ImportKeystore(t.TempDir(), v1, "pw"); err == nil || !strings.Contains(err.Error(), "only version 3") {
		t.Fatalf("version 1: %v", err)
	}
}
