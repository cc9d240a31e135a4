package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

const (
	assetTestChecksum  = "0x2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
	assetTestMultiaddr = "/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
	assetTestNowhere   = "0x000000000000000000000000000000000000dEaD"
)

// wantOutput runs a command and checks its (table) output contains every want.
func wantOutput(t *testing.T, args []string, want ...string) string {
	t.Helper()
	out, _, err := runPoco(t, "", args...)
	if err != nil {
		t.Fatalf("poco %s: %v", strings.Join(args, " "), err)
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("poco %s printed %q, missing %q", strings.Join(args, " "), out, w)
		}
	}
	return out
}

func noChainEnv(t *testing.T) {
	t.Helper()
	walletTestEnv(t)
	t.Setenv(EnvRPC, "")
	t.Setenv(EnvHub, "")
}

func TestAppCLI(t *testing.T) {
	d := cliChainEnv(t)
	accts := d.Accounts()
	me, other := accts[0].Hex(), accts[1].Hex()

	var before assetCountJSON
	runPocoJSON(t, &before, "app", "count")
	deployArgs := []string{"app", "deploy", "--name", "hello", "--type", "wasm", "--multiaddr", assetTestMultiaddr, "--checksum", assetTestChecksum}

	var app appJSON
	t.Run("deploy", func(t *testing.T) {
		runPocoJSON(t, &app, deployArgs...)
		if !strings.HasPrefix(app.Address, "0x") || len(app.Address) != 42 || app.Owner != me || app.Name != "hello" ||
			app.Type != "WASM" || app.Multiaddr != assetTestMultiaddr || app.Checksum != assetTestChecksum || app.MrEnclave != "" {
			t.Fatalf("app deploy --json: %+v", app)
		}
		// The same app again: refused before sending, naming its address.
		wantError(t, deployArgs, "this app is already registered at "+app.Address, "change its name")
		// Another name, table output.
		wantOutput(t, []string{"app", "deploy", "--name", "hello2", "--type", "OCI", "--multiaddr", "docker.io/me/hello:2", "--checksum", assetTestChecksum},
			"Registered app 0x", "hello2", "OCI", "docker.io/me/hello:2", me)
	})

	t.Run("show", func(t *testing.T) {
		var shown appJSON
		runPocoJSON(t, &shown, "app", "show", app.Address)
		if shown != app {
			t.Errorf("app show --json: %+v, deploy printed %+v", shown, app)
		}
		wantOutput(t, []string{"app", "show", strings.ToLower(app.Address)},
			app.Address, me, "hello", "WASM", assetTestMultiaddr, assetTestChecksum, "not a TEE app")
		wantError(t, []string{"app", "show", assetTestNowhere}, "no app at "+assetTestNowhere)
		wantError(t, []string{"app", "show", "0xnothex"}, `app "0xnothex" is not an address`)
	})

	t.Run("TEE app for another owner", func(t *testing.T) {
		mrenclave := `{"framework": "SCONE", "fingerprint": "abc"}`
		file := writeTestFile(t, "mrenclave.json", mrenclave+"\n")
		var tee appJSON
		runPocoJSON(t, &tee, "app", "deploy", "--name", "tee", "--type", "OCI", "--multiaddr", "docker.io/me/tee:1",
			"--checksum", strings.TrimPrefix(assetTestChecksum, "0x"), "--mrenclave-file", file, "--owner", other)
		if tee.Owner != other || tee.MrEnclave != hexutil.Encode([]byte(mrenclave)) {
			t.Errorf("TEE app: %+v", tee)
		}
		wantOutput(t, []string{"app", "show", tee.Address}, mrenclave, other)
	})

	t.Run("count", func(t *testing.T) {
		var c assetCountJSON
		runPocoJSON(t, &c, "app", "count")
		if c.Kind != "app" || c.Total != before.Total+3 || c.Owned != nil {
			t.Errorf("app count --json: %+v, want %d", c, before.Total+3)
		}
		runPocoJSON(t, &c, "app", "count", "--owner", me)
		if c.Owned == nil || *c.Owned != 2 || c.Owner != me {
			t.Errorf("app count --owner me: %+v, want 2", c)
		}
		runPocoJSON(t, &c, "app", "count", "--owner", accts[3].Hex())
		if c.Owned == nil || *c.Owned != 0 {
			t.Errorf("app count --owner of nobody's: %+v, want 0", c)
		}
		wantOutput(t, []string{"app", "count"}, "apps registered")
		wantOutput(t, []string{"app", "count", "--owner", other}, other+" owns 1 app (of ")
	})

	t.Run("transfer", func(t *testing.T) {
		var tr assetTransferJSON
		runPocoJSON(t, &tr, "app", "transfer", app.Address, "--to", other)
		if tr.Kind != "app" || tr.Address != app.Address || tr.From != me || tr.To != other || !strings.HasPrefix(tr.Tx.Hash, "0x") {
			t.Errorf("app transfer --json: %+v", tr)
		}
		var shown appJSON
		runPocoJSON(t, &shown, "app", "show", app.Address)
		if shown.Owner != other {
			t.Errorf("after the transfer the owner is %s, want %s", shown.Owner, other)
		}
		var c assetCountJSON
		runPocoJSON(t, &c, "app", "count", "--owner", other)
		if *c.Owned != 2 {
			t.Errorf("%s owns %d apps, want 2", other, *c.Owned)
		}
		// No longer ours; back, with a table, as its new owner.
		wantError(t, []string{"app", "transfer", app.Address, "--to", accts[2].Hex()}, "do not own app "+app.Address, "its owner is "+other)
		wantOutput(t, []string{"app", "transfer", app.Address, "--to", me, "--from", other}, "Transferred app "+app.Address+" from "+other+" to "+me)
		wantError(t, []string{"app", "transfer", assetTestNowhere, "--to", other}, "no app at "+assetTestNowhere)
	})
}

