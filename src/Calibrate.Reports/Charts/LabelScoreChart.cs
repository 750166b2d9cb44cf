using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Chart 1: score per copy by configuration label, mean with 95% interval, the baseline drawn as a black diamond with
/// its interval shaded across the plot, so "is this configuration distinguishable from bare metal?" is read off
/// directly: an interval that does not reach the grey band is.
/// </summary>
public static class LabelScoreChart
{
    public const int Number = 1;

    public static Chart Build(IReadOnlyList<LabelScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            throw new ArgumentException("Chart 1 needs at least one label.", nameof(scores));
        }

        var categories = scores.Select(s => s.Label).ToArray();
        var baseline = scores.FirstOrDefault(s => s.IsBaseline);
        var low = scores.Min(s => Math.Min(s.Low, s.Mean));
        var high = scores.Max(s => Math.Max(s.High, s.Mean));
        var series = new List<Series>();
        var annotations = new List<Annotation>();
        if (baseline is not null)
        {
            series.Add(new BandSeries
            {
                Name = $"Baseline {ChartText.Interval}",
                Color = Palette.Grey,
                Points = [new BandPoint(-0.5, baseline.Low, baseline.High), new BandPoint(categories.Length - 0.5, baseline.Low, baseline.High)],
                Opacity = 0.15,
            });
            annotations.Add(Annotation.Horizontal(baseline.Mean, $"baseline {baseline.Label}: {ValueFormat.Score(baseline.Mean)}", Palette.Black));
        }

        series.Add(new PointSeries
        {
            Name = $"Mean, {ChartText.Interval}",
            Color = Palette.Blue,
            Points = [.. scores.Select((s, i) => (s, i)).Where(t => !t.s.IsBaseline).Select(t => new DataPoint(t.i, t.s.Mean) { Low = t.s.Low, High = t.s.High })],
        });
        if (baseline is not null)
        {
            var index = Array.IndexOf([.. scores], baseline);
            series.Add(new PointSeries
            {
                Name = $"Baseline ({baseline.Label})",
                Color = Palette.Black,
                Marker = Marker.Diamond,
                Points = [new DataPoint(index, baseline.Mean) { Low = baseline.Low, High = baseline.High }],
            });
        }

        var figure = new Figure
        {
            Title = "Score per copy by configuration label",
            Subtitle = baseline is null
                ? $"Mean with {ChartText.Interval} over runs"
                : $"Mean with {ChartText.Interval} over runs; shaded: the baseline's interval ({baseline.Label})",
            X = Axis.Category("Configuration label", categories),
            Y = Axis.Linear("Score per copy", ChartText.ScoreUnit, low, high),
            Series = series,
            Annotations = annotations,
        };
        return new Chart(Number, "score-by-label", figure, Data(scores));
    }

    public static CsvTable Data(IReadOnlyList<LabelScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new CsvTable(
            ["label", "n", "mean_score_per_copy", "low_95", "high_95", "is_baseline", "ratio_to_baseline", "ratio_low_95", "ratio_high_95", "p_value"],
            [.. scores.Select(s => (IReadOnlyList<string>)
            [
                s.Label, ValueFormat.Count(s.N), ValueFormat.Raw(s.Mean), ValueFormat.Raw(s.Low), ValueFormat.Raw(s.High),
                s.IsBaseline ? "true" : "false", ValueFormat.Raw(s.Ratio), ValueFormat.Raw(s.RatioLow), ValueFormat.Raw(s.RatioHigh),
                ValueFormat.Raw(s.PValue),
            ])]);
    }
}
