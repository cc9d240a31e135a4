// Package bindings holds the Go bindings (abigen v2) of the Poco contracts.
//
// bindings.go is generated, do not edit it: it is built from
// contracts/build/combined.json, which contracts/scripts/compile.js writes from
// the Solidity sources in contracts/src. Regenerate everything with
// `make contracts` (or `go generate ./chain/bindings`) and commit the result;
// CI runs `make check-generated` and fails on any difference.
//
// Bindings:
//   - Poco: the merged ABI of PocoHub and PocoTasks (the Hub delegatecalls
//     PocoTasks from its fallback). It has no bytecode; bind it to the Hub
//     address to call any protocol function and decode any event or error.
//   - PocoHub, PocoTasks and every other deployable contract: ABI and creation
//     bytecode, for deployment (see bind.LinkAndDeploy) and direct calls.
//
// Solidity structs are shared Go types named after their Solidity path (a
// struct S declared in library L becomes LS).
package bindings

//go:generate make -C ../.. contracts