func TestDatasetCLI(t *testing.T) {
	d := cliChainEnv(t)
	accts := d.Accounts()
	me, other := accts[0].Hex(), accts[1].Hex()

	var before assetCountJSON
	runPocoJSON(t, &before, "dataset", "count")
	var ds datasetJSON
	args := []string{"dataset", "deploy", "--name", "cats", "--multiaddr", assetTestMultiaddr, "--checksum", assetTestChecksum}
	runPocoJSON(t, &ds, args...)
	if ds.Owner != me || ds.Name != "cats" || ds.Multiaddr != assetTestMultiaddr || ds.Checksum != assetTestChecksum {
		t.Fatalf("dataset deploy --json: %+v", ds)
	}
	wantError(t, args, "this dataset is already registered at "+ds.Address)

	var shown datasetJSON
	runPocoJSON(t, &shown, "dataset", "show", ds.Address)
	if shown != ds {
		t.Errorf("dataset show --json: %+v, deploy printed %+v", shown, ds)
	}
	wantOutput(t, []string{"dataset", "show", ds.Address}, ds.Address, me, "cats", assetTestMultiaddr, assetTestChecksum)
	wantError(t, []string{"dataset", "show", assetTestNowhere}, "no dataset at "+assetTestNowhere)

	var c assetCountJSON
	runPocoJSON(t, &c, "dataset", "count", "--owner", me)
	if c.Total != before.Total+1 || *c.Owned != 1 {
		t.Errorf("dataset count --owner: %+v", c)
	}

	var tr assetTransferJSON
	runPocoJSON(t, &tr, "dataset", "transfer", ds.Address, "--to", other)
	if tr.To != other {
		t.Errorf("dataset transfer: %+v", tr)
	}
	runPocoJSON(t, &shown, "dataset", "show", ds.Address)
	if shown.Owner != other {
		t.Errorf("after the transfer the owner is %s, want %s", shown.Owner, other)
	}
	runPocoJSON(t, &c, "dataset", "count", "--owner", me)
	if *c.Owned != 0 {
		t.Errorf("%s still owns %d datasets", me, *c.Owned)
	}
}

func TestWorkerpoolCLI(t *testing.T) {
	d := cliChainEnv(t)
	accts := d.Accounts()
	me, other := accts[0].Hex(), accts[1].Hex()

	var pool workerpoolJSON
	runPocoJSON(t, &pool, "workerpool", "deploy", "--description", "my GPU farm")
	if pool.Owner != me || pool.Description != "my GPU farm" || pool.WorkerStakeRatio != 30 || pool.SchedulerRewardRatio != 1 {
		t.Fatalf("workerpool deploy --json: %+v", pool)
	}
	wantError(t, []string{"workerpool", "deploy", "--description", "my GPU farm"}, "this workerpool is already registered at "+pool.Address, "change its description")
	wantOutput(t, []string{"workerpool", "show", pool.Address}, pool.Address, me, "my GPU farm", "30%", "1%")

	t.Run("policy", func(t *testing.T) {
		var p workerpoolPolicyJSON
		runPocoJSON(t, &p, "workerpool", "policy", pool.Address, "--worker-stake-ratio", "40", "--scheduler-reward-ratio", "5")
		if p.Previous.WorkerStakeRatio != 30 || p.Previous.SchedulerRewardRatio != 1 || p.Workerpool.WorkerStakeRatio != 40 ||
			p.Workerpool.SchedulerRewardRatio != 5 || !strings.HasPrefix(p.Tx.Hash, "0x") {
			t.Errorf("workerpool policy --json: %+v", p)
		}
		// One ratio: the other is kept.
		wantOutput(t, []string{"workerpool", "policy", pool.Address, "--scheduler-reward-ratio", "7%"}, "Scheduler reward", "5%", "7%", "40%")
		var shown workerpoolJSON
		runPocoJSON(t, &shown, "workerpool", "show", pool.Address)
		if shown.WorkerStakeRatio != 40 || shown.SchedulerRewardRatio != 7 {
			t.Errorf("workerpool show after policy: %+v", shown)
		}
		wantError(t, []string{"workerpool", "policy", pool.Address, "--worker-stake-ratio", "10", "--from", other},
			"only the owner of workerpool "+pool.Address+", "+me)
		wantError(t, []string{"workerpool", "policy", assetTestNowhere, "--worker-stake-ratio", "10"}, "no workerpool at "+assetTestNowhere)
	})

	t.Run("count and transfer", func(t *testing.T) {
		var c assetCountJSON
		runPocoJSON(t, &c, "workerpool", "count", "--owner", me)
		if c.Kind != "workerpool" || c.Total < 1 || *c.Owned != 1 {
			t.Errorf("workerpool count --owner: %+v", c)
		}
		wantOutput(t, []string{"workerpool", "transfer", pool.Address, "--to", other}, "Transferred workerpool "+pool.Address, other)
		var shown workerpoolJSON
		runPocoJSON(t, &shown, "workerpool", "show", pool.Address)
		if shown.Owner != other {
			t.Errorf("after the transfer the owner is %s", shown.Owner)
		}
		runPocoJSON(t, &c, "workerpool", "count", "--owner", other)
		if *c.Owned != 1 {
			t.Errorf("%s owns %d workerpools, want 1", other, *c.Owned)
		}
	})
}

