-- 0001: the scheduler's first schema.
-- Identifiers (deal, task, result hashes, tags) and addresses are lowercase 0x-hex TEXT;
-- times are UTC unix seconds, 0 meaning none; uint64 values (blocks, scores, weights) are
-- stored as their int64 bit pattern.

-- The last block whose events are fully stored, per chain and hub contract.
CREATE TABLE cursor (
	chain_id INTEGER NOT NULL,
	hub      TEXT    NOT NULL,
	block    INTEGER NOT NULL,
	PRIMARY KEY (chain_id, hub)
);

-- Deals of the pool, as the SDK gives them.
CREATE TABLE deals (
	id    TEXT    NOT NULL PRIMARY KEY,
	body  TEXT    NOT NULL CHECK (json_valid(body)),
	block INTEGER NOT NULL
);

CREATE TABLE tasks (
	id                    TEXT    NOT NULL PRIMARY KEY,
	deal_id               TEXT    NOT NULL REFERENCES deals (id),
	idx                   INTEGER NOT NULL CHECK (idx >= 0),
	status                INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
	trust                 INTEGER NOT NULL,
	tag                   TEXT    NOT NULL,
	executor              TEXT    NOT NULL,
	contribution_deadline INTEGER NOT NULL DEFAULT 0,
	final_deadline        INTEGER NOT NULL DEFAULT 0,
	result_digest         TEXT    NOT NULL DEFAULT '',
	updated_at            INTEGER NOT NULL,
	UNIQUE (deal_id, idx)
);
-- Open (non-terminal: not COMPLETED 3 nor FAILED 4) tasks are what the scheduler reads.
CREATE INDEX tasks_open ON tasks (status) WHERE status < 3;

CREATE TABLE workers (
	address      TEXT    NOT NULL PRIMARY KEY,
	capabilities TEXT    NOT NULL CHECK (json_valid(capabilities)),
	score        INTEGER NOT NULL DEFAULT 0,
	last_seen    INTEGER NOT NULL DEFAULT 0,
	updated_at   INTEGER NOT NULL
);

-- A replicate given to a worker; one row per (task, worker) ever, so a worker is never
-- assigned twice to a task, even after it was withdrawn.
CREATE TABLE assignments (
	task_id    TEXT    NOT NULL REFERENCES tasks (id),
	worker     TEXT    NOT NULL REFERENCES workers (address),
	since      INTEGER NOT NULL,
	state      TEXT    NOT NULL DEFAULT 'assigned'
	           CHECK (state IN ('assigned', 'contributed', 'revealed', 'lost', 'failed')),
	updated_at INTEGER NOT NULL,
	UNIQUE (task_id, worker)
);
CREATE INDEX assignments_worker ON assignments (worker, state);

-- Contributions seen on chain, in the order they were recorded (rowid).
CREATE TABLE contributions (
	task_id     TEXT    NOT NULL REFERENCES tasks (id),
	worker      TEXT    NOT NULL,
	result_hash TEXT    NOT NULL,
	weight      INTEGER NOT NULL,
	block       INTEGER NOT NULL,
	UNIQUE (task_id, worker)
);
