package sdk

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pocolabs/poco/chain/pocotest"
)

// Both go-ethereum clients satisfy Backend.
var (
	_ Backend = (*ethclient.Client)(nil)
	_ Backend = (simulated.Client)(nil)
)

func TestNewReadsTheDeployment(t *testing.T) {
	e := env(t)
	c := client(t, e, nil)
	if c.ChainID().Cmp(e.ChainID) != 0 || c.Hub() != e.D.Hub || c.Token() != e.D.Token ||
		c.AppRegistry() != e.D.AppRegistry || c.DatasetRegistry() != e.D.DatasetRegistry ||
		c.WorkerpoolRegistry() != e.D.WorkerpoolRegistry {
		t.Fatalf("client addresses differ from the deployment %+v", e.D)
	}
	d := must(c.Deployment(bg))
	if d.Hub != e.D.Hub || d.Tasks != e.D.Tasks || d.Token != e.D.Token || d.AppRegistry != e.D.AppRegistry ||
		d.DatasetRegistry != e.D.DatasetRegistry || d.WorkerpoolRegistry != e.D.WorkerpoolRegistry {
		t.Fatalf("Deployment() = %+v, want %+v", d, *e.D)
	}
	if c.Domain() != e.Domain && c.Domain().VerifyingContract != e.Domain.VerifyingContract {
		t.Fatalf("domain %+v, want %+v", c.Domain(), e.Domain)
	}
	if owner := must(c.HubOwner(bg)); owner != e.Owner.Address {
		t.Fatalf("hub owner %s, want %s", owner.Hex(), e.Owner.Address.Hex())
	}
	if n := must(c.BlockNumber(bg)); n == 0 {
		t.Fatal("block number 0")
	}
	if now := must(c.ChainTime(bg)); now.IsZero() {
		t.Fatal("no chain time")
	}
	if c.CanSign() || c.Address() != (common.Address{}) {
		t.Fatal("a client without key says it can sign")
	}
	// Read-only: every write fails with ErrNoSigner.
	if _, err := c.Deposit(bg, RLC(1)); !errors.Is(err, ErrNoSigner) {
		t.Fatalf("Deposit on a read-only client: %v", err)
	}
	if _, err := c.CreateApp(bg, AppSpec{Name: "x", Type: "WASM"}); !errors.Is(err, ErrNoSigner) {
		t.Fatalf("CreateApp on a read-only client: %v", err)
	}
	if _, err := c.SignAppOrder(NewAppOrder(e.App, RLC(1), 1)); !errors.Is(err, ErrNoSigner) {
		t.Fatalf("SignAppOrder on a read-only client: %v", err)
	}
	if _, err := c.ChangeWorkerpoolPolicy(bg, e.Pool, 10, 1); !errors.Is(err, ErrNoSigner) {
		t.Fatalf("ChangeWorkerpoolPolicy on a read-only client: %v", err)
	}
}

func TestNewRefusesAnAddressWithoutHub(t *testing.T) {
	e := env(t)
	nobody := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	_, err := New(bg, e.Client, nobody)
	want := "no Poco hub at " + nobody.Hex() + " on chain 1337: is the address right, is the devnet running?"
	if err == nil || err.Error() != want {
		t.Fatalf("New at an empty address: %v\nwant: %s", err, want)
	}
	// Code that is not a hub: the token.
	_, err = New(bg, e.Client, e.D.Token)
	if err == nil || !strings.Contains(err.Error(), "is not a Poco hub") {
		t.Fatalf("New at the token: %v", err)
	}
}

func TestDialUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(bg, 10*time.Second)
	defer cancel()
	_, err := Dial(ctx, "http://127.0.0.1:1", common.Address{})
	if err == nil || !strings.Contains(err.Error(), "cannot reach the chain at http://127.0.0.1:1") {
		t.Fatalf("Dial to a closed port: %v", err)
	}
}

func TestFailedReceiptIsExplained(t *testing.T) {
	// Two withdrawals of the whole free balance, sent before a block is mined: both pass
	// estimation, the second fails in the block; the client replays it to say why.
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	c, err := New(bg, e.Client, e.D.Hub, WithKey(e.Requester.Key), WithReceiptTimeout(20*time.Second))
	ok(t, err)
	free := e.Free(e.Requester.Address)
	errs := make(chan error, 2)
	for range 2 {
		go func() { _, err := c.Withdraw(bg, free); errs <- err }()
	}
	start := must(e.Client.NonceAt(bg, e.Requester.Address, nil))
	deadline := time.Now().Add(10 * time.Second)
	for must(e.Client.PendingNonceAt(bg, e.Requester.Address)) < start+2 {
		if time.Now().After(deadline) {
			t.Fatal("the two withdrawals were not sent")
		}
		time.Sleep(5 * time.Millisecond)
	}
	var failures []error
	for got := 0; got < 2; {
		e.Commit() // until both are mined (a block may close before every transaction is in)
		select {
		case err := <-errs:
			got++
			if err != nil {
				failures = append(failures, err)
			}
		case <-time.After(50 * time.Millisecond):
		}
	}
	if len(failures) != 1 {
		t.Fatalf("want exactly one failed withdrawal, got %v", failures)
	}
	msg := wantCode(t, failures[0], "PocoInsufficientFreeBalance")
	wantContains(t, msg, "failed in block", "your free balance is 0 RLC; this needs 100000 RLC")
}
