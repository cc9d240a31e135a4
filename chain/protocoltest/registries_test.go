package protocoltest

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
)

// assetAddress computes an asset's address as docs/protocol.md states it:
// address(uint160(uint256(keccak256(abi.encode(owner, abi.encode(args...)))))).
func assetAddress(t chaintest.TB, owner common.Address, types []string, args ...any) common.Address {
	t.Helper()
	var inner abi.Arguments
	for _, ty := range types {
		typ, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		inner = append(inner, abi.Argument{Type: typ})
	}
	encoded, err := inner.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	addrT, _ := abi.NewType("address", "", nil)
	bytesT, _ := abi.NewType("bytes", "", nil)
	outer, err := abi.Arguments{{Type: addrT}, {Type: bytesT}}.Pack(owner, encoded)
	if err != nil {
		t.Fatal(err)
	}
	return common.BytesToAddress(crypto.Keccak256(outer)[12:])
}

func tokenID(asset common.Address) *big.Int { return new(big.Int).SetBytes(asset[:]) }

// registry is one asset registry as the tests see it.
type assetRegistry struct {
	name    string
	kind    uint8
	addr    common.Address
	bc      *bind.BoundContract
	ownerOf func(tokenId *big.Int) []byte
	unpack  func([]byte) (common.Address, error)
	ofAsset func(asset common.Address) []byte
	count   func() []byte
	balance func(owner common.Address) []byte
	// create registers an asset for `owner` with arguments made unique by `label` and
	// returns the calldata, the predicted address computed in Go, and the predict view call.
	create func(owner common.Address, label string) (create []byte, want common.Address, predict []byte)
	// created reads the asset address and owner from the registry's creation event.
	created  func(r *types.Receipt) (asset, owner common.Address)
	transfer func(from, to common.Address, id *big.Int) []byte
}

func registries(e *pocotest.Env) []assetRegistry {
	return []assetRegistry{
		{
			name: "app", kind: kindApp, addr: e.D.AppRegistry, bc: e.Apps,
			ownerOf: e.AppsABI.PackOwnerOf, unpack: e.AppsABI.UnpackOwnerOf, ofAsset: e.AppsABI.PackOwnerOfAsset,
			count: e.AppsABI.PackCount, balance: e.AppsABI.PackBalanceOf, transfer: e.AppsABI.PackTransferFrom,
			create: func(owner common.Address, label string) ([]byte, common.Address, []byte) {
				name, ty, ma, sum, enc := "app "+label, "OCI", []byte("registry.example/app:"+label), crypto.Keccak256Hash([]byte(label)), []byte{}
				return e.AppsABI.PackCreateApp(owner, name, ty, ma, sum, enc),
					assetAddress(e.T, owner, []string{"string", "string", "bytes", "bytes32", "bytes"}, name, ty, ma, [32]byte(sum), enc),
					e.AppsABI.PackPredictApp(owner, name, ty, ma, sum, enc)
			},
			created: func(r *types.Receipt) (common.Address, common.Address) {
				ev := oneEvent(e.T, r, e.D.AppRegistry, "AppCreated", e.AppsABI.UnpackAppCreatedEvent)
				return ev.App, ev.Owner
			},
		},
		{
			name: "dataset", kind: kindDataset, addr: e.D.DatasetRegistry, bc: e.Datasets,
			ownerOf: e.DatasetsABI.PackOwnerOf, unpack: e.DatasetsABI.UnpackOwnerOf, ofAsset: e.DatasetsABI.PackOwnerOfAsset,
			count: e.DatasetsABI.PackCount, balance: e.DatasetsABI.PackBalanceOf, transfer: e.DatasetsABI.PackTransferFrom,
			create: func(owner common.Address, label string) ([]byte, common.Address, []byte) {
				name, ma, sum := "dataset "+label, []byte("/ipfs/bafy"+label), crypto.Keccak256Hash([]byte("d"+label))
				return e.DatasetsABI.PackCreateDataset(owner, name, ma, sum),
					assetAddress(e.T, owner, []string{"string", "bytes", "bytes32"}, name, ma, [32]byte(sum)),
					e.DatasetsABI.PackPredictDataset(owner, name, ma, sum)
			},
			created: func(r *types.Receipt) (common.Address, common.Address) {
				ev := oneEvent(e.T, r, e.D.DatasetRegistry, "DatasetCreated", e.DatasetsABI.UnpackDatasetCreatedEvent)
				return ev.Dataset, ev.Owner
			},
		},
		{
			name: "workerpool", kind: kindWorkerpool, addr: e.D.WorkerpoolRegistry, bc: e.Pools,
			ownerOf: e.PoolsABI.PackOwnerOf, unpack: e.PoolsABI.UnpackOwnerOf, ofAsset: e.PoolsABI.PackOwnerOfAsset,
			count: e.PoolsABI.PackCount, balance: e.PoolsABI.PackBalanceOf, transfer: e.PoolsABI.PackTransferFrom,
			create: func(owner common.Address, label string) ([]byte, common.Address, []byte) {
				desc := "pool " + label
				return e.PoolsABI.PackCreateWorkerpool(owner, desc),
					assetAddress(e.T, owner, []string{"string"}, desc),
					e.PoolsABI.PackPredictWorkerpool(owner, desc)
			},
			created: func(r *types.Receipt) (common.Address, common.Address) {
				ev := oneEvent(e.T, r, e.D.WorkerpoolRegistry, "WorkerpoolCreated", e.PoolsABI.UnpackWorkerpoolCreatedEvent)
				return ev.Workerpool, ev.Owner
			},
		},
	}
}

