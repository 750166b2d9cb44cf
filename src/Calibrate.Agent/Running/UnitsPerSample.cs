namespace Calibrate.Agent.Running;

/// <summary>
/// How many units of work each kernel's samples time: K = round(target / unit time), at least 1, from the median over
/// the copies of the unit time each measured at warm-up, the same K for every copy. A sample is then about the target
/// long on any node, so the number of samples a run takes does not depend on the node's speed, while the work behind
/// each unit, and so the score per unit against its reference, is the same everywhere.
/// </summary>
public static class UnitsPerSample
{
    /// <summary>No sample times more than this many units (a unit under 0.1 ms would mean a kernel has gone wrong).</summary>
    public const int Max = 1000;

    public static int[] Choose(IReadOnlyList<IReadOnlyList<double>> unitSecondsPerCopy, int kernels, TimeSpan target)
    {
        ArgumentNullException.ThrowIfNull(unitSecondsPerCopy);
        var units = new int[kernels];
        for (var k = 0; k < kernels; k++)
        {
            var times = unitSecondsPerCopy.Where(c => c.Count > k && c[k] > 0).Select(c => c[k]).Order().ToArray();
            var median = times.Length == 0 ? target.TotalSeconds : times[times.Length / 2];
            units[k] = (int)Math.Clamp(Math.Round(target.TotalSeconds / median, MidpointRounding.AwayFromZero), 1, Max);
        }

        return units;
    }
}
