package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/internal/freeport"
	"github.com/pocolabs/poco/wallet"
)

// bridgeTestChain is a simulated chain served over HTTP JSON-RPC on a loopback port.
func bridgeTestChain(t *testing.T, chainID int64) (*chaintest.Chain, string) {
	t.Helper()
	port := freePort(t)
	c := chaintest.New(t, 6, chaintest.WithBackendOption(func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		cfg := *ec.Genesis.Config
		cfg.ChainID = big.NewInt(chainID)
		ec.Genesis.Config = &cfg
		ec.NetworkId = uint64(chainID)
	}))
	return c, fmt.Sprintf("http://127.0.0.1:%d", port)
}

func freePort(t *testing.T) int {
	t.Helper()
	p, err := freeport.Port()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// runBridgeCLI runs `poco ARGS` with the bridge command under a root like the real one.
func runBridgeCLI(ctx context.Context, args ...string) (string, error) {
	root := &cobra.Command{Use: "poco", SilenceUsage: true, SilenceErrors: true}
	g := &globals{}
	g.register(root.PersistentFlags())
	root.AddCommand(newBridgeCommand(g))
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(io.Discard)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), err
}

// The bridge commands end to end on two chains served over JSON-RPC: `poco bridge` runs
// validator 0 (validators 1 and 2 run in-process); `deposit --to-hub` is refused while
// the side bridge has no hub, then lands in the user's hub account once it has one;
// `deposit` and `withdraw` move tokens as the user; `status TX` follows each transfer
// until executed with the signatures gathered; `status` lists the relays.
func TestBridgeCLIDepositWithdrawStatus(t *testing.T) {
	walletTestEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	mainC, mainURL := bridgeTestChain(t, 1337)
	sideC, sideURL := bridgeTestChain(t, 7777)
	var mineMu sync.Mutex
	mine := func(c *chaintest.Chain) { mineMu.Lock(); c.Commit(); mineMu.Unlock() }
	deployer, alice := mainC.Accounts[4], mainC.Accounts[3]
	vals := []common.Address{mainC.Accounts[0].Address, mainC.Accounts[1].Address, mainC.Accounts[2].Address}

	// Deploy: a token on main, the vault, the side bridge.
	tt := bindings.NewTestToken()
	token, _, err := bind.DeployContract(mainC.TransactOpts(deployer), common.FromHex(bindings.TestTokenMetaData.Bin), mainC.Client,
		tt.PackConstructor(alice.Address, big.NewInt(10_000_000_000)))
	if err != nil {
		t.Fatal(err)
	}
	mine(mainC)
	vault, err := bridge.DeployVault(ctx, mainC.Client, deployer.Key, token, big.NewInt(7777), vals, 2, nil, common.Address{},
		bridge.WithMine(func() { mine(mainC) }))
	if err != nil {
		t.Fatal(err)
	}
	side, sideToken, err := bridge.DeploySide(ctx, sideC.Client, deployer.Key, "Bridged RLC", "bRLC", big.NewInt(1337), vals, 2, nil, common.Address{},
		bridge.WithMine(func() { mine(sideC) }))
	if err != nil {
		t.Fatal(err)
	}
	// From here blocks come on their own, as on a real chain.
	mining, stopMining := context.WithCancel(ctx)
	defer stopMining()
	go func() {
		for mining.Err() == nil {
			mine(mainC)
			mine(sideC)
			time.Sleep(50 * time.Millisecond)
		}
	}()

	// Keys: alice and validator 0 in the keystore; the configuration file names the bridge.
	home := t.TempDir()
	keys := filepath.Join(home, "keys")
	for _, k := range []*chaintest.Account{alice, mainC.Accounts[0]} {
		if _, err := wallet.ImportKey(keys, k.Key, "pw", wallet.LightScrypt()); err != nil {
			t.Fatal(err)
		}
	}
	pw := filepath.Join(home, "pw")
	if err := os.WriteFile(pw, []byte("pw"), 0o600); err != nil {
		t.Fatal(err)
	}
	listen := []string{fmt.Sprintf("127.0.0.1:%d", freePort(t)), fmt.Sprintf("127.0.0.1:%d", freePort(t)), fmt.Sprintf("127.0.0.1:%d", freePort(t))}
	relays := []string{"http://" + listen[0], "http://" + listen[1], "http://" + listen[2]}
	cfg, _ := json.Marshal(map[string]any{"keystore": keys, "passwordFile": pw, "account": alice.Address,
		"bridge": map[string]any{"mainRpc": mainURL, "sideRpc": sideURL, "mainBridge": vault, "sideBridge": side, "relays": relays}})
	cfgPath := filepath.Join(home, "config.json")
	if err := os.WriteFile(cfgPath, cfg, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvConfig, cfgPath)

	// Validator 0 through the command; 1 and 2 in-process.
	daemonCtx, stopDaemon := context.WithCancel(ctx)
	daemonDone := make(chan error, 1)
	go func() {
		_, err := runBridgeCLI(daemonCtx, "bridge", "--from", mainC.Accounts[0].Address.Hex(), "--listen", listen[0],
			"--peers", relays[1]+","+relays[2], "--db", filepath.Join(home, "v0.db"), "--confirmations", "2",
			"--poll", "100ms", "--stagger", "200ms")
		daemonDone <- err
	}()
	defer func() { stopDaemon(); <-daemonDone }()
	for i := 1; i <= 2; i++ {
		m, err := bridge.NewEndpoint(ctx, mainC.Client, vault)
		if err != nil {
			t.Fatal(err)
		}
		s, err := bridge.NewEndpoint(ctx, sideC.Client, side)
		if err != nil {
			t.Fatal(err)
		}
		v, err := bridge.New(bridge.Config{Key: mainC.Accounts[i].Key, Main: m, Side: s, DBPath: filepath.Join(home, fmt.Sprintf("v%d.db", i)),
			Listen: listen[i], Peers: []string{relays[0], relays[3-i]}, Confirmations: 2, Poll: 100 * time.Millisecond,
			Stagger: 200 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		if err := v.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer v.Close()
	}

	follow := func(tx common.Hash) bridgeStatusView {
		t.Helper()
		var v bridgeStatusView
		for ctx.Err() == nil {
			out, err := runBridgeCLI(ctx, "bridge", "status", tx.Hex(), "--json")
			if err != nil {
				t.Fatalf("status: %v", err)
			}
			v = bridgeStatusView{}
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("status output %q: %v", out, err)
			}
			if v.Executed && v.Signed >= 2 {
				return v
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("transfer %s not executed in time: %+v", tx.Hex(), v)
		return v
	}

	out, err := runBridgeCLI(ctx, "bridge", "deposit", "3", "--to-hub", "--to", alice.Address.Hex(), "--json")
	if err == nil || !strings.Contains(err.Error(), "no hub") {
		t.Fatalf("deposit --to-hub without a side hub: %v (%s), want a refusal naming the missing hub", err, out)
	}
	// The sidechain's hub, on the bridged token; then into alice's account there.
	d, err := chain.Deploy(ctx, sideC.Client, sideC.TransactOpts(deployer), chain.DeployOptions{Token: sideToken, Mine: func() { mine(sideC) }})
	if err != nil {
		t.Fatal(err)
	}
	if err := bridge.SetHub(ctx, sideC.Client, deployer.Key, side, d.Hub, bridge.WithMine(func() { mine(sideC) })); err != nil {
		t.Fatal(err)
	}
	out, err = runBridgeCLI(ctx, "bridge", "deposit", "0.5", "--to-hub", "--json")
	if err != nil {
		t.Fatalf("deposit --to-hub: %v", err)
	}
	var hubDep bridgeTransferView
	if err := json.Unmarshal([]byte(out), &hubDep); err != nil || !hubDep.ToHub {
		t.Fatalf("deposit --to-hub output %q (%v)", out, err)
	}
	follow(hubDep.TxHash)
	acct, err := bind.Call(bindings.NewPoco().Instance(sideC.Client, d.Hub), nil, bindings.NewPoco().PackAccount(alice.Address), bindings.NewPoco().UnpackAccount)
	if err != nil || acct.Free.Int64() != 500_000_000 {
		t.Fatalf("alice's free balance in the side hub: %v (%v), want 0.5 RLC", acct.Free, err)
	}

	out, err = runBridgeCLI(ctx, "bridge", "deposit", "3", "--json")
	if err != nil {
		t.Fatalf("deposit: %v", err)
	}
	var dep bridgeTransferView
	if err := json.Unmarshal([]byte(out), &dep); err != nil || dep.Direction != bridge.Deposit || dep.Amount != "3000000000" || dep.Recipient != alice.Address {
		t.Fatalf("deposit output %q (%v)", out, err)
	}
	st := follow(dep.TxHash)
	if len(st.Validators) != 3 || st.Threshold != 2 || st.Confirmations < 2 || len(st.Relays) != 3 {
		t.Fatalf("deposit status %+v", st)
	}
	human, err := runBridgeCLI(ctx, "bridge", "status", dep.TxHash.Hex())
	if err != nil || !strings.Contains(human, "Executed on the sidechain: yes") || !strings.Contains(human, "signed") {
		t.Fatalf("status for people: %v\n%s", err, human)
	}

	out, err = runBridgeCLI(ctx, "bridge", "withdraw", "1.25", "--json")
	if err != nil {
		t.Fatalf("withdraw: %v", err)
	}
	var wd bridgeTransferView
	if err := json.Unmarshal([]byte(out), &wd); err != nil || wd.Direction != bridge.Withdraw || wd.Amount != "1250000000" {
		t.Fatalf("withdraw output %q (%v)", out, err)
	}
	follow(wd.TxHash)

	m, _ := bridge.NewEndpoint(ctx, mainC.Client, vault)
	s, _ := bridge.NewEndpoint(ctx, sideC.Client, side)
	onMain, _ := m.TokenBalance(ctx, alice.Address)
	onSide, _ := s.TokenBalance(ctx, alice.Address)
	locked, _ := m.TokenBalance(ctx, vault)
	if onMain.Int64() != 10_000_000_000-2_250_000_000 || onSide.Int64() != 1_750_000_000 || locked.Int64() != 2_250_000_000 {
		t.Fatalf("alice: %s on main, %s on the side; vault %s", onMain, onSide, locked)
	}

	out, err = runBridgeCLI(ctx, "bridge", "status", "--json")
	if err != nil {
		t.Fatalf("status without TX: %v", err)
	}
	var rv bridgeRelaysView
	if err := json.Unmarshal([]byte(out), &rv); err != nil || len(rv.Relays) != 3 {
		t.Fatalf("relays view %q (%v)", out, err)
	}
	for _, r := range rv.Relays {
		if r.Health == nil || len(r.Recent) != 3 {
			t.Fatalf("relay %s: health %v, %d recent transfers, want 3 (%s)", r.URL, r.Health, len(r.Recent), r.Error)
		}
	}
}
