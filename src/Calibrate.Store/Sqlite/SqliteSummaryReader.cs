using System.Globalization;
using Calibrate.Core.Results;
using Calibrate.Store.Schema;
using Microsoft.Data.Sqlite;

namespace Calibrate.Store.Sqlite;

/// <summary>Reads <see cref="SqliteSql.SummaryColumns"/> rows into summaries, without touching the result JSON.</summary>
internal static class SqliteSummaryReader
{
    public static List<ResultSummary> ReadAll(SqliteDataReader reader)
    {
        var summaries = new List<ResultSummary>();
        var kernelScores = new KernelScoresReader();
        while (reader.Read())
        {
            summaries.Add(Read(reader, kernelScores));
        }

        return summaries;
    }

    private static ResultSummary Read(SqliteDataReader r, KernelScoresReader kernelScores) => new()
    {
        Id = Guid.Parse(r.GetString(0), CultureInfo.InvariantCulture),
        Hostname = r.GetString(1),
        Label = r.IsDBNull(2) ? null : r.GetString(2),
        CpuModel = r.GetString(3),
        Hypervisor = r.IsDBNull(4) ? null : r.GetString(4),
        StartedUtc = UnixMicros.To(r.GetInt64(5)),
        Copies = r.GetInt32(6),
        Pinning = r.GetString(7),
        Profile = r.GetString(8),
        NodeScore = r.GetDouble(9),
        ScoreLow = r.IsDBNull(10) ? null : r.GetDouble(10),
        ScoreHigh = r.IsDBNull(11) ? null : r.GetDouble(11),
        Disturbed = r.GetInt64(12) != 0,
        EstimateValue = r.IsDBNull(13) ? null : r.GetDouble(13),
        EstimateUnit = r.IsDBNull(13) ? null : EstimateUnits.Read(r.IsDBNull(16) ? null : r.GetString(16)),
        CpuFactor = r.IsDBNull(14) ? null : r.GetDouble(14),
        HostNoise = r.IsDBNull(17) ? null : r.GetDouble(17),
        // The column's UTF-8 bytes as stored: no UTF-16 string on the way to the JSON reader.
        KernelScores = kernelScores.Read(r.GetFieldValue<byte[]>(15)),
    };
}
