package sdk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pocolabs/poco/chain"
	"github.com/pocolabs/poco/protocol"
)

// Error is a refusal by the protocol, explained: Error() is a sentence for a person, Code
// the contract's custom error name (e.g. "PocoInsufficientFreeBalance", "RegistryNotOwner")
// and Revert the decoded revert, with every argument. Errors found by the SDK's own checks
// before sending (a match that the contract would refuse, a withdrawal above the free
// balance) carry the Code the contract would use and a nil Revert.
//
// Use errors.As to get it, or IsCode to test a code.
type Error struct {
	Code   string
	Revert *chain.RevertError
	msg    string
}

func (e *Error) Error() string { return e.msg }

// Unwrap returns the decoded revert, so chain.DecodeRevert works on an *Error too.
func (e *Error) Unwrap() error {
	if e.Revert == nil {
		return nil
	}
	return e.Revert
}

// Is makes errors.Is(err, ErrNotFound) true for errors saying that something does not exist.
func (e *Error) Is(target error) bool {
	return target == ErrNotFound && notFoundCodes[e.Code]
}

// ErrNotFound matches (with errors.Is) every error saying that a deal, task, asset or
// category does not exist.
var ErrNotFound = errors.New("not found")

// Codes the SDK uses for its own errors, besides the contracts' error names.
const (
	CodeUnknownTask = "UnknownTask" // a task with no trace on chain and no deal given
)

var notFoundCodes = map[string]bool{
	"PocoUnknownDeal": true, "PocoUnknownCategory": true, "RegistryUnknownAsset": true,
	"ERC721NonexistentToken": true, CodeUnknownTask: true,
}

// IsCode reports whether err is (or wraps) an *Error with the given code.
func IsCode(err error, code string) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == code
}

// CodeOf returns the code of the *Error in err's chain, or "".
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func newError(code, format string, args ...any) *Error {
	return &Error{Code: code, msg: fmt.Sprintf(format, args...)}
}

// Explain turns an error returned by a call or transaction to the protocol's contracts
// (from this client's backend or any go-ethereum client) into an *Error with a sentence
// when it carries revert data, and returns it unchanged otherwise.
func (c *Client) Explain(err error) error {
	var e *Error
	if err == nil || errors.As(err, &e) {
		return err
	}
	if rev, ok := chain.DecodeRevert(err, c.abis...); ok {
		return c.translate(rev, txInfo{})
	}
	return err
}

// wrapErr explains a failed RPC: a revert becomes an *Error; a network failure says the
// chain cannot be reached; anything else gets the operation as context.
func (c *Client) wrapErr(err error, info txInfo, op string) error {
	if rev, ok := chain.DecodeRevert(err, c.abis...); ok {
		return c.translate(rev, info)
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "insufficient funds for gas"):
		return fmt.Errorf("%s: the account %s has not enough of the chain's native coin to pay for gas (%v)", op, c.Address().Hex(), err)
	case strings.Contains(msg, "nonce too low"), strings.Contains(msg, "replacement transaction underpriced"):
		return fmt.Errorf("%s: another transaction of %s was sent at the same time; try again (%v)", op, c.Address().Hex(), err)
	case strings.Contains(msg, "execution reverted"):
		return fmt.Errorf("%s: the contract %s refused without saying why (%v)", op, info.to.Hex(), err)
	}
	return c.netErr(op, err)
}

