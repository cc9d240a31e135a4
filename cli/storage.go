package cli

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/storage"
	"github.com/pocolabs/poco/worker/job"
)

// configuredStore opens the store named by flag, POCO_STORAGE or the configuration file
// through the CLI's one storage resolver (workerStore), so storage put/get and app and
// dataset publish understand every storage form the worker does.
func configuredStore(s *Settings, flag string) (storage.Store, error) {
	return workerStore(s, flag)
}

func newStorageCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "storage",
		Short: "Run a storage gateway; put files in storage and get them back, verified",
		Long: `Poco's storage is content-addressed: every object is named by its IPFS CID (CIDv1,
the same as ` + "`ipfs add --cid-version=1`" + `), and whoever downloads it checks the bytes
against that name. Apps, datasets, task inputs and results live there.

  poco storage serve   run a storage gateway (the devnet's), for real deployments
  poco storage put     upload a file or a folder, print its CID, size and sha256
  poco storage get     download an object and check it against its CID

The storage used is --storage (a gateway URL, an IPFS node's RPC API as
ipfs+http://HOST:5001, or a local store folder), else ` + EnvStorage + `, else "storage" in
the configuration file. See docs/storage.md and docs/ipfs.md.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newStorageServeCommand(g), newStoragePutCommand(g), newStorageGetCommand(g))
	return cmd
}

// ───────────────────────────── serve ─────────────────────────────

// defaultStorageAt is where `storage serve` listens by default: the devnet's gateway port
// (localnet.DefaultStoragePort), so a configuration written for a devnet finds it.
const defaultStorageAt = "127.0.0.1:8547"

func newStorageServeCommand(g *globals) *cobra.Command {
	var (
		dir, listen, maxUpload string
		auth                   []string
		maxSkew                time.Duration
		verbose                bool
	)
	cmd := &cobra.Command{
		Use:   "serve [--dir DIR] [--listen ADDR] [--max-upload SIZE] [--auth ADDRESS,…]",
		Short: "Run a storage gateway: the devnet's, as a standalone service",
		Long: `Runs a storage gateway over a local store folder (--dir, default $POCO_HOME/storage),
the same HTTP gateway ` + "`poco devnet`" + ` runs:

  GET  /ipfs/<cid>   the object (HEAD: its size); anyone may read, the CID is checked
  POST /ipfs         upload the request body (PUT works too); answers {"cid", "size"}
  GET  /health       {"status": "ok", ...}, 503 when the store folder is unusable
  GET  /metrics      Prometheus metrics

Uploads are limited to --max-upload (bytes, or with a unit: 500MB, 2GiB; default 1GiB):
a larger one is refused (413) and nothing is stored.

With --auth, only wallets in the list may upload: an upload must carry an EIP-191
signature by one of them over the body's sha256, a timestamp and a nonce (headers
Poco-Upload-*, docs/storage.md); a signature is good once, for --max-skew around its
timestamp. ` + "`poco storage put`" + `, ` + "`poco app publish`" + ` and the HTTP client of the Go SDK sign when
the gateway asks. Without --auth anyone who reaches the gateway may upload: listen on
a public address only with --auth or behind a proxy that authenticates.

