using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Chart 6: one node's score over time, one series per label (a node re-labelled after a hypervisor change starts a
/// new colour), with intervals and the median of all runs as a reference line: drift or a step after a change shows.
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
        var groups = ordered.GroupBy(h => h.Label ?? "(no label)", StringComparer.Ordinal).ToArray();
        var series = groups.Select((g, i) => (Series)new PointSeries
        {
            Name = g.Key,
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
            Subtitle = bars ? $"Each run with its {ChartText.Interval}; dashed: median of all runs" : "Each run; dashed: median of all runs",
            X = Axis.Time("Run start", ordered[0].TimeUtc, ordered[^1].TimeUtc),
            Y = Axis.Linear("Node score", ChartText.ScoreUnit, values.Min(), values.Max()),
            Series = series,
            Annotations = [Annotation.Horizontal(median, $"median {ValueFormat.Score(median)}", Palette.Grey)],
            Legend = groups.Length > 1 ? Legend.Default : Legend.Hidden,
        };
        return new Chart(Number, "history", figure, new CsvTable(
            ["time_utc", "label", "node_score", "low_95", "high_95"],
            [.. ordered.Select(h => (IReadOnlyList<string>)[ValueFormat.Utc(h.TimeUtc), h.Label ?? string.Empty, ValueFormat.Raw(h.Score), ValueFormat.Raw(h.Low), ValueFormat.Raw(h.High)])]));
    }
}
