package cli

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"path/filepath"

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
	password, err := wallet.ReadPassword(wallet.PasswordOptions{
		File: s.PasswordFile, Prompt: "Password for " + s.Account.Hex() + ": ", Terminal: walletTerminal,
	})
	if err != nil {
		return nil, err
	}
	return wallet.Unlock(s.keystoreDir(), s.Account, password)
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
