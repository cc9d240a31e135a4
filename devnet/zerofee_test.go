package devnet

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/config"
)

// A ZeroFee devnet with its own chain id and the keys of another devnet: an account
// holding no ether sends a transaction with the node's suggested fees and it is mined;
// the base fee stays 0; the configuration file is left alone with NoUserConfig.
func TestDevnetZeroFeeSecondChain(t *testing.T) {
	first := start(t, testConfig(t))
	cfg := testConfig(t)
	cfg.ChainID = 4242
	cfg.ZeroFee = true
	cfg.KeysFrom = first.DataDir()
	cfg.NoUserConfig = true
	d := start(t, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := dial(t, d.HTTPEndpoint())

	if id, err := c.ChainID(ctx); err != nil || id.Uint64() != 4242 || d.ChainID() != 4242 || !d.ZeroFee() {
		t.Fatalf("chain id %v (%v), devnet %d, zero fee %v", id, err, d.ChainID(), d.ZeroFee())
	}
	if got, want := d.Accounts(), first.Accounts(); len(got) != len(want) || got[0] != want[0] || got[2] != want[2] {
		t.Fatalf("accounts %v, want the first devnet's %v", got, want)
	}
	for _, a := range d.Accounts() {
		if bal, err := c.BalanceAt(ctx, a, nil); err != nil || bal.Sign() != 0 {
			t.Fatalf("dev account %s holds %v wei (%v) on a gas-free chain, want 0", a, bal, err)
		}
	}
	if _, err := os.Stat(cfg.ConfigPath); !os.IsNotExist(err) {
		t.Fatalf("NoUserConfig: the configuration file exists (%v)", err)
	}
	if _, err := config.Load(filepath.Join(filepath.Dir(first.DataDir()), "config.json")); err != nil {
		t.Fatalf("the first devnet's configuration file: %v", err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil || tip.Sign() != 0 {
		t.Fatalf("suggested tip %v (%v), want 0", tip, err)
	}
	price, err := c.SuggestGasPrice(ctx)
	if err != nil || price.Sign() != 0 {
		t.Fatalf("suggested gas price %v (%v), want 0", price, err)
	}

	// A fresh key holds 0 wei: it deploys nothing and calls the hub's deposit of 0 tokens
	// would revert, so it sends a plain 0-value transfer and a contract call (approve on
	// the token) with the bind defaults.
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	if bal, _ := c.BalanceAt(ctx, from, nil); bal.Sign() != 0 {
		t.Fatalf("fresh key holds %v wei", bal)
	}
	o := bind.NewKeyedTransactor(key, big.NewInt(4242))
	o.Context = ctx
	for _, to := range []common.Address{common.HexToAddress("0x1234"), d.Deployment().Token} {
		data := []byte(nil)
		o.GasLimit = 21_000 // a plain transfer: nothing to estimate
		if to == d.Deployment().Token {
			data = bindings.NewTestToken().PackApprove(d.Deployment().Hub, rlc(1))
			o.GasLimit = 0
		}
		// An account absent from the state (this key until its first transaction is
		// mined) may have one transaction in flight in go-ethereum's pool, which learns
		// of the mined block a moment after the receipt is served: try again briefly.
		var tx *types.Transaction
		var err error
		for try := 0; ; try++ {
			tx, err = bind.NewBoundContract(to, abi.ABI{}, c, c, c).RawTransact(o, data)
			if err == nil || !strings.Contains(err.Error(), "in-flight transaction limit") || try == 50 {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("a transaction from an account with 0 wei: %v", err)
		}
		r := mined(t, ctx, c, tx)
		if r.Status != types.ReceiptStatusSuccessful || r.EffectiveGasPrice == nil || r.EffectiveGasPrice.Sign() != 0 {
			t.Fatalf("receipt status %d, effective gas price %v; want success at 0", r.Status, r.EffectiveGasPrice)
		}
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.BaseFee.Sign() != 0 || head.GasLimit != ZeroFeeGasLimit {
		t.Fatalf("head base fee %v, gas limit %d; want 0 and %d", head.BaseFee, head.GasLimit, ZeroFeeGasLimit)
	}
	if bal, _ := c.BalanceAt(ctx, from, nil); bal.Sign() != 0 {
		t.Fatalf("the key paid: it holds %v wei", bal)
	}

	// The main (default) devnet is unchanged: a nonzero base fee, mainnet's gas limit.
	mh, err := first.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if mh.BaseFee.Sign() == 0 || mh.GasLimit != GasLimit || first.ChainID() != ChainID {
		t.Fatalf("default devnet: base fee %v, gas limit %d, chain id %d", mh.BaseFee, mh.GasLimit, first.ChainID())
	}

	// Restarting keeps the mode; another chain id is refused.
	d.Close()
	d2 := start(t, cfg)
	if !d2.ZeroFee() || d2.ChainID() != 4242 {
		t.Fatalf("resumed: zero fee %v, chain id %d", d2.ZeroFee(), d2.ChainID())
	}
	d2.Close()
	bad := cfg
	bad.ChainID = 4243
	if _, err := Start(ctx, bad); err == nil {
		t.Fatal("a resumed chain accepted another chain id")
	}
}
