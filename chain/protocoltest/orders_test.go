package protocoltest

import (
	"maps"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/chain/chaintest"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// ───────────────────────────── per-kind helpers ─────────────────────────────

// hashOf is the on-chain hash of the order of `kind` in o.
func hashOf(e *pocotest.Env, o *pocotest.Orders, kind uint8) [32]byte {
	switch kind {
	case kindApp:
		return o.App.Hash(e.Domain)
	case kindDataset:
		return o.Dataset.Hash(e.Domain)
	case kindWorkerpool:
		return o.Workerpool.Hash(e.Domain)
	default:
		return o.Request.Hash(e.Domain)
	}
}

// ownerOfKind is the env actor that owns the order of `kind` in the default orders.
func ownerOfKind(e *pocotest.Env, kind uint8) *chaintest.Account {
	return []*chaintest.Account{e.AppOwner, e.DatasetOwner, e.PoolOwner, e.Requester}[kind]
}

// sigOf returns a pointer to the signature of the order of `kind` in o.
func sigOf(o *pocotest.Orders, kind uint8) *[]byte {
	return []*[]byte{&o.Sigs.App, &o.Sigs.Dataset, &o.Sigs.Workerpool, &o.Sigs.Request}[kind]
}

// volumeOf is the volume of the order of `kind` in o.
func volumeOf(o *pocotest.Orders, kind uint8) *big.Int {
	return []*big.Int{o.App.Volume, o.Dataset.Volume, o.Workerpool.Volume, o.Request.Volume}[kind]
}

// presignData and cancelData are the presign / cancel calldata for the order of `kind` in o.
func presignData(e *pocotest.Env, o *pocotest.Orders, kind uint8) []byte {
	switch kind {
	case kindApp:
		return e.Poco.PackPresignAppOrder(chain.AppOrderArg(o.App))
	case kindDataset:
		return e.Poco.PackPresignDatasetOrder(chain.DatasetOrderArg(o.Dataset))
	case kindWorkerpool:
		return e.Poco.PackPresignWorkerpoolOrder(chain.WorkerpoolOrderArg(o.Workerpool))
	default:
		return e.Poco.PackPresignRequestOrder(chain.RequestOrderArg(o.Request))
	}
}

func cancelData(e *pocotest.Env, o *pocotest.Orders, kind uint8) []byte {
	switch kind {
	case kindApp:
		return e.Poco.PackCancelAppOrder(chain.AppOrderArg(o.App))
	case kindDataset:
		return e.Poco.PackCancelDatasetOrder(chain.DatasetOrderArg(o.Dataset))
	case kindWorkerpool:
		return e.Poco.PackCancelWorkerpoolOrder(chain.WorkerpoolOrderArg(o.Workerpool))
	default:
		return e.Poco.PackCancelRequestOrder(chain.RequestOrderArg(o.Request))
	}
}

// signWith re-signs the order of `kind` in o with `key` under `domain`.
func signWith(e *pocotest.Env, o *pocotest.Orders, kind uint8, key *chaintest.Account, domain protocol.Domain) {
	var digest [32]byte
	switch kind {
	case kindApp:
		digest = o.App.Hash(domain)
	case kindDataset:
		digest = o.Dataset.Hash(domain)
	case kindWorkerpool:
		digest = o.Workerpool.Hash(domain)
	default:
		digest = o.Request.Hash(domain)
	}
	*sigOf(o, kind) = e.Sign(key.Key, digest)
}

var allKinds = []uint8{kindApp, kindDataset, kindWorkerpool, kindRequest}

// ───────────────────────────── digests ─────────────────────────────

func TestGoOrderDigestsEqualTheContracts(t *testing.T) {
	e := pocotest.New(t)
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tag := protocol.TagTEE.Or(protocol.TagTEEScone).Or(protocol.TagGPU)
	var allBits protocol.Tag
	for i := range allBits {
		allBits[i] = 0xff
	}
	salt := crypto.Keccak256Hash([]byte("salt"))
	a1, a2, a3 := common.HexToAddress("0x1111111111111111111111111111111111111111"),
		common.HexToAddress("0x2222222222222222222222222222222222222222"), common.HexToAddress("0xfFfFfFffFFfffFFfFFfFFFFFffFFFffffFfFFFfF")

	apps := map[string]protocol.AppOrder{
		"zero": {},
		"restrictions": {App: e.App, AppPrice: rlcs(3), Volume: big.NewInt(77), Tag: tag, DatasetRestrict: a1,
			WorkerpoolRestrict: a2, RequesterRestrict: a3, Salt: salt},
		"max values": {App: a3, AppPrice: maxU256, Volume: maxU256, Tag: allBits, DatasetRestrict: a3,
			WorkerpoolRestrict: a3, RequesterRestrict: a3, Salt: common.Hash(allBits)},
	}
	datasets := map[string]protocol.DatasetOrder{
		"zero": {},
		"restrictions": {Dataset: e.Dataset, DatasetPrice: big.NewInt(123456789), Volume: big.NewInt(5), Tag: protocol.TagTEE,
			AppRestrict: a1, WorkerpoolRestrict: a2, RequesterRestrict: a3, Salt: salt},
		"max values": {Dataset: a3, DatasetPrice: maxU256, Volume: maxU256, Tag: allBits, AppRestrict: a3,
			WorkerpoolRestrict: a3, RequesterRestrict: a3, Salt: common.Hash(allBits)},
	}
	pools := map[string]protocol.WorkerpoolOrder{
		"zero": {},
		"restrictions": {Workerpool: e.Pool, WorkerpoolPrice: rlcs(10), Volume: big.NewInt(1000), Tag: tag,
			Category: big.NewInt(4), Trust: big.NewInt(100), AppRestrict: a1, DatasetRestrict: a2, RequesterRestrict: a3, Salt: salt},
		"max values": {Workerpool: a3, WorkerpoolPrice: maxU256, Volume: maxU256, Tag: allBits, Category: maxU256,
			Trust: maxU256, AppRestrict: a3, DatasetRestrict: a3, RequesterRestrict: a3, Salt: common.Hash(allBits)},
	}
	requests := map[string]protocol.RequestOrder{
		"zero": {},
		"non-ASCII params": {App: e.App, AppMaxPrice: rlcs(3), Dataset: e.Dataset, DatasetMaxPrice: rlcs(1), Workerpool: e.Pool,
			WorkerpoolMaxPrice: rlcs(10), Requester: e.Requester.Address, Volume: big.NewInt(12), Tag: tag, Category: big.NewInt(2),
			Trust: big.NewInt(5), Beneficiary: a1, Callback: a2,
			Params: `{"args":"--lang=français --emoji=🚀 --cjk=計算","iexec_input_files":["https://ex.ample/ü"]}`, Salt: salt},
		"max values": {App: a3, AppMaxPrice: maxU256, Dataset: a3, DatasetMaxPrice: maxU256, Workerpool: a3,
			WorkerpoolMaxPrice: maxU256, Requester: a3, Volume: maxU256, Tag: allBits, Category: maxU256, Trust: maxU256,
			Beneficiary: a3, Callback: a3, Params: string(make([]byte, 1000)) + "\x00end", Salt: common.Hash(allBits)},
	}

	for _, name := range slices.Sorted(maps.Keys(apps)) {
		o := apps[name]
		runOn(t, e, "app order/"+name, func(t *testing.T) {
			got := pocotest.Call(e, e.Poco.PackHashAppOrder(chain.AppOrderArg(o)), e.Poco.UnpackHashAppOrder)
			wantEq(t, "hashAppOrder", common.Hash(got), common.Hash(o.Hash(e.Domain)))
		})
	}
	for _, name := range slices.Sorted(maps.Keys(datasets)) {
		o := datasets[name]
		runOn(t, e, "dataset order/"+name, func(t *testing.T) {
			got := pocotest.Call(e, e.Poco.PackHashDatasetOrder(chain.DatasetOrderArg(o)), e.Poco.UnpackHashDatasetOrder)
			wantEq(t, "hashDatasetOrder", common.Hash(got), common.Hash(o.Hash(e.Domain)))
		})
	}
	for _, name := range slices.Sorted(maps.Keys(pools)) {
		o := pools[name]
		runOn(t, e, "workerpool order/"+name, func(t *testing.T) {
			got := pocotest.Call(e, e.Poco.PackHashWorkerpoolOrder(chain.WorkerpoolOrderArg(o)), e.Poco.UnpackHashWorkerpoolOrder)
			wantEq(t, "hashWorkerpoolOrder", common.Hash(got), common.Hash(o.Hash(e.Domain)))
		})
	}
	for _, name := range slices.Sorted(maps.Keys(requests)) {
		o := requests[name]
		runOn(t, e, "request order/"+name, func(t *testing.T) {
			got := pocotest.Call(e, e.Poco.PackHashRequestOrder(chain.RequestOrderArg(o)), e.Poco.UnpackHashRequestOrder)
			wantEq(t, "hashRequestOrder", common.Hash(got), common.Hash(o.Hash(e.Domain)))
		})
	}

	// Changing params changes the digest, identically on both sides.
	runOn(t, e, "params change the request digest", func(t *testing.T) {
		o := requests["non-ASCII params"]
		o2 := o
		o2.Params += " "
		h1 := pocotest.Call(e, e.Poco.PackHashRequestOrder(chain.RequestOrderArg(o)), e.Poco.UnpackHashRequestOrder)
		h2 := pocotest.Call(e, e.Poco.PackHashRequestOrder(chain.RequestOrderArg(o2)), e.Poco.UnpackHashRequestOrder)
		if h1 == h2 {
			t.Fatal("changing params did not change hashRequestOrder")
		}
		wantEq(t, "hashRequestOrder", common.Hash(h2), common.Hash(o2.Hash(e.Domain)))
	})
}

func TestDomainSeparatorEqualsGo(t *testing.T) {
	e := pocotest.New(t)
	got := pocotest.Call(e, e.Poco.PackDomainSeparator(), e.Poco.UnpackDomainSeparator)
	wantEq(t, "domainSeparator", common.Hash(got), common.Hash(protocol.DomainSeparator(e.Domain)))

	d := pocotest.Call(e, e.Poco.PackEip712Domain(), e.Poco.UnpackEip712Domain)
	wantEq(t, "eip712Domain.name", d.Name, protocol.DomainName)
	wantEq(t, "eip712Domain.version", d.Version, protocol.DomainVersion)
	wantBig(t, "eip712Domain.chainId", d.ChainId, e.ChainID)
	wantEq(t, "eip712Domain.verifyingContract", d.VerifyingContract, e.D.Hub)
}

// ───────────────────────────── signatures ─────────────────────────────

func TestGoSignedOrdersMatch(t *testing.T) {
	e := pocotest.New(t)
	o := e.SignAll(e.DatasetOrders())
	for _, k := range allKinds {
		signer, err := protocol.RecoverSigner(hashOf(e, o, k), *sigOf(o, k))
		if err != nil {
			t.Fatalf("%s order: recover: %v", kindNames[k], err)
		}
		wantEq(t, kindNames[k]+" order signer", signer, ownerOfKind(e, k).Address)
	}
	deal := e.Match(e.Requester, o)
	wantBig(t, "botSize", deal.BotSize, big.NewInt(1))
}

func TestOrderSignedForAnotherDomainIsRejected(t *testing.T) {
	e := pocotest.New(t)
	other := common.HexToAddress("0x000000000000000000000000000000000000Ab0C")
	domains := []struct {
		name string
		d    protocol.Domain
	}{
		{"another chain id", protocol.DefaultDomain(big.NewInt(1), e.D.Hub)},
		{"another verifying contract", protocol.DefaultDomain(e.ChainID, other)},
		{"another version", protocol.Domain{Name: protocol.DomainName, Version: "2", ChainID: e.ChainID, VerifyingContract: e.D.Hub}},
	}
	for _, dom := range domains {
		for _, k := range allKinds {
			runOn(t, e, dom.name+"/"+kindNames[k], func(t *testing.T) {
				o := e.SignAll(e.DatasetOrders())
				signWith(e, o, k, ownerOfKind(e, k), dom.d)
				expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", k, hashOf(e, o, k), ownerOfKind(e, k).Address)
			})
		}
	}
}

func TestCompactSignaturesAreAccepted(t *testing.T) {
	e := pocotest.New(t)
	// Sign many orders so that both values of v occur among them.
	seenV := map[byte]bool{}
	for i := 0; i < 4; i++ {
		o := e.SignAll(e.DatasetOrders())
		for _, k := range allKinds {
			sig := sigOf(o, k)
			seenV[(*sig)[64]] = true
			compact, err := protocol.CompactSignature(*sig)
			if err != nil {
				t.Fatal(err)
			}
			if len(compact) != 64 {
				t.Fatalf("compact signature: got %d bytes, want 64", len(compact))
			}
			*sig = compact
		}
		e.Match(e.Requester, o)
	}
	// Keys and salts are deterministic (RFC 6979 signatures), so this holds on every run.
	if !seenV[27] || !seenV[28] {
		t.Fatalf("only v values %v occurred; want both 27 and 28 so that the vs bit is exercised both ways", seenV)
	}
}

func TestMalformedSignaturesAreRejected(t *testing.T) {
	e := pocotest.New(t)
	n, _ := // the secp256k1 group order
		new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	for _, tc := range []struct {
		name   string
		mangle func(sig []byte) []byte
	}{
		{"empty and not presigned", func([]byte) []byte { return nil }},
		{"high s (malleable)", func(sig []byte) []byte {
			out := append([]byte(nil), sig...)
			s := new(big.Int).SetBytes(sig[32:64])
			new(big.Int).Sub(n, s).FillBytes(out[32:64])
			out[64] ^= 1 // 27 <-> 28
			return out
		}},
		{"v of 0 or 1", func(sig []byte) []byte {
			out := append([]byte(nil), sig...)
			out[64] -= 27
			return out
		}},
		{"66 bytes", func(sig []byte) []byte { return append(append([]byte(nil), sig...), 0) }},
		{"63 bytes", func(sig []byte) []byte { return append([]byte(nil), sig[:63]...) }},
		{"flipped bit", func(sig []byte) []byte {
			out := append([]byte(nil), sig...)
			out[10] ^= 0x01
			return out
		}},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			o := e.SignAll(e.DefaultOrders())
			o.Sigs.Request = tc.mangle(o.Sigs.Request)
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", kindRequest, hashOf(e, o, kindRequest), e.Requester.Address)
		})
	}
}

