// Command mkimage packs a local root filesystem folder as an OCI image archive (an OCI
// image layout tar, one uncompressed layer, deterministic), with no registry and no
// container engine, and prints the image's digest: the checksum to register the app
// with (type OCI). `make ociapp` uses it.
//
//	go run ./examples/ociapp/mkimage -rootfs DIR -entrypoint /app -o image.tar
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pocolabs/poco/executor/oci/image"
)

func main() {
	rootfs := flag.String("rootfs", "", "the root filesystem folder (regular files and folders only)")
	entry := flag.String("entrypoint", "/app", "the image's entrypoint, space-separated")
	ref := flag.String("ref", "", `the name engines give the image on load ("poco/ociapp:latest")`)
	out := flag.String("o", "image.tar", "the archive to write")
	flag.Parse()
	if *rootfs == "" {
		fail(fmt.Errorf("give the root filesystem: -rootfs DIR"))
	}
	var files []image.File
	err := filepath.WalkDir(*rootfs, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s: only regular files and folders are packed", p)
		}
		rel, _ := filepath.Rel(*rootfs, p)
		fi, err := d.Info()
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, image.File{Path: filepath.ToSlash(rel), Mode: int64(fi.Mode().Perm()), Data: data})
		return nil
	})
	if err != nil {
		fail(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	digest, err := image.Write(f, files, image.Config{Entrypoint: strings.Fields(*entry), User: "65534:65534", RefName: *ref})
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		os.Remove(*out)
		fail(err)
	}
	fmt.Println(digest)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkimage:", err)
	os.Exit(1)
}
