-- Every result: the indexed figures that lists, fleet views and statistics read, and (in result_documents) the full
-- result JSON (probe, provenance, per-copy per-kernel samples, interference, conclusions). The JSON lives in a table
-- of its own so that summary rows stay small and many share a page: latest-per-node over 100,000 nodes reads
-- summaries only.
-- Times are microseconds since the Unix epoch, UTC (PostgreSQL's timestamptz resolution).
CREATE TABLE results (
    id TEXT NOT NULL PRIMARY KEY,
    hostname TEXT NOT NULL,
    label TEXT,
    cpu_model TEXT NOT NULL,
    hypervisor TEXT,
    started_utc INTEGER NOT NULL,
    finished_utc INTEGER NOT NULL,
    copies INTEGER NOT NULL,
    pinning TEXT NOT NULL,
    profile TEXT NOT NULL,
    node_score REAL NOT NULL,
    score_low REAL,
    score_high REAL,
    disturbed INTEGER NOT NULL,
    hs06 REAL,
    cpu_factor REAL,
    kernel_scores TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    result_schema_version INTEGER NOT NULL,
    stored_utc INTEGER NOT NULL
);

CREATE TABLE result_documents (
    id TEXT NOT NULL PRIMARY KEY,
    result_json TEXT NOT NULL
);

-- Latest result per node, and a node's history.
CREATE INDEX results_hostname_started ON results (hostname, started_utc);
