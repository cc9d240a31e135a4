package protocoltest

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// TestLedgerMirrorsTheContracts plays the same random task operations on the deployed
// contracts and on protocol.Ledger — the Go mirror that `poco bench trust` plays the
// protocol on — and checks after every step that both accepted or refused it alike and
// hold the same balances, scores, vesting buckets, kitty and task states. Every
// transaction is sent with a fixed gas limit, so a refused one is mined as a revert and the
// ledger plays it at the same block time.
func TestLedgerMirrorsTheContracts(t *testing.T) {
	steps := 400
	if testing.Short() {
		steps = 120
	}
	e := pocotest.New(t, pocotest.Options{Workers: 6})
	m := &mirror{t: t, e: e, rng: rand.New(rand.NewPCG(11, 13)), l: protocol.NewLedger(e.Chain.Now())}
	m.parties = []common.Address{e.AppOwner.Address, e.DatasetOwner.Address, e.PoolOwner.Address, e.Requester.Address, protocol.KittyAddress}
	for _, w := range e.Workers {
		m.parties = append(m.parties, w.Address)
	}
	for _, a := range m.parties {
		if free, locked := e.Account(a); locked.Sign() != 0 {
			t.Fatalf("%s starts with locked tokens", a.Hex())
		} else if free.Sign() > 0 {
			if err := m.l.Deposit(a, free.Uint64()); err != nil {
				t.Fatal(err)
			}
		}
	}
	m.check("setup")
	for step := range steps {
		m.step = step
		if len(m.deals) == 0 || m.rng.IntN(15) == 0 {
			m.match()
			continue
		}
		// Mostly the latest deals, whose deadlines have not passed.
		d := m.deals[max(0, len(m.deals)-1-m.rng.IntN(min(3, len(m.deals))))]
		switch op := m.rng.IntN(40); {
		case op < 16:
			m.contribute(d)
		case op < 27:
			m.reveal(d)
		case op < 30:
			m.playThrough(d)
		case op < 33:
			m.finalize(d)
		case op < 35:
			m.claim(d)
		case op < 37:
			w := e.Workers[m.rng.IntN(len(e.Workers))]
			m.send("releaseVested", e.Requester, e.Poco.PackReleaseVested(w.Address), func() error {
				m.l.ReleaseVested(w.Address)
				return nil
			})
		default:
			secs := []uint64{10, 10, 30, 30, 300, 300, 600, 600, 1200, 86_400}[m.rng.IntN(10)]
			e.AdjustTime(time.Duration(secs) * time.Second)
		}
	}
	t.Logf("%d steps: %v", steps, m.outcomes)
	if testing.Short() {
		return
	}
	for _, want := range []string{"contribute ok", "reveal ok", "finalize ok", "claim ok", "releaseVested ok", "reveal PocoNoConsensus", "reveal PocoInvalidRevealPermit"} {
		if m.outcomes[want] == 0 {
			t.Errorf("the random run never produced %q: the test lost coverage", want)
		}
	}
}

type mirror struct {
	t        *testing.T
	e        *pocotest.Env
	rng      *rand.Rand
	l        *protocol.Ledger
	deals    []*mirrorDeal
	parties  []common.Address
	step     int
	outcomes map[string]int
}

type mirrorDeal struct {
	b bindings.Deal
	l *protocol.LedgerDeal
}

var mirrorDigests = [][32]byte{pocotest.Digest("good"), pocotest.Digest("bad"), pocotest.Digest("other")}

