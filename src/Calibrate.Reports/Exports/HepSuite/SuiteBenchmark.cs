using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// One kernel in `profiles.calibrate.benchmarks`, shaped as the suite's per-workload entry: a weight, its arguments,
/// and `run0`, `run1`, ... one per repetition (the full profile's 3, else 1), each with the seconds its timed samples
/// took (`duration`, the mean over copies) and its score summed over copies (`report.wl-scores`), with the spread over
/// copies (`report.wl-stats`, as the suite's workloads report it). `copy_scores` are the stored per-copy scores the
/// node score is made of.
/// </summary>
public sealed record SuiteBenchmark
{
    /// <summary>Every kernel weighs the same in the geometric mean.</summary>
    [JsonPropertyName("weight")]
    public double Weight { get; init; } = 1.0;

    /// <summary>The kernels are Calibrate's: their version is the version of Calibrate that ran them.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("args")]
    public required SuiteBenchmarkArgs Args { get; init; }

    [JsonPropertyName("copy_scores")]
    public required IReadOnlyList<double> CopyScores { get; init; }

    /// <summary>`run&lt;N&gt;` keys, each a <see cref="SuiteRun"/>: the suite numbers its runs in the key.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Runs { get; } = new(StringComparer.Ordinal);
}

public sealed record SuiteBenchmarkArgs
{
    [JsonPropertyName("copies")]
    public required int Copies { get; init; }

    [JsonPropertyName("units_per_sample")]
    public required int UnitsPerSample { get; init; }

    /// <summary>Seconds one unit of work takes on the reference: the kernel's score is this over the measured seconds.</summary>
    [JsonPropertyName("reference_seconds")]
    public required double ReferenceSeconds { get; init; }
}

public sealed record SuiteRun
{
    [JsonPropertyName("duration")]
    public required double Duration { get; init; }

    [JsonPropertyName("report")]
    public required SuiteRunReport Report { get; init; }
}

public sealed record SuiteRunReport
{
    [JsonPropertyName("wl-scores")]
    public required IReadOnlyDictionary<string, double> WorkloadScores { get; init; }

    [JsonPropertyName("wl-stats")]
    public required SuiteCopyStatistics WorkloadStatistics { get; init; }
}

/// <summary>The repetition's score per copy, summarised as the suite's workloads do (avg, median, min, max, count).</summary>
public sealed record SuiteCopyStatistics
{
    [JsonPropertyName("avg")]
    public required double Average { get; init; }

    [JsonPropertyName("median")]
    public required double Median { get; init; }

    [JsonPropertyName("min")]
    public required double Min { get; init; }

    [JsonPropertyName("max")]
    public required double Max { get; init; }

    [JsonPropertyName("count")]
    public required int Count { get; init; }
}
