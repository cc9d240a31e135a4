// Package trust measures how well Proof-of-Contribution resists saboteurs: `poco bench
// trust`. It plays a pool of workers, some of them saboteurs with a given strategy, through
// a stream of deals, with the scheduler's real planning code (scheduler/plan: replicates,
// hidden checks, reveal permits, benching) and the Go mirror of the contracts (protocol.Ledger:
// tally, reveals, rewards, penalties, vesting, scores, claims), block by block, so scores
// and balances evolve as they would on chain. It reports the share of accepted wrong
// results, what the saboteurs and the honest workers earned, and what the work cost.
//
// Fixed-quorum baselines (2-of-3, and BOINC's first two agreeing results) are played on the
// same pool with the same strategies, without reputation or economics, for comparison.
//
// # Model
//
// Each worker runs one replicate at a time; a replicate takes a random time between
// Config.MinRun and Config.MaxRun. Deals of Config.DealSize tasks (category XS) arrive so
// that the pool always has work waiting: saboteurs get their share of the work. Every block
// (Config.Block), in order: finished replicates are contributed (saboteurs choose their
// result then), the consensus groups asked to reveal reveal (the first reveal carries the
// scheduler's permit), the scheduler finalizes what it can and claims what expired, benches
// the workers proven wrong, and plans. Saboteurs know everything public (contributions on
// chain, scores, the planner's public rules such as plan.MinAgreeing) and where their fellow
// saboteurs are assigned; they do not know the scheduler's check key.
package trust

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/plan"
)

// Strategy is how saboteurs choose their results.
type Strategy string

// Saboteur strategies.
const (
	// Honest: the "saboteurs" play honest (a reference for the economics).
	Honest Strategy = "honest"
	// Colluding saboteurs always return the same wrong result (per task).
	Colluding Strategy = "colluding"
	// Independent saboteurs always return a wrong result of their own.
	Independent Strategy = "independent"
	// ScoreBuilding saboteurs return the right result unless the saboteurs assigned to
	// the task would, together, win it with a wrong one: their weights satisfy the
	// consensus rule against the votes already on chain and they are at least
	// plan.MinAgreeing. Then they all return the same wrong result.
	ScoreBuilding Strategy = "score-building"
)

// Strategies are the saboteur strategies, in table order.
var Strategies = []Strategy{Colluding, Independent, ScoreBuilding}

// ParseStrategy reads a strategy name.
func ParseStrategy(s string) (Strategy, error) {
	for _, x := range append(Strategies, Honest) {
		if string(x) == s {
			return x, nil
		}
	}
	return "", fmt.Errorf("unknown saboteur strategy %q: use colluding, independent, score-building or honest", s)
}

// Policy is how results are accepted.
type Policy string

// Policies: Poco's protocol, and the fixed-quorum baselines.
const (
	PolicyPoco        Policy = "poco"
	PolicyTwoOfThree  Policy = "2-of-3"        // three replicates, the result two agree on
	PolicyFirstTwo    Policy = "first-2-agree" // BOINC's min_quorum 2: replicates until two agree
	defaultCheckRate         = 0.3
	defaultBenchFirst        = 10 * time.Minute
)

// Config is one run.
type Config struct {
	Policy    Policy // "" is PolicyPoco
	Workers   int
	Saboteurs float64 // fraction of Workers, rounded to the nearest worker
	Strategy  Strategy
	Trust     uint64 // Poco only
	Tasks     int
	Seed      uint64

	// Zero values take the defaults below.
	CheckRate  float64       // plan.Checks.Rate; negative: no checks. Default 0.3.
	BenchFirst time.Duration // bench after a first result proven wrong, doubling after each; negative: none. Default 10 min.
	DealSize   int           // default 100
	Block      time.Duration // default 2 s
	MinRun     time.Duration // default 5 s
	MaxRun     time.Duration // default 15 s
}

