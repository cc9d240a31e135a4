package scheduler

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/pocolabs/poco/scheduler/offers"
	"github.com/pocolabs/poco/scheduler/plan"
)

// offerLoop keeps the pool's offers in the market (Config.Market) in line with its live
// workers' free capacity and the trust they reach, every OfferInterval, until ctx ends;
// then it unpublishes them: a stopped scheduler serves nobody.
func (s *Scheduler) offerLoop(ctx context.Context) {
	t := time.NewTicker(s.cfg.OfferInterval)
	defer t.Stop()
	var lastErr string
	tooSlow := 0 // live workers left out as too slow, as last logged
	for {
		if err := s.offerOnce(ctx, &tooSlow); err != nil && ctx.Err() == nil {
			if err.Error() != lastErr {
				s.log.Warn("publishing the pool's offers failed; retrying", "market", s.cfg.Market.URL(), "err", err)
			}
			lastErr = err.Error()
		} else {
			lastErr = ""
		}
		select {
		case <-ctx.Done():
			wctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			if err := s.offers.Withdraw(wctx); err != nil {
				s.log.Warn("the pool's offers could not be unpublished from the market", "market", s.cfg.Market.URL(), "err", err)
			}
			cancel()
			return
		case <-t.C:
		}
	}
}

// offerOnce updates the offers from the stored workers that can take work: alive (by
// their last heartbeats), not benched (by the chain's time) and fast enough for any task.
// It logs, when their number changes, the live workers left out as too slow (*tooSlow:
// their number as last logged): their operators see them registered and idle.
func (s *Scheduler) offerOnce(ctx context.Context, tooSlow *int) error {
	chainNow, err := s.c.ChainTime(ctx)
	if err != nil {
		return err
	}
	ws, err := s.st.Workers(ctx)
	if err != nil {
		return err
	}
	seen := s.lastSeen(ws)
	now := s.now()
	live := func(w plan.Worker) bool { return !s.isLost(seen[w.ID], now) && !chainNow.Before(w.BenchedUntil) }
	c := offers.FromWorkers(ws, live)
	if c.TooSlow != *tooSlow {
		*tooSlow = c.TooSlow
		if c.TooSlow > 0 {
			var slow []string
			for _, w := range ws {
				if live(w) && !w.FastEnough() {
					slow = append(slow, fmt.Sprintf("%s at %.2f", w.ID.Hex(), w.Speed))
				}
			}
			s.log.Warn("live workers too slow for any task are not offered: at their speed factor a task would end after its contribution deadline",
				"workers", c.TooSlow, "speeds", strings.Join(slow, ", "), "min_speed", fmt.Sprintf("above %.3f", plan.MinSpeed))
		}
	}
	_, err = s.offers.Update(ctx, c)
	return err
}

// Offers are the pool's offers in the market as last published (nil without
// Config.Market).
func (s *Scheduler) Offers() []offers.Offer {
	if s.offers == nil {
		return nil
	}
	return s.offers.Offers()
}
