package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

// PragueRules returns a fresh chain configuration with every Ethereum mainnet fork up to
// and including Prague active at genesis (block 0 / timestamp 0), the merge done at
// genesis (TerminalTotalDifficulty 0), and Osaka, the BPO forks, Amsterdam, Bogota and
// UBT (verkle/binary trie) not scheduled. Test chains and the devnet use it so gas is
// what mainnet charges, not what go-ethereum's dev configuration (future forks) charges.
func PragueRules(chainID *big.Int) *params.ChainConfig {
	zero := func() *uint64 { v := uint64(0); return &v }
	return &params.ChainConfig{
		ChainID:                 new(big.Int).Set(chainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            zero(),
		CancunTime:              zero(),
		PragueTime:              zero(),
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}