func (m *mirror) match() {
	trust := []int64{1, 2, 2, 3, 3, 5, 8}[m.rng.IntN(7)]
	volume := int64(1 + m.rng.IntN(4))
	b := m.e.MatchDefault(volume, trust)
	ld := &protocol.LedgerDeal{
		ID: b.Id, AppOwner: b.AppOwner, DatasetOwner: b.DatasetOwner, WorkerpoolOwner: b.WorkerpoolOwner, Payer: b.Sponsor,
		AppPrice: b.AppPrice.Uint64(), DatasetPrice: b.DatasetPrice.Uint64(), WorkerpoolPrice: b.WorkerpoolPrice.Uint64(),
		Trust: b.Trust.Uint64(), WorkClockTimeRef: b.WorkClockTimeRef.Uint64(), StartTime: b.StartTime.Uint64(),
		BotFirst: b.BotFirst.Uint64(), BotSize: b.BotSize.Uint64(), WorkerStake: b.WorkerStake.Uint64(),
		SchedulerRewardRatio: b.SchedulerRewardRatio.Uint64(),
	}
	m.l.Now = ld.StartTime
	if err := m.l.Match(ld); err != nil {
		m.t.Fatalf("step %d: the contract matched, the ledger refused: %v", m.step, err)
	}
	m.deals = append(m.deals, &mirrorDeal{b: b, l: ld})
	m.check("match")
}

func (m *mirror) idx(d *mirrorDeal) uint64 {
	return d.l.BotFirst + uint64(m.rng.IntN(int(d.l.BotSize)))
}

func (m *mirror) contribute(d *mirrorDeal) {
	w := m.e.Workers[m.rng.IntN(len(m.e.Workers))]
	n := 1 + m.rng.IntN(3)
	var items []bindings.ContributeItem
	var lits []protocol.Contribution
	for range n {
		idx := m.idx(d)
		digest := mirrorDigests[[]int{0, 0, 0, 1, 1, 2}[m.rng.IntN(6)]]
		it := m.e.ContributeItem(w, d.b, idx, digest)
		items = append(items, it)
		lits = append(lits, protocol.Contribution{Index: idx, ResultHash: it.ResultHash, Seal: it.ResultSeal})
	}
	data := m.e.Poco.PackContributeBatch(d.b, items)
	if n == 1 && m.rng.IntN(2) == 0 {
		data = m.e.Poco.PackContribute(d.b, items[0])
	}
	if m.send("contribute", w, data, func() error { return m.l.Contribute(d.l, w.Address, lits...) }) {
		for _, it := range items {
			m.e.RecordContribution(d.b, it.Idx.Uint64(), w.Address, it.ResultHash)
		}
	}
}

// pick is a task of d, most of the time one in the given ledger state.
func (m *mirror) pick(d *mirrorDeal, want protocol.TaskStatus) uint64 {
	if m.rng.IntN(4) != 0 {
		var in []uint64
		for idx := d.l.BotFirst; idx < d.l.BotFirst+d.l.BotSize; idx++ {
			if lt := m.l.Task(pocotest.TaskID(d.b, idx)); lt != nil && lt.Status == want {
				in = append(in, idx)
			}
		}
		if len(in) > 0 {
			return in[m.rng.IntN(len(in))]
		}
	}
	return m.idx(d)
}

func (m *mirror) reveal(d *mirrorDeal) {
	w := m.e.Workers[m.rng.IntN(len(m.e.Workers))]
	idx := m.pick(d, protocol.TaskActive)
	if m.rng.IntN(2) == 0 {
		idx = m.pick(d, protocol.TaskRevealing)
	}
	digest := mirrorDigests[m.rng.IntN(2)]
	// Mostly a contributor of the task, revealing its own result.
	if cs := m.e.Contributions(d.b, idx); len(cs) > 0 && m.rng.IntN(4) != 0 {
		c := cs[m.rng.IntN(len(cs))]
		for _, x := range m.e.Workers {
			if x.Address == c.Worker {
				w = x
			}
		}
		for _, dg := range mirrorDigests {
			if protocol.ResultHash(pocotest.TaskID(d.b, idx), dg) == c.ResultHash {
				digest = dg
			}
		}
	}
	item := m.e.RevealItem(d.b, idx, digest)
	permit := m.rng.IntN(4) != 0
	if !permit {
		item.Permit = []byte{}
	}
	m.send("reveal", w, m.e.Poco.PackReveal(d.b, item), func() error {
		return m.l.Reveal(d.l, w.Address, protocol.Reveal{Index: idx, Digest: digest, Permit: permit})
	})
}

