package protocoltest

import (
	"math/big"
	"testing"

	"github.com/pocolabs/poco/chain/pocotest"
)

func TestSmokeTrustOneAndThree(t *testing.T) {
	e := pocotest.New(t)
	deal := e.MatchDefault(2, 1)
	r := e.ContributeAndFinalize(e.Workers[0], deal, 0, pocotest.Digest("good"))
	t.Logf("contributeAndFinalize gas %d", r.GasUsed)
	if got := e.Task(deal, 0).Status; got != 3 {
		t.Fatalf("status %d", got)
	}
	e.CheckConservation()

	deal3 := e.MatchDefault(1, 3)
	for i := 0; i < 2; i++ {
		r := e.Contribute(e.Workers[i], deal3, 0, pocotest.Digest("good"))
		t.Logf("contribute gas %d", r.GasUsed)
	}
	if got := e.Task(deal3, 0).Status; got != 1 {
		t.Fatalf("status after 2 contributions %d, want 1 (ACTIVE until the first reveal)", got)
	}
	for i := 0; i < 2; i++ {
		e.Reveal(e.Workers[i], deal3, 0, pocotest.Digest("good"))
		if got := e.Task(deal3, 0).Status; got != 2 {
			t.Fatalf("status after %d reveals %d, want 2 (REVEALING)", i+1, got)
		}
	}
	r = e.Finalize(deal3, 0, pocotest.Digest("good"))
	t.Logf("finalize gas %d", r.GasUsed)
	if e.Score(e.Workers[0].Address) != 1 {
		t.Fatal("score")
	}
	e.CheckConservation()
	_ = big.NewInt
}
