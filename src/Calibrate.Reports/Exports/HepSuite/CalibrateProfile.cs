using System.Text.Json.Serialization;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// `profiles.calibrate`: the result's stored estimate as the suite's single-figure profiles write one (its DB12 profile:
/// `value` and `unit` "est. HS23"), with a `status`, the intervals and settings beside it, and one entry per kernel in
/// `benchmarks` shaped as the suite's per-workload entries (`run0`, `run1`, ... with `duration` and `report.wl-scores`).
/// </summary>
public sealed record CalibrateProfile
{
    /// <summary>Published: neither disturbed nor without an estimate.</summary>
    public const string Success = "success";

    /// <summary>The quality analysis found the run unfit to publish; the figures are there, for the record.</summary>
    public const string Disturbed = "disturbed";

    /// <summary>No calibration model was applied: no value, no unit.</summary>
    public const string NotEstimated = "not_estimated";

    /// <summary>The estimate, to <see cref="Core.Text.FigureDecimals.Rating"/> decimals; absent when not estimated.</summary>
    [JsonPropertyName("value")]
    public double? Value { get; init; }

    /// <summary>"est. HS23" or "est. HS06": the estimate's unit, marked an estimate as the suite marks DB12's.</summary>
    [JsonPropertyName("unit")]
    public string? Unit { get; init; }

    [JsonPropertyName("status")]
    public required string Status { get; init; }

    /// <summary>The prediction interval of <see cref="Value"/>, in its unit.</summary>
    [JsonPropertyName("interval")]
    public SuiteInterval? Interval { get; init; }

    [JsonPropertyName("cpu_factor")]
    public SuiteCpuFactor? CpuFactor { get; init; }

    [JsonPropertyName("node_score")]
    public required SuiteNodeScore NodeScore { get; init; }

    [JsonPropertyName("settings")]
    public required SuiteSettings Settings { get; init; }

    [JsonPropertyName("app_info")]
    public required IReadOnlyDictionary<string, string> AppInfo { get; init; }

    /// <summary>The quality analysis' conclusions, "severity: message".</summary>
    [JsonPropertyName("conclusions")]
    public required IReadOnlyList<string> Conclusions { get; init; }

    /// <summary>Per kernel: its node score, the sum over copies, under the kernel's name (the suite's wl-scores).</summary>
    [JsonPropertyName("wl-scores")]
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> WorkloadScores { get; init; }

    [JsonPropertyName("benchmarks")]
    public required IReadOnlyDictionary<string, SuiteBenchmark> Benchmarks { get; init; }
}

public sealed record SuiteInterval
{
    [JsonPropertyName("low")]
    public required double Low { get; init; }

    [JsonPropertyName("high")]
    public required double High { get; init; }

    /// <summary>Confidence level, 0.95.</summary>
    [JsonPropertyName("level")]
    public required double Level { get; init; }
}

/// <summary>The CPU factor with its interval: the figure per slot over the site's reference figure per slot.</summary>
public sealed record SuiteCpuFactor
{
    [JsonPropertyName("value")]
    public required double Value { get; init; }

    [JsonPropertyName("low")]
    public required double Low { get; init; }

    [JsonPropertyName("high")]
    public required double High { get; init; }

    [JsonPropertyName("slots")]
    public required int Slots { get; init; }

    [JsonPropertyName("reference_per_slot")]
    public required double ReferencePerSlot { get; init; }
}

/// <summary>
/// The node score the estimate was made from (the mean of the node's recent comparable runs, or this run's) and its
/// interval as a statement about the node; this run's own score where the estimate records no basis.
/// </summary>
public sealed record SuiteNodeScore
{
    [JsonPropertyName("value")]
    public required double Value { get; init; }

    [JsonPropertyName("low")]
    public double? Low { get; init; }

    [JsonPropertyName("high")]
    public double? High { get; init; }

    [JsonPropertyName("unit")]
    public required string Unit { get; init; }

    [JsonPropertyName("runs")]
    public required int Runs { get; init; }

    /// <summary>This run's own node score, unrounded: the sum over copies of each copy's geometric mean (copy_scores).</summary>
    [JsonPropertyName("this_run")]
    public required double ThisRun { get; init; }
}

public sealed record SuiteSettings
{
    [JsonPropertyName("profile")]
    public required string Profile { get; init; }

    [JsonPropertyName("copies")]
    public required int Copies { get; init; }

    [JsonPropertyName("repetitions")]
    public required int Repetitions { get; init; }

    [JsonPropertyName("precision_target")]
    public double? PrecisionTarget { get; init; }

    [JsonPropertyName("method")]
    public string Method { get; init; } = "geometric_mean";

    [JsonPropertyName("model_id")]
    public string? ModelId { get; init; }

    [JsonPropertyName("model_provisional")]
    public bool? ModelProvisional { get; init; }
}
