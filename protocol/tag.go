package protocol

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Tag is an order's bytes32 tag read as a big-endian uint256: bit i is set when
// t[31-i/8]&(1<<(i%8)) != 0. Bits say what the task needs (request, app, dataset) or what
// the pool offers (workerpool order).
//
// Text form: [Tag.String] and MarshalText write 0x followed by 64 hex digits;
// [ParseTag] and UnmarshalText also read short hex ("0x101") and comma-separated names
// ("tee,gpu").
type Tag [32]byte

// Tag bit positions (docs/conventions.md: bit 0 TEE, bits 1–3 TEE framework, bit 8 GPU).
const (
	BitTEE        = 0 // runs in a trusted execution environment
	BitTEEScone   = 1 // TEE framework: Scone
	BitTEEGramine = 2 // TEE framework: Gramine
	BitTEETDX     = 3 // TEE framework: Intel TDX
	BitGPU        = 8 // needs a GPU
)

// Single-bit tags.
var (
	TagTEE        = TagBit(BitTEE)
	TagTEEScone   = TagBit(BitTEEScone)
	TagTEEGramine = TagBit(BitTEEGramine)
	TagTEETDX     = TagBit(BitTEETDX)
	TagGPU        = TagBit(BitGPU)
)

// tagNames maps the names accepted by ParseTag to bit positions, in bit order.
var tagNames = []struct {
	name string
	bit  uint
}{
	{"tee", BitTEE},
	{"scone", BitTEEScone},
	{"gramine", BitTEEGramine},
	{"tdx", BitTEETDX},
	{"gpu", BitGPU},
}

// ErrUnknownTagName is wrapped by ParseTag for a name it does not know.
var ErrUnknownTagName = errors.New("unknown tag name")

// TagBit is the tag with only bit n set. n must be below 256.
func TagBit(n uint) Tag {
	var t Tag
	t[31-n/8] = 1 << (n % 8)
	return t
}

// Has reports whether bit n is set.
func (t Tag) Has(n uint) bool { return n < 256 && t[31-n/8]&(1<<(n%8)) != 0 }

// HasTEE reports whether the TEE bit is set.
func (t Tag) HasTEE() bool { return t.Has(BitTEE) }

// HasGPU reports whether the GPU bit is set.
func (t Tag) HasGPU() bool { return t.Has(BitGPU) }

// IsZero reports whether no bit is set.
func (t Tag) IsZero() bool { return t == Tag{} }

// Or is the union of t and o.
func (t Tag) Or(o Tag) Tag {
	for i := range t {
		t[i] |= o[i]
	}
	return t
}

// Covers reports whether every bit of required is set in t (required ⊆ t): a workerpool
// order with tag t can serve a task that requires required.
func (t Tag) Covers(required Tag) bool {
	for i := range t {
		if required[i]&^t[i] != 0 {
			return false
		}
	}
	return true
}

// String is 0x followed by 64 lowercase hex digits.
func (t Tag) String() string { return "0x" + hex.EncodeToString(t[:]) }

// Names lists the set bits by name in bit order; a bit without a name is written "bitN".
// ParseTag(strings.Join(t.Names(), ",")) == t.
func (t Tag) Names() []string {
	var names []string
	for n := uint(0); n < 256; n++ {
		if t.Has(n) {
			names = append(names, bitName(n))
		}
	}
	return names
}

func bitName(n uint) string {
	for _, tn := range tagNames {
		if tn.bit == n {
			return tn.name
		}
	}
	return "bit" + strconv.FormatUint(uint64(n), 10)
}

// ParseTag reads a tag as 0x-hex (1 to 64 digits, big-endian) or as comma-separated
// names, case-insensitive, spaces ignored: tee, scone, gramine, tdx, gpu, or bitN for any
// bit N below 256. The empty string is the zero tag.
func ParseTag(s string) (Tag, error) {
	s = strings.TrimSpace(s)
	var t Tag
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		digits := s[2:]
		if len(digits) == 0 || len(digits) > 64 {
			return t, fmt.Errorf("tag %q: want 1 to 64 hex digits after 0x", s)
		}
		if len(digits)%2 == 1 {
			digits = "0" + digits
		}
		b, err := hex.DecodeString(digits)
		if err != nil {
			return t, fmt.Errorf("tag %q: not hex: %w", s, err)
		}
		copy(t[32-len(b):], b)
		return t, nil
	}
	if s == "" {
		return t, nil
	}
	for _, part := range strings.Split(s, ",") {
		name := strings.ToLower(strings.TrimSpace(part))
		n, ok := bitOfName(name)
		if !ok {
			return Tag{}, fmt.Errorf("tag %q: %w %q (known: %s, bitN for N < 256, or 0x-hex)",
				s, ErrUnknownTagName, name, knownTagNames())
		}
		t[31-n/8] |= 1 << (n % 8)
	}
	return t, nil
}

func bitOfName(name string) (uint, bool) {
	for _, tn := range tagNames {
		if tn.name == name {
			return tn.bit, true
		}
	}
	if rest, ok := strings.CutPrefix(name, "bit"); ok {
		n, err := strconv.ParseUint(rest, 10, 8)
		if err == nil && rest == strconv.FormatUint(n, 10) {
			return uint(n), true
		}
	}
	return 0, false
}

func knownTagNames() string {
	names := make([]string, len(tagNames))
	for i, tn := range tagNames {
		names[i] = tn.name
	}
	return strings.Join(names, ", ")
}

// MustParseTag is ParseTag that panics on error, for constants in code and tests.
func MustParseTag(s string) Tag {
	t, err := ParseTag(s)
	if err != nil {
		panic(err)
	}
	return t
}

// MarshalText writes the 0x-hex form.
func (t Tag) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads any form ParseTag accepts.
func (t *Tag) UnmarshalText(b []byte) error {
	v, err := ParseTag(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Errors returned by CheckTags.
var (
	ErrTagNotOffered  = errors.New("the workerpool does not offer every tag bit the task requires")
	ErrTEENeedsTEEApp = errors.New("the request or dataset asks for TEE but the app does not declare TEE")
)

// CheckTags applies matchOrders' tag rules: the workerpool's tag must cover the union of
// the app's, dataset's and request's tags, and a request or dataset asking for TEE needs an
// app that declares TEE. It returns the deal's tag (that union) when the rules hold.
func CheckTags(app, dataset, workerpool, request Tag) (Tag, error) {
	required := app.Or(dataset).Or(request)
	if !workerpool.Covers(required) {
		return Tag{}, fmt.Errorf("%w: required %s, offered %s", ErrTagNotOffered, required, workerpool)
	}
	if dataset.Or(request).HasTEE() && !app.HasTEE() {
		return Tag{}, ErrTEENeedsTEEApp
	}
	return required, nil
}
