package sdk_test

import (
	"context"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/sdk"
)

// A requester against a running devnet: deposit, sign a request for published orders,
// match, and look at the tasks.
func Example() {
	ctx := context.Background()
	key, _ := crypto.HexToECDSA(os.Getenv("POCO_KEY"))
	hub := common.HexToAddress(os.Getenv("POCO_HUB"))
	c, err := sdk.Dial(ctx, "http://127.0.0.1:8545", hub, sdk.WithKey(key))
	if err != nil {
		fmt.Println(err) // no Poco hub at 0x… on chain 1337: is the address right, is the devnet running?
		return
	}
	defer c.Close()

	if _, err := c.Deposit(ctx, sdk.RLC(50)); err != nil {
		fmt.Println(err)
		return
	}
	// Signed app and workerpool orders, e.g. from files written by their owners.
	appOrder, _ := sdk.ParseSignedOrder(must(os.ReadFile("app-order.json")))
	poolOrder, _ := sdk.ParseSignedOrder(must(os.ReadFile("pool-order.json")))
	app, pool := appOrder.(sdk.SignedAppOrder), poolOrder.(sdk.SignedWorkerpoolOrder)

	request := sdk.RequestFor(c.Address(), app.Order, nil, pool.Order, 10)
	request.Params = `{"args":"--n 42"}`
	signed, err := c.SignRequestOrder(request)
	if err != nil {
		fmt.Println(err)
		return
	}
	deal, err := c.MatchOrders(ctx, sdk.MatchInput{App: app, Workerpool: pool, Request: signed})
	if sdk.IsCode(err, "PocoInsufficientFreeBalance") {
		fmt.Println(err) // your free balance is 12 RLC; this needs 40 RLC: deposit 28 more (poco account deposit 28)
		return
	}
	if err != nil {
		fmt.Println(err)
		return
	}
	tasks, _ := c.DealTasks(ctx, deal)
	for _, t := range tasks {
		fmt.Println(t.Index, t.Status, t.ResultDigest.Hex())
	}
}

// On go-ethereum's simulated chain, WithMiner mines each transaction.
func Example_simulated() {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: big.NewInt(params.Ether)}})
	defer sim.Close()
	d, err := chain.Deploy(ctx, sim.Client(), bind.NewKeyedTransactor(key, big.NewInt(1337)),
		chain.DeployOptions{TestTokenSupply: sdk.RLC(1000), Mine: func() { sim.Commit() }})
	if err != nil {
		fmt.Println(err)
		return
	}

	c, err := sdk.New(ctx, sim.Client(), d.Hub, sdk.WithKey(key), sdk.WithMiner(func() { sim.Commit() }))
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := c.Deposit(ctx, sdk.RLC(40)); err != nil {
		fmt.Println(err)
		return
	}
	bal, _ := c.Account(ctx, me)
	fmt.Println("free:", sdk.FormatRLC(bal.Free))

	_, err = c.Withdraw(ctx, sdk.RLC(52))
	fmt.Println(err)

	app, _ := c.CreateApp(ctx, sdk.AppSpec{Name: "hello", Type: "WASM", Multiaddr: "/ipfs/bafyhello"})
	info, _ := c.App(ctx, app)
	fmt.Println(info.Name, info.Type, info.Owner == me)
	// Output:
	// free: 40 RLC
	// your free balance is 40 RLC; you cannot withdraw 52 RLC
	// hello WASM true
}

func must(b []byte, err error) []byte {
	if err != nil {
		return nil
	}
	return b
}
