package protocol

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

const rlc = 1_000_000_000

var (
	payer     = common.HexToAddress("0x1000000000000000000000000000000000000001")
	appOwner  = common.HexToAddress("0x1000000000000000000000000000000000000002")
	dsOwner   = common.HexToAddress("0x1000000000000000000000000000000000000003")
	poolOwner = common.HexToAddress("0x1000000000000000000000000000000000000004")
)

func worker(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0x2000 + i))) }

// ledgerDeal is a matched deal of size tasks at trust, with the docs' worked-example prices
// (app 3, dataset 1, pool 10 RLC, worker stake 3, scheduler ratio 1%), its parties funded.
func ledgerDeal(t *testing.T, l *Ledger, trust, size uint64) *LedgerDeal {
	t.Helper()
	d := &LedgerDeal{
		ID: [32]byte{byte(trust), byte(size), 1}, AppOwner: appOwner, DatasetOwner: dsOwner, WorkerpoolOwner: poolOwner, Payer: payer,
		AppPrice: 3 * rlc, DatasetPrice: 1 * rlc, WorkerpoolPrice: 10 * rlc, Trust: trust, WorkClockTimeRef: 300,
		StartTime: l.Now, BotFirst: 0, BotSize: size, WorkerStake: 3 * rlc, SchedulerRewardRatio: 1,
	}
	must(t, l.Deposit(payer, 1000*rlc))
	must(t, l.Deposit(poolOwner, 1000*rlc))
	must(t, l.Match(d))
	return d
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func refusedWith(t *testing.T, err error, name string) {
	t.Helper()
	var le *LedgerError
	if !errors.As(err, &le) || le.Name != name {
		t.Fatalf("got %v, want %s", err, name)
	}
}

func fund(t *testing.T, l *Ledger, ws ...common.Address) {
	for _, w := range ws {
		must(t, l.Deposit(w, 100*rlc))
	}
}

var good, bad = [32]byte{0x60, 0x0d}, [32]byte{0xba, 0xd0}

func TestLedgerWorkedExampleOfTheDocs(t *testing.T) {
	// docs/protocol.md: trust 3, D (score 6) votes wrong, A1 (score 0) and A2 (score 15)
	// agree; A1 opens the reveals with the permit, A2 reveals, the scheduler finalizes.
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 3, 1)
	D, A1, A2 := worker(1), worker(2), worker(3)
	fund(t, l, D, A1, A2)
	l.SetScore(D, 6)
	l.SetScore(A2, 15)
	must(t, l.Contribute(d, D, Commit(D, d.ID, 0, bad)))
	must(t, l.Contribute(d, A1, Commit(A1, d.ID, 0, good)))
	must(t, l.Contribute(d, A2, Commit(A2, d.ID, 0, good)))
	must(t, l.Reveal(d, A1, Reveal{Index: 0, Digest: good, Permit: true}))
	must(t, l.Reveal(d, A2, Reveal{Index: 0, Digest: good}))
	must(t, l.Finalize(d, Final{Index: 0, Digest: good}))

	want := map[common.Address]Balance{
		D:         {Free: 97 * rlc, Locked: 0},               // stake seized
		A1:        {Free: 100 * rlc, Locked: 4_290_000_000},  // stake back; 12.87 × 1/3 vests
		A2:        {Free: 100 * rlc, Locked: 8_580_000_000},  // 12.87 × 2/3 vests
		poolOwner: {Free: 1000*rlc + 130_000_000, Locked: 0}, // 13 − 12.87; its 3 RLC stake back
		payer:     {Free: 986 * rlc, Locked: 0},              // 14 paid
		appOwner:  {Free: 3 * rlc}, dsOwner: {Free: 1 * rlc},
	}
	for a, b := range want {
		if got := l.Balance(a); got != b {
			t.Errorf("balance of %s = %+v, want %+v", a.Hex(), got, b)
		}
	}
	for a, s := range map[common.Address]uint64{D: 0, A1: 1, A2: 16} {
		if got := l.Score(a); got != s {
			t.Errorf("score of %s = %d, want %d", a.Hex(), got, s)
		}
	}
	if v := l.Vesting(A2); v.Total() != 8_580_000_000 || v.NewerRelease != l.Now+VestingPeriod {
		t.Errorf("A2's vesting = %+v, want 8.58 RLC releasing in a day", v)
	}
	if got, want := l.Held(), uint64(1000+1000+300)*rlc; got != want {
		t.Errorf("held %d, want %d (conservation)", got, want)
	}
}

