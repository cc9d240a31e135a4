package cli

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/protocol"
	"github.com/pocolabs/poco/requester"
	"github.com/pocolabs/poco/result"
	schedapi "github.com/pocolabs/poco/scheduler/api"
	"github.com/pocolabs/poco/sdk"
	smsapi "github.com/pocolabs/poco/sms/api"
	"github.com/pocolabs/poco/sms/attest"
	"github.com/pocolabs/poco/sms/seal"
)

// The commands of confidential computing (docs/confidential.md): encrypting a dataset,
// pushing secrets and result keys to the secret management service (SMS), checking that
// they are there, and decrypting encrypted results.

// EnvSMS names the environment variable giving the SMS's URL when --sms is not given; the
// configuration file's "sms" comes last.
const EnvSMS = "POCO_SMS"

// smsFlagHelp is the help of every --sms flag.
const smsFlagHelp = "the secret management service's URL (env " + EnvSMS + ", else \"sms\" in the configuration file)"

// smsURL is the SMS to talk to: --sms, else POCO_SMS, else the configuration file's "sms"
// ("" when none is known). A URL that is not one fails, saying where it came from.
func (s *Settings) smsURL(flag string) (string, error) {
	var file string
	if s.Config != nil {
		file = s.Config.SMS
	}
	v, from := flag, "--sms"
	switch {
	case flag != "":
	case os.Getenv(EnvSMS) != "":
		v, from = os.Getenv(EnvSMS), EnvSMS
	default:
		v, from = file, "\"sms\" in "+s.ConfigPath
	}
	if err := config.CheckSMS(v); err != nil {
		return "", fmt.Errorf("%s: %w", from, err)
	}
	return strings.TrimRight(v, "/"), nil
}

// errNoSMS says how to name the SMS.
func (s *Settings) errNoSMS() error {
	return fmt.Errorf("which SMS? secrets are kept by the secret management service: pass --sms URL (the address of a `poco sms`, e.g. http://127.0.0.1:8790), set %s, or `poco config set sms URL` (`poco devnet` writes its own)", EnvSMS)
}

// smsClient is a client of the configured SMS; it fails when none is configured.
func (s *Settings) smsClient(flag string) (*smsapi.Client, error) {
	u, err := s.smsURL(flag)
	if err != nil {
		return nil, err
	}
	if u == "" {
		return nil, s.errNoSMS()
	}
	return smsapi.NewClient(u, nil), nil
}

// smsCheckStatus reads the SMS's status and refuses an SMS of another hub than the
// configured one (its secrets would be checked against another deployment); it warns
// when the SMS accepts development attestation.
func smsCheckStatus(ctx context.Context, cmd *cobra.Command, s *Settings, c *smsapi.Client) (smsapi.Status, error) {
	st, err := c.Status(ctx)
	if err != nil {
		return st, fmt.Errorf("the SMS at %s does not answer: %w (is `poco sms` running there? check --sms, %s or \"sms\" in %s)", c.URL(), err, EnvSMS, s.ConfigPath)
	}
	if s.Hub != (common.Address{}) && st.Hub != (common.Address{}) && st.Hub != s.Hub {
		return st, fmt.Errorf("the SMS at %s serves the hub %s (chain %d), not yours, %s: its secrets would be for another deployment; give the SMS of your chain with --sms URL",
			c.URL(), st.Hub.Hex(), st.ChainID, s.Hub.Hex())
	}
	if st.InsecureDevAttestation {
		fmt.Fprintf(cmd.ErrOrStderr(), "Warning: the SMS at %s accepts development attestation (--insecure-dev-attestation): what it releases is protected by no TEE. Use it for tests only.\n", c.URL())
	}
	return st, nil
}

// smsSigner unlocks the --from account's key, which signs the writes.
func smsSigner(s *Settings) (smsapi.Signer, error) {
	key, err := s.unlock()
	if err != nil {
		return nil, err
	}
	return sdk.KeySigner{Key: key}, nil
}

// smsCheckOwner checks, when a chain is configured, that signer owns the asset: the SMS
// would refuse the write anyway, but this says who the owner is.
func smsCheckOwner(ctx context.Context, s *Settings, k assetKind, asset, signer common.Address) error {
	if s.RequireChain() != nil {
		return nil // the SMS checks it
	}
	c, err := s.client(ctx, false)
	if err != nil {
		return err
	}
	defer c.Close()
	owner, err := k.owner(ctx, c, asset)
	if err != nil {
		return err
	}
	switch owner {
	case common.Address{}:
		return fmt.Errorf("no %s is registered at %s on this chain: check the address (`poco %s show %s`)", k.name, asset.Hex(), k.name, asset.Hex())
	case signer:
		return nil
	}
	return fmt.Errorf("only the owner of %s %s, %s, may push its secret, not you (%s): pass --from %s",
		k.name, asset.Hex(), owner.Hex(), signer.Hex(), owner.Hex())
}

// smsPushError turns a refusal of the SMS into a sentence with the fix.
func smsPushError(c *smsapi.Client, t smsapi.Target, err error) error {
	switch {
	case smsapi.IsCode(err, smsapi.CodeNotOwner):
		return fmt.Errorf("the SMS at %s refused to store the %s: %w (sign with the owner's account: --from)", c.URL(), t.Kind, err)
	case smsapi.IsCode(err, smsapi.CodeSignature), smsapi.IsCode(err, smsapi.CodeChallenge):
		return fmt.Errorf("the SMS at %s refused the signed write of the %s: %w (is the SMS for the same chain and hub as your configuration?)", c.URL(), t.Kind, err)
	case smsapi.IsCode(err, smsapi.CodeChainUnavailable):
		return fmt.Errorf("the SMS at %s cannot read the chain to check who owns what: %w; try again later", c.URL(), err)
	case err != nil:
		return fmt.Errorf("pushing the %s to the SMS at %s: %w", t.Kind, c.URL(), err)
	}
	return nil
}

