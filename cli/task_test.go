package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
)

func TestTaskCLIShow(t *testing.T) {
	m := newMarketEnv(t)
	p := defaultPrices()
	p.reqVolume = "2"
	a, _, w, r := m.signedOrders(t, "", p)
	v := m.match(t, a, "", w, r)
	id0, id1 := common.Hash(protocol.TaskID(v.DealID, 0)), common.Hash(protocol.TaskID(v.DealID, 1))

	// A task nobody started, by its deal and index or by its id alone.
	var task taskShow
	for _, args := range [][]string{{v.DealID.Hex(), "1"}, {id1.Hex()}} {
		pocoJSON(t, &task, append([]string{"task", "show"}, args...)...)
		if task.ID != id1 || task.DealID != v.DealID || task.Index != 1 || task.Status != "UNSET" || task.Contributions == nil ||
			len(task.Contributions) != 0 {
			t.Fatalf("task show %v: %+v", args, task)
		}
	}
	out := poco(t, "task", "show", id1.Hex())
	for _, want := range []string{"UNSET (not started: nobody contributed yet)", v.DealID.Hex() + ", index 1", "Final deadline:", "No contributions yet."} {
		if !strings.Contains(out, want) {
			t.Errorf("task show does not print %q:\n%s", want, out)
		}
	}

	// Completed by a worker: status, digest, results, the contribution.
	digest := crypto.Keccak256Hash([]byte("zero"))
	results := `{"storage":"ipfs","location":"/ipfs/bafyzero"}`
	m.completeTask(t, v.DealID, 0, digest, results)
	pocoJSON(t, &task, "task", "show", id0.Hex())
	if task.Status != "COMPLETED" || task.ResultDigest != digest || task.ResultsText != results || len(task.Contributions) != 1 ||
		task.Contributions[0].Worker != m.worker.Hex() || task.Contributions[0].Status != "PROVED" || task.EndedAt.IsZero() ||
		task.Winners != 1 || task.TotalWeight != task.Contributions[0].Weight || task.TotalWeight == 0 {
		t.Fatalf("task show of a completed task: %+v", task)
	}
	out = poco(t, "task", "show", v.DealID.Hex(), "0")
	for _, want := range []string{"COMPLETED (finalized: the result is final)", "Result digest:", digest.Hex(), "Results:", results,
		"Finalized:", "Contributions: 1", "WORKER", m.worker.Hex(), "PROVED"} {
		if !strings.Contains(out, want) {
			t.Errorf("task show does not print %q:\n%s", want, out)
		}
	}

	// Errors.
	pocoFails(t, []string{`task id "0x99" is not an id: want 0x followed by 64 hex digits`}, "task", "show", "0x99")
	pocoFails(t, []string{`task index "first" is not a number`}, "task", "show", v.DealID.Hex(), "first")
	pocoFails(t, []string{"give a task: TASKID, or DEALID INDEX"}, "task", "show")
	pocoFails(t, []string{"task index 5 is not in this deal: its tasks are 0 to 1"}, "task", "show", v.DealID.Hex(), "5")
	pocoFails(t, []string{"no task " + v.DealID.Hex(), "is it a deal id?"}, "task", "show", v.DealID.Hex())
	unknown := common.HexToHash("0x02")
	pocoFails(t, []string{"no deal " + unknown.Hex()}, "task", "show", unknown.Hex(), "0")

	// Claim: a completed task cannot be; an unfinished one not before the deadline.
	pocoFails(t, []string{"task " + id0.Hex() + " is COMPLETED", "nothing to claim"}, "task", "claim", id0.Hex())
	var deal dealShow
	pocoJSON(t, &deal, "deal", "show", v.DealID.Hex())
	final := time.Unix(int64(deal.StartTime)+3000, 0).UTC().Format("2006-01-02 15:04:05 UTC")
	pocoFails(t, []string{"too early: task " + id1.Hex() + " can be claimed from the final deadline " + final}, "task", "claim", id1.Hex())
}

// task claim after the deadline, by task id, for a task nobody started.
func TestTaskCLIClaim(t *testing.T) {
	m := newMarketEnv(t)
	cat, err := m.client(t, m.requester).CreateCategory(bgCtx, "TEST", "one second", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	p := defaultPrices()
	p.reqVolume, p.category = "2", cat.Name
	a, _, w, r := m.signedOrders(t, "", p)
	v := m.match(t, a, "", w, r)
	deal, err := m.client(t, common.Address{}).Deal(bgCtx, v.DealID)
	if err != nil {
		t.Fatal(err)
	}
	m.advanceChain(t, deal.FinalDeadline())

	id1 := common.Hash(protocol.TaskID(v.DealID, 1))
	out := poco(t, "task", "claim", id1.Hex())
	if !strings.Contains(out, "Claimed 1 task(s) of deal "+v.DealID.Hex()+" (index 1)") || !strings.Contains(out, "Refunded 13 RLC to the requester") {
		t.Errorf("task claim printed:\n%s", out)
	}
	var task taskShow
	pocoJSON(t, &task, "task", "show", id1.Hex())
	if task.Status != "FAILED" || task.EndedAt.IsZero() {
		t.Fatalf("claimed task: %+v", task)
	}
	if out := poco(t, "task", "show", id1.Hex()); !strings.Contains(out, "FAILED (failed: claimed after its final deadline") || !strings.Contains(out, "Claimed:") {
		t.Errorf("task show of a claimed task:\n%s", out)
	}
	// The deal's other task is still claimable, in a batch of one.
	var claimed claimView
	pocoJSON(t, &claimed, "deal", "claim", v.DealID.Hex())
	if claimed.Claimed != 1 || claimed.Indexes[0] != 0 || claimed.Refund != "13" || claimed.ToKitty != "3" || claimed.Tx == nil {
		t.Fatalf("deal claim after task claim: %+v", claimed)
	}
	checkTx(t, "deal claim", *claimed.Tx)
}