func TestLedgerFirstRevealNeedsPermitAndConsensus(t *testing.T) {
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 5, 1)
	A, B := worker(1), worker(2)
	fund(t, l, A, B)
	l.SetScore(A, 18) // weight 5: alone it satisfies trust 5
	must(t, l.Contribute(d, A, Commit(A, d.ID, 0, bad)))
	refusedWith(t, l.Reveal(d, A, Reveal{Index: 0, Digest: bad}), "PocoInvalidRevealPermit")
	// The scheduler's hidden check: B contributes the right result before any reveal.
	must(t, l.Contribute(d, B, Commit(B, d.ID, 0, good)))
	refusedWith(t, l.Reveal(d, A, Reveal{Index: 0, Digest: bad, Permit: true}), "PocoNoConsensus")
	if st := l.Task(TaskID(d.ID, 0)).Status; st != TaskActive {
		t.Fatalf("a refused reveal changed the task: %s", st)
	}
	// Two more honest workers of weight 5: the right group wins; A loses everything.
	C, E := worker(3), worker(4)
	fund(t, l, C, E)
	l.SetScore(C, 18)
	l.SetScore(E, 18)
	must(t, l.Contribute(d, C, Commit(C, d.ID, 0, good)))
	must(t, l.Contribute(d, E, Commit(E, d.ID, 0, good)))
	must(t, l.Reveal(d, C, Reveal{Index: 0, Digest: good, Permit: true}))
	refusedWith(t, l.Contribute(d, worker(9), Commit(worker(9), d.ID, 0, good)), "PocoTaskWrongStatus")
	must(t, l.Reveal(d, B, Reveal{Index: 0, Digest: good}))
	must(t, l.Reveal(d, E, Reveal{Index: 0, Digest: good}))
	refusedWith(t, l.Reveal(d, A, Reveal{Index: 0, Digest: bad}), "PocoRevealMismatch")
	must(t, l.Finalize(d, Final{Index: 0, Digest: good}))
	if got := l.Score(A); got != 0 {
		t.Errorf("the caught worker's score = %d, want 0", got)
	}
	for _, w := range []common.Address{B, C, E} {
		if got := l.Score(w); got != 1 && got != 19 {
			t.Errorf("winner %s score = %d, want +1", w.Hex(), got)
		}
	}
	if got := l.Balance(A); got.Locked != 0 || got.Free != 97*rlc {
		t.Errorf("the caught worker's balance = %+v, want its stake gone", got)
	}
}

func TestLedgerScoreOnlyGrowsWhenAnotherWorkerConfirms(t *testing.T) {
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 2, 2)
	A, B := worker(1), worker(2)
	fund(t, l, A, B)
	// Task 0: A alone (trust 2, fresh weight 2 suffices).
	must(t, l.Contribute(d, A, Commit(A, d.ID, 0, good)))
	must(t, l.Reveal(d, A, Reveal{Index: 0, Digest: good, Permit: true}))
	must(t, l.Finalize(d, Final{Index: 0, Digest: good}))
	if got := l.Score(A); got != 0 {
		t.Errorf("lone winner's score = %d, want 0", got)
	}
	// Task 1: A and B agree, only A reveals before the deadline: A's win is not confirmed,
	// B (in the consensus group, silent) loses a third of its score.
	l.SetScore(B, 30)
	must(t, l.Contribute(d, A, Commit(A, d.ID, 1, good)))
	must(t, l.Contribute(d, B, Commit(B, d.ID, 1, good)))
	must(t, l.Reveal(d, A, Reveal{Index: 1, Digest: good, Permit: true}))
	refusedWith(t, l.Finalize(d, Final{Index: 1, Digest: good}), "PocoRevealsPending")
	l.Now += RevealDeadlineRatio * d.WorkClockTimeRef
	must(t, l.Finalize(d, Final{Index: 1, Digest: good}))
	if a, b := l.Score(A), l.Score(B); a != 0 || b != 20 {
		t.Errorf("scores A %d, B %d; want 0 (not confirmed) and 20 (30 × 2/3)", a, b)
	}
}

