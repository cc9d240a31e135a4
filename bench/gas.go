package bench

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
)

// Scenario names.
const (
	Trust1Bag100        = "trust1-bag100"
	Replicated3Bag100   = "replicated3-bag100"
	SingleTrust1        = "single-trust1"
	Replicated3Single   = "replicated3-single"
	Trust1Bag100Dataset = "trust1-bag100-dataset"
	Trust1FourDeals     = "trust1-4deals"
	Trust1FourDealsMC   = "trust1-4deals-multicall"
)

// StateWarm marks figures measured on a warmed-up state (see the package documentation).
const StateWarm = "warm"

// GasResult is the measured gas of one scenario.
type GasResult struct {
	Scenario string `json:"scenario"`
	// Rules are the chain rules measured under: prague, osaka or dev (chaintest.Rules).
	Rules string `json:"rules"`
	// GasPerTask is the gas of every counted transaction divided by the number of tasks.
	GasPerTask uint64 `json:"gas_per_task"`
	// ReferenceGasPerTask is the DESIGN.md §6 reference (iExec PoCo); 0 when there is none.
	ReferenceGasPerTask uint64 `json:"reference_gas_per_task"`
	// Ratio is GasPerTask / ReferenceGasPerTask rounded to 4 decimals; 0 without reference.
	Ratio float64 `json:"ratio"`
	// Aim is the DESIGN.md §6 target for GasPerTask; 0 (omitted) when there is none.
	Aim uint64 `json:"aim,omitempty"`
	// Tasks is the number of tasks of the measured deal.
	Tasks int `json:"tasks"`
	// Transactions is the number of counted transactions (under rules that cap a
	// transaction's gas, a batch over the cap is sent in parts, as workers do).
	Transactions int `json:"transactions"`
	// GasTotal is the gas of every counted transaction.
	GasTotal uint64 `json:"gas_total"`
	// State is StateWarm: measured after a warm-up run.
	State string `json:"state"`
	// Detail is the gas of each step (whole transactions, not per task), by step name:
	// the function called, with the worker's rank (#1, #2, #3) where several send it.
	Detail map[string]uint64 `json:"detail"`
}

// WithinAim reports whether the scenario has an aim and meets it.
func (r GasResult) WithinAim() bool { return r.Aim != 0 && r.GasPerTask <= r.Aim }

// scenario is one gas measurement.
type scenario struct {
	name      string
	reference uint64 // DESIGN.md §6, gas per task; 0: none
	aim       uint64 // DESIGN.md §6, gas per task; 0: none
	tasks     int
	// run executes the scenario's flow once on e and records its transactions. round 0
	// is the warm-up, round 1 the measured run.
	run func(e *pocotest.Env, round int, rec *recorder)
}

// scenarios lists what Gas measures, in report order.
var scenarios = []scenario{
	{name: Trust1Bag100, reference: 870_000, aim: 25_000, tasks: 100,
		run: func(e *pocotest.Env, round int, rec *recorder) { trust1(e, rec, 100, false) }},
	{name: Replicated3Bag100, reference: 1_900_000, aim: 250_000, tasks: 100,
		run: func(e *pocotest.Env, round int, rec *recorder) { replicated3(e, round, rec, 100, true) }},
	{name: SingleTrust1, reference: 730_000, aim: 250_000, tasks: 1,
		run: func(e *pocotest.Env, round int, rec *recorder) { trust1(e, rec, 1, false) }},
	{name: Replicated3Single, tasks: 1,
		run: func(e *pocotest.Env, round int, rec *recorder) { replicated3(e, round, rec, 1, false) }},
	{name: Trust1Bag100Dataset, tasks: 100,
		run: func(e *pocotest.Env, round int, rec *recorder) { trust1(e, rec, 100, true) }},
	{name: Trust1FourDeals, tasks: 4 * 25,
		run: func(e *pocotest.Env, round int, rec *recorder) { trust1Deals(e, rec, 4, 25, false) }},
	{name: Trust1FourDealsMC, tasks: 4 * 25,
		run: func(e *pocotest.Env, round int, rec *recorder) { trust1Deals(e, rec, 4, 25, true) }},
}

// Scenarios returns the names of the scenarios Gas measures, in report order.
func Scenarios() []string {
	names := make([]string, len(scenarios))
	for i, s := range scenarios {
		names[i] = s.name
	}
	return names
}

// SnapshotRules are the rules gas-snapshot.json was measured under, and Gas measures
// under: Prague. Osaka, mainnet's rules today, prices the protocol's transactions the
// same (it adds a per-transaction gas cap, which no measured batch reaches under this
// pricing), so the snapshot holds for mainnet.
const SnapshotRules = chaintest.RulesPrague