// deployWallet deploys a TestWallet (ERC-1271) controlled by `controller`.
func deployWallet(e *pocotest.Env, controller *chaintest.Account) common.Address {
	e.T.Helper()
	var addr common.Address
	e.Send(e.T, func() (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(e.TransactOpts(controller), common.FromHex(bindings.TestWalletMetaData.Bin), e.Client,
			bindings.NewTestWallet().PackConstructor(controller.Address))
		addr = a
		return tx, err
	}, e.ABIs...)
	return addr
}

// walletExec makes the wallet call `target` with `data`, sent by its controller.
func walletExec(e *pocotest.Env, wallet common.Address, controller *chaintest.Account, target common.Address, data []byte) *types.Receipt {
	e.T.Helper()
	return e.SendTo(controller, wallet, bindings.NewTestWallet().PackExecute(target, data))
}

// fundWallet gives the wallet `amount` tokens and deposits them into the hub from the wallet.
func fundWallet(e *pocotest.Env, wallet common.Address, controller *chaintest.Account, amount *big.Int) {
	e.T.Helper()
	e.SendTo(e.Owner, e.D.Token, e.TokenABI.PackTransfer(wallet, amount))
	walletExec(e, wallet, controller, e.D.Token, e.TokenABI.PackApprove(e.D.Hub, amount))
	walletExec(e, wallet, controller, e.D.Hub, e.Poco.PackDeposit(amount))
}

