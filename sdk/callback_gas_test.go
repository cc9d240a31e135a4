package sdk

import (
	"math/big"

	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain/bindings"
)

// A task of a deal with a callback contract: the hub refuses to run the callback with
// less gas left than its budget (PocoCallbackGasTooLow), which a transaction's peak use
// does not show when the callback itself uses little. The gas limit the client sets from
// a simulated run must leave that budget, or the transaction is mined, reverts and is
// paid for; here the callback records the result (it uses far less than its budget), in
// a single task and in a batch.
func TestSimulatedGasLeavesTheCallbackItsBudget(t *testing.T) {
	e := env(t)
	var cb common.Address
	e.Send(t, func() (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(e.TransactOpts(e.Owner), common.FromHex(bindings.TestCallbackMetaData.Bin), e.Client, nil)
		cb = a
		return tx, err
	}, e.ABIs...)
	o := e.DefaultOrders()
	o.Request.Volume = big.NewInt(3)
	o.Request.Callback = cb
	matched := e.Match(e.Requester, e.SignAll(o))

	worker := client(t, e, e.Workers[0])
	sched := client(t, e, e.PoolOwner)
	deal := must(worker.Deal(bg, matched.Id))
	input := func(idx uint64) ContributeAndFinalizeInput {
		data := []byte("result of task")
		auth := must(sched.SignAuthorization(worker.Address(), deal.TaskID(idx), common.Address{}))
		return ContributeAndFinalizeInput{Index: idx, Digest: crypto.Keccak256Hash(data), ResultsCallback: data, Authorization: auth}
	}
	r := must(worker.ContributeAndFinalize(bg, deal, input(deal.BotFirst)))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("contributeAndFinalize with a callback: status %d", r.Status)
	}
	r = must(worker.ContributeAndFinalizeBatch(bg, deal, []ContributeAndFinalizeInput{input(deal.BotFirst + 1), input(deal.BotFirst + 2)}))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("a batch with callbacks: status %d", r.Status)
	}
	for i := range uint64(3) {
		task := must(worker.TaskOf(bg, deal, deal.BotFirst+i))
		if task.Status != TaskCompleted || task.CallbackSuccess == nil || !*task.CallbackSuccess {
			t.Fatalf("task %d: status %v, callback success %v", i, task.Status, task.CallbackSuccess)
		}
	}
}

// callbackGasLeft follows the hub's callback budget.
func TestCallbackGasLeftFollowsTheHub(t *testing.T) {
	e := env(t)
	c := client(t, e, nil)
	budget := must(callAs(bg, c, c.hub, c.poco.PackCALLBACKGAS(), c.poco.UnpackCALLBACKGAS))
	if want := budget.Uint64()*64/63 + 10_000; callbackGasLeft != want {
		t.Fatalf("callbackGasLeft %d, want %d from the hub's CALLBACK_GAS %s", callbackGasLeft, want, budget)
	}
}
