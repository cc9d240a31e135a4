package explorer_test

// The account page in a real headless Chromium, with a browser wallet that exists only in
// this test: an EIP-1193 provider injected into every page and announced through EIP-6963,
// whose requests reach Go through a chromedp binding (ExposeFunc, so no fetch to another
// origin that the Content-Security-Policy would block). Go answers them as a wallet would,
// signing eth_sendTransaction with a devnet key and sending it to the local network.

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/localnet"
)

// walletRequest is an EIP-1193 request as the injected provider forwards it.
type walletRequest struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// walletReply is its answer: a result, or an EIP-1193 error (code and message).
type walletReply struct {
	Result any          `json:"result,omitempty"`
	Error  *walletError `json:"error,omitempty"`
}

type walletError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// testWallet is the Go side of the injected provider: one devnet account, on chain
// `chain` until the page asks to switch (the first switch is refused, as a person may).
type testWallet struct {
	key     *ecdsa.PrivateKey
	ec      *ethclient.Client
	chainID *big.Int

	mu           sync.Mutex
	chain        string // the chain the wallet is on, 0x-hex
	refuseSwitch int    // switches still to refuse (4001)
	requests     []string
	sentTxs      []common.Hash
}

func (w *testWallet) address() common.Address { return crypto.PubkeyToAddress(w.key.PublicKey) }

func (w *testWallet) handle(ctx context.Context, req walletRequest) (walletReply, error) {
	w.mu.Lock()
	w.requests = append(w.requests, req.Method)
	w.mu.Unlock()
	fail := func(code int, format string, args ...any) (walletReply, error) {
		return walletReply{Error: &walletError{Code: code, Message: fmt.Sprintf(format, args...)}}, nil
	}
	switch req.Method {
	case "eth_requestAccounts":
		return walletReply{Result: []string{strings.ToLower(w.address().Hex())}}, nil
	case "eth_accounts":
		return walletReply{Result: []string{strings.ToLower(w.address().Hex())}}, nil
	case "eth_chainId":
		w.mu.Lock()
		defer w.mu.Unlock()
		return walletReply{Result: w.chain}, nil
	case "wallet_switchEthereumChain":
		var p []struct {
			ChainID string `json:"chainId"`
		}
		if err := json.Unmarshal(req.Params, &p); err != nil || len(p) != 1 {
			return fail(-32602, "wallet_switchEthereumChain takes [{chainId}]")
		}
		id, err := hexutil.DecodeBig(p[0].ChainID)
		if err != nil || id.Cmp(w.chainID) != 0 {
			return fail(4902, "unrecognized chain %s", p[0].ChainID)
		}
		w.mu.Lock()
		defer w.mu.Unlock()
		if w.refuseSwitch > 0 {
			w.refuseSwitch--
			return fail(4001, "User rejected the request.")
		}
		w.chain = hexutil.EncodeBig(id)
		return walletReply{Result: nil}, nil
	case "eth_sendTransaction":
		var p []struct {
			From  string `json:"from"`
			To    string `json:"to"`
			Data  string `json:"data"`
			Value string `json:"value"`
		}
		if err := json.Unmarshal(req.Params, &p); err != nil || len(p) != 1 {
			return fail(-32602, "eth_sendTransaction takes [{from, to, data, value}]")
		}
		if !common.IsHexAddress(p[0].From) || common.HexToAddress(p[0].From) != w.address() {
			return fail(4100, "this wallet holds %s, not %s", w.address().Hex(), p[0].From)
		}
		hash, err := w.send(ctx, common.HexToAddress(p[0].To), p[0].Data, p[0].Value)
		if err != nil {
			return fail(-32603, "%v", err)
		}
		w.mu.Lock()
		w.sentTxs = append(w.sentTxs, hash)
		w.mu.Unlock()
		return walletReply{Result: hash.Hex()}, nil
	}
	return fail(4200, "the test wallet does not support %s", req.Method)
}

