package protocol

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestTagBitsAreBigEndianUint256Bits(t *testing.T) {
	cases := []struct {
		name string
		tag  Tag
		want string
	}{
		{"TEE is bit 0", TagTEE, "0x0000000000000000000000000000000000000000000000000000000000000001"},
		{"Scone is bit 1", TagTEEScone, "0x0000000000000000000000000000000000000000000000000000000000000002"},
		{"Gramine is bit 2", TagTEEGramine, "0x0000000000000000000000000000000000000000000000000000000000000004"},
		{"TDX is bit 3", TagTEETDX, "0x0000000000000000000000000000000000000000000000000000000000000008"},
		{"GPU is bit 8", TagGPU, "0x0000000000000000000000000000000000000000000000000000000000000100"},
		{"bit 255 is the top bit", TagBit(255), "0x8000000000000000000000000000000000000000000000000000000000000000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.tag.String(); got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
	if g := TagTEE.Or(TagGPU); !g.HasTEE() || !g.HasGPU() || g.Has(1) {
		t.Errorf("tee|gpu = %s: HasTEE %v HasGPU %v Has(1) %v", g, g.HasTEE(), g.HasGPU(), g.Has(1))
	}
}

func TestCoversMeansEveryRequiredBitIsOffered(t *testing.T) {
	teeGPU := TagTEE.Or(TagGPU)
	cases := []struct {
		name            string
		offer, required Tag
		want            bool
	}{
		{"anything covers nothing", Tag{}, Tag{}, true},
		{"a superset covers", teeGPU, TagGPU, true},
		{"equal covers", teeGPU, teeGPU, true},
		{"a missing bit does not cover", TagGPU, teeGPU, false},
		{"a disjoint bit does not cover", TagTEE, TagGPU, false},
		{"a high missing bit does not cover", teeGPU, TagBit(200), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.offer.Covers(c.required); got != c.want {
				t.Errorf("%s.Covers(%s) = %v, want %v", c.offer, c.required, got, c.want)
			}
		})
	}
}

func TestParseTag(t *testing.T) {
	cases := []struct {
		in   string
		want Tag
	}{
		{"", Tag{}},
		{"tee", TagTEE},
		{"gpu", TagGPU},
		{"tee,gpu", TagTEE.Or(TagGPU)},
		{" TEE , Scone ", TagTEE.Or(TagTEEScone)},
		{"gramine,tdx", TagTEEGramine.Or(TagTEETDX)},
		{"bit200", TagBit(200)},
		{"gpu,gpu", TagGPU},
		{"0x101", TagTEE.Or(TagGPU)},
		{"0x0000000000000000000000000000000000000000000000000000000000000003", TagTEE.Or(TagTEEScone)},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := ParseTag(c.in)
			if err != nil || got != c.want {
				t.Errorf("got %s, %v; want %s", got, err, c.want)
			}
		})
	}
}

func TestParseTagRefusesUnknownNamesWithAClearError(t *testing.T) {
	for _, in := range []string{"tpu", "tee,fpga", "bit256", "bit08", "tee,,gpu"} {
		_, err := ParseTag(in)
		if !errors.Is(err, ErrUnknownTagName) {
			t.Errorf("ParseTag(%q): got %v, want ErrUnknownTagName", in, err)
			continue
		}
		if !strings.Contains(err.Error(), "known: tee, scone, gramine, tdx, gpu") {
			t.Errorf("ParseTag(%q) error %q does not list the known names", in, err)
		}
	}
	for _, in := range []string{"0x", "0xzz", "0x" + strings.Repeat("0", 65)} {
		if _, err := ParseTag(in); err == nil {
			t.Errorf("ParseTag(%q): got nil error, want a hex error", in)
		}
	}
}

func TestTagNamesRoundTrip(t *testing.T) {
	tag := TagTEE.Or(TagTEEScone).Or(TagGPU).Or(TagBit(77))
	names := tag.Names()
	if got, want := strings.Join(names, ","), "tee,scone,gpu,bit77"; got != want {
		t.Errorf("Names = %s, want %s", got, want)
	}
	if back := MustParseTag(strings.Join(names, ",")); back != tag {
		t.Errorf("parse of names = %s, want %s", back, tag)
	}
}

func TestTagJSONIsHexAndAcceptsNames(t *testing.T) {
	raw, err := json.Marshal(TagGPU)
	if err != nil || string(raw) != `"0x0000000000000000000000000000000000000000000000000000000000000100"` {
		t.Errorf("marshal: %s, %v", raw, err)
	}
	var tag Tag
	if err := json.Unmarshal([]byte(`"tee,gpu"`), &tag); err != nil || tag != TagTEE.Or(TagGPU) {
		t.Errorf("unmarshal names: %s, %v", tag, err)
	}
}

func TestCheckTags(t *testing.T) {
	none := Tag{}
	cases := []struct {
		name                        string
		app, dataset, pool, request Tag
		want                        error
	}{
		{"no requirement matches any pool", none, none, none, none, nil},
		{"a GPU request needs a GPU pool", none, none, none, TagGPU, ErrTagNotOffered},
		{"a GPU pool serves a GPU request", none, none, TagGPU, TagGPU, nil},
		{"the app's bits must be offered too", TagTEE, none, TagGPU, none, ErrTagNotOffered},
		{"a TEE request needs a TEE app", none, none, TagTEE, TagTEE, ErrTEENeedsTEEApp},
		{"a TEE dataset needs a TEE app", none, TagTEE, TagTEE, none, ErrTEENeedsTEEApp},
		{"a TEE app, TEE pool and TEE request match", TagTEE, none, TagTEE.Or(TagTEEScone), TagTEE, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tag, err := CheckTags(c.app, c.dataset, c.pool, c.request)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
			if err == nil && tag != c.app.Or(c.dataset).Or(c.request) {
				t.Errorf("deal tag %s, want the union of the requirements", tag)
			}
		})
	}
}
