package sdk

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

func TestParseRLC(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // units; empty when an error is expected
		err  string // part of the error
	}{
		{"12", "12000000000", ""},
		{"12.5", "12500000000", ""},
		{"0.000000001", "1", ""},
		{"0", "0", ""},
		{".5", "500000000", ""},
		{"3.", "3000000000", ""},
		{"+7", "7000000000", ""},
		{" 12.5 RLC ", "12500000000", ""},
		{"12.5rlc", "12500000000", ""},
		{"1.0000000000", "1000000000", ""}, // extra zero decimals are fine
		{"123456789012345678901234567890", "123456789012345678901234567890000000000", ""},
		{"", "", "empty"},
		{"RLC", "", "empty"},
		{"-1", "", "negative"},
		{"-0.5 RLC", "", "negative"},
		{"1.0000000001", "", "has 10 decimals; RLC has 9"},
		{"abc", "", "not a number"},
		{"1,5", "", "not a number"},
		{"1.2.3", "", "not a number"},
		{"1e9", "", "not a number"},
		{".", "", "not a number"},
		{"0x10", "", "not a number"},
	} {
		got, err := ParseRLC(tc.in)
		if tc.want == "" {
			if err == nil {
				t.Errorf("ParseRLC(%q) = %s, want an error", tc.in, got)
				continue
			}
			if !errors.Is(err, ErrInvalidAmount) || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseRLC(%q) error %q, want one containing %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseRLC(%q): %v", tc.in, err)
			continue
		}
		if got.String() != tc.want {
			t.Errorf("ParseRLC(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestFormatRLC(t *testing.T) {
	for _, tc := range []struct {
		units string
		plain string
	}{
		{"0", "0"},
		{"1", "0.000000001"},
		{"12000000000", "12"},
		{"12500000000", "12.5"},
		{"1000000001", "1.000000001"},
		{"100000000000", "100"},
		{"-28000000000", "-28"},
		{"-1500000000", "-1.5"},
		{"123456789012345678901234567890000000000", "123456789012345678901234567890"},
	} {
		x, _ := new(big.Int).SetString(tc.units, 10)
		if got := FormatAmount(x); got != tc.plain {
			t.Errorf("FormatAmount(%s) = %q, want %q", tc.units, got, tc.plain)
		}
		if got := FormatRLC(x); got != tc.plain+" RLC" {
			t.Errorf("FormatRLC(%s) = %q, want %q", tc.units, got, tc.plain+" RLC")
		}
		if x.Sign() >= 0 {
			back, err := ParseRLC(FormatRLC(x))
			if err != nil || back.Cmp(x) != 0 {
				t.Errorf("ParseRLC(FormatRLC(%s)) = %v, %v", x, back, err)
			}
		}
	}
	if got := FormatAmount(nil); got != "0" {
		t.Errorf("FormatAmount(nil) = %q", got)
	}
	if got := RLC(40); got.Cmp(big.NewInt(40_000_000_000)) != 0 {
		t.Errorf("RLC(40) = %s", got)
	}
}
