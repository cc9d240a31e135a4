package requester

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/config"
	"github.com/pocolabs/poco/internal/atomicfile"
	"github.com/pocolabs/poco/protocol"
)

// AppsDir is where apps' recorded sizes are kept, $POCO_HOME/apps (~/.poco/apps), one
// file per app: <ADDRESS>.json (a Hint). `poco app bench --record` and `poco app deploy
// --category-hint` write them; `poco run` reads them to choose a category.
func AppsDir() string { return filepath.Join(config.Home(), "apps") }

// Margin is how much longer than its measured reference time a category must allow a
// task of an app, by default: 2×, for inputs larger than the sample and slower moments.
const Margin = 2

// Hint is the recorded size of an app's tasks: the time one needs on the reference
// machine, margin included. The smallest category at least NeedSeconds long fits.
type Hint struct {
	App common.Address `json:"app"`
	// NeedSeconds is the reference time a task needs, margin included.
	NeedSeconds float64 `json:"needSeconds"`
	// Category is the category recommended when it was recorded (a name): NeedSeconds
	// decides, against the categories of the hub `poco run` buys on.
	Category string `json:"category"`
	// Source is the command that recorded it.
	Source string `json:"source"`
	// Bench is what `poco app bench` measured, when it recorded the hint.
	Bench    *HintBench `json:"bench,omitempty"`
	Recorded time.Time  `json:"recorded"`
}

// HintBench is the measurement behind a hint.
type HintBench struct {
	Runs             int     `json:"runs"`
	LocalSeconds     float64 `json:"localSeconds"`     // the median run time here
	Factor           float64 `json:"factor"`           // this machine's speed factor
	Benchmark        int     `json:"benchmark"`        // the machine benchmark's version
	ReferenceSeconds float64 `json:"referenceSeconds"` // LocalSeconds × Factor
	Margin           float64 `json:"margin"`
	Args             string  `json:"args,omitempty"`
}

// NeedRef is NeedSeconds as a duration, rounded up to the millisecond.
func (h *Hint) NeedRef() time.Duration {
	return time.Duration(math.Ceil(h.NeedSeconds*1000)) * time.Millisecond
}

// HintPath is the file of app's hint in dir.
func HintPath(dir string, app common.Address) string { return filepath.Join(dir, app.Hex()+".json") }

// ReadHint reads app's hint from dir; nil, nil when none is recorded.
func ReadHint(dir string, app common.Address) (*Hint, error) {
	b, err := os.ReadFile(HintPath(dir, app))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the recorded size of app %s: %w", app.Hex(), err)
	}
	var h Hint
	if err := json.Unmarshal(b, &h); err != nil || h.NeedSeconds <= 0 || h.App != app {
		return nil, fmt.Errorf("%s is not the recorded size of app %s (record it again with `poco app bench %s --record`, or remove the file)",
			HintPath(dir, app), app.Hex(), app.Hex())
	}
	return &h, nil
}

// WriteHint records h in dir (atomically) and returns the file's path.
func WriteHint(dir string, h Hint) (string, error) {
	if h.NeedSeconds <= 0 {
		return "", fmt.Errorf("the size of app %s must be a positive time", h.App.Hex())
	}
	b, err := json.MarshalIndent(h, "", "  ")
	if err != nil {
		return "", err
	}
	p := HintPath(dir, h.App)
	if err := atomicfile.Write(p, append(b, '\n'), 0o644); err != nil {
		return "", fmt.Errorf("recording the size of app %s: %w", h.App.Hex(), err)
	}
	return p, nil
}

// SmallestFitting is the category of cats with the shortest reference time of at least
// need (the first by id among equals); false when none is that long.
func SmallestFitting(cats []protocol.Category, need time.Duration) (protocol.Category, bool) {
	var best protocol.Category
	found := false
	for _, c := range cats {
		if c.Ref() >= need && (!found || c.WorkClockTimeRef < best.WorkClockTimeRef) {
			best, found = c, true
		}
	}
	return best, found
}
