using System.Text.Json.Serialization;

namespace Calibrate.Reports.Plotting;

/// <summary>
/// Something drawn in the plot area. The kinds are closed (the renderer draws each one) and the JSON names them in a
/// "kind" field so a snapshot reads as what the chart shows.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PointSeries), "points")]
[JsonDerivedType(typeof(LineSeries), "line")]
[JsonDerivedType(typeof(BandSeries), "band")]
[JsonDerivedType(typeof(HeatMapSeries), "heatmap")]
[JsonDerivedType(typeof(BoxSeries), "box")]
public abstract record Series
{
    /// <summary>The legend entry; null keeps the series out of the legend.</summary>
    public string? Name { get; init; }

    /// <summary>A colour from <see cref="Palette"/>, as #RRGGBB.</summary>
    public required string Color { get; init; }
}
