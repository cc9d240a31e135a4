package bridge_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/chaintest"
)

// TestContractRandomInvariant runs a seeded random sequence of locks (some toHub), burns,
// executions in random order (transfers wait a random number of steps, so they execute
// out of nonce order) and replays on the two chains, with 2 of 3 validators signing in a
// random subset and order. After every step it checks
//
//	vault balance on main == bridged token supply on side
//	                         + Σ in-flight main → side (locked, not yet minted)
//	                         + Σ in-flight side → main (burned, not yet released)
//
// (a burn lowers the supply at once while the vault releases only on execution, so both
// in-flight sums add), and that every executed transfer's replay is refused with
// BridgeAlreadyExecuted (ErrAlreadyExecuted from Endpoint.Execute). At the end everything
// in flight executes and the vault holds exactly the bridged supply.
//
// POCO_BRIDGE_SEED=N replays a failing seed; POCO_BRIDGE_STEPS sets the number of steps.
func TestContractRandomInvariant(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("POCO_BRIDGE_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		seed = v
	}
	steps := 300
	if s := os.Getenv("POCO_BRIDGE_STEPS"); s != "" {
		steps, _ = strconv.Atoi(s)
	}
	t.Logf("seed %d (rerun with POCO_BRIDGE_SEED=%d), %d steps", seed, seed, steps)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	e := newBridgeEnv(t, envOptions{})

	type flight struct {
		out  bridge.Outgoing
		dst  *bridge.Endpoint
		wait int // steps before it may execute
	}
	var inflight []flight
	var done []flight
	inflightSum := func(dst *bridge.Endpoint) *big.Int {
		s := new(big.Int)
		for _, f := range inflight {
			if f.dst == dst {
				s.Add(s, f.out.Transfer.Amount)
			}
		}
		return s
	}
	check := func(step int, what string) {
		t.Helper()
		vault := e.mainBalance(e.vault)
		want := new(big.Int).Add(e.bridgedSupply(), inflightSum(e.sideEP))
		want.Add(want, inflightSum(e.mainEP))
		if vault.Cmp(want) != 0 {
			t.Fatalf("seed %d step %d (%s): vault holds %s, bridged supply %s + in flight main→side %s + side→main %s = %s",
				seed, step, what, vault, e.bridgedSupply(), inflightSum(e.sideEP), inflightSum(e.mainEP), want)
		}
	}
	signers := func() []int {
		idx := rng.Perm(3)
		return idx[:2+rng.IntN(2)] // 2 or 3 validators, random order
	}
	// Side wallets, to pick who can burn.
	sideBal := func(i int) int64 { return e.sideBalance(e.users[i].Address).Int64() }

	var locks, burns, executes, replays int
	for step := range steps {
		var what string
		switch r := rng.IntN(10); {
		case r < 3: // lock
			u := rng.IntN(len(e.users))
			amount := int64(1 + rng.IntN(1000*rlc))
			toHub := rng.IntN(4) == 0
			rcpt := e.users[rng.IntN(len(e.users))].Address
			out := e.lock(e.users[u], amount, rcpt, toHub)
			inflight = append(inflight, flight{out, e.sideEP, rng.IntN(6)})
			what, locks = "lock", locks+1
		case r < 5: // burn, by a user holding bridged tokens
			var holders []int
			for i := range e.users {
				if sideBal(i) > 0 {
					holders = append(holders, i)
				}
			}
			if len(holders) == 0 {
				continue
			}
			u := holders[rng.IntN(len(holders))]
			amount := 1 + rng.Int64N(sideBal(u))
			out := e.burn(e.users[u], amount, e.users[rng.IntN(len(e.users))].Address)
			inflight = append(inflight, flight{out, e.mainEP, rng.IntN(6)})
			what, burns = "burn", burns+1
		case r < 9: // execute a random transfer whose wait is over
			var ready []int
			for i, f := range inflight {
				if f.wait <= 0 {
					ready = append(ready, i)
				}
			}
			if len(ready) == 0 {
				continue
			}
			i := ready[rng.IntN(len(ready))]
			f := inflight[i]
			e.execute(f.dst, f.out.Transfer, signers()...)
			inflight = append(inflight[:i], inflight[i+1:]...)
			done = append(done, f)
			what, executes = "execute", executes+1
		default: // replay an executed transfer
			if len(done) == 0 {
				continue
			}
			f := done[rng.IntN(len(done))]
			sigs := e.sign(f.dst, f.out.Transfer, signers()...)
			expectRevert(t, e.chainOf(f.dst), e.relayer.Address, f.dst.Contract(), vaultABI.PackExecute(bindingOf(f.out.Transfer), sigs), "BridgeAlreadyExecuted")
			if _, err := f.dst.Execute(e.ctx, e.relayer.Key, f.out.Transfer, sigs); !errors.Is(err, bridge.ErrAlreadyExecuted) {
				t.Fatalf("seed %d step %d: replay of nonce %s: %v", seed, step, f.out.Transfer.Nonce, err)
			}
			what, replays = "replay", replays+1
		}
		for i := range inflight {
			inflight[i].wait--
		}
		check(step, what)
	}
	// Drain, in random order.
	rng.Shuffle(len(inflight), func(i, j int) { inflight[i], inflight[j] = inflight[j], inflight[i] })
	for len(inflight) > 0 {
		f := inflight[0]
		e.execute(f.dst, f.out.Transfer, signers()...)
		inflight = inflight[1:]
		done = append(done, f)
		check(steps, "drain")
	}
	if vault, supply := e.mainBalance(e.vault), e.bridgedSupply(); vault.Cmp(supply) != 0 {
		t.Fatalf("seed %d: after the drain the vault holds %s, the bridged supply is %s", seed, vault, supply)
	}
	// Every transfer executed exactly once, and each replay is refused.
	for _, f := range done {
		if ok, err := f.dst.Executed(e.ctx, f.out.Transfer.Nonce); err != nil || !ok {
			t.Fatalf("seed %d: nonce %s on %s not executed (%v)", seed, f.out.Transfer.Nonce, f.dst.ChainID(), err)
		}
		expectRevert(t, e.chainOf(f.dst), e.relayer.Address, f.dst.Contract(),
			vaultABI.PackExecute(bindingOf(f.out.Transfer), e.sign(f.dst, f.out.Transfer, 0, 1)), "BridgeAlreadyExecuted")
	}
	t.Logf("%d locks, %d burns, %d executions (+%d drained), %d replays refused; vault = supply = %s",
		locks, burns, executes, len(done)-executes, replays, e.bridgedSupply())
}

