namespace Calibrate.Reports.Sweep;

/// <summary>
/// The knee of an increasing, concave curve: the point furthest above the straight line from its first to its last
/// point, after both axes are scaled to [0, 1]. For a throughput curve it is where adding copies stops paying nearly
/// linearly (physical cores used up, SMT siblings or memory bandwidth take over).
/// </summary>
/// <remarks>
/// Satopää, V., Albrecht, J., Irwin, D. and Raghavan, B. (2011). "Finding a 'Kneedle' in a Haystack: Detecting Knee
/// Points in System Behavior". 31st International Conference on Distributed Computing Systems Workshops, pp. 166-171,
/// doi:10.1109/ICDCSW.2011.20. Offline form: x_n = (x - x_min)/(x_max - x_min), y_n likewise, difference
/// d = y_n - x_n, knee at argmax d. No smoothing: the sweep has one point per copy count, already averaged.
/// </remarks>
public static class Kneedle
{
    /// <summary>At least three points: with two, every point lies on the chord.</summary>
    public const int MinimumPoints = 3;

    /// <summary>The x of the knee, or null when there are too few points or the curve never rises above its chord.</summary>
    public static double? Find(IReadOnlyList<(double X, double Y)> curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.Count < MinimumPoints)
        {
            return null;
        }

        var sorted = curve.OrderBy(p => p.X).ToArray();
        var (x0, x1) = (sorted[0].X, sorted[^1].X);
        var (y0, y1) = (sorted.Min(p => p.Y), sorted.Max(p => p.Y));
        if (x1 <= x0 || y1 <= y0)
        {
            return null;
        }

        double? knee = null;
        var best = 0.0;
        foreach (var (x, y) in sorted)
        {
            var d = ((y - y0) / (y1 - y0)) - ((x - x0) / (x1 - x0));
            if (d > best)
            {
                best = d;
                knee = x;
            }
        }

        return knee;
    }
}
