package scheduler

import (
	"context"
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
	for {
		if err := s.offerOnce(ctx); err != nil && ctx.Err() == nil {
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
// their last heartbeats) and not benched (by the chain's time).
func (s *Scheduler) offerOnce(ctx context.Context) error {
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
	c := offers.FromWorkers(ws, func(w plan.Worker) bool {
		return !s.isLost(seen[w.ID], now) && !chainNow.Before(w.BenchedUntil)
	})
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
