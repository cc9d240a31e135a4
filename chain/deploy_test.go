package chain_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/chaintest"
)

// TestRuntimeMatchesTheArtifacts checks RuntimeMatches against the compiler's own runtime
// code (contracts/build/combined.json's bin-runtime, zeros where immutables go): each is
// found in its creation code, a changed byte outside an immutable slot is refused, and a
// filled immutable slot is accepted.
func TestRuntimeMatchesTheArtifacts(t *testing.T) {
	data, err := os.ReadFile("../contracts/build/combined.json")
	if err != nil {
		t.Fatal(err)
	}
	var combined struct {
		Contracts map[string]struct {
			Bin        string `json:"bin"`
			BinRuntime string `json:"bin-runtime"`
		} `json:"contracts"`
	}
	if err := json.Unmarshal(data, &combined); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for name, c := range combined.Contracts {
		if c.BinRuntime == "" {
			continue
		}
		creation, runtime := common.FromHex(c.Bin), common.FromHex(c.BinRuntime)
		if !chain.RuntimeMatches(creation, runtime) {
			t.Errorf("%s: its runtime code is not found in its creation code", name)
			continue
		}
		changed := append([]byte(nil), runtime...)
		changed[len(changed)/2] ^= 0x01
		if changed[len(changed)/2] != 0x01 && chain.RuntimeMatches(creation, changed) { // not a zero byte made one
			t.Errorf("%s: a runtime code with a changed byte matches", name)
		}
		if i := strings.Index(c.BinRuntime, strings.Repeat("0", 64)); i >= 0 && i%2 == 0 && strings.HasSuffix(name, ":PocoHub") {
			filled := append([]byte(nil), runtime...)
			copy(filled[i/2+12:], common.HexToAddress("0x1234567890123456789012345678901234567890").Bytes())
			if !chain.RuntimeMatches(creation, filled) {
				t.Errorf("%s: a runtime code with an immutable filled does not match", name)
			}
		}
		checked++
	}
	if checked < 6 {
		t.Fatalf("checked %d contracts, want the protocol's 6 at least", checked)
	}
}

// errCrash is what the crashing Save of TestDeployResumesAfterACrash returns.
var errCrash = errors.New("crash")

