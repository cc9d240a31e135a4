// Package image writes and checks OCI image archives: a tar of an OCI image layout
// (oci-layout, index.json, blobs/sha256/<hex>), the form Poco keeps an app's image in its
// store and a worker loads into its container engine (docker load / podman load read it).
//
// Guarantees:
//   - Write builds a single-layer image from a list of files, deterministically: the same
//     files and Config give the same bytes, hence the same manifest digest, on any machine
//     (every time the Unix epoch, owner root, entries in a fixed order, no compression);
//   - Inspect reads an archive and checks it whole before anything loads it: every blob is
//     named by the sha256 of its bytes, index.json names exactly one image manifest, the
//     manifest's config and layers are present with the sizes it says. The image's digest
//     (Info.Digest, "sha256:<hex>") is the manifest's, what `docker images --digests`
//     shows and what an app registers as its checksum.
//
// Image indexes nested in index.json (multi-platform images) are not supported: an
// archive names one manifest, for the worker's platform.
package image

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Media types of the OCI image specification.
const (
	MediaTypeIndex    = "application/vnd.oci.image.index.v1+json"
	MediaTypeManifest = "application/vnd.oci.image.manifest.v1+json"
	MediaTypeConfig   = "application/vnd.oci.image.config.v1+json"
	MediaTypeLayer    = "application/vnd.oci.image.layer.v1.tar"
	// Docker's manifest media type, accepted in index.json.
	mediaTypeDockerManifest = "application/vnd.docker.distribution.manifest.v2+json"
)

// ErrInvalid matches every error of Inspect about the archive's content.
var ErrInvalid = errors.New("image: invalid OCI image archive")

// File is one file of an image's root filesystem.
type File struct {
	Path string // slash-separated, relative to the root ("app", "etc/passwd")
	Mode int64  // permission bits (0o755 for an executable)
	Data []byte
}

// Config is what the image's config says about running it.
type Config struct {
	Entrypoint []string
	Cmd        []string
	Env        []string
	User       string // "uid:gid"; the OCI executor runs as its own non-root user anyway
	WorkingDir string
	// RefName is the org.opencontainers.image.ref.name annotation ("poco/ociapp:latest"),
	// the name an engine gives the image on load; "" leaves it unnamed.
	RefName string
	// Arch is the GOARCH the files are built for (default runtime.GOARCH).
	Arch string
}

// Descriptor is an OCI content descriptor.
type Descriptor struct {
	MediaType   string            `json:"mediaType"`
	Digest      string            `json:"digest"`
	Size        int64             `json:"size"`
	Annotations map[string]string `json:"annotations,omitempty"`
}

type index struct {
	SchemaVersion int          `json:"schemaVersion"`
	MediaType     string       `json:"mediaType,omitempty"`
	Manifests     []Descriptor `json:"manifests"`
}

type manifest struct {
	SchemaVersion int          `json:"schemaVersion"`
	MediaType     string       `json:"mediaType,omitempty"`
	Config        Descriptor   `json:"config"`
	Layers        []Descriptor `json:"layers"`
}

type imageConfig struct {
	Architecture string `json:"architecture"`
	OS           string `json:"os"`
	Config       struct {
		Entrypoint []string `json:"Entrypoint,omitempty"`
		Cmd        []string `json:"Cmd,omitempty"`
		Env        []string `json:"Env,omitempty"`
		User       string   `json:"User,omitempty"`
		WorkingDir string   `json:"WorkingDir,omitempty"`
	} `json:"config"`
	RootFS struct {
		Type    string   `json:"type"`
		DiffIDs []string `json:"diff_ids"`
	} `json:"rootfs"`
}

// Digest is "sha256:<hex>" of b.
func Digest(b []byte) string {
	s := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(s[:])
}

var epoch = time.Unix(0, 0).UTC()

