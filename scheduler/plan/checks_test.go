package plan

import (
	"testing"
	"time"
)

func TestMinAgreeingIsOneLessThanTheQuorumFor40PercentColluders(t *testing.T) {
	cases := []struct {
		trust uint64
		want  int
	}{{0, 1}, {1, 1}, {2, 1}, {5, 1}, {6, 1}, {7, 2}, {10, 2}, {15, 2}, {16, 3}, {39, 3}, {40, 4}, {97, 4}, {98, 5}, {100, 5}, {244, 5}, {245, 6}, {1 << 32, 24}}
	for _, c := range cases {
		if got := MinAgreeing(c.trust); got != c.want {
			t.Errorf("MinAgreeing(%d) = %d, want %d", c.trust, got, c.want)
		}
	}
}

func TestChecksDrawDependsOnlyOnTheKeyAndTask(t *testing.T) {
	c := Checks{Rate: 0.3, Key: [32]byte{1}}
	n := 0
	for i := range 10000 {
		id := [32]byte{byte(i), byte(i >> 8), 7}
		if c.Checked(id) != c.Checked(id) {
			t.Fatal("the draw is not deterministic")
		}
		if c.Checked(id) {
			n++
		}
	}
	if n < 2800 || n > 3200 {
		t.Errorf("%d of 10000 tasks checked at rate 0.3", n)
	}
	other := Checks{Rate: 0.3, Key: [32]byte{2}}
	same := 0
	for i := range 1000 {
		id := [32]byte{byte(i), byte(i >> 8), 7}
		if c.Checked(id) == other.Checked(id) {
			same++
		}
	}
	if same > 700 {
		t.Errorf("another key draws the same tasks %d times in 1000: the key does not matter", same)
	}
	if (Checks{Rate: 0, Key: [32]byte{1}}).Checked([32]byte{}) || !(Checks{Rate: 1}).Checked([32]byte{9}) {
		t.Error("rate 0 must check nothing, rate 1 everything")
	}
}

// decisions splits a plan for one task into its assignments (by reason) and reveal requests.
func decisions(ds []Decision) (assigned map[Reason]int, reveals []Decision) {
	assigned = map[Reason]int{}
	for _, d := range ds {
		switch {
		case d.Reveal:
			reveals = append(reveals, d)
		case !d.Unassign:
			assigned[d.Reason]++
		}
	}
	return assigned, reveals
}

func TestAResultItsWorkersAgreeOnIsCheckedBeforeTheReveals(t *testing.T) {
	every, none := Checks{Rate: 1}, Checks{Rate: 0}
	// Worker 9 (weight 5) alone satisfies trust 5.
	solo := task(0, 5, assigned(9), voted(9, 1, 5))
	tests := []struct {
		name    string
		task    Task
		checks  Checks
		assign  map[Reason]int
		reveals int
	}{
		{"unchecked: the group may reveal", solo, none, map[Reason]int{}, 1},
		{"checked: one more worker first, no reveal", solo, every, map[Reason]int{ReasonCheck: 1}, 0},
		{"the check pending: wait", withAssignment(solo, Assignment{Worker: addr(0), Since: t0, Check: true}), every, map[Reason]int{}, 0},
		{"the check agreed: reveal", withVote(withAssignment(solo, Assignment{Worker: addr(0), Since: t0, Check: true}), 0, 1, 2), every, map[Reason]int{}, 1},
		{"the check dissented: another check, no reveal, though the group still satisfies the rule",
			withVote(withAssignment(solo, Assignment{Worker: addr(0), Since: t0, Check: true}), 0, 2, 2), every, map[Reason]int{ReasonCheck: 1}, 0},
		{"checks split one to one: another check",
			withVote(withVote(withAssignment(withAssignment(solo, Assignment{Worker: addr(0), Since: t0, Check: true}),
				Assignment{Worker: addr(1), Since: t0, Check: true}), 0, 2, 2), 1, 1, 2), none, map[Reason]int{ReasonCheck: 1}, 0},
		{"checks side with the group two to one: reveal",
			withVote(withVote(withVote(withAssignment(withAssignment(withAssignment(solo, Assignment{Worker: addr(0), Since: t0, Check: true}),
				Assignment{Worker: addr(1), Since: t0, Check: true}), Assignment{Worker: addr(2), Since: t0, Check: true}), 0, 2, 2), 1, 1, 2), 2, 1, 2),
			none, map[Reason]int{}, 1},
		{"trust 1 is never checked", task(0, 1, assigned(9), voted(9, 1, 2)), every, map[Reason]int{}, 1},
		{"a pending assignee holds the reveals", task(0, 5, assigned(9, 1), voted(9, 1, 5)), none, map[Reason]int{}, 0},
		{"past the contribution deadline the group reveals without a check",
			task(0, 5, assigned(9), voted(9, 1, 5), due(-time.Second), finalDue(time.Hour)), every, map[Reason]int{}, 1},
		{"past the final deadline nothing happens",
			task(0, 5, assigned(9), voted(9, 1, 5), due(-2*time.Second), finalDue(-time.Second)), none, map[Reason]int{}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := state(workers(5, score(18)), tc.task)
			s.Checks = tc.checks
			assigned, reveals := decisions(Plan(s, 1))
			if len(assigned) != len(tc.assign) {
				t.Fatalf("assignments %v, want %v", assigned, tc.assign)
			}
			for r, n := range tc.assign {
				if assigned[r] != n {
					t.Fatalf("assignments %v, want %v", assigned, tc.assign)
				}
			}
			if len(reveals) != tc.reveals {
				t.Fatalf("%d reveal requests, want %d", len(reveals), tc.reveals)
			}
			if tc.reveals == 1 && reveals[0].Group != hash(1) {
				t.Errorf("reveal request for group %x, want the leading group", reveals[0].Group)
			}
		})
	}
}

