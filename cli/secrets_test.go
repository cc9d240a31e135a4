package cli

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/result"
	schedapi "github.com/pocolabs/poco/scheduler/api"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/seal"
	"github.com/pocolabs/poco/worker/job"
)

func TestDatasetEncryptWritesCiphertextAndKeyThatDecryptIt(t *testing.T) {
	noChainEnv(t)
	dir := t.TempDir()
	plain := []byte(strings.Repeat("name,diagnosis\nalice,flu\n", 20))
	in := filepath.Join(dir, "patients.csv")
	if err := os.WriteFile(in, plain, 0o644); err != nil {
		t.Fatal(err)
	}

	var v datasetEncryptJSON
	runPocoJSON(t, &v, "dataset", "encrypt", in)
	if v.Encrypted != in+".enc" || v.KeyFile != in+".key" || v.Size != len(plain) {
		t.Fatalf("dataset encrypt --json: %+v", v)
	}
	enc, err := os.ReadFile(v.Encrypted)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(enc, []byte("alice,flu")) {
		t.Fatal("the encrypted file holds the plaintext")
	}
	if sum := sha256.Sum256(enc); v.Checksum != "0x"+hex.EncodeToString(sum[:]) || v.EncryptedSize != len(enc) {
		t.Fatalf("checksum %s, size %d: want the sha256 %x and size %d of the encrypted file", v.Checksum, v.EncryptedSize, sum, len(enc))
	}
	fi, err := os.Stat(v.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	keyText, _ := os.ReadFile(v.KeyFile)
	key, err := seal.ParseKey(string(keyText))
	if err != nil {
		t.Fatalf("key file %q: %v", keyText, err)
	}
	got, err := seal.DecryptDataset(key, enc)
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("decrypting with the key file: %v (got %d bytes, want %d)", err, len(got), len(plain))
	}

	t.Run("refuses to replace its outputs unless --force", func(t *testing.T) {
		wantError(t, []string{"dataset", "encrypt", in}, v.Encrypted+" exists", "--force")
		wantError(t, []string{"dataset", "encrypt", in, "--out", filepath.Join(dir, "other.enc")}, v.KeyFile+" exists", "--force")
		if after, _ := os.ReadFile(v.KeyFile); !bytes.Equal(after, keyText) {
			t.Fatal("a refused encrypt changed the key file")
		}
		runPocoJSON(t, &v, "dataset", "encrypt", in, "--force")
		if after, _ := os.ReadFile(v.KeyFile); bytes.Equal(after, keyText) {
			t.Fatal("--force kept the old key: want a fresh one")
		}
	})
	t.Run("says what to do next", func(t *testing.T) {
		out := wantOutput(t, []string{"dataset", "encrypt", in, "--out", filepath.Join(dir, "b.enc"), "--key-out", filepath.Join(dir, "b.key")},
			"Checksum of the encrypted file", "poco storage put", "poco dataset deploy", "--checksum 0x", "poco dataset push-secret")
		if strings.Contains(out, "alice") {
			t.Fatalf("printed the plaintext: %q", out)
		}
	})
	t.Run("refuses what makes no sense", func(t *testing.T) {
		wantError(t, []string{"dataset", "encrypt", in, "--out", in}, "is the file to encrypt")
		wantError(t, []string{"dataset", "encrypt", v.Encrypted, "--out", filepath.Join(dir, "c.enc"), "--key-out", filepath.Join(dir, "c.key")}, "already encrypted")
		wantError(t, []string{"dataset", "encrypt", dir}, "is a folder")
	})
}

