package cli

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/config"
)

// configKey is one setting `poco config set` writes.
type configKey struct {
	name, help string
	// set validates v (the empty string clears the setting) and stores it in f.
	set func(f *config.File, v string) error
	get func(f *config.File) string
}

// configKeys are the settings `poco config set` knows, by name.
var configKeys = map[string]configKey{
	"rpc": {"rpc", "the chain's JSON-RPC endpoint: http(s)://, ws(s):// or an IPC socket path",
		func(f *config.File, v string) error {
			if err := checkEndpoint(v); err != nil {
				return err
			}
			f.RPC = v
			return nil
		}, func(f *config.File) string { return f.RPC }},
	"storage": {"storage", "where apps, datasets and results are stored: http(s)://HOST:PORT (a storage gateway), ipfs+http(s)://HOST:5001 (an IPFS node's RPC API) or a local folder",
		func(f *config.File, v string) error {
			v, err := checkStorage(v)
			if err != nil {
				return err
			}
			f.Storage = v
			return nil
		}, func(f *config.File) string { return f.Storage }},
	"market": {"market", "the market's URL, http(s)://HOST:PORT (`poco market`)",
		func(f *config.File, v string) error {
			if err := checkHTTPURL("market", v, "http://127.0.0.1:8780"); err != nil {
				return err
			}
			f.Market = v
			return nil
		}, func(f *config.File) string { return f.Market }},
	"scheduler": {"scheduler", "the pool scheduler's URL, http(s)://HOST:PORT (`poco scheduler`)",
		func(f *config.File, v string) error {
			if err := checkHTTPURL("scheduler", v, "http://127.0.0.1:8548"); err != nil {
				return err
			}
			f.Scheduler = v
			return nil
		}, func(f *config.File) string { return f.Scheduler }},
	"sms": {"sms", "the secret management service's URL, http(s)://HOST:PORT (`poco sms`; TEE tasks, docs/confidential.md)",
		func(f *config.File, v string) error {
			if err := config.CheckSMS(v); err != nil {
				return err
			}
			f.SMS = v
			return nil
		}, func(f *config.File) string { return f.SMS }},
	"account": {"account", "the default account (--from), an address with a key in the keystore",
		func(f *config.File, v string) error {
			if v == "" {
				f.Account = common.Address{}
				return nil
			}
			a, err := parseAddress("account", v) // refuses a wrong EIP-55 checksum
			if err != nil {
				return err
			}
			f.Account = a
			return nil
		}, func(f *config.File) string { return addrOrEmpty(f.Account) }},
	"keystore": {"keystore", "the directory of keystore files",
		func(f *config.File, v string) error {
			v, err := checkPath("keystore", v, true)
			if err != nil {
				return err
			}
			f.Keystore = v
			return nil
		}, func(f *config.File) string { return f.Keystore }},
	"passwordFile": {"passwordFile", "a file holding the default account's password (keep it private)",
		func(f *config.File, v string) error {
			v, err := checkPath("passwordFile", v, false)
			if err != nil {
				return err
			}
			f.PasswordFile = v
			return nil
		}, func(f *config.File) string { return f.PasswordFile }},
}