Logs go to standard error. SIGINT or SIGTERM stops it cleanly: uploads in flight are
finished (up to 30 s) and an upload cut short leaves nothing behind.`,
		Example: `  poco storage serve
  poco storage serve --dir /srv/poco --listen 0.0.0.0:8547 --max-upload 2GiB \
      --auth 0x70997970C51812dc3A010C7d01b50e0d17dc79C8,0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			max, err := parseSize("--max-upload", maxUpload)
			if err != nil {
				return err
			}
			var signers []common.Address
			for _, list := range auth {
				for _, a := range strings.Split(list, ",") {
					if a = strings.TrimSpace(a); a == "" {
						continue
					}
					addr, err := parseAddress("--auth", a)
					if err != nil {
						return err
					}
					signers = append(signers, addr)
				}
			}
			if len(auth) > 0 && len(signers) == 0 {
				return errors.New("--auth lists no address: give the addresses allowed to upload, comma-separated, or no --auth to let anyone upload")
			}
			if dir == "" {
				dir = filepath.Join(config.Home(), "storage")
			}
			store, err := storage.Dir(dir)
			if err != nil {
				return fmt.Errorf("the store folder %s: %w", dir, err)
			}
			store.SetMaxSize(max)
			level := slog.LevelInfo
			if verbose {
				level = slog.LevelDebug
			}
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level}))
			gw := &storage.Gateway{Store: store, MaxUpload: max, Log: log}
			if len(signers) > 0 {
				gw.Auth = storage.NewUploadAuth(signers...)
				gw.Auth.MaxSkew = maxSkew
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("the storage gateway cannot listen on %s: %w (is another gateway or a devnet running? choose another with --listen)", listen, err)
			}
			m := &gatewayMetrics{codes: map[string]uint64{}}
			srv := &http.Server{Handler: storageServeHandler(gw, store, m, log), ReadHeaderTimeout: 10 * time.Second}
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			who := "anyone"
			if len(signers) > 0 {
				who = fmt.Sprintf("%d %s (signed uploads only)", len(signers), pluralize(uint64(len(signers)), "wallet", "wallets"))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Storage gateway on http://%s, store %s, uploads up to %s by %s. Ctrl-C to stop.\n",
				ln.Addr(), store.Path(), formatSize(max), who)
			log.Info("started", "listen", ln.Addr().String(), "store", store.Path(), "maxUpload", max, "signers", len(signers))
			select {
			case <-ctx.Done():
			case err := <-errc:
				if err != nil && !errors.Is(err, http.ErrServerClosed) {
					return err
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), "Stopping the storage gateway ...")
			sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err = srv.Shutdown(sctx)
			log.Info("stopped")
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "the store folder (default $POCO_HOME/storage)")
	f.StringVar(&listen, "listen", defaultStorageAt, "address to listen on")
	f.StringVar(&maxUpload, "max-upload", "1GiB", "largest object accepted: bytes, or with a unit (KB, MB, GB, KiB, MiB, GiB)")
	f.StringSliceVar(&auth, "auth", nil, "only these wallets may upload (addresses, comma-separated or repeated); default: anyone")
	f.DurationVar(&maxSkew, "max-skew", storage.DefaultMaxSkew, "with --auth: how far an upload's signature time may be from now")
	f.BoolVarP(&verbose, "verbose", "v", false, "log every request")
	return cmd
}

// gatewayMetrics counts the requests of `storage serve` by method and status.
type gatewayMetrics struct {
	mu    sync.Mutex
	codes map[string]uint64 // "GET 200" → count
	bytes struct{ in, out uint64 }
}

func (m *gatewayMetrics) add(method string, code int, in, out int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.codes[method+" "+strconv.Itoa(code)]++
	m.bytes.in += uint64(max(in, 0))
	m.bytes.out += uint64(max(out, 0))
}

func (m *gatewayMetrics) write(w io.Writer, objects int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP poco_storage_requests_total Requests served, by method and status.")
	fmt.Fprintln(w, "# TYPE poco_storage_requests_total counter")
	keys := make([]string, 0, len(m.codes))
	for k := range m.codes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		method, code, _ := strings.Cut(k, " ")
		fmt.Fprintf(w, "poco_storage_requests_total{method=%q,code=%q} %d\n", method, code, m.codes[k])
	}
	fmt.Fprintln(w, "# HELP poco_storage_received_bytes_total Bytes of request bodies read (mostly uploads).")
	fmt.Fprintln(w, "# TYPE poco_storage_received_bytes_total counter")
	fmt.Fprintf(w, "poco_storage_received_bytes_total %d\n", m.bytes.in)
	fmt.Fprintln(w, "# HELP poco_storage_sent_bytes_total Bytes of response bodies written (mostly downloads).")
	fmt.Fprintln(w, "# TYPE poco_storage_sent_bytes_total counter")
	fmt.Fprintf(w, "poco_storage_sent_bytes_total %d\n", m.bytes.out)
	if objects >= 0 {
		fmt.Fprintln(w, "# HELP poco_storage_objects Objects in the store.")
		fmt.Fprintln(w, "# TYPE poco_storage_objects gauge")
		fmt.Fprintf(w, "poco_storage_objects %d\n", objects)
	}
}

