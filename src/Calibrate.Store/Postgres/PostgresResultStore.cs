using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Store.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Calibrate.Store.Postgres;

/// <summary>
/// The fleet store: one PostgreSQL database that thousands of nodes write to, with the same schema and behaviour as
/// the SQLite file (one transaction per result, idempotent on the result id, same queries). Connections come from a
/// pool, so an instance may be shared by threads.
/// </summary>
public sealed class PostgresResultStore : IResultStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string? _password;
    private readonly StoreOpenOptions _options;

    private PostgresResultStore(NpgsqlDataSource dataSource, string location, string? password, StoreOpenOptions options)
    {
        _dataSource = dataSource;
        Location = location;
        _password = password;
        _options = options;
    }

    public string Location { get; }

    public int SchemaVersion => Guard(() =>
    {
        using var connection = _dataSource.OpenConnection();
        return ReadVersion(connection, null);
    });

    public static PostgresResultStore Open(string url, StoreOpenOptions? options = null)
    {
        options ??= StoreOpenOptions.Default;
        var target = PostgresTarget.Parse(url, options.GetEnvironment);
        var password = target.FindPassword(options.GetEnvironment);
        var dataSource = new NpgsqlDataSourceBuilder(target.ConnectionString(password).ConnectionString).Build();
        var store = new PostgresResultStore(dataSource, target.Location, password, options);
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
        return Guard(() => SaveBatch([row]).Inserted == 1);
    }

    public ImportCounts SaveMany(IEnumerable<RunResult> results) =>
        RowBatches.Save(results, _options.BatchSize, rows => Guard(() => SaveBatch(rows)));

    private ImportCounts SaveBatch(ResultRow[] rows)
    {
        using var connection = _dataSource.OpenConnection();
        RequireCurrentSchema(connection);
        using var transaction = connection.BeginTransaction();
        using var batch = new NpgsqlBatch(connection, transaction);
        var now = DateTimeOffset.UtcNow;
        foreach (var row in rows)
        {
            batch.BatchCommands.Add(PostgresRows.InsertCommand(row, now));
        }

        var inserted = batch.ExecuteNonQuery();
        transaction.Commit();
        return new ImportCounts(inserted, rows.Length - inserted);
    }

    public RunResult? Get(Guid id) => Guard(() =>
    {
        using var connection = _dataSource.OpenConnection();
        RequireCurrentSchema(connection);
        using var command = new NpgsqlCommand(PostgresSql.SelectJsonById, connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
        return command.ExecuteScalar() is string json ? CalibrateJson.DeserializeResult(json) : null;
    });

    public IReadOnlyList<ResultSummary> Query(ResultFilter filter) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = _dataSource.OpenConnection();
        RequireCurrentSchema(connection);
        using var command = Filtered(connection, PostgresSql.SelectSummaries, filter, PostgresSql.NewestFirst);
        using var reader = command.ExecuteReader();
        return PostgresRows.ReadSummaries(reader);
    });

    public IEnumerable<RunResult> ReadAll(ResultFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = Guard(_dataSource.OpenConnection);
        Guard(() => RequireCurrentSchema(connection));
        using var command = Filtered(connection, PostgresSql.SelectJson, filter, PostgresSql.NewestFirst);
        using var reader = Guard(() => command.ExecuteReader());
        while (Guard(reader.Read))
        {
            yield return CalibrateJson.DeserializeResult(reader.GetString(0));
        }
    }

    public IReadOnlyList<ResultSummary> LatestPerNode(ResultFilter filter) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(filter);
        using var connection = _dataSource.OpenConnection();
        RequireCurrentSchema(connection);
        using var command = Filtered(connection, PostgresSql.LatestPerNodeSelect, filter with { Limit = null }, PostgresSql.LatestPerNodeOrder);
        using var reader = command.ExecuteReader();
        var latest = PostgresRows.ReadSummaries(reader);

        // Ordered here, by code point as SQLite orders, rather than by the server under the database's collation.
        latest.Sort(static (a, b) => string.CompareOrdinal(a.Hostname, b.Hostname));
        return filter.Limit is { } limit ? latest.Take(limit).ToList() : latest;
    });

    public bool Delete(Guid id) => Guard(() =>
    {
        using var connection = _dataSource.OpenConnection();
        RequireCurrentSchema(connection);
        using var command = new NpgsqlCommand(PostgresSql.DeleteById, connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
        return command.ExecuteNonQuery() == 1;
    });

    public IReadOnlyList<Migration> PendingMigrations()
    {
        var version = SchemaVersion;
        return MigrationCatalog.Postgres.Where(m => m.Version > version).ToArray();
    }

    public IReadOnlyList<Migration> Migrate() => Guard(() => MigrateTo(int.MaxValue));

    /// <summary>Applies the steps up to <paramref name="target"/>, each in a transaction holding the migration lock.</summary>
    internal IReadOnlyList<Migration> MigrateTo(int target)
    {
        var applied = new List<Migration>();
        using var connection = _dataSource.OpenConnection();
        foreach (var step in MigrationCatalog.Postgres.Where(m => m.Version <= target))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, PostgresSql.LockMigrations);
            Execute(connection, transaction, PostgresSql.CreateMigrationsTable);
            if (ReadVersion(connection, transaction) >= step.Version)
            {
                continue;
            }

            Execute(connection, transaction, step.Sql);
            using (var record = new NpgsqlCommand(PostgresSql.RecordMigration, connection, transaction))
            {
                record.Parameters.AddWithValue("version", step.Version);
                record.Parameters.AddWithValue("name", step.Name);
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            applied.Add(step);
        }

        return applied;
    }

    private void Initialise()
    {
        using var connection = _dataSource.OpenConnection();
        var (hasMigrations, hasResults, hasMeta) = Identity(connection);
        if (hasResults && !hasMigrations)
        {
            throw new StoreException(StoreFailure.Foreign, $"the PostgreSQL store {Location} has a results table that calibrate did not create; use another database");
        }

        if (hasMeta)
        {
            using var command = new NpgsqlCommand(PostgresSql.Application, connection);
            if (command.ExecuteScalar() as string != StoreSchema.ApplicationName)
            {
                throw new StoreException(StoreFailure.Foreign, $"the PostgreSQL store {Location} belongs to another application; use another database");
            }
        }

        var version = hasMigrations ? ReadVersion(connection, null) : 0;
        if (version > StoreSchema.CurrentVersion)
        {
            throw new StoreException(StoreFailure.NewerSchema, $"the PostgreSQL store {Location} has schema version {version}, newer than this calibrate knows ({StoreSchema.CurrentVersion}); upgrade calibrate");
        }

        if (version < StoreSchema.CurrentVersion && _options.Migrate)
        {
            MigrateTo(int.MaxValue);
        }
    }

    private static (bool Migrations, bool Results, bool Meta) Identity(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(PostgresSql.Identity, connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2));
    }

    private void RequireCurrentSchema(NpgsqlConnection connection)
    {
        var version = Identity(connection).Migrations ? ReadVersion(connection, null) : 0;
        if (version != StoreSchema.CurrentVersion)
        {
            throw new StoreException(StoreFailure.OlderSchema, $"the PostgreSQL store {Location} has schema version {version} and needs migrating to {StoreSchema.CurrentVersion}; run: calibrate results migrate --store {Location}");
        }
    }

    private static int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand(PostgresSql.Version, connection, transaction);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

