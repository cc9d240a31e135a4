package result

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// file is one file to write: a slash path and its content.
type file struct{ path, content string }

// build writes files, in the given order, into a fresh folder.
func build(t testing.TB, files ...file) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, files...)
	return dir
}

func write(t testing.TB, dir string, files ...file) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f.content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// reference is the canonical folder hash computed in memory, straight from
// the package doc, to check the streaming implementation against.
func reference(files map[string]string) [32]byte {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var all []byte
	for _, p := range paths {
		c := sha256.Sum256([]byte(files[p]))
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(p)))
		e := sha256.Sum256(append(append(n[:], p...), c[:]...))
		all = append(all, e[:]...)
	}
	return sha256.Sum256(all)
}

func digest(t testing.TB, dir string) Digest {
	t.Helper()
	d, err := DigestOf(dir)
	if err != nil {
		t.Fatalf("DigestOf: %v", err)
	}
	return d
}

// golden is the fixed folder of the golden vector in docs/results.md.
var golden = []file{{"hello.txt", "hello\n"}, {"a/b", "B\n"}, {"a.txt", "A"}}

const goldenHex = "0xd14542f35c9cdb7132521b11c1ab3a521c78251d83d058e2bea7292e1fc98bcf"

func TestGoldenVector(t *testing.T) {
	dir := build(t, golden...)
	os.Mkdir(filepath.Join(dir, "empty"), 0o755)
	d := digest(t, dir)
	if got := d.String(); got != goldenHex {
		t.Errorf("got %s, want %s", got, goldenHex)
	}
	if d.Source != SourceFolder || d.Path != "" || d.Callback != nil {
		t.Errorf("got source %q path %q callback %x, want folder, no path, no callback", d.Source, d.Path, d.Callback)
	}
	if ref := reference(map[string]string{"hello.txt": "hello\n", "a/b": "B\n", "a.txt": "A"}); d.Value != ref {
		t.Errorf("got %x, reference %x", d.Value, ref)
	}
}

func TestEmptyFolderHashesToSHA256OfNothing(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "x", "y"), 0o755)
	if got, want := digest(t, dir).Value, sha256.Sum256(nil); got != want {
		t.Errorf("got %x, want %x", got, want)
	}
}

func TestFolderHashIgnoresCreationOrderTimesAndModes(t *testing.T) {
	files := []file{{"z", "last"}, {"a/b/c.txt", "deep"}, {"a.b", "dot"}, {"m/n", ""}, {"B", "upper"}}
	one := build(t, files...)
	rev := make([]file, len(files))
	for i, f := range files {
		rev[len(files)-1-i] = f
	}
	two := build(t, rev...)
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	for _, f := range files {
		p := filepath.Join(two, filepath.FromSlash(f.path))
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(filepath.Join(two, "a", "b"), 0o700)
	if a, b := digest(t, one), digest(t, two); a.Value != b.Value {
		t.Errorf("got %s and %s for the same content, want equal", a, b)
	}
}

func TestFolderHashChangesWithContent(t *testing.T) {
	base := digest(t, build(t, golden...))
	for _, tc := range []struct {
		name  string
		edit  func(dir string) error
		equal bool
	}{
		{"renaming a file changes it", func(d string) error { return os.Rename(filepath.Join(d, "a.txt"), filepath.Join(d, "c.txt")) }, false},
		{"moving a file to another folder changes it", func(d string) error { return os.Rename(filepath.Join(d, "a.txt"), filepath.Join(d, "a", "a.txt")) }, false},
		{"changing a byte changes it", func(d string) error { return os.WriteFile(filepath.Join(d, "hello.txt"), []byte("hellO\n"), 0o644) }, false},
		{"appending a byte changes it", func(d string) error { return os.WriteFile(filepath.Join(d, "a.txt"), []byte("A\x00"), 0o644) }, false},
		{"adding an empty file changes it", func(d string) error { return os.WriteFile(filepath.Join(d, "empty"), nil, 0o644) }, false},
		{"removing a file changes it", func(d string) error { return os.Remove(filepath.Join(d, "a", "b")) }, false},
		{"adding an empty directory does not", func(d string) error { return os.MkdirAll(filepath.Join(d, "e", "f"), 0o755) }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := build(t, golden...)
			if err := tc.edit(dir); err != nil {
				t.Fatal(err)
			}
			if got := digest(t, dir); (got.Value == base.Value) != tc.equal {
				t.Errorf("got %s, base %s, want equal=%v", got, base, tc.equal)
			}
		})
	}
}

