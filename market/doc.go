// Package market is Poco's order book service (`poco market`, docs/market.md).
//
// A [Service] checks signed orders against the chain before it keeps them — the
// signature is the owner's for this chain and hub, the asset is the signer's, volume is
// left, the signer can pay — and follows the chain (deals, cancellations, balance
// changes, asset transfers) to keep each order's status and remaining volume current,
// resuming from the last block read after a restart. [Service.Handler] serves the HTTP
// API (described by openapi.json); [Client] is its Go client.
//
// Orders are kept in a [Store]: SQLite (a file) or PostgreSQL (a DSN), see [OpenStore].
// Both pass the same test suite.
package market
