namespace Calibrate.Statistics.Intervals;

/// <summary>
/// Between-run reproducibility of the node score: a run's score varies from run to run by a relative standard
/// deviation <see cref="RelativeStandardDeviation"/> that no within-run interval can see. The standard uncertainty of a
/// single run's score for what the node delivers in general is u = √(u_w² + (CV·Ŝ)²), u_w the within-run term,
/// with ν by Welch–Satterthwaite.
/// </summary>
/// <remarks>
/// Source: 10 back-to-back `calibrate run` quick-profile runs on an AMD EPYC Zen 5 2-vCPU KVM guest on a shared host,
/// minutes apart (TestData/node_scores_back_to_back.csv): sample CV 0.833% with 9 df. Their within-run 95% relative
/// half-widths (0.38–2.18%) left 4 of the 10 runs' intervals away from the 10-run mean: the host's throughput drifts
/// between runs on a time scale longer than one run (ARCHITECTURE.md, "Noise on machines like this one": 1.0–1.4%
/// run-to-run CV for fixed work on this kind of machine). Repeatability and reproducibility conditions: JCGM 200:2012
/// (VIM) 2.21, 2.25; combination in quadrature: JCGM 100:2008 (GUM) 5.1.2; Satterthwaite, Biometrics Bulletin 2 (1946)
/// 110–114, doi:10.2307/3002019. The within-run interval stays what `--precision` targets; this term is added where a
/// score is used as a statement about the node (the HS06 estimate).
/// </remarks>
public static class RunToRunReproducibility
{
    /// <summary>Relative standard deviation of the node score between runs, from the 10-run measurement; see remarks.</summary>
    public const double RelativeStandardDeviation = 0.0083;

    /// <summary>Degrees of freedom of <see cref="RelativeStandardDeviation"/>: 10 runs, less one.</summary>
    public const double DegreesOfFreedom = 9;

    /// <summary>
    /// u and ν of a run's score Ŝ, given the within-run standard uncertainty and its df (0 and ∞ when there is none).
    /// </summary>
    public static (double U, double Df) Combine(double nodeScore, double withinRunU, double withinRunDf)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeScore);
        ArgumentOutOfRangeException.ThrowIfNegative(withinRunU);
        var within = withinRunU * withinRunU;
        var between = RelativeStandardDeviation * nodeScore * RelativeStandardDeviation * nodeScore;
        var denominator = (double.IsPositiveInfinity(withinRunDf) ? 0 : within * within / withinRunDf) + (between * between / DegreesOfFreedom);
        return (Math.Sqrt(within + between), (within + between) * (within + between) / denominator);
    }
}
