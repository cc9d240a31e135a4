// Package oci runs apps packaged as OCI (Docker) images, through the Docker Engine API
// (the official Go client), so it works with Docker and with podman's compatible
// service (`podman system service`).
//
// # Images
//
// Spec.App.Path is an OCI image layout tar (package image: what `poco`'s image writer,
// `docker save` of Docker ≥ 25 and `podman save --format oci-archive` write). Run checks
// the archive whole (every blob against its digest) and, when Spec.App.Digest is set,
// that the image's manifest digest is that one (else ErrBadApp and ErrAppDigest), then
// loads it into the engine unless the engine already holds the image (found by its
// config digest, the image id). Loaded images stay in the engine and are reused by later
// runs of the same image.
//
// # Isolation
//
// Every container is created with all of this set explicitly, whatever the image or
// the engine's defaults say:
//   - no network (network mode "none": only a loopback interface);
//   - a read-only root filesystem, a small tmpfs on /tmp (Options.TmpBytes);
//   - all capabilities dropped, no-new-privileges;
//   - a non-root user (Options.User, default 65534:65534, "nobody");
//   - memory (Limits.MemoryBytes, else Options.MaxMemory; swap off), CPU
//     (Options.CPUs) and process-count (Options.Pids) limits, and explicit ulimits
//     nofile and nproc (runc refuses to start containers on hosts whose limits it
//     cannot copy, so they are never left to the engine);
//   - the runtime Options.Runtime (default "runc");
//   - only two bind mounts: the input folder read-only at /iexec_in and the output
//     folder at /iexec_out; nothing else of the host (no worker keys, no other task).
//
// For the run the input folder is made readable by all and read-only (dirs 0555, files
// 0444) and the output folder writable by all (0777), so the container's user can use
// them whoever owns them; the modes are restored after. The wall-clock limit
// (Limits.Time) kills the container (SIGKILL); so does ctx. Output over
// Limits.OutputBytes fails the run. A container the kernel stopped for memory
// (the engine's OOMKilled) ends with ErrMemoryLimit.
//
// # GPU
//
// With Options.GPU the executor can expose GPUs: a Spec with GPUs gets a Docker device
// request for those device ids (driver "nvidia", capability "gpu"), which Docker with
// the NVIDIA container toolkit, and podman ≥ 5 through CDI, turn into the devices.
//
// # Limitations
//
// Not deterministic (containers see the wall clock and random sources). stdout and
// stderr are read from the engine's log after the run: an app printing without bound
// fills the engine's log storage. Exit codes are the engine's: a process killed by a
// signal reports 128+signal, not ErrAppFault. No registry pulls: images come from
// archives.
package oci

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/mount"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/jsonmessage"
	"github.com/docker/docker/pkg/stdcopy"

	"github.com/pocolabs/poco/executor"
	"github.com/pocolabs/poco/executor/oci/image"
)

// Defaults of Options.
const (
	DefaultRuntime     = "runc"
	DefaultUser        = "65534:65534"
	DefaultCPUs        = 1.0
	DefaultPids        = 256
	DefaultNoFile      = 1024
	DefaultNProc       = 4096 // counted per user id on the host: Pids bounds one container
	DefaultMaxMemory   = 1 << 30
	DefaultTmpBytes    = 64 << 20
	DefaultLoadTimeout = 5 * time.Minute
)

// Options configures an Executor.
type Options struct {
	// Host is the engine's API address ("unix:///run/podman/podman.sock",
	// "tcp://host:2375"); "" uses DOCKER_HOST, else the Docker default socket.
	Host string
	// Runtime is the OCI runtime the engine uses for the containers (default "runc").
	Runtime string
	// User runs the app ("uid:gid", default "65534:65534"); never root.
	User string
	// CPUs each container may use (default 1), Pids its process-count limit (default
	// 256), NoFile and NProc its ulimits (defaults 1024 and 4096).
	CPUs                float64
	Pids, NoFile, NProc int64
	// MaxMemory is the memory limit of a Spec without one (default 1 GiB).
	MaxMemory uint64
	// TmpBytes is the size of the tmpfs on /tmp (default 64 MiB; it counts as memory).
	TmpBytes int64
	// LoadTimeout bounds loading an image into the engine (default 5 minutes).
	LoadTimeout time.Duration
	// GPU says the host has GPUs the executor may expose (Capabilities.GPU).
	GPU bool
	// Logger receives image loads (nil: discarded).
	Logger *slog.Logger
}

