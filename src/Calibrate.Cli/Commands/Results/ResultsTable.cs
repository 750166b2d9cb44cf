using System.Globalization;
using System.Text;
using Calibrate.Core.Results;
using Calibrate.Core.Text;

namespace Calibrate.Cli.Commands.Results;

/// <summary>Result summaries as an aligned text table, culture-invariant (snapshot-tested).</summary>
public static class ResultsTable
{
    private static readonly string[] Header = ["Id", "Started (UTC)", "Host", "Label", "Copies", "Score", "±", "Estimate", "Factor", ""];

    private static readonly bool[] Numeric = [false, false, false, false, true, true, true, true, true, false];

    public static string Render(IReadOnlyList<ResultSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        if (summaries.Count == 0)
        {
            return "No results.\n";
        }

        var rows = new List<string[]> { Header };
        rows.AddRange(summaries.Select(s => new[]
        {
            s.Id.ToString("D"),
            s.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            s.Hostname,
            s.Label ?? "-",
            s.Copies.ToString(CultureInfo.InvariantCulture),
            s.NodeScore.ToString("F2", CultureInfo.InvariantCulture),
            s.ScoreLow is { } low && s.ScoreHigh is { } high ? ((high - low) / 2 / s.NodeScore).ToString("P2", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : "-",
            s.EstimateValue is { } value ? DisplayFormat.Number(value, "F1") + " " + s.EstimateUnit : "-",
            s.CpuFactor is { } factor ? DisplayFormat.Number(factor, "F3") : "-",
            s.Disturbed ? "DISTURBED" : "",
        }));
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => Numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            sb.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        sb.Append(CultureInfo.InvariantCulture, $"{summaries.Count} result{(summaries.Count == 1 ? "" : "s")}\n");
        return sb.ToString();
    }
}
