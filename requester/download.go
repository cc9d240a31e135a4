package requester

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/pocolabs/poco/result"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
)

// Errors of Download, matched with errors.Is; the messages say more.
var (
	// ErrNoResult: the task is not COMPLETED, or its results field does not point to a
	// stored result ({"storage":"ipfs","location":"/ipfs/<cid>"}).
	ErrNoResult = errors.New("no result to download")
	// ErrDigestMismatch: the downloaded result's digest is not the task's on-chain result
	// digest (or cannot be computed): it is not the result the workers agreed on.
	ErrDigestMismatch = errors.New("the result does not match its on-chain digest")
	// ErrBadArchive: the result is not a tar of plain files and folders that stay inside
	// the folder (a path leaving it, a link, a device, ...).
	ErrBadArchive = errors.New("the result is not a safe tar of files and folders")
	// ErrExists: the destination folder exists and holds something other than the result.
	ErrExists = errors.New("the destination folder holds something else")
)

// UnverifiedSuffix is appended to the destination folder's name to keep a result whose
// digest does not match: dir + ".unverified".
const UnverifiedSuffix = ".unverified"

// Downloaded is a task's result as Download left it.
type Downloaded struct {
	Index uint64
	// CID is the stored object: the tar of the task's output folder.
	CID cid.Cid
	// Dir is where the result is: the destination folder, or the destination folder +
	// UnverifiedSuffix when its digest does not match.
	Dir string
	// Digest is the result digest of the folder (result.DigestOf); zero when it could
	// not be computed.
	Digest common.Hash
	// Verified is true when Digest is the task's on-chain result digest.
	Verified bool
	// Existing is true when the destination folder already held the result: nothing was
	// downloaded.
	Existing bool
	// AppError is the error code of an error result (the app failed: the output is
	// error.json, {"error":"<code>","task":"0x…"}, see worker/job), "" for a normal one.
	AppError string
}

