namespace Calibrate.Reports.Plotting;

/// <summary>Points with optional error bars (intervals), optionally joined by a line.</summary>
public sealed record PointSeries : Series
{
    public required IReadOnlyList<DataPoint> Points { get; init; }

    public Marker Marker { get; init; } = Marker.Circle;

    public bool Connect { get; init; }

    /// <summary>Colour of highlighted points, e.g. <see cref="Palette.Vermillion"/> for outliers.</summary>
    public string? HighlightColor { get; init; }

    /// <summary>Marker radius in px; small for strips of hundreds of nodes.</summary>
    public double Size { get; init; } = DefaultSize;

    public const double DefaultSize = 4;
}
