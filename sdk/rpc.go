package sdk

import (
	"context"
	"encoding/json"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// rpcCalls counts the JSON-RPC requests made through the connections Dial opened in this
// process, by method (see RPCCalls).
var rpcCalls sync.Map // method → *atomic.Int64

func countRPC(method string, n int64) {
	v, ok := rpcCalls.Load(method)
	if !ok {
		v, _ = rpcCalls.LoadOrStore(method, new(atomic.Int64))
	}
	v.(*atomic.Int64).Add(n)
}

// RPCCalls is how many JSON-RPC requests the clients of this process made through
// connections opened by Dial since the start or the last ResetRPCCalls, by method
// ("eth_call", "eth_estimateGas", …). Benchmarks print it per task:
// what the clients ask of the chain's node. Calls made through a Backend given to New
// are not counted (wrap it in a CountingBackend for that).
func RPCCalls() map[string]int64 {
	out := map[string]int64{}
	rpcCalls.Range(func(k, v any) bool {
		if n := v.(*atomic.Int64).Load(); n > 0 {
			out[k.(string)] = n
		}
		return true
	})
	return out
}

// ResetRPCCalls sets the counts of RPCCalls back to zero.
func ResetRPCCalls() {
	rpcCalls.Range(func(_, v any) bool {
		v.(*atomic.Int64).Store(0)
		return true
	})
}

// RPCCallsSince is RPCCalls less an earlier reading of it.
func RPCCallsSince(before map[string]int64) map[string]int64 {
	out := RPCCalls()
	for k, v := range before {
		if out[k] -= v; out[k] <= 0 {
			delete(out, k)
		}
	}
	return out
}

// dialed is the Backend of a connection opened by Dial: an ethclient.Client whose
// requests are counted by method (RPCCalls), with the raw connection for the calls
// ethclient has no method for.
type dialed struct {
	*ethclient.Client
	rc *rpc.Client
}

func newDialed(rc *rpc.Client) *dialed { return &dialed{Client: ethclient.NewClient(rc), rc: rc} }

func (d *dialed) ChainID(ctx context.Context) (*big.Int, error) {
	countRPC("eth_chainId", 1)
	return d.Client.ChainID(ctx)
}

func (d *dialed) BlockNumber(ctx context.Context) (uint64, error) {
	countRPC("eth_blockNumber", 1)
	return d.Client.BlockNumber(ctx)
}

func (d *dialed) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	countRPC("eth_getBlockByNumber", 1)
	return d.Client.HeaderByNumber(ctx, n)
}

func (d *dialed) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	countRPC("eth_getBlockByHash", 1)
	return d.Client.HeaderByHash(ctx, h)
}

func (d *dialed) BlockByNumber(ctx context.Context, n *big.Int) (*types.Block, error) {
	countRPC("eth_getBlockByNumber", 1)
	return d.Client.BlockByNumber(ctx, n)
}

func (d *dialed) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	countRPC("eth_getCode", 1)
	return d.Client.CodeAt(ctx, a, n)
}

func (d *dialed) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	countRPC("eth_getCode", 1)
	return d.Client.PendingCodeAt(ctx, a)
}

func (d *dialed) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	countRPC("eth_getBalance", 1)
	return d.Client.BalanceAt(ctx, a, n)
}

func (d *dialed) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	countRPC("eth_getTransactionCount", 1)
	return d.Client.NonceAt(ctx, a, n)
}

func (d *dialed) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	countRPC("eth_getTransactionCount", 1)
	return d.Client.PendingNonceAt(ctx, a)
}

func (d *dialed) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	countRPC("eth_call", 1)
	return d.Client.CallContract(ctx, msg, n)
}

func (d *dialed) PendingCallContract(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
	countRPC("eth_call", 1)
	return d.Client.PendingCallContract(ctx, msg)
}

func (d *dialed) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	countRPC("eth_gasPrice", 1)
	return d.Client.SuggestGasPrice(ctx)
}

func (d *dialed) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	countRPC("eth_maxPriorityFeePerGas", 1)
	return d.Client.SuggestGasTipCap(ctx)
}

func (d *dialed) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	countRPC("eth_estimateGas", 1)
	return d.Client.EstimateGas(ctx, msg)
}

func (d *dialed) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	countRPC("eth_sendRawTransaction", 1)
	return d.Client.SendTransaction(ctx, tx)
}

// FilterLogs is ethclient's, with the answer decoded by decodeLogs (go-ethereum's
// decoder where it gives up).
func (d *dialed) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	countRPC("eth_getLogs", 1)
	arg, err := filterArg(q)
	if err != nil {
		return nil, err
	}
	var raw json.RawMessage
	if err := d.rc.CallContext(ctx, &raw, "eth_getLogs", arg); err != nil {
		return nil, err
	}
	if logs, ok := decodeLogs(raw); ok {
		return logs, nil
	}
	var logs []types.Log
	if err := json.Unmarshal(raw, &logs); err != nil {
		return nil, err
	}
	return logs, nil
}

func (d *dialed) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	countRPC("eth_subscribe", 1)
	return d.Client.SubscribeFilterLogs(ctx, q, ch)
}

func (d *dialed) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	countRPC("eth_subscribe", 1)
	return d.Client.SubscribeNewHead(ctx, ch)
}

func (d *dialed) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	countRPC("eth_getTransactionReceipt", 1)
	return d.Client.TransactionReceipt(ctx, h)
}

func (d *dialed) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	countRPC("eth_getTransactionByHash", 1)
	return d.Client.TransactionByHash(ctx, h)
}

func (d *dialed) SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error) {
	countRPC("eth_simulateV1", 1)
	return d.Client.SimulateV1(ctx, opts, block)
}

// simulateFigures is SimulateV1 decoding only each call's status, gas and error: a
// batch's logs, which the client does not need, are skipped.
func (d *dialed) simulateFigures(ctx context.Context, opts ethclient.SimulateOptions, block *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error) {
	countRPC("eth_simulateV1", 1)
	var out []struct {
		Calls []struct {
			GasUsed    hexutil.Uint64       `json:"gasUsed"`
			MaxUsedGas hexutil.Uint64       `json:"maxUsedGas"`
			Status     hexutil.Uint64       `json:"status"`
			Error      *ethclient.CallError `json:"error"`
		} `json:"calls"`
	}
	if err := d.rc.CallContext(ctx, &out, "eth_simulateV1", opts, block); err != nil {
		return nil, err
	}
	res := make([]ethclient.SimulateBlockResult, len(out))
	for i, b := range out {
		res[i].Calls = make([]ethclient.SimulateCallResult, len(b.Calls))
		for j, c := range b.Calls {
			res[i].Calls[j] = ethclient.SimulateCallResult{GasUsed: uint64(c.GasUsed), MaxUsedGas: uint64(c.MaxUsedGas),
				Status: uint64(c.Status), Error: c.Error}
		}
	}
	return res, nil
}

func (d *dialed) BlockReceipts(ctx context.Context, n rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	countRPC("eth_getBlockReceipts", 1)
	return d.Client.BlockReceipts(ctx, n)
}