// DefaultRules are the rules `poco bench gas` measures under by default: Ethereum
// mainnet's today.
const DefaultRules = chaintest.RulesOsaka

// Gas runs every scenario under SnapshotRules; see GasUnder.
func Gas() ([]GasResult, error) { return GasUnder(SnapshotRules) }

// GasUnder runs every scenario, each on a freshly deployed protocol on a chain with the
// given rules, and returns the results in report order. Under rules that cap a
// transaction's gas (osaka, dev), a batch whose estimate is over the cap is split in
// halves until each part fits, as workers and the scheduler do, and every part is
// counted. It fails on the first scenario that does not run as planned (a reverted
// transaction, a task that did not complete, a batch over the block gas limit).
func GasUnder(rules chaintest.Rules) ([]GasResult, error) {
	if _, err := chaintest.ParseRules(string(rules)); err != nil {
		return nil, err
	}
	results := make([]GasResult, 0, len(scenarios))
	for _, s := range scenarios {
		r, err := runScenario(s, rules)
		if err != nil {
			return nil, err
		}
		results = append(results, r)
	}
	return results, nil
}

// runScenario deploys the protocol, runs s once to warm the state up and once more to
// measure it.
func runScenario(s scenario, rules chaintest.Rules) (res GasResult, err error) {
	err = guard(s.name, func(tb chaintest.TB) {
		e := pocotest.New(tb, pocotest.Options{Chain: []chaintest.Option{chaintest.WithRules(rules)}})
		market := &offers{}
		capped := rules.CapsTxGas()
		warm := &recorder{tb: tb, offers: market, capped: capped}
		s.run(e, 0, warm)
		rec := &recorder{tb: tb, offers: market, capped: capped}
		s.run(e, 1, rec)
		// The same steps (a batch may be cut in a different number of parts: the warm
		// state is cheaper).
		if ws, ms := warm.stepNames(), rec.stepNames(); !slices.Equal(ws, ms) {
			tb.Fatalf("the warm-up sent the steps %v, the measured run %v", ws, ms)
		}
		res = rec.result(s)
		res.Rules = string(rules)
	})
	return res, err
}

// batch sends the batch call pack(lo, hi) (items lo to hi-1) from `from` to the hub and
// counts it under name. Under rules that cap a transaction's gas, a batch whose estimate
// is over the cap (or that cannot be estimated within it) is split in halves, each sent
// the same way.
func (r *recorder) batch(e *pocotest.Env, from *chaintest.Account, name string, lo, hi int, pack func(lo, hi int) []byte) {
	data := pack(lo, hi)
	if r.capped && hi-lo > 1 {
		gas, err := e.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: from.Address, To: &e.D.Hub, Data: data})
		if err != nil || gas > params.MaxTxGas {
			mid := (lo + hi) / 2
			r.batch(e, from, name, lo, mid, pack)
			r.batch(e, from, name, mid, hi, pack)
			return
		}
	}
	r.add(name, e.Tx(from, data))
}

// ───────────────────────────── flows ─────────────────────────────

// Task and contribution states, as in PocoTypes.sol.
const (
	taskActive    = 1
	taskRevealing = 2
	taskCompleted = 3
)

// digest is the result of task idx (each task has its own).
func digest(idx int) [32]byte { return pocotest.Digest(fmt.Sprintf("task %d", idx)) }

// offers are the app, dataset and workerpool orders of the market, published once with a
// large volume and matched by every request of a scenario, as in a running market where
// a pool's order serves many requesters. The warm-up run consumes them first, so the
// measured run finds them partly consumed.
type offers struct {
	plain, withDataset *pocotest.Orders
}

// match signs a fresh request for a deal of `tasks` tasks at `trust`, with or without the
// env's dataset, and matches it as the requester against the market's offers.
func match(e *pocotest.Env, rec *recorder, tasks, trust int64, dataset bool) bindings.Deal {
	o := &rec.offers.plain
	if dataset {
		o = &rec.offers.withDataset
	}
	if *o == nil {
		if dataset {
			*o = e.SignAll(e.DatasetOrders())
		} else {
			*o = e.SignAll(e.DefaultOrders())
		}
	}
	req := **o
	req.Request = e.RequestOrder(req.App, req.Dataset, req.Workerpool)
	req.Request.Volume = big.NewInt(tasks)
	req.Request.Trust = big.NewInt(trust)
	req.Sigs.Request = e.Sign(e.Requester.Key, req.Request.Hash(e.Domain))
	deal, r := e.MatchReceipt(e.Requester, &req)
	rec.add("matchOrders", r)
	if deal.BotFirst.Sign() != 0 || deal.BotSize.Int64() != tasks || deal.Trust.Int64() != trust {
		rec.tb.Fatalf("the deal covers tasks %s+%s at trust %s, want 0+%d at trust %d",
			deal.BotFirst, deal.BotSize, deal.Trust, tasks, trust)
	}
	return deal
}

