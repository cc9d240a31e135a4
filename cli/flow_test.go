package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/wallet"
)

// marketEnv is a devnet with an app, a dataset and a workerpool, created through the SDK,
// each owned by another dev account than the requester (dev account 0, the commands'
// default account):
//
//	account 0: requester (and the hub's owner)
//	account 1: app owner
//	account 2: workerpool owner (the scheduler)
//	account 3: dataset owner, and the worker
type marketEnv struct {
	d                                    *devnet.Devnet
	requester, appOwner, poolOwner, dsOw common.Address
	worker                               common.Address
	app, dataset, pool                   common.Address
	keys                                 map[common.Address]*ecdsa.PrivateKey
	dir                                  string
}

var bgCtx = context.Background()

func newMarketEnv(t *testing.T) *marketEnv {
	t.Helper()
	d := chainTestEnv(t)
	acc := d.Accounts()
	password, err := devnet.ReadPassword(d.PasswordFile())
	if err != nil {
		t.Fatal(err)
	}
	m := &marketEnv{d: d, requester: acc[0], appOwner: acc[1], poolOwner: acc[2], dsOw: acc[3], worker: acc[3],
		keys: map[common.Address]*ecdsa.PrivateKey{}, dir: t.TempDir()}
	for _, a := range acc {
		if m.keys[a], err = wallet.Unlock(d.KeystoreDir(), a, password); err != nil {
			t.Fatal(err)
		}
	}
	checksum := crypto.Keccak256Hash([]byte("hello"))
	if m.app, err = m.client(t, m.appOwner).CreateApp(bgCtx, sdk.AppSpec{Name: "hello", Type: "WASM",
		Multiaddr: "/ipfs/bafyhello", Checksum: checksum}); err != nil {
		t.Fatal(err)
	}
	if m.dataset, err = m.client(t, m.dsOw).CreateDataset(bgCtx, sdk.DatasetSpec{Name: "numbers",
		Multiaddr: "/ipfs/bafynumbers", Checksum: checksum}); err != nil {
		t.Fatal(err)
	}
	if m.pool, err = m.client(t, m.poolOwner).CreateWorkerpool(bgCtx, sdk.WorkerpoolSpec{Description: "test pool"}); err != nil {
		t.Fatal(err)
	}
	return m
}

// client is an SDK client acting as addr (nil key for the zero address: read-only).
func (m *marketEnv) client(t *testing.T, addr common.Address) *sdk.Client {
	t.Helper()
	c, err := sdk.Dial(bgCtx, m.d.HTTPEndpoint(), m.d.Deployment().Hub, sdk.WithKey(m.keys[addr]))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// file is a path in the test's directory.
func (m *marketEnv) file(name string) string { return filepath.Join(m.dir, name) }

// poco runs a command that must succeed and returns its standard output.
func poco(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := runPoco(t, "", args...)
	if err != nil {
		t.Fatalf("poco %s: %v (stderr %q)", strings.Join(args, " "), err, errOut)
	}
	return out
}

// pocoJSON runs a command with --json and decodes its output into v.
func pocoJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	out := poco(t, append(args, "--json")...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("poco %s --json printed %q: %v", strings.Join(args, " "), out, err)
	}
}

// pocoFails runs a command that must fail with an error containing every part.
func pocoFails(t *testing.T, parts []string, args ...string) string {
	t.Helper()
	out, _, err := runPoco(t, "", args...)
	if err == nil {
		t.Fatalf("poco %s succeeded (printed %q), want an error saying %q", strings.Join(args, " "), out, parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Fatalf("poco %s: error %q does not say %q", strings.Join(args, " "), err, p)
		}
	}
	if strings.Contains(err.Error(), "goroutine ") || strings.Contains(err.Error(), "panic") {
		t.Fatalf("poco %s: error looks like a crash: %v", strings.Join(args, " "), err)
	}
	return err.Error()
}

