package cli

import (
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// Order files without a chain: parsing says which field is wrong.
func TestOrderCLIParseOrderFile(t *testing.T) {
	app := "0x58d328a1F13853a80eb5c3B4AdE2bBB2155ea91a"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"empty", "  \n", []string{"empty"}},
		{"syntax", "{\n \"app\": \"x\",\n  volume }", []string{"not valid JSON: line 3, column 4"}},
		{"array", "[1,2]", []string{"want a JSON object", "array"}},
		{"not an order", `{"foo":1}`, []string{"not an order"}},
		{"bad address", `{"app":"0x12","appprice":1,"volume":1}`, []string{`app order's field "app"`, "40 hex digits", `"0x12"`}},
		{"negative price", `{"app":"` + app + `","appprice":-1,"volume":1}`, []string{`field "appprice"`, "0 or more", "-1"}},
		{"decimal price", `{"app":"` + app + `","appprice":1.5,"volume":1}`, []string{`field "appprice"`, "whole number"}},
		{"typo", `{"app":"` + app + `","apprice":1,"volume":1}`, []string{`unknown field "apprice"`, "appprice"}},
		{"missing volume", `{"app":"` + app + `","appprice":1}`, []string{`no "volume" field`}},
		{"bad tag", `{"app":"` + app + `","appprice":1,"volume":1,"tag":"fast"}`, []string{`field "tag"`, `unknown tag name "fast"`}},
		{"bad salt", `{"app":"` + app + `","appprice":1,"volume":1,"salt":"0x01"}`, []string{`field "salt"`, "64 hex digits"}},
		{"bad sign", `{"order":{"app":"` + app + `","appprice":1,"volume":1},"sign":"zz"}`, []string{`field "sign"`}},
		{"extra top field", `{"order":{"app":"` + app + `","appprice":1,"volume":1},"signature":"0x"}`, []string{`unknown field "signature"`}},
		{"order not object", `{"order":"x"}`, []string{`"order" is not a JSON object`}},
		{"request params", `{"app":"` + app + `","requester":"` + app + `","volume":1,"params":{"args":1}}`, []string{`request order's field "params"`, "want a string"}},
		{"too wide", `{"app":"` + app + `","appprice":1` + strings.Repeat("0", 80) + `,"volume":1}`, []string{"appprice", "not a uint256"}},
	} {
		_, err := parseOrderFile([]byte(tc.text))
		if err == nil {
			t.Errorf("%s: parsed", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not say %q", tc.name, err, w)
			}
		}
	}

	// Good files: bare or signed, numbers or strings, names for tags.
	so, err := parseOrderFile([]byte(`{"order":{"workerpool":"` + app + `","workerpoolprice":"10000000000","volume":5,"category":1,"trust":"3","tag":"gpu"},"sign":"0x0102"}`))
	if err != nil {
		t.Fatal(err)
	}
	w, ok := so.(sdk.SignedWorkerpoolOrder)
	if !ok || w.Order.WorkerpoolPrice.Cmp(sdk.RLC(10)) != 0 || w.Order.Trust.Uint64() != 3 || w.Order.Category.Uint64() != 1 ||
		w.Order.Tag != protocol.TagGPU || string(w.Sig) != "\x01\x02" || w.Order.Workerpool != common.HexToAddress(app) {
		t.Fatalf("parsed %#v", so)
	}
	// Amounts are base units, as JSON numbers or quoted strings alike (what order init
	// writes, and what tools that lose big numbers' precision write).
	for _, price := range []string{`2500000000`, `"2500000000"`, ` "2500000000" `, `"0x9502f900"`} {
		so, err := parseOrderFile([]byte(`{"app":"` + app + `","appprice":` + price + `,"volume":"3"}`))
		if err != nil {
			t.Fatalf("appprice %s: %v", price, err)
		}
		if a := so.(sdk.SignedAppOrder).Order; a.AppPrice.Cmp(big.NewInt(2_500_000_000)) != 0 || a.Volume.Uint64() != 3 {
			t.Fatalf("appprice %s: %+v", price, a)
		}
	}
	// Not RLC: a decimal amount is refused, saying the file holds base units.
	for _, price := range []string{`"2.5"`, `2.5`, `"2.5 RLC"`} {
		_, err := parseOrderFile([]byte(`{"app":"` + app + `","appprice":` + price + `,"volume":1}`))
		if err == nil || !strings.Contains(err.Error(), "base units") || !strings.Contains(err.Error(), "2500000000") {
			t.Errorf("appprice %s: %v, want a refusal naming base units", price, err)
		}
	}
	_, err = parseOrderFile([]byte(`{"app":"` + app + `","appprice":1,"volume":"many"}`))
	if err == nil || !strings.Contains(err.Error(), `field "volume"`) || strings.Contains(err.Error(), "base units") {
		t.Errorf("volume \"many\": %v", err)
	}
	so, err = parseOrderFile([]byte(`{"app":"` + app + `","requester":"` + app + `","volume":2,"params":"{\"args\":\"x\"}"}`))
	if err != nil || so.Kind() != sdk.KindRequest || so.(sdk.SignedRequestOrder).Order.Params != `{"args":"x"}` || len(so.Signature()) != 0 {
		t.Fatalf("request: %#v, %v", so, err)
	}
}

