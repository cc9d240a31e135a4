package storage

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// smallObject is the size of a task result in the e2e bench (a hello
// app's result archive is a few hundred bytes).
const smallObject = 300

// benchSmall runs put b.N times, from par goroutines, each with a distinct
// ~300-byte object, and reports the process's CPU time per object
// (cpu-ns/op) besides the wall time. The kernel's journal thread, which
// does part of a sync's work, is not counted.
func benchSmall(b *testing.B, par int, put func(data []byte) error) {
	var seq atomic.Int64
	seed := time.Now().UnixNano() // new objects on every run, even in the same folder
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	var wg sync.WaitGroup
	var failed atomic.Value
	for g := 0; g < par; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data := make([]byte, smallObject)
			for {
				i := seq.Add(1)
				if i > int64(b.N) {
					return
				}
				binary.LittleEndian.PutUint64(data, uint64(i))
				binary.LittleEndian.PutUint64(data[8:], uint64(seed))
				if err := put(data); err != nil {
					failed.Store(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	cpu := cpuTime() - cpu0
	b.StopTimer()
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkDirPutSmall stores ~300-byte objects in a DirStore, one at a
// time (seq) and from 8 goroutines (par8), as the e2e bench's gateway
// does with the workers' results.
func BenchmarkDirPutSmall(b *testing.B) {
	benchSmallDir(b, func(d *DirStore) func([]byte) error {
		return func(data []byte) error {
			_, _, err := d.Put(context.Background(), bytes.NewReader(data))
			return err
		}
	})
}

// BenchmarkGatewayUploadSmall posts ~300-byte objects to a Gateway's
// handler directly (no network, no client), one at a time and from 8
// goroutines: the gateway's own cost per upload.
func BenchmarkGatewayUploadSmall(b *testing.B) {
	benchSmallDir(b, func(d *DirStore) func([]byte) error {
		g := Handler(d)
		return func(data []byte) error {
			req := httptest.NewRequest(http.MethodPost, "/ipfs", bytes.NewReader(data))
			rec := httptest.NewRecorder()
			g.ServeHTTP(rec, req)
			if rec.Code != http.StatusCreated {
				return fmt.Errorf("upload: %d %s", rec.Code, rec.Body)
			}
			return nil
		}
	})
}

// benchSmallDir runs benchSmall one at a time (seq) and from 8 goroutines (par8), each on
// a fresh DirStore, with the put that newPut makes for it.
func benchSmallDir(b *testing.B, newPut func(d *DirStore) func([]byte) error) {
	for _, par := range []int{1, 8} {
		name := "seq"
		if par > 1 {
			name = "par8"
		}
		b.Run(name, func(b *testing.B) {
			d, err := Dir(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			benchSmall(b, par, newPut(d))
		})
	}
}
