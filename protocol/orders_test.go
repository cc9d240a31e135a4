package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// big256 is 2^256 − 1, the largest uint256, to exercise full-width encoding.
var big256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func bigDec(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func addr(b byte) common.Address { return common.BytesToAddress(bytes.Repeat([]byte{b}, 20)) }

func testDomain() Domain {
	return DefaultDomain(big.NewInt(65535), common.HexToAddress("0x3eca1B216A7DF1C7689aEb259fFB83ADFB894E7f"))
}

// fixtureOrders builds one order of each type with every field non-zero, a non-empty
// non-ASCII params string, a non-zero tag and uint256 values wider than 64 bits.
func fixtureOrders() (AppOrder, DatasetOrder, WorkerpoolOrder, RequestOrder) {
	tag := TagTEE.Or(TagTEEScone).Or(TagGPU)
	app := AppOrder{
		App: addr(0xa1), AppPrice: big.NewInt(1_000_000_000), Volume: bigDec("1000000000000000000000"),
		Tag: tag, DatasetRestrict: addr(0xd1), WorkerpoolRestrict: addr(0xe1), RequesterRestrict: addr(0xf1),
		Salt: common.HexToHash("0x0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"),
	}
	dataset := DatasetOrder{
		Dataset: addr(0xd1), DatasetPrice: big.NewInt(7), Volume: big256,
		Tag: TagTEE, AppRestrict: addr(0xa1), WorkerpoolRestrict: addr(0xe1), RequesterRestrict: addr(0xf1),
		Salt: common.HexToHash("0xdead"),
	}
	pool := WorkerpoolOrder{
		Workerpool: addr(0xe1), WorkerpoolPrice: big.NewInt(25), Volume: big.NewInt(100),
		Tag: tag, Category: big.NewInt(2), Trust: big.NewInt(5),
		AppRestrict: addr(0xa1), DatasetRestrict: addr(0xd1), RequesterRestrict: addr(0xf1),
		Salt: common.HexToHash("0xbeef"),
	}
	request := RequestOrder{
		App: addr(0xa1), AppMaxPrice: big.NewInt(1_000_000_000), Dataset: addr(0xd1), DatasetMaxPrice: big.NewInt(7),
		Workerpool: addr(0xe1), WorkerpoolMaxPrice: bigDec("340282366920938463463374607431768211456"), // 2^128
		Requester: addr(0xf1), Volume: big.NewInt(100), Tag: TagGPU, Category: big.NewInt(2), Trust: big.NewInt(5),
		Beneficiary: addr(0xb1), Callback: addr(0xc1),
		Params: `{"iexec_args":"--n 3 ünïcødé ✓","iexec_input_files":["https://example.org/in.txt"]}`,
		Salt:   common.HexToHash("0xcafe"),
	}
	return app, dataset, pool, request
}

var typeStringRE = regexp.MustCompile(`^([A-Za-z0-9]+)\((.*)\)$`)

// apitypesFields parses an EIP-712 type string into go-ethereum's representation.
func apitypesFields(t *testing.T, typeString string) (string, []apitypes.Type) {
	t.Helper()
	m := typeStringRE.FindStringSubmatch(typeString)
	if m == nil {
		t.Fatalf("bad type string %q", typeString)
	}
	var fields []apitypes.Type
	for _, f := range strings.Split(m[2], ",") {
		typ, name, ok := strings.Cut(f, " ")
		if !ok {
			t.Fatalf("bad field %q in %q", f, typeString)
		}
		fields = append(fields, apitypes.Type{Name: name, Type: typ})
	}
	return m[1], fields
}

// apitypesDigest hashes order with go-ethereum's EIP-712 implementation. The message map
// comes from the order's JSON, so this also proves the JSON names are the type-string names.
func apitypesDigest(t *testing.T, typeString string, order any, d Domain) (digest, structHash []byte) {
	t.Helper()
	primary, fields := apitypesFields(t, typeString)
	_, domainFields := apitypesFields(t, EIP712DomainType)
	raw, err := json.Marshal(order)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var msg map[string]any
	if err := dec.Decode(&msg); err != nil {
		t.Fatal(err)
	}
	for k, v := range msg {
		if n, ok := v.(json.Number); ok {
			msg[k] = n.String() // apitypes reads decimal strings exactly
		}
	}
	td := apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": domainFields, primary: fields},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name: d.Name, Version: d.Version,
			ChainId:           (*math.HexOrDecimal256)(d.ChainID),
			VerifyingContract: d.VerifyingContract.Hex(),
		},
		Message: msg,
	}
	if got := string(td.EncodeType(primary)); got != typeString {
		t.Fatalf("apitypes type string %q, want %q", got, typeString)
	}
	structHash, err = td.HashStruct(primary, msg)
	if err != nil {
		t.Fatalf("apitypes HashStruct(%s): %v", primary, err)
	}
	digest, _, err = apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatalf("apitypes TypedDataAndHash(%s): %v", primary, err)
	}
	return digest, structHash
}

