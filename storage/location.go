package storage

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ipfs/go-cid"
)

// Location returns c's location, "/ipfs/<cid>".
func Location(c cid.Cid) string { return "/ipfs/" + c.String() }

// ParseLocation parses "/ipfs/<cid>" (or "ipfs://<cid>") into a CID.
func ParseLocation(s string) (cid.Cid, error) {
	rest, ok := strings.CutPrefix(s, "/ipfs/")
	if !ok {
		rest, ok = strings.CutPrefix(s, "ipfs://")
	}
	if !ok || rest == "" || strings.Contains(rest, "/") {
		return cid.Undef, fmt.Errorf("storage: location %q is not /ipfs/<cid>", s)
	}
	c, err := cid.Decode(rest)
	if err != nil {
		return cid.Undef, fmt.Errorf("storage: location %q: %w", s, err)
	}
	return c, nil
}

// StorageIPFS is the storage kind of content-addressed results.
const StorageIPFS = "ipfs"

// Result is what a task's on-chain results field holds:
// {"storage":"ipfs","location":"/ipfs/<cid>"}.
type Result struct {
	Storage  string `json:"storage"`
	Location string `json:"location"`
}

// ResultFor returns the Result pointing at c.
func ResultFor(c cid.Cid) Result { return Result{Storage: StorageIPFS, Location: Location(c)} }

// ResultJSON returns the results field for c,
// {"storage":"ipfs","location":"/ipfs/<cid>"}.
func ResultJSON(c cid.Cid) []byte {
	b, _ := json.Marshal(ResultFor(c))
	return b
}

// CID returns the CID r points at.
func (r Result) CID() (cid.Cid, error) {
	if r.Storage != StorageIPFS {
		return cid.Undef, fmt.Errorf("storage: results storage %q, want %q", r.Storage, StorageIPFS)
	}
	return ParseLocation(r.Location)
}

// ParseResult parses a results field and returns the CID it points at.
func ParseResult(data []byte) (cid.Cid, error) {
	var r Result
	if err := json.Unmarshal(data, &r); err != nil {
		return cid.Undef, fmt.Errorf("storage: results field: %w", err)
	}
	return r.CID()
}
