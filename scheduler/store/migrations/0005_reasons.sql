-- 0005: why each task waits, in words (issue 12). Same encodings as 0001.

-- reason: the task's state in a sentence, as the plan loop last wrote it ('' until a plan
-- round saw the task); reason_since: when it last changed (wall clock). Written only when
-- the sentence changes; the public endpoint serves them, so a restarted scheduler answers
-- at once. A COMPLETED or FAILED task is described from its status.
ALTER TABLE tasks ADD COLUMN reason       TEXT    NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN reason_since INTEGER NOT NULL DEFAULT 0;
