package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
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
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// DeployOptions configure Deploy.
type DeployOptions struct {
	// Token is the ERC-20 the protocol counts in. Zero deploys a TestToken (9 decimals)
	// owned by the deployer, with TestTokenSupply minted to the deployer.
	Token           common.Address
	TestTokenSupply *big.Int
	// Owner manages categories; zero means the deployer.
	Owner common.Address
	// Mine, if set, is called once the transactions of a step are sent, and again until
	// they are all mined (the simulated chain's Commit); a real node mines by itself.
	Mine func()
	// PollInterval is how often receipts are asked for while waiting: default 10ms with
	// Mine, else one second.
	PollInterval time.Duration
	// State, if set, is the progress of this deployment, as a previous interrupted run left
	// it (or empty for a new one): Deploy resumes it and records in it every transaction
	// before sending it and every contract once mined, calling Save after each change, so
	// that a crash at any point loses nothing and never deploys a contract twice.
	State *DeployState
	// Save persists State (e.g. writes it to a file atomically); nil keeps it in memory.
	Save func(*DeployState) error
	// Report, if set, is told of each contract once it is sent (Block 0) and once mined.
	Report func(DeployedContract)
}

// Contract names as Deploy records them (the artifacts' names).
const (
	ContractTestToken          = "TestToken"
	ContractAppRegistry        = "AppRegistry"
	ContractDatasetRegistry    = "DatasetRegistry"
	ContractWorkerpoolRegistry = "WorkerpoolRegistry"
	ContractTasks              = "PocoTasks"
	ContractHub                = "PocoHub"
)

// DeployState is the progress of one deployment: what it deploys, by whom, and each
// contract's transaction and address as soon as the transaction is signed. It is JSON so
// that it can be kept in a file between runs.
type DeployState struct {
	ChainID uint64 `json:"chainId"`
	// Genesis is the chain's genesis block hash, which tells apart two chains with one
	// chain id (a development chain started afresh); Deploy leaves it to the caller.
	Genesis  common.Hash    `json:"genesis,omitempty"`
	Deployer common.Address `json:"deployer"`
	Owner    common.Address `json:"owner"`
	// Token is the existing ERC-20 the protocol uses; zero when a TestToken is deployed.
	Token           common.Address `json:"token"`
	TestTokenSupply *hexutil.Big   `json:"testTokenSupply,omitempty"`
	// Contracts are the contracts sent so far, in order.
	Contracts []DeployedContract `json:"contracts"`
	// Deployment is set once every contract is mined.
	Deployment *Deployment `json:"deployment,omitempty"`
}

// DeployedContract is one contract of a deployment.
type DeployedContract struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	Nonce   uint64         `json:"nonce"`
	Tx      common.Hash    `json:"tx"`
	// RawTx is the signed transaction, kept until it is mined so that it can be sent
	// again if the node forgot it.
	RawTx hexutil.Bytes `json:"rawTx,omitempty"`
	// Block is the block it was mined in; 0 while it is not known to be mined.
	Block uint64 `json:"block,omitempty"`
	// Mined is true once the contract has code on the chain.
	Mined bool `json:"mined,omitempty"`
}

// Contract returns the named contract of the deployment, or nil.
func (s *DeployState) Contract(name string) *DeployedContract {
	for i := range s.Contracts {
		if s.Contracts[i].Name == name {
			return &s.Contracts[i]
		}
	}
	return nil
}

func (s *DeployState) drop(name string) {
	s.Contracts = slices.DeleteFunc(s.Contracts, func(c DeployedContract) bool { return c.Name == name })
}

// deployStep is one contract to deploy.
type deployStep struct {
	name  string
	meta  *bind.MetaData
	input func() []byte
	addr  *common.Address
}

