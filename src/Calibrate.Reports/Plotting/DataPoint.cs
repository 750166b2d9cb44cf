namespace Calibrate.Reports.Plotting;

/// <summary>A value with an optional interval (drawn as an error bar) and an optional label for the point itself.</summary>
public sealed record DataPoint(double X, double Y)
{
    public double? Low { get; init; }

    public double? High { get; init; }

    /// <summary>Text next to the point (a reference node's name); placed only where it collides with nothing.</summary>
    public string? Label { get; init; }

    /// <summary>Drawn in the highlight colour (an outlier, the baseline).</summary>
    public bool Highlight { get; init; }
}
