package scheduler

import (
	"testing"
	"time"
)

// With a live head subscription the follower takes the head announced rather than asking
// the node, but asks again once headRecheck has passed since it last did (a notification
// could be lost), and always while no subscription is live.
func TestFollowerAsksForTheHeadOnlyAsAFallback(t *testing.T) {
	e := newTestEnv(t, 0)
	s, err := New(e.config())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e.mine()
	node, err := s.c.BlockNumber(bg)
	if err != nil {
		t.Fatal(err)
	}
	const announced = 1 << 40 // no block the node has: seen only when not asked
	for _, c := range []struct {
		what      string
		live      bool
		askedAgo  time.Duration
		wantAsked bool
	}{
		{"no subscription, just asked", false, 0, true},
		{"live, asked just now", true, 0, false},
		{"live, asked before headRecheck", true, headRecheck / 2, false},
		{"live, asked headRecheck ago", true, headRecheck, true},
		{"live, never asked", true, -1, true},
	} {
		s.mu.Lock()
		s.head = chainHead{}
		if c.live {
			s.head = chainHead{number: announced, time: time.Now(), at: time.Now()}
		}
		s.headAsked = time.Time{}
		if c.askedAgo >= 0 {
			s.headAsked = time.Now().Add(-c.askedAgo)
		}
		before := s.headAsked
		s.mu.Unlock()
		got, err := s.chainHeadNumber(bg)
		if err != nil {
			t.Fatalf("%s: %v", c.what, err)
		}
		want := uint64(announced)
		if c.wantAsked {
			want = node
		}
		if got != want {
			t.Fatalf("%s: head %d, want %d (node %d, announced %d)", c.what, got, want, node, uint64(announced))
		}
		s.mu.Lock()
		asked := s.headAsked
		s.mu.Unlock()
		if c.wantAsked != asked.After(before) {
			t.Fatalf("%s: time of the last ask %v, before the call %v (asked: %t)", c.what, asked, before, c.wantAsked)
		}
	}
}
