package e2e

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver

	"github.com/pocolabs/poco/examples"
	"github.com/pocolabs/poco/internal/anvil"
	"github.com/pocolabs/poco/internal/kubotest"
	"github.com/pocolabs/poco/internal/pgtest"
)

// Ports: every part has an address of its own, so each service keeps its usual port.
const (
	chainPort     = "8545"
	kuboPort      = "5001"
	postgresPort  = "5432"
	marketPort    = "8780"
	schedulerPort = "7070"
)

// need skips the test (or fails it under CI=true) for a missing prerequisite.
func need(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("TestAcrossHosts must run in CI: %s", what)
	}
	t.Skipf("skipping the multi-host test: %s", what)
}

// harnessClient reaches the services over the bridge, never through a proxy.
var harnessClient = &http.Client{Transport: &http.Transport{Proxy: nil}, Timeout: 5 * time.Second}

// TestAcrossHosts runs Poco as an operator deploys it on several machines (docs/deploy.md,
// "Across hosts"): the chain (anvil), the storage (a kubo node), PostgreSQL, the market,
// the pool's scheduler (on the operator's host, which deploys), three workers and a
// requester, each a separate process in a network namespace of its own on a bridge, each
// told only the others' addresses. The requester runs a bag of 3 tasks at trust 1 and one
// at trust 5: every task completes and every result, downloaded from the kubo node, is
// verified. Three workers, since two fresh ones (vote weight 2 each) reach trust 4 at
// most (2×2×5 is not more than (1+2×2)×4), and the scheduler offers no more than that.
func TestAcrossHosts(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no multi-host network")
	}
	need(t, os.Geteuid() == 0, "it needs root (network namespaces, a bridge): run it with sudo")
	_, errIP := exec.LookPath("ip")
	need(t, errIP == nil, "no `ip` command (iproute2)")
	_, errSetpriv := exec.LookPath("setpriv")
	need(t, errSetpriv == nil, "no setpriv (util-linux): PostgreSQL runs as nobody")
	anvilBin, err := anvil.Binary()
	need(t, err == nil, fmt.Sprintf("anvil is missing: %v", err))
	kuboBin := kubotest.Binary()
	need(t, kuboBin != "", "no kubo ipfs binary: `make kubo`, or set "+kubotest.EnvBinary)
	pgBin := pgtest.BinDir()
	need(t, pgBin != "", "no PostgreSQL server binaries (initdb, postgres)")
	started := time.Now()

	// The poco binary and the app, built before any host exists.
	tmp := t.TempDir()
	pocoBin := filepath.Join(tmp, "poco")
	if out, err := exec.Command("go", "build", "-o", pocoBin, "github.com/pocolabs/poco/cmd/poco").CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/poco: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	hello, err := examples.Build(ctx, examples.Hello, filepath.Join(os.TempDir(), "poco-test-examples"))
	cancel()
	if err != nil {
		t.Fatalf("building the hello example: %v", err)
	}
	t.Logf("built poco and the hello app in %s", time.Since(started).Round(time.Millisecond))

	net := newNetwork(t, "chain", "storage", "db", "market", "operator", "worker1", "worker2", "worker3", "requester")
	chain, storage, db, mkt, operator, requester := net.hosts[0], net.hosts[1], net.hosts[2], net.hosts[3], net.hosts[4], net.hosts[8]
	workers := net.hosts[5:8]
	for _, h := range net.hosts {
		h.env = hostEnv(h)
	}
	t.Logf("network %s: bridge %s (%s.0/24, the test at %s); %s", net.prefix, net.bridge, net.subnet, net.harness, describe(net))
	rpcURL := "http://" + chain.ip + ":" + chainPort
	kuboURL := "ipfs+http://" + storage.ip + ":" + kuboPort
	marketURL := "http://" + mkt.ip + ":" + marketPort
	schedulerURL := "http://" + operator.ip + ":" + schedulerPort
	dsn := "postgres://postgres@" + db.ip + ":" + postgresPort + "/market?sslmode=disable"
	if err := waitUntil(10*time.Second, nil, func() error { return tcpReachable(chain.ip) }); err != nil {
		t.Fatalf("the bridge does not carry traffic between the test and %s (%v): a firewall on bridged traffic (br_netfilter)?", chain.ip, err)
	}

	// The infrastructure: the chain, the IPFS node, PostgreSQL.
	chainProc := chain.start("anvil", anvilBin, "--hardfork", "prague", "--host", chain.ip, "--port", chainPort)
	kuboProc := startKubo(t, storage, kuboBin)
	pgProc := startPostgres(t, net, db, pgBin)
	infra := []*proc{chainProc, kuboProc, pgProc}
	mustWait(t, "anvil to answer on "+rpcURL, 30*time.Second, infra, func() error {
		return rpcCall(rpcURL, "eth_chainId")
	})
	mustWait(t, "the kubo node's API", 60*time.Second, infra, func() error {
		return post("http://" + storage.ip + ":" + kuboPort + "/api/v0/version")
	})
	mustWait(t, "PostgreSQL", 60*time.Second, infra, func() error {
		return pgExec("postgres://postgres@"+db.ip+":"+postgresPort+"/postgres?sslmode=disable", "SELECT 1")
	})
	if err := pgExec("postgres://postgres@"+db.ip+":"+postgresPort+"/postgres?sslmode=disable", "CREATE DATABASE market"); err != nil {
		t.Fatal(err)
	}
	t.Logf("chain, storage and database up at %s", time.Since(started).Round(time.Millisecond))

	// docs/deploy.md 1–2, on the operator's host: its key, the deployment, the configuration
	// file. The operator is also the pool's owner (anvil's account 0, which holds the test RLC).
	writeFile(t, filepath.Join(operator.dir, "deployer.key"), anvil.Key0)
	operator.run(pocoBin, "wallet", "import", "--private-key-file", filepath.Join(operator.dir, "deployer.key"))
	var deployed struct {
		Verified bool   `json:"verified"`
		Config   string `json:"config"`
	}
	runJSON(t, operator, &deployed, pocoBin, "deploy", "--rpc", rpcURL, "--test-token", "--from", anvil.Account0)
	if !deployed.Verified {
		t.Fatalf("poco deploy: %+v, want a verified deployment", deployed)
	}
	// The other hosts get a copy of the configuration file (endpoint, contracts, deployment
	// block); their own account comes from their environment.
	cfg, err := os.ReadFile(deployed.Config)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range append([]*host{mkt, requester}, workers...) {
		writeFile(t, filepath.Join(h.dir, "config.json"), string(cfg))
	}
	// Keys: the workers and the requester are anvil's accounts 1 to 4.
	accounts := map[*host]string{}
	for i, h := range append(workers, requester) {
		writeFile(t, filepath.Join(h.dir, "mnemonic"), anvil.Mnemonic)
		var w struct {
			Address string `json:"address"`
		}
		runJSON(t, h, &w, pocoBin, "wallet", "import", "--mnemonic-file", filepath.Join(h.dir, "mnemonic"), "--index", fmt.Sprint(i+1))
		accounts[h] = w.Address
		h.env = append(h.env, "POCO_ACCOUNT="+w.Address)
	}

	// 4. The market on PostgreSQL.
	marketProc := mkt.start("market", pocoBin, "market", "--listen", mkt.ip+":"+marketPort, "--db", dsn, "--poll", "200ms")

	// 5. Stakes, the pool, its scheduler, the workers.
	operator.run(pocoBin, "account", "deposit", "1000")
	for _, h := range append(workers, requester) {
		operator.run(pocoBin, "account", "deposit", "100", "--for", accounts[h])
	}
	var pool struct {
		Address string `json:"address"`
	}
	runJSON(t, operator, &pool, pocoBin, "workerpool", "deploy", "--description", "across hosts")
	mustWait(t, "the market", 30*time.Second, []*proc{marketProc}, func() error { return get(marketURL + "/health") })
	schedProc := operator.start("scheduler", pocoBin, "scheduler", "--workerpool", pool.Address,
		"--listen", operator.ip+":"+schedulerPort, "--market", marketURL, "--db", filepath.Join(operator.dir, "scheduler.db"))
	services := []*proc{chainProc, kuboProc, pgProc, marketProc, schedProc}
	for _, h := range workers {
		services = append(services, h.start("worker", pocoBin, "worker", "--scheduler", schedulerURL, "--storage", kuboURL,
			"--speed", "1", "--state", filepath.Join(h.dir, "worker")))
	}
	mustWait(t, "the workers to log in to the scheduler", time.Minute, services, func() error {
		var st struct{ Workers int }
		if err := getJSON(schedulerURL+"/v1/status", &st); err != nil {
			return err
		}
		if st.Workers != len(workers) {
			return fmt.Errorf("%d workers", st.Workers)
		}
		return nil
	})
	t.Logf("pool %s with %d workers at %s", pool.Address, len(workers), time.Since(started).Round(time.Millisecond))

	// 6. The requester: storage and market in its configuration, an app, two bags.
	requester.run(pocoBin, "config", "set", "storage", kuboURL)
	requester.run(pocoBin, "config", "set", "market", marketURL)
	// The pool offers what a bag needs once its workers are free: wait for that offer before
	// buying (right after a bag, the scheduler may not have published it again yet).
	waitOffer := func(trust int) {
		t.Helper()
		mustWait(t, fmt.Sprintf("the pool's offer of 3 tasks at trust %d or more in the market", trust), time.Minute, services, func() error {
			out, _, err := requester.try(pocoBin, "orderbook", "workerpool", "--min-trust", fmt.Sprint(trust), "--min-volume", "3", "--json")
			if err != nil {
				return err
			}
			if !strings.Contains(strings.ToLower(out), strings.ToLower(pool.Address)) {
				return fmt.Errorf("no such offer of %s in %s", pool.Address, out)
			}
			return nil
		})
	}
	var app struct {
		App struct {
			Address string `json:"address"`
		} `json:"app"`
	}
	runJSON(t, requester, &app, pocoBin, "app", "publish", hello, "--price", "0")
	for _, trust := range []int{1, 5} {
		waitOffer(trust)
		bagStarted := time.Now()
		out := filepath.Join(requester.dir, fmt.Sprintf("results-trust%d", trust))
		var run runView
		runJSON(t, requester, &run, pocoBin, "run", app.App.Address, "--workerpool", pool.Address, "--volume", "3",
			"--trust", fmt.Sprint(trust), "--args", "hosts", "--yes", "--out", out)
		if run.Counts.Completed != 3 || len(run.Tasks) != 3 || len(run.Problems) != 0 {
			t.Fatalf("trust %d: poco run printed %+v, want 3 tasks completed", trust, run)
		}
		for _, task := range run.Tasks {
			if task.Status != "COMPLETED" || task.Verified == nil || !*task.Verified || task.Dir == "" {
				t.Errorf("trust %d, task %d: %+v, want it completed, its result downloaded and verified", trust, task.Index, task)
			}
			// On chain: the deal's trust, and enough agreeing workers for it (three fresh ones,
			// of weight 2 each, at trust 5).
			var onChain struct {
				Trust   uint64 `json:"trust"`
				Winners uint64 `json:"winners"`
			}
			runJSON(t, requester, &onChain, pocoBin, "task", "show", task.ID)
			if wantWinners := map[int]uint64{1: 1, 5: 3}[trust]; onChain.Trust != uint64(trust) || onChain.Winners < wantWinners {
				t.Errorf("trust %d, task %d: on chain trust %d and %d winners, want trust %d and %d winners or more",
					trust, task.Index, onChain.Trust, onChain.Winners, trust, wantWinners)
			}
			// The result is on the kubo node (where the worker put it and poco run read it).
			cid := strings.TrimPrefix(task.Location, "/ipfs/")
			if cid == task.Location || post("http://"+storage.ip+":"+kuboPort+"/api/v0/pin/ls?arg="+cid) != nil {
				t.Errorf("trust %d, task %d: result location %q is not pinned on the kubo node", trust, task.Index, task.Location)
			}
		}
		t.Logf("trust %d: 3 tasks completed and verified in %s", trust, time.Since(bagStarted).Round(time.Millisecond))
	}

	// Each service listens on its host's bridge address (where the others reached it), and
	// its port on no other address of the host (loopback included).
	for h, port := range map[*host]string{chain: chainPort, storage: kuboPort, db: postgresPort, mkt: marketPort, operator: schedulerPort} {
		var on []string
		for _, line := range strings.Split(h.run("ss", "-Hltn"), "\n") {
			if f := strings.Fields(line); len(f) >= 4 && strings.HasSuffix(f[3], ":"+port) {
				on = append(on, f[3])
			}
		}
		if len(on) != 1 || on[0] != h.ip+":"+port {
			t.Errorf("on %s, port %s is listened on at %v, want %s:%s only", h.name, port, on, h.ip, port)
		}
	}
	t.Logf("done in %s", time.Since(started).Round(time.Millisecond))
}