// secretJSON is what push-secret, check-secret, push-key and check-key print.
type secretJSON struct {
	Kind   string `json:"kind"`             // dataset-key, app-secret, requester-secret, result-key
	Owner  string `json:"owner"`            // the dataset, app, requester or beneficiary
	Name   string `json:"name,omitempty"`   // a requester secret's name
	SMS    string `json:"sms"`              // the SMS's URL
	Exists bool   `json:"exists"`           // the SMS holds it (after a push: true)
	Signer string `json:"signer,omitempty"` // who signed the push
	Pushed bool   `json:"pushed,omitempty"` // this command pushed it
}

func newSecretJSON(c *smsapi.Client, t smsapi.Target) secretJSON {
	return secretJSON{Kind: t.Kind, Owner: t.Owner.Hex(), Name: t.Name, SMS: c.URL()}
}

// describeTarget is the secret in words: "the key of dataset 0x…".
func describeTarget(t smsapi.Target) string {
	switch t.Kind {
	case smsapi.KindDatasetKey:
		return "the key of dataset " + t.Owner.Hex()
	case smsapi.KindAppSecret:
		return "the developer secret of app " + t.Owner.Hex()
	case smsapi.KindRequesterSecret:
		return fmt.Sprintf("the requester secret %q of %s", t.Name, t.Owner.Hex())
	case smsapi.KindResultKey:
		return "the result key of beneficiary " + t.Owner.Hex()
	}
	return t.String()
}

// pushSpec is one kind of push: how to name the target once the signer is known, and
// the owner check.
type pushSpec struct {
	target func(signer common.Address) smsapi.Target
	// asset, when set, must be owned by the signer (checked on chain when one is configured).
	asset *assetKind
	next  string // printed after a push, for people
}

// runPush pushes value as the spec's target, signed by the --from account.
func runPush(cmd *cobra.Command, g *globals, smsFlag string, spec pushSpec, value string) error {
	ctx := cmd.Context()
	s, err := g.settings()
	if err != nil {
		return err
	}
	c, err := s.smsClient(smsFlag)
	if err != nil {
		return err
	}
	if _, err := smsCheckStatus(ctx, cmd, s, c); err != nil {
		return err
	}
	signer, err := smsSigner(s)
	if err != nil {
		return err
	}
	t := spec.target(signer.Address())
	if spec.asset != nil {
		if err := smsCheckOwner(ctx, s, *spec.asset, t.Owner, signer.Address()); err != nil {
			return err
		}
	}
	if err := c.Push(ctx, signer, t, value); err != nil {
		return smsPushError(c, t, err)
	}
	v := newSecretJSON(c, t)
	v.Exists, v.Pushed, v.Signer = true, true, signer.Address().Hex()
	return s.output(cmd, v, func(w io.Writer) {
		fmt.Fprintf(w, "Pushed %s to the SMS at %s (signed by %s).\n", describeTarget(t), c.URL(), v.Signer)
		if spec.next != "" {
			fmt.Fprintln(w, spec.next)
		}
	})
}

// runCheck says whether the SMS holds target; both answers exit with status 0.
func runCheck(cmd *cobra.Command, g *globals, smsFlag string, target func(s *Settings) (smsapi.Target, error), push string) error {
	s, err := g.settings()
	if err != nil {
		return err
	}
	t, err := target(s)
	if err != nil {
		return err
	}
	c, err := s.smsClient(smsFlag)
	if err != nil {
		return err
	}
	ok, err := c.Has(cmd.Context(), t)
	if err != nil {
		return fmt.Errorf("asking the SMS at %s: %w", c.URL(), err)
	}
	v := newSecretJSON(c, t)
	v.Exists = ok
	return s.output(cmd, v, func(w io.Writer) {
		if ok {
			fmt.Fprintf(w, "The SMS at %s holds %s.\n", c.URL(), describeTarget(t))
			return
		}
		fmt.Fprintf(w, "The SMS at %s does not hold %s: push it with `%s`.\n", c.URL(), describeTarget(t), push)
	})
}

// checkHelp ends the help of every check command.
const checkHelp = `It only asks the SMS whether the secret exists (HEAD): nobody but an attested enclave
ever reads a secret back. It exits with status 0 whether the secret exists or not: read
the answer, or "exists" with --json: {"kind", "owner", "name", "sms", "exists"}.`

// pushHelp ends the help of every push command.
const pushHelp = `The write is signed by the --from account (its key unlocked as for a transaction) over
a fresh challenge of the SMS, which checks on chain that the signer may write it. The SMS
is --sms URL, else ` + EnvSMS + `, else "sms" in the configuration file. Pushing again
replaces the value. With --json: {"kind", "owner", "name", "sms", "exists", "signer",
"pushed"}.`

// readSecretValue reads an app or requester secret from --secret-file or standard input:
// one final line break is removed; it must be 1 to smsapi.MaxSecretBytes bytes.
func readSecretValue(cmd *cobra.Command, file string, stdin bool) (string, error) {
	var b []byte
	var err error
	switch {
	case file != "" && stdin:
		return "", errors.New("give the secret once: --secret-file FILE or --secret-stdin, not both")
	case file != "":
		if b, err = os.ReadFile(file); err != nil {
			return "", fmt.Errorf("reading the --secret-file: %w", err)
		}
	case stdin:
		if b, err = io.ReadAll(io.LimitReader(cmd.InOrStdin(), smsapi.MaxSecretBytes+3)); err != nil {
			return "", fmt.Errorf("reading the secret from standard input: %w", err)
		}
	default:
		return "", errors.New("which secret? give --secret-file FILE, or --secret-stdin to read it from standard input (a secret is never an argument: it would stay in the shell's history)")
	}
	v := strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r")
	switch {
	case v == "":
		return "", errors.New("the secret is empty: nothing to push")
	case len(v) > smsapi.MaxSecretBytes:
		return "", fmt.Errorf("the secret is %d bytes, more than the %d an SMS keeps: push a key, and put the bulk in an encrypted dataset", len(v), smsapi.MaxSecretBytes)
	}
	return v, nil
}

