package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/wallet"
)

// serveStorage runs `poco storage serve` with args on a free port until the test ends and
// returns its URL.
func serveStorage(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	lines, done, errOut := runDevnet(t, ctx, append([]string{"storage", "serve", "--listen", "127.0.0.1:0"}, args...)...)
	var url string
	select {
	case line := <-lines:
		m := regexp.MustCompile(`^Storage gateway on (http://\S+), store`).FindStringSubmatch(line)
		if m == nil {
			cancel()
			t.Fatalf("poco storage serve printed %q", line)
		}
		url = m[1]
	case err := <-done:
		cancel()
		t.Fatalf("poco storage serve stopped: %v (stderr %s)", err, errOut)
	case <-time.After(20 * time.Second):
		cancel()
		t.Fatal("poco storage serve did not start")
	}
	t.Cleanup(func() {
		cancel() // as SIGINT does
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("poco storage serve: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("poco storage serve did not stop")
		}
		var rest []string
		for l := range lines {
			rest = append(rest, l)
		}
		if !strings.Contains(strings.Join(rest, "\n"), "Stopping the storage gateway") {
			t.Errorf("poco storage serve did not say it stops: %q", rest)
		}
	})
	return url
}

func TestStoragePutGet(t *testing.T) {
	walletTestEnv(t)
	dir := filepath.Join(t.TempDir(), "store")
	url := serveStorage(t, "--dir", dir, "--max-upload", "100KB")

	// Health.
	resp, err := http.Get(url + "/health")
	if err != nil {
		t.Fatal(err)
	}
	var h storageHealth
	json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if resp.StatusCode != 200 || h.Status != "ok" || h.MaxUpload != 100000 || h.Signers != 0 {
		t.Fatalf("health: %s %+v", resp.Status, h)
	}

	// put a file: CID, size and sha256 printed, the CID the content's own.
	data := bytes.Repeat([]byte("poco storage "), 1000)
	file := writeTestFile(t, "data.txt", string(data))
	var put storedJSON
	pocoJSON(t, &put, "storage", "put", file, "--storage", url)
	want, _, _ := storage.Sum(bytes.NewReader(data))
	sum := sha256.Sum256(data)
	if put.CID != want.String() || put.Size != int64(len(data)) || put.Sha256 != "0x"+hex.EncodeToString(sum[:]) ||
		put.Location != "/ipfs/"+want.String() || put.Packed {
		t.Fatalf("put printed %+v, want CID %s", put, want)
	}
	out := poco(t, "storage", "put", file, "--storage", url)
	for _, w := range []string{"CID", want.String(), "SHA-256", put.Sha256, strconv.Itoa(len(data)) + " bytes"} {
		if !strings.Contains(out, w) {
			t.Fatalf("put printed %q, want %q", out, w)
		}
	}

	// get it back, verified.
	dest := filepath.Join(t.TempDir(), "back.txt")
	var got storedJSON
	pocoJSON(t, &got, "storage", "get", put.CID, "-o", dest, "--storage", url)
	if b, _ := os.ReadFile(dest); !bytes.Equal(b, data) || got.Sha256 != put.Sha256 || got.Size != put.Size {
		t.Fatalf("get: %+v", got)
	}
	if out := poco(t, "storage", "get", "/ipfs/"+put.CID, "-o", "-", "--storage", url); out != string(data) {
		t.Fatal("get -o - printed other bytes")
	}

	// A folder is packed deterministically: the same content gives the same CID.
	mk := func() string {
		d := t.TempDir()
		os.MkdirAll(filepath.Join(d, "sub"), 0o755)
		os.WriteFile(filepath.Join(d, "a.txt"), []byte("a"), 0o600)
		os.WriteFile(filepath.Join(d, "sub", "b.txt"), []byte("b"), 0o644)
		return d
	}
	var p1, p2 storedJSON
	pocoJSON(t, &p1, "storage", "put", mk(), "--storage", url)
	time.Sleep(1100 * time.Millisecond) // other modification times
	pocoJSON(t, &p2, "storage", "put", mk(), "--storage", url)
	if !p1.Packed || p1.CID != p2.CID {
		t.Fatalf("folders: %+v and %+v", p1, p2)
	}

	// Over the gateway's limit: refused, saying what to do.
	big := writeTestFile(t, "big", strings.Repeat("x", 100001))
	pocoFails(t, []string{"object too large", "over 100000 bytes", "--max-upload"}, "storage", "put", big, "--storage", url)

	// Corrupt content in the store: the download is refused and nothing written.
	path := filepath.Join(dir, put.CID)
	os.Chmod(path, 0o644)
	bad := append([]byte(nil), data...)
	bad[10] ^= 1
	if err := os.WriteFile(path, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	dest2 := filepath.Join(t.TempDir(), "bad.txt")
	pocoFails(t, []string{"nothing written"}, "storage", "get", put.CID, "-o", dest2, "--storage", url)
	// Through the local store folder itself, the error names the mismatch.
	pocoFails(t, []string{"refused the download of " + put.CID, "does not match its CID"}, "storage", "get", put.CID, "-o", dest2, "--storage", dir)
	if _, err := os.Stat(dest2); !os.IsNotExist(err) {
		t.Fatalf("a corrupt download was written: %v", err)
	}
	// A gateway that lies.
	liar := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(bad)))
		w.Write(bad)
	}))
	defer liar.Close()
	pocoFails(t, []string{"refused the download", "does not match its CID"}, "storage", "get", put.CID, "-o", dest2, "--storage", liar.URL)
	if entries, _ := os.ReadDir(filepath.Dir(dest2)); len(entries) != 0 {
		t.Fatalf("files left after refused downloads: %v", entries)
	}

	// Bad input.
	pocoFails(t, []string{`"bafyNOPE" is not a CID`}, "storage", "get", "bafyNOPE", "--storage", url)
	absent, _, _ := storage.Sum(strings.NewReader("absent"))
	pocoFails(t, []string{"no object " + absent.String()}, "storage", "get", absent.String(), "-o", dest2, "--storage", url)
	pocoFails(t, []string{"--max-upload \"lots\" is not a size"}, "storage", "serve", "--max-upload", "lots")
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"1000": 1000, "1GiB": 1 << 30, "500MB": 500e6, "2 KiB": 2048, "10B": 10, "3g": 3 << 30} {
		if got, err := parseSize("--max-upload", in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "-1", "1.5GB", "GB", "9999999999TiB"} {
		if _, err := parseSize("--max-upload", in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

// A gateway with --auth: unsigned, wrongly signed and replayed uploads are refused, one
// signed by an allowed wallet accepted; `storage put` signs when the gateway asks.
func TestStorageServeAuth(t *testing.T) {
	keys := walletTestEnv(t)
	t.Setenv(wallet.EnvPassword, "pw-for-tests")
	t.Setenv(EnvKeystore, keys)
	newKey := func() common.Address {
		var v struct{ Address string }
		pocoJSON(t, &v, "wallet", "create")
		return common.HexToAddress(v.Address)
	}
	alice, bob := newKey(), newKey()
	url := serveStorage(t, "--dir", t.TempDir(), "--auth", alice.Hex())
	file := writeTestFile(t, "f", "authenticated content")

	// No account: the gateway asks for a signature, and put says how to give one.
	pocoFails(t, []string{"accepts only signed uploads", "--from"}, "storage", "put", file, "--storage", url)
	// Bob is not allowed.
	pocoFails(t, []string{bob.Hex() + " may not upload", "poco storage serve --auth"}, "storage", "put", file, "--storage", url, "--from", bob.Hex())
	// Alice is: signed when asked, or at once with --sign.
	var put storedJSON
	pocoJSON(t, &put, "storage", "put", file, "--storage", url, "--from", alice.Hex())
	if put.Signer != alice.Hex() {
		t.Fatalf("put: %+v", put)
	}
	pocoJSON(t, &put, "storage", "put", file, "--storage", url, "--from", alice.Hex(), "--sign")
	if put.Signer != alice.Hex() {
		t.Fatalf("put --sign: %+v", put)
	}
	// Downloads stay open.
	poco(t, "storage", "get", put.CID, "-o", filepath.Join(t.TempDir(), "x"), "--storage", url)

	// By hand: unsigned, signed by another key in alice's name, replayed.
	aliceKey, err := wallet.Unlock(keys, alice, "pw-for-tests")
	if err != nil {
		t.Fatal(err)
	}
	body := []byte("by hand")
	upload := func(h http.Header) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, url+"/ipfs", bytes.NewReader(body))
		for k, v := range h {
			req.Header[k] = v
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		msg, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(msg)
	}
	if code, msg := upload(http.Header{}); code != 401 || !strings.Contains(msg, "accepts only signed uploads") {
		t.Fatalf("unsigned: %d %q", code, msg)
	}
	other, _ := crypto.GenerateKey()
	forged := http.Header{}
	storage.SignUpload(forged, other, sha256.Sum256(body), time.Now())
	forged.Set(storage.HeaderUploadSigner, alice.Hex())
	if code, msg := upload(forged); code != 401 || !strings.Contains(msg, "signature is not "+alice.Hex()+"'s") {
		t.Fatalf("forged: %d %q", code, msg)
	}
	signed := http.Header{}
	storage.SignUpload(signed, aliceKey, sha256.Sum256(body), time.Now())
	if code, msg := upload(signed); code != 201 {
		t.Fatalf("signed: %d %q", code, msg)
	}
	if code, msg := upload(signed); code != 401 || !strings.Contains(msg, "already used") {
		t.Fatalf("replayed: %d %q", code, msg)
	}
}
