package cli

// `poco bridge deploy` and `poco bridge set-hub`: install the bridge on two chains Poco
// did not start (docs/bridge.md, "On real chains").

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
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/bridge"
	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/chain/bindings"
	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/sdk"
)

// bridgedDecimals are the BridgedToken's decimals: the bridge moves amounts unit for
// unit, so the main chain's token must have as many.
const bridgedDecimals = 9

// maxBridgeValidators is the most validators the contracts accept (a 256-bit map).
const maxBridgeValidators = 256

// bridgeDialTimeout bounds the first question to each chain (its chain id).
var bridgeDialTimeout = 15 * time.Second

// bridgeDeployView is what `poco bridge deploy` prints: the "bridge" object it records
// in the configuration file, and the rest of what it deployed.
type bridgeDeployView struct {
	config.Bridge
	Validators []common.Address `json:"validators"`
	Guardian   common.Address   `json:"guardian"`
	// DailyLimit is the most RLC executed into each chain per UTC day ("unlimited").
	DailyLimit string         `json:"dailyLimit"`
	Deployer   common.Address `json:"deployer"`
	Name       string         `json:"name"`   // the bridged token's
	Symbol     string         `json:"symbol"` // the bridged token's
	Verified   bool           `json:"verified"`
	Config     string         `json:"config"` // the configuration file written
	Record     string         `json:"record"` // the deployment record (read by set-hub)
}

// bridgeRecordPath is where `poco bridge deploy` keeps the bridge of sidechain sideChainID,
// so that `poco bridge set-hub` finds the side bridge when no configuration names it.
func bridgeRecordPath(sideChainID uint64) string {
	return filepath.Join(DeploymentsDir(), "bridge-"+strconv.FormatUint(sideChainID, 10)+".json")
}

func loadBridgeRecord(sideChainID uint64) (*config.Bridge, string, error) {
	path := bridgeRecordPath(sideChainID)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, path, nil
	}
	if err != nil {
		return nil, path, err
	}
	var b config.Bridge
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, path, fmt.Errorf("the bridge record %s is not valid JSON (%v)", path, err)
	}
	return &b, path, nil
}

// dialBridgeChain connects to a chain and asks its chain id (the check that it answers).
func dialBridgeChain(ctx context.Context, which, url string) (*ethclient.Client, uint64, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, 0, fmt.Errorf("cannot reach the %s at %s: %w", which, url, err)
	}
	cctx, cancel := context.WithTimeout(ctx, bridgeDialTimeout)
	defer cancel()
	id, err := ec.ChainID(cctx)
	if err != nil {
		ec.Close()
		return nil, 0, fmt.Errorf("cannot reach the %s at %s: asking its chain id: %w (is the node running, and is this its JSON-RPC endpoint?)", which, url, err)
	}
	return ec, id.Uint64(), nil
}

