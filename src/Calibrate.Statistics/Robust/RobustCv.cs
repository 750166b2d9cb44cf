using Calibrate.Core.Scoring;

namespace Calibrate.Statistics.Robust;

/// <summary>
/// The robust coefficient of variation: 1.4826 · MAD / median, a standard deviation over the median that one spike or
/// a slow stretch of a run cannot inflate the way it inflates s / x̄.
/// </summary>
/// <remarks>
/// MAD scaled to σ under normality: Rousseeuw and Croux, JASA 88 (1993) 1273–1283, doi:10.1080/01621459.1993.10476408;
/// see <see cref="MedianAbsoluteDeviation"/>. NaN for fewer than 3 values (it says nothing about spread then).
/// </remarks>
public static class RobustCv
{
    public static double Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 3)
        {
            return double.NaN;
        }

        var array = values.ToArray();
        var median = SampleMedian.Of(array);
        return median > 0 ? MedianAbsoluteDeviation.NormalConsistency * MedianAbsoluteDeviation.Raw(array, median) / median : double.NaN;
    }
}