// TestContractExecuteRace: two relayers execute the same transfer in the same block; one
// succeeds, the other's transaction reverts once mined and Execute reports
// ErrAlreadyExecuted.
func TestContractExecuteRace(t *testing.T) {
	e := newBridgeEnv(t, envOptions{})
	out := e.lock(e.users[0], 5*rlc, e.users[1].Address, false)
	sigs := e.sign(e.sideEP, out.Transfer, 0, 1)
	relayers := []*chaintest.Account{e.relayer, e.outsider}
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i, r := range relayers {
		// Endpoints that do not mine: the test commits once both transactions are pending.
		ep, err := bridge.NewEndpoint(e.ctx, e.side.Client, e.sideBridge, bridge.WithPollInterval(5*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = ep.Execute(e.ctx, r.Key, out.Transfer, sigs)
		}()
	}
	ctx, cancel := context.WithTimeout(e.ctx, 20*time.Second)
	defer cancel()
	for {
		n0, _ := e.side.Client.PendingNonceAt(ctx, relayers[0].Address)
		n1, _ := e.side.Client.PendingNonceAt(ctx, relayers[1].Address)
		c0, _ := e.side.Client.NonceAt(ctx, relayers[0].Address, nil)
		c1, _ := e.side.Client.NonceAt(ctx, relayers[1].Address, nil)
		if n0 > c0 && n1 > c1 {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the two executions were not both sent")
		}
		time.Sleep(2 * time.Millisecond)
	}
	e.side.Commit()
	wg.Wait()
	ok, already := 0, 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, bridge.ErrAlreadyExecuted):
			already++
		default:
			t.Fatalf("execute: %v", err)
		}
	}
	if ok != 1 || already != 1 {
		t.Fatalf("%d succeeded, %d already executed: %v", ok, already, errs)
	}
	if got := e.sideBalance(e.users[1].Address); got.Int64() != 5*rlc {
		t.Fatalf("minted %s", got)
	}
}
