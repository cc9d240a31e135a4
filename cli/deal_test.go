package cli

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

func TestDealCLIShowAndList(t *testing.T) {
	m := newMarketEnv(t)
	p := defaultPrices()
	p.reqVolume = "3"
	a, _, w, r := m.signedOrders(t, "", p)
	v := m.match(t, a, "", w, r)

	var deal dealShow
	pocoJSON(t, &deal, "deal", "show", v.DealID.Hex())
	if deal.ID != v.DealID || deal.BotSize != 3 || len(deal.Tasks) != 3 || deal.Cost != "39" || deal.TaskPrice != "13" ||
		deal.SchedulerStake != "9" || deal.AppPrice != "3" || deal.FinalDeadline.Sub(time.Unix(int64(deal.StartTime), 0)) != 3000*time.Second {
		t.Fatalf("deal show: %+v", deal)
	}
	for i, task := range deal.Tasks {
		if task.Status != "UNSET" || task.Index != uint64(i) || task.ID != common.Hash(protocol.TaskID(v.DealID, uint64(i))) {
			t.Errorf("task %d: %+v", i, task)
		}
	}
	out := poco(t, "deal", "show", v.DealID.Hex())
	for _, want := range []string{"Deal:", "Made:", "Workerpool:", "13 RLC per task, 39 RLC for 3 task(s)", "0 XS", "Trust:",
		"Paid by:", "(the requester)", "botFirst 0, botSize 3", "Worker stake:", "Final deadline:", "3 UNSET"} {
		if !strings.Contains(out, want) {
			t.Errorf("deal show does not print %q:\n%s", want, out)
		}
	}

	// list: the requester's deals by default (the --from account), a pool's, nobody's; each
	// deal as deal show prints it, without its tasks.
	var deals []dealView
	pocoJSON(t, &deals, "deal", "list")
	if len(deals) != 1 || deals[0] != deal.dealView {
		t.Fatalf("deal list: %+v, want %+v", deals, deal.dealView)
	}
	pocoJSON(t, &deals, "deal", "list", "--workerpool", m.pool.Hex())
	if len(deals) != 1 || deals[0].ID != v.DealID || deals[0].Workerpool != m.pool.Hex() || deals[0].WorkerpoolPrice != "10" ||
		deals[0].CategoryName != "XS" {
		t.Fatalf("deal list --workerpool: %+v", deals)
	}
	out = poco(t, "deal", "list", "--requester", m.requester.Hex())
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], "DEAL") ||
		!strings.Contains(lines[1], v.DealID.Hex()) || !strings.Contains(lines[1], "13 RLC") {
		t.Errorf("deal list printed:\n%s", out)
	}
	stdout, stderr, err := runPoco(t, "", "deal", "list", "--requester", m.appOwner.Hex())
	if err != nil || stdout != "" || !strings.Contains(stderr, "no deals for requester "+m.appOwner.Hex()) {
		t.Errorf("deal list of nobody: %q, %q, %v", stdout, stderr, err)
	}
	if out := poco(t, "deal", "list", "--requester", m.appOwner.Hex(), "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("deal list --json of nobody printed %q, want []", out)
	}

	// Errors.
	pocoFails(t, []string{`deal id "0x12" is not an id: want 0x followed by 64 hex digits`}, "deal", "show", "0x12")
	pocoFails(t, []string{`deal id "deal" is not an id`}, "deal", "claim", "deal")
	unknown := common.HexToHash("0x01")
	pocoFails(t, []string{"no deal " + unknown.Hex()}, "deal", "show", unknown.Hex())
	pocoFails(t, []string{"no deal " + unknown.Hex()}, "deal", "claim", unknown.Hex())
	pocoFails(t, []string{"not both"}, "deal", "list", "--requester", m.requester.Hex(), "--workerpool", m.pool.Hex())
	pocoFails(t, []string{`--workerpool "x" is not an address`}, "deal", "list", "--workerpool", "x")
	pocoFails(t, []string{"cannot reach the chain"}, "deal", "show", v.DealID.Hex(), "--rpc", "http://127.0.0.1:1")

	// Claiming before the final deadline: when it will be possible.
	final := time.Unix(int64(deal.StartTime)+3000, 0).UTC().Format("2006-01-02 15:04:05 UTC")
	pocoFails(t, []string{"too early", "the 3 unfinished task(s) of deal " + v.DealID.Hex(), "from the final deadline " + final},
		"deal", "claim", v.DealID.Hex())
}