// Deploy deploys the registries, the task module and the hub (and a test token if none is
// given), waits until every transaction is mined, and returns their addresses. The token,
// the registries and the task module are sent together; the hub, which records their
// addresses, only once they all have code. With o.State it resumes an interrupted
// deployment: contracts already mined are kept, transactions sent are waited for (and
// sent again if the node forgot them), and only the rest is deployed.
func Deploy(ctx context.Context, backend DeployBackend, opts *bind.TransactOpts, o DeployOptions) (*Deployment, error) {
	st := o.State
	if st == nil {
		st = &DeployState{}
	}
	owner := o.Owner
	if owner == (common.Address{}) {
		owner = opts.From
	}
	if st.Deployment != nil {
		return st.Deployment, nil
	}
	if len(st.Contracts) > 0 {
		// Resuming: it must be the same deployment.
		switch {
		case st.Deployer != opts.From:
			return nil, fmt.Errorf("deploy: the deployment in progress is by %s, not %s", st.Deployer, opts.From)
		case st.Token != o.Token:
			return nil, fmt.Errorf("deploy: the deployment in progress uses token %s, not %s", tokenName(st.Token), tokenName(o.Token))
		case st.Owner != owner:
			return nil, fmt.Errorf("deploy: the deployment in progress makes %s the hub's owner, not %s", st.Owner, owner)
		}
	}
	st.Deployer, st.Owner, st.Token = opts.From, owner, o.Token
	if o.Token == (common.Address{}) && st.TestTokenSupply == nil {
		supply := o.TestTokenSupply
		if supply == nil {
			supply = new(big.Int)
		}
		st.TestTokenSupply = (*hexutil.Big)(new(big.Int).Set(supply))
	}
	poll := o.PollInterval
	if poll == 0 {
		poll = time.Second
		if o.Mine != nil {
			poll = 10 * time.Millisecond
		}
	}
	dp := &deployer{ctx: ctx, backend: backend, opts: opts, o: o, st: st, poll: poll}
	if err := dp.save(); err != nil {
		return nil, err
	}

	var d Deployment
	d.Token = o.Token
	var first []deployStep
	if d.Token == (common.Address{}) {
		first = append(first, deployStep{ContractTestToken, &bindings.TestTokenMetaData, func() []byte {
			return bindings.NewTestToken().PackConstructor(opts.From, st.TestTokenSupply.ToInt())
		}, &d.Token})
	}
	first = append(first,
		deployStep{ContractAppRegistry, &bindings.AppRegistryMetaData, nil, &d.AppRegistry},
		deployStep{ContractDatasetRegistry, &bindings.DatasetRegistryMetaData, nil, &d.DatasetRegistry},
		deployStep{ContractWorkerpoolRegistry, &bindings.WorkerpoolRegistryMetaData, nil, &d.WorkerpoolRegistry},
		deployStep{ContractTasks, &bindings.PocoTasksMetaData, nil, &d.Tasks},
	)
	if err := dp.run(first); err != nil {
		return nil, err
	}
	hub := deployStep{ContractHub, &bindings.PocoHubMetaData, func() []byte {
		return bindings.NewPocoHub().PackConstructor(d.Token, d.AppRegistry, d.DatasetRegistry, d.WorkerpoolRegistry, d.Tasks, owner)
	}, &d.Hub}
	if err := dp.run([]deployStep{hub}); err != nil {
		return nil, err
	}
	d.Block = st.Contract(ContractHub).Block
	st.Deployment = &d
	if err := dp.save(); err != nil {
		return nil, err
	}
	return &d, nil
}

// maxPollsWithoutReceipt is how many polls find a contract's code but not its receipt
// before the contract is taken as mined in an unknown block.
const maxPollsWithoutReceipt = 30

// notFound reports whether err says the node does not have (or not yet) what was asked:
// geth answers "transaction indexing is in progress" for a receipt while it indexes.
func notFound(err error) bool {
	return errors.Is(err, ethereum.NotFound) || err != nil && strings.Contains(err.Error(), "indexing is in progress")
}

func tokenName(a common.Address) string {
	if a == (common.Address{}) {
		return "a new test token"
	}
	return a.Hex()
}

// deployer runs the steps of one Deploy call.
type deployer struct {
	ctx     context.Context
	backend DeployBackend
	opts    *bind.TransactOpts
	o       DeployOptions
	st      *DeployState
	poll    time.Duration
}

func (dp *deployer) save() error {
	if dp.o.Save == nil {
		return nil
	}
	if err := dp.o.Save(dp.st); err != nil {
		return fmt.Errorf("deploy: recording the progress: %w", err)
	}
	return nil
}

func (dp *deployer) report(c DeployedContract) {
	if dp.o.Report != nil {
		dp.o.Report(c)
	}
}

// run deploys steps (independent of each other) and waits until all are mined, setting
// each step's address.
func (dp *deployer) run(steps []deployStep) error {
	ctx := dp.ctx
	// First what an earlier run sent: is it mined, still pending, or lost?
	for _, s := range steps {
		c := dp.st.Contract(s.name)
		if c == nil || c.Mined {
			continue
		}
		if err := dp.recover(c); err != nil {
			return err
		}
	}
	var nonce uint64
	haveNonce := false
	for _, s := range steps {
		if dp.st.Contract(s.name) != nil {
			continue
		}
		if !haveNonce {
			n, err := dp.backend.PendingNonceAt(ctx, dp.opts.From)
			if err != nil {
				return fmt.Errorf("deploy: reading the deployer's nonce: %w", err)
			}
			// A node may not count yet a transaction just sent again by recover (its
			// pool promotes them in the background): never reuse a recorded nonce.
			for _, c := range dp.st.Contracts {
				n = max(n, c.Nonce+1)
			}
			nonce, haveNonce = n, true
		}
		var input []byte
		if s.input != nil {
			input = s.input()
		}
		txOpts := *dp.opts
		txOpts.Context = ctx
		txOpts.Nonce = new(big.Int).SetUint64(nonce)
		txOpts.NoSend = true
		addr, tx, err := bind.DeployContract(&txOpts, common.FromHex(s.meta.Bin), dp.backend, input)
		if err != nil {
			return fmt.Errorf("deploy %s: %w", s.name, err)
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			return fmt.Errorf("deploy %s: %w", s.name, err)
		}
		// Recorded before it is sent: a crash right after sending finds it on resume.
		dp.st.Contracts = append(dp.st.Contracts, DeployedContract{
			Name: s.name, Address: addr, Nonce: nonce, Tx: tx.Hash(), RawTx: raw,
		})
		if err := dp.save(); err != nil {
			return err
		}
		if err := dp.backend.SendTransaction(ctx, tx); err != nil {
			dp.st.drop(s.name)
			return errors.Join(fmt.Errorf("deploy %s: sending the transaction: %w", s.name, err), dp.save())
		}
		nonce++
		dp.report(*dp.st.Contract(s.name))
	}
	if err := dp.wait(steps); err != nil {
		return err
	}
	for _, s := range steps {
		*s.addr = dp.st.Contract(s.name).Address
	}
	return nil
}

