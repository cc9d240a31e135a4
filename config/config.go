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
	return &f, nil
}

// Save writes the configuration file at path atomically (readable by its owner only),
// creating its directory.
func Save(path string, f *File) error {
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o600)
}
