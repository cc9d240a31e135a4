package e2e

// Hosts for TestAcrossHosts: one Linux network namespace per part, each with a veth
// pair whose other end is on a bridge in the root namespace, on a private /24. The
// bridge has the subnet's first address: the test itself (the "harness") uses it only
// to see that the services answer. Namespaces have no default route: nothing leaves
// the machine. Names carry a random prefix (pc<6 hex>) so parallel runs do not clash;
// a marker file with the test's pid lets a later run remove what a killed run left.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// markerDir holds one file per live network (its prefix), holding the test's pid.
const markerDir = "/run/poco-e2e"

var leftoverName = regexp.MustCompile(`^(pc[0-9a-f]{6})(-|br$)`)

// network is the bridge and the hosts on it.
type network struct {
	prefix, subnet, bridge string
	harness                string // the bridge's address
	hosts                  []*host
	after                  []func() // once every host's programs stopped
}

// afterStop runs f when the test ends, once every program on the hosts has stopped.
func (n *network) afterStop(f func()) { n.after = append(n.after, f) }

// host is a network namespace with one address on the bridge, and a folder of its own
// (its POCO_HOME, its logs).
type host struct {
	name, ns, ip, dir string
	env               []string
	t                 *testing.T
	mu                sync.Mutex
	procs             []*proc
}

// ipCmd runs ip with args, failing the test on error.
func ipCmd(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
		t.Fatalf("ip %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// newNetwork makes the bridge and one namespace per name, in that order at addresses
// .2, .3, …; everything is removed when the test ends, also when it fails.
func newNetwork(t *testing.T, names ...string) *network {
	t.Helper()
	removeLeftovers(t)
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	n := &network{prefix: "pc" + hex.EncodeToString(b[:3])}
	n.subnet = fmt.Sprintf("10.231.%d", b[3])
	n.bridge = n.prefix + "br"
	n.harness = n.subnet + ".1"
	if err := os.MkdirAll(markerDir, 0o755); err != nil {
		t.Fatal(err)
	}
	marker := filepath.Join(markerDir, n.prefix)
	if err := os.WriteFile(marker, []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { // registered before the hosts' cleanups: runs after them
		for _, f := range n.after {
			f()
		}
		teardown(n.prefix)
		os.Remove(marker)
	})

	ipCmd(t, "link", "add", n.bridge, "type", "bridge")
	ipCmd(t, "addr", "add", n.harness+"/24", "dev", n.bridge)
	ipCmd(t, "link", "set", n.bridge, "up")
	base := t.TempDir()
	for i, name := range names {
		h := &host{name: name, ns: n.prefix + "-" + name, ip: fmt.Sprintf("%s.%d", n.subnet, i+2),
			dir: filepath.Join(base, name), t: t}
		if err := os.MkdirAll(h.dir, 0o755); err != nil {
			t.Fatal(err)
		}
		outer, inner := fmt.Sprintf("%sh%d", n.prefix, i), fmt.Sprintf("%sn%d", n.prefix, i)
		ipCmd(t, "netns", "add", h.ns)
		ipCmd(t, "link", "add", outer, "type", "veth", "peer", "name", inner, "netns", h.ns)
		ipCmd(t, "link", "set", outer, "master", n.bridge, "up")
		ipCmd(t, "-n", h.ns, "link", "set", "lo", "up")
		ipCmd(t, "-n", h.ns, "link", "set", inner, "name", "eth0")
		ipCmd(t, "-n", h.ns, "addr", "add", h.ip+"/24", "dev", "eth0")
		ipCmd(t, "-n", h.ns, "link", "set", "eth0", "up")
		n.hosts = append(n.hosts, h)
		t.Cleanup(h.stopAll)
	}
	return n
}

// teardown deletes the namespaces and the bridge of prefix (a namespace's veth goes with
// it), ignoring what is already gone.
func teardown(prefix string) {
	out, _ := exec.Command("ip", "netns", "list").Output()
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(f[0], prefix+"-") {
			// What still runs there (a run killed before its cleanup) goes first.
			pids, _ := exec.Command("ip", "netns", "pids", f[0]).Output()
			for _, p := range strings.Fields(string(pids)) {
				if pid, err := strconv.Atoi(p); err == nil && pid > 1 {
					syscall.Kill(pid, syscall.SIGKILL)
				}
			}
			exec.Command("ip", "netns", "delete", f[0]).Run()
		}
	}
	exec.Command("ip", "link", "delete", prefix+"br").Run()
}

// removeLeftovers removes the networks of earlier runs whose test process is gone (or
// that have no marker).
func removeLeftovers(t *testing.T) {
	seen := map[string]bool{}
	out, _ := exec.Command("ip", "netns", "list").Output()
	links, _ := exec.Command("ip", "-o", "link", "show", "type", "bridge").Output()
	for _, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			if m := leftoverName.FindStringSubmatch(f[0]); m != nil {
				seen[m[1]] = true
			}
		}
	}
	for _, line := range strings.Split(string(links), "\n") {
		if f := strings.Fields(line); len(f) > 1 {
			if m := leftoverName.FindStringSubmatch(strings.TrimSuffix(f[1], ":")); m != nil {
				seen[m[1]] = true
			}
		}
	}
	for prefix := range seen {
		b, err := os.ReadFile(filepath.Join(markerDir, prefix))
		if err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && syscall.Kill(pid, 0) == nil {
				continue // a live run
			}
		}
		t.Logf("removing the network %s left by an earlier run", prefix)
		teardown(prefix)
		os.Remove(filepath.Join(markerDir, prefix))
	}
}