// Write writes a single-layer image of files to w as an OCI image layout tar and returns
// the image's (manifest's) digest. Parent folders are created as needed.
func Write(w io.Writer, files []File, cfg Config) (string, error) {
	layer, err := layerTar(files)
	if err != nil {
		return "", err
	}
	layerDesc := Descriptor{MediaType: MediaTypeLayer, Digest: Digest(layer), Size: int64(len(layer))}

	var ic imageConfig
	ic.Architecture, ic.OS = cmp(cfg.Arch, runtime.GOARCH), "linux"
	ic.Config.Entrypoint, ic.Config.Cmd, ic.Config.Env = cfg.Entrypoint, cfg.Cmd, cfg.Env
	ic.Config.User, ic.Config.WorkingDir = cfg.User, cfg.WorkingDir
	ic.RootFS.Type, ic.RootFS.DiffIDs = "layers", []string{layerDesc.Digest} // uncompressed: diff id = blob digest
	config, _ := json.Marshal(ic)
	configDesc := Descriptor{MediaType: MediaTypeConfig, Digest: Digest(config), Size: int64(len(config))}

	man, _ := json.Marshal(manifest{SchemaVersion: 2, MediaType: MediaTypeManifest, Config: configDesc, Layers: []Descriptor{layerDesc}})
	manDesc := Descriptor{MediaType: MediaTypeManifest, Digest: Digest(man), Size: int64(len(man))}
	if cfg.RefName != "" {
		manDesc.Annotations = map[string]string{"org.opencontainers.image.ref.name": cfg.RefName}
	}
	idx, _ := json.Marshal(index{SchemaVersion: 2, MediaType: MediaTypeIndex, Manifests: []Descriptor{manDesc}})

	tw := tar.NewWriter(w)
	entries := []struct {
		name string
		data []byte
	}{
		{"oci-layout", []byte(`{"imageLayoutVersion":"1.0.0"}`)},
		{"index.json", idx},
		{blobPath(manDesc.Digest), man},
		{blobPath(configDesc.Digest), config},
		{blobPath(layerDesc.Digest), layer},
	}
	for _, d := range []string{"blobs/", "blobs/sha256/"} {
		if err := tw.WriteHeader(&tar.Header{Name: d, Typeflag: tar.TypeDir, Mode: 0o755, ModTime: epoch, Format: tar.FormatPAX}); err != nil {
			return "", err
		}
	}
	for _, e := range entries {
		if err := tw.WriteHeader(&tar.Header{Name: e.name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(e.data)), ModTime: epoch, Format: tar.FormatPAX}); err != nil {
			return "", err
		}
		if _, err := tw.Write(e.data); err != nil {
			return "", err
		}
	}
	if err := tw.Close(); err != nil {
		return "", err
	}
	return manDesc.Digest, nil
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func blobPath(digest string) string { return "blobs/sha256/" + strings.TrimPrefix(digest, "sha256:") }