func TestRunConfidentialSetsParamsAndTheTEETag(t *testing.T) {
	teeTDX := protocol.MustParseTag("tee,tdx")
	for _, tc := range []struct {
		name        string
		secrets     []string
		encrypt     bool
		trust       uint64
		tag         protocol.Tag
		wantTag     protocol.Tag
		wantNote    string // "" for none
		wantParams  string
		wantErrPart string
	}{
		{name: "nothing confidential changes nothing", tag: protocol.TagGPU, wantTag: protocol.TagGPU, wantParams: `{"args":"x"}`},
		{name: "secrets in order, tee,tdx added", secrets: []string{"db-password", "api.token"}, wantTag: teeTDX,
			wantNote: "Added the tag tee,tdx: --secret needs", wantParams: `{"args":"x","secrets":["db-password","api.token"]}`},
		{name: "encrypt-result alone, tee,tdx added to gpu", encrypt: true, tag: protocol.TagGPU, wantTag: teeTDX.Or(protocol.TagGPU),
			wantNote: "--encrypt-result needs", wantParams: `{"args":"x","encrypt_result":true}`},
		{name: "both", secrets: []string{"a"}, encrypt: true, wantTag: teeTDX, wantNote: "--secret and --encrypt-result",
			wantParams: `{"args":"x","secrets":["a"],"encrypt_result":true}`},
		{name: "a TEE tag given is kept", secrets: []string{"a"}, tag: protocol.MustParseTag("tee,scone"), wantTag: protocol.MustParseTag("tee,scone"),
			wantParams: `{"args":"x","secrets":["a"]}`},
		{name: "a bad name is refused", secrets: []string{"has space"}, wantErrPart: `secret name "has space"`},
		{name: "a name twice is refused", secrets: []string{"a", "a"}, wantErrPart: "given twice"},
		{name: "a long name is refused", secrets: []string{strings.Repeat("n", 65)}, wantErrPart: "1 to 64"},
		{name: "encrypted results need trust 1", encrypt: true, trust: 3, wantErrPart: "--encrypt-result needs --trust 1"},
		{name: "secrets are fine at any trust", secrets: []string{"a"}, trust: 5, wantTag: teeTDX, wantNote: "--secret needs",
			wantParams: `{"args":"x","secrets":["a"]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := schedapi.Params{Args: "x"}
			tag, note, err := runConfidential(tc.secrets, tc.encrypt, tc.trust, tc.tag, &p)
			if tc.wantErrPart != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErrPart) {
					t.Fatalf("got %v, want an error saying %q", err, tc.wantErrPart)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tag != tc.wantTag {
				t.Errorf("tag %v, want %v", tag.Names(), tc.wantTag.Names())
			}
			if (tc.wantNote == "") != (note == "") || !strings.Contains(note, tc.wantNote) {
				t.Errorf("note %q, want one saying %q", note, tc.wantNote)
			}
			if got := p.String(); got != tc.wantParams {
				t.Errorf("params %s, want %s", got, tc.wantParams)
			}
			back, err := schedapi.ParseParams(p.String())
			if err != nil || strings.Join(back.Secrets, ",") != strings.Join(tc.secrets, ",") || back.EncryptResult != tc.encrypt {
				t.Errorf("params read back: %+v, %v", back, err)
			}
		})
	}
}

// tarBytes is a tar holding files (name → content) in the given order.
func tarBytes(t *testing.T, files ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		if err := tw.WriteHeader(&tar.Header{Name: f[0], Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(f[1]))}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(f[1]))
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestResultKeygenThenDecryptASealedResult(t *testing.T) {
	noChainEnv(t)
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "keys", "result.key")
	var kg resultKeygenJSON
	runPocoJSON(t, &kg, "result", "keygen", "--out", keyFile)
	if kg.KeyFile != keyFile || kg.PublicKeyFile != keyFile+".pub" {
		t.Fatalf("result keygen --json: %+v", kg)
	}
	if fi, err := os.Stat(keyFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("private key file: %v, %v; want mode 0600", fi, err)
	}
	pub, err := seal.ParsePublicKey(kg.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	key, err := loadResultKey(keyFile)
	if err != nil {
		t.Fatal(err)
	}
	if !key.PublicKey.Equal(pub) {
		t.Fatal("the printed public key is not the private key's")
	}
	if pubText, _ := os.ReadFile(kg.PublicKeyFile); strings.TrimSpace(string(pubText)) != kg.PublicKey {
		t.Fatalf("public key file holds %q, want %s", pubText, kg.PublicKey)
	}
	wantError(t, []string{"result", "keygen", "--out", keyFile}, keyFile+" exists", "--force")

	// A result as a worker's enclave would seal it: the tar of the output folder.
	archive := tarBytes(t, [2]string{"out.txt", "the answer is 42"}, [2]string{"sub/more.txt", "more"})
	sealed, err := seal.SealResult(pub, archive)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("the answer")) {
		t.Fatal("the sealed result holds the plaintext")
	}
	sealedFile := filepath.Join(dir, "result.enc")
	os.WriteFile(sealedFile, sealed, 0o644)

	t.Run("a sealed file into a folder", func(t *testing.T) {
		var v resultDecryptJSON
		runPocoJSON(t, &v, "result", "decrypt", sealedFile, "--key-file", keyFile)
		if v.Kind != "folder" || v.Out != sealedFile+".decrypted" {
			t.Fatalf("result decrypt --json: %+v", v)
		}
		for name, want := range map[string]string{"out.txt": "the answer is 42", "sub/more.txt": "more"} {
			if got, err := os.ReadFile(filepath.Join(v.Out, name)); err != nil || string(got) != want {
				t.Errorf("%s: %q, %v; want %q", name, got, err, want)
			}
		}
		wantError(t, []string{"result", "decrypt", sealedFile, "--key-file", keyFile}, v.Out+" exists", "--force")
		poco(t, "result", "decrypt", sealedFile, "--key-file", keyFile, "--force")
	})
	t.Run("a downloaded result folder holding it", func(t *testing.T) {
		taskDir := filepath.Join(dir, "poco-results", "0")
		os.MkdirAll(taskDir, 0o755)
		os.WriteFile(filepath.Join(taskDir, "result.poco-rs1"), sealed, 0o644)
		out := filepath.Join(dir, "plain")
		wantOutput(t, []string{"result", "decrypt", taskDir, "--key-file", keyFile, "--out", out}, "Decrypted", "into the folder "+out)
		if got, _ := os.ReadFile(filepath.Join(out, "out.txt")); string(got) != "the answer is 42" {
			t.Fatalf("out.txt: %q", got)
		}
		wantError(t, []string{"result", "decrypt", t.TempDir(), "--key-file", keyFile}, "holds no encrypted result")
	})
	t.Run("what is not a tar becomes a file", func(t *testing.T) {
		s2, _ := seal.SealResult(pub, []byte("just text"))
		f := filepath.Join(dir, "text.enc")
		os.WriteFile(f, s2, 0o644)
		var v resultDecryptJSON
		runPocoJSON(t, &v, "result", "decrypt", f, "--key-file", keyFile, "--out", filepath.Join(dir, "text.txt"))
		if got, _ := os.ReadFile(v.Out); v.Kind != "file" || string(got) != "just text" {
			t.Fatalf("%+v holds %q", v, got)
		}
	})
	t.Run("another key cannot", func(t *testing.T) {
		other := filepath.Join(dir, "other.key")
		poco(t, "result", "keygen", "--out", other)
		wantError(t, []string{"result", "decrypt", sealedFile, "--key-file", other, "--out", filepath.Join(dir, "x")},
			"cannot be decrypted with this key")
		if _, err := os.Stat(filepath.Join(dir, "x")); err == nil {
			t.Fatal("a failed decrypt left its output")
		}
		wantError(t, []string{"result", "decrypt", keyFile, "--key-file", keyFile, "--out", filepath.Join(dir, "y")}, "not an encrypted Poco result")
	})
}

func TestResultDecryptRefusesAnArchiveEscapingItsFolder(t *testing.T) {
	noChainEnv(t)
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "r.key")
	var kg resultKeygenJSON
	runPocoJSON(t, &kg, "result", "keygen", "--out", keyFile)
	pub, _ := seal.ParsePublicKey(kg.PublicKey)
	for _, name := range []string{"../evil.txt", "a/../../evil.txt", "/tmp/evil.txt"} {
		t.Run(name, func(t *testing.T) {
			sealed, err := seal.SealResult(pub, tarBytes(t, [2]string{"ok.txt", "fine"}, [2]string{name, "gotcha"}))
			if err != nil {
				t.Fatal(err)
			}
			work := t.TempDir()
			f := filepath.Join(work, "r.enc")
			os.WriteFile(f, sealed, 0o644)
			out := filepath.Join(work, "out", "result")
			wantError(t, []string{"result", "decrypt", f, "--key-file", keyFile, "--out", out}, "nothing was written")
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was created", out)
			}
			if _, err := os.Stat(filepath.Join(work, "out", "evil.txt")); err == nil {
				t.Error("a file escaped the folder")
			}
			if entries, _ := os.ReadDir(filepath.Join(work, "out")); len(entries) != 0 {
				t.Errorf("left behind: %v", entries)
			}
		})
	}
}

func TestConfigSMSIsValidatedAndShown(t *testing.T) {
	noChainEnv(t)
	t.Setenv(EnvSMS, "")
	cfg := filepath.Join(t.TempDir(), "config.json")
	t.Setenv(EnvConfig, cfg)
	wantOutput(t, []string{"config", "set", "sms", "http://127.0.0.1:8790"}, "sms = http://127.0.0.1:8790")
	wantError(t, []string{"config", "set", "sms", "127.0.0.1:8790"}, "http:// or https://")
	wantError(t, []string{"config", "set", "sms", "ftp://sms.example.org"}, "http:// or https://")
	var v configView
	runPocoJSON(t, &v, "config", "show")
	if v.Settings["sms"] != "http://127.0.0.1:8790" || v.From["sms"] != "file" {
		t.Fatalf("config show: sms %q from %q", v.Settings["sms"], v.From["sms"])
	}
	t.Setenv(EnvSMS, "https://sms.example.org")
	runPocoJSON(t, &v, "config", "show")
	if v.Settings["sms"] != "https://sms.example.org" || v.From["sms"] != "env" {
		t.Fatalf("config show with %s: sms %q from %q", EnvSMS, v.Settings["sms"], v.From["sms"])
	}
	// A bad environment value fails the commands that need the SMS, naming it.
	t.Setenv(EnvSMS, "sms.example.org")
	wantError(t, []string{"dataset", "check-secret", assetTestNowhere}, EnvSMS, "http:// or https://")
	t.Setenv(EnvSMS, "")
	wantOutput(t, []string{"config", "set", "sms", ""}, "sms cleared")
	wantError(t, []string{"dataset", "check-secret", assetTestNowhere}, "which SMS?", "--sms URL", EnvSMS)
}

// fakeSMS answers as an SMS does for writes and existence checks: it keeps what was
// pushed by path, without checking anything; the tests check the signatures.
type fakeSMS struct {
	mu     sync.Mutex
	status smsapi.Status
	writes map[string]smsapi.Write
	srv    *httptest.Server
}

func newFakeSMS(t *testing.T) *fakeSMS {
	f := &fakeSMS{status: smsapi.Status{ChainID: 1337, Formats: []string{"tdx-quote-v4"}}, writes: map[string]smsapi.Write{}}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		switch {
		case r.Method == http.MethodGet && r.URL.Path == smsapi.PathStatus:
			json.NewEncoder(w).Encode(f.status)
		case r.Method == http.MethodPost && r.URL.Path == smsapi.PathChallenges:
			json.NewEncoder(w).Encode(smsapi.Challenge{Challenge: common.HexToHash("0xc0ffee")})
		case r.Method == http.MethodPut:
			var body smsapi.Write
			if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			f.writes[r.URL.Path] = body
			w.WriteHeader(http.StatusNoContent)
		case r.Method == http.MethodHead:
			if _, ok := f.writes[r.URL.Path]; ok {
				w.WriteHeader(http.StatusNoContent)
			} else {
				w.WriteHeader(http.StatusNotFound)
			}
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// checkWrite checks that the write of target holds value, signed by signer.
func (f *fakeSMS) checkWrite(t *testing.T, target smsapi.Target, value string, signer common.Address) {
	t.Helper()
	f.mu.Lock()
	w, ok := f.writes[target.Path()]
	f.mu.Unlock()
	if !ok {
		t.Fatalf("nothing pushed to %s", target.Path())
	}
	if w.Value != value || w.Signer != signer {
		t.Fatalf("pushed %q signed by %s, want %q by %s", w.Value, w.Signer.Hex(), value, signer.Hex())
	}
	msg := smsapi.WriteMessage(f.status.ChainID, f.status.Hub, target, sha256.Sum256([]byte(value)), w.Challenge)
	sig := append([]byte(nil), w.Signature...)
	if len(sig) == 65 && sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(msg)), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != signer {
		t.Fatalf("the signature of %s does not recover the signer %s: %v", target, signer.Hex(), err)
	}
}

func TestPushAndCheckSecretsWithAnSMS(t *testing.T) {
	noChainEnv(t)
	sms := newFakeSMS(t)
	t.Setenv(EnvSMS, sms.srv.URL)
	pw := writeTestFile(t, "pw", "secret-password\n")
	var created struct {
		Address common.Address `json:"address"`
	}
	runPocoJSON(t, &created, "wallet", "create", "--password-file", pw)
	me := created.Address
	as := []string{"--from", me.Hex(), "--password-file", pw}

	t.Run("requester secret: missing, pushed, there", func(t *testing.T) {
		var v secretJSON
		runPocoJSON(t, &v, "requester", "check-secret", "db-password", "--requester", me.Hex())
		if v.Exists || v.Kind != smsapi.KindRequesterSecret || v.Name != "db-password" || v.Owner != me.Hex() {
			t.Fatalf("check-secret before a push: %+v", v)
		}
		wantOutput(t, []string{"requester", "check-secret", "db-password", "--requester", me.Hex()}, "does not hold", "poco requester push-secret db-password")
		err := runCheckSMS(newTestCommand(), mustSettings(t), "", me, []string{"db-password"}, false)
		if err == nil || !strings.Contains(err.Error(), "poco requester push-secret db-password") || !strings.Contains(err.Error(), "nothing was bought") {
			t.Fatalf("run's check before a push: %v", err)
		}

		out, _, err := runPoco(t, "hunter2\n", append([]string{"requester", "push-secret", "db-password", "--secret-stdin", "--json"}, as...)...)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out, "hunter2") {
			t.Fatalf("push printed the secret: %q", out)
		}
		target := smsapi.Target{Kind: smsapi.KindRequesterSecret, Owner: me, Name: "db-password"}
		sms.checkWrite(t, target, "hunter2", me)
		runPocoJSON(t, &v, append([]string{"requester", "check-secret", "db-password"}, as...)...)
		if !v.Exists {
			t.Fatalf("check-secret after a push: %+v", v)
		}
		if err := runCheckSMS(newTestCommand(), mustSettings(t), "", me, []string{"db-password"}, false); err != nil {
			t.Fatalf("run's check after a push: %v", err)
		}
	})
	t.Run("result key: missing, pushed, there", func(t *testing.T) {
		err := runCheckSMS(newTestCommand(), mustSettings(t), "", me, nil, true)
		if err == nil || !strings.Contains(err.Error(), "poco result keygen") || !strings.Contains(err.Error(), "poco result push-key") {
			t.Fatalf("run's check of the result key before a push: %v", err)
		}
		keyFile := filepath.Join(t.TempDir(), "r.key")
		var kg resultKeygenJSON
		runPocoJSON(t, &kg, "result", "keygen", "--out", keyFile)
		poco(t, append([]string{"result", "push-key", "--key-file", keyFile}, as...)...)
		sms.checkWrite(t, smsapi.Target{Kind: smsapi.KindResultKey, Owner: me}, kg.PublicKey, me)
		var v secretJSON
		runPocoJSON(t, &v, "result", "check-key", me.Hex())
		if !v.Exists {
			t.Fatalf("check-key after a push: %+v", v)
		}
		if err := runCheckSMS(newTestCommand(), mustSettings(t), "", me, []string{"db-password"}, true); err != nil {
			t.Fatalf("run's check after the pushes: %v", err)
		}
	})
	t.Run("app secret and dataset key (no chain: the SMS checks the owner)", func(t *testing.T) {
		secretFile := writeTestFile(t, "s", "model-key\n")
		poco(t, append([]string{"app", "push-secret", assetTestNowhere, "--secret-file", secretFile}, as...)...)
		sms.checkWrite(t, smsapi.Target{Kind: smsapi.KindAppSecret, Owner: common.HexToAddress(assetTestNowhere)}, "model-key", me)

		in := writeTestFile(t, "d.csv", "a,b\n")
		var enc datasetEncryptJSON
		runPocoJSON(t, &enc, "dataset", "encrypt", in)
		poco(t, append([]string{"dataset", "push-secret", assetTestNowhere, "--key-file", enc.KeyFile}, as...)...)
		keyText, _ := os.ReadFile(enc.KeyFile)
		sms.checkWrite(t, smsapi.Target{Kind: smsapi.KindDatasetKey, Owner: common.HexToAddress(assetTestNowhere)}, strings.TrimSpace(string(keyText)), me)
		var v secretJSON
		runPocoJSON(t, &v, "dataset", "check-secret", assetTestNowhere)
		if !v.Exists {
			t.Fatalf("dataset check-secret after a push: %+v", v)
		}
	})
	t.Run("bad input is refused before anything is sent", func(t *testing.T) {
		wantError(t, append([]string{"requester", "push-secret", "bad name", "--secret-stdin"}, as...), `secret name "bad name"`)
		wantError(t, append([]string{"requester", "push-secret", "n"}, as...), "--secret-file FILE, or --secret-stdin")
		wantError(t, append([]string{"app", "push-secret", assetTestNowhere, "--secret-file", writeTestFile(t, "e", "\n")}, as...), "empty")
		big := writeTestFile(t, "big", strings.Repeat("x", smsapi.MaxSecretBytes+1))
		wantError(t, append([]string{"app", "push-secret", assetTestNowhere, "--secret-file", big}, as...), "more than the 4096")
		wantError(t, append([]string{"dataset", "push-secret", assetTestNowhere, "--key-file", writeTestFile(t, "k", "abc")}, as...), "--key-file")
		wantError(t, append([]string{"result", "push-key", "--public-key", "0x1234"}, as...), "--public-key")
	})
	t.Run("an SMS of another hub is refused", func(t *testing.T) {
		sms.mu.Lock()
		sms.status.Hub = common.HexToAddress("0x1111111111111111111111111111111111111111")
		sms.mu.Unlock()
		t.Setenv(EnvHub, "0x2222222222222222222222222222222222222222")
		wantError(t, append([]string{"requester", "push-secret", "x", "--secret-file", writeTestFile(t, "s", "v")}, as...), "serves the hub", "not yours")
	})
}

func TestAppDeployEnclaveIsChecked(t *testing.T) {
	mrtd := strings.Repeat("ab", 48)
	good := `{"framework":"tdx","mrtd":["` + mrtd + `"],"rtmr3":["0x` + strings.Repeat("cd", 48) + `"]}`
	b, err := parseEnclave(good)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"framework":"tdx"`) || !strings.Contains(string(b), mrtd) {
		t.Fatalf("stored %s", b)
	}
	file := writeTestFile(t, "enclave.json", "\n"+good+"\n")
	if fb, err := parseEnclave(file); err != nil || !bytes.Equal(fb, b) {
		t.Fatalf("from a file: %s, %v; want %s", fb, err, b)
	}
	for in, want := range map[string]string{
		`{"framework":"scone","mrtd":["` + mrtd + `"]}`: "Intel TDX",
		`{"framework":"tdx","mrtd":["abcd"]}`:           "96 hex digits",
		`{"framework":"tdx"}`:                           "allows any measurement",
		`{"framework":"tdx","mrenclave":"x"}`:           "not an enclave description",
		`{"framework":"tdx"} {}`:                        "more than one JSON value",
		"no-such-file.json":                             "neither a JSON object nor a readable file",
	} {
		if _, err := parseEnclave(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseEnclave(%s) = %v, want an error saying %q", in, err, want)
		}
	}
}

// newTestCommand is a command to hand to helpers that print and read their context.
func newTestCommand() *cobra.Command {
	cmd := &cobra.Command{}
	cmd.SetContext(context.Background())
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	return cmd
}

// mustSettings resolves the settings as a command without flags would.
func mustSettings(t *testing.T) *Settings {
	t.Helper()
	s, err := (&globals{}).settings()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// --watch of a deal whose results are encrypted: without --result-key they are
// downloaded and said to be encrypted; with it, decrypted next to them. A result whose
// on-chain digest is its plaintext's verifies once decrypted.
func TestRunCLIWatchEncryptedResults(t *testing.T) {
	e := newRunEnv(t)
	keyFile := filepath.Join(t.TempDir(), "result.key")
	var kg resultKeygenJSON
	runPocoJSON(t, &kg, "result", "keygen", "--out", keyFile)
	pub, err := seal.ParsePublicKey(kg.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	// The plaintext output folder, its digest and tar, sealed as an enclave would.
	plainDir := t.TempDir()
	os.WriteFile(filepath.Join(plainDir, "out.txt"), []byte("the secret answer"), 0o644)
	plainDigest, err := resultDigestOf(plainDir)
	if err != nil {
		t.Fatal(err)
	}
	var archive bytes.Buffer
	if err := job.WriteTar(&archive, plainDir); err != nil {
		t.Fatal(err)
	}
	sealed, err := seal.SealResult(pub, archive.Bytes())
	if err != nil {
		t.Fatal(err)
	}

	p := defaultPrices()
	p.reqVolume = "2"
	a, _, w, r := e.signedOrders(t, "", p)
	deal := e.match(t, a, "", w, r)
	// As worker/job uploads it: result.enc and a computed.json naming it, whose digest is
	// that of the ciphertext; task 1 is given the plaintext's digest instead.
	res, cipherDigest := e.putResult(t, map[string]string{job.EncryptedFile: string(sealed),
		result.ComputedJSON: `{"deterministic-output-path":"` + job.EncryptedFile + `"}`})
	e.completeTask(t, deal.DealID, 0, cipherDigest, res)
	e.completeTask(t, deal.DealID, 1, plainDigest, res)

	type taskView struct {
		Index     uint64 `json:"index"`
		Verified  *bool  `json:"verified"`
		Encrypted string `json:"encrypted"`
		Decrypted string `json:"decrypted"`
		Problem   string `json:"problem"`
	}
	var v struct {
		Tasks    []taskView `json:"tasks"`
		Problems []string   `json:"problems"`
	}

	out := filepath.Join(t.TempDir(), "out")
	stdout, stderr, err := runPoco(t, "", "run", "--watch", deal.DealID.Hex(), "--storage", e.gateway, "--out", out, "--json")
	if err == nil || !strings.Contains(err.Error(), "task(s) 1 does NOT match") {
		t.Fatalf("without the key, the plaintext digest cannot be checked: %v", err)
	}
	if !strings.Contains(stderr, "encrypted to your result key") || !strings.Contains(stderr, "poco result decrypt") {
		t.Errorf("stderr does not say the results are encrypted and how to decrypt them:\n%s", stderr)
	}
	json.Unmarshal([]byte(stdout), &v)
	if len(v.Tasks) != 2 || v.Tasks[0].Encrypted == "" || v.Tasks[0].Decrypted != "" || v.Tasks[0].Verified == nil || !*v.Tasks[0].Verified {
		t.Fatalf("poco run --watch --json without the key: %+v", v)
	}
	if b, _ := os.ReadFile(v.Tasks[0].Encrypted); bytes.Contains(b, []byte("secret answer")) || !bytes.HasPrefix(b, seal.ResultMagic) {
		t.Fatalf("the downloaded result %s is not the sealed one", v.Tasks[0].Encrypted)
	}

	out2 := filepath.Join(t.TempDir(), "out")
	stdout, _, err = runPoco(t, "", "run", "--watch", deal.DealID.Hex(), "--storage", e.gateway, "--out", out2, "--result-key", keyFile, "--json")
	if err != nil {
		t.Fatalf("with the key: %v\n%s", err, stdout)
	}
	v.Tasks = nil
	json.Unmarshal([]byte(stdout), &v)
	if len(v.Tasks) != 2 || len(v.Problems) != 0 {
		t.Fatalf("poco run --watch --result-key --json: %+v", v)
	}
	for _, task := range v.Tasks {
		if task.Verified == nil || !*task.Verified || task.Decrypted != filepath.Join(out2, fmt.Sprint(task.Index))+".decrypted" {
			t.Errorf("task %d: %+v", task.Index, task)
		}
		if b, err := os.ReadFile(filepath.Join(task.Decrypted, "out.txt")); err != nil || string(b) != "the secret answer" {
			t.Errorf("task %d decrypted: %q, %v", task.Index, b, err)
		}
	}
	table := poco(t, "run", "--watch", deal.DealID.Hex(), "--storage", e.gateway, "--out", out2, "--result-key", keyFile)
	if !strings.Contains(table, "decrypted in 0.decrypted") {
		t.Errorf("the table does not say where the result was decrypted:\n%s", table)
	}
	wantError(t, []string{"run", "--watch", deal.DealID.Hex(), "--secret", "x"}, "--secret is for making a deal")
}

// poco run --secret: without a TEE tag it adds tee,tdx and says so; with an SMS
// configured, a secret not pushed stops the run before anything is bought.
func TestRunCLISecretNeedsTEEAndPushedSecrets(t *testing.T) {
	e := newRunEnv(t)
	t.Setenv(EnvSMS, "")
	appFile, _, poolFile, _ := e.signedOrders(t, "", defaultPrices())
	copyFile(t, appFile, filepath.Join(e.orders, "app-hello.json"))
	copyFile(t, poolFile, filepath.Join(e.orders, "workerpool-0.json"))

	_, stderr, err := runPoco(t, "", "run", e.app.Hex(), "--workerpool", e.pool.Hex(), "--secret", "db-password", "--yes")
	if err == nil {
		t.Fatal("a run needing a TEE found a pool that offers none")
	}
	if want := "the task asks for " + protocol.MustParseTag("tee,tdx").String(); !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
	for _, want := range []string{"Added the tag tee,tdx: --secret needs a TEE task", "no SMS configured"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}

	sms := newFakeSMS(t)
	t.Setenv(EnvSMS, sms.srv.URL)
	pocoFails(t, []string{"holds no secret named \"db-password\"", "poco requester push-secret db-password", "nothing was bought"},
		"run", e.app.Hex(), "--workerpool", e.pool.Hex(), "--secret", "db-password", "--yes")
	pocoFails(t, []string{"holds no result key", "poco result push-key"},
		"run", e.app.Hex(), "--workerpool", e.pool.Hex(), "--encrypt-result", "--yes")
	pocoFails(t, []string{"--result-key decrypts results encrypted with --encrypt-result"},
		"run", e.app.Hex(), "--workerpool", e.pool.Hex(), "--result-key", "k", "--yes")
	pocoFails(t, []string{`secret name "a b"`}, "run", e.app.Hex(), "--secret", "a b", "--yes")
	pocoFails(t, []string{"--encrypt-result needs --trust 1"}, "run", e.app.Hex(), "--encrypt-result", "--trust", "3", "--yes")
}

func TestAppDeployWithEnclaveRegistersTheCheckedDescription(t *testing.T) {
	cliChainEnv(t)
	desc := `{ "framework": "tdx", "mrtd": ["` + strings.Repeat("0a", 48) + `"] }`
	var app appJSON
	runPocoJSON(t, &app, "app", "deploy", "--name", "tee-app", "--type", "OCI", "--multiaddr", "docker.io/me/tee:1",
		"--checksum", assetTestChecksum, "--enclave", desc)
	want, _ := parseEnclave(desc)
	if got, err := hex.DecodeString(strings.TrimPrefix(app.MrEnclave, "0x")); err != nil || !bytes.Equal(got, want) {
		t.Fatalf("registered mrenclave %s, want %s", app.MrEnclave, want)
	}
	wantError(t, []string{"app", "deploy", "--name", "tee-app2", "--type", "OCI", "--multiaddr", "docker.io/me/tee:1",
		"--checksum", assetTestChecksum, "--enclave", `{"framework":"sgx"}`}, "Intel TDX")
	wantError(t, []string{"app", "deploy", "--name", "tee-app3", "--type", "OCI", "--multiaddr", "docker.io/me/tee:1",
		"--checksum", assetTestChecksum, "--enclave", desc, "--mrenclave-file", writeTestFile(t, "m", desc)}, "not both")
	wantOutput(t, []string{"app", "deploy", "--name", "tee-app4", "--type", "OCI", "--multiaddr", "docker.io/me/tee:1",
		"--checksum", assetTestChecksum, "--enclave", writeTestFile(t, "e.json", desc)}, "Registered app", "--tag tee,tdx")
}
