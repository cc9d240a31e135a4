package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
)

func TestSaveThenLoadGivesTheSameFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "config.json")
	want := &File{RPC: "http://127.0.0.1:8545", ChainID: 1337,
		Contracts: chain.Deployment{Hub: common.HexToAddress("0x1234")}, Keystore: "/k",
		Account: common.HexToAddress("0xabcd")}
	if err := Save(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if *got != *want {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("permissions %v, want 0600", info.Mode().Perm())
	}
}

func TestLoadMissingFileSaysSo(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.json"))
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("got %v, want ErrNotFound", err)
	}
}

func TestLoadRejectsInvalidJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.json")
	os.WriteFile(path, []byte("{not json"), 0o600)
	if _, err := Load(path); err == nil {
		t.Fatal("want an error for invalid JSON")
	}
}

func TestHomeFollowsEnvironment(t *testing.T) {
	t.Setenv(HomeEnv, "/tmp/somewhere")
	if got := DefaultPath(); got != "/tmp/somewhere/config.json" {
		t.Fatalf("got %s", got)
	}
}

func TestCheckSMS(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want string // "" for valid
	}{
		{"", ""},
		{"http://127.0.0.1:8790", ""},
		{"https://sms.example.org", ""},
		{"https://sms.example.org/poco/", ""},
		{"127.0.0.1:8790", "http:// or https://"},
		{"ftp://sms.example.org", "http:// or https://"},
		{"http://", "no host"},
		{"http://sms.example.org/?x=1", "without user, query or fragment"},
		{"http://u:p@sms.example.org", "without user, query or fragment"},
		{"http://[::1", "not a valid URL"},
	} {
		err := CheckSMS(tc.v)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("CheckSMS(%q) = %v, want nil", tc.v, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("CheckSMS(%q) = %v, want an error saying %q", tc.v, err, tc.want)
		}
	}
}

func TestSMSIsSavedAndLoaded(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.json")
	if err := Save(path, &File{SMS: "http://127.0.0.1:8790"}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `"sms": "http://127.0.0.1:8790"`) {
		t.Fatalf("file %s, want an \"sms\" key", data)
	}
	got, err := Load(path)
	if err != nil || got.SMS != "http://127.0.0.1:8790" {
		t.Fatalf("got %+v, %v", got, err)
	}
}