// knownConfigKeys lists configKeys' names, sorted.
func knownConfigKeys() []string {
	var names []string
	for n := range configKeys {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func addrOrEmpty(a common.Address) string {
	if a == (common.Address{}) {
		return ""
	}
	return a.Hex()
}

// checkEndpoint validates a JSON-RPC endpoint.
func checkEndpoint(v string) error {
	if v == "" {
		return errors.New("rpc cannot be empty: give the chain's JSON-RPC endpoint, like http://127.0.0.1:8545")
	}
	if !strings.Contains(v, "://") {
		if strings.HasSuffix(v, ".ipc") || filepath.IsAbs(v) {
			return nil // an IPC socket path
		}
		return fmt.Errorf("rpc %q is not a URL like http://127.0.0.1:8545 (http, https, ws, wss) nor an absolute IPC socket path", v)
	}
	u, err := url.Parse(v)
	if err != nil {
		return fmt.Errorf("rpc %q is not a valid URL: %v", v, err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("rpc %q: scheme %q is not http, https, ws or wss", v, u.Scheme)
	}
	if u.Host == "" {
		return fmt.Errorf("rpc %q has no host: want like %s://127.0.0.1:8545", v, u.Scheme)
	}
	return nil
}

// checkHTTPURL validates an http(s) base URL ("" clears it).
func checkHTTPURL(what, v, example string) error {
	if v == "" {
		return nil
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%s %q is not an http:// or https:// URL with a host, like %s", what, v, example)
	}
	return nil
}

// checkStorage validates a storage location ("" clears it) and makes a folder absolute.
func checkStorage(v string) (string, error) {
	const forms = "http(s)://HOST:PORT (a storage gateway), ipfs+http(s)://HOST:5001 (an IPFS node's RPC API) or a local folder"
	if v == "" {
		return "", nil
	}
	if !strings.Contains(v, "://") {
		return checkPath("storage", v, true)
	}
	u, err := url.Parse(v)
	if err != nil {
		return "", fmt.Errorf("storage %q is not a valid URL (%v): want %s", v, err, forms)
	}
	switch u.Scheme {
	case "http", "https", "ipfs+http", "ipfs+https":
		if u.Host == "" {
			return "", fmt.Errorf("storage %q has no host: want %s", v, forms)
		}
		return v, nil
	case "file":
		if u.Path == "" || (u.Host != "" && u.Host != "localhost") {
			return "", fmt.Errorf("storage %q: a file URL names a local folder: write file:///absolute/path or just the path", v)
		}
		return v, nil
	default:
		return "", fmt.Errorf("storage %q: scheme %q is not understood: want %s", v, u.Scheme, forms)
	}
}

// checkPath makes a path absolute ("" clears it) and checks that what is there, if
// anything, is a directory (dir) or a regular file.
func checkPath(what, v string, dir bool) (string, error) {
	if v == "" {
		return "", nil
	}
	abs, err := filepath.Abs(v)
	if err != nil {
		return "", fmt.Errorf("%s %q: %w", what, v, err)
	}
	fi, err := os.Stat(abs)
	switch {
	case err != nil && !os.IsNotExist(err):
		return "", fmt.Errorf("%s %s: %w", what, abs, err)
	case err == nil && dir && !fi.IsDir():
		return "", fmt.Errorf("%s %s is a file, not a directory", what, abs)
	case err == nil && !dir && fi.IsDir():
		return "", fmt.Errorf("%s %s is a directory, not a file", what, abs)
	case err != nil && !dir:
		return "", fmt.Errorf("%s %s does not exist: write the file first", what, abs)
	}
	return abs, nil
}

// configView is what `poco config show` prints: each setting in effect and where it
// comes from ("flag", "env", "file" or "" when unset).
type configView struct {
	File      string            `json:"file"`
	Exists    bool              `json:"exists"`
	Settings  map[string]string `json:"settings"`
	From      map[string]string `json:"from"`
	ChainID   uint64            `json:"chainId"`
	Contracts *contractsView    `json:"contracts,omitempty"`
}

// contractsView is a deployment as printed with --json: addresses checksummed (EIP-55).
type contractsView struct {
	Token              string `json:"token"`
	AppRegistry        string `json:"appRegistry"`
	DatasetRegistry    string `json:"datasetRegistry"`
	WorkerpoolRegistry string `json:"workerpoolRegistry"`
	Tasks              string `json:"tasks"`
	Hub                string `json:"hub"`
	Block              uint64 `json:"block"`
}

func newContractsView(d chain.Deployment) contractsView {
	return contractsView{d.Token.Hex(), d.AppRegistry.Hex(), d.DatasetRegistry.Hex(), d.WorkerpoolRegistry.Hex(), d.Tasks.Hex(), d.Hub.Hex(), d.Block}
}

func newConfigCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or change the configuration file",
		Long: `The configuration file (--config, else POCO_CONFIG, else $POCO_HOME/config.json) says
where the chain is and where the protocol is deployed (` + "`poco deploy`" + ` or ` + "`poco devnet`" + ` write
it), and where storage, the market, the pool's scheduler and the secret management
service (SMS) are.`,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print the configuration in effect: each setting and where it comes from",
		Long: `Prints the configuration in effect: each setting from its flag, else its environment
variable, else the configuration file, with where it came from; and the chain id and
contracts of the file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			return s.output(cmd, configShow(g, s), func(w io.Writer) { printConfig(w, configShow(g, s)) })
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "set KEY VALUE",
		Short: "Change one setting of the configuration file (an empty VALUE clears it)",
		Long: "Changes one setting of the configuration file, creating the file if there is none. Keys:\n\n" +
			configKeysHelp() + "\nAn empty VALUE (\"\") clears the setting. The contracts and the chain id are written by\n`poco deploy` (or `poco devnet`), not set by hand.",
		Example: `  poco config set storage http://gateway.example.org:8547
  poco config set market http://127.0.0.1:8780
  poco config set sms http://127.0.0.1:8790
  poco config set account 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			key, ok := configKeys[args[0]]
			if !ok {
				return fmt.Errorf("unknown configuration key %q: known keys are %s", args[0], strings.Join(knownConfigKeys(), ", "))
			}
			f := s.Config
			if f == nil {
				f = &config.File{}
			}
			if err := key.set(f, args[1]); err != nil {
				return err
			}
			if err := config.Save(s.ConfigPath, f); err != nil {
				return fmt.Errorf("writing the configuration file: %w", err)
			}
			view := map[string]string{"file": s.ConfigPath, "key": key.name, "value": key.get(f)}
			return s.output(cmd, view, func(w io.Writer) {
				if v := key.get(f); v == "" {
					fmt.Fprintf(w, "%s cleared in %s\n", key.name, s.ConfigPath)
				} else {
					fmt.Fprintf(w, "%s = %s in %s\n", key.name, v, s.ConfigPath)
				}
			})
		},
	})
	return cmd
}

