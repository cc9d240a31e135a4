package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// A whole trust-1 task through the SDK only: an app and a pool are created, the requester
// and the scheduler deposit, the three orders are signed, matched, and a worker runs the
// task with contributeAndFinalize.
func TestTrustOneFlowThroughTheSDK(t *testing.T) {
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	dev := client(t, e, e.AppOwner)       // wallet tokens, nothing deposited
	sched := client(t, e, e.DatasetOwner) // wallet tokens, nothing deposited
	req := client(t, e, e.Owner)          // the deployer's remaining tokens
	worker := client(t, e, e.Workers[0])  // a fresh worker
	anyone := client(t, e, nil)           // read-only

	app := must(dev.CreateApp(bg, AppSpec{Name: "sdk-hello", Type: "WASM", Multiaddr: "/ipfs/bafyhello",
		Checksum: crypto.Keccak256Hash([]byte("hello"))}))
	pool := must(sched.CreateWorkerpool(bg, WorkerpoolSpec{Description: "sdk pool"}))
	must(sched.Deposit(bg, RLC(10))) // pool stake: 30 % of 10 RLC
	must(req.Deposit(bg, RLC(13)))   // 3 + 10 per task

	ao := must(dev.SignAppOrder(NewAppOrder(app, RLC(3), 100)))
	wo := must(sched.SignWorkerpoolOrder(NewWorkerpoolOrder(pool, RLC(10), 100, 0, 1)))
	ro := RequestFor(req.Address(), ao.Order, nil, wo.Order, 1)
	ro.Params = `{"args":"hello"}`
	so := must(req.SignRequestOrder(ro))

	deal := must(req.MatchOrders(bg, MatchInput{App: ao, Workerpool: wo, Request: so}))
	if deal.BotSize != 1 || deal.Trust != 1 || deal.App != app || deal.Workerpool != pool ||
		deal.WorkerpoolOwner != sched.Address() || deal.Requester != req.Address() || deal.Params != ro.Params {
		t.Fatalf("unexpected deal %+v", deal)
	}
	if deal.OrderHashes[0] != dev.HashAppOrder(ao.Order) || deal.OrderHashes[3] != req.HashRequestOrder(ro) ||
		deal.OrderHashes[1] != (common.Hash{}) {
		t.Fatalf("order hashes %v", deal.OrderHashes)
	}
	if bal := must(req.Account(bg, req.Address())); bal.Free.Sign() != 0 || bal.Locked.Cmp(RLC(13)) != 0 {
		t.Fatalf("requester balance after the match: %+v", bal)
	}

	// Before the worker runs it, the task exists only through its deal.
	taskid := deal.TaskID(deal.BotFirst)
	if _, err := anyone.Task(bg, taskid); !IsCode(err, CodeUnknownTask) || !errors.Is(err, ErrNotFound) {
		t.Fatalf("Task of an unstarted task: %v", err)
	}
	unset := must(anyone.TaskOf(bg, deal, deal.BotFirst))
	if unset.Status != TaskUnset || unset.Contributions == nil || len(unset.Contributions) != 0 || unset.TotalWeight.Sign() != 0 {
		t.Fatalf("unstarted task %+v", unset)
	}
	if data := must(json.Marshal(unset)); !strings.Contains(string(data), `"contributions":[]`) {
		t.Fatalf("an unstarted task marshals as %s, want \"contributions\":[]", data)
	}
	if d, idx, err := anyone.DealOfTask(bg, taskid); err != nil || d.ID != deal.ID || idx != deal.BotFirst {
		t.Fatalf("DealOfTask of the unstarted task: %v, %d, %v", d, idx, err)
	}

	digest := pocotest.Digest("hello")
	auth := must(sched.SignAuthorization(worker.Address(), taskid, common.Address{}))
	results := []byte(`{"storage":"ipfs","location":"/ipfs/bafyresult"}`)
	must(worker.ContributeAndFinalize(bg, deal, ContributeAndFinalizeInput{Index: deal.BotFirst, Digest: digest,
		Results: results, Authorization: auth}))

	task := must(anyone.Task(bg, taskid))
	if task.Status != TaskCompleted || task.ResultDigest != digest || string(task.Results) != string(results) ||
		task.DealID != deal.ID || task.Index != deal.BotFirst || task.EndedAt.IsZero() || task.StartedAt.IsZero() {
		t.Fatalf("task after contributeAndFinalize: %+v", task)
	}
	if len(task.Contributions) != 1 || task.Contributions[0].Worker != worker.Address() ||
		task.Contributions[0].Status != ContributionProved || task.Contributions[0].Digest != digest {
		t.Fatalf("contributions %+v", task.Contributions)
	}
	// contributeAndFinalize stores no total weight: it is the single winner's weight (2 for
	// a fresh worker, as its TaskContribute event says).
	if w := task.Contributions[0].Weight; w != 2 || task.TotalWeight.Cmp(new(big.Int).SetUint64(w)) != 0 || task.Winners != 1 {
		t.Fatalf("task after contributeAndFinalize: weight %d, total weight %s, winners %d", w, task.TotalWeight, task.Winners)
	}
	// Everyone was paid: app 3 RLC, the worker 99 % of 10, the scheduler 1 % + a kitty bonus (empty kitty).
	if f := must(anyone.Account(bg, dev.Address())).Free; f.Cmp(RLC(3)) != 0 {
		t.Fatalf("app owner free %s", FormatRLC(f))
	}
	if f := must(anyone.Account(bg, worker.Address())).Free; f.Cmp(new(big.Int).Add(pocotest.DepositTokens, big.NewInt(9_900_000_000))) != 0 {
		t.Fatalf("worker free %s", FormatRLC(f))
	}
	tasks := must(anyone.DealTasks(bg, deal))
	if len(tasks) != 1 || tasks[0].Status != TaskCompleted {
		t.Fatalf("DealTasks %+v", tasks)
	}
	e.CheckConservation()
}

