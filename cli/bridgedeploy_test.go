package cli

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/anvil"
	"github.com/pocolabs/poco/sdk"
)

// TestBridgeDeployOnAnvil installs the bridge as docs/bridge.md "On real chains" says,
// on two anvil processes Poco did not start (chain ids 31337 and 31338, a block every
// 250 ms besides the instant ones): a token on "main" (poco deploy --test-token),
// `poco bridge deploy`, the protocol on the side's bridged token (`poco deploy --token`),
// `poco bridge set-hub`, three validators as `poco bridge` commands, then a deposit into
// the side hub, a withdrawal back to main, and, with one validator stopped, another
// deposit; the vault always holds exactly the bridged supply once nothing is in flight.
func TestBridgeDeployOnAnvil(t *testing.T) {
	began := time.Now()
	walletTestEnv(t)
	mining := []string{"--block-time", "0.25", "--mixed-mining"}
	mainNode := anvil.Start(t, "cancun", append([]string{"--chain-id", "31337"}, mining...)...)
	sideNode := anvil.Start(t, "cancun", append([]string{"--chain-id", "31338"}, mining...)...)
	dir := t.TempDir()
	ks, pw, keyFile, mnemonic := filepath.Join(dir, "keystore"), filepath.Join(dir, "pw"), filepath.Join(dir, "deployer.key"), filepath.Join(dir, "mnemonic")
	for path, content := range map[string]string{keyFile: anvil.Key0 + "\n", pw: "pw\n", mnemonic: anvil.Mnemonic + "\n"} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	poco(t, "wallet", "import", "--private-key-file", keyFile, "--keystore", ks, "--password-file", pw)
	var validators []string
	for i := 1; i <= 3; i++ {
		var v struct {
			Address common.Address `json:"address"`
		}
		pocoJSON(t, &v, "wallet", "import", "--mnemonic-file", mnemonic, "--index", string(rune('0'+i)), "--keystore", ks, "--password-file", pw)
		validators = append(validators, v.Address.Hex())
	}
	key := []string{"--from", anvil.Account0, "--keystore", ks, "--password-file", pw}
	cfgPath := filepath.Join(config.Home(), "config.json")

	// The main chain's token.
	var mainDep deployView
	pocoJSON(t, &mainDep, append([]string{"deploy", "--rpc", mainNode.URL, "--test-token"}, key...)...)
	token := mainDep.Contracts.Token

	// The bridge, after the refusals.
	deployArgs := func(mainRPC, sideRPC, token, threshold string) []string {
		return append([]string{"bridge", "deploy", "--main-rpc", mainRPC, "--side-rpc", sideRPC, "--token", token,
			"--validators", strings.Join(validators, ","), "--threshold", threshold, "--daily-limit", "1000000"}, key...)
	}
	pocoFails(t, []string{"--threshold 4", "above the 3 validators"}, deployArgs(mainNode.URL, sideNode.URL, token, "4")...)
	pocoFails(t, []string{"same chain id 31337"}, deployArgs(mainNode.URL, strings.Replace(mainNode.URL, "127.0.0.1", "localhost", 1), token, "2")...)
	pocoFails(t, []string{"--token", "decimals()"}, deployArgs(mainNode.URL, sideNode.URL, mainDep.Contracts.Hub, "2")...)
	pocoFails(t, []string{"cannot reach the sidechain at http://127.0.0.1:1"}, deployArgs(mainNode.URL, "http://127.0.0.1:1", token, "2")...)
	var bd bridgeDeployView
	pocoJSON(t, &bd, deployArgs(mainNode.URL, sideNode.URL, token, "2")...)
	if !bd.Verified || bd.MainChainID != 31337 || bd.SideChainID != 31338 || bd.MainBlock == 0 || bd.SideBlock == 0 ||
		bd.MainToken != common.HexToAddress(token) || bd.SideToken == (common.Address{}) || bd.Threshold != 2 || len(bd.Validators) != 3 ||
		bd.Guardian != common.HexToAddress(anvil.Account0) || bd.DailyLimit != "1000000" {
		t.Fatalf("bridge deploy printed %+v", bd)
	}
	f, err := config.Load(cfgPath)
	if err != nil || f.Bridge == nil || f.Bridge.MainBridge != bd.MainBridge || f.Bridge.SideBridge != bd.SideBridge ||
		f.Bridge.MainBlock != bd.MainBlock || f.Bridge.SideBlock != bd.SideBlock || f.Bridge.MainRPC != mainNode.URL || f.Bridge.SideRPC != sideNode.URL {
		t.Fatalf("configuration file after bridge deploy: %+v (%v), want the bridge %+v", f, err, bd.Bridge)
	}
	mainEC, sideEC := dialTest(t, mainNode.URL), dialTest(t, sideNode.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for _, c := range []struct {
		ec    *ethclient.Client
		addr  common.Address
		block uint64
	}{{mainEC, bd.MainBridge, bd.MainBlock}, {sideEC, bd.SideBridge, bd.SideBlock}} {
		before, _ := c.ec.CodeAt(ctx, c.addr, new(big.Int).SetUint64(c.block-1))
		at, _ := c.ec.CodeAt(ctx, c.addr, new(big.Int).SetUint64(c.block))
		if len(before) != 0 || len(at) == 0 {
			t.Errorf("%s: %d bytes of code before block %d, %d in it: not its deployment block", c.addr, len(before), c.block, len(at))
		}
	}

	// A hub on another token is refused; the protocol on the bridged token is linked.
	var wrong deployView
	pocoJSON(t, &wrong, append([]string{"deploy", "--rpc", sideNode.URL, "--test-token"}, key...)...)
	pocoFails(t, []string{"counts in the token", "not in the bridged token " + bd.SideToken.Hex()}, append([]string{"bridge", "set-hub", wrong.Contracts.Hub}, key...)...)
	var sideDep deployView
	pocoJSON(t, &sideDep, append([]string{"deploy", "--rpc", sideNode.URL, "--token", bd.SideToken.Hex(), "--new"}, key...)...)
	// The protocol's deployment on the sidechain keeps the bridge in the configuration file.
	if f, err = config.Load(cfgPath); err != nil || f.Bridge == nil || f.Bridge.SideBridge != bd.SideBridge {
		t.Fatalf("configuration file after deploying the protocol on the sidechain: %+v (%v): the bridge is lost", f, err)
	}
	var sh bridgeSetHubView
	pocoJSON(t, &sh, append([]string{"bridge", "set-hub", sideDep.Contracts.Hub}, key...)...)
	if sh.AlreadySet || sh.Hub != common.HexToAddress(sideDep.Contracts.Hub) || sh.SideBridge != bd.SideBridge {
		t.Fatalf("set-hub printed %+v", sh)
	}
	if f, err = config.Load(cfgPath); err != nil || f.ChainID != 31338 || f.Bridge == nil || f.Bridge.SideBridge != bd.SideBridge || f.Bridge.MainBlock != bd.MainBlock {
		t.Fatalf("configuration file after set-hub: %+v (%v)", f, err)
	}
	pocoJSON(t, &sh, append([]string{"bridge", "set-hub"}, key...)...) // the file's hub, again: nothing to send
	if !sh.AlreadySet {
		t.Errorf("set-hub again printed %+v, want alreadySet", sh)
	}
	if out := poco(t, append([]string{"bridge", "set-hub"}, key...)...); !strings.Contains(out, "already has the hub "+sideDep.Contracts.Hub) {
		t.Errorf("set-hub again printed %q", out)
	}

	// Three validators.
	listen := []string{freeAddr(t), freeAddr(t), freeAddr(t)}
	relays := []string{"http://" + listen[0], "http://" + listen[1], "http://" + listen[2]}
	var daemons []*background
	var stops []context.CancelFunc
	for i := range 3 {
		vctx, stop := context.WithCancel(ctx)
		var peers []string
		for j := range 3 {
			if j != i {
				peers = append(peers, relays[j])
			}
		}
		stops = append(stops, stop)
		daemons = append(daemons, pocoBackground(t, vctx, "bridge", "--from", validators[i], "--listen", listen[i],
			"--peers", strings.Join(peers, ","), "--db", filepath.Join(dir, "v"+string(rune('0'+i))+".db"),
			"--confirmations", "1", "--poll", "200ms", "--stagger", "300ms"))
	}
	defer func() {
		for i, d := range daemons {
			stops[i]()
			d.wait(t)
		}
	}()
	peers := "--peers=" + strings.Join(relays, ",")
	follow := func(services []*background, tx common.Hash) bridgeStatusView {
		t.Helper()
		var st bridgeStatusView
		waitFor(t, services, "transfer "+tx.Hex()+" to execute", func() bool {
			out, _, err := runPoco(t, "", "bridge", "status", tx.Hex(), peers, "--json")
			st = bridgeStatusView{}
			return err == nil && json.Unmarshal([]byte(out), &st) == nil && st.Executed && st.Signed >= 2
		})
		return st
	}
	bridged := bindings.NewBridgedToken()
	conserved := func(want int64) {
		t.Helper()
		locked, err := bind.Call(bridged.Instance(mainEC, common.HexToAddress(token)), &bind.CallOpts{Context: ctx}, bridged.PackBalanceOf(bd.MainBridge), bridged.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		supply, err := bind.Call(bridged.Instance(sideEC, bd.SideToken), &bind.CallOpts{Context: ctx}, bridged.PackTotalSupply(), bridged.UnpackTotalSupply)
		if err != nil {
			t.Fatal(err)
		}
		if locked.Cmp(supply) != 0 || locked.Cmp(wholeRLC(want)) != 0 {
			t.Fatalf("vault holds %s, bridged supply %s: want both %d RLC", locked, supply, want)
		}
	}

	// The guardian's controls: pause (a deposit is refused), a daily limit, unpause.
	pocoFails(t, []string{"only the guardian " + anvil.Account0}, "bridge", "pause", "--from", validators[0])
	var guard []bridgeGuardView
	pocoJSON(t, &guard, "bridge", "pause")
	if len(guard) != 2 || !guard[0].Paused || !guard[1].Paused || guard[0].Tx == nil || guard[0].Chain != "main" {
		t.Fatalf("pause printed %+v", guard)
	}
	pocoFails(t, []string{"paused by its guardian"}, "bridge", "deposit", "1")
	pocoJSON(t, &guard, "bridge", "daily-limit", "500", "--chain", "side")
	if len(guard) != 1 || guard[0].DailyLimit != "500" || guard[0].Chain != "side" {
		t.Fatalf("daily-limit printed %+v", guard)
	}
	pocoJSON(t, &guard, "bridge", "unpause")
	if len(guard) != 2 || guard[0].Paused || guard[1].Paused || guard[1].DailyLimit != "500" || guard[0].DailyLimit != "1000000" {
		t.Fatalf("unpause printed %+v", guard)
	}
	pocoJSON(t, &guard, "bridge", "daily-limit", "unlimited", "--chain", "main")
	if len(guard) != 1 || guard[0].DailyLimit != "unlimited" || guard[0].Chain != "main" || guard[0].Tx == nil {
		t.Fatalf("daily-limit unlimited printed %+v", guard)
	}

	// 100 RLC into the side hub.
	var dep bridgeTransferView
	pocoJSON(t, &dep, "bridge", "deposit", "100", "--to-hub")
	st := follow(daemons, dep.TxHash)
	if st.Direction != bridge.Deposit || !st.Transfer.ToHub || st.Threshold != 2 || len(st.Validators) != 3 {
		t.Fatalf("deposit status %+v", st)
	}
	var acct accountJSON
	pocoJSON(t, &acct, "account", "show")
	if free, err := sdk.ParseRLC(acct.Free); err != nil || free.Cmp(wholeRLC(100)) != 0 {
		t.Fatalf("account in the side hub %+v: want 100 RLC free", acct)
	}
	conserved(100)

	// 40 back to main: out of the hub, across the bridge.
	poco(t, "account", "withdraw", "40")
	var wd bridgeTransferView
	pocoJSON(t, &wd, "bridge", "withdraw", "40")
	st = follow(daemons, wd.TxHash)
	if st.Direction != bridge.Withdraw || !st.Executed || st.Signed < int(st.Threshold) || st.Threshold != 2 {
		t.Fatalf("withdraw status %+v", st)
	}
	onMain, err := bind.Call(bridged.Instance(mainEC, common.HexToAddress(token)), &bind.CallOpts{Context: ctx},
		bridged.PackBalanceOf(common.HexToAddress(anvil.Account0)), bridged.UnpackBalanceOf)
	if err != nil || onMain.Cmp(new(big.Int).Sub(wholeRLC(1_000_000_000), wholeRLC(60))) != 0 {
		t.Fatalf("the deployer holds %s on main (%v), want its supply less the 60 RLC still bridged", onMain, err)
	}
	conserved(60)

	// The first validator stops: the two others still carry a deposit.
	stops[0]()
	daemons[0].wait(t)
	var dep2 bridgeTransferView
	pocoJSON(t, &dep2, "bridge", "deposit", "5")
	st = follow(daemons[1:], dep2.TxHash)
	if st.Validators[0].Signed || !st.Validators[1].Signed || !st.Validators[2].Signed {
		t.Errorf("with validator 0 stopped, status %+v", st.Validators)
	}
	conserved(65)
	daemons, stops = daemons[1:], stops[1:]
	t.Logf("bridge deployed, linked and crossed both ways on two anvil chains in %s", time.Since(began).Round(time.Millisecond))
}

func wholeRLC(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000)) }

