package protocol

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestParseAddress(t *testing.T) {
	const right = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	want := common.HexToAddress(right)
	for _, s := range []string{right, strings.ToLower(right), "0x" + strings.ToUpper(right[2:]), right[2:], " " + right + " "} {
		if a, err := ParseAddress(s); err != nil || a != want {
			t.Errorf("ParseAddress(%q) = %s, %v", s, a.Hex(), err)
		}
	}
	wrong := "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	_, err := ParseAddress(wrong)
	if !errors.Is(err, ErrBadChecksum) || err.Error() != `"`+wrong+`" has a wrong EIP-55 checksum: did you mean `+right+`? or write it all lower case` {
		t.Errorf("wrong checksum: %v", err)
	}
	for _, s := range []string{"", "0x12", "0x" + strings.Repeat("g", 40), right + "00"} {
		if _, err := ParseAddress(s); err == nil || !strings.Contains(err.Error(), "40 hex digits") {
			t.Errorf("ParseAddress(%q): %v", s, err)
		}
	}
}

func TestDecodeUint256(t *testing.T) {
	above53 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 53), big.NewInt(1))
	for _, raw := range []string{`9007199254740993`, `"9007199254740993"`, `"0x20000000000001"`, `"0X20000000000001"`, ` "9007199254740993" `} {
		x, err := DecodeUint256(json.RawMessage(raw))
		if err != nil || x.Cmp(above53) != 0 {
			t.Errorf("DecodeUint256(%s) = %v, %v", raw, x, err)
		}
	}
	for _, raw := range []string{`-1`, `"-1"`, `1.5`, `1e3`, `"1e3"`, `"0x"`, `"0xg"`, `""`, `true`, `null`, `0x10`, `"1_000"`, `"0b1"`, `"+1"`} {
		if x, err := DecodeUint256(json.RawMessage(raw)); err == nil {
			t.Errorf("DecodeUint256(%s) = %v, want an error", raw, x)
		}
	}
	if _, err := DecodeUint256(json.RawMessage(`"1` + strings.Repeat("0", 80) + `"`)); err == nil || !strings.Contains(err.Error(), "not a uint256") {
		t.Errorf("wider than 256 bits: %v", err)
	}
	// Uint and Uint64 write strings and read both forms.
	var u struct {
		A Uint   `json:"a"`
		B Uint64 `json:"b"`
	}
	if err := json.Unmarshal([]byte(`{"a":9007199254740993,"b":"18446744073709551615"}`), &u); err != nil || u.A.Cmp(above53) != 0 || u.B != 1<<64-1 {
		t.Fatalf("read %+v, %v", u, err)
	}
	data, _ := json.Marshal(u)
	if string(data) != `{"a":"9007199254740993","b":"18446744073709551615"}` {
		t.Fatalf("wrote %s", data)
	}
	if err := json.Unmarshal([]byte(`{"b":"18446744073709551616"}`), &u); err == nil {
		t.Fatal("Uint64 took 2^64")
	}
}

// Orders write their numbers as strings and read them back exactly, from strings or
// numbers; a wrong checksum or an unknown field is refused, naming the field.
func TestOrderJSON(t *testing.T) {
	above53 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 53), big.NewInt(1))
	app := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	o := RequestOrder{App: app, AppMaxPrice: above53, Volume: big.NewInt(3), Trust: big.NewInt(5), Requester: app, Params: `{"args":"x"}`}
	data, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"appmaxprice":"9007199254740993"`, `"volume":"3"`, `"datasetmaxprice":"0"`, `"params":"{\"args\":\"x\"}"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("%s does not hold %s", data, want)
		}
	}
	var back RequestOrder
	if err := json.Unmarshal(data, &back); err != nil || back.Hash(Domain{}) != o.Hash(Domain{}) || back.AppMaxPrice.Cmp(above53) != 0 {
		t.Fatalf("read back %+v, %v", back, err)
	}
	numbers := strings.Replace(string(data), `"appmaxprice":"9007199254740993"`, `"appmaxprice":9007199254740993`, 1)
	if err := json.Unmarshal([]byte(numbers), &back); err != nil || back.AppMaxPrice.Cmp(above53) != 0 {
		t.Fatalf("read back from numbers %+v, %v", back, err)
	}
	for bad, want := range map[string]string{
		`{"app":"0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"}`: `the request order's field "app": "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266" has a wrong EIP-55 checksum`,
		`{"apprice":1}`:         `unknown field "apprice"`,
		`{"volume":"ten"}`:      `field "volume": want a whole number`,
		`{"appmaxprice":"1.5"}`: `field "appmaxprice": want a whole number of base units`,
	} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", bad, err, want)
		}
	}
}