func (c *Config) defaults() {
	if c.Policy == "" {
		c.Policy = PolicyPoco
	}
	if c.CheckRate == 0 {
		c.CheckRate = defaultCheckRate
	}
	if c.BenchFirst == 0 {
		c.BenchFirst = defaultBenchFirst
	}
	if c.DealSize == 0 {
		c.DealSize = 100
	}
	if c.Block == 0 {
		c.Block = 2 * time.Second
	}
	if c.MinRun == 0 {
		c.MinRun = 5 * time.Second
	}
	if c.MaxRun == 0 {
		c.MaxRun = 15 * time.Second
	}
	if c.Trust == 0 {
		c.Trust = 1
	}
}

// Validate says what is wrong with c, with the fix.
func (c Config) Validate() error {
	switch {
	case c.Workers < 1:
		return fmt.Errorf("--workers must be at least 1 (got %d)", c.Workers)
	case c.Saboteurs < 0 || c.Saboteurs >= 1:
		return fmt.Errorf("--saboteurs is a fraction of the workers in [0, 1) (got %v)", c.Saboteurs)
	case c.Tasks < 1:
		return fmt.Errorf("--tasks must be at least 1 (got %d)", c.Tasks)
	case c.Policy != "" && c.Policy != PolicyPoco && c.Policy != PolicyTwoOfThree && c.Policy != PolicyFirstTwo:
		return fmt.Errorf("unknown policy %q: use poco, 2-of-3 or first-2-agree", c.Policy)
	case c.MinRun < 0 || c.MaxRun < c.MinRun:
		return errors.New("run times must satisfy 0 ≤ min ≤ max")
	}
	if _, err := ParseStrategy(string(c.Strategy)); err != nil {
		return err
	}
	return nil
}

// Result is what a run measured. Amounts are in RLC (10^9 units).
type Result struct {
	Policy               Policy   `json:"policy"`
	Strategy             Strategy `json:"strategy"`
	Trust                uint64   `json:"trust"`
	Workers              int      `json:"workers"`
	Saboteurs            int      `json:"saboteurs"`
	Tasks                int      `json:"tasks"`
	WrongRate            float64  `json:"wrong_rate"`  // tasks completed with a wrong result / tasks
	WrongBound           float64  `json:"wrong_bound"` // 1 / trust
	ReplicasPerTask      float64  `json:"replicas_per_task"`
	ContributionsPerTask float64  `json:"contributions_per_task"`
	UnresolvedRate       float64  `json:"unresolved_rate"` // tasks that failed (claimed) / tasks
	// SaboteurNetGainRLC is what sabotage earned the saboteurs: their tokens at the end
	// less what the same workers end with when they play honest, same pool, same seed.
	// Negative: cheating cost them more than it brought.
	SaboteurNetGainRLC float64 `json:"saboteur_net_gain_rlc"`
	// SaboteurBalanceChangeRLC is the saboteurs' tokens at the end less at the start (what
	// they were paid for honest work included).
	SaboteurBalanceChangeRLC float64 `json:"saboteur_balance_change_rlc"`
	HonestNetGainRLC         float64 `json:"honest_net_gain_rlc"` // the honest workers' tokens at the end less at the start
	ChecksPerTask            float64 `json:"checks_per_task"`     // hidden checks' replicates per task
	Caught                   int     `json:"caught"`              // contributions proven wrong
	HonestCaught             int     `json:"honest_caught"`       // of which honest workers' (outvoted)
	SimulatedSeconds         float64 `json:"simulated_seconds"`   // chain time the run covers
}

// Run plays one configuration and, for Poco with saboteurs, the same pool and seed with
// the saboteurs playing honest, to tell what sabotage earned them.
func Run(cfg Config) (Result, error) {
	if err := cfg.Validate(); err != nil {
		return Result{}, err
	}
	cfg.defaults()
	if cfg.Policy != PolicyPoco {
		return runQuorum(cfg), nil
	}
	r, err := newSim(cfg).run()
	if err != nil || cfg.Strategy == Honest {
		return r, err
	}
	honest := cfg
	honest.Strategy = Honest
	h, err := newSim(honest).run()
	if err != nil {
		return Result{}, err
	}
	r.SaboteurNetGainRLC = r.SaboteurBalanceChangeRLC - h.SaboteurBalanceChangeRLC
	return r, nil
}

