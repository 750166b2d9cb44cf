namespace Calibrate.Store.Postgres;

/// <summary>The PostgreSQL statements of the store, as named constants (the schema itself is in Schema/Postgres/*.sql).</summary>
internal static class PostgresSql
{
    public const string SummaryColumns =
        "id, hostname, label, cpu_model, hypervisor, started_utc, copies, pinning, profile, node_score, score_low, " +
        "score_high, disturbed, estimate_value, cpu_factor, kernel_scores_text, estimate_unit, host_noise";

    public const string Insert =
        "INSERT INTO results (id, hostname, label, cpu_model, hypervisor, started_utc, finished_utc, copies, " +
        "pinning, profile, node_score, score_low, score_high, disturbed, estimate_value, cpu_factor, kernel_scores, tool_version, " +
        "result_schema_version, stored_utc, result_json, kernel_scores_text, estimate_unit, host_noise) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, " +
        "$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $17, $22, $23) ON CONFLICT (id) DO NOTHING";

    public const string SelectJsonById = "SELECT result_json::text FROM results WHERE id = @id";

    public const string DeleteById = "DELETE FROM results WHERE id = @id";

    public const string SelectSummaries = "SELECT " + SummaryColumns + " FROM results";

    public const string SelectJson = "SELECT result_json::text FROM results";

    public const string NewestFirst = " ORDER BY started_utc DESC, id";

    /// <summary>
    /// The newest row per hostname in two steps: the ids from an index-only scan of results_latest (hostname,
    /// started_utc DESC, id), then their summary rows by a hash join. Selecting whole rows with DISTINCT ON made the
    /// server sort 200,000 wide rows on disk; the filter goes between the two constants, the rows come unordered.
    /// </summary>
    public const string LatestPerNodeSelect =
        "SELECT " + SummaryColumns + " FROM results JOIN (SELECT DISTINCT ON (hostname) id FROM results";

    public const string LatestPerNodeOrder = " ORDER BY hostname, started_utc DESC, id) latest USING (id)";

    public const string CpuMatch = "strpos(cpu_model, @cpu) > 0";

    /// <summary>Which of calibrate's tables exist, and whose the meta table says the database is.</summary>
    public const string Identity =
        "SELECT to_regclass('calibrate_migrations') IS NOT NULL, to_regclass('results') IS NOT NULL, to_regclass('calibrate_meta') IS NOT NULL";

    public const string Application = "SELECT value FROM calibrate_meta WHERE key = 'application'";

    public const string Version = "SELECT coalesce(max(version), 0) FROM calibrate_migrations";

    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS calibrate_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL)";

    /// <summary>Serialises migrations of concurrent openers (nodes of a fleet starting together); the key is "CALB".</summary>
    public const string LockMigrations = "SELECT pg_advisory_xact_lock(1128352834)";

    public const string RecordMigration = "INSERT INTO calibrate_migrations (version, name, applied_utc) VALUES (@version, @name, now())";
}
