package explorer

// The account page (/account): a browser wallet found through EIP-6963 discovery (or
// window.ethereum) connects, the page shows the account's tokens read live from the
// chain, and deposits or withdraws with transactions the server prepares here
// (/api/account/{addr}/prepare) and the wallet signs and sends; the page follows their
// receipts through /api/receipt/{hash}. The explorer never holds a key. Without a wallet
// the page shows the equivalent `poco account` commands, rendered here, so it works
// without JavaScript too.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/sdk"
)

func init() {
	pageNames = append(pageNames, "account")
	apiDocs = append(apiDocs,
		Endpoint{"/api/account/{address}", "an account's tokens read live from the chain: in its wallet, free and locked in the hub, the hub's allowance, the block read"},
		Endpoint{"/api/account/{address}/prepare?action=deposit|withdraw&amount=", "the transactions (to, data, value, description) a wallet sends, in order, to deposit or withdraw amount RLC: deposit, or approveAndCall, or approve then deposit; withdraw"},
		Endpoint{"/api/receipt/{txhash}", "a transaction's receipt from the chain: pending, success or failed, block, gas used"},
	)
}

// routeAccount registers the account page and its API.
func (s *Server) routeAccount() {
	s.mux.HandleFunc("GET /account", s.page("account", s.accountPage))
	s.mux.HandleFunc("GET /api/account/{addr}", s.json(s.accountAPI))
	s.mux.HandleFunc("GET /api/account/{addr}/prepare", s.json(s.prepare))
	s.mux.HandleFunc("GET /api/receipt/{hash}", s.json(s.receipt))
}

// errNoChain answers the account API of an explorer without a chain client.
var errNoChain = errors.New("this explorer has no chain client: it cannot read balances or prepare transactions")

// AccountBalances is an account's tokens read live from the chain, in token units
// (decimal strings; 1 RLC = 10⁹ units).
type AccountBalances struct {
	Address string `json:"address"`
	ChainID string `json:"chainId"` // decimal
	Hub     string `json:"hub"`
	Token   string `json:"token"`
	// Wallet is the tokens in the account's wallet (outside the hub); Free and Locked its
	// balances in the hub; Allowance what the hub may take from the wallet (ERC-20).
	Wallet    string `json:"wallet"`
	Free      string `json:"free"`
	Locked    string `json:"locked"`
	Allowance string `json:"allowance"`
	Block     uint64 `json:"block"` // the chain's head when read
}

