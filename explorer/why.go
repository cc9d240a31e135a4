package explorer

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pocolabs/poco/scheduler/api"
)

// whyTimeout bounds a question to the scheduler while a page renders; whyRest is how long
// the explorer stops asking a scheduler that did not answer, so that pages stay fast while
// it is down.
const (
	whyTimeout = 2 * time.Second
	whyRest    = 5 * time.Second
)

// Why is what the pool's scheduler says of a task: its status as the scheduler last saw
// it, and why it is where it is, since when.
type Why struct {
	Status string    `json:"status"`
	Reason string    `json:"reason"`
	Since  time.Time `json:"since,omitzero"`
}

// schedulerView asks a pool's scheduler (its public, read-only endpoints) why tasks wait.
type schedulerView struct {
	url    string
	client *api.Client

	mu      sync.Mutex
	restErr error     // the last failure to reach it
	restTil time.Time // no question before (after a failure)
}

func newSchedulerView(url string) *schedulerView {
	url = strings.TrimRight(url, "/")
	if url == "" {
		return nil
	}
	return &schedulerView{url: url, client: api.NewClient(url, &http.Client{Timeout: whyTimeout})}
}

// task asks why task waits; note says why there is no answer.
func (v *schedulerView) task(ctx context.Context, task string) (why *Why, note string) {
	if v == nil {
		return nil, noSchedulerNote
	}
	var st api.TaskState
	err := v.ask(ctx, func(ctx context.Context) (err error) {
		st, err = v.client.Task(ctx, common.HexToHash(task))
		return err
	})
	if err != nil {
		return nil, v.note(err, "this task")
	}
	return &Why{Status: st.Status, Reason: st.Reason, Since: st.Since}, ""
}

// deal asks why each task of deal waits, in one question: the answers by task id
// (lowercase hex); note says why there is none.
func (v *schedulerView) deal(ctx context.Context, deal string) (map[string]Why, string) {
	if v == nil {
		return nil, noSchedulerNote
	}
	var dt api.DealTasks
	err := v.ask(ctx, func(ctx context.Context) (err error) {
		dt, err = v.client.DealTasks(ctx, common.HexToHash(deal))
		return err
	})
	if err != nil {
		return nil, v.note(err, "this deal")
	}
	out := make(map[string]Why, len(dt.Tasks))
	for _, t := range dt.Tasks {
		out[strings.ToLower(t.Task.Hex())] = Why{Status: t.Status, Reason: t.Reason, Since: t.Since}
	}
	return out, ""
}

// ask runs q within whyTimeout, unless the scheduler failed to answer less than whyRest
// ago (its failure is returned again).
func (v *schedulerView) ask(ctx context.Context, q func(context.Context) error) error {
	v.mu.Lock()
	if time.Now().Before(v.restTil) {
		err := v.restErr
		v.mu.Unlock()
		return err
	}
	v.mu.Unlock()
	qctx, cancel := context.WithTimeout(ctx, whyTimeout)
	defer cancel()
	err := q(qctx)
	var se *api.StatusError
	if err != nil && !errors.As(err, &se) && ctx.Err() == nil { // it did not answer (not: the page was left)
		v.mu.Lock()
		v.restErr, v.restTil = err, time.Now().Add(whyRest)
		v.mu.Unlock()
	}
	return err
}

const noSchedulerNote = "This explorer knows no scheduler for this pool, so it cannot say why tasks wait: " +
	"the pool's scheduler can (`poco task why`), and `poco explorer --scheduler URL` shows it here."

// note says, for a page, why the scheduler gave no answer about what.
func (v *schedulerView) note(err error, what string) string {
	var se *api.StatusError
	if errors.As(err, &se) && se.Status == http.StatusNotFound {
		return fmt.Sprintf("The scheduler this explorer knows (%s) does not follow %s: it schedules another pool, so why its tasks wait is not known here.", v.url, what)
	}
	return fmt.Sprintf("The pool's scheduler at %s cannot be reached now (%v): why tasks wait is unknown until it answers again.", v.url, unwrapURL(err))
}

// unwrapURL keeps the cause of a failed call, without the client's wording around it.
func unwrapURL(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}