// The deal the SDK finds is the deal pocotest reads from the match receipt.
func TestDealRoundTrip(t *testing.T) {
	e := env(t)
	c := client(t, e, nil)
	o := e.DefaultOrders()
	o.Request.Volume = big.NewInt(3)
	bd, r := e.MatchReceipt(e.Requester, e.SignAll(o))

	d := must(c.Deal(bg, bd.Id))
	want := must(DealHash(bd))
	if got := must(DealHash(d.Binding())); got != want {
		t.Fatalf("deal hash %s, want %s", got.Hex(), want.Hex())
	}
	if stored := must(c.StoredDealHash(bg, bd.Id)); stored != want {
		t.Fatalf("stored hash %s, want %s", stored.Hex(), want.Hex())
	}
	if d.Block != r.BlockNumber.Uint64() || d.TxHash != r.TxHash || d.Params != o.Request.Params ||
		d.OrderHashes[3] != c.HashRequestOrder(o.Request) || d.BotSize != 3 {
		t.Fatalf("deal %+v", d)
	}
	if d.Cost().Cmp(RLC(39)) != 0 || d.TaskPrice().Cmp(RLC(13)) != 0 || d.HasDataset() {
		t.Fatalf("cost %s, task price %s", d.Cost(), d.TaskPrice())
	}
	if d.FinalDeadline().Sub(d.Start()) != 10*300*time.Second || d.ContributionDeadline().Sub(d.Start()) != 7*300*time.Second {
		t.Fatal("deadlines")
	}
	at := must(c.DealAt(bg, bd.Id, d.Block))
	if at.ID != d.ID {
		t.Fatal("DealAt")
	}
	if _, err := c.DealAt(bg, bd.Id, d.Block-1); err == nil {
		t.Fatal("DealAt the wrong block found the deal")
	}
	// Lists by requester and by pool.
	o2 := e.SignAll(e.DatasetOrders())
	bd2 := e.Match(e.Requester, o2)
	byReq := must(c.DealsOfRequester(bg, e.Requester.Address))
	byPool := must(c.DealsOfWorkerpool(bg, e.Pool))
	if len(byReq) != 2 || len(byPool) != 2 || byReq[0].ID != d.ID || byReq[1].ID != bd2.Id || !byReq[1].HasDataset() {
		t.Fatalf("deals by requester %d, by pool %d", len(byReq), len(byPool))
	}
	if l := must(c.DealsOfRequester(bg, e.Owner.Address)); len(l) != 0 {
		t.Fatalf("the owner has %d deals", len(l))
	}
	tasks := must(c.DealTasks(bg, d))
	if len(tasks) != 3 || tasks[2].Index != d.BotFirst+2 || tasks[2].ID != d.TaskID(d.BotFirst+2) {
		t.Fatalf("DealTasks %+v", tasks)
	}
	if _, err := c.Deal(bg, crypto.Keccak256Hash([]byte("no such deal"))); err == nil {
		t.Fatal("found an unknown deal")
	}
}

