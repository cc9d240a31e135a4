package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/migrate"
	"github.com/pocolabs/poco/sms"
	"github.com/pocolabs/poco/sms/attest"
)

// The secret management service's own settings (`poco sms`).
const (
	EnvSMSDB         = "POCO_SMS_DB"          // its store
	EnvSMSMasterKeys = "POCO_SMS_MASTER_KEYS" // its master keys, "version:hex" lines
	defaultSMSAt     = "127.0.0.1:8790"
)

// smsDaemonFlags are the flags of `poco sms` and `poco sms rotate-key`.
type smsDaemonFlags struct {
	db, keyFile string
}

func (f *smsDaemonFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.db, "db", "", "store: an SQLite file, or a PostgreSQL DSN postgres://… (env "+EnvSMSDB+", default $POCO_HOME/sms.db)")
	cmd.Flags().StringVar(&f.keyFile, "master-key-file", "", "the master keys, one \"version:hex\" per line, the highest current (default $POCO_HOME/sms-master.key, created on first start; or give the keys in $"+EnvSMSMasterKeys+")")
}

func (f *smsDaemonFlags) dsn() (string, error) {
	dsn := pick(f.db, os.Getenv(EnvSMSDB), filepath.Join(config.Home(), "sms.db"))
	if !migrate.IsPostgresDSN(dsn) {
		if err := os.MkdirAll(filepath.Dir(dsn), 0o700); err != nil {
			return "", err
		}
	}
	return dsn, nil
}

func (f *smsDaemonFlags) keyPath() string {
	return pick(f.keyFile, filepath.Join(config.Home(), "sms-master.key"))
}

// keyring reads the master keys: from $POCO_SMS_MASTER_KEYS when set and no file was
// named, else from the key file, which is created with a first key when it does not
// exist yet (said on out).
func (f *smsDaemonFlags) keyring(out io.Writer) (*sms.Keyring, string, error) {
	if f.keyFile == "" && os.Getenv(EnvSMSMasterKeys) != "" {
		k, err := sms.KeyringFromEnv(EnvSMSMasterKeys)
		return k, "$" + EnvSMSMasterKeys, err
	}
	path := f.keyPath()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, "", err
		}
		if _, err := sms.Rotate(path); err != nil {
			return nil, "", err
		}
		fmt.Fprintf(out, "Created the master key file %s (mode 0600). Back it up away from the database: without it the secrets cannot be read.\n", path)
	}
	k, err := sms.LoadKeyring(path)
	return k, path, err
}

