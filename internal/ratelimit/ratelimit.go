// Package ratelimit limits requests per key (a client's IP address, a signer) with a
// token bucket each, as the market and the SMS do for their API.
package ratelimit

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Limiter is a token bucket per key: rate tokens a second, at most burst held. A rate
// of 0 or less allows everything. Keys idle for a minute are forgotten. It is safe for
// concurrent use.
type Limiter struct {
	rate  float64
	burst float64
	mu    sync.Mutex
	b     map[string]*bucket
	swept time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

// New returns a Limiter of rate requests a second per key with bursts of burst (at
// least 1).
func New(rate float64, burst int) *Limiter {
	if burst < 1 {
		burst = 1
	}
	return &Limiter{rate: rate, burst: float64(burst), b: map[string]*bucket{}}
}

// Allow takes a token from key's bucket, or reports false when it is empty.
func (l *Limiter) Allow(key string) bool {
	if l.rate <= 0 {
		return true
	}
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute { // forget idle keys
		for k, b := range l.b {
			if now.Sub(b.last) > time.Minute {
				delete(l.b, k)
			}
		}
		l.swept = now
	}
	b := l.b[key]
	if b == nil {
		b = &bucket{tokens: l.burst, last: now}
		l.b[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// ClientIP is the address r came from, without its port: the key of per-client limits.
func ClientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
