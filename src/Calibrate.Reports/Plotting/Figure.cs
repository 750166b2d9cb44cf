namespace Calibrate.Reports.Plotting;

/// <summary>
/// One chart as data: what is drawn, not where. Builders in Charts/ produce it from plain inputs, tests snapshot it as
/// JSON, and <see cref="Svg.SvgWriter"/> lays it out; keeping the model free of pixels makes the snapshots stable and
/// the charts reviewable without a renderer.
/// </summary>
public sealed record Figure
{
    /// <summary>Says what is compared, e.g. "Score per copy by configuration, 95% intervals".</summary>
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public required Axis X { get; init; }

    public required Axis Y { get; init; }

    /// <summary>Drawn in order: bands first keeps points and lines on top.</summary>
    public required IReadOnlyList<Series> Series { get; init; }

    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    public Legend Legend { get; init; } = Legend.Default;

    /// <summary>For a heat map: how values map to colours (shown as a colour key).</summary>
    public ColorScale? ColorScale { get; init; }

    public int Width { get; init; } = DefaultWidth;

    public int Height { get; init; } = DefaultHeight;

    /// <summary>16:9 at a size that stays readable when a report is projected in a review meeting.</summary>
    public const int DefaultWidth = 960;

    public const int DefaultHeight = 540;
}
