package explorer

import (
	"sync"

	"github.com/pocolabs/poco/explorer/index"
)

// broker hands the indexer's progress to the live streams (server-sent events).
type broker struct {
	mu   sync.Mutex
	subs map[chan index.Progress]struct{}
}

func newBroker() *broker { return &broker{subs: map[chan index.Progress]struct{}{}} }

func (b *broker) subscribe() (chan index.Progress, func()) {
	ch := make(chan index.Progress, 1)
	b.mu.Lock()
	b.subs[ch] = struct{}{}
	b.mu.Unlock()
	return ch, func() {
		b.mu.Lock()
		delete(b.subs, ch)
		b.mu.Unlock()
	}
}

// publish never blocks: a slow stream keeps only the latest progress.
func (b *broker) publish(p index.Progress) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- p:
		default:
			select {
			case <-ch:
			default:
			}
			select {
			case ch <- p:
			default:
			}
		}
	}
}
