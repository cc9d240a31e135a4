package cli

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/executor/oci/image"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/sdk"
)

// `poco app publish` and `poco dataset publish`: upload a file to the configured storage,
// register it on chain (as `app deploy` / `dataset deploy` do, reusing a registration
// already made with the same values), and sign and publish an order for it to the
// market (as `order init`, `order sign` and `order publish` do), in one step. Each step
// says what it did; a step that fails after the upload says how to finish.

// publishFlags are the flags both publish commands share.
type publishFlags struct {
	name, price, tag, storage, market, orderOut string
	enclave                                     string // app only: the enclave description (--enclave)
	volume                                      uint64
	sign, noOrder                               bool
	restrict                                    map[string]*string // "workerpool-restrict" → value
}

func (f *publishFlags) register(cmd *cobra.Command, kind string, restrictions ...string) {
	fl := cmd.Flags()
	fl.StringVar(&f.name, "name", "", "the "+kind+"'s name (default: the file's name without its extension)")
	fl.StringVar(&f.price, "price", "0", "price per task of the order, in RLC (e.g. 2.5)")
	fl.Uint64Var(&f.volume, "volume", 1000000, "number of tasks the order is good for")
	fl.StringVar(&f.tag, "tag", "", `the order's tag: names ("tee", "gpu", …) or 0x-hex`)
	fl.StringVar(&f.storage, "storage", "", "where to upload: a storage gateway URL, ipfs+http://HOST:5001 (an IPFS node's RPC API) or a local store folder (env "+EnvStorage+", else the configuration file's \"storage\")")
	marketFlag(cmd, &f.market)
	fl.StringVar(&f.orderOut, "order-out", "", "also write the signed order to this file (default: $POCO_HOME/published/"+kind+"-ADDRESS-HASH.json)")
	fl.BoolVar(&f.sign, "sign", false, "sign the upload with the --from account's key (otherwise only when the gateway asks)")
	fl.BoolVar(&f.noOrder, "no-order", false, "upload and register only: no order")
	f.restrict = map[string]*string{}
	for _, r := range restrictions {
		v := new(string)
		f.restrict[r] = v
		fl.StringVar(v, r+"-restrict", "", "the order is only for this "+r)
	}
}

// restriction returns the address of the --NAME-restrict flag (zero: anyone).
func (f *publishFlags) restriction(name string) (common.Address, error) {
	p, ok := f.restrict[name]
	if !ok || *p == "" {
		return common.Address{}, nil
	}
	return parseAddress("--"+name+"-restrict", *p)
}

// publishOrderJSON is the order step of a publication.
type publishOrderJSON struct {
	Hash      common.Hash `json:"hash"`
	File      string      `json:"file"`      // the signed order
	Published bool        `json:"published"` // false: the market refused or was not reachable
	Market    string      `json:"market"`
	Status    string      `json:"status,omitempty"` // the market's status of the order
	Price     string      `json:"price"`            // RLC per task
	Volume    uint64      `json:"volume"`
}

// publishJSON is what publish prints (with --json).
type publishJSON struct {
	Upload     storedJSON        `json:"upload"`
	App        *appJSON          `json:"app,omitempty"`
	Dataset    *datasetJSON      `json:"dataset,omitempty"`
	Registered bool              `json:"registered"` // false: it was registered already, with the same values
	Order      *publishOrderJSON `json:"order,omitempty"`
}

// publishDial connects to the configured chain, signing with key.
func publishDial(ctx context.Context, s *Settings, key *ecdsa.PrivateKey) (*sdk.Client, error) {
	if err := s.RequireChain(); err != nil {
		return nil, err
	}
	opts := []sdk.Option{sdk.WithKey(key)}
	if s.Config != nil && s.Config.Contracts.Hub == s.Hub && s.Config.Contracts.Block != 0 {
		opts = append(opts, sdk.WithStartBlock(s.Config.Contracts.Block))
	}
	return sdk.Dial(ctx, s.RPC, s.Hub, opts...)
}