func (s *Server) balancesOf(ctx context.Context, addr common.Address) (*AccountBalances, error) {
	c := s.cfg.Client
	if c == nil {
		return nil, errNoChain
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	wallet, err := c.TokenBalance(ctx, addr)
	if err != nil {
		return nil, err
	}
	bal, err := c.Account(ctx, addr)
	if err != nil {
		return nil, err
	}
	allowance, err := c.Allowance(ctx, addr)
	if err != nil {
		return nil, err
	}
	return &AccountBalances{Address: lower(addr), ChainID: c.ChainID().String(), Hub: lower(c.Hub()), Token: lower(c.Token()),
		Wallet: wallet.String(), Free: bal.Free.String(), Locked: bal.Locked.String(), Allowance: allowance.String(), Block: head}, nil
}

func lower(a common.Address) string { return strings.ToLower(a.Hex()) }

func addressArg(r *http.Request) (common.Address, error) {
	a, err := hexArg(r, "addr", 20)
	if err != nil {
		return common.Address{}, err
	}
	return common.HexToAddress(a), nil
}

func (s *Server) accountAPI(r *http.Request) (any, error) {
	addr, err := addressArg(r)
	if err != nil {
		return nil, err
	}
	return s.balancesOf(r.Context(), addr)
}

// PreparedTx is a transaction for the wallet to send as is (eth_sendTransaction), from the
// account: to, data and value as 0x-hex.
type PreparedTx struct {
	To          string `json:"to"`
	Data        string `json:"data"`
	Value       string `json:"value"`
	Description string `json:"description"`
}

// Prepared is what /api/account/{addr}/prepare answers: the transactions that move the
// amount, to send in order, each once the previous one is mined.
type Prepared struct {
	Action       string       `json:"action"` // deposit or withdraw
	Amount       string       `json:"amount"` // units
	AmountRLC    string       `json:"amountRLC"`
	From         string       `json:"from"`
	ChainID      string       `json:"chainId"` // 0x-hex, as eth_chainId answers
	Transactions []PreparedTx `json:"transactions"`
}

// parseMoveAmount reads the amount to deposit or withdraw, in RLC, strictly: above 0, at
// most 9 decimals.
func parseMoveAmount(action, v string) (*big.Int, error) {
	if strings.TrimSpace(v) == "" {
		return nil, badRequest{fmt.Sprintf("give the amount to %s, in RLC: amount=12.5", action)}
	}
	amount, err := sdk.ParseRLC(v)
	if err != nil {
		return nil, badRequest{fmt.Sprintf("the amount to %s: %v", action, err)}
	}
	if amount.Sign() == 0 {
		return nil, badRequest{fmt.Sprintf("the amount to %s must be above 0 RLC", action)}
	}
	return amount, nil
}

func (s *Server) prepare(r *http.Request) (any, error) {
	addr, err := addressArg(r)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	action := q.Get("action")
	if action != "deposit" && action != "withdraw" {
		return nil, badRequest{fmt.Sprintf("action=%q: give action=deposit (from the wallet into the hub) or action=withdraw (from the hub to the wallet)", action)}
	}
	amount, err := parseMoveAmount(action, q.Get("amount"))
	if err != nil {
		return nil, err
	}
	c := s.cfg.Client
	if c == nil {
		return nil, errNoChain
	}
	if addr == (common.Address{}) {
		return nil, badRequest{"the zero address cannot send transactions: connect a real account"}
	}
	ctx := r.Context()
	p := &Prepared{Action: action, Amount: amount.String(), AmountRLC: sdk.FormatRLC(amount), From: lower(addr),
		ChainID: hexutil.EncodeBig(c.ChainID())}
	if action == "withdraw" {
		bal, err := c.Account(ctx, addr)
		if err != nil {
			return nil, err
		}
		if bal.Free.Cmp(amount) < 0 {
			msg := fmt.Sprintf("the free balance of %s in the hub is %s: it cannot withdraw %s", addr.Hex(), sdk.FormatRLC(bal.Free), sdk.FormatRLC(amount))
			if bal.Locked.Sign() > 0 {
				msg += fmt.Sprintf(" (%s more are locked by deals and contributions in progress)", sdk.FormatRLC(bal.Locked))
			}
			return nil, badRequest{msg}
		}
		p.Transactions = []PreparedTx{prepared(c.Hub(), bindings.NewPoco().PackWithdraw(amount),
			fmt.Sprintf("Withdraw %s from the hub to your wallet", sdk.FormatRLC(amount)))}
		return p, nil
	}
	held, err := c.TokenBalance(ctx, addr)
	if err != nil {
		return nil, err
	}
	if held.Cmp(amount) < 0 {
		return nil, badRequest{fmt.Sprintf("the wallet of %s holds %s: it cannot deposit %s (get %s more tokens first)",
			addr.Hex(), sdk.FormatRLC(held), sdk.FormatRLC(amount), sdk.FormatRLC(new(big.Int).Sub(amount, held)))}
	}
	allowed, err := c.Allowance(ctx, addr)
	if err != nil {
		return nil, err
	}
	oneTx := false
	if allowed.Cmp(amount) < 0 {
		oneTx = s.hasApproveAndCall(ctx, addr, amount)
	}
	p.Transactions = planDeposit(c.Hub(), c.Token(), amount, allowed, oneTx)
	return p, nil
}

// hasApproveAndCall reports whether the token's approveAndCall deposits amount for from in
// one transaction: it simulates it (a token without approveAndCall reverts).
func (s *Server) hasApproveAndCall(ctx context.Context, from common.Address, amount *big.Int) bool {
	c := s.cfg.Client
	token, hub := c.Token(), c.Hub()
	data := bindings.NewTestToken().PackApproveAndCall(hub, amount, []byte{})
	_, err := c.Backend().CallContract(ctx, ethereum.CallMsg{From: from, To: &token, Data: data}, nil)
	return err == nil
}

// planDeposit is the transactions that deposit amount from a wallet whose allowance to the
// hub is allowed: the deposit alone when the allowance covers it; else the token's
// approveAndCall (one transaction) when it has it, or approve then deposit.
func planDeposit(hub, token common.Address, amount, allowed *big.Int, approveAndCall bool) []PreparedTx {
	poco, tok := bindings.NewPoco(), bindings.NewTestToken()
	what := sdk.FormatRLC(amount)
	deposit := prepared(hub, poco.PackDeposit(amount), fmt.Sprintf("Deposit %s from your wallet into the hub", what))
	switch {
	case allowed != nil && allowed.Cmp(amount) >= 0:
		return []PreparedTx{deposit}
	case approveAndCall:
		return []PreparedTx{prepared(token, tok.PackApproveAndCall(hub, amount, []byte{}),
			fmt.Sprintf("Deposit %s into the hub: the token approves the hub and deposits in one transaction (approveAndCall)", what))}
	}
	return []PreparedTx{
		prepared(token, tok.PackApprove(hub, amount), fmt.Sprintf("Allow the hub to take %s from your wallet (approve)", what)),
		deposit,
	}
}

func prepared(to common.Address, data []byte, description string) PreparedTx {
	return PreparedTx{To: lower(to), Data: hexutil.Encode(data), Value: "0x0", Description: description}
}

// Receipt is a transaction's state as the chain says: pending (not mined, or unknown),
// success or failed.
type Receipt struct {
	Hash    string `json:"hash"`
	Status  string `json:"status"`
	Block   uint64 `json:"block,omitempty"`
	GasUsed uint64 `json:"gasUsed,omitempty"`
}

func (s *Server) receipt(r *http.Request) (any, error) {
	h, err := hexArg(r, "hash", 32)
	if err != nil {
		return nil, err
	}
	if s.cfg.Client == nil {
		return nil, errNoChain
	}
	rc, err := s.cfg.Client.Backend().TransactionReceipt(r.Context(), common.HexToHash(h))
	if errors.Is(err, ethereum.NotFound) {
		return &Receipt{Hash: h, Status: "pending"}, nil
	}
	if err != nil {
		return nil, err
	}
	out := &Receipt{Hash: h, Status: "failed", GasUsed: rc.GasUsed}
	if rc.Status == 1 {
		out.Status = "success"
	}
	if rc.BlockNumber != nil {
		out.Block = rc.BlockNumber.Uint64()
	}
	return out, nil
}

// AccountPage is the account page's data. Address and Balances are those of ?address=
// (the page without JavaScript); Error says why they are not shown.
type AccountPage struct {
	ChainID    string // decimal; "" without a chain client
	ChainIDHex string
	Hub, Token string
	Address    string // as typed, trimmed
	Balances   *AccountBalances
	Error      string
}

func (AccountPage) PageTitle() string { return "Account" }

// CLIAddress is the address the commands show: the one asked for, else a placeholder.
func (a AccountPage) CLIAddress() string {
	if a.Balances != nil {
		return common.HexToAddress(a.Balances.Address).Hex()
	}
	return "ADDRESS"
}

func (s *Server) accountPage(r *http.Request) (any, error) {
	p := AccountPage{Address: strings.TrimSpace(r.URL.Query().Get("address"))}
	if c := s.cfg.Client; c != nil {
		p.ChainID, p.ChainIDHex = c.ChainID().String(), hexutil.EncodeBig(c.ChainID())
		p.Hub, p.Token = lower(c.Hub()), lower(c.Token())
	} else if cur, ok, err := s.cfg.DB.Cursor(r.Context()); err == nil && ok {
		p.ChainID, p.Hub = cur.ChainID, cur.Hub
		if id, ok := new(big.Int).SetString(cur.ChainID, 10); ok {
			p.ChainIDHex = hexutil.EncodeBig(id)
		}
	}
	if p.Address == "" {
		return p, nil
	}
	if !common.IsHexAddress(p.Address) || !strings.HasPrefix(p.Address, "0x") {
		p.Error = fmt.Sprintf("%q is not an address: write 0x and 40 hex digits", p.Address)
		return p, nil
	}
	b, err := s.balancesOf(r.Context(), common.HexToAddress(p.Address))
	if err != nil {
		p.Error = "The balances could not be read: " + err.Error()
		return p, nil
	}
	p.Balances = b
	return p, nil
}
