package devnet

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/atomicfile"
)

// The data directory's layout.
const (
	stateFileName    = "devnet.json"
	genesisFileName  = "genesis.json"
	keystoreDirName  = "keystore" // also the node's default keystore directory
	passwordFileName = "password"
	nodeDirName      = "geth" // the node's instance directory (chaindata, LOCK, nodekey)
	// markerFileName exists while a first start is in progress: a directory holding it
	// and no devnet.json is an interrupted first start, which the next Start redoes.
	markerFileName = ".devnet-init"
)

const stateVersion = 1

// state is devnet.json: what a later start needs besides the chain database.
type state struct {
	Version     int              `json:"version"`
	ChainID     uint64           `json:"chainId"`
	GenesisHash common.Hash      `json:"genesisHash"`
	Deployment  chain.Deployment `json:"deployment"`
	Accounts    []common.Address `json:"accounts"`
	CreatedAt   time.Time        `json:"createdAt"`
	// ZeroFee: a gas-free chain (Config.ZeroFee).
	ZeroFee bool `json:"zeroFee,omitempty"`
	// ExternalToken: the protocol counts in a token Config.Token deployed; the dev
	// accounts got none from the devnet.
	ExternalToken bool `json:"externalToken,omitempty"`
}

type dirKind int

const (
	dirFresh      dirKind = iota // new or empty: create a devnet
	dirIncomplete                // an interrupted first start: wipe it and create a devnet
	dirDevnet                    // a devnet: resume it
)

// inspect tells what the data directory holds, creating it if needed. It refuses a
// non-empty directory that is not a devnet's, so that a wrong --datadir never mixes
// with, or wipes, someone else's files.
func inspect(dir string) (dirKind, error) {
	fi, err := os.Stat(dir)
	switch {
	case err != nil:
		// Not there (or not reachable): creating it says best what is wrong.
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return 0, fmt.Errorf("devnet: cannot create the data directory: %w", err)
		}
		return dirFresh, nil
	case !fi.IsDir():
		return 0, fmt.Errorf("devnet: data directory %s is not a directory", dir)
	}
	if fileExists(filepath.Join(dir, stateFileName)) {
		return dirDevnet, nil
	}
	if fileExists(filepath.Join(dir, markerFileName)) {
		return dirIncomplete, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, fmt.Errorf("devnet: data directory: %w", err)
	}
	if len(entries) > 0 {
		return 0, fmt.Errorf("devnet: data directory %s is not empty and holds no devnet (no %s); choose a new or empty directory",
			dir, stateFileName)
	}
	return dirFresh, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func writeMarker(dir string) error {
	return atomicfile.Write(filepath.Join(dir, markerFileName),
		[]byte("poco devnet: first start in progress; if it was interrupted, the next start redoes it\n"), 0o600)
}

func removeMarker(dir string) error {
	err := os.Remove(filepath.Join(dir, markerFileName))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// wipeIncomplete removes what an interrupted first start left (the node holds its lock).
func wipeIncomplete(dir string) error {
	var paths []string
	for _, name := range []string{genesisFileName, passwordFileName} {
		paths = append(paths, filepath.Join(dir, name))
	}
	for _, sub := range []string{keystoreDirName, nodeDirName} {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("devnet: %w", err)
		}
		for _, e := range entries {
			if sub == nodeDirName && (e.Name() == "LOCK" || e.Name() == "nodekey") {
				continue
			}
			paths = append(paths, filepath.Join(dir, sub, e.Name()))
		}
	}
	for _, p := range paths {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("devnet: cleaning up an interrupted first start: %w", err)
		}
	}
	return nil
}

// createKeys writes a random password and n random keys, as keystore v3 files.
func createKeys(dir string, n, scryptN, scryptP int) ([]*keystore.Key, error) {
	var pw [16]byte
	if _, err := rand.Read(pw[:]); err != nil {
		return nil, err
	}
	password := hex.EncodeToString(pw[:])
	// No trailing newline: the file is the password, whether its reader trims lines or not.
	if err := atomicfile.Write(filepath.Join(dir, passwordFileName), []byte(password), 0o600); err != nil {
		return nil, fmt.Errorf("devnet: writing the password file: %w", err)
	}
	// Encrypt in parallel (scrypt is CPU-bound), write in order: keystore file names sort
	// by time, so tools list the accounts in the devnet's order.
	keys := make([]*keystore.Key, n)
	files := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range keys {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			keys[i], files[i], errs[i] = newKey(password, scryptN, scryptP)
			if errs[i] != nil {
				errs[i] = fmt.Errorf("devnet: dev key %d: %w", i, errs[i])
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	ksDir := filepath.Join(dir, keystoreDirName)
	last := time.Time{}
	for i, k := range keys {
		now := time.Now().UTC()
		if !now.After(last) {
			now = last.Add(time.Microsecond)
		}
		last = now
		// geth's file name: UTC--<ISO 8601 time, dashes for colons>--<address hex>.
		name := fmt.Sprintf("UTC--%s--%s", now.Format("2006-01-02T15-04-05.000000000Z"), hex.EncodeToString(k.Address[:]))
		if err := atomicfile.Write(filepath.Join(ksDir, name), files[i], 0o600); err != nil {
			return nil, fmt.Errorf("devnet: writing dev key %d: %w", i, err)
		}
	}
	return keys, nil
}

// newKey generates a key and encrypts it as a keystore v3 file.
func newKey(password string, scryptN, scryptP int) (*keystore.Key, []byte, error) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		return nil, nil, err
	}
	k := &keystore.Key{Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
	// A version 4 (random) UUID, without importing the uuid package.
	if _, err := rand.Read(k.Id[:]); err != nil {
		return nil, nil, err
	}
	k.Id[6] = k.Id[6]&0x0f | 0x40
	k.Id[8] = k.Id[8]&0x3f | 0x80
	data, err := keystore.EncryptKey(k, password, scryptN, scryptP)
	if err != nil {
		return nil, nil, err
	}
	return k, data, nil
}

// ReadPassword reads a password file as `poco devnet` writes it (surrounding white space
// is ignored).
func ReadPassword(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(data)), nil
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o600)
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("devnet: %s is not valid: %v", path, err)
	}
	return nil
}

