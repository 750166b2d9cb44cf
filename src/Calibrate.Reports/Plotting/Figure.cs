namespace Calibrate.Reports.Plotting;

/// <summary>
/// One chart as data: what is drawn, not where. Builders in Charts/ produce it from plain inputs, tests snapshot it as
/// JSON, and <see cref="Rendering.ChartRenderer"/> draws it with ScottPlot; keeping the model free of pixels and of
/// the plotting library makes the snapshots stable and the charts reviewable without a renderer.
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

    /// <summary>The drawing's size in pixels, within [<see cref="MinWidth"/>, <see cref="MaxWidth"/>].</summary>
    public int Width { get; init; } = DefaultWidth;

    /// <summary>Within [<see cref="MinHeight"/>, <see cref="MaxHeight"/>].</summary>
    public int Height { get; init; } = DefaultHeight;

    /// <summary>16:9 at a size that stays readable when a report is projected in a review meeting.</summary>
    public const int DefaultWidth = 960;

    public const int DefaultHeight = 540;

    /// <summary>Below 480 x 270 the title, the legend and 20 rotated labels no longer fit beside a readable plot area.</summary>
    public const int MinWidth = 480, MinHeight = 270;

    /// <summary>8K (7680 x 4320): larger adds nothing on any screen or slide, and the PNG would grow past 100 MB in memory.</summary>
    public const int MaxWidth = 7680, MaxHeight = 4320;
}
