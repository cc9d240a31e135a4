package sdk

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/pocotest"
)

// DealTaskChanges gives every status a task goes through, in order, and only the deal's:
// ACTIVE, REVEALING (whose event names no deal), COMPLETED with its results, FAILED.
func TestDealTaskChanges(t *testing.T) {
	e := env(t)
	sched := client(t, e, e.PoolOwner)
	w0, w1 := client(t, e, e.Workers[0]), client(t, e, e.Workers[1])
	anyone := client(t, e, e.Owner)
	good := pocotest.Digest("good")
	deal := must(sched.Deal(bg, e.MatchDefault(2, 3).Id))
	other := must(sched.Deal(bg, e.MatchDefault(1, 3).Id)) // its events must not show
	first := deal.BotFirst
	auth := func(c *Client, d *Deal, idx uint64) []byte {
		return must(sched.SignAuthorization(c.Address(), d.TaskID(idx), common.Address{}))
	}
	for _, d := range []*Deal{deal, other} {
		for _, w := range []*Client{w0, w1} {
			must(w.Contribute(bg, d, ContributeInput{Index: d.BotFirst, Digest: good, Authorization: auth(w, d, d.BotFirst)}))
		}
		must(w0.Reveal(bg, d, d.BotFirst, good, must(sched.SignRevealPermit(d.TaskID(d.BotFirst)))))
		must(w1.Reveal(bg, d, d.BotFirst, good, nil))
	}
	must(sched.Finalize(bg, deal, FinalizeInput{Index: first, Digest: good, Results: []byte("r0")}))
	must(w0.Contribute(bg, deal, ContributeInput{Index: first + 1, Digest: good, Authorization: auth(w0, deal, first+1)}))
	advanceTo(t, e, uint64(deal.FinalDeadline().Unix()))
	must(anyone.Claim(bg, deal, first+1))
	head := must(anyone.BlockNumber(bg))

	chs := must(anyone.DealTaskChanges(bg, deal, nil, deal.Block, head))
	var got []string
	for _, ch := range chs {
		idx := uint64(0)
		if ch.TaskID == deal.TaskID(first+1) {
			idx = 1
		} else if ch.TaskID != deal.TaskID(first) {
			t.Fatalf("a change of another task: %+v", ch)
		}
		got = append(got, string(rune('0'+idx))+":"+ch.Status.String())
		if ch.Status == TaskCompleted && (ch.ResultDigest != good || string(ch.Results) != "r0") {
			t.Fatalf("completed change %+v", ch)
		}
	}
	want := "[0:ACTIVE 0:REVEALING 0:COMPLETED 1:ACTIVE 1:FAILED]"
	if s := fmt.Sprint(got); s != want {
		t.Fatalf("changes %s, want %s", s, want)
	}
	// A range that starts after the changes has none; the same read in ranges of one block
	// (WithLogRange) gives the same changes.
	if late := must(anyone.DealTaskChanges(bg, deal, nil, head+1, head)); len(late) != 0 {
		t.Fatalf("changes after the head: %+v", late)
	}
	anyone.o.logRange = 1
	if again := must(anyone.DealTaskChanges(bg, deal, nil, deal.Block, head)); len(again) != len(chs) {
		t.Fatalf("%d changes in one-block ranges, want %d", len(again), len(chs))
	}
}
