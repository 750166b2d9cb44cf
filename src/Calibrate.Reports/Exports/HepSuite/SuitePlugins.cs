using System.Text.Json.Serialization;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// `plugins.CommandExecutor.&lt;phase&gt;.&lt;metric&gt;`: the suite samples running conditions per phase (pre, each
/// benchmark, post); Calibrate samples them during the run only, so there is one phase, named after the profile key.
/// </summary>
public sealed record SuitePlugins
{
    [JsonPropertyName("CommandExecutor")]
    public required IReadOnlyDictionary<string, SuitePhase> CommandExecutor { get; init; }
}

/// <summary>One phase's time series, each absent when the run recorded no valid value of it.</summary>
public sealed record SuitePhase
{
    [JsonPropertyName("load")]
    public SuiteMetric? Load { get; init; }

    [JsonPropertyName("cpu-frequency")]
    public SuiteMetric? CpuFrequency { get; init; }

    /// <summary>Steal time as a fraction of the node's CPU time, per sampling interval.</summary>
    [JsonPropertyName("steal")]
    public SuiteMetric? Steal { get; init; }

    /// <summary>CPU time of processes other than the copies, in CPUs, per sampling interval.</summary>
    [JsonPropertyName("other-processes-cpu")]
    public SuiteMetric? OtherProcessesCpu { get; init; }

    [JsonPropertyName("status")]
    public string Status { get; init; } = "success";
}

/// <summary>A metric's time series as the suite's CommandExecutor writes one: times, values, statistics, config.</summary>
public sealed record SuiteMetric
{
    [JsonPropertyName("start_time")]
    public required string StartTime { get; init; }

    [JsonPropertyName("end_time")]
    public required string EndTime { get; init; }

    [JsonPropertyName("values")]
    public required IReadOnlyList<double> Values { get; init; }

    [JsonPropertyName("statistics")]
    public required SuiteStatistics Statistics { get; init; }

    [JsonPropertyName("config")]
    public required SuiteMetricConfig Config { get; init; }
}

/// <summary>The suite's statistics of a series: counts, extremes, mean and the type-7 quantiles it reports.</summary>
public sealed record SuiteStatistics
{
    [JsonPropertyName("total_count")]
    public required int TotalCount { get; init; }

    [JsonPropertyName("valid_count")]
    public required int ValidCount { get; init; }

    [JsonPropertyName("min")]
    public required double Min { get; init; }

    [JsonPropertyName("q25")]
    public required double Q25 { get; init; }

    [JsonPropertyName("mean")]
    public required double Mean { get; init; }

    [JsonPropertyName("median")]
    public required double Median { get; init; }

    [JsonPropertyName("q75")]
    public required double Q75 { get; init; }

    [JsonPropertyName("q85")]
    public required double Q85 { get; init; }

    [JsonPropertyName("q95")]
    public required double Q95 { get; init; }

    [JsonPropertyName("max")]
    public required double Max { get; init; }
}

/// <summary>How a series was sampled: the interval, the source read (`command`), the unit.</summary>
public sealed record SuiteMetricConfig
{
    [JsonPropertyName("interval_mins")]
    public required double IntervalMinutes { get; init; }

    [JsonPropertyName("command")]
    public required string Command { get; init; }

    [JsonPropertyName("unit")]
    public required string Unit { get; init; }

    [JsonPropertyName("aggregation")]
    public string Aggregation { get; init; } = "default";
}
