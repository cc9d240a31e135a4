package localnet

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/devnet"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
)

// Prices of the local network's offers, per task.
var (
	AppPrice  = big.NewInt(0)
	PoolPrice = big.NewInt(devnet.RLC / 10) // 0.1 RLC
)

// OfferVolume is the volume of the app and pool orders the network signs: large enough
// for any number of demo runs.
const OfferVolume = 1_000_000

// PoolTrust is the highest trust the pool's orders accept.
const PoolTrust = 100

// App is an app published on the local network with its signed offer.
type App struct {
	Address common.Address
	Order   sdk.SignedAppOrder
}

// PublishApp puts module into the store, registers it as a WASM app named name (owned by
// the Publisher; the same name and module give the same app again) and signs an app order
// for it.
func (n *Net) PublishApp(ctx context.Context, name string, module []byte) (*App, error) {
	return n.PublishAppAs(ctx, name, module, sha256.Sum256(module))
}

// PublishAppAs is PublishApp registering checksum as the app's checksum, whatever the
// module's (tests use it to publish an app whose checksum does not match).
func (n *Net) PublishAppAs(ctx context.Context, name string, module []byte, checksum [32]byte) (*App, error) {
	return n.PublishAppType(ctx, name, "WASM", module, checksum)
}

// PublishAppType is PublishAppAs for an app of type typ: "OCI" for an OCI image archive,
// whose checksum is the image's manifest digest.
func (n *Net) PublishAppType(ctx context.Context, name, typ string, module []byte, checksum [32]byte) (*App, error) {
	return n.publishApp(ctx, sdk.AppSpec{Name: name, Type: typ, Checksum: checksum}, module, protocol.Tag{})
}

// PublishTEEApp is PublishApp for an app that runs in a TEE: it registers enclave (an
// attest.EnclaveDescription as JSON) as the app's enclave description and tags its
// order tee,tdx.
func (n *Net) PublishTEEApp(ctx context.Context, name string, module, enclave []byte) (*App, error) {
	return n.publishApp(ctx, sdk.AppSpec{Name: name, Type: "WASM", Checksum: sha256.Sum256(module), MrEnclave: enclave},
		module, protocol.TagTEE.Or(protocol.TagTEETDX))
}

func (n *Net) publishApp(ctx context.Context, spec sdk.AppSpec, module []byte, tag protocol.Tag) (*App, error) {
	name := spec.Name
	c, _, err := n.Store.Put(ctx, bytes.NewReader(module))
	if err != nil {
		return nil, err
	}
	cl, err := n.Client(ctx, n.Publisher())
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	spec.Multiaddr = storage.Location(c)
	addr, err := cl.PredictApp(ctx, spec)
	if err != nil {
		return nil, err
	}
	if _, err := cl.App(ctx, addr); err != nil {
		if addr, err = cl.CreateApp(ctx, spec); err != nil {
			return nil, fmt.Errorf("localnet: registering app %s: %w", name, err)
		}
	}
	ao := sdk.NewAppOrder(addr, AppPrice, OfferVolume)
	ao.Tag = tag
	o, err := cl.SignAppOrder(ao)
	if err != nil {
		return nil, err
	}
	return &App{Address: addr, Order: o}, nil
}

// PoolOrder signs an offer of the pool for category, up to trust PoolTrust, offering
// the GPU tag when a worker declares a GPU (Config.WorkerGPUs).
func (n *Net) PoolOrder(ctx context.Context, category uint64) (sdk.SignedWorkerpoolOrder, error) {
	return n.poolOrder(ctx, category, protocol.Tag{})
}

func (n *Net) poolOrder(ctx context.Context, category uint64, tag protocol.Tag) (sdk.SignedWorkerpoolOrder, error) {
	cl, err := n.Client(ctx, n.poolOwner)
	if err != nil {
		return sdk.SignedWorkerpoolOrder{}, err
	}
	defer cl.Close()
	for _, g := range n.cfg.WorkerGPUs {
		if g > 0 {
			tag = tag.Or(protocol.TagGPU)
		}
	}
	o := sdk.NewWorkerpoolOrder(n.Pool, PoolPrice, OfferVolume, category, PoolTrust)
	o.Tag = tag
	return cl.SignWorkerpoolOrder(o)
}