func TestFolderHashStreamsBigFiles(t *testing.T) {
	big := strings.Repeat("0123456789abcdef", 1<<18) // 4 MiB
	dir := build(t, file{"big", big})
	if got, want := digest(t, dir).Value, reference(map[string]string{"big": big}); got != want {
		t.Errorf("got %x, want %x", got, want)
	}
}

func TestFolderReachedThroughASymlinkHashesTheSame(t *testing.T) {
	dir := build(t, golden...)
	link := filepath.Join(t.TempDir(), "out")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	if got := digest(t, link).String(); got != goldenHex {
		t.Errorf("got %s, want %s", got, goldenHex)
	}
}

func TestFolderHashRefusesSymlinks(t *testing.T) {
	for _, tc := range []struct{ name, target, link string }{
		{"to a file inside", "hello.txt", "link"},
		{"to a file outside", "/etc/hostname", "a/link"},
		{"to a directory", "a", "dirlink"},
		{"dangling", "nowhere", "dangling"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := build(t, golden...)
			if err := os.Symlink(tc.target, filepath.Join(dir, filepath.FromSlash(tc.link))); err != nil {
				t.Skip("no symlinks:", err)
			}
			_, err := DigestOf(dir)
			if !errors.Is(err, ErrNotPlain) || !strings.Contains(err.Error(), tc.link) || !strings.Contains(err.Error(), "symlink") {
				t.Errorf("got %v, want ErrNotPlain naming the symlink %s", err, tc.link)
			}
		})
	}
}

func TestOutputFolderMustBeAFolder(t *testing.T) {
	dir := build(t, golden...)
	for _, p := range []string{filepath.Join(dir, "hello.txt"), filepath.Join(dir, "missing")} {
		if _, err := DigestOf(p); err == nil {
			t.Errorf("DigestOf(%s): got no error, want one", p)
		}
	}
}

func TestComputedJSONNamesAPath(t *testing.T) {
	sub := []file{{"sub/x", "X"}, {"sub/y/z", "Z"}, {"sub/computed.json", "{}"}}
	fileDigest := sha256.Sum256([]byte("hello\n"))
	subDigest := reference(map[string]string{"x": "X", "y/z": "Z", "computed.json": "{}"})
	goldenValue := reference(map[string]string{"hello.txt": "hello\n", "a/b": "B\n", "a.txt": "A"})
	withSub := reference(map[string]string{"hello.txt": "hello\n", "a/b": "B\n", "a.txt": "A", "sub/x": "X", "sub/y/z": "Z", "sub/computed.json": "{}"})
	for _, tc := range []struct {
		name, path string // path: "$OUT" is replaced by the folder's host path
		want       [32]byte
		wantPath   string
	}{
		{"relative file: sha256 of its content", "hello.txt", fileDigest, "hello.txt"},
		{"relative file, uncleaned", "./a/../hello.txt", fileDigest, "hello.txt"},
		{"file under /iexec_out", "/iexec_out/hello.txt", fileDigest, "hello.txt"},
		{"file under /iexec_out, uncleaned", "/iexec_out//a/../hello.txt", fileDigest, "hello.txt"},
		{"file under the host path (process executor)", "$OUT/hello.txt", fileDigest, "hello.txt"},
		{"directory: its canonical folder hash, its own computed.json included", "sub", subDigest, "sub"},
		{"directory under /iexec_out with a trailing slash", "/iexec_out/sub/", subDigest, "sub"},
		{"the folder itself as /iexec_out: computed.json left out", "/iexec_out", withSub, "."},
		{"the folder itself as .", ".", withSub, "."},
		{"the folder itself as its host path", "$OUT", withSub, "."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := build(t, append(append([]file{}, golden...), sub...)...)
			p := strings.ReplaceAll(tc.path, "$OUT", dir)
			write(t, dir, file{ComputedJSON, `{"deterministic-output-path":"` + p + `"}`})
			d := digest(t, dir)
			if d.Value != tc.want || d.Source != SourceComputed || d.Path != tc.wantPath || d.Callback != nil {
				t.Errorf("got %x source %q path %q callback %x, want %x computed.json %q none", d.Value, d.Source, d.Path, d.Callback, tc.want, tc.wantPath)
			}
		})
	}
	t.Run("without computed.json the same folder hashes whole", func(t *testing.T) {
		if got := digest(t, build(t, golden...)).Value; got != goldenValue {
			t.Errorf("got %x, want %x", got, goldenValue)
		}
	})
}

