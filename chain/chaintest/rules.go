package chaintest

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pocolabs/poco/chain"
)

// Rules names the fork rules a simulated chain runs.
type Rules string

// The rules a simulated chain can run.
const (
	// RulesPrague is Ethereum mainnet up to Prague (chain.PragueRules): the default, and
	// the rules the committed gas figures were measured under.
	RulesPrague Rules = "prague"
	// RulesOsaka is Ethereum mainnet today: Prague plus Osaka, which prices the
	// protocol's transactions as Prague does but caps a transaction's gas at 2^24
	// (EIP-7825).
	RulesOsaka Rules = "osaka"
	// RulesDev is go-ethereum's dev configuration (params.AllDevChainProtocolChanges),
	// which geth --dev and the stock simulated backend run: Osaka and later forks, with
	// the same 2^24 transaction cap and state creation priced about three times Prague.
	RulesDev Rules = "dev"
)

// AllRules lists the rules New accepts, mainnet's oldest first.
var AllRules = []Rules{RulesPrague, RulesOsaka, RulesDev}

// ParseRules reads a rules name (prague, osaka or dev, any case).
func ParseRules(s string) (Rules, error) {
	r := Rules(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range AllRules {
		if r == k {
			return r, nil
		}
	}
	return "", fmt.Errorf("unknown chain rules %q: use prague, osaka (Ethereum mainnet today) or dev (geth --dev: Osaka and later forks)", s)
}

// CapsTxGas reports whether the rules cap a transaction's gas at params.MaxTxGas
// (EIP-7825: Osaka and later).
func (r Rules) CapsTxGas() bool { return r == RulesOsaka || r == RulesDev }

// Config returns a fresh chain configuration of the rules with ChainID.
func (r Rules) Config() *params.ChainConfig {
	switch r {
	case RulesOsaka:
		return OsakaConfig()
	case RulesDev:
		c := *params.AllDevChainProtocolChanges
		c.ChainID = ChainID
		return &c
	}
	return PragueConfig()
}

// OsakaConfig returns Ethereum mainnet's rules up to Osaka with ChainID: PragueConfig
// with Osaka active at genesis (the blob-parameter-only forks, which change nothing a
// transaction of the protocol pays, are left out).
func OsakaConfig() *params.ChainConfig {
	c := chain.PragueRules(ChainID)
	zero := uint64(0)
	c.OsakaTime = &zero
	return c
}

// WithRules makes the chain run the rules r instead of RulesPrague.
func WithRules(r Rules) Option { return func(o *options) { o.rules = r } }
