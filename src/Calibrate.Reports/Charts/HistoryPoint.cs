namespace Calibrate.Reports.Charts;

/// <summary>Input of chart 6: one run of one node, when it started (UTC), its node score with interval, and its label.</summary>
public sealed record HistoryPoint(DateTimeOffset TimeUtc, double Score)
{
    public double? Low { get; init; }

    public double? High { get; init; }

    public string? Label { get; init; }
}
