using System.Globalization;
using Calibrate.Core.Results;

namespace Calibrate.Statistics.Intervals;

/// <summary>
/// What an estimate knows of a node's score: the score (one run's, or the mean of the node's recent runs), its standard
/// uncertainty as a statement about the node, the degrees of freedom, how many runs it rests on, and how it was
/// formed. A boot figure rests on one run; once the node has more undisturbed results of the same hardware and plan,
/// its figure is their mean, and its interval narrows as 1/√n.
/// </summary>
/// <remarks>
/// One run: u² = u_w² + (σ Ŝ)², u_w the within-run standard uncertainty of its interval (half-width / t_ν of
/// <see cref="NodeScoreInterval"/>'s method; half-width / z for another method, which overstates u_w), σ the
/// run-to-run relative standard deviation (<see cref="Reproducibility"/>). n runs: ȳ their mean and u(ȳ) = σ ȳ / √n
/// with σ's degrees of freedom: σ is the scatter of whole runs, within-run noise included (GUM 4.2.3, the standard
/// deviation of the mean).
/// </remarks>
public sealed record ScoreEvidence(double Score, double U, double Df, int Runs, Reproducibility Reproducibility)
{
    /// <summary>One run's score with its interval (null: none could be computed, so only the run-to-run term).</summary>
    public static ScoreEvidence OfRun(double nodeScore, ScoreInterval? interval, Reproducibility reproducibility)
    {
        ArgumentNullException.ThrowIfNull(reproducibility);
        var (withinU, withinDf) = WithinRun(interval);
        var (u, df) = reproducibility.Combine(nodeScore, withinU, withinDf);
        return new ScoreEvidence(nodeScore, u, df, 1, reproducibility);
    }

    /// <summary>This run and the node's earlier comparable runs (most recent first); one run when there are none.</summary>
    public static ScoreEvidence OfRuns(double nodeScore, ScoreInterval? interval, IReadOnlyList<double> earlier, Reproducibility reproducibility)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(reproducibility);
        if (earlier.Count == 0)
        {
            return OfRun(nodeScore, interval, reproducibility);
        }

        var n = earlier.Count + 1;
        var mean = (nodeScore + earlier.Sum()) / n;
        return new ScoreEvidence(mean, reproducibility.RelativeStandardDeviation * mean / Math.Sqrt(n), reproducibility.DegreesOfFreedom, n, reproducibility);
    }

    /// <summary>u / Ŝ.</summary>
    public double RelativeU => U / Score;

    /// <summary>"1 run" or "mean of 4 runs", with where the run-to-run term comes from.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Runs == 1 ? "1 run" : $"mean of {Runs} runs")}; run-to-run ±{Reproducibility.RelativeStandardDeviation * 100:0.##}% from {Reproducibility.Source}");

    private static (double U, double Df) WithinRun(ScoreInterval? interval)
    {
        if (interval is null)
        {
            return (0, double.PositiveInfinity);
        }

        var half = (interval.High - interval.Low) / 2;
        var df = NodeScoreInterval.DegreesOfFreedomOf(interval.Method) ?? double.PositiveInfinity;
        return (half / StudentTQuantile.TwoSided(interval.Level, df), df);
    }
}
