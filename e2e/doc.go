// Package e2e holds end-to-end tests that run Poco's parts as separate programs, each
// on a host of its own: TestAcrossHosts puts the chain, the storage node, the market's
// database, the market, a scheduler, two workers and a requester in Linux network
// namespaces joined by a bridge (docs/deploy.md, "Across hosts"). It has no code of
// its own outside the tests.
package e2e
