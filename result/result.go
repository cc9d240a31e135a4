// Package result computes a task's result digest: the bytes32 a worker
// commits to (resultHash = keccak256(taskid ‖ digest)) and reveals, computed
// from the output folder an executor filled (executor.Spec.OutputDir). Anyone
// holding the same output folder recomputes the same digest with DigestOf;
// docs/results.md states the algorithm with a worked example.
//
// # Which digest
//
// If the output folder has a file computed.json at its root, it decides
// (Source "computed.json"); otherwise the whole folder is hashed (Source
// "folder").
//
// computed.json must be a regular file of at most 1 MiB holding one JSON
// object; its keys (others are ignored):
//
//	"deterministic-output-path"  a string: a path inside the output folder,
//	                             either relative to it ("result.txt"), or
//	                             absolute under /iexec_out (the folder as a
//	                             sandboxed app sees it: "/iexec_out/result.txt"),
//	                             or absolute under the output folder's host
//	                             path (what the process executor passes as
//	                             IEXEC_OUT). "/iexec_out" or "." name the
//	                             folder itself.
//	"callback-data"              a string: 0x-prefixed hex bytes ("0x" is the
//	                             empty byte string; "" counts as absent).
//
// With callback-data, digest = keccak256(callback-data bytes): that is what
// the Hub checks at finalize for a deal with a callback (keccak256(
// resultsCallback) must equal the consensus digest), and Digest.Callback
// holds the bytes to pass as resultsCallback. Without it, the named path
// decides: a regular file gives digest = sha256(file content); a directory
// gives the canonical folder hash of that directory (below). One of the two
// keys is required. A named path that leaves the folder (".." after
// cleaning, an absolute path elsewhere) or passes through a symlink is
// refused (ErrEscape), even when callback-data is present; a path that does
// not exist, or names something other than a regular file or a directory,
// is refused too. Anything else wrong with computed.json (not JSON, not an
// object, a key of the wrong type, bad hex, trailing data) is
// ErrBadComputedJSON with the problem in the message.
//
// # Canonical folder hash
//
// For a directory D:
//
//  1. List every regular file under D, recursively, by its path relative to
//     D with "/" separators and the names' bytes as stored (no Unicode
//     normalisation). When D is the output folder itself, its root-level
//     computed.json is left out. Directories only contribute the files in
//     them: an empty directory changes nothing. A symlink, device, named
//     pipe, socket or other non-regular entry anywhere fails the hash
//     (ErrNotPlain): a result is made of plain files. File modes, owners and
//     times are not hashed.
//  2. Sort the paths by their bytes (Go's string order; "a.txt" < "a/b"
//     since '.' is 0x2e and '/' is 0x2f).
//  3. For each path p with content c:
//     entry = sha256(uint64_be(len(p)) ‖ p ‖ sha256(c)), 32 bytes.
//  4. digest = sha256(entry_1 ‖ entry_2 ‖ … ‖ entry_n). An empty folder (no
//     files) hashes to sha256 of the empty string,
//     e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
//
// File contents are streamed; no file is loaded whole into memory.
package result

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// ComputedJSON is the name of the file, at the root of the output folder,
// that may say how the digest is computed.
const ComputedJSON = "computed.json"

// GuestOutputDir is where sandboxed apps see the output folder; absolute
// paths under it in computed.json map into the output folder. It equals
// executor.GuestOutputDir.
const GuestOutputDir = "/iexec_out"

// MaxComputedJSON is the largest computed.json accepted, in bytes.
const MaxComputedJSON = 1 << 20

// Digest.Source values.
const (
	SourceComputed = "computed.json" // computed.json decided the digest
	SourceFolder   = "folder"        // the whole output folder was hashed
)

// Errors, matched with errors.Is; the messages carry the details.
var (
	// ErrBadComputedJSON: computed.json is not what the package doc says.
	ErrBadComputedJSON = errors.New("result: malformed computed.json")
	// ErrEscape: computed.json names a path outside the output folder or
	// through a symlink.
	ErrEscape = errors.New("result: deterministic-output-path leaves the output folder")
	// ErrNotPlain: the hashed tree holds a symlink, device, pipe or socket.
	ErrNotPlain = errors.New("result: output holds an entry that is not a regular file or directory")
)

