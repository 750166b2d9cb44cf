namespace Calibrate.Statistics.Robust;

/// <summary>
/// Sample quantile by linear interpolation between order statistics: h = (n − 1) p, Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
/// (0-based order statistics).
/// </summary>
/// <remarks>
/// Definition 7 of Hyndman and Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50 (1996)
/// 361–365, doi:10.1080/00031305.1996.10473566; the default of R's quantile() and numpy.quantile.
/// </remarks>
public static class Type7Quantile
{
    /// <summary>The quantile of already sorted values.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("the quantile of no values", nameof(sorted));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }
}