func TestTheCheckGoesToARandomEligibleWorkerNotTheTopRanked(t *testing.T) {
	// Worker 0 is top ranked (idle, highest score); over many seeds the check must not
	// always go to it.
	ws := workers(6, score(18))
	ws[0].Score, ws[0].FreeSlots = 100, 5
	solo := task(0, 5, assigned(9), voted(9, 1, 5))
	got := map[int]bool{}
	for seed := range uint64(50) {
		s := state(ws, solo)
		s.Checks = Checks{Rate: 1}
		for _, d := range Plan(s, seed) {
			if d.Reason == ReasonCheck {
				got[int(d.Worker[19])-1] = true
			}
		}
	}
	if len(got) < 4 {
		t.Errorf("checks went to %d distinct workers over 50 seeds, want most of the 6", len(got))
	}
}

func TestHighTrustNeedsSeveralAgreeingWorkersWhateverTheirWeight(t *testing.T) {
	// A worker of weight 13 alone satisfies trust 10 on chain; the planner wants two.
	tk := task(0, 10, assigned(9), voted(9, 1, 13))
	s := state(workers(5, score(42)), tk)
	if got := ReplicatesWanted(tk, s); got != (Need{Assign: 1}) {
		t.Errorf("trust 10 with one capped vote: %+v, want one more", got)
	}
	if _, reveals := decisions(Plan(s, 1)); len(reveals) != 0 {
		t.Error("reveals asked with one agreeing worker at trust 10")
	}
	// Trust 100: five capped workers (13^2 already satisfies the rule), none yet.
	if got := ReplicatesWanted(task(0, 100), state(workers(6, score(42)))); got != (Need{Assign: 5}) {
		t.Errorf("trust 100 with capped workers: %+v, want 5", got)
	}
}

func TestASilentConsensusGroupGetsAnotherReplicate(t *testing.T) {
	asked := func(ago time.Duration) func(*Task) { return func(t *Task) { t.RevealAsked = t0.Add(-ago) } }
	for _, c := range []struct {
		name   string
		ago    time.Duration
		silent int
	}{{"asked a moment ago: wait", time.Second, 0}, {"asked long ago: one more replicate", time.Hour, 1}} {
		t.Run(c.name, func(t *testing.T) {
			tk := task(0, 5, voted(9, 1, 5), asked(c.ago))
			tk.Assigned = []Assignment{{Worker: addr(9), Since: t0.Add(-2 * time.Hour)}}
			assigned, reveals := decisions(Plan(state(workers(3), tk), 1))
			if assigned[ReasonSilent] != c.silent || len(reveals) != 1 {
				t.Errorf("assigned %v, %d reveal requests; want %d silent replicate(s) and the reveal request", assigned, len(reveals), c.silent)
			}
		})
	}
}

func TestBenchedWorkersGetNothing(t *testing.T) {
	benched := func(w *Worker) { w.BenchedUntil = t0.Add(10 * time.Second) }
	s := state(workers(3, benched), task(0, 1))
	if ds := Plan(s, 1); len(ds) != 0 {
		t.Errorf("benched workers got %v", ds)
	}
	if got := Explain(task(0, 1), s).Summary(); got != "every worker is benched by the pool" {
		t.Errorf("Explain: %q", got)
	}
	s.Now = t0.Add(10 * time.Second)
	if ds := Plan(s, 1); len(ds) != 1 {
		t.Errorf("after the bench: %v, want one assignment", ds)
	}
}

func withAssignment(tk Task, a Assignment) Task {
	tk.Assigned = append(append([]Assignment(nil), tk.Assigned...), a)
	return tk
}

func withVote(tk Task, worker, result int, weight uint64) Task {
	tk.Contributions = append(append([]Vote(nil), tk.Contributions...), Vote{Worker: addr(worker), ResultHash: hash(result), Weight: weight})
	return tk
}

func finalDue(d time.Duration) func(*Task) { return func(t *Task) { t.FinalDeadline = t0.Add(d) } }

func TestASmallPoolRevealsOnTheRuleWhenNoWorkerIsLeftToCheck(t *testing.T) {
	// Workers 0 and 1 (weight 13) agree, worker 2's check disagrees; the pool has nobody
	// else: the leading group satisfies trust 5 on chain and may reveal.
	check := Assignment{Worker: addr(2), Since: t0, Check: true}
	tk := withVote(withAssignment(task(0, 5, assigned(0, 1), voted(0, 1, 13), voted(1, 1, 13)), check), 2, 2, 2)
	s := state(workers(3, score(42)), tk)
	s.Checks = Checks{Rate: 1}
	got, reveals := decisions(Plan(s, 1))
	if len(got) != 0 || len(reveals) != 1 || reveals[0].Group != hash(1) {
		t.Errorf("assigned %v, reveals %v; want the leading group to reveal", got, reveals)
	}
	// With a fourth worker, busy for now, the task waits for it to check.
	s = state(append(workers(3, score(42)), worker(3, slots(0))), tk)
	s.Checks = Checks{Rate: 1}
	if assigned, reveals := decisions(Plan(s, 1)); len(assigned) != 0 || len(reveals) != 0 {
		t.Errorf("assigned %v, reveals %v; want to wait for the busy worker", assigned, reveals)
	}
	// A checked task in a pool where everyone already contributed reveals unchecked.
	tk = task(0, 5, assigned(0), voted(0, 1, 13))
	s = state(workers(1, score(42)), tk)
	s.Checks = Checks{Rate: 1}
	if _, reveals := decisions(Plan(s, 1)); len(reveals) != 1 {
		t.Errorf("a checked task with nobody left to check got %v", reveals)
	}
}
