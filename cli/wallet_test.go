package cli

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/wallet"
)

const (
	walletTestMnemonic = "test test test test test test test test test test test junk"
	walletTestAddr0    = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	walletTestAddr1    = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	walletTestKey0     = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
)

// walletTestEnv isolates a test from the user's configuration and keystore, makes keys
// with light scrypt, has no terminal, and returns a fresh keystore directory (not created).
func walletTestEnv(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("POCO_HOME", home)
	for _, env := range []string{EnvConfig, EnvRPC, EnvHub, EnvKeystore, EnvAccount, EnvPasswordFile, EnvSMS, wallet.EnvPassword} {
		t.Setenv(env, "")
	}
	oldOptions, oldTerminal := walletOptions, walletTerminal
	walletOptions = []wallet.Option{wallet.LightScrypt()}
	walletTerminal = func(string) (string, error) { return "", wallet.ErrNoTerminal }
	t.Cleanup(func() { walletOptions, walletTerminal = oldOptions, oldTerminal })
	return filepath.Join(home, "keys")
}

// runPoco runs the root command in-process with stdin and returns its output.
func runPoco(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := NewRootCommand()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetArgs(args)
	err = cmd.Execute()
	return out.String(), errOut.String(), err
}

func writeTestFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestWalletCLICreate(t *testing.T) {
	dir := walletTestEnv(t)
	t.Setenv(wallet.EnvPassword, "hunter22")

	out, _, err := runPoco(t, "", "wallet", "create", "--keystore", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var created struct{ Address, Path string }
	if err := json.Unmarshal([]byte(out), &created); err != nil || created.Address == "" || created.Path == "" {
		t.Fatalf("create --json printed %q (%v), want {\"address\", \"path\"}", out, err)
	}
	if filepath.Dir(created.Path) != dir {
		t.Errorf("file %s is not in the keystore %s", created.Path, dir)
	}

	// go-ethereum decrypts the file, to the printed address; the key itself was not printed.
	data, err := os.ReadFile(created.Path)
	if err != nil {
		t.Fatal(err)
	}
	key, err := keystore.DecryptKey(data, "hunter22")
	if err != nil {
		t.Fatalf("go-ethereum cannot decrypt %s: %v", created.Path, err)
	}
	if key.Address.Hex() != created.Address {
		t.Errorf("file holds %s, create printed %s", key.Address.Hex(), created.Address)
	}
	if strings.Contains(out, hex.EncodeToString(crypto.FromECDSA(key.PrivateKey))) {
		t.Error("create printed the private key")
	}

	// Without --json: the address and the file, for people; the keystore from the environment.
	t.Setenv(EnvKeystore, dir)
	out, _, err = runPoco(t, "", "wallet", "create")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Address:") || !strings.Contains(out, "File:") || !strings.Contains(out, dir) {
		t.Errorf("create printed %q", out)
	}

	// The password file comes first; an empty one is refused.
	pwFile := writeTestFile(t, "pw", "from-file\n")
	out, _, err = runPoco(t, "", "wallet", "create", "--password-file", pwFile, "--json")
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal([]byte(out), &created)
	data, _ = os.ReadFile(created.Path)
	if _, err := keystore.DecryptKey(data, "from-file"); err != nil {
		t.Errorf("key not encrypted with the password file's password: %v", err)
	}
	_, _, err = runPoco(t, "", "wallet", "create", "--password-file", writeTestFile(t, "empty", ""))
	if err == nil || !strings.Contains(err.Error(), "empty password refused") {
		t.Errorf("empty password file: %v", err)
	}
}