// A replicated deal (trust 3: two fresh workers agree) through the SDK's worker and
// scheduler operations, one by one and in batches: contributions keep coming until the
// first reveal, with the scheduler's permit, opens the reveals.
func TestReplicatedFlow(t *testing.T) {
	e := env(t)
	sched := client(t, e, e.PoolOwner)
	w := []*Client{client(t, e, e.Workers[0]), client(t, e, e.Workers[1]), client(t, e, e.Workers[2])}
	bd := e.MatchDefault(3, 3)
	deal := must(sched.Deal(bg, bd.Id))
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	auth := func(i int, idx uint64) []byte {
		sig := must(sched.SignAuthorization(w[i].Address(), deal.TaskID(idx), common.Address{}))
		if same := must(SignAuthorization(e.PoolOwner.Key, w[i].Address(), deal.TaskID(idx), common.Address{})); string(same) != string(sig) {
			t.Fatal("SignAuthorization differs between the client and the package function")
		}
		return sig
	}
	permit := func(idx uint64) []byte {
		sig := must(sched.SignRevealPermit(deal.TaskID(idx)))
		if same := must(SignRevealPermit(e.PoolOwner.Key, deal.TaskID(idx))); string(same) != string(sig) {
			t.Fatal("SignRevealPermit differs between the client and the package function")
		}
		return sig
	}
	first := deal.BotFirst

	// Task 0: two agreeing fresh workers satisfy trust 3, yet the task stays ACTIVE: the
	// reveals open only with the scheduler's permit.
	must(w[0].Contribute(bg, deal, ContributeInput{Index: first, Digest: good, Authorization: auth(0, first)}))
	task := must(sched.Task(bg, deal.TaskID(first)))
	if task.Status != TaskActive || len(task.Contributions) != 1 {
		t.Fatalf("after one vote: %s, %d contributions", task.Status, len(task.Contributions))
	}
	must(w[1].Contribute(bg, deal, ContributeInput{Index: first, Digest: good, Authorization: auth(1, first)}))
	task = must(sched.Task(bg, deal.TaskID(first)))
	if task.Status != TaskActive || task.ConsensusValue != (common.Hash{}) || task.Winners != 0 || !task.RevealDeadline.IsZero() {
		t.Fatalf("after two agreeing votes: %+v", task)
	}
	// Finalizing before the reveals opened: explained.
	_, err := sched.Finalize(bg, deal, FinalizeInput{Index: first, Digest: good})
	wantContains(t, wantCode(t, err, "PocoTaskWrongStatus"), "is ACTIVE (taking contributions")
	// A worker without a contribution cannot open the reveals, permit or not.
	_, err = w[2].Reveal(bg, deal, first, good, permit(first))
	wantContains(t, wantCode(t, err, "PocoCannotReveal"), "you ("+w[2].Address().Hex()+") have no contribution to reveal")
	// The first reveal, with the permit, opens the reveals on the agreeing group.
	must(w[0].Reveal(bg, deal, first, good, permit(first)))
	task = must(sched.Task(bg, deal.TaskID(first)))
	if task.Status != TaskRevealing || task.ConsensusValue != protocol.ResultHash(deal.TaskID(first), good) ||
		task.Winners != 2 || task.RevealDeadline.IsZero() || task.ConsensusAt.IsZero() {
		t.Fatalf("after the first reveal: %+v", task)
	}
	// A third contribution is refused now; the sentence names the state.
	_, err = w[2].Contribute(bg, deal, ContributeInput{Index: first, Digest: bad, Authorization: auth(2, first)})
	wantContains(t, wantCode(t, err, "PocoTaskWrongStatus"), "is REVEALING (consensus reached")
	_, err = sched.Finalize(bg, deal, FinalizeInput{Index: first, Digest: good})
	wantContains(t, wantCode(t, err, "PocoRevealsPending"), "1 of 2 winners revealed")
	_, err = sched.Finalize(bg, deal, FinalizeInput{Index: first, Digest: bad})
	wantContains(t, wantCode(t, err, "PocoResultDigestMismatch"), "is not the consensus result")
	// w1 never reveals: after the reveal deadline the scheduler finalizes without it.
	advanceTo(t, e, uint64(task.RevealDeadline.Unix()))
	_, err = w[0].Finalize(bg, deal, FinalizeInput{Index: first, Digest: good})
	wantContains(t, wantCode(t, err, "PocoNotScheduler"), "only the deal's scheduler "+sched.Address().Hex(), "not you ("+w[0].Address().Hex()+")")
	must(sched.Finalize(bg, deal, FinalizeInput{Index: first, Digest: good, Results: []byte("r0")}))
	task = must(sched.Task(bg, deal.TaskID(first)))
	if task.Status != TaskCompleted || task.ResultDigest != good || string(task.Results) != "r0" {
		t.Fatalf("finalized task %+v", task)
	}
	if cs := task.Contributors(); len(cs) != 2 || cs[0].Worker != w[0].Address() || cs[1].ResultHash != task.ConsensusValue {
		t.Fatalf("contributors %+v", cs)
	}
	if !task.Status.Final() || TaskRevealing.Final() || task.Status.String() != "COMPLETED" {
		t.Fatal("status helpers")
	}
	if ct, _ := task.Contribution(w[0].Address()); ct.Status != ContributionProved || ct.Digest != good {
		t.Fatalf("winner's contribution %+v", ct)
	}
	if ct, _ := task.Contribution(w[1].Address()); ct.Status != ContributionRejected || ct.Digest != (common.Hash{}) {
		t.Fatalf("silent winner's contribution %+v", ct)
	}
	// A lone revealed winner is not confirmed by another reveal: its score does not change.
	if s := must(sched.Score(bg, w[0].Address())); s != 0 {
		t.Fatalf("lone winner's score %d, want 0", s)
	}

	// Tasks 1 and 2 in batches: the first worker's reveals carry the permits, the second's
	// need none.
	idxs := []uint64{first + 1, first + 2}
	for i := range 2 {
		var ins []ContributeInput
		for _, idx := range idxs {
			ins = append(ins, ContributeInput{Index: idx, Digest: good, Authorization: auth(i, idx)})
		}
		must(w[i].ContributeBatch(bg, deal, ins))
	}
	must(w[0].RevealBatch(bg, deal, []RevealInput{{idxs[0], good, permit(idxs[0])}, {idxs[1], good, permit(idxs[1])}}))
	must(w[1].RevealBatch(bg, deal, []RevealInput{{Index: idxs[0], Digest: good}, {Index: idxs[1], Digest: good}}))
	must(sched.FinalizeBatch(bg, deal, []FinalizeInput{{Index: idxs[0], Digest: good}, {Index: idxs[1], Digest: good}}))
	for _, tk := range must(sched.DealTasks(bg, deal)) {
		if tk.Status != TaskCompleted {
			t.Fatalf("task %d is %s", tk.Index, tk.Status)
		}
	}
	// Both revealed on both tasks: each win is confirmed by the other's reveal.
	if s0, s1 := must(sched.Score(bg, w[0].Address())), must(sched.Score(bg, w[1].Address())); s0 != 2 || s1 != 2 {
		t.Fatalf("scores after the batches: %d, %d, want 2, 2", s0, s1)
	}
	e.CheckConservation()
}