// storageHealth is what GET /health answers.
type storageHealth struct {
	Status    string `json:"status"` // "ok" or "failing"
	Problem   string `json:"problem,omitempty"`
	Store     string `json:"store"`
	MaxUpload int64  `json:"maxUpload"`
	Signers   int    `json:"signers"` // 0: anyone may upload
}

// storageServeHandler is the gateway with /health and /metrics, counting and logging
// every request.
func storageServeHandler(gw *storage.Gateway, store *storage.DirStore, m *gatewayMetrics, log *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/ipfs", gw)
	mux.Handle("/ipfs/", gw)
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		h := storageHealth{Status: "ok", Store: store.Path(), MaxUpload: gw.MaxUpload}
		if gw.Auth != nil {
			h.Signers = len(gw.Auth.Signers())
		}
		code := http.StatusOK
		if fi, err := os.Stat(store.Path()); err != nil || !fi.IsDir() {
			h.Status, h.Problem, code = "failing", fmt.Sprintf("the store folder %s is not usable: %v", store.Path(), err), http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(h)
	})
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		n := -1
		if l, err := store.List(); err == nil {
			n = len(l)
		}
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m.write(w, n)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		cw := &countingWriter{ResponseWriter: w, code: http.StatusOK}
		body := &countingBody{ReadCloser: r.Body}
		r.Body = body
		defer func() {
			m.add(r.Method, cw.code, body.n, cw.n)
			log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", cw.code, "in", body.n, "out", cw.n,
				"ms", time.Since(start).Milliseconds(), "remote", r.RemoteAddr)
		}()
		mux.ServeHTTP(cw, r)
	})
}

type countingWriter struct {
	http.ResponseWriter
	code int
	n    int64
}

func (c *countingWriter) WriteHeader(code int) { c.code = code; c.ResponseWriter.WriteHeader(code) }
func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n += int64(n)
	return n, err
}

type countingBody struct {
	io.ReadCloser
	n int64
}

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n += int64(n)
	return n, err
}

