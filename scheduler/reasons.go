package scheduler

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/scheduler/store"
)

// Why a task waits, in words.
//
// After each plan round the scheduler describes every open task in a sentence — what it
// waits for, and why — from the planner's decisions and plan.Explain over the state they
// leave (the round's new replicates counted, their capacity spent), the task's
// contributions, reveal requests and deadlines, and the replicates withdrawn from it. A
// sentence is stored (store.SetReasons) only when it changes, with when it changed, and
// served by the public endpoints (api.PathTasks, api.PathDeals).
//
// Anyone may read them, workers too, so a sentence never says why a replicate was given:
// a hidden check's replicate reads like any other ("3 of 4 replicates contributed:
// waiting for worker 0x… to contribute"), and a task waiting for a check's worker reads
// like one waiting for any worker. Sentences name only what the chain shows anyway
// (contributions, reveals, deadlines) and which workers hold the task's replicates.

// maxNamed is how many workers a sentence names; more are counted.
const maxNamed = 3

// describer makes the sentences of one round.
type describer struct {
	state    plan.State    // after the round's decisions (see afterPlan)
	plan     *plan.Reader  // of state (reader: made at first use)
	offset   time.Duration // wall clock − chain time: task deadlines back to chain times
	now      time.Time     // wall clock
	reach    offers.Reach  // what the live, unbenched workers reach together
	revealed map[[32]byte]store.Task
	reveals  map[[32]byte][]store.RevealRequest
	withdraw map[[32]byte][]store.Withdrawal
}

// reader is the plan's answers over d.state, for every task of the round (its pool of
// workers copied once, not once per task).
func (d *describer) reader() *plan.Reader {
	if d.plan == nil {
		d.plan = plan.NewReader(d.state)
	}
	return d.plan
}

// describe is task t's sentence.
func (d *describer) describe(t *plan.Task) string {
	now := d.now
	switch {
	case !t.FinalDeadline.IsZero() && !now.Before(t.FinalDeadline):
		return fmt.Sprintf("final deadline passed at %s: anyone can claim the task with `poco task claim`, which refunds the payer (the scheduler claims it too)",
			d.clock(d.chain(t.FinalDeadline)))
	case t.Status == plan.StatusRevealing:
		return d.revealing(t)
	}
	open := t.ContributionDeadline.IsZero() || now.Before(t.ContributionDeadline)
	if !t.RevealAsked.IsZero() {
		return d.asked(t, open)
	}
	if !open {
		return fmt.Sprintf("contribution deadline passed at %s without a result enough workers agree on: the task will fail; anyone can claim it with `poco task claim` after %s, which refunds the payer",
			d.clock(d.chain(t.ContributionDeadline)), d.clock(d.chain(t.FinalDeadline)))
	}
	pending := d.pending(t)
	need := d.reader().ReplicatesWanted(*t)
	missing := need.Shortfall
	if missing == 0 && len(pending) == 0 {
		missing = need.Assign
	}
	if missing > 0 {
		why := d.waitingFor(t, missing, len(pending)+len(t.Contributions) > 0)
		if note := d.withdrawnNote(t, pending, false); note != "" {
			why = note + "; " + why
		}
		if len(pending) > 0 {
			why += "; " + running(t, pending, d.clock)
		}
		return why
	}
	if len(pending) > 0 {
		if note := d.withdrawnNote(t, pending, true); note != "" {
			if dl := earliest(pending); !dl.IsZero() {
				note += " (progress deadline " + d.clock(dl) + ")"
			}
			return note
		}
		return running(t, pending, d.clock)
	}
	if len(t.Contributions) > 0 {
		return fmt.Sprintf("%s in: waiting for the scheduler's next round", plural(len(t.Contributions), "contribution"))
	}
	return "waiting for the scheduler's next round"
}