// trust1 is the trust-1 fast path: a match, then one worker completes every task with
// contributeAndFinalize (one call for a single task, one batch otherwise).
func trust1(e *pocotest.Env, rec *recorder, tasks int, dataset bool) {
	deal := match(e, rec, int64(tasks), 1, dataset)
	w := e.Workers[0]
	if tasks == 1 {
		rec.add("contributeAndFinalize", e.ContributeAndFinalize(w, deal, 0, digest(0)))
	} else {
		items := make([]bindings.ContributeAndFinalizeItem, tasks)
		for i := range items {
			items[i] = e.ContributeAndFinalizeItem(w, deal, uint64(i), digest(i))
		}
		rec.batch(e, w, "contributeAndFinalizeBatch", 0, tasks, func(lo, hi int) []byte {
			return e.Poco.PackContributeAndFinalizeBatch(deal, items[lo:hi])
		})
	}
	expectStatus(e, rec, deal, tasks, taskCompleted, "after contributeAndFinalize")
}

// trust1Deals is a worker's trust-1 results of several deals: `deals` matches of
// `tasks` tasks each, then one worker completes every task with one
// contributeAndFinalizeBatch per deal, sent as one transaction per deal or, with
// multicall, all in one multicall transaction (split in halves by deals under a
// transaction gas cap, like any batch).
func trust1Deals(e *pocotest.Env, rec *recorder, deals, tasks int, multicall bool) {
	w := e.Workers[0]
	ds := make([]bindings.Deal, deals)
	items := make([][]bindings.ContributeAndFinalizeItem, deals)
	for d := range ds {
		ds[d] = match(e, rec, int64(tasks), 1, false)
		items[d] = make([]bindings.ContributeAndFinalizeItem, tasks)
		for i := range items[d] {
			items[d][i] = e.ContributeAndFinalizeItem(w, ds[d], uint64(i), digest(i))
		}
	}
	if multicall {
		calls := make([][]byte, deals)
		for d := range ds {
			calls[d] = e.Poco.PackContributeAndFinalizeBatch(ds[d], items[d])
		}
		rec.batch(e, w, "multicall", 0, deals, func(lo, hi int) []byte {
			return e.Poco.PackMulticall(calls[lo:hi])
		})
	} else {
		for d := range ds {
			rec.batch(e, w, "contributeAndFinalizeBatch", 0, tasks, func(lo, hi int) []byte {
				return e.Poco.PackContributeAndFinalizeBatch(ds[d], items[d][lo:hi])
			})
		}
	}
	for _, d := range ds {
		expectStatus(e, rec, d, tasks, taskCompleted, "after contributeAndFinalize")
	}
}

