package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pocolabs/poco/protocol"
)

func newCategoryCommand(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "category",
		Short: "List, show and create the categories of tasks",
		Long: `A category says how long a task may take: its reference time (workClockTimeRef) is
the time it takes on the reference machine. A deal's tasks must be contributed to
within 7 times it, and may be claimed (failed, the requester refunded) after 10 times
it. Requests and workerpool orders name a category by its id; the hub's owner creates
categories, which never change.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newCategoryListCommand(g), newCategoryShowCommand(g), newCategoryCreateCommand(g))
	return cmd
}

// categoryJSON is a category as printed; WorkClockTimeRef in seconds.
type categoryJSON struct {
	ID               uint64 `json:"id"`
	Name             string `json:"name"`
	Description      string `json:"description"`
	WorkClockTimeRef uint64 `json:"workClockTimeRef"`
}

func newCategoryJSON(c protocol.Category) categoryJSON {
	return categoryJSON{ID: c.ID, Name: c.Name, Description: c.Description, WorkClockTimeRef: c.WorkClockTimeRef}
}

// humanSeconds writes a number of seconds as "5m", "1h", "1h30m", "1m30s", "0s".
func humanSeconds(s uint64) string {
	if s == 0 {
		return "0s"
	}
	var b strings.Builder
	for _, u := range []struct {
		secs uint64
		unit string
	}{{3600, "h"}, {60, "m"}, {1, "s"}} {
		if n := s / u.secs; n > 0 {
			fmt.Fprintf(&b, "%d%s", n, u.unit)
			s %= u.secs
		}
	}
	return b.String()
}

func writeCategory(w io.Writer, v categoryJSON) {
	tw := newTable(w)
	fmt.Fprintf(tw, "Category\t%d\n", v.ID)
	fmt.Fprintf(tw, "Name\t%s\n", v.Name)
	fmt.Fprintf(tw, "Description\t%s\n", v.Description)
	fmt.Fprintf(tw, "Reference time\t%s\t(%d s on the reference machine)\n", humanSeconds(v.WorkClockTimeRef), v.WorkClockTimeRef)
	fmt.Fprintf(tw, "Contributions\twithin %s\t(%d × the reference time)\n", humanSeconds(v.WorkClockTimeRef*protocol.ContributionDeadlineRatio), protocol.ContributionDeadlineRatio)
	fmt.Fprintf(tw, "Claimable after\t%s\t(%d × the reference time: a task not finished by then can be failed)\n", humanSeconds(v.WorkClockTimeRef*protocol.FinalDeadlineRatio), protocol.FinalDeadlineRatio)
	tw.Flush()
}

func newCategoryListCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the categories",
		Long: `Lists every category: its id, name, reference time and description (with --json: an
array of {"id", "name", "description", "workClockTimeRef"}, the reference time in
seconds). No password is needed.`,
		Example: `  poco category list
  poco category list --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := g.settings()
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer c.Close()
			cats, err := c.Categories(cmd.Context())
			if err != nil {
				return err
			}
			rows := make([]categoryJSON, len(cats))
			for i, cat := range cats {
				rows[i] = newCategoryJSON(cat)
			}
			if len(rows) == 0 && !s.JSON {
				fmt.Fprintln(cmd.ErrOrStderr(), "the hub has no categories yet: its owner creates them with `poco category create`")
				return nil
			}
			return s.output(cmd, rows, func(w io.Writer) {
				tw := newTable(w)
				fmt.Fprintf(tw, "ID\tNAME\tREFERENCE TIME\tDESCRIPTION\n")
				for _, r := range rows {
					fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", r.ID, r.Name, humanSeconds(r.WorkClockTimeRef), r.Description)
				}
				tw.Flush()
			})
		},
	}
}

func parseCategoryID(v string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimSpace(v), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("category id %q is not a number: ids are 0, 1, 2, … (poco category list shows them)", v)
	}
	return id, nil
}

