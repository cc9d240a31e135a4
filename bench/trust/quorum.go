package trust

import (
	"math"
	"math/rand/v2"
	"time"
)

// runQuorum plays a fixed-quorum baseline: no reputation, no stake, no checks. Workers
// take replicates in random order as they free up (one at a time, as in runs of Poco); a
// task starts with its quorum's replicates (2 for first-2-agree, 3 for 2-of-3) and gets
// one more each time all its results are in without two agreeing; the first result two
// workers agree on is accepted. Saboteurs: colluding and independent always lie;
// score-building ones lie only when two of them are on the task (they then decide it).
func runQuorum(cfg Config) Result {
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x9007))
	n := cfg.Workers
	sab := make([]bool, n)
	for _, i := range rng.Perm(n)[:int(math.Round(cfg.Saboteurs*float64(n)))] {
		sab[i] = true
	}
	initial := 2
	if cfg.Policy == PolicyTwoOfThree {
		initial = 3
	}
	type qtask struct {
		votes   map[int]int // result → votes; 0 is right, 1 the colluders' wrong result, 2+i worker i's own
		pending []int       // workers running it
		on      map[int]bool
		want    int
		done    bool
	}
	var (
		busy              = make([]bool, n)
		finish            = make([]time.Duration, n)
		runs              = make([]*qtask, n)
		tasks             []*qtask
		now               time.Duration
		made, wrong, reps int
		open              int
	)
	newTask := func() *qtask {
		made++
		open++
		return &qtask{votes: map[int]int{}, on: map[int]bool{}, want: initial}
	}
	result := func(w int, t *qtask) int {
		if !sab[w] {
			return 0
		}
		switch cfg.Strategy {
		case Colluding:
			return 1
		case Independent:
			return 2 + w
		case ScoreBuilding:
			team := t.votes[1]
			for _, p := range t.pending {
				if sab[p] {
					team++
				}
			}
			if team >= 2 {
				return 1
			}
		}
		return 0
	}
	for made < cfg.Tasks || open > 0 {
		now += cfg.Block
		// Results in.
		for w := range n {
			if !busy[w] || finish[w] > now {
				continue
			}
			busy[w] = false
			t := runs[w]
			v := result(w, t)
			for i, p := range t.pending {
				if p == w {
					t.pending = append(t.pending[:i], t.pending[i+1:]...)
					break
				}
			}
			if t.done {
				continue
			}
			t.votes[v]++
			if t.votes[v] >= 2 {
				t.done = true
				open--
				if v != 0 {
					wrong++
				}
			} else if len(t.pending) == 0 {
				t.want = len(t.on) + 1
			}
		}
		// Keep work waiting, then hand it to free workers in random order.
		live := tasks[:0]
		for _, t := range tasks {
			if !t.done {
				live = append(live, t)
			}
		}
		tasks = live
		for len(tasks) < 3*n && made < cfg.Tasks {
			tasks = append(tasks, newTask())
		}
		for _, w := range rng.Perm(n) {
			if busy[w] {
				continue
			}
			for _, t := range tasks {
				if t.done || t.on[w] || len(t.on) >= t.want {
					continue
				}
				t.on[w] = true
				t.pending = append(t.pending, w)
				busy[w], runs[w] = true, t
				finish[w] = now + cfg.MinRun + time.Duration(rng.Int64N(int64(cfg.MaxRun-cfg.MinRun)+1))
				reps++
				break
			}
		}
	}
	sabs := 0
	for _, b := range sab {
		if b {
			sabs++
		}
	}
	return Result{Policy: cfg.Policy, Strategy: cfg.Strategy, Workers: n, Saboteurs: sabs, Tasks: made,
		WrongRate: float64(wrong) / float64(made), ReplicasPerTask: float64(reps) / float64(made),
		ContributionsPerTask: float64(reps) / float64(made), SimulatedSeconds: now.Seconds()}
}