// The first reveal of a task needs the scheduler's permit, and a result group that reached
// consensus; each refusal is a sentence that says what to do.
func TestRevealNeedsTheSchedulersPermit(t *testing.T) {
	e := env(t)
	sched := client(t, e, e.PoolOwner)
	w0, w1 := client(t, e, e.Workers[0]), client(t, e, e.Workers[1])
	deal := must(sched.Deal(bg, e.MatchDefault(2, 3).Id))
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	contribute := func(w *Client, idx uint64, digest [32]byte) {
		t.Helper()
		must(w.Contribute(bg, deal, ContributeInput{Index: idx, Digest: digest,
			Authorization: must(sched.SignAuthorization(w.Address(), deal.TaskID(idx), common.Address{}))}))
	}
	idx := deal.BotFirst
	contribute(w0, idx, good)
	contribute(w1, idx, good)

	_, err := w0.Reveal(bg, deal, idx, good, nil)
	wantContains(t, wantCode(t, err, "PocoInvalidRevealPermit"), "the reveals of task "+deal.TaskID(idx).Hex()+" have not opened yet",
		"the permit of the deal's scheduler "+sched.Address().Hex(), "wait for the scheduler's permit and reveal with it")
	// A permit signed by anyone but the pool's owner is no permit.
	_, err = w0.Reveal(bg, deal, idx, good, must(w1.SignRevealPermit(deal.TaskID(idx))))
	wantCode(t, err, "PocoInvalidRevealPermit")
	// The permit of another task does not open this one.
	_, err = w0.Reveal(bg, deal, idx, good, must(sched.SignRevealPermit(deal.TaskID(idx+1))))
	wantCode(t, err, "PocoInvalidRevealPermit")
	if task := must(sched.TaskOf(bg, deal, idx)); task.Status != TaskActive {
		t.Fatalf("after refused reveals the task is %s, want ACTIVE", task.Status)
	}

	// Task 1: two fresh workers disagree; neither result weighs enough at trust 3.
	contribute(w0, idx+1, good)
	contribute(w1, idx+1, bad)
	_, err = w0.Reveal(bg, deal, idx+1, good, must(sched.SignRevealPermit(deal.TaskID(idx+1))))
	wantContains(t, wantCode(t, err, "PocoNoConsensus"), "has no consensus yet", "weigh 2 of a total weight of 5",
		"wait for more workers to agree")
}