// order init's help says the file holds base units, while --price takes RLC.
func TestOrderCLIInitHelp(t *testing.T) {
	walletTestEnv(t)
	for _, args := range [][]string{{"order", "init"}, {"order", "init", "app"}, {"order", "init", "request"}} {
		out := poco(t, append(args, "--help")...)
		for _, want := range []string{"base units", "1 RLC = 10^9"} {
			if !strings.Contains(out, want) {
				t.Errorf("poco %s --help does not say %q:\n%s", strings.Join(args, " "), want, out)
			}
		}
	}
}

func TestOrderCLIParams(t *testing.T) {
	for _, tc := range []struct {
		params, args string
		hasArgs      bool
		want, err    string
	}{
		{"", "", false, "", ""},
		{"", "hello world", true, `{"args":"hello world"}`, ""},
		{`{"inputFiles":["a"]}`, "x", true, `{"args":"x","inputFiles":["a"]}`, ""},
		{` {"args": "kept as written"} `, "", false, ` {"args": "kept as written"} `, ""},
		{`{"a":`, "", false, "", "not a JSON object"},
		{`"text"`, "", false, "", "not a JSON object"},
		{`{} {}`, "", false, "", "more than one JSON value"},
	} {
		got, err := orderParams(tc.params, tc.args, tc.hasArgs)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("params %q: err %v, want %q", tc.params, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("params %q args %q: %q, %v; want %q", tc.params, tc.args, got, err, tc.want)
		}
	}
}

