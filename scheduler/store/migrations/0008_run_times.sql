-- 0008: run times measured from workers' reports (issue 16: queues sized by run time).
-- started_ms: when the scheduler took the replicate's first "started" report (unix
-- milliseconds, wall clock; 0: none); run_ms: from then to its "computed" report
-- (milliseconds; -1: not measured). The planner sizes a worker's queue by its measured run
-- times per deal; a restarted scheduler reads them back with the open tasks.
ALTER TABLE assignments ADD COLUMN started_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assignments ADD COLUMN run_ms     INTEGER NOT NULL DEFAULT -1;
