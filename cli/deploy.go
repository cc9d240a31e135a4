package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/sdk"
)

// deployPollInterval is how often `poco deploy` asks for receipts while it waits.
var deployPollInterval = 500 * time.Millisecond

// DeploymentsDir is where `poco deploy` keeps the progress of each chain's deployment:
// <POCO_HOME>/deployments/<chain id>.json.
func DeploymentsDir() string { return filepath.Join(config.Home(), "deployments") }

// deployView is what `poco deploy` prints.
type deployView struct {
	RPC       string        `json:"rpc"`
	ChainID   uint64        `json:"chainId"`
	Deployer  string        `json:"deployer"`
	Owner     string        `json:"owner"`
	TestToken bool          `json:"testToken"`
	Contracts contractsView `json:"contracts"`
	// Resumed is true when an earlier, interrupted run had sent some contracts;
	// AlreadyDeployed when the progress file said the deployment was complete.
	Resumed         bool   `json:"resumed"`
	AlreadyDeployed bool   `json:"alreadyDeployed"`
	Verified        bool   `json:"verified"`
	Config          string `json:"config"`
	ConfigBackup    string `json:"configBackup,omitempty"`
	Progress        string `json:"progress"`
}

func newDeployCommand(g *globals) *cobra.Command {
	var (
		token     string
		testToken bool
		supply    string
		owner     string
		fresh     bool
	)
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL (--test-token | --token ADDRESS) --from ACCOUNT",
		Short: "Deploy the protocol on an EVM chain and write the configuration file",
		Long: `Deploys the Poco protocol on the chain at --rpc (or POCO_RPC; never the configuration
file's endpoint) as the --from account (its key in the keystore, unlocked with
--password-file, POCO_PASSWORD or a prompt), then writes the configuration file
(--config) that every other poco command reads. docs/deploy.md has the whole procedure
for an operator.

Before sending anything it checks that the chain runs Cancun rules or later (the
contracts use PUSH0, TSTORE and MCOPY), that the account has ether to pay with, and with
--token that the token answers decimals() and balanceOf() as an ERC-20 does.

It deploys, in this order, with one transaction each: the token (--test-token: a test
RLC token with 9 decimals, --supply of it minted to the deployer; or --token ADDRESS, an
ERC-20 already on the chain), the app, dataset and workerpool registries and the task
module (sent together), then the hub, which records their addresses (and creates the
default categories; --owner manages them, by default the deployer).

Every transaction is recorded before it is sent, and every contract once mined, in
$POCO_HOME/deployments/<chain id>.json: run the same command again after an interruption
and it resumes (waits for what was sent, sends again what the node forgot, deploys only
the rest). Run again after success, it deploys nothing, verifies and rewrites the
configuration file; --new deploys another protocol (the old record is kept aside).

Once deployed it verifies the code at every address against this build's artifacts
(modulo immutables) and the hub's links to the others, and writes the configuration
file: endpoint, chain id, contract addresses, deployment block, keystore and account.
A configuration file that described another deployment is saved aside first; one of this
deployment keeps its storage, market and scheduler. Set those with ` + "`poco config set`" + `.`,
		Example: `  poco deploy --rpc http://127.0.0.1:8545 --test-token --from 0xf39F…2266
  poco deploy --rpc https://rpc.example.org --token 0x… --from 0x… --password-file pw.txt --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			// The chain to deploy on is named on purpose, never taken from the
			// configuration file (which may describe a devnet or another deployment).
			s.RPC = pick(g.rpc, os.Getenv(EnvRPC))
			return runDeploy(cmd, s, deployRequest{token: token, testToken: testToken, supply: supply, owner: owner, fresh: fresh,
				supplySet: cmd.Flags().Changed("supply")})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&token, "token", "", "the ERC-20 the protocol counts in, already deployed on the chain")
	fl.BoolVar(&testToken, "test-token", false, "deploy a test RLC token (9 decimals) and mint --supply to the deployer")
	fl.StringVar(&supply, "supply", "1000000000", "with --test-token: RLC minted to the deployer")
	fl.StringVar(&owner, "owner", "", "the hub's owner, who manages categories (default: the deployer)")
	fl.BoolVar(&fresh, "new", false, "deploy another protocol even if this chain's deployment is complete or in progress (its record is kept aside)")
	return cmd
}

type deployRequest struct {
	token, supply, owner string
	testToken, fresh     bool
	supplySet            bool
}

func runDeploy(cmd *cobra.Command, s *Settings, r deployRequest) error {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	status := cmd.ErrOrStderr()
	if s.RPC == "" {
		return fmt.Errorf("which chain? pass --rpc URL, the chain's JSON-RPC endpoint (http://, ws:// or an IPC path), or set %s (the configuration file's endpoint is not used: it is what deploy writes)", EnvRPC)
	}
	if r.testToken == (r.token != "") {
		return errors.New("which token? pass --test-token to deploy a test RLC token, or --token ADDRESS for an ERC-20 already on the chain (one of them)")
	}
	if r.supplySet && !r.testToken {
		return errors.New("--supply goes with --test-token: an existing token's supply is its own")
	}
	var o chain.DeployOptions
	if r.testToken {
		supply, err := sdk.ParseRLC(r.supply)
		if err != nil {
			return fmt.Errorf("--supply %q: %w", r.supply, err)
		}
		o.TestTokenSupply = supply
	} else {
		a, err := parseAddress("--token", r.token)
		if err != nil {
			return err
		}
		o.Token = a
	}
	if r.owner != "" {
		a, err := parseAddress("--owner", r.owner)
		if err != nil {
			return err
		}
		o.Owner = a
	}
	if s.Account == (common.Address{}) {
		return fmt.Errorf("which account deploys? pass --from ADDRESS (or set %s), an account with a key in the keystore and ether on the chain; `poco wallet create` makes one", EnvAccount)
	}
	acct, _, err := s.findKey(s.Account)
	if err != nil {
		return err
	}
	keystoreDir, err := filepath.Abs(filepath.Dir(acct.Path))
	if err != nil {
		return err
	}

	ec, err := ethclient.DialContext(ctx, s.RPC)
	if err != nil {
		return fmt.Errorf("cannot reach the chain at %s: %w", s.RPC, err)
	}
	defer ec.Close()
	id, err := ec.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("cannot reach the chain at %s: asking its chain id: %w", s.RPC, err)
	}
	chainID := id.Uint64()
	if err := chain.CheckRules(ctx, ec, s.Account); err != nil {
		return fmt.Errorf("chain %d at %s: %w", chainID, s.RPC, err)
	}
	if o.Token != (common.Address{}) {
		if _, err := chain.CheckToken(ctx, ec, o.Token, s.Account); err != nil {
			return fmt.Errorf("--token: %w", err)
		}
	}

	genesis, err := ec.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("reading the chain's genesis block: %w", err)
	}
	progressPath := filepath.Join(DeploymentsDir(), strconv.FormatUint(chainID, 10)+".json")
	st, err := loadDeployState(progressPath)
	if err != nil {
		return err
	}
	if st != nil && (r.fresh || st.Genesis != genesis.Hash()) {
		why := "--new"
		if st.Genesis != genesis.Hash() {
			why = "it is of another chain with the same chain id (genesis " + st.Genesis.Hex() + ", this one's " + genesis.Hash().Hex() + ")"
		}
		aside := fmt.Sprintf("%s.%s.json", strings.TrimSuffix(progressPath, ".json"), time.Now().UTC().Format("20060102-150405"))
		if err := os.Rename(progressPath, aside); err != nil {
			return fmt.Errorf("keeping the previous deployment's record aside: %w", err)
		}
		fmt.Fprintf(status, "The previous deployment's record is now %s (%s).\n", aside, why)
		st = nil
	}
	view := deployView{RPC: s.RPC, ChainID: chainID, Deployer: s.Account.Hex(), TestToken: o.Token == (common.Address{}), Progress: progressPath}
	if st != nil && st.ChainID != 0 && st.ChainID != chainID {
		return fmt.Errorf("the deployment record %s is of chain %d, not %d: move it away", progressPath, st.ChainID, chainID)
	}
	switch {
	case st != nil && st.Deployment != nil:
		view.AlreadyDeployed = true
		if st.Deployer != s.Account || st.Token != o.Token {
			return fmt.Errorf("chain %d already has a complete deployment (hub %s, by %s, token %s; record %s): run without changing --from and --token/--test-token to verify it and write the configuration file again, or pass --new to deploy another protocol",
				chainID, st.Deployment.Hub, st.Deployer, tokenLabel(st.Token), progressPath)
		}
		fmt.Fprintf(status, "Chain %d already has this deployment (record %s): verifying it; --new deploys another protocol.\n", chainID, progressPath)
	case st != nil && len(st.Contracts) > 0:
		view.Resumed = true
		fmt.Fprintf(status, "Resuming the deployment recorded in %s (%d of its contracts sent).\n", progressPath, len(st.Contracts))
	}
	if st == nil {
		st = &chain.DeployState{}
	}
	st.ChainID, st.Genesis = chainID, genesis.Hash()

	if !view.AlreadyDeployed {
		bal, err := ec.BalanceAt(ctx, s.Account, nil)
		if err != nil {
			return fmt.Errorf("reading the balance of %s: %w", s.Account, err)
		}
		if bal.Sign() == 0 {
			// A zero-fee chain (a sidechain whose gas price is 0) needs no ether.
			if price, err := ec.SuggestGasPrice(ctx); err != nil || price.Sign() != 0 {
				return fmt.Errorf("account %s has no ether on chain %d to pay for the deployment: fund it first (about 0.1 ether covers it at 5 gwei)", s.Account, chainID)
			}
		}
	}
	opts := &bind.TransactOpts{From: s.Account, Context: ctx}
	if !view.AlreadyDeployed {
		key, err := s.unlock()
		if err != nil {
			return err
		}
		opts = bind.NewKeyedTransactor(key, new(big.Int).SetUint64(chainID))
		opts.Context = ctx
	}
	o.State = st
	o.Save = func(st *chain.DeployState) error { return saveDeployState(progressPath, st) }
	o.PollInterval = deployPollInterval
	o.Report = func(c chain.DeployedContract) {
		if c.Mined {
			fmt.Fprintf(status, "  %-19s %s  mined in block %d\n", c.Name, c.Address.Hex(), c.Block)
		} else {
			fmt.Fprintf(status, "  %-19s %s  sent (tx %s)\n", c.Name, c.Address.Hex(), c.Tx.Hex())
		}
	}
	if !view.AlreadyDeployed {
		fmt.Fprintf(status, "Deploying the protocol on chain %d at %s as %s ...\n", chainID, s.RPC, s.Account)
	}
	d, err := chain.Deploy(ctx, ec, opts, o)
	if err != nil {
		return fmt.Errorf("%w\nThe progress is recorded in %s: run the same command again to resume, or add --new to start over", err, progressPath)
	}
	view.Contracts = newContractsView(*d)
	view.Owner = st.Owner.Hex()
	view.TestToken = st.Token == (common.Address{})
	if err := chain.VerifyDeployment(ctx, ec, d, view.TestToken); err != nil {
		return fmt.Errorf("the deployment on chain %d does not verify: %w", chainID, err)
	}
	view.Verified = true

	cfgPath := s.ConfigPath
	if abs, err := filepath.Abs(cfgPath); err == nil {
		cfgPath = abs
	}
	view.Config = cfgPath
	if view.ConfigBackup, err = writeDeployConfig(cfgPath, &config.File{
		RPC: s.RPC, ChainID: chainID, Contracts: *d, Keystore: keystoreDir, Account: s.Account,
		PasswordFile: absPath(s.userPasswordFile),
	}); err != nil {
		return err
	}
	return s.output(cmd, view, func(w io.Writer) { printDeploy(w, view) })
}

func tokenLabel(a common.Address) string {
	if a == (common.Address{}) {
		return "a test token"
	}
	return a.Hex()
}

func absPath(p string) string {
	if p == "" {
		return ""
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

func printDeploy(w io.Writer, v deployView) {
	t := newTable(w)
	tokenNote := ""
	if v.TestToken {
		tokenNote = " (test token, deployed)"
	}
	fmt.Fprintf(t, "Chain\t%d at %s\n", v.ChainID, v.RPC)
	fmt.Fprintf(t, "Deployer\t%s\n", v.Deployer)
	fmt.Fprintf(t, "Hub owner\t%s\n", v.Owner)
	fmt.Fprintf(t, "Token\t%s%s\n", v.Contracts.Token, tokenNote)
	fmt.Fprintf(t, "App registry\t%s\n", v.Contracts.AppRegistry)
	fmt.Fprintf(t, "Dataset registry\t%s\n", v.Contracts.DatasetRegistry)
	fmt.Fprintf(t, "Workerpool registry\t%s\n", v.Contracts.WorkerpoolRegistry)
	fmt.Fprintf(t, "Task module\t%s\n", v.Contracts.Tasks)
	fmt.Fprintf(t, "Hub\t%s\n", v.Contracts.Hub)
	fmt.Fprintf(t, "Deployment block\t%d\n", v.Contracts.Block)
	fmt.Fprintf(t, "Code verified\t%v\n", v.Verified)
	fmt.Fprintf(t, "Configuration\t%s\n", v.Config)
	if v.ConfigBackup != "" {
		fmt.Fprintf(t, "Previous configuration\t%s\n", v.ConfigBackup)
	}
	fmt.Fprintf(t, "Deployment record\t%s\n", v.Progress)
	t.Flush()
	fmt.Fprintln(w, "Next: poco config set storage URL, poco config set market URL (docs/deploy.md).")
}

// loadDeployState reads a deployment record; nil when there is none.
func loadDeployState(path string) (*chain.DeployState, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the deployment record: %w", err)
	}
	var st chain.DeployState
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, fmt.Errorf("the deployment record %s is not valid JSON (%v): move it away to start over", path, err)
	}
	return &st, nil
}

// saveDeployState writes a deployment record atomically: a crash leaves the previous one
// or this one, never half of it.
func saveDeployState(path string, st *chain.DeployState) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o600)
}

// writeDeployConfig writes want as the configuration file at path. An existing file of
// the same deployment keeps its storage, market and scheduler (and the account's
// password file if want has none); a file of another deployment, or not readable as one,
// is saved aside first, and its copy's path returned.
func writeDeployConfig(path string, want *config.File) (backup string, err error) {
	old, err := config.Load(path)
	switch {
	case errors.Is(err, config.ErrNotFound):
	case err == nil && old.ChainID == want.ChainID && old.Contracts.Hub == want.Contracts.Hub:
		want.Storage, want.Market, want.Scheduler, want.SMS = old.Storage, old.Market, old.Scheduler, old.SMS
		want.Bridge = old.Bridge
		if want.PasswordFile == "" && old.Account == want.Account {
			want.PasswordFile = old.PasswordFile
		}
	default:
		// A bridge whose sidechain is this chain still applies to the new deployment (the
		// protocol deployed on the bridged token: docs/bridge.md, "On real chains").
		if err == nil && old.Bridge != nil && (old.Bridge.SideChainID == want.ChainID || old.Bridge.SideChainID == 0 && old.ChainID == want.ChainID) {
			b := *old.Bridge
			if b.SideChainID == 0 {
				b.SideChainID = old.ChainID
			}
			want.Bridge = &b
		}
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			return "", fmt.Errorf("configuration file: %w", rerr)
		}
		backup = fmt.Sprintf("%s.%s.bak", path, time.Now().Format("20060102-150405"))
		if err := atomicfile.Write(backup, data, 0o600); err != nil {
			return "", fmt.Errorf("saving the previous configuration file aside: %w", err)
		}
	}
	if err := config.Save(path, want); err != nil {
		return "", fmt.Errorf("writing the configuration file: %w", err)
	}
	return backup, nil
}