// proc is a long-running program on a host, in a process group of its own.
type proc struct {
	name, log string
	cmd       *exec.Cmd
	done      chan struct{}
	err       error
}

// command is `ip netns exec NS args…` with the host's environment.
func (h *host) command(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "ip", append([]string{"netns", "exec", h.ns}, args...)...)
	cmd.Env = h.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	return cmd
}

// start runs args in the host's namespace until the test ends; its output goes to
// DIR/NAME.log.
func (h *host) start(name string, args ...string) *proc {
	h.t.Helper()
	p := &proc{name: h.name + "/" + name, log: filepath.Join(h.dir, name+".log"), done: make(chan struct{})}
	f, err := os.Create(p.log)
	if err != nil {
		h.t.Fatal(err)
	}
	p.cmd = h.command(context.Background(), args...)
	p.cmd.Stdout, p.cmd.Stderr = f, f
	if err := p.cmd.Start(); err != nil {
		f.Close()
		h.t.Fatalf("%s: %v", p.name, err)
	}
	go func() { p.err = p.cmd.Wait(); f.Close(); close(p.done) }()
	h.mu.Lock()
	h.procs = append(h.procs, p)
	h.mu.Unlock()
	return p
}

// exited says whether p ended, with how.
func (p *proc) exited() (bool, error) {
	select {
	case <-p.done:
		return true, p.err
	default:
		return false, nil
	}
}

// stop interrupts p's process group, then kills it after 10 s.
func (p *proc) stop() {
	if ok, _ := p.exited(); ok {
		return
	}
	syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.done
	}
}

// stopAll stops the host's programs, last started first, and on failure prints the end of
// their logs.
func (h *host) stopAll() {
	h.mu.Lock()
	procs := h.procs
	h.mu.Unlock()
	for i := len(procs) - 1; i >= 0; i-- {
		procs[i].stop()
	}
	if h.t.Failed() {
		for _, p := range procs {
			h.t.Logf("--- %s (%s), %s:\n%s", p.name, strings.Join(p.cmd.Args, " "), p.log, tail(p.log, 6000))
		}
	}
}

// run runs args in the host's namespace to the end (two minutes at most) and returns
// its standard output, failing the test with both outputs on error.
func (h *host) run(args ...string) string {
	h.t.Helper()
	out, stderr, err := h.try(args...)
	if err != nil {
		h.t.Fatalf("on %s: %s: %v\nstdout:\n%s\nstderr:\n%s", h.name, strings.Join(args, " "), err, out, stderr)
	}
	return out
}

// try is run without failing.
func (h *host) try(args ...string) (stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := h.command(ctx, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		err = fmt.Errorf("%w (ran two minutes)", err)
	}
	return o.String(), e.String(), err
}

// tail is the end of a file, at most n bytes.
func tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	if len(b) > n {
		b = append([]byte("…"), b[len(b)-n:]...)
	}
	return string(b)
}
