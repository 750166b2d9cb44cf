namespace Calibrate.Statistics.Comparison;

/// <summary>
/// One label against the baseline: mean score per copy with its t-interval, the ratio to the baseline with its
/// log-ratio interval, Welch's test and Hedges' g, and per-kernel ratios sorted from the largest loss. Undefined values
/// (fewer than two runs, zero variance) are NaN.
/// </summary>
public sealed record LabelComparisonRow
{
    public required string Label { get; init; }

    public required int N { get; init; }

    public required double MeanScorePerCopy { get; init; }

    public required double StandardDeviation { get; init; }

    public required double MeanLow { get; init; }

    public required double MeanHigh { get; init; }

    /// <summary>How the interval was formed: over the runs, or, for a label measured once, that run's interval and the run-to-run term.</summary>
    public required string IntervalBasis { get; init; }

    public required double Ratio { get; init; }

    public required double RatioLow { get; init; }

    public required double RatioHigh { get; init; }

    public required double WelchT { get; init; }

    public required double WelchDegreesOfFreedom { get; init; }

    public required double PValue { get; init; }

    public required double HedgesG { get; init; }

    public required IReadOnlyList<KernelRatio> Kernels { get; init; }
}