// Executor runs OCI images. It is safe for concurrent use.
type Executor struct {
	opts Options
	cli  *client.Client
	log  *slog.Logger

	loadMu sync.Mutex        // one image load at a time
	mu     sync.Mutex        // guards images
	images map[string]string // manifest digest -> engine image id
}

var (
	_ executor.Executor = (*Executor)(nil)
	_ executor.Closer   = (*Executor)(nil)
)

// New connects to the engine and checks that it answers.
func New(ctx context.Context, opts Options) (*Executor, error) {
	if opts.Runtime == "" {
		opts.Runtime = DefaultRuntime
	}
	if opts.User == "" {
		opts.User = DefaultUser
	}
	if u := strings.SplitN(opts.User, ":", 2)[0]; u == "0" || u == "root" {
		return nil, fmt.Errorf("oci: the app user must not be root (got %q)", opts.User)
	}
	if opts.CPUs <= 0 {
		opts.CPUs = DefaultCPUs
	}
	if opts.Pids <= 0 {
		opts.Pids = DefaultPids
	}
	if opts.NoFile <= 0 {
		opts.NoFile = DefaultNoFile
	}
	if opts.NProc <= 0 {
		opts.NProc = DefaultNProc
	}
	if opts.MaxMemory == 0 {
		opts.MaxMemory = DefaultMaxMemory
	}
	if opts.TmpBytes <= 0 {
		opts.TmpBytes = DefaultTmpBytes
	}
	if opts.LoadTimeout <= 0 {
		opts.LoadTimeout = DefaultLoadTimeout
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	copts := []client.Opt{client.FromEnv, client.WithAPIVersionNegotiation()}
	if opts.Host != "" {
		copts = append(copts, client.WithHost(opts.Host))
	}
	cli, err := client.NewClientWithOpts(copts...)
	if err != nil {
		return nil, fmt.Errorf("oci: container engine client: %w", err)
	}
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if _, err := cli.Ping(pctx); err != nil {
		cli.Close()
		return nil, fmt.Errorf("oci: the container engine at %s does not answer: %w (start Docker, or `podman system service --time=0 unix:///run/podman/podman.sock`, and give its address)", cli.DaemonHost(), err)
	}
	cli.NegotiateAPIVersion(pctx)
	return &Executor{opts: opts, cli: cli, log: log, images: map[string]string{}}, nil
}

func (*Executor) Name() string { return "oci" }

func (e *Executor) Capabilities() executor.Capabilities {
	return executor.Capabilities{Sandboxed: true, MemoryLimit: true, ReportsMemoryLimit: true, ReadOnlyInput: true, GPU: e.opts.GPU}
}

// Host is the engine's address.
func (e *Executor) Host() string { return e.cli.DaemonHost() }

// Close closes the engine connection (loaded images stay in the engine).
func (e *Executor) Close(context.Context) error { return e.cli.Close() }

// Run runs spec's image to completion or to a limit.
func (e *Executor) Run(ctx context.Context, spec executor.Spec) (executor.Result, error) {
	if err := spec.Validate(); err != nil {
		return executor.Result{}, err
	}
	if len(spec.GPUs) > 0 && !e.opts.GPU {
		return executor.Result{}, fmt.Errorf("%w: the task asks for GPUs %v but this executor exposes none", executor.ErrInvalidSpec, spec.GPUs)
	}
	info, err := inspectArchive(spec.App.Path)
	if err != nil {
		return executor.Result{}, err
	}
	if spec.App.Digest != "" && info.Digest != spec.App.Digest {
		return executor.Result{}, fmt.Errorf("%w: %w: the image is %s, the app names %s", executor.ErrBadApp, executor.ErrAppDigest, info.Digest, spec.App.Digest)
	}
	canceled := func(start time.Time) (executor.Result, error) {
		return executor.Result{ExitCode: -1, Duration: time.Since(start), Err: fmt.Errorf("%w: %v", executor.ErrCanceled, context.Cause(ctx))}, nil
	}
	t0 := time.Now()
	id, err := e.ensureImage(ctx, spec.App.Path, info)
	if err != nil {
		if ctx.Err() != nil {
			return canceled(t0)
		}
		return executor.Result{}, err
	}
	inDir, _ := filepath.Abs(spec.InputDir)
	outDir, _ := filepath.Abs(spec.OutputDir)
	restore, err := openFolders(inDir, outDir)
	defer restore()
	if err != nil {
		return executor.Result{}, fmt.Errorf("oci: preparing the task folders: %w", err)
	}

	// Engines parse mount sources as option lists: give them a plain path.
	inSrc, outSrc, unlink, err := plainPaths(inDir, outDir)
	defer unlink()
	if err != nil {
		return executor.Result{}, fmt.Errorf("oci: preparing the task folders: %w", err)
	}
	cfg, hc := e.containerConfig(spec, id, inSrc, outSrc)
	created, err := e.cli.ContainerCreate(ctx, cfg, hc, nil, nil, "")
	if err != nil {
		if ctx.Err() != nil {
			return canceled(t0)
		}
		return executor.Result{}, fmt.Errorf("oci: creating the container: %w", err)
	}
	cid := created.ID
	defer func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if err := e.cli.ContainerRemove(rctx, cid, container.RemoveOptions{Force: true, RemoveVolumes: true}); err != nil {
			e.log.Warn("removing a container", "container", cid, "err", err)
		}
	}()

	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if spec.Limits.Time > 0 {
		runCtx, cancel = context.WithTimeoutCause(ctx, spec.Limits.Time, executor.ErrTimeout)
	}
	defer cancel()
	start := time.Now()
	if err := e.cli.ContainerStart(runCtx, cid, container.StartOptions{}); err != nil {
		if ctx.Err() != nil {
			return canceled(start)
		}
		if runCtx.Err() == nil {
			return executor.Result{}, fmt.Errorf("%w: starting the container: %v", executor.ErrBadApp, err)
		}
	}
	bg := context.WithoutCancel(ctx)
	waitCtx, stopWait := context.WithCancel(bg)
	defer stopWait()
	waitC, errC := e.cli.ContainerWait(waitCtx, cid, container.WaitConditionNotRunning)
	res := executor.Result{ExitCode: -1}
	killed := false
	select {
	case w := <-waitC:
		res.ExitCode = int(w.StatusCode)
	case err := <-errC:
		return executor.Result{}, fmt.Errorf("oci: waiting for the container: %w", err)
	case <-runCtx.Done():
		killed = true
		kctx, kcancel := context.WithTimeout(bg, 30*time.Second)
		if err := e.cli.ContainerKill(kctx, cid, "KILL"); err != nil {
			e.log.Debug("killing a container", "container", cid, "err", err)
		}
		select { // wait for it to be down before reading its logs
		case <-waitC:
		case <-errC:
		case <-kctx.Done():
		}
		kcancel()
	}
	res.Duration = time.Since(start)

	lctx, lcancel := context.WithTimeout(bg, 30*time.Second)
	defer lcancel()
	// The engine's OOMKilled, or a SIGKILL (137) not ours: on cgroup v1 podman does not
	// always see the kernel's OOM kill, and nothing else in the container's sandbox
	// kills with SIGKILL but the app itself.
	if st, err := e.cli.ContainerInspect(lctx, cid); (err == nil && st.State != nil && st.State.OOMKilled) || (!killed && res.ExitCode == 137) {
		res.ExitCode, res.Err = -1, fmt.Errorf("%w (%d MiB)", executor.ErrMemoryLimit, hc.Memory>>20)
	}
	stdout, stderr := executor.NewCappedBuffer(), executor.NewCappedBuffer()
	if rc, err := e.cli.ContainerLogs(lctx, cid, container.LogsOptions{ShowStdout: true, ShowStderr: true}); err == nil {
		stdcopy.StdCopy(stdout, stderr, rc)
		rc.Close()
	} else {
		e.log.Warn("reading a container's output", "container", cid, "err", err)
	}
	res.Stdout, res.StdoutTruncated = stdout.Bytes()
	res.Stderr, res.StderrTruncated = stderr.Bytes()

	switch {
	case res.Err != nil:
	case killed && context.Cause(runCtx) == executor.ErrTimeout && ctx.Err() == nil:
		res.ExitCode, res.Err = -1, fmt.Errorf("%w (%v)", executor.ErrTimeout, spec.Limits.Time)
	case killed:
		res.ExitCode, res.Err = -1, fmt.Errorf("%w: %v", executor.ErrCanceled, context.Cause(ctx))
	}
	restore()
	if err := executor.CheckOutput(&res, spec); err != nil {
		return res, err
	}
	return res, nil
}