// Claiming after the deadline, in a deal of a category whose tasks take one second (final
// deadline: 10 s after the deal).
func TestDealCLIClaim(t *testing.T) {
	m := newMarketEnv(t)
	cat, err := m.client(t, m.requester).CreateCategory(bgCtx, "TEST", "one second", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	p := defaultPrices()
	p.reqVolume, p.category = "3", fmt.Sprint(cat.ID)
	a, _, w, r := m.signedOrders(t, "", p)
	v := m.match(t, a, "", w, r)
	reader := m.client(t, common.Address{})
	before, err := reader.Account(bgCtx, m.requester)
	if err != nil {
		t.Fatal(err)
	}
	poolBefore, err := reader.Account(bgCtx, m.poolOwner)
	if err != nil {
		t.Fatal(err)
	}

	// Task 1 is completed; the others are left unfinished.
	m.completeTask(t, v.DealID, 1, crypto.Keccak256Hash([]byte("one")), `{"storage":"ipfs","location":"/ipfs/bafyone"}`)
	deal, err := reader.Deal(bgCtx, v.DealID)
	if err != nil {
		t.Fatal(err)
	}
	pocoFails(t, []string{"too early", "the 2 unfinished task(s)"}, "deal", "claim", v.DealID.Hex())
	m.advanceChain(t, deal.FinalDeadline())

	// Anyone may claim: the worker here. The two unfinished tasks fail; the requester gets
	// their price back.
	var claimed claimView
	pocoJSON(t, &claimed, "deal", "claim", v.DealID.Hex(), "--from", m.worker.Hex())
	if claimed.DealID != v.DealID || claimed.Claimed != 2 || len(claimed.Indexes) != 2 || claimed.Indexes[0] != 0 || claimed.Indexes[1] != 2 ||
		len(claimed.TaskIDs) != 2 || claimed.TaskIDs[1] != deal.TaskID(2) || claimed.Refund != "26" || claimed.Payer != m.requester.Hex() ||
		claimed.ToKitty != "6" || claimed.Tx == nil {
		t.Fatalf("deal claim: %+v", claimed)
	}
	checkTx(t, "deal claim", *claimed.Tx)
	after, err := reader.Account(bgCtx, m.requester)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after.Free, before.Free); got.Cmp(sdk.RLC(26)) != 0 || after.Locked.Sign() != 0 {
		t.Errorf("the requester got %s back (locked now %s), want 26 RLC", sdk.FormatRLC(got), sdk.FormatRLC(after.Locked))
	}
	if poolAfter, err := reader.Account(bgCtx, m.poolOwner); err != nil || poolAfter.Locked.Cmp(poolBefore.Locked) >= 0 {
		t.Errorf("the pool owner's stake is still locked: %+v (before %+v), %v", poolAfter, poolBefore, err)
	}
	var shown dealShow
	pocoJSON(t, &shown, "deal", "show", v.DealID.Hex())
	if shown.Tasks[0].Status != "FAILED" || shown.Tasks[1].Status != "COMPLETED" || shown.Tasks[2].Status != "FAILED" {
		t.Errorf("tasks after the claim: %+v", shown.Tasks)
	}
	out := poco(t, "deal", "show", v.DealID.Hex())
	if !strings.Contains(out, "1 COMPLETED, 2 FAILED") {
		t.Errorf("deal show after the claim:\n%s", out)
	}

	// Nothing left to claim.
	out = poco(t, "deal", "claim", v.DealID.Hex())
	if !strings.Contains(out, "Nothing to claim: the 3 task(s) of deal "+v.DealID.Hex()+" are all COMPLETED or FAILED") {
		t.Errorf("second claim printed %q", out)
	}
	out = poco(t, "deal", "claim", v.DealID.Hex(), "--json")
	claimed = claimView{}
	if err := json.Unmarshal([]byte(out), &claimed); err != nil || claimed.Claimed != 0 || claimed.Indexes == nil ||
		claimed.TaskIDs == nil || claimed.Refund != "0" || claimed.ToKitty != "0" || claimed.Tx != nil ||
		!strings.Contains(out, `"indexes": []`) || strings.Contains(out, `"tx"`) {
		t.Errorf("second claim --json printed %s (%v)", out, err)
	}
	pocoFails(t, []string{"is FAILED", "nothing to claim"}, "task", "claim", v.DealID.Hex(), "0")
}