// revealing describes a REVEALING task: its winners reveal until the reveal deadline,
// then one of them uploads the result and the scheduler finalizes.
func (d *describer) revealing(t *plan.Task) string {
	st := d.revealed[t.ID]
	winners, revealed := 0, 0
	byWorker := map[common.Address]store.RevealRequest{}
	for _, r := range d.reveals[t.ID] {
		byWorker[r.Worker] = r
	}
	for _, v := range t.Contributions {
		if v.ResultHash != st.ConsensusValue {
			continue
		}
		winners++
		if byWorker[v.Worker].Revealed {
			revealed++
		}
	}
	upload := ""
	stored := false
	for _, r := range d.reveals[t.ID] {
		stored = stored || len(r.Results) > 0
		if r.Upload && r.State != store.RevealFailed {
			upload = r.Worker.Hex()
		}
	}
	then := "waiting for the result's upload"
	switch {
	case stored:
		then = "the result is stored: finalizing"
	case upload != "":
		then = "waiting for worker " + upload + " to upload the result"
	}
	chainNow := d.chain(d.now)
	switch {
	case winners > 0 && revealed == winners:
		return "every winner revealed; " + then
	case !st.RevealDeadline.IsZero() && !chainNow.Before(st.RevealDeadline):
		return fmt.Sprintf("reveal deadline passed at %s with %d of %d winners revealed; %s", d.clock(st.RevealDeadline), revealed, winners, then)
	}
	return fmt.Sprintf("waiting for reveals until %s: %d of %d winners revealed", d.clock(st.RevealDeadline), revealed, winners)
}

// asked describes an ACTIVE task whose consensus group was asked to reveal: the first
// reveal, with the scheduler's permit, opens the reveals.
func (d *describer) asked(t *plan.Task, open bool) string {
	var asked []common.Address
	for _, r := range d.reveals[t.ID] {
		if r.State != store.RevealFailed {
			asked = append(asked, r.Worker)
		}
	}
	s := "enough workers agree: waiting for the first reveal"
	if len(asked) > 0 {
		s += " from " + names(asked)
	}
	at := t.RevealAsked
	if st, ok := d.revealed[t.ID]; ok && !st.RevealAsked.IsZero() {
		at = st.RevealAsked // as stored: the plan's state may move it back (markGoneGroups)
	}
	s += " (asked at " + d.clock(at) + ")"
	if pending := d.pending(t); len(pending) > 0 && open {
		s += ", or for worker " + names(workersOf(pending)) + " to contribute and open them"
	}
	if !open {
		s += "; the reveals can open until the final deadline " + d.clock(d.chain(t.FinalDeadline))
	}
	return s
}

// waitingFor says what the task waits for when it lacks missing workers that no worker
// can be now: why the pool's workers cannot take it (plan.Explain), or that its trust is
// out of the live workers' reach.
func (d *describer) waitingFor(t *plan.Task, missing int, more bool) string {
	if d.reach.Workers > 0 && t.Trust > d.reach.Trust() {
		return fmt.Sprintf("trust %d is not reachable with this pool's live workers (%s): waiting for more workers or heavier votes until the final deadline %s",
			t.Trust, d.reach.Why(), d.clock(d.chain(t.FinalDeadline)))
	}
	who := "a worker"
	switch {
	case missing == 1 && more:
		who = "another worker"
	case missing > 1 && more:
		who = fmt.Sprintf("%d more workers", missing)
	case missing > 1:
		who = fmt.Sprintf("%d workers", missing)
	}
	var needs []string
	if t.Tag.HasGPU() {
		needs = append(needs, "a GPU")
	}
	if t.Tag.HasTEE() {
		needs = append(needs, "a TEE")
	}
	if len(needs) > 0 {
		who += " with " + strings.Join(needs, " and ")
	}
	return "waiting for " + who + " (" + whyNoWorker(d.reader().Explain(*t)) + ")"
}

// whyNoWorker is Rejections.Summary for people: the workers that already have a
// replicate of the task are left out when others are rejected for a reason of their own.
func whyNoWorker(rs plan.Rejections) string {
	var others plan.Rejections
	for _, r := range rs {
		if r.Reason != plan.ReasonContributed && r.Reason != plan.ReasonAssigned {
			others = append(others, r)
		}
	}
	switch {
	case len(rs) == 0:
		return "no worker has registered with the pool"
	case len(others) == 0:
		return "every worker of the pool already has a replicate of this task"
	}
	return others.Summary()
}

