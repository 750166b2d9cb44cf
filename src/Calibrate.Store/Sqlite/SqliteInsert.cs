using Calibrate.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Sqlite;

/// <summary>
/// The prepared INSERTs of one result (its summary row, then its document), prepared once per transaction and rebound
/// per row. Positions follow <see cref="SqliteSql.Insert"/>.
/// </summary>
internal sealed class SqliteInsert : IDisposable
{
    private readonly SqliteStatement _summary;
    private readonly SqliteStatement _document;

    /// <param name="connection">Its transaction must be open: the statements run inside it.</param>
    public SqliteInsert(SqliteConnection connection)
    {
        _summary = new SqliteStatement(connection, SqliteSql.Insert);
        _document = new SqliteStatement(connection, SqliteSql.InsertDocument);
    }

    /// <summary>Inserts the row; false when its id was already stored.</summary>
    public bool Execute(ResultRow row, DateTimeOffset storedUtc)
    {
        ArgumentNullException.ThrowIfNull(row);
        var s = row.Summary;
        var id = SqliteIds.Format(s.Id);
        _summary.Bind(1, id);
        _summary.Bind(2, s.Hostname);
        _summary.Bind(3, s.Label);
        _summary.Bind(4, s.CpuModel);
        _summary.Bind(5, s.Hypervisor);
        _summary.Bind(6, UnixMicros.From(s.StartedUtc));
        _summary.Bind(7, UnixMicros.From(row.Result.FinishedUtc));
        _summary.Bind(8, s.Copies);
        _summary.Bind(9, s.Pinning);
        _summary.Bind(10, s.Profile);
        _summary.Bind(11, s.NodeScore);
        _summary.Bind(12, s.ScoreLow);
        _summary.Bind(13, s.ScoreHigh);
        _summary.Bind(14, s.Disturbed ? 1 : 0);
        _summary.Bind(15, s.EstimateValue);
        _summary.Bind(16, s.CpuFactor);
        _summary.Bind(17, row.KernelScoresJson);
        _summary.Bind(18, row.Result.Provenance.ToolVersion);
        _summary.Bind(19, row.Result.SchemaVersion);
        _summary.Bind(20, UnixMicros.From(storedUtc));
        _summary.Bind(21, s.EstimateUnit?.ToString());
        _summary.Bind(22, s.HostNoise);
        if (_summary.Execute() != 1)
        {
            return false;
        }

        _document.Bind(1, id);
        _document.BindUtf8(2, row.ResultJson.Span);
        _document.Execute();
        return true;
    }

    public void Dispose()
    {
        _summary.Dispose();
        _document.Dispose();
    }
}
