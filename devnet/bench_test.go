package devnet

import (
	"context"
	"errors"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/chain/bindings"
)

// cpuTime is the process's CPU time so far (user + system).
func cpuTime(b *testing.B) time.Duration {
	b.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkDevnetBlock measures what the node costs per transaction and per block under a
// load shaped like `poco bench e2e`'s: 1-s blocks, each iteration one block's worth of
// contract calls (a token transfer, which writes two slots and emits an event, from each
// dev account), each estimated, sent and then followed by receipt polls over WebSocket,
// as the scheduler and the workers do. cpu-µs/tx is the whole process's CPU time (the
// node and this client) per transaction.
//
//	go test ./devnet -run '^$' -bench DevnetBlock -benchtime 10x
func BenchmarkDevnetBlock(b *testing.B) {
	const accounts = 16 // transactions per block
	base := b.TempDir()
	cfg := Config{DataDir: base + "/devnet", ConfigPath: base + "/config.json", Accounts: accounts,
		BlockTime: time.Second, NoUserConfig: true, ScryptN: 16, ScryptP: 1} // keys made and read fast
	ctx := context.Background()
	d, err := Start(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	c, err := ethclient.Dial(d.WSEndpoint())
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	keys := devKeys(b, d)
	token := d.Deployment().Token
	tokenABI := bindings.NewTestToken()
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(d.ChainID()))
	nonces := map[int]uint64{}
	for i, a := range d.Accounts() {
		if nonces[i], err = c.PendingNonceAt(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	// Start on a block boundary.
	waitHead := func(after uint64) uint64 {
		for {
			n, err := c.BlockNumber(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if n > after {
				return n
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	startHead := waitHead(d.Head())

	b.ResetTimer()
	cpu0 := cpuTime(b)
	for range b.N {
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		hashes := make([]common.Hash, 0, accounts)
		for i, a := range d.Accounts() {
			data := tokenABI.PackTransfer(d.Accounts()[(i+1)%accounts], big.NewInt(1))
			gas, err := c.EstimateGas(ctx, ethereum.CallMsg{From: a, To: &token, Data: data})
			if err != nil {
				b.Fatalf("estimate: %v", err)
			}
			tip := big.NewInt(1e9)
			tx, err := types.SignNewTx(keys[a], signer, &types.DynamicFeeTx{Nonce: nonces[i], To: &token, Gas: gas,
				GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Data: data})
			if err != nil {
				b.Fatal(err)
			}
			if err := c.SendTransaction(ctx, tx); err != nil {
				b.Fatalf("send: %v", err)
			}
			nonces[i]++
			hashes = append(hashes, tx.Hash())
		}
		// Poll for the last one's receipt, then read each.
		for {
			_, err := c.TransactionReceipt(ctx, hashes[len(hashes)-1])
			if err == nil {
				break
			}
			if !errors.Is(err, ethereum.NotFound) {
				b.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond)
		}
		for _, h := range hashes {
			r, err := c.TransactionReceipt(ctx, h)
			if err != nil {
				b.Fatalf("receipt of %s: %v", h, err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				b.Fatalf("transaction %s reverted", h)
			}
		}
	}
	cpu := cpuTime(b) - cpu0
	b.StopTimer()
	blocks := d.Head() - startHead
	txs := b.N * accounts
	b.ReportMetric(float64(cpu.Microseconds())/float64(txs), "cpu-µs/tx")
	b.ReportMetric(float64(txs)/float64(max(blocks, 1)), "tx/block")
	b.ReportMetric(0, "ns/op")
}
