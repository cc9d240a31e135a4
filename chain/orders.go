package chain

import (
	"math/big"

	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/protocol"
)

// The protocol package holds the orders as users build and sign them; the bindings hold
// them as the contracts take them. These convert one to the other (nil amounts become 0).

func u256(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// AppOrderArg converts an app order to its contract argument.
func AppOrderArg(o protocol.AppOrder) bindings.AppOrder {
	return bindings.AppOrder{
		App: o.App, Appprice: u256(o.AppPrice), Volume: u256(o.Volume), Tag: o.Tag,
		Datasetrestrict: o.DatasetRestrict, Workerpoolrestrict: o.WorkerpoolRestrict,
		Requesterrestrict: o.RequesterRestrict, Salt: o.Salt,
	}
}

// DatasetOrderArg converts a dataset order to its contract argument.
func DatasetOrderArg(o protocol.DatasetOrder) bindings.DatasetOrder {
	return bindings.DatasetOrder{
		Dataset: o.Dataset, Datasetprice: u256(o.DatasetPrice), Volume: u256(o.Volume), Tag: o.Tag,
		Apprestrict: o.AppRestrict, Workerpoolrestrict: o.WorkerpoolRestrict,
		Requesterrestrict: o.RequesterRestrict, Salt: o.Salt,
	}
}

// WorkerpoolOrderArg converts a workerpool order to its contract argument.
func WorkerpoolOrderArg(o protocol.WorkerpoolOrder) bindings.WorkerpoolOrder {
	return bindings.WorkerpoolOrder{
		Workerpool: o.Workerpool, Workerpoolprice: u256(o.WorkerpoolPrice), Volume: u256(o.Volume),
		Tag: o.Tag, Category: u256(o.Category), Trust: u256(o.Trust), Apprestrict: o.AppRestrict,
		Datasetrestrict: o.DatasetRestrict, Requesterrestrict: o.RequesterRestrict, Salt: o.Salt,
	}
}

// RequestOrderArg converts a request order to its contract argument.
func RequestOrderArg(o protocol.RequestOrder) bindings.RequestOrder {
	return bindings.RequestOrder{
		App: o.App, Appmaxprice: u256(o.AppMaxPrice), Dataset: o.Dataset,
		Datasetmaxprice: u256(o.DatasetMaxPrice), Workerpool: o.Workerpool,
		Workerpoolmaxprice: u256(o.WorkerpoolMaxPrice), Requester: o.Requester, Volume: u256(o.Volume),
		Tag: o.Tag, Category: u256(o.Category), Trust: u256(o.Trust), Beneficiary: o.Beneficiary,
		Callback: o.Callback, Params: o.Params, Salt: o.Salt,
	}
}