// layerTar is the root filesystem as a deterministic tar, folders first at each level.
func layerTar(files []File) ([]byte, error) {
	dirs := map[string]bool{}
	seen := map[string]bool{}
	for _, f := range files {
		p := path.Clean(f.Path)
		if f.Path == "" || path.IsAbs(f.Path) || p == "." || strings.HasPrefix(p, "../") || p == ".." {
			return nil, fmt.Errorf("image: file path %q must be relative to the root", f.Path)
		}
		if seen[p] {
			return nil, fmt.Errorf("image: file %q given twice", p)
		}
		seen[p] = true
		for d := path.Dir(p); d != "."; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	type entry struct {
		name string
		dir  bool
		f    File
	}
	var ents []entry
	for d := range dirs {
		ents = append(ents, entry{name: d + "/", dir: true})
	}
	for _, f := range files {
		ents = append(ents, entry{name: path.Clean(f.Path), f: f})
	}
	slices.SortFunc(ents, func(a, b entry) int { return strings.Compare(a.name, b.name) })
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range ents {
		h := &tar.Header{Name: e.name, ModTime: epoch, Format: tar.FormatPAX}
		if e.dir {
			h.Typeflag, h.Mode = tar.TypeDir, 0o755
		} else {
			h.Typeflag, h.Mode, h.Size = tar.TypeReg, e.f.Mode&0o7777, int64(len(e.f.Data))
			if h.Mode == 0 {
				h.Mode = 0o644
			}
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if !e.dir {
			if _, err := tw.Write(e.f.Data); err != nil {
				return nil, err
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Info describes a checked archive.
type Info struct {
	Digest   string // the manifest's digest, "sha256:<hex>": the image's digest
	ConfigID string // the config's digest, "sha256:<hex>": the image id engines give it
	RefName  string // the index's ref name annotation, if any
	Size     int64  // total size of the blobs
}

// MaxMetadata caps index.json, manifests and configs (they are read into memory).
const MaxMetadata = 4 << 20

// Inspect reads an OCI image layout tar from r and checks it (see the package doc).
func Inspect(r io.Reader) (Info, error) {
	var info Info
	var idx []byte
	blobs := map[string]int64{}  // digest -> size, checked
	small := map[string][]byte{} // blobs small enough to be metadata
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return info, fmt.Errorf("%w: reading the tar: %v", ErrInvalid, err)
		}
		name := strings.TrimPrefix(path.Clean(h.Name), "./")
		if h.Typeflag != tar.TypeReg {
			continue
		}
		switch {
		case name == "index.json":
			if idx, err = io.ReadAll(io.LimitReader(tr, MaxMetadata+1)); err != nil {
				return info, fmt.Errorf("%w: index.json: %v", ErrInvalid, err)
			}
		case strings.HasPrefix(name, "blobs/sha256/"):
			want := strings.TrimPrefix(name, "blobs/sha256/")
			sum := sha256.New()
			var keep bytes.Buffer
			lw := &limitedBuffer{buf: &keep, max: MaxMetadata}
			n, err := io.Copy(io.MultiWriter(sum, lw), tr)
			if err != nil {
				return info, fmt.Errorf("%w: blob %s: %v", ErrInvalid, want, err)
			}
			if got := hex.EncodeToString(sum.Sum(nil)); got != want {
				return info, fmt.Errorf("%w: blob %s has digest sha256:%s", ErrInvalid, want, got)
			}
			blobs["sha256:"+want] = n
			info.Size += n
			if !lw.over {
				small["sha256:"+want] = keep.Bytes()
			}
		}
	}
	if idx == nil {
		return info, fmt.Errorf("%w: no index.json (an OCI image layout tar is needed: docker save --format oci, podman save --format oci-archive, or poco's image writer)", ErrInvalid)
	}
	if len(idx) > MaxMetadata {
		return info, fmt.Errorf("%w: index.json over %d bytes", ErrInvalid, MaxMetadata)
	}
	var ix index
	if err := json.Unmarshal(idx, &ix); err != nil {
		return info, fmt.Errorf("%w: index.json: %v", ErrInvalid, err)
	}
	var mans []Descriptor
	for _, d := range ix.Manifests {
		if d.MediaType == MediaTypeManifest || d.MediaType == mediaTypeDockerManifest {
			mans = append(mans, d)
		}
	}
	if len(mans) != 1 {
		return info, fmt.Errorf("%w: index.json names %d image manifests, want exactly 1", ErrInvalid, len(mans))
	}
	md := mans[0]
	man, err := blob(blobs, small, md)
	if err != nil {
		return info, err
	}
	var m manifest
	if err := json.Unmarshal(man, &m); err != nil {
		return info, fmt.Errorf("%w: manifest %s: %v", ErrInvalid, md.Digest, err)
	}
	if _, err := blob(blobs, small, m.Config); err != nil {
		return info, err
	}
	for _, l := range m.Layers {
		if size, ok := blobs[l.Digest]; !ok || size != l.Size {
			return info, fmt.Errorf("%w: layer %s missing or not %d bytes", ErrInvalid, l.Digest, l.Size)
		}
	}
	info.Digest, info.ConfigID = md.Digest, m.Config.Digest
	info.RefName = md.Annotations["org.opencontainers.image.ref.name"]
	return info, nil
}

// blob returns the bytes of the metadata blob d, checking its size.
func blob(blobs map[string]int64, small map[string][]byte, d Descriptor) ([]byte, error) {
	size, ok := blobs[d.Digest]
	if !ok {
		return nil, fmt.Errorf("%w: blob %s is missing", ErrInvalid, d.Digest)
	}
	if size != d.Size {
		return nil, fmt.Errorf("%w: blob %s is %d bytes, its descriptor says %d", ErrInvalid, d.Digest, size, d.Size)
	}
	b, ok := small[d.Digest]
	if !ok {
		return nil, fmt.Errorf("%w: blob %s is over %d bytes", ErrInvalid, d.Digest, MaxMetadata)
	}
	return b, nil
}

// limitedBuffer keeps up to max bytes and notes whether more came.
type limitedBuffer struct {
	buf  *bytes.Buffer
	max  int
	over bool
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if !l.over {
		if l.buf.Len()+len(p) > l.max {
			l.over = true
			l.buf.Reset()
		} else {
			l.buf.Write(p)
		}
	}
	return len(p), nil
}