// init writes unsigned orders; sign signs them as their owner; show inspects them;
// presign and cancel act on chain.
func TestOrderCLIInitSignShow(t *testing.T) {
	m := newMarketEnv(t)

	// init app: the address as an argument or a flag, amounts in RLC, tags by name.
	out := poco(t, "order", "init", "app", m.app.Hex(), "--price", "2.5", "--volume", "7", "--tag", "gpu",
		"--workerpool-restrict", m.pool.Hex())
	var ao protocol.AppOrder
	if err := json.Unmarshal([]byte(out), &ao); err != nil {
		t.Fatalf("init app printed %q: %v", out, err)
	}
	if ao.App != m.app || ao.AppPrice.Cmp(big.NewInt(2_500_000_000)) != 0 || ao.Volume.Uint64() != 7 || ao.Tag != protocol.TagGPU ||
		ao.WorkerpoolRestrict != m.pool || ao.Salt == (common.Hash{}) {
		t.Fatalf("init app: %+v", ao)
	}
	out = poco(t, "order", "init", "app", "--app", m.app.Hex(), "--out", m.file("app.json"))
	if !strings.Contains(out, "Wrote the unsigned app order to "+m.file("app.json")) {
		t.Errorf("init --out printed %q", out)
	}
	var ao2 protocol.AppOrder
	readJSONFile(t, m.file("app.json"), &ao2)
	if ao2.App != m.app || ao2.AppPrice.Sign() != 0 || ao2.Volume.Uint64() != 1 || ao2.Salt == ao.Salt {
		t.Errorf("init app --out: %+v", ao2)
	}

	// init workerpool: category by name, trust.
	out = poco(t, "order", "init", "workerpool", m.pool.Hex(), "--price", "10", "--category", "s", "--trust", "5", "--tag", "tee,gpu")
	var wo protocol.WorkerpoolOrder
	if err := json.Unmarshal([]byte(out), &wo); err != nil || wo.Category.Uint64() != 1 || wo.Trust.Uint64() != 5 ||
		wo.WorkerpoolPrice.Cmp(sdk.RLC(10)) != 0 || wo.Tag != protocol.TagTEE.Or(protocol.TagGPU) {
		t.Fatalf("init workerpool: %q, %v", out, err)
	}

	// init request: the requester is --from; args and params merge; the beneficiary defaults to the requester.
	out = poco(t, "order", "init", "request", "--app", m.app.Hex(), "--dataset", m.dataset.Hex(), "--workerpool", m.pool.Hex(),
		"--app-max-price", "3", "--dataset-max-price", "0.5", "--workerpool-max-price", "10", "--category", "2", "--trust", "3",
		"--volume", "4", "--params", `{"inputFiles":["https://x/y"]}`, "--args", "a b")
	var ro protocol.RequestOrder
	if err := json.Unmarshal([]byte(out), &ro); err != nil {
		t.Fatal(err)
	}
	if ro.Requester != m.requester || ro.Beneficiary != m.requester || ro.App != m.app || ro.Dataset != m.dataset ||
		ro.Workerpool != m.pool || ro.AppMaxPrice.Cmp(sdk.RLC(3)) != 0 || ro.DatasetMaxPrice.Cmp(big.NewInt(500_000_000)) != 0 ||
		ro.Category.Uint64() != 2 || ro.Trust.Uint64() != 3 || ro.Volume.Uint64() != 4 ||
		ro.Params != `{"args":"a b","inputFiles":["https://x/y"]}` {
		t.Fatalf("init request: %+v", ro)
	}
	out = poco(t, "order", "init", "request", "--app", m.app.Hex(), "--from", m.appOwner.Hex(), "--beneficiary", m.worker.Hex())
	if err := json.Unmarshal([]byte(out), &ro); err != nil || ro.Requester != m.appOwner || ro.Beneficiary != m.worker ||
		ro.Workerpool != (common.Address{}) || ro.Trust.Uint64() != 1 || ro.Params != "" {
		t.Fatalf("init request --from: %q, %v", out, err)
	}

	// sign: as the app's owner, to stdout or a file, from a file or standard input.
	out = poco(t, "order", "sign", m.file("app.json"), "--from", m.appOwner.Hex())
	var signed sdk.SignedAppOrder
	if err := json.Unmarshal([]byte(out), &signed); err != nil || signed.Order.Salt != ao2.Salt || len(signed.Sig) != 65 {
		t.Fatalf("sign printed %q (%v)", out, err)
	}
	c := m.client(t, common.Address{})
	if err := c.CheckSignature(bgCtx, signed); err != nil {
		t.Fatalf("the CLI's signature does not check: %v", err)
	}
	appJSON, _ := os.ReadFile(m.file("app.json"))
	stdout, _, err := runPoco(t, string(appJSON), "order", "sign", "-", "--from", m.appOwner.Hex(), "-o", m.file("app-signed.json"), "--json")
	var written struct {
		File string
		Hash common.Hash
	}
	if err != nil || json.Unmarshal([]byte(stdout), &written) != nil || written.File != m.file("app-signed.json") ||
		written.Hash != c.HashAppOrder(ao2) {
		t.Fatalf("sign - -o --json: %q, %v", stdout, err)
	}

	// show: a valid signature, its owner, the volume.
	var shown orderShowJSONView
	pocoJSON(t, &shown, "order", "show", m.file("app-signed.json"))
	if shown.Kind != "app" || shown.Hash != written.Hash || !shown.Valid || !shown.Signed || shown.Signer != m.appOwner.Hex() ||
		shown.Owner != m.appOwner.Hex() || shown.Volume != 1 || shown.Consumed != 0 || shown.Remaining != 1 || shown.Problem != "" ||
		shown.Presigner != "" || shown.Order.App != m.app.Hex() || shown.Order.AppPrice == nil || *shown.Order.AppPrice != "0" {
		t.Fatalf("order show --json: %+v", shown)
	}
	out = poco(t, "order", "show", m.file("app-signed.json"))
	for _, want := range []string{"app order", written.Hash.Hex(), m.app.Hex(), "owner " + m.appOwner.Hex(), "0 RLC per task",
		"1 tasks: 0 consumed, 1 remaining", "valid: signed by its owner"} {
		if !strings.Contains(out, want) {
			t.Errorf("order show does not print %q:\n%s", want, out)
		}
	}
	// The unsigned order: no signature, not valid, and why.
	pocoJSON(t, &shown, "order", "show", m.file("app.json"))
	if shown.Valid || shown.Signed || !strings.Contains(shown.Problem, "no signature and is not presigned") {
		t.Fatalf("order show of an unsigned order: %+v", shown)
	}
	// A signature by someone else than the owner.
	forged, err := m.client(t, m.worker).SignAppOrder(ao2)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(forged)
	if err := os.WriteFile(m.file("forged.json"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	pocoJSON(t, &shown, "order", "show", m.file("forged.json"))
	if shown.Valid || shown.Signer != m.worker.Hex() || !strings.Contains(shown.Problem, "not by its owner "+m.appOwner.Hex()) {
		t.Fatalf("order show of a forged order: %+v", shown)
	}
	out = poco(t, "order", "show", m.file("forged.json"))
	if !strings.Contains(out, "NOT VALID") {
		t.Errorf("order show of a forged order:\n%s", out)
	}

	// presign: the unsigned order becomes valid; cancel: nothing remains.
	var tx orderTxView
	pocoJSON(t, &tx, "order", "presign", m.file("app.json"), "--from", m.appOwner.Hex())
	if tx.Kind != "app" || tx.Action != "presigned" || tx.Hash != written.Hash {
		t.Fatalf("presign: %+v", tx)
	}
	checkTx(t, "order presign", tx.Tx)
	pocoJSON(t, &shown, "order", "show", m.file("app.json"))
	if !shown.Valid || shown.Presigner != m.appOwner.Hex() {
		t.Fatalf("order show after presign: %+v", shown)
	}
	out = poco(t, "order", "cancel", m.file("app-signed.json"), "--from", m.appOwner.Hex())
	if !strings.Contains(out, "Cancelled the app order "+written.Hash.Hex()) {
		t.Errorf("cancel printed %q", out)
	}
	// cancel --json, of another order, unsigned.
	poco(t, "order", "init", "app", m.app.Hex(), "--price", "1.5", "--out", m.file("app2.json"))
	var shown2 orderShowJSONView
	pocoJSON(t, &shown2, "order", "show", m.file("app2.json"))
	if shown2.Order.AppPrice == nil || *shown2.Order.AppPrice != "1.5" || shown2.Signed || shown2.Signer != "" {
		t.Fatalf("order show of an unsigned order priced 1.5 RLC: %+v", shown2)
	}
	pocoJSON(t, &tx, "order", "cancel", m.file("app2.json"), "--from", m.appOwner.Hex())
	if tx.Kind != "app" || tx.Action != "cancelled" || tx.Hash != shown2.Hash {
		t.Fatalf("cancel: %+v", tx)
	}
	checkTx(t, "order cancel", tx.Tx)
	pocoJSON(t, &shown, "order", "show", m.file("app-signed.json"))
	if shown.Consumed != 1 || shown.Remaining != 0 {
		t.Fatalf("order show after cancel: %+v", shown)
	}
}

func TestOrderCLIErrors(t *testing.T) {
	m := newMarketEnv(t)
	appFile, _, poolFile, requestFile := m.signedOrders(t, "", defaultPrices())
	other := "0x0000000000000000000000000000000000000001"

	// Bad flags and unknown assets, before anything is written.
	pocoFails(t, []string{`app "0x1234" is not an address`}, "order", "init", "app", "0x1234")
	pocoFails(t, []string{"which app?"}, "order", "init", "app")
	pocoFails(t, []string{"two apps given"}, "order", "init", "app", m.app.Hex(), "--app", other)
	pocoFails(t, []string{"no app at " + common.HexToAddress(other).Hex(), "poco app deploy"}, "order", "init", "app", other)
	pocoFails(t, []string{"no workerpool at " + m.app.Hex()}, "order", "init", "workerpool", m.app.Hex())
	pocoFails(t, []string{"no dataset at"}, "order", "init", "request", "--app", m.app.Hex(), "--dataset", other)
	pocoFails(t, []string{"--price", `"abc" is not a number of RLC`}, "order", "init", "app", m.app.Hex(), "--price", "abc")
	pocoFails(t, []string{"--price", "negative"}, "order", "init", "app", m.app.Hex(), "--price=-1")
	pocoFails(t, []string{"--volume must be at least 1"}, "order", "init", "app", m.app.Hex(), "--volume", "0")
	pocoFails(t, []string{"--tag", `unknown tag name "fast"`}, "order", "init", "app", m.app.Hex(), "--tag", "fast")
	pocoFails(t, []string{`--category "XXL"`, "0 XS"}, "order", "init", "workerpool", m.pool.Hex(), "--category", "XXL")
	pocoFails(t, []string{`--category "9"`}, "order", "init", "request", "--app", m.app.Hex(), "--category", "9")
	pocoFails(t, []string{"--params is not a JSON object"}, "order", "init", "request", "--app", m.app.Hex(), "--params", "args=1")
	pocoFails(t, []string{"which app?"}, "order", "init", "request")
	pocoFails(t, []string{"--workerpool", "not an address"}, "order", "init", "request", "--app", m.app.Hex(), "--workerpool", "pool")

	// Malformed files, named with the field at fault.
	bad := writeTestFile(t, "bad.json", `{"order":{"app":"`+m.app.Hex()+`","appprice":"lots","volume":1},"sign":"0x"}`)
	pocoFails(t, []string{"bad.json", `app order's field "appprice"`, "whole number"}, "order", "sign", bad, "--from", m.appOwner.Hex())
	pocoFails(t, []string{"bad.json", `field "appprice"`}, "order", "show", bad)
	pocoFails(t, []string{"no file"}, "order", "show", m.file("missing.json"))
	pocoFails(t, []string{"standard input", "empty"}, "order", "show", "-")

	// Signing an order one does not own.
	pocoFails(t, []string{"you (" + m.requester.Hex() + ") do not own app " + m.app.Hex(), "its owner is " + m.appOwner.Hex()},
		"order", "sign", appFile)
	pocoFails(t, []string{"not the requester", "its requester is " + m.requester.Hex()},
		"order", "sign", requestFile, "--from", m.appOwner.Hex())
	unknown := writeTestFile(t, "unknown.json", `{"app":"`+other+`","appprice":1,"volume":1}`)
	pocoFails(t, []string{"no app at"}, "order", "sign", unknown)
	// Presign and cancel by someone else: the protocol's sentence.
	pocoFails(t, []string{"only the app order's owner " + m.appOwner.Hex() + " may presign or cancel it"}, "order", "cancel", appFile)

	// Wrong password, unreachable node.
	pocoFails(t, []string{"wrong password for " + m.appOwner.Hex()},
		"order", "sign", appFile, "--from", m.appOwner.Hex(), "--password-file", writeTestFile(t, "pw", "not it\n"))
	pocoFails(t, []string{"cannot reach the chain at http://127.0.0.1:1"}, "order", "show", appFile, "--rpc", "http://127.0.0.1:1")
	pocoFails(t, []string{"cannot reach the chain at http://127.0.0.1:1"}, "order", "match", "--app", appFile, "--workerpool", poolFile,
		"--request", requestFile, "--rpc", "http://127.0.0.1:1")

	// Matching: missing or swapped files, incompatible orders, a payer short of funds.
	pocoFails(t, []string{"missing --request FILE"}, "order", "match", "--app", appFile, "--workerpool", poolFile)
	pocoFails(t, []string{"--app " + poolFile + " holds a workerpool order: --app takes the app order"},
		"order", "match", "--app", poolFile, "--workerpool", poolFile, "--request", requestFile)
	p := defaultPrices()
	p.appMax = "2"
	a2, _, w2, r2 := m.signedOrders(t, "cheap-", p)
	pocoFails(t, []string{"the app order costs 3 RLC per task, above the request's maximum of 2 RLC"},
		"order", "match", "--app", a2, "--workerpool", w2, "--request", r2)
	p = defaultPrices()
	p.pool, p.poolMax = "20000", "20000"
	a3, _, w3, r3 := m.signedOrders(t, "rich-", p)
	pocoFails(t, []string{"your free balance is 10000 RLC; this needs 20003 RLC: deposit 10003 more"},
		"order", "match", "--app", a3, "--workerpool", w3, "--request", r3)
	p = defaultPrices()
	p.withDataset = true
	a4, _, w4, r4 := m.signedOrders(t, "ds-", p)
	pocoFails(t, []string{"the request uses dataset " + m.dataset.Hex(), "--dataset FILE"},
		"order", "match", "--app", a4, "--workerpool", w4, "--request", r4)
	// The unsigned request: its requester must sign it.
	pocoFails(t, []string{"has no signature and is not presigned"},
		"order", "match", "--app", appFile, "--workerpool", poolFile, "--request", m.file("request.json"))

	// A sponsor pays instead of the requester.
	v := m.match(t, appFile, "", poolFile, requestFile, "--sponsor", "--from", m.worker.Hex())
	if v.Payer != m.worker.Hex() || v.Deal.Sponsor != m.worker.Hex() || v.Deal.Requester != m.requester.Hex() || v.PayerLocked != "13" {
		t.Fatalf("sponsored match: payer %s, want %s (%+v)", v.Payer, m.worker.Hex(), v)
	}
	bal, err := m.client(t, common.Address{}).Account(bgCtx, m.worker)
	if err != nil || bal.Locked.Cmp(sdk.RLC(13)) != 0 {
		t.Fatalf("the sponsor's balance after the match: %+v, %v", bal, err)
	}
	// The orders are used up: matching again says so.
	pocoFails(t, []string{"has no volume left"}, "order", "match", "--app", appFile, "--workerpool", poolFile, "--request", requestFile)
}
