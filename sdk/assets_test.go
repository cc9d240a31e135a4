package sdk

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/protocol"
)

func TestAssets(t *testing.T) {
	e := env(t)
	alice := client(t, e, e.AppOwner)
	bob := client(t, e, e.DatasetOwner)
	anyone := client(t, e, nil)

	// Apps.
	spec := AppSpec{Name: "render", Type: "OCI", Multiaddr: "registry.local/render:1",
		Checksum: crypto.Keccak256Hash([]byte("render")), MrEnclave: []byte(`{"framework":"scone"}`)}
	predicted := must(alice.PredictApp(bg, spec))
	apps := must(anyone.AppCount(bg))
	app := must(alice.CreateApp(bg, spec))
	if app != predicted {
		t.Fatalf("created %s, predicted %s", app.Hex(), predicted.Hex())
	}
	got := must(anyone.App(bg, app))
	if got.Owner != alice.Address() || got.Name != "render" || got.Type != "OCI" || got.Multiaddr != spec.Multiaddr ||
		got.Checksum != spec.Checksum || string(got.MrEnclave) != string(spec.MrEnclave) {
		t.Fatalf("app %+v", got)
	}
	if n := must(anyone.AppCount(bg)); n != apps+1 {
		t.Fatalf("app count %d, want %d", n, apps+1)
	}
	_, err := alice.CreateApp(bg, spec)
	wantContains(t, wantCode(t, err, "RegistryAlreadyRegistered"), "this app is already registered at "+app.Hex())
	// For another owner (a deployment service may pay for it).
	forBob := must(alice.CreateApp(bg, AppSpec{Name: "bob's", Type: "WASM", Owner: bob.Address()}))
	if o := must(anyone.AppOwner(bg, forBob)); o != bob.Address() {
		t.Fatalf("owner %s", o.Hex())
	}
	nowhere := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	_, err = anyone.App(bg, nowhere)
	if msg := wantCode(t, err, "RegistryUnknownAsset"); msg != "no app at "+nowhere.Hex() || !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown app: %q", msg)
	}
	// Transfers: only the owner.
	_, err = bob.TransferApp(bg, app, bob.Address())
	wantContains(t, wantCode(t, err, "RegistryNotOwner"), "you ("+bob.Address().Hex()+") do not own app "+app.Hex()+": its owner is "+alice.Address().Hex())
	_, err = alice.TransferApp(bg, nowhere, bob.Address())
	wantCode(t, err, "RegistryUnknownAsset")
	must(alice.TransferApp(bg, app, bob.Address()))
	if o := must(anyone.App(bg, app)).Owner; o != bob.Address() {
		t.Fatalf("owner after transfer %s", o.Hex())
	}

	// Datasets.
	dspec := DatasetSpec{Name: "numbers", Multiaddr: "/ipfs/bafynumbers", Checksum: crypto.Keccak256Hash([]byte("n"))}
	dpred := must(bob.PredictDataset(bg, dspec))
	ds := must(bob.CreateDataset(bg, dspec))
	gotD := must(anyone.Dataset(bg, ds))
	if ds != dpred || gotD.Owner != bob.Address() || gotD.Name != "numbers" || gotD.Multiaddr != dspec.Multiaddr || gotD.Checksum != dspec.Checksum {
		t.Fatalf("dataset %+v", gotD)
	}
	if n := must(anyone.DatasetCount(bg)); n < 2 {
		t.Fatalf("dataset count %d", n)
	}
	_, err = anyone.Dataset(bg, nowhere)
	if msg := wantCode(t, err, "RegistryUnknownAsset"); msg != "no dataset at "+nowhere.Hex() {
		t.Fatalf("unknown dataset: %q", msg)
	}
	must(bob.TransferDataset(bg, ds, alice.Address()))
	if o := must(anyone.DatasetOwner(bg, ds)); o != alice.Address() {
		t.Fatalf("dataset owner %s", o.Hex())
	}

	// Workerpools and their policies.
	wspec := WorkerpoolSpec{Description: "gpu pool"}
	wpred := must(alice.PredictWorkerpool(bg, wspec))
	pool := must(alice.CreateWorkerpool(bg, wspec))
	p := must(anyone.Workerpool(bg, pool))
	if pool != wpred || p.Owner != alice.Address() || p.Description != "gpu pool" || p.WorkerStakeRatio != 30 || p.SchedulerRewardRatio != 1 {
		t.Fatalf("workerpool %+v", p)
	}
	must(alice.ChangeWorkerpoolPolicy(bg, pool, 50, 5))
	if p = must(anyone.Workerpool(bg, pool)); p.WorkerStakeRatio != 50 || p.SchedulerRewardRatio != 5 {
		t.Fatalf("policy %+v", p)
	}
	_, err = alice.ChangeWorkerpoolPolicy(bg, pool, 101, 5)
	wantCode(t, err, "RegistryRatioTooHigh")
	_, err = bob.ChangeWorkerpoolPolicy(bg, pool, 10, 5)
	wantContains(t, wantCode(t, err, "RegistryNotOwner"), "only the owner of workerpool "+pool.Hex()+", "+alice.Address().Hex()+", may do this, not you")
	if n := must(anyone.WorkerpoolCount(bg)); n < 2 {
		t.Fatalf("workerpool count %d", n)
	}
	must(alice.TransferWorkerpool(bg, pool, bob.Address()))
	if o := must(anyone.WorkerpoolOwner(bg, pool)); o != bob.Address() {
		t.Fatalf("pool owner %s", o.Hex())
	}
	_, err = anyone.Workerpool(bg, nowhere)
	if msg := wantCode(t, err, "RegistryUnknownAsset"); msg != "no workerpool at "+nowhere.Hex() {
		t.Fatalf("unknown pool: %q", msg)
	}
}

func TestCategories(t *testing.T) {
	e := env(t)
	owner := client(t, e, e.Owner)
	other := client(t, e, e.Requester)
	cats := must(other.Categories(bg))
	if len(cats) != len(protocol.DefaultCategories) {
		t.Fatalf("%d categories", len(cats))
	}
	for i, c := range cats {
		if c.Name != protocol.DefaultCategories[i].Name || c.WorkClockTimeRef != protocol.DefaultCategories[i].WorkClockTimeRef || c.ID != uint64(i) {
			t.Fatalf("category %d: %+v", i, c)
		}
	}
	xxl := must(owner.CreateCategory(bg, "XXL", "a day", 24*time.Hour))
	if xxl.ID != 5 || xxl.WorkClockTimeRef != 86400 || xxl.Ref() != 24*time.Hour {
		t.Fatalf("created %+v", xxl)
	}
	if got := must(other.Category(bg, 5)); got != xxl {
		t.Fatalf("Category(5) = %+v", got)
	}
	if n := must(other.CategoryCount(bg)); n != 6 {
		t.Fatalf("count %d", n)
	}
	_, err := other.Category(bg, 9)
	if msg := wantCode(t, err, "PocoUnknownCategory"); msg != "there is no category 9: categories go from 0 to 5 (poco category list)" || !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown category: %q", msg)
	}
	_, err = other.CreateCategory(bg, "mine", "", time.Minute)
	wantContains(t, wantCode(t, err, "OwnableUnauthorizedAccount"), "only the contract's owner may do this", "not you ("+other.Address().Hex()+")")
	_, err = owner.CreateCategory(bg, "frac", "", 1500*time.Millisecond)
	wantCode(t, err, "PocoInvalidWorkClockTimeRef")
	_, err = owner.CreateCategory(bg, "zero", "", 0)
	wantCode(t, err, "PocoInvalidWorkClockTimeRef")
}