func TestComputedJSONCallbackData(t *testing.T) {
	for _, tc := range []struct {
		name, json string
		data       []byte
		path       string
	}{
		{"alone", `{"callback-data":"0x0102aBcD"}`, []byte{1, 2, 0xab, 0xcd}, ""},
		{"empty bytes", `{"callback-data":"0x"}`, []byte{}, ""},
		{"with a path, which is checked but not hashed", `{"deterministic-output-path":"/iexec_out/hello.txt","callback-data":"0xff"}`, []byte{0xff}, "hello.txt"},
		{"an empty string counts as absent", `{"deterministic-output-path":"hello.txt","callback-data":""}`, nil, "hello.txt"},
		{"null counts as absent, other keys are ignored", `{"deterministic-output-path":"hello.txt","callback-data":null,"error-message":"none"}`, nil, "hello.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := build(t, append(append([]file{}, golden...), file{ComputedJSON, tc.json})...)
			d := digest(t, dir)
			want := sha256.Sum256([]byte("hello\n"))
			if tc.data != nil {
				want = [32]byte(crypto.Keccak256(tc.data))
			}
			if d.Value != want || !bytes.Equal(d.Callback, tc.data) || (d.Callback == nil) != (tc.data == nil) || d.Path != tc.path || d.Source != SourceComputed {
				t.Errorf("got %x callback %x path %q source %q, want %x callback %x path %q computed.json", d.Value, d.Callback, d.Path, d.Source, want, tc.data, tc.path)
			}
		})
	}
	t.Run("keccak256 of empty bytes is the known constant", func(t *testing.T) {
		d := digest(t, build(t, file{ComputedJSON, `{"callback-data":"0x"}`}))
		if got := d.String(); got != "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470" {
			t.Errorf("got %s", got)
		}
	})
}

func TestComputedJSONRefusesEscapes(t *testing.T) {
	for _, tc := range []struct{ name, path string }{
		{"parent", "../x"},
		{"parent after cleaning", "a/../../x"},
		{"parent of /iexec_out", "/iexec_out/../etc/passwd"},
		{"absolute elsewhere", "/etc/passwd"},
		{"a sibling of /iexec_out", "/iexec_outx/hello.txt"},
		{"a sibling of the host folder", "$OUT-x/hello.txt"},
		{"the host folder's parent", "$OUT/.."},
		{"symlinked file", "link"},
		{"file in a symlinked directory", "/iexec_out/dirlink/b"},
		{"symlinked directory", "dirlink"},
		{"symlink out of the folder", "outside/passwd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := build(t, golden...)
			for link, target := range map[string]string{"link": "hello.txt", "dirlink": "a", "outside": "/etc"} {
				if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
					t.Skip("no symlinks:", err)
				}
			}
			p := strings.ReplaceAll(tc.path, "$OUT", dir)
			write(t, dir, file{ComputedJSON, `{"deterministic-output-path":"` + p + `"}`})
			_, err := DigestOf(dir)
			if !errors.Is(err, ErrEscape) {
				t.Errorf("got %v, want ErrEscape", err)
			}
		})
	}
	t.Run("even with callback-data", func(t *testing.T) {
		dir := build(t, golden...)
		write(t, dir, file{ComputedJSON, `{"deterministic-output-path":"../x","callback-data":"0x01"}`})
		if _, err := DigestOf(dir); !errors.Is(err, ErrEscape) {
			t.Errorf("got %v, want ErrEscape", err)
		}
	})
}