// ───────────────────────────── datasets ─────────────────────────────

// datasetEncryptJSON is what `dataset encrypt --json` prints.
type datasetEncryptJSON struct {
	File          string `json:"file"`
	Encrypted     string `json:"encrypted"`
	KeyFile       string `json:"keyFile"`
	Size          int    `json:"size"`
	EncryptedSize int    `json:"encryptedSize"`
	// Checksum is the sha256 of the encrypted file, 0x-hex: the dataset's checksum.
	Checksum string `json:"checksum"`
}

// refuseOverwrite fails when path exists, unless force.
func refuseOverwrite(flag, path string, force bool) error {
	if force {
		return nil
	}
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s %s exists: choose another %s, or pass --force to replace it", flag, path, flag)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

func newDatasetEncryptCommand(g *globals) *cobra.Command {
	var out, keyOut string
	var force bool
	cmd := &cobra.Command{
		Use:   "encrypt FILE [--out FILE.enc] [--key-out FILE.key]",
		Short: "Encrypt a dataset file with a fresh key, for confidential (TEE) tasks",
		Long: `Encrypts FILE with a fresh random 256-bit key (AES-256-GCM, the POCO-DS1 format of
docs/confidential.md) and writes:

  --out      the encrypted file (default FILE.enc)
  --key-out  the key, as 64 hex digits, readable by you only (default FILE.key): keep it;
             the SMS releases it only to an attested enclave running a task of a deal
             that uses the dataset

It prints the sha256 of the encrypted file: register it as the dataset's checksum (workers
check the encrypted bytes against it before decrypting inside their enclave). It refuses
to replace existing files unless --force. Nothing is sent anywhere.

Then:
  1. upload the encrypted file: poco storage put FILE.enc
  2. register it: poco dataset deploy --name NAME --multiaddr /ipfs/<cid> --checksum <sha256>
     (or do both with: poco dataset publish FILE.enc)
  3. give the key to the SMS: poco dataset push-secret DATASET --key-file FILE.key

With --json: {"file", "encrypted", "keyFile", "size", "encryptedSize", "checksum"}.`,
		Example: `  poco dataset encrypt patients.csv
  poco dataset encrypt patients.csv --out /tmp/p.enc --key-out ~/.poco/keys/patients.key --json`,
		Args: oneArg("the FILE to encrypt"),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := args[0]
			if out == "" {
				out = in + ".enc"
			}
			if keyOut == "" {
				keyOut = in + ".key"
			}
			switch {
			case samePath(out, in):
				return fmt.Errorf("--out %s is the file to encrypt: write the encrypted file elsewhere", out)
			case samePath(keyOut, in), samePath(keyOut, out):
				return fmt.Errorf("--key-out %s is the file to encrypt or the encrypted file: write the key elsewhere", keyOut)
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			fi, err := os.Stat(in)
			if err != nil {
				return err
			}
			if fi.IsDir() {
				return fmt.Errorf("%s is a folder: a dataset is one file (pack a folder first, e.g. tar -cf data.tar %s)", in, in)
			}
			if err := refuseOverwrite("--out", out, force); err != nil {
				return err
			}
			if err := refuseOverwrite("--key-out", keyOut, force); err != nil {
				return err
			}
			plain, err := os.ReadFile(in)
			if err != nil {
				return err
			}
			if bytes.HasPrefix(plain, seal.DatasetMagic) {
				return fmt.Errorf("%s is already encrypted (it starts with %s): encrypt the original file", in, seal.DatasetMagic)
			}
			key, err := seal.NewKey()
			if err != nil {
				return err
			}
			enc, err := seal.EncryptDataset(key, plain)
			if err != nil {
				return err
			}
			// The key first: an encrypted file whose key is lost is worth nothing.
			if err := atomicfile.Write(keyOut, []byte(hex.EncodeToString(key[:])+"\n"), 0o600); err != nil {
				return fmt.Errorf("writing the key: %w", err)
			}
			if err := atomicfile.Write(out, enc, 0o644); err != nil {
				return fmt.Errorf("writing the encrypted file: %w", err)
			}
			sum := sha256.Sum256(enc)
			v := datasetEncryptJSON{File: in, Encrypted: out, KeyFile: keyOut, Size: len(plain), EncryptedSize: len(enc),
				Checksum: "0x" + hex.EncodeToString(sum[:])}
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Encrypted %s (%d bytes) into %s (%d bytes); its key is in %s (keep it private).\n", v.File, v.Size, v.Encrypted, v.EncryptedSize, v.KeyFile)
				fmt.Fprintf(w, "Checksum of the encrypted file (the dataset's checksum): %s\n\n", v.Checksum)
				fmt.Fprintln(w, "Next:")
				fmt.Fprintf(w, "  1. poco storage put %s\n", v.Encrypted)
				fmt.Fprintf(w, "  2. poco dataset deploy --name NAME --multiaddr /ipfs/<cid printed by step 1> --checksum %s\n", v.Checksum)
				fmt.Fprintf(w, "     (or steps 1 and 2 at once: poco dataset publish %s)\n", v.Encrypted)
				fmt.Fprintf(w, "  3. poco dataset push-secret <dataset address> --key-file %s\n", v.KeyFile)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "the encrypted file to write (default FILE.enc)")
	f.StringVar(&keyOut, "key-out", "", "the key file to write (default FILE.key)")
	f.BoolVar(&force, "force", false, "replace --out and --key-out if they exist")
	return cmd
}

func newDatasetPushSecretCommand(g *globals) *cobra.Command {
	var keyFile, smsFlag string
	cmd := &cobra.Command{
		Use:   "push-secret DATASET --key-file FILE",
		Short: "Give a dataset's key to the SMS, for enclaves running its deals",
		Long: `Pushes the key of the encrypted dataset DATASET (the key file ` + "`poco dataset encrypt`" + `
wrote: 64 hex digits) to the secret management service. The --from account must own the
dataset. The SMS releases the key only to an attested enclave running a task of a deal
that uses the dataset.

` + pushHelp,
		Example: `  poco dataset push-secret 0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512 --key-file patients.csv.key
  poco dataset push-secret 0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512 --key-file k.key --sms http://127.0.0.1:8790 --json`,
		Args: oneArg("the DATASET's address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dataset, err := parseAddress("dataset", args[0])
			if err != nil {
				return err
			}
			if keyFile == "" {
				return errors.New("which key? give --key-file FILE, the key file `poco dataset encrypt` wrote")
			}
			b, err := os.ReadFile(keyFile)
			if err != nil {
				return fmt.Errorf("reading the --key-file: %w", err)
			}
			key, err := seal.ParseKey(string(b))
			if err != nil {
				return fmt.Errorf("--key-file %s: %w", keyFile, err)
			}
			spec := pushSpec{
				target: func(common.Address) smsapi.Target { return smsapi.Target{Kind: smsapi.KindDatasetKey, Owner: dataset} },
				asset:  &datasetKind,
				next:   "Check it with: poco dataset check-secret " + dataset.Hex(),
			}
			return runPush(cmd, g, smsFlag, spec, hex.EncodeToString(key[:]))
		},
	}
	cmd.Flags().StringVar(&keyFile, "key-file", "", "the dataset's key file (64 hex digits), as `poco dataset encrypt` wrote it")
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

func newDatasetCheckSecretCommand(g *globals) *cobra.Command {
	var smsFlag string
	cmd := &cobra.Command{
		Use:   "check-secret DATASET",
		Short: "Say whether the SMS holds a dataset's key",
		Long:  "Says whether the secret management service holds the key of DATASET.\n\n" + checkHelp,
		Example: `  poco dataset check-secret 0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512
  poco dataset check-secret 0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512 --json`,
		Args: oneArg("the DATASET's address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dataset, err := parseAddress("dataset", args[0])
			if err != nil {
				return err
			}
			return runCheck(cmd, g, smsFlag, func(*Settings) (smsapi.Target, error) {
				return smsapi.Target{Kind: smsapi.KindDatasetKey, Owner: dataset}, nil
			}, "poco dataset push-secret "+dataset.Hex()+" --key-file FILE")
		},
	}
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

// ───────────────────────────── apps ─────────────────────────────

func newAppPushSecretCommand(g *globals) *cobra.Command {
	var file, smsFlag string
	var stdin bool
	cmd := &cobra.Command{
		Use:   "push-secret APP (--secret-file FILE | --secret-stdin)",
		Short: "Give the SMS the app developer's secret, for enclaves running the app",
		Long: `Pushes the developer secret of APP (an API key, a model key, …) to the secret management
service. The --from account must own the app. An attested enclave running a task of the
app gets it in the environment variable IEXEC_APP_DEVELOPER_SECRET.

The secret is read from --secret-file FILE or, with --secret-stdin, from standard input,
never from an argument; one final line break is removed. At most ` + fmt.Sprint(smsapi.MaxSecretBytes) + ` bytes.

` + pushHelp,
		Example: `  poco app push-secret 0x5FbDB2315678afecb367f032d93F642f64180aa3 --secret-file api-key.txt
  printf %s "$MODEL_KEY" | poco app push-secret 0x5FbDB2315678afecb367f032d93F642f64180aa3 --secret-stdin`,
		Args: oneArg("the APP's address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := parseAddress("app", args[0])
			if err != nil {
				return err
			}
			v, err := readSecretValue(cmd, file, stdin)
			if err != nil {
				return err
			}
			spec := pushSpec{
				target: func(common.Address) smsapi.Target { return smsapi.Target{Kind: smsapi.KindAppSecret, Owner: app} },
				asset:  &appKind,
				next:   "Check it with: poco app check-secret " + app.Hex(),
			}
			return runPush(cmd, g, smsFlag, spec, v)
		},
	}
	cmd.Flags().StringVar(&file, "secret-file", "", "a file holding the secret")
	cmd.Flags().BoolVar(&stdin, "secret-stdin", false, "read the secret from standard input")
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

func newAppCheckSecretCommand(g *globals) *cobra.Command {
	var smsFlag string
	cmd := &cobra.Command{
		Use:     "check-secret APP",
		Short:   "Say whether the SMS holds an app's developer secret",
		Long:    "Says whether the secret management service holds the developer secret of APP.\n\n" + checkHelp,
		Example: "  poco app check-secret 0x5FbDB2315678afecb367f032d93F642f64180aa3 --json",
		Args:    oneArg("the APP's address"),
		RunE: func(cmd *cobra.Command, args []string) error {
			app, err := parseAddress("app", args[0])
			if err != nil {
				return err
			}
			return runCheck(cmd, g, smsFlag, func(*Settings) (smsapi.Target, error) {
				return smsapi.Target{Kind: smsapi.KindAppSecret, Owner: app}, nil
			}, "poco app push-secret "+app.Hex()+" --secret-file FILE")
		},
	}
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

// enclaveFramework is the TEE framework Poco's enclave descriptions name.
const enclaveFramework = "tdx"

// parseEnclave reads an app's enclave description: a JSON object (attest.EnclaveDescription)
// given as is or in a file. Its framework must be "tdx", its registers lists of 48-byte
// measurements (96 hex digits). It returns the description as compact JSON, as registered.
func parseEnclave(v string) ([]byte, error) {
	const want = `{"framework":"tdx","mrtd":["<96 hex digits>"],"rtmr3":["<96 hex digits>"]}`
	v = strings.TrimSpace(v)
	what := "--enclave"
	data := []byte(v)
	if !strings.HasPrefix(v, "{") {
		b, err := os.ReadFile(v)
		if err != nil {
			return nil, fmt.Errorf("--enclave %s is neither a JSON object nor a readable file: %w", v, err)
		}
		data, what = bytes.TrimSpace(b), "--enclave "+v
	}
	var d attest.EnclaveDescription
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%s is not an enclave description like %s: %v", what, want, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s holds more than one JSON value: want one object like %s", what, want)
	}
	if !strings.EqualFold(d.Framework, enclaveFramework) {
		return nil, fmt.Errorf("%s: framework %q is not supported: Poco runs TEE tasks in Intel TDX, write \"framework\":\"tdx\"", what, d.Framework)
	}
	d.Framework = enclaveFramework
	for _, r := range []struct {
		name string
		list []string
	}{{"mrtd", d.MRTD}, {"rtmr0", d.RTMR0}, {"rtmr1", d.RTMR1}, {"rtmr2", d.RTMR2}, {"rtmr3", d.RTMR3}} {
		for _, m := range r.list {
			h := strings.TrimPrefix(strings.TrimPrefix(m, "0x"), "0X")
			if len(h) != 96 || !isHex(h) {
				return nil, fmt.Errorf("%s: %s value %q is not a 48-byte measurement (96 hex digits)", what, r.name, m)
			}
		}
	}
	if len(d.MRTD) == 0 && len(d.RTMR0)+len(d.RTMR1)+len(d.RTMR2)+len(d.RTMR3) == 0 {
		return nil, fmt.Errorf("%s allows any measurement: give at least \"mrtd\" or an \"rtmrN\" list, else any TDX guest could receive the app's secrets", what)
	}
	return json.Marshal(d)
}

// ───────────────────────────── requesters ─────────────────────────────

func newRequesterCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "requester",
		Short: "Push and check a requester's secrets for confidential tasks",
		Long: `A requester's secrets are named values (passwords, API keys) kept by the secret
management service: ` + "`poco run --secret NAME`" + ` gives them, in order, to the app of a TEE task
as IEXEC_REQUESTER_SECRET_1, _2, …. See docs/confidential.md.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newRequesterPushSecretCommand(g), newRequesterCheckSecretCommand(g))
	return cmd
}

// checkSecretName refuses a name the SMS would not take.
func checkSecretName(name string) error {
	if !smsapi.NameRE.MatchString(name) {
		return fmt.Errorf("secret name %q: use 1 to %d letters, digits, '_', '.' or '-'", name, smsapi.MaxNameBytes)
	}
	return nil
}

func newRequesterPushSecretCommand(g *globals) *cobra.Command {
	var file, smsFlag string
	var stdin bool
	cmd := &cobra.Command{
		Use:   "push-secret NAME (--secret-file FILE | --secret-stdin)",
		Short: "Give the SMS one of your secrets, under a name",
		Long: `Pushes a secret of the --from account, the requester, under NAME (1 to 64 letters,
digits, '_', '.' or '-') to the secret management service. ` + "`poco run --secret NAME`" + `
gives it to the app of a TEE task, as IEXEC_REQUESTER_SECRET_<n> for the n-th --secret.

The secret is read from --secret-file FILE or, with --secret-stdin, from standard input,
never from an argument; one final line break is removed. At most ` + fmt.Sprint(smsapi.MaxSecretBytes) + ` bytes.

` + pushHelp,
		Example: `  poco requester push-secret db-password --secret-file pw.txt
  printf %s "$TOKEN" | poco requester push-secret api-token --secret-stdin
  poco run 0xAPP --secret db-password --secret api-token --yes`,
		Args: oneArg("the NAME of the secret"),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			if err := checkSecretName(name); err != nil {
				return err
			}
			v, err := readSecretValue(cmd, file, stdin)
			if err != nil {
				return err
			}
			spec := pushSpec{
				target: func(me common.Address) smsapi.Target {
					return smsapi.Target{Kind: smsapi.KindRequesterSecret, Owner: me, Name: name}
				},
				next: "Use it with: poco run APP --secret " + name,
			}
			return runPush(cmd, g, smsFlag, spec, v)
		},
	}
	cmd.Flags().StringVar(&file, "secret-file", "", "a file holding the secret")
	cmd.Flags().BoolVar(&stdin, "secret-stdin", false, "read the secret from standard input")
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

func newRequesterCheckSecretCommand(g *globals) *cobra.Command {
	var who, smsFlag string
	cmd := &cobra.Command{
		Use:   "check-secret NAME [--requester ADDRESS]",
		Short: "Say whether the SMS holds a requester's secret",
		Long: `Says whether the secret management service holds the secret NAME of the requester
(--requester ADDRESS, default the --from account). No key is needed.

` + checkHelp,
		Example: `  poco requester check-secret db-password
  poco requester check-secret db-password --requester 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json`,
		Args: oneArg("the NAME of the secret"),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := args[0]
			if err := checkSecretName(name); err != nil {
				return err
			}
			return runCheck(cmd, g, smsFlag, func(s *Settings) (smsapi.Target, error) {
				if who == "" && s.Account == (common.Address{}) {
					return smsapi.Target{}, fmt.Errorf("whose secret? pass --requester ADDRESS, or --from ADDRESS (or set %s)", EnvAccount)
				}
				var addrArgs []string
				if who != "" {
					addrArgs = []string{who}
				}
				owner, err := s.address(addrArgs)
				if err != nil {
					return smsapi.Target{}, fmt.Errorf("--requester: %w", err)
				}
				return smsapi.Target{Kind: smsapi.KindRequesterSecret, Owner: owner, Name: name}, nil
			}, "poco requester push-secret "+name+" --secret-file FILE")
		},
	}
	cmd.Flags().StringVar(&who, "requester", "", "the requester whose secret to check (default: the --from account)")
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

// ───────────────────────────── results ─────────────────────────────

// defaultResultKeyFile is where `poco result keygen` writes by default.
func defaultResultKeyFile() string { return filepath.Join(config.Home(), "result.key") }

// loadResultKey reads a result private key file: 64 hex digits (0x optional).
func loadResultKey(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no result key file %s: make one with `poco result keygen --out %s`", path, path)
		}
		return nil, err
	}
	h := strings.TrimPrefix(strings.TrimSpace(string(b)), "0x")
	key, err := crypto.HexToECDSA(h)
	if err != nil {
		return nil, fmt.Errorf("%s is not a result key file (a secp256k1 private key as 64 hex digits, as `poco result keygen` writes): %v", path, err)
	}
	return key, nil
}

func newResultCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "result",
		Short: "Make, push and use a result key: results encrypted for you alone",
		Long: `With ` + "`poco run --encrypt-result`" + `, a TEE task's result is encrypted inside the enclave to the
beneficiary's result public key, which the secret management service keeps: only the
holder of the private key can read it. Make a key pair with ` + "`poco result keygen`" + `, push its
public key with ` + "`poco result push-key`" + `, decrypt results with ` + "`poco result decrypt`" + `
(or ` + "`poco run --result-key`" + `). See docs/confidential.md.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newResultKeygenCommand(g), newResultPushKeyCommand(g), newResultCheckKeyCommand(g), newResultDecryptCommand(g))
	return cmd
}

// resultKeygenJSON is what `result keygen --json` prints.
type resultKeygenJSON struct {
	KeyFile       string `json:"keyFile"`
	PublicKeyFile string `json:"publicKeyFile"`
	PublicKey     string `json:"publicKey"` // 0x-hex, 65 bytes uncompressed
}

func newResultKeygenCommand(g *globals) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "keygen [--out FILE]",
		Short: "Make a result key pair",
		Long: `Makes a fresh secp256k1 key pair for encrypted results: writes the private key to --out
(default $POCO_HOME/result.key; 64 hex digits, readable by you only) and the public key
to FILE.pub, and prints the public key. Keep the private key: without it, encrypted
results cannot be read by anyone. It refuses to replace existing files unless --force.

Then push the public key: poco result push-key --key-file FILE.
With --json: {"keyFile", "publicKeyFile", "publicKey"}.`,
		Example: `  poco result keygen
  poco result keygen --out ~/secure/result.key --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			if out == "" {
				out = defaultResultKeyFile()
			}
			pubFile := out + ".pub"
			if err := refuseOverwrite("--out", out, force); err != nil {
				return err
			}
			if err := refuseOverwrite("public key file", pubFile, force); err != nil {
				return err
			}
			key, err := crypto.GenerateKey()
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
				return err
			}
			if err := atomicfile.Write(out, []byte(hex.EncodeToString(crypto.FromECDSA(key))+"\n"), 0o600); err != nil {
				return fmt.Errorf("writing the private key: %w", err)
			}
			pub := "0x" + hex.EncodeToString(seal.MarshalPublicKey(&key.PublicKey))
			if err := atomicfile.Write(pubFile, []byte(pub+"\n"), 0o644); err != nil {
				return fmt.Errorf("writing the public key: %w", err)
			}
			v := resultKeygenJSON{KeyFile: out, PublicKeyFile: pubFile, PublicKey: pub}
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Wrote the result private key to %s (keep it private) and the public key to %s.\n", v.KeyFile, v.PublicKeyFile)
				fmt.Fprintf(w, "Public key: %s\n", v.PublicKey)
				fmt.Fprintf(w, "Next: poco result push-key --key-file %s\n", v.KeyFile)
			})
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "the private key file to write (default $POCO_HOME/result.key)")
	cmd.Flags().BoolVar(&force, "force", false, "replace the key files if they exist")
	return cmd
}

func newResultPushKeyCommand(g *globals) *cobra.Command {
	var keyFile, pubHex, smsFlag string
	cmd := &cobra.Command{
		Use:   "push-key [--key-file FILE | --public-key HEX]",
		Short: "Give the SMS your result public key",
		Long: `Pushes the result public key of the --from account, the beneficiary of your deals, to the
secret management service: enclaves running tasks of your deals with encrypted results
(` + "`poco run --encrypt-result`" + `) encrypt the results to it. The public key is taken from the
private key file --key-file (default $POCO_HOME/result.key), or given as --public-key
(65 bytes uncompressed or 33 compressed, hex). Pushing again replaces it: results
encrypted before stay readable with the old private key only.

` + pushHelp,
		Example: `  poco result push-key
  poco result push-key --key-file ~/secure/result.key
  poco result push-key --public-key 0x04bfcab8722991ae774db48f934ca79cfb7dd991229153b9f732ba5334aafcd8e7266e47076996b55a14bf9913ee3145ce0cfc1372ada8ada74bd287450313534a`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var pub *ecdsa.PublicKey
			switch {
			case keyFile != "" && pubHex != "":
				return errors.New("give the key once: --key-file FILE or --public-key HEX, not both")
			case pubHex != "":
				p, err := seal.ParsePublicKey(pubHex)
				if err != nil {
					return fmt.Errorf("--public-key: %w", err)
				}
				pub = p
			default:
				if keyFile == "" {
					keyFile = defaultResultKeyFile()
				}
				key, err := loadResultKey(keyFile)
				if err != nil {
					return err
				}
				pub = &key.PublicKey
			}
			value := "0x" + hex.EncodeToString(seal.MarshalPublicKey(pub))
			spec := pushSpec{
				target: func(me common.Address) smsapi.Target { return smsapi.Target{Kind: smsapi.KindResultKey, Owner: me} },
				next:   "Results of `poco run --encrypt-result` will be encrypted to it.",
			}
			return runPush(cmd, g, smsFlag, spec, value)
		},
	}
	cmd.Flags().StringVar(&keyFile, "key-file", "", "the result private key file (default $POCO_HOME/result.key)")
	cmd.Flags().StringVar(&pubHex, "public-key", "", "the result public key, hex (instead of --key-file)")
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

func newResultCheckKeyCommand(g *globals) *cobra.Command {
	var smsFlag string
	cmd := &cobra.Command{
		Use:   "check-key [BENEFICIARY]",
		Short: "Say whether the SMS holds a beneficiary's result key",
		Long: `Says whether the secret management service holds the result public key of BENEFICIARY
(default: the --from account). No key is needed.

` + checkHelp,
		Example: "  poco result check-key\n  poco result check-key 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --json",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, g, smsFlag, func(s *Settings) (smsapi.Target, error) {
				owner, err := s.address(args)
				if err != nil {
					return smsapi.Target{}, err
				}
				return smsapi.Target{Kind: smsapi.KindResultKey, Owner: owner}, nil
			}, "poco result push-key")
		},
	}
	cmd.Flags().StringVar(&smsFlag, "sms", "", smsFlagHelp)
	return cmd
}

// resultDecryptJSON is what `result decrypt --json` prints.
type resultDecryptJSON struct {
	Sealed string `json:"sealed"` // the encrypted file
	Out    string `json:"out"`    // where the result is now
	// Kind is "folder" when the result was a tar, unpacked into Out, else "file".
	Kind string `json:"kind"`
	Size int    `json:"size"` // bytes decrypted
}

// findSealedResult finds the encrypted result at path: the file itself, or the one file of
// the folder path (a downloaded result) that starts with seal.ResultMagic.
func findSealedResult(path string) (string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if !fi.IsDir() {
		return path, nil
	}
	found, err := sealedFilesIn(path)
	if err != nil {
		return "", err
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("%s holds no encrypted result (no file starting with %s): is it the result of a task run with --encrypt-result?", path, seal.ResultMagic)
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("%s holds %d encrypted files (%s): name the one to decrypt", path, len(found), strings.Join(found, ", "))
}

// sealedFilesIn lists the regular files under dir that start with seal.ResultMagic.
func sealedFilesIn(dir string) ([]string, error) {
	var found []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || !e.Type().IsRegular() {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		head := make([]byte, len(seal.ResultMagic))
		if n, _ := io.ReadFull(f, head); n == len(head) && bytes.Equal(head, seal.ResultMagic) {
			found = append(found, p)
		}
		return nil
	})
	return found, err
}

// isTar reports whether b reads as a tar archive.
func isTar(b []byte) bool {
	if len(b) < 512 {
		return false
	}
	_, err := tar.NewReader(bytes.NewReader(b)).Next()
	return err == nil || (errors.Is(err, io.EOF) && len(bytes.Trim(b, "\x00")) == 0)
}

// decryptResult decrypts the sealed result file sealed with key and puts it at out: a tar is
// unpacked into the folder out (files and folders only, nothing outside it:
// requester.Extract), anything else written to the file out. An existing out is refused
// unless force (an empty folder is replaced); nothing is left behind on failure.
func decryptResult(sealed string, key *ecdsa.PrivateKey, out string, force bool) (*resultDecryptJSON, error) {
	enc, err := os.ReadFile(sealed)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(enc, seal.ResultMagic) {
		return nil, fmt.Errorf("%s is not an encrypted Poco result (it does not start with %s)", sealed, seal.ResultMagic)
	}
	plain, err := seal.OpenResult(key, enc)
	if err != nil {
		return nil, fmt.Errorf("%s cannot be decrypted with this key: it was encrypted to another result key, or altered", sealed)
	}
	v := &resultDecryptJSON{Sealed: sealed, Out: out, Kind: "file", Size: len(plain)}
	if fi, err := os.Lstat(out); err == nil {
		empty := false
		if fi.IsDir() {
			if names, err := os.ReadDir(out); err == nil && len(names) == 0 {
				empty = true
			}
		}
		if !empty && !force {
			return nil, fmt.Errorf("%s exists: choose another --out, or pass --force to replace it", out)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	if !isTar(plain) {
		if err := os.RemoveAll(out); err != nil {
			return nil, err
		}
		if err := atomicfile.Write(out, plain, 0o600); err != nil {
			return nil, err
		}
		return v, nil
	}
	v.Kind = "folder"
	work, err := os.MkdirTemp(parent, ".poco-decrypt-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work) // gone once renamed
	if err := requester.Extract(bytes.NewReader(plain), int64(len(plain)), work); err != nil {
		return nil, fmt.Errorf("the decrypted result of %s: %w; nothing was written", sealed, err)
	}
	if err := os.Chmod(work, 0o755); err != nil {
		return nil, err
	}
	if err := os.RemoveAll(out); err != nil {
		return nil, err
	}
	if err := os.Rename(work, out); err != nil {
		return nil, err
	}
	return v, nil
}

func newResultDecryptCommand(g *globals) *cobra.Command {
	var keyFile, out string
	var force bool
	cmd := &cobra.Command{
		Use:   "decrypt FILE|DIR [--key-file FILE] [--out DIR|FILE]",
		Short: "Decrypt an encrypted result with your result key",
		Long: `Decrypts an encrypted result (POCO-RS1, docs/confidential.md) with the result private key
--key-file (default $POCO_HOME/result.key). FILE is the encrypted file, or DIR a task's
downloaded result folder holding it (` + "`poco run`" + ` puts them in poco-results/DEALID/<index>).

A result is a tar of the task's output folder: it is unpacked into the folder --out
(default FILE.decrypted), files and folders only, none outside it (a path with "..", an
absolute path, a link or a device is refused, and nothing is written). What is not a tar
is written to the file --out. It refuses to replace an existing --out unless --force.
With --json: {"sealed", "out", "kind" ("folder" or "file"), "size"}.`,
		Example: `  poco result decrypt poco-results/0x5c1b…e3a0/0
  poco result decrypt result.enc --key-file ~/secure/result.key --out result --json`,
		Args: oneArg("the encrypted FILE, or the result's DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			sealed, err := findSealedResult(args[0])
			if err != nil {
				return err
			}
			if keyFile == "" {
				keyFile = defaultResultKeyFile()
			}
			key, err := loadResultKey(keyFile)
			if err != nil {
				return err
			}
			if out == "" {
				out = strings.TrimRight(args[0], string(filepath.Separator)) + ".decrypted"
			}
			if samePath(out, sealed) || samePath(out, args[0]) {
				return fmt.Errorf("--out %s is the encrypted result: write the decrypted result elsewhere", out)
			}
			v, err := decryptResult(sealed, key, out, force)
			if err != nil {
				return err
			}
			return s.output(cmd, v, func(w io.Writer) {
				what := "file"
				if v.Kind == "folder" {
					what = "folder"
				}
				fmt.Fprintf(w, "Decrypted %s (%d bytes) into the %s %s.\n", v.Sealed, v.Size, what, v.Out)
			})
		},
	}
	cmd.Flags().StringVar(&keyFile, "key-file", "", "the result private key file (default $POCO_HOME/result.key)")
	cmd.Flags().StringVar(&out, "out", "", "where to put the decrypted result (default FILE.decrypted)")
	cmd.Flags().BoolVar(&force, "force", false, "replace --out if it exists")
	return cmd
}

// ───────────────────────────── poco run ─────────────────────────────

// runTEETag is the tag `poco run` adds when a run needs a TEE and no TEE tag was given.
var runTEETag = protocol.TagTEE.Or(protocol.TagTEETDX)

// runConfidential applies --secret and --encrypt-result to the request's params and tag:
// the names are checked and put in params "secrets" in order, "encrypt_result" set (only
// with trust 1: workers never agree on encrypted results); either needs a TEE, so a tag
// without the TEE bit gets tee,tdx. note says what was added ("" when nothing).
func runConfidential(secrets []string, encryptResult bool, trust uint64, tag protocol.Tag, params *schedapi.Params) (protocol.Tag, string, error) {
	if encryptResult && trust > 1 {
		// The encryption is randomized: replicated workers could never agree on a result.
		return tag, "", fmt.Errorf("--encrypt-result needs --trust 1: each worker's encrypted result differs (the encryption is randomized), so %d workers could never agree on one", trust)
	}
	seen := map[string]bool{}
	for _, n := range secrets {
		if err := checkSecretName(n); err != nil {
			return tag, "", fmt.Errorf("--secret: %w", err)
		}
		if seen[n] {
			return tag, "", fmt.Errorf("--secret %s is given twice: name each secret once", n)
		}
		seen[n] = true
	}
	if len(secrets) == 0 && !encryptResult {
		return tag, "", nil
	}
	params.Secrets = append([]string(nil), secrets...)
	params.EncryptResult = encryptResult
	if tag.HasTEE() {
		return tag, "", nil
	}
	var why []string
	if len(secrets) > 0 {
		why = append(why, "--secret")
	}
	if encryptResult {
		why = append(why, "--encrypt-result")
	}
	return tag.Or(runTEETag), fmt.Sprintf("Added the tag tee,tdx: %s needs a TEE task, which only an app, a pool and workers of Intel TDX run (give --tag to choose the tag yourself).",
		strings.Join(why, " and ")), nil
}

// runCheckSMS checks, before anything is bought, that the SMS holds the requester's named
// secrets and, with encryptResult, the beneficiary's result key. Without an SMS configured
// it only warns: the workers' SMS will refuse a missing secret, and the task will fail.
func runCheckSMS(cmd *cobra.Command, s *Settings, smsFlag string, who common.Address, secrets []string, encryptResult bool) error {
	if len(secrets) == 0 && !encryptResult {
		return nil
	}
	u, err := s.smsURL(smsFlag)
	if err != nil {
		return err
	}
	if u == "" {
		fmt.Fprintf(cmd.ErrOrStderr(), "Warning: no SMS configured (--sms, %s or \"sms\" in %s): cannot check that your secrets and result key are pushed; a task missing one fails.\n", EnvSMS, s.ConfigPath)
		return nil
	}
	c := smsapi.NewClient(u, nil)
	ctx := cmd.Context()
	for _, n := range secrets {
		ok, err := c.Has(ctx, smsapi.Target{Kind: smsapi.KindRequesterSecret, Owner: who, Name: n})
		if err != nil {
			return fmt.Errorf("checking your secret %q at the SMS %s: %w", n, u, err)
		}
		if !ok {
			return fmt.Errorf("the SMS at %s holds no secret named %q for %s: push it with `poco requester push-secret %s --secret-file FILE` (or --secret-stdin), then run again; nothing was bought",
				u, n, who.Hex(), n)
		}
	}
	if encryptResult {
		ok, err := c.Has(ctx, smsapi.Target{Kind: smsapi.KindResultKey, Owner: who})
		if err != nil {
			return fmt.Errorf("checking your result key at the SMS %s: %w", u, err)
		}
		if !ok {
			return fmt.Errorf("the SMS at %s holds no result key for the beneficiary %s, needed by --encrypt-result: make one with `poco result keygen` and push it with `poco result push-key`, then run again; nothing was bought",
				u, who.Hex())
		}
	}
	return nil
}

// runDecryptTask handles an encrypted result downloaded into dir for task t: with key, it
// decrypts it into dir + ".decrypted" and reports whether the decrypted folder's digest is
// the task's on-chain digest. It returns the sealed file ("" when the result is not
// encrypted).
func runDecryptTask(dir string, key *ecdsa.PrivateKey, t *sdk.Task) (sealedFile, decrypted string, plainVerified bool, err error) {
	found, err := sealedFilesIn(dir)
	if err != nil || len(found) == 0 {
		return "", "", false, err
	}
	sealedFile = found[0]
	if key == nil {
		return sealedFile, "", false, nil
	}
	if len(found) > 1 {
		return sealedFile, "", false, fmt.Errorf("%s holds %d encrypted files: decrypt them one by one with `poco result decrypt FILE`", dir, len(found))
	}
	out := strings.TrimSuffix(dir, requester.UnverifiedSuffix) + ".decrypted"
	v, err := decryptResult(sealedFile, key, out, true)
	if err != nil {
		return sealedFile, "", false, err
	}
	if v.Kind == "folder" {
		if d, derr := resultDigestOf(v.Out); derr == nil && d == t.ResultDigest {
			plainVerified = true
		}
	}
	return sealedFile, v.Out, plainVerified, nil
}

// resultDigestOf is the result digest of a folder (result.DigestOf).
func resultDigestOf(dir string) (common.Hash, error) {
	d, err := result.DigestOf(dir)
	return common.Hash(d.Value), err
}
