namespace Calibrate.Reports.Charts;

/// <summary>
/// Input of chart 6: one run of one node, when it started (UTC), its node score with interval, its label, and what
/// makes two runs' scores comparable: the number of copies and the profile.
/// </summary>
public sealed record HistoryPoint(DateTimeOffset TimeUtc, double Score)
{
    public double? Low { get; init; }

    public double? High { get; init; }

    public string? Label { get; init; }

    public int? Copies { get; init; }

    public string? Profile { get; init; }
}