// Table plays every strategy at each of trusts with Poco, then the fixed-quorum baselines
// with every strategy, on the pool of base (its Strategy, Trust and Policy are ignored),
// running up to parallel configurations at once. Rows come in that order.
func Table(base Config, trusts []uint64, parallel int) ([]Result, error) {
	var cfgs []Config
	for _, st := range Strategies {
		for _, tr := range trusts {
			c := base
			c.Policy, c.Strategy, c.Trust = PolicyPoco, st, tr
			cfgs = append(cfgs, c)
		}
	}
	for _, p := range []Policy{PolicyTwoOfThree, PolicyFirstTwo} {
		for _, st := range Strategies {
			c := base
			c.Policy, c.Strategy, c.Trust = p, st, 0
			cfgs = append(cfgs, c)
		}
	}
	out := make([]Result, len(cfgs))
	errs := make([]error, len(cfgs))
	sem := make(chan struct{}, max(parallel, 1))
	var wg sync.WaitGroup
	for i, c := range cfgs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i], errs[i] = Run(c)
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// ───────────────────────────── the simulated pool ─────────────────────────────

const (
	rlc           = 1_000_000_000
	poolPrice     = 1 * rlc
	workerFunds   = 100 * rlc
	categoryRef   = 300 // XS
	schedulerCut  = 1   // percent
	workerStakePc = 30
	minStake      = 1 * rlc
)

type simWorker struct {
	id       common.Address
	saboteur bool
	busy     bool
	offenses int
	benched  time.Time
}

type assignment struct {
	worker common.Address
	since  time.Time
	done   time.Time // when its result is ready
	check  bool
}

type simTask struct {
	deal        *protocol.LedgerDeal
	idx         uint64
	id          [32]byte
	assigned    []assignment
	excluded    []common.Address
	revealAsked time.Time
	toReveal    []common.Address // group members asked to reveal, who reveal at the next block
	dropped     []common.Address // replicates that failed, to withdraw at the next plan
	wrongDigest [32]byte         // the colluders' shared wrong result
	cheating    bool             // score-building colluders decided to lie on this task
	done        bool
}

func (t *simTask) rightDigest() [32]byte { return crypto.Keccak256Hash([]byte("right"), t.id[:]) }

type sim struct {
	cfg     Config
	rng     *rand.Rand
	l       *protocol.Ledger
	workers []*simWorker
	byID    map[common.Address]*simWorker
	tasks   []*simTask // open, oldest first
	now     time.Time
	start   time.Time
	checks  plan.Checks
	seed    uint64    // plan seed, advanced each round
	dirty   bool      // something changed since the last plan
	planned time.Time // when the last plan ran

	made, wrong, failed, replicas, contributions, checkCount int
	caught, honestCaught                                     int
	deals                                                    int
	initial                                                  map[common.Address]uint64
}

var (
	payer = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	pool  = common.HexToAddress("0x00000000000000000000000000000000000000b1")
)

func newSim(cfg Config) *sim {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5ab07))
	s := &sim{cfg: cfg, rng: rng, byID: map[common.Address]*simWorker{}, initial: map[common.Address]uint64{}}
	s.start = time.Unix(1_700_000_000, 0).UTC()
	s.now = s.start
	s.l = protocol.NewLedger(uint64(s.now.Unix()))
	var key [32]byte
	binary.BigEndian.PutUint64(key[:], rng.Uint64())
	binary.BigEndian.PutUint64(key[8:], rng.Uint64())
	s.checks = plan.Checks{Rate: max(cfg.CheckRate, 0), Key: key}
	s.seed = rng.Uint64()
	n := cfg.Workers
	sabs := int(math.Round(cfg.Saboteurs * float64(n)))
	perm := rng.Perm(n)
	for i := range n {
		w := &simWorker{id: common.BigToAddress(new(big.Int).SetUint64(uint64(0x10000 + i)))}
		s.workers = append(s.workers, w)
		s.byID[w.id] = w
		mustOK(s.l.Deposit(w.id, workerFunds))
		s.initial[w.id] = workerFunds
	}
	for _, i := range perm[:sabs] {
		s.workers[i].saboteur = true
	}
	// The payer and the pool owner hold what every task locks, with room to spare.
	mustOK(s.l.Deposit(payer, uint64(cfg.Tasks+cfg.DealSize)*poolPrice))
	mustOK(s.l.Deposit(pool, uint64(cfg.Tasks+cfg.DealSize)*poolPrice))
	return s
}

