package devnet

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/protocol"
)

// testConfig is a devnet in a fresh temporary directory, on free ports, with 3 accounts;
// set DEVNET_TEST_LOG=1 to see its log.
func testConfig(t *testing.T) Config {
	base := t.TempDir()
	cfg := Config{
		DataDir:    filepath.Join(base, "devnet"),
		ConfigPath: filepath.Join(base, "config.json"),
		Accounts:   3,
	}
	if os.Getenv("DEVNET_TEST_LOG") != "" {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return cfg
}

func start(t *testing.T, cfg Config) *Devnet {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	t.Logf("devnet started in %v (created %v, head %d)", d.StartupTime().Round(time.Millisecond), d.Created(), d.Head())
	return d
}

func dial(t *testing.T, endpoint string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(endpoint)
	if err != nil {
		t.Fatalf("dial %s: %v", endpoint, err)
	}
	t.Cleanup(c.Close)
	return c
}

// devKeys decrypts the dev keys from the keystore with the password file, as a user would.
func devKeys(t testing.TB, d *Devnet) map[common.Address]*ecdsa.PrivateKey {
	t.Helper()
	password, err := ReadPassword(d.PasswordFile())
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(d.KeystoreDir())
	if err != nil {
		t.Fatal(err)
	}
	keys := map[common.Address]*ecdsa.PrivateKey{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(d.KeystoreDir(), e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		k, err := keystore.DecryptKey(data, password)
		if err != nil {
			t.Fatalf("decrypt %s: %v", e.Name(), err)
		}
		keys[k.Address] = k.PrivateKey
	}
	return keys
}

// send sends calldata to a contract from key and waits for a successful receipt.
func send(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	opts := bind.NewKeyedTransactor(key, new(big.Int).SetUint64(ChainID))
	opts.Context = ctx
	tx, err := bind.NewBoundContract(to, abi.ABI{}, c, c, c).RawTransact(opts, data)
	if err != nil {
		t.Fatalf("send to %s: %v", to, err)
	}
	return mined(t, ctx, c, tx)
}

// transfer sends wei from key to `to` (a plain transaction) and waits for its receipt.
func transfer(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, wei *big.Int) *types.Receipt {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(ChainID))
	tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(ChainID), Nonce: nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to, Value: wei})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("send: %v", err)
	}
	return mined(t, ctx, c, tx)
}

func mined(t *testing.T, ctx context.Context, c *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	to := tx.To()
	r := waitReceipt(t, ctx, c, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction to %s reverted", to)
	}
	return r
}