// netErr wraps an error of the connection.
func (c *Client) netErr(op string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", op, err)
	}
	if isNetworkError(err) {
		return fmt.Errorf("cannot reach the chain at %s: %s: %w", c.endpointName(), op, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

func (c *Client) endpointName() string {
	if c.o.endpoint != "" {
		return c.o.endpoint
	}
	if c.chainID != nil {
		return "chain " + c.chainID.String()
	}
	return "the configured endpoint"
}

func isNetworkError(err error) bool {
	if err == nil {
		return false
	}
	var ne net.Error
	var ue *url.Error
	var oe *net.OpError
	return errors.As(err, &ne) || errors.As(err, &ue) || errors.As(err, &oe) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, rpc.ErrClientQuit)
}

// ───────────────────────────── sentences ─────────────────────────────

// translate writes the sentence for a decoded revert.
func (c *Client) translate(rev *chain.RevertError, info txInfo) *Error {
	e := &Error{Code: rev.Name, Revert: rev}
	if rev.Name == "" {
		e.Code = "Unknown"
		if len(rev.Data) == 0 {
			e.msg = "the contract refused without giving a reason (empty revert data)"
		} else {
			e.msg = fmt.Sprintf("the contract refused with an error this client does not know: selector %s, data %s", hexutil.Encode(rev.Selector[:]), hexutil.Encode(rev.Data))
		}
		return e
	}
	t := &translator{c: c, rev: rev, info: info}
	if f, ok := sentences[rev.Name]; ok {
		if msg := t.safe(f); msg != "" {
			e.msg = msg
			return e
		}
	}
	e.msg = "the contract refused: " + rev.Error()
	return e
}

type translator struct {
	c    *Client
	rev  *chain.RevertError
	info txInfo
	bad  bool // an argument was missing or of another type
}

// safe runs f, returning "" if an argument could not be read.
func (t *translator) safe(f func(*translator) string) string {
	msg := f(t)
	if t.bad {
		return ""
	}
	return msg
}

func arg[T any](t *translator, name string) T {
	var zero T
	v, ok := t.rev.Args[name].(T)
	if !ok {
		t.bad = true
		return zero
	}
	return v
}

func (t *translator) addr(name string) common.Address { return arg[common.Address](t, name) }
func (t *translator) b32(name string) common.Hash     { return common.Hash(arg[[32]byte](t, name)) }
func (t *translator) u8(name string) uint8            { return arg[uint8](t, name) }
func (t *translator) big(name string) *big.Int {
	v := arg[*big.Int](t, name)
	if v == nil {
		return new(big.Int)
	}
	return v
}

// who names an address in a sentence: "you (0x…)" for the caller, its role when known.
func (t *translator) who(a common.Address) string {
	if a == (common.Address{}) {
		return "the zero address"
	}
	if t.c != nil && t.c.o.signer != nil && a == t.c.Address() {
		return "you (" + a.Hex() + ")"
	}
	if r, ok := t.info.roles[a]; ok {
		return r + " " + a.Hex()
	}
	return a.Hex()
}

// verb picks the verb form for an address: "you have", "0x… has".
func (t *translator) verb(a common.Address, third, second string) string {
	if t.isMe(a) {
		return second
	}
	return third
}

func (t *translator) isMe(a common.Address) bool {
	return t.c != nil && t.c.o.signer != nil && a == t.c.Address()
}

// asset names the asset kind of the registry called ("app", "dataset", "workerpool").
func (t *translator) asset() string {
	if t.c != nil {
		switch t.info.to {
		case t.c.apps:
			return "app"
		case t.c.dsets:
			return "dataset"
		case t.c.pools:
			return "workerpool"
		}
	}
	return "asset"
}

// anAsset is "an app", "a dataset", "a workerpool" or "an asset".
func (t *translator) anAsset() string {
	a := t.asset()
	if a == "app" || a == "asset" {
		return "an " + a
	}
	return "a " + a
}

func (t *translator) category(id *big.Int) string {
	if id.IsUint64() {
		if cat, ok := t.c.cachedCategory(id.Uint64()); ok {
			return fmt.Sprintf("%s (%s)", id, cat.Name)
		}
		// Every hub creates the default categories, with these ids, when deployed.
		if cat, ok := protocol.DefaultCategory(id.Uint64()); ok {
			return fmt.Sprintf("%s (%s)", id, cat.Name)
		}
	}
	return id.String()
}

func tagNames(tag protocol.Tag) string {
	if tag.IsZero() {
		return "none"
	}
	return strings.Join(tag.Names(), ", ")
}

// formatUnix writes a unix time as a UTC date.
func formatUnix(ts *big.Int) string {
	if !ts.IsInt64() {
		return ts.String()
	}
	return time.Unix(ts.Int64(), 0).UTC().Format("2006-01-02 15:04:05 UTC")
}

// humanDuration writes d rounded to the second, like "2h30m0s" or "45s".
func humanDuration(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	return d.Round(time.Second).String()
}

func secondsBetween(a, b *big.Int) time.Duration {
	d := new(big.Int).Sub(b, a)
	if !d.IsInt64() {
		return 0
	}
	return time.Duration(d.Int64()) * time.Second
}

// freeSentence explains a free balance below what an operation needs, to the account
// itself (me) or about another account (named by who).
func freeSentence(who string, me bool, free, needed *big.Int) string {
	short := new(big.Int).Sub(needed, free)
	if me {
		return fmt.Sprintf("your free balance is %s; this needs %s: deposit %s more (poco account deposit %s)",
			FormatRLC(free), FormatRLC(needed), FormatAmount(short), FormatAmount(short))
	}
	return fmt.Sprintf("the free balance of %s is %s; this needs %s: it must deposit %s more",
		who, FormatRLC(free), FormatRLC(needed), FormatAmount(short))
}

// sentences holds one sentence writer per custom error of the hub, the task module, the
// registries and the token (and the compiler's Error and Panic).
var sentences map[string]func(*translator) string

func init() {
	sentences = map[string]func(*translator) string{
		// ───── compiler ─────
		chain.ErrorName: func(t *translator) string {
			return "the contract refused: " + arg[string](t, "message")
		},
		chain.PanicName: func(t *translator) string {
			return "the contract failed: " + t.rev.Error()
		},

		// ───── accounts ─────
		"PocoZeroAmount": func(t *translator) string {
			return "the amount is zero: give an amount above 0 RLC"
		},
		"PocoInsufficientFreeBalance": func(t *translator) string {
			account := t.addr("account")
			return freeSentence(t.who(account), t.isMe(account), t.big("free"), t.big("needed"))
		},
		"PocoBalanceOverflow": func(t *translator) string {
			return fmt.Sprintf("the balance of %s cannot grow by %s: an account holds at most 2^128 − 1 units",
				t.who(t.addr("account")), FormatRLC(t.big("amount")))
		},
		"PocoWrongToken": func(t *translator) string {
			return fmt.Sprintf("the hub only accepts its own token %s, not %s", t.addr("expected").Hex(), t.addr("token").Hex())
		},
		"PocoNotToken": func(t *translator) string {
			return fmt.Sprintf("only the hub's token %s may call receiveApproval, not %s", t.addr("token").Hex(), t.addr("caller").Hex())
		},
		"PocoZeroAddress": func(t *translator) string {
			return "the zero address cannot hold an account or receive tokens: give a real address"
		},

		// ───── categories ─────
		"PocoUnknownCategory": func(t *translator) string {
			id, count := t.big("category"), t.big("count")
			if count.Sign() == 0 {
				return fmt.Sprintf("there is no category %s: the hub has no categories yet", id)
			}
			return fmt.Sprintf("there is no category %s: categories go from 0 to %s (poco category list)", id, new(big.Int).Sub(count, big.NewInt(1)))
		},
		"PocoInvalidWorkClockTimeRef": func(t *translator) string {
			return fmt.Sprintf("a category's reference time must be between 1 and %d seconds; %s is not", uint64(1<<32-1), t.big("workClockTimeRef"))
		},

		// ───── orders ─────
		"PocoNotOrderOwner": func(t *translator) string {
			kind, caller, owner := OrderKind(t.u8("kind")), t.addr("caller"), t.addr("owner")
			if owner == (common.Address{}) {
				return fmt.Sprintf("the %s's asset is not registered, so nobody can presign or cancel it", kind)
			}
			return fmt.Sprintf("only the %s's owner %s may presign or cancel it, not %s", kind, owner.Hex(), t.who(caller))
		},
		"PocoInvalidSignature": func(t *translator) string {
			kind, hash, signer := OrderKind(t.u8("kind")), t.b32("orderHash"), t.addr("signer")
			if signer == (common.Address{}) {
				return fmt.Sprintf("the %s %s has no owner to sign it (is its asset registered?)", kind, hash.Hex())
			}
			return fmt.Sprintf("the %s %s is neither signed by its owner %s nor presigned: sign it with that account's key, or presign it on chain", kind, hash.Hex(), signer.Hex())
		},
		"PocoAssetNotRegistered": func(t *translator) string {
			kind := OrderKind(t.u8("kind"))
			return fmt.Sprintf("the %s of the %s, %s, is not registered (poco %s show %s)", kind.Asset(), kind, t.addr("asset").Hex(), kind.Asset(), t.addr("asset").Hex())
		},
		"PocoOrderConsumed": func(t *translator) string {
			kind, hash, volume := OrderKind(t.u8("kind")), t.b32("orderHash"), t.big("volume")
			return fmt.Sprintf("the %s %s has no volume left: its %s task(s) were all used by deals, or it was cancelled; sign a new order", kind, hash.Hex(), volume)
		},

		// ───── matchOrders ─────
		"PocoCategoryMismatch": func(t *translator) string {
			return fmt.Sprintf("the request asks for category %s but the workerpool order is for category %s: they must be equal",
				t.category(t.big("requestCategory")), t.category(t.big("workerpoolCategory")))
		},
		"PocoTrustTooHigh": func(t *translator) string {
			return fmt.Sprintf("the request asks for trust %s but the workerpool order offers at most trust %s: lower the request's trust or choose another pool order",
				t.big("requestTrust"), t.big("workerpoolTrust"))
		},
		"PocoTrustOutOfRange": func(t *translator) string {
			return fmt.Sprintf("the request asks for trust %s but trust can be at most %s", t.big("trust"), t.big("max"))
		},
		"PocoPriceTooHigh": func(t *translator) string {
			kind, maxPrice, price := OrderKind(t.u8("kind")), t.big("maxPrice"), t.big("price")
			return fmt.Sprintf("the %s costs %s per task, above the request's maximum of %s: raise the request's %s max price to %s or find a cheaper order",
				kind, FormatRLC(price), FormatRLC(maxPrice), kind.Asset(), FormatAmount(price))
		},
		"PocoTagNotOffered": func(t *translator) string {
			required, offered := protocol.Tag(t.b32("required")), protocol.Tag(t.b32("offered"))
			var missing protocol.Tag
			for i := range missing {
				missing[i] = required[i] &^ offered[i]
			}
			return fmt.Sprintf("the task needs [%s] but the workerpool order offers [%s]: the pool lacks [%s]",
				tagNames(required), tagNames(offered), tagNames(missing))
		},
		"PocoTeeRequiresTeeApp": func(t *translator) string {
			return fmt.Sprintf("the request or dataset asks for a TEE ([%s]) but the app order does not declare one ([%s]): use a TEE app",
				tagNames(protocol.Tag(t.b32("required"))), tagNames(protocol.Tag(t.b32("appTag"))))
		},
		"PocoRequestMismatch": func(t *translator) string {
			kind, requested, offered := OrderKind(t.u8("kind")), t.addr("requested"), t.addr("offered")
			switch {
			case requested == (common.Address{}):
				return fmt.Sprintf("the request uses no %s but a %s for %s was given", kind.Asset(), kind, offered.Hex())
			case offered == (common.Address{}):
				return fmt.Sprintf("the request is for %s %s but no %s was given", kind.Asset(), requested.Hex(), kind)
			}
			return fmt.Sprintf("the request is for %s %s but the %s is for %s", kind.Asset(), requested.Hex(), kind, offered.Hex())
		},
		"PocoRestricted": func(t *translator) string {
			order, party := OrderKind(t.u8("order")), OrderKind(t.u8("party"))
			return fmt.Sprintf("the %s is restricted to %s %s; this deal's %s is %s",
				order, party.Party(), t.addr("allowed").Hex(), party.Party(), t.addr("actual").Hex())
		},

		// ───── tasks ─────
		"PocoUnknownDeal": func(t *translator) string {
			return fmt.Sprintf("no deal %s on this hub (or the deal given differs from the one recorded when it was made)", t.b32("dealid").Hex())
		},
		"PocoTaskIndexOutOfRange": func(t *translator) string {
			idx, first, size := t.big("idx"), t.big("first"), t.big("size")
			last := new(big.Int).Sub(new(big.Int).Add(first, size), big.NewInt(1))
			return fmt.Sprintf("task index %s is not in this deal: its tasks are %s to %s", idx, first, last)
		},
		"PocoTaskWrongStatus": func(t *translator) string {
			status := TaskStatus(t.u8("status"))
			return fmt.Sprintf("task %s is %s (%s), which does not allow this", t.b32("taskid").Hex(), status, status.Meaning())
		},
		"PocoDeadlinePassed": func(t *translator) string {
			deadline, now := t.big("deadline"), t.big("time")
			return fmt.Sprintf("too late for task %s: its deadline was %s and the chain's time is %s (%s later)",
				t.b32("taskid").Hex(), formatUnix(deadline), formatUnix(now), humanDuration(secondsBetween(deadline, now)))
		},
		"PocoDeadlineNotReached": func(t *translator) string {
			deadline, now := t.big("deadline"), t.big("time")
			return fmt.Sprintf("too early for task %s: this is possible from %s, in %s (the chain's time is %s)",
				t.b32("taskid").Hex(), formatUnix(deadline), humanDuration(secondsBetween(now, deadline)), formatUnix(now))
		},
		"PocoAlreadyContributed": func(t *translator) string {
			return fmt.Sprintf("%s already contributed to task %s: one contribution per worker", t.who(t.addr("worker")), t.b32("taskid").Hex())
		},
		"PocoInvalidAuthorization": func(t *translator) string {
			return fmt.Sprintf("the authorization of %s for task %s is not signed by the deal's scheduler %s (the workerpool owner): ask the scheduler for a new one",
				t.who(t.addr("worker")), t.b32("taskid").Hex(), t.addr("scheduler").Hex())
		},
		"PocoEnclaveRequired": func(t *translator) string {
			return fmt.Sprintf("task %s needs a TEE (tag [%s]): the result must come with an enclave signature",
				t.b32("taskid").Hex(), tagNames(protocol.Tag(t.b32("tag"))))
		},
		"PocoInvalidEnclaveSignature": func(t *translator) string {
			return fmt.Sprintf("the enclave signature for task %s was not made by the enclave %s", t.b32("taskid").Hex(), t.addr("enclave").Hex())
		},
		"PocoCannotReveal": func(t *translator) string {
			taskid, worker, status := t.b32("taskid"), t.addr("worker"), ContributionStatus(t.u8("status"))
			switch status {
			case ContributionUnset:
				return fmt.Sprintf("%s %s no contribution to reveal on task %s", t.who(worker), t.verb(worker, "has", "have"), taskid.Hex())
			case ContributionProved:
				return fmt.Sprintf("%s already revealed on task %s", t.who(worker), taskid.Hex())
			case ContributionRejected:
				return fmt.Sprintf("the contribution of %s to task %s was rejected: nothing to reveal", t.who(worker), taskid.Hex())
			}
			return fmt.Sprintf("%s cannot reveal on task %s: its contribution is %s", t.who(worker), taskid.Hex(), status)
		},
		"PocoRevealMismatch": func(t *translator) string {
			return fmt.Sprintf("the digest revealed by %s for task %s is not the consensus result, or not the one it committed to",
				t.who(t.addr("worker")), t.b32("taskid").Hex())
		},
		"PocoNotScheduler": func(t *translator) string {
			return fmt.Sprintf("only the deal's scheduler %s (the workerpool owner) may do this, not %s", t.addr("scheduler").Hex(), t.who(t.addr("caller")))
		},
		"PocoRevealsPending": func(t *translator) string {
			taskid, reveals, winners, deadline := t.b32("taskid"), t.big("reveals"), t.big("winners"), t.big("revealDeadline")
			if reveals.Sign() == 0 {
				return fmt.Sprintf("task %s cannot be finalized: none of its %s winner(s) revealed yet; wait for a reveal (the reveal deadline is %s)",
					taskid.Hex(), winners, formatUnix(deadline))
			}
			return fmt.Sprintf("task %s cannot be finalized yet: %s of %s winners revealed; wait for the others or until the reveal deadline %s",
				taskid.Hex(), reveals, winners, formatUnix(deadline))
		},
		"PocoInvalidRevealPermit": func(t *translator) string {
			return fmt.Sprintf("the reveals of task %s have not opened yet: the first reveal must carry the permit of the deal's scheduler %s (the workerpool owner), "+
				"which it gives once enough workers agree and its checks are in; wait for the scheduler's permit and reveal with it",
				t.b32("taskid").Hex(), t.addr("scheduler").Hex())
		},
		"PocoNoConsensus": func(t *translator) string {
			return fmt.Sprintf("the result revealed for task %s has no consensus yet: its workers weigh %s of a total weight of %s, "+
				"and the reveals open only when the result's weight × trust exceeds the total × (trust − 1); wait for more workers to agree before revealing",
				t.b32("taskid").Hex(), t.big("groupWeight"), t.big("totalWeight"))
		},
		"PocoContributorsMismatch": func(t *translator) string {
			return fmt.Sprintf("the contributor list given for task %s is not the task's: it must list every contributor once, in ascending address order (from the TaskContribute events)", t.b32("taskid").Hex())
		},
		"PocoResultDigestMismatch": func(t *translator) string {
			return fmt.Sprintf("the digest %s is not the consensus result of task %s", t.b32("resultDigest").Hex(), t.b32("taskid").Hex())
		},
		"PocoCallbackDataMismatch": func(t *translator) string {
			return fmt.Sprintf("the callback data for task %s does not hash to the result digest %s", t.b32("taskid").Hex(), t.b32("resultDigest").Hex())
		},
		"PocoTrustNotOne": func(t *translator) string {
			return fmt.Sprintf("task %s belongs to a deal of trust %s: contributeAndFinalize is only for trust 1; contribute, reveal and finalize instead", t.b32("taskid").Hex(), t.big("trust"))
		},
		"PocoCallbackGasTooLow": func(t *translator) string {
			return fmt.Sprintf("the transaction has too little gas for the deal's callback (%s left, %s needed): raise the gas limit", t.big("gasLeft"), t.big("needed"))
		},
		"PocoWeightOverflow": func(t *translator) string {
			return fmt.Sprintf("the consensus weight of task %s overflowed (the contributors' scores are absurdly high)", t.b32("taskid").Hex())
		},
		"PocoDirectCall": func(t *translator) string {
			return "the task module was called directly: send task operations to the hub"
		},

		// ───── registries ─────
		"RegistryAlreadyRegistered": func(t *translator) string {
			return fmt.Sprintf("this %s is already registered at %s (same owner and arguments): use it, or change its name", t.asset(), t.addr("asset").Hex())
		},
		"RegistryUnknownAsset": func(t *translator) string {
			return fmt.Sprintf("no %s at %s", t.asset(), t.addr("asset").Hex())
		},
		"RegistryNotOwner": func(t *translator) string {
			return fmt.Sprintf("only the owner of %s %s, %s, may do this, not %s", t.asset(), t.addr("asset").Hex(), t.addr("owner").Hex(), t.who(t.addr("caller")))
		},
		"RegistryZeroOwner": func(t *translator) string {
			return fmt.Sprintf("%s needs an owner: the zero address cannot own it", t.anAsset())
		},
		"RegistryRatioTooHigh": func(t *translator) string {
			return fmt.Sprintf("a workerpool ratio is a percentage: %s is above 100", t.big("ratio"))
		},
		"ERC721NonexistentToken": func(t *translator) string {
			return fmt.Sprintf("no %s at %s", t.asset(), common.BigToAddress(t.big("tokenId")).Hex())
		},
		"ERC721IncorrectOwner": func(t *translator) string {
			sender := t.addr("sender")
			return fmt.Sprintf("%s %s not own %s %s: its owner is %s", t.who(sender), t.verb(sender, "does", "do"), t.asset(), common.BigToAddress(t.big("tokenId")).Hex(), t.addr("owner").Hex())
		},
		"ERC721InsufficientApproval": func(t *translator) string {
			op := t.addr("operator")
			return fmt.Sprintf("%s neither %s %s %s nor %s approved to transfer it", t.who(op), t.verb(op, "owns", "own"), t.asset(), common.BigToAddress(t.big("tokenId")).Hex(), t.verb(op, "is", "are"))
		},
		"ERC721InvalidReceiver": func(t *translator) string {
			return fmt.Sprintf("%s cannot receive %s", t.who(t.addr("receiver")), t.anAsset())
		},
		"ERC721InvalidSender": func(t *translator) string {
			return fmt.Sprintf("%s cannot send this %s", t.who(t.addr("sender")), t.asset())
		},
		"ERC721InvalidOwner": func(t *translator) string {
			return fmt.Sprintf("%s cannot own %s", t.who(t.addr("owner")), t.anAsset())
		},
		"ERC721InvalidApprover": func(t *translator) string {
			return fmt.Sprintf("%s may not approve transfers of this %s", t.who(t.addr("approver")), t.asset())
		},
		"ERC721InvalidOperator": func(t *translator) string {
			return fmt.Sprintf("%s cannot be an operator of %ss", t.who(t.addr("operator")), t.asset())
		},

		// ───── token ─────
		"ERC20InsufficientBalance": func(t *translator) string {
			sender, balance, needed := t.addr("sender"), t.big("balance"), t.big("needed")
			if t.isMe(sender) {
				return fmt.Sprintf("your wallet holds %s; this needs %s: get %s more tokens", FormatRLC(balance), FormatRLC(needed), FormatAmount(new(big.Int).Sub(needed, balance)))
			}
			return fmt.Sprintf("the wallet of %s holds %s; this needs %s", t.who(sender), FormatRLC(balance), FormatRLC(needed))
		},
		"ERC20InsufficientAllowance": func(t *translator) string {
			return fmt.Sprintf("%s may only take %s of these tokens (the approved allowance); this needs %s: approve more first",
				t.who(t.addr("spender")), FormatRLC(t.big("allowance")), FormatRLC(t.big("needed")))
		},
		"ERC20InvalidReceiver": func(t *translator) string {
			return fmt.Sprintf("%s cannot receive tokens", t.who(t.addr("receiver")))
		},
		"ERC20InvalidSender": func(t *translator) string {
			return fmt.Sprintf("%s cannot send tokens", t.who(t.addr("sender")))
		},
		"ERC20InvalidApprover": func(t *translator) string {
			return fmt.Sprintf("%s cannot approve token transfers", t.who(t.addr("approver")))
		},
		"ERC20InvalidSpender": func(t *translator) string {
			return fmt.Sprintf("%s cannot be approved to spend tokens", t.who(t.addr("spender")))
		},
		"SafeERC20FailedOperation": func(t *translator) string {
			return fmt.Sprintf("the token %s refused the transfer", t.addr("token").Hex())
		},

		// ───── ownership and misc ─────
		"OwnableUnauthorizedAccount": func(t *translator) string {
			return fmt.Sprintf("only the contract's owner may do this (for the hub: create categories), not %s", t.who(t.addr("account")))
		},
		"OwnableInvalidOwner": func(t *translator) string {
			return fmt.Sprintf("%s cannot be the owner", t.who(t.addr("owner")))
		},
		"InvalidShortString": func(t *translator) string {
			return "a short string is malformed (EIP-712 domain)"
		},
		"StringTooLong": func(t *translator) string {
			return fmt.Sprintf("the string %q is too long", arg[string](t, "str"))
		},
	}
}