// Download fetches the result of a COMPLETED task from store, unpacks it into the folder
// dir and checks that its digest (result.DigestOf) is the task's on-chain result digest.
//
// The task's results field must be {"storage":"ipfs","location":"/ipfs/<cid>"} and the
// object a tar of the task's output folder (worker/job WriteTar). The object is read to
// the end and verified against its CID (the store does it) before anything is unpacked;
// it is unpacked into a new folder next to dir and renamed into place only once checked,
// so dir never holds a partial or unchecked result. Unpacking accepts only files and
// folders whose paths stay inside (no absolute paths, no "..", no links, devices or
// pipes: ErrBadArchive), writes files 0644 (0755 when executable) and never more bytes
// than the object holds.
//
// If dir already holds the result (same digest), nothing is downloaded (Existing). An
// empty dir is replaced; any other existing dir fails with ErrExists. A result whose
// digest does not match is kept in dir + UnverifiedSuffix (replacing a previous one)
// for inspection, and Download returns it with an error matching ErrDigestMismatch.
func Download(ctx context.Context, store storage.Store, task *sdk.Task, dir string) (*Downloaded, error) {
	d := &Downloaded{Index: task.Index}
	if task.Status != sdk.TaskCompleted {
		return nil, fmt.Errorf("%w: task %d is %s, not COMPLETED", ErrNoResult, task.Index, task.Status)
	}
	c, err := storage.ParseResult(task.Results)
	if err != nil {
		return nil, fmt.Errorf("%w: task %d's results field %q is not a stored result ({\"storage\":\"ipfs\",\"location\":\"/ipfs/<cid>\"}): %v",
			ErrNoResult, task.Index, resultsText(task.Results), err)
	}
	d.CID = c
	want := task.ResultDigest

	// Already there?
	switch fi, err := os.Lstat(dir); {
	case err == nil && fi.IsDir():
		got, derr := result.DigestOf(dir)
		if derr == nil && common.Hash(got.Value) == want {
			d.Dir, d.Digest, d.Verified, d.Existing = dir, want, true, true
			d.AppError = appError(dir, got, task.ID)
			return d, nil
		}
		if os.Remove(dir) != nil { // only an empty folder goes
			var what string
			if derr != nil {
				what = derr.Error()
			} else {
				what = common.Hash(got.Value).Hex()
			}
			return nil, fmt.Errorf("%w: %s exists and does not hold the result of task %d (%s, want %s): remove it or choose another folder",
				ErrExists, dir, task.Index, what, want.Hex())
		}
	case err == nil:
		return nil, fmt.Errorf("%w: %s exists and is not a folder: remove it or choose another folder", ErrExists, dir)
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}

	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	// Download to a file, verified to the end, before unpacking anything.
	tmp, err := os.CreateTemp(parent, ".poco-download-*")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	rc, err := store.Get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("downloading the result of task %d (%s): %w", task.Index, storage.Location(c), err)
	}
	size, err := io.Copy(tmp, rc)
	rc.Close()
	if err != nil {
		return nil, fmt.Errorf("downloading the result of task %d (%s): %w", task.Index, storage.Location(c), err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	work, err := os.MkdirTemp(parent, ".poco-result-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work) // gone once renamed
	if err := Extract(tmp, size, work); err != nil {
		return nil, fmt.Errorf("the result of task %d (%s): %w", task.Index, storage.Location(c), err)
	}
	if err := os.Chmod(work, 0o755); err != nil {
		return nil, err
	}

	got, derr := result.DigestOf(work)
	if derr == nil && common.Hash(got.Value) == want {
		if err := os.Rename(work, dir); err != nil {
			return nil, err
		}
		d.Dir, d.Digest, d.Verified = dir, want, true
		d.AppError = appError(dir, got, task.ID)
		return d, nil
	}
	// Keep what was received, under a name that says it is not the result.
	keep := dir + UnverifiedSuffix
	if fi, err := os.Lstat(keep); err == nil && fi.IsDir() {
		if err := os.RemoveAll(keep); err != nil {
			return nil, err
		}
	}
	if err := os.Rename(work, keep); err != nil {
		return nil, err
	}
	d.Dir = keep
	if derr != nil {
		return d, fmt.Errorf("%w: the result of task %d (%s) has no valid digest (%v); the chain says %s. Kept in %s: do not trust it",
			ErrDigestMismatch, task.Index, storage.Location(c), derr, want.Hex(), keep)
	}
	d.Digest = common.Hash(got.Value)
	return d, fmt.Errorf("%w: the result of task %d (%s) has digest %s but the chain says %s. Kept in %s: do not trust it",
		ErrDigestMismatch, task.Index, storage.Location(c), d.Digest.Hex(), want.Hex(), keep)
}

// resultsText is the results field as text, shortened.
func resultsText(b []byte) string {
	s := string(b)
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return s
}

// appError returns the code of an error result: computed.json naming error.json, which
// holds {"error":"<code>","task":"0x<taskid>"}.
func appError(dir string, d result.Digest, task common.Hash) string {
	if d.Path != "error.json" {
		return ""
	}
	b, err := os.ReadFile(filepath.Join(dir, "error.json"))
	if err != nil || len(b) > 4096 {
		return ""
	}
	var doc struct {
		Error string `json:"error"`
		Task  string `json:"task"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if dec.Decode(&doc) != nil || doc.Error == "" || !strings.EqualFold(doc.Task, task.Hex()) {
		return ""
	}
	return doc.Error
}

// Extract unpacks the tar r (of size bytes) into the existing folder dir. It accepts
// regular files and folders only, at paths that stay inside dir, each file once, and
// writes at most size bytes in all (a tar holds its files' bytes, so a valid one never
// needs more; sparse entries could). Anything else fails with ErrBadArchive. File modes
// are 0644, or 0755 for files executable in the tar; folders 0755; times are not kept.
func Extract(r io.Reader, size int64, dir string) error {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	tr := tar.NewReader(r)
	var written int64
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: not a readable tar: %v", ErrBadArchive, err)
		}
		name, err := entryPath(h.Name)
		if err != nil {
			return err
		}
		switch h.Typeflag {
		case tar.TypeDir:
			if name == "." {
				continue
			}
			if err := root.MkdirAll(name, 0o755); err != nil {
				return fmt.Errorf("%w: folder %q: %v", ErrBadArchive, h.Name, err)
			}
		case tar.TypeReg:
			if name == "." {
				return fmt.Errorf("%w: a file named %q", ErrBadArchive, h.Name)
			}
			if p := path.Dir(name); p != "." {
				if err := root.MkdirAll(p, 0o755); err != nil {
					return fmt.Errorf("%w: folder of %q: %v", ErrBadArchive, h.Name, err)
				}
			}
			mode := os.FileMode(0o644)
			if h.Mode&0o111 != 0 {
				mode = 0o755
			}
			f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
			if err != nil {
				if errors.Is(err, fs.ErrExist) {
					return fmt.Errorf("%w: %q is in it twice", ErrBadArchive, h.Name)
				}
				return fmt.Errorf("%w: file %q: %v", ErrBadArchive, h.Name, err)
			}
			n, err := io.Copy(f, io.LimitReader(tr, size-written+1))
			written += n
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("%w: file %q: %v", ErrBadArchive, h.Name, err)
			}
			if written > size {
				return fmt.Errorf("%w: its files hold more bytes than the archive (%d)", ErrBadArchive, size)
			}
		case tar.TypeXGlobalHeader:
			continue // PAX global options: no file
		default:
			return fmt.Errorf("%w: %q is a %s; a result holds only files and folders", ErrBadArchive, h.Name, typeName(h.Typeflag))
		}
	}
}

// entryPath checks a tar entry's name and returns it cleaned, slash-separated and
// relative ("." for the folder itself).
func entryPath(name string) (string, error) {
	bad := func(why string) (string, error) {
		return "", fmt.Errorf("%w: entry %q %s", ErrBadArchive, name, why)
	}
	if name == "" || strings.ContainsRune(name, 0) {
		return bad("has no usable name")
	}
	if strings.HasPrefix(name, "/") || filepath.IsAbs(filepath.FromSlash(name)) {
		return bad("is an absolute path")
	}
	for _, part := range strings.Split(strings.TrimSuffix(name, "/"), "/") {
		if part == ".." {
			return bad(`leaves the folder ("..")`)
		}
	}
	clean := path.Clean(strings.TrimSuffix(name, "/"))
	if clean != "." && !filepath.IsLocal(filepath.FromSlash(clean)) {
		return bad("is not a path inside the folder")
	}
	return clean, nil
}

func typeName(t byte) string {
	switch t {
	case tar.TypeSymlink:
		return "symbolic link"
	case tar.TypeLink:
		return "hard link"
	case tar.TypeChar, tar.TypeBlock:
		return "device"
	case tar.TypeFifo:
		return "named pipe"
	case tar.TypeGNUSparse:
		return "sparse file"
	}
	return fmt.Sprintf("entry of type %q", t)
}
