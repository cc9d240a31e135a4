package sdk

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/internal/freeport"
)

// Over a real JSON-RPC endpoint (HTTP): Dial, a transaction, and a decoded revert.
func TestDialOverHTTP(t *testing.T) {
	port, err := freeport.Port()
	ok(t, err)
	e := pocotest.New(t, pocotest.Options{Workers: 1, Chain: []chaintest.Option{chaintest.WithBackendOption(
		func(n *node.Config, _ *ethconfig.Config) {
			n.HTTPHost, n.HTTPPort, n.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		})}})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	c, err := Dial(bg, url, e.D.Hub, WithKey(e.AppOwner.Key), WithMiner(func() { e.Commit() }))
	ok(t, err)
	defer c.Close()
	if c.Backend() == nil || c.Token() != e.D.Token {
		t.Fatal("dialed client")
	}
	must(c.Deposit(bg, RLC(2)))
	// The dialed connection decodes logs itself (decodeLogs): the same logs as
	// go-ethereum's client reads.
	q := ethereum.FilterQuery{Addresses: []common.Address{e.D.Hub, e.D.Token}}
	if got, want := must(c.Backend().FilterLogs(bg, q)), must(e.Client.FilterLogs(bg, q)); len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Fatalf("logs through Dial: %d, differing from the %d go-ethereum reads", len(got), len(want))
	}
	_, err = c.Withdraw(bg, RLC(3))
	wantCode(t, err, "PocoInsufficientFreeBalance")
	// A revert from the contract, through HTTP's JSON-RPC error data.
	_, err = c.CreateCategory(bg, "x", "", time.Minute)
	wantContains(t, wantCode(t, err, "OwnableUnauthorizedAccount"), "not you")
	// Without a miner hook, receipts are waited for as on a real node: HTTP cannot
	// subscribe to new heads, so the client polls.
	w, err := Dial(bg, url, e.D.Hub, WithKey(e.Requester.Key), WithBlockTime(100*time.Millisecond))
	ok(t, err)
	defer w.Close()
	done := waitAsync(bg, w, sendOne(t, w))
	time.Sleep(20 * time.Millisecond)
	e.Commit()
	ok(t, <-done)
	unsupported := false
	for deadline := time.Now().Add(5 * time.Second); !unsupported && time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		w.heads.mu.Lock()
		unsupported = w.heads.unsupported
		w.heads.mu.Unlock()
	}
	if !unsupported {
		t.Error("over HTTP the client did not fall back to polling for receipts")
	}
	// A wrong hub address names the endpoint's chain.
	_, err = Dial(bg, url, e.D.Token)
	if err == nil || !strings.Contains(err.Error(), "is not a Poco hub") {
		t.Fatalf("Dial at the token: %v", err)
	}
}
