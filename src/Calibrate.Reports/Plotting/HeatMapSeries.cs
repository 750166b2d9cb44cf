namespace Calibrate.Reports.Plotting;

/// <summary>Cells coloured by <see cref="Figure.ColorScale"/>, with the value printed where it fits.</summary>
public sealed record HeatMapSeries : Series
{
    public required IReadOnlyList<HeatCell> Cells { get; init; }
}
