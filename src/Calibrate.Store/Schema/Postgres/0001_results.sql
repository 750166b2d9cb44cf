-- Every result: the indexed figures that lists, fleet views and statistics read, and the full result JSON
-- (probe, provenance, per-copy per-kernel samples, interference, conclusions) in result_json: json, not jsonb,
-- so the text comes back exactly as written (jsonb reorders keys).
CREATE TABLE calibrate_meta (
    key text NOT NULL PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO calibrate_meta (key, value) VALUES ('application', 'calibrate');

CREATE TABLE results (
    id uuid NOT NULL PRIMARY KEY,
    hostname text NOT NULL,
    label text,
    cpu_model text NOT NULL,
    hypervisor text,
    started_utc timestamptz NOT NULL,
    finished_utc timestamptz NOT NULL,
    copies integer NOT NULL,
    pinning text NOT NULL,
    profile text NOT NULL,
    node_score double precision NOT NULL,
    score_low double precision,
    score_high double precision,
    disturbed boolean NOT NULL,
    hs06 double precision,
    cpu_factor double precision,
    kernel_scores jsonb NOT NULL,
    tool_version text NOT NULL,
    result_schema_version integer NOT NULL,
    stored_utc timestamptz NOT NULL,
    result_json json NOT NULL
);

-- Latest result per node (DISTINCT ON (hostname) ... ORDER BY hostname, started_utc DESC), and a node's history.
CREATE INDEX results_hostname_started ON results (hostname, started_utc DESC);
