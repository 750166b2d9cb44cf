using System.Text.Json.Serialization;

namespace Calibrate.Core.Results;

/// <summary>
/// How noisy the host was during the run, as measured: the robust spread of the kernels' samples, of the noise probes'
/// times, and what that means for the node score from run to run. Stored with the result, so the site's history of a
/// node says how far one run can be trusted.
/// </summary>
public sealed record NoiseSummary
{
    /// <summary>Median over kernels and copies of the samples' robust CV (MAD-based); null when no kernel had enough samples.</summary>
    public double? SampleDispersion { get; init; }

    /// <summary>Robust CV of the ALU probe's times over the run (null without probes).</summary>
    public double? AluDispersion { get; init; }

    /// <summary>Robust CV of the memory-latency probe's times over the run (null without probes).</summary>
    public double? MemoryDispersion { get; init; }

    /// <summary>The relative standard deviation of the node score from run to run this host suggests; see the analyser.</summary>
    public required double RunToRunEstimate { get; init; }

    /// <summary>
    /// The host's noise in one figure: the larger of the two probes' robust CVs (null without probes). The run-to-run
    /// term of this run's interval is never below it (Calibrate.Statistics.Intervals.HostNoiseFloor).
    /// </summary>
    [JsonIgnore]
    public double? HostNoise => (AluDispersion, MemoryDispersion) switch
    {
        ({ } alu, { } memory) => Math.Max(alu, memory),
        ({ } alu, null) => alu,
        (null, { } memory) => memory,
        _ => null,
    };

    /// <summary>The raw probe times, per probe and copy.</summary>
    public IReadOnlyList<NoiseProbeSeries> Probes { get; init; } = [];
}
