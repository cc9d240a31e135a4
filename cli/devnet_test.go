package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/sdk"
	smsapi "github.com/pocolabs/poco/sms/api"
)

// runDevnet runs `poco devnet` with args in the background and returns its output lines
// as they come, and its result once it returns.
func runDevnet(t *testing.T, ctx context.Context, args ...string) (<-chan string, <-chan error, *bytes.Buffer) {
	t.Helper()
	cmd := NewRootCommand()
	pr, pw := io.Pipe()
	var errOut bytes.Buffer
	cmd.SetOut(pw)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	lines := make(chan string, 1000)
	done := make(chan error, 1)
	go func() {
		err := cmd.ExecuteContext(ctx)
		pw.Close()
		done <- err
	}()
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines, done, &errOut
}

// untilReady reads the output of a devnet or demo started by runDevnet up to its "Ctrl-C"
// line (it is ready) and returns it; it fails the test if the command exits first or the
// line does not come within `within`.
func untilReady(t *testing.T, lines <-chan string, done <-chan error, errOut *bytes.Buffer, within time.Duration) string {
	t.Helper()
	var out []string
	timeout := time.After(within)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("exited before it was ready: %v\n%s\n%s", <-done, strings.Join(out, "\n"), errOut)
			}
			out = append(out, l)
			if strings.Contains(l, "Ctrl-C") {
				return strings.Join(out, "\n")
			}
		case <-timeout:
			t.Fatalf("no 'Ctrl-C' line within %s:\n%s\n%s", within, strings.Join(out, "\n"), errOut)
		}
	}
}

func TestDevnetCommand(t *testing.T) {
	dir := t.TempDir()
	configPath := filepath.Join(dir, "config.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	lines, done, errOut := runDevnet(t, ctx, "--config", configPath, "devnet",
		"--datadir", filepath.Join(dir, "devnet"), "--http-port", "0", "--ws-port", "0", "--storage-port", "0", "--scheduler-port", "0", "--market-port", "0", "--sms-port", "0", "--explorer-port", "0", "--accounts", "2")

	text := untilReady(t, lines, done, errOut, time.Minute)
	t.Logf("output:\n%s", text)

	f, err := config.Load(configPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{f.RPC, "ws://127.0.0.1:", "0x706f636f", f.Contracts.Hub.Hex(), f.Contracts.Token.Hex(),
		f.Account.Hex(), f.Keystore, f.PasswordFile, configPath, "new chain created"} {
		if !strings.Contains(text, want) {
			t.Errorf("output does not mention %q", want)
		}
	}
	// The market runs, in the configuration file, with the pool's offers (its scheduler's)
	// and the example apps' orders.
	if !strings.HasPrefix(f.Market, "http://127.0.0.1:") || !strings.Contains(text, f.Market) {
		t.Errorf("config market %q, not in the summary", f.Market)
	} else {
		mc := market.NewClient(f.Market)
		pools, err := mc.Query(ctx, sdk.KindWorkerpool, market.Filter{})
		if err != nil || len(pools.Orders) == 0 || pools.Orders[0].Price.Cmp(localnet.PoolPrice) != 0 {
			t.Errorf("the pool's offers in the market: %+v, %v", pools, err)
		}
		if apps, err := mc.Query(ctx, sdk.KindApp, market.Filter{}); err != nil || len(apps.Orders) == 0 {
			t.Errorf("the apps' offers in the market: %+v, %v", apps, err)
		}
	}
	// The pool's scheduler is in the configuration file: `poco task why` asks it.
	if !strings.HasPrefix(f.Scheduler, "http://127.0.0.1:") || !strings.Contains(text, f.Scheduler) {
		t.Errorf("config scheduler %q, not in the summary", f.Scheduler)
	}
	if !strings.HasPrefix(f.RPC, "http://127.0.0.1:") {
		t.Errorf("config RPC %q", f.RPC)
	}
	// The SMS is in the configuration file too, and says it accepts development
	// attestation, as the summary does.
	if !strings.HasPrefix(f.SMS, "http://127.0.0.1:") || !strings.Contains(text, f.SMS) || !strings.Contains(text, "DEVELOPMENT attestation") {
		t.Errorf("config sms %q, not in the summary, or the summary does not warn of development attestation", f.SMS)
	} else if st, err := smsapi.NewClient(f.SMS, nil).Status(ctx); err != nil || !st.InsecureDevAttestation || st.Hub != f.Contracts.Hub {
		t.Errorf("the devnet's SMS: %+v, %v", st, err)
	}
	if !strings.Contains(text, "990000") || !strings.Contains(text, "10000") {
		t.Errorf("output does not show the accounts' tokens and deposits")
	}
	c, err := ethclient.Dial(f.RPC)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := c.ChainID(ctx); err != nil || id.Uint64() != devnet.ChainID {
		t.Errorf("chain id %v (%v)", id, err)
	}
	c.Close()

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet returned %v after cancel", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("devnet did not stop within 30s of the cancel")
	}
	var rest []string
	for l := range lines {
		rest = append(rest, l)
	}
	if tail := strings.Join(rest, "\n"); !strings.Contains(tail, "Devnet stopped") {
		t.Errorf("no 'Devnet stopped' line after cancel:\n%s", tail)
	}

	// Resumed on the next run, JSON summary included.
	ctx2, cancel2 := context.WithCancel(context.Background())
	defer cancel2()
	lines, done, errOut = runDevnet(t, ctx2, "--config", configPath, "--json", "devnet",
		"--datadir", filepath.Join(dir, "devnet"), "--http-port", "0", "--ws-port", "0", "--storage-port", "0", "--scheduler-port", "0", "--market-port", "0", "--sms-port", "0", "--explorer-port", "0")
	var js strings.Builder
	timeout := time.After(time.Minute)
	for {
		var m map[string]any
		if json.Unmarshal([]byte(js.String()), &m) == nil {
			if m["created"] != false || m["http"] == "" || len(m["accounts"].([]any)) != 2 {
				t.Errorf("JSON summary on resume: %v", m)
			}
			break
		}
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("devnet exited: %v\n%s\n%s", <-done, js.String(), errOut)
			}
			js.WriteString(l + "\n")
		case <-timeout:
			t.Fatalf("no JSON summary:\n%s\n%s", js.String(), errOut)
		}
	}
	cancel2()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for range lines {
	}
}

func TestDevnetCommandPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	dir := t.TempDir()
	cmd := NewRootCommand()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs([]string{"--config", filepath.Join(dir, "config.json"), "devnet", "--datadir", filepath.Join(dir, "devnet"),
		"--http-port", port, "--ws-port", "0"})
	err = cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), "port "+port) || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("devnet with a busy port: %v", err)
	}
	t.Log(err)
}