func TestLedgerVestingBucketsAndForfeit(t *testing.T) {
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 2, 4)
	d.WorkClockTimeRef = 36000 // XL: the deadlines leave room for a day to pass
	W := worker(1)
	fund(t, l, W)
	win := func(idx uint64) {
		must(t, l.Contribute(d, W, Commit(W, d.ID, idx, good)))
		must(t, l.Reveal(d, W, Reveal{Index: idx, Digest: good, Permit: true}))
		must(t, l.Finalize(d, Final{Index: idx, Digest: good}))
	}
	share := uint64(10*rlc) * 99 / 100
	win(0)
	t0 := l.Now
	l.Now += 3600
	win(1) // shifts the first reward to the older bucket
	if v := l.Vesting(W); v.Older != share || v.OlderRelease != t0+VestingPeriod || v.Newer != share || v.NewerRelease != l.Now+VestingPeriod {
		t.Fatalf("buckets %+v", v)
	}
	l.Now = t0 + VestingPeriod // the older bucket matures
	l.ReleaseVested(W)
	if v := l.Vesting(W); v.Older != 0 || v.Newer != share {
		t.Errorf("after release %+v, want only the newer bucket", v)
	}
	if got := l.Balance(W); got.Free != 100*rlc+share || got.Locked != share {
		t.Errorf("balance after release %+v", got)
	}
	// Proven wrong on task 2: the newer bucket is forfeited, into the pot of the winner.
	O := worker(2)
	fund(t, l, O)
	must(t, l.Contribute(d, W, Commit(W, d.ID, 2, bad)))
	must(t, l.Contribute(d, O, Commit(O, d.ID, 2, good)))
	l.SetScore(O, 18) // weight 5: outweighs W
	refusedWith(t, l.Reveal(d, O, Reveal{Index: 2, Digest: good, Permit: true}), "PocoNoConsensus")
	O2 := worker(3)
	fund(t, l, O2)
	l.SetScore(O2, 18)
	must(t, l.Contribute(d, O2, Commit(O2, d.ID, 2, good)))
	must(t, l.Reveal(d, O, Reveal{Index: 2, Digest: good, Permit: true}))
	must(t, l.Reveal(d, O2, Reveal{Index: 2, Digest: good}))
	must(t, l.Finalize(d, Final{Index: 2, Digest: good}))
	if v := l.Vesting(W); v.Total() != 0 {
		t.Errorf("the wrong worker still vests %+v", v)
	}
	if got := l.Balance(W); got.Locked != 0 || got.Free != 100*rlc+share-3*rlc {
		t.Errorf("wrong worker's balance %+v: want the matured share kept, the stake and the newer share gone", got)
	}
	// The pot was 10 + 3 (stake) + share; the two winners (weight 2 and 5 → log2 1 and 2... both 5 here) split 99%.
	pot := 10*rlc + 3*rlc + share
	if got := l.Vesting(O).Total() + l.Vesting(O2).Total(); got != pot*99/100/2*2 {
		t.Errorf("winners vest %d, want %d", got, pot*99/100)
	}
}