// receiptEvents decodes the hub events of a receipt.
func receiptEvents(t *testing.T, c *Client, r *types.Receipt) []Event {
	t.Helper()
	var out []Event
	for _, l := range r.Logs {
		ev, err := c.DecodeEvent(*l)
		ok(t, err)
		out = append(out, ev)
	}
	return out
}

// A worker's rewards of a replicated deal vest in its locked balance for a day, then
// anyone may release them to its free balance.
func TestVestingAndReleaseVested(t *testing.T) {
	e := env(t)
	sched := client(t, e, e.PoolOwner)
	w0, w1 := client(t, e, e.Workers[0]), client(t, e, e.Workers[1])
	anyone := client(t, e, e.Owner)
	deal := must(sched.Deal(bg, e.MatchDefault(1, 3).Id))
	idx, good := deal.BotFirst, pocotest.Digest("good")
	for _, w := range []*Client{w0, w1} {
		must(w.Contribute(bg, deal, ContributeInput{Index: idx, Digest: good,
			Authorization: must(sched.SignAuthorization(w.Address(), deal.TaskID(idx), common.Address{}))}))
	}
	must(w0.Reveal(bg, deal, idx, good, must(sched.SignRevealPermit(deal.TaskID(idx)))))
	must(w1.Reveal(bg, deal, idx, good, nil))
	if v := must(anyone.Vesting(bg, w0.Address())); v.Total().Sign() != 0 || !v.NewerRelease.IsZero() {
		t.Fatalf("vesting before any reward: %+v", v)
	}
	r := must(sched.Finalize(bg, deal, FinalizeInput{Index: idx, Digest: good}))
	finalizedAt := must(anyone.ChainTime(bg))

	// Two winners of weight 2 share the workers' part of the pool price equally.
	workersPot := new(big.Int).Div(new(big.Int).Mul(deal.WorkerpoolPrice, big.NewInt(int64(100-deal.SchedulerRewardRatio))), big.NewInt(100))
	reward := new(big.Int).Div(workersPot, big.NewInt(2))
	v := must(anyone.Vesting(bg, w0.Address()))
	if v.Total().Cmp(reward) != 0 || v.Older.Sign() != 0 || !v.OlderRelease.IsZero() ||
		!v.NewerRelease.Equal(finalizedAt.Add(24*time.Hour)) {
		t.Fatalf("vesting after the finalize: %+v, want %s releasing at %s", v, reward, finalizedAt.Add(24*time.Hour))
	}
	if got := v.Releasable(finalizedAt); got.Sign() != 0 {
		t.Fatalf("releasable at once: %s, want 0", got)
	}
	if got := v.Releasable(v.NewerRelease); got.Cmp(reward) != 0 {
		t.Fatalf("releasable at the release time: %s, want %s", got, reward)
	}
	// The reward is locked, the stake is back in the free balance.
	if bal := must(anyone.Account(bg, w0.Address())); bal.Locked.Cmp(reward) != 0 || bal.Free.Cmp(pocotest.DepositTokens) != 0 {
		t.Fatalf("w0's balance after the finalize: free %s, locked %s; want free %s, locked %s",
			bal.Free, bal.Locked, pocotest.DepositTokens, reward)
	}
	vested := false
	for _, ev := range receiptEvents(t, anyone, r) {
		if ve, isVest := ev.(*VestEvent); isVest && ve.Worker == w0.Address() {
			vested = ve.Amount.Cmp(reward) == 0 && ve.ReleaseTime.Equal(v.NewerRelease) && ve.Ref == deal.TaskID(idx)
		}
		if re, isReward := ev.(*RewardEvent); isReward && re.Owner == w0.Address() {
			t.Fatalf("a replicated deal's reward was paid free: %+v", re)
		}
	}
	if !vested {
		t.Fatal("no Vest event of the reward for w0 in the finalize receipt")
	}

	// Released early: nothing matured, nothing moves.
	must(anyone.ReleaseVested(bg, w0.Address()))
	if again := must(anyone.Vesting(bg, w0.Address())); again.Total().Cmp(reward) != 0 {
		t.Fatalf("an early release changed the vesting: %+v", again)
	}
	// A day later, anyone releases it to the free balance.
	advanceTo(t, e, uint64(v.NewerRelease.Unix()))
	r = must(anyone.ReleaseVested(bg, w0.Address()))
	if after := must(anyone.Vesting(bg, w0.Address())); after.Total().Sign() != 0 {
		t.Fatalf("vesting after the release: %+v", after)
	}
	want := new(big.Int).Add(pocotest.DepositTokens, reward)
	if bal := must(anyone.Account(bg, w0.Address())); bal.Locked.Sign() != 0 || bal.Free.Cmp(want) != 0 {
		t.Fatalf("w0's balance after the release: free %s, locked %s; want free %s", bal.Free, bal.Locked, want)
	}
	evs := receiptEvents(t, anyone, r)
	if len(evs) != 1 {
		t.Fatalf("release events %+v, want one Release", evs)
	}
	if re, isRelease := evs[0].(*ReleaseEvent); !isRelease || re.Worker != w0.Address() || re.Amount.Cmp(reward) != 0 {
		t.Fatalf("release event %+v, want %s released for w0", evs[0], reward)
	}
	// w1's reward has matured too but stays locked until someone releases it.
	if v1 := must(anyone.Vesting(bg, w1.Address())); v1.Releasable(must(anyone.ChainTime(bg))).Cmp(reward) != 0 {
		t.Fatalf("w1's vesting %+v, want %s releasable", v1, reward)
	}
	_, err := client(t, e, nil).ReleaseVested(bg, w1.Address())
	if !errors.Is(err, ErrNoSigner) {
		t.Fatalf("ReleaseVested without a key: %v", err)
	}
	e.CheckConservation()
}