// playThrough takes an ACTIVE task whose leading group satisfies the consensus rule through
// the happy path: each member of the group reveals (the first with the permit), sometimes
// one stays silent, then the scheduler finalizes (after the reveal deadline when needed).
func (m *mirror) playThrough(d *mirrorDeal) {
	idx := m.pick(d, protocol.TaskActive)
	taskid := pocotest.TaskID(d.b, idx)
	good := protocol.ResultHash(taskid, mirrorDigests[0])
	// Workers that have not contributed vote the good result until its group satisfies
	// the rule (or nobody is left).
	for _, w := range m.e.Workers {
		lt := m.l.Task(taskid)
		if lt != nil && lt.Status != protocol.TaskActive {
			return
		}
		if lt != nil {
			tally := protocol.NewTally(d.l.Trust)
			for _, c := range lt.Contributions {
				_, _ = tally.Vote(c.ResultHash, c.Weight)
			}
			if tally.Satisfied(good) {
				break
			}
			if _, voted := lt.Contribution(w.Address); voted {
				continue
			}
		}
		it := m.e.ContributeItem(w, d.b, idx, mirrorDigests[0])
		if m.send("contribute", w, m.e.Poco.PackContribute(d.b, it), func() error {
			return m.l.Contribute(d.l, w.Address, protocol.Contribution{Index: idx, ResultHash: it.ResultHash, Seal: it.ResultSeal})
		}) {
			m.e.RecordContribution(d.b, idx, w.Address, it.ResultHash)
		}
	}
	lt := m.l.Task(taskid)
	if lt == nil || lt.Status != protocol.TaskActive {
		return
	}
	tally := protocol.NewTally(d.l.Trust)
	for _, c := range lt.Contributions {
		_, _ = tally.Vote(c.ResultHash, c.Weight)
	}
	lead, ok := tally.Consensus()
	if !ok {
		return
	}
	var digest [32]byte
	for _, dg := range mirrorDigests {
		if protocol.ResultHash(taskid, dg) == lead {
			digest = dg
		}
	}
	silent := m.rng.IntN(3) == 0
	revealed := 0
	for _, c := range lt.Contributions {
		if c.ResultHash != lead {
			continue
		}
		if silent && revealed > 0 {
			silent = false
			continue
		}
		for _, w := range m.e.Workers {
			if w.Address == c.Worker {
				item := m.e.RevealItem(d.b, idx, digest)
				m.send("reveal", w, m.e.Poco.PackReveal(d.b, item), func() error {
					return m.l.Reveal(d.l, w.Address, protocol.Reveal{Index: idx, Digest: digest, Permit: true})
				})
				revealed++
			}
		}
	}
	if lt := m.l.Task(taskid); lt != nil && lt.Status == protocol.TaskRevealing {
		if m.rng.IntN(2) == 0 {
			m.e.AdvanceTo(lt.RevealDeadline)
		}
		m.send("finalize", m.e.PoolOwner, m.e.Poco.PackFinalize(d.b, m.e.FinalizeItem(d.b, idx, digest)), func() error {
			return m.l.Finalize(d.l, protocol.Final{Index: idx, Digest: digest})
		})
	}
}

func (m *mirror) finalize(d *mirrorDeal) {
	var items []bindings.FinalizeItem
	var lits []protocol.Final
	for range 1 + m.rng.IntN(2) {
		idx := m.pick(d, protocol.TaskRevealing)
		digest := mirrorDigests[[]int{0, 0, 0, 1}[m.rng.IntN(4)]]
		items = append(items, m.e.FinalizeItem(d.b, idx, digest))
		lits = append(lits, protocol.Final{Index: idx, Digest: digest})
	}
	data := m.e.Poco.PackFinalizeBatch(d.b, items)
	if len(items) == 1 && m.rng.IntN(2) == 0 {
		data = m.e.Poco.PackFinalize(d.b, items[0])
	}
	m.send("finalize", m.e.PoolOwner, data, func() error { return m.l.Finalize(d.l, lits...) })
}