func TestLedgerClaimMakesTheMinorityPay(t *testing.T) {
	for _, c := range []struct {
		name    string
		votes   [][32]byte // in order, workers 1..n, all fresh
		reveal  bool       // open the reveals on the first group before the claim
		losers  []int      // workers (1-based) that lose their stake
		winners []int
	}{
		{"active: the heaviest group is the reference", [][32]byte{good, bad, good}, false, []int{2}, []int{1, 3}},
		{"active: a tie judges nobody", [][32]byte{good, bad}, false, nil, nil},
		{"revealing: the consensus group is the reference", [][32]byte{good}, true, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := NewLedger(1_000_000)
			d := ledgerDeal(t, l, 100, 1)
			for i, v := range c.votes {
				w := worker(i + 1)
				fund(t, l, w)
				must(t, l.Contribute(d, w, Commit(w, d.ID, 0, v)))
			}
			if c.reveal {
				d.Trust = 1 // at trust 1 any group opens the reveals; the deal's trust is read per call
				must(t, l.Reveal(d, worker(1), Reveal{Index: 0, Digest: c.votes[0], Permit: true}))
				d.Trust = 100
			}
			refusedWith(t, l.Claim(d, 0), "PocoDeadlineNotReached")
			l.Now = d.FinalDeadline()
			must(t, l.Claim(d, 0))
			for _, i := range c.losers {
				if got := l.Balance(worker(i)); got.Free != 97*rlc || got.Locked != 0 {
					t.Errorf("loser %d: %+v", i, got)
				}
			}
			for _, i := range c.winners {
				got := l.Balance(worker(i))
				if got.Free != 100*rlc || got.Locked != 3*rlc/uint64(len(c.winners)) {
					t.Errorf("winner %d: %+v, want stake back and a share of the seized stake vesting", i, got)
				}
			}
			if len(c.losers) == 0 {
				for i := range c.votes {
					if got := l.Balance(worker(i + 1)); got.Free != 100*rlc || got.Locked != 0 {
						t.Errorf("worker %d: %+v, want its stake back and nothing else", i+1, got)
					}
				}
			}
			if got := l.Balance(payer).Free; got != 1000*rlc {
				t.Errorf("payer not refunded: %d", got)
			}
			if got := l.Kitty(); got != 3*rlc {
				t.Errorf("kitty %d, want the pool's 3 RLC stake", got)
			}
		})
	}
}

func TestLedgerRefusedBatchChangesNothing(t *testing.T) {
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 3, 3)
	W := worker(1)
	fund(t, l, W)
	before := l.Balance(W)
	err := l.Contribute(d, W, Commit(W, d.ID, 0, good), Commit(W, d.ID, 1, good), Commit(W, d.ID, 0, good))
	refusedWith(t, err, "PocoAlreadyContributed")
	if l.Task(TaskID(d.ID, 0)) != nil || l.Task(TaskID(d.ID, 1)) != nil || l.Balance(W) != before {
		t.Errorf("a refused batch left changes behind")
	}
}

func TestLedgerConservesTokensUnderRandomOperations(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	l := NewLedger(1_000_000)
	deposited := uint64(0)
	deal := func(trust uint64) *LedgerDeal {
		d := ledgerDeal(t, l, trust, 8)
		deposited += 2000 * rlc
		d.ID[3] = byte(rng.Uint32())
		return d
	}
	ws := make([]common.Address, 8)
	for i := range ws {
		ws[i] = worker(i + 1)
		must(t, l.Deposit(ws[i], 1000*rlc))
		deposited += 1000 * rlc
		l.SetScore(ws[i], uint64(rng.IntN(60)))
	}
	for round := range 40 {
		d := deal(uint64(1 + rng.IntN(8)))
		d.ID[4] = byte(round)
		for step := 0; step < 200; step++ {
			idx := uint64(rng.IntN(8))
			w := ws[rng.IntN(len(ws))]
			digest := good
			if rng.IntN(4) == 0 {
				digest = bad
			}
			switch rng.IntN(6) {
			case 0, 1:
				_ = l.Contribute(d, w, Commit(w, d.ID, idx, digest))
			case 2:
				_ = l.Reveal(d, w, Reveal{Index: idx, Digest: digest, Permit: rng.IntN(3) > 0})
			case 3:
				_ = l.Finalize(d, Final{Index: idx, Digest: digest})
			case 4:
				l.Now += uint64(rng.IntN(400))
			case 5:
				l.ReleaseVested(w)
			}
			if got := l.Held(); got != deposited {
				t.Fatalf("round %d step %d: held %d, deposited %d", round, step, got, deposited)
			}
		}
		l.Now = d.FinalDeadline()
		for idx := range uint64(8) {
			_ = l.Claim(d, idx)
		}
		if got := l.Held(); got != deposited {
			t.Fatalf("after the claims of round %d: held %d, deposited %d", round, got, deposited)
		}
	}
	// Everything but vesting rewards and the kitty must be free again.
	for _, w := range ws {
		if b := l.Balance(w); b.Locked != l.Vesting(w).Total() {
			t.Errorf("%s locked %d but vests %d", w.Hex(), b.Locked, l.Vesting(w).Total())
		}
	}
}