// pending are the task's live assignees that have not contributed, oldest first.
func (d *describer) pending(t *plan.Task) []plan.Assignment {
	voted := map[common.Address]bool{}
	for _, v := range t.Contributions {
		voted[v.Worker] = true
	}
	var out []plan.Assignment
	for _, a := range t.Assigned {
		if !voted[a.Worker] {
			out = append(out, a)
		}
	}
	return out
}

// withdrawnNote says why the task's last withdrawn replicate was taken from its worker,
// and to whom it went when it was replaced (replaced: the last pending assignee was
// assigned at or after the withdrawal; it is then the sentence's subject). "" when there
// is nothing to say.
func (d *describer) withdrawnNote(t *plan.Task, pending []plan.Assignment, replaced bool) string {
	ws := d.withdraw[t.ID]
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	var last *plan.Assignment
	for i := range pending {
		if last == nil || !pending[i].Since.Before(last.Since) {
			last = &pending[i]
		}
	}
	by := last != nil && !last.Since.Truncate(time.Second).Before(w.At)
	if by != replaced {
		return ""
	}
	what := "worker " + w.Worker.Hex()
	switch w.Cause {
	case store.WithdrawnLate:
		what += " missed its progress deadline"
	case store.WithdrawnGaveUp:
		what += " gave its replicate up"
	default:
		what += " lost"
	}
	if !replaced {
		return what
	}
	return what + "; replicate given to " + last.Worker.Hex()
}

// running says which workers hold the task's pending replicates, with the first progress
// deadline: "waiting for worker 0x… to contribute (progress deadline 12:03:10 UTC)",
// "2 of 3 replicates running on 0x…, 0x… (…); 1 contributed".
func running(t *plan.Task, pending []plan.Assignment, clock func(time.Time) string) string {
	workers := workersOf(pending)
	deadline := ""
	if dl := earliest(pending); !dl.IsZero() {
		deadline = " (progress deadline " + clock(dl) + ")"
		if len(pending) > 1 {
			deadline = " (first progress deadline " + clock(dl) + ")"
		}
	}
	done := len(t.Contributions)
	total := done + len(pending)
	switch {
	case len(pending) == 1 && done == 0:
		return "waiting for worker " + names(workers) + " to contribute" + deadline
	case len(pending) == 1:
		return fmt.Sprintf("%d of %d replicates contributed: waiting for worker %s to contribute%s", done, total, names(workers), deadline)
	case done == 0:
		return fmt.Sprintf("%d replicates running on %s%s", len(pending), names(workers), deadline)
	}
	return fmt.Sprintf("%d of %d replicates running on %s%s; %d contributed", len(pending), total, names(workers), deadline, done)
}

// earliest is the earliest progress deadline of pending (zero: none has one).
func earliest(pending []plan.Assignment) time.Time {
	var t time.Time
	for _, a := range pending {
		if !a.Deadline.IsZero() && (t.IsZero() || a.Deadline.Before(t)) {
			t = a.Deadline
		}
	}
	return t
}

func workersOf(as []plan.Assignment) []common.Address {
	out := make([]common.Address, len(as))
	for i, a := range as {
		out[i] = a.Worker
	}
	return out
}

