// Package chain holds the Go side of the on-chain protocol: contract bindings
// (in chain/bindings) and helpers to work with them.
package chain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Names of the two revert payloads the Solidity compiler emits by itself.
const (
	// ErrorName is the Name of a `require(cond, "msg")` / `revert("msg")`
	// revert, encoded as `Error(string)`. Its argument is named "message".
	ErrorName = "Error"
	// PanicName is the Name of a compiler-inserted panic (overflow, division
	// by zero, assert, ...), encoded as `Panic(uint256)`. Its argument is
	// named "code".
	PanicName = "Panic"
)

var (
	errorSelector = selectorOf("Error(string)")
	panicSelector = selectorOf("Panic(uint256)")
)

func selectorOf(sig string) (s [4]byte) {
	copy(s[:], crypto.Keccak256([]byte(sig)))
	return s
}

// RevertError is decoded EVM revert data.
//
// Name is the error's name ("Error", "Panic", or a custom error found in the
// ABIs given to the decoder) and is empty when the selector is not known or
// the data is too short to hold one. A RevertError is itself an rpc.DataError,
// so DecodeRevert accepts it (and errors wrapping it) and can re-decode it
// against other ABIs.
type RevertError struct {
	// Name is the error's name, or "" if it could not be identified.
	Name string
	// Args maps the error's argument names to their decoded values
	// (arguments without a name are called arg0, arg1, ...).
	Args map[string]any
	// ArgsOrdered holds the decoded argument values in declaration order.
	ArgsOrdered []any
	// Selector is the first four bytes of Data (zero-padded if shorter).
	Selector [4]byte
	// Data is the raw revert data.
	Data []byte
}

// Error renders the revert as `Name(arg1, arg2)`: strings quoted, integers in
// decimal, addresses and byte strings in hex. Panics add the code's meaning;
// unidentified data is shown in hex.
func (e *RevertError) Error() string {
	if e.Name == "" {
		if len(e.Data) == 0 {
			return "execution reverted without data"
		}
		return fmt.Sprintf("unknown revert %#x (data %#x)", e.Selector, e.Data)
	}
	args := make([]string, len(e.ArgsOrdered))
	for i, a := range e.ArgsOrdered {
		args[i] = formatArg(a)
	}
	s := e.Name + "(" + strings.Join(args, ", ") + ")"
	if e.Name == PanicName && len(e.ArgsOrdered) == 1 {
		if reason, err := abi.UnpackRevert(e.Data); err == nil {
			s += ": " + reason
		}
	}
	return s
}

// ErrorData returns Data as a 0x-prefixed hex string, like the JSON-RPC error
// of a reverted eth_call does.
func (e *RevertError) ErrorData() any {
	return hexutil.Encode(e.Data)
}

func formatArg(a any) string {
	switch v := a.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case *big.Int:
		return v.String()
	case common.Address:
		return v.Hex()
	case common.Hash:
		return v.Hex()
	case []byte:
		return hexutil.Encode(v)
	case [32]byte:
		return hexutil.Encode(v[:])
	default:
		return fmt.Sprint(v)
	}
}

// DecodeRevert extracts the revert data carried by err and decodes it.
//
// err is typically returned by a go-ethereum client's eth_call or
// eth_estimateGas (CallContract, EstimateGas, or a binding's call or
// transaction which estimates gas): a reverting execution makes the node
// answer JSON-RPC error code 3 whose data field is the 0x-hex revert data,
// which the client surfaces as an error implementing rpc.DataError
// (ErrorData() returning that string). Wrapped errors are unwrapped.
//
// Error(string) and Panic(uint256) are always recognized; custom errors are
// looked up by selector in abis, in order. ok is false when err carries no
// revert data; when it does, ok is true and the result has an empty Name if
// the error could not be identified.
func DecodeRevert(err error, abis ...*abi.ABI) (rev *RevertError, ok bool) {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return nil, false
	}
	data, ok := revertData(de.ErrorData())
	if !ok {
		return nil, false
	}
	return DecodeRevertData(data, abis...), true
}

// revertData converts the ErrorData of an RPC error to bytes.
func revertData(d any) ([]byte, bool) {
	switch v := d.(type) {
	case string:
		b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(v, "0x"), "0X"))
		return b, err == nil
	case hexutil.Bytes:
		return v, true
	case []byte:
		return v, true
	default:
		return nil, false
	}
}

// DecodeRevertData decodes raw revert data; see DecodeRevert.
func DecodeRevertData(data []byte, abis ...*abi.ABI) *RevertError {
	rev := &RevertError{Data: common.CopyBytes(data)}
	copy(rev.Selector[:], data)
	if len(data) < 4 {
		return rev
	}
	switch rev.Selector {
	case errorSelector:
		if msg, err := abi.UnpackRevert(data); err == nil {
			rev.Name = ErrorName
			rev.ArgsOrdered = []any{msg}
			rev.Args = map[string]any{"message": msg}
		}
		return rev
	case panicSelector:
		if len(data) == 4+32 {
			code := new(big.Int).SetBytes(data[4:])
			rev.Name = PanicName
			rev.ArgsOrdered = []any{code}
			rev.Args = map[string]any{"code": code}
		}
		return rev
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		def, err := a.ErrorByID(rev.Selector)
		if err != nil {
			continue
		}
		ordered, err := def.Inputs.Unpack(data[4:])
		if err != nil {
			continue
		}
		named := make(map[string]any, len(def.Inputs))
		for i, in := range def.Inputs {
			named[in.Name] = ordered[i]
		}
		rev.Name = def.Name
		rev.ArgsOrdered = ordered
		rev.Args = named
		return rev
	}
	return rev
}

// IsRevert reports whether err carries revert data that decodes (against the
// standard errors and abis) to an error called name, e.g. "Error", "Panic" or
// a custom error name.
func IsRevert(err error, name string, abis ...*abi.ABI) bool {
	rev, ok := DecodeRevert(err, abis...)
	return ok && rev.Name != "" && rev.Name == name
}
