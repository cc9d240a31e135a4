// Package explorer is Poco's block explorer: an indexer (package explorer/index) that
// follows every event of the hub and its registries into SQLite or PostgreSQL, and a web
// server that shows the market (with the live order book of a market service, when one is
// given), pools, workers, apps and datasets, deals, tasks and any address's activity as
// server-rendered HTML pages (html/template, embedded CSS, a small script for
// live updates over server-sent events) and as a JSON API under /api. docs/explorer.md
// lists the pages, the API and the indexer's guarantees.
//
// `poco explorer` runs it against the configured chain; localnet starts one beside the
// devnet (Net.StartExplorer).
package explorer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/explorer/index"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/sdk"
)

// DefaultListen is where `poco explorer` serves by default.
const DefaultListen = "127.0.0.1:8549"

// Options configures Start.
type Options struct {
	// Client reads the chain (read-only is enough): the indexer follows it and the
	// address pages show live balances from it.
	Client *sdk.Client
	// DBPath is the index: an SQLite file (created if needed) or a PostgreSQL DSN
	// (postgres://…, see index.Open).
	DBPath string
	// Market, when set, is the market service (`poco market`) whose live order book the
	// market page shows beside the deals' price history.
	Market *market.Client
	// Listen is the address to serve on (default DefaultListen; port 0 picks one).
	Listen string
	// StartBlock is the first block to index (the hub's deployment block).
	StartBlock uint64
	// Confirmations: index only blocks this deep (default 0).
	Confirmations uint64
	// PollInterval is how often the indexer looks for new blocks (default 1 s).
	PollInterval time.Duration
	// Gateway is the storage gateway result links point to (its /ipfs/<cid>); empty
	// means the public gateway https://ipfs.io.
	Gateway string
	// Scheduler, when set, is the base URL of a pool's scheduler: the task and deal pages
	// of its deals say why their unfinished tasks wait, live (ServerConfig.Scheduler).
	Scheduler string
	// SMS, when set, is the network's secret management service: every page says when it
	// accepts development attestation (ServerConfig.SMS).
	SMS string
	// Logger receives the indexer's and server's logs (nil: discarded).
	Logger *slog.Logger
	// BookSampleInterval is how often the market's order book is sampled into the index
	// for the market page's chart of offered capacity (default
	// DefaultBookSampleInterval; negative: only when the market page reads the book).
	BookSampleInterval time.Duration
	// Bridge, when set, is the token bridge between the main chain and the chain the
	// explorer follows (its side chain): the indexer also indexes the side bridge's
	// transfers, a watcher reads the main chain's vault when Bridge.Main is set, and the
	// /bridge page shows them (ServerConfig.Bridge).
	Bridge *BridgeOptions
}

// Explorer is a running indexer and web server.
type Explorer struct {
	DB      *index.DB
	Indexer *index.Indexer
	// Main reads the bridge's vault on the main chain (nil without Options.Bridge.Main).
	Main   *index.MainWatcher
	server *Server
	http   *http.Server
	url    string
	cancel context.CancelFunc
	done   chan error
	// mainDone is closed when Main's Run returned (nil without Main).
	mainDone chan struct{}
}

// Start opens the index, starts the indexer and serves the pages. The indexer catches up
// in the background: the pages show what is indexed so far.
func Start(ctx context.Context, o Options) (_ *Explorer, err error) {
	if o.Client == nil || o.DBPath == "" {
		return nil, errors.New("explorer: a chain client and a database (path or DSN) are needed")
	}
	if o.Listen == "" {
		o.Listen = DefaultListen
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	db, err := index.Open(o.DBPath)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			db.Close()
		}
	}()
	broker := newBroker()
	var side common.Address
	var mw *index.MainWatcher
	if b := o.Bridge; b != nil {
		if b.SideBridge == (common.Address{}) {
			return nil, errors.New("explorer: the bridge option needs the side bridge's address")
		}
		side = b.SideBridge
		if b.Main != nil {
			if mw, err = index.NewMainWatcher(index.MainConfig{Main: b.Main, SideBridge: side, DB: db, StartBlock: b.MainStartBlock,
				Confirmations: b.MainConfirmations, PollInterval: b.MainPollInterval, Logger: log,
				// Live pages refresh on "progress" events, which name blocks of the followed chain.
				OnCommit: func(p index.Progress) {
					if cur, ok, err := db.Cursor(context.Background()); err == nil && ok {
						broker.publish(index.Progress{To: cur.Block, Events: p.Events})
					}
				}}); err != nil {
				return nil, err
			}
		}
	}
	ix, err := index.New(index.Config{
		Client: o.Client, DB: db, StartBlock: o.StartBlock, Confirmations: o.Confirmations,
		PollInterval: o.PollInterval, Logger: log, OnCommit: broker.publish, SideBridge: side,
	})
	if err != nil {
		return nil, err
	}
	srv, err := NewServer(ServerConfig{DB: db, Client: o.Client, Broker: broker, Market: o.Market, Gateway: o.Gateway,
		Scheduler: o.Scheduler, SMS: o.SMS, Logger: log, Bridge: o.Bridge})
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", o.Listen)
	if err != nil {
		return nil, fmt.Errorf("explorer: listening on %s: %w (use another --listen address)", o.Listen, err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	x := &Explorer{DB: db, Indexer: ix, Main: mw, server: srv, url: "http://" + ln.Addr().String(), cancel: cancel, done: make(chan error, 1)}
	x.http = &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, BaseContext: func(net.Listener) context.Context { return runCtx }}
	if mw != nil {
		x.mainDone = make(chan struct{})
		go func() {
			defer close(x.mainDone)
			if err := mw.Run(runCtx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("explorer bridge: stopped reading the main chain", "err", err)
			}
		}()
	}
	go func() {
		err := ix.Run(runCtx)
		if x.mainDone != nil {
			<-x.mainDone
		}
		x.done <- err
	}()
	go x.http.Serve(ln)
	if o.BookSampleInterval == 0 {
		o.BookSampleInterval = DefaultBookSampleInterval
	}
	go srv.sampleBooks(runCtx, o.BookSampleInterval)
	return x, nil
}

// URL is the explorer's base URL (http://127.0.0.1:PORT).
func (x *Explorer) URL() string { return x.url }

// Handler serves the pages and the API.
func (x *Explorer) Handler() http.Handler { return x.server }

// Close stops the server and the indexer and closes the database.
func (x *Explorer) Close() error {
	x.cancel() // ends the indexer and the live streams
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := x.http.Shutdown(ctx)
	if e := <-x.done; e != nil && !errors.Is(e, context.Canceled) {
		err = errors.Join(err, e)
	}
	return errors.Join(err, x.DB.Close())
}
