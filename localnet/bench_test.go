package localnet_test

import (
	"context"
	"testing"
	"time"

	"github.com/pocolabs/poco/localnet"
)

// TestBenchE2EStream runs the `poco bench e2e` code path on a small stream of deals
// (the default deals in flight, bounded by the 2 deals; the scheduler grouping trust-1
// tasks by deal) and checks that the figures are present and consistent (no timing
// thresholds).
func TestBenchE2EStream(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var progressed int
	r, err := localnet.Bench(ctx, localnet.BenchConfig{Deals: 2, Tasks: 3, Workers: 2, Trust: 1, DataDir: t.TempDir(), GroupDeals: true,
		Progress: func(ended, total int) {
			if total != 6 {
				t.Errorf("progress total %d, want 6", total)
			}
			progressed = max(progressed, ended)
		}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Tasks != 6 || r.Deals != 2 || r.TasksPerDeal != 3 || r.Completed != 6 || r.Failed != 0 || progressed != 6 {
		t.Errorf("tasks %d deals %d per deal %d completed %d failed %d progress %d, want 6 tasks over 2 deals, all completed",
			r.Tasks, r.Deals, r.TasksPerDeal, r.Completed, r.Failed, progressed)
	}
	if r.InFlight != 2 || !r.GroupDeals {
		t.Errorf("in flight %d, group deals %v; want 2 (the default, bounded by the deals) and true", r.InFlight, r.GroupDeals)
	}
	// The gas is broken down by the hub's method: the two matches and the workers'
	// result batches, adding up to the gas per task.
	var gas uint64
	for _, u := range r.GasByMethod {
		gas += u.Gas
	}
	// A worker's batches of both deals may share a transaction (the hub's multicall).
	batches := r.GasByMethod["contributeAndFinalizeBatch"].Txs + r.GasByMethod["multicall of contributeAndFinalizeBatch"].Txs
	if r.GasByMethod["matchOrders"].Txs != 2 || batches < 1 || len(r.GasByMethod) > 3 || gas/6 != r.GasPerTask {
		t.Errorf("gas by method %+v (%d in all), gas per task %d: want 2 matches, result batches alone or in a multicall, and gas / 6 = gas per task",
			r.GasByMethod, gas, r.GasPerTask)
	}
	if len(r.PerDeal) != 2 || r.PerDeal[0].Tasks != 3 || r.PerDeal[1].Tasks != 3 {
		t.Errorf("per deal %+v, want 2 deals of 3 tasks", r.PerDeal)
	}
	if !(r.CPUMsPerTask > 0) || !(r.CPUUtilization > 0) || !(r.TasksPerS > 0) {
		t.Errorf("cpu_ms_per_task %v, cpu_utilization %v, tasks_per_s %v: want > 0", r.CPUMsPerTask, r.CPUUtilization, r.TasksPerS)
	}
	// The follower's reads are counted and divided as documented (the bound on reads per
	// block is requester.TestFollowLargeDealCallsPerBlock's).
	if r.FollowRPCCalls <= 0 || !(r.FollowRPCCallsPerBlock > 0) || r.FollowRPCCallsPerTask != float64(r.FollowRPCCalls)/6 {
		t.Errorf("follow_rpc_calls %d, per task %v, per block %v: want > 0 and per task = calls / 6",
			r.FollowRPCCalls, r.FollowRPCCallsPerTask, r.FollowRPCCallsPerBlock)
	}
	// Every client's JSON-RPC requests are counted by method: the workers' transactions
	// (checked by a simulation before they are sent) and the requester's reads through
	// the same connections; per task is the count / 6.
	if r.RPCCalls["eth_sendRawTransaction"] <= 0 || r.RPCCalls["eth_getLogs"] <= 0 {
		t.Errorf("rpc_calls %v: want the workers' sends and the follower's log reads counted", r.RPCCalls)
	}
	if r.RPCCalls["eth_simulateV1"] <= 0 {
		t.Errorf("rpc_calls %v: the transactions were not simulated before being sent", r.RPCCalls)
	}
	for m, n := range r.RPCCalls {
		if r.RPCCallsPerTask[m] != float64(n)/6 {
			t.Errorf("rpc_calls_per_task[%s] = %v, want %d / 6", m, r.RPCCallsPerTask[m], n)
		}
	}
	for _, s := range []localnet.Stages{r.StagesMsP50, r.StagesMsP90} {
		xs := []float64{s.Seen, s.Assigned, s.Computed, s.Contributed, s.Consensus, s.Revealed, s.Finalized}
		if xs[0] <= 0 {
			t.Errorf("stages %+v: seen should be after the match was sent", s)
		}
		for i := 1; i < len(xs); i++ {
			if xs[i] < xs[i-1] {
				t.Errorf("stages %+v: not monotonic at %d", s, i)
			}
		}
	}
}