func TestERC1271ContractRequesterSignsThroughItsController(t *testing.T) {
	e := pocotest.New(t)
	controller := e.Workers[6]
	wallet := deployWallet(e, controller)
	fundWallet(e, wallet, controller, rlcs(100))
	wantBig(t, "wallet free balance", e.Free(wallet), rlcs(100))

	walletOrders := func() *pocotest.Orders {
		o := e.SignAll(e.DefaultOrders())
		o.Request.Requester, o.Request.Beneficiary = wallet, wallet
		return o
	}

	runOn(t, e, "controller's signature is accepted", func(t *testing.T) {
		o := walletOrders()
		o.Sigs.Request = e.Sign(controller.Key, o.Request.Hash(e.Domain))
		deal := e.Match(e.Requester, o)
		wantEq(t, "deal requester", deal.Requester, wallet)
		wantEq(t, "deal sponsor", deal.Sponsor, wallet)
		wantBig(t, "wallet locked", e.Locked(wallet), rlcs(13))
	})
	for _, tc := range []struct {
		name string
		sig  func(o *pocotest.Orders) []byte
	}{
		{"another key's signature", func(o *pocotest.Orders) []byte { return e.Sign(e.Workers[5].Key, o.Request.Hash(e.Domain)) }},
		{"controller's signature of another order", func(o *pocotest.Orders) []byte {
			return e.Sign(controller.Key, e.RequestOrder(o.App, o.Dataset, o.Workerpool).Hash(e.Domain))
		}},
		{"garbage", func(*pocotest.Orders) []byte { return []byte("not a signature") }},
	} {
		runOn(t, e, tc.name+" is rejected", func(t *testing.T) {
			o := walletOrders()
			o.Sigs.Request = tc.sig(o)
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", kindRequest, o.Request.Hash(e.Domain), wallet)
		})
	}
	runOn(t, e, "the wallet presigns through execute", func(t *testing.T) {
		o := walletOrders()
		o.Sigs.Request = nil
		expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", kindRequest, o.Request.Hash(e.Domain), wallet)
		r := walletExec(e, wallet, controller, e.D.Hub, presignData(e, o, kindRequest))
		ev := oneEvent(t, r, e.D.Hub, "OrderPresigned", e.Poco.UnpackOrderPresignedEvent)
		wantEq(t, "OrderPresigned.owner", ev.Owner, wallet)
		e.Match(e.Requester, o)
	})
	e.CheckConservation(wallet)
}