func (r assetRegistry) callAddr(e *pocotest.Env, data []byte) common.Address {
	e.T.Helper()
	v, err := bind.Call(r.bc, nil, data, r.unpack)
	if err != nil {
		e.T.Fatalf("%s registry call: %v", r.name, err)
	}
	return v
}

func (r assetRegistry) callUint(e *pocotest.Env, data []byte) *big.Int {
	e.T.Helper()
	v, err := bind.Call(r.bc, nil, data, func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	if err != nil {
		e.T.Fatalf("%s registry call: %v", r.name, err)
	}
	return v
}

func TestRegistriesCreateAssetsAtThePredictedAddressAsERC721Tokens(t *testing.T) {
	e := pocotest.New(t)
	owner, caller := e.Workers[0], e.Workers[1] // anyone may register an asset for an owner
	for _, reg := range registries(e) {
		runOn(t, e, reg.name, func(t *testing.T) {
			countBefore := reg.callUint(e, reg.count())
			create, want, predict := reg.create(owner.Address, "predicted")
			wantEq(t, "predict view", reg.callAddr(e, predict), want)

			r := e.SendTo(caller, reg.addr, create)
			asset, evOwner := reg.created(r)
			wantEq(t, "created address", asset, want)
			wantEq(t, "creation event owner", evOwner, owner.Address)
			// The three registries share ERC-721's Transfer event.
			mint := oneEvent(t, r, reg.addr, "Transfer", e.AppsABI.UnpackTransferEvent)
			wantEq(t, "minted from", mint.From, common.Address{})
			wantEq(t, "minted to", mint.To, owner.Address)
			wantBig(t, "minted token id", mint.TokenId, tokenID(asset))

			wantEq(t, "ownerOf(uint160(asset))", reg.callAddr(e, reg.ownerOf(tokenID(asset))), owner.Address)
			wantEq(t, "ownerOfAsset", reg.callAddr(e, reg.ofAsset(asset)), owner.Address)
			wantBig(t, "balanceOf(owner)", reg.callUint(e, reg.balance(owner.Address)), big.NewInt(1))
			wantBig(t, "count", reg.callUint(e, reg.count()), new(big.Int).Add(countBefore, big.NewInt(1)))
		})
	}
}

func TestRegistriesRejectTheSameArgumentsForTheSameOwner(t *testing.T) {
	e := pocotest.New(t)
	for _, reg := range registries(e) {
		runOn(t, e, reg.name, func(t *testing.T) {
			create, asset, _ := reg.create(e.Workers[0].Address, "twice")
			e.SendTo(e.Workers[0], reg.addr, create)
			count := reg.callUint(e, reg.count())

			expectRevertTo(e, e.Workers[0].Address, reg.addr, create, "RegistryAlreadyRegistered", asset)
			expectRevertTo(e, e.Workers[2].Address, reg.addr, create, "RegistryAlreadyRegistered", asset)

			// The same arguments for another owner make another asset.
			other, otherAsset, _ := reg.create(e.Workers[1].Address, "twice")
			if otherAsset == asset {
				t.Fatalf("same arguments, different owners: both at %s", asset)
			}
			r := e.SendTo(e.Workers[1], reg.addr, other)
			got, _ := reg.created(r)
			wantEq(t, "asset of the second owner", got, otherAsset)
			wantEq(t, "owner of the first asset", reg.callAddr(e, reg.ofAsset(asset)), e.Workers[0].Address)
			wantBig(t, "count", reg.callUint(e, reg.count()), new(big.Int).Add(count, big.NewInt(1)))
		})
	}
}

func TestRegistriesRejectTheZeroOwner(t *testing.T) {
	e := pocotest.New(t)
	for _, reg := range registries(e) {
		runOn(t, e, reg.name, func(t *testing.T) {
			create, _, _ := reg.create(common.Address{}, "zero")
			expectRevertTo(e, e.Workers[0].Address, reg.addr, create, "RegistryZeroOwner")
		})
	}
}

func TestRegistryViewsReturnTheRegisteredFields(t *testing.T) {
	e := pocotest.New(t)
	owner := e.Workers[0]

	checksum := crypto.Keccak256Hash([]byte("image"))
	enclave := []byte(`{"provider":"SCONE","version":"5","fingerprint":"abc"}`)
	r := e.SendTo(owner, e.D.AppRegistry, e.AppsABI.PackCreateApp(owner.Address, "tee app", "OCI",
		[]byte("docker.io/poco/tee:1"), checksum, enclave))
	ev := oneEvent(t, r, e.D.AppRegistry, "AppCreated", e.AppsABI.UnpackAppCreatedEvent)
	wantEq(t, "AppCreated.name", ev.Name, "tee app")
	wantEq(t, "AppCreated.appType", ev.AppType, "OCI")
	wantEq(t, "AppCreated.multiaddr", string(ev.Multiaddr), "docker.io/poco/tee:1")
	wantEq(t, "AppCreated.checksum", ev.Checksum, [32]byte(checksum))
	wantEq(t, "AppCreated.mrenclave", string(ev.Mrenclave), string(enclave))
	app, err := bind.Call(e.Apps, nil, e.AppsABI.PackApp(ev.App), e.AppsABI.UnpackApp)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "app.name", app.Name, "tee app")
	wantEq(t, "app.appType", app.AppType, "OCI")
	wantEq(t, "app.multiaddr", string(app.Multiaddr), "docker.io/poco/tee:1")
	wantEq(t, "app.checksum", app.Checksum, [32]byte(checksum))
	wantEq(t, "app.mrenclave", string(app.Mrenclave), string(enclave))

	dsum := crypto.Keccak256Hash([]byte("data"))
	r = e.SendTo(owner, e.D.DatasetRegistry, e.DatasetsABI.PackCreateDataset(owner.Address, "données", []byte("/ipfs/bafydata"), dsum))
	dev := oneEvent(t, r, e.D.DatasetRegistry, "DatasetCreated", e.DatasetsABI.UnpackDatasetCreatedEvent)
	wantEq(t, "DatasetCreated.name", dev.Name, "données")
	wantEq(t, "DatasetCreated.multiaddr", string(dev.Multiaddr), "/ipfs/bafydata")
	wantEq(t, "DatasetCreated.checksum", dev.Checksum, [32]byte(dsum))
	ds, err := bind.Call(e.Datasets, nil, e.DatasetsABI.PackDataset(dev.Dataset), e.DatasetsABI.UnpackDataset)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "dataset.name", ds.Name, "données")
	wantEq(t, "dataset.multiaddr", string(ds.Multiaddr), "/ipfs/bafydata")
	wantEq(t, "dataset.checksum", ds.Checksum, [32]byte(dsum))

	r = e.SendTo(owner, e.D.WorkerpoolRegistry, e.PoolsABI.PackCreateWorkerpool(owner.Address, "GPU farm"))
	pev := oneEvent(t, r, e.D.WorkerpoolRegistry, "WorkerpoolCreated", e.PoolsABI.UnpackWorkerpoolCreatedEvent)
	wantEq(t, "WorkerpoolCreated.description", pev.Description, "GPU farm")
	pool, err := bind.Call(e.Pools, nil, e.PoolsABI.PackWorkerpool(pev.Workerpool), e.PoolsABI.UnpackWorkerpool)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "workerpool.description", pool.Description, "GPU farm")
	wantBig(t, "workerpool.workerStakeRatio", pool.WorkerStakeRatio, big.NewInt(30))
	wantBig(t, "workerpool.schedulerRewardRatio", pool.SchedulerRewardRatio, big.NewInt(1))
}