// runView is the part of `poco run --json` checked here.
type runView struct {
	Counts struct {
		Completed, Failed, Total int
	} `json:"counts"`
	Tasks []struct {
		Index    uint64 `json:"index"`
		ID       string `json:"id"`
		Status   string `json:"status"`
		Location string `json:"location"`
		Dir      string `json:"dir"`
		Verified *bool  `json:"verified"`
		Problem  string `json:"problem"`
	} `json:"tasks"`
	Problems []string `json:"problems"`
}

// hostEnv is a host's environment: this one's, less POCO_* and proxies, plus its own
// POCO_HOME, configuration file, keystore and password file.
func hostEnv(h *host) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "POCO_") || strings.HasSuffix(strings.ToLower(k), "_proxy") {
			continue
		}
		env = append(env, kv)
	}
	pw := filepath.Join(h.dir, "password")
	if err := os.WriteFile(pw, []byte("correct horse battery\n"), 0o600); err != nil {
		h.t.Fatal(err)
	}
	return append(env, "POCO_HOME="+h.dir, "POCO_CONFIG="+filepath.Join(h.dir, "config.json"),
		"POCO_KEYSTORE="+filepath.Join(h.dir, "keystore"), "POCO_PASSWORD_FILE="+pw)
}

func describe(n *network) string {
	var parts []string
	for _, h := range n.hosts {
		parts = append(parts, h.name+" "+h.ip)
	}
	return strings.Join(parts, ", ")
}

