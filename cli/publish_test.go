package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocolabs/poco/executor/oci/image"
	"github.com/pocolabs/poco/market"
	"github.com/pocolabs/poco/sdk"
	"github.com/pocolabs/poco/storage"
)

// `poco app publish` on a local network uploads the module, registers the app and puts
// its order in the market; run again it reuses the upload and the registration; with the
// market down it keeps the signed order and says how to publish it.
func TestAppPublish(t *testing.T) {
	e := newRunEnv(t)
	mc := e.startBook(t)
	module := helloModule(t)
	code, err := os.ReadFile(module)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(code)
	wantCID, _, _ := storage.Sum(bytes.NewReader(code))

	out, errOut, err := runPoco(t, "", "app", "publish", module, "--name", "hello-pub", "--price", "0.5", "--volume", "10",
		"--from", e.appOwner.Hex(), "--json")
	if err != nil {
		t.Fatalf("app publish: %v (stderr %s)", err, errOut)
	}
	var v publishJSON
	decodeJSON(t, out, &v)
	for _, w := range []string{"1/3 Uploaded " + module, "2/3 Registered app", "3/3 Published the app order"} {
		if !strings.Contains(errOut, w) {
			t.Fatalf("app publish said %q, want %q", errOut, w)
		}
	}
	if !v.Registered || v.App == nil || v.App.Type != "WASM" || v.App.Name != "hello-pub" || v.App.Owner != e.appOwner.Hex() ||
		v.App.Multiaddr != "/ipfs/"+wantCID.String() || v.App.Checksum != "0x"+hex.EncodeToString(sum[:]) ||
		v.Upload.CID != wantCID.String() || v.Order == nil || !v.Order.Published {
		t.Fatalf("app publish printed %s", out)
	}
	if ok, _ := e.store.Has(bgCtx, wantCID); !ok {
		t.Fatal("the module is not in the configured storage")
	}
	var shown appJSON
	pocoJSON(t, &shown, "app", "show", v.App.Address)
	if shown != *v.App {
		t.Fatalf("app show: %+v, publish said %+v", shown, *v.App)
	}
	page, err := mc.Query(bgCtx, sdk.KindApp, market.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var found *market.Order
	for _, o := range page.Orders {
		if o.Hash == v.Order.Hash {
			found = o
		}
	}
	if found == nil || found.Asset.Hex() != v.App.Address || found.Volume != 10 || found.Price.String() != "500000000" || found.Signer != e.appOwner {
		t.Fatalf("the order is not in the market as published: %+v", page.Orders)
	}
	if _, err := os.Stat(v.Order.File); err != nil {
		t.Fatalf("signed order file: %v", err)
	}

	// Again: the upload and the app are reused, a new order published.
	out, errOut, err = runPoco(t, "", "app", "publish", module, "--name", "hello-pub", "--price", "0.5", "--volume", "10",
		"--from", e.appOwner.Hex())
	if err != nil || !strings.Contains(errOut, "already registered at "+v.App.Address) || !strings.Contains(out, "registered before, reused") {
		t.Fatalf("second publish: %v, said %q, printed %q", err, errOut, out)
	}
	t.Logf("second publish:\n%s%s", errOut, out)

	// The market is down: the app is registered, the order signed and kept, and the error
	// says how to publish it.
	msg := pocoFails(t, []string{"registered at " + v.App.Address, "did not take it", "poco order publish "},
		"app", "publish", module, "--name", "hello-pub", "--price", "1", "--from", e.appOwner.Hex(), "--market", "http://127.0.0.1:1")
	t.Logf("market down: %s", msg)
	file := msg[strings.Index(msg, "poco order publish ")+len("poco order publish "):]
	file = strings.Fields(file)[0]
	if out := poco(t, "order", "publish", file); !strings.Contains(out, "Published app order") {
		t.Fatalf("publishing the kept order printed %q", out)
	}

	// An upload refused: nothing registered, said so.
	pocoFails(t, []string{"uploading", "nothing was registered"}, "app", "publish", module, "--name", "other",
		"--from", e.appOwner.Hex(), "--storage", "http://127.0.0.1:1")
	// Neither a module nor an image.
	pocoFails(t, []string{"neither a WASM module", "--type"}, "app", "publish", writeTestFile(t, "notes.txt", "hello"), "--from", e.appOwner.Hex())

	// An OCI image archive: type OCI, checksum the image digest.
	var img bytes.Buffer
	digest, err := image.Write(&img, []image.File{{Path: "app", Mode: 0o755, Data: []byte("#!/bin/true\n")}}, image.Config{Entrypoint: []string{"/app"}})
	if err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(t.TempDir(), "ociapp.tar")
	os.WriteFile(archive, img.Bytes(), 0o644)
	var oci publishJSON
	pocoJSON(t, &oci, "app", "publish", archive, "--from", e.appOwner.Hex(), "--no-order")
	if oci.App == nil || oci.App.Type != "OCI" || oci.App.Name != "ociapp" || "sha256:"+strings.TrimPrefix(oci.App.Checksum, "0x") != digest || oci.Order != nil {
		t.Fatalf("OCI publish: %+v (digest %s)", oci, digest)
	}
}

func TestDatasetPublish(t *testing.T) {
	e := newRunEnv(t)
	mc := e.startBook(t)
	data := filepath.Join(t.TempDir(), "numbers.csv")
	os.WriteFile(data, []byte("1,2,3\n"), 0o644)
	var v publishJSON
	pocoJSON(t, &v, "dataset", "publish", data, "--price", "0.25", "--volume", "5", "--app-restrict", e.app.Hex(), "--from", e.dsOw.Hex())
	sum := sha256.Sum256([]byte("1,2,3\n"))
	if v.Dataset == nil || v.Dataset.Name != "numbers" || v.Dataset.Checksum != "0x"+hex.EncodeToString(sum[:]) || v.Order == nil || !v.Order.Published {
		t.Fatalf("dataset publish: %+v", v)
	}
	o, err := mc.Order(bgCtx, v.Order.Hash)
	if err != nil || o.Asset.Hex() != v.Dataset.Address || o.Remaining != 5 {
		t.Fatalf("market order: %+v %v", o, err)
	}
}