func TestMalformedComputedJSON(t *testing.T) {
	for _, tc := range []struct{ name, json, says string }{
		{"not JSON", `deterministic-output-path: x`, "not a JSON object"},
		{"empty file", ``, "not a JSON object"},
		{"an array", `["hello.txt"]`, "not a JSON object"},
		{"null", `null`, "null"},
		{"trailing data", `{"deterministic-output-path":"hello.txt"} {}`, "after the JSON object"},
		{"empty object", `{}`, "neither"},
		{"empty path and no callback", `{"deterministic-output-path":""}`, "neither"},
		{"path not a string", `{"deterministic-output-path":42}`, `"deterministic-output-path" must be a string`},
		{"callback not a string", `{"callback-data":[1]}`, `"callback-data" must be a string`},
		{"callback without 0x", `{"callback-data":"0102"}`, "must start with 0x"},
		{"callback with odd length", `{"callback-data":"0x123"}`, "not hex"},
		{"callback not hex", `{"callback-data":"0xzz"}`, "not hex"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := build(t, append(append([]file{}, golden...), file{ComputedJSON, tc.json})...)
			_, err := DigestOf(dir)
			if !errors.Is(err, ErrBadComputedJSON) || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("got %v, want ErrBadComputedJSON saying %q", err, tc.says)
			}
		})
	}
	t.Run("too big", func(t *testing.T) {
		dir := build(t, file{ComputedJSON, `{"deterministic-output-path":"hello.txt","pad":"` + strings.Repeat("x", MaxComputedJSON) + `"}`})
		if _, err := DigestOf(dir); !errors.Is(err, ErrBadComputedJSON) || !strings.Contains(err.Error(), "bytes") {
			t.Errorf("got %v, want ErrBadComputedJSON about its size", err)
		}
	})
	t.Run("a directory", func(t *testing.T) {
		dir := build(t, file{"computed.json/x", "{}"})
		if _, err := DigestOf(dir); !errors.Is(err, ErrBadComputedJSON) || !strings.Contains(err.Error(), "directory") {
			t.Errorf("got %v, want ErrBadComputedJSON saying it is a directory", err)
		}
	})
	t.Run("a symlink", func(t *testing.T) {
		dir := build(t, file{"c.json", `{"deterministic-output-path":"c.json"}`})
		if err := os.Symlink("c.json", filepath.Join(dir, ComputedJSON)); err != nil {
			t.Skip("no symlinks:", err)
		}
		if _, err := DigestOf(dir); !errors.Is(err, ErrBadComputedJSON) || !strings.Contains(err.Error(), "symlink") {
			t.Errorf("got %v, want ErrBadComputedJSON saying it is a symlink", err)
		}
	})
	t.Run("naming a missing file", func(t *testing.T) {
		dir := build(t, file{ComputedJSON, `{"deterministic-output-path":"/iexec_out/missing.txt"}`})
		if _, err := DigestOf(dir); err == nil || !strings.Contains(err.Error(), "missing.txt") {
			t.Errorf("got %v, want an error naming missing.txt", err)
		}
	})
	t.Run("naming a directory holding a symlink", func(t *testing.T) {
		dir := build(t, append(append([]file{}, golden...), file{ComputedJSON, `{"deterministic-output-path":"a"}`})...)
		if err := os.Symlink("../hello.txt", filepath.Join(dir, "a", "l")); err != nil {
			t.Skip("no symlinks:", err)
		}
		if _, err := DigestOf(dir); !errors.Is(err, ErrNotPlain) {
			t.Errorf("got %v, want ErrNotPlain", err)
		}
	})
}

func TestDigestString(t *testing.T) {
	var d Digest
	d.Value[31] = 0xab
	if got, want := d.String(), "0x"+strings.Repeat("00", 31)+"ab"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if _, err := hex.DecodeString(d.String()[2:]); err != nil {
		t.Error(err)
	}
}

// FuzzFolderHashStable builds a folder from random names and contents twice,
// in opposite orders with different modes, and checks both digests agree
// with each other and with the in-memory reference.
func FuzzFolderHashStable(f *testing.F) {
	f.Add([]byte("\x03abc\x02hi\x05a/b.c\x00\x02a.\x01x"))
	f.Add([]byte("\x07x/y/z/w\x04data\x01x\x01y"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		files := fuzzFiles(data)
		one := build(t, files...)
		two := t.TempDir()
		for i := len(files) - 1; i >= 0; i-- {
			write(t, two, files[i])
			os.Chmod(filepath.Join(two, filepath.FromSlash(files[i].path)), 0o600)
		}
		os.Mkdir(filepath.Join(two, "zz-empty-dir"), 0o755)
		want := map[string]string{}
		for _, fl := range files {
			want[fl.path] = fl.content
		}
		a, b := digest(t, one), digest(t, two)
		if a.Value != b.Value || a.Value != reference(want) {
			t.Fatalf("files %q: got %s and %s, reference %x", files, a, b, reference(want))
		}
	})
}

// fuzzFiles decodes data into distinct files whose paths never clash (no
// file is also a directory) and never name computed.json.
func fuzzFiles(data []byte) []file {
	const alphabet = "ab.-_/Zé"
	var files []file
	taken := map[string]bool{}
	for len(data) > 0 && len(files) < 32 {
		n := int(data[0]%12) + 1
		data = data[1:]
		var name []byte
		for i := 0; i < n && len(data) > 0; i++ {
			name = append(name, alphabet[int(data[0])%len(alphabet)])
			data = data[1:]
		}
		var content []byte
		if len(data) > 0 {
			m := int(data[0] % 32)
			data = data[1:]
			m = min(m, len(data))
			content, data = data[:m], data[m:]
		}
		var parts []string
		for _, s := range strings.Split(string(name), "/") {
			if s != "" && s != "." && s != ".." {
				parts = append(parts, s)
			}
		}
		p := strings.Join(parts, "/")
		if p == "" || taken[p] {
			continue
		}
		clash := false
		for q := range taken {
			if strings.HasPrefix(q, p+"/") || strings.HasPrefix(p, q+"/") {
				clash = true
			}
		}
		if clash {
			continue
		}
		taken[p] = true
		files = append(files, file{p, string(content)})
	}
	return files
}
