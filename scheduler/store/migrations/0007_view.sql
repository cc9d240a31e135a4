-- 0007: an index for the scheduler's view in memory (issue 16). Same encodings as 0001.

-- The replicates withdrawn whose worker was not told yet: few at any time. The store reads
-- them when it opens (with the open tasks and the replicates still assigned) to rebuild
-- what the worker API serves from memory.
CREATE INDEX assignments_to_cancel ON assignments (task_id) WHERE state = 'lost' AND cancel_sent = 0;
