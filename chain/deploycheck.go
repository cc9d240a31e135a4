package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain/bindings"
)

// ErrOldRules is returned by CheckRules for a chain whose rules are older than Cancun.
var ErrOldRules = errors.New("the chain runs rules older than Cancun")

// ruleProbes are tiny creation codes that use one opcode the contracts need, oldest
// fork first; a chain that lacks the opcode fails to run them.
var ruleProbes = []struct {
	opcode, eip, fork string
	code              []byte
}{
	{"PUSH0", "EIP-3855", "Shanghai", []byte{0x5f, 0x00}},                 // PUSH0 STOP
	{"TSTORE", "EIP-1153", "Cancun", []byte{0x5f, 0x5f, 0x5d, 0x00}},      // PUSH0 PUSH0 TSTORE STOP
	{"MCOPY", "EIP-5656", "Cancun", []byte{0x5f, 0x5f, 0x5f, 0x5e, 0x00}}, // PUSH0 PUSH0 PUSH0 MCOPY STOP
}

// CheckRules fails with ErrOldRules, saying which opcode is missing, unless the chain's
// latest block runs Cancun rules or later (PUSH0, TSTORE and MCOPY): the contracts are
// compiled for them. It simulates tiny creation codes with eth_call from from; nothing is
// sent.
func CheckRules(ctx context.Context, c ethereum.ContractCaller, from common.Address) error {
	call := func(code []byte) error {
		_, err := c.CallContract(ctx, ethereum.CallMsg{From: from, Data: code, Gas: 100_000}, nil)
		return err
	}
	// A creation that does nothing must work, or the node is not answering eth_call as
	// expected and the probes would say nothing about the rules.
	if err := call([]byte{0x00}); err != nil {
		return fmt.Errorf("checking the chain's rules: the node refused to simulate an empty contract creation (eth_call): %w", err)
	}
	for _, p := range ruleProbes {
		if err := call(p.code); err != nil {
			return fmt.Errorf("%w: %s (%s, %s) is not available (the node said: %v); the contracts need Cancun or later: start anvil with --hardfork cancun or later (prague, osaka), or a chain whose genesis activates Cancun",
				ErrOldRules, p.opcode, p.eip, p.fork, err)
		}
	}
	return nil
}

// CheckToken checks that token is an ERC-20 the protocol can use: it has code and answers
// decimals() and balanceOf(). It returns the decimals.
func CheckToken(ctx context.Context, c bind.ContractBackend, token, holder common.Address) (uint8, error) {
	code, err := c.CodeAt(ctx, token, nil)
	if err != nil {
		return 0, fmt.Errorf("token %s: reading its code: %w", token, err)
	}
	if len(code) == 0 {
		return 0, fmt.Errorf("token %s has no code on this chain: give the address of a deployed ERC-20, or --test-token to deploy a test token", token)
	}
	erc20 := bindings.NewTestToken()
	inst := erc20.Instance(c, token)
	opts := &bind.CallOpts{Context: ctx}
	decimals, err := bind.Call(inst, opts, erc20.PackDecimals(), erc20.UnpackDecimals)
	if err != nil {
		return 0, fmt.Errorf("token %s does not answer decimals() as an ERC-20 does: %w", token, err)
	}
	if _, err := bind.Call(inst, opts, erc20.PackBalanceOf(holder), erc20.UnpackBalanceOf); err != nil {
		return 0, fmt.Errorf("token %s does not answer balanceOf() as an ERC-20 does: %w", token, err)
	}
	return decimals, nil
}

// VerifyDeployment checks that the code at each of d's addresses is the runtime code of
// this build's artifacts (modulo immutables: the hub's addresses and the task module's
// own), that the hub's immutables point at d's contracts, and, when testToken is set,
// that d.Token is this build's TestToken.
func VerifyDeployment(ctx context.Context, c bind.ContractBackend, d *Deployment, testToken bool) error {
	check := []struct {
		name string
		addr common.Address
		meta *bind.MetaData
	}{
		{ContractAppRegistry, d.AppRegistry, &bindings.AppRegistryMetaData},
		{ContractDatasetRegistry, d.DatasetRegistry, &bindings.DatasetRegistryMetaData},
		{ContractWorkerpoolRegistry, d.WorkerpoolRegistry, &bindings.WorkerpoolRegistryMetaData},
		{ContractTasks, d.Tasks, &bindings.PocoTasksMetaData},
		{ContractHub, d.Hub, &bindings.PocoHubMetaData},
	}
	if testToken {
		check = append(check, struct {
			name string
			addr common.Address
			meta *bind.MetaData
		}{ContractTestToken, d.Token, &bindings.TestTokenMetaData})
	}
	for _, k := range check {
		code, err := c.CodeAt(ctx, k.addr, nil)
		if err != nil {
			return fmt.Errorf("verifying %s at %s: %w", k.name, k.addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("verifying %s: %s has no code", k.name, k.addr)
		}
		if !RuntimeMatches(common.FromHex(k.meta.Bin), code) {
			return fmt.Errorf("verifying %s: the code at %s (%d bytes) is not this build's %s", k.name, k.addr, len(code), k.name)
		}
	}
	hubABI := bindings.NewPocoHub()
	hub := hubABI.Instance(c, d.Hub)
	opts := &bind.CallOpts{Context: ctx}
	for _, w := range []struct {
		what string
		data []byte
		want common.Address
	}{
		{"token", hubABI.PackToken(), d.Token},
		{"appRegistry", hubABI.PackAppRegistry(), d.AppRegistry},
		{"datasetRegistry", hubABI.PackDatasetRegistry(), d.DatasetRegistry},
		{"workerpoolRegistry", hubABI.PackWorkerpoolRegistry(), d.WorkerpoolRegistry},
		{"tasksModule", hubABI.PackTasksModule(), d.Tasks},
	} {
		got, err := bind.Call(hub, opts, w.data, hubABI.UnpackTasksModule) // every getter returns one address
		if err != nil {
			return fmt.Errorf("verifying the hub: reading %s(): %w", w.what, err)
		}
		if got != w.want {
			return fmt.Errorf("verifying the hub: %s() is %s, want %s", w.what, got, w.want)
		}
	}
	return nil
}

// RuntimeMatches reports whether code (a contract's deployed code) is the runtime code
// that creation (the artifact's creation code, whose runtime part carries zeros where
// immutables go) installs: the runtime part appears in creation byte for byte, except
// inside runs of at least 32 zero bytes (immutable slots), which the constructor fills.
func RuntimeMatches(creation, code []byte) bool {
	n := len(code)
	if n == 0 || n > len(creation) {
		return false
	}
	// zeroRun[i]: creation[i] is inside a run of at least 32 zero bytes.
	zeroRun := make([]bool, len(creation))
	for i := 0; i < len(creation); {
		j := i
		for j < len(creation) && creation[j] == 0 {
			j++
		}
		if j-i >= 32 {
			for k := i; k < j; k++ {
				zeroRun[k] = true
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	for off := 0; off+n <= len(creation); off++ {
		window := creation[off : off+n]
		if bytes.Equal(window, code) {
			return true
		}
		ok, differ := true, 0
		for k := range n {
			if window[k] != code[k] {
				differ++
				if !zeroRun[off+k] || differ > n/4 {
					ok = false
					break
				}
			}
		}
		if ok {
			return true
		}
	}
	return false
}
