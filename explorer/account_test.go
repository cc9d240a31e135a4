package explorer_test

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/sdk"
)

// accountServer serves the explorer's pages over a simulated chain with httptest.
func accountServer(t *testing.T) (*pocotest.Env, *httptest.Server) {
	t.Helper()
	e := pocotest.New(t, pocotest.Options{Workers: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := sdk.New(ctx, e.Client, e.D.Hub)
	if err != nil {
		t.Fatal(err)
	}
	db, err := index.Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv, err := explorer.NewServer(explorer.ServerConfig{DB: db, Client: c})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return e, ts
}

// getAPI GETs path and decodes the JSON answer into v (an error answer into a map).
func getAPI(t *testing.T, base, path string, v any) int {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %d, not JSON: %v", path, resp.StatusCode, err)
	}
	return resp.StatusCode
}

func prepareURL(addr common.Address, action, amount string) string {
	return "/api/account/" + addr.Hex() + "/prepare?action=" + url.QueryEscape(action) + "&amount=" + url.QueryEscape(amount)
}

func TestAccountPrepareRefusals(t *testing.T) {
	e, ts := accountServer(t)
	me := e.Requester.Address
	for _, c := range []struct{ path, want string }{
		{prepareURL(me, "deposit", ""), "give the amount to deposit"},
		{prepareURL(me, "deposit", "abc"), "not a number of RLC"},
		{prepareURL(me, "deposit", "-1"), "negative"},
		{prepareURL(me, "deposit", "1.0000000001"), "has 10 decimals; RLC has 9"},
		{prepareURL(me, "deposit", "1e3"), "not a number of RLC"},
		{prepareURL(me, "deposit", "0"), "must be above 0 RLC"},
		{prepareURL(me, "withdraw", "0.000"), "must be above 0 RLC"},
		{prepareURL(me, "steal", "1"), "give action=deposit"},
		{prepareURL(me, "", "1"), "give action=deposit"},
		{"/api/account/0x1234/prepare?action=deposit&amount=1", "not a 20-byte"},
		{prepareURL(common.Address{}, "deposit", "1"), "zero address"},
		// More than the wallet holds, or the free balance.
		{prepareURL(me, "deposit", "1000001"), "it cannot deposit 1000001 RLC"},
		{prepareURL(me, "withdraw", "100000.000000001"), "it cannot withdraw 100000.000000001 RLC"},
	} {
		var out map[string]string
		if code := getAPI(t, ts.URL, c.path, &out); code != http.StatusBadRequest || !strings.Contains(out["error"], c.want) {
			t.Errorf("GET %s: %d %q, want 400 with %q", c.path, code, out["error"], c.want)
		}
	}
}

func TestAccountPrepareAndSend(t *testing.T) {
	e, ts := accountServer(t)
	acc := e.Requester
	me := acc.Address
	send := func(p explorer.Prepared) {
		t.Helper()
		for _, tx := range p.Transactions {
			if tx.Value != "0x0" || tx.Description == "" {
				t.Errorf("transaction %+v: want value 0x0 and a description", tx)
			}
			e.SendTo(acc, common.HexToAddress(tx.To), hexutil.MustDecode(tx.Data))
		}
	}
	prepare := func(action, amount string) explorer.Prepared {
		t.Helper()
		var p explorer.Prepared
		if code := getAPI(t, ts.URL, prepareURL(me, action, amount), &p); code != http.StatusOK {
			t.Fatalf("prepare %s %s: %d", action, amount, code)
		}
		if p.ChainID != hexutil.EncodeBig(e.ChainID) || p.From != strings.ToLower(me.Hex()) || p.Action != action {
			t.Errorf("prepared %+v: want chain %s, from %s", p, hexutil.EncodeBig(e.ChainID), me.Hex())
		}
		return p
	}
	balances := func() explorer.AccountBalances {
		t.Helper()
		var b explorer.AccountBalances
		if code := getAPI(t, ts.URL, "/api/account/"+me.Hex(), &b); code != http.StatusOK {
			t.Fatalf("/api/account: %d", code)
		}
		if b.Wallet != e.TokenBalance(me).String() || b.Free != e.Free(me).String() || b.Locked != e.Locked(me).String() {
			t.Errorf("/api/account says %+v; the chain: wallet %s, free %s, locked %s", b, e.TokenBalance(me), e.Free(me), e.Locked(me))
		}
		return b
	}
	tokenSel := hexutil.Encode(e.TokenABI.PackApproveAndCall(e.D.Hub, big.NewInt(1), nil)[:4])
	depositData := func(amount int64) string { return hexutil.Encode(e.Poco.PackDeposit(big.NewInt(amount))) }

	// No allowance: the token's approveAndCall, one transaction.
	before := balances()
	if before.Allowance != "0" {
		t.Fatalf("allowance %s before, want 0", before.Allowance)
	}
	p := prepare("deposit", "12.5")
	if p.Amount != "12500000000" || p.AmountRLC != "12.5 RLC" {
		t.Errorf("amount %s (%s), want 12500000000 (12.5 RLC)", p.Amount, p.AmountRLC)
	}
	if len(p.Transactions) != 1 || p.Transactions[0].To != strings.ToLower(e.D.Token.Hex()) || !strings.HasPrefix(p.Transactions[0].Data, tokenSel) {
		t.Fatalf("deposit without allowance: %+v, want one approveAndCall to the token %s", p.Transactions, e.D.Token.Hex())
	}
	free0 := e.Free(me)
	send(p)
	if got := new(big.Int).Sub(e.Free(me), free0); got.Cmp(big.NewInt(12_500_000_000)) != 0 {
		t.Errorf("the deposit moved %s units, want 12500000000", got)
	}

	// An allowance that covers the amount: the deposit alone, to the hub.
	e.SendTo(acc, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, big.NewInt(50*sdk.Unit)))
	if b := balances(); b.Allowance != "50000000000" {
		t.Errorf("allowance %s, want 50000000000", b.Allowance)
	}
	p = prepare("deposit", "20")
	if len(p.Transactions) != 1 || p.Transactions[0].To != strings.ToLower(e.D.Hub.Hex()) || p.Transactions[0].Data != depositData(20*sdk.Unit) {
		t.Fatalf("deposit within the allowance: %+v, want one deposit(20 RLC) to the hub", p.Transactions)
	}
	send(p)
	// An allowance short of the amount (30 left, 31 asked): approveAndCall again.
	p = prepare("deposit", "31")
	if len(p.Transactions) != 1 || !strings.HasPrefix(p.Transactions[0].Data, tokenSel) {
		t.Fatalf("deposit above the allowance: %+v, want approveAndCall", p.Transactions)
	}
	send(p)

	// Withdraw: one transaction to the hub.
	p = prepare("withdraw", "0.000000001")
	if len(p.Transactions) != 1 || p.Transactions[0].Data != hexutil.Encode(e.Poco.PackWithdraw(big.NewInt(1))) {
		t.Fatalf("withdraw: %+v", p.Transactions)
	}
	send(p)
	after := balances()
	moved := new(big.Int).Sub(mustBig(t, after.Free), mustBig(t, before.Free))
	if want := big.NewInt(12_500_000_000 + 20*sdk.Unit + 31*sdk.Unit - 1); moved.Cmp(want) != 0 {
		t.Errorf("free balance moved by %s units, want %s", moved, want)
	}
	spent := new(big.Int).Sub(mustBig(t, before.Wallet), mustBig(t, after.Wallet))
	if spent.Cmp(moved) != 0 {
		t.Errorf("the wallet gave %s units, the free balance got %s", spent, moved)
	}

	// Receipts: a mined one, an unknown one (pending), a malformed hash.
	r := e.SendTo(acc, e.D.Hub, e.Poco.PackWithdraw(big.NewInt(1)))
	var rc explorer.Receipt
	if code := getAPI(t, ts.URL, "/api/receipt/"+r.TxHash.Hex(), &rc); code != 200 || rc.Status != "success" || rc.Block != r.BlockNumber.Uint64() || rc.GasUsed != r.GasUsed {
		t.Errorf("/api/receipt of a mined transaction: %d %+v, want success in block %d", code, rc, r.BlockNumber)
	}
	rc = explorer.Receipt{}
	if code := getAPI(t, ts.URL, "/api/receipt/0x"+strings.Repeat("ab", 32), &rc); code != 200 || rc.Status != "pending" {
		t.Errorf("/api/receipt of an unknown transaction: %d %+v, want pending", code, rc)
	}
	var bad map[string]string
	if code := getAPI(t, ts.URL, "/api/receipt/0x12", &bad); code != 400 {
		t.Errorf("/api/receipt/0x12: %d, want 400", code)
	}
}

