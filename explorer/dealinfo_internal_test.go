package explorer

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/protocol"
)

// TestDealStateWords: each way a deal can stand, in words.
func TestDealStateWords(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	later, earlier := now.Add(time.Hour), now.Add(-time.Hour)
	for _, c := range []struct {
		name              string
		bot               uint64
		completed, failed int64
		final             time.Time
		state, says       string
	}{
		{"running", 3, 1, 0, later, DealRunning, "2 of 3 tasks unfinished"},
		{"running, deadline unknown", 3, 0, 0, time.Time{}, DealRunning, "3 of 3 tasks unfinished"},
		{"completed", 3, 3, 0, earlier, DealCompleted, "All 3 tasks completed"},
		{"partly failed", 3, 2, 1, earlier, DealPartlyFailed, "2 of 3 tasks completed, 1 failed"},
		{"failed", 2, 0, 2, earlier, DealFailed, "All 2 tasks failed"},
		{"claimable", 3, 1, 0, earlier, DealClaimable, "poco deal claim 0xdeal"},
		{"claimable at the deadline", 3, 1, 1, now, DealClaimable, "1 tasks unfinished"},
	} {
		state, says := dealState("0xdeal", c.bot, c.completed, c.failed, c.final, now)
		if state != c.state || !strings.Contains(says, c.says) {
			t.Errorf("%s: %q %q, want %q saying %q", c.name, state, says, c.state, c.says)
		}
	}
}

// TestTagWords: a tag's bits in words.
func TestTagWords(t *testing.T) {
	for _, c := range []struct {
		tag  protocol.Tag
		want string
	}{
		{protocol.Tag{}, "none"},
		{protocol.TagGPU, "GPU"},
		{protocol.TagTEE, "TEE"},
		{protocol.TagTEE.Or(protocol.TagTEETDX), "TEE TDX"},
		{protocol.TagTEE.Or(protocol.TagTEEScone).Or(protocol.TagGPU), "TEE Scone, GPU"},
		{protocol.TagTEEGramine, "TEE framework Gramine (without the TEE bit)"},
		{protocol.TagBit(40).Or(protocol.TagGPU), "GPU, bit 40"},
	} {
		if got := tagWords(c.tag.String()); got != c.want {
			t.Errorf("tagWords(%s) = %q, want %q", c.tag, got, c.want)
		}
	}
	if got := tagWords("not a tag"); got != "not a tag" {
		t.Errorf("a malformed tag: %q", got)
	}
}

func TestRelativeTimes(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for d, want := range map[time.Duration]string{
		12 * time.Minute: "in 12m", -3 * time.Hour: "3h ago", 30 * time.Second: "in 30s", 0: "now", 72 * time.Hour: "in 3d",
	} {
		if got := relative(now.Add(d), now); got != want {
			t.Errorf("relative(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestPagerLinks(t *testing.T) {
	r := httptest.NewRequest("GET", "/deals?requester=0xab&page=2&limit=10", nil)
	p := pager(r, "page", 100)
	items := pageOf(&p, make([]int, 11))
	if len(items) != 10 || !p.More || p.Offset() != 10 {
		t.Fatalf("page %+v: %d items", p, len(items))
	}
	if p.Prev() != "/deals?limit=10&requester=0xab" || p.Next() != "/deals?limit=10&page=3&requester=0xab" {
		t.Errorf("prev %q next %q", p.Prev(), p.Next())
	}
	if l := p.links(); len(l) != 2 || !strings.HasSuffix(l[1], `rel="next"`) {
		t.Errorf("links %v", l)
	}
	first := pager(httptest.NewRequest("GET", "/workers?page=-3", nil), "page", 200)
	if first.Page != 1 || first.Limit != 200 || first.Prev() != "" || first.Shown() {
		t.Errorf("first page %+v", first)
	}
}
