// Package config reads and writes the file that tells every poco command where the chain
// is and where the protocol is deployed. `poco devnet` writes it on first start; users of
// another network write it by hand or pass flags. Writes are atomic, so a reader never sees
// half a file.
package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/internal/atomicfile"
)

// File is the content of the configuration file (JSON).
type File struct {
	// RPC is the chain's JSON-RPC endpoint (http://, ws:// or an IPC path).
	RPC string `json:"rpc"`
	// ChainID is the chain id the contracts are deployed on.
	ChainID uint64 `json:"chainId"`
	// Contracts are the deployed protocol's addresses; the hub is enough to find the others.
	Contracts chain.Deployment `json:"contracts"`
	// Keystore is the directory holding keystore v3 files.
	Keystore string `json:"keystore,omitempty"`
	// Account is the default account (an address with a key in Keystore).
	Account common.Address `json:"account,omitempty"`
	// PasswordFile, if set, holds the default account's password (dev networks only).
	PasswordFile string `json:"passwordFile,omitempty"`
	// Storage is the base URL of the storage gateway results are downloaded from (and
	// uploaded to), e.g. "http://127.0.0.1:8547" (package storage's HTTP gateway);
	// empty when none is known.
	Storage string `json:"storage,omitempty"`
	// Market is the base URL of the market (order book) orders are published to and
	// bought from, e.g. "http://127.0.0.1:8780" (`poco market`); empty when none is known.
	Market string `json:"market,omitempty"`
	// Scheduler is the base URL of the scheduler of the pool one works with, e.g.
	// "http://127.0.0.1:8548" (`poco scheduler`): `poco task why`, `poco deal show` and the
	// explorer ask it why tasks wait. Empty when none is known.
	Scheduler string `json:"scheduler,omitempty"`
	// SMS is the base URL of the secret management service that keeps dataset keys,
	// app and requester secrets and result keys for confidential (TEE) tasks, e.g.
	// "http://127.0.0.1:8790" (`poco sms`; docs/confidential.md). Empty when none is known.
	SMS string `json:"sms,omitempty"`
	// Bridge, when the chain above is a sidechain bridged to a main chain, says where the
	// main chain and the bridge are (docs/bridge.md); `poco bridge` reads it. Nil when
	// there is no bridge.
	Bridge *Bridge `json:"bridge,omitempty"`
}

// Bridge is the "bridge" object of the configuration file: the two ends of the token
// bridge between a main chain (a BridgeVault locking its token) and the sidechain (a
// SideBridge minting the BridgedToken the protocol counts in), and the validators' relays.
//
//	"bridge": {"mainRpc": "http://127.0.0.1:8645", "mainChainId": 1886348144,
//	           "mainBridge": "0x…", "mainToken": "0x…", "mainBlock": 20,
//	           "sideRpc": "http://127.0.0.1:8545", "sideChainId": 1886348143,
//	           "sideBridge": "0x…", "sideToken": "0x…", "sideBlock": 3,
//	           "relays": ["http://127.0.0.1:8791", …], "threshold": 2}
type Bridge struct {
	// MainRPC is the main chain's JSON-RPC endpoint (http://, https://, ws:// or wss://).
	MainRPC string `json:"mainRpc"`
	// MainChainID is the main chain's id (0: unknown; then it is read from MainRPC).
	MainChainID uint64 `json:"mainChainId,omitempty"`
	// MainBridge is the BridgeVault on the main chain; MainToken the token it locks.
	MainBridge common.Address `json:"mainBridge"`
	MainToken  common.Address `json:"mainToken,omitempty"`
	// MainBlock is the block the vault was deployed in (validators start reading there).
	MainBlock uint64 `json:"mainBlock,omitempty"`
	// SideRPC is the sidechain's JSON-RPC endpoint; "" means the file's RPC.
	SideRPC string `json:"sideRpc,omitempty"`
	// SideChainID is the sidechain's id; 0 means the file's ChainID.
	SideChainID uint64 `json:"sideChainId,omitempty"`
	// SideBridge is the SideBridge on the sidechain; SideToken its BridgedToken (the
	// token the side hub counts in: the file's Contracts.Token).
	SideBridge common.Address `json:"sideBridge"`
	SideToken  common.Address `json:"sideToken,omitempty"`
	// SideBlock is the block the side bridge was deployed in.
	SideBlock uint64 `json:"sideBlock,omitempty"`
	// Relays are the validators' relay base URLs (http:// or https://), where the
	// signatures of each transfer can be asked for.
	Relays []string `json:"relays,omitempty"`
	// Threshold is how many validator signatures a transfer needs (0: unknown; the
	// contracts know it).
	Threshold uint64 `json:"threshold,omitempty"`
}

