package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/pocolabs/poco/chain/bindings"
)

// Deployment holds the addresses of one deployed Poco protocol.
type Deployment struct {
	Token              common.Address `json:"token"`
	AppRegistry        common.Address `json:"appRegistry"`
	DatasetRegistry    common.Address `json:"datasetRegistry"`
	WorkerpoolRegistry common.Address `json:"workerpoolRegistry"`
	Tasks              common.Address `json:"tasks"`
	Hub                common.Address `json:"hub"`
	// Block is the block the hub was deployed in: nothing of the protocol happened before
	// it, so event searches can start there.
	Block uint64 `json:"block,omitempty"`
}

// DeployBackend is what deployment needs from a chain client.
type DeployBackend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// DeployOptions configure Deploy.
type DeployOptions struct {
	// Token is the ERC-20 the protocol counts in. Zero deploys a TestToken (9 decimals)
	// owned by the deployer, with TestTokenSupply minted to the deployer.
	Token           common.Address
	TestTokenSupply *big.Int
	// Owner manages categories; zero means the deployer.
	Owner common.Address
	// Mine, if set, is called once every transaction is sent, and again until they are all
	// mined (the simulated chain's Commit); a real node mines by itself.
	Mine func()
}

// Deploy deploys the registries, the task module and the hub (and a test token if none is
// given), waits until every transaction is mined, and returns their addresses.
func Deploy(ctx context.Context, backend DeployBackend, opts *bind.TransactOpts, o DeployOptions) (*Deployment, error) {
	nonce, err := backend.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading the deployer's nonce: %w", err)
	}
	owner := o.Owner
	if owner == (common.Address{}) {
		owner = opts.From
	}
	var txs []*types.Transaction
	deploy := func(name string, meta *bind.MetaData, input []byte) (common.Address, error) {
		txOpts := *opts
		txOpts.Context = ctx
		txOpts.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		addr, tx, err := bind.DeployContract(&txOpts, common.FromHex(meta.Bin), backend, input)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
		}
		txs = append(txs, tx)
		return addr, nil
	}

	var d Deployment
	d.Token = o.Token
	if d.Token == (common.Address{}) {
		supply := o.TestTokenSupply
		if supply == nil {
			supply = new(big.Int)
		}
		if d.Token, err = deploy("TestToken", &bindings.TestTokenMetaData,
			bindings.NewTestToken().PackConstructor(opts.From, supply)); err != nil {
			return nil, err
		}
	}
	if d.AppRegistry, err = deploy("AppRegistry", &bindings.AppRegistryMetaData, nil); err != nil {
		return nil, err
	}
	if d.DatasetRegistry, err = deploy("DatasetRegistry", &bindings.DatasetRegistryMetaData, nil); err != nil {
		return nil, err
	}
	if d.WorkerpoolRegistry, err = deploy("WorkerpoolRegistry", &bindings.WorkerpoolRegistryMetaData, nil); err != nil {
		return nil, err
	}
	if d.Tasks, err = deploy("PocoTasks", &bindings.PocoTasksMetaData, nil); err != nil {
		return nil, err
	}
	if d.Hub, err = deploy("PocoHub", &bindings.PocoHubMetaData, bindings.NewPocoHub().PackConstructor(
		d.Token, d.AppRegistry, d.DatasetRegistry, d.WorkerpoolRegistry, d.Tasks, owner)); err != nil {
		return nil, err
	}

	if o.Mine != nil {
		// A block may close before every pending transaction is in: mine until every
		// contract has code.
		addrs := []common.Address{d.Token, d.AppRegistry, d.DatasetRegistry, d.WorkerpoolRegistry, d.Tasks, d.Hub}
		for range 20 {
			o.Mine()
			if allDeployed(ctx, backend, addrs) {
				break
			}
		}
	}
	for _, tx := range txs {
		receipt, err := bind.WaitMined(ctx, backend, tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("deploy: waiting for %s: %w", tx.Hash(), err)
		}
		if receipt.Status != types.ReceiptStatusSuccessful {
			return nil, errors.New("deploy: transaction " + tx.Hash().Hex() + " reverted")
		}
		if receipt.ContractAddress == d.Hub {
			d.Block = receipt.BlockNumber.Uint64()
		}
	}
	return &d, nil
}

func allDeployed(ctx context.Context, backend DeployBackend, addrs []common.Address) bool {
	for _, a := range addrs {
		if code, err := backend.CodeAt(ctx, a, nil); err != nil || len(code) == 0 {
			return false
		}
	}
	return true
}
