namespace Calibrate.Statistics.Intervals;

/// <summary>
/// Effective degrees of freedom of a sum of two independent variance terms, each with its own df (Satterthwaite,
/// Biometrics Bulletin 2 (1946) 110–114, doi:10.2307/3002019; JCGM 100:2008 (GUM) G.4.1).
/// </summary>
public static class WelchSatterthwaite
{
    /// <summary>ν = (v₁ + v₂)² / (v₁²/ν₁ + v₂²/ν₂); ∞ when both are ∞ or both variances are zero.</summary>
    public static double Df(double v1, double df1, double v2, double df2)
    {
        var denominator = (double.IsPositiveInfinity(df1) ? 0 : v1 * v1 / df1) + (double.IsPositiveInfinity(df2) ? 0 : v2 * v2 / df2);
        return denominator > 0 ? (v1 + v2) * (v1 + v2) / denominator : double.PositiveInfinity;
    }

    /// <summary>
    /// <see cref="Df"/>, lowered where needed to the largest df at which the <paramref name="level"/> interval of the sum,
    /// t_ν √(v₁ + v₂), is no narrower than either term's own, t_νᵢ √vᵢ (never below the smaller df of a nonzero term).
    /// </summary>
    /// <remarks>
    /// ν can exceed either term's df, and then t_ν √(v₁ + v₂) can fall below a term's own interval: with u₁ = 7.1% at
    /// 2.64 df and u₂ = 17.3% at 4 df, ν = 5.2 and the 95% half-width 47.5% is under the second term's own 48.0%. The
    /// approximation is only that (Hall and Willink, "Does 'Welch-Satterthwaite' make a good uncertainty estimate?",
    /// Metrologia 38 (2001) 9–15, doi:10.1088/0026-1394/38/1/2), and an interval must never be narrower than what one of
    /// its parts supports on its own. t_ν is decreasing in ν, and at the smaller term df the sum already holds both
    /// (√(v₁ + v₂) ≥ √vᵢ), so the df is found by bisection between the two.
    /// </remarks>
    public static double DfNeverNarrowerThanEither(double v1, double df1, double v2, double df2, double level)
    {
        var df = Df(v1, df1, v2, df2);
        var u = Math.Sqrt(v1 + v2);
        (double V, double Df)[] terms = [.. new[] { (v1, df1), (v2, df2) }.Where(t => t.Item1 > 0)];
        if (terms.Length == 0)
        {
            return df;
        }

        var needed = terms.Max(t => StudentTQuantile.TwoSided(level, t.Df) * Math.Sqrt(t.V));
        if (StudentTQuantile.TwoSided(level, df) * u >= needed)
        {
            return df;
        }

        var low = terms.Min(t => t.Df);
        var high = double.IsPositiveInfinity(df) ? 1e6 : df;
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            if (StudentTQuantile.TwoSided(level, middle) * u >= needed)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
