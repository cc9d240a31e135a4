// Package kubotest starts throwaway IPFS nodes (kubo daemons) for tests.
//
// The ipfs binary is the one named by $POCO_KUBO, else the one
// internal/kubo/build.sh (`make kubo`) caches at
// $HOME/.cache/poco-kubo/<Version>/ipfs, else an ipfs on PATH. Each node gets
// a repository of its own in a temporary folder (`ipfs init --profile=test`:
// loopback addresses on ports the system picks, no bootstrap peers, no mDNS)
// and runs offline, so nothing leaves the machine. Without a binary the test
// is skipped, except in CI (CI=true) where it fails.
package kubotest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Version is the kubo version internal/kubo pins (checked against its go.mod
// by this package's tests).
const Version = "v0.43.0"

// EnvBinary names the variable that may hold the path of the ipfs binary.
const EnvBinary = "POCO_KUBO"

// Node is a running kubo daemon.
type Node struct {
	// API is the base URL of the RPC API, e.g. "http://127.0.0.1:41234".
	API string
	// URL is the storage location naming the node for storage.Open and
	// --storage, e.g. "ipfs+http://127.0.0.1:41234".
	URL string
	// Repo is the node's IPFS_PATH.
	Repo string
	// Binary is the ipfs binary it runs.
	Binary string
}

// Binary returns the path of the ipfs binary to test with, or "" if there is
// none.
func Binary() string {
	if p := os.Getenv(EnvBinary); p != "" {
		return p
	}
	cache := os.Getenv("XDG_CACHE_HOME")
	if cache == "" {
		if home, err := os.UserHomeDir(); err == nil {
			cache = filepath.Join(home, ".cache")
		}
	}
	if cache != "" {
		p := filepath.Join(cache, "poco-kubo", Version, "ipfs")
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
	}
	if p, err := exec.LookPath("ipfs"); err == nil {
		return p
	}
	return ""
}

// Start runs a fresh offline kubo daemon for the test and stops it when the
// test ends. Without an ipfs binary it skips the test, or fails it when
// CI=true.
func Start(t testing.TB) *Node {
	t.Helper()
	bin := Binary()
	if bin == "" {
		msg := fmt.Sprintf("no kubo ipfs binary: build it with `make kubo` (internal/kubo/build.sh), or set %s to an ipfs binary", EnvBinary)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + " (CI must build it before the tests: see .ci/run)")
		}
		t.Skip(msg + ": skipping the IPFS node test")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("kubo binary: %v (set %s to an ipfs binary or unset it)", err, EnvBinary)
	}
	repo := t.TempDir()
	env := append(os.Environ(), "IPFS_PATH="+repo)
	init := exec.Command(bin, "init", "--profile=test", "--empty-repo")
	init.Env = env
	if out, err := init.CombinedOutput(); err != nil {
		t.Fatalf("%s init --profile=test: %v\n%s", bin, err, out)
	}
	logf, err := os.Create(filepath.Join(repo, "daemon.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "daemon", "--offline")
	cmd.Env = env
	cmd.Stdout = logf
	cmd.Stderr = logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		t.Fatalf("starting %s daemon: %v", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); logf.Close() }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	t.Cleanup(stop)
	fail := func(format string, args ...any) {
		t.Helper()
		stop()
		log, _ := os.ReadFile(filepath.Join(repo, "daemon.log"))
		t.Fatalf("kubo daemon (%s, IPFS_PATH=%s): %s\ndaemon output:\n%s", bin, repo, fmt.Sprintf(format, args...), log)
	}

	// The daemon writes its RPC API's address to $IPFS_PATH/api once it
	// listens; then the API must answer.
	deadline := time.Now().Add(60 * time.Second)
	var api string
	for {
		select {
		case err := <-exited:
			exited <- err
			fail("exited before its API answered: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			fail("its API did not answer within 60s")
		}
		if api == "" {
			if b, err := os.ReadFile(filepath.Join(repo, "api")); err == nil {
				if api, err = apiURL(string(b)); err != nil {
					fail("%v", err)
				}
			}
		}
		if api != "" && ping(api) == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	u := "ipfs+" + api
	t.Logf("kubo daemon %s: RPC API %s, IPFS_PATH=%s", bin, api, repo)
	return &Node{API: api, URL: u, Repo: repo, Binary: bin}
}

// apiURL turns the multiaddress of $IPFS_PATH/api ("/ip4/127.0.0.1/tcp/PORT"
// or "/ip6/::1/tcp/PORT") into an http URL.
func apiURL(s string) (string, error) {
	s = strings.TrimSpace(s)
	f := strings.Split(s, "/")
	if len(f) != 5 || f[0] != "" || (f[1] != "ip4" && f[1] != "ip6") || f[3] != "tcp" {
		return "", fmt.Errorf("API address %q is not /ip4/ADDR/tcp/PORT or /ip6/ADDR/tcp/PORT", s)
	}
	return "http://" + net.JoinHostPort(f[2], f[4]), nil
}

func ping(api string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, api+"/api/v0/version", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	return nil
}

// Run runs the node's ipfs command (for example "add", "--cid-version=1",
// "-Q", FILE) against its repository and returns its standard output.
func (n *Node) Run(t testing.TB, args ...string) string {
	t.Helper()
	cmd := exec.Command(n.Binary, args...)
	cmd.Env = append(os.Environ(), "IPFS_PATH="+n.Repo)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ipfs %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out)
}
