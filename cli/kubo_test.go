package cli

import (
	"context"
	"strings"
	"testing"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/kubotest"
	"github.com/pocolabs/poco/storage"
)

// The CLI's storage resolution (flag, POCO_STORAGE, configuration file) opens an IPFS
// node for ipfs+http:// locations, for workers, requesters and storage commands alike.
func TestStorageResolverIPFSNode(t *testing.T) {
	node := kubotest.Start(t)
	t.Setenv(EnvStorage, "")

	// From the flag (worker, storage put/get).
	st, err := workerStore(&Settings{ConfigPath: "/nonexistent/config.json"}, node.URL)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := st.(*storage.KuboStore); !ok {
		t.Fatalf("--storage %s opened a %T, want *storage.KuboStore", node.URL, st)
	}
	c, _, err := st.Put(context.Background(), strings.NewReader("hello world"))
	if err != nil || c.String() != "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e" {
		t.Fatalf("Put: %s, %v", c, err)
	}

	// From the configuration file (poco run's result downloads).
	s := &Settings{ConfigPath: "config.json", Config: &config.File{Storage: node.URL}}
	st, err = runStore(s, &runFlags{})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := st.Has(context.Background(), c); err != nil || !ok {
		t.Fatalf("the configured IPFS node does not have %s: %v, %v", c, ok, err)
	}

	// From POCO_STORAGE, an address where no node listens: a clear error.
	t.Setenv(EnvStorage, "ipfs+http://127.0.0.1:1")
	if _, err := workerStore(&Settings{ConfigPath: "config.json"}, ""); err == nil || !strings.Contains(err.Error(), "is `ipfs daemon` running") {
		t.Fatalf("an IPFS node nobody runs: %v; want an error asking whether the daemon runs", err)
	}
}
