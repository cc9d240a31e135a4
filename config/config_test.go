package config

import (
	"errors"
	"os"
	"path/filepath"
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