// orderPrices are the prices (RLC, as text) and volumes of the orders signedOrders writes.
type orderPrices struct {
	app, dataset, pool               string
	appMax, datasetMax, poolMax      string
	appVolume, poolVolume, reqVolume string
	category                         string
	withDataset                      bool
}

func defaultPrices() orderPrices {
	return orderPrices{app: "3", dataset: "1", pool: "10", appMax: "3", datasetMax: "1", poolMax: "10",
		appVolume: "10", poolVolume: "10", reqVolume: "1", category: "XS"}
}

// signedOrders writes orders with `poco order init` and signs them with `poco order sign`,
// each as its owner, and returns the signed files: app, dataset ("" without), pool, request.
func (m *marketEnv) signedOrders(t *testing.T, prefix string, p orderPrices) (app, dataset, pool, request string) {
	t.Helper()
	f := func(name string) string { return m.file(prefix + name) }
	poco(t, "order", "init", "app", m.app.Hex(), "--price", p.app, "--volume", p.appVolume, "--out", f("app.json"))
	poco(t, "order", "sign", f("app.json"), "--from", m.appOwner.Hex(), "--out", f("app-signed.json"))
	poco(t, "order", "init", "workerpool", "--workerpool", m.pool.Hex(), "--price", p.pool, "--volume", p.poolVolume,
		"--category", p.category, "--out", f("pool.json"))
	poco(t, "order", "sign", f("pool.json"), "--from", m.poolOwner.Hex(), "--out", f("pool-signed.json"))
	args := []string{"order", "init", "request", "--app", m.app.Hex(), "--workerpool", m.pool.Hex(),
		"--app-max-price", p.appMax, "--workerpool-max-price", p.poolMax, "--volume", p.reqVolume,
		"--category", p.category, "--args", "hello world", "--out", f("request.json")}
	if p.withDataset {
		poco(t, "order", "init", "dataset", m.dataset.Hex(), "--price", p.dataset, "--volume", "10", "--out", f("dataset.json"))
		poco(t, "order", "sign", f("dataset.json"), "--from", m.dsOw.Hex(), "--out", f("dataset-signed.json"))
		dataset = f("dataset-signed.json")
		args = append(args, "--dataset", m.dataset.Hex(), "--dataset-max-price", p.datasetMax)
	}
	poco(t, args...)
	poco(t, "order", "sign", f("request.json"), "--out", f("request-signed.json"))
	return f("app-signed.json"), dataset, f("pool-signed.json"), f("request-signed.json")
}

// match matches signed orders with `poco order match --json`.
func (m *marketEnv) match(t *testing.T, app, dataset, pool, request string, extra ...string) matchView {
	t.Helper()
	args := []string{"order", "match", "--app", app, "--workerpool", pool, "--request", request}
	if dataset != "" {
		args = append(args, "--dataset", dataset)
	}
	var v matchView
	pocoJSON(t, &v, append(args, extra...)...)
	checkTx(t, "order match", v.Tx)
	if v.Deal.ID != v.DealID || v.Deal.TxHash != v.Tx.Hash || v.Deal.Block != v.Tx.Block {
		t.Fatalf("order match: the deal %+v is not the one made by %+v", v.Deal, v.Tx)
	}
	return v
}

