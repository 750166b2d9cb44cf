namespace Calibrate.Statistics.Comparison;

/// <summary>A comparison of labels against one baseline, and the methods used (shown with the table and in --json).</summary>
public sealed record ComparisonReport
{
    public const string TestMethod = "Welch's unequal-variance t-test (two-sided)";
    public const string RatioMethod = "ratio of mean scores per copy, delta-method interval on the log scale, Welch-Satterthwaite df";
    public const string EffectSizeMethod = "Hedges' g (pooled SD, small-sample corrected)";

    public required string Baseline { get; init; }

    public required double Level { get; init; }

    public required int ExcludedDisturbed { get; init; }

    public required IReadOnlyList<LabelComparisonRow> Rows { get; init; }

    public string Test { get; init; } = TestMethod;

    public string Ratio { get; init; } = RatioMethod;

    public string EffectSize { get; init; } = EffectSizeMethod;
}