func dialTest(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// TestBridgeDeployBadInput: `poco bridge deploy` and the guardian's commands say what is
// wrong before they reach for a chain; the table for people names every address.
func TestBridgeDeployBadInput(t *testing.T) {
	walletTestEnv(t)
	v1, v2 := "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
	args := func(extra ...string) []string {
		return append([]string{"bridge", "deploy", "--main-rpc", "http://127.0.0.1:1", "--side-rpc", "http://127.0.0.1:2",
			"--token", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--validators", v1 + "," + v2, "--threshold", "2"}, extra...)
	}
	pocoFails(t, []string{"which main chain", "--main-rpc"}, "bridge", "deploy", "--side-rpc", "http://127.0.0.1:2")
	pocoFails(t, []string{"which sidechain", "--side-rpc"}, "bridge", "deploy", "--main-rpc", "http://127.0.0.1:1")
	pocoFails(t, []string{"both http://127.0.0.1:1"}, "bridge", "deploy", "--main-rpc", "http://127.0.0.1:1", "--side-rpc", "http://127.0.0.1:1")
	pocoFails(t, []string{"which token"}, "bridge", "deploy", "--main-rpc", "http://127.0.0.1:1", "--side-rpc", "http://127.0.0.1:2")
	pocoFails(t, []string{"lists " + v1 + " twice"}, args("--validators", v1+","+v1)...)
	pocoFails(t, []string{"pass --threshold M", "a majority, 2"}, args("--threshold", "0")...)
	pocoFails(t, []string{"--daily-limit 0 would stop every transfer"}, args("--daily-limit", "0")...)
	pocoFails(t, []string{"which account deploys", "--from"}, args()...)
	pocoFails(t, []string{"no key for"}, args("--from", v1)...)
	pocoFails(t, []string{`--chain "middle"`, "main, side or both"}, "bridge", "pause", "--chain", "middle")
	pocoFails(t, []string{"would stop every transfer", "poco bridge pause"}, "bridge", "daily-limit", "0")
	pocoFails(t, []string{"which hub"}, "bridge", "set-hub")

	var out strings.Builder
	printBridgeDeploy(&out, bridgeDeployView{
		Bridge: config.Bridge{MainRPC: "https://main.example", MainChainID: 1, MainBridge: common.HexToAddress("0x01"), MainBlock: 7,
			MainToken: common.HexToAddress("0x02"), SideRPC: "https://side.example", SideChainID: 2, SideBridge: common.HexToAddress("0x03"),
			SideToken: common.HexToAddress("0x04"), SideBlock: 3, Threshold: 2},
		Validators: []common.Address{common.HexToAddress(v1), common.HexToAddress(v2)}, DailyLimit: "unlimited",
		Name: "Bridged RLC", Symbol: "bRLC", Verified: true, Config: "/c.json", Record: "/r.json"})
	for _, want := range []string{"1 at https://main.example", common.HexToAddress("0x01").Hex() + " (block 7)", "2 of " + v1 + ", " + v2,
		common.HexToAddress("0x04").Hex() + " (Bridged RLC, bRLC)", "unlimited", "poco deploy --rpc https://side.example --token " + common.HexToAddress("0x04").Hex()} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("bridge deploy printed\n%s\nwithout %q", out.String(), want)
		}
	}
}