func mustOK(err error) {
	if err != nil {
		panic("bench/trust: the simulation made an operation the protocol refuses: " + err.Error())
	}
}

func (s *sim) run() (Result, error) {
	for s.made < s.cfg.Tasks || len(s.tasks) > 0 {
		s.now = s.now.Add(s.cfg.Block)
		s.l.Now = uint64(s.now.Unix())
		s.contribute()
		s.reveal()
		s.settle()
		s.supply()
		// Planning again changes nothing unless something happened; the planner's timers
		// (benches, silent groups) are minutes long.
		if s.dirty || s.now.Sub(s.planned) >= 30*time.Second {
			s.plan()
			s.dirty, s.planned = false, s.now
		}
		if s.now.Sub(s.start) > 1000*time.Hour {
			return Result{}, fmt.Errorf("bench/trust: the simulation did not finish in 1000 simulated hours (%d of %d tasks made, %d open)", s.made, s.cfg.Tasks, len(s.tasks))
		}
	}
	return s.result(), nil
}

// supply matches a new deal whenever fewer than three tasks per worker are waiting.
func (s *sim) supply() {
	for len(s.tasks) < 3*len(s.workers) && s.made < s.cfg.Tasks {
		size := min(s.cfg.DealSize, s.cfg.Tasks-s.made)
		s.deals++
		d := &protocol.LedgerDeal{
			ID: crypto.Keccak256Hash([]byte("deal"), binary.BigEndian.AppendUint64(nil, uint64(s.deals))), Payer: payer,
			WorkerpoolOwner: pool, WorkerpoolPrice: poolPrice, Trust: s.cfg.Trust, WorkClockTimeRef: categoryRef,
			StartTime: s.l.Now, BotSize: uint64(size), WorkerStake: poolPrice * workerStakePc / 100, SchedulerRewardRatio: schedulerCut,
		}
		mustOK(s.l.Match(d))
		for i := range size {
			t := &simTask{deal: d, idx: uint64(i), id: protocol.TaskID(d.ID, uint64(i))}
			t.wrongDigest = crypto.Keccak256Hash([]byte("wrong"), t.id[:])
			s.tasks = append(s.tasks, t)
		}
		s.made += size
		s.dirty = true
	}
}

// contribute sends the results that are ready.
func (s *sim) contribute() {
	for _, t := range s.tasks {
		for i := range t.assigned {
			a := &t.assigned[i]
			if a.done.IsZero() || a.done.After(s.now) {
				continue
			}
			a.done = time.Time{}
			w := s.byID[a.worker]
			w.busy = false
			s.dirty = true
			digest := s.choose(w, t)
			if err := s.l.Contribute(t.deal, w.id, protocol.Commit(w.id, t.deal.ID, t.idx, digest)); err != nil {
				// The reveals opened meanwhile, the deadline passed or the worker's stake ran
				// out: the worker reports it failed and the scheduler drops the replicate.
				t.dropped = append(t.dropped, a.worker)
				continue
			}
			s.contributions++
		}
	}
}

// choose is the result worker w contributes to t.
func (s *sim) choose(w *simWorker, t *simTask) [32]byte {
	right := t.rightDigest()
	if !w.saboteur {
		return right
	}
	switch s.cfg.Strategy {
	case Colluding:
		return t.wrongDigest
	case Independent:
		return crypto.Keccak256Hash([]byte("wrong"), t.id[:], w.id[:])
	case ScoreBuilding:
		if t.cheating || s.teamWins(t) {
			t.cheating = true
			return t.wrongDigest
		}
	}
	return right
}

