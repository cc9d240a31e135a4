// Package protocol is the Go mirror of the PoCo on-chain rules: order types and their
// EIP-712 digests, signatures, identifiers (deal, task, result hash and seal, scheduler
// authorization), tags, the consensus arithmetic, reward sharing, reputation updates and
// category deadlines.
//
// Guarantees:
//   - Every hash and identifier is byte-for-byte the value the PocoHub contract computes
//     from the same inputs, as fixed by docs/conventions.md. The order digests are
//     cross-checked against go-ethereum's independent EIP-712 implementation, and pinned
//     as golden vectors (orders_test.go) that the Solidity tests assert too.
//   - Every arithmetic rule (consensus, reward split, reputation, deadlines) gives the
//     contract's integer result; quantities that are uint256 on chain use *big.Int so
//     nothing overflows.
//   - Functions are pure: no chain access, no I/O, no global state. Values that are safe to
//     share (such as [DefaultCategories]) are never modified by this package.
//
// The package has no opinion on policy (which worker to pick, what to charge); it only says
// what the contract will accept and compute.
package protocol
