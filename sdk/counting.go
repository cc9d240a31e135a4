package sdk

import (
	"context"
	"math/big"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// CountingBackend is a Backend that counts the chain reads made through it: headers,
// block numbers, logs and view calls (what a follower makes). Benchmarks use it to
// measure the RPC calls a client makes per task or per block: New(ctx,
// &CountingBackend{Backend: b}, hub).
type CountingBackend struct {
	Backend
	calls atomic.Int64
}

// Calls is how many reads were made since the last Reset.
func (b *CountingBackend) Calls() int64 { return b.calls.Load() }

// Reset sets the count back to zero.
func (b *CountingBackend) Reset() { b.calls.Store(0) }

func (b *CountingBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	b.calls.Add(1)
	return b.Backend.HeaderByNumber(ctx, n)
}

func (b *CountingBackend) BlockNumber(ctx context.Context) (uint64, error) {
	b.calls.Add(1)
	return b.Backend.BlockNumber(ctx)
}

func (b *CountingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	b.calls.Add(1)
	return b.Backend.CallContract(ctx, msg, n)
}

func (b *CountingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	b.calls.Add(1)
	return b.Backend.FilterLogs(ctx, q)
}