// TestDeployResumesAfterACrash stops a deployment right after each of its saves, as a
// crash would, and resumes it from what that save wrote: every resumed deployment is
// complete and verified, no contract is deployed twice (the deployer sends exactly one
// transaction per contract), and contracts recorded as mined keep their addresses.
func TestDeployResumesAfterACrash(t *testing.T) {
	ctx := context.Background()
	// How many saves a whole deployment makes.
	c := chaintest.New(t, 1)
	var saves int
	if _, err := chain.Deploy(ctx, c.Client, c.TransactOpts(c.Accounts[0]), chain.DeployOptions{
		TestTokenSupply: big.NewInt(1e9), Mine: func() { c.Commit() },
		State: &chain.DeployState{}, Save: func(*chain.DeployState) error { saves++; return nil },
	}); err != nil {
		t.Fatal(err)
	}
	if saves < 13 { // the header, then each of 6 contracts sent and mined, then the end
		t.Fatalf("a deployment saved its progress %d times, want at least 13", saves)
	}
	for crashAt := 1; crashAt < saves; crashAt++ {
		c := chaintest.New(t, 1)
		opts := c.TransactOpts(c.Accounts[0])
		var saved []byte
		n := 0
		_, err := chain.Deploy(ctx, c.Client, opts, chain.DeployOptions{
			TestTokenSupply: big.NewInt(1e9), Mine: func() { c.Commit() },
			State: &chain.DeployState{},
			Save: func(s *chain.DeployState) error {
				var err error
				if saved, err = json.Marshal(s); err != nil {
					return err
				}
				if n++; n == crashAt {
					return errCrash
				}
				return nil
			},
		})
		if !errors.Is(err, errCrash) {
			t.Fatalf("crash at save %d: Deploy returned %v, want the crash", crashAt, err)
		}
		var st chain.DeployState
		if err := json.Unmarshal(saved, &st); err != nil {
			t.Fatal(err)
		}
		before := map[string]common.Address{}
		for _, k := range st.Contracts {
			if k.Mined {
				before[k.Name] = k.Address
			}
		}
		d, err := chain.Deploy(ctx, c.Client, opts, chain.DeployOptions{
			TestTokenSupply: big.NewInt(1e9), Mine: func() { c.Commit() },
			State: &st, Save: func(*chain.DeployState) error { return nil },
		})
		if err != nil {
			t.Fatalf("crash at save %d: resuming: %v", crashAt, err)
		}
		if err := chain.VerifyDeployment(ctx, c.Client, d, true); err != nil {
			t.Fatalf("crash at save %d: %v", crashAt, err)
		}
		nonce, err := c.Client.NonceAt(ctx, c.Accounts[0].Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if nonce != 6 {
			t.Errorf("crash at save %d: the deployer sent %d transactions, want 6 (one per contract)", crashAt, nonce)
		}
		got := map[string]common.Address{chain.ContractTestToken: d.Token, chain.ContractAppRegistry: d.AppRegistry,
			chain.ContractDatasetRegistry: d.DatasetRegistry, chain.ContractWorkerpoolRegistry: d.WorkerpoolRegistry,
			chain.ContractTasks: d.Tasks, chain.ContractHub: d.Hub}
		for name, a := range before {
			if got[name] != a {
				t.Errorf("crash at save %d: %s was at %s before the crash, now %s", crashAt, name, a, got[name])
			}
		}
		if d.Block == 0 {
			t.Errorf("crash at save %d: no deployment block", crashAt)
		}
	}
}

// TestDeployRefusesAnotherDeployment: the progress of one deployment is not resumed with
// other options.
func TestDeployRefusesAnotherDeployment(t *testing.T) {
	c := chaintest.New(t, 2)
	st := &chain.DeployState{Deployer: c.Accounts[1].Address, Owner: c.Accounts[1].Address,
		Contracts: []chain.DeployedContract{{Name: chain.ContractTestToken, Address: common.HexToAddress("0x01"), Mined: true}}}
	_, err := chain.Deploy(context.Background(), c.Client, c.TransactOpts(c.Accounts[0]), chain.DeployOptions{
		Mine: func() { c.Commit() }, State: st,
	})
	if err == nil || !strings.Contains(err.Error(), "in progress is by") {
		t.Fatalf("resuming another account's deployment: %v, want an error saying whose it is", err)
	}
}

// TestCheckRulesAndVerify: the simulated chain (Prague rules) passes CheckRules, and a
// deployment on it verifies; a registry's code at the hub's address does not.
func TestCheckRulesAndVerify(t *testing.T) {
	ctx := context.Background()
	c := chaintest.New(t, 1)
	if err := chain.CheckRules(ctx, c.Client, c.Accounts[0].Address); err != nil {
		t.Fatalf("Prague rules: %v", err)
	}
	d, err := chain.Deploy(ctx, c.Client, c.TransactOpts(c.Accounts[0]), chain.DeployOptions{Mine: func() { c.Commit() }})
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.VerifyDeployment(ctx, c.Client, d, true); err != nil {
		t.Fatal(err)
	}
	bad := *d
	bad.Hub = d.AppRegistry
	if err := chain.VerifyDeployment(ctx, c.Client, &bad, true); err == nil || !strings.Contains(err.Error(), "not this build's PocoHub") {
		t.Fatalf("a registry as the hub: %v, want a code mismatch", err)
	}
	bad = *d
	bad.Tasks = d.AppRegistry
	if err := chain.VerifyDeployment(ctx, c.Client, &bad, true); err == nil {
		t.Fatal("a registry as the task module verified")
	}
	if dec, err := chain.CheckToken(ctx, c.Client, d.Token, c.Accounts[0].Address); err != nil || dec != 9 {
		t.Fatalf("CheckToken(test token) = %d, %v; want 9 decimals", dec, err)
	}
	if _, err := chain.CheckToken(ctx, c.Client, d.Hub, c.Accounts[0].Address); err == nil {
		t.Fatal("CheckToken accepted the hub as an ERC-20")
	}
	if _, err := chain.CheckToken(ctx, c.Client, common.HexToAddress("0x1234"), c.Accounts[0].Address); err == nil || !strings.Contains(err.Error(), "no code") {
		t.Fatalf("CheckToken(no code) = %v, want no code", err)
	}
}
