package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/protocol"
)

// Environment variables read when a flag is not given; the configuration file comes last.
const (
	EnvConfig       = "POCO_CONFIG"
	EnvRPC          = "POCO_RPC"
	EnvHub          = "POCO_HUB"
	EnvKeystore     = "POCO_KEYSTORE"
	EnvAccount      = "POCO_ACCOUNT"
	EnvPasswordFile = "POCO_PASSWORD_FILE"
)

// globals are the flags every command accepts.
type globals struct {
	configPath   string
	rpc          string
	hub          string
	keystore     string
	from         string
	passwordFile string
	json         bool
}

func (g *globals) register(fs *pflag.FlagSet) {
	fs.StringVar(&g.configPath, "config", "", "configuration file (env "+EnvConfig+", default $POCO_HOME/config.json or ~/.poco/config.json)")
	fs.StringVar(&g.rpc, "rpc", "", "chain JSON-RPC endpoint (env "+EnvRPC+")")
	fs.StringVar(&g.hub, "hub", "", "address of the Poco hub contract (env "+EnvHub+")")
	fs.StringVar(&g.keystore, "keystore", "", "directory of keystore files (env "+EnvKeystore+")")
	fs.StringVar(&g.from, "from", "", "account to act as, an address with a key in the keystore (env "+EnvAccount+")")
	fs.StringVar(&g.passwordFile, "password-file", "", "file holding the account's password (env "+EnvPasswordFile+"; else POCO_PASSWORD, else a prompt)")
	fs.BoolVar(&g.json, "json", false, "print machine-readable JSON")
}

// Settings are the resolved global options: each from its flag, else its environment
// variable, else the configuration file.
type Settings struct {
	ConfigPath   string
	Config       *config.File // nil when there is no configuration file
	RPC          string
	Hub          common.Address
	ChainID      uint64 // from the configuration file; 0 when unknown
	Keystore     string
	Account      common.Address
	PasswordFile string
	JSON         bool
	// userKeystore and userPasswordFile are Keystore and PasswordFile as the flags and
	// environment give them, without the configuration file's: a devnet writes its dev
	// keystore and the dev keys' password there, and a user's own keys never go under them.
	userKeystore, userPasswordFile string
}

// settings resolves the global options. A missing configuration file is not an error
// (flags may say everything); an unreadable or invalid one is.
func (g *globals) settings() (*Settings, error) {
	s := &Settings{JSON: g.json}
	s.ConfigPath = pick(g.configPath, os.Getenv(EnvConfig), config.DefaultPath())
	cfg, err := config.Load(s.ConfigPath)
	switch {
	case errors.Is(err, config.ErrNotFound):
		cfg = &config.File{}
	case err != nil:
		return nil, err
	default:
		s.Config = cfg
	}
	s.RPC = pick(g.rpc, os.Getenv(EnvRPC), cfg.RPC)
	s.userKeystore = pick(g.keystore, os.Getenv(EnvKeystore))
	s.userPasswordFile = pick(g.passwordFile, os.Getenv(EnvPasswordFile))
	s.Keystore = pick(s.userKeystore, cfg.Keystore)
	s.PasswordFile = pick(s.userPasswordFile, cfg.PasswordFile)
	s.ChainID = cfg.ChainID
	if s.Hub, err = pickAddress("hub", g.hub, os.Getenv(EnvHub), cfg.Contracts.Hub); err != nil {
		return nil, err
	}
	if s.Account, err = pickAddress("account (--from)", g.from, os.Getenv(EnvAccount), cfg.Account); err != nil {
		return nil, err
	}
	return s, nil
}

// RequireChain fails with a helpful message unless an endpoint and a hub are known.
func (s *Settings) RequireChain() error {
	if s.RPC == "" || s.Hub == (common.Address{}) {
		return fmt.Errorf("no chain configured: start one with `poco devnet`, or pass --rpc and --hub (or set %s and %s, or write %s)",
			EnvRPC, EnvHub, s.ConfigPath)
	}
	return nil
}

func pick(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

func pickAddress(what, flag, env string, file common.Address) (common.Address, error) {
	v := pick(flag, env)
	if v == "" {
		return file, nil
	}
	return parseAddress(what, v)
}

// parseAddress parses a 0x-prefixed 20-byte hex address, saying what was wrong if it isn't
// one; a mixed-case address must have a right EIP-55 checksum (protocol.ParseAddress).
func parseAddress(what, v string) (common.Address, error) {
	a, err := protocol.ParseAddress(v)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s %w", what, err)
	}
	return a, nil
}

// output prints v as indented JSON when --json is set, else calls table to print it for
// people.
func (s *Settings) output(cmd *cobra.Command, v any, table func(w io.Writer)) error {
	w := cmd.OutOrStdout()
	if s.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	table(w)
	return nil
}
