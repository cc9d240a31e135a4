package cli

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/wallet"
)

// Hooks for tests: options for the keys written (light scrypt) and a stand-in terminal.
var (
	walletOptions  []wallet.Option
	walletTerminal func(prompt string) (string, error)
)

const walletPasswordHelp = `The password comes from, in order: --password-file (or POCO_PASSWORD_FILE, or
passwordFile in the configuration file), whose first line is the password; the
POCO_PASSWORD environment variable; a prompt on the terminal.`

const walletNewPasswordHelp = walletPasswordHelp + `
An empty password is refused; a password typed at the prompt is asked twice.`

func newWalletCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "Create, import and list the keys of your accounts",
		Long: `Keeps the keys of your accounts in Ethereum keystore v3 files (the format geth
writes and MetaMask imports), each encrypted with a password, in your keystore
directory: --keystore, else POCO_KEYSTORE, else $POCO_HOME/keystore (~/.poco/keystore).
New keys always go there, never into the keystore a devnet names in the configuration
file (its dev keys, under the devnet's password); keys are looked for in that one first,
then in yours.

` + walletPasswordHelp + `

A private key is never printed unless asked for with ` + "`poco wallet show --private-key`" + `.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newWalletCreateCommand(g), newWalletImportCommand(g), newWalletListCommand(g), newWalletShowCommand(g))
	return cmd
}

// walletSettings resolves the global options and the keystore new keys go to.
func walletSettings(g *globals) (*Settings, string, error) {
	s, err := g.settings()
	if err != nil {
		return nil, "", err
	}
	return s, s.newKeysDir(), nil
}

// walletAccountJSON is an account as printed with --json: the address checksummed (EIP-55).
type walletAccountJSON struct {
	Address        string `json:"address"`
	Path           string `json:"path"`
	DerivationPath string `json:"derivationPath,omitempty"`
	PrivateKey     string `json:"privateKey,omitempty"`
}

func printWalletAccount(cmd *cobra.Command, s *Settings, v walletAccountJSON) error {
	return s.output(cmd, v, func(w io.Writer) {
		fmt.Fprintf(w, "Address:         %s\n", v.Address)
		fmt.Fprintf(w, "File:            %s\n", v.Path)
		if v.DerivationPath != "" {
			fmt.Fprintf(w, "Derivation path: %s\n", v.DerivationPath)
		}
		if v.PrivateKey != "" {
			fmt.Fprintf(w, "Private key:     %s\n", v.PrivateKey)
		}
	})
}

func newWalletCreateCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "create",
		Short: "Create a new key, encrypted with a password, in the keystore",
		Long: `Creates a new key from the system's randomness and writes it, encrypted with a
password, in a keystore v3 file of your keystore directory (--keystore, POCO_KEYSTORE or
$POCO_HOME/keystore; never a devnet's). The password comes from --password-file (or
POCO_PASSWORD_FILE), POCO_PASSWORD or a prompt — never from the devnet's password file. It prints the account's
address and the file (with --json: {"address", "path"}).

` + walletNewPasswordHelp,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, dir, err := walletSettings(g)
			if err != nil {
				return err
			}
			password, err := wallet.ReadPassword(wallet.PasswordOptions{
				File: s.userPasswordFile, Prompt: "Password for the new key: ", New: true, Terminal: walletTerminal,
			})
			if err != nil {
				return err
			}
			acct, err := wallet.Create(dir, password, walletOptions...)
			if err != nil {
				return err
			}
			return printWalletAccount(cmd, s, walletAccountJSON{Address: acct.Address.Hex(), Path: acct.Path})
		},
	}
}

func newWalletImportCommand(g *globals) *cobra.Command {
	var keyFile, mnemonicFile, passphraseFile, keystoreFile string
	var index uint32
	cmd := &cobra.Command{
		Use:   "import (--private-key-file FILE | --mnemonic-file FILE [--index N] [--passphrase-file FILE] | --keystore-file FILE)",
		Short: "Import a private key, a BIP-39 mnemonic or a keystore file into the keystore",
		Long: `Imports a key into the keystore directory, encrypted with a password:

  --private-key-file FILE   a private key, 64 hex digits (0x optional)
  --mnemonic-file FILE      a BIP-39 mnemonic (English words); the key imported is the
                            one at m/44'/60'/0'/0/N, N given by --index (default 0), the
                            path MetaMask, Ledger and geth use; --passphrase-file gives
                            the mnemonic's optional passphrase (its first line)
  --keystore-file FILE      an Ethereum keystore v3 file (geth, MetaMask, ethers, viem,
                            Foundry): it is copied as it is, keeping its encryption and
                            so its password, which is asked only to check that it
                            decrypts the file. ` + "`--keystore FILE`" + `, naming a file rather than a
                            directory, is taken as --keystore-file FILE (the keys then go
                            to POCO_KEYSTORE or $POCO_HOME/keystore)

