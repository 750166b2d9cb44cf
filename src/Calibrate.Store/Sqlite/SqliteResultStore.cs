using System.Globalization;
using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers never block the writer and two runs finishing at the
/// same moment both land (the second waits up to 30 s for the first's transaction). One transaction per result.
/// </summary>
public sealed class SqliteResultStore : IResultStore
{
    private readonly SqliteConnection _connection;
    private readonly StoreOpenOptions _options;

    private SqliteResultStore(SqliteConnection connection, string path, StoreOpenOptions options)
    {
        _connection = connection;
        Location = path;
        _options = options;
    }

    public string Location { get; }

    public int SchemaVersion => Guard(() => ScalarInt(SqliteSql.UserVersion));

    /// <summary>Opens (or creates) the store file; a file that is not a usable calibrate store is refused unmodified.</summary>
    public static SqliteResultStore Open(string path, StoreOpenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        SqliteFileGuard.Check(full);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        var store = new SqliteResultStore(connection, full, options ?? StoreOpenOptions.Default);
        try
        {
            store.Guard(store.Initialise);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public bool Save(RunResult result)
    {
        var row = ResultRow.From(result);
        return Guard(() =>
        {
            RequireCurrentSchema();
            Execute(SqliteSql.SynchronousFull);
            using var transaction = _connection.BeginTransaction();
            using var insert = new SqliteInsert(_connection);
            var inserted = insert.Execute(row, DateTimeOffset.UtcNow);
            transaction.Commit();
            return inserted;
        });
    }

    public ImportCounts SaveMany(IEnumerable<RunResult> results)
    {
        Guard(() =>
        {
            RequireCurrentSchema();
            Execute(SqliteSql.SynchronousNormal);
        });
        using var checkpointer = Guard(() => new SqliteCheckpointer(_connection, _options.CheckpointCatchUpBytes));
        var counts = RowBatches.Save(results, _options.BatchSize, rows => Guard(() => SaveBatch(rows, checkpointer)));
        Guard(checkpointer.Finish);
        return counts;
    }

    private ImportCounts SaveBatch(ResultRow[] rows, SqliteCheckpointer checkpointer)
    {
        // Again per batch: another process may migrate the store while a long import runs.
        RequireCurrentSchema();
        checkpointer.BeforeBatch(rows.Sum(row => (long)row.ResultJson.Length));
        using var transaction = _connection.BeginTransaction();
        using var insert = new SqliteInsert(_connection);
        var now = DateTimeOffset.UtcNow;
        var inserted = rows.Count(row => insert.Execute(row, now));
        transaction.Commit();
        checkpointer.AfterCommit();
        return new ImportCounts(inserted, rows.Length - inserted);
    }

    public RunResult? Get(Guid id) => Guard(() =>
    {
        RequireCurrentSchema();
        using var command = Command(SqliteSql.SelectJsonById);
        command.Parameters.AddWithValue("@id", SqliteIds.Format(id));
        return command.ExecuteScalar() is string json ? CalibrateJson.DeserializeResult(json) : null;
    });

    public IReadOnlyList<ResultSummary> Query(ResultFilter filter) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(filter);
        RequireCurrentSchema();
        using var command = Filtered(SqliteSql.SelectSummaries, filter, SqliteSql.NewestFirst);
        using var reader = command.ExecuteReader();
        return SqliteSummaryReader.ReadAll(reader);
    });

    public IEnumerable<RunResult> ReadAll(ResultFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Guard(RequireCurrentSchema);
        using var command = Filtered(SqliteSql.SelectJson, filter, SqliteSql.NewestFirst);
        using var reader = Guard(command.ExecuteReader);
        while (Guard(reader.Read))
        {
            yield return CalibrateJson.DeserializeResult(reader.GetString(0));
        }
    }

