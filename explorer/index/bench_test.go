package index_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/explorer/index"
)

var (
	benchOnce sync.Once
	benchEnv  *pocotest.Env
)

// benchTB keeps the chain of the benchmark alive across its runs.
type benchTB struct{ *testing.B }

func (benchTB) Cleanup(func()) {}

// BenchmarkCatchUp indexes a chain of about 3,000 blocks (120 trust-1 deals of 5 tasks,
// each task finalized in its own block, 20 empty blocks between deals) from scratch into a
// new database, and reports blocks and events per second.
func BenchmarkCatchUp(b *testing.B) {
	benchOnce.Do(func() {
		e := pocotest.New(benchTB{b})
		for i := 0; i < 120; i++ {
			deal := e.MatchDefault(5, 1)
			for idx := uint64(0); idx < 5; idx++ {
				e.ContributeAndFinalize(e.Workers[int(idx)%len(e.Workers)], deal, idx, pocotest.Digest("bench"))
			}
			for j := 0; j < 20; j++ {
				e.Commit()
			}
		}
		benchEnv = e
	})
	e := benchEnv
	ctx := context.Background()
	head, _ := e.Client.BlockNumber(ctx)
	var blocks, events float64
	var spent time.Duration
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		db, err := index.Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		ix := indexer(b, e, db, index.Config{OnCommit: func(p index.Progress) { n += p.Events }})
		b.StartTimer()
		start := time.Now()
		if err := ix.Sync(ctx); err != nil {
			b.Fatal(err)
		}
		spent += time.Since(start)
		b.StopTimer()
		blocks += float64(head + 1)
		events += float64(n)
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(blocks/spent.Seconds(), "blocks/s")
	b.ReportMetric(events/spent.Seconds(), "events/s")
	b.Logf("catch-up: %d blocks, %.0f events per run: %.0f blocks/s, %.0f events/s", head+1, events/float64(b.N), blocks/spent.Seconds(), events/spent.Seconds())
}
