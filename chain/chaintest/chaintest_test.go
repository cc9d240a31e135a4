package chaintest_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/chain/chaintest"
)

// Pinned so that an accidental change of the key derivation is noticed.
const account0 = "0xF3cC3fFfC34Fe963701A9E5469814F5A9e7b2991"

func TestAccountsDeterministicAndFunded(t *testing.T) {
	c := chaintest.New(t, 3)
	if len(c.Accounts) != 3 {
		t.Fatalf("got %d accounts, want 3", len(c.Accounts))
	}
	seen := map[common.Address]bool{}
	for i, acc := range c.Accounts {
		if acc.Address != crypto.PubkeyToAddress(chaintest.AccountKey(i).PublicKey) {
			t.Fatalf("account %d address is not derived from AccountKey(%d)", i, i)
		}
		if seen[acc.Address] {
			t.Fatalf("account %d duplicates an address", i)
		}
		seen[acc.Address] = true
		bal, err := c.Client.BalanceAt(context.Background(), acc.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(chaintest.InitialBalance) != 0 || bal.Cmp(new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))) != 0 {
			t.Fatalf("account %d balance %v, want 1e6 ether", i, bal)
		}
	}
	if got := c.Accounts[0].Address.Hex(); got != account0 {
		t.Fatalf("account 0 is %s, want pinned %s", got, account0)
	}
	if c.ChainID.Cmp(chaintest.ChainID) != 0 {
		t.Fatalf("chain id %v, want %v", c.ChainID, chaintest.ChainID)
	}
}

func TestPragueConfig(t *testing.T) {
	cfg := chaintest.PragueConfig()
	if err := cfg.CheckConfigForkOrder(); err != nil {
		t.Fatal(err)
	}
	zero := big.NewInt(0)
	for _, ts := range []uint64{0, 1 << 40} {
		if !cfg.IsLondon(zero) || !cfg.IsShanghai(zero, ts) || !cfg.IsCancun(zero, ts) || !cfg.IsPrague(zero, ts) {
			t.Fatalf("forks through Prague must be active at time %d", ts)
		}
		if cfg.IsOsaka(zero, ts) || cfg.IsBPO1(zero, ts) || cfg.IsAmsterdam(zero, ts) || cfg.IsUBT(zero, ts) {
			t.Fatalf("no fork after Prague may be active at time %d", ts)
		}
	}
	if !cfg.IsPostMerge(0, 0) {
		t.Fatal("merge must be done at genesis")
	}
}

type ethConfig struct {
	ActivationTime uint64                    `json:"activationTime"`
	BlobSchedule   *params.BlobConfig        `json:"blobSchedule"`
	ChainID        *hexutil.Big              `json:"chainId"`
	Precompiles    map[string]common.Address `json:"precompiles"`
}

// TestRunningChainIsPrague asks the running node for its fork configuration
// (EIP-7910 eth_config) instead of trusting the config we handed it.
func TestRunningChainIsPrague(t *testing.T) {
	// The simulated Client hides the raw RPC client, so expose the node over
	// IPC too (not the harness' default) and ask there.
	ipc := filepath.Join(t.TempDir(), "geth.ipc")
	c := chaintest.New(t, 1, chaintest.WithBackendOption(func(nodeConf *node.Config, _ *ethconfig.Config) {
		nodeConf.IPCPath = ipc
	}))
	c.Commit()
	raw, err := rpc.Dial(ipc)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var resp struct {
		Current *ethConfig      `json:"current"`
		Next    json.RawMessage `json:"next"`
	}
	if err := raw.CallContext(context.Background(), &resp, "eth_config"); err != nil {
		t.Fatal(err)
	}
	cur := resp.Current
	if cur == nil {
		t.Fatal("eth_config: no current fork")
	}
	if cur.ActivationTime != 0 || (*big.Int)(cur.ChainID).Cmp(chaintest.ChainID) != 0 {
		t.Fatalf("eth_config current: activation %d chain %v", cur.ActivationTime, cur.ChainID)
	}
	if b := cur.BlobSchedule; b == nil || *b != *params.DefaultPragueBlobConfig {
		t.Fatalf("blob schedule %+v, want Prague's %+v", b, params.DefaultPragueBlobConfig)
	}
	if s := string(resp.Next); s != "" && s != "null" {
		t.Fatalf("a later fork is scheduled: %s", s)
	}
	has := func(addr common.Address) bool {
		for _, a := range cur.Precompiles {
			if a == addr {
				return true
			}
		}
		return false
	}
	if !has(common.BytesToAddress([]byte{0x11})) { // BLS12-381 map-fp2-to-g2, Prague
		t.Fatal("Prague BLS12-381 precompiles missing")
	}
	if has(common.BytesToAddress([]byte{0x01, 0x00})) { // P256VERIFY, Osaka
		t.Fatal("Osaka P256VERIFY precompile present")
	}
}

