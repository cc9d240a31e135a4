package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/pocolabs/poco/wallet"
)

// writeTestKeystore writes the keystore v3 file of walletTestKey0, encrypted with
// password as another tool would (light scrypt), and returns its path and content.
func writeTestKeystore(t *testing.T, password string) (string, []byte) {
	t.Helper()
	key, err := crypto.HexToECDSA(walletTestKey0)
	if err != nil {
		t.Fatal(err)
	}
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	data, err := keystore.EncryptKey(k, password, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "exported.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path, data
}

// `poco wallet import --keystore-file FILE` copies a keystore file once its password
// decrypts it; a wrong password and a second import are refused.
func TestWalletCLIImportKeystore(t *testing.T) {
	dir := walletTestEnv(t)
	path, data := writeTestKeystore(t, "file password")

	// Wrong password: refused, nothing written.
	_, _, err := runPoco(t, "", "wallet", "import", "--keystore", dir, "--keystore-file", path,
		"--password-file", writeTestFile(t, "pw", "not it\n"))
	if err == nil || !strings.Contains(err.Error(), "wrong password") || !strings.Contains(err.Error(), "does not decrypt") {
		t.Fatalf("wrong password: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("files written by a failed import: %v", entries)
	}

	// Right password: the file is copied as it is, and unlocks with its own password.
	out, _, err := runPoco(t, "", "wallet", "import", "--keystore", dir, "--keystore-file", path,
		"--password-file", writeTestFile(t, "pw", "file password\n"), "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got walletAccountJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Address != walletTestAddr0 || filepath.Dir(got.Path) != dir {
		t.Fatalf("import printed %q (%v)", out, err)
	}
	copied, err := os.ReadFile(got.Path)
	if err != nil || string(copied) != string(data) {
		t.Fatalf("the imported file differs from the original (%v)", err)
	}
	if _, err := wallet.Unlock(dir, common.HexToAddress(walletTestAddr0), "file password"); err != nil {
		t.Fatalf("the imported key does not unlock with its password: %v", err)
	}

	// Again: refused, naming the address.
	_, _, err = runPoco(t, "", "wallet", "import", "--keystore", dir, "--keystore-file", path,
		"--password-file", writeTestFile(t, "pw", "file password\n"))
	if err == nil || !strings.Contains(err.Error(), walletTestAddr0) || !strings.Contains(err.Error(), "already in the keystore") {
		t.Fatalf("second import: %v", err)
	}

	// `--keystore FILE` names the file to import; the keys go to POCO_KEYSTORE.
	other := filepath.Join(t.TempDir(), "other")
	t.Setenv(EnvKeystore, other)
	t.Setenv(wallet.EnvPassword, "file password")
	out, _, err = runPoco(t, "", "wallet", "import", "--keystore", path)
	if err != nil || !strings.Contains(out, walletTestAddr0) || !strings.Contains(out, other) {
		t.Fatalf("import --keystore FILE: %q, %v", out, err)
	}

	// Not a keystore file.
	_, _, err = runPoco(t, "", "wallet", "import", "--keystore", dir, "--keystore-file", writeTestFile(t, "x.json", `{"version":3}`))
	if err == nil || !strings.Contains(err.Error(), "not a keystore file") {
		t.Fatalf("not a keystore: %v", err)
	}
}

// A mixed-case address with a wrong EIP-55 checksum is refused, with the right form;
// lower and upper case are taken.
func TestAddressChecksumCLI(t *testing.T) {
	right := walletTestAddr0 // 0xf39Fd6e5…
	wrong := "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	for _, v := range []string{right, strings.ToLower(right), "0x" + strings.ToUpper(right[2:])} {
		if a, err := parseAddress("--to", v); err != nil || a != common.HexToAddress(right) {
			t.Errorf("%s: %v", v, err)
		}
	}
	_, err := parseAddress("--to", wrong)
	if err == nil || !strings.Contains(err.Error(), "--to \""+wrong+"\" has a wrong EIP-55 checksum: did you mean "+right+"? or write it all lower case") {
		t.Fatalf("wrong checksum: %v", err)
	}

	// In an order file and on the command line.
	_, err = parseOrderFile([]byte(`{"app":"` + wrong + `","appprice":"1","volume":1}`))
	if err == nil || !strings.Contains(err.Error(), `field "app"`) || !strings.Contains(err.Error(), "did you mean "+right) {
		t.Fatalf("order file with a wrong checksum: %v", err)
	}
	walletTestEnv(t)
	_, _, err = runPoco(t, "", "order", "init", "app", wrong, "--price", "1", "--volume", "1")
	if err == nil || !strings.Contains(err.Error(), "wrong EIP-55 checksum") {
		t.Fatalf("poco order init app %s: %v", wrong, err)
	}
}
