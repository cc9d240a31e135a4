-- 0002: what the scheduler daemon keeps besides the planner's view: the consensus of
-- REVEALING tasks, reopened and revealed contributions, per-replicate authorizations and
-- progress, and reveal requests. Same encodings as 0001.

-- The consensus of a REVEALING task: the winning result hash and when reveals close
-- (cleared by a reopen).
ALTER TABLE tasks ADD COLUMN consensus_value TEXT    NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN reveal_deadline INTEGER NOT NULL DEFAULT 0;

-- rejected: the contribution was in a consensus group that was reopened; its vote no
-- longer counts. revealed: its reveal is on chain.
ALTER TABLE contributions ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contributions ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0;

-- Per replicate: the scheduler's signed authorization (hex), the last step the worker
-- reported, the digest it reported, the error it gave, and whether it was told to drop the
-- replicate (Work.Cancel).
ALTER TABLE assignments ADD COLUMN auth_sig    TEXT    NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN step        TEXT    NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN digest      TEXT    NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN error       TEXT    NOT NULL DEFAULT '';
ALTER TABLE assignments ADD COLUMN cancel_sent INTEGER NOT NULL DEFAULT 0;

-- Reveal requests: a member of a task's consensus group asked to reveal; at most one per
-- task also uploads the result (upload). state: asked (delivered until the worker reports
-- progress), acked (it reported its reveal; the uploader: its upload), failed (it gave
-- up). results and callback are what the uploader reported: the on-chain results field
-- and the callback data.
CREATE TABLE reveals (
	task_id    TEXT    NOT NULL REFERENCES tasks (id),
	worker     TEXT    NOT NULL,
	upload     INTEGER NOT NULL DEFAULT 0,
	state      TEXT    NOT NULL DEFAULT 'asked' CHECK (state IN ('asked', 'acked', 'failed')),
	results    BLOB    NOT NULL DEFAULT x'',
	callback   BLOB    NOT NULL DEFAULT x'',
	since      INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	UNIQUE (task_id, worker)
);
CREATE INDEX reveals_worker ON reveals (worker, state);