func newSMSCommand(g *globals) *cobra.Command {
	var (
		f         smsDaemonFlags
		listen    string
		insecure  bool
		policy    string
		acceptTCB []string
		ttl       time.Duration
		limits    = sms.DefaultLimits()
		verbose   bool
	)
	cmd := &cobra.Command{
		Use:   "sms",
		Short: "Run the secret management service: dataset keys and secrets, released only to attested enclaves",
		Long: `Runs the secret management service (SMS) of the configured chain and hub
(docs/confidential.md). It keeps dataset keys, app developers' secrets, requesters'
secrets and beneficiaries' result keys, encrypted at rest under a master key, and gives
them to no one but the enclave of a worker running a TEE task that uses them: the
worker's TEE must prove itself with an Intel TDX quote over the task's enclave key, the
pool's scheduler must have authorized that enclave for the task, and the measured image
must be allowed by the app's enclave description and by --policy.

Writes are signed by wallets over a fresh challenge; who may write is read from the
chain at write time (a dataset key by the dataset's current owner). Nothing is ever
read back: ` + "`poco dataset check-secret`" + ` and the like only say whether a secret exists.

Storage: an SQLite file (--db, default $POCO_HOME/sms.db) or PostgreSQL (--db
postgres://…). Master keys: --master-key-file (created with a first key when missing)
or $` + EnvSMSMasterKeys + `; ` + "`poco sms rotate-key`" + ` adds a key and rewraps the secrets.

--insecure-dev-attestation accepts development evidence, which anyone can forge: for
machines without TDX (` + "`poco devnet`" + ` runs an SMS so). The SMS then says so in its
status and logs, and the explorer on every page. Never use it with real secrets.

/v1/status describes the service, /openapi.json its API, /metrics serves Prometheus
metrics and /health its health.`,
		Example: "  poco sms\n  poco sms --listen 0.0.0.0:8790 --db postgres://sms@db/sms --master-key-file /run/secrets/sms.key --policy pools.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			out := cmd.OutOrStdout()
			keys, keysFrom, err := f.keyring(out)
			if err != nil {
				return err
			}
			pol := sms.Policy{}
			if policy != "" {
				if pol, err = sms.LoadPolicy(policy); err != nil {
					return err
				}
			}
			c, err := s.client(ctx, false)
			if err != nil {
				return err
			}
			defer c.Close()
			dsn, err := f.dsn()
			if err != nil {
				return err
			}
			store, err := sms.OpenStore(ctx, dsn)
			if err != nil {
				return err
			}
			defer store.Close()
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))
			svc, err := sms.New(sms.Config{
				Chain: c, Store: store, Keys: keys, Limits: limits, ChallengeTTL: ttl, Policy: pol, Logger: log,
				Verifier:               &attest.TDXVerifier{AcceptTCB: acceptTCB, Cache: &attest.CollateralCache{}},
				InsecureDevAttestation: insecure,
			})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("the SMS cannot listen on %s: %w (is another one running? choose another with --listen)", listen, err)
			}
			srv := &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 10 * time.Second}
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			if insecure {
				fmt.Fprint(out, insecureBanner)
			}
			fmt.Fprintf(out, "SMS of hub %s (chain %s) on http://%s, store %s, master keys from %s (version %d). Ctrl-C to stop.\n",
				c.Hub().Hex(), c.ChainID(), ln.Addr(), store.Name(), keysFrom, keys.Current())
			select {
			case <-ctx.Done():
			case err := <-errc:
				if err != nil && !errors.Is(err, http.ErrServerClosed) {
					return err
				}
			}
			fmt.Fprintln(out, "Stopping the SMS ...")
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		},
	}
	f.register(cmd)
	fl := cmd.Flags()
	fl.StringVar(&listen, "listen", defaultSMSAt, "address the API listens on")
	fl.BoolVar(&insecure, "insecure-dev-attestation", false, "INSECURE: accept development evidence, which anyone can forge (devnets and tests only)")
	fl.StringVar(&policy, "policy", "", "pool policy file (JSON): the measurements and TCB statuses allowed, by default and per workerpool (docs/confidential.md)")
	fl.StringSliceVar(&acceptTCB, "accept-tcb", []string{attest.TCBUpToDate}, "TDX platform TCB statuses the verifier accepts at most (the policy may narrow them per pool): UpToDate, SWHardeningNeeded, ConfigurationNeeded, …")
	fl.DurationVar(&ttl, "challenge-ttl", 2*time.Minute, "how long a challenge or session nonce may be used")
	fl.Int64Var(&limits.MaxBodyBytes, "max-body", limits.MaxBodyBytes, "largest request body, bytes")
	fl.Float64Var(&limits.ClientRate, "client-rate", limits.ClientRate, "API calls per second per client IP address (0: no limit)")
	fl.IntVar(&limits.ClientBurst, "client-burst", limits.ClientBurst, "API calls a client may make at once above --client-rate")
	fl.BoolVarP(&verbose, "verbose", "v", false, "log debug lines too")
	cmd.AddCommand(newSMSRotateCommand())
	return cmd
}

// insecureBanner is printed when an SMS accepts development evidence.
var insecureBanner = strings.Repeat("!", 78) + `
!! INSECURE: this SMS accepts DEVELOPMENT ATTESTATION, which anyone can forge.
!! Secrets it keeps are released to any worker that asks for a TEE task: use it
!! only on a devnet or in tests, never with real data.
` + strings.Repeat("!", 78) + "\n"

func newSMSRotateCommand() *cobra.Command {
	var f smsDaemonFlags
	cmd := &cobra.Command{
		Use:   "rotate-key",
		Short: "Add a new master key to the SMS's key file and rewrap every secret under it",
		Long: `Appends a new master key (the next version) to the key file and re-encrypts every
stored secret under it. Older keys stay in the file: secrets are readable throughout,
and a running SMS picks the new key up at its next start. Once every secret is
rewrapped (this command says how many), older keys may be removed from the file.
Run it where the SMS's store and key file are; the keys given in $` + EnvSMSMasterKeys + ` cannot
be rotated by this command: add a line there yourself and run it with --master-key-file.`,
		Example: "  poco sms rotate-key\n  poco sms rotate-key --db postgres://sms@db/sms --master-key-file /run/secrets/sms.key",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := f.keyPath()
			if _, err := os.Stat(path); err != nil {
				return fmt.Errorf("no master key file at %s: %w (name it with --master-key-file)", path, err)
			}
			v, err := sms.Rotate(path)
			if err != nil {
				return err
			}
			keys, err := sms.LoadKeyring(path)
			if err != nil {
				return err
			}
			dsn, err := f.dsn()
			if err != nil {
				return err
			}
			store, err := sms.OpenStore(cmd.Context(), dsn)
			if err != nil {
				return err
			}
			defer store.Close()
			n, err := store.Reencrypt(cmd.Context(), keys)
			if err != nil {
				return fmt.Errorf("master key version %d added to %s, but rewrapping failed (secrets stay readable; run the command again): %w", v, path, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Master key version %d added to %s; %d secrets rewrapped under it. Restart the SMS to write new secrets under it.\n", v, path, n)
			return nil
		},
	}
	f.register(cmd)
	return cmd
}