func TestWalletCLINoPassword(t *testing.T) {
	dir := walletTestEnv(t)
	_, _, err := runPoco(t, "", "wallet", "create", "--keystore", dir)
	if err == nil {
		t.Fatal("create without any password source succeeded")
	}
	for _, way := range []string{"--password-file", "POCO_PASSWORD", "terminal"} {
		if !strings.Contains(err.Error(), way) {
			t.Errorf("error %q does not name %s", err, way)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files written without a password: %v", entries)
	}
}

func TestWalletCLIImport(t *testing.T) {
	dir := walletTestEnv(t)
	t.Setenv(wallet.EnvPassword, "pw")
	mnemonicFile := writeTestFile(t, "mnemonic", walletTestMnemonic+"\n")

	out, _, err := runPoco(t, "", "wallet", "import", "--keystore", dir, "--mnemonic-file", mnemonicFile)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, walletTestAddr0) || !strings.Contains(out, "m/44'/60'/0'/0/0") {
		t.Errorf("import of the test mnemonic printed %q, want %s and its path", out, walletTestAddr0)
	}
	if strings.Contains(out, walletTestKey0) || strings.Contains(out, "junk") {
		t.Errorf("import printed the key or the mnemonic: %q", out)
	}

	// From standard input, another index, JSON.
	out, _, err = runPoco(t, walletTestMnemonic, "wallet", "import", "--keystore", dir, "--mnemonic-file", "-", "--index", "1", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var imported struct{ Address, Path, DerivationPath string }
	if err := json.Unmarshal([]byte(out), &imported); err != nil || imported.Address != walletTestAddr1 || imported.DerivationPath != "m/44'/60'/0'/0/1" {
		t.Errorf("import --index 1 --json printed %q (%v)", out, err)
	}

	// The same key again, now as a private key: refused, naming the address.
	_, _, err = runPoco(t, "0x"+walletTestKey0+"\n", "wallet", "import", "--keystore", dir, "--private-key-file", "-")
	if err == nil || !strings.Contains(err.Error(), walletTestAddr0) || !strings.Contains(err.Error(), "already in the keystore") {
		t.Errorf("second import of %s: %v", walletTestAddr0, err)
	}

	// A private key from a file, into another keystore.
	other := filepath.Join(t.TempDir(), "other")
	out, _, err = runPoco(t, "", "wallet", "import", "--keystore", other, "--private-key-file", writeTestFile(t, "key", walletTestKey0))
	if err != nil || !strings.Contains(out, walletTestAddr0) {
		t.Errorf("import --private-key-file: %q, %v", out, err)
	}
	if _, err := wallet.Unlock(other, common.HexToAddress(walletTestAddr0), "pw"); err != nil {
		t.Errorf("imported key does not unlock: %v", err)
	}

	// A passphrase gives another account.
	out, _, err = runPoco(t, "", "wallet", "import", "--keystore", other, "--mnemonic-file", mnemonicFile,
		"--passphrase-file", writeTestFile(t, "passphrase", "extra words\n"), "--json")
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal([]byte(out), &imported)
	if imported.Address == walletTestAddr0 || imported.Address == "" {
		t.Errorf("the passphrase was ignored: %q", out)
	}
}

func TestWalletCLIImportErrors(t *testing.T) {
	dir := walletTestEnv(t)
	t.Setenv(wallet.EnvPassword, "pw")
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"nothing", "", nil, "nothing to import"},
		{"key as argument", "", []string{walletTestKey0}, "takes no arguments"},
		{"both", "", []string{"--private-key-file", "-", "--mnemonic-file", "x"}, "not several"},
		{"index with key", "", []string{"--private-key-file", "-", "--index", "2"}, "--mnemonic-file only"},
		{"unknown word", "test test xyz test test test test test test test test junk", []string{"--mnemonic-file", "-"},
			`word 3, "xyz", is not in the BIP-39 English word list`},
		{"word count", "test test test junk", []string{"--mnemonic-file", "-"}, "it has 4 words; a BIP-39 mnemonic has 12, 15, 18, 21 or 24"},
		{"checksum", strings.Repeat("abandon ", 12), []string{"--mnemonic-file", "-"}, "bad checksum"},
		{"short key", walletTestKey0[:40], []string{"--private-key-file", "-"}, "the private key has 40 characters"},
		{"missing file", "", []string{"--mnemonic-file", filepath.Join(dir, "nope")}, "reading the mnemonic"},
	} {
		args := append([]string{"wallet", "import", "--keystore", dir}, tc.args...)
		_, _, err := runPoco(t, tc.stdin, args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one saying %q", tc.name, err, tc.want)
			continue
		}
		if strings.Contains(err.Error(), walletTestKey0[:20]) {
			t.Errorf("%s: the error quotes the key: %v", tc.name, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files written by failed imports: %v", entries)
	}
}

func TestWalletCLIList(t *testing.T) {
	dir := walletTestEnv(t)
	t.Setenv(wallet.EnvPassword, "pw")

	// An empty (here missing) keystore: a hint, no error.
	out, errOut, err := runPoco(t, "", "wallet", "list", "--keystore", dir)
	if err != nil || out != "" || !strings.Contains(errOut, "no keys in "+dir) {
		t.Errorf("list of an empty keystore: out %q, stderr %q, err %v", out, errOut, err)
	}
	out, _, err = runPoco(t, "", "wallet", "list", "--keystore", dir, "--json")
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("list --json of an empty keystore: %q, %v", out, err)
	}

	mnemonicFile := writeTestFile(t, "mnemonic", walletTestMnemonic)
	for _, index := range []string{"0", "1"} {
		if _, _, err := runPoco(t, "", "wallet", "import", "--keystore", dir, "--mnemonic-file", mnemonicFile, "--index", index); err != nil {
			t.Fatal(err)
		}
	}
	out, _, err = runPoco(t, "", "wallet", "list", "--keystore", dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "ADDRESS") || !strings.Contains(out, walletTestAddr0) || !strings.Contains(out, walletTestAddr1) {
		t.Errorf("list printed %q", out)
	}
	out, _, err = runPoco(t, "", "wallet", "list", "--keystore", dir, "--json")
	var accounts []struct{ Address, Path string }
	if err != nil || json.Unmarshal([]byte(out), &accounts) != nil || len(accounts) != 2 || accounts[0].Path == "" {
		t.Errorf("list --json printed %q (%v)", out, err)
	}
}