// A worker proven wrong loses its stake, its score and its rewards still vesting.
func TestProvenWrongForfeitsVesting(t *testing.T) {
	e := env(t)
	sched := client(t, e, e.PoolOwner)
	w := []*Client{client(t, e, e.Workers[0]), client(t, e, e.Workers[1]), client(t, e, e.Workers[2])}
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")
	run := func(trust int64, digests [3][32]byte, revealers ...int) (*Deal, *types.Receipt) {
		t.Helper()
		deal := must(sched.Deal(bg, e.MatchDefault(1, trust).Id))
		idx := deal.BotFirst
		for i, c := range w {
			if digests[i] == ([32]byte{}) {
				continue
			}
			must(c.Contribute(bg, deal, ContributeInput{Index: idx, Digest: digests[i],
				Authorization: must(sched.SignAuthorization(c.Address(), deal.TaskID(idx), common.Address{}))}))
		}
		for _, i := range revealers {
			must(w[i].Reveal(bg, deal, idx, good, must(sched.SignRevealPermit(deal.TaskID(idx)))))
		}
		return deal, must(sched.Finalize(bg, deal, FinalizeInput{Index: idx, Digest: good}))
	}
	// Two confirmed wins for w0 and w1: a score of 1 each, and rewards vesting.
	run(3, [3][32]byte{good, good}, 0, 1)
	vesting := must(sched.Vesting(bg, w[0].Address())).Total()
	if vesting.Sign() == 0 || must(sched.Score(bg, w[0].Address())) != 1 {
		t.Fatal("w0 earned nothing on the first deal")
	}
	before := must(sched.Account(bg, w[0].Address()))

	// At trust 2, w1 and w2 outweigh w0's other result: w0 is proven wrong.
	deal, r := run(2, [3][32]byte{bad, good, good}, 1, 2)
	if v := must(sched.Vesting(bg, w[0].Address())); v.Total().Sign() != 0 {
		t.Fatalf("w0 still vests %+v after being proven wrong", v)
	}
	if s := must(sched.Score(bg, w[0].Address())); s != 0 {
		t.Fatalf("w0's score %d after being proven wrong, want 0", s)
	}
	lost := new(big.Int).Add(vesting, deal.WorkerStake)
	if after := must(sched.Account(bg, w[0].Address())); new(big.Int).Sub(before.Total(), after.Total()).Cmp(lost) != 0 {
		t.Fatalf("w0 lost %s, want its stake and vesting rewards, %s", new(big.Int).Sub(before.Total(), after.Total()), lost)
	}
	forfeited := false
	for _, ev := range receiptEvents(t, sched, r) {
		if f, isForfeit := ev.(*VestingForfeitedEvent); isForfeit {
			forfeited = f.Worker == w[0].Address() && f.Amount.Cmp(vesting) == 0 && f.Ref == deal.TaskID(deal.BotFirst)
		}
	}
	if !forfeited {
		t.Fatal("no VestingForfeited event of w0's rewards in the finalize receipt")
	}
	e.CheckConservation()
}