func newBridgeDeployCommand(g *globals, bf *bridgeFlags) *cobra.Command {
	var (
		token, guardian, dailyLimit, name, symbol string
		validators                                []string
		threshold                                 uint64
	)
	cmd := &cobra.Command{
		Use:   "deploy --main-rpc URL --side-rpc URL --token ADDRESS --validators A,B,C --threshold M --from ACCOUNT",
		Short: "Deploy the bridge: the vault on the main chain, the side bridge and its bridged token on the sidechain",
		Long: `Deploys the bridge between two chains that already run (any EVM chains with Cancun
rules or later, with distinct chain ids), as the --from account (its key in the keystore,
unlocked with --password-file, POCO_PASSWORD or a prompt):

  - on the main chain (--main-rpc), a BridgeVault that locks --token, an ERC-20 of 9
    decimals already there (RLC);
  - on the sidechain (--side-rpc), a SideBridge, which deploys its BridgedToken
    (--name, --symbol; 9 decimals).

Both get the validator set (--validators, the addresses of the validators' keys) and the
threshold of signatures a transfer needs (--threshold), the guardian who may pause them
and set their daily limits (--guardian, default the deployer) and the daily limit of RLC
executed into each chain (--daily-limit, default unlimited). The endpoints are named on
purpose: the configuration file's are not used.

Before sending anything it checks that both chains answer, with distinct chain ids and
Cancun rules, that the token answers decimals() with 9, and that the deployer has gas
on both. Once mined it checks both contracts: code present, each one's counterpart chain
id is the other's chain id, the validator set and threshold, the vault's token. It prints
the addresses and deployment blocks, records them in the configuration file's "bridge"
object (its relays are kept) and in $POCO_HOME/deployments/bridge-<side chain id>.json.

Next: deploy the protocol on the sidechain's bridged token (poco deploy --rpc SIDE
--token BRIDGED_TOKEN), then link it to the side bridge with ` + "`poco bridge set-hub`" + `.`,
		Example: `  poco bridge deploy --main-rpc https://main.example --side-rpc https://side.example \
      --token 0x… --validators 0xV1…,0xV2…,0xV3… --threshold 2 --guardian 0xG… \
      --daily-limit 100000 --from 0xD… --password-file pw.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			req := bridgeDeployRequest{name: name, symbol: symbol, threshold: threshold,
				mainRPC: pick(bf.mainRPC, os.Getenv(EnvBridgeMainRPC)), sideRPC: pick(bf.sideRPC, os.Getenv(EnvBridgeSideRPC))}
			if err := req.parse(token, validators, guardian, dailyLimit); err != nil {
				return err
			}
			return runBridgeDeploy(cmd, s, req)
		},
	}
	f := cmd.Flags()
	f.StringVar(&token, "token", "", "the ERC-20 on the main chain that the vault locks (9 decimals)")
	f.StringSliceVar(&validators, "validators", nil, "the validators' addresses, comma-separated (each runs `poco bridge` with its key)")
	f.Uint64Var(&threshold, "threshold", 0, "how many validator signatures a transfer needs (1 to the number of validators)")
	f.StringVar(&guardian, "guardian", "", "who may pause the bridge, set its daily limits and link the side hub (default: the deployer)")
	f.StringVar(&dailyLimit, "daily-limit", "", "most RLC executed into each chain per UTC day (default: unlimited)")
	f.StringVar(&name, "name", "Bridged RLC", "the bridged token's name")
	f.StringVar(&symbol, "symbol", "bRLC", "the bridged token's symbol")
	return cmd
}

type bridgeDeployRequest struct {
	mainRPC, sideRPC string
	token, guardian  common.Address
	validators       []common.Address
	threshold        uint64
	dailyLimit       *big.Int // nil: unlimited
	name, symbol     string
}

// parse checks everything that needs no chain.
func (r *bridgeDeployRequest) parse(token string, validators []string, guardian, dailyLimit string) error {
	if r.mainRPC == "" {
		return fmt.Errorf("which main chain? pass --main-rpc URL, the JSON-RPC endpoint of the chain whose token is bridged (or set %s; the configuration file's is not used)", EnvBridgeMainRPC)
	}
	if r.sideRPC == "" {
		return fmt.Errorf("which sidechain? pass --side-rpc URL, the JSON-RPC endpoint of the chain the protocol runs on (or set %s; the configuration file's is not used)", EnvBridgeSideRPC)
	}
	if r.mainRPC == r.sideRPC {
		return fmt.Errorf("--main-rpc and --side-rpc are both %s: the bridge joins two different chains", r.mainRPC)
	}
	if token == "" {
		return errors.New("which token? pass --token ADDRESS, the ERC-20 on the main chain that the vault locks")
	}
	var err error
	if r.token, err = parseAddress("--token", token); err != nil {
		return err
	}
	list := splitList(validators)
	if len(list) == 0 {
		return errors.New("which validators? pass --validators ADDRESS,ADDRESS,…, the addresses of the keys the validators sign with")
	}
	if len(list) > maxBridgeValidators {
		return fmt.Errorf("--validators lists %d addresses: the contracts take at most %d", len(list), maxBridgeValidators)
	}
	for _, v := range list {
		a, err := parseAddress("--validators", v)
		if err != nil {
			return err
		}
		if a == (common.Address{}) {
			return errors.New("--validators: the zero address cannot sign")
		}
		if slices.Contains(r.validators, a) {
			return fmt.Errorf("--validators lists %s twice", a.Hex())
		}
		r.validators = append(r.validators, a)
	}
	switch {
	case r.threshold == 0:
		return fmt.Errorf("pass --threshold M, how many of the %d validators must sign each transfer (a majority, %d, is usual)", len(r.validators), len(r.validators)/2+1)
	case r.threshold > uint64(len(r.validators)):
		return fmt.Errorf("--threshold %d is above the %d validators of --validators: no transfer could ever gather enough signatures", r.threshold, len(r.validators))
	}
	if guardian != "" {
		if r.guardian, err = parseAddress("--guardian", guardian); err != nil {
			return err
		}
		if r.guardian == (common.Address{}) {
			return errors.New("--guardian: the zero address cannot act; leave --guardian out for the deployer")
		}
	}
	if dailyLimit != "" && !strings.EqualFold(dailyLimit, "unlimited") {
		if r.dailyLimit, err = sdk.ParseRLC(dailyLimit); err != nil {
			return fmt.Errorf("--daily-limit: %w", err)
		}
		if r.dailyLimit.Sign() <= 0 {
			return fmt.Errorf("--daily-limit %s would stop every transfer: give a positive amount of RLC, or leave it out for no limit (the guardian pauses the bridge with pause)", dailyLimit)
		}
	}
	if strings.TrimSpace(r.name) == "" || strings.TrimSpace(r.symbol) == "" {
		return errors.New("--name and --symbol of the bridged token cannot be empty")
	}
	return nil
}

func runBridgeDeploy(cmd *cobra.Command, s *Settings, r bridgeDeployRequest) error {
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	status := cmd.ErrOrStderr()
	if s.Account == (common.Address{}) {
		return fmt.Errorf("which account deploys? pass --from ADDRESS (or set %s), an account with a key in the keystore and gas on both chains", EnvAccount)
	}
	if _, _, err := s.findKey(s.Account); err != nil {
		return err
	}

	mainEC, mainID, err := dialBridgeChain(ctx, "main chain", r.mainRPC)
	if err != nil {
		return err
	}
	defer mainEC.Close()
	sideEC, sideID, err := dialBridgeChain(ctx, "sidechain", r.sideRPC)
	if err != nil {
		return err
	}
	defer sideEC.Close()
	if mainID == sideID {
		return fmt.Errorf("the main chain (%s) and the sidechain (%s) have the same chain id %d: the bridge tells the chains apart by their ids, so give the sidechain its own (chainId in its genesis; --chain-id for anvil)",
			r.mainRPC, r.sideRPC, mainID)
	}
	for _, c := range []struct {
		which string
		ec    *ethclient.Client
		id    uint64
		url   string
	}{{"main chain", mainEC, mainID, r.mainRPC}, {"sidechain", sideEC, sideID, r.sideRPC}} {
		if err := chain.CheckRules(ctx, c.ec, s.Account); err != nil {
			return fmt.Errorf("the %s (chain %d at %s): %w", c.which, c.id, c.url, err)
		}
		if err := checkGas(ctx, c.ec, s.Account); err != nil {
			return fmt.Errorf("the %s (chain %d at %s): %w", c.which, c.id, c.url, err)
		}
	}
	decimals, err := chain.CheckToken(ctx, mainEC, r.token, s.Account)
	if err != nil {
		return fmt.Errorf("--token on the main chain: %w", err)
	}
	if decimals != bridgedDecimals {
		return fmt.Errorf("--token %s has %d decimals: the bridged token has %d and the bridge moves amounts unit for unit, so bridge a token of %d decimals (RLC)",
			r.token.Hex(), decimals, bridgedDecimals, bridgedDecimals)
	}

	key, err := s.unlock()
	if err != nil {
		return err
	}
	opts := []bridge.Option{bridge.WithPollInterval(deployPollInterval)}
	mainBefore, err := mainEC.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the main chain's head: %w", err)
	}
	fmt.Fprintf(status, "Deploying the bridge vault on the main chain %d at %s as %s ...\n", mainID, r.mainRPC, s.Account.Hex())
	vault, err := bridge.DeployVault(ctx, mainEC, key, r.token, new(big.Int).SetUint64(sideID), r.validators, r.threshold, r.dailyLimit, r.guardian, opts...)
	if err != nil {
		return err
	}
	mainBlock := deployedIn(ctx, mainEC, vault, mainBefore)
	fmt.Fprintf(status, "  BridgeVault  %s  block %d\n", vault.Hex(), mainBlock)
	sideBefore, err := sideEC.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("reading the sidechain's head (the vault %s is deployed on the main chain): %w", vault.Hex(), err)
	}
	fmt.Fprintf(status, "Deploying the side bridge and its token on the sidechain %d at %s ...\n", sideID, r.sideRPC)
	side, sideToken, err := bridge.DeploySide(ctx, sideEC, key, r.name, r.symbol, new(big.Int).SetUint64(mainID), r.validators, r.threshold, r.dailyLimit, r.guardian, opts...)
	if err != nil {
		return fmt.Errorf("%w (the vault %s is deployed on the main chain; running the command again deploys another pair)", err, vault.Hex())
	}
	sideBlock := deployedIn(ctx, sideEC, side, sideBefore)
	fmt.Fprintf(status, "  SideBridge   %s  block %d\n  BridgedToken %s\n", side.Hex(), sideBlock, sideToken.Hex())

	mainEP, sideEP, err := checkBridgePair(ctx, mainEC, sideEC, vault, side, r.token, sideToken, r.validators, r.threshold)
	if err != nil {
		return fmt.Errorf("the bridge deployed (vault %s on chain %d, side bridge %s on chain %d) does not check: %w", vault.Hex(), mainID, side.Hex(), sideID, err)
	}
	guardian, err := sideEP.Guardian(ctx)
	if err != nil {
		return err
	}
	limit, err := mainEP.DailyLimit(ctx)
	if err != nil {
		return err
	}

	v := bridgeDeployView{
		Bridge: config.Bridge{MainRPC: r.mainRPC, MainChainID: mainID, MainBridge: vault, MainToken: r.token, MainBlock: mainBlock,
			SideRPC: r.sideRPC, SideChainID: sideID, SideBridge: side, SideToken: sideToken, SideBlock: sideBlock, Threshold: r.threshold},
		Validators: r.validators, Guardian: guardian, DailyLimit: formatDailyLimit(limit), Deployer: s.Account,
		Name: r.name, Symbol: r.symbol, Verified: true,
	}
	v.Config = absPath(s.ConfigPath)
	if err := recordBridgeConfig(v.Config, v.Bridge); err != nil {
		return fmt.Errorf("the bridge is deployed (vault %s, side bridge %s) but the configuration file was not written: %w", vault.Hex(), side.Hex(), err)
	}
	if v.Record, err = saveBridgeRecord(sideID, v.Bridge); err != nil {
		return err
	}
	if f, err := config.Load(v.Config); err == nil && f.Bridge != nil {
		v.Relays = f.Bridge.Relays
	}
	return s.output(cmd, v, func(w io.Writer) { printBridgeDeploy(w, v) })
}

// checkGas fails when the account has no ether on a chain that charges for gas.
func checkGas(ctx context.Context, ec *ethclient.Client, account common.Address) error {
	bal, err := ec.BalanceAt(ctx, account, nil)
	if err != nil {
		return fmt.Errorf("reading the balance of %s: %w", account.Hex(), err)
	}
	if bal.Sign() > 0 {
		return nil
	}
	price, err := ec.SuggestGasPrice(ctx)
	if err == nil && price.Sign() == 0 {
		return nil // a zero-fee chain
	}
	return fmt.Errorf("account %s has no ether to pay for the deployment: fund it first", account.Hex())
}

// deployedIn finds the block a contract created after block before was mined in (its
// code is absent at before, present at the head); where history is not served, before+1.
func deployedIn(ctx context.Context, ec *ethclient.Client, addr common.Address, before uint64) uint64 {
	head, err := ec.BlockNumber(ctx)
	if err != nil || head <= before {
		return before + 1
	}
	lo, hi := before, head // code absent at lo, present at hi
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		code, err := ec.CodeAt(ctx, addr, new(big.Int).SetUint64(mid))
		if err != nil {
			return before + 1
		}
		if len(code) > 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// checkBridgePair checks a deployed pair: a vault on main, a side bridge on side, each
// accepting transfers from the other's chain only, both with the validator set and
// threshold, the vault locking token, the side bridge minting sideToken.
func checkBridgePair(ctx context.Context, mainB, sideB bridge.Backend, vault, side, token, sideToken common.Address,
	validators []common.Address, threshold uint64) (mainEP, sideEP *bridge.Endpoint, err error) {
	if mainEP, err = bridge.NewEndpoint(ctx, mainB, vault); err != nil {
		return nil, nil, err
	}
	if sideEP, err = bridge.NewEndpoint(ctx, sideB, side); err != nil {
		return nil, nil, err
	}
	if mainEP.IsSide() || !sideEP.IsSide() {
		return nil, nil, fmt.Errorf("want a BridgeVault on the main chain and a SideBridge on the side, got a %s and a %s", contractKind(mainEP), contractKind(sideEP))
	}
	for _, p := range []struct {
		which       string
		ep, other   *bridge.Endpoint
		token       common.Address
		tokenChecks string
	}{{"vault", mainEP, sideEP, token, "--token"}, {"side bridge", sideEP, mainEP, sideToken, "its bridged token"}} {
		cp, err := p.ep.CounterpartChainID(ctx)
		if err != nil {
			return nil, nil, err
		}
		if cp.Cmp(p.other.ChainID()) != 0 {
			return nil, nil, fmt.Errorf("the %s accepts transfers from chain %s, not from chain %s", p.which, cp, p.other.ChainID())
		}
		vals, th, _, err := p.ep.ValidatorSet(ctx)
		if err != nil {
			return nil, nil, err
		}
		if !slices.Equal(vals, validators) || th != threshold {
			return nil, nil, fmt.Errorf("the %s has validators %v and threshold %d, want %v and %d", p.which, vals, th, validators, threshold)
		}
		tok, err := p.ep.Token(ctx)
		if err != nil {
			return nil, nil, err
		}
		if tok != p.token {
			return nil, nil, fmt.Errorf("the %s moves the token %s, not %s (%s)", p.which, tok.Hex(), p.token.Hex(), p.tokenChecks)
		}
	}
	code, err := sideB.CodeAt(ctx, sideToken, nil)
	if err != nil {
		return nil, nil, err
	}
	if len(code) == 0 {
		return nil, nil, fmt.Errorf("the bridged token %s has no code", sideToken.Hex())
	}
	return mainEP, sideEP, nil
}

func formatDailyLimit(limit *big.Int) string {
	if limit == nil || limit.Cmp(bridge.Unlimited) == 0 {
		return "unlimited"
	}
	return sdk.FormatAmount(limit)
}

// recordBridgeConfig writes b as the configuration file's "bridge" object, keeping the
// rest of the file and the relays the object listed.
func recordBridgeConfig(path string, b config.Bridge) error {
	f, err := config.Load(path)
	switch {
	case errors.Is(err, config.ErrNotFound):
		f = &config.File{}
	case err != nil:
		return err
	}
	if f.Bridge != nil {
		b.Relays = f.Bridge.Relays
	}
	if len(b.Relays) > 0 && b.Threshold > uint64(len(b.Relays)) {
		b.Threshold = 0 // the contracts know it; the file's relays are for the operator to fix
	}
	f.Bridge = &b
	return config.Save(path, f)
}

// saveBridgeRecord writes the record of the bridge of sidechain sideID; an earlier
// record of that sidechain is kept aside.
func saveBridgeRecord(sideID uint64, b config.Bridge) (string, error) {
	path := bridgeRecordPath(sideID)
	if _, err := os.Stat(path); err == nil {
		aside := fmt.Sprintf("%s.%s.json", strings.TrimSuffix(path, ".json"), time.Now().UTC().Format("20060102-150405"))
		if err := os.Rename(path, aside); err != nil {
			return "", fmt.Errorf("keeping the previous bridge record aside: %w", err)
		}
	}
	b.Relays = nil
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return "", err
	}
	if err := atomicfile.Write(path, append(data, '\n'), 0o600); err != nil {
		return "", fmt.Errorf("writing the bridge record: %w", err)
	}
	return path, nil
}

func printBridgeDeploy(w io.Writer, v bridgeDeployView) {
	t := newTable(w)
	fmt.Fprintf(t, "Main chain\t%d at %s\n", v.MainChainID, v.MainRPC)
	fmt.Fprintf(t, "  BridgeVault\t%s (block %d)\n", v.MainBridge.Hex(), v.MainBlock)
	fmt.Fprintf(t, "  Token locked\t%s\n", v.MainToken.Hex())
	fmt.Fprintf(t, "Sidechain\t%d at %s\n", v.SideChainID, v.SideRPC)
	fmt.Fprintf(t, "  SideBridge\t%s (block %d)\n", v.SideBridge.Hex(), v.SideBlock)
	fmt.Fprintf(t, "  Bridged token\t%s (%s, %s)\n", v.SideToken.Hex(), v.Name, v.Symbol)
	vals := make([]string, len(v.Validators))
	for i, a := range v.Validators {
		vals[i] = a.Hex()
	}
	fmt.Fprintf(t, "Validators\t%d of %s\n", v.Threshold, strings.Join(vals, ", "))
	fmt.Fprintf(t, "Guardian\t%s\n", v.Guardian.Hex())
	fmt.Fprintf(t, "Daily limit\t%s\n", v.DailyLimit)
	fmt.Fprintf(t, "Checked\t%v\n", v.Verified)
	fmt.Fprintf(t, "Configuration\t%s\n", v.Config)
	fmt.Fprintf(t, "Record\t%s\n", v.Record)
	t.Flush()
	fmt.Fprintf(w, "Next: poco deploy --rpc %s --token %s --from …, then poco bridge set-hub HUB (docs/bridge.md, \"On real chains\").\n",
		v.SideRPC, v.SideToken.Hex())
}

// bridgeSetHubView is what `poco bridge set-hub` prints.
type bridgeSetHubView struct {
	SideChainID uint64         `json:"sideChainId"`
	SideBridge  common.Address `json:"sideBridge"`
	Hub         common.Address `json:"hub"`
	Token       common.Address `json:"token"`
	// AlreadySet: the side bridge already had this hub; nothing was sent.
	AlreadySet bool   `json:"alreadySet"`
	Config     string `json:"config"`
}

func newBridgeSetHubCommand(g *globals, bf *bridgeFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "set-hub [HUB]",
		Short: "Link the side bridge to the protocol's hub on the sidechain (guardian), for deposits straight into hub accounts",
		Long: `Gives the side bridge its hub (once; the guardian's key, --from): deposits with
--to-hub then land in the recipient's account in that hub. HUB (default: --hub, else the
configuration file's hub) must count in the side bridge's bridged token: deploy it with
poco deploy --rpc SIDE --token BRIDGED_TOKEN first.

The sidechain is --side-rpc, else the "bridge" object's, else the configuration file's
chain; the side bridge --side-bridge, else the "bridge" object's, else the record
` + "`poco bridge deploy`" + ` left for that chain. When the configuration file describes that hub's
deployment without a "bridge" object (poco deploy rewrites the file), the recorded
bridge is written back into it, so that every bridge command finds it.`,
		Example: `  poco bridge set-hub 0xHUB… --from 0xGUARDIAN…`,
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := bf.settings(g)
			if err != nil {
				return err
			}
			hub := b.Hub
			if len(args) == 1 {
				if hub, err = parseAddress("HUB", args[0]); err != nil {
					return err
				}
			}
			if hub == (common.Address{}) {
				return errors.New("which hub? give HUB, the address `poco deploy --rpc SIDE --token BRIDGED_TOKEN` printed (or --hub, or a configuration file naming it)")
			}
			return runBridgeSetHub(cmd, b, hub)
		},
	}
	return cmd
}

func runBridgeSetHub(cmd *cobra.Command, b *bridgeSettings, hub common.Address) error {
	ctx := cmd.Context()
	sideRPC := pick(b.sideRPC, b.RPC)
	if sideRPC == "" {
		return fmt.Errorf("which sidechain? pass --side-rpc URL (or set %s, or a configuration file naming the chain)", EnvBridgeSideRPC)
	}
	ec, sideID, err := dialBridgeChain(ctx, "sidechain", sideRPC)
	if err != nil {
		return err
	}
	defer ec.Close()
	rec, recPath, err := loadBridgeRecord(sideID)
	if err != nil {
		return err
	}
	sideBridge := b.sideBridge
	if sideBridge == (common.Address{}) && rec != nil {
		sideBridge = rec.SideBridge
	}
	if sideBridge == (common.Address{}) {
		return fmt.Errorf("which side bridge? pass --side-bridge ADDRESS (or set %s); no \"bridge\" object in %s and no record %s of `poco bridge deploy` for chain %d",
			EnvBridgeSide, b.ConfigPath, recPath, sideID)
	}
	ep, err := bridge.NewEndpoint(ctx, ec, sideBridge)
	if err != nil {
		return err
	}
	if !ep.IsSide() {
		return fmt.Errorf("%s on chain %d is a BridgeVault, not a SideBridge: set-hub is for the sidechain (pass --side-rpc and --side-bridge)", sideBridge.Hex(), sideID)
	}
	bridged, err := ep.Token(ctx)
	if err != nil {
		return err
	}
	code, err := ec.CodeAt(ctx, hub, nil)
	if err != nil {
		return fmt.Errorf("reading the code at %s: %w", hub.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("there is no contract at %s on the sidechain (chain %d): give the hub that poco deploy --rpc %s --token %s printed", hub.Hex(), sideID, sideRPC, bridged.Hex())
	}
	hubABI := bindings.NewPoco()
	hubToken, err := bind.Call(hubABI.Instance(ec, hub), &bind.CallOpts{Context: ctx}, hubABI.PackToken(), hubABI.UnpackToken)
	if err != nil {
		return fmt.Errorf("%s on chain %d is not a Poco hub (token(): %v)", hub.Hex(), sideID, err)
	}
	if hubToken != bridged {
		return fmt.Errorf("the hub %s counts in the token %s, not in the bridged token %s of the side bridge %s: deploy the protocol on the bridged token (poco deploy --rpc %s --token %s) and give that hub",
			hub.Hex(), hubToken.Hex(), bridged.Hex(), sideBridge.Hex(), sideRPC, bridged.Hex())
	}
	v := bridgeSetHubView{SideChainID: sideID, SideBridge: sideBridge, Hub: hub, Token: bridged}
	current, err := ep.Hub(ctx)
	if err != nil {
		return err
	}
	switch current {
	case hub:
		v.AlreadySet = true
	case common.Address{}:
		guardian, err := ep.Guardian(ctx)
		if err != nil {
			return err
		}
		if guardian != b.Account {
			return fmt.Errorf("only the side bridge's guardian %s may set its hub: pass --from %s (not %s)", guardian.Hex(), guardian.Hex(), b.Account.Hex())
		}
		key, err := b.unlock()
		if err != nil {
			return err
		}
		if err := bridge.SetHub(ctx, ec, key, sideBridge, hub, bridge.WithPollInterval(deployPollInterval)); err != nil {
			switch {
			case errors.Is(err, bridge.ErrHubWrongToken):
				return fmt.Errorf("the hub %s counts in another token than the bridged token %s: %w", hub.Hex(), bridged.Hex(), err)
			case errors.Is(err, bridge.ErrHubAlreadySet):
				return fmt.Errorf("the side bridge %s already has a hub, and a hub is set once: %w", sideBridge.Hex(), err)
			case errors.Is(err, bridge.ErrNotGuardian):
				return fmt.Errorf("only the side bridge's guardian may set its hub: %w", err)
			}
			return err
		}
	default:
		return fmt.Errorf("the side bridge %s already has the hub %s, and a hub is set once: deposits with --to-hub go there", sideBridge.Hex(), current.Hex())
	}

	v.Config = absPath(b.ConfigPath)
	return b.output(cmd, v, func(w io.Writer) {
		if v.AlreadySet {
			fmt.Fprintf(w, "The side bridge %s already has the hub %s (chain %d): nothing sent.\n", sideBridge.Hex(), hub.Hex(), sideID)
		} else {
			fmt.Fprintf(w, "The side bridge %s now deposits into the hub %s (chain %d, token %s).\n", sideBridge.Hex(), hub.Hex(), sideID, bridged.Hex())
		}
		fmt.Fprintln(w, "Next: the validators (poco bridge --from VALIDATOR …), then poco bridge deposit AMOUNT --to-hub.")
	})
}

// bridgeGuardView is what pause, unpause and daily-limit print for each bridge contract.
type bridgeGuardView struct {
	Chain      string         `json:"chain"` // "main" or "side"
	ChainID    uint64         `json:"chainId"`
	Bridge     common.Address `json:"bridge"`
	Paused     bool           `json:"paused"`
	DailyLimit string         `json:"dailyLimit"` // RLC executed into this chain per UTC day, or "unlimited"
	Tx         *common.Hash   `json:"tx,omitempty"`
}

// newBridgeGuardianCommand is pause, unpause or daily-limit: the guardian's controls.
func newBridgeGuardianCommand(g *globals, bf *bridgeFlags, action string) *cobra.Command {
	var which string
	use, short, args := action, "", cobra.NoArgs
	switch action {
	case "pause":
		short = "Stop every lock, burn and execute of the bridge (guardian)"
	case "unpause":
		short = "Let transfers through the bridge again (guardian)"
	case "daily-limit":
		use, args = "daily-limit AMOUNT", cobra.ExactArgs(1)
		short = "Set the most RLC executed into a chain per UTC day (guardian; AMOUNT in RLC, or unlimited)"
	}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long: short + `, as the --from account, which must be the contracts' guardian. --chain
picks the contract: the vault on the main chain (main: its daily limit caps withdrawals
released), the side bridge (side: its limit caps deposits minted), or both (default).
A paused bridge keeps every transfer: the validators go on signing, and what waits is
executed once unpaused; transfers over the day's limit are executed the next day, or
once the limit is raised. Validator keys can still be rotated while paused.`,
		Example: "  poco bridge pause --from 0xGUARDIAN…\n  poco bridge daily-limit 50000 --chain side\n  poco bridge unpause",
		Args:    args,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := bf.settings(g)
			if err != nil {
				return err
			}
			var limit *big.Int
			if action == "daily-limit" {
				if strings.EqualFold(args[0], "unlimited") {
					limit = bridge.Unlimited
				} else if limit, err = sdk.ParseRLC(args[0]); err != nil {
					return fmt.Errorf("AMOUNT: %w", err)
				} else if limit.Sign() <= 0 {
					return fmt.Errorf("a daily limit of %s would stop every transfer into the chain: pause the bridge instead (poco bridge pause)", args[0])
				}
			}
			var ends []bool // main?
			switch which {
			case "both", "":
				ends = []bool{true, false}
			case "main":
				ends = []bool{true}
			case "side":
				ends = []bool{false}
			default:
				return fmt.Errorf("--chain %q: give main, side or both", which)
			}
			ctx := cmd.Context()
			var views []bridgeGuardView
			for _, main := range ends {
				v, err := bridgeGuard(ctx, b, main, action, limit)
				if err != nil {
					return err
				}
				views = append(views, v)
			}
			return b.output(cmd, views, func(w io.Writer) {
				for _, v := range views {
					state := "running"
					if v.Paused {
						state = "PAUSED"
					}
					sent := "nothing sent"
					if v.Tx != nil {
						sent = "tx " + v.Tx.Hex()
					}
					fmt.Fprintf(w, "%-4s chain %d, %s %s: %s, daily limit %s (%s)\n", v.Chain, v.ChainID, contractName(v.Chain), v.Bridge.Hex(), state, v.DailyLimit, sent)
				}
			})
		},
	}
	cmd.Flags().StringVar(&which, "chain", "both", "which bridge contract: main (the vault), side (the side bridge) or both")
	return cmd
}

func contractName(chain string) string {
	if chain == "main" {
		return "BridgeVault"
	}
	return "SideBridge"
}

func bridgeGuard(ctx context.Context, b *bridgeSettings, main bool, action string, limit *big.Int) (bridgeGuardView, error) {
	e, err := b.dial(ctx, main)
	if err != nil {
		return bridgeGuardView{}, err
	}
	defer e.Close()
	v := bridgeGuardView{Chain: "side", ChainID: e.ChainID().Uint64(), Bridge: e.Contract()}
	if main {
		v.Chain = "main"
	}
	guardian, err := e.Guardian(ctx)
	if err != nil {
		return v, err
	}
	paused, err := e.Paused(ctx)
	if err != nil {
		return v, err
	}
	current, err := e.DailyLimit(ctx)
	if err != nil {
		return v, err
	}
	send := (action == "pause" && !paused) || (action == "unpause" && paused) || (action == "daily-limit" && current.Cmp(limit) != 0)
	if send {
		if guardian != b.Account {
			return v, fmt.Errorf("only the guardian %s may %s the %s chain's %s: pass --from %s (not %s)", guardian.Hex(), action, v.Chain, contractName(v.Chain), guardian.Hex(), b.Account.Hex())
		}
		key, err := b.unlock()
		if err != nil {
			return v, err
		}
		var tx common.Hash
		switch action {
		case "pause":
			tx, err = e.Pause(ctx, key)
		case "unpause":
			tx, err = e.Unpause(ctx, key)
		default:
			tx, err = e.SetDailyLimit(ctx, key, limit)
		}
		if err != nil {
			return v, fmt.Errorf("%s on the %s chain: %w", action, v.Chain, err)
		}
		v.Tx = &tx
	}
	if v.Paused, err = e.Paused(ctx); err != nil {
		return v, err
	}
	if current, err = e.DailyLimit(ctx); err != nil {
		return v, err
	}
	v.DailyLimit = formatDailyLimit(current)
	return v, nil
}
