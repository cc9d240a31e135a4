package index_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/bridge/bridgetest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer/index"
)

func TestBridgeIndex(t *testing.T) { eachStore(t, testBridgeIndex) }

// testBridgeIndex: the side bridge's events of the followed chain and the vault's of the
// main chain make the transfers of both directions with their state and the totals.
func testBridgeIndex(t *testing.T, newDSN func() string) {
	ctx := ctxFor(t)
	b := bridgetest.New(t)
	e, main, mainEP, sideEP := b.Side, b.Main, b.MainEP, b.SideEP // e: the side chain
	side, vault := sideEP.Contract(), mainEP.Contract()
	user, holder := b.User, e.Requester
	execute := func(dst *bridge.Endpoint, key *ecdsa.PrivateKey, tr bridge.Transfer) common.Hash {
		t.Helper()
		return b.Execute(t, dst, key, tr)
	}
	units := func(n int64) string { return big.NewInt(n * pocotest.RLC).String() }

	lock0, err := mainEP.Lock(ctx, user.Key, big.NewInt(10*pocotest.RLC), holder.Address, true)
	if err != nil {
		t.Fatal(err)
	}
	_ = lock0 // the side hub is not set: a toHub lock cannot be executed
	lock1, err := mainEP.Lock(ctx, user.Key, big.NewInt(20*pocotest.RLC), holder.Address, false)
	if err != nil {
		t.Fatal(err)
	}
	in1 := execute(sideEP, e.Owner.Key, lock1.Transfer)
	burn0, err := sideEP.Burn(ctx, holder.Key, big.NewInt(4*pocotest.RLC), user.Address)
	if err != nil {
		t.Fatal(err)
	}

	// An index made before the bridge was configured reads its past events once.
	db := open(t, newDSN())
	if err := indexer(t, e, db, index.Config{}).Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if d, err := db.BridgeDeposits(ctx, index.BridgeFilter{SideBridge: side.Hex()}); err != nil || len(d) != 0 {
		t.Fatalf("deposits indexed without the bridge: %+v %v", d, err)
	}
	ix := indexer(t, e, db, index.Config{SideBridge: side, BatchBlocks: 3})
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	mw, err := index.NewMainWatcher(index.MainConfig{Main: mainEP, SideBridge: side, DB: db, BatchBlocks: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := index.NewMainWatcher(index.MainConfig{Main: sideEP, SideBridge: side, DB: db}); err == nil {
		t.Error("a side bridge was taken for the main chain's vault")
	}
	if err := mw.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	f := index.BridgeFilter{SideBridge: side.Hex(), Vault: vault.Hex()}
	deps, err := db.BridgeDeposits(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(deps) != 2 || deps[0].Nonce != 1 || !deps[0].Executed || deps[0].DestTx != in1.Hex() || deps[0].SourceTx != lock1.TxHash.Hex() ||
		deps[0].Amount != units(20) || deps[0].ToHub || deps[0].From != low(user.Address) || deps[0].DestTime.IsZero() || deps[0].SourceTime.IsZero() ||
		deps[1].Nonce != 0 || deps[1].Executed || !deps[1].ToHub || deps[1].Recipient != low(holder.Address) || deps[1].SourceID != lock0.Transfer.SourceID.Hex() {
		t.Errorf("deposits: %+v", deps)
	}
	wd, err := db.BridgeWithdrawals(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(wd) != 1 || wd[0].Executed || wd[0].From != low(holder.Address) || wd[0].Amount != units(4) || wd[0].SourceTx != burn0.TxHash.Hex() {
		t.Errorf("withdrawals: %+v", wd)
	}
	// An account's transfers: the user locked twice and receives the burn; a stranger has none.
	f.Account = user.Address.Hex()
	if d, _ := db.BridgeDeposits(ctx, f); len(d) != 2 {
		t.Errorf("the user's deposits: %+v", d)
	}
	if w, _ := db.BridgeWithdrawals(ctx, f); len(w) != 1 {
		t.Errorf("the user's withdrawals: %+v", w)
	}
	f.Account = e.Workers[0].Address.Hex()
	if d, _ := db.BridgeDeposits(ctx, f); len(d) != 0 {
		t.Errorf("a stranger's deposits: %+v", d)
	}
	f.Account, f.Limit, f.Offset = "", 1, 1
	if d, _ := db.BridgeDeposits(ctx, f); len(d) != 1 || d[0].Nonce != 0 {
		t.Errorf("second page of one deposit: %+v", d)
	}
	tot, err := db.BridgeTotals(ctx, side.Hex(), vault.Hex())
	if err != nil {
		t.Fatal(err)
	}
	if tot.Minted != units(20) || tot.Burned != units(4) || tot.DepositsInFlight != 1 || tot.DepositsInFlightAmount != units(10) ||
		tot.WithdrawalsInFlight != 1 || tot.WithdrawalsInFlightAmount != units(4) {
		t.Errorf("totals %+v", tot)
	}

	out0 := execute(mainEP, main.Accounts[2].Key, burn0.Transfer)
	if err := mw.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	f = index.BridgeFilter{SideBridge: side.Hex(), Vault: vault.Hex()}
	if wd, _ := db.BridgeWithdrawals(ctx, f); len(wd) != 1 || !wd[0].Executed || wd[0].DestTx != out0.Hex() {
		t.Errorf("withdrawal executed: %+v", wd)
	}
	head, _ := main.Client.BlockNumber(ctx)
	if n, ok, err := db.BridgeMainBlock(ctx, vault.Hex()); err != nil || !ok || n != head {
		t.Errorf("main block %d %v %v, want %d", n, ok, err, head)
	}
	if tot, _ := db.BridgeTotals(ctx, side.Hex(), vault.Hex()); tot.WithdrawalsInFlight != 0 {
		t.Errorf("totals after the withdrawal %+v", tot)
	}

	// A reorganisation of the side chain that drops the burn drops it from the index.
	parent, err := e.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(burn0.Block-1))
	if err != nil {
		t.Fatal(err)
	}
	oldHead, _ := e.Client.BlockNumber(ctx)
	if err := e.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	e.Backend.Rollback()
	for h, _ := e.Client.BlockNumber(ctx); h <= oldHead+1; h, _ = e.Client.BlockNumber(ctx) {
		e.Commit()
	}
	if err := ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if wd, _ := db.BridgeWithdrawals(ctx, f); len(wd) != 0 || ix.Reorgs() != 1 {
		t.Errorf("after a reorganisation dropping the burn (%d reorgs): %+v", ix.Reorgs(), wd)
	}
	if d, _ := db.BridgeDeposits(ctx, f); len(d) != 2 || !d[0].Executed {
		t.Errorf("deposits after the reorganisation: %+v", d)
	}
}