// teamWins reports whether the saboteurs assigned to t and not yet contributed would, all
// voting the wrong result, satisfy the consensus rule against the votes on chain, with at
// least plan.MinAgreeing of them.
func (s *sim) teamWins(t *simTask) bool {
	tally := protocol.NewTally(t.deal.Trust)
	if lt := s.l.Task(t.id); lt != nil {
		for _, c := range lt.Contributions {
			_, _ = tally.Vote(c.ResultHash, c.Weight)
		}
	}
	wrong := protocol.ResultHash(t.id, t.wrongDigest)
	team := 0
	for _, a := range t.assigned {
		w := s.byID[a.worker]
		if !w.saboteur {
			continue
		}
		if lt := s.l.Task(t.id); lt != nil {
			if _, voted := lt.Contribution(w.id); voted {
				continue
			}
		}
		_, _ = tally.Vote(wrong, protocol.Weight(s.l.Score(w.id)))
		team++
	}
	return team >= plan.MinAgreeing(t.deal.Trust) && tally.Satisfied(wrong)
}

// reveal plays the reveals the scheduler asked for at the previous block: the first carries
// the permit and opens the reveal phase.
func (s *sim) reveal() {
	for _, t := range s.tasks {
		if len(t.toReveal) == 0 {
			continue
		}
		lt := s.l.Task(t.id)
		for _, wid := range t.toReveal {
			c, ok := lt.Contribution(wid)
			if !ok || c.Status != protocol.ContributionContributed {
				continue
			}
			digest := t.rightDigest()
			if c.ResultHash != protocol.ResultHash(t.id, digest) {
				digest = s.digestOf(t, wid, c.ResultHash)
			}
			_ = s.l.Reveal(t.deal, wid, protocol.Reveal{Index: t.idx, Digest: digest, Permit: true})
		}
		t.toReveal = nil
		s.dirty = true
	}
}

// digestOf finds the wrong digest behind a saboteur's result hash.
func (s *sim) digestOf(t *simTask, w common.Address, h [32]byte) [32]byte {
	for _, d := range [][32]byte{t.wrongDigest, crypto.Keccak256Hash([]byte("wrong"), t.id[:], w[:])} {
		if protocol.ResultHash(t.id, d) == h {
			return d
		}
	}
	return [32]byte{}
}

// settle finalizes the tasks whose winners revealed (or whose reveal deadline passed) and
// claims the expired ones, then benches the workers proven wrong.
func (s *sim) settle() {
	open := s.tasks[:0]
	for _, t := range s.tasks {
		lt := s.l.Task(t.id)
		switch {
		case lt != nil && lt.Status == protocol.TaskRevealing:
			proved := 0
			var digest [32]byte
			for _, c := range lt.Contributions {
				if c.Status == protocol.ContributionProved {
					proved++
				}
			}
			if proved < lt.Winners && s.l.Now < lt.RevealDeadline {
				break
			}
			right := t.rightDigest()
			if _, _, ok := lt.Group(protocol.ResultHash(t.id, right)); ok {
				digest = right
			} else {
				for _, c := range lt.Contributions {
					if _, _, cons := lt.Group(c.ResultHash); cons {
						digest = s.digestOf(t, c.Worker, c.ResultHash)
					}
				}
			}
			if err := s.l.Finalize(t.deal, protocol.Final{Index: t.idx, Digest: digest}); err != nil {
				break
			}
			if digest != right {
				s.wrong++
			}
			s.judge(t, protocol.ResultHash(t.id, digest))
			t.done = true
		case s.l.Now >= t.deal.FinalDeadline():
			mustOK(s.l.Claim(t.deal, t.idx))
			s.failed++
			s.judge(t, [32]byte{})
			t.done = true
		}
		if t.done {
			s.dirty = true
			for _, a := range t.assigned {
				if !a.done.IsZero() {
					s.byID[a.worker].busy = false
				}
			}
			s.l.Forget(t.id)
			continue
		}
		open = append(open, t)
	}
	clear(s.tasks[len(open):])
	s.tasks = open
}

// judge benches the contributors of an ended task that were proven wrong: rejected with
// another result than the winning one (any rejected contribution of a claimed task).
func (s *sim) judge(t *simTask, winner [32]byte) {
	lt := s.l.Task(t.id)
	if lt == nil {
		return
	}
	for _, c := range lt.Contributions {
		if c.Status != protocol.ContributionRejected || c.ResultHash == winner {
			continue
		}
		w := s.byID[c.Worker]
		s.caught++
		if !w.saboteur {
			s.honestCaught++
		}
		w.offenses++
		if s.cfg.BenchFirst > 0 {
			w.benched = s.now.Add(s.cfg.BenchFirst << min(w.offenses-1, 20))
		}
	}
}

