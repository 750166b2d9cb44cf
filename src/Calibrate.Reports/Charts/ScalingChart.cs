using Calibrate.Reports.Csv;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Sweep;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Chart 2: node score against the number of copies, one curve per pinning policy (colour and marker), the ideal
/// linear scaling from the best one-copy score (dashed), and the knee and the throughput-optimal copy count marked.
/// </summary>
public static class ScalingChart
{
    public const int Number = 2;

    /// <summary>The ideal line stops a little above the data so it cannot flatten the curves it is compared with.</summary>
    private const double IdealHeadroom = 1.15;

    public static Chart Build(IReadOnlyList<ScalingPoint> points, SweepResult? sweep = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("Chart 2 needs at least one point.", nameof(points));
        }

        sweep ??= SweepAnalysis.Analyse(points);
        var curves = SweepAnalysis.Curves(points);
        var maxCopies = points.Max(p => p.Copies);
        var top = points.Max(p => Math.Max(p.High, p.Score)) * IdealHeadroom;
        var low = Math.Min(0, points.Min(p => p.Low));
        var oneCopy = points.Where(p => p.Copies == 1).Select(p => p.Score).DefaultIfEmpty(0).Max();
        var y = Axis.Linear("Node score", ChartText.ScoreUnit, low, Math.Max(top / IdealHeadroom, oneCopy));
        var series = new List<Series>();
        if (oneCopy > 0)
        {
            var end = Math.Min(maxCopies, y.Max / oneCopy);
            series.Add(new LineSeries
            {
                Name = "Ideal linear scaling",
                Color = Palette.Grey,
                Dashed = true,
                Points = [new DataPoint(1, oneCopy), new DataPoint(end, oneCopy * end)],
            });
        }

        var index = 0;
        foreach (var (pinning, curve) in curves)
        {
            series.Add(new PointSeries
            {
                Name = $"pinning: {pinning}",
                Color = Palette.ForSeries(index),
                Marker = Palette.MarkerFor(index),
                Connect = true,
                Points = [.. curve.Select(p => new DataPoint(p.Copies, p.Score) { Low = p.Low, High = p.High })],
            });
            index++;
        }

        var annotations = new List<Annotation>();
        if (sweep.KneeCopies is { } knee)
        {
            annotations.Add(Annotation.Vertical(knee, $"knee: {ValueFormat.Count(knee)} (Kneedle)", Palette.Grey));
        }

        var range = sweep.OptimalLow == sweep.OptimalHigh ? string.Empty : $", {ValueFormat.Count(sweep.OptimalLow)}-{ValueFormat.Count(sweep.OptimalHigh)} equivalent";
        annotations.Add(Annotation.Vertical(sweep.OptimalCopies, $"optimum: {ValueFormat.Count(sweep.OptimalCopies)} copies{range}", Palette.Black));
        var figure = new Figure
        {
            Title = "Node score against number of copies, by pinning policy",
            Subtitle = $"Mean with {ChartText.Interval}; optimum = fewest copies within the maximum's interval ({sweep.BestPinning} pinning)",
            X = CopiesAxis(maxCopies),
            Y = y,
            Series = series,
            Annotations = annotations,
        };
        return new Chart(Number, "scaling", figure, Data(curves));
    }

    /// <summary>Copies are whole numbers: ticks at integers, never at 2.5.</summary>
    private static Axis CopiesAxis(int maxCopies)
    {
        var axis = Axis.Linear("Copies (concurrent benchmark processes)", "count", 0, Math.Max(maxCopies, 1));
        if (axis.Ticks.Count < 2 || axis.Ticks[1].Value - axis.Ticks[0].Value >= 1)
        {
            return axis;
        }

        var max = Math.Max(maxCopies, 1);
        return axis with { Min = 0, Max = max, Ticks = [.. Enumerable.Range(0, max + 1).Select(i => new Tick(i, ValueFormat.Count(i)))] };
    }

    private static CsvTable Data(IReadOnlyDictionary<string, IReadOnlyList<ScalingPoint>> curves) => new(
        ["pinning", "copies", "node_score", "low_95", "high_95"],
        [.. curves.SelectMany(c => c.Value).Select(p => (IReadOnlyList<string>)
            [p.Pinning, ValueFormat.Count(p.Copies), ValueFormat.Raw(p.Score), ValueFormat.Raw(p.Low), ValueFormat.Raw(p.High)])]);
}
