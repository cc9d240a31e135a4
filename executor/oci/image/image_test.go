package image

import (
	"archive/tar"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func write(t *testing.T, files []File, cfg Config) ([]byte, string) {
	t.Helper()
	var buf bytes.Buffer
	d, err := Write(&buf, files, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), d
}

func TestWriteIsDeterministicAndInspectFindsTheDigest(t *testing.T) {
	files := []File{{Path: "bin/app", Mode: 0o755, Data: []byte("#!app")}, {Path: "etc/motd", Data: []byte("hi")}}
	cfg := Config{Entrypoint: []string{"/bin/app"}, RefName: "poco/test:1", Arch: "amd64"}
	a, da := write(t, files, cfg)
	b, db := write(t, []File{files[1], files[0]}, cfg)
	if !bytes.Equal(a, b) || da != db {
		t.Fatal("the same files in another order give another archive")
	}
	info, err := Inspect(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if info.Digest != da || info.RefName != "poco/test:1" || !strings.HasPrefix(info.ConfigID, "sha256:") {
		t.Fatalf("got %+v, want digest %s and the ref name", info, da)
	}
	_, dc := write(t, files, Config{Entrypoint: []string{"/bin/other"}, Arch: "amd64"})
	if dc == da {
		t.Fatal("another entrypoint gives the same digest")
	}
}

// rewrite copies the archive, passing each entry's content through edit.
func rewrite(t *testing.T, archive []byte, edit func(name string, data []byte) []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	tr, tw := tar.NewReader(bytes.NewReader(archive)), tar.NewWriter(&out)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		data, _ := io.ReadAll(tr)
		data = edit(h.Name, data)
		h.Size = int64(len(data))
		tw.WriteHeader(h)
		tw.Write(data)
	}
	tw.Close()
	return out.Bytes()
}

func TestInspectRefusesTamperedArchives(t *testing.T) {
	good, _ := write(t, []File{{Path: "app", Mode: 0o755, Data: []byte("the app")}}, Config{Arch: "amd64"})
	for name, edit := range map[string]func(string, []byte) []byte{
		"a changed layer": func(n string, d []byte) []byte {
			return bytes.ReplaceAll(d, []byte("the app"), []byte("bad app"))
		},
		"no index": func(n string, d []byte) []byte {
			if n == "index.json" {
				return []byte(`{"schemaVersion":2,"manifests":[]}`)
			}
			return d
		},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Inspect(bytes.NewReader(rewrite(t, good, edit))); !errors.Is(err, ErrInvalid) {
				t.Fatalf("got %v, want ErrInvalid", err)
			}
		})
	}
	if _, err := Inspect(strings.NewReader("not a tar at all")); !errors.Is(err, ErrInvalid) {
		t.Fatalf("garbage: got %v, want ErrInvalid", err)
	}
}