// names lists workers, the first maxNamed by address and the others counted.
func names(ws []common.Address) string {
	var parts []string
	for i, w := range ws {
		if i == maxNamed {
			parts = append(parts, fmt.Sprintf("%d more", len(ws)-maxNamed))
			break
		}
		parts = append(parts, w.Hex())
	}
	return strings.Join(parts, ", ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// chain moves a wall-clock time of the plan's state back to chain time.
func (d *describer) chain(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.Add(-d.offset)
}

// clock writes a time for a sentence that must not change from one round to the next:
// "15:04:05 UTC" on the day of the round, with the date on another day.
func (d *describer) clock(t time.Time) string {
	if t.IsZero() {
		return "(none)"
	}
	t, now := t.UTC(), d.now.UTC()
	if t.YearDay() == now.YearDay() && t.Year() == now.Year() {
		return t.Format("15:04:05 UTC")
	}
	return t.Format("2006-01-02 15:04:05 UTC")
}

// afterPlan is state as the round's decisions leave it: new replicates assigned now (with
// their progress deadlines, their workers' capacity spent), withdrawn ones moved to the
// excluded workers, and the groups let reveal asked now.
func afterPlan(state plan.State, decisions []plan.Decision, now time.Time) plan.State {
	if len(decisions) == 0 {
		return state
	}
	out := state
	out.Workers = slices.Clone(state.Workers)
	workers := make(map[common.Address]*plan.Worker, len(out.Workers))
	for i := range out.Workers {
		workers[out.Workers[i].ID] = &out.Workers[i]
	}
	out.Tasks = slices.Clone(state.Tasks)
	tasks := make(map[[32]byte]*plan.Task, len(out.Tasks))
	copied := map[[32]byte]bool{}
	for i := range out.Tasks {
		tasks[out.Tasks[i].ID] = &out.Tasks[i]
	}
	for _, dc := range decisions {
		t := tasks[dc.Task]
		if t == nil {
			continue
		}
		if !copied[t.ID] {
			t.Assigned, t.Excluded = slices.Clone(t.Assigned), slices.Clone(t.Excluded)
			copied[t.ID] = true
		}
		switch {
		case dc.Reveal:
			if t.RevealAsked.IsZero() {
				t.RevealAsked = now
			}
		case dc.Unassign:
			t.Assigned = slices.DeleteFunc(t.Assigned, func(a plan.Assignment) bool { return a.Worker == dc.Worker })
			t.Excluded = append(t.Excluded, dc.Worker)
		default:
			var speed float64
			if w := workers[dc.Worker]; w != nil {
				speed = w.Speed
				w.Spend(t)
			}
			t.Assigned = append(t.Assigned, plan.Assignment{Worker: dc.Worker, Since: now, Check: dc.Reason == plan.ReasonCheck,
				Deadline: plan.ProgressDeadline(now, t.Ref, speed)})
		}
	}
	return out
}

// describeTasks writes, after a plan round, the sentence of each open task whose
// sentence changed (p.reasons holds the last ones written, read from the store on the
// first round), in one transaction.
func (s *Scheduler) describeTasks(ctx context.Context, p *planner, state plan.State, decisions []plan.Decision, now, chainNow time.Time) error {
	if p.reasons == nil {
		stored, err := s.st.Reasons(ctx)
		if err != nil {
			return err
		}
		p.reasons = stored
	}
	revealTasks, err := s.st.RevealTasks(ctx)
	if err != nil {
		return err
	}
	reveals, err := s.st.OpenReveals(ctx)
	if err != nil {
		return err
	}
	withdrawals, err := s.st.Withdrawals(ctx)
	if err != nil {
		return err
	}
	after := afterPlan(state, decisions, now)
	d := &describer{state: after, offset: now.Sub(chainNow), now: now, reach: offers.ReachOf(liveScores(after)),
		revealed: make(map[[32]byte]store.Task, len(revealTasks)), reveals: reveals, withdraw: withdrawals}
	for _, t := range revealTasks {
		d.revealed[t.ID] = t
	}
	changed := map[[32]byte]string{}
	open := make(map[[32]byte]bool, len(after.Tasks))
	for i := range after.Tasks {
		t := &after.Tasks[i]
		open[t.ID] = true
		why := d.describe(t)
		if old, ok := p.reasons[t.ID]; !ok || old != why {
			changed[t.ID] = why
		}
	}
	if err := s.st.SetReasons(ctx, changed, now); err != nil {
		return err
	}
	maps.Copy(p.reasons, changed)
	for id := range p.reasons {
		if !open[id] {
			delete(p.reasons, id) // ended: described from its status
		}
	}
	return nil
}
