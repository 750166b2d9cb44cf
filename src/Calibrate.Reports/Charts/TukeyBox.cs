using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Box-plot statistics: quartiles by linear interpolation between order statistics (Hyndman and Fan 1996, "Sample
/// quantiles in statistical packages", The American Statistician 50(4), 361-365, doi:10.2307/2684934, type 7, R's
/// default) and whiskers at the most extreme data within 1.5 IQR of the box (Tukey 1977, Exploratory Data Analysis).
/// </summary>
public static class TukeyBox
{
    public const double WhiskerFactor = 1.5;

    public static BoxStats Compute(double x, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("A box needs at least one value.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var (q1, median, q3) = (Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75));
        var iqr = q3 - q1;
        var low = sorted.First(v => v >= q1 - (WhiskerFactor * iqr));
        var high = sorted.Last(v => v <= q3 + (WhiskerFactor * iqr));
        return new BoxStats(x, q1, median, q3, low, high, sorted.Length);
    }

    /// <summary>Type 7: h = (n - 1) p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
