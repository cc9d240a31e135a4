package cli

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/wallet"
)

// keystoreDir is the keystore directory: the resolved setting, else $POCO_HOME/keystore.
func (s *Settings) keystoreDir() string {
	if s.Keystore != "" {
		return s.Keystore
	}
	return filepath.Join(config.Home(), "keystore")
}

// newKeysDir is where `poco wallet create` and `import` write: --keystore (or
// POCO_KEYSTORE), else $POCO_HOME/keystore — never the configuration file's keystore,
// which on a devnet holds its dev keys.
func (s *Settings) newKeysDir() string {
	if s.userKeystore != "" {
		return s.userKeystore
	}
	return filepath.Join(config.Home(), "keystore")
}

// keystoreDirs are where keys are looked for, in order: keystoreDir (the flags', the
// environment's or the configuration file's), then newKeysDir when it differs.
func (s *Settings) keystoreDirs() []string {
	dirs := []string{s.keystoreDir()}
	if d := s.newKeysDir(); filepath.Clean(d) != filepath.Clean(dirs[0]) {
		dirs = append(dirs, d)
	}
	return dirs
}

// findKey finds addr's keystore file in keystoreDirs, with the password file that goes
// with it: the configuration file's is used only for keys in the configuration file's
// keystore (a devnet's password never unlocks a user's own key).
func (s *Settings) findKey(addr common.Address) (acct wallet.Account, passwordFile string, err error) {
	for i, dir := range s.keystoreDirs() {
		acct, err = wallet.Find(dir, addr)
		if err == nil {
			if i == 0 {
				return acct, s.PasswordFile, nil
			}
			return acct, s.userPasswordFile, nil
		}
		if !errors.Is(err, wallet.ErrNoKey) {
			return wallet.Account{}, "", err
		}
	}
	return wallet.Account{}, "", fmt.Errorf("no key for %s in %s: create one with `poco wallet create` or import one",
		addr.Hex(), strings.Join(s.keystoreDirs(), " nor in "))
}

// client connects to the configured chain and hub. With sign, it unlocks the account's
// key (the --from account, its password from --password-file, POCO_PASSWORD or a prompt)
// so the client can send transactions.
func (s *Settings) client(ctx context.Context, sign bool) (*sdk.Client, error) {
	if err := s.RequireChain(); err != nil {
		return nil, err
	}
	var opts []sdk.Option
	if s.Config != nil && s.Config.Contracts.Hub == s.Hub && s.Config.Contracts.Block != 0 {
		opts = append(opts, sdk.WithStartBlock(s.Config.Contracts.Block)) // nothing to find before
	}
	if sign {
		key, err := s.unlock()
		if err != nil {
			return nil, err
		}
		opts = append(opts, sdk.WithKey(key))
	}
	return sdk.Dial(ctx, s.RPC, s.Hub, opts...)
}

// unlock decrypts the account's key from the keystore.
func (s *Settings) unlock() (*ecdsa.PrivateKey, error) {
	if s.Account == (common.Address{}) {
		return nil, fmt.Errorf("no account to act as: pass --from ADDRESS (or set %s); `poco wallet list` shows the keys you have", EnvAccount)
	}
	acct, passwordFile, err := s.findKey(s.Account)
	if err != nil {
		return nil, err
	}
	password, err := wallet.ReadPassword(wallet.PasswordOptions{
		File: passwordFile, Prompt: "Password for " + s.Account.Hex() + ": ", Terminal: walletTerminal,
	})
	if err != nil {
		return nil, err
	}
	return wallet.Unlock(filepath.Dir(acct.Path), s.Account, password)
}

// address returns the account whose data a read-only command shows: the argument if one
// is given, else the --from account.
func (s *Settings) address(args []string) (common.Address, error) {
	if len(args) > 0 {
		return parseAddress("address", args[0])
	}
	if s.Account == (common.Address{}) {
		return common.Address{}, fmt.Errorf("which account? give an address, or pass --from ADDRESS (or set %s)", EnvAccount)
	}
	return s.Account, nil
}
