package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/protocol"
)

// A task that needs a GPU, on a pool whose workers have none: `poco task why` (by task
// id, or by deal and index) says so from the scheduler named in the configuration file
// the network wrote, and `poco deal show` says it for the deal's tasks, asking once. A
// scheduler that is unknown or down is a clear sentence for `task why` and a note for
// `deal show`.
func TestTaskWhySaysATaskWaitsForAGPU(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starts a local network")
	}
	t.Setenv(EnvScheduler, "")
	base := t.TempDir()
	configPath := filepath.Join(base, "config.json")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n, err := localnet.Start(ctx, localnet.Config{
		Devnet:  devnet.Config{DataDir: filepath.Join(base, "devnet"), ConfigPath: configPath, IdleBlockInterval: time.Second},
		Workers: 2, PollInterval: 100 * time.Millisecond, WorkerSpeed: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	wasm, err := os.ReadFile(helloModule(t))
	if err != nil {
		t.Fatal(err)
	}
	app, err := n.PublishApp(ctx, "hello", wasm)
	if err != nil {
		t.Fatal(err)
	}
	deal, err := n.Buy(ctx, localnet.Request{App: app, Volume: 3, Trust: 1, Tag: protocol.TagGPU})
	if err != nil {
		t.Fatal(err)
	}
	f, err := config.Load(configPath)
	if err != nil || f.Scheduler != n.SchedulerURL() {
		t.Fatalf("the configuration file's scheduler is %q, the network's %q (%v)", f.Scheduler, n.SchedulerURL(), err)
	}

	const want = "waiting for a worker with a GPU (no worker offers a GPU)"
	var out string
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(out, want) {
		if time.Now().After(deadline) {
			t.Fatalf("poco task why never said %q; last:\n%s", want, out)
		}
		time.Sleep(200 * time.Millisecond)
		out, _, err = runPoco(t, "", "--config", configPath, "task", "why", deal.ID.Hex(), "1")
		if err != nil {
			t.Fatalf("poco task why: %v", err)
		}
	}
	t.Logf("poco task why:\n%s", out)
	for _, w := range []string{"Task:", deal.TaskID(1).Hex(), "index 1", "Status:", "UNSET", "Why:", "Since:", "Scheduler:", n.SchedulerURL()} {
		if !strings.Contains(out, w) {
			t.Errorf("poco task why does not print %q:\n%s", w, out)
		}
	}
	var v whyJSON
	pocoJSON(t, &v, "--config", configPath, "task", "why", deal.TaskID(0).Hex())
	if v.Task != deal.TaskID(0) || v.Deal != deal.ID || v.Index != 0 || v.Reason != want || v.Since.IsZero() || v.Scheduler != n.SchedulerURL() {
		t.Errorf("poco task why --json: %+v", v)
	}

	show := poco(t, "--config", configPath, "deal", "show", deal.ID.Hex())
	t.Logf("poco deal show:\n%s", show)
	if !strings.Contains(show, "Why tasks wait (the pool's scheduler, "+n.SchedulerURL()+"):\n  tasks 0-2: "+want) {
		t.Errorf("poco deal show does not say why the tasks wait:\n%s", show)
	}
	var ds struct {
		Scheduler, SchedulerError string
		Tasks                     []struct {
			Reason      string
			ReasonSince time.Time
		}
	}
	pocoJSON(t, &ds, "--config", configPath, "deal", "show", deal.ID.Hex())
	if ds.Scheduler != n.SchedulerURL() || ds.SchedulerError != "" || len(ds.Tasks) != 3 || ds.Tasks[2].Reason != want || ds.Tasks[2].ReasonSince.IsZero() {
		t.Errorf("poco deal show --json: scheduler %q (%q), tasks %+v", ds.Scheduler, ds.SchedulerError, ds.Tasks)
	}

	// A scheduler that does not answer, or none known.
	dead := "http://127.0.0.1:1"
	pocoFails(t, []string{"cannot ask the scheduler at " + dead + " why task " + deal.TaskID(0).Hex() + " waits"},
		"--config", configPath, "task", "why", deal.TaskID(0).Hex(), "--scheduler", dead)
	show = poco(t, "--config", configPath, "deal", "show", deal.ID.Hex(), "--scheduler", dead)
	if !strings.Contains(show, "Why tasks wait: unknown, cannot ask the scheduler at "+dead) {
		t.Errorf("poco deal show with a scheduler down does not say so:\n%s", show)
	}
	f.Scheduler = ""
	bare := filepath.Join(base, "bare.json")
	if err := config.Save(bare, f); err != nil {
		t.Fatal(err)
	}
	pocoFails(t, []string{"which scheduler?", "--scheduler URL", EnvScheduler, bare}, "--config", bare, "task", "why", deal.TaskID(0).Hex())
	if show := poco(t, "--config", bare, "deal", "show", deal.ID.Hex()); strings.Contains(show, "Why tasks wait") {
		t.Errorf("poco deal show without a scheduler talks of one:\n%s", show)
	}
	// Another pool's task: the scheduler does not follow it.
	pocoFails(t, []string{"does not follow task 0x" + strings.Repeat("ab", 32)}, "--config", configPath, "task", "why", "0x"+strings.Repeat("ab", 32))
}

func TestIndexRanges(t *testing.T) {
	for _, c := range []struct {
		idx  []uint64
		want string
	}{
		{[]uint64{3}, "task 3"},
		{[]uint64{0, 1, 2, 3, 4, 7}, "tasks 0-4, 7"},
		{[]uint64{1, 3, 5, 6}, "tasks 1, 3, 5-6"},
	} {
		if got := indexRanges(c.idx); got != c.want {
			t.Errorf("indexRanges(%v) = %q, want %q", c.idx, got, c.want)
		}
	}
}
