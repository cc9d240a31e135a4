-- 0009: each task's app (issue 16: run times per app). The planner expects a new deal of
-- an app a worker ran lately to run about as long as that app's measured runs, until a
-- run of the deal itself is measured. app: the deal's app address, lower-case hex as
-- elsewhere ('': unknown).
ALTER TABLE tasks ADD COLUMN app TEXT NOT NULL DEFAULT '';
UPDATE tasks SET app = COALESCE((SELECT lower(json_extract(d.body, '$.app')) FROM deals d
	WHERE d.id = tasks.deal_id), '');