// Claims after the final deadline judge the contributions against the heaviest group, and
// the batches of claims and of contributeAndFinalize.
func TestClaimAndBatches(t *testing.T) {
	e := env(t)
	sched := client(t, e, e.PoolOwner)
	w0, w1, w2 := client(t, e, e.Workers[0]), client(t, e, e.Workers[1]), client(t, e, e.Workers[2])
	anyone := client(t, e, e.Owner)
	good, bad := pocotest.Digest("good"), pocotest.Digest("bad")

	// Task 0: two workers agree, one dissents, and the reveals never open.
	deal := must(sched.Deal(bg, e.MatchDefault(2, 3).Id))
	idx := deal.BotFirst
	for _, c := range []struct {
		w      *Client
		digest [32]byte
	}{{w0, good}, {w1, good}, {w2, bad}} {
		must(c.w.Contribute(bg, deal, ContributeInput{Index: idx, Digest: c.digest,
			Authorization: must(sched.SignAuthorization(c.w.Address(), deal.TaskID(idx), common.Address{}))}))
	}
	// Claim, one task and a batch, after the final deadline: anyone may.
	_, err := anyone.Claim(bg, deal, idx)
	wantContains(t, wantCode(t, err, "PocoDeadlineNotReached"), "too early for task")
	advanceTo(t, e, uint64(deal.FinalDeadline().Unix()))
	_, err = w0.Contribute(bg, deal, ContributeInput{Index: idx + 1, Digest: good,
		Authorization: must(sched.SignAuthorization(w0.Address(), deal.TaskID(idx+1), common.Address{}))})
	wantContains(t, wantCode(t, err, "PocoDeadlinePassed"), "too late for task", "later)")
	must(anyone.Claim(bg, deal, idx))
	must(anyone.ClaimBatch(bg, deal, []uint64{idx + 1}))
	for _, tk := range must(anyone.DealTasks(bg, deal)) {
		if tk.Status != TaskFailed || tk.EndedAt.IsZero() {
			t.Fatalf("claimed task %+v", tk)
		}
	}
	// The dissenter lost its stake to the two others, whose shares vest (trust 3).
	task := must(anyone.TaskOf(bg, deal, idx))
	if ct, _ := task.Contribution(w2.Address()); ct.Status != ContributionRejected {
		t.Fatalf("the dissenter's contribution is %s, want REJECTED", ct.Status)
	}
	share := new(big.Int).Div(deal.WorkerStake, big.NewInt(2))
	for _, c := range []*Client{w0, w1} {
		if v := must(anyone.Vesting(bg, c.Address())); v.Total().Cmp(share) != 0 {
			t.Fatalf("%s vests %s after the claim, want half the dissenter's stake, %s", c.Address().Hex(), v.Total(), share)
		}
	}
	if bal := must(anyone.Account(bg, w2.Address())); bal.Total().Cmp(new(big.Int).Sub(pocotest.DepositTokens, deal.WorkerStake)) != 0 {
		t.Fatalf("the dissenter holds %s, want its deposit less its stake", bal.Total())
	}
	if k := must(anyone.Kitty(bg)); k.Sign() == 0 {
		t.Fatal("the kitty is empty after claims")
	}
	// Index out of range, checked before sending.
	_, err = anyone.Claim(bg, deal, idx+5)
	wantContains(t, wantCode(t, err, "PocoTaskIndexOutOfRange"), "is not in this deal")

	// contributeAndFinalizeBatch on a trust-1 deal of 3 tasks.
	deal = must(sched.Deal(bg, e.MatchDefault(3, 1).Id))
	var ins []ContributeAndFinalizeInput
	for _, i := range deal.Indexes() {
		ins = append(ins, ContributeAndFinalizeInput{Index: i, Digest: good, Results: []byte("batch"),
			Authorization: must(sched.SignAuthorization(w0.Address(), deal.TaskID(i), common.Address{}))})
	}
	must(w0.ContributeAndFinalizeBatch(bg, deal, ins))
	for _, tk := range must(anyone.DealTasks(bg, deal)) {
		if tk.Status != TaskCompleted || tk.ResultDigest != good {
			t.Fatalf("task %+v", tk)
		}
	}
	// contributeAndFinalize on a replicated deal is explained.
	deal3 := must(sched.Deal(bg, e.MatchDefault(1, 3).Id))
	_, err = w0.ContributeAndFinalize(bg, deal3, ContributeAndFinalizeInput{Index: deal3.BotFirst, Digest: good,
		Authorization: must(sched.SignAuthorization(w0.Address(), deal3.TaskID(deal3.BotFirst), common.Address{}))})
	wantContains(t, wantCode(t, err, "PocoTrustNotOne"), "deal of trust 3")
	// A wrong authorization is explained.
	_, err = w0.Contribute(bg, deal3, ContributeInput{Index: deal3.BotFirst, Digest: good,
		Authorization: must(w1.SignAuthorization(w0.Address(), deal3.TaskID(deal3.BotFirst), common.Address{}))})
	wantContains(t, wantCode(t, err, "PocoInvalidAuthorization"), "not signed by the deal's scheduler "+sched.Address().Hex())
	// A deal that is not the one recorded.
	forged := *deal3
	forged.BotSize = 50
	_, err = w0.Contribute(bg, &forged, ContributeInput{Index: deal3.BotFirst, Digest: good,
		Authorization: must(sched.SignAuthorization(w0.Address(), deal3.TaskID(deal3.BotFirst), common.Address{}))})
	wantContains(t, wantCode(t, err, "PocoUnknownDeal"), "no deal "+deal3.ID.Hex())
	e.CheckConservation()
}

