package localnet

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/pocolabs/poco/explorer"
	"github.com/pocolabs/poco/market"
)

// DefaultExplorerPort is the port of the block explorer `poco devnet` and `poco demo`
// serve beside the chain's 8545/8546, the storage gateway's and the scheduler's.
const DefaultExplorerPort = 8549

// StartExplorer starts the block explorer of the network on 127.0.0.1:port (0 picks a free
// port) and returns its URL. Its index is <datadir>/explorer.db, so a restarted devnet
// resumes indexing where it stopped; result links point to the network's storage gateway,
// the market page shows the network's market's live order book, and the task and deal
// pages say why tasks wait, as the pool's scheduler says.
// StopExplorer (or Close, which calls it) stops it.
func (n *Net) StartExplorer(ctx context.Context, port int) (url string, err error) {
	n.mu.Lock()
	running, sched := n.explorer != nil, n.schedAddr
	n.mu.Unlock()
	if running {
		return "", errors.New("localnet: the explorer is already running")
	}
	c, err := n.Client(ctx, nil)
	if err != nil {
		return "", err
	}
	var mc *market.Client
	if n.marketURL != "" {
		mc = market.NewClient(n.marketURL) // the market page shows its live order book
	}
	var br *explorer.BridgeOptions
	if info := n.BridgeInfo(); info != nil { // the bridge page: both directions and their state
		br = &explorer.BridgeOptions{SideBridge: info.SideBridge, Main: n.MainBridge(), MainStartBlock: info.MainBlock,
			MainPollInterval: 500 * time.Millisecond}
	}
	x, err := explorer.Start(ctx, explorer.Options{
		Client:       c,
		Market:       mc,
		DBPath:       filepath.Join(n.Devnet.DataDir(), "explorer.db"),
		Listen:       fmt.Sprintf("127.0.0.1:%d", port),
		StartBlock:   n.Devnet.Deployment().Block,
		PollInterval: 250 * time.Millisecond,
		Gateway:      n.gatewayURL,
		Scheduler:    "http://" + sched, // the task and deal pages say why tasks wait
		SMS:          n.smsURL,          // every page says it accepts development attestation
		Bridge:       br,
		Logger:       n.log.With("part", "explorer"),
	})
	if err != nil {
		c.Close()
		return "", fmt.Errorf("localnet: explorer: %w", err)
	}
	n.mu.Lock()
	n.explorer, n.explorerClient = x, c
	n.mu.Unlock()
	return x.URL(), nil
}

// Explorer is the running explorer (nil when StartExplorer was not called).
func (n *Net) Explorer() *explorer.Explorer {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.explorer
}

// StopExplorer stops the explorer started by StartExplorer, if any.
func (n *Net) StopExplorer() error {
	n.mu.Lock()
	x, c := n.explorer, n.explorerClient
	n.explorer, n.explorerClient = nil, nil
	n.mu.Unlock()
	if x == nil {
		return nil
	}
	err := x.Close()
	c.Close()
	return err
}
