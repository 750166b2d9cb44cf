using Calibrate.Reports.Charts;
using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Reports;

/// <summary>The comparison table, one row per label, shared by the HTML and Markdown reports so they cannot disagree.</summary>
public static class SummaryTable
{
    /// <summary>What the reports say instead of a table with headers and no rows.</summary>
    public const string NoLabels = "No configuration labels to compare: none of the results carries a label (set one with calibrate run --label).";

    public static CsvTable From(IReadOnlyList<LabelScore> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return new CsvTable(
            ["Label", "Runs", "Score per copy", "95% interval", "Ratio to baseline", "Ratio 95% interval", "Change"],
            [.. labels.Select(l => (IReadOnlyList<string>)
            [
                l.IsBaseline ? $"{l.Label} (baseline)" : l.Label,
                ValueFormat.Count(l.N),
                ValueFormat.Score(l.Mean),
                l.N < 2 ? "n/a (one run)" : $"{ValueFormat.Score(l.Low)} to {ValueFormat.Score(l.High)}",
                l.IsBaseline ? "1" : l.Ratio is { } r ? ValueFormat.Ratio(r) : string.Empty,
                l.RatioLow is { } lo && l.RatioHigh is { } hi ? $"{ValueFormat.Ratio(lo)} to {ValueFormat.Ratio(hi)}" : string.Empty,
                l.IsBaseline ? string.Empty : l.Ratio is { } c ? ValueFormat.Change(c) : string.Empty,
            ])]);
    }
}
