package bridge

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"

	"github.com/pocolabs/poco/chain/bindings"
)

// Unlimited is the daily limit that never binds (2^256 − 1); a nil dailyLimit means it.
var Unlimited = new(big.Int).Set(math.MaxBig256)

// DeployVault deploys a BridgeVault on backend's chain (the main chain) holding token,
// for the sidechain counterpartChainID, with the first validator set (validators,
// threshold), the daily limit of tokens released (nil: Unlimited) and the guardian (zero:
// key's account). It waits until mined and returns the vault's address.
func DeployVault(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, token common.Address, counterpartChainID *big.Int,
	validators []common.Address, threshold uint64, dailyLimit *big.Int, guardian common.Address, opts ...Option) (common.Address, error) {
	guardian, dailyLimit = deployDefaults(key, guardian, dailyLimit)
	input := bindings.NewBridgeVault().PackConstructor(token, counterpartChainID, validators, new(big.Int).SetUint64(threshold), dailyLimit, guardian)
	return deploy(ctx, backend, key, "BridgeVault", bindings.BridgeVaultMetaData.Bin, input, opts)
}

// DeploySide deploys a SideBridge on backend's chain (the sidechain), which deploys its
// BridgedToken (name, symbol, 9 decimals), for the main chain counterpartChainID, with
// the first validator set, the daily limit of tokens minted (nil: Unlimited) and the
// guardian (zero: key's account). It waits until mined and returns both addresses. The
// side hub is deployed afterwards on the token, then given to the bridge with SetHub.
func DeploySide(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, name, symbol string, counterpartChainID *big.Int,
	validators []common.Address, threshold uint64, dailyLimit *big.Int, guardian common.Address, opts ...Option) (bridge, token common.Address, err error) {
	guardian, dailyLimit = deployDefaults(key, guardian, dailyLimit)
	input := bindings.NewSideBridge().PackConstructor(name, symbol, counterpartChainID, validators, new(big.Int).SetUint64(threshold), dailyLimit, guardian)
	bridge, err = deploy(ctx, backend, key, "SideBridge", bindings.SideBridgeMetaData.Bin, input, opts)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	sb := bindings.NewSideBridge()
	token, err = bind.Call(sb.Instance(backend, bridge), &bind.CallOpts{Context: ctx}, sb.PackToken(), sb.UnpackToken)
	if err != nil {
		return common.Address{}, common.Address{}, fmt.Errorf("bridge: reading the bridged token of %s: %w", bridge, err)
	}
	return bridge, token, nil
}

// SetHub gives the side bridge sideBridge its hub (once; guardian's key): toHub transfers
// deposit into it. The hub must count in the bridged token.
func SetHub(ctx context.Context, backend Backend, guardianKey *ecdsa.PrivateKey, sideBridge, hub common.Address, opts ...Option) error {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("bridge: reading the chain id: %w", err)
	}
	_, err = transact(ctx, backend, id, guardianKey, &sideBridge, bindings.NewSideBridge().PackSetHub(hub), makeOptions(opts))
	if err != nil {
		return fmt.Errorf("bridge: set hub: %w", err)
	}
	return nil
}

func deployDefaults(key *ecdsa.PrivateKey, guardian common.Address, dailyLimit *big.Int) (common.Address, *big.Int) {
	if guardian == (common.Address{}) {
		guardian = bind.NewKeyedTransactor(key, big.NewInt(1)).From
	}
	if dailyLimit == nil {
		dailyLimit = Unlimited
	}
	return guardian, dailyLimit
}

func deploy(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, name, bin string, input []byte, opts []Option) (common.Address, error) {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("bridge: reading the chain id: %w", err)
	}
	code := append(common.FromHex(bin), input...)
	r, err := transact(ctx, backend, id, key, nil, code, makeOptions(opts))
	if err != nil {
		return common.Address{}, fmt.Errorf("bridge: deploy %s: %w", name, err)
	}
	if r.ContractAddress == (common.Address{}) {
		return common.Address{}, fmt.Errorf("bridge: deploy %s: no contract address in the receipt of %s", name, r.TxHash)
	}
	return r.ContractAddress, nil
}