func mustBig(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("%q is not a decimal amount", s)
	}
	return v
}

// TestAccountPage: the page, without JavaScript, shows the `poco account` commands, and
// the balances of ?address= read from the chain.
func TestAccountPage(t *testing.T) {
	e, ts := accountServer(t)
	me := e.Requester.Address
	code, body := get(t, ts.URL+"/account")
	for _, want := range []string{"poco account show ADDRESS", "poco account deposit 10 --from ADDRESS", "poco account withdraw 10 --from ADDRESS",
		`src="/static/wallet.js"`, `data-chain-id="` + hexutil.EncodeBig(e.ChainID) + `"`, "MetaMask", `aria-current="page">Account`} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET /account: %d, want %q", code, want)
		}
	}
	if strings.Contains(body, "style=") || strings.Contains(body, "<script>") {
		t.Error("the account page has an inline style or script (the Content-Security-Policy forbids them)")
	}
	code, body = get(t, ts.URL+"/account?address="+me.Hex())
	for _, want := range []string{"poco account show " + me.Hex(), "poco account deposit 10 --from " + me.Hex(), sdk.FormatRLC(e.Free(me)), sdk.FormatRLC(e.TokenBalance(me))} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET /account?address=: %d, want %q", code, want)
		}
	}
	if _, body = get(t, ts.URL+"/account?address=0xnope"); !strings.Contains(body, "is not an address") {
		t.Error("GET /account?address=0xnope does not say it is not an address")
	}
	if code, body = get(t, ts.URL+"/static/wallet.js"); code != 200 || !strings.Contains(body, "eip6963:requestProvider") {
		t.Errorf("GET /static/wallet.js: %d", code)
	}
	if _, body = get(t, ts.URL+"/api"); !strings.Contains(body, "/api/account/{address}/prepare") || !strings.Contains(body, "/api/receipt/{txhash}") {
		t.Error("/api does not list the account endpoints")
	}
}