func TestRegistryViewsRejectUnknownAssets(t *testing.T) {
	e := pocotest.New(t)
	unknown := common.HexToAddress("0x00000000000000000000000000000000DeaDBeef")
	from := e.Workers[0].Address
	for _, tc := range []struct {
		name     string
		registry common.Address
		data     []byte
		asset    common.Address
	}{
		{"app", e.D.AppRegistry, e.AppsABI.PackApp(unknown), unknown},
		{"dataset", e.D.DatasetRegistry, e.DatasetsABI.PackDataset(unknown), unknown},
		{"workerpool", e.D.WorkerpoolRegistry, e.PoolsABI.PackWorkerpool(unknown), unknown},
		{"changePolicy", e.D.WorkerpoolRegistry, e.PoolsABI.PackChangePolicy(unknown, big.NewInt(10), big.NewInt(10)), unknown},
		// An app's address is unknown in the dataset registry.
		{"app in the dataset registry", e.D.DatasetRegistry, e.DatasetsABI.PackDataset(e.App), e.App},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			expectRevertTo(e, from, tc.registry, tc.data, "RegistryUnknownAsset", tc.asset)
		})
	}
	for _, reg := range registries(e) {
		wantEq(t, reg.name+" ownerOfAsset(unknown)", reg.callAddr(e, reg.ofAsset(unknown)), common.Address{})
	}
	pol, err := bind.Call(e.Pools, nil, e.PoolsABI.PackPolicyOf(unknown), e.PoolsABI.UnpackPolicyOf)
	if err != nil {
		t.Fatal(err)
	}
	wantEq(t, "policyOf(unknown).owner", pol.Owner, common.Address{})
}

