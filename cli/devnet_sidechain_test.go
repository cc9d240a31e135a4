package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/localnet"
)

// `poco devnet --sidechain --json`: both chains, the bridge contracts and the validators
// in the summary, the bridge in the configuration file; then `poco demo --sidechain`'s
// round trip on the same data directory conserves tokens.
func TestDevnetSidechainCommand(t *testing.T) {
	dir := t.TempDir()
	configPath := filepath.Join(dir, "config.json")
	ports := []string{"--http-port", "0", "--ws-port", "0", "--main-http-port", "0", "--main-ws-port", "0", "--relay-port", "0",
		"--storage-port", "0", "--scheduler-port", "0", "--market-port", "0", "--sms-port", "0", "--explorer-port", "0"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	args := append([]string{"--config", configPath, "--json", "devnet", "--sidechain", "--datadir", filepath.Join(dir, "devnet"),
		"--workers", "2"}, ports...)
	lines, done, errOut := runDevnet(t, ctx, args...)
	var js strings.Builder
	var sum devnetSummaryJSON
	timeout := time.After(2 * time.Minute)
	for {
		if json.Unmarshal([]byte(js.String()), &sum) == nil {
			break
		}
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("devnet exited: %v\n%s\n%s", <-done, js.String(), errOut)
			}
			js.WriteString(l + "\n")
		case <-timeout:
			t.Fatalf("no JSON summary:\n%s\n%s", js.String(), errOut)
		}
	}
	sc := sum.Sidechain
	if sc == nil {
		t.Fatalf("no sidechain in the summary:\n%s", js.String())
	}
	t.Logf("devnet --sidechain started in %d ms (side devnet %d ms)", sc.StartupMS, sum.StartupMS)
	if sc.Main.ChainID != localnet.MainChainID || sum.ChainID == sc.Main.ChainID || !sc.Side.ZeroFee || sc.Threshold != 2 ||
		len(sc.Validators) != 3 || sc.Main.Locked != sc.Side.BridgedSupply || sc.Main.Locked == "0" || sc.Side.Token != sum.Contracts.Token {
		t.Errorf("sidechain summary: %+v", sc)
	}
	f, err := config.Load(configPath)
	if err != nil {
		t.Fatal(err)
	}
	if f.Bridge == nil || f.Bridge.MainBridge != sc.Main.Vault || f.Bridge.SideBridge != sc.Side.Bridge || f.Bridge.MainRPC != sc.Main.HTTP ||
		len(f.Bridge.Relays) != 3 || f.Bridge.Relays[0] != sc.Validators[0].Relay || f.ChainID != sum.ChainID {
		t.Errorf("configuration file bridge %+v, summary %+v", f.Bridge, sc)
	}
	// The explorer shows the bridge: the funding transfers executed, locked == supply.
	var page struct {
		Totals struct {
			LockedOnMain, BridgedSupply string
		}
		MainToSide []struct{ State string }
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := getJSON(sum.Explorer+"/api/bridge", &page)
		if err == nil && len(page.MainToSide) > 0 && page.MainToSide[0].State == "executed" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the explorer's /api/bridge: %+v, %v", page, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if page.Totals.LockedOnMain == "" || page.Totals.LockedOnMain != page.Totals.BridgedSupply {
		t.Errorf("the explorer's bridge totals: %+v, want the vault's locked tokens equal to the bridged supply", page.Totals)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for range lines {
	}

	// The demo on the same network: bridge in, a bag, bridge back, conservation.
	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	args = append([]string{"--config", configPath, "demo", "--sidechain", "--datadir", filepath.Join(dir, "devnet"),
		"--workers", "2", "--tasks", "3", "--trust", "1"}, ports...)
	lines, done, errOut = runDevnet(t, ctx2, args...)
	text := untilReady(t, lines, done, errOut, 3*time.Minute)
	for _, want := range []string{"Bridging 2 RLC of the requester", "Bridging back to the main chain", "the requester's leftover", "vault locked (main chain)",
		"bridged supply (sidechain)", "Conserved: the vault locks exactly the bridged supply"} {
		if !strings.Contains(text, want) {
			t.Errorf("the demo's output lacks %q:\n%s\n%s", want, text, errOut)
		}
	}
	cancel2()
	<-done
	for range lines {
	}
}
