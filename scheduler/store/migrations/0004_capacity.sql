-- 0004: capacity a worker has shown and progress deadlines (issue 12). Same encodings as
-- 0001.

-- ref: the task's category reference time, in seconds (the deal's workClockTimeRef):
-- progress deadlines and the speed filter derive from it.
ALTER TABLE tasks ADD COLUMN ref INTEGER NOT NULL DEFAULT 0;
UPDATE tasks SET ref = COALESCE((SELECT json_extract(d.body, '$.workClockTimeRef') FROM deals d
	WHERE d.id = tasks.deal_id), 0);

-- deadline: when the worker must have contributed the replicate (its progress deadline,
-- wall clock; 0: none). Past it, the plan loop withdraws the replicate and counts a miss.
ALTER TABLE assignments ADD COLUMN deadline INTEGER NOT NULL DEFAULT 0;

-- proven_slots: the replicates the worker has shown it can hold: 1 at first, one more for
-- each replicate it contributes before it is found late (up to its declared slots and
-- queue), halved (at least 1) at each progress deadline it misses. A worker registered
-- before this migration starts from what its contributions proved.
-- stake_slots: the replicates its free balance in the hub backs (free balance / the
-- pool's minimum stake), as last read; NULL when the pool asks no stake.
ALTER TABLE workers ADD COLUMN proven_slots INTEGER NOT NULL DEFAULT 1;
ALTER TABLE workers ADD COLUMN stake_slots  INTEGER;
UPDATE workers SET proven_slots = MAX(1, MIN(
	COALESCE(json_extract(capabilities, '$.slots'), 1) + COALESCE(json_extract(capabilities, '$.queue'), 0),
	1 + (SELECT COUNT(*) FROM assignments a WHERE a.worker = workers.address AND a.state IN ('contributed', 'revealed'))));

-- A progress deadline a worker missed: its replicate of the task was withdrawn and given
-- to another worker (at: chain time). Recent misses bench the worker.
CREATE TABLE misses (
	worker  TEXT    NOT NULL REFERENCES workers (address),
	task_id TEXT    NOT NULL REFERENCES tasks (id),
	at      INTEGER NOT NULL,
	UNIQUE (task_id, worker)
);
CREATE INDEX misses_worker ON misses (worker, at);
