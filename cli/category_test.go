package cli

import (
	"strings"
	"testing"

	"github.com/pocolabs/poco/protocol"
)

func TestCategoryCLI(t *testing.T) {
	d := cliChainEnv(t)
	accts := d.Accounts()
	owner, other := accts[0].Hex(), accts[1].Hex()

	t.Run("list and show", func(t *testing.T) {
		var cats []categoryJSON
		runPocoJSON(t, &cats, "category", "list")
		if len(cats) != len(protocol.DefaultCategories) {
			t.Fatalf("category list --json: %+v, want the %d default categories", cats, len(protocol.DefaultCategories))
		}
		for i, c := range protocol.DefaultCategories {
			if cats[i] != newCategoryJSON(c) {
				t.Errorf("category %d: %+v, want %+v", i, cats[i], c)
			}
		}
		out := wantOutput(t, []string{"category", "list"}, "ID", "NAME", "REFERENCE TIME", "XS", "5m", "10h", "Medium: 1 hour")
		if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 1+len(protocol.DefaultCategories) {
			t.Errorf("category list printed %d lines: %q", len(lines), out)
		}

		var c categoryJSON
		runPocoJSON(t, &c, "category", "show", "2")
		if c != (categoryJSON{ID: 2, Name: "M", Description: "Medium: 1 hour on the reference machine", WorkClockTimeRef: 3600}) {
			t.Errorf("category show 2 --json: %+v", c)
		}
		wantOutput(t, []string{"category", "show", "1"}, "Small", "20m", "1200 s", "2h20m", "3h20m")
		wantError(t, []string{"category", "show", "99"}, "there is no category 99: categories go from 0 to 4 (poco category list)")
		wantError(t, []string{"category", "show", "two"}, `category id "two" is not a number`)
	})

	t.Run("create", func(t *testing.T) {
		var c categoryJSON
		runPocoJSON(t, &c, "category", "create", "--name", "GPU-S", "--description", "Small GPU task", "--ref", "30m")
		if c != (categoryJSON{ID: 5, Name: "GPU-S", Description: "Small GPU task", WorkClockTimeRef: 1800}) {
			t.Errorf("category create --json: %+v", c)
		}
		wantOutput(t, []string{"category", "create", "--name", "T", "--description", "tiny", "--ref", "90"}, "Created category 6", "1m30s", "90 s")
		var shown categoryJSON
		runPocoJSON(t, &shown, "category", "show", "5")
		if shown != c {
			t.Errorf("category show 5: %+v, created %+v", shown, c)
		}
		var cats []categoryJSON
		runPocoJSON(t, &cats, "category", "list")
		if len(cats) != 7 {
			t.Errorf("%d categories after creating 2, want 7", len(cats))
		}
	})

	t.Run("not the owner", func(t *testing.T) {
		wantError(t, []string{"category", "create", "--name", "X", "--description", "x", "--ref", "1h", "--from", other},
			"only the hub's owner "+owner+" may create categories, not "+other)
	})

	t.Run("bad input", func(t *testing.T) {
		for _, tc := range []struct {
			ref, want string
		}{
			{"soon", `--ref "soon" is not a duration: write it like 20m, 1h30m or 1200 (seconds)`},
			{"0", "too short"},
			{"500ms", "too short"},
			{"1.5s", "not a whole number of seconds"},
			{"4294967296", "too long"},
			{"2000000h", "too long"},
		} {
			wantError(t, []string{"category", "create", "--name", "X", "--description", "x", "--ref", tc.ref}, tc.want)
		}
		wantError(t, []string{"category", "create", "--name", "X"}, "--description, --ref are required")
	})
}