func newCategoryShowCommand(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show a category and the deadlines it gives tasks",
		Long: `Shows the category ID: its name, description, reference time and the deadlines of the
tasks of its deals (with --json: {"id", "name", "description", "workClockTimeRef"},
the reference time in seconds). No password is needed.`,
		Example: `  poco category show 0
  poco category show 2 --json`,
		Args: oneArg("the ID of the category (poco category list shows them)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseCategoryID(args[0])
			if err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), false)
			if err != nil {
				return err
			}
			defer c.Close()
			cat, err := c.Category(cmd.Context(), id)
			if err != nil {
				return err
			}
			v := newCategoryJSON(cat)
			return s.output(cmd, v, func(w io.Writer) { writeCategory(w, v) })
		},
	}
}

// maxCategoryRef is the largest reference time the hub accepts, in seconds.
const maxCategoryRef = 1<<32 - 1

// parseCategoryRef reads a reference time: a Go duration ("20m", "1h30m") or a number of
// seconds ("1200"), whole seconds from 1 s to 2³²−1 s.
func parseCategoryRef(v string) (time.Duration, error) {
	text := strings.TrimSpace(v)
	var d time.Duration
	if n, err := strconv.ParseUint(text, 10, 64); err == nil {
		if n > maxCategoryRef {
			return 0, fmt.Errorf("--ref %q is too long: at most %d seconds", v, uint64(maxCategoryRef))
		}
		d = time.Duration(n) * time.Second
	} else {
		d, err = time.ParseDuration(text)
		if err != nil {
			return 0, fmt.Errorf("--ref %q is not a duration: write it like 20m, 1h30m or 1200 (seconds)", v)
		}
	}
	switch {
	case d < time.Second:
		return 0, fmt.Errorf("--ref %q is too short: a category's reference time is at least 1 second", v)
	case d%time.Second != 0:
		return 0, fmt.Errorf("--ref %q is not a whole number of seconds: the hub counts whole seconds", v)
	case d/time.Second > maxCategoryRef:
		return 0, fmt.Errorf("--ref %q is too long: at most %d seconds", v, uint64(maxCategoryRef))
	}
	return d, nil
}

func newCategoryCreateCommand(g *globals) *cobra.Command {
	var name, description, ref string
	cmd := &cobra.Command{
		Use:   "create --name NAME --description TEXT --ref DURATION",
		Short: "Create a category (the hub's owner only)",
		Long: `Creates a category with the next id and prints it (with --json: {"id", "name",
"description", "workClockTimeRef"}).

  --name         a short name, like XS or GPU-L
  --description  what it is for
  --ref          its reference time: the time its tasks take on the reference machine,
                 a duration like 20m or 1h30m, or a number of seconds (whole seconds,
                 1 s to 2³²−1 s)

Only the hub's owner may create categories: the --from account must be it. Categories
cannot be changed or deleted once created.

` + chainSigningHelp,
		Example: `  poco category create --name GPU-S --description "Small GPU task: 30 minutes on the reference machine" --ref 30m`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := requireFlags(map[string]string{"--name": name, "--description": description, "--ref": ref}); err != nil {
				return err
			}
			d, err := parseCategoryRef(ref)
			if err != nil {
				return err
			}
			s, err := g.settings()
			if err != nil {
				return err
			}
			c, err := s.client(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			owner, err := c.HubOwner(ctx)
			if err != nil {
				return err
			}
			if owner != c.Address() {
				return fmt.Errorf("only the hub's owner %s may create categories, not %s: pass --from %s (with its key in the keystore)",
					owner.Hex(), c.Address().Hex(), owner.Hex())
			}
			cat, err := c.CreateCategory(ctx, name, description, d)
			if err != nil {
				return err
			}
			v := newCategoryJSON(cat)
			return s.output(cmd, v, func(w io.Writer) {
				fmt.Fprintf(w, "Created category %d.\n\n", v.ID)
				writeCategory(w, v)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&name, "name", "", "the category's name")
	f.StringVar(&description, "description", "", "what the category is for")
	f.StringVar(&ref, "ref", "", "reference time: a duration (20m, 1h30m) or seconds")
	return cmd
}