FILE "-" reads standard input, e.g. ` + "`pbpaste | poco wallet import --mnemonic-file -`" + `.
A key or a mnemonic is never taken as the value of a flag or an argument: it would be
left in your shell history and be seen by other users in the process list.

A key whose address is already in the keystore is not imported again. It prints the
account's address and the file (with --json: {"address", "path", "derivationPath"}).

` + walletNewPasswordHelp,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				// Never quote the arguments: they may be the very key or mnemonic.
				return errors.New("wallet import takes no arguments: put the private key or the mnemonic in a file " +
					"given by --private-key-file or --mnemonic-file (\"-\" reads standard input), never on the command line")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if g.keystore != "" {
				// --keystore FILE: the file to import, not the keystore directory.
				if fi, err := os.Stat(g.keystore); err == nil && fi.Mode().IsRegular() {
					if keystoreFile != "" {
						return fmt.Errorf("--keystore %s is a file, and --keystore-file %s another: give the keystore file to import once", g.keystore, keystoreFile)
					}
					keystoreFile, g.keystore = g.keystore, ""
				}
			}
			given := 0
			for _, f := range []string{keyFile, mnemonicFile, keystoreFile} {
				if f != "" {
					given++
				}
			}
			switch {
			case given == 0:
				return errors.New("nothing to import: give --private-key-file FILE, --mnemonic-file FILE (\"-\" reads standard input) or --keystore-file FILE")
			case given > 1:
				return errors.New("give one of --private-key-file, --mnemonic-file and --keystore-file, not several")
			case mnemonicFile == "" && (cmd.Flags().Changed("index") || passphraseFile != ""):
				return errors.New("--index and --passphrase-file apply to --mnemonic-file only")
			case mnemonicFile == "-" && passphraseFile == "-":
				return errors.New("the mnemonic and its passphrase cannot both be read from standard input")
			}
			s, dir, err := walletSettings(g)
			if err != nil {
				return err
			}
			if keystoreFile != "" {
				return importKeystoreFile(cmd, s, dir, keystoreFile)
			}

			// Read and check what is imported before asking for a password.
			result := walletAccountJSON{}
			var key *ecdsa.PrivateKey
			if keyFile != "" {
				text, err := wallet.ReadSecretFile(keyFile, cmd.InOrStdin())
				if err != nil {
					return fmt.Errorf("reading the private key: %w", err)
				}
				if key, err = wallet.ParsePrivateKey(text); err != nil {
					return err
				}
			} else {
				mnemonic, err := wallet.ReadSecretFile(mnemonicFile, cmd.InOrStdin())
				if err != nil {
					return fmt.Errorf("reading the mnemonic: %w", err)
				}
				passphrase := ""
				if passphraseFile != "" {
					text, err := wallet.ReadSecretFile(passphraseFile, cmd.InOrStdin())
					if err != nil {
						return fmt.Errorf("reading the passphrase: %w", err)
					}
					passphrase = wallet.FirstLine(text)
				}
				if key, err = wallet.DeriveKey(mnemonic, passphrase, index); err != nil {
					return err
				}
				result.DerivationPath = wallet.DerivationPath(index)
			}
			addr := crypto.PubkeyToAddress(key.PublicKey)
			if existing, _, err := s.findKey(addr); err == nil {
				return fmt.Errorf("%s is already in the keystore (%s): not importing it again", addr.Hex(), existing.Path)
			}

			password, err := wallet.ReadPassword(wallet.PasswordOptions{
				File: s.userPasswordFile, Prompt: "Password to encrypt " + addr.Hex() + ": ", New: true, Terminal: walletTerminal,
			})
			if err != nil {
				return err
			}
			acct, err := wallet.ImportKey(dir, key, password, walletOptions...)
			if err != nil {
				return err
			}
			result.Address, result.Path = acct.Address.Hex(), acct.Path
			return printWalletAccount(cmd, s, result)
		},
	}
	f := cmd.Flags()
	f.StringVar(&keyFile, "private-key-file", "", `file holding the private key to import ("-": standard input)`)
	f.StringVar(&mnemonicFile, "mnemonic-file", "", `file holding the BIP-39 mnemonic to import ("-": standard input)`)
	f.Uint32Var(&index, "index", 0, "with --mnemonic-file: the account index N of m/44'/60'/0'/0/N")
	f.StringVar(&passphraseFile, "passphrase-file", "", "with --mnemonic-file: file whose first line is the mnemonic's passphrase")
	f.StringVar(&keystoreFile, "keystore-file", "", `keystore v3 file to import as it is ("-": standard input)`)
	return cmd
}

// importKeystoreFile copies the keystore v3 file path into dir once its password (from
// --password-file, POCO_PASSWORD or a prompt) decrypts it, refusing an address already
// in one of the keystores.
func importKeystoreFile(cmd *cobra.Command, s *Settings, dir, path string) error {
	data, err := wallet.ReadSecretFile(path, cmd.InOrStdin())
	if err != nil {
		return fmt.Errorf("reading the keystore file: %w", err)
	}
	name := path
	if path == "-" {
		name = "standard input"
	}
	said, err := wallet.KeystoreAddress([]byte(data))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if said != (common.Address{}) {
		if existing, _, err := s.findKey(said); err == nil {
			return fmt.Errorf("%s is already in the keystore (%s): not importing it again", said.Hex(), existing.Path)
		}
	}
	what := name
	if said != (common.Address{}) {
		what = said.Hex()
	}
	password, err := wallet.ReadPassword(wallet.PasswordOptions{
		File: s.userPasswordFile, Prompt: "Password of the keystore file of " + what + ": ", Terminal: walletTerminal,
	})
	if err != nil {
		return err
	}
	acct, err := wallet.ImportKeystore(dir, []byte(data), password)
	if errors.Is(err, wallet.ErrWrongPassword) {
		return fmt.Errorf("%s: wrong password: it does not decrypt the file (give the password the file was written with, by --password-file, POCO_PASSWORD or the prompt)", name)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return printWalletAccount(cmd, s, walletAccountJSON{Address: acct.Address.Hex(), Path: acct.Path})
}

func newWalletListCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the accounts of the keystore",
		Long: `Lists the accounts whose keys are in the keystore directories — the configuration
