package protocol

import (
	"strings"
	"time"
)

// Category is a class of tasks by run time: WorkClockTimeRef is the seconds a task of the
// category may take on the reference machine. Its deadlines derive from it. ID is the
// category's index in the Hub's category registry.
type Category struct {
	ID               uint64
	Name             string
	Description      string
	WorkClockTimeRef uint64 // seconds
}

// Ref is WorkClockTimeRef as a duration.
func (c Category) Ref() time.Duration { return time.Duration(c.WorkClockTimeRef) * time.Second }

// Deadline multiples of a category's reference time.
const (
	ContributionDeadlineRatio = 7  // contributions close at deal start + 7 × ref
	RevealDeadlineRatio       = 2  // reveals close at consensus + 2 × ref
	FinalDeadlineRatio        = 10 // anyone may claim (fail) the task from deal start + 10 × ref
)

// DefaultCategories are the categories a fresh deployment registers, with ids 0 to 4.
// Treat the slice as read-only; use DefaultCategory or CategoryByName to look one up.
var DefaultCategories = []Category{
	{ID: 0, Name: "XS", Description: "Extra small: 5 minutes on the reference machine", WorkClockTimeRef: 300},
	{ID: 1, Name: "S", Description: "Small: 20 minutes on the reference machine", WorkClockTimeRef: 1200},
	{ID: 2, Name: "M", Description: "Medium: 1 hour on the reference machine", WorkClockTimeRef: 3600},
	{ID: 3, Name: "L", Description: "Large: 3 hours on the reference machine", WorkClockTimeRef: 10800},
	{ID: 4, Name: "XL", Description: "Extra large: 10 hours on the reference machine", WorkClockTimeRef: 36000},
}

// DefaultCategory returns the default category with the given id.
func DefaultCategory(id uint64) (Category, bool) {
	if id < uint64(len(DefaultCategories)) {
		return DefaultCategories[id], true
	}
	return Category{}, false
}

// CategoryByName returns the default category with the given name, case-insensitive.
func CategoryByName(name string) (Category, bool) {
	for _, c := range DefaultCategories {
		if strings.EqualFold(c.Name, name) {
			return c, true
		}
	}
	return Category{}, false
}

// ContributionDeadline is the contribution deadline (unix seconds, as block timestamps) of
// a task of a deal started at start: start + 7 × ref. Whether the deadline second itself
// is still open is the contract's comparison; compare with block timestamps as it does.
func ContributionDeadline(start, ref uint64) uint64 { return start + ContributionDeadlineRatio*ref }

// RevealDeadline is the reveal deadline of a task whose consensus was reached at
// consensusTime: consensusTime + 2 × ref. Past it with no reveal, the scheduler may reopen
// the task.
func RevealDeadline(consensusTime, ref uint64) uint64 {
	return consensusTime + RevealDeadlineRatio*ref
}

// FinalDeadline is the final deadline of a task of a deal started at start:
// start + 10 × ref. Past it, anyone may claim (fail) the task if it is not completed.
func FinalDeadline(start, ref uint64) uint64 { return start + FinalDeadlineRatio*ref }