// Request describes a bag of tasks to buy from the pool.
type Request struct {
	App      *App
	Category uint64 // the pool order's category
	Volume   uint64
	Trust    uint64
	Params   api.Params
	// Tag the tasks need (protocol.TagGPU: a GPU). The pool's order for this request
	// offers it, whatever the workers have: tests use it to see how the pool copes.
	Tag protocol.Tag
}

// Buy signs the request as the Requester against the app's and the pool's offers and
// matches it; it returns the deal.
func (n *Net) Buy(ctx context.Context, r Request) (*sdk.Deal, error) {
	cl, err := n.Client(ctx, n.Requester())
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	return n.BuyWith(ctx, cl, r)
}

// BuyWith is Buy through cl, a client with the requester's key (Net.Requester). Calls
// may run at once: cl sends their matches one after the other, and they can land in the
// same block.
func (n *Net) BuyWith(ctx context.Context, cl *sdk.Client, r Request) (*sdk.Deal, error) {
	pool, err := n.poolOrder(ctx, r.Category, r.Tag)
	if err != nil {
		return nil, err
	}
	req := sdk.RequestFor(cl.Address(), r.App.Order.Order, nil, pool.Order, r.Volume)
	req.Trust = new(big.Int).SetUint64(r.Trust)
	req.Tag = r.Tag
	req.Params = r.Params.String()
	signed, err := cl.SignRequestOrder(req)
	if err != nil {
		return nil, err
	}
	return cl.MatchOrders(ctx, sdk.MatchInput{App: r.App.Order, Workerpool: pool, Request: signed})
}

// CreateCategory creates a category with the given reference time (the hub owner, dev
// account 0, does it), for tests that need short deadlines.
func (n *Net) CreateCategory(ctx context.Context, name string, ref time.Duration) (protocol.Category, error) {
	cl, err := n.Client(ctx, n.role(0))
	if err != nil {
		return protocol.Category{}, err
	}
	defer cl.Close()
	return cl.CreateCategory(ctx, name, name, ref)
}

// WriteOrders writes the pool's offers for every category, and the apps' offers, as
// signed order files into dir (the order folder `poco run --orders` reads), named
// workerpool-<category>.json and app-<name>.json, and publishes the apps' offers to the
// market (the pool's offers there are the scheduler's, from its free capacity).
func (n *Net) WriteOrders(ctx context.Context, dir string, apps map[string]*App) error {
	cl, err := n.Client(ctx, nil)
	if err != nil {
		return err
	}
	cats, err := cl.Categories(ctx)
	cl.Close()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	write := func(name string, v any) error {
		b, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		return atomicfile.Write(filepath.Join(dir, name), append(b, '\n'), 0o644)
	}
	for _, cat := range cats {
		o, err := n.PoolOrder(ctx, cat.ID)
		if err != nil {
			return err
		}
		if err := write(fmt.Sprintf("workerpool-%d.json", cat.ID), o); err != nil {
			return err
		}
	}
	mc := market.NewClient(n.marketURL)
	for name, a := range apps {
		if err := write("app-"+name+".json", a.Order); err != nil {
			return err
		}
		if n.marketURL != "" {
			if _, err := mc.Publish(ctx, a.Order); err != nil {
				return fmt.Errorf("localnet: publishing the order of app %s to the market: %w", name, err)
			}
		}
	}
	return nil
}

// WaitOffers waits until the pool's scheduler has an offer in the market (its live
// workers registered), at most timeout.
func (n *Net) WaitOffers(ctx context.Context, timeout time.Duration) error {
	mc := market.NewClient(n.marketURL)
	deadline := time.Now().Add(timeout)
	for {
		page, err := mc.Query(ctx, sdk.KindWorkerpool, market.Filter{Workerpool: n.Pool, Limit: 1})
		if err == nil && len(page.Orders) > 0 {
			return nil
		}
		if time.Now().After(deadline) {
			if err == nil {
				err = errors.New("no live worker registered with the scheduler")
			}
			return fmt.Errorf("localnet: the pool published no offer to the market in %s: %w", timeout, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
