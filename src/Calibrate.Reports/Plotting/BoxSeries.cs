namespace Calibrate.Reports.Plotting;

/// <summary>Distributions per category: box plots, with the individual values drawn by a separate strip of points.</summary>
public sealed record BoxSeries : Series
{
    public required IReadOnlyList<BoxStats> Boxes { get; init; }
}