func TestLedgerFinalizesEarlyWhenTheRevealedWinnersDecideAlone(t *testing.T) {
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 2, 1)
	A, B := worker(1), worker(2)
	fund(t, l, A, B)
	must(t, l.Contribute(d, A, Commit(A, d.ID, 0, good)))
	must(t, l.Contribute(d, B, Commit(B, d.ID, 0, good)))
	must(t, l.Reveal(d, A, Reveal{Index: 0, Digest: good, Permit: true}))
	refusedWith(t, l.Finalize(d, Final{Index: 0, Digest: good}), "PocoRevealsPending")
	l.Now += d.WorkClockTimeRef/RevealGraceDivisor - 1
	refusedWith(t, l.Finalize(d, Final{Index: 0, Digest: good}), "PocoRevealsPending")
	l.Now++ // a fifth of the reference time after the reveals opened: A's vote decides trust 2 alone
	must(t, l.Finalize(d, Final{Index: 0, Digest: good}))
	if b := l.Balance(B); b.Free != 97*rlc || l.Score(B) != 0 {
		t.Errorf("the silent winner: %+v, score %d; want its stake lost", b, l.Score(B))
	}
}

// The contract stores a task's total weight in 56 bits: 15 contributors of weight 13 in one
// group fit (1 + 13^15), a 16th overflows; a dissenter of weight 2 still fits.
func TestLedgerTotalWeightOverflowsPastFiftySixBits(t *testing.T) {
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 5, 1)
	for i := range 16 {
		w := worker(i)
		fund(t, l, w)
		l.SetScore(w, 42) // weight 13
		err := l.Contribute(d, w, Commit(w, d.ID, 0, good))
		if i < 15 {
			must(t, err)
		} else {
			refusedWith(t, err, "PocoWeightOverflow")
		}
	}
	dissenter := worker(16)
	fund(t, l, dissenter)
	must(t, l.Contribute(d, dissenter, Commit(dissenter, d.ID, 0, bad)))
	if n := len(l.Task(TaskID(d.ID, 0)).Contributions); n != 16 {
		t.Fatalf("%d contributions, want 16 (the overflowing one refused)", n)
	}
}

// A worker that votes one result and seals another (to reveal whichever wins) cannot reveal
// the consensus: its vote counted against it, and finalize treats it as a wrong result.
func TestLedgerAVoteForAnotherResultCannotRevealTheConsensus(t *testing.T) {
	l := NewLedger(1_000_000)
	d := ledgerDeal(t, l, 2, 1)
	A, B, C := worker(1), worker(2), worker(3)
	fund(t, l, A, B, C)
	l.SetScore(C, 3) // weight 2 still; a score to lose
	must(t, l.Contribute(d, A, Commit(A, d.ID, 0, good)))
	must(t, l.Contribute(d, B, Commit(B, d.ID, 0, good)))
	hedge := Commit(C, d.ID, 0, bad)
	hedge.Seal = ResultSeal(C, TaskID(d.ID, 0), good)
	must(t, l.Contribute(d, C, hedge))
	must(t, l.Reveal(d, A, Reveal{Index: 0, Digest: good, Permit: true})) // group 4 × 2 > 7 × 1
	refusedWith(t, l.Reveal(d, C, Reveal{Index: 0, Digest: good}), "PocoRevealMismatch")
	refusedWith(t, l.Reveal(d, C, Reveal{Index: 0, Digest: bad}), "PocoRevealMismatch")
	must(t, l.Reveal(d, B, Reveal{Index: 0, Digest: good}))
	must(t, l.Finalize(d, Final{Index: 0, Digest: good}))
	if got := l.Score(C); got != 0 {
		t.Errorf("the hedging worker's score = %d, want 0 (a wrong result)", got)
	}
	if got := l.Balance(C); got.Locked != 0 || got.Free != 97*rlc {
		t.Errorf("the hedging worker's balance = %+v, want its stake gone", got)
	}
}
