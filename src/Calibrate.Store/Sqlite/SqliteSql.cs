namespace Calibrate.Store.Sqlite;

/// <summary>The SQLite statements of the store, as named constants (the schema itself is in Schema/Sqlite/*.sql).</summary>
internal static class SqliteSql
{
    public const string SummaryColumns =
        "id, hostname, label, cpu_model, hypervisor, started_utc, copies, pinning, profile, node_score, score_low, " +
        "score_high, disturbed, estimate_value, cpu_factor, kernel_scores, estimate_unit, host_noise";

    public const string Insert =
        "INSERT OR IGNORE INTO results (id, hostname, label, cpu_model, hypervisor, started_utc, finished_utc, copies, " +
        "pinning, profile, node_score, score_low, score_high, disturbed, estimate_value, cpu_factor, kernel_scores, tool_version, " +
        "result_schema_version, stored_utc, estimate_unit, host_noise) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, " +
        "?16, ?17, ?18, ?19, ?20, ?21, ?22)";

    /// <summary>Run only when the summary row was inserted, in the same transaction.</summary>
    public const string InsertDocument = "INSERT INTO result_documents (id, result_json) VALUES (?1, ?2)";

    public const string SelectJsonById = "SELECT result_json FROM result_documents WHERE id = @id";

    public const string DeleteById = "DELETE FROM result_documents WHERE id = @id; DELETE FROM results WHERE id = @id";

    public const string SelectSummaries = "SELECT " + SummaryColumns + " FROM results";

    public const string SelectJson = "SELECT result_documents.result_json FROM results JOIN result_documents USING (id)";

    public const string NewestFirst = " ORDER BY started_utc DESC, id";

    /// <summary>
    /// SQLite returns the other columns of the row that holds the MAX() of a group ("bare columns in an aggregate
    /// query", https://www.sqlite.org/lang_select.html#bareagg); the (hostname, started_utc) index serves the grouping.
    /// </summary>
    public const string LatestPerNodeSelect = "SELECT " + SummaryColumns + ", MAX(started_utc) FROM results";

    public const string LatestPerNodeGroup = " GROUP BY hostname ORDER BY hostname";

    public const string CpuMatch = "instr(cpu_model, @cpu) > 0";

    public const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS calibrate_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_utc INTEGER NOT NULL)";

    public const string RecordMigration = "INSERT INTO calibrate_migrations (version, name, applied_utc) VALUES (@version, @name, @applied_utc)";

    public const string ApplicationId = "PRAGMA application_id";

    public const string UserVersion = "PRAGMA user_version";

    public const string CountSchemaObjects = "SELECT count(*) FROM sqlite_schema";

    public const string JournalMode = "PRAGMA journal_mode";

    public const string UseWal = "PRAGMA journal_mode = WAL";

    /// <summary>30 s: two nodes finishing at the same moment wait for each other rather than fail.</summary>
    public const string BusyTimeout = "PRAGMA busy_timeout = 30000";

    /// <summary>Single saves: a result is on disk when Save returns, even if the machine loses power next.</summary>
    public const string SynchronousFull = "PRAGMA synchronous = FULL";

    /// <summary>Batches: WAL with NORMAL stays consistent on a crash and may lose only the last batches (https://www.sqlite.org/pragma.html#pragma_synchronous).</summary>
    public const string SynchronousNormal = "PRAGMA synchronous = NORMAL";

    public const string PageCount = "PRAGMA page_count";

    /// <summary>
    /// 64 KiB pages for a new store, SQLite's largest (its default is 4 KiB): a compact quick-profile result, about 19 KB,
    /// is stored whole in one page instead of a chain of overflow pages, and three share a page, where 32 KiB pages held
    /// one and wrote a page of 32 KiB per document. Inserting those documents alone took 36 us each with 64 KiB pages,
    /// 43 with 16 KiB, 56 with 32 KiB and 63 with 4 KiB (measured here). Summary rows, about 450 bytes, are unaffected;
    /// an existing store keeps the page size it was made with.
    /// </summary>
    public const string NewStorePageSize = "PRAGMA page_size = 65536";

    public const string QuickCheck = "PRAGMA quick_check";
}