// completeTask runs task idx of the deal as the worker, with contributeAndFinalize and the
// scheduler's (pool owner's) authorization.
func (m *marketEnv) completeTask(t *testing.T, dealID common.Hash, idx uint64, digest common.Hash, results string) {
	t.Helper()
	c := m.client(t, m.worker)
	deal, err := c.Deal(bgCtx, dealID)
	if err != nil {
		t.Fatal(err)
	}
	auth, err := sdk.SignAuthorization(m.keys[m.poolOwner], m.worker, deal.TaskID(idx), common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.ContributeAndFinalize(bgCtx, deal, sdk.ContributeAndFinalizeInput{Index: idx, Digest: digest,
		Results: []byte(results), Authorization: auth}); err != nil {
		t.Fatal(err)
	}
}

// advanceChain sends transactions (ether to itself, from the worker) until the chain's
// latest block is at or after until: the devnet makes a block per transaction, each at
// least a second after the previous one.
func (m *marketEnv) advanceChain(t *testing.T, until time.Time) {
	t.Helper()
	ec := m.d.Client()
	key := m.keys[m.worker]
	chainID := new(big.Int).SetUint64(m.d.ChainID())
	deadline := time.Now().Add(time.Minute)
	for {
		head, err := ec.HeaderByNumber(bgCtx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !time.Unix(int64(head.Time), 0).Before(until) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the chain's time is still %d, want %s", head.Time, until)
		}
		nonce, err := ec.PendingNonceAt(bgCtx, m.worker)
		if err != nil {
			t.Fatal(err)
		}
		fee := new(big.Int).Mul(head.BaseFee, big.NewInt(2))
		fee.Add(fee, big.NewInt(1e9))
		tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID,
			Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: fee, Gas: 21000, To: &m.worker, Value: big.NewInt(1)})
		if err != nil {
			t.Fatal(err)
		}
		if err := ec.SendTransaction(bgCtx, tx); err != nil {
			t.Fatal(err)
		}
		for {
			if r, err := ec.TransactionReceipt(bgCtx, tx.Hash()); err == nil && r != nil {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// The JSON the commands print, read back as the tests expect it: amounts as decimal
// strings of RLC and addresses as strings (checked against common.Address.Hex, the
// checksummed form), so that a number or a lowercase address in their place fails.

// txView is "tx": {"hash", "block", "gasUsed"}.
type txView struct {
	Hash    string  `json:"hash"`
	Block   uint64  `json:"block"`
	GasUsed *uint64 `json:"gasUsed"`
}

// checkTx fails unless tx is a mined transaction: a lowercase 0x-hex hash, a block and gas.
func checkTx(t *testing.T, what string, tx txView) {
	t.Helper()
	if len(tx.Hash) != 66 || tx.Hash != strings.ToLower(tx.Hash) || !strings.HasPrefix(tx.Hash, "0x") || tx.Block == 0 ||
		tx.GasUsed == nil || *tx.GasUsed == 0 {
		t.Fatalf("%s: tx %+v, want {hash: 0x + 64 lowercase hex digits, block, gasUsed}", what, tx)
	}
}

// dealView is a deal in `deal show`, `deal list` and `order match` --json.
type dealView struct {
	ID                   common.Hash    `json:"id"`
	App                  string         `json:"app"`
	AppOwner             string         `json:"appOwner"`
	AppPrice             string         `json:"appPrice"`
	Dataset              string         `json:"dataset"`
	DatasetOwner         string         `json:"datasetOwner"`
	DatasetPrice         string         `json:"datasetPrice"`
	Workerpool           string         `json:"workerpool"`
	WorkerpoolOwner      string         `json:"workerpoolOwner"`
	WorkerpoolPrice      string         `json:"workerpoolPrice"`
	Trust                uint64         `json:"trust"`
	Category             uint64         `json:"category"`
	CategoryName         string         `json:"categoryName"`
	Tag                  string         `json:"tag"`
	Requester            string         `json:"requester"`
	Beneficiary          string         `json:"beneficiary"`
	Callback             string         `json:"callback"`
	Sponsor              string         `json:"sponsor"`
	Params               string         `json:"params"`
	BotFirst             uint64         `json:"botFirst"`
	BotSize              uint64         `json:"botSize"`
	WorkerStake          string         `json:"workerStake"`
	SchedulerRewardRatio uint64         `json:"schedulerRewardRatio"`
	OrderHashes          [4]common.Hash `json:"orderHashes"`
	Block                uint64         `json:"block"`
	TxHash               string         `json:"txHash"`
	TaskPrice            string         `json:"taskPrice"`
	Cost                 string         `json:"cost"`
	SchedulerStake       string         `json:"schedulerStake"`
	StartTime            uint64         `json:"startTime"`
	ContributionDeadline time.Time      `json:"contributionDeadline"`
	FinalDeadline        time.Time      `json:"finalDeadline"`
}

// dealShow is `deal show --json`.
type dealShow struct {
	dealView
	ChainTime time.Time  `json:"chainTime"`
	Tasks     []taskView `json:"tasks"`
}

// taskView is a task in `deal show` and `task show` --json.
type taskView struct {
	ID            common.Hash `json:"id"`
	DealID        common.Hash `json:"dealId"`
	Index         uint64      `json:"index"`
	Status        string      `json:"status"`
	Winners       uint64      `json:"winners"`
	TotalWeight   uint64      `json:"totalWeight"`
	ResultDigest  common.Hash `json:"resultDigest"`
	ResultsText   string      `json:"resultsText"`
	Contributions []struct {
		Worker string `json:"worker"`
		Status string `json:"status"`
		Weight uint64 `json:"weight"`
	} `json:"contributions"`
	EndedAt time.Time `json:"endedAt"`
}

// taskShow is `task show --json`.
type taskShow struct {
	taskView
	Trust         uint64    `json:"trust"`
	FinalDeadline time.Time `json:"finalDeadline"`
}

// matchView is `order match --json`.
type matchView struct {
	DealID          common.Hash `json:"dealId"`
	Volume          uint64      `json:"volume"`
	BotFirst        uint64      `json:"botFirst"`
	AppPrice        string      `json:"appPrice"`
	DatasetPrice    string      `json:"datasetPrice"`
	WorkerpoolPrice string      `json:"workerpoolPrice"`
	TaskPrice       string      `json:"taskPrice"`
	Payer           string      `json:"payer"`
	PayerLocked     string      `json:"payerLocked"`
	Scheduler       string      `json:"scheduler"`
	SchedulerLocked string      `json:"schedulerLocked"`
	Tx              txView      `json:"tx"`
	Deal            dealView    `json:"deal"`
}

// claimView is `deal claim --json` and `task claim --json`.
type claimView struct {
	DealID  common.Hash   `json:"dealId"`
	Claimed int           `json:"claimed"`
	Indexes []uint64      `json:"indexes"`
	TaskIDs []common.Hash `json:"taskIds"`
	Refund  string        `json:"refund"`
	Payer   string        `json:"payer"`
	ToKitty string        `json:"toKitty"`
	Tx      *txView       `json:"tx"`
}

// orderTxView is `order presign --json` and `order cancel --json`.
type orderTxView struct {
	Kind   string      `json:"kind"`
	Hash   common.Hash `json:"hash"`
	Action string      `json:"action"`
	Tx     txView      `json:"tx"`
}

// The whole path a requester and the owners take through the CLI: the owners (other dev
// accounts) write and sign an app and a workerpool order, the requester writes and signs a
// request, `order match` makes the deal, `deal show` shows it with its tasks UNSET, `order
// show` shows the consumed volume; a worker completes a task (through the SDK) and `task
// show` shows the result.
func TestCLIFlow(t *testing.T) {
	testCLIFlow(t, false)
}

// The same with a paid dataset, owned by a fourth account.
func TestCLIFlowWithDataset(t *testing.T) {
	testCLIFlow(t, true)
}

func testCLIFlow(t *testing.T, withDataset bool) {
	m := newMarketEnv(t)
	p := defaultPrices()
	p.withDataset = withDataset
	p.reqVolume = "2"
	appFile, datasetFile, poolFile, requestFile := m.signedOrders(t, "", p)

	// The signed files are valid for their owners.
	var shown orderShowJSONView
	pocoJSON(t, &shown, "order", "show", appFile)
	if !shown.Valid || shown.Signer != m.appOwner.Hex() || shown.Owner != m.appOwner.Hex() || shown.Kind != "app" ||
		shown.Consumed != 0 || shown.Remaining != 10 || shown.Order.AppPrice == nil || *shown.Order.AppPrice != "3" ||
		shown.Order.App != m.app.Hex() {
		t.Fatalf("order show of the signed app order: %+v", shown)
	}
	pocoJSON(t, &shown, "order", "show", poolFile)
	if shown.Order.WorkerpoolPrice == nil || *shown.Order.WorkerpoolPrice != "10" || shown.Order.Workerpool != m.pool.Hex() {
		t.Fatalf("order show of the signed workerpool order: %+v", shown)
	}

	match := m.match(t, appFile, datasetFile, poolFile, requestFile)
	if match.Volume != 2 || match.BotFirst != 0 || match.Payer != m.requester.Hex() || match.Scheduler != m.poolOwner.Hex() {
		t.Fatalf("match: %+v", match)
	}
	taskPrice, locked, datasetPrice := "13", "26", "0"
	if withDataset {
		taskPrice, locked, datasetPrice = "14", "28", "1"
	}
	if match.AppPrice != "3" || match.DatasetPrice != datasetPrice || match.WorkerpoolPrice != "10" || match.TaskPrice != taskPrice ||
		match.PayerLocked != locked || match.SchedulerLocked != "6" {
		t.Fatalf("match prices: %+v", match)
	}
	if match.Deal.AppPrice != "3" || match.Deal.Cost != locked || match.Deal.SchedulerStake != "6" || match.Deal.CategoryName != "XS" ||
		match.Deal.App != m.app.Hex() || match.Deal.Sponsor != m.requester.Hex() {
		t.Fatalf("match, its deal: %+v", match.Deal)
	}

	// deal show --json: the deal with its parties, prices and UNSET tasks.
	var deal dealShow
	pocoJSON(t, &deal, "deal", "show", match.DealID.Hex())
	if deal.ID != match.DealID || deal.App != m.app.Hex() || deal.AppOwner != m.appOwner.Hex() || deal.AppPrice != "3" ||
		deal.Workerpool != m.pool.Hex() || deal.WorkerpoolOwner != m.poolOwner.Hex() || deal.WorkerpoolPrice != "10" ||
		deal.Requester != m.requester.Hex() || deal.Beneficiary != m.requester.Hex() || deal.Sponsor != m.requester.Hex() ||
		deal.Callback != (common.Address{}).Hex() || deal.Trust != 1 || deal.Category != 0 || deal.CategoryName != "XS" ||
		deal.BotSize != 2 || deal.Params != `{"args":"hello world"}` || deal.TaskPrice != taskPrice || deal.Cost != locked ||
		deal.WorkerStake != "3" || deal.SchedulerStake != "6" || deal.TxHash != match.Tx.Hash || deal.Block != match.Tx.Block ||
		deal.ChainTime.IsZero() {
		t.Fatalf("deal show: %+v", deal)
	}
	if withDataset && (deal.Dataset != m.dataset.Hex() || deal.DatasetOwner != m.dsOw.Hex() || deal.DatasetPrice != "1") ||
		!withDataset && (deal.Dataset != (common.Address{}).Hex() || deal.DatasetPrice != "0") {
		t.Fatalf("deal show, dataset: %+v", deal)
	}
	if len(deal.Tasks) != 2 || deal.Tasks[0].Status != "UNSET" || deal.Tasks[1].Status != "UNSET" || deal.Tasks[1].Index != 1 ||
		deal.Tasks[0].Contributions == nil || len(deal.Tasks[0].Contributions) != 0 {
		t.Fatalf("deal show, tasks: %+v", deal.Tasks)
	}
	// The same, as text: amounts are strings, never numbers of base units.
	out := poco(t, "deal", "show", match.DealID.Hex(), "--json")
	for _, want := range []string{`"appPrice": "3"`, `"workerpoolPrice": "10"`, `"taskPrice": "` + taskPrice + `"`,
		`"workerStake": "3"`, `"app": "` + m.app.Hex() + `"`, `"contributions": []`} {
		if !strings.Contains(out, want) {
			t.Errorf("deal show --json does not print %s:\n%s", want, out)
		}
	}
	// For people: a table with the same facts.
	out = poco(t, "deal", "show", match.DealID.Hex())
	for _, want := range []string{match.DealID.Hex(), m.app.Hex(), m.appOwner.Hex(), m.pool.Hex(), m.poolOwner.Hex(),
		"3 RLC per task", "10 RLC per task", "2 UNSET", "INDEX", "STATUS", deal.Tasks[1].ID.Hex(), "hello world"} {
		if !strings.Contains(out, want) {
			t.Errorf("deal show does not print %q:\n%s", want, out)
		}
	}

	// order show: the deal consumed 2 of each order's volume.
	for _, f := range []string{appFile, poolFile, requestFile, datasetFile} {
		if f == "" {
			continue
		}
		pocoJSON(t, &shown, "order", "show", f)
		if shown.Consumed != 2 || !shown.Valid {
			t.Errorf("order show %s after the match: %+v", filepath.Base(f), shown)
		}
	}
	out = poco(t, "order", "show", appFile)
	if !strings.Contains(out, "10 tasks: 2 consumed, 8 remaining") || !strings.Contains(out, "valid: signed by its owner "+m.appOwner.Hex()) {
		t.Errorf("order show printed:\n%s", out)
	}

	// A worker completes task 0; task show shows the result.
	digest := crypto.Keccak256Hash([]byte("result"))
	results := `{"storage":"ipfs","location":"/ipfs/bafyresult"}`
	m.completeTask(t, match.DealID, deal.BotFirst, digest, results)
	var task taskShow
	pocoJSON(t, &task, "task", "show", deal.Tasks[0].ID.Hex())
	if task.Status != "COMPLETED" || task.ResultDigest != digest || task.ResultsText != results || task.DealID != match.DealID ||
		task.Index != 0 || task.EndedAt.IsZero() || len(task.Contributions) != 1 || task.Contributions[0].Worker != m.worker.Hex() ||
		task.Trust != 1 || task.Winners != 1 || task.TotalWeight == 0 || task.TotalWeight != task.Contributions[0].Weight {
		t.Fatalf("task show after contributeAndFinalize: %+v", task)
	}
	out = poco(t, "task", "show", match.DealID.Hex(), "0")
	for _, want := range []string{"COMPLETED", digest.Hex(), results, m.worker.Hex(), "PROVED"} {
		if !strings.Contains(out, want) {
			t.Errorf("task show does not print %q:\n%s", want, out)
		}
	}
	pocoJSON(t, &deal, "deal", "show", match.DealID.Hex())
	if deal.Tasks[0].Status != "COMPLETED" || deal.Tasks[1].Status != "UNSET" {
		t.Errorf("deal show after one task: %+v", deal.Tasks)
	}
}

// orderShowJSONView is `order show --json` read back.
type orderShowJSONView struct {
	Kind  string      `json:"kind"`
	Hash  common.Hash `json:"hash"`
	Order struct {
		// The price of the order's kind, in RLC.
		AppPrice        *string `json:"appprice"`
		WorkerpoolPrice *string `json:"workerpoolprice"`
		AppMaxPrice     *string `json:"appmaxprice"`
		App             string  `json:"app"`
		Workerpool      string  `json:"workerpool"`
		Requester       string  `json:"requester"`
		Volume          uint64  `json:"volume"`
	} `json:"order"`
	Owner     string `json:"owner"`
	Volume    uint64 `json:"volume"`
	Consumed  uint64 `json:"consumed"`
	Remaining uint64 `json:"remaining"`
	Presigner string `json:"presigner"`
	Signed    bool   `json:"signed"`
	Signer    string `json:"signer"`
	Valid     bool   `json:"valid"`
	Problem   string `json:"problem"`
}

func readJSONFile(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
