using Calibrate.Core.Results;
using Calibrate.Reports.Charts;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Reports.Inputs;

/// <summary>
/// Scaling points from stored results: per (pinning, copies) the mean node score of the undisturbed runs with its
/// 95% t-interval, x̄ ± t_{n-1} s / √n (Student 1908); a cell with one run takes that run's own interval, if stored.
/// Empty unless the results span at least two copy counts: one copy count is no curve.
/// </summary>
public static class ScalingInput
{
    public const double Level = 0.95;

    public static IReadOnlyList<ScalingPoint> From(IReadOnlyList<ResultSummary> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var usable = results.Where(r => !r.Disturbed).ToArray();
        if (usable.Select(r => r.Copies).Distinct().Count() < 2)
        {
            return [];
        }

        return [.. usable
            .GroupBy(r => (r.Pinning, r.Copies))
            .OrderBy(g => g.Key.Pinning, StringComparer.Ordinal).ThenBy(g => g.Key.Copies)
            .Select(g => Point(g.Key.Pinning, g.Key.Copies, [.. g]))];
    }

    private static ScalingPoint Point(string pinning, int copies, ResultSummary[] runs)
    {
        var scores = runs.Select(r => r.NodeScore).ToArray();
        var mean = scores.Average();
        if (scores.Length == 1)
        {
            return new ScalingPoint(pinning, copies, mean, runs[0].ScoreLow ?? mean, runs[0].ScoreHigh ?? mean);
        }

        var variance = scores.Sum(s => (s - mean) * (s - mean)) / (scores.Length - 1);
        var half = StudentTQuantile.TwoSided(Level, scores.Length - 1) * Math.Sqrt(variance / scores.Length);
        return new ScalingPoint(pinning, copies, mean, mean - half, mean + half);
    }
}