// startKubo initializes an IPFS repository (test profile: no bootstrap peers, swarm on
// loopback) whose RPC API listens on the host's address, and runs the daemon offline there.
func startKubo(t *testing.T, h *host, bin string) *proc {
	t.Helper()
	repo := filepath.Join(h.dir, "ipfs")
	h.env = append(h.env, "IPFS_PATH="+repo)
	h.run(bin, "init", "--profile=test", "--empty-repo")
	h.run(bin, "config", "Addresses.API", "/ip4/"+h.ip+"/tcp/"+kuboPort)
	return h.start("ipfs", bin, "daemon", "--offline")
}

// startPostgres makes a cluster (as nobody: PostgreSQL refuses root) that trusts the
// subnet, and runs it on the host's address.
func startPostgres(t *testing.T, n *network, h *host, bin string) *proc {
	t.Helper()
	dir, err := os.MkdirTemp("", "poco-e2e-pg-")
	if err != nil {
		t.Fatal(err)
	}
	n.afterStop(func() { os.RemoveAll(dir) })
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{dir, data} {
		if err := os.Chown(p, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}
	asNobody := []string{"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"}
	h.run(append(asNobody, filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C")...)
	f, err := os.OpenFile(filepath.Join(data, "pg_hba.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "host all all %s.0/24 trust\n", n.subnet)
	f.Close()
	return h.start("postgres", append(asNobody, filepath.Join(bin, "postgres"), "-D", data, "-p", postgresPort, "-k", dir,
		"-c", "listen_addresses="+h.ip, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")...)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.TrimSpace(content)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

// runJSON runs a poco command with --json on h and decodes what it prints.
func runJSON(t *testing.T, h *host, v any, args ...string) {
	t.Helper()
	out := h.run(append(args, "--json")...)
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("on %s: %s --json printed %q: %v", h.name, strings.Join(args, " "), out, err)
	}
}

// mustWait waits for cond to hold, failing if it does not in time or if a service stops.
func mustWait(t *testing.T, what string, d time.Duration, services []*proc, cond func() error) {
	t.Helper()
	if err := waitUntil(d, services, cond); err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}

func waitUntil(d time.Duration, services []*proc, cond func() error) error {
	deadline := time.Now().Add(d)
	for {
		err := cond()
		if err == nil {
			return nil
		}
		for _, p := range services {
			if ok, perr := p.exited(); ok {
				return fmt.Errorf("%s stopped (%v); see its log %s", p.name, perr, p.log)
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("not within %s: %v", d, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// tcpReachable pings the bridge: a TCP connection to a closed port of ip is refused, which
// proves the packets went there and back.
func tcpReachable(ip string) error {
	_, err := harnessClient.Get("http://" + ip + ":1/")
	if err != nil && strings.Contains(err.Error(), "connection refused") {
		return nil
	}
	if err == nil {
		return nil
	}
	return err
}

func get(url string) error {
	resp, err := harnessClient.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return nil
}

func getJSON(url string, v any) error {
	resp, err := harnessClient.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// post POSTs to a kubo RPC API endpoint and wants 200.
func post(url string) error {
	resp, err := harnessClient.Post(url, "", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s: %s %s", url, resp.Status, b)
	}
	return nil
}

func rpcCall(url, method string) error {
	resp, err := harnessClient.Post(url, "application/json",
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"`+method+`","params":[]}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", method, resp.Status)
	}
	return nil
}

func pgExec(dsn, query string) error {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err = db.ExecContext(ctx, query)
	return err
}