func waitReceipt(t *testing.T, ctx context.Context, c *ethclient.Client, h common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) {
			t.Fatalf("receipt of %s: %v", h, err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("transaction %s not mined: %v", h, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func call[T any](t *testing.T, c *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(bind.NewBoundContract(to, abi.ABI{}, c, c, c), nil, data, unpack)
	if err != nil {
		t.Fatalf("call %s: %v", to, err)
	}
	return v
}

func rlc(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(RLC)) }

func TestDevnetFirstStart(t *testing.T) {
	cfg := testConfig(t)
	d := start(t, cfg)
	if !d.Created() {
		t.Error("first start: Created() = false")
	}
	if !strings.HasPrefix(d.HTTPEndpoint(), "http://127.0.0.1:") || strings.HasSuffix(d.HTTPEndpoint(), ":0") {
		t.Errorf("HTTP endpoint %q, want http://127.0.0.1:<port>", d.HTTPEndpoint())
	}
	if !strings.HasPrefix(d.WSEndpoint(), "ws://127.0.0.1:") || strings.HasSuffix(d.WSEndpoint(), ":0") {
		t.Errorf("WS endpoint %q, want ws://127.0.0.1:<port>", d.WSEndpoint())
	}

	// The configuration file every poco command reads.
	f, err := config.Load(cfg.ConfigPath)
	if err != nil {
		t.Fatal(err)
	}
	want := config.File{RPC: d.HTTPEndpoint(), ChainID: ChainID, Contracts: d.Deployment(), Keystore: d.KeystoreDir(),
		Account: d.Accounts()[0], PasswordFile: d.PasswordFile()}
	if *f != want {
		t.Errorf("config file:\n got %+v\nwant %+v", *f, want)
	}

	// A plain client over HTTP sees the chain and the contracts.
	c := dial(t, f.RPC)
	ctx := context.Background()
	if id, err := c.ChainID(ctx); err != nil || id.Uint64() != ChainID {
		t.Errorf("chain id %v (%v), want %d", id, err, ChainID)
	}
	for name, addr := range map[string]common.Address{"hub": f.Contracts.Hub, "token": f.Contracts.Token,
		"app registry": f.Contracts.AppRegistry, "tasks": f.Contracts.Tasks} {
		if code, err := c.CodeAt(ctx, addr, nil); err != nil || len(code) == 0 {
			t.Errorf("no code at the %s %s (%v)", name, addr, err)
		}
	}
	poco := bindings.NewPoco()
	hub := poco.Instance(c, f.Contracts.Hub)
	token, err := bind.Call(hub, nil, poco.PackToken(), poco.UnpackToken)
	if err != nil || token != f.Contracts.Token {
		t.Errorf("hub.token() = %s (%v), want %s", token, err, f.Contracts.Token)
	}
	if n, err := bind.Call(hub, nil, poco.PackCategoryCount(), poco.UnpackCategoryCount); err != nil || n.Sign() == 0 {
		t.Errorf("categoryCount() = %v (%v), want the default categories", n, err)
	}

	// Every dev account holds ether, tokens and a deposit.
	tokenABI := bindings.NewTestToken()
	minEther := new(big.Int).Mul(big.NewInt(999_000), big.NewInt(1e18))
	for i, a := range d.Accounts() {
		if bal, err := c.BalanceAt(ctx, a, nil); err != nil || bal.Cmp(minEther) < 0 {
			t.Errorf("account %d: %v wei (%v), want about 1e6 ether", i, bal, err)
		}
		wallet := call(t, c, f.Contracts.Token, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
		if want := new(big.Int).Sub(TokensPerAccount, DepositPerAccount); wallet.Cmp(want) != 0 {
			t.Errorf("account %d: wallet %v, want %v", i, wallet, want)
		}
		acc := call(t, c, f.Contracts.Hub, poco.PackAccount(a), poco.UnpackAccount)
		if acc.Free.Cmp(DepositPerAccount) != 0 || acc.Locked.Sign() != 0 {
			t.Errorf("account %d: deposit free %v locked %v, want %v free", i, acc.Free, acc.Locked, DepositPerAccount)
		}
	}
	bals, err := d.Balances(ctx)
	if err != nil || len(bals) != cfg.Accounts || bals[0].Free.Cmp(DepositPerAccount) != 0 {
		t.Errorf("Balances() = %+v (%v)", bals, err)
	}

	// The keystore holds the dev keys, unlocked by the password file (0600).
	keys := devKeys(t, d)
	if len(keys) != cfg.Accounts {
		t.Errorf("%d keys in the keystore, want %d", len(keys), cfg.Accounts)
	}
	for i, a := range d.Accounts() {
		if keys[a] == nil {
			t.Errorf("no key for account %d (%s)", i, a)
		}
	}
	entries, err := os.ReadDir(d.KeystoreDir()) // sorted by name, hence by creation time
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		if i < len(d.Accounts()) && !strings.HasSuffix(e.Name(), strings.ToLower(d.Accounts()[i].Hex()[2:])) {
			t.Errorf("keystore file %d is %s, want account %d's (%s)", i, e.Name(), i, d.Accounts()[i])
		}
	}
	if fi, err := os.Stat(d.PasswordFile()); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("password file mode %v (%v), want 0600", fi.Mode(), err)
	}

	// With BlockTime 0 a transaction is mined at once.
	head, _ := c.BlockNumber(ctx)
	t0 := time.Now()
	r := transfer(t, c, keys[d.Accounts()[1]], d.Accounts()[2], big.NewInt(1e18))
	if took := time.Since(t0); took > 2*time.Second {
		t.Errorf("transaction mined in %v, want at once", took)
	}
	if r.BlockNumber.Uint64() != head+1 {
		t.Errorf("mined in block %d, want the next block %d", r.BlockNumber, head+1)
	}

	// WebSocket works too, subscriptions included.
	ws := dial(t, d.WSEndpoint())
	heads := make(chan *types.Header, 4)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("subscribe over WS: %v", err)
	}
	defer sub.Unsubscribe()
	transfer(t, c, keys[d.Accounts()[1]], d.Accounts()[2], big.NewInt(1))
	select {
	case h := <-heads:
		if h.Number.Uint64() <= head {
			t.Errorf("new head %d, want > %d", h.Number, head)
		}
	case <-time.After(5 * time.Second):
		t.Error("no new head over WS")
	}
}