// containerConfig is the container of spec: see Isolation in the package doc.
func (e *Executor) containerConfig(spec executor.Spec, imageID, inDir, outDir string) (*container.Config, *container.HostConfig) {
	cfg := &container.Config{
		Image:           imageID,
		Cmd:             spec.Args,
		Env:             spec.Env(executor.GuestInputDir, executor.GuestOutputDir),
		User:            e.opts.User,
		WorkingDir:      executor.GuestOutputDir,
		NetworkDisabled: true,
		Labels:          map[string]string{"poco.task": spec.TaskID, "poco.deal": spec.DealID},
	}
	mem := int64(e.opts.MaxMemory)
	if spec.Limits.MemoryBytes > 0 {
		mem = int64(spec.Limits.MemoryBytes)
	}
	pids := e.opts.Pids
	hc := &container.HostConfig{
		NetworkMode:    "none",
		ReadonlyRootfs: true,
		CapDrop:        []string{"ALL"},
		SecurityOpt:    []string{"no-new-privileges"},
		Runtime:        e.opts.Runtime,
		Mounts: []mount.Mount{
			{Type: mount.TypeBind, Source: inDir, Target: executor.GuestInputDir, ReadOnly: true},
			{Type: mount.TypeBind, Source: outDir, Target: executor.GuestOutputDir},
		},
		Tmpfs: map[string]string{"/tmp": fmt.Sprintf("rw,nosuid,nodev,size=%d", e.opts.TmpBytes)},
		Resources: container.Resources{
			Memory:     mem,
			MemorySwap: mem, // no swap
			NanoCPUs:   int64(e.opts.CPUs * 1e9),
			PidsLimit:  &pids,
			Ulimits: []*container.Ulimit{
				{Name: "nofile", Soft: e.opts.NoFile, Hard: e.opts.NoFile},
				{Name: "nproc", Soft: e.opts.NProc, Hard: e.opts.NProc},
			},
		},
	}
	if len(spec.GPUs) > 0 {
		hc.DeviceRequests = []container.DeviceRequest{{Driver: "nvidia", DeviceIDs: spec.GPUs, Capabilities: [][]string{{"gpu"}}}}
	}
	return cfg, hc
}

