namespace Calibrate.Reports.Charts;

/// <summary>
/// Horizontal jitter for strip plots, derived from the host name (FNV-1a, 32 bit) rather than a random generator: a
/// node keeps its place from one report to the next, and the output is byte-for-byte reproducible.
/// </summary>
public static class StableJitter
{
    private const uint OffsetBasis = 2166136261, Prime = 16777619;

    /// <summary>A value in [-1, 1) determined by <paramref name="key"/>.</summary>
    public static double Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = OffsetBasis;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return (hash / (double)uint.MaxValue * 2) - 1;
    }
}