// send signs and sends a transaction as a wallet does: nonce, gas estimate and fees from
// the chain.
func (w *testWallet) send(ctx context.Context, to common.Address, dataHex, valueHex string) (common.Hash, error) {
	data, err := hexutil.Decode(dataHex)
	if err != nil {
		return common.Hash{}, fmt.Errorf("data: %w", err)
	}
	value := new(big.Int)
	if valueHex != "" {
		if value, err = hexutil.DecodeBig(valueHex); err != nil {
			return common.Hash{}, fmt.Errorf("value: %w", err)
		}
	}
	from := w.address()
	nonce, err := w.ec.PendingNonceAt(ctx, from)
	if err != nil {
		return common.Hash{}, err
	}
	gas, err := w.ec.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		return common.Hash{}, fmt.Errorf("estimating gas: %w", err)
	}
	tip, err := w.ec.SuggestGasTipCap(ctx)
	if err != nil {
		return common.Hash{}, err
	}
	head, err := w.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return common.Hash{}, err
	}
	if head.BaseFee == nil {
		return common.Hash{}, errors.New("the chain has no base fee")
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: w.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/5, To: &to, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.chainID), w.key)
	if err != nil {
		return common.Hash{}, err
	}
	return signed.Hash(), w.ec.SendTransaction(ctx, signed)
}

// injectedWallet is the provider every page of the wallet's tab gets before its own
// scripts run, announced through EIP-6963; a second, hostile announcement checks that the
// page shows a wallet's name as text and no icon but a data:image one.
const injectedWallet = `(() => {
  const listeners = {};
  const provider = {
    isPocoTestWallet: true,
    request(args) {
      return window.pocoTestWallet({method: args.method, params: args.params || []}).then((r) => {
        if (r.error) { const e = new Error(r.error.message); e.code = r.error.code; throw e; }
        return r.result === undefined ? null : r.result;
      });
    },
    on(ev, fn) { (listeners[ev] = listeners[ev] || []).push(fn); return provider; },
    removeListener() { return provider; },
  };
  const icon = "data:image/svg+xml," + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#7c3aed"/></svg>');
  const info = Object.freeze({uuid: "5b1e2f4a-6d1c-4a39-9d3e-7f0c2a8b9e11", name: "Poco test wallet", icon, rdns: "dev.poco.testwallet"});
  const evil = Object.freeze({uuid: "0f3c1e57-8a2b-4c6d-9e1f-2a3b4c5d6e7f", name: "<b>Evil</b> wallet", icon: "https://example.invalid/x.png", rdns: "invalid.evil"});
  const evilProvider = { request() { return Promise.reject(Object.assign(new Error("no"), {code: 4001})); } };
  const announce = () => {
    window.dispatchEvent(new CustomEvent("eip6963:announceProvider", {detail: Object.freeze({info, provider})}));
    window.dispatchEvent(new CustomEvent("eip6963:announceProvider", {detail: Object.freeze({info: evil, provider: evilProvider})}));
  };
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
})();`

func TestAccountWalletBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no network, no browser")
	}
	browser := chromium(t)
	shots := screenshotDir(t, "poco-explorer-account-screenshots-")

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	n, err := localnet.Start(ctx, localnet.Config{Devnet: devnetConfig(t.TempDir()), NoWorkers: true})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	explorerURL, err := n.StartExplorer(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer n.StopExplorer()
	c, err := n.Client(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	w := &testWallet{key: n.Requester(), ec: n.Devnet.Client(), chainID: c.ChainID(), chain: "0x1", refuseSwitch: 1}
	me := w.address()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	violations := watchCSP(bctx) // the explorer's Content-Security-Policy is on: nothing may break it

	shot := func(tab context.Context, name string) {
		t.Helper()
		png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	poll := func(tab context.Context, what, expr string, timeout time.Duration) {
		t.Helper()
		if err := chromedp.Do(tab, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(timeout))); err != nil {
			status, _ := chromedp.Run(tab, chromedp.Text("#wallet-status"))
			main, _ := chromedp.Run(tab, chromedp.Text(chromedp.CSS("main")))
			t.Fatalf("waiting for %s: %v\nstatus: %s\npage:\n%.1500s", what, err, status, main)
		}
	}
	units := func(id string) *big.Int {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById("`+id+`").dataset.units || ""`))
		if err != nil {
			t.Fatal(err)
		}
		x, ok := new(big.Int).SetString(v, 10)
		if !ok {
			t.Fatalf("#%s shows no amount (data-units %q)", id, v)
		}
		return x
	}
	chainBalances := func() (wallet, free *big.Int) {
		t.Helper()
		wallet, err := c.TokenBalance(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		b, err := c.Account(ctx, me)
		if err != nil {
			t.Fatal(err)
		}
		return wallet, b.Free
	}

	// The wallet's tab: the provider is injected into every document and announced.
	err = chromedp.Do(bctx,
		chromedp.ExposeFunc("pocoTestWallet", w.handle),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: injectedWallet})
			return err
		}),
		chromedp.Navigate(explorerURL+"/account"), chromedp.WaitVisible("#wallets button"))
	if err != nil {
		t.Fatalf("loading /account with the test wallet: %v", err)
	}
	poll(bctx, "both announced wallets listed", `document.querySelectorAll("#wallets button").length === 2`, 10*time.Second)
	names, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#wallets button")).map(b => b.textContent + "|" + b.querySelectorAll("img").length + "|" + (b.querySelector("img") ? b.querySelector("img").src.slice(0, 15) : ""))`))
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 2 || names[0] != "Poco test wallet|1|data:image/svg+" || names[1] != "<b>Evil</b> wallet|0|" {
		t.Errorf("the wallets listed: %q, want the test wallet with its data: icon, and the hostile name as text without icon", names)
	}
	if n, _ := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("#wallets b").length`)); n != 0 {
		t.Error("a wallet's name was injected as HTML")
	}

	// Connect: the wallet is on chain 1; the page offers to switch; the first switch is
	// refused, and the page explains; the second goes through and the balances show.
	if err := chromedp.Do(bctx, chromedp.Click("#wallets li:first-child button")); err != nil {
		t.Fatal(err)
	}
	poll(bctx, "the page to see the wallet on another chain", `!document.getElementById("wallet-chain").hidden && document.getElementById("wallet-chain-msg").textContent.includes("on chain 1;")`, 20*time.Second)
	shot(bctx, "account-wrong-chain")
	if err := chromedp.Do(bctx, chromedp.Click("#switch-chain")); err != nil {
		t.Fatal(err)
	}
	poll(bctx, "the page to explain the refused switch", `document.getElementById("wallet-chain-msg").textContent.includes("You refused to switch")`, 20*time.Second)
	if err := chromedp.Do(bctx, chromedp.Click("#switch-chain")); err != nil {
		t.Fatal(err)
	}
	poll(bctx, "the balances", `!document.getElementById("wallet-account").hidden && document.getElementById("bal-free").dataset.units`, 30*time.Second)
	wallet0, free0 := chainBalances()
	if shown := units("bal-free"); shown.Cmp(free0) != 0 {
		t.Errorf("the page shows a free balance of %s units, the chain %s", shown, free0)
	}
	if shown := units("bal-wallet"); shown.Cmp(wallet0) != 0 {
		t.Errorf("the page shows %s units in the wallet, the chain %s", shown, wallet0)
	}
	if addr, _ := chromedp.Run(bctx, chromedp.Text("#acct-address")); addr != strings.ToLower(me.Hex()) {
		t.Errorf("the page shows account %q, want %s", addr, strings.ToLower(me.Hex()))
	}
	shot(bctx, "account-connected")

	// Deposit 12.5 RLC: the page and the chain move by exactly that.
	deposit := big.NewInt(12_500_000_000)
	if err := chromedp.Do(bctx, chromedp.SetValue("#amount", "12.5"), chromedp.Click("#deposit")); err != nil {
		t.Fatal(err)
	}
	poll(bctx, "the deposit to be mined and the balances read again", `document.getElementById("wallet-account").dataset.done === "1"`, 2*time.Minute)
	wallet1, free1 := chainBalances()
	if d := new(big.Int).Sub(free1, free0); d.Cmp(deposit) != 0 {
		t.Errorf("on chain the free balance moved by %s units, want %s", d, deposit)
	}
	if d := new(big.Int).Sub(wallet0, wallet1); d.Cmp(deposit) != 0 {
		t.Errorf("on chain the wallet gave %s units, want %s", d, deposit)
	}
	if shown := units("bal-free"); new(big.Int).Sub(shown, free0).Cmp(deposit) != 0 {
		t.Errorf("the page's free balance moved from %s to %s, want +%s", free0, shown, deposit)
	}
	if shown := units("bal-wallet"); shown.Cmp(wallet1) != 0 {
		t.Errorf("the page shows %s units in the wallet after the deposit, the chain %s", shown, wallet1)
	}
	if status, _ := chromedp.Run(bctx, chromedp.Text("#wallet-status")); !strings.Contains(status, "Deposited 12.5 RLC") {
		t.Errorf("after the deposit the page says %q", status)
	}
	shot(bctx, "account-deposited")

	// A refused amount: the server's explanation shows, nothing is sent.
	w.mu.Lock()
	sentBefore := len(w.sentTxs)
	w.mu.Unlock()
	if err := chromedp.Do(bctx, chromedp.SetValue("#amount", "1.0000000001"), chromedp.Click("#deposit")); err != nil {
		t.Fatal(err)
	}
	poll(bctx, "the refusal of an amount with 10 decimals", `document.getElementById("wallet-status").textContent.includes("has 10 decimals")`, 20*time.Second)

	// Withdraw 2.5 RLC.
	withdraw := big.NewInt(2_500_000_000)
	if err := chromedp.Do(bctx, chromedp.SetValue("#amount", "2.5"), chromedp.Click("#withdraw")); err != nil {
		t.Fatal(err)
	}
	poll(bctx, "the withdrawal to be mined and the balances read again", `document.getElementById("wallet-account").dataset.done === "2"`, 2*time.Minute)
	wallet2, free2 := chainBalances()
	if d := new(big.Int).Sub(free1, free2); d.Cmp(withdraw) != 0 {
		t.Errorf("on chain the withdrawal moved the free balance by %s units, want %s", d, withdraw)
	}
	if d := new(big.Int).Sub(wallet2, wallet1); d.Cmp(withdraw) != 0 {
		t.Errorf("on chain the wallet received %s units, want %s", d, withdraw)
	}
	if shown := units("bal-free"); shown.Cmp(free2) != 0 {
		t.Errorf("the page shows a free balance of %s units after the withdrawal, the chain %s", shown, free2)
	}
	w.mu.Lock()
	sent := len(w.sentTxs) - sentBefore
	w.mu.Unlock()
	if sent != 1 {
		t.Errorf("the refused amount and the withdrawal sent %d transactions, want 1", sent)
	}
	logged, _ := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("#tx-log li.ok").length`))
	if logged < 2 {
		t.Errorf("the transaction log shows %d mined transactions, want at least 2", logged)
	}
	shot(bctx, "account-1400")

	// A phone: no sideways scrolling.
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2))); err != nil {
		t.Fatal(err)
	}
	shot(bctx, "account-390")
	if overflow, _ := chromedp.Run(bctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`)); overflow {
		t.Error("on a phone the account page scrolls sideways")
	}

	// Another tab, without a wallet: the page says what to do and shows the commands.
	tab, cancelTab := chromedp.NewContext(bctx)
	defer cancelTab()
	if err := chromedp.Do(tab, chromedp.Navigate(explorerURL+"/account"), chromedp.WaitVisible("#wallet-none")); err != nil {
		t.Fatalf("the page without a wallet: %v", err)
	}
	text, err := chromedp.Run(tab, chromedp.Text(chromedp.CSS("main")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"No browser wallet was found", "MetaMask", "Rabby", "poco account show ADDRESS", "poco account deposit 10 --from ADDRESS", "poco account withdraw 10 --from ADDRESS"} {
		if !strings.Contains(text, want) {
			t.Errorf("without a wallet the page does not show %q:\n%.1500s", want, text)
		}
	}
	shot(tab, "account-no-wallet")
	for _, tb := range []context.Context{bctx, tab} {
		if n, err := chromedp.Run(tb, chromedp.Evaluate[int](`(window.pocoCSPViolations || []).length`)); err != nil || n != 0 {
			t.Errorf("%d CSP violations seen by the account page (%v)", n, err)
		}
	}
	if v := violations(); len(v) > 0 {
		t.Errorf("the browser reported Content-Security-Policy violations:\n%s", strings.Join(v, "\n"))
	}
	t.Logf("wallet requests: %v", w.requests)
}
