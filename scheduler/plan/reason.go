package plan

import (
	"fmt"
	"sort"
	"strings"
)

// Reason says why a worker was rejected for a task, or why a decision was made. Each
// eligibility filter has its own rejection reason.
type Reason uint8

// Rejection reasons, one per filter, in the order the filters run.
const (
	ReasonContributed Reason = iota + 1 // already contributed to the task
	ReasonAssigned                      // already assigned to the task
	ReasonNoExecutor                    // does not support the task's executor
	ReasonNoTEE                         // the task asks for a TEE; the worker has none
	ReasonNoGPU                         // the task asks for a GPU; the worker has none
	ReasonLost                          // no heartbeat within the timeout (also: an unassignment)
	ReasonNoFreeSlot                    // every slot is busy
	ReasonNoFreeGPU                     // every GPU is busy
	ReasonBenched                       // benched by the pool (a result proven wrong, or progress deadlines missed)
	ReasonTooSlow                       // at its speed factor it would not contribute before the deadline
	// ReasonQueueFull: its slots are busy and the work it holds fills its queue window
	// (State.QueueWindow). Its filter runs right after ReasonNoFreeSlot's; it is numbered
	// last so that the other reasons keep their values.
	ReasonQueueFull
)

// Decision reasons for new assignments and reveal requests.
const (
	ReasonReplicate Reason = iota + 64 // a replicate the consensus needs
	ReasonReassign                     // replaces an assignee that was lost
	ReasonCheck                        // the hidden check of a result its workers agree on
	ReasonSilent                       // the consensus group was asked to reveal and is silent
	ReasonConsensus                    // a reveal request: the consensus group may reveal
	ReasonLate                         // an unassignment: the worker missed its progress deadline
)

var reasonText = map[Reason]struct{ one, none string }{
	ReasonContributed: {"already contributed to this task", "every worker already contributed to this task"},
	ReasonAssigned:    {"already assigned to this task", "every worker is already assigned to this task"},
	ReasonNoExecutor:  {"does not support the task's executor", "no worker supports the task's executor"},
	ReasonNoTEE:       {"offers no TEE", "no worker offers a TEE"},
	ReasonNoGPU:       {"offers no GPU", "no worker offers a GPU"},
	ReasonLost:        {"lost: no heartbeat within the timeout", "every worker is lost (no heartbeat within the timeout)"},
	ReasonNoFreeSlot:  {"no free slot", "no worker has a free slot"},
	ReasonNoFreeGPU:   {"no free GPU", "no worker has a free GPU"},
	ReasonBenched:     {"benched by the pool", "every worker is benched by the pool"},
	ReasonTooSlow:     {"too slow to finish before the contribution deadline", "no worker is fast enough to finish before the contribution deadline"},
	ReasonQueueFull:   {"its slots are busy and its queue holds enough work", "every worker's slots are busy and its queue holds enough work"},
	ReasonLate:        {"missed its progress deadline", ""},
	ReasonReplicate:   {"replicate needed for consensus", ""},
	ReasonReassign:    {"replaces a lost worker's replicate", ""},
	ReasonCheck:       {"checks a result its workers agree on", ""},
	ReasonSilent:      {"replaces a consensus group that does not reveal", ""},
	ReasonConsensus:   {"the consensus group may reveal", ""},
}

// String is a short sentence about one worker.
func (r Reason) String() string {
	if t, ok := reasonText[r]; ok {
		return t.one
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// Rejection is one worker that cannot take a task, with the first filter it failed.
type Rejection struct {
	Worker Worker
	Reason Reason
}

// Rejections lists why workers were not eligible for a task.
type Rejections []Rejection

// Summary is one line for logs and users about the rejected workers; it is meant for a
// task no worker can take, where Explain's list covers every worker. When all fail for the
// same reason it says so plainly ("no worker offers a GPU"); otherwise it counts the
// reasons ("rejected: 2 offers no GPU, 1 lost: ..."). An empty list gives "".
func (rs Rejections) Summary() string {
	if len(rs) == 0 {
		return ""
	}
	count := map[Reason]int{}
	for _, r := range rs {
		count[r.Reason]++
	}
	if len(count) == 1 {
		if t, ok := reasonText[rs[0].Reason]; ok && t.none != "" {
			return t.none
		}
	}
	reasons := make([]Reason, 0, len(count))
	for r := range count {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool { return reasons[i] < reasons[j] })
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%d %s", count[r], r)
	}
	return "rejected: " + strings.Join(parts, ", ")
}