// Check reports what is wrong with the bridge section's fields that are set: an
// endpoint that is not a URL, both chains with one id, a relay that is not an http(s)
// URL or is listed twice, a threshold above the relays. Fields left out are fine here
// (flags or environment variables may give them); Complete also requires the main
// chain's endpoint and both bridge contracts. Load and Save refuse a file that fails
// Check.
func (b *Bridge) Check() error {
	if b == nil {
		return nil
	}
	if b.MainRPC != "" {
		if err := checkURL("bridge.mainRpc", b.MainRPC, true, "http://127.0.0.1:8645"); err != nil {
			return err
		}
	}
	if b.SideRPC != "" {
		if err := checkURL("bridge.sideRpc", b.SideRPC, true, "http://127.0.0.1:8545"); err != nil {
			return err
		}
	}
	if b.MainChainID != 0 && b.MainChainID == b.SideChainID {
		return fmt.Errorf("bridge.mainChainId and bridge.sideChainId are both %d: the main chain and the sidechain must have distinct chain ids", b.MainChainID)
	}
	seen := map[string]bool{}
	for i, r := range b.Relays {
		if err := checkURL(fmt.Sprintf("bridge.relays[%d]", i), r, false, "http://127.0.0.1:8791"); err != nil {
			return err
		}
		if seen[r] {
			return fmt.Errorf("bridge.relays: %s is listed twice", r)
		}
		seen[r] = true
	}
	if b.Threshold > 0 && len(b.Relays) > 0 && b.Threshold > uint64(len(b.Relays)) {
		return fmt.Errorf("bridge.threshold %d is above the %d relays listed", b.Threshold, len(b.Relays))
	}
	return nil
}

// Complete is Check, and also requires what a bridge cannot be used without: the main
// chain's endpoint and both bridge contracts (the sidechain's endpoint defaults to the
// file's rpc).
func (b *Bridge) Complete() error {
	if b == nil {
		return errors.New(`the configuration file has no "bridge" section`)
	}
	if err := b.Check(); err != nil {
		return err
	}
	if b.MainRPC == "" {
		return errors.New(`bridge.mainRpc is missing: want the main chain's JSON-RPC endpoint, like http://127.0.0.1:8645`)
	}
	if b.MainBridge == (common.Address{}) {
		return errors.New(`bridge.mainBridge is missing: give the address of the BridgeVault on the main chain`)
	}
	if b.SideBridge == (common.Address{}) {
		return errors.New(`bridge.sideBridge is missing: give the address of the SideBridge on the sidechain`)
	}
	if b.MainBridge == b.SideBridge && b.MainChainID != 0 && b.MainChainID == b.SideChainID {
		return errors.New("bridge.mainBridge and bridge.sideBridge are the same address on the same chain")
	}
	return nil
}

// checkURL: an http(s):// URL (or also ws(s):// when ws) with a host, no user, query or
// fragment.
func checkURL(name, v string, ws bool, example string) error {
	u, err := url.Parse(v)
	schemes := "http:// or https://"
	if ws {
		schemes = "http://, https://, ws:// or wss://"
	}
	okScheme := u != nil && (u.Scheme == "http" || u.Scheme == "https" || ws && (u.Scheme == "ws" || u.Scheme == "wss"))
	switch {
	case v == "":
		return fmt.Errorf("%s is missing: want a %s URL like %s", name, schemes, example)
	case err != nil:
		return fmt.Errorf("%s %q is not a valid URL (%v): want a %s URL like %s", name, v, err, schemes, example)
	case !okScheme:
		return fmt.Errorf("%s %q: want a %s URL like %s", name, v, schemes, example)
	case u.Host == "":
		return fmt.Errorf("%s %q has no host: want a %s URL like %s", name, v, schemes, example)
	case u.RawQuery != "" || u.Fragment != "" || u.User != nil:
		return fmt.Errorf("%s %q: give only the scheme, host, port and path, like %s", name, v, example)
	}
	return nil
}

// CheckSMS reports what is wrong with an SMS base URL: it must be an http:// or https://
// URL with a host and nothing after the path (no query, no fragment). The empty string
// (no SMS) is valid.
func CheckSMS(v string) error {
	if v == "" {
		return nil
	}
	const example = "http://127.0.0.1:8790"
	u, err := url.Parse(v)
	switch {
	case err != nil:
		return fmt.Errorf("sms %q is not a valid URL (%v): want an http:// or https:// URL like %s", v, err, example)
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Errorf("sms %q: want an http:// or https:// URL like %s", v, example)
	case u.Host == "":
		return fmt.Errorf("sms %q has no host: want an http:// or https:// URL like %s", v, example)
	case u.RawQuery != "" || u.Fragment != "" || u.User != nil:
		return fmt.Errorf("sms %q: give only the scheme, host, port and path, without user, query or fragment, like %s", v, example)
	}
	return nil
}

// HomeEnv names the environment variable that overrides Home.
const HomeEnv = "POCO_HOME"

// Home is where poco keeps its files: $POCO_HOME, or ~/.poco.
func Home() string {
	if h := os.Getenv(HomeEnv); h != "" {
		return h
	}
	dir, err := os.UserHomeDir()
	if err != nil {
		return ".poco"
	}
	return filepath.Join(dir, ".poco")
}

// DefaultPath is the configuration file every command reads unless told otherwise.
func DefaultPath() string { return filepath.Join(Home(), "config.json") }

// ErrNotFound is returned by Load when the file does not exist.
var ErrNotFound = errors.New("no configuration file")

// Load reads the configuration file at path.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s", ErrNotFound, path)
	}
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("configuration file %s is not valid JSON: %v", path, err)
	}
	if err := f.Bridge.Check(); err != nil {
		return nil, fmt.Errorf("configuration file %s: %w", path, err)
	}
	return &f, nil
}

// Save writes the configuration file at path atomically (readable by its owner only),
// creating its directory.
func Save(path string, f *File) error {
	if err := f.Bridge.Check(); err != nil {
		return err
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o600)
}