// ───────────────────────────── presign and cancel ─────────────────────────────

func TestPresignedOrdersMatchWithoutSignatures(t *testing.T) {
	e := pocotest.New(t)
	o := e.DatasetOrders() // unsigned
	for _, k := range allKinds {
		hash := hashOf(e, o, k)
		wantEq(t, kindNames[k]+" presigner before", pocotest.Call(e, e.Poco.PackPresigned(hash), e.Poco.UnpackPresigned), common.Address{})
		r := e.Tx(ownerOfKind(e, k), presignData(e, o, k))
		ev := oneEvent(t, r, e.D.Hub, "OrderPresigned", e.Poco.UnpackOrderPresignedEvent)
		wantEq(t, "OrderPresigned.kind", ev.Kind, k)
		wantEq(t, "OrderPresigned.orderHash", common.Hash(ev.OrderHash), common.Hash(hash))
		wantEq(t, "OrderPresigned.owner", ev.Owner, ownerOfKind(e, k).Address)
		wantEq(t, kindNames[k]+" presigner after", pocotest.Call(e, e.Poco.PackPresigned(hash), e.Poco.UnpackPresigned), ownerOfKind(e, k).Address)
	}
	deal := e.Match(e.Workers[0], o) // anyone may send the match; the requester pays
	wantEq(t, "deal sponsor", deal.Sponsor, e.Requester.Address)

	// A presigned order also matches when given a wrong signature.
	o2 := e.DatasetOrders()
	o2.App = o.App
	o2.Request = e.RequestOrder(o2.App, o2.Dataset, o2.Workerpool)
	e.SignAll(o2)
	o2.Sigs.App = e.Sign(e.Workers[0].Key, o2.App.Hash(e.Domain))
	e.Match(e.Requester, o2)
}

