package protocoltest

// Helpers shared by the protocol-rule tests (accounts, registries, categories, orders,
// match): exact custom-error arguments, event lookup, and subtests on a shared Env.

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// OrderKind values of the contracts (PocoTypes.sol), as the ABI decodes them (uint8).
const (
	kindApp uint8 = iota
	kindDataset
	kindWorkerpool
	kindRequest
)

var kindNames = [...]string{"APP", "DATASET", "WORKERPOOL", "REQUEST"}

// rlcs is x whole tokens (9 decimals).
func rlcs(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(pocotest.RLC)) }

// runOn runs fn as subtest `name` with the shared env reporting to the subtest, so a
// failing helper fails the subtest and not its parent.
func runOn(t *testing.T, e *pocotest.Env, name string, fn func(t *testing.T)) bool {
	t.Helper()
	return t.Run(name, func(st *testing.T) {
		parent := e.T
		e.T = st
		defer func() { e.T = parent }()
		fn(st)
	})
}

// expectRevertTo expects calldata to `to` from `from` to revert with the custom error
// `name` and exactly the arguments `want` (in declaration order).
func expectRevertTo(e *pocotest.Env, from, to common.Address, data []byte, name string, want ...any) *chain.RevertError {
	e.T.Helper()
	rev := e.RevertTo(from, to, data, name)
	checkArgs(e.T, rev, want...)
	return rev
}

// expectRevert is expectRevertTo the hub.
func expectRevert(e *pocotest.Env, from *chaintest.Account, data []byte, name string, want ...any) *chain.RevertError {
	e.T.Helper()
	return expectRevertTo(e, from.Address, e.D.Hub, data, name, want...)
}

// checkArgs compares a decoded revert's arguments with `want`, value by value.
func checkArgs(t chaintest.TB, rev *chain.RevertError, want ...any) {
	t.Helper()
	if len(rev.ArgsOrdered) != len(want) {
		t.Fatalf("%s: got %d arguments, want %d", rev.Error(), len(rev.ArgsOrdered), len(want))
	}
	for i, w := range want {
		if got, want := canonicalArg(rev.ArgsOrdered[i]), canonicalArg(w); got != want {
			t.Fatalf("%s: argument %d: got %s, want %s", rev.Name, i, got, want)
		}
	}
}

// canonical renders a value so that equal ABI values of different Go types compare equal.
func canonicalArg(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case int:
		return fmt.Sprint(x)
	case int64:
		return fmt.Sprint(x)
	case uint64:
		return fmt.Sprint(x)
	case uint8:
		return fmt.Sprint(x)
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case protocol.Tag:
		return common.Hash(x).Hex()
	case []byte:
		return hexutil.Encode(x)
	default:
		return fmt.Sprintf("%T(%v)", v, v)
	}
}

// eventsIn returns the events of one kind that `emitter` logged in r.
func eventsIn[T any](r *types.Receipt, emitter common.Address, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if l.Address != emitter {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// oneEvent returns the only event of one kind that `emitter` logged in r.
func oneEvent[T any](t chaintest.TB, r *types.Receipt, emitter common.Address, what string, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	evs := eventsIn(r, emitter, unpack)
	if len(evs) != 1 {
		t.Fatalf("%s events: got %d, want 1", what, len(evs))
	}
	return evs[0]
}

// wantBig fails unless got == want.
func wantBig(t chaintest.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: got %s, want %s", what, got, want)
	}
}

// wantEq fails unless got == want.
func wantEq[T comparable](t chaintest.TB, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Fatalf("%s: got %v, want %v", what, got, want)
	}
}

// consumedOf returns the consumed volume of the order hash.
func consumedOf(e *pocotest.Env, hash [32]byte) *big.Int {
	e.T.Helper()
	return pocotest.Call(e, e.Poco.PackConsumed(hash), e.Poco.UnpackConsumed)
}

// orderHashes are the on-chain hashes of the four orders (dataset zero when there is none).
func orderHashes(e *pocotest.Env, o *pocotest.Orders) (app, dataset, pool, request [32]byte) {
	app = o.App.Hash(e.Domain)
	if o.Dataset.Dataset != (common.Address{}) {
		dataset = o.Dataset.Hash(e.Domain)
	}
	return app, dataset, o.Workerpool.Hash(e.Domain), o.Request.Hash(e.Domain)
}

// dealABIHash is keccak256(abi.encode(deal)) with its low 64 bits cleared: what the
// dealHash view returns (the hub keeps the top 192 bits).
func dealABIHash(t chaintest.TB, deal bindings.Deal) [32]byte {
	t.Helper()
	parsed, err := bindings.PocoMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	var dealType abi.Type
	for _, in := range parsed.Events["OrdersMatched"].Inputs {
		if in.Name == "deal" {
			dealType = in.Type
		}
	}
	enc, err := abi.Arguments{{Type: dealType}}.Pack(deal)
	if err != nil {
		t.Fatalf("abi.encode(deal): %v", err)
	}
	h := crypto.Keccak256Hash(enc)
	clear(h[24:])
	return h
}

// callErr runs an eth_call and returns its error (nil if it succeeded).
func callErr(e *pocotest.Env, msg ethereum.CallMsg) error {
	_, err := e.Client.CallContract(context.Background(), msg, nil)
	return err
}