func TestOrderDigestsMatchGoEthereumEIP712(t *testing.T) {
	app, dataset, pool, request := fixtureOrders()
	emptyParams := request
	emptyParams.Params = ""
	zeroApp := AppOrder{AppPrice: new(big.Int), Volume: new(big.Int)}
	d := testDomain()
	cases := []struct {
		name       string
		typeString string
		order      Order
	}{
		{"app order", AppOrderType, app},
		{"dataset order with max uint256 volume", DatasetOrderType, dataset},
		{"workerpool order", WorkerpoolOrderType, pool},
		{"request order with non-ASCII params", RequestOrderType, request},
		{"request order with empty params", RequestOrderType, emptyParams},
		{"app order with all-zero fields", AppOrderType, zeroApp},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantDigest, wantStruct := apitypesDigest(t, c.typeString, c.order, d)
			if got := c.order.StructHash(); !bytes.Equal(got[:], wantStruct) {
				t.Errorf("StructHash = %x, go-ethereum apitypes gives %x", got, wantStruct)
			}
			if got := c.order.Hash(d); !bytes.Equal(got[:], wantDigest) {
				t.Errorf("Hash = %x, go-ethereum apitypes gives %x", got, wantDigest)
			}
		})
	}
}

func TestDomainSeparatorMatchesGoEthereumEIP712(t *testing.T) {
	d := testDomain()
	_, fields := apitypesFields(t, EIP712DomainType)
	dom := apitypes.TypedDataDomain{Name: d.Name, Version: d.Version,
		ChainId: (*math.HexOrDecimal256)(d.ChainID), VerifyingContract: d.VerifyingContract.Hex()}
	td := apitypes.TypedData{Types: apitypes.Types{"EIP712Domain": fields}, Domain: dom}
	want, err := td.HashStruct("EIP712Domain", dom.Map())
	if err != nil {
		t.Fatal(err)
	}
	if got := DomainSeparator(d); !bytes.Equal(got[:], want) {
		t.Errorf("DomainSeparator = %x, want %x", got, want)
	}
}

func TestTypeHashes(t *testing.T) {
	// The EIP712Domain type hash is the well-known constant used by every OpenZeppelin EIP712.
	if got, want := EIP712DomainTypeHash.Hex(), "0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f"; got != want {
		t.Errorf("EIP712DomainTypeHash = %s, want %s", got, want)
	}
	for _, c := range []struct {
		s string
		h common.Hash
	}{{AppOrderType, AppOrderTypeHash}, {DatasetOrderType, DatasetOrderTypeHash},
		{WorkerpoolOrderType, WorkerpoolOrderTypeHash}, {RequestOrderType, RequestOrderTypeHash}} {
		if want := crypto.Keccak256Hash([]byte(c.s)); c.h != want {
			t.Errorf("type hash of %q = %s, want %s", c.s, c.h, want)
		}
	}
}

