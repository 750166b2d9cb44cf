namespace Calibrate.Store.Postgres;

/// <summary>The PostgreSQL statements of the store, as named constants (the schema itself is in Schema/Postgres/*.sql).</summary>
internal static class PostgresSql
{
    public const string SummaryColumns =
        "id, hostname, label, cpu_model, hypervisor, started_utc, copies, pinning, profile, node_score, score_low, " +
        "score_high, disturbed, hs06, cpu_factor, kernel_scores::text";

    public const string Insert =
        "INSERT INTO results (id, hostname, label, cpu_model, hypervisor, started_utc, finished_utc, copies, " +
        "pinning, profile, node_score, score_low, score_high, disturbed, hs06, cpu_factor, kernel_scores, tool_version, " +
        "result_schema_version, stored_utc, result_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, " +
        "$13, $14, $15, $16, $17, $18, $19, $20, $21) ON CONFLICT (id) DO NOTHING";

    public const string SelectJsonById = "SELECT result_json::text FROM results WHERE id = @id";

    public const string DeleteById = "DELETE FROM results WHERE id = @id";

    public const string SelectSummaries = "SELECT " + SummaryColumns + " FROM results";

    public const string SelectJson = "SELECT result_json::text FROM results";

    public const string NewestFirst = " ORDER BY started_utc DESC, id";

    /// <summary>The newest row per hostname, served by the (hostname, started_utc DESC) index.</summary>
    public const string LatestPerNodeSelect = "SELECT DISTINCT ON (hostname) " + SummaryColumns + " FROM results";

    public const string LatestPerNodeOrder = " ORDER BY hostname, started_utc DESC, id";

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
