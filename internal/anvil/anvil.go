// Package anvil starts anvil (Foundry's EVM node) for tests that need a chain Poco does
// not embed. The binary comes from npm: package.json here pins @foundry-rs/anvil, whose
// optional dependency @foundry-rs/anvil-<os>-<arch> ships it; `npm ci --ignore-scripts`
// in this folder (as .ci/run does) installs it under node_modules. $POCO_ANVIL names
// another binary.
//
// In CI (CI=true) a missing anvil fails the test; elsewhere it is skipped.
package anvil

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/internal/freeport"
)

// EnvBinary names the environment variable that overrides the anvil binary.
const EnvBinary = "POCO_ANVIL"

// Mnemonic is anvil's default mnemonic; its first account is Account0, with Key0.
const (
	Mnemonic = "test test test test test test test test test test test junk"
	Account0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	Key0     = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
)

// Dir is this folder (where package.json and node_modules are).
func Dir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "internal/anvil"
	}
	return filepath.Dir(file)
}

// Binary returns the anvil binary: $POCO_ANVIL, else the one npm installed in Dir.
func Binary() (string, error) {
	if p := os.Getenv(EnvBinary); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w", EnvBinary, p, err)
		}
		return p, nil
	}
	arch := runtime.GOARCH
	p := filepath.Join(Dir(), "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+arch, "bin", "anvil")
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("no anvil at %s: run `npm ci --ignore-scripts` in %s (or set %s)", p, Dir(), EnvBinary)
	}
	return p, nil
}

// Node is a running anvil.
type Node struct {
	URL      string // JSON-RPC over HTTP
	Hardfork string
	cmd      *exec.Cmd
	done     chan struct{}
}

// Start starts anvil with --hardfork hardfork (and extra arguments) on a free loopback
// port, waits until it answers, and stops it when the test ends. Without anvil it skips
// the test, or fails it under CI=true.
func Start(t testing.TB, hardfork string, extra ...string) *Node {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("anvil is missing: %v; CI must install it (.ci/run: npm ci --ignore-scripts in internal/anvil)", err)
		}
		t.Skipf("anvil is missing, skipping: %v", err)
	}
	var lastErr error
	for range 3 { // a free port may be taken between finding it and anvil binding it
		n, err := start(t, bin, hardfork, extra)
		if err == nil {
			return n
		}
		lastErr = err
	}
	t.Fatalf("anvil: %v", lastErr)
	return nil
}

func start(t testing.TB, bin, hardfork string, extra []string) (*Node, error) {
	port, err := freeport.Port()
	if err != nil {
		return nil, err
	}
	args := append([]string{"--hardfork", hardfork, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--silent"}, extra...)
	cmd := exec.Command(bin, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	n := &Node{URL: "http://127.0.0.1:" + strconv.Itoa(port), Hardfork: hardfork, cmd: cmd, done: make(chan struct{})}
	go func() { cmd.Wait(); close(n.done) }()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for {
		if err := ping(ctx, n.URL); err == nil {
			break
		}
		select {
		case <-n.done:
			return nil, fmt.Errorf("%s %s exited: %s", bin, strings.Join(args, " "), strings.TrimSpace(stderr.String()))
		case <-ctx.Done():
			n.stop()
			return nil, fmt.Errorf("%s %s did not answer on %s within 30 s", bin, strings.Join(args, " "), n.URL)
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Cleanup(n.stop)
	return n, nil
}

func (n *Node) stop() {
	select {
	case <-n.done:
		return
	default:
	}
	n.cmd.Process.Kill()
	<-n.done
}

func ping(ctx context.Context, url string) error {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer c.Close()
	cctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_, err = c.ChainID(cctx)
	return err
}
