package conformance

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocolabs/poco/executor"
)

// Import paths of the example apps under examples/.
const (
	HelloPkg   = "github.com/pocolabs/poco/examples/hello"
	DatasetPkg = "github.com/pocolabs/poco/examples/dataset"
)

// RunExamples runs the example apps (built for the executor) and checks
// their results and computed.json. outDirAsSeen maps the host output folder
// to the path the app sees it at.
func RunExamples(t *testing.T, e executor.Executor, hello, dataset string, outDirAsSeen func(host string) string) {
	newSpec := func(app string, args ...string) executor.Spec {
		in, out := t.TempDir(), t.TempDir()
		os.WriteFile(filepath.Join(in, "words.txt"), []byte("one\ntwo\nthree\n"), 0o644)
		os.WriteFile(filepath.Join(in, "data.csv"), []byte("a,b\n1,2\n"), 0o644)
		return executor.Spec{
			TaskID: "0xaa", DealID: "0xbb", BagSize: 10, Index: 4, Args: args,
			InputDir: in, OutputDir: out, InputFiles: []string{"words.txt"}, DatasetFile: "data.csv",
			Limits: executor.Limits{Time: 10 * time.Second, MemoryBytes: 256 << 20, OutputBytes: 1 << 20},
			App:    executor.AppRef{Path: app},
		}
	}
	check := func(t *testing.T, spec executor.Spec, file, want string) {
		t.Helper()
		res, err := e.Run(context.Background(), spec)
		if err != nil || !res.OK() {
			t.Fatalf("run: err %v, exit %d, %v, stderr %s", err, res.ExitCode, res.Err, res.Stderr)
		}
		got, _ := os.ReadFile(filepath.Join(spec.OutputDir, file))
		if string(got) != want {
			t.Errorf("%s: got %q, want %q", file, got, want)
		}
		var computed map[string]string
		b, _ := os.ReadFile(filepath.Join(spec.OutputDir, "computed.json"))
		if err := json.Unmarshal(b, &computed); err != nil || computed["deterministic-output-path"] != filepath.Join(outDirAsSeen(spec.OutputDir), file) {
			t.Errorf("computed.json: got %s (%v), want it to name %s", b, err, file)
		}
	}
	t.Run("hello greets its args and summarises its input", func(t *testing.T) {
		words := "one\ntwo\nthree\n"
		want := fmt.Sprintf("hello, poco world\ntask 0xaa of deal 0xbb, index 4 of 10\ninput words.txt: %d bytes, 3 lines, sha256 %x\n", len(words), sha256.Sum256([]byte(words)))
		check(t, newSpec(hello, "poco", "world"), "result.txt", want)
	})
	t.Run("dataset digests the dataset file", func(t *testing.T) {
		data := "a,b\n1,2\n"
		check(t, newSpec(dataset), "digest.txt", fmt.Sprintf("data.csv %d sha256:%x\n", len(data), sha256.Sum256([]byte(data))))
	})
	t.Run("dataset fails without a dataset", func(t *testing.T) {
		spec := newSpec(dataset)
		spec.DatasetFile = ""
		res, err := e.Run(context.Background(), spec)
		if err != nil || res.ExitCode != 1 || !strings.Contains(string(res.Stderr), "no dataset") {
			t.Fatalf("got err %v exit %d stderr %q, want exit 1 saying no dataset", err, res.ExitCode, res.Stderr)
		}
	})
}