// TestOrderHashGoldenVectors pins the digests of the fixture orders under testDomain, so
// that the Solidity tests can assert the same values and any change shows in review.
func TestOrderHashGoldenVectors(t *testing.T) {
	app, dataset, pool, request := fixtureOrders()
	d := testDomain()
	for _, c := range []struct {
		name  string
		order Order
		want  string
	}{
		{"domain separator", nil, goldenDomainSeparator},
		{"app order", app, goldenAppOrder},
		{"dataset order", dataset, goldenDatasetOrder},
		{"workerpool order", pool, goldenWorkerpoolOrder},
		{"request order", request, goldenRequestOrder},
	} {
		var got [32]byte
		if c.order == nil {
			got = DomainSeparator(d)
		} else {
			got = c.order.Hash(d)
		}
		if common.Hash(got).Hex() != c.want {
			t.Errorf("%s: got %x, want %s", c.name, got, c.want)
		}
	}
}

const (
	goldenDomainSeparator = "0xa9e5a262529ef6f529450970ceedbdc3fde7e2194b2afa114522ecd670b0ce9e"
	goldenAppOrder        = "0x264f7f98c576de932dece2341aa01785ffe3abe51a8db906d2a9ba168e841826"
	goldenDatasetOrder    = "0x142fbda1f79c8a9d4da2bf73d632f0f891b485bed6596ee8c378b8694321288c"
	goldenWorkerpoolOrder = "0x389600294a711631beb812b33d584a52936ac8d280a0a4f6c656ed0015e94963"
	goldenRequestOrder    = "0xc51783a9af0d2810ad6d129f810901f0b796e8e1826da1319a82c1acc2e8cabf"
)

func TestNilUintHashesAsZero(t *testing.T) {
	withNil := RequestOrder{Params: "x"}
	withZero := RequestOrder{Params: "x", AppMaxPrice: new(big.Int), DatasetMaxPrice: new(big.Int),
		WorkerpoolMaxPrice: new(big.Int), Volume: new(big.Int), Category: new(big.Int), Trust: new(big.Int)}
	if withNil.StructHash() != withZero.StructHash() {
		t.Error("an order with nil amounts hashes differently from one with zero amounts")
	}
}

func TestHashDoesNotModifyOrder(t *testing.T) {
	neg := big.NewInt(-1)
	o := AppOrder{AppPrice: neg}
	_ = o.StructHash()
	if neg.Cmp(big.NewInt(-1)) != 0 {
		t.Errorf("StructHash changed AppPrice to %s", neg)
	}
}

func TestValidateRejectsValuesOutsideUint256(t *testing.T) {
	tooWide := new(big.Int).Lsh(big.NewInt(1), 256)
	cases := []struct {
		name  string
		order Order
		ok    bool
	}{
		{"max uint256 is valid", DatasetOrder{Volume: big256}, true},
		{"nil is valid (zero)", WorkerpoolOrder{}, true},
		{"2^256 is refused", RequestOrder{Trust: tooWide}, false},
		{"negative is refused", AppOrder{AppPrice: big.NewInt(-1)}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.order.Validate()
			if c.ok && err != nil {
				t.Errorf("got %v, want nil", err)
			}
			if !c.ok && !errors.Is(err, ErrNotUint256) {
				t.Errorf("got %v, want ErrNotUint256", err)
			}
		})
	}
}

func TestOrderJSONRoundTrip(t *testing.T) {
	_, _, _, request := fixtureOrders()
	raw, err := json.Marshal(request)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{`"appmaxprice":`, `"workerpoolmaxprice":`, `"tag":"0x`, `"salt":"0x`, `"params":`} {
		if !bytes.Contains(raw, []byte(name)) {
			t.Errorf("JSON %s lacks %s", raw, name)
		}
	}
	var back RequestOrder
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if back.StructHash() != request.StructHash() {
		t.Errorf("order changed through JSON: %s", raw)
	}
}

func BenchmarkRequestOrderHash(b *testing.B) {
	_, _, _, request := fixtureOrders()
	d := testDomain()
	for b.Loop() {
		request.Hash(d)
	}
}
