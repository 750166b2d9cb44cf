using Calibrate.Statistics.Descriptive;

namespace Calibrate.Statistics.Comparison;

/// <summary>
/// A label's mean score per copy with the variance of that mean and its degrees of freedom: from n ≥ 2 runs, s²/n with
/// n − 1 df; from one run, that run's own interval combined with the run-to-run term (<see cref="Intervals.ScoreEvidence"/>),
/// so a label measured once still gets an interval, and never a narrower one than one run supports.
/// </summary>
public readonly record struct MeanEvidence(double Mean, double Variance, double DegreesOfFreedom, int Runs)
{
    public static MeanEvidence Of(SampleMoments moments) =>
        new(moments.Mean, moments.Variance / moments.Count, moments.Count - 1, moments.Count);

    public double StandardError => Math.Sqrt(Variance);
}
