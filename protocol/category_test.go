package protocol

import (
	"testing"
	"time"
)

func TestDefaultCategories(t *testing.T) {
	want := []struct {
		name string
		ref  uint64
	}{{"XS", 300}, {"S", 1200}, {"M", 3600}, {"L", 10800}, {"XL", 36000}}
	if len(DefaultCategories) != len(want) {
		t.Fatalf("got %d default categories, want %d", len(DefaultCategories), len(want))
	}
	for id, w := range want {
		c, ok := DefaultCategory(uint64(id))
		if !ok || c.ID != uint64(id) || c.Name != w.name || c.WorkClockTimeRef != w.ref {
			t.Errorf("category %d = %+v, %v; want %s with ref %d s", id, c, ok, w.name, w.ref)
		}
		if byName, ok := CategoryByName(w.name); !ok || byName != c {
			t.Errorf("CategoryByName(%q) = %+v, %v", w.name, byName, ok)
		}
	}
	if _, ok := DefaultCategory(5); ok {
		t.Error("DefaultCategory(5) exists")
	}
	if c, _ := CategoryByName("m"); c.Ref() != time.Hour {
		t.Errorf("M.Ref() = %s, want 1h", c.Ref())
	}
}

func TestDeadlinesDeriveFromTheCategoryReference(t *testing.T) {
	const start, consensus, ref = 1_700_000_000, 1_700_000_500, 300
	if got, want := ContributionDeadline(start, ref), uint64(start+7*ref); got != want {
		t.Errorf("contribution deadline = %d, want start + 7×ref = %d", got, want)
	}
	if got, want := RevealDeadline(consensus, ref), uint64(consensus+2*ref); got != want {
		t.Errorf("reveal deadline = %d, want consensus + 2×ref = %d", got, want)
	}
	if got, want := FinalDeadline(start, ref), uint64(start+10*ref); got != want {
		t.Errorf("final deadline = %d, want start + 10×ref = %d", got, want)
	}
}
