package market

import (
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/sdk"
)

// above53 is 2^53 + 1, the first whole number a JavaScript number cannot hold.
var above53 = new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 53), big.NewInt(1))

// badChecksum flips the case of the first letter of a checksummed address, which breaks
// its EIP-55 checksum.
func badChecksum(a common.Address) string {
	s := []byte(a.Hex())
	for i := 2; i < len(s); i++ {
		switch {
		case s[i] >= 'a' && s[i] <= 'f':
			s[i] -= 'a' - 'A'
			return string(s)
		case s[i] >= 'A' && s[i] <= 'F':
			s[i] += 'a' - 'A'
			return string(s)
		}
	}
	panic("no letter in " + a.Hex())
}

// post sends body to the market's path and returns the status and the answer.
func (m *marketEnv) post(path, body string) (int, string) {
	m.t.Helper()
	resp, err := http.Post(m.srv.URL+path, "application/json", strings.NewReader(body))
	if err != nil {
		m.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

func (m *marketEnv) get(path string) (int, string) {
	m.t.Helper()
	resp, err := http.Get(m.srv.URL + path)
	if err != nil {
		m.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

// The API takes the order files JavaScript tools write (numbers as strings, hex or
// decimal) as well as JSON numbers, and writes big numbers as strings.
func TestMarketJSInterop(t *testing.T) {
	m := newMarketEnv(t, storeKinds[0].dsn(t), DefaultLimits())
	e := m.e

	a := e.AppOrder()
	a.AppPrice, a.Volume = above53, big.NewInt(10)
	signed, err := json.Marshal(m.signedApp(a))
	if err != nil {
		t.Fatal(err)
	}
	// What the order types write: strings.
	for _, want := range []string{`"appprice":"9007199254740993"`, `"volume":"10"`} {
		if !strings.Contains(string(signed), want) {
			t.Fatalf("signed order %s does not hold %s", signed, want)
		}
	}
	// The same order with JSON numbers, and with hex strings: the same order.
	numbers := strings.NewReplacer(`"appprice":"9007199254740993"`, `"appprice":9007199254740993`, `"volume":"10"`, `"volume":10`).Replace(string(signed))
	hexed := strings.NewReplacer(`"volume":"10"`, `"volume":"0xa"`).Replace(string(signed))
	for _, body := range []string{numbers, hexed, string(signed)} {
		code, answer := m.post(PathOrders, body)
		if code != 201 && code != 409 {
			t.Fatalf("publishing %s: %d %s", body, code, answer)
		}
	}

	// The answer: big numbers as strings, read back exactly.
	h := a.Hash(e.Domain)
	code, answer := m.get(PathOrders + "/" + common.Hash(h).Hex())
	if code != 200 {
		t.Fatalf("GET order: %d %s", code, answer)
	}
	for _, want := range []string{`"price":"9007199254740993"`, `"volume":"10"`, `"remaining":"10"`, `"appprice":"9007199254740993"`} {
		if !strings.Contains(answer, want) {
			t.Errorf("answer %s does not hold %s", answer, want)
		}
	}
	if strings.Contains(answer, ":9007199254740993") {
		t.Errorf("answer %s writes a number above 2^53 as a JSON number", answer)
	}
	o := m.order(h)
	if o.Price.Cmp(above53) != 0 || o.Volume != 10 || o.Remaining != 10 {
		t.Fatalf("read back %+v", o)
	}
	so, err := o.SignedOrder()
	if err != nil || common.Hash(so.Unsigned().Hash(e.Domain)) != common.Hash(h) {
		t.Fatalf("signed order read back: %v", err)
	}
	page, err := m.mc.Query(bg, sdk.KindApp, Filter{App: e.App})
	if err != nil || len(page.Orders) != 1 || page.Orders[0].Price.Cmp(above53) != 0 {
		t.Fatalf("query: %+v %v", page, err)
	}

	// A bad number names its field.
	bad := strings.Replace(string(signed), `"volume":"10"`, `"volume":"many"`, 1)
	code, answer = m.post(PathOrders, bad)
	if code != 400 || !strings.Contains(answer, `field \"volume\"`) || !strings.Contains(answer, "many") {
		t.Fatalf("volume \"many\": %d %s", code, answer)
	}

	// A wrong EIP-55 checksum is refused in an order, a query and a challenge, with the
	// right form; all lower case is taken.
	wrong := badChecksum(e.App)
	bad = strings.Replace(string(signed), `"app":"`+strings.ToLower(e.App.Hex())+`"`, `"app":"`+wrong+`"`, 1)
	if bad == string(signed) {
		t.Fatalf("no app address to replace in %s", signed)
	}
	code, answer = m.post(PathOrders, bad)
	if code != 400 || !strings.Contains(answer, "wrong EIP-55 checksum") || !strings.Contains(answer, "did you mean "+e.App.Hex()) {
		t.Fatalf("order with a wrong checksum: %d %s", code, answer)
	}
	code, answer = m.get(PathOrderbook + "/app?app=" + wrong)
	if code != 400 || !strings.Contains(answer, "wrong EIP-55 checksum") {
		t.Fatalf("query with a wrong checksum: %d %s", code, answer)
	}
	code, answer = m.get(PathOrderbook + "/app?app=" + strings.ToLower(e.App.Hex()))
	if code != 200 || !strings.Contains(answer, `"price":"9007199254740993"`) {
		t.Fatalf("query in lower case: %d %s", code, answer)
	}
	code, answer = m.get(PathDeals + "?app=" + wrong)
	if code != 400 || !strings.Contains(answer, "wrong EIP-55 checksum") {
		t.Fatalf("deals with a wrong checksum: %d %s", code, answer)
	}
	code, answer = m.post(PathChallenge, `{"address":"`+wrong+`"}`)
	if code != 400 || !strings.Contains(answer, "wrong EIP-55 checksum") {
		t.Fatalf("challenge with a wrong checksum: %d %s", code, answer)
	}
	code, answer = m.post(PathChallenge, `{"address":"0x`+strings.ToUpper(e.App.Hex()[2:])+`"}`)
	if code != 200 {
		t.Fatalf("challenge in upper case: %d %s", code, answer)
	}
}

// Deals and orders read back exactly from strings and from numbers (what older markets
// wrote).
func TestMarketJSONBigNumbers(t *testing.T) {
	d := &sdk.Deal{AppPrice: above53, DatasetPrice: big.NewInt(0), WorkerpoolPrice: new(big.Int).Lsh(above53, 100),
		WorkerStake: big.NewInt(7), Trust: 1 << 60, Category: 2, BotFirst: 1<<53 + 1, BotSize: 3, Block: 12}
	data, err := json.Marshal(DealPage{Deals: []*sdk.Deal{d}, Next: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"appPrice":"9007199254740993"`, `"trust":"1152921504606846976"`, `"botFirst":"9007199254740993"`, `"block":12`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("deal page %s does not hold %s", data, want)
		}
	}
	var back DealPage
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	old := `{"deals":[{"appPrice":9007199254740993,"datasetPrice":0,"workerpoolPrice":1,"workerStake":7,"trust":1152921504606846976,"botFirst":9007199254740993,"block":12}]}`
	var fromNumbers DealPage
	if err := json.Unmarshal([]byte(old), &fromNumbers); err != nil {
		t.Fatal(err)
	}
	for _, p := range []DealPage{back, fromNumbers} {
		g := p.Deals[0]
		if len(p.Deals) != 1 || g.AppPrice.Cmp(above53) != 0 || g.Trust != 1<<60 || g.BotFirst != 1<<53+1 || g.Block != 12 || g.WorkerStake.Int64() != 7 {
			t.Fatalf("deal read back: %+v", g)
		}
	}
	if back.Deals[0].WorkerpoolPrice.Cmp(d.WorkerpoolPrice) != 0 || back.Next != "x" {
		t.Fatalf("deal read back: %+v", back)
	}

	cat := uint64(1<<53 + 1)
	// Signed as an older market kept it, with JSON numbers: written with strings.
	signed := `{"order":{"app":"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266","appprice":9007199254740993,"volume":1},"sign":"0x"}`
	o := Order{Price: above53, Volume: 1<<62 + 1, Remaining: 1<<53 + 1, Category: &cat, Trust: 5, Status: StatusOpen, Signed: json.RawMessage(signed)}
	data, err = json.Marshal(&o)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"price":"9007199254740993"`, `"volume":"4611686018427387905"`, `"category":"9007199254740993"`, `"trust":"5"`, `"appprice":"9007199254740993"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("order %s does not hold %s", data, want)
		}
	}
	for _, text := range []string{string(data), `{"price":9007199254740993,"volume":4611686018427387905,"remaining":9007199254740993,"category":9007199254740993,"trust":5,"status":"open"}`} {
		var g Order
		if err := json.Unmarshal([]byte(text), &g); err != nil {
			t.Fatal(err)
		}
		if g.Price.Cmp(above53) != 0 || g.Volume != o.Volume || g.Remaining != o.Remaining || *g.Category != cat || g.Trust != 5 || g.Status != StatusOpen {
			t.Fatalf("order read back from %s: %+v", text, g)
		}
	}
}
