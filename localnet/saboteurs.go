package localnet

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/plan"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/worker"
)

// Strategy is how a local network's saboteur workers lie (a TESTING AID): the strategies
// of `poco bench trust` (docs/trust.md), played on the real chain.
type Strategy string

// Saboteur strategies.
const (
	// Colluding saboteurs always return the same wrong result.
	Colluding Strategy = "colluding"
	// Independent saboteurs always return a wrong result of their own.
	Independent Strategy = "independent"
	// ScoreBuilding saboteurs return the right result unless the saboteurs assigned to
	// the task would win it together with a wrong one: their weights satisfy the consensus
	// rule against the votes on chain, and they are at least plan.MinAgreeing of them.
	ScoreBuilding Strategy = "score-building"
)

// ParseStrategy reads a strategy name; "" is Colluding.
func ParseStrategy(s string) (Strategy, error) {
	switch st := Strategy(s); st {
	case "":
		return Colluding, nil
	case Colluding, Independent, ScoreBuilding:
		return st, nil
	}
	return "", fmt.Errorf("unknown saboteur strategy %q: use colluding, independent or score-building", s)
}

// cabal is the shared mind of a network's saboteur workers: it knows where each of them is
// assigned and decides who lies, on which task, with which lie. Every saboteur worker gets
// it as its worker.Saboteur.
type cabal struct {
	strategy Strategy
	chain    *sdk.Client // reads contributions and scores

	mu       sync.Mutex
	assigned map[common.Hash]map[common.Address]bool // task → saboteurs given it
	lying    map[common.Hash]bool                    // score-building: the team lies on the task
}

var _ worker.Saboteur = (*cabal)(nil)

func newCabal(strategy Strategy, chain *sdk.Client) *cabal {
	return &cabal{strategy: strategy, chain: chain,
		assigned: map[common.Hash]map[common.Address]bool{}, lying: map[common.Hash]bool{}}
}

func (c *cabal) Assigned(w common.Address, deal *sdk.Deal, idx uint64) {
	id := deal.TaskID(idx)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.assigned[id] == nil {
		c.assigned[id] = map[common.Address]bool{}
	}
	c.assigned[id][w] = true
}

// Lie: colluding saboteurs share one lie per task, independent ones each have their own;
// score-building ones lie (all the same way) only when their team would win the task.
func (c *cabal) Lie(ctx context.Context, w common.Address, deal *sdk.Deal, idx uint64) []byte {
	id := deal.TaskID(idx)
	shared := fmt.Appendf(nil, "sabotaged result of task %s\n", id.Hex())
	switch c.strategy {
	case Independent:
		return fmt.Appendf(nil, "sabotaged result of task %s by %s\n", id.Hex(), w.Hex())
	case ScoreBuilding:
		c.mu.Lock()
		lying := c.lying[id]
		c.mu.Unlock()
		if lying {
			return shared
		}
		wins, err := c.teamWins(ctx, deal, idx)
		if err != nil || !wins {
			return nil // unsure: play honest
		}
		c.mu.Lock()
		c.lying[id] = true
		c.mu.Unlock()
		return shared
	}
	return shared
}

// teamWins reports whether the saboteurs assigned to the task that have not contributed
// yet, all voting one wrong result, would satisfy the consensus rule against the votes on
// chain, and are at least plan.MinAgreeing.
func (c *cabal) teamWins(ctx context.Context, deal *sdk.Deal, idx uint64) (bool, error) {
	task, err := c.chain.TaskOf(ctx, deal, idx)
	if err != nil {
		return false, err
	}
	tally := protocol.NewTally(deal.Trust)
	voted := map[common.Address]bool{}
	for _, ct := range task.Contributions {
		voted[ct.Worker] = true
		if _, err := tally.Vote(ct.ResultHash, max(ct.Weight, 2)); err != nil {
			return false, err
		}
	}
	c.mu.Lock()
	var team []common.Address
	for w := range c.assigned[deal.TaskID(idx)] {
		if !voted[w] {
			team = append(team, w)
		}
	}
	c.mu.Unlock()
	lie := crypto.Keccak256Hash([]byte("the cabal's lie"))
	for _, w := range team {
		score, err := c.chain.Score(ctx, w)
		if err != nil {
			return false, err
		}
		_, _ = tally.Vote(lie, protocol.Weight(score))
	}
	return len(team) >= plan.MinAgreeing(deal.Trust) && tally.Satisfied(lie), nil
}
