using Calibrate.Core.Scoring;

namespace Calibrate.Statistics.Robust;

/// <summary>
/// Median absolute deviation: MAD = median_i |x_i − median(x)| (raw, unscaled).
/// </summary>
/// <remarks>
/// Hampel, "The influence curve and its role in robust estimation", JASA 69 (1974) 383–393,
/// doi:10.1080/01621459.1974.10482962. Multiply by <see cref="NormalConsistency"/> (1/Φ⁻¹(3/4)) for a consistent
/// estimator of σ under normality (Leys et al., J. Exp. Soc. Psychol. 49 (2013) 764–766, doi:10.1016/j.jesp.2013.03.013);
/// scipy.stats.median_abs_deviation(scale="normal") is the scaled form.
/// </remarks>
public static class MedianAbsoluteDeviation
{
    /// <summary>1 / Φ⁻¹(0.75) = 1.482602218505602.</summary>
    public const double NormalConsistency = 1.482602218505602;

    public static double Raw(ReadOnlySpan<double> values) => Raw(values, SampleMedian.Of(values));

    public static double Raw(ReadOnlySpan<double> values, double median)
    {
        var deviations = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            deviations[i] = Math.Abs(values[i] - median);
        }

        return SampleMedian.OfInPlace(deviations);
    }

    /// <summary>The MAD scaled to estimate σ of a normal distribution.</summary>
    public static double Scaled(ReadOnlySpan<double> values) => NormalConsistency * Raw(values);
}