// TestAssetCLIBadInput checks that malformed input is refused before any network access:
// there is no chain configured, so an error other than the expected one would be
// "no chain configured".
func TestAssetCLIBadInput(t *testing.T) {
	noChainEnv(t)
	mr := filepath.Join(t.TempDir(), "empty")
	if err := os.WriteFile(mr, []byte(" \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	app := func(extra ...string) []string {
		base := map[string]string{"--name": "x", "--type": "WASM", "--multiaddr": "/ipfs/x", "--checksum": assetTestChecksum}
		args := []string{"app", "deploy"}
		for i := 0; i < len(extra); i += 2 {
			base[extra[i]] = extra[i+1]
		}
		for k, v := range base {
			if v != "-" {
				args = append(args, k, v)
			}
		}
		return args
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{app("--type", "ELF"), `unknown app type "ELF": --type is WASM or OCI`},
		{app("--checksum", "0x1234"), `--checksum "0x1234" has 4 hex digits: want 0x followed by 64 hex digits`},
		{app("--checksum", "0x"+strings.Repeat("zz", 32)), "is not hexadecimal"},
		{app("--checksum", assetTestChecksum+"00"), "has 66 hex digits"},
		{app("--name", "-", "--multiaddr", "-"), "--name, --multiaddr are required"},
		{app("--checksum", "-"), "--checksum is required"},
		{app("--owner", "me"), `--owner "me" is not an address`},
		{app("--owner", "0x0000000000000000000000000000000000000000"), "--owner is the zero address"},
		{app("--mrenclave-file", mr), "is empty"},
		{app("--mrenclave-file", mr+".missing"), "reading the --mrenclave-file"},
		{[]string{"app", "show", "0x12"}, `app "0x12" is not an address`},
		{[]string{"app", "show"}, "poco app show needs the ADDRESS of the app"},
		{[]string{"app", "transfer", assetTestNowhere}, "to whom? give --to ACCOUNT"},
		{[]string{"app", "transfer", assetTestNowhere, "--to", "0xabc"}, `--to "0xabc" is not an address`},
		{[]string{"app", "count", "--owner", "x"}, `--owner "x" is not an address`},
		{[]string{"dataset", "deploy", "--name", "d", "--multiaddr", "m", "--checksum", "0x00"}, "has 2 hex digits"},
		{[]string{"dataset", "show", "nope"}, `dataset "nope" is not an address`},
		{[]string{"workerpool", "deploy"}, "--description is required"},
		{[]string{"workerpool", "policy", assetTestNowhere}, "nothing to change"},
		{[]string{"workerpool", "policy", assetTestNowhere, "--worker-stake-ratio", "101"}, `--worker-stake-ratio "101" is not a percentage: give a whole number from 0 to 100`},
		{[]string{"workerpool", "policy", assetTestNowhere, "--scheduler-reward-ratio", "-1"}, "is not a percentage"},
		{[]string{"workerpool", "policy", "0xbad", "--scheduler-reward-ratio", "1"}, `workerpool "0xbad" is not an address`},
	} {
		wantError(t, tc.args, tc.want)
	}
	// Well-formed input gets as far as the missing configuration.
	wantError(t, app(), "no chain configured")
	wantError(t, []string{"workerpool", "show", assetTestNowhere}, "no chain configured")
}
