using Calibrate.Reports.Charts;

namespace Calibrate.Reports.Sweep;

/// <summary>
/// Pure analysis of a layout sweep (copies x pinning policies on one node). Throughput per node rises with copies
/// until the node saturates, then stays flat or falls; job slots beyond the point where the gain is within the noise
/// only add memory pressure and make each job slower. So the recommendation is the smallest copy count whose interval
/// reaches the maximum's interval, not the arg-max (which the noise chooses among near-equal counts).
/// </summary>
public static class SweepAnalysis
{
    public static SweepResult Analyse(IReadOnlyList<ScalingPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A sweep needs at least one point.", nameof(points));
        }

        var curves = Curves(points);
        var summaries = curves.Select(c => Summarise(c.Key, c.Value)).ToArray();
        var best = summaries.OrderByDescending(s => s.MaxScore).ThenBy(s => s.Pinning, StringComparer.Ordinal).First();
        var curve = curves[best.Pinning];
        var max = curve.First(p => p.Copies == best.MaxCopies);
        var within = curve.Where(p => p.High >= max.Low).Select(p => p.Copies).ToArray();
        return new SweepResult
        {
            BestPinning = best.Pinning,
            OptimalCopies = within.Min(),
            OptimalLow = within.Min(),
            OptimalHigh = within.Max(),
            MaxCopies = max.Copies,
            MaxScore = max.Score,
            MaxLow = max.Low,
            MaxHigh = max.High,
            KneeCopies = best.KneeCopies,
            Pinnings = summaries,
        };
    }

    /// <summary>
    /// One point per copy count and policy, sorted by copies. Repeated runs of the same cell are averaged, interval
    /// bounds included: a simplification the caller avoids by passing one aggregated point per cell.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ScalingPoint>> Curves(IReadOnlyList<ScalingPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points
            .GroupBy(p => p.Pinning, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ScalingPoint>)[.. g.GroupBy(p => p.Copies).OrderBy(c => c.Key)
                    .Select(c => new ScalingPoint(g.Key, c.Key, c.Average(p => p.Score), c.Average(p => p.Low), c.Average(p => p.High)))],
                StringComparer.Ordinal);
    }

    private static PinningSummary Summarise(string pinning, IReadOnlyList<ScalingPoint> curve)
    {
        var max = curve.OrderByDescending(p => p.Score).ThenBy(p => p.Copies).First();
        var rising = curve.Where(p => p.Copies <= max.Copies).Select(p => ((double)p.Copies, p.Score)).ToArray();
        var knee = Kneedle.Find(rising);
        return new PinningSummary(pinning, max.Score, max.Copies, knee is { } k ? (int)k : null);
    }
}