// plan runs the scheduler's planner on the pool's state and applies its decisions.
func (s *sim) plan() {
	state := plan.State{Now: s.now, HeartbeatTimeout: time.Hour, Checks: s.checks}
	for _, w := range s.workers {
		if s.l.Balance(w.id).Free < minStake {
			continue // the pool admits only workers that hold its minimum stake
		}
		free := 1
		if w.busy {
			free = 0
		}
		state.Workers = append(state.Workers, plan.Worker{ID: w.id, Score: s.l.Score(w.id), Cores: 1, Slots: 1,
			FreeSlots: free, Executors: []string{"wasm"}, LastSeen: s.now, BenchedUntil: w.benched})
	}
	byID := map[[32]byte]*simTask{}
	for _, t := range s.tasks {
		byID[t.id] = t
		for _, w := range t.dropped {
			t.assigned = slices.DeleteFunc(t.assigned, func(a assignment) bool { return a.worker == w })
			t.excluded = append(t.excluded, w)
		}
		t.dropped = nil
		pt := plan.Task{ID: t.id, Deal: t.deal.ID, Trust: t.deal.Trust, Executor: "wasm", Excluded: t.excluded,
			ContributionDeadline: time.Unix(int64(t.deal.ContributionDeadline()), 0),
			FinalDeadline:        time.Unix(int64(t.deal.FinalDeadline()), 0), RevealAsked: t.revealAsked}
		if lt := s.l.Task(t.id); lt != nil {
			pt.Status = plan.Status(lt.Status)
			for _, c := range lt.Contributions {
				pt.Contributions = append(pt.Contributions, plan.Vote{Worker: c.Worker, ResultHash: c.ResultHash, Weight: c.Weight})
			}
		}
		for _, a := range t.assigned {
			pt.Assigned = append(pt.Assigned, plan.Assignment{Worker: a.worker, Since: a.since, Check: a.check})
		}
		state.Tasks = append(state.Tasks, pt)
	}
	s.seed++
	for _, d := range plan.Plan(state, s.seed) {
		t := byID[d.Task]
		switch {
		case d.Reveal:
			if t.revealAsked.IsZero() {
				t.revealAsked = s.now
			}
			lt := s.l.Task(t.id)
			for _, c := range lt.Contributions {
				if c.ResultHash == d.Group && c.Status == protocol.ContributionContributed {
					t.toReveal = append(t.toReveal, c.Worker)
				}
			}
		case d.Unassign:
			t.excluded = append(t.excluded, d.Worker)
		default:
			run := s.cfg.MinRun + time.Duration(s.rng.Int64N(int64(s.cfg.MaxRun-s.cfg.MinRun)+1))
			t.assigned = append(t.assigned, assignment{worker: d.Worker, since: s.now, done: s.now.Add(run), check: d.Reason == plan.ReasonCheck})
			s.byID[d.Worker].busy = true
			s.replicas++
			if d.Reason == plan.ReasonCheck {
				s.checkCount++
			}
		}
	}
}

func (s *sim) result() Result {
	r := Result{Policy: PolicyPoco, Strategy: s.cfg.Strategy, Trust: s.cfg.Trust, Workers: len(s.workers), Tasks: s.made,
		WrongBound: 1 / float64(s.cfg.Trust), Caught: s.caught, HonestCaught: s.honestCaught,
		SimulatedSeconds: s.now.Sub(s.start).Seconds()}
	n := float64(s.made)
	r.WrongRate = float64(s.wrong) / n
	r.UnresolvedRate = float64(s.failed) / n
	r.ReplicasPerTask = float64(s.replicas) / n
	r.ContributionsPerTask = float64(s.contributions) / n
	r.ChecksPerTask = float64(s.checkCount) / n
	for _, w := range s.workers {
		b := s.l.Balance(w.id)
		gain := (float64(b.Free+b.Locked) - float64(s.initial[w.id])) / rlc
		if w.saboteur {
			r.Saboteurs++
			r.SaboteurBalanceChangeRLC += gain
		} else {
			r.HonestNetGainRLC += gain
		}
	}
	return r
}
