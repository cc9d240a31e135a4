package chain

import (
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/pocolabs/poco/chain/bindings"
)

var protocolABIs = sync.OnceValue(func() []*abi.ABI {
	var out []*abi.ABI
	for _, m := range []*bind.MetaData{&bindings.PocoMetaData, &bindings.AppRegistryMetaData,
		&bindings.DatasetRegistryMetaData, &bindings.WorkerpoolRegistryMetaData, &bindings.TestTokenMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			panic("chain: a generated ABI does not parse: " + err.Error()) // regenerate the bindings
		}
		out = append(out, a)
	}
	return out
})

// ABIs returns the ABIs of the protocol's contracts, the merged hub (Poco) first, then the
// app, dataset and workerpool registries and the token: every revert the protocol can
// produce decodes against them (DecodeRevert). The slice is a copy; the ABIs are shared.
func ABIs() []*abi.ABI {
	return append([]*abi.ABI(nil), protocolABIs()...)
}
