namespace Calibrate.Statistics.Descriptive;

/// <summary>
/// Sarle's sample bimodality coefficient: BC = (g² + 1) / (κ + 3 (n − 1)² / ((n − 2)(n − 3))), with g the
/// bias-corrected sample skewness G₁ and κ the bias-corrected sample excess kurtosis G₂; BC &gt; 5/9 (the value of
/// a uniform distribution) suggests bimodality.
/// </summary>
/// <remarks>
/// SAS Institute, SAS/STAT User's Guide (1990), PROC CLUSTER; analysed by Pfister et al., "Good things peak in pairs:
/// a note on the bimodality coefficient", Frontiers in Psychology 4 (2013) 700, doi:10.3389/fpsyg.2013.00700, who
/// note that heavy skew alone can raise BC: a finding from it is a hint, not a verdict. G₁ and G₂ as in Joanes and
/// Gill (1998), doi:10.1111/1467-9884.00122 (scipy.stats.skew/kurtosis with bias=False).
/// </remarks>
public static class BimodalityCoefficient
{
    /// <summary>5/9: the coefficient of a uniform distribution, Sarle's benchmark.</summary>
    public const double UniformBenchmark = 5.0 / 9.0;

    /// <summary>The fewest values G₂ is defined for.</summary>
    public const int MinimumCount = 4;

    public static double Of(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        if (n < MinimumCount)
        {
            throw new ArgumentException($"the bimodality coefficient needs at least {MinimumCount} values", nameof(values));
        }

        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }

        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (m2 == 0)
        {
            return double.NaN;
        }

        var g1 = m3 / Math.Pow(m2, 1.5);
        var skew = Math.Sqrt(n * (n - 1.0)) / (n - 2.0) * g1;
        var g2 = (m4 / (m2 * m2)) - 3.0;
        var excessKurtosis = (n - 1.0) / ((n - 2.0) * (n - 3.0)) * (((n + 1.0) * g2) + 6.0);
        var correction = 3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
        return ((skew * skew) + 1.0) / (excessKurtosis + correction);
    }
}
