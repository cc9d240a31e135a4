package sdk

import (
	"errors"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pocolabs/poco/chain"
)

// sampleArg is a plausible value of an ABI type, for encoding sample errors.
func sampleArg(t *testing.T, typ abi.Type) any {
	switch typ.T {
	case abi.AddressTy:
		return common.HexToAddress("0x00000000000000000000000000000000000000a1")
	case abi.UintTy:
		if typ.Size == 8 {
			return uint8(1)
		}
		return big.NewInt(1_500_000_000)
	case abi.FixedBytesTy:
		if typ.Size == 32 {
			return [32]byte{31: 1}
		}
	case abi.StringTy:
		return "text"
	case abi.BytesTy:
		return []byte("bytes")
	case abi.BoolTy:
		return true
	}
	t.Fatalf("no sample for ABI type %s", typ.String())
	return nil
}

// Every custom error of the hub, the task module, the registries and the token has a
// sentence that reads its arguments.
func TestEveryErrorHasASentence(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Requester)
	seen := map[string]bool{}
	var names []string
	for _, a := range c.abis {
		for name, def := range a.Errors {
			if seen[name] {
				continue
			}
			seen[name] = true
			names = append(names, name)
			args := make([]any, len(def.Inputs))
			for i, in := range def.Inputs {
				args[i] = sampleArg(t, in.Type)
			}
			packed, err := def.Inputs.Pack(args...)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			data := append(append([]byte{}, def.ID[:4]...), packed...)
			rev := chain.DecodeRevertData(data, c.abis...)
			if rev.Name != name {
				t.Fatalf("%s decodes as %q", name, rev.Name)
			}
			if _, ok := sentences[name]; !ok {
				t.Errorf("%s has no sentence", name)
				continue
			}
			tr := &translator{c: c, rev: rev, info: txInfo{to: c.apps}}
			if msg := tr.safe(sentences[name]); msg == "" {
				t.Errorf("%s: the sentence could not read the error's arguments %v", name, rev.Args)
			} else {
				t.Logf("%-30s %s", name, msg)
			}
		}
	}
	sort.Strings(names)
	// The protocol's documented errors must all be among them.
	for _, n := range []string{"PocoZeroAmount", "PocoInsufficientFreeBalance", "PocoOrderConsumed", "PocoUnknownDeal",
		"PocoDirectCall", "RegistryAlreadyRegistered", "RegistryRatioTooHigh", "ERC20InsufficientBalance"} {
		if !seen[n] {
			t.Errorf("%s is not in the ABIs: %v", n, names)
		}
	}
}

func TestErrorBasics(t *testing.T) {
	e := env(t)
	c := client(t, e, e.Requester)
	// An unknown selector keeps its raw data.
	err := c.translate(chain.DecodeRevertData([]byte{1, 2, 3, 4, 5}, c.abis...), txInfo{})
	wantContains(t, err.Error(), "does not know", "0x01020304", "0x0102030405")
	if err.Code != "Unknown" {
		t.Fatalf("code %q", err.Code)
	}
	// Empty revert data.
	err = c.translate(chain.DecodeRevertData(nil, c.abis...), txInfo{})
	wantContains(t, err.Error(), "without giving a reason")
	// Error(string) and Panic(uint256).
	msg, _ := abi.NewType("string", "", nil)
	packed, _ := abi.Arguments{{Type: msg}}.Pack("boom")
	err = c.translate(chain.DecodeRevertData(append([]byte{0x08, 0xc3, 0x79, 0xa0}, packed...), c.abis...), txInfo{})
	if err.Error() != "the contract refused: boom" || err.Code != "Error" {
		t.Fatalf("Error(string): %q (%s)", err, err.Code)
	}
	// IsCode, CodeOf, errors.As through wrapping, ErrNotFound, Unwrap to the revert.
	id := pocoABI.Errors["PocoUnknownDeal"].ID
	rev := chain.DecodeRevertData(append(id[:4:4], make([]byte, 32)...), c.abis...)
	wrapped := errors.Join(errors.New("context"), c.translate(rev, txInfo{}))
	if !IsCode(wrapped, "PocoUnknownDeal") || CodeOf(wrapped) != "PocoUnknownDeal" || !errors.Is(wrapped, ErrNotFound) {
		t.Fatalf("IsCode/CodeOf/ErrNotFound fail on %v", wrapped)
	}
	if r, ok := chain.DecodeRevert(wrapped, c.abis...); !ok || r.Name != "PocoUnknownDeal" {
		t.Fatalf("chain.DecodeRevert on an *Error: %v %v", r, ok)
	}
	if IsCode(errors.New("x"), "PocoUnknownDeal") || CodeOf(nil) != "" {
		t.Fatal("IsCode on a plain error")
	}
	// Explain turns raw revert errors into sentences and leaves others alone.
	plain := errors.New("plain")
	if c.Explain(plain) != plain || c.Explain(nil) != nil {
		t.Fatal("Explain changed a plain error")
	}
	if !IsCode(c.Explain(rev), "PocoUnknownDeal") {
		t.Fatal("Explain did not explain a revert")
	}
	if !strings.HasPrefix(c.Explain(rev).Error(), "no deal 0x") {
		t.Fatalf("Explain: %v", c.Explain(rev))
	}
}

// Every event of the hub's ABI decodes to its own type.
func TestEveryEventDecodes(t *testing.T) {
	e := env(t)
	c := client(t, e, nil)
	for name, ev := range pocoABI.Events {
		if name == "OrdersMatched" {
			continue // a tuple: covered by the flows
		}
		topics := []common.Hash{ev.ID}
		var values []any
		for _, in := range ev.Inputs {
			if in.Indexed {
				topics = append(topics, common.BigToHash(big.NewInt(1)))
			} else {
				values = append(values, sampleArg(t, in.Type))
			}
		}
		data, err := ev.Inputs.NonIndexed().Pack(values...)
		ok(t, err)
		got, err := c.DecodeEvent(types.Log{Address: c.Hub(), Topics: topics, Data: data, BlockNumber: 7})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, unknown := got.(*UnknownEvent); unknown || got.EventName() != name || got.Meta().Block != 7 {
			t.Fatalf("%s decoded as %T %s", name, got, got.EventName())
		}
	}
	other, err := c.DecodeEvent(types.Log{Address: c.Token(), Topics: []common.Hash{{1}}})
	if _, unknown := other.(*UnknownEvent); err != nil || !unknown {
		t.Fatalf("a token log: %T %v", other, err)
	}
}
