-- 0006: an index for the reads of every plan round (issue 16). Same encodings as 0001.

-- The replicates still assigned: few at any time, while the assignments table keeps
-- every replicate ever given. The plan loop reads them (workers' load) and withdraws
-- those that can no longer be contributed in every round; without this index each round
-- scanned the whole history.
CREATE INDEX assignments_assigned ON assignments (task_id) WHERE state = 'assigned';