func TestWalletCLIShow(t *testing.T) {
	dir := walletTestEnv(t)
	t.Setenv(wallet.EnvPassword, "pw")
	if _, _, err := runPoco(t, walletTestKey0, "wallet", "import", "--keystore", dir, "--private-key-file", "-"); err != nil {
		t.Fatal(err)
	}

	// The account from --from; no key printed.
	out, errOut, err := runPoco(t, "", "wallet", "show", "--keystore", dir, "--from", walletTestAddr0)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, walletTestAddr0) || !strings.Contains(out, dir) || strings.Contains(out+errOut, walletTestKey0) {
		t.Errorf("show printed %q, stderr %q", out, errOut)
	}
	// The account as an argument, lower case, JSON.
	out, _, err = runPoco(t, "", "wallet", "show", strings.ToLower(walletTestAddr0), "--keystore", dir, "--json")
	var shown map[string]string
	if err != nil || json.Unmarshal([]byte(out), &shown) != nil || shown["address"] != walletTestAddr0 || shown["path"] == "" || shown["privateKey"] != "" {
		t.Errorf("show --json printed %q (%v)", out, err)
	}

	// --private-key: the key, with a warning on stderr.
	out, errOut, err = runPoco(t, "", "wallet", "show", walletTestAddr0, "--keystore", dir, "--private-key")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "0x"+walletTestKey0) || !strings.Contains(errOut, "WARNING") {
		t.Errorf("show --private-key printed %q, stderr %q", out, errOut)
	}
	out, _, err = runPoco(t, "", "wallet", "show", walletTestAddr0, "--keystore", dir, "--private-key", "--json")
	if err != nil || json.Unmarshal([]byte(out), &shown) != nil || shown["privateKey"] != "0x"+walletTestKey0 {
		t.Errorf("show --private-key --json printed %q (%v)", out, err)
	}

	// Wrong password.
	t.Setenv(wallet.EnvPassword, "not it")
	out, _, err = runPoco(t, "", "wallet", "show", walletTestAddr0, "--keystore", dir, "--private-key")
	if err == nil || err.Error() != "wrong password for "+walletTestAddr0 || strings.Contains(out, walletTestKey0) {
		t.Errorf("wrong password: out %q, err %v", out, err)
	}
	// An address without a key; a missing keystore.
	_, _, err = runPoco(t, "", "wallet", "show", walletTestAddr1, "--keystore", dir)
	if err == nil || err.Error() != "no key for "+walletTestAddr1+" in "+dir+": create one with `poco wallet create` or import one" {
		t.Errorf("unknown address: %v", err)
	}
	missing := filepath.Join(t.TempDir(), "missing")
	_, _, err = runPoco(t, "", "wallet", "show", walletTestAddr0, "--keystore", missing, "--private-key")
	if err == nil || !strings.Contains(err.Error(), "no key for "+walletTestAddr0+" in "+missing) {
		t.Errorf("missing keystore: %v", err)
	}
	// No account at all; not an address.
	_, _, err = runPoco(t, "", "wallet", "show", "--keystore", dir)
	if err == nil || !strings.Contains(err.Error(), "which account?") {
		t.Errorf("no account: %v", err)
	}
	_, _, err = runPoco(t, "", "wallet", "show", "0x1234", "--keystore", dir)
	if err == nil || !strings.Contains(err.Error(), `"0x1234" is not an address`) {
		t.Errorf("bad address: %v", err)
	}
}

