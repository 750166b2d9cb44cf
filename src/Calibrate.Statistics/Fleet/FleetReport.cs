namespace Calibrate.Statistics.Fleet;

/// <summary>Per CPU model the distribution of node scores, and the nodes below their peers (most negative z first).</summary>
public sealed record FleetReport
{
    public const string CriterionText =
        "latest undisturbed score per node; peers = same CPU model and copy count (at least 5 nodes); "
        + "outlier when the modified z-score 0.6745 (x - median) / max(MAD, 0.5% of median) < -3.5 (Iglewicz and Hoaglin 1993)";

    public required IReadOnlyList<CpuModelDistribution> Models { get; init; }

    public required IReadOnlyList<FleetOutlier> Outliers { get; init; }

    public string Criterion { get; init; } = CriterionText;
}