// recover finds out what became of a contract's transaction sent by an earlier run: mined
// (recorded), pending (left to wait), or unknown to the node, which then gets it again if
// its nonce is still free, and else forgets it so that it is deployed anew.
func (dp *deployer) recover(c *DeployedContract) error {
	ctx := dp.ctx
	if r, err := dp.backend.TransactionReceipt(ctx, c.Tx); err == nil {
		return dp.mined(c, r)
	} else if !notFound(err) {
		return fmt.Errorf("deploy %s: reading the receipt of %s: %w", c.Name, c.Tx, err)
	}
	if _, _, err := dp.backend.TransactionByHash(ctx, c.Tx); err == nil {
		return nil // pending
	} else if !notFound(err) {
		return fmt.Errorf("deploy %s: looking up %s: %w", c.Name, c.Tx, err)
	}
	nonce, err := dp.backend.NonceAt(ctx, dp.st.Deployer, nil)
	if err != nil {
		return fmt.Errorf("deploy: reading the deployer's nonce: %w", err)
	}
	if nonce > c.Nonce {
		// Its nonce is used: by it if the contract has code (its receipt is not indexed
		// yet, or the node keeps none; wait tells), else by something else.
		if code, err := dp.backend.CodeAt(ctx, c.Address, nil); err == nil && len(code) > 0 {
			return nil
		}
		dp.st.drop(c.Name)
		return dp.save()
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(c.RawTx); err == nil {
		if err = dp.backend.SendTransaction(ctx, tx); err == nil || strings.Contains(err.Error(), "already known") {
			return nil
		}
	}
	// Not accepted again (fees moved on, say): sign it anew.
	dp.st.drop(c.Name)
	return dp.save()
}

// mined records a contract's receipt.
func (dp *deployer) mined(c *DeployedContract, r *types.Receipt) error {
	if r.Status != types.ReceiptStatusSuccessful {
		name, tx := c.Name, c.Tx
		dp.st.drop(name) // deployed anew next time
		return errors.Join(fmt.Errorf("deploy %s: transaction %s reverted (block %d, %d gas used)", name, tx, r.BlockNumber, r.GasUsed), dp.save())
	}
	c.Mined, c.Block, c.RawTx = true, r.BlockNumber.Uint64(), nil
	if r.ContractAddress != (common.Address{}) {
		c.Address = r.ContractAddress
	}
	dp.report(*c)
	return dp.save()
}

// wait waits until every step's contract is mined.
func (dp *deployer) wait(steps []deployStep) error {
	ctx := dp.ctx
	noReceipt := map[string]int{} // polls that found the code but no receipt
	for {
		if dp.o.Mine != nil {
			dp.o.Mine()
		}
		left := 0
		for _, s := range steps {
			c := dp.st.Contract(s.name)
			if c.Mined {
				continue
			}
			r, err := dp.backend.TransactionReceipt(ctx, c.Tx)
			if notFound(err) {
				if code, err := dp.backend.CodeAt(ctx, c.Address, nil); err == nil && len(code) > 0 {
					if noReceipt[c.Name]++; noReceipt[c.Name] >= maxPollsWithoutReceipt {
						// A node that keeps no receipts: mined, block unknown.
						c.Mined, c.RawTx = true, nil
						dp.report(*c)
						if err := dp.save(); err != nil {
							return err
						}
						continue
					}
				}
				left++
				continue
			}
			if err != nil {
				return fmt.Errorf("deploy %s: waiting for %s: %w", c.Name, c.Tx, err)
			}
			if err := dp.mined(c, r); err != nil {
				return err
			}
		}
		if left == 0 {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("deploy: waiting for the transactions to be mined: %w", ctx.Err())
		case <-time.After(dp.poll):
		}
	}
	for _, s := range steps {
		c := dp.st.Contract(s.name)
		code, err := dp.backend.CodeAt(ctx, c.Address, nil)
		if err != nil {
			return fmt.Errorf("deploy %s: reading its code: %w", c.Name, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("deploy %s: transaction %s is mined but %s has no code", c.Name, c.Tx, c.Address)
		}
	}
	return nil
}
