using System.Globalization;
using System.Text;
using Calibrate.Core.Results;

namespace Calibrate.Store.Files;

/// <summary>
/// Result summaries as CSV (RFC 4180) for spreadsheets and R: one row per result, one column per kernel score
/// ("kernel:NAME", per copy), numbers culture-invariant and round-trippable, times ISO 8601 UTC.
/// </summary>
public static class ResultCsv
{
    private static readonly string[] FixedColumns =
    [
        "id", "started_utc", "hostname", "label", "cpu_model", "hypervisor", "profile", "copies", "pinning",
        "node_score", "score_per_copy", "score_low", "score_high", "disturbed", "estimate", "estimate_unit", "cpu_factor",
    ];

    public static void Write(TextWriter writer, IReadOnlyList<ResultSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summaries);
        var kernels = summaries.SelectMany(s => s.KernelScores.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        WriteRow(writer, FixedColumns.Concat(kernels.Select(k => "kernel:" + k)));
        foreach (var s in summaries)
        {
            WriteRow(writer, new[]
            {
                s.Id.ToString("D"),
                s.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                s.Hostname, s.Label ?? "", s.CpuModel, s.Hypervisor ?? "", s.Profile,
                s.Copies.ToString(CultureInfo.InvariantCulture), s.Pinning,
                Number(s.NodeScore), Number(s.ScorePerCopy), Number(s.ScoreLow), Number(s.ScoreHigh),
                s.Disturbed ? "true" : "false", Number(s.EstimateValue), s.EstimateUnit?.ToString() ?? "", Number(s.CpuFactor),
            }.Concat(kernels.Select(k => s.KernelScores.TryGetValue(k, out var v) ? Number(v) : "")));
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var cell in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            var field = Core.Text.CsvCell.Neutralise(cell);
            line.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        writer.Write(line.Append("\r\n"));
    }
}