// parseSize reads a size in bytes: a whole number, or one with a unit (KB, MB, GB: powers
// of 1000; KiB, MiB, GiB: powers of 1024; B).
func parseSize(flag, v string) (int64, error) {
	t := strings.TrimSpace(v)
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
		{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if len(t) > len(u.suffix) && strings.EqualFold(t[len(t)-len(u.suffix):], u.suffix) {
			t, mult = strings.TrimSpace(t[:len(t)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%s %q is not a size: give a positive number of bytes, or one with a unit (500MB, 2GiB)", flag, v)
	}
	return n * mult, nil
}

// formatSize writes n bytes for people: "1 GiB", "1.5 MiB", "812 bytes".
func formatSize(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size {
			s := strconv.FormatFloat(float64(n)/float64(u.size), 'f', 1, 64)
			return strings.TrimSuffix(s, ".0") + " " + u.name
		}
	}
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// ───────────────────────────── put ─────────────────────────────

// storedJSON describes a stored object, as put and get print it.
type storedJSON struct {
	CID      string `json:"cid"`
	Location string `json:"location"` // /ipfs/<cid>, an app's or dataset's multiaddr
	Size     int64  `json:"size"`
	Sha256   string `json:"sha256"` // 0x-hex: an app's or dataset's checksum
	File     string `json:"file,omitempty"`
	// Packed: File is a folder, stored as a deterministic tar of its content.
	Packed bool   `json:"packed,omitempty"`
	Signer string `json:"signer,omitempty"` // who signed the upload, when it was signed
}

// putSource opens what `storage put` (and publish) uploads: a file, or a folder packed as
// a deterministic tar in a temporary file. close removes the temporary file.
func putSource(path string) (f *os.File, packed bool, close func(), err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, false, nil, err
	}
	if !fi.IsDir() {
		if !fi.Mode().IsRegular() {
			return nil, false, nil, fmt.Errorf("%s is not a regular file nor a folder", path)
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, false, nil, err
		}
		return f, false, func() { f.Close() }, nil
	}
	tmp, err := os.CreateTemp("", "poco-pack-*.tar")
	if err != nil {
		return nil, false, nil, err
	}
	done := func() { tmp.Close(); os.Remove(tmp.Name()) }
	if err := job.WriteTar(tmp, path); err != nil {
		done()
		return nil, false, nil, fmt.Errorf("packing the folder %s: %w (only regular files and folders can be packed)", path, err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		done()
		return nil, false, nil, err
	}
	return tmp, true, done, nil
}

// sha256File hashes f from its start and rewinds it.
func sha256File(f *os.File) ([32]byte, error) {
	var sum [32]byte
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return sum, err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, err
	}
	h.Sum(sum[:0])
	_, err := f.Seek(0, io.SeekStart)
	return sum, err
}

// storeUpload puts f in store. A gateway that asks for a signed upload gets one, with
// the key of the --from account (unlocked once, through key); sign asks for it at once.
func storeUpload(ctx context.Context, cmd *cobra.Command, s *Settings, store storage.Store, f *os.File, sign bool,
	key func() (*signingKey, error)) (cid.Cid, int64, string, error) {
	hs, isHTTP := store.(*storage.HTTPStore)
	signer := ""
	useKey := func() error {
		k, err := key()
		if err != nil {
			return fmt.Errorf("the storage gateway %s accepts only signed uploads, and signing needs your key: %w", hs.Base(), err)
		}
		hs.SetKey(k.key)
		signer = k.addr.Hex()
		return nil
	}
	if sign && isHTTP {
		if err := useKey(); err != nil {
			return cid.Undef, 0, "", err
		}
	}
	c, n, err := store.Put(ctx, f)
	if err != nil && isHTTP && signer == "" && errors.Is(err, storage.ErrUnauthorized) {
		if err := useKey(); err != nil {
			return cid.Undef, 0, "", err
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "The gateway asks for a signed upload: signing as %s.\n", signer)
		if _, serr := f.Seek(0, io.SeekStart); serr != nil {
			return cid.Undef, 0, "", serr
		}
		c, n, err = store.Put(ctx, f)
	}
	if err != nil {
		return cid.Undef, 0, "", explainStoreErr(s, err)
	}
	return c, n, signer, nil
}

// explainStoreErr adds what to do to a storage error.
func explainStoreErr(s *Settings, err error) error {
	switch {
	case errors.Is(err, storage.ErrTooLarge):
		return fmt.Errorf("%w: the storage refuses objects this large; ask its operator to raise the limit (poco storage serve --max-upload), or split the file", err)
	case errors.Is(err, storage.ErrUnauthorized):
		return fmt.Errorf("%w; act as an allowed account with --from ADDRESS, or ask the gateway's operator to allow yours (poco storage serve --auth)", err)
	}
	return err
}

// signingKey is an unlocked key and its address.
type signingKey struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// keyOnce unlocks the --from account's key the first time it is called.
func keyOnce(s *Settings) func() (*signingKey, error) {
	var k *signingKey
	var err error
	var once sync.Once
	return func() (*signingKey, error) {
		once.Do(func() {
			var key *ecdsa.PrivateKey
			if key, err = s.unlock(); err == nil {
				k = &signingKey{key: key, addr: s.Account}
			}
		})
		return k, err
	}
}

func newStoragePutCommand(g *globals) *cobra.Command {
	var store string
	var sign bool
	cmd := &cobra.Command{
		Use:   "put FILE|DIR",
		Short: "Upload a file or a folder; print its CID, size and sha256",
		Long: `Uploads FILE to the storage and prints its CID, its location (/ipfs/<cid>, what an
app's or dataset's multiaddr holds), its size and its sha256 (0x-hex, what an app's or
dataset's checksum holds). With --json: {"cid", "location", "size", "sha256", "file",
"packed", "signer"}.

A folder DIR is packed as a tar the way workers pack results: entries sorted by name,
every time the Unix epoch, no owners, modes 0644 and 0755, so the same content gives
the same CID anywhere. Symbolic links and special files are refused.

When the gateway accepts only signed uploads (poco storage serve --auth), the upload is
signed with the --from account's key (--sign signs it without asking first). The CID
the storage answers is checked against the content's own.`,
		Example: `  poco storage put app.wasm
  poco storage put ./inputs --json
  poco storage put data.csv --storage http://storage.example.org:8547 --sign --from 0x70997970C51812dc3A010C7d01b50e0d17dc79C8`,
		Args: oneArg("the FILE or DIR to upload"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			st, err := configuredStore(s, store)
			if err != nil {
				return err
			}
			v, err := putPath(cmd.Context(), cmd, s, st, args[0], sign, keyOnce(s))
			if err != nil {
				return err
			}
			return s.output(cmd, v, func(w io.Writer) { writeStored(w, v) })
		},
	}
	cmd.Flags().StringVar(&store, "storage", "", "where to upload: a storage gateway URL, ipfs+http://HOST:5001 (an IPFS node's RPC API) or a local store folder (env "+EnvStorage+", else the configuration file's \"storage\")")
	cmd.Flags().BoolVar(&sign, "sign", false, "sign the upload with the --from account's key (otherwise only when the gateway asks)")
	return cmd
}

// putPath uploads the file or folder at path and describes what was stored.
func putPath(ctx context.Context, cmd *cobra.Command, s *Settings, st storage.Store, path string, sign bool, key func() (*signingKey, error)) (storedJSON, error) {
	f, packed, done, err := putSource(path)
	if err != nil {
		return storedJSON{}, fmt.Errorf("cannot upload %s: %w", path, err)
	}
	defer done()
	sum, err := sha256File(f)
	if err != nil {
		return storedJSON{}, fmt.Errorf("reading %s: %w", path, err)
	}
	c, n, signer, err := storeUpload(ctx, cmd, s, st, f, sign, key)
	if err != nil {
		return storedJSON{}, fmt.Errorf("uploading %s: %w", path, err)
	}
	return storedJSON{CID: c.String(), Location: storage.Location(c), Size: n, Sha256: "0x" + hex.EncodeToString(sum[:]),
		File: path, Packed: packed, Signer: signer}, nil
}

func writeStored(w io.Writer, v storedJSON) {
	tw := newTable(w)
	fmt.Fprintf(tw, "CID\t%s\n", v.CID)
	fmt.Fprintf(tw, "Location\t%s\n", v.Location)
	if v.Size < 1<<10 {
		fmt.Fprintf(tw, "Size\t%s\n", formatSize(v.Size))
	} else {
		fmt.Fprintf(tw, "Size\t%d bytes (%s)\n", v.Size, formatSize(v.Size))
	}
	fmt.Fprintf(tw, "SHA-256\t%s\n", v.Sha256)
	if v.File != "" {
		what := v.File
		if v.Packed {
			what += " (folder, packed as a tar)"
		}
		fmt.Fprintf(tw, "File\t%s\n", what)
	}
	if v.Signer != "" {
		fmt.Fprintf(tw, "Signed by\t%s\n", v.Signer)
	}
	tw.Flush()
}

// ───────────────────────────── get ─────────────────────────────

func newStorageGetCommand(g *globals) *cobra.Command {
	var store, out string
	cmd := &cobra.Command{
		Use:   "get CID [-o FILE]",
		Short: "Download an object and check it against its CID",
		Long: `Downloads the object CID (or /ipfs/<cid>, ipfs://<cid>) from the storage into FILE
(-o; default: a file named by the CID in the current folder; "-" for standard output)
and prints its CID, size and sha256 (with --json: {"cid", "location", "size",
"sha256", "file"}).

The content is checked against the CID while it is downloaded; content that does not
match is refused and nothing is written: FILE appears only once the whole object is
verified.`,
		Example: `  poco storage get bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e -o hello.txt
  poco storage get /ipfs/bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e -o - | wc -c`,
		Args: oneArg("the CID of the object"),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := parseCIDArg(args[0])
			if err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			st, err := configuredStore(s, store)
			if err != nil {
				return err
			}
			if out == "" {
				out = c.String()
			}
			v, err := getObject(cmd.Context(), cmd, st, c, out)
			if err != nil {
				return err
			}
			if out == "-" {
				return nil
			}
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Downloaded and verified %s.\n\n", v.CID)
				writeStored(w, v)
			})
		},
	}
	cmd.Flags().StringVar(&store, "storage", "", "where to download from: a storage gateway URL, ipfs+http://HOST:5001 (an IPFS node's RPC API) or a local store folder (env "+EnvStorage+", else the configuration file's \"storage\")")
	cmd.Flags().StringVarP(&out, "out", "o", "", "file to write (default: the CID, in the current folder; - for standard output)")
	return cmd
}

