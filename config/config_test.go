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

func validBridge() *Bridge {
	return &Bridge{MainRPC: "http://127.0.0.1:8645", MainChainID: 1, MainBridge: common.HexToAddress("0x01"),
		MainToken: common.HexToAddress("0x02"), MainBlock: 7, SideRPC: "ws://127.0.0.1:8546", SideChainID: 2,
		SideBridge: common.HexToAddress("0x03"), SideToken: common.HexToAddress("0x04"), SideBlock: 3,
		Relays: []string{"http://127.0.0.1:8791", "http://127.0.0.1:8792"}, Threshold: 2}
}

func TestBridgeSectionRoundTripsAndKeepsCLINames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.json")
	want := &File{RPC: "http://127.0.0.1:8545", ChainID: 2, Bridge: validBridge()}
	if err := Save(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.Bridge == nil || got.Bridge.MainBridge != want.Bridge.MainBridge || got.Bridge.SideToken != want.Bridge.SideToken ||
		len(got.Bridge.Relays) != 2 || got.Bridge.MainChainID != 1 || got.Bridge.Threshold != 2 || got.Bridge.MainBlock != 7 {
		t.Fatalf("bridge %+v, want %+v", got.Bridge, want.Bridge)
	}
	data, _ := os.ReadFile(path)
	// The names `poco bridge` (cli/bridge.go) reads.
	for _, name := range []string{`"mainRpc"`, `"sideRpc"`, `"mainBridge"`, `"sideBridge"`, `"mainBlock"`, `"sideBlock"`, `"relays"`} {
		if !strings.Contains(string(data), name) {
			t.Errorf("the file lacks %s:\n%s", name, data)
		}
	}
	// No bridge: no "bridge" key.
	if err := Save(path, &File{RPC: "http://x"}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); strings.Contains(string(data), "bridge") {
		t.Fatalf("a file without a bridge mentions one:\n%s", data)
	}
}

func TestBridgeSectionErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Bridge)
		want string
	}{
		{"bad main rpc", func(b *Bridge) { b.MainRPC = "ftp://x" }, "bridge.mainRpc"},
		{"bad side rpc", func(b *Bridge) { b.SideRPC = "127.0.0.1:8545" }, "bridge.sideRpc"},
		{"same chain id", func(b *Bridge) { b.SideChainID = b.MainChainID }, "distinct chain ids"},
		{"ws relay", func(b *Bridge) { b.Relays[0] = "ws://127.0.0.1:8791" }, "bridge.relays[0]"},
		{"relay twice", func(b *Bridge) { b.Relays[1] = b.Relays[0] }, "listed twice"},
		{"threshold", func(b *Bridge) { b.Threshold = 3 }, "bridge.threshold 3"},
	} {
		b := validBridge()
		tc.edit(b)
		err := b.Check()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error with %q", tc.name, err, tc.want)
		}
		path := filepath.Join(t.TempDir(), "config.json")
		if err := Save(path, &File{Bridge: b}); err == nil {
			t.Errorf("%s: Save accepted it", tc.name)
		}
		os.WriteFile(path, []byte(`{"bridge":{"mainRpc":"nope"}}`), 0o600)
		if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "bridge.mainRpc") {
			t.Errorf("%s: Load of a bad bridge: %v", tc.name, err)
		}
	}
	if err := validBridge().Complete(); err != nil {
		t.Fatal(err)
	}
	var none *Bridge
	if err := none.Check(); err != nil {
		t.Fatal(err)
	}
	if none.Complete() == nil {
		t.Fatal("Complete accepted no bridge section")
	}
	// A partial section (the rest from flags or environment variables) loads; Complete
	// names what is missing.
	for _, tc := range []struct {
		edit func(*Bridge)
		want string
	}{
		{func(b *Bridge) { b.MainRPC = "" }, "bridge.mainRpc is missing"},
		{func(b *Bridge) { b.MainBridge = common.Address{} }, "bridge.mainBridge is missing"},
		{func(b *Bridge) { b.SideBridge = common.Address{} }, "bridge.sideBridge is missing"},
	} {
		b := validBridge()
		tc.edit(b)
		if err := b.Check(); err != nil {
			t.Errorf("Check of a partial section: %v", err)
		}
		if err := b.Complete(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Complete: %v, want %q", err, tc.want)
		}
	}
	path := filepath.Join(t.TempDir(), "config.json")
	os.WriteFile(path, []byte(`{"rpc":"http://x","bridge":{"relays":["http://127.0.0.1:8791"]}}`), 0o600)
	if f, err := Load(path); err != nil || len(f.Bridge.Relays) != 1 {
		t.Fatalf("a partial bridge section: %+v, %v", f, err)
	}
}