// transfer signs a plain value transfer from account 0 with the given gas limit.
func transfer(t *testing.T, client simulated.Client, chainID *big.Int, gas uint64) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	key := chaintest.AccountKey(0)
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := client.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(params.GWei)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       gas,
		To:        &common.Address{0xde, 0xad},
		Value:     big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// stockBackend is go-ethereum's unmodified simulated backend (dev config with
// Osaka and later active), funding account 0, for contrast.
func stockBackend(t *testing.T) *simulated.Backend {
	addr := crypto.PubkeyToAddress(chaintest.AccountKey(0).PublicKey)
	b := simulated.NewBackend(types.GenesisAlloc{addr: {Balance: chaintest.InitialBalance}})
	t.Cleanup(func() { b.Close() })
	return b
}

func TestTransferCosts21000(t *testing.T) {
	c := chaintest.New(t, 1)
	r := c.SendTx(t, transfer(t, c.Client, c.ChainID, params.TxGas))
	if r.GasUsed != 21000 {
		t.Fatalf("transfer used %d gas, want 21000", r.GasUsed)
	}
}

// TestNoOsakaTxGasCap: EIP-7825 (Osaka) rejects transactions with a gas limit
// above 2^24; Prague accepts them (only the block gas limit bounds them).
func TestNoOsakaTxGasCap(t *testing.T) {
	const gas = 20_000_000
	if gas <= params.MaxTxGas {
		t.Fatal("test gas must exceed the EIP-7825 cap")
	}
	c := chaintest.New(t, 1)
	r := c.SendTx(t, transfer(t, c.Client, c.ChainID, gas))
	if r.GasUsed != 21000 {
		t.Fatalf("transfer used %d gas, want 21000", r.GasUsed)
	}

	// The stock simulated backend (Osaka) refuses the very same transaction.
	stock := stockBackend(t)
	err := stock.Client().SendTransaction(context.Background(), transfer(t, stock.Client(), chaintest.ChainID, gas))
	if err == nil || !strings.Contains(err.Error(), core.ErrGasLimitTooHigh.Error()) {
		t.Fatalf("stock backend: got %v, want %v", err, core.ErrGasLimitTooHigh)
	}
}

// TestNoCLZ: the CLZ opcode (0x1e, EIP-7939) exists from Osaka on only.
func TestNoCLZ(t *testing.T) {
	// Creation code returning clz(1) as one 32-byte word:
	// PUSH1 1, CLZ, PUSH1 0, MSTORE, PUSH1 32, PUSH1 0, RETURN.
	code := []byte{0x60, 0x01, 0x1e, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3}
	msg := ethereum.CallMsg{From: common.Address{1}, Data: code}

	c := chaintest.New(t, 1)
	if _, err := c.Client.CallContract(context.Background(), msg, nil); err == nil || !strings.Contains(err.Error(), "invalid opcode") {
		t.Fatalf("Prague chain: CLZ gave err %v, want invalid opcode", err)
	}

	stock := stockBackend(t)
	out, err := stock.Client().CallContract(context.Background(), msg, nil)
	if err != nil || new(big.Int).SetBytes(out).Int64() != 255 {
		t.Fatalf("stock backend: CLZ(1) = %x, %v; want 255", out, err)
	}
}

