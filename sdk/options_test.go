package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/pocotest"
)

// Log queries in small ranges, from a start block, and Follow with confirmations.
func TestLogRangesStartBlockAndConfirmations(t *testing.T) {
	e := env(t)
	head := must(client(t, e, nil).BlockNumber(bg))
	c, err := New(bg, e.Client, e.D.Hub, WithSigner(KeySigner{Key: e.Workers[0].Key}), WithMiner(func() { e.Commit() }),
		WithLogRange(2), WithStartBlock(head), WithConfirmations(2), WithPollInterval(5*time.Millisecond))
	ok(t, err)
	if c.Address() != e.Workers[0].Address || !c.CanSign() {
		t.Fatal("WithSigner")
	}
	bd := e.MatchDefault(2, 1)
	for range 5 {
		e.Commit() // empty blocks: the deal is now deep, and logs span several ranges
	}
	d := must(c.Deal(bg, bd.Id))
	if d.Block <= head {
		t.Fatalf("deal block %d", d.Block)
	}
	if l := must(c.DealsOfWorkerpool(bg, e.Pool)); len(l) != 1 {
		t.Fatalf("%d deals", len(l))
	}
	// A start block after the deal: the deal exists but its event is not searched.
	late, err := New(bg, e.Client, e.D.Hub, WithStartBlock(d.Block+1))
	ok(t, err)
	_, err = late.Deal(bg, bd.Id)
	if err == nil || !strings.Contains(err.Error(), "was not found from block") {
		t.Fatalf("Deal with a late start block: %v", err)
	}
	// Unknown deal.
	unknown := crypto.Keccak256Hash([]byte("no deal"))
	_, err = c.Deal(bg, unknown)
	if msg := wantCode(t, err, "PocoUnknownDeal"); msg != "no deal "+unknown.Hex()+" on this hub" || !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown deal: %q", msg)
	}

	// Follow with 2 confirmations never hands over events of the last 2 blocks.
	ctx, cancel := context.WithTimeout(bg, 200*time.Millisecond)
	defer cancel()
	tip := must(c.BlockNumber(bg))
	var last uint64
	err = c.Follow(ctx, head, func(ev Event) error {
		last = max(last, ev.Meta().Block)
		return nil
	})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Follow: %v", err)
	}
	if last == 0 || last > tip-2 {
		t.Fatalf("last event at block %d, tip %d", last, tip)
	}
}

func TestNetworkErrorsAreWrapped(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Requester)
	ok(t, e.Backend.Close())
	_, err := c.Account(bg, c.Address())
	if err == nil || !strings.Contains(err.Error(), "cannot reach the chain at chain 1337") {
		t.Fatalf("call on a closed chain: %v", err)
	}
	_, err = c.Deposit(bg, RLC(1))
	if err == nil || !strings.Contains(err.Error(), "cannot reach the chain") {
		t.Fatalf("deposit on a closed chain: %v", err)
	}
}

func TestDealAndTaskJSON(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Workers[0])
	sched := client(t, e, e.PoolOwner)
	deal := must(c.Deal(bg, e.MatchDefault(1, 1).Id))
	must(c.ContributeAndFinalize(bg, deal, ContributeAndFinalizeInput{Index: deal.BotFirst, Digest: pocotest.Digest("j"),
		Results: []byte("res"), Authorization: must(sched.SignAuthorization(c.Address(), deal.TaskID(deal.BotFirst), common.Address{}))}))
	task := must(c.TaskOf(bg, deal, deal.BotFirst))
	dj := string(must(json.Marshal(deal)))
	tj := string(must(json.Marshal(task)))
	wantContains(t, dj, `"id":"`+deal.ID.Hex()+`"`, `"trust":1`, `"orderHashes":["0x`)
	wantContains(t, tj, `"status":"COMPLETED"`, `"resultDigest":"0x`, `"contributions":[{"worker":"`+strings.ToLower(c.Address().Hex())+`"`, `"status":"PROVED"`)
	var back Deal
	ok(t, json.Unmarshal([]byte(dj), &back))
	if must(DealHash(back.Binding())) != must(DealHash(deal.Binding())) || back.Params != deal.Params || back.Block != deal.Block {
		t.Fatal("deal JSON round trip")
	}
}
