package explorer

// Endpoint documents one JSON endpoint.
type Endpoint struct {
	Path        string `json:"path"`
	Description string `json:"description"`
}

// apiDocs lists the JSON API (GET /api, and /api/docs as a page); docs/explorer.md has
// the same list with the fields.
var apiDocs = []Endpoint{
	{"/api/status", "the indexer's position: last indexed block, the chain's head, chain id, hub"},
	{"/api/stats", "live figures: deals, tasks (completed, failed), workers (active in the last hour), pools, apps, datasets, volume traded (token units), tasks per minute"},
	{"/api/home", "the home page: stats, latest deals, latest tasks, status"},
	{"/api/market", "categories with deals, tasks, volume, the workerpool offers seen in deals (cheapest first) and the price history; with a market, each category's live order book (open offers cheapest first, open requests, volumes, cheapest pool); series for the charts (?range=1h|24h|7d|all): tasks completed and failed, and per category the price per task, the best offer and the tasks offered"},
	{"/api/deals?requester=&workerpool=&app=&dataset=&limit=&page=", "deals, newest first, optionally filtered; a page of them (?page=N, ?limit=), the neighbouring pages in the Link header"},
	{"/api/deals/{dealid}?page=&limit=&txpage=", "a deal: where it stands (state: running, completed, partly failed, failed, claimable; stateText), its contribution and final deadlines with the time left, its four orders' hashes and prices, trust, tag and tagWords, parties, its transactions with the gas they used (a page: ?txpage=), its tasks' result links (results), and its bag of tasks with their statuses (a page: ?page=, ?limit=); while tasks are unfinished, why each waits (why, by task id, from the pool's scheduler) or why that is not known (whyNote)"},
	{"/api/tasks?limit=", "the tasks with the latest events (the latest only, not paged)"},
	{"/api/tasks/{taskid}", "a task: status, its deal's tag in words and deadlines (claimable once the final one passed), timeline of events with block and time, contributions with their status, consensus value, result digest and location; while unfinished, why it waits (why: status, reason, since, from the pool's scheduler) or why that is not known (whyNote)"},
	{"/api/workers?limit=&page=", "workers by number of contributions, with score and rejections; a page of them, the neighbouring pages in the Link header"},
	{"/api/workers/{address}?page=&scorepage=&limit=", "a worker: score (indexed and the chain's), score history (oldest first, a page: ?scorepage=), contributions with status contributed/proved/rejected (a page: ?page=), rewards (paid free or vesting), rewards still vesting and forfeited, stakes seized, pools served, balances; series for the charts (?range=1h|24h|7d|all): score and earnings"},
	{"/api/assets?kind=app|dataset|workerpool&limit=&page=", "apps, datasets and workerpools with owner and usage; a page of them, the neighbouring pages in the Link header"},
	{"/api/assets/{address}?page=&workerpage=&limit=", "an app, dataset or workerpool: owner, multiaddr, checksum, policies, orders seen in deals, recent deals (a page: ?page=), earnings, workers (pools; a page: ?workerpage=); a pool's series for the charts (?range=1h|24h|7d|all): tasks completed and failed, price per task"},
	{"/api/address/{address}?page=&dealpage=&sponsoredpage=&ownedpage=&limit=", "everything an address did by role (requester, sponsor, worker, owners), with free and locked balances from the chain; a page of each list: its events (?page=), the deals it requested (?dealpage=) and sponsored (?sponsoredpage=), the assets it owns (?ownedpage=)"},
	{"/api/tx/{txhash}", "the indexed events of a transaction"},
	{"/api/bridge?page=&withdrawpage=&limit=", "with the token bridge configured: its transfers main → side (mainToSide, a page: ?page=) and side → main (sideToMain, a page: ?withdrawpage=), newest first, each with nonce, from, recipient, amount (token units), toHub, source transaction, state (pending: waiting for signatures / executing, executed, unknown: the main chain is not followed), destination transaction and age; totals: locked on main (the vault's balance), bridged supply on side, transfers and amounts in flight each way"},
	{"/api/search?q=", "what q names: an address, a deal or task id, a transaction hash, an app, dataset, workerpool or category name"},
	{"/api/stream", "server-sent events: one 'progress' event (JSON: from, to, head, events, rolledBack, ancestor) per indexed range or rollback"},
}
