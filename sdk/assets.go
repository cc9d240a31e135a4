package sdk

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
)

// AppSpec describes an app to register.
type AppSpec struct {
	Name string
	// Type is how it runs: "WASM", "OCI", ...
	Type string
	// Multiaddr locates it: a CID ("/ipfs/bafy…") or an image reference; stored as its bytes.
	Multiaddr string
	// Checksum is the content digest the worker checks before running it.
	Checksum [32]byte
	// MrEnclave describes the enclave of a TEE app; empty otherwise.
	MrEnclave []byte
	// Owner owns the app; zero means the signer.
	Owner common.Address
}

// App is a registered app.
type App struct {
	Address   common.Address `json:"address"`
	Owner     common.Address `json:"owner"`
	Name      string         `json:"name"`
	Type      string         `json:"type"`
	Multiaddr string         `json:"multiaddr"`
	Checksum  common.Hash    `json:"checksum"`
	MrEnclave hexutil.Bytes  `json:"mrenclave,omitempty"`
}

// DatasetSpec describes a dataset to register.
type DatasetSpec struct {
	Name      string
	Multiaddr string
	Checksum  [32]byte
	Owner     common.Address // zero: the signer
}

// Dataset is a registered dataset.
type Dataset struct {
	Address   common.Address `json:"address"`
	Owner     common.Address `json:"owner"`
	Name      string         `json:"name"`
	Multiaddr string         `json:"multiaddr"`
	Checksum  common.Hash    `json:"checksum"`
}

// WorkerpoolSpec describes a workerpool to register.
type WorkerpoolSpec struct {
	Description string
	Owner       common.Address // zero: the signer
}

// Workerpool is a registered workerpool with its policies.
type Workerpool struct {
	Address     common.Address `json:"address"`
	Owner       common.Address `json:"owner"`
	Description string         `json:"description"`
	// WorkerStakeRatio is the percent of the pool price a worker locks per contribution.
	WorkerStakeRatio uint64 `json:"workerStakeRatio"`
	// SchedulerRewardRatio is the percent of the pool reward the scheduler keeps.
	SchedulerRewardRatio uint64 `json:"schedulerRewardRatio"`
}

func (c *Client) ownerOr(owner common.Address) (common.Address, error) {
	if owner != (common.Address{}) {
		return owner, nil
	}
	if c.o.signer == nil {
		return common.Address{}, ErrNoSigner
	}
	return c.Address(), nil
}

// createdAsset reads the minted asset from the registry's ERC-721 Transfer event.
func createdAsset(r *types.Receipt, registry common.Address) (common.Address, error) {
	transfer := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	for _, l := range r.Logs {
		if l.Address == registry && len(l.Topics) == 4 && l.Topics[0] == transfer && l.Topics[1] == (common.Hash{}) {
			return common.BytesToAddress(l.Topics[3].Bytes()), nil
		}
	}
	return common.Address{}, fmt.Errorf("transaction %s registered nothing in registry %s", r.TxHash.Hex(), registry.Hex())
}

// assetOwner is the owner of asset in registry, zero when it is not registered.
func (c *Client) assetOwner(ctx context.Context, registry, asset common.Address) (common.Address, error) {
	return callAs(ctx, c, registry, c.appsABI.PackOwnerOfAsset(asset), c.appsABI.UnpackOwnerOfAsset)
}

