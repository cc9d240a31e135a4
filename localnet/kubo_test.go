package localnet_test

import (
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/kubotest"
	"github.com/pocolabs/poco/localnet"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

// A network whose app, workers and requester keep everything on an IPFS node (a real
// kubo daemon, reached through its RPC API): a small bag completes, every result is on
// the node under the CID the chain points to (/ipfs/<cid>), and downloads verified.
func TestBagOnIPFSNode(t *testing.T) {
	node := kubotest.Start(t) // stopped after the network (cleanups run last first)
	n := testnet(t, localnet.Config{Workers: 2, Storage: node.URL})
	ctx := ctxFor(t, 3*time.Minute)

	if _, ok := n.Store.(*storage.KuboStore); !ok {
		t.Fatalf("the network's store is a %T, want the IPFS node", n.Store)
	}
	f, err := config.Load(n.Devnet.ConfigPath())
	if err != nil {
		t.Fatal(err)
	}
	if f.Storage != node.URL {
		t.Fatalf("configuration file's storage %q, want the IPFS node %q", f.Storage, node.URL)
	}

	app := hello(t, ctx, n)
	c := client(t, ctx, n)
	deal := buy(t, ctx, n, localnet.Request{App: app, Volume: 3, Trust: 1, Params: api.Params{Args: "ipfs"}})
	allCompleted(t, wait(t, ctx, c, deal), 3)

	// The requester opens the storage the configuration names, as `poco run` does.
	store, err := storage.Open(ctx, f.Storage)
	if err != nil {
		t.Fatal(err)
	}
	for _, task := range tasks(t, ctx, c, deal) {
		cid, err := storage.ParseResult(task.Results)
		if err != nil {
			t.Fatalf("task %d results %q: %v", task.Index, task.Results, err)
		}
		if !strings.HasPrefix(string(task.Results), `{"storage":"ipfs","location":"/ipfs/`) {
			t.Errorf("task %d results %s, want an /ipfs/<cid> location", task.Index, task.Results)
		}
		// The node itself holds the result (ipfs CLI against its repository).
		if got := strings.TrimSpace(node.Run(t, "pin", "ls", "--type=recursive", "--quiet", cid.String())); got != cid.String() {
			t.Errorf("task %d result %s is not pinned on the node (pin ls: %q)", task.Index, cid, got)
		}
		dir := t.TempDir()
		if _, err := requester.Download(ctx, store, task, dir); err != nil {
			t.Fatalf("task %d: %v", task.Index, err)
		}
		got := readResult(t, dir, "result.txt")
		want := "hello, ipfs\ntask " + job.Hex(task.ID) + " of deal " + job.Hex(deal.ID)
		if !strings.HasPrefix(got, want) {
			t.Errorf("task %d result %q, want it to start with %q", task.Index, got, want)
		}
	}
}
