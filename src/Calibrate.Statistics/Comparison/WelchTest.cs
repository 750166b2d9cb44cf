using Calibrate.Statistics.Descriptive;
using MathNet.Numerics.Distributions;

namespace Calibrate.Statistics.Comparison;

/// <summary>
/// Welch's unequal-variance t-test: t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂), ν = (s₁²/n₁ + s₂²/n₂)² /
/// ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)), two-sided p = 2 (1 − F_ν(|t|)).
/// </summary>
/// <remarks>
/// Welch, "The generalization of 'Student's' problem when several different population variances are involved",
/// Biometrika 34 (1947) 28–35, doi:10.1093/biomet/34.1-2.28. Chosen over Mann–Whitney because the ratio and its interval
/// are about means, run scores are close to normal, and labels often have few runs, where Mann–Whitney's p cannot go
/// below 2/C(n₁+n₂, n₁). scipy.stats.ttest_ind(equal_var=False) is the reference.
/// </remarks>
public static class WelchTest
{
    public static (double T, double DegreesOfFreedom, double P) Of(SampleMoments a, SampleMoments b) => Of(MeanEvidence.Of(a), MeanEvidence.Of(b));

    /// <summary>The same with each mean's variance and df given (a label measured once: <see cref="MeanEvidence"/>).</summary>
    public static (double T, double DegreesOfFreedom, double P) Of(MeanEvidence a, MeanEvidence b)
    {
        var va = a.Variance;
        var vb = b.Variance;
        var se = Math.Sqrt(va + vb);
        if (!(se > 0) || !(a.DegreesOfFreedom > 0) || !(b.DegreesOfFreedom > 0))
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var t = (a.Mean - b.Mean) / se;
        var df = (va + vb) * (va + vb) / ((va * va / a.DegreesOfFreedom) + (vb * vb / b.DegreesOfFreedom));
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        return (t, df, p);
    }
}
