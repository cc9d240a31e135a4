// Package sdk is the Go client of the Poco protocol: one typed method for every on-chain
// operation, with gas limits, receipts, and errors a person can read.
//
// A Client talks to one PocoHub through go-ethereum's client interfaces ([Backend]), so the
// same code runs against the simulated chain of the tests, the devnet's embedded node or
// any JSON-RPC endpoint. It covers:
//
//   - assets: [Client.CreateApp], [Client.CreateDataset], [Client.CreateWorkerpool], their
//     views, counts and transfers, and workerpool policies;
//   - categories: [Client.Categories], [Client.CreateCategory];
//   - accounts: [Client.Deposit] (approveAndCall in one transaction when the token has it),
//     [Client.Withdraw], [Client.Account], [Client.Score], [Client.Kitty], and the workers'
//     rewards still vesting: [Client.Vesting], [Client.ReleaseVested];
//   - orders: builders ([NewAppOrder], [NewRequestOrder], ...), signing, presigning,
//     cancelling, consumed volumes, JSON files of signed orders;
//   - deals: [Client.MatchOrders] (with local checks that explain a refusal before any
//     transaction is sent), [Client.Deal], [Client.DealOfTask], deals by requester or workerpool;
//   - tasks: [Client.Task] with its contributions, consensus and result; the worker and
//     scheduler operations (contribute, reveal with the scheduler's permit
//     [Client.SignRevealPermit], finalize, contributeAndFinalize, claim, and their batches);
//   - events: [Client.Events] for a block range and [Client.Follow] to follow the hub.
//
// Every write method checks the transaction before sending it (a revert is decoded and
// nothing is sent), signs with the client's key, sends, waits for the receipt and turns a
// failed receipt into an error too. Reverts become an [*Error] whose message is a
// sentence, such as "your free balance is 12 RLC; this needs 40 RLC: deposit 28 more
// (poco account deposit 28)", and whose Code is the contract's custom error name, for
// [IsCode].
//
// The check and the gas limit come from one run of the transaction with eth_simulateV1,
// on the latest head's state in a block one second later: it tells whether the
// transaction succeeds and the gas it needs (its peak use, grown by 64/63 as the node's
// own estimate starts). Where the node cannot simulate (no eth_simulateV1), or the run
// fails, the client asks eth_estimateGas, which runs the transaction several times and
// explains a failure. A transaction asks for that figure plus a quarter, never more than
// one transaction may use: [MaxTxGas] (2^24, EIP-7825, Ethereum mainnet since Osaka) or
// the block gas limit if lower. A transaction whose need is over that cap is not sent:
// the error matches [ErrTooMuchGas] (a [*GasError] with the figures), and a batch that
// gets it should be split; [BatchSizer] sizes batches by the gas earlier ones used.
//
// The client keeps its account's nonce, one more per transaction sent, so a transaction
// costs no nonce read. It reads the node's count (pending transactions included) on its
// first transaction, after any refused send, after a transaction not mined in time or a
// dropped head subscription (the node may have lost its pool), and every 30 seconds; a
// transaction refused because its nonce was taken (another sender of the same key) is
// sent again with the node's count.
//
// Receipts are waited for on new heads: on a connection that can subscribe (WebSocket,
// IPC, the simulated chain) the client keeps one new-head subscription, shared by every
// transaction it waits for, and reads each waiting receipt once per new head after the
// one it was sent at, so a receipt is seen a moment after its block and read once. Without
// one (HTTP), or while a dropped one is opened again, it polls every tenth of the block
// time ([WithBlockTime], between 10 ms and 1 s). The head it announces, and one gas price
// suggestion per head, also spare the calls of the next transactions sent.
// [Client.Close] closes the subscription. [RPCCalls] counts the JSON-RPC requests of the
// connections [Dial] opened in the process, by method.
//
// Amounts are in the token's smallest unit (9 decimals); [ParseRLC] and [FormatRLC]
// convert from and to text.
//
// Usage, against a running devnet (see the package examples for a complete program, and
// one on go-ethereum's simulated chain):
//
//	c, err := sdk.Dial(ctx, "http://127.0.0.1:8545", hub, sdk.WithKey(key))
//	if err != nil {
//		return err // "no Poco hub at 0x… on chain 1337: is the address right, is the devnet running?"
//	}
//	defer c.Close()
//	if _, err := c.Deposit(ctx, sdk.RLC(50)); err != nil {
//		return err
//	}
//	request := sdk.RequestFor(c.Address(), appOrder.Order, nil, poolOrder.Order, 10)
//	signed, err := c.SignRequestOrder(request)
//	if err != nil {
//		return err
//	}
//	deal, err := c.MatchOrders(ctx, sdk.MatchInput{App: appOrder, Workerpool: poolOrder, Request: signed})
//	if err != nil {
//		return err // e.g. "your free balance is 12 RLC; this needs 40 RLC: deposit 28 more (poco account deposit 28)"
//	}
//	tasks, err := c.DealTasks(ctx, deal)
//
// DealTasks reads each task (a view call per task and per contribution): to follow a large
// deal, read its tasks' status changes from the hub's events instead, block range by block
// range, with DealTaskChanges (two eth_getLogs whatever the number of tasks), as
// requester.Follow does.
//
// On go-ethereum's simulated backend, pass WithMiner so each transaction is mined:
//
//	c, err := sdk.New(ctx, sim.Client(), hub, sdk.WithKey(key), sdk.WithMiner(func() { sim.Commit() }))
package sdk
