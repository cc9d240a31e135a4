package protocoltest

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/pocotest"
	"github.com/pocolabs/poco/protocol"
)

// outsider is an address registered nowhere, used as a wrong restriction or asset.
var outsider = common.HexToAddress("0x00000000000000000000000000000000000B0D1e")

// oneLess is x − 1.
func oneLess(x *big.Int) *big.Int { return new(big.Int).Sub(x, big.NewInt(1)) }

func TestMatchMakesADealWithEveryField(t *testing.T) {
	e := pocotest.New(t)
	beneficiary, callback := e.Workers[3].Address, common.HexToAddress("0x00000000000000000000000000000000CA11BAC4")
	o := e.DatasetOrders()
	o.App.Tag = protocol.TagTEE.Or(protocol.TagTEEScone)
	o.Dataset.Tag = protocol.TagTEE
	o.Workerpool.Tag = protocol.TagTEE.Or(protocol.TagTEEScone).Or(protocol.TagTEEGramine).Or(protocol.TagGPU)
	o.Workerpool.Category = big.NewInt(2)
	o.Request = e.RequestOrder(o.App, o.Dataset, o.Workerpool)
	o.Request.Tag = protocol.TagGPU
	o.Request.Trust = big.NewInt(3)
	o.Request.Volume = big.NewInt(3)
	o.Request.Beneficiary, o.Request.Callback = beneficiary, callback
	o.Request.Params = `{"args":"--size 1024","iexec_result_storage_provider":"ipfs"}`
	// The request may offer more than the prices: the deal takes the orders' prices.
	o.Request.AppMaxPrice, o.Request.WorkerpoolMaxPrice = rlcs(5), rlcs(20)
	e.SignAll(o)
	appHash, datasetHash, poolHash, requestHash := orderHashes(e, o)
	reqBefore, poolBefore := balancesOf(e, e.Requester.Address), balancesOf(e, e.PoolOwner.Address)

	// The call returns the deal id.
	out, err := e.Client.CallContract(context.Background(), ethereum.CallMsg{From: e.Requester.Address, To: &e.D.Hub, Data: e.PackMatch(o)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	returned, err := e.Poco.UnpackMatchOrders(out)
	if err != nil {
		t.Fatal(err)
	}
	wantID := protocol.DealID(requestHash, big.NewInt(0))
	wantEq(t, "matchOrders return value", common.Hash(returned), common.Hash(wantID))

	deal, r := e.MatchReceipt(e.Requester, o)
	head, err := e.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}

	wantEq(t, "deal.id", common.Hash(deal.Id), common.Hash(wantID))
	wantEq(t, "deal.app", deal.App, e.App)
	wantEq(t, "deal.appOwner", deal.AppOwner, e.AppOwner.Address)
	wantBig(t, "deal.appPrice", deal.AppPrice, rlcs(3))
	wantEq(t, "deal.dataset", deal.Dataset, e.Dataset)
	wantEq(t, "deal.datasetOwner", deal.DatasetOwner, e.DatasetOwner.Address)
	wantBig(t, "deal.datasetPrice", deal.DatasetPrice, rlcs(1))
	wantEq(t, "deal.workerpool", deal.Workerpool, e.Pool)
	wantEq(t, "deal.workerpoolOwner", deal.WorkerpoolOwner, e.PoolOwner.Address)
	wantBig(t, "deal.workerpoolPrice", deal.WorkerpoolPrice, rlcs(10))
	wantBig(t, "deal.trust", deal.Trust, big.NewInt(3))
	wantBig(t, "deal.category", deal.Category, big.NewInt(2))
	wantBig(t, "deal.workClockTimeRef", deal.WorkClockTimeRef, big.NewInt(3600))
	wantEq(t, "deal.tag (app | dataset | request, not the pool's offer)", protocol.Tag(deal.Tag),
		protocol.TagTEE.Or(protocol.TagTEEScone).Or(protocol.TagGPU))
	wantEq(t, "deal.requester", deal.Requester, e.Requester.Address)
	wantEq(t, "deal.beneficiary", deal.Beneficiary, beneficiary)
	wantEq(t, "deal.callback", deal.Callback, callback)
	wantEq(t, "deal.sponsor", deal.Sponsor, e.Requester.Address)
	wantBig(t, "deal.startTime", deal.StartTime, new(big.Int).SetUint64(head.Time))
	wantBig(t, "deal.botFirst", deal.BotFirst, big.NewInt(0))
	wantBig(t, "deal.botSize", deal.BotSize, big.NewInt(3))
	wantBig(t, "deal.workerStake", deal.WorkerStake, rlcs(3)) // 30 % of 10 RLC
	wantBig(t, "deal.schedulerRewardRatio", deal.SchedulerRewardRatio, big.NewInt(1))

	ev := oneEvent(t, r, e.D.Hub, "OrdersMatched", e.Poco.UnpackOrdersMatchedEvent)
	wantEq(t, "OrdersMatched.dealid", common.Hash(ev.Dealid), common.Hash(wantID))
	wantEq(t, "OrdersMatched.workerpool", ev.Workerpool, e.Pool)
	wantEq(t, "OrdersMatched.requester", ev.Requester, e.Requester.Address)
	for i, h := range [4][32]byte{appHash, datasetHash, poolHash, requestHash} {
		wantEq(t, "OrdersMatched.orderHashes["+kindNames[i]+"]", common.Hash(ev.OrderHashes[i]), common.Hash(h))
	}
	wantEq(t, "OrdersMatched.params", ev.Params, o.Request.Params)

	stored := pocotest.Call(e, e.Poco.PackDealHash(deal.Id), e.Poco.UnpackDealHash)
	wantEq(t, "dealHash(dealid) = keccak256(abi.encode(deal)), low 64 bits cleared", common.Hash(stored), common.Hash(dealABIHash(t, deal)))

	for i, h := range [4][32]byte{appHash, datasetHash, poolHash, requestHash} {
		wantBig(t, "consumed of the "+kindNames[i]+" order", consumedOf(e, h), big.NewInt(3))
	}

	// The requester locks (3 + 1 + 10) × 3 RLC; the pool owner 30 % of 10 RLC × 3.
	payment, stake := rlcs(14*3), rlcs(3*3)
	wantMoved(t, "requester", reqBefore, balancesOf(e, e.Requester.Address), new(big.Int), negated(payment), payment)
	wantMoved(t, "pool owner", poolBefore, balancesOf(e, e.PoolOwner.Address), new(big.Int), negated(stake), stake)
	locks := eventsIn(r, e.D.Hub, e.Poco.UnpackLockEvent)
	if len(locks) != 2 {
		t.Fatalf("Lock events: got %d, want 2", len(locks))
	}
	for i, w := range []struct {
		owner  common.Address
		amount *big.Int
	}{{e.Requester.Address, payment}, {e.PoolOwner.Address, stake}} {
		wantEq(t, "Lock.owner", locks[i].Owner, w.owner)
		wantBig(t, "Lock.amount", locks[i].Amount, w.amount)
		wantEq(t, "Lock.ref", common.Hash(locks[i].Ref), common.Hash(wantID))
	}
	e.CheckConservation()
}

func TestMatchVolumeIsTheSmallestRemainingVolume(t *testing.T) {
	e := pocotest.New(t)
	for _, k := range allKinds {
		runOn(t, e, "smallest is the "+kindNames[k]+" order", func(t *testing.T) {
			o := e.DatasetOrders()
			o.App.Volume, o.Dataset.Volume, o.Workerpool.Volume, o.Request.Volume = big.NewInt(9), big.NewInt(9), big.NewInt(9), big.NewInt(9)
			*volumePtr(o, k) = big.NewInt(4)
			e.SignAll(o)
			deal := e.Match(e.Requester, o)
			wantBig(t, "deal.botSize", deal.BotSize, big.NewInt(4))
			for _, k2 := range allKinds {
				wantBig(t, "consumed of the "+kindNames[k2]+" order", consumedOf(e, hashOf(e, o, k2)), big.NewInt(4))
			}
		})
	}
}

func volumePtr(o *pocotest.Orders, kind uint8) **big.Int {
	return []**big.Int{&o.App.Volume, &o.Dataset.Volume, &o.Workerpool.Volume, &o.Request.Volume}[kind]
}

func TestMatchFillsARequestInPartsWithDistinctDeals(t *testing.T) {
	e := pocotest.New(t)
	o := e.DefaultOrders()
	o.Request.Volume = big.NewInt(10)
	o.Workerpool.Volume = big.NewInt(4)
	e.SignAll(o)
	requestHash := o.Request.Hash(e.Domain)

	first, r := e.MatchReceipt(e.Requester, o)
	wantBig(t, "first deal botFirst", first.BotFirst, big.NewInt(0))
	wantBig(t, "first deal botSize", first.BotSize, big.NewInt(4))
	wantEq(t, "first dealid", common.Hash(first.Id), common.Hash(protocol.DealID(requestHash, big.NewInt(0))))
	ev := oneEvent(t, r, e.D.Hub, "OrdersMatched", e.Poco.UnpackOrdersMatchedEvent)
	wantEq(t, "orderHashes[DATASET] without a dataset", common.Hash(ev.OrderHashes[kindDataset]), common.Hash{})
	wantBig(t, "request consumed after the first deal", consumedOf(e, requestHash), big.NewInt(4))

	pool2 := e.WorkerpoolOrder()
	pool2.Volume = big.NewInt(100)
	o.Workerpool = pool2
	e.SignAll(o)
	second := e.Match(e.Requester, o)
	wantBig(t, "second deal botFirst", second.BotFirst, big.NewInt(4))
	wantBig(t, "second deal botSize (what the request has left)", second.BotSize, big.NewInt(6))
	wantEq(t, "second dealid", common.Hash(second.Id), common.Hash(protocol.DealID(requestHash, big.NewInt(4))))
	if first.Id == second.Id {
		t.Fatal("both parts of the request got the same deal id")
	}
	wantBig(t, "request consumed", consumedOf(e, requestHash), big.NewInt(10))
	wantBig(t, "second pool order consumed", consumedOf(e, pool2.Hash(e.Domain)), big.NewInt(6))
	wantBig(t, "app order consumed", consumedOf(e, o.App.Hash(e.Domain)), big.NewInt(10))
	wantBig(t, "requester locked", e.Locked(e.Requester.Address), rlcs(13*10))

	o.Workerpool = e.WorkerpoolOrder()
	e.SignAll(o)
	expectRevert(e, e.Requester, e.PackMatch(o), "PocoOrderConsumed", kindRequest, requestHash, 10)
	e.CheckConservation()
}

func TestSponsorMatchOrdersChargesTheCaller(t *testing.T) {
	e := pocotest.New(t)
	requester, sponsor := e.DatasetOwner, e.Workers[0] // the requester has no deposit
	o := e.DefaultOrders()
	o.Request.Requester, o.Request.Volume = requester.Address, big.NewInt(2)
	e.SignAll(o)
	o.Sigs.Request = e.Sign(requester.Key, o.Request.Hash(e.Domain))
	expectRevert(e, requester, e.PackMatch(o), "PocoInsufficientFreeBalance", requester.Address, 0, rlcs(26))

	before := balancesOf(e, sponsor.Address)
	data := e.Poco.PackSponsorMatchOrders(chain.AppOrderArg(o.App), chain.DatasetOrderArg(o.Dataset),
		chain.WorkerpoolOrderArg(o.Workerpool), chain.RequestOrderArg(o.Request), o.Sigs)
	r := e.Tx(sponsor, data)
	deal := e.DealFrom(r)
	wantEq(t, "deal.sponsor", deal.Sponsor, sponsor.Address)
	wantEq(t, "deal.requester", deal.Requester, requester.Address)
	wantMoved(t, "sponsor", before, balancesOf(e, sponsor.Address), new(big.Int), negated(rlcs(26)), rlcs(26))
	free, locked := e.Account(requester.Address)
	wantBig(t, "requester free", free, new(big.Int))
	wantBig(t, "requester locked", locked, new(big.Int))
	lock := eventsIn(r, e.D.Hub, e.Poco.UnpackLockEvent)[0]
	wantEq(t, "first Lock.owner", lock.Owner, sponsor.Address)

	// A sponsor without funds cannot pay.
	o2 := e.DefaultOrders()
	e.SignAll(o2)
	poor := e.AppOwner
	expectRevert(e, poor, e.Poco.PackSponsorMatchOrders(chain.AppOrderArg(o2.App), chain.DatasetOrderArg(o2.Dataset),
		chain.WorkerpoolOrderArg(o2.Workerpool), chain.RequestOrderArg(o2.Request), o2.Sigs),
		"PocoInsufficientFreeBalance", poor.Address, 0, rlcs(13))
	e.CheckConservation()
}

func TestMatchTurnsTrustZeroIntoOne(t *testing.T) {
	e := pocotest.New(t)
	deal := e.MatchDefault(1, 0)
	wantBig(t, "deal.trust", deal.Trust, big.NewInt(1))
	// The deal is stored with trust 1.
	stored := pocotest.Call(e, e.Poco.PackDealHash(deal.Id), e.Poco.UnpackDealHash)
	wantEq(t, "dealHash", common.Hash(stored), common.Hash(dealABIHash(t, deal)))
}

// matchCase is one way to spoil valid orders and the custom error it must cause.
type matchCase struct {
	name string
	mod  func(o *pocotest.Orders)
	err  string
	args func(o *pocotest.Orders) []any
}

// runMatchCases spoils fresh valid orders (with a dataset) for each case, re-signs them and
// expects the match to revert with the case's error and arguments.
func runMatchCases(t *testing.T, e *pocotest.Env, cases []matchCase) {
	t.Helper()
	for _, tc := range cases {
		runOn(t, e, tc.name, func(t *testing.T) {
			o := e.DatasetOrders()
			tc.mod(o)
			e.SignAll(o)
			expectRevert(e, e.Requester, e.PackMatch(o), tc.err, tc.args(o)...)
		})
	}
}

func revertArgs(v ...any) func(*pocotest.Orders) []any {
	return func(*pocotest.Orders) []any { return v }
}

func TestMatchRejectsIncompatibleOrders(t *testing.T) {
	e := pocotest.New(t)
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	tee, gpu, scone := protocol.TagTEE, protocol.TagGPU, protocol.TagTEEScone
	runMatchCases(t, e, []matchCase{
		{"request category differs from the pool's", func(o *pocotest.Orders) { o.Request.Category = big.NewInt(1) },
			"PocoCategoryMismatch", revertArgs(1, 0)},
		{"pool category differs from the request's", func(o *pocotest.Orders) { o.Workerpool.Category = big.NewInt(4) },
			"PocoCategoryMismatch", revertArgs(0, 4)},
		{"unknown category", func(o *pocotest.Orders) { o.Request.Category, o.Workerpool.Category = big.NewInt(5), big.NewInt(5) },
			"PocoUnknownCategory", revertArgs(5, 5)},
		{"huge category", func(o *pocotest.Orders) { o.Request.Category, o.Workerpool.Category = huge, huge },
			"PocoUnknownCategory", revertArgs(huge, 5)},
		{"request trust above the pool's", func(o *pocotest.Orders) { o.Request.Trust = big.NewInt(11) },
			"PocoTrustTooHigh", revertArgs(11, 10)},
		{"request trust above the protocol's maximum", func(o *pocotest.Orders) {
			o.Request.Trust, o.Workerpool.Trust = big.NewInt(1<<32), big.NewInt(1<<32)
		}, "PocoTrustOutOfRange", revertArgs(1<<32, 1<<32-1)},
		{"request trust 1 against a pool trust 0 (both mean 1) is not refused for trust", func(o *pocotest.Orders) {
			o.Workerpool.Trust = big.NewInt(0)
			o.App.AppPrice = rlcs(4) // above the request's max: proves the trust check passed
		}, "PocoPriceTooHigh", revertArgs(kindApp, rlcs(3), rlcs(4))},
		{"app price above the request's max", func(o *pocotest.Orders) { o.Request.AppMaxPrice = oneLess(rlcs(3)) },
			"PocoPriceTooHigh", revertArgs(kindApp, oneLess(rlcs(3)), rlcs(3))},
		{"dataset price above the request's max", func(o *pocotest.Orders) { o.Request.DatasetMaxPrice = big.NewInt(0) },
			"PocoPriceTooHigh", revertArgs(kindDataset, 0, rlcs(1))},
		{"workerpool price above the request's max", func(o *pocotest.Orders) { o.Request.WorkerpoolMaxPrice = oneLess(rlcs(10)) },
			"PocoPriceTooHigh", revertArgs(kindWorkerpool, oneLess(rlcs(10)), rlcs(10))},
		{"request asks for a GPU the pool lacks", func(o *pocotest.Orders) { o.Request.Tag = gpu },
			"PocoTagNotOffered", revertArgs(gpu, protocol.Tag{})},
		{"app asks for a GPU the pool lacks", func(o *pocotest.Orders) { o.App.Tag = gpu },
			"PocoTagNotOffered", revertArgs(gpu, protocol.Tag{})},
		{"dataset asks for a GPU the pool lacks", func(o *pocotest.Orders) { o.Dataset.Tag = gpu },
			"PocoTagNotOffered", revertArgs(gpu, protocol.Tag{})},
		{"pool offers only part of the tags", func(o *pocotest.Orders) {
			o.App.Tag, o.Request.Tag, o.Workerpool.Tag = tee.Or(scone), gpu, tee.Or(gpu)
		}, "PocoTagNotOffered", revertArgs(tee.Or(scone).Or(gpu), tee.Or(gpu))},
		{"request asks for a TEE, app order declares none", func(o *pocotest.Orders) {
			o.Request.Tag, o.Workerpool.Tag = tee, tee
		}, "PocoTeeRequiresTeeApp", revertArgs(tee, protocol.Tag{})},
		{"dataset asks for a TEE, app order declares none", func(o *pocotest.Orders) {
			o.Dataset.Tag, o.App.Tag, o.Workerpool.Tag = tee, gpu, tee.Or(gpu)
		}, "PocoTeeRequiresTeeApp", revertArgs(tee, gpu)},
		{"request names another app", func(o *pocotest.Orders) { o.Request.App = outsider },
			"PocoRequestMismatch", revertArgs(kindApp, outsider, e.App)},
		{"request names another dataset", func(o *pocotest.Orders) { o.Request.Dataset = outsider },
			"PocoRequestMismatch", revertArgs(kindDataset, outsider, e.Dataset)},
		{"request names a dataset, no dataset order given", func(o *pocotest.Orders) { o.Dataset = pocotest.NoDataset() },
			"PocoRequestMismatch", revertArgs(kindDataset, e.Dataset, common.Address{})},
		{"request names no dataset, a dataset order given", func(o *pocotest.Orders) { o.Request.Dataset = common.Address{} },
			"PocoRequestMismatch", revertArgs(kindDataset, common.Address{}, e.Dataset)},
		{"request of volume 0", func(o *pocotest.Orders) { o.Request.Volume = big.NewInt(0) },
			"PocoOrderConsumed", func(o *pocotest.Orders) []any { return []any{kindRequest, hashOf(e, o, kindRequest), 0} }},
		{"app order of volume 0", func(o *pocotest.Orders) { o.App.Volume = big.NewInt(0) },
			"PocoOrderConsumed", func(o *pocotest.Orders) []any { return []any{kindApp, hashOf(e, o, kindApp), 0} }},
	})
}

func TestMatchAcceptsCompatibleTagsAndPrices(t *testing.T) {
	e := pocotest.New(t)
	tee, gpu := protocol.TagTEE, protocol.TagGPU
	for _, tc := range []struct {
		name string
		mod  func(o *pocotest.Orders)
	}{
		{"TEE request with a TEE app", func(o *pocotest.Orders) { o.App.Tag, o.Request.Tag, o.Workerpool.Tag = tee, tee, tee }},
		{"GPU request, pool offers more", func(o *pocotest.Orders) { o.Request.Tag, o.Workerpool.Tag = gpu, tee.Or(gpu) }},
		{"max prices equal to the prices", func(o *pocotest.Orders) {}},
		{"request trust equal to the pool's", func(o *pocotest.Orders) { o.Request.Trust = o.Workerpool.Trust }},
		{"dataset order tag ignored without a dataset", func(o *pocotest.Orders) {
			o.Dataset = pocotest.NoDataset()
			o.Dataset.Tag, o.Dataset.DatasetPrice = gpu, rlcs(1000)
			o.Request.Dataset, o.Request.DatasetMaxPrice = common.Address{}, big.NewInt(0)
		}},
	} {
		runOn(t, e, tc.name, func(t *testing.T) {
			o := e.DatasetOrders()
			tc.mod(o)
			e.SignAll(o)
			e.Match(e.Requester, o)
		})
	}
}

func TestMatchEnforcesTheTenRestrictions(t *testing.T) {
	e := pocotest.New(t)
	req := e.Requester.Address
	runMatchCases(t, e, []matchCase{
		{"app restricts the dataset", func(o *pocotest.Orders) { o.App.DatasetRestrict = outsider },
			"PocoRestricted", revertArgs(kindApp, kindDataset, outsider, e.Dataset)},
		{"app restricts the workerpool", func(o *pocotest.Orders) { o.App.WorkerpoolRestrict = outsider },
			"PocoRestricted", revertArgs(kindApp, kindWorkerpool, outsider, e.Pool)},
		{"app restricts the requester", func(o *pocotest.Orders) { o.App.RequesterRestrict = outsider },
			"PocoRestricted", revertArgs(kindApp, kindRequest, outsider, req)},
		{"dataset restricts the app", func(o *pocotest.Orders) { o.Dataset.AppRestrict = outsider },
			"PocoRestricted", revertArgs(kindDataset, kindApp, outsider, e.App)},
		{"dataset restricts the workerpool", func(o *pocotest.Orders) { o.Dataset.WorkerpoolRestrict = outsider },
			"PocoRestricted", revertArgs(kindDataset, kindWorkerpool, outsider, e.Pool)},
		{"dataset restricts the requester", func(o *pocotest.Orders) { o.Dataset.RequesterRestrict = outsider },
			"PocoRestricted", revertArgs(kindDataset, kindRequest, outsider, req)},
		{"workerpool restricts the app", func(o *pocotest.Orders) { o.Workerpool.AppRestrict = outsider },
			"PocoRestricted", revertArgs(kindWorkerpool, kindApp, outsider, e.App)},
		{"workerpool restricts the dataset", func(o *pocotest.Orders) { o.Workerpool.DatasetRestrict = outsider },
			"PocoRestricted", revertArgs(kindWorkerpool, kindDataset, outsider, e.Dataset)},
		{"workerpool restricts the requester", func(o *pocotest.Orders) { o.Workerpool.RequesterRestrict = outsider },
			"PocoRestricted", revertArgs(kindWorkerpool, kindRequest, outsider, req)},
		{"request restricts the workerpool", func(o *pocotest.Orders) { o.Request.Workerpool = outsider },
			"PocoRestricted", revertArgs(kindRequest, kindWorkerpool, outsider, e.Pool)},
		// A restriction to a dataset excludes deals without one.
		{"app restricts the dataset, none given", func(o *pocotest.Orders) {
			o.App.DatasetRestrict, o.Dataset = e.Dataset, pocotest.NoDataset()
			o.Request.Dataset, o.Request.DatasetMaxPrice = common.Address{}, big.NewInt(0)
		}, "PocoRestricted", revertArgs(kindApp, kindDataset, e.Dataset, common.Address{})},
		{"workerpool restricts the dataset, none given", func(o *pocotest.Orders) {
			o.Workerpool.DatasetRestrict, o.Dataset = e.Dataset, pocotest.NoDataset()
			o.Request.Dataset, o.Request.DatasetMaxPrice = common.Address{}, big.NewInt(0)
		}, "PocoRestricted", revertArgs(kindWorkerpool, kindDataset, e.Dataset, common.Address{})},
	})

	runOn(t, e, "all ten restrictions naming the actual parties", func(t *testing.T) {
		o := e.DatasetOrders()
		o.App.DatasetRestrict, o.App.WorkerpoolRestrict, o.App.RequesterRestrict = e.Dataset, e.Pool, req
		o.Dataset.AppRestrict, o.Dataset.WorkerpoolRestrict, o.Dataset.RequesterRestrict = e.App, e.Pool, req
		o.Workerpool.AppRestrict, o.Workerpool.DatasetRestrict, o.Workerpool.RequesterRestrict = e.App, e.Dataset, req
		o.Request.Workerpool = e.Pool
		e.SignAll(o)
		e.Match(e.Requester, o)
	})
	runOn(t, e, "a request naming no workerpool accepts any", func(t *testing.T) {
		o := e.DatasetOrders()
		o.Request.Workerpool = common.Address{}
		e.SignAll(o)
		deal := e.Match(e.Requester, o)
		wantEq(t, "deal.workerpool", deal.Workerpool, e.Pool)
	})
}

func TestMatchRejectsUnregisteredAssets(t *testing.T) {
	e := pocotest.New(t)
	runMatchCases(t, e, []matchCase{
		{"app", func(o *pocotest.Orders) { o.App.App, o.Request.App = outsider, outsider },
			"PocoAssetNotRegistered", revertArgs(kindApp, outsider)},
		{"dataset", func(o *pocotest.Orders) { o.Dataset.Dataset, o.Request.Dataset = outsider, outsider },
			"PocoAssetNotRegistered", revertArgs(kindDataset, outsider)},
		{"workerpool", func(o *pocotest.Orders) { o.Workerpool.Workerpool, o.Request.Workerpool = outsider, outsider },
			"PocoAssetNotRegistered", revertArgs(kindWorkerpool, outsider)},
		// An asset of one registry is not registered in another.
		{"a workerpool used as an app", func(o *pocotest.Orders) { o.App.App, o.Request.App = e.Pool, e.Pool },
			"PocoAssetNotRegistered", revertArgs(kindApp, e.Pool)},
	})
}

func TestMatchRejectsOrdersNotSignedByTheirOwner(t *testing.T) {
	e := pocotest.New(t)
	stranger := e.Workers[0]
	for _, k := range allKinds {
		runOn(t, e, kindNames[k]+" signed by a stranger", func(t *testing.T) {
			o := e.SignAll(e.DatasetOrders())
			signWith(e, o, k, stranger, e.Domain)
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", k, hashOf(e, o, k), ownerOfKind(e, k).Address)
		})
		runOn(t, e, kindNames[k]+" signed by another order's owner", func(t *testing.T) {
			o := e.SignAll(e.DatasetOrders())
			signWith(e, o, k, ownerOfKind(e, (k+1)%4), e.Domain)
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", k, hashOf(e, o, k), ownerOfKind(e, k).Address)
		})
		runOn(t, e, kindNames[k]+" modified after signing", func(t *testing.T) {
			o := e.SignAll(e.DatasetOrders())
			switch k {
			case kindApp:
				o.App.Volume = big.NewInt(999)
			case kindDataset:
				o.Dataset.Volume = big.NewInt(999)
			case kindWorkerpool:
				o.Workerpool.Volume = big.NewInt(999)
			case kindRequest:
				o.Request.Params = `{"args":"--tampered"}`
			}
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoInvalidSignature", k, hashOf(e, o, k), ownerOfKind(e, k).Address)
		})
	}
}

func TestMatchRejectsConsumedOrders(t *testing.T) {
	e := pocotest.New(t)
	for _, k := range allKinds {
		runOn(t, e, kindNames[k], func(t *testing.T) {
			used := e.DatasetOrders()
			*volumePtr(used, k) = big.NewInt(1)
			e.SignAll(used)
			e.Match(e.Requester, used)

			// Fresh orders, except the one whose volume is used up.
			o := e.DatasetOrders()
			switch k {
			case kindApp:
				o.App = used.App
			case kindDataset:
				o.Dataset = used.Dataset
			case kindWorkerpool:
				o.Workerpool = used.Workerpool
			case kindRequest:
				o.Request = used.Request
			}
			e.SignAll(o)
			expectRevert(e, e.Requester, e.PackMatch(o), "PocoOrderConsumed", k, hashOf(e, o, k), 1)
		})
	}
}

func TestMatchRejectsPayersAndPoolOwnersWhoCannotLock(t *testing.T) {
	e := pocotest.New(t)
	poorRequester := e.DatasetOwner // no deposit
	runOn(t, e, "requester without funds", func(t *testing.T) {
		o := e.DefaultOrders()
		o.Request.Requester, o.Request.Volume = poorRequester.Address, big.NewInt(2)
		e.SignAll(o)
		o.Sigs.Request = e.Sign(poorRequester.Key, o.Request.Hash(e.Domain))
		expectRevert(e, e.Requester, e.PackMatch(o), "PocoInsufficientFreeBalance", poorRequester.Address, 0, rlcs(26))

		// One unit short, then exactly enough.
		e.Deposit(poorRequester, oneLess(rlcs(26)))
		expectRevert(e, e.Requester, e.PackMatch(o), "PocoInsufficientFreeBalance", poorRequester.Address, oneLess(rlcs(26)), rlcs(26))
		e.Deposit(poorRequester, big.NewInt(1))
		e.Match(e.Requester, o)
		free, locked := e.Account(poorRequester.Address)
		wantBig(t, "requester free after locking everything", free, new(big.Int))
		wantBig(t, "requester locked", locked, rlcs(26))
	})
	runOn(t, e, "pool owner without funds for its stake", func(t *testing.T) {
		poorOwner := e.AppOwner // no deposit
		pool := e.CreatePool(poorOwner, "unfunded pool")
		o := e.DefaultOrders()
		o.Workerpool.Workerpool = pool
		o.Request = e.RequestOrder(o.App, o.Dataset, o.Workerpool)
		o.Request.Volume = big.NewInt(3)
		e.SignAll(o)
		o.Sigs.Workerpool = e.Sign(poorOwner.Key, o.Workerpool.Hash(e.Domain))
		// 30 % of 10 RLC per task, 3 tasks.
		expectRevert(e, e.Requester, e.PackMatch(o), "PocoInsufficientFreeBalance", poorOwner.Address, 0, rlcs(9))
	})
	e.CheckConservation()
}