func writeGenesis(dir string, g *core.Genesis) error {
	if err := writeJSON(filepath.Join(dir, genesisFileName), g); err != nil {
		return fmt.Errorf("devnet: writing the genesis: %w", err)
	}
	return nil
}

func readGenesis(dir string) (*core.Genesis, error) {
	g := new(core.Genesis)
	if err := readJSON(filepath.Join(dir, genesisFileName), g); err != nil {
		return nil, err
	}
	if g.Config == nil || g.Config.ChainID == nil {
		return nil, fmt.Errorf("devnet: %s has no chain configuration", filepath.Join(dir, genesisFileName))
	}
	return g, nil
}

func writeState(dir string, st *state) error {
	if err := writeJSON(filepath.Join(dir, stateFileName), st); err != nil {
		return fmt.Errorf("devnet: writing %s: %w", stateFileName, err)
	}
	return nil
}

func readState(dir string) (*state, error) {
	st := new(state)
	if err := readJSON(filepath.Join(dir, stateFileName), st); err != nil {
		return nil, err
	}
	if st.Version != stateVersion {
		return nil, fmt.Errorf("devnet: %s has version %d, this poco knows version %d",
			filepath.Join(dir, stateFileName), st.Version, stateVersion)
	}
	if len(st.Accounts) == 0 || st.Deployment.Hub == (common.Address{}) {
		return nil, fmt.Errorf("devnet: %s lists no accounts or no hub", filepath.Join(dir, stateFileName))
	}
	return st, nil
}

// writeUserConfig writes the configuration file every poco command reads. A file that
// already describes this devnet only gets its endpoint updated (other edits are kept); a
// file for an older devnet is replaced; a file for another chain is saved aside first.
func (d *Devnet) writeUserConfig() error {
	path := d.cfg.ConfigPath
	want := &config.File{
		RPC:          d.HTTPEndpoint(),
		ChainID:      d.st.ChainID,
		Contracts:    d.st.Deployment,
		Keystore:     d.KeystoreDir(),
		Account:      d.st.Accounts[0],
		PasswordFile: d.PasswordFile(),
	}
	old, err := config.Load(path)
	switch {
	case errors.Is(err, config.ErrNotFound):
	case err != nil && errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("devnet: configuration file: %w", err)
	case err == nil && old.ChainID == want.ChainID && old.Contracts == want.Contracts:
		endpoint := d.HTTPEndpoint()
		if strings.HasPrefix(old.RPC, "ws") {
			endpoint = d.WSEndpoint()
		}
		if old.RPC == endpoint {
			return nil
		}
		old.RPC = endpoint
		want = old
	case err == nil && old.ChainID == want.ChainID:
		// An older devnet's file: nothing worth keeping.
	default:
		// Another chain's file, or not a valid one: keep a copy.
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			return fmt.Errorf("devnet: configuration file: %w", rerr)
		}
		backup := fmt.Sprintf("%s.%s.bak", path, time.Now().Format("20060102-150405"))
		if err := atomicfile.Write(backup, data, 0o600); err != nil {
			return fmt.Errorf("devnet: saving the previous configuration file: %w", err)
		}
		d.configBackup = backup
		d.log.Warn("devnet: the configuration file described another chain; saved it aside", "file", path, "copy", backup)
	}
	if err := config.Save(path, want); err != nil {
		return fmt.Errorf("devnet: writing the configuration file: %w", err)
	}
	return nil
}

// importKeys copies the dev keys and password of the devnet in from into dir and returns
// the keys, in that devnet's order (its keystore file names sort by creation time).
func importKeys(dir, from string) ([]*keystore.Key, error) {
	pwFile := filepath.Join(from, passwordFileName)
	password, err := ReadPassword(pwFile)
	if err != nil {
		return nil, fmt.Errorf("devnet: the keys to share: %w", err)
	}
	if err := atomicfile.Write(filepath.Join(dir, passwordFileName), []byte(password), 0o600); err != nil {
		return nil, fmt.Errorf("devnet: writing the password file: %w", err)
	}
	entries, err := os.ReadDir(filepath.Join(from, keystoreDirName))
	if err != nil {
		return nil, fmt.Errorf("devnet: the keys to share: %w", err)
	}
	var keys []*keystore.Key
	for _, e := range entries { // sorted by name: creation order
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, keystoreDirName, e.Name()))
		if err != nil {
			return nil, err
		}
		k, err := keystore.DecryptKey(data, password)
		if err != nil {
			return nil, fmt.Errorf("devnet: key %s of %s: %w", e.Name(), from, err)
		}
		if err := atomicfile.Write(filepath.Join(dir, keystoreDirName, e.Name()), data, 0o600); err != nil {
			return nil, fmt.Errorf("devnet: writing dev key %s: %w", e.Name(), err)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("devnet: no keys in %s", filepath.Join(from, keystoreDirName))
	}
	return keys, nil
}
