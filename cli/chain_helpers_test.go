package cli

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/pocolabs/poco/devnet"
)

// chainTestEnv starts a devnet (real go-ethereum dev node, random loopback ports) whose
// configuration file every command then reads, as a user's would after `poco devnet`.
// Commands act as dev account #0 by default (its password file is configured); pass
// --from to act as another. Keys use light scrypt and no terminal is available.
func chainTestEnv(t *testing.T) *devnet.Devnet {
	t.Helper()
	walletTestEnv(t) // isolated POCO_HOME, no terminal, light scrypt
	home := t.TempDir()
	cfg := filepath.Join(home, "config.json")
	t.Setenv(EnvConfig, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{DataDir: filepath.Join(home, "devnet"), Accounts: 4, ConfigPath: cfg})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}
