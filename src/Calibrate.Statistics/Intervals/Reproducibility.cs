namespace Calibrate.Statistics.Intervals;

/// <summary>
/// How much a node's score moves from run to run, beyond what one run's interval sees: a relative standard deviation
/// with its degrees of freedom and where it comes from (this node's history, the site's nodes of the same kind, or the
/// stated default). The standard uncertainty of a run's score as a statement about the node is
/// u = √(u_w² + (σ·Ŝ)²), u_w the within-run term, with ν by Welch–Satterthwaite.
/// </summary>
/// <remarks>
/// Repeatability and reproducibility conditions: JCGM 200:2012 (VIM) 2.21, 2.25; combination in quadrature: JCGM
/// 100:2008 (GUM) 5.1.2; effective degrees of freedom: Satterthwaite, Biometrics Bulletin 2 (1946) 110–114,
/// doi:10.2307/3002019. The within-run interval cannot see host drift slower than a run (the development VM: ten
/// back-to-back runs scattered by 0.83% while 4 of their 10 within-run intervals missed the mean), so every estimate
/// carries this term.
/// </remarks>
public sealed record Reproducibility(double RelativeStandardDeviation, double DegreesOfFreedom, string Source)
{
    /// <summary>
    /// The level at which <see cref="Combine"/> guarantees that the combined interval is no narrower than either
    /// term's own: the level every interval of Calibrate is given at.
    /// </summary>
    public const double GuardLevel = 0.95;

    /// <summary>u and ν of a run's score Ŝ, given the within-run standard uncertainty and its df (0 and ∞ when there is none).</summary>
    /// <remarks>
    /// Welch–Satterthwaite's ν can exceed either term's, and then t_ν·u can fall below a term's own t_νᵢ·uᵢ: with
    /// u_w = 7.1% at 2.64 df and σ = 17.3% at 4 df, ν = 5.2 and the 95% half-width 47.5% is under the run-to-run term's
    /// own 48.0% (an induced-noise run, 2026-12-02). The approximation is only that (Hall and Willink, "Does
    /// 'Welch-Satterthwaite' make a good uncertainty estimate?", Metrologia 38 (2001) 9–15,
    /// doi:10.1088/0026-1394/38/1/2), and an interval must never be narrower than what one of its parts supports on
    /// its own, so ν is lowered, where needed, to the largest df at which the <see cref="GuardLevel"/> interval holds
    /// each term's own.
    /// </remarks>
    public (double U, double Df) Combine(double nodeScore, double withinRunU, double withinRunDf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeScore);
        ArgumentOutOfRangeException.ThrowIfNegative(withinRunU);
        var within = withinRunU * withinRunU;
        var betweenU = RelativeStandardDeviation * nodeScore;
        var between = betweenU * betweenU;
        var denominator = (double.IsPositiveInfinity(withinRunDf) ? 0 : within * within / withinRunDf)
            + (double.IsPositiveInfinity(DegreesOfFreedom) ? 0 : between * between / DegreesOfFreedom);
        var total = within + between;
        var u = Math.Sqrt(total);
        var df = denominator > 0 ? total * total / denominator : double.PositiveInfinity;
        return (u, u > 0 ? Guarded(u, df, (withinRunU, withinRunDf), (betweenU, DegreesOfFreedom)) : df);
    }

    private static double Guarded(double u, double df, params (double U, double Df)[] terms)
    {
        var needed = terms.Where(t => t.U > 0).Max(t => StudentTQuantile.TwoSided(GuardLevel, t.Df) * t.U);
        if (StudentTQuantile.TwoSided(GuardLevel, df) * u >= needed)
        {
            return df;
        }

        // t_ν is decreasing in ν, and at the smallest term df the interval already holds every term (u ≥ uᵢ).
        var low = terms.Where(t => t.U > 0).Min(t => t.Df);
        var high = double.IsPositiveInfinity(df) ? 1e6 : df;
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            if (StudentTQuantile.TwoSided(GuardLevel, middle) * u >= needed)
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