func poolPolicy(e *pocotest.Env, pool common.Address) (stake, reward *big.Int) {
	e.T.Helper()
	p, err := bind.Call(e.Pools, nil, e.PoolsABI.PackPolicyOf(pool), e.PoolsABI.UnpackPolicyOf)
	if err != nil {
		e.T.Fatal(err)
	}
	return p.WorkerStakeRatio, p.SchedulerRewardRatio
}

func TestWorkerpoolPolicyDefaultsTo30And1AndOnlyTheOwnerChangesIt(t *testing.T) {
	e := pocotest.New(t)
	stake, reward := poolPolicy(e, e.Pool)
	wantBig(t, "default workerStakeRatio", stake, big.NewInt(30))
	wantBig(t, "default schedulerRewardRatio", reward, big.NewInt(1))
	before := e.MatchDefault(1, 1)
	wantBig(t, "worker stake of a deal with the default policy", before.WorkerStake, big.NewInt(3*pocotest.RLC))
	wantBig(t, "scheduler ratio of a deal with the default policy", before.SchedulerRewardRatio, big.NewInt(1))

	runOn(t, e, "non-owner", func(t *testing.T) {
		expectRevertTo(e, e.Requester.Address, e.D.WorkerpoolRegistry, e.PoolsABI.PackChangePolicy(e.Pool, big.NewInt(10), big.NewInt(5)),
			"RegistryNotOwner", e.Pool, e.Requester.Address, e.PoolOwner.Address)
	})
	for _, tc := range []struct {
		name          string
		stake, reward int64
		bad           int64
	}{
		{"worker stake ratio above 100", 101, 5, 101},
		{"scheduler reward ratio above 100", 10, 101, 101},
		{"both far above 100", 1000, 2000, 1000},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			expectRevertTo(e, e.PoolOwner.Address, e.D.WorkerpoolRegistry,
				e.PoolsABI.PackChangePolicy(e.Pool, big.NewInt(tc.stake), big.NewInt(tc.reward)), "RegistryRatioTooHigh", tc.bad)
		})
	}

	for _, p := range []struct{ stake, reward int64 }{{100, 100}, {0, 0}, {45, 7}} {
		oldStake, oldReward := poolPolicy(e, e.Pool)
		r := e.SendTo(e.PoolOwner, e.D.WorkerpoolRegistry, e.PoolsABI.PackChangePolicy(e.Pool, big.NewInt(p.stake), big.NewInt(p.reward)))
		ev := oneEvent(t, r, e.D.WorkerpoolRegistry, "WorkerpoolPolicyUpdated", e.PoolsABI.UnpackWorkerpoolPolicyUpdatedEvent)
		wantEq(t, "WorkerpoolPolicyUpdated.workerpool", ev.Workerpool, e.Pool)
		wantBig(t, "WorkerpoolPolicyUpdated.oldWorkerStakeRatio", ev.OldWorkerStakeRatio, oldStake)
		wantBig(t, "WorkerpoolPolicyUpdated.newWorkerStakeRatio", ev.NewWorkerStakeRatio, big.NewInt(p.stake))
		wantBig(t, "WorkerpoolPolicyUpdated.oldSchedulerRewardRatio", ev.OldSchedulerRewardRatio, oldReward)
		wantBig(t, "WorkerpoolPolicyUpdated.newSchedulerRewardRatio", ev.NewSchedulerRewardRatio, big.NewInt(p.reward))
		stake, reward := poolPolicy(e, e.Pool)
		wantBig(t, "workerStakeRatio", stake, big.NewInt(p.stake))
		wantBig(t, "schedulerRewardRatio", reward, big.NewInt(p.reward))
	}
	pool, err := bind.Call(e.Pools, nil, e.PoolsABI.PackWorkerpool(e.Pool), e.PoolsABI.UnpackWorkerpool)
	if err != nil {
		t.Fatal(err)
	}
	wantBig(t, "workerpool().workerStakeRatio", pool.WorkerStakeRatio, big.NewInt(45))
	wantBig(t, "workerpool().schedulerRewardRatio", pool.SchedulerRewardRatio, big.NewInt(7))

	// A new deal takes the new policy: 45 % of 10 RLC, 7 %.
	after := e.MatchDefault(1, 1)
	wantBig(t, "worker stake of a deal after the change", after.WorkerStake, big.NewInt(45*pocotest.RLC/10))
	wantBig(t, "scheduler ratio of a deal after the change", after.SchedulerRewardRatio, big.NewInt(7))
	// The pool owner's own stake stays 30 % whatever the policy.
	_, locked := e.Account(e.PoolOwner.Address)
	wantBig(t, "pool owner locked for two deals", locked, big.NewInt(2*3*pocotest.RLC))
}

