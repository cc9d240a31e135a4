package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/chaintest"
)

const testABI = `[
 {"type":"error","name":"PocoTest","inputs":[{"name":"a","type":"uint256"},{"name":"b","type":"address"}]},
 {"type":"error","name":"Unnamed","inputs":[{"name":"","type":"string"},{"name":"","type":"bytes32"}]},
 {"type":"error","name":"NoArgs","inputs":[]}
]`

func parseABI(t *testing.T, s string) *abi.ABI {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return &a
}

// encodeError builds revert data for the custom error name of a.
func encodeError(t *testing.T, a *abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e, ok := a.Errors[name]
	if !ok {
		t.Fatalf("no error %s", name)
	}
	packed, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(e.ID[:4:4], packed...)
}

// encodeCall builds selector(sig) ‖ abi.encode(args) for one argument type.
func encodeCall(t *testing.T, sig, typ string, arg any) []byte {
	t.Helper()
	ty, err := abi.NewType(typ, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	packed, err := abi.Arguments{{Type: ty}}.Pack(arg)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte(sig))[:4], packed...)
}

// dataError mimics the JSON-RPC error a client returns for a reverted call.
type dataError struct {
	msg  string
	data any
}

func (e *dataError) Error() string  { return e.msg }
func (e *dataError) ErrorData() any { return e.data }

func TestDecodeRevertCustomError(t *testing.T) {
	a := parseABI(t, testABI)
	addr := common.HexToAddress("0x00000000219ab540356cBB839Cbe05303d7705Fa")
	data := encodeError(t, a, "PocoTest", big.NewInt(7), addr)
	id := a.Errors["PocoTest"].ID

	for _, errData := range []any{hexutil.Encode(data), data, hexutil.Bytes(data)} {
		err := fmt.Errorf("wrapped: %w", &dataError{msg: "execution reverted", data: errData})
		rev, ok := chain.DecodeRevert(err, nil, a)
		if !ok {
			t.Fatalf("%T data: not decoded", errData)
		}
		if rev.Name != "PocoTest" || rev.Selector != [4]byte(id[:4]) || !bytes(rev.Data, data) {
			t.Fatalf("decoded %+v", rev)
		}
		if len(rev.ArgsOrdered) != 2 || rev.ArgsOrdered[0].(*big.Int).Int64() != 7 || rev.ArgsOrdered[1].(common.Address) != addr {
			t.Fatalf("ordered args %v", rev.ArgsOrdered)
		}
		if rev.Args["a"].(*big.Int).Int64() != 7 || rev.Args["b"].(common.Address) != addr {
			t.Fatalf("named args %v", rev.Args)
		}
		if want := "PocoTest(7, " + addr.Hex() + ")"; rev.Error() != want {
			t.Fatalf("Error() = %q, want %q", rev.Error(), want)
		}
		if !chain.IsRevert(err, "PocoTest", a) || chain.IsRevert(err, "NoArgs", a) || chain.IsRevert(err, "PocoTest") {
			t.Fatal("IsRevert")
		}
	}

	// Without the ABI the data is still a revert, just unidentified.
	rev, ok := chain.DecodeRevert(&dataError{data: hexutil.Encode(data)})
	if !ok || rev.Name != "" || rev.Args != nil || !strings.Contains(rev.Error(), hexutil.Encode(data[:4])) {
		t.Fatalf("without ABI: %v %+v", ok, rev)
	}
	// A RevertError is itself decodable, e.g. against another ABI later.
	again, ok := chain.DecodeRevert(fmt.Errorf("ctx: %w", rev), a)
	if !ok || again.Name != "PocoTest" {
		t.Fatalf("re-decoding a RevertError: %v %+v", ok, again)
	}
}

func TestDecodeRevertUnnamedAndNoArgs(t *testing.T) {
	a := parseABI(t, testABI)
	h := common.Hash{1, 2, 3}
	rev, ok := chain.DecodeRevert(&dataError{data: hexutil.Encode(encodeError(t, a, "Unnamed", "hi", h))}, a)
	if !ok || rev.Name != "Unnamed" || rev.Args["arg0"] != "hi" || rev.Args["arg1"] != [32]byte(h) {
		t.Fatalf("%v %+v", ok, rev)
	}
	if want := `Unnamed("hi", ` + h.Hex() + `)`; rev.Error() != want {
		t.Fatalf("Error() = %q, want %q", rev.Error(), want)
	}
	rev, ok = chain.DecodeRevert(&dataError{data: hexutil.Encode(encodeError(t, a, "NoArgs"))}, a)
	if !ok || rev.Name != "NoArgs" || rev.Error() != "NoArgs()" {
		t.Fatalf("%v %+v", ok, rev)
	}
}

