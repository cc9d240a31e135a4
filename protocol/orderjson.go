package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The JSON form of an order is an object of its fields, named as in its EIP-712 type
// ({"app":"0x…","appprice":"3000000000","volume":"10",…}). Orders write their uint256
// fields as decimal strings, which JavaScript readers keep exactly, and read them as JSON
// numbers or strings (decimal, or hex after 0x). Addresses are checked as ParseAddress
// does. An unknown field is refused (a typo would otherwise be a zero), and every error
// names the field and says what it wants. Every reader of orders (the command line's
// order files, the SDK, the market's API) goes through these two functions.

// MarshalJSON writes the order with its numbers as decimal strings.
func (o AppOrder) MarshalJSON() ([]byte, error) { return marshalOrder(o) }

// MarshalJSON writes the order with its numbers as decimal strings.
func (o DatasetOrder) MarshalJSON() ([]byte, error) { return marshalOrder(o) }

// MarshalJSON writes the order with its numbers as decimal strings.
func (o WorkerpoolOrder) MarshalJSON() ([]byte, error) { return marshalOrder(o) }

// MarshalJSON writes the order with its numbers as decimal strings.
func (o RequestOrder) MarshalJSON() ([]byte, error) { return marshalOrder(o) }

// UnmarshalJSON reads the order, its numbers as JSON numbers or strings.
func (o *AppOrder) UnmarshalJSON(b []byte) error { return unmarshalOrder("app order", o, b) }

// UnmarshalJSON reads the order, its numbers as JSON numbers or strings.
func (o *DatasetOrder) UnmarshalJSON(b []byte) error { return unmarshalOrder("dataset order", o, b) }

// UnmarshalJSON reads the order, its numbers as JSON numbers or strings.
func (o *WorkerpoolOrder) UnmarshalJSON(b []byte) error {
	return unmarshalOrder("workerpool order", o, b)
}

// UnmarshalJSON reads the order, its numbers as JSON numbers or strings.
func (o *RequestOrder) UnmarshalJSON(b []byte) error { return unmarshalOrder("request order", o, b) }

// OrderFields are the JSON field names of the order type of o (a value or a pointer), in
// type-string order.
func OrderFields(o any) []string {
	t := reflect.TypeOf(o)
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	names := make([]string, t.NumField())
	for i := range names {
		names[i], _, _ = strings.Cut(t.Field(i).Tag.Get("json"), ",")
	}
	return names
}

var bigType = reflect.TypeOf((*big.Int)(nil))

func marshalOrder(o any) ([]byte, error) {
	v := reflect.ValueOf(o)
	var b bytes.Buffer
	b.WriteByte('{')
	for i, name := range OrderFields(o) {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + name + `":`)
		f := v.Field(i)
		if f.Type() == bigType {
			x, _ := f.Interface().(*big.Int)
			data, _ := Uint{x}.MarshalJSON()
			b.Write(data)
			continue
		}
		data, err := json.Marshal(f.Interface())
		if err != nil {
			return nil, fmt.Errorf("field %q: %w", name, err)
		}
		b.Write(data)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// unmarshalOrder decodes the JSON object data into dst, a pointer to an order of kind
// ("app order", …), field by field.
func unmarshalOrder(kind string, dst any, data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil || fields == nil {
		return fmt.Errorf("the %s is not a JSON object of its fields, as `poco order init` writes them", kind)
	}
	v := reflect.ValueOf(dst).Elem()
	v.Set(reflect.Zero(v.Type()))
	names := OrderFields(dst)
	byName := map[string]int{}
	for i, n := range names {
		byName[n] = i
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		i, ok := byName[k]
		if !ok {
			return fmt.Errorf("the %s has an unknown field %q (its fields are %s)", kind, k, strings.Join(names, ", "))
		}
		if err := decodeOrderField(v.Field(i).Addr().Interface(), fields[k], strings.Contains(k, "price")); err != nil {
			return fmt.Errorf("the %s's field %q: %w", kind, k, err)
		}
	}
	return nil
}

// decodeOrderField decodes one field of an order into dst, with a sentence for what is
// wrong. amount is true for prices, which are in base units.
func decodeOrderField(dst any, raw json.RawMessage, amount bool) error {
	text := string(bytes.TrimSpace(raw))
	switch p := dst.(type) {
	case **big.Int:
		x, err := DecodeUint256(raw)
		if err != nil {
			if amount && !errors.Is(err, errTooWide) {
				return fmt.Errorf("want a whole number of base units, 0 or more (1 RLC = 1000000000 units: 2.5 RLC is 2500000000), as a JSON number or a string, got %s", text)
			}
			return err
		}
		*p = x
	case *common.Address:
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return fmt.Errorf("want an address as a string, 0x followed by 40 hex digits, got %s", text)
		}
		a, err := ParseAddress(s)
		if err != nil {
			return err
		}
		*p = a
	case *common.Hash:
		var s string
		if json.Unmarshal(raw, &s) != nil || len(s) != 66 || !(strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X")) {
			return fmt.Errorf("want 0x followed by 64 hex digits, got %s", text)
		}
		b, err := hexutil.Decode("0x" + s[2:])
		if err != nil {
			return fmt.Errorf("want 0x followed by 64 hex digits, got %s", text)
		}
		*p = common.BytesToHash(b)
	case *Tag:
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return fmt.Errorf(`want a tag as a string ("0x…" or names like "tee,gpu"), got %s`, text)
		}
		t, err := ParseTag(s)
		if err != nil {
			return err
		}
		*p = t
	case *string:
		if json.Unmarshal(raw, p) != nil {
			return fmt.Errorf("want a string, got %s", text)
		}
	default:
		return json.Unmarshal(raw, dst)
	}
	return nil
}