func TestWalletCLIDefaultKeystore(t *testing.T) {
	walletTestEnv(t)
	t.Setenv(wallet.EnvPassword, "pw")
	out, _, err := runPoco(t, "", "wallet", "create", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var created struct{ Path string }
	json.Unmarshal([]byte(out), &created)
	want := filepath.Join(os.Getenv("POCO_HOME"), "keystore")
	if filepath.Dir(created.Path) != want {
		t.Errorf("key written in %s, want the default keystore %s", filepath.Dir(created.Path), want)
	}
}

// A devnet writes its dev keystore and the dev keys' password into the configuration file:
// `poco wallet create` must still put a user's key in the user's keystore, encrypted with
// the user's password, and other commands must find it there and never try the devnet's
// password on it.
func TestWalletCreateNeverUsesTheDevnetsKeystoreOrPassword(t *testing.T) {
	walletTestEnv(t)
	home := os.Getenv("POCO_HOME")
	devKeys := filepath.Join(t.TempDir(), "devnet-keystore")
	devPassword := writeTestFile(t, "devnet-password", "the devnet's password\n")
	if _, err := wallet.ImportKey(devKeys, mustKey(t, walletTestKey0), "the devnet's password", wallet.LightScrypt()); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(home, "config.json")
	if err := os.WriteFile(cfg, []byte(`{"rpc":"http://127.0.0.1:1","chainId":1,"contracts":{"hub":"0x0000000000000000000000000000000000000001"},`+
		`"keystore":"`+devKeys+`","account":"`+walletTestAddr0+`","passwordFile":"`+devPassword+`"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	mine := writeTestFile(t, "mine", "my own password\n")
	out, _, err := runPoco(t, "", "wallet", "create", "--password-file", mine, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var created struct{ Address, Path string }
	if err := json.Unmarshal([]byte(out), &created); err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(created.Path) != filepath.Join(home, "keystore") {
		t.Errorf("the new key went to %s, want the user keystore %s", created.Path, filepath.Join(home, "keystore"))
	}
	if _, err := wallet.Unlock(filepath.Join(home, "keystore"), common.HexToAddress(created.Address), "my own password"); err != nil {
		t.Errorf("the new key is not encrypted with the user's password: %v", err)
	}
	// Without a password file of its own, the devnet's is not tried on the user's key.
	if _, _, err := runPoco(t, "", "wallet", "show", created.Address, "--private-key"); err == nil || strings.Contains(err.Error(), "wrong password") {
		t.Errorf("showing the user's key without its password: %v; want a request for its password, not the devnet's tried", err)
	}
	if out, _, err := runPoco(t, "", "wallet", "show", created.Address, "--private-key", "--password-file", mine, "--json"); err != nil || !strings.Contains(out, "privateKey") {
		t.Errorf("showing the user's key with its password: %q, %v", out, err)
	}
	// The dev key still unlocks with the devnet's password, and both are listed.
	if _, _, err := runPoco(t, "", "wallet", "show", walletTestAddr0, "--private-key"); err != nil {
		t.Errorf("the dev key with the devnet's password: %v", err)
	}
	out, _, err = runPoco(t, "", "wallet", "list")
	if err != nil || !strings.Contains(out, walletTestAddr0) || !strings.Contains(out, created.Address) {
		t.Errorf("wallet list: %q, %v; want both keys", out, err)
	}
}

func mustKey(t *testing.T, hexKey string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