func TestOnlyTheOrderOwnerMayPresignOrCancel(t *testing.T) {
	e := pocotest.New(t)
	stranger := e.Workers[0]
	o := e.DatasetOrders()
	for _, k := range allKinds {
		for _, op := range []struct {
			name string
			data func(*pocotest.Env, *pocotest.Orders, uint8) []byte
		}{{"presign", presignData}, {"cancel", cancelData}} {
			runOn(t, e, op.name+"/"+kindNames[k], func(t *testing.T) {
				expectRevert(e, stranger, op.data(e, o, k), "PocoNotOrderOwner", k, stranger.Address, ownerOfKind(e, k).Address)
				// Another asset owner is a stranger too.
				other := ownerOfKind(e, (k+1)%4)
				expectRevert(e, other, op.data(e, o, k), "PocoNotOrderOwner", k, other.Address, ownerOfKind(e, k).Address)
			})
		}
	}
	runOn(t, e, "orders of unregistered assets have no owner", func(t *testing.T) {
		ghost := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
		u := e.DatasetOrders()
		u.App.App, u.Dataset.Dataset, u.Workerpool.Workerpool, u.Request.Requester = ghost, ghost, ghost, common.Address{}
		for _, k := range allKinds {
			expectRevert(e, stranger, presignData(e, u, k), "PocoNotOrderOwner", k, stranger.Address, common.Address{})
			expectRevert(e, stranger, cancelData(e, u, k), "PocoNotOrderOwner", k, stranger.Address, common.Address{})
		}
	})
}

