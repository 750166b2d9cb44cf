using Calibrate.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Sqlite;

/// <summary>The prepared INSERT of one result row: parameters created once, values rebound per row (batch import).</summary>
internal sealed class SqliteInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteCommand _document;
    private readonly SqliteParameter _documentId;
    private readonly SqliteParameter _documentJson;
    private readonly Dictionary<string, SqliteParameter> _parameters = [];

    public SqliteInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = SqliteSql.Insert;
        foreach (var name in new[]
        {
            "id", "hostname", "label", "cpu_model", "hypervisor", "started_utc", "finished_utc", "copies", "pinning",
            "profile", "node_score", "score_low", "score_high", "disturbed", "hs06", "cpu_factor", "kernel_scores",
            "tool_version", "result_schema_version", "stored_utc",
        })
        {
            _parameters[name] = _command.Parameters.Add(new SqliteParameter("@" + name, DBNull.Value));
        }

        _command.Prepare();
        _document = connection.CreateCommand();
        _document.Transaction = transaction;
        _document.CommandText = SqliteSql.InsertDocument;
        _documentId = _document.Parameters.Add(new SqliteParameter("@id", DBNull.Value));
        _documentJson = _document.Parameters.Add(new SqliteParameter("@result_json", DBNull.Value));
        _document.Prepare();
    }

    /// <summary>Inserts the row; false when its id was already stored.</summary>
    public bool Execute(ResultRow row, DateTimeOffset storedUtc)
    {
        var s = row.Summary;
        Set("id", SqliteIds.Format(s.Id));
        Set("hostname", s.Hostname);
        Set("label", s.Label);
        Set("cpu_model", s.CpuModel);
        Set("hypervisor", s.Hypervisor);
        Set("started_utc", UnixMicros.From(s.StartedUtc));
        Set("finished_utc", UnixMicros.From(row.Result.FinishedUtc));
        Set("copies", s.Copies);
        Set("pinning", s.Pinning);
        Set("profile", s.Profile);
        Set("node_score", s.NodeScore);
        Set("score_low", s.ScoreLow);
        Set("score_high", s.ScoreHigh);
        Set("disturbed", s.Disturbed ? 1 : 0);
        Set("hs06", s.Hs06);
        Set("cpu_factor", s.CpuFactor);
        Set("kernel_scores", row.KernelScoresJson);
        Set("tool_version", row.Result.Provenance.ToolVersion);
        Set("result_schema_version", row.Result.SchemaVersion);
        Set("stored_utc", UnixMicros.From(storedUtc));
        if (_command.ExecuteNonQuery() != 1)
        {
            return false;
        }

        _documentId.Value = SqliteIds.Format(s.Id);
        _documentJson.Value = row.ResultJson;
        _document.ExecuteNonQuery();
        return true;
    }

    private void Set(string name, object? value) => _parameters[name].Value = value ?? DBNull.Value;

    public void Dispose()
    {
        _command.Dispose();
        _document.Dispose();
    }
}
