package trust

import (
	"fmt"
	"strings"
	"testing"
)

// small is a pool of 20 workers, 30% saboteurs, over a few thousand tasks: enough for the
// floors to show, fast enough for every test run (the full 10,000-task table is `poco bench
// trust`).
func small(s Strategy, trust uint64) Config {
	return Config{Workers: 20, Saboteurs: 0.3, Strategy: s, Trust: trust, Tasks: 1500, Seed: 7}
}

func TestSaboteursStayUnderTheBoundAndCheatingDoesNotPay(t *testing.T) {
	if testing.Short() {
		t.Skip("plays thousands of tasks")
	}
	for _, s := range Strategies {
		for _, trust := range []uint64{5, 10} {
			t.Run(fmt.Sprintf("%s at trust %d", s, trust), func(t *testing.T) {
				r, err := Run(small(s, trust))
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%+v", r)
				if r.WrongRate > r.WrongBound {
					t.Errorf("wrong rate %.4f above the bound %.4f", r.WrongRate, r.WrongBound)
				}
				if trust == 5 && r.ReplicasPerTask > 2 {
					t.Errorf("%.2f replicates per task at trust 5, want at most 2", r.ReplicasPerTask)
				}
				if r.SaboteurNetGainRLC >= 0 {
					t.Errorf("sabotage earned the saboteurs %.2f RLC over honest play, want a loss", r.SaboteurNetGainRLC)
				}
				if r.UnresolvedRate != 0 || r.Tasks != 1500 {
					t.Errorf("%d tasks, %.4f unresolved: every task must end", r.Tasks, r.UnresolvedRate)
				}
			})
		}
	}
}

func TestTrustOneIsNotVerified(t *testing.T) {
	r, err := Run(Config{Workers: 20, Saboteurs: 0.3, Strategy: Colluding, Trust: 1, Tasks: 600, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	// One worker decides each task: about as many wrong results as saboteurs.
	if r.WrongRate < 0.2 || r.WrongRate > 0.4 || r.ReplicasPerTask != 1 || r.ChecksPerTask != 0 {
		t.Errorf("trust 1: %+v; want ~30%% wrong, one replicate, no check", r)
	}
}

func TestTheSameSeedReplaysTheSameRun(t *testing.T) {
	cfg := Config{Workers: 12, Saboteurs: 0.25, Strategy: ScoreBuilding, Trust: 5, Tasks: 300, Seed: 9}
	a, err := Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Run(cfg)
	if a != b {
		t.Errorf("two runs of one seed differ:\n%+v\n%+v", a, b)
	}
	cfg.Seed++
	if c, _ := Run(cfg); c == a {
		t.Error("another seed gave the very same run")
	}
}

func TestHonestPoolGetsNoWrongResultAndEveryoneEarns(t *testing.T) {
	r, err := Run(Config{Workers: 10, Saboteurs: 0.3, Strategy: Honest, Trust: 5, Tasks: 400, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.WrongRate != 0 || r.Caught != 0 || r.SaboteurBalanceChangeRLC <= 0 || r.HonestNetGainRLC <= 0 || r.SaboteurNetGainRLC != 0 {
		t.Errorf("an all-honest pool: %+v", r)
	}
}

func TestFixedQuorumBaselinesReproduceTheReference(t *testing.T) {
	// BOINC's first two agreeing with 30% colluders: about 20% wrong for 2.44 replicates.
	r, err := Run(Config{Policy: PolicyFirstTwo, Workers: 20, Saboteurs: 0.3, Strategy: Colluding, Tasks: 4000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.WrongRate < 0.17 || r.WrongRate > 0.24 || r.ReplicasPerTask < 2.3 || r.ReplicasPerTask > 2.6 {
		t.Errorf("first-2-agree: %.3f wrong, %.2f replicates; want about 0.20 and 2.44", r.WrongRate, r.ReplicasPerTask)
	}
	r, _ = Run(Config{Policy: PolicyTwoOfThree, Workers: 20, Saboteurs: 0.3, Strategy: Independent, Tasks: 2000, Seed: 1})
	if r.WrongRate != 0 || r.ReplicasPerTask < 3 {
		t.Errorf("2-of-3 against independent liars: %+v; want no wrong result, 3 replicates or more", r)
	}
}

func TestConfigErrorsSayWhatToFix(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{Workers: 0, Tasks: 1, Strategy: Colluding}, "--workers"},
		{Config{Workers: 5, Saboteurs: 1, Tasks: 1, Strategy: Colluding}, "--saboteurs"},
		{Config{Workers: 5, Tasks: 0, Strategy: Colluding}, "--tasks"},
		{Config{Workers: 5, Tasks: 1, Strategy: "sneaky"}, "unknown saboteur strategy"},
		{Config{Workers: 5, Tasks: 1, Strategy: Colluding, Policy: "3-of-5"}, "unknown policy"},
	} {
		if _, err := Run(c.cfg); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want an error about %s", c.cfg, err, c.want)
		}
	}
}

func TestTableHasEveryStrategyAndTheBaselines(t *testing.T) {
	rows, err := Table(Config{Workers: 10, Saboteurs: 0.3, Tasks: 100, Seed: 2}, []uint64{1, 5}, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3*2+2*3 {
		t.Fatalf("%d rows, want 12", len(rows))
	}
	seen := map[string]bool{}
	for _, r := range rows {
		seen[string(r.Policy)+" "+string(r.Strategy)] = true
	}
	for _, p := range []Policy{PolicyPoco, PolicyTwoOfThree, PolicyFirstTwo} {
		for _, s := range Strategies {
			if !seen[string(p)+" "+string(s)] {
				t.Errorf("no row for %s %s", p, s)
			}
		}
	}
}
