package plan

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
)

var t0 = time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)

const heartbeat = 30 * time.Second

func addr(i int) common.Address { return common.Address{19: byte(i + 1)} }

func hash(i int) [32]byte { return [32]byte{31: byte(i + 1)} }

// worker is a fresh, idle, live wasm worker with two slots; opts adjust it.
func worker(i int, opts ...func(*Worker)) Worker {
	w := Worker{ID: addr(i), Cores: 4, FreeSlots: 2, Executors: []string{"wasm", "oci"}, LastSeen: t0}
	for _, o := range opts {
		o(&w)
	}
	return w
}

func score(s uint64) func(*Worker)   { return func(w *Worker) { w.Score = s } }
func slots(n int) func(*Worker)      { return func(w *Worker) { w.FreeSlots = n } }
func gpus(n, free int) func(*Worker) { return func(w *Worker) { w.GPUs, w.FreeGPUs = n, free } }
func tee(w *Worker)                  { w.TEE = true }
func lost(w *Worker)                 { w.LastSeen = t0.Add(-2 * heartbeat) }
func wasmOnly(w *Worker)             { w.Executors = []string{"wasm"} }

func workers(n int, opts ...func(*Worker)) []Worker {
	ws := make([]Worker, n)
	for i := range ws {
		ws[i] = worker(i, opts...)
	}
	return ws
}

// task is an UNSET wasm task with no tag, due in an hour; opts adjust it.
func task(i int, trust uint64, opts ...func(*Task)) Task {
	t := Task{ID: hash(100 + i), Deal: hash(0), Trust: trust, Executor: "wasm", ContributionDeadline: t0.Add(time.Hour)}
	for _, o := range opts {
		o(&t)
	}
	return t
}

func voted(worker int, result int, weight uint64) func(*Task) {
	return func(t *Task) {
		t.Status = StatusActive
		t.Contributions = append(t.Contributions, Vote{Worker: addr(worker), ResultHash: hash(result), Weight: weight})
	}
}
func assigned(workers ...int) func(*Task) {
	return func(t *Task) {
		for _, w := range workers {
			t.Assigned = append(t.Assigned, Assignment{Worker: addr(w), Since: t0.Add(-time.Minute)})
		}
	}
}
func tagged(tag protocol.Tag) func(*Task) { return func(t *Task) { t.Tag = tag } }
func status(s Status) func(*Task)         { return func(t *Task) { t.Status = s } }
func due(d time.Duration) func(*Task)     { return func(t *Task) { t.ContributionDeadline = t0.Add(d) } }
func executor(e string) func(*Task)       { return func(t *Task) { t.Executor = e } }

func state(ws []Worker, ts ...Task) State {
	return State{Now: t0, Workers: ws, Tasks: ts, HeartbeatTimeout: heartbeat}
}