// Digest is a task's result digest and how it was obtained.
type Digest struct {
	// Value is the bytes32 the worker contributes and reveals.
	Value [32]byte
	// Source is SourceComputed or SourceFolder.
	Source string
	// Path is the deterministic-output-path computed.json named, as a
	// slash-separated path relative to the output folder ("." for the
	// folder itself); "" when computed.json named none or was absent.
	Path string
	// Callback is computed.json's callback-data, nil when it had none;
	// Value = keccak256(Callback) when it is non-nil.
	Callback []byte
}

// String returns the digest as 0x-prefixed lowercase hex.
func (d Digest) String() string { return "0x" + hex.EncodeToString(d.Value[:]) }

// DigestOf computes the result digest of the output folder outputDir, as the
// package doc describes.
func DigestOf(outputDir string) (Digest, error) {
	abs, err := filepath.Abs(outputDir)
	if err != nil {
		return Digest{}, fmt.Errorf("result: output folder %s: %w", outputDir, err)
	}
	// Walk the folder itself, not a symlink to it.
	root, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return Digest{}, fmt.Errorf("result: output folder: %w", err)
	}
	fi, err := os.Stat(root)
	if err != nil {
		return Digest{}, fmt.Errorf("result: output folder: %w", err)
	}
	if !fi.IsDir() {
		return Digest{}, fmt.Errorf("result: output folder %s is not a directory", outputDir)
	}
	cj := filepath.Join(root, ComputedJSON)
	cfi, err := os.Lstat(cj)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		v, err := folderHash(root, false)
		if err != nil {
			return Digest{}, err
		}
		return Digest{Value: v, Source: SourceFolder}, nil
	case err != nil:
		return Digest{}, fmt.Errorf("result: %s: %w", ComputedJSON, err)
	case !cfi.Mode().IsRegular():
		return Digest{}, fmt.Errorf("%w: %s is not a regular file (%s)", ErrBadComputedJSON, ComputedJSON, kind(cfi.Mode()))
	case cfi.Size() > MaxComputedJSON:
		return Digest{}, fmt.Errorf("%w: %s is %d bytes, more than the %d allowed", ErrBadComputedJSON, ComputedJSON, cfi.Size(), MaxComputedJSON)
	}
	b, err := os.ReadFile(cj)
	if err != nil {
		return Digest{}, fmt.Errorf("result: %s: %w", ComputedJSON, err)
	}
	c, err := parseComputed(b)
	if err != nil {
		return Digest{}, err
	}
	d := Digest{Source: SourceComputed, Callback: c.callback}
	var target fs.FileInfo
	if c.path != "" {
		rel, err := mapPath([]string{abs, root}, c.path)
		if err != nil {
			return Digest{}, err
		}
		if target, err = lstatInside(root, rel); err != nil {
			return Digest{}, err
		}
		d.Path = filepath.ToSlash(rel)
		if !target.Mode().IsRegular() && !target.IsDir() {
			return Digest{}, fmt.Errorf("%w: deterministic-output-path %q is a %s, not a regular file or directory", ErrNotPlain, c.path, kind(target.Mode()))
		}
	}
	switch {
	case c.callback != nil:
		d.Value = [32]byte(crypto.Keccak256(c.callback))
	case target.IsDir():
		d.Value, err = folderHash(filepath.Join(root, filepath.FromSlash(d.Path)), d.Path == ".")
	default:
		d.Value, err = fileHash(filepath.Join(root, filepath.FromSlash(d.Path)), target)
	}
	if err != nil {
		return Digest{}, err
	}
	return d, nil
}

type computed struct {
	path     string
	callback []byte
}

func parseComputed(b []byte) (computed, error) {
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&raw); err != nil {
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			return computed{}, fmt.Errorf("%w: not a JSON object but a JSON %s", ErrBadComputedJSON, te.Value)
		}
		return computed{}, fmt.Errorf("%w: not a JSON object: %v", ErrBadComputedJSON, err)
	}
	if raw == nil {
		return computed{}, fmt.Errorf("%w: null instead of a JSON object", ErrBadComputedJSON)
	}
	if _, err := dec.Token(); err != io.EOF {
		return computed{}, fmt.Errorf("%w: data after the JSON object", ErrBadComputedJSON)
	}
	str := func(key string) (string, error) {
		v, ok := raw[key]
		if !ok || string(v) == "null" {
			return "", nil
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", fmt.Errorf("%w: %q must be a string, got %s", ErrBadComputedJSON, key, v)
		}
		return s, nil
	}
	var c computed
	var err error
	if c.path, err = str("deterministic-output-path"); err != nil {
		return computed{}, err
	}
	cb, err := str("callback-data")
	if err != nil {
		return computed{}, err
	}
	if cb != "" {
		h, ok := strings.CutPrefix(cb, "0x")
		if !ok {
			return computed{}, fmt.Errorf("%w: callback-data must start with 0x", ErrBadComputedJSON)
		}
		if c.callback, err = hex.DecodeString(h); err != nil {
			return computed{}, fmt.Errorf("%w: callback-data is not hex bytes: %v", ErrBadComputedJSON, err)
		}
	}
	if c.path == "" && c.callback == nil {
		return computed{}, fmt.Errorf("%w: it names neither deterministic-output-path nor callback-data", ErrBadComputedJSON)
	}
	return c, nil
}

