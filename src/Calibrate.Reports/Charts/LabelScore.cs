namespace Calibrate.Reports.Charts;

/// <summary>
/// Input of chart 1 and of the summary table: one configuration label's mean score per copy with its 95% interval
/// over <see cref="N"/> runs, and (for non-baseline labels) its ratio to the baseline with that ratio's interval.
/// </summary>
public sealed record LabelScore(string Label, double Mean, double Low, double High, int N, bool IsBaseline)
{
    public double? Ratio { get; init; }

    public double? RatioLow { get; init; }

    public double? RatioHigh { get; init; }

    /// <summary>Welch's test p-value against the baseline, where computed.</summary>
    public double? PValue { get; init; }
}