func (c *Client) registryCount(ctx context.Context, registry common.Address) (uint64, error) {
	n, err := callAs(ctx, c, registry, c.appsABI.PackCount(), c.appsABI.UnpackCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// transferAsset moves an asset's token to `to`, after checking the signer owns it.
func (c *Client) transferAsset(ctx context.Context, registry common.Address, kind string, asset, to common.Address) (*types.Receipt, error) {
	if c.o.signer == nil {
		return nil, ErrNoSigner
	}
	if to == (common.Address{}) {
		return nil, newError("ERC721InvalidReceiver", "cannot transfer %s %s to the zero address", kind, asset.Hex())
	}
	owner, err := c.assetOwner(ctx, registry, asset)
	if err != nil {
		return nil, err
	}
	if owner == (common.Address{}) {
		return nil, newError("RegistryUnknownAsset", "no %s at %s", kind, asset.Hex())
	}
	me := c.Address()
	if owner != me {
		return nil, newError("RegistryNotOwner", "you (%s) do not own %s %s: its owner is %s", me.Hex(), kind, asset.Hex(), owner.Hex())
	}
	tokenID := new(big.Int).SetBytes(asset[:])
	return c.transact(ctx, registry, c.appsABI.PackSafeTransferFrom(me, to, tokenID))
}

// ───────────────────────────── apps ─────────────────────────────

// CreateApp registers an app and returns its address.
func (c *Client) CreateApp(ctx context.Context, spec AppSpec) (common.Address, error) {
	owner, err := c.ownerOr(spec.Owner)
	if err != nil {
		return common.Address{}, err
	}
	r, err := c.transact(ctx, c.apps, c.appsABI.PackCreateApp(owner, spec.Name, spec.Type,
		[]byte(spec.Multiaddr), spec.Checksum, nonNil(spec.MrEnclave)))
	if err != nil {
		return common.Address{}, err
	}
	return createdAsset(r, c.apps)
}

// PredictApp returns the address CreateApp would give spec, registered or not.
func (c *Client) PredictApp(ctx context.Context, spec AppSpec) (common.Address, error) {
	owner, err := c.ownerOr(spec.Owner)
	if err != nil {
		return common.Address{}, err
	}
	return callAs(ctx, c, c.apps, c.appsABI.PackPredictApp(owner, spec.Name, spec.Type,
		[]byte(spec.Multiaddr), spec.Checksum, nonNil(spec.MrEnclave)), c.appsABI.UnpackPredictApp)
}

// App returns the registered app at addr ("no app at 0x…" when there is none).
func (c *Client) App(ctx context.Context, addr common.Address) (*App, error) {
	a, err := callAs(ctx, c, c.apps, c.appsABI.PackApp(addr), c.appsABI.UnpackApp)
	if err != nil {
		return nil, err
	}
	owner, err := c.assetOwner(ctx, c.apps, addr)
	if err != nil {
		return nil, err
	}
	return &App{Address: addr, Owner: owner, Name: a.Name, Type: a.AppType, Multiaddr: string(a.Multiaddr),
		Checksum: a.Checksum, MrEnclave: a.Mrenclave}, nil
}

// AppCount is the number of apps ever registered.
func (c *Client) AppCount(ctx context.Context) (uint64, error) { return c.registryCount(ctx, c.apps) }

// AppOwner is the owner of an app, zero if it is not registered.
func (c *Client) AppOwner(ctx context.Context, app common.Address) (common.Address, error) {
	return c.assetOwner(ctx, c.apps, app)
}

// TransferApp gives the signer's app to `to`; its orders must then be signed by `to`.
func (c *Client) TransferApp(ctx context.Context, app, to common.Address) (*types.Receipt, error) {
	return c.transferAsset(ctx, c.apps, "app", app, to)
}

// ───────────────────────────── datasets ─────────────────────────────

// CreateDataset registers a dataset and returns its address.
func (c *Client) CreateDataset(ctx context.Context, spec DatasetSpec) (common.Address, error) {
	owner, err := c.ownerOr(spec.Owner)
	if err != nil {
		return common.Address{}, err
	}
	r, err := c.transact(ctx, c.dsets, c.dsetsABI.PackCreateDataset(owner, spec.Name, []byte(spec.Multiaddr), spec.Checksum))
	if err != nil {
		return common.Address{}, err
	}
	return createdAsset(r, c.dsets)
}

// PredictDataset returns the address CreateDataset would give spec.
func (c *Client) PredictDataset(ctx context.Context, spec DatasetSpec) (common.Address, error) {
	owner, err := c.ownerOr(spec.Owner)
	if err != nil {
		return common.Address{}, err
	}
	return callAs(ctx, c, c.dsets, c.dsetsABI.PackPredictDataset(owner, spec.Name, []byte(spec.Multiaddr), spec.Checksum),
		c.dsetsABI.UnpackPredictDataset)
}

// Dataset returns the registered dataset at addr ("no dataset at 0x…" when there is none).
func (c *Client) Dataset(ctx context.Context, addr common.Address) (*Dataset, error) {
	d, err := callAs(ctx, c, c.dsets, c.dsetsABI.PackDataset(addr), c.dsetsABI.UnpackDataset)
	if err != nil {
		return nil, err
	}
	owner, err := c.assetOwner(ctx, c.dsets, addr)
	if err != nil {
		return nil, err
	}
	return &Dataset{Address: addr, Owner: owner, Name: d.Name, Multiaddr: string(d.Multiaddr), Checksum: d.Checksum}, nil
}

// DatasetCount is the number of datasets ever registered.
func (c *Client) DatasetCount(ctx context.Context) (uint64, error) {
	return c.registryCount(ctx, c.dsets)
}

// DatasetOwner is the owner of a dataset, zero if it is not registered.
func (c *Client) DatasetOwner(ctx context.Context, dataset common.Address) (common.Address, error) {
	return c.assetOwner(ctx, c.dsets, dataset)
}

// TransferDataset gives the signer's dataset to `to`.
func (c *Client) TransferDataset(ctx context.Context, dataset, to common.Address) (*types.Receipt, error) {
	return c.transferAsset(ctx, c.dsets, "dataset", dataset, to)
}

// ───────────────────────────── workerpools ─────────────────────────────

// CreateWorkerpool registers a workerpool (default policies: worker stake 30 %, scheduler
// reward 1 %) and returns its address.
func (c *Client) CreateWorkerpool(ctx context.Context, spec WorkerpoolSpec) (common.Address, error) {
	owner, err := c.ownerOr(spec.Owner)
	if err != nil {
		return common.Address{}, err
	}
	r, err := c.transact(ctx, c.pools, c.poolsABI.PackCreateWorkerpool(owner, spec.Description))
	if err != nil {
		return common.Address{}, err
	}
	return createdAsset(r, c.pools)
}

// PredictWorkerpool returns the address CreateWorkerpool would give spec.
func (c *Client) PredictWorkerpool(ctx context.Context, spec WorkerpoolSpec) (common.Address, error) {
	owner, err := c.ownerOr(spec.Owner)
	if err != nil {
		return common.Address{}, err
	}
	return callAs(ctx, c, c.pools, c.poolsABI.PackPredictWorkerpool(owner, spec.Description), c.poolsABI.UnpackPredictWorkerpool)
}

// Workerpool returns the registered workerpool at addr with its policies.
func (c *Client) Workerpool(ctx context.Context, addr common.Address) (*Workerpool, error) {
	w, err := callAs(ctx, c, c.pools, c.poolsABI.PackWorkerpool(addr), c.poolsABI.UnpackWorkerpool)
	if err != nil {
		return nil, err
	}
	owner, err := c.assetOwner(ctx, c.pools, addr)
	if err != nil {
		return nil, err
	}
	return &Workerpool{Address: addr, Owner: owner, Description: w.Description,
		WorkerStakeRatio: w.WorkerStakeRatio.Uint64(), SchedulerRewardRatio: w.SchedulerRewardRatio.Uint64()}, nil
}

// WorkerpoolCount is the number of workerpools ever registered.
func (c *Client) WorkerpoolCount(ctx context.Context) (uint64, error) {
	return c.registryCount(ctx, c.pools)
}

// WorkerpoolOwner is the owner of a workerpool (its scheduler's account), zero if it is
// not registered.
func (c *Client) WorkerpoolOwner(ctx context.Context, pool common.Address) (common.Address, error) {
	return c.assetOwner(ctx, c.pools, pool)
}

// TransferWorkerpool gives the signer's workerpool to `to`.
func (c *Client) TransferWorkerpool(ctx context.Context, pool, to common.Address) (*types.Receipt, error) {
	return c.transferAsset(ctx, c.pools, "workerpool", pool, to)
}

// ChangeWorkerpoolPolicy sets the pool's worker stake and scheduler reward ratios
// (percents, each ≤ 100). Deals already made keep the values they were made with.
func (c *Client) ChangeWorkerpoolPolicy(ctx context.Context, pool common.Address, workerStakeRatio, schedulerRewardRatio uint64) (*types.Receipt, error) {
	for _, r := range []uint64{workerStakeRatio, schedulerRewardRatio} {
		if r > 100 {
			return nil, newError("RegistryRatioTooHigh", "a workerpool ratio is a percentage: %d is above 100", r)
		}
	}
	return c.transact(ctx, c.pools, c.poolsABI.PackChangePolicy(pool,
		new(big.Int).SetUint64(workerStakeRatio), new(big.Int).SetUint64(schedulerRewardRatio)))
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// ───────────────────────────── categories ─────────────────────────────

// Categories returns every category, by id.
func (c *Client) Categories(ctx context.Context) ([]protocol.Category, error) {
	n, err := c.callBig(ctx, c.hub, c.poco.PackCategoryCount())
	if err != nil {
		return nil, err
	}
	out := make([]protocol.Category, 0, n.Uint64())
	for id := uint64(0); id < n.Uint64(); id++ {
		cat, err := c.Category(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, cat)
	}
	return out, nil
}

// CategoryCount is the number of categories; ids go from 0 to count − 1.
func (c *Client) CategoryCount(ctx context.Context) (uint64, error) {
	n, err := c.callBig(ctx, c.hub, c.poco.PackCategoryCount())
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// Category returns the category id ("there is no category 7: …" when there is none).
func (c *Client) Category(ctx context.Context, id uint64) (protocol.Category, error) {
	if cat, ok := c.cachedCategory(id); ok {
		return cat, nil
	}
	bc, err := callAs(ctx, c, c.hub, c.poco.PackCategory(new(big.Int).SetUint64(id)), c.poco.UnpackCategory)
	if err != nil {
		return protocol.Category{}, err
	}
	cat := protocol.Category{ID: id, Name: bc.Name, Description: bc.Description, WorkClockTimeRef: bc.WorkClockTimeRef.Uint64()}
	c.cacheCategory(cat)
	return cat, nil
}

// CreateCategory adds a category (the hub owner only) whose tasks take ref on the
// reference machine (whole seconds, 1 s to 2³²−1 s), and returns it with its id.
func (c *Client) CreateCategory(ctx context.Context, name, description string, ref time.Duration) (protocol.Category, error) {
	if ref%time.Second != 0 || ref < time.Second || ref/time.Second > 1<<32-1 {
		return protocol.Category{}, newError("PocoInvalidWorkClockTimeRef",
			"a category's reference time must be whole seconds between 1 s and %d s; %s is not", uint64(1<<32-1), ref)
	}
	r, err := c.transact(ctx, c.hub, c.poco.PackCreateCategory(name, description, big.NewInt(int64(ref/time.Second))))
	if err != nil {
		return protocol.Category{}, err
	}
	for _, l := range r.Logs {
		if ev, err := c.poco.UnpackCategoryCreatedEvent(l); err == nil && l.Address == c.hub {
			cat := protocol.Category{ID: ev.Id.Uint64(), Name: ev.Name, Description: ev.Description, WorkClockTimeRef: ev.WorkClockTimeRef.Uint64()}
			c.cacheCategory(cat)
			return cat, nil
		}
	}
	return protocol.Category{}, fmt.Errorf("transaction %s created no category", r.TxHash.Hex())
}

// Categories never change once created, so they are cached.
func (c *Client) cachedCategory(id uint64) (protocol.Category, bool) {
	if c == nil {
		return protocol.Category{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if id < uint64(len(c.categories)) && c.categories[id].Name != "" {
		return c.categories[id], true
	}
	return protocol.Category{}, false
}

func (c *Client) cacheCategory(cat protocol.Category) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cat.ID > 1<<20 {
		return
	}
	for uint64(len(c.categories)) <= cat.ID {
		c.categories = append(c.categories, protocol.Category{})
	}
	c.categories[cat.ID] = cat
}
