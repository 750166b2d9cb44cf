namespace Calibrate.Reports.Sweep;

/// <summary>
/// The answer to the job-slot question: under the best pinning policy, the fewest copies whose node score cannot be
/// told apart from the maximum (<see cref="OptimalCopies"/>), the range of copy counts that cannot either
/// (<see cref="OptimalLow"/>..<see cref="OptimalHigh"/>: the uncertainty), the maximum itself, and the knee.
/// </summary>
public sealed record SweepResult
{
    public const string MethodText =
        "optimum: fewest copies whose 95% interval reaches the maximum's lower bound (best pinning); "
        + "range: all copy counts with that property; knee: Kneedle (Satopaa et al. 2011, doi:10.1109/ICDCSW.2011.20) "
        + "on the rising part of the best pinning's curve";

    public required string BestPinning { get; init; }

    public required int OptimalCopies { get; init; }

    public required int OptimalLow { get; init; }

    public required int OptimalHigh { get; init; }

    public required int MaxCopies { get; init; }

    public required double MaxScore { get; init; }

    public required double MaxLow { get; init; }

    public required double MaxHigh { get; init; }

    public int? KneeCopies { get; init; }

    public required IReadOnlyList<PinningSummary> Pinnings { get; init; }

    public string Method { get; init; } = MethodText;
}