func TestCancelledOrdersCannotMatch(t *testing.T) {
	e := pocotest.New(t)
	for _, k := range allKinds {
		runOn(t, e, kindNames[k], func(t *testing.T) {
			o := e.SignAll(e.DatasetOrders())
			hash, volume := hashOf(e, o, k), volumeOf(o, k)
			r := e.Tx(ownerOfKind(e, k), cancelData(e, o, k))
			ev := oneEvent(t, r, e.D.Hub, "OrderCancelled", e.Poco.UnpackOrderCancelledEvent)
			wantEq(t, "OrderCancelled.kind", ev.Kind, k)
			wantEq(t, "OrderCancelled.orderHash", common.Hash(ev.OrderHash), common.Hash(hash))
			wantEq(t, "OrderCancelled.owner", ev.Owner, ownerOfKind(e, k).Address)
			wantBig(t, "consumed after cancel", consumedOf(e, hash), volume)
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoOrderConsumed", k, hash, volume)
		})
	}
	runOn(t, e, "a partly consumed order", func(t *testing.T) {
		o := e.SignAll(e.DefaultOrders())
		o.Request.Volume = big.NewInt(5)
		o.Workerpool.Volume = big.NewInt(2)
		e.SignAll(o)
		e.Match(e.Requester, o)
		hash := o.Request.Hash(e.Domain)
		wantBig(t, "consumed after a partial fill", consumedOf(e, hash), big.NewInt(2))
		e.Tx(e.Requester, cancelData(e, o, kindRequest))
		wantBig(t, "consumed after cancel", consumedOf(e, hash), big.NewInt(5))
		o.Workerpool = e.WorkerpoolOrder()
		e.SignAll(o)
		expectRevert(e, e.Requester, e.PackMatch(o), "PocoOrderConsumed", kindRequest, hash, 5)
	})
	runOn(t, e, "a presigned order", func(t *testing.T) {
		o := e.DefaultOrders()
		e.Tx(e.Requester, presignData(e, o, kindRequest))
		e.Tx(e.Requester, cancelData(e, o, kindRequest))
		e.SignAll(o)
		o.Sigs.Request = nil
		expectRevert(e, e.Requester, e.PackMatch(o), "PocoOrderConsumed", kindRequest, o.Request.Hash(e.Domain), 1)
	})
}