    public IReadOnlyList<ResultSummary> LatestPerNode(ResultFilter filter) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(filter);
        RequireCurrentSchema();
        using var command = Filtered(SqliteSql.LatestPerNodeSelect, filter with { Limit = null }, SqliteSql.LatestPerNodeGroup);
        using var reader = command.ExecuteReader();
        var latest = SqliteSummaryReader.ReadAll(reader);
        return filter.Limit is { } limit ? latest.Take(limit).ToList() : latest;
    });

    public bool Delete(Guid id) => Guard(() =>
    {
        RequireCurrentSchema();
        Execute(SqliteSql.SynchronousFull);
        using var transaction = _connection.BeginTransaction();
        using var command = Command(SqliteSql.DeleteById);
        command.Transaction = transaction;
        command.Parameters.AddWithValue("@id", SqliteIds.Format(id));
        var deleted = command.ExecuteNonQuery() > 0;
        transaction.Commit();
        return deleted;
    });

    public IReadOnlyList<Migration> PendingMigrations()
    {
        var version = SchemaVersion;
        return MigrationCatalog.Sqlite.Where(m => m.Version > version).ToArray();
    }

    public IReadOnlyList<Migration> Migrate() => Guard(() => MigrateTo(int.MaxValue));

    /// <summary>Applies the steps up to <paramref name="target"/> (tests build old stores with it).</summary>
    internal IReadOnlyList<Migration> MigrateTo(int target)
    {
        var applied = new List<Migration>();
        foreach (var step in MigrationCatalog.Sqlite.Where(m => m.Version <= target))
        {
            // BEGIN IMMEDIATE takes the write lock first, so two processes opening a new store migrate it once.
            using var transaction = _connection.BeginTransaction();
            if (ScalarInt(SqliteSql.UserVersion, transaction) >= step.Version)
            {
                continue;
            }

            Execute(SqliteSql.CreateMigrationsTable, transaction);
            Execute(step.Sql, transaction);
            using (var record = Command(SqliteSql.RecordMigration))
            {
                record.Transaction = transaction;
                record.Parameters.AddWithValue("@version", step.Version);
                record.Parameters.AddWithValue("@name", step.Name);
                record.Parameters.AddWithValue("@applied_utc", UnixMicros.From(DateTimeOffset.UtcNow));
                record.ExecuteNonQuery();
            }

            // PRAGMAs take no parameters; both values are integers of this assembly. Both are part of the transaction.
            Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {step.Version}"), transaction);
            Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {StoreSchema.SqliteApplicationId}"), transaction);
            transaction.Commit();
            applied.Add(step);
        }

        return applied;
    }

    private void Initialise()
    {
        _connection.Open();
        Execute(SqliteSql.BusyTimeout);

        // Only a file SQLite has not created yet takes a page size; an existing store keeps its own.
        if (ScalarInt(SqliteSql.PageCount) == 0)
        {
            Execute(SqliteSql.NewStorePageSize);
        }

        // Again after opening: a live WAL may hold a newer header than the file's first page.
        var applicationId = ScalarInt(SqliteSql.ApplicationId);
        var version = ScalarInt(SqliteSql.UserVersion);
        if (applicationId != StoreSchema.SqliteApplicationId && (applicationId != 0 || version != 0 || ScalarInt(SqliteSql.CountSchemaObjects) != 0))
        {
            throw new StoreException(StoreFailure.Foreign, $"the store {Location} is a SQLite database of another application, not calibrate's; choose another --store");
        }

        if (version > StoreSchema.CurrentVersion)
        {
            throw new StoreException(StoreFailure.NewerSchema, $"the store {Location} has schema version {version}, newer than this calibrate knows ({StoreSchema.CurrentVersion}); upgrade calibrate");
        }

        if (version < StoreSchema.CurrentVersion && _options.Migrate)
        {
            MigrateTo(int.MaxValue);
        }

        // After the first migration, so a concurrent opener never sees a WAL file without calibrate's application id.
        if (ScalarInt(SqliteSql.UserVersion) > 0 && !string.Equals(Scalar(SqliteSql.JournalMode) as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            Execute(SqliteSql.UseWal);
        }
    }

    private void RequireCurrentSchema()
    {
        var version = ScalarInt(SqliteSql.UserVersion);
        if (version != StoreSchema.CurrentVersion)
        {
            throw new StoreException(StoreFailure.OlderSchema, $"the store {Location} has schema version {version} and needs migrating to {StoreSchema.CurrentVersion}; run: calibrate results migrate --store {Location}");
        }
    }

    private SqliteCommand Filtered(string select, ResultFilter filter, string tail)
    {
        var command = Command(select + FilterSql.Where(filter, SqliteSql.CpuMatch) + tail + FilterSql.Limit(filter));
        AddIfSet(command, "@hostname", filter.Hostname);
        AddIfSet(command, "@label", filter.Label);
        AddIfSet(command, "@cpu", filter.CpuModel);
        AddIfSet(command, "@since", filter.Since is { } since ? UnixMicros.From(since) : null);
        AddIfSet(command, "@until", filter.Until is { } until ? UnixMicros.From(until) : null);
        AddIfSet(command, "@limit", filter.Limit);
        return command;
    }

    private static void AddIfSet(SqliteCommand command, string name, object? value)
    {
        if (value is not null)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }

#pragma warning disable CA2100 // Every command text is a constant of SqliteSql, a migration step of this assembly, or built from them.
    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
#pragma warning restore CA2100

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql);
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    private int ScalarInt(string sql, SqliteTransaction? transaction = null) =>
        Convert.ToInt32(Scalar(sql, transaction), CultureInfo.InvariantCulture);

    private void Guard(Action action) => Guard(() =>
    {
        action();
        return 0;
    });

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Translate(e, Location);
        }
    }

    public void Dispose() => _connection.Dispose();
}
