using Calibrate.Statistics.Descriptive;

namespace Calibrate.Statistics.Comparison;

/// <summary>
/// Hedges' g: g = J · (x̄₁ − x̄₂) / s_p, s_p = √(((n₁ − 1)s₁² + (n₂ − 1)s₂²) / (n₁ + n₂ − 2)), J = 1 − 3 / (4(n₁ + n₂) − 9).
/// </summary>
/// <remarks>
/// Hedges, "Distribution theory for Glass's estimator of effect size and related estimators", J. Educ. Stat. 6 (1981)
/// 107–128, doi:10.3102/10769986006002107 (J is his approximate small-sample correction).
/// </remarks>
public static class HedgesG
{
    public static double Of(SampleMoments a, SampleMoments b)
    {
        var df = a.Count + b.Count - 2;
        if (df < 1)
        {
            return double.NaN;
        }

        var pooled = Math.Sqrt((((a.Count - 1) * a.Variance) + ((b.Count - 1) * b.Variance)) / df);
        var j = 1 - (3.0 / ((4.0 * (a.Count + b.Count)) - 9));
        return pooled > 0 ? j * (a.Mean - b.Mean) / pooled : double.NaN;
    }
}