func (m *mirror) claim(d *mirrorDeal) {
	if m.rng.IntN(2) == 0 {
		m.e.AdvanceTo(d.l.FinalDeadline())
	}
	var items []bindings.ClaimItem
	var idxs []uint64
	seen := map[uint64]bool{}
	for range 1 + m.rng.IntN(3) {
		idx := m.idx(d)
		if seen[idx] {
			continue
		}
		seen[idx] = true
		items = append(items, bindings.ClaimItem{Idx: new(big.Int).SetUint64(idx), Contributors: m.e.Contributors(d.b, idx)})
		idxs = append(idxs, idx)
	}
	m.send("claim", m.e.Requester, m.e.Poco.PackClaimBatch(d.b, items), func() error { return m.l.Claim(d.l, idxs...) })
}

// send mines calldata to the hub from `from` with a fixed gas limit, plays play on the
// ledger at the block's time, and checks that both agree; it reports whether the
// transaction succeeded.
func (m *mirror) send(op string, from *chaintest.Account, data []byte, play func() error) bool {
	m.t.Helper()
	opts := m.e.TransactOpts(from)
	opts.GasLimit = 8_000_000
	bc := bind.NewBoundContract(m.e.D.Hub, abi.ABI{}, m.e.Client, m.e.Client, m.e.Client)
	tx, err := bc.RawTransact(opts, data)
	if err != nil {
		m.t.Fatalf("step %d: sending %s: %v", m.step, op, err)
	}
	m.e.Commit()
	r, err := m.e.Client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		m.t.Fatalf("step %d: %s receipt: %v", m.step, op, err)
	}
	h, err := m.e.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		m.t.Fatal(err)
	}
	m.l.Now = h.Time
	lerr := play()
	ok := r.Status == types.ReceiptStatusSuccessful
	if ok != (lerr == nil) {
		m.t.Fatalf("step %d: %s: the contract %s, the ledger says %v", m.step, op, map[bool]string{true: "accepted it", false: "refused it"}[ok], lerr)
	}
	if m.outcomes == nil {
		m.outcomes = map[string]int{}
	}
	if lerr != nil {
		m.outcomes[op+" "+lerr.(*protocol.LedgerError).Name]++
	} else {
		m.outcomes[op+" ok"]++
	}
	m.check(op)
	return ok
}

// check compares every party's balances, score and vesting, and every task's status.
func (m *mirror) check(op string) {
	m.t.Helper()
	for _, a := range m.parties {
		free, locked := m.e.Account(a)
		b := m.l.Balance(a)
		if free.Uint64() != b.Free || locked.Uint64() != b.Locked {
			m.t.Fatalf("step %d (%s): %s holds %s free, %s locked on chain; the ledger %d, %d", m.step, op, a.Hex(), free, locked, b.Free, b.Locked)
		}
		if got, want := m.e.Score(a), m.l.Score(a); got != want {
			m.t.Fatalf("step %d (%s): %s scores %d on chain, %d in the ledger", m.step, op, a.Hex(), got, want)
		}
		v, lv := m.e.Vesting(a), m.l.Vesting(a)
		got := fmt.Sprint(v.Older, v.OlderRelease, v.Newer, v.NewerRelease)
		want := fmt.Sprint(lv.Older, lv.OlderRelease, lv.Newer, lv.NewerRelease)
		if lv.Older == 0 && lv.Newer == 0 && v.Older.Sign() == 0 && v.Newer.Sign() == 0 {
			continue // empty buckets: the release times left behind do not matter
		}
		if got != want {
			m.t.Fatalf("step %d (%s): %s vests %s on chain, %s in the ledger", m.step, op, a.Hex(), got, want)
		}
	}
	for _, d := range m.deals {
		for idx := d.l.BotFirst; idx < d.l.BotFirst+d.l.BotSize; idx++ {
			onChain := m.e.Task(d.b, idx).Status
			var want uint8
			if lt := m.l.Task(pocotest.TaskID(d.b, idx)); lt != nil {
				want = uint8(lt.Status)
			}
			if onChain != want {
				m.t.Fatalf("step %d (%s): task %d of a deal is %d on chain, %d in the ledger", m.step, op, idx, onChain, want)
			}
		}
	}
}
