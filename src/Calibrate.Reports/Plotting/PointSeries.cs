using System.Text.Json.Serialization;

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

    /// <summary>
    /// Point labels keep clear of every marker, line and band of the figure, moving away along the diagonal with a leader
    /// line where the corners next to the point are taken: for a few named points drawn over a fit and its band.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool LabelsClearOfData { get; init; }
}
