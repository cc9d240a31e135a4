package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
)

// setup deploys the protocol (account 0 deploys it and gets the whole token supply), then
// gives every account TokensPerAccount and deposits DepositPerAccount of them into the hub.
func (d *Devnet) setup(ctx context.Context, keys []*keystore.Key) (*chain.Deployment, error) {
	chainID := new(big.Int).SetUint64(d.st.ChainID)
	opts := func(i int) *bind.TransactOpts {
		o := bind.NewKeyedTransactor(keys[i].PrivateKey, chainID)
		o.Context = ctx
		return o
	}
	n := len(keys)
	supply := new(big.Int).Mul(TokensPerAccount, big.NewInt(int64(n)))

	var tokenAddr common.Address
	if d.cfg.Token != nil {
		addrs := make([]common.Address, n)
		for i, k := range keys {
			addrs[i] = k.Address
		}
		d.log.Info("devnet: deploying the token")
		var err error
		if tokenAddr, err = d.cfg.Token(ctx, TokenSetup{Client: d.client, ChainID: d.st.ChainID, Deployer: keys[0].PrivateKey, Accounts: addrs}); err != nil {
			return nil, fmt.Errorf("devnet: deploying the token: %w", err)
		}
	}
	d.log.Info("devnet: deploying the protocol")
	dep, err := chain.Deploy(ctx, d.client, opts(0), chain.DeployOptions{
		Token:           tokenAddr,
		TestTokenSupply: supply,
		// Deploy then waits for each receipt, polling once a second: wait here, faster,
		// until the pool has handed every transaction to a block.
		Mine: func() { d.waitPoolEmpty(ctx) },
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	if d.cfg.Token != nil {
		return dep, nil // the token's issuer funds the accounts
	}

	d.log.Info("devnet: funding the dev accounts", "accounts", n)
	tokenABI, hubABI := bindings.NewTestToken(), bindings.NewPoco()
	token := bind.NewBoundContract(dep.Token, abi.ABI{}, d.client, d.client, d.client)
	hub := bind.NewBoundContract(dep.Hub, abi.ABI{}, d.client, d.client, d.client)
	// Several transactions per account are in flight at once: count their nonces here
	// rather than asking the node, whose pending count can lag behind what was just sent.
	nonces := map[int]uint64{}
	var txs []pendingTx
	send := func(what string, c *bind.BoundContract, from int, data []byte) error {
		nonce, ok := nonces[from]
		if !ok {
			if nonce, err = d.client.PendingNonceAt(ctx, keys[from].Address); err != nil {
				return fmt.Errorf("devnet: %s: %w", what, err)
			}
		}
		o := opts(from)
		o.Nonce = new(big.Int).SetUint64(nonce)
		tx, err := c.RawTransact(o, data)
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", what, err)
		}
		nonces[from] = nonce + 1
		txs = append(txs, pendingTx{what, tx})
		return nil
	}
	for i := 1; i < n; i++ {
		if err := send(fmt.Sprintf("transferring tokens to account %d", i), token, 0,
			tokenABI.PackTransfer(keys[i].Address, TokensPerAccount)); err != nil {
			return nil, err
		}
	}
	for i := range n {
		if err := send(fmt.Sprintf("approving the hub for account %d", i), token, i,
			tokenABI.PackApprove(dep.Hub, DepositPerAccount)); err != nil {
			return nil, err
		}
	}
	if err := d.waitMined(ctx, txs); err != nil {
		return nil, err
	}
	txs = txs[:0]
	for i := range n {
		if err := send(fmt.Sprintf("depositing for account %d", i), hub, i,
			hubABI.PackDeposit(DepositPerAccount)); err != nil {
			return nil, err
		}
	}
	if err := d.waitMined(ctx, txs); err != nil {
		return nil, err
	}
	return dep, nil
}

type pendingTx struct {
	what string
	tx   *types.Transaction
}

const pollInterval = 10 * time.Millisecond

// waitMined waits until every transaction is mined and fails if one reverted.
func (d *Devnet) waitMined(ctx context.Context, txs []pendingTx) error {
	for _, p := range txs {
		for {
			r, err := d.client.TransactionReceipt(ctx, p.tx.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return fmt.Errorf("devnet: %s: transaction %s reverted", p.what, p.tx.Hash())
				}
				break
			}
			if !errors.Is(err, ethereum.NotFound) {
				return fmt.Errorf("devnet: %s: %w", p.what, err)
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("devnet: %s: %w", p.what, ctx.Err())
			case <-time.After(pollInterval):
			}
		}
	}
	return nil
}

// waitPoolEmpty waits until the transaction pool has nothing left to mine.
func (d *Devnet) waitPoolEmpty(ctx context.Context) {
	for {
		if pending, queued := d.eth.TxPool().Stats(); pending+queued == 0 {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(pollInterval):
		}
	}
}

// Balance is what a dev account holds.
type Balance struct {
	Address common.Address
	Ether   *big.Int // wei
	Tokens  *big.Int // in its wallet, in token units (RLC has 9 decimals)
	Free    *big.Int // deposited in the hub and free to use
	Locked  *big.Int // deposited in the hub and locked in deals or stakes
}

// Balances returns what each dev account holds at the head block.
func (d *Devnet) Balances(ctx context.Context) ([]Balance, error) {
	tokenABI, hubABI := bindings.NewTestToken(), bindings.NewPoco()
	token := tokenABI.Instance(d.client, d.st.Deployment.Token)
	hub := hubABI.Instance(d.client, d.st.Deployment.Hub)
	opts := &bind.CallOpts{Context: ctx}
	out := make([]Balance, len(d.st.Accounts))
	for i, a := range d.st.Accounts {
		b := Balance{Address: a}
		var err error
		if b.Ether, err = d.client.BalanceAt(ctx, a, nil); err != nil {
			return nil, fmt.Errorf("devnet: balance of %s: %w", a, err)
		}
		if b.Tokens, err = bind.Call(token, opts, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf); err != nil {
			return nil, fmt.Errorf("devnet: token balance of %s: %w", a, err)
		}
		acc, err := bind.Call(hub, opts, hubABI.PackAccount(a), hubABI.UnpackAccount)
		if err != nil {
			return nil, fmt.Errorf("devnet: hub account of %s: %w", a, err)
		}
		b.Free, b.Locked = acc.Free, acc.Locked
		out[i] = b
	}
	return out, nil
}