func TestTimeAndCommit(t *testing.T) {
	c := chaintest.New(t, 1)
	h := c.Commit()
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Hash() != h {
		t.Fatalf("Commit returned %s, head is %s", h, head.Hash())
	}
	before := c.Now()
	if before != head.Time {
		t.Fatalf("Now %d, head time %d", before, head.Time)
	}
	c.AdjustTime(time.Hour)
	if got := c.Now(); got != before+3600 {
		t.Fatalf("after AdjustTime(1h): now %d, want %d", got, before+3600)
	}
	n, err := c.Client.BlockNumber(context.Background())
	if err != nil || n != head.Number.Uint64()+1 {
		t.Fatalf("AdjustTime should seal exactly one block: number %d (%v)", n, err)
	}
}

func TestGasLimitOption(t *testing.T) {
	for _, want := range []uint64{chaintest.DefaultGasLimit, 30_000_000} {
		var opts []chaintest.Option
		if want != chaintest.DefaultGasLimit {
			opts = append(opts, chaintest.WithGasLimit(want))
		}
		c := chaintest.New(t, 1, opts...)
		c.Commit()
		head, err := c.Client.HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if head.GasLimit != want {
			t.Fatalf("block gas limit %d, want %d", head.GasLimit, want)
		}
	}
}

// fatalRecorder captures the Fatalf of the code under test; Fatalf ends the
// calling goroutine like the real one does.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (f *fatalRecorder) Helper() {}

func (f *fatalRecorder) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// fatalOf runs fn with a recorder and returns the Fatalf message ("" if none).
func fatalOf(t *testing.T, fn func(tb testing.TB)) string {
	rec := &fatalRecorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(rec)
	}()
	<-done
	return rec.msg
}

const pocoTestABI = `[{"type":"error","name":"PocoTest","inputs":[{"name":"a","type":"uint256"},{"name":"b","type":"address"}]}]`

func TestSendReportsDecodedRevert(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(pocoTestABI))
	if err != nil {
		t.Fatal(err)
	}
	pocoTest := parsed.Errors["PocoTest"]
	args, err := pocoTest.Inputs.Pack(big.NewInt(42), common.Address{0xbe, 0xef})
	if err != nil {
		t.Fatal(err)
	}
	data := append(pocoTest.ID[:4:4], args...)

	c := chaintest.New(t, 1)
	opts := c.TransactOpts(c.Accounts[0])
	r := c.Send(t, func() (*types.Transaction, error) {
		_, tx, err := bind.DeployContract(opts, chaintest.RevertInitCode(data), c.Client, nil)
		return tx, err
	})
	contract := bind.NewBoundContract(r.ContractAddress, parsed, c.Client, c.Client, c.Client)
	want := "PocoTest(42, " + common.Address{0xbe, 0xef}.Hex() + ")"

	// Reverts during gas estimation: the binding's error is decoded.
	msg := fatalOf(t, func(tb testing.TB) {
		c.Send(tb, func() (*types.Transaction, error) { return contract.RawTransact(opts, nil) }, &parsed)
	})
	if !strings.Contains(msg, want) {
		t.Fatalf("estimation revert: Send reported %q, want it to contain %q", msg, want)
	}

	// Mined with status 0 (explicit gas limit, no estimation): replayed and decoded.
	opts.GasLimit = 100_000
	msg = fatalOf(t, func(tb testing.TB) {
		c.Send(tb, func() (*types.Transaction, error) { return contract.RawTransact(opts, nil) }, &parsed)
	})
	if !strings.Contains(msg, "failed") || !strings.Contains(msg, want) {
		t.Fatalf("mined revert: Send reported %q, want it to contain %q", msg, want)
	}

	// Without the ABI the selector is still reported.
	msg = fatalOf(t, func(tb testing.TB) {
		c.Send(tb, func() (*types.Transaction, error) { return contract.RawTransact(opts, nil) })
	})
	if !strings.Contains(msg, hexutil.Encode(data[:4])) {
		t.Fatalf("unknown revert: Send reported %q, want the selector", msg)
	}

	// A send error that is no revert is reported as is.
	msg = fatalOf(t, func(tb testing.TB) {
		c.Send(tb, func() (*types.Transaction, error) { return nil, errors.New("boom") })
	})
	if !strings.Contains(msg, "boom") {
		t.Fatalf("Send reported %q", msg)
	}
}
