// Package freeport picks loopback TCP ports for servers that must be given their port
// before they start (a node's flags, the peers' configuration) or that restart on the
// same port.
//
// Asking the kernel for a port (listening on ":0", then closing) is not enough for
// these: such a port lies in the kernel's ephemeral range, which is also where it picks
// the local port of every outgoing connection on the machine, so between the close and
// the server's bind any process may take it. The ports here come from just below that
// range, where the kernel never picks one by itself; only another program choosing
// fixed ports could take them, and within this process no port is handed out twice.
package freeport

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
)

// span is how many ports below the ephemeral range are drawn from.
const span = 16384

var (
	mu     sync.Mutex
	handed = map[int]bool{}
)

// Port returns a loopback TCP port that was free when checked, below the kernel's
// ephemeral range and not returned before by this process.
func Port() (int, error) {
	lo, hi := window()
	if hi-lo < 64 { // an unusual range leaves no room below it: let the kernel pick
		return kernelPort()
	}
	mu.Lock()
	defer mu.Unlock()
	for range 256 {
		p := lo + rand.IntN(hi-lo)
		if handed[p] || !free(p) {
			continue
		}
		handed[p] = true
		return p, nil
	}
	return 0, fmt.Errorf("freeport: no free loopback port found in %d-%d", lo, hi-1)
}

// Addr returns "127.0.0.1:PORT" for a port from Port.
func Addr() (string, error) {
	p, err := Port()
	if err != nil {
		return "", err
	}
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(p)), nil
}

// window is the range [lo, hi) drawn from: the span just below the first ephemeral port.
func window() (lo, hi int) {
	hi = 32768 // Linux's default first ephemeral port
	if b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range"); err == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			if n, err := strconv.Atoi(f[0]); err == nil && n > 0 {
				hi = n
			}
		}
	}
	return max(1024, hi-span), hi
}

// free reports whether port p can be bound on the loopback address and on all
// addresses (a server may bind either).
func free(p int) bool {
	for _, host := range []string{"127.0.0.1", ""} {
		l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(p)))
		if err != nil {
			return false
		}
		l.Close()
	}
	return true
}

func kernelPort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
