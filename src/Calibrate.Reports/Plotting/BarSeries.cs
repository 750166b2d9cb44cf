namespace Calibrate.Reports.Plotting;

/// <summary>
/// Bars on a category axis (X = category index). Grouped bars are several series with the same <see cref="Slots"/>
/// and distinct <see cref="Slot"/>: the writer splits each category's width into that many slots.
/// </summary>
public sealed record BarSeries : Series
{
    public required IReadOnlyList<DataPoint> Bars { get; init; }

    public int Slot { get; init; }

    public int Slots { get; init; } = 1;

    /// <summary>The value bars grow from (1 for ratios, 0 for scores).</summary>
    public double BaseValue { get; init; }
}