// replicated3 is the replicated flow at trust 5: three fresh workers (weight 2 each)
// contribute the same result, whose group satisfies the consensus rule at the third
// (8 × 5 > 9 × 4) while the tasks stay ACTIVE; each worker reveals, the first one with the
// scheduler's permit of every task (its reveal opens the reveal phase: REVEALING), the
// others without; and the scheduler finalizes. With batch, each worker sends one batch per
// step and the scheduler one finalizeBatch; otherwise every call is a single one.
//
// Round r uses workers 3r, 3r+1 and 3r+2, so the measured run's workers have never
// worked (reputation 0) while everyone else is warm.
func replicated3(e *pocotest.Env, round int, rec *recorder, tasks int, batch bool) {
	deal := match(e, rec, int64(tasks), 5, false)
	if len(e.Workers) < 3*round+3 {
		rec.tb.Fatalf("round %d needs %d workers, the env has %d", round, 3*round+3, len(e.Workers))
	}
	workers := e.Workers[3*round : 3*round+3]
	for _, w := range workers {
		if s := e.Score(w.Address); s != 0 {
			rec.tb.Fatalf("worker %s is not fresh: score %d", w.Address, s)
		}
	}

	for k, w := range workers {
		if batch {
			items := make([]bindings.ContributeItem, tasks)
			for i := range items {
				items[i] = e.ContributeItem(w, deal, uint64(i), digest(i))
			}
			rec.batch(e, w, fmt.Sprintf("contributeBatch#%d", k+1), 0, tasks, func(lo, hi int) []byte {
				return e.Poco.PackContributeBatch(deal, items[lo:hi])
			})
			for i, it := range items {
				e.RecordContribution(deal, uint64(i), w.Address, it.ResultHash)
			}
		} else {
			for i := range tasks {
				rec.add(fmt.Sprintf("contribute#%d", k+1), e.Contribute(w, deal, uint64(i), digest(i)))
			}
		}
		expectStatus(e, rec, deal, tasks, taskActive, fmt.Sprintf("after %d contributions", k+1))
	}

	// Only the first reveal of a task carries the scheduler's permit; the others send none.
	reveal := func(k, i int) bindings.RevealItem {
		if k == 0 {
			return e.RevealItem(deal, uint64(i), digest(i))
		}
		return bindings.RevealItem{Idx: big.NewInt(int64(i)), ResultDigest: digest(i), Permit: []byte{}}
	}
	for k, w := range workers {
		if batch {
			items := make([]bindings.RevealItem, tasks)
			for i := range items {
				items[i] = reveal(k, i)
			}
			rec.batch(e, w, fmt.Sprintf("revealBatch#%d", k+1), 0, tasks, func(lo, hi int) []byte {
				return e.Poco.PackRevealBatch(deal, items[lo:hi])
			})
		} else {
			for i := range tasks {
				rec.add(fmt.Sprintf("reveal#%d", k+1), e.Tx(w, e.Poco.PackReveal(deal, reveal(k, i))))
			}
		}
		if k == 0 {
			expectStatus(e, rec, deal, tasks, taskRevealing, "after the first, permitted reveals")
		}
	}

	if batch {
		items := make([]bindings.FinalizeItem, tasks)
		for i := range items {
			items[i] = e.FinalizeItem(deal, uint64(i), digest(i))
		}
		rec.batch(e, e.PoolOwner, "finalizeBatch", 0, tasks, func(lo, hi int) []byte {
			return e.Poco.PackFinalizeBatch(deal, items[lo:hi])
		})
	} else {
		for i := range tasks {
			rec.add("finalize", e.Finalize(deal, uint64(i), digest(i)))
		}
	}
	expectStatus(e, rec, deal, tasks, taskCompleted, "after finalize")
	for _, w := range workers {
		if s := e.Score(w.Address); s != uint64(tasks) {
			rec.tb.Fatalf("worker %s has score %d after winning %d tasks", w.Address, s, tasks)
		}
	}
}

// expectStatus fails unless every task of the deal has the given status.
func expectStatus(e *pocotest.Env, rec *recorder, deal bindings.Deal, tasks int, want uint8, when string) {
	for i := range tasks {
		if got := e.Task(deal, uint64(i)).Status; got != want {
			rec.tb.Fatalf("%s: task %d has status %d, want %d", when, i, got, want)
		}
	}
}

// ───────────────────────────── recording ─────────────────────────────

type step struct {
	name string
	gas  uint64
}

// recorder collects the counted transactions of one run.
type recorder struct {
	tb     chaintest.TB
	offers *offers
	steps  []step
	capped bool // the chain caps a transaction's gas: batches over the cap are split
}

// stepNames are the distinct step names of the run, sorted.
func (r *recorder) stepNames() []string {
	var names []string
	for _, st := range r.steps {
		names = append(names, st.name)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// add counts a mined transaction under the step name; it fails unless it succeeded and
// fits a block.
func (r *recorder) add(name string, rc *types.Receipt) {
	if rc.Status != types.ReceiptStatusSuccessful {
		r.tb.Fatalf("%s: transaction %s failed", name, rc.TxHash)
	}
	if rc.GasUsed > chaintest.DefaultGasLimit {
		r.tb.Fatalf("%s: %d gas is over the block gas limit %d", name, rc.GasUsed, chaintest.DefaultGasLimit)
	}
	if r.capped && rc.GasUsed > params.MaxTxGas {
		r.tb.Fatalf("%s: %d gas is over the transaction gas cap %d", name, rc.GasUsed, params.MaxTxGas)
	}
	r.steps = append(r.steps, step{name, rc.GasUsed})
}

func (r *recorder) result(s scenario) GasResult {
	res := GasResult{
		Scenario: s.name, ReferenceGasPerTask: s.reference, Aim: s.aim, Tasks: s.tasks,
		Transactions: len(r.steps), State: StateWarm, Detail: map[string]uint64{},
	}
	for _, st := range r.steps {
		res.GasTotal += st.gas
		res.Detail[st.name] += st.gas
	}
	res.GasPerTask = (res.GasTotal + uint64(s.tasks)/2) / uint64(s.tasks)
	if s.reference != 0 {
		res.Ratio = math.Round(float64(res.GasPerTask)/float64(s.reference)*1e4) / 1e4
	}
	return res
}
