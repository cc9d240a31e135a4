package devnet

import (
	"context"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pocolabs/poco/chain"
)

// listenHost is the only interface the JSON-RPC servers listen on.
const listenHost = "127.0.0.1"

// rpcModules are the namespaces served over HTTP and WebSocket.
var rpcModules = []string{"eth", "net", "web3", "txpool"}

// nodeConfig is the node's configuration: the data directory (the node's instance
// directory is DataDir/geth, as geth's), JSON-RPC on 127.0.0.1, no IPC, no peer-to-peer
// networking.
func nodeConfig(cfg Config) *node.Config {
	c := node.DefaultConfig // batch limits, timeouts, body limit
	c.Name = nodeDirName
	c.DataDir = cfg.DataDir
	c.IPCPath = ""
	c.HTTPHost = listenHost
	c.HTTPPort = cfg.HTTPPort
	c.HTTPModules = rpcModules
	// Any web page may read the chain and submit signed transactions: the node holds no
	// unlocked account, and browser apps (explorer, dapps) served from another port need it.
	c.HTTPCors = []string{"*"}
	c.HTTPVirtualHosts = []string{"localhost"} // IP hosts (127.0.0.1) are always accepted
	c.WSHost = listenHost
	c.WSPort = cfg.WSPort
	c.WSModules = rpcModules
	c.WSOrigins = []string{"*"}
	c.P2P = p2p.Config{MaxPeers: 0, NoDiscovery: true, NoDial: true, ListenAddr: ""}
	c.Logger = log.NewLogger(minLevel{min: slog.LevelWarn, Handler: cfg.Logger.Handler()})
	return &c
}

// ethConfig is the eth service's configuration: a full-sync archive node (hash-based state
// storage, every block's state committed when the block is inserted, nothing pruned), so
// the chain resumes exactly where it was even after an unclean exit, and old state stays
// queryable. Caches are small: a devnet's state is.
func ethConfig(genesis *core.Genesis, chainID uint64, zeroFee bool) *ethconfig.Config {
	ec := ethconfig.Defaults
	ec.Genesis = genesis
	ec.NetworkId = chainID
	ec.SyncMode = ethconfig.FullSync
	ec.StateScheme = rawdb.HashScheme
	ec.NoPruning = true
	ec.TransactionHistory = 0 // index every transaction
	// eth_getLogs searches block by block (bloom filters) rather than through the log
	// index, which is built in the background: results are complete at once, as with the
	// simulated backend.
	ec.LogNoHistory = true
	ec.TxPool.NoLocals = true // no journal of local transactions to resubmit
	ec.Miner.GasCeil = GasLimit
	if zeroFee {
		ec.Miner.GasCeil = ZeroFeeGasLimit // the limit stays where the genesis put it
	}
	ec.RPCGasCap = GasLimit
	ec.DatabaseCache = 64
	ec.DatabaseHandles = 256
	ec.TrieCleanCache = 64
	ec.TrieDirtyCache = 0
	ec.SnapshotCache = 0 // no state snapshot: nothing to sync, nothing to regenerate
	// No speculative execution of a block's transactions ahead of its import: the block
	// was just built here, its state is in memory, and the miner already ran every
	// transaction (filling the precompile and jump-destination caches the import reads),
	// so the prefetcher would only run the block a third time on another core.
	ec.NoPrefetch = true
	return &ec
}

// newGenesis is the devnet's genesis: mainnet rules up to Prague, the system contracts
// those forks call, and EtherPerAccount for every dev account (none on a zeroFee chain,
// where only the clock account holds ether, for its fixed tip).
func newGenesis(accounts []common.Address, timestamp, chainID uint64, zeroFee bool) *core.Genesis {
	alloc := core.SystemContractAllocs()
	for _, a := range accounts {
		if zeroFee {
			// A gas-free chain: nobody needs ether, so the dev accounts get none. They
			// start at nonce 1 so that they exist in the state: go-ethereum's transaction
			// pool treats an account absent from the state like an EIP-7702 delegated
			// one and takes at most one of its transactions at a time (a second is
			// refused, "in-flight transaction limit reached for delegated accounts")
			// until its first is mined.
			alloc[a] = types.Account{Balance: new(big.Int), Nonce: 1}
			continue
		}
		alloc[a] = types.Account{Balance: new(big.Int).Set(EtherPerAccount)}
	}
	alloc[ClockAccount] = types.Account{Balance: new(big.Int).Set(EtherPerAccount)}
	g := &core.Genesis{
		Config:     chain.PragueRules(new(big.Int).SetUint64(chainID)),
		Timestamp:  timestamp,
		GasLimit:   GasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
	if zeroFee {
		g.GasLimit, g.BaseFee = ZeroFeeGasLimit, new(big.Int)
	}
	return g
}

// zeroFeeAPI answers a ZeroFee chain's gas price questions: 0.
type zeroFeeAPI struct{}

// GasPrice is eth_gasPrice.
func (zeroFeeAPI) GasPrice(context.Context) (*hexutil.Big, error) { return new(hexutil.Big), nil }

// MaxPriorityFeePerGas is eth_maxPriorityFeePerGas.
func (zeroFeeAPI) MaxPriorityFeePerGas(context.Context) (*hexutil.Big, error) {
	return new(hexutil.Big), nil
}

// minLevel drops records below min, and the node's warnings that say nothing about a
// devnet.
type minLevel struct {
	min slog.Level
	slog.Handler
}

// irrelevant are node warnings that are expected on a devnet.
var irrelevant = map[string]bool{
	"P2P server will be useless, neither dialing nor listening": true,
}

func (h minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h minLevel) Handle(ctx context.Context, r slog.Record) error {
	if irrelevant[r.Message] {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h minLevel) WithAttrs(attrs []slog.Attr) slog.Handler {
	return minLevel{h.min, h.Handler.WithAttrs(attrs)}
}

func (h minLevel) WithGroup(name string) slog.Handler {
	return minLevel{h.min, h.Handler.WithGroup(name)}
}