func configKeysHelp() string {
	var b strings.Builder
	for _, n := range knownConfigKeys() {
		fmt.Fprintf(&b, "  %-13s %s\n", n, configKeys[n].help)
	}
	return b.String()
}

// configShow resolves the configuration in effect.
func configShow(g *globals, s *Settings) configView {
	f := s.Config
	v := configView{File: s.ConfigPath, Exists: f != nil, Settings: map[string]string{}, From: map[string]string{}}
	if f == nil {
		f = &config.File{}
	}
	put := func(key, flag, env, file, effective string) {
		v.Settings[key] = effective
		switch {
		case effective == "":
			v.From[key] = ""
		case flag != "":
			v.From[key] = "flag"
		case env != "":
			v.From[key] = "env"
		default:
			v.From[key] = "file"
		}
	}
	put("rpc", g.rpc, os.Getenv(EnvRPC), f.RPC, s.RPC)
	put("hub", g.hub, os.Getenv(EnvHub), addrOrEmpty(f.Contracts.Hub), addrOrEmpty(s.Hub))
	put("keystore", g.keystore, os.Getenv(EnvKeystore), f.Keystore, s.Keystore)
	put("account", g.from, os.Getenv(EnvAccount), addrOrEmpty(f.Account), addrOrEmpty(s.Account))
	put("passwordFile", g.passwordFile, os.Getenv(EnvPasswordFile), f.PasswordFile, s.PasswordFile)
	put("storage", "", os.Getenv(EnvStorage), f.Storage, pick(os.Getenv(EnvStorage), f.Storage))
	put("market", "", os.Getenv(EnvMarket), f.Market, pick(os.Getenv(EnvMarket), f.Market))
	put("scheduler", "", os.Getenv(EnvScheduler), f.Scheduler, pick(os.Getenv(EnvScheduler), f.Scheduler))
	put("sms", "", os.Getenv(EnvSMS), f.SMS, pick(os.Getenv(EnvSMS), f.SMS))
	v.ChainID = f.ChainID
	if c := f.Contracts; c.Hub != (common.Address{}) {
		cv := newContractsView(c)
		v.Contracts = &cv
	}
	return v
}

func printConfig(w io.Writer, v configView) {
	state := ""
	if !v.Exists {
		state = " (does not exist)"
	}
	fmt.Fprintf(w, "Configuration file %s%s\n", v.File, state)
	t := newTable(w)
	fmt.Fprintln(t, "SETTING\tVALUE\tFROM")
	keys := make([]string, 0, len(v.Settings))
	for k := range v.Settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		val, from := v.Settings[k], v.From[k]
		if val == "" {
			val, from = "-", "unset"
		}
		fmt.Fprintf(t, "%s\t%s\t%s\n", k, val, from)
	}
	if v.ChainID != 0 {
		fmt.Fprintf(t, "chainId\t%d\tfile\n", v.ChainID)
	}
	if c := v.Contracts; c != nil {
		for _, r := range [][2]string{{"token", c.Token}, {"appRegistry", c.AppRegistry}, {"datasetRegistry", c.DatasetRegistry},
			{"workerpoolRegistry", c.WorkerpoolRegistry}, {"tasks", c.Tasks}} {
			fmt.Fprintf(t, "contracts.%s\t%s\tfile\n", r[0], r[1])
		}
		fmt.Fprintf(t, "contracts.block\t%d\tfile\n", c.Block)
	}
	t.Flush()
}
