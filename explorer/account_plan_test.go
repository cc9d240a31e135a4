package explorer

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pocolabs/poco/chain/bindings"
)

// TestPlanDeposit: the deposit alone within the allowance; else approveAndCall when the
// token has it, else approve then deposit.
func TestPlanDeposit(t *testing.T) {
	hub, token := common.HexToAddress("0x1111111111111111111111111111111111111111"), common.HexToAddress("0x2222222222222222222222222222222222222222")
	amount := big.NewInt(5_000_000_000)
	poco, tok := bindings.NewPoco(), bindings.NewTestToken()
	deposit := hexutil.Encode(poco.PackDeposit(amount))
	for _, c := range []struct {
		name           string
		allowed        *big.Int
		approveAndCall bool
		want           [][2]string // to, data
	}{
		{"allowance covers it", big.NewInt(5_000_000_000), true, [][2]string{{hub.Hex(), deposit}}},
		{"allowance above it", big.NewInt(9_000_000_000), false, [][2]string{{hub.Hex(), deposit}}},
		{"short, approveAndCall", big.NewInt(4_999_999_999), true, [][2]string{{token.Hex(), hexutil.Encode(tok.PackApproveAndCall(hub, amount, []byte{}))}}},
		{"short, no approveAndCall", big.NewInt(0), false, [][2]string{{token.Hex(), hexutil.Encode(tok.PackApprove(hub, amount))}, {hub.Hex(), deposit}}},
		{"unknown allowance", nil, false, [][2]string{{token.Hex(), hexutil.Encode(tok.PackApprove(hub, amount))}, {hub.Hex(), deposit}}},
	} {
		got := planDeposit(hub, token, amount, c.allowed, c.approveAndCall)
		if len(got) != len(c.want) {
			t.Errorf("%s: %d transactions, want %d: %+v", c.name, len(got), len(c.want), got)
			continue
		}
		for i, w := range c.want {
			if !common.IsHexAddress(got[i].To) || common.HexToAddress(got[i].To).Hex() != w[0] || got[i].Data != w[1] || got[i].Value != "0x0" || got[i].Description == "" {
				t.Errorf("%s: transaction %d is %+v, want to %s data %s", c.name, i, got[i], w[0], w[1])
			}
		}
	}
}
