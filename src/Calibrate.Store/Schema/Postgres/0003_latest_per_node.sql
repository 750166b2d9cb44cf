-- Latest result per node: the newest id of each node comes from an index-only scan of this index (no sort of whole
-- rows), then the summary rows are joined to it. It serves a node's history too, so it replaces the
-- (hostname, started_utc DESC) index.
CREATE INDEX results_latest ON results (hostname, started_utc DESC, id);
DROP INDEX results_hostname_started;

-- The kernel scores again, as plain text for summaries: turning jsonb back into text costs the server more than the
-- rest of a 100,000-row summary read. The jsonb column stays for queries in SQL.
ALTER TABLE results ADD COLUMN kernel_scores_text text;
UPDATE results SET kernel_scores_text = kernel_scores::text;
ALTER TABLE results ALTER COLUMN kernel_scores_text SET NOT NULL;