func TestDecodeRevertStandard(t *testing.T) {
	data := encodeCall(t, "Error(string)", "string", "not enough funds")
	err := &dataError{msg: "execution reverted: not enough funds", data: hexutil.Encode(data)}
	rev, ok := chain.DecodeRevert(err)
	if !ok || rev.Name != chain.ErrorName || rev.Args["message"] != "not enough funds" || rev.ArgsOrdered[0] != "not enough funds" {
		t.Fatalf("Error(string): %v %+v", ok, rev)
	}
	if rev.Error() != `Error("not enough funds")` || !chain.IsRevert(err, "Error") {
		t.Fatalf("Error(string): %q", rev.Error())
	}

	data = encodeCall(t, "Panic(uint256)", "uint256", big.NewInt(0x11))
	rev, ok = chain.DecodeRevert(&dataError{data: hexutil.Encode(data)})
	if !ok || rev.Name != chain.PanicName || rev.Args["code"].(*big.Int).Int64() != 0x11 {
		t.Fatalf("Panic(uint256): %v %+v", ok, rev)
	}
	if want := "Panic(17): arithmetic underflow or overflow"; rev.Error() != want {
		t.Fatalf("Error() = %q, want %q", rev.Error(), want)
	}
}

func TestDecodeRevertNotARevert(t *testing.T) {
	for _, err := range []error{
		nil,
		errors.New("execution reverted"),
		&dataError{msg: "no data", data: nil},
		&dataError{msg: "indexing", data: "transaction indexing is in progress"},
		&dataError{msg: "number", data: 3},
	} {
		if rev, ok := chain.DecodeRevert(err); ok {
			t.Fatalf("%v: decoded %+v", err, rev)
		}
		if chain.IsRevert(err, "") {
			t.Fatalf("%v: IsRevert", err)
		}
	}
	// Reverts with no or short data are reverts, without a name.
	for _, d := range []string{"0x", "0x0102"} {
		rev, ok := chain.DecodeRevert(&dataError{data: d})
		if !ok || rev.Name != "" || chain.IsRevert(&dataError{data: d}, "") {
			t.Fatalf("%s: %v %+v", d, ok, rev)
		}
	}
	// Malformed arguments leave the error unidentified instead of failing.
	a := parseABI(t, testABI)
	short := encodeError(t, a, "PocoTest", big.NewInt(1), common.Address{})[:4+32]
	if rev, ok := chain.DecodeRevert(&dataError{data: hexutil.Encode(short)}, a); !ok || rev.Name != "" {
		t.Fatalf("short args: %v %+v", ok, rev)
	}
}

// TestDecodeRevertFromClient deploys contracts reverting with fixed data and
// decodes the errors the real go-ethereum client returns for them.
func TestDecodeRevertFromClient(t *testing.T) {
	a := parseABI(t, testABI)
	addr := common.Address{0xaa}
	custom := encodeError(t, a, "PocoTest", big.NewInt(1234), addr)
	std := encodeCall(t, "Error(string)", "string", "nope")

	c := chaintest.New(t, 1)
	ctx := context.Background()
	deploy := func(revertData []byte) common.Address {
		opts := c.TransactOpts(c.Accounts[0])
		r := c.Send(t, func() (*types.Transaction, error) {
			_, tx, err := bind.DeployContract(opts, chaintest.RevertInitCode(revertData), c.Client, nil)
			return tx, err
		})
		return r.ContractAddress
	}
	customAddr, stdAddr, emptyAddr := deploy(custom), deploy(std), deploy(nil)

	call := func(to common.Address) error {
		_, err := c.Client.CallContract(ctx, ethereum.CallMsg{From: c.Accounts[0].Address, To: &to}, nil)
		return err
	}
	estimate := func(to common.Address) error {
		_, err := c.Client.EstimateGas(ctx, ethereum.CallMsg{From: c.Accounts[0].Address, To: &to})
		return err
	}
	transact := func(to common.Address) error {
		_, err := bind.NewBoundContract(to, *a, c.Client, c.Client, c.Client).RawTransact(c.TransactOpts(c.Accounts[0]), nil)
		return err
	}
	for name, do := range map[string]func(common.Address) error{
		"eth_call": call, "eth_estimateGas": estimate, "binding transact": transact,
	} {
		err := do(customAddr)
		rev, ok := chain.DecodeRevert(err, a)
		if !ok || rev.Name != "PocoTest" || rev.Args["a"].(*big.Int).Int64() != 1234 || rev.Args["b"] != addr || !bytes(rev.Data, custom) {
			t.Fatalf("%s custom: err %v, decoded %v %+v", name, err, ok, rev)
		}
		if !chain.IsRevert(err, "PocoTest", a) {
			t.Fatalf("%s custom: IsRevert false", name)
		}

		err = do(stdAddr)
		if rev, ok := chain.DecodeRevert(err, a); !ok || rev.Name != "Error" || rev.Args["message"] != "nope" {
			t.Fatalf("%s Error(string): err %v, decoded %v %+v", name, err, ok, rev)
		}

		err = do(emptyAddr)
		if rev, ok := chain.DecodeRevert(err, a); !ok || rev.Name != "" || len(rev.Data) != 0 {
			t.Fatalf("%s empty revert: err %v, decoded %v %+v", name, err, ok, rev)
		}
	}
}

func bytes(a, b []byte) bool { return string(a) == string(b) }
