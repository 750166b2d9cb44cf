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
    /// ν is lowered where Welch–Satterthwaite's would make the <see cref="GuardLevel"/> interval narrower than either
    /// term's own (<see cref="WelchSatterthwaite.DfNeverNarrowerThanEither"/>; found by an induced-noise run, 2026-12-02).
    /// </remarks>
    public (double U, double Df) Combine(double nodeScore, double withinRunU, double withinRunDf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeScore);
        ArgumentOutOfRangeException.ThrowIfNegative(withinRunU);
        var within = withinRunU * withinRunU;
        var between = RelativeStandardDeviation * nodeScore * RelativeStandardDeviation * nodeScore;
        return (Math.Sqrt(within + between), WelchSatterthwaite.DfNeverNarrowerThanEither(within, withinRunDf, between, DegreesOfFreedom, GuardLevel));
    }
}
