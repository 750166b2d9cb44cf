using Calibrate.Core.Scoring;

namespace Calibrate.Statistics.Robust;

/// <summary>
/// Modified z-score: M_i = 0.6745 (x_i − x̃) / MAD, with x̃ the median and MAD the raw median absolute deviation;
/// |M_i| &gt; 3.5 labels a potential outlier.
/// </summary>
/// <remarks>
/// Iglewicz and Hoaglin, "How to Detect and Handle Outliers", ASQC Basic References in Quality Control vol. 16 (1993),
/// section 3.3 (the 0.6745 factor is Φ⁻¹(0.75); the 3.5 cut-off is their recommendation). Leys et al. (2013),
/// doi:10.1016/j.jesp.2013.03.013, argue for the same MAD-based rule over mean ± 3 SD.
/// </remarks>
public static class ModifiedZScore
{
    /// <summary>Φ⁻¹(0.75), the constant of Iglewicz and Hoaglin.</summary>
    public const double Constant = 0.6745;

    /// <summary>Iglewicz and Hoaglin's recommended cut-off on |M|.</summary>
    public const double OutlierCutoff = 3.5;

    /// <summary>
    /// The score of <paramref name="value"/>; when MAD is zero, ±∞ for values off the median and 0 on it.
    /// </summary>
    public static double Of(double value, double median, double mad)
    {
        var deviation = value - median;
        if (mad > 0)
        {
            return Constant * deviation / mad;
        }

        return deviation == 0 ? 0 : deviation > 0 ? double.PositiveInfinity : double.NegativeInfinity;
    }

    /// <summary>All scores of a sample against its own median and MAD.</summary>
    public static double[] All(ReadOnlySpan<double> values)
    {
        var median = SampleMedian.Of(values);
        var mad = MedianAbsoluteDeviation.Raw(values, median);
        var scores = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            scores[i] = Of(values[i], median, mad);
        }

        return scores;
    }
}
