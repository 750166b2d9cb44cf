using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Chart 6: one node's score over time, with intervals and the median of all runs as a reference line: drift or a step
/// after a change shows. A line joins only comparable runs, one series per label, number of copies and profile: a node
/// score at 2 copies is not the 1-copy score gone up, and a node re-labelled after a hypervisor change starts a new
/// colour.
/// </summary>
public static class HistoryChart
{
    public const int Number = 6;

    /// <summary>Beyond this many runs error bars merge into a band of ink; the points alone stay readable.</summary>
    public const int MaxRunsWithErrorBars = 60;

    public static Chart Build(string host, IReadOnlyList<HistoryPoint> history)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            throw new ArgumentException("Chart 6 needs at least one run.", nameof(history));
        }

        var ordered = history.OrderBy(h => h.TimeUtc).ToArray();
        var bars = ordered.Length <= MaxRunsWithErrorBars;
        var groups = ordered.GroupBy(h => (h.Label, h.Copies, h.Profile)).ToArray();
        var oneSetup = ordered.Select(h => (h.Copies, h.Profile)).Distinct().Count() == 1;
        var series = groups.Select((g, i) => (Series)new PointSeries
        {
            Name = oneSetup ? g.Key.Label ?? NoLabel : SeriesName(g.Key.Label, g.Key.Copies, g.Key.Profile),
            Color = Palette.ForSeries(i),
            Marker = Palette.MarkerFor(i),
            Connect = true,
            Size = bars ? PointSeries.DefaultSize : 2.5,
            Points = [.. g.Select(h => new DataPoint(h.TimeUtc.ToUnixTimeSeconds(), h.Score) { Low = bars ? h.Low : null, High = bars ? h.High : null })],
        }).ToArray();
        var values = ordered.SelectMany(h => new[] { h.Score, h.Low ?? h.Score, h.High ?? h.Score }).ToArray();
        var median = TukeyBox.Quantile([.. ordered.Select(h => h.Score).Order()], 0.5);
        var figure = new Figure
        {
            Title = $"History of {host}: node score over time",
            Subtitle = (bars ? $"Each run with its {ChartText.Interval}" : "Each run")
                + (oneSetup ? string.Empty : "; lines join runs of one label, copy count and profile")
                + "; dashed: median of all runs",
            X = Axis.Time("Run start", ordered[0].TimeUtc, ordered[^1].TimeUtc),
            Y = Axis.Linear("Node score", ChartText.ScoreUnit, values.Min(), values.Max()),
            Series = series,
            Annotations = [Annotation.Horizontal(median, $"median {ValueFormat.Score(median)}", Palette.Grey)],
            Legend = groups.Length > 1 ? Legend.Default : Legend.Hidden,
        };
        return new Chart(Number, "history", figure, new CsvTable(
            ["time_utc", "label", "copies", "profile", "node_score", "low_95", "high_95"],
            [.. ordered.Select(h => (IReadOnlyList<string>)
            [
                ValueFormat.Utc(h.TimeUtc), h.Label ?? string.Empty, h.Copies is { } c ? ValueFormat.Count(c) : string.Empty, h.Profile ?? string.Empty,
                ValueFormat.Raw(h.Score), ValueFormat.Raw(h.Low), ValueFormat.Raw(h.High),
            ])]));
    }

    private const string NoLabel = "(no label)";

    /// <summary>"kvm-pinned, 2 copies, quick"; parts the runs do not record are left out.</summary>
    private static string SeriesName(string? label, int? copies, string? profile) => string.Join(", ", new[]
    {
        label ?? NoLabel,
        copies is { } c ? ValueFormat.Quantity(c, "copy", "copies") : null,
        profile,
    }.Where(p => p is not null));
}