func TestDevnetRestartKeepsBalancesAssetsAndDeals(t *testing.T) {
	cfg := testConfig(t)
	// No idle blocks: the head must stay where the transactions left it across the
	// restart (on a loaded machine an idle block could land just before the close).
	cfg.IdleBlockInterval = -1
	d := start(t, cfg)
	c := dial(t, d.HTTPEndpoint())
	ctx := context.Background()
	keys := devKeys(t, d)
	accs := d.Accounts()
	requester, appOwner, poolOwner := accs[0], accs[1], accs[2]
	dep := d.Deployment()
	poco, apps, pools, token := bindings.NewPoco(), bindings.NewAppRegistry(), bindings.NewWorkerpoolRegistry(), bindings.NewTestToken()

	// An app, a workerpool, a deal between them, and one more deposit.
	r := send(t, c, keys[appOwner], dep.AppRegistry, apps.PackCreateApp(appOwner, "hello", "WASM",
		[]byte("/ipfs/bafkreihello"), crypto.Keccak256Hash([]byte("hello")), nil))
	app := mintedAsset(t, r, dep.AppRegistry)
	r = send(t, c, keys[poolOwner], dep.WorkerpoolRegistry, pools.PackCreateWorkerpool(poolOwner, "pool"))
	pool := mintedAsset(t, r, dep.WorkerpoolRegistry)

	domain := protocol.DefaultDomain(new(big.Int).SetUint64(ChainID), dep.Hub)
	ao := protocol.AppOrder{App: app, AppPrice: rlc(1), Volume: big.NewInt(10), Salt: common.Hash{1}}
	wo := protocol.WorkerpoolOrder{Workerpool: pool, WorkerpoolPrice: rlc(2), Volume: big.NewInt(10),
		Category: big.NewInt(0), Trust: big.NewInt(1), Salt: common.Hash{2}}
	ro := protocol.RequestOrder{App: app, AppMaxPrice: rlc(1), Workerpool: pool, WorkerpoolMaxPrice: rlc(2),
		Requester: requester, Volume: big.NewInt(1), Category: big.NewInt(0), Trust: big.NewInt(1),
		Beneficiary: requester, Params: "{}", Salt: common.Hash{3}}
	sign := func(key *ecdsa.PrivateKey, digest [32]byte) []byte {
		sig, err := protocol.SignOrder(digest, key)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	sigs := bindings.PocoHubOrderSignatures{
		App:        sign(keys[appOwner], ao.Hash(domain)),
		Workerpool: sign(keys[poolOwner], wo.Hash(domain)),
		Request:    sign(keys[requester], ro.Hash(domain)),
	}
	r = send(t, c, keys[requester], dep.Hub, poco.PackMatchOrders(chain.AppOrderArg(ao), chain.DatasetOrderArg(protocol.DatasetOrder{}),
		chain.WorkerpoolOrderArg(wo), chain.RequestOrderArg(ro), sigs))
	var dealid [32]byte
	for _, l := range r.Logs {
		if ev, err := poco.UnpackOrdersMatchedEvent(l); err == nil {
			dealid = ev.Dealid
		}
	}
	if dealid == ([32]byte{}) {
		t.Fatal("no OrdersMatched event")
	}
	send(t, c, keys[appOwner], dep.Token, token.PackApprove(dep.Hub, rlc(5)))
	send(t, c, keys[appOwner], dep.Hub, poco.PackDeposit(rlc(5)))

	dealHash := call(t, c, dep.Hub, poco.PackDealHash(dealid), poco.UnpackDealHash)
	if dealHash == ([32]byte{}) {
		t.Fatal("deal not stored")
	}
	before, err := d.Balances(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(DepositPerAccount, rlc(5)); before[1].Free.Cmp(want) != 0 {
		t.Fatalf("app owner's deposit %v, want %v", before[1].Free, want)
	}
	headBefore, _ := c.BlockNumber(ctx)
	oldEndpoint := d.HTTPEndpoint()
	c.Close()

	if err := d.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if err := d.Wait(); err != nil {
		t.Fatalf("wait: %v", err)
	}

	// Start again on the same data directory (other free ports).
	d2 := start(t, cfg)
	if d2.Created() {
		t.Error("restart created a new chain")
	}
	if d2.Deployment() != dep {
		t.Errorf("deployment after restart %+v, want %+v", d2.Deployment(), dep)
	}
	c2 := dial(t, d2.HTTPEndpoint())
	if head, err := c2.BlockNumber(ctx); err != nil || head != headBefore {
		t.Errorf("head after restart %d (%v), want %d as before (no block without a transaction)", head, err, headBefore)
	}
	if owner := call(t, c2, dep.AppRegistry, apps.PackOwnerOfAsset(app), apps.UnpackOwnerOfAsset); owner != appOwner {
		t.Errorf("app owner after restart %s, want %s", owner, appOwner)
	}
	if owner := call(t, c2, dep.WorkerpoolRegistry, pools.PackOwnerOfAsset(pool), pools.UnpackOwnerOfAsset); owner != poolOwner {
		t.Errorf("pool owner after restart %s, want %s", owner, poolOwner)
	}
	if h := call(t, c2, dep.Hub, poco.PackDealHash(dealid), poco.UnpackDealHash); h != dealHash {
		t.Errorf("deal hash after restart %x, want %x", h, dealHash)
	}
	if n := call(t, c2, dep.Hub, poco.PackConsumed(ro.Hash(domain)), poco.UnpackConsumed); n.Cmp(big.NewInt(1)) != 0 {
		t.Errorf("request order consumed %v after restart, want 1", n)
	}
	after, err := d2.Balances(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range before {
		b, a := before[i], after[i]
		if b.Ether.Cmp(a.Ether) != 0 || b.Tokens.Cmp(a.Tokens) != 0 || b.Free.Cmp(a.Free) != 0 || b.Locked.Cmp(a.Locked) != 0 {
			t.Errorf("account %d: before %+v, after restart %+v", i, b, a)
		}
	}

	// The configuration file follows the new port.
	f, err := config.Load(cfg.ConfigPath)
	if err != nil {
		t.Fatal(err)
	}
	if f.RPC != d2.HTTPEndpoint() {
		t.Errorf("config RPC %q after restart, want %q (was %q)", f.RPC, d2.HTTPEndpoint(), oldEndpoint)
	}

	// The chain goes on.
	r = transfer(t, c2, keys[requester], appOwner, big.NewInt(1))
	if r.BlockNumber.Uint64() <= headBefore {
		t.Errorf("new transaction in block %d, want > %d", r.BlockNumber, headBefore)
	}
}

// mintedAsset reads the asset minted by a registry from its ERC-721 Transfer event.
func mintedAsset(t *testing.T, r *types.Receipt, registry common.Address) common.Address {
	t.Helper()
	transfer := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	for _, l := range r.Logs {
		if l.Address == registry && len(l.Topics) == 4 && l.Topics[0] == transfer {
			return common.BytesToAddress(l.Topics[3].Bytes())
		}
	}
	t.Fatalf("no asset minted by %s", registry)
	return common.Address{}
}

// TestDevnetBlockTime creates a devnet with instant blocks (faster: a first start with a
// block period waits for a block three times), then runs it with a 1s block time.
func TestDevnetBlockTime(t *testing.T) {
	cfg := testConfig(t)
	cfg.Accounts = 1
	d := start(t, cfg)
	d.Close()
	cfg.BlockTime = time.Second
	d = start(t, cfg)
	if d.BlockTime() != time.Second {
		t.Fatalf("block time %v", d.BlockTime())
	}
	c := dial(t, d.HTTPEndpoint())
	ctx := context.Background()
	first, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		n, err := c.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= first+2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("head %d after 5s with 1s blocks, started at %d", n, first)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestDevnetConfigErrors(t *testing.T) {
	ctx := context.Background()
	for name, mod := range map[string]func(*Config){
		"sub-second block time": func(c *Config) { c.BlockTime = 1500 * time.Millisecond },
		"negative port":         func(c *Config) { c.HTTPPort = -1 },
		"too many accounts":     func(c *Config) { c.Accounts = 5000 },
	} {
		cfg := testConfig(t)
		mod(&cfg)
		if _, err := Start(ctx, cfg); err == nil {
			t.Errorf("%s: Start succeeded", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}

	// A data directory that cannot be created.
	cfg := testConfig(t)
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	cfg.DataDir = filepath.Join(file, "devnet")
	if _, err := Start(ctx, cfg); err == nil || !strings.Contains(err.Error(), "cannot create the data directory") {
		t.Errorf("data directory under a file: %v", err)
	}

	// Someone else's files.
	cfg = testConfig(t)
	os.MkdirAll(cfg.DataDir, 0o700)
	os.WriteFile(filepath.Join(cfg.DataDir, "precious"), []byte("x"), 0o600)
	if _, err := Start(ctx, cfg); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("foreign data directory: %v", err)
	}
	if _, err := os.Stat(filepath.Join(cfg.DataDir, "precious")); err != nil {
		t.Errorf("foreign file touched: %v", err)
	}

	// A port in use.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	cfg = testConfig(t)
	cfg.HTTPPort = l.Addr().(*net.TCPAddr).Port
	if _, err := Start(ctx, cfg); err == nil || !strings.Contains(err.Error(), "already in use") {
		t.Errorf("HTTP port in use: %v", err)
	} else {
		t.Log(err)
	}
}

func TestDevnetDataDirInUse(t *testing.T) {
	cfg := testConfig(t)
	cfg.Accounts = 1
	d := start(t, cfg)
	_, err := Start(context.Background(), cfg)
	if err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Fatalf("second Start on the same data directory: %v", err)
	}
	t.Log(err)
	// The first one is unharmed.
	if _, err := d.Client().BlockNumber(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestDevnetInterruptedFirstStartIsRedone(t *testing.T) {
	cfg := testConfig(t)
	cfg.Accounts = 1
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Start(ctx, cfg); !errors.Is(err, context.Canceled) {
		t.Fatalf("Start with a cancelled context: %v", err)
	}
	if _, err := os.Stat(filepath.Join(cfg.DataDir, stateFileName)); err == nil {
		t.Fatal("an interrupted first start wrote devnet.json")
	}
	d := start(t, cfg)
	if !d.Created() {
		t.Error("the interrupted first start was not redone")
	}
	if n := len(devKeys(t, d)); n != 1 {
		t.Errorf("%d keys in the keystore, want 1 (the interrupted start's removed)", n)
	}
}

// TestDevnetSurvivesKill kills (SIGKILL) a process running a devnet right after a
// transaction is mined, and starts the devnet again: nothing mined is lost.
func TestDevnetSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	cfg := testConfig(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestDevnetKillHelper$", "-test.v")
	cmd.Env = append(os.Environ(), "DEVNET_KILL_HELPER="+cfg.DataDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	var (
		minedIn uint64
		balance string
		out     []string
	)
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		out = append(out, sc.Text())
		if _, err := fmt.Sscanf(sc.Text(), "MINED %d %s", &minedIn, &balance); err == nil {
			break
		}
	}
	if minedIn == 0 {
		t.Fatalf("the helper process did not mine:\n%s\n%s", strings.Join(out, "\n"), stderr.String())
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	d := start(t, cfg)
	if d.Created() {
		t.Fatal("the killed devnet was not resumed")
	}
	if head := d.Head(); head < minedIn {
		t.Errorf("head %d after the kill, the transaction was mined in block %d", head, minedIn)
	}
	bal, err := d.Client().BalanceAt(context.Background(), d.Accounts()[1], nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.String() != balance {
		t.Errorf("account 1 holds %v wei after the kill, %s before", bal, balance)
	}
}

// TestDevnetKillHelper is TestDevnetSurvivesKill's subprocess.
func TestDevnetKillHelper(t *testing.T) {
	dir := os.Getenv("DEVNET_KILL_HELPER")
	if dir == "" {
		t.Skip("the subprocess of TestDevnetSurvivesKill")
	}
	d, err := Start(context.Background(), Config{DataDir: dir, ConfigPath: filepath.Join(filepath.Dir(dir), "config.json"), Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	keys := devKeys(t, d)
	r := transfer(t, d.Client(), keys[d.Accounts()[0]], d.Accounts()[1], big.NewInt(12345))
	bal, err := d.Client().BalanceAt(context.Background(), d.Accounts()[1], nil)
	if err != nil {
		t.Fatal(err)
	}
	for d.synced.Load() < r.BlockNumber.Uint64() {
		time.Sleep(time.Millisecond)
	}
	fmt.Printf("MINED %d %v\n", r.BlockNumber, bal)
	select {} // until killed
}

func TestDevnetKeepsAnotherChainsConfigFile(t *testing.T) {
	cfg := testConfig(t)
	cfg.Accounts = 1
	other := &config.File{RPC: "https://rpc.example.org", ChainID: 134, Contracts: chain.Deployment{Hub: common.HexToAddress("0x1234")}}
	if err := config.Save(cfg.ConfigPath, other); err != nil {
		t.Fatal(err)
	}
	d := start(t, cfg)
	if d.ConfigBackup() == "" {
		t.Fatal("the other chain's configuration file was not saved aside")
	}
	saved, err := config.Load(d.ConfigBackup())
	if err != nil {
		t.Fatal(err)
	}
	if *saved != *other {
		t.Errorf("saved copy %+v, want %+v", *saved, *other)
	}
	f, err := config.Load(cfg.ConfigPath)
	if err != nil {
		t.Fatal(err)
	}
	if f.ChainID != ChainID || f.RPC != d.HTTPEndpoint() {
		t.Errorf("configuration file %+v, want the devnet's", *f)
	}

	// A user's edit of the devnet's file (another default account) survives a restart.
	f.Account = common.HexToAddress("0xbeef")
	f.RPC = "http://127.0.0.1:1" // a stale port
	if err := config.Save(cfg.ConfigPath, f); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d = start(t, cfg)
	if d.ConfigBackup() != "" {
		t.Errorf("the devnet's own file was saved aside as %s", d.ConfigBackup())
	}
	f, err = config.Load(cfg.ConfigPath)
	if err != nil {
		t.Fatal(err)
	}
	if f.RPC != d.HTTPEndpoint() || f.Account != common.HexToAddress("0xbeef") {
		t.Errorf("after restart: rpc %s account %s, want %s and the edited account", f.RPC, f.Account, d.HTTPEndpoint())
	}
}

// With instant blocks, an idle devnet still makes a block now and then (holding only the
// clock's transaction), so the chain's time moves on while nobody sends anything.
func TestDevnetIdleChainTimeFollowsTheWallClock(t *testing.T) {
	cfg := testConfig(t)
	cfg.Accounts = 1
	cfg.IdleBlockInterval = time.Second
	d := start(t, cfg)
	c := dial(t, d.HTTPEndpoint())
	ctx := context.Background()
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	// Wait for an idle block that holds the clock's transaction.
	deadline := time.Now().Add(10 * time.Second)
	for n := head.Number.Uint64() + 1; ; {
		block, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err == nil {
			if len(block.Transactions()) == 0 {
				t.Fatalf("idle block %d is empty: the clock's transaction was left out", n)
			}
			for _, tx := range block.Transactions() {
				if tx.To() == nil || *tx.To() != ClockAccount {
					t.Fatalf("idle block %d holds a transaction to %v, want only the clock's", n, tx.To())
				}
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no block for 10 s on an idle devnet (head %d at %d)", head.Number, head.Time)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Then the chain stays idle, its time close to the wall clock (a left-out clock
	// transaction made the dev beacon seal empty blocks, a second apart, in a loop).
	time.Sleep(2 * time.Second)
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Blocks made in a burst (the deployment) put the head's time ahead of the wall clock;
	// from there, the chain's time must not advance faster than the wall clock.
	if elapsed := uint64(time.Since(t0).Seconds()) + 2; h.Time > max(head.Time, uint64(t0.Unix()))+elapsed {
		t.Fatalf("chain time went from %d to %d in %ds of wall time (head %d to %d): it runs away",
			head.Time, h.Time, elapsed-2, head.Number, h.Number)
	}
	if made := h.Number.Uint64() - head.Number.Uint64(); made > 5 {
		t.Fatalf("%d blocks in about 3 idle seconds, want a few", made)
	}
}