// inspectArchive checks the image archive at path.
func inspectArchive(path string) (image.Info, error) {
	f, err := os.Open(path)
	if err != nil {
		return image.Info{}, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	defer f.Close()
	info, err := image.Inspect(f)
	if err != nil {
		return info, fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	return info, nil
}

// ensureImage returns the engine's id of the image info describes, loading the archive
// at path unless the engine has it already.
func (e *Executor) ensureImage(ctx context.Context, path string, info image.Info) (string, error) {
	e.mu.Lock()
	id, ok := e.images[info.Digest]
	e.mu.Unlock()
	if ok {
		return id, nil
	}
	e.loadMu.Lock()
	defer e.loadMu.Unlock()
	if id, err := e.findImage(ctx, info); err == nil {
		return e.remember(info, id), nil
	}
	t0 := time.Now()
	e.log.Info("loading an image into the container engine", "image", info.Digest, "bytes", info.Size)
	lctx, cancel := context.WithTimeout(ctx, e.opts.LoadTimeout)
	defer cancel()
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("%w: %v", executor.ErrBadApp, err)
	}
	defer f.Close()
	resp, err := e.cli.ImageLoad(lctx, f, client.ImageLoadWithQuiet(true))
	if err != nil {
		return "", fmt.Errorf("oci: loading image %s: %w", info.Digest, err)
	}
	defer resp.Body.Close()
	if err := readLoad(resp.Body); err != nil {
		return "", fmt.Errorf("%w: the engine refused image %s: %v", executor.ErrBadApp, info.Digest, err)
	}
	id, err = e.findImage(ctx, info)
	if err != nil {
		return "", fmt.Errorf("oci: image %s loaded but not found in the engine: %w", info.Digest, err)
	}
	e.log.Info("image loaded", "image", info.Digest, "id", id, "took", time.Since(t0).Round(time.Millisecond))
	return e.remember(info, id), nil
}

func (e *Executor) remember(info image.Info, id string) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.images[info.Digest] = id
	return id
}

