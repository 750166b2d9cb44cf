namespace Calibrate.Reports.Plotting;

/// <summary>A shaded region between two curves, e.g. a prediction band; translucent so data stays visible.</summary>
public sealed record BandSeries : Series
{
    public required IReadOnlyList<BandPoint> Points { get; init; }

    public double Opacity { get; init; } = DefaultOpacity;

    public const double DefaultOpacity = 0.2;
}
