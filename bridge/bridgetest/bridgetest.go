// Package bridgetest is a test bed for code that follows the bridge: a main chain (chain
// id 31337) with a test token and the bridge's vault, and a pocotest hub chain as the side
// chain with the side bridge, three validators and a threshold of two. It is for tests
// only.
package bridgetest

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
)

// MainChainID is the main chain's id.
var MainChainID = big.NewInt(31337)

// Bed is the two chains with the bridge deployed on both.
type Bed struct {
	Side           *pocotest.Env    // the hub's chain, the side chain
	Main           *chaintest.Chain // Accounts[0] deployed the token and the vault
	MainEP, SideEP *bridge.Endpoint
	Validators     []*ecdsa.PrivateKey
	User           *chaintest.Account // holds 1000 tokens on the main chain (Main.Accounts[1])
}

// New deploys the bed.
func New(t chaintest.TB) *Bed {
	t.Helper()
	ctx := context.Background()
	b := &Bed{Side: pocotest.New(t, pocotest.Options{Workers: 1})}
	b.Main = chaintest.New(t, 3, chaintest.WithBackendOption(func(_ *node.Config, ec *ethconfig.Config) {
		cfg := *ec.Genesis.Config
		cfg.ChainID = new(big.Int).Set(MainChainID)
		ec.Genesis.Config = &cfg
	}))
	var set []common.Address
	for i := range 3 {
		k := chaintest.AccountKey(1000 + i)
		b.Validators = append(b.Validators, k)
		set = append(set, crypto.PubkeyToAddress(k.PublicKey))
	}
	deployer := b.Main.Accounts[0]
	b.User = b.Main.Accounts[1]
	tt := bindings.NewTestToken()
	token := b.Main.Send(t, func() (*types.Transaction, error) {
		_, tx, err := bind.DeployContract(b.Main.TransactOpts(deployer), common.FromHex(bindings.TestTokenMetaData.Bin), b.Main.Client,
			tt.PackConstructor(deployer.Address, big.NewInt(1_000_000*pocotest.RLC)))
		return tx, err
	}).ContractAddress
	b.Main.Send(t, func() (*types.Transaction, error) {
		return bind.NewBoundContract(token, abi.ABI{}, b.Main.Client, b.Main.Client, b.Main.Client).RawTransact(b.Main.TransactOpts(deployer),
			tt.PackTransfer(b.User.Address, big.NewInt(1000*pocotest.RLC)))
	})
	mineMain, mineSide := bridge.WithMine(func() { b.Main.Commit() }), bridge.WithMine(func() { b.Side.Commit() })
	vault, err := bridge.DeployVault(ctx, b.Main.Client, deployer.Key, token, b.Side.ChainID, set, 2, nil, common.Address{}, mineMain)
	if err != nil {
		t.Fatal(err)
	}
	sideBridge, _, err := bridge.DeploySide(ctx, b.Side.Client, b.Side.Owner.Key, "Poco Bridged RLC", "bRLC", MainChainID, set, 2, nil, common.Address{}, mineSide)
	if err != nil {
		t.Fatal(err)
	}
	if b.MainEP, err = bridge.NewEndpoint(ctx, b.Main.Client, vault, mineMain); err != nil {
		t.Fatal(err)
	}
	if b.SideEP, err = bridge.NewEndpoint(ctx, b.Side.Client, sideBridge, mineSide); err != nil {
		t.Fatal(err)
	}
	return b
}

// Execute signs tr with two validators for dst and executes it there from key's account.
func (b *Bed) Execute(t chaintest.TB, dst *bridge.Endpoint, key *ecdsa.PrivateKey, tr bridge.Transfer) common.Hash {
	t.Helper()
	var sigs [][]byte
	for _, k := range b.Validators[:2] {
		sig, err := bridge.Sign(k, tr.Digest(dst.Domain()))
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, sig)
	}
	h, err := dst.Execute(context.Background(), key, tr, sigs)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