// Follow hands over the match and then the finalize, in order.
func TestFollowSeesMatchThenFinalize(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Workers[0])
	sched := client(t, e, e.PoolOwner)
	from := must(c.BlockNumber(bg)) + 1

	ctx, cancel := context.WithCancel(bg)
	defer cancel()
	var mu sync.Mutex
	var seen []Event
	done := make(chan error, 1)
	go func() {
		done <- c.Follow(ctx, from, func(ev Event) error {
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, ev)
			return nil
		})
	}()

	deal := must(c.Deal(bg, e.MatchDefault(1, 1).Id))
	must(c.ContributeAndFinalize(bg, deal, ContributeAndFinalizeInput{Index: deal.BotFirst, Digest: pocotest.Digest("x"),
		Authorization: must(sched.SignAuthorization(c.Address(), deal.TaskID(deal.BotFirst), common.Address{}))}))

	matchAt, finalizeAt := -1, -1
	deadline := time.Now().Add(10 * time.Second)
	for finalizeAt < 0 {
		if time.Now().After(deadline) {
			t.Fatal("Follow did not see the finalize")
		}
		time.Sleep(10 * time.Millisecond)
		mu.Lock()
		for i, ev := range seen {
			switch v := ev.(type) {
			case *OrdersMatchedEvent:
				if v.Deal.ID == deal.ID {
					matchAt = i
				}
			case *TaskFinalizeEvent:
				if v.DealID == deal.ID {
					finalizeAt = i
				}
			}
		}
		mu.Unlock()
	}
	if matchAt < 0 || matchAt > finalizeAt {
		t.Fatalf("match at %d, finalize at %d", matchAt, finalizeAt)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Follow returned %v", err)
	}
	// Events in order, each with its position.
	mu.Lock()
	defer mu.Unlock()
	for i := 1; i < len(seen); i++ {
		a, b := seen[i-1].Meta(), seen[i].Meta()
		if a.Block > b.Block || a.Block == b.Block && a.LogIndex >= b.LogIndex {
			t.Fatalf("events out of order: %+v then %+v", a, b)
		}
	}
	// The same events from Events over the range.
	last := seen[len(seen)-1].Meta().Block
	evs := must(c.Events(bg, from, last))
	if len(evs) != len(seen) {
		t.Fatalf("Events gave %d events, Follow %d", len(evs), len(seen))
	}
	names := map[string]bool{}
	for _, ev := range evs {
		if _, unknown := ev.(*UnknownEvent); unknown {
			t.Fatalf("undecoded event %+v", ev)
		}
		names[ev.EventName()] = true
	}
	for _, n := range []string{"OrdersMatched", "Lock", "TaskContribute", "TaskFinalize", "Seize", "Reward", "Unlock"} {
		if !names[n] {
			t.Errorf("no %s event among %v", n, names)
		}
	}
	// A handler error stops Follow.
	stop := errors.New("stop")
	if err := c.Follow(bg, from, func(Event) error { return stop }); err != stop {
		t.Fatalf("Follow with a failing handler: %v", err)
	}
}
