package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Text forms of addresses and numbers, as people and other tools (ethers, viem, web3.py)
// write them. The command line, order files and the market's API all read them with the
// functions below, so that they accept and refuse the same things.

// ErrBadChecksum is returned (wrapped) by ParseAddress for a mixed-case address whose
// EIP-55 checksum is wrong.
var ErrBadChecksum = errors.New("wrong EIP-55 checksum")

// ParseAddress reads an address: 0x followed by 40 hex digits (the 0x may be left out).
// Digits all in lower case or all in upper case are taken as they are; mixed case is an
// EIP-55 checksum, and an address whose checksum is wrong (a mistyped digit, most likely)
// is refused with an error wrapping ErrBadChecksum that gives the checksummed form.
// The errors start with the text as given, quoted, so that callers can prefix what it
// was ("--app", "field \"app\"").
func ParseAddress(s string) (common.Address, error) {
	t := strings.TrimSpace(s)
	if !common.IsHexAddress(t) {
		return common.Address{}, fmt.Errorf("%q is not an address: want 0x followed by 40 hex digits", s)
	}
	a := common.HexToAddress(t)
	digits := t[len(t)-40:]
	if digits != strings.ToLower(digits) && digits != strings.ToUpper(digits) && "0x"+digits != a.Hex() {
		return common.Address{}, fmt.Errorf("%q has a %w: did you mean %s? or write it all lower case", s, ErrBadChecksum, a.Hex())
	}
	return a, nil
}

// errTooWide is wrapped by the errors of numbers wider than 256 bits.
var errTooWide = errors.New("wider than 256 bits")

// ParseUint256 reads a whole number from 0 to 2^256 − 1 written in decimal ("2500000000")
// or in hexadecimal after 0x ("0x9502f900"), surrounding white space ignored.
func ParseUint256(s string) (*big.Int, error) {
	t := strings.TrimSpace(s)
	digits, base := t, 10
	if len(t) > 2 && (t[:2] == "0x" || t[:2] == "0X") {
		digits, base = t[2:], 16
	}
	for _, c := range digits {
		ok := '0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')
		if !ok {
			digits = ""
			break
		}
	}
	x, ok := new(big.Int).SetString(digits, base)
	if digits == "" || !ok {
		return nil, fmt.Errorf("want a whole number of 0 or more (decimal, or hex after 0x), got %q", s)
	}
	if x.BitLen() > 256 {
		return nil, fmt.Errorf("%s is not a uint256: it is %w", t, errTooWide)
	}
	return x, nil
}

// DecodeUint256 reads a whole number from its JSON form: a JSON number (3000000000) or a
// string as ParseUint256 reads it ("3000000000", "0xb2d05e00"). JavaScript tools write
// big numbers as strings, since their numbers lose precision above 2^53.
func DecodeUint256(raw json.RawMessage) (*big.Int, error) {
	text := string(bytes.TrimSpace(raw))
	if strings.HasPrefix(text, `"`) {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, fmt.Errorf("want a whole number, got %s", text)
		}
		return ParseUint256(s)
	}
	if strings.HasPrefix(text, "0x") || strings.HasPrefix(text, "0X") {
		// Not JSON: hex must be quoted.
		return nil, fmt.Errorf("want a whole number, got %s (write hex in quotes)", text)
	}
	x, err := ParseUint256(text)
	if err != nil && !errors.Is(err, errTooWide) {
		return nil, fmt.Errorf("want a whole number of 0 or more, as a JSON number or a decimal string, got %s", text)
	}
	if err != nil {
		return nil, err
	}
	return x, nil
}

// Uint is a *big.Int whose JSON form is a decimal string ("3000000000"), which every JSON
// reader keeps exactly; it reads a JSON number or a string as DecodeUint256 does. A nil
// Int is written as "0".
type Uint struct{ *big.Int }

// MarshalJSON writes u as a decimal string.
func (u Uint) MarshalJSON() ([]byte, error) {
	if u.Int == nil {
		return []byte(`"0"`), nil
	}
	return []byte(`"` + u.Int.String() + `"`), nil
}

// UnmarshalJSON reads a JSON number or a decimal or 0x-hex string.
func (u *Uint) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	x, err := DecodeUint256(b)
	if err != nil {
		return err
	}
	u.Int = x
	return nil
}

// Uint64 is a uint64 whose JSON form is a decimal string, read from a JSON number or a
// string like Uint.
type Uint64 uint64

// MarshalJSON writes u as a decimal string.
func (u Uint64) MarshalJSON() ([]byte, error) { return fmt.Appendf(nil, `"%d"`, uint64(u)), nil }

// UnmarshalJSON reads a JSON number or a decimal or 0x-hex string below 2^64.
func (u *Uint64) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	x, err := DecodeUint256(b)
	if err != nil {
		return err
	}
	if !x.IsUint64() {
		return fmt.Errorf("%s is larger than 2^64 − 1", x)
	}
	*u = Uint64(x.Uint64())
	return nil
}
