using System.Text;
using Calibrate.Core.Results;
using Calibrate.Store.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Calibrate.Store.Postgres;

/// <summary>Binds result rows to the positional INSERT, and reads summary rows back.</summary>
internal static class PostgresRows
{
    public static NpgsqlBatchCommand InsertCommand(ResultRow row, DateTimeOffset storedUtc)
    {
        var s = row.Summary;
        var command = new NpgsqlBatchCommand(PostgresSql.Insert);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = s.Id });
        p.Add(Text(s.Hostname));
        p.Add(Text(s.Label));
        p.Add(Text(s.CpuModel));
        p.Add(Text(s.Hypervisor));
        p.Add(Time(s.StartedUtc));
        p.Add(Time(row.Result.FinishedUtc));
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = s.Copies });
        p.Add(Text(s.Pinning));
        p.Add(Text(s.Profile));
        p.Add(Double(s.NodeScore));
        p.Add(Double(s.ScoreLow));
        p.Add(Double(s.ScoreHigh));
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Boolean, Value = s.Disturbed });
        p.Add(Double(s.EstimateValue));
        p.Add(Double(s.CpuFactor));
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = row.KernelScoresJson });
        p.Add(Text(row.Result.Provenance.ToolVersion));
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = row.Result.SchemaVersion });
        p.Add(Time(storedUtc));
        p.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = Encoding.UTF8.GetString(row.ResultJson.Span) });
        p.Add(Text(s.EstimateUnit?.ToString()));
        p.Add(Double(s.HostNoise));
        return command;
    }

    public static List<ResultSummary> ReadSummaries(NpgsqlDataReader reader)
    {
        var summaries = new List<ResultSummary>();
        var kernelScores = new KernelScoresReader();
        while (reader.Read())
        {
            summaries.Add(new ResultSummary
            {
                Id = reader.GetGuid(0),
                Hostname = reader.GetString(1),
                Label = reader.IsDBNull(2) ? null : reader.GetString(2),
                CpuModel = reader.GetString(3),
                Hypervisor = reader.IsDBNull(4) ? null : reader.GetString(4),
                StartedUtc = reader.GetFieldValue<DateTimeOffset>(5),
                Copies = reader.GetInt32(6),
                Pinning = reader.GetString(7),
                Profile = reader.GetString(8),
                NodeScore = reader.GetDouble(9),
                ScoreLow = reader.IsDBNull(10) ? null : reader.GetDouble(10),
                ScoreHigh = reader.IsDBNull(11) ? null : reader.GetDouble(11),
                Disturbed = reader.GetBoolean(12),
                EstimateValue = reader.IsDBNull(13) ? null : reader.GetDouble(13),
                EstimateUnit = reader.IsDBNull(13) ? null : EstimateUnits.Read(reader.IsDBNull(16) ? null : reader.GetString(16)),
                CpuFactor = reader.IsDBNull(14) ? null : reader.GetDouble(14),
                HostNoise = reader.IsDBNull(17) ? null : reader.GetDouble(17),
                KernelScores = kernelScores.Read(reader.GetString(15)),
            });
        }

        return summaries;
    }

    private static NpgsqlParameter Text(string? value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Double(double? value) => new() { NpgsqlDbType = NpgsqlDbType.Double, Value = value is { } v ? v : DBNull.Value };

    // timestamptz takes UTC only; the truncation to microseconds is PostgreSQL's own.
    private static NpgsqlParameter Time(DateTimeOffset value) => new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value.ToUniversalTime() };
}