file's (a devnet's dev keys), then yours — their addresses and files (with --json: an
array of {"address", "path"}). Files that are not keystore files are ignored.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			var accounts []wallet.Account
			for _, dir := range s.keystoreDirs() {
				as, err := wallet.List(dir)
				if err != nil {
					return err
				}
				accounts = append(accounts, as...)
			}
			if len(accounts) == 0 && !s.JSON {
				fmt.Fprintf(cmd.ErrOrStderr(), "no keys in %s: create one with `poco wallet create` or import one with `poco wallet import`\n",
					strings.Join(s.keystoreDirs(), " nor in "))
				return nil
			}
			rows := make([]walletAccountJSON, len(accounts))
			for i, a := range accounts {
				rows[i] = walletAccountJSON{Address: a.Address.Hex(), Path: a.Path}
			}
			return s.output(cmd, rows, func(w io.Writer) {
				fmt.Fprintf(w, "%-42s  %s\n", "ADDRESS", "FILE")
				for _, r := range rows {
					fmt.Fprintf(w, "%-42s  %s\n", r.Address, r.Path)
				}
			})
		},
	}
}

func newWalletShowCommand(g *globals) *cobra.Command {
	var showKey bool
	cmd := &cobra.Command{
		Use:   "show [ADDRESS]",
		Short: "Show an account's key file; its private key only with --private-key",
		Long: `Shows the address and the keystore file of an account: ADDRESS, else --from (or
POCO_ACCOUNT, or account in the configuration file). With --json: {"address", "path"}.

--private-key also prints the account's private key in hexadecimal, after decrypting
it with its password (and "privateKey" with --json): anyone who sees it controls the
account, so print it only to move it to another wallet, somewhere nobody can read.

` + walletPasswordHelp,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			addr := s.Account
			if len(args) == 1 {
				if addr, err = parseAddress("account", args[0]); err != nil {
					return err
				}
			}
			if addr == (common.Address{}) {
				return fmt.Errorf("which account? give its ADDRESS, or --from (or set %s); `poco wallet list` lists them", EnvAccount)
			}
			acct, passwordFile, err := s.findKey(addr)
			if err != nil {
				return err
			}
			result := walletAccountJSON{Address: acct.Address.Hex(), Path: acct.Path}
			if showKey {
				password, err := wallet.ReadPassword(wallet.PasswordOptions{
					File: passwordFile, Prompt: "Password for " + addr.Hex() + ": ", Terminal: walletTerminal,
				})
				if err != nil {
					return err
				}
				key, err := wallet.Unlock(filepath.Dir(acct.Path), addr, password)
				if err != nil {
					return err
				}
				result.PrivateKey = hexutil.Encode(crypto.FromECDSA(key))
				fmt.Fprintln(cmd.ErrOrStderr(), "WARNING: this is the private key of "+addr.Hex()+
					" in clear: anyone who sees it controls the account and its funds. Do not share it, paste it or store it unencrypted.")
			}
			return printWalletAccount(cmd, s, result)
		},
	}
	cmd.Flags().BoolVar(&showKey, "private-key", false, "also print the private key (after asking for the password)")
	return cmd
}