func TestAssetTransferMovesOrderSigningToTheNewOwner(t *testing.T) {
	e := pocotest.New(t)
	newOwner := e.Workers[7] // has a deposit, so it can stake as a pool owner
	regs := registries(e)
	oldOwners := []*chaintest.Account{e.AppOwner, e.DatasetOwner, e.PoolOwner}
	assets := []common.Address{e.App, e.Dataset, e.Pool}

	for i, reg := range regs {
		runOn(t, e, reg.name, func(t *testing.T) {
			old, asset := oldOwners[i], assets[i]
			expectRevertTo(e, newOwner.Address, reg.addr, reg.transfer(old.Address, newOwner.Address, tokenID(asset)),
				"ERC721InsufficientApproval", newOwner.Address, tokenID(asset))
			e.SendTo(old, reg.addr, reg.transfer(old.Address, newOwner.Address, tokenID(asset)))
			wantEq(t, "ownerOfAsset after transfer", reg.callAddr(e, reg.ofAsset(asset)), newOwner.Address)

			// Orders signed by the previous owner no longer match.
			o := e.SignAll(e.DatasetOrders())
			var hash [32]byte
			switch reg.kind {
			case kindApp:
				hash = o.App.Hash(e.Domain)
			case kindDataset:
				hash = o.Dataset.Hash(e.Domain)
			case kindWorkerpool:
				hash = o.Workerpool.Hash(e.Domain)
			}
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", reg.kind, hash, newOwner.Address)
			// Nor may the previous owner presign them.
			var presign []byte
			switch reg.kind {
			case kindApp:
				presign = e.Poco.PackPresignAppOrder(chain.AppOrderArg(o.App))
			case kindDataset:
				presign = e.Poco.PackPresignDatasetOrder(chain.DatasetOrderArg(o.Dataset))
			case kindWorkerpool:
				presign = e.Poco.PackPresignWorkerpoolOrder(chain.WorkerpoolOrderArg(o.Workerpool))
			}
			expectRevert(e, old, presign, "PocoNotOrderOwner", reg.kind, old.Address, newOwner.Address)

			// The new owner's signature matches, and the deal names the new owner.
			sig := e.Sign(newOwner.Key, hash)
			switch reg.kind {
			case kindApp:
				o.Sigs.App = sig
			case kindDataset:
				o.Sigs.Dataset = sig
			case kindWorkerpool:
				o.Sigs.Workerpool = sig
			}
			deal := e.Match(e.Requester, o)
			got := map[uint8]common.Address{kindApp: deal.AppOwner, kindDataset: deal.DatasetOwner, kindWorkerpool: deal.WorkerpoolOwner}[reg.kind]
			wantEq(t, "deal owner of the transferred asset", got, newOwner.Address)

			// Give it back so the next registry's orders are signed by the env's actors.
			e.SendTo(newOwner, reg.addr, reg.transfer(newOwner.Address, old.Address, tokenID(asset)))
		})
	}
	// The pool's stake was locked from the new owner while it held the pool.
	wantBig(t, "new pool owner locked", e.Locked(newOwner.Address), big.NewInt(3*pocotest.RLC))
	e.CheckConservation()
}