// publishStep prints a step's line to standard error.
func publishStep(cmd *cobra.Command, format string, args ...any) {
	fmt.Fprintf(cmd.ErrOrStderr(), format+"\n", args...)
}

// detectApp tells an app file's type and checksum: an OCI image layout archive is an
// OCI app whose checksum is its image digest; anything else a WASM module, whose checksum
// is the file's sha256.
func detectApp(f *os.File, typeFlag string, sha [32]byte) (string, [32]byte, string, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", sha, "", err
	}
	var head [4]byte
	n, _ := io.ReadFull(f, head[:])
	isWasm := n == 4 && bytes.Equal(head[:], []byte("\x00asm"))
	var info image.Info
	var imgErr error
	if !isWasm {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return "", sha, "", err
		}
		info, imgErr = image.Inspect(f)
	} else {
		imgErr = errors.New("a WASM module")
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", sha, "", err
	}
	typ := ""
	if typeFlag != "" {
		var err error
		if typ, err = parseAppType(typeFlag); err != nil {
			return "", sha, "", err
		}
	}
	switch {
	case typ == "OCI" || (typ == "" && imgErr == nil):
		if imgErr != nil {
			return "", sha, "", fmt.Errorf("--type OCI, but the file is not an OCI image archive: %w", imgErr)
		}
		d, err := hex.DecodeString(strings.TrimPrefix(info.Digest, "sha256:"))
		if err != nil || len(d) != 32 {
			return "", sha, "", fmt.Errorf("the image's digest %q is not sha256:<64 hex digits>", info.Digest)
		}
		var sum [32]byte
		copy(sum[:], d)
		return "OCI", sum, "the image digest " + info.Digest, nil
	case typ == "WASM" || isWasm:
		return "WASM", sha, "the file's sha256", nil
	}
	return "", sha, "", fmt.Errorf("the file is neither a WASM module (it does not start with \\0asm) nor an OCI image archive (%v); pass --type WASM or OCI if you are sure", imgErr)
}

