package sdk

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Decimals is the number of decimals of the protocol's token: 1 RLC = 10⁹ units.
const Decimals = 9

// Unit is the number of smallest units in one RLC.
const Unit = 1_000_000_000

var unitBig = big.NewInt(Unit)

// ErrInvalidAmount is wrapped by ParseRLC's errors.
var ErrInvalidAmount = errors.New("invalid amount")

// RLC returns n whole tokens in units.
func RLC(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), unitBig) }

// ParseRLC reads an amount of tokens written in RLC, like "12", "12.5", "0.000000001" or
// "12.5 RLC", and returns it in units. It refuses negative amounts, more than 9 decimals
// (unless the extra digits are zeros), and anything else than digits and one dot.
func ParseRLC(s string) (*big.Int, error) {
	text := strings.TrimSpace(s)
	if len(text) >= 3 && strings.EqualFold(text[len(text)-3:], "RLC") {
		text = strings.TrimSpace(text[:len(text)-3])
	}
	if text == "" {
		return nil, fmt.Errorf("%w: %q is empty: write a number of RLC, like 12.5", ErrInvalidAmount, s)
	}
	if strings.HasPrefix(text, "-") {
		return nil, fmt.Errorf("%w: %q is negative: amounts are 0 or more", ErrInvalidAmount, s)
	}
	text = strings.TrimPrefix(text, "+")
	whole, frac, _ := strings.Cut(text, ".")
	if whole == "" && frac == "" || !digits(whole) || !digits(frac) {
		return nil, fmt.Errorf("%w: %q is not a number of RLC: write digits with at most one dot, like 12.5", ErrInvalidAmount, s)
	}
	if len(frac) > Decimals {
		extra := frac[Decimals:]
		if strings.Trim(extra, "0") != "" {
			return nil, fmt.Errorf("%w: %q has %d decimals; RLC has %d (the smallest amount is 0.000000001)", ErrInvalidAmount, s, len(frac), Decimals)
		}
		frac = frac[:Decimals]
	}
	frac += strings.Repeat("0", Decimals-len(frac))
	v, ok := new(big.Int).SetString(whole+frac, 10)
	if !ok {
		return nil, fmt.Errorf("%w: %q is not a number", ErrInvalidAmount, s)
	}
	return v, nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// FormatAmount writes an amount in units as a plain number of RLC, without trailing zeros:
// 12500000000 → "12.5", 1 → "0.000000001", nil → "0".
func FormatAmount(x *big.Int) string {
	if x == nil {
		return "0"
	}
	sign := ""
	v := new(big.Int).Set(x)
	if v.Sign() < 0 {
		sign = "-"
		v.Neg(v)
	}
	q, r := new(big.Int).QuoRem(v, unitBig, new(big.Int))
	if r.Sign() == 0 {
		return sign + q.String()
	}
	frac := fmt.Sprintf("%0*s", Decimals, r.String())
	return sign + q.String() + "." + strings.TrimRight(frac, "0")
}

// FormatRLC writes an amount in units with its unit: "12.5 RLC".
func FormatRLC(x *big.Int) string { return FormatAmount(x) + " RLC" }
