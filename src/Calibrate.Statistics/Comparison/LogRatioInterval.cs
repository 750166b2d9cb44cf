using Calibrate.Statistics.Descriptive;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Comparison;

/// <summary>
/// Interval of a ratio of means r = x̄_t / x̄_b by the delta method on the log scale:
/// SE(ln r) = √(s_t²/(n_t x̄_t²) + s_b²/(n_b x̄_b²)), interval r · exp(±t_ν SE), ν by Welch–Satterthwaite on the two
/// terms. Swapping target and baseline maps the interval [L, H] to [1/H, 1/L] exactly.
/// </summary>
/// <remarks>
/// Delta method for a log ratio: e.g. Hirschberg and Lye, "A geometric comparison of the delta and Fieller confidence
/// intervals", The American Statistician 64 (2010) 234–241, doi:10.1198/tast.2010.08130, who show it close to Fieller's
/// when the denominator is estimated precisely (run-score CVs of a few percent).
/// </remarks>
public static class LogRatioInterval
{
    public static (double Ratio, double Low, double High) Of(SampleMoments target, SampleMoments baseline, double level) =>
        target.Count < 2 || baseline.Count < 2
            ? (target.Mean / baseline.Mean, double.NaN, double.NaN)
            : Of(MeanEvidence.Of(target), MeanEvidence.Of(baseline), level);

    /// <summary>The same with each mean's variance and df given (a label measured once: <see cref="MeanEvidence"/>).</summary>
    public static (double Ratio, double Low, double High) Of(MeanEvidence target, MeanEvidence baseline, double level)
    {
        var ratio = target.Mean / baseline.Mean;
        var vt = target.Variance / (target.Mean * target.Mean);
        var vb = baseline.Variance / (baseline.Mean * baseline.Mean);
        if (!(vt + vb > 0) || !(target.DegreesOfFreedom > 0) || !(baseline.DegreesOfFreedom > 0))
        {
            return (ratio, double.NaN, double.NaN);
        }

        var df = (vt + vb) * (vt + vb) / ((vt * vt / target.DegreesOfFreedom) + (vb * vb / baseline.DegreesOfFreedom));
        var half = StudentTQuantile.TwoSided(level, df) * Math.Sqrt(vt + vb);
        return (ratio, ratio * Math.Exp(-half), ratio * Math.Exp(half));
    }
}
