using Calibrate.Reports.Charts;

namespace Calibrate.Reports.Reports;

/// <summary>
/// Everything a report shows, already computed by the statistics: the reports only lay it out. Charts whose inputs
/// are empty are left out (a comparison of labels has no fleet chart).
/// </summary>
public sealed record ReportInput
{
    public required string Title { get; init; }

    public required DateTimeOffset GeneratedUtc { get; init; }

    /// <summary>How many stored results the figures come from.</summary>
    public required int ResultCount { get; init; }

    public string? Baseline { get; init; }

    public required IReadOnlyList<LabelScore> Labels { get; init; }

    public IReadOnlyList<ScalingPoint> Scaling { get; init; } = [];

    public IReadOnlyList<CalibrationPoint> CalibrationReferences { get; init; } = [];

    public CalibrationCurve? Calibration { get; init; }

    public IReadOnlyList<KernelRatioPoint> KernelRatios { get; init; } = [];

    public IReadOnlyList<FleetNode> Fleet { get; init; } = [];

    public string? HistoryHost { get; init; }

    public IReadOnlyList<HistoryPoint> History { get; init; } = [];

    /// <summary>Methods and caveats printed under the table (the statistics' method texts, excluded runs).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
