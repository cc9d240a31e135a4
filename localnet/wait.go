package localnet

import (
	"context"
	"fmt"
	"time"

	"github.com/pocolabs/poco/sdk"
)

// Ending is how one task of a deal ended on chain.
type Ending struct {
	Index  uint64
	Status sdk.TaskStatus // TaskCompleted or TaskFailed
	Block  uint64
	Digest [32]byte // COMPLETED only
}

// WaitDeal follows the chain from the deal's block until every task of deal is COMPLETED
// or FAILED, or ctx ends (the error then says how many are still running). progress, if
// not nil, is called with the number of ended tasks each time it changes.
func WaitDeal(ctx context.Context, c *sdk.Client, deal *sdk.Deal, progress func(ended int)) (map[uint64]Ending, error) {
	ended := map[uint64]Ending{}
	from := deal.Block
	for uint64(len(ended)) < deal.BotSize {
		head, err := c.BlockNumber(ctx)
		if err != nil {
			return ended, err
		}
		if head >= from {
			evs, err := c.Events(ctx, from, head)
			if err != nil {
				return ended, err
			}
			before := len(ended)
			for _, ev := range evs {
				switch e := ev.(type) {
				case *sdk.TaskFinalizeEvent:
					if e.DealID == deal.ID {
						ended[e.Index] = Ending{Index: e.Index, Status: sdk.TaskCompleted, Block: e.Meta().Block, Digest: e.Digest}
					}
				case *sdk.TaskClaimedEvent:
					if e.DealID == deal.ID {
						ended[e.Index] = Ending{Index: e.Index, Status: sdk.TaskFailed, Block: e.Meta().Block}
					}
				}
			}
			if progress != nil && len(ended) != before {
				progress(len(ended))
			}
			from = head + 1
		}
		if uint64(len(ended)) == deal.BotSize {
			break
		}
		select {
		case <-ctx.Done():
			return ended, fmt.Errorf("deal %s: %d of %d tasks ended: %w", deal.ID.Hex(), len(ended), deal.BotSize, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
	return ended, nil
}