// defaultAssetName is a file's name without its extension.
func defaultAssetName(path string) string {
	base := filepath.Base(filepath.Clean(path))
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

func newAppPublishCommand(g *globals) *cobra.Command {
	var f publishFlags
	var appType string
	cmd := &cobra.Command{
		Use:   "publish FILE|IMAGE-ARCHIVE [--name N] [--price P] [--volume V] ...",
		Short: "Upload an app, register it and publish its order, in one step",
		Long: `Publishes an app in three steps, each said as it is done:

  1. uploads FILE to the storage (--storage, else ` + EnvStorage + `, else the configuration
     file's "storage"), signed when the gateway asks (docs/storage.md);
  2. registers the app (as ` + "`poco app deploy`" + `): its type is OCI for an OCI image
     layout archive (its checksum the image digest), WASM for a WebAssembly module (its
     checksum the file's sha256); its multiaddr /ipfs/<cid>; its name --name, else the
     file's name; a TEE app's enclave description --enclave (checked as by app deploy;
     its order then needs --tag tee,tdx). An app already registered by you with the
     same values is reused;
  3. signs an app order (as ` + "`poco order init app`" + ` and ` + "`poco order sign`" + `: --price per task,
     --volume tasks, --tag, restrictions) and publishes it to the market (--market, else
     ` + EnvMarket + `, else the configuration file's "market"). The signed order is also
     written to a file (--order-out).

If a step fails after the upload, nothing is lost: run the same command again (the
upload and the registration are reused), or finish by hand as the error says.
With --json: {"upload", "app", "registered", "order"}.

` + chainSigningHelp,
		Example: `  poco app publish hello.wasm --price 0.1
  poco app publish ociapp.tar --name ociapp --price 1 --volume 100 --workerpool-restrict 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0`,
		Args: oneArg("the FILE of the app: a WASM module or an OCI image archive"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPublish(cmd, g, &f, "app", args[0], appType)
		},
	}
	f.register(cmd, "app", "dataset", "workerpool", "requester")
	cmd.Flags().StringVar(&appType, "type", "", "WASM or OCI (default: told from the file)")
	cmd.Flags().StringVar(&f.enclave, "enclave", "", `enclave description of a TEE app, JSON or a file, as for app deploy: {"framework":"tdx","mrtd":[…]} (its order then needs --tag tee,tdx)`)
	return cmd
}

func newDatasetPublishCommand(g *globals) *cobra.Command {
	var f publishFlags
	cmd := &cobra.Command{
		Use:   "publish FILE|DIR [--name N] [--price P] [--volume V] ...",
		Short: "Upload a dataset, register it and publish its order, in one step",
		Long: `Publishes a dataset in three steps, each said as it is done:

  1. uploads FILE to the storage (--storage, else ` + EnvStorage + `, else the configuration
     file's "storage"), signed when the gateway asks (docs/storage.md); a folder DIR is
     packed as a deterministic tar first (as ` + "`poco storage put`" + ` does);
  2. registers the dataset (as ` + "`poco dataset deploy`" + `): its multiaddr /ipfs/<cid>, its
     checksum the sha256 of what was uploaded, its name --name, else the file's name. A
     dataset already registered by you with the same values is reused;
  3. signs a dataset order (--price per task, --volume tasks, --tag, restrictions) and
     publishes it to the market (--market, else ` + EnvMarket + `, else the configuration
     file's "market"). The signed order is also written to a file (--order-out).

If a step fails after the upload, nothing is lost: run the same command again, or
finish by hand as the error says. With --json: {"upload", "dataset", "registered",
"order"}.

` + chainSigningHelp,
		Example: `  poco dataset publish numbers.csv --price 0.5 --app-restrict 0x5FbDB2315678afecb367f032d93F642f64180aa3`,
		Args:    oneArg("the FILE of the dataset"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPublish(cmd, g, &f, "dataset", args[0], "")
		},
	}
	f.register(cmd, "dataset", "app", "workerpool", "requester")
	return cmd
}

// runPublish is publish for kind "app" or "dataset".
func runPublish(cmd *cobra.Command, g *globals, f *publishFlags, kind, path, appType string) error {
	ctx := cmd.Context()
	s, err := g.settings()
	if err != nil {
		return err
	}
	// Check everything that can be checked before anything is uploaded or sent.
	price, err := orderAmountFlag("price", f.price)
	if err != nil {
		return err
	}
	if err := orderCheckVolume(f.volume); err != nil {
		return err
	}
	tag, err := orderTagFlag(f.tag)
	if err != nil {
		return err
	}
	restrict := map[string]common.Address{}
	for name := range f.restrict {
		if restrict[name], err = f.restriction(name); err != nil {
			return err
		}
	}
	var mrenclave []byte
	if f.enclave != "" {
		if mrenclave, err = parseEnclave(f.enclave); err != nil {
			return err
		}
	}
	name := f.name
	if name == "" {
		name = defaultAssetName(path)
	}
	if strings.TrimSpace(name) == "" {
		return errors.New("--name is empty: give the " + kind + "'s name")
	}
	store, err := configuredStore(s, f.storage)
	if err != nil {
		return err
	}
	if err := s.RequireChain(); err != nil {
		return err
	}
	src, packed, done, err := putSource(path)
	if err != nil {
		return fmt.Errorf("cannot publish %s: %w", path, err)
	}
	defer done()
	if packed && kind == "app" {
		return fmt.Errorf("%s is a folder: an app is one file, a WASM module or an OCI image archive", path)
	}
	sha, err := sha256File(src)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	var checksum [32]byte = sha
	var checksumWhat = "the file's sha256"
	if kind == "app" {
		if appType, checksum, checksumWhat, err = detectApp(src, appType, sha); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	keyFn := keyOnce(s)
	sk, err := keyFn()
	if err != nil {
		return err
	}
	c, err := publishDial(ctx, s, sk.key)
	if err != nil {
		return err
	}
	defer c.Close()
	marketAt := marketURL(s, f.market)

	// 1. Upload.
	cidv, size, signer, err := storeUpload(ctx, cmd, s, store, src, f.sign, keyFn)
	if err != nil {
		return fmt.Errorf("uploading %s: %w (nothing was registered)", path, err)
	}
	v := publishJSON{Upload: storedJSON{CID: cidv.String(), Location: "/ipfs/" + cidv.String(), Size: size,
		Sha256: "0x" + hex.EncodeToString(sha[:]), File: path, Packed: packed, Signer: signer}}
	multiaddr := v.Upload.Location
	publishStep(cmd, "1/3 Uploaded %s: %s (%s, sha256 %s).", path, multiaddr, formatSize(size), v.Upload.Sha256)

	// 2. Register.
	checksumHex := "0x" + hex.EncodeToString(checksum[:])
	var asset common.Address
	finishRegister := func(err error) error {
		deploy := fmt.Sprintf("poco %s deploy --name %q", kind, name)
		if kind == "app" {
			deploy += " --type " + appType
			if mrenclave != nil {
				deploy += fmt.Sprintf(" --enclave '%s'", mrenclave)
			}
		}
		deploy += fmt.Sprintf(" --multiaddr %s --checksum %s", multiaddr, checksumHex)
		return fmt.Errorf("%s is uploaded (%s), but registering the %s failed: %w\nNothing is lost: run the same command again, or register it with\n  %s\nthen publish its order with\n  poco order init %s ADDRESS --price %s --volume %d | poco order sign - -o order.json && poco order publish order.json",
			path, multiaddr, kind, err, deploy, kind, f.price, f.volume)
	}
	var predicted common.Address
	var ak assetKind
	if kind == "app" {
		ak = appKind
		predicted, err = c.PredictApp(ctx, sdk.AppSpec{Name: name, Type: appType, Multiaddr: multiaddr, Checksum: checksum, MrEnclave: mrenclave})
	} else {
		ak = datasetKind
		predicted, err = c.PredictDataset(ctx, sdk.DatasetSpec{Name: name, Multiaddr: multiaddr, Checksum: checksum})
	}
	if err != nil {
		return finishRegister(err)
	}
	owner, err := ak.owner(ctx, c, predicted)
	if err != nil {
		return finishRegister(err)
	}
	if owner != (common.Address{}) {
		asset = predicted
		publishStep(cmd, "2/3 The %s is already registered at %s with these values: reusing it.", kind, asset.Hex())
	} else {
		if kind == "app" {
			asset, err = c.CreateApp(ctx, sdk.AppSpec{Name: name, Type: appType, Multiaddr: multiaddr, Checksum: checksum, MrEnclave: mrenclave})
		} else {
			asset, err = c.CreateDataset(ctx, sdk.DatasetSpec{Name: name, Multiaddr: multiaddr, Checksum: checksum})
		}
		if err != nil {
			return finishRegister(err)
		}
		v.Registered = true
		publishStep(cmd, "2/3 Registered %s %s %q (checksum %s, %s).", kind, asset.Hex(), name, checksumHex, checksumWhat)
	}
	if kind == "app" {
		a, err := c.App(ctx, asset)
		if err != nil {
			return finishRegister(err)
		}
		j := newAppJSON(a)
		v.App = &j
	} else {
		d, err := c.Dataset(ctx, asset)
		if err != nil {
			return finishRegister(err)
		}
		j := newDatasetJSON(d)
		v.Dataset = &j
	}

	// 3. Sign and publish the order.
	if !f.noOrder {
		var order protocol.Order
		if kind == "app" {
			o := sdk.NewAppOrder(asset, price, f.volume)
			o.Tag, o.DatasetRestrict, o.WorkerpoolRestrict, o.RequesterRestrict = tag, restrict["dataset"], restrict["workerpool"], restrict["requester"]
			order = o
		} else {
			o := sdk.NewDatasetOrder(asset, price, f.volume)
			o.Tag, o.AppRestrict, o.WorkerpoolRestrict, o.RequesterRestrict = tag, restrict["app"], restrict["workerpool"], restrict["requester"]
			order = o
		}
		ov, err := publishOrder(ctx, c, sk.key, order, kind, asset, marketAt, f.orderOut, price, f.volume)
		if ov != nil {
			v.Order = ov
		}
		if err != nil {
			if ov == nil || ov.File == "" {
				return fmt.Errorf("the %s is uploaded (%s) and registered at %s, but signing its order failed: %w\nNothing is lost: publish an order with\n  poco order init %s %s --price %s --volume %d | poco order sign - -o order.json && poco order publish order.json",
					kind, multiaddr, asset.Hex(), err, kind, asset.Hex(), f.price, f.volume)
			}
			return fmt.Errorf("the %s is uploaded (%s) and registered at %s, and its order %s signed into %s, but the market %s did not take it: %w\nNothing is lost: when the market is reachable, run\n  poco order publish %s --market %s",
				kind, multiaddr, asset.Hex(), ov.Hash.Hex(), ov.File, marketAt, err, ov.File, marketAt)
		}
		publishStep(cmd, "3/3 Published the %s order %s to %s: %s per task, %d tasks (signed order in %s).",
			kind, ov.Hash.Hex(), marketAt, sdk.FormatRLC(price), f.volume, ov.File)
	} else {
		publishStep(cmd, "3/3 No order (--no-order): publish one with `poco order init %s %s --price P | poco order sign - -o order.json && poco order publish order.json`.", kind, asset.Hex())
	}
	return s.output(cmd, v, func(w io.Writer) {
		what := "registered now"
		if !v.Registered {
			what = "registered before, reused"
		}
		fmt.Fprintf(w, "Published %s %s: uploaded as %s, %s.\n\n", kind, asset.Hex(), multiaddr, what)
		if v.App != nil {
			writeApp(w, *v.App)
		} else {
			writeDataset(w, *v.Dataset)
		}
		if o := v.Order; o != nil {
			fmt.Fprintf(w, "\nOrder %s: %s per task, %d tasks, %s on %s.\n", o.Hash.Hex(), o.Price, o.Volume, o.Status, o.Market)
		}
	})
}

// publishOrder signs order as its owner, writes it to a file (out, else under
// $POCO_HOME/published) and publishes it to the market. The result is non-nil once the
// order is signed; its File is set once the file is written.
func publishOrder(ctx context.Context, c *sdk.Client, key *ecdsa.PrivateKey, order protocol.Order, kind string, asset common.Address,
	marketAt, out string, price *big.Int, volume uint64) (*publishOrderJSON, error) {
	hash := c.HashOrder(order)
	sig, err := protocol.SignOrder(hash, key)
	if err != nil {
		return nil, err
	}
	var so sdk.SignedOrder
	switch o := order.(type) {
	case protocol.AppOrder:
		so = sdk.SignedAppOrder{Order: o, Sig: sig}
	case protocol.DatasetOrder:
		so = sdk.SignedDatasetOrder{Order: o, Sig: sig}
	default:
		return nil, fmt.Errorf("cannot publish a %T", order)
	}
	v := &publishOrderJSON{Hash: hash, Market: marketAt, Price: sdk.FormatRLC(price), Volume: volume}
	if out == "" {
		out = filepath.Join(config.Home(), "published", fmt.Sprintf("%s-%s-%s.json", kind, asset.Hex(), hash.Hex()[2:10]))
	}
	data, err := json.MarshalIndent(so, "", "  ")
	if err != nil {
		return v, err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return v, fmt.Errorf("writing the signed order: %w", err)
	}
	if err := os.WriteFile(out, append(data, '\n'), 0o644); err != nil {
		return v, fmt.Errorf("writing the signed order: %w", err)
	}
	v.File = out
	o, err := market.NewClient(marketAt).Publish(ctx, so)
	if err != nil {
		return v, err
	}
	v.Published, v.Status = true, string(o.Status)
	return v, nil
}