// findImage looks the image up by its config digest (the image id of podman and of
// Docker's classic store), then by its manifest digest (Docker's containerd store).
func (e *Executor) findImage(ctx context.Context, info image.Info) (string, error) {
	var errs []error
	for _, ref := range []string{info.ConfigID, info.Digest} {
		img, err := e.cli.ImageInspect(ctx, ref)
		if err == nil {
			if img.ID != info.ConfigID && img.ID != info.Digest {
				return "", fmt.Errorf("the engine's image %s has id %s", ref, img.ID)
			}
			return img.ID, nil
		}
		errs = append(errs, err)
	}
	return "", errors.Join(errs...)
}

// readLoad reads an image load's answer, a stream of JSON messages, to its end and
// returns the error it reports, if any.
func readLoad(r io.Reader) error {
	return jsonmessage.DisplayJSONMessagesStream(r, io.Discard, 0, false, nil)
}

// openFolders makes the input folder readable by all and read-only (dirs 0555, files
// 0444) and the output folder writable by all (0777), and returns a function restoring
// the previous modes (it may be called more than once).
func openFolders(inDir, outDir string) (restore func(), err error) {
	type saved struct {
		path string
		mode fs.FileMode
	}
	var done []saved
	var once sync.Once
	restore = func() {
		once.Do(func() {
			for i := len(done) - 1; i >= 0; i-- {
				os.Chmod(done[i].path, done[i].mode)
			}
		})
	}
	set := func(path string, mode fs.FileMode) error {
		fi, err := os.Lstat(path)
		if err != nil {
			return err
		}
		done = append(done, saved{path, fi.Mode().Perm()})
		return os.Chmod(path, mode)
	}
	err = filepath.WalkDir(inDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return set(path, 0o555)
		case d.Type().IsRegular():
			return set(path, 0o444)
		}
		return nil
	})
	if err != nil {
		return restore, err
	}
	return restore, set(outDir, 0o777)
}

// plainPaths returns inDir and outDir, or, when either holds a character engines treat
// as a separator in mount specifications (',' or ':'), symbolic links to them with plain
// names, and a function removing the links.
func plainPaths(inDir, outDir string) (in, out string, unlink func(), err error) {
	if !strings.ContainsAny(inDir+outDir, ",:") {
		return inDir, outDir, func() {}, nil
	}
	dir, err := os.MkdirTemp("", "poco-oci-mounts-")
	if err != nil {
		return "", "", func() {}, err
	}
	unlink = func() { os.RemoveAll(dir) }
	in, out = filepath.Join(dir, "in"), filepath.Join(dir, "out")
	if err := os.Symlink(inDir, in); err != nil {
		return "", "", unlink, err
	}
	if err := os.Symlink(outDir, out); err != nil {
		return "", "", unlink, err
	}
	return in, out, unlink, nil
}