func TestReplicatesWanted(t *testing.T) {
	tests := []struct {
		name    string
		task    Task
		workers []Worker
		want    Need
	}{
		{"trust 1 needs one replicate", task(0, 1), workers(5), Need{Assign: 1}},
		{"trust 5 with fresh workers needs three", task(0, 5), workers(5), Need{Assign: 3}},
		{"trust 100 with fresh workers needs seven", task(0, 100), workers(10), Need{Assign: 7}},
		{"a dissenting vote at trust 5 means four agreeing (group 16, total 19): one cast, three more",
			task(0, 5, voted(8, 1, 2), voted(9, 2, 2)), workers(5), Need{Assign: 3}},
		{"a single vote is the leading group: two more agree with it at trust 5",
			task(0, 5, voted(9, 2, 2)), workers(5), Need{Assign: 2}},
		{"the heavier group leads: weight 9 against 2 at trust 5 needs one more fresh",
			task(0, 5, voted(8, 1, 2), voted(9, 2, 9)), workers(5), Need{Assign: 1}},
		{"high-score workers reduce replicates: score 30 (weight 9) alone reaches trust 5",
			task(0, 5), workers(5, score(30)), Need{Assign: 1}},
		{"score-12 workers (weight 3) need two at trust 5", task(0, 5), workers(5, score(12)), Need{Assign: 2}},
		{"live assignees count as agreeing: two pending at trust 5 leave one",
			task(0, 5, assigned(0, 1)), workers(5), Need{Assign: 1}},
		{"a lost assignee does not count", task(0, 5, assigned(0)), append(workers(5)[1:], worker(0, lost)), Need{Assign: 3}},
		{"an assignee that contributed counts once, as its vote",
			task(0, 5, assigned(0), voted(0, 1, 2)), workers(5), Need{Assign: 2}},
		{"consensus reached needs none", task(0, 1, voted(9, 1, 2)), workers(5), Need{}},
		{"consensus assured by pending assignees needs none", task(0, 4, assigned(0, 1)), workers(5), Need{}},
		{"fewer eligible workers than needed reports the shortfall", task(0, 5), workers(1), Need{Assign: 1, Shortfall: 2}},
		{"no eligible worker: all shortfall", task(0, 5, tagged(protocol.TagGPU)), workers(3), Need{Shortfall: 3}},
		{"a task past its contribution deadline wants none", task(0, 5, due(-time.Second)), workers(5), Need{}},
		{"a revealing task wants none", task(0, 5, status(StatusRevealing)), workers(5), Need{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ReplicatesWanted(tc.task, state(tc.workers)); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// assignments returns the new assignments of a plan as "task worker" keys, in order.
func assignments(ds []Decision) []Decision {
	var out []Decision
	for _, d := range ds {
		if !d.Unassign && !d.Reveal {
			out = append(out, d)
		}
	}
	return out
}

func assignedWorkers(ds []Decision) []common.Address {
	var out []common.Address
	for _, d := range assignments(ds) {
		out = append(out, d.Worker)
	}
	return out
}

func TestPlanAssignsTheReplicatesTheConsensusNeeds(t *testing.T) {
	s := state(workers(5), task(0, 1), task(1, 5), task(2, 5, voted(4, 1, 2), voted(3, 2, 2)))
	got := map[[32]byte]int{}
	for _, d := range Plan(s, 1) {
		got[d.Task]++
		if d.Reason != ReasonReplicate {
			t.Errorf("reason %v, want %v", d.Reason, ReasonReplicate)
		}
	}
	want := map[[32]byte]int{hash(100): 1, hash(101): 3, hash(102): 3}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("task %x: got %d replicates, want %d", id[31], got[id], n)
		}
	}
}

func TestPlanNeverAssignsAWorkerTwiceToATask(t *testing.T) {
	// Trust 100 wants 7 replicates; 3 workers with room for many, one already assigned and
	// one already contributed: only the third may be added.
	s := state(workers(3, slots(10)), task(0, 100, assigned(0), voted(1, 1, 2)))
	got := assignedWorkers(Plan(s, 1))
	if want := []common.Address{addr(2)}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestPlanSkipsExcludedWorkers(t *testing.T) {
	// Worker 0 gave the replicate up (or was withdrawn), worker 1's contribution was
	// rejected at a reopen: neither takes the task again nor counts as a pending vote, so
	// trust 1 still wants one replicate and worker 2 gets it.
	excluded := func(t *Task) { t.Excluded = append(t.Excluded, addr(0), addr(1)) }
	s := state(workers(3, slots(5)), task(0, 1, excluded))
	if got, want := assignedWorkers(Plan(s, 1)), []common.Address{addr(2)}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if r, _ := Explain(s.Tasks[0], s).reasonFor(addr(0)); r != ReasonAssigned {
		t.Errorf("excluded worker rejected for %v, want %v", r, ReasonAssigned)
	}
}

func TestPlanReassignsALostWorkersReplicate(t *testing.T) {
	t.Run("before the deadline the lost assignee is withdrawn and replaced", func(t *testing.T) {
		s := state([]Worker{worker(0, lost), worker(1)}, task(0, 1, assigned(0)))
		got := Plan(s, 1)
		want := []Decision{
			{Task: hash(100), Worker: addr(0), Unassign: true, Reason: ReasonLost},
			{Task: hash(100), Worker: addr(1), Reason: ReasonReassign},
		}
		if !slices.Equal(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
	})
	t.Run("an assignee no longer known is lost", func(t *testing.T) {
		s := state([]Worker{worker(1)}, task(0, 1, assigned(0)))
		if got := Plan(s, 1); len(got) != 2 || !got[0].Unassign || got[1].Worker != addr(1) {
			t.Errorf("got %+v, want worker 0 withdrawn and worker 1 assigned", got)
		}
	})
	t.Run("after the deadline nothing changes", func(t *testing.T) {
		s := state([]Worker{worker(0, lost), worker(1)}, task(0, 1, assigned(0), due(-time.Second)))
		if got := Plan(s, 1); len(got) != 0 {
			t.Errorf("got %+v, want no decision", got)
		}
	})
	t.Run("a lost worker that already contributed keeps its contribution", func(t *testing.T) {
		s := state([]Worker{worker(0, lost), worker(1)}, task(0, 5, assigned(0), voted(0, 1, 2)))
		for _, d := range Plan(s, 1) {
			if d.Unassign {
				t.Errorf("got %+v, want no withdrawal", d)
			}
		}
	})
}

func TestPlanGPUTaskGoesOnlyToAGPUWorker(t *testing.T) {
	gpuTask := task(0, 1, tagged(protocol.TagGPU))
	t.Run("the GPU worker gets it even when a CPU worker is idler", func(t *testing.T) {
		s := state([]Worker{worker(0, slots(8)), worker(1, slots(1), gpus(1, 1))}, gpuTask)
		if got, want := assignedWorkers(Plan(s, 1)), []common.Address{addr(1)}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
	t.Run("with no GPU worker nothing is assigned and Explain says so", func(t *testing.T) {
		s := state(workers(3, slots(8)), gpuTask)
		if got := Plan(s, 1); len(got) != 0 {
			t.Errorf("got %+v, want no decision", got)
		}
		rs := Explain(gpuTask, s)
		if len(rs) != 3 {
			t.Fatalf("got %d rejections, want 3", len(rs))
		}
		if got, want := rs.Summary(), "no worker offers a GPU"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

func TestPlanGPUWorkerRunsOneGPUTaskPerFreeGPU(t *testing.T) {
	s := state([]Worker{worker(0, slots(8), gpus(3, 2))},
		task(0, 1, tagged(protocol.TagGPU)), task(1, 1, tagged(protocol.TagGPU)),
		task(2, 1, tagged(protocol.TagGPU)), task(3, 1))
	got := map[[32]byte]bool{}
	for _, d := range Plan(s, 1) {
		got[d.Task] = true
	}
	want := map[[32]byte]bool{hash(100): true, hash(101): true, hash(103): true}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got tasks %v, want %v (two GPU tasks for two free GPUs, and the CPU task)", got, want)
	}
}

func TestPlanPrefersIdleWorkersThenHigherScore(t *testing.T) {
	tests := []struct {
		name    string
		workers []Worker
		want    common.Address
	}{
		{"more free slots wins over a higher score",
			[]Worker{worker(0, slots(1), score(100)), worker(1, slots(4))}, addr(1)},
		{"with equal free slots the higher score wins",
			[]Worker{worker(0, slots(2), score(3)), worker(1, slots(2), score(40))}, addr(1)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for seed := range uint64(20) {
				got := assignedWorkers(Plan(state(tc.workers, task(0, 1)), seed))
				if len(got) != 1 || got[0] != tc.want {
					t.Fatalf("seed %d: got %v, want [%v]", seed, got, tc.want)
				}
			}
		})
	}
}

func TestPlanTakesEarliestDeadlineFirst(t *testing.T) {
	// Task 2 is due now: too late to assign.
	s := state([]Worker{worker(0, slots(1))}, task(0, 1, due(2*time.Hour)), task(1, 1, due(time.Hour)), task(2, 1, due(0)))
	got := Plan(s, 1)
	if len(got) != 1 || got[0].Task != hash(101) {
		t.Errorf("got %+v, want the one slot given to task 1 (earliest deadline)", got)
	}
}

func TestPlanWithTheSameSeedReplays(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 42))
	for round := range 20 {
		s := randomState(rng)
		for seed := range uint64(5) {
			a, b := Plan(s, seed), Plan(s, seed)
			if !slices.Equal(a, b) {
				t.Fatalf("round %d seed %d: two runs differ:\n%+v\n%+v", round, seed, a, b)
			}
		}
	}
}

func TestPlanSeedsOnlyBreakTies(t *testing.T) {
	t.Run("without ties every seed gives the same plan", func(t *testing.T) {
		var ws []Worker
		for i := range 6 {
			ws = append(ws, worker(i, slots(1+i%3), score(uint64(10*i))))
		}
		s := state(ws, task(0, 5), task(1, 5), task(2, 1))
		first := Plan(s, 0)
		for seed := range uint64(50) {
			if got := Plan(s, seed); !slices.Equal(got, first) {
				t.Fatalf("seed %d: got %+v, want %+v", seed, got, first)
			}
		}
	})
	t.Run("equal workers are drawn by the seed, always among the best ranked", func(t *testing.T) {
		// Workers 0–3 tie (3 slots, score 6); 4 and 5 rank below them.
		ws := append(workers(4, slots(3), score(6)), worker(4, slots(3)), worker(5, slots(1), score(90)))
		s := state(ws, task(0, 1))
		seen := map[common.Address]bool{}
		for seed := range uint64(50) {
			got := assignedWorkers(Plan(s, seed))
			if len(got) != 1 || !slices.Contains([]common.Address{addr(0), addr(1), addr(2), addr(3)}, got[0]) {
				t.Fatalf("seed %d: got %v, want one of workers 0–3", seed, got)
			}
			seen[got[0]] = true
		}
		if len(seen) < 2 {
			t.Errorf("50 seeds picked only %v: the tie-break does not depend on the seed", seen)
		}
	})
}

// randomState is a pool of workers of mixed kinds and a bag of tasks of mixed needs.
func randomState(rng *rand.Rand) State {
	var ws []Worker
	for i := range 1 + rng.IntN(12) {
		w := worker(i, slots(rng.IntN(4)), score(uint64(rng.IntN(40))))
		if rng.IntN(3) == 0 {
			n := 1 + rng.IntN(2)
			w.GPUs, w.FreeGPUs = n, rng.IntN(n+1)
		}
		w.TEE = rng.IntN(3) == 0
		if rng.IntN(4) == 0 {
			w.Executors = []string{"oci"}
		}
		if rng.IntN(6) == 0 {
			w.LastSeen = t0.Add(-time.Duration(1+rng.IntN(3)) * heartbeat)
		}
		ws = append(ws, w)
	}
	var ts []Task
	for i := range 1 + rng.IntN(30) {
		tk := task(i, uint64(1+rng.IntN(20)), due(time.Duration(rng.IntN(120)-10)*time.Minute))
		if rng.IntN(3) == 0 {
			tk.Tag = tk.Tag.Or(protocol.TagGPU)
		}
		if rng.IntN(5) == 0 {
			tk.Tag = tk.Tag.Or(protocol.TagTEE)
		}
		if rng.IntN(4) == 0 {
			tk.Executor = "oci"
		}
		for range rng.IntN(3) {
			assigned(rng.IntN(len(ws) + 2))(&tk)
		}
		if rng.IntN(3) == 0 {
			voted(rng.IntN(len(ws)), rng.IntN(2), 2)(&tk)
		}
		ts = append(ts, tk)
	}
	return State{Now: t0, Workers: ws, Tasks: ts, HeartbeatTimeout: heartbeat}
}

func TestPlanRespectsCapacityAcrossManyTasks(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7)) // pinned: a failure replays
	for round := range 300 {
		s := randomState(rng)
		byID := map[common.Address]Worker{}
		for _, w := range s.Workers {
			byID[w.ID] = w
		}
		tasks := map[[32]byte]Task{}
		for _, tk := range s.Tasks {
			tasks[tk.ID] = tk
		}
		usedSlots, usedGPUs := map[common.Address]int{}, map[common.Address]int{}
		pairs := map[[2]string]bool{}
		for _, d := range Plan(s, uint64(round)) {
			tk := tasks[d.Task]
			if d.Unassign || d.Reveal {
				continue
			}
			w := byID[d.Worker]
			pair := [2]string{fmt.Sprint(d.Task), d.Worker.Hex()}
			if pairs[pair] {
				t.Fatalf("round %d: worker %v assigned twice to task %x", round, d.Worker, d.Task)
			}
			pairs[pair] = true
			// Every assignment passes the filters against the state it started from.
			if r, bad := Explain(tk, s).reasonFor(d.Worker); bad {
				t.Fatalf("round %d: worker %v assigned to task %x though %v", round, d.Worker, d.Task, r)
			}
			usedSlots[d.Worker]++
			if tk.Tag.HasGPU() {
				usedGPUs[d.Worker]++
			}
			if usedSlots[d.Worker] > w.FreeSlots {
				t.Fatalf("round %d: worker %v got %d replicates, has %d free slots", round, d.Worker, usedSlots[d.Worker], w.FreeSlots)
			}
			if usedGPUs[d.Worker] > w.FreeGPUs {
				t.Fatalf("round %d: worker %v got %d GPU tasks, has %d free GPUs", round, d.Worker, usedGPUs[d.Worker], w.FreeGPUs)
			}
		}
	}
}

func (rs Rejections) reasonFor(w common.Address) (Reason, bool) {
	for _, r := range rs {
		if r.Worker.ID == w {
			return r.Reason, true
		}
	}
	return 0, false
}

func TestExplainNamesTheFirstFilterAWorkerFails(t *testing.T) {
	tests := []struct {
		name   string
		worker Worker
		task   Task
		want   Reason // 0: eligible
	}{
		{"an idle capable worker is eligible", worker(0), task(0, 1), 0},
		{"already contributed", worker(0), task(0, 5, voted(0, 1, 2)), ReasonContributed},
		{"already assigned", worker(0), task(0, 5, assigned(0)), ReasonAssigned},
		{"executor not supported", worker(0, wasmOnly), task(0, 1, executor("oci")), ReasonNoExecutor},
		{"TEE asked, worker has none", worker(0), task(0, 1, tagged(protocol.TagTEE)), ReasonNoTEE},
		{"TEE asked, TEE worker is eligible", worker(0, tee), task(0, 1, tagged(protocol.TagTEE)), 0},
		{"GPU asked, worker has none", worker(0), task(0, 1, tagged(protocol.TagGPU)), ReasonNoGPU},
		{"GPU asked, every GPU busy", worker(0, gpus(2, 0)), task(0, 1, tagged(protocol.TagGPU)), ReasonNoFreeGPU},
		{"lost", worker(0, lost), task(0, 1), ReasonLost},
		{"no free slot", worker(0, slots(0)), task(0, 1), ReasonNoFreeSlot},
		{"a missing capability is named before a transient state", worker(0, lost, slots(0)), task(0, 1, tagged(protocol.TagGPU)), ReasonNoGPU},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := Explain(tc.task, state([]Worker{tc.worker}))
			got, _ := rs.reasonFor(tc.worker.ID)
			if got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestRejectionsSummary(t *testing.T) {
	tests := []struct {
		name string
		rs   Rejections
		want string
	}{
		{"none", nil, ""},
		{"one reason for every worker is said plainly",
			Rejections{{worker(0), ReasonNoTEE}, {worker(1), ReasonNoTEE}}, "no worker offers a TEE"},
		{"mixed reasons are counted",
			Rejections{{worker(0), ReasonLost}, {worker(1), ReasonNoGPU}, {worker(2), ReasonNoGPU}},
			"rejected: 2 offers no GPU, 1 lost: no heartbeat within the timeout"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.rs.Summary(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPlanDoesNotModifyTheState(t *testing.T) {
	s := state(workers(3), task(0, 5), task(1, 5))
	before := fmt.Sprintf("%+v", s)
	Plan(s, 1)
	if after := fmt.Sprintf("%+v", s); after != before {
		t.Errorf("state changed:\n%s\n%s", before, after)
	}
}

func TestStatus(t *testing.T) {
	for s, want := range map[Status]struct {
		name           string
		terminal, open bool
	}{
		StatusUnset:     {"UNSET", false, true},
		StatusActive:    {"ACTIVE", false, true},
		StatusRevealing: {"REVEALING", false, false},
		StatusCompleted: {"COMPLETED", true, false},
		StatusFailed:    {"FAILED", true, false},
	} {
		if s.String() != want.name || s.IsTerminal() != want.terminal || s.TakesContributions() != want.open {
			t.Errorf("%v: got (%v, %v), want (%v, %v)", s, s.IsTerminal(), s.TakesContributions(), want.terminal, want.open)
		}
	}
}

func TestPlanPassingOverUntouchedTasksWhenThePoolIsFullChangesNoPlan(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 11)) // pinned: a failure replays
	skipped := 0
	for round := range 400 {
		s := randomState(rng)
		if round%2 == 0 { // a full pool: the case the shortcut is for
			for i := range s.Workers {
				s.Workers[i].FreeSlots = 0
			}
			if slices.ContainsFunc(s.Tasks, func(t Task) bool { return len(t.Contributions) == 0 && len(t.Assigned) == 0 }) {
				skipped++ // a task the shortcut passes over
			}
		}
		got := Plan(s, uint64(round))
		skipUntouched = false
		want := Plan(s, uint64(round))
		skipUntouched = true
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: with the shortcut %+v, without %+v", round, got, want)
		}
	}
	if skipped == 0 {
		t.Fatal("no full pool with an untouched task tried")
	}
}

// TestAReaderAnswersAsAFreshPoolPerTask holds that a Reader, whose pool of workers is
// shared by every task it is asked about, answers ReplicatesWanted and Explain for each
// task of a state, in turn, as a pool made afresh for that task alone would.
func TestAReaderAnswersAsAFreshPoolPerTask(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 12)) // pinned: a failure replays
	asked := 0
	for round := range 300 {
		s := randomState(rng)
		r := NewReader(s)
		for _, task := range s.Tasks {
			if got, want := r.ReplicatesWanted(task), ReplicatesWanted(task, s); got != want {
				t.Fatalf("round %d, task %x: reader %+v, fresh pool %+v", round, task.ID[:4], got, want)
			}
			if got, want := r.Explain(task), Explain(task, s); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, task %x: reader %+v, fresh pool %+v", round, task.ID[:4], got, want)
			}
			asked++
		}
	}
	if asked == 0 {
		t.Fatal("no task asked about")
	}
}
