-- 0003: hidden checks, reveal permits and benched workers (the reveals open with the
-- scheduler's permit; reopen is gone). Same encodings as 0001.

-- is_check: the replicate is a hidden check of a result its first workers agree on (never
-- told to the worker).
ALTER TABLE assignments ADD COLUMN is_check INTEGER NOT NULL DEFAULT 0;

-- reveal_asked: when the scheduler first asked the consensus group to reveal (wall clock);
-- reveal_permit: its signed permit that opens the reveals (hex), reused after a restart.
ALTER TABLE tasks ADD COLUMN reveal_asked  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN reveal_permit TEXT    NOT NULL DEFAULT '';

-- rejected now means rejected on chain by a finalize or a claim (ContributionRejected);
-- proven_wrong: the rejection proved its result wrong and was counted as an offense of
-- its worker (once: replaying the block counts nothing twice).
ALTER TABLE contributions ADD COLUMN proven_wrong INTEGER NOT NULL DEFAULT 0;

-- A worker's results proven wrong: how many (forgotten when the last is old), the last
-- one's time and until when the pool gives it no replicate (chain times).
ALTER TABLE workers ADD COLUMN offenses      INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workers ADD COLUMN last_offense  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workers ADD COLUMN benched_until INTEGER NOT NULL DEFAULT 0;

-- The scheduler's own values, created once: the secret key of its check draws
-- (check_key, 32 bytes) and the seed of its plans (plan_seed, 8 bytes).
CREATE TABLE settings (
	name  TEXT NOT NULL PRIMARY KEY,
	value BLOB NOT NULL
);