// parseCIDArg reads a CID, /ipfs/<cid> or ipfs://<cid>.
func parseCIDArg(v string) (cid.Cid, error) {
	v = strings.TrimSpace(v)
	if c, err := storage.ParseLocation(v); err == nil {
		return c, nil
	}
	c, err := cid.Decode(v)
	if err != nil {
		return cid.Undef, fmt.Errorf("%q is not a CID (like bafkrei… or bafybei…, or /ipfs/<cid>): %v", v, err)
	}
	return c, nil
}

// getObject downloads c, verified, into out ("-": standard output, written only once
// verified), through a temporary file next to it.
func getObject(ctx context.Context, cmd *cobra.Command, st storage.Store, c cid.Cid, out string) (storedJSON, error) {
	dir := "."
	if out != "-" {
		dir = filepath.Dir(out)
	}
	tmp, err := os.CreateTemp(dir, ".poco-get-*")
	if err != nil {
		tmp, err = os.CreateTemp("", "poco-get-*")
		if err != nil {
			return storedJSON{}, err
		}
	}
	defer func() { tmp.Close(); os.Remove(tmp.Name()) }()
	// Asked for by name, an object larger than the store's default limit is fetched too
	// (still checked against its CID).
	if ms, ok := st.(interface{ SetMaxSize(int64) }); ok {
		if size, err := st.Stat(ctx, c); err == nil && size > storage.DefaultMaxSize {
			ms.SetMaxSize(size)
		}
	}
	rc, err := st.Get(ctx, c)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			return storedJSON{}, fmt.Errorf("%w: check the CID, or the --storage it was uploaded to", err)
		}
		return storedJSON{}, err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), rc)
	rc.Close()
	if err != nil {
		if errors.Is(err, storage.ErrCorrupt) {
			return storedJSON{}, fmt.Errorf("refused the download of %s, nothing written: %w", c, err)
		}
		return storedJSON{}, fmt.Errorf("downloading %s (nothing written): %w", c, err)
	}
	v := storedJSON{CID: c.String(), Location: storage.Location(c), Size: n, Sha256: "0x" + hex.EncodeToString(h.Sum(nil))}
	if out == "-" {
		if _, err := tmp.Seek(0, io.SeekStart); err != nil {
			return v, err
		}
		_, err := io.Copy(cmd.OutOrStdout(), tmp)
		return v, err
	}
	if err := tmp.Close(); err != nil {
		return v, err
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return v, fmt.Errorf("writing %s: %w", out, err)
	}
	os.Chmod(out, 0o644)
	v.File = out
	return v, nil
}
