package explorer_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/bridge/bridgetest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/sdk"
)

type bridgeJSON struct {
	Vault  string
	Totals struct {
		LockedOnMain, BridgedSupply string
		MainToSideInFlight          int64
		MainToSideInFlightAmount    string
		SideToMainInFlight          *int64
		SideToMainInFlightAmount    string
	}
	MainToSide, SideToMain []bridgeRowJSON
}

type bridgeRowJSON struct {
	Nonce                             uint64
	From, Recipient, Amount, SourceTx string
	ToHub, Executed                   bool
	State, StateText, DestinationTx   string
	AgeSeconds                        *int64
}

func getBridge(t *testing.T, url string) bridgeJSON {
	t.Helper()
	code, body := get(t, url+"/api/bridge")
	var v bridgeJSON
	if code != 200 || json.Unmarshal([]byte(body), &v) != nil {
		t.Fatalf("GET /api/bridge: %d %.500s", code, body)
	}
	return v
}

func rlcUnits(n int64) string { return big.NewInt(n * pocotest.RLC).String() }

func lower(a common.Address) string { return strings.ToLower(a.Hex()) }

// TestBridgeTransfers: a lock executed on the side chain, a lock pending, and a burn
// pending then executed on the main chain show on /bridge and /api/bridge with their
// states, transactions and the totals; an account's address page lists its transfers.
func TestBridgeTransfers(t *testing.T) {
	b := bridgetest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	holder := b.Side.Requester // receives on the side chain, burns back
	lock0, err := b.MainEP.Lock(ctx, b.User.Key, big.NewInt(10*pocotest.RLC), holder.Address, false)
	if err != nil {
		t.Fatal(err)
	}
	in0 := b.Execute(t, b.SideEP, b.Side.Owner.Key, lock0.Transfer)
	lock1, err := b.MainEP.Lock(ctx, b.User.Key, big.NewInt(5*pocotest.RLC), holder.Address, false)
	if err != nil {
		t.Fatal(err)
	}
	burn0, err := b.SideEP.Burn(ctx, holder.Key, big.NewInt(3*pocotest.RLC), b.User.Address)
	if err != nil {
		t.Fatal(err)
	}

	c, err := sdk.New(ctx, b.Side.Client, b.Side.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	x, err := explorer.Start(ctx, explorer.Options{Client: c, DBPath: filepath.Join(t.TempDir(), "x.db"), Listen: "127.0.0.1:0",
		PollInterval: 50 * time.Millisecond, Bridge: &explorer.BridgeOptions{SideBridge: b.SideEP.Contract(), Main: b.MainEP}})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	sync := func() {
		t.Helper()
		if err := x.Indexer.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if err := x.Main.Sync(ctx); err != nil {
			t.Fatal(err)
		}
	}
	sync()

	v := getBridge(t, x.URL())
	if len(v.MainToSide) != 2 || len(v.SideToMain) != 1 {
		t.Fatalf("transfers: %+v", v)
	}
	l1, l0, w0 := v.MainToSide[0], v.MainToSide[1], v.SideToMain[0]
	if l1.Nonce != 1 || l1.State != explorer.BridgePending || l1.Executed || l1.DestinationTx != "" || l1.Amount != rlcUnits(5) ||
		l1.SourceTx != strings.ToLower(lock1.TxHash.Hex()) || l1.From != lower(b.User.Address) || l1.Recipient != lower(holder.Address) ||
		l1.StateText != "waiting for signatures / executing" || l1.AgeSeconds == nil {
		t.Errorf("pending lock: %+v", l1)
	}
	if l0.Nonce != 0 || l0.State != explorer.BridgeExecuted || l0.DestinationTx != strings.ToLower(in0.Hex()) || l0.Amount != rlcUnits(10) ||
		l0.SourceTx != strings.ToLower(lock0.TxHash.Hex()) {
		t.Errorf("executed lock: %+v (destination %s)", l0, in0.Hex())
	}
	if w0.Nonce != 0 || w0.State != explorer.BridgePending || w0.From != lower(holder.Address) || w0.Recipient != lower(b.User.Address) ||
		w0.Amount != rlcUnits(3) || w0.SourceTx != strings.ToLower(burn0.TxHash.Hex()) {
		t.Errorf("pending burn: %+v", w0)
	}
	tot := v.Totals
	if tot.LockedOnMain != rlcUnits(15) || tot.BridgedSupply != rlcUnits(7) || tot.MainToSideInFlight != 1 || tot.MainToSideInFlightAmount != rlcUnits(5) ||
		tot.SideToMainInFlight == nil || *tot.SideToMainInFlight != 1 || tot.SideToMainInFlightAmount != rlcUnits(3) {
		t.Errorf("totals: %+v", tot)
	}
	code, page := get(t, x.URL()+"/bridge")
	for _, want := range []string{`href="/bridge" aria-current="page">Bridge</a>`, "waiting for signatures / executing", "Locked on main",
		"15 RLC", "Bridged supply on side", "7 RLC", "Main chain → side chain", "Side chain → main chain", `data-state="executed"`} {
		if code != 200 || !strings.Contains(page, want) {
			t.Errorf("GET /bridge: %d, want %q in\n%.4000s", code, want, page)
		}
	}
	if _, home := get(t, x.URL()+"/"); !strings.Contains(home, `href="/bridge"`) {
		t.Error("the menu does not link the bridge page")
	}
	if code, body := get(t, x.URL()+"/address/"+holder.Address.Hex()); code != 200 || !strings.Contains(body, "Bridge transfers") ||
		strings.Count(body, `data-nonce=`) != 3 {
		t.Errorf("the address page of the holder does not list its 3 transfers: %d", code)
	}

	// The burn executed on the main chain.
	out0 := b.Execute(t, b.MainEP, b.Main.Accounts[2].Key, burn0.Transfer)
	sync()
	v = getBridge(t, x.URL())
	if w := v.SideToMain[0]; w.State != explorer.BridgeExecuted || w.DestinationTx != strings.ToLower(out0.Hex()) {
		t.Errorf("executed burn: %+v (destination %s)", w, out0.Hex())
	}
	if tot := v.Totals; tot.LockedOnMain != rlcUnits(12) || tot.SideToMainInFlight == nil || *tot.SideToMainInFlight != 0 || tot.MainToSideInFlight != 1 {
		t.Errorf("totals after the withdrawal: %+v", tot)
	}

	// A watcher that reads no main-chain block still learns the withdrawal was executed
	// from executed(nonce), without its transaction; one page of one transfer pages on.
	y, err := explorer.Start(ctx, explorer.Options{Client: c, DBPath: filepath.Join(t.TempDir(), "y.db"), Listen: "127.0.0.1:0",
		PollInterval: 50 * time.Millisecond, Bridge: &explorer.BridgeOptions{SideBridge: b.SideEP.Contract(), Main: b.MainEP, MainStartBlock: 1 << 40}})
	if err != nil {
		t.Fatal(err)
	}
	defer y.Close()
	if err := y.Indexer.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if err := y.Main.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	v = getBridge(t, y.URL())
	if len(v.MainToSide) != 1 || v.MainToSide[0].State != explorer.BridgeExecuted || v.MainToSide[0].SourceTx != "" {
		t.Errorf("without the main chain's events the executed lock shows from the side chain: %+v", v.MainToSide)
	}
	if w := v.SideToMain[0]; w.State != explorer.BridgeExecuted || w.DestinationTx != "" || !strings.Contains(w.StateText, "not read yet") {
		t.Errorf("burn known executed from executed(nonce): %+v", w)
	}
	if code, body := get(t, x.URL()+"/bridge?limit=1"); code != 200 || !strings.Contains(body, `href="/bridge?limit=1&amp;page=2"`) {
		t.Errorf("GET /bridge?limit=1: %d, no link to the next page", code)
	}

	// Without the bridge option: no page, no menu entry.
	srv, err := explorer.NewServer(explorer.ServerConfig{DB: x.DB})
	if err != nil {
		t.Fatal(err)
	}
	for path, code := range map[string]int{"/bridge": 404, "/api/bridge": 404, "/": 200} {
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		if w.Code != code || strings.Contains(w.Body.String(), `href="/bridge"`) {
			t.Errorf("without the bridge GET %s: %d, want %d and no link to /bridge", path, w.Code, code)
		}
	}
}