// mapPath turns a deterministic-output-path into a clean path relative to
// the output folder, whose absolute host paths are roots, refusing any that
// leaves it.
func mapPath(roots []string, p string) (string, error) {
	var rel string
	switch {
	case strings.HasPrefix(p, "/") && (path.Clean(p) == GuestOutputDir || strings.HasPrefix(path.Clean(p), GuestOutputDir+"/")):
		rel = filepath.FromSlash(strings.TrimPrefix(strings.TrimPrefix(path.Clean(p), GuestOutputDir), "/"))
	case filepath.IsAbs(p):
		rel = hostRel(roots, filepath.Clean(p))
		if rel == "" {
			return "", fmt.Errorf("%w: %q is outside both %s and the output folder %s", ErrEscape, p, GuestOutputDir, roots[0])
		}
	default:
		rel = p
	}
	rel = filepath.Clean(rel)
	if rel == "" || !filepath.IsLocal(rel) {
		return "", fmt.Errorf("%w: %q is outside the output folder", ErrEscape, p)
	}
	return rel, nil
}

// hostRel returns p relative to the first of roots it lies inside, else "".
func hostRel(roots []string, p string) string {
	for _, r := range roots {
		if rel, err := filepath.Rel(r, p); err == nil && filepath.IsLocal(rel) {
			return rel
		}
	}
	return ""
}

// lstatInside stats rel under root, refusing symlinks on the way.
func lstatInside(root, rel string) (fs.FileInfo, error) {
	if rel == "." {
		return os.Lstat(root)
	}
	cur := root
	var fi fs.FileInfo
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		cur = filepath.Join(cur, part)
		var err error
		if fi, err = os.Lstat(cur); err != nil {
			return nil, fmt.Errorf("result: deterministic-output-path %s: %w", filepath.ToSlash(rel), err)
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			return nil, fmt.Errorf("%w: %s goes through the symlink %s", ErrEscape, filepath.ToSlash(rel), filepath.ToSlash(cur[len(root)+1:]))
		}
	}
	return fi, nil
}

// folderHash is the canonical folder hash of dir; isOutputRoot leaves out
// the root-level computed.json.
func folderHash(dir string, isOutputRoot bool) ([32]byte, error) {
	type file struct {
		rel string
		fi  fs.FileInfo
	}
	var files []file
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("result: reading the output: %w", err)
		}
		if p == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			return nil
		case !d.Type().IsRegular():
			return fmt.Errorf("%w: %s is a %s", ErrNotPlain, rel, kind(d.Type()))
		case isOutputRoot && rel == ComputedJSON:
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return fmt.Errorf("result: %s: %w", rel, err)
		}
		files = append(files, file{rel, fi})
		return nil
	})
	if err != nil {
		return [32]byte{}, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	all := sha256.New()
	for _, f := range files {
		h, err := fileHash(filepath.Join(dir, filepath.FromSlash(f.rel)), f.fi)
		if err != nil {
			return [32]byte{}, err
		}
		e := sha256.New()
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(f.rel)))
		e.Write(n[:])
		io.WriteString(e, f.rel)
		e.Write(h[:])
		all.Write(e.Sum(nil))
	}
	return [32]byte(all.Sum(nil)), nil
}

// fileHash streams the sha256 of the regular file at p, checking it is
// still the file fi (not swapped for a symlink) once open.
func fileHash(p string, fi fs.FileInfo) ([32]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return [32]byte{}, fmt.Errorf("result: %w", err)
	}
	defer f.Close()
	if ofi, err := f.Stat(); err != nil || !os.SameFile(fi, ofi) {
		return [32]byte{}, fmt.Errorf("%w: %s changed while being hashed", ErrNotPlain, p)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return [32]byte{}, fmt.Errorf("result: reading %s: %w", p, err)
	}
	return [32]byte(h.Sum(nil)), nil
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "symlink"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m.IsDir():
		return "directory"
	default:
		return "non-regular file"
	}
}
