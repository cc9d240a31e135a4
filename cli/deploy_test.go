package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/anvil"
	"github.com/pocolabs/poco/internal/freeport"
	"github.com/pocolabs/poco/sdk"
)

// deployEnv is an operator's machine as docs/deploy.md starts it: an isolated POCO_HOME,
// the deployer's key and password in files, and an anvil chain (Cancun rules) run as a
// separate process.
type deployEnv struct {
	node              *anvil.Node
	dir, key, pw, ks  string
	configPath, owner string
}

func newDeployEnv(t *testing.T, hardfork string) *deployEnv {
	t.Helper()
	walletTestEnv(t)
	e := &deployEnv{node: anvil.Start(t, hardfork), dir: t.TempDir(), owner: anvil.Account0}
	e.key = filepath.Join(e.dir, "deployer.key")
	e.pw = filepath.Join(e.dir, "deployer.pw")
	e.ks = filepath.Join(e.dir, "keystore")
	e.configPath = filepath.Join(config.Home(), "config.json")
	for path, content := range map[string]string{e.key: anvil.Key0 + "\n", e.pw: "correct horse battery\n"} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// importKey is step 1 of docs/deploy.md.
func (e *deployEnv) importKey(t *testing.T) {
	t.Helper()
	poco(t, "wallet", "import", "--private-key-file", e.key, "--keystore", e.ks, "--password-file", e.pw)
}

// deployArgs is step 2 of docs/deploy.md, with extra flags.
func (e *deployEnv) deployArgs(extra ...string) []string {
	return append([]string{"deploy", "--rpc", e.node.URL, "--test-token", "--from", e.owner, "--keystore", e.ks, "--password-file", e.pw}, extra...)
}

func (e *deployEnv) nonce(t *testing.T) uint64 {
	t.Helper()
	c, err := ethclient.Dial(e.node.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	n, err := c.NonceAt(context.Background(), common.HexToAddress(e.owner), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestDeployProcedure follows docs/deploy.md against anvil: import the key, deploy,
// check, configure storage and market, make a pool; run again (nothing is deployed);
// and a chain older than Cancun is refused with the documented error.
func TestDeployProcedure(t *testing.T) {
	e := newDeployEnv(t, "cancun")
	e.importKey(t)

	var v deployView
	pocoJSON(t, &v, e.deployArgs()...)
	if !v.Verified || v.AlreadyDeployed || v.Resumed || !v.TestToken {
		t.Fatalf("deploy printed %+v: want a new verified deployment with a test token", v)
	}
	if v.ChainID != 31337 || v.Contracts.Block == 0 || v.Contracts.Hub == "" || v.Config != e.configPath {
		t.Fatalf("deploy printed %+v: want chain 31337, a hub, its block and the configuration file %s", v, e.configPath)
	}
	if v.Deployer != anvil.Account0 || v.Owner != anvil.Account0 || v.Contracts.Hub != common.HexToAddress(v.Contracts.Hub).Hex() {
		t.Errorf("deploy --json: deployer %s, owner %s, hub %s: want addresses checksummed, the deployer %s owning the hub",
			v.Deployer, v.Owner, v.Contracts.Hub, anvil.Account0)
	}
	if n := e.nonce(t); n != 6 {
		t.Errorf("the deployer sent %d transactions, want 6", n)
	}

	// The configuration file says everything other commands need.
	f, err := config.Load(e.configPath)
	if err != nil {
		t.Fatal(err)
	}
	if f.RPC != e.node.URL || f.ChainID != 31337 || newContractsView(f.Contracts) != v.Contracts ||
		f.Account != common.HexToAddress(e.owner) || f.Keystore != e.ks || f.PasswordFile != e.pw {
		t.Fatalf("configuration file %+v does not describe the deployment %+v (keystore %s, password file %s)", f, v, e.ks, e.pw)
	}

	// The hub, on a chain Poco did not start, runs several calls in one transaction
	// (workers send their results of several deals that way).
	hub, err := sdk.Dial(context.Background(), e.node.URL, common.HexToAddress(v.Contracts.Hub))
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := hub.HasMulticall(context.Background()); err != nil || !ok {
		t.Errorf("the deployed hub's multicall on anvil: %v, %v; want true", ok, err)
	}
	hub.Close()

	// 3. Check.
	var shown configView
	pocoJSON(t, &shown, "config", "show")
	if shown.Settings["rpc"] != e.node.URL || shown.From["rpc"] != "file" || shown.Settings["hub"] != v.Contracts.Hub {
		t.Errorf("config show: %+v", shown)
	}
	var categories []struct{ Name string }
	pocoJSON(t, &categories, "category", "list")
	if len(categories) != 5 || categories[0].Name != "XS" {
		t.Errorf("category list: %+v, want the 5 default categories, XS first", categories)
	}

	// 4. Storage and market, run as services, and named in the configuration file.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var daemons []*background
	defer func() { // stop them all, and fail on one that ended badly
		cancel()
		for _, d := range daemons {
			d.wait(t)
		}
	}()
	storageURL, marketURL := "http://"+freeAddr(t), "http://"+freeAddr(t)
	daemons = append(daemons,
		pocoBackground(t, ctx, "storage", "serve", "--dir", filepath.Join(e.dir, "storage"), "--listen", strings.TrimPrefix(storageURL, "http://")),
		pocoBackground(t, ctx, "market", "--listen", strings.TrimPrefix(marketURL, "http://"), "--db", filepath.Join(e.dir, "market.db"), "--poll", "200ms"))
	poco(t, "config", "set", "storage", storageURL)
	poco(t, "config", "set", "market", marketURL)
	pocoFails(t, []string{"unknown configuration key", "market", "storage", "scheduler"}, "config", "set", "markt", "http://x")
	pocoFails(t, []string{"market", "not an http"}, "config", "set", "market", "127.0.0.1:8780")
	pocoFails(t, []string{"EIP-55"}, "config", "set", "account", "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	if f, err = config.Load(e.configPath); err != nil || f.Storage != storageURL || f.Market != marketURL {
		t.Fatalf("after config set: %+v, %v", f, err)
	}

	// 5. A pool, a worker, the explorer.
	poco(t, "account", "deposit", "1000")
	var pool struct {
		Address common.Address `json:"address"`
	}
	pocoJSON(t, &pool, "workerpool", "deploy", "--description", "my pool")
	if pool.Address == (common.Address{}) {
		t.Fatal("workerpool deploy printed no address")
	}
	if out := poco(t, "workerpool", "show", pool.Address.Hex()); !strings.Contains(out, "my pool") {
		t.Errorf("workerpool show printed %q", out)
	}
	schedulerURL, explorerURL := "http://"+freeAddr(t), "http://"+freeAddr(t)
	daemons = append(daemons, pocoBackground(t, ctx, "scheduler", "--workerpool", pool.Address.Hex(),
		"--listen", strings.TrimPrefix(schedulerURL, "http://"), "--db", filepath.Join(e.dir, "scheduler.db")))
	poco(t, "config", "set", "scheduler", schedulerURL)
	// The worker: anvil's account 1, with a stake deposited for it by the deployer.
	mnemonic := filepath.Join(e.dir, "mnemonic")
	if err := os.WriteFile(mnemonic, []byte(anvil.Mnemonic+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var worker struct {
		Address common.Address `json:"address"`
	}
	pocoJSON(t, &worker, "wallet", "import", "--mnemonic-file", mnemonic, "--index", "1", "--keystore", e.ks, "--password-file", e.pw)
	poco(t, "account", "deposit", "100", "--for", worker.Address.Hex())
	daemons = append(daemons,
		pocoBackground(t, ctx, "worker", "--scheduler", schedulerURL, "--from", worker.Address.Hex(), "--speed", "1",
			"--state", filepath.Join(e.dir, "worker")),
		pocoBackground(t, ctx, "explorer", "--listen", strings.TrimPrefix(explorerURL, "http://"), "--db", filepath.Join(e.dir, "explorer.db")))

	waitFor(t, daemons, "the worker to log in to the scheduler", func() bool {
		var st struct{ Workers int }
		return getJSON(schedulerURL+"/v1/status", &st) == nil && st.Workers == 1
	})
	waitFor(t, daemons, "the explorer to index the pool", func() bool {
		var st struct{ Pools int }
		return getJSON(explorerURL+"/api/stats", &st) == nil && st.Pools == 1
	})
	waitFor(t, daemons, "the pool's offers in the market", func() bool {
		out, _, err := runPoco(t, "", "orderbook", "workerpool", "--json")
		return err == nil && strings.Contains(strings.ToLower(out), strings.ToLower(pool.Address.Hex()))
	})
	if err := getJSON(storageURL+"/health", &struct{}{}); err != nil {
		t.Errorf("storage gateway: %v", err)
	}

	// A requester (here the deployer) publishes an app and runs it in the pool.
	var app struct {
		App struct {
			Address common.Address `json:"address"`
		} `json:"app"`
	}
	pocoJSON(t, &app, "app", "publish", helloModule(t), "--price", "0")
	if app.App.Address == (common.Address{}) {
		t.Fatal("app publish printed no app address")
	}
	var run runView
	pocoJSON(t, &run, "run", app.App.Address.Hex(), "--workerpool", pool.Address.Hex(), "--args", "operator", "--yes",
		"--out", filepath.Join(e.dir, "results"))
	if run.Counts.Completed != 1 || len(run.Tasks) != 1 || run.Tasks[0].Verified == nil || !*run.Tasks[0].Verified {
		t.Fatalf("poco run: %+v, want its one task completed and its result verified", run)
	}

	// Again: nothing deployed, the file keeps storage and market.
	var again deployView
	pocoJSON(t, &again, e.deployArgs()...)
	if !again.AlreadyDeployed || again.Contracts != v.Contracts || !again.Verified {
		t.Errorf("deploy again printed %+v, want the same deployment, verified", again)
	}
	if f, err = config.Load(e.configPath); err != nil || f.Storage != storageURL || f.Market != marketURL || f.Scheduler != schedulerURL {
		t.Errorf("deploy again lost the storage, market or scheduler: %+v, %v", f, err)
	}

	if out := poco(t, e.deployArgs()...); !strings.Contains(out, "Code verified") || !strings.Contains(out, v.Contracts.Hub) ||
		!strings.Contains(out, e.configPath) {
		t.Errorf("deploy printed %q: want the table with the hub, the verification and the configuration file", out)
	}

	// --token: an ERC-20 already there (the test token), in a new deployment.
	var withToken deployView
	pocoJSON(t, &withToken, "deploy", "--rpc", e.node.URL, "--token", v.Contracts.Token, "--from", e.owner,
		"--keystore", e.ks, "--password-file", e.pw, "--new")
	if withToken.TestToken || withToken.Contracts.Token != v.Contracts.Token || withToken.Contracts.Hub == v.Contracts.Hub {
		t.Errorf("deploy --token --new printed %+v, want a new hub on the existing token", withToken)
	}
	pocoFails(t, []string{"--token", "decimals()"}, "deploy", "--rpc", e.node.URL, "--token", v.Contracts.AppRegistry,
		"--from", e.owner, "--keystore", e.ks, "--password-file", e.pw, "--new")
	pocoFails(t, []string{"which token"}, "deploy", "--rpc", e.node.URL, "--from", e.owner, "--keystore", e.ks, "--password-file", e.pw)

	// A chain older than Cancun.
	old := anvil.Start(t, "shanghai")
	pocoFails(t, []string{"older than Cancun", "TSTORE", "--hardfork cancun"},
		"deploy", "--rpc", old.URL, "--test-token", "--from", e.owner, "--keystore", e.ks, "--password-file", e.pw)
}

// background is a poco command running until its context is cancelled.
type background struct {
	args []string
	done chan error
	out  *lockedBuffer
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// pocoBackground runs a long-running command (a service) in-process until ctx ends.
func pocoBackground(t *testing.T, ctx context.Context, args ...string) *background {
	t.Helper()
	b := &background{args: args, done: make(chan error, 1), out: &lockedBuffer{}}
	cmd := NewRootCommand()
	cmd.SetOut(b.out)
	cmd.SetErr(b.out)
	cmd.SetArgs(args)
	go func() { b.done <- cmd.ExecuteContext(ctx) }()
	return b
}

// wait waits for a stopped service, failing the test if it ended with an error.
func (b *background) wait(t *testing.T) {
	t.Helper()
	select {
	case err := <-b.done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("poco %s: %v\n%s", strings.Join(b.args, " "), err, b.out.String())
		}
	case <-time.After(time.Minute):
		t.Errorf("poco %s did not stop within a minute of its interruption", strings.Join(b.args, " "))
	}
}

// waitFor waits up to a minute for cond, failing (with the services' logs) if it never
// holds or a service stops.
func waitFor(t *testing.T, services []*background, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		for _, b := range services {
			select {
			case err := <-b.done:
				b.done <- err
				t.Fatalf("waiting for %s: poco %s stopped: %v\n%s", what, strings.Join(b.args, " "), err, b.out.String())
			default:
			}
		}
		if time.Now().After(deadline) {
			var logs strings.Builder
			for _, b := range services {
				fmt.Fprintf(&logs, "--- poco %s\n%s\n", strings.Join(b.args, " "), b.out.String())
			}
			t.Fatalf("waited a minute for %s\n%s", what, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// getJSON GETs url and decodes its JSON answer into v.
func getJSON(url string, v any) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// freeAddr is a free loopback address (host:port).
func freeAddr(t *testing.T) string {
	t.Helper()
	a, err := freeport.Addr()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestDeployResumes: a deployment whose record holds its first three contracts only (as
// a crash leaves it) resumes at the fourth: it keeps their addresses and sends three
// transactions, not six.
func TestDeployResumes(t *testing.T) {
	e := newDeployEnv(t, "cancun")
	e.importKey(t)
	var first deployView
	pocoJSON(t, &first, e.deployArgs()...)

	// Cut the record back to the first three contracts, and deploy anew from there.
	var st chain.DeployState
	readJSONFile(t, first.Progress, &st)
	if len(st.Contracts) != 6 || st.Deployment == nil {
		t.Fatalf("record %s: %+v, want 6 contracts and the deployment", first.Progress, st)
	}
	kept := st.Contracts[:3]
	for _, c := range kept {
		if !c.Mined || c.Block == 0 {
			t.Fatalf("recorded contract %+v is not mined", c)
		}
	}
	st.Contracts, st.Deployment = kept, nil
	if err := saveDeployState(first.Progress, &st); err != nil {
		t.Fatal(err)
	}
	before := e.nonce(t)

	var v deployView
	pocoJSON(t, &v, e.deployArgs()...)
	if !v.Resumed || !v.Verified {
		t.Fatalf("deploy printed %+v, want a resumed, verified deployment", v)
	}
	if sent := e.nonce(t) - before; sent != 3 {
		t.Errorf("resuming sent %d transactions, want 3", sent)
	}
	if v.Contracts.Token != first.Contracts.Token || v.Contracts.AppRegistry != first.Contracts.AppRegistry ||
		v.Contracts.DatasetRegistry != first.Contracts.DatasetRegistry {
		t.Errorf("resumed deployment %+v does not keep the first three contracts of %+v", v.Contracts, first.Contracts)
	}
	if v.Contracts.Hub == first.Contracts.Hub || v.Contracts.Tasks == first.Contracts.Tasks {
		t.Errorf("resumed deployment %+v reuses contracts the record no longer had", v.Contracts)
	}
	var f config.File
	readJSONFile(t, e.configPath, &f)
	if newContractsView(f.Contracts) != v.Contracts {
		t.Errorf("configuration file has %+v, want %+v", f.Contracts, v.Contracts)
	}

	// The record of a chain started afresh (same chain id, another genesis) is put aside.
	readJSONFile(t, first.Progress, &st)
	st.Genesis = common.HexToHash("0x01")
	if err := saveDeployState(first.Progress, &st); err != nil {
		t.Fatal(err)
	}
	var fresh deployView
	pocoJSON(t, &fresh, e.deployArgs()...)
	if fresh.AlreadyDeployed || fresh.Resumed || fresh.Contracts.Hub == v.Contracts.Hub {
		t.Errorf("deploy with another chain's record printed %+v, want a new deployment", fresh)
	}
	aside, _ := filepath.Glob(strings.TrimSuffix(first.Progress, ".json") + ".*.json")
	if len(aside) != 1 {
		t.Errorf("records put aside: %v, want one", aside)
	}
}

// TestConfigCLI: `poco config set` writes known keys, validates their values and refuses
// unknown keys with the list of known ones; `poco config show` says where each setting
// in effect comes from.
func TestConfigCLI(t *testing.T) {
	walletTestEnv(t)
	path := filepath.Join(t.TempDir(), "config.json")
	t.Setenv(EnvConfig, path)
	dir := t.TempDir()
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("x\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	var shown configView
	pocoJSON(t, &shown, "config", "show")
	if shown.Exists || shown.File != path || shown.Settings["rpc"] != "" {
		t.Fatalf("config show without a file: %+v", shown)
	}

	for _, kv := range [][2]string{
		{"rpc", "ws://127.0.0.1:8546"},
		{"storage", "ipfs+http://127.0.0.1:5001"},
		{"market", "https://market.example.org"},
		{"scheduler", "http://127.0.0.1:7070"},
		{"account", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"},
		{"keystore", dir},
		{"passwordFile", pw},
	} {
		poco(t, "config", "set", kv[0], kv[1])
	}
	f, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.RPC != "ws://127.0.0.1:8546" || f.Storage != "ipfs+http://127.0.0.1:5001" || f.Market != "https://market.example.org" ||
		f.Scheduler != "http://127.0.0.1:7070" || f.Account != common.HexToAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8") ||
		f.Keystore != dir || f.PasswordFile != pw {
		t.Fatalf("configuration file after config set: %+v", f)
	}
	// A relative folder is made absolute.
	t.Chdir(dir)
	poco(t, "config", "set", "storage", "store")
	if f, _ = config.Load(path); f.Storage != filepath.Join(dir, "store") {
		t.Errorf("storage set to a relative folder: %q, want %q", f.Storage, filepath.Join(dir, "store"))
	}
	poco(t, "config", "set", "scheduler", "")
	if f, _ = config.Load(path); f.Scheduler != "" {
		t.Errorf("scheduler not cleared: %q", f.Scheduler)
	}

	for _, c := range []struct {
		key, value string
		want       []string
	}{
		{"colour", "blue", []string{`unknown configuration key "colour"`, "account, keystore, market, passwordFile, rpc, scheduler, sms, storage"}},
		{"rpc", "127.0.0.1:8545", []string{"rpc", "not a URL"}},
		{"rpc", "ftp://h", []string{"not http, https, ws or wss"}},
		{"rpc", "", []string{"rpc cannot be empty"}},
		{"market", "127.0.0.1:8780", []string{"not an http:// or https:// URL"}},
		{"storage", "s3://bucket", []string{`scheme "s3" is not understood`}},
		{"storage", "http://", []string{"has no host"}},
		{"account", "0x1234", []string{"not an address"}},
		{"account", "0x70997970C51812DC3A010C7D01B50E0D17DC79c8", []string{"EIP-55", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"}},
		{"keystore", pw, []string{"is a file, not a directory"}},
		{"passwordFile", filepath.Join(dir, "nope"), []string{"does not exist"}},
	} {
		pocoFails(t, c.want, "config", "set", c.key, c.value)
	}

	// Sources: the file, the environment, a flag.
	t.Setenv(EnvMarket, "http://env.example.org")
	pocoJSON(t, &shown, "config", "show", "--rpc", "http://flag.example.org:8545")
	for key, want := range map[string][2]string{
		"rpc":     {"http://flag.example.org:8545", "flag"},
		"market":  {"http://env.example.org", "env"},
		"account": {"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "file"},
	} {
		if shown.Settings[key] != want[0] || shown.From[key] != want[1] {
			t.Errorf("config show: %s = %q from %q, want %q from %q", key, shown.Settings[key], shown.From[key], want[0], want[1])
		}
	}
	if out := poco(t, "config", "show"); !strings.Contains(out, "scheduler") || !strings.Contains(out, "unset") {
		t.Errorf("config show printed %q: want the unset scheduler", out)
	}
}

// TestDeployCLIBadInput: `poco deploy` says what is missing before it reaches for a chain.
func TestDeployCLIBadInput(t *testing.T) {
	walletTestEnv(t)
	pocoFails(t, []string{"which chain", "--rpc"}, "deploy", "--test-token")
	// Not from the configuration file, which may describe a devnet.
	poco(t, "config", "set", "rpc", "http://127.0.0.1:1")
	pocoFails(t, []string{"which chain", "--rpc"}, "deploy", "--test-token")
	pocoFails(t, []string{"which token", "--test-token", "--token ADDRESS"}, "deploy", "--rpc", "http://127.0.0.1:1")
	pocoFails(t, []string{"which token"}, "deploy", "--rpc", "http://127.0.0.1:1", "--test-token", "--token", "0x5FbDB2315678afecb367f032d93F642f64180aa3")
	pocoFails(t, []string{"--supply goes with --test-token"}, "deploy", "--rpc", "http://127.0.0.1:1", "--token", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--supply", "5")
	pocoFails(t, []string{"--token", "not an address"}, "deploy", "--rpc", "http://127.0.0.1:1", "--token", "0x12")
	pocoFails(t, []string{"which account deploys", "--from"}, "deploy", "--rpc", "http://127.0.0.1:1", "--test-token")
	pocoFails(t, []string{"no key for"}, "deploy", "--rpc", "http://127.0.0.1:1", "--test-token", "--from", anvil.Account0)
}