#pragma warning disable CA2100 // Every command text is a constant of PostgresSql, a migration step of this assembly, or built from them.
    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static NpgsqlCommand Filtered(NpgsqlConnection connection, string select, ResultFilter filter, string tail)
    {
        var command = new NpgsqlCommand(select + FilterSql.Where(filter, PostgresSql.CpuMatch) + tail + FilterSql.Limit(filter), connection);
#pragma warning restore CA2100
        var p = command.Parameters;
        if (filter.Hostname is { } host)
        {
            p.Add(new NpgsqlParameter("hostname", NpgsqlDbType.Text) { Value = host });
        }

        if (filter.Label is { } label)
        {
            p.Add(new NpgsqlParameter("label", NpgsqlDbType.Text) { Value = label });
        }

        if (filter.CpuModel is { } cpu)
        {
            p.Add(new NpgsqlParameter("cpu", NpgsqlDbType.Text) { Value = cpu });
        }

        if (filter.Since is { } since)
        {
            p.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = since.ToUniversalTime() });
        }

        if (filter.Until is { } until)
        {
            p.Add(new NpgsqlParameter("until", NpgsqlDbType.TimestampTz) { Value = until.ToUniversalTime() });
        }

        if (filter.Limit is { } limit)
        {
            p.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
        }

        return command;
    }

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
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw PostgresErrors.Translate(e, Location, _password);
        }
    }

    public void Dispose() => _dataSource.Dispose();
}
