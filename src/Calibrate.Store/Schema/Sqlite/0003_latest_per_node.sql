-- Latest result per node with PostgreSQL's tie-break: walking this index, the MAX(started_utc) row SQLite keeps for a
-- node is the first one, so among equal start times the smallest id wins, as DISTINCT ON ... ORDER BY ..., id picks
-- there. It serves a node's history too, so it replaces the (hostname, started_utc) index.
CREATE INDEX results_latest ON results (hostname, started_utc DESC, id);
DROP INDEX results_hostname_started;