// DESIGN.md §3: "each order signed or presigned by its owner", and docs/protocol.md:
// "transferring the token transfers the asset: orders must then be signed by the new owner".
// A signature by the previous owner stops matching after a transfer (see above); an order the
// previous owner presigned must stop matching too.
func TestAssetTransferVoidsOrdersPresignedByThePreviousOwner(t *testing.T) {
	e := pocotest.New(t)
	newOwner := e.Workers[7]
	regs := registries(e)
	oldOwners := []*chaintest.Account{e.AppOwner, e.DatasetOwner, e.PoolOwner}
	assets := []common.Address{e.App, e.Dataset, e.Pool}
	for i, reg := range regs {
		runOn(t, e, reg.name, func(t *testing.T) {
			old, asset := oldOwners[i], assets[i]
			o := e.SignAll(e.DatasetOrders())
			e.Tx(old, presignData(e, o, reg.kind))
			*sigOf(o, reg.kind) = nil // rely on the presignature
			e.SendTo(old, reg.addr, reg.transfer(old.Address, newOwner.Address, tokenID(asset)))
			defer e.SendTo(newOwner, reg.addr, reg.transfer(newOwner.Address, old.Address, tokenID(asset)))

			if err := callErr(e, ethereum.CallMsg{From: e.Requester.Address, To: &e.D.Hub, Data: e.PackMatch(o)}); err == nil {
				t.Fatalf("contract bug: the %s order presigned by the previous owner %s still matches after the asset "+
					"moved to %s; want PocoInvalidSignature(%d, orderHash, newOwner). PocoHub keeps presigned[hash] "+
					"as a bare bool and _checkSignature accepts it whoever the owner is now",
					reg.name, old.Address, newOwner.Address, reg.kind)
			}
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", reg.kind, hashOf(e, o, reg.kind), newOwner.Address)
		})
	}
}
